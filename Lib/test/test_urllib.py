import unittest
import os
from test import test_support

import urllib


class QuotingTest(unittest.TestCase):

    def test_never_quoted(self):
        safe = ('ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                'abcdefghijklmnopqrstuvwxyz0123456789_.-')
        self.assertEqual(urllib.quote(safe), safe)
        self.assertEqual(urllib.quote_plus(safe), safe)

    def test_quote(self):
        self.assertEqual(urllib.quote("/a b/c"), "/a%20b/c")
        self.assertEqual(urllib.quote("/a b/c", ""), "%2Fa%20b%2Fc")
        self.assertEqual(urllib.quote("a&b=c", "&="), "a&b=c")
        self.assertEqual(urllib.quote("~\x00\xff"), "%7E%00%FF")
        for i in range(256):
            c = chr(i)
            if c not in urllib.always_safe + "/":
                self.assertEqual(urllib.quote(c), "%%%02X" % i)

    def test_quote_plus(self):
        self.assertEqual(urllib.quote_plus("a b+c/d"), "a+b%2Bc%2Fd")
        self.assertEqual(urllib.quote_plus("a b/c", "/"), "a+b/c")

    def test_unquote(self):
        self.assertEqual(urllib.unquote("%41%42c"), "ABc")
        self.assertEqual(urllib.unquote("%7e%7E"), "~~")
        self.assertEqual(urllib.unquote("100%"), "100%")
        self.assertEqual(urllib.unquote("%zz%4"), "%zz%4")
        self.assertEqual(urllib.unquote("a+b"), "a+b")
        self.assertEqual(urllib.unquote_plus("a+b%2B"), "a b+")
        for i in range(256):
            s = chr(i) * 3
            self.assertEqual(urllib.unquote(urllib.quote(s)), s)
            self.assertEqual(urllib.unquote_plus(urllib.quote_plus(s)), s)

    def test_urlencode(self):
        self.assertEqual(urllib.urlencode([("a", 1), ("b c", "d&e")]),
                         "a=1&b+c=d%26e")
        self.assertEqual(urllib.urlencode({"k": "v"}), "k=v")
        self.assertEqual(urllib.urlencode([("k", [1, 2])]),
                         "k=%5B1%2C+2%5D")
        self.assertEqual(urllib.urlencode([("k", [1, 2])], True), "k=1&k=2")
        self.assertEqual(urllib.urlencode([("k", "ab")], True), "k=ab")
        self.assertEqual(urllib.urlencode([("k", 5)], True), "k=5")
        self.assertEqual(urllib.urlencode([]), "")
        self.assertRaises(TypeError, urllib.urlencode, "abc")

    def test_paths(self):
        self.assertEqual(urllib.pathname2url("/a b/c"), "/a%20b/c")
        self.assertEqual(urllib.url2pathname("/a%20b/c"), "/a b/c")


class SplitTest(unittest.TestCase):

    def test_split(self):
        self.assertEqual(urllib.splittype("HTTP://h/p"), ("http", "//h/p"))
        self.assertEqual(urllib.splittype("/no/type"), (None, "/no/type"))
        self.assertEqual(urllib.splithost("//h:80/p?q"), ("h:80", "/p?q"))
        self.assertEqual(urllib.splithost("/p"), (None, "/p"))
        self.assertEqual(tuple(urllib.splituser("u:pw@host")),
                         ("u:pw", "host"))
        self.assertEqual(urllib.splituser("host"), (None, "host"))
        self.assertEqual(urllib.splitpasswd("u:pw"), ("u", "pw"))
        self.assertEqual(urllib.splitpasswd("u"), ("u", None))
        self.assertEqual(urllib.splitport("h:80"), ("h", "80"))
        self.assertEqual(urllib.splitport("h"), ("h", None))
        self.assertEqual(urllib.splitnport("h:80"), ("h", 80))
        self.assertEqual(urllib.splitnport("h:x"), ("h", None))
        self.assertEqual(urllib.splitnport("h", 21), ("h", 21))
        self.assertEqual(urllib.splitquery("/p?a=1"), ("/p", "a=1"))
        self.assertEqual(urllib.splitquery("/p"), ("/p", None))
        self.assertEqual(urllib.splittag("/p#t"), ("/p", "t"))
        self.assertEqual(urllib.splitattr("/p;a=1;b"), ("/p", ["a=1", "b"]))
        self.assertEqual(urllib.splitvalue("a=1"), ("a", "1"))
        self.assertEqual(urllib.splitvalue("a"), ("a", None))

    def test_unwrap(self):
        self.assertEqual(urllib.unwrap(" <URL:http://a/> "), "http://a/")
        self.assertEqual(urllib.unwrap("<http://a/>"), "http://a/")

    def test_toBytes(self):
        self.assertEqual(urllib.toBytes(u"http://a"), "http://a")
        self.assertRaises(UnicodeError, urllib.toBytes, u"http://\xe9")

    def test_basejoin(self):
        self.assertEqual(urllib.basejoin("http://a/b/c", "d"), "http://a/b/d")


class OpenTest(unittest.TestCase):

    def setUp(self):
        f = open(test_support.TESTFN, "wb")
        f.write("line one\nline two\n")
        f.close()
        self.path = os.path.abspath(test_support.TESTFN)

    def tearDown(self):
        os.remove(test_support.TESTFN)

    def test_urlopen_file(self):
        for url in ("file://" + urllib.pathname2url(self.path), self.path):
            f = urllib.urlopen(url)
            self.assertEqual(f.readline(), "line one\n")
            self.assertEqual(f.read(), "line two\n")
            self.assertEqual(f.info()["Content-Length"], "18")
            self.assert_(f.geturl().startswith("file:"))
            f.close()

    def test_urlopen_unsupported(self):
        self.assertRaises(IOError, urllib.urlopen, "gopher://x/y")

    def test_urlretrieve(self):
        name, headers = urllib.urlretrieve(self.path)
        self.assertEqual(name, self.path)
        target = test_support.TESTFN + ".copy"
        calls = []
        try:
            name, headers = urllib.urlretrieve(
                self.path, target, lambda *a: calls.append(a))
            self.assertEqual(open(target).read(), "line one\nline two\n")
            self.assert_(calls)
        finally:
            if os.path.exists(target):
                os.remove(target)


def test_main():
    test_support.run_unittest(QuotingTest, SplitTest, OpenTest)

if __name__ == "__main__":
    test_main()
