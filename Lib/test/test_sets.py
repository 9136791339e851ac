"""Tests for the sets module (Set and ImmutableSet)."""

import unittest
import copy
from test import test_support

from sets import Set, ImmutableSet, BaseSet


class SetBasics(unittest.TestCase):

    def test_construction(self):
        self.assertEqual(len(Set()), 0)
        self.assertEqual(len(Set('abcab')), 3)
        self.assertEqual(len(ImmutableSet(xrange(5))), 5)
        self.assertRaises(TypeError, BaseSet)

    def test_repr(self):
        self.assertEqual(repr(Set([1])), 'Set([1])')
        self.assertEqual(str(ImmutableSet(['a'])), "ImmutableSet(['a'])")
        self.assertEqual(Set([3, 1, 2])._repr(True), 'Set([1, 2, 3])')

    def test_membership_and_iteration(self):
        s = Set('abc')
        self.assertTrue('a' in s)
        self.assertFalse('d' in s)
        items = list(s)
        items.sort()
        self.assertEqual(items, ['a', 'b', 'c'])

    def test_operators(self):
        a = Set([1, 2, 3])
        b = Set([3, 4])
        self.assertEqual(a | b, Set([1, 2, 3, 4]))
        self.assertEqual(a & b, Set([3]))
        self.assertEqual(a ^ b, Set([1, 2, 4]))
        self.assertEqual(a - b, Set([1, 2]))
        self.assertEqual(a.union([9]), Set([1, 2, 3, 9]))
        self.assertEqual(a.intersection('x'), Set())
        self.assertEqual(a.difference([1]), Set([2, 3]))
        self.assertEqual(a.symmetric_difference([1, 5]), Set([2, 3, 5]))
        # Operators insist on sets; methods take any iterable.
        self.assertRaises(TypeError, lambda: a | [1])
        self.assertRaises(TypeError, lambda: a & [1])

    def test_result_type_follows_left_operand(self):
        a = ImmutableSet([1])
        self.assertTrue(isinstance(a | Set([2]), ImmutableSet))
        self.assertTrue(isinstance(Set([2]) | a, Set))

    def test_comparisons(self):
        a = Set([1, 2])
        self.assertTrue(a == Set([2, 1]))
        self.assertTrue(a == ImmutableSet([1, 2]))
        self.assertFalse(a == [1, 2])
        self.assertTrue(a != [1, 2])
        self.assertTrue(Set([1]) < a)
        self.assertTrue(a <= a)
        self.assertFalse(a < a)
        self.assertTrue(a > Set([2]))
        self.assertTrue(a.issubset(Set([1, 2, 3])))
        self.assertTrue(a.issuperset(Set([1])))
        self.assertRaises(TypeError, cmp, a, Set([1]))
        self.assertRaises(TypeError, lambda: a < [1])

    def test_hashing(self):
        self.assertRaises(TypeError, hash, Set([1]))
        self.assertEqual(hash(ImmutableSet([1, 2])),
                         hash(ImmutableSet([2, 1])))
        d = {ImmutableSet([1]): 'x'}
        self.assertEqual(d[ImmutableSet([1])], 'x')

    def test_mutation(self):
        s = Set()
        s.add(1)
        s.update([2, 3])
        s.remove(2)
        self.assertRaises(KeyError, s.remove, 42)
        s.discard(42)
        s.discard(3)
        self.assertEqual(s, Set([1]))
        self.assertEqual(s.pop(), 1)
        self.assertRaises(KeyError, s.pop)
        s.union_update([4, 5])
        s.intersection_update([5, 6])
        self.assertEqual(s, Set([5]))
        s.symmetric_difference_update([5, 7])
        self.assertEqual(s, Set([7]))
        s.difference_update([7])
        self.assertEqual(s, Set())
        s |= Set([1, 2])
        s &= Set([2, 3])
        self.assertEqual(s, Set([2]))
        s ^= Set([2, 3])
        s -= Set([9])
        self.assertEqual(s, Set([3]))
        s.clear()
        self.assertEqual(len(s), 0)

    def test_sets_of_sets(self):
        outer = Set()
        outer.add(Set([1, 2]))      # frozen automatically
        self.assertTrue(Set([1, 2]) in outer)
        self.assertTrue(ImmutableSet([1, 2]) in outer)
        element = list(outer)[0]
        self.assertTrue(isinstance(element, ImmutableSet))
        outer.remove(Set([1, 2]))
        self.assertEqual(len(outer), 0)
        nested = Set([Set([1]), Set([2])])
        self.assertEqual(len(nested), 2)

    def test_copy(self):
        s = Set([(1, 2), 3])
        c = s.copy()
        self.assertEqual(c, s)
        self.assertFalse(c is s)
        d = copy.deepcopy(s)
        self.assertEqual(d, s)
        self.assertEqual(copy.copy(s), s)


def test_main():
    test_support.run_unittest(SetBasics)

if __name__ == "__main__":
    test_main()
