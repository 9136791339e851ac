"""Python 'iso8859-6' codec: a character map (table from the published mapping)."""

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
        name='iso8859-6',
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
    u'\xa0\ufffe\ufffe\ufffe\xa4\ufffe\ufffe\ufffe'  # 0xA0-0xA7
    u'\ufffe\ufffe\ufffe\ufffe\u060c\xad\ufffe\ufffe'  # 0xA8-0xAF
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xB0-0xB7
    u'\ufffe\ufffe\ufffe\u061b\ufffe\ufffe\ufffe\u061f'  # 0xB8-0xBF
    u'\ufffe\u0621\u0622\u0623\u0624\u0625\u0626\u0627'  # 0xC0-0xC7
    u'\u0628\u0629\u062a\u062b\u062c\u062d\u062e\u062f'  # 0xC8-0xCF
    u'\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637'  # 0xD0-0xD7
    u'\u0638\u0639\u063a\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xD8-0xDF
    u'\u0640\u0641\u0642\u0643\u0644\u0645\u0646\u0647'  # 0xE0-0xE7
    u'\u0648\u0649\u064a\u064b\u064c\u064d\u064e\u064f'  # 0xE8-0xEF
    u'\u0650\u0651\u0652\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xF0-0xF7
    u'\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
