"""Tests for the cmath module (2.5 Library Reference, section 6.2)."""

import cmath
import math
import unittest
from test import test_support

ALL_FUNCS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos',
             'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan',
             'tanh']

# a few points away from every branch cut and singularity
SAMPLES = [0.3, -0.7, 0.5j, -0.25j, 0.4 + 0.3j, -0.6 + 0.2j, 1.5 - 2.5j,
           -2.0 - 0.75j, 3.0 + 4.0j]


class CMathTestCase(unittest.TestCase):

    def assertClose(self, got, want, tol=1e-9, msg=None):
        got = complex(got)
        want = complex(want)
        scale = max(1.0, abs(want))
        if abs(got - want) > tol * scale:
            self.fail(msg or '%r is not close to %r' % (got, want))

    # -- constants --------------------------------------------------------

    def test_constants(self):
        self.assertEqual(type(cmath.pi), float)
        self.assertEqual(type(cmath.e), float)
        self.assertClose(cmath.pi, 3.14159265358979323846, 1e-15)
        self.assertClose(cmath.e, 2.71828182845904523536, 1e-15)
        self.assertEqual(cmath.pi, math.pi)
        self.assertEqual(cmath.e, math.e)

    def test_module_contents(self):
        for name in ALL_FUNCS:
            self.assert_(callable(getattr(cmath, name)), name)
            self.assert_(getattr(cmath, name).__doc__, name)

    # -- results are always complex --------------------------------------

    def test_return_type(self):
        for name in ALL_FUNCS:
            f = getattr(cmath, name)
            for arg in (0.5, 2, 2L, 0.5 + 0.5j):
                self.assertEqual(type(f(arg)), complex, (name, arg))

    def test_accepts_numbers(self):
        self.assertClose(cmath.sqrt(4), 2)
        self.assertClose(cmath.sqrt(4L), 2)
        self.assertClose(cmath.sqrt(4.0), 2)
        self.assertClose(cmath.sqrt(4 + 0j), 2)
        self.assertClose(cmath.sqrt(True), 1)
        self.assertClose(cmath.exp(10 ** 1), math.exp(10))

    def test_float_and_complex_subclasses(self):
        class F(float):
            pass
        class C(complex):
            pass
        self.assertClose(cmath.sqrt(F(9.0)), 3)
        self.assertClose(cmath.sqrt(C(-9.0)), 3j)
        self.assertClose(cmath.exp(C(0, math.pi)), -1)

    def test_objects_with_float(self):
        class NewF(object):
            def __float__(self):
                return 16.0
        class OldF:
            def __float__(self):
                return 16.0
        self.assertClose(cmath.sqrt(NewF()), 4)
        self.assertClose(cmath.sqrt(OldF()), 4)
        self.assertClose(cmath.log(NewF(), 2), 4)

    def test_complex_only_objects(self):
        # In 2.5 the arguments go through PyComplex_AsCComplex, which
        # takes complex instances directly and anything else through
        # __float__; __complex__ alone is not consulted (that came in 2.6).
        class OnlyComplex(object):
            def __complex__(self):
                return 2j
        self.assertRaises(TypeError, cmath.sqrt, OnlyComplex())
        # complex() itself does use __complex__
        self.assertClose(cmath.sqrt(complex(OnlyComplex())), 1 + 1j)

    def test_float_raising(self):
        class Bad(object):
            def __float__(self):
                raise ZeroDivisionError('no')
        self.assertRaises(ZeroDivisionError, cmath.exp, Bad())

    def test_type_errors(self):
        for name in ALL_FUNCS:
            f = getattr(cmath, name)
            for bad in ('1', u'1', None, [], (), {}, object()):
                self.assertRaises(TypeError, f, bad)
            self.assertRaises(TypeError, f)
            if name != 'log':
                self.assertRaises(TypeError, f, 1, 2)
        self.assertRaises(TypeError, cmath.log, 1, 2, 3)
        self.assertRaises(TypeError, cmath.log, 1, 'e')

    # -- known values ----------------------------------------------------

    def test_sqrt(self):
        self.assertEqual(cmath.sqrt(0), 0j)
        self.assertClose(cmath.sqrt(-1), 1j)
        self.assertClose(cmath.sqrt(-4), 2j)
        self.assertClose(cmath.sqrt(2j), 1 + 1j)
        self.assertClose(cmath.sqrt(-2j), 1 - 1j)
        self.assertClose(cmath.sqrt(3 + 4j), 2 + 1j)
        self.assertClose(cmath.sqrt(3 - 4j), 2 - 1j)
        self.assertClose(cmath.sqrt(-3 + 4j), 1 + 2j)
        self.assertClose(cmath.sqrt(-3 - 4j), 1 - 2j)
        for z in SAMPLES:
            r = cmath.sqrt(z)
            self.assertClose(r * r, z)
            self.assert_(r.real >= 0, z)

    def test_sqrt_large(self):
        # no spurious overflow from squaring the parts
        self.assertClose(cmath.sqrt(1e300 + 1e300j),
                         complex(1.09868411346781e150, 4.550898605622274e149),
                         1e-12)

    def test_exp(self):
        self.assertEqual(cmath.exp(0), 1)
        self.assertClose(cmath.exp(1), math.e)
        self.assertClose(cmath.exp(1j * math.pi), -1)
        self.assertClose(cmath.exp(0.5j * math.pi), 1j)
        self.assertClose(cmath.exp(2 + 3j),
                         math.exp(2) * complex(math.cos(3), math.sin(3)))
        self.assert_(abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)

    def test_log(self):
        self.assertEqual(cmath.log(1), 0)
        self.assertClose(cmath.log(math.e), 1)
        self.assertClose(cmath.log(-1), math.pi * 1j)
        self.assertClose(cmath.log(1j), math.pi / 2 * 1j)
        self.assertClose(cmath.log(-1j), -math.pi / 2 * 1j)
        self.assertClose(cmath.log(3 + 4j), complex(math.log(5),
                                                    math.atan2(4, 3)))
        for z in SAMPLES:
            self.assertClose(cmath.exp(cmath.log(z)), z)
            if abs(complex(z).imag) < math.pi:
                self.assertClose(cmath.log(cmath.exp(z)), z)

    def test_log_base(self):
        self.assertClose(cmath.log(8, 2), 3)
        self.assertClose(cmath.log(100, 10), 2)
        self.assertClose(cmath.log(0.125, 2), -3)
        self.assertClose(cmath.log(1j, 1j), 1)
        self.assertClose(cmath.log(-1, -1), 1)
        self.assertClose(cmath.log(math.e ** 3, math.e), 3)
        for z in SAMPLES:
            for base in (2, 10, 0.5, 3 + 1j):
                self.assertClose(cmath.log(z, base),
                                 cmath.log(z) / cmath.log(base))

    def test_log10(self):
        self.assertEqual(cmath.log10(1), 0)
        self.assertClose(cmath.log10(10), 1)
        self.assertClose(cmath.log10(1000), 3)
        self.assertClose(cmath.log10(0.01), -2)
        self.assertClose(cmath.log10(-10), 1 + math.pi / math.log(10) * 1j)
        for z in SAMPLES:
            self.assertClose(cmath.log10(z), cmath.log(z) / math.log(10))
            self.assertClose(cmath.log10(z), cmath.log(z, 10))

    def test_trig_values(self):
        self.assertEqual(cmath.sin(0), 0)
        self.assertEqual(cmath.tan(0), 0)
        self.assertClose(cmath.cos(0), 1)
        self.assertClose(cmath.sin(math.pi / 2), 1)
        self.assertClose(cmath.cos(math.pi), -1)
        self.assertClose(cmath.tan(math.pi / 4), 1)
        self.assertClose(cmath.sin(1j), math.sinh(1) * 1j)
        self.assertClose(cmath.cos(1j), math.cosh(1))
        self.assertClose(cmath.tan(1j), math.tanh(1) * 1j)
        for x in (0.3, -1.2, 2.5):
            self.assertClose(cmath.sin(x), math.sin(x))
            self.assertClose(cmath.cos(x), math.cos(x))
            self.assertClose(cmath.tan(x), math.tan(x))

    def test_trig_identities(self):
        for z in SAMPLES:
            s, c = cmath.sin(z), cmath.cos(z)
            self.assertClose(s * s + c * c, 1)
            self.assertClose(cmath.tan(z), s / c)
            self.assertClose(cmath.sin(-z), -s)
            self.assertClose(cmath.cos(-z), c)
            # Euler's formula
            self.assertClose(cmath.exp(1j * z), c + 1j * s)

    def test_hyperbolic_values(self):
        self.assertEqual(cmath.sinh(0), 0)
        self.assertEqual(cmath.tanh(0), 0)
        self.assertClose(cmath.cosh(0), 1)
        self.assertClose(cmath.sinh(1j * math.pi / 2), 1j)
        self.assertClose(cmath.cosh(1j * math.pi), -1)
        for x in (0.3, -1.2, 2.5):
            self.assertClose(cmath.sinh(x), math.sinh(x))
            self.assertClose(cmath.cosh(x), math.cosh(x))
            self.assertClose(cmath.tanh(x), math.tanh(x))

    def test_hyperbolic_identities(self):
        for z in SAMPLES:
            sh, ch = cmath.sinh(z), cmath.cosh(z)
            self.assertClose(ch * ch - sh * sh, 1)
            self.assertClose(cmath.tanh(z), sh / ch)
            self.assertClose(sh, (cmath.exp(z) - cmath.exp(-z)) / 2)
            self.assertClose(ch, (cmath.exp(z) + cmath.exp(-z)) / 2)
            self.assertClose(cmath.sinh(1j * z), 1j * cmath.sin(z))
            self.assertClose(cmath.cosh(1j * z), cmath.cos(z))

    def test_inverse_trig_values(self):
        self.assertClose(cmath.asin(0), 0)
        self.assertClose(cmath.asin(1), math.pi / 2)
        self.assertClose(cmath.asin(-1), -math.pi / 2)
        self.assertClose(cmath.acos(1), 0)
        self.assertClose(cmath.acos(0), math.pi / 2)
        self.assertClose(cmath.acos(-1), math.pi)
        self.assertClose(cmath.atan(0), 0)
        self.assertClose(cmath.atan(1), math.pi / 4)
        self.assertClose(cmath.atan(-1), -math.pi / 4)
        for x in (0.3, -0.8, 0.99):
            self.assertClose(cmath.asin(x), math.asin(x))
            self.assertClose(cmath.acos(x), math.acos(x))
            self.assertClose(cmath.atan(x), math.atan(x))
        self.assertClose(cmath.atan(5.0), math.atan(5.0))

    def test_inverse_trig_roundtrip(self):
        for z in SAMPLES:
            self.assertClose(cmath.sin(cmath.asin(z)), z)
            self.assertClose(cmath.cos(cmath.acos(z)), z)
            self.assertClose(cmath.tan(cmath.atan(z)), z)
            self.assertClose(cmath.asin(z) + cmath.acos(z), math.pi / 2)

    def test_inverse_hyperbolic_values(self):
        self.assertClose(cmath.asinh(0), 0)
        self.assertClose(cmath.acosh(1), 0)
        self.assertClose(cmath.atanh(0), 0)
        for x in (0.3, 1.7, 25.0):
            want = math.log(x + math.sqrt(x * x + 1))
            self.assertClose(cmath.asinh(x), want)
            self.assertClose(cmath.asinh(-x), -want)
        for x in (1.5, 3.0, 100.0):
            self.assertClose(cmath.acosh(x),
                             math.log(x + math.sqrt(x * x - 1)))
        for x in (0.3, -0.8):
            self.assertClose(cmath.atanh(x),
                             0.5 * math.log((1 + x) / (1 - x)))
        self.assertClose(cmath.acosh(0), math.pi / 2 * 1j)
        self.assertClose(cmath.acosh(-1), math.pi * 1j)
        self.assertClose(cmath.atanh(1j), math.pi / 4 * 1j)

    def test_inverse_hyperbolic_roundtrip(self):
        for z in SAMPLES:
            self.assertClose(cmath.sinh(cmath.asinh(z)), z)
            self.assertClose(cmath.cosh(cmath.acosh(z)), z)
            self.assertClose(cmath.tanh(cmath.atanh(z)), z)
            self.assertClose(cmath.atanh(z), -1j * cmath.atan(1j * z))

    # -- branch cuts (as documented for 2.5) ------------------------------

    def test_sqrt_log_cut_continuous_from_above(self):
        # cut along the negative real axis, continuous from above
        for x in (-0.5, -1.0, -4.0):
            for f in (cmath.sqrt, cmath.log, cmath.log10):
                on = f(x)
                above = f(complex(x, 1e-12))
                below = f(complex(x, -1e-12))
                self.assertClose(on, above, 1e-6)
                self.failIf(abs(on - below) < 1e-3, (f, x))
        self.assert_(cmath.log(-2).imag > 0)
        self.assert_(cmath.sqrt(-2).imag > 0)

    def test_asin_acos_cuts(self):
        # right cut continuous from below, left cut from above
        for f in (cmath.asin, cmath.acos):
            for x in (1.5, 3.0):
                self.assertClose(f(x), f(complex(x, -1e-12)), 1e-6)
                self.failIf(abs(f(x) - f(complex(x, 1e-12))) < 1e-3)
            for x in (-1.5, -3.0):
                self.assertClose(f(x), f(complex(x, 1e-12)), 1e-6)
                self.failIf(abs(f(x) - f(complex(x, -1e-12))) < 1e-3)

    def test_atan_cuts(self):
        # both cuts on the imaginary axis; the upper one is continuous
        # from the left.  On the lower one the side taken depends on the
        # sign of a zero, so only the magnitudes are checked there.
        for y in (1.5, 3.0):
            z = complex(0, y)
            self.assertClose(cmath.atan(z), cmath.atan(complex(-1e-12, y)),
                             1e-6)
            self.failIf(abs(cmath.atan(z) -
                            cmath.atan(complex(1e-12, y))) < 1e-3)
        for y in (1.5, 3.0):
            want_imag = 0.5 * math.log((y + 1) / (y - 1))
            r = cmath.atan(complex(0, y))
            self.assertClose(r.imag, want_imag)
            self.assertClose(abs(r.real), math.pi / 2)
            r = cmath.atan(complex(0, -y))
            self.assertClose(r.imag, -want_imag)
            self.assertClose(abs(r.real), math.pi / 2)

    def test_atanh_cuts(self):
        # both cuts on the real axis; the left one is continuous from
        # above.  The right one depends on the sign of a zero in 2.5's
        # formula, so only the magnitudes are checked there.
        for x in (-1.5, -3.0):
            self.assertClose(cmath.atanh(x), cmath.atanh(complex(x, 1e-12)),
                             1e-6)
            self.failIf(abs(cmath.atanh(x) -
                            cmath.atanh(complex(x, -1e-12))) < 1e-3)
        for x in (1.5, 3.0):
            r = cmath.atanh(x)
            self.assertClose(r.real, 0.5 * math.log((x + 1) / (x - 1)))
            self.assertClose(abs(r.imag), math.pi / 2)

    def test_acosh_cut(self):
        # one cut left from 1, continuous from above
        for x in (0.5, -0.5, -2.0):
            self.assertClose(cmath.acosh(x), cmath.acosh(complex(x, 1e-12)),
                             1e-6)
            self.failIf(abs(cmath.acosh(x) -
                            cmath.acosh(complex(x, -1e-12))) < 1e-3)

    # -- errors ----------------------------------------------------------

    def test_log_of_zero(self):
        # 2.5 reports the pole of log as a range error
        self.assertRaises(OverflowError, cmath.log, 0)
        self.assertRaises(OverflowError, cmath.log, 0j)
        self.assertRaises(OverflowError, cmath.log10, 0)
        self.assertRaises(OverflowError, cmath.log, 0, 10)

    def test_log_base_one(self):
        # division by log(1) == 0
        self.assertRaises(ValueError, cmath.log, 2, 1)
        try:
            cmath.log(10, 1)
        except ValueError, e:
            self.assertEqual(str(e), 'math domain error')

    def test_poles(self):
        self.assertRaises((ValueError, OverflowError), cmath.atanh, 1)
        self.assertRaises((ValueError, OverflowError), cmath.atanh, -1)
        self.assertRaises((ValueError, OverflowError), cmath.atan, 1j)
        self.assertRaises((ValueError, OverflowError), cmath.atan, -1j)

    def test_overflow(self):
        for f, arg in ((cmath.exp, 1000), (cmath.exp, 1000 + 1j),
                       (cmath.cosh, 1000), (cmath.sinh, 1000),
                       (cmath.sin, 1000j), (cmath.cos, 1000j)):
            self.assertRaises(OverflowError, f, arg)
        try:
            cmath.exp(1000)
        except OverflowError, e:
            self.assertEqual(str(e), 'math range error')

    def test_no_overflow_for_underflow(self):
        self.assertClose(cmath.exp(-1000), 0)
        self.assertClose(cmath.exp(-1000 + 1j), 0)

    def test_long_too_big(self):
        self.assertRaises(OverflowError, cmath.sqrt, 10L ** 400)


def test_main():
    test_support.run_unittest(CMathTestCase)

if __name__ == '__main__':
    test_main()
