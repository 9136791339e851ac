"""Tests for fnmatch (shell-style wildcards)."""

import unittest
from test import test_support

from fnmatch import fnmatch, fnmatchcase, filter, translate


class FnmatchTestCase(unittest.TestCase):

    def check(self, name, pattern, expected=True):
        self.assertEqual(fnmatch(name, pattern), expected,
                         "%r vs %r" % (name, pattern))

    def test_star_and_question(self):
        self.check('abc', 'abc')
        self.check('abc', '?*?')
        self.check('abc', '???*')
        self.check('abc', '*???')
        self.check('abc', '???')
        self.check('abc', '*')
        self.check('abc', 'ab[cd]')
        self.check('abc', 'ab[!de]')
        self.check('abc', 'ab[de]', False)
        self.check('a', '??', False)
        self.check('a', 'b', False)
        self.check('', '*')
        self.check('', '?', False)

    def test_brackets(self):
        self.check('[', '[')
        self.check('[!', '[!')
        self.check(']', '[]]')
        self.check('a', '[]]', False)
        self.check('-', '[a-]')
        self.check('m', '[a-z]')
        self.check('M', '[a-z]', False)
        self.check('x', '[!a-c]')
        self.check('b', '[!a-c]', False)

    def test_backtracking(self):
        self.check('aXbXc', 'a*b*c')
        self.check('aXbXbc', 'a*bc')
        self.check('ab', 'a*b*c', False)
        self.check('foo.tar.gz', '*.gz')
        self.check('foo.tar.gz', '*.tar', False)
        # Many stars must not take exponential time.
        self.check('a' * 40, '*a' * 20 + 'b', False)

    def test_special_regex_chars_are_literal(self):
        self.check('a.b', 'a.b')
        self.check('axb', 'a.b', False)
        self.check('a+b(c)', 'a+b(c)')
        self.check('a\\b', 'a\\b')

    def test_fnmatchcase(self):
        self.assertTrue(fnmatchcase('ABC', 'A?C'))
        self.assertFalse(fnmatchcase('abc', 'A?C'))

    def test_filter(self):
        names = ['a.py', 'b.pyc', 'c.py', 'd.txt']
        self.assertEqual(filter(names, '*.py'), ['a.py', 'c.py'])
        self.assertEqual(filter(names, 'z*'), [])

    def test_translate(self):
        self.assertEqual(translate('*'), '.*$')
        self.assertEqual(translate('?'), '.$')
        self.assertEqual(translate('a?b*'), 'a.b.*$')
        self.assertEqual(translate('[abc]'), '[abc]$')
        self.assertEqual(translate('[!x]'), '[^x]$')
        self.assertEqual(translate('a.b'), 'a\\.b$')


def test_main():
    test_support.run_unittest(FnmatchTestCase)

if __name__ == "__main__":
    test_main()
