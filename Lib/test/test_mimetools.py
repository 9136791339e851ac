import unittest
import StringIO
from test import test_support

import mimetools


class MimeToolsTest(unittest.TestCase):

    def test_message(self):
        m = mimetools.Message(StringIO.StringIO(
            "Content-Type: Text/HTML; Charset=\"UTF-8\"; format = flowed\n"
            "Content-Transfer-Encoding: Base64\n"
            "\n"
            "body\n"))
        self.assertEqual(m.gettype(), "text/html")
        self.assertEqual(m.getmaintype(), "text")
        self.assertEqual(m.getsubtype(), "html")
        self.assertEqual(m.getplist(), ['charset="UTF-8"', 'format=flowed'])
        self.assertEqual(m.getparam("charset"), "UTF-8")
        self.assertEqual(m.getparam("CHARSET"), "UTF-8")
        self.assertEqual(m.getparam("format"), "flowed")
        self.assertEqual(m.getparam("missing"), None)
        self.assertEqual(m.getparamnames(), ["charset", "format"])
        self.assertEqual(m.getencoding(), "base64")
        self.assertEqual(m.fp.read(), "body\n")

    def test_defaults(self):
        m = mimetools.Message(StringIO.StringIO("Subject: x\n\n"))
        self.assertEqual(m.gettype(), "text/plain")
        self.assertEqual(m.getencoding(), "7bit")
        self.assertEqual(m.getplist(), [])

    def test_boundary(self):
        seen = {}
        for i in range(20):
            b = mimetools.choose_boundary()
            self.failIf(b in seen)
            seen[b] = 1

    def test_codecs(self):
        data = "Some data \xff\x00 with = signs\n" * 3
        for encoding in ("base64", "quoted-printable", "uuencode", "7bit",
                         "8bit"):
            enc = StringIO.StringIO()
            mimetools.encode(StringIO.StringIO(data), enc, encoding)
            dec = StringIO.StringIO()
            mimetools.decode(StringIO.StringIO(enc.getvalue()), dec, encoding)
            self.assertEqual(dec.getvalue(), data, encoding)
        self.assertRaises(ValueError, mimetools.decode, StringIO.StringIO(),
                          StringIO.StringIO(), "x-unknown")
        self.assertRaises(ValueError, mimetools.encode, StringIO.StringIO(),
                          StringIO.StringIO(), "x-unknown")

    def test_copy(self):
        text = "line 1\nline 2\n" * 100
        out = StringIO.StringIO()
        mimetools.copyliteral(StringIO.StringIO(text), out)
        self.assertEqual(out.getvalue(), text)
        out = StringIO.StringIO()
        mimetools.copybinary(StringIO.StringIO(text), out)
        self.assertEqual(out.getvalue(), text)


def test_main():
    test_support.run_unittest(MimeToolsTest)

if __name__ == "__main__":
    test_main()
