import unittest
import os
import sys
import StringIO
from test import test_support

import getpass


class GetuserTest(unittest.TestCase):

    def setUp(self):
        self.saved = {}
        for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
            self.saved[name] = os.environ.get(name)
            if name in os.environ:
                del os.environ[name]

    def tearDown(self):
        for name, value in self.saved.items():
            if value is None:
                if name in os.environ:
                    del os.environ[name]
            else:
                os.environ[name] = value

    def test_environment_order(self):
        os.environ['USERNAME'] = 'dave'
        self.assertEqual(getpass.getuser(), 'dave')
        os.environ['LNAME'] = 'carol'
        self.assertEqual(getpass.getuser(), 'carol')
        os.environ['USER'] = 'bob'
        self.assertEqual(getpass.getuser(), 'bob')
        os.environ['LOGNAME'] = 'alice'
        self.assertEqual(getpass.getuser(), 'alice')

    def test_database(self):
        name = getpass.getuser()
        self.assert_(isinstance(name, str) and name)


class GetpassTest(unittest.TestCase):

    def test_not_a_tty(self):
        saved = sys.stdin, sys.stderr
        sys.stdin = StringIO.StringIO("secret\nnext\n")
        sys.stderr = err = StringIO.StringIO()
        out = StringIO.StringIO()
        try:
            self.assertEqual(getpass.getpass("PW: ", out), "secret")
        finally:
            sys.stdin, sys.stderr = saved
        self.assertEqual(out.getvalue(), "PW: ")
        self.assert_("Warning" in err.getvalue())

    def test_eof(self):
        saved = sys.stdin, sys.stderr
        sys.stdin = StringIO.StringIO("")
        sys.stderr = StringIO.StringIO()
        try:
            self.assertRaises(EOFError, getpass.getpass, "", StringIO.StringIO())
        finally:
            sys.stdin, sys.stderr = saved


def test_main():
    test_support.run_unittest(GetuserTest, GetpassTest)

if __name__ == "__main__":
    test_main()
