"""Tests for the unicode type."""

import sys
import unittest
from test import test_support


class UnicodeTest(unittest.TestCase):

    def test_case(self):
        u = u'H\xe9llo W\xf6rld'
        self.assertEqual(u.upper(), u'H\xc9LLO W\xd6RLD')
        self.assertEqual(u.lower(), u'h\xe9llo w\xf6rld')
        self.assertEqual(u.swapcase(), u'h\xc9LLO w\xd6RLD')
        self.assertEqual(u.capitalize(), u'H\xe9llo w\xf6rld')
        self.assertEqual(u'\u0130'.lower(), u'i')
        self.assertEqual(u'\xdf'.upper(), u'\xdf')
        self.assert_(u'\u01c5'.istitle())
        self.failIf(u'\u01c5'.isupper())
        self.failIf(u'\xe9'.isupper())
        self.assert_(u'\xc9'.isupper())

    def test_classes(self):
        self.assert_(u'\xe9'.isalpha())
        self.assert_(u'\u0663'.isdigit())
        self.assert_(u'\u0663'.isnumeric())
        self.assert_(u'\xbd'.isnumeric())
        self.failIf(u'\xbd'.isdigit())
        self.failIf(u'\xb2'.isdecimal())
        self.assert_(u'\xb2'.isdigit())
        self.assert_(u'\u3000 \xa0'.isspace())
        self.failIf(u''.isspace())

    def test_split_strip(self):
        self.assertEqual(u'a b\u3000c'.split(), [u'a', u'b', u'c'])
        self.assertEqual(u'a\x1cb\x1dc\x1ed\x1fe\x85f'.split(),
                         [u'a', u'b', u'c', u'd', u'e', u'f'])
        self.assertEqual(u'\u3000x\u3000'.strip(), u'x')
        self.assertEqual(u'\xa0x'.strip(), u'x')
        self.assertEqual(u'xxuxx'.strip(u'x'), u'u')
        self.assertEqual(u'a.b.c'.rsplit(u'.', 1), [u'a.b', u'c'])
        self.assertEqual(u'a b'.partition(u' '), (u'a', u' ', u'b'))
        self.assertEqual(u'a\u2028b\x85c\nd'.splitlines(),
                         [u'a', u'b', u'c', u'd'])
        self.assertEqual(u'a\r\nb'.splitlines(True), [u'a\r\n', u'b'])

    def test_pad(self):
        self.assertEqual(u'ab'.center(6, u'\xe9'), u'\xe9\xe9ab\xe9\xe9')
        self.assertEqual(u'-1'.zfill(4), u'-001')
        self.assertEqual(u'x\ty'.expandtabs(3), u'x  y')

    def test_translate(self):
        self.assertEqual(u'abc'.translate({97: u'A', 98: None, 99: 0x43}),
                         u'AC')
        self.assertEqual(u'abc'.translate({}), u'abc')

    def test_mixing(self):
        self.assertEqual(u'a' + 'b', u'ab')
        self.assertEqual('a' + u'b', u'ab')
        self.assertEqual(u', '.join(['a', u'b']), u'a, b')
        self.assert_(u'abc' == 'abc')
        self.assert_('abc' in u'xabcx')
        self.assert_(u'b' in 'abc')
        self.assertEqual(hash(u'abc'), hash('abc'))
        self.assert_(u'a' in {'a': 1})
        self.assertRaises(TypeError, lambda: u'a' + 1)

    def test_repr(self):
        self.assertEqual(repr(u'\ud800'), "u'\\ud800'")
        self.assertEqual(repr(u'\x7f\x80\xff\u0100'),
                         "u'\\x7f\\x80\\xff\\u0100'")
        self.assertEqual(repr(u'\U0001F600'), "u'\\U0001f600'")
        self.assertEqual(repr(u"'"), 'u"\'"')

    def test_wide(self):
        self.assertEqual(len(u'\U00010000'), 1)
        self.assertEqual(sys.maxunicode, 0x10FFFF)
        self.assertEqual(unichr(0x10000), u'\U00010000')
        self.assertRaises(ValueError, unichr, 0x110000)

    def test_constructor(self):
        self.assertEqual(unicode(), u'')
        self.assertEqual(unicode('abc'), u'abc')
        self.assertEqual(unicode(5), u'5')
        self.assertEqual(unicode('caf\xc3\xa9', 'utf-8'), u'caf\xe9')
        self.assertEqual(unicode('caf\xe9', 'ascii', 'replace'), u'caf\ufffd')
        self.assertRaises(UnicodeDecodeError, unicode, 'caf\xe9')
        self.assertRaises(TypeError, unicode, u'x', 'utf-8')
        self.assertEqual(unicode(buffer('buf')), u'buf')
        try:
            unicode('caf\xe9')
        except UnicodeDecodeError, e:
            self.assertEqual(str(e), "'ascii' codec can't decode byte 0xe9 "
                             "in position 3: ordinal not in range(128)")

    def test_sequence(self):
        u = u'H\xe9llo'
        self.assertEqual(u[::-1], u'oll\xe9H')
        self.assertEqual(u[1:4], u'\xe9ll')
        self.assertEqual(u * 2, u'H\xe9lloH\xe9llo')
        self.assertEqual(u.find(u'l'), 2)
        self.assertEqual(u.count(u'l'), 2)
        self.assert_(u'\ud7ff' < u'\ue000')
        self.assertEqual(sorted([u'b', u'a', u'\xe9', u'Z']),
                         [u'Z', u'a', u'b', u'\xe9'])

    def test_subclass(self):
        class U(unicode):
            pass
        x = U(u'\xe9t\xe9')
        self.assertEqual(len(x), 3)
        self.assertEqual(type(x.upper()), unicode)
        self.assertEqual(x.encode('utf-8'), '\xc3\xa9t\xc3\xa9')


def test_main():
    test_support.run_unittest(UnicodeTest)

if __name__ == '__main__':
    test_main()
