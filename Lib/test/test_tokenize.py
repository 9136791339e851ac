"""Tests for tokenize and token."""

import unittest
from StringIO import StringIO
from test import test_support

import token
import tokenize
from tokenize import (generate_tokens, untokenize, NAME, NUMBER, STRING,
                      OP, NEWLINE, NL, COMMENT, INDENT, DEDENT, ENDMARKER,
                      ERRORTOKEN)


def toks(source):
    return list(generate_tokens(StringIO(source).readline))


def pairs(source):
    return [(tokenize.tok_name[t[0]], t[1]) for t in toks(source)]


class TokenModuleTests(unittest.TestCase):

    def test_numbers(self):
        self.assertEqual(token.ENDMARKER, 0)
        self.assertEqual(token.NAME, 1)
        self.assertEqual(token.OP, 51)
        self.assertEqual(token.N_TOKENS, 53)
        self.assertEqual(token.NT_OFFSET, 256)
        self.assertEqual(token.tok_name[token.STRING], 'STRING')
        self.assertTrue(token.ISTERMINAL(token.NAME))
        self.assertTrue(token.ISNONTERMINAL(300))
        self.assertTrue(token.ISEOF(token.ENDMARKER))

    def test_extra_tokens(self):
        self.assertEqual(tokenize.COMMENT, token.N_TOKENS)
        self.assertEqual(tokenize.NL, token.N_TOKENS + 1)
        self.assertEqual(tokenize.tok_name[tokenize.COMMENT], 'COMMENT')


class TokenizeTests(unittest.TestCase):

    def test_simple_statement(self):
        result = toks("x = 1\n")
        self.assertEqual(result[0], (NAME, 'x', (1, 0), (1, 1), 'x = 1\n'))
        self.assertEqual(result[1], (OP, '=', (1, 2), (1, 3), 'x = 1\n'))
        self.assertEqual(result[2], (NUMBER, '1', (1, 4), (1, 5), 'x = 1\n'))
        self.assertEqual(result[3][:4], (NEWLINE, '\n', (1, 5), (1, 6)))
        self.assertEqual(result[4][:4], (ENDMARKER, '', (2, 0), (2, 0)))

    def test_indentation(self):
        source = "if x:\n    y = 1\nz\n"
        kinds = [t[0] for t in toks(source)]
        self.assertEqual(kinds, [NAME, NAME, OP, NEWLINE, INDENT, NAME, OP,
                                 NUMBER, NEWLINE, DEDENT, NAME, NEWLINE,
                                 ENDMARKER])
        indent = toks(source)[4]
        self.assertEqual(indent[1:4], ('    ', (2, 0), (2, 4)))

    def test_dedents_at_end(self):
        kinds = [t[0] for t in toks("if x:\n  if y:\n    z\n")]
        self.assertEqual(kinds[-3:], [DEDENT, DEDENT, ENDMARKER])

    def test_bad_dedent(self):
        self.assertRaises(IndentationError, toks,
                          "if x:\n    y\n  z\n")

    def test_comments_and_blank_lines(self):
        self.assertEqual(pairs("# hi\n\nx  # there\n"),
                         [('COMMENT', '# hi'), ('NL', '\n'), ('NL', '\n'),
                          ('NAME', 'x'), ('COMMENT', '# there'),
                          ('NEWLINE', '\n'), ('ENDMARKER', '')])

    def test_brackets_continue_lines(self):
        self.assertEqual(pairs("f(1,\n  2)\n"),
                         [('NAME', 'f'), ('OP', '('), ('NUMBER', '1'),
                          ('OP', ','), ('NL', '\n'), ('NUMBER', '2'),
                          ('OP', ')'), ('NEWLINE', '\n'), ('ENDMARKER', '')])

    def test_backslash_continuation(self):
        self.assertEqual(pairs("x = 1 + \\\n    2\n"),
                         [('NAME', 'x'), ('OP', '='), ('NUMBER', '1'),
                          ('OP', '+'), ('NUMBER', '2'), ('NEWLINE', '\n'),
                          ('ENDMARKER', '')])

    def test_numbers(self):
        for text in ['0', '123', '0x1f', '0XABL', '017', '10L', '1.5',
                     '.5', '5.', '1e10', '1.5E-3', '3j', '2.5J', '1e5j']:
            result = toks(text + '\n')
            self.assertEqual(result[0][:2], (NUMBER, text), text)

    def test_strings(self):
        for text in ["'a'", '"b"', "'''x\ny'''", 'r"\\d"', "u'x'",
                     "ur'x'", "UR'x'", "'it\\'s'", '""']:
            result = toks(text + '\n')
            self.assertEqual(result[0][:2], (STRING, text), text)
        triple = toks('s = """a\nb"""\n')[2]
        self.assertEqual(triple[2:4], ((1, 4), (2, 4)))

    def test_unterminated(self):
        self.assertRaises(tokenize.TokenError, toks, '"""abc\n')
        self.assertRaises(tokenize.TokenError, toks, 'f(1,\n')

    def test_operators(self):
        source = "a **= b // c << d >> e != f <> g == h <= i >= j @k `l`\n"
        ops = [t[1] for t in toks(source) if t[0] == OP]
        self.assertEqual(ops, ['**=', '//', '<<', '>>', '!=', '<>', '==',
                               '<=', '>=', '@', '`', '`'])

    def test_error_token(self):
        result = toks("a $ b\n")
        self.assertEqual(result[1][:2], (ERRORTOKEN, '$'))

    def test_tokenize_callback(self):
        seen = []

        def eater(kind, text, start, end, line):
            seen.append(text)
        tokenize.tokenize(StringIO("a+b\n").readline, eater)
        self.assertEqual(seen, ['a', '+', 'b', '\n', ''])

    def test_stop_tokenizing(self):
        seen = []

        def eater(kind, text, start, end, line):
            seen.append(text)
            raise tokenize.StopTokenizing
        tokenize.tokenize(StringIO("a+b\n").readline, eater)
        self.assertEqual(seen, ['a'])

    def test_printtoken(self):
        saved = test_support.captured_stdout()
        buf = saved.__enter__()
        try:
            tokenize.printtoken(NAME, 'x', (1, 0), (1, 1), 'x\n')
        finally:
            saved.__exit__(None, None, None)
        self.assertEqual(buf.getvalue(), "1,0-1,1:\tNAME\t'x'\n")

    def test_untokenize_roundtrip(self):
        source = ("def f(a, b=2):\n"
                  "    '''doc'''\n"
                  "    # comment\n"
                  "    return [a,\n"
                  "            b] + {1: 2}.keys()\n"
                  "\n"
                  "print f(1)\n")
        self.assertEqual(untokenize(toks(source)), source)
        # From pairs only, the text differs but the tokens do not.
        two = [t[:2] for t in toks(source)]
        again = untokenize(two)
        self.assertEqual([t[:2] for t in toks(again)
                          if t[0] not in (NL, COMMENT)],
                         [t for t in two if t[0] not in (NL, COMMENT)])


def test_main():
    test_support.run_unittest(TokenModuleTests, TokenizeTests)

if __name__ == "__main__":
    test_main()
