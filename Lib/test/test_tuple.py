"""Tests for the tuple type (Python 2.5 semantics)."""
import unittest
from test import test_support


class TupleTest(unittest.TestCase):

    def test_constructor(self):
        self.assertEqual(tuple(), ())
        self.assertEqual(tuple([1, 2]), (1, 2))
        self.assertEqual(tuple('ab'), ('a', 'b'))
        self.assertEqual(tuple(x * 2 for x in range(3)), (0, 2, 4))
        self.assertEqual(tuple(sequence=[3]), (3,))
        self.assertRaises(TypeError, tuple, 5)
        t = (1, 2, 3)
        self.assert_(tuple(t) is t)

    def test_empty_singleton(self):
        self.assert_(() is ())
        self.assert_(tuple() is ())
        self.assert_(tuple([]) is ())
        self.assert_((1, 2)[5:] is ())

    def test_repr(self):
        self.assertEqual(repr(()), '()')
        self.assertEqual(repr((1,)), '(1,)')
        self.assertEqual(repr((1, 'a')), "(1, 'a')")
        self.assertEqual(repr(((),)), '((),)')
        self.assertEqual(str(('s',)), "('s',)")

    def test_indexing(self):
        t = (10, 20, 30)
        self.assertEqual(t[0], 10)
        self.assertEqual(t[-1], 30)
        self.assertRaises(IndexError, t.__getitem__, 3)
        self.assertRaises(IndexError, t.__getitem__, -4)
        self.assertRaises(TypeError, t.__getitem__, 'a')
        try:
            t[5]
        except IndexError, e:
            self.assertEqual(str(e), 'tuple index out of range')

    def test_slicing(self):
        t = tuple(range(10))
        self.assertEqual(t[2:5], (2, 3, 4))
        self.assertEqual(t[::3], (0, 3, 6, 9))
        self.assertEqual(t[::-4], (9, 5, 1))
        self.assertEqual(t[-3:], (7, 8, 9))
        self.assertEqual(t[8:2], ())
        self.assert_(t[:] is t)
        self.assert_(t[0:10] is t)

    def test_no_item_assignment(self):
        t = (1, 2)
        try:
            t[0] = 5
        except TypeError, e:
            self.assertEqual(str(e),
                             "'tuple' object does not support item assignment")
        else:
            self.fail('tuple item assignment worked')

    def test_concat_repeat(self):
        self.assertEqual((1, 2) + (3,), (1, 2, 3))
        self.assertEqual((1,) * 3, (1, 1, 1))
        self.assertEqual(2 * (0,), (0, 0))
        self.assertEqual((1, 2) * 0, ())
        self.assertEqual((1, 2) * -1, ())
        t = (1, 2)
        self.assert_(t * 1 is t)
        try:
            (1, 2) + [3]
        except TypeError, e:
            self.assertEqual(str(e),
                             'can only concatenate tuple (not "list") to tuple')
        else:
            self.fail('tuple + list worked')

    def test_contains(self):
        self.assert_(2 in (1, 2))
        self.assert_(5 not in (1, 2))
        self.assert_([1] in ([1],))

    def test_compare(self):
        self.assert_((1, 2) == (1, 2))
        self.assert_((1, 2) < (1, 3))
        self.assert_((1, 2) < (1, 2, 0))
        self.assert_(() < (0,))
        self.assert_((2,) > (1, 99))
        self.assert_((1, 2) != (1, 2, 3))
        self.assertEqual(cmp((1, 2), (1, 2)), 0)

    def test_hash(self):
        self.assertEqual(hash((1, 2)), hash((1, 2)))
        self.assertNotEqual(hash((1, 2)), hash((2, 1)))
        self.assertEqual(hash(()), hash(()))
        self.assertRaises(TypeError, hash, (1, [2]))
        d = {(1, 2): 'v'}
        self.assertEqual(d[(1, 2)], 'v')

    def test_no_count_index(self):
        # 2.5 tuples have neither count() nor index()
        self.failIf(hasattr((), 'count'))
        self.failIf(hasattr((), 'index'))

    def test_getnewargs(self):
        self.assertEqual((1, 2).__getnewargs__(), ((1, 2),))

    def test_subclass(self):
        class T(tuple):
            pass
        t = T([1, 2])
        self.assertEqual(t, (1, 2))
        self.assertEqual(type(t), T)
        self.assert_(type(t[:]) is tuple)
        self.assert_(tuple(t) is not t)
        self.assertEqual(type(tuple(t)), tuple)

    def test_iteration(self):
        it = iter((1, 2, 3))
        self.assertEqual(type(it).__name__, 'tupleiterator')
        self.assertEqual(list(it), [1, 2, 3])
        self.assertEqual(list(it), [])

    def test_len_and_methods(self):
        self.assertEqual((1, 2, 3).__len__(), 3)
        self.assertEqual((1, 2).__getitem__(1), 2)
        self.assert_((1, 2).__contains__(2))

    def test_deep_nesting(self):
        t = ()
        for i in xrange(100000):
            t = (t,)
        del t   # must not overflow the C stack


def test_main():
    test_support.run_unittest(TupleTest)

if __name__ == '__main__':
    test_main()
