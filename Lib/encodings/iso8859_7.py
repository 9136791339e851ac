"""Python 'iso8859-7' codec: a character map (table from the published mapping)."""

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
        name='iso8859-7',
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
    u'\xa0\u2018\u2019\xa3\u20ac\u20af\xa6\xa7'  # 0xA0-0xA7
    u'\xa8\xa9\u037a\xab\xac\xad\ufffe\u2015'  # 0xA8-0xAF
    u'\xb0\xb1\xb2\xb3\u0384\u0385\u0386\xb7'  # 0xB0-0xB7
    u'\u0388\u0389\u038a\xbb\u038c\xbd\u038e\u038f'  # 0xB8-0xBF
    u'\u0390\u0391\u0392\u0393\u0394\u0395\u0396\u0397'  # 0xC0-0xC7
    u'\u0398\u0399\u039a\u039b\u039c\u039d\u039e\u039f'  # 0xC8-0xCF
    u'\u03a0\u03a1\ufffe\u03a3\u03a4\u03a5\u03a6\u03a7'  # 0xD0-0xD7
    u'\u03a8\u03a9\u03aa\u03ab\u03ac\u03ad\u03ae\u03af'  # 0xD8-0xDF
    u'\u03b0\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7'  # 0xE0-0xE7
    u'\u03b8\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03bf'  # 0xE8-0xEF
    u'\u03c0\u03c1\u03c2\u03c3\u03c4\u03c5\u03c6\u03c7'  # 0xF0-0xF7
    u'\u03c8\u03c9\u03ca\u03cb\u03cc\u03cd\u03ce\ufffe'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
