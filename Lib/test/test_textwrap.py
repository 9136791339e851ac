# Tests for the textwrap module.
import unittest
from test import test_support
import textwrap
from textwrap import wrap, fill, dedent, TextWrapper

TEXT = ('The Python Language Reference describes the exact syntax and '
        'semantics of the language. It is terse, but attempts to be exact '
        'and complete.')


class WrapTest(unittest.TestCase):

    def test_widths(self):
        for width in range(10, 80, 7):
            for line in wrap(TEXT, width):
                self.assert_(len(line) <= width, (width, line))
        self.assertEqual(wrap(TEXT, 30)[0], 'The Python Language Reference')
        self.assertEqual(' '.join(wrap(TEXT, 25)), TEXT)

    def test_empty(self):
        self.assertEqual(wrap('', 10), [])
        self.assertEqual(wrap('   ', 10), [])
        self.assertEqual(wrap('short', 80), ['short'])

    def test_hyphens_and_long_words(self):
        self.assertEqual(wrap('a-very-long-hyphenated-compound-word here', 10),
                         ['a-very-', 'long-hyphe', 'nated-', 'compound-', 'word here'])
        self.assertEqual(wrap('supercalifragilisticexpialidocious', 10),
                         ['supercalif', 'ragilistic', 'expialidoc', 'ious'])
        self.assertEqual(wrap('supercalifragilisticexpialidocious', 10,
                              break_long_words=False),
                         ['supercalifragilisticexpialidocious'])
        self.assertEqual(wrap('this-is-a-test -- and so on', 80),
                         ['this-is-a-test -- and so on'])

    def test_whitespace(self):
        self.assertEqual(wrap('tabs\there\tand  double  spaces', 12),
                         ['tabs    here', 'and  double', 'spaces'])
        w = TextWrapper(width=20, replace_whitespace=False, expand_tabs=False)
        self.assertEqual(w.wrap('keep\ttabs and\nnewlines inside'),
                         ['keep\ttabs and', 'newlines inside'])

    def test_sentence_endings(self):
        self.assertEqual(wrap('Sentence one.  Sentence two. Three.', 15,
                              fix_sentence_endings=True),
                         ['Sentence one.', 'Sentence two.', 'Three.'])
        w = TextWrapper(width=60, fix_sentence_endings=True)
        self.assertEqual(w.fill('I said "yes." Then I left.'),
                         'I said "yes."  Then I left.')

    def test_indents(self):
        out = fill(TEXT, 25, initial_indent='* ', subsequent_indent='  ')
        lines = out.split('\n')
        self.assert_(lines[0].startswith('* '))
        for line in lines[1:]:
            self.assert_(line.startswith('  ') and not line.startswith('   '))

    def test_unicode(self):
        self.assertEqual(wrap(u'hello there world', 11), [u'hello there', u'world'])

    def test_bad_width(self):
        try:
            wrap('x', 0)
        except ValueError, e:
            self.assertEqual(str(e), 'invalid width 0 (must be > 0)')
        else:
            self.fail('no ValueError')


class DedentTest(unittest.TestCase):

    def test_dedent(self):
        self.assertEqual(dedent('\n    indented\n      more\n    back\n'),
                         '\nindented\n  more\nback\n')
        self.assertEqual(dedent('  a\n\tb\n'), '  a\n\tb\n')
        self.assertEqual(dedent('no indent\n  x'), 'no indent\n  x')
        self.assertEqual(dedent('    x\n\n    y\n'), 'x\n\ny\n')
        self.assertEqual(dedent('  x\n   \n  y'), 'x\n\ny')
        self.assertEqual(dedent('\t\ta\n\t\tb'), 'a\nb')


def test_main():
    test_support.run_unittest(WrapTest, DedentTest)

if __name__ == "__main__":
    test_main()
