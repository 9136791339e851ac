#ifndef Py_OPCODE_H
#define Py_OPCODE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Bytecode instruction numbers of the Python 2.5 virtual machine.
   Opcodes below HAVE_ARGUMENT are one byte long; the others are
   followed by a 16-bit little-endian argument. */

#define STOP_CODE               0
#define POP_TOP                 1
#define ROT_TWO                 2
#define ROT_THREE               3
#define DUP_TOP                 4
#define ROT_FOUR                5
#define NOP                     9

#define UNARY_POSITIVE          10
#define UNARY_NEGATIVE          11
#define UNARY_NOT               12
#define UNARY_CONVERT           13

#define UNARY_INVERT            15

#define LIST_APPEND             18
#define BINARY_POWER            19

#define BINARY_MULTIPLY         20
#define BINARY_DIVIDE           21
#define BINARY_MODULO           22
#define BINARY_ADD              23
#define BINARY_SUBTRACT         24
#define BINARY_SUBSCR           25
#define BINARY_FLOOR_DIVIDE     26
#define BINARY_TRUE_DIVIDE      27
#define INPLACE_FLOOR_DIVIDE    28
#define INPLACE_TRUE_DIVIDE     29

/* SLICE+0 .. SLICE+3 etc.: the low bits say which bounds are present
   (1: lower, 2: upper). */
#define SLICE                   30
#define STORE_SLICE             40
#define DELETE_SLICE            50

#define INPLACE_ADD             55
#define INPLACE_SUBTRACT        56
#define INPLACE_MULTIPLY        57
#define INPLACE_DIVIDE          58
#define INPLACE_MODULO          59
#define STORE_SUBSCR            60
#define DELETE_SUBSCR           61

#define BINARY_LSHIFT           62
#define BINARY_RSHIFT           63
#define BINARY_AND              64
#define BINARY_XOR              65
#define BINARY_OR               66
#define INPLACE_POWER           67
#define GET_ITER                68

#define PRINT_EXPR              70
#define PRINT_ITEM              71
#define PRINT_NEWLINE           72
#define PRINT_ITEM_TO           73
#define PRINT_NEWLINE_TO        74
#define INPLACE_LSHIFT          75
#define INPLACE_RSHIFT          76
#define INPLACE_AND             77
#define INPLACE_XOR             78
#define INPLACE_OR              79
#define BREAK_LOOP              80
#define WITH_CLEANUP            81
#define LOAD_LOCALS             82
#define RETURN_VALUE            83
#define IMPORT_STAR             84
#define EXEC_STMT               85
#define YIELD_VALUE             86
#define POP_BLOCK               87
#define END_FINALLY             88
#define BUILD_CLASS             89

#define HAVE_ARGUMENT           90      /* first opcode taking an argument */

#define STORE_NAME              90      /* arg: index in co_names */
#define DELETE_NAME             91
#define UNPACK_SEQUENCE         92      /* arg: number of items */
#define FOR_ITER                93      /* arg: relative jump */

#define STORE_ATTR              95
#define DELETE_ATTR             96
#define STORE_GLOBAL            97
#define DELETE_GLOBAL           98
#define DUP_TOPX                99      /* arg: 1..5 items */
#define LOAD_CONST              100     /* arg: index in co_consts */
#define LOAD_NAME               101
#define BUILD_TUPLE             102
#define BUILD_LIST              103
#define BUILD_MAP               104     /* arg ignored (always 0) */
#define LOAD_ATTR               105
#define COMPARE_OP              106     /* arg: enum cmp_op below */
#define IMPORT_NAME             107
#define IMPORT_FROM             108

#define JUMP_FORWARD            110     /* relative */
#define JUMP_IF_FALSE           111     /* relative, does not pop */
#define JUMP_IF_TRUE            112     /* relative, does not pop */
#define JUMP_ABSOLUTE           113

#define LOAD_GLOBAL             116

#define CONTINUE_LOOP           119     /* absolute target */
#define SETUP_LOOP              120     /* relative */
#define SETUP_EXCEPT            121     /* relative */
#define SETUP_FINALLY           122     /* relative */

#define LOAD_FAST               124     /* arg: local variable number */
#define STORE_FAST              125
#define DELETE_FAST             126

#define RAISE_VARARGS           130     /* arg: 0..3 */
/* CALL_FUNCTION*: low byte = positional count, high byte = keyword count */
#define CALL_FUNCTION           131
#define MAKE_FUNCTION           132     /* arg: number of defaults */
#define BUILD_SLICE             133     /* arg: 2 or 3 */

#define MAKE_CLOSURE            134     /* arg: number of defaults */
#define LOAD_CLOSURE            135     /* arg: index in cells+frees */
#define LOAD_DEREF              136
#define STORE_DEREF             137

#define CALL_FUNCTION_VAR       140
#define CALL_FUNCTION_KW        141
#define CALL_FUNCTION_VAR_KW    142

#define EXTENDED_ARG            143     /* high 16 bits of the next arg */


/* Arguments of COMPARE_OP.  The first six match Py_LT..Py_GE. */
enum cmp_op {
    PyCmp_LT = Py_LT,
    PyCmp_LE = Py_LE,
    PyCmp_EQ = Py_EQ,
    PyCmp_NE = Py_NE,
    PyCmp_GT = Py_GT,
    PyCmp_GE = Py_GE,
    PyCmp_IN,
    PyCmp_NOT_IN,
    PyCmp_IS,
    PyCmp_IS_NOT,
    PyCmp_EXC_MATCH,
    PyCmp_BAD
};

#define HAS_ARG(op) ((op) >= HAVE_ARGUMENT)

#ifdef __cplusplus
}
#endif
#endif /* !Py_OPCODE_H */
