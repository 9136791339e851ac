"""Python 'zlib' codec: str to zlib-compressed str and back (str to str)."""

import codecs
import zlib


def zlib_encode(input, errors='strict'):
    assert errors == 'strict'
    return zlib.compress(input), len(input)


def zlib_decode(input, errors='strict'):
    assert errors == 'strict'
    return zlib.decompress(input), len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return zlib_encode(input, errors)

    def decode(self, input, errors='strict'):
        return zlib_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        codecs.IncrementalEncoder.__init__(self, errors)
        self._stream = zlib.compressobj()

    def encode(self, input, final=False):
        data = self._stream.compress(input)
        if final:
            data += self._stream.flush()
        return data

    def reset(self):
        self._stream = zlib.compressobj()


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        codecs.IncrementalDecoder.__init__(self, errors)
        self._stream = zlib.decompressobj()

    def decode(self, input, final=False):
        data = self._stream.decompress(input)
        if final:
            data += self._stream.flush()
        return data

    def reset(self):
        self._stream = zlib.decompressobj()


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='zlib',
        encode=zlib_encode,
        decode=zlib_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
