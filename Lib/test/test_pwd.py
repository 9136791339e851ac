import unittest
import os
from test import test_support

import pwd


class PwdTest(unittest.TestCase):

    def test_getpwall(self):
        entries = pwd.getpwall()
        self.assert_(len(entries) > 0)
        for e in entries:
            self.assertEqual(len(e), 7)
            self.assertEqual(e[0], e.pw_name)
            self.assertEqual(e[1], e.pw_passwd)
            self.assertEqual(e[2], e.pw_uid)
            self.assertEqual(e[3], e.pw_gid)
            self.assertEqual(e[4], e.pw_gecos)
            self.assertEqual(e[5], e.pw_dir)
            self.assertEqual(e[6], e.pw_shell)
            self.assert_(isinstance(e.pw_name, str))
            self.assert_(isinstance(e.pw_uid, int))
            self.assert_(isinstance(e, pwd.struct_passwd))

    def test_lookups_agree(self):
        me = pwd.getpwuid(os.getuid())
        self.assertEqual(me.pw_uid, os.getuid())
        self.assertEqual(pwd.getpwnam(me.pw_name).pw_uid, me.pw_uid)
        self.assertEqual(tuple(me)[2], os.getuid())

    def test_errors(self):
        self.assertRaises(TypeError, pwd.getpwuid)
        self.assertRaises(TypeError, pwd.getpwnam, 42)
        self.assertRaises(TypeError, pwd.getpwall, 42)
        used = {}
        for e in pwd.getpwall():
            used[e.pw_uid] = 1
        fake = 1
        while fake in used:
            fake += 1
        try:
            pwd.getpwuid(fake)
        except KeyError, err:
            self.assertEqual(err.args[0],
                             'getpwuid(): uid not found: %d' % fake)
        else:
            self.fail("no KeyError")
        try:
            pwd.getpwnam('no such user x')
        except KeyError, err:
            self.assertEqual(err.args[0],
                             'getpwnam(): name not found: no such user x')
        else:
            self.fail("no KeyError")


def test_main():
    test_support.run_unittest(PwdTest)


if __name__ == '__main__':
    test_main()
