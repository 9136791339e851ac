"""Tests for enumerate() and reversed()."""
import unittest
from test import test_support


class EnumerateTest(unittest.TestCase):

    def test_enumerate(self):
        self.assertEqual(list(enumerate('abc')), [(0, 'a'), (1, 'b'), (2, 'c')])
        self.assertEqual(list(enumerate([])), [])
        e = enumerate(iter([5, 6]))
        self.assert_(iter(e) is e)
        self.assertEqual(e.next(), (0, 5))
        self.assertEqual(e.next(), (1, 6))
        self.assertRaises(StopIteration, e.next)
        self.assertEqual(list(enumerate(sequence='xy')), [(0, 'x'), (1, 'y')])
        self.assertRaises(TypeError, enumerate, 5)
        self.assertRaises(TypeError, enumerate)
        self.assertRaises(TypeError, enumerate, 'a', 'b')

    def test_enumerate_subclass(self):
        class E(enumerate):
            pass
        self.assertEqual(list(E('ab')), [(0, 'a'), (1, 'b')])

    def test_reversed(self):
        self.assertEqual(list(reversed('abc')), ['c', 'b', 'a'])
        self.assertEqual(list(reversed((1, 2))), [2, 1])
        self.assertEqual(list(reversed([])), [])
        class Seq(object):
            def __len__(self):
                return 3
            def __getitem__(self, i):
                if i >= 3:
                    raise IndexError
                return i * 10
        self.assertEqual(list(reversed(Seq())), [20, 10, 0])
        class Custom(object):
            def __reversed__(self):
                return iter('zyx')
        self.assertEqual(list(reversed(Custom())), ['z', 'y', 'x'])
        try:
            reversed(5)
        except TypeError, e:
            self.assertEqual(str(e), 'argument to reversed() must be a sequence')
        else:
            self.fail('reversed(5) worked')
        self.assertRaises(TypeError, reversed, {})
        self.assertRaises(TypeError, reversed)

    def test_reversed_shrinking(self):
        class Shrinking(object):
            def __init__(self):
                self.data = [1, 2, 3, 4]
            def __len__(self):
                return len(self.data)
            def __getitem__(self, i):
                return self.data[i]
        s = Shrinking()
        r = reversed(s)
        self.assertEqual(r.next(), 4)
        del s.data[:]
        self.assertEqual(list(r), [])


def test_main():
    test_support.run_unittest(EnumerateTest)

if __name__ == '__main__':
    test_main()
