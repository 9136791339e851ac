"""Python 'idna' codec: internationalized domain names (RFC 3490), with the
nameprep profile of stringprep (RFC 3491) and punycode (RFC 3492)."""

import codecs
import re
import stringprep
import unicodedata

# the label separators of RFC 3490, section 3.1
_SEPARATORS = re.compile(u'[\u002e\u3002\uff0e\uff61]')

ace_prefix = 'xn--'
uace_prefix = unicode(ace_prefix, 'ascii')

_PROHIBITED = (
    stringprep.in_table_c12,
    stringprep.in_table_c22,
    stringprep.in_table_c3,
    stringprep.in_table_c4,
    stringprep.in_table_c5,
    stringprep.in_table_c6,
    stringprep.in_table_c7,
    stringprep.in_table_c8,
    stringprep.in_table_c9,
)


def nameprep(label):
    """The nameprep profile (RFC 3491) of stringprep (RFC 3454)."""
    # 1. map: table B.1 to nothing, case folding by table B.2
    pieces = []
    for ch in label:
        if not stringprep.in_table_b1(ch):
            pieces.append(stringprep.map_table_b2(ch))
    label = unicodedata.normalize('NFKC', u''.join(pieces))

    # 3. prohibited output
    for ch in label:
        for forbidden in _PROHIBITED:
            if forbidden(ch):
                raise UnicodeError('Invalid character %r' % ch)

    # 4. bidirectional text (RFC 3454, section 6)
    rtl = [stringprep.in_table_d1(ch) for ch in label]
    if True in rtl:
        for ch in label:
            if stringprep.in_table_d2(ch):
                raise UnicodeError('Violation of BIDI requirement 2')
        if not rtl[0] or not rtl[-1]:
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _checked_length(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError('label empty or too long')


def _as_ascii(label):
    try:
        return label.encode('ascii')
    except UnicodeError:
        return None


def ToASCII(label):
    """RFC 3490, section 4.1 (AllowUnassigned set, UseSTD3ASCIIRules
    clear)."""
    ascii_label = _as_ascii(label)
    if ascii_label is None:
        label = nameprep(label)
        ascii_label = _as_ascii(label)
    if ascii_label is not None:
        return _checked_length(ascii_label)
    if label.startswith(uace_prefix):
        raise UnicodeError('Label starts with ACE prefix')
    return _checked_length(ace_prefix + label.encode('punycode'))


def ToUnicode(label):
    """RFC 3490, section 4.2."""
    if isinstance(label, str):
        ascii_only = True
    else:
        try:
            label = label.encode('ascii')
            ascii_only = True
        except UnicodeError:
            ascii_only = False
    if not ascii_only:
        label = nameprep(label)
        try:
            label = label.encode('ascii')
        except UnicodeError:
            raise UnicodeError('Invalid character in IDN label')
    if not label.startswith(ace_prefix):
        return unicode(label, 'ascii')
    result = label[len(ace_prefix):].decode('punycode')
    back = ToASCII(result)
    if label.lower() != back:
        raise UnicodeError('IDNA does not round-trip', label, back)
    return result


def _split_labels(text):
    """(labels, trailing dot) of a domain name given as unicode."""
    labels = _SEPARATORS.split(text)
    if labels and not labels[-1]:
        del labels[-1]
        return labels, '.'
    return labels, ''


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError('unsupported error handling ' + errors)
        if not input:
            return '', 0
        labels, tail = _split_labels(input)
        return '.'.join([ToASCII(l) for l in labels]) + tail, len(input)

    def decode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError('Unsupported error handling ' + errors)
        if not input:
            return u'', 0
        if isinstance(input, unicode):
            labels, tail = _split_labels(input)
        else:
            input = str(input)
            unicode(input, 'ascii')     # only ASCII is acceptable
            labels = input.split('.')
            tail = u''
            if labels and not labels[-1]:
                del labels[-1]
                tail = u'.'
        return u'.'.join([ToUnicode(l) for l in labels]) + tail, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError('unsupported error handling ' + errors)
        if not input:
            return '', 0
        labels = _SEPARATORS.split(input)
        tail = ''
        if labels:
            if not labels[-1]:
                tail = '.'
                del labels[-1]
            elif not final:
                # the last label may still grow: keep it for later
                del labels[-1]
                if labels:
                    tail = '.'
        out = []
        consumed = 0
        for label in labels:
            out.append(ToASCII(label))
            consumed += len(label) + 1
        if labels and not tail:
            consumed -= 1
        return '.'.join(out) + tail, consumed


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError('Unsupported error handling ' + errors)
        if not input:
            return u'', 0
        if isinstance(input, unicode):
            labels = _SEPARATORS.split(input)
        else:
            input = str(input)
            unicode(input, 'ascii')
            labels = input.split('.')
        tail = u''
        if labels:
            if not labels[-1]:
                tail = u'.'
                del labels[-1]
            elif not final:
                del labels[-1]
                if labels:
                    tail = u'.'
        out = []
        consumed = 0
        for label in labels:
            out.append(ToUnicode(label))
            consumed += len(label) + 1
        if labels and not tail:
            consumed -= 1
        return u'.'.join(out) + tail, consumed


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='idna',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
