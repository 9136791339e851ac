# Tests for the plain integer type (Python 2.5 semantics).
import sys
import unittest
from test import test_support

MAXINT = sys.maxint


class IntConstructorTest(unittest.TestCase):

    def test_no_args(self):
        self.assertEqual(int(), 0)

    def test_from_numbers(self):
        self.assertEqual(int(3.99), 3)
        self.assertEqual(int(-3.99), -3)
        self.assertEqual(int(10L), 10)
        self.assertEqual(type(int(10L)), int)
        self.assertEqual(int(True), 1)

    def test_from_strings(self):
        self.assertEqual(int('42'), 42)
        self.assertEqual(int('  -42  '), -42)
        self.assertEqual(int('+7'), 7)
        self.assertEqual(int('\t\n12\n'), 12)
        self.assertEqual(int('0010'), 10)
        self.assertEqual(int(u'34'), 34)

    def test_bases(self):
        self.assertEqual(int('ff', 16), 255)
        self.assertEqual(int('0xff', 16), 255)
        self.assertEqual(int('-0x1a', 16), -26)
        self.assertEqual(int('777', 8), 511)
        self.assertEqual(int('101', 2), 5)
        self.assertEqual(int('z', 36), 35)
        self.assertEqual(int('0x10', 0), 16)
        self.assertEqual(int('010', 0), 8)
        self.assertEqual(int('10', 0), 10)
        self.assertEqual(int('12', base=8), 10)

    def test_promotes_to_long(self):
        v = int('9223372036854775808')
        self.assertEqual(v, 2 ** 63)
        self.assertEqual(type(v), long)
        self.assertEqual(type(int(1e20)), long)
        self.assertEqual(type(int(2 ** 100)), long)
        self.assertEqual(type(int(2 ** 63 - 1)), int)

    def test_bad_strings(self):
        for s in ['', ' ', '1.5', '12abc', '0x10', '1 2', '--1', '12L', '1e3']:
            self.assertRaises(ValueError, int, s)
        self.assertRaises(ValueError, int, '8', 8)
        self.assertRaises(ValueError, int, 'g', 16)

    def test_error_messages(self):
        try:
            int('12abc')
        except ValueError, e:
            self.assertEqual(str(e),
                             "invalid literal for int() with base 10: '12abc'")
        else:
            self.fail('no ValueError')
        try:
            int('1', 37)
        except ValueError, e:
            self.assertEqual(str(e), 'int() base must be >= 2 and <= 36')
        else:
            self.fail('no ValueError')

    def test_bad_types(self):
        self.assertRaises(TypeError, int, None)
        self.assertRaises(TypeError, int, [])
        self.assertRaises(TypeError, int, 1.5, 10)
        self.assertRaises(OverflowError, int, 1e400)


class IntArithmeticTest(unittest.TestCase):

    def test_overflow_promotes(self):
        self.assertEqual(MAXINT + 1, 2 ** 63)
        self.assertEqual(type(MAXINT + 1), long)
        self.assertEqual(type(-MAXINT - 2), long)
        self.assertEqual(type(MAXINT * 2), long)
        self.assertEqual(-(-MAXINT - 1), MAXINT + 1)
        self.assertEqual(abs(-MAXINT - 1), MAXINT + 1)
        self.assertEqual((-MAXINT - 1) // -1, MAXINT + 1)

    def test_floor_division_and_modulo(self):
        self.assertEqual(7 // 2, 3)
        self.assertEqual(-7 // 2, -4)
        self.assertEqual(7 // -2, -4)
        self.assertEqual(-7 // -2, 3)
        self.assertEqual(7 % -3, -2)
        self.assertEqual(-7 % 3, 2)
        self.assertEqual(divmod(-7, 2), (-4, 1))
        self.assertEqual(divmod(-MAXINT - 1, -1), (MAXINT + 1, 0))

    def test_classic_division_floors(self):
        self.assertEqual(7 / 2, 3)
        self.assertEqual(-7 / 2, -4)

    def test_zero_division(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertRaises(ZeroDivisionError, lambda: 1 % 0)
        self.assertRaises(ZeroDivisionError, divmod, 1, 0)

    def test_power(self):
        self.assertEqual(2 ** 10, 1024)
        self.assertEqual(2 ** -1, 0.5)
        self.assertEqual(type(2 ** 62), int)
        self.assertEqual(type(2 ** 63), long)
        self.assertEqual((-2) ** 63, -2 ** 63)
        self.assertEqual(type((-2) ** 63), int)
        self.assertEqual(pow(3, 4, 5), 1)
        self.assertEqual(pow(-3, 3, 7), 1)
        self.assertEqual(pow(3, 3, -7), -1)
        self.assertEqual(pow(7, 10 ** 6, 13), 9)
        self.assertRaises(ValueError, pow, 2, 3, 0)
        self.assertRaises(TypeError, pow, 2, -3, 5)
        self.assertRaises(ZeroDivisionError, lambda: 0 ** -1)

    def test_shifts(self):
        self.assertEqual(1 << 62, 4611686018427387904)
        self.assertEqual(type(1 << 63), long)
        self.assertEqual(type(-1 << 63), int)
        self.assertEqual(-256 >> 4, -16)
        self.assertEqual(-1 >> 100, -1)
        self.assertEqual(12345 >> 64, 0)
        self.assertRaises(ValueError, lambda: 1 << -1)
        self.assertRaises(ValueError, lambda: 1 >> -1)

    def test_bitwise(self):
        self.assertEqual(-5 & 3, 3)
        self.assertEqual(5 | -3, -3)
        self.assertEqual(-5 ^ -3, 6)
        self.assertEqual(~0, -1)
        self.assertEqual(~-1, 0)

    def test_mixed_with_float(self):
        self.assertEqual(1 + 1.5, 2.5)
        self.assertEqual(3 * 0.5, 1.5)


class IntMiscTest(unittest.TestCase):

    def test_hash(self):
        self.assertEqual(hash(7), 7)
        self.assertEqual(hash(-1), -2)
        self.assertEqual(hash(0), 0)
        self.assertEqual(hash(5), hash(5L))
        self.assertEqual(hash(5), hash(5.0))

    def test_hex_oct(self):
        self.assertEqual(hex(255), '0xff')
        self.assertEqual(hex(-255), '-0xff')
        self.assertEqual(oct(8), '010')
        self.assertEqual(oct(0), '0')
        self.assertEqual(oct(-8), '-010')
        self.assertEqual(hex(-MAXINT - 1), '-0x8000000000000000')

    def test_repr(self):
        self.assertEqual(repr(42), '42')
        self.assertEqual(str(-42), '-42')
        self.assertEqual(repr(-MAXINT - 1), '-9223372036854775808')

    def test_special_methods(self):
        self.assertEqual((5).__rsub__(3), -2)
        self.assertEqual((7).__divmod__(2), (3, 1))
        self.assertEqual((3).__cmp__(4), -1)
        self.assertEqual((3).__coerce__(4L), NotImplemented)
        self.assertEqual((1).__add__('x'), NotImplemented)
        self.assertEqual((5).__index__(), 5)
        self.assertEqual((5).__truediv__(2), 2.5)
        self.assertEqual((255).__hex__(), '0xff')
        self.assertEqual((5).__getnewargs__(), (5,))

    def test_subclass(self):
        class MyInt(int):
            pass
        m = MyInt(7)
        self.assertEqual(m, 7)
        self.assertEqual(type(m), MyInt)
        self.assertEqual(type(m + 1), int)
        self.assertEqual(MyInt('12', 8), 10)
        self.assertEqual(type(+m), int)


def test_main():
    test_support.run_unittest(IntConstructorTest, IntArithmeticTest,
                              IntMiscTest)

if __name__ == '__main__':
    test_main()
