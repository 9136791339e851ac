"""Python 'cp424' codec: a character map (table from the published mapping)."""

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
        name='cp424',
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
    u' \u05d0\u05d1\u05d2\u05d3\u05d4\u05d5\u05d6'  # 0x40-0x47
    u'\u05d7\u05d8\xa2.<(+|'  # 0x48-0x4F
    u'&\u05d9\u05da\u05db\u05dc\u05dd\u05de\u05df'  # 0x50-0x57
    u'\u05e0\u05e1!$*);\xac'  # 0x58-0x5F
    u'-/\u05e2\u05e3\u05e4\u05e5\u05e6\u05e7'  # 0x60-0x67
    u'\u05e8\u05e9\xa6,%_>?'  # 0x68-0x6F
    u'\ufffe\u05ea\ufffe\ufffe\xa0\ufffe\ufffe\ufffe'  # 0x70-0x77
    u'\u2017`:#@\'="'  # 0x78-0x7F
    u'\ufffeabcdefg'  # 0x80-0x87
    u'hi\xab\xbb\ufffe\ufffe\ufffe\xb1'  # 0x88-0x8F
    u'\xb0jklmnop'  # 0x90-0x97
    u'qr\ufffe\ufffe\ufffe\xb8\ufffe\xa4'  # 0x98-0x9F
    u'\xb5~stuvwx'  # 0xA0-0xA7
    u'yz\ufffe\ufffe\ufffe\ufffe\ufffe\xae'  # 0xA8-0xAF
    u'^\xa3\xa5\xb7\xa9\xa7\xb6\xbc'  # 0xB0-0xB7
    u'\xbd\xbe[]\xaf\xa8\xb4\xd7'  # 0xB8-0xBF
    u'{ABCDEFG'  # 0xC0-0xC7
    u'HI\xad\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xC8-0xCF
    u'}JKLMNOP'  # 0xD0-0xD7
    u'QR\xb9\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xD8-0xDF
    u'\\\xf7STUVWX'  # 0xE0-0xE7
    u'YZ\xb2\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xE8-0xEF
    u'01234567'  # 0xF0-0xF7
    u'89\xb3\ufffe\ufffe\ufffe\ufffe\x9f'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
