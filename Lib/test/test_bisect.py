"""Tests for bisect (2.5 Library Reference, section 5.7)."""

import bisect
import unittest
from test import test_support


class TestBisect(unittest.TestCase):

    def test_cases(self):
        a = [1, 2, 2, 2, 3, 5]
        self.assertEqual(bisect.bisect_left(a, 2), 1)
        self.assertEqual(bisect.bisect_right(a, 2), 4)
        self.assertEqual(bisect.bisect(a, 2), 4)
        self.assertEqual(bisect.bisect_left(a, 0), 0)
        self.assertEqual(bisect.bisect_right(a, 0), 0)
        self.assertEqual(bisect.bisect_left(a, 9), 6)
        self.assertEqual(bisect.bisect_right(a, 9), 6)
        self.assertEqual(bisect.bisect_left(a, 4), 5)
        self.assertEqual(bisect.bisect_right(a, 4), 5)
        self.assertEqual(bisect.bisect_left([], 1), 0)
        self.assertEqual(bisect.bisect_right([], 1), 0)

    def test_lo_hi(self):
        a = [1, 2, 3, 4, 5, 6]
        self.assertEqual(bisect.bisect_left(a, 5, 0, 3), 3)
        self.assertEqual(bisect.bisect_right(a, 0, 2), 2)
        self.assertEqual(bisect.bisect_right(a, 3, 1, 4), 3)
        self.assertEqual(bisect.bisect_left(a, 3, hi=2), 2)
        self.assertEqual(bisect.bisect_right(a, 3, lo=4), 4)

    def test_exhaustive(self):
        for n in range(8):
            a = sorted([i // 2 for i in range(n)])
            for x in range(-1, n):
                left = bisect.bisect_left(a, x)
                right = bisect.bisect_right(a, x)
                self.assert_(all(v < x for v in a[:left]))
                self.assert_(all(v >= x for v in a[left:]))
                self.assert_(all(v <= x for v in a[:right]))
                self.assert_(all(v > x for v in a[right:]))

    def test_insort(self):
        a = []
        for x in [5, 1, 4, 1, 5, 9, 2, 6]:
            bisect.insort(a, x)
        self.assertEqual(a, [1, 1, 2, 4, 5, 5, 6, 9])
        self.assert_(bisect.insort is bisect.insort_right)

    def test_insort_left_right_identity(self):
        class K(object):
            def __init__(self, k, tag):
                self.k = k
                self.tag = tag
            def __lt__(self, other):
                return self.k < other.k
        a = [K(1, 'old')]
        bisect.insort_left(a, K(1, 'left'))
        self.assertEqual([x.tag for x in a], ['left', 'old'])
        bisect.insort_right(a, K(1, 'right'))
        self.assertEqual([x.tag for x in a], ['left', 'old', 'right'])

    def test_strings(self):
        grades = 'FDCBA'
        breakpoints = [60, 70, 80, 90]
        def grade(score):
            return grades[bisect.bisect(breakpoints, score)]
        self.assertEqual(map(grade, [33, 99, 77, 44, 12, 88, 60, 90]),
                         ['F', 'A', 'C', 'F', 'F', 'B', 'D', 'A'])

    def test_non_sequence(self):
        self.assertRaises(TypeError, bisect.bisect, 10, 10)
        self.assertRaises(TypeError, bisect.insort, 10, 10)


def test_main():
    test_support.run_unittest(TestBisect)

if __name__ == '__main__':
    test_main()
