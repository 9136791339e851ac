"""Tests for the string module (2.5 Library Reference, section 4.1)."""

import string
from string import Template
import unittest
from test import test_support


class TestConstants(unittest.TestCase):

    def test_values(self):
        self.assertEqual(string.ascii_lowercase, 'abcdefghijklmnopqrstuvwxyz')
        self.assertEqual(string.ascii_uppercase, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        self.assertEqual(string.ascii_letters,
                         string.ascii_lowercase + string.ascii_uppercase)
        self.assertEqual(string.digits, '0123456789')
        self.assertEqual(string.hexdigits, '0123456789abcdefABCDEF')
        self.assertEqual(string.octdigits, '01234567')
        self.assertEqual(string.punctuation,
                         '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')
        self.assertEqual(string.lowercase, string.ascii_lowercase)
        self.assertEqual(string.uppercase, string.ascii_uppercase)
        self.assertEqual(string.letters, string.lowercase + string.uppercase)

    def test_whitespace(self):
        self.assertEqual(sorted(string.whitespace), sorted(' \t\n\r\x0b\x0c'))
        for c in string.whitespace:
            self.assert_(c.isspace())
        self.assertEqual(string.whitespace, '\t\n\x0b\x0c\r ')

    def test_printable(self):
        self.assertEqual(string.printable,
                         string.digits + string.letters +
                         string.punctuation + ' \t\n\r\x0b\x0c')
        self.assertEqual(len(string.printable), 100)

    def test_error_aliases(self):
        for name in ('index_error', 'atoi_error', 'atof_error', 'atol_error'):
            self.assert_(getattr(string, name) is ValueError)


class TestFunctions(unittest.TestCase):

    def test_case(self):
        self.assertEqual(string.lower('HeLLo'), 'hello')
        self.assertEqual(string.upper('HeLLo'), 'HELLO')
        self.assertEqual(string.swapcase('HeLLo'), 'hEllO')
        self.assertEqual(string.capitalize('hELLO wORLD'), 'Hello world')

    def test_capwords(self):
        self.assertEqual(string.capwords('abc def ghi'), 'Abc Def Ghi')
        self.assertEqual(string.capwords('abc\tdef\nghi'), 'Abc Def Ghi')
        self.assertEqual(string.capwords('  aBc  DeF  '), 'Abc Def')
        self.assertEqual(string.capwords('abc,def', ','), 'Abc,Def')
        self.assertEqual(string.capwords(''), '')

    def test_strip(self):
        self.assertEqual(string.strip('  x  '), 'x')
        self.assertEqual(string.lstrip('  x  '), 'x  ')
        self.assertEqual(string.rstrip('  x  '), '  x')
        self.assertEqual(string.strip('xxaxx', 'x'), 'a')

    def test_split_join(self):
        self.assertEqual(string.split('a b  c'), ['a', 'b', 'c'])
        self.assertEqual(string.split('a,b,c', ','), ['a', 'b', 'c'])
        self.assertEqual(string.split('a,b,c', ',', 1), ['a', 'b,c'])
        self.assertEqual(string.rsplit('a,b,c', ',', 1), ['a,b', 'c'])
        self.assertEqual(string.splitfields('a:b', ':'), ['a', 'b'])
        self.assertEqual(string.join(['a', 'b']), 'a b')
        self.assertEqual(string.join(['a', 'b'], '-'), 'a-b')
        self.assertEqual(string.joinfields(['a', 'b'], ''), 'ab')
        self.assertEqual(string.join(('x',), ''), 'x')

    def test_search(self):
        s = 'abcabc'
        self.assertEqual(string.find(s, 'c'), 2)
        self.assertEqual(string.rfind(s, 'c'), 5)
        self.assertEqual(string.find(s, 'c', 3), 5)
        self.assertEqual(string.find(s, 'z'), -1)
        self.assertEqual(string.index(s, 'b'), 1)
        self.assertEqual(string.rindex(s, 'b'), 4)
        self.assertRaises(ValueError, string.index, s, 'z')
        self.assertEqual(string.count(s, 'a'), 2)
        self.assertEqual(string.count(s, 'a', 1), 1)

    def test_ato(self):
        self.assertEqual(string.atoi('42'), 42)
        self.assertEqual(string.atoi('ff', 16), 255)
        self.assertEqual(string.atoi(' -7 '), -7)
        self.assertRaises(ValueError, string.atoi, 'x')
        self.assertEqual(string.atol('42'), 42L)
        self.assert_(type(string.atol('1')) is long)
        self.assertEqual(string.atof('1.5'), 1.5)
        self.assertRaises(ValueError, string.atof, 'x')

    def test_justify(self):
        self.assertEqual(string.ljust('ab', 4), 'ab  ')
        self.assertEqual(string.rjust('ab', 4), '  ab')
        self.assertEqual(string.center('ab', 6), '  ab  ')
        self.assertEqual(string.ljust('ab', 4, '*'), 'ab**')
        self.assertEqual(string.zfill('12', 5), '00012')
        self.assertEqual(string.zfill('-12', 5), '-0012')
        self.assertEqual(string.zfill(12, 5), '00012')
        self.assertEqual(string.zfill(3L, 4), '003L')

    def test_expandtabs_replace(self):
        self.assertEqual(string.expandtabs('a\tb'), 'a       b')
        self.assertEqual(string.expandtabs('a\tb', 4), 'a   b')
        self.assertEqual(string.replace('aaa', 'a', 'b'), 'bbb')
        self.assertEqual(string.replace('aaa', 'a', 'b', 2), 'bba')

    def test_maketrans_translate(self):
        table = string.maketrans('abc', 'xyz')
        self.assertEqual(len(table), 256)
        self.assertEqual(table[ord('a')], 'x')
        self.assertEqual(table[ord('d')], 'd')
        self.assertEqual(string.translate('abcd', table), 'xyzd')
        self.assertEqual(string.translate('abcd', table, 'd'), 'xyz')
        self.assertEqual('abc'.translate(table), 'xyz')
        self.assertRaises(ValueError, string.maketrans, 'ab', 'x')
        self.assertEqual(string.maketrans('', ''),
                         ''.join(map(chr, range(256))))


class TestTemplate(unittest.TestCase):

    def test_regular(self):
        s = Template('$who likes to eat a bag of ${what} worth $$100')
        self.assertEqual(s.substitute(dict(who='tim', what='ham')),
                         'tim likes to eat a bag of ham worth $100')
        self.assertEqual(s.substitute(who='tim', what='ham'),
                         'tim likes to eat a bag of ham worth $100')
        self.assertRaises(KeyError, s.substitute, dict(who='tim'))

    def test_keywords_override_mapping(self):
        s = Template('$who and $what')
        self.assertEqual(s.substitute({'who': 'a', 'what': 'b'}, who='c'),
                         'c and b')
        self.assertRaises(TypeError, s.substitute, {}, {})

    def test_non_string_values(self):
        s = Template('$n items cost $p')
        self.assertEqual(s.substitute(n=3, p=1.5), '3 items cost 1.5')
        self.assertEqual(Template('$t').substitute(t=(1, 2)), '(1, 2)')

    def test_safe_substitute(self):
        s = Template('$who likes $what ${other} $')
        self.assertEqual(s.safe_substitute(who='tim'),
                         'tim likes $what ${other} $')
        self.assertEqual(s.safe_substitute({'what': 'ham'}),
                         '$who likes ham ${other} $')

    def test_invalid(self):
        s = Template('$who likes $')
        try:
            s.substitute(who='tim')
        except ValueError, e:
            self.assertEqual(str(e),
                             'Invalid placeholder in string: line 1, col 12')
        else:
            self.fail("ValueError not raised")
        s = Template('ok\nbad $ here')
        try:
            s.substitute()
        except ValueError, e:
            self.assertEqual(str(e),
                             'Invalid placeholder in string: line 2, col 5')
        else:
            self.fail("ValueError not raised")
        self.assertRaises(ValueError, Template('${who').substitute, who='x')
        self.assertRaises(ValueError, Template('$1').substitute)

    def test_identifier_rules(self):
        s = Template('$who_1.$_x$y2z')
        self.assertEqual(s.substitute(who_1='a', _x='b', y2z='c'), 'a.bc')
        # the identifier stops at the first non-identifier character
        self.assertEqual(Template('$a-b').substitute(a='A'), 'A-b')

    def test_template_attribute(self):
        t = Template('x$y')
        self.assertEqual(t.template, 'x$y')

    def test_unicode(self):
        s = Template(u'$who likes $what')
        r = s.substitute(who=u'\u1234', what='x')
        self.assertEqual(r, u'\u1234 likes x')
        self.assert_(isinstance(r, unicode))

    def test_custom_delimiter(self):
        class PercentTemplate(Template):
            delimiter = '%'
        s = PercentTemplate('%who costs $%%100')
        self.assertEqual(s.substitute(who='x'), 'x costs $%100')

    def test_custom_idpattern(self):
        class DotTemplate(Template):
            idpattern = r'[_a-z][._a-z0-9]*'
        s = DotTemplate('$bag.foo and $bag.bar')
        self.assertEqual(s.substitute({'bag.foo': 1, 'bag.bar': 2}),
                         '1 and 2')

    def test_custom_pattern(self):
        class MyPattern(Template):
            pattern = r"""
            @(?:
              (?P<escaped>@)             |
              (?P<named>[_a-z][_a-z0-9]*) |
              {(?P<braced>[_a-z][_a-z0-9]*)} |
              (?P<invalid>)
            )
            """
        s = MyPattern('@bag.foo.who likes to eat a bag of @bag.what @@')
        # an escaped delimiter is replaced by the class's `delimiter`
        # attribute, which this subclass left as '$'
        self.assertEqual(s.substitute(bag='B'),
                         'B.foo.who likes to eat a bag of B.what $')
        self.assert_(hasattr(Template.pattern, 'match'))


def test_main():
    test_support.run_unittest(TestConstants, TestFunctions, TestTemplate)

if __name__ == '__main__':
    test_main()
