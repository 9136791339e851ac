"""Python 'cp864' codec: a character map (table from the published mapping)."""

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
        name='cp864',
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
    u' !"#$\u066a&\''  # 0x20-0x27
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
    u'\xb0\xb7\u2219\u221a\u2592\u2500\u2502\u253c'  # 0x80-0x87
    u'\u2524\u252c\u251c\u2534\u2510\u250c\u2514\u2518'  # 0x88-0x8F
    u'\u03b2\u221e\u03c6\xb1\xbd\xbc\u2248\xab'  # 0x90-0x97
    u'\xbb\ufef7\ufef8\ufffe\ufffe\ufefb\ufefc\ufffe'  # 0x98-0x9F
    u'\xa0\xad\ufe82\xa3\xa4\ufe84\ufffe\ufffe'  # 0xA0-0xA7
    u'\ufe8e\ufe8f\ufe95\ufe99\u060c\ufe9d\ufea1\ufea5'  # 0xA8-0xAF
    u'\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667'  # 0xB0-0xB7
    u'\u0668\u0669\ufed1\u061b\ufeb1\ufeb5\ufeb9\u061f'  # 0xB8-0xBF
    u'\xa2\ufe80\ufe81\ufe83\ufe85\ufeca\ufe8b\ufe8d'  # 0xC0-0xC7
    u'\ufe91\ufe93\ufe97\ufe9b\ufe9f\ufea3\ufea7\ufea9'  # 0xC8-0xCF
    u'\ufeab\ufead\ufeaf\ufeb3\ufeb7\ufebb\ufebf\ufec1'  # 0xD0-0xD7
    u'\ufec5\ufecb\ufecf\xa6\xac\xf7\xd7\ufec9'  # 0xD8-0xDF
    u'\u0640\ufed3\ufed7\ufedb\ufedf\ufee3\ufee7\ufeeb'  # 0xE0-0xE7
    u'\ufeed\ufeef\ufef3\ufebd\ufecc\ufece\ufecd\ufee1'  # 0xE8-0xEF
    u'\ufe7d\u0651\ufee5\ufee9\ufeec\ufef0\ufef2\ufed0'  # 0xF0-0xF7
    u'\ufed5\ufef5\ufef6\ufedd\ufed9\ufef1\u25a0\ufffe'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
