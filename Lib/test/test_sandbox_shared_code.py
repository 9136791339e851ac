# Library modules imported by sandboxes are compiled once for all of them
# (Python/import.c shared_library_code): each sandbox still runs the code
# in a module of its own, and a changed file is compiled again.
import os
import unittest
from test import test_support

import interpreter
from interpreter import Interpreter

LIB = os.path.dirname(os.path.abspath(os.__file__))
PROBE = '_shared_code_probe_zz'
PROBE_PATH = os.path.join(LIB, PROBE + '.py')


class SharedCodeTest(unittest.TestCase):

    def tearDown(self):
        for path in (PROBE_PATH, PROBE_PATH + 'c'):
            if os.path.exists(path):
                os.unlink(path)

    def test_each_sandbox_has_its_own_module(self):
        a = Interpreter()
        b = Interpreter()
        try:
            a.execute("import string\nstring.zz = 1\n"
                      "string.capwords = None\n")
            b.execute("import string\nhas = hasattr(string, 'zz')\n"
                      "words = string.capwords('ab cd')\n"
                      "where = string.join.func_code.co_filename\n")
            self.assertEqual(b.get('has'), False)
            self.assertEqual(b.get('words'), 'Ab Cd')
            self.assertEqual(b.get('where'), 'lib:/string.py')
            # the first sandbox's module is still its own
            self.assertEqual(a.eval('string.zz'), 1)
        finally:
            a.close()
            b.close()

    def test_shared_code_cannot_be_changed(self):
        sb = Interpreter()
        try:
            sb.execute("import string\n"
                       "code = string.capwords.func_code\n"
                       "results = []\n"
                       "for name in ('co_consts', 'co_code', 'co_names'):\n"
                       "    try:\n"
                       "        setattr(code, name, ())\n"
                       "        results.append('changed')\n"
                       "    except (TypeError, AttributeError):\n"
                       "        results.append('refused')\n"
                       "results = tuple(results)\n")
            self.assertEqual(sb.get('results'), ('refused',) * 3)
        finally:
            sb.close()
        other = Interpreter()
        try:
            self.assertEqual(other.eval("__import__('string').capwords('x y')"),
                             'X Y')
        finally:
            other.close()

    def test_changed_file_is_compiled_again(self):
        f = open(PROBE_PATH, 'w')
        f.write('value = 1\n')
        f.close()
        a = Interpreter(allow_import=[PROBE])
        try:
            self.assertEqual(a.eval('__import__(%r).value' % PROBE), 1)
        finally:
            a.close()
        f = open(PROBE_PATH, 'w')
        f.write('value = 22222\n')      # another size: another stamp
        f.close()
        b = Interpreter(allow_import=[PROBE])
        try:
            self.assertEqual(b.eval('__import__(%r).value' % PROBE), 22222)
        finally:
            b.close()

    def test_nothing_left_behind(self):
        before = interpreter._live_accounts()
        for i in range(3):
            sb = Interpreter()
            sb.execute("import re, string\nm = re.match('a+', 'aaa')\n")
            sb.close()
        self.assertEqual(interpreter._live_accounts(), before)


def test_main():
    test_support.run_unittest(SharedCodeTest)


if __name__ == '__main__':
    test_main()
