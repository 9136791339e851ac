"""Tests for shutil."""

import os
import stat
import unittest
import tempfile
from test import test_support

import shutil


def write(path, data):
    f = open(path, 'wb')
    try:
        f.write(data)
    finally:
        f.close()


def read(path):
    f = open(path, 'rb')
    try:
        return f.read()
    finally:
        f.close()


class ShutilTests(unittest.TestCase):

    def setUp(self):
        self.base = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.base, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.base, *parts)

    def test_copyfileobj(self):
        from StringIO import StringIO
        src = StringIO('x' * 100000)
        dst = StringIO()
        shutil.copyfileobj(src, dst, 1000)
        self.assertEqual(dst.getvalue(), 'x' * 100000)

    def test_copyfile_and_same_file(self):
        write(self.path('a'), 'hello')
        shutil.copyfile(self.path('a'), self.path('b'))
        self.assertEqual(read(self.path('b')), 'hello')
        self.assertRaises(shutil.Error, shutil.copyfile,
                          self.path('a'), self.path('a'))
        self.assertRaises(IOError, shutil.copyfile,
                          self.path('missing'), self.path('c'))

    def test_copy_into_directory_keeps_mode(self):
        write(self.path('a'), 'data')
        os.chmod(self.path('a'), 0640)
        os.mkdir(self.path('d'))
        shutil.copy(self.path('a'), self.path('d'))
        target = self.path('d', 'a')
        self.assertEqual(read(target), 'data')
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0640)

    def test_copy2_keeps_times(self):
        write(self.path('a'), 'data')
        os.utime(self.path('a'), (1000000000, 1000000000))
        shutil.copy2(self.path('a'), self.path('b'))
        self.assertEqual(int(os.stat(self.path('b')).st_mtime), 1000000000)

    def test_copytree_and_rmtree(self):
        os.makedirs(self.path('src', 'sub'))
        write(self.path('src', 'f'), '1')
        write(self.path('src', 'sub', 'g'), '2')
        shutil.copytree(self.path('src'), self.path('dst'))
        self.assertEqual(read(self.path('dst', 'f')), '1')
        self.assertEqual(read(self.path('dst', 'sub', 'g')), '2')
        # The destination must not exist yet.
        self.assertRaises(OSError, shutil.copytree, self.path('src'),
                          self.path('dst'))
        shutil.rmtree(self.path('dst'))
        self.assertFalse(os.path.exists(self.path('dst')))

    def test_copytree_symlinks(self):
        if not hasattr(os, 'symlink'):
            return
        os.mkdir(self.path('src'))
        write(self.path('src', 'f'), 'x')
        os.symlink('f', self.path('src', 'link'))
        shutil.copytree(self.path('src'), self.path('dst'), symlinks=True)
        self.assertTrue(os.path.islink(self.path('dst', 'link')))
        shutil.copytree(self.path('src'), self.path('dst2'))
        self.assertFalse(os.path.islink(self.path('dst2', 'link')))
        self.assertEqual(read(self.path('dst2', 'link')), 'x')

    def test_rmtree_errors(self):
        self.assertRaises(OSError, shutil.rmtree, self.path('missing'))
        shutil.rmtree(self.path('missing'), ignore_errors=True)
        seen = []

        def onerror(func, path, exc_info):
            seen.append((func, path, exc_info[0]))
        shutil.rmtree(self.path('missing'), onerror=onerror)
        self.assertEqual(seen[0][1], self.path('missing'))
        self.assertTrue(issubclass(seen[0][2], OSError))

    def test_rmtree_does_not_follow_symlink(self):
        if not hasattr(os, 'symlink'):
            return
        os.mkdir(self.path('real'))
        write(self.path('real', 'keep'), 'x')
        os.symlink(self.path('real'), self.path('link'))
        self.assertRaises(OSError, shutil.rmtree, self.path('link'))
        self.assertTrue(os.path.exists(self.path('real', 'keep')))

    def test_move(self):
        write(self.path('a'), 'data')
        shutil.move(self.path('a'), self.path('b'))
        self.assertFalse(os.path.exists(self.path('a')))
        self.assertEqual(read(self.path('b')), 'data')
        os.mkdir(self.path('d'))
        write(self.path('d', 'x'), '1')
        shutil.move(self.path('d'), self.path('e'))
        self.assertEqual(read(self.path('e', 'x')), '1')

    def test_error_is_environment_error(self):
        self.assertTrue(issubclass(shutil.Error, EnvironmentError))


def test_main():
    test_support.run_unittest(ShutilTests)

if __name__ == "__main__":
    test_main()
