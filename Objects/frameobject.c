/* Frame objects: one activation record of a code object.

   f_localsplus holds, in this order, the fast locals, the cells of the
   code's cell variables, the cells of its free variables, and then the
   value stack.

   A code object keeps the last frame of it that died (co_zombieframe,
   as in 2.5): calling the code again reuses its memory, which saves the
   allocation and the collector bookkeeping on most calls.  The spare
   frame holds no references; it is kept only when its block and the
   code object's are charged to the same memory account (so it goes
   away, and is credited, with the code object), and it is reused only
   while that account is the current one: memory never serves another
   interpreter than the one paying for it. */

#include "Python.h"
#include "code.h"
#include "frameobject.h"
#include "opcode.h"
#include "structmember.h"

#define OFF(x) offsetof(PyFrameObject, x)

/* May f become the spare frame of co?  With at most one interpreter
   account in existence nothing can be charged to another interpreter
   and the lookups are skipped. */
static inline int
may_keep_spare(PyFrameObject *f, PyCodeObject *co)
{
#ifdef Py_ALLOC_MALLOC_ONLY
    /* sanitizer builds: every frame freed, so the tools see each one */
    return 0;
#endif
    return _PyMem_NumAccounts <= 1 ||
           _PyMem_BlockAccount(_Py_AS_GC((PyObject *)f)) ==
           _PyMem_BlockAccount(co);
}

static inline int
may_reuse_spare(PyFrameObject *f)
{
    return _PyMem_NumAccounts <= 1 ||
           _PyMem_BlockAccount(_Py_AS_GC((PyObject *)f)) ==
           _PyMem_CurrentAccount();
}

static PyMemberDef frame_memberlist[] = {
    {"f_code",          T_OBJECT,   OFF(f_code),      READONLY},
    {"f_builtins",      T_OBJECT,   OFF(f_builtins),  READONLY},
    {"f_globals",       T_OBJECT,   OFF(f_globals),   READONLY},
    {"f_lasti",         T_INT,      OFF(f_lasti),     READONLY},
    {"f_exc_type",      T_OBJECT,   OFF(f_exc_type)},
    {"f_exc_value",     T_OBJECT,   OFF(f_exc_value)},
    {"f_exc_traceback", T_OBJECT,   OFF(f_exc_traceback)},
    {NULL}
};

static PyObject *
frame_get_back(PyFrameObject *f, void *closure)
{
    /* Each interpreter runs on thread states of its own whose outermost
       frame has no f_back, so this never leads into another
       interpreter. */
    PyObject *back = f->f_back != NULL ? (PyObject *)f->f_back : Py_None;
    Py_INCREF(back);
    return back;
}

static PyObject *
frame_get_locals(PyFrameObject *f, void *closure)
{
    PyFrame_FastToLocals(f);
    if (f->f_locals == NULL)
        Py_RETURN_NONE;
    Py_INCREF(f->f_locals);
    return f->f_locals;
}

int
PyFrame_GetLineNumber(PyFrameObject *f)
{
    if (f->f_trace != NULL)
        return f->f_lineno;
    return PyCode_Addr2Line(f->f_code, f->f_lasti);
}

static PyObject *
frame_get_lineno(PyFrameObject *f, void *closure)
{
    return PyInt_FromLong(PyFrame_GetLineNumber(f));
}

/* Jumping by assigning f_lineno is only allowed from a line trace
   function.  This implementation supports it only when it does not move
   execution (the general case needs a stack-depth analysis of the
   bytecode to stay memory-safe, and is left out). */
static int
frame_set_lineno(PyFrameObject *f, PyObject *value, void *closure)
{
    long line;

    if (value == NULL || !PyInt_Check(value)) {
        PyErr_SetString(PyExc_ValueError, "lineno must be an integer");
        return -1;
    }
    if (f->f_trace == NULL) {
        PyErr_Format(PyExc_ValueError,
                     "f_lineno can only be set by a line trace function");
        return -1;
    }
    line = PyInt_AS_LONG(value);
    if (line < f->f_code->co_firstlineno) {
        PyErr_Format(PyExc_ValueError,
                     "line %ld comes before the current code block", line);
        return -1;
    }
    if (line != f->f_lineno) {
        PyErr_Format(PyExc_ValueError,
                     "can't jump to line %ld in this implementation", line);
        return -1;
    }
    return 0;
}

static PyObject *
frame_get_trace(PyFrameObject *f, void *closure)
{
    PyObject *t = f->f_trace ? f->f_trace : Py_None;
    Py_INCREF(t);
    return t;
}

static int
frame_set_trace(PyFrameObject *f, PyObject *v, void *closure)
{
    PyObject *old = f->f_trace;
    /* Remember the current line: while tracing, f_lineno is kept by the
       eval loop rather than computed. */
    if (v == Py_None)
        v = NULL;
    if (v != NULL && old == NULL)
        f->f_lineno = PyCode_Addr2Line(f->f_code, f->f_lasti);
    Py_XINCREF(v);
    f->f_trace = v;
    Py_XDECREF(old);
    return 0;
}

static PyObject *
frame_get_restricted(PyFrameObject *f, void *closure)
{
    /* Restricted execution of 2.x is not used: sandboxes are separate
       interpreters. */
    Py_INCREF(Py_False);
    return Py_False;
}

static PyGetSetDef frame_getsetlist[] = {
    {"f_back",       (getter)frame_get_back, NULL, NULL},
    {"f_locals",     (getter)frame_get_locals, NULL, NULL},
    {"f_lineno",     (getter)frame_get_lineno, (setter)frame_set_lineno, NULL},
    {"f_trace",      (getter)frame_get_trace, (setter)frame_set_trace, NULL},
    {"f_restricted", (getter)frame_get_restricted, NULL, NULL},
    {NULL}
};

/* Number of slots in f_localsplus before the value stack. */
static Py_ssize_t
frame_nfast(PyFrameObject *f)
{
    return f->f_valuestack - f->f_localsplus;
}

static void
frame_dealloc(PyFrameObject *f)
{
    PyObject **p, **end;
    PyCodeObject *co;

    /* most frames die untracked: they never outlived their call */
    if (_PyObject_GC_IS_TRACKED(f))
        PyObject_GC_UnTrack(f);
    Py_TRASHCAN_SAFE_BEGIN(f)
    end = f->f_valuestack;
    for (p = f->f_localsplus; p < end; p++)
        Py_CLEAR(*p);
    if (f->f_stacktop != NULL) {
        for (p = f->f_valuestack; p < f->f_stacktop; p++)
            Py_XDECREF(*p);
    }
    /* Nothing can reach a frame being deallocated, and a spare's f_back,
       f_builtins, f_globals and f_locals are set again when it is
       reused: these are only released.  The rarely set fields must be
       NULL in a spare; one test skips them all in the common case. */
    Py_XDECREF(f->f_back);
    Py_DECREF(f->f_builtins);
    Py_DECREF(f->f_globals);
    Py_XDECREF(f->f_locals);
    if (((uintptr_t)f->f_trace | (uintptr_t)f->f_exc_type |
         (uintptr_t)f->f_exc_value | (uintptr_t)f->f_exc_traceback) != 0) {
        Py_CLEAR(f->f_trace);
        Py_CLEAR(f->f_exc_type);
        Py_CLEAR(f->f_exc_value);
        Py_CLEAR(f->f_exc_traceback);
    }
    /* Everything but f_code is released: the frame can be the code's
       spare (see the top of the file); the code is released last, as it
       may free the spare. */
    co = f->f_code;
    if (co->co_zombieframe == NULL && may_keep_spare(f, co))
        co->co_zombieframe = f;
    else
        PyObject_GC_Del(f);
    Py_DECREF(co);
    Py_TRASHCAN_SAFE_END(f)
}

static int
frame_traverse(PyFrameObject *f, visitproc visit, void *arg)
{
    PyObject **p;
    Py_ssize_t i, n;

    Py_VISIT(f->f_back);
    Py_VISIT(f->f_code);
    Py_VISIT(f->f_builtins);
    Py_VISIT(f->f_globals);
    Py_VISIT(f->f_locals);
    Py_VISIT(f->f_trace);
    Py_VISIT(f->f_exc_type);
    Py_VISIT(f->f_exc_value);
    Py_VISIT(f->f_exc_traceback);
    n = frame_nfast(f);
    for (i = 0; i < n; i++)
        Py_VISIT(f->f_localsplus[i]);
    if (f->f_stacktop != NULL) {
        for (p = f->f_valuestack; p < f->f_stacktop; p++)
            Py_VISIT(*p);
    }
    return 0;
}

static int
frame_clear(PyFrameObject *f)
{
    PyObject **p, **top;
    Py_ssize_t i, n;

    /* Detach the stack first so that a re-entrant traverse (through a
       finaliser run below) does not see half-released values. */
    top = f->f_stacktop;
    f->f_stacktop = NULL;
    Py_CLEAR(f->f_exc_type);
    Py_CLEAR(f->f_exc_value);
    Py_CLEAR(f->f_exc_traceback);
    Py_CLEAR(f->f_trace);
    n = frame_nfast(f);
    for (i = 0; i < n; i++)
        Py_CLEAR(f->f_localsplus[i]);
    if (top != NULL) {
        for (p = f->f_valuestack; p < top; p++)
            Py_CLEAR(*p);
    }
    return 0;
}

PyTypeObject PyFrame_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "frame",
    sizeof(PyFrameObject),
    sizeof(PyObject *),
    (destructor)frame_dealloc,                  /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    0,                                          /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    0,                                          /* tp_call */
    0,                                          /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    PyObject_GenericSetAttr,                    /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,    /* tp_flags */
    0,                                          /* tp_doc */
    (traverseproc)frame_traverse,               /* tp_traverse */
    (inquiry)frame_clear,                       /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    frame_memberlist,                           /* tp_members */
    frame_getsetlist,                           /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
};

/* The builtins a frame running with `globals` uses: the module or dict
   stored as globals['__builtins__'], or a minimal namespace. */
static PyObject *
builtins_for_globals(PyObject *globals)
{
    PyObject *b = PyDict_GetItemString(globals, "__builtins__");

    if (b != NULL) {
        if (PyModule_Check(b))
            b = PyModule_GetDict(b);
        if (b != NULL && PyDict_Check(b)) {
            Py_INCREF(b);
            return b;
        }
    }
    /* No usable __builtins__: give the code only None, as 2.5 does.
       (A fresh dict each time: nothing shared between frames.) */
    b = PyDict_New();
    if (b == NULL)
        return NULL;
    if (PyDict_SetItemString(b, "None", Py_None) < 0) {
        Py_DECREF(b);
        return NULL;
    }
    return b;
}

/* A new frame for code, its slots and the fields frame_dealloc clears
   set to NULL (as in a spare frame). */
static __attribute__((noinline)) PyFrameObject *
frame_alloc(PyCodeObject *code)
{
    PyFrameObject *f;
    Py_ssize_t ncells, nfrees, nslots, i;

    ncells = PyTuple_GET_SIZE(code->co_cellvars);
    nfrees = PyTuple_GET_SIZE(code->co_freevars);
    if (code->co_nlocals < 0 || code->co_stacksize < 0 ||
        (size_t)code->co_nlocals + ncells + nfrees + code->co_stacksize >
        (size_t)(PY_SSIZE_T_MAX / sizeof(PyObject *) / 2)) {
        PyErr_SetString(PyExc_SystemError, "code object is too large");
        return NULL;
    }
    nslots = code->co_nlocals + ncells + nfrees;
    f = PyObject_GC_NewVar(PyFrameObject, &PyFrame_Type,
                           nslots + code->co_stacksize);
    if (f == NULL)
        return NULL;
    for (i = 0; i < nslots + code->co_stacksize; i++)
        f->f_localsplus[i] = NULL;
    f->f_valuestack = f->f_localsplus + nslots;
    f->f_trace = NULL;
    f->f_exc_type = f->f_exc_value = f->f_exc_traceback = NULL;
    return f;
}

/* The frame of code, made or taken from the code's spare; the caller
   checked the arguments.  Not tracked by the collector yet. */
static inline PyFrameObject *
frame_make(PyThreadState *tstate, PyCodeObject *code, PyObject *globals,
           PyObject *locals)
{
    PyFrameObject *back, *f;
    PyObject *builtins;

    back = tstate->frame;
    if (back != NULL && back->f_globals == globals) {
        /* same module as the caller: share its builtins lookup */
        builtins = back->f_builtins;
        Py_INCREF(builtins);
    }
    else {
        builtins = builtins_for_globals(globals);
        if (builtins == NULL)
            return NULL;
    }

    f = (PyFrameObject *)code->co_zombieframe;
    if (f != NULL && may_reuse_spare(f)) {
        /* The spare was sized for this code (f_valuestack is right) and
           its slots, f_trace and f_exc_* were cleared; the value stack
           is dead space below f_stacktop. */
        code->co_zombieframe = NULL;
        _Py_NewReference((PyObject *)f);
    }
    else {
        f = frame_alloc(code);
        if (f == NULL) {
            Py_DECREF(builtins);
            return NULL;
        }
    }
    f->f_stacktop = f->f_valuestack;

    f->f_code = code;
    Py_INCREF(code);
    f->f_builtins = builtins;
    f->f_globals = globals;
    Py_INCREF(globals);
    f->f_back = back;
    Py_XINCREF(back);
    f->f_tstate = tstate;
    f->f_lasti = -1;
    f->f_lineno = code->co_firstlineno;
    f->f_iblock = 0;

    if ((code->co_flags & (CO_NEWLOCALS | CO_OPTIMIZED)) ==
        (CO_NEWLOCALS | CO_OPTIMIZED))
        f->f_locals = NULL;         /* made on demand by FastToLocals */
    else if (code->co_flags & CO_NEWLOCALS) {
        f->f_locals = PyDict_New();
        if (f->f_locals == NULL) {
            Py_DECREF(f);
            return NULL;
        }
    }
    else {
        if (locals == NULL)
            locals = globals;
        Py_INCREF(locals);
        f->f_locals = locals;
    }

    return f;
}

PyFrameObject *
PyFrame_New(PyThreadState *tstate, PyCodeObject *code, PyObject *globals,
            PyObject *locals)
{
    PyFrameObject *f;

    if (tstate == NULL || code == NULL || !PyCode_Check((PyObject *)code) ||
        globals == NULL || !PyDict_Check(globals) ||
        (locals != NULL && !PyMapping_Check(locals))) {
        PyErr_BadInternalCall();
        return NULL;
    }
    f = frame_make(tstate, code, globals, locals);
    if (f != NULL)
        _PyObject_GC_TRACK(f);
    return f;
}

/* Private (Include/fastpath.h): the frame of a call of a plain function
   by the eval loop (code is a code object, globals a dict, no locals
   mapping), left untracked by the collector: while it runs it is no
   garbage, and most frames die with their call.  The caller tracks it
   when it outlives the call (something else holds it then, so it may
   be part of a cycle). */
PyFrameObject *
_PyFrame_NewUntracked(PyThreadState *tstate, PyCodeObject *code,
                      PyObject *globals)
{
    return frame_make(tstate, code, globals, NULL);
}

/* ---- Block stack -------------------------------------------------- */

void
PyFrame_BlockSetup(PyFrameObject *f, int type, int handler, int level)
{
    PyTryBlock *b;
    if (f->f_iblock >= CO_MAXBLOCKS)
        Py_FatalError("block stack overflow");
    b = &f->f_blockstack[f->f_iblock++];
    b->b_type = type;
    b->b_handler = handler;
    b->b_level = level;
}

PyTryBlock *
PyFrame_BlockPop(PyFrameObject *f)
{
    if (f->f_iblock <= 0)
        Py_FatalError("block stack underflow");
    return &f->f_blockstack[--f->f_iblock];
}

/* ---- Locals <-> fast slots ---------------------------------------- */

/* Copies `n` slots named by `names` into the mapping `dict`; a NULL slot
   removes the name.  Cell slots are read through the cell. */
static void
slots_to_mapping(PyObject *names, Py_ssize_t n, PyObject *dict,
                 PyObject **slots, int through_cells)
{
    Py_ssize_t j;
    for (j = 0; j < n; j++) {
        PyObject *name = PyTuple_GET_ITEM(names, j);
        PyObject *value = slots[j];
        if (through_cells && value != NULL)
            value = PyCell_Check(value) ? PyCell_GET(value) : NULL;
        if (value == NULL) {
            if (PyObject_DelItem(dict, name) != 0)
                PyErr_Clear();
        }
        else if (PyObject_SetItem(dict, name, value) != 0)
            PyErr_Clear();
    }
}

/* The reverse: reads names from `dict` into the slots.  A name missing
   from the mapping leaves the slot alone unless `clear` is set. */
static void
mapping_to_slots(PyObject *names, Py_ssize_t n, PyObject *dict,
                 PyObject **slots, int through_cells, int clear)
{
    Py_ssize_t j;
    for (j = 0; j < n; j++) {
        PyObject *name = PyTuple_GET_ITEM(names, j);
        PyObject *value = PyObject_GetItem(dict, name);
        if (value == NULL)
            PyErr_Clear();
        if (through_cells) {
            PyObject *cell = slots[j];
            if (cell == NULL || !PyCell_Check(cell)) {
                Py_XDECREF(value);
                continue;
            }
            if (value != NULL || clear) {
                if (PyCell_GET(cell) != value) {
                    if (PyCell_Set(cell, value) < 0)
                        PyErr_Clear();
                }
            }
            Py_XDECREF(value);
        }
        else {
            if (value == NULL && !clear)
                continue;
            if (slots[j] != value) {
                PyObject *old = slots[j];
                slots[j] = value;       /* steals the new reference */
                Py_XDECREF(old);
            }
            else
                Py_XDECREF(value);
        }
    }
}

static Py_ssize_t
names_count(PyObject *names, Py_ssize_t limit)
{
    Py_ssize_t n;
    if (names == NULL || !PyTuple_Check(names))
        return 0;
    n = PyTuple_GET_SIZE(names);
    return n < limit ? n : limit;
}

void
PyFrame_FastToLocals(PyFrameObject *f)
{
    PyObject *t, *v, *tb;
    PyCodeObject *co;
    Py_ssize_t nlocals, ncells, nfrees;

    if (f == NULL)
        return;
    co = f->f_code;
    if (f->f_locals == NULL) {
        f->f_locals = PyDict_New();
        if (f->f_locals == NULL) {
            PyErr_Clear();
            return;
        }
    }
    PyErr_Fetch(&t, &v, &tb);
    nlocals = names_count(co->co_varnames, co->co_nlocals);
    if (nlocals > 0)
        slots_to_mapping(co->co_varnames, nlocals, f->f_locals,
                         f->f_localsplus, 0);
    ncells = PyTuple_GET_SIZE(co->co_cellvars);
    nfrees = PyTuple_GET_SIZE(co->co_freevars);
    if (ncells > 0)
        slots_to_mapping(co->co_cellvars, ncells, f->f_locals,
                         f->f_localsplus + co->co_nlocals, 1);
    /* Free variables show up in locals() of functions only: a class body
       must not copy its enclosing function's names into the class. */
    if (nfrees > 0 && (co->co_flags & CO_OPTIMIZED))
        slots_to_mapping(co->co_freevars, nfrees, f->f_locals,
                         f->f_localsplus + co->co_nlocals + ncells, 1);
    PyErr_Restore(t, v, tb);
}

void
PyFrame_LocalsToFast(PyFrameObject *f, int clear)
{
    PyObject *t, *v, *tb;
    PyCodeObject *co;
    Py_ssize_t nlocals, ncells, nfrees;

    if (f == NULL || f->f_locals == NULL)
        return;
    co = f->f_code;
    PyErr_Fetch(&t, &v, &tb);
    nlocals = names_count(co->co_varnames, co->co_nlocals);
    if (nlocals > 0)
        mapping_to_slots(co->co_varnames, nlocals, f->f_locals,
                         f->f_localsplus, 0, clear);
    ncells = PyTuple_GET_SIZE(co->co_cellvars);
    nfrees = PyTuple_GET_SIZE(co->co_freevars);
    if (ncells > 0)
        mapping_to_slots(co->co_cellvars, ncells, f->f_locals,
                         f->f_localsplus + co->co_nlocals, 1, clear);
    if (nfrees > 0 && (co->co_flags & CO_OPTIMIZED))
        mapping_to_slots(co->co_freevars, nfrees, f->f_locals,
                         f->f_localsplus + co->co_nlocals + ncells, 1, clear);
    PyErr_Restore(t, v, tb);
}

/* ---- Start-up and shut-down --------------------------------------- */

int
_PyFrame_Init(void)
{
    return 1;
}

int
PyFrame_ClearFreeList(void)
{
    return 0;           /* frames are never kept for reuse */
}

void
PyFrame_Fini(void)
{
}
