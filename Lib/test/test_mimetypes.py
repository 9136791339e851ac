"""Tests for mimetypes, imghdr and sndhdr."""

import os
import unittest
import tempfile
from StringIO import StringIO
from test import test_support

import mimetypes
import imghdr
import sndhdr


class MimeTypesTests(unittest.TestCase):

    def setUp(self):
        self.db = mimetypes.MimeTypes()

    def test_guess_type(self):
        self.assertEqual(self.db.guess_type("foo.html"), ("text/html", None))
        self.assertEqual(self.db.guess_type("foo.tar.gz"),
                         ("application/x-tar", "gzip"))
        self.assertEqual(self.db.guess_type("foo.tgz"),
                         ("application/x-tar", "gzip"))
        self.assertEqual(self.db.guess_type("http://host/x/IMG.PNG"),
                         ("image/png", None))
        self.assertEqual(self.db.guess_type("noext"), (None, None))
        self.assertEqual(self.db.guess_type("data:image/gif;base64,R0lG"),
                         ("image/gif", None))
        self.assertEqual(self.db.guess_type("x.rtf"), (None, None))
        self.assertEqual(self.db.guess_type("x.rtf", strict=False),
                         ("application/rtf", None))

    def test_extensions(self):
        self.failUnless(".jpg" in self.db.guess_all_extensions("image/jpeg"))
        self.assertEqual(self.db.guess_extension("image/png"), ".png")
        self.assertEqual(self.db.guess_extension("no/such"), None)

    def test_add_and_read(self):
        self.db.add_type("application/x-demo", ".demo")
        self.assertEqual(self.db.guess_type("a.demo"),
                         ("application/x-demo", None))
        self.db.readfp(StringIO("# comment\ntext/x-thing thing thg\n"))
        self.assertEqual(self.db.guess_type("a.thg"), ("text/x-thing", None))
        name = tempfile.mktemp()
        f = open(name, "w")
        f.write("image/x-ok ok\n")
        f.close()
        try:
            self.assertEqual(mimetypes.read_mime_types(name),
                             {".ok": "image/x-ok"})
        finally:
            os.unlink(name)
        self.assertEqual(mimetypes.read_mime_types(name), None)

    def test_module_functions(self):
        self.assertEqual(mimetypes.guess_type("a.txt"), ("text/plain", None))
        self.assertEqual(mimetypes.types_map[".gif"], "image/gif")
        self.assertEqual(mimetypes.encodings_map[".bz2"], "bzip2")


class HeaderSniffTests(unittest.TestCase):

    def test_imghdr(self):
        self.assertEqual(imghdr.what(None, "GIF89a" + "\0" * 10), "gif")
        self.assertEqual(imghdr.what(None, "\x89PNG\r\n\x1a\n" + "\0" * 8),
                         "png")
        self.assertEqual(imghdr.what(None, "\xff\xd8\xff\xe0\0\x10JFIF\0"),
                         "jpeg")
        self.assertEqual(imghdr.what(None, "BM" + "\0" * 20), "bmp")
        self.assertEqual(imghdr.what(None, "P6 1 1 255\n"), "ppm")
        self.assertEqual(imghdr.what(None, "nothing here"), None)
        f = StringIO("xxGIF87a")
        f.read(2)
        self.assertEqual(imghdr.what(f), "gif")
        self.assertEqual(f.tell(), 2)

    def test_sndhdr(self):
        import struct
        name = tempfile.mktemp()
        f = open(name, "wb")
        f.write(".snd" + struct.pack(">5L", 24, 800, 3, 8000, 1) + "\0" * 800)
        f.close()
        try:
            self.assertEqual(sndhdr.what(name), ("au", 8000, 1, 400, 16))
        finally:
            os.unlink(name)


def test_main():
    test_support.run_unittest(MimeTypesTests, HeaderSniffTests)

if __name__ == "__main__":
    test_main()
