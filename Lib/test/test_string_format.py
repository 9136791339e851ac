"""Tests for the % operator on str and unicode."""

import unittest
import warnings
from test import test_support


class FormatTest(unittest.TestCase):

    def check(self, fmt, args, expected):
        self.assertEqual(fmt % args, expected)

    def test_int_conversions(self):
        self.check('%d %i %u', (42, -42, -3), '42 -42 -3')
        self.check('%o %x %X', (42, -255, 255), '52 -ff FF')
        self.check('%5d|%-5d|%05d', (42, 42, -42), '   42|42   |-0042')
        self.check('%+d % d %+05d', (42, 42, 42), '+42  42 +0042')
        self.check('%.3d|%6.3d|%-6.3d|', (42, -42, 42), '042|  -042|042   |')
        self.check('%#o %#x %#X', (42, 42, 42), '052 0x2a 0X2A')
        self.check('%#5x|%#05x|%-#6o|', (42, 42, 42), ' 0x2a|0x02a|052   |')
        self.check('%#x %#o %o', (0, 0, 0L), '0x0 0 0')
        self.check('%x', 2 ** 70, '400000000000000000')
        self.check('%X', 3000000000L, 'B2D05E00')
        self.check('%d', 10 ** 30, '1' + '0' * 30)
        self.check('%d %s %r', (True, True, False), '1 True False')
        self.check('%i %u', (3.9, -3.9), '3 -3')

    def test_float_conversions(self):
        self.check('%e', 12345.6789, '1.234568e+04')
        self.check('%E', 0.000123, '1.230000E-04')
        self.check('%f', 1e20, '100000000000000000000.000000')
        self.check('%g %g %g', (100000, 1000000, 0.00001), '100000 1e+06 1e-05')
        self.check('%10.3f|%-10.3f|', (3.14159, 3.14159),
                   '     3.142|3.142     |')
        self.check('%010.3f', -0.000123, '-00000.000')
        self.check('%#.0f %#.0e', (3.14159, 3.14159), '3. 3.e+00')
        self.check('%#g', -0.000123, '-0.000123000')
        self.check('%+08.2f', 3.14159, '+0003.14')
        self.check('%.50f', 0.1,
                   '0.10000000000000000555111512312578270211815834045410')
        self.assertRaises(OverflowError, lambda: '%.120f' % 1.0)

    def test_string_conversions(self):
        self.check('%5s|%-5s|%.2s|%5.2s', ('hello', 'x', 'hello', 'hello'),
                   'hello|x    |he|   he')
        self.check('%r|%.3r|%10r', ('hello', 'hello', 'x'),
                   "'hello'|'he|       'x'")
        self.check('%05s %+s', ('x', 'x'), '    x x')
        self.check('%s', [1, 2], '[1, 2]')
        self.check('%s', ((1, 2),), '(1, 2)')
        self.check('%%|%d%%', 50, '%|50%')

    def test_star(self):
        self.check('%*d', (5, 42), '   42')
        self.check('%-*d|', (5, 42), '42   |')
        self.check('%*s', (-5, 'ab'), 'ab   ')
        self.check('%.*f', (2, 3.14159), '3.14')
        self.check('%*.*f', (8, 3, 2.5), '   2.500')

    def test_char(self):
        self.check('%c%c%c', (72, 'i', 33), 'Hi!')
        self.check('%c', 255, '\xff')
        self.check('%3c|%-3c|', ('x', 66), '  x|B  |')
        self.assertRaises(TypeError, lambda: '%c' % 'ab')
        self.assertRaises(OverflowError, lambda: '%c' % -1)
        self.assertRaises(OverflowError, lambda: '%c' % 256)

    def test_mapping(self):
        self.check('%(name)s is %(age)d', {'name': 'Ann', 'age': 30},
                   'Ann is 30')
        self.check('%(x)s %(x)r %(x)5s|', {'x': 'v'}, "v 'v'     v|")
        self.check('%s %(a)s', {'a': 1}, "{'a': 1} 1")
        class M(object):
            def __getitem__(self, k):
                return k.upper()
        self.check('%(hello)s %(world)s', M(), 'HELLO WORLD')
        self.check('no format', [], 'no format')

    def error(self, fmt, args, exc, msg):
        try:
            fmt % args
        except exc, e:
            self.assertEqual(str(e), msg)
        else:
            self.fail('%r %% %r did not raise' % (fmt, args))

    def test_errors(self):
        self.error('%d', 'x', TypeError, 'int argument required')
        self.error('%s %s', (1,), TypeError,
                   'not enough arguments for format string')
        self.error('%s', (1, 2), TypeError,
                   'not all arguments converted during string formatting')
        self.error('abc', 1, TypeError,
                   'not all arguments converted during string formatting')
        self.error('%(k)s', (1,), TypeError, 'format requires a mapping')
        self.error('%', (), ValueError, 'incomplete format')
        self.error('%z', 1, ValueError,
                   "unsupported format character 'z' (0x7a) at index 1")
        self.error('%(k', {'k': 1}, ValueError, 'incomplete format key')
        self.error('%c', 'ab', TypeError, '%c requires int or char')
        self.error('%f', 'x', TypeError, 'float argument required')
        self.error('%*d', ('a', 1), TypeError, '* wants int')
        self.error('%(a)s %s', {'a': 1}, TypeError,
                   'not enough arguments for format string')
        self.assertRaises(KeyError, lambda: '%(k)s' % {})

    def test_unicode_promotion(self):
        self.assertEqual('%s' % u'x', u'x')
        self.assertEqual(type('%s' % u'x'), unicode)
        self.assertEqual('%s %s' % ('a', u'b'), u'a b')
        self.assertEqual('%r' % u'\xe9', "u'\\xe9'")
        self.assertRaises(UnicodeDecodeError, lambda: '\xe9%s' % u'x')

    def test_unicode_format(self):
        self.assertEqual(u'%s' % 'x', u'x')
        self.assertEqual(u'%s-%d' % (u'\xe9', 5), u'\xe9-5')
        self.assertEqual(u'%c' % 0x20ac, u'\u20ac')
        self.assertEqual(u'%c' % u'x', u'x')
        self.assertEqual(u'%5.1f|%-4s|' % (2.25, u'ab'), u'  2.2|ab  |')
        self.assertEqual(u'%(a)s' % {'a': u'\xe9'}, u'\xe9')
        self.assertRaises(OverflowError, lambda: u'%c' % 0x110000)


def test_main():
    test_support.run_unittest(FormatTest)

if __name__ == '__main__':
    test_main()
