"""Python 'hp-roman8' codec: a character map (table from the published mapping)."""

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
        name='hp-roman8',
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
    u'\xa0\xc0\xc2\xc8\xca\xcb\xce\xcf'  # 0xA0-0xA7
    u'\xb4\u02cb\u02c6\xa8\u02dc\xd9\xdb\u20a4'  # 0xA8-0xAF
    u'\xaf\xdd\xfd\xb0\xc7\xe7\xd1\xf1'  # 0xB0-0xB7
    u'\xa1\xbf\xa4\xa3\xa5\xa7\u0192\xa2'  # 0xB8-0xBF
    u'\xe2\xea\xf4\xfb\xe1\xe9\xf3\xfa'  # 0xC0-0xC7
    u'\xe0\xe8\xf2\xf9\xe4\xeb\xf6\xfc'  # 0xC8-0xCF
    u'\xc5\xee\xd8\xc6\xe5\xed\xf8\xe6'  # 0xD0-0xD7
    u'\xc4\xec\xd6\xdc\xc9\xef\xdf\xd4'  # 0xD8-0xDF
    u'\xc1\xc3\xe3\xd0\xf0\xcd\xcc\xd3'  # 0xE0-0xE7
    u'\xd2\xd5\xf5\u0160\u0161\xda\u0178\xff'  # 0xE8-0xEF
    u'\xde\xfe\xb7\xb5\xb6\xbe\u2014\xbc'  # 0xF0-0xF7
    u'\xbd\xaa\xba\xab\u25a0\xbb\xb1\ufffe'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
