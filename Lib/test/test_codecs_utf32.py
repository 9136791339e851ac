"""Tests for the pure-Python UTF-32 codecs (utf_32, utf_32_le, utf_32_be).

UTF-32 (RFC/Unicode: one 32-bit unit per code point, U+0000..U+10FFFF);
BOM handling follows the utf-16 codecs: 'utf-32' writes a native-order
BOM and honours (and strips) a BOM on input, the -le/-be variants never
write or strip one."""

import sys
import codecs
import StringIO
import unittest
from test import test_support

if sys.byteorder == 'little':
    NATIVE = 'utf-32-le'
    BOM = '\xff\xfe\x00\x00'
else:
    NATIVE = 'utf-32-be'
    BOM = '\x00\x00\xfe\xff'

SAMPLE = u'A\xe9\u20ac\U00010000\U0010ffff\x00'
SAMPLE_LE = ('A\x00\x00\x00\xe9\x00\x00\x00\xac\x20\x00\x00'
             '\x00\x00\x01\x00\xff\xff\x10\x00\x00\x00\x00\x00')
SAMPLE_BE = ('\x00\x00\x00A\x00\x00\x00\xe9\x00\x00\x20\xac'
             '\x00\x01\x00\x00\x00\x10\xff\xff\x00\x00\x00\x00')


class TestNames(unittest.TestCase):

    def test_lookup(self):
        for name, canonical in [('utf-32', 'utf-32'), ('UTF-32', 'utf-32'),
                                ('utf_32', 'utf-32'), ('utf32', 'utf-32'),
                                ('U32', 'utf-32'), ('u32', 'utf-32'),
                                ('utf-32-le', 'utf-32-le'),
                                ('UTF-32LE', 'utf-32-le'),
                                ('utf_32_le', 'utf-32-le'),
                                ('utf-32-be', 'utf-32-be'),
                                ('utf-32be', 'utf-32-be'),
                                ('utf_32_be', 'utf-32-be')]:
            info = codecs.lookup(name)
            self.assertEqual(info.name, canonical, name)
            self.assert_(info.incrementalencoder is not None)
            self.assert_(info.incrementaldecoder is not None)
            self.assert_(info.streamreader is not None)
            self.assert_(info.streamwriter is not None)

    def test_bom_constants_match(self):
        self.assertEqual(u'\ufeff'.encode('utf-32-le'), codecs.BOM_UTF32_LE)
        self.assertEqual(u'\ufeff'.encode('utf-32-be'), codecs.BOM_UTF32_BE)
        self.assertEqual(BOM, codecs.BOM_UTF32)


class TestStateless(unittest.TestCase):

    def test_endian_specific(self):
        self.assertEqual(SAMPLE.encode('utf-32-le'), SAMPLE_LE)
        self.assertEqual(SAMPLE.encode('utf-32-be'), SAMPLE_BE)
        self.assertEqual(SAMPLE_LE.decode('utf-32-le'), SAMPLE)
        self.assertEqual(SAMPLE_BE.decode('utf-32-be'), SAMPLE)
        self.assertEqual(u''.encode('utf-32-le'), '')
        self.assertEqual(''.decode('utf-32-be'), u'')

    def test_endian_specific_keep_bom(self):
        # a BOM is an ordinary character (ZWNBSP) to the -le/-be codecs
        self.assertEqual((codecs.BOM_UTF32_LE + 'a\x00\x00\x00')
                         .decode('utf-32-le'), u'\ufeffa')
        self.assertEqual(u'\ufeff'.encode('utf-32-be'), codecs.BOM_UTF32_BE)

    def test_utf32_writes_native_bom(self):
        self.assertEqual(SAMPLE.encode('utf-32'),
                         BOM + SAMPLE.encode(NATIVE))
        self.assertEqual(u''.encode('utf-32'), BOM)
        self.assertEqual(codecs.lookup('utf-32').encode(u'ab'),
                         (BOM + u'ab'.encode(NATIVE), 2))

    def test_utf32_reads_either_bom(self):
        self.assertEqual((codecs.BOM_UTF32_LE + SAMPLE_LE).decode('utf-32'),
                         SAMPLE)
        self.assertEqual((codecs.BOM_UTF32_BE + SAMPLE_BE).decode('utf-32'),
                         SAMPLE)
        self.assertEqual(codecs.lookup('utf-32').decode(
            codecs.BOM_UTF32_BE + '\x00\x00\x00a'), (u'a', 8))
        # only the first BOM is stripped
        self.assertEqual((codecs.BOM_UTF32_LE * 2).decode('utf-32'),
                         u'\ufeff')
        self.assertEqual(codecs.BOM_UTF32_LE.decode('utf-32'), u'')

    def test_utf32_without_bom_is_native(self):
        self.assertEqual(SAMPLE.encode(NATIVE).decode('utf-32'), SAMPLE)

    def test_roundtrip_all_planes(self):
        chars = u''.join([unichr(c) for c in
                          range(0, 0x300) + range(0xd7f0, 0xe010) +
                          range(0xfff0, 0x10010) + [0x10fffe, 0x10ffff]])
        for enc in ('utf-32', 'utf-32-le', 'utf-32-be'):
            self.assertEqual(chars.encode(enc).decode(enc), chars, enc)
            self.assertEqual(len(chars.encode('utf-32-le')), 4 * len(chars))

    def test_str_input_is_ascii_decoded_first(self):
        self.assertEqual('ab'.encode('utf-32-be'), '\x00\x00\x00a\x00\x00\x00b')
        self.assertRaises(UnicodeDecodeError, '\xe9'.encode, 'utf-32')

    def test_truncated(self):
        for data in ('a', 'a\x00', 'a\x00\x00', 'a\x00\x00\x00b'):
            self.assertRaises(UnicodeDecodeError, data.decode, 'utf-32-le')
        try:
            'a\x00\x00\x00b\x00'.decode('utf-32-le')
        except UnicodeDecodeError, e:
            self.assertEqual(e.start, 4)
            self.assertEqual(e.end, 6)
            self.assertEqual(e.reason, 'truncated data')
            self.assertEqual(e.encoding, 'utf32')
        else:
            self.fail("UnicodeDecodeError not raised")

    def test_out_of_range(self):
        for data in ('\x00\x00\x11\x00', '\xff\xff\xff\xff'):
            try:
                data.decode('utf-32-le')
            except UnicodeDecodeError, e:
                self.assertEqual((e.start, e.end), (0, 4))
                self.assertEqual(str(e), "'utf32' codec can't decode bytes "
                                 "in position 0-3: codepoint not in "
                                 "range(0x110000)")
            else:
                self.fail("%r decoded" % data)
        self.assertRaises(UnicodeDecodeError, '\x00\x11\x00\x00'.decode,
                          'utf-32-be')

    def test_error_handlers(self):
        bad = 'a\x00\x00\x00\x00\x00\x11\x00b\x00\x00\x00c\x00'
        self.assertEqual(bad.decode('utf-32-le', 'replace'),
                         u'a\ufffdb\ufffd')
        self.assertEqual(bad.decode('utf-32-le', 'ignore'), u'ab')
        def mark(exc):
            return (u'<%d:%d>' % (exc.start, exc.end), exc.end)
        codecs.register_error('test.utf32mark', mark)
        self.assertEqual(bad.decode('utf-32-le', 'test.utf32mark'),
                         u'a<4:8>b<12:14>')
        def from_end(exc):
            return (u'!', -4)
        codecs.register_error('test.utf32end', from_end)
        # a negative resume position counts from the end of the input
        self.assertEqual(('\x00\x00\x11\x00' + 'a\x00\x00\x00b\x00\x00\x00')
                         .decode('utf-32-le', 'test.utf32end'), u'!b')
        codecs.register_error('test.utf32bad', lambda exc: 42)
        self.assertRaises(TypeError, bad.decode, 'utf-32-le', 'test.utf32bad')
        codecs.register_error('test.utf32far', lambda exc: (u'', 1000))
        self.assertRaises(IndexError, bad.decode, 'utf-32-le', 'test.utf32far')
        self.assertRaises(LookupError, bad.decode, 'utf-32-le', 'no.such')

    def test_encoding_never_fails(self):
        # lone surrogates are code points too and encode as themselves
        self.assertEqual(u'\ud800'.encode('utf-32-be'), '\x00\x00\xd8\x00')
        self.assertEqual('\x00\x00\xd8\x00'.decode('utf-32-be'), u'\ud800')
        self.assertEqual(u'x'.encode('utf-32-le', 'no.such.handler'),
                         'x\x00\x00\x00')


class TestIncremental(unittest.TestCase):

    def feed_bytewise(self, encoding, data, final=True):
        dec = codecs.getincrementaldecoder(encoding)()
        out = []
        for c in data:
            out.append(dec.decode(c))
        out.append(dec.decode('', final))
        return u''.join(out)

    def test_decoder_byte_by_byte(self):
        self.assertEqual(self.feed_bytewise('utf-32-le', SAMPLE_LE), SAMPLE)
        self.assertEqual(self.feed_bytewise('utf-32-be', SAMPLE_BE), SAMPLE)
        self.assertEqual(self.feed_bytewise('utf-32',
                                            codecs.BOM_UTF32_BE + SAMPLE_BE),
                         SAMPLE)
        self.assertEqual(self.feed_bytewise('utf-32',
                                            codecs.BOM_UTF32_LE + SAMPLE_LE),
                         SAMPLE)

    def test_decoder_partial_units_wait(self):
        dec = codecs.getincrementaldecoder('utf-32-le')()
        self.assertEqual(dec.decode('a\x00\x00'), u'')
        self.assertEqual(dec.decode('\x00b'), u'a')
        self.assertRaises(UnicodeDecodeError, dec.decode, '', True)
        dec.reset()
        self.assertEqual(dec.decode('c\x00\x00\x00', True), u'c')

    def test_utf32_decoder_needs_bom(self):
        dec = codecs.getincrementaldecoder('utf-32')()
        self.assertEqual(dec.decode('\xff\xfe'), u'')
        self.assertEqual(dec.decode('\x00\x00'), u'')
        self.assertEqual(dec.decode('x\x00\x00\x00'), u'x')
        dec = codecs.getincrementaldecoder('utf-32')()
        self.assertRaises(UnicodeError, dec.decode, 'x\x00\x00\x00')
        # after reset() a new BOM is expected
        dec = codecs.getincrementaldecoder('utf-32')()
        dec.decode(codecs.BOM_UTF32_BE + '\x00\x00\x00y')
        dec.reset()
        self.assertEqual(dec.decode(codecs.BOM_UTF32_LE + 'z\x00\x00\x00'),
                         u'z')

    def test_encoder(self):
        enc = codecs.getincrementalencoder('utf-32')()
        self.assertEqual(enc.encode(u'a') + enc.encode(u'') + enc.encode(u'b'),
                         u'ab'.encode('utf-32'))
        enc.reset()
        self.assertEqual(enc.encode(u'c', True), u'c'.encode('utf-32'))
        enc = codecs.getincrementalencoder('utf-32-be')()
        self.assertEqual(enc.encode(u'a'), '\x00\x00\x00a')

    def test_iterencode_iterdecode(self):
        encoded = ''.join(codecs.iterencode([u'a', u'\u20ac', u'\U00010000'],
                                            'utf-32'))
        self.assertEqual(encoded, u'a\u20ac\U00010000'.encode('utf-32'))
        chunks = [encoded[i:i + 3] for i in range(0, len(encoded), 3)]
        self.assertEqual(u''.join(codecs.iterdecode(chunks, 'utf-32')),
                         u'a\u20ac\U00010000')


class TestStreams(unittest.TestCase):

    def test_writer(self):
        for enc, expected in [('utf-32', BOM + SAMPLE.encode(NATIVE) * 2),
                              ('utf-32-le', SAMPLE_LE * 2),
                              ('utf-32-be', SAMPLE_BE * 2)]:
            s = StringIO.StringIO()
            w = codecs.getwriter(enc)(s)
            w.write(SAMPLE)
            w.write(SAMPLE)
            self.assertEqual(s.getvalue(), expected, enc)

    def test_reader(self):
        for enc, data in [('utf-32', codecs.BOM_UTF32_BE + SAMPLE_BE),
                          ('utf-32', codecs.BOM_UTF32_LE + SAMPLE_LE),
                          ('utf-32-le', SAMPLE_LE),
                          ('utf-32-be', SAMPLE_BE)]:
            r = codecs.getreader(enc)(StringIO.StringIO(data))
            self.assertEqual(r.read(), SAMPLE, enc)

    def test_reader_readline(self):
        text = u'first \u20ac\nsecond\r\nthird\rfourth \U00010000'
        for enc in ('utf-32', 'utf-32-le', 'utf-32-be'):
            r = codecs.getreader(enc)(StringIO.StringIO(text.encode(enc)))
            self.assertEqual(r.readline(), u'first \u20ac\n')
            self.assertEqual(r.readline(), u'second\r\n')
            self.assertEqual(r.readline(), u'third\r')
            self.assertEqual(r.readline(), u'fourth \U00010000')
            self.assertEqual(r.readline(), u'')
            r = codecs.getreader(enc)(StringIO.StringIO(text.encode(enc)))
            self.assertEqual(r.readlines(), text.splitlines(True))

    def test_reader_small_reads(self):
        data = u'\U0001f600 long line\n'.encode('utf-32') + \
               u'x\n'.encode('utf-32-le' if BOM == codecs.BOM_UTF32_LE
                             else 'utf-32-be')
        r = codecs.getreader('utf-32')(StringIO.StringIO(data))
        out = []
        while True:
            c = r.read(1)
            if not c:
                break
            out.append(c)
        self.assertEqual(u''.join(out), u'\U0001f600 long line\nx\n')

    def test_codecs_open(self):
        fn = test_support.TESTFN + '_utf32'
        try:
            f = codecs.open(fn, 'w', 'utf-32')
            f.write(u'line \u20ac\n')
            f.write(u'two\n')
            f.close()
            raw = open(fn, 'rb').read()
            self.assertEqual(raw, u'line \u20ac\ntwo\n'.encode('utf-32'))
            self.assert_(raw.startswith(BOM))
            f = codecs.open(fn, 'r', 'utf-32')
            self.assertEqual(f.readlines(), [u'line \u20ac\n', u'two\n'])
            f.close()
        finally:
            test_support.unlink(fn)


def test_main():
    test_support.run_unittest(TestNames, TestStateless, TestIncremental,
                              TestStreams)

if __name__ == '__main__':
    test_main()
