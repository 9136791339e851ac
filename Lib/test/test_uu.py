import unittest
import os
import sys
import StringIO
from test import test_support

import uu

PLAIN = "The smooth-scaled python crept over the sleeping dog\n"
ENCODED = """\
M5&AE('-M;V]T:\"US8V%L960@<'ET:&]N(&-R97!T(&]V97(@=&AE('-L965P
(:6YG(&1O9PH 
"""


class UUTest(unittest.TestCase):

    def test_encode(self):
        out = StringIO.StringIO()
        uu.encode(StringIO.StringIO(PLAIN), out, "t1", 0666)
        self.assertEqual(out.getvalue(), "begin 666 t1\n" + ENCODED + " \nend\n")

    def test_defaults(self):
        out = StringIO.StringIO()
        uu.encode(StringIO.StringIO(""), out)
        self.assertEqual(out.getvalue(), "begin 666 -\n \nend\n")

    def test_roundtrip(self):
        data = ''.join([chr(i) for i in range(256)]) * 3
        enc = StringIO.StringIO()
        uu.encode(StringIO.StringIO(data), enc, "x", 0600)
        self.assert_(enc.getvalue().startswith("begin 600 x\n"))
        dec = StringIO.StringIO()
        uu.decode(StringIO.StringIO(enc.getvalue()), dec)
        self.assertEqual(dec.getvalue(), data)

    def test_decode_skips_garbage(self):
        text = "junk line\nbegin here\nbegin 644 f\n" + \
               ENCODED + " \nend\n"
        out = StringIO.StringIO()
        uu.decode(StringIO.StringIO(text), out)
        self.assertEqual(out.getvalue(), PLAIN)

    def test_errors(self):
        self.assertRaises(uu.Error, uu.decode,
                          StringIO.StringIO("nothing here\n"),
                          StringIO.StringIO())
        self.assertRaises(uu.Error, uu.decode,
                          StringIO.StringIO("begin 644 f\nM5&AE\n"),
                          StringIO.StringIO())

    def test_files(self):
        src = test_support.TESTFN + ".src"
        enc = test_support.TESTFN + ".uu"
        dst = test_support.TESTFN + ".dst"
        try:
            f = open(src, "wb")
            f.write(PLAIN)
            f.close()
            os.chmod(src, 0640)
            uu.encode(src, enc)
            text = open(enc).read()
            self.assert_(text.startswith("begin 640 %s\n" %
                                         os.path.basename(src)), text)
            uu.decode(enc, dst)
            self.assertEqual(open(dst, "rb").read(), PLAIN)
            # The name on the begin line is used, and never overwritten.
            text = text.replace(os.path.basename(src), dst, 1)
            self.assertRaises(uu.Error, uu.decode, StringIO.StringIO(text))
            os.unlink(dst)
            uu.decode(StringIO.StringIO(text))
            self.assertEqual(open(dst, "rb").read(), PLAIN)
        finally:
            for n in (src, enc, dst):
                if os.path.exists(n):
                    os.unlink(n)


def test_main():
    test_support.run_unittest(UUTest)

if __name__ == "__main__":
    test_main()
