"""Tests for shlex."""

import unittest
from StringIO import StringIO
from test import test_support

import shlex


class ShlexTest(unittest.TestCase):

    def test_split_posix(self):
        self.assertEqual(shlex.split('foo bar'), ['foo', 'bar'])
        self.assertEqual(shlex.split(' foo  bar '), ['foo', 'bar'])
        self.assertEqual(shlex.split('"foo bar" baz'), ['foo bar', 'baz'])
        self.assertEqual(shlex.split("'foo bar' baz"), ['foo bar', 'baz'])
        self.assertEqual(shlex.split('foo\\ bar'), ['foo bar'])
        self.assertEqual(shlex.split('a"b c"d'), ['ab cd'])
        self.assertEqual(shlex.split('""'), [''])
        self.assertEqual(shlex.split("''"), [''])
        self.assertEqual(shlex.split(''), [])

    def test_split_escapes(self):
        # In double quotes a backslash escapes only '"' and '\'.
        self.assertEqual(shlex.split('"a\\"b"'), ['a"b'])
        self.assertEqual(shlex.split('"a\\\\b"'), ['a\\b'])
        self.assertEqual(shlex.split('"a\\xb"'), ['a\\xb'])
        # In single quotes it is literal.
        self.assertEqual(shlex.split("'a\\b'"), ['a\\b'])

    def test_split_comments(self):
        self.assertEqual(shlex.split('a # b'), ['a', '#', 'b'])
        self.assertEqual(shlex.split('a # b', comments=True), ['a'])
        self.assertEqual(shlex.split('a b#c', comments=True), ['a', 'b'])

    def test_split_punctuation_kept_in_words(self):
        self.assertEqual(shlex.split('a=b;c'), ['a=b;c'])

    def test_errors(self):
        self.assertRaises(ValueError, shlex.split, '"abc')
        self.assertRaises(ValueError, shlex.split, "'abc")
        self.assertRaises(ValueError, shlex.split, 'abc\\')
        try:
            shlex.split('"x')
        except ValueError, e:
            self.assertEqual(str(e), "No closing quotation")
        try:
            shlex.split('x\\')
        except ValueError, e:
            self.assertEqual(str(e), "No escaped character")

    def test_non_posix_lexer(self):
        lex = shlex.shlex('foo = bar("x y", 3) # comment\nbaz')
        self.assertEqual(list(lex),
                         ['foo', '=', 'bar', '(', '"x y"', ',', '3', ')',
                          'baz'])
        self.assertEqual(lex.get_token(), '')
        self.assertEqual(lex.eof, '')

    def test_posix_eof_is_none(self):
        lex = shlex.shlex('a', posix=True)
        self.assertEqual(lex.get_token(), 'a')
        self.assertEqual(lex.get_token(), None)

    def test_push_token_and_source(self):
        lex = shlex.shlex('a b')
        lex.push_token('z')
        self.assertEqual(lex.get_token(), 'z')
        self.assertEqual(lex.get_token(), 'a')
        lex.push_source(StringIO('inner'))
        self.assertEqual(lex.get_token(), 'inner')
        self.assertEqual(lex.get_token(), 'b')
        self.assertEqual(lex.get_token(), '')

    def test_lineno_and_error_leader(self):
        lex = shlex.shlex('a\nb\nc', infile='f.txt')
        self.assertEqual(lex.get_token(), 'a')
        # The newline that ends 'a' has been read.
        self.assertEqual(lex.lineno, 2)
        self.assertEqual(lex.error_leader(), '"f.txt", line 2: ')
        self.assertEqual(lex.error_leader('g', 7), '"g", line 7: ')

    def test_custom_wordchars(self):
        lex = shlex.shlex('a-b c.d')
        lex.wordchars += '-.'
        self.assertEqual(list(lex), ['a-b', 'c.d'])

    def test_whitespace_split(self):
        lex = shlex.shlex('a=b (c)', posix=True)
        lex.whitespace_split = True
        self.assertEqual(list(lex), ['a=b', '(c)'])


def test_main():
    test_support.run_unittest(ShlexTest)

if __name__ == "__main__":
    test_main()
