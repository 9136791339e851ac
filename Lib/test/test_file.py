# Tests for the built-in file type.
import unittest
import os
from test import test_support


class FileTest(unittest.TestCase):

    def setUp(self):
        self.path = '/tmp/test_file_%d' % os.getpid()

    def tearDown(self):
        if os.path.exists(self.path):
            os.remove(self.path)

    def test_write_read(self):
        f = open(self.path, 'w')
        self.assertEqual((f.mode, f.closed), ('w', False))
        f.write('one\ntwo\n')
        f.writelines(['three\n', 'four'])
        f.close()
        self.assert_(f.closed)
        f = open(self.path)
        self.assertEqual(f.read(3), 'one')
        self.assertEqual(f.tell(), 3)
        self.assertEqual(f.readline(), '\n')
        self.assertEqual(f.readline(2), 'tw')
        self.assertEqual(f.readlines(), ['o\n', 'three\n', 'four'])
        f.seek(-4, 2)
        self.assertEqual(f.read(), 'four')
        f.close()
        self.assertRaises(ValueError, f.read)

    def test_iteration_and_universal_newlines(self):
        f = open(self.path, 'wb')
        f.write('a\nb\r\nc\rd')
        f.close()
        self.assertEqual(list(open(self.path, 'rb')), ['a\n', 'b\r\n', 'c\rd'])
        f = open(self.path, 'U')
        self.assertEqual(f.readlines(), ['a\n', 'b\n', 'c\n', 'd'])
        self.assertEqual(f.newlines, ('\r', '\n', '\r\n'))

    def test_errors(self):
        try:
            open(self.path)
        except IOError, e:
            self.assertEqual(e.errno, 2)
            self.assertEqual(e.filename, self.path)
        self.assertRaises(ValueError, open, self.path, 'z')
        f = open(self.path, 'w')
        f.close()
        self.assertRaises(IOError, open(self.path).write, 'x')

    def test_huge_read_is_safe(self):
        f = open(self.path, 'w')
        f.write('abc')
        f.close()
        self.assertEqual(open(self.path).read(2 ** 40), 'abc')

    def test_misc(self):
        f = open(self.path, 'w')
        self.assertEqual(f.softspace, 0)
        self.failIf(f.isatty())
        self.assert_(isinstance(f.fileno(), int))
        print >> f, 'x', 1
        f.truncate(0)
        f.close()
        self.assertEqual(os.path.getsize(self.path), 0)
        self.assert_(file is not open)   # 2.5: open() is a function


class ThreadedFileTest(unittest.TestCase):
    # Blocking reads release the GIL; closing the file meanwhile is
    # refused instead of freeing the FILE under the reader.
    def test_close_during_blocking_read(self):
        import os, threading, time
        r, w = os.pipe()
        rf = os.fdopen(r, 'r')
        wf = os.fdopen(w, 'w', 0)
        got = []
        def reader():
            got.append(rf.readline())
            got.append(rf.read(3))
        t = threading.Thread(target=reader)
        t.start()
        time.sleep(0.1)
        self.assertRaises(IOError, rf.close)
        wf.write('hello\nabc')
        t.join()
        self.assertEqual(got, ['hello\n', 'abc'])
        rf.close()
        wf.close()
        self.assert_(rf.closed)


def test_main():
    test_support.run_unittest(FileTest, ThreadedFileTest)

if __name__ == '__main__':
    test_main()
