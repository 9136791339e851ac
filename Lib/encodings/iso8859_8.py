"""Python 'iso8859-8' codec: a character map (table from the published mapping)."""

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
        name='iso8859-8',
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
    u'\xa0\ufffe\xa2\xa3\xa4\xa5\xa6\xa7'  # 0xA0-0xA7
    u'\xa8\xa9\xd7\xab\xac\xad\xae\xaf'  # 0xA8-0xAF
    u'\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7'  # 0xB0-0xB7
    u'\xb8\xb9\xf7\xbb\xbc\xbd\xbe\ufffe'  # 0xB8-0xBF
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xC0-0xC7
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xC8-0xCF
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xD0-0xD7
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\u2017'  # 0xD8-0xDF
    u'\u05d0\u05d1\u05d2\u05d3\u05d4\u05d5\u05d6\u05d7'  # 0xE0-0xE7
    u'\u05d8\u05d9\u05da\u05db\u05dc\u05dd\u05de\u05df'  # 0xE8-0xEF
    u'\u05e0\u05e1\u05e2\u05e3\u05e4\u05e5\u05e6\u05e7'  # 0xF0-0xF7
    u'\u05e8\u05e9\u05ea\ufffe\ufffe\u200e\u200f\ufffe'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
