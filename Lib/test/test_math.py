# Tests for the math and cmath modules (Python 2.5 semantics).
import math
import cmath
import unittest
from test import test_support

EPS = 1e-9


class MathTest(unittest.TestCase):

    def close(self, a, b):
        self.assert_(abs(a - b) <= EPS * max(1.0, abs(b)), (a, b))

    def test_constants(self):
        self.close(math.pi, 3.141592653589793)
        self.close(math.e, 2.718281828459045)

    def test_basic(self):
        self.assertEqual(math.sqrt(4.0), 2.0)
        self.assertEqual(math.exp(0), 1.0)
        self.assertEqual(math.log(1), 0.0)
        self.assertEqual(math.floor(-1.5), -2.0)
        self.assertEqual(type(math.floor(1.5)), float)
        self.assertEqual(math.ceil(1.2), 2.0)
        self.assertEqual(math.fabs(-3), 3.0)
        self.assertEqual(math.fmod(-7, 3), -1.0)
        self.assertEqual(math.hypot(3, 4), 5.0)
        self.assertEqual(math.pow(2, 10), 1024.0)
        self.assertEqual(math.frexp(8.0), (0.5, 4))
        self.assertEqual(math.ldexp(0.5, 4), 8.0)
        self.assertEqual(math.modf(2.5), (0.5, 2.0))
        self.close(math.degrees(math.pi), 180.0)
        self.close(math.radians(180), math.pi)
        self.close(math.atan2(1, 1), math.pi / 4)
        self.close(math.sin(math.pi / 2), 1.0)
        self.close(math.cosh(0), 1.0)

    def test_log(self):
        self.close(math.log(8, 2), 3.0)
        self.close(math.log10(1000), 3.0)
        self.close(math.log(10 ** 400), 400 * math.log(10))
        self.close(math.log10(10 ** 400), 400.0)
        self.close(math.log(2 ** 1000, 2), 1000.0)
        self.assertRaises(ValueError, math.log, 0L)
        self.assertRaises(ValueError, math.log, -1)

    def test_errors(self):
        self.assertRaises(ValueError, math.sqrt, -1)
        self.assertRaises(ValueError, math.acos, 2)
        self.assertRaises(OverflowError, math.exp, 1000)
        self.assertRaises(OverflowError, math.log, 0)
        self.assertRaises(TypeError, math.sqrt, 'x')
        try:
            math.sqrt(-1)
        except ValueError, e:
            self.assertEqual(str(e), 'math domain error')
        try:
            math.exp(1000)
        except OverflowError, e:
            self.assertEqual(str(e), 'math range error')

    def test_underflow_is_not_an_error(self):
        self.assertEqual(math.exp(-1000), 0.0)


class CMathTest(unittest.TestCase):

    def close(self, a, b):
        self.assert_(abs(a - b) <= EPS * max(1.0, abs(b)), (a, b))

    def test_basic(self):
        self.assertEqual(cmath.sqrt(-1), 1j)
        self.assertEqual(cmath.exp(0j), 1 + 0j)
        self.assert_(abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
        self.close(cmath.log(-1), 1j * math.pi)
        self.close(cmath.log(100, 10), 2)
        self.close(cmath.log10(100), 2)

    def test_inverses(self):
        z = 0.3 + 0.4j
        self.close(cmath.sin(cmath.asin(z)), z)
        self.close(cmath.cos(cmath.acos(z)), z)
        self.close(cmath.tan(cmath.atan(z)), z)
        self.close(cmath.sinh(cmath.asinh(z)), z)
        self.close(cmath.cosh(cmath.acosh(z)), z)
        self.close(cmath.tanh(cmath.atanh(z)), z)

    def test_errors(self):
        self.assertRaises(TypeError, cmath.sqrt, 'x')


def test_main():
    test_support.run_unittest(MathTest, CMathTest)

if __name__ == '__main__':
    test_main()
