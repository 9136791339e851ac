"""Python 'mac-iceland' codec: a character map (table from the published mapping)."""

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
        name='mac-iceland',
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
    u'\xc4\xc5\xc7\xc9\xd1\xd6\xdc\xe1'  # 0x80-0x87
    u'\xe0\xe2\xe4\xe3\xe5\xe7\xe9\xe8'  # 0x88-0x8F
    u'\xea\xeb\xed\xec\xee\xef\xf1\xf3'  # 0x90-0x97
    u'\xf2\xf4\xf6\xf5\xfa\xf9\xfb\xfc'  # 0x98-0x9F
    u'\xdd\xb0\xa2\xa3\xa7\u2022\xb6\xdf'  # 0xA0-0xA7
    u'\xae\xa9\u2122\xb4\xa8\u2260\xc6\xd8'  # 0xA8-0xAF
    u'\u221e\xb1\u2264\u2265\xa5\xb5\u2202\u2211'  # 0xB0-0xB7
    u'\u220f\u03c0\u222b\xaa\xba\u03a9\xe6\xf8'  # 0xB8-0xBF
    u'\xbf\xa1\xac\u221a\u0192\u2248\u2206\xab'  # 0xC0-0xC7
    u'\xbb\u2026\xa0\xc0\xc3\xd5\u0152\u0153'  # 0xC8-0xCF
    u'\u2013\u2014\u201c\u201d\u2018\u2019\xf7\u25ca'  # 0xD0-0xD7
    u'\xff\u0178\u2044\u20ac\xd0\xf0\xde\xfe'  # 0xD8-0xDF
    u'\xfd\xb7\u201a\u201e\u2030\xc2\xca\xc1'  # 0xE0-0xE7
    u'\xcb\xc8\xcd\xce\xcf\xcc\xd3\xd4'  # 0xE8-0xEF
    u'\uf8ff\xd2\xda\xdb\xd9\u0131\u02c6\u02dc'  # 0xF0-0xF7
    u'\xaf\u02d8\u02d9\u02da\xb8\u02dd\u02db\u02c7'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
