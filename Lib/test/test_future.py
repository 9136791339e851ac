"""`from __future__ import ...`: features, placement rules and errors."""
import unittest
import __future__
from test import test_support


class FutureTests(unittest.TestCase):

    def check_error(self, src, msg, lineno):
        try:
            compile(src, 'future_snippet', 'exec')
        except SyntaxError, e:
            self.assertEqual(e.msg, msg)
            self.assertEqual(e.lineno, lineno)
        else:
            self.fail('%r compiled' % (src,))

    def test_division(self):
        d = {}
        exec "from __future__ import division\nr = 1 / 2\nq = 7 // 2\n" in d
        self.assertEqual(d['r'], 0.5)
        self.assertEqual(d['q'], 3)
        exec "r = 1 / 2\n" in d
        self.assertEqual(d['r'], 0)

    def test_compiler_flag(self):
        code = compile('r = 1 / 2', 's', 'exec', __future__.division.compiler_flag)
        d = {}
        exec code in d
        self.assertEqual(d['r'], 0.5)
        self.assert_(code.co_flags & __future__.division.compiler_flag)

    def test_docstring_may_precede(self):
        d = {}
        exec '"""doc"""\nfrom __future__ import division\nr = 3 / 2\n' in d
        self.assertEqual(d['r'], 1.5)
        self.assertEqual(d['__doc__'], 'doc')

    def test_with_statement(self):
        src = ("from __future__ import with_statement\n"
               "class CM(object):\n"
               "    def __enter__(self):\n"
               "        log.append('enter')\n"
               "        return 'value'\n"
               "    def __exit__(self, t, v, tb):\n"
               "        log.append(t is not None)\n"
               "        return True\n"
               "with CM() as v:\n"
               "    log.append(v)\n"
               "    raise ValueError\n"
               "log.append('after')\n")
        d = {'log': []}
        exec src in d
        self.assertEqual(d['log'], ['enter', 'value', True, 'after'])

    def test_with_requires_future(self):
        self.assertRaises(SyntaxError, compile, 'with x:\n    pass\n', 's', 'exec')

    def test_absolute_import(self):
        code = compile('from __future__ import absolute_import\nimport os\n',
                       's', 'exec')
        self.assert_(code.co_flags & __future__.absolute_import.compiler_flag)
        self.assert_(-1 not in code.co_consts)
        code = compile('import os\n', 's', 'exec')
        self.assert_(-1 in code.co_consts)

    def test_old_features_accepted(self):
        compile('from __future__ import nested_scopes, generators\n', 's', 'exec')

    def test_errors(self):
        self.check_error('from __future__ import braces\n', 'not a chance', 1)
        self.check_error('from __future__ import spam\n',
                         'future feature spam is not defined', 1)
        self.check_error('from __future__ import *\n',
                         'future feature * is not defined', 1)
        self.check_error('x = 1\nfrom __future__ import division\n',
                         'from __future__ imports must occur at the '
                         'beginning of the file', 2)
        self.check_error('import __future__\nfrom __future__ import division\n',
                         'from __future__ imports must occur at the '
                         'beginning of the file', 2)
        self.check_error('def f():\n    from __future__ import division\n',
                         'from __future__ imports must occur at the '
                         'beginning of the file', 2)


def test_main():
    test_support.run_unittest(FutureTests)

if __name__ == '__main__':
    test_main()
