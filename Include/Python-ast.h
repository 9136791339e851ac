#ifndef Py_PYTHON_AST_H
#define Py_PYTHON_AST_H
/* The abstract syntax tree of Python 2.5 (the Python.asdl of 2.5).
   Nodes live in a PyArena; the constructors below allocate there. */

#include "asdl.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _mod *mod_ty;
typedef struct _stmt *stmt_ty;
typedef struct _expr *expr_ty;
typedef enum _expr_context { Load = 1, Store = 2, Del = 3, AugLoad = 4, AugStore = 5, Param = 6 } expr_context_ty;

typedef struct _slice *slice_ty;
typedef enum _boolop { And = 1, Or = 2 } boolop_ty;

typedef enum _operator { Add = 1, Sub = 2, Mult = 3, Div = 4, Mod = 5, Pow = 6, LShift = 7, RShift = 8, BitOr = 9, BitXor = 10, BitAnd = 11, FloorDiv = 12 } operator_ty;

typedef enum _unaryop { Invert = 1, Not = 2, UAdd = 3, USub = 4 } unaryop_ty;

typedef enum _cmpop { Eq = 1, NotEq = 2, Lt = 3, LtE = 4, Gt = 5, GtE = 6, Is = 7, IsNot = 8, In = 9, NotIn = 10 } cmpop_ty;

typedef struct _comprehension *comprehension_ty;
typedef struct _excepthandler *excepthandler_ty;
typedef struct _arguments *arguments_ty;
typedef struct _keyword *keyword_ty;
typedef struct _alias *alias_ty;

enum _mod_kind {
    Module_kind = 1,
    Interactive_kind = 2,
    Expression_kind = 3,
    Suite_kind = 4
};
struct _mod {
    enum _mod_kind kind;
    union {
        struct {
            asdl_seq *body;
        } Module;
        struct {
            asdl_seq *body;
        } Interactive;
        struct {
            expr_ty body;
        } Expression;
        struct {
            asdl_seq *body;
        } Suite;
    } v;
};

enum _stmt_kind {
    FunctionDef_kind = 1,
    ClassDef_kind = 2,
    Return_kind = 3,
    Delete_kind = 4,
    Assign_kind = 5,
    AugAssign_kind = 6,
    Print_kind = 7,
    For_kind = 8,
    While_kind = 9,
    If_kind = 10,
    With_kind = 11,
    Raise_kind = 12,
    TryExcept_kind = 13,
    TryFinally_kind = 14,
    Assert_kind = 15,
    Import_kind = 16,
    ImportFrom_kind = 17,
    Exec_kind = 18,
    Global_kind = 19,
    Expr_kind = 20,
    Pass_kind = 21,
    Break_kind = 22,
    Continue_kind = 23
};
struct _stmt {
    enum _stmt_kind kind;
    union {
        struct {
            identifier name;
            arguments_ty args;
            asdl_seq *body;
            asdl_seq *decorators;
        } FunctionDef;
        struct {
            identifier name;
            asdl_seq *bases;
            asdl_seq *body;
        } ClassDef;
        struct {
            expr_ty value;
        } Return;
        struct {
            asdl_seq *targets;
        } Delete;
        struct {
            asdl_seq *targets;
            expr_ty value;
        } Assign;
        struct {
            expr_ty target;
            operator_ty op;
            expr_ty value;
        } AugAssign;
        struct {
            expr_ty dest;
            asdl_seq *values;
            int nl;
        } Print;
        struct {
            expr_ty target;
            expr_ty iter;
            asdl_seq *body;
            asdl_seq *orelse;
        } For;
        struct {
            expr_ty test;
            asdl_seq *body;
            asdl_seq *orelse;
        } While;
        struct {
            expr_ty test;
            asdl_seq *body;
            asdl_seq *orelse;
        } If;
        struct {
            expr_ty context_expr;
            expr_ty optional_vars;
            asdl_seq *body;
        } With;
        struct {
            expr_ty type;
            expr_ty inst;
            expr_ty tback;
        } Raise;
        struct {
            asdl_seq *body;
            asdl_seq *handlers;
            asdl_seq *orelse;
        } TryExcept;
        struct {
            asdl_seq *body;
            asdl_seq *finalbody;
        } TryFinally;
        struct {
            expr_ty test;
            expr_ty msg;
        } Assert;
        struct {
            asdl_seq *names;
        } Import;
        struct {
            identifier module;
            asdl_seq *names;
            int level;
        } ImportFrom;
        struct {
            expr_ty body;
            expr_ty globals;
            expr_ty locals;
        } Exec;
        struct {
            asdl_seq *names;
        } Global;
        struct {
            expr_ty value;
        } Expr;
    } v;
    int lineno;
    int col_offset;
};

enum _expr_kind {
    BoolOp_kind = 1,
    BinOp_kind = 2,
    UnaryOp_kind = 3,
    Lambda_kind = 4,
    IfExp_kind = 5,
    Dict_kind = 6,
    ListComp_kind = 7,
    GeneratorExp_kind = 8,
    Yield_kind = 9,
    Compare_kind = 10,
    Call_kind = 11,
    Repr_kind = 12,
    Num_kind = 13,
    Str_kind = 14,
    Attribute_kind = 15,
    Subscript_kind = 16,
    Name_kind = 17,
    List_kind = 18,
    Tuple_kind = 19
};
struct _expr {
    enum _expr_kind kind;
    union {
        struct {
            boolop_ty op;
            asdl_seq *values;
        } BoolOp;
        struct {
            expr_ty left;
            operator_ty op;
            expr_ty right;
        } BinOp;
        struct {
            unaryop_ty op;
            expr_ty operand;
        } UnaryOp;
        struct {
            arguments_ty args;
            expr_ty body;
        } Lambda;
        struct {
            expr_ty test;
            expr_ty body;
            expr_ty orelse;
        } IfExp;
        struct {
            asdl_seq *keys;
            asdl_seq *values;
        } Dict;
        struct {
            expr_ty elt;
            asdl_seq *generators;
        } ListComp;
        struct {
            expr_ty elt;
            asdl_seq *generators;
        } GeneratorExp;
        struct {
            expr_ty value;
        } Yield;
        struct {
            expr_ty left;
            asdl_int_seq *ops;
            asdl_seq *comparators;
        } Compare;
        struct {
            expr_ty func;
            asdl_seq *args;
            asdl_seq *keywords;
            expr_ty starargs;
            expr_ty kwargs;
        } Call;
        struct {
            expr_ty value;
        } Repr;
        struct {
            object n;
        } Num;
        struct {
            string s;
        } Str;
        struct {
            expr_ty value;
            identifier attr;
            expr_context_ty ctx;
        } Attribute;
        struct {
            expr_ty value;
            slice_ty slice;
            expr_context_ty ctx;
        } Subscript;
        struct {
            identifier id;
            expr_context_ty ctx;
        } Name;
        struct {
            asdl_seq *elts;
            expr_context_ty ctx;
        } List;
        struct {
            asdl_seq *elts;
            expr_context_ty ctx;
        } Tuple;
    } v;
    int lineno;
    int col_offset;
};

enum _slice_kind {
    Ellipsis_kind = 1,
    Slice_kind = 2,
    ExtSlice_kind = 3,
    Index_kind = 4
};
struct _slice {
    enum _slice_kind kind;
    union {
        struct {
            expr_ty lower;
            expr_ty upper;
            expr_ty step;
        } Slice;
        struct {
            asdl_seq *dims;
        } ExtSlice;
        struct {
            expr_ty value;
        } Index;
    } v;
};

struct _comprehension {
    expr_ty target;
    expr_ty iter;
    asdl_seq *ifs;
};

struct _excepthandler {
    expr_ty type;
    expr_ty name;
    asdl_seq *body;
    int lineno;
    int col_offset;
};

struct _arguments {
    asdl_seq *args;
    identifier vararg;
    identifier kwarg;
    asdl_seq *defaults;
};

struct _keyword {
    identifier arg;
    expr_ty value;
};

struct _alias {
    identifier name;
    identifier asname;
};

#define Module(...) _Py_Module(__VA_ARGS__)
PyAPI_FUNC(mod_ty) _Py_Module(asdl_seq *body, PyArena *arena);
#define Interactive(...) _Py_Interactive(__VA_ARGS__)
PyAPI_FUNC(mod_ty) _Py_Interactive(asdl_seq *body, PyArena *arena);
#define Expression(...) _Py_Expression(__VA_ARGS__)
PyAPI_FUNC(mod_ty) _Py_Expression(expr_ty body, PyArena *arena);
#define Suite(...) _Py_Suite(__VA_ARGS__)
PyAPI_FUNC(mod_ty) _Py_Suite(asdl_seq *body, PyArena *arena);
#define FunctionDef(...) _Py_FunctionDef(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_FunctionDef(identifier name, arguments_ty args, asdl_seq *body, asdl_seq *decorators, int lineno, int col_offset, PyArena *arena);
#define ClassDef(...) _Py_ClassDef(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_ClassDef(identifier name, asdl_seq *bases, asdl_seq *body, int lineno, int col_offset, PyArena *arena);
#define Return(...) _Py_Return(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Return(expr_ty value, int lineno, int col_offset, PyArena *arena);
#define Delete(...) _Py_Delete(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Delete(asdl_seq *targets, int lineno, int col_offset, PyArena *arena);
#define Assign(...) _Py_Assign(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Assign(asdl_seq *targets, expr_ty value, int lineno, int col_offset, PyArena *arena);
#define AugAssign(...) _Py_AugAssign(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_AugAssign(expr_ty target, operator_ty op, expr_ty value, int lineno, int col_offset, PyArena *arena);
#define Print(...) _Py_Print(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Print(expr_ty dest, asdl_seq *values, int nl, int lineno, int col_offset, PyArena *arena);
#define For(...) _Py_For(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_For(expr_ty target, expr_ty iter, asdl_seq *body, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena);
#define While(...) _Py_While(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_While(expr_ty test, asdl_seq *body, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena);
#define If(...) _Py_If(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_If(expr_ty test, asdl_seq *body, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena);
#define With(...) _Py_With(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_With(expr_ty context_expr, expr_ty optional_vars, asdl_seq *body, int lineno, int col_offset, PyArena *arena);
#define Raise(...) _Py_Raise(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Raise(expr_ty type, expr_ty inst, expr_ty tback, int lineno, int col_offset, PyArena *arena);
#define TryExcept(...) _Py_TryExcept(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_TryExcept(asdl_seq *body, asdl_seq *handlers, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena);
#define TryFinally(...) _Py_TryFinally(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_TryFinally(asdl_seq *body, asdl_seq *finalbody, int lineno, int col_offset, PyArena *arena);
#define Assert(...) _Py_Assert(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Assert(expr_ty test, expr_ty msg, int lineno, int col_offset, PyArena *arena);
#define Import(...) _Py_Import(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Import(asdl_seq *names, int lineno, int col_offset, PyArena *arena);
#define ImportFrom(...) _Py_ImportFrom(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_ImportFrom(identifier module, asdl_seq *names, int level, int lineno, int col_offset, PyArena *arena);
#define Exec(...) _Py_Exec(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Exec(expr_ty body, expr_ty globals, expr_ty locals, int lineno, int col_offset, PyArena *arena);
#define Global(...) _Py_Global(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Global(asdl_seq *names, int lineno, int col_offset, PyArena *arena);
#define Expr(...) _Py_Expr(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Expr(expr_ty value, int lineno, int col_offset, PyArena *arena);
#define Pass(...) _Py_Pass(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Pass(int lineno, int col_offset, PyArena *arena);
#define Break(...) _Py_Break(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Break(int lineno, int col_offset, PyArena *arena);
#define Continue(...) _Py_Continue(__VA_ARGS__)
PyAPI_FUNC(stmt_ty) _Py_Continue(int lineno, int col_offset, PyArena *arena);
#define BoolOp(...) _Py_BoolOp(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_BoolOp(boolop_ty op, asdl_seq *values, int lineno, int col_offset, PyArena *arena);
#define BinOp(...) _Py_BinOp(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_BinOp(expr_ty left, operator_ty op, expr_ty right, int lineno, int col_offset, PyArena *arena);
#define UnaryOp(...) _Py_UnaryOp(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_UnaryOp(unaryop_ty op, expr_ty operand, int lineno, int col_offset, PyArena *arena);
#define Lambda(...) _Py_Lambda(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Lambda(arguments_ty args, expr_ty body, int lineno, int col_offset, PyArena *arena);
#define IfExp(...) _Py_IfExp(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_IfExp(expr_ty test, expr_ty body, expr_ty orelse, int lineno, int col_offset, PyArena *arena);
#define Dict(...) _Py_Dict(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Dict(asdl_seq *keys, asdl_seq *values, int lineno, int col_offset, PyArena *arena);
#define ListComp(...) _Py_ListComp(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_ListComp(expr_ty elt, asdl_seq *generators, int lineno, int col_offset, PyArena *arena);
#define GeneratorExp(...) _Py_GeneratorExp(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_GeneratorExp(expr_ty elt, asdl_seq *generators, int lineno, int col_offset, PyArena *arena);
#define Yield(...) _Py_Yield(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Yield(expr_ty value, int lineno, int col_offset, PyArena *arena);
#define Compare(...) _Py_Compare(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Compare(expr_ty left, asdl_int_seq *ops, asdl_seq *comparators, int lineno, int col_offset, PyArena *arena);
#define Call(...) _Py_Call(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Call(expr_ty func, asdl_seq *args, asdl_seq *keywords, expr_ty starargs, expr_ty kwargs, int lineno, int col_offset, PyArena *arena);
#define Repr(...) _Py_Repr(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Repr(expr_ty value, int lineno, int col_offset, PyArena *arena);
#define Num(...) _Py_Num(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Num(object n, int lineno, int col_offset, PyArena *arena);
#define Str(...) _Py_Str(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Str(string s, int lineno, int col_offset, PyArena *arena);
#define Attribute(...) _Py_Attribute(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Attribute(expr_ty value, identifier attr, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena);
#define Subscript(...) _Py_Subscript(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Subscript(expr_ty value, slice_ty slice, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena);
#define Name(...) _Py_Name(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Name(identifier id, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena);
#define List(...) _Py_List(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_List(asdl_seq *elts, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena);
#define Tuple(...) _Py_Tuple(__VA_ARGS__)
PyAPI_FUNC(expr_ty) _Py_Tuple(asdl_seq *elts, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena);
#define Ellipsis(...) _Py_Ellipsis(__VA_ARGS__)
PyAPI_FUNC(slice_ty) _Py_Ellipsis(PyArena *arena);
#define Slice(...) _Py_Slice(__VA_ARGS__)
PyAPI_FUNC(slice_ty) _Py_Slice(expr_ty lower, expr_ty upper, expr_ty step, PyArena *arena);
#define ExtSlice(...) _Py_ExtSlice(__VA_ARGS__)
PyAPI_FUNC(slice_ty) _Py_ExtSlice(asdl_seq *dims, PyArena *arena);
#define Index(...) _Py_Index(__VA_ARGS__)
PyAPI_FUNC(slice_ty) _Py_Index(expr_ty value, PyArena *arena);
#define comprehension(...) _Py_comprehension(__VA_ARGS__)
PyAPI_FUNC(comprehension_ty) _Py_comprehension(expr_ty target, expr_ty iter, asdl_seq *ifs, PyArena *arena);
#define excepthandler(...) _Py_excepthandler(__VA_ARGS__)
PyAPI_FUNC(excepthandler_ty) _Py_excepthandler(expr_ty type, expr_ty name, asdl_seq *body, int lineno, int col_offset, PyArena *arena);
#define arguments(...) _Py_arguments(__VA_ARGS__)
PyAPI_FUNC(arguments_ty) _Py_arguments(asdl_seq *args, identifier vararg, identifier kwarg, asdl_seq *defaults, PyArena *arena);
#define keyword(...) _Py_keyword(__VA_ARGS__)
PyAPI_FUNC(keyword_ty) _Py_keyword(identifier arg, expr_ty value, PyArena *arena);
#define alias(...) _Py_alias(__VA_ARGS__)
PyAPI_FUNC(alias_ty) _Py_alias(identifier name, identifier asname, PyArena *arena);

/* AST -> Python objects of the _ast module (compile(..., PyCF_ONLY_AST)). */
PyAPI_FUNC(PyObject *) PyAST_mod2obj(mod_ty t);

#ifdef __cplusplus
}
#endif
#endif /* !Py_PYTHON_AST_H */
