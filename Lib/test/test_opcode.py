"""Tests for opcode, token and keyword: the tables describing the 2.5
bytecode, tokenizer and grammar (2.5 Library Reference 18.10.1, 18.5,
18.6)."""

import opcode
import token
import keyword
import unittest
from test import test_support

# The Python 2.5 instruction set, by number.
OPCODES_25 = {
    0: 'STOP_CODE', 1: 'POP_TOP', 2: 'ROT_TWO', 3: 'ROT_THREE',
    4: 'DUP_TOP', 5: 'ROT_FOUR', 9: 'NOP',
    10: 'UNARY_POSITIVE', 11: 'UNARY_NEGATIVE', 12: 'UNARY_NOT',
    13: 'UNARY_CONVERT', 15: 'UNARY_INVERT', 18: 'LIST_APPEND',
    19: 'BINARY_POWER', 20: 'BINARY_MULTIPLY', 21: 'BINARY_DIVIDE',
    22: 'BINARY_MODULO', 23: 'BINARY_ADD', 24: 'BINARY_SUBTRACT',
    25: 'BINARY_SUBSCR', 26: 'BINARY_FLOOR_DIVIDE',
    27: 'BINARY_TRUE_DIVIDE', 28: 'INPLACE_FLOOR_DIVIDE',
    29: 'INPLACE_TRUE_DIVIDE',
    30: 'SLICE+0', 31: 'SLICE+1', 32: 'SLICE+2', 33: 'SLICE+3',
    40: 'STORE_SLICE+0', 41: 'STORE_SLICE+1', 42: 'STORE_SLICE+2',
    43: 'STORE_SLICE+3',
    50: 'DELETE_SLICE+0', 51: 'DELETE_SLICE+1', 52: 'DELETE_SLICE+2',
    53: 'DELETE_SLICE+3',
    55: 'INPLACE_ADD', 56: 'INPLACE_SUBTRACT', 57: 'INPLACE_MULTIPLY',
    58: 'INPLACE_DIVIDE', 59: 'INPLACE_MODULO', 60: 'STORE_SUBSCR',
    61: 'DELETE_SUBSCR', 62: 'BINARY_LSHIFT', 63: 'BINARY_RSHIFT',
    64: 'BINARY_AND', 65: 'BINARY_XOR', 66: 'BINARY_OR',
    67: 'INPLACE_POWER', 68: 'GET_ITER', 70: 'PRINT_EXPR',
    71: 'PRINT_ITEM', 72: 'PRINT_NEWLINE', 73: 'PRINT_ITEM_TO',
    74: 'PRINT_NEWLINE_TO', 75: 'INPLACE_LSHIFT', 76: 'INPLACE_RSHIFT',
    77: 'INPLACE_AND', 78: 'INPLACE_XOR', 79: 'INPLACE_OR',
    80: 'BREAK_LOOP', 81: 'WITH_CLEANUP', 82: 'LOAD_LOCALS',
    83: 'RETURN_VALUE', 84: 'IMPORT_STAR', 85: 'EXEC_STMT',
    86: 'YIELD_VALUE', 87: 'POP_BLOCK', 88: 'END_FINALLY',
    89: 'BUILD_CLASS',
    90: 'STORE_NAME', 91: 'DELETE_NAME', 92: 'UNPACK_SEQUENCE',
    93: 'FOR_ITER', 95: 'STORE_ATTR', 96: 'DELETE_ATTR',
    97: 'STORE_GLOBAL', 98: 'DELETE_GLOBAL', 99: 'DUP_TOPX',
    100: 'LOAD_CONST', 101: 'LOAD_NAME', 102: 'BUILD_TUPLE',
    103: 'BUILD_LIST', 104: 'BUILD_MAP', 105: 'LOAD_ATTR',
    106: 'COMPARE_OP', 107: 'IMPORT_NAME', 108: 'IMPORT_FROM',
    110: 'JUMP_FORWARD', 111: 'JUMP_IF_FALSE', 112: 'JUMP_IF_TRUE',
    113: 'JUMP_ABSOLUTE', 116: 'LOAD_GLOBAL', 119: 'CONTINUE_LOOP',
    120: 'SETUP_LOOP', 121: 'SETUP_EXCEPT', 122: 'SETUP_FINALLY',
    124: 'LOAD_FAST', 125: 'STORE_FAST', 126: 'DELETE_FAST',
    130: 'RAISE_VARARGS', 131: 'CALL_FUNCTION', 132: 'MAKE_FUNCTION',
    133: 'BUILD_SLICE', 134: 'MAKE_CLOSURE', 135: 'LOAD_CLOSURE',
    136: 'LOAD_DEREF', 137: 'STORE_DEREF', 140: 'CALL_FUNCTION_VAR',
    141: 'CALL_FUNCTION_KW', 142: 'CALL_FUNCTION_VAR_KW',
    143: 'EXTENDED_ARG',
}


class OpcodeTests(unittest.TestCase):

    def test_all(self):
        self.assertEqual(sorted(opcode.__all__),
                         sorted(['cmp_op', 'hasconst', 'hasname', 'hasjrel',
                                 'hasjabs', 'haslocal', 'hascompare',
                                 'hasfree', 'opname', 'opmap',
                                 'HAVE_ARGUMENT', 'EXTENDED_ARG']))
        for name in opcode.__all__:
            self.assert_(hasattr(opcode, name), name)

    def test_opname(self):
        self.assertEqual(len(opcode.opname), 256)
        for op in range(256):
            if op in OPCODES_25:
                self.assertEqual(opcode.opname[op], OPCODES_25[op])
            else:
                # unused numbers have a placeholder name
                self.assertEqual(opcode.opname[op], '<%r>' % (op,))

    def test_opmap(self):
        self.assertEqual(type(opcode.opmap), dict)
        self.assertEqual(len(opcode.opmap), len(OPCODES_25))
        for op, name in OPCODES_25.items():
            self.assertEqual(opcode.opmap[name], op)
        # instructions of later versions are absent
        for later in ('STORE_MAP', 'SETUP_WITH', 'POP_JUMP_IF_FALSE',
                      'BUILD_SET', 'SET_ADD', 'MAP_ADD',
                      'JUMP_IF_FALSE_OR_POP'):
            self.failIf(later in opcode.opmap, later)

    def test_have_argument(self):
        self.assertEqual(opcode.HAVE_ARGUMENT, 90)
        self.assertEqual(opcode.EXTENDED_ARG, 143)
        self.assertEqual(opcode.opname[opcode.EXTENDED_ARG], 'EXTENDED_ARG')
        for name, op in opcode.opmap.items():
            if name in ('STORE_NAME', 'LOAD_CONST', 'CALL_FUNCTION'):
                self.assert_(op >= opcode.HAVE_ARGUMENT)
            if name in ('POP_TOP', 'RETURN_VALUE', 'BINARY_ADD'):
                self.assert_(op < opcode.HAVE_ARGUMENT)

    def check_group(self, group, names):
        self.assertEqual(type(group), list)
        self.assertEqual(sorted(group),
                         sorted([opcode.opmap[n] for n in names]))
        for op in group:
            self.assert_(op >= opcode.HAVE_ARGUMENT, op)

    def test_groups(self):
        self.check_group(opcode.hasconst, ['LOAD_CONST'])
        self.check_group(opcode.hasname,
                         ['STORE_NAME', 'DELETE_NAME', 'STORE_ATTR',
                          'DELETE_ATTR', 'STORE_GLOBAL', 'DELETE_GLOBAL',
                          'LOAD_NAME', 'LOAD_ATTR', 'IMPORT_NAME',
                          'IMPORT_FROM', 'LOAD_GLOBAL'])
        self.check_group(opcode.hasjrel,
                         ['FOR_ITER', 'JUMP_FORWARD', 'JUMP_IF_FALSE',
                          'JUMP_IF_TRUE', 'SETUP_LOOP', 'SETUP_EXCEPT',
                          'SETUP_FINALLY'])
        self.check_group(opcode.hasjabs, ['JUMP_ABSOLUTE', 'CONTINUE_LOOP'])
        self.check_group(opcode.haslocal,
                         ['LOAD_FAST', 'STORE_FAST', 'DELETE_FAST'])
        self.check_group(opcode.hascompare, ['COMPARE_OP'])
        self.check_group(opcode.hasfree,
                         ['LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF'])

    def test_cmp_op(self):
        self.assertEqual(opcode.cmp_op,
                         ('<', '<=', '==', '!=', '>', '>=', 'in', 'not in',
                          'is', 'is not', 'exception match', 'BAD'))

    def ops_of(self, code):
        """The instruction names in a code object's bytecode."""
        co = code.co_code
        names = []
        i = 0
        while i < len(co):
            op = ord(co[i])
            names.append(opcode.opname[op])
            if op >= opcode.HAVE_ARGUMENT:
                i += 3
            else:
                i += 1
        return names

    def test_matches_compiler(self):
        # the table describes what the compiler actually emits
        co = compile('x = 1\n', '<test>', 'exec')
        self.assertEqual(self.ops_of(co),
                         ['LOAD_CONST', 'STORE_NAME', 'LOAD_CONST',
                          'RETURN_VALUE'])
        def f(a, b):
            return a + b
        self.assertEqual(self.ops_of(f.func_code),
                         ['LOAD_FAST', 'LOAD_FAST', 'BINARY_ADD',
                          'RETURN_VALUE'])
        def g(a):
            return a < 3
        ops = self.ops_of(g.func_code)
        self.assert_('COMPARE_OP' in ops, ops)
        i = list(g.func_code.co_code).index(chr(opcode.opmap['COMPARE_OP']))
        arg = ord(g.func_code.co_code[i + 1])
        self.assertEqual(opcode.cmp_op[arg], '<')
        def h(seq):
            for x in seq:
                print x
        ops = self.ops_of(h.func_code)
        for name in ('SETUP_LOOP', 'GET_ITER', 'FOR_ITER', 'PRINT_ITEM',
                     'PRINT_NEWLINE', 'JUMP_ABSOLUTE', 'POP_BLOCK'):
            self.assert_(name in ops, (name, ops))
        def k():
            v = 1
            def inner():
                return v
            return inner
        ops = self.ops_of(k.func_code)
        self.assert_('LOAD_CLOSURE' in ops and 'MAKE_CLOSURE' in ops, ops)
        self.assertEqual(self.ops_of(k().func_code),
                         ['LOAD_DEREF', 'RETURN_VALUE'])

    def test_dis_uses_table(self):
        import dis
        self.assert_(dis.opname is opcode.opname)
        self.assertEqual(dis.HAVE_ARGUMENT, opcode.HAVE_ARGUMENT)


# token numbers as in 2.5's Include/token.h
TOKENS_25 = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT',
             'DEDENT', 'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA',
             'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER',
             'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'BACKQUOTE',
             'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
             'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT',
             'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL',
             'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL',
             'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL',
             'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
             'DOUBLESLASHEQUAL', 'AT', 'OP', 'ERRORTOKEN', 'N_TOKENS']


class TokenTests(unittest.TestCase):

    def test_numbers(self):
        for value, name in enumerate(TOKENS_25):
            self.assertEqual(getattr(token, name), value, name)
        self.assertEqual(token.N_TOKENS, 53)
        self.assertEqual(token.NT_OFFSET, 256)

    def test_tok_name(self):
        expected = dict(enumerate(TOKENS_25))
        expected[256] = 'NT_OFFSET'
        self.assertEqual(token.tok_name, expected)

    def test_predicates(self):
        self.assertEqual(token.ISEOF(token.ENDMARKER), True)
        self.assertEqual(token.ISEOF(token.NAME), False)
        for t in range(token.N_TOKENS):
            self.assert_(token.ISTERMINAL(t))
            self.failIf(token.ISNONTERMINAL(t))
        self.assert_(token.ISTERMINAL(token.NT_OFFSET - 1))
        self.failIf(token.ISTERMINAL(token.NT_OFFSET))
        self.assert_(token.ISNONTERMINAL(token.NT_OFFSET))
        self.assert_(token.ISNONTERMINAL(300))

    def test_star_import(self):
        ns = {}
        exec 'from token import *' in ns
        for name in TOKENS_25 + ['NT_OFFSET', 'tok_name', 'ISTERMINAL',
                                 'ISNONTERMINAL', 'ISEOF']:
            self.assert_(name in ns, name)

    def test_matches_tokenizer_and_parser(self):
        import tokenize
        import StringIO
        import parser
        src = 'x = (1 + 2) ** 3 // 4\n'
        toks = [t[0] for t in
                tokenize.generate_tokens(StringIO.StringIO(src).readline)]
        # tokenize reports operators as OP
        self.assertEqual(toks,
                         [token.NAME, token.OP, token.OP, token.NUMBER,
                          token.OP, token.NUMBER, token.OP, token.OP,
                          token.NUMBER, token.OP, token.NUMBER,
                          token.NEWLINE, token.ENDMARKER])
        # the parser's concrete trees use the exact token numbers
        tree = parser.suite(src).totuple()
        leaves = []
        def walk(node):
            if token.ISTERMINAL(node[0]):
                leaves.append(node[0])
            else:
                for child in node[1:]:
                    walk(child)
        walk(tree)
        self.assertEqual(leaves[:10],
                         [token.NAME, token.EQUAL, token.LPAR, token.NUMBER,
                          token.PLUS, token.NUMBER, token.RPAR,
                          token.DOUBLESTAR, token.NUMBER, token.DOUBLESLASH])
    try:
        import parser
    except ImportError:
        del test_matches_tokenizer_and_parser


class KeywordTests(unittest.TestCase):

    def test_all(self):
        self.assertEqual(sorted(keyword.__all__), ['iskeyword', 'kwlist'])

    def test_kwlist(self):
        # 2.5's grammar has 'with' and 'as' (usable as statements under
        # the with_statement future import, names elsewhere with a warning)
        self.assertEqual(keyword.kwlist,
                         ['and', 'as', 'assert', 'break', 'class',
                          'continue', 'def', 'del', 'elif', 'else', 'except',
                          'exec', 'finally', 'for', 'from', 'global', 'if',
                          'import', 'in', 'is', 'lambda', 'not', 'or',
                          'pass', 'print', 'raise', 'return', 'try',
                          'while', 'with', 'yield'])
        self.assertEqual(keyword.kwlist, sorted(keyword.kwlist))

    def test_iskeyword(self):
        for kw in keyword.kwlist:
            self.assertEqual(keyword.iskeyword(kw), True)
        for name in ('None', 'True', 'False', 'self', 'nonlocal', 'async',
                     'Print', 'IF', ' if', 'if ', ''):
            self.assertEqual(keyword.iskeyword(name), False)
        self.assertRaises(TypeError, keyword.iskeyword)

    def test_keywords_are_reserved(self):
        for kw in keyword.kwlist:
            if kw in ('with', 'as'):
                continue
            self.assertRaises(SyntaxError, compile, '%s = 1\n' % kw,
                              '<kw>', 'exec')


def test_main():
    test_support.run_unittest(OpcodeTests, TokenTests, KeywordTests)

if __name__ == '__main__':
    test_main()
