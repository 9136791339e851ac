import unittest
from test import test_support

import locale


class CLocaleTest(unittest.TestCase):

    def test_setlocale(self):
        self.assertEqual(locale.setlocale(locale.LC_ALL), 'C')
        self.assertEqual(locale.setlocale(locale.LC_ALL, 'C'), 'C')
        self.assertEqual(locale.setlocale(locale.LC_NUMERIC, ''), 'C')
        self.assertRaises(locale.Error, locale.setlocale, locale.LC_ALL,
                          'xx_XX.bogus')

    def test_categories(self):
        names = ['LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
                 'LC_NUMERIC', 'LC_ALL']
        values = [getattr(locale, n) for n in names]
        for v in values:
            self.assert_(isinstance(v, int))
        self.assertEqual(len(dict.fromkeys(values)), len(values))
        self.assertEqual(locale.CHAR_MAX, 127)

    def test_localeconv(self):
        conv = locale.localeconv()
        self.assertEqual(conv['decimal_point'], '.')
        self.assertEqual(conv['thousands_sep'], '')
        self.assertEqual(conv['grouping'], [127])
        self.assertEqual(conv['frac_digits'], 127)
        # A fresh dict each time: changing it changes nothing.
        conv['decimal_point'] = ','
        self.assertEqual(locale.localeconv()['decimal_point'], '.')

    def test_collation(self):
        self.assertEqual(locale.strcoll('a', 'b'), -1)
        self.assertEqual(locale.strcoll('b', 'b'), 0)
        self.assertEqual(locale.strxfrm('abc'), 'abc')

    def test_format(self):
        self.assertEqual(locale.format('%d', 1234567), '1234567')
        self.assertEqual(locale.format('%d', 1234567, True), '1234567')
        self.assertEqual(locale.format('%.2f', 3.14159), '3.14')
        self.assertEqual(locale.format('%5.1f', 2.25), '  2.2')
        self.assertRaises(ValueError, locale.format, 'x%d', 1)
        self.assertRaises(ValueError, locale.format, '%d %d', 1)

    def test_format_string(self):
        self.assertEqual(locale.format_string('%s has %d (%.1f%%)',
                                              ('x', 3, 50.0)),
                         'x has 3 (50.0%)')
        self.assertEqual(locale.format_string('%(a)s=%(b).1f',
                                              {'a': 'k', 'b': 2.0}),
                         'k=2.0')
        self.assertEqual(locale.format_string('%d', 5), '5')
        self.assertEqual(locale.format_string('%*d|', (4, 7)), '   7|')

    def test_str_atof_atoi(self):
        self.assertEqual(locale.str(1.0 / 3), '0.333333333333')
        self.assertEqual(locale.str(2.5), '2.5')
        self.assertEqual(locale.atof('3.25'), 3.25)
        self.assertEqual(locale.atoi('-17'), -17)
        self.assertRaises(ValueError, locale.atoi, '1.5')

    def test_currency(self):
        self.assertRaises(ValueError, locale.currency, 1.0)

    def test_normalize(self):
        self.assertEqual(locale.normalize('C'), 'C')
        self.assertEqual(locale.normalize('POSIX'), 'C')
        self.assertEqual(locale.normalize('en_US'), 'en_US.ISO8859-1')
        self.assertEqual(locale.normalize('de_DE'), 'de_DE.ISO8859-1')
        self.assertEqual(locale.normalize('ja_jp'), 'ja_JP.eucJP')
        self.assertEqual(locale.normalize('en_US.ISO8859-15'),
                         'en_US.ISO8859-15')
        self.assertEqual(locale.normalize('not_a_locale'), 'not_a_locale')

    def test_getlocale(self):
        self.assertEqual(locale.getlocale(), (None, None))
        self.assertEqual(locale.getdefaultlocale([]), (None, None))

    def test_build_parse(self):
        self.assertEqual(locale._parse_localename('de_DE.ISO8859-1'),
                         ('de_DE', 'ISO8859-1'))
        self.assertEqual(locale._parse_localename('C'), (None, None))
        self.assertRaises(ValueError, locale._parse_localename, 'qq')
        self.assertEqual(locale._build_localename((None, None)), 'C')
        self.assertEqual(locale._build_localename(('en_US', 'UTF-8')),
                         'en_US.UTF-8')

    def test_preferredencoding(self):
        enc = locale.getpreferredencoding()
        self.assert_(isinstance(enc, str) and enc)
        import codecs
        codecs.lookup(enc)


class GroupingTest(unittest.TestCase):
    # Grouping and separators, with the conventions of a typical
    # English locale substituted for the C locale's.

    def setUp(self):
        self.saved = locale.localeconv
        def conv():
            d = self.saved()
            d.update({'grouping': [3, 3, 0], 'thousands_sep': ',',
                      'mon_grouping': [3, 3, 0], 'mon_thousands_sep': ',',
                      'mon_decimal_point': '.', 'frac_digits': 2,
                      'int_frac_digits': 2, 'currency_symbol': '$',
                      'int_curr_symbol': 'USD ', 'p_cs_precedes': 1,
                      'n_cs_precedes': 1, 'p_sep_by_space': 0,
                      'n_sep_by_space': 0, 'p_sign_posn': 1,
                      'n_sign_posn': 1, 'negative_sign': '-',
                      'positive_sign': ''})
            return d
        locale.localeconv = conv

    def tearDown(self):
        locale.localeconv = self.saved

    def test_grouping(self):
        self.assertEqual(locale.format('%d', 1234567, True), '1,234,567')
        self.assertEqual(locale.format('%d', -123456, True), '-123,456')
        self.assertEqual(locale.format('%d', 123, True), '123')
        self.assertEqual(locale.format('%.2f', 1234567.5, True),
                         '1,234,567.50')
        self.assertEqual(locale.format('%d', 1234567), '1234567')
        # Padding is given back for the separators added.
        self.assertEqual(locale.format('%10d', 1234567, True), ' 1,234,567')

    def test_format_string_grouping(self):
        self.assertEqual(locale.format_string('%d and %.1f',
                                              (12345, 6789.25), True),
                         '12,345 and 6,789.2')

    def test_atof_with_separators(self):
        self.assertEqual(locale.atof('1,234,567.5'), 1234567.5)
        self.assertEqual(locale.atoi('1,000'), 1000)

    def test_currency(self):
        self.assertEqual(locale.currency(1234.5), '$1234.50')
        self.assertEqual(locale.currency(1234.5, grouping=True), '$1,234.50')
        self.assertEqual(locale.currency(-5), '-$5.00')
        self.assertEqual(locale.currency(5, symbol=False), '5.00')
        self.assertEqual(locale.currency(5, international=True), 'USD 5.00')


def test_main():
    test_support.run_unittest(CLocaleTest, GroupingTest)

if __name__ == "__main__":
    test_main()
