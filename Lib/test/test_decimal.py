# Tests for the decimal module (Python 2.5 API, General Decimal Arithmetic).
import unittest
import pickle
from test import test_support
from decimal import *
import decimal

D = Decimal


class DecimalTestBase(unittest.TestCase):
    def setUp(self):
        self.saved = getcontext()
        setcontext(Context(prec=28, rounding=ROUND_HALF_EVEN,
                           traps=[DivisionByZero, Overflow, InvalidOperation]))

    def tearDown(self):
        setcontext(self.saved)


class ConstructionTest(DecimalTestBase):

    def test_strings(self):
        self.assertEqual(str(D('3.14')), '3.14')
        self.assertEqual(repr(D('3.14')), 'Decimal("3.14")')
        self.assertEqual(str(D('-0')), '-0')
        self.assertEqual(str(D('1e3')), '1E+3')
        self.assertEqual(str(D('0.000001')), '0.000001')
        self.assertEqual(str(D('1e-7')), '1E-7')
        self.assertEqual(str(D('  12  ')), '12')
        self.assertEqual(str(D('Inf')), 'Infinity')
        self.assertEqual(str(D('-infinity')), '-Infinity')
        self.assertEqual(str(D('nan')), 'NaN')
        self.assertEqual(str(D('sNaN12')), 'sNaN12')
        self.assertEqual(str(D('.5')), '0.5')
        self.assertEqual(str(D('5.')), '5')
        self.assertEqual(D('1.2300').to_eng_string(), '1.2300')
        self.assertEqual(D('123E+4').to_eng_string(), '1.23E+6')

    def test_bad_strings(self):
        for s in ('abc', '1e', '', '.', '1.2.3', '--1', '1e+', 'NaNx'):
            self.assertRaises(InvalidOperation, D, s)
        getcontext().traps[InvalidOperation] = 0
        self.assert_(D('abc').is_nan())

    def test_other_types(self):
        self.assertEqual(D(5), D('5'))
        self.assertEqual(D(-5L), D('-5'))
        self.assertEqual(D((0, (1, 4), -1)), D('1.4'))
        self.assertEqual(D((1, (), 'n')).as_tuple(), (1, (), 'n'))
        self.assertEqual(D(10).as_tuple(), (0, (1, 0), 0))
        self.assertEqual(D(D('1.5')), D('1.5'))
        try:
            D(1.5)
        except TypeError, e:
            self.assertEqual(str(e), 'Cannot convert float to Decimal.  '
                             'First convert the float to a string')
        else:
            self.fail('float accepted')
        self.assertRaises(ValueError, D, (2, (1,), 0))
        self.assertRaises(ValueError, D, (0, (10,), 0))
        self.assertRaises(TypeError, D, {})
        self.assertRaises(ValueError, D, [])


class ArithmeticTest(DecimalTestBase):

    def test_add_mul(self):
        self.assertEqual(D('0.1') + D('0.2'), D('0.3'))
        self.assertEqual(str(D('1.10') * 3), '3.30')
        self.assertEqual(str(D(2) + 1), '3')
        self.assertEqual(str(1 + D(2)), '3')
        self.assertEqual(str(D('1.5') * 2L), '3.0')
        self.assertEqual(str(sum([D('0.1')] * 10)), '1.0')
        self.assertEqual(str(D('1e100') + D('1e-100')), '1.000000000000000000000000000E+100')
        self.assertEqual(str(D('-0') + D('0')), '0')

    def test_division(self):
        self.assertEqual(str(D(1) / D(7)), '0.1428571428571428571428571429')
        self.assertEqual(str(D(1) / D(4)), '0.25')
        self.assertEqual(str(D(10) / D(5)), '2')
        self.assertEqual(str(D('7') // D('2')), '3')
        self.assertEqual(str(D('-7') // D('2')), '-3')
        self.assertEqual(str(D('7') % D('-2')), '1')
        self.assertEqual(str(D('-7') % D('2')), '-1')
        self.assertEqual(divmod(D(7), D(2)), (D(3), D(1)))
        self.assertEqual(str(D(10).remainder_near(D(6))), '-2')
        self.assertRaises(DivisionByZero, lambda: D(1) / D(0))
        self.assertRaises(InvalidOperation, lambda: D(0) / D(0))

    def test_power_sqrt(self):
        self.assertEqual(str(D(10) ** 20), '100000000000000000000')
        self.assertEqual(str(D(2) ** -2), '0.25')
        self.assertEqual(str(D(2) ** 100), '1.267650600228229401496703205E+30')
        self.assertEqual(str(D(4) ** D('0.5')), '2.000000000000000000000000000')
        self.assertEqual(str(D(2).sqrt()), '1.414213562373095048801688724')
        self.assertEqual(str(D('0.25').sqrt()), '0.5')
        self.assertEqual(str(D(100).sqrt()), '10')
        self.assertEqual(pow(D(3), D(4), D(5)), D(1))
        self.assertRaises(InvalidOperation, lambda: D(-1).sqrt())
        self.assertRaises(InvalidOperation, lambda: D(0) ** 0)

    def test_exp_ln(self):
        self.assertEqual(str(D(1).exp()), '2.718281828459045235360287471')
        self.assertEqual(str(D(2).ln()), '0.6931471805599453094172321215')
        self.assertEqual(str(D(1000).log10()), '3')
        self.assertEqual(str(D(2).log10()), '0.3010299956639811952137388947')
        self.assertEqual(str(D(0).exp()), '1')
        self.assertEqual(str(D(1).ln()), '0')

    def test_unary(self):
        self.assertEqual(str(abs(D('-2'))), '2')
        self.assertEqual(str(-D('2')), '-2')
        self.assertEqual(str(+D('-0')), '0')
        self.assertEqual(str(D('1.2300').normalize()), '1.23')
        self.assertEqual(str(D('100').normalize()), '1E+2')

    def test_int_float(self):
        self.assertEqual(int(D('9.99')), 9)
        self.assertEqual(int(D('-9.99')), -9)
        self.assertEqual(long(D('1e20')), 10 ** 20)
        self.assertEqual(float(D('0.5')), 0.5)
        self.assertRaises(OverflowError, int, D('Infinity'))


class QuantizeTest(DecimalTestBase):

    def test_quantize(self):
        self.assertEqual(str(D('2.675').quantize(D('0.01'))), '2.68')
        self.assertEqual(str(D('2.665').quantize(D('0.01'))), '2.66')
        self.assertEqual(str(D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP)), '2.68')
        self.assertEqual(str(D('1.999').quantize(D('1'), rounding=ROUND_DOWN)), '1')
        self.assertEqual(str(D(5).quantize(D('0.001'))), '5.000')
        self.assertRaises(InvalidOperation, D('1e30').quantize, D('0.01'))
        self.assert_(D('1.1').same_quantum(D('2.2')))
        self.failIf(D('1.1').same_quantum(D('2')))

    def test_roundings(self):
        cases = {ROUND_DOWN: ('1.2', '-1.2'), ROUND_UP: ('1.3', '-1.3'),
                 ROUND_CEILING: ('1.3', '-1.2'), ROUND_FLOOR: ('1.2', '-1.3'),
                 ROUND_HALF_UP: ('1.3', '-1.3'), ROUND_HALF_DOWN: ('1.2', '-1.2'),
                 ROUND_HALF_EVEN: ('1.2', '-1.2'), ROUND_05UP: ('1.2', '-1.2')}
        for mode, (pos, neg) in cases.items():
            self.assertEqual(str(D('1.25').quantize(D('0.1'), rounding=mode)), pos, mode)
            self.assertEqual(str(D('-1.25').quantize(D('0.1'), rounding=mode)), neg, mode)

    def test_integral(self):
        self.assertEqual(str(D('2.5').to_integral()), '2')
        self.assertEqual(str(D('3.5').to_integral_value()), '4')
        self.assertEqual(str(D('7.1').to_integral_exact(rounding=ROUND_CEILING)), '8')


class ComparisonTest(DecimalTestBase):

    def test_compare(self):
        self.assert_(D(3) < D('3.1'))
        self.assert_(D(3) == 3)
        self.assert_(D('3.0') == 3)
        self.assertEqual(max(D(1), D('1.5')), D('1.5'))
        self.assertEqual(D(1).compare(D(2)), D(-1))
        self.assertEqual(D('1.0').compare_total(D('1')), D(-1))
        self.failIf(D(1) == 'x')
        self.assertEqual(sorted([D(3), D(1), D('2.5')]), [D(1), D('2.5'), D(3)])
        self.assertEqual(str(D(1).max(D('NaN'))), '1')

    def test_hash(self):
        self.assertEqual(hash(D(10)), hash(10))
        self.assertEqual(hash(D('10.0')), hash(10))
        self.assertEqual(hash(D('1.5')), hash(D('1.50')))
        self.assertRaises(TypeError, hash, D('NaN'))

    def test_predicates(self):
        self.assert_(D('NaN').is_nan())
        self.assert_(D('-1').is_signed())
        self.assert_(D('0E5').is_zero())
        self.assert_(D('Inf').is_infinite())
        self.assertEqual(D('123.456').adjusted(), 2)
        self.assertEqual(D('0.0012').adjusted(), -3)
        self.assertEqual(str(D('-5').copy_abs()), '5')
        self.assertEqual(D('1').number_class(), '+Normal')
        self.assertEqual(D('-0').number_class(), '-Zero')


class ContextTest(DecimalTestBase):

    def test_defaults(self):
        c = getcontext()
        self.assertEqual(c.prec, 28)
        self.assertEqual(c.rounding, ROUND_HALF_EVEN)
        self.assertEqual(DefaultContext.prec, 28)

    def test_precision(self):
        getcontext().prec = 6
        self.assertEqual(str(D(1) / D(7)), '0.142857')
        self.assertEqual(str(D('123456789') + 0), '1.23457E+8')
        self.assertEqual(str(D('123456789')), '123456789')

    def test_context_methods(self):
        ctx = getcontext().copy()
        ctx.prec = 3
        self.assertEqual(str(ctx.divide(D(2), D(3))), '0.667')
        self.assertEqual(str(ctx.plus(D('1.23456'))), '1.23')
        self.assertEqual(str(ctx.add(1, 2)), '3')
        self.assertEqual(str(ctx.create_decimal('1.23456')), '1.23')
        self.assertEqual(getcontext().prec, 28)

    def test_flags_traps(self):
        ctx = Context(prec=3, traps=[])
        self.assertEqual(str(ctx.divide(D(1), D(0))), 'Infinity')
        self.assert_(ctx.flags[DivisionByZero])
        self.assertEqual(str(ctx.divide(D(0), D(0))), 'NaN')
        self.assert_(ctx.flags[InvalidOperation])
        ctx.clear_flags()
        self.failIf(ctx.flags[InvalidOperation])
        ctx.divide(D(1), D(3))
        self.assert_(ctx.flags[Inexact] and ctx.flags[Rounded])
        ctx.traps[Inexact] = 1
        self.assertRaises(Inexact, ctx.divide, D(1), D(3))
        self.assert_(issubclass(DivisionByZero, ZeroDivisionError))
        self.assert_(issubclass(DecimalException, ArithmeticError))

    def test_overflow(self):
        ctx = Context(prec=3, Emax=10, Emin=-10, traps=[])
        self.assertEqual(str(ctx.multiply(D('1e10'), D(10))), 'Infinity')
        self.assert_(ctx.flags[Overflow])
        ctx = Context(prec=3, Emax=10, Emin=-10, traps=[], rounding=ROUND_DOWN)
        self.assertEqual(str(ctx.multiply(D('1e10'), D(10))), '9.99E+10')
        ctx = Context(prec=3, Emax=10, Emin=-10, traps=[])
        self.assertEqual(str(ctx.divide(D('1e-10'), D(100))), '1E-12')
        self.assert_(ctx.flags[Subnormal])
        self.assertEqual(str(ctx.divide(D('1e-10'), D(1000))), '0E-12')
        self.assert_(ctx.flags[Underflow] and ctx.flags[Clamped])

    def test_localcontext(self):
        manager = localcontext()
        ctx = manager.__enter__()
        try:
            ctx.prec = 5
            r = D(1) / D(3)
            self.assert_(getcontext() is ctx)
        finally:
            manager.__exit__(None, None, None)
        self.assertEqual(str(r), '0.33333')
        self.assertEqual(getcontext().prec, 28)

    def test_huge_exponents_are_cheap(self):
        ctx = Context(prec=28, traps=[])
        self.assertEqual(str(ctx.add(D('1e999999999'), D('1e-999999999'))),
                         '1.000000000000000000000000000E+999999999')
        self.assertEqual(str(ctx.power(D(2), D('1e100'))), 'Infinity')
        self.assertEqual(str(ctx.power(D('0.5'), D('1e100'))), '0E-1000000026')


class MiscTest(DecimalTestBase):

    def test_pickle(self):
        d = D('-3.1415E-20')
        self.assertEqual(pickle.loads(pickle.dumps(d)), d)

    def test_logical(self):
        self.assertEqual(str(D('1100').logical_and(D('1010'))), '1000')
        self.assertEqual(str(D('1100').logical_or(D('1010'))), '1110')
        self.assertEqual(str(D('1100').logical_xor(D('1010'))), '110')
        self.assertRaises(InvalidOperation, D('12').logical_and, D('1'))

    def test_shift_rotate(self):
        getcontext().prec = 9
        self.assertEqual(str(D('123456789').rotate(2)), '345678912')
        self.assertEqual(str(D('123456789').shift(-2)), '1234567')
        self.assertEqual(str(D('1').scaleb(3)), '1E+3')
        self.assertEqual(str(D('1').next_plus()), '1.00000001')
        self.assertEqual(str(D('1').next_minus()), '0.999999999')


def test_main():
    test_support.run_unittest(ConstructionTest, ArithmeticTest, QuantizeTest,
                              ComparisonTest, ContextTest, MiscTest)

if __name__ == "__main__":
    test_main()
