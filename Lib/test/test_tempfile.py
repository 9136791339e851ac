"""Tests for tempfile."""

import os
import stat
import errno
import unittest
from test import test_support

import tempfile


class TempfileTests(unittest.TestCase):

    def setUp(self):
        self.made = []

    def tearDown(self):
        for path in self.made:
            try:
                if os.path.isdir(path):
                    os.rmdir(path)
                else:
                    os.unlink(path)
            except OSError:
                pass

    def test_gettempdir(self):
        d = tempfile.gettempdir()
        self.assertTrue(os.path.isabs(d))
        self.assertTrue(os.path.isdir(d))
        self.assertTrue(tempfile.gettempdir() is d)
        self.assertEqual(tempfile.gettempprefix(), 'tmp')

    def test_mkstemp(self):
        fd, path = tempfile.mkstemp()
        self.made.append(path)
        try:
            self.assertTrue(os.path.isabs(path))
            self.assertEqual(os.path.dirname(path), tempfile.gettempdir())
            self.assertTrue(os.path.basename(path).startswith('tmp'))
            os.write(fd, 'abc')
        finally:
            os.close(fd)
        self.assertEqual(open(path).read(), 'abc')
        mode = stat.S_IMODE(os.stat(path).st_mode)
        self.assertEqual(mode & 0077, 0)

    def test_mkstemp_names(self):
        d = tempfile.mkdtemp()
        self.made.append(d)
        fd, path = tempfile.mkstemp(suffix='.py', prefix='pre', dir=d)
        self.made.insert(0, path)
        os.close(fd)
        name = os.path.basename(path)
        self.assertTrue(name.startswith('pre'))
        self.assertTrue(name.endswith('.py'))
        self.assertEqual(os.path.dirname(path), d)
        names = {}
        for i in range(20):
            fd, p = tempfile.mkstemp(dir=d)
            os.close(fd)
            self.made.insert(0, p)
            names[p] = 1
        self.assertEqual(len(names), 20)

    def test_mkdtemp(self):
        d = tempfile.mkdtemp(prefix='x', suffix='y')
        self.made.append(d)
        self.assertTrue(os.path.isdir(d))
        base = os.path.basename(d)
        self.assertTrue(base.startswith('x') and base.endswith('y'))
        self.assertEqual(stat.S_IMODE(os.stat(d).st_mode) & 0077, 0)

    def test_mktemp(self):
        path = tempfile.mktemp(suffix='.tmp')
        self.assertFalse(os.path.exists(path))
        self.assertTrue(path.endswith('.tmp'))

    def test_temporary_file(self):
        f = tempfile.TemporaryFile()
        f.write('hello')
        f.seek(0)
        self.assertEqual(f.read(), 'hello')
        f.close()

    def test_named_temporary_file(self):
        f = tempfile.NamedTemporaryFile(suffix='.txt')
        name = f.name
        self.assertTrue(os.path.exists(name))
        self.assertTrue(name.endswith('.txt'))
        f.write('data')
        f.flush()
        self.assertEqual(open(name).read(), 'data')
        f.seek(0)
        self.assertEqual(f.read(), 'data')
        f.close()
        self.assertFalse(os.path.exists(name))
        f.close()   # a second close is harmless

    def test_tempdir_override(self):
        d = tempfile.mkdtemp()
        self.made.append(d)
        old = tempfile.tempdir
        tempfile.tempdir = d
        try:
            fd, path = tempfile.mkstemp()
            os.close(fd)
            self.made.insert(0, path)
            self.assertEqual(os.path.dirname(path), d)
        finally:
            tempfile.tempdir = old

    def test_missing_dir(self):
        try:
            tempfile.mkstemp(dir='/nonexistent/dir/for/test')
        except (OSError, IOError), e:
            self.assertEqual(e.errno, errno.ENOENT)
        else:
            self.fail("mkstemp in a missing directory succeeded")


def test_main():
    test_support.run_unittest(TempfileTests)

if __name__ == "__main__":
    test_main()
