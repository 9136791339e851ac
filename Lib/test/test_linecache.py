"""Tests for linecache (2.5 Library Reference, section 6.?)."""

import os
import sys
import linecache
import unittest
from test import test_support


FILENAME = linecache.__file__.replace('.pyc', '.py').replace('.pyo', '.py')


class TestLinecache(unittest.TestCase):

    def setUp(self):
        self.tmp = test_support.TESTFN + '_lc.py'
        linecache.clearcache()

    def tearDown(self):
        test_support.unlink(self.tmp)
        linecache.clearcache()

    def write(self, text):
        f = open(self.tmp, 'w')
        f.write(text)
        f.close()

    def test_getline(self):
        f = open(FILENAME)
        lines = f.readlines()
        f.close()
        for i, line in enumerate(lines):
            self.assertEqual(linecache.getline(FILENAME, i + 1), line)
        self.assertEqual(linecache.getlines(FILENAME), lines)

    def test_out_of_range(self):
        self.assertEqual(linecache.getline(FILENAME, 0), '')
        self.assertEqual(linecache.getline(FILENAME, -1), '')
        self.assertEqual(linecache.getline(FILENAME, 100000), '')

    def test_missing_file(self):
        self.assertEqual(linecache.getline('/no/such/file.py', 1), '')
        self.assertEqual(linecache.getlines('/no/such/file.py'), [])
        self.assertEqual(linecache.getline('', 1), '')
        self.assertEqual(linecache.getline('<string>', 1), '')

    def test_relative_name_found_on_sys_path(self):
        line = linecache.getline('linecache.py', 1)
        self.assertEqual(line, open(FILENAME).readline())

    def test_cache_and_checkcache(self):
        self.write('first\nsecond\n')
        self.assertEqual(linecache.getline(self.tmp, 2), 'second\n')
        self.assert_(self.tmp in linecache.cache)
        # the cache is used until checked
        self.write('changed line one\nchanged line two\nthree\n')
        self.assertEqual(linecache.getline(self.tmp, 2), 'second\n')
        linecache.checkcache(self.tmp)
        self.assertEqual(linecache.getline(self.tmp, 2), 'changed line two\n')
        self.assertEqual(linecache.getline(self.tmp, 3), 'three\n')

    def test_checkcache_removed_file(self):
        self.write('x\n')
        linecache.getline(self.tmp, 1)
        os.unlink(self.tmp)
        linecache.checkcache()
        self.failIf(self.tmp in linecache.cache)
        self.assertEqual(linecache.getline(self.tmp, 1), '')

    def test_clearcache(self):
        linecache.getline(FILENAME, 1)
        self.assert_(linecache.cache)
        linecache.clearcache()
        self.assertEqual(linecache.cache, {})

    def test_universal_newlines(self):
        f = open(self.tmp, 'wb')
        f.write('a\r\nb\rc\n')
        f.close()
        self.assertEqual(linecache.getlines(self.tmp), ['a\n', 'b\n', 'c\n'])

    def test_updatecache(self):
        self.write('one\n')
        self.assertEqual(linecache.updatecache(self.tmp), ['one\n'])
        self.write('two\n')
        self.assertEqual(linecache.updatecache(self.tmp), ['two\n'])

    def test_loader_get_source(self):
        class Loader(object):
            def get_source(self, fullname):
                if fullname == 'virtual_mod':
                    return 'line one\nline two'
                return None
        g = {'__name__': 'virtual_mod', '__loader__': Loader()}
        self.assertEqual(linecache.getline('<virtual>/vm.py', 2, g),
                         'line two\n')
        self.assertEqual(linecache.getlines('/not/there.py', g),
                         ['line one\n', 'line two\n'])


def test_main():
    test_support.run_unittest(TestLinecache)

if __name__ == '__main__':
    test_main()
