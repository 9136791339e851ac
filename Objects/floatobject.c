/* Float objects: a C double.

   repr() shows 17 significant digits and str() 12 (Python 2.5), and a
   result that looks like an integer gets ".0" appended. */

#include "Python.h"
#include "structmember.h"

#include <ctype.h>
#include <float.h>
#include <math.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* Spare float blocks, kept only while at most one interpreter account
   exists (then every block is the one interpreter's or the process's,
   the rule Objects/frameobject.c follows for its spare frames): with
   more, a spare could serve an interpreter other than the one it is
   charged to, so none is taken or kept.  The spares are linked through
   their ob_type field and bounded, so they hold little memory. */
#define FLOAT_SPARES_MAX 512
static PyFloatObject *float_spares;
static int float_nspares;

void
_PyFloat_Init(void)
{
    /* the platform's float format is detected on demand */
}

void
PyFloat_Fini(void)
{
    while (float_spares != NULL) {
        PyFloatObject *op = float_spares;
        float_spares = (PyFloatObject *)op->ob_type;
        PyObject_FREE(op);
    }
    float_nspares = 0;
}

static void
float_dealloc(PyObject *op)
{
#ifndef Py_ALLOC_MALLOC_ONLY
    /* (sanitizer builds free every float, so the tools see each one) */
    if (op->ob_type == &PyFloat_Type && float_nspares < FLOAT_SPARES_MAX &&
        _PyMem_NumAccounts <= 1) {
        op->ob_type = (PyTypeObject *)float_spares;
        float_spares = (PyFloatObject *)op;
        float_nspares++;
        return;
    }
#endif
    op->ob_type->tp_free(op);
}

/* A new float from the allocator (no spare to take). */
static __attribute__((noinline)) PyObject *
float_from_allocator(double fval)
{
    PyFloatObject *op = (PyFloatObject *)PyObject_MALLOC(sizeof(PyFloatObject));

    if (op == NULL)
        return PyErr_NoMemory();
    (void)PyObject_INIT(op, &PyFloat_Type);
    op->ob_fval = fval;
    return (PyObject *)op;
}

/* The spare case makes no call, so it needs no stack frame. */
PyObject *
PyFloat_FromDouble(double fval)
{
    PyFloatObject *op = float_spares;

    if (op == NULL || _PyMem_NumAccounts > 1)
        return float_from_allocator(fval);
    float_spares = (PyFloatObject *)op->ob_type;
    float_nspares--;
    (void)PyObject_INIT(op, &PyFloat_Type);
    op->ob_fval = fval;
    return (PyObject *)op;
}

PyObject *
PyFloat_FromString(PyObject *v, char **pend)
{
    const char *s, *last, *end;
    Py_ssize_t len;
    char *decimal_copy = NULL;
    double x;
    PyObject *result = NULL;

    if (pend)
        *pend = NULL;
    if (PyString_Check(v)) {
        s = PyString_AS_STRING(v);
        len = PyString_GET_SIZE(v);
    }
#ifdef Py_USING_UNICODE
    else if (PyUnicode_Check(v)) {
        Py_ssize_t ulen = PyUnicode_GET_SIZE(v);
        if ((size_t)ulen >= PY_SSIZE_T_MAX)
            return PyErr_NoMemory();
        decimal_copy = (char *)PyMem_MALLOC((size_t)ulen + 1);
        if (decimal_copy == NULL)
            return PyErr_NoMemory();
        if (PyUnicode_EncodeDecimal(PyUnicode_AS_UNICODE(v), ulen,
                                    decimal_copy, NULL)) {
            PyMem_FREE(decimal_copy);
            return NULL;
        }
        s = decimal_copy;
        len = (Py_ssize_t)strlen(s);
    }
#endif
    else if (PyObject_AsCharBuffer(v, &s, &len)) {
        PyErr_SetString(PyExc_TypeError,
                        "float() argument must be a string or a number");
        return NULL;
    }

    last = s + len;
    while (*s && isspace(Py_CHARMASK(*s)))
        s++;
    if (*s == '\0') {
        PyErr_SetString(PyExc_ValueError, "empty string for float()");
        goto done;
    }
    x = PyOS_ascii_strtod(s, (char **)&end);
    while (*end && isspace(Py_CHARMASK(*end)))
        end++;
    if (end != last) {
        if (*end == '\0' && end < last)
            PyErr_SetString(PyExc_ValueError,
                            "null byte in argument for float()");
        else
            PyErr_Format(PyExc_ValueError,
                         "invalid literal for float(): %.200s", s);
        goto done;
    }
    result = PyFloat_FromDouble(x);

  done:
    if (decimal_copy)
        PyMem_FREE(decimal_copy);
    return result;
}

double
PyFloat_AsDouble(PyObject *op)
{
    PyNumberMethods *nb;
    PyObject *fo;
    double val;

    if (op && PyFloat_Check(op))
        return PyFloat_AS_DOUBLE(op);
    if (op == NULL || (nb = op->ob_type->tp_as_number) == NULL ||
        nb->nb_float == NULL) {
        PyErr_SetString(PyExc_TypeError, "a float is required");
        return -1;
    }
    fo = (*nb->nb_float)(op);
    if (fo == NULL)
        return -1;
    if (!PyFloat_Check(fo)) {
        Py_DECREF(fo);
        PyErr_SetString(PyExc_TypeError, "nb_float should return float object");
        return -1;
    }
    val = PyFloat_AS_DOUBLE(fo);
    Py_DECREF(fo);
    return val;
}

/* ---------- text ---------- */

/* %.<precision>g of x, with ".0" added when the text is all digits. */
static void
format_double(char *buf, size_t buflen, double x, int precision)
{
    char fmt[16];
    char *p;

    PyOS_snprintf(fmt, sizeof(fmt), "%%.%dg", precision);
    PyOS_ascii_formatd(buf, buflen, fmt, x);
    p = buf;
    if (*p == '-')
        p++;
    while (*p && isdigit(Py_CHARMASK(*p)))
        p++;
    if (*p == '\0' && (size_t)(p - buf) + 3 <= buflen) {
        p[0] = '.';
        p[1] = '0';
        p[2] = '\0';
    }
}

#define REPR_PRECISION 17
#define STR_PRECISION 12

void
PyFloat_AsReprString(char *buf, PyFloatObject *v)
{
    format_double(buf, 100, v->ob_fval, REPR_PRECISION);
}

void
PyFloat_AsString(char *buf, PyFloatObject *v)
{
    format_double(buf, 100, v->ob_fval, STR_PRECISION);
}

static PyObject *
float_repr(PyFloatObject *v)
{
    char buf[100];
    format_double(buf, sizeof(buf), v->ob_fval, REPR_PRECISION);
    return PyString_FromString(buf);
}

static PyObject *
float_str(PyFloatObject *v)
{
    char buf[100];
    format_double(buf, sizeof(buf), v->ob_fval, STR_PRECISION);
    return PyString_FromString(buf);
}

static int
float_print(PyFloatObject *v, FILE *fp, int flags)
{
    char buf[100];
    format_double(buf, sizeof(buf), v->ob_fval,
                  (flags & Py_PRINT_RAW) ? STR_PRECISION : REPR_PRECISION);
    fputs(buf, fp);
    return 0;
}

/* ---------- hashing ---------- */

long
_Py_HashDouble(double v)
{
    double intpart, fractpart;
    int expo;
    long hipart, x;

    if (!Py_IS_FINITE(v)) {
        if (Py_IS_INFINITY(v))
            return v < 0 ? -271828 : 314159;
        return 0;               /* nan */
    }
    fractpart = modf(v, &intpart);
    if (fractpart == 0.0) {
        /* integral: must agree with the int / long hash of that value */
        /* (double)LONG_MAX rounds up to 2**63, so compare with 2**63
           itself: converting it to long would be undefined. */
        if (intpart >= 9223372036854775808.0 || intpart < -9223372036854775808.0) {
            PyObject *big = PyLong_FromDouble(v);
            if (big == NULL)
                return -1;
            x = PyObject_Hash(big);
            Py_DECREF(big);
            return x;
        }
        x = (long)intpart;
        return x == -1 ? -2 : x;
    }
    /* Fold the 53-bit mantissa and the exponent into a long. */
    v = frexp(v, &expo);
    v *= 2147483648.0;                      /* 2**31 */
    hipart = (long)v;
    v = (v - (double)hipart) * 2147483648.0;
    x = hipart + (long)v + ((long)expo << 15);
    return x == -1 ? -2 : x;
}

static long
float_hash(PyFloatObject *v)
{
    return _Py_HashDouble(v->ob_fval);
}

/* ---------- comparison ---------- */

/* Three-way comparison of a finite double with an int or long object,
   exact even where the integer cannot be represented as a double. */
static int
compare_double_integer(double x, PyObject *w, int *result)
{
    double ipart, frac;
    PyObject *xi;
    int c;

    if (PyInt_Check(w)) {
        long n = PyInt_AS_LONG(w);
        double dn = (double)n;
        /* doubles hold every integer below 2**53 exactly */
        if (n > -(1L << 53) && n < (1L << 53)) {
            *result = (x < dn) ? -1 : (x > dn) ? 1 : 0;
            return 0;
        }
    }
    frac = modf(x, &ipart);
    xi = PyLong_FromDouble(ipart);
    if (xi == NULL)
        return -1;
    if (PyInt_Check(w)) {
        PyObject *wl = PyLong_FromLong(PyInt_AS_LONG(w));
        if (wl == NULL) {
            Py_DECREF(xi);
            return -1;
        }
        c = PyObject_Compare(xi, wl);
        Py_DECREF(wl);
    }
    else
        c = PyObject_Compare(xi, w);
    Py_DECREF(xi);
    if (PyErr_Occurred())
        return -1;
    if (c == 0)
        c = (frac > 0.0) ? 1 : (frac < 0.0) ? -1 : 0;
    *result = c;
    return 0;
}

static PyObject *
float_richcompare(PyObject *v, PyObject *w, int op)
{
    double i, j;
    int r = 0, c;

    if (!PyFloat_Check(v))
        goto unimplemented;
    i = PyFloat_AS_DOUBLE(v);

    if (PyFloat_Check(w))
        j = PyFloat_AS_DOUBLE(w);
    else if (PyInt_Check(w) || PyLong_Check(w)) {
        if (Py_IS_NAN(i)) {
            /* nan is unordered: only != holds */
            return PyBool_FromLong(op == Py_NE);
        }
        if (Py_IS_INFINITY(i)) {
            j = 0.0;            /* any finite value orders the same way */
        }
        else {
            if (compare_double_integer(i, w, &c) < 0)
                return NULL;
            i = (double)c;
            j = 0.0;
        }
    }
    else
        goto unimplemented;

    switch (op) {
    case Py_EQ: r = i == j; break;
    case Py_NE: r = i != j; break;
    case Py_LE: r = i <= j; break;
    case Py_GE: r = i >= j; break;
    case Py_LT: r = i < j; break;
    case Py_GT: r = i > j; break;
    }
    return PyBool_FromLong(r);

  unimplemented:
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

/* ---------- arithmetic ---------- */

/* C double value of a float, int or long operand; anything else makes
   the slot return NotImplemented.  A long too big for a double raises. */
#define GET_DOUBLE_OR_DEFER(obj, dbl) \
    do { \
        if (PyFloat_Check(obj)) \
            (dbl) = PyFloat_AS_DOUBLE(obj); \
        else { \
            int _st = double_of_integer((obj), &(dbl)); \
            if (_st < 0) \
                return NULL; \
            if (_st > 0) { \
                Py_INCREF(Py_NotImplemented); \
                return Py_NotImplemented; \
            } \
        } \
    } while (0)

/* 0: converted; 1: not an int/long; -1: error (overflow) */
static int
double_of_integer(PyObject *obj, double *d)
{
    if (PyInt_Check(obj)) {
        *d = (double)PyInt_AS_LONG(obj);
        return 0;
    }
    if (PyLong_Check(obj)) {
        *d = PyLong_AsDouble(obj);
        if (*d == -1.0 && PyErr_Occurred())
            return -1;
        return 0;
    }
    return 1;
}

static PyObject *
float_add(PyObject *v, PyObject *w)
{
    double a, b;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    return PyFloat_FromDouble(a + b);
}

static PyObject *
float_sub(PyObject *v, PyObject *w)
{
    double a, b;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    return PyFloat_FromDouble(a - b);
}

static PyObject *
float_mul(PyObject *v, PyObject *w)
{
    double a, b;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    return PyFloat_FromDouble(a * b);
}

static PyObject *
float_div(PyObject *v, PyObject *w)
{
    double a, b;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division");
        return NULL;
    }
    return PyFloat_FromDouble(a / b);
}

static PyObject *
float_classic_div(PyObject *v, PyObject *w)
{
    double a, b;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    if (Py_DivisionWarningFlag >= 2 &&
        PyErr_Warn(PyExc_DeprecationWarning, "classic float division") < 0)
        return NULL;
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division");
        return NULL;
    }
    return PyFloat_FromDouble(a / b);
}

static PyObject *
float_rem(PyObject *v, PyObject *w)
{
    double a, b, mod;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    mod = fmod(a, b);
    /* fmod keeps the sign of a; Python's % takes the sign of b */
    if (mod != 0.0 && ((b < 0) != (mod < 0)))
        mod += b;
    return PyFloat_FromDouble(mod);
}

/* Python's floor division and modulo of two doubles (b != 0). */
static void
double_divmod(double a, double b, double *pdiv, double *pmod)
{
    double mod, div, floordiv;

    mod = fmod(a, b);
    div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    }
    else {
        /* a zero remainder takes the sign of b */
        mod = copysign(0.0, b);
    }
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    }
    else {
        /* a zero quotient takes the sign of a/b */
        floordiv = copysign(0.0, a / b);
    }
    *pdiv = floordiv;
    *pmod = mod;
}

static PyObject *
float_divmod(PyObject *v, PyObject *w)
{
    double a, b, d, m;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    double_divmod(a, b, &d, &m);
    return Py_BuildValue("(dd)", d, m);
}

static PyObject *
float_floor_div(PyObject *v, PyObject *w)
{
    double a, b, d, m;
    GET_DOUBLE_OR_DEFER(v, a);
    GET_DOUBLE_OR_DEFER(w, b);
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    double_divmod(a, b, &d, &m);
    return PyFloat_FromDouble(d);
}

static PyObject *
float_pow(PyObject *v, PyObject *w, PyObject *z)
{
    double iv, iw, ix;

    if (z != Py_None) {
        PyErr_SetString(PyExc_TypeError, "pow() 3rd argument not "
                        "allowed unless all arguments are integers");
        return NULL;
    }
    GET_DOUBLE_OR_DEFER(v, iv);
    GET_DOUBLE_OR_DEFER(w, iw);

    if (iw == 0.0)
        return PyFloat_FromDouble(1.0);     /* x**0 is 1, even 0**0 */
    if (iv == 1.0)
        return PyFloat_FromDouble(1.0);     /* 1**w is 1, even 1**nan */
    if (iv == 0.0) {
        if (iw < 0.0) {
            PyErr_SetString(PyExc_ZeroDivisionError,
                            "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return PyFloat_FromDouble(0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            PyErr_SetString(PyExc_ValueError, "negative number "
                            "cannot be raised to a fractional power");
            return NULL;
        }
        if (iv == -1.0 && Py_IS_FINITE(iw)) {
            /* -1 to an integral power: never an error, exact parity */
            return PyFloat_FromDouble(fmod(fabs(iw), 2.0) == 0.0 ? 1.0 : -1.0);
        }
    }
    errno = 0;
    ix = pow(iv, iw);
    Py_ADJUST_ERANGE1(ix);
    if (errno != 0) {
        PyErr_SetFromErrno(errno == ERANGE ? PyExc_OverflowError
                                           : PyExc_ValueError);
        return NULL;
    }
    return PyFloat_FromDouble(ix);
}

static PyObject *
float_neg(PyFloatObject *v)
{
    return PyFloat_FromDouble(-v->ob_fval);
}

static PyObject *
float_pos(PyFloatObject *v)
{
    if (PyFloat_CheckExact(v)) {
        Py_INCREF(v);
        return (PyObject *)v;
    }
    return PyFloat_FromDouble(v->ob_fval);
}

static PyObject *
float_abs(PyFloatObject *v)
{
    return PyFloat_FromDouble(fabs(v->ob_fval));
}

static int
float_nonzero(PyFloatObject *v)
{
    return v->ob_fval != 0.0;
}

static int
float_coerce(PyObject **pv, PyObject **pw)
{
    if (PyInt_Check(*pw)) {
        *pw = PyFloat_FromDouble((double)PyInt_AS_LONG(*pw));
        if (*pw == NULL)
            return -1;
        Py_INCREF(*pv);
        return 0;
    }
    if (PyLong_Check(*pw)) {
        double d = PyLong_AsDouble(*pw);
        if (d == -1.0 && PyErr_Occurred())
            return -1;
        *pw = PyFloat_FromDouble(d);
        if (*pw == NULL)
            return -1;
        Py_INCREF(*pv);
        return 0;
    }
    if (PyFloat_Check(*pw)) {
        Py_INCREF(*pv);
        Py_INCREF(*pw);
        return 0;
    }
    return 1;
}

static PyObject *
float_int(PyObject *v)
{
    double x = PyFloat_AsDouble(v);
    double whole;

    (void)modf(x, &whole);
    /* strictly inside the long range: a plain int will do */
    if ((double)LONG_MIN < whole && whole < (double)LONG_MAX)
        return PyInt_FromLong((long)whole);
    return PyLong_FromDouble(whole);
}

static PyObject *
float_long(PyObject *v)
{
    return PyLong_FromDouble(PyFloat_AsDouble(v));
}

static PyObject *
float_float(PyObject *v)
{
    if (PyFloat_CheckExact(v)) {
        Py_INCREF(v);
        return v;
    }
    return PyFloat_FromDouble(((PyFloatObject *)v)->ob_fval);
}

/* ---------- construction ---------- */

static PyObject *float_subtype_new(PyTypeObject *type, PyObject *args,
                                   PyObject *kwds);

static PyObject *
float_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *x = Py_False;     /* float() == 0.0 */
    static char *kwlist[] = {"x", 0};

    if (type != &PyFloat_Type)
        return float_subtype_new(type, args, kwds);
    /* one positional argument, the commonest call, without the parser */
    if (kwds == NULL && PyTuple_GET_SIZE(args) == 1)
        x = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O:float", kwlist, &x))
        return NULL;
    if (PyString_Check(x))
        return PyFloat_FromString(x, NULL);
    return PyNumber_Float(x);
}

static PyObject *
float_subtype_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *tmp, *newobj;

    assert(PyType_IsSubtype(type, &PyFloat_Type));
    tmp = float_new(&PyFloat_Type, args, kwds);
    if (tmp == NULL)
        return NULL;
    assert(PyFloat_CheckExact(tmp));
    newobj = type->tp_alloc(type, 0);
    if (newobj == NULL) {
        Py_DECREF(tmp);
        return NULL;
    }
    ((PyFloatObject *)newobj)->ob_fval = ((PyFloatObject *)tmp)->ob_fval;
    Py_DECREF(tmp);
    return newobj;
}

static PyObject *
float_getnewargs(PyFloatObject *v)
{
    return Py_BuildValue("(d)", v->ob_fval);
}

/* ---------- IEEE 754 packing ---------- */

static int
host_is_little_endian(void)
{
    const unsigned int one = 1;
    return *(const unsigned char *)&one == 1;
}

/* Copy n bytes, reversed if the wanted order differs from the host's. */
static void
copy_ordered(unsigned char *dst, const unsigned char *src, int n, int le)
{
    int i;
    if ((le != 0) == host_is_little_endian())
        memcpy(dst, src, n);
    else
        for (i = 0; i < n; i++)
            dst[i] = src[n - 1 - i];
}

int
_PyFloat_Pack4(double x, unsigned char *p, int le)
{
    float y = (float)x;
    if (Py_IS_INFINITY(y) && !Py_IS_INFINITY(x)) {
        PyErr_SetString(PyExc_OverflowError,
                        "float too large to pack with f format");
        return -1;
    }
    copy_ordered(p, (const unsigned char *)&y, 4, le);
    return 0;
}

int
_PyFloat_Pack8(double x, unsigned char *p, int le)
{
    copy_ordered(p, (const unsigned char *)&x, 8, le);
    return 0;
}

double
_PyFloat_Unpack4(const unsigned char *p, int le)
{
    float y;
    copy_ordered((unsigned char *)&y, p, 4, le);
    return (double)y;
}

double
_PyFloat_Unpack8(const unsigned char *p, int le)
{
    double x;
    copy_ordered((unsigned char *)&x, p, 8, le);
    return x;
}

static const char *
native_format_name(void)
{
    return host_is_little_endian() ? "IEEE, little-endian"
                                   : "IEEE, big-endian";
}

static PyObject *
float_getformat(PyTypeObject *v, PyObject *arg)
{
    const char *s;

    if (!PyString_Check(arg)) {
        PyErr_Format(PyExc_TypeError,
                     "__getformat__() argument must be string, not %.500s",
                     arg->ob_type->tp_name);
        return NULL;
    }
    s = PyString_AS_STRING(arg);
    if (strcmp(s, "double") != 0 && strcmp(s, "float") != 0) {
        PyErr_SetString(PyExc_ValueError,
                        "__getformat__() argument 1 must be "
                        "'double' or 'float'");
        return NULL;
    }
    return PyString_FromString(native_format_name());
}

/* The float format is process-wide; an interpreter may not change it
   (that would affect every other interpreter), so only the detected
   value is accepted. */
static PyObject *
float_setformat(PyTypeObject *v, PyObject *args)
{
    char *typestr, *format;

    if (!PyArg_ParseTuple(args, "ss:__setformat__", &typestr, &format))
        return NULL;
    if (strcmp(typestr, "double") != 0 && strcmp(typestr, "float") != 0) {
        PyErr_SetString(PyExc_ValueError,
                        "__setformat__() argument 1 must be "
                        "'double' or 'float'");
        return NULL;
    }
    if (strcmp(format, "unknown") != 0 &&
        strcmp(format, "IEEE, little-endian") != 0 &&
        strcmp(format, "IEEE, big-endian") != 0) {
        PyErr_SetString(PyExc_ValueError,
                        "__setformat__() argument 2 must be 'unknown', "
                        "'IEEE, little-endian' or 'IEEE, big-endian'");
        return NULL;
    }
    if (strcmp(format, native_format_name()) != 0) {
        PyErr_Format(PyExc_ValueError,
                     "can only set %s format to the detected platform "
                     "value", typestr);
        return NULL;
    }
    Py_RETURN_NONE;
}

PyDoc_STRVAR(float_getformat_doc,
"float.__getformat__(typestr) -> string\n\
\n\
typestr is 'double' or 'float'.  Returns how C values of that type are\n\
stored here: 'IEEE, little-endian', 'IEEE, big-endian' or 'unknown'.\n\
Meant for the test suite.");

PyDoc_STRVAR(float_setformat_doc,
"float.__setformat__(typestr, fmt) -> None\n\
\n\
Testing aid; this interpreter only accepts the detected format.");

static PyMethodDef float_methods[] = {
    {"__getnewargs__", (PyCFunction)float_getnewargs, METH_NOARGS},
    {"__getformat__", (PyCFunction)float_getformat,
     METH_O | METH_CLASS, float_getformat_doc},
    {"__setformat__", (PyCFunction)float_setformat,
     METH_VARARGS | METH_CLASS, float_setformat_doc},
    {NULL, NULL}
};

PyDoc_STRVAR(float_doc,
"float(x) -> floating point number\n\
\n\
Convert a string or number to a floating point number, if possible.");

static PyNumberMethods float_as_number = {
    float_add,                      /* nb_add */
    float_sub,                      /* nb_subtract */
    float_mul,                      /* nb_multiply */
    float_classic_div,              /* nb_divide */
    float_rem,                      /* nb_remainder */
    float_divmod,                   /* nb_divmod */
    float_pow,                      /* nb_power */
    (unaryfunc)float_neg,           /* nb_negative */
    (unaryfunc)float_pos,           /* nb_positive */
    (unaryfunc)float_abs,           /* nb_absolute */
    (inquiry)float_nonzero,         /* nb_nonzero */
    0,                              /* nb_invert */
    0,                              /* nb_lshift */
    0,                              /* nb_rshift */
    0,                              /* nb_and */
    0,                              /* nb_xor */
    0,                              /* nb_or */
    float_coerce,                   /* nb_coerce */
    float_int,                      /* nb_int */
    float_long,                     /* nb_long */
    float_float,                    /* nb_float */
    0,                              /* nb_oct */
    0,                              /* nb_hex */
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
    float_floor_div,                /* nb_floor_divide */
    float_div,                      /* nb_true_divide */
    0,                              /* nb_inplace_floor_divide */
    0,                              /* nb_inplace_true_divide */
    0,                              /* nb_index */
};

PyTypeObject PyFloat_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "float",
    sizeof(PyFloatObject),
    0,
    (destructor)float_dealloc,                  /* tp_dealloc */
    (printfunc)float_print,                     /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)float_repr,                       /* tp_repr */
    &float_as_number,                           /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)float_hash,                       /* tp_hash */
    0,                                          /* tp_call */
    (reprfunc)float_str,                        /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    float_doc,                                  /* tp_doc */
    0,                                          /* tp_traverse */
    0,                                          /* tp_clear */
    float_richcompare,                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    float_methods,                              /* tp_methods */
    0,                                          /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    float_new,                                  /* tp_new */
    (freefunc)PyObject_Del,                     /* tp_free */
};
