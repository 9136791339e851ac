# Tests for the repr module (size-limited representations).
import unittest
from test import test_support
from repr import repr as r, Repr


class ReprTest(unittest.TestCase):

    def test_string(self):
        self.assertEqual(r('abc'), "'abc'")
        s = 'a' * 30 + 'b' * 30
        self.assertEqual(r(s), "'aaaaaaaaaaaa...bbbbbbbbbbbbb'")
        self.assertEqual(len(r(s)), 30)

    def test_containers(self):
        self.assertEqual(r(()), '()')
        self.assertEqual(r((1,)), '(1,)')
        self.assertEqual(r(range(10)), '[0, 1, 2, 3, 4, 5, ...]')
        self.assertEqual(r(tuple(range(10))), '(0, 1, 2, 3, 4, 5, ...)')
        self.assertEqual(r(set(range(10))), 'set([0, 1, 2, 3, 4, 5, ...])')
        self.assertEqual(r(frozenset([3, 1])), 'frozenset([1, 3])')
        self.assertEqual(r({}), '{}')
        self.assertEqual(r(dict.fromkeys(range(6), 0)),
                         '{0: 0, 1: 0, 2: 0, 3: 0, ...}')

    def test_nesting(self):
        nested = [[[[[[[1]]]]]]]
        self.assertEqual(r(nested), '[[[[[[[...]]]]]]]')
        self.assertEqual(r({1: {2: {3: {4: {5: {6: {7: 0}}}}}}}),
                         '{1: {2: {3: {4: {5: {6: {...}}}}}}}')

    def test_numbers_and_other(self):
        self.assertEqual(r(123), '123')
        big = 10 ** 60
        self.assertEqual(len(r(big)), 40)
        self.assert_('...' in r(big))
        class Long(object):
            def __repr__(self):
                return 'x' * 100
        self.assertEqual(len(r(Long())), 20)

    def test_instance(self):
        class Old:
            def __repr__(self):
                raise ValueError('nope')
        self.assert_(r(Old()).startswith('<Old instance at '))

    def test_custom_limits(self):
        rr = Repr()
        rr.maxlist = 2
        self.assertEqual(rr.repr([1, 2, 3]), '[1, 2, ...]')
        rr.maxlevel = 1
        self.assertEqual(rr.repr([[1]]), '[[...]]')


def test_main():
    test_support.run_unittest(ReprTest)

if __name__ == "__main__":
    test_main()
