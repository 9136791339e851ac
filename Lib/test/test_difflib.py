"""Tests for difflib."""

import unittest
from test import test_support

import difflib
from difflib import SequenceMatcher


class SequenceMatcherTests(unittest.TestCase):

    def test_matching_blocks(self):
        s = SequenceMatcher(None, "abxcd", "abcd")
        self.assertEqual(s.get_matching_blocks(),
                         [(0, 0, 2), (3, 2, 2), (5, 4, 0)])
        s = SequenceMatcher(None, "", "")
        self.assertEqual(s.get_matching_blocks(), [(0, 0, 0)])

    def test_adjacent_blocks_are_merged(self):
        s = SequenceMatcher(None, "abcd", "abcd")
        self.assertEqual(s.get_matching_blocks(), [(0, 0, 4), (4, 4, 0)])

    def test_find_longest_match(self):
        s = SequenceMatcher(None, " abcd", "abcd abcd")
        self.assertEqual(s.find_longest_match(0, 5, 0, 9), (0, 4, 5))
        # With blanks as junk the match can no longer start at a blank.
        s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
        self.assertEqual(s.find_longest_match(0, 5, 0, 9), (1, 0, 4))
        s = SequenceMatcher(None, "ab", "c")
        self.assertEqual(s.find_longest_match(0, 2, 0, 1), (0, 0, 0))

    def test_opcodes(self):
        a, b = "qabxcd", "abycdf"
        s = SequenceMatcher(None, a, b)
        self.assertEqual(s.get_opcodes(),
                         [('delete', 0, 1, 0, 0),
                          ('equal', 1, 3, 0, 2),
                          ('replace', 3, 4, 2, 3),
                          ('equal', 4, 6, 3, 5),
                          ('insert', 6, 6, 5, 6)])

    def test_ratios(self):
        s = SequenceMatcher(None, "abcd", "bcde")
        self.assertEqual(s.ratio(), 0.75)
        self.assertEqual(s.quick_ratio(), 0.75)
        self.assertEqual(s.real_quick_ratio(), 1.0)
        self.assertEqual(SequenceMatcher(None, "", "").ratio(), 1.0)
        s = SequenceMatcher(lambda x: x == " ",
                            "private Thread currentThread;",
                            "private volatile Thread currentThread;")
        self.assertEqual(round(s.ratio(), 3), 0.866)

    def test_set_seqs_resets(self):
        s = SequenceMatcher(None, "abc", "abc")
        self.assertEqual(s.ratio(), 1.0)
        s.set_seq1("xyz")
        self.assertEqual(s.ratio(), 0.0)
        s.set_seqs("ab", "ab")
        self.assertEqual(s.ratio(), 1.0)

    def test_popular_elements(self):
        # In a long sequence, very frequent elements do not seed matches.
        a = 'x' * 100 + 'y' * 100
        b = 'x' * 100 + 'y' * 100
        s = SequenceMatcher(None, a, b)
        self.assertTrue(s.isbpopular('x'))
        self.assertFalse('x' in s.b2j)
        self.assertFalse(s.isbpopular('z'))
        # A match is still grown over popular elements next to it.
        self.assertEqual(s.get_matching_blocks(), [(0, 0, 200),
                                                   (200, 200, 0)])
        short = SequenceMatcher(None, 'x' * 10, 'x' * 10)
        self.assertFalse(short.isbpopular('x'))

    def test_grouped_opcodes(self):
        a = map(str, range(40))
        b = a[:]
        b[5] = 'x'
        b[30] = 'y'
        groups = list(SequenceMatcher(None, a, b).get_grouped_opcodes(2))
        self.assertEqual(len(groups), 2)
        self.assertEqual(groups[0], [('equal', 3, 5, 3, 5),
                                     ('replace', 5, 6, 5, 6),
                                     ('equal', 6, 8, 6, 8)])
        self.assertEqual(list(SequenceMatcher(None, a, a)
                              .get_grouped_opcodes()), [])


class FunctionTests(unittest.TestCase):

    def test_get_close_matches(self):
        self.assertEqual(difflib.get_close_matches(
            'appel', ['ape', 'apple', 'peach', 'puppy']), ['apple', 'ape'])
        self.assertEqual(difflib.get_close_matches('xyz', ['abc']), [])
        self.assertEqual(difflib.get_close_matches(
            'apple', ['apple', 'ample', 'apply'], n=1), ['apple'])
        self.assertRaises(ValueError, difflib.get_close_matches, 'a', [], 0)
        self.assertRaises(ValueError, difflib.get_close_matches, 'a', [],
                          3, 1.5)

    def test_junk_predicates(self):
        self.assertTrue(difflib.IS_LINE_JUNK('\n'))
        self.assertTrue(difflib.IS_LINE_JUNK('  #   \n'))
        self.assertFalse(difflib.IS_LINE_JUNK('hello\n'))
        self.assertTrue(difflib.IS_CHARACTER_JUNK(' '))
        self.assertTrue(difflib.IS_CHARACTER_JUNK('\t'))
        self.assertFalse(difflib.IS_CHARACTER_JUNK('\n'))
        self.assertFalse(difflib.IS_CHARACTER_JUNK('x'))

    def test_ndiff_and_restore(self):
        a = 'one\ntwo\nthree\n'.splitlines(1)
        b = 'ore\ntree\nemu\n'.splitlines(1)
        diff = list(difflib.ndiff(a, b))
        self.assertEqual(diff, ['- one\n', '?  ^\n', '+ ore\n', '?  ^\n',
                                '- two\n', '- three\n', '?  -\n',
                                '+ tree\n', '+ emu\n'])
        self.assertEqual(list(difflib.restore(diff, 1)), a)
        self.assertEqual(list(difflib.restore(diff, 2)), b)
        self.assertRaises(ValueError, list, difflib.restore(diff, 3))

    def test_differ_intraline_marks(self):
        text1 = ['  1. Beautiful is better than ugly.\n',
                 '  2. Explicit is better than implicit.\n',
                 '  3. Simple is better than complex.\n',
                 '  4. Complex is better than complicated.\n']
        text2 = ['  1. Beautiful is better than ugly.\n',
                 '  3.   Simple is better than complex.\n',
                 '  4. Complicated is better than complex.\n',
                 '  5. Flat is better than nested.\n']
        result = list(difflib.Differ().compare(text1, text2))
        self.assertEqual(result, [
            '    1. Beautiful is better than ugly.\n',
            '-   2. Explicit is better than implicit.\n',
            '-   3. Simple is better than complex.\n',
            '+   3.   Simple is better than complex.\n',
            '?     ++\n',
            '-   4. Complex is better than complicated.\n',
            '?            ^                     ---- ^\n',
            '+   4. Complicated is better than complex.\n',
            '?           ++++ ^                      ^\n',
            '+   5. Flat is better than nested.\n'])

    def test_unified_diff(self):
        a = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
        b = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
        result = list(difflib.unified_diff(a, b, 'before.py', 'after.py'))
        self.assertEqual(result, ['--- before.py \n', '+++ after.py \n',
                                  '@@ -1,4 +1,4 @@\n', '-bacon\n',
                                  '-eggs\n', '-ham\n', '+python\n',
                                  '+eggy\n', '+hamster\n', ' guido\n'])
        self.assertEqual(list(difflib.unified_diff(a, a)), [])
        result = list(difflib.unified_diff(['a'], ['b'], lineterm=''))
        self.assertEqual(result, ['---  ', '+++  ', '@@ -1,1 +1,1 @@',
                                  '-a', '+b'])

    def test_context_diff(self):
        a = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
        b = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
        result = list(difflib.context_diff(a, b, 'before.py', 'after.py'))
        self.assertEqual(result, ['*** before.py \n', '--- after.py \n',
                                  '***************\n', '*** 1,4 ****\n',
                                  '! bacon\n', '! eggs\n', '! ham\n',
                                  '  guido\n', '--- 1,4 ----\n',
                                  '! python\n', '! eggy\n', '! hamster\n',
                                  '  guido\n'])
        result = list(difflib.context_diff(['a\n'], ['a\n', 'b\n']))
        self.assertEqual(result[3:], ['*** 1 ****\n', '--- 1,2 ----\n',
                                      '  a\n', '+ b\n'])

    def test_html_diff(self):
        html = difflib.HtmlDiff().make_file(['a\n', 'b\n'], ['a\n', 'c\n'])
        self.assertTrue(html.lstrip().startswith('<!DOCTYPE'))
        self.assertTrue('diff_chg' in html or 'diff_add' in html)
        table = difflib.HtmlDiff().make_table(['x<y\n'], ['x<z\n'])
        self.assertTrue('&lt;' in table)
        self.assertFalse('x<y' in table)


def test_main():
    test_support.run_unittest(SequenceMatcherTests, FunctionTests)

if __name__ == "__main__":
    test_main()
