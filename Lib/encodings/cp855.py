"""Python 'cp855' codec: a character map (table from the published mapping)."""

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
        name='cp855',
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
    u'\u0452\u0402\u0453\u0403\u0451\u0401\u0454\u0404'  # 0x80-0x87
    u'\u0455\u0405\u0456\u0406\u0457\u0407\u0458\u0408'  # 0x88-0x8F
    u'\u0459\u0409\u045a\u040a\u045b\u040b\u045c\u040c'  # 0x90-0x97
    u'\u045e\u040e\u045f\u040f\u044e\u042e\u044a\u042a'  # 0x98-0x9F
    u'\u0430\u0410\u0431\u0411\u0446\u0426\u0434\u0414'  # 0xA0-0xA7
    u'\u0435\u0415\u0444\u0424\u0433\u0413\xab\xbb'  # 0xA8-0xAF
    u'\u2591\u2592\u2593\u2502\u2524\u0445\u0425\u0438'  # 0xB0-0xB7
    u'\u0418\u2563\u2551\u2557\u255d\u0439\u0419\u2510'  # 0xB8-0xBF
    u'\u2514\u2534\u252c\u251c\u2500\u253c\u043a\u041a'  # 0xC0-0xC7
    u'\u255a\u2554\u2569\u2566\u2560\u2550\u256c\xa4'  # 0xC8-0xCF
    u'\u043b\u041b\u043c\u041c\u043d\u041d\u043e\u041e'  # 0xD0-0xD7
    u'\u043f\u2518\u250c\u2588\u2584\u041f\u044f\u2580'  # 0xD8-0xDF
    u'\u042f\u0440\u0420\u0441\u0421\u0442\u0422\u0443'  # 0xE0-0xE7
    u'\u0423\u0436\u0416\u0432\u0412\u044c\u042c\u2116'  # 0xE8-0xEF
    u'\xad\u044b\u042b\u0437\u0417\u0448\u0428\u044d'  # 0xF0-0xF7
    u'\u042d\u0449\u0429\u0447\u0427\xa7\u25a0\xa0'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
