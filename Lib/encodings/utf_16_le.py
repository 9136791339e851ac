"""Python 'utf-16-le' codec (the work is done in C, by _codecs)."""

import codecs


class Codec(codecs.Codec):
    encode = staticmethod(codecs.utf_16_le_encode)
    decode = staticmethod(codecs.utf_16_le_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.utf_16_le_encode(input, self.errors)[0]

class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return codecs.utf_16_le_decode(input, errors, final)


class StreamWriter(Codec, codecs.StreamWriter):
    pass

class StreamReader(Codec, codecs.StreamReader):
    def decode(self, input, errors='strict'):
        return codecs.utf_16_le_decode(input, errors, False)


def getregentry():
    return codecs.CodecInfo(
        name='utf-16-le',
        encode=Codec.encode,
        decode=Codec.decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
