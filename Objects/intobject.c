/* Plain integer objects: a C long.  Arithmetic that does not fit in a
   long is redone by the long type (the result is promoted). */

#include "Python.h"

#include <ctype.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* Shared, immortal objects for -5..256, static and initialised by the
   compiler, so that PyInt_FromLong need not ask whether they exist yet. */
#define SMALL_NEG 5
#define SMALL_POS 257
#define NUM_SMALL (SMALL_NEG + SMALL_POS)

#define IMMORTAL_REFCNT (PY_SSIZE_T_MAX / 2)

#define SMALL_1(v) { IMMORTAL_REFCNT, &PyInt_Type, (v) }
#define SMALL_4(v) SMALL_1(v), SMALL_1((v) + 1), SMALL_1((v) + 2), \
    SMALL_1((v) + 3)
#define SMALL_16(v) SMALL_4(v), SMALL_4((v) + 4), SMALL_4((v) + 8), \
    SMALL_4((v) + 12)
#define SMALL_64(v) SMALL_16(v), SMALL_16((v) + 16), SMALL_16((v) + 32), \
    SMALL_16((v) + 48)

static PyIntObject small_ints[NUM_SMALL] = {
    SMALL_4(-5L), SMALL_1(-1L),
    SMALL_64(0L), SMALL_64(64L), SMALL_64(128L), SMALL_64(192L),
    SMALL_1(256L)
};

/* Spare int blocks (linked through ob_type, bounded), kept and reused
   only while at most one interpreter account exists: then every block
   is the one interpreter's or the process's, the rule that
   Objects/frameobject.c follows for spare frames, and no spare can serve
   an interpreter other than the one it is charged to.  Sanitizer builds
   keep none. */
#define INT_SPARES_MAX 512
static PyIntObject *int_spares;
static int int_nspares;

#define IS_SMALL_INT_OBJECT(op) \
    ((PyIntObject *)(op) >= &small_ints[0] && \
     (PyIntObject *)(op) < &small_ints[NUM_SMALL])

long
PyInt_GetMax(void)
{
    return LONG_MAX;
}

/* A new int from the allocator (no spare to take). */
static __attribute__((noinline)) PyObject *
int_from_allocator(long ival)
{
    PyIntObject *v = (PyIntObject *)PyObject_MALLOC(sizeof(PyIntObject));

    if (v == NULL)
        return PyErr_NoMemory();
    (void)PyObject_INIT(v, &PyInt_Type);
    v->ob_ival = ival;
    return (PyObject *)v;
}

/* The common cases make no call, so they need no stack frame. */
PyObject *
PyInt_FromLong(long ival)
{
    PyIntObject *v;

    /* -5..256 in one unsigned comparison */
    if ((unsigned long)ival + SMALL_NEG < (unsigned long)NUM_SMALL) {
        v = &small_ints[ival + SMALL_NEG];
        Py_INCREF(v);
        return (PyObject *)v;
    }
    v = int_spares;
    if (v == NULL || _PyMem_NumAccounts > 1)
        return int_from_allocator(ival);
    int_spares = (PyIntObject *)v->ob_type;
    int_nspares--;
    (void)PyObject_INIT(v, &PyInt_Type);
    v->ob_ival = ival;
    return (PyObject *)v;
}

PyObject *
PyInt_FromSize_t(size_t ival)
{
    if (ival <= (size_t)LONG_MAX)
        return PyInt_FromLong((long)ival);
    return _PyLong_FromSize_t(ival);
}

PyObject *
PyInt_FromSsize_t(Py_ssize_t ival)
{
    return PyInt_FromLong((long)ival);
}

int
_PyInt_Init(void)
{
    /* the small ints are made by the compiler */
    return 1;
}

void
PyInt_Fini(void)
{
    /* The small ints are static and immortal; the spares go. */
    while (int_spares != NULL) {
        PyIntObject *v = int_spares;
        int_spares = (PyIntObject *)v->ob_type;
        PyObject_FREE(v);
    }
    int_nspares = 0;
}

static void
int_dealloc(PyIntObject *v)
{
    if (IS_SMALL_INT_OBJECT(v)) {
        /* never freed: an unbalanced DECREF must not free static memory */
        v->ob_refcnt = IMMORTAL_REFCNT;
        return;
    }
#ifndef Py_ALLOC_MALLOC_ONLY
    if (v->ob_type == &PyInt_Type && int_nspares < INT_SPARES_MAX &&
        _PyMem_NumAccounts <= 1) {
        v->ob_type = (PyTypeObject *)int_spares;
        int_spares = v;
        int_nspares++;
        return;
    }
#endif
    v->ob_type->tp_free((PyObject *)v);
}

/* ---------- conversions to C ---------- */

long
PyInt_AsLong(register PyObject *op)
{
    PyNumberMethods *nb;
    PyObject *io;
    long val;

    if (op && PyInt_Check(op))
        return PyInt_AS_LONG(op);
    if (op == NULL || (nb = op->ob_type->tp_as_number) == NULL ||
        nb->nb_int == NULL) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1;
    }
    io = (*nb->nb_int)(op);
    if (io == NULL)
        return -1;
    if (PyInt_Check(io)) {
        val = PyInt_AS_LONG(io);
    }
    else if (PyLong_Check(io)) {
        val = PyLong_AsLong(io);
    }
    else {
        Py_DECREF(io);
        PyErr_SetString(PyExc_TypeError, "nb_int should return int object");
        return -1;
    }
    Py_DECREF(io);
    return val;
}

Py_ssize_t
PyInt_AsSsize_t(register PyObject *op)
{
    if (op && PyInt_Check(op))
        return (Py_ssize_t)PyInt_AS_LONG(op);
    if (op && PyLong_Check(op))
        return _PyLong_AsSsize_t(op);
    return (Py_ssize_t)PyInt_AsLong(op);
}

/* Shared by the two mask conversions: the value of op's nb_int as an
   int or long object (new reference), or NULL with an error set. */
static PyObject *
integer_of(PyObject *op)
{
    PyNumberMethods *nb;
    PyObject *io;

    if (op == NULL || (nb = op->ob_type->tp_as_number) == NULL ||
        nb->nb_int == NULL) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return NULL;
    }
    io = (*nb->nb_int)(op);
    if (io == NULL)
        return NULL;
    if (!PyInt_Check(io) && !PyLong_Check(io)) {
        Py_DECREF(io);
        PyErr_SetString(PyExc_TypeError, "nb_int should return int object");
        return NULL;
    }
    return io;
}

unsigned long
PyInt_AsUnsignedLongMask(register PyObject *op)
{
    PyObject *io;
    unsigned long val;

    if (op && PyInt_Check(op))
        return (unsigned long)PyInt_AS_LONG(op);
    if (op && PyLong_Check(op))
        return PyLong_AsUnsignedLongMask(op);
    io = integer_of(op);
    if (io == NULL)
        return (unsigned long)-1;
    if (PyInt_Check(io))
        val = (unsigned long)PyInt_AS_LONG(io);
    else
        val = PyLong_AsUnsignedLongMask(io);
    Py_DECREF(io);
    return val;
}

#ifdef HAVE_LONG_LONG
unsigned PY_LONG_LONG
PyInt_AsUnsignedLongLongMask(register PyObject *op)
{
    PyObject *io;
    unsigned PY_LONG_LONG val;

    if (op && PyInt_Check(op))
        return (unsigned PY_LONG_LONG)(PY_LONG_LONG)PyInt_AS_LONG(op);
    if (op && PyLong_Check(op))
        return PyLong_AsUnsignedLongLongMask(op);
    io = integer_of(op);
    if (io == NULL)
        return (unsigned PY_LONG_LONG)-1;
    if (PyInt_Check(io))
        val = (unsigned PY_LONG_LONG)(PY_LONG_LONG)PyInt_AS_LONG(io);
    else
        val = PyLong_AsUnsignedLongLongMask(io);
    Py_DECREF(io);
    return val;
}
#endif

/* ---------- parsing ---------- */

/* ValueError "invalid literal for int() with base B: 'text'" where the
   text (at most 200 bytes of s) is shown with repr(). */
static void
bad_int_literal(const char *s, int base)
{
    size_t n = strlen(s);
    PyObject *str, *r;

    if (n > 200)
        n = 200;
    str = PyString_FromStringAndSize(s, (Py_ssize_t)n);
    if (str == NULL)
        return;
    r = PyObject_Repr(str);
    Py_DECREF(str);
    if (r == NULL)
        return;
    PyErr_Format(PyExc_ValueError, "invalid literal for int() with base %d: %s",
                 base, PyString_AS_STRING(r));
    Py_DECREF(r);
}

PyObject *
PyInt_FromString(char *s, char **pend, int base)
{
    char *end;
    long x;
    int overflow;

    if ((base != 0 && base < 2) || base > 36) {
        PyErr_SetString(PyExc_ValueError,
                        "int() base must be >= 2 and <= 36");
        return NULL;
    }
    while (*s && isspace(Py_CHARMASK(*s)))
        s++;
    errno = 0;
    if (base == 0 && s[0] == '0') {
        /* a "0..." literal has no sign; its range is the unsigned one */
        unsigned long u = PyOS_strtoul(s, &end, base);
        x = (long)u;
        overflow = (errno != 0) || u > (unsigned long)LONG_MAX;
    }
    else {
        x = PyOS_strtol(s, &end, base);
        overflow = (errno != 0);
    }
    if (end == s || !isalnum(Py_CHARMASK(end[-1])))
        goto bad;
    while (*end && isspace(Py_CHARMASK(*end)))
        end++;
    if (*end != '\0')
        goto bad;
    if (overflow)
        return PyLong_FromString(s, pend, base);
    if (pend)
        *pend = end;
    return PyInt_FromLong(x);

  bad:
    bad_int_literal(s, base);
    return NULL;
}

#ifdef Py_USING_UNICODE
PyObject *
PyInt_FromUnicode(Py_UNICODE *s, Py_ssize_t length, int base)
{
    PyObject *result;
    char *buffer;

    if (length < 0 || (size_t)length >= PY_SSIZE_T_MAX)
        return PyErr_NoMemory();
    buffer = (char *)PyMem_MALLOC((size_t)length + 1);
    if (buffer == NULL)
        return PyErr_NoMemory();
    if (PyUnicode_EncodeDecimal(s, length, buffer, NULL)) {
        PyMem_FREE(buffer);
        return NULL;
    }
    result = PyInt_FromString(buffer, NULL, base);
    PyMem_FREE(buffer);
    return result;
}
#endif

/* ---------- arithmetic ---------- */

/* Fetch the C value of an int operand, or give up with NotImplemented so
   that the other operand (e.g. a long or a float) gets its turn. */
#define GET_INT_OR_DEFER(obj, var) \
    do { \
        if (PyInt_Check(obj)) \
            (var) = PyInt_AS_LONG(obj); \
        else { \
            Py_INCREF(Py_NotImplemented); \
            return Py_NotImplemented; \
        } \
    } while (0)

#define LONG_OPS (PyLong_Type.tp_as_number)

static PyObject *
int_add(PyIntObject *v, PyIntObject *w)
{
    long a, b, r;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    if (__builtin_add_overflow(a, b, &r))
        return LONG_OPS->nb_add((PyObject *)v, (PyObject *)w);
    return PyInt_FromLong(r);
}

static PyObject *
int_sub(PyIntObject *v, PyIntObject *w)
{
    long a, b, r;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    if (__builtin_sub_overflow(a, b, &r))
        return LONG_OPS->nb_subtract((PyObject *)v, (PyObject *)w);
    return PyInt_FromLong(r);
}

static PyObject *
int_mul(PyObject *v, PyObject *w)
{
    long a, b, r;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    if (__builtin_mul_overflow(a, b, &r))
        return LONG_OPS->nb_multiply(v, w);
    return PyInt_FromLong(r);
}

enum divmod_status { DIVMOD_OK, DIVMOD_OVERFLOW, DIVMOD_ERROR };

/* Floor division and the matching modulo (sign of the divisor). */
static enum divmod_status
int_floor_divmod(long x, long y, long *pdiv, long *pmod)
{
    long q, r;

    if (y == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError,
                        "integer division or modulo by zero");
        return DIVMOD_ERROR;
    }
    if (y == -1 && x == LONG_MIN)
        return DIVMOD_OVERFLOW;       /* -LONG_MIN is not a long */
    q = x / y;
    r = x - q * y;
    if (r != 0 && ((r < 0) != (y < 0))) {
        r += y;
        q -= 1;
    }
    *pdiv = q;
    *pmod = r;
    return DIVMOD_OK;
}

static PyObject *
int_floor_div(PyIntObject *x, PyIntObject *y)
{
    long a, b, d, m;
    GET_INT_OR_DEFER(x, a);
    GET_INT_OR_DEFER(y, b);
    switch (int_floor_divmod(a, b, &d, &m)) {
    case DIVMOD_OK:
        return PyInt_FromLong(d);
    case DIVMOD_OVERFLOW:
        return LONG_OPS->nb_floor_divide((PyObject *)x, (PyObject *)y);
    default:
        return NULL;
    }
}

static PyObject *
int_classic_div(PyIntObject *x, PyIntObject *y)
{
    long a, b, d, m;
    GET_INT_OR_DEFER(x, a);
    GET_INT_OR_DEFER(y, b);
    if (Py_DivisionWarningFlag &&
        PyErr_Warn(PyExc_DeprecationWarning, "classic int division") < 0)
        return NULL;
    switch (int_floor_divmod(a, b, &d, &m)) {
    case DIVMOD_OK:
        return PyInt_FromLong(d);
    case DIVMOD_OVERFLOW:
        return LONG_OPS->nb_divide((PyObject *)x, (PyObject *)y);
    default:
        return NULL;
    }
}

static PyObject *
int_true_divide(PyObject *v, PyObject *w)
{
    /* Only int/int is ours: anything involving a long goes to long. */
    if (!PyInt_Check(v) || !PyInt_Check(w)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return PyFloat_Type.tp_as_number->nb_true_divide(v, w);
}

static PyObject *
int_mod(PyIntObject *x, PyIntObject *y)
{
    long a, b, d, m;
    GET_INT_OR_DEFER(x, a);
    GET_INT_OR_DEFER(y, b);
    switch (int_floor_divmod(a, b, &d, &m)) {
    case DIVMOD_OK:
        return PyInt_FromLong(m);
    case DIVMOD_OVERFLOW:
        return LONG_OPS->nb_remainder((PyObject *)x, (PyObject *)y);
    default:
        return NULL;
    }
}

static PyObject *
int_divmod(PyIntObject *x, PyIntObject *y)
{
    long a, b, d, m;
    GET_INT_OR_DEFER(x, a);
    GET_INT_OR_DEFER(y, b);
    switch (int_floor_divmod(a, b, &d, &m)) {
    case DIVMOD_OK:
        return Py_BuildValue("(ll)", d, m);
    case DIVMOD_OVERFLOW:
        return LONG_OPS->nb_divmod((PyObject *)x, (PyObject *)y);
    default:
        return NULL;
    }
}

static PyObject *
int_pow(PyIntObject *v, PyIntObject *w, PyIntObject *z)
{
    long base, exp, mod = 0;
    long acc, sq, d, m;

    GET_INT_OR_DEFER(v, base);
    GET_INT_OR_DEFER(w, exp);
    if (exp < 0) {
        if ((PyObject *)z != Py_None) {
            PyErr_SetString(PyExc_TypeError, "pow() 2nd argument "
                            "cannot be negative when 3rd argument specified");
            return NULL;
        }
        /* 2 ** -1 is a float in 2.5 */
        return PyFloat_Type.tp_as_number->nb_power(
            (PyObject *)v, (PyObject *)w, (PyObject *)z);
    }
    if ((PyObject *)z != Py_None) {
        GET_INT_OR_DEFER(z, mod);
        if (mod == 0) {
            PyErr_SetString(PyExc_ValueError,
                            "pow() 3rd argument cannot be 0");
            return NULL;
        }
    }

    /* Square-and-multiply in C longs.  The result type is observable:
       2.5 hands the whole computation to long pow (and so returns a
       long) as soon as a product overflows, and with a modulus it only
       reduces after each squaring step, so the intermediate values
       (and hence the overflow points) must follow that schedule. */
    acc = 1;
    sq = base;
    while (exp > 0) {
        if (exp & 1) {
            if (__builtin_mul_overflow(acc, sq, &acc))
                goto promote;
            if (sq == 0)
                break;
        }
        exp >>= 1;
        if (exp == 0)
            break;
        if (__builtin_mul_overflow(sq, sq, &sq))
            goto promote;
        if (mod != 0) {
            /* truncating remainders, as C computes them; x % -1 is 0 */
            acc = (mod == -1) ? 0 : acc % mod;
            sq = (mod == -1) ? 0 : sq % mod;
        }
    }
    if (mod != 0) {
        switch (int_floor_divmod(acc, mod, &d, &m)) {
        case DIVMOD_OK:
            return PyInt_FromLong(m);
        case DIVMOD_OVERFLOW:
            goto promote;
        default:
            return NULL;
        }
    }
    return PyInt_FromLong(acc);

  promote:
    return LONG_OPS->nb_power((PyObject *)v, (PyObject *)w, (PyObject *)z);
}

static PyObject *
int_neg(PyIntObject *v)
{
    long a = v->ob_ival;
    if (a == LONG_MIN) {
        PyObject *big = PyLong_FromLong(a), *r;
        if (big == NULL)
            return NULL;
        r = LONG_OPS->nb_negative(big);
        Py_DECREF(big);
        return r;
    }
    return PyInt_FromLong(-a);
}

static PyObject *
int_pos(PyIntObject *v)
{
    if (PyInt_CheckExact(v)) {
        Py_INCREF(v);
        return (PyObject *)v;
    }
    return PyInt_FromLong(v->ob_ival);
}

static PyObject *
int_abs(PyIntObject *v)
{
    if (v->ob_ival >= 0)
        return int_pos(v);
    return int_neg(v);
}

static int
int_nonzero(PyIntObject *v)
{
    return v->ob_ival != 0;
}

static PyObject *
int_invert(PyIntObject *v)
{
    return PyInt_FromLong(~v->ob_ival);
}

static PyObject *
int_lshift(PyIntObject *v, PyIntObject *w)
{
    long a, b, r;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    if (b < 0) {
        PyErr_SetString(PyExc_ValueError, "negative shift count");
        return NULL;
    }
    if (a == 0 || b == 0)
        return int_pos(v);
    if (b >= LONG_BIT)
        goto promote;
    r = (long)((unsigned long)a << b);
    if ((r >> b) != a)
        goto promote;
    return PyInt_FromLong(r);

  promote:
    {
        PyObject *big = PyLong_FromLong(a), *res;
        if (big == NULL)
            return NULL;
        res = LONG_OPS->nb_lshift(big, (PyObject *)w);
        Py_DECREF(big);
        return res;
    }
}

static PyObject *
int_rshift(PyIntObject *v, PyIntObject *w)
{
    long a, b;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    if (b < 0) {
        PyErr_SetString(PyExc_ValueError, "negative shift count");
        return NULL;
    }
    if (a == 0 || b == 0)
        return int_pos(v);
    if (b >= LONG_BIT)
        return PyInt_FromLong(a < 0 ? -1L : 0L);
    return PyInt_FromLong(a >> b);
}

static PyObject *
int_and(PyIntObject *v, PyIntObject *w)
{
    long a, b;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    return PyInt_FromLong(a & b);
}

static PyObject *
int_xor(PyIntObject *v, PyIntObject *w)
{
    long a, b;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    return PyInt_FromLong(a ^ b);
}

static PyObject *
int_or(PyIntObject *v, PyIntObject *w)
{
    long a, b;
    GET_INT_OR_DEFER(v, a);
    GET_INT_OR_DEFER(w, b);
    return PyInt_FromLong(a | b);
}

static int
int_coerce(PyObject **pv, PyObject **pw)
{
    if (PyInt_Check(*pw)) {
        Py_INCREF(*pv);
        Py_INCREF(*pw);
        return 0;
    }
    return 1;
}

static PyObject *
int_int(PyIntObject *v)
{
    if (PyInt_CheckExact(v))
        Py_INCREF(v);
    else
        v = (PyIntObject *)PyInt_FromLong(v->ob_ival);
    return (PyObject *)v;
}

static PyObject *
int_long(PyIntObject *v)
{
    return PyLong_FromLong(v->ob_ival);
}

static PyObject *
int_float(PyIntObject *v)
{
    return PyFloat_FromDouble((double)v->ob_ival);
}

/* Text of an int in base 8, 10 or 16, written backwards so that it ends
   at `end`; returns where it starts.  The caller's buffer holds at least
   INT_TEXT_MAX bytes before `end`.  The magnitude is taken as unsigned so
   that -sys.maxint-1 needs no special case.  Decimal goes two digits per
   step through a table of the pairs 00..99. */
#define INT_TEXT_MAX 32

static const char decimal_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static char *
int_text(char *end, long x, int base)
{
    unsigned long m = x < 0 ? 0UL - (unsigned long)x : (unsigned long)x;
    char *p = end;

    if (base == 10) {
        while (m >= 100) {
            unsigned long pair = (m % 100) * 2;
            m /= 100;
            *--p = decimal_pairs[pair + 1];
            *--p = decimal_pairs[pair];
        }
        if (m >= 10) {
            *--p = decimal_pairs[m * 2 + 1];
            *--p = decimal_pairs[m * 2];
        }
        else
            *--p = (char)('0' + m);
    }
    else if (base == 16) {
        do {
            *--p = "0123456789abcdef"[m & 15];
            m >>= 4;
        } while (m);
        *--p = 'x';
        *--p = '0';
    }
    else {
        do {
            *--p = (char)('0' + (m & 7));
            m >>= 3;
        } while (m);
        if (x != 0)
            *--p = '0';         /* oct(0) is '0', oct(8) is '010' */
    }
    if (x < 0)
        *--p = '-';
    return p;
}

static PyObject *
int_text_object(long x, int base)
{
    char buf[INT_TEXT_MAX];
    char *end = buf + sizeof(buf);
    char *p = int_text(end, x, base);

    return PyString_FromStringAndSize(p, end - p);
}

static PyObject *
int_oct(PyIntObject *v)
{
    return int_text_object(v->ob_ival, 8);
}

static PyObject *
int_hex(PyIntObject *v)
{
    return int_text_object(v->ob_ival, 16);
}

/* ---------- object protocol ---------- */

static int
int_compare(PyIntObject *v, PyIntObject *w)
{
    long a = v->ob_ival, b = w->ob_ival;
    return (a < b) ? -1 : (a > b) ? 1 : 0;
}

static long
int_hash(PyIntObject *v)
{
    long x = v->ob_ival;
    return x == -1 ? -2 : x;
}

static PyObject *
int_repr(PyIntObject *v)
{
    return int_text_object(v->ob_ival, 10);
}

static PyObject *int_subtype_new(PyTypeObject *type, PyObject *args,
                                 PyObject *kwds);

static PyObject *
int_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *x = NULL;
    int base = -909;            /* marks "no base given" */
    static char *kwlist[] = {"x", "base", 0};

    if (type != &PyInt_Type)
        return int_subtype_new(type, args, kwds);
    /* one positional argument, the commonest call, without the parser */
    if (kwds == NULL && PyTuple_GET_SIZE(args) == 1)
        x = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Oi:int", kwlist,
                                          &x, &base))
        return NULL;
    if (x == NULL)
        return PyInt_FromLong(0L);
    if (base == -909)
        return PyNumber_Int(x);
    if (PyString_Check(x))
        return PyInt_FromString(PyString_AS_STRING(x), NULL, base);
#ifdef Py_USING_UNICODE
    if (PyUnicode_Check(x))
        return PyInt_FromUnicode(PyUnicode_AS_UNICODE(x),
                                 PyUnicode_GET_SIZE(x), base);
#endif
    PyErr_SetString(PyExc_TypeError,
                    "int() can't convert non-string with explicit base");
    return NULL;
}

/* int subclasses: compute the value as a plain int, then copy it into an
   instance of the subtype. */
static PyObject *
int_subtype_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *tmp, *newobj;
    long ival;

    assert(PyType_IsSubtype(type, &PyInt_Type));
    tmp = int_new(&PyInt_Type, args, kwds);
    if (tmp == NULL)
        return NULL;
    if (PyInt_Check(tmp))
        ival = PyInt_AS_LONG(tmp);
    else {
        ival = PyLong_AsLong(tmp);
        if (ival == -1 && PyErr_Occurred()) {
            Py_DECREF(tmp);
            return NULL;
        }
    }
    Py_DECREF(tmp);
    newobj = type->tp_alloc(type, 0);
    if (newobj == NULL)
        return NULL;
    ((PyIntObject *)newobj)->ob_ival = ival;
    return newobj;
}

static PyObject *
int_getnewargs(PyIntObject *v)
{
    return Py_BuildValue("(l)", v->ob_ival);
}

static PyMethodDef int_methods[] = {
    {"__getnewargs__", (PyCFunction)int_getnewargs, METH_NOARGS},
    {NULL, NULL}
};

PyDoc_STRVAR(int_doc,
"int(x[, base]) -> integer\n\
\n\
Make an integer from a number (truncating a float toward zero) or from a\n\
string of digits in the given base (default 10; 0 means: guess from the\n\
prefix).  A base may only be given with a string.  Values too large for\n\
an int give a long.");

static PyNumberMethods int_as_number = {
    (binaryfunc)int_add,            /* nb_add */
    (binaryfunc)int_sub,            /* nb_subtract */
    (binaryfunc)int_mul,            /* nb_multiply */
    (binaryfunc)int_classic_div,    /* nb_divide */
    (binaryfunc)int_mod,            /* nb_remainder */
    (binaryfunc)int_divmod,         /* nb_divmod */
    (ternaryfunc)int_pow,           /* nb_power */
    (unaryfunc)int_neg,             /* nb_negative */
    (unaryfunc)int_pos,             /* nb_positive */
    (unaryfunc)int_abs,             /* nb_absolute */
    (inquiry)int_nonzero,           /* nb_nonzero */
    (unaryfunc)int_invert,          /* nb_invert */
    (binaryfunc)int_lshift,         /* nb_lshift */
    (binaryfunc)int_rshift,         /* nb_rshift */
    (binaryfunc)int_and,            /* nb_and */
    (binaryfunc)int_xor,            /* nb_xor */
    (binaryfunc)int_or,             /* nb_or */
    int_coerce,                     /* nb_coerce */
    (unaryfunc)int_int,             /* nb_int */
    (unaryfunc)int_long,            /* nb_long */
    (unaryfunc)int_float,           /* nb_float */
    (unaryfunc)int_oct,             /* nb_oct */
    (unaryfunc)int_hex,             /* nb_hex */
    0,                              /* nb_inplace_add */
    0,                              /* nb_inplace_subtract */
    0,                              /* nb_inplace_multiply */
    0,                              /* nb_inplace_divide */
    0,                              /* nb_inplace_remainder */
    0,                              /* nb_inplace_power */
    0,                              /* nb_inplace_lshift */
    0,                              /* nb_inplace_rshift */
    0,                              /* nb_inplace_and */
    0,                              /* nb_inplace_xor */
    0,                              /* nb_inplace_or */
    (binaryfunc)int_floor_div,      /* nb_floor_divide */
    int_true_divide,                /* nb_true_divide */
    0,                              /* nb_inplace_floor_divide */
    0,                              /* nb_inplace_true_divide */
    (unaryfunc)int_int,             /* nb_index */
};

PyTypeObject PyInt_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "int",
    sizeof(PyIntObject),
    0,
    (destructor)int_dealloc,                    /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    (cmpfunc)int_compare,                       /* tp_compare */
    (reprfunc)int_repr,                         /* tp_repr */
    &int_as_number,                             /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)int_hash,                         /* tp_hash */
    0,                                          /* tp_call */
    (reprfunc)int_repr,                         /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    int_doc,                                    /* tp_doc */
    0,                                          /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    int_methods,                                /* tp_methods */
    0,                                          /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    int_new,                                    /* tp_new */
    (freefunc)PyObject_Del,                     /* tp_free */
};
