"""Token numbers of the Python tokenizer (the values of Include/token.h).

Also: tok_name, mapping each number back to its name, and the
ISTERMINAL / ISNONTERMINAL / ISEOF predicates.
"""

_NAMES = """ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR
LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER
EQUAL DOT PERCENT BACKQUOTE LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL
GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL
MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
DOUBLESLASHEQUAL AT OP ERRORTOKEN N_TOKENS""".split()

tok_name = {}
for _value, _name in enumerate(_NAMES):
    globals()[_name] = _value
    tok_name[_value] = _name
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
del _value, _name

# no __all__, as in 2.5: `from token import *` takes every public name
del _NAMES


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
