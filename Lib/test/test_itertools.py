import unittest
from itertools import *
from test import test_support


def take(n, it):
    return list(islice(it, n))


class TestBasicOps(unittest.TestCase):
    def test_count(self):
        self.assertEqual(take(3, count()), [0, 1, 2])
        self.assertEqual(take(2, count(-5)), [-5, -4])
        c = count(3)
        self.assertEqual(repr(c), 'count(3)')
        c.next()
        self.assertEqual(repr(c), 'count(4)')
        self.assertRaises(TypeError, count, 'a')
        self.assertRaises(TypeError, count, 1, 2)

    def test_cycle(self):
        self.assertEqual(take(7, cycle('abc')), list('abcabca'))
        self.assertEqual(list(cycle('')), [])
        self.assertRaises(TypeError, cycle, 5)

    def test_repeat(self):
        self.assertEqual(list(repeat('x', 3)), ['x'] * 3)
        self.assertEqual(list(repeat('x', -1)), [])
        self.assertEqual(take(2, repeat(None)), [None, None])
        self.assertEqual(repr(repeat('a', 2)), "repeat('a', 2)")
        self.assertEqual(repr(repeat(1)), "repeat(1)")

    def test_izip(self):
        self.assertEqual(list(izip('abc', count())), [('a', 0), ('b', 1), ('c', 2)])
        self.assertEqual(list(izip()), [])
        self.assertEqual(list(izip('ab', 'xyz', [1, 2, 3])),
                         [('a', 'x', 1), ('b', 'y', 2)])
        self.assertRaises(TypeError, izip, 3)

    def test_imap(self):
        self.assertEqual(list(imap(pow, [2, 3], [5, 2])), [32, 9])
        self.assertEqual(list(imap(None, 'ab', 'xy')), [('a', 'x'), ('b', 'y')])
        self.assertRaises(TypeError, imap, None)
        self.assertRaises(ZeroDivisionError, list, imap(lambda x: 1 / x, [0]))

    def test_ifilter(self):
        self.assertEqual(list(ifilter(None, [0, 1, '', 'a'])), [1, 'a'])
        self.assertEqual(list(ifilterfalse(None, [0, 1, '', 'a'])), [0, ''])
        self.assertEqual(list(ifilter(lambda x: x % 2, range(6))), [1, 3, 5])
        self.assertEqual(list(ifilterfalse(lambda x: x % 2, range(6))), [0, 2, 4])

    def test_islice(self):
        s = 'abcdefg'
        self.assertEqual(list(islice(s, 2)), ['a', 'b'])
        self.assertEqual(list(islice(s, 2, 4)), ['c', 'd'])
        self.assertEqual(list(islice(s, 1, None, 2)), ['b', 'd', 'f'])
        self.assertEqual(list(islice(s, 0, 10, 3)), ['a', 'd', 'g'])
        self.assertEqual(list(islice(count(), 3, 10, 4)), [3, 7])
        for args in [(-1,), (0, -1), (0, 5, 0), ('a',), (-2, 3)]:
            self.assertRaises(ValueError, islice, s, *args)
        it = iter(range(10))
        self.assertEqual(list(islice(it, 3)), [0, 1, 2])
        self.assertEqual(list(it), range(3, 10))

    def test_starmap(self):
        self.assertEqual(list(starmap(pow, [(2, 3), (3, 2)])), [8, 9])
        self.assertRaises(TypeError, list, starmap(pow, [[2, 3]]))

    def test_takewhile_dropwhile(self):
        data = [1, 2, 3, 1]
        self.assertEqual(list(takewhile(lambda v: v < 3, data)), [1, 2])
        self.assertEqual(list(dropwhile(lambda v: v < 3, data)), [3, 1])
        self.assertEqual(list(takewhile(bool, [])), [])

    def test_chain(self):
        self.assertEqual(list(chain('ab', [1], (), 'c')), ['a', 'b', 1, 'c'])
        self.assertEqual(list(chain()), [])
        self.assertRaises(TypeError, chain, 1)
        self.failIf(hasattr(chain, 'from_iterable'))

    def test_groupby(self):
        self.assertEqual([(k, list(g)) for k, g in groupby('aaabbca')],
                         [('a', list('aaa')), ('b', list('bb')), ('c', ['c']), ('a', ['a'])])
        self.assertEqual([k for k, g in groupby([])], [])
        self.assertEqual([(k, list(g)) for k, g in groupby(range(6), key=lambda n: n // 2)],
                         [(0, [0, 1]), (1, [2, 3]), (2, [4, 5])])
        # an earlier group is empty once the groupby has moved on
        g = groupby('aabb')
        k1, g1 = g.next()
        k2, g2 = g.next()
        self.assertEqual((k1, list(g1), k2, list(g2)), ('a', [], 'b', ['b', 'b']))

    def test_tee(self):
        a, b = tee(iter([1, 2, 3]))
        self.assertEqual(a.next(), 1)
        self.assertEqual(list(a), [2, 3])
        self.assertEqual(list(b), [1, 2, 3])
        self.assertEqual(len(tee('a', 5)), 5)
        self.assertEqual(tee('a', 0), ())
        self.assertRaises(ValueError, tee, 'a', -1)
        x, y = tee(xrange(1000))
        self.assertEqual(list(x), range(1000))
        self.assertEqual(list(y), range(1000))
        c = x.__copy__()
        self.assertEqual(list(c), [])

    def test_type_names(self):
        self.assertEqual(type(izip('a')).__name__, 'izip')
        self.assertEqual(type(imap(None, 'a')).__name__, 'imap')

    def test_no_2_6_tools(self):
        import itertools
        for name in ['product', 'permutations', 'combinations', 'izip_longest']:
            self.failIf(hasattr(itertools, name), name)


def test_main():
    test_support.run_unittest(TestBasicOps)

if __name__ == '__main__':
    test_main()
