"""The direct paths for common argument shapes must act exactly like the
general ones: PyArg_ParseTuple's quick conversions (codes i, l, n, d, s,
s#, S, O, O!, |), range/xrange/chr reading ints directly, min/max over
their arguments, isinstance/issubclass, and math's one-argument functions.

Each test compares a shape that takes a direct path (int, bool, float,
str) with one that cannot (long, int subclass, object with __int__), and
checks the 2.5 error messages of every case the direct paths hand back."""

import unittest
import sys
import math
import warnings
import binascii
import imp
from test import test_support

MAXINT = sys.maxint
MININT = -sys.maxint - 1


class IntSub(int):
    pass


class IntSubOwnInt(int):
    # PyInt_AsLong reads an int subclass's value, never its __int__
    def __int__(self):
        return 99


class HasInt(object):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


class HasFloat(object):
    def __float__(self):
        return 0.5


class Logged(object):
    """Records every comparison, to check the order of comparisons."""
    def __init__(self, n, log):
        self.n = n
        self.log = log

    def __lt__(self, other):
        self.log.append(('lt', self.n, other.n))
        return self.n < other.n

    def __gt__(self, other):
        self.log.append(('gt', self.n, other.n))
        return self.n > other.n

    def __repr__(self):
        return 'L%d' % self.n


class Bad(object):
    def __lt__(self, other):
        raise ZeroDivisionError('from __lt__')
    __gt__ = __lt__


class Helpers(unittest.TestCase):

    def raises(self, exc, msg, func, *args, **kw):
        try:
            func(*args, **kw)
        except exc, e:
            self.assertEqual(str(e), msg)
        else:
            self.fail('%s not raised by %r%r' % (exc.__name__, func, args))


class RangeTest(Helpers):

    def triples(self):
        values = [0, 1, -1, 2, 5, -7, 10, MAXINT, MAXINT - 1, MAXINT - 3,
                  MININT, MININT + 1, MININT + 3]
        steps = [1, 2, 3, -1, -2, -5, MAXINT, MININT, MAXINT // 2]
        for lo in values:
            for hi in values:
                for st in steps:
                    yield lo, hi, st

    def small(self, lo, hi, st):
        # count without building huge lists
        if st > 0:
            n = max(0, (hi - lo + st - 1) // st)
        else:
            n = max(0, (lo - hi - st - 1) // -st)
        return n

    def test_matches_long_arguments(self):
        for lo, hi, st in self.triples():
            if self.small(lo, hi, st) > 50:
                continue
            want = range(long(lo), long(hi), long(st))
            self.assertEqual(range(lo, hi, st), want)
            self.assertEqual(range(IntSub(lo), IntSub(hi), IntSub(st)), want)
            self.assertEqual(list(xrange(lo, hi, st)), want)
            self.assertEqual(list(xrange(IntSub(lo), IntSub(hi),
                                         IntSub(st))), want)
            # the items are plain ints (not longs, not subclasses)
            for x in range(lo, hi, st):
                self.assertTrue(type(x) is int)

    def test_explicit_values(self):
        self.assertEqual(range(5), [0, 1, 2, 3, 4])
        self.assertEqual(range(2, 5), [2, 3, 4])
        self.assertEqual(range(10, 0, -3), [10, 7, 4, 1])
        self.assertEqual(range(0, -5, -2), [0, -2, -4])
        self.assertEqual(range(5, 2), [])
        self.assertEqual(range(-3), [])
        self.assertEqual(range(MAXINT - 2, MAXINT), [MAXINT - 2, MAXINT - 1])
        self.assertEqual(range(MININT, MININT + 2), [MININT, MININT + 1])
        self.assertEqual(range(0, MAXINT, MAXINT), [0])
        self.assertEqual(range(MAXINT, MININT, MININT), [MAXINT, -1])
        self.assertEqual(range(MAXINT, -MAXINT, -MAXINT), [MAXINT, 0])
        self.assertEqual(range(MININT, MAXINT, MAXINT),
                         [MININT, -1, MAXINT - 1])
        self.assertEqual(len(range(MAXINT - 10, MAXINT + 5)), 15)

    def test_bool_and_int_like(self):
        self.assertEqual(range(True), [0])
        self.assertEqual(range(False), [])
        self.assertEqual(range(True, 4), [1, 2, 3])
        self.assertEqual(range(0, 4, True), [0, 1, 2, 3])
        self.assertEqual(range(5L), range(5))
        self.assertEqual(range(HasInt(3)), [0, 1, 2])
        self.assertEqual(range(1, HasInt(3)), [1, 2])
        self.assertEqual(range(IntSubOwnInt(3)), [0, 1, 2])
        self.assertEqual(range(2 ** 64, 2 ** 64 + 2), [2 ** 64, 2 ** 64 + 1])
        self.assertEqual(list(xrange(True, 3)), [1, 2])
        self.assertEqual(list(xrange(HasInt(2))), [0, 1])
        self.assertEqual(list(xrange(IntSubOwnInt(2))), [0, 1])

    def test_float_arguments_warn(self):
        warnings.filterwarnings('ignore', 'integer argument expected',
                                DeprecationWarning)
        try:
            self.assertEqual(range(2.5), [0, 1])
            self.assertEqual(range(1, 3.7), [1, 2])
            self.assertEqual(list(xrange(2.5)), [0, 1])
        finally:
            del warnings.filters[0]
        warnings.filterwarnings('error', 'integer argument expected',
                                DeprecationWarning)
        try:
            self.assertRaises(DeprecationWarning, xrange, 2.5)
            self.assertRaises(DeprecationWarning, chr, 65.0)
        finally:
            del warnings.filters[0]

    def test_errors(self):
        self.raises(ValueError, 'range() step argument must not be zero',
                    range, 1, 2, 0)
        self.raises(ValueError, 'range() step argument must not be zero',
                    range, 1, 2, False)
        self.raises(TypeError, 'range expected at least 1 arguments, got 0',
                    range)
        self.raises(TypeError, 'range expected at most 3 arguments, got 4',
                    range, 1, 2, 3, 4)
        self.raises(TypeError,
                    'range() integer end argument expected, got str.',
                    range, 'a')
        self.raises(TypeError,
                    'range() integer start argument expected, got str.',
                    range, 'a', 3)
        self.raises(TypeError,
                    'range() integer step argument expected, got NoneType.',
                    range, 1, 3, None)
        self.raises(OverflowError, 'range() result has too many items',
                    range, MININT, MAXINT)
        self.raises(OverflowError, 'range() result has too many items',
                    range, 0, MAXINT)
        self.raises(ValueError, 'xrange() arg 3 must not be zero',
                    xrange, 1, 2, 0)
        self.raises(TypeError, 'xrange() requires 1-3 int arguments',
                    xrange, 1, 2, 3, 4)
        self.raises(TypeError, 'xrange() requires 1-3 int arguments',
                    xrange)
        self.raises(TypeError, 'an integer is required', xrange, 'a')
        self.raises(TypeError, 'xrange() does not take keyword arguments',
                    xrange, 3, x=1)
        self.raises(OverflowError, 'xrange() result has too many items',
                    xrange, MININT, MAXINT)
        self.assertEqual(len(xrange(MININT, MAXINT, 3)),
                         (2 * (MAXINT + 1) - 1 + 2) // 3)
        self.assertEqual(xrange(MAXINT, MININT, -3)[1], MAXINT - 3)


class ChrOrdTest(Helpers):

    def test_values(self):
        for i in range(256):
            self.assertEqual(ord(chr(i)), i)
            self.assertEqual(chr(i), chr(long(i)))
            self.assertEqual(chr(i), chr(IntSub(i)))
        self.assertEqual(chr(True), '\x01')
        self.assertEqual(chr(False), '\x00')
        self.assertEqual(chr(HasInt(66)), 'B')
        self.assertEqual(chr(IntSubOwnInt(65)), 'A')

    def test_errors(self):
        for bad in (-1, 256, MAXINT, MININT, 256L, -1L):
            self.raises(ValueError, 'chr() arg not in range(256)', chr, bad)
        self.raises(TypeError, 'chr() takes exactly 1 argument (0 given)',
                    chr)
        self.raises(TypeError, 'chr() takes exactly 1 argument (2 given)',
                    chr, 1, 2)
        self.raises(TypeError, 'an integer is required', chr, 'a')
        self.raises(TypeError, 'an integer is required', chr, None)
        self.assertRaises(OverflowError, chr, 2 ** 64)
        self.raises(TypeError,
                    'ord() expected a character, but string of length 2 found',
                    ord, 'ab')
        self.raises(TypeError,
                    'ord() expected a character, but string of length 0 found',
                    ord, '')
        self.raises(TypeError,
                    'ord() expected string of length 1, but int found',
                    ord, 5)


class FormatCodeTest(Helpers):
    """Builtins and methods whose format strings use each quick code."""

    def test_i(self):              # "|i:expandtabs"
        s = 'a\tb'
        self.assertEqual(s.expandtabs(4), 'a   b')
        self.assertEqual(s.expandtabs(True), 'a b')
        self.assertEqual(s.expandtabs(4L), 'a   b')
        self.assertEqual(s.expandtabs(IntSub(4)), 'a   b')
        self.assertEqual(s.expandtabs(HasInt(4)), 'a   b')
        self.assertEqual(s.expandtabs(2), 'a b')
        self.assertEqual(s.expandtabs(-2 ** 31), 'ab')
        self.raises(OverflowError, 'signed integer is greater than maximum',
                    s.expandtabs, 2 ** 31)
        self.raises(OverflowError, 'signed integer is less than minimum',
                    s.expandtabs, -2 ** 31 - 1)
        self.raises(TypeError, 'an integer is required', s.expandtabs, 'x')
        self.raises(TypeError,
                    'expandtabs() takes at most 1 argument (2 given)',
                    s.expandtabs, 1, 2)

    def test_n(self):              # "n:zfill", "|n:pop", "nO:insert"
        self.assertEqual('5'.zfill(3), '005')
        self.assertEqual('5'.zfill(True), '5')
        self.assertEqual('5'.zfill(3L), '005')
        self.assertEqual('5'.zfill(IntSub(3)), '005')
        self.assertEqual('5'.zfill(-MAXINT), '5')
        self.raises(TypeError, 'an integer is required', '5'.zfill, 'a')
        self.raises(TypeError, 'zfill() takes exactly 1 argument (0 given)',
                    '5'.zfill)
        l = [1, 2, 3]
        self.assertEqual(l.pop(True), 2)
        self.assertEqual(l.pop(), 3)
        l.insert(0, 'x')
        l.insert(-1L, 'y')
        self.assertEqual(l, ['x', 'y', 1])
        self.raises(TypeError, 'pop() takes at most 1 argument (2 given)',
                    l.pop, 1, 2)
        self.raises(TypeError, 'insert() takes exactly 2 arguments '
                    '(1 given)', l.insert, 1)

    def test_l(self):              # "l:chr", "l:unichr"
        self.assertEqual(unichr(0x41), u'A')
        self.assertEqual(unichr(True), u'\x01')
        self.assertEqual(unichr(0x41L), u'A')

    def test_d(self):              # "dd:atan2", "dd:pow", "di:ldexp"
        for a, b in [(1, 2), (1.0, 2.0), (1L, 2L), (True, 2), (-3, 0.5),
                     (IntSub(1), 2), (MAXINT, 1), (MININT, 1)]:
            want = math.atan2(float(a), float(b))
            self.assertEqual(math.atan2(a, b), want)
        self.assertEqual(math.pow(2, 10), 1024.0)
        self.assertEqual(math.pow(True, 5), 1.0)
        self.assertEqual(math.ldexp(3, 2), 12.0)
        self.assertEqual(math.atan2(HasFloat(), 1.0), math.atan2(0.5, 1.0))
        self.assertEqual(round(2.5), 3.0)
        self.assertEqual(round(7), 7.0)
        self.assertEqual(round(True), 1.0)
        self.assertEqual(round(1.25, 1), 1.3)
        self.assertEqual(round(number=2.5), 3.0)
        self.raises(TypeError, 'a float is required', math.atan2, 'a', 1)
        self.raises(TypeError, 'a float is required', math.atan2, 1, None)
        self.raises(TypeError, 'atan2() takes exactly 2 arguments (1 given)',
                    math.atan2, 1)
        self.raises(TypeError, 'a float is required', round, 'x')

    def test_s(self):              # "s:new_module", "s#:b2a_hex"
        self.assertEqual(imp.new_module('abc').__name__, 'abc')
        self.assertEqual(imp.new_module(u'abc').__name__, 'abc')
        self.raises(TypeError, 'new_module() argument 1 must be string '
                    'without null bytes, not str', imp.new_module, 'a\0b')
        self.raises(TypeError, 'new_module() argument 1 must be string, '
                    'not int', imp.new_module, 5)
        self.raises(TypeError, 'new_module() argument 1 must be string, '
                    'not None', imp.new_module, None)
        self.assertEqual(binascii.b2a_hex('a\0b'), '610062')
        self.assertEqual(binascii.b2a_hex(''), '')
        self.assertEqual(binascii.b2a_hex(u'ab'), '6162')
        self.assertEqual(binascii.b2a_hex(buffer('xyz', 1)), '797a')
        self.raises(TypeError, 'b2a_hex() argument 1 must be string or '
                    'read-only buffer, not int', binascii.b2a_hex, 5)

    def test_S(self):              # "S:intern"
        s = intern('quick_path_' + 'name')
        self.assertTrue(intern('quick_path_name') is s)
        self.raises(TypeError, 'intern() argument 1 must be string, '
                    'not unicode', intern, u'a')
        self.raises(TypeError, 'intern() argument 1 must be string, '
                    'not int', intern, 1)

    def test_O_bang(self):         # "O!|O:super"
        class A(object):
            def f(self):
                return 'A'

        class B(A):
            def f(self):
                return 'B' + super(B, self).f()

        class M(type):
            pass

        class C(A):
            __metaclass__ = M

            def f(self):
                return 'C' + super(C, self).f()

        self.assertEqual(B().f(), 'BA')
        self.assertEqual(C().f(), 'CA')      # a type subclass passes O!
        self.raises(TypeError, 'super() argument 1 must be type, not int',
                    super, 1, B())
        self.raises(TypeError, 'super() argument 1 must be type, '
                    'not classobj', super, HelpersOld, B())
        self.raises(TypeError, 'super() takes at least 1 argument '
                    '(0 given)', super)
        self.raises(TypeError, 'super() takes at most 2 arguments '
                    '(3 given)', super, B, B(), 1)

    def test_nested_group(self):   # "sOs(ssi):load_module"
        self.raises(TypeError, 'load_module() argument 4 must be 3-item '
                    'sequence, not int', imp.load_module, 'x', None, 'p', 5)
        self.raises(TypeError, 'load_module() argument 4 must be sequence '
                    'of length 3, not 2', imp.load_module, 'x', None, 'p',
                    (1, 2))
        self.raises(TypeError, 'an integer is required', imp.load_module,
                    'x', None, 'p', ('a', 'b', 'c'))


class HelpersOld:
    pass


class MinMaxTest(Helpers):

    def test_values(self):
        self.assertEqual(min(3, 1, 2), 1)
        self.assertEqual(max(3, 1, 2), 3)
        self.assertEqual(min('b', 'a'), 'a')
        self.assertEqual(max(-1, -2L), -1)
        self.assertEqual(min(1.5, 1), 1)
        # the first of equal items wins, as in the iterating loop
        self.assertTrue(type(min(1, 1.0)) is int)
        self.assertTrue(type(min(1.0, 1)) is float)
        self.assertTrue(type(max(1, 1.0)) is int)
        self.assertTrue(type(max(1.0, 1, 1L)) is float)
        a, b = [1], [1]
        self.assertTrue(min(a, b) is a)
        self.assertTrue(max(a, b) is a)
        self.assertEqual(min(2, 1, **{}), 1)
        self.assertEqual(max(1, 2, key=lambda x: -x), 1)
        self.assertEqual(min([4, 2, 8]), 2)

    def test_comparison_order(self):
        for func in (min, max):
            for order in ([3, 1, 2], [1, 2, 3], [2, 2, 1], [5, 4, 3, 2, 1]):
                log1, log2 = [], []
                r1 = func(*[Logged(n, log1) for n in order])
                r2 = func([Logged(n, log2) for n in order])
                self.assertEqual(r1.n, r2.n)
                self.assertEqual(log1, log2)
                self.assertEqual(len(log1), len(order) - 1)

    def test_errors(self):
        self.raises(ZeroDivisionError, 'from __lt__', min, Bad(), Bad())
        self.raises(ZeroDivisionError, 'from __lt__', max, 1, Bad())
        self.raises(TypeError, 'min expected 1 arguments, got 0', min)
        self.raises(TypeError, 'max expected 1 arguments, got 0', max)
        self.raises(TypeError, 'min() got an unexpected keyword argument',
                    min, 1, 2, bad=1)
        self.raises(ValueError, 'max() arg is an empty sequence', max, [])


class IsinstanceTest(Helpers):

    def test_values(self):
        self.assertEqual(isinstance(1, int), True)
        self.assertEqual(isinstance(True, int), True)
        self.assertEqual(isinstance(1, (str, long)), False)
        self.assertEqual(issubclass(bool, int), True)
        self.assertEqual(issubclass(int, (str, bool)), False)

    def test_errors(self):
        self.raises(TypeError, 'isinstance expected 2 arguments, got 1',
                    isinstance, 1)
        self.raises(TypeError, 'isinstance expected 2 arguments, got 3',
                    isinstance, 1, int, int)
        self.raises(TypeError, 'issubclass expected 2 arguments, got 0',
                    issubclass)
        self.raises(TypeError, 'isinstance() arg 2 must be a class, type, '
                    'or tuple of classes and types', isinstance, 1, 1)


class MathTest(Helpers):

    def test_values(self):
        for f in (math.sin, math.cos, math.sqrt, math.exp, math.floor,
                  math.fabs):
            for x in (0, 1, 2, 7, 100):
                self.assertEqual(f(x), f(float(x)))
                self.assertEqual(f(x), f(long(x)))
                self.assertEqual(f(x), f(IntSub(x)))
            self.assertEqual(f(True), f(1.0))
        self.assertEqual(math.sqrt(MAXINT), math.sqrt(float(MAXINT)))
        self.assertEqual(math.fabs(MININT), float(MAXINT) + 1)
        self.assertEqual(math.sqrt(HasFloat()), math.sqrt(0.5))

    def test_errors(self):
        self.raises(TypeError, 'sin() takes exactly 1 argument (2 given)',
                    math.sin, 1, 2)
        self.raises(TypeError, 'sqrt() takes exactly 1 argument (0 given)',
                    math.sqrt)
        # called straight from the eval loop as well as through apply
        self.raises(TypeError, 'sin() takes exactly 1 argument (2 given)',
                    lambda: math.sin(1, 2))
        self.raises(TypeError, 'floor() takes exactly 1 argument (0 given)',
                    lambda: math.floor())
        self.raises(TypeError, 'cos() takes no keyword arguments',
                    lambda: math.cos(x=1))
        self.assertEqual(math.log(math.e), 1.0)
        self.assertEqual(math.log10(1000L), 3.0)
        self.raises(TypeError, 'a float is required', math.cos, 'x')
        self.raises(TypeError, 'a float is required', math.cos, None)
        self.raises(ValueError, 'math domain error', math.sqrt, -1)
        self.raises(ValueError, 'math domain error', math.sqrt, -1.0)
        self.raises(OverflowError, 'math range error', math.exp, 1000)


class DictGetTest(Helpers):
    # dict.get / setdefault read (key[, default]) without PyArg_UnpackTuple

    def test_values(self):
        d = {1: 2}
        self.assertEqual((d.get(1), d.get(3), d.get(3, 4)), (2, None, 4))
        self.assertEqual((d.setdefault(5), d.setdefault(6, 7)), (None, 7))
        self.assertEqual(d, {1: 2, 5: None, 6: 7})

    def test_errors(self):
        d = {}
        self.raises(TypeError, 'get expected at least 1 arguments, got 0',
                    d.get)
        self.raises(TypeError, 'setdefault expected at most 2 arguments, '
                    'got 3', d.setdefault, 1, 2, 3)
        self.raises(TypeError, 'get expected at most 2 arguments, got 3',
                    lambda: d.get(1, 2, 3))
        self.assertRaises(TypeError, d.get, [])


def test_main():
    test_support.run_unittest(RangeTest, ChrOrdTest, FormatCodeTest,
                              MinMaxTest, IsinstanceTest, MathTest,
                              DictGetTest)


if __name__ == '__main__':
    test_main()
