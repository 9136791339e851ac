"""Tests for the email package (2.5 API and output formats)."""

import unittest
from cStringIO import StringIO
from test import test_support

import email
from email import utils, errors
from email.message import Message
from email.parser import Parser, HeaderParser
from email.feedparser import FeedParser
from email.generator import Generator
from email.header import Header, decode_header, make_header
from email.charset import Charset
from email import encoders, base64mime, quoprimime, iterators
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.nonmultipart import MIMENonMultipart


SIMPLE = """\
From: Barry Warsaw <barry@example.com>
To: someone@example.com
Subject: a test
 continued here
Content-Type: text/plain; charset="ISO-8859-1"; format=flowed

Hello there.
From the body.
"""

MULTI = """\
From: a@example.com
Content-Type: multipart/mixed; boundary="BOUNDARY"
MIME-Version: 1.0

This is the preamble.
--BOUNDARY
Content-Type: text/plain; charset="us-ascii"

part one
--BOUNDARY
Content-Type: application/octet-stream
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="data.bin"

AAECAwQ=
--BOUNDARY
Content-Type: message/rfc822

Subject: inner

inner body
--BOUNDARY--
the epilogue
"""


class ParserTests(unittest.TestCase):

    def test_headers(self):
        msg = email.message_from_string(SIMPLE)
        self.assertEqual(msg['from'], 'Barry Warsaw <barry@example.com>')
        self.assertEqual(msg['SUBJECT'], 'a test\n continued here')
        self.assertEqual(msg.keys(), ['From', 'To', 'Subject',
                                      'Content-Type'])
        self.assertEqual(len(msg), 4)
        self.failUnless('to' in msg)
        self.failUnless(msg.has_key('To'))
        self.assertEqual(msg.get('x-missing', 'dflt'), 'dflt')
        self.assertEqual(msg['x-missing'], None)
        self.assertEqual(msg.get_payload(), 'Hello there.\nFrom the body.\n')
        self.failIf(msg.is_multipart())

    def test_content_type(self):
        msg = email.message_from_string(SIMPLE)
        self.assertEqual(msg.get_content_type(), 'text/plain')
        self.assertEqual(msg.get_content_maintype(), 'text')
        self.assertEqual(msg.get_content_subtype(), 'plain')
        self.assertEqual(msg.get_param('charset'), 'ISO-8859-1')
        self.assertEqual(msg.get_param('format'), 'flowed')
        self.assertEqual(msg.get_param('charset', unquote=False),
                         '"ISO-8859-1"')
        self.assertEqual(msg.get_content_charset(), 'iso-8859-1')
        self.assertEqual(msg.get_params(),
                         [('text/plain', ''), ('charset', 'ISO-8859-1'),
                          ('format', 'flowed')])
        self.assertEqual(msg.get_param('nope', 'x'), 'x')
        m = Message()
        self.assertEqual(m.get_content_type(), 'text/plain')
        m.set_default_type('message/rfc822')
        self.assertEqual(m.get_content_type(), 'message/rfc822')
        m['Content-Type'] = 'bogus'
        self.assertEqual(m.get_content_type(), 'text/plain')

    def test_unixfrom(self):
        msg = email.message_from_string('From nobody Mon Jan  1 00:00:00 2001\n'
                                        'Subject: x\n\nbody\n')
        self.assertEqual(msg.get_unixfrom(),
                         'From nobody Mon Jan  1 00:00:00 2001')
        self.assertEqual(msg['subject'], 'x')

    def test_multipart(self):
        msg = email.message_from_string(MULTI)
        self.failUnless(msg.is_multipart())
        self.assertEqual(msg.get_boundary(), 'BOUNDARY')
        self.assertEqual(msg.preamble, 'This is the preamble.')
        self.assertEqual(msg.epilogue, 'the epilogue\n')
        parts = msg.get_payload()
        self.assertEqual(len(parts), 3)
        self.assertEqual(parts[0].get_payload(), 'part one')
        self.assertEqual(parts[1].get_payload(decode=True), '\x00\x01\x02\x03\x04')
        self.assertEqual(parts[1].get_filename(), 'data.bin')
        self.assertEqual(msg.get_payload(1), parts[1])
        inner = parts[2].get_payload(0)
        self.assertEqual(inner['subject'], 'inner')
        self.assertEqual(inner.get_payload(), 'inner body')
        self.assertEqual([p.get_content_type() for p in msg.walk()],
                         ['multipart/mixed', 'text/plain',
                          'application/octet-stream', 'message/rfc822',
                          'text/plain'])
        self.assertEqual(msg.get_charsets(),
                         [None, 'us-ascii', None, None, None])
        self.assertEqual(msg.get_payload(decode=True), None)
        self.assertEqual(msg.as_string(), MULTI)

    def test_roundtrip_simple(self):
        msg = email.message_from_string(SIMPLE)
        out = msg.as_string()
        self.assertEqual(out.split('\n')[2], 'Subject: a test')
        self.assertEqual(out.split('\n')[3], '\tcontinued here')
        # Generator mangles From lines of the body by default
        self.failUnless('\n>From the body.\n' in out)
        s = StringIO()
        Generator(s, mangle_from_=False).flatten(msg)
        self.failUnless('\nFrom the body.\n' in s.getvalue())

    def test_no_boundary_defect(self):
        msg = email.message_from_string(
            'Content-Type: multipart/mixed\n\nno parts here\n')
        self.failIf(msg.is_multipart())
        self.failUnless(isinstance(msg.defects[0],
                                   errors.NoBoundaryInMultipartDefect))

    def test_header_parser(self):
        msg = HeaderParser().parsestr(MULTI)
        self.failIf(msg.is_multipart())
        self.failUnless(msg.get_payload().startswith('This is the preamble.'))

    def test_feedparser(self):
        fp = FeedParser()
        for i in range(0, len(MULTI), 7):
            fp.feed(MULTI[i:i + 7])
        msg = fp.close()
        self.assertEqual(len(msg.get_payload()), 3)

    def test_parser_file(self):
        msg = Parser().parse(StringIO(SIMPLE))
        self.assertEqual(msg['to'], 'someone@example.com')
        msg = email.message_from_file(StringIO(SIMPLE))
        self.assertEqual(msg['to'], 'someone@example.com')

    def test_quoted_printable_payload(self):
        msg = email.message_from_string(
            'Content-Transfer-Encoding: quoted-printable\n\ncaf=E9 =3D=\nx\n')
        self.assertEqual(msg.get_payload(decode=True), 'caf\xe9 =x\n')
        self.assertEqual(msg.get_payload(), 'caf=E9 =3D=\nx\n')


class MessageTests(unittest.TestCase):

    def test_set_and_delete(self):
        m = Message()
        m['To'] = 'a'
        m['to'] = 'b'
        self.assertEqual(m.get_all('TO'), ['a', 'b'])
        self.assertEqual(m['to'], 'a')
        del m['To']
        self.assertEqual(m.get_all('to'), None)
        self.assertEqual(m.get_all('to', []), [])
        del m['nothing']

    def test_replace_header(self):
        m = Message()
        m['A'] = '1'
        m['B'] = '2'
        m.replace_header('a', '3')
        self.assertEqual(m.items(), [('A', '3'), ('B', '2')])
        self.assertRaises(KeyError, m.replace_header, 'C', 'x')

    def test_add_header(self):
        m = Message()
        m.add_header('Content-Disposition', 'attachment', filename='bud.gif')
        self.assertEqual(m['content-disposition'],
                         'attachment; filename="bud.gif"')
        self.assertEqual(m.get_filename(), 'bud.gif')
        m.add_header('X-Flag', 'yes', bare=None)
        self.assertEqual(m['x-flag'], 'yes; bare')

    def test_set_param(self):
        m = Message()
        m.set_param('charset', 'utf-8')
        self.assertEqual(m['content-type'], 'text/plain; charset="utf-8"')
        m.set_param('charset', 'us-ascii')
        self.assertEqual(m['content-type'], 'text/plain; charset="us-ascii"')
        m.del_param('charset')
        self.assertEqual(m['content-type'], 'text/plain')
        m.set_type('text/html')
        self.assertEqual(m.get_content_type(), 'text/html')
        self.assertRaises(ValueError, m.set_type, 'nonsense')

    def test_rfc2231(self):
        m = email.message_from_string(
            "Content-Type: application/x-stuff;\n"
            " title*0*=us-ascii'en'This%20is%20even%20more%20;\n"
            " title*1*=%2A%2A%2Afun%2A%2A%2A%20;\n"
            " title*2=\"isn't it!\"\n\n")
        self.assertEqual(m.get_param('title'),
                         ('us-ascii', 'en',
                          'This is even more ***fun*** isn\'t it!'))
        m.set_param('title', 'bar', charset='us-ascii', language='en')
        self.assertEqual(m.get_param('title'), ('us-ascii', 'en', 'bar'))

    def test_boundary(self):
        m = Message()
        self.assertRaises(errors.HeaderParseError, m.set_boundary, 'x')
        m['Content-Type'] = 'multipart/mixed; boundary="abc"'
        m['X'] = 'y'
        m.set_boundary('def')
        self.assertEqual(m.items()[0],
                         ('Content-Type', 'multipart/mixed; boundary="def"'))
        self.assertEqual(m.get_boundary(), 'def')

    def test_payload(self):
        m = Message()
        self.assertEqual(m.get_payload(), None)
        m.set_payload('abc')
        self.assertRaises(TypeError, m.get_payload, 0)
        m2 = Message()
        m2.attach(Message())
        self.failUnless(m2.is_multipart())

    def test_base64_payload(self):
        m = Message()
        m['Content-Transfer-Encoding'] = 'BASE64'
        m.set_payload('aGVsbG8=')
        self.assertEqual(m.get_payload(decode=True), 'hello')

    def test_str_has_unixfrom(self):
        m = Message()
        m.set_unixfrom('From me')
        m['X'] = '1'
        m.set_payload('body')
        self.assertEqual(str(m), 'From me\nX: 1\n\nbody')
        self.assertEqual(m.as_string(), 'X: 1\n\nbody')


class MIMETests(unittest.TestCase):

    def test_mimetext(self):
        m = MIMEText('hello\n')
        self.assertEqual(m.as_string(),
                         'Content-Type: text/plain; charset="us-ascii"\n'
                         'MIME-Version: 1.0\n'
                         'Content-Transfer-Encoding: 7bit\n\nhello\n')
        self.assertEqual(m.get_charset(), 'us-ascii')
        self.assertRaises(errors.MultipartConversionError, m.attach, m)

    def test_mimetext_charsets(self):
        m = MIMEText('caf\xc3\xa9', 'html', 'utf-8')
        self.assertEqual(m['content-transfer-encoding'], 'base64')
        self.assertEqual(m.get_content_type(), 'text/html')
        self.assertEqual(m.get_payload(), 'Y2Fmw6k=\n')
        self.assertEqual(m.get_payload(decode=True), 'caf\xc3\xa9')
        m = MIMEText('caf\xe9\n', _charset='iso-8859-1')
        self.assertEqual(m['content-transfer-encoding'], 'quoted-printable')
        self.assertEqual(m.get_payload(), 'caf=E9\n')

    def test_multipart(self):
        outer = MIMEMultipart(boundary='BND')
        outer['Subject'] = 'hi'
        outer.preamble = 'preamble'
        outer.epilogue = ''
        outer.attach(MIMEText('one'))
        outer.attach(MIMEApplication('\x00\xff'))
        text = outer.as_string()
        self.assertEqual(text,
            'Content-Type: multipart/mixed; boundary="BND"\n'
            'MIME-Version: 1.0\n'
            'Subject: hi\n\n'
            'preamble\n'
            '--BND\n'
            'Content-Type: text/plain; charset="us-ascii"\n'
            'MIME-Version: 1.0\n'
            'Content-Transfer-Encoding: 7bit\n\none\n'
            '--BND\n'
            'Content-Type: application/octet-stream\n'
            'MIME-Version: 1.0\n'
            'Content-Transfer-Encoding: base64\n\nAP8=\n'
            '--BND--\n')
        back = email.message_from_string(text)
        self.assertEqual(back.get_payload(1).get_payload(decode=True),
                         '\x00\xff')

    def test_generated_boundary(self):
        outer = MIMEMultipart()
        outer.attach(MIMEText('x'))
        text = outer.as_string()
        b = outer.get_boundary()
        self.failUnless(b.startswith('=' * 15) and b.endswith('=='))
        self.failUnless('\n--' + b + '--' in text)

    def test_mimemessage(self):
        inner = MIMEText('in')
        m = MIMEMessage(inner)
        self.assertEqual(m.get_content_type(), 'message/rfc822')
        self.failUnless(m.get_payload(0) is inner)
        self.assertRaises(TypeError, MIMEMessage, 'not a message')
        back = email.message_from_string(m.as_string())
        self.assertEqual(back.get_payload(0).get_payload(), 'in')

    def test_image_audio(self):
        gif = 'GIF89a' + '\x00' * 20
        m = MIMEImage(gif)
        self.assertEqual(m.get_content_type(), 'image/gif')
        self.assertEqual(m.get_payload(decode=True), gif)
        self.assertRaises(TypeError, MIMEImage, 'no image here')
        au = '.snd' + '\x00' * 40
        self.assertEqual(MIMEAudio(au).get_content_type(), 'audio/basic')
        self.assertRaises(TypeError, MIMEAudio, 'nothing')

    def test_mimebase(self):
        m = MIMEBase('application', 'x-foo', name='a b')
        self.assertEqual(m['content-type'], 'application/x-foo; name="a b"')
        m.set_payload("xyz")
        encoders.encode_base64(m)
        self.assertEqual(m['content-transfer-encoding'], 'base64')
        self.assertEqual(m.get_payload(), 'eHl6')


class OldNamesTests(unittest.TestCase):

    def test_aliases(self):
        from email.MIMEText import MIMEText as OldText
        from email.Utils import formataddr as old_formataddr
        import email.Header
        import email.Message
        self.failUnless(OldText is MIMEText)
        self.failUnless(old_formataddr is utils.formataddr)
        self.failUnless(email.Header.Header is Header)
        self.failUnless(email.Message.Message is Message)
        self.failUnless(email.MIMEMultipart.MIMEMultipart is MIMEMultipart)
        self.failUnless(email.Parser.Parser is Parser)


class UtilsTests(unittest.TestCase):

    def test_parseaddr(self):
        self.assertEqual(utils.parseaddr('Barry Warsaw <barry@python.org>'),
                         ('Barry Warsaw', 'barry@python.org'))
        self.assertEqual(utils.parseaddr('barry@python.org (Barry)'),
                         ('Barry', 'barry@python.org'))
        self.assertEqual(utils.parseaddr('"A, B" <ab@x.org>'),
                         ('A, B', 'ab@x.org'))
        self.assertEqual(utils.parseaddr(''), ('', ''))

    def test_getaddresses(self):
        self.assertEqual(
            utils.getaddresses(['a@x.org, B <b@y.org>', 'c@z.org']),
            [('', 'a@x.org'), ('B', 'b@y.org'), ('', 'c@z.org')])

    def test_formataddr(self):
        self.assertEqual(utils.formataddr(('A Person', 'p@x.org')),
                         'A Person <p@x.org>')
        self.assertEqual(utils.formataddr(('A. Person', 'p@x.org')),
                         '"A. Person" <p@x.org>')
        self.assertEqual(utils.formataddr(('Say "hi"', 'p@x.org')),
                         '"Say \\"hi\\"" <p@x.org>')
        self.assertEqual(utils.formataddr(('', 'p@x.org')), 'p@x.org')

    def test_dates(self):
        self.assertEqual(utils.formatdate(0),
                         'Thu, 01 Jan 1970 00:00:00 -0000')
        self.assertEqual(utils.formatdate(86400 * 365, usegmt=True),
                         'Fri, 01 Jan 1971 00:00:00 GMT')
        self.assertEqual(utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'),
                         (1995, 11, 20, 19, 12, 8, 0, 1, -1, -18000))
        self.assertEqual(utils.parsedate('Mon, 20 Nov 1995 19:12:08 -0500'),
                         (1995, 11, 20, 19, 12, 8, 0, 1, -1))
        self.assertEqual(utils.parsedate_tz('20 Nov 95 19:12 GMT'),
                         (1995, 11, 20, 19, 12, 0, 0, 1, -1, 0))
        self.assertEqual(utils.parsedate('not a date'), None)
        t = utils.parsedate_tz(utils.formatdate(1000000000))
        self.assertEqual(utils.mktime_tz(t), 1000000000)
        t = utils.parsedate_tz('Sun, 09 Sep 2001 03:46:40 +0200')
        self.assertEqual(utils.mktime_tz(t), 1000000000)

    def test_quote(self):
        self.assertEqual(utils.quote('a"b\\c'), 'a\\"b\\\\c')
        self.assertEqual(utils.unquote('"a\\"b"'), 'a"b')
        self.assertEqual(utils.unquote('<x@y>'), 'x@y')
        self.assertEqual(utils.unquote('plain'), 'plain')

    def test_rfc2231(self):
        self.assertEqual(utils.encode_rfc2231('a b', 'us-ascii', 'en'),
                         "us-ascii'en'a%20b")
        self.assertEqual(utils.encode_rfc2231('a b'), 'a%20b')
        self.assertEqual(list(utils.decode_rfc2231("us-ascii'en'a b")),
                         ['us-ascii', 'en', 'a b'])
        self.assertEqual(utils.decode_rfc2231('abc'), (None, None, 'abc'))
        self.assertEqual(utils.collapse_rfc2231_value(
            ('utf-8', '', 'caf\xc3\xa9')), u'caf\xe9')
        self.assertEqual(utils.collapse_rfc2231_value('"x"'), 'x')

    def test_make_msgid(self):
        mid = utils.make_msgid('tag')
        self.failUnless(mid.startswith('<') and mid.endswith('>'))
        self.failUnless('.tag@' in mid)


class HeaderTests(unittest.TestCase):

    def test_ascii(self):
        h = Header('Hello World!')
        self.assertEqual(h.encode(), 'Hello World!')
        self.assertEqual(str(h), 'Hello World!')
        self.assertEqual(unicode(h), u'Hello World!')

    def test_encoded(self):
        h = Header('caf\xe9', 'iso-8859-1')
        self.assertEqual(h.encode(), '=?iso-8859-1?q?caf=E9?=')
        h = Header('caf\xc3\xa9', 'utf-8')
        self.assertEqual(h.encode(), '=?utf-8?b?Y2Fmw6k=?=')
        h = Header("Hello")
        h.append('caf\xe9', 'iso-8859-1')
        self.assertEqual(h.encode(), 'Hello =?iso-8859-1?q?caf=E9?=')
        self.assertEqual(unicode(h), u'Hello caf\xe9')

    def test_fold(self):
        value = ', '.join(['person%d@example.com' % i for i in range(8)])
        h = Header(value, header_name='To', continuation_ws='\t')
        lines = h.encode().split('\n')
        self.failUnless(len(lines) > 1)
        self.failUnless(lines[0].endswith(','))
        for line in lines[1:]:
            self.failUnless(line.startswith('\t'))
        for line in lines:
            self.failUnless(len(line.expandtabs()) <= 76)
        self.assertEqual(' '.join([l.strip() for l in lines]), value)

    def test_decode_header(self):
        self.assertEqual(decode_header('plain'), [('plain', None)])
        self.assertEqual(
            decode_header('=?iso-8859-1?q?p=F6stal?= and =?utf-8?b?Y2Fmw6k=?='),
            [('p\xf6stal', 'iso-8859-1'), ('and', None),
             ('caf\xc3\xa9', 'utf-8')])
        h = make_header(decode_header('=?iso-8859-1?q?p=F6stal_x?='))
        self.assertEqual(h.encode(), '=?iso-8859-1?q?p=F6stal_x?=')

    def test_header_in_message(self):
        m = Message()
        m['Subject'] = Header('caf\xe9', 'iso-8859-1')
        m.set_payload('x')
        self.assertEqual(m.as_string(),
                         'Subject: =?iso-8859-1?q?caf=E9?=\n\nx')


class CharsetCodecTests(unittest.TestCase):

    def test_charset(self):
        c = Charset('latin_1')
        self.assertEqual(str(c), 'iso-8859-1')
        self.assertEqual(c.get_body_encoding(), 'quoted-printable')
        self.assertEqual(Charset('utf-8').get_body_encoding(), 'base64')
        self.failUnless(Charset('us-ascii').get_body_encoding()
                        is encoders.encode_7or8bit)
        self.assertEqual(Charset('ascii'), 'us-ascii')
        self.assertRaises(errors.CharsetError, Charset, 'caf\xe9')

    def test_add_charset(self):
        from email import charset
        charset.add_charset('x-test', charset.QP, charset.BASE64, 'utf-8')
        c = Charset('x-test')
        self.assertEqual(c.get_output_charset(), 'utf-8')
        self.assertEqual(c.get_body_encoding(), 'base64')
        self.assertRaises(ValueError, charset.add_charset, 'x', None,
                          charset.SHORTEST)

    def test_base64mime(self):
        self.assertEqual(base64mime.encode('hello'), 'aGVsbG8=\n')
        self.assertEqual(base64mime.decode('aGVsbG8='), 'hello')
        self.assertEqual(base64mime.header_encode('hello', 'us-ascii'),
                         '=?us-ascii?b?aGVsbG8=?=')
        self.assertEqual(base64mime.base64_len('hello'), 8)
        long = base64mime.encode('x' * 100)
        self.assertEqual([len(l) for l in long.splitlines()], [76, 60])

    def test_quoprimime(self):
        self.assertEqual(quoprimime.header_encode('a b=c\xe9'),
                         '=?iso-8859-1?q?a_b=3Dc=E9?=')
        self.assertEqual(quoprimime.header_decode('a_b=3D'), 'a b=')
        self.assertEqual(quoprimime.body_encode('a=b \n'), 'a=3Db=20\n')
        self.assertEqual(quoprimime.decode('a=3Db=\nc'), 'a=bc')
        enc = quoprimime.body_encode('y' * 100)
        for line in enc.splitlines():
            self.failUnless(len(line) <= 76)
        self.assertEqual(quoprimime.decode(enc), 'y' * 100)

    def test_encoders(self):
        m = Message()
        m.set_payload('a b\n')
        encoders.encode_quopri(m)
        self.assertEqual(m.get_payload(), 'a=20b\n')
        self.assertEqual(m['content-transfer-encoding'], 'quoted-printable')
        m = Message()
        m.set_payload('\xff')
        encoders.encode_7or8bit(m)
        self.assertEqual(m['content-transfer-encoding'], '8bit')

    def test_iterators(self):
        msg = email.message_from_string(MULTI)
        self.assertEqual(len(list(iterators.typed_subpart_iterator(msg))), 2)
        lines = list(iterators.body_line_iterator(msg))
        self.failUnless('part one' in lines)
        out = StringIO()
        iterators._structure(msg, out)
        self.assertEqual(out.getvalue(),
                         'multipart/mixed\n    text/plain\n'
                         '    application/octet-stream\n'
                         '    message/rfc822\n        text/plain\n')


def test_main():
    test_support.run_unittest(ParserTests, MessageTests, MIMETests,
                              OldNamesTests, UtilsTests, HeaderTests,
                              CharsetCodecTests)

if __name__ == '__main__':
    test_main()
