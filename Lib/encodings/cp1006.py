"""Python 'cp1006' codec: a character map (table from the published mapping)."""

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
        name='cp1006',
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
    u'\xa0\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6'  # 0xA0-0xA7
    u'\u06f7\u06f8\u06f9\u060c\u061b\xad\u061f\ufe81'  # 0xA8-0xAF
    u'\ufe8d\ufe8e\ufe8e\ufe8f\ufe91\ufb56\ufb58\ufe93'  # 0xB0-0xB7
    u'\ufe95\ufe97\ufb66\ufb68\ufe99\ufe9b\ufe9d\ufe9f'  # 0xB8-0xBF
    u'\ufb7a\ufb7c\ufea1\ufea3\ufea5\ufea7\ufea9\ufb84'  # 0xC0-0xC7
    u'\ufeab\ufead\ufb8c\ufeaf\ufb8a\ufeb1\ufeb3\ufeb5'  # 0xC8-0xCF
    u'\ufeb7\ufeb9\ufebb\ufebd\ufebf\ufec1\ufec5\ufec9'  # 0xD0-0xD7
    u'\ufeca\ufecb\ufecc\ufecd\ufece\ufecf\ufed0\ufed1'  # 0xD8-0xDF
    u'\ufed3\ufed5\ufed7\ufed9\ufedb\ufb92\ufb94\ufedd'  # 0xE0-0xE7
    u'\ufedf\ufee0\ufee1\ufee3\ufb9e\ufee5\ufee7\ufe85'  # 0xE8-0xEF
    u'\ufeed\ufba6\ufba8\ufba9\ufbaa\ufe80\ufe89\ufe8a'  # 0xF0-0xF7
    u'\ufe8b\ufef1\ufef2\ufef3\ufbb0\ufbae\ufe7c\ufe7d'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
