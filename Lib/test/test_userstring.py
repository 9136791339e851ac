"""Tests for UserString and MutableString (2.5 Library Reference, 3.9)."""

from UserString import UserString, MutableString
import unittest
from test import test_support


class TestUserString(unittest.TestCase):

    def test_init(self):
        self.assertEqual(UserString('abc').data, 'abc')
        self.assertEqual(UserString(u'abc').data, u'abc')
        self.assertEqual(UserString(UserString('x')).data, 'x')
        self.assertEqual(UserString(12).data, '12')
        self.assertEqual(UserString([1]).data, '[1]')

    def test_conversions(self):
        self.assertEqual(str(UserString('abc')), 'abc')
        self.assertEqual(repr(UserString('abc')), "'abc'")
        self.assertEqual(int(UserString('12')), 12)
        self.assertEqual(long(UserString('12')), 12L)
        self.assertEqual(float(UserString('1.5')), 1.5)
        self.assertEqual(complex(UserString('1j')), 1j)
        self.assertEqual(hash(UserString('abc')), hash('abc'))

    def test_compare_and_contains(self):
        s = UserString('abc')
        self.assertEqual(s, 'abc')
        self.assertEqual(s, UserString('abc'))
        self.assert_(s < 'abd')
        self.assert_(s > UserString('ab'))
        self.assert_('b' in s)
        self.assert_('bc' in s)
        self.failIf('x' in s)

    def test_sequence(self):
        s = UserString('hello')
        self.assertEqual(len(s), 5)
        self.assert_(isinstance(s[1], UserString))
        self.assertEqual(s[1], 'e')
        self.assertEqual(s[-1], 'o')
        self.assertEqual(s[1:3], 'el')
        self.assert_(isinstance(s[1:3], UserString))
        self.assertEqual(s[-3:], 'llo')

    def test_operators(self):
        s = UserString('ab')
        self.assertEqual(s + 'c', 'abc')
        self.assertEqual(s + UserString('c'), 'abc')
        self.assertEqual(s + 1, 'ab1')
        self.assertEqual('x' + s, 'xab')
        self.assertEqual(s * 2, 'abab')
        self.assertEqual(2 * s, 'abab')
        self.assert_(isinstance(s + 'c', UserString))
        self.assert_(isinstance('c' + s, UserString))
        self.assertEqual(UserString('%s-%d') % ('a', 1), 'a-1')

    def test_methods_returning_userstring(self):
        s = UserString('  Hello World  ')
        for name, args, expected in [
                ('strip', (), 'Hello World'),
                ('lstrip', (), 'Hello World  '),
                ('rstrip', (), '  Hello World'),
                ('lower', (), '  hello world  '),
                ('upper', (), '  HELLO WORLD  '),
                ('swapcase', (), '  hELLO wORLD  '),
                ('replace', ('l', 'L'), '  HeLLo WorLd  '),
                ('replace', ('l', 'L', 1), '  HeLlo World  '),
                ('center', (19, '*'), '**  Hello World  **'),
                ('ljust', (17,), '  Hello World    '),
                ('rjust', (17,), '    Hello World  ')]:
            r = getattr(s, name)(*args)
            self.assert_(isinstance(r, UserString), name)
            self.assertEqual(r, expected, name)
        self.assertEqual(UserString('abc def').title(), 'Abc Def')
        self.assertEqual(UserString('abc').capitalize(), 'Abc')
        self.assertEqual(UserString('12').zfill(4), '0012')
        self.assertEqual(UserString('a\tb').expandtabs(4), 'a   b')
        self.assertEqual(UserString('abc').translate(
            ''.join(map(chr, range(256))), 'b'), 'ac')

    def test_methods_returning_other(self):
        s = UserString('a,b,c')
        self.assertEqual(s.split(','), ['a', 'b', 'c'])
        self.assertEqual(s.rsplit(',', 1), ['a,b', 'c'])
        self.assertEqual(s.count(','), 2)
        self.assertEqual(s.find('b'), 2)
        self.assertEqual(s.rfind(','), 3)
        self.assertEqual(s.index('c'), 4)
        self.assertEqual(s.rindex('a'), 0)
        self.assertRaises(ValueError, s.index, 'z')
        self.assert_(s.startswith('a,'))
        self.assert_(s.endswith(',c'))
        self.assertEqual(s.partition(','), ('a', ',', 'b,c'))
        self.assertEqual(s.rpartition(','), ('a,b', ',', 'c'))
        self.assertEqual(UserString('-').join(['x', 'y']), 'x-y')
        self.assertEqual(UserString('a\nb').splitlines(), ['a', 'b'])
        self.assertEqual(UserString('a\nb').splitlines(1), ['a\n', 'b'])
        self.assert_(UserString('abc').isalpha())
        self.assert_(UserString('123').isdigit())
        self.assert_(UserString('  ').isspace())
        self.assert_(UserString('Ab Cd').istitle())
        self.assert_(UserString(u'123').isdecimal())
        self.assert_(UserString(u'123').isnumeric())

    def test_encode_decode(self):
        s = UserString(u'\xe9')
        e = s.encode('utf-8')
        self.assert_(isinstance(e, UserString))
        self.assertEqual(e, '\xc3\xa9')
        self.assertEqual(e.decode('utf-8'), u'\xe9')
        self.assertEqual(UserString('abc').encode('hex'), '616263')


class TestMutableString(unittest.TestCase):

    def test_unhashable(self):
        self.assertRaises(TypeError, hash, MutableString('x'))

    def test_item_assignment(self):
        s = MutableString('abc')
        s[1] = 'X'
        self.assertEqual(s, 'aXc')
        s[-1] = 'YY'
        self.assertEqual(s, 'aXYY')
        self.assertRaises(IndexError, s.__setitem__, 10, 'z')
        del s[0]
        self.assertEqual(s, 'XYY')
        del s[-1]
        self.assertEqual(s, 'XY')
        self.assertRaises(IndexError, s.__delitem__, 5)

    def test_slice_assignment(self):
        s = MutableString('abcdef')
        s[1:3] = 'XYZ'
        self.assertEqual(s, 'aXYZdef')
        s[:1] = UserString('__')
        self.assertEqual(s, '__XYZdef')
        del s[2:5]
        self.assertEqual(s, '__def')
        s[-3:] = 42
        self.assertEqual(s, '__42')

    def test_inplace(self):
        s = MutableString('ab')
        t = s
        s += 'c'
        self.assert_(s is t)
        self.assertEqual(s, 'abc')
        s += UserString('d')
        s += 5
        self.assertEqual(s, 'abcd5')
        s *= 2
        self.assert_(s is t)
        self.assertEqual(s, 'abcd5abcd5')

    def test_immutable(self):
        s = MutableString('abc')
        i = s.immutable()
        self.assert_(type(i) is type(UserString('')))
        self.assert_(i.__class__ is UserString)
        self.assertEqual(i, 'abc')
        s[0] = 'z'
        self.assertEqual(i, 'abc')
        self.assertEqual(hash(i), hash('abc'))


def test_main():
    test_support.run_unittest(TestUserString, TestMutableString)

if __name__ == '__main__':
    test_main()
