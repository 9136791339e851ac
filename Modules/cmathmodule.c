/* The cmath module: elementary functions of a complex variable, from the
   usual identities in terms of exp, log and sqrt. */

#include "Python.h"

#include <errno.h>
#include <math.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#ifndef M_E
#define M_E 2.7182818284590452354
#endif

static const Py_complex k_one = {1.0, 0.0};
static const Py_complex k_half = {0.5, 0.0};
static const Py_complex k_i = {0.0, 1.0};
static const Py_complex k_half_i = {0.0, 0.5};

static Py_complex
mk(double re, double im)
{
    Py_complex r;
    r.real = re;
    r.imag = im;
    return r;
}

/* i * z */
static Py_complex
times_i(Py_complex z)
{
    return mk(-z.imag, z.real);
}

static Py_complex
c_sqrt(Py_complex z)
{
    double s, d;
    if (z.real == 0.0 && z.imag == 0.0)
        return z;       /* keeps the signs of the zeros, as 2.5 did */
    s = sqrt(0.5 * (fabs(z.real) + hypot(z.real, z.imag)));
    d = 0.5 * z.imag / s;
    if (z.real >= 0.0)
        return mk(s, d);
    if (z.imag >= 0.0)
        return mk(d, s);
    return mk(-d, -s);
}

static Py_complex
c_exp(Py_complex z)
{
    double m = exp(z.real);
    return mk(m * cos(z.imag), m * sin(z.imag));
}

static Py_complex
c_log(Py_complex z)
{
    return mk(log(hypot(z.real, z.imag)), atan2(z.imag, z.real));
}

static Py_complex
c_log10(Py_complex z)
{
    return mk(log10(hypot(z.real, z.imag)), atan2(z.imag, z.real) / log(10.0));
}

static Py_complex
c_cos(Py_complex z)
{
    return mk(cos(z.real) * cosh(z.imag), -sin(z.real) * sinh(z.imag));
}

static Py_complex
c_sin(Py_complex z)
{
    return mk(sin(z.real) * cosh(z.imag), cos(z.real) * sinh(z.imag));
}

static Py_complex
c_cosh(Py_complex z)
{
    return mk(cos(z.imag) * cosh(z.real), sin(z.imag) * sinh(z.real));
}

static Py_complex
c_sinh(Py_complex z)
{
    return mk(cos(z.imag) * sinh(z.real), sin(z.imag) * cosh(z.real));
}

/* tan z = sin z / cos z, written out to share the real functions */
static Py_complex
c_tan(Py_complex z)
{
    double sr = sin(z.real), cr = cos(z.real);
    double sh = sinh(z.imag), ch = cosh(z.imag);
    double num_re = sr * ch, num_im = cr * sh;     /* sin z */
    double den_re = cr * ch, den_im = -sr * sh;    /* cos z */
    double d = den_re * den_re + den_im * den_im;
    return mk((num_re * den_re + num_im * den_im) / d,
              (num_im * den_re - num_re * den_im) / d);
}

static Py_complex
c_tanh(Py_complex z)
{
    double sr = sinh(z.real), cr = cosh(z.real);
    double si = sin(z.imag), ci = cos(z.imag);
    double num_re = sr * ci, num_im = cr * si;     /* sinh z */
    double den_re = cr * ci, den_im = sr * si;     /* cosh z */
    double d = den_re * den_re + den_im * den_im;
    return mk((num_re * den_re + num_im * den_im) / d,
              (num_im * den_re - num_re * den_im) / d);
}

/* acos z = -i log(z + i sqrt(1 - z*z)) */
static Py_complex
c_acos(Py_complex z)
{
    Py_complex root = c_sqrt(c_diff(k_one, c_prod(z, z)));
    return c_neg(times_i(c_log(c_sum(z, times_i(root)))));
}

/* asin z = -i log(i z + sqrt(1 - z*z)) */
static Py_complex
c_asin(Py_complex z)
{
    Py_complex root = c_sqrt(c_diff(k_one, c_prod(z, z)));
    return c_neg(times_i(c_log(c_sum(times_i(z), root))));
}

/* atan z = (i/2) log((i + z) / (i - z)) */
static Py_complex
c_atan(Py_complex z)
{
    return c_prod(k_half_i, c_log(c_quot(c_sum(k_i, z), c_diff(k_i, z))));
}

/* acosh z = 2 log(sqrt((z+1)/2) + sqrt((z-1)/2)) */
static Py_complex
c_acosh(Py_complex z)
{
    Py_complex t = c_prod(c_sqrt(k_half),
                          c_sum(c_sqrt(c_sum(z, k_one)),
                                c_sqrt(c_diff(z, k_one))));
    t = c_log(t);
    return c_sum(t, t);
}

/* asinh z = 2 log(sqrt((z+i)/2) + sqrt((z-i)/2)) */
static Py_complex
c_asinh(Py_complex z)
{
    Py_complex t = c_prod(c_sqrt(k_half),
                          c_sum(c_sqrt(c_sum(z, k_i)),
                                c_sqrt(c_diff(z, k_i))));
    t = c_log(t);
    return c_sum(t, t);
}

/* atanh z = (1/2) log((1 + z) / (1 - z)) */
static Py_complex
c_atanh(Py_complex z)
{
    return c_prod(k_half, c_log(c_quot(c_sum(k_one, z), c_diff(k_one, z))));
}

static PyObject *
raise_math_error(void)
{
    if (errno == EDOM)
        PyErr_SetString(PyExc_ValueError, "math domain error");
    else if (errno == ERANGE)
        PyErr_SetString(PyExc_OverflowError, "math range error");
    else
        PyErr_SetFromErrno(PyExc_ValueError);
    return NULL;
}

static PyObject *
apply_complex(PyObject *args, Py_complex (*func)(Py_complex), const char *fmt)
{
    Py_complex z;
    if (!PyArg_ParseTuple(args, fmt, &z))
        return NULL;
    errno = 0;
    z = (*func)(z);
    Py_ADJUST_ERANGE2(z.real, z.imag);
    if (errno != 0)
        return raise_math_error();
    return PyComplex_FromCComplex(z);
}

#define CMATH_FUNC(name, doc) \
    static PyObject *cmath_##name(PyObject *self, PyObject *args) { \
        return apply_complex(args, c_##name, "D:" #name); \
    } \
    PyDoc_STRVAR(cmath_##name##_doc, doc);

CMATH_FUNC(acos, "acos(x)\n\nThe arc cosine of x.")
CMATH_FUNC(acosh, "acosh(x)\n\nThe hyperbolic arc cosine of x.")
CMATH_FUNC(asin, "asin(x)\n\nThe arc sine of x.")
CMATH_FUNC(asinh, "asinh(x)\n\nThe hyperbolic arc sine of x.")
CMATH_FUNC(atan, "atan(x)\n\nThe arc tangent of x.")
CMATH_FUNC(atanh, "atanh(x)\n\nThe hyperbolic arc tangent of x.")
CMATH_FUNC(cos, "cos(x)\n\nThe cosine of x.")
CMATH_FUNC(cosh, "cosh(x)\n\nThe hyperbolic cosine of x.")
CMATH_FUNC(exp, "exp(x)\n\ne raised to the power x.")
CMATH_FUNC(log10, "log10(x)\n\nThe base-10 logarithm of x.")
CMATH_FUNC(sin, "sin(x)\n\nThe sine of x.")
CMATH_FUNC(sinh, "sinh(x)\n\nThe hyperbolic sine of x.")
CMATH_FUNC(sqrt, "sqrt(x)\n\nThe square root of x.")
CMATH_FUNC(tan, "tan(x)\n\nThe tangent of x.")
CMATH_FUNC(tanh, "tanh(x)\n\nThe hyperbolic tangent of x.")

static PyObject *
cmath_log(PyObject *self, PyObject *args)
{
    Py_complex x, y;
    int have_base;

    y.real = M_E;
    y.imag = 0.0;
    if (!PyArg_ParseTuple(args, "D|D:log", &x, &y))
        return NULL;
    have_base = PyTuple_GET_SIZE(args) == 2;
    errno = 0;
    x = c_log(x);
    if (have_base)
        x = c_quot(x, c_log(y));
    Py_ADJUST_ERANGE2(x.real, x.imag);
    if (errno != 0)
        return raise_math_error();
    return PyComplex_FromCComplex(x);
}

PyDoc_STRVAR(cmath_log_doc,
"log(x[, base]) -> the logarithm of x to the given base.\n\
If the base is not given, the natural logarithm (base e) of x.");

static PyMethodDef cmath_methods[] = {
    {"acos", cmath_acos, METH_VARARGS, cmath_acos_doc},
    {"acosh", cmath_acosh, METH_VARARGS, cmath_acosh_doc},
    {"asin", cmath_asin, METH_VARARGS, cmath_asin_doc},
    {"asinh", cmath_asinh, METH_VARARGS, cmath_asinh_doc},
    {"atan", cmath_atan, METH_VARARGS, cmath_atan_doc},
    {"atanh", cmath_atanh, METH_VARARGS, cmath_atanh_doc},
    {"cos", cmath_cos, METH_VARARGS, cmath_cos_doc},
    {"cosh", cmath_cosh, METH_VARARGS, cmath_cosh_doc},
    {"exp", cmath_exp, METH_VARARGS, cmath_exp_doc},
    {"log", cmath_log, METH_VARARGS, cmath_log_doc},
    {"log10", cmath_log10, METH_VARARGS, cmath_log10_doc},
    {"sin", cmath_sin, METH_VARARGS, cmath_sin_doc},
    {"sinh", cmath_sinh, METH_VARARGS, cmath_sinh_doc},
    {"sqrt", cmath_sqrt, METH_VARARGS, cmath_sqrt_doc},
    {"tan", cmath_tan, METH_VARARGS, cmath_tan_doc},
    {"tanh", cmath_tanh, METH_VARARGS, cmath_tanh_doc},
    {NULL, NULL}
};

PyDoc_STRVAR(module_doc,
"Mathematical functions for complex numbers.");

PyMODINIT_FUNC
initcmath(void)
{
    PyObject *m, *v;

    m = Py_InitModule3("cmath", cmath_methods, module_doc);
    if (m == NULL)
        return;
    v = PyFloat_FromDouble(M_PI);
    if (v == NULL || PyModule_AddObject(m, "pi", v) < 0)
        return;
    v = PyFloat_FromDouble(M_E);
    if (v == NULL || PyModule_AddObject(m, "e", v) < 0)
        return;
}
