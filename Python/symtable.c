/* Symbol tables: the scope of every name in every block of a module.

   Two passes.  The first walks the AST and records, per block (module,
   class, function, lambda, generator expression), how each name is used:
   bound, read, declared global, a parameter.  The second resolves every
   name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL with the
   Python 2.5 rules: function scopes nest, class scopes are invisible to
   the blocks inside them, and a free name that no enclosing function binds
   is global. */

#include "Python.h"
#include "Python-ast.h"
#include "symtable.h"
#include "structmember.h"

#define MAX_AST_DEPTH 2000

#define GLOBAL_AFTER_ASSIGN \
    "name '%.400s' is assigned to before global declaration"
#define GLOBAL_AFTER_USE \
    "name '%.400s' is used prior to global declaration"
#define IMPORT_STAR_WARNING "import * only allowed at module level"
#define RETURN_VAL_IN_GENERATOR \
    "'return' with argument inside generator"
#define DUPLICATE_ARGUMENT \
    "duplicate argument '%s' in function definition"

/* ---------------------------------------------------------------- */
/* Entry objects                                                     */

static PySTEntryObject *
ste_new(struct symtable *st, identifier name, _Py_block_ty block,
        void *key, int lineno)
{
    PySTEntryObject *ste;
    PyObject *k = PyLong_FromVoidPtr(key);
    if (k == NULL)
        return NULL;
    ste = PyObject_New(PySTEntryObject, &PySTEntry_Type);
    if (ste == NULL) {
        Py_DECREF(k);
        return NULL;
    }
    ste->ste_table = st;
    ste->ste_id = k;
    ste->ste_tmpname = 0;
    Py_INCREF(name);
    ste->ste_name = name;
    ste->ste_symbols = NULL;
    ste->ste_varnames = NULL;
    ste->ste_children = NULL;
    ste->ste_symbols = PyDict_New();
    ste->ste_varnames = PyList_New(0);
    ste->ste_children = PyList_New(0);
    ste->ste_type = block;
    ste->ste_unoptimized = 0;
    ste->ste_nested = 0;
    ste->ste_free = 0;
    ste->ste_varargs = 0;
    ste->ste_varkeywords = 0;
    ste->ste_opt_lineno = 0;
    ste->ste_lineno = lineno;
    ste->ste_generator = 0;
    ste->ste_returns_value = 0;
    ste->ste_child_free = 0;
    if (st->st_cur != NULL &&
        (st->st_cur->ste_nested || st->st_cur->ste_type == FunctionBlock))
        ste->ste_nested = 1;
    if (ste->ste_symbols == NULL || ste->ste_varnames == NULL ||
        ste->ste_children == NULL ||
        PyDict_SetItem(st->st_symbols, ste->ste_id, (PyObject *)ste) < 0) {
        Py_DECREF(ste);
        return NULL;
    }
    return ste;
}

static PyObject *
ste_repr(PySTEntryObject *ste)
{
    return PyString_FromFormat("<symtable entry %.100s(%ld), line %d>",
                               PyString_AS_STRING(ste->ste_name),
                               PyLong_AsLong(ste->ste_id), ste->ste_lineno);
}

static void
ste_dealloc(PySTEntryObject *ste)
{
    ste->ste_table = NULL;
    Py_XDECREF(ste->ste_id);
    Py_XDECREF(ste->ste_name);
    Py_XDECREF(ste->ste_symbols);
    Py_XDECREF(ste->ste_varnames);
    Py_XDECREF(ste->ste_children);
    PyObject_Del(ste);
}

#define OFF(x) offsetof(PySTEntryObject, x)

static PyMemberDef ste_memberlist[] = {
    {"id",       T_OBJECT, OFF(ste_id), READONLY},
    {"name",     T_OBJECT, OFF(ste_name), READONLY},
    {"symbols",  T_OBJECT, OFF(ste_symbols), READONLY},
    {"varnames", T_OBJECT, OFF(ste_varnames), READONLY},
    {"children", T_OBJECT, OFF(ste_children), READONLY},
    {"optimized",T_INT,    OFF(ste_unoptimized), READONLY},
    {"type",     T_INT,    OFF(ste_type), READONLY},
    {"lineno",   T_INT,    OFF(ste_lineno), READONLY},
    {NULL}
};

PyTypeObject PySTEntry_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "symtable entry",
    sizeof(PySTEntryObject),
    0,
    (destructor)ste_dealloc,                /* tp_dealloc */
    0,                                      /* tp_print */
    0,                                      /* tp_getattr */
    0,                                      /* tp_setattr */
    0,                                      /* tp_compare */
    (reprfunc)ste_repr,                     /* tp_repr */
    0,                                      /* tp_as_number */
    0,                                      /* tp_as_sequence */
    0,                                      /* tp_as_mapping */
    0,                                      /* tp_hash */
    0,                                      /* tp_call */
    0,                                      /* tp_str */
    PyObject_GenericGetAttr,                /* tp_getattro */
    0,                                      /* tp_setattro */
    0,                                      /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT,                     /* tp_flags */
    0,                                      /* tp_doc */
    0,                                      /* tp_traverse */
    0,                                      /* tp_clear */
    0,                                      /* tp_richcompare */
    0,                                      /* tp_weaklistoffset */
    0,                                      /* tp_iter */
    0,                                      /* tp_iternext */
    0,                                      /* tp_methods */
    ste_memberlist,                         /* tp_members */
};

/* ---------------------------------------------------------------- */
/* Errors                                                            */

/* SyntaxError(msg) whose location is given by attributes only, as 2.5
   did for the errors found by the symbol table: e.args is (msg,), and
   str(e) adds " (file, line n)". */
static void
st_error(struct symtable *st, const char *msg, int lineno)
{
    PyErr_SetString(PyExc_SyntaxError, msg);
    PyErr_SyntaxLocation(st->st_filename, lineno);
}

/* A SyntaxWarning; when warnings are errors it becomes a SyntaxError
   located at the current block's first line. */
static int
st_warn(struct symtable *st, const char *msg, int lineno)
{
    if (PyErr_WarnExplicit(PyExc_SyntaxWarning, msg, st->st_filename,
                           lineno, NULL, NULL) < 0) {
        if (PyErr_ExceptionMatches(PyExc_SyntaxWarning)) {
            PyErr_Clear();
            st_error(st, msg, st->st_cur->ste_lineno);
        }
        return 0;
    }
    return 1;
}

/* ---------------------------------------------------------------- */
/* First pass: recording uses                                        */

static int
enter_block(struct symtable *st, identifier name, _Py_block_ty block,
            void *key, int lineno)
{
    PySTEntryObject *prev = st->st_cur, *ste;
    ste = ste_new(st, name, block, key, lineno);
    if (ste == NULL)
        return 0;
    if (prev != NULL) {
        if (PyList_Append(st->st_stack, (PyObject *)prev) < 0 ||
            PyList_Append(prev->ste_children, (PyObject *)ste) < 0) {
            Py_DECREF(ste);
            return 0;
        }
    }
    /* st_symbols owns the entry; st_cur is a borrowed pointer. */
    Py_DECREF(ste);
    st->st_cur = ste;
    if (block == ModuleBlock)
        st->st_global = ste->ste_symbols;
    return 1;
}

static int
exit_block(struct symtable *st)
{
    Py_ssize_t n = PyList_GET_SIZE(st->st_stack);
    if (n == 0) {
        st->st_cur = NULL;
        return 1;
    }
    st->st_cur = (PySTEntryObject *)PyList_GET_ITEM(st->st_stack, n - 1);
    return PyList_SetSlice(st->st_stack, n - 1, n, NULL) == 0;
}

static long
lookup_flags(struct symtable *st, PyObject *name)
{
    PyObject *mangled = _Py_Mangle(st->st_private, name), *v;
    long r = 0;
    if (mangled == NULL)
        return -1;
    v = PyDict_GetItem(st->st_cur->ste_symbols, mangled);
    if (v != NULL)
        r = PyInt_AS_LONG(v);
    Py_DECREF(mangled);
    return r;
}

static int
add_def(struct symtable *st, PyObject *name, int flag)
{
    PyObject *mangled, *o, *dict = st->st_cur->ste_symbols;
    long val;

    mangled = _Py_Mangle(st->st_private, name);
    if (mangled == NULL)
        return 0;
    o = PyDict_GetItem(dict, mangled);
    if (o != NULL) {
        val = PyInt_AS_LONG(o);
        if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
            char buf[300];
            PyOS_snprintf(buf, sizeof(buf), DUPLICATE_ARGUMENT,
                          PyString_AsString(name));
            st_error(st, buf, st->st_cur->ste_lineno);
            goto fail;
        }
        val |= flag;
    }
    else
        val = flag;
    o = PyInt_FromLong(val);
    if (o == NULL || PyDict_SetItem(dict, mangled, o) < 0) {
        Py_XDECREF(o);
        goto fail;
    }
    Py_DECREF(o);
    if (flag & DEF_PARAM) {
        if (PyList_Append(st->st_cur->ste_varnames, mangled) < 0)
            goto fail;
    }
    else if (flag & DEF_GLOBAL) {
        /* Also note it in the module's table. */
        long gval = flag;
        o = PyDict_GetItem(st->st_global, mangled);
        if (o != NULL)
            gval |= PyInt_AS_LONG(o);
        o = PyInt_FromLong(gval);
        if (o == NULL || PyDict_SetItem(st->st_global, mangled, o) < 0) {
            Py_XDECREF(o);
            goto fail;
        }
        Py_DECREF(o);
    }
    Py_DECREF(mangled);
    return 1;
  fail:
    Py_DECREF(mangled);
    return 0;
}

static int
add_def_str(struct symtable *st, const char *name, int flag)
{
    PyObject *o = PyString_InternFromString(name);
    int r;
    if (o == NULL)
        return 0;
    r = add_def(st, o, flag);
    Py_DECREF(o);
    return r;
}

/* Hidden local "_[N]" used by list comprehensions and with. */
static int
new_tmpname(struct symtable *st)
{
    char buf[32];
    PyOS_snprintf(buf, sizeof(buf), "_[%d]", ++st->st_cur->ste_tmpname);
    return add_def_str(st, buf, DEF_LOCAL);
}

/* Hidden parameter ".N" (tuple parameter N or a genexp's iterator). */
static int
implicit_arg(struct symtable *st, int pos)
{
    char buf[32];
    PyOS_snprintf(buf, sizeof(buf), ".%d", pos);
    return add_def_str(st, buf, DEF_PARAM);
}

static int visit_stmt(struct symtable *st, stmt_ty s);
static int visit_expr(struct symtable *st, expr_ty e);
static int visit_slice(struct symtable *st, slice_ty s);

static int
visit_stmts(struct symtable *st, asdl_seq *seq)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(seq); i++)
        if (!visit_stmt(st, (stmt_ty)asdl_seq_GET(seq, i)))
            return 0;
    return 1;
}

static int
visit_exprs(struct symtable *st, asdl_seq *seq)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(seq); i++) {
        expr_ty e = (expr_ty)asdl_seq_GET(seq, i);
        if (e != NULL && !visit_expr(st, e))
            return 0;
    }
    return 1;
}

static int
visit_params(struct symtable *st, asdl_seq *args, int toplevel)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(args); i++) {
        expr_ty a = (expr_ty)asdl_seq_GET(args, i);
        if (a->kind == Name_kind) {
            if (!add_def(st, a->v.Name.id, DEF_PARAM))
                return 0;
        }
        else if (a->kind == Tuple_kind) {
            if (toplevel && !implicit_arg(st, i))
                return 0;
        }
        else {
            PyErr_SetString(PyExc_SyntaxError,
                            "invalid expression in parameter list");
            return 0;
        }
    }
    if (!toplevel) {
        for (i = 0; i < asdl_seq_LEN(args); i++) {
            expr_ty a = (expr_ty)asdl_seq_GET(args, i);
            if (a->kind == Tuple_kind &&
                !visit_params(st, a->v.Tuple.elts, 0))
                return 0;
        }
    }
    return 1;
}

static int
visit_nested_params(struct symtable *st, asdl_seq *args)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(args); i++) {
        expr_ty a = (expr_ty)asdl_seq_GET(args, i);
        if (a->kind == Tuple_kind && !visit_params(st, a->v.Tuple.elts, 0))
            return 0;
    }
    return 1;
}

static int
visit_arguments(struct symtable *st, arguments_ty a)
{
    if (a->args && !visit_params(st, a->args, 1))
        return 0;
    if (a->vararg) {
        if (!add_def(st, a->vararg, DEF_PARAM))
            return 0;
        st->st_cur->ste_varargs = 1;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg, DEF_PARAM))
            return 0;
        st->st_cur->ste_varkeywords = 1;
    }
    if (a->args && !visit_nested_params(st, a->args))
        return 0;
    return 1;
}

static int
visit_alias(struct symtable *st, alias_ty a, int lineno)
{
    PyObject *name = a->asname ? a->asname : a->name;
    const char *base = PyString_AS_STRING(name);
    const char *dot = strchr(base, '.');
    int r;
    if (strcmp(base, "*") == 0) {
        if (st->st_cur->ste_type != ModuleBlock &&
            !st_warn(st, IMPORT_STAR_WARNING, st->st_cur->ste_lineno))
            return 0;
        st->st_cur->ste_unoptimized |= OPT_IMPORT_STAR;
        st->st_cur->ste_opt_lineno = lineno;
        return 1;
    }
    if (dot != NULL) {
        PyObject *first = PyString_FromStringAndSize(base, dot - base);
        if (first == NULL)
            return 0;
        r = add_def(st, first, DEF_IMPORT);
        Py_DECREF(first);
        return r;
    }
    return add_def(st, name, DEF_IMPORT);
}

static int
visit_comprehension(struct symtable *st, comprehension_ty c)
{
    return visit_expr(st, c->target) && visit_expr(st, c->iter) &&
        visit_exprs(st, c->ifs);
}

static int
visit_genexp(struct symtable *st, expr_ty e)
{
    asdl_seq *gens = e->v.GeneratorExp.generators;
    comprehension_ty outer = (comprehension_ty)asdl_seq_GET(gens, 0);
    PyObject *name;
    int i, ok;
    /* The outermost iterable is evaluated in the enclosing scope. */
    if (!visit_expr(st, outer->iter))
        return 0;
    name = PyString_InternFromString("genexpr");
    if (name == NULL)
        return 0;
    ok = enter_block(st, name, FunctionBlock, (void *)e, e->lineno);
    Py_DECREF(name);
    if (!ok)
        return 0;
    st->st_cur->ste_generator = 1;
    if (!implicit_arg(st, 0) || !visit_expr(st, outer->target) ||
        !visit_exprs(st, outer->ifs))
        return 0;
    for (i = 1; i < asdl_seq_LEN(gens); i++)
        if (!visit_comprehension(st, (comprehension_ty)asdl_seq_GET(gens, i)))
            return 0;
    if (!visit_expr(st, e->v.GeneratorExp.elt))
        return 0;
    return exit_block(st);
}

static int visit_stmt_inner(struct symtable *st, stmt_ty s);

/* Statements nest too (long elif chains): count them with expressions. */
static int
visit_stmt(struct symtable *st, stmt_ty s)
{
    int r;
    if (++st->st_depth > MAX_AST_DEPTH) {
        PyErr_SetString(PyExc_RuntimeError,
                        "maximum recursion depth exceeded during compilation");
        st->st_depth--;
        return 0;
    }
    r = visit_stmt_inner(st, s);
    st->st_depth--;
    return r;
}

static int
visit_stmt_inner(struct symtable *st, stmt_ty s)
{
    int i;
    switch (s->kind) {
    case FunctionDef_kind: {
        arguments_ty a = s->v.FunctionDef.args;
        if (!add_def(st, s->v.FunctionDef.name, DEF_LOCAL))
            return 0;
        if (!visit_exprs(st, a->defaults) ||
            !visit_exprs(st, s->v.FunctionDef.decorators))
            return 0;
        if (!enter_block(st, s->v.FunctionDef.name, FunctionBlock,
                         (void *)s, s->lineno))
            return 0;
        if (!visit_arguments(st, a) || !visit_stmts(st, s->v.FunctionDef.body))
            return 0;
        return exit_block(st);
    }
    case ClassDef_kind: {
        PyObject *saved;
        if (!add_def(st, s->v.ClassDef.name, DEF_LOCAL))
            return 0;
        if (!visit_exprs(st, s->v.ClassDef.bases))
            return 0;
        if (!enter_block(st, s->v.ClassDef.name, ClassBlock, (void *)s,
                         s->lineno))
            return 0;
        saved = st->st_private;
        st->st_private = s->v.ClassDef.name;
        if (!visit_stmts(st, s->v.ClassDef.body)) {
            st->st_private = saved;
            return 0;
        }
        st->st_private = saved;
        return exit_block(st);
    }
    case Return_kind:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value))
                return 0;
            st->st_cur->ste_returns_value = 1;
            if (st->st_cur->ste_generator) {
                st_error(st, RETURN_VAL_IN_GENERATOR, s->lineno);
                return 0;
            }
        }
        return 1;
    case Delete_kind:
        return visit_exprs(st, s->v.Delete.targets);
    case Assign_kind:
        return visit_exprs(st, s->v.Assign.targets) &&
            visit_expr(st, s->v.Assign.value);
    case AugAssign_kind:
        return visit_expr(st, s->v.AugAssign.target) &&
            visit_expr(st, s->v.AugAssign.value);
    case Print_kind:
        if (s->v.Print.dest && !visit_expr(st, s->v.Print.dest))
            return 0;
        return visit_exprs(st, s->v.Print.values);
    case For_kind:
        return visit_expr(st, s->v.For.target) &&
            visit_expr(st, s->v.For.iter) &&
            visit_stmts(st, s->v.For.body) &&
            visit_stmts(st, s->v.For.orelse);
    case While_kind:
        return visit_expr(st, s->v.While.test) &&
            visit_stmts(st, s->v.While.body) &&
            visit_stmts(st, s->v.While.orelse);
    case If_kind:
        return visit_expr(st, s->v.If.test) &&
            visit_stmts(st, s->v.If.body) &&
            visit_stmts(st, s->v.If.orelse);
    case With_kind:
        if (!new_tmpname(st) || !visit_expr(st, s->v.With.context_expr))
            return 0;
        if (s->v.With.optional_vars) {
            if (!new_tmpname(st) || !visit_expr(st, s->v.With.optional_vars))
                return 0;
        }
        return visit_stmts(st, s->v.With.body);
    case Raise_kind:
        if (s->v.Raise.type) {
            if (!visit_expr(st, s->v.Raise.type))
                return 0;
            if (s->v.Raise.inst) {
                if (!visit_expr(st, s->v.Raise.inst))
                    return 0;
                if (s->v.Raise.tback && !visit_expr(st, s->v.Raise.tback))
                    return 0;
            }
        }
        return 1;
    case TryExcept_kind:
        if (!visit_stmts(st, s->v.TryExcept.body) ||
            !visit_stmts(st, s->v.TryExcept.orelse))
            return 0;
        for (i = 0; i < asdl_seq_LEN(s->v.TryExcept.handlers); i++) {
            excepthandler_ty h =
                (excepthandler_ty)asdl_seq_GET(s->v.TryExcept.handlers, i);
            if (h->type && !visit_expr(st, h->type))
                return 0;
            if (h->name && !visit_expr(st, h->name))
                return 0;
            if (!visit_stmts(st, h->body))
                return 0;
        }
        return 1;
    case TryFinally_kind:
        return visit_stmts(st, s->v.TryFinally.body) &&
            visit_stmts(st, s->v.TryFinally.finalbody);
    case Assert_kind:
        if (!visit_expr(st, s->v.Assert.test))
            return 0;
        return s->v.Assert.msg == NULL || visit_expr(st, s->v.Assert.msg);
    case Import_kind:
        for (i = 0; i < asdl_seq_LEN(s->v.Import.names); i++)
            if (!visit_alias(st, (alias_ty)asdl_seq_GET(s->v.Import.names, i),
                             s->lineno))
                return 0;
        return 1;
    case ImportFrom_kind:
        for (i = 0; i < asdl_seq_LEN(s->v.ImportFrom.names); i++)
            if (!visit_alias(st, (alias_ty)asdl_seq_GET(s->v.ImportFrom.names, i),
                             s->lineno))
                return 0;
        return 1;
    case Exec_kind:
        if (!visit_expr(st, s->v.Exec.body))
            return 0;
        if (!st->st_cur->ste_opt_lineno)
            st->st_cur->ste_opt_lineno = s->lineno;
        if (s->v.Exec.globals) {
            st->st_cur->ste_unoptimized |= OPT_EXEC;
            if (!visit_expr(st, s->v.Exec.globals))
                return 0;
            if (s->v.Exec.locals && !visit_expr(st, s->v.Exec.locals))
                return 0;
        }
        else
            st->st_cur->ste_unoptimized |= OPT_BARE_EXEC;
        return 1;
    case Global_kind:
        for (i = 0; i < asdl_seq_LEN(s->v.Global.names); i++) {
            PyObject *name = (PyObject *)asdl_seq_GET(s->v.Global.names, i);
            long cur = lookup_flags(st, name);
            if (cur < 0)
                return 0;
            if (cur & (DEF_LOCAL | USE)) {
                char buf[500];
                PyOS_snprintf(buf, sizeof(buf),
                              (cur & DEF_LOCAL) ? GLOBAL_AFTER_ASSIGN
                              : GLOBAL_AFTER_USE,
                              PyString_AS_STRING(name));
                if (!st_warn(st, buf, s->lineno))
                    return 0;
            }
            if (!add_def(st, name, DEF_GLOBAL))
                return 0;
        }
        return 1;
    case Expr_kind:
        return visit_expr(st, s->v.Expr.value);
    case Pass_kind:
    case Break_kind:
    case Continue_kind:
        return 1;
    }
    PyErr_SetString(PyExc_SystemError, "unknown statement kind in symtable");
    return 0;
}

static int
visit_expr_inner(struct symtable *st, expr_ty e)
{
    int i;
    switch (e->kind) {
    case BoolOp_kind:
        return visit_exprs(st, e->v.BoolOp.values);
    case BinOp_kind:
        return visit_expr(st, e->v.BinOp.left) &&
            visit_expr(st, e->v.BinOp.right);
    case UnaryOp_kind:
        return visit_expr(st, e->v.UnaryOp.operand);
    case Lambda_kind: {
        PyObject *name;
        int ok;
        arguments_ty a = e->v.Lambda.args;
        if (!visit_exprs(st, a->defaults))
            return 0;
        name = PyString_InternFromString("lambda");
        if (name == NULL)
            return 0;
        ok = enter_block(st, name, FunctionBlock, (void *)e, e->lineno);
        Py_DECREF(name);
        if (!ok || !visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body))
            return 0;
        return exit_block(st);
    }
    case IfExp_kind:
        return visit_expr(st, e->v.IfExp.test) &&
            visit_expr(st, e->v.IfExp.body) &&
            visit_expr(st, e->v.IfExp.orelse);
    case Dict_kind:
        return visit_exprs(st, e->v.Dict.keys) &&
            visit_exprs(st, e->v.Dict.values);
    case ListComp_kind:
        if (!new_tmpname(st) || !visit_expr(st, e->v.ListComp.elt))
            return 0;
        for (i = 0; i < asdl_seq_LEN(e->v.ListComp.generators); i++)
            if (!visit_comprehension(st, (comprehension_ty)
                                     asdl_seq_GET(e->v.ListComp.generators, i)))
                return 0;
        return 1;
    case GeneratorExp_kind:
        return visit_genexp(st, e);
    case Yield_kind:
        if (e->v.Yield.value && !visit_expr(st, e->v.Yield.value))
            return 0;
        st->st_cur->ste_generator = 1;
        if (st->st_cur->ste_returns_value) {
            st_error(st, RETURN_VAL_IN_GENERATOR, e->lineno);
            return 0;
        }
        return 1;
    case Compare_kind:
        return visit_expr(st, e->v.Compare.left) &&
            visit_exprs(st, e->v.Compare.comparators);
    case Call_kind:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, e->v.Call.args))
            return 0;
        for (i = 0; i < asdl_seq_LEN(e->v.Call.keywords); i++) {
            keyword_ty k = (keyword_ty)asdl_seq_GET(e->v.Call.keywords, i);
            if (!visit_expr(st, k->value))
                return 0;
        }
        if (e->v.Call.starargs && !visit_expr(st, e->v.Call.starargs))
            return 0;
        if (e->v.Call.kwargs && !visit_expr(st, e->v.Call.kwargs))
            return 0;
        return 1;
    case Repr_kind:
        return visit_expr(st, e->v.Repr.value);
    case Num_kind:
    case Str_kind:
        return 1;
    case Attribute_kind:
        return visit_expr(st, e->v.Attribute.value);
    case Subscript_kind:
        return visit_expr(st, e->v.Subscript.value) &&
            visit_slice(st, e->v.Subscript.slice);
    case Name_kind:
        return add_def(st, e->v.Name.id,
                       e->v.Name.ctx == Load ? USE : DEF_LOCAL);
    case List_kind:
        return visit_exprs(st, e->v.List.elts);
    case Tuple_kind:
        return visit_exprs(st, e->v.Tuple.elts);
    }
    PyErr_SetString(PyExc_SystemError, "unknown expression kind in symtable");
    return 0;
}

static int
visit_expr(struct symtable *st, expr_ty e)
{
    int r;
    if (++st->st_depth > MAX_AST_DEPTH) {
        PyErr_SetString(PyExc_RuntimeError,
                        "maximum recursion depth exceeded during compilation");
        st->st_depth--;
        return 0;
    }
    r = visit_expr_inner(st, e);
    st->st_depth--;
    return r;
}

static int
visit_slice(struct symtable *st, slice_ty s)
{
    int i;
    switch (s->kind) {
    case Slice_kind:
        if (s->v.Slice.lower && !visit_expr(st, s->v.Slice.lower))
            return 0;
        if (s->v.Slice.upper && !visit_expr(st, s->v.Slice.upper))
            return 0;
        if (s->v.Slice.step && !visit_expr(st, s->v.Slice.step))
            return 0;
        return 1;
    case ExtSlice_kind:
        for (i = 0; i < asdl_seq_LEN(s->v.ExtSlice.dims); i++)
            if (!visit_slice(st, (slice_ty)asdl_seq_GET(s->v.ExtSlice.dims, i)))
                return 0;
        return 1;
    case Index_kind:
        return visit_expr(st, s->v.Index.value);
    case Ellipsis_kind:
        return 1;
    }
    return 1;
}

/* ---------------------------------------------------------------- */
/* Second pass: resolving scopes                                     */

#define SCOPE_BITS(flags) (((flags) >> SCOPE_OFF) & SCOPE_MASK)

static int
set_scope(PyObject *dict, PyObject *name, int scope)
{
    PyObject *o = PyInt_FromLong(scope);
    int r;
    if (o == NULL)
        return 0;
    r = PyDict_SetItem(dict, name, o);
    Py_DECREF(o);
    return r == 0;
}

static int
dict_has(PyObject *d, PyObject *k)
{
    return d != NULL && PyDict_GetItem(d, k) != NULL;
}

/* Decide the scope of one name of `ste`; see the file comment. */
static int
resolve_name(PySTEntryObject *ste, PyObject *scopes, PyObject *name,
             long flags, PyObject *bound, PyObject *locals, PyObject *free,
             PyObject *global)
{
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_PARAM) {
            char buf[300];
            PyOS_snprintf(buf, sizeof(buf), "name '%.200s' is local and global",
                          PyString_AS_STRING(name));
            st_error(ste->ste_table, buf, ste->ste_lineno);
            return 0;
        }
        if (!set_scope(scopes, name, GLOBAL_EXPLICIT))
            return 0;
        if (PyDict_SetItem(global, name, Py_None) < 0)
            return 0;
        if (dict_has(bound, name) && PyDict_DelItem(bound, name) < 0)
            return 0;
        return 1;
    }
    if (flags & DEF_BOUND) {
        if (!set_scope(scopes, name, LOCAL))
            return 0;
        if (PyDict_SetItem(locals, name, Py_None) < 0)
            return 0;
        if (dict_has(global, name) && PyDict_DelItem(global, name) < 0)
            return 0;
        return 1;
    }
    if (dict_has(bound, name)) {
        ste->ste_free = 1;
        return set_scope(scopes, name, FREE) &&
            PyDict_SetItem(free, name, Py_None) == 0;
    }
    if (dict_has(global, name))
        return set_scope(scopes, name, GLOBAL_IMPLICIT);
    if (ste->ste_nested)
        ste->ste_free = 1;
    return set_scope(scopes, name, GLOBAL_IMPLICIT);
}

/* Locals of a function that inner blocks use freely become cells. */
static int
make_cells(PyObject *scopes, PyObject *free)
{
    Py_ssize_t pos = 0;
    PyObject *name, *v;
    PyObject *found = PyList_New(0);
    Py_ssize_t i;
    if (found == NULL)
        return 0;
    while (PyDict_Next(scopes, &pos, &name, &v)) {
        if (PyInt_AS_LONG(v) != LOCAL)
            continue;
        if (!dict_has(free, name))
            continue;
        if (PyList_Append(found, name) < 0) {
            Py_DECREF(found);
            return 0;
        }
    }
    for (i = 0; i < PyList_GET_SIZE(found); i++) {
        PyObject *n = PyList_GET_ITEM(found, i);
        if (!set_scope(scopes, n, CELL) || PyDict_DelItem(free, n) < 0) {
            Py_DECREF(found);
            return 0;
        }
    }
    Py_DECREF(found);
    return 1;
}

/* Store the resolved scopes into the symbol flags, and record names that
   pass through this block on their way to a nested one. */
static int
store_scopes(PyObject *symbols, PyObject *scopes, PyObject *bound,
             PyObject *free, int is_class)
{
    Py_ssize_t pos = 0;
    PyObject *name, *v, *keys;
    Py_ssize_t i;

    while (PyDict_Next(symbols, &pos, &name, &v)) {
        PyObject *sc = PyDict_GetItem(scopes, name), *o;
        long flags = PyInt_AS_LONG(v);
        if (sc == NULL)
            continue;
        flags |= PyInt_AS_LONG(sc) << SCOPE_OFF;
        o = PyInt_FromLong(flags);
        if (o == NULL)
            return 0;
        /* Replacing the value of an existing key keeps iteration valid. */
        if (PyDict_SetItem(symbols, name, o) < 0) {
            Py_DECREF(o);
            return 0;
        }
        Py_DECREF(o);
    }
    keys = PyDict_Keys(free);
    if (keys == NULL)
        return 0;
    for (i = 0; i < PyList_GET_SIZE(keys); i++) {
        PyObject *fname = PyList_GET_ITEM(keys, i), *o;
        PyObject *cur = PyDict_GetItem(symbols, fname);
        if (cur != NULL) {
            /* A class that binds the name itself still passes the outer
               one through to its methods. */
            if (is_class && (PyInt_AS_LONG(cur) & (DEF_BOUND | DEF_GLOBAL))) {
                o = PyInt_FromLong(PyInt_AS_LONG(cur) | DEF_FREE_CLASS);
                if (o == NULL || PyDict_SetItem(symbols, fname, o) < 0) {
                    Py_XDECREF(o);
                    Py_DECREF(keys);
                    return 0;
                }
                Py_DECREF(o);
            }
            continue;
        }
        if (dict_has(bound, fname)) {
            o = PyInt_FromLong((long)FREE << SCOPE_OFF);
            if (o == NULL || PyDict_SetItem(symbols, fname, o) < 0) {
                Py_XDECREF(o);
                Py_DECREF(keys);
                return 0;
            }
            Py_DECREF(o);
        }
    }
    Py_DECREF(keys);
    return 1;
}

static int
check_unoptimized(PySTEntryObject *ste)
{
    char buf[300];
    const char *trailer;
    if (ste->ste_type != FunctionBlock || !ste->ste_unoptimized ||
        !(ste->ste_free || ste->ste_child_free))
        return 1;
    trailer = ste->ste_child_free ?
        "contains a nested function with free variables" :
        "is a nested function";
    switch (ste->ste_unoptimized) {
    case OPT_EXEC:
        return 1;       /* exec ... in ... is fine */
    case OPT_IMPORT_STAR:
        PyOS_snprintf(buf, sizeof(buf),
                      "import * is not allowed in function '%.100s' "
                      "because it is %s",
                      PyString_AS_STRING(ste->ste_name), trailer);
        break;
    case OPT_BARE_EXEC:
        PyOS_snprintf(buf, sizeof(buf),
                      "unqualified exec is not allowed in function "
                      "'%.100s' it %s",
                      PyString_AS_STRING(ste->ste_name), trailer);
        break;
    default:
        PyOS_snprintf(buf, sizeof(buf),
                      "function '%.100s' uses import * and bare exec, "
                      "which are illegal because it %s",
                      PyString_AS_STRING(ste->ste_name), trailer);
        break;
    }
    st_error(ste->ste_table, buf, ste->ste_opt_lineno);
    return 0;
}

static int
analyze_block(PySTEntryObject *ste, PyObject *bound, PyObject *free,
              PyObject *global, int depth)
{
    PyObject *name, *v;
    PyObject *locals = NULL, *scopes = NULL;
    PyObject *newglobal = NULL, *newfree = NULL, *newbound = NULL;
    Py_ssize_t pos = 0, i;
    int ok = 0;

    if (depth > MAX_AST_DEPTH) {
        PyErr_SetString(PyExc_RuntimeError,
                        "maximum recursion depth exceeded during compilation");
        return 0;
    }
    locals = PyDict_New();
    scopes = PyDict_New();
    newglobal = PyDict_New();
    newfree = PyDict_New();
    newbound = PyDict_New();
    if (!locals || !scopes || !newglobal || !newfree || !newbound)
        goto done;

    if (ste->ste_type == ClassBlock) {
        /* A class's own names are invisible to nested blocks. */
        if (PyDict_Update(newglobal, global) < 0)
            goto done;
        if (bound && PyDict_Update(newbound, bound) < 0)
            goto done;
    }
    while (PyDict_Next(ste->ste_symbols, &pos, &name, &v)) {
        if (!resolve_name(ste, scopes, name, PyInt_AS_LONG(v), bound, locals,
                          free, global))
            goto done;
    }
    if (ste->ste_type != ClassBlock) {
        if (ste->ste_type == FunctionBlock &&
            PyDict_Update(newbound, locals) < 0)
            goto done;
        if (bound && PyDict_Update(newbound, bound) < 0)
            goto done;
        if (PyDict_Update(newglobal, global) < 0)
            goto done;
    }
    for (i = 0; i < PyList_GET_SIZE(ste->ste_children); i++) {
        PySTEntryObject *c =
            (PySTEntryObject *)PyList_GET_ITEM(ste->ste_children, i);
        if (!analyze_block(c, newbound, newfree, newglobal, depth + 1))
            goto done;
        if (c->ste_free || c->ste_child_free)
            ste->ste_child_free = 1;
    }
    if (ste->ste_type == FunctionBlock && !make_cells(scopes, newfree))
        goto done;
    if (!store_scopes(ste->ste_symbols, scopes, bound, newfree,
                      ste->ste_type == ClassBlock))
        goto done;
    if (!check_unoptimized(ste))
        goto done;
    if (PyDict_Update(free, newfree) < 0)
        goto done;
    ok = 1;
  done:
    Py_XDECREF(locals);
    Py_XDECREF(scopes);
    Py_XDECREF(newglobal);
    Py_XDECREF(newfree);
    Py_XDECREF(newbound);
    return ok;
}

static int
analyze(struct symtable *st)
{
    PyObject *free = PyDict_New(), *global = PyDict_New();
    int r = 0;
    if (free && global)
        r = analyze_block(st->st_top, NULL, free, global, 0);
    Py_XDECREF(free);
    Py_XDECREF(global);
    return r;
}

/* ---------------------------------------------------------------- */
/* Public interface                                                  */

static struct symtable *
symtable_new(void)
{
    struct symtable *st = (struct symtable *)PyMem_Malloc(sizeof(*st));
    if (st == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memset(st, 0, sizeof(*st));
    st->st_symbols = PyDict_New();
    st->st_stack = PyList_New(0);
    if (st->st_symbols == NULL || st->st_stack == NULL) {
        PySymtable_Free(st);
        return NULL;
    }
    return st;
}

struct symtable *
PySymtable_Build(mod_ty mod, const char *filename, PyFutureFeatures *future)
{
    struct symtable *st = symtable_new();
    PyObject *top;
    int ok = 0;
    if (st == NULL)
        return NULL;
    st->st_filename = filename;
    st->st_future = future;
    top = PyString_InternFromString("top");
    if (top == NULL || !enter_block(st, top, ModuleBlock, (void *)mod, 0)) {
        Py_XDECREF(top);
        PySymtable_Free(st);
        return NULL;
    }
    Py_DECREF(top);
    st->st_top = st->st_cur;
    st->st_cur->ste_unoptimized = 0;
    switch (mod->kind) {
    case Module_kind:
        ok = visit_stmts(st, mod->v.Module.body);
        break;
    case Interactive_kind:
        ok = visit_stmts(st, mod->v.Interactive.body);
        break;
    case Expression_kind:
        ok = visit_expr(st, mod->v.Expression.body);
        break;
    case Suite_kind:
        PyErr_SetString(PyExc_RuntimeError, "this compiler does not handle Suites");
        break;
    }
    if (!ok || !exit_block(st)) {
        PySymtable_Free(st);
        return NULL;
    }
    if (analyze(st))
        return st;
    PySymtable_Free(st);
    return NULL;
}

void
PySymtable_Free(struct symtable *st)
{
    if (st == NULL)
        return;
    Py_XDECREF(st->st_symbols);
    Py_XDECREF(st->st_stack);
    PyMem_Free(st);
}

PySTEntryObject *
PySymtable_Lookup(struct symtable *st, void *key)
{
    PyObject *k, *v;
    k = PyLong_FromVoidPtr(key);
    if (k == NULL)
        return NULL;
    v = PyDict_GetItem(st->st_symbols, k);
    if (v != NULL)
        Py_INCREF(v);
    else
        PyErr_SetString(PyExc_KeyError, "unknown symbol table entry");
    Py_DECREF(k);
    return (PySTEntryObject *)v;
}

int
PyST_GetScope(PySTEntryObject *ste, PyObject *name)
{
    PyObject *v = PyDict_GetItem(ste->ste_symbols, name);
    if (v == NULL)
        return 0;
    return SCOPE_BITS(PyInt_AS_LONG(v));
}
