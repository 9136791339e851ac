/* AST -> bytecode compiler producing Python 2.5 code objects.

   Each code object being built (module, class body, function, lambda,
   generator expression) has a `Unit`: its constant and name tables and a
   graph of basic blocks.  Blocks are laid out in the order they were
   chained with use_block(); jumps name their target block and get their
   byte offsets at assembly time.  Assembly also builds the line number
   table (2.5 co_lnotab format) and computes the deepest value stack by
   walking the block graph. */

#include "Python.h"
#include "Python-ast.h"
#include "symtable.h"
#include "opcode.h"

#define MAX_EXPR_DEPTH 2000

typedef struct Block Block;

typedef struct {
    unsigned char op;
    unsigned char hasarg;
    unsigned char jabs;
    unsigned char jrel;
    int arg;
    Block *target;
    int lineno;
} Instr;

struct Block {
    Block *all_next;        /* every block of the unit, for freeing */
    Block *next;            /* the block laid out after this one */
    Instr *instr;
    int used;
    int alloc;
    int offset;             /* byte offset once assembled */
    int startdepth;         /* stack depth on entry, -1 if not reached */
    int ends_in_return;
};

enum fb_kind { FB_LOOP, FB_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END };

typedef struct {
    enum fb_kind kind;
    Block *block;
} FBlock;

typedef struct Unit {
    PySTEntryObject *ste;
    PyObject *name;
    PyObject *consts;       /* key tuple -> index */
    PyObject *names;        /* str -> index */
    PyObject *varnames;
    PyObject *cellvars;
    PyObject *freevars;
    PyObject *private_name; /* enclosing class name for mangling, or NULL */
    int argcount;
    int tmpname;
    Block *all_blocks;
    Block *entry;
    Block *cur;
    int nfblocks;
    FBlock fblock[CO_MAXBLOCKS];
    int firstlineno;
    int lineno;
    int lineno_set;
    struct Unit *parent;
} Unit;

typedef struct {
    const char *filename;
    struct symtable *st;
    PyFutureFeatures *future;
    PyCompilerFlags *flags;
    int interactive;
    int nestlevel;
    int depth;
    Unit *u;
    PyArena *arena;
} Compiler;

static int visit_stmt(Compiler *c, stmt_ty s);
static void exit_scope(Compiler *c);
static int visit_expr(Compiler *c, expr_ty e);
static PyCodeObject *assemble(Compiler *c, int add_none);

/* ---------------------------------------------------------------- */
/* Name mangling                                                     */

PyObject *
_Py_Mangle(PyObject *privateobj, PyObject *ident)
{
    const char *p, *name;
    size_t nlen, plen;
    PyObject *res;
    char *buf;

    name = PyString_AsString(ident);
    if (privateobj == NULL || !PyString_Check(privateobj) || name == NULL ||
        name[0] != '_' || name[1] != '_') {
        Py_INCREF(ident);
        return ident;
    }
    nlen = strlen(name);
    /* __special__ names and dotted module paths are left alone */
    if ((name[nlen - 1] == '_' && name[nlen - 2] == '_') ||
        strchr(name, '.') != NULL) {
        Py_INCREF(ident);
        return ident;
    }
    p = PyString_AsString(privateobj);
    while (*p == '_')
        p++;
    if (*p == '\0') {
        Py_INCREF(ident);
        return ident;
    }
    plen = strlen(p);
    if (plen + nlen >= PY_SSIZE_T_MAX - 1) {
        PyErr_NoMemory();
        return NULL;
    }
    res = PyString_FromStringAndSize(NULL, 1 + plen + nlen);
    if (res == NULL)
        return NULL;
    buf = PyString_AS_STRING(res);
    buf[0] = '_';
    memcpy(buf + 1, p, plen);
    memcpy(buf + 1 + plen, name, nlen);
    return res;
}

/* ---------------------------------------------------------------- */
/* Errors                                                            */

/* Give a SyntaxError without source text the line from the arena.
   Errors located by attributes only (PyErr_SyntaxLocation, e.args ==
   (msg,)) keep what it found: 2.5 read their text from the file. */
static void
add_error_text(PyArena *arena)
{
    PyObject *type, *value, *tb, *lineno, *text, *args;
    if (!PyErr_ExceptionMatches(PyExc_SyntaxError))
        return;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    args = value != NULL ? PyObject_GetAttrString(value, "args") : NULL;
    if (args == NULL)
        PyErr_Clear();
    else if (PyTuple_Check(args) && PyTuple_GET_SIZE(args) < 2)
        Py_CLEAR(args);
    if (args != NULL) {
        text = PyObject_GetAttrString(value, "text");
        lineno = PyObject_GetAttrString(value, "lineno");
        if (text == Py_None && lineno != NULL && PyInt_Check(lineno)) {
            PyObject *line = _PyArena_SourceLine(arena, (int)PyInt_AsLong(lineno));
            if (line != NULL) {
                if (PyObject_SetAttrString(value, "text", line) < 0)
                    PyErr_Clear();
                Py_DECREF(line);
            }
        }
        Py_XDECREF(text);
        Py_XDECREF(lineno);
        Py_DECREF(args);
        PyErr_Clear();
    }
    PyErr_Restore(type, value, tb);
}

static int
compiler_error(Compiler *c, const char *msg)
{
    PyObject *loc, *val, *text;
    /* As 2.5: the line is read back from the file (so a compile()d
       string's error has no text, and a sandbox's none at all). */
    text = PyErr_ProgramText(c->filename, c->u->lineno);
    if (text == NULL) {
        Py_INCREF(Py_None);
        text = Py_None;
    }
    loc = Py_BuildValue("(ziOO)", c->filename, c->u->lineno, Py_None, text);
    Py_DECREF(text);
    if (loc == NULL)
        return 0;
    val = Py_BuildValue("(sO)", msg, loc);
    Py_DECREF(loc);
    if (val == NULL)
        return 0;
    PyErr_SetObject(PyExc_SyntaxError, val);
    Py_DECREF(val);
    return 0;
}

/* ---------------------------------------------------------------- */
/* Blocks and instructions                                           */

static Block *
new_block(Compiler *c)
{
    Block *b = (Block *)PyObject_Malloc(sizeof(Block));
    if (b == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memset(b, 0, sizeof(*b));
    b->startdepth = -1;
    b->all_next = c->u->all_blocks;
    c->u->all_blocks = b;
    return b;
}

/* Make `b` the block laid out after the current one and continue there. */
static Block *
use_block(Compiler *c, Block *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
    return b;
}

static int
next_block(Compiler *c)
{
    Block *b = new_block(c);
    if (b == NULL)
        return 0;
    use_block(c, b);
    return 1;
}

static Instr *
add_instr(Compiler *c, int op)
{
    Block *b = c->u->cur;
    Instr *in;
    if (b->used == b->alloc) {
        int n = b->alloc ? b->alloc * 2 : 16;
        Instr *ni;
        if (b->alloc > INT_MAX / 2 / (int)sizeof(Instr)) {
            PyErr_NoMemory();
            return NULL;
        }
        ni = (Instr *)PyObject_Realloc(b->instr, n * sizeof(Instr));
        if (ni == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        b->instr = ni;
        b->alloc = n;
    }
    in = &b->instr[b->used++];
    memset(in, 0, sizeof(*in));
    in->op = (unsigned char)op;
    if (op == RETURN_VALUE)
        b->ends_in_return = 1;
    /* Only the first instruction of a new line carries its number. */
    if (!c->u->lineno_set) {
        c->u->lineno_set = 1;
        in->lineno = c->u->lineno;
    }
    return in;
}

static int
emit(Compiler *c, int op)
{
    return add_instr(c, op) != NULL;
}

static int
emit_arg(Compiler *c, int op, int arg)
{
    Instr *in = add_instr(c, op);
    if (in == NULL)
        return 0;
    in->hasarg = 1;
    in->arg = arg;
    return 1;
}

static int
emit_jump(Compiler *c, int op, Block *target, int absolute)
{
    Instr *in = add_instr(c, op);
    if (in == NULL)
        return 0;
    in->hasarg = 1;
    in->target = target;
    if (absolute)
        in->jabs = 1;
    else
        in->jrel = 1;
    return 1;
}

#define JREL(c, op, b) emit_jump((c), (op), (b), 0)
#define JABS(c, op, b) emit_jump((c), (op), (b), 1)

/* ---------------------------------------------------------------- */
/* Tables                                                            */

/* Index of `key` in dict `d`, adding it with the next index if new. */
static int
table_index(PyObject *d, PyObject *key)
{
    PyObject *v = PyDict_GetItem(d, key);
    long n;
    if (v != NULL)
        return (int)PyInt_AS_LONG(v);
    n = (long)PyDict_Size(d);
    if (n >= INT_MAX) {
        PyErr_SetString(PyExc_SystemError, "too many constants or names");
        return -1;
    }
    v = PyInt_FromLong(n);
    if (v == NULL)
        return -1;
    if (PyDict_SetItem(d, key, v) < 0) {
        Py_DECREF(v);
        return -1;
    }
    Py_DECREF(v);
    return (int)n;
}

/* Constants are keyed by value and type (1, 1L, 1.0 and True differ);
   0.0 and -0.0 are told apart as well. */
static PyObject *
const_key(PyObject *o)
{
    if (PyTuple_CheckExact(o)) {
        /* (1, 2) and (1L, 2.0) are equal but different constants: key
           folded tuples by the keys of their items. */
        Py_ssize_t i, n = PyTuple_GET_SIZE(o);
        PyObject *items = PyTuple_New(n), *k;
        if (items == NULL)
            return NULL;
        for (i = 0; i < n; i++) {
            PyObject *ik = const_key(PyTuple_GET_ITEM(o, i));
            if (ik == NULL) {
                Py_DECREF(items);
                return NULL;
            }
            PyTuple_SET_ITEM(items, i, ik);
        }
        k = PyTuple_Pack(3, o, (PyObject *)o->ob_type, items);
        Py_DECREF(items);
        return k;
    }
    if (PyFloat_Check(o)) {
        double d = PyFloat_AS_DOUBLE(o);
        if (d == 0.0 && copysign(1.0, d) > 0)
            return PyTuple_Pack(3, o, (PyObject *)o->ob_type, Py_None);
    }
    return PyTuple_Pack(2, o, (PyObject *)o->ob_type);
}

static int
const_index(Compiler *c, PyObject *o)
{
    PyObject *k = const_key(o);
    int r;
    if (k == NULL)
        return -1;
    r = table_index(c->u->consts, k);
    Py_DECREF(k);
    return r;
}

static int
emit_const(Compiler *c, PyObject *o)
{
    int i = const_index(c, o);
    return i >= 0 && emit_arg(c, LOAD_CONST, i);
}

/* An op whose argument is a name in co_names (mangled first). */
static int
emit_name(Compiler *c, int op, PyObject *name)
{
    PyObject *m = _Py_Mangle(c->u->private_name, name);
    int i;
    if (m == NULL)
        return 0;
    i = table_index(c->u->names, m);
    Py_DECREF(m);
    return i >= 0 && emit_arg(c, op, i);
}

/* Tuple of the keys of `d` ordered by their index values. */
static PyObject *
keys_in_order(PyObject *d, int offset)
{
    Py_ssize_t pos = 0, n = PyDict_Size(d);
    PyObject *k, *v, *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    while (PyDict_Next(d, &pos, &k, &v)) {
        Py_ssize_t i = PyInt_AS_LONG(v) - offset;
        PyObject *item = k;
        if (PyTuple_Check(k))
            item = PyTuple_GET_ITEM(k, 0);  /* constant keys */
        if (i < 0 || i >= n) {
            Py_DECREF(t);
            PyErr_SetString(PyExc_SystemError, "bad compiler table index");
            return NULL;
        }
        Py_INCREF(item);
        PyTuple_SET_ITEM(t, i, item);
    }
    return t;
}

/* ---------------------------------------------------------------- */
/* Units (scopes)                                                    */

/* dict of the names of `ste` whose scope is `scope` (or having `flag`),
   numbered from `offset` in sorted order. */
static PyObject *
names_by_scope(PySTEntryObject *ste, int scope, int flag, int offset)
{
    PyObject *d = PyDict_New(), *list = PyList_New(0);
    Py_ssize_t pos = 0, i;
    PyObject *k, *v;
    if (d == NULL || list == NULL)
        goto fail;
    while (PyDict_Next(ste->ste_symbols, &pos, &k, &v)) {
        long f = PyInt_AS_LONG(v);
        if (((f >> SCOPE_OFF) & SCOPE_MASK) == scope || (f & flag)) {
            if (PyList_Append(list, k) < 0)
                goto fail;
        }
    }
    if (PyList_Sort(list) < 0)
        goto fail;
    for (i = 0; i < PyList_GET_SIZE(list); i++) {
        PyObject *n = PyInt_FromLong((long)(i + offset));
        if (n == NULL || PyDict_SetItem(d, PyList_GET_ITEM(list, i), n) < 0) {
            Py_XDECREF(n);
            goto fail;
        }
        Py_DECREF(n);
    }
    Py_DECREF(list);
    return d;
  fail:
    Py_XDECREF(d);
    Py_XDECREF(list);
    return NULL;
}

static void
unit_free(Unit *u)
{
    Block *b, *n;
    for (b = u->all_blocks; b != NULL; b = n) {
        n = b->all_next;
        if (b->instr)
            PyObject_Free(b->instr);
        PyObject_Free(b);
    }
    Py_XDECREF(u->ste);
    Py_XDECREF(u->name);
    Py_XDECREF(u->consts);
    Py_XDECREF(u->names);
    Py_XDECREF(u->varnames);
    Py_XDECREF(u->cellvars);
    Py_XDECREF(u->freevars);
    Py_XDECREF(u->private_name);
    PyObject_Free(u);
}

static int
enter_scope(Compiler *c, PyObject *name, void *key, int lineno)
{
    Unit *u = (Unit *)PyObject_Malloc(sizeof(Unit));
    Py_ssize_t i;
    if (u == NULL) {
        PyErr_NoMemory();
        return 0;
    }
    memset(u, 0, sizeof(*u));
    u->ste = PySymtable_Lookup(c->st, key);
    if (u->ste == NULL)
        goto fail;
    Py_INCREF(name);
    u->name = name;
    u->consts = PyDict_New();
    u->names = PyDict_New();
    u->varnames = PyDict_New();
    if (!u->consts || !u->names || !u->varnames)
        goto fail;
    for (i = 0; i < PyList_GET_SIZE(u->ste->ste_varnames); i++) {
        if (table_index(u->varnames, PyList_GET_ITEM(u->ste->ste_varnames, i)) < 0)
            goto fail;
    }
    u->cellvars = names_by_scope(u->ste, CELL, 0, 0);
    if (u->cellvars == NULL)
        goto fail;
    u->freevars = names_by_scope(u->ste, FREE, DEF_FREE_CLASS,
                                 (int)PyDict_Size(u->cellvars));
    if (u->freevars == NULL)
        goto fail;
    u->firstlineno = lineno;
    u->lineno = 0;
    u->lineno_set = 0;
    if (c->u != NULL) {
        u->private_name = c->u->private_name;
        Py_XINCREF(u->private_name);
    }
    u->parent = c->u;
    c->u = u;
    c->nestlevel++;
    u->entry = u->cur = new_block(c);
    if (u->entry == NULL) {
        exit_scope(c);
        return 0;
    }
    return 1;
  fail:
    unit_free(u);
    return 0;
}

static void
exit_scope(Compiler *c)
{
    Unit *u = c->u;
    c->nestlevel--;
    c->u = u->parent;
    unit_free(u);
}

static int
push_fblock(Compiler *c, enum fb_kind kind, Block *b)
{
    if (c->u->nfblocks >= CO_MAXBLOCKS) {
        PyErr_SetString(PyExc_SystemError, "too many statically nested blocks");
        return 0;
    }
    c->u->fblock[c->u->nfblocks].kind = kind;
    c->u->fblock[c->u->nfblocks].block = b;
    c->u->nfblocks++;
    return 1;
}

static void
pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

static PyObject *
new_tmpname(Compiler *c)
{
    char buf[32];
    PyOS_snprintf(buf, sizeof(buf), "_[%d]", ++c->u->tmpname);
    return PyString_InternFromString(buf);
}

/* ---------------------------------------------------------------- */
/* Names                                                             */

static int
nameop(Compiler *c, PyObject *name, expr_context_ty ctx)
{
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    PyObject *mangled, *dict = c->u->names;
    int scope, op = 0, arg;
    PySTEntryObject *ste = c->u->ste;

    mangled = _Py_Mangle(c->u->private_name, name);
    if (mangled == NULL)
        return 0;
    scope = PyST_GetScope(ste, mangled);
    switch (scope) {
    case FREE:
        dict = c->u->freevars;
        optype = OP_DEREF;
        break;
    case CELL:
        dict = c->u->cellvars;
        optype = OP_DEREF;
        break;
    case LOCAL:
        if (ste->ste_type == FunctionBlock)
            optype = OP_FAST;
        break;
    case GLOBAL_IMPLICIT:
        if (ste->ste_type == FunctionBlock && !ste->ste_unoptimized)
            optype = OP_GLOBAL;
        break;
    case GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    }
    switch (optype) {
    case OP_DEREF:
        if (ctx == Load)
            op = LOAD_DEREF;
        else if (ctx == Store)
            op = STORE_DEREF;
        else if (ctx == Del) {
            /* 2.5 raised this one without any location */
            PyErr_Format(PyExc_SyntaxError,
                         "can not delete variable '%.200s' referenced in "
                         "nested scope", PyString_AS_STRING(name));
            Py_DECREF(mangled);
            return 0;
        }
        break;
    case OP_FAST:
        op = ctx == Load ? LOAD_FAST : ctx == Store ? STORE_FAST :
            ctx == Del ? DELETE_FAST : 0;
        break;
    case OP_GLOBAL:
        op = ctx == Load ? LOAD_GLOBAL : ctx == Store ? STORE_GLOBAL :
            ctx == Del ? DELETE_GLOBAL : 0;
        break;
    case OP_NAME:
        op = ctx == Load ? LOAD_NAME : ctx == Store ? STORE_NAME :
            ctx == Del ? DELETE_NAME : 0;
        break;
    }
    if (op == 0) {
        Py_DECREF(mangled);
        PyErr_SetString(PyExc_SystemError, "invalid name context");
        return 0;
    }
    if (optype == OP_FAST)
        dict = c->u->varnames;
    if (optype == OP_DEREF) {
        PyObject *v = PyDict_GetItem(dict, mangled);
        if (v == NULL) {
            Py_DECREF(mangled);
            PyErr_Format(PyExc_SystemError, "no closure slot for '%.200s'",
                         PyString_AS_STRING(name));
            return 0;
        }
        arg = (int)PyInt_AS_LONG(v);
    }
    else
        arg = table_index(dict, mangled);
    Py_DECREF(mangled);
    if (arg < 0)
        return 0;
    return emit_arg(c, op, arg);
}

static int
nameop_str(Compiler *c, const char *name, expr_context_ty ctx)
{
    PyObject *o = PyString_InternFromString(name);
    int r;
    if (o == NULL)
        return 0;
    r = nameop(c, o, ctx);
    Py_DECREF(o);
    return r;
}

/* ---------------------------------------------------------------- */
/* Code objects for nested scopes                                    */

/* Closure cell index of `name` in the current unit, for LOAD_CLOSURE. */
static int
closure_index(Compiler *c, PyObject *name)
{
    PyObject *v = PyDict_GetItem(c->u->cellvars, name);
    if (v == NULL)
        v = PyDict_GetItem(c->u->freevars, name);
    if (v == NULL) {
        PyErr_Format(PyExc_SystemError,
                     "lookup %.200s in %.200s failed building a closure",
                     PyString_AS_STRING(name), PyString_AS_STRING(c->u->name));
        return -1;
    }
    return (int)PyInt_AS_LONG(v);
}

static int
make_closure(Compiler *c, PyCodeObject *co, int ndefaults)
{
    Py_ssize_t i, nfree = PyTuple_GET_SIZE(co->co_freevars);
    if (nfree == 0) {
        return emit_const(c, (PyObject *)co) &&
            emit_arg(c, MAKE_FUNCTION, ndefaults);
    }
    for (i = 0; i < nfree; i++) {
        int arg = closure_index(c, PyTuple_GET_ITEM(co->co_freevars, i));
        if (arg < 0 || !emit_arg(c, LOAD_CLOSURE, arg))
            return 0;
    }
    return emit_arg(c, BUILD_TUPLE, (int)nfree) &&
        emit_const(c, (PyObject *)co) &&
        emit_arg(c, MAKE_CLOSURE, ndefaults);
}

static int
visit_exprs(Compiler *c, asdl_seq *seq)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(seq); i++)
        if (!visit_expr(c, (expr_ty)asdl_seq_GET(seq, i)))
            return 0;
    return 1;
}

static int
visit_stmts(Compiler *c, asdl_seq *seq)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(seq); i++)
        if (!visit_stmt(c, (stmt_ty)asdl_seq_GET(seq, i)))
            return 0;
    return 1;
}

static int
is_docstring(stmt_ty s)
{
    return s != NULL && s->kind == Expr_kind && s->v.Expr.value->kind == Str_kind;
}

/* Unpack tuple parameters (def f(a, (b, c))) into their names. */
static int
unpack_tuple_args(Compiler *c, arguments_ty args)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(args->args); i++) {
        expr_ty a = (expr_ty)asdl_seq_GET(args->args, i);
        if (a->kind == Tuple_kind) {
            char buf[32];
            PyOS_snprintf(buf, sizeof(buf), ".%d", i);
            if (!nameop_str(c, buf, Load) || !visit_expr(c, a))
                return 0;
        }
    }
    return 1;
}

static int
compile_function(Compiler *c, stmt_ty s)
{
    arguments_ty args = s->v.FunctionDef.args;
    asdl_seq *decos = s->v.FunctionDef.decorators;
    asdl_seq *body = s->v.FunctionDef.body;
    PyObject *first = Py_None;
    PyCodeObject *co;
    int i, doc;

    if (!visit_exprs(c, decos) || !visit_exprs(c, args->defaults))
        return 0;
    if (!enter_scope(c, s->v.FunctionDef.name, (void *)s, s->lineno))
        return 0;
    doc = is_docstring((stmt_ty)asdl_seq_GET(body, 0));
    if (doc)
        first = ((stmt_ty)asdl_seq_GET(body, 0))->v.Expr.value->v.Str.s;
    if (const_index(c, first) < 0 || !unpack_tuple_args(c, args)) {
        exit_scope(c);
        return 0;
    }
    c->u->argcount = asdl_seq_LEN(args->args);
    for (i = doc; i < asdl_seq_LEN(body); i++) {
        if (!visit_stmt(c, (stmt_ty)asdl_seq_GET(body, i))) {
            exit_scope(c);
            return 0;
        }
    }
    co = assemble(c, 1);
    exit_scope(c);
    if (co == NULL)
        return 0;
    i = make_closure(c, co, asdl_seq_LEN(args->defaults));
    Py_DECREF(co);
    if (!i)
        return 0;
    for (i = 0; i < asdl_seq_LEN(decos); i++)
        if (!emit_arg(c, CALL_FUNCTION, 1))
            return 0;
    return nameop(c, s->v.FunctionDef.name, Store);
}

/* Module or class body: a leading string becomes __doc__. */
static int
compile_body(Compiler *c, asdl_seq *stmts)
{
    int i = 0;
    if (asdl_seq_LEN(stmts) == 0)
        return 1;
    if (is_docstring((stmt_ty)asdl_seq_GET(stmts, 0))) {
        stmt_ty st = (stmt_ty)asdl_seq_GET(stmts, 0);
        c->u->lineno = st->lineno;
        c->u->lineno_set = 0;
        i = 1;
        if (!visit_expr(c, st->v.Expr.value) || !nameop_str(c, "__doc__", Store))
            return 0;
    }
    for (; i < asdl_seq_LEN(stmts); i++)
        if (!visit_stmt(c, (stmt_ty)asdl_seq_GET(stmts, i)))
            return 0;
    return 1;
}

static int
compile_class(Compiler *c, stmt_ty s)
{
    PyCodeObject *co;
    int ok;
    if (!emit_const(c, s->v.ClassDef.name) ||
        !visit_exprs(c, s->v.ClassDef.bases) ||
        !emit_arg(c, BUILD_TUPLE, asdl_seq_LEN(s->v.ClassDef.bases)))
        return 0;
    if (!enter_scope(c, s->v.ClassDef.name, (void *)s, s->lineno))
        return 0;
    Py_XDECREF(c->u->private_name);
    c->u->private_name = s->v.ClassDef.name;
    Py_INCREF(c->u->private_name);
    if (!nameop_str(c, "__name__", Load) || !nameop_str(c, "__module__", Store) ||
        !compile_body(c, s->v.ClassDef.body) ||
        !emit(c, LOAD_LOCALS) || !emit(c, RETURN_VALUE)) {
        exit_scope(c);
        return 0;
    }
    co = assemble(c, 1);
    exit_scope(c);
    if (co == NULL)
        return 0;
    ok = make_closure(c, co, 0);
    Py_DECREF(co);
    return ok && emit_arg(c, CALL_FUNCTION, 0) && emit(c, BUILD_CLASS) &&
        nameop(c, s->v.ClassDef.name, Store);
}

static int
compile_lambda(Compiler *c, expr_ty e)
{
    arguments_ty args = e->v.Lambda.args;
    PyObject *name;
    PyCodeObject *co;
    int ok;
    if (!visit_exprs(c, args->defaults))
        return 0;
    name = PyString_InternFromString("<lambda>");
    if (name == NULL)
        return 0;
    ok = enter_scope(c, name, (void *)e, e->lineno);
    Py_DECREF(name);
    if (!ok)
        return 0;
    /* None first: a lambda has no docstring */
    if (const_index(c, Py_None) < 0 || !unpack_tuple_args(c, args)) {
        exit_scope(c);
        return 0;
    }
    c->u->argcount = asdl_seq_LEN(args->args);
    if (!visit_expr(c, e->v.Lambda.body) || !emit(c, RETURN_VALUE)) {
        exit_scope(c);
        return 0;
    }
    co = assemble(c, 1);
    exit_scope(c);
    if (co == NULL)
        return 0;
    ok = make_closure(c, co, asdl_seq_LEN(args->defaults));
    Py_DECREF(co);
    return ok;
}

/* ---------------------------------------------------------------- */
/* Comprehensions                                                    */

static int
listcomp_loop(Compiler *c, PyObject *tmp, asdl_seq *gens, int idx, expr_ty elt)
{
    comprehension_ty g = (comprehension_ty)asdl_seq_GET(gens, idx);
    Block *start, *skip, *if_cleanup, *anchor;
    int i, n;

    start = new_block(c);
    skip = new_block(c);
    if_cleanup = new_block(c);
    anchor = new_block(c);
    if (!start || !skip || !if_cleanup || !anchor)
        return 0;
    if (!visit_expr(c, g->iter) || !emit(c, GET_ITER))
        return 0;
    use_block(c, start);
    if (!JREL(c, FOR_ITER, anchor) || !next_block(c) || !visit_expr(c, g->target))
        return 0;
    n = asdl_seq_LEN(g->ifs);
    for (i = 0; i < n; i++) {
        if (!visit_expr(c, (expr_ty)asdl_seq_GET(g->ifs, i)) ||
            !JREL(c, JUMP_IF_FALSE, if_cleanup) || !next_block(c) ||
            !emit(c, POP_TOP))
            return 0;
    }
    if (idx + 1 < asdl_seq_LEN(gens)) {
        if (!listcomp_loop(c, tmp, gens, idx + 1, elt))
            return 0;
    }
    else {
        if (!nameop(c, tmp, Load) || !visit_expr(c, elt) || !emit(c, LIST_APPEND))
            return 0;
        use_block(c, skip);
    }
    for (i = 0; i < n; i++) {
        if (!emit_arg(c, JUMP_FORWARD, 1))
            return 0;
        if (i == 0)
            use_block(c, if_cleanup);
        if (!emit(c, POP_TOP))
            return 0;
    }
    if (!JABS(c, JUMP_ABSOLUTE, start))
        return 0;
    use_block(c, anchor);
    if (idx == 0 && !nameop(c, tmp, Del))
        return 0;
    return 1;
}

static int
compile_listcomp(Compiler *c, expr_ty e)
{
    PyObject *tmp = new_tmpname(c);
    int ok;
    if (tmp == NULL)
        return 0;
    ok = emit_arg(c, BUILD_LIST, 0) && emit(c, DUP_TOP) &&
        nameop(c, tmp, Store) &&
        listcomp_loop(c, tmp, e->v.ListComp.generators, 0, e->v.ListComp.elt);
    Py_DECREF(tmp);
    return ok;
}

static int
genexp_loop(Compiler *c, asdl_seq *gens, int idx, expr_ty elt)
{
    comprehension_ty g = (comprehension_ty)asdl_seq_GET(gens, idx);
    Block *start, *skip, *if_cleanup, *anchor, *end;
    int i, n;

    start = new_block(c);
    skip = new_block(c);
    if_cleanup = new_block(c);
    anchor = new_block(c);
    end = new_block(c);
    if (!start || !skip || !if_cleanup || !anchor || !end)
        return 0;
    if (!JREL(c, SETUP_LOOP, end) || !push_fblock(c, FB_LOOP, start))
        return 0;
    if (idx == 0) {
        /* the outermost iterator arrives as argument .0 */
        c->u->argcount = 1;
        if (!emit_arg(c, LOAD_FAST, 0))
            return 0;
    }
    else if (!visit_expr(c, g->iter) || !emit(c, GET_ITER))
        return 0;
    use_block(c, start);
    if (!JREL(c, FOR_ITER, anchor) || !next_block(c) || !visit_expr(c, g->target))
        return 0;
    n = asdl_seq_LEN(g->ifs);
    for (i = 0; i < n; i++) {
        if (!visit_expr(c, (expr_ty)asdl_seq_GET(g->ifs, i)) ||
            !JREL(c, JUMP_IF_FALSE, if_cleanup) || !next_block(c) ||
            !emit(c, POP_TOP))
            return 0;
    }
    if (idx + 1 < asdl_seq_LEN(gens)) {
        if (!genexp_loop(c, gens, idx + 1, elt))
            return 0;
    }
    else {
        if (!visit_expr(c, elt) || !emit(c, YIELD_VALUE) || !emit(c, POP_TOP))
            return 0;
        use_block(c, skip);
    }
    for (i = 0; i < n; i++) {
        if (!emit_arg(c, JUMP_FORWARD, 1))
            return 0;
        if (i == 0)
            use_block(c, if_cleanup);
        if (!emit(c, POP_TOP))
            return 0;
    }
    if (!JABS(c, JUMP_ABSOLUTE, start))
        return 0;
    use_block(c, anchor);
    if (!emit(c, POP_BLOCK))
        return 0;
    pop_fblock(c);
    use_block(c, end);
    return 1;
}

static int
compile_genexp(Compiler *c, expr_ty e)
{
    comprehension_ty outer =
        (comprehension_ty)asdl_seq_GET(e->v.GeneratorExp.generators, 0);
    PyObject *name;
    PyCodeObject *co;
    int ok;
    name = PyString_InternFromString("<genexpr>");
    if (name == NULL)
        return 0;
    ok = enter_scope(c, name, (void *)e, e->lineno);
    Py_DECREF(name);
    if (!ok)
        return 0;
    if (!genexp_loop(c, e->v.GeneratorExp.generators, 0, e->v.GeneratorExp.elt)) {
        exit_scope(c);
        return 0;
    }
    co = assemble(c, 1);
    exit_scope(c);
    if (co == NULL)
        return 0;
    ok = make_closure(c, co, 0);
    Py_DECREF(co);
    return ok && visit_expr(c, outer->iter) && emit(c, GET_ITER) &&
        emit_arg(c, CALL_FUNCTION, 1);
}

/* ---------------------------------------------------------------- */
/* Statements                                                        */

/* Truth of a constant test, or -1 when not constant. */
static int
const_truth(expr_ty e)
{
    switch (e->kind) {
    case Num_kind:
        return PyObject_IsTrue(e->v.Num.n);
    case Str_kind:
        return PyObject_IsTrue(e->v.Str.s);
    default:
        return -1;
    }
}

static int
compile_if(Compiler *c, stmt_ty s)
{
    Block *end, *next;
    int k = const_truth(s->v.If.test);
    end = new_block(c);
    next = new_block(c);
    if (!end || !next)
        return 0;
    if (k == 0) {
        if (!visit_stmts(c, s->v.If.orelse))
            return 0;
    }
    else if (k == 1) {
        if (!visit_stmts(c, s->v.If.body))
            return 0;
    }
    else {
        if (!visit_expr(c, s->v.If.test) || !JREL(c, JUMP_IF_FALSE, next) ||
            !emit(c, POP_TOP) || !visit_stmts(c, s->v.If.body) ||
            !JREL(c, JUMP_FORWARD, end))
            return 0;
        use_block(c, next);
        if (!emit(c, POP_TOP) || !visit_stmts(c, s->v.If.orelse))
            return 0;
    }
    use_block(c, end);
    return 1;
}

static int
compile_for(Compiler *c, stmt_ty s)
{
    Block *start = new_block(c), *cleanup = new_block(c), *end = new_block(c);
    if (!start || !cleanup || !end)
        return 0;
    if (!JREL(c, SETUP_LOOP, end) || !push_fblock(c, FB_LOOP, start) ||
        !visit_expr(c, s->v.For.iter) || !emit(c, GET_ITER))
        return 0;
    use_block(c, start);
    /* the loop head gets its own line entry so tracing sees each pass */
    c->u->lineno_set = 0;
    if (!JREL(c, FOR_ITER, cleanup) || !visit_expr(c, s->v.For.target) ||
        !visit_stmts(c, s->v.For.body) || !JABS(c, JUMP_ABSOLUTE, start))
        return 0;
    use_block(c, cleanup);
    if (!emit(c, POP_BLOCK))
        return 0;
    pop_fblock(c);
    if (!visit_stmts(c, s->v.For.orelse))
        return 0;
    use_block(c, end);
    return 1;
}

static int
compile_while(Compiler *c, stmt_ty s)
{
    Block *loop, *end, *anchor = NULL;
    int k = const_truth(s->v.While.test);
    if (k == 0)
        return visit_stmts(c, s->v.While.orelse);
    loop = new_block(c);
    end = new_block(c);
    if (!loop || !end)
        return 0;
    if (k == -1 && (anchor = new_block(c)) == NULL)
        return 0;
    if (!JREL(c, SETUP_LOOP, end))
        return 0;
    use_block(c, loop);
    if (!push_fblock(c, FB_LOOP, loop))
        return 0;
    if (k == -1) {
        if (!visit_expr(c, s->v.While.test) || !JREL(c, JUMP_IF_FALSE, anchor) ||
            !emit(c, POP_TOP))
            return 0;
    }
    if (!visit_stmts(c, s->v.While.body) || !JABS(c, JUMP_ABSOLUTE, loop))
        return 0;
    if (k == -1) {
        use_block(c, anchor);
        if (!emit(c, POP_TOP) || !emit(c, POP_BLOCK))
            return 0;
    }
    pop_fblock(c);
    if (!visit_stmts(c, s->v.While.orelse))
        return 0;
    use_block(c, end);
    return 1;
}

static int
compile_continue(Compiler *c)
{
    static const char not_in_loop[] = "'continue' not properly in loop";
    static const char in_finally[] =
        "'continue' not supported inside 'finally' clause";
    int i;
    if (c->u->nfblocks == 0)
        return compiler_error(c, not_in_loop);
    i = c->u->nfblocks - 1;
    switch (c->u->fblock[i].kind) {
    case FB_LOOP:
        return JABS(c, JUMP_ABSOLUTE, c->u->fblock[i].block);
    case FB_EXCEPT:
    case FB_FINALLY_TRY:
        while (--i >= 0 && c->u->fblock[i].kind != FB_LOOP) {
            if (c->u->fblock[i].kind == FB_FINALLY_END)
                return compiler_error(c, in_finally);
        }
        if (i < 0)
            return compiler_error(c, not_in_loop);
        return JABS(c, CONTINUE_LOOP, c->u->fblock[i].block);
    case FB_FINALLY_END:
        return compiler_error(c, in_finally);
    }
    return 1;
}

static int
compile_try_finally(Compiler *c, stmt_ty s)
{
    Block *body = new_block(c), *end = new_block(c);
    if (!body || !end)
        return 0;
    if (!JREL(c, SETUP_FINALLY, end))
        return 0;
    use_block(c, body);
    if (!push_fblock(c, FB_FINALLY_TRY, body) ||
        !visit_stmts(c, s->v.TryFinally.body) || !emit(c, POP_BLOCK))
        return 0;
    pop_fblock(c);
    if (!emit_const(c, Py_None))
        return 0;
    use_block(c, end);
    if (!push_fblock(c, FB_FINALLY_END, end) ||
        !visit_stmts(c, s->v.TryFinally.finalbody) || !emit(c, END_FINALLY))
        return 0;
    pop_fblock(c);
    return 1;
}

static int
compile_try_except(Compiler *c, stmt_ty s)
{
    Block *body = new_block(c), *except = new_block(c);
    Block *orelse = new_block(c), *end = new_block(c);
    asdl_seq *handlers = s->v.TryExcept.handlers;
    int i, n = asdl_seq_LEN(handlers);
    if (!body || !except || !orelse || !end)
        return 0;
    if (!JREL(c, SETUP_EXCEPT, except))
        return 0;
    use_block(c, body);
    if (!push_fblock(c, FB_EXCEPT, body) ||
        !visit_stmts(c, s->v.TryExcept.body) || !emit(c, POP_BLOCK))
        return 0;
    pop_fblock(c);
    if (!JREL(c, JUMP_FORWARD, orelse))
        return 0;
    use_block(c, except);
    for (i = 0; i < n; i++) {
        excepthandler_ty h = (excepthandler_ty)asdl_seq_GET(handlers, i);
        if (h->type == NULL && i < n - 1)
            return compiler_error(c, "default 'except:' must be last");
        c->u->lineno_set = 0;
        c->u->lineno = h->lineno;
        except = new_block(c);
        if (except == NULL)
            return 0;
        if (h->type) {
            if (!emit(c, DUP_TOP) || !visit_expr(c, h->type) ||
                !emit_arg(c, COMPARE_OP, PyCmp_EXC_MATCH) ||
                !JREL(c, JUMP_IF_FALSE, except) || !emit(c, POP_TOP))
                return 0;
        }
        if (!emit(c, POP_TOP))
            return 0;
        if (h->name) {
            if (!visit_expr(c, h->name))
                return 0;
        }
        else if (!emit(c, POP_TOP))
            return 0;
        if (!emit(c, POP_TOP) || !visit_stmts(c, h->body) ||
            !JREL(c, JUMP_FORWARD, end))
            return 0;
        use_block(c, except);
        if (h->type && !emit(c, POP_TOP))
            return 0;
    }
    if (!emit(c, END_FINALLY))
        return 0;
    use_block(c, orelse);
    if (!visit_stmts(c, s->v.TryExcept.orelse))
        return 0;
    use_block(c, end);
    return 1;
}

static int
compile_with(Compiler *c, stmt_ty s)
{
    PyObject *tmpexit = NULL, *tmpvalue = NULL, *enter = NULL, *exit_ = NULL;
    Block *block = new_block(c), *finally = new_block(c);
    int ok = 0;
    if (!block || !finally)
        return 0;
    tmpexit = new_tmpname(c);
    if (tmpexit == NULL)
        goto done;
    if (s->v.With.optional_vars && (tmpvalue = new_tmpname(c)) == NULL)
        goto done;
    enter = PyString_InternFromString("__enter__");
    exit_ = PyString_InternFromString("__exit__");
    if (!enter || !exit_)
        goto done;
    if (!visit_expr(c, s->v.With.context_expr) || !emit(c, DUP_TOP) ||
        !emit_name(c, LOAD_ATTR, exit_) || !nameop(c, tmpexit, Store) ||
        !emit_name(c, LOAD_ATTR, enter) || !emit_arg(c, CALL_FUNCTION, 0))
        goto done;
    if (tmpvalue) {
        if (!nameop(c, tmpvalue, Store))
            goto done;
    }
    else if (!emit(c, POP_TOP))
        goto done;
    if (!JREL(c, SETUP_FINALLY, finally))
        goto done;
    use_block(c, block);
    if (!push_fblock(c, FB_FINALLY_TRY, block))
        goto done;
    if (tmpvalue) {
        if (!nameop(c, tmpvalue, Load) || !nameop(c, tmpvalue, Del) ||
            !visit_expr(c, s->v.With.optional_vars))
            goto done;
    }
    if (!visit_stmts(c, s->v.With.body) || !emit(c, POP_BLOCK))
        goto done;
    pop_fblock(c);
    if (!emit_const(c, Py_None))
        goto done;
    use_block(c, finally);
    if (!push_fblock(c, FB_FINALLY_END, finally) ||
        !nameop(c, tmpexit, Load) || !nameop(c, tmpexit, Del) ||
        !emit(c, WITH_CLEANUP) || !emit(c, END_FINALLY))
        goto done;
    pop_fblock(c);
    ok = 1;
  done:
    Py_XDECREF(tmpexit);
    Py_XDECREF(tmpvalue);
    Py_XDECREF(enter);
    Py_XDECREF(exit_);
    return ok;
}

static int
compile_print(Compiler *c, stmt_ty s)
{
    int i, n = asdl_seq_LEN(s->v.Print.values), dest = 0;
    if (s->v.Print.dest) {
        if (!visit_expr(c, s->v.Print.dest))
            return 0;
        dest = 1;
    }
    for (i = 0; i < n; i++) {
        expr_ty e = (expr_ty)asdl_seq_GET(s->v.Print.values, i);
        if (dest) {
            if (!emit(c, DUP_TOP) || !visit_expr(c, e) || !emit(c, ROT_TWO) ||
                !emit(c, PRINT_ITEM_TO))
                return 0;
        }
        else if (!visit_expr(c, e) || !emit(c, PRINT_ITEM))
            return 0;
    }
    if (s->v.Print.nl)
        return emit(c, dest ? PRINT_NEWLINE_TO : PRINT_NEWLINE);
    if (dest)
        return emit(c, POP_TOP);
    return 1;
}

static int
emit_int_const(Compiler *c, long v)
{
    PyObject *o = PyInt_FromLong(v);
    int r;
    if (o == NULL)
        return 0;
    r = emit_const(c, o);
    Py_DECREF(o);
    return r;
}

static int
absolute_import(Compiler *c)
{
    return c->flags && (c->flags->cf_flags & CO_FUTURE_ABSOLUTE_IMPORT);
}

static int
compile_import(Compiler *c, stmt_ty s)
{
    int i;
    for (i = 0; i < asdl_seq_LEN(s->v.Import.names); i++) {
        alias_ty a = (alias_ty)asdl_seq_GET(s->v.Import.names, i);
        const char *base = PyString_AS_STRING(a->name);
        const char *dot = strchr(base, '.');
        if (!emit_int_const(c, absolute_import(c) ? 0 : -1) ||
            !emit_const(c, Py_None) || !emit_name(c, IMPORT_NAME, a->name))
            return 0;
        if (a->asname) {
            /* import a.b.c as d: walk down to c */
            while (dot != NULL) {
                const char *start = dot + 1;
                PyObject *attr;
                int ok;
                dot = strchr(start, '.');
                attr = PyString_FromStringAndSize(
                    start, dot ? dot - start : (Py_ssize_t)strlen(start));
                if (attr == NULL)
                    return 0;
                ok = emit_name(c, LOAD_ATTR, attr);
                Py_DECREF(attr);
                if (!ok)
                    return 0;
            }
            if (!nameop(c, a->asname, Store))
                return 0;
        }
        else if (dot != NULL) {
            PyObject *first = PyString_FromStringAndSize(base, dot - base);
            int ok;
            if (first == NULL)
                return 0;
            ok = nameop(c, first, Store);
            Py_DECREF(first);
            if (!ok)
                return 0;
        }
        else if (!nameop(c, a->name, Store))
            return 0;
    }
    return 1;
}

static int
compile_from_import(Compiler *c, stmt_ty s)
{
    asdl_seq *names = s->v.ImportFrom.names;
    int i, n = asdl_seq_LEN(names), ok;
    PyObject *fromlist;
    long level;

    if (s->lineno > c->future->ff_lineno &&
        strcmp(PyString_AS_STRING(s->v.ImportFrom.module), "__future__") == 0)
        return compiler_error(c, ERR_LATE_FUTURE);
    level = s->v.ImportFrom.level;
    if (level == 0 && !absolute_import(c))
        level = -1;
    fromlist = PyTuple_New(n);
    if (fromlist == NULL)
        return 0;
    for (i = 0; i < n; i++) {
        alias_ty a = (alias_ty)asdl_seq_GET(names, i);
        Py_INCREF(a->name);
        PyTuple_SET_ITEM(fromlist, i, a->name);
    }
    ok = emit_int_const(c, level) && emit_const(c, fromlist) &&
        emit_name(c, IMPORT_NAME, s->v.ImportFrom.module);
    Py_DECREF(fromlist);
    if (!ok)
        return 0;
    for (i = 0; i < n; i++) {
        alias_ty a = (alias_ty)asdl_seq_GET(names, i);
        if (i == 0 && PyString_AS_STRING(a->name)[0] == '*')
            return emit(c, IMPORT_STAR);
        if (!emit_name(c, IMPORT_FROM, a->name) ||
            !nameop(c, a->asname ? a->asname : a->name, Store))
            return 0;
    }
    return emit(c, POP_TOP);
}

/* Does `/` mean true division here?  With `from __future__ import
   division`.  (-Qnew is applied by the eval loop, whose BINARY_DIVIDE
   then divides truly, so that bytecode files stay the same with and
   without it, as in 2.5.) */
static int
true_division(Compiler *c)
{
    return c->flags && (c->flags->cf_flags & CO_FUTURE_DIVISION);
}

static int
inplace_opcode(Compiler *c, operator_ty op)
{
    switch (op) {
    case Add: return INPLACE_ADD;
    case Sub: return INPLACE_SUBTRACT;
    case Mult: return INPLACE_MULTIPLY;
    case Div:
        return true_division(c) ? INPLACE_TRUE_DIVIDE : INPLACE_DIVIDE;
    case Mod: return INPLACE_MODULO;
    case Pow: return INPLACE_POWER;
    case LShift: return INPLACE_LSHIFT;
    case RShift: return INPLACE_RSHIFT;
    case BitOr: return INPLACE_OR;
    case BitXor: return INPLACE_XOR;
    case BitAnd: return INPLACE_AND;
    case FloorDiv: return INPLACE_FLOOR_DIVIDE;
    }
    return 0;
}

static int
binary_opcode(Compiler *c, operator_ty op)
{
    switch (op) {
    case Add: return BINARY_ADD;
    case Sub: return BINARY_SUBTRACT;
    case Mult: return BINARY_MULTIPLY;
    case Div:
        return true_division(c) ? BINARY_TRUE_DIVIDE : BINARY_DIVIDE;
    case Mod: return BINARY_MODULO;
    case Pow: return BINARY_POWER;
    case LShift: return BINARY_LSHIFT;
    case RShift: return BINARY_RSHIFT;
    case BitOr: return BINARY_OR;
    case BitXor: return BINARY_XOR;
    case BitAnd: return BINARY_AND;
    case FloorDiv: return BINARY_FLOOR_DIVIDE;
    }
    return 0;
}

static int
compile_augassign(Compiler *c, stmt_ty s)
{
    expr_ty e = s->v.AugAssign.target;
    int op = inplace_opcode(c, s->v.AugAssign.op);
    expr_ty aug;
    switch (e->kind) {
    case Attribute_kind:
        aug = Attribute(e->v.Attribute.value, e->v.Attribute.attr, AugLoad,
                        e->lineno, e->col_offset, c->arena);
        if (aug == NULL || !visit_expr(c, aug) ||
            !visit_expr(c, s->v.AugAssign.value) || !emit(c, op))
            return 0;
        aug->v.Attribute.ctx = AugStore;
        return visit_expr(c, aug);
    case Subscript_kind:
        aug = Subscript(e->v.Subscript.value, e->v.Subscript.slice, AugLoad,
                        e->lineno, e->col_offset, c->arena);
        if (aug == NULL || !visit_expr(c, aug) ||
            !visit_expr(c, s->v.AugAssign.value) || !emit(c, op))
            return 0;
        aug->v.Subscript.ctx = AugStore;
        return visit_expr(c, aug);
    case Name_kind:
        return nameop(c, e->v.Name.id, Load) &&
            visit_expr(c, s->v.AugAssign.value) && emit(c, op) &&
            nameop(c, e->v.Name.id, Store);
    default:
        PyErr_Format(PyExc_SystemError,
                     "invalid node type (%d) for augmented assignment", e->kind);
        return 0;
    }
}

static int
in_loop(Compiler *c)
{
    int i;
    for (i = 0; i < c->u->nfblocks; i++)
        if (c->u->fblock[i].kind == FB_LOOP)
            return 1;
    return 0;
}

static int visit_stmt_inner(Compiler *c, stmt_ty s);

static int
visit_stmt(Compiler *c, stmt_ty s)
{
    int r;
    if (++c->depth > MAX_EXPR_DEPTH) {
        c->depth--;
        PyErr_SetString(PyExc_RuntimeError,
                        "maximum recursion depth exceeded during compilation");
        return 0;
    }
    r = visit_stmt_inner(c, s);
    c->depth--;
    return r;
}

static int
visit_stmt_inner(Compiler *c, stmt_ty s)
{
    int i, n;
    c->u->lineno = s->lineno;
    c->u->lineno_set = 0;
    switch (s->kind) {
    case FunctionDef_kind:
        return compile_function(c, s);
    case ClassDef_kind:
        return compile_class(c, s);
    case Return_kind:
        if (c->u->ste->ste_type != FunctionBlock)
            return compiler_error(c, "'return' outside function");
        if (s->v.Return.value) {
            if (!visit_expr(c, s->v.Return.value))
                return 0;
        }
        else if (!emit_const(c, Py_None))
            return 0;
        return emit(c, RETURN_VALUE);
    case Delete_kind:
        return visit_exprs(c, s->v.Delete.targets);
    case Assign_kind:
        n = asdl_seq_LEN(s->v.Assign.targets);
        if (!visit_expr(c, s->v.Assign.value))
            return 0;
        for (i = 0; i < n; i++) {
            if (i < n - 1 && !emit(c, DUP_TOP))
                return 0;
            if (!visit_expr(c, (expr_ty)asdl_seq_GET(s->v.Assign.targets, i)))
                return 0;
        }
        return 1;
    case AugAssign_kind:
        return compile_augassign(c, s);
    case Print_kind:
        return compile_print(c, s);
    case For_kind:
        return compile_for(c, s);
    case While_kind:
        return compile_while(c, s);
    case If_kind:
        return compile_if(c, s);
    case With_kind:
        return compile_with(c, s);
    case Raise_kind:
        n = 0;
        if (s->v.Raise.type) {
            if (!visit_expr(c, s->v.Raise.type))
                return 0;
            n++;
            if (s->v.Raise.inst) {
                if (!visit_expr(c, s->v.Raise.inst))
                    return 0;
                n++;
                if (s->v.Raise.tback) {
                    if (!visit_expr(c, s->v.Raise.tback))
                        return 0;
                    n++;
                }
            }
        }
        return emit_arg(c, RAISE_VARARGS, n);
    case TryExcept_kind:
        return compile_try_except(c, s);
    case TryFinally_kind:
        return compile_try_finally(c, s);
    case Assert_kind: {
        Block *end;
        PyObject *name;
        int ok;
        if (Py_OptimizeFlag)
            return 1;
        /* (2.5 gives no warning for an always-true tuple test) */
        end = new_block(c);
        if (end == NULL || !visit_expr(c, s->v.Assert.test) ||
            !JREL(c, JUMP_IF_TRUE, end) || !emit(c, POP_TOP))
            return 0;
        name = PyString_InternFromString("AssertionError");
        if (name == NULL)
            return 0;
        ok = emit_name(c, LOAD_GLOBAL, name);
        Py_DECREF(name);
        if (!ok)
            return 0;
        if (s->v.Assert.msg) {
            if (!visit_expr(c, s->v.Assert.msg) || !emit_arg(c, RAISE_VARARGS, 2))
                return 0;
        }
        else if (!emit_arg(c, RAISE_VARARGS, 1))
            return 0;
        use_block(c, end);
        return emit(c, POP_TOP);
    }
    case Import_kind:
        return compile_import(c, s);
    case ImportFrom_kind:
        return compile_from_import(c, s);
    case Exec_kind:
        if (!visit_expr(c, s->v.Exec.body))
            return 0;
        if (s->v.Exec.globals) {
            if (!visit_expr(c, s->v.Exec.globals))
                return 0;
            if (s->v.Exec.locals) {
                if (!visit_expr(c, s->v.Exec.locals))
                    return 0;
            }
            else if (!emit(c, DUP_TOP))
                return 0;
        }
        else if (!emit_const(c, Py_None) || !emit(c, DUP_TOP))
            return 0;
        return emit(c, EXEC_STMT);
    case Global_kind:
    case Pass_kind:
        return 1;
    case Expr_kind: {
        expr_ty v = s->v.Expr.value;
        if (c->interactive && c->nestlevel <= 1)
            return visit_expr(c, v) && emit(c, PRINT_EXPR);
        if (v->kind != Str_kind && v->kind != Num_kind)
            return visit_expr(c, v) && emit(c, POP_TOP);
        return 1;
    }
    case Break_kind:
        if (!in_loop(c))
            return compiler_error(c, "'break' outside loop");
        return emit(c, BREAK_LOOP);
    case Continue_kind:
        return compile_continue(c);
    }
    PyErr_SetString(PyExc_SystemError, "unknown statement kind");
    return 0;
}

/* ---------------------------------------------------------------- */
/* Expressions                                                       */

static int
cmp_opcode_arg(cmpop_ty op)
{
    switch (op) {
    case Eq: return PyCmp_EQ;
    case NotEq: return PyCmp_NE;
    case Lt: return PyCmp_LT;
    case LtE: return PyCmp_LE;
    case Gt: return PyCmp_GT;
    case GtE: return PyCmp_GE;
    case Is: return PyCmp_IS;
    case IsNot: return PyCmp_IS_NOT;
    case In: return PyCmp_IN;
    case NotIn: return PyCmp_NOT_IN;
    }
    return PyCmp_BAD;
}

static int
compile_compare(Compiler *c, expr_ty e)
{
    int i, n = asdl_seq_LEN(e->v.Compare.ops);
    asdl_seq *rhs = e->v.Compare.comparators;
    Block *cleanup = NULL, *end;
    if (!visit_expr(c, e->v.Compare.left))
        return 0;
    if (n > 1) {
        cleanup = new_block(c);
        if (cleanup == NULL || !visit_expr(c, (expr_ty)asdl_seq_GET(rhs, 0)))
            return 0;
    }
    for (i = 1; i < n; i++) {
        if (!emit(c, DUP_TOP) || !emit(c, ROT_THREE) ||
            !emit_arg(c, COMPARE_OP,
                      cmp_opcode_arg((cmpop_ty)asdl_seq_GET(e->v.Compare.ops, i - 1))) ||
            !JREL(c, JUMP_IF_FALSE, cleanup) || !next_block(c) ||
            !emit(c, POP_TOP))
            return 0;
        if (i < n - 1 && !visit_expr(c, (expr_ty)asdl_seq_GET(rhs, i)))
            return 0;
    }
    if (!visit_expr(c, (expr_ty)asdl_seq_GET(rhs, n - 1)) ||
        !emit_arg(c, COMPARE_OP,
                  cmp_opcode_arg((cmpop_ty)asdl_seq_GET(e->v.Compare.ops, n - 1))))
        return 0;
    if (n > 1) {
        end = new_block(c);
        if (end == NULL || !JREL(c, JUMP_FORWARD, end))
            return 0;
        use_block(c, cleanup);
        if (!emit(c, ROT_TWO) || !emit(c, POP_TOP))
            return 0;
        use_block(c, end);
    }
    return 1;
}

static int
compile_call(Compiler *c, expr_ty e)
{
    int n, code = 0, i, op;
    if (!visit_expr(c, e->v.Call.func) || !visit_exprs(c, e->v.Call.args))
        return 0;
    n = asdl_seq_LEN(e->v.Call.args);
    for (i = 0; i < asdl_seq_LEN(e->v.Call.keywords); i++) {
        keyword_ty k = (keyword_ty)asdl_seq_GET(e->v.Call.keywords, i);
        if (!emit_const(c, k->arg) || !visit_expr(c, k->value))
            return 0;
    }
    n |= asdl_seq_LEN(e->v.Call.keywords) << 8;
    if (e->v.Call.starargs) {
        if (!visit_expr(c, e->v.Call.starargs))
            return 0;
        code |= 1;
    }
    if (e->v.Call.kwargs) {
        if (!visit_expr(c, e->v.Call.kwargs))
            return 0;
        code |= 2;
    }
    op = code == 0 ? CALL_FUNCTION : code == 1 ? CALL_FUNCTION_VAR :
        code == 2 ? CALL_FUNCTION_KW : CALL_FUNCTION_VAR_KW;
    return emit_arg(c, op, n);
}

static int
compile_boolop(Compiler *c, expr_ty e)
{
    int jump = e->v.BoolOp.op == And ? JUMP_IF_FALSE : JUMP_IF_TRUE;
    asdl_seq *values = e->v.BoolOp.values;
    int i, n = asdl_seq_LEN(values) - 1;
    Block *end = new_block(c);
    if (end == NULL)
        return 0;
    for (i = 0; i < n; i++) {
        if (!visit_expr(c, (expr_ty)asdl_seq_GET(values, i)) ||
            !JREL(c, jump, end) || !emit(c, POP_TOP))
            return 0;
    }
    if (!visit_expr(c, (expr_ty)asdl_seq_GET(values, n)))
        return 0;
    use_block(c, end);
    return 1;
}

/* Slices.  ctx is the context of the subscript being compiled. */
static int
compile_slice_build(Compiler *c, slice_ty s)
{
    int n = 2;
    if (s->v.Slice.lower) {
        if (!visit_expr(c, s->v.Slice.lower))
            return 0;
    }
    else if (!emit_const(c, Py_None))
        return 0;
    if (s->v.Slice.upper) {
        if (!visit_expr(c, s->v.Slice.upper))
            return 0;
    }
    else if (!emit_const(c, Py_None))
        return 0;
    if (s->v.Slice.step) {
        n++;
        if (!visit_expr(c, s->v.Slice.step))
            return 0;
    }
    return emit_arg(c, BUILD_SLICE, n);
}

static int
compile_simple_slice(Compiler *c, slice_ty s, expr_context_ty ctx)
{
    int offset = 0, count = 0, op;
    if (s->v.Slice.lower) {
        offset += 1;
        count++;
        if (ctx != AugStore && !visit_expr(c, s->v.Slice.lower))
            return 0;
    }
    if (s->v.Slice.upper) {
        offset += 2;
        count++;
        if (ctx != AugStore && !visit_expr(c, s->v.Slice.upper))
            return 0;
    }
    if (ctx == AugLoad) {
        if (count == 0 ? !emit(c, DUP_TOP) : !emit_arg(c, DUP_TOPX, count + 1))
            return 0;
    }
    else if (ctx == AugStore) {
        if (!emit(c, count == 0 ? ROT_TWO : count == 1 ? ROT_THREE : ROT_FOUR))
            return 0;
    }
    switch (ctx) {
    case AugLoad:
    case Load: op = SLICE; break;
    case AugStore:
    case Store: op = STORE_SLICE; break;
    case Del: op = DELETE_SLICE; break;
    default:
        PyErr_SetString(PyExc_SystemError, "param invalid in simple slice");
        return 0;
    }
    return emit(c, op + offset);
}

static int
compile_nested_slice(Compiler *c, slice_ty s)
{
    switch (s->kind) {
    case Ellipsis_kind:
        return emit_const(c, Py_Ellipsis);
    case Slice_kind:
        return compile_slice_build(c, s);
    case Index_kind:
        return visit_expr(c, s->v.Index.value);
    default:
        PyErr_SetString(PyExc_SystemError, "extended slice invalid in nested slice");
        return 0;
    }
}

static int
compile_slice(Compiler *c, slice_ty s, expr_context_ty ctx)
{
    int op;
    switch (s->kind) {
    case Index_kind:
        if (ctx != AugStore && !visit_expr(c, s->v.Index.value))
            return 0;
        break;
    case Ellipsis_kind:
        if (ctx != AugStore && !emit_const(c, Py_Ellipsis))
            return 0;
        break;
    case Slice_kind:
        if (s->v.Slice.step == NULL)
            return compile_simple_slice(c, s, ctx);
        if (ctx != AugStore && !compile_slice_build(c, s))
            return 0;
        break;
    case ExtSlice_kind:
        if (ctx != AugStore) {
            int i, n = asdl_seq_LEN(s->v.ExtSlice.dims);
            for (i = 0; i < n; i++)
                if (!compile_nested_slice(c, (slice_ty)asdl_seq_GET(s->v.ExtSlice.dims, i)))
                    return 0;
            if (!emit_arg(c, BUILD_TUPLE, n))
                return 0;
        }
        break;
    default:
        PyErr_SetString(PyExc_SystemError, "invalid subscript kind");
        return 0;
    }
    switch (ctx) {
    case AugLoad:
    case Load: op = BINARY_SUBSCR; break;
    case AugStore:
    case Store: op = STORE_SUBSCR; break;
    case Del: op = DELETE_SUBSCR; break;
    default:
        PyErr_SetString(PyExc_SystemError, "invalid subscript context");
        return 0;
    }
    if (ctx == AugLoad && !emit_arg(c, DUP_TOPX, 2))
        return 0;
    if (ctx == AugStore && !emit(c, ROT_THREE))
        return 0;
    return emit(c, op);
}

static int
visit_expr_inner(Compiler *c, expr_ty e)
{
    int n;
    switch (e->kind) {
    case BoolOp_kind:
        return compile_boolop(c, e);
    case BinOp_kind:
        /* constant operands are folded by the peephole pass */
        return visit_expr(c, e->v.BinOp.left) && visit_expr(c, e->v.BinOp.right) &&
            emit(c, binary_opcode(c, e->v.BinOp.op));
    case UnaryOp_kind: {
        int op = 0;
        switch (e->v.UnaryOp.op) {
        case Invert: op = UNARY_INVERT; break;
        case Not: op = UNARY_NOT; break;
        case UAdd: op = UNARY_POSITIVE; break;
        case USub: op = UNARY_NEGATIVE; break;
        }
        return visit_expr(c, e->v.UnaryOp.operand) && emit(c, op);
    }
    case Lambda_kind:
        return compile_lambda(c, e);
    case IfExp_kind: {
        Block *end = new_block(c), *next = new_block(c);
        if (!end || !next)
            return 0;
        if (!visit_expr(c, e->v.IfExp.test) || !JREL(c, JUMP_IF_FALSE, next) ||
            !emit(c, POP_TOP) || !visit_expr(c, e->v.IfExp.body) ||
            !JREL(c, JUMP_FORWARD, end))
            return 0;
        use_block(c, next);
        if (!emit(c, POP_TOP) || !visit_expr(c, e->v.IfExp.orelse))
            return 0;
        use_block(c, end);
        return 1;
    }
    case Dict_kind: {
        int i;
        if (!emit_arg(c, BUILD_MAP, 0))
            return 0;
        /* the value is evaluated before its key */
        for (i = 0; i < asdl_seq_LEN(e->v.Dict.values); i++) {
            if (!emit(c, DUP_TOP) ||
                !visit_expr(c, (expr_ty)asdl_seq_GET(e->v.Dict.values, i)) ||
                !emit(c, ROT_TWO) ||
                !visit_expr(c, (expr_ty)asdl_seq_GET(e->v.Dict.keys, i)) ||
                !emit(c, STORE_SUBSCR))
                return 0;
        }
        return 1;
    }
    case ListComp_kind:
        return compile_listcomp(c, e);
    case GeneratorExp_kind:
        return compile_genexp(c, e);
    case Yield_kind:
        if (c->u->ste->ste_type != FunctionBlock)
            return compiler_error(c, "'yield' outside function");
        if (e->v.Yield.value) {
            if (!visit_expr(c, e->v.Yield.value))
                return 0;
        }
        else if (!emit_const(c, Py_None))
            return 0;
        return emit(c, YIELD_VALUE);
    case Compare_kind:
        return compile_compare(c, e);
    case Call_kind:
        return compile_call(c, e);
    case Repr_kind:
        return visit_expr(c, e->v.Repr.value) && emit(c, UNARY_CONVERT);
    case Num_kind:
        return emit_const(c, e->v.Num.n);
    case Str_kind:
        return emit_const(c, e->v.Str.s);
    case Attribute_kind:
        if (e->v.Attribute.ctx != AugStore && !visit_expr(c, e->v.Attribute.value))
            return 0;
        switch (e->v.Attribute.ctx) {
        case AugLoad:
            if (!emit(c, DUP_TOP))
                return 0;
            /* fall through */
        case Load:
            return emit_name(c, LOAD_ATTR, e->v.Attribute.attr);
        case AugStore:
            if (!emit(c, ROT_TWO))
                return 0;
            /* fall through */
        case Store:
            return emit_name(c, STORE_ATTR, e->v.Attribute.attr);
        case Del:
            return emit_name(c, DELETE_ATTR, e->v.Attribute.attr);
        default:
            PyErr_SetString(PyExc_SystemError, "param invalid in attribute expression");
            return 0;
        }
    case Subscript_kind:
        if (e->v.Subscript.ctx != AugStore && !visit_expr(c, e->v.Subscript.value))
            return 0;
        if (e->v.Subscript.ctx == Param) {
            PyErr_SetString(PyExc_SystemError, "param invalid in subscript expression");
            return 0;
        }
        return compile_slice(c, e->v.Subscript.slice, e->v.Subscript.ctx);
    case Name_kind:
        return nameop(c, e->v.Name.id, e->v.Name.ctx);
    case List_kind:
        n = asdl_seq_LEN(e->v.List.elts);
        if (e->v.List.ctx == Store && !emit_arg(c, UNPACK_SEQUENCE, n))
            return 0;
        if (!visit_exprs(c, e->v.List.elts))
            return 0;
        if (e->v.List.ctx == Load)
            return emit_arg(c, BUILD_LIST, n);
        return 1;
    case Tuple_kind:
        n = asdl_seq_LEN(e->v.Tuple.elts);
        if (e->v.Tuple.ctx == Store && !emit_arg(c, UNPACK_SEQUENCE, n))
            return 0;
        if (!visit_exprs(c, e->v.Tuple.elts))
            return 0;
        if (e->v.Tuple.ctx == Load)
            return emit_arg(c, BUILD_TUPLE, n);
        return 1;
    }
    PyErr_SetString(PyExc_SystemError, "unknown expression kind");
    return 0;
}

static int
visit_expr(Compiler *c, expr_ty e)
{
    int r;
    /* A later line inside a statement starts a new line table entry. */
    if (e->lineno > c->u->lineno) {
        c->u->lineno = e->lineno;
        c->u->lineno_set = 0;
    }
    if (++c->depth > MAX_EXPR_DEPTH) {
        c->depth--;
        PyErr_SetString(PyExc_RuntimeError,
                        "maximum recursion depth exceeded during compilation");
        return 0;
    }
    r = visit_expr_inner(c, e);
    c->depth--;
    return r;
}

/* ---------------------------------------------------------------- */
/* Assembly                                                          */

static int
stack_effect(int op, int arg)
{
    switch (op) {
    case POP_TOP: return -1;
    case ROT_TWO: case ROT_THREE: case ROT_FOUR: return 0;
    case DUP_TOP: return 1;
    case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT:
    case UNARY_CONVERT: case UNARY_INVERT: return 0;
    case LIST_APPEND: return -2;
    case BINARY_POWER: case BINARY_MULTIPLY: case BINARY_DIVIDE:
    case BINARY_MODULO: case BINARY_ADD: case BINARY_SUBTRACT:
    case BINARY_SUBSCR: case BINARY_FLOOR_DIVIDE: case BINARY_TRUE_DIVIDE:
    case INPLACE_FLOOR_DIVIDE: case INPLACE_TRUE_DIVIDE:
        return -1;
    case SLICE + 0: return 0;
    case SLICE + 1: case SLICE + 2: return -1;
    case SLICE + 3: return -2;
    case STORE_SLICE + 0: return -2;
    case STORE_SLICE + 1: case STORE_SLICE + 2: return -3;
    case STORE_SLICE + 3: return -4;
    case DELETE_SLICE + 0: return -1;
    case DELETE_SLICE + 1: case DELETE_SLICE + 2: return -2;
    case DELETE_SLICE + 3: return -3;
    case INPLACE_ADD: case INPLACE_SUBTRACT: case INPLACE_MULTIPLY:
    case INPLACE_DIVIDE: case INPLACE_MODULO: return -1;
    case STORE_SUBSCR: return -3;
    case DELETE_SUBSCR: return -2;
    case BINARY_LSHIFT: case BINARY_RSHIFT: case BINARY_AND:
    case BINARY_XOR: case BINARY_OR: case INPLACE_POWER: return -1;
    case GET_ITER: return 0;
    case PRINT_EXPR: return -1;
    case PRINT_ITEM: return -1;
    case PRINT_NEWLINE: return 0;
    case PRINT_ITEM_TO: return -2;
    case PRINT_NEWLINE_TO: return -1;
    case INPLACE_LSHIFT: case INPLACE_RSHIFT: case INPLACE_AND:
    case INPLACE_XOR: case INPLACE_OR: return -1;
    case BREAK_LOOP: return 0;
    case WITH_CLEANUP: return -1;
    case LOAD_LOCALS: return 1;
    case RETURN_VALUE: return -1;
    case IMPORT_STAR: return -1;
    case EXEC_STMT: return -3;
    case YIELD_VALUE: return 0;
    case POP_BLOCK: return 0;
    case END_FINALLY: return -1;
    case BUILD_CLASS: return -2;
    case STORE_NAME: return -1;
    case DELETE_NAME: return 0;
    case UNPACK_SEQUENCE: return arg - 1;
    case FOR_ITER: return 1;
    case STORE_ATTR: return -2;
    case DELETE_ATTR: return -1;
    case STORE_GLOBAL: return -1;
    case DELETE_GLOBAL: return 0;
    case DUP_TOPX: return arg;
    case LOAD_CONST: return 1;
    case LOAD_NAME: return 1;
    case BUILD_TUPLE: case BUILD_LIST: return 1 - arg;
    case BUILD_MAP: return 1;
    case LOAD_ATTR: return 0;
    case COMPARE_OP: return -1;
    case IMPORT_NAME: return -1;
    case IMPORT_FROM: return 1;
    case JUMP_FORWARD: case JUMP_IF_FALSE: case JUMP_IF_TRUE:
    case JUMP_ABSOLUTE: return 0;
    case LOAD_GLOBAL: return 1;
    case CONTINUE_LOOP: return 0;
    case SETUP_LOOP: return 0;
    case SETUP_EXCEPT: case SETUP_FINALLY: return 0;
    case LOAD_FAST: return 1;
    case STORE_FAST: return -1;
    case DELETE_FAST: return 0;
    case RAISE_VARARGS: return -arg;
#define NARGS(o) (((o) % 256) + 2 * ((o) / 256))
    case CALL_FUNCTION: return -NARGS(arg);
    case CALL_FUNCTION_VAR: case CALL_FUNCTION_KW: return -NARGS(arg) - 1;
    case CALL_FUNCTION_VAR_KW: return -NARGS(arg) - 2;
#undef NARGS
    case MAKE_FUNCTION: return -arg;
    case MAKE_CLOSURE: return -arg - 1;
    case BUILD_SLICE: return arg == 3 ? -2 : -1;
    case LOAD_CLOSURE: case LOAD_DEREF: return 1;
    case STORE_DEREF: return -1;
    case NOP: return 0;
    }
    return 0;
}

/* Depth on the jump edge of an instruction, relative to the depth
   before it. */
static int
jump_effect(Instr *in)
{
    switch (in->op) {
    case SETUP_EXCEPT:
    case SETUP_FINALLY:
        return 3;           /* exception info pushed when the handler runs */
    case FOR_ITER:
        return -1;          /* iterator popped at exhaustion */
    default:
        return stack_effect(in->op, in->arg);
    }
}

/* Largest stack depth over all paths: a depth-first walk of the block
   graph that skips a block already on the current path (so loops end)
   or already entered at least as deep.  The walk keeps its own stack
   of frames, so huge functions cannot exhaust the C stack. */
typedef struct {
    Block *b;
    int i;
    int depth;
    int next_done;
} DepthFrame;

static int
max_stack_depth(Compiler *c)
{
    DepthFrame *stack;
    Block *b;
    int nblocks = 0, sp = 0, maxdepth = 0;
    for (b = c->u->all_blocks; b != NULL; b = b->all_next) {
        b->startdepth = -1;
        b->offset = 0;          /* used as "on the current path" mark */
        nblocks++;
    }
    stack = (DepthFrame *)PyObject_Malloc((nblocks + 1) * sizeof(DepthFrame));
    if (stack == NULL) {
        PyErr_NoMemory();
        return -1;
    }
#define ENTER(blk, d) do { \
        Block *b_ = (blk); int d_ = (d); \
        if (!b_->offset && b_->startdepth < d_ && sp < nblocks) { \
            b_->offset = 1; \
            b_->startdepth = d_; \
            stack[sp].b = b_; stack[sp].i = 0; \
            stack[sp].depth = d_; stack[sp].next_done = 0; \
            sp++; \
        } \
    } while (0)
    ENTER(c->u->entry, 0);
    while (sp > 0) {
        DepthFrame *f = &stack[sp - 1];
        b = f->b;
        if (f->i < b->used) {
            Instr *in = &b->instr[f->i++];
            int before = f->depth;
            f->depth += stack_effect(in->op, in->arg);
            if (f->depth > maxdepth)
                maxdepth = f->depth;
            if (in->op == JUMP_ABSOLUTE || in->op == RETURN_VALUE ||
                in->op == RAISE_VARARGS || in->op == BREAK_LOOP ||
                in->op == CONTINUE_LOOP ||
                (in->op == JUMP_FORWARD && in->target != NULL)) {
                /* nothing after this instruction runs */
                f->i = b->used;
                f->next_done = 1;
            }
            if (in->target != NULL) {
                int d = before + jump_effect(in);
                if (d > maxdepth)
                    maxdepth = d;
                ENTER(in->target, d);
            }
            continue;
        }
        if (!f->next_done && b->next != NULL) {
            f->next_done = 1;
            ENTER(b->next, f->depth);
            continue;
        }
        b->offset = 0;
        sp--;
    }
#undef ENTER
    PyObject_Free(stack);
    return maxdepth;
}

static int
instr_size(Instr *in)
{
    if (!in->hasarg)
        return 1;
    return in->arg > 0xffff ? 6 : 3;
}

/* Growable byte string used for co_code and co_lnotab. */
typedef struct {
    unsigned char *p;
    Py_ssize_t len, cap;
} Buf;

static int
buf_put(Buf *b, int byte)
{
    if (b->len == b->cap) {
        Py_ssize_t n = b->cap ? b->cap * 2 : 256;
        unsigned char *np;
        if (b->cap > PY_SSIZE_T_MAX / 2) {
            PyErr_NoMemory();
            return 0;
        }
        np = (unsigned char *)PyObject_Realloc(b->p, n);
        if (np == NULL) {
            PyErr_NoMemory();
            return 0;
        }
        b->p = np;
        b->cap = n;
    }
    b->p[b->len++] = (unsigned char)byte;
    return 1;
}

/* Line table entry for an instruction starting a new line at `offset`. */
static int
lnotab_add(Buf *lt, int *last_off, int *last_line, int offset, int line, int op)
{
    int dbyte = offset - *last_off, dline = line - *last_line;
    if (dline < 0)
        return 1;   /* never move backwards */
    if (dline == 0 && op != FOR_ITER)
        return 1;
    while (dbyte > 255) {
        if (!buf_put(lt, 255) || !buf_put(lt, 0))
            return 0;
        dbyte -= 255;
    }
    while (dline > 255) {
        if (!buf_put(lt, dbyte) || !buf_put(lt, 255))
            return 0;
        dbyte = 0;
        dline -= 255;
    }
    if (!buf_put(lt, dbyte) || !buf_put(lt, dline))
        return 0;
    *last_off = offset;
    *last_line = line;
    return 1;
}

static int
code_flags(Compiler *c)
{
    PySTEntryObject *ste = c->u->ste;
    int flags = 0;
    if (ste->ste_type != ModuleBlock)
        flags |= CO_NEWLOCALS;
    if (ste->ste_type == FunctionBlock) {
        if (!ste->ste_unoptimized)
            flags |= CO_OPTIMIZED;
        if (ste->ste_nested)
            flags |= CO_NESTED;
        if (ste->ste_generator)
            flags |= CO_GENERATOR;
    }
    if (ste->ste_varargs)
        flags |= CO_VARARGS;
    if (ste->ste_varkeywords)
        flags |= CO_VARKEYWORDS;
    if (ste->ste_generator)
        flags |= CO_GENERATOR;
    if (c->flags)
        flags |= c->flags->cf_flags & PyCF_MASK;
    if (PyDict_Size(c->u->freevars) == 0 && PyDict_Size(c->u->cellvars) == 0)
        flags |= CO_NOFREE;
    return flags;
}

static PyCodeObject *
assemble(Compiler *c, int add_none)
{
    Unit *u = c->u;
    Block *b;
    Buf code = {NULL, 0, 0}, lt = {NULL, 0, 0};
    int changed, i, depth, last_off = 0, last_line;
    PyObject *bytecode = NULL, *lnotab = NULL, *consts = NULL, *names = NULL;
    PyObject *varnames = NULL, *cellvars = NULL, *freevars = NULL;
    PyObject *filename = NULL, *optimized = NULL, *new_lnotab = NULL;
    PyObject *const_list = NULL;
    PyCodeObject *co = NULL;

    /* Code that can run off its end returns None. */
    if (!u->cur->ends_in_return) {
        if (!next_block(c))
            return NULL;
        if (add_none && !emit_const(c, Py_None))
            return NULL;
        if (!emit(c, RETURN_VALUE))
            return NULL;
    }
    if (u->firstlineno == 0) {
        /* take the line of the first instruction */
        for (b = u->entry; b != NULL && u->firstlineno == 0; b = b->next)
            if (b->used)
                u->firstlineno = b->instr[0].lineno;
        if (u->firstlineno == 0)
            u->firstlineno = 1;
    }

    depth = max_stack_depth(c);
    if (depth < 0)
        return NULL;

    /* Resolve jump offsets; repeat while EXTENDED_ARG changes sizes. */
    do {
        int off = 0;
        changed = 0;
        for (b = u->entry; b != NULL; b = b->next) {
            b->offset = off;
            for (i = 0; i < b->used; i++)
                off += instr_size(&b->instr[i]);
        }
        for (b = u->entry; b != NULL; b = b->next) {
            int off2 = b->offset;
            for (i = 0; i < b->used; i++) {
                Instr *in = &b->instr[i];
                int before = instr_size(in), arg;
                off2 += before;
                if (in->target == NULL)
                    continue;
                arg = in->jabs ? in->target->offset : in->target->offset - off2;
                in->arg = arg;
                if (instr_size(in) != before)
                    changed = 1;
            }
        }
    } while (changed);

    last_line = u->firstlineno;
    for (b = u->entry; b != NULL; b = b->next) {
        for (i = 0; i < b->used; i++) {
            Instr *in = &b->instr[i];
            int arg = in->arg;
            if (in->lineno &&
                !lnotab_add(&lt, &last_off, &last_line, (int)code.len,
                            in->lineno, in->op))
                goto done;
            if (in->hasarg && arg > 0xffff) {
                int hi = (arg >> 16) & 0xffff;
                if (!buf_put(&code, EXTENDED_ARG) || !buf_put(&code, hi & 0xff) ||
                    !buf_put(&code, hi >> 8))
                    goto done;
                arg &= 0xffff;
            }
            if (!buf_put(&code, in->op))
                goto done;
            if (in->hasarg) {
                if (!buf_put(&code, arg & 0xff) || !buf_put(&code, (arg >> 8) & 0xff))
                    goto done;
            }
        }
    }
    if (code.len > INT_MAX) {
        PyErr_SetString(PyExc_SystemError, "code object too large");
        goto done;
    }
    bytecode = PyString_FromStringAndSize((char *)code.p, code.len);
    lnotab = PyString_FromStringAndSize(lt.p ? (char *)lt.p : "", lt.len);
    consts = keys_in_order(u->consts, 0);
    names = keys_in_order(u->names, 0);
    varnames = keys_in_order(u->varnames, 0);
    cellvars = keys_in_order(u->cellvars, 0);
    freevars = keys_in_order(u->freevars, (int)PyDict_Size(u->cellvars));
    filename = PyString_FromString(c->filename);
    if (!bytecode || !lnotab || !consts || !names || !varnames || !cellvars ||
        !freevars || !filename)
        goto done;
    /* the peephole pass appends the constants it folds */
    const_list = PySequence_List(consts);
    if (const_list == NULL)
        goto done;
    optimized = _PyCode_Optimize(bytecode, const_list, names, lnotab,
                                 &new_lnotab);
    if (optimized == NULL)
        goto done;
    Py_DECREF(consts);
    consts = PyList_AsTuple(const_list);
    if (consts == NULL)
        goto done;
    co = PyCode_New(u->argcount, (int)PyTuple_GET_SIZE(varnames), depth,
                    code_flags(c), optimized, consts, names, varnames,
                    freevars, cellvars, filename, u->name, u->firstlineno,
                    new_lnotab);
  done:
    PyObject_Free(code.p);
    PyObject_Free(lt.p);
    Py_XDECREF(bytecode);
    Py_XDECREF(lnotab);
    Py_XDECREF(consts);
    Py_XDECREF(names);
    Py_XDECREF(varnames);
    Py_XDECREF(cellvars);
    Py_XDECREF(freevars);
    Py_XDECREF(filename);
    Py_XDECREF(optimized);
    Py_XDECREF(new_lnotab);
    Py_XDECREF(const_list);
    return co;
}

/* ---------------------------------------------------------------- */
/* Entry point                                                       */

static PyCodeObject *
compile_mod(Compiler *c, mod_ty mod)
{
    PyCodeObject *co;
    PyObject *name = PyString_InternFromString("<module>");
    int add_none = 1, ok = 0;
    if (name == NULL)
        return NULL;
    ok = enter_scope(c, name, (void *)mod, 1);
    Py_DECREF(name);
    if (!ok)
        return NULL;
    switch (mod->kind) {
    case Module_kind:
        ok = compile_body(c, mod->v.Module.body);
        break;
    case Interactive_kind:
        c->interactive = 1;
        ok = visit_stmts(c, mod->v.Interactive.body);
        break;
    case Expression_kind:
        ok = visit_expr(c, mod->v.Expression.body);
        add_none = 0;
        break;
    case Suite_kind:
        PyErr_SetString(PyExc_SystemError, "suite should not be possible");
        ok = 0;
        break;
    }
    if (!ok) {
        exit_scope(c);
        return NULL;
    }
    co = assemble(c, add_none);
    exit_scope(c);
    return co;
}

PyCodeObject *
PyAST_Compile(mod_ty mod, const char *filename, PyCompilerFlags *flags,
              PyArena *arena)
{
    Compiler c;
    PyCompilerFlags local_flags;
    PyCodeObject *co = NULL;
    int merged;

    memset(&c, 0, sizeof(c));
    c.filename = filename ? filename : "<string>";
    c.arena = arena;
    c.future = PyFuture_FromAST(mod, c.filename);
    if (c.future == NULL)
        goto done;
    if (flags == NULL) {
        local_flags.cf_flags = 0;
        flags = &local_flags;
    }
    merged = c.future->ff_features | flags->cf_flags;
    c.future->ff_features = merged;
    flags->cf_flags = merged;
    c.flags = flags;
    c.st = PySymtable_Build(mod, c.filename, c.future);
    if (c.st == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "no symtable");
        goto done;
    }
    co = compile_mod(&c, mod);
  done:
    if (co == NULL && PyErr_Occurred())
        add_error_text(arena);
    if (c.st)
        PySymtable_Free(c.st);
    if (c.future)
        PyObject_Free(c.future);
    return co;
}
