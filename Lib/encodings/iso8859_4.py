"""Python 'iso8859-4' codec: a character map (table from the published mapping)."""

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
        name='iso8859-4',
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
    u'\x80\x81\x82\x83\x84\x85\x86\x87'  # 0x80-0x87
    u'\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f'  # 0x88-0x8F
    u'\x90\x91\x92\x93\x94\x95\x96\x97'  # 0x90-0x97
    u'\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f'  # 0x98-0x9F
    u'\xa0\u0104\u0138\u0156\xa4\u0128\u013b\xa7'  # 0xA0-0xA7
    u'\xa8\u0160\u0112\u0122\u0166\xad\u017d\xaf'  # 0xA8-0xAF
    u'\xb0\u0105\u02db\u0157\xb4\u0129\u013c\u02c7'  # 0xB0-0xB7
    u'\xb8\u0161\u0113\u0123\u0167\u014a\u017e\u014b'  # 0xB8-0xBF
    u'\u0100\xc1\xc2\xc3\xc4\xc5\xc6\u012e'  # 0xC0-0xC7
    u'\u010c\xc9\u0118\xcb\u0116\xcd\xce\u012a'  # 0xC8-0xCF
    u'\u0110\u0145\u014c\u0136\xd4\xd5\xd6\xd7'  # 0xD0-0xD7
    u'\xd8\u0172\xda\xdb\xdc\u0168\u016a\xdf'  # 0xD8-0xDF
    u'\u0101\xe1\xe2\xe3\xe4\xe5\xe6\u012f'  # 0xE0-0xE7
    u'\u010d\xe9\u0119\xeb\u0117\xed\xee\u012b'  # 0xE8-0xEF
    u'\u0111\u0146\u014d\u0137\xf4\xf5\xf6\xf7'  # 0xF0-0xF7
    u'\xf8\u0173\xfa\xfb\xfc\u0169\u016b\u02d9'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
