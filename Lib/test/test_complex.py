# Tests for the complex type (Python 2.5 semantics).
import unittest
from test import test_support


class ComplexTest(unittest.TestCase):

    def test_constructor(self):
        self.assertEqual(complex(), 0j)
        self.assertEqual(complex(1), 1 + 0j)
        self.assertEqual(complex(2, 3), 2 + 3j)
        self.assertEqual(complex(1j, 1j), -1 + 1j)
        self.assertEqual(complex(2, 1j), 1 + 0j)
        self.assertEqual(complex(real=1, imag=2), 1 + 2j)
        self.assertEqual(complex(imag=5), 5j)
        self.assertEqual(complex(5L, 6L), 5 + 6j)

    def test_strings(self):
        self.assertEqual(complex('1+2j'), 1 + 2j)
        self.assertEqual(complex('  3-4j  '), 3 - 4j)
        self.assertEqual(complex('1j'), 1j)
        self.assertEqual(complex('j'), 1j)
        self.assertEqual(complex('-1.5e2+2J'), -150 + 2j)
        self.assertEqual(complex('5'), 5 + 0j)
        for s in ['(1+2j)', '1+2', 'x', '1+2j+3', '1 + 2j']:
            self.assertRaises(ValueError, complex, s)
        self.assertRaises(ValueError, complex, '')
        self.assertRaises(TypeError, complex, '1', 2)
        self.assertRaises(TypeError, complex, None)

    def test_dunder_complex(self):
        class C(object):
            def __complex__(self):
                return 7j
        self.assertEqual(complex(C()), 7j)

    def test_arithmetic(self):
        a = 3 + 4j
        b = 1 - 2j
        self.assertEqual(a + b, 4 + 2j)
        self.assertEqual(a - b, 2 + 6j)
        self.assertEqual(a * b, 11 - 2j)
        self.assertEqual(a / b, -1 + 2j)
        self.assertEqual(-a, -3 - 4j)
        self.assertEqual(abs(a), 5.0)
        self.assertEqual(a.conjugate(), 3 - 4j)
        self.assertEqual(a ** 2, -7 + 24j)
        self.assertEqual(1j ** 2, -1 + 0j)
        self.assertEqual(a * 2L, 6 + 8j)
        self.assertEqual(2 - a, -1 - 4j)

    def test_errors(self):
        self.assertRaises(ZeroDivisionError, lambda: (1 + 1j) / 0)
        self.assertRaises(ZeroDivisionError, lambda: 0j ** -1)
        self.assertRaises(TypeError, lambda: (1 + 1j) < (2 + 2j))
        self.assertRaises(TypeError, int, 1j)
        self.assertRaises(TypeError, float, 1j)
        self.assertRaises(ValueError, pow, 1j, 2, 3)

    def test_repr(self):
        self.assertEqual(repr(3 + 4j), '(3+4j)')
        self.assertEqual(repr(1j), '1j')
        self.assertEqual(repr(-1j), '-1j')
        self.assertEqual(repr(0j), '0j')
        self.assertEqual(repr(1 + 0j), '(1+0j)')
        self.assertEqual(repr(-0.5 - 0.25j), '(-0.5-0.25j)')
        self.assertEqual(repr(complex(1.5, 2)), '(1.5+2j)')

    def test_attributes(self):
        a = 3 + 4j
        self.assertEqual(a.real, 3.0)
        self.assertEqual(a.imag, 4.0)
        self.assertEqual(type(a.real), float)
        self.assertRaises((AttributeError, TypeError), setattr, a, 'real', 1)

    def test_equality_and_hash(self):
        self.assert_(1 + 0j == 1)
        self.assert_(1 + 0j == 1.0)
        self.assert_((2 + 0j) in [2])
        self.assertEqual(hash(1 + 0j), hash(1))
        self.assertEqual(hash(2.5 + 0j), hash(2.5))

    def test_subclass(self):
        class Z(complex):
            pass
        z = Z(1, 2)
        self.assertEqual(type(z), Z)
        self.assertEqual(z, 1 + 2j)


def test_main():
    test_support.run_unittest(ComplexTest)

if __name__ == '__main__':
    test_main()
