import unittest
import os
import sys
import shutil
import StringIO
from test import test_support

import filecmp


def write(path, data):
    f = open(path, 'wb')
    f.write(data)
    f.close()


class FileCompareTest(unittest.TestCase):

    def setUp(self):
        self.name = test_support.TESTFN
        self.same = self.name + '-same'
        self.diff = self.name + '-diff'
        write(self.name, 'Contents of file go here.\n')
        write(self.same, 'Contents of file go here.\n')
        write(self.diff, 'Contents of file go here!\n')

    def tearDown(self):
        for f in (self.name, self.same, self.diff):
            os.unlink(f)

    def test_matching(self):
        self.assert_(filecmp.cmp(self.name, self.name))
        self.assert_(filecmp.cmp(self.name, self.name, shallow=False))
        self.assert_(filecmp.cmp(self.name, self.same))
        self.assert_(filecmp.cmp(self.name, self.same, shallow=False))

    def test_different(self):
        self.failIf(filecmp.cmp(self.name, self.diff))
        self.failIf(filecmp.cmp(self.name, self.diff, shallow=False))
        write(self.diff, 'short\n')
        self.failIf(filecmp.cmp(self.name, self.diff))

    def test_directory(self):
        self.failIf(filecmp.cmp(self.name, os.curdir))

    def test_cache_notices_changes(self):
        self.failIf(filecmp.cmp(self.name, self.diff, shallow=False))
        write(self.diff, 'Contents of file go here.\n')
        os.utime(self.diff, (0, 0))
        self.assert_(filecmp.cmp(self.name, self.diff, shallow=False))


class DirCompareTest(unittest.TestCase):

    def setUp(self):
        self.a = test_support.TESTFN + '-a'
        self.b = test_support.TESTFN + '-b'
        for d in (self.a, self.b):
            os.mkdir(d)
            os.mkdir(os.path.join(d, 'sub'))
            write(os.path.join(d, 'same.txt'), 'same\n')
            write(os.path.join(d, 'sub', 'inner'), 'x\n')
            write(os.path.join(d, 'CVS'), 'ignored\n')
        write(os.path.join(self.a, 'diff.txt'), 'one\n')
        write(os.path.join(self.b, 'diff.txt'), 'two\n')
        write(os.path.join(self.a, 'only_a'), 'a\n')
        write(os.path.join(self.b, 'only_b'), 'b\n')
        os.mkdir(os.path.join(self.a, 'kind'))
        write(os.path.join(self.b, 'kind'), 'file here\n')

    def tearDown(self):
        shutil.rmtree(self.a)
        shutil.rmtree(self.b)

    def test_dircmp(self):
        d = filecmp.dircmp(self.a, self.b)
        self.assertEqual(d.left_list, ['diff.txt', 'kind', 'only_a',
                                       'same.txt', 'sub'])
        self.assertEqual(d.right_list, ['diff.txt', 'kind', 'only_b',
                                        'same.txt', 'sub'])
        common = d.common[:]
        common.sort()
        self.assertEqual(common, ['diff.txt', 'kind', 'same.txt', 'sub'])
        self.assertEqual(d.left_only, ['only_a'])
        self.assertEqual(d.right_only, ['only_b'])
        self.assertEqual(d.common_dirs, ['sub'])
        self.assertEqual(d.common_funny, ['kind'])
        files = d.common_files[:]
        files.sort()
        self.assertEqual(files, ['diff.txt', 'same.txt'])
        self.assertEqual(d.same_files, ['same.txt'])
        self.assertEqual(d.diff_files, ['diff.txt'])
        self.assertEqual(d.funny_files, [])
        self.assertEqual(d.subdirs.keys(), ['sub'])
        self.assertEqual(d.subdirs['sub'].same_files, ['inner'])
        self.assertRaises(AttributeError, getattr, d, 'no_such_thing')

    def test_ignore_hide(self):
        d = filecmp.dircmp(self.a, self.b, ignore=[], hide=['sub'])
        self.assert_('CVS' in d.left_list)
        self.failIf('sub' in d.left_list)

    def test_cmpfiles(self):
        result = filecmp.cmpfiles(self.a, self.b,
                                  ['same.txt', 'diff.txt', 'missing'])
        self.assertEqual(result, (['same.txt'], ['diff.txt'], ['missing']))

    def test_report(self):
        saved = sys.stdout
        sys.stdout = out = StringIO.StringIO()
        try:
            filecmp.dircmp(self.a, self.b).report_full_closure()
        finally:
            sys.stdout = saved
        lines = out.getvalue().split('\n')
        self.assertEqual(lines[0], 'diff %s %s' % (self.a, self.b))
        self.assert_("Only in %s : ['only_a']" % self.a in lines)
        self.assert_("Identical files : ['same.txt']" in lines)
        self.assert_("Differing files : ['diff.txt']" in lines)
        self.assert_("Common subdirectories : ['sub']" in lines)
        self.assert_("Common funny cases : ['kind']" in lines)
        self.assert_('diff %s %s' % (os.path.join(self.a, 'sub'),
                                     os.path.join(self.b, 'sub')) in lines)


def test_main():
    test_support.run_unittest(FileCompareTest, DirCompareTest)

if __name__ == "__main__":
    test_main()
