"""Python 'cp500' codec: a character map (table from the published mapping)."""

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
        name='cp500',
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
    u' \xa0\xe2\xe4\xe0\xe1\xe3\xe5'  # 0x40-0x47
    u'\xe7\xf1[.<(+!'  # 0x48-0x4F
    u'&\xe9\xea\xeb\xe8\xed\xee\xef'  # 0x50-0x57
    u'\xec\xdf]$*);^'  # 0x58-0x5F
    u'-/\xc2\xc4\xc0\xc1\xc3\xc5'  # 0x60-0x67
    u'\xc7\xd1\xa6,%_>?'  # 0x68-0x6F
    u'\xf8\xc9\xca\xcb\xc8\xcd\xce\xcf'  # 0x70-0x77
    u'\xcc`:#@\'="'  # 0x78-0x7F
    u'\xd8abcdefg'  # 0x80-0x87
    u'hi\xab\xbb\xf0\xfd\xfe\xb1'  # 0x88-0x8F
    u'\xb0jklmnop'  # 0x90-0x97
    u'qr\xaa\xba\xe6\xb8\xc6\xa4'  # 0x98-0x9F
    u'\xb5~stuvwx'  # 0xA0-0xA7
    u'yz\xa1\xbf\xd0\xdd\xde\xae'  # 0xA8-0xAF
    u'\xa2\xa3\xa5\xb7\xa9\xa7\xb6\xbc'  # 0xB0-0xB7
    u'\xbd\xbe\xac|\xaf\xa8\xb4\xd7'  # 0xB8-0xBF
    u'{ABCDEFG'  # 0xC0-0xC7
    u'HI\xad\xf4\xf6\xf2\xf3\xf5'  # 0xC8-0xCF
    u'}JKLMNOP'  # 0xD0-0xD7
    u'QR\xb9\xfb\xfc\xf9\xfa\xff'  # 0xD8-0xDF
    u'\\\xf7STUVWX'  # 0xE0-0xE7
    u'YZ\xb2\xd4\xd6\xd2\xd3\xd5'  # 0xE8-0xEF
    u'01234567'  # 0xF0-0xF7
    u'89\xb3\xdb\xdc\xd9\xda\x9f'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
