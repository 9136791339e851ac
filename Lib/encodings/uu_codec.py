"""Python 'uu' codec: uuencoding of str data, with the "begin"/"end"
framing of the uuencode utility (str to str)."""

import codecs
import binascii

_CHUNK = 45     # bytes per encoded line


def uu_encode(input, errors='strict', filename='<data>', mode=0666):
    assert errors == 'strict'
    data = str(input)
    lines = ['begin %o %s\n' % (mode & 0777, filename)]
    for start in range(0, len(data), _CHUNK):
        lines.append(binascii.b2a_uu(data[start:start + _CHUNK]))
    lines.append(' \nend\n')
    return ''.join(lines), len(input)


def _decode_line(line):
    try:
        return binascii.a2b_uu(line)
    except binascii.Error:
        # some encoders pad lines with garbage: use only as many
        # characters as the length byte announces
        count = (ord(line[0]) - 32) & 63
        return binascii.a2b_uu(line[:(count * 4 + 5) // 3])


def uu_decode(input, errors='strict'):
    assert errors == 'strict'
    lines = str(input).splitlines(True)
    index = 0
    while index < len(lines) and not lines[index].startswith('begin'):
        index += 1
    if index == len(lines):
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines[index + 1:]:
        if line.startswith('end'):
            break
        if not line:
            continue
        out.append(_decode_line(line))
    else:
        raise ValueError('Truncated input data')
    return ''.join(out), len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return uu_encode(input, errors)

    def decode(self, input, errors='strict'):
        return uu_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return uu_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return uu_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='uu',
        encode=uu_encode,
        decode=uu_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
