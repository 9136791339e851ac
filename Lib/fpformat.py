"""General floating point formatting functions.

fix(x, digs) formats x with digs digits after the decimal point;
sci(x, digs) formats it as d.ddde[+-]nnn with digs fraction digits.
x may be a number or a string holding one; rounding is done on the
decimal digits (half up), not on the binary value.
"""

import re

__all__ = ["fix", "sci", "NotANumber"]

class NotANumber(ValueError):
    """The string given does not hold a number."""

# sign, integer digits (leading zeros dropped), '.fraction', exponent
_number = re.compile(r'^([-+]?)0*(\d*)((?:\.\d*)?)(([eE][-+]?\d+)?)$')

def extract(s):
    """Split a numeric string into (sign, intpart, fraction, exponent):
    sign is '-' or '', the parts are digit strings (no '.') and the
    exponent an int."""
    m = _number.match(s)
    if m is None:
        raise NotANumber, s
    sign, intpart, fraction, expo = m.group(1, 2, 3, 4)
    if sign == '+':
        sign = ''
    if fraction:
        fraction = fraction[1:]
    if expo:
        expo = int(expo[1:])
    else:
        expo = 0
    return sign, intpart, fraction, expo

def unexpo(intpart, fraction, expo):
    """Shift the decimal point by expo places, giving the digits before
    and after it with no exponent."""
    if expo > 0:
        digits = intpart + fraction
        point = len(intpart) + expo
        if point > len(digits):
            digits = digits + '0' * (point - len(digits))
        return digits[:point], digits[point:]
    if expo < 0:
        point = len(intpart) + expo
        digits = intpart + fraction
        if point < 0:
            digits = '0' * -point + digits
            point = 0
        return digits[:point], digits[point:]
    return intpart, fraction

def roundfrac(intpart, fraction, digs):
    """Round the number intpart.fraction to digs fraction digits (digs
    may be negative to round left of the point). Half rounds up."""
    if len(fraction) <= digs:
        return intpart, fraction + '0' * (digs - len(fraction))
    point = len(intpart)
    if point + digs < 0:
        return '0' * -digs, ''
    digits = intpart + fraction
    keep = point + digs                 # digits kept
    if digits[keep] >= '5':
        # Add one at position keep-1, carrying through nines.
        pos = keep - 1
        while pos >= 0 and digits[pos] == '9':
            pos = pos - 1
        if pos < 0:
            digits = '1' + '0' * len(digits)
            point = point + 1
            keep = keep + 1
        else:
            digits = (digits[:pos] + chr(ord(digits[pos]) + 1) +
                      '0' * (len(digits) - pos - 1))
    intpart, fraction = digits[:point], digits[point:]
    if digs >= 0:
        return intpart, fraction[:digs]
    return intpart[:digs] + '0' * -digs, ''

def _as_text(x):
    if isinstance(x, str):
        return x
    return repr(x)

def fix(x, digs):
    """x formatted as [-]ddd.ddd with digs digits after the point (none
    and no point if digs <= 0). A string that is not a number is
    returned unchanged."""
    x = _as_text(x)
    try:
        sign, intpart, fraction, expo = extract(x)
    except NotANumber:
        return x
    intpart, fraction = unexpo(intpart, fraction, expo)
    intpart, fraction = roundfrac(intpart, fraction, digs)
    intpart = intpart.lstrip('0') or '0'
    if digs > 0:
        return sign + intpart + '.' + fraction
    return sign + intpart

def sci(x, digs):
    """x formatted as [-]d.ddde[+-]ddd with digs fraction digits (and no
    point if digs <= 0); the exponent has at least three digits. A string
    that is not a number raises NotANumber."""
    x = _as_text(x)
    sign, intpart, fraction, expo = extract(x)
    if not intpart:
        # Normalise 0.000ddd: find the first significant digit.
        stripped = fraction.lstrip('0')
        if not stripped:
            intpart, fraction = '0', ''
        else:
            skipped = len(fraction) - len(stripped)
            intpart, fraction = stripped[0], stripped[1:]
            expo = expo - skipped - 1
    else:
        expo = expo + len(intpart) - 1
        intpart, fraction = intpart[0], intpart[1:] + fraction
    digs = max(0, digs)
    intpart, fraction = roundfrac(intpart, fraction, digs)
    if len(intpart) > 1:
        # Rounding carried into a new leading digit (9.99 -> 10.0).
        extra = len(intpart) - 1
        intpart, fraction = intpart[0], intpart[1:] + fraction[:-extra]
        expo = expo + extra
    text = sign + intpart
    if digs > 0:
        text = text + '.' + fraction
    e = str(abs(expo))
    e = '0' * (3 - len(e)) + e
    if expo < 0:
        return text + 'e-' + e
    return text + 'e+' + e

def test():
    """Interactive test: read numbers and digit counts, print both forms."""
    try:
        while 1:
            x, digs = input('Enter (x, digs): ')
            print x, fix(x, digs), sci(x, digs)
    except (EOFError, KeyboardInterrupt):
        pass
