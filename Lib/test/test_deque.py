import unittest
import copy
from collections import deque
from test import test_support


class TestDeque(unittest.TestCase):
    def test_basics(self):
        d = deque([1, 2, 3])
        self.assertEqual(repr(d), 'deque([1, 2, 3])')
        self.assertEqual(repr(deque()), 'deque([])')
        d.append(4)
        d.appendleft(0)
        self.assertEqual(list(d), [0, 1, 2, 3, 4])
        self.assertEqual(d.pop(), 4)
        self.assertEqual(d.popleft(), 0)
        self.assertEqual(len(d), 3)
        self.assertEqual((d[0], d[-1]), (1, 3))

    def test_extend_rotate(self):
        d = deque([1, 2, 3])
        d.extend('ab')
        d.extendleft('xy')
        self.assertEqual(list(d), ['y', 'x', 1, 2, 3, 'a', 'b'])
        d.rotate(2)
        self.assertEqual(list(d), ['a', 'b', 'y', 'x', 1, 2, 3])
        d.rotate(-3)
        self.assertEqual(list(d), ['x', 1, 2, 3, 'a', 'b', 'y'])
        d.rotate(len(d))
        self.assertEqual(list(d), ['x', 1, 2, 3, 'a', 'b', 'y'])
        e = deque(range(5))
        e.extend(e)
        self.assertEqual(list(e), range(5) * 2)

    def test_big(self):
        d = deque()
        for i in xrange(2000):
            d.append(i)
            if len(d) > 100:
                d.popleft()
        self.assertEqual(list(d), range(1900, 2000))
        d.rotate(37)
        self.assertEqual(d[37], 1900)
        d.clear()
        self.assertEqual(len(d), 0)

    def test_errors(self):
        self.assertRaises(IndexError, deque().pop)
        self.assertRaises(IndexError, deque().popleft)
        self.assertRaises(ValueError, deque([1]).remove, 5)
        self.assertRaises(IndexError, deque([1]).__getitem__, 5)
        self.assertRaises(TypeError, hash, deque())
        d = deque([1, 2])
        it = iter(d)
        d.append(3)
        self.assertRaises(RuntimeError, it.next)

    def test_item_access(self):
        e = deque(range(5))
        e[2] = 'mid'
        del e[0]
        self.assertEqual(list(e), [1, 'mid', 3, 4])
        self.assertEqual(list(reversed(e)), [4, 3, 'mid', 1])
        e.remove('mid')
        self.assertEqual(list(e), [1, 3, 4])
        self.assert_(3 in e)
        self.failIf(5 in e)

    def test_comparisons(self):
        self.assert_(deque([1, 2]) == deque([1, 2]))
        self.assert_(deque([1, 2]) != deque([1]))
        self.assert_(deque([1, 2]) < deque([1, 3]))
        self.assert_(deque([1]) < deque([1, 0]))
        self.failIf(deque([1]) == [1])

    def test_copy(self):
        d = deque([[1]])
        c = copy.copy(d)
        self.assertEqual(d, c)
        self.assert_(c[0] is d[0])
        dc = copy.deepcopy(d)
        dc[0].append(2)
        self.assertEqual(list(d), [[1]])
        self.assertEqual(list(dc), [[1, 2]])

    def test_recursive_repr(self):
        d = deque([1])
        d.append(d)
        self.assertEqual(repr(d), 'deque([1, [...]])')

    def test_2_5_surface(self):
        d = deque()
        for name in ['maxlen', 'count', 'reverse']:
            self.failIf(hasattr(d, name), name)

    def test_subclass(self):
        class D(deque):
            pass
        d = D('abc')
        d.x = 1
        self.assertEqual(list(d), ['a', 'b', 'c'])
        self.assertEqual(type(copy.copy(d)), D)


def test_main():
    test_support.run_unittest(TestDeque)

if __name__ == '__main__':
    test_main()
