import unittest
import time
import StringIO
from test import test_support

import rfc822

MESSAGE = """\
From nobody Mon Jan  1 00:00:00 2001
From: Guido van Rossum <guido@python.org>
To: "Rossum, Guido" <guido@example.com>,
   Barry <barry@example.com>
Cc: someone@example.org (Some One)
Subject: Test message
Date: Mon, 20 Nov 1995 19:12:08 -0500
X-Multi: first
x-multi: second
  continued

This is the body.
Second line.
"""


class MessageTest(unittest.TestCase):

    def message(self, text=MESSAGE):
        return rfc822.Message(StringIO.StringIO(text))

    def test_headers(self):
        m = self.message()
        self.assertEqual(m.unixfrom, "From nobody Mon Jan  1 00:00:00 2001\n")
        self.assertEqual(m['subject'], 'Test message')
        self.assertEqual(m['SUBJECT'], 'Test message')
        self.assertEqual(m.getheader('Subject'), 'Test message')
        self.assertEqual(m.get('nope', 'dflt'), 'dflt')
        self.assertEqual(m.getheader('nope'), None)
        self.assertRaises(KeyError, m.__getitem__, 'nope')
        self.assert_(m.has_key('From') and 'from' in m)
        self.assertEqual(len(m), 6)
        keys = m.keys()
        keys.sort()
        self.assertEqual(keys, ['cc', 'date', 'from', 'subject', 'to',
                                'x-multi'])
        # the last of repeated headers wins in the dict
        self.assertEqual(m['x-multi'], 'second\n continued')
        self.assertEqual(m.getheaders('X-Multi'),
                         ['first', 'second\n continued'])
        self.assertEqual(m.getrawheader('x-multi'), ' first\n')
        self.assertEqual(m.getallmatchingheaders('x-multi'),
                         ['X-Multi: first\n', 'x-multi: second\n',
                          '  continued\n'])
        self.assertEqual(m.getfirstmatchingheader('x-multi'),
                         ['X-Multi: first\n'])
        self.assertEqual(m.status, '')

    def test_body(self):
        m = self.message()
        self.assertEqual(m.fp.read(), "This is the body.\nSecond line.\n")
        m.rewindbody()
        self.assertEqual(m.fp.readline(), "This is the body.\n")

    def test_addresses(self):
        m = self.message()
        self.assertEqual(m.getaddr('From'),
                         ('Guido van Rossum', 'guido@python.org'))
        self.assertEqual(m.getaddrlist('to'),
                         [('Rossum, Guido', 'guido@example.com'),
                          ('Barry', 'barry@example.com')])
        self.assertEqual(m.getaddr('cc'), ('Some One', 'someone@example.org'))
        self.assertEqual(m.getaddr('bcc'), (None, None))

    def test_dates(self):
        m = self.message()
        self.assertEqual(m.getdate('date'), (1995, 11, 20, 19, 12, 8, 0, 1, 0))
        self.assertEqual(m.getdate_tz('date'),
                         (1995, 11, 20, 19, 12, 8, 0, 1, 0, -18000))
        self.assertEqual(m.getdate('nope'), None)

    def test_modify(self):
        m = self.message()
        m['Subject'] = 'Changed'
        self.assertEqual(m['subject'], 'Changed')
        self.assertEqual(m.getheaders('subject'), ['Changed'])
        del m['x-multi']
        self.failIf('x-multi' in m)
        self.assertEqual(m.getallmatchingheaders('x-multi'), [])
        del m['not-there']
        self.assertEqual(m.setdefault('X-New', 'v'), 'v')
        self.assertEqual(m.setdefault('x-new', 'w'), 'v')
        text = str(m)
        self.assert_('Subject: Changed\n' in text)
        self.assert_('X-New: v\n' in text)
        self.failIf('continued' in text)

    def test_non_header_line(self):
        m = self.message("A: 1\nnot a header\nrest\n")
        self.assertEqual(m['a'], '1')
        self.assertEqual(m.status, 'Non-header line where header expected')
        self.assertEqual(m.fp.read(), "not a header\nrest\n")
        m = self.message("A: 1\n")
        self.assertEqual(m.status, 'EOF in headers')

    def test_unseekable(self):
        class Reader:
            def __init__(self, text):
                self.lines = text.splitlines(True)
            def readline(self):
                if self.lines:
                    return self.lines.pop(0)
                return ''
        m = rfc822.Message(Reader("A: 1\n\nbody\n"))
        self.assertEqual(m['a'], '1')
        self.assertRaises(IOError, m.rewindbody)


class AddressTest(unittest.TestCase):

    def check(self, text, expected):
        self.assertEqual(rfc822.AddressList(text).addresslist, expected)

    def test_forms(self):
        self.check('Guido van Rossum <guido@python.org>',
                   [('Guido van Rossum', 'guido@python.org')])
        self.check('guido@python.org (Guido)', [('Guido', 'guido@python.org')])
        self.check('"Rossum, Guido" <guido@python.org>',
                   [('Rossum, Guido', 'guido@python.org')])
        self.check('a@b.com, c@d.org', [('', 'a@b.com'), ('', 'c@d.org')])
        self.check('Team: a@b, Cee <c@d>;, e@f',
                   [('', 'a@b'), ('Cee', 'c@d'), ('', 'e@f')])
        self.check('bare', [('', 'bare')])
        self.check('<@relay.org:user@host>', [('', 'user@host')])
        self.check('user@[10.0.0.1]', [('', 'user@[10.0.0.1]')])
        self.check('J. R. Smith <jrs@x.org>', [('J. R. Smith', 'jrs@x.org')])
        self.check('first.last @ example . com', [('', 'first.last@example.com')])
        self.check('', [])

    def test_parseaddr(self):
        self.assertEqual(rfc822.parseaddr('A B <a@b>'), ('A B', 'a@b'))
        self.assertEqual(rfc822.parseaddr(''), (None, None))

    def test_list_ops(self):
        a = rfc822.AddressList('x@y, z@w')
        b = rfc822.AddressList('z@w, q@r')
        self.assertEqual(len(a), 2)
        self.assertEqual(a[1], ('', 'z@w'))
        self.assertEqual((a + b).addresslist,
                         [('', 'x@y'), ('', 'z@w'), ('', 'q@r')])
        self.assertEqual((a - b).addresslist, [('', 'x@y')])
        self.assertEqual(str(rfc822.AddressList('N <n@m>, o@p')),
                         '"N" <n@m>, o@p')

    def test_quote(self):
        self.assertEqual(rfc822.quote('a"b\\c'), 'a\\"b\\\\c')
        self.assertEqual(rfc822.unquote('"a\\"b"'), 'a"b')
        self.assertEqual(rfc822.unquote('<x@y>'), 'x@y')
        self.assertEqual(rfc822.unquote('plain'), 'plain')
        self.assertEqual(rfc822.dump_address_pair(('', 'a@b')), 'a@b')
        self.assertEqual(rfc822.dump_address_pair(('N', 'a@b')), '"N" <a@b>')


class DateTest(unittest.TestCase):

    def test_parsedate(self):
        self.assertEqual(rfc822.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'),
                         (1995, 11, 20, 19, 12, 8, 0, 1, 0, -18000))
        self.assertEqual(rfc822.parsedate('Tue, 15 Nov 1994 08:12:31 GMT'),
                         (1994, 11, 15, 8, 12, 31, 0, 1, 0))
        self.assertEqual(rfc822.parsedate_tz('15 Nov 1994 08:12 EST'),
                         (1994, 11, 15, 8, 12, 0, 0, 1, 0, -18000))
        self.assertEqual(rfc822.parsedate_tz('20-Nov-95 19:12:08 PDT'),
                         (1995, 11, 20, 19, 12, 8, 0, 1, 0, -25200))
        self.assertEqual(rfc822.parsedate_tz('Nov 20 1995 19:12:08'),
                         (1995, 11, 20, 19, 12, 8, 0, 1, 0, None))
        self.assertEqual(rfc822.parsedate_tz('1 January 2000 00:00 +0130'),
                         (2000, 1, 1, 0, 0, 0, 0, 1, 0, 5400))
        self.assertEqual(rfc822.parsedate('not a date'), None)
        self.assertEqual(rfc822.parsedate(''), None)
        self.assertEqual(rfc822.parsedate('1 Foo 2000 00:00'), None)

    def test_mktime_tz(self):
        self.assertEqual(rfc822.mktime_tz(rfc822.parsedate_tz(
            'Thu, 01 Jan 1970 00:00:00 GMT')), 0)
        self.assertEqual(rfc822.mktime_tz(rfc822.parsedate_tz(
            'Thu, 01 Jan 1970 01:00:00 +0100')), 0)
        self.assertEqual(rfc822.mktime_tz(rfc822.parsedate_tz(
            'Sat, 01 Jan 2000 00:00:00 -0500')), 946702800)

    def test_formatdate(self):
        self.assertEqual(rfc822.formatdate(0), 'Thu, 01 Jan 1970 00:00:00 GMT')
        self.assertEqual(rfc822.formatdate(784887151),
                         'Tue, 15 Nov 1994 08:12:31 GMT')
        now = rfc822.formatdate()
        self.assertEqual(rfc822.mktime_tz(rfc822.parsedate_tz(now)) // 60,
                         int(time.time()) // 60)


def test_main():
    test_support.run_unittest(MessageTest, AddressTest, DateTest)

if __name__ == "__main__":
    test_main()
