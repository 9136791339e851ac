import unittest
import os
import struct
from test import test_support
from test.test_support import TESTFN, unlink

import fcntl


class FcntlTest(unittest.TestCase):

    def setUp(self):
        self.f = open(TESTFN, 'w')

    def tearDown(self):
        self.f.close()
        unlink(TESTFN)

    def test_fd_flags(self):
        flags = fcntl.fcntl(self.f.fileno(), fcntl.F_GETFD)
        fcntl.fcntl(self.f, fcntl.F_SETFD, flags | fcntl.FD_CLOEXEC)
        self.assert_(fcntl.fcntl(self.f, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
        fl = fcntl.fcntl(self.f, fcntl.F_GETFL)
        self.assertEqual(fl & os.O_ACCMODE if hasattr(os, 'O_ACCMODE')
                         else fl & 3, os.O_WRONLY)

    def test_string_argument(self):
        lock = struct.pack('hhqqi', fcntl.F_WRLCK, 0, 0, 0, 0)
        result = fcntl.fcntl(self.f, fcntl.F_GETLK, lock)
        self.assert_(isinstance(result, str))
        self.assertEqual(len(result), len(lock))
        self.assertRaises(ValueError, fcntl.fcntl, self.f, fcntl.F_GETLK,
                          'x' * 1025)

    def test_flock_and_lockf(self):
        fcntl.flock(self.f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(self.f.fileno(), fcntl.LOCK_UN)
        fcntl.lockf(self.f, fcntl.LOCK_EX)
        fcntl.lockf(self.f, fcntl.LOCK_UN)
        self.assertRaises(ValueError, fcntl.lockf, self.f, 12345)

    def test_errors(self):
        r, w = os.pipe()
        os.close(r)
        os.close(w)
        self.assertRaises(IOError, fcntl.fcntl, r, fcntl.F_GETFD)
        self.assertRaises(TypeError, fcntl.fcntl, 'nofile', fcntl.F_GETFD)
        self.assertRaises(ValueError, fcntl.fcntl, -1, fcntl.F_GETFD)

    def test_ioctl(self):
        import sys
        if not sys.platform.startswith('linux'):
            return
        FIONREAD = 0x541B       # Linux value; termios is not available
        r, w = os.pipe()
        try:
            os.write(w, 'hello')
            packed = fcntl.ioctl(r, FIONREAD, struct.pack('i', 0))
            self.assertEqual(struct.unpack('i', packed)[0], 5)
            import array
            buf = array.array('i', [0])
            self.assertEqual(fcntl.ioctl(r, FIONREAD, buf, 1), 0)
            self.assertEqual(buf[0], 5)
        finally:
            os.close(r)
            os.close(w)


def test_main():
    test_support.run_unittest(FcntlTest)


if __name__ == '__main__':
    test_main()
