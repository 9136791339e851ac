"""Python 'cp1257' codec: a character map (table from the published mapping)."""

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
        name='cp1257',
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
    u'\u20ac\ufffe\u201a\ufffe\u201e\u2026\u2020\u2021'  # 0x80-0x87
    u'\ufffe\u2030\ufffe\u2039\ufffe\xa8\u02c7\xb8'  # 0x88-0x8F
    u'\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014'  # 0x90-0x97
    u'\ufffe\u2122\ufffe\u203a\ufffe\xaf\u02db\ufffe'  # 0x98-0x9F
    u'\xa0\ufffe\xa2\xa3\xa4\ufffe\xa6\xa7'  # 0xA0-0xA7
    u'\xd8\xa9\u0156\xab\xac\xad\xae\xc6'  # 0xA8-0xAF
    u'\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7'  # 0xB0-0xB7
    u'\xf8\xb9\u0157\xbb\xbc\xbd\xbe\xe6'  # 0xB8-0xBF
    u'\u0104\u012e\u0100\u0106\xc4\xc5\u0118\u0112'  # 0xC0-0xC7
    u'\u010c\xc9\u0179\u0116\u0122\u0136\u012a\u013b'  # 0xC8-0xCF
    u'\u0160\u0143\u0145\xd3\u014c\xd5\xd6\xd7'  # 0xD0-0xD7
    u'\u0172\u0141\u015a\u016a\xdc\u017b\u017d\xdf'  # 0xD8-0xDF
    u'\u0105\u012f\u0101\u0107\xe4\xe5\u0119\u0113'  # 0xE0-0xE7
    u'\u010d\xe9\u017a\u0117\u0123\u0137\u012b\u013c'  # 0xE8-0xEF
    u'\u0161\u0144\u0146\xf3\u014d\xf5\xf6\xf7'  # 0xF0-0xF7
    u'\u0173\u0142\u015b\u016b\xfc\u017c\u017e\u02d9'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
