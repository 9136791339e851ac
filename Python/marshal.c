/* marshal: the binary format of .pyc files (version 2 of 2.5).

   Reading is defensive: every length is checked against what is really
   available (bad data gives ValueError/EOFError, never a crash or a huge
   allocation), and nesting is bounded. */

#include "Python.h"
#include "longintrepr.h"
#include "code.h"
#include "marshal.h"

#define MAX_DEPTH 2000

#define TYPE_NULL       '0'
#define TYPE_NONE       'N'
#define TYPE_FALSE      'F'
#define TYPE_TRUE       'T'
#define TYPE_STOPITER   'S'
#define TYPE_ELLIPSIS   '.'
#define TYPE_INT        'i'
#define TYPE_INT64      'I'
#define TYPE_FLOAT      'f'
#define TYPE_BINARY_FLOAT   'g'
#define TYPE_COMPLEX    'x'
#define TYPE_BINARY_COMPLEX 'y'
#define TYPE_LONG       'l'
#define TYPE_STRING     's'
#define TYPE_INTERNED   't'
#define TYPE_STRINGREF  'R'
#define TYPE_TUPLE      '('
#define TYPE_LIST       '['
#define TYPE_DICT       '{'
#define TYPE_CODE       'c'
#define TYPE_UNICODE    'u'
#define TYPE_UNKNOWN    '?'
#define TYPE_SET        '<'
#define TYPE_FROZENSET  '>'

/* ---- writing ---- */

typedef struct {
    FILE *fp;               /* writing to a file, or ... */
    PyObject *str;          /* ... into this string */
    Py_ssize_t used;
    int error;              /* 0 ok, 1 unmarshallable, 2 too deep, 3 memory */
    int depth;
    PyObject *strings;      /* interned string -> index (version >= 1) */
    int version;
} WFILE;

static void
w_grow_and_put(WFILE *p, const char *s, Py_ssize_t n)
{
    Py_ssize_t size = PyString_GET_SIZE(p->str), need;
    if (p->error)
        return;
    need = p->used + n;
    if (need > size) {
        Py_ssize_t newsize = size < 1024 ? 1024 : size;
        while (newsize < need) {
            if (newsize > PY_SSIZE_T_MAX / 2) {
                p->error = 3;
                return;
            }
            newsize *= 2;
        }
        if (_PyString_Resize(&p->str, newsize) != 0) {
            p->str = NULL;
            p->error = 3;
            return;
        }
    }
    memcpy(PyString_AS_STRING(p->str) + p->used, s, n);
    p->used += n;
}

static void
w_bytes(const char *s, Py_ssize_t n, WFILE *p)
{
    if (p->fp != NULL)
        fwrite(s, 1, (size_t)n, p->fp);
    else
        w_grow_and_put(p, s, n);
}

static void
w_byte(int c, WFILE *p)
{
    char ch = (char)c;
    if (p->fp != NULL)
        putc(c, p->fp);
    else
        w_grow_and_put(p, &ch, 1);
}

static void
w_long(long x, WFILE *p)
{
    unsigned char b[4];
    b[0] = (unsigned char)(x & 0xff);
    b[1] = (unsigned char)((x >> 8) & 0xff);
    b[2] = (unsigned char)((x >> 16) & 0xff);
    b[3] = (unsigned char)((x >> 24) & 0xff);
    w_bytes((char *)b, 4, p);
}

static void
w_short(int x, WFILE *p)
{
    w_byte(x & 0xff, p);
    w_byte((x >> 8) & 0xff, p);
}

static void
w_long64(long x, WFILE *p)
{
    w_long(x, p);
    w_long(x >> 31 >> 1, p);
}

static void
w_size(Py_ssize_t n, WFILE *p)
{
    if (n > INT_MAX) {
        p->error = 1;   /* too big for the format */
        return;
    }
    w_long((long)n, p);
}

/* A long as 15-bit digits, least significant first. */
static void
w_pylong(PyObject *v, WFILE *p)
{
    int sign = _PyLong_Sign(v);
    size_t nbits, nbytes, ndigits, i;
    unsigned char *bytes;
    PyObject *absval;

    if (sign == 0) {
        w_byte(TYPE_LONG, p);
        w_long(0, p);
        return;
    }
    absval = sign < 0 ? PyNumber_Negative(v) : (Py_INCREF(v), v);
    if (absval == NULL) {
        p->error = 3;
        return;
    }
    nbits = _PyLong_NumBits(absval);
    if (nbits == (size_t)-1 && PyErr_Occurred()) {
        Py_DECREF(absval);
        p->error = 3;
        return;
    }
    ndigits = (nbits + 14) / 15;
    if (ndigits > (size_t)INT_MAX) {
        Py_DECREF(absval);
        p->error = 1;
        return;
    }
    nbytes = (nbits + 7) / 8 + 2;
    bytes = (unsigned char *)PyMem_Malloc(nbytes);
    if (bytes == NULL) {
        Py_DECREF(absval);
        p->error = 3;
        return;
    }
    if (_PyLong_AsByteArray((PyLongObject *)absval, bytes, nbytes, 1, 0) < 0) {
        PyMem_Free(bytes);
        Py_DECREF(absval);
        p->error = 3;
        return;
    }
    Py_DECREF(absval);
    w_byte(TYPE_LONG, p);
    w_long(sign < 0 ? -(long)ndigits : (long)ndigits, p);
    for (i = 0; i < ndigits; i++) {
        size_t bit = i * 15;
        unsigned int d = 0, k;
        for (k = 0; k < 15; k++) {
            size_t b = bit + k;
            if (b / 8 < nbytes && (bytes[b / 8] >> (b % 8)) & 1)
                d |= 1u << k;
        }
        w_short((int)d, p);
    }
    PyMem_Free(bytes);
}

static void
w_float_text(double x, WFILE *p)
{
    char buf[64];
    size_t n;
    PyOS_snprintf(buf, sizeof(buf), "%.17g", x);
    n = strlen(buf);
    w_byte((int)n, p);
    w_bytes(buf, (Py_ssize_t)n, p);
}

static void
w_float_bin(double x, WFILE *p)
{
    unsigned char buf[8];
    if (_PyFloat_Pack8(x, buf, 1) < 0) {
        p->error = 3;
        return;
    }
    w_bytes((char *)buf, 8, p);
}

static void w_object(PyObject *, WFILE *);

static void
w_items(PyObject *seq, WFILE *p)
{
    PyObject *it = PyObject_GetIter(seq), *item;
    if (it == NULL) {
        p->error = 3;
        return;
    }
    while ((item = PyIter_Next(it)) != NULL) {
        w_object(item, p);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        p->error = 3;
}

static void
w_object(PyObject *v, WFILE *p)
{
    Py_ssize_t i, n;

    if (p->error)
        return;
    if (++p->depth > MAX_DEPTH) {
        p->error = 2;
        p->depth--;
        return;
    }

    if (v == NULL)
        w_byte(TYPE_NULL, p);
    else if (v == Py_None)
        w_byte(TYPE_NONE, p);
    else if (v == PyExc_StopIteration)
        w_byte(TYPE_STOPITER, p);
    else if (v == Py_Ellipsis)
        w_byte(TYPE_ELLIPSIS, p);
    else if (v == Py_False)
        w_byte(TYPE_FALSE, p);
    else if (v == Py_True)
        w_byte(TYPE_TRUE, p);
    else if (PyInt_CheckExact(v)) {
        long x = PyInt_AS_LONG(v);
        long hi = x >> 31;
        if (hi != 0 && hi != -1) {
            w_byte(TYPE_INT64, p);
            w_long64(x, p);
        }
        else {
            w_byte(TYPE_INT, p);
            w_long(x, p);
        }
    }
    else if (PyLong_CheckExact(v))
        w_pylong(v, p);
    else if (PyFloat_CheckExact(v)) {
        if (p->version > 1) {
            w_byte(TYPE_BINARY_FLOAT, p);
            w_float_bin(PyFloat_AS_DOUBLE(v), p);
        }
        else {
            w_byte(TYPE_FLOAT, p);
            w_float_text(PyFloat_AS_DOUBLE(v), p);
        }
    }
    else if (PyComplex_CheckExact(v)) {
        Py_complex c = PyComplex_AsCComplex(v);
        if (p->version > 1) {
            w_byte(TYPE_BINARY_COMPLEX, p);
            w_float_bin(c.real, p);
            w_float_bin(c.imag, p);
        }
        else {
            w_byte(TYPE_COMPLEX, p);
            w_float_text(c.real, p);
            w_float_text(c.imag, p);
        }
    }
    else if (PyString_CheckExact(v)) {
        if (p->strings != NULL && PyString_CHECK_INTERNED(v)) {
            PyObject *index = PyDict_GetItem(p->strings, v);
            if (index != NULL) {
                w_byte(TYPE_STRINGREF, p);
                w_long(PyInt_AS_LONG(index), p);
                goto done;
            }
            else {
                PyObject *nx = PyInt_FromSsize_t(PyDict_Size(p->strings));
                if (nx == NULL || PyDict_SetItem(p->strings, v, nx) < 0) {
                    Py_XDECREF(nx);
                    p->error = 3;
                    goto done;
                }
                Py_DECREF(nx);
                w_byte(TYPE_INTERNED, p);
            }
        }
        else
            w_byte(TYPE_STRING, p);
        n = PyString_GET_SIZE(v);
        w_size(n, p);
        w_bytes(PyString_AS_STRING(v), n, p);
    }
    else if (PyUnicode_CheckExact(v)) {
        PyObject *utf8 = PyUnicode_AsUTF8String(v);
        if (utf8 == NULL) {
            p->error = 3;
            goto done;
        }
        w_byte(TYPE_UNICODE, p);
        n = PyString_GET_SIZE(utf8);
        w_size(n, p);
        w_bytes(PyString_AS_STRING(utf8), n, p);
        Py_DECREF(utf8);
    }
    else if (PyTuple_CheckExact(v)) {
        w_byte(TYPE_TUPLE, p);
        n = PyTuple_GET_SIZE(v);
        w_size(n, p);
        for (i = 0; i < n; i++)
            w_object(PyTuple_GET_ITEM(v, i), p);
    }
    else if (PyList_CheckExact(v)) {
        w_byte(TYPE_LIST, p);
        n = PyList_GET_SIZE(v);
        w_size(n, p);
        for (i = 0; i < n && i < PyList_GET_SIZE(v); i++)
            w_object(PyList_GET_ITEM(v, i), p);
    }
    else if (PyDict_CheckExact(v)) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        w_byte(TYPE_DICT, p);
        while (PyDict_Next(v, &pos, &key, &value)) {
            w_object(key, p);
            w_object(value, p);
        }
        w_object((PyObject *)NULL, p);
    }
    else if (PyAnySet_CheckExact(v)) {
        w_byte(PyFrozenSet_CheckExact(v) ? TYPE_FROZENSET : TYPE_SET, p);
        w_size(PySet_Size(v), p);
        w_items(v, p);
    }
    else if (PyCode_Check(v)) {
        PyCodeObject *co = (PyCodeObject *)v;
        w_byte(TYPE_CODE, p);
        w_long(co->co_argcount, p);
        w_long(co->co_nlocals, p);
        w_long(co->co_stacksize, p);
        w_long(co->co_flags, p);
        w_object(co->co_code, p);
        w_object(co->co_consts, p);
        w_object(co->co_names, p);
        w_object(co->co_varnames, p);
        w_object(co->co_freevars, p);
        w_object(co->co_cellvars, p);
        w_object(co->co_filename, p);
        w_object(co->co_name, p);
        w_long(co->co_firstlineno, p);
        w_object(co->co_lnotab, p);
    }
    else if (v->ob_type->tp_as_buffer != NULL &&
             v->ob_type->tp_as_buffer->bf_getreadbuffer != NULL &&
             v->ob_type->tp_as_buffer->bf_getsegcount != NULL &&
             v->ob_type->tp_as_buffer->bf_getsegcount(v, NULL) == 1) {
        /* a read-only single-segment buffer is written as a string */
        void *data;
        n = v->ob_type->tp_as_buffer->bf_getreadbuffer(v, 0, &data);
        if (n < 0) {
            p->error = 3;
            goto done;
        }
        w_byte(TYPE_STRING, p);
        w_size(n, p);
        w_bytes((char *)data, n, p);
    }
    else {
        w_byte(TYPE_UNKNOWN, p);
        p->error = 1;
    }
done:
    p->depth--;
}

static int
w_report(WFILE *wf)
{
    if (wf->error == 0)
        return 0;
    if (!PyErr_Occurred() || wf->error != 3) {
        PyErr_Clear();
        if (wf->error == 2)
            PyErr_SetString(PyExc_ValueError,
                            "object too deeply nested to marshal");
        else if (wf->error == 3)
            PyErr_NoMemory();
        else
            PyErr_SetString(PyExc_ValueError, "unmarshallable object");
    }
    return -1;
}

void
PyMarshal_WriteLongToFile(long x, FILE *fp, int version)
{
    WFILE wf;
    memset(&wf, 0, sizeof(wf));
    wf.fp = fp;
    wf.version = version;
    w_long(x, &wf);
}

void
PyMarshal_WriteObjectToFile(PyObject *x, FILE *fp, int version)
{
    WFILE wf;
    memset(&wf, 0, sizeof(wf));
    wf.fp = fp;
    wf.version = version;
    wf.strings = (version > 0) ? PyDict_New() : NULL;
    w_object(x, &wf);
    Py_XDECREF(wf.strings);
    (void)w_report(&wf);
}

PyObject *
PyMarshal_WriteObjectToString(PyObject *x, int version)
{
    WFILE wf;
    memset(&wf, 0, sizeof(wf));
    wf.version = version;
    wf.str = PyString_FromStringAndSize((char *)NULL, 50);
    if (wf.str == NULL)
        return NULL;
    wf.strings = (version > 0) ? PyDict_New() : NULL;
    if (version > 0 && wf.strings == NULL) {
        Py_DECREF(wf.str);
        return NULL;
    }
    w_object(x, &wf);
    Py_XDECREF(wf.strings);
    if (w_report(&wf) < 0) {
        Py_XDECREF(wf.str);
        return NULL;
    }
    if (_PyString_Resize(&wf.str, wf.used) != 0)
        return NULL;
    return wf.str;
}

/* ---- reading ---- */

typedef struct {
    FILE *fp;               /* reading from a file, or ... */
    const char *ptr;        /* ... from memory */
    const char *end;
    int depth;
    PyObject *strings;      /* list of interned strings (for 'R') */
} RFILE;

static int
r_byte(RFILE *p)
{
    if (p->fp != NULL)
        return getc(p->fp);
    if (p->ptr < p->end)
        return (unsigned char)*p->ptr++;
    return EOF;
}

/* Read exactly n bytes into a new string; NULL with an error if the data
   is short.  From a file the string grows with what really arrives. */
static PyObject *
r_string(Py_ssize_t n, RFILE *p)
{
    PyObject *s;

    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data");
        return NULL;
    }
    if (p->fp == NULL) {
        if (n > p->end - p->ptr) {
            PyErr_SetString(PyExc_EOFError,
                            "marshal data too short");
            return NULL;
        }
        s = PyString_FromStringAndSize(p->ptr, n);
        if (s != NULL)
            p->ptr += n;
        return s;
    }
    else {
        Py_ssize_t have = 0, cap = n < 4096 ? n : 4096;
        s = PyString_FromStringAndSize((char *)NULL, cap);
        if (s == NULL)
            return NULL;
        while (have < n) {
            size_t got;
            if (have == cap) {
                cap = (n - cap > cap) ? cap * 2 : n;
                if (_PyString_Resize(&s, cap) != 0)
                    return NULL;
            }
            got = fread(PyString_AS_STRING(s) + have, 1,
                        (size_t)(cap - have), p->fp);
            if (got == 0) {
                Py_DECREF(s);
                PyErr_SetString(PyExc_EOFError, "marshal data too short");
                return NULL;
            }
            have += (Py_ssize_t)got;
        }
        return s;
    }
}

static int
r_fixed(unsigned char *buf, int n, RFILE *p)
{
    int i;
    for (i = 0; i < n; i++) {
        int c = r_byte(p);
        if (c == EOF)
            return -1;
        buf[i] = (unsigned char)c;
    }
    return 0;
}

static long
r_long(RFILE *p)
{
    unsigned char b[4];
    long x;
    if (r_fixed(b, 4, p) < 0)
        return -1;   /* 2.5: a short read gives -1 silently */
    x = (long)b[0] | ((long)b[1] << 8) | ((long)b[2] << 16) |
        ((long)b[3] << 24);
#if SIZEOF_LONG > 4
    x |= -(x & 0x80000000L);   /* sign extension */
#endif
    return x;
}

static int
r_short(RFILE *p)
{
    unsigned char b[2];
    int x;
    if (r_fixed(b, 2, p) < 0)
        return -1;
    x = b[0] | (b[1] << 8);
    x |= -(x & 0x8000);
    return x;
}

static PyObject *
r_int64(RFILE *p)
{
    long lo = r_long(p);
    long hi = r_long(p);
#if SIZEOF_LONG > 4
    long x = (hi << 32) | (lo & 0xFFFFFFFFL);
    return PyInt_FromLong(x);
#else
    unsigned char buf[8];
    int i;
    for (i = 0; i < 4; i++) {
        buf[i] = (unsigned char)(lo >> (8 * i));
        buf[i + 4] = (unsigned char)(hi >> (8 * i));
    }
    return _PyLong_FromByteArray(buf, 8, 1, 1);
#endif
}

static PyObject *
r_pylong(RFILE *p)
{
    long n = r_long(p);
    long ndigits, i;
    size_t nbytes;
    unsigned char *bytes;
    PyObject *v;

    if (n < -INT_MAX || n > INT_MAX) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data");
        return NULL;
    }
    ndigits = n < 0 ? -n : n;
    /* each digit takes 2 bytes of input: never allocate past the data */
    if (p->fp == NULL && ndigits > (p->end - p->ptr) / 2) {
        PyErr_SetString(PyExc_EOFError, "marshal data too short");
        return NULL;
    }
    if (ndigits > PY_SSIZE_T_MAX / 16) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data");
        return NULL;
    }
    nbytes = ((size_t)ndigits * 15 + 7) / 8 + 1;
    bytes = (unsigned char *)PyMem_Malloc(nbytes);
    if (bytes == NULL)
        return PyErr_NoMemory();
    memset(bytes, 0, nbytes);
    for (i = 0; i < ndigits; i++) {
        int d = r_short(p), k;
        if (d < 0 || d >= (1 << 15)) {
            PyMem_Free(bytes);
            if (d == -1 && (p->fp ? feof(p->fp) : p->ptr >= p->end))
                PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
            else
                PyErr_SetString(PyExc_ValueError, "bad marshal data");
            return NULL;
        }
        for (k = 0; k < 15; k++) {
            if (d & (1 << k)) {
                size_t b = (size_t)i * 15 + k;
                bytes[b / 8] |= (unsigned char)(1u << (b % 8));
            }
        }
    }
    v = _PyLong_FromByteArray(bytes, nbytes, 1, 0);
    PyMem_Free(bytes);
    if (v != NULL && n < 0) {
        PyObject *neg = PyNumber_Negative(v);
        Py_DECREF(v);
        v = neg;
    }
    return v;
}

static double
r_float_text(RFILE *p, int *ok)
{
    char buf[257];
    int n = r_byte(p);
    *ok = 0;
    if (n == EOF || r_fixed((unsigned char *)buf, n, p) < 0) {
        PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
        return -1.0;
    }
    buf[n] = '\0';
    *ok = 1;
    return PyOS_ascii_atof(buf);
}

static double
r_float_bin(RFILE *p, int *ok)
{
    unsigned char buf[8];
    *ok = 0;
    if (r_fixed(buf, 8, p) < 0) {
        PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
        return -1.0;
    }
    *ok = 1;
    return _PyFloat_Unpack8(buf, 1);
}

/* Read a length that must also be plausible: in memory, at most the
   bytes left (every item takes at least one byte). */
static Py_ssize_t
r_count(RFILE *p)
{
    long n = r_long(p);
    if (n < 0 || n > INT_MAX) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data");
        return -1;
    }
    if (p->fp == NULL && n > p->end - p->ptr) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data");
        return -1;
    }
    return (Py_ssize_t)n;
}

static PyObject *r_object(RFILE *);

/* An object that must be present (not TYPE_NULL). */
static PyObject *
r_required(RFILE *p)
{
    PyObject *v = r_object(p);
    if (v == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "NULL object in marshal data");
    return v;
}

static PyObject *
r_code(RFILE *p)
{
    int argcount, nlocals, stacksize, flags, firstlineno;
    PyObject *code = NULL, *consts = NULL, *names = NULL, *varnames = NULL;
    PyObject *freevars = NULL, *cellvars = NULL, *filename = NULL;
    PyObject *name = NULL, *lnotab = NULL, *v = NULL;

    if (_PyInterpreterState_IsSandboxed()) {
        PyErr_SetString(PyExc_ValueError,
                        "bad marshal data (code objects are not allowed "
                        "in a sandbox)");
        return NULL;
    }
    argcount = (int)r_long(p);
    nlocals = (int)r_long(p);
    stacksize = (int)r_long(p);
    flags = (int)r_long(p);
    if ((code = r_required(p)) == NULL ||
        (consts = r_required(p)) == NULL ||
        (names = r_required(p)) == NULL ||
        (varnames = r_required(p)) == NULL ||
        (freevars = r_required(p)) == NULL ||
        (cellvars = r_required(p)) == NULL ||
        (filename = r_required(p)) == NULL ||
        (name = r_required(p)) == NULL)
        goto done;
    firstlineno = (int)r_long(p);
    if ((lnotab = r_required(p)) == NULL)
        goto done;

    if (argcount < 0 || nlocals < 0 || stacksize < 0 ||
        !PyString_Check(code) || !PyTuple_Check(consts) ||
        !PyTuple_Check(names) || !PyTuple_Check(varnames) ||
        !PyTuple_Check(freevars) || !PyTuple_Check(cellvars) ||
        !PyString_Check(filename) || !PyString_Check(name) ||
        !PyString_Check(lnotab)) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data");
        goto done;
    }
    v = (PyObject *)PyCode_New(argcount, nlocals, stacksize, flags, code,
                               consts, names, varnames, freevars, cellvars,
                               filename, name, firstlineno, lnotab);
done:
    Py_XDECREF(code);
    Py_XDECREF(consts);
    Py_XDECREF(names);
    Py_XDECREF(varnames);
    Py_XDECREF(freevars);
    Py_XDECREF(cellvars);
    Py_XDECREF(filename);
    Py_XDECREF(name);
    Py_XDECREF(lnotab);
    return v;
}

static PyObject *
r_object_inner(RFILE *p)
{
    PyObject *v, *v2;
    Py_ssize_t i, n;
    int type = r_byte(p), ok;

    switch (type) {

    case EOF:
        PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
        return NULL;

    case TYPE_NULL:
        return NULL;

    case TYPE_NONE:
        Py_INCREF(Py_None);
        return Py_None;

    case TYPE_STOPITER:
        Py_INCREF(PyExc_StopIteration);
        return PyExc_StopIteration;

    case TYPE_ELLIPSIS:
        Py_INCREF(Py_Ellipsis);
        return Py_Ellipsis;

    case TYPE_FALSE:
        Py_INCREF(Py_False);
        return Py_False;

    case TYPE_TRUE:
        Py_INCREF(Py_True);
        return Py_True;

    case TYPE_INT:
        if (p->fp == NULL && p->end - p->ptr < 4)
            goto short_data;
        return PyInt_FromLong(r_long(p));

    case TYPE_INT64:
        if (p->fp == NULL && p->end - p->ptr < 8)
            goto short_data;
        return r_int64(p);

    case TYPE_LONG:
        return r_pylong(p);

    case TYPE_FLOAT: {
        double x = r_float_text(p, &ok);
        return ok ? PyFloat_FromDouble(x) : NULL;
    }

    case TYPE_BINARY_FLOAT: {
        double x = r_float_bin(p, &ok);
        return ok ? PyFloat_FromDouble(x) : NULL;
    }

    case TYPE_COMPLEX: {
        Py_complex c;
        c.real = r_float_text(p, &ok);
        if (!ok)
            return NULL;
        c.imag = r_float_text(p, &ok);
        if (!ok)
            return NULL;
        return PyComplex_FromCComplex(c);
    }

    case TYPE_BINARY_COMPLEX: {
        Py_complex c;
        c.real = r_float_bin(p, &ok);
        if (!ok)
            return NULL;
        c.imag = r_float_bin(p, &ok);
        if (!ok)
            return NULL;
        return PyComplex_FromCComplex(c);
    }

    case TYPE_INTERNED:
    case TYPE_STRING:
        n = r_long(p);
        if (n < 0 || n > INT_MAX) {
            PyErr_SetString(PyExc_ValueError, "bad marshal data");
            return NULL;
        }
        v = r_string(n, p);
        if (v == NULL)
            return NULL;
        if (type == TYPE_INTERNED) {
            PyString_InternInPlace(&v);
            if (p->strings == NULL || PyList_Append(p->strings, v) < 0) {
                if (p->strings == NULL)
                    PyErr_SetString(PyExc_ValueError, "bad marshal data");
                Py_DECREF(v);
                return NULL;
            }
        }
        return v;

    case TYPE_STRINGREF:
        n = r_long(p);
        if (p->strings == NULL || n < 0 || n >= PyList_GET_SIZE(p->strings)) {
            PyErr_SetString(PyExc_ValueError, "bad marshal data");
            return NULL;
        }
        v = PyList_GET_ITEM(p->strings, n);
        Py_INCREF(v);
        return v;

    case TYPE_UNICODE: {
        PyObject *raw;
        n = r_long(p);
        if (n < 0 || n > INT_MAX) {
            PyErr_SetString(PyExc_ValueError, "bad marshal data");
            return NULL;
        }
        raw = r_string(n, p);
        if (raw == NULL)
            return NULL;
        v = PyUnicode_DecodeUTF8(PyString_AS_STRING(raw), n, NULL);
        Py_DECREF(raw);
        return v;
    }

    case TYPE_TUPLE:
        n = r_count(p);
        if (n < 0)
            return NULL;
        v = PyTuple_New(n);
        if (v == NULL)
            return NULL;
        for (i = 0; i < n; i++) {
            v2 = r_required(p);
            if (v2 == NULL) {
                Py_DECREF(v);
                return NULL;
            }
            PyTuple_SET_ITEM(v, i, v2);
        }
        return v;

    case TYPE_LIST:
        n = r_count(p);
        if (n < 0)
            return NULL;
        v = PyList_New(n);
        if (v == NULL)
            return NULL;
        for (i = 0; i < n; i++) {
            v2 = r_required(p);
            if (v2 == NULL) {
                Py_DECREF(v);
                return NULL;
            }
            PyList_SET_ITEM(v, i, v2);
        }
        return v;

    case TYPE_DICT:
        v = PyDict_New();
        if (v == NULL)
            return NULL;
        for (;;) {
            PyObject *key, *val;
            key = r_object(p);
            if (key == NULL) {
                if (PyErr_Occurred()) {
                    Py_DECREF(v);
                    return NULL;
                }
                break;
            }
            val = r_required(p);
            if (val == NULL) {
                Py_DECREF(key);
                Py_DECREF(v);
                return NULL;
            }
            if (PyDict_SetItem(v, key, val) < 0) {
                Py_DECREF(key);
                Py_DECREF(val);
                Py_DECREF(v);
                return NULL;
            }
            Py_DECREF(key);
            Py_DECREF(val);
        }
        return v;

    case TYPE_SET:
    case TYPE_FROZENSET:
        n = r_count(p);
        if (n < 0)
            return NULL;
        v2 = PyList_New(n);
        if (v2 == NULL)
            return NULL;
        for (i = 0; i < n; i++) {
            PyObject *item = r_required(p);
            if (item == NULL) {
                Py_DECREF(v2);
                return NULL;
            }
            PyList_SET_ITEM(v2, i, item);
        }
        v = (type == TYPE_SET) ? PySet_New(v2) : PyFrozenSet_New(v2);
        Py_DECREF(v2);
        return v;

    case TYPE_CODE:
        return r_code(p);

    default:
        PyErr_SetString(PyExc_ValueError, "bad marshal data");
        return NULL;
    }
short_data:
    PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
    return NULL;
}

static PyObject *
r_object(RFILE *p)
{
    PyObject *v;
    if (++p->depth > MAX_DEPTH) {
        p->depth--;
        PyErr_SetString(PyExc_ValueError,
                        "recursion limit exceeded in marshal data");
        return NULL;
    }
    v = r_object_inner(p);
    p->depth--;
    return v;
}

/* Top level: a missing object (TYPE_NULL) is an error too. */
static PyObject *
read_top(RFILE *rf)
{
    PyObject *v;
    rf->strings = PyList_New(0);
    if (rf->strings == NULL)
        return NULL;
    v = r_object(rf);
    Py_CLEAR(rf->strings);
    if (v == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError,
                        "NULL object in marshal data");
    return v;
}

int
PyMarshal_ReadShortFromFile(FILE *fp)
{
    RFILE rf;
    memset(&rf, 0, sizeof(rf));
    rf.fp = fp;
    return r_short(&rf);
}

long
PyMarshal_ReadLongFromFile(FILE *fp)
{
    RFILE rf;
    memset(&rf, 0, sizeof(rf));
    rf.fp = fp;
    return r_long(&rf);
}

PyObject *
PyMarshal_ReadObjectFromFile(FILE *fp)
{
    RFILE rf;
    memset(&rf, 0, sizeof(rf));
    rf.fp = fp;
    return read_top(&rf);
}

/* The rest of the file is one object: read it all, then parse. */
PyObject *
PyMarshal_ReadLastObjectFromFile(FILE *fp)
{
    char chunk[8192];
    PyObject *data, *v;
    Py_ssize_t used = 0;
    size_t got;

    data = PyString_FromStringAndSize((char *)NULL, sizeof(chunk));
    if (data == NULL)
        return NULL;
    while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
        if (used + (Py_ssize_t)got > PyString_GET_SIZE(data)) {
            if (_PyString_Resize(&data, PyString_GET_SIZE(data) * 2) != 0)
                return NULL;
        }
        memcpy(PyString_AS_STRING(data) + used, chunk, got);
        used += (Py_ssize_t)got;
    }
    v = PyMarshal_ReadObjectFromString(PyString_AS_STRING(data), used);
    Py_DECREF(data);
    return v;
}

PyObject *
PyMarshal_ReadObjectFromString(char *str, Py_ssize_t len)
{
    RFILE rf;
    memset(&rf, 0, sizeof(rf));
    if (len < 0)
        len = 0;
    rf.ptr = str;
    rf.end = str + len;
    return read_top(&rf);
}

/* ---- the marshal module ---- */

static PyObject *
marshal_dump(PyObject *self, PyObject *args)
{
    WFILE wf;
    PyObject *x, *f;
    int version = Py_MARSHAL_VERSION;

    if (!PyArg_ParseTuple(args, "OO|i:dump", &x, &f, &version))
        return NULL;
    if (!PyFile_Check(f) || PyFile_AsFile(f) == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "marshal.dump() 2nd arg must be file");
        return NULL;
    }
    memset(&wf, 0, sizeof(wf));
    wf.fp = PyFile_AsFile(f);
    wf.version = version;
    wf.strings = (version > 0) ? PyDict_New() : NULL;
    w_object(x, &wf);
    Py_XDECREF(wf.strings);
    if (w_report(&wf) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
marshal_load(PyObject *self, PyObject *f)
{
    RFILE rf;
    if (!PyFile_Check(f) || PyFile_AsFile(f) == NULL) {
        PyErr_SetString(PyExc_TypeError, "marshal.load() arg must be file");
        return NULL;
    }
    memset(&rf, 0, sizeof(rf));
    rf.fp = PyFile_AsFile(f);
    return read_top(&rf);
}

static PyObject *
marshal_dumps(PyObject *self, PyObject *args)
{
    PyObject *x;
    int version = Py_MARSHAL_VERSION;
    if (!PyArg_ParseTuple(args, "O|i:dumps", &x, &version))
        return NULL;
    return PyMarshal_WriteObjectToString(x, version);
}

static PyObject *
marshal_loads(PyObject *self, PyObject *args)
{
    char *s;
    int n;
    if (!PyArg_ParseTuple(args, "s#:loads", &s, &n))
        return NULL;
    return PyMarshal_ReadObjectFromString(s, n);
}

static PyMethodDef marshal_methods[] = {
    {"dump", marshal_dump, METH_VARARGS, NULL},
    {"load", marshal_load, METH_O, NULL},
    {"dumps", marshal_dumps, METH_VARARGS, NULL},
    {"loads", marshal_loads, METH_VARARGS, NULL},
    {NULL, NULL}
};

void
PyMarshal_Init(void)
{
    PyObject *mod = Py_InitModule("marshal", marshal_methods);
    if (mod == NULL)
        return;
    PyModule_AddIntConstant(mod, "version", Py_MARSHAL_VERSION);
}
