"""Tests for xrange objects."""
import sys
import unittest
from test import test_support


class XrangeTest(unittest.TestCase):

    def test_basic(self):
        self.assertEqual(list(xrange(5)), [0, 1, 2, 3, 4])
        self.assertEqual(list(xrange(2, 8)), [2, 3, 4, 5, 6, 7])
        self.assertEqual(list(xrange(0, 10, 3)), [0, 3, 6, 9])
        self.assertEqual(list(xrange(10, 0, -2)), [10, 8, 6, 4, 2])
        self.assertEqual(list(xrange(5, 0)), [])
        self.assertEqual(len(xrange(0, -5, -1)), 5)
        self.assertEqual(len(xrange(0, 10 ** 9, 7)), 142857143)

    def test_repr(self):
        self.assertEqual(repr(xrange(5)), 'xrange(5)')
        self.assertEqual(repr(xrange(2, 8)), 'xrange(2, 8)')
        self.assertEqual(repr(xrange(0, 10, 3)), 'xrange(0, 12, 3)')
        self.assertEqual(repr(xrange(5, 0)), 'xrange(5, 5)')
        self.assertEqual(repr(xrange(1, 2, 10)), 'xrange(1, 11, 10)')
        self.assertEqual(repr(xrange(sys.maxint - 1, sys.maxint)),
                         'xrange(%d, %d)' % (sys.maxint - 1, sys.maxint))

    def test_indexing(self):
        x = xrange(10)
        self.assertEqual(x[5], 5)
        self.assertEqual(x[-10], 0)
        for bad in (10, -11):
            try:
                x[bad]
            except IndexError, e:
                self.assertEqual(str(e), 'xrange object index out of range')
            else:
                self.fail('bad index accepted')
        self.assertRaises(TypeError, x.__getitem__, 'a')
        self.assert_(3 in x)
        self.failIf(10 in x)

    def test_errors(self):
        self.assertRaises(ValueError, xrange, 1, 2, 0)
        try:
            xrange()
        except TypeError, e:
            self.assertEqual(str(e), 'xrange() requires 1-3 int arguments')
        try:
            xrange(-sys.maxint, sys.maxint)
        except OverflowError, e:
            self.assertEqual(str(e), 'xrange() result has too many items')
        else:
            self.fail('oversized xrange accepted')
        self.assertRaises(OverflowError, xrange, 2 ** 63)
        self.assertRaises(AttributeError, getattr, xrange(3), 'start')

    def test_iteration(self):
        it = iter(xrange(3))
        self.assertEqual(type(it).__name__, 'rangeiterator')
        self.assertEqual(it.next(), 0)
        self.assertEqual(list(it), [1, 2])
        self.assertEqual(list(it), [])
        self.assertEqual(list(reversed(xrange(1, 10, 3))), [7, 4, 1])
        self.assertEqual(list(reversed(xrange(0))), [])
        self.assertEqual(sum(xrange(10 ** 5)), 4999950000)
        big = xrange(sys.maxint - 2, sys.maxint)
        self.assertEqual(list(big), [sys.maxint - 2, sys.maxint - 1])
        self.assertEqual(list(reversed(big)), [sys.maxint - 1, sys.maxint - 2])
        neg = xrange(-sys.maxint - 1, -sys.maxint + 1)
        self.assertEqual(list(neg), [-sys.maxint - 1, -sys.maxint])


def test_main():
    test_support.run_unittest(XrangeTest)

if __name__ == '__main__':
    test_main()
