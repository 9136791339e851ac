"""Tests for the unicodedata module (Python 2.5 Library Reference, 4.10).

The expected values come from the Unicode Character Database itself
(UnicodeData.txt, NormalizationTest.txt) and from the Unicode standard's
rules for Hangul syllables and CJK ideograph names, so they also check
the tables that Tools/unicode/makeunicodedata.py generated."""

import os
import unittest
import unicodedata
from test import test_support

# Debian's unicode-data package; the database test below reads it if there.
UCD_FILE = '/usr/share/unicode/UnicodeData.txt'


class VersionTest(unittest.TestCase):

    def test_unidata_version(self):
        v = unicodedata.unidata_version
        self.assert_(isinstance(v, str))
        parts = v.split('.')
        self.assertEqual(len(parts), 3)
        self.assert_(tuple(map(int, parts)) >= (4, 1, 0))

    def test_capi(self):
        # the object Objects/unicodeobject.c uses for \N{...}
        self.assertEqual(type(unicodedata.ucnhash_CAPI).__name__,
                         'PyCObject')


class PropertyTest(unittest.TestCase):

    def test_category(self):
        cat = unicodedata.category
        for ch, want in [(u'A', 'Lu'), (u'a', 'Ll'), (u'\u01c5', 'Lt'),
                         (u'\u02b0', 'Lm'), (u'\u05d0', 'Lo'),
                         (u'\u0301', 'Mn'), (u'\u0903', 'Mc'),
                         (u'\u20dd', 'Me'), (u'7', 'Nd'), (u'\u2160', 'Nl'),
                         (u'\u00bd', 'No'), (u' ', 'Zs'), (u'\u2028', 'Zl'),
                         (u'\u2029', 'Zp'), (u'\x00', 'Cc'), (u'\u200b', 'Cf'),
                         (u'\ud800', 'Cs'), (u'\ue000', 'Co'), (u'_', 'Pc'),
                         (u'-', 'Pd'), (u'(', 'Ps'), (u')', 'Pe'),
                         (u'\u00ab', 'Pi'), (u'\u00bb', 'Pf'), (u'!', 'Po'),
                         (u'+', 'Sm'), (u'$', 'Sc'), (u'^', 'Sk'),
                         (u'\u00a9', 'So'), (u'\u0378', 'Cn'),
                         (u'\uffff', 'Cn'), (u'\u4e00', 'Lo'),
                         (u'\uac00', 'Lo'), (u'\U00020000', 'Lo'),
                         (u'\U0001f600', 'So'), (u'\U0010fffd', 'Co'),
                         (u'\U0010ffff', 'Cn')]:
            self.assertEqual(cat(ch), want, repr(ch))

    def test_bidirectional(self):
        bidi = unicodedata.bidirectional
        self.assertEqual(bidi(u'A'), 'L')
        self.assertEqual(bidi(u'\u05d0'), 'R')
        self.assertEqual(bidi(u'\u0627'), 'AL')
        self.assertEqual(bidi(u'1'), 'EN')
        self.assertEqual(bidi(u'\u0661'), 'AN')
        self.assertEqual(bidi(u' '), 'WS')
        self.assertEqual(bidi(u'\n'), 'B')
        self.assertEqual(bidi(u'\t'), 'S')
        self.assertEqual(bidi(u'\u0301'), 'NSM')
        self.assertEqual(bidi(u'\u202a'), 'LRE')
        self.assertEqual(bidi(u'!'), 'ON')
        self.assertEqual(bidi(u'\u0378'), '')

    def test_combining(self):
        comb = unicodedata.combining
        self.assertEqual(comb(u'a'), 0)
        self.assertEqual(comb(u'\u0301'), 230)
        self.assertEqual(comb(u'\u0327'), 202)
        self.assertEqual(comb(u'\u0323'), 220)
        self.assertEqual(comb(u'\u0334'), 1)
        self.assertEqual(comb(u'\u05b0'), 10)
        self.assertEqual(comb(u'\u0378'), 0)

    def test_mirrored(self):
        self.assertEqual(unicodedata.mirrored(u'('), 1)
        self.assertEqual(unicodedata.mirrored(u'<'), 1)
        self.assertEqual(unicodedata.mirrored(u'\u2208'), 1)
        self.assertEqual(unicodedata.mirrored(u'a'), 0)
        self.assertEqual(unicodedata.mirrored(u'\u0378'), 0)

    def test_east_asian_width(self):
        eaw = unicodedata.east_asian_width
        self.assertEqual(eaw(u'a'), 'Na')
        self.assertEqual(eaw(u'\u4e00'), 'W')
        self.assertEqual(eaw(u'\uff21'), 'F')
        self.assertEqual(eaw(u'\uff61'), 'H')
        self.assertEqual(eaw(u'\u00a1'), 'A')
        self.assertEqual(eaw(u'\u0100'), 'N')
        self.assertEqual(eaw(u'\U00020000'), 'W')

    def test_decimal_digit_numeric(self):
        u = unicodedata
        self.assertEqual(u.decimal(u'9'), 9)
        self.assertEqual(u.decimal(u'\u0663'), 3)
        self.assertEqual(u.decimal(u'\uff15'), 5)
        self.assertEqual(u.digit(u'7'), 7)
        self.assertEqual(u.digit(u'\u00b2'), 2)
        self.assertEqual(u.digit(u'\u2460'), 1)
        self.assertEqual(u.decimal(u'\u00b2', None), None)
        self.assertEqual(u.numeric(u'8'), 8.0)
        self.assertEqual(u.numeric(u'\u00bd'), 0.5)
        self.assertEqual(u.numeric(u'\u00bc'), 0.25)
        self.assertEqual(u.numeric(u'\u2153'), 1.0 / 3)
        self.assertEqual(u.numeric(u'\u216f'), 1000.0)
        self.assertEqual(u.numeric(u'\u0f33'), -0.5)
        self.assert_(isinstance(u.numeric(u'1'), float))
        self.assert_(isinstance(u.decimal(u'1'), int))

    def test_missing_values(self):
        u = unicodedata
        self.assertEqual(u.decimal(u'a', 'x'), 'x')
        self.assertEqual(u.digit(u'a', None), None)
        self.assertEqual(u.numeric(u'a', -1), -1)
        for func, msg in [(u.decimal, 'not a decimal'),
                          (u.digit, 'not a digit'),
                          (u.numeric, 'not a numeric character')]:
            try:
                func(u'a')
            except ValueError, e:
                self.assertEqual(str(e), msg)
            else:
                self.fail('%s did not raise' % func.__name__)

    def test_consistent_with_unicode_methods(self):
        # unicode.isdecimal()/isdigit()/isnumeric() use the same database
        for cp in range(0x3000):
            ch = unichr(cp)
            self.assertEqual(ch.isdecimal(),
                             unicodedata.decimal(ch, None) is not None)
            self.assertEqual(ch.isdigit(),
                             unicodedata.digit(ch, None) is not None)
            self.assertEqual(ch.isnumeric(),
                             unicodedata.numeric(ch, None) is not None)

    def test_argument_errors(self):
        u = unicodedata
        for func in [u.category, u.bidirectional, u.combining, u.mirrored,
                     u.east_asian_width, u.decomposition, u.name, u.decimal,
                     u.digit, u.numeric]:
            self.assertRaises(TypeError, func)
            self.assertRaises(TypeError, func, 'a')       # str, not unicode
            self.assertRaises(TypeError, func, 97)
            for bad in (u'', u'ab'):
                try:
                    func(bad)
                except TypeError, e:
                    self.assertEqual(
                        str(e), 'need a single Unicode character as parameter')
                else:
                    self.fail('%s(%r) did not raise' % (func.__name__, bad))
        try:
            u.category('a')
        except TypeError, e:
            self.assertEqual(str(e),
                             'category() argument 1 must be unicode, not str')


class DecompositionTest(unittest.TestCase):

    def test_decomposition(self):
        d = unicodedata.decomposition
        self.assertEqual(d(u'\u00e9'), '0065 0301')
        self.assertEqual(d(u'\u00c5'), '0041 030A')
        self.assertEqual(d(u'\u212b'), '00C5')
        self.assertEqual(d(u'\u00a0'), '<noBreak> 0020')
        self.assertEqual(d(u'\u00bd'), '<fraction> 0031 2044 0032')
        self.assertEqual(d(u'\ufb01'), '<compat> 0066 0069')
        self.assertEqual(d(u'\u00b2'), '<super> 0032')
        self.assertEqual(d(u'\u2460'), '<circle> 0031')
        self.assertEqual(d(u'\uff21'), '<wide> 0041')
        self.assertEqual(d(u'\U0001d400'), '<font> 0041')
        self.assertEqual(d(u'\U0002f800'), '4E3D')
        self.assertEqual(d(u'a'), '')
        # Hangul syllables decompose by rule, not by table
        self.assertEqual(d(u'\uac00'), '')
        self.assertEqual(d(u'\u0378'), '')
        # the longest mapping of the database
        self.assertEqual(len(d(u'\ufdfa').split()), 19)


class NormalizeTest(unittest.TestCase):

    def nfc(self, s):
        return unicodedata.normalize('NFC', s)

    def nfd(self, s):
        return unicodedata.normalize('NFD', s)

    def nfkc(self, s):
        return unicodedata.normalize('NFKC', s)

    def nfkd(self, s):
        return unicodedata.normalize('NFKD', s)

    def test_simple(self):
        self.assertEqual(self.nfd(u'\u00e9'), u'e\u0301')
        self.assertEqual(self.nfc(u'e\u0301'), u'\u00e9')
        self.assertEqual(self.nfc(u'\u00e9'), u'\u00e9')
        self.assertEqual(self.nfkd(u'\ufb01'), u'fi')
        self.assertEqual(self.nfd(u'\ufb01'), u'\ufb01')
        self.assertEqual(self.nfkc(u'\u00bd'), u'1\u20442')
        self.assertEqual(self.nfc(u'abc'), u'abc')
        self.assertEqual(self.nfc(u''), u'')

    def test_singletons_and_exclusions(self):
        # ANGSTROM SIGN and OHM SIGN are singletons: never recomposed
        self.assertEqual(self.nfc(u'\u212b'), u'\u00c5')
        self.assertEqual(self.nfc(u'\u2126'), u'\u03a9')
        # U+0958 is a composition exclusion
        self.assertEqual(self.nfd(u'\u0958'), u'\u0915\u093c')
        self.assertEqual(self.nfc(u'\u0958'), u'\u0915\u093c')
        # U+0344 is a non-starter decomposition
        self.assertEqual(self.nfc(u'\u0344'), u'\u0308\u0301')

    def test_reordering(self):
        # dot below (220) sorts before acute (230) ...
        self.assertEqual(self.nfd(u'a\u0301\u0323'), u'a\u0323\u0301')
        # ... and the result composes with the dot below first
        self.assertEqual(self.nfc(u'a\u0301\u0323'), u'\u1ea1\u0301')
        self.assertEqual(self.nfc(u'\u1e0b\u0323'), u'\u1e0d\u0307')
        self.assertEqual(self.nfd(u'q\u0307\u0323'), u'q\u0323\u0307')
        # equal classes keep their order
        self.assertEqual(self.nfd(u'a\u0301\u0300'), u'a\u0301\u0300')
        self.assertEqual(self.nfc(u'a\u0301\u0300'), u'\u00e1\u0300')
        # a long run of marks is sorted stably
        marks = u'\u0301\u0323' * 100
        self.assertEqual(self.nfd(u'x' + marks),
                         u'x' + u'\u0323' * 100 + u'\u0301' * 100)

    def test_blocking(self):
        # a mark of the same class blocks the second from the starter
        self.assertEqual(self.nfc(u'a\u0308\u0301'), u'\u00e4\u0301')
        # a starter between blocks composition
        self.assertEqual(self.nfc(u'ax\u0301'), u'ax\u0301')
        self.assertEqual(self.nfc(u'xa\u0301'), u'x\u00e1')
        # leading combining mark has nothing to compose with
        self.assertEqual(self.nfc(u'\u0301e'), u'\u0301e')

    def test_hangul(self):
        self.assertEqual(self.nfd(u'\uac00'), u'\u1100\u1161')
        self.assertEqual(self.nfd(u'\uac01'), u'\u1100\u1161\u11a8')
        self.assertEqual(self.nfc(u'\u1100\u1161'), u'\uac00')
        self.assertEqual(self.nfc(u'\u1100\u1161\u11a8'), u'\uac01')
        self.assertEqual(self.nfc(u'\uac00\u11a8'), u'\uac01')
        self.assertEqual(self.nfc(u'\ud7a3'), u'\ud7a3')
        self.assertEqual(self.nfd(u'\ud7a3'), u'\u1112\u1175\u11c2')

    def test_compatibility(self):
        self.assertEqual(self.nfkc(u'\u1e9b\u0323'), u'\u1e69')
        self.assertEqual(self.nfc(u'\u1e9b\u0323'), u'\u1e9b\u0323')
        self.assertEqual(self.nfd(u'\u1e9b\u0323'), u'\u017f\u0323\u0307')
        self.assertEqual(self.nfkd(u'\u1e9b\u0323'), u's\u0323\u0307')
        self.assertEqual(self.nfkc(u'\uff21\u2460\u00b2'), u'A12')
        self.assertEqual(self.nfkc(u'\u3300'), u'\u30a2\u30d1\u30fc\u30c8')

    def test_invariants(self):
        # NFC(NFD(x)) == NFC(x), NFD idempotent, NFKD(NFC(x)) == NFKD(x)
        for cp in range(0xa0, 0x3400, 3) + range(0xac00, 0xac40) + \
                range(0xf900, 0xfb50, 5):
            ch = unichr(cp)
            s = ch + u'\u0323\u0301'
            nfd = self.nfd(s)
            self.assertEqual(self.nfd(nfd), nfd)
            self.assertEqual(self.nfc(nfd), self.nfc(s))
            self.assertEqual(self.nfkd(self.nfc(s)), self.nfkd(s))
            self.assertEqual(self.nfc(self.nfc(s)), self.nfc(s))

    def test_result_type(self):
        class U(unicode):
            pass
        r = self.nfc(U(u'abc'))
        self.assertEqual(type(r), unicode)
        self.assertEqual(r, u'abc')
        self.assertEqual(type(self.nfd(U(u'\u00e9'))), unicode)

    def test_errors(self):
        n = unicodedata.normalize
        try:
            n('NFX', u'a')
        except ValueError, e:
            self.assertEqual(str(e), 'invalid normalization form')
        else:
            self.fail('no ValueError')
        self.assertRaises(ValueError, n, 'nfc', u'a')
        self.assertRaises(TypeError, n, 'NFC', 'a')
        self.assertRaises(TypeError, n, 'NFC')
        self.assertRaises(TypeError, n, None, u'a')


class NameTest(unittest.TestCase):

    def test_name(self):
        name = unicodedata.name
        for ch, want in [(u' ', 'SPACE'), (u'A', 'LATIN CAPITAL LETTER A'),
                         (u'\u00e9', 'LATIN SMALL LETTER E WITH ACUTE'),
                         (u'\u03b1', 'GREEK SMALL LETTER ALPHA'),
                         (u'\u2014', 'EM DASH'), (u'\u2603', 'SNOWMAN'),
                         (u'\u20ac', 'EURO SIGN'),
                         (u'\ufdfa', 'ARABIC LIGATURE SALLALLAHOU ALAYHE '
                                     'WASALLAM'),
                         (u'\U0001f600', 'GRINNING FACE'),
                         (u'\U000e0001', 'LANGUAGE TAG'),
                         (u'\u4e00', 'CJK UNIFIED IDEOGRAPH-4E00'),
                         (u'\u3400', 'CJK UNIFIED IDEOGRAPH-3400'),
                         (u'\U00020000', 'CJK UNIFIED IDEOGRAPH-20000'),
                         (u'\uf900', 'CJK COMPATIBILITY IDEOGRAPH-F900'),
                         (u'\U0002f800', 'CJK COMPATIBILITY IDEOGRAPH-2F800'),
                         (u'\uac00', 'HANGUL SYLLABLE GA'),
                         (u'\uac01', 'HANGUL SYLLABLE GAG'),
                         (u'\uc544', 'HANGUL SYLLABLE A'),
                         (u'\ud7a3', 'HANGUL SYLLABLE HIH'),
                         (u'\u1100', 'HANGUL CHOSEONG KIYEOK')]:
            self.assertEqual(name(ch), want, repr(ch))

    def test_no_name(self):
        for ch in (u'\x00', u'\x7f', u'\u0378', u'\ud800', u'\ue000',
                   u'\uffff', u'\U0010ffff'):
            self.assertEqual(unicodedata.name(ch, 'dflt'), 'dflt')
            try:
                unicodedata.name(ch)
            except ValueError, e:
                self.assertEqual(str(e), 'no such name')
            else:
                self.fail('name(%r) did not raise' % ch)

    def test_lookup(self):
        lookup = unicodedata.lookup
        self.assertEqual(lookup('LATIN SMALL LETTER E WITH ACUTE'), u'\xe9')
        self.assertEqual(lookup('latin small letter e with acute'), u'\xe9')
        self.assertEqual(lookup(u'Snowman'), u'\u2603')
        self.assertEqual(lookup('GRINNING FACE'), u'\U0001f600')
        self.assertEqual(lookup('CJK UNIFIED IDEOGRAPH-4E00'), u'\u4e00')
        self.assertEqual(lookup('cjk unified ideograph-9fa5'), u'\u9fa5')
        self.assertEqual(lookup('CJK UNIFIED IDEOGRAPH-2A6D6'),
                         u'\U0002a6d6')
        self.assertEqual(lookup('HANGUL SYLLABLE GAG'), u'\uac01')
        self.assertEqual(lookup('HANGUL SYLLABLE A'), u'\uc544')
        self.assertEqual(lookup('HANGUL SYLLABLE PWILH'), u'\ud4db')
        self.assert_(isinstance(lookup('SPACE'), unicode))

    def test_lookup_errors(self):
        for bad in ('', 'NO SUCH NAME', 'LATIN SMALL LETTER', 'SNOWMAN ',
                    ' SNOWMAN', 'CJK UNIFIED IDEOGRAPH-04E00',
                    'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-XYZW',
                    'CJK UNIFIED IDEOGRAPH-0041', 'HANGUL SYLLABLE ',
                    'HANGUL SYLLABLE GX', 'HANGUL SYLLABLE GGGA',
                    'X' * 1000):
            try:
                unicodedata.lookup(bad)
            except KeyError, e:
                self.assertEqual(e.args[0],
                                 "undefined character name '%s'" % bad)
            else:
                self.fail('lookup(%r) did not raise' % bad)
        self.assertRaises(TypeError, unicodedata.lookup)
        self.assertRaises(TypeError, unicodedata.lookup, 42)

    def test_round_trip(self):
        # every named character of a few ranges comes back from lookup()
        for start, stop in [(0x20, 0x600), (0x1e00, 0x2200), (0xac00, 0xac80),
                            (0xd780, 0xd7b0), (0xf900, 0xf920),
                            (0x1f600, 0x1f650), (0x2f800, 0x2f810)]:
            for cp in range(start, stop):
                ch = unichr(cp)
                nm = unicodedata.name(ch, None)
                if nm is not None:
                    self.assertEqual(unicodedata.lookup(nm), ch, nm)
                    self.assertEqual(unicodedata.lookup(nm.lower()), ch, nm)

    def test_named_escapes(self):
        self.assertEqual(u'\N{LATIN SMALL LETTER E WITH ACUTE}', u'\xe9')
        self.assertEqual(u'\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}',
                         u'\u03b1\u2014')
        self.assertEqual(u'\N{latin capital letter a}', u'A')
        self.assertEqual(u'\N{CJK UNIFIED IDEOGRAPH-4E00}', u'\u4e00')
        self.assertEqual(u'\N{HANGUL SYLLABLE GAG}', u'\uac01')
        self.assertEqual(u'\N{GRINNING FACE}', u'\U0001f600')
        self.assertEqual(ur'\N{SNOWMAN}', u'\\N{SNOWMAN}')
        self.assertEqual(unicode('x\\N{SNOWMAN}y', 'unicode-escape'),
                         u'x\u2603y')
        try:
            unicode('\\N{NO SUCH NAME}', 'unicode-escape')
        except UnicodeDecodeError, e:
            self.assert_('unknown Unicode character name' in str(e), str(e))
        else:
            self.fail('no UnicodeDecodeError')
        self.assertRaises(UnicodeDecodeError, unicode, '\\N{SNOWMAN',
                          'unicode-escape')
        self.assertRaises(UnicodeDecodeError, unicode, '\\N',
                          'unicode-escape')


class DatabaseTest(unittest.TestCase):
    """Checks the generated tables against UnicodeData.txt itself, when the
    file of the same version is installed."""

    def test_against_unicodedata_txt(self):
        if not os.path.exists(UCD_FILE):
            return
        version_file = os.path.join(os.path.dirname(UCD_FILE), 'ReadMe.txt')
        if os.path.exists(version_file):
            f = open(version_file)
            text = f.read()
            f.close()
            if 'Version %s ' % unicodedata.unidata_version not in text:
                return      # another version: values may differ
        u = unicodedata
        f = open(UCD_FILE)
        count = 0
        for line in f:
            fields = line.split(';')
            ch = unichr(int(fields[0], 16))
            count += 1
            self.assertEqual(u.category(ch), fields[2], line)
            self.assertEqual(u.combining(ch), int(fields[3]), line)
            self.assertEqual(u.bidirectional(ch), fields[4], line)
            self.assertEqual(u.decomposition(ch), fields[5], line)
            if fields[6]:
                self.assertEqual(u.decimal(ch), int(fields[6]), line)
            else:
                self.assertEqual(u.decimal(ch, None), None, line)
            if fields[7]:
                self.assertEqual(u.digit(ch), int(fields[7]), line)
            else:
                self.assertEqual(u.digit(ch, None), None, line)
            if fields[8]:
                num = fields[8].split('/')
                want = float(num[0])
                if len(num) == 2:
                    want = want / float(num[1])
                self.assertEqual(u.numeric(ch), want, line)
            self.assertEqual(u.mirrored(ch), int(fields[9] == 'Y'), line)
            name = fields[1]
            if name.startswith('<'):
                if name.endswith('First>') or name.endswith('Last>'):
                    continue
                self.assertEqual(u.name(ch, None), None, line)
            else:
                self.assertEqual(u.name(ch), name, line)
                self.assertEqual(u.lookup(name), ch, line)
        f.close()
        self.assert_(count > 30000)


def test_main():
    test_support.run_unittest(VersionTest, PropertyTest, DecompositionTest,
                              NormalizeTest, NameTest, DatabaseTest)


if __name__ == '__main__':
    test_main()
