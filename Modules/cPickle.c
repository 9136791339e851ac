/* cPickle: the pickle protocols 0, 1 and 2 in C.

   Writes the same opcode streams as CPython 2.5's cPickle (which differ
   from pickle.py in a few places: memo indices start at 1, strings and
   unicode of fewer than 2 characters are never memoized, objects whose
   only reference is the caller's are not memoized, and protocol 0 floats
   use "%.17g").

   The unpickler reads data that may come from anywhere, so it treats
   every byte as hostile: all lengths and memo indices are checked, the
   stack is checked on every opcode (a mark is a fence that no opcode may
   pop through), sizes read from the data are cleared with the memory
   account before anything is allocated for them, and the sandbox CPU
   limits are polled while it runs.  It is iterative: deep data cannot
   exhaust the C stack while loading.  The pickler recurses through
   Py_EnterRecursiveCall.

   Per-interpreter state: the exception classes live in a tuple passed as
   the `self` of the module functions and kept by every Pickler and
   Unpickler; the copy_reg tables are looked up in the current
   interpreter's copy_reg module when first needed.  Nothing mutable is
   process-wide. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "structmember.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define HIGHEST_PROTOCOL 2

/* Opcodes */
#define OP_MARK            '('
#define OP_STOP            '.'
#define OP_POP             '0'
#define OP_POP_MARK        '1'
#define OP_DUP             '2'
#define OP_FLOAT           'F'
#define OP_INT             'I'
#define OP_BININT          'J'
#define OP_BININT1         'K'
#define OP_LONG            'L'
#define OP_BININT2         'M'
#define OP_NONE            'N'
#define OP_PERSID          'P'
#define OP_BINPERSID       'Q'
#define OP_REDUCE          'R'
#define OP_STRING          'S'
#define OP_BINSTRING       'T'
#define OP_SHORT_BINSTRING 'U'
#define OP_UNICODE         'V'
#define OP_BINUNICODE      'X'
#define OP_APPEND          'a'
#define OP_BUILD           'b'
#define OP_GLOBAL          'c'
#define OP_DICT            'd'
#define OP_EMPTY_DICT      '}'
#define OP_APPENDS         'e'
#define OP_GET             'g'
#define OP_BINGET          'h'
#define OP_INST            'i'
#define OP_LONG_BINGET     'j'
#define OP_LIST            'l'
#define OP_EMPTY_LIST      ']'
#define OP_OBJ             'o'
#define OP_PUT             'p'
#define OP_BINPUT          'q'
#define OP_LONG_BINPUT     'r'
#define OP_SETITEM         's'
#define OP_TUPLE           't'
#define OP_EMPTY_TUPLE     ')'
#define OP_SETITEMS        'u'
#define OP_BINFLOAT        'G'
#define OP_PROTO           '\x80'
#define OP_NEWOBJ          '\x81'
#define OP_EXT1            '\x82'
#define OP_EXT2            '\x83'
#define OP_EXT4            '\x84'
#define OP_TUPLE1          '\x85'
#define OP_TUPLE2          '\x86'
#define OP_TUPLE3          '\x87'
#define OP_NEWTRUE         '\x88'
#define OP_NEWFALSE        '\x89'
#define OP_LONG1           '\x8a'
#define OP_LONG4           '\x8b'

/* Items per APPENDS / SETITEMS group in the binary protocols. */
#define BATCH_SIZE 1000

/* Fast mode starts tracking containers for cycles past this depth. */
#define FAST_NESTING_LIMIT 50

/* Poll the sandbox limits every this many opcodes / saved objects. */
#define LIMIT_POLL_MASK 0xfff

/* Output is handed to file.write() in pieces of about this size. */
#define WRITE_CHUNK 65536

/* The module's exception classes, as a tuple. */
enum {
    ERR_PICKLE = 0,
    ERR_PICKLING,
    ERR_UNPICKLING,
    ERR_UNPICKLEABLE,
    ERR_BAD_GET,
    ERR_COUNT
};

#define STATE_ERR(state, which) PyTuple_GET_ITEM((state), (which))


/* ------------------------------------------------------------------ */
/* copy_reg tables of the current interpreter */

static PyObject *
copyreg_table(const char *name)
{
    PyObject *mod, *table;

    mod = PyImport_ImportModule("copy_reg");
    if (mod == NULL)
        return NULL;
    table = PyObject_GetAttrString(mod, (char *)name);
    Py_DECREF(mod);
    if (table != NULL && !PyDict_Check(table)) {
        PyErr_Format(PyExc_TypeError, "copy_reg.%s must be a dictionary",
                     name);
        Py_CLEAR(table);
    }
    return table;
}

/* The module named by the __module__ attribute of obj, or else the name
   of a module of sys.modules holding obj under `name`, or '__main__'. */
static PyObject *
which_module(PyObject *obj, PyObject *name)
{
    PyObject *module, *modules, *key, *value;

    module = PyObject_GetAttrString(obj, "__module__");
    if (module != NULL) {
        if (PyString_Check(module))
            return module;
        Py_DECREF(module);
    }
    else if (PyErr_ExceptionMatches(PyExc_AttributeError))
        PyErr_Clear();
    else
        return NULL;

    modules = PySys_GetObject("modules");
    if (modules != NULL && PyDict_Check(modules)) {
        PyObject *items = PyDict_Items(modules);
        Py_ssize_t i, n;
        if (items == NULL)
            return NULL;
        n = PyList_GET_SIZE(items);
        for (i = 0; i < n; i++) {
            PyObject *pair = PyList_GET_ITEM(items, i), *found;
            key = PyTuple_GET_ITEM(pair, 0);
            value = PyTuple_GET_ITEM(pair, 1);
            if (!PyString_Check(key) ||
                strcmp(PyString_AS_STRING(key), "__main__") == 0 ||
                value == Py_None)
                continue;
            found = PyObject_GetAttr(value, name);
            if (found == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_AttributeError)) {
                    Py_DECREF(items);
                    return NULL;
                }
                PyErr_Clear();
                continue;
            }
            Py_DECREF(found);
            if (found == obj) {
                Py_INCREF(key);
                Py_DECREF(items);
                return key;
            }
        }
        Py_DECREF(items);
    }
    return PyString_FromString("__main__");
}


/* ================================================================== */
/* Pickler */

typedef struct {
    PyObject_HEAD
    PyObject *state;            /* tuple of the module's exceptions */
    PyObject *write;            /* file.write, or NULL: keep the output */
    char *out;                  /* pending output */
    Py_ssize_t out_len, out_cap;
    PyObject *memo;             /* id(obj) -> (index, obj) */
    PyObject *pers_func;        /* persistent_id, or NULL */
    PyObject *inst_pers_func;   /* inst_persistent_id, or NULL */
    PyObject *dispatch_table;   /* copy_reg.dispatch_table (lazily) */
    PyObject *ext_registry;     /* copy_reg._extension_registry (lazily) */
    PyObject *fast_memo;        /* ids of containers being saved (fast) */
    int proto;
    int bin;
    int fast;
    int fast_depth;
    unsigned int ticks;
} PicklerObject;

static PyTypeObject Pickler_Type;

static int save(PicklerObject *p, PyObject *obj, int pers_save);

/* --- output --- */

static int
out_reserve(PicklerObject *p, Py_ssize_t extra)
{
    Py_ssize_t need, cap;
    char *mem;

    if (extra > PY_SSIZE_T_MAX - p->out_len) {
        PyErr_NoMemory();
        return -1;
    }
    need = p->out_len + extra;
    if (need <= p->out_cap)
        return 0;
    cap = p->out_cap < 256 ? 256 : p->out_cap;
    while (cap < need) {
        if (cap > PY_SSIZE_T_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    if (_PyMem_CheckAvailable((size_t)(cap - p->out_cap)) < 0)
        return -1;
    mem = PyMem_Realloc(p->out, (size_t)cap);
    if (mem == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    p->out = mem;
    p->out_cap = cap;
    return 0;
}

static int
out_flush(PicklerObject *p)
{
    PyObject *data, *res;

    if (p->write == NULL || p->out_len == 0)
        return 0;
    data = PyString_FromStringAndSize(p->out, p->out_len);
    if (data == NULL)
        return -1;
    p->out_len = 0;
    res = PyObject_CallFunctionObjArgs(p->write, data, NULL);
    Py_DECREF(data);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static int
out_write(PicklerObject *p, const char *s, Py_ssize_t n)
{
    if (p->out_cap - p->out_len < n && out_reserve(p, n) < 0)
        return -1;
    memcpy(p->out + p->out_len, s, (size_t)n);
    p->out_len += n;
    if (p->write != NULL && p->out_len >= WRITE_CHUNK)
        return out_flush(p);
    return 0;
}

static int
out_byte(PicklerObject *p, char c)
{
    return out_write(p, &c, 1);
}

/* opcode followed by a 4-byte little-endian field */
static int
out_op_int4(PicklerObject *p, char op, long v)
{
    char b[5];
    b[0] = op;
    b[1] = (char)(v & 0xff);
    b[2] = (char)((v >> 8) & 0xff);
    b[3] = (char)((v >> 16) & 0xff);
    b[4] = (char)((v >> 24) & 0xff);
    return out_write(p, b, 5);
}

/* --- memo --- */

/* GET (is_get) or PUT of memo index idx, in the form of the protocol. */
static int
out_memo_op(PicklerObject *p, int is_get, long idx)
{
    char b[40];

    if (!p->bin) {
        PyOS_snprintf(b, sizeof(b), "%c%ld\n", is_get ? OP_GET : OP_PUT,
                      idx);
        return out_write(p, b, (Py_ssize_t)strlen(b));
    }
    if (idx < 256) {
        b[0] = is_get ? OP_BINGET : OP_BINPUT;
        b[1] = (char)idx;
        return out_write(p, b, 2);
    }
    return out_op_int4(p, is_get ? OP_LONG_BINGET : OP_LONG_BINPUT, idx);
}

/* Memoize obj.  Unless `always`, an object whose only reference is our
   caller's is skipped: it cannot be met again. */
static int
memo_put(PicklerObject *p, PyObject *obj, int always)
{
    PyObject *key, *idx, *entry;
    Py_ssize_t n;
    int r;

    if (p->fast || (!always && obj->ob_refcnt < 2))
        return 0;
    n = PyDict_Size(p->memo);
    if (n < 0)
        return -1;
    n++;                        /* cPickle numbers its memo from 1 */
    if (n > 0x7fffffffL) {
        PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                        "memo too large");
        return -1;
    }
    key = PyLong_FromVoidPtr(obj);
    if (key == NULL)
        return -1;
    idx = PyInt_FromSsize_t(n);
    if (idx == NULL) {
        Py_DECREF(key);
        return -1;
    }
    entry = PyTuple_Pack(2, idx, obj);
    Py_DECREF(idx);
    if (entry == NULL) {
        Py_DECREF(key);
        return -1;
    }
    r = out_memo_op(p, 0, (long)n);
    if (r == 0)
        r = PyDict_SetItem(p->memo, key, entry);
    Py_DECREF(key);
    Py_DECREF(entry);
    return r;
}

/* 1 and a GET written if obj is in the memo, 0 if not, -1 on error. */
static int
memo_get(PicklerObject *p, PyObject *obj)
{
    PyObject *key, *entry;
    long idx;

    key = PyLong_FromVoidPtr(obj);
    if (key == NULL)
        return -1;
    entry = PyDict_GetItem(p->memo, key);
    Py_DECREF(key);
    if (entry == NULL)
        return 0;
    if (!PyTuple_Check(entry) || PyTuple_GET_SIZE(entry) != 2 ||
        !PyInt_Check(PyTuple_GET_ITEM(entry, 0))) {
        PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                        "corrupted pickler memo");
        return -1;
    }
    idx = PyInt_AS_LONG(PyTuple_GET_ITEM(entry, 0));
    if (idx < 0 || idx > 0x7fffffffL) {
        PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                        "corrupted pickler memo");
        return -1;
    }
    if (out_memo_op(p, 1, idx) < 0)
        return -1;
    return 1;
}

/* Fast mode keeps no memo; past some nesting, containers being saved are
   tracked so that a cycle is an error instead of endless recursion. */
static int
fast_enter(PicklerObject *p, PyObject *obj)
{
    PyObject *key;
    int r;

    if (++p->fast_depth < FAST_NESTING_LIMIT)
        return 0;
    if (p->fast_memo == NULL) {
        p->fast_memo = PyDict_New();
        if (p->fast_memo == NULL)
            return -1;
    }
    key = PyLong_FromVoidPtr(obj);
    if (key == NULL)
        return -1;
    r = PyDict_Contains(p->fast_memo, key);
    if (r == 0)
        r = PyDict_SetItem(p->fast_memo, key, Py_None);
    else if (r > 0) {
        PyErr_Format(PyExc_ValueError,
                     "fast mode: can't pickle cyclic objects including "
                     "object type %s at %p", obj->ob_type->tp_name, obj);
        r = -1;
    }
    Py_DECREF(key);
    return r;
}

static int
fast_leave(PicklerObject *p, PyObject *obj)
{
    if (p->fast_depth-- >= FAST_NESTING_LIMIT && p->fast_memo != NULL) {
        /* runs on error paths too: keep the pending exception */
        PyObject *type, *value, *tb, *key;
        PyErr_Fetch(&type, &value, &tb);
        key = PyLong_FromVoidPtr(obj);
        if (key != NULL) {
            if (PyDict_DelItem(p->fast_memo, key) < 0)
                PyErr_Clear();
            Py_DECREF(key);
        }
        else
            PyErr_Clear();
        PyErr_Restore(type, value, tb);
    }
    return 0;
}

/* --- savers of the built-in types --- */

static int
save_none(PicklerObject *p)
{
    return out_byte(p, OP_NONE);
}

static int
save_bool(PicklerObject *p, PyObject *obj)
{
    int truth = (obj == Py_True);

    if (p->proto >= 2)
        return out_byte(p, truth ? OP_NEWTRUE : OP_NEWFALSE);
    return out_write(p, truth ? "I01\n" : "I00\n", 4);
}

static int
save_int(PicklerObject *p, PyObject *obj)
{
    long v = PyInt_AS_LONG(obj);
    char b[40];

    if (!p->bin || v > 0x7fffffffL || v < -0x7fffffffL - 1) {
        PyOS_snprintf(b, sizeof(b), "%c%ld\n", OP_INT, v);
        return out_write(p, b, (Py_ssize_t)strlen(b));
    }
    if (v >= 0 && v <= 0xff) {
        b[0] = OP_BININT1;
        b[1] = (char)v;
        return out_write(p, b, 2);
    }
    if (v >= 0 && v <= 0xffff) {
        b[0] = OP_BININT2;
        b[1] = (char)(v & 0xff);
        b[2] = (char)(v >> 8);
        return out_write(p, b, 3);
    }
    return out_op_int4(p, OP_BININT, v);
}

static int
save_long(PicklerObject *p, PyObject *obj)
{
    if (p->proto >= 2) {
        size_t nbits;
        Py_ssize_t nbytes;
        unsigned char *data;
        int r;

        if (_PyLong_Sign(obj) == 0) {
            char b[2] = {OP_LONG1, 0};
            return out_write(p, b, 2);
        }
        nbits = _PyLong_NumBits(obj);
        if (nbits == (size_t)-1 && PyErr_Occurred())
            return -1;
        /* One more byte than the magnitude needs leaves room for the
           sign bit; a negative number may then need one byte less. */
        if (nbits / 8 >= 0x7fffffffUL) {
            PyErr_SetString(PyExc_OverflowError,
                            "long too large to pickle");
            return -1;
        }
        nbytes = (Py_ssize_t)(nbits >> 3) + 1;
        data = PyMem_Malloc((size_t)nbytes);
        if (data == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        if (_PyLong_AsByteArray((PyLongObject *)obj, data, (size_t)nbytes,
                                1, 1) < 0) {
            PyMem_Free(data);
            return -1;
        }
        if (_PyLong_Sign(obj) < 0 && nbytes > 1 &&
            data[nbytes - 1] == 0xff && (data[nbytes - 2] & 0x80) != 0)
            nbytes--;
        if (nbytes < 256) {
            char b[2];
            b[0] = OP_LONG1;
            b[1] = (char)nbytes;
            r = out_write(p, b, 2);
        }
        else
            r = out_op_int4(p, OP_LONG4, (long)nbytes);
        if (r == 0)
            r = out_write(p, (char *)data, nbytes);
        PyMem_Free(data);
        return r;
    }
    else {
        PyObject *repr = PyObject_Repr(obj);
        int r;
        if (repr == NULL)
            return -1;
        r = out_byte(p, OP_LONG);
        if (r == 0)
            r = out_write(p, PyString_AS_STRING(repr),
                          PyString_GET_SIZE(repr));
        if (r == 0)
            r = out_byte(p, '\n');
        Py_DECREF(repr);
        return r;
    }
}

static int
save_float(PicklerObject *p, PyObject *obj)
{
    double x = PyFloat_AS_DOUBLE(obj);

    if (p->bin) {
        unsigned char b[9];
        b[0] = OP_BINFLOAT;
        if (_PyFloat_Pack8(x, b + 1, 0) < 0)
            return -1;
        return out_write(p, (char *)b, 9);
    }
    else {
        char b[64];
        b[0] = OP_FLOAT;
        PyOS_ascii_formatd(b + 1, sizeof(b) - 3, "%.17g", x);
        strcat(b, "\n");
        return out_write(p, b, (Py_ssize_t)strlen(b));
    }
}

static int
save_string(PicklerObject *p, PyObject *obj, int doput)
{
    Py_ssize_t n = PyString_GET_SIZE(obj);
    int r;

    if (!p->bin) {
        PyObject *repr = PyObject_Repr(obj);
        if (repr == NULL)
            return -1;
        r = out_byte(p, OP_STRING);
        if (r == 0)
            r = out_write(p, PyString_AS_STRING(repr),
                          PyString_GET_SIZE(repr));
        if (r == 0)
            r = out_byte(p, '\n');
        Py_DECREF(repr);
    }
    else {
        if (n < 256) {
            char b[2];
            b[0] = OP_SHORT_BINSTRING;
            b[1] = (char)n;
            r = out_write(p, b, 2);
        }
        else if (n > 0x7fffffffL) {
            PyErr_SetString(PyExc_OverflowError,
                            "string too large to pickle");
            return -1;
        }
        else
            r = out_op_int4(p, OP_BINSTRING, (long)n);
        if (r == 0)
            r = out_write(p, PyString_AS_STRING(obj), n);
    }
    if (r == 0 && doput)
        r = memo_put(p, obj, 0);
    return r;
}

/* raw-unicode-escape, except that backslash and newline are escaped too
   so that the text fits on one line and reads back unchanged. */
static int
save_unicode_text(PicklerObject *p, PyObject *obj)
{
    static const char hex[] = "0123456789abcdef";
    Py_UNICODE *u = PyUnicode_AS_UNICODE(obj);
    Py_ssize_t i, n = PyUnicode_GET_SIZE(obj);
    char b[10];

    if (out_byte(p, OP_UNICODE) < 0)
        return -1;
    for (i = 0; i < n; i++) {
        unsigned long ch = (unsigned long)u[i];
        if (ch >= 0x10000) {
            int k;
            b[0] = '\\';
            b[1] = 'U';
            for (k = 0; k < 8; k++)
                b[2 + k] = hex[(ch >> (28 - 4 * k)) & 0xf];
            if (out_write(p, b, 10) < 0)
                return -1;
        }
        else if (ch >= 0x100 || ch == '\\' || ch == '\n') {
            b[0] = '\\';
            b[1] = 'u';
            b[2] = hex[(ch >> 12) & 0xf];
            b[3] = hex[(ch >> 8) & 0xf];
            b[4] = hex[(ch >> 4) & 0xf];
            b[5] = hex[ch & 0xf];
            if (out_write(p, b, 6) < 0)
                return -1;
        }
        else if (out_byte(p, (char)ch) < 0)
            return -1;
    }
    return out_byte(p, '\n');
}

static int
save_unicode(PicklerObject *p, PyObject *obj, int doput)
{
    int r;

    if (!p->bin)
        r = save_unicode_text(p, obj);
    else {
        PyObject *utf8 = PyUnicode_AsUTF8String(obj);
        Py_ssize_t n;
        if (utf8 == NULL)
            return -1;
        n = PyString_GET_SIZE(utf8);
        if (n > 0x7fffffffL) {
            Py_DECREF(utf8);
            PyErr_SetString(PyExc_OverflowError,
                            "unicode string too large to pickle");
            return -1;
        }
        r = out_op_int4(p, OP_BINUNICODE, (long)n);
        if (r == 0)
            r = out_write(p, PyString_AS_STRING(utf8), n);
        Py_DECREF(utf8);
    }
    if (r == 0 && doput)
        r = memo_put(p, obj, 0);
    return r;
}

/* The memo entry of obj if saving its items put it there (a recursive
   tuple): -1 error, 0 absent, 1 present. */
static int
memo_has(PicklerObject *p, PyObject *obj)
{
    PyObject *key = PyLong_FromVoidPtr(obj);
    int r;

    if (key == NULL)
        return -1;
    r = PyDict_Contains(p->memo, key);
    Py_DECREF(key);
    return r;
}

static int
save_tuple(PicklerObject *p, PyObject *obj)
{
    static const char sized[4] = {OP_EMPTY_TUPLE, OP_TUPLE1, OP_TUPLE2,
                                  OP_TUPLE3};
    Py_ssize_t i, n = PyTuple_GET_SIZE(obj);
    int seen;

    if (n == 0) {
        /* the empty tuple is never memoized */
        if (p->proto)
            return out_byte(p, OP_EMPTY_TUPLE);
        return out_write(p, "(t", 2);
    }

    if (n <= 3 && p->proto >= 2) {
        for (i = 0; i < n; i++)
            if (save(p, PyTuple_GET_ITEM(obj, i), 0) < 0)
                return -1;
        seen = memo_has(p, obj);
        if (seen < 0)
            return -1;
        if (seen) {
            /* An item led back to this tuple, which is now in the memo:
               drop the items and fetch that copy instead. */
            for (i = 0; i < n; i++)
                if (out_byte(p, OP_POP) < 0)
                    return -1;
            return memo_get(p, obj) < 0 ? -1 : 0;
        }
        if (out_byte(p, sized[n]) < 0)
            return -1;
        return memo_put(p, obj, 0);
    }

    if (out_byte(p, OP_MARK) < 0)
        return -1;
    for (i = 0; i < n; i++)
        if (save(p, PyTuple_GET_ITEM(obj, i), 0) < 0)
            return -1;
    seen = memo_has(p, obj);
    if (seen < 0)
        return -1;
    if (seen) {
        if (p->bin) {
            if (out_byte(p, OP_POP_MARK) < 0)
                return -1;
        }
        else {
            for (i = 0; i <= n; i++)        /* the items and the mark */
                if (out_byte(p, OP_POP) < 0)
                    return -1;
        }
        return memo_get(p, obj) < 0 ? -1 : 0;
    }
    if (out_byte(p, OP_TUPLE) < 0)
        return -1;
    return memo_put(p, obj, 0);
}

/* APPEND each item of the iterator `it` (protocol 0), or groups of them
   with MARK ... APPENDS. */
static int
batch_appends(PicklerObject *p, PyObject *it)
{
    PyObject **chunk;
    Py_ssize_t n, i;
    int r = 0;

    if (!p->bin) {
        PyObject *item;
        while ((item = PyIter_Next(it)) != NULL) {
            r = save(p, item, 0);
            Py_DECREF(item);
            if (r < 0 || out_byte(p, OP_APPEND) < 0)
                return -1;
        }
        return PyErr_Occurred() ? -1 : 0;
    }

    chunk = PyMem_Malloc(BATCH_SIZE * sizeof(PyObject *));
    if (chunk == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    do {
        for (n = 0; n < BATCH_SIZE; n++) {
            chunk[n] = PyIter_Next(it);
            if (chunk[n] == NULL)
                break;
        }
        if (PyErr_Occurred())
            r = -1;
        else if (n > 1) {
            r = out_byte(p, OP_MARK);
            for (i = 0; r == 0 && i < n; i++)
                r = save(p, chunk[i], 0);
            if (r == 0)
                r = out_byte(p, OP_APPENDS);
        }
        else if (n == 1) {
            r = save(p, chunk[0], 0);
            if (r == 0)
                r = out_byte(p, OP_APPEND);
        }
        for (i = 0; i < n; i++)
            Py_DECREF(chunk[i]);
    } while (r == 0 && n == BATCH_SIZE);
    PyMem_Free(chunk);
    return r;
}

/* key, value, SETITEM for each 2-tuple of the iterator (protocol 0), or
   groups of pairs with MARK ... SETITEMS. */
static int
save_pair(PicklerObject *p, PyObject *pair)
{
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
        PyErr_SetString(PyExc_TypeError,
                        "dict items iterator must return 2-tuples");
        return -1;
    }
    if (save(p, PyTuple_GET_ITEM(pair, 0), 0) < 0)
        return -1;
    return save(p, PyTuple_GET_ITEM(pair, 1), 0);
}

static int
batch_setitems(PicklerObject *p, PyObject *it)
{
    PyObject **chunk;
    Py_ssize_t n, i;
    int r = 0;

    if (!p->bin) {
        PyObject *pair;
        while ((pair = PyIter_Next(it)) != NULL) {
            r = save_pair(p, pair);
            Py_DECREF(pair);
            if (r < 0 || out_byte(p, OP_SETITEM) < 0)
                return -1;
        }
        return PyErr_Occurred() ? -1 : 0;
    }

    chunk = PyMem_Malloc(BATCH_SIZE * sizeof(PyObject *));
    if (chunk == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    do {
        for (n = 0; n < BATCH_SIZE; n++) {
            chunk[n] = PyIter_Next(it);
            if (chunk[n] == NULL)
                break;
        }
        if (PyErr_Occurred())
            r = -1;
        else if (n > 1) {
            r = out_byte(p, OP_MARK);
            for (i = 0; r == 0 && i < n; i++)
                r = save_pair(p, chunk[i]);
            if (r == 0)
                r = out_byte(p, OP_SETITEMS);
        }
        else if (n == 1) {
            r = save_pair(p, chunk[0]);
            if (r == 0)
                r = out_byte(p, OP_SETITEM);
        }
        for (i = 0; i < n; i++)
            Py_DECREF(chunk[i]);
    } while (r == 0 && n == BATCH_SIZE);
    PyMem_Free(chunk);
    return r;
}

static int
save_list(PicklerObject *p, PyObject *obj)
{
    PyObject *it;
    int r;

    if (p->fast && fast_enter(p, obj) < 0)
        return -1;
    if (p->bin)
        r = out_byte(p, OP_EMPTY_LIST);
    else
        r = out_write(p, "(l", 2);
    if (r == 0) {
        if (PyList_GET_SIZE(obj) == 0)
            r = memo_put(p, obj, 0);
        else {
            r = memo_put(p, obj, 1);
            if (r == 0) {
                it = PyObject_GetIter(obj);
                if (it == NULL)
                    r = -1;
                else {
                    r = batch_appends(p, it);
                    Py_DECREF(it);
                }
            }
        }
    }
    if (p->fast && fast_leave(p, obj) < 0)
        r = -1;
    return r;
}

static int
save_dict(PicklerObject *p, PyObject *obj)
{
    PyObject *it;
    int r;

    if (p->fast && fast_enter(p, obj) < 0)
        return -1;
    if (p->bin)
        r = out_byte(p, OP_EMPTY_DICT);
    else
        r = out_write(p, "(d", 2);
    if (r == 0) {
        if (PyDict_Size(obj) == 0)
            r = memo_put(p, obj, 0);
        else {
            r = memo_put(p, obj, 1);
            if (r == 0) {
                it = PyObject_CallMethod(obj, "iteritems", "()");
                if (it == NULL)
                    r = -1;
                else {
                    r = batch_setitems(p, it);
                    Py_DECREF(it);
                }
            }
        }
    }
    if (p->fast && fast_leave(p, obj) < 0)
        r = -1;
    return r;
}

static int
save_global(PicklerObject *p, PyObject *obj, PyObject *name)
{
    PyObject *module = NULL, *mod = NULL, *found = NULL, *key, *code;
    int r = -1;

    if (name != NULL)
        Py_INCREF(name);
    else {
        name = PyObject_GetAttrString(obj, "__name__");
        if (name == NULL)
            return -1;
    }
    if (!PyString_Check(name)) {
        PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                        "global name must be a string");
        goto done;
    }
    module = which_module(obj, name);
    if (module == NULL)
        goto done;

    mod = PyImport_Import(module);
    if (mod == NULL) {
        PyObject *repr = PyObject_Str(obj);
        PyErr_Clear();
        if (repr == NULL)
            goto done;
        PyErr_Format(STATE_ERR(p->state, ERR_PICKLING),
                     "Can't pickle %s: import of module %s failed",
                     PyString_AS_STRING(repr), PyString_AS_STRING(module));
        Py_DECREF(repr);
        goto done;
    }
    found = PyObject_GetAttr(mod, name);
    if (found == NULL) {
        PyObject *repr = PyObject_Str(obj);
        PyErr_Clear();
        if (repr == NULL)
            goto done;
        PyErr_Format(STATE_ERR(p->state, ERR_PICKLING),
                     "Can't pickle %s: attribute lookup %s.%s failed",
                     PyString_AS_STRING(repr), PyString_AS_STRING(module),
                     PyString_AS_STRING(name));
        Py_DECREF(repr);
        goto done;
    }
    if (found != obj) {
        PyObject *repr = PyObject_Str(obj);
        if (repr == NULL)
            goto done;
        PyErr_Format(STATE_ERR(p->state, ERR_PICKLING),
                     "Can't pickle %s: it's not the same object as %s.%s",
                     PyString_AS_STRING(repr), PyString_AS_STRING(module),
                     PyString_AS_STRING(name));
        Py_DECREF(repr);
        goto done;
    }

    if (p->proto >= 2) {
        if (p->ext_registry == NULL) {
            p->ext_registry = copyreg_table("_extension_registry");
            if (p->ext_registry == NULL)
                goto done;
        }
        key = PyTuple_Pack(2, module, name);
        if (key == NULL)
            goto done;
        code = PyDict_GetItem(p->ext_registry, key);
        Py_DECREF(key);
        if (code != NULL) {
            long c;
            char b[3];
            if (!PyInt_Check(code)) {
                PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                                "extension code isn't an integer");
                goto done;
            }
            c = PyInt_AS_LONG(code);
            if (c <= 0 || c > 0x7fffffffL) {
                PyErr_Format(STATE_ERR(p->state, ERR_PICKLING),
                             "extension code %ld is out of range", c);
                goto done;
            }
            if (c <= 0xff) {
                b[0] = OP_EXT1;
                b[1] = (char)c;
                r = out_write(p, b, 2);
            }
            else if (c <= 0xffff) {
                b[0] = OP_EXT2;
                b[1] = (char)(c & 0xff);
                b[2] = (char)(c >> 8);
                r = out_write(p, b, 3);
            }
            else
                r = out_op_int4(p, OP_EXT4, c);
            goto done;
        }
    }

    if (out_byte(p, OP_GLOBAL) < 0 ||
        out_write(p, PyString_AS_STRING(module),
                  PyString_GET_SIZE(module)) < 0 ||
        out_byte(p, '\n') < 0 ||
        out_write(p, PyString_AS_STRING(name), PyString_GET_SIZE(name)) < 0 ||
        out_byte(p, '\n') < 0)
        goto done;
    r = memo_put(p, obj, 0);
  done:
    Py_DECREF(name);
    Py_XDECREF(module);
    Py_XDECREF(mod);
    Py_XDECREF(found);
    return r;
}

/* Instances of classic classes. */
static int
save_inst(PicklerObject *p, PyObject *obj)
{
    PyObject *cls = NULL, *func, *args = NULL, *state = NULL;
    int r = -1;

    if (p->fast && fast_enter(p, obj) < 0)
        return -1;
    if (out_byte(p, OP_MARK) < 0)
        goto done;
    cls = PyObject_GetAttrString(obj, "__class__");
    if (cls == NULL)
        goto done;
    if (p->bin && save(p, cls, 0) < 0)
        goto done;

    func = PyObject_GetAttrString(obj, "__getinitargs__");
    if (func != NULL) {
        Py_ssize_t i, n;
        args = PyObject_CallObject(func, NULL);
        Py_DECREF(func);
        if (args == NULL)
            goto done;
        n = PyObject_Size(args);
        if (n < 0)
            goto done;
        for (i = 0; i < n; i++) {
            PyObject *item = PySequence_GetItem(args, i);
            int rr;
            if (item == NULL)
                goto done;
            rr = save(p, item, 0);
            Py_DECREF(item);
            if (rr < 0)
                goto done;
        }
    }
    else if (PyErr_ExceptionMatches(PyExc_AttributeError))
        PyErr_Clear();
    else
        goto done;

    if (p->bin) {
        if (out_byte(p, OP_OBJ) < 0)
            goto done;
    }
    else {
        PyObject *name, *module;
        int rr;
        name = PyObject_GetAttrString(cls, "__name__");
        if (name == NULL)
            goto done;
        if (!PyString_Check(name)) {
            Py_DECREF(name);
            PyErr_SetString(PyExc_TypeError, "class name must be a string");
            goto done;
        }
        module = which_module(cls, name);
        if (module == NULL) {
            Py_DECREF(name);
            goto done;
        }
        rr = out_byte(p, OP_INST);
        if (rr == 0)
            rr = out_write(p, PyString_AS_STRING(module),
                           PyString_GET_SIZE(module));
        if (rr == 0)
            rr = out_byte(p, '\n');
        if (rr == 0)
            rr = out_write(p, PyString_AS_STRING(name),
                           PyString_GET_SIZE(name));
        if (rr == 0)
            rr = out_byte(p, '\n');
        Py_DECREF(name);
        Py_DECREF(module);
        if (rr < 0)
            goto done;
    }

    func = PyObject_GetAttrString(obj, "__getstate__");
    if (func != NULL) {
        state = PyObject_CallObject(func, NULL);
        Py_DECREF(func);
    }
    else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        state = PyObject_GetAttrString(obj, "__dict__");
    }
    if (state == NULL)
        goto done;

    if (memo_put(p, obj, !PyDict_Check(state)) < 0)
        goto done;
    if (save(p, state, 0) < 0 || out_byte(p, OP_BUILD) < 0)
        goto done;
    r = 0;
  done:
    if (p->fast && fast_leave(p, obj) < 0)
        r = -1;
    Py_XDECREF(cls);
    Py_XDECREF(args);
    Py_XDECREF(state);
    return r;
}

/* Asks func for a persistent id of obj: -1 error, 0 none (func returned
   None), 1 saved as a persistent reference. */
static int
save_pers(PicklerObject *p, PyObject *obj, PyObject *func)
{
    PyObject *pid;
    int r = -1;

    pid = PyObject_CallFunctionObjArgs(func, obj, NULL);
    if (pid == NULL)
        return -1;
    if (pid == Py_None) {
        Py_DECREF(pid);
        return 0;
    }
    if (p->bin) {
        if (save(p, pid, 1) == 0 && out_byte(p, OP_BINPERSID) == 0)
            r = 1;
    }
    else if (!PyString_Check(pid))
        PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                        "persistent id must be string");
    else if (out_byte(p, OP_PERSID) == 0 &&
             out_write(p, PyString_AS_STRING(pid),
                       PyString_GET_SIZE(pid)) == 0 &&
             out_byte(p, '\n') == 0)
        r = 1;
    Py_DECREF(pid);
    return r;
}

static int
is_newobj(PyObject *func)
{
    PyObject *name = PyObject_GetAttrString(func, "__name__");
    int r;

    if (name == NULL) {
        PyErr_Clear();
        return 0;
    }
    r = PyString_Check(name) &&
        strcmp(PyString_AS_STRING(name), "__newobj__") == 0;
    Py_DECREF(name);
    return r;
}

/* Save obj from the tuple `rv` its reduce function returned:
   (callable, args[, state[, listitems[, dictitems]]]). */
static int
save_reduce(PicklerObject *p, PyObject *rv, PyObject *obj)
{
    PyObject *func, *args, *state = NULL, *listitems = NULL;
    PyObject *dictitems = NULL;
    Py_ssize_t size = PyTuple_GET_SIZE(rv);

    func = PyTuple_GET_ITEM(rv, 0);
    args = PyTuple_GET_ITEM(rv, 1);
    if (size > 2)
        state = PyTuple_GET_ITEM(rv, 2);
    if (size > 3)
        listitems = PyTuple_GET_ITEM(rv, 3);
    if (size > 4)
        dictitems = PyTuple_GET_ITEM(rv, 4);
    if (state == Py_None)
        state = NULL;
    if (listitems == Py_None)
        listitems = NULL;
    if (dictitems == Py_None)
        dictitems = NULL;

    if (!PyTuple_Check(args)) {
        PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                        "args from reduce() should be a tuple");
        return -1;
    }

    if (p->proto >= 2 && is_newobj(func)) {
        PyObject *cls, *rest, *cls_of_obj;
        int r;

        if (PyTuple_GET_SIZE(args) < 1) {
            PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                            "__newobj__ arglist is empty");
            return -1;
        }
        cls = PyTuple_GET_ITEM(args, 0);
        if (!PyObject_HasAttrString(cls, "__new__")) {
            PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                            "args[0] from __newobj__ args has no __new__");
            return -1;
        }
        if (obj != NULL) {
            cls_of_obj = PyObject_GetAttrString(obj, "__class__");
            if (cls_of_obj == NULL)
                return -1;
            Py_DECREF(cls_of_obj);
            if (cls_of_obj != cls) {
                PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                                "args[0] from __newobj__ args has the "
                                "wrong class");
                return -1;
            }
        }
        if (save(p, cls, 0) < 0)
            return -1;
        rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
        if (rest == NULL)
            return -1;
        r = save(p, rest, 0);
        Py_DECREF(rest);
        if (r < 0 || out_byte(p, OP_NEWOBJ) < 0)
            return -1;
    }
    else {
        if (save(p, func, 0) < 0 || save(p, args, 0) < 0 ||
            out_byte(p, OP_REDUCE) < 0)
            return -1;
    }

    if (obj != NULL &&
        memo_put(p, obj, state != NULL && !PyDict_Check(state)) < 0)
        return -1;

    if (listitems != NULL) {
        PyObject *it = PyObject_GetIter(listitems);
        int r;
        if (it == NULL)
            return -1;
        r = batch_appends(p, it);
        Py_DECREF(it);
        if (r < 0)
            return -1;
    }
    if (dictitems != NULL) {
        PyObject *it = PyObject_GetIter(dictitems);
        int r;
        if (it == NULL)
            return -1;
        r = batch_setitems(p, it);
        Py_DECREF(it);
        if (r < 0)
            return -1;
    }
    if (state != NULL) {
        if (save(p, state, 0) < 0 || out_byte(p, OP_BUILD) < 0)
            return -1;
    }
    return 0;
}

/* Everything else: copy_reg.dispatch_table, __reduce_ex__, __reduce__. */
static int
save_by_reduce(PicklerObject *p, PyObject *obj)
{
    PyObject *reducer = NULL, *rv = NULL;
    PyTypeObject *type = obj->ob_type;
    int r = -1;

    if (p->dispatch_table == NULL) {
        p->dispatch_table = copyreg_table("dispatch_table");
        if (p->dispatch_table == NULL)
            return -1;
    }
    reducer = PyDict_GetItem(p->dispatch_table, (PyObject *)type);
    if (reducer != NULL) {
        Py_INCREF(reducer);
        rv = PyObject_CallFunctionObjArgs(reducer, obj, NULL);
    }
    else {
        reducer = PyObject_GetAttrString(obj, "__reduce_ex__");
        if (reducer != NULL)
            rv = PyObject_CallFunction(reducer, "i", p->proto);
        else {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError))
                return -1;
            PyErr_Clear();
            reducer = PyObject_GetAttrString(obj, "__reduce__");
            if (reducer != NULL)
                rv = PyObject_CallObject(reducer, NULL);
            else {
                if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
                    PyObject *repr = PyObject_Repr((PyObject *)type);
                    PyErr_Clear();
                    if (repr != NULL) {
                        PyErr_Format(STATE_ERR(p->state, ERR_UNPICKLEABLE),
                                     "Cannot pickle %s objects",
                                     PyString_AS_STRING(repr));
                        Py_DECREF(repr);
                    }
                }
                return -1;
            }
        }
    }
    if (rv == NULL)
        goto done;

    if (PyString_Check(rv)) {
        r = save_global(p, obj, rv);
        goto done;
    }
    if (!PyTuple_Check(rv)) {
        PyObject *repr = PyObject_Str(reducer);
        if (repr != NULL) {
            PyErr_Format(STATE_ERR(p->state, ERR_PICKLING),
                         "Value returned by %s must be string or tuple",
                         PyString_AS_STRING(repr));
            Py_DECREF(repr);
        }
        goto done;
    }
    if (PyTuple_GET_SIZE(rv) < 2 || PyTuple_GET_SIZE(rv) > 5) {
        PyObject *repr = PyObject_Str(reducer);
        if (repr != NULL) {
            PyErr_Format(STATE_ERR(p->state, ERR_PICKLING),
                         "tuple returned by %s must contain 2 through 5 "
                         "elements", PyString_AS_STRING(repr));
            Py_DECREF(repr);
        }
        goto done;
    }
    r = save_reduce(p, rv, obj);
  done:
    Py_XDECREF(reducer);
    Py_XDECREF(rv);
    return r;
}

static int
save(PicklerObject *p, PyObject *obj, int pers_save)
{
    PyTypeObject *type;
    int r = -1, done;

    if (Py_EnterRecursiveCall(""))
        return -1;
    if ((++p->ticks & LIMIT_POLL_MASK) == 0 && _PyEval_CheckLimits() < 0)
        goto finally;

    if (!pers_save && p->pers_func != NULL) {
        done = save_pers(p, obj, p->pers_func);
        if (done != 0) {
            r = done < 0 ? -1 : 0;
            goto finally;
        }
    }

    type = obj->ob_type;

    /* Values that are never memoized. */
    if (obj == Py_None) {
        r = save_none(p);
        goto finally;
    }
    if (type == &PyBool_Type) {
        r = save_bool(p, obj);
        goto finally;
    }
    if (type == &PyInt_Type) {
        r = save_int(p, obj);
        goto finally;
    }
    if (type == &PyLong_Type) {
        r = save_long(p, obj);
        goto finally;
    }
    if (type == &PyFloat_Type) {
        r = save_float(p, obj);
        goto finally;
    }
    if (type == &PyTuple_Type && PyTuple_GET_SIZE(obj) == 0) {
        r = save_tuple(p, obj);
        goto finally;
    }
    if (type == &PyString_Type && PyString_GET_SIZE(obj) < 2) {
        r = save_string(p, obj, 0);
        goto finally;
    }
    if (type == &PyUnicode_Type && PyUnicode_GET_SIZE(obj) < 2) {
        r = save_unicode(p, obj, 0);
        goto finally;
    }

    if (obj->ob_refcnt > 1) {
        done = memo_get(p, obj);
        if (done != 0) {
            r = done < 0 ? -1 : 0;
            goto finally;
        }
    }

    if (type == &PyString_Type)
        r = save_string(p, obj, 1);
    else if (type == &PyUnicode_Type)
        r = save_unicode(p, obj, 1);
    else if (type == &PyTuple_Type)
        r = save_tuple(p, obj);
    else if (type == &PyList_Type)
        r = save_list(p, obj);
    else if (type == &PyDict_Type)
        r = save_dict(p, obj);
    else if (type == &PyInstance_Type)
        r = save_inst(p, obj);
    else if (type == &PyClass_Type || type == &PyFunction_Type ||
             type == &PyCFunction_Type)
        r = save_global(p, obj, NULL);
    else {
        if (!pers_save && p->inst_pers_func != NULL) {
            done = save_pers(p, obj, p->inst_pers_func);
            if (done != 0) {
                r = done < 0 ? -1 : 0;
                goto finally;
            }
        }
        if (PyType_IsSubtype(type, &PyType_Type))
            r = save_global(p, obj, NULL);
        else
            r = save_by_reduce(p, obj);
    }
  finally:
    Py_LeaveRecursiveCall();
    return r;
}

/* A complete pickle of obj: PROTO (protocol 2), the object, STOP. */
static int
dump(PicklerObject *p, PyObject *obj)
{
    if (p->proto >= 2) {
        char b[2];
        b[0] = OP_PROTO;
        b[1] = (char)p->proto;
        if (out_write(p, b, 2) < 0)
            return -1;
    }
    if (save(p, obj, 0) < 0 || out_byte(p, OP_STOP) < 0)
        return -1;
    return out_flush(p);
}

static PicklerObject *
pickler_new(PyObject *state, PyObject *file, int proto)
{
    PicklerObject *p;

    if (proto < 0)
        proto = HIGHEST_PROTOCOL;
    if (proto > HIGHEST_PROTOCOL) {
        PyErr_Format(PyExc_ValueError, "pickle protocol %d asked for; "
                     "the highest available protocol is %d",
                     proto, HIGHEST_PROTOCOL);
        return NULL;
    }
    p = PyObject_GC_New(PicklerObject, &Pickler_Type);
    if (p == NULL)
        return NULL;
    Py_INCREF(state);
    p->state = state;
    p->write = NULL;
    p->out = NULL;
    p->out_len = p->out_cap = 0;
    p->memo = NULL;
    p->pers_func = p->inst_pers_func = NULL;
    p->dispatch_table = p->ext_registry = NULL;
    p->fast_memo = NULL;
    p->proto = proto;
    p->bin = proto > 0;
    p->fast = 0;
    p->fast_depth = 0;
    p->ticks = 0;
    PyObject_GC_Track(p);

    p->memo = PyDict_New();
    if (p->memo == NULL)
        goto error;
    if (file != NULL) {
        p->write = PyObject_GetAttrString(file, "write");
        if (p->write == NULL) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError,
                            "argument must have 'write' attribute");
            goto error;
        }
    }
    return p;
  error:
    Py_DECREF(p);
    return NULL;
}

static int
pickler_clear(PicklerObject *p)
{
    Py_CLEAR(p->write);
    Py_CLEAR(p->memo);
    Py_CLEAR(p->pers_func);
    Py_CLEAR(p->inst_pers_func);
    Py_CLEAR(p->dispatch_table);
    Py_CLEAR(p->ext_registry);
    Py_CLEAR(p->fast_memo);
    return 0;
}

static void
pickler_dealloc(PicklerObject *p)
{
    PyObject_GC_UnTrack(p);
    pickler_clear(p);
    Py_CLEAR(p->state);
    if (p->out != NULL)
        PyMem_Free(p->out);
    PyObject_GC_Del(p);
}

static int
pickler_traverse(PicklerObject *p, visitproc visit, void *arg)
{
    Py_VISIT(p->state);
    Py_VISIT(p->write);
    Py_VISIT(p->memo);
    Py_VISIT(p->pers_func);
    Py_VISIT(p->inst_pers_func);
    Py_VISIT(p->dispatch_table);
    Py_VISIT(p->ext_registry);
    Py_VISIT(p->fast_memo);
    return 0;
}

static PyObject *
pickler_dump(PicklerObject *p, PyObject *args)
{
    PyObject *obj;
    int get = 0;

    if (!PyArg_ParseTuple(args, "O|i:dump", &obj, &get))
        return NULL;
    if (p->memo == NULL) {
        PyErr_SetString(PyExc_ValueError, "Pickler is not usable");
        return NULL;
    }
    p->fast_depth = 0;
    if (dump(p, obj) < 0) {
        if (p->write != NULL)
            p->out_len = 0;
        return NULL;
    }
    if (get) {
        PyObject *v = PyString_FromStringAndSize(p->out, p->out_len);
        p->out_len = 0;
        return v;
    }
    Py_INCREF(p);
    return (PyObject *)p;
}

static PyObject *
pickler_clear_memo(PicklerObject *p, PyObject *unused)
{
    if (p->memo != NULL)
        PyDict_Clear(p->memo);
    Py_INCREF(Py_None);
    return Py_None;
}

/* The output collected by a Pickler made without a file. */
static PyObject *
pickler_getvalue(PicklerObject *p, PyObject *args)
{
    int clear = 1;
    PyObject *v;

    if (!PyArg_ParseTuple(args, "|i:getvalue", &clear))
        return NULL;
    if (p->write != NULL) {
        PyErr_SetString(STATE_ERR(p->state, ERR_PICKLING),
                        "Attempt to getvalue() a non-list-based pickler");
        return NULL;
    }
    v = PyString_FromStringAndSize(p->out, p->out_len);
    if (v != NULL && clear) {
        p->out_len = 0;
        if (p->memo != NULL)
            PyDict_Clear(p->memo);
    }
    return v;
}

static PyMethodDef pickler_methods[] = {
    {"dump", (PyCFunction)pickler_dump, METH_VARARGS,
     "dump(object) -- Write an object in pickle format to the object's "
     "pickle stream"},
    {"clear_memo", (PyCFunction)pickler_clear_memo, METH_NOARGS,
     "clear_memo() -- Clear the picklers memo"},
    {"getvalue", (PyCFunction)pickler_getvalue, METH_VARARGS,
     "getvalue() -- Finish picking a list-based pickle"},
    {NULL, NULL}
};

static PyMemberDef pickler_members[] = {
    {"binary", T_INT, offsetof(PicklerObject, bin), 0, NULL},
    {"fast", T_INT, offsetof(PicklerObject, fast), 0, NULL},
    {NULL}
};

static PyObject *
get_optional(PyObject *v)
{
    if (v == NULL) {
        Py_INCREF(Py_None);
        return Py_None;
    }
    Py_INCREF(v);
    return v;
}

static int
set_optional(PyObject **slot, PyObject *v, const char *what)
{
    if (v == NULL) {
        PyErr_Format(PyExc_TypeError, "attribute deletion is not supported "
                     "(%s)", what);
        return -1;
    }
    Py_INCREF(v);
    Py_XDECREF(*slot);
    *slot = v;
    return 0;
}

static PyObject *
pickler_get_pers(PicklerObject *p, void *c)
{
    if (p->pers_func == NULL) {
        PyErr_SetString(PyExc_AttributeError, "persistent_id");
        return NULL;
    }
    return get_optional(p->pers_func);
}

static int
pickler_set_pers(PicklerObject *p, PyObject *v, void *c)
{
    return set_optional(&p->pers_func, v, "persistent_id");
}

static PyObject *
pickler_get_inst_pers(PicklerObject *p, void *c)
{
    if (p->inst_pers_func == NULL) {
        PyErr_SetString(PyExc_AttributeError, "inst_persistent_id");
        return NULL;
    }
    return get_optional(p->inst_pers_func);
}

static int
pickler_set_inst_pers(PicklerObject *p, PyObject *v, void *c)
{
    return set_optional(&p->inst_pers_func, v, "inst_persistent_id");
}

static PyObject *
pickler_get_memo(PicklerObject *p, void *c)
{
    if (p->memo == NULL) {
        PyErr_SetString(PyExc_AttributeError, "memo");
        return NULL;
    }
    Py_INCREF(p->memo);
    return p->memo;
}

static int
pickler_set_memo(PicklerObject *p, PyObject *v, void *c)
{
    if (v == NULL || !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "memo must be a dictionary");
        return -1;
    }
    Py_INCREF(v);
    Py_XDECREF(p->memo);
    p->memo = v;
    return 0;
}

static PyObject *
pickler_get_error(PicklerObject *p, void *c)
{
    PyObject *e = STATE_ERR(p->state, ERR_PICKLING);
    Py_INCREF(e);
    return e;
}

static PyGetSetDef pickler_getset[] = {
    {"persistent_id", (getter)pickler_get_pers, (setter)pickler_set_pers},
    {"inst_persistent_id", (getter)pickler_get_inst_pers,
     (setter)pickler_set_inst_pers},
    {"memo", (getter)pickler_get_memo, (setter)pickler_set_memo},
    {"PicklingError", (getter)pickler_get_error, NULL},
    {NULL}
};

PyDoc_STRVAR(pickler_doc, "Objects that know how to pickle objects\n");

static PyTypeObject Pickler_Type = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "cPickle.Pickler",                  /* tp_name */
    sizeof(PicklerObject),              /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)pickler_dealloc,        /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    PyObject_GenericSetAttr,            /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    pickler_doc,                        /* tp_doc */
    (traverseproc)pickler_traverse,     /* tp_traverse */
    (inquiry)pickler_clear,             /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    pickler_methods,                    /* tp_methods */
    pickler_members,                    /* tp_members */
    pickler_getset,                     /* tp_getset */
};


/* ================================================================== */
/* Unpickler */

typedef struct {
    PyObject_HEAD
    PyObject *state;            /* tuple of the module's exceptions */

    /* input: a string (loads) or file methods (load) */
    PyObject *src;
    const char *in;
    Py_ssize_t in_len, in_pos;
    PyObject *read, *readline;
    PyObject *last_read;        /* keeps the last chunk read alive */

    /* the stack, and the positions of the marks on it */
    PyObject **stack;
    Py_ssize_t depth, stack_cap;
    Py_ssize_t *marks;
    Py_ssize_t nmarks, marks_cap;
    Py_ssize_t fence;           /* position of the topmost mark, or 0 */

    /* the memo: dense indices in an array, anything else in a dict */
    PyObject **memo;
    Py_ssize_t memo_cap, memo_used;
    PyObject *memo_extra;

    PyObject *pers_func;        /* persistent_load, or NULL */
    PyObject *find_global;      /* find_global, or NULL */
    PyObject *inverted_registry, *extension_cache;  /* copy_reg, lazily */
    int noload;
    int busy;
} UnpicklerObject;

static PyTypeObject Unpickler_Type;

#define UERR(u) STATE_ERR((u)->state, ERR_UNPICKLING)

static int
bad_readline(UnpicklerObject *u)
{
    PyErr_SetString(UERR(u), "pickle data was truncated");
    return -1;
}

static int
stack_underflow(UnpicklerObject *u)
{
    PyErr_SetString(UERR(u), "unpickling stack underflow");
    return -1;
}

/* --- input --- */

static int check_size(UnpicklerObject *u, Py_ssize_t n, size_t scale);

/* Points *s at the next n bytes of input.  Returns 0, or -1 with EOFError
   (or the error of file.read()). */
static int in_read_slow(UnpicklerObject *u, const char **s, Py_ssize_t n);

/* (the common case, reading from a string, inline: it runs for every
   opcode) */
static inline int
in_read(UnpicklerObject *u, const char **s, Py_ssize_t n)
{
    if (u->read == NULL && n >= 0 && n <= u->in_len - u->in_pos) {
        *s = u->in + u->in_pos;
        u->in_pos += n;
        return 0;
    }
    return in_read_slow(u, s, n);
}

static int
in_read_slow(UnpicklerObject *u, const char **s, Py_ssize_t n)
{
    PyObject *data;

    if (n < 0) {
        PyErr_SetString(UERR(u), "negative read size");
        return -1;
    }
    if (u->read == NULL) {
        PyErr_SetNone(PyExc_EOFError);
        return -1;
    }
    /* A file: ask before letting it allocate a size taken from the data. */
    if (n > 4096 && check_size(u, n, 1) < 0)
        return -1;
    data = PyObject_CallFunction(u->read, "n", n);
    if (data == NULL)
        return -1;
    if (!PyString_Check(data) || PyString_GET_SIZE(data) != n) {
        Py_DECREF(data);
        PyErr_SetNone(PyExc_EOFError);
        return -1;
    }
    Py_XDECREF(u->last_read);
    u->last_read = data;
    *s = PyString_AS_STRING(data);
    return 0;
}

/* Points *s at the next line of input without its newline and returns
   its length; a line without a newline means the data were cut short. */
static Py_ssize_t
in_line(UnpicklerObject *u, const char **s)
{
    const char *start, *nl;
    Py_ssize_t n;

    if (u->read == NULL) {
        start = u->in + u->in_pos;
        nl = memchr(start, '\n', (size_t)(u->in_len - u->in_pos));
        if (nl == NULL)
            return bad_readline(u);
        n = nl - start;
        u->in_pos += n + 1;
        *s = start;
        return n;
    }
    else {
        PyObject *data = PyObject_CallObject(u->readline, NULL);
        if (data == NULL)
            return -1;
        if (!PyString_Check(data)) {
            Py_DECREF(data);
            PyErr_SetString(PyExc_TypeError,
                            "readline() should return a string");
            return -1;
        }
        n = PyString_GET_SIZE(data);
        if (n == 0 || PyString_AS_STRING(data)[n - 1] != '\n') {
            Py_DECREF(data);
            return bad_readline(u);
        }
        Py_XDECREF(u->last_read);
        u->last_read = data;
        *s = PyString_AS_STRING(data);
        return n - 1;
    }
}

static long
le_int4(const char *s)
{
    const unsigned char *b = (const unsigned char *)s;
    unsigned long v = (unsigned long)b[0] | ((unsigned long)b[1] << 8) |
                      ((unsigned long)b[2] << 16) | ((unsigned long)b[3] << 24);
    if (v & 0x80000000UL)
        return -(long)(0xffffffffUL - v) - 1;
    return (long)v;
}

/* Before allocating for n bytes announced by the data (times `scale` for
   what they decode to): data that are too short are an EOFError, and
   otherwise the memory account must have room. */
static int
check_size(UnpicklerObject *u, Py_ssize_t n, size_t scale)
{
    if (u->read == NULL && n > u->in_len - u->in_pos) {
        PyErr_SetNone(PyExc_EOFError);
        return -1;
    }
    if ((size_t)n > (size_t)PY_SSIZE_T_MAX / scale) {
        PyErr_NoMemory();
        return -1;
    }
    return _PyMem_CheckAvailable((size_t)n * scale);
}

/* A NUL-terminated copy of a line (numbers are parsed by C functions). */
static char *
line_copy(const char *s, Py_ssize_t n)
{
    char *c;

    if (memchr(s, '\0', (size_t)n) != NULL) {
        PyErr_SetString(PyExc_ValueError, "null byte in pickle data line");
        return NULL;
    }
    c = PyMem_Malloc((size_t)n + 1);
    if (c == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(c, s, (size_t)n);
    c[n] = '\0';
    return c;
}

/* --- stack --- */

static int stack_grow_and_push(UnpicklerObject *u, PyObject *obj);

/* Pushes obj (a new reference, or NULL for an error already set). */
static inline int
stack_push(UnpicklerObject *u, PyObject *obj)
{
    if (obj != NULL && u->depth < u->stack_cap) {
        u->stack[u->depth++] = obj;
        return 0;
    }
    return stack_grow_and_push(u, obj);
}

static int
stack_grow_and_push(UnpicklerObject *u, PyObject *obj)
{
    if (obj == NULL)
        return -1;
    if (u->depth == u->stack_cap) {
        Py_ssize_t cap = u->stack_cap < 64 ? 64 : u->stack_cap * 2;
        PyObject **mem;
        if (u->stack_cap > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(PyObject *)
            || _PyMem_CheckAvailable((size_t)cap * sizeof(PyObject *)) < 0) {
            Py_DECREF(obj);
            if (!PyErr_Occurred())
                PyErr_NoMemory();
            return -1;
        }
        mem = PyMem_Realloc(u->stack, (size_t)cap * sizeof(PyObject *));
        if (mem == NULL) {
            Py_DECREF(obj);
            PyErr_NoMemory();
            return -1;
        }
        u->stack = mem;
        u->stack_cap = cap;
    }
    u->stack[u->depth++] = obj;
    return 0;
}

/* Pops the top object (a new reference); never through a mark. */
static PyObject *
stack_pop(UnpicklerObject *u)
{
    if (u->depth <= u->fence) {
        stack_underflow(u);
        return NULL;
    }
    return u->stack[--u->depth];
}

/* Borrowed top object. */
static PyObject *
stack_top(UnpicklerObject *u)
{
    if (u->depth <= u->fence) {
        stack_underflow(u);
        return NULL;
    }
    return u->stack[u->depth - 1];
}

static void
stack_truncate(UnpicklerObject *u, Py_ssize_t to)
{
    while (u->depth > to) {
        PyObject *o = u->stack[--u->depth];
        Py_DECREF(o);
    }
}

/* Pops the topmost mark and returns its position on the stack. */
static Py_ssize_t
pop_mark(UnpicklerObject *u)
{
    Py_ssize_t k;

    if (u->nmarks == 0) {
        PyErr_SetString(UERR(u), "could not find MARK");
        return -1;
    }
    k = u->marks[--u->nmarks];
    u->fence = u->nmarks ? u->marks[u->nmarks - 1] : 0;
    return k;
}

static int
push_mark(UnpicklerObject *u)
{
    if (u->nmarks == u->marks_cap) {
        Py_ssize_t cap = u->marks_cap < 16 ? 16 : u->marks_cap * 2;
        Py_ssize_t *mem;
        if (u->marks_cap > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(Py_ssize_t)
            || _PyMem_CheckAvailable((size_t)cap * sizeof(Py_ssize_t)) < 0) {
            if (!PyErr_Occurred())
                PyErr_NoMemory();
            return -1;
        }
        mem = PyMem_Realloc(u->marks, (size_t)cap * sizeof(Py_ssize_t));
        if (mem == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        u->marks = mem;
        u->marks_cap = cap;
    }
    u->marks[u->nmarks++] = u->depth;
    u->fence = u->depth;
    return 0;
}

/* The objects from position `start` to the top, popped into a tuple or a
   list.  `start` is at or above the fence (it comes from pop_mark). */
static PyObject *
pop_tuple(UnpicklerObject *u, Py_ssize_t start)
{
    Py_ssize_t i, n = u->depth - start;
    PyObject *t;

    if (n < 0 || start < u->fence) {
        stack_underflow(u);
        return NULL;
    }
    t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, u->stack[start + i]);
    u->depth = start;
    return t;
}

static PyObject *
pop_list(UnpicklerObject *u, Py_ssize_t start)
{
    Py_ssize_t i, n = u->depth - start;
    PyObject *l;

    if (n < 0 || start < u->fence) {
        stack_underflow(u);
        return NULL;
    }
    l = PyList_New(n);
    if (l == NULL)
        return NULL;
    for (i = 0; i < n; i++)
        PyList_SET_ITEM(l, i, u->stack[start + i]);
    u->depth = start;
    return l;
}

/* --- memo --- */

static int
memo_store(UnpicklerObject *u, long idx, PyObject *value)
{
    PyObject *key;
    int r;

    if (idx >= 0 && idx < u->memo_cap) {
        PyObject *old = u->memo[idx];
        Py_INCREF(value);
        u->memo[idx] = value;
        if (old == NULL)
            u->memo_used++;
        else
            Py_DECREF(old);
        return 0;
    }
    /* Grow the array only while it stays proportional to its use, so that
       a huge index cannot make us allocate a huge table. */
    if (idx >= 0 && (Py_ssize_t)idx < 2 * u->memo_used + 1024) {
        Py_ssize_t cap = u->memo_cap < 64 ? 64 : u->memo_cap * 2, i;
        PyObject **mem;
        if (cap <= (Py_ssize_t)idx)
            cap = (Py_ssize_t)idx + 1;
        if (_PyMem_CheckAvailable((size_t)cap * sizeof(PyObject *)) < 0)
            return -1;
        mem = PyMem_Realloc(u->memo, (size_t)cap * sizeof(PyObject *));
        if (mem == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        for (i = u->memo_cap; i < cap; i++)
            mem[i] = NULL;
        u->memo = mem;
        u->memo_cap = cap;
        Py_INCREF(value);
        u->memo[idx] = value;
        u->memo_used++;
        return 0;
    }
    if (u->memo_extra == NULL) {
        u->memo_extra = PyDict_New();
        if (u->memo_extra == NULL)
            return -1;
    }
    key = PyInt_FromLong(idx);
    if (key == NULL)
        return -1;
    r = PyDict_SetItem(u->memo_extra, key, value);
    Py_DECREF(key);
    return r;
}

/* Borrowed memo entry, or NULL with BadPickleGet(idx). */
static PyObject *
memo_fetch(UnpicklerObject *u, long idx)
{
    PyObject *key, *v = NULL;

    if (idx >= 0 && idx < u->memo_cap && u->memo[idx] != NULL)
        return u->memo[idx];
    key = PyInt_FromLong(idx);
    if (key == NULL)
        return NULL;
    if (u->memo_extra != NULL)
        v = PyDict_GetItem(u->memo_extra, key);
    if (v == NULL)
        PyErr_SetObject(STATE_ERR(u->state, ERR_BAD_GET), key);
    Py_DECREF(key);
    return v;
}

static void
memo_clear(UnpicklerObject *u)
{
    Py_ssize_t i;

    for (i = 0; i < u->memo_cap; i++)
        Py_CLEAR(u->memo[i]);
    u->memo_used = 0;
    Py_CLEAR(u->memo_extra);
}

/* Parses the decimal index of a text GET/PUT line: 1 and *idx set, or 0
   if the line is not a plain number (it is then used as a string key). */
static int
parse_index(const char *s, Py_ssize_t n, long *idx)
{
    Py_ssize_t i = 0;
    long v = 0;
    int neg = 0;

    if (n > 0 && (s[0] == '-' || s[0] == '+')) {
        neg = (s[0] == '-');
        i = 1;
    }
    if (i == n || n - i > 10)
        return 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    if (v > 0x7fffffffL)
        return 0;
    *idx = neg ? -v : v;
    return 1;
}

static int
text_memo_key(UnpicklerObject *u, PyObject **key, long *idx)
{
    const char *s;
    Py_ssize_t n = in_line(u, &s);

    if (n < 0)
        return -1;
    if (n == 0)
        return bad_readline(u);
    *key = NULL;
    if (parse_index(s, n, idx))
        return 0;
    *key = PyString_FromStringAndSize(s, n);
    return *key == NULL ? -1 : 0;
}

/* --- copy_reg extensions and class lookup --- */

static PyObject *
find_class(UnpicklerObject *u, PyObject *module_name, PyObject *name)
{
    PyObject *modules, *module, *obj;

    if (u->find_global != NULL) {
        if (u->find_global == Py_None) {
            PyErr_SetString(UERR(u), "Global and instance pickles are not "
                            "supported.");
            return NULL;
        }
        return PyObject_CallFunctionObjArgs(u->find_global, module_name,
                                            name, NULL);
    }
    modules = PySys_GetObject("modules");
    if (modules == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys.modules");
        return NULL;
    }
    module = PyDict_Check(modules) ? PyDict_GetItem(modules, module_name)
                                   : NULL;
    if (module != NULL)
        Py_INCREF(module);
    else {
        /* __import__ of the running code: import restrictions apply */
        module = PyImport_Import(module_name);
        if (module == NULL)
            return NULL;
    }
    obj = PyObject_GetAttr(module, name);
    Py_DECREF(module);
    return obj;
}

static int
load_ext(UnpicklerObject *u, Py_ssize_t nbytes)
{
    const char *s;
    long code;
    PyObject *key, *obj, *pair;

    if (in_read(u, &s, nbytes) < 0)
        return -1;
    if (nbytes == 1)
        code = (unsigned char)s[0];
    else if (nbytes == 2)
        code = (unsigned char)s[0] | ((long)(unsigned char)s[1] << 8);
    else
        code = le_int4(s);
    if (code <= 0) {
        PyErr_SetString(UERR(u), "EXT specifies code <= 0");
        return -1;
    }
    if (u->noload) {
        Py_INCREF(Py_None);
        return stack_push(u, Py_None);
    }
    if (u->extension_cache == NULL) {
        u->extension_cache = copyreg_table("_extension_cache");
        if (u->extension_cache == NULL)
            return -1;
    }
    if (u->inverted_registry == NULL) {
        u->inverted_registry = copyreg_table("_inverted_registry");
        if (u->inverted_registry == NULL)
            return -1;
    }
    key = PyInt_FromLong(code);
    if (key == NULL)
        return -1;
    obj = PyDict_GetItem(u->extension_cache, key);
    if (obj != NULL) {
        Py_DECREF(key);
        Py_INCREF(obj);
        return stack_push(u, obj);
    }
    pair = PyDict_GetItem(u->inverted_registry, key);
    if (pair == NULL) {
        Py_DECREF(key);
        PyErr_Format(PyExc_ValueError, "unregistered extension code %ld",
                     code);
        return -1;
    }
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 ||
        !PyString_Check(PyTuple_GET_ITEM(pair, 0)) ||
        !PyString_Check(PyTuple_GET_ITEM(pair, 1))) {
        Py_DECREF(key);
        PyErr_Format(PyExc_ValueError,
                     "_inverted_registry[%ld] isn't a 2-tuple of strings",
                     code);
        return -1;
    }
    Py_INCREF(pair);
    obj = find_class(u, PyTuple_GET_ITEM(pair, 0), PyTuple_GET_ITEM(pair, 1));
    Py_DECREF(pair);
    if (obj == NULL || PyDict_SetItem(u->extension_cache, key, obj) < 0) {
        Py_DECREF(key);
        Py_XDECREF(obj);
        return -1;
    }
    Py_DECREF(key);
    return stack_push(u, obj);
}

/* --- instance creation --- */

/* cls(*args); a classic class without __getinitargs__ and no arguments
   is not called (its instance is made raw). */
static PyObject *
instantiate(PyObject *cls, PyObject *args)
{
    PyObject *r, *tuple;

    if (PyTuple_Check(args)) {
        Py_INCREF(args);
        tuple = args;
    }
    else {
        tuple = PySequence_Tuple(args);
        if (tuple == NULL)
            return NULL;
    }
    if (PyClass_Check(cls)) {
        if (PyTuple_GET_SIZE(tuple) == 0) {
            PyObject *f = PyObject_GetAttrString(cls, "__getinitargs__");
            if (f == NULL) {
                PyErr_Clear();
                Py_DECREF(tuple);
                return PyInstance_NewRaw(cls, NULL);
            }
            Py_DECREF(f);
        }
        r = PyInstance_New(cls, tuple, NULL);
    }
    else
        r = PyObject_Call(cls, tuple, NULL);
    if (r == NULL) {
        /* The error value says what was being built, as in 2.5. */
        PyObject *type, *value, *tb, *info;
        PyErr_Fetch(&type, &value, &tb);
        info = PyTuple_Pack(3, value != NULL ? value : Py_None, cls, tuple);
        if (info != NULL) {
            Py_XDECREF(value);
            value = info;
        }
        PyErr_Restore(type, value, tb);
    }
    Py_DECREF(tuple);
    return r;
}

/* --- opcodes --- */

static int
load_int_text(UnpicklerObject *u)
{
    const char *s;
    char *c, *end;
    Py_ssize_t n = in_line(u, &s);
    PyObject *v;
    long l;

    if (n < 0)
        return -1;
    if (n == 0)
        return bad_readline(u);
    if ((c = line_copy(s, n)) == NULL)
        return -1;
    errno = 0;
    l = strtol(c, &end, 0);
    if (errno == 0 && end == c + n) {
        if (n == 2 && (l == 0 || l == 1))
            v = PyBool_FromLong(l);         /* I00 / I01 */
        else
            v = PyInt_FromLong(l);
    }
    else
        v = PyLong_FromString(c, NULL, 0);
    PyMem_Free(c);
    if (v != NULL && u->noload) {
        Py_DECREF(v);
        Py_INCREF(Py_None);
        v = Py_None;
    }
    return stack_push(u, v);
}

static int
load_long_text(UnpicklerObject *u)
{
    const char *s;
    char *c;
    Py_ssize_t n = in_line(u, &s);
    PyObject *v;

    if (n < 0)
        return -1;
    if (n == 0)
        return bad_readline(u);
    if ((c = line_copy(s, n)) == NULL)
        return -1;
    v = PyLong_FromString(c, NULL, 0);
    PyMem_Free(c);
    return stack_push(u, v);
}

static int
load_counted_long(UnpicklerObject *u, int size_bytes)
{
    const char *s;
    Py_ssize_t n;

    if (in_read(u, &s, size_bytes) < 0)
        return -1;
    if (size_bytes == 1)
        n = (unsigned char)s[0];
    else {
        n = le_int4(s);
        if (n < 0) {
            PyErr_SetString(UERR(u), "LONG pickle has negative byte count");
            return -1;
        }
        if (check_size(u, n, 1) < 0)
            return -1;
    }
    if (n == 0)
        return stack_push(u, PyLong_FromLong(0L));
    if (in_read(u, &s, n) < 0)
        return -1;
    return stack_push(u, _PyLong_FromByteArray((const unsigned char *)s,
                                               (size_t)n, 1, 1));
}

static int
load_float_text(UnpicklerObject *u)
{
    const char *s;
    char *c, *end;
    Py_ssize_t n = in_line(u, &s);
    double d;

    if (n < 0)
        return -1;
    if (n == 0)
        return bad_readline(u);
    if ((c = line_copy(s, n)) == NULL)
        return -1;
    errno = 0;
    d = PyOS_ascii_strtod(c, &end);
    if (errno != 0 || end != c + n) {
        PyMem_Free(c);
        PyErr_SetString(PyExc_ValueError, "could not convert string to float");
        return -1;
    }
    PyMem_Free(c);
    return stack_push(u, PyFloat_FromDouble(d));
}

static int
load_binfloat(UnpicklerObject *u)
{
    const char *s;
    double d;

    if (in_read(u, &s, 8) < 0)
        return -1;
    d = _PyFloat_Unpack8((const unsigned char *)s, 0);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    return stack_push(u, PyFloat_FromDouble(d));
}

static int
load_string_text(UnpicklerObject *u)
{
    const char *s;
    Py_ssize_t n = in_line(u, &s);

    if (n < 0)
        return -1;
    /* trailing blanks and control characters are ignored */
    while (n > 0 && (unsigned char)s[n - 1] <= ' ')
        n--;
    if (n < 2 || (s[0] != '"' && s[0] != '\'') || s[n - 1] != s[0]) {
        PyErr_SetString(PyExc_ValueError, "insecure string pickle");
        return -1;
    }
    return stack_push(u, PyString_DecodeEscape(s + 1, n - 2, NULL, 0, NULL));
}

static int
load_counted_string(UnpicklerObject *u, int size_bytes)
{
    const char *s;
    Py_ssize_t n;

    if (in_read(u, &s, size_bytes) < 0)
        return -1;
    if (size_bytes == 1)
        n = (unsigned char)s[0];
    else {
        n = le_int4(s);
        if (n < 0) {
            PyErr_SetString(UERR(u),
                            "BINSTRING pickle has negative byte count");
            return -1;
        }
        if (check_size(u, n, 1) < 0)
            return -1;
    }
    if (in_read(u, &s, n) < 0)
        return -1;
    return stack_push(u, PyString_FromStringAndSize(s, n));
}

static int
load_unicode_text(UnpicklerObject *u)
{
    const char *s;
    Py_ssize_t n = in_line(u, &s);

    if (n < 0)
        return -1;
    return stack_push(u, PyUnicode_DecodeRawUnicodeEscape(s, n, NULL));
}

static int
load_binunicode(UnpicklerObject *u)
{
    const char *s;
    Py_ssize_t n;

    if (in_read(u, &s, 4) < 0)
        return -1;
    n = le_int4(s);
    if (n < 0) {
        PyErr_SetString(UERR(u), "BINUNICODE pickle has negative byte count");
        return -1;
    }
    /* the decoded string takes up to 4 bytes per input byte */
    if (check_size(u, n, sizeof(Py_UNICODE)) < 0)
        return -1;
    if (in_read(u, &s, n) < 0)
        return -1;
    return stack_push(u, PyUnicode_DecodeUTF8(s, n, NULL));
}

static int
load_counted_tuple(UnpicklerObject *u, Py_ssize_t n)
{
    if (u->depth - u->fence < n)
        return stack_underflow(u);
    return stack_push(u, pop_tuple(u, u->depth - n));
}

static int
load_dict(UnpicklerObject *u)
{
    Py_ssize_t k = pop_mark(u), i;
    PyObject *d;

    if (k < 0)
        return -1;
    d = PyDict_New();
    if (d == NULL)
        return -1;
    /* pairs above the mark; an odd item out is ignored */
    for (i = k + 1; i < u->depth; i += 2) {
        if (PyDict_SetItem(d, u->stack[i - 1], u->stack[i]) < 0) {
            Py_DECREF(d);
            return -1;
        }
    }
    stack_truncate(u, k);
    return stack_push(u, d);
}

static int
load_obj(UnpicklerObject *u)
{
    Py_ssize_t k = pop_mark(u);
    PyObject *args, *cls, *obj;

    if (k < 0)
        return -1;
    if (u->depth <= k)
        return stack_underflow(u);
    args = pop_tuple(u, k + 1);
    if (args == NULL)
        return -1;
    cls = u->stack[--u->depth];
    if (u->noload) {
        Py_INCREF(Py_None);
        obj = Py_None;
    }
    else
        obj = instantiate(cls, args);
    Py_DECREF(cls);
    Py_DECREF(args);
    return stack_push(u, obj);
}

/* Reads the module and name lines of GLOBAL and INST. */
static int
read_global_name(UnpicklerObject *u, PyObject **module, PyObject **name)
{
    const char *s;
    Py_ssize_t n;

    n = in_line(u, &s);
    if (n < 0)
        return -1;
    if (n == 0)
        return bad_readline(u);
    *module = PyString_FromStringAndSize(s, n);
    if (*module == NULL)
        return -1;
    n = in_line(u, &s);
    if (n <= 0) {
        Py_DECREF(*module);
        return n < 0 ? -1 : bad_readline(u);
    }
    *name = PyString_FromStringAndSize(s, n);
    if (*name == NULL) {
        Py_DECREF(*module);
        return -1;
    }
    return 0;
}

static int
load_inst(UnpicklerObject *u)
{
    Py_ssize_t k = pop_mark(u);
    PyObject *module, *name, *cls, *args, *obj;

    if (k < 0)
        return -1;
    if (read_global_name(u, &module, &name) < 0)
        return -1;
    if (u->noload) {
        Py_DECREF(module);
        Py_DECREF(name);
        stack_truncate(u, k);
        Py_INCREF(Py_None);
        return stack_push(u, Py_None);
    }
    cls = find_class(u, module, name);
    Py_DECREF(module);
    Py_DECREF(name);
    if (cls == NULL)
        return -1;
    args = pop_tuple(u, k);
    if (args == NULL) {
        Py_DECREF(cls);
        return -1;
    }
    obj = instantiate(cls, args);
    Py_DECREF(cls);
    Py_DECREF(args);
    return stack_push(u, obj);
}

static int
load_global(UnpicklerObject *u)
{
    PyObject *module, *name, *obj;

    if (read_global_name(u, &module, &name) < 0)
        return -1;
    if (u->noload) {
        Py_INCREF(Py_None);
        obj = Py_None;
    }
    else
        obj = find_class(u, module, name);
    Py_DECREF(module);
    Py_DECREF(name);
    return stack_push(u, obj);
}

static int
load_newobj(UnpicklerObject *u)
{
    PyObject *args, *cls, *new_func, *full, *obj;
    Py_ssize_t i, n;

    if (u->depth - u->fence < 2)
        return stack_underflow(u);
    args = u->stack[--u->depth];
    cls = u->stack[u->depth - 1];
    if (u->noload) {
        Py_DECREF(args);
        Py_DECREF(cls);
        Py_INCREF(Py_None);
        u->stack[u->depth - 1] = Py_None;
        return 0;
    }
    if (!PyTuple_Check(args)) {
        Py_DECREF(args);
        PyErr_SetString(UERR(u), "NEWOBJ expected an arg tuple.");
        return -1;
    }
    if (!PyType_Check(cls)) {
        Py_DECREF(args);
        PyErr_SetString(UERR(u), "NEWOBJ class argument isn't a type "
                        "object");
        return -1;
    }
    if (((PyTypeObject *)cls)->tp_new == NULL) {
        Py_DECREF(args);
        PyErr_SetString(UERR(u), "NEWOBJ class argument has NULL tp_new");
        return -1;
    }
    /* cls.__new__(cls, *args), through the type's own checks */
    new_func = PyObject_GetAttrString(cls, "__new__");
    if (new_func == NULL) {
        Py_DECREF(args);
        return -1;
    }
    n = PyTuple_GET_SIZE(args);
    full = PyTuple_New(n + 1);
    if (full == NULL) {
        Py_DECREF(args);
        Py_DECREF(new_func);
        return -1;
    }
    Py_INCREF(cls);
    PyTuple_SET_ITEM(full, 0, cls);
    for (i = 0; i < n; i++) {
        PyObject *a = PyTuple_GET_ITEM(args, i);
        Py_INCREF(a);
        PyTuple_SET_ITEM(full, i + 1, a);
    }
    Py_DECREF(args);
    obj = PyObject_Call(new_func, full, NULL);
    Py_DECREF(new_func);
    Py_DECREF(full);
    if (obj == NULL)
        return -1;
    /* the class is still in its slot: nothing else touches the stack
       while a load runs (see `busy`) */
    Py_DECREF(u->stack[u->depth - 1]);
    u->stack[u->depth - 1] = obj;
    return 0;
}

static int
load_reduce(UnpicklerObject *u)
{
    PyObject *args, *func, *obj;

    if (u->depth - u->fence < 2)
        return stack_underflow(u);
    args = u->stack[--u->depth];
    func = u->stack[--u->depth];
    if (u->noload) {
        Py_INCREF(Py_None);
        obj = Py_None;
    }
    else
        obj = instantiate(func, args);
    Py_DECREF(args);
    Py_DECREF(func);
    return stack_push(u, obj);
}

static int
load_pers(UnpicklerObject *u, PyObject *pid)
{
    PyObject *obj;

    if (pid == NULL)
        return -1;
    if (u->pers_func == NULL) {
        Py_DECREF(pid);
        PyErr_SetString(UERR(u), "A load persistent id instruction was "
                        "encountered,\nbut no persistent_load function was "
                        "specified.");
        return -1;
    }
    if (PyList_Check(u->pers_func)) {
        if (PyList_Append(u->pers_func, pid) < 0) {
            Py_DECREF(pid);
            return -1;
        }
        return stack_push(u, pid);
    }
    obj = PyObject_CallFunctionObjArgs(u->pers_func, pid, NULL);
    Py_DECREF(pid);
    return stack_push(u, obj);
}

static int
load_persid(UnpicklerObject *u)
{
    const char *s;
    Py_ssize_t n = in_line(u, &s);

    if (n < 0)
        return -1;
    return load_pers(u, PyString_FromStringAndSize(s, n));
}

static int
load_pop(UnpicklerObject *u)
{
    /* A mark on top is popped like an object. */
    if (u->nmarks > 0 && u->marks[u->nmarks - 1] == u->depth) {
        pop_mark(u);
        return 0;
    }
    if (u->depth <= u->fence)
        return stack_underflow(u);
    stack_truncate(u, u->depth - 1);
    return 0;
}

static int
load_pop_mark(UnpicklerObject *u)
{
    Py_ssize_t k = pop_mark(u);

    if (k < 0)
        return -1;
    stack_truncate(u, k);
    return 0;
}

static int
load_dup(UnpicklerObject *u)
{
    PyObject *top = stack_top(u);

    if (top == NULL)
        return -1;
    Py_INCREF(top);
    return stack_push(u, top);
}

static int
load_get(UnpicklerObject *u, int size_bytes)
{
    const char *s;
    PyObject *key = NULL, *v;
    long idx;

    if (size_bytes == 0) {
        if (text_memo_key(u, &key, &idx) < 0)
            return -1;
    }
    else {
        if (in_read(u, &s, size_bytes) < 0)
            return -1;
        idx = size_bytes == 1 ? (long)(unsigned char)s[0] : le_int4(s);
    }
    if (key != NULL) {
        v = u->memo_extra ? PyDict_GetItem(u->memo_extra, key) : NULL;
        if (v == NULL)
            PyErr_SetObject(STATE_ERR(u->state, ERR_BAD_GET), key);
        Py_DECREF(key);
    }
    else
        v = memo_fetch(u, idx);
    if (v == NULL)
        return -1;
    Py_INCREF(v);
    return stack_push(u, v);
}

static int
load_put(UnpicklerObject *u, int size_bytes)
{
    const char *s;
    PyObject *key = NULL, *top;
    long idx;
    int r;

    if (size_bytes == 0) {
        if (text_memo_key(u, &key, &idx) < 0)
            return -1;
    }
    else {
        if (in_read(u, &s, size_bytes) < 0)
            return -1;
        idx = size_bytes == 1 ? (long)(unsigned char)s[0] : le_int4(s);
    }
    /* PUT right after MARK refers to the object below the mark, as in the
       single-stack model of pickle.py it would be the mark object; we
       require a real object. */
    if (u->depth == 0 || u->depth <= u->fence) {
        Py_XDECREF(key);
        return stack_underflow(u);
    }
    top = u->stack[u->depth - 1];
    if (key != NULL) {
        if (u->memo_extra == NULL && (u->memo_extra = PyDict_New()) == NULL)
            r = -1;
        else
            r = PyDict_SetItem(u->memo_extra, key, top);
        Py_DECREF(key);
        return r;
    }
    return memo_store(u, idx, top);
}

/* list.extend (or obj.append for each) with the objects above `start`,
   the container being just below it. */
static int
do_append(UnpicklerObject *u, Py_ssize_t start)
{
    PyObject *target, *items;
    int r = 0;

    if (start - 1 < u->fence || start > u->depth)
        return stack_underflow(u);
    if (start == u->depth)
        return 0;
    target = u->stack[start - 1];
    if (u->noload) {
        stack_truncate(u, start);
        return 0;
    }
    if (PyList_CheckExact(target)) {
        Py_ssize_t len = PyList_GET_SIZE(target);
        items = pop_list(u, start);
        if (items == NULL)
            return -1;
        r = PyList_SetSlice(target, len, len, items);
        Py_DECREF(items);
        return r;
    }
    else {
        PyObject *append = PyObject_GetAttrString(target, "append");
        Py_ssize_t i;
        if (append == NULL)
            return -1;
        items = pop_list(u, start);
        if (items == NULL) {
            Py_DECREF(append);
            return -1;
        }
        for (i = 0; i < PyList_GET_SIZE(items); i++) {
            PyObject *res = PyObject_CallFunctionObjArgs(
                append, PyList_GET_ITEM(items, i), NULL);
            if (res == NULL) {
                r = -1;
                break;
            }
            Py_DECREF(res);
        }
        Py_DECREF(items);
        Py_DECREF(append);
        return r;
    }
}

/* target[key] = value for the pairs above `start`, the target being just
   below it. */
static int
do_setitems(UnpicklerObject *u, Py_ssize_t start)
{
    PyObject *target, *items;
    Py_ssize_t i, n;
    int r = 0;

    if (start - 1 < u->fence || start > u->depth)
        return stack_underflow(u);
    target = u->stack[start - 1];
    if (u->noload) {
        stack_truncate(u, start);
        return 0;
    }
    Py_INCREF(target);
    items = pop_list(u, start);
    if (items == NULL) {
        Py_DECREF(target);
        return -1;
    }
    n = PyList_GET_SIZE(items);
    for (i = 1; i < n; i += 2) {
        PyObject *key = PyList_GET_ITEM(items, i - 1);
        PyObject *value = PyList_GET_ITEM(items, i);
        if (PyDict_CheckExact(target))
            r = PyDict_SetItem(target, key, value);
        else
            r = PyObject_SetItem(target, key, value);
        if (r < 0)
            break;
    }
    Py_DECREF(items);
    Py_DECREF(target);
    return r;
}

static int
load_setitem(UnpicklerObject *u)
{
    if (u->depth - u->fence < 3)
        return stack_underflow(u);
    return do_setitems(u, u->depth - 2);
}

static int
update_from_dict(PyObject *target, PyObject *state, int as_attrs)
{
    PyObject *items = PyDict_Items(state);
    Py_ssize_t i;
    int r = 0;

    if (items == NULL)
        return -1;
    for (i = 0; r == 0 && i < PyList_GET_SIZE(items); i++) {
        PyObject *pair = PyList_GET_ITEM(items, i);
        PyObject *k = PyTuple_GET_ITEM(pair, 0), *v = PyTuple_GET_ITEM(pair, 1);
        if (as_attrs)
            r = PyObject_SetAttr(target, k, v);
        else
            r = PyObject_SetItem(target, k, v);
    }
    Py_DECREF(items);
    return r;
}

static int
load_build(UnpicklerObject *u)
{
    PyObject *state, *inst, *setstate, *slotstate = NULL;
    int r = -1;

    if (u->depth - u->fence < 2)
        return stack_underflow(u);
    state = u->stack[--u->depth];
    if (u->noload) {
        Py_DECREF(state);
        return 0;
    }
    inst = u->stack[u->depth - 1];
    Py_INCREF(inst);

    setstate = PyObject_GetAttrString(inst, "__setstate__");
    if (setstate != NULL) {
        PyObject *res = PyObject_CallFunctionObjArgs(setstate, state, NULL);
        Py_DECREF(setstate);
        if (res != NULL) {
            Py_DECREF(res);
            r = 0;
        }
        goto done;
    }
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        goto done;
    PyErr_Clear();

    /* The default: a dict for __dict__, or (dict, slot dict) */
    if (PyTuple_Check(state) && PyTuple_GET_SIZE(state) == 2) {
        PyObject *pair = state;
        state = PyTuple_GET_ITEM(pair, 0);
        slotstate = PyTuple_GET_ITEM(pair, 1);
        Py_INCREF(state);
        Py_INCREF(slotstate);
        Py_DECREF(pair);
    }
    if (state != Py_None) {
        PyObject *dict;
        if (!PyDict_Check(state)) {
            PyErr_SetString(UERR(u), "state is not a dictionary");
            goto done;
        }
        dict = PyObject_GetAttrString(inst, "__dict__");
        if (dict == NULL)
            goto done;
        r = update_from_dict(dict, state, 0);
        Py_DECREF(dict);
        if (r < 0)
            goto done;
        r = -1;
    }
    if (slotstate != NULL && slotstate != Py_None) {
        if (!PyDict_Check(slotstate)) {
            PyErr_SetString(UERR(u), "slot state is not a dictionary");
            goto done;
        }
        if (update_from_dict(inst, slotstate, 1) < 0)
            goto done;
    }
    r = 0;
  done:
    Py_DECREF(state);
    Py_XDECREF(slotstate);
    Py_DECREF(inst);
    return r;
}

static int
load_proto(UnpicklerObject *u)
{
    const char *s;
    int proto;

    if (in_read(u, &s, 1) < 0)
        return -1;
    proto = (unsigned char)s[0];
    if (proto <= HIGHEST_PROTOCOL)
        return 0;
    PyErr_Format(PyExc_ValueError, "unsupported pickle protocol: %d", proto);
    return -1;
}

static int
load_binint(UnpicklerObject *u, int size_bytes)
{
    const char *s;
    long v;

    if (in_read(u, &s, size_bytes) < 0)
        return -1;
    if (size_bytes == 1)
        v = (unsigned char)s[0];
    else if (size_bytes == 2)
        v = (unsigned char)s[0] | ((long)(unsigned char)s[1] << 8);
    else
        v = le_int4(s);
    return stack_push(u, PyInt_FromLong(v));
}

/* Runs the opcodes up to STOP and returns the object on top. */
static PyObject *
load(UnpicklerObject *u)
{
    const char *s;
    PyObject *result = NULL;
    unsigned int ticks = 0;
    int r;

    if (u->busy) {
        PyErr_SetString(PyExc_RuntimeError, "Unpickler is already loading");
        return NULL;
    }
    u->busy = 1;
    u->nmarks = 0;
    u->fence = 0;
    for (;;) {
        if ((++ticks & LIMIT_POLL_MASK) == 0 && _PyEval_CheckLimits() < 0)
            break;
        if (in_read(u, &s, 1) < 0)
            break;
        switch ((unsigned char)s[0]) {
        case (unsigned char)OP_NONE:
            Py_INCREF(Py_None);
            r = stack_push(u, Py_None);
            break;
        case (unsigned char)OP_NEWTRUE:
            Py_INCREF(Py_True);
            r = stack_push(u, Py_True);
            break;
        case (unsigned char)OP_NEWFALSE:
            Py_INCREF(Py_False);
            r = stack_push(u, Py_False);
            break;
        case (unsigned char)OP_INT:
            r = load_int_text(u);
            break;
        case (unsigned char)OP_BININT:
            r = load_binint(u, 4);
            break;
        case (unsigned char)OP_BININT1:
            r = load_binint(u, 1);
            break;
        case (unsigned char)OP_BININT2:
            r = load_binint(u, 2);
            break;
        case (unsigned char)OP_LONG:
            r = load_long_text(u);
            break;
        case (unsigned char)OP_LONG1:
            r = load_counted_long(u, 1);
            break;
        case (unsigned char)OP_LONG4:
            r = load_counted_long(u, 4);
            break;
        case (unsigned char)OP_FLOAT:
            r = load_float_text(u);
            break;
        case (unsigned char)OP_BINFLOAT:
            r = load_binfloat(u);
            break;
        case (unsigned char)OP_STRING:
            r = load_string_text(u);
            break;
        case (unsigned char)OP_BINSTRING:
            r = load_counted_string(u, 4);
            break;
        case (unsigned char)OP_SHORT_BINSTRING:
            r = load_counted_string(u, 1);
            break;
        case (unsigned char)OP_UNICODE:
            r = load_unicode_text(u);
            break;
        case (unsigned char)OP_BINUNICODE:
            r = load_binunicode(u);
            break;
        case (unsigned char)OP_EMPTY_TUPLE:
            r = stack_push(u, PyTuple_New(0));
            break;
        case (unsigned char)OP_TUPLE1:
            r = load_counted_tuple(u, 1);
            break;
        case (unsigned char)OP_TUPLE2:
            r = load_counted_tuple(u, 2);
            break;
        case (unsigned char)OP_TUPLE3:
            r = load_counted_tuple(u, 3);
            break;
        case (unsigned char)OP_TUPLE: {
            Py_ssize_t k = pop_mark(u);
            r = k < 0 ? -1 : stack_push(u, pop_tuple(u, k));
            break;
        }
        case (unsigned char)OP_EMPTY_LIST:
            r = stack_push(u, PyList_New(0));
            break;
        case (unsigned char)OP_LIST: {
            Py_ssize_t k = pop_mark(u);
            r = k < 0 ? -1 : stack_push(u, pop_list(u, k));
            break;
        }
        case (unsigned char)OP_EMPTY_DICT:
            r = stack_push(u, PyDict_New());
            break;
        case (unsigned char)OP_DICT:
            r = load_dict(u);
            break;
        case (unsigned char)OP_OBJ:
            r = load_obj(u);
            break;
        case (unsigned char)OP_INST:
            r = load_inst(u);
            break;
        case (unsigned char)OP_NEWOBJ:
            r = load_newobj(u);
            break;
        case (unsigned char)OP_GLOBAL:
            r = load_global(u);
            break;
        case (unsigned char)OP_EXT1:
            r = load_ext(u, 1);
            break;
        case (unsigned char)OP_EXT2:
            r = load_ext(u, 2);
            break;
        case (unsigned char)OP_EXT4:
            r = load_ext(u, 4);
            break;
        case (unsigned char)OP_REDUCE:
            r = load_reduce(u);
            break;
        case (unsigned char)OP_PERSID:
            r = load_persid(u);
            break;
        case (unsigned char)OP_BINPERSID: {
            PyObject *pid = stack_pop(u);
            r = pid == NULL ? -1 : load_pers(u, pid);
            break;
        }
        case (unsigned char)OP_POP:
            r = load_pop(u);
            break;
        case (unsigned char)OP_POP_MARK:
            r = load_pop_mark(u);
            break;
        case (unsigned char)OP_DUP:
            r = load_dup(u);
            break;
        case (unsigned char)OP_GET:
            r = load_get(u, 0);
            break;
        case (unsigned char)OP_BINGET:
            r = load_get(u, 1);
            break;
        case (unsigned char)OP_LONG_BINGET:
            r = load_get(u, 4);
            break;
        case (unsigned char)OP_PUT:
            r = load_put(u, 0);
            break;
        case (unsigned char)OP_BINPUT:
            r = load_put(u, 1);
            break;
        case (unsigned char)OP_LONG_BINPUT:
            r = load_put(u, 4);
            break;
        case (unsigned char)OP_APPEND:
            r = do_append(u, u->depth - 1);
            break;
        case (unsigned char)OP_APPENDS: {
            Py_ssize_t k = pop_mark(u);
            r = k < 0 ? -1 : do_append(u, k);
            break;
        }
        case (unsigned char)OP_SETITEM:
            r = load_setitem(u);
            break;
        case (unsigned char)OP_SETITEMS: {
            Py_ssize_t k = pop_mark(u);
            r = k < 0 ? -1 : do_setitems(u, k);
            break;
        }
        case (unsigned char)OP_BUILD:
            r = load_build(u);
            break;
        case (unsigned char)OP_MARK:
            r = push_mark(u);
            break;
        case (unsigned char)OP_PROTO:
            r = load_proto(u);
            break;
        case (unsigned char)OP_STOP:
            result = stack_pop(u);
            goto out;
        default: {
            char c = s[0];
            PyErr_Format(UERR(u), "invalid load key, '%c'.", c);
            r = -1;
            break;
        }
        }
        if (r < 0)
            break;
    }
  out:
    stack_truncate(u, 0);
    u->nmarks = 0;
    u->fence = 0;
    Py_CLEAR(u->last_read);
    u->busy = 0;
    return result;
}

static UnpicklerObject *
unpickler_new(PyObject *state)
{
    UnpicklerObject *u = PyObject_GC_New(UnpicklerObject, &Unpickler_Type);

    if (u == NULL)
        return NULL;
    Py_INCREF(state);
    u->state = state;
    u->src = NULL;
    u->in = NULL;
    u->in_len = u->in_pos = 0;
    u->read = u->readline = u->last_read = NULL;
    u->stack = NULL;
    u->depth = u->stack_cap = 0;
    u->marks = NULL;
    u->nmarks = u->marks_cap = 0;
    u->fence = 0;
    u->memo = NULL;
    u->memo_cap = u->memo_used = 0;
    u->memo_extra = NULL;
    u->pers_func = u->find_global = NULL;
    u->inverted_registry = u->extension_cache = NULL;
    u->noload = 0;
    u->busy = 0;
    PyObject_GC_Track(u);
    return u;
}

static int
unpickler_clear(UnpicklerObject *u)
{
    if (u->busy)
        return 0;   /* a load in progress owns the stack */
    Py_CLEAR(u->src);
    Py_CLEAR(u->read);
    Py_CLEAR(u->readline);
    Py_CLEAR(u->last_read);
    stack_truncate(u, 0);
    memo_clear(u);
    Py_CLEAR(u->pers_func);
    Py_CLEAR(u->find_global);
    Py_CLEAR(u->inverted_registry);
    Py_CLEAR(u->extension_cache);
    return 0;
}

static void
unpickler_dealloc(UnpicklerObject *u)
{
    PyObject_GC_UnTrack(u);
    u->busy = 0;
    unpickler_clear(u);
    Py_CLEAR(u->state);
    if (u->stack != NULL)
        PyMem_Free(u->stack);
    if (u->marks != NULL)
        PyMem_Free(u->marks);
    if (u->memo != NULL)
        PyMem_Free(u->memo);
    PyObject_GC_Del(u);
}

static int
unpickler_traverse(UnpicklerObject *u, visitproc visit, void *arg)
{
    Py_ssize_t i;

    Py_VISIT(u->state);
    Py_VISIT(u->src);
    Py_VISIT(u->read);
    Py_VISIT(u->readline);
    Py_VISIT(u->last_read);
    for (i = 0; i < u->depth; i++)
        Py_VISIT(u->stack[i]);
    for (i = 0; i < u->memo_cap; i++)
        Py_VISIT(u->memo[i]);
    Py_VISIT(u->memo_extra);
    Py_VISIT(u->pers_func);
    Py_VISIT(u->find_global);
    Py_VISIT(u->inverted_registry);
    Py_VISIT(u->extension_cache);
    return 0;
}

static PyObject *
unpickler_load(UnpicklerObject *u, PyObject *unused)
{
    if (u->read == NULL && u->src == NULL) {
        PyErr_SetString(PyExc_ValueError, "Unpickler has no input");
        return NULL;
    }
    u->noload = 0;
    return load(u);
}

static PyObject *
unpickler_noload(UnpicklerObject *u, PyObject *unused)
{
    PyObject *r;

    if (u->read == NULL && u->src == NULL) {
        PyErr_SetString(PyExc_ValueError, "Unpickler has no input");
        return NULL;
    }
    u->noload = 1;
    r = load(u);
    u->noload = 0;
    return r;
}

static PyMethodDef unpickler_methods[] = {
    {"load", (PyCFunction)unpickler_load, METH_NOARGS,
     "load() -- Load a pickle"},
    {"noload", (PyCFunction)unpickler_noload, METH_NOARGS,
     "noload() -- not load a pickle, but go through most of the motions\n"
     "\n"
     "This function can be used to read past a pickle without instantiating\n"
     "any objects or importing any modules.  It can also be used to find all\n"
     "persistent references without instantiating any objects or importing\n"
     "any modules.\n"},
    {NULL, NULL}
};

static PyObject *
unpickler_get_pers(UnpicklerObject *u, void *c)
{
    if (u->pers_func == NULL) {
        PyErr_SetString(PyExc_AttributeError, "persistent_load");
        return NULL;
    }
    return get_optional(u->pers_func);
}

static int
unpickler_set_pers(UnpicklerObject *u, PyObject *v, void *c)
{
    return set_optional(&u->pers_func, v, "persistent_load");
}

static PyObject *
unpickler_get_find_global(UnpicklerObject *u, void *c)
{
    if (u->find_global == NULL) {
        PyErr_SetString(PyExc_AttributeError, "find_global");
        return NULL;
    }
    return get_optional(u->find_global);
}

static int
unpickler_set_find_global(UnpicklerObject *u, PyObject *v, void *c)
{
    return set_optional(&u->find_global, v, "find_global");
}

/* The memo as a dict {index: object} (a snapshot). */
static PyObject *
unpickler_get_memo(UnpicklerObject *u, void *c)
{
    PyObject *d = u->memo_extra ? PyDict_Copy(u->memo_extra) : PyDict_New();
    Py_ssize_t i;

    if (d == NULL)
        return NULL;
    for (i = 0; i < u->memo_cap; i++) {
        PyObject *key;
        int r;
        if (u->memo[i] == NULL)
            continue;
        key = PyInt_FromSsize_t(i);
        if (key == NULL) {
            Py_DECREF(d);
            return NULL;
        }
        r = PyDict_SetItem(d, key, u->memo[i]);
        Py_DECREF(key);
        if (r < 0) {
            Py_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static int
unpickler_set_memo(UnpicklerObject *u, PyObject *v, void *c)
{
    PyObject *items;
    Py_ssize_t i;
    int r = 0;

    if (v == NULL || !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "memo must be a dictionary");
        return -1;
    }
    if (u->busy) {
        PyErr_SetString(PyExc_RuntimeError, "Unpickler is loading");
        return -1;
    }
    items = PyDict_Items(v);
    if (items == NULL)
        return -1;
    memo_clear(u);
    for (i = 0; r == 0 && i < PyList_GET_SIZE(items); i++) {
        PyObject *pair = PyList_GET_ITEM(items, i);
        PyObject *key = PyTuple_GET_ITEM(pair, 0);
        PyObject *value = PyTuple_GET_ITEM(pair, 1);
        if (PyInt_Check(key))
            r = memo_store(u, PyInt_AS_LONG(key), value);
        else if (PyString_Check(key)) {
            long idx;
            if (parse_index(PyString_AS_STRING(key), PyString_GET_SIZE(key),
                            &idx))
                r = memo_store(u, idx, value);
            else {
                if (u->memo_extra == NULL &&
                    (u->memo_extra = PyDict_New()) == NULL)
                    r = -1;
                else
                    r = PyDict_SetItem(u->memo_extra, key, value);
            }
        }
        else {
            PyErr_SetString(PyExc_TypeError,
                            "memo keys must be integers or strings");
            r = -1;
        }
    }
    Py_DECREF(items);
    return r;
}

static PyObject *
unpickler_get_error(UnpicklerObject *u, void *c)
{
    PyObject *e = UERR(u);
    Py_INCREF(e);
    return e;
}

static PyGetSetDef unpickler_getset[] = {
    {"persistent_load", (getter)unpickler_get_pers,
     (setter)unpickler_set_pers},
    {"find_global", (getter)unpickler_get_find_global,
     (setter)unpickler_set_find_global},
    {"memo", (getter)unpickler_get_memo, (setter)unpickler_set_memo},
    {"UnpicklingError", (getter)unpickler_get_error, NULL},
    {NULL}
};

PyDoc_STRVAR(unpickler_doc, "Objects that know how to unpickle");

static PyTypeObject Unpickler_Type = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "cPickle.Unpickler",                /* tp_name */
    sizeof(UnpicklerObject),            /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)unpickler_dealloc,      /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    PyObject_GenericSetAttr,            /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    unpickler_doc,                      /* tp_doc */
    (traverseproc)unpickler_traverse,   /* tp_traverse */
    (inquiry)unpickler_clear,           /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    unpickler_methods,                  /* tp_methods */
    0,                                  /* tp_members */
    unpickler_getset,                   /* tp_getset */
};


/* ================================================================== */
/* Module functions.  `self` is the tuple of the module's exceptions. */

static PyObject *
module_dump(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"obj", "file", "protocol", NULL};
    PyObject *obj, *file;
    PicklerObject *p;
    int proto = 0;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO|i:dump", kwlist,
                                     &obj, &file, &proto))
        return NULL;
    p = pickler_new(self, file, proto);
    if (p == NULL)
        return NULL;
    if (dump(p, obj) < 0) {
        Py_DECREF(p);
        return NULL;
    }
    Py_DECREF(p);
    Py_INCREF(Py_None);
    return Py_None;
}

static PyObject *
module_dumps(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"obj", "protocol", NULL};
    PyObject *obj, *res = NULL;
    PicklerObject *p;
    int proto = 0;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|i:dumps", kwlist,
                                     &obj, &proto))
        return NULL;
    p = pickler_new(self, NULL, proto);
    if (p == NULL)
        return NULL;
    if (dump(p, obj) == 0)
        res = PyString_FromStringAndSize(p->out, p->out_len);
    Py_DECREF(p);
    return res;
}

static PyObject *
module_load(PyObject *self, PyObject *file)
{
    UnpicklerObject *u;
    PyObject *res;

    u = unpickler_new(self);
    if (u == NULL)
        return NULL;
    u->read = PyObject_GetAttrString(file, "read");
    u->readline = u->read ? PyObject_GetAttrString(file, "readline") : NULL;
    if (u->readline == NULL) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError,
                        "argument must have 'read' and 'readline' "
                        "attributes");
        Py_DECREF(u);
        return NULL;
    }
    res = load(u);
    Py_DECREF(u);
    return res;
}

static PyObject *
module_loads(PyObject *self, PyObject *args)
{
    PyObject *data, *res;
    UnpicklerObject *u;

    if (!PyArg_ParseTuple(args, "S:loads", &data))
        return NULL;
    u = unpickler_new(self);
    if (u == NULL)
        return NULL;
    Py_INCREF(data);
    u->src = data;
    u->in = PyString_AS_STRING(data);
    u->in_len = PyString_GET_SIZE(data);
    u->in_pos = 0;
    res = load(u);
    Py_DECREF(u);
    return res;
}

static PyObject *
module_Pickler(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "protocol", NULL};
    PyObject *file = NULL;
    int proto = 0;

    /* Pickler([protocol]) collects its output for getvalue(). */
    if (kwds == NULL && PyArg_ParseTuple(args, "|i:Pickler", &proto))
        return (PyObject *)pickler_new(self, NULL, proto);
    PyErr_Clear();
    proto = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|i:Pickler", kwlist,
                                     &file, &proto))
        return NULL;
    return (PyObject *)pickler_new(self, file, proto);
}

static PyObject *
module_Unpickler(PyObject *self, PyObject *file)
{
    UnpicklerObject *u = unpickler_new(self);

    if (u == NULL)
        return NULL;
    u->read = PyObject_GetAttrString(file, "read");
    u->readline = u->read ? PyObject_GetAttrString(file, "readline") : NULL;
    if (u->readline == NULL) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError,
                        "argument must have 'read' and 'readline' "
                        "attributes");
        Py_DECREF(u);
        return NULL;
    }
    return (PyObject *)u;
}

static PyMethodDef cPickle_methods[] = {
    {"dump", (PyCFunction)module_dump, METH_VARARGS | METH_KEYWORDS,
     "dump(obj, file, protocol=0) -- "
     "Write an object in pickle format to the given file.\n"
     "\n"
     "See the Pickler docstring for the meaning of optional argument proto."},
    {"dumps", (PyCFunction)module_dumps, METH_VARARGS | METH_KEYWORDS,
     "dumps(obj, protocol=0) -- "
     "Return a string containing an object in pickle format.\n"
     "\n"
     "See the Pickler docstring for the meaning of optional argument proto."},
    {"load", (PyCFunction)module_load, METH_O,
     "load(file) -- Load a pickle from the given file"},
    {"loads", (PyCFunction)module_loads, METH_VARARGS,
     "loads(string) -- Load a pickle from the given string"},
    {"Pickler", (PyCFunction)module_Pickler, METH_VARARGS | METH_KEYWORDS,
     "Pickler(file, protocol=0) -- Create a pickler.\n"
     "\n"
     "This takes a file-like object for writing a pickle data stream.\n"
     "The optional proto argument tells the pickler to use the given\n"
     "protocol; supported protocols are 0, 1, 2.  The default\n"
     "protocol is 0, to be backwards compatible.  (Protocol 0 is the\n"
     "only protocol that can be written to a file opened in text\n"
     "mode and read back successfully.  When using a protocol higher\n"
     "than 0, make sure the file is opened in binary mode, both when\n"
     "pickling and unpickling.)\n"
     "\n"
     "Protocol 1 is more efficient than protocol 0; protocol 2 is\n"
     "more efficient than protocol 1.\n"
     "\n"
     "Specifying a negative protocol version selects the highest\n"
     "protocol version supported.  The higher the protocol used, the\n"
     "more recent the version of Python needed to read the pickle\n"
     "produced.\n"
     "\n"
     "The file parameter must have a write() method that accepts a single\n"
     "string argument.  It can thus be an open file object, a StringIO\n"
     "object, or any other custom object that meets this interface.\n"},
    {"Unpickler", (PyCFunction)module_Unpickler, METH_O,
     "Unpickler(file) -- Create an unpickler."},
    {NULL, NULL}
};

PyDoc_STRVAR(cPickle_doc,
"C implementation and optimization of the Python pickle module.");

PyMODINIT_FUNC
initcPickle(void)
{
    static const struct {
        const char *name;           /* attribute and class name */
        int base;                   /* index of the base, -1: Exception */
    } errors[ERR_COUNT] = {
        {"PickleError", -1},
        {"PicklingError", ERR_PICKLE},
        {"UnpicklingError", ERR_PICKLE},
        {"UnpickleableError", ERR_PICKLING},
        {"BadPickleGet", ERR_UNPICKLING},
    };
    PyObject *state, *m, *formats;
    int i;

    if (PyType_Ready(&Pickler_Type) < 0 || PyType_Ready(&Unpickler_Type) < 0)
        return;

    state = PyTuple_New(ERR_COUNT);
    if (state == NULL)
        return;
    for (i = 0; i < ERR_COUNT; i++) {
        char qualname[64];
        PyObject *base = errors[i].base < 0 ? NULL
                         : PyTuple_GET_ITEM(state, errors[i].base);
        PyObject *exc;
        PyOS_snprintf(qualname, sizeof(qualname), "cPickle.%s",
                      errors[i].name);
        exc = PyErr_NewException(qualname, base, NULL);
        if (exc == NULL) {
            Py_DECREF(state);
            return;
        }
        PyTuple_SET_ITEM(state, i, exc);
    }

    m = Py_InitModule4("cPickle", cPickle_methods, cPickle_doc, state,
                       PYTHON_API_VERSION);
    if (m == NULL) {
        Py_DECREF(state);
        return;
    }
    for (i = 0; i < ERR_COUNT; i++) {
        PyObject *exc = PyTuple_GET_ITEM(state, i);
        Py_INCREF(exc);
        if (PyModule_AddObject(m, (char *)errors[i].name, exc) < 0)
            goto fail;
    }
    Py_DECREF(state);
    state = NULL;

    formats = Py_BuildValue("[sssss]", "1.0", "1.1", "1.2", "1.3", "2.0");
    if (formats == NULL ||
        PyModule_AddObject(m, "compatible_formats", formats) < 0 ||
        PyModule_AddStringConstant(m, "format_version", "2.0") < 0 ||
        PyModule_AddStringConstant(m, "__version__", "1.71") < 0 ||
        PyModule_AddIntConstant(m, "HIGHEST_PROTOCOL", HIGHEST_PROTOCOL) < 0)
        return;
    return;
  fail:
    Py_XDECREF(state);
}
