"""Python 'utf-32' codec, written in Python (no C support needed).

Each code point is one 4-byte unit.  On output the 'utf-32' codec writes
a BOM (U+FEFF) in the machine's byte order first; on input a leading BOM
picks the byte order and is dropped, and without one the machine's order
is assumed (the stateless decoder) -- the same rules as 'utf-16'.  The
endian-specific codecs (utf_32_le, utf_32_be) neither write nor strip a
BOM.  The byte arithmetic is done with ord()/chr(); struct is not used so
the codec works wherever the core does."""

import codecs
import sys

# Byte orders as utf_16_ex_decode reports them: -1 little, 1 big, 0 none.
LITTLE = -1
BIG = 1

if sys.byteorder == 'little':
    NATIVE = LITTLE
else:
    NATIVE = BIG

_MAX_CODE_POINT = 0x10FFFF


# -- encoding ------------------------------------------------------------

def _encode_units(text, order):
    """The bytes of every character of `text` in byte order `order`."""
    out = []
    append = out.append
    if order == LITTLE:
        for ch in text:
            n = ord(ch)
            append(chr(n & 0xFF) + chr((n >> 8) & 0xFF) +
                   chr((n >> 16) & 0xFF) + chr(n >> 24))
    else:
        for ch in text:
            n = ord(ch)
            append(chr(n >> 24) + chr((n >> 16) & 0xFF) +
                   chr((n >> 8) & 0xFF) + chr(n & 0xFF))
    return ''.join(out)


def _as_unicode(input):
    if isinstance(input, unicode):
        return input
    return unicode(input)


def encode_with_order(input, errors='strict', order=0):
    """(bytes, characters consumed).  order 0 means native order with a
    BOM in front; LITTLE or BIG means that order and no BOM.  Every code
    point fits in UTF-32, so `errors` is never consulted."""
    text = _as_unicode(input)
    if order == 0:
        data = _encode_units(u'\ufeff', NATIVE) + _encode_units(text, NATIVE)
    else:
        data = _encode_units(text, order)
    return (data, len(text))


# -- decoding ------------------------------------------------------------

def _as_bytes(input):
    if isinstance(input, str):
        return input
    return str(input)


def _call_error_handler(errors, data, start, end, reason):
    """Run the `errors` handler for data[start:end]; return (replacement,
    position to resume at)."""
    exc = UnicodeDecodeError('utf32', data, start, end, reason)
    if errors == 'strict':
        raise exc
    handler = codecs.lookup_error(errors)
    result = handler(exc)
    if (not isinstance(result, tuple) or len(result) != 2 or
            not isinstance(result[0], unicode) or
            not isinstance(result[1], (int, long))):
        raise TypeError("decoding error handler must return "
                        "(unicode, int) tuple")
    replacement, pos = result
    if pos < 0:
        pos = len(data) + pos
    if pos < 0 or pos > len(data):
        raise IndexError("position %d from error handler out of bounds"
                         % result[1])
    return replacement, pos


def _unit_value(data, i, order):
    b0 = ord(data[i])
    b1 = ord(data[i + 1])
    b2 = ord(data[i + 2])
    b3 = ord(data[i + 3])
    if order == LITTLE:
        return b0 | (b1 << 8) | (b2 << 16) | (b3 << 24)
    return (b0 << 24) | (b1 << 16) | (b2 << 8) | b3


def decode_with_order(input, errors='strict', order=0, final=False):
    """(unicode, bytes consumed, byte order) like utf_16_ex_decode.

    order 0: look for a BOM (which is consumed and fixes the order);
    without one the machine's order is used and 0 is reported.  With
    final false, an incomplete trailing unit is left unconsumed."""
    data = _as_bytes(input)
    size = len(data)
    pos = 0
    if order == 0 and size >= 4:
        if _unit_value(data, 0, LITTLE) == 0xFEFF:
            order = LITTLE
            pos = 4
        elif _unit_value(data, 0, BIG) == 0xFEFF:
            order = BIG
            pos = 4
    elif order == 0 and not final:
        # Too short to tell whether a BOM is coming: wait for more.
        return (u'', 0, 0)
    reported = order
    if order == 0:
        order = NATIVE
    out = []
    append = out.append
    while pos < size:
        if size - pos < 4:
            if not final:
                break
            replacement, pos = _call_error_handler(errors, data, pos, size,
                                                   "truncated data")
            append(replacement)
            continue
        n = _unit_value(data, pos, order)
        if n > _MAX_CODE_POINT:
            replacement, pos = _call_error_handler(
                errors, data, pos, pos + 4,
                "codepoint not in range(0x110000)")
            append(replacement)
            continue
        append(unichr(n))
        pos += 4
    return (u''.join(out), pos, reported)


# -- the 'utf-32' codec ----------------------------------------------------

def encode(input, errors='strict'):
    return encode_with_order(input, errors, 0)


def decode(input, errors='strict'):
    output, consumed, order = decode_with_order(input, errors, 0, True)
    return (output, consumed)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.bom_written = False

    def encode(self, input, final=False):
        if self.bom_written:
            return encode_with_order(input, self.errors, NATIVE)[0]
        self.bom_written = True
        return encode_with_order(input, self.errors, 0)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.bom_written = False


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.order = 0

    def _buffer_decode(self, input, errors, final):
        if self.order:
            output, consumed, order = decode_with_order(input, errors,
                                                        self.order, final)
            return (output, consumed)
        output, consumed, order = decode_with_order(input, errors, 0, final)
        if order:
            self.order = order
        elif consumed >= 4:
            raise UnicodeError("UTF-32 stream does not start with BOM")
        return (output, consumed)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.order = 0


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.bom_written = False

    def encode(self, input, errors='strict'):
        if self.bom_written:
            return encode_with_order(input, errors, NATIVE)
        self.bom_written = True
        return encode_with_order(input, errors, 0)

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.bom_written = False


class StreamReader(codecs.StreamReader):
    order = 0

    def decode(self, input, errors='strict'):
        if self.order:
            output, consumed, order = decode_with_order(input, errors,
                                                        self.order, False)
            return (output, consumed)
        output, consumed, order = decode_with_order(input, errors, 0, False)
        if order:
            self.order = order
        elif consumed >= 4:
            raise UnicodeError("UTF-32 stream does not start with BOM")
        return (output, consumed)

    def reset(self):
        codecs.StreamReader.reset(self)
        self.order = 0


def getregentry():
    return codecs.CodecInfo(
        name='utf-32',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
