"""Opcode numbers and tables of the Python 2.5 bytecode.

The numbers here are those of Include/opcode.h; dis and other bytecode
tools import this module rather than repeat them.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is',
          'is not', 'exception match', 'BAD')

hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []

opmap = {}
opname = ['<%d>' % _n for _n in range(256)]
del _n


def _define(name, number, *tables):
    opname[number] = name
    opmap[name] = number
    for table in tables:
        table.append(number)

_define('STOP_CODE', 0)
_define('POP_TOP', 1)
_define('ROT_TWO', 2)
_define('ROT_THREE', 3)
_define('DUP_TOP', 4)
_define('ROT_FOUR', 5)
_define('NOP', 9)

_define('UNARY_POSITIVE', 10)
_define('UNARY_NEGATIVE', 11)
_define('UNARY_NOT', 12)
_define('UNARY_CONVERT', 13)
_define('UNARY_INVERT', 15)

_define('LIST_APPEND', 18)
_define('BINARY_POWER', 19)
_define('BINARY_MULTIPLY', 20)
_define('BINARY_DIVIDE', 21)
_define('BINARY_MODULO', 22)
_define('BINARY_ADD', 23)
_define('BINARY_SUBTRACT', 24)
_define('BINARY_SUBSCR', 25)
_define('BINARY_FLOOR_DIVIDE', 26)
_define('BINARY_TRUE_DIVIDE', 27)
_define('INPLACE_FLOOR_DIVIDE', 28)
_define('INPLACE_TRUE_DIVIDE', 29)

# The slice families take their bound layout from the low two bits.
for _i in range(4):
    _define('SLICE+%d' % _i, 30 + _i)
    _define('STORE_SLICE+%d' % _i, 40 + _i)
    _define('DELETE_SLICE+%d' % _i, 50 + _i)
del _i

_define('INPLACE_ADD', 55)
_define('INPLACE_SUBTRACT', 56)
_define('INPLACE_MULTIPLY', 57)
_define('INPLACE_DIVIDE', 58)
_define('INPLACE_MODULO', 59)
_define('STORE_SUBSCR', 60)
_define('DELETE_SUBSCR', 61)
_define('BINARY_LSHIFT', 62)
_define('BINARY_RSHIFT', 63)
_define('BINARY_AND', 64)
_define('BINARY_XOR', 65)
_define('BINARY_OR', 66)
_define('INPLACE_POWER', 67)
_define('GET_ITER', 68)

_define('PRINT_EXPR', 70)
_define('PRINT_ITEM', 71)
_define('PRINT_NEWLINE', 72)
_define('PRINT_ITEM_TO', 73)
_define('PRINT_NEWLINE_TO', 74)
_define('INPLACE_LSHIFT', 75)
_define('INPLACE_RSHIFT', 76)
_define('INPLACE_AND', 77)
_define('INPLACE_XOR', 78)
_define('INPLACE_OR', 79)
_define('BREAK_LOOP', 80)
_define('WITH_CLEANUP', 81)
_define('LOAD_LOCALS', 82)
_define('RETURN_VALUE', 83)
_define('IMPORT_STAR', 84)
_define('EXEC_STMT', 85)
_define('YIELD_VALUE', 86)
_define('POP_BLOCK', 87)
_define('END_FINALLY', 88)
_define('BUILD_CLASS', 89)

HAVE_ARGUMENT = 90

_define('STORE_NAME', 90, hasname)
_define('DELETE_NAME', 91, hasname)
_define('UNPACK_SEQUENCE', 92)
_define('FOR_ITER', 93, hasjrel)
_define('STORE_ATTR', 95, hasname)
_define('DELETE_ATTR', 96, hasname)
_define('STORE_GLOBAL', 97, hasname)
_define('DELETE_GLOBAL', 98, hasname)
_define('DUP_TOPX', 99)
_define('LOAD_CONST', 100, hasconst)
_define('LOAD_NAME', 101, hasname)
_define('BUILD_TUPLE', 102)
_define('BUILD_LIST', 103)
_define('BUILD_MAP', 104)
_define('LOAD_ATTR', 105, hasname)
_define('COMPARE_OP', 106, hascompare)
_define('IMPORT_NAME', 107, hasname)
_define('IMPORT_FROM', 108, hasname)

_define('JUMP_FORWARD', 110, hasjrel)
_define('JUMP_IF_FALSE', 111, hasjrel)
_define('JUMP_IF_TRUE', 112, hasjrel)
_define('JUMP_ABSOLUTE', 113, hasjabs)

_define('LOAD_GLOBAL', 116, hasname)

_define('CONTINUE_LOOP', 119, hasjabs)
_define('SETUP_LOOP', 120, hasjrel)
_define('SETUP_EXCEPT', 121, hasjrel)
_define('SETUP_FINALLY', 122, hasjrel)

_define('LOAD_FAST', 124, haslocal)
_define('STORE_FAST', 125, haslocal)
_define('DELETE_FAST', 126, haslocal)

_define('RAISE_VARARGS', 130)
_define('CALL_FUNCTION', 131)
_define('MAKE_FUNCTION', 132)
_define('BUILD_SLICE', 133)
_define('MAKE_CLOSURE', 134)
_define('LOAD_CLOSURE', 135, hasfree)
_define('LOAD_DEREF', 136, hasfree)
_define('STORE_DEREF', 137, hasfree)

_define('CALL_FUNCTION_VAR', 140)
_define('CALL_FUNCTION_KW', 141)
_define('CALL_FUNCTION_VAR_KW', 142)
_define('EXTENDED_ARG', 143)
EXTENDED_ARG = 143

del _define
