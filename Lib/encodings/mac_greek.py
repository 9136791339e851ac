"""Python 'mac-greek' codec: a character map (table from the published mapping)."""

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
        name='mac-greek',
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
    u'\xc4\xb9\xb2\xc9\xb3\xd6\xdc\u0385'  # 0x80-0x87
    u'\xe0\xe2\xe4\u0384\xa8\xe7\xe9\xe8'  # 0x88-0x8F
    u'\xea\xeb\xa3\u2122\xee\xef\u2022\xbd'  # 0x90-0x97
    u'\u2030\xf4\xf6\xa6\u20ac\xf9\xfb\xfc'  # 0x98-0x9F
    u'\u2020\u0393\u0394\u0398\u039b\u039e\u03a0\xdf'  # 0xA0-0xA7
    u'\xae\xa9\u03a3\u03aa\xa7\u2260\xb0\xb7'  # 0xA8-0xAF
    u'\u0391\xb1\u2264\u2265\xa5\u0392\u0395\u0396'  # 0xB0-0xB7
    u'\u0397\u0399\u039a\u039c\u03a6\u03ab\u03a8\u03a9'  # 0xB8-0xBF
    u'\u03ac\u039d\xac\u039f\u03a1\u2248\u03a4\xab'  # 0xC0-0xC7
    u'\xbb\u2026\xa0\u03a5\u03a7\u0386\u0388\u0153'  # 0xC8-0xCF
    u'\u2013\u2015\u201c\u201d\u2018\u2019\xf7\u0389'  # 0xD0-0xD7
    u'\u038a\u038c\u038e\u03ad\u03ae\u03af\u03cc\u038f'  # 0xD8-0xDF
    u'\u03cd\u03b1\u03b2\u03c8\u03b4\u03b5\u03c6\u03b3'  # 0xE0-0xE7
    u'\u03b7\u03b9\u03be\u03ba\u03bb\u03bc\u03bd\u03bf'  # 0xE8-0xEF
    u'\u03c0\u03ce\u03c1\u03c3\u03c4\u03b8\u03c9\u03c2'  # 0xF0-0xF7
    u'\u03c7\u03c5\u03b6\u03ca\u03cb\u0390\u03b0\xad'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
