"""Tests for iter(): the sequence iterator and the callable iterator."""
import unittest
from test import test_support


class IterTest(unittest.TestCase):

    def test_sequence_iterator(self):
        class Seq(object):
            def __getitem__(self, i):
                if i >= 3:
                    raise IndexError(i)
                return i * i
        it = iter(Seq())
        self.assertEqual(type(it).__name__, 'iterator')
        self.assertEqual(list(it), [0, 1, 4])
        self.assertEqual(list(it), [])

    def test_sequence_iterator_stopiteration(self):
        class Seq(object):
            def __getitem__(self, i):
                if i == 2:
                    raise StopIteration
                return i
        self.assertEqual(list(iter(Seq())), [0, 1])

    def test_sequence_iterator_error(self):
        class Seq(object):
            def __getitem__(self, i):
                raise KeyError(i)
        self.assertRaises(KeyError, list, iter(Seq()))

    def test_callable_iterator(self):
        data = [1, 2, 3, 0, 5]
        it = iter(iter(data).next, 0)
        self.assertEqual(type(it).__name__, 'callable-iterator')
        self.assertEqual(list(it), [1, 2, 3])
        self.assertEqual(list(it), [])
        counter = [0]
        def f():
            counter[0] += 1
            if counter[0] > 2:
                raise StopIteration
            return counter[0]
        self.assertEqual(list(iter(f, None)), [1, 2])
        self.assertRaises(TypeError, iter, 5, 0)

    def test_builtin_iterators(self):
        self.assertEqual(list(iter([1, 2])), [1, 2])
        self.assertEqual(list(iter((1, 2))), [1, 2])
        self.assertEqual(sorted(iter({'a': 1, 'b': 2})), ['a', 'b'])
        self.assertEqual(sorted(iter(set([3, 4]))), [3, 4])
        it = iter([1])
        self.assert_(iter(it) is it)
        self.assertRaises(TypeError, iter, 5)

    def test_unpacking(self):
        a, b = iter([1, 2])
        self.assertEqual((a, b), (1, 2))
        def bad():
            a, b = iter([1, 2, 3])
        self.assertRaises(ValueError, bad)

    def test_in_and_builtins(self):
        self.assert_(2 in iter([1, 2, 3]))
        self.assertEqual(max(iter([3, 9, 2])), 9)
        self.assertEqual(dict(iter([('a', 1)])), {'a': 1})
        self.assertEqual(tuple(iter('ab')), ('a', 'b'))


def test_main():
    test_support.run_unittest(IterTest)

if __name__ == '__main__':
    test_main()
