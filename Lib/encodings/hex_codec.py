"""Python 'hex' codec: bytes to and from two hex digits each (str to str)."""

import codecs

_HEX = '0123456789abcdef'


def hex_encode(input, errors='strict'):
    assert errors == 'strict'
    out = []
    for c in input:
        n = ord(c)
        out.append(_HEX[n >> 4] + _HEX[n & 15])
    return (''.join(out), len(input))


def hex_decode(input, errors='strict'):
    assert errors == 'strict'
    if len(input) % 2:
        raise TypeError('Odd-length string')
    out = []
    for i in range(0, len(input), 2):
        try:
            out.append(chr(int(input[i:i + 2], 16)))
        except ValueError:
            raise TypeError('Non-hexadecimal digit found')
    return (''.join(out), len(input))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return hex_encode(input, errors)

    def decode(self, input, errors='strict'):
        return hex_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return hex_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return hex_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='hex',
        encode=hex_encode,
        decode=hex_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
