# Tests for long integers (Python 2.5 semantics).
import sys
import unittest
from test import test_support

MAXINT = sys.maxint


class BitSource:
    # small deterministic generator (linear congruential), so the test
    # does not depend on the random module
    def __init__(self, seed):
        self.state = long(seed)

    def getrandbits(self, k):
        result = 0L
        got = 0
        while got < k:
            self.state = (self.state * 6364136223846793005L +
                          1442695040888963407L) % (1L << 64)
            result = (result << 32) | (self.state >> 32)
            got += 32
        return result >> (got - k)


def naive_digits(n, base):
    # reference base conversion by repeated division
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        s = '0123456789abcdefghijklmnopqrstuvwxyz'[int(r)] + s
    if neg:
        s = '-' + s
    return s


class LongConstructorTest(unittest.TestCase):

    def test_basic(self):
        self.assertEqual(long(), 0L)
        self.assertEqual(long(5), 5L)
        self.assertEqual(type(long(5)), long)
        self.assertEqual(long(-1.9), -1L)
        self.assertEqual(long(1e30), 1000000000000000019884624838656L)
        self.assertEqual(long(' 34 '), 34L)
        self.assertEqual(long('12L'), 12L)
        self.assertEqual(long('0x10L', 0), 16L)
        self.assertEqual(long('0777', 0), 511L)
        self.assertEqual(long('z', 36), 35L)
        self.assertEqual(long('1' * 40), int('1' * 40))

    def test_errors(self):
        for s in ['', '1.5', 'L', '12LL', 'x']:
            self.assertRaises(ValueError, long, s)
        self.assertRaises(ValueError, long, '1', 1)
        self.assertRaises(TypeError, long, 5, 10)
        self.assertRaises(TypeError, long, None)
        self.assertRaises(OverflowError, long, float('inf'))
        try:
            long('12abc')
        except ValueError, e:
            self.assertEqual(str(e),
                             "invalid literal for long() with base 10: '12abc'")

    def test_nan(self):
        # 2.5 converts a nan to 0
        self.assertEqual(long(float('inf') - float('inf')), 0L)


class LongArithmeticTest(unittest.TestCase):

    def setUp(self):
        self.r = BitSource(12345)

    def values(self):
        out = [0L, 1L, -1L, 2L ** 15 - 1, 2L ** 15, 2L ** 30, -2L ** 45,
               MAXINT + 1, -MAXINT - 2, 10L ** 50, -(10L ** 50) + 7]
        for bits in (20, 64, 200, 1100, 3000):
            n = self.r.getrandbits(bits)
            out.append(long(n))
            out.append(-long(n) - 1)
        return out

    def test_add_sub_identities(self):
        vals = self.values()
        for a in vals:
            for b in vals:
                self.assertEqual((a + b) - b, a)
                self.assertEqual(a - b, -(b - a))

    def test_mul_div_identities(self):
        vals = self.values()
        for a in vals:
            for b in vals:
                p = a * b
                self.assertEqual(p, b * a)
                if b:
                    q, r = divmod(a, b)
                    self.assertEqual(q * b + r, a)
                    if b > 0:
                        self.assert_(0 <= r < b)
                    else:
                        self.assert_(b < r <= 0)
                    self.assertEqual(q, a // b)
                    self.assertEqual(r, a % b)
                    if a:
                        self.assertEqual(p // a, b)

    def test_karatsuba_square(self):
        x = (1L << 5000) - 1
        self.assertEqual(x * x, (1L << 10000) - (1L << 5001) + 1)
        y = 3L ** 3000
        self.assertEqual((y * y) // y, y)
        self.assertEqual((y * (y + 1)) % y, 0)

    def test_division_results(self):
        self.assertEqual(divmod(2 ** 64, -3),
                         (-6148914691236517206L, -2L))
        self.assertEqual(2 ** 64 % 3, 1L)
        self.assertEqual(-7L // 2, -4L)
        self.assertEqual(7L % -2, -1L)
        self.assertRaises(ZeroDivisionError, lambda: 1L / 0)
        self.assertRaises(ZeroDivisionError, lambda: 1L % 0L)

    def test_true_division(self):
        self.assertEqual(long.__truediv__(1L, 4L), 0.25)
        self.assertRaises(ZeroDivisionError, long.__truediv__, 1L, 0L)
        self.assertRaises(OverflowError, long.__truediv__, 10L ** 400, 1L)

    def test_power(self):
        self.assertEqual(2L ** 100, 1267650600228229401496703205376L)
        self.assertEqual(2L ** -1, 0.5)
        self.assertEqual(pow(12345678901234567890, 98765, 1000000007),
                         508039537)
        self.assertEqual(pow(3L, 4, 5), 1L)
        self.assertEqual(pow(-3L, 3, 7), 1L)
        self.assertEqual(pow(3L, 3, -7), -1L)
        self.assertEqual(pow(5L, 0, 1), 0L)
        self.assertRaises(ValueError, pow, 2L, 3, 0)
        self.assertRaises(TypeError, pow, 2L, -3, 5)
        self.assertEqual(len(str(2 ** 1000)), 302)
        self.assertEqual(str(7 ** 77)[-10:], '8287039207')

    def test_shifts(self):
        self.assertEqual(1L << 100, 2 ** 100)
        self.assertEqual((2 ** 100) >> 99, 2L)
        self.assertEqual(-(2 ** 100) >> 99, -2L)
        self.assertEqual(-(2 ** 100) >> 200, -1L)
        self.assertEqual(0L << 1000, 0L)
        self.assertRaises(ValueError, lambda: 1L << -1)
        self.assertRaises(OverflowError, lambda: 1 << 2 ** 70)
        for n in (0, 1, 14, 15, 16, 29, 30, 31, 100):
            for v in (12345678901234567L, -12345678901234567L):
                self.assertEqual(v << n, v * 2 ** n)
                self.assertEqual(v >> n, v // 2 ** n)

    def test_bitwise(self):
        self.assertEqual(-1 & 2 ** 70, 2 ** 70)
        self.assertEqual(-2 ** 70 & 2 ** 70 - 1, 0L)
        self.assertEqual(12L & -10L, 4L)
        self.assertEqual(12L | -10L, -2L)
        self.assertEqual(12L ^ -10L, -6L)
        self.assertEqual(-(2 ** 65) - 3 & 255, 253L)
        self.assertEqual(~(2 ** 64), -(2 ** 64) - 1)
        self.assertEqual(-1L & 0xffffffffffffffff, 18446744073709551615L)
        for a in (5L, -5L, 2 ** 70 + 3, -(2 ** 70) - 3):
            for b in (3L, -3L, 2 ** 66 - 1, -(2 ** 66)):
                self.assertEqual(a & b, ~(~a | ~b))
                self.assertEqual(a ^ b, (a | b) & ~(a & b))


class LongConversionTest(unittest.TestCase):

    def test_repr_str(self):
        self.assertEqual(repr(10L ** 20), '100000000000000000000L')
        self.assertEqual(str(10L ** 20), '100000000000000000000')
        self.assertEqual(repr(-0L), '0L')
        self.assertEqual(len(str(2 ** 10000)), 3011)

    def test_hex_oct(self):
        self.assertEqual(hex(255L), '0xffL')
        self.assertEqual(hex(-1L), '-0x1L')
        self.assertEqual(hex(0L), '0x0L')
        self.assertEqual(oct(0L), '0L')
        self.assertEqual(oct(-1L), '-01L')
        self.assertEqual(hex(2 ** 64), '0x10000000000000000L')
        self.assertEqual(oct(2 ** 63), '01000000000000000000000L')

    def test_base_roundtrip(self):
        r = BitSource(7)
        for bits in (1, 15, 16, 64, 300, 2000):
            n = long(r.getrandbits(bits))
            for base in (2, 3, 7, 8, 10, 16, 36):
                s = naive_digits(n, base)
                self.assertEqual(long(s, base), n)
                self.assertEqual(long('-' + s, base), -n)
            self.assertEqual(str(n), naive_digits(n, 10))

    def test_big_decimal(self):
        n = 10L ** 20000
        s = str(n)
        self.assertEqual(len(s), 20001)
        self.assertEqual(long(s), n)

    def test_int_conversion(self):
        self.assertEqual(type(int(2 ** 64)), long)
        self.assertEqual(type(int(5L)), int)
        self.assertEqual(type((2 ** 64).__int__()), long)
        self.assertEqual(int(-2 ** 63), -MAXINT - 1)
        self.assertEqual(type(int(-2 ** 63)), int)

    def test_float_conversion(self):
        self.assertEqual(float(2 ** 63), 9223372036854775808.0)
        self.assertEqual(float(10L ** 20), 1e20)
        self.assertRaises(OverflowError, float, 10 ** 400)

    def test_hash(self):
        for v in (0, 1, -1, 7, MAXINT, -MAXINT - 1, 2 ** 40):
            self.assertEqual(hash(long(v)), hash(v))
        self.assertEqual(hash(-1L), -2)
        self.assertEqual(hash(2 ** 64), hash(2 ** 64))

    def test_compare(self):
        self.assert_(2 ** 100 > 2 ** 99)
        self.assert_(-2 ** 100 < -2 ** 99)
        self.assert_(2 ** 64 == 2 ** 64)
        self.assertEqual(cmp(5L, 4L), 1)
        self.assert_(1L < 1.5)
        self.assert_(2 ** 64 == float(2 ** 64))
        self.assert_(2 ** 64 + 1 > float(2 ** 64))

    def test_subclass(self):
        class MyLong(long):
            pass
        m = MyLong(9)
        self.assertEqual(m, 9L)
        self.assertEqual(type(m), MyLong)
        self.assertEqual(type(-m), long)
        self.assertEqual(MyLong('ff', 16), 255L)
        self.assertEqual((5L).__getnewargs__(), (5L,))


def test_main():
    test_support.run_unittest(LongConstructorTest, LongArithmeticTest,
                              LongConversionTest)

if __name__ == '__main__':
    test_main()
