"""The charmap codec machinery: codecs.charmap_encode/charmap_decode with
dictionary, table-string and EncodingMap mappings, codecs.charmap_build,
and the error handlers on charmap codecs."""

import unittest
import codecs
from test import test_support

HOLE = u'\ufffe'


def latin1_table():
    return u''.join([unichr(i) for i in range(256)])


class CharmapDecodeTest(unittest.TestCase):

    def test_no_mapping_is_latin1(self):
        self.assertEqual(codecs.charmap_decode('a\xff'), (u'a\xff', 2))
        self.assertEqual(codecs.charmap_decode('a\xff', 'strict', None),
                         (u'a\xff', 2))

    def test_string_table(self):
        table = u'abc'
        self.assertEqual(codecs.charmap_decode('\x00\x01\x02', 'strict',
                                               table), (u'abc', 3))
        # beyond the end of the table, and U+FFFE holes, are undefined
        self.assertRaises(UnicodeDecodeError, codecs.charmap_decode,
                          '\x03', 'strict', table)
        self.assertRaises(UnicodeDecodeError, codecs.charmap_decode,
                          '\x01', 'strict', u'a' + HOLE)
        self.assertEqual(codecs.charmap_decode('\x00\x03\x01', 'replace',
                                               table), (u'a\ufffdb', 3))
        self.assertEqual(codecs.charmap_decode('\x00\x03\x01', 'ignore',
                                               table), (u'ab', 3))

    def test_dict(self):
        m = {0: u'xy', 1: 0x20ac, 2: None}
        self.assertEqual(codecs.charmap_decode('\x00\x01', 'strict', m),
                         (u'xy\u20ac', 2))
        self.assertEqual(codecs.charmap_decode('\x01\x02\x03', 'replace', m),
                         (u'\u20ac\ufffd\ufffd', 3))
        self.assertEqual(codecs.charmap_decode('\x01\x02\x03', 'ignore', m),
                         (u'\u20ac', 3))
        self.assertEqual(codecs.charmap_decode('\x00', 'strict', {0: u''}),
                         (u'', 1))

    def test_dict_bad_values(self):
        self.assertRaises(TypeError, codecs.charmap_decode, '\x00',
                          'strict', {0: 'str'})
        self.assertRaises(TypeError, codecs.charmap_decode, '\x00',
                          'strict', {0: 0x10000000})
        self.assertRaises(TypeError, codecs.charmap_decode, '\x00',
                          'strict', {0: -1})

    def test_decode_error_message(self):
        try:
            codecs.charmap_decode('ab\x05', 'strict', {97: 97, 98: 98})
        except UnicodeDecodeError, e:
            self.assertEqual(str(e), "'charmap' codec can't decode byte "
                             "0x05 in position 2: character maps to "
                             "<undefined>")
            self.assertEqual((e.start, e.end), (2, 3))
            self.assertEqual(e.encoding, 'charmap')
        else:
            self.fail('no error raised')

    def test_decode_custom_handler(self):
        def handler(exc):
            return (u'[%d]' % ord(exc.object[exc.start]), exc.end)
        codecs.register_error('test.charmap.decode', handler)
        self.assertEqual(codecs.charmap_decode('a\x05b',
                                               'test.charmap.decode',
                                               {97: 97, 98: 98}),
                         (u'a[5]b', 3))


class CharmapEncodeTest(unittest.TestCase):

    def test_no_mapping_is_latin1(self):
        self.assertEqual(codecs.charmap_encode(u'a\xff'), ('a\xff', 2))
        self.assertRaises(UnicodeEncodeError, codecs.charmap_encode,
                          u'\u0100')

    def test_dict(self):
        m = {ord(u'a'): ord('A'), ord(u'b'): 'BB', ord(u'c'): None,
             0x20ac: 0x80}
        self.assertEqual(codecs.charmap_encode(u'ab\u20ac', 'strict', m),
                         ('ABB\x80', 3))
        self.assertRaises(UnicodeEncodeError, codecs.charmap_encode, u'c',
                          'strict', m)
        self.assertEqual(codecs.charmap_encode(u'acd', 'ignore', m),
                         ('A', 3))

    def test_dict_bad_values(self):
        self.assertRaises(TypeError, codecs.charmap_encode, u'a', 'strict',
                          {97: 300})
        self.assertRaises(TypeError, codecs.charmap_encode, u'a', 'strict',
                          {97: u'x'})

    def test_replacement_must_be_encodable(self):
        # '?' itself has no mapping: the replace handler cannot help
        m = {97: 97}
        self.assertRaises(UnicodeEncodeError, codecs.charmap_encode, u'ab',
                          'replace', m)
        m[ord('?')] = ord('?')
        self.assertEqual(codecs.charmap_encode(u'ab', 'replace', m),
                         ('a?', 2))

    def test_handlers(self):
        enc = codecs.charmap_build(latin1_table()[:128] + HOLE * 128)
        s = u'a\xe9\u20acb'
        self.assertEqual(codecs.charmap_encode(s, 'replace', enc)[0],
                         'a??b')
        self.assertEqual(codecs.charmap_encode(s, 'ignore', enc)[0], 'ab')
        self.assertEqual(codecs.charmap_encode(s, 'xmlcharrefreplace',
                                               enc)[0], 'a&#233;&#8364;b')
        self.assertEqual(codecs.charmap_encode(s, 'backslashreplace',
                                               enc)[0], 'a\\xe9\\u20acb')

    def test_encode_error_message(self):
        try:
            u'ab\u20ac'.encode('cp437')
        except UnicodeEncodeError, e:
            self.assertEqual(str(e), "'charmap' codec can't encode "
                             "character u'\\u20ac' in position 2: "
                             "character maps to <undefined>")
            self.assertEqual((e.start, e.end), (2, 3))
        else:
            self.fail('no error raised')
        try:
            u'a\u20ac\u20acb'.encode('cp437')
        except UnicodeEncodeError, e:
            self.assertEqual(str(e), "'charmap' codec can't encode "
                             "characters in position 1-2: "
                             "character maps to <undefined>")
        else:
            self.fail('no error raised')

    def test_encode_custom_handler(self):
        def handler(exc):
            return (u'<%d>' % (exc.end - exc.start), exc.end)
        codecs.register_error('test.charmap.encode', handler)
        self.assertEqual(u'x\u4e00\u4e01y'.encode('cp1252',
                                                  'test.charmap.encode'),
                         'x<2>y')


class CharmapBuildTest(unittest.TestCase):

    def test_build(self):
        m = codecs.charmap_build(latin1_table())
        self.assertEqual(type(m).__name__, 'EncodingMap')
        self.assert_(m.size() > 0)
        self.assertEqual(codecs.charmap_encode(u'\x00\xff', 'strict', m),
                         ('\x00\xff', 2))

    def test_holes(self):
        table = HOLE * 65 + u'\u20ac' + HOLE * 190
        m = codecs.charmap_build(table)
        self.assertEqual(codecs.charmap_encode(u'\u20ac', 'strict', m),
                         ('A', 1))
        self.assertRaises(UnicodeEncodeError, codecs.charmap_encode, u'A',
                          'strict', m)
        self.assertRaises(UnicodeEncodeError, codecs.charmap_encode,
                          u'\ufffe', 'strict', m)

    def test_bad_arguments(self):
        self.assertRaises(TypeError, codecs.charmap_build)
        self.assertRaises(TypeError, codecs.charmap_build, 'x' * 256)
        self.assertRaises(TypeError, codecs.charmap_build, u'x' * 255)

    def test_duplicates(self):
        # the byte listed last is the one produced
        table = u'a' * 256
        m = codecs.charmap_build(table)
        self.assertEqual(codecs.charmap_encode(u'a', 'strict', m),
                         ('\xff', 1))


class CharmapCodecModuleTest(unittest.TestCase):

    def test_charmap_codec(self):
        info = codecs.lookup('charmap')
        self.assertEqual(info.name, 'charmap')
        self.assertEqual(info.encode(u'ab', 'strict', {97: 65, 98: 66}),
                         ('AB', 2))
        self.assertEqual(info.decode('AB', 'strict', {65: 97, 66: 98}),
                         (u'ab', 2))
        self.assertEqual(info.encode(u'\xe9'), ('\xe9', 1))
        enc = info.incrementalencoder('strict', {97: 65})
        self.assertEqual(enc.encode(u'aa'), 'AA')
        dec = info.incrementaldecoder('strict', u'xyz')
        self.assertEqual(dec.decode('\x02\x00'), u'zx')

    def test_make_encoding_map(self):
        m = codecs.make_encoding_map({1: 10, 2: 20, 3: 10})
        self.assertEqual(m, {10: None, 20: 2})
        self.assertEqual(codecs.make_identity_dict(range(3)),
                         {0: 0, 1: 1, 2: 2})


def test_main():
    test_support.run_unittest(CharmapDecodeTest, CharmapEncodeTest,
                              CharmapBuildTest, CharmapCodecModuleTest)

if __name__ == '__main__':
    test_main()
