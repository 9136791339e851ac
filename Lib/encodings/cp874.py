"""Python 'cp874' codec: a character map (table from the published mapping)."""

import codecs


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.charmap_encode(input, self.errors, encoding_table)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, decoding_table)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='cp874',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )


decoding_table = (
    u'\x00\x01\x02\x03\x04\x05\x06\x07'  # 0x00-0x07
    u'\x08\t\n\x0b\x0c\r\x0e\x0f'  # 0x08-0x0F
    u'\x10\x11\x12\x13\x14\x15\x16\x17'  # 0x10-0x17
    u'\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f'  # 0x18-0x1F
    u' !"#$%&\''  # 0x20-0x27
    u'()*+,-./'  # 0x28-0x2F
    u'01234567'  # 0x30-0x37
    u'89:;<=>?'  # 0x38-0x3F
    u'@ABCDEFG'  # 0x40-0x47
    u'HIJKLMNO'  # 0x48-0x4F
    u'PQRSTUVW'  # 0x50-0x57
    u'XYZ[\\]^_'  # 0x58-0x5F
    u'`abcdefg'  # 0x60-0x67
    u'hijklmno'  # 0x68-0x6F
    u'pqrstuvw'  # 0x70-0x77
    u'xyz{|}~\x7f'  # 0x78-0x7F
    u'\u20ac\ufffe\ufffe\ufffe\ufffe\u2026\ufffe\ufffe'  # 0x80-0x87
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0x88-0x8F
    u'\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014'  # 0x90-0x97
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0x98-0x9F
    u'\xa0\u0e01\u0e02\u0e03\u0e04\u0e05\u0e06\u0e07'  # 0xA0-0xA7
    u'\u0e08\u0e09\u0e0a\u0e0b\u0e0c\u0e0d\u0e0e\u0e0f'  # 0xA8-0xAF
    u'\u0e10\u0e11\u0e12\u0e13\u0e14\u0e15\u0e16\u0e17'  # 0xB0-0xB7
    u'\u0e18\u0e19\u0e1a\u0e1b\u0e1c\u0e1d\u0e1e\u0e1f'  # 0xB8-0xBF
    u'\u0e20\u0e21\u0e22\u0e23\u0e24\u0e25\u0e26\u0e27'  # 0xC0-0xC7
    u'\u0e28\u0e29\u0e2a\u0e2b\u0e2c\u0e2d\u0e2e\u0e2f'  # 0xC8-0xCF
    u'\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37'  # 0xD0-0xD7
    u'\u0e38\u0e39\u0e3a\ufffe\ufffe\ufffe\ufffe\u0e3f'  # 0xD8-0xDF
    u'\u0e40\u0e41\u0e42\u0e43\u0e44\u0e45\u0e46\u0e47'  # 0xE0-0xE7
    u'\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e4f'  # 0xE8-0xEF
    u'\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57'  # 0xF0-0xF7
    u'\u0e58\u0e59\u0e5a\u0e5b\ufffe\ufffe\ufffe\ufffe'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
