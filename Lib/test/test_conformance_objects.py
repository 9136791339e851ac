"""Conformance tests: built-in object behaviour that must match CPython 2.5
exactly (values, result types, error messages)."""

import unittest
from test import test_support


class ComplexTests(unittest.TestCase):

    def test_zero_parts(self):
        # 2.5 adds the parts as complex numbers: 0.0 + -0.0 is 0.0
        self.assertEqual(repr(complex(0, -0.0)), '0j')
        self.assertEqual(repr(complex(-0.0, 0)), '0j')
        self.assertEqual(repr(complex(0.0, 0.0)), '0j')

    def test_complex_arguments(self):
        self.assertEqual(complex(1j, 1j), complex(-1, 1))
        self.assertEqual(complex(1, 2j), complex(-1, 0))
        self.assertEqual(complex(1j), 1j)


class IntPowTests(unittest.TestCase):

    def test_three_arg_result_type(self):
        # 2.5 falls back to long pow (and returns a long) as soon as an
        # intermediate product overflows a C long
        r = pow(2**32, 2**32, 2**61 - 1)
        self.assertEqual(type(r), long)
        self.assertEqual(r, 36028797018963968L)
        self.assertEqual(type(pow(2**32, 7, -5)), long)
        self.assertEqual(pow(2**32, 7, -5), -4)
        self.assertEqual(type(pow(2**62, 1, 5)), int)
        self.assertEqual(type(pow(2**62, 2, 5)), long)
        self.assertEqual(type(pow(3, 4, 5)), int)
        self.assertEqual(pow(3, 4, 5), 1)
        self.assertEqual(pow(-3, 3, 7), 1)
        self.assertEqual(pow(3, 2, -4), -3)
        self.assertEqual(type(pow(10**9 + 7, 5, 10**9 + 9)), int)

    def test_three_arg_values(self):
        for a in (0, 1, -1, 2, -7, 255, 2**31, -2**31, 3**30, 2**62, -2**63):
            for b in (0, 1, 2, 3, 10, 63, 100):
                for c in (1, -1, 3, -5, 7, 2**31 - 1, 10**18, -(10**18)):
                    self.assertEqual(pow(a, b, c), pow(long(a), b, c))

    def test_two_arg(self):
        self.assertEqual(type(2 ** 62), int)
        self.assertEqual(type(2 ** 63), long)
        self.assertEqual(2 ** -1, 0.5)


class SliceTests(unittest.TestCase):

    def test_indices_clamping(self):
        self.assertEqual(slice(-2, -5).indices(2), (0, 0, 1))
        self.assertEqual(slice(-1, 3, -3).indices(2), (1, 1, -3))
        self.assertEqual(slice(2, 3, -1).indices(1), (0, 0, -1))
        self.assertEqual(slice(2, -10).indices(1), (1, 0, 1))
        self.assertEqual(slice(10, -1).indices(0), (0, 0, 1))
        self.assertEqual(slice(None, None, -1).indices(3), (2, -1, -1))
        self.assertEqual(slice(None, -10, -1).indices(3), (2, -1, -1))

    def test_slicing_unchanged(self):
        l = range(5)
        self.assertEqual(l[-2:-9], [])
        self.assertEqual(l[9:2:-1], [4, 3])
        self.assertEqual(l[-9::-1], [])
        self.assertEqual('abcde'[10:-10:-2], 'eca')


class ListIndexTests(unittest.TestCase):

    def test_none_bounds_rejected(self):
        # list.index's optional bounds go through _PyEval_SliceIndex,
        # which does not accept None in 2.5
        msg = 'slice indices must be integers or None or have an __index__ method'
        for args in [(3, 1, None), (1, None), (1, 'a'), (1, 0, [2])]:
            try:
                [1, 2].index(*args)
            except TypeError, e:
                self.assertEqual(str(e), msg)
            else:
                self.fail('no TypeError for %r' % (args,))
        self.assertEqual([1, 2, 1].index(1, 1), 2)
        self.assertEqual([1, 2, 1].index(1, -1, 2**70), 2)
        self.assertEqual(range(5)[None:2], [0, 1])
        self.assertEqual('abcd'[None:None:2], 'ac')


class LayoutMessageTests(unittest.TestCase):

    def message(self, func):
        try:
            func()
        except TypeError, e:
            return str(e)
        self.fail('no TypeError')

    def test_class_assignment(self):
        class S1(object): __slots__ = ['a']
        class S2(object): __slots__ = ['b']
        class Plain(object): pass
        class L(list): pass
        s = S1()
        self.assertEqual(self.message(lambda: setattr(s, '__class__', S2)),
                         "__class__ assignment: 'S1' object layout "
                         "differs from 'S2'")
        p = Plain()
        self.assertEqual(self.message(lambda: setattr(p, '__class__', L)),
                         "__class__ assignment: 'Plain' object layout "
                         "differs from 'L'")

    def test_bases_assignment(self):
        class E(object): pass
        class F(object): pass
        self.assertEqual(self.message(lambda: setattr(E, '__bases__', (F,))),
                         "__bases__ assignment: 'F' deallocator "
                         "differs from 'object'")
        class A(object): __slots__ = ['x']
        class B(object): __slots__ = ['y']
        class C(A): pass
        self.assertEqual(self.message(lambda: setattr(C, '__bases__', (B,))),
                         "__bases__ assignment: 'B' object layout "
                         "differs from 'A'")


class StringFormatTests(unittest.TestCase):

    def test_unsupported_char_message(self):
        # the format character is a signed C char in 2.5's message
        try:
            '%\xe9' % (1,)
        except ValueError, e:
            self.assertEqual(str(e), "unsupported format character '\xe9'"
                             " (0xffffffe9) at index 1")
        else:
            self.fail('no ValueError')
        try:
            '%y' % (1,)
        except ValueError, e:
            self.assertEqual(str(e), "unsupported format character 'y'"
                             " (0x79) at index 1")
        else:
            self.fail('no ValueError')


def test_main():
    test_support.run_unittest(ComplexTests, IntPowTests, SliceTests,
                              ListIndexTests, LayoutMessageTests,
                              StringFormatTests)

if __name__ == '__main__':
    test_main()
