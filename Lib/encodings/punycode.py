"""Python 'punycode' codec: the Bootstring encoding of RFC 3492, with the
parameters the RFC fixes for Punycode (unicode to str and back)."""

import codecs

# RFC 3492, section 5
_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80

_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789'


def _threshold(k, bias):
    t = k - bias
    if t < _TMIN:
        return _TMIN
    if t > _TMAX:
        return _TMAX
    return t


def _adapt(delta, numpoints, first):
    # section 6.1
    if first:
        delta = delta // _DAMP
    else:
        delta = delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta = delta // (_BASE - _TMIN)
        k += _BASE
    return k + ((_BASE - _TMIN + 1) * delta) // (delta + _SKEW)


def _encode_number(q, bias, out):
    """Append the generalized variable-length integer q."""
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if q < t:
            break
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += _BASE
    out.append(_DIGITS[q])


def punycode_encode(text):
    codes = [ord(c) for c in text]
    basic = [c for c in codes if c < 0x80]
    out = [chr(c) for c in basic]
    if basic:
        out.append('-')
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    handled = len(basic)
    nbasic = handled
    total = len(codes)
    while handled < total:
        m = min([c for c in codes if c >= n])
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                _encode_number(delta, bias, out)
                bias = _adapt(delta, handled + 1, handled == nbasic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return ''.join(out)


def _digit_value(ch):
    o = ord(ch)
    if 0x41 <= o <= 0x5A:       # A-Z (the input has been uppercased)
        return o - 0x41
    if 0x30 <= o <= 0x39:       # 0-9
        return o - 0x30 + 26
    return -1


def punycode_decode(text, errors):
    if isinstance(text, unicode):
        text = text.encode('ascii')
    cut = text.rfind('-')
    if cut < 0:
        base = ''
        extended = text.upper()
    else:
        base = text[:cut]
        extended = text[cut + 1:].upper()
    output = list(unicode(base, 'ascii', errors))

    n = _INITIAL_N
    i = 0
    bias = _INITIAL_BIAS
    pos = 0
    while pos < len(extended):
        old_i = i
        w = 1
        k = _BASE
        while True:
            if pos >= len(extended):
                if errors == 'strict':
                    raise UnicodeError('incomplete punicode string')
                return u''.join(output)
            ch = extended[pos]
            pos += 1
            digit = _digit_value(ch)
            if digit < 0:
                if errors == 'strict':
                    raise UnicodeError("Invalid extended code point '%s'"
                                       % ch)
                return u''.join(output)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        size = len(output) + 1
        bias = _adapt(i - old_i, size, old_i == 0)
        n += i // size
        i = i % size
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % n)
            n = ord('?')
        output.insert(i, unichr(n))
        i += 1
    return u''.join(output)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError('Unsupported error handling ' + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError('Unsupported error handling ' + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='punycode',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
