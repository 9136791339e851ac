"""Tests for dis and opcode."""

import sys
import unittest
from StringIO import StringIO
from test import test_support

import dis
import opcode


def _f(a):
    print a
    return 1


def _loop(n):
    total = 0
    for i in range(n):
        if i:
            total += i
    return total


def disassemble(func):
    saved = sys.stdout
    sys.stdout = buf = StringIO()
    try:
        dis.dis(func)
    finally:
        sys.stdout = saved
    return buf.getvalue()


class OpcodeTests(unittest.TestCase):

    def test_tables(self):
        self.assertEqual(opcode.opmap['LOAD_CONST'], 100)
        self.assertEqual(opcode.opname[100], 'LOAD_CONST')
        self.assertEqual(opcode.opname[6], '<6>')
        self.assertEqual(opcode.HAVE_ARGUMENT, 90)
        self.assertEqual(opcode.EXTENDED_ARG, 143)
        self.assertTrue(opcode.opmap['LOAD_CONST'] in opcode.hasconst)
        self.assertTrue(opcode.opmap['JUMP_FORWARD'] in opcode.hasjrel)
        self.assertTrue(opcode.opmap['JUMP_ABSOLUTE'] in opcode.hasjabs)
        self.assertTrue(opcode.opmap['LOAD_FAST'] in opcode.haslocal)
        self.assertTrue(opcode.opmap['LOAD_DEREF'] in opcode.hasfree)
        self.assertEqual(opcode.hascompare, [opcode.opmap['COMPARE_OP']])
        self.assertEqual(opcode.cmp_op[2], '==')
        self.assertEqual(opcode.opmap['SLICE+3'], 33)

    def test_every_opcode_below_have_argument_takes_none(self):
        for name, op in opcode.opmap.items():
            if op in (opcode.hasconst + opcode.hasname + opcode.hasjrel +
                      opcode.hasjabs + opcode.haslocal + opcode.hasfree):
                self.assertTrue(op >= opcode.HAVE_ARGUMENT, name)

    def test_matches_header(self):
        # Lib/opcode.py must agree with Include/opcode.h.
        import os
        header = os.path.join(os.path.dirname(os.path.dirname(
            os.path.dirname(os.path.abspath(opcode.__file__)))),
            'Include', 'opcode.h')
        if not os.path.exists(header):
            return
        for line in open(header):
            words = line.split()
            if len(words) >= 3 and words[0] == '#define' and \
               words[2].isdigit():
                name, number = words[1], int(words[2])
                if name == 'HAVE_ARGUMENT':
                    self.assertEqual(opcode.HAVE_ARGUMENT, number)
                    continue
                if name in ('SLICE', 'STORE_SLICE', 'DELETE_SLICE'):
                    name += '+0'
                self.assertEqual(opcode.opmap[name], number, name)


class DisTests(unittest.TestCase):

    def test_listing_format(self):
        lines = disassemble(_f).split('\n')
        first = _f.func_code.co_firstlineno + 1
        self.assertEqual(lines[0],
                         '%3d           0 LOAD_FAST                0 (a)'
                         % first)
        self.assertEqual(lines[1], '              3 PRINT_ITEM          ')
        self.assertEqual(lines[2], '              4 PRINT_NEWLINE       ')
        self.assertEqual(lines[3], '')
        self.assertEqual(lines[4],
                         '%3d           5 LOAD_CONST               1 (1)'
                         % (first + 1))
        self.assertEqual(lines[5], '              8 RETURN_VALUE        ')

    def test_jumps_are_labelled(self):
        text = disassemble(_loop)
        self.assertTrue('(to ' in text)
        self.assertTrue('>>' in text)
        self.assertTrue('FOR_ITER' in text)
        self.assertTrue('(range)' in text)

    def test_findlabels(self):
        code = _loop.func_code.co_code
        labels = dis.findlabels(code)
        self.assertTrue(labels)
        for label in labels:
            self.assertTrue(0 <= label <= len(code))

    def test_findlinestarts(self):
        starts = list(dis.findlinestarts(_loop.func_code))
        first = _loop.func_code.co_firstlineno
        self.assertEqual(starts[0], (0, first + 1))
        lines = [line for offset, line in starts]
        self.assertEqual(lines, range(first + 1, first + 6))

    def test_class_and_code(self):
        class K:
            def m(self):
                return self
        text = disassemble(K)
        self.assertTrue(text.startswith('Disassembly of m:\n'))
        self.assertEqual(disassemble(_f.func_code), disassemble(_f))
        self.assertRaises(TypeError, dis.dis, 42)

    def test_distb(self):
        try:
            1 / 0
        except ZeroDivisionError:
            tb = sys.exc_info()[2]
        saved = sys.stdout
        sys.stdout = buf = StringIO()
        try:
            dis.distb(tb)
        finally:
            sys.stdout = saved
        self.assertTrue('-->' in buf.getvalue())

    def test_disassemble_string(self):
        code = chr(opcode.opmap['LOAD_CONST']) + '\x00\x00' + \
            chr(opcode.opmap['RETURN_VALUE'])
        saved = sys.stdout
        sys.stdout = buf = StringIO()
        try:
            dis.disassemble_string(code, constants=(None,))
        finally:
            sys.stdout = saved
        self.assertTrue('LOAD_CONST' in buf.getvalue())
        self.assertTrue('(None)' in buf.getvalue())


def test_main():
    test_support.run_unittest(OpcodeTests, DisTests)

if __name__ == "__main__":
    test_main()
