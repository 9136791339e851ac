"""Tests for xdrlib, mutex and dummy_threading."""

import unittest
from test import test_support

import xdrlib
import mutex


class XDRTests(unittest.TestCase):

    def test_roundtrip(self):
        p = xdrlib.Packer()
        p.pack_int(-2)
        p.pack_uint(9)
        p.pack_bool(True)
        p.pack_uhyper(45L)
        p.pack_hyper(-3)
        p.pack_float(1.5)
        p.pack_double(0.25)
        p.pack_string("hello")
        p.pack_list([1, 2], p.pack_int)
        p.pack_array(["a", "bc"], p.pack_string)
        data = p.get_buffer()
        self.assertEqual(data[:12], "\xff\xff\xff\xfe\0\0\0\x09\0\0\0\x01")
        self.assertEqual(len(data) % 4, 0)
        u = xdrlib.Unpacker(data)
        self.assertEqual(u.unpack_int(), -2)
        self.assertEqual(u.unpack_uint(), 9)
        self.assertEqual(u.unpack_bool(), True)
        self.assertEqual(u.unpack_uhyper(), 45)
        self.assertEqual(u.unpack_hyper(), -3)
        self.assertEqual(u.unpack_float(), 1.5)
        self.assertEqual(u.unpack_double(), 0.25)
        self.assertEqual(u.unpack_string(), "hello")
        self.assertEqual(u.unpack_list(u.unpack_int), [1, 2])
        self.assertEqual(u.unpack_array(u.unpack_string), ["a", "bc"])
        u.done()

    def test_padding_and_errors(self):
        p = xdrlib.Packer()
        p.pack_string("abcde")
        self.assertEqual(p.get_buffer(), "\0\0\0\x05abcde\0\0\0")
        u = xdrlib.Unpacker("\0\0\0\x01x")
        self.assertEqual(u.unpack_int(), 1)
        self.assertRaises(xdrlib.Error, u.done)
        self.assertRaises(EOFError, u.unpack_int)


class MutexTests(unittest.TestCase):

    def test_queue(self):
        calls = []
        m = mutex.mutex()
        self.failIf(m.test())
        m.lock(calls.append, 1)
        self.failUnless(m.test())
        m.lock(calls.append, 2)
        self.assertEqual(calls, [1])
        m.unlock()
        self.assertEqual(calls, [1, 2])
        self.failUnless(m.test())
        m.unlock()
        self.failIf(m.test())
        self.failUnless(m.testandset())
        self.failIf(m.testandset())


class DummyThreadingTests(unittest.TestCase):

    def test_runs(self):
        import dummy_threading
        out = []
        t = dummy_threading.Thread(target=out.append, args=(5,))
        t.start()
        t.join()
        self.assertEqual(out, [5])
        lock = dummy_threading.Lock()
        self.failUnless(lock.acquire())
        lock.release()
        import sys
        if 'threading' in sys.modules:
            self.failIf(sys.modules['threading'] is dummy_threading)


def test_main():
    test_support.run_unittest(XDRTests, MutexTests, DummyThreadingTests)

if __name__ == "__main__":
    test_main()
