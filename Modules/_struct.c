/* The _struct module of Python 2.5: conversion between Python values and
   C structs packed into strings.  Lib/struct.py wraps it.

   A format is compiled once into a Struct object: a list of runs (a code
   and its repeat count, at a fixed byte offset).  Packing converts every
   argument before writing anything that Python code could see, and
   reads from buffers go through a private copy, so user code called
   during a conversion (__int__, __float__, a finalizer) can never make us
   touch memory that has moved.

   struct.error is created per interpreter (one class per _struct module
   instance); each Struct remembers the class of the interpreter that
   made it. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "structmember.h"
#include <ctype.h>

enum kind {
    K_PAD, K_CHAR, K_SINT, K_UINT, K_FLOAT, K_STR, K_PSTR, K_PTR
};

typedef struct {
    char code;
    enum kind kind;
    Py_ssize_t size;
    Py_ssize_t align;
} codeinfo;

/* Native mode: sizes and alignments of the C types on this platform. */
static const codeinfo native_codes[] = {
    {'x', K_PAD, 1, 1},
    {'c', K_CHAR, 1, 1},
    {'b', K_SINT, 1, 1},
    {'B', K_UINT, 1, 1},
    {'h', K_SINT, sizeof(short), sizeof(short)},
    {'H', K_UINT, sizeof(short), sizeof(short)},
    {'i', K_SINT, sizeof(int), sizeof(int)},
    {'I', K_UINT, sizeof(int), sizeof(int)},
    {'l', K_SINT, sizeof(long), sizeof(long)},
    {'L', K_UINT, sizeof(long), sizeof(long)},
    {'q', K_SINT, sizeof(PY_LONG_LONG), sizeof(PY_LONG_LONG)},
    {'Q', K_UINT, sizeof(PY_LONG_LONG), sizeof(PY_LONG_LONG)},
    {'f', K_FLOAT, sizeof(float), sizeof(float)},
    {'d', K_FLOAT, sizeof(double), sizeof(double)},
    {'s', K_STR, 1, 1},
    {'p', K_PSTR, 1, 1},
    {'P', K_PTR, sizeof(void *), sizeof(void *)},
    {0, K_PAD, 0, 0}
};

/* Standard sizes ('<', '>', '!', '='): no alignment, no 'P'. */
static const codeinfo std_codes[] = {
    {'x', K_PAD, 1, 0},
    {'c', K_CHAR, 1, 0},
    {'b', K_SINT, 1, 0},
    {'B', K_UINT, 1, 0},
    {'h', K_SINT, 2, 0},
    {'H', K_UINT, 2, 0},
    {'i', K_SINT, 4, 0},
    {'I', K_UINT, 4, 0},
    {'l', K_SINT, 4, 0},
    {'L', K_UINT, 4, 0},
    {'q', K_SINT, 8, 0},
    {'Q', K_UINT, 8, 0},
    {'f', K_FLOAT, 4, 0},
    {'d', K_FLOAT, 8, 0},
    {'s', K_STR, 1, 0},
    {'p', K_PSTR, 1, 0},
    {0, K_PAD, 0, 0}
};

typedef struct {
    const codeinfo *ci;
    Py_ssize_t offset;      /* byte offset of the first item */
    Py_ssize_t count;       /* repeat count; byte length for s and p */
} run;

typedef struct {
    PyObject_HEAD
    Py_ssize_t size;        /* bytes */
    Py_ssize_t nitems;      /* values packed / unpacked */
    run *runs;
    Py_ssize_t nruns;
    int native;             /* native sizes, alignment and float format */
    int little;             /* byte order */
    PyObject *format;
    PyObject *error;        /* struct.error of the creating interpreter */
    PyObject *weakreflist;
} structobject;

static PyTypeObject Struct_type;

static int
host_is_little(void)
{
    const union { unsigned short s; unsigned char c[2]; } probe = {1};
    return probe.c[0] == 1;
}

/* struct.error of the running interpreter. */
static PyObject *
find_error_class(void)
{
    PyObject *modules = PyImport_GetModuleDict(), *mod, *err;

    mod = modules ? PyDict_GetItemString(modules, "_struct") : NULL;
    if (mod == NULL || !PyModule_Check(mod)) {
        mod = PyImport_ImportModule("_struct");
        if (mod == NULL)
            return NULL;
        Py_DECREF(mod);     /* sys.modules keeps it */
    }
    err = PyDict_GetItemString(PyModule_GetDict(mod), "error");
    if (err == NULL) {
        PyErr_SetString(PyExc_ImportError, "_struct has no error class");
        return NULL;
    }
    Py_INCREF(err);
    return err;
}

/* ---- compiling a format ------------------------------------------------- */

static const codeinfo *
lookup_code(const codeinfo *table, char c)
{
    for (; table->code; table++)
        if (table->code == c)
            return table;
    return NULL;
}

/* Parse fmt into s (runs, size, nitems, mode).  Raises `error`. */
static int
compile_format(structobject *s, const char *fmt, Py_ssize_t len,
               PyObject *error)
{
    const codeinfo *table = native_codes;
    Py_ssize_t i = 0, nruns = 0, size = 0, nitems = 0, pass;
    int native = 1, little = host_is_little();
    run *runs = NULL;

    if (len > 0) {
        switch (fmt[0]) {
        case '@': i = 1; break;
        case '=': i = 1; native = 0; break;
        case '<': i = 1; native = 0; little = 1; break;
        case '>': case '!': i = 1; native = 0; little = 0; break;
        }
    }
    if (!native)
        table = std_codes;

    /* Two passes: count the runs, then fill them in. */
    for (pass = 0; pass < 2; pass++) {
        Py_ssize_t k = i, r = 0;
        size = nitems = 0;
        while (k < len) {
            char c = fmt[k];
            Py_ssize_t num = 1, bytes;
            const codeinfo *ci;

            if (isspace(Py_CHARMASK(c))) {
                k++;
                continue;
            }
            if (c >= '0' && c <= '9') {
                num = 0;
                while (k < len && fmt[k] >= '0' && fmt[k] <= '9') {
                    if (num > (PY_SSIZE_T_MAX - 9) / 10) {
                        PyErr_SetString(error, "total struct size too long");
                        goto fail;
                    }
                    num = num * 10 + (fmt[k] - '0');
                    k++;
                }
                if (k >= len) {
                    PyErr_SetString(error,
                        "repeat count given without format specifier");
                    goto fail;
                }
                c = fmt[k];
            }
            ci = lookup_code(table, c);
            if (ci == NULL) {
                PyErr_SetString(error, "bad char in struct format");
                goto fail;
            }
            k++;
            if (native && ci->align > 1) {
                Py_ssize_t rem = size % ci->align;
                if (rem) {
                    if (size > PY_SSIZE_T_MAX - (ci->align - rem)) {
                        PyErr_SetString(error, "total struct size too long");
                        goto fail;
                    }
                    size += ci->align - rem;
                }
            }
            if (ci->kind == K_STR || ci->kind == K_PSTR) {
                bytes = num;
                nitems++;
            }
            else {
                if (num > 0 && ci->size > PY_SSIZE_T_MAX / num) {
                    PyErr_SetString(error, "total struct size too long");
                    goto fail;
                }
                bytes = num * ci->size;
                if (ci->kind != K_PAD)
                    nitems += num;
            }
            if (size > PY_SSIZE_T_MAX - bytes) {
                PyErr_SetString(error, "total struct size too long");
                goto fail;
            }
            if (pass == 1) {
                runs[r].ci = ci;
                runs[r].offset = size;
                runs[r].count = num;
            }
            r++;
            size += bytes;
        }
        if (pass == 0) {
            nruns = r;
            runs = PyMem_New(run, nruns ? nruns : 1);
            if (runs == NULL) {
                PyErr_NoMemory();
                return -1;
            }
        }
    }

    PyMem_Free(s->runs);
    s->runs = runs;
    s->nruns = nruns;
    s->size = size;
    s->nitems = nitems;
    s->native = native;
    s->little = little;
    return 0;

  fail:
    PyMem_Free(runs);
    return -1;
}

/* ---- packing -------------------------------------------------------------- */

/* The value as a Python long, or NULL with struct.error set. */
static PyObject *
as_pylong(structobject *s, PyObject *v)
{
    if (PyLong_Check(v)) {
        Py_INCREF(v);
        return v;
    }
    if (PyInt_Check(v))
        return PyLong_FromLong(PyInt_AS_LONG(v));
    if (PyFloat_Check(v))
        return PyNumber_Long(v);
    PyErr_SetString(s->error, "required argument is not an integer");
    return NULL;
}

static int
warn_deprecated(const char *msg)
{
    return PyErr_WarnEx(PyExc_DeprecationWarning, msg, 2);
}

/* An integer that does not fit: 2.5 masks it to the field width with a
   DeprecationWarning, except where it always raised. */
static int
pack_out_of_range(structobject *s, const codeinfo *ci, PyObject *lv,
                  unsigned char *dst)
{
    PyObject *one, *limit, *mask, *masked;
    int r;
    int sign = ci->kind == K_SINT;

    if (s->native && ci->size <= 2) {
        const char *msg;
        if (ci->code == 'b')
            msg = "byte format requires -128<=number<=127";
        else if (ci->code == 'B')
            msg = "ubyte format requires 0<=number<=255";
        else if (ci->code == 'h')
            msg = "short format requires -32768<=number<=32767";
        else
            msg = "short format requires 0<=number<=65535";
        PyErr_SetString(s->error, msg);
        return -1;
    }
    if (ci->code == 'q' || ci->code == 'Q') {
        PyErr_SetString(s->error, "long too large to convert to int");
        return -1;
    }
    if (!(s->native && ci->size == sizeof(long))) {
        char msg[100];
        unsigned PY_LONG_LONG ulargest =
            ((unsigned PY_LONG_LONG)-1) >> (64 - 8 * ci->size);
        if (sign)
            PyOS_snprintf(msg, sizeof(msg),
                          "'%c' format requires %lld <= number <= %lld",
                          ci->code, -(PY_LONG_LONG)(ulargest >> 1) - 1,
                          (PY_LONG_LONG)(ulargest >> 1));
        else
            PyOS_snprintf(msg, sizeof(msg),
                          "'%c' format requires 0 <= number <= %llu",
                          ci->code, ulargest);
        if (warn_deprecated(msg) < 0)
            return -1;
    }
    if (warn_deprecated("struct integer overflow masking is deprecated") < 0)
        return -1;

    /* lv & (2**bits - 1) is non-negative and fits the field unsigned */
    one = PyLong_FromLong(1);
    if (one == NULL)
        return -1;
    limit = PyLong_FromLong(8 * (long)ci->size);
    if (limit == NULL) {
        Py_DECREF(one);
        return -1;
    }
    mask = PyNumber_Lshift(one, limit);
    Py_DECREF(limit);
    if (mask != NULL) {
        PyObject *tmp = PyNumber_Subtract(mask, one);
        Py_DECREF(mask);
        mask = tmp;
    }
    Py_DECREF(one);
    if (mask == NULL)
        return -1;
    masked = PyNumber_And(lv, mask);
    Py_DECREF(mask);
    if (masked == NULL)
        return -1;
    r = _PyLong_AsByteArray((PyLongObject *)masked, dst, ci->size,
                            s->little, 0);
    Py_DECREF(masked);
    return r;
}

static int
pack_integer(structobject *s, const codeinfo *ci, PyObject *v,
             unsigned char *dst)
{
    PyObject *lv = as_pylong(s, v);
    int r;

    if (lv == NULL)
        return -1;
    if (ci->kind == K_UINT && _PyLong_Sign(lv) < 0) {
        r = pack_out_of_range(s, ci, lv, dst);
        Py_DECREF(lv);
        return r;
    }
    r = _PyLong_AsByteArray((PyLongObject *)lv, dst, ci->size, s->little,
                            ci->kind == K_SINT);
    if (r < 0 && PyErr_ExceptionMatches(PyExc_OverflowError)) {
        PyErr_Clear();
        r = pack_out_of_range(s, ci, lv, dst);
    }
    Py_DECREF(lv);
    return r;
}

static int
pack_float(structobject *s, const codeinfo *ci, PyObject *v,
           unsigned char *dst)
{
    double x = PyFloat_AsDouble(v);

    if (x == -1.0 && PyErr_Occurred()) {
        PyErr_SetString(s->error, "required argument is not a float");
        return -1;
    }
    if (s->native) {
        if (ci->size == sizeof(float)) {
            float f = (float)x;
            memcpy(dst, &f, sizeof f);
        }
        else
            memcpy(dst, &x, sizeof x);
        return 0;
    }
    if (ci->size == 4)
        return _PyFloat_Pack4(x, dst, s->little);
    return _PyFloat_Pack8(x, dst, s->little);
}

/* Pack args into dst (s->size bytes, already zeroed). */
static int
pack_values(structobject *s, PyObject *args, Py_ssize_t first,
            unsigned char *dst)
{
    Py_ssize_t r, j, argi = first;

    for (r = 0; r < s->nruns; r++) {
        const run *ru = &s->runs[r];
        const codeinfo *ci = ru->ci;
        unsigned char *p = dst + ru->offset;

        if (ci->kind == K_PAD)
            continue;
        if (ci->kind == K_STR || ci->kind == K_PSTR) {
            PyObject *v = PyTuple_GET_ITEM(args, argi++);
            Py_ssize_t n;
            if (!PyString_Check(v)) {
                PyErr_SetString(s->error, ci->kind == K_STR
                                ? "argument for 's' must be a string"
                                : "argument for 'p' must be a string");
                return -1;
            }
            n = PyString_GET_SIZE(v);
            if (ci->kind == K_STR) {
                if (n > ru->count)
                    n = ru->count;
                memcpy(p, PyString_AS_STRING(v), n);
            }
            else if (ru->count > 0) {
                if (n > ru->count - 1)
                    n = ru->count - 1;
                if (n > 255)
                    n = 255;
                p[0] = (unsigned char)n;
                memcpy(p + 1, PyString_AS_STRING(v), n);
            }
            continue;
        }
        for (j = 0; j < ru->count; j++, p += ci->size) {
            PyObject *v = PyTuple_GET_ITEM(args, argi++);
            switch (ci->kind) {
            case K_CHAR:
                if (!PyString_Check(v) || PyString_GET_SIZE(v) != 1) {
                    PyErr_SetString(s->error,
                                    "char format require string of length 1");
                    return -1;
                }
                p[0] = (unsigned char)PyString_AS_STRING(v)[0];
                break;
            case K_SINT:
            case K_UINT:
                if (pack_integer(s, ci, v, p) < 0)
                    return -1;
                break;
            case K_FLOAT:
                if (pack_float(s, ci, v, p) < 0)
                    return -1;
                break;
            case K_PTR: {
                void *ptr;
                if (!PyInt_Check(v) && !PyLong_Check(v)) {
                    PyErr_SetString(s->error,
                                    "required argument is not an integer");
                    return -1;
                }
                ptr = PyLong_AsVoidPtr(v);
                if (ptr == NULL && PyErr_Occurred())
                    return -1;
                memcpy(p, &ptr, sizeof ptr);
                break;
            }
            default:
                break;
            }
        }
    }
    return 0;
}

/* A new str holding the packed args[first:]. */
static PyObject *
pack_to_string(structobject *s, PyObject *args, Py_ssize_t first)
{
    PyObject *result;

    if (s->size > 4096 && _PyMem_CheckAvailable((size_t)s->size) < 0)
        return NULL;
    result = PyString_FromStringAndSize(NULL, s->size);
    if (result == NULL)
        return NULL;
    memset(PyString_AS_STRING(result), 0, s->size);
    if (pack_values(s, args, first,
                    (unsigned char *)PyString_AS_STRING(result)) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

/* ---- unpacking ------------------------------------------------------------ */

static PyObject *
unpack_integer(structobject *s, const codeinfo *ci, const unsigned char *p)
{
    unsigned PY_LONG_LONG x = 0;
    Py_ssize_t n = ci->size, i;

    for (i = 0; i < n; i++)
        x = (x << 8) | p[s->little ? n - 1 - i : i];
    if (ci->kind == K_SINT) {
        PY_LONG_LONG v;
        if (n < 8 && (x >> (8 * n - 1)) & 1)
            x |= ~(unsigned PY_LONG_LONG)0 << (8 * n);
        v = (PY_LONG_LONG)x;
        if (v >= LONG_MIN && v <= LONG_MAX)
            return PyInt_FromLong((long)v);
        return PyLong_FromLongLong(v);
    }
    if (x <= (unsigned PY_LONG_LONG)LONG_MAX)
        return PyInt_FromLong((long)x);
    return PyLong_FromUnsignedLongLong(x);
}

/* Unpack s->size bytes at data (which nobody else can change). */
static PyObject *
unpack_bytes(structobject *s, const unsigned char *data)
{
    PyObject *result;
    Py_ssize_t r, j, k = 0;

    result = PyTuple_New(s->nitems);
    if (result == NULL)
        return NULL;
    for (r = 0; r < s->nruns; r++) {
        const run *ru = &s->runs[r];
        const codeinfo *ci = ru->ci;
        const unsigned char *p = data + ru->offset;
        PyObject *v;

        if (ci->kind == K_PAD)
            continue;
        if (ci->kind == K_STR) {
            v = PyString_FromStringAndSize((const char *)p, ru->count);
            if (v == NULL)
                goto fail;
            PyTuple_SET_ITEM(result, k++, v);
            continue;
        }
        if (ci->kind == K_PSTR) {
            Py_ssize_t n = 0;
            if (ru->count > 0) {
                n = p[0];
                if (n > ru->count - 1)
                    n = ru->count - 1;
            }
            v = PyString_FromStringAndSize((const char *)p + 1, n);
            if (v == NULL)
                goto fail;
            PyTuple_SET_ITEM(result, k++, v);
            continue;
        }
        for (j = 0; j < ru->count; j++, p += ci->size) {
            switch (ci->kind) {
            case K_CHAR:
                v = PyString_FromStringAndSize((const char *)p, 1);
                break;
            case K_SINT:
            case K_UINT:
                v = unpack_integer(s, ci, p);
                break;
            case K_FLOAT:
                if (s->native) {
                    if (ci->size == sizeof(float)) {
                        float f;
                        memcpy(&f, p, sizeof f);
                        v = PyFloat_FromDouble(f);
                    }
                    else {
                        double d;
                        memcpy(&d, p, sizeof d);
                        v = PyFloat_FromDouble(d);
                    }
                }
                else {
                    double d = ci->size == 4 ? _PyFloat_Unpack4(p, s->little)
                                             : _PyFloat_Unpack8(p, s->little);
                    v = (d == -1.0 && PyErr_Occurred()) ? NULL
                                                        : PyFloat_FromDouble(d);
                }
                break;
            case K_PTR: {
                void *ptr;
                memcpy(&ptr, p, sizeof ptr);
                v = PyLong_FromVoidPtr(ptr);
                break;
            }
            default:
                v = NULL;
                PyErr_SetString(PyExc_SystemError, "bad struct code");
                break;
            }
            if (v == NULL)
                goto fail;
            PyTuple_SET_ITEM(result, k++, v);
        }
    }
    return result;

  fail:
    Py_DECREF(result);
    return NULL;
}

/* ---- the Struct type ------------------------------------------------------ */

static PyObject *
Struct_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    structobject *s = (structobject *)type->tp_alloc(type, 0);
    if (s == NULL)
        return NULL;
    s->runs = NULL;
    s->nruns = s->size = s->nitems = 0;
    s->native = 1;
    s->little = host_is_little();
    Py_INCREF(Py_None);
    s->format = Py_None;
    s->error = NULL;
    s->weakreflist = NULL;
    return (PyObject *)s;
}

static int
Struct_init(structobject *s, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"format", NULL};
    PyObject *fmt, *old;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "S:Struct", kwlist, &fmt))
        return -1;
    if (s->error == NULL) {
        s->error = find_error_class();
        if (s->error == NULL)
            return -1;
    }
    if (compile_format(s, PyString_AS_STRING(fmt), PyString_GET_SIZE(fmt),
                       s->error) < 0)
        return -1;
    old = s->format;
    Py_INCREF(fmt);
    s->format = fmt;
    Py_XDECREF(old);
    return 0;
}

static void
Struct_dealloc(structobject *s)
{
    if (s->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)s);
    PyMem_Free(s->runs);
    Py_XDECREF(s->format);
    Py_XDECREF(s->error);
    s->ob_type->tp_free(s);
}

static int
Struct_ready(structobject *s)
{
    if (s->error == NULL) {
        PyErr_SetString(PyExc_TypeError, "Struct object is not initialized");
        return 0;
    }
    return 1;
}

static PyObject *
Struct_pack(structobject *s, PyObject *args)
{
    if (!Struct_ready(s))
        return NULL;
    if (PyTuple_GET_SIZE(args) != s->nitems) {
        PyErr_Format(s->error, "pack requires exactly %zd arguments",
                     s->nitems);
        return NULL;
    }
    return pack_to_string(s, args, 0);
}

static PyObject *
Struct_pack_into(structobject *s, PyObject *args)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args), offset, buflen;
    PyObject *packed;
    void *buf;

    if (!Struct_ready(s))
        return NULL;
    if (nargs - 2 != s->nitems) {
        if (nargs == 0)
            PyErr_SetString(s->error, "pack_into expected buffer argument");
        else if (nargs == 1)
            PyErr_SetString(s->error, "pack_into expected offset argument");
        else
            PyErr_Format(s->error,
                         "pack_into expected %zd items for packing (got %zd)",
                         s->nitems, nargs - 2);
        return NULL;
    }
    if (PyObject_AsWriteBuffer(PyTuple_GET_ITEM(args, 0), &buf, &buflen) < 0)
        return NULL;
    offset = PyInt_AsSsize_t(PyTuple_GET_ITEM(args, 1));
    if (offset == -1 && PyErr_Occurred())
        return NULL;

    /* Convert everything first: the conversions may run Python code. */
    packed = pack_to_string(s, args, 2);
    if (packed == NULL)
        return NULL;

    /* Now look at the buffer again; it may have changed meanwhile. */
    if (PyObject_AsWriteBuffer(PyTuple_GET_ITEM(args, 0), &buf, &buflen) < 0) {
        Py_DECREF(packed);
        return NULL;
    }
    if (offset < 0)
        offset += buflen;
    if (offset < 0 || buflen - offset < s->size) {
        PyErr_Format(s->error, "pack_into requires a buffer of at least %zd bytes",
                     s->size);
        Py_DECREF(packed);
        return NULL;
    }
    memcpy((char *)buf + offset, PyString_AS_STRING(packed), s->size);
    Py_DECREF(packed);
    Py_RETURN_NONE;
}

static PyObject *
Struct_unpack(structobject *s, PyObject *str)
{
    if (!Struct_ready(s))
        return NULL;
    if (!PyString_Check(str) || PyString_GET_SIZE(str) != s->size) {
        PyErr_Format(s->error, "unpack requires a string argument of length %zd",
                     s->size);
        return NULL;
    }
    return unpack_bytes(s, (const unsigned char *)PyString_AS_STRING(str));
}

static PyObject *
Struct_unpack_from(structobject *s, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"buffer", "offset", NULL};
    PyObject *bufobj, *copy, *r;
    Py_ssize_t offset = 0, buflen;
    const void *buf;

    if (!Struct_ready(s))
        return NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|n:unpack_from", kwlist,
                                     &bufobj, &offset))
        return NULL;
    if (bufobj == Py_None) {
        PyErr_SetString(s->error, "unpack_from requires a buffer argument");
        return NULL;
    }
    if (PyObject_AsReadBuffer(bufobj, &buf, &buflen) < 0) {
        PyErr_Format(PyExc_TypeError,
                     "unpack_from() argument 1 must be string or read-only "
                     "buffer, not %.50s", bufobj->ob_type->tp_name);
        return NULL;
    }
    if (offset < 0)
        offset += buflen;
    if (offset < 0 || buflen - offset < s->size) {
        PyErr_Format(s->error,
                     "unpack_from requires a buffer of at least %zd bytes",
                     s->size);
        return NULL;
    }
    /* a private copy: making the result objects may run arbitrary code */
    copy = PyString_FromStringAndSize((const char *)buf + offset, s->size);
    if (copy == NULL)
        return NULL;
    r = unpack_bytes(s, (const unsigned char *)PyString_AS_STRING(copy));
    Py_DECREF(copy);
    return r;
}

static PyObject *
Struct_get_format(structobject *s, void *closure)
{
    Py_INCREF(s->format);
    return s->format;
}

static PyObject *
Struct_get_size(structobject *s, void *closure)
{
    return PyInt_FromSsize_t(s->size);
}

static PyMethodDef Struct_methods[] = {
    {"pack", (PyCFunction)Struct_pack, METH_VARARGS,
     "S.pack(v1, v2, ...) -> string\n\nPack the values by the format S.format."},
    {"pack_into", (PyCFunction)Struct_pack_into, METH_VARARGS,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\n"
     "Pack the values by the format S.format into the writable buffer,\n"
     "starting at offset."},
    {"unpack", (PyCFunction)Struct_unpack, METH_O,
     "S.unpack(str) -> (v1, v2, ...)\n\n"
     "Unpack a string of exactly S.size bytes by the format S.format."},
    {"unpack_from", (PyCFunction)Struct_unpack_from,
     METH_VARARGS | METH_KEYWORDS,
     "S.unpack_from(buffer[, offset]) -> (v1, v2, ...)\n\n"
     "Unpack S.size bytes of buffer, starting at offset, by S.format."},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef Struct_getset[] = {
    {"format", (getter)Struct_get_format, NULL, "struct format string", NULL},
    {"size", (getter)Struct_get_size, NULL,
     "struct size in bytes", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyDoc_STRVAR(Struct_doc,
"Struct(fmt) --> compiled struct object\n\
\n\
Compile a struct format string once, for repeated packing and unpacking.");

static PyTypeObject Struct_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "Struct",
    .tp_basicsize = sizeof(structobject),
    .tp_dealloc = (destructor)Struct_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = Struct_doc,
    .tp_weaklistoffset = offsetof(structobject, weakreflist),
    .tp_methods = Struct_methods,
    .tp_getset = Struct_getset,
    .tp_init = (initproc)Struct_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = Struct_new,
    .tp_free = PyObject_Del,
};

/* ---- module ---------------------------------------------------------------- */

PyDoc_STRVAR(module_doc,
"Packing of Python values into strings laid out like C structs, and back.\n\
\n\
A format may start with a byte-order mark: '@' native order, sizes and\n\
alignment (the default); '=' native order with standard sizes; '<' little\n\
endian, '>' or '!' big endian, both with standard sizes and no padding.\n\
Each following code may carry a decimal repeat count:\n\
  x pad byte    c char (str of length 1)    b/B signed/unsigned byte\n\
  h/H short     i/I int     l/L long     q/Q long long\n\
  f float       d double    s string (count = length)\n\
  p Pascal string (length byte first)    P pointer (native mode only)\n\
Spaces between codes are ignored.  Errors raise struct.error.\n");

PyMODINIT_FUNC
init_struct(void)
{
    PyObject *m, *err;

    if (PyType_Ready(&Struct_type) < 0)
        return;
    m = Py_InitModule3("_struct", NULL, module_doc);
    if (m == NULL)
        return;
    err = PyErr_NewException("struct.error", NULL, NULL);
    if (err == NULL)
        return;
    if (PyModule_AddObject(m, "error", err) < 0)
        return;
    Py_INCREF(&Struct_type);
    PyModule_AddObject(m, "Struct", (PyObject *)&Struct_type);
    PyModule_AddIntConstant(m, "_PY_STRUCT_RANGE_CHECKING", 1);
    PyModule_AddIntConstant(m, "_PY_STRUCT_OVERFLOW_MASKING", 1);
    PyModule_AddIntConstant(m, "_PY_STRUCT_FLOAT_COERCE", 1);
}
