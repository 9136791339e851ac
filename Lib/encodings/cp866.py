"""Python 'cp866' codec: a character map (table from the published mapping)."""

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
        name='cp866',
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
    u'\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417'  # 0x80-0x87
    u'\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f'  # 0x88-0x8F
    u'\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427'  # 0x90-0x97
    u'\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f'  # 0x98-0x9F
    u'\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437'  # 0xA0-0xA7
    u'\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f'  # 0xA8-0xAF
    u'\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556'  # 0xB0-0xB7
    u'\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510'  # 0xB8-0xBF
    u'\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f'  # 0xC0-0xC7
    u'\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567'  # 0xC8-0xCF
    u'\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b'  # 0xD0-0xD7
    u'\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'  # 0xD8-0xDF
    u'\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447'  # 0xE0-0xE7
    u'\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f'  # 0xE8-0xEF
    u'\u0401\u0451\u0404\u0454\u0407\u0457\u040e\u045e'  # 0xF0-0xF7
    u'\xb0\u2219\xb7\u221a\u2116\xa4\u25a0\xa0'  # 0xF8-0xFF
)

encoding_table = codecs.charmap_build(decoding_table)
