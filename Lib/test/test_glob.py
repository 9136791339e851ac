"""Tests for glob."""

import os
import unittest
import tempfile
import shutil
from test import test_support

import glob


class GlobTests(unittest.TestCase):

    def norm(self, *parts):
        return os.path.normpath(os.path.join(self.tempdir, *parts))

    def mktemp(self, *parts):
        filename = self.norm(*parts)
        base, file = os.path.split(filename)
        if not os.path.exists(base):
            os.makedirs(base)
        f = open(filename, 'w')
        f.close()

    def setUp(self):
        self.tempdir = tempfile.mkdtemp()
        self.mktemp('a', 'D')
        self.mktemp('aab', 'F')
        self.mktemp('aaa', 'zzzF')
        self.mktemp('ZZZ')
        self.mktemp('a', 'bcd', 'EF')
        self.mktemp('a', 'bcd', 'efg', 'ha')
        self.mktemp('.hidden')

    def tearDown(self):
        shutil.rmtree(self.tempdir)

    def glob(self, *parts):
        if len(parts) == 1:
            pattern = parts[0]
        else:
            pattern = os.path.join(*parts)
        p = os.path.join(self.tempdir, pattern)
        return sorted(glob.glob(p))

    def test_literal(self):
        self.assertEqual(self.glob('a'), [self.norm('a')])
        self.assertEqual(self.glob('a', 'D'), [self.norm('a', 'D')])
        self.assertEqual(self.glob('aab'), [self.norm('aab')])
        self.assertEqual(self.glob('zymurgy'), [])

    def test_one_directory(self):
        self.assertEqual(self.glob('a*'),
                         map(self.norm, ['a', 'aaa', 'aab']))
        self.assertEqual(self.glob('*a'), map(self.norm, ['a', 'aaa']))
        self.assertEqual(self.glob('aa?'), map(self.norm, ['aaa', 'aab']))
        self.assertEqual(self.glob('aa[ab]'), map(self.norm, ['aaa', 'aab']))
        self.assertEqual(self.glob('*q'), [])

    def test_hidden_files_need_explicit_dot(self):
        self.assertTrue(self.norm('.hidden') not in self.glob('*'))
        self.assertEqual(self.glob('.h*'), [self.norm('.hidden')])

    def test_nested_directory(self):
        self.assertEqual(self.glob('a', 'bcd', 'E*'),
                         [self.norm('a', 'bcd', 'EF')])
        self.assertEqual(self.glob('a', 'bcd', '*g'),
                         [self.norm('a', 'bcd', 'efg')])
        self.assertEqual(self.glob('*', '*a'), [])
        self.assertEqual(self.glob('a', '*', '*', '*a'),
                         [self.norm('a', 'bcd', 'efg', 'ha')])
        self.assertEqual(self.glob('?a?', '*F'),
                         map(self.norm, [os.path.join('aaa', 'zzzF'),
                                         os.path.join('aab', 'F')]))

    def test_trailing_separator(self):
        self.assertEqual(self.glob('a' + os.sep), [self.norm('a') + os.sep])
        self.assertEqual(self.glob('Z*Z') + self.glob('Z*Z' + os.sep),
                         [self.norm('ZZZ')])

    def test_iglob_is_lazy(self):
        it = glob.iglob(os.path.join(self.tempdir, 'a*'))
        self.assertTrue(hasattr(it, 'next'))
        self.assertEqual(len(list(it)), 3)


def test_main():
    test_support.run_unittest(GlobTests)

if __name__ == "__main__":
    test_main()
