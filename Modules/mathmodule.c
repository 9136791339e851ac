/* The math module: thin wrappers over the C library's double functions.

   Errors follow 2.5: a domain error (errno EDOM, or a nan result) is
   ValueError("math domain error"); an overflow (ERANGE with a large
   result) is OverflowError("math range error"); underflow is not an
   error. */

#include "Python.h"
#include "longintrepr.h"

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

/* errno is set; raise the matching exception.  Returns 1 if an exception
   was raised, 0 if the condition is harmless (underflow). */
static int
raise_math_error(double x)
{
    if (errno == EDOM)
        PyErr_SetString(PyExc_ValueError, "math domain error");
    else if (errno == ERANGE) {
        if (fabs(x) < 1.5)
            return 0;           /* underflowed to (almost) zero */
        PyErr_SetString(PyExc_OverflowError, "math range error");
    }
    else
        PyErr_SetFromErrno(PyExc_ValueError);
    return 1;
}

/* The one-argument functions are METH_O (no argument tuple) with 2.5's
   METH_VARARGS count message (_METH_O_ARGCOUNT).  An exact float or int
   is converted in place, as "d" would; anything else, and every error
   message, goes through the format parser with a one-item tuple. */
static PyObject *
apply_unary(PyObject *arg, double (*func)(double), const char *fmt)
{
    double x;

    if (PyFloat_CheckExact(arg))
        x = PyFloat_AS_DOUBLE(arg);
    else if (PyInt_CheckExact(arg))
        x = (double)PyInt_AS_LONG(arg);
    else {
        PyObject *args = PyTuple_Pack(1, arg);
        int ok = args != NULL && PyArg_ParseTuple(args, fmt, &x);
        Py_XDECREF(args);
        if (!ok)
            return NULL;
    }
    errno = 0;
    x = (*func)(x);
    Py_SET_ERRNO_ON_MATH_ERROR(x);
    if (errno && raise_math_error(x))
        return NULL;
    return PyFloat_FromDouble(x);
}

static PyObject *
apply_binary(PyObject *args, double (*func)(double, double), const char *fmt)
{
    double x, y;
    if (!PyArg_ParseTuple(args, fmt, &x, &y))
        return NULL;
    errno = 0;
    x = (*func)(x, y);
    Py_SET_ERRNO_ON_MATH_ERROR(x);
    if (errno && raise_math_error(x))
        return NULL;
    return PyFloat_FromDouble(x);
}

#define UNARY_FUNC(name, cfunc, doc) \
    static PyObject *math_##name(PyObject *self, PyObject *arg) { \
        return apply_unary(arg, cfunc, "d:" #name); \
    } \
    PyDoc_STRVAR(math_##name##_doc, doc);

#define BINARY_FUNC(name, cfunc, doc) \
    static PyObject *math_##name(PyObject *self, PyObject *args) { \
        return apply_binary(args, cfunc, "dd:" #name); \
    } \
    PyDoc_STRVAR(math_##name##_doc, doc);

UNARY_FUNC(acos, acos, "acos(x)\n\nArc cosine of x, in radians.")
UNARY_FUNC(asin, asin, "asin(x)\n\nArc sine of x, in radians.")
UNARY_FUNC(atan, atan, "atan(x)\n\nArc tangent of x, in radians.")
BINARY_FUNC(atan2, atan2, "atan2(y, x)\n\nArc tangent of y/x, in radians, "
            "using the signs of both to pick the quadrant.")
UNARY_FUNC(ceil, ceil, "ceil(x)\n\nThe smallest integral value >= x, "
           "as a float.")
UNARY_FUNC(cos, cos, "cos(x)\n\nCosine of x (in radians).")
UNARY_FUNC(cosh, cosh, "cosh(x)\n\nHyperbolic cosine of x.")
UNARY_FUNC(exp, exp, "exp(x)\n\ne raised to the power x.")
UNARY_FUNC(fabs, fabs, "fabs(x)\n\nAbsolute value of x, as a float.")
UNARY_FUNC(floor, floor, "floor(x)\n\nThe largest integral value <= x, "
           "as a float.")
BINARY_FUNC(fmod, fmod, "fmod(x, y)\n\nC's fmod: x modulo y, with the "
            "sign of x.")
BINARY_FUNC(hypot, hypot, "hypot(x, y)\n\nsqrt(x*x + y*y), the Euclidean "
            "distance.")
BINARY_FUNC(pow, pow, "pow(x, y)\n\nx raised to the power y.")
UNARY_FUNC(sin, sin, "sin(x)\n\nSine of x (in radians).")
UNARY_FUNC(sinh, sinh, "sinh(x)\n\nHyperbolic sine of x.")
UNARY_FUNC(sqrt, sqrt, "sqrt(x)\n\nSquare root of x.")
UNARY_FUNC(tan, tan, "tan(x)\n\nTangent of x (in radians).")
UNARY_FUNC(tanh, tanh, "tanh(x)\n\nHyperbolic tangent of x.")

static PyObject *
math_frexp(PyObject *self, PyObject *args)
{
    double x;
    int e;
    if (!PyArg_ParseTuple(args, "d:frexp", &x))
        return NULL;
    errno = 0;
    x = frexp(x, &e);
    Py_SET_ERRNO_ON_MATH_ERROR(x);
    if (errno && raise_math_error(x))
        return NULL;
    return Py_BuildValue("(di)", x, e);
}

PyDoc_STRVAR(math_frexp_doc,
"frexp(x)\n\
\n\
(m, e) with x == m * 2**e, 0.5 <= abs(m) < 1 (or m == 0 for x == 0).");

static PyObject *
math_ldexp(PyObject *self, PyObject *args)
{
    double x;
    int e;
    if (!PyArg_ParseTuple(args, "di:ldexp", &x, &e))
        return NULL;
    errno = 0;
    x = ldexp(x, e);
    Py_SET_ERRNO_ON_MATH_ERROR(x);
    if (errno && raise_math_error(x))
        return NULL;
    return PyFloat_FromDouble(x);
}

PyDoc_STRVAR(math_ldexp_doc, "ldexp(x, i)\n\nx * (2**i).");

static PyObject *
math_modf(PyObject *self, PyObject *args)
{
    double x, ipart;
    if (!PyArg_ParseTuple(args, "d:modf", &x))
        return NULL;
    errno = 0;
    x = modf(x, &ipart);
    Py_SET_ERRNO_ON_MATH_ERROR(x);
    if (errno && raise_math_error(x))
        return NULL;
    return Py_BuildValue("(dd)", x, ipart);
}

PyDoc_STRVAR(math_modf_doc,
"modf(x)\n\
\n\
(fractional part, integral part) of x; both carry the sign of x.");

/* log of a number, where arg may be a long too large for a double:
   x * 2**(e*SHIFT) gives log(x) + e*SHIFT*log(2). */
static PyObject *
log_of(PyObject *arg, double (*func)(double), const char *fmt)
{
    if (PyLong_Check(arg)) {
        double x;
        int e;
        x = _PyLong_AsScaledDouble(arg, &e);
        if (x == -1.0 && PyErr_Occurred())
            return NULL;
        if (x <= 0.0) {
            PyErr_SetString(PyExc_ValueError, "math domain error");
            return NULL;
        }
        x = func(x) + (e * (double)SHIFT) * func(2.0);
        return PyFloat_FromDouble(x);
    }
    return apply_unary(arg, func, fmt);
}

static PyObject *
math_log(PyObject *self, PyObject *args)
{
    PyObject *arg, *base = NULL, *num, *den, *ans;

    if (!PyArg_UnpackTuple(args, "log", 1, 2, &arg, &base))
        return NULL;
    num = log_of(arg, log, "d:log");
    if (num == NULL || base == NULL)
        return num;
    den = log_of(base, log, "d:log");
    if (den == NULL) {
        Py_DECREF(num);
        return NULL;
    }
    ans = PyNumber_Divide(num, den);
    Py_DECREF(num);
    Py_DECREF(den);
    return ans;
}

PyDoc_STRVAR(math_log_doc,
"log(x[, base]) -> the logarithm of x to the given base.\n\
If the base is not given, the natural logarithm (base e) of x.");

static PyObject *
math_log10(PyObject *self, PyObject *args)
{
    PyObject *arg;
    if (!PyArg_UnpackTuple(args, "log10", 1, 1, &arg))
        return NULL;
    return log_of(arg, log10, "d:log10");
}

PyDoc_STRVAR(math_log10_doc, "log10(x) -> the base 10 logarithm of x.");

static const double degrees_per_radian = 180.0 / M_PI;

static PyObject *
math_degrees(PyObject *self, PyObject *args)
{
    double x;
    if (!PyArg_ParseTuple(args, "d:degrees", &x))
        return NULL;
    return PyFloat_FromDouble(x * degrees_per_radian);
}

PyDoc_STRVAR(math_degrees_doc,
"degrees(x) -> angle x (given in radians) in degrees");

static PyObject *
math_radians(PyObject *self, PyObject *args)
{
    double x;
    if (!PyArg_ParseTuple(args, "d:radians", &x))
        return NULL;
    return PyFloat_FromDouble(x / degrees_per_radian);
}

PyDoc_STRVAR(math_radians_doc,
"radians(x) -> angle x (given in degrees) in radians");

static PyMethodDef math_methods[] = {
    {"acos", math_acos, METH_O | _METH_O_ARGCOUNT, math_acos_doc},
    {"asin", math_asin, METH_O | _METH_O_ARGCOUNT, math_asin_doc},
    {"atan", math_atan, METH_O | _METH_O_ARGCOUNT, math_atan_doc},
    {"atan2", math_atan2, METH_VARARGS, math_atan2_doc},
    {"ceil", math_ceil, METH_O | _METH_O_ARGCOUNT, math_ceil_doc},
    {"cos", math_cos, METH_O | _METH_O_ARGCOUNT, math_cos_doc},
    {"cosh", math_cosh, METH_O | _METH_O_ARGCOUNT, math_cosh_doc},
    {"degrees", math_degrees, METH_VARARGS, math_degrees_doc},
    {"exp", math_exp, METH_O | _METH_O_ARGCOUNT, math_exp_doc},
    {"fabs", math_fabs, METH_O | _METH_O_ARGCOUNT, math_fabs_doc},
    {"floor", math_floor, METH_O | _METH_O_ARGCOUNT, math_floor_doc},
    {"fmod", math_fmod, METH_VARARGS, math_fmod_doc},
    {"frexp", math_frexp, METH_VARARGS, math_frexp_doc},
    {"hypot", math_hypot, METH_VARARGS, math_hypot_doc},
    {"ldexp", math_ldexp, METH_VARARGS, math_ldexp_doc},
    {"log", math_log, METH_VARARGS, math_log_doc},
    {"log10", math_log10, METH_VARARGS, math_log10_doc},
    {"modf", math_modf, METH_VARARGS, math_modf_doc},
    {"pow", math_pow, METH_VARARGS, math_pow_doc},
    {"radians", math_radians, METH_VARARGS, math_radians_doc},
    {"sin", math_sin, METH_O | _METH_O_ARGCOUNT, math_sin_doc},
    {"sinh", math_sinh, METH_O | _METH_O_ARGCOUNT, math_sinh_doc},
    {"sqrt", math_sqrt, METH_O | _METH_O_ARGCOUNT, math_sqrt_doc},
    {"tan", math_tan, METH_O | _METH_O_ARGCOUNT, math_tan_doc},
    {"tanh", math_tanh, METH_O | _METH_O_ARGCOUNT, math_tanh_doc},
    {NULL, NULL}
};

PyDoc_STRVAR(module_doc,
"Mathematical functions of the C standard library, on floats.");

PyMODINIT_FUNC
initmath(void)
{
    PyObject *m, *v;

    m = Py_InitModule3("math", math_methods, module_doc);
    if (m == NULL)
        return;
    v = PyFloat_FromDouble(M_PI);
    if (v == NULL || PyModule_AddObject(m, "pi", v) < 0)
        return;
    v = PyFloat_FromDouble(M_E);
    if (v == NULL || PyModule_AddObject(m, "e", v) < 0)
        return;
}
