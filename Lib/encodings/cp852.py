"""Python 'cp852' codec: a character map (table from the published mapping)."""

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
        name='cp852',
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
    u'\xc7\xfc\xe9\xe2\xe4\u016f\u0107\xe7'  # 0x80-0x87
    u'\u0142\xeb\u0150\u0151\xee\u0179\xc4\u0106'  # 0x88-0x8F
    u'\xc9\u0139\u013a\xf4\xf6\u013d\u013e\u015a'  # 0x90-0x97
    u'\u015b\xd6\xdc\u0164\u0165\u0141\xd7\u010d'  # 0x98-0x9F
    u'\xe1\xed\xf3\xfa\u0104\u0105\u017d\u017e'  # 0xA0-0xA7
    u'\u0118\u0119\xac\u017a\u010c\u015f\xab\xbb'  # 0xA8-0xAF
    u'\u2591\u2592\u2593\u2502\u2524\xc1\xc2\u011a'  # 0xB0-0xB7
    u'\u015e\u2563\u2551\u2557\u255d\u017b\u017c\u2510'  # 0xB8-0xBF
    u'\u2514\u2534\u252c\u251c\u2500\u253c\u0102\u0103'  # 0xC0-0xC7
    u'\u255a\u2554\u2569\u2566\u2560\u2550\u256c\xa4'  # 0xC8-0xCF
    u'\u0111\u0110\u010e\xcb\u010f\u0147\xcd\xce'  # 0xD0-0xD7
    u'\u011b\u2518\u250c\u2588\u2584\u0162\u016e\u2580'  # 0xD8-0xDF
    u'\xd3\xdf\xd4\u0143\u0144\u0148\u0160\u0161'  # 0xE0-0xE7
    u'\u0154\xda\u0155\u0170\xfd\xdd\u0163\xb4'  # 0xE8-0xEF
    u'\xad\u02dd\u02db\u02c7\u02d8\xa7\xf7\xb8'  # 0xF0-0xF7
    u'\xb0\xa8\u02d9\u0171\u0158\u0159\u25a0\xa0'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
