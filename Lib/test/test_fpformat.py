import unittest
from test import test_support

from fpformat import fix, sci, extract, NotANumber


class FpformatTest(unittest.TestCase):

    def test_fix(self):
        self.assertEqual(fix(1.5, 2), '1.50')
        self.assertEqual(fix(3.14159, 3), '3.142')
        self.assertEqual(fix(-3.14159, 1), '-3.1')
        self.assertEqual(fix(0.5, 0), '1')
        self.assertEqual(fix(2.5, 0), '3')
        self.assertEqual(fix(9.999, 2), '10.00')
        self.assertEqual(fix(123, 0), '123')
        self.assertEqual(fix('0.00123', 4), '0.0012')
        self.assertEqual(fix('1e3', 1), '1000.0')
        self.assertEqual(fix('1.5e-2', 3), '0.015')
        self.assertEqual(fix('1234.5', -2), '1200')
        self.assertEqual(fix('007', 1), '7.0')
        self.assertEqual(fix('abc', 2), 'abc')

    def test_fix_matches_percent_f(self):
        # Rounding is on decimal digits, half up; with values exactly
        # representable and not at a tie, it agrees with '%.*f'.
        for x in (0.0, 1.0, 0.1, 123.456, 1e10, 7.0 / 3, 2 ** 0.5):
            for digs in range(1, 5):
                self.assertEqual(fix(x, digs), '%.*f' % (digs, x))

    def test_sci(self):
        self.assertEqual(sci(1.5, 2), '1.50e+000')
        self.assertEqual(sci(12345, 2), '1.23e+004')
        self.assertEqual(sci(-0.000123, 1), '-1.2e-004')
        self.assertEqual(sci(9.99, 1), '1.0e+001')
        self.assertEqual(sci(0, 2), '0.00e+000')
        self.assertEqual(sci('1e200', 0), '1e+200')
        self.assertEqual(sci('5e-1000', 1), '5.0e-1000')
        self.assertRaises(NotANumber, sci, 'abc', 2)

    def test_extract(self):
        self.assertEqual(extract('-012.50e3'), ('-', '12', '50', 3))
        self.assertEqual(extract('+.5'), ('', '', '5', 0))
        self.assertRaises(NotANumber, extract, '1.2.3')
        self.assert_(issubclass(NotANumber, ValueError))


def test_main():
    test_support.run_unittest(FpformatTest)

if __name__ == "__main__":
    test_main()
