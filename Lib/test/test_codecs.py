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


import codecs
import sys
import StringIO


class CodecsModuleTest(unittest.TestCase):
    """The Python layer of the codecs module."""

    def test_lookup_and_codecinfo(self):
        info = codecs.lookup('utf-8')
        self.assert_(isinstance(info, codecs.CodecInfo))
        self.assert_(isinstance(info, tuple))
        self.assertEqual(len(info), 4)
        encode, decode, reader, writer = info
        self.assert_(encode is info.encode)
        self.assert_(decode is info.decode)
        self.assert_(reader is info.streamreader)
        self.assert_(writer is info.streamwriter)
        self.assertEqual(info.name, 'utf-8')
        self.assert_(info.incrementalencoder is not None)
        self.assert_(info.incrementaldecoder is not None)
        self.assertEqual(encode(u'\xe9'), ('\xc3\xa9', 1))
        self.assertEqual(decode('\xc3\xa9'), (u'\xe9', 2))
        self.assert_(repr(info).startswith(
            '<codecs.CodecInfo object for encoding utf-8 at 0x'))
        self.assertRaises(LookupError, codecs.lookup, 'no-such-encoding')
        self.assertRaises(TypeError, codecs.lookup)

    def test_codecinfo_from_tuple(self):
        ci = codecs.CodecInfo(1, 2, 3, 4, name='x')
        self.assertEqual(tuple(ci), (1, 2, 3, 4))
        self.assertEqual(ci.incrementalencoder, None)
        self.assertEqual(ci.name, 'x')

    def test_register_search_function(self):
        def search(name):
            if name == 'test.codec_api':
                return codecs.CodecInfo(
                    lambda s, errors='strict': (s.upper().encode('ascii'),
                                                len(s)),
                    lambda s, errors='strict': (unicode(s.lower()), len(s)),
                    name='test.codec_api')
            return None
        codecs.register(search)
        self.assertEqual(u'abc'.encode('test.codec_api'), 'ABC')
        self.assertEqual('ABC'.decode('test.codec_api'), u'abc')
        self.assertEqual(codecs.lookup('Test.Codec_API').name,
                         'test.codec_api')
        self.assertRaises(TypeError, codecs.register, 42)

    def test_getters(self):
        self.assert_(codecs.getencoder('latin-1') is
                     codecs.lookup('latin-1').encode)
        self.assert_(codecs.getdecoder('latin-1') is
                     codecs.lookup('latin-1').decode)
        self.assert_(codecs.getreader('latin-1') is
                     codecs.lookup('latin-1').streamreader)
        self.assert_(codecs.getwriter('latin-1') is
                     codecs.lookup('latin-1').streamwriter)
        self.assertEqual(codecs.getencoder('utf-8')(u'\u20ac')[0],
                         '\xe2\x82\xac')
        self.assertEqual(codecs.getdecoder('ascii')('abc'), (u'abc', 3))
        enc = codecs.getincrementalencoder('utf-8')()
        self.assertEqual(enc.encode(u'\xe9'), '\xc3\xa9')
        dec = codecs.getincrementaldecoder('utf-8')()
        self.assertEqual(dec.decode('\xc3'), u'')
        self.assertEqual(dec.decode('\xa9'), u'\xe9')
        for f in (codecs.getencoder, codecs.getdecoder, codecs.getreader,
                  codecs.getwriter, codecs.getincrementalencoder,
                  codecs.getincrementaldecoder):
            self.assertRaises(LookupError, f, 'no-such-encoding')

    def test_bom_constants(self):
        self.assertEqual(codecs.BOM_UTF8, '\xef\xbb\xbf')
        self.assertEqual(codecs.BOM_UTF16_LE, '\xff\xfe')
        self.assertEqual(codecs.BOM_UTF16_BE, '\xfe\xff')
        self.assertEqual(codecs.BOM_UTF32_LE, '\xff\xfe\x00\x00')
        self.assertEqual(codecs.BOM_UTF32_BE, '\x00\x00\xfe\xff')
        self.assertEqual(codecs.BOM_LE, codecs.BOM_UTF16_LE)
        self.assertEqual(codecs.BOM_BE, codecs.BOM_UTF16_BE)
        self.assertEqual(codecs.BOM32_LE, codecs.BOM_UTF16_LE)
        self.assertEqual(codecs.BOM32_BE, codecs.BOM_UTF16_BE)
        self.assertEqual(codecs.BOM64_LE, codecs.BOM_UTF32_LE)
        self.assertEqual(codecs.BOM64_BE, codecs.BOM_UTF32_BE)
        if sys.byteorder == 'little':
            self.assertEqual(codecs.BOM, codecs.BOM_UTF16_LE)
            self.assertEqual(codecs.BOM_UTF32, codecs.BOM_UTF32_LE)
        else:
            self.assertEqual(codecs.BOM, codecs.BOM_UTF16_BE)
            self.assertEqual(codecs.BOM_UTF32, codecs.BOM_UTF32_BE)
        self.assertEqual(codecs.BOM_UTF16, codecs.BOM)
        self.assertEqual(u'\ufeff'.encode('utf-8'), codecs.BOM_UTF8)
        self.assertEqual(u'\ufeff'.encode('utf-16-le'), codecs.BOM_UTF16_LE)

    def test_error_handler_registry(self):
        self.assert_(codecs.strict_errors is codecs.lookup_error('strict'))
        self.assert_(codecs.ignore_errors is codecs.lookup_error('ignore'))
        self.assert_(codecs.replace_errors is codecs.lookup_error('replace'))
        self.assert_(codecs.xmlcharrefreplace_errors is
                     codecs.lookup_error('xmlcharrefreplace'))
        self.assert_(codecs.backslashreplace_errors is
                     codecs.lookup_error('backslashreplace'))
        exc = UnicodeEncodeError('ascii', u'a\xe9\u1234b', 1, 3, 'bad')
        self.assertEqual(codecs.ignore_errors(exc), (u'', 3))
        self.assertEqual(codecs.replace_errors(exc), (u'??', 3))
        self.assertEqual(codecs.xmlcharrefreplace_errors(exc),
                         (u'&#233;&#4660;', 3))
        self.assertEqual(codecs.backslashreplace_errors(exc),
                         (u'\\xe9\\u1234', 3))
        self.assertRaises(UnicodeEncodeError, codecs.strict_errors, exc)
        dexc = UnicodeDecodeError('ascii', 'a\xff', 1, 2, 'bad')
        self.assertEqual(codecs.replace_errors(dexc), (u'\ufffd', 2))
        self.assertRaises(TypeError, codecs.xmlcharrefreplace_errors, dexc)
        self.assertRaises(TypeError, codecs.register_error, 'x', 42)

    def test_register_error_resume_position(self):
        def skip_back(exc):
            # replace the bad char and resume one past it
            return (u'[%s]' % exc.object[exc.start:exc.end].encode('hex'),
                    exc.end)
        codecs.register_error('test.hexreplace', skip_back)
        self.assertEqual(u'\xe9a\xff'.encode('ascii', 'test.hexreplace'),
                         '[e9ff]a[ff]'.replace('[e9ff]', '[e9]'))
        def negative(exc):
            return (u'x', -1)
        codecs.register_error('test.negative', negative)
        # a negative position counts from the end of the input
        self.assertEqual(u'a\xe9b'.encode('ascii', 'test.negative'), 'axb')
        def too_far(exc):
            return (u'x', 100)
        codecs.register_error('test.toofar', too_far)
        self.assertRaises(IndexError, u'a\xe9'.encode, 'ascii', 'test.toofar')

    def test_iterencode_iterdecode(self):
        chunks = list(codecs.iterdecode(['\xc3', '\xa9a', '', '\xe2\x82',
                                         '\xac'], 'utf-8'))
        self.assertEqual(chunks, [u'\xe9a', u'\u20ac'])
        self.assertEqual(''.join(codecs.iterencode([u'a', u'\xe9', u''],
                                                   'utf-8')), 'a\xc3\xa9')
        self.assertEqual(list(codecs.iterencode([], 'utf-8')), [])
        self.assertRaises(UnicodeDecodeError, list,
                          codecs.iterdecode(['\xc3'], 'utf-8'))
        self.assertEqual(list(codecs.iterdecode(['\xc3'], 'utf-8',
                                                'replace')), [u'\ufffd'])
        encoded = ''.join(codecs.iterencode([u'ab', u'c'], 'utf-16'))
        self.assertEqual(encoded, u'abc'.encode('utf-16'))
        self.assertEqual(u''.join(codecs.iterdecode(list(encoded),
                                                    'utf-16')), u'abc')

    def test_incremental_classes(self):
        class Upper(codecs.IncrementalEncoder):
            def encode(self, input, final=False):
                return input.upper().encode('ascii')
        e = Upper()
        self.assertEqual(e.errors, 'strict')
        self.assertEqual(e.encode(u'ab'), 'AB')
        e.reset()
        class Pairs(codecs.BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                n = len(input) // 2 * 2
                if final:
                    n = len(input)
                return (unicode(input[:n]), n)
        d = Pairs('ignore')
        self.assertEqual(d.errors, 'ignore')
        self.assertEqual(d.decode('abc'), u'ab')
        self.assertEqual(d.buffer, 'c')
        self.assertEqual(d.decode('d'), u'cd')
        self.assertEqual(d.decode('e', True), u'e')
        d.decode('x')
        d.reset()
        self.assertEqual(d.buffer, '')

    def test_stream_writer(self):
        s = StringIO.StringIO()
        w = codecs.getwriter('utf-8')(s)
        w.write(u'\xe9')
        w.writelines([u'a', u'\u20ac'])
        self.assertEqual(s.getvalue(), '\xc3\xa9a\xe2\x82\xac')
        self.assertEqual(w.errors, 'strict')
        self.assert_(w.stream is s)
        # unknown attributes come from the stream
        self.assertEqual(w.getvalue(), s.getvalue())
        w = codecs.getwriter('ascii')(s, 'replace')
        w.write(u'\xe9')
        self.assertEqual(s.getvalue()[-1], '?')
        w = codecs.getwriter('ascii')(StringIO.StringIO())
        self.assertRaises(UnicodeEncodeError, w.write, u'\xe9')

    def test_stream_reader_read(self):
        data = u'\xe9t\xe9 \u20ac\n' * 10
        r = codecs.getreader('utf-8')(StringIO.StringIO(data.encode('utf-8')))
        self.assertEqual(r.read(1), u'\xe9')
        self.assertEqual(r.read(size=5, chars=3), u't\xe9 ')
        self.assertEqual(r.read(), data[4:])
        self.assertEqual(r.read(), u'')
        r = codecs.getreader('utf-8')(StringIO.StringIO('\xc3\xa9\xff'))
        self.assertRaises(UnicodeDecodeError, r.read)
        r = codecs.getreader('utf-8')(StringIO.StringIO('\xc3\xa9\xff'),
                                      'replace')
        self.assertEqual(r.read(), u'\xe9\ufffd')

    def test_stream_reader_one_byte_at_a_time(self):
        text = u'a\xe9\u20ac\U00010000z'
        class Trickle(object):
            def __init__(self, data):
                self.data = data
            def read(self, size=-1):
                # never hand out more than one byte
                r, self.data = self.data[:1], self.data[1:]
                return r
        r = codecs.getreader('utf-8')(Trickle(text.encode('utf-8')))
        out = []
        while True:
            c = r.read(1)
            if not c:
                break
            out.append(c)
        self.assertEqual(u''.join(out), text)

    def check_readlines(self, encoding, lineend, keepends):
        if encoding == 'latin-1':
            wide = u'\xe9'
        else:
            wide = u'\u20ac'
        lines = []
        for size in (1, 2, 3, 10, 70, 71, 72, 73, 100, 200, 1000):
            lines.append(wide * (size // 2) + u'x' * (size - size // 2))
        text = lineend.join(lines) + lineend
        stream = StringIO.StringIO(text.encode(encoding))
        reader = codecs.getreader(encoding)(stream)
        got = []
        while True:
            line = reader.readline(keepends=keepends)
            if not line:
                break
            got.append(line)
        if keepends:
            expected = [l + lineend for l in lines]
        else:
            expected = lines
        self.assertEqual(got, expected)

    def test_stream_reader_readline_line_ends(self):
        for encoding in ('utf-8', 'utf-16', 'utf-16-le', 'latin-1'):
            ends = [u'\n', u'\r\n', u'\r']
            if encoding != 'latin-1':
                ends.append(u'\u2028')
            for lineend in ends:
                for keepends in (True, False):
                    self.check_readlines(encoding, lineend, keepends)

    def test_stream_reader_mixed_line_ends(self):
        data = 'a\nb\r\nc\rd\r\n\re'
        r = codecs.getreader('ascii')(StringIO.StringIO(data))
        self.assertEqual(r.readline(), u'a\n')
        self.assertEqual(r.readline(), u'b\r\n')
        self.assertEqual(r.readline(), u'c\r')
        self.assertEqual(r.readline(), u'd\r\n')
        self.assertEqual(r.readline(), u'\r')
        self.assertEqual(r.readline(), u'e')
        self.assertEqual(r.readline(), u'')
        r = codecs.getreader('ascii')(StringIO.StringIO(data))
        self.assertEqual(r.readlines(), [u'a\n', u'b\r\n', u'c\r', u'd\r\n',
                                         u'\r', u'e'])
        r = codecs.getreader('ascii')(StringIO.StringIO(data))
        self.assertEqual(r.readlines(keepends=False),
                         [u'a', u'b', u'c', u'd', u'', u'e'])
        r = codecs.getreader('ascii')(StringIO.StringIO(data))
        self.assertEqual(list(r), [u'a\n', u'b\r\n', u'c\r', u'd\r\n',
                                   u'\r', u'e'])

    def test_stream_reader_readline_size(self):
        r = codecs.getreader('ascii')(StringIO.StringIO('abcdef\nxyz'))
        first = r.readline(size=3)
        self.assert_(u'abcdef\n'.startswith(first) and first, first)
        self.assertEqual(first + r.readline(), u'abcdef\n')
        self.assertEqual(r.readline(), u'xyz')

    def test_stream_reader_reset_seek(self):
        s = StringIO.StringIO(u'\xe9\xe8'.encode('utf-8'))
        r = codecs.getreader('utf-8')(s)
        self.assertEqual(r.read(1), u'\xe9')
        r.seek(0)
        self.assertEqual(r.read(), u'\xe9\xe8')

    def test_stream_reader_writer(self):
        s = StringIO.StringIO()
        info = codecs.lookup('utf-8')
        srw = codecs.StreamReaderWriter(s, info.streamreader,
                                        info.streamwriter)
        srw.write(u'\xe9\n')
        srw.writelines([u'x\n'])
        srw.seek(0)
        self.assertEqual(srw.readline(), u'\xe9\n')
        self.assertEqual(list(srw), [u'x\n'])
        self.assertEqual(s.getvalue(), '\xc3\xa9\nx\n')

    def test_stream_recoder(self):
        s = StringIO.StringIO('\xe9t\xe9\n')
        latin = codecs.lookup('latin-1')
        utf8 = codecs.lookup('utf-8')
        rec = codecs.StreamRecoder(s, utf8.encode, utf8.decode,
                                   latin.streamreader, latin.streamwriter)
        self.assertEqual(rec.read(), '\xc3\xa9t\xc3\xa9\n')

    def test_encodedfile(self):
        s = StringIO.StringIO('\xe9t\xe9\nabc\n')
        ef = codecs.EncodedFile(s, 'utf-8', 'latin-1')
        self.assertEqual(ef.readline(), '\xc3\xa9t\xc3\xa9\n')
        self.assertEqual(ef.read(), 'abc\n')
        self.assertEqual(ef.data_encoding, 'utf-8')
        self.assertEqual(ef.file_encoding, 'latin-1')
        out = StringIO.StringIO()
        ef = codecs.EncodedFile(out, 'utf-8', 'latin-1')
        ef.write('\xc3\xa9')
        self.assertEqual(out.getvalue(), '\xe9')
        ef = codecs.EncodedFile(StringIO.StringIO(), 'utf-8', 'ascii')
        self.assertRaises(UnicodeError, ef.write, '\xc3\xa9')
        same = codecs.EncodedFile(StringIO.StringIO('abc'), 'ascii')
        self.assertEqual(same.file_encoding, 'ascii')
        self.assertEqual(same.read(), 'abc')

    def test_open(self):
        fn = test_support.TESTFN + '_codecs'
        try:
            f = codecs.open(fn, 'w', 'utf-8')
            self.assertEqual(f.encoding, 'utf-8')
            self.assert_('b' in f.mode)
            f.write(u'\xe9\u20ac\n')
            f.write(u'line two\n')
            f.close()
            self.assertEqual(open(fn, 'rb').read(),
                             '\xc3\xa9\xe2\x82\xac\nline two\n')
            f = codecs.open(fn, 'r', 'utf-8')
            self.assertEqual(f.readline(), u'\xe9\u20ac\n')
            self.assertEqual(f.readlines(), [u'line two\n'])
            f.close()
            f = codecs.open(fn, 'rb', encoding='utf-8')
            self.assertEqual(list(f), [u'\xe9\u20ac\n', u'line two\n'])
            f.close()
            # no encoding: a plain file
            f = codecs.open(fn)
            self.assert_(isinstance(f, file))
            self.assertEqual(f.mode, 'rb')
            f.close()
            f = codecs.open(fn, 'a', 'utf-16-le')
            f.write(u'z')
            f.close()
            self.assert_(open(fn, 'rb').read().endswith('z\x00'))
        finally:
            test_support.unlink(fn)

    def test_make_maps(self):
        self.assertEqual(codecs.make_identity_dict(range(3)),
                         {0: 0, 1: 1, 2: 2})
        self.assertEqual(codecs.make_encoding_map({1: 10, 2: 20, 3: 10}),
                         {10: None, 20: 2})


class StreamFixesTest(unittest.TestCase):
    def test_utf8_sig_reader_lines(self):
        import StringIO
        for size in range(20):
            for lineend in (u"\n", u"\r\n", u"\r", u"\u2028"):
                s = 4 * (size * u"a" + lineend + u"xxx\n")
                reader = codecs.getreader('utf-8-sig')(
                    StringIO.StringIO(s.encode('utf-8-sig')))
                for i in range(4):
                    self.assertEqual(reader.readline(keepends=True),
                                     size * u"a" + lineend)
                    self.assertEqual(reader.readline(keepends=True),
                                     u"xxx\n")

    def test_utf8_sig_reader_split_char(self):
        import StringIO
        data = u'\xe9\u20ac'.encode('utf-8-sig')
        reader = codecs.getreader('utf-8-sig')(StringIO.StringIO(data))
        out = u''
        while True:
            c = reader.read(1)
            if not c:
                break
            out += c
        self.assertEqual(out, u'\xe9\u20ac')

    def test_utf7_incremental(self):
        self.assertEqual(codecs.utf_7_decode('a+AGE'), (u'aa', 5))
        self.assertEqual(codecs.utf_7_decode('a+AGE', 'strict', False),
                         (u'a', 1))
        self.assertEqual(codecs.utf_7_decode('a+-b', 'strict', False),
                         (u'a+b', 4))
        d = codecs.getincrementaldecoder('utf-7')()
        u = u'\xe9a\u20acb+-'
        out = u''.join([d.decode(c) for c in u.encode('utf-7')])
        self.assertEqual(out + d.decode('', True), u)

    def test_open_universal_mode(self):
        # the codec sees the bytes untranslated even for mode 'U'
        from test import test_support
        s = u'Hello\r\nworld\r\n'
        f = open(test_support.TESTFN, 'wb')
        f.write(s.encode('utf-16'))
        f.close()
        try:
            r = codecs.open(test_support.TESTFN, 'U', encoding='utf-16')
            self.assertEqual(r.read(), s)
            r.close()
        finally:
            test_support.unlink(test_support.TESTFN)


# RFC 3492, section 7.1: sample strings and their punycode
PUNYCODE_SAMPLES = [
    # (A) Arabic (Egyptian)
    (u'\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648'
     u'\u0634\u0639\u0631\u0628\u064A\u061F', 'egbpdaj6bu4bxfgehfvwxn'),
    # (B) Chinese (simplified)
    (u'\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587',
     'ihqwcrb4cv8a8dqg056pqjye'),
    # (C) Chinese (traditional)
    (u'\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587',
     'ihqwctvzc91f659drss3x8bo0yb'),
    # (D) Czech
    (u'Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky',
     'Proprostnemluvesky-uyb24dma41a'),
    # (L) to (R): Japanese artists and song titles
    (u'3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'),
    (u'\u5B89\u5BA4\u5948\u7F8E\u6075-with-SUPER-MONKEYS',
     '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n'),
    (u'Hello-Another-Way-\u305D\u308C\u305E\u308C\u306E\u5834\u6240',
     'Hello-Another-Way--fc4qua05auwb3674vfr0b'),
    (u'\u3072\u3068\u3064\u5C4B\u6839\u306E\u4E0B2', '2-u9tlzr9756bt3uc0v'),
    (u'Maji\u3067Koi\u3059\u308B5\u79D2\u524D', 'MajiKoi5-783gue6qz075azm5e'),
    (u'\u30D1\u30D5\u30A3\u30FCde\u30EB\u30F3\u30D0', 'de-jg4avhby1noc0d'),
    (u'\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067', 'd9juau41awczczp'),
    # (S) only basic code points
    (u'-> $1.00 <-', '-> $1.00 <--'),
]


class PunycodeTest(unittest.TestCase):

    def test_samples(self):
        for uni, puny in PUNYCODE_SAMPLES:
            self.assertEqual(uni.encode('punycode'), puny)
            self.assertEqual(puny.decode('punycode'), uni)
            # decoding ignores the case of the encoded digits
            self.assertEqual(puny.upper().decode('punycode').lower(),
                             uni.lower())

    def test_simple(self):
        self.assertEqual(u''.encode('punycode'), '')
        self.assertEqual(u'abc'.encode('punycode'), 'abc-')
        self.assertEqual(u'\xfc'.encode('punycode'), 'tda')
        self.assertEqual(u'\U00010400'.encode('punycode').decode('punycode'),
                         u'\U00010400')

    def test_errors(self):
        self.assertRaises(UnicodeError, 'abc-?'.decode, 'punycode')
        self.assertRaises(UnicodeError, 'x-zz'.decode, 'punycode')
        self.assertEqual('abc-?'.decode('punycode', 'ignore'), u'abc')
        self.assertRaises(UnicodeError, 'abc'.decode, 'punycode',
                          'backslashreplace')

    def test_incremental(self):
        enc = codecs.getincrementalencoder('punycode')()
        self.assertEqual(enc.encode(u'b\xfccher', True), 'bcher-kva')
        dec = codecs.getincrementaldecoder('punycode')()
        self.assertEqual(dec.decode('bcher-kva', True), u'b\xfccher')


class StringprepTest(unittest.TestCase):

    def test_tables(self):
        import stringprep
        self.assert_(stringprep.in_table_a1(u'\u0221'))  # unassigned in 3.2
        self.failIf(stringprep.in_table_a1(u'a'))
        self.assert_(stringprep.in_table_b1(u'\xad'))    # soft hyphen
        self.assertEqual(stringprep.map_table_b2(u'\xdf'), u'ss')
        self.assertEqual(stringprep.map_table_b2(u'A'), u'a')
        self.assertEqual(stringprep.map_table_b3(u'\u0130'), u'i\u0307')
        self.assert_(stringprep.in_table_c11(u' '))
        self.assert_(stringprep.in_table_c12(u'\u3000'))
        self.assert_(stringprep.in_table_c21(u'\x7f'))
        self.assert_(stringprep.in_table_c22(u'\u2028'))
        self.assert_(stringprep.in_table_c3(u'\ue000'))
        self.assert_(stringprep.in_table_c4(u'\uffff'))
        self.assert_(stringprep.in_table_c6(u'\ufffd'))
        self.assert_(stringprep.in_table_c7(u'\u2ff0'))
        self.assert_(stringprep.in_table_c8(u'\u202e'))
        self.assert_(stringprep.in_table_c9(u'\U000e0001'))
        self.assert_(stringprep.in_table_d1(u'\u05d0'))
        self.assert_(stringprep.in_table_d2(u'a'))
        self.failIf(stringprep.in_table_d2(u'1'))


class IDNATest(unittest.TestCase):

    def test_encode(self):
        self.assertEqual(u'b\xfccher.example'.encode('idna'),
                         'xn--bcher-kva.example')
        self.assertEqual(u'www.Alliancefran\xe7aise.nu'.encode('idna'),
                         'www.xn--alliancefranaise-npb.nu')
        self.assertEqual(u'\u30c6\u30b9\u30c8'.encode('idna'), 'xn--zckzah')
        self.assertEqual(u'm\xfcnchen.de'.encode('idna'), 'xn--mnchen-3ya.de')
        self.assertEqual(u'\u0627\u0644\u0639\u0631\u0628\u064a\u0629'
                         .encode('idna'), 'xn--mgbcd4a2b0d2b')
        # nameprep maps case and sharp s
        self.assertEqual(u'B\xdcCHER.de.'.encode('idna'), 'xn--bcher-kva.de.')
        self.assertEqual(u'stra\xdfe.de'.encode('idna'), 'strasse.de')
        # all the dots of RFC 3490 separate labels
        self.assertEqual(u'b\xfccher\u3002example\uff0eorg\uff61'
                         .encode('idna'), 'xn--bcher-kva.example.org.')
        self.assertEqual(u'python.org'.encode('idna'), 'python.org')
        self.assertEqual(u''.encode('idna'), '')

    def test_decode(self):
        self.assertEqual('xn--bcher-kva.example'.decode('idna'),
                         u'b\xfccher.example')
        self.assertEqual('www.xn--alliancefranaise-npb.nu'.decode('idna'),
                         u'www.alliancefran\xe7aise.nu')
        self.assertEqual('python.org.'.decode('idna'), u'python.org.')
        self.assertEqual(u'xn--zckzah'.decode('idna'), u'\u30c6\u30b9\u30c8')

    def test_errors(self):
        self.assertRaises(UnicodeError, (u'a' * 64).encode, 'idna')
        self.assertRaises(UnicodeError, u'a..b'.encode, 'idna')
        self.assertRaises(UnicodeError, u'xn--\xfc'.encode, 'idna')
        self.assertRaises(UnicodeError, u'a\ue000b'.encode, 'idna')
        # right-to-left text must not be mixed with left-to-right
        self.assertRaises(UnicodeError, u'\u05d0a\u05d1'.encode, 'idna')
        self.assertRaises(UnicodeError, u'b\xfccher'.encode, 'idna', 'replace')
        # a label whose ACE form does not round-trip
        self.assertRaises(UnicodeError, 'xn--abc-'.decode, 'idna')

    def test_nameprep(self):
        from encodings import idna
        self.assertEqual(idna.nameprep(u'B\xdcCHER'), u'b\xfccher')
        self.assertEqual(idna.nameprep(u'a\xadb'), u'ab')
        self.assertEqual(idna.ToASCII(u'b\xfccher'), 'xn--bcher-kva')
        self.assertEqual(idna.ToUnicode('xn--bcher-kva'), u'b\xfccher')

    def test_incremental(self):
        enc = codecs.getincrementalencoder('idna')()
        out = enc.encode(u'b\xfcch') + enc.encode(u'er.exa')
        out += enc.encode(u'mple', True)
        self.assertEqual(out, 'xn--bcher-kva.example')
        dec = codecs.getincrementaldecoder('idna')()
        out = dec.decode('xn--bch') + dec.decode('er-kva.ex')
        out += dec.decode('ample.', True)
        self.assertEqual(out, u'b\xfccher.example.')


class BytesCodecsTest(unittest.TestCase):

    DATA = 'Hello = world\t\n' + ''.join(map(chr, range(256))) * 2

    def test_round_trips(self):
        for name in ('uu', 'uu_codec', 'quopri', 'quoted-printable',
                     'zlib', 'zip', 'base64', 'hex'):
            self.assertEqual(self.DATA.encode(name).decode(name), self.DATA,
                             name)

    def test_uu(self):
        self.assertEqual('hi'.encode('uu'),
                         'begin 666 <data>\n":&D \n \nend\n')
        self.assertEqual(
            'begin 644 f\n":&D \n \nend\n'.decode('uu'), 'hi')
        self.assertRaises(ValueError, 'no begin'.decode, 'uu')
        self.assertRaises(ValueError, 'begin 666 x\n":&D \n'.decode, 'uu')

    def test_quopri(self):
        self.assertEqual('a=b \xff\n'.encode('quopri'), 'a=3Db=20=FF\n')
        self.assertEqual('a=3Db=20=FF\n'.decode('quopri'), 'a=b \xff\n')

    def test_zlib(self):
        import zlib
        self.assertEqual('abc'.encode('zlib'), zlib.compress('abc'))
        enc = codecs.getincrementalencoder('zlib')()
        packed = enc.encode('abc' * 100) + enc.encode('', True)
        self.assertEqual(zlib.decompress(packed), 'abc' * 100)
        dec = codecs.getincrementaldecoder('zlib')()
        self.assertEqual(dec.decode(packed[:10]) + dec.decode(packed[10:]),
                         'abc' * 100)

    def test_undefined(self):
        self.assertRaises(UnicodeError, u'a'.encode, 'undefined')
        self.assertRaises(UnicodeError, 'a'.decode, 'undefined')


def test_main():
    test_support.run_unittest(BuiltinCodecsTest, RegistryTest,
                              CodecsModuleTest, StreamFixesTest,
                              PunycodeTest, StringprepTest, IDNATest,
                              BytesCodecsTest)

if __name__ == '__main__':
    test_main()
