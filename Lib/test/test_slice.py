"""Tests for slice objects and Ellipsis."""
import sys
import unittest
from test import test_support


class SliceTest(unittest.TestCase):

    def test_constructor(self):
        self.assertEqual(repr(slice(3)), 'slice(None, 3, None)')
        self.assertEqual(repr(slice(1, 5, 2)), 'slice(1, 5, 2)')
        self.assertEqual(repr(slice('a', [], None)), "slice('a', [], None)")
        self.assertRaises(TypeError, slice)
        self.assertRaises(TypeError, slice, 1, 2, 3, 4)
        s = slice(1, 2, 3)
        self.assertEqual((s.start, s.stop, s.step), (1, 2, 3))
        self.assertRaises(TypeError, setattr, s, 'start', 5)

    def test_indices(self):
        self.assertEqual(slice(None).indices(5), (0, 5, 1))
        self.assertEqual(slice(-2, None).indices(5), (3, 5, 1))
        self.assertEqual(slice(None, None, -1).indices(5), (4, -1, -1))
        self.assertEqual(slice(10, 20).indices(5), (5, 5, 1))
        self.assertEqual(slice(-100, 100, 2).indices(5), (0, 5, 2))
        self.assertEqual(slice(2 ** 70, None).indices(5), (5, 5, 1))
        self.assertEqual(slice(None, None, -2 ** 70).indices(5)[0], 4)
        try:
            slice(None, None, 0).indices(5)
        except ValueError, e:
            self.assertEqual(str(e), 'slice step cannot be zero')
        else:
            self.fail('zero step accepted')
        self.assertRaises(TypeError, slice('a').indices, 5)

    def test_compare(self):
        self.assertEqual(slice(1, 2), slice(1, 2))
        self.assertNotEqual(slice(1, 2), slice(1, 3))
        self.assert_(slice(1, 2) < slice(1, 3))

    def test_ellipsis(self):
        self.assertEqual(repr(Ellipsis), 'Ellipsis')
        class C(object):
            def __getitem__(self, k):
                return k
        self.assert_(C()[...] is Ellipsis)
        self.assertEqual(C()[1:2, ...], (slice(1, 2, None), Ellipsis))

    def test_extended_slicing(self):
        l = range(10)
        self.assertEqual(l[slice(1, 8, 3)], [1, 4, 7])
        self.assertEqual('abcdef'[::-2], 'fdb')
        self.assertEqual(l[sys.maxint:], [])
        self.assertEqual(l[-sys.maxint - 1:2], [0, 1])


def test_main():
    test_support.run_unittest(SliceTest)

if __name__ == '__main__':
    test_main()
