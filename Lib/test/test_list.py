"""Tests for the list type (Python 2.5 semantics)."""
import unittest
from test import test_support


class ListTest(unittest.TestCase):

    def check_error(self, exc, msg, func, *args):
        try:
            func(*args)
        except exc, e:
            self.assertEqual(str(e), msg)
        else:
            self.fail('%s not raised' % exc.__name__)

    def test_constructor(self):
        self.assertEqual(list(), [])
        self.assertEqual(list('abc'), ['a', 'b', 'c'])
        self.assertEqual(list((1, 2)), [1, 2])
        self.assertEqual(list(xrange(3)), [0, 1, 2])
        a = [1, 2]
        self.assert_(list(a) is not a)
        l = [9, 9]
        l.__init__([1])
        self.assertEqual(l, [1])
        self.assertRaises(TypeError, list, 3)

    def test_repr(self):
        self.assertEqual(repr([]), '[]')
        self.assertEqual(repr([1, 'a', None]), "[1, 'a', None]")
        l = [1]
        l.append(l)
        self.assertEqual(repr(l), '[1, [...]]')
        d = {}
        l2 = [d]
        d['x'] = l2
        self.assertEqual(repr(l2), "[{'x': [...]}]")

    def test_append_extend_insert(self):
        l = [1, 2]
        l.append(3)
        l.extend([4, 5])
        l.extend('ab')
        l.extend(xrange(2))
        l.extend(())
        self.assertEqual(l, [1, 2, 3, 4, 5, 'a', 'b', 0, 1])
        m = [0, 1, 2]
        m.insert(0, 'a')
        m.insert(-1, 'b')
        m.insert(100, 'c')
        m.insert(-100, 'd')
        self.assertEqual(m, ['d', 'a', 0, 1, 'b', 2, 'c'])
        a = [1, 2]
        a.extend(a)
        self.assertEqual(a, [1, 2, 1, 2])
        self.check_error(TypeError, "'int' object is not iterable",
                         [].extend, 5)
        self.check_error(TypeError, 'an integer is required',
                         [].insert, 'x', 1)

    def test_pop(self):
        m = ['a', 'b', 'c', 'd']
        self.assertEqual(m.pop(), 'd')
        self.assertEqual(m.pop(0), 'a')
        self.assertEqual(m.pop(-1), 'c')
        self.assertEqual(m, ['b'])
        self.check_error(IndexError, 'pop index out of range', m.pop, 5)
        self.check_error(IndexError, 'pop index out of range', m.pop, -5)
        self.check_error(IndexError, 'pop from empty list', [].pop)

    def test_remove_index_count(self):
        n = [1, 2, 3, 2, 1]
        n.remove(2)
        self.assertEqual(n, [1, 3, 2, 1])
        self.assertEqual(n.index(1), 0)
        self.assertEqual(n.index(1, 1), 3)
        self.assertEqual(n.index(2, -3), 2)
        self.assertEqual(n.count(1), 2)
        self.assertEqual(n.count(9), 0)
        self.check_error(ValueError, 'list.remove(x): x not in list',
                         n.remove, 9)
        self.check_error(ValueError, 'list.index(x): x not in list',
                         n.index, 9)
        self.check_error(ValueError, 'list.index(x): x not in list',
                         n.index, 1, 1, 3)
        self.assertEqual([1, 1.0, 1L, True].count(1), 4)

    def test_reverse(self):
        l = [1, 2, 3]
        self.assertEqual(l.reverse(), None)
        self.assertEqual(l, [3, 2, 1])

    def test_index_errors(self):
        l = [1, 2]
        self.check_error(IndexError, 'list index out of range',
                         l.__getitem__, 2)
        def setitem():
            l[5] = 0
        self.check_error(IndexError, 'list assignment index out of range',
                         setitem)
        def delitem():
            del l[5]
        self.check_error(IndexError, 'list assignment index out of range',
                         delitem)
        self.assertRaises(TypeError, l.__getitem__, 'a')

    def test_slices(self):
        l = range(10)
        self.assertEqual(l[2:5], [2, 3, 4])
        self.assertEqual(l[::2], [0, 2, 4, 6, 8])
        self.assertEqual(l[::-3], [9, 6, 3, 0])
        self.assertEqual(l[-2:], [8, 9])
        l[2:5] = ['a']
        self.assertEqual(l, [0, 1, 'a', 5, 6, 7, 8, 9])
        l[1:1] = 'xy'
        self.assertEqual(l, [0, 'x', 'y', 1, 'a', 5, 6, 7, 8, 9])
        del l[::2]
        self.assertEqual(l, ['x', 1, 5, 7, 9])
        del l[::-2]
        self.assertEqual(l, [1, 7])
        l = range(6)
        l[::2] = 'abc'
        self.assertEqual(l, ['a', 1, 'b', 3, 'c', 5])
        l[::-2] = [10, 20, 30]
        self.assertEqual(l, ['a', 30, 'b', 20, 'c', 10])
        def bad():
            l[::2] = [1, 2]
        self.check_error(ValueError,
            'attempt to assign sequence of size 2 to extended slice of size 3',
            bad)
        l = [1, 2, 3]
        l[:] = l
        self.assertEqual(l, [1, 2, 3])
        l[1:] = l
        self.assertEqual(l, [1, 1, 2, 3])
        l = [1, 2, 3]
        l[len(l):] = [9]
        self.assertEqual(l, [1, 2, 3, 9])
        del l[:]
        self.assertEqual(l, [])
        def assign_int():
            l[0:1] = 5
        self.check_error(TypeError, 'can only assign an iterable', assign_int)

    def test_operators(self):
        self.assertEqual([1] + [2], [1, 2])
        self.assertEqual([1, 2] * 2, [1, 2, 1, 2])
        self.assertEqual(0 * [1], [])
        self.assertEqual([1] * -3, [])
        x = [3]
        x *= 2
        self.assertEqual(x, [3, 3])
        y = x
        x += (4,)
        self.assert_(x is y)
        self.assertEqual(y, [3, 3, 4])
        x *= 0
        self.assertEqual(y, [])
        self.check_error(TypeError,
                         'can only concatenate list (not "tuple") to list',
                         lambda: [1] + (2,))
        self.assert_(2 in [1, 2])
        self.assert_(3 not in [1, 2])

    def test_compare(self):
        self.assert_([1, 2] == [1, 2])
        self.assert_([1, 2] != [1, 2, 3])
        self.assert_([1, 2] < [1, 3])
        self.assert_([1, 2] < [1, 2, 0])
        self.assert_([2] > [1, 99])
        self.assert_([] <= [])

    def test_unhashable(self):
        self.check_error(TypeError, 'list objects are unhashable', hash, [])

    def test_iterators(self):
        l = [1, 2, 3]
        it = iter(l)
        self.assertEqual(type(it).__name__, 'listiterator')
        self.assertEqual(it.next(), 1)
        l.append(4)
        self.assertEqual(list(it), [2, 3, 4])
        r = reversed(l)
        self.assertEqual(type(r).__name__, 'listreverseiterator')
        self.assertEqual(list(r), [4, 3, 2, 1])
        r = reversed(l)
        r.next()
        del l[:]
        self.assertEqual(list(r), [])

    def test_mutating_eq(self):
        # the list shrinks while it is being compared / searched
        l = []
        class Evil(object):
            def __eq__(self, other):
                del l[:]
                return False
        l.extend([Evil(), Evil(), Evil()])
        self.assertEqual(l.count(1), 0)
        l.extend([Evil(), Evil()])
        self.failIf(1 in l)
        l.extend([Evil(), Evil()])
        self.assertRaises(ValueError, l.remove, 1)

    def test_subclass(self):
        class L(list):
            def extra(self):
                return len(self)
        l = L([1, 2])
        self.assertEqual(l.extra(), 2)
        self.assertEqual(l, [1, 2])
        self.assert_(type(l[:]) is list)


def test_main():
    test_support.run_unittest(ListTest)

if __name__ == '__main__':
    test_main()
