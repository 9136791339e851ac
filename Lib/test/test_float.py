# Tests for the float type (Python 2.5 semantics).
import unittest
from test import test_support

INF = float('inf')
NAN = INF - INF


class FloatConstructorTest(unittest.TestCase):

    def test_numbers(self):
        self.assertEqual(float(), 0.0)
        self.assertEqual(float(1), 1.0)
        self.assertEqual(float(10 ** 20), 1e20)
        self.assertEqual(float(True), 1.0)
        self.assertRaises(OverflowError, float, 10 ** 400)

    def test_strings(self):
        self.assertEqual(float('1.5'), 1.5)
        self.assertEqual(float(' 2.5 '), 2.5)
        self.assertEqual(float('\t-3\n'), -3.0)
        self.assertEqual(float('+4'), 4.0)
        self.assertEqual(float('1E-3'), 0.001)
        self.assertEqual(float('.5'), 0.5)
        self.assertEqual(float('5.'), 5.0)
        self.assertEqual(float(u'7.25'), 7.25)
        self.assertEqual(float('1e400'), INF)
        self.assertEqual(float('-1e400'), -INF)
        self.assertEqual(float('inf'), INF)

    def test_bad_strings(self):
        for s in ['abc', '1.2.3', '1,5', '0x10', '1e', 'e5', '- 1', '1 2']:
            self.assertRaises(ValueError, float, s)
        try:
            float('')
        except ValueError, e:
            self.assertEqual(str(e), 'empty string for float()')
        try:
            float('abc')
        except ValueError, e:
            self.assertEqual(str(e), 'invalid literal for float(): abc')

    def test_bad_types(self):
        self.assertRaises(TypeError, float, None)
        self.assertRaises(TypeError, float, [])
        self.assertRaises(TypeError, float, 1j)

    def test_subclass(self):
        class F(float):
            pass
        f = F('3.5')
        self.assertEqual(type(f), F)
        self.assertEqual(f, 3.5)
        self.assertEqual(repr(F(2)), '2.0')


class FloatReprTest(unittest.TestCase):

    def test_repr(self):
        self.assertEqual(repr(0.1), '0.10000000000000001')
        self.assertEqual(repr(1.0), '1.0')
        self.assertEqual(repr(1e16), '10000000000000000.0')
        self.assertEqual(repr(1e17), '1e+17')
        self.assertEqual(repr(-0.0), '-0.0')
        self.assertEqual(repr(1.0 / 3), '0.33333333333333331')
        self.assertEqual(repr(5e-324), '4.9406564584124654e-324')

    def test_str(self):
        self.assertEqual(str(0.1), '0.1')
        self.assertEqual(str(1.0 / 3), '0.333333333333')
        self.assertEqual(str(1e15), '1e+15')
        self.assertEqual(str(123456789012.0), '123456789012.0')
        self.assertEqual(str(1234567890123.0), '1.23456789012e+12')

    def test_special(self):
        self.assertEqual(str(INF), 'inf')
        self.assertEqual(repr(-INF), '-inf')
        self.assert_(NAN != NAN)


class FloatArithmeticTest(unittest.TestCase):

    def test_modulo_sign(self):
        self.assertEqual(7.5 % 2, 1.5)
        self.assertEqual(-7.5 % 2, 0.5)
        self.assertEqual(7.5 % -2, -0.5)
        self.assertEqual(-7.5 % -2, -1.5)
        self.assertEqual(5.0 % INF, 5.0)
        self.assertEqual(-5.0 % INF, INF)

    def test_divmod(self):
        self.assertEqual(divmod(7.5, 2), (3.0, 1.5))
        self.assertEqual(divmod(-7.5, 2), (-4.0, 0.5))
        self.assertEqual(divmod(7, 0.5), (14.0, 0.0))
        self.assertEqual(divmod(5.0, INF), (0.0, 5.0))
        self.assertEqual(7.5 // 2, 3.0)
        self.assertEqual(-7.5 // 2, -4.0)

    def test_zero_division(self):
        self.assertRaises(ZeroDivisionError, lambda: 1.0 / 0)
        self.assertRaises(ZeroDivisionError, lambda: 1.0 % 0.0)
        self.assertRaises(ZeroDivisionError, lambda: 1.0 // 0.0)
        self.assertRaises(ZeroDivisionError, divmod, 1.0, 0.0)

    def test_power(self):
        self.assertEqual(2.0 ** 3, 8.0)
        self.assertEqual(4 ** 0.5, 2.0)
        self.assertEqual(0.0 ** 0.0, 1.0)
        self.assertEqual((-8.0) ** 3, -512.0)
        self.assertRaises(ZeroDivisionError, lambda: 0.0 ** -1)
        self.assertRaises(ValueError, lambda: (-8.0) ** 0.5)
        self.assertRaises(OverflowError, lambda: 10.0 ** 400)
        self.assertRaises(TypeError, pow, 2.0, 3, 5)

    def test_conversions(self):
        self.assertEqual(int(2.9), 2)
        self.assertEqual(int(-2.9), -2)
        self.assertEqual(type(int(1e19)), long)
        self.assertEqual(type(int(1e18)), int)
        self.assertEqual(long(1.9), 1L)
        self.assertRaises(OverflowError, int, INF)


class FloatMiscTest(unittest.TestCase):

    def test_hash(self):
        self.assertEqual(hash(1.0), 1)
        self.assertEqual(hash(-1.0), -2)
        self.assertEqual(hash(2.0 ** 70), hash(2 ** 70))
        self.assertEqual(hash(1.5), hash(1.5))
        self.assertEqual(hash(INF), 314159)
        self.assertEqual(hash(-INF), -271828)

    def test_compare_with_integers(self):
        self.assert_(1.5 > 1)
        self.assert_(2.0 == 2L)
        self.assert_(float(2 ** 63) == 2 ** 63)
        self.assert_(float(2 ** 63) < 2 ** 63 + 1)
        self.assert_(INF > 10 ** 400)
        self.assert_(-INF < -10 ** 400)
        self.failIf(NAN == 1)
        self.assert_(NAN != 1)

    def test_getformat(self):
        self.assert_(float.__getformat__('double') in
                     ('IEEE, little-endian', 'IEEE, big-endian'))
        self.assertRaises(ValueError, float.__getformat__, 'long')

    def test_getnewargs(self):
        self.assertEqual((1.5).__getnewargs__(), (1.5,))


def test_main():
    test_support.run_unittest(FloatConstructorTest, FloatReprTest,
                              FloatArithmeticTest, FloatMiscTest)

if __name__ == '__main__':
    test_main()
