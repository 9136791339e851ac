/* The _ast module: the abstract syntax tree as Python objects.

   compile(source, filename, mode, _ast.PyCF_ONLY_AST) parses the source
   and hands back a tree of instances of the classes below instead of a
   code object (Python 2.5 behaviour; 2.5 cannot compile such a tree back).

   As in 2.5 every class is an ordinary class built with type(): AST at the
   root, one abstract class per ASDL sum type (mod, stmt, expr, ...) and one
   concrete class per constructor.  Each class carries `_fields`, the names
   of its children in ASDL order; stmt and expr also carry `_attributes`
   (lineno, col_offset), which every statement and expression node has.

   Classes are mutable Python objects, so they belong to one interpreter:
   each interpreter gets its own set, made when it first imports _ast or
   first asks compile() for a tree.  The module keeps them, together with
   the operator/context singletons, in a registry object that Python code
   cannot create or forge, so a converter never trusts a module attribute. */

#include "Python.h"
#include "Python-ast.h"
#include <stddef.h>

/* ------------------------------------------------------------------ */
/* The class table                                                     */

enum {
    C_AST,
    C_mod, C_Module, C_Interactive, C_Expression, C_Suite,
    C_stmt, C_FunctionDef, C_ClassDef, C_Return, C_Delete, C_Assign,
    C_AugAssign, C_Print, C_For, C_While, C_If, C_With, C_Raise,
    C_TryExcept, C_TryFinally, C_Assert, C_Import, C_ImportFrom, C_Exec,
    C_Global, C_Expr, C_Pass, C_Break, C_Continue,
    C_expr, C_BoolOp, C_BinOp, C_UnaryOp, C_Lambda, C_IfExp, C_Dict,
    C_ListComp, C_GeneratorExp, C_Yield, C_Compare, C_Call, C_Repr, C_Num,
    C_Str, C_Attribute, C_Subscript, C_Name, C_List, C_Tuple,
    C_expr_context, C_Load, C_Store, C_Del, C_AugLoad, C_AugStore, C_Param,
    C_slice, C_Ellipsis, C_Slice, C_ExtSlice, C_Index,
    C_boolop, C_And, C_Or,
    C_operator, C_Add, C_Sub, C_Mult, C_Div, C_Mod, C_Pow, C_LShift,
    C_RShift, C_BitOr, C_BitXor, C_BitAnd, C_FloorDiv,
    C_unaryop, C_Invert, C_Not, C_UAdd, C_USub,
    C_cmpop, C_Eq, C_NotEq, C_Lt, C_LtE, C_Gt, C_GtE, C_Is, C_IsNot, C_In,
    C_NotIn,
    C_comprehension, C_excepthandler, C_arguments, C_keyword, C_alias,
    N_CLASSES
};

/* What a child field holds, i.e. how to turn it into a Python value. */
enum {
    K_EXPR,         /* expr_ty, NULL -> None */
    K_STMT,         /* stmt_ty */
    K_SLICE,        /* slice_ty */
    K_IDENT,        /* identifier, NULL -> None */
    K_OBJECT,       /* the constant of Num / Str */
    K_COMP,         /* comprehension_ty */
    K_HANDLER,      /* excepthandler_ty */
    K_ARGUMENTS,    /* arguments_ty */
    K_KEYWORD,      /* keyword_ty */
    K_ALIAS,        /* alias_ty */
    K_INT,          /* int */
    K_BOOL,         /* int shown as bool */
    K_CTX,          /* expr_context_ty */
    K_BOOLOP,       /* boolop_ty */
    K_OPERATOR,     /* operator_ty */
    K_UNARYOP,      /* unaryop_ty */
    K_CMPOPS,       /* asdl_int_seq of cmpop_ty */
    /* asdl_seq of the kind (this value - K_SEQ) */
    K_SEQ = 32
};

#define SEQ(k) (K_SEQ + (k))

typedef struct {
    const char *name;
    unsigned char kind;
    unsigned short offset;
} FieldSpec;

#define MAX_FIELDS 5

typedef struct {
    const char *name;
    int base;               /* index of the base class; -1: object */
    int singleton;          /* operator-like class: one shared instance */
    int nfields;
    FieldSpec fields[MAX_FIELDS];
} ClassSpec;

#define ST(k, f) offsetof(struct _stmt, v.k.f)
#define EX(k, f) offsetof(struct _expr, v.k.f)
#define SL(k, f) offsetof(struct _slice, v.k.f)
#define MD(k, f) offsetof(struct _mod, v.k.f)

#define ABSTRACT(n, b) {n, b, 0, 0, {{NULL, 0, 0}}}
#define SINGLE(n, b) {n, b, 1, 0, {{NULL, 0, 0}}}

static const ClassSpec class_specs[N_CLASSES] = {
    [C_AST] = {"AST", -1, 0, 0, {{NULL, 0, 0}}},

    [C_mod] = ABSTRACT("mod", C_AST),
    [C_Module] = {"Module", C_mod, 0, 1,
        {{"body", SEQ(K_STMT), MD(Module, body)}}},
    [C_Interactive] = {"Interactive", C_mod, 0, 1,
        {{"body", SEQ(K_STMT), MD(Interactive, body)}}},
    [C_Expression] = {"Expression", C_mod, 0, 1,
        {{"body", K_EXPR, MD(Expression, body)}}},
    [C_Suite] = {"Suite", C_mod, 0, 1,
        {{"body", SEQ(K_STMT), MD(Suite, body)}}},

    [C_stmt] = ABSTRACT("stmt", C_AST),
    [C_FunctionDef] = {"FunctionDef", C_stmt, 0, 4,
        {{"name", K_IDENT, ST(FunctionDef, name)},
         {"args", K_ARGUMENTS, ST(FunctionDef, args)},
         {"body", SEQ(K_STMT), ST(FunctionDef, body)},
         {"decorators", SEQ(K_EXPR), ST(FunctionDef, decorators)}}},
    [C_ClassDef] = {"ClassDef", C_stmt, 0, 3,
        {{"name", K_IDENT, ST(ClassDef, name)},
         {"bases", SEQ(K_EXPR), ST(ClassDef, bases)},
         {"body", SEQ(K_STMT), ST(ClassDef, body)}}},
    [C_Return] = {"Return", C_stmt, 0, 1,
        {{"value", K_EXPR, ST(Return, value)}}},
    [C_Delete] = {"Delete", C_stmt, 0, 1,
        {{"targets", SEQ(K_EXPR), ST(Delete, targets)}}},
    [C_Assign] = {"Assign", C_stmt, 0, 2,
        {{"targets", SEQ(K_EXPR), ST(Assign, targets)},
         {"value", K_EXPR, ST(Assign, value)}}},
    [C_AugAssign] = {"AugAssign", C_stmt, 0, 3,
        {{"target", K_EXPR, ST(AugAssign, target)},
         {"op", K_OPERATOR, ST(AugAssign, op)},
         {"value", K_EXPR, ST(AugAssign, value)}}},
    [C_Print] = {"Print", C_stmt, 0, 3,
        {{"dest", K_EXPR, ST(Print, dest)},
         {"values", SEQ(K_EXPR), ST(Print, values)},
         {"nl", K_BOOL, ST(Print, nl)}}},
    [C_For] = {"For", C_stmt, 0, 4,
        {{"target", K_EXPR, ST(For, target)},
         {"iter", K_EXPR, ST(For, iter)},
         {"body", SEQ(K_STMT), ST(For, body)},
         {"orelse", SEQ(K_STMT), ST(For, orelse)}}},
    [C_While] = {"While", C_stmt, 0, 3,
        {{"test", K_EXPR, ST(While, test)},
         {"body", SEQ(K_STMT), ST(While, body)},
         {"orelse", SEQ(K_STMT), ST(While, orelse)}}},
    [C_If] = {"If", C_stmt, 0, 3,
        {{"test", K_EXPR, ST(If, test)},
         {"body", SEQ(K_STMT), ST(If, body)},
         {"orelse", SEQ(K_STMT), ST(If, orelse)}}},
    [C_With] = {"With", C_stmt, 0, 3,
        {{"context_expr", K_EXPR, ST(With, context_expr)},
         {"optional_vars", K_EXPR, ST(With, optional_vars)},
         {"body", SEQ(K_STMT), ST(With, body)}}},
    [C_Raise] = {"Raise", C_stmt, 0, 3,
        {{"type", K_EXPR, ST(Raise, type)},
         {"inst", K_EXPR, ST(Raise, inst)},
         {"tback", K_EXPR, ST(Raise, tback)}}},
    [C_TryExcept] = {"TryExcept", C_stmt, 0, 3,
        {{"body", SEQ(K_STMT), ST(TryExcept, body)},
         {"handlers", SEQ(K_HANDLER), ST(TryExcept, handlers)},
         {"orelse", SEQ(K_STMT), ST(TryExcept, orelse)}}},
    [C_TryFinally] = {"TryFinally", C_stmt, 0, 2,
        {{"body", SEQ(K_STMT), ST(TryFinally, body)},
         {"finalbody", SEQ(K_STMT), ST(TryFinally, finalbody)}}},
    [C_Assert] = {"Assert", C_stmt, 0, 2,
        {{"test", K_EXPR, ST(Assert, test)},
         {"msg", K_EXPR, ST(Assert, msg)}}},
    [C_Import] = {"Import", C_stmt, 0, 1,
        {{"names", SEQ(K_ALIAS), ST(Import, names)}}},
    [C_ImportFrom] = {"ImportFrom", C_stmt, 0, 3,
        {{"module", K_IDENT, ST(ImportFrom, module)},
         {"names", SEQ(K_ALIAS), ST(ImportFrom, names)},
         {"level", K_INT, ST(ImportFrom, level)}}},
    [C_Exec] = {"Exec", C_stmt, 0, 3,
        {{"body", K_EXPR, ST(Exec, body)},
         {"globals", K_EXPR, ST(Exec, globals)},
         {"locals", K_EXPR, ST(Exec, locals)}}},
    [C_Global] = {"Global", C_stmt, 0, 1,
        {{"names", SEQ(K_IDENT), ST(Global, names)}}},
    [C_Expr] = {"Expr", C_stmt, 0, 1,
        {{"value", K_EXPR, ST(Expr, value)}}},
    [C_Pass] = ABSTRACT("Pass", C_stmt),
    [C_Break] = ABSTRACT("Break", C_stmt),
    [C_Continue] = ABSTRACT("Continue", C_stmt),

    [C_expr] = ABSTRACT("expr", C_AST),
    [C_BoolOp] = {"BoolOp", C_expr, 0, 2,
        {{"op", K_BOOLOP, EX(BoolOp, op)},
         {"values", SEQ(K_EXPR), EX(BoolOp, values)}}},
    [C_BinOp] = {"BinOp", C_expr, 0, 3,
        {{"left", K_EXPR, EX(BinOp, left)},
         {"op", K_OPERATOR, EX(BinOp, op)},
         {"right", K_EXPR, EX(BinOp, right)}}},
    [C_UnaryOp] = {"UnaryOp", C_expr, 0, 2,
        {{"op", K_UNARYOP, EX(UnaryOp, op)},
         {"operand", K_EXPR, EX(UnaryOp, operand)}}},
    [C_Lambda] = {"Lambda", C_expr, 0, 2,
        {{"args", K_ARGUMENTS, EX(Lambda, args)},
         {"body", K_EXPR, EX(Lambda, body)}}},
    [C_IfExp] = {"IfExp", C_expr, 0, 3,
        {{"test", K_EXPR, EX(IfExp, test)},
         {"body", K_EXPR, EX(IfExp, body)},
         {"orelse", K_EXPR, EX(IfExp, orelse)}}},
    [C_Dict] = {"Dict", C_expr, 0, 2,
        {{"keys", SEQ(K_EXPR), EX(Dict, keys)},
         {"values", SEQ(K_EXPR), EX(Dict, values)}}},
    [C_ListComp] = {"ListComp", C_expr, 0, 2,
        {{"elt", K_EXPR, EX(ListComp, elt)},
         {"generators", SEQ(K_COMP), EX(ListComp, generators)}}},
    [C_GeneratorExp] = {"GeneratorExp", C_expr, 0, 2,
        {{"elt", K_EXPR, EX(GeneratorExp, elt)},
         {"generators", SEQ(K_COMP), EX(GeneratorExp, generators)}}},
    [C_Yield] = {"Yield", C_expr, 0, 1,
        {{"value", K_EXPR, EX(Yield, value)}}},
    [C_Compare] = {"Compare", C_expr, 0, 3,
        {{"left", K_EXPR, EX(Compare, left)},
         {"ops", K_CMPOPS, EX(Compare, ops)},
         {"comparators", SEQ(K_EXPR), EX(Compare, comparators)}}},
    [C_Call] = {"Call", C_expr, 0, 5,
        {{"func", K_EXPR, EX(Call, func)},
         {"args", SEQ(K_EXPR), EX(Call, args)},
         {"keywords", SEQ(K_KEYWORD), EX(Call, keywords)},
         {"starargs", K_EXPR, EX(Call, starargs)},
         {"kwargs", K_EXPR, EX(Call, kwargs)}}},
    [C_Repr] = {"Repr", C_expr, 0, 1,
        {{"value", K_EXPR, EX(Repr, value)}}},
    [C_Num] = {"Num", C_expr, 0, 1,
        {{"n", K_OBJECT, EX(Num, n)}}},
    [C_Str] = {"Str", C_expr, 0, 1,
        {{"s", K_OBJECT, EX(Str, s)}}},
    [C_Attribute] = {"Attribute", C_expr, 0, 3,
        {{"value", K_EXPR, EX(Attribute, value)},
         {"attr", K_IDENT, EX(Attribute, attr)},
         {"ctx", K_CTX, EX(Attribute, ctx)}}},
    [C_Subscript] = {"Subscript", C_expr, 0, 3,
        {{"value", K_EXPR, EX(Subscript, value)},
         {"slice", K_SLICE, EX(Subscript, slice)},
         {"ctx", K_CTX, EX(Subscript, ctx)}}},
    [C_Name] = {"Name", C_expr, 0, 2,
        {{"id", K_IDENT, EX(Name, id)},
         {"ctx", K_CTX, EX(Name, ctx)}}},
    [C_List] = {"List", C_expr, 0, 2,
        {{"elts", SEQ(K_EXPR), EX(List, elts)},
         {"ctx", K_CTX, EX(List, ctx)}}},
    [C_Tuple] = {"Tuple", C_expr, 0, 2,
        {{"elts", SEQ(K_EXPR), EX(Tuple, elts)},
         {"ctx", K_CTX, EX(Tuple, ctx)}}},

    [C_expr_context] = ABSTRACT("expr_context", C_AST),
    [C_Load] = SINGLE("Load", C_expr_context),
    [C_Store] = SINGLE("Store", C_expr_context),
    [C_Del] = SINGLE("Del", C_expr_context),
    [C_AugLoad] = SINGLE("AugLoad", C_expr_context),
    [C_AugStore] = SINGLE("AugStore", C_expr_context),
    [C_Param] = SINGLE("Param", C_expr_context),

    [C_slice] = ABSTRACT("slice", C_AST),
    [C_Ellipsis] = ABSTRACT("Ellipsis", C_slice),
    [C_Slice] = {"Slice", C_slice, 0, 3,
        {{"lower", K_EXPR, SL(Slice, lower)},
         {"upper", K_EXPR, SL(Slice, upper)},
         {"step", K_EXPR, SL(Slice, step)}}},
    [C_ExtSlice] = {"ExtSlice", C_slice, 0, 1,
        {{"dims", SEQ(K_SLICE), SL(ExtSlice, dims)}}},
    [C_Index] = {"Index", C_slice, 0, 1,
        {{"value", K_EXPR, SL(Index, value)}}},

    [C_boolop] = ABSTRACT("boolop", C_AST),
    [C_And] = SINGLE("And", C_boolop),
    [C_Or] = SINGLE("Or", C_boolop),

    [C_operator] = ABSTRACT("operator", C_AST),
    [C_Add] = SINGLE("Add", C_operator),
    [C_Sub] = SINGLE("Sub", C_operator),
    [C_Mult] = SINGLE("Mult", C_operator),
    [C_Div] = SINGLE("Div", C_operator),
    [C_Mod] = SINGLE("Mod", C_operator),
    [C_Pow] = SINGLE("Pow", C_operator),
    [C_LShift] = SINGLE("LShift", C_operator),
    [C_RShift] = SINGLE("RShift", C_operator),
    [C_BitOr] = SINGLE("BitOr", C_operator),
    [C_BitXor] = SINGLE("BitXor", C_operator),
    [C_BitAnd] = SINGLE("BitAnd", C_operator),
    [C_FloorDiv] = SINGLE("FloorDiv", C_operator),

    [C_unaryop] = ABSTRACT("unaryop", C_AST),
    [C_Invert] = SINGLE("Invert", C_unaryop),
    [C_Not] = SINGLE("Not", C_unaryop),
    [C_UAdd] = SINGLE("UAdd", C_unaryop),
    [C_USub] = SINGLE("USub", C_unaryop),

    [C_cmpop] = ABSTRACT("cmpop", C_AST),
    [C_Eq] = SINGLE("Eq", C_cmpop),
    [C_NotEq] = SINGLE("NotEq", C_cmpop),
    [C_Lt] = SINGLE("Lt", C_cmpop),
    [C_LtE] = SINGLE("LtE", C_cmpop),
    [C_Gt] = SINGLE("Gt", C_cmpop),
    [C_GtE] = SINGLE("GtE", C_cmpop),
    [C_Is] = SINGLE("Is", C_cmpop),
    [C_IsNot] = SINGLE("IsNot", C_cmpop),
    [C_In] = SINGLE("In", C_cmpop),
    [C_NotIn] = SINGLE("NotIn", C_cmpop),

    [C_comprehension] = {"comprehension", C_AST, 0, 3,
        {{"target", K_EXPR, offsetof(struct _comprehension, target)},
         {"iter", K_EXPR, offsetof(struct _comprehension, iter)},
         {"ifs", SEQ(K_EXPR), offsetof(struct _comprehension, ifs)}}},
    /* In 2.5 the position of a handler is part of its fields. */
    [C_excepthandler] = {"excepthandler", C_AST, 0, 5,
        {{"type", K_EXPR, offsetof(struct _excepthandler, type)},
         {"name", K_EXPR, offsetof(struct _excepthandler, name)},
         {"body", SEQ(K_STMT), offsetof(struct _excepthandler, body)},
         {"lineno", K_INT, offsetof(struct _excepthandler, lineno)},
         {"col_offset", K_INT, offsetof(struct _excepthandler, col_offset)}}},
    [C_arguments] = {"arguments", C_AST, 0, 4,
        {{"args", SEQ(K_EXPR), offsetof(struct _arguments, args)},
         {"vararg", K_IDENT, offsetof(struct _arguments, vararg)},
         {"kwarg", K_IDENT, offsetof(struct _arguments, kwarg)},
         {"defaults", SEQ(K_EXPR), offsetof(struct _arguments, defaults)}}},
    [C_keyword] = {"keyword", C_AST, 0, 2,
        {{"arg", K_IDENT, offsetof(struct _keyword, arg)},
         {"value", K_EXPR, offsetof(struct _keyword, value)}}},
    [C_alias] = {"alias", C_AST, 0, 2,
        {{"name", K_IDENT, offsetof(struct _alias, name)},
         {"asname", K_IDENT, offsetof(struct _alias, asname)}}},
};

/* ------------------------------------------------------------------ */
/* The per-interpreter registry                                        */

typedef struct {
    PyObject_HEAD
    PyObject *classes[N_CLASSES];
    PyObject *fields[N_CLASSES];    /* the _fields tuple of each class */
    PyObject *instance[N_CLASSES];  /* shared instance of singleton classes */
    PyObject *s_lineno;
    PyObject *s_col_offset;
} AstRegistry;

/* Name under which the module keeps its registry. */
#define REGISTRY_KEY "__registry__"

static int
registry_traverse(AstRegistry *r, visitproc visit, void *arg)
{
    int i;
    for (i = 0; i < N_CLASSES; i++) {
        Py_VISIT(r->classes[i]);
        Py_VISIT(r->fields[i]);
        Py_VISIT(r->instance[i]);
    }
    Py_VISIT(r->s_lineno);
    Py_VISIT(r->s_col_offset);
    return 0;
}

static int
registry_clear(AstRegistry *r)
{
    int i;
    for (i = 0; i < N_CLASSES; i++) {
        Py_CLEAR(r->classes[i]);
        Py_CLEAR(r->fields[i]);
        Py_CLEAR(r->instance[i]);
    }
    Py_CLEAR(r->s_lineno);
    Py_CLEAR(r->s_col_offset);
    return 0;
}

static void
registry_dealloc(AstRegistry *r)
{
    PyObject_GC_UnTrack(r);
    registry_clear(r);
    PyObject_GC_Del(r);
}

/* No tp_new: Python code cannot make one, so finding one in the module
   proves the classes in it were made here. */
static PyTypeObject AstRegistry_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                      /* ob_size */
    "_ast.registry",                        /* tp_name */
    sizeof(AstRegistry),                    /* tp_basicsize */
    0,                                      /* tp_itemsize */
    (destructor)registry_dealloc,           /* tp_dealloc */
    0,                                      /* tp_print */
    0,                                      /* tp_getattr */
    0,                                      /* tp_setattr */
    0,                                      /* tp_compare */
    0,                                      /* tp_repr */
    0,                                      /* tp_as_number */
    0,                                      /* tp_as_sequence */
    0,                                      /* tp_as_mapping */
    0,                                      /* tp_hash */
    0,                                      /* tp_call */
    0,                                      /* tp_str */
    PyObject_GenericGetAttr,                /* tp_getattro */
    0,                                      /* tp_setattro */
    0,                                      /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    0,                                      /* tp_doc */
    (traverseproc)registry_traverse,        /* tp_traverse */
    (inquiry)registry_clear,                /* tp_clear */
};

/* Build one class: type(name, (base,), {...}). */
static PyObject *
make_class(const ClassSpec *spec, PyObject *base, PyObject *fields)
{
    PyObject *dict, *cls = NULL;
    dict = Py_BuildValue("{sOss}", "_fields", fields, "__module__", "_ast");
    if (dict == NULL)
        return NULL;
    if (spec == &class_specs[C_stmt] || spec == &class_specs[C_expr]) {
        PyObject *attrs = Py_BuildValue("(ss)", "lineno", "col_offset");
        if (attrs == NULL ||
            PyDict_SetItemString(dict, "_attributes", attrs) < 0) {
            Py_XDECREF(attrs);
            Py_DECREF(dict);
            return NULL;
        }
        Py_DECREF(attrs);
    }
    cls = PyObject_CallFunction((PyObject *)&PyType_Type, "s(O)O",
                                spec->name, base, dict);
    Py_DECREF(dict);
    return cls;
}

static AstRegistry *
registry_new(void)
{
    AstRegistry *r;
    int i, j;

    if (PyType_Ready(&AstRegistry_Type) < 0)
        return NULL;
    r = PyObject_GC_New(AstRegistry, &AstRegistry_Type);
    if (r == NULL)
        return NULL;
    for (i = 0; i < N_CLASSES; i++)
        r->classes[i] = r->fields[i] = r->instance[i] = NULL;
    r->s_lineno = r->s_col_offset = NULL;
    PyObject_GC_Track(r);

    r->s_lineno = PyString_FromString("lineno");
    r->s_col_offset = PyString_FromString("col_offset");
    if (r->s_lineno == NULL || r->s_col_offset == NULL)
        goto fail;
    /* Bases come before the classes derived from them in the table. */
    for (i = 0; i < N_CLASSES; i++) {
        const ClassSpec *spec = &class_specs[i];
        PyObject *base;
        r->fields[i] = PyTuple_New(spec->nfields);
        if (r->fields[i] == NULL)
            goto fail;
        for (j = 0; j < spec->nfields; j++) {
            PyObject *s = PyString_FromString(spec->fields[j].name);
            if (s == NULL)
                goto fail;
            PyTuple_SET_ITEM(r->fields[i], j, s);
        }
        base = spec->base < 0 ? (PyObject *)&PyBaseObject_Type
                              : r->classes[spec->base];
        r->classes[i] = make_class(spec, base, r->fields[i]);
        if (r->classes[i] == NULL)
            goto fail;
        if (spec->singleton) {
            r->instance[i] = PyType_GenericNew(
                (PyTypeObject *)r->classes[i], NULL, NULL);
            if (r->instance[i] == NULL)
                goto fail;
        }
    }
    return r;
  fail:
    Py_DECREF(r);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

PyMODINIT_FUNC
init_ast(void)
{
    PyObject *m, *d;
    AstRegistry *r;
    int i;

    m = Py_InitModule3("_ast", NULL, NULL);
    if (m == NULL)
        return;
    r = registry_new();
    if (r == NULL)
        return;
    d = PyModule_GetDict(m);
    for (i = 0; i < N_CLASSES; i++) {
        if (PyDict_SetItemString(d, class_specs[i].name, r->classes[i]) < 0)
            goto done;
    }
    if (PyModule_AddIntConstant(m, "PyCF_ONLY_AST", PyCF_ONLY_AST) < 0)
        goto done;
    PyDict_SetItemString(d, REGISTRY_KEY, (PyObject *)r);
  done:
    Py_DECREF(r);
}

/* The registry of the current interpreter (new reference), making the
   _ast module if this interpreter has none or its registry is gone. */
static AstRegistry *
current_registry(void)
{
    PyObject *modules = PyImport_GetModuleDict();
    int attempt;

    if (modules == NULL) {
        PyErr_SetString(PyExc_SystemError, "no module table");
        return NULL;
    }
    for (attempt = 0; attempt < 2; attempt++) {
        PyObject *m = PyDict_GetItemString(modules, "_ast");
        if (m != NULL && PyModule_Check(m)) {
            PyObject *r = PyDict_GetItemString(PyModule_GetDict(m),
                                               REGISTRY_KEY);
            if (r != NULL && r->ob_type == &AstRegistry_Type) {
                Py_INCREF(r);
                return (AstRegistry *)r;
            }
        }
        if (attempt == 0) {
            if (m != NULL && !PyModule_Check(m) &&
                PyDict_DelItemString(modules, "_ast") < 0)
                return NULL;
            init_ast();
            if (PyErr_Occurred())
                return NULL;
        }
    }
    PyErr_SetString(PyExc_SystemError, "_ast module could not be set up");
    return NULL;
}

/* ------------------------------------------------------------------ */
/* C tree -> Python objects                                            */

static PyObject *node_to_obj(AstRegistry *r, int cls, const char *node);
static PyObject *value_to_obj(AstRegistry *r, int kind, const char *addr);

static PyObject *
singleton(AstRegistry *r, int first, int count, int value)
{
    PyObject *o;
    if (value < 1 || value > count) {
        PyErr_Format(PyExc_SystemError, "invalid %s value %d in AST",
                     class_specs[first - 1].name, value);
        return NULL;
    }
    o = r->instance[first + value - 1];
    Py_INCREF(o);
    return o;
}

/* A node with a position (stmt or expr): fields plus lineno/col_offset. */
static PyObject *
positioned_to_obj(AstRegistry *r, int cls, const char *node,
                  int lineno, int col_offset)
{
    PyObject *obj, *v;
    obj = node_to_obj(r, cls, node);
    if (obj == NULL)
        return NULL;
    v = PyInt_FromLong(lineno);
    if (v == NULL || PyObject_SetAttr(obj, r->s_lineno, v) < 0)
        goto fail;
    Py_DECREF(v);
    v = PyInt_FromLong(col_offset);
    if (v == NULL || PyObject_SetAttr(obj, r->s_col_offset, v) < 0)
        goto fail;
    Py_DECREF(v);
    return obj;
  fail:
    Py_XDECREF(v);
    Py_DECREF(obj);
    return NULL;
}

static PyObject *
stmt_to_obj(AstRegistry *r, stmt_ty s)
{
    PyObject *res;
    if (s->kind < FunctionDef_kind || s->kind > Continue_kind) {
        PyErr_Format(PyExc_SystemError, "invalid stmt kind %d in AST",
                     (int)s->kind);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" during AST conversion"))
        return NULL;
    res = positioned_to_obj(r, C_FunctionDef + s->kind - FunctionDef_kind,
                            (const char *)s, s->lineno, s->col_offset);
    Py_LeaveRecursiveCall();
    return res;
}

static PyObject *
expr_to_obj(AstRegistry *r, expr_ty e)
{
    PyObject *res;
    if (e->kind < BoolOp_kind || e->kind > Tuple_kind) {
        PyErr_Format(PyExc_SystemError, "invalid expr kind %d in AST",
                     (int)e->kind);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" during AST conversion"))
        return NULL;
    res = positioned_to_obj(r, C_BoolOp + e->kind - BoolOp_kind,
                            (const char *)e, e->lineno, e->col_offset);
    Py_LeaveRecursiveCall();
    return res;
}

static PyObject *
slice_to_obj(AstRegistry *r, slice_ty s)
{
    PyObject *res;
    if (s->kind < Ellipsis_kind || s->kind > Index_kind) {
        PyErr_Format(PyExc_SystemError, "invalid slice kind %d in AST",
                     (int)s->kind);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" during AST conversion"))
        return NULL;
    res = node_to_obj(r, C_Ellipsis + s->kind - Ellipsis_kind,
                      (const char *)s);
    Py_LeaveRecursiveCall();
    return res;
}

/* A pointer-valued child (node, identifier or constant); NULL is None. */
static PyObject *
pointer_to_obj(AstRegistry *r, int kind, void *p)
{
    if (p == NULL)
        Py_RETURN_NONE;
    switch (kind) {
    case K_EXPR:
        return expr_to_obj(r, (expr_ty)p);
    case K_STMT:
        return stmt_to_obj(r, (stmt_ty)p);
    case K_SLICE:
        return slice_to_obj(r, (slice_ty)p);
    case K_IDENT:
    case K_OBJECT:
        Py_INCREF((PyObject *)p);
        return (PyObject *)p;
    case K_COMP:
        return node_to_obj(r, C_comprehension, (const char *)p);
    case K_HANDLER:
        return node_to_obj(r, C_excepthandler, (const char *)p);
    case K_ARGUMENTS:
        return node_to_obj(r, C_arguments, (const char *)p);
    case K_KEYWORD:
        return node_to_obj(r, C_keyword, (const char *)p);
    case K_ALIAS:
        return node_to_obj(r, C_alias, (const char *)p);
    }
    PyErr_SetString(PyExc_SystemError, "bad field kind in _ast table");
    return NULL;
}

static PyObject *
seq_to_list(AstRegistry *r, int kind, asdl_seq *seq)
{
    int i, n = asdl_seq_LEN(seq);
    PyObject *list = PyList_New(n);
    if (list == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *item = pointer_to_obj(r, kind, asdl_seq_GET(seq, i));
        if (item == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, item);
    }
    return list;
}

static PyObject *
cmpops_to_list(AstRegistry *r, asdl_int_seq *ops)
{
    int i, n = asdl_seq_LEN(ops);
    PyObject *list = PyList_New(n);
    if (list == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *item = singleton(r, C_Eq, C_NotIn - C_Eq + 1,
                                   ops->elements[i]);
        if (item == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, item);
    }
    return list;
}

/* The value of the field at `addr`, of the given kind. */
static PyObject *
value_to_obj(AstRegistry *r, int kind, const char *addr)
{
    void *p;
    switch (kind) {
    case K_INT:
        return PyInt_FromLong(*(const int *)addr);
    case K_BOOL:
        return PyBool_FromLong(*(const int *)addr);
    case K_CTX:
        return singleton(r, C_Load, C_Param - C_Load + 1,
                         (int)*(const expr_context_ty *)addr);
    case K_BOOLOP:
        return singleton(r, C_And, C_Or - C_And + 1,
                         (int)*(const boolop_ty *)addr);
    case K_OPERATOR:
        return singleton(r, C_Add, C_FloorDiv - C_Add + 1,
                         (int)*(const operator_ty *)addr);
    case K_UNARYOP:
        return singleton(r, C_Invert, C_USub - C_Invert + 1,
                         (int)*(const unaryop_ty *)addr);
    case K_CMPOPS: {
        asdl_int_seq *ops;
        memcpy(&ops, addr, sizeof(ops));
        return cmpops_to_list(r, ops);
    }
    }
    memcpy(&p, addr, sizeof(p));
    if (kind >= K_SEQ)
        return seq_to_list(r, kind - K_SEQ, (asdl_seq *)p);
    return pointer_to_obj(r, kind, p);
}

/* A fresh instance of class `cls` with every field of `node` set. */
static PyObject *
node_to_obj(AstRegistry *r, int cls, const char *node)
{
    const ClassSpec *spec = &class_specs[cls];
    PyObject *obj;
    int i;

    obj = PyType_GenericNew((PyTypeObject *)r->classes[cls], NULL, NULL);
    if (obj == NULL)
        return NULL;
    for (i = 0; i < spec->nfields; i++) {
        const FieldSpec *f = &spec->fields[i];
        PyObject *v = value_to_obj(r, f->kind, node + f->offset);
        int rc;
        if (v == NULL)
            goto fail;
        rc = PyObject_SetAttr(obj, PyTuple_GET_ITEM(r->fields[cls], i), v);
        Py_DECREF(v);
        if (rc < 0)
            goto fail;
    }
    return obj;
  fail:
    Py_DECREF(obj);
    return NULL;
}

PyObject *
PyAST_mod2obj(mod_ty t)
{
    AstRegistry *r;
    PyObject *res;

    if (t == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (t->kind < Module_kind || t->kind > Suite_kind) {
        PyErr_Format(PyExc_SystemError, "invalid mod kind %d in AST",
                     (int)t->kind);
        return NULL;
    }
    r = current_registry();
    if (r == NULL)
        return NULL;
    res = node_to_obj(r, C_Module + t->kind - Module_kind, (const char *)t);
    Py_DECREF(r);
    return res;
}
