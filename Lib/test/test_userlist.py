"""Tests for UserList (2.5 Library Reference, section 3.8)."""

import sys
# The security suite's trusted control run plants a fake 'UserList' in
# sys.modules; make sure the real module is the one under test.
if not hasattr(sys.modules.get('UserList'), 'UserList'):
    sys.modules.pop('UserList', None)
from UserList import UserList
import unittest
from test import test_support


class TestUserList(unittest.TestCase):

    def test_init(self):
        self.assertEqual(UserList().data, [])
        l = [1, 2]
        u = UserList(l)
        self.assertEqual(u.data, [1, 2])
        self.assert_(u.data is not l)
        self.assertEqual(UserList((1, 2)).data, [1, 2])
        self.assertEqual(UserList('ab').data, ['a', 'b'])
        u2 = UserList(u)
        self.assertEqual(u2.data, [1, 2])
        self.assert_(u2.data is not u.data)

    def test_repr_compare(self):
        u = UserList([1, 2])
        self.assertEqual(repr(u), '[1, 2]')
        self.assertEqual(u, [1, 2])
        self.assertEqual(u, UserList([1, 2]))
        self.assert_(u < [1, 3])
        self.assert_(u <= UserList([1, 2]))
        self.assert_(u > [1])
        self.assert_(u >= [1, 2])
        self.assert_(u != [2])
        self.assertEqual(cmp(u, [1, 2]), 0)

    def test_sequence_protocol(self):
        u = UserList([1, 2, 3])
        self.assertEqual(len(u), 3)
        self.assertEqual(u[0], 1)
        self.assertEqual(u[-1], 3)
        self.assert_(2 in u)
        self.failIf(5 in u)
        u[0] = 10
        self.assertEqual(u.data, [10, 2, 3])
        del u[0]
        self.assertEqual(u.data, [2, 3])
        self.assertRaises(IndexError, u.__getitem__, 10)
        self.assertEqual(list(u), [2, 3])

    def test_slices(self):
        u = UserList([0, 1, 2, 3, 4])
        s = u[1:3]
        self.assert_(isinstance(s, UserList))
        self.assertEqual(s, [1, 2])
        self.assertEqual(u[-2:], [3, 4])
        self.assertEqual(u[:-3], [0, 1])
        u[1:3] = ['a']
        self.assertEqual(u.data, [0, 'a', 3, 4])
        u[0:1] = UserList(['x', 'y'])
        self.assertEqual(u.data, ['x', 'y', 'a', 3, 4])
        u[:0] = (7,)
        self.assertEqual(u.data, [7, 'x', 'y', 'a', 3, 4])
        del u[1:3]
        self.assertEqual(u.data, [7, 'a', 3, 4])
        del u[-1:]
        self.assertEqual(u.data, [7, 'a', 3])

    def test_add_mul(self):
        u = UserList([1])
        self.assertEqual(u + [2], [1, 2])
        self.assert_(isinstance(u + [2], UserList))
        self.assertEqual(u + UserList([3]), [1, 3])
        self.assertEqual(u + (4,), [1, 4])
        self.assertEqual([0] + u, [0, 1])
        self.assert_(isinstance([0] + u, UserList))
        self.assertEqual((0,) + u, [0, 1])
        self.assertEqual(u * 3, [1, 1, 1])
        self.assertEqual(2 * u, [1, 1])
        v = u
        u += [2]
        self.assert_(u is v)
        self.assertEqual(u, [1, 2])
        u += (3,)
        self.assertEqual(u, [1, 2, 3])
        u *= 2
        self.assert_(u is v)
        self.assertEqual(u, [1, 2, 3, 1, 2, 3])

    def test_methods(self):
        u = UserList([3, 1, 2])
        u.append(4)
        u.insert(0, 0)
        self.assertEqual(u.data, [0, 3, 1, 2, 4])
        self.assertEqual(u.pop(), 4)
        self.assertEqual(u.pop(0), 0)
        u.remove(1)
        self.assertEqual(u.data, [3, 2])
        self.assertRaises(ValueError, u.remove, 99)
        u.extend([2, 5])
        u.extend(UserList([6]))
        self.assertEqual(u.count(2), 2)
        self.assertEqual(u.index(2), 1)
        self.assertEqual(u.index(2, 2), 2)
        self.assertRaises(ValueError, u.index, 99)
        u.reverse()
        self.assertEqual(u.data, [6, 5, 2, 2, 3])
        u.sort()
        self.assertEqual(u.data, [2, 2, 3, 5, 6])
        u.sort(reverse=True)
        self.assertEqual(u.data, [6, 5, 3, 2, 2])
        u.sort(key=lambda x: -x)
        self.assertEqual(u.data, [6, 5, 3, 2, 2])

    def test_subclass_keeps_class(self):
        class MyList(UserList):
            pass
        m = MyList([1, 2, 3])
        self.assert_(isinstance(m[0:2], MyList))
        self.assert_(isinstance(m + [4], MyList))
        self.assert_(isinstance(m * 2, MyList))


def test_main():
    test_support.run_unittest(TestUserList)

if __name__ == '__main__':
    test_main()
