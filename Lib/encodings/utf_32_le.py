"""Python 'utf-32-le' codec: UTF-32 in one fixed byte order, no BOM
written or stripped (the work is in encodings.utf_32)."""

import codecs
from encodings.utf_32 import encode_with_order, decode_with_order, LITTLE


def encode(input, errors='strict'):
    return encode_with_order(input, errors, LITTLE)


def decode(input, errors='strict'):
    output, consumed, order = decode_with_order(input, errors, LITTLE, True)
    return (output, consumed)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode_with_order(input, self.errors, LITTLE)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        output, consumed, order = decode_with_order(input, errors, LITTLE,
                                                    final)
        return (output, consumed)


class StreamWriter(codecs.StreamWriter):
    def encode(self, input, errors='strict'):
        return encode_with_order(input, errors, LITTLE)


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        output, consumed, order = decode_with_order(input, errors, LITTLE,
                                                    False)
        return (output, consumed)


def getregentry():
    return codecs.CodecInfo(
        name='utf-32-le',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
