"""gzip: reading a file made by the reference gzip code, round trips,
lines, seeking, several members, damaged files."""

import unittest
import os
import StringIO
import struct
from test import test_support
import gzip
import zlib

# gzip's output for 'gzip line 1\ngzip line 2\n' (name x.txt, mtime 0)
KNOWN = ('\x1f\x8b\x08\x08\x00\x00\x00\x00\x02\xffx.txt\x00K\xaf\xca,P\xc8\xc9'
         '\xccKU0\xe4J\x87\xb3\x8d\xb8\x00t7\xa2\x06\x18\x00\x00\x00')

DATA1 = """  int length=DEFAULTALLOC, err = Z_OK;
  PyObject *RetVal;
  int flushmode = Z_FINISH;
  unsigned long start_total_out;

"""

DATA2 = """/* zlibmodule.c -- gzip-compatible data compression */
/* See http://www.gzip.org/zlib/
/* See http://www.winimage.com/zLibDll for Windows */
"""


class KnownFileTestCase(unittest.TestCase):

    def test_read_known(self):
        f = gzip.GzipFile(fileobj=StringIO.StringIO(KNOWN))
        self.assertEqual(f.read(), 'gzip line 1\ngzip line 2\n')

    def test_lines_known(self):
        f = gzip.GzipFile(fileobj=StringIO.StringIO(KNOWN))
        self.assertEqual(list(f), ['gzip line 1\n', 'gzip line 2\n'])

    def test_bad_crc(self):
        bad = KNOWN[:-8] + '\0\0\0\0' + KNOWN[-4:]
        f = gzip.GzipFile(fileobj=StringIO.StringIO(bad))
        self.assertRaises(IOError, f.read)

    def test_bad_length(self):
        bad = KNOWN[:-4] + '\0\0\0\0'
        f = gzip.GzipFile(fileobj=StringIO.StringIO(bad))
        self.assertRaises(IOError, f.read)

    def test_not_gzip(self):
        f = gzip.GzipFile(fileobj=StringIO.StringIO('this is not gzip data'))
        self.assertRaises(IOError, f.read)

    def test_truncated(self):
        f = gzip.GzipFile(fileobj=StringIO.StringIO(KNOWN[:-12]))
        self.assertRaises((IOError, EOFError), f.read)


class FileTestCase(unittest.TestCase):
    filename = test_support.TESTFN

    def tearDown(self):
        test_support.unlink(self.filename)

    def write_sample(self):
        f = gzip.GzipFile(self.filename, 'wb')
        f.write(DATA1 * 50)
        f.flush()
        f.fileno()
        f.close()

    def test_write_read(self):
        self.write_sample()
        f = gzip.GzipFile(self.filename, 'r')
        self.assertEqual(f.read(), DATA1 * 50)
        f.close()

    def test_header_fields(self):
        self.write_sample()
        raw = open(self.filename, 'rb').read()
        self.assertEqual(raw[:3], '\x1f\x8b\x08')
        crc, size = struct.unpack('<LL', raw[-8:])
        self.assertEqual(crc, zlib.crc32(DATA1 * 50) & 0xffffffffL)
        self.assertEqual(size, len(DATA1 * 50))
        # the name is stored, without directories
        self.failUnless(os.path.basename(self.filename) + '\0' in raw[:100])

    def test_append_members(self):
        self.write_sample()
        f = gzip.GzipFile(self.filename, 'ab')
        f.write(DATA2 * 15)
        f.close()
        f = gzip.open(self.filename, 'rb')
        self.assertEqual(f.read(), DATA1 * 50 + DATA2 * 15)
        f.close()

    def test_many_appends(self):
        f = gzip.open(self.filename, 'wb', 9)
        f.write('a')
        f.close()
        for i in range(0, 200):
            f = gzip.open(self.filename, 'ab', 9)
            f.write('a')
            f.close()
        f = gzip.open(self.filename, 'rb')
        self.assertEqual(f.read(), 'a' * 201)
        f.close()

    def test_read_in_pieces(self):
        self.write_sample()
        f = gzip.GzipFile(self.filename, 'rb')
        pieces = []
        while True:
            d = f.read(37)
            if not d:
                break
            pieces.append(d)
        self.assertEqual(''.join(pieces), DATA1 * 50)

    def test_readline(self):
        self.write_sample()
        f = gzip.GzipFile(self.filename, 'rb')
        expected = (DATA1 * 50).splitlines(True)
        lines = []
        while True:
            line = f.readline()
            if not line:
                break
            lines.append(line)
        self.assertEqual(lines, expected)
        f.rewind()
        self.assertEqual(f.readline(5), expected[0][:5])
        self.assertEqual(f.readline(), expected[0][5:])

    def test_readlines(self):
        self.write_sample()
        f = gzip.GzipFile(self.filename, 'rb')
        self.assertEqual(f.readlines(), (DATA1 * 50).splitlines(True))
        f.close()
        f = gzip.GzipFile(self.filename, 'rb')
        self.failUnless(len(f.readlines(150)) < 50 * 5)

    def test_seek_read(self):
        data = DATA1 * 50
        self.write_sample()
        f = gzip.GzipFile(self.filename)
        self.assertEqual(f.tell(), 0)
        f.seek(1000)
        self.assertEqual(f.tell(), 1000)
        self.assertEqual(f.read(20), data[1000:1020])
        f.seek(10)
        self.assertEqual(f.read(5), data[10:15])
        f.seek(5, 1)
        self.assertEqual(f.read(5), data[20:25])
        f.close()

    def test_seek_write(self):
        f = gzip.GzipFile(self.filename, 'w')
        f.write('ab')
        f.seek(10)
        f.write('cd')
        self.assertRaises(IOError, f.seek, 0)
        f.close()
        self.assertEqual(gzip.open(self.filename).read(), 'ab' + '\0' * 8 + 'cd')

    def test_mode(self):
        self.write_sample()
        f = gzip.GzipFile(self.filename, 'r')
        self.assertEqual(f.mode, gzip.READ)
        self.assertRaises(IOError, f.write, 'x')
        f.close()
        f = gzip.GzipFile(self.filename, 'w')
        self.assertEqual(f.mode, gzip.WRITE)
        self.assertRaises(IOError, f.read)
        f.close()

    def test_large(self):
        data = ''.join([str(i) for i in xrange(100000)])
        f = gzip.open(self.filename, 'wb', 6)
        for i in range(0, len(data), 10000):
            f.write(data[i:i + 10000])
        f.close()
        self.assertEqual(gzip.open(self.filename).read(), data)


def test_main():
    test_support.run_unittest(KnownFileTestCase, FileTestCase)

if __name__ == "__main__":
    test_main()
