"""Python 'iso8859-3' codec: a character map (table from the published mapping)."""

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
        name='iso8859-3',
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
    u'\xa0\u0126\u02d8\xa3\xa4\ufffe\u0124\xa7'  # 0xA0-0xA7
    u'\xa8\u0130\u015e\u011e\u0134\xad\ufffe\u017b'  # 0xA8-0xAF
    u'\xb0\u0127\xb2\xb3\xb4\xb5\u0125\xb7'  # 0xB0-0xB7
    u'\xb8\u0131\u015f\u011f\u0135\xbd\ufffe\u017c'  # 0xB8-0xBF
    u'\xc0\xc1\xc2\ufffe\xc4\u010a\u0108\xc7'  # 0xC0-0xC7
    u'\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf'  # 0xC8-0xCF
    u'\ufffe\xd1\xd2\xd3\xd4\u0120\xd6\xd7'  # 0xD0-0xD7
    u'\u011c\xd9\xda\xdb\xdc\u016c\u015c\xdf'  # 0xD8-0xDF
    u'\xe0\xe1\xe2\ufffe\xe4\u010b\u0109\xe7'  # 0xE0-0xE7
    u'\xe8\xe9\xea\xeb\xec\xed\xee\xef'  # 0xE8-0xEF
    u'\ufffe\xf1\xf2\xf3\xf4\u0121\xf6\xf7'  # 0xF0-0xF7
    u'\u011d\xf9\xfa\xfb\xfc\u016d\u015d\u02d9'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
