"""Python 'cp1258' codec: a character map (table from the published mapping)."""

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
        name='cp1258',
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
    u'\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021'  # 0x80-0x87
    u'\u02c6\u2030\ufffe\u2039\u0152\ufffe\ufffe\ufffe'  # 0x88-0x8F
    u'\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014'  # 0x90-0x97
    u'\u02dc\u2122\ufffe\u203a\u0153\ufffe\ufffe\u0178'  # 0x98-0x9F
    u'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7'  # 0xA0-0xA7
    u'\xa8\xa9\xaa\xab\xac\xad\xae\xaf'  # 0xA8-0xAF
    u'\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7'  # 0xB0-0xB7
    u'\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf'  # 0xB8-0xBF
    u'\xc0\xc1\xc2\u0102\xc4\xc5\xc6\xc7'  # 0xC0-0xC7
    u'\xc8\xc9\xca\xcb\u0300\xcd\xce\xcf'  # 0xC8-0xCF
    u'\u0110\xd1\u0309\xd3\xd4\u01a0\xd6\xd7'  # 0xD0-0xD7
    u'\xd8\xd9\xda\xdb\xdc\u01af\u0303\xdf'  # 0xD8-0xDF
    u'\xe0\xe1\xe2\u0103\xe4\xe5\xe6\xe7'  # 0xE0-0xE7
    u'\xe8\xe9\xea\xeb\u0301\xed\xee\xef'  # 0xE8-0xEF
    u'\u0111\xf1\u0323\xf3\xf4\u01a1\xf6\xf7'  # 0xF0-0xF7
    u'\xf8\xf9\xfa\xfb\xfc\u01b0\u20ab\xff'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
