"""Python 'mac-latin2' codec: a character map (table from the published mapping)."""

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
        name='mac-latin2',
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
    u'\xc4\u0100\u0101\xc9\u0104\xd6\xdc\xe1'  # 0x80-0x87
    u'\u0105\u010c\xe4\u010d\u0106\u0107\xe9\u0179'  # 0x88-0x8F
    u'\u017a\u010e\xed\u010f\u0112\u0113\u0116\xf3'  # 0x90-0x97
    u'\u0117\xf4\xf6\xf5\xfa\u011a\u011b\xfc'  # 0x98-0x9F
    u'\u2020\xb0\u0118\xa3\xa7\u2022\xb6\xdf'  # 0xA0-0xA7
    u'\xae\xa9\u2122\u0119\xa8\u2260\u0123\u012e'  # 0xA8-0xAF
    u'\u012f\u012a\u2264\u2265\u012b\u0136\u2202\u2211'  # 0xB0-0xB7
    u'\u0142\u013b\u013c\u013d\u013e\u0139\u013a\u0145'  # 0xB8-0xBF
    u'\u0146\u0143\xac\u221a\u0144\u0147\u2206\xab'  # 0xC0-0xC7
    u'\xbb\u2026\xa0\u0148\u0150\xd5\u0151\u014c'  # 0xC8-0xCF
    u'\u2013\u2014\u201c\u201d\u2018\u2019\xf7\u25ca'  # 0xD0-0xD7
    u'\u014d\u0154\u0155\u0158\u2039\u203a\u0159\u0156'  # 0xD8-0xDF
    u'\u0157\u0160\u201a\u201e\u0161\u015a\u015b\xc1'  # 0xE0-0xE7
    u'\u0164\u0165\xcd\u017d\u017e\u016a\xd3\xd4'  # 0xE8-0xEF
    u'\u016b\u016e\xda\u016f\u0170\u0171\u0172\u0173'  # 0xF0-0xF7
    u'\xdd\xfd\u0137\u017b\u0141\u017c\u0122\u02c7'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
