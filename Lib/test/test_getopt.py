"""Tests for getopt."""

import os
import unittest
from test import test_support

import getopt
from getopt import GetoptError


class GetoptTests(unittest.TestCase):

    def setUp(self):
        self.old_posixly_correct = os.environ.get("POSIXLY_CORRECT")
        if self.old_posixly_correct is not None:
            del os.environ["POSIXLY_CORRECT"]

    def tearDown(self):
        if self.old_posixly_correct is not None:
            os.environ["POSIXLY_CORRECT"] = self.old_posixly_correct

    def assertError(self, *args, **kwargs):
        self.assertRaises(GetoptError, *args, **kwargs)

    def test_short_options(self):
        opts, args = getopt.getopt(['-a', '-b', 'x', '-cy', 'rest'],
                                   'ab:c:')
        self.assertEqual(opts, [('-a', ''), ('-b', 'x'), ('-c', 'y')])
        self.assertEqual(args, ['rest'])

    def test_grouped_short_options(self):
        opts, args = getopt.getopt(['-ab', '-ac1'], 'abc:')
        self.assertEqual(opts, [('-a', ''), ('-b', ''), ('-a', ''),
                                ('-c', '1')])

    def test_short_errors(self):
        self.assertError(getopt.getopt, ['-b'], 'ab:')
        self.assertError(getopt.getopt, ['-z'], 'ab:')
        try:
            getopt.getopt(['-z'], 'a')
        except GetoptError, e:
            self.assertEqual(e.opt, 'z')
            self.assertEqual(e.msg, 'option -z not recognized')
            self.assertEqual(str(e), 'option -z not recognized')
        try:
            getopt.getopt(['-b'], 'b:')
        except GetoptError, e:
            self.assertEqual(e.msg, 'option -b requires argument')

    def test_long_options(self):
        opts, args = getopt.getopt(['--alpha', '--beta=1', '--gamma', '2',
                                    'x'], '', ['alpha', 'beta=', 'gamma='])
        self.assertEqual(opts, [('--alpha', ''), ('--beta', '1'),
                                ('--gamma', '2')])
        self.assertEqual(args, ['x'])

    def test_long_abbreviations(self):
        opts, args = getopt.getopt(['--al', '--bet=3'], '',
                                   ['alpha', 'beta='])
        self.assertEqual(opts, [('--alpha', ''), ('--beta', '3')])
        # An exact match wins over longer options sharing the prefix.
        opts, args = getopt.getopt(['--abc'], '', ['abc', 'abcd'])
        self.assertEqual(opts, [('--abc', '')])

    def test_long_errors(self):
        try:
            getopt.getopt(['--ab'], '', ['abc', 'abd'])
        except GetoptError, e:
            self.assertEqual(e.msg, 'option --ab not a unique prefix')
        else:
            self.fail("ambiguous prefix accepted")
        try:
            getopt.getopt(['--abc=1'], '', ['abc'])
        except GetoptError, e:
            self.assertEqual(e.msg, 'option --abc must not have an argument')
        else:
            self.fail("value accepted")
        try:
            getopt.getopt(['--abc'], '', ['abc='])
        except GetoptError, e:
            self.assertEqual(e.msg, 'option --abc requires argument')
        else:
            self.fail("missing argument accepted")
        self.assertError(getopt.getopt, ['--nope'], '', ['abc'])
        self.assertTrue(getopt.error is GetoptError)

    def test_stops_at_first_non_option(self):
        opts, args = getopt.getopt(['-a', 'file', '-b'], 'ab')
        self.assertEqual(opts, [('-a', '')])
        self.assertEqual(args, ['file', '-b'])

    def test_double_dash_and_lone_dash(self):
        opts, args = getopt.getopt(['-a', '--', '-b'], 'ab')
        self.assertEqual(opts, [('-a', '')])
        self.assertEqual(args, ['-b'])
        opts, args = getopt.getopt(['-', '-a'], 'a')
        self.assertEqual(opts, [])
        self.assertEqual(args, ['-', '-a'])

    def test_gnu_getopt(self):
        args = ['arg1', '-a', 'arg2', '--alpha', '--beta', '1', 'arg3']
        opts, rest = getopt.gnu_getopt(args, 'ab:', ['alpha', 'beta='])
        self.assertEqual(opts, [('-a', ''), ('--alpha', ''),
                                ('--beta', '1')])
        self.assertEqual(rest, ['arg1', 'arg2', 'arg3'])
        # '+' at the start of shortopts stops at the first non-option.
        opts, rest = getopt.gnu_getopt(args, '+ab:', ['alpha', 'beta='])
        self.assertEqual(opts, [])
        self.assertEqual(rest, args)
        os.environ["POSIXLY_CORRECT"] = "1"
        try:
            opts, rest = getopt.gnu_getopt(args, 'ab:', ['alpha', 'beta='])
        finally:
            del os.environ["POSIXLY_CORRECT"]
        self.assertEqual(rest, args)


class StepFunctionTests(unittest.TestCase):
    # The 2.5 module exposes its parsing steps; test_getopt used them.
    def test_short_has_arg(self):
        self.assert_(getopt.short_has_arg('a', 'a:'))
        self.failIf(getopt.short_has_arg('a', 'a'))
        self.assertRaises(getopt.GetoptError, getopt.short_has_arg, 'a', 'b')

    def test_long_has_args(self):
        self.assertEqual(getopt.long_has_args('abc', ['abc=']), (True, 'abc'))
        self.assertEqual(getopt.long_has_args('abc', ['abc']), (False, 'abc'))
        self.assertEqual(getopt.long_has_args('abc', ['abcd']),
                         (False, 'abcd'))
        self.assertRaises(getopt.GetoptError, getopt.long_has_args,
                          'abc', ['def'])
        self.assertRaises(getopt.GetoptError, getopt.long_has_args,
                          'abc', ['abcd', 'abcde'])

    def test_do_shorts(self):
        self.assertEqual(getopt.do_shorts([], 'a', 'a', []),
                         ([('-a', '')], []))
        self.assertEqual(getopt.do_shorts([], 'a1', 'a:', []),
                         ([('-a', '1')], []))
        self.assertEqual(getopt.do_shorts([], 'a', 'a:', ['1', '2']),
                         ([('-a', '1')], ['2']))
        self.assertRaises(getopt.GetoptError, getopt.do_shorts,
                          [], 'a', 'a:', [])

    def test_do_longs(self):
        self.assertEqual(getopt.do_longs([], 'abc', ['abc'], []),
                         ([('--abc', '')], []))
        self.assertEqual(getopt.do_longs([], 'abc=1', ['abc='], []),
                         ([('--abc', '1')], []))
        self.assertEqual(getopt.do_longs([], 'abc', ['abc='], ['1', 'x']),
                         ([('--abc', '1')], ['x']))
        self.assertEqual(getopt.do_longs([], 'foo=42', ['foo-bar', 'foo='],
                                         []), ([('--foo', '42')], []))
        self.assertRaises(getopt.GetoptError, getopt.do_longs,
                          [], 'abc=1', ['abc'], [])
        self.assertRaises(getopt.GetoptError, getopt.do_longs,
                          [], 'abc', ['abc='], [])


def test_main():
    test_support.run_unittest(GetoptTests, StepFunctionTests)

if __name__ == "__main__":
    test_main()
