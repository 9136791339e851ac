import unittest
import StringIO
from test import test_support

import ConfigParser


SAMPLE = """\
[DEFAULT]
base = /srv
Shared: yes

[Foo Bar]
foo=bar
baz = qux ; an inline comment
semi = a;b
# a comment
; another comment
long: first line
   second line
  third line
empty = ""
REM this line is a comment too

[Spaces]
key with spaces = value
another with spaces: splat!

[Numbers]
int = 42
float = 2.5
t1 = Yes
t2 = on
t3 = 1
t4 = TRUE
f1 = no
f2 = off
f3 = 0
f4 = False
bad = maybe
"""

INTERP = """\
[DEFAULT]
home = /home/%(user)s
user = joe

[paths]
user = ann
docs = %(home)s/docs
Mixed = %(HOME)s
pct = 100%%
loop1 = %(loop2)s
loop2 = %(loop1)s
missing = %(nothere)s
"""


class RawTest(unittest.TestCase):

    def parser(self, text=SAMPLE, cls=ConfigParser.RawConfigParser, **kw):
        cp = cls(**kw)
        cp.readfp(StringIO.StringIO(text))
        return cp

    def test_sections(self):
        cp = self.parser()
        names = cp.sections()
        names.sort()
        self.assertEqual(names, ["Foo Bar", "Numbers", "Spaces"])
        self.assert_(cp.has_section("Spaces"))
        self.failIf(cp.has_section("DEFAULT"))
        self.failIf(cp.has_section("spaces"))

    def test_values(self):
        cp = self.parser()
        self.assertEqual(cp.get("Foo Bar", "foo"), "bar")
        self.assertEqual(cp.get("Foo Bar", "baz"), "qux")
        self.assertEqual(cp.get("Foo Bar", "semi"), "a;b")
        self.assertEqual(cp.get("Foo Bar", "long"),
                         "first line\nsecond line\nthird line")
        self.assertEqual(cp.get("Foo Bar", "empty"), "")
        self.assertEqual(cp.get("Spaces", "key with spaces"), "value")
        self.assertEqual(cp.get("Spaces", "Another With Spaces"), "splat!")

    def test_defaults(self):
        cp = self.parser()
        self.assertEqual(cp.get("Spaces", "base"), "/srv")
        self.assertEqual(cp.get("Spaces", "shared"), "yes")
        self.assertEqual(cp.defaults(), {"base": "/srv", "shared": "yes"})
        self.assert_(cp.has_option("Spaces", "base"))
        self.assert_(cp.has_option("", "base"))
        self.assert_(cp.has_option("DEFAULT", "base"))
        self.failIf(cp.has_option("", "foo"))
        self.failIf(cp.has_option("Nowhere", "base"))
        opts = cp.options("Spaces")
        opts.sort()
        self.assertEqual(opts, ["another with spaces", "base",
                                "key with spaces", "shared"])
        self.assertEqual(cp.get("DEFAULT", "base"), "/srv")

    def test_constructor_defaults(self):
        cp = ConfigParser.RawConfigParser({"Alpha": "1"})
        cp.add_section("s")
        self.assertEqual(cp.get("s", "alpha"), "1")

    def test_items(self):
        cp = self.parser()
        items = cp.items("Spaces")
        items.sort()
        self.assertEqual(items, [("another with spaces", "splat!"),
                                 ("base", "/srv"),
                                 ("key with spaces", "value"),
                                 ("shared", "yes")])

    def test_conversions(self):
        cp = self.parser()
        self.assertEqual(cp.getint("Numbers", "int"), 42)
        self.assertEqual(cp.getfloat("Numbers", "float"), 2.5)
        for name in ("t1", "t2", "t3", "t4"):
            self.assert_(cp.getboolean("Numbers", name) is True)
        for name in ("f1", "f2", "f3", "f4"):
            self.assert_(cp.getboolean("Numbers", name) is False)
        self.assertRaises(ValueError, cp.getboolean, "Numbers", "bad")
        self.assertRaises(ValueError, cp.getint, "Numbers", "float")

    def test_errors(self):
        cp = self.parser()
        try:
            cp.get("Nope", "x")
        except ConfigParser.NoSectionError, e:
            self.assertEqual(e.section, "Nope")
            self.assertEqual(str(e), "No section: 'Nope'")
        else:
            self.fail("NoSectionError not raised")
        try:
            cp.get("Spaces", "missing")
        except ConfigParser.NoOptionError, e:
            self.assertEqual(e.section, "Spaces")
            self.assertEqual(e.option, "missing")
            self.assertEqual(str(e),
                             "No option 'missing' in section: 'Spaces'")
        else:
            self.fail("NoOptionError not raised")
        self.assertRaises(ConfigParser.NoSectionError, cp.options, "x")
        self.assertRaises(ConfigParser.NoSectionError, cp.items, "x")
        self.assertRaises(ConfigParser.NoSectionError, cp.set, "x", "a", "b")
        self.assertRaises(ConfigParser.DuplicateSectionError,
                          cp.add_section, "Spaces")
        self.assert_(issubclass(ConfigParser.NoSectionError,
                                ConfigParser.Error))

    def test_parsing_errors(self):
        try:
            self.parser("no header = here\n")
        except ConfigParser.MissingSectionHeaderError, e:
            self.assertEqual(e.lineno, 1)
            self.assertEqual(e.line, "no header = here\n")
            self.assert_(isinstance(e, ConfigParser.ParsingError))
        else:
            self.fail("MissingSectionHeaderError not raised")
        try:
            self.parser("[s]\nok = 1\nnot an option\nalso bad\n",
                        cls=ConfigParser.RawConfigParser)
        except ConfigParser.ParsingError, e:
            self.assertEqual([n for n, l in e.errors], [3, 4])
            self.assert_(str(e).startswith("File contains parsing errors"))
        else:
            self.fail("ParsingError not raised")

    def test_modify(self):
        cp = self.parser()
        cp.set("Spaces", "New", "v")
        self.assertEqual(cp.get("Spaces", "new"), "v")
        self.assert_(cp.remove_option("Spaces", "new"))
        self.failIf(cp.remove_option("Spaces", "new"))
        cp.set("", "dflt", "d")
        self.assertEqual(cp.get("Numbers", "dflt"), "d")
        self.assert_(cp.remove_section("Numbers"))
        self.failIf(cp.remove_section("Numbers"))
        self.failIf(cp.has_section("Numbers"))

    def test_optionxform(self):
        cp = ConfigParser.RawConfigParser()
        cp.optionxform = str
        cp.readfp(StringIO.StringIO("[s]\nCamel = 1\n"))
        self.assertEqual(cp.options("s"), ["Camel"])
        self.assertRaises(ConfigParser.NoOptionError, cp.get, "s", "camel")

    def test_write_roundtrip(self):
        cp = self.parser()
        out = StringIO.StringIO()
        cp.write(out)
        text = out.getvalue()
        self.assert_(text.startswith("[DEFAULT]\n"))
        self.assert_("long = first line\n\tsecond line\n\tthird line\n"
                     in text)
        cp2 = self.parser(text)
        for section in cp.sections():
            a = cp.items(section)
            b = cp2.items(section)
            a.sort()
            b.sort()
            self.assertEqual(a, b)

    def test_read_files(self):
        fn = test_support.TESTFN
        f = open(fn, "w")
        f.write("[s]\na = 1\n")
        f.close()
        try:
            cp = ConfigParser.RawConfigParser()
            got = cp.read([fn, fn + ".does-not-exist"])
            self.assertEqual(got, [fn])
            self.assertEqual(cp.get("s", "a"), "1")
            self.assertEqual(cp.read(fn), [fn])
        finally:
            import os
            os.remove(fn)

    def test_raw_no_interpolation(self):
        cp = self.parser(INTERP)
        self.assertEqual(cp.get("paths", "docs"), "%(home)s/docs")


class InterpolationTest(unittest.TestCase):

    cls = ConfigParser.ConfigParser

    def parser(self):
        cp = self.cls()
        cp.readfp(StringIO.StringIO(INTERP))
        return cp

    def test_basic(self):
        cp = self.parser()
        # %(user)s in the default resolves in the section asked about.
        self.assertEqual(cp.get("paths", "docs"), "/home/ann/docs")
        self.assertEqual(cp.get("paths", "mixed"), "/home/ann")
        self.assertEqual(cp.get("DEFAULT", "home"), "/home/joe")
        self.assertEqual(cp.get("paths", "docs", raw=True), "%(home)s/docs")
        self.assertEqual(cp.get("paths", "docs", vars={"User": "kim"}),
                         "/home/kim/docs")

    # ConfigParser only applies % to values holding a "%(" reference.
    pct_result = "100%%"

    def test_percent(self):
        cp = self.parser()
        self.assertEqual(cp.get("paths", "pct"), self.pct_result)

    def test_depth(self):
        cp = self.parser()
        self.assertRaises(ConfigParser.InterpolationDepthError,
                          cp.get, "paths", "loop1")

    def test_missing(self):
        cp = self.parser()
        try:
            cp.get("paths", "missing")
        except ConfigParser.InterpolationMissingOptionError, e:
            self.assertEqual(e.reference, "nothere")
            self.assertEqual(e.option, "missing")
            self.assertEqual(e.section, "paths")
            self.assert_(isinstance(e, ConfigParser.InterpolationError))
        else:
            self.fail("InterpolationMissingOptionError not raised")

    def test_items(self):
        cp = self.parser()
        d = dict(cp.items("paths", raw=True))
        self.assertEqual(d["docs"], "%(home)s/docs")
        cp.remove_option("paths", "missing")
        cp.remove_option("paths", "loop1")
        cp.remove_option("paths", "loop2")
        d = dict([(k, v) for k, v in cp.items("paths", vars={'x': '1'})
                  if k in ("docs", "x")])
        self.assertEqual(d, {"docs": "/home/ann/docs", "x": "1"})


class SafeInterpolationTest(InterpolationTest):

    cls = ConfigParser.SafeConfigParser
    pct_result = "100%"

    def test_items(self):
        cp = self.cls()
        cp.readfp(StringIO.StringIO("[s]\na = %(b)s!\nb = B\n"))
        d = dict(cp.items("s"))
        self.assertEqual(d, {"a": "B!", "b": "B"})

    def test_syntax_errors(self):
        cp = self.cls()
        cp.readfp(StringIO.StringIO("[s]\na = 5% off\nb = %(oops\n"))
        self.assertRaises(ConfigParser.InterpolationSyntaxError,
                          cp.get, "s", "a")
        self.assertRaises(ConfigParser.InterpolationSyntaxError,
                          cp.get, "s", "b")
        self.assertEqual(cp.get("s", "a", raw=True), "5% off")

    def test_set_requires_string(self):
        cp = self.cls()
        cp.add_section("s")
        self.assertRaises(TypeError, cp.set, "s", "n", 1)
        cp.set("s", "n", "1")
        self.assertEqual(cp.getint("s", "n"), 1)


def test_main():
    test_support.run_unittest(RawTest, InterpolationTest,
                              SafeInterpolationTest)

if __name__ == "__main__":
    test_main()
