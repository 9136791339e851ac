"""Tests for the stat module (2.5 Library Reference, section 11.3)."""

import os
import stat
import unittest
from test import test_support


class TestStat(unittest.TestCase):

    def setUp(self):
        self.fn = test_support.TESTFN + '_stat'

    def tearDown(self):
        test_support.unlink(self.fn)
        test_support.unlink(self.fn + '_link')
        try:
            os.rmdir(self.fn + '_dir')
        except OSError:
            pass

    def test_indexes(self):
        self.assertEqual((stat.ST_MODE, stat.ST_INO, stat.ST_DEV,
                          stat.ST_NLINK, stat.ST_UID, stat.ST_GID,
                          stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME,
                          stat.ST_CTIME), tuple(range(10)))

    def test_constants(self):
        self.assertEqual(stat.S_IFDIR, 0040000)
        self.assertEqual(stat.S_IFREG, 0100000)
        self.assertEqual(stat.S_IFLNK, 0120000)
        self.assertEqual(stat.S_IFCHR, 0020000)
        self.assertEqual(stat.S_IFBLK, 0060000)
        self.assertEqual(stat.S_IFIFO, 0010000)
        self.assertEqual(stat.S_IFSOCK, 0140000)
        self.assertEqual(stat.S_ISUID, 04000)
        self.assertEqual(stat.S_ISGID, 02000)
        self.assertEqual(stat.S_ISVTX, 01000)
        self.assertEqual(stat.S_ENFMT, stat.S_ISGID)
        self.assertEqual(stat.S_IRWXU, 0700)
        self.assertEqual(stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR, 0700)
        self.assertEqual(stat.S_IRGRP | stat.S_IWGRP | stat.S_IXGRP, 0070)
        self.assertEqual(stat.S_IROTH | stat.S_IWOTH | stat.S_IXOTH, 0007)
        self.assertEqual(stat.S_IRWXG, 0070)
        self.assertEqual(stat.S_IRWXO, 0007)
        self.assertEqual(stat.S_IREAD, stat.S_IRUSR)
        self.assertEqual(stat.S_IWRITE, stat.S_IWUSR)
        self.assertEqual(stat.S_IEXEC, stat.S_IXUSR)

    def test_mode_functions(self):
        mode = stat.S_IFREG | 04755
        self.assertEqual(stat.S_IMODE(mode), 04755)
        self.assertEqual(stat.S_IFMT(mode), stat.S_IFREG)
        self.assert_(stat.S_ISREG(mode))
        self.failIf(stat.S_ISDIR(mode))
        for kind, test in [(stat.S_IFDIR, stat.S_ISDIR),
                           (stat.S_IFCHR, stat.S_ISCHR),
                           (stat.S_IFBLK, stat.S_ISBLK),
                           (stat.S_IFREG, stat.S_ISREG),
                           (stat.S_IFIFO, stat.S_ISFIFO),
                           (stat.S_IFLNK, stat.S_ISLNK),
                           (stat.S_IFSOCK, stat.S_ISSOCK)]:
            self.assert_(test(kind | 0644))
            others = [k for k in (stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK,
                                  stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK,
                                  stat.S_IFSOCK) if k != kind]
            for other in others:
                self.failIf(test(other), (kind, other))

    def test_real_files(self):
        f = open(self.fn, 'w')
        f.write('abc')
        f.close()
        os.chmod(self.fn, 0640)
        st = os.stat(self.fn)
        self.assert_(stat.S_ISREG(st[stat.ST_MODE]))
        self.assertEqual(stat.S_IMODE(st.st_mode), 0640)
        self.assertEqual(st[stat.ST_SIZE], 3)
        self.assertEqual(st[stat.ST_SIZE], st.st_size)
        self.assertEqual(st[stat.ST_MTIME], int(st.st_mtime))
        os.mkdir(self.fn + '_dir')
        self.assert_(stat.S_ISDIR(os.stat(self.fn + '_dir').st_mode))
        os.symlink(self.fn, self.fn + '_link')
        self.assert_(stat.S_ISLNK(os.lstat(self.fn + '_link').st_mode))
        self.assert_(stat.S_ISREG(os.stat(self.fn + '_link').st_mode))
        self.assert_(stat.S_ISCHR(os.stat('/dev/null').st_mode))


def test_main():
    test_support.run_unittest(TestStat)

if __name__ == '__main__':
    test_main()
