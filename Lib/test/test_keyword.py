"""Tests for keyword and __future__ (2.5 Library Reference 31.6, 26.10)."""

import keyword
import __future__
import unittest
from test import test_support


class TestKeyword(unittest.TestCase):

    def test_kwlist(self):
        expected = ['and', 'as', 'assert', 'break', 'class', 'continue',
                    'def', 'del', 'elif', 'else', 'except', 'exec',
                    'finally', 'for', 'from', 'global', 'if', 'import',
                    'in', 'is', 'lambda', 'not', 'or', 'pass', 'print',
                    'raise', 'return', 'try', 'while', 'with', 'yield']
        self.assertEqual(keyword.kwlist, expected)

    def test_iskeyword(self):
        for kw in keyword.kwlist:
            self.assert_(keyword.iskeyword(kw), kw)
        for word in ('None', 'True', 'False', 'nonlocal', 'If', '', 'self',
                     'async', 'print_'):
            self.failIf(keyword.iskeyword(word), word)

    def test_keywords_cannot_be_assigned(self):
        for kw in keyword.kwlist:
            if kw in ('as', 'with'):
                continue
            self.assertRaises(SyntaxError, compile, '%s = 1\n' % kw,
                              '<test>', 'exec')


class TestFuture(unittest.TestCase):

    def test_feature_names(self):
        self.assertEqual(__future__.all_feature_names,
                         ['nested_scopes', 'generators', 'division',
                          'absolute_import', 'with_statement'])
        for name in __future__.all_feature_names:
            self.assert_(name in __future__.__all__)

    def test_releases(self):
        for name in __future__.all_feature_names:
            feature = getattr(__future__, name)
            optional = feature.getOptionalRelease()
            mandatory = feature.getMandatoryRelease()
            self.assertEqual(len(optional), 5)
            self.assert_(isinstance(optional, tuple))
            major, minor, micro, level, serial = optional
            self.assert_(level in ('alpha', 'beta', 'candidate', 'final'))
            self.assert_(mandatory is None or optional < mandatory)
        self.assertEqual(__future__.division.getOptionalRelease(),
                         (2, 2, 0, 'alpha', 2))
        self.assertEqual(__future__.division.getMandatoryRelease(),
                         (3, 0, 0, 'alpha', 0))
        self.assertEqual(__future__.with_statement.getMandatoryRelease(),
                         (2, 6, 0, 'alpha', 0))
        self.assertEqual(__future__.absolute_import.getOptionalRelease(),
                         (2, 5, 0, 'alpha', 1))

    def test_compiler_flags(self):
        self.assertEqual(__future__.division.compiler_flag, 0x2000)
        self.assertEqual(__future__.absolute_import.compiler_flag, 0x4000)
        self.assertEqual(__future__.with_statement.compiler_flag, 0x8000)
        self.assertEqual(__future__.nested_scopes.compiler_flag, 0x0010)
        self.assertEqual(__future__.generators.compiler_flag, 0)

    def test_flag_works_with_compile(self):
        code = compile('x = 1 / 2\n', '<test>', 'exec',
                       __future__.division.compiler_flag)
        ns = {}
        exec code in ns
        self.assertEqual(ns['x'], 0.5)
        code = compile('x = 1 / 2\n', '<test>', 'exec')
        ns = {}
        exec code in ns
        self.assertEqual(ns['x'], 0)
        code = compile('with open(__file__) as f: pass\n', '<test>', 'exec',
                       __future__.with_statement.compiler_flag)
        self.assert_(code.co_flags & 0x8000)

    def test_repr(self):
        self.assertEqual(repr(__future__.division),
                         "_Feature((2, 2, 0, 'alpha', 2), "
                         "(3, 0, 0, 'alpha', 0), 8192)")


def test_main():
    test_support.run_unittest(TestKeyword, TestFuture)

if __name__ == '__main__':
    test_main()
