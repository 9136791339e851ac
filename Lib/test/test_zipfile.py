"""zipfile: an archive made by another zip implementation, round trips
with both compressions, append mode, damaged archives."""

import unittest
import os
import StringIO
from test import test_support
import zipfile
from zipfile import ZipFile, ZipInfo, ZIP_STORED, ZIP_DEFLATED

# Two members: hello.txt (deflated) and dir/stored.bin (stored).
KNOWN = (
    'PK\x03\x04\x14\x00\x00\x00\x08\x00\x00`35\xe7`\xc7W\x17\x00\x00\x00\xb4'
    '\x00\x00\x00\t\x00\x00\x00hello.txt\xf3H\xcd\xc9\xc9\xd7Q\xa8\xca,P(\xcf/'
    '\xcaIQT\xf0\x18\xf4"\x00PK\x03\x04\x14\x00\x00\x00\x00\x00\x01`35\x88\xe2'
    '\xce\xce\x10\x00\x00\x00\x10\x00\x00\x00\x0e\x00\x00\x00dir/stored.bin'
    '\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0fPK\x01\x02\x14'
    '\x03\x14\x00\x00\x00\x08\x00\x00`35\xe7`\xc7W\x17\x00\x00\x00\xb4\x00\x00'
    '\x00\t\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00'
    '\x00hello.txtPK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\x01`35\x88\xe2'
    '\xce\xce\x10\x00\x00\x00\x10\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00'
    '\x00\x00\x00\x00\x80\x01>\x00\x00\x00dir/stored.binPK\x05\x06\x00\x00\x00'
    '\x00\x02\x00\x02\x00s\x00\x00\x00z\x00\x00\x00\x00\x00')

TESTFN2 = test_support.TESTFN + '2'


class KnownArchiveTestCase(unittest.TestCase):

    def setUp(self):
        self.zf = ZipFile(StringIO.StringIO(KNOWN))

    def test_names(self):
        self.assertEqual(self.zf.namelist(), ['hello.txt', 'dir/stored.bin'])

    def test_read(self):
        self.assertEqual(self.zf.read('hello.txt'), 'Hello, zip world! ' * 10)
        self.assertEqual(self.zf.read('dir/stored.bin'),
                         ''.join(map(chr, range(16))))

    def test_infos(self):
        info = self.zf.getinfo('hello.txt')
        self.assertEqual(info.compress_type, ZIP_DEFLATED)
        self.assertEqual(info.file_size, 180)
        self.assertEqual(info.compress_size, 23)
        self.assertEqual(info.date_time, (2006, 9, 19, 12, 0, 0))
        self.assertEqual(info.CRC, 0x57c760e7)
        info = self.zf.getinfo('dir/stored.bin')
        self.assertEqual(info.compress_type, ZIP_STORED)
        self.assertEqual(info.date_time, (2006, 9, 19, 12, 0, 2))
        self.assertEqual([i.filename for i in self.zf.infolist()],
                         self.zf.namelist())
        self.assertRaises(KeyError, self.zf.getinfo, 'missing')

    def test_testzip(self):
        self.assertEqual(self.zf.testzip(), None)

    def test_damaged_member(self):
        # flip a byte of the deflated data of hello.txt
        pos = KNOWN.index('hello.txt') + 12
        bad = KNOWN[:pos] + chr(ord(KNOWN[pos]) ^ 0x55) + KNOWN[pos + 1:]
        zf = ZipFile(StringIO.StringIO(bad))
        self.assertRaises(zipfile.BadZipfile, zf.read, 'hello.txt')
        self.assertEqual(zf.testzip(), 'hello.txt')

    def test_not_a_zip(self):
        self.assertRaises(zipfile.BadZipfile, ZipFile,
                          StringIO.StringIO('not a zip file at all' * 10))
        self.assertRaises(zipfile.BadZipfile, ZipFile, StringIO.StringIO(''))
        self.failUnless(zipfile.error is zipfile.BadZipfile)

    def test_prefixed_archive(self):
        # data in front of the archive (as in a self-extractor)
        zf = ZipFile(StringIO.StringIO('#!/bin/sh\nexit 0\n' + KNOWN))
        self.assertEqual(zf.read('hello.txt'), 'Hello, zip world! ' * 10)


class RoundTripTestCase(unittest.TestCase):

    def setUp(self):
        self.data = ''.join(['%d zip line\n' % i for i in range(1000)])
        f = open(TESTFN2, 'wb')
        f.write(self.data)
        f.close()

    def tearDown(self):
        test_support.unlink(TESTFN2)
        test_support.unlink(test_support.TESTFN)

    def make(self, f, compression):
        zf = ZipFile(f, 'w', compression)
        zf.write(TESTFN2, 'another.name')
        zf.write(TESTFN2, TESTFN2)
        zf.writestr('strfile', self.data)
        zf.writestr('empty', '')
        zf.close()

    def check(self, f, compression):
        self.make(f, compression)
        zf = ZipFile(f, 'r')
        names = zf.namelist()
        self.assertEqual(len(names), 4)
        self.failUnless('another.name' in names)
        self.failUnless('strfile' in names)
        self.assertEqual(zf.read('another.name'), self.data)
        self.assertEqual(zf.read('strfile'), self.data)
        self.assertEqual(zf.read('empty'), '')
        self.assertEqual(zf.testzip(), None)
        info = zf.getinfo('strfile')
        self.assertEqual(info.compress_type, compression)
        self.assertEqual(info.file_size, len(self.data))
        if compression == ZIP_DEFLATED:
            self.failUnless(info.compress_size < len(self.data) / 2)
        else:
            self.assertEqual(info.compress_size, len(self.data))
        zf.close()

    def test_stored_file(self):
        self.check(test_support.TESTFN, ZIP_STORED)
        self.failUnless(zipfile.is_zipfile(test_support.TESTFN))
        self.failIf(zipfile.is_zipfile(TESTFN2))

    def test_deflated_file(self):
        self.check(test_support.TESTFN, ZIP_DEFLATED)

    def test_stored_stringio(self):
        self.check(StringIO.StringIO(), ZIP_STORED)

    def test_deflated_stringio(self):
        self.check(StringIO.StringIO(), ZIP_DEFLATED)

    def test_append(self):
        self.make(test_support.TESTFN, ZIP_DEFLATED)
        zf = ZipFile(test_support.TESTFN, 'a')
        zf.writestr('added', 'late')
        zf.close()
        zf = ZipFile(test_support.TESTFN)
        self.assertEqual(len(zf.namelist()), 5)
        self.assertEqual(zf.read('added'), 'late')
        self.assertEqual(zf.read('strfile'), self.data)
        zf.close()

    def test_append_to_non_zip(self):
        f = open(test_support.TESTFN, 'wb')
        f.write('some leading data\n')
        f.close()
        zf = ZipFile(test_support.TESTFN, 'a')
        zf.writestr('member', 'abc')
        zf.close()
        self.assertEqual(open(test_support.TESTFN, 'rb').read(18),
                         'some leading data\n')
        zf = ZipFile(test_support.TESTFN)
        self.assertEqual(zf.read('member'), 'abc')
        zf.close()

    def test_zipinfo_written(self):
        f = StringIO.StringIO()
        zf = ZipFile(f, 'w')
        zi = ZipInfo('dated.txt', (1999, 12, 31, 23, 59, 58))
        zi.compress_type = ZIP_DEFLATED
        zi.comment = 'a comment'
        zf.writestr(zi, 'x' * 100)
        zf.close()
        zf = ZipFile(f)
        info = zf.getinfo('dated.txt')
        self.assertEqual(info.date_time, (1999, 12, 31, 23, 59, 58))
        self.assertEqual(info.comment, 'a comment')
        self.assertEqual(info.compress_type, ZIP_DEFLATED)
        self.assertEqual(zf.read('dated.txt'), 'x' * 100)

    def test_closed_and_modes(self):
        f = StringIO.StringIO()
        zf = ZipFile(f, 'w')
        zf.writestr('a', 'b')
        self.assertRaises(RuntimeError, zf.read, 'a')
        zf.close()
        self.assertRaises(RuntimeError, zf.writestr, 'c', 'd')
        self.assertRaises(RuntimeError, ZipFile, f, 'x')
        self.assertRaises(RuntimeError, ZipFile, f, 'w', 99)


def test_main():
    test_support.run_unittest(KnownArchiveTestCase, RoundTripTestCase)

if __name__ == "__main__":
    test_main()
