"""Tests for the re module and the _sre engine (Python 2.5 semantics)."""

import unittest
from test import test_support

import re
import sre_constants
import _sre


class MatchBasicsTest(unittest.TestCase):

    def test_match_and_search(self):
        self.assertEqual(re.match('a', 'ba'), None)
        self.assertEqual(re.search('a', 'ba').span(), (1, 2))
        self.assertEqual(re.match('', '').span(), (0, 0))
        self.assertEqual(re.search('x*', 'abc').span(), (0, 0))
        self.assertEqual(re.match('.', '\n'), None)
        self.assertEqual(re.match('(?s).', '\n').group(), '\n')

    def test_groups(self):
        m = re.match(r'(a)(b)?(c)?', 'ac')
        self.assertEqual(m.groups(), ('a', None, 'c'))
        self.assertEqual(m.groups('x'), ('a', 'x', 'c'))
        self.assertEqual(m.group(), 'ac')
        self.assertEqual(m.group(0, 1, 3), ('ac', 'a', 'c'))
        self.assertEqual(m.span(2), (-1, -1))
        self.assertEqual(m.start(3), 1)
        self.assertEqual(m.end(3), 2)
        self.assertEqual(m.lastindex, 3)
        self.assertEqual(m.regs, ((0, 2), (0, 1), (-1, -1), (1, 2)))
        self.assertRaises(IndexError, m.group, 4)
        self.assertRaises(IndexError, m.group, -1)
        self.assertRaises(IndexError, m.group, 'nope')

    def test_named_groups(self):
        m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe')
        self.assertEqual(m.group('first'), 'Jane')
        self.assertEqual(m.group('last', 1), ('Doe', 'Jane'))
        self.assertEqual(m.groupdict(), {'first': 'Jane', 'last': 'Doe',
                                         'opt': None})
        self.assertEqual(m.groupdict(''), {'first': 'Jane', 'last': 'Doe',
                                           'opt': ''})
        self.assertEqual(m.lastgroup, 'last')
        self.assertEqual(m.lastindex, 2)
        self.assertEqual(m.span('last'), (5, 8))
        p = re.compile(r'(?P<a>x)(y)(?P<b>z)')
        self.assertEqual(p.groupindex, {'a': 1, 'b': 3})
        self.assertEqual(p.groups, 3)

    def test_lastindex(self):
        m = re.match(r'((a)(b))', 'ab')
        self.assertEqual(m.lastindex, 1)
        self.assertEqual(re.match('a', 'a').lastindex, None)
        self.assertEqual(re.match('(a)|b', 'b').lastindex, None)
        self.assertEqual(re.match('(a)|b', 'b').lastgroup, None)

    def test_match_attributes(self):
        p = re.compile(r'\w+')
        m = p.search('xx abc', 1, 5)
        self.assertEqual((m.pos, m.endpos), (1, 5))
        self.assertEqual(m.string, 'xx abc')
        self.assert_(m.re is p)
        self.assertEqual(m.group(), 'x')

    def test_pos_endpos(self):
        p = re.compile(r'\w+')
        self.assertEqual(p.match('  abc', 2).group(), 'abc')
        self.assertEqual(p.match('abcdef', 1, 3).group(), 'bc')
        self.assertEqual(p.search('abc', 5), None)
        self.assertEqual(p.match('abc', -5).span(), (0, 3))
        self.assertEqual(p.findall('ab cd ef', 3, 7), ['cd', 'e'])
        # ^ means the real start of the string, not pos
        self.assertEqual(re.compile('^a').search('ba', 1), None)
        self.assertEqual(re.compile('(?m)^a').search('b\na', 1).span(),
                         (2, 3))
        # $ matches at endpos
        self.assertEqual(re.compile('c$').search('abcd', 0, 3).span(),
                         (2, 3))

    def test_alternation_order(self):
        self.assertEqual(re.match('a|ab', 'ab').group(), 'a')
        self.assertEqual(re.match('ab|a', 'ab').group(), 'ab')
        self.assertEqual(re.match('x(a|ab)(c|bcd)(d*)', 'xabcd').groups(),
                         ('a', 'bcd', ''))


class SyntaxTest(unittest.TestCase):

    def test_repeats(self):
        self.assertEqual(re.match(r'\d{2,3}', '12345').group(), '123')
        self.assertEqual(re.match(r'\d{2,}?', '12345').group(), '12')
        self.assertEqual(re.match(r'a{,2}', 'aaa').group(), 'aa')
        self.assertEqual(re.match(r'a{2}', 'aaa').group(), 'aa')
        self.assertEqual(re.match(r'a{', 'a{').group(), 'a{')
        self.assertEqual(re.match(r'a{1,x}', 'a{1,x}').group(), 'a{1,x}')
        self.assertEqual(re.match(r'a+?', 'aaa').group(), 'a')
        self.assertEqual(re.match(r'a*?b', 'aaab').group(), 'aaab')
        self.assertEqual(re.match(r'(a|b)*?c', 'abac').group(), 'abac')
        self.assertEqual(re.match(r'(ab)+', 'ababx').groups(), ('ab',))
        self.assertEqual(re.match(r'(a)*', 'aaa').span(1), (2, 3))
        self.assertEqual(re.match(r'(?:ab){2}?', 'ababab').group(), 'abab')
        self.assertEqual(re.match(r'(^a?){2}', 'a').span(), (0, 1))

    def test_classes(self):
        self.assertEqual(re.match(r'[^a-c]+', 'xyzabc').group(), 'xyz')
        self.assertEqual(re.findall(r'[]a]', 'a]b'), ['a', ']'])
        self.assertEqual(re.findall(r'[a-]', 'a-b'), ['a', '-'])
        self.assertEqual(re.findall(r'[\d\s]', '1 2x'), ['1', ' ', '2'])
        self.assertEqual(re.findall(r'[^\W\d]+', 'ab1cd_e'), ['ab', 'cd_e'])
        self.assertEqual(re.findall(r'[\]\\]', 'a]\\'), [']', '\\'])
        self.assertEqual(re.match(r'[\x41-\x43]+', 'ABCD').group(), 'ABC')
        self.assertEqual(re.match(r'[\b]', '\b').group(), '\b')

    def test_escapes(self):
        self.assertEqual(re.match(r'\x41\101\t', 'AA\t').group(), 'AA\t')
        self.assertEqual(re.match(r'\0', '\0').group(), '\0')
        self.assertEqual(re.match(r'\q', 'q').group(), 'q')
        self.assertEqual(re.search(r'\s+', 'a \t\nb').span(), (1, 4))
        self.assertEqual(re.findall(r'\W', 'a-b_c d'), ['-', ' '])
        self.assertEqual(re.findall(r'\D+', 'a1bb22c'), ['a', 'bb', 'c'])

    def test_anchors(self):
        self.assertEqual(re.search('$', 'a\n').span(), (1, 1))
        self.assertEqual(re.search('a$', 'a\n').span(), (0, 1))
        self.assertEqual(re.search(r'a\Z', 'a\n'), None)
        self.assertEqual(re.search(r'\Aa', 'ba'), None)
        self.assertEqual(re.findall(r'(?m)^\w', 'ab\ncd'), ['a', 'c'])
        self.assertEqual(re.findall(r'(?m)\w$', 'ab\ncd'), ['b', 'd'])
        self.assertEqual(re.match(r'\bfoo\b', 'foo bar').group(), 'foo')
        self.assertEqual(re.search(r'\Bo\B', 'foo boo').start(), 1)
        self.assertEqual(re.findall(r'\b', 'ab cd'), ['', '', '', ''])
        self.assertEqual(re.match(r'\b', ''), None)
        self.assertEqual(re.match(r'\B', ''), None)

    def test_backreferences(self):
        self.assertEqual(re.search(r'(\w)\1', 'abccd').group(), 'cc')
        self.assertEqual(re.search(r'(\w+) \1', 'hello hello').group(1),
                         'hello')
        self.assertEqual(re.match(r'(?P<q>[\'"]).*(?P=q)', '"q"').group(),
                         '"q"')
        self.assertEqual(re.match(r'(?i)(a)\1', 'aA').group(), 'aA')
        self.assertEqual(re.match(r'(a)|\1', 'x'), None)
        self.assertEqual(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10',
                                  'abcdefghijj').group(10), 'j')

    def test_lookaround(self):
        self.assertEqual(re.findall(r'\w+(?=!)', 'hi! there yes!'),
                         ['hi', 'yes'])
        self.assertEqual(re.findall(r'\b\w+\b(?!!)', 'hi! there yes!'),
                         ['there'])
        self.assertEqual(re.findall(r'(?<=\$)\d+', '$30 and $45 not 50'),
                         ['30', '45'])
        self.assertEqual(re.findall(r'(?<!\$)\b\d+', 'cost $30 and 50'),
                         ['50'])
        self.assertEqual(re.match(r'(a)(?=(b))', 'ab').groups(), ('a', 'b'))
        self.assertEqual(re.match(r'(?=(a+))a*b\1', 'aaab'), None)
        self.assertEqual(re.search(r'(?=(a+))a*b\1', 'baaabac').group(),
                         'aba')
        self.assertEqual(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'),
                         '1,234,567')

    def test_conditional(self):
        p = re.compile(r'(<)?\w+(?(1)>)')
        self.assertEqual(p.match('<tag>').group(), '<tag>')
        self.assertEqual(p.match('tag').group(), 'tag')
        self.assertEqual(p.match('<tag'), None)
        self.assertEqual(re.match(r'(?P<a>a)?(?(a)b|c)', 'c').group(), 'c')
        self.assertEqual(re.match(r'(?P<a>a)?(?(a)b|c)', 'ab').group(), 'ab')

    def test_flags(self):
        self.assertEqual(re.match(r'(?i)hello', 'HeLLo').group(), 'HeLLo')
        self.assertEqual(re.match('hello', 'HELLO', re.I).group(), 'HELLO')
        self.assertEqual(re.findall(r'(?i)[a-c]', 'aBcD'), ['a', 'B', 'c'])
        self.assertEqual(re.match(r'(?x) a  b  # comment', 'ab').group(),
                         'ab')
        self.assertEqual(re.match(r'(?x)a\ b[ ]c', 'a b c').group(),
                         'a b c')
        self.assertEqual(re.search(r'one.line', 'one\nline', re.S).group(),
                         'one\nline')
        self.assertEqual(re.compile('a', re.I | re.M).flags,
                         re.I | re.M)
        self.assertEqual(re.compile('(?x)a').flags, re.X)
        self.assertEqual((re.I, re.L, re.M, re.S, re.U, re.X),
                         (2, 4, 8, 16, 32, 64))
        self.assertEqual(re.IGNORECASE, re.I)
        self.assertEqual(re.DOTALL, re.S)

    def test_unicode(self):
        self.assertEqual(re.match(r'\w+', u'caf\xe9 x').group(), u'caf')
        self.assertEqual(re.match(r'(?u)\w+', u'caf\xe9 x').group(),
                         u'caf\xe9')
        self.assertEqual(re.match(u'(?iu)\xc9', u'\xe9').group(), u'\xe9')
        self.assertEqual(re.match(r'(?u)\s+', u'\u2003 x').span(), (0, 2))
        self.assertEqual(re.findall(r'[^\W\d]', u'x\u0661y'), [u'x', u'y'])
        self.assertEqual(re.sub(u'\u0394', u'd', u'a\u0394b'), u'adb')
        self.assertEqual(type(re.match('a', u'a').group()), unicode)

    def test_parse_errors(self):
        def err(pattern, message):
            try:
                re.compile(pattern)
            except re.error, e:
                self.assertEqual(str(e), message)
            else:
                self.fail('no error for %r' % pattern)
        err(r'(unclosed', 'unbalanced parenthesis')
        err(r'a)', 'unbalanced parenthesis')
        err(r'*bad', 'nothing to repeat')
        err(r'a**', 'multiple repeat')
        err(r'[a', 'unexpected end of regular expression')
        err(r'[z-a]', 'bad character range')
        err(r'a{3,2}', 'bad repeat interval')
        err(r'(?P<1a>x)', 'bad character in group name')
        err(r'(?P=nope)', 'unknown group name')
        err(r'(?<=a+)b', 'look-behind requires fixed-width pattern')
        err(r'(a\1)', 'cannot refer to open group')
        err(r'\x4g', "bogus escape: '\\\\x4'")
        err('x\\', 'bogus escape (end of line)')
        self.assert_(issubclass(re.error, Exception))
        self.assert_(re.error is sre_constants.error)

    def test_deep_nesting(self):
        p = re.compile('(' * 50 + 'a' + ')' * 50)
        self.assertEqual(p.match('a').groups(), ('a',) * 50)
        p = re.compile('(?:' * 150 + 'a' + ')' * 150)
        self.assertEqual(p.match('a').span(), (0, 1))
        self.assertRaises(re.error, re.compile, '(' * 5000 + ')' * 5000)


class FunctionsTest(unittest.TestCase):

    def test_findall(self):
        text = 'apple=1, banana=22'
        self.assertEqual(re.findall(r'\d+', text), ['1', '22'])
        self.assertEqual(re.findall(r'(\w+)=(\d+)', text),
                         [('apple', '1'), ('banana', '22')])
        self.assertEqual(re.findall(r'(\w+)=\d+', text), ['apple', 'banana'])
        self.assertEqual(re.findall(r'x*', 'axb'), ['', 'x', '', ''])
        self.assertEqual(re.findall(r'(a)|(b)', 'ab'), [('a', ''), ('', 'b')])
        self.assertEqual(re.findall('', 'ab'), ['', '', ''])

    def test_finditer(self):
        self.assertEqual([m.span() for m in re.finditer(r'a*', 'baaab')],
                         [(0, 0), (1, 4), (4, 4), (5, 5)])
        it = re.finditer(r'\d', 'a1b2')
        self.assertEqual(it.next().group(), '1')
        self.assertEqual(it.next().group(), '2')
        self.assertRaises(StopIteration, it.next)

    def test_sub(self):
        self.assertEqual(re.sub(r'\d+', '#', 'a1b22'), 'a#b#')
        self.assertEqual(re.sub(r'\d+', '#', 'a1b22', 1), 'a#b22')
        self.assertEqual(re.sub(r'a', 'b', 'aaa', count=1), 'baa')
        self.assertEqual(re.subn(r'a', 'A', 'banana'), ('bAnAnA', 3))
        self.assertEqual(re.sub(r'(\w+)=(\d+)', r'\2=\1', 'k=1'), '1=k')
        self.assertEqual(re.sub(r'(?P<k>\w+)=', r'\g<k>:', 'k=1'), 'k:1')
        self.assertEqual(re.sub(r'(\w)', r'\g<0>\g<0>', 'ab'), 'aabb')
        self.assertEqual(re.sub(r'(\w+)', r'<\g<1>>', 'a b'), '<a> <b>')
        self.assertEqual(re.sub('a', r'\n\t\\', 'a'), '\n\t\\')
        self.assertEqual(re.sub('a', r'\q', 'a'), '\\q')
        self.assertEqual(re.sub(r'x*', '-', 'abc'), '-a-b-c-')
        self.assertEqual(re.sub(r'x*', '-', 'axb'), '-a-b-')
        self.assertEqual(re.sub('', '-', 'ab'), '-a-b-')
        self.assertEqual(re.sub('x', 'y', 'abc'), 'abc')
        self.assertEqual(re.sub(r'\d+', lambda m: str(int(m.group()) * 2),
                                'a1b21'), 'a2b42')
        self.assertEqual(re.sub('a', lambda m: None, 'bab'), 'bb')
        self.assertEqual(re.sub('(?i)A', 'x', 'aAa'), 'xxx')
        self.assertEqual(re.sub('a', u'x', 'bab'), u'bxb')
        self.assertEqual(type(re.sub('a', 'x', u'bab')), unicode)

    def test_sub_errors(self):
        try:
            re.sub(r'(a)', r'\2', 'a')
        except re.error, e:
            self.assertEqual(str(e), 'invalid group reference')
        else:
            self.fail('no error')
        try:
            re.sub(r'a', r'\g<name>', 'a')
        except IndexError, e:
            self.assertEqual(str(e), 'unknown group name')
        else:
            self.fail('no error')
        self.assertRaises(re.error, re.sub, '(a)|b', r'\1', 'b')
        self.assertRaises(re.error, re.sub, 'a', '\\', 'a')

    def test_split(self):
        self.assertEqual(re.split(r'\s*,\s*', 'a , b,c'), ['a', 'b', 'c'])
        self.assertEqual(re.split(r'(,)', 'a,b'), ['a', ',', 'b'])
        self.assertEqual(re.split(r',', 'a,b,c', 1), ['a', 'b,c'])
        self.assertEqual(re.split(r'\W+', 'Words, words.'),
                         ['Words', 'words', ''])
        self.assertEqual(re.split(r'x*', 'axbc'), ['a', 'bc'])
        self.assertEqual(re.split(r'(a)(x)?', 'bac'), ['b', 'a', None, 'c'])
        self.assertEqual(re.split('x', ''), [''])
        self.assertEqual(re.split(',', 'a,b', -1), ['a,b'])
        self.assertEqual(re.sub('a', 'b', 'aa', -1), 'aa')

    def test_expand(self):
        m = re.match(r'(\d+)-(?P<b>\d+)', '555-1234')
        self.assertEqual(m.expand(r'\2/\1'), '1234/555')
        self.assertEqual(m.expand(r'\g<b>\g<0>'), '1234555-1234')
        self.assertRaises(re.error, m.expand, r'\3')

    def test_escape(self):
        self.assertEqual(re.escape('a.b*c?d[e]'), 'a\\.b\\*c\\?d\\[e\\]')
        self.assertEqual(re.escape('a_1'), 'a\\_1')
        self.assertEqual(re.escape('\0'), '\\000')
        for s in ['1+1=2', '(x)', '$^.|']:
            self.assert_(re.match(re.escape(s) + '$', s))

    def test_compile_cache_and_objects(self):
        p = re.compile('abc')
        self.assert_(re.compile('abc') is p)
        self.assert_(re.compile(p) is p)
        re.purge()
        self.assertEqual(re.compile('abc').pattern, 'abc')
        self.assertRaises(TypeError, re.compile, 42)
        self.assertEqual(re.template('a').match('a').group(), 'a')
        import copy
        self.assertRaises(TypeError, copy.copy, p)
        self.assertRaises(TypeError, copy.copy, p.match('abc'))

    def test_scanner(self):
        s = re.Scanner([(r'\d+', lambda sc, t: int(t)),
                        (r'[a-z]+', lambda sc, t: t.upper()),
                        (r'\s+', None)])
        self.assertEqual(s.scan('12 ab 7 x!y'), ([12, 'AB', 7, 'X'], '!y'))
        sc = re.compile(r'\d').scanner('a1b2')
        self.assertEqual(sc.search().group(), '1')
        self.assertEqual(sc.search().group(), '2')
        self.assertEqual(sc.search(), None)

    def test_buffer_subject(self):
        self.assertEqual(re.search('a', buffer('xxa')).span(), (2, 3))
        self.assertRaises(TypeError, re.match, 'a', 42)


class EngineSafetyTest(unittest.TestCase):

    def test_long_subjects(self):
        # no recursion on the C stack: long subjects are fine
        n = 200000
        self.assertEqual(re.match('(?:ab|ba)*c', 'ab' * n), None)
        self.assertEqual(re.match('(a|b)*c', 'ab' * n + 'c').end(), 2 * n + 1)
        self.assertEqual(re.match('(?:(a)|b)*?c', 'ab' * n + 'c').end(),
                         2 * n + 1)
        self.assertEqual(len(re.findall('a', 'a' * n)), n)

    def test_bad_code(self):
        def bad(code, groups=0, exc=RuntimeError):
            self.assertRaises(exc, _sre.compile, 'x', 0, code, groups,
                              {}, None)
        good = [26, 5, 0, 1, 1, 0, 0, 4, 97, 1]     # header, 'a', success
        p = _sre.compile('a', 0, good, 0, {}, None)
        self.assertEqual(p.match('a').span(), (0, 1))
        bad([])
        bad([1])
        bad(good[:-1])                      # runs off the end
        bad(good[:7] + [99, 1])             # unknown instruction
        bad(good[:7] + [12, 7, 1])          # jump backwards onto itself
        bad(good[:7] + [12, 1000, 1])       # jump out of the code
        bad(good[:7] + [11, 0, 1])          # mark without groups
        bad(good[:7] + [19, 0, 1])          # reference to a missing group
        bad(good[:7] + [23, 1])             # look-around end without start
        bad(good[:7] + [8, 100, 0, 0, 0, 1])    # set longer than the code
        bad(good[:7] + [4, -1, 1], exc=OverflowError)
        bad(good[:7] + [4, 'a', 1], exc=TypeError)
        self.assertRaises(TypeError, _sre.compile, 'x', 0, 'abc', 0, {}, None)

    def test_module_constants(self):
        self.assertEqual(_sre.MAGIC, sre_constants.MAGIC)
        self.assertEqual(_sre.CODESIZE, _sre.getcodesize())
        self.assertEqual(_sre.getlower(ord('A'), 0), ord('a'))
        self.assertEqual(_sre.getlower(0xc9, 0), 0xc9)
        self.assertEqual(_sre.getlower(0xc9, re.U), 0xe9)


class AuditFixesTest(unittest.TestCase):
    def test_group_redefinition(self):
        self.assertRaises(re.error, re.compile, '(?P<a>x)(?P<a>y)')
        try:
            re.compile('(?P<a>x)(?P<a>y)')
        except re.error, e:
            self.assertEqual(str(e), "redefinition of group name 'a' as "
                                     "group 2; was group 1")

    def test_pattern_weakref(self):
        import weakref
        p = re.compile('ab+c')
        proxy = weakref.proxy(p)
        self.assertEqual(proxy.findall('QabbbcR'), ['abbbc'])
        r = weakref.ref(p)
        self.assert_(r() is p)
        del p, proxy
        re.purge()
        self.assertEqual(r(), None)


def test_main():
    test_support.run_unittest(MatchBasicsTest, SyntaxTest, FunctionsTest,
                              EngineSafetyTest, AuditFixesTest)

if __name__ == '__main__':
    test_main()
