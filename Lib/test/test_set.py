"""Tests for set and frozenset (Python 2.5 semantics)."""
import unittest
from test import test_support


class SetTest(unittest.TestCase):

    def check_error(self, exc, msg, func, *args):
        try:
            func(*args)
        except exc, e:
            self.assertEqual(str(e), msg)
        else:
            self.fail('%s not raised' % exc.__name__)

    def test_operators(self):
        a = set([1, 2, 3, 4])
        b = set([3, 4, 5])
        self.assertEqual(a | b, set([1, 2, 3, 4, 5]))
        self.assertEqual(a & b, set([3, 4]))
        self.assertEqual(a - b, set([1, 2]))
        self.assertEqual(a ^ b, set([1, 2, 5]))
        self.assertEqual(a.union([9]), set([1, 2, 3, 4, 9]))
        self.assertEqual(a.intersection('ab'), set())
        self.assertEqual(a.difference([1]), set([2, 3, 4]))
        self.assertEqual(a.symmetric_difference([4, 7]), set([1, 2, 3, 7]))
        self.check_error(TypeError,
                         "unsupported operand type(s) for |: 'set' and 'list'",
                         lambda: a | [2])

    def test_comparisons(self):
        a = set([1, 2])
        self.assert_(a <= a)
        self.failIf(a < a)
        self.assert_(set([1]) < a)
        self.assert_(a > set([2]))
        self.assert_(a.issubset([1, 2, 3]))
        self.assert_(a.issuperset((1,)))
        self.assert_(set() == frozenset())
        self.failIf(set([1]) == [1])
        self.check_error(TypeError, 'can only compare to a set',
                         lambda: set([1]) < [1])
        self.check_error(TypeError, 'cannot compare sets using cmp()',
                         cmp, set(), set())

    def test_mutators(self):
        c = set()
        c.add(1)
        c.add(1)
        c.add('x')
        self.assertEqual(len(c), 2)
        c.discard('x')
        c.discard('absent')
        self.assertEqual(c, set([1]))
        c.remove(1)
        self.assertRaises(KeyError, c.remove, 1)
        self.check_error(KeyError, "'pop from an empty set'", set().pop)
        d = set([1, 2, 3])
        d.update([4, 5])
        self.assertEqual(d, set([1, 2, 3, 4, 5]))
        d.intersection_update([1, 2, 3, 4])
        self.assertEqual(d, set([1, 2, 3, 4]))
        d.difference_update([1])
        self.assertEqual(d, set([2, 3, 4]))
        d.symmetric_difference_update([4, 10])
        self.assertEqual(d, set([2, 3, 10]))
        d |= set([20])
        d &= set([2, 3, 20])
        d -= set([3])
        d ^= set([99])
        self.assertEqual(d, set([2, 20, 99]))
        e = d.copy()
        e.clear()
        self.assertEqual(len(e), 0)
        self.assertEqual(len(d), 3)
        x = set([1, 2])
        self.assert_(x.pop() in (1, 2))
        self.assertEqual(len(x), 1)

    def test_raw_order(self):
        self.assertEqual(repr(set('abc')), "set(['a', 'c', 'b'])")
        self.assertEqual(repr(set([10, 5, 7, 1])), 'set([1, 10, 5, 7])')
        self.assertEqual(repr(set([1, 2, 3]) ^ set([3, 4, 5])),
                         'set([1, 2, 4, 5])')
        self.assertEqual(list(set([100, 10, 1000, 1])), [1000, 1, 10, 100])

    def test_repr(self):
        self.assertEqual(repr(set()), 'set([])')
        self.assertEqual(repr(frozenset()), 'frozenset([])')
        self.assertEqual(str(frozenset(['a'])), "frozenset(['a'])")
        class S(set):
            pass
        self.assertEqual(repr(S([1])), 'S([1])')

    def test_unhashable(self):
        self.check_error(TypeError, 'set objects are unhashable', hash, set())
        self.check_error(TypeError, 'list objects are unhashable',
                         set().add, [])

    def test_set_of_sets(self):
        ss = set([frozenset([1]), frozenset([1])])
        self.assertEqual(len(ss), 1)
        self.assert_(set([1]) in ss)
        ss.discard(set([1]))
        self.assertEqual(len(ss), 0)
        ss.add(frozenset([2]))
        ss.remove(set([2]))
        self.assertEqual(ss, set())

    def test_frozenset(self):
        f = frozenset([1, 2, 3])
        self.assert_(f.copy() is f)
        self.assert_(frozenset(f) is f)
        self.assertEqual(hash(f), hash(frozenset([3, 2, 1])))
        self.assertEqual({f: 'v'}[frozenset([1, 2, 3])], 'v')
        self.failIf(hasattr(f, 'add'))
        g = f
        g |= frozenset([4])
        self.assertEqual(type(g), frozenset)
        self.assertEqual(f, frozenset([1, 2, 3]))
        self.assertEqual(type(f | set([9])), frozenset)
        self.assertEqual(type(set([9]) | f), set)
        self.assertEqual(frozenset('abc'), frozenset(u'abc'))

    def test_iteration_mutation(self):
        s = set(range(5))
        def loop():
            for x in s:
                s.add(x + 100)
        self.check_error(RuntimeError, 'Set changed size during iteration', loop)

    def test_evil_eq(self):
        class Evil(object):
            def __init__(self, s):
                self.s = s
            def __hash__(self):
                return 3
            def __eq__(self, other):
                self.s.clear()
                return False
        s = set()
        for i in range(10):
            s.add(Evil(s))
        self.assert_(len(s) >= 1)

    def test_subclass(self):
        class S(set):
            pass
        s = S([1, 2])
        self.assertEqual(type(s | set()), S)
        self.assertEqual(type(s.copy()), S)
        self.assertRaises(TypeError, set, a=1)


def test_main():
    test_support.run_unittest(SetTest)

if __name__ == '__main__':
    test_main()
