"""Python 'cp875' codec: a character map (table from the published mapping)."""

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
        name='cp875',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )


decoding_table = (
    u'\x00\x01\x02\x03\x9c\t\x86\x7f'  # 0x00-0x07
    u'\x97\x8d\x8e\x0b\x0c\r\x0e\x0f'  # 0x08-0x0F
    u'\x10\x11\x12\x13\x9d\x85\x08\x87'  # 0x10-0x17
    u'\x18\x19\x92\x8f\x1c\x1d\x1e\x1f'  # 0x18-0x1F
    u'\x80\x81\x82\x83\x84\n\x17\x1b'  # 0x20-0x27
    u'\x88\x89\x8a\x8b\x8c\x05\x06\x07'  # 0x28-0x2F
    u'\x90\x91\x16\x93\x94\x95\x96\x04'  # 0x30-0x37
    u'\x98\x99\x9a\x9b\x14\x15\x9e\x1a'  # 0x38-0x3F
    u' \u0391\u0392\u0393\u0394\u0395\u0396\u0397'  # 0x40-0x47
    u'\u0398\u0399[.<(+!'  # 0x48-0x4F
    u'&\u039a\u039b\u039c\u039d\u039e\u039f\u03a0'  # 0x50-0x57
    u'\u03a1\u03a3]$*);^'  # 0x58-0x5F
    u'-/\u03a4\u03a5\u03a6\u03a7\u03a8\u03a9'  # 0x60-0x67
    u'\u03aa\u03ab|,%_>?'  # 0x68-0x6F
    u'\xa8\u0386\u0388\u0389\xa0\u038a\u038c\u038e'  # 0x70-0x77
    u'\u038f`:#@\'="'  # 0x78-0x7F
    u'\u0385abcdefg'  # 0x80-0x87
    u'hi\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6'  # 0x88-0x8F
    u'\xb0jklmnop'  # 0x90-0x97
    u'qr\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc'  # 0x98-0x9F
    u'\xb4~stuvwx'  # 0xA0-0xA7
    u'yz\u03bd\u03be\u03bf\u03c0\u03c1\u03c3'  # 0xA8-0xAF
    u'\xa3\u03ac\u03ad\u03ae\u03ca\u03af\u03cc\u03cd'  # 0xB0-0xB7
    u'\u03cb\u03ce\u03c2\u03c4\u03c5\u03c6\u03c7\u03c8'  # 0xB8-0xBF
    u'{ABCDEFG'  # 0xC0-0xC7
    u'HI\xad\u03c9\u0390\u03b0\u2018\u2015'  # 0xC8-0xCF
    u'}JKLMNOP'  # 0xD0-0xD7
    u'QR\xb1\xbd\x1a\u0387\u2019\xa6'  # 0xD8-0xDF
    u'\\\x1aSTUVWX'  # 0xE0-0xE7
    u'YZ\xb2\xa7\x1a\x1a\xab\xac'  # 0xE8-0xEF
    u'01234567'  # 0xF0-0xF7
    u'89\xb3\xa9\x1a\x1a\xbb\x9f'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
