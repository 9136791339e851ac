"""Tests for the str type (methods, sequence behaviour, hashing, repr)."""

import unittest
from test import test_support


class StrMethodsTest(unittest.TestCase):

    def test_split(self):
        self.assertEqual('a b  c'.split(), ['a', 'b', 'c'])
        self.assertEqual('  a  b  '.split(), ['a', 'b'])
        self.assertEqual(''.split(), [])
        self.assertEqual(''.split(','), [''])
        self.assertEqual('a,b,,c,'.split(','), ['a', 'b', '', 'c', ''])
        self.assertEqual('a b c d'.split(None, 1), ['a', 'b c d'])
        self.assertEqual('  a b c  '.split(None, 1), ['a', 'b c  '])
        self.assertEqual('  a b c  '.split(None, 0), ['a b c  '])
        self.assertEqual('a,b,c,d'.split(',', 2), ['a', 'b', 'c,d'])
        self.assertEqual('a::b::c'.split('::'), ['a', 'b', 'c'])
        self.assertEqual('aaa'.split('a'), ['', '', '', ''])
        self.assertEqual('a\tb\nc\rd\x0be\x0cf'.split(),
                         ['a', 'b', 'c', 'd', 'e', 'f'])
        self.assertRaises(ValueError, 'abc'.split, '')
        self.assertRaises(TypeError, 'abc'.split, 1)
        self.assertEqual('x,y'.split(u','), [u'x', u'y'])

    def test_rsplit(self):
        self.assertEqual('a b c d'.rsplit(None, 1), ['a b c', 'd'])
        self.assertEqual('  a b c  '.rsplit(None, 1), ['  a b', 'c'])
        self.assertEqual('a,b,c,d'.rsplit(',', 2), ['a,b', 'c', 'd'])
        self.assertEqual('a::b::c'.rsplit('::', 1), ['a::b', 'c'])
        self.assertEqual('aaaa'.rsplit('aa'), ['', '', ''])

    def test_strip(self):
        self.assertEqual('  a b  '.strip(), 'a b')
        self.assertEqual('  a b  '.lstrip(), 'a b  ')
        self.assertEqual('  a b  '.rstrip(), '  a b')
        self.assertEqual('xxhixx'.strip('x'), 'hi')
        self.assertEqual('www.example.com'.strip('cmowz.'), 'example')
        self.assertEqual('hello'.strip(''), 'hello')
        self.assertEqual('xxsxx'.strip(u'x'), u's')
        self.assertRaises(TypeError, 'abc'.strip, 5)

    def test_partition(self):
        self.assertEqual('a=b=c'.partition('='), ('a', '=', 'b=c'))
        self.assertEqual('a=b=c'.rpartition('='), ('a=b', '=', 'c'))
        self.assertEqual('abc'.partition('='), ('abc', '', ''))
        self.assertEqual('abc'.rpartition('='), ('', '', 'abc'))
        self.assertEqual('aaa'.partition('aa'), ('', 'aa', 'a'))
        self.assertEqual('aaa'.rpartition('aa'), ('a', 'aa', ''))
        self.assertRaises(ValueError, 'abc'.partition, '')
        self.assertRaises(TypeError, 'abc'.partition, None)

    def test_find_family(self):
        s = 'abracadabra'
        self.assertEqual(s.find('abra'), 0)
        self.assertEqual(s.rfind('abra'), 7)
        self.assertEqual(s.count('a'), 5)
        self.assertEqual(s.find('a', 1, 3), -1)
        self.assertEqual(s.find('a', -4, -1), 7)
        self.assertEqual(s.find('', 11), 11)
        self.assertEqual(s.find('', 12), -1)
        self.assertEqual(s.count('', 5), 7)
        self.assertEqual(s.rfind('', -1), 11)
        self.assertEqual(s.count('a', 10 ** 10), 0)
        self.assertEqual(s.count('a', -10 ** 10), 5)
        self.assertEqual(s.index('c'), 4)
        self.assertEqual(s.rindex('b', 0, 5), 1)
        self.assertRaises(ValueError, s.index, 'z')
        self.assertRaises(ValueError, s.rindex, 'a', 11)
        self.assertRaises(TypeError, s.find, 1)
        self.assertRaises(TypeError, s.find, 'a', None)
        self.assertEqual('aaaa'.count('aa'), 2)
        self.assertEqual('abc'.find(u'c'), 2)

    def test_case(self):
        self.assertEqual('hello world'.title(), 'Hello World')
        self.assertEqual("they're bill's".title(), "They'Re Bill'S")
        self.assertEqual('mIxEd-CaSe_x'.swapcase(), 'MiXeD-cAsE_X')
        self.assertEqual('aBc'.capitalize(), 'Abc')
        self.assertEqual('x\xe9y'.upper(), 'X\xe9Y')
        self.assert_('Hello World'.istitle())
        self.failIf('Hello world'.istitle())
        self.assert_('A1 B2'.istitle())
        self.failIf(''.isalpha())
        self.assert_('123'.isdigit())
        self.assert_(' \t\n'.isspace())
        self.failIf('x\xe9y'.isalpha())
        self.assert_('x\xe9y'.islower())

    def test_justify(self):
        self.assertEqual('ab'.center(5), '  ab ')
        self.assertEqual('a'.center(4), ' a  ')
        self.assertEqual('abc'.center(6), ' abc  ')
        self.assertEqual('a'.center(6, '*'), '**a***')
        self.assertEqual('ab'.ljust(4, '-'), 'ab--')
        self.assertEqual('ab'.rjust(4, '.'), '..ab')
        self.assertEqual('abc'.center(2), 'abc')
        self.assertRaises(TypeError, 'x'.center, 5, 'ab')
        self.assertRaises(TypeError, 'x'.ljust, 5, u'x')
        self.assertEqual('-42'.zfill(5), '-0042')
        self.assertEqual('+'.zfill(5), '+0000')
        self.assertEqual(''.zfill(5), '00000')
        self.assertEqual('a\tb'.expandtabs(), 'a       b')
        self.assertEqual('a\tb'.expandtabs(4), 'a   b')
        self.assertEqual('a\r\tb'.expandtabs(4), 'a\r    b')
        self.assertEqual('\t\t'.expandtabs(0), '')

    def test_replace(self):
        s = 'one two one two one'
        self.assertEqual(s.replace('one', '1', 2), '1 two 1 two one')
        self.assertEqual(s.replace('one', '1', 0), s)
        self.assertEqual('aaa'.replace('a', 'bb'), 'bbbbbb')
        self.assertEqual('aaa'.replace('aa', 'b'), 'ba')
        self.assertEqual('abc'.replace('', '-'), '-a-b-c-')
        self.assertEqual('abc'.replace('', '-', 2), '-a-bc')
        self.assertEqual(''.replace('', 'x'), 'x')
        self.assertEqual('abc'.replace(u'b', 'B'), u'aBc')

    def test_translate(self):
        table = ''.join([chr(i) for i in range(256)])
        table = table[:97] + 'xyz' + table[100:]
        self.assertEqual('aabbcc'.translate(table), 'xxyyzz')
        self.assertEqual('hello'.translate(table, 'l'), 'heo')
        self.assertRaises(ValueError, 'abc'.translate, 'short')

    def test_join(self):
        self.assertEqual(','.join(['a', 'b', 'c']), 'a,b,c')
        self.assertEqual(''.join([]), '')
        self.assertEqual('-'.join('xyz'), 'x-y-z')
        self.assertEqual('-'.join([u'a', 'b']), u'a-b')
        self.assertRaises(TypeError, '-'.join, [1, 2])
        try:
            '-'.join(['a', None])
        except TypeError, e:
            self.assertEqual(str(e),
                             'sequence item 1: expected string, NoneType found')

    def test_startswith(self):
        s = 'hello world'
        self.assert_(s.startswith(('x', 'he')))
        self.failIf(s.startswith(()))
        self.assert_(s.startswith('wor', 6, 9))
        self.failIf(s.startswith('wor', 6, 8))
        self.assert_(s.endswith('o', 0, -6))
        self.assert_(s.startswith('', 11))
        self.failIf(s.startswith('', 12))
        self.failIf(s.endswith('', 100))
        self.assertRaises(TypeError, s.startswith, ['he'])

    def test_splitlines(self):
        self.assertEqual('a\r\nb\rc\n\nd'.splitlines(),
                         ['a', 'b', 'c', '', 'd'])
        self.assertEqual('a\r\nb\rc\n\nd'.splitlines(True),
                         ['a\r\n', 'b\r', 'c\n', '\n', 'd'])
        self.assertEqual(''.splitlines(), [])
        self.assertEqual('a\x0bb'.splitlines(), ['a\x0bb'])


class StrObjectTest(unittest.TestCase):

    def test_hash(self):
        # the 2.5 algorithm, computed independently
        def h(s):
            if not s:
                return 0
            x = ord(s[0]) << 7
            for c in s:
                x = ((1000003 * x) ^ ord(c)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(s)
            if x >= 2 ** 63:
                x -= 2 ** 64
            if x == -1:
                x = -2
            return int(x)
        import sys
        if sys.maxint == 2 ** 63 - 1:
            for s in ['', 'a', 'abc', 'hello world', '\xff' * 10]:
                self.assertEqual(hash(s), h(s))
        self.assertEqual(hash(u'abc'), hash('abc'))

    def test_repr(self):
        self.assertEqual(repr("'"), '"\'"')
        self.assertEqual(repr('"\''), '\'"\\\'\'')
        self.assertEqual(repr('\x00\x1f\x7f\x80\xff'),
                         "'\\x00\\x1f\\x7f\\x80\\xff'")
        self.assertEqual(repr('tab\there'), "'tab\\there'")

    def test_sequence(self):
        self.assertEqual('abc'[1], 'b')
        self.assertEqual('abc'[-1], 'c')
        self.assertRaises(IndexError, 'ab'.__getitem__, 2)
        self.assertEqual('abcdef'[::2], 'ace')
        self.assertEqual('abcdef'[::-1], 'fedcba')
        self.assertEqual('abc'[1:100], 'bc')
        self.assertEqual('ab' * 3, 'ababab')
        self.assertEqual('ab' * -1, '')
        self.assert_('b' in 'abc')
        self.assert_('' in 'abc')
        self.assertRaises(TypeError, lambda: 1 in 'abc')
        self.assertRaises(TypeError, lambda: 'a' + 1)
        self.assertEqual('a' + u'b', u'ab')

    def test_repeat_overflow(self):
        import sys
        self.assertRaises((OverflowError, MemoryError),
                          lambda: 'ab' * (sys.maxint // 2 + 1))

    def test_compare(self):
        self.assert_('abc' < 'abd')
        self.assert_('ab' < 'abc')
        self.assert_('\xff' > 'a')
        self.assertEqual('abc', 'abc')

    def test_intern(self):
        a = intern('interned-' + 'string')
        b = intern('interned-string'[:])
        self.assert_(a is b)

    def test_subclass(self):
        class S(str):
            pass
        s = S('abc')
        self.assertEqual(type(s.upper()), str)
        self.assertEqual(type(s + 'x'), str)
        self.assertEqual(type(str(s)), str)
        self.assertEqual(s, 'abc')


def test_main():
    test_support.run_unittest(StrMethodsTest, StrObjectTest)

if __name__ == '__main__':
    test_main()
