# Tests for the bytecode peephole pass (Python/peephole.c): the rewritten
# instructions, and that programs compute the same results, keep their
# line numbers and jump to valid places.

import dis
import sys
import unittest
from test import test_support

JUMPS = set(dis.hasjrel) | set(dis.hasjabs)
UNCONDITIONAL = (dis.opmap['JUMP_FORWARD'], dis.opmap['JUMP_ABSOLUTE'])


def instructions(code):
    """(offset, opname, arg, jump target or None) for each instruction."""
    co = code.co_code
    result = []
    i = 0
    while i < len(co):
        op = ord(co[i])
        arg = target = None
        size = 1
        if op >= dis.HAVE_ARGUMENT:
            arg = ord(co[i + 1]) + ord(co[i + 2]) * 256
            size = 3
            if op in dis.hasjrel:
                target = i + 3 + arg
            elif op in dis.hasjabs:
                target = arg
        result.append((i, dis.opname[op], arg, target))
        i += size
    return result


def opnames(func):
    return [name for (off, name, arg, tgt) in instructions(func.func_code)]


def all_code(code):
    """code and every code object nested in its constants."""
    yield code
    for const in code.co_consts:
        if hasattr(const, 'co_code'):
            for inner in all_code(const):
                yield inner


class Truth(object):
    """An object whose truth value is chosen, counting the tests."""
    def __init__(self, value):
        self.value = value
        self.tests = 0
    def __nonzero__(self):
        self.tests += 1
        return self.value


class RewriteTest(unittest.TestCase):

    def test_swap_two(self):
        def f(a, b):
            a, b = b, a
            return a, b
        names = opnames(f)
        self.assert_('ROT_TWO' in names)
        self.assert_('UNPACK_SEQUENCE' not in names)
        self.assertEqual(names.count('BUILD_TUPLE'), 1)   # the return value
        self.assertEqual(f(1, 2), (2, 1))

    def test_rotate_three(self):
        def f(a, b, c):
            a, b, c = c, a, b
            return a, b, c
        names = opnames(f)
        self.assert_('ROT_THREE' in names)
        self.assert_('UNPACK_SEQUENCE' not in names)
        self.assertEqual(f(1, 2, 3), (3, 1, 2))

    def test_list_targets_and_single(self):
        def f(a, b):
            [a, b] = [b, a]
            c, = a,
            return a, b, c
        names = opnames(f)
        self.assert_('UNPACK_SEQUENCE' not in names)
        self.assert_('BUILD_LIST' not in names)
        self.assertEqual(f('x', 'y'), ('y', 'x', 'y'))

    def test_unpack_of_other_sizes_kept(self):
        def f(t):
            a, b, c, d = 1, 2, 3, 4
            a, b = t
            return a, b, c, d
        names = opnames(f)
        self.assertEqual(names.count('UNPACK_SEQUENCE'), 2)
        self.assertEqual(f((5, 6)), (5, 6, 3, 4))
        self.assertRaises(ValueError, f, (1, 2, 3))

    def test_evaluation_order_of_swap(self):
        log = []
        def get(name, value):
            log.append(name)
            return value
        def f():
            x, y = get('a', 1), get('b', 2)
            return x, y
        self.assertEqual(f(), (1, 2))
        self.assertEqual(log, ['a', 'b'])

    def test_not_jump(self):
        def f(x):
            if not x:
                return 'no'
            return 'yes'
        names = opnames(f)
        self.assert_('UNARY_NOT' not in names)
        self.assert_('JUMP_IF_TRUE' in names)
        for value, expected in ((0, 'no'), (1, 'yes'), ([], 'no'),
                                ('s', 'yes'), (None, 'no')):
            self.assertEqual(f(value), expected)
        t = Truth(False)
        self.assertEqual(f(t), 'no')
        self.assertEqual(t.tests, 1)

    def test_not_as_value_kept(self):
        def f(x):
            y = not x
            return y
        self.assert_('UNARY_NOT' in opnames(f))
        self.assertEqual(f(0), True)
        self.assert_(f(3) is False)

    def test_inverted_comparisons(self):
        def f(a, b):
            return (not a in b, not a is b, not a not in b, not a is not b)
        names = opnames(f)
        self.assert_('UNARY_NOT' not in names)
        ops = [arg for (off, name, arg, tgt) in instructions(f.func_code)
               if name == 'COMPARE_OP']
        self.assertEqual([dis.cmp_op[op] for op in ops],
                         ['not in', 'is not', 'in', 'is'])
        self.assertEqual(f(1, [1]), (False, True, True, False))
        self.assertEqual(f(2, [1]), (True, True, False, False))
        x = [1]
        self.assertEqual(f(x, x), (True, False, False, True))
        self.assertEqual(f(None, [None]), (False, True, True, False))

    def test_other_comparisons_keep_not(self):
        def f(a, b):
            return not a < b
        self.assert_('UNARY_NOT' in opnames(f))
        self.assertEqual(f(1, 2), False)

    def test_true_constant_test_removed(self):
        def f(x):
            return 1 and x
        names = opnames(f)
        self.assertEqual(names.count('JUMP_IF_FALSE'), 0)
        self.assertEqual(f(1), 1)

    def test_folded_tuple_test_kept(self):
        # As in 2.5 the pass makes one sweep: a tuple it has just folded
        # is not tested again for being a true constant.
        def f(x):
            if (1, 2):
                x = x + 1
            return x
        names = opnames(f)
        self.assertEqual(names.count('JUMP_IF_FALSE'), 1)
        self.assert_('BUILD_TUPLE' not in names)
        self.assertEqual(f(1), 2)

    def test_false_constant_test_kept(self):
        def f(x):
            return () and x
        self.assertEqual(f(1), ())


class JumpTest(unittest.TestCase):

    def check_jumps(self, code):
        offsets = set(off for (off, name, arg, tgt) in instructions(code))
        for off, name, arg, tgt in instructions(code):
            if tgt is None:
                continue
            self.assert_(tgt in offsets, (code.co_name, off, tgt))
            op = dis.opmap[name]
            if op in UNCONDITIONAL or name.startswith('JUMP_IF'):
                target_name = [n for (o, n, a, t) in instructions(code)
                               if o == tgt][0]
                self.failIf(dis.opmap[target_name] in UNCONDITIONAL,
                            '%s at %d jumps to a jump' % (name, off))

    def check_lnotab(self, code):
        lines = list(dis.findlinestarts(code))
        offsets = [off for (off, line) in lines]
        self.assertEqual(offsets, sorted(offsets))
        for off, line in lines:
            self.assert_(0 <= off < len(code.co_code))

    def test_loops_and_branches(self):
        def f(n):
            total = 0
            for i in range(n):
                if i % 3:
                    if i % 2:
                        total += i
                    else:
                        total -= 1
                elif not i:
                    continue
                else:
                    total *= 2
            while n:
                n -= 1
                if n == 2:
                    break
            return total, n
        self.check_jumps(f.func_code)
        self.check_lnotab(f.func_code)
        self.assertEqual(f(10), (28, 2))

    def test_boolean_chains(self):
        def f(a, b, c):
            x = a and b or c
            if a and b:
                y = 1
            elif a or b:
                y = 2
            else:
                y = 3
            z = (a and b) and c
            return x, y, z
        self.check_jumps(f.func_code)
        for a in (0, 1):
            for b in (0, 2):
                for c in ('', 'c'):
                    expected_x = a and b or c
                    if a and b:
                        expected_y = 1
                    elif a or b:
                        expected_y = 2
                    else:
                        expected_y = 3
                    expected_z = (a and b) and c
                    self.assertEqual(f(a, b, c),
                                     (expected_x, expected_y, expected_z))

    def test_conditional_chain_tests_each_value_once(self):
        def f(a, b):
            if a and b:
                return 1
            return 2
        a, b = Truth(False), Truth(True)
        self.assertEqual(f(a, b), 2)
        self.assertEqual(b.tests, 0)
        self.assert_(a.tests >= 1)

    def test_comprehensions(self):
        def f(seq):
            return [x for x in seq if not x % 2 if x]
        self.check_jumps(f.func_code)
        self.assertEqual(f(range(10)), [2, 4, 6, 8])

    def test_library_code(self):
        # Every code object of a few real modules keeps valid jumps and
        # line tables.
        import os
        libdir = os.path.dirname(os.__file__)
        for name in ('string.py', 'dis.py', 'unittest.py', 'inspect.py'):
            path = os.path.join(libdir, name)
            source = open(path).read()
            code = compile(source, path, 'exec')
            for inner in all_code(code):
                self.check_jumps(inner)
                self.check_lnotab(inner)


class SemanticsTest(unittest.TestCase):

    def test_traceback_line_numbers(self):
        def f(x):
            a, b = x, 0
            if not a:
                return 'none'
            b, a = a, b
            return b / a
        self.assertEqual(f(0), 'none')
        try:
            f(4)
        except ZeroDivisionError:
            tb = sys.exc_info()[2]
            while tb.tb_next is not None:
                tb = tb.tb_next
            line = tb.tb_lineno - f.func_code.co_firstlineno
            self.assertEqual(line, 5)
        else:
            self.fail('no ZeroDivisionError')

    def test_error_in_truth_test(self):
        class Bad(object):
            def __nonzero__(self):
                raise KeyError('bad')
        def f(x):
            if not x:
                return 1
            return 2
        try:
            f(Bad())
        except KeyError:
            tb = sys.exc_info()[2].tb_next
            self.assertEqual(tb.tb_lineno - f.func_code.co_firstlineno, 1)
        else:
            self.fail('no KeyError')

    def test_line_trace(self):
        def f(n):
            x = 0
            for i in range(n):
                if not i:
                    x += 1
                else:
                    x -= 1
            a, b = x, n
            return a and b or x
        events = []
        def tracer(frame, event, arg):
            if frame.f_code is f.func_code and event == 'line':
                events.append(frame.f_lineno - f.func_code.co_firstlineno)
            return tracer
        sys.settrace(tracer)
        try:
            result = f(2)
        finally:
            sys.settrace(None)
        self.assertEqual(result, 0)
        self.assertEqual(events, [1, 2, 3, 4, 2, 3, 6, 2, 7, 8])

    def test_generator(self):
        def gen(n):
            a, b = 0, 1
            while n:
                if not n % 2:
                    yield a
                else:
                    yield -a
                a, b = b, a + b
                n -= 1
        self.assertEqual(list(gen(8)), [0, -1, 1, -2, 3, -5, 8, -13])
        g = gen(3)
        self.assertEqual(g.next(), 0)
        self.assertEqual(g.send(None), 1)

    def test_try_finally(self):
        log = []
        def f(x):
            try:
                for i in range(3):
                    try:
                        if not x:
                            continue
                        a, b = i, x
                        if a and b:
                            return a, b
                    finally:
                        log.append(i)
            finally:
                log.append('end')
            return None
        self.assertEqual(f(0), None)
        self.assertEqual(log, [0, 1, 2, 'end'])
        del log[:]
        self.assertEqual(f(5), (1, 5))
        self.assertEqual(log, [0, 1, 'end'])

    def test_long_lines(self):
        # Lines longer than 255 bytes of code use escape entries in
        # co_lnotab; they must stay attached to the right instructions.
        items = ', '.join(['a'] * 120)
        source = ('def f(a, b):\n'
                  '    x = [%s]\n'
                  '    if not a:\n'
                  '        return 0\n'
                  '    a, b = b, a\n'
                  '    y = [%s]\n'
                  '    return b / a\n') % (items, items)
        ns = {}
        exec compile(source, '<long>', 'exec') in ns
        f = ns['f']
        # 2.5 leaves code whose line table has escape entries alone
        self.assert_('ROT_TWO' not in opnames(f))
        self.assert_('UNPACK_SEQUENCE' in opnames(f))
        self.assertEqual(f(0, 1), 0)
        try:
            f(3, 0)
        except ZeroDivisionError:
            tb = sys.exc_info()[2].tb_next
            self.assertEqual(tb.tb_lineno, 7)
        else:
            self.fail('no ZeroDivisionError')

    def test_huge_function(self):
        # Code long enough to need EXTENDED_ARG is left alone but works.
        body = ''.join(['        x%d = a\n' % i for i in range(12000)])
        source = ('def f(a, b):\n'
                  '    if not a:\n'
                  '        return 0\n'
                  '    else:\n%s'
                  '        a, b = b, a\n'
                  '    return a, b\n') % body
        ns = {}
        exec compile(source, '<huge>', 'exec') in ns
        f = ns['f']
        self.assert_(len(f.func_code.co_code) > 65536)
        self.assert_('EXTENDED_ARG' in opnames(f))
        self.assertEqual(f(0, 1), 0)
        self.assertEqual(f(1, 2), (2, 1))

    def test_except_paths(self):
        def f(x):
            try:
                if not x:
                    raise ValueError
                a, b = x, 1
            except ValueError:
                a, b = 0, 0
            return a, b
        self.assertEqual(f(0), (0, 0))
        self.assertEqual(f(3), (3, 1))


def test_main():
    test_support.run_unittest(RewriteTest, JumpTest, SemanticsTest)

if __name__ == '__main__':
    test_main()
