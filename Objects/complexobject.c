/* Complex numbers: a pair of C doubles. */

#include "Python.h"
#include "structmember.h"

#include <ctype.h>
#include <math.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* ---------- arithmetic on Py_complex values ---------- */

static const Py_complex complex_one = {1.0, 0.0};

Py_complex
c_sum(Py_complex a, Py_complex b)
{
    Py_complex r;
    r.real = a.real + b.real;
    r.imag = a.imag + b.imag;
    return r;
}

Py_complex
c_diff(Py_complex a, Py_complex b)
{
    Py_complex r;
    r.real = a.real - b.real;
    r.imag = a.imag - b.imag;
    return r;
}

Py_complex
c_neg(Py_complex a)
{
    Py_complex r;
    r.real = -a.real;
    r.imag = -a.imag;
    return r;
}

Py_complex
c_prod(Py_complex a, Py_complex b)
{
    Py_complex r;
    r.real = a.real * b.real - a.imag * b.imag;
    r.imag = a.real * b.imag + a.imag * b.real;
    return r;
}

/* Division by Smith's method (scale by the larger component of b) to
   avoid needless overflow; b == 0 sets errno to EDOM. */
Py_complex
c_quot(Py_complex a, Py_complex b)
{
    Py_complex r;
    double abs_re = fabs(b.real), abs_im = fabs(b.imag);

    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        }
        else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    }
    else {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    }
    return r;
}

/* a ** b through polar form; 0 to a negative or complex power sets EDOM. */
Py_complex
c_pow(Py_complex a, Py_complex b)
{
    Py_complex r;
    double modulus, len, arg, phase;

    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    }
    else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        r.real = 0.0;
        r.imag = 0.0;
    }
    else {
        modulus = hypot(a.real, a.imag);
        len = pow(modulus, b.real);
        arg = atan2(a.imag, a.real);
        phase = arg * b.real;
        if (b.imag != 0.0) {
            len /= exp(arg * b.imag);
            phase += b.imag * log(modulus);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

/* Small non-negative integer powers by repeated squaring. */
static Py_complex
c_pow_unsigned(Py_complex x, long n)
{
    Py_complex r = complex_one, p = x;
    while (n > 0) {
        if (n & 1)
            r = c_prod(r, p);
        n >>= 1;
        if (n)
            p = c_prod(p, p);
    }
    return r;
}

static Py_complex
c_pow_int(Py_complex x, long n)
{
    Py_complex cn;
    if (n > 100 || n < -100) {
        cn.real = (double)n;
        cn.imag = 0.0;
        return c_pow(x, cn);
    }
    if (n > 0)
        return c_pow_unsigned(x, n);
    return c_quot(complex_one, c_pow_unsigned(x, -n));
}

/* ---------- object creation ---------- */

static PyObject *
complex_subtype_from_c_complex(PyTypeObject *type, Py_complex cval)
{
    PyObject *op = type->tp_alloc(type, 0);
    if (op != NULL)
        ((PyComplexObject *)op)->cval = cval;
    return op;
}

PyObject *
PyComplex_FromCComplex(Py_complex cval)
{
    PyComplexObject *op;
    op = (PyComplexObject *)PyObject_MALLOC(sizeof(PyComplexObject));
    if (op == NULL)
        return PyErr_NoMemory();
    (void)PyObject_INIT(op, &PyComplex_Type);
    op->cval = cval;
    return (PyObject *)op;
}

static PyObject *
complex_subtype_from_doubles(PyTypeObject *type, double real, double imag)
{
    Py_complex c;
    c.real = real;
    c.imag = imag;
    return complex_subtype_from_c_complex(type, c);
}

PyObject *
PyComplex_FromDoubles(double real, double imag)
{
    Py_complex c;
    c.real = real;
    c.imag = imag;
    return PyComplex_FromCComplex(c);
}

double
PyComplex_RealAsDouble(PyObject *op)
{
    if (PyComplex_Check(op))
        return ((PyComplexObject *)op)->cval.real;
    return PyFloat_AsDouble(op);
}

double
PyComplex_ImagAsDouble(PyObject *op)
{
    if (PyComplex_Check(op))
        return ((PyComplexObject *)op)->cval.imag;
    return 0.0;
}

Py_complex
PyComplex_AsCComplex(PyObject *op)
{
    Py_complex cv;
    if (PyComplex_Check(op))
        return ((PyComplexObject *)op)->cval;
    cv.real = PyFloat_AsDouble(op);
    cv.imag = 0.0;
    return cv;
}

static void
complex_dealloc(PyObject *op)
{
    op->ob_type->tp_free(op);
}

/* ---------- text ---------- */

static void
complex_to_buf(char *buf, size_t bufsz, PyComplexObject *v, int precision)
{
    char fmt[16];
    PyOS_snprintf(fmt, sizeof(fmt), "%%.%dg", precision);
    if (v->cval.real == 0.0) {
        size_t n;
        PyOS_ascii_formatd(buf, bufsz - 1, fmt, v->cval.imag);
        n = strlen(buf);
        buf[n] = 'j';
        buf[n + 1] = '\0';
    }
    else {
        char re[64], im[64];
        PyOS_ascii_formatd(re, sizeof(re), fmt, v->cval.real);
        PyOS_ascii_formatd(im, sizeof(im), fmt, v->cval.imag);
        /* the sign comes from the text, so -0.0 shows as "-0" */
        PyOS_snprintf(buf, bufsz, "(%s%s%sj)", re,
                      im[0] == '-' ? "" : "+", im);
    }
}

static int
complex_print(PyComplexObject *v, FILE *fp, int flags)
{
    char buf[100];
    complex_to_buf(buf, sizeof(buf), v, (flags & Py_PRINT_RAW) ? 12 : 17);
    fputs(buf, fp);
    return 0;
}

static PyObject *
complex_repr(PyComplexObject *v)
{
    char buf[100];
    complex_to_buf(buf, sizeof(buf), v, 17);
    return PyString_FromString(buf);
}

static PyObject *
complex_str(PyComplexObject *v)
{
    char buf[100];
    complex_to_buf(buf, sizeof(buf), v, 12);
    return PyString_FromString(buf);
}

static long
complex_hash(PyComplexObject *v)
{
    long hreal, himag, combined;
    hreal = _Py_HashDouble(v->cval.real);
    if (hreal == -1)
        return -1;
    himag = _Py_HashDouble(v->cval.imag);
    if (himag == -1)
        return -1;
    /* a complex with zero imaginary part hashes like its real part */
    combined = (long)((unsigned long)hreal + 1000003UL * (unsigned long)himag);
    if (combined == -1)
        combined = -2;
    return combined;
}

/* ---------- number slots ---------- */

/* Py_complex value of a complex, float, int or long operand.
   0: done; 1: other type (NotImplemented); -1: error. */
static int
complex_of(PyObject *obj, Py_complex *c)
{
    if (PyComplex_Check(obj)) {
        *c = ((PyComplexObject *)obj)->cval;
        return 0;
    }
    c->imag = 0.0;
    if (PyInt_Check(obj)) {
        c->real = (double)PyInt_AS_LONG(obj);
        return 0;
    }
    if (PyLong_Check(obj)) {
        c->real = PyLong_AsDouble(obj);
        if (c->real == -1.0 && PyErr_Occurred())
            return -1;
        return 0;
    }
    if (PyFloat_Check(obj)) {
        c->real = PyFloat_AS_DOUBLE(obj);
        return 0;
    }
    return 1;
}

#define COMPLEX_OR_DEFER(obj, c) \
    do { \
        int _st = complex_of((obj), &(c)); \
        if (_st < 0) \
            return NULL; \
        if (_st > 0) { \
            Py_INCREF(Py_NotImplemented); \
            return Py_NotImplemented; \
        } \
    } while (0)

static PyObject *
complex_add(PyObject *v, PyObject *w)
{
    Py_complex a, b;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    return PyComplex_FromCComplex(c_sum(a, b));
}

static PyObject *
complex_sub(PyObject *v, PyObject *w)
{
    Py_complex a, b;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    return PyComplex_FromCComplex(c_diff(a, b));
}

static PyObject *
complex_mul(PyObject *v, PyObject *w)
{
    Py_complex a, b;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    return PyComplex_FromCComplex(c_prod(a, b));
}

static PyObject *
complex_div(PyObject *v, PyObject *w)
{
    Py_complex a, b, q;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    errno = 0;
    q = c_quot(a, b);
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError, "complex division");
        return NULL;
    }
    return PyComplex_FromCComplex(q);
}

static PyObject *
complex_classic_div(PyObject *v, PyObject *w)
{
    Py_complex a, b, q;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    if (Py_DivisionWarningFlag >= 2 &&
        PyErr_Warn(PyExc_DeprecationWarning, "classic complex division") < 0)
        return NULL;
    errno = 0;
    q = c_quot(a, b);
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError, "complex division");
        return NULL;
    }
    return PyComplex_FromCComplex(q);
}

/* Floor of the real part of a/b, and a - b * that. */
static int
complex_floor_divmod(Py_complex a, Py_complex b, const char *errmsg,
                     Py_complex *pdiv, Py_complex *pmod)
{
    Py_complex div;
    errno = 0;
    div = c_quot(a, b);
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError, errmsg);
        return -1;
    }
    div.real = floor(div.real);
    div.imag = 0.0;
    *pdiv = div;
    *pmod = c_diff(a, c_prod(b, div));
    return 0;
}

static int
warn_complex_divmod(void)
{
    return PyErr_Warn(PyExc_DeprecationWarning,
                      "complex divmod(), // and % are deprecated");
}

static PyObject *
complex_remainder(PyObject *v, PyObject *w)
{
    Py_complex a, b, d, m;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    if (warn_complex_divmod() < 0)
        return NULL;
    if (complex_floor_divmod(a, b, "complex remainder", &d, &m) < 0)
        return NULL;
    return PyComplex_FromCComplex(m);
}

static PyObject *
complex_divmod(PyObject *v, PyObject *w)
{
    Py_complex a, b, d, m;
    PyObject *pd, *pm, *z;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    if (warn_complex_divmod() < 0)
        return NULL;
    if (complex_floor_divmod(a, b, "complex divmod()", &d, &m) < 0)
        return NULL;
    pd = PyComplex_FromCComplex(d);
    pm = PyComplex_FromCComplex(m);
    z = (pd && pm) ? PyTuple_Pack(2, pd, pm) : NULL;
    Py_XDECREF(pd);
    Py_XDECREF(pm);
    return z;
}

static PyObject *
complex_int_div(PyObject *v, PyObject *w)
{
    Py_complex a, b, d, m;
    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    if (warn_complex_divmod() < 0)
        return NULL;
    if (complex_floor_divmod(a, b, "complex divmod()", &d, &m) < 0)
        return NULL;
    return PyComplex_FromCComplex(d);
}

static PyObject *
complex_pow(PyObject *v, PyObject *w, PyObject *z)
{
    Py_complex a, b, p;
    long int_exponent;

    COMPLEX_OR_DEFER(v, a);
    COMPLEX_OR_DEFER(w, b);
    if (z != Py_None) {
        PyErr_SetString(PyExc_ValueError, "complex modulo");
        return NULL;
    }
    errno = 0;
    if (b.imag == 0.0 && fabs(b.real) < 1e9 &&
        b.real == (double)(int_exponent = (long)b.real))
        p = c_pow_int(a, int_exponent);
    else
        p = c_pow(a, b);
    Py_ADJUST_ERANGE2(p.real, p.imag);
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError,
                        "0.0 to a negative or complex power");
        return NULL;
    }
    if (errno == ERANGE) {
        PyErr_SetString(PyExc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return PyComplex_FromCComplex(p);
}

static PyObject *
complex_neg(PyComplexObject *v)
{
    return PyComplex_FromCComplex(c_neg(v->cval));
}

static PyObject *
complex_pos(PyComplexObject *v)
{
    if (PyComplex_CheckExact(v)) {
        Py_INCREF(v);
        return (PyObject *)v;
    }
    return PyComplex_FromCComplex(v->cval);
}

static PyObject *
complex_abs(PyComplexObject *v)
{
    double result = hypot(v->cval.real, v->cval.imag);
    return PyFloat_FromDouble(result);
}

static int
complex_nonzero(PyComplexObject *v)
{
    return v->cval.real != 0.0 || v->cval.imag != 0.0;
}

static int
complex_coerce(PyObject **pv, PyObject **pw)
{
    Py_complex cval;
    cval.imag = 0.0;
    if (PyInt_Check(*pw)) {
        cval.real = (double)PyInt_AS_LONG(*pw);
        *pw = PyComplex_FromCComplex(cval);
        if (*pw == NULL)
            return -1;
        Py_INCREF(*pv);
        return 0;
    }
    else if (PyLong_Check(*pw)) {
        cval.real = PyLong_AsDouble(*pw);
        if (cval.real == -1.0 && PyErr_Occurred())
            return -1;
        *pw = PyComplex_FromCComplex(cval);
        if (*pw == NULL)
            return -1;
        Py_INCREF(*pv);
        return 0;
    }
    else if (PyFloat_Check(*pw)) {
        cval.real = PyFloat_AsDouble(*pw);
        *pw = PyComplex_FromCComplex(cval);
        if (*pw == NULL)
            return -1;
        Py_INCREF(*pv);
        return 0;
    }
    else if (PyComplex_Check(*pw)) {
        Py_INCREF(*pv);
        Py_INCREF(*pw);
        return 0;
    }
    return 1;
}

static PyObject *
complex_richcompare(PyObject *v, PyObject *w, int op)
{
    Py_complex a, b;
    int st, equal;

    st = complex_of(v, &a);
    if (st == 0)
        st = complex_of(w, &b);
    if (st < 0)
        return NULL;
    if (st > 0) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    if (op != Py_EQ && op != Py_NE) {
        PyErr_SetString(PyExc_TypeError,
                        "no ordering relation is defined for complex numbers");
        return NULL;
    }
    equal = (a.real == b.real && a.imag == b.imag);
    return PyBool_FromLong(op == Py_EQ ? equal : !equal);
}

static PyObject *
complex_int(PyObject *v)
{
    PyErr_SetString(PyExc_TypeError,
                    "can't convert complex to int; use int(abs(z))");
    return NULL;
}

static PyObject *
complex_long(PyObject *v)
{
    PyErr_SetString(PyExc_TypeError,
                    "can't convert complex to long; use long(abs(z))");
    return NULL;
}

static PyObject *
complex_float(PyObject *v)
{
    PyErr_SetString(PyExc_TypeError,
                    "can't convert complex to float; use abs(z)");
    return NULL;
}

static PyObject *
complex_conjugate(PyObject *self)
{
    Py_complex c = ((PyComplexObject *)self)->cval;
    c.imag = -c.imag;
    return PyComplex_FromCComplex(c);
}

static PyObject *
complex_getnewargs(PyComplexObject *v)
{
    return Py_BuildValue("(dd)", v->cval.real, v->cval.imag);
}

PyDoc_STRVAR(complex_conjugate_doc,
"complex.conjugate() -> complex\n\
\n\
The complex conjugate: same real part, imaginary part negated.");

static PyMethodDef complex_methods[] = {
    {"conjugate", (PyCFunction)complex_conjugate, METH_NOARGS,
     complex_conjugate_doc},
    {"__getnewargs__", (PyCFunction)complex_getnewargs, METH_NOARGS},
    {NULL, NULL}
};

static PyMemberDef complex_members[] = {
    {"real", T_DOUBLE, offsetof(PyComplexObject, cval.real), READONLY,
     "the real part of a complex number"},
    {"imag", T_DOUBLE, offsetof(PyComplexObject, cval.imag), READONLY,
     "the imaginary part of a complex number"},
    {0},
};

/* ---------- construction ---------- */

/* Parse "a", "bj", "a+bj", "a-bj" (with optional surrounding blanks)
   into a complex of the given type. */
static PyObject *
complex_subtype_from_text(PyTypeObject *type, const char *s, Py_ssize_t len)
{
    const char *p, *start = s, *limit = s + len;
    double x = 0.0, y = 0.0;        /* real and imaginary parts */
    double num = 0.0;
    int have_num = 0;               /* a number was read, not yet placed */
    int sign = 1;
    int got_real = 0, got_imag = 0, finished = 0;
    char *end;

    p = s;
    while (*p && isspace(Py_CHARMASK(*p)))
        p++;
    if (*p == '\0') {
        if (p != limit) {
            PyErr_SetString(PyExc_ValueError,
                            "complex() arg contains a null byte");
            return NULL;
        }
        PyErr_SetString(PyExc_ValueError, "complex() arg is an empty string");
        return NULL;
    }

    while (p < limit) {
        char c = *p;
        if (c == '\0') {
            PyErr_SetString(PyExc_ValueError,
                            "complex() arg contains a null byte");
            return NULL;
        }
        if (finished) {
            /* only trailing blanks may follow */
            if (!isspace(Py_CHARMASK(c)))
                goto malformed;
            p++;
            continue;
        }
        if (c == '+' || c == '-') {
            /* a sign starts a new term; it must be followed by a number
               or 'j' */
            sign = (c == '-') ? -1 : 1;
            p++;
            if (p >= limit || *p == '+' || *p == '-' || *p == '\0' ||
                isspace(Py_CHARMASK(*p)))
                goto malformed;
            continue;
        }
        if (c == 'j' || c == 'J') {
            if (got_imag)
                goto malformed;
            y = have_num ? sign * num : (double)sign;
            have_num = 0;
            got_imag = 1;
            p++;
            if (p >= limit || (*p != '+' && *p != '-'))
                finished = 1;
            else if (got_real)
                goto malformed;
            sign = 1;
            continue;
        }
        if (isspace(Py_CHARMASK(c))) {
            while (p < limit && isspace(Py_CHARMASK(*p)))
                p++;
            if (p < limit)
                goto malformed;
            finished = 1;
            continue;
        }
        if (c != '.' && !isdigit(Py_CHARMASK(c)))
            goto malformed;
        if (have_num)
            goto malformed;
        errno = 0;
        num = PyOS_ascii_strtod(p, &end);
        if (errno != 0) {
            PyErr_Format(PyExc_ValueError, "float() out of range: %.150s", p);
            return NULL;
        }
        if (end == p)
            goto malformed;
        p = end;
        if (p < limit && (*p == 'j' || *p == 'J')) {
            have_num = 1;           /* the imaginary part, placed above */
            continue;
        }
        /* a real part */
        if (got_real)
            goto malformed;
        x = sign * num;
        got_real = 1;
        sign = 1;
        if (got_imag)
            finished = 1;
    }
    if (have_num)
        goto malformed;
    (void)start;
    return complex_subtype_from_doubles(type, x, y);

  malformed:
    PyErr_SetString(PyExc_ValueError, "complex() arg is a malformed string");
    return NULL;
}

static PyObject *
complex_subtype_from_string(PyTypeObject *type, PyObject *v)
{
    const char *s;
    Py_ssize_t len;
    PyObject *result;

    if (PyString_Check(v)) {
        s = PyString_AS_STRING(v);
        len = PyString_GET_SIZE(v);
        return complex_subtype_from_text(type, s, len);
    }
#ifdef Py_USING_UNICODE
    if (PyUnicode_Check(v)) {
        Py_ssize_t ulen = PyUnicode_GET_SIZE(v);
        char *buf;
        if ((size_t)ulen >= PY_SSIZE_T_MAX)
            return PyErr_NoMemory();
        buf = (char *)PyMem_MALLOC((size_t)ulen + 1);
        if (buf == NULL)
            return PyErr_NoMemory();
        if (PyUnicode_EncodeDecimal(PyUnicode_AS_UNICODE(v), ulen, buf, NULL)) {
            PyMem_FREE(buf);
            return NULL;
        }
        result = complex_subtype_from_text(type, buf, (Py_ssize_t)strlen(buf));
        PyMem_FREE(buf);
        return result;
    }
#endif
    if (PyObject_AsCharBuffer(v, &s, &len)) {
        PyErr_SetString(PyExc_TypeError,
                        "complex() arg is not a string");
        return NULL;
    }
    return complex_subtype_from_text(type, s, len);
}

static PyObject *
complex_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *r = Py_False, *i = NULL, *f, *tmp;
    PyNumberMethods *nbr, *nbi = NULL;
    Py_complex cr, ci = {0.0, 0.0};
    int own_r = 0;
    static char *kwlist[] = {"real", "imag", 0};

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OO:complex", kwlist,
                                     &r, &i))
        return NULL;

    /* complex(z) of an exact complex is z itself */
    if (PyComplex_CheckExact(r) && i == NULL && type == &PyComplex_Type) {
        Py_INCREF(r);
        return r;
    }
    if (PyString_Check(r) || PyUnicode_Check(r)) {
        if (i != NULL) {
            PyErr_SetString(PyExc_TypeError, "complex() can't take "
                            "second arg if first is a string");
            return NULL;
        }
        return complex_subtype_from_string(type, r);
    }
    if (i != NULL && (PyString_Check(i) || PyUnicode_Check(i))) {
        PyErr_SetString(PyExc_TypeError,
                        "complex() second arg can't be a string");
        return NULL;
    }

    /* objects with a __complex__ method */
    f = PyObject_GetAttrString(r, "__complex__");
    if (f == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
    }
    else {
        PyObject *noargs = PyTuple_New(0);
        if (noargs == NULL) {
            Py_DECREF(f);
            return NULL;
        }
        r = PyEval_CallObject(f, noargs);
        Py_DECREF(noargs);
        Py_DECREF(f);
        if (r == NULL)
            return NULL;
        own_r = 1;
    }

    nbr = r->ob_type->tp_as_number;
    if (i != NULL)
        nbi = i->ob_type->tp_as_number;
    if (nbr == NULL || nbr->nb_float == NULL ||
        (i != NULL && (nbi == NULL || nbi->nb_float == NULL))) {
        PyErr_SetString(PyExc_TypeError,
                        "complex() argument must be a string or a number");
        if (own_r)
            Py_DECREF(r);
        return NULL;
    }

    if (PyComplex_Check(r)) {
        /* only the value of a complex subclass instance is kept */
        cr = ((PyComplexObject *)r)->cval;
        if (own_r)
            Py_DECREF(r);
    }
    else {
        tmp = PyNumber_Float(r);
        if (own_r)
            Py_DECREF(r);
        if (tmp == NULL)
            return NULL;
        if (!PyFloat_Check(tmp)) {
            PyErr_SetString(PyExc_TypeError,
                            "float(r) didn't return a float");
            Py_DECREF(tmp);
            return NULL;
        }
        cr.real = PyFloat_AsDouble(tmp);
        cr.imag = 0.0;
        Py_DECREF(tmp);
    }

    if (i == NULL)
        ci.real = 0.0;
    else if (PyComplex_Check(i))
        ci = ((PyComplexObject *)i)->cval;
    else {
        tmp = (*nbi->nb_float)(i);
        if (tmp == NULL)
            return NULL;
        ci.real = PyFloat_AsDouble(tmp);
        Py_DECREF(tmp);
        if (ci.real == -1.0 && PyErr_Occurred())
            return NULL;
        ci.imag = 0.0;
    }
    /* real + imag*1j, with complex arguments allowed for both */
    cr.real -= ci.imag;
    cr.imag += ci.real;
    return complex_subtype_from_c_complex(type, cr);
}

PyDoc_STRVAR(complex_doc,
"complex(real[, imag]) -> complex number\n\
\n\
Make a complex number real + imag*1j from a real part and an optional\n\
imaginary part (0 by default), or from a string.");

static PyNumberMethods complex_as_number = {
    complex_add,                    /* nb_add */
    complex_sub,                    /* nb_subtract */
    complex_mul,                    /* nb_multiply */
    complex_classic_div,            /* nb_divide */
    complex_remainder,              /* nb_remainder */
    complex_divmod,                 /* nb_divmod */
    complex_pow,                    /* nb_power */
    (unaryfunc)complex_neg,         /* nb_negative */
    (unaryfunc)complex_pos,         /* nb_positive */
    (unaryfunc)complex_abs,         /* nb_absolute */
    (inquiry)complex_nonzero,       /* nb_nonzero */
    0,                              /* nb_invert */
    0,                              /* nb_lshift */
    0,                              /* nb_rshift */
    0,                              /* nb_and */
    0,                              /* nb_xor */
    0,                              /* nb_or */
    complex_coerce,                 /* nb_coerce */
    complex_int,                    /* nb_int */
    complex_long,                   /* nb_long */
    complex_float,                  /* nb_float */
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
    complex_int_div,                /* nb_floor_divide */
    complex_div,                    /* nb_true_divide */
    0,                              /* nb_inplace_floor_divide */
    0,                              /* nb_inplace_true_divide */
    0,                              /* nb_index */
};

PyTypeObject PyComplex_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "complex",
    sizeof(PyComplexObject),
    0,
    complex_dealloc,                            /* tp_dealloc */
    (printfunc)complex_print,                   /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)complex_repr,                     /* tp_repr */
    &complex_as_number,                         /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)complex_hash,                     /* tp_hash */
    0,                                          /* tp_call */
    (reprfunc)complex_str,                      /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    complex_doc,                                /* tp_doc */
    0,                                          /* tp_traverse */
    0,                                          /* tp_clear */
    complex_richcompare,                        /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    complex_methods,                            /* tp_methods */
    complex_members,                            /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    PyType_GenericAlloc,                        /* tp_alloc */
    complex_new,                                /* tp_new */
    PyObject_Del,                               /* tp_free */
};
