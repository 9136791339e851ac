"""Decimal fixed and floating point arithmetic.

This module implements the General Decimal Arithmetic Specification
(IBM, Mike Cowlishaw): numbers are sign, integer coefficient and power of
ten exponent, computed exactly and then rounded to the precision of the
current context.  Conditions such as division by zero or inexact results
are signals: each sets a flag in the context and, if its trap is
enabled, raises an exception.

    >>> from decimal import Decimal, getcontext
    >>> Decimal(1) / Decimal(7)
    Decimal("0.1428571428571428571428571429")
    >>> getcontext().prec = 6
    >>> Decimal(1) / Decimal(7)
    Decimal("0.142857")
"""

__all__ = [
    # Two major classes
    'Decimal', 'Context',

    # Contexts
    'DefaultContext', 'BasicContext', 'ExtendedContext',

    # Exceptions
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',

    # Constants for use in setting up contexts
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',

    # Functions for manipulating contexts
    'setcontext', 'getcontext', 'localcontext'
]

# Rounding modes
ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


# ---------------------------------------------------------------------
# Signals.  Each has a handle() giving the result used when the signal
# is not trapped.

class DecimalException(ArithmeticError):
    """Base class of the signals of this module."""
    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    """The exponent of a result was changed to fit the context."""


class InvalidOperation(DecimalException):
    """An operation has no sensible result; the result is NaN."""
    def handle(self, context, *args):
        if args:
            nan = args[0]
            return _make(nan._sign, nan._int, 'n', True)._fix_nan(context)
        return NaN


class ConversionSyntax(InvalidOperation):
    """A string could not be read as a number."""
    def handle(self, context, *args):
        return NaN


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A non-zero number was divided by zero; the result is infinite."""
    def handle(self, context, sign, *args):
        return _SIGNED_INF[sign]


class DivisionImpossible(InvalidOperation):
    """An integer quotient does not fit the precision."""
    def handle(self, context, *args):
        return NaN


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""
    def handle(self, context, *args):
        return NaN


class Inexact(DecimalException):
    """Rounding discarded non-zero digits."""


class InvalidContext(InvalidOperation):
    """The context is unusable (e.g. an unknown rounding)."""
    def handle(self, context, *args):
        return NaN


class Rounded(DecimalException):
    """Rounding discarded digits (zero or not)."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent is too large to represent."""
    def handle(self, context, sign, *args):
        r = context.rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _SIGNED_INF[sign]
        if (sign == 0 and r == ROUND_CEILING) or \
           (sign == 1 and r == ROUND_FLOOR):
            return _SIGNED_INF[sign]
        # The largest finite number of the context.
        return _make(sign, 10 ** context.prec - 1,
                     context.Emax - context.prec + 1)


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded (possibly to zero)."""


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,
            Underflow, InvalidOperation, Subnormal]

# Conditions that are reported (flag and trap) as another signal.
_CONDITION_MAP = {ConversionSyntax: InvalidOperation,
                  DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation,
                  InvalidContext: InvalidOperation}


# ---------------------------------------------------------------------
# The current context, one per thread.

try:
    import threading as _threading
    _context_holder = _threading.local()
except (ImportError, AttributeError):
    class _ContextHolder(object):
        pass
    _context_holder = _ContextHolder()


def getcontext():
    """Return the context of the current thread (making it on first use,
    as a copy of DefaultContext)."""
    try:
        return _context_holder.decimal_context
    except AttributeError:
        context = Context()
        _context_holder.decimal_context = context
        return context


def setcontext(context):
    """Make context the current thread's context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _context_holder.decimal_context = context


def localcontext(ctx=None):
    """Context manager: a copy of ctx (default: the current context) is
    current inside the with block; the previous one is restored after.

        with localcontext() as ctx:
            ctx.prec += 2
            ...
    """
    if ctx is None:
        ctx = getcontext()
    return _ContextManager(ctx)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


# ---------------------------------------------------------------------
# Helpers on coefficients (non-negative Python integers).

def _ndigits(n):
    """Number of decimal digits of n >= 0 (1 for zero)."""
    return len(str(n).rstrip('L'))


def _pow10(k):
    return 10 ** k


def _round_coefficient(sign, coef, drop, rounding):
    """Remove the last `drop` digits of coef, rounding as the mode says.
    Returns (new coefficient, inexact)."""
    if drop <= 0:
        return coef * _pow10(-drop), False
    div = _pow10(drop)
    q, r = divmod(coef, div)
    if r == 0:
        return q, False
    half2 = 2 * r
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = half2 >= div
    elif rounding == ROUND_HALF_DOWN:
        up = half2 > div
    elif rounding == ROUND_HALF_EVEN:
        up = half2 > div or (half2 == div and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        raise ValueError("unknown rounding %r" % (rounding,))
    if up:
        q += 1
    return q, True


def _make(sign, coef, exp, special=False):
    """A Decimal from its parts, without checks."""
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = special
    return d


def _convert_other(other, raiseit=False):
    """other as a Decimal, or NotImplemented (TypeError if raiseit)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, long)):
        return Decimal(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % other)
    return NotImplemented


def _parse_decimal(s):
    """(sign, coefficient, exponent, special) of a numeric string, or
    None if it is not one."""
    s = s.strip()
    sign = 0
    if s[:1] in ('+', '-'):
        sign = s[0] == '-'
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', True
    for prefix, code in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, int(payload or '0'), code, True
    mantissa = s
    exp = 0
    for mark in ('e', 'E'):
        at = s.find(mark)
        if at >= 0:
            mantissa = s[:at]
            e = s[at + 1:]
            digits = e
            if e[:1] in ('+', '-'):
                digits = e[1:]
            if not digits or not digits.isdigit():
                return None
            exp = int(e)
            break
    point = mantissa.find('.')
    if point >= 0:
        intpart = mantissa[:point]
        fracpart = mantissa[point + 1:]
    else:
        intpart = mantissa
        fracpart = ''
    if not intpart and not fracpart:
        return None
    for part in (intpart, fracpart):
        if part and not part.isdigit():
            return None
    return sign, int(intpart + fracpart), exp - len(fracpart), False


# ---------------------------------------------------------------------
# Fixed-point kernels for the transcendental functions.  A value v is
# held as the integer round(v * 10**w).

def _atanh_inverse_series(num, den, w):
    """2 * atanh(num/den) * 10**w (approximately), 0 < num/den < 1."""
    scale = _pow10(w)
    z = scale * num // den
    z2num = num * num
    z2den = den * den
    total = 0
    term = z
    k = 1
    while term:
        total += term // k
        term = term * z2num // z2den
        k += 2
    return 2 * total


def _ln2(w):
    return _atanh_inverse_series(1, 3, w)


def _ln10(w):
    # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
    return 3 * _ln2(w) + _atanh_inverse_series(1, 9, w)


def _ln_fixed(coef, exp, w):
    """ln(coef * 10**exp) * 10**w for coef > 0, absolute error a few
    units."""
    n = _ndigits(coef)
    k = n - 1 + exp                     # x = m * 10**k with 1 <= m < 10
    g = w + 4
    # m scaled by 10**g
    shift = g - (n - 1)
    if shift >= 0:
        m = coef * _pow10(shift)
    else:
        m = coef // _pow10(-shift)
    scale = _pow10(g)
    # Bring m into [0.75, 1.5) with powers of two.
    twos = 0
    while m >= 3 * scale // 2:
        m //= 2
        twos += 1
    # ln m = 2 atanh((m-1)/(m+1))
    # The series is summed for |z|; floor division of negative terms
    # would never reach zero.
    negative = m < scale
    z = abs(m - scale) * scale // (m + scale)
    z2 = z * z // scale
    total = 0
    term = z
    j = 1
    while term:
        total += term // j
        term = term * z2 // scale
        j += 2
    if negative:
        total = -total
    result = 2 * total + twos * _ln2(g)
    if k:
        extra = _ndigits(abs(k)) + 1
        result += k * _ln10(g + extra) // _pow10(extra)
    return result // _pow10(4)


def _exp_fixed(t, w):
    """exp(t / 10**w) as (e, n): about e * 10**(n - w), e ~ 10**w."""
    scale = _pow10(w)
    # t = n ln 10 + r with |r| <= ~1.2
    extra = _ndigits(abs(t) // scale + 1) + 2
    ln10 = _ln10(w + extra)
    n = (t * _pow10(extra)) // ln10 if t >= 0 else \
        -((-t * _pow10(extra)) // ln10) - 1
    r = t - n * ln10 // _pow10(extra)
    if r < 0:
        # only by rounding error: take one more ln 10 off n
        n -= 1
        r += ln10 // _pow10(extra)
    g = w + 4
    r = r * _pow10(4)
    big = _pow10(g)
    total = big
    term = big
    k = 1
    while term:
        term = term * r // (big * k)
        total += term
        k += 1
    return total // _pow10(4), n


# ---------------------------------------------------------------------

class Decimal(object):
    """A decimal floating point number (immutable)."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value="0", context=None):
        """Make a Decimal from a string, an int or long, a (sign, digits,
        exponent) tuple or another Decimal.  Strings that are not numbers
        signal ConversionSyntax (NaN when not trapped)."""
        self = object.__new__(cls)

        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._is_special = value._is_special
            return self

        if isinstance(value, (int, long)):
            self._sign = int(value < 0)
            self._int = abs(value)
            self._exp = 0
            self._is_special = False
            return self

        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal '
                                 'from list or tuple.  The list or tuple '
                                 'should have exactly three elements.')
            sign, digits, exp = value
            if not (isinstance(sign, (int, long)) and sign in (0, 1)):
                raise ValueError("Invalid sign.  The first value in the tuple "
                                 "should be an integer; either 0 for a "
                                 "positive number or 1 for a negative number.")
            coef = 0
            for d in digits:
                if isinstance(d, (int, long)) and 0 <= d <= 9:
                    coef = coef * 10 + d
                else:
                    raise ValueError("The second value in the tuple must be "
                                     "composed of integers in the range "
                                     "0 through 9.")
            if exp in ('F', 'n', 'N'):
                if exp == 'F':
                    coef = 0
                self._sign = sign
                self._int = coef
                self._exp = exp
                self._is_special = True
                return self
            if not isinstance(exp, (int, long)):
                raise ValueError("The third value in the tuple must be an "
                                 "integer, or one of the strings 'F', 'n', "
                                 "'N'.")
            self._sign = sign
            self._int = coef
            self._exp = exp
            self._is_special = False
            return self

        if isinstance(value, float):
            raise TypeError("Cannot convert float to Decimal.  " +
                            "First convert the float to a string")

        if isinstance(value, basestring):
            parsed = None
            try:
                parsed = _parse_decimal(str(value))
            except (UnicodeError, ValueError):
                parsed = None
            if parsed is None:
                if context is None:
                    context = getcontext()
                return context._raise_error(ConversionSyntax,
                                            "Invalid literal for Decimal: %r"
                                            % value)
            self._sign, self._int, self._exp, self._is_special = parsed
            return self

        raise TypeError("Cannot convert %r to Decimal" % value)

    # -- classification ------------------------------------------------

    def _isnan(self):
        if self._is_special:
            if self._exp == 'n':
                return 1
            if self._exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            if self._sign:
                return -1
            return 1
        return 0

    def _check_nans(self, other=None, context=None):
        self_nan = self._isnan()
        other_nan = other is not None and other._isnan()
        if self_nan or other_nan:
            if context is None:
                context = getcontext()
            if self_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return 0

    def _fix_nan(self, context):
        payload = self._int
        room = context.prec - context._clamp
        if _ndigits(payload) > room:
            payload = payload % _pow10(room) if room > 0 else 0
            return _make(self._sign, payload, self._exp, True)
        return Decimal(self)

    def __nonzero__(self):
        return self._is_special or self._int != 0

    def _digits(self):
        return _ndigits(self._int)

    def adjusted(self):
        """The exponent of the most significant digit (0 for specials)."""
        if self._is_special:
            return 0
        return self._exp + self._digits() - 1

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0 or self._int == 0:
            return True
        return self._int % _pow10(-self._exp) == 0

    def _iseven(self):
        if self._int == 0 or self._exp > 0:
            return True
        return (self._int // _pow10(-self._exp)) % 2 == 0

    # -- comparison ----------------------------------------------------

    def _cmp(self, other):
        if self._is_special or other._is_special:
            return cmp(self._isinfinity(), other._isinfinity())
        if not self:
            if not other:
                return 0
            return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if self._sign != other._sign:
            return other._sign - self._sign
        a1 = self.adjusted()
        a2 = other.adjusted()
        if a1 == a2:
            # Pad the shorter coefficient to compare digit by digit.
            c1 = self._int
            c2 = other._int
            d = self._exp - other._exp
            if d > 0:
                c1 *= _pow10(d)
            elif d < 0:
                c2 *= _pow10(-d)
            result = cmp(c1, c2)
        else:
            result = cmp(a1, a2)
        if self._sign:
            return -result
        return result

    def __cmp__(self, other):
        other = _convert_other(other)
        if other is NotImplemented:
            return 1
        if self._isnan() or other._isnan():
            # Comparisons involving NaN report self > other.
            return 1
        return self._cmp(other)

    def __eq__(self, other):
        if not isinstance(other, (Decimal, int, long)):
            return NotImplemented
        return self.__cmp__(other) == 0

    def __ne__(self, other):
        if not isinstance(other, (Decimal, int, long)):
            return NotImplemented
        return self.__cmp__(other) != 0

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1) as self is below, equal to
        or above other; NaN if either is a NaN."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._isnan() == 2:
            return context._raise_error(InvalidOperation,
                                        'comparison involving sNaN', self)
        if other._isnan() == 2:
            return context._raise_error(InvalidOperation,
                                        'comparison involving sNaN', other)
        if self._isnan():
            return context._raise_error(InvalidOperation,
                                        'comparison involving NaN', self)
        if other._isnan():
            return context._raise_error(InvalidOperation,
                                        'comparison involving NaN', other)
        return self.compare(other, context=context)

    def compare_total(self, other):
        """Order by representation: -NaN < -Infinity < ... < -0 < 0 < ...
        < Infinity < sNaN < NaN, with 1.0 before 1 (smaller exponent first)."""
        other = _convert_other(other, raiseit=True)
        if self._sign and not other._sign:
            return _NEG_ONE
        if not self._sign and other._sign:
            return _ONE
        sign = self._sign
        self_nan = self._isnan()
        other_nan = other._isnan()
        if self_nan or other_nan:
            if self_nan == other_nan:
                c = cmp(self._int, other._int)
            elif self_nan and other_nan:
                # a quiet NaN is above a signaling one
                c = (self_nan == 1) and 1 or -1
            else:
                c = self_nan and 1 or -1
            if sign:
                c = -c
            return Decimal(c)
        c = self._cmp(other)
        if c == 0 and not (self._is_special and other._is_special):
            if self._exp != other._exp:
                c = self._exp < other._exp and -1 or 1
                if sign:
                    c = -c
        return Decimal(c)

    def compare_total_mag(self, other):
        other = _convert_other(other, raiseit=True)
        return self.copy_abs().compare_total(other.copy_abs())

    def __hash__(self):
        if self._is_special:
            if self._isnan():
                raise TypeError('Cannot hash a NaN value.')
            return hash(str(self))
        if not self:
            return 0
        if self._isinteger() and self.adjusted() < 1000:
            return hash(int(self))
        # Same value, same hash: strip trailing zeros.
        coef = self._int
        exp = self._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        return hash((self._sign, coef, exp))

    def as_tuple(self):
        """The (sign, digit tuple, exponent) of self."""
        if self._exp == 'F':
            digits = (0,)
        elif self._is_special and self._int == 0:
            digits = ()
        else:
            digits = tuple(map(int, str(self._int).rstrip('L')))
        return (self._sign, digits, self._exp)

    def __repr__(self):
        """Decimal("<str(self)>")"""
        return 'Decimal("%s")' % str(self)

    def __str__(self, eng=False, context=None):
        """Scientific notation, as the specification's to-sci-string."""
        sign = ['', '-'][self._sign]
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = ''
            if self._int:
                payload = str(self._int).rstrip('L')
            if self._exp == 'n':
                return sign + 'NaN' + payload
            return sign + 'sNaN' + payload

        digits = str(self._int).rstrip('L')
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1

        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        """Like str(), but any exponent is a multiple of three."""
        return self.__str__(eng=True, context=context)

    # -- rounding to a context ------------------------------------------

    def _fix(self, context):
        if self._is_special:
            if self._isnan():
                return self._fix_nan(context)
            return Decimal(self)

        etiny = context.Etiny()
        etop = context.Etop()
        if not self._int:
            exp_max = [context.Emax, etop][context._clamp]
            new_exp = min(max(self._exp, etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _make(self._sign, 0, new_exp)
            return Decimal(self)

        ndig = self._digits()
        exp_min = ndig + self._exp - context.prec
        if exp_min > etop:
            # Too large even with full precision.
            ans = context._raise_error(Overflow, 'above Emax', self._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans

        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny

        if self._exp < exp_min:
            context._raise_error(Rounded)
            drop = exp_min - self._exp
            coef = self._int
            if drop > ndig:
                # Everything goes: only whether it was non-zero counts.
                coef = 1
                drop = 1
            coef, changed = _round_coefficient(self._sign, coef, drop,
                                               context.rounding)
            ans = _make(self._sign, coef, exp_min)
            if changed:
                context._raise_error(Inexact)
                if subnormal:
                    context._raise_error(Underflow)
                    if not ans:
                        context._raise_error(Clamped)
                elif _ndigits(coef) == context.prec + 1:
                    # Rounded up to 10**prec: one digit too many.
                    if ans._exp < etop:
                        ans = _make(self._sign, coef // 10, ans._exp + 1)
                    else:
                        ans = context._raise_error(Overflow, 'above Emax',
                                                   self._sign)
            if subnormal:
                context._raise_error(Subnormal)
            return ans

        if subnormal:
            context._raise_error(Subnormal)

        if context._clamp == 1 and self._exp > etop:
            context._raise_error(Clamped)
            return _make(self._sign, self._int * _pow10(self._exp - etop),
                         etop)
        return Decimal(self)

    def _rescale(self, exp, rounding):
        if self._is_special:
            return Decimal(self)
        if not self._int:
            return _make(self._sign, 0, exp)
        if self._exp >= exp:
            return _make(self._sign, self._int * _pow10(self._exp - exp), exp)
        drop = exp - self._exp
        coef = self._int
        if drop > self._digits():
            coef = 1
            drop = 1
        coef, changed = _round_coefficient(self._sign, coef, drop, rounding)
        return _make(self._sign, coef, exp)

    # -- unary operations -----------------------------------------------

    def __neg__(self, context=None):
        """-self, rounded to the context (-0 becomes 0)."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if not self:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        if context is None:
            context = getcontext()
        return ans._fix(context)

    def __pos__(self, context=None):
        """+self: self rounded to the context (-0 becomes 0)."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if not self:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        if context is None:
            context = getcontext()
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        """abs(self), rounded to the context unless round is false."""
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        """self with a positive sign, no rounding."""
        return _make(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        """self with the opposite sign, no rounding."""
        return _make(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other):
        """self with the sign of other, no rounding."""
        other = _convert_other(other, raiseit=True)
        return _make(other._sign, self._int, self._exp, self._is_special)

    # -- addition and subtraction ---------------------------------------

    def __add__(self, other, context=None):
        """self + other, rounded; Infinity - Infinity is invalid."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise_error(InvalidOperation,
                                                '-INF + INF')
                return Decimal(self)
            return Decimal(other)

        exp = min(self._exp, other._exp)
        negativezero = context.rounding == ROUND_FLOOR and \
            self._sign != other._sign

        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return _make(sign, 0, exp)._fix(context)
        if not self:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)

        # Align the exponents.  When one operand is far smaller than the
        # precision can show, a tiny stand-in of the same sign gives the
        # same rounded result without a huge shift.
        big, small = self, other
        if big._exp < small._exp:
            big, small = small, big
        limit = big._exp + min(-1, big._digits() - context.prec - 2)
        s_coef = small._int
        s_exp = small._exp
        if small._digits() + small._exp - 1 < limit:
            s_coef = 1
            s_exp = limit
        b_coef = big._int * _pow10(big._exp - s_exp)
        v1 = (-1) ** big._sign * b_coef
        v2 = (-1) ** small._sign * s_coef
        total = v1 + v2
        if total == 0:
            return _make(int(negativezero), 0, s_exp)._fix(context)
        sign = int(total < 0)
        return _make(sign, abs(total), s_exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        """self - other, rounded."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context=context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        """other - self, rounded."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    # -- multiplication and division -------------------------------------

    def __mul__(self, other, context=None):
        """self * other, rounded; Infinity * 0 is invalid."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign

        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if not other:
                    return context._raise_error(InvalidOperation,
                                                '(+-)INF * 0')
                return _SIGNED_INF[sign]
            if other._isinfinity():
                if not self:
                    return context._raise_error(InvalidOperation,
                                                '0 * (+-)INF')
                return _SIGNED_INF[sign]

        exp = self._exp + other._exp
        return _make(sign, self._int * other._int, exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        """self / other, rounded."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign

        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._raise_error(InvalidOperation,
                                            '(+-)INF/(+-)INF')
            if self._isinfinity():
                return _SIGNED_INF[sign]
            if other._isinfinity():
                context._raise_error(Clamped, 'Division by infinity')
                return _make(sign, 0, context.Etiny())

        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, '0 / 0')
            return context._raise_error(DivisionByZero, 'x / 0', sign)

        if not self:
            exp = self._exp - other._exp
            coef = 0
        else:
            shift = other._digits() - self._digits() + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coef, rem = divmod(self._int * _pow10(shift), other._int)
            else:
                coef, rem = divmod(self._int, other._int * _pow10(-shift))
            if rem:
                # Not exact: make sure the last digit is not 0 or 5, so
                # that rounding sees the true position of the value.
                if coef % 5 == 0:
                    coef += 1
            else:
                # Exact: remove zeros down to the ideal exponent.
                ideal = self._exp - other._exp
                while exp < ideal and coef % 10 == 0:
                    coef //= 10
                    exp += 1
        return _make(sign, coef, exp)._fix(context)

    __div__ = __truediv__

    def _divide(self, other, context):
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)

        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_make(sign, 0, 0),
                    self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            c1 = self._int
            c2 = other._int
            if self._exp >= other._exp:
                c1 *= _pow10(self._exp - other._exp)
            else:
                c2 *= _pow10(other._exp - self._exp)
            q, r = divmod(c1, c2)
            if q < _pow10(context.prec):
                return (_make(sign, q, 0),
                        _make(self._sign, r, ideal_exp))
        ans = context._raise_error(DivisionImpossible,
                                   'quotient too large in //, % or divmod')
        return ans, ans

    def __rtruediv__(self, other, context=None):
        """other / self, rounded."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    __rdiv__ = __rtruediv__

    def __divmod__(self, other, context=None):
        """(self // other, self % other)."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)

        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise_error(InvalidOperation,
                                           'divmod(INF, INF)')
                return ans, ans
            return (_SIGNED_INF[sign],
                    context._raise_error(InvalidOperation, 'INF % x'))

        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return ans, ans
            return (context._raise_error(DivisionByZero, 'x // 0', sign),
                    context._raise_error(InvalidOperation, 'x % 0'))

        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    def __rdivmod__(self, other, context=None):
        """(other // self, other % self)."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        """Remainder of the truncating division; it has the sign of self."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'INF % x')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'x % 0')
            return context._raise_error(DivisionUndefined, '0 % 0')

        remainder = self._divide(other, context)[1]
        return remainder._fix(context)

    def __rmod__(self, other, context=None):
        """other % self."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def remainder_near(self, other, context=None):
        """self - other * n, n being the integer nearest to self / other
        (the even one on a tie)."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if self._isinfinity():
            return context._raise_error(InvalidOperation,
                                        'remainder_near(infinity, x)')
        if not other:
            if self:
                return context._raise_error(InvalidOperation,
                                            'remainder_near(x, 0)')
            return context._raise_error(DivisionUndefined,
                                        'remainder_near(0, 0)')
        if other._isinfinity():
            return Decimal(self)._fix(context)

        ideal = min(self._exp, other._exp)
        if not self:
            return _make(self._sign, 0, ideal)._fix(context)

        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            return context._raise_error(DivisionImpossible)
        if expdiff <= -2:
            return self._rescale(ideal, context.rounding)._fix(context)

        c1 = self._int
        c2 = other._int
        if self._exp >= other._exp:
            c1 *= _pow10(self._exp - other._exp)
        else:
            c2 *= _pow10(other._exp - self._exp)
        q, r = divmod(c1, c2)
        # Take the nearer of the two remainders (the even quotient on a tie).
        if 2 * r + (q & 1) > c2:
            r -= c2
            q += 1
        if q >= _pow10(context.prec):
            return context._raise_error(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _make(sign, r, ideal)._fix(context)

    def __floordiv__(self, other, context=None):
        """Integer part of self / other (truncated toward zero)."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if self._isinfinity():
            if other._isinfinity():
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _SIGNED_INF[self._sign ^ other._sign]

        if not other:
            if self:
                return context._raise_error(DivisionByZero, 'x // 0',
                                            self._sign ^ other._sign)
            return context._raise_error(DivisionUndefined, '0 // 0')

        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        """other // self."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    # -- conversions ------------------------------------------------------

    def __float__(self):
        """float(self), through its string."""
        return float(str(self))

    def __int__(self):
        """int(self), truncated toward zero."""
        if self._is_special:
            if self._isnan():
                context = getcontext()
                return context._raise_error(InvalidContext)
            raise OverflowError("Cannot convert infinity to long")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * self._int * _pow10(self._exp)
        return s * (self._int // _pow10(-self._exp))

    def __long__(self):
        """long(self), truncated toward zero."""
        return long(self.__int__())

    # -- powers -------------------------------------------------------------

    def __pow__(self, other, modulo=None, context=None):
        """self ** other, or pow(self, other, modulo) for integers."""
        if modulo is not None:
            return self._power_modulo(other, modulo, context)

        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if not other:
            if not self:
                return context._raise_error(InvalidOperation, '0 ** 0')
            return _ONE

        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._iseven():
                    result_sign = 1
            else:
                if self:
                    return context._raise_error(
                        InvalidOperation,
                        'x ** y with x negative and y not an integer')
            self = self.copy_negate()

        if not self:
            if other._sign == 0:
                return _make(result_sign, 0, 0)
            return _SIGNED_INF[result_sign]

        if self._isinfinity():
            if other._sign == 0:
                return _SIGNED_INF[result_sign]
            return _make(result_sign, 0, 0)

        if self == _ONE:
            if other._isinteger():
                if other._sign == 1:
                    multiplier = 0
                elif other > context.prec:
                    multiplier = context.prec
                else:
                    multiplier = int(other)
                exp = self._exp * multiplier
                if exp < 1 - context.prec:
                    exp = 1 - context.prec
                    context._raise_error(Rounded)
            else:
                context._raise_error(Inexact)
                context._raise_error(Rounded)
                exp = 1 - context.prec
            return _make(result_sign, _pow10(-exp), exp)

        self_adj = self.adjusted()
        if other._isinfinity():
            if (other._sign == 0) == (self_adj < 0):
                return _make(result_sign, 0, 0)
            return _SIGNED_INF[result_sign]

        # Results that certainly overflow or underflow, found without
        # computing them (the exponent may be huge).
        bound = self._log10_bound(other, context)
        if bound is not None:
            if bound > 0:
                ans = _make(result_sign, 1, context.Emax + 1)
            else:
                ans = _make(result_sign, 1, context.Etiny() - 1)
            return ans._fix(context)

        if other._isinteger():
            ans = self._power_integer(int(other), result_sign, context)
        else:
            ans = self._power_general(other, result_sign, context)
        return ans

    def _log10_bound(self, other, context):
        if other.adjusted() < 12:
            return None
        # |log10 self| >= 1 away from [0.1, 10); near 1 it is at least
        # |self - 1| / 24.
        adj = self.adjusted()
        if adj >= 1 or adj <= -2:
            low = _ONE
        else:
            low = self.__sub__(_ONE, context=_EXACT_SUB).copy_abs()
            low = _make(0, low._int, low._exp - 2)      # / 100 < / 24
        above_one = self._cmp(_ONE) > 0
        span = max(abs(context.Emax), abs(context.Etiny())) * 2 + 10
        # y * low > span ?
        prod_adj = other.adjusted() + low.adjusted() + 1
        if prod_adj <= _ndigits(span):
            return None
        if above_one == (other._sign == 0):
            return 1
        return -1

    def _power_integer(self, n, result_sign, context):
        p = context.prec
        coef = self._int
        exp = self._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        neg = n < 0
        n = abs(n)
        exact_ideal = self._exp * n
        if coef == 1:
            # A power of ten: exact.
            if neg:
                res = _make(result_sign, 1, -exp * n)
            else:
                res = _pad_toward(_make(result_sign, 1, exp * n),
                                  exact_ideal, p)
            return res._fix(context)

        size = n * _ndigits(coef)
        if size <= 4 * p + 100:
            if not neg:
                value = coef ** n
                res = _pad_toward(_make(result_sign, value, exp * n),
                                  exact_ideal, p)
                return res._fix(context)
            # 1 / coef**n: exact only if coef is made of 2s and 5s.
            denom = coef ** n
            rest = denom
            twos = fives = 0
            while rest % 2 == 0:
                rest //= 2
                twos += 1
            while rest % 5 == 0:
                rest //= 5
                fives += 1
            if rest == 1:
                k = max(twos, fives)
                return _make(result_sign, _pow10(k) // denom,
                             -k - exp * n)._fix(context)

        # Inexact: repeated squaring with guard digits, Ziv style.
        extra = _ndigits(n) + 10
        while True:
            w = p + extra
            approx, err = _approx_power(coef, n, w)
            m, e = approx
            if neg:
                # 1 / (m * 10**e) to w digits
                scale = 2 * w + 2
                q = _pow10(scale) // m
                m, e = q, -scale - e
                err = 100 * err + 2
            e += exp * (-n if neg else n)
            ans = _rounded_if_clear(result_sign, m, e, err, context)
            if ans is not None:
                return ans
            extra *= 2

    def _power_general(self, other, result_sign, context):
        p = context.prec
        exact = self._power_exact(other, p + 1)
        if exact is not None:
            # The specification makes a non-integral power inexact even
            # when it is not: pad to p + 1 digits so that rounding (and
            # Rounded) happens, then signal Inexact.
            coef = exact._int
            exp = exact._exp
            pad = p + 1 - _ndigits(coef)
            if pad > 0:
                coef *= _pow10(pad)
                exp -= pad
            ans = _make(result_sign, coef, exp)._fix(context)
            context._raise_error(Inexact)
            return ans
        extra = 10
        y_adj = max(other.adjusted(), 0)
        for attempt in range(8):
            w = p + extra
            # y * ln(x) in fixed point with enough digits for the result
            lnw = w + y_adj + 2 + max(0, -self._ln_size())
            lx = _ln_fixed(self._int, self._exp, lnw)
            t = lx * other._int
            if other._exp >= 0:
                t *= _pow10(other._exp)
                shift = lnw - w
            else:
                shift = lnw - w - other._exp
            if shift >= 0:
                t = t // _pow10(shift)
            else:
                t = t * _pow10(-shift)
            if other._sign:
                t = -t
            limit = _exp_limits(context)
            if t > limit[0] * _pow10(w):
                return _make(result_sign, 1, context.Emax + 1)._fix(context)
            if t < -limit[1] * _pow10(w):
                return _make(result_sign, 1, context.Etiny() - 1)._fix(context)
            m, n = _exp_fixed(t, w)
            ans = _rounded_if_clear(result_sign, m, n - w, 20, context)
            if ans is not None:
                return ans
            extra *= 2
        return _make(result_sign, m, n - w)._fix(context)

    def _ln_size(self):
        if self.adjusted() != 0 and self.adjusted() != -1:
            return -1
        d = self.__sub__(_ONE, context=_EXACT_SUB)
        if not d:
            return 0
        return d.adjusted() - 1

    def _power_exact(self, other, maxdigits):
        # other = num / 10**k; an exact result r satisfies r**(10**k) ==
        # self**num.  Try the candidate found with floating arithmetic.
        if other._sign or other.adjusted() > 3 or other._exp < -8:
            return None
        num = other._int
        den = _pow10(-other._exp)
        # reduce num/den
        a, b = num, den
        while b:
            a, b = b, a % b
        num //= a
        den //= a
        if den > 1000 or num > 1000:
            return None
        # the den-th root of self must be exact
        coef = self._int
        exp = self._exp
        while coef % 10 == 0 and exp % den != 0:
            coef //= 10
            exp += 1
        if exp % den != 0:
            k = exp % den
            coef *= _pow10(k)
            exp -= k
        if _ndigits(coef) > 10 * maxdigits:
            return None
        root = _integer_root(coef, den)
        if root is None:
            return None
        value = root ** num
        if _ndigits(value) > maxdigits:
            return None
        return _make(0, value, exp // den * num)

    def _power_modulo(self, other, modulo, context=None):
        other = _convert_other(other, raiseit=True)
        modulo = _convert_other(modulo, raiseit=True)
        if context is None:
            context = getcontext()

        self_nan = self._isnan()
        other_nan = other._isnan()
        mod_nan = modulo._isnan()
        if self_nan or other_nan or mod_nan:
            for v, kind in ((self, self_nan), (other, other_nan),
                            (modulo, mod_nan)):
                if kind == 2:
                    return context._raise_error(InvalidOperation, 'sNaN', v)
            for v, kind in ((self, self_nan), (other, other_nan),
                            (modulo, mod_nan)):
                if kind:
                    return v._fix_nan(context)

        if not (self._isinteger() and other._isinteger() and
                modulo._isinteger()):
            return context._raise_error(InvalidOperation,
                                        'pow() 3rd argument not allowed '
                                        'unless all arguments are integers')
        if other < 0:
            return context._raise_error(InvalidOperation,
                                        'pow() 2nd argument cannot be '
                                        'negative when 3rd argument specified')
        if not modulo:
            return context._raise_error(InvalidOperation,
                                        'pow() 3rd argument cannot be 0')
        if modulo.adjusted() >= context.prec:
            return context._raise_error(InvalidOperation,
                                        'insufficient precision: pow() 3rd '
                                        'argument must not have more than '
                                        'precision digits')
        if not other and not self:
            return context._raise_error(InvalidOperation,
                                        'at least one of pow() 1st argument '
                                        'and 2nd argument must be nonzero ;'
                                        '0**0 is not defined')
        sign = 0
        if not other._iseven():
            sign = self._sign
        m = abs(int(modulo))
        base = abs(int(self)) % m
        # other may be huge: use its coefficient and exponent separately
        e = other._int
        base = pow(base, e, m)
        for i in xrange(max(other._exp, 0)):
            base = pow(base, 10, m)
        return _make(sign, base, 0)

    def __rpow__(self, other, context=None):
        """other ** self."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    # -- square root, exp and logarithms -----------------------------------

    def sqrt(self, context=None):
        """Square root, correctly rounded (always half-even)."""
        if context is None:
            context = getcontext()

        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)

        if not self:
            return _make(self._sign, 0, self._exp // 2)._fix(context)

        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')

        p = context.prec + 1
        coef = self._int
        exp = self._exp
        # Make the exponent even and the coefficient at least 2p digits.
        if exp % 2:
            coef *= 10
            exp -= 1
        need = 2 * p - _ndigits(coef)
        if need > 0:
            k = (need + 1) // 2
            coef *= _pow10(2 * k)
            exp -= 2 * k
        root = _isqrt(coef)
        exact = root * root == coef
        rexp = exp // 2
        if exact:
            ideal = self._exp // 2
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        elif root % 5 == 0:
            root += 1
        ans = _make(0, root, rexp)
        sub = context._shallow_copy()
        sub.rounding = ROUND_HALF_EVEN
        return ans._fix(sub)

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        if context is None:
            context = getcontext()

        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _ZERO
        if not self:
            return _ONE
        if self._isinfinity() == 1:
            return Decimal(self)

        p = context.prec
        adj = self.adjusted()
        limit = _exp_limits(context)
        if self._sign == 0 and adj > _ndigits(limit[0]):
            ans = _make(0, 1, context.Emax + 1)
        elif self._sign == 1 and adj > _ndigits(limit[1]):
            ans = _make(0, 1, context.Etiny() - 1)
        elif self._sign == 0 and adj < -p:
            ans = _make(0, _pow10(p) + 1, -p)
        elif self._sign == 1 and adj < -p - 1:
            ans = _make(0, _pow10(p + 1) - 1, -p - 1)
        else:
            extra = 10
            ans = None
            while ans is None:
                w = p + extra
                shift = w + self._exp
                if shift >= 0:
                    t = self._int * _pow10(shift)
                else:
                    t = self._int // _pow10(-shift)
                if self._sign:
                    t = -t
                m, n = _exp_fixed(t, w)
                ans = _rounded_if_clear(0, m, n - w, 20, _half_even(context))
                extra *= 2
            return ans
        return ans._fix(_half_even(context))

    def ln(self, context=None):
        """Natural logarithm, correctly rounded (half-even)."""
        if context is None:
            context = getcontext()

        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NEG_INF
        if self._isinfinity() == 1:
            return _INF
        if self == _ONE:
            return _ZERO
        if self._sign == 1:
            return context._raise_error(InvalidOperation,
                                        'ln of a negative value')
        return self._log_result(context, False)

    def log10(self, context=None):
        """Base 10 logarithm, correctly rounded (half-even); exact for
        powers of ten."""
        if context is None:
            context = getcontext()

        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NEG_INF
        if self._isinfinity() == 1:
            return _INF
        if self._sign == 1:
            return context._raise_error(InvalidOperation,
                                        'log10 of a negative value')
        # A power of ten has an exact logarithm.
        coef = self._int
        exp = self._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        if coef == 1:
            return Decimal(exp)._fix(context)
        return self._log_result(context, True)

    def _log_result(self, context, base10):
        context = _half_even(context)
        p = context.prec
        size = self._ln_size()
        extra = 10
        while True:
            w = p + extra + max(0, -size)
            lx = _ln_fixed(self._int, self._exp, w)
            if base10:
                lx = lx * _pow10(w + 2) // _ln10(w + 2)
            sign = int(lx < 0)
            ans = _rounded_if_clear(sign, abs(lx), -w, 30, context)
            if ans is not None:
                return ans
            extra *= 2

    def logb(self, context=None):
        """The adjusted exponent of self as a Decimal (-Infinity for 0)."""
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if context is None:
            context = getcontext()
        if self._isinfinity():
            return _INF
        if not self:
            return context._raise_error(DivisionByZero, 'logb(0)', 1)
        return Decimal(self.adjusted())._fix(context)

    def scaleb(self, other, context=None):
        """self * 10 ** other for an integer other."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0 or other._is_special:
            return context._raise_error(InvalidOperation)
        limit = 2 * (context.Emax + context.prec)
        if not (-limit <= int(other) <= limit):
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        d = _make(self._sign, self._int, self._exp + int(other))
        return d._fix(context)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self._isnan() == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other._isnan() == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self._isnan():
                product = self
            elif other._isnan():
                product = other
            elif self._isinfinity():
                if not other:
                    return context._raise_error(InvalidOperation,
                                                'INF * 0 in fma')
                product = _SIGNED_INF[self._sign ^ other._sign]
            else:
                if not self:
                    return context._raise_error(InvalidOperation,
                                                '0 * INF in fma')
                product = _SIGNED_INF[self._sign ^ other._sign]
        else:
            product = _make(self._sign ^ other._sign,
                            self._int * other._int, self._exp + other._exp)
        third = _convert_other(third, raiseit=True)
        return product.__add__(third, context)

    # -- exponent manipulation ---------------------------------------------

    def quantize(self, exp, rounding=None, context=None, watchexp=True):
        """self rounded to the exponent of exp; InvalidOperation if the
        result would not fit the context."""
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding

        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation,
                                            'quantize with one INF')

        if not watchexp:
            ans = self._rescale(exp._exp, rounding)
            if ans._exp > self._exp:
                context._raise_error(Rounded)
                if ans != self:
                    context._raise_error(Inexact)
            return ans

        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation,
                                        'target exponent out of bounds in '
                                        'quantize')
        if not self:
            return _make(self._sign, 0, exp._exp)._fix(context)

        if self.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too '
                                        'large for current context')
        if self.adjusted() - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits '
                                        'for current context')

        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too '
                                        'large for current context')
        if ans._digits() > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits '
                                        'for current context')
        if ans._exp > self._exp:
            context._raise_error(Rounded)
            if ans != self:
                context._raise_error(Inexact)
        if ans and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        return ans._fix(context)

    def same_quantum(self, other):
        """True if self and other have the same exponent (or are both
        NaN, or both infinite)."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return bool((self._isnan() and other._isnan()) or
                        (self._isinfinity() and other._isinfinity()))
        return self._exp == other._exp

    def normalize(self, context=None):
        """The simplest form of self: rounded, trailing zeros removed."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _make(dup._sign, 0, 0)
        exp_max = [context.Emax, context.Etop()][context._clamp]
        coef = dup._int
        exp = dup._exp
        while coef % 10 == 0 and exp < exp_max:
            coef //= 10
            exp += 1
        return _make(dup._sign, coef, exp)

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Rounded and Inexact."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self:
            return _make(self._sign, 0, 0)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        context._raise_error(Rounded)
        ans = self._rescale(0, rounding)
        if ans != self:
            context._raise_error(Inexact)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer without signalling."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    # -- min and max ------------------------------------------------------

    def _minmax(self, other, context, want_max, magnitude):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                # A quiet NaN loses against a number.
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        if magnitude:
            c = self.copy_abs()._cmp(other.copy_abs())
        else:
            c = self._cmp(other)
        if c == 0:
            c = int(self.compare_total(other))
        if not want_max:
            c = -c
        if c == -1:
            ans = other
        else:
            ans = self
        return ans._fix(context)

    def max(self, other, context=None):
        """The larger operand (a quiet NaN loses against a number), rounded."""
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        """The smaller operand (a quiet NaN loses against a number), rounded."""
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        """max() comparing absolute values."""
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        """min() comparing absolute values."""
        return self._minmax(other, context, False, True)

    # -- predicates ---------------------------------------------------------

    def canonical(self, context=None):
        """self: every Decimal is canonical here."""
        return self

    def is_canonical(self):
        """Always True."""
        return True

    def is_finite(self):
        """True unless self is infinite or a NaN."""
        return not self._is_special

    def is_infinite(self):
        """True for the infinities."""
        return self._exp == 'F'

    def is_nan(self):
        """True for quiet and signaling NaNs."""
        return self._exp in ('n', 'N')

    def is_normal(self, context=None):
        """True for finite non-zero numbers with adjusted exponent >= Emin."""
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_qnan(self):
        """True for a quiet NaN."""
        return self._exp == 'n'

    def is_signed(self):
        """True if the sign is negative (-0 included)."""
        return self._sign == 1

    def is_snan(self):
        """True for a signaling NaN."""
        return self._exp == 'N'

    def is_subnormal(self, context=None):
        """True for non-zero numbers with adjusted exponent < Emin."""
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_zero(self):
        """True for +0 and -0 (any exponent)."""
        return not self._is_special and self._int == 0

    def number_class(self, context=None):
        """One of 'sNaN', 'NaN', '-Infinity', '-Normal', '-Subnormal',
        '-Zero', '+Zero', '+Subnormal', '+Normal', '+Infinity'."""
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        sign = ['+', '-'][self._sign]
        if self._isinfinity():
            return sign + "Infinity"
        if not self:
            return sign + "Zero"
        if context is None:
            context = getcontext()
        if self.is_subnormal(context=context):
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        """Decimal(10)."""
        return Decimal(10)

    # -- neighbours -------------------------------------------------------

    def _nudge(self, context, direction):
        sub = context._shallow_copy()
        sub._set_rounding(direction > 0 and ROUND_CEILING or ROUND_FLOOR)
        sub._ignore_all_flags()
        new_self = self._fix(sub)
        if new_self != self:
            return new_self
        tiny = _make(direction < 0 and 1 or 0, 1, context.Etiny() - 1)
        return self.__add__(tiny, sub)

    def next_minus(self, context=None):
        """The largest representable number below self."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _NEG_INF
        if self._isinfinity() == 1:
            return _make(0, _pow10(context.prec) - 1, context.Etop())
        return self._nudge(context, -1)

    def next_plus(self, context=None):
        """The smallest representable number above self."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == 1:
            return _INF
        if self._isinfinity() == -1:
            return _make(1, _pow10(context.prec) - 1, context.Etop())
        return self._nudge(context, 1)

    def next_toward(self, other, context=None):
        """The representable number next to self in the direction of
        other; if they are equal, self with the sign of other."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        if c == -1:
            ans = self.next_plus(context)
        else:
            ans = self.next_minus(context)
        if ans._isinfinity():
            context._raise_error(Overflow, 'Infinite result from next_toward',
                                 ans._sign)
            context._raise_error(Rounded)
            context._raise_error(Inexact)
        elif ans.adjusted() < context.Emin:
            context._raise_error(Underflow)
            context._raise_error(Subnormal)
            context._raise_error(Rounded)
            context._raise_error(Inexact)
            if not ans:
                context._raise_error(Clamped)
        return ans

    # -- digit-wise operations ----------------------------------------------

    def _logical_digits(self, context):
        if self._sign != 0 or self._exp != 0 or self._is_special:
            return None
        s = str(self._int).rstrip('L')
        for ch in s:
            if ch not in '01':
                return None
        if len(s) > context.prec:
            return None
        return s.rjust(context.prec, '0')

    def _logical_op(self, other, context, fn):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        a = self._logical_digits(context)
        b = other._logical_digits(context)
        if a is None or b is None:
            return context._raise_error(InvalidOperation)
        out = ''.join([fn(x == '1', y == '1') and '1' or '0'
                       for x, y in zip(a, b)])
        return _make(0, int(out.lstrip('0') or '0'), 0)

    def logical_and(self, other, context=None):
        """Digit-wise and of two operands made of 0s and 1s."""
        return self._logical_op(other, context, lambda x, y: x and y)

    def logical_or(self, other, context=None):
        """Digit-wise or of two operands made of 0s and 1s."""
        return self._logical_op(other, context, lambda x, y: x or y)

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive or of two operands made of 0s and 1s."""
        return self._logical_op(other, context, lambda x, y: x != y)

    def logical_invert(self, context=None):
        """Digit-wise inversion over the precision."""
        if context is None:
            context = getcontext()
        ones = _make(0, int('1' * context.prec), 0)
        return self.logical_xor(ones, context)

    def _digit_move(self, other, context, rotate):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0 or other._is_special:
            return context._raise_error(InvalidOperation)
        p = context.prec
        if not (-p <= int(other) <= p):
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        n = int(other)
        digits = str(self._int).rstrip('L').rjust(p, '0')[-p:]
        if rotate:
            moved = digits[n:] + digits[:n]
        elif n < 0:
            moved = digits[:n]
        else:
            moved = (digits + '0' * n)[-p:]
        return _make(self._sign, int(moved.lstrip('0') or '0'), self._exp)

    def rotate(self, other, context=None):
        """The digits of self (padded to the precision) rotated left by
        other places (right if negative)."""
        return self._digit_move(other, context, True)

    def shift(self, other, context=None):
        """The digits of self shifted left by other places (right if
        negative), keeping the precision."""
        return self._digit_move(other, context, False)

    # -- pickling and copying --------------------------------------------

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Decimal:
            return self     # immutable: sharing is copying
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) == Decimal:
            return self
        return self.__class__(str(self))


# ---------------------------------------------------------------------
# Helpers of the power and transcendental functions.

def _isqrt(n):
    if n == 0:
        return 0
    x = _pow10((_ndigits(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _integer_root(n, k):
    if k == 1:
        return n
    if n < 2:
        return n
    # Newton's method for floor(n ** (1/k)).
    x = _pow10(_ndigits(n) // k + 1)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            break
        x = y
    if x ** k == n:
        return x
    return None


def _approx_power(coef, n, w):
    m, e = 1, 0
    base_m, base_e = coef, 0
    err = 0
    steps = 0

    def cut(m, e):
        d = _ndigits(m) - w
        if d > 0:
            return m // _pow10(d), e + d
        return m, e

    base_m, base_e = cut(base_m, base_e)
    while n:
        if n & 1:
            m, e = cut(m * base_m, e + base_e)
            steps += 1
        n >>= 1
        if n:
            base_m, base_e = cut(base_m * base_m, base_e * 2)
            steps += 1
    # each truncation loses less than one unit; errors compound mildly
    err = 4 * steps + 4
    return (m, e), err


def _pad_toward(d, ideal, prec):
    """An exact result d with zeros appended toward the ideal exponent,
    at most prec of them (more would only be rounded off again)."""
    zeros = min(d._exp - ideal, prec)
    if zeros <= 0:
        return d
    return _make(d._sign, d._int * _pow10(zeros), d._exp - zeros)


def _rounded_if_clear(sign, m, e, err, context):
    lo = m - err
    hi = m + err
    if lo <= 0:
        return None
    c = context._shallow_copy()
    c._ignore_all_flags()
    a = _make(sign, lo, e)._fix(c)
    b = _make(sign, hi, e)._fix(c)
    if a._sign != b._sign or a._exp != b._exp or a._int != b._int or \
       a._is_special != b._is_special:
        return None
    # The true value is irrational: even if the approximation happens
    # to be short, the result is rounded and inexact.
    ans = _make(sign, m, e)._fix(context)
    context._raise_error(Rounded)
    context._raise_error(Inexact)
    return ans


def _half_even(context):
    c = context._shallow_copy()
    c.rounding = ROUND_HALF_EVEN
    return c


def _exp_limits(context):
    return ((context.Emax + 1) * 3, (-context.Etiny() + 1) * 3)


# ---------------------------------------------------------------------
# Contexts

class Context(object):
    """The environment of arithmetic operations.

    prec: number of significant digits; rounding: one of the ROUND_*
    constants; Emin, Emax: exponent limits; capitals: 1 to write 1E+3,
    0 for 1e+3; flags: signal -> set since last cleared; traps: signal ->
    raise when signalled; _clamp: 1 to limit exponents to Etop."""

    def __init__(self, prec=None, rounding=None,
                 traps=None, flags=None,
                 Emin=None, Emax=None,
                 capitals=None, _clamp=0,
                 _ignored_flags=None):
        if flags is None:
            flags = []
        if _ignored_flags is None:
            _ignored_flags = []
        if not isinstance(flags, dict):
            flags = dict([(s, int(s in flags)) for s in _SIGNALS])
        if traps is not None and not isinstance(traps, dict):
            traps = dict([(s, int(s in traps)) for s in _SIGNALS])
        defaults = _DEFAULT_VALUES
        if prec is None:
            prec = defaults['prec']
        if rounding is None:
            rounding = defaults['rounding']
        if traps is None:
            traps = defaults['traps'].copy()
        if Emin is None:
            Emin = defaults['Emin']
        if Emax is None:
            Emax = defaults['Emax']
        if capitals is None:
            capitals = defaults['capitals']
        self.prec = prec
        self.rounding = rounding
        self.traps = traps
        self.flags = flags
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self._clamp = _clamp
        self._ignored_flags = _ignored_flags

    def __repr__(self):
        """The settings, flags set and traps enabled."""
        s = []
        s.append('Context(prec=%(prec)d, rounding=%(rounding)s, '
                 'Emin=%(Emin)d, Emax=%(Emax)d, capitals=%(capitals)d'
                 % vars(self))
        names = [f.__name__ for f, v in self.flags.items() if v]
        s.append('flags=[' + ', '.join(names) + ']')
        names = [t.__name__ for t, v in self.traps.items() if v]
        s.append('traps=[' + ', '.join(names) + ']')
        return ', '.join(s) + ')'

    def clear_flags(self):
        """Reset every flag."""
        for flag in self.flags:
            self.flags[flag] = 0

    def _shallow_copy(self):
        """A copy sharing the flags and traps dicts."""
        return Context(self.prec, self.rounding, self.traps,
                       self.flags, self.Emin, self.Emax,
                       self.capitals, self._clamp, self._ignored_flags)

    def copy(self):
        """An independent copy."""
        return Context(self.prec, self.rounding, self.traps.copy(),
                       self.flags.copy(), self.Emin, self.Emax,
                       self.capitals, self._clamp, self._ignored_flags)
    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        """Signal condition: set its flag and raise it if trapped; else
        return the substitute result of the condition."""
        error = _CONDITION_MAP.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        self.flags[error] = 1
        if not self.traps.get(error):
            return condition().handle(self, *args)
        raise error, explanation

    def _ignore_all_flags(self):
        """Make every signal silent in this context."""
        return self._ignore_flags(*_SIGNALS)

    def _ignore_flags(self, *flags):
        """Make the given signals silent in this context."""
        self._ignored_flags = (self._ignored_flags + list(flags))
        return list(flags)

    def _regard_flags(self, *flags):
        """Stop ignoring the given signals."""
        if flags and isinstance(flags[0], (tuple, list)):
            flags = flags[0]
        for flag in flags:
            self._ignored_flags.remove(flag)

    def __hash__(self):
        """Contexts are mutable, hence unhashable."""
        raise TypeError("Cannot hash a Context.")

    def Etiny(self):
        """The smallest exponent of a subnormal: Emin - prec + 1."""
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        """The largest exponent of a full-precision number: Emax - prec + 1."""
        return int(self.Emax - self.prec + 1)

    def _set_rounding(self, type):
        """Set the rounding mode and return the previous one."""
        rounding = self.rounding
        self.rounding = type
        return rounding

    def create_decimal(self, num='0'):
        """Decimal(num) rounded to this context."""
        d = Decimal(num, context=self)
        if d._isnan() and d._digits() > self.prec - self._clamp and d._int:
            return self._raise_error(ConversionSyntax,
                                     "diagnostic info too long in NaN")
        return d._fix(self)

    # The operations of the specification, applied in this context.

    def abs(self, a):
        """Decimal abs in this context."""
        return _convert_other(a, raiseit=True).__abs__(context=self)

    def add(self, a, b):
        """Decimal add in this context."""
        return _convert_other(a, raiseit=True).__add__(b, context=self)

    def _apply(self, a):
        return str(_convert_other(a, raiseit=True)._fix(self))

    def canonical(self, a):
        """Decimal canonical in this context."""
        return _convert_other(a, raiseit=True).canonical(context=self)

    def compare(self, a, b):
        """Decimal compare in this context."""
        return _convert_other(a, raiseit=True).compare(b, context=self)

    def compare_signal(self, a, b):
        """Decimal compare_signal in this context."""
        return _convert_other(a, raiseit=True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        """Decimal compare_total in this context."""
        return _convert_other(a, raiseit=True).compare_total(b)

    def compare_total_mag(self, a, b):
        """Decimal compare_total_mag in this context."""
        return _convert_other(a, raiseit=True).compare_total_mag(b)

    def copy_abs(self, a):
        """Decimal copy_abs in this context."""
        return _convert_other(a, raiseit=True).copy_abs()

    def copy_decimal(self, a):
        """Decimal copy_decimal in this context."""
        return Decimal(_convert_other(a, raiseit=True))

    def copy_negate(self, a):
        """Decimal copy_negate in this context."""
        return _convert_other(a, raiseit=True).copy_negate()

    def copy_sign(self, a, b):
        """Decimal copy_sign in this context."""
        return _convert_other(a, raiseit=True).copy_sign(b)

    def divide(self, a, b):
        """Decimal divide in this context."""
        return _convert_other(a, raiseit=True).__div__(b, context=self)

    def divide_int(self, a, b):
        """Decimal divide_int in this context."""
        return _convert_other(a, raiseit=True).__floordiv__(b, context=self)

    def divmod(self, a, b):
        return _convert_other(a, raiseit=True).__divmod__(b, context=self)

    def exp(self, a):
        """Decimal exp in this context."""
        return _convert_other(a, raiseit=True).exp(context=self)

    def fma(self, a, b, c):
        """Decimal fma in this context."""
        return _convert_other(a, raiseit=True).fma(b, c, context=self)

    def is_canonical(self, a):
        """Decimal is_canonical in this context."""
        return _convert_other(a, raiseit=True).is_canonical()

    def is_finite(self, a):
        """Decimal is_finite in this context."""
        return _convert_other(a, raiseit=True).is_finite()

    def is_infinite(self, a):
        """Decimal is_infinite in this context."""
        return _convert_other(a, raiseit=True).is_infinite()

    def is_nan(self, a):
        """Decimal is_nan in this context."""
        return _convert_other(a, raiseit=True).is_nan()

    def is_normal(self, a):
        """Decimal is_normal in this context."""
        return _convert_other(a, raiseit=True).is_normal(context=self)

    def is_qnan(self, a):
        """Decimal is_qnan in this context."""
        return _convert_other(a, raiseit=True).is_qnan()

    def is_signed(self, a):
        """Decimal is_signed in this context."""
        return _convert_other(a, raiseit=True).is_signed()

    def is_snan(self, a):
        """Decimal is_snan in this context."""
        return _convert_other(a, raiseit=True).is_snan()

    def is_subnormal(self, a):
        """Decimal is_subnormal in this context."""
        return _convert_other(a, raiseit=True).is_subnormal(context=self)

    def is_zero(self, a):
        """Decimal is_zero in this context."""
        return _convert_other(a, raiseit=True).is_zero()

    def ln(self, a):
        """Decimal ln in this context."""
        return _convert_other(a, raiseit=True).ln(context=self)

    def log10(self, a):
        """Decimal log10 in this context."""
        return _convert_other(a, raiseit=True).log10(context=self)

    def logb(self, a):
        """Decimal logb in this context."""
        return _convert_other(a, raiseit=True).logb(context=self)

    def logical_and(self, a, b):
        """Decimal logical_and in this context."""
        return _convert_other(a, raiseit=True).logical_and(b, context=self)

    def logical_invert(self, a):
        """Decimal logical_invert in this context."""
        return _convert_other(a, raiseit=True).logical_invert(context=self)

    def logical_or(self, a, b):
        """Decimal logical_or in this context."""
        return _convert_other(a, raiseit=True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        """Decimal logical_xor in this context."""
        return _convert_other(a, raiseit=True).logical_xor(b, context=self)

    def max(self, a, b):
        """Decimal max in this context."""
        return _convert_other(a, raiseit=True).max(b, context=self)

    def max_mag(self, a, b):
        """Decimal max_mag in this context."""
        return _convert_other(a, raiseit=True).max_mag(b, context=self)

    def min(self, a, b):
        """Decimal min in this context."""
        return _convert_other(a, raiseit=True).min(b, context=self)

    def min_mag(self, a, b):
        """Decimal min_mag in this context."""
        return _convert_other(a, raiseit=True).min_mag(b, context=self)

    def minus(self, a):
        """Decimal minus in this context."""
        return _convert_other(a, raiseit=True).__neg__(context=self)

    def multiply(self, a, b):
        """Decimal multiply in this context."""
        return _convert_other(a, raiseit=True).__mul__(b, context=self)

    def next_minus(self, a):
        """Decimal next_minus in this context."""
        return _convert_other(a, raiseit=True).next_minus(context=self)

    def next_plus(self, a):
        """Decimal next_plus in this context."""
        return _convert_other(a, raiseit=True).next_plus(context=self)

    def next_toward(self, a, b):
        """Decimal next_toward in this context."""
        return _convert_other(a, raiseit=True).next_toward(b, context=self)

    def normalize(self, a):
        """Decimal normalize in this context."""
        return _convert_other(a, raiseit=True).normalize(context=self)

    def number_class(self, a):
        """Decimal number_class in this context."""
        return _convert_other(a, raiseit=True).number_class(context=self)

    def plus(self, a):
        """Decimal plus in this context."""
        return _convert_other(a, raiseit=True).__pos__(context=self)

    def power(self, a, b, modulo=None):
        """Decimal power in this context."""
        return _convert_other(a, raiseit=True).__pow__(b, modulo,
                                                       context=self)

    def quantize(self, a, b):
        """Decimal quantize in this context."""
        return _convert_other(a, raiseit=True).quantize(b, context=self)

    def radix(self):
        """Decimal(10)."""
        return Decimal(10)

    def remainder(self, a, b):
        """Decimal remainder in this context."""
        return _convert_other(a, raiseit=True).__mod__(b, context=self)

    def remainder_near(self, a, b):
        """Decimal remainder_near in this context."""
        return _convert_other(a, raiseit=True).remainder_near(b, context=self)

    def rotate(self, a, b):
        """Decimal rotate in this context."""
        return _convert_other(a, raiseit=True).rotate(b, context=self)

    def same_quantum(self, a, b):
        """Decimal same_quantum in this context."""
        return _convert_other(a, raiseit=True).same_quantum(b)

    def scaleb(self, a, b):
        """Decimal scaleb in this context."""
        return _convert_other(a, raiseit=True).scaleb(b, context=self)

    def shift(self, a, b):
        """Decimal shift in this context."""
        return _convert_other(a, raiseit=True).shift(b, context=self)

    def sqrt(self, a):
        """Decimal sqrt in this context."""
        return _convert_other(a, raiseit=True).sqrt(context=self)

    def subtract(self, a, b):
        """Decimal subtract in this context."""
        return _convert_other(a, raiseit=True).__sub__(b, context=self)

    def to_eng_string(self, a):
        """Decimal to_eng_string in this context."""
        return _convert_other(a, raiseit=True).to_eng_string(context=self)

    def to_sci_string(self, a):
        """Decimal to_sci_string in this context."""
        return _convert_other(a, raiseit=True).__str__(context=self)

    def to_integral_exact(self, a):
        """Decimal to_integral_exact in this context."""
        return _convert_other(a, raiseit=True).to_integral_exact(context=self)

    def to_integral_value(self, a):
        """Decimal to_integral_value in this context."""
        return _convert_other(a, raiseit=True).to_integral_value(context=self)

    to_integral = to_integral_value


_DEFAULT_VALUES = {
    'prec': 28,
    'rounding': ROUND_HALF_EVEN,
    'traps': dict([(s, int(s in (DivisionByZero, Overflow, InvalidOperation)))
                   for s in _SIGNALS]),
    'Emin': -999999999,
    'Emax': 999999999,
    'capitals': 1,
}

# New contexts start from DefaultContext, which users may change.

DefaultContext = Context(
        prec=28, rounding=ROUND_HALF_EVEN,
        traps=[DivisionByZero, Overflow, InvalidOperation],
        flags=[],
        Emax=999999999,
        Emin=-999999999,
        capitals=1
)

# The two contexts the specification defines for its test cases.

BasicContext = Context(
        prec=9, rounding=ROUND_HALF_UP,
        traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
               Underflow],
        flags=[],
)

ExtendedContext = Context(
        prec=9, rounding=ROUND_HALF_EVEN,
        traps=[],
        flags=[],
)


def _default_values_from_prototype():
    """Decimal _default_values_from_prototype in this context."""
    return {'prec': DefaultContext.prec,
            'rounding': DefaultContext.rounding,
            'traps': DefaultContext.traps,
            'Emin': DefaultContext.Emin,
            'Emax': DefaultContext.Emax,
            'capitals': DefaultContext.capitals}


class _DefaultsView(object):
    def __getitem__(self, key):
        return _default_values_from_prototype()[key]

_DEFAULT_VALUES = _DefaultsView()


_INF = _make(0, 0, 'F', True)
_NEG_INF = _make(1, 0, 'F', True)
NaN = _make(0, 0, 'n', True)
Inf = _INF
negInf = _NEG_INF
_SIGNED_INF = (_INF, _NEG_INF)
_ZERO = _make(0, 0, 0)
_ONE = _make(0, 1, 0)
_NEG_ONE = _make(1, 1, 0)

# A context for exact subtraction used internally.
_EXACT_SUB = Context(prec=999999, rounding=ROUND_HALF_EVEN, traps=[],
                     flags=[], Emax=999999999, Emin=-999999999)
