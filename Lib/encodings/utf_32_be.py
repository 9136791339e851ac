"""Python 'utf-32-be' codec: UTF-32 in one fixed byte order, no BOM
written or stripped (the work is in encodings.utf_32)."""

import codecs
from encodings.utf_32 import encode_with_order, decode_with_order, BIG


def encode(input, errors='strict'):
    return encode_with_order(input, errors, BIG)


def decode(input, errors='strict'):
    output, consumed, order = decode_with_order(input, errors, BIG, True)
    return (output, consumed)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode_with_order(input, self.errors, BIG)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        output, consumed, order = decode_with_order(input, errors, BIG,
                                                    final)
        return (output, consumed)


class StreamWriter(codecs.StreamWriter):
    def encode(self, input, errors='strict'):
        return encode_with_order(input, errors, BIG)


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        output, consumed, order = decode_with_order(input, errors, BIG,
                                                    False)
        return (output, consumed)


def getregentry():
    return codecs.CodecInfo(
        name='utf-32-be',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
