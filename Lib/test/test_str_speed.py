# Tests for the fast paths of str building and formatting: int and long
# to text, the % operator's integer and %s conversions, and str methods
# that skip argument parsing.  Each fast path is checked against a model
# written here in Python (or against the general path of the same
# operation) over edge cases.
import sys
import unittest
from test import test_support

MAXINT = sys.maxint
MININT = -sys.maxint - 1


def digits_of(n, base, upper=False):
    """Digits of abs(n) in base, computed by repeated division."""
    n = abs(n)
    chars = '0123456789abcdef'
    if upper:
        chars = chars.upper()
    out = []
    while True:
        n, r = divmod(n, base)
        out.append(chars[int(r)])
        if n == 0:
            break
    out.reverse()
    return ''.join(out)


def model_format(flags, width, prec, conv, value):
    """What '%<flags><width>.<prec><conv>' % value gives for an integral
    value in Python 2.5."""
    v = long(value)
    if conv in 'diu':
        body = digits_of(v, 10)
    elif conv in 'xX':
        body = digits_of(v, 16, conv == 'X')
    else:
        body = digits_of(v, 8)
    if prec is not None and len(body) < prec:
        body = '0' * (prec - len(body)) + body
    prefix = ''
    if '#' in flags:
        if conv == 'x':
            prefix = '0x'
        elif conv == 'X':
            prefix = '0X'
        elif conv == 'o' and not body.startswith('0'):
            prefix = '0'
    if v < 0:
        sign = '-'
    elif '+' in flags:
        sign = '+'
    elif ' ' in flags:
        sign = ' '
    else:
        sign = ''
    text = sign + prefix + body
    w = width or 0
    if len(text) >= w:
        return text
    pad = w - len(text)
    if '-' in flags:
        return text + ' ' * pad
    if '0' in flags:
        return sign + prefix + '0' * pad + body
    return ' ' * pad + text


INT_VALUES = [0, 1, -1, 7, 8, 9, 10, -10, 15, 16, 99, 100, 101, 255, -255,
              1000, 12345, -12345, 65535, 2 ** 31 - 1, -2 ** 31, 2 ** 31,
              10 ** 9, 10 ** 10 - 1, 2 ** 62, MAXINT, MININT, MAXINT - 1,
              MININT + 1]

LONG_VALUES = [0L, 1L, -1L, 8L, 255L, -255L, 2L ** 15, 2L ** 30 - 1,
               2L ** 45, 2L ** 59, 2L ** 60 - 1, 2L ** 60, -2L ** 60,
               2L ** 63, 2L ** 64, -2L ** 64, 10L ** 30, -10L ** 30,
               long(MAXINT), long(MININT), 3L ** 100]


class IntTextTest(unittest.TestCase):

    def test_str_repr(self):
        for v in INT_VALUES:
            if v < MININT or v > MAXINT:
                continue
            expect = (v < 0 and '-' or '') + digits_of(v, 10)
            self.assertEqual(str(v), expect)
            self.assertEqual(repr(v), expect)
            self.assertEqual(int.__str__(v), expect)
            self.assertEqual(str(long(v)), expect)
            self.assertEqual(repr(long(v)), expect + 'L')

    def test_known_values(self):
        self.assertEqual(str(0), '0')
        self.assertEqual(str(-7), '-7')
        if MAXINT == 2 ** 63 - 1:
            self.assertEqual(str(MAXINT), '9223372036854775807')
            self.assertEqual(str(MININT), '-9223372036854775808')
            self.assertEqual(hex(MININT), '-0x8000000000000000')
            self.assertEqual(oct(MININT), '-01000000000000000000000')
        else:
            self.assertEqual(str(MAXINT), '2147483647')
            self.assertEqual(str(MININT), '-2147483648')

    def test_hex_oct(self):
        for v in INT_VALUES:
            if v < MININT or v > MAXINT:
                continue
            sign = v < 0 and '-' or ''
            self.assertEqual(hex(v), sign + '0x' + digits_of(v, 16))
            if v == 0:
                self.assertEqual(oct(v), '0')
            else:
                self.assertEqual(oct(v), sign + '0' + digits_of(v, 8))
        self.assertEqual(hex(-1), '-0x1')
        self.assertEqual(oct(-8), '-010')
        self.assertEqual(oct(0), '0')

    def test_long_text(self):
        for v in LONG_VALUES:
            sign = v < 0 and '-' or ''
            self.assertEqual(str(v), sign + digits_of(v, 10))
            self.assertEqual(repr(v), sign + digits_of(v, 10) + 'L')
            self.assertEqual(hex(v), sign + '0x' + digits_of(v, 16) + 'L')
            if v == 0:
                self.assertEqual(oct(v), '0L')
            else:
                self.assertEqual(oct(v), sign + '0' + digits_of(v, 8) + 'L')

    def test_bool_and_subclass(self):
        self.assertEqual(str(True), 'True')
        self.assertEqual(repr(False), 'False')
        self.assertEqual(hex(True), '0x1')
        self.assertEqual(oct(True), '01')

        class MyInt(int):
            pass

        class Loud(int):
            def __str__(self):
                return 'loud'

            def __repr__(self):
                return 'LOUD'
        self.assertEqual(str(MyInt(-42)), '-42')
        self.assertEqual(repr(MyInt(42)), '42')
        self.assertEqual(str(Loud(3)), 'loud')
        self.assertEqual(repr(Loud(3)), 'LOUD')

    def test_str_of_int_is_str(self):
        self.assertEqual(type(str(5)), str)
        self.assertEqual(type(str(123456)), str)
        self.assertEqual(str(), '')
        self.assertEqual(type(str(u'abc')), str)


class PercentIntTest(unittest.TestCase):

    FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '#-',
             '+#', '- ', '+ ']
    WIDTHS = [None, 0, 1, 5, 12, 30]
    PRECS = [None, 0, 1, 3, 10, 25]

    def check(self, values):
        for conv in 'diuxXo':
            for flags in self.FLAGS:
                for width in self.WIDTHS:
                    for prec in self.PRECS:
                        spec = '%' + flags
                        if width is not None:
                            spec += str(width)
                        if prec is not None:
                            spec += '.' + str(prec)
                        spec += conv
                        for v in values:
                            got = spec % v
                            want = model_format(flags, width, prec, conv, v)
                            if got != want:
                                self.fail('%r %% %r gave %r, expected %r'
                                          % (spec, v, got, want))

    def test_ints(self):
        self.check(INT_VALUES)

    def test_longs(self):
        self.check(LONG_VALUES)

    def test_int_and_long_agree(self):
        for v in INT_VALUES:
            for spec in ('%d', '%x', '%X', '%o', '%#o', '%#x', '%+08.3d',
                         '%-7o|', '% d', '%s', '%r'):
                if spec == '%r':
                    self.assertEqual(spec % v + 'L', spec % long(v))
                else:
                    self.assertEqual(spec % v, spec % long(v))

    def test_star(self):
        self.assertEqual('%*d' % (5, 42), '   42')
        self.assertEqual('%-*d|' % (5, 42), '42   |')
        self.assertEqual('%*d|' % (-5, 42), '42   |')
        self.assertEqual('%.*d' % (4, 42), '0042')
        self.assertEqual('%*.*x' % (6, 3, 255), '   0ff')

    def test_bare_d_and_s(self):
        for v in INT_VALUES:
            s = (v < 0 and '-' or '') + digits_of(v, 10)
            self.assertEqual('%d' % v, s)
            self.assertEqual('%i' % v, s)
            self.assertEqual('%s' % v, s)
            self.assertEqual('%s' % (v,), s)
            self.assertEqual('<%d|%s|%i>' % (v, v, v), '<%s|%s|%s>' % (s, s, s))
        self.assertEqual('%d%%' % 50, '50%')
        self.assertEqual('%s%s%s' % ('a', 1, 'b'), 'a1b')
        self.assertEqual('x%sy' % 'mid', 'xmidy')
        self.assertEqual('%s' % '', '')
        self.assertEqual(type('%s' % 'a'), str)

    def test_bool_and_subclasses(self):
        self.assertEqual('%d' % True, '1')
        self.assertEqual('%s' % True, 'True')
        self.assertEqual('%r' % False, 'False')
        self.assertEqual('%x' % True, '1')

        class MyInt(int):
            def __str__(self):
                return 'myint'

            def __repr__(self):
                return 'MYINT'
        m = MyInt(12)
        self.assertEqual('%d' % m, '12')
        self.assertEqual('%s' % m, 'myint')
        self.assertEqual('%r' % m, 'MYINT')
        self.assertEqual('%x' % m, 'c')

        class MyLong(long):
            def __str__(self):
                return 'mylong'
        self.assertEqual('%d' % MyLong(7), '7')
        self.assertEqual('%s' % MyLong(7), 'mylong')

        class MyStr(str):
            def __str__(self):
                return 'other'
        self.assertEqual('%s' % MyStr('abc'), 'other')
        self.assertEqual('%s' % (MyStr('abc'),), 'other')

    def test_int_conversion_of_objects(self):
        class HasInt(object):
            def __int__(self):
                return 42
        self.assertEqual('%d' % HasInt(), '42')
        self.assertEqual('%x' % HasInt(), '2a')
        self.assertEqual('%d' % 3.99, '3')
        self.assertEqual('%d' % -3.99, '-3')
        self.assertEqual('%s' % 3.5, '3.5')

    def test_errors(self):
        for spec, arg in (('%d', 'x'), ('%i', '1'), ('%o', 'a'),
                          ('%d', None), ('%d', [1])):
            try:
                spec % arg
            except TypeError, e:
                self.assertEqual(str(e), 'int argument required')
            else:
                self.fail('no TypeError for %r %% %r' % (spec, arg))
        self.assertRaises(TypeError, '%d %d'.__mod__, (1,))
        try:
            '%d' % (1, 2)
        except TypeError, e:
            self.assertEqual(str(e),
                             'not all arguments converted during string '
                             'formatting')
        try:
            '%s %s' % ('a',)
        except TypeError, e:
            self.assertEqual(str(e), 'not enough arguments for format string')
        try:
            '%s' % ()
        except TypeError, e:
            self.assertEqual(str(e), 'not enough arguments for format string')
        self.assertRaises(ValueError, '%'.__mod__, 1)

    def test_unicode_mixing(self):
        r = '%s' % u'x'
        self.assertEqual(type(r), unicode)
        self.assertEqual(r, u'x')
        r = '%d %s %d' % (1, u'y', 2)
        self.assertEqual(type(r), unicode)
        self.assertEqual(r, u'1 y 2')
        r = '%s-%s' % ('a', 'b')
        self.assertEqual(type(r), str)
        self.assertEqual('%(a)s %(b)d' % {'a': 1, 'b': 2}, '1 2')
        self.assertEqual(type('%(a)s' % {'a': u'z'}), unicode)

    def test_mapping_and_single(self):
        self.assertEqual('%s' % {'a': 1}, "{'a': 1}")
        self.assertEqual('%d' % 5, '5')
        self.assertEqual('%s' % [1, 2], '[1, 2]')

    def test_long_output(self):
        # results longer than any internal buffer
        parts = ['%d' % i for i in range(200)]
        fmt = ' '.join(['%d'] * 200)
        self.assertEqual(fmt % tuple(range(200)), ' '.join(parts))
        big = 'x' * 1000
        self.assertEqual(('%s|' * 5) % ((big,) * 5), (big + '|') * 5)
        self.assertEqual('%300d' % 1, ' ' * 299 + '1')
        self.assertEqual('%-300s|' % 'a', 'a' + ' ' * 299 + '|')


class StrMethodsTest(unittest.TestCase):

    ALL_BYTES = ''.join([chr(i) for i in range(256)])

    def model_split(self, s):
        words = []
        cur = []
        for ch in s:
            if ch in ' \t\n\r\x0b\x0c':
                if cur:
                    words.append(''.join(cur))
                    cur = []
            else:
                cur.append(ch)
        if cur:
            words.append(''.join(cur))
        return words

    def test_split_whitespace(self):
        cases = ['', ' ', '   ', 'a', ' a', 'a ', ' a b  c ', 'a\tb\nc\rd',
                 '\x0b\x0cx\x0b\x0c', 'alpha beta gamma delta 123',
                 self.ALL_BYTES, self.ALL_BYTES * 3,
                 ' '.join(['w%d' % i for i in range(63)]),
                 ' '.join(['w%d' % i for i in range(64)]),
                 ' '.join(['w%d' % i for i in range(65)]),
                 ' x' * 500]
        for s in cases:
            self.assertEqual(s.split(), self.model_split(s))
            self.assertEqual(s.split(None), self.model_split(s))
            self.assertEqual(s.split(None, -1), self.model_split(s))
            for w in s.split():
                self.assertEqual(type(w), str)

        class S(str):
            pass
        self.assertEqual(S(' a b ').split(), ['a', 'b'])
        self.assertEqual(type(S(' a b ').split()[0]), str)
        self.assertEqual(' a b c '.split(None, 1), ['a', 'b c '])
        self.assertEqual(' a b c '.split(None, 0), ['a b c '])
        self.assertEqual('a,b,,c'.split(','), ['a', 'b', '', 'c'])
        self.assertEqual(type(' a b '.split(u' ')[0]), unicode)
        self.assertRaises(TypeError, 'a'.split, 1)

    def test_strip(self):
        self.assertEqual('  a b \t\n'.strip(), 'a b')
        self.assertEqual('  a b \t\n'.lstrip(), 'a b \t\n')
        self.assertEqual('  a b \t\n'.rstrip(), '  a b')
        self.assertEqual('xxaxx'.strip('x'), 'a')
        self.assertEqual('xxaxx'.lstrip('x'), 'axx')
        self.assertEqual('xxaxx'.rstrip('x'), 'xxa')
        self.assertEqual(' a '.strip(None), 'a')
        self.assertEqual(type(' a '.strip(u' ')), unicode)
        self.assertEqual(''.strip(), '')
        self.assertEqual('   '.strip(), '')
        try:
            'a'.strip(1)
        except TypeError, e:
            self.assertEqual(str(e), 'strip arg must be None, str or unicode')
        else:
            self.fail('strip(1) did not raise')
        try:
            'a'.lstrip(1)
        except TypeError, e:
            self.assertEqual(str(e), 'lstrip arg must be None, str or unicode')
        try:
            'a'.strip('a', 'b')
        except TypeError, e:
            self.assertEqual(str(e), 'strip() takes at most 1 argument '
                                     '(2 given)')
        else:
            self.fail('strip with 2 arguments did not raise')

    def test_upper_lower(self):
        up = []
        low = []
        for i in range(256):
            c = chr(i)
            if 'a' <= c <= 'z':
                up.append(chr(i - 32))
            else:
                up.append(c)
            if 'A' <= c <= 'Z':
                low.append(chr(i + 32))
            else:
                low.append(c)
        self.assertEqual(self.ALL_BYTES.upper(), ''.join(up))
        self.assertEqual(self.ALL_BYTES.lower(), ''.join(low))
        self.assertEqual(''.upper(), '')
        self.assertEqual('MiXeD 123'.swapcase(), 'mIxEd 123')
        self.assertEqual('hello world'.title(), 'Hello World')
        self.assertEqual('hELLO'.capitalize(), 'Hello')

    def test_index(self):
        s = 'abcdef'
        for i in range(-6, 6):
            self.assertEqual(s[i], 'abcdef'[i % 6])
            self.assertEqual(s[long(i)], s[i])
        self.assert_(s[0] is s[0])
        self.assert_(s[1] is 'xbx'[1])
        self.assertEqual(s[True], 'b')
        for bad in (6, -7, MAXINT, MININT, 2 ** 70, -2 ** 70):
            try:
                s[bad]
            except IndexError:
                pass
            else:
                self.fail('s[%r] did not raise' % (bad,))
        try:
            s[6]
        except IndexError, e:
            self.assertEqual(str(e), 'string index out of range')
        try:
            s['a']
        except TypeError, e:
            self.assertEqual(str(e), 'string indices must be integers')
        self.assertEqual(s[::2], 'ace')
        self.assertEqual(s[1:3], 'bc')

    def test_join(self):
        words = ['alpha', 'beta', '', 'gamma']
        self.assertEqual(' '.join(words), 'alpha beta  gamma')
        self.assertEqual(', '.join(words), 'alpha, beta, , gamma')
        self.assertEqual(''.join(words), 'alphabetagamma')
        self.assertEqual('-'.join(['x']), 'x')
        self.assertEqual('-'.join([]), '')
        self.assertEqual('-'.join(('a', 'b')), 'a-b')
        self.assertEqual('-'.join(iter(['a', 'b'])), 'a-b')
        r = '-'.join(['a', u'b'])
        self.assertEqual(type(r), unicode)
        self.assertEqual(r, u'a-b')

        class S(str):
            pass
        self.assertEqual('+'.join([S('a'), 'b']), 'a+b')
        try:
            '-'.join(['a', 1])
        except TypeError, e:
            self.assertEqual(str(e),
                             'sequence item 1: expected string, int found')
        else:
            self.fail('join of an int did not raise')

    def test_startswith_endswith(self):
        s = 'beta-00012-c'
        self.assert_(s.startswith('beta'))
        self.assert_(s.endswith('c'))
        self.assert_(s.startswith(('x', 'be')))
        self.failIf(s.startswith(('x', 'y')))

        class S(str):
            pass
        self.assert_(s.startswith(S('beta')))
        self.assert_(s.endswith(u'-c'))
        self.assertRaises(TypeError, s.startswith, 1)


def test_main():
    test_support.run_unittest(IntTextTest, PercentIntTest, StrMethodsTest)


if __name__ == '__main__':
    test_main()
