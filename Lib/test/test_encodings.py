"""Tests for the encodings package: name normalisation, aliases and the
individual codecs (2.5 Library Reference, sections 4.8.2 - 4.8.4)."""

import codecs
import encodings
from encodings import aliases
import unittest
from test import test_support


class TestNames(unittest.TestCase):

    def test_normalize_encoding(self):
        n = encodings.normalize_encoding
        self.assertEqual(n('utf-8'), 'utf_8')
        self.assertEqual(n('  latin -- 1 '), 'latin_1')
        self.assertEqual(n('iso8859.15'), 'iso8859.15')
        self.assertEqual(n('a;;#b'), 'a_b')

    def test_canonical_names(self):
        for alias, name in [('UTF8', 'utf-8'), ('utf-8', 'utf-8'),
                            ('U8', 'utf-8'), ('utf', 'utf-8'),
                            ('Utf_8', 'utf-8'), ('latin1', 'iso8859-1'),
                            ('latin-1', 'iso8859-1'), ('L1', 'iso8859-1'),
                            ('ISO-8859-1', 'iso8859-1'),
                            ('iso_8859_1', 'iso8859-1'),
                            ('8859', 'iso8859-1'),
                            ('cp1252', 'cp1252'),
                            ('windows-1252', 'cp1252'),
                            ('iso8859_15', 'iso8859-15'),
                            ('iso-8859-15', 'iso8859-15'),
                            ('latin9', 'iso8859-15'),
                            ('ascii', 'ascii'), ('US-ASCII', 'ascii'),
                            ('646', 'ascii'),
                            ('utf-16', 'utf-16'), ('UTF16', 'utf-16'),
                            ('utf-16-le', 'utf-16-le'),
                            ('utf_16_be', 'utf-16-be'),
                            ('utf-8-sig', 'utf-8-sig'),
                            ('rot13', 'rot-13'), ('rot_13', 'rot-13'),
                            ('hex', 'hex'), ('hex_codec', 'hex'),
                            ('base64', 'base64'), ('base_64', 'base64'),
                            ('string_escape', 'string-escape'),
                            ('unicode_escape', 'unicode-escape'),
                            ('raw_unicode_escape', 'raw-unicode-escape'),
                            ('utf-7', 'utf-7'), ('U7', 'utf-7')]:
            self.assertEqual(codecs.lookup(alias).name, name, alias)

    def test_aliases_table(self):
        self.assertEqual(aliases.aliases['latin1'], 'latin_1')
        self.assertEqual(aliases.aliases['utf8'], 'utf_8')
        self.assertEqual(aliases.aliases['u8'], 'utf_8')
        for alias, modname in aliases.aliases.items():
            self.assertEqual(alias, alias.lower())

    def test_unknown(self):
        self.assertRaises(LookupError, codecs.lookup, 'no_such_codec')
        self.assertRaises(LookupError, codecs.lookup, 'encodings.utf_8')
        self.assertRaises(LookupError, u'x'.encode, 'xyzzy-42')
        self.assertEqual(encodings.search_function('no_such_codec'), None)

    def test_search_function_cache(self):
        a = encodings.search_function('utf_8')
        b = encodings.search_function('utf_8')
        self.assert_(a is b)
        self.assert_(isinstance(a, codecs.CodecInfo))

    def test_codec_registry_error(self):
        self.assert_(issubclass(encodings.CodecRegistryError, LookupError))
        self.assert_(issubclass(encodings.CodecRegistryError, SystemError))


class TestCodecs(unittest.TestCase):

    def roundtrip(self, encoding, u, s):
        self.assertEqual(u.encode(encoding), s)
        self.assertEqual(s.decode(encoding), u)

    def test_latin1(self):
        self.roundtrip('latin1', u'\xe9\xff\x00', '\xe9\xff\x00')
        self.assertRaises(UnicodeEncodeError, u'\u20ac'.encode, 'latin1')
        self.assertEqual(u'a\u20acb'.encode('latin-1', 'replace'), 'a?b')

    def test_utf8_aliases(self):
        self.roundtrip('UTF8', u'\u20ac', '\xe2\x82\xac')
        self.roundtrip('U8', u'\xe9', '\xc3\xa9')

    def test_cp1252(self):
        self.roundtrip('cp1252', u'\u20ac\u201c\u201d\xe9', '\x80\x93\x94\xe9')
        self.roundtrip('cp1252', u'\u0160\u017e\u0178', '\x8a\x9e\x9f')
        # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are undefined
        for b in '\x81\x8d\x8f\x90\x9d':
            self.assertRaises(UnicodeDecodeError, b.decode, 'cp1252')
        self.assertEqual('a\x81b'.decode('cp1252', 'replace'), u'a\ufffdb')
        self.assertRaises(UnicodeEncodeError, u'\u0100'.encode, 'cp1252')
        all_bytes = ''.join([chr(i) for i in range(256)
                             if chr(i) not in '\x81\x8d\x8f\x90\x9d'])
        self.assertEqual(all_bytes.decode('cp1252').encode('cp1252'),
                         all_bytes)

    def test_iso8859_15(self):
        self.roundtrip('iso8859_15', u'\u20ac\u0160\u0161\u017d\u017e'
                       u'\u0152\u0153\u0178',
                       '\xa4\xa6\xa8\xb4\xb8\xbc\xbd\xbe')
        self.roundtrip('iso8859-15', u'\xe9', '\xe9')
        self.assertRaises(UnicodeEncodeError, u'\xa4'.encode, 'iso8859-15')
        all_bytes = ''.join(map(chr, range(256)))
        self.assertEqual(all_bytes.decode('latin9').encode('latin9'),
                         all_bytes)

    def test_rot13(self):
        self.assertEqual('Hello, World!'.encode('rot13'), 'Uryyb, Jbeyq!')
        self.assertEqual('Uryyb'.decode('rot13'), u'Hello')
        self.assertEqual(u'abcxyz'.encode('rot_13'), 'nopklm')
        self.assertEqual(codecs.lookup('rot13').encode(u'abc'), ('nop', 3))

    def test_hex(self):
        self.assertEqual('\x00\xffab'.encode('hex'), '00ff6162')
        self.assertEqual('00FF6162'.decode('hex'), '\x00\xffab')
        self.assertEqual(codecs.lookup('hex').encode('ab'), ('6162', 2))
        self.assertEqual(codecs.lookup('hex').decode('6162'), ('ab', 4))
        self.assertRaises(TypeError, '123'.decode, 'hex')
        self.assertRaises(TypeError, 'zz'.decode, 'hex')

    def test_base64(self):
        self.assertEqual('abc'.encode('base64'), 'YWJj\n')
        self.assertEqual('YWJj\n'.decode('base64'), 'abc')
        self.assertEqual('YWJj'.decode('base_64'), 'abc')
        long_data = 'x' * 100
        enc = long_data.encode('base64')
        self.assertEqual(enc.count('\n'), 2)       # 76-character lines
        self.assertEqual(enc.decode('base64'), long_data)
        self.assertEqual(codecs.lookup('base64').encode('abc'),
                         ('YWJj\n', 3))

    def test_string_escape(self):
        self.assertEqual('a\nb\t\'"\\\x00\xff'.encode('string_escape'),
                         'a\\nb\\t\\\'"\\\\\\x00\\xff')
        self.assertEqual('a\\nb\\x41\\\'\\\\'.decode('string_escape'),
                         'a\nbA\'\\')
        self.assert_(type('x'.decode('string_escape')) is str)
        self.assertRaises(ValueError, '\\x4'.decode, 'string_escape')
        for s in ['', 'plain', '\x00\x01\x7f\x80\xfe', "'\"'", '\\\\']:
            self.assertEqual(s.encode('string_escape').decode('string_escape'),
                             s)

    def test_utf8_sig(self):
        self.assertEqual(u'abc'.encode('utf-8-sig'), '\xef\xbb\xbfabc')
        self.assertEqual('\xef\xbb\xbfabc'.decode('utf-8-sig'), u'abc')
        self.assertEqual('abc'.decode('utf-8-sig'), u'abc')
        # only one BOM is removed
        self.assertEqual('\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig'),
                         u'\ufeffx')
        self.assertEqual(u''.encode('utf-8-sig'), '\xef\xbb\xbf')
        dec = codecs.getincrementaldecoder('utf-8-sig')()
        self.assertEqual(dec.decode('\xef'), u'')
        self.assertEqual(dec.decode('\xbb'), u'')
        self.assertEqual(dec.decode('\xbfa'), u'a')
        self.assertEqual(dec.decode('\xef\xbb\xbf'), u'\ufeff')
        enc = codecs.getincrementalencoder('utf-8-sig')()
        self.assertEqual(enc.encode(u'a') + enc.encode(u'b'),
                         '\xef\xbb\xbfab')
        import StringIO
        s = StringIO.StringIO()
        w = codecs.getwriter('utf-8-sig')(s)
        w.write(u'x')
        w.write(u'y')
        self.assertEqual(s.getvalue(), '\xef\xbb\xbfxy')
        r = codecs.getreader('utf-8-sig')(StringIO.StringIO(s.getvalue()))
        self.assertEqual(r.read(), u'xy')

    def test_utf16_bom(self):
        self.assertEqual(u'a'.encode('utf-16'), codecs.BOM_UTF16 +
                         u'a'.encode(codecs.BOM_UTF16 == '\xff\xfe' and
                                     'utf-16-le' or 'utf-16-be'))
        self.assertEqual('\xff\xfea\x00b\x00'.decode('utf-16'), u'ab')
        self.assertEqual('\xfe\xff\x00a\x00b'.decode('utf-16'), u'ab')
        # a second BOM is a character
        self.assertEqual('\xff\xfe\xff\xfe'.decode('utf-16'), u'\ufeff')
        self.assertEqual(u''.encode('utf-16'), codecs.BOM_UTF16)
        # the endian-specific codecs neither write nor strip a BOM
        self.assertEqual(u'a'.encode('utf-16-le'), 'a\x00')
        self.assertEqual(u'a'.encode('utf-16-be'), '\x00a')
        self.assertEqual('\xff\xfea\x00'.decode('utf-16-le'), u'\ufeffa')
        self.assertRaises(UnicodeDecodeError, 'a'.decode, 'utf-16')
        self.assertRaises(UnicodeDecodeError, '\xff\xfea'.decode, 'utf-16')
        self.assertEqual(u'\U00010000'.encode('utf-16-be'),
                         '\xd8\x00\xdc\x00')
        self.assertEqual('\xd8\x00\xdc\x00'.decode('utf-16-be'),
                         u'\U00010000')

    def test_utf16_incremental_and_stream(self):
        data = u'\xe9\u20acz'.encode('utf-16')
        dec = codecs.getincrementaldecoder('utf-16')()
        out = u''.join([dec.decode(c) for c in data])
        self.assertEqual(out, u'\xe9\u20acz')
        enc = codecs.getincrementalencoder('utf-16')()
        self.assertEqual(enc.encode(u'a') + enc.encode(u'b'),
                         u'ab'.encode('utf-16'))
        import StringIO
        s = StringIO.StringIO()
        w = codecs.getwriter('utf-16')(s)
        w.write(u'a')
        w.write(u'b')
        self.assertEqual(s.getvalue(), u'ab'.encode('utf-16'))
        r = codecs.getreader('utf-16')(StringIO.StringIO('\xfe\xff\x00x'))
        self.assertEqual(r.read(), u'x')

    def test_ascii(self):
        self.roundtrip('ascii', u'abc\x7f', 'abc\x7f')
        self.assertRaises(UnicodeDecodeError, '\x80'.decode, 'ascii')
        self.assertRaises(UnicodeEncodeError, u'\x80'.encode, 'us-ascii')

    def test_unicode_escape(self):
        self.roundtrip('unicode_escape', u'a\xe9\u20ac\n', 'a\\xe9\\u20ac\\n')
        self.assertEqual('\\N{EURO SIGN}'.decode('unicode_escape'), u'\u20ac')
        self.roundtrip('raw_unicode_escape', u'a\xe9\u20ac', 'a\xe9\\u20ac')

    def test_every_module_registers(self):
        for name in ('ascii', 'latin_1', 'utf_8', 'utf_16', 'utf_16_le',
                     'utf_16_be', 'utf_7', 'utf_8_sig', 'cp1252',
                     'iso8859_15', 'rot_13', 'hex_codec', 'base64_codec',
                     'string_escape', 'unicode_escape', 'raw_unicode_escape',
                     'unicode_internal'):
            mod = __import__('encodings.' + name, {}, {}, ['*'])
            entry = mod.getregentry()
            self.assert_(isinstance(entry, codecs.CodecInfo), name)
            self.assert_(callable(entry.encode), name)
            self.assert_(callable(entry.decode), name)


def test_main():
    test_support.run_unittest(TestNames, TestCodecs)

if __name__ == '__main__':
    test_main()
