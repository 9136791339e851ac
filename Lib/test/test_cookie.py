"""Tests for the Cookie module (2.5 output formats)."""

import unittest
from test import test_support

import Cookie


class CookieTests(unittest.TestCase):

    def test_simple_output(self):
        C = Cookie.SimpleCookie()
        C["a"] = "b"
        C["a"]["path"] = "/"
        self.assertEqual(str(C), "Set-Cookie: a=b; Path=/")
        self.assertEqual(C.output(header="Cookie:"), "Cookie: a=b; Path=/")
        self.assertEqual(C["a"].OutputString(), "a=b; Path=/")
        self.assertEqual(repr(C["a"]), "<Morsel: a='b'>")

    def test_load(self):
        C = Cookie.SimpleCookie()
        C.load("chips=ahoy; vienna=finger")
        self.assertEqual(C.output(),
                         "Set-Cookie: chips=ahoy\r\nSet-Cookie: vienna=finger")
        self.assertEqual(repr(C),
                         "<SimpleCookie: chips='ahoy' vienna='finger'>")
        self.assertEqual(C["chips"].value, "ahoy")

    def test_quoting(self):
        C = Cookie.SimpleCookie(
            'keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;";')
        self.assertEqual(C["keebler"].value,
                         'E=everybody; L="Loves"; fudge=\n;')
        self.assertEqual(str(C),
            'Set-Cookie: keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;"')
        C = Cookie.SimpleCookie()
        C["x"] = "a b"
        self.assertEqual(C["x"].coded_value, '"a b"')

    def test_attributes(self):
        C = Cookie.SimpleCookie("a=1; Path=/x; Domain=example.com; b=2")
        self.assertEqual(C["a"]["path"], "/x")
        self.assertEqual(C["a"]["domain"], "example.com")
        self.assertEqual(C["b"]["path"], "")
        C["a"]["secure"] = True
        C["a"]["max-age"] = 30
        self.assertEqual(C["a"].OutputString(),
                         "a=1; Domain=example.com; Max-Age=30; Path=/x; secure")
        self.assertEqual(C["a"].OutputString(["path"]), "a=1; Path=/x")
        self.assertRaises(Cookie.CookieError, C["a"].__setitem__, "bad", 1)
        m = Cookie.Morsel()
        self.assertRaises(Cookie.CookieError, m.set, "path", "v", "v")
        self.assertRaises(Cookie.CookieError, m.set, "a b", "v", "v")
        self.failUnless(m.isReservedKey("Expires"))

    def test_serial_smart(self):
        C = Cookie.SerialCookie()
        C["n"] = 7
        self.assertEqual(C["n"].value, 7)
        back = Cookie.SerialCookie(C.output(header="").strip())
        self.assertEqual(back["n"].value, 7)
        S = Cookie.SmartCookie()
        S["s"] = "text"
        S["l"] = [1, 2]
        self.assertEqual(S["s"].coded_value, "text")
        self.assertEqual(S["l"].value, [1, 2])
        self.failUnless(Cookie.Cookie is Cookie.SmartCookie)


def test_main():
    test_support.run_unittest(CookieTests)

if __name__ == "__main__":
    test_main()
