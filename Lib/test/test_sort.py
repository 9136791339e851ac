"""Tests for list.sort and sorted()."""
import unittest
from test import test_support


class LCG(object):
    """A tiny deterministic generator, so the test needs no other module."""
    def __init__(self, seed):
        self.state = seed & 0xffffffffL
    def seed(self, seed):
        self.state = seed & 0xffffffffL
    def next32(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state
    def randrange(self, n):
        return self.next32() % n
    def random(self):
        return self.next32() / 2147483648.0
    def shuffle(self, l):
        for i in xrange(len(l) - 1, 0, -1):
            j = self.randrange(i + 1)
            l[i], l[j] = l[j], l[i]

random = LCG(1)


class SortTest(unittest.TestCase):

    def test_stability(self):
        data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
        d = data[:]
        d.sort(key=lambda t: t[1])
        self.assertEqual(d, [('c', 1), ('a', 1), ('b', 1), ('b', 2), ('a', 2)])
        d = data[:]
        d.sort(key=lambda t: t[1], reverse=True)
        self.assertEqual(d, [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)])
        d = data[:]
        d.sort(cmp=lambda x, y: cmp(x[0], y[0]))
        self.assertEqual(d, [('a', 2), ('a', 1), ('b', 2), ('b', 1), ('c', 1)])

    def test_big_stability(self):
        random.seed(12345)
        for n in (10, 63, 64, 65, 200, 1000, 5000):
            data = [(random.randrange(10), i) for i in xrange(n)]
            got = data[:]
            got.sort(key=lambda t: t[0])
            # stable: equal keys keep the original (index) order
            for a, b in zip(got, got[1:]):
                self.assert_(a[0] < b[0] or (a[0] == b[0] and a[1] < b[1]))
            self.assertEqual(sorted(data), sorted(got))

    def test_various_shapes(self):
        random.seed(5)
        for n in (0, 1, 2, 3, 10, 100, 1000, 3000):
            base = range(n)
            cases = [base[:], base[::-1], [0] * n,
                     [random.random() for i in xrange(n)],
                     base[:n // 2] + base[n // 2:][::-1]]
            shuffled = base[:]
            random.shuffle(shuffled)
            cases.append(shuffled)
            for c in cases:
                expect = c[:]
                # insertion-free reference: sort through a dict of counts
                got = c[:]
                got.sort()
                for a, b in zip(got, got[1:]):
                    self.assert_(a <= b)
                self.assertEqual(len(got), len(expect))
                r = c[:]
                r.sort(reverse=True)
                self.assertEqual(r, got[::-1])

    def test_cmp_and_key(self):
        nums = [5, -3, 2, -8, 0, 7]
        n = nums[:]
        n.sort(key=abs)
        self.assertEqual(n, [0, 2, -3, 5, 7, -8])
        n = nums[:]
        n.sort(cmp=lambda a, b: b - a)
        self.assertEqual(n, [7, 5, 2, 0, -3, -8])
        calls = []
        def keyf(x):
            calls.append(x)
            return -x
        n = [3, 1, 2]
        n.sort(key=keyf)
        self.assertEqual(n, [3, 2, 1])
        self.assertEqual(calls, [3, 1, 2])   # key called once per item, in order
        n = [3, 1, 2]
        n.sort(None, None, True)
        self.assertEqual(n, [3, 2, 1])

    def test_errors(self):
        try:
            [2, 1].sort(lambda a, b: 'x')
        except TypeError, e:
            self.assertEqual(str(e), 'comparison function must return int')
        else:
            self.fail('bad cmp result accepted')
        self.assertRaises(TypeError, [1j, 2j].sort)
        l = [3, 2, 1]
        def raising_key(x):
            if x == 2:
                raise KeyError(x)
            return x
        self.assertRaises(KeyError, l.sort, key=raising_key)
        self.assertEqual(l, [3, 2, 1])

    def test_error_keeps_all_items(self):
        random.seed(99)
        data = range(500)
        random.shuffle(data)
        count = [0]
        def cmpf(a, b):
            count[0] += 1
            if count[0] == 2000:
                raise ValueError('stop')
            return cmp(a, b)
        l = data[:]
        self.assertRaises(ValueError, l.sort, cmpf)
        self.assertEqual(sorted(l), range(500))

    def test_mutation_detected(self):
        l = [3, 2, 1]
        def mutating(a, b):
            l.append(0)
            return cmp(a, b)
        try:
            l.sort(mutating)
        except ValueError, e:
            self.assertEqual(str(e), 'list modified during sort')
        else:
            self.fail('mutation not detected')
        self.assertEqual(l, [1, 2, 3])

    def test_mutation_no_crash(self):
        random.seed(7)
        for n in (5, 50, 300):
            l = range(n)
            random.shuffle(l)
            def evil(a, b):
                if random.random() < 0.05:
                    del l[:]
                    l.extend(range(random.randrange(5)))
                return cmp(a, b)
            try:
                l.sort(evil)
            except ValueError:
                pass
            self.assertEqual(sorted(l), range(n))
            # during the sort the list looks empty
            seen = []
            def peek(a, b):
                seen.append(len(l))
                return cmp(a, b)
            l.sort(peek)
            self.assertEqual(set(seen), set([0]))

    def test_sorted(self):
        self.assertEqual(sorted((3, 1, 2)), [1, 2, 3])
        self.assertEqual(sorted('cba', reverse=True), ['c', 'b', 'a'])
        self.assertEqual(sorted([0.5, -0.0, 0.0, -1, 1L, True, False]),
                         [-1, -0.0, 0.0, False, 0.5, 1L, True])


def test_main():
    test_support.run_unittest(SortTest)

if __name__ == '__main__':
    test_main()
