"""Tests for tarfile (2.5 API, ustar/GNU formats)."""

import os
import shutil
import tempfile
import unittest
from StringIO import StringIO
from test import test_support

import tarfile


def _member(name, data, mtime=0):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    return info, StringIO(data)


class TarInMemoryTests(unittest.TestCase):

    def make(self, mode="w", names=(("a.txt", "hello\n"),
                                    ("dir/b.txt", "second line\nmore\n"))):
        buf = StringIO()
        t = tarfile.open(fileobj=buf, mode=mode)
        for name, data in names:
            info, f = _member(name, data)
            t.addfile(info, f)
        d = tarfile.TarInfo("dir")
        d.type = tarfile.DIRTYPE
        d.mode = 0755
        t.addfile(d)
        t.close()
        buf.seek(0)
        return buf

    def test_layout(self):
        data = self.make().getvalue()
        self.assertEqual(len(data) % tarfile.RECORDSIZE, 0)
        self.assertEqual(data[:5], "a.txt")
        self.assertEqual(data[100:108], "0000644\0")
        self.assertEqual(data[124:136], "00000000006\0")
        self.assertEqual(data[156], tarfile.REGTYPE)
        self.assertEqual(data[257:265], "ustar\x0000")
        self.assertEqual(data[512:518], "hello\n")
        chk = data[148:156]
        self.assertEqual(chk[6:], "\0 ")
        self.failUnless(int(chk[:6], 8) in tarfile.calc_chksums(data[:512]))

    def test_read(self):
        t = tarfile.open(fileobj=self.make())
        self.assertEqual(t.getnames(), ["a.txt", "dir/b.txt", "dir"])
        info = t.getmember("dir/b.txt")
        self.assertEqual(info.size, 17)
        self.failUnless(info.isfile() and info.isreg())
        self.failUnless(t.getmember("dir").isdir())
        f = t.extractfile(info)
        self.assertEqual(f.readline(), "second line\n")
        self.assertEqual(f.read(), "more\n")
        f.seek(0)
        self.assertEqual(f.readlines(), ["second line\n", "more\n"])
        self.assertEqual(t.extractfile("dir"), None)
        self.assertRaises(KeyError, t.getmember, "nope")
        self.assertEqual([m.name for m in t], t.getnames())

    def test_gzip_roundtrip(self):
        buf = self.make("w:gz")
        self.assertEqual(buf.getvalue()[:2], "\037\213")
        t = tarfile.open(fileobj=StringIO(buf.getvalue()), mode="r:gz")
        self.assertEqual(t.extractfile("a.txt").read(), "hello\n")
        t = tarfile.open(fileobj=StringIO(buf.getvalue()))
        self.assertEqual(t.getnames(), ["a.txt", "dir/b.txt", "dir"])

    def test_longname(self):
        long = "x" * 60 + "/" + "y" * 70
        buf = self.make(names=((long, "data"),))
        t = tarfile.open(fileobj=buf)
        self.assertEqual(t.getnames()[0], long)
        self.assertEqual(t.extractfile(long).read(), "data")

    def test_errors(self):
        self.assertRaises(tarfile.ReadError, tarfile.open,
                          fileobj=StringIO("not a tar file" * 100))
        self.assertRaises(tarfile.CompressionError, tarfile.open,
                          fileobj=StringIO(""), mode="r:zz")
        self.assertRaises(ValueError, tarfile.TarFile, None, "x", StringIO())

    def test_filemode(self):
        self.assertEqual(tarfile.filemode(0100644), "-rw-r--r--")
        self.assertEqual(tarfile.filemode(040755), "drwxr-xr-x")


class TarOnDiskTests(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.src = os.path.join(self.dir, "src")
        os.makedirs(os.path.join(self.src, "sub"))
        f = open(os.path.join(self.src, "sub", "f.txt"), "w")
        f.write("contents\n")
        f.close()

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_add_extractall_append(self):
        name = os.path.join(self.dir, "t.tar")
        t = tarfile.open(name, "w")
        t.add(self.src, "src")
        t.close()
        self.failUnless(tarfile.is_tarfile(name))
        t = tarfile.open(name, "a")
        info, f = _member("extra.txt", "x")
        t.addfile(info, f)
        t.close()
        t = tarfile.open(name)
        self.assertEqual(sorted(t.getnames()),
                         ["extra.txt", "src", "src/sub", "src/sub/f.txt"])
        out = os.path.join(self.dir, "out")
        t.extractall(out)
        t.extract("extra.txt", out)
        t.close()
        f = open(os.path.join(out, "src", "sub", "f.txt"))
        self.assertEqual(f.read(), "contents\n")
        f.close()
        self.failUnless(os.path.isdir(os.path.join(out, "src", "sub")))
        self.failUnless(os.path.exists(os.path.join(out, "extra.txt")))
        self.failIf(tarfile.is_tarfile(os.path.join(out, "extra.txt")))


def test_main():
    test_support.run_unittest(TarInMemoryTests, TarOnDiskTests)

if __name__ == "__main__":
    test_main()
