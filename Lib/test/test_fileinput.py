import unittest
import os
import sys
import StringIO
from test import test_support

import fileinput

TESTFN = test_support.TESTFN


def write(name, text):
    f = open(name, "w")
    f.write(text)
    f.close()


class FileInputTest(unittest.TestCase):

    def setUp(self):
        self.names = []
        for i, text in enumerate(["a1\na2\n", "", "c1\nc2\nc3"]):
            name = "%s.%d" % (TESTFN, i)
            write(name, text)
            self.names.append(name)

    def tearDown(self):
        fileinput.close()
        for name in self.names:
            for n in (name, name + ".bak", name + ".orig"):
                if os.path.exists(n):
                    os.remove(n)

    def test_lines_and_positions(self):
        seen = []
        for line in fileinput.input(self.names):
            seen.append((line, fileinput.filename(), fileinput.lineno(),
                         fileinput.filelineno(), fileinput.isfirstline(),
                         fileinput.isstdin()))
        n0, n1, n2 = self.names
        self.assertEqual(seen, [
            ("a1\n", n0, 1, 1, True, False),
            ("a2\n", n0, 2, 2, False, False),
            ("c1\n", n2, 3, 1, True, False),
            ("c2\n", n2, 4, 2, False, False),
            ("c3", n2, 5, 3, False, False)])

    def test_single_name_and_class(self):
        fi = fileinput.FileInput(self.names[2])
        self.assertEqual(fi.readline(), "c1\n")
        self.assertEqual(fi[1], "c2\n")
        self.assertRaises(RuntimeError, fi.__getitem__, 0)
        self.assertEqual(list(fi), ["c3"])
        self.assertEqual(fi.readline(), "")
        fi.close()

    def test_nextfile(self):
        out = []
        for line in fileinput.input(self.names):
            out.append(line)
            if line == "a1\n":
                fileinput.nextfile()
        self.assertEqual(out, ["a1\n", "c1\n", "c2\n", "c3"])

    def test_already_active(self):
        fi = fileinput.input(self.names)
        fi.readline()
        self.assertRaises(RuntimeError, fileinput.input, self.names)
        fileinput.close()
        self.assertRaises(RuntimeError, fileinput.lineno)

    def test_stdin(self):
        saved = sys.stdin
        sys.stdin = StringIO.StringIO("s1\ns2\n")
        try:
            lines = []
            for line in fileinput.input(["-", self.names[0]]):
                lines.append((line, fileinput.isstdin(),
                              fileinput.filename()))
        finally:
            sys.stdin = saved
        self.assertEqual(lines, [("s1\n", True, "<stdin>"),
                                 ("s2\n", True, "<stdin>"),
                                 ("a1\n", False, self.names[0]),
                                 ("a2\n", False, self.names[0])])

    def test_inplace(self):
        name = self.names[0]
        for line in fileinput.input(name, inplace=1):
            sys.stdout.write(line.upper())
        self.assertEqual(open(name).read(), "A1\nA2\n")
        self.failIf(os.path.exists(name + ".bak"))
        for line in fileinput.input(name, inplace=1, backup=".orig"):
            sys.stdout.write("x" + line)
        self.assertEqual(open(name).read(), "xA1\nxA2\n")
        self.assertEqual(open(name + ".orig").read(), "A1\nA2\n")

    def test_openhook(self):
        opened = []
        def hook(name, mode):
            opened.append((name, mode))
            return StringIO.StringIO("hooked\n")
        lines = list(fileinput.FileInput(self.names[:1], openhook=hook))
        self.assertEqual(lines, ["hooked\n"])
        self.assertEqual(opened, [(self.names[0], "r")])
        self.assertRaises(ValueError, fileinput.FileInput, [], 1, "", 0,
                          "r", hook)
        self.assertRaises(ValueError, fileinput.FileInput, [], 0, "", 0,
                          "r", 42)
        self.assertRaises(ValueError, fileinput.FileInput, [], mode="w")

    def test_hook_encoded(self):
        write(self.names[0], "caf\xc3\xa9\n")
        hook = fileinput.hook_encoded("utf-8")
        lines = list(fileinput.FileInput(self.names[:1], openhook=hook))
        self.assertEqual(lines, [u"caf\xe9\n"])

    def test_fileno(self):
        fi = fileinput.FileInput(self.names[:1])
        self.assertEqual(fi.fileno(), -1)
        fi.readline()
        self.assert_(fi.fileno() >= 0)
        fi.close()
        self.assertEqual(fi.fileno(), -1)


def test_main():
    test_support.run_unittest(FileInputTest)

if __name__ == "__main__":
    test_main()
