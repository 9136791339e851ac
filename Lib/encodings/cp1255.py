"""Python 'cp1255' codec: a character map (table from the published mapping)."""

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
        name='cp1255',
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
    u'\u02c6\u2030\ufffe\u2039\ufffe\ufffe\ufffe\ufffe'  # 0x88-0x8F
    u'\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014'  # 0x90-0x97
    u'\u02dc\u2122\ufffe\u203a\ufffe\ufffe\ufffe\ufffe'  # 0x98-0x9F
    u'\xa0\xa1\xa2\xa3\u20aa\xa5\xa6\xa7'  # 0xA0-0xA7
    u'\xa8\xa9\xd7\xab\xac\xad\xae\xaf'  # 0xA8-0xAF
    u'\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7'  # 0xB0-0xB7
    u'\xb8\xb9\xf7\xbb\xbc\xbd\xbe\xbf'  # 0xB8-0xBF
    u'\u05b0\u05b1\u05b2\u05b3\u05b4\u05b5\u05b6\u05b7'  # 0xC0-0xC7
    u'\u05b8\u05b9\ufffe\u05bb\u05bc\u05bd\u05be\u05bf'  # 0xC8-0xCF
    u'\u05c0\u05c1\u05c2\u05c3\u05f0\u05f1\u05f2\u05f3'  # 0xD0-0xD7
    u'\u05f4\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xD8-0xDF
    u'\u05d0\u05d1\u05d2\u05d3\u05d4\u05d5\u05d6\u05d7'  # 0xE0-0xE7
    u'\u05d8\u05d9\u05da\u05db\u05dc\u05dd\u05de\u05df'  # 0xE8-0xEF
    u'\u05e0\u05e1\u05e2\u05e3\u05e4\u05e5\u05e6\u05e7'  # 0xF0-0xF7
    u'\u05e8\u05e9\u05ea\ufffe\ufffe\u200e\u200f\ufffe'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
