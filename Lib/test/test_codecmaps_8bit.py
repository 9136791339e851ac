"""Every 8-bit character-map codec of the encodings package: each table
decodes and encodes back over all 256 bytes, published code points are
where the code page charts put them, and the usual names find them."""

import unittest
import codecs
from test import test_support

CHARMAP_CODECS = (
    'cp037 cp424 cp437 cp500 cp737 cp775 cp850 cp852 cp855 cp856 cp857 '
    'cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 cp1006 '
    'cp1026 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 '
    'cp1257 cp1258 iso8859_1 iso8859_2 iso8859_3 iso8859_4 iso8859_5 '
    'iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso8859_10 iso8859_11 '
    'iso8859_13 iso8859_14 iso8859_15 iso8859_16 koi8_r koi8_u '
    'mac_arabic mac_centeuro mac_croatian mac_cyrillic mac_farsi '
    'mac_greek mac_iceland mac_latin2 mac_roman mac_romanian mac_turkish '
    'hp_roman8 ptcp154 tis_620 palmos').split()

# (codec, byte, character) from the published code page charts
KNOWN = [
    ('cp437', '\x82', u'\u00e9'),
    ('cp1252', '\x80', u'\u20ac'),
    ('iso8859_15', '\xa4', u'\u20ac'),
    ('cp037', '\xc1', u'A'),
    ('cp500', '\xf0', u'0'),
    ('cp1140', '\x9f', u'\u20ac'),
    ('cp1026', '\xc1', u'A'),
    ('cp424', '\x41', u'\u05d0'),
    ('cp875', '\xc1', u'A'),
    ('koi8_r', '\xc1', u'\u0430'),
    ('koi8_u', '\xa4', u'\u0454'),
    ('cp1251', '\xc0', u'\u0410'),
    ('cp866', '\x80', u'\u0410'),
    ('cp855', '\xa0', u'\u0430'),
    ('iso8859_5', '\xb0', u'\u0410'),
    ('iso8859_7', '\xc1', u'\u0391'),
    ('cp1253', '\xc1', u'\u0391'),
    ('cp737', '\x80', u'\u0391'),
    ('cp869', '\xa4', u'\u0391'),
    ('iso8859_8', '\xe0', u'\u05d0'),
    ('cp1255', '\xe0', u'\u05d0'),
    ('cp862', '\x80', u'\u05d0'),
    ('cp856', '\x80', u'\u05d0'),
    ('iso8859_6', '\xc7', u'\u0627'),
    ('cp1256', '\xc7', u'\u0627'),
    ('cp864', '\xc7', u'\ufe8d'),
    ('tis_620', '\xa1', u'\u0e01'),
    ('cp874', '\xa1', u'\u0e01'),
    ('iso8859_11', '\xa1', u'\u0e01'),
    ('mac_roman', '\x80', u'\u00c4'),
    ('mac_roman', '\xdb', u'\u20ac'),
    ('mac_iceland', '\xa0', u'\u00dd'),
    ('mac_greek', '\xb0', u'\u0391'),
    ('mac_cyrillic', '\x80', u'\u0410'),
    ('mac_turkish', '\xda', u'\u011e'),
    ('mac_latin2', '\x81', u'\u0100'),
    ('mac_centeuro', '\x81', u'\u0100'),
    ('mac_croatian', '\xa9', u'\u0160'),
    ('mac_romanian', '\xaf', u'\u0218'),
    ('mac_arabic', '\xc7', u'\u0627'),
    ('mac_farsi', '\xc7', u'\u0627'),
    ('iso8859_1', '\xe9', u'\u00e9'),
    ('iso8859_2', '\xa1', u'\u0104'),
    ('iso8859_3', '\xa1', u'\u0126'),
    ('iso8859_4', '\xa1', u'\u0104'),
    ('iso8859_9', '\xd0', u'\u011e'),
    ('iso8859_10', '\xa1', u'\u0104'),
    ('iso8859_13', '\xa1', u'\u201d'),
    ('iso8859_14', '\xa1', u'\u1e02'),
    ('iso8859_16', '\xa4', u'\u20ac'),
    ('cp1250', '\x8a', u'\u0160'),
    ('cp1254', '\xd0', u'\u011e'),
    ('cp1257', '\xc0', u'\u0104'),
    ('cp1258', '\x80', u'\u20ac'),
    ('cp850', '\x9b', u'\u00f8'),
    ('cp852', '\xa4', u'\u0104'),
    ('cp857', '\xa6', u'\u011e'),
    ('cp860', '\x80', u'\u00c7'),
    ('cp861', '\x80', u'\u00c7'),
    ('cp863', '\x80', u'\u00c7'),
    ('cp865', '\x9b', u'\u00f8'),
    ('cp775', '\x80', u'\u0106'),
    ('cp1006', '\xa1', u'\u06f0'),
    ('ptcp154', '\x80', u'\u0496'),
    ('palmos', '\x80', u'\u20ac'),
    ('hp_roman8', '\xa1', u'\u00c0'),
]

ALIASES = [
    ('IBM437', 'cp437'), ('437', 'cp437'), ('windows-1250', 'cp1250'),
    ('latin2', 'iso8859-2'), ('ISO-8859-5', 'iso8859-5'),
    ('cyrillic', 'iso8859-5'), ('greek', 'iso8859-7'),
    ('hebrew', 'iso8859-8'), ('latin5', 'iso8859-9'),
    ('latin9', 'iso8859-15'), ('L10', 'iso8859-16'), ('KOI8-R', 'koi8-r'),
    ('koi8_u', 'koi8-u'), ('macintosh', 'mac-roman'),
    ('MacCyrillic', 'mac-cyrillic'), ('ebcdic-cp-us', 'cp037'),
    ('ibm500', 'cp500'), ('TIS-620', 'tis-620'), ('thai', 'iso8859-11'),
    ('pt154', 'ptcp154'), ('roman8', 'hp-roman8'), ('866', 'cp866'),
    ('iso_8859_1', 'iso8859-1'),
]


class CharmapTablesTest(unittest.TestCase):

    def check_codec(self, name):
        mod = __import__('encodings.' + name, {}, {}, ['*'])
        table = mod.decoding_table
        self.assertEqual(len(table), 256, name)
        last_byte = {}
        for b in range(256):
            c = table[b]
            if c == u'\ufffe':
                self.assertRaises(UnicodeDecodeError, chr(b).decode, name)
                continue
            self.assertEqual(chr(b).decode(name), c)
            last_byte[c] = chr(b)
        for c, byte in last_byte.items():
            self.assertEqual(c.encode(name), byte, (name, c))
        # whole-table round trip in one call
        data = ''.join([chr(b) for b in range(256) if table[b] != u'\ufffe'])
        text = data.decode(name)
        self.assertEqual(len(text), len(data))
        again = text.encode(name).decode(name)
        self.assertEqual(again, text)

    def test_all_tables(self):
        for name in CHARMAP_CODECS:
            self.check_codec(name)

    def test_ascii_compatible(self):
        # every non-EBCDIC code page here leaves the letters in place
        ebcdic = ('cp037', 'cp424', 'cp500', 'cp875', 'cp1026', 'cp1140')
        letters = u'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
        for name in CHARMAP_CODECS:
            if name in ebcdic:
                self.assertEqual(u'A'.encode(name), '\xc1')
            else:
                self.assertEqual(letters.encode(name), str(letters), name)

    def test_known_values(self):
        for name, byte, char in KNOWN:
            self.assertEqual(byte.decode(name), char, name)
            self.assertEqual(char.encode(name), byte, name)

    def test_brief_examples(self):
        self.assertEqual(u'\xe9'.encode('cp437'), '\x82')
        self.assertEqual('\x80'.decode('cp1252'), u'\u20ac')
        self.assertEqual(u'\u20ac'.encode('iso8859_15'), '\xa4')
        self.assertEqual(u'\u20ac'.encode('iso-8859-15'), '\xa4')

    def test_unencodable(self):
        self.assertRaises(UnicodeEncodeError, u'\u20ac'.encode, 'cp437')
        self.assertRaises(UnicodeEncodeError, u'\u0430'.encode, 'cp1252')
        self.assertEqual(u'a\u0430b'.encode('cp1252', 'replace'), 'a?b')
        self.assertRaises(UnicodeDecodeError, '\x81'.decode, 'cp1252')
        self.assertEqual('a\x81'.decode('cp1252', 'replace'), u'a\ufffd')

    def test_aliases(self):
        for alias, name in ALIASES:
            self.assertEqual(codecs.lookup(alias).name, name, alias)

    def test_incremental_and_streams(self):
        enc = codecs.getincrementalencoder('cp850')()
        self.assertEqual(enc.encode(u'\xe9') + enc.encode(u'\xf8', True),
                         '\x82\x9b')
        dec = codecs.getincrementaldecoder('koi8_r')()
        self.assertEqual(dec.decode('\xc1') + dec.decode('\xe1', True),
                         u'\u0430\u0410')
        import StringIO
        buf = StringIO.StringIO()
        w = codecs.getwriter('cp1251')(buf)
        w.write(u'\u0410\u0411')
        self.assertEqual(buf.getvalue(), '\xc0\xc1')
        r = codecs.getreader('cp1251')(StringIO.StringIO('\xc0\xc1'))
        self.assertEqual(r.read(), u'\u0410\u0411')


def test_main():
    test_support.run_unittest(CharmapTablesTest)

if __name__ == '__main__':
    test_main()
