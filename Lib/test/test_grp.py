import unittest
import os
from test import test_support

import grp


class GrpTest(unittest.TestCase):

    def test_getgrall(self):
        entries = grp.getgrall()
        self.assert_(len(entries) > 0)
        for e in entries:
            self.assertEqual(len(e), 4)
            self.assertEqual(e[0], e.gr_name)
            self.assertEqual(e[1], e.gr_passwd)
            self.assertEqual(e[2], e.gr_gid)
            self.assertEqual(e[3], e.gr_mem)
            self.assert_(isinstance(e.gr_mem, list))
            self.assert_(isinstance(e, grp.struct_group))

    def test_lookups_agree(self):
        mine = grp.getgrgid(os.getgid())
        self.assertEqual(mine.gr_gid, os.getgid())
        self.assertEqual(grp.getgrnam(mine.gr_name).gr_gid, mine.gr_gid)

    def test_errors(self):
        self.assertRaises(TypeError, grp.getgrgid)
        self.assertRaises(TypeError, grp.getgrnam, 42)
        used = {}
        for e in grp.getgrall():
            used[e.gr_gid] = 1
        fake = 1
        while fake in used:
            fake += 1
        try:
            grp.getgrgid(fake)
        except KeyError, err:
            self.assertEqual(err.args[0],
                             'getgrgid(): gid not found: %d' % fake)
        else:
            self.fail("no KeyError")
        try:
            grp.getgrnam('no such group x')
        except KeyError, err:
            self.assertEqual(err.args[0],
                             'getgrnam(): name not found: no such group x')
        else:
            self.fail("no KeyError")


def test_main():
    test_support.run_unittest(GrpTest)


if __name__ == '__main__':
    test_main()
