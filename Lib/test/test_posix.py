# Tests for the posix module.
import unittest
import posix
import errno
from test import test_support


class PosixTest(unittest.TestCase):

    def setUp(self):
        self.path = '/tmp/test_posix_%d' % posix.getpid()

    def tearDown(self):
        try:
            posix.unlink(self.path)
        except OSError:
            pass

    def test_stat(self):
        st = posix.stat('/')
        self.assertEqual(len(st), 10)
        self.assertEqual(st.st_mode, st[0])
        self.assert_(isinstance(st.st_mtime, float))

    def test_errors(self):
        try:
            posix.stat('/nonexistent/really')
        except OSError, e:
            self.assertEqual(e.errno, errno.ENOENT)
            self.assertEqual(e.filename, '/nonexistent/really')
        else:
            self.fail('no OSError')
        self.assert_(posix.error is OSError)

    def test_fd_io(self):
        fd = posix.open(self.path, posix.O_WRONLY | posix.O_CREAT, 0600)
        self.assertEqual(posix.write(fd, 'hello'), 5)
        posix.close(fd)
        fd = posix.open(self.path, posix.O_RDONLY)
        self.assertEqual(posix.read(fd, 100), 'hello')
        self.assertEqual(posix.lseek(fd, 1, 0), 1)
        self.assertEqual(posix.read(fd, 2), 'el')
        posix.close(fd)
        self.assertEqual(posix.fstat(posix.open(self.path, 0)).st_size, 5)

    def test_misc(self):
        self.assert_(posix.getcwd())
        self.assert_(isinstance(posix.environ, dict))
        self.assertEqual(posix.strerror(errno.ENOENT),
                         'No such file or directory')
        self.assertEqual(len(posix.urandom(16)), 16)
        self.assertRaises(ValueError, posix.urandom, -1)
        self.assertEqual(len(posix.uname()), 5)
        r, w = posix.pipe()
        posix.write(w, 'x')
        self.assertEqual(posix.read(r, 1), 'x')
        posix.close(r)
        posix.close(w)

    def test_wait_macros(self):
        self.assert_(posix.WIFEXITED(0))
        self.assertEqual(posix.WEXITSTATUS(3 << 8), 3)


def test_main():
    test_support.run_unittest(PosixTest)

if __name__ == '__main__':
    test_main()
