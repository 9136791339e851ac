# Argument parsing of built-in functions (PyArg_* messages, 2.5 wording).
import unittest
from test import test_support


class GetArgsTest(unittest.TestCase):

    def message(self, func, *args, **kwds):
        try:
            func(*args, **kwds)
        except TypeError, e:
            return str(e)
        self.fail('no TypeError')

    def test_counts(self):
        self.assertEqual(self.message(chr),
                         'chr() takes exactly 1 argument (0 given)')
        self.assertEqual(self.message(round, 1, 2, 3),
                         'round() takes at most 2 arguments (3 given)')
        self.assertEqual(self.message(cmp, 1),
                         'cmp expected 2 arguments, got 1')

    def test_types(self):
        self.assertEqual(self.message(chr, 'a'), 'an integer is required')
        self.assertEqual(self.message(intern, 1),
                         'intern() argument 1 must be string, not int')
        self.assertEqual(self.message(round, '1'), 'a float is required')

    def test_keywords(self):
        self.assertEqual(self.message(round, 1.5, bogus=2),
                         "'bogus' is an invalid keyword argument for this function")
        self.assertEqual(round(number=2.5), 3.0)
        self.assertEqual(round(1.25, ndigits=1), 1.3)
        self.assertEqual(self.message(round, 1.5, number=2),
                         "keyword parameter 'number' was given by position and by name")

    def test_overflow(self):
        self.assertRaises(OverflowError, chr, 2 ** 70)


def test_main():
    test_support.run_unittest(GetArgsTest)

if __name__ == '__main__':
    test_main()
