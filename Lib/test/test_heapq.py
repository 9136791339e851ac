"""Tests for heapq (2.5 Library Reference, section 5.6)."""

import heapq
import random
import unittest
from test import test_support


def is_heap(h):
    for k in range(1, len(h)):
        if h[(k - 1) // 2] > h[k]:
            return False
    return True


class TestHeapq(unittest.TestCase):

    def setUp(self):
        self.rand = random.Random(12345)

    def test_push_pop_sorts(self):
        data = [self.rand.randrange(1000) for i in range(200)]
        heap = []
        for x in data:
            heapq.heappush(heap, x)
            self.assert_(is_heap(heap))
        out = []
        while heap:
            out.append(heapq.heappop(heap))
            self.assert_(is_heap(heap))
        self.assertEqual(out, sorted(data))

    def test_heapify(self):
        for n in range(30):
            data = [self.rand.random() for i in range(n)]
            heapq.heapify(data)
            self.assert_(is_heap(data))
        x = []
        self.assertEqual(heapq.heapify(x), None)
        self.assertEqual(x, [])

    def test_heap0_is_smallest(self):
        h = [5, 3, 9, 1, 7]
        heapq.heapify(h)
        self.assertEqual(h[0], 1)

    def test_heapreplace(self):
        h = [3, 1, 2]
        heapq.heapify(h)
        self.assertEqual(heapq.heapreplace(h, 10), 1)
        self.assert_(is_heap(h))
        self.assertEqual(sorted(h), [2, 3, 10])
        # the popped item may be smaller than the pushed one: it is
        # returned even when the new item is smaller
        self.assertEqual(heapq.heapreplace(h, 0), 2)
        self.assertEqual(h[0], 0)

    def test_empty_errors(self):
        self.assertRaises(IndexError, heapq.heappop, [])
        self.assertRaises(IndexError, heapq.heapreplace, [], 1)

    def test_non_list_errors(self):
        self.assertRaises(TypeError, heapq.heappush, (), 1)
        self.assertRaises(TypeError, heapq.heappop, None)
        self.assertRaises(TypeError, heapq.heapify, (1, 2))
        self.assertRaises(TypeError, heapq.heapreplace, None, 1)
        self.assertRaises(TypeError, heapq.heappush, [])

    def test_tuples_priority(self):
        h = []
        for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
            heapq.heappush(h, item)
        self.assertEqual([heapq.heappop(h) for i in range(3)],
                         [(1, 'a'), (2, 'b'), (3, 'c')])

    def test_nlargest_nsmallest(self):
        data = [self.rand.randrange(100) for i in range(100)]
        for n in (0, 1, 2, 10, 100, 200):
            self.assertEqual(heapq.nsmallest(n, data), sorted(data)[:n])
            self.assertEqual(heapq.nlargest(n, data),
                             sorted(data, reverse=True)[:n])

    def test_nlargest_nsmallest_iterator(self):
        self.assertEqual(heapq.nsmallest(3, iter([5, 1, 4, 2, 3])), [1, 2, 3])
        self.assertEqual(heapq.nlargest(2, iter([5, 1, 4, 2, 3])), [5, 4])
        self.assertEqual(heapq.nlargest(3, []), [])

    def test_key(self):
        data = ['aaa', 'b', 'cc', 'dddd']
        self.assertEqual(heapq.nsmallest(2, data, key=len), ['b', 'cc'])
        self.assertEqual(heapq.nlargest(2, data, key=len), ['dddd', 'aaa'])
        # equal keys: original order is kept (stable)
        data = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
        key = lambda t: t[0]
        self.assertEqual(heapq.nsmallest(2, data, key=key),
                         [(0, 'y'), (0, 'w')])
        self.assertEqual(heapq.nlargest(2, data, key=key),
                         [(1, 'x'), (1, 'z')])

    def test_all(self):
        self.assertEqual(sorted(heapq.__all__),
                         sorted(['heappush', 'heappop', 'heapify',
                                 'heapreplace', 'nlargest', 'nsmallest']))


def test_main():
    test_support.run_unittest(TestHeapq)

if __name__ == '__main__':
    test_main()
