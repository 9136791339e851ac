"""Tests for the codecs built into unicode, the registry and the error
handlers."""

import unittest
from test import test_support


class BuiltinCodecsTest(unittest.TestCase):

    def test_utf8(self):
        self.assertEqual(u'\u20ac'.encode('utf-8'), '\xe2\x82\xac')
        self.assertEqual(u'\U00010000'.encode('utf-8'), '\xf0\x90\x80\x80')
        self.assertEqual('\xf0\x90\x80\x80'.decode('utf-8'), u'\U00010000')
        self.assertEqual(u'\ud800'.encode('utf-8'), '\xed\xa0\x80')
        self.assertEqual('\xed\xa0\x80'.decode('utf-8'), u'\ud800')
        self.assertEqual('A\xe9\xff\x80'.decode('utf-8', 'replace'),
                         u'A\ufffd')
        self.assertEqual('A\xe9\xff\x80'.decode('utf-8', 'ignore'), u'A')

    def utf8_error(self, data, msg):
        try:
            data.decode('utf-8')
        except UnicodeDecodeError, e:
            self.assertEqual(str(e), msg)
        else:
            self.fail('%r decoded' % data)

    def test_utf8_errors(self):
        self.utf8_error('\xc3', "'utf8' codec can't decode byte 0xc3 in "
                        "position 0: unexpected end of data")
        self.utf8_error('\xc3(', "'utf8' codec can't decode bytes in "
                        "position 0-1: invalid data")
        self.utf8_error('\xc0\x80', "'utf8' codec can't decode bytes in "
                        "position 0-1: illegal encoding")
        self.utf8_error('\xff', "'utf8' codec can't decode byte 0xff in "
                        "position 0: unexpected code byte")

    def test_utf16(self):
        self.assertEqual(u'A\xe9'.encode('utf-16'), '\xff\xfeA\x00\xe9\x00')
        self.assertEqual(u'\u20ac'.encode('utf-16-be'), ' \xac')
        self.assertEqual(u'\u20ac'.encode('utf-16-le'), '\xac ')
        self.assertEqual('\xfe\xff\x00A'.decode('utf-16'), u'A')
        self.assertEqual('\xff\xfeA\x00'.decode('utf-16'), u'A')
        self.assertEqual(u'\U00010000'.encode('utf-16-be'),
                         '\xd8\x00\xdc\x00')
        self.assertEqual('\xd8\x00\xdc\x00'.decode('utf-16-be'),
                         u'\U00010000')
        self.assertRaises(UnicodeDecodeError, 'A'.decode, 'utf-16')

    def test_latin1_ascii(self):
        self.assertEqual(u'caf\xe9'.encode('latin-1'), 'caf\xe9')
        self.assertEqual('caf\xe9'.decode('latin-1'), u'caf\xe9')
        self.assertEqual(u'A\xe9\u20ac'.encode('ascii', 'replace'), 'A??')
        self.assertEqual(u'A\xe9\u20ac'.encode('ascii', 'ignore'), 'A')
        self.assertEqual(u'A\xe9\u20ac'.encode('ascii', 'xmlcharrefreplace'),
                         'A&#233;&#8364;')
        self.assertEqual(u'A\xe9\u20ac'.encode('ascii', 'backslashreplace'),
                         'A\\xe9\\u20ac')
        self.assertEqual('caf\xe9'.decode('ascii', 'replace'), u'caf\ufffd')
        try:
            u'A\xe9\u20ac'.encode('ascii')
        except UnicodeEncodeError, e:
            self.assertEqual(e.start, 1)
            self.assertEqual(e.end, 3)
        try:
            u'A\xe9\u20ac'.encode('latin-1')
        except UnicodeEncodeError, e:
            self.assertEqual(e.start, 2)
            self.assertEqual(e.end, 3)

    def test_escapes(self):
        self.assertEqual(u'\xe9\n'.encode('unicode_escape'), '\\xe9\\n')
        self.assertEqual('\\xe9\\u20ac'.decode('unicode_escape'),
                         u'\xe9\u20ac')
        self.assertEqual(u'\xe9\u20ac'.encode('raw_unicode_escape'),
                         '\xe9\\u20ac')
        self.assertEqual('\\u20ac\\\\u20ac'.decode('raw_unicode_escape'),
                         u'\u20ac\\\\u20ac')
        self.assertRaises(UnicodeDecodeError, '\\u12'.decode,
                          'unicode_escape')

    def test_utf7(self):
        self.assertEqual(u'A\xe9\u20ac\n'.encode('utf-7'), 'A+AOkgrA\n')
        self.assertEqual('A+AOkgrA\n'.decode('utf-7'), u'A\xe9\u20ac\n')
        self.assertEqual(u'1+1'.encode('utf-7'), '1+-1')
        self.assertEqual('1+-1'.decode('utf-7'), u'1+1')

    def test_str_roundtrip(self):
        self.assertEqual('abc'.encode('ascii'), 'abc')
        self.assertEqual(type('abc'.decode('ascii')), unicode)
        self.assertRaises(UnicodeDecodeError, 'caf\xe9'.encode, 'utf-8')


class RegistryTest(unittest.TestCase):

    def test_error_handlers(self):
        import codecs
        def handler(exc):
            return (u'<%d-%d>' % (exc.start, exc.end), exc.end)
        codecs.register_error('test.angle', handler)
        self.assertEqual(u'a\xe9\xe9b'.encode('ascii', 'test.angle'),
                         'a<1-3>b')
        self.assertEqual('a\xff\xfeb'.decode('ascii', 'test.angle'),
                         u'a<1-2><2-3>b')
        self.assertRaises(LookupError, codecs.lookup_error, 'no.such')
        self.assert_(codecs.lookup_error('strict') is
                     codecs.lookup_error('strict'))

    def test_bad_handler_result(self):
        import codecs
        codecs.register_error('test.bad', lambda exc: 42)
        self.assertRaises(TypeError, u'\xe9'.encode, 'ascii', 'test.bad')

    def test_unknown_encoding(self):
        try:
            'x'.encode('nonexistent')
        except LookupError, e:
            self.assertEqual(str(e), 'unknown encoding: nonexistent')
        else:
            self.fail('no LookupError')

    def test_unused_handler_not_looked_up(self):
        self.assertEqual(unicode('x', 'ascii', 'no-such-handler'), u'x')
        self.assertRaises(LookupError, unicode, '\xff', 'ascii',
                          'no-such-handler')


def test_main():
    test_support.run_unittest(BuiltinCodecsTest, RegistryTest)

if __name__ == '__main__':
    test_main()
