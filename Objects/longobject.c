/* Long (arbitrary precision) integers.

   Representation (longintrepr.h): sign-magnitude, base 2**SHIFT digits,
   least significant first, |ob_size| digits, no leading zero digits.

   Algorithms: schoolbook and Karatsuba multiplication, Knuth's algorithm D
   for division, left-to-right binary exponentiation, two's complement
   emulation for the bitwise operators, and chunked base conversion.  The
   outer loops of the quadratic algorithms poll for signals so that work on
   huge numbers can be interrupted. */

#include "Python.h"
#include "longintrepr.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stddef.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

#define ABS(x) ((x) < 0 ? -(x) : (x))
#define NDIGITS(v) ABS(((PyLongObject *)(v))->ob_size)

/* Operands with more digits than this are multiplied with Karatsuba. */
#define KARATSUBA_CUTOFF 70
/* Outer loops over numbers at least this long poll for interrupts. */
#define POLL_SIZE 500
/* Allocations above this many bytes ask the memory account first. */
#define BIG_ALLOCATION (1 << 20)
/* Results known to need more bytes than this are refused at once. */
#define HOPELESS_ALLOCATION ((size_t)1 << 40)

static int
poll_interrupt(void)
{
    /* Signals, and the interpreter's CPU and time budgets: a sandbox
       stuck in one huge multiplication is stopped here. */
    if (PyErr_CheckSignals() < 0)
        return -1;
    return _PyEval_CheckLimits();
}

/* ------------------------------------------------------------------ */
/* Allocation and normalization                                         */

PyLongObject *
_PyLong_New(Py_ssize_t size)
{
    PyLongObject *op;
    size_t nbytes;

    if (size < 0 ||
        (size_t)size > (PY_SSIZE_T_MAX - sizeof(PyLongObject)) / sizeof(digit)) {
        PyErr_NoMemory();
        return NULL;
    }
    nbytes = offsetof(PyLongObject, ob_digit) + (size_t)size * sizeof(digit);
    if (nbytes < sizeof(PyLongObject))
        nbytes = sizeof(PyLongObject);      /* room for ob_digit[0] */
    if (nbytes > BIG_ALLOCATION && _PyMem_CheckAvailable(nbytes) < 0)
        return NULL;
    op = (PyLongObject *)PyObject_MALLOC(nbytes);
    if (op == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    (void)PyObject_INIT_VAR(op, &PyLong_Type, size);
    return op;
}

/* Drop leading zero digits (keeping the sign). */
static PyLongObject *
long_normalize(PyLongObject *v)
{
    Py_ssize_t n = ABS(v->ob_size);
    while (n > 0 && v->ob_digit[n - 1] == 0)
        n--;
    v->ob_size = v->ob_size < 0 ? -n : n;
    return v;
}

PyObject *
_PyLong_Copy(PyLongObject *src)
{
    Py_ssize_t n = ABS(src->ob_size);
    PyLongObject *r = _PyLong_New(n);
    if (r == NULL)
        return NULL;
    r->ob_size = src->ob_size;
    if (n)
        memcpy(r->ob_digit, src->ob_digit, n * sizeof(digit));
    return (PyObject *)r;
}

/* A long of the given digit count, all digits zero (not normalized). */
static PyLongObject *
long_zeros(Py_ssize_t n)
{
    PyLongObject *r = _PyLong_New(n);
    if (r != NULL && n > 0)
        memset(r->ob_digit, 0, n * sizeof(digit));
    return r;
}

/* Return the exact long type: subclasses are copied, longs shared. */
static PyObject *
long_exact(PyLongObject *v)
{
    if (PyLong_CheckExact(v)) {
        Py_INCREF(v);
        return (PyObject *)v;
    }
    return _PyLong_Copy(v);
}

/* ------------------------------------------------------------------ */
/* From C integers                                                     */

static PyObject *
long_from_magnitude(unsigned PY_LONG_LONG mag, int negative)
{
    unsigned PY_LONG_LONG t = mag;
    Py_ssize_t n = 0, i;
    PyLongObject *v;

    while (t) {
        n++;
        t >>= SHIFT;
    }
    v = _PyLong_New(n);
    if (v == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        v->ob_digit[i] = (digit)(mag & MASK);
        mag >>= SHIFT;
    }
    v->ob_size = negative ? -n : n;
    return (PyObject *)v;
}

PyObject *
PyLong_FromLong(long ival)
{
    if (ival < 0)
        return long_from_magnitude(0ULL - (unsigned PY_LONG_LONG)(PY_LONG_LONG)ival, 1);
    return long_from_magnitude((unsigned PY_LONG_LONG)ival, 0);
}

PyObject *
PyLong_FromUnsignedLong(unsigned long ival)
{
    return long_from_magnitude((unsigned PY_LONG_LONG)ival, 0);
}

PyObject *
PyLong_FromLongLong(PY_LONG_LONG ival)
{
    if (ival < 0)
        return long_from_magnitude(0ULL - (unsigned PY_LONG_LONG)ival, 1);
    return long_from_magnitude((unsigned PY_LONG_LONG)ival, 0);
}

PyObject *
PyLong_FromUnsignedLongLong(unsigned PY_LONG_LONG ival)
{
    return long_from_magnitude(ival, 0);
}

PyObject *
_PyLong_FromSsize_t(Py_ssize_t ival)
{
    return PyLong_FromLongLong((PY_LONG_LONG)ival);
}

PyObject *
_PyLong_FromSize_t(size_t ival)
{
    return long_from_magnitude((unsigned PY_LONG_LONG)ival, 0);
}

PyObject *
PyLong_FromDouble(double dval)
{
    PyLongObject *v;
    double frac;
    int expo, negative = 0;
    Py_ssize_t ndig, i;

    if (Py_IS_INFINITY(dval)) {
        PyErr_SetString(PyExc_OverflowError,
                        "cannot convert float infinity to long");
        return NULL;
    }
    if (Py_IS_NAN(dval))
        return PyLong_FromLong(0L);      /* what 2.5 gives */
    if (dval < 0.0) {
        negative = 1;
        dval = -dval;
    }
    frac = frexp(dval, &expo);          /* dval = frac * 2**expo */
    if (expo <= 0)
        return PyLong_FromLong(0L);
    ndig = (expo - 1) / SHIFT + 1;
    v = _PyLong_New(ndig);
    if (v == NULL)
        return NULL;
    /* Peel off SHIFT bits at a time from the top, the first chunk being
       the partial one. */
    frac = ldexp(frac, (expo - 1) % SHIFT + 1);
    for (i = ndig - 1; i >= 0; i--) {
        digit d = (digit)frac;
        v->ob_digit[i] = d;
        frac = ldexp(frac - (double)d, SHIFT);
    }
    v->ob_size = negative ? -ndig : ndig;
    return (PyObject *)long_normalize(v);
}

PyObject *
PyLong_FromVoidPtr(void *p)
{
    if ((Py_uintptr_t)p <= (Py_uintptr_t)LONG_MAX)
        return PyInt_FromLong((long)(Py_uintptr_t)p);
    return PyLong_FromUnsignedLongLong((unsigned PY_LONG_LONG)(Py_uintptr_t)p);
}

/* ------------------------------------------------------------------ */
/* To C integers                                                       */

/* Magnitude of v if it fits in `limit`; returns -1 if it does not. */
static int
magnitude_upto(PyLongObject *v, unsigned PY_LONG_LONG limit,
               unsigned PY_LONG_LONG *out)
{
    Py_ssize_t i = ABS(v->ob_size);
    unsigned PY_LONG_LONG x = 0;
    while (--i >= 0) {
        if (x > (limit >> SHIFT))
            return -1;
        x = (x << SHIFT) | v->ob_digit[i];
        if (x > limit)
            return -1;
    }
    *out = x;
    return 0;
}

long
PyLong_AsLong(PyObject *vv)
{
    PyLongObject *v;
    unsigned PY_LONG_LONG mag;

    if (vv == NULL || !PyLong_Check(vv)) {
        if (vv != NULL && PyInt_Check(vv))
            return PyInt_AsLong(vv);
        PyErr_BadInternalCall();
        return -1;
    }
    v = (PyLongObject *)vv;
    if (v->ob_size < 0) {
        if (magnitude_upto(v, (unsigned PY_LONG_LONG)LONG_MAX + 1, &mag) == 0)
            return (long)(0ULL - mag);
    }
    else if (magnitude_upto(v, (unsigned PY_LONG_LONG)LONG_MAX, &mag) == 0)
        return (long)mag;
    PyErr_SetString(PyExc_OverflowError,
                    "long int too large to convert to int");
    return -1;
}

Py_ssize_t
_PyLong_AsSsize_t(PyObject *vv)
{
    PyLongObject *v;
    unsigned PY_LONG_LONG mag;

    if (vv == NULL || !PyLong_Check(vv)) {
        PyErr_BadInternalCall();
        return -1;
    }
    v = (PyLongObject *)vv;
    if (v->ob_size < 0) {
        if (magnitude_upto(v, (unsigned PY_LONG_LONG)PY_SSIZE_T_MAX + 1, &mag) == 0)
            return (Py_ssize_t)(0ULL - mag);
    }
    else if (magnitude_upto(v, (unsigned PY_LONG_LONG)PY_SSIZE_T_MAX, &mag) == 0)
        return (Py_ssize_t)mag;
    PyErr_SetString(PyExc_OverflowError,
                    "long int too large to convert to int");
    return -1;
}

unsigned long
PyLong_AsUnsignedLong(PyObject *vv)
{
    PyLongObject *v;
    unsigned PY_LONG_LONG mag;

    if (vv == NULL || !PyLong_Check(vv)) {
        if (vv != NULL && PyInt_Check(vv)) {
            long val = PyInt_AsLong(vv);
            if (val < 0) {
                PyErr_SetString(PyExc_OverflowError,
                        "can't convert negative value to unsigned long");
                return (unsigned long)-1;
            }
            return (unsigned long)val;
        }
        PyErr_BadInternalCall();
        return (unsigned long)-1;
    }
    v = (PyLongObject *)vv;
    if (v->ob_size < 0) {
        PyErr_SetString(PyExc_OverflowError,
                        "can't convert negative value to unsigned long");
        return (unsigned long)-1;
    }
    if (magnitude_upto(v, (unsigned PY_LONG_LONG)ULONG_MAX, &mag) < 0) {
        PyErr_SetString(PyExc_OverflowError,
                        "long int too large to convert");
        return (unsigned long)-1;
    }
    return (unsigned long)mag;
}

/* The value modulo 2**64, two's complement for negative numbers. */
static unsigned PY_LONG_LONG
low_bits(PyLongObject *v)
{
    Py_ssize_t i = ABS(v->ob_size);
    unsigned PY_LONG_LONG x = 0;
    while (--i >= 0)
        x = (x << SHIFT) | v->ob_digit[i];
    return v->ob_size < 0 ? 0ULL - x : x;
}

unsigned long
PyLong_AsUnsignedLongMask(PyObject *vv)
{
    if (vv == NULL || !PyLong_Check(vv)) {
        if (vv != NULL && PyInt_Check(vv))
            return PyInt_AsUnsignedLongMask(vv);
        PyErr_BadInternalCall();
        return (unsigned long)-1;
    }
    return (unsigned long)low_bits((PyLongObject *)vv);
}

unsigned PY_LONG_LONG
PyLong_AsUnsignedLongLongMask(PyObject *vv)
{
    if (vv == NULL || !PyLong_Check(vv)) {
        PyErr_BadInternalCall();
        return (unsigned PY_LONG_LONG)-1;
    }
    return low_bits((PyLongObject *)vv);
}

static int
host_little_endian(void)
{
    const unsigned int one = 1;
    return *(const unsigned char *)&one == 1;
}

PY_LONG_LONG
PyLong_AsLongLong(PyObject *vv)
{
    PY_LONG_LONG bytes;

    if (vv == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (!PyLong_Check(vv)) {
        PyNumberMethods *nb;
        PyObject *io;
        if (PyInt_Check(vv))
            return (PY_LONG_LONG)PyInt_AsLong(vv);
        if ((nb = vv->ob_type->tp_as_number) == NULL || nb->nb_int == NULL) {
            PyErr_SetString(PyExc_TypeError, "an integer is required");
            return -1;
        }
        io = (*nb->nb_int)(vv);
        if (io == NULL)
            return -1;
        if (PyInt_Check(io))
            bytes = PyInt_AsLong(io);
        else if (PyLong_Check(io))
            bytes = PyLong_AsLongLong(io);
        else {
            Py_DECREF(io);
            PyErr_SetString(PyExc_TypeError, "integer conversion failed");
            return -1;
        }
        Py_DECREF(io);
        return bytes;
    }
    if (_PyLong_AsByteArray((PyLongObject *)vv, (unsigned char *)&bytes,
                            sizeof(bytes), host_little_endian(), 1) < 0)
        return -1;
    return bytes;
}

unsigned PY_LONG_LONG
PyLong_AsUnsignedLongLong(PyObject *vv)
{
    unsigned PY_LONG_LONG bytes;

    if (vv == NULL || !PyLong_Check(vv)) {
        PyErr_BadInternalCall();
        return (unsigned PY_LONG_LONG)-1;
    }
    if (_PyLong_AsByteArray((PyLongObject *)vv, (unsigned char *)&bytes,
                            sizeof(bytes), host_little_endian(), 0) < 0)
        return (unsigned PY_LONG_LONG)-1;
    return bytes;
}

void *
PyLong_AsVoidPtr(PyObject *vv)
{
    if (vv != NULL && PyInt_Check(vv)) {
        long x = PyInt_AS_LONG(vv);
        return (void *)(Py_uintptr_t)x;
    }
    if (vv != NULL && PyLong_Check(vv)) {
        PY_LONG_LONG x;
        if (_PyLong_Sign(vv) < 0)
            x = PyLong_AsLongLong(vv);
        else
            x = (PY_LONG_LONG)PyLong_AsUnsignedLongLong(vv);
        if (x == -1 && PyErr_Occurred())
            return NULL;
        return (void *)(Py_uintptr_t)x;
    }
    PyErr_BadInternalCall();
    return NULL;
}

int
_PyLong_Sign(PyObject *vv)
{
    PyLongObject *v = (PyLongObject *)vv;
    assert(v != NULL && PyLong_Check(v));
    return v->ob_size == 0 ? 0 : (v->ob_size < 0 ? -1 : 1);
}

static int
bits_in_digit(digit d)
{
    int n = 0;
    while (d) {
        n++;
        d >>= 1;
    }
    return n;
}

size_t
_PyLong_NumBits(PyObject *vv)
{
    PyLongObject *v = (PyLongObject *)vv;
    Py_ssize_t ndigits;
    size_t result;

    assert(v != NULL && PyLong_Check(v));
    ndigits = ABS(v->ob_size);
    if (ndigits == 0)
        return 0;
    if ((size_t)(ndigits - 1) > ((size_t)-1 - SHIFT) / SHIFT) {
        PyErr_SetString(PyExc_OverflowError, "long has too many bits "
                        "to express in a platform size_t");
        return (size_t)-1;
    }
    result = (size_t)(ndigits - 1) * SHIFT;
    return result + bits_in_digit(v->ob_digit[ndigits - 1]);
}

/* ------------------------------------------------------------------ */
/* Byte arrays                                                          */

PyObject *
_PyLong_FromByteArray(const unsigned char *bytes, size_t n,
                      int little_endian, int is_signed)
{
    PyLongObject *v;
    size_t i, nbits, ndigits;
    int negative = 0;
    int step = little_endian ? 1 : -1;
    const unsigned char *p;
    unsigned int carry = 1;         /* for negating two's complement */
    twodigits acc = 0;
    int accbits = 0;
    Py_ssize_t out = 0;

    if (n == 0)
        return PyLong_FromLong(0L);
    if (n > ((size_t)PY_SSIZE_T_MAX - SHIFT) / 8) {
        PyErr_SetString(PyExc_OverflowError,
                        "byte array too long to convert to int");
        return NULL;
    }
    if (is_signed) {
        unsigned char top = little_endian ? bytes[n - 1] : bytes[0];
        negative = (top & 0x80) != 0;
    }
    nbits = n * 8;
    ndigits = (nbits + SHIFT - 1) / SHIFT;
    v = _PyLong_New((Py_ssize_t)ndigits);
    if (v == NULL)
        return NULL;

    p = little_endian ? bytes : bytes + n - 1;
    for (i = 0; i < n; i++, p += step) {
        unsigned int b = *p;
        if (negative) {
            /* magnitude = ~x + 1, computed a byte at a time */
            b = (b ^ 0xFF) + carry;
            carry = b >> 8;
            b &= 0xFF;
        }
        acc |= (twodigits)b << accbits;
        accbits += 8;
        while (accbits >= SHIFT) {
            v->ob_digit[out++] = (digit)(acc & MASK);
            acc >>= SHIFT;
            accbits -= SHIFT;
        }
    }
    if (accbits > 0)
        v->ob_digit[out++] = (digit)acc;
    while ((size_t)out < ndigits)
        v->ob_digit[out++] = 0;
    v->ob_size = negative ? -(Py_ssize_t)ndigits : (Py_ssize_t)ndigits;
    return (PyObject *)long_normalize(v);
}

int
_PyLong_AsByteArray(PyLongObject *v, unsigned char *bytes, size_t n,
                    int little_endian, int is_signed)
{
    Py_ssize_t ndigits = ABS(v->ob_size), i;
    int negative = v->ob_size < 0;
    size_t nbits, need, j;
    unsigned char *p;
    int step = little_endian ? 1 : -1;
    twodigits acc = 0;
    int accbits = 0;
    digit carry = 1;

    if (negative && !is_signed) {
        PyErr_SetString(PyExc_TypeError,
                        "can't convert negative long to unsigned");
        return -1;
    }

    /* How many bits does the value need in this representation? */
    nbits = 0;
    if (ndigits > 0) {
        digit top = v->ob_digit[ndigits - 1];
        nbits = (size_t)(ndigits - 1) * SHIFT + bits_in_digit(top);
        if (negative) {
            /* -m fits in b two's complement bits iff m <= 2**(b-1) */
            int power_of_two = (top & (top - 1)) == 0;
            for (i = 0; power_of_two && i < ndigits - 1; i++)
                if (v->ob_digit[i] != 0)
                    power_of_two = 0;
            if (power_of_two)
                nbits -= 1;
            nbits += 1;
        }
        else if (is_signed)
            nbits += 1;         /* room for a zero sign bit */
    }
    need = (nbits + 7) / 8;
    if (need > n) {
        PyErr_SetString(PyExc_OverflowError, "long too big to convert");
        return -1;
    }

    /* Emit n bytes of the (two's complement) value, low byte first. */
    p = little_endian ? bytes : bytes + n - 1;
    j = 0;
    for (i = 0; i < ndigits && j < n; i++) {
        digit d = v->ob_digit[i];
        if (negative) {
            digit t = (d ^ MASK) + carry;
            carry = t >> SHIFT;
            d = t & MASK;
        }
        acc |= (twodigits)d << accbits;
        accbits += SHIFT;
        while (accbits >= 8 && j < n) {
            *p = (unsigned char)(acc & 0xFF);
            p += step;
            j++;
            acc >>= 8;
            accbits -= 8;
        }
    }
    if (j < n && accbits > 0) {
        /* partial byte: complete it with sign bits */
        if (negative)
            acc |= (twodigits)0xFF << accbits;
        *p = (unsigned char)(acc & 0xFF);
        p += step;
        j++;
    }
    for (; j < n; j++) {
        *p = negative ? 0xFF : 0x00;
        p += step;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* To double                                                            */

double
_PyLong_AsScaledDouble(PyObject *vv, int *exponent)
{
    PyLongObject *v;
    Py_ssize_t i, used;
    double x;

    if (vv == NULL || !PyLong_Check(vv)) {
        PyErr_BadInternalCall();
        return -1;
    }
    v = (PyLongObject *)vv;
    i = ABS(v->ob_size);
    if (i == 0) {
        *exponent = 0;
        return 0.0;
    }
    /* The top digit plus enough lower digits for at least 56 more bits:
       well over a double's precision, accumulated in double arithmetic.
       The digits left out are treated as zeros. */
    i--;
    x = (double)v->ob_digit[i];
    for (used = 0; i > 0 && used < 4; used++) {
        i--;
        x = x * (double)BASE + (double)v->ob_digit[i];
    }
    if (i > INT_MAX) {
        /* only reachable for absurdly large numbers */
        i = INT_MAX;
    }
    *exponent = (int)i;
    return v->ob_size < 0 ? -x : x;
}

double
PyLong_AsDouble(PyObject *vv)
{
    int e = -1;
    double x;

    if (vv == NULL || !PyLong_Check(vv)) {
        PyErr_BadInternalCall();
        return -1;
    }
    x = _PyLong_AsScaledDouble(vv, &e);
    if (x == -1.0 && PyErr_Occurred())
        return -1.0;
    if (e > INT_MAX / SHIFT)
        goto overflow;
    errno = 0;
    x = ldexp(x, e * SHIFT);
    if (Py_OVERFLOWED(x))
        goto overflow;
    return x;

  overflow:
    PyErr_SetString(PyExc_OverflowError,
                    "long int too large to convert to float");
    return -1.0;
}

/* ------------------------------------------------------------------ */
/* Digit-vector primitives                                              */

/* z[0:n] += a[0:m] (m <= n) modulo BASE**n; returns the carry out. */
static digit
vec_add_into(digit *z, Py_ssize_t n, const digit *a, Py_ssize_t m)
{
    Py_ssize_t i;
    digit carry = 0;
    if (m > n)
        m = n;
    for (i = 0; i < m; i++) {
        carry += z[i] + a[i];
        z[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; carry && i < n; i++) {
        carry += z[i];
        z[i] = carry & MASK;
        carry >>= SHIFT;
    }
    return carry;
}

/* z[0:n] -= a[0:m] (m <= n) modulo BASE**n; returns the borrow out. */
static digit
vec_sub_from(digit *z, Py_ssize_t n, const digit *a, Py_ssize_t m)
{
    Py_ssize_t i;
    digit borrow = 0;
    if (m > n)
        m = n;
    for (i = 0; i < m; i++) {
        borrow = z[i] - a[i] - borrow;
        z[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    for (; borrow && i < n; i++) {
        borrow = z[i] - borrow;
        z[i] = borrow & MASK;
        borrow = (borrow >> SHIFT) & 1;
    }
    return borrow;
}

/* Compare magnitudes of digit vectors: -1, 0, 1. */
static int
vec_cmp(const digit *a, Py_ssize_t na, const digit *b, Py_ssize_t nb)
{
    Py_ssize_t i;
    if (na != nb)
        return na < nb ? -1 : 1;
    for (i = na - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Addition and subtraction                                             */

/* |a| + |b| (positive result). */
static PyLongObject *
mag_add(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t na = ABS(a->ob_size), nb = ABS(b->ob_size);
    PyLongObject *z;
    digit carry;

    if (na < nb) {
        PyLongObject *t = a; a = b; b = t;
        na ^= nb; nb ^= na; na ^= nb;
    }
    z = _PyLong_New(na + 1);
    if (z == NULL)
        return NULL;
    memcpy(z->ob_digit, a->ob_digit, na * sizeof(digit));
    z->ob_digit[na] = 0;
    carry = vec_add_into(z->ob_digit, na + 1, b->ob_digit, nb);
    assert(carry == 0);
    (void)carry;
    return long_normalize(z);
}

/* |a| - |b| (result may be negative). */
static PyLongObject *
mag_sub(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t na = ABS(a->ob_size), nb = ABS(b->ob_size);
    PyLongObject *z;
    int negative = 0;
    int c = vec_cmp(a->ob_digit, na, b->ob_digit, nb);

    if (c == 0)
        return _PyLong_New(0);
    if (c < 0) {
        PyLongObject *t = a; a = b; b = t;
        na ^= nb; nb ^= na; na ^= nb;
        negative = 1;
    }
    z = _PyLong_New(na);
    if (z == NULL)
        return NULL;
    memcpy(z->ob_digit, a->ob_digit, na * sizeof(digit));
    (void)vec_sub_from(z->ob_digit, na, b->ob_digit, nb);
    long_normalize(z);
    if (negative)
        z->ob_size = -z->ob_size;
    return z;
}

static PyLongObject *
long_add_values(PyLongObject *a, PyLongObject *b)
{
    PyLongObject *z;
    if (a->ob_size < 0) {
        if (b->ob_size < 0) {
            z = mag_add(a, b);
            if (z != NULL)
                z->ob_size = -z->ob_size;
        }
        else
            z = mag_sub(b, a);
    }
    else {
        if (b->ob_size < 0)
            z = mag_sub(a, b);
        else
            z = mag_add(a, b);
    }
    return z;
}

static PyLongObject *
long_sub_values(PyLongObject *a, PyLongObject *b)
{
    PyLongObject *z;
    if (a->ob_size < 0) {
        if (b->ob_size < 0)
            z = mag_sub(b, a);
        else {
            z = mag_add(a, b);
            if (z != NULL && z->ob_size != 0)
                z->ob_size = -z->ob_size;
        }
    }
    else {
        if (b->ob_size < 0)
            z = mag_add(a, b);
        else
            z = mag_sub(a, b);
    }
    return z;
}

/* ------------------------------------------------------------------ */
/* Multiplication                                                       */

/* z[0:na+nb] = a * b, schoolbook; z must be zeroed by the caller. */
static int
vec_mul_school(digit *z, const digit *a, Py_ssize_t na,
               const digit *b, Py_ssize_t nb)
{
    Py_ssize_t i, j;
    int poll = (na >= POLL_SIZE && nb >= POLL_SIZE);

    for (i = 0; i < na; i++) {
        twodigits f = a[i];
        twodigits carry = 0;
        digit *zp = z + i;
        if (poll && (i & 31) == 0 && poll_interrupt())
            return -1;
        if (f == 0)
            continue;
        for (j = 0; j < nb; j++) {
            carry += zp[j] + b[j] * f;
            zp[j] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        for (j = nb; carry; j++) {
            carry += zp[j];
            zp[j] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
    }
    return 0;
}

static int vec_mul(digit *z, const digit *a, Py_ssize_t na,
                   const digit *b, Py_ssize_t nb);

/* Number of digits of a vector once leading zeros are dropped. */
static Py_ssize_t
vec_len(const digit *a, Py_ssize_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

/* Karatsuba on (na <= nb, 2*na > nb): split both at half of b.
   z[0:na+nb] receives the product (zeroed by the caller). */
static int
vec_mul_karatsuba(digit *z, const digit *a, Py_ssize_t na,
                  const digit *b, Py_ssize_t nb)
{
    Py_ssize_t h = nb >> 1;               /* split point */
    const digit *alo = a, *ahi = a + h, *blo = b, *bhi = b + h;
    Py_ssize_t nalo = vec_len(alo, h), nahi = na - h;
    Py_ssize_t nblo = vec_len(blo, h), nbhi = nb - h;
    Py_ssize_t nsa, nsb, nmid, n = na + nb;
    digit *work, *sa, *sb, *mid, *hi_prod, *lo_prod;
    size_t need;
    int status = -1;
    /* Big products take long: let signals and the CPU budget in. */
    if (na >= 4 * POLL_SIZE && poll_interrupt())
        return -1;

    assert(nahi > 0 && nbhi > 0);
    /* scratch: sa (h+2), sb (h+2 or nbhi+1), products */
    nsa = (nahi > h ? nahi : h) + 1;
    nsb = (nbhi > h ? nbhi : h) + 1;
    need = (size_t)(nsa + nsb + (nsa + nsb) + (nahi + nbhi) + 2 * h);
    work = PyMem_New(digit, need);
    if (work == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memset(work, 0, need * sizeof(digit));
    sa = work;
    sb = sa + nsa;
    mid = sb + nsb;
    hi_prod = mid + (nsa + nsb);
    lo_prod = hi_prod + (nahi + nbhi);

    /* high and low products */
    if (vec_mul(hi_prod, ahi, nahi, bhi, nbhi) < 0)
        goto done;
    if (nalo && nblo && vec_mul(lo_prod, alo, nalo, blo, nblo) < 0)
        goto done;
    /* sums of halves */
    memcpy(sa, ahi, nahi * sizeof(digit));
    (void)vec_add_into(sa, nsa, alo, nalo);
    memcpy(sb, bhi, nbhi * sizeof(digit));
    (void)vec_add_into(sb, nsb, blo, nblo);
    nsa = vec_len(sa, nsa);
    nsb = vec_len(sb, nsb);
    if (nsa <= nsb) {
        if (vec_mul(mid, sa, nsa, sb, nsb) < 0)
            goto done;
    }
    else if (vec_mul(mid, sb, nsb, sa, nsa) < 0)
        goto done;
    nmid = vec_len(mid, nsa + nsb);

    /* z = hi * B**2h + (mid - hi - lo) * B**h + lo, computed mod B**n
       (the true result fits in n digits, so wrap-around cancels). */
    memcpy(z, lo_prod, 2 * h * sizeof(digit));
    if (n > 2 * h)
        (void)vec_add_into(z + 2 * h, n - 2 * h, hi_prod,
                           vec_len(hi_prod, nahi + nbhi));
    (void)vec_add_into(z + h, n - h, mid, nmid);
    (void)vec_sub_from(z + h, n - h, hi_prod, vec_len(hi_prod, nahi + nbhi));
    (void)vec_sub_from(z + h, n - h, lo_prod, vec_len(lo_prod, 2 * h));
    status = 0;

  done:
    PyMem_Free(work);
    return status;
}

/* b much longer than a: multiply a by successive na-digit slices of b. */
static int
vec_mul_lopsided(digit *z, const digit *a, Py_ssize_t na,
                 const digit *b, Py_ssize_t nb)
{
    digit *part;
    Py_ssize_t done = 0;
    Py_ssize_t n = na + nb;

    part = PyMem_New(digit, 2 * na);
    if (part == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    while (done < nb) {
        Py_ssize_t take = nb - done < na ? nb - done : na;
        Py_ssize_t ntake = vec_len(b + done, take);
        if (ntake > 0) {
            memset(part, 0, (na + ntake) * sizeof(digit));
            if (ntake < na) {
                if (vec_mul(part, b + done, ntake, a, na) < 0)
                    goto fail;
            }
            else if (vec_mul(part, a, na, b + done, ntake) < 0)
                goto fail;
            (void)vec_add_into(z + done, n - done, part, na + ntake);
        }
        done += take;
    }
    PyMem_Free(part);
    return 0;

  fail:
    PyMem_Free(part);
    return -1;
}

/* z[0:na+nb] = a * b for na <= nb; z zeroed by the caller. */
static int
vec_mul(digit *z, const digit *a, Py_ssize_t na, const digit *b, Py_ssize_t nb)
{
    if (na > nb) {
        const digit *t = a; a = b; b = t;
        Py_ssize_t tn = na; na = nb; nb = tn;
    }
    if (na == 0)
        return 0;
    if (na <= KARATSUBA_CUTOFF)
        return vec_mul_school(z, a, na, b, nb);
    if (2 * na <= nb)
        return vec_mul_lopsided(z, a, na, b, nb);
    return vec_mul_karatsuba(z, a, na, b, nb);
}

static PyLongObject *
long_mul_values(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t na = ABS(a->ob_size), nb = ABS(b->ob_size);
    PyLongObject *z;

    z = long_zeros(na + nb);
    if (z == NULL)
        return NULL;
    if (vec_mul(z->ob_digit, a->ob_digit, na, b->ob_digit, nb) < 0) {
        Py_DECREF(z);
        return NULL;
    }
    long_normalize(z);
    if ((a->ob_size < 0) != (b->ob_size < 0))
        z->ob_size = -z->ob_size;
    return z;
}

/* ------------------------------------------------------------------ */
/* Division                                                             */

/* a[0:n] / d in place (into q), returns the remainder. */
static digit
vec_divrem1(digit *q, const digit *a, Py_ssize_t n, digit d)
{
    twodigits rem = 0;
    Py_ssize_t i;
    for (i = n - 1; i >= 0; i--) {
        twodigits cur = (rem << SHIFT) | a[i];
        q[i] = (digit)(cur / d);
        rem = cur % d;
    }
    return (digit)rem;
}

/* Knuth's algorithm D on magnitudes, nw >= 2 and nv >= nw.
   Quotient and remainder are returned as new positive longs. */
static int
mag_divrem_knuth(const digit *v, Py_ssize_t nv, const digit *w, Py_ssize_t nw,
                 PyLongObject **pq, PyLongObject **pr)
{
    PyLongObject *q = NULL, *r = NULL;
    digit *u = NULL, *wn = NULL;
    int s;
    Py_ssize_t i, j, k = nv - nw;
    twodigits top_w, next_w;
    int poll = (k >= POLL_SIZE && nw >= POLL_SIZE / 8);

    /* normalize so that the divisor's top digit has its high bit set */
    s = SHIFT - bits_in_digit(w[nw - 1]);
    u = PyMem_New(digit, nv + 1);
    wn = PyMem_New(digit, nw);
    if (u == NULL || wn == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    {
        twodigits carry = 0;
        for (i = 0; i < nw; i++) {
            carry |= (twodigits)w[i] << s;
            wn[i] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        carry = 0;
        for (i = 0; i < nv; i++) {
            carry |= (twodigits)v[i] << s;
            u[i] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        u[nv] = (digit)carry;
    }

    q = _PyLong_New(k + 1);
    if (q == NULL)
        goto fail;
    top_w = wn[nw - 1];
    next_w = wn[nw - 2];

    for (j = k; j >= 0; j--) {
        digit *win = u + j;             /* window win[0 .. nw] */
        twodigits num, qhat, rhat;
        stwodigits borrow;

        if (poll && (j & 15) == 0 && poll_interrupt())
            goto fail;
        /* estimate the quotient digit from the top two window digits */
        num = ((twodigits)win[nw] << SHIFT) | win[nw - 1];
        qhat = num / top_w;
        rhat = num % top_w;
        while (qhat >= BASE ||
               qhat * next_w > ((rhat << SHIFT) | win[nw - 2])) {
            qhat--;
            rhat += top_w;
            if (rhat >= BASE)
                break;
        }
        /* window -= qhat * wn */
        borrow = 0;
        for (i = 0; i < nw; i++) {
            stwodigits t = (stwodigits)win[i] + borrow -
                           (stwodigits)(qhat * wn[i]);
            win[i] = (digit)(t & MASK);
            borrow = t >> SHIFT;     /* arithmetic shift: floor */
        }
        borrow += win[nw];
        if (borrow < 0) {
            /* qhat was one too large: add the divisor back */
            digit carry = 0;
            qhat--;
            for (i = 0; i < nw; i++) {
                carry += win[i] + wn[i];
                win[i] = carry & MASK;
                carry >>= SHIFT;
            }
        }
        win[nw] = 0;
        q->ob_digit[j] = (digit)qhat;
    }

    /* remainder = u[0:nw] >> s */
    r = _PyLong_New(nw);
    if (r == NULL)
        goto fail;
    {
        twodigits acc = 0;
        for (i = nw - 1; i >= 0; i--) {
            acc = (acc << SHIFT) | u[i];
            r->ob_digit[i] = (digit)((acc >> s) & MASK);
            acc &= ((twodigits)1 << s) - 1;
        }
    }
    PyMem_Free(u);
    PyMem_Free(wn);
    *pq = long_normalize(q);
    *pr = long_normalize(r);
    return 0;

  fail:
    PyMem_Free(u);
    PyMem_Free(wn);
    Py_XDECREF(q);
    Py_XDECREF(r);
    return -1;
}

/* Truncating division: q = trunc(a / b), r = a - q*b (sign of a). */
static int
long_divrem(PyLongObject *a, PyLongObject *b,
            PyLongObject **pq, PyLongObject **pr)
{
    Py_ssize_t na = ABS(a->ob_size), nb = ABS(b->ob_size);
    PyLongObject *q, *r;

    if (nb == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError,
                        "long division or modulo by zero");
        return -1;
    }
    if (vec_cmp(a->ob_digit, na, b->ob_digit, nb) < 0) {
        q = _PyLong_New(0);
        if (q == NULL)
            return -1;
        r = (PyLongObject *)_PyLong_Copy(a);
        if (r == NULL) {
            Py_DECREF(q);
            return -1;
        }
        *pq = q;
        *pr = r;
        return 0;
    }
    if (nb == 1) {
        digit rem;
        q = _PyLong_New(na);
        if (q == NULL)
            return -1;
        rem = vec_divrem1(q->ob_digit, a->ob_digit, na, b->ob_digit[0]);
        long_normalize(q);
        r = (PyLongObject *)PyLong_FromLong((long)rem);
        if (r == NULL) {
            Py_DECREF(q);
            return -1;
        }
    }
    else if (mag_divrem_knuth(a->ob_digit, na, b->ob_digit, nb, &q, &r) < 0)
        return -1;
    if ((a->ob_size < 0) != (b->ob_size < 0))
        q->ob_size = -q->ob_size;
    if (a->ob_size < 0)
        r->ob_size = -r->ob_size;
    *pq = q;
    *pr = r;
    return 0;
}

/* Floor division: the remainder takes the sign of the divisor. */
static int
long_floor_divmod(PyLongObject *v, PyLongObject *w,
                  PyLongObject **pdiv, PyLongObject **pmod)
{
    PyLongObject *div, *mod;

    if (long_divrem(v, w, &div, &mod) < 0)
        return -1;
    if ((mod->ob_size < 0 && w->ob_size > 0) ||
        (mod->ob_size > 0 && w->ob_size < 0)) {
        PyLongObject *t, *one;
        t = long_add_values(mod, w);
        Py_DECREF(mod);
        mod = t;
        if (mod == NULL) {
            Py_DECREF(div);
            return -1;
        }
        one = (PyLongObject *)PyLong_FromLong(1L);
        if (one == NULL) {
            Py_DECREF(div);
            Py_DECREF(mod);
            return -1;
        }
        t = long_sub_values(div, one);
        Py_DECREF(one);
        Py_DECREF(div);
        div = t;
        if (div == NULL) {
            Py_DECREF(mod);
            return -1;
        }
    }
    if (pdiv)
        *pdiv = div;
    else
        Py_DECREF(div);
    if (pmod)
        *pmod = mod;
    else
        Py_DECREF(mod);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Operand conversion for the number slots                              */

/* 1: *a and *b are new references to longs; 0: not ints or longs
   (the slot returns NotImplemented); -1: error. */
static int
as_long_pair(PyObject *v, PyObject *w, PyLongObject **a, PyLongObject **b)
{
    if (PyLong_Check(v)) {
        Py_INCREF(v);
        *a = (PyLongObject *)v;
    }
    else if (PyInt_Check(v)) {
        *a = (PyLongObject *)PyLong_FromLong(PyInt_AS_LONG(v));
        if (*a == NULL)
            return -1;
    }
    else
        return 0;

    if (PyLong_Check(w)) {
        Py_INCREF(w);
        *b = (PyLongObject *)w;
    }
    else if (PyInt_Check(w)) {
        *b = (PyLongObject *)PyLong_FromLong(PyInt_AS_LONG(w));
        if (*b == NULL) {
            Py_DECREF(*a);
            return -1;
        }
    }
    else {
        Py_DECREF(*a);
        return 0;
    }
    return 1;
}

#define LONG_PAIR_OR_DEFER(v, w, a, b) \
    do { \
        int _st = as_long_pair((v), (w), (a), (b)); \
        if (_st < 0) \
            return NULL; \
        if (_st == 0) { \
            Py_INCREF(Py_NotImplemented); \
            return Py_NotImplemented; \
        } \
    } while (0)

/* ------------------------------------------------------------------ */
/* Number slots                                                         */

static PyObject *
long_add(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *z;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    z = long_add_values(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    return (PyObject *)z;
}

static PyObject *
long_sub(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *z;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    z = long_sub_values(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    return (PyObject *)z;
}

static PyObject *
long_mul(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *z;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    z = long_mul_values(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    return (PyObject *)z;
}

static PyObject *
long_floor_div(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *div;
    int st;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    st = long_floor_divmod(a, b, &div, NULL);
    Py_DECREF(a);
    Py_DECREF(b);
    return st < 0 ? NULL : (PyObject *)div;
}

static PyObject *
long_classic_div(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *div;
    int st;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    if (Py_DivisionWarningFlag &&
        PyErr_Warn(PyExc_DeprecationWarning, "classic long division") < 0)
        st = -1;
    else
        st = long_floor_divmod(a, b, &div, NULL);
    Py_DECREF(a);
    Py_DECREF(b);
    return st < 0 ? NULL : (PyObject *)div;
}

static PyObject *
long_true_divide(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b;
    double ad, bd;
    int aexp, bexp, failed;

    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    ad = _PyLong_AsScaledDouble((PyObject *)a, &aexp);
    bd = _PyLong_AsScaledDouble((PyObject *)b, &bexp);
    failed = (ad == -1.0 || bd == -1.0) && PyErr_Occurred();
    Py_DECREF(a);
    Py_DECREF(b);
    if (failed)
        return NULL;
    if (bd == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError,
                        "long division or modulo by zero");
        return NULL;
    }
    /* a/b is about ad/bd * 2**(SHIFT*(aexp-bexp)) */
    ad /= bd;
    aexp -= bexp;
    if (aexp > INT_MAX / SHIFT)
        goto overflow;
    else if (aexp < -(INT_MAX / SHIFT))
        return PyFloat_FromDouble(0.0);
    errno = 0;
    ad = ldexp(ad, aexp * SHIFT);
    if (Py_OVERFLOWED(ad))
        goto overflow;
    return PyFloat_FromDouble(ad);

  overflow:
    PyErr_SetString(PyExc_OverflowError, "long/long too large for a float");
    return NULL;
}

static PyObject *
long_mod(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *mod;
    int st;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    st = long_floor_divmod(a, b, NULL, &mod);
    Py_DECREF(a);
    Py_DECREF(b);
    return st < 0 ? NULL : (PyObject *)mod;
}

static PyObject *
long_divmod(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *div, *mod;
    PyObject *z;
    int st;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    st = long_floor_divmod(a, b, &div, &mod);
    Py_DECREF(a);
    Py_DECREF(b);
    if (st < 0)
        return NULL;
    z = PyTuple_New(2);
    if (z == NULL) {
        Py_DECREF(div);
        Py_DECREF(mod);
        return NULL;
    }
    PyTuple_SET_ITEM(z, 0, (PyObject *)div);
    PyTuple_SET_ITEM(z, 1, (PyObject *)mod);
    return z;
}

/* x * y, reduced modulo m when m is not NULL (m > 0). */
static PyLongObject *
mul_maybe_mod(PyLongObject *x, PyLongObject *y, PyLongObject *m)
{
    PyLongObject *p = long_mul_values(x, y), *r;
    if (p == NULL || m == NULL)
        return p;
    if (long_floor_divmod(p, m, NULL, &r) < 0) {
        Py_DECREF(p);
        return NULL;
    }
    Py_DECREF(p);
    return r;
}

static PyObject *
long_pow(PyObject *v, PyObject *w, PyObject *x)
{
    PyLongObject *a = NULL, *b = NULL, *c = NULL, *z = NULL;
    int negative_output = 0;
    Py_ssize_t i;
    int bit;
    int started = 0;

    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    if (x == Py_None)
        c = NULL;
    else if (PyLong_Check(x)) {
        c = (PyLongObject *)x;
        Py_INCREF(c);
    }
    else if (PyInt_Check(x)) {
        c = (PyLongObject *)PyLong_FromLong(PyInt_AS_LONG(x));
        if (c == NULL)
            goto error;
    }
    else {
        Py_DECREF(a);
        Py_DECREF(b);
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }

    if (b->ob_size < 0) {
        if (c != NULL) {
            PyErr_SetString(PyExc_TypeError, "pow() 2nd argument "
                            "cannot be negative when 3rd argument specified");
            goto error;
        }
        /* a negative power gives a float, as in 2.5 */
        Py_DECREF(a);
        Py_DECREF(b);
        return PyFloat_Type.tp_as_number->nb_power(v, w, x);
    }

    if (c != NULL) {
        PyLongObject *t;
        if (c->ob_size == 0) {
            PyErr_SetString(PyExc_ValueError,
                            "pow() 3rd argument cannot be 0");
            goto error;
        }
        /* work with |c| and fix the sign at the end */
        if (c->ob_size < 0) {
            negative_output = 1;
            t = (PyLongObject *)_PyLong_Copy(c);
            if (t == NULL)
                goto error;
            t->ob_size = -t->ob_size;
            Py_DECREF(c);
            c = t;
        }
        if (c->ob_size == 1 && c->ob_digit[0] == 1) {
            z = _PyLong_New(0);
            goto done;
        }
        if (a->ob_size < 0 || vec_cmp(a->ob_digit, NDIGITS(a),
                                      c->ob_digit, NDIGITS(c)) >= 0) {
            if (long_floor_divmod(a, c, NULL, &t) < 0)
                goto error;
            Py_DECREF(a);
            a = t;
        }
    }
    else {
        /* Without a modulus the size of the result is known up front:
           refuse at once rather than after a long computation. */
        Py_ssize_t na = NDIGITS(a);
        if (na > 1 || (na == 1 && a->ob_digit[0] > 1)) {
            size_t abits = _PyLong_NumBits((PyObject *)a) - 1;
            size_t nbits_b = _PyLong_NumBits((PyObject *)b);
            if (abits > 0) {
                if (nbits_b > 8 * sizeof(size_t) - 2) {
                    (void)_PyMem_CheckAvailable((size_t)-1);
                    if (!PyErr_Occurred())
                        PyErr_NoMemory();
                    goto error;
                }
                else {
                    size_t e = (size_t)PyLong_AsUnsignedLongLong((PyObject *)b);
                    size_t need;
                    if (e > 0 && abits > ((size_t)-1 / 2) / e) {
                        (void)_PyMem_CheckAvailable((size_t)-1);
                        if (!PyErr_Occurred())
                            PyErr_NoMemory();
                        goto error;
                    }
                    need = abits * e / 8;
                    if (need > BIG_ALLOCATION &&
                        _PyMem_CheckAvailable(need) < 0)
                        goto error;
                    if (need > HOPELESS_ALLOCATION) {
                        /* more than any machine can hold: fail now
                           instead of squaring for hours first */
                        PyErr_NoMemory();
                        goto error;
                    }
                }
            }
        }
    }

    /* left-to-right binary exponentiation */
    z = (PyLongObject *)PyLong_FromLong(1L);
    if (z == NULL)
        goto error;
    for (i = NDIGITS(b) - 1; i >= 0; i--) {
        digit d = b->ob_digit[i];
        if (poll_interrupt())
            goto error;
        for (bit = SHIFT - 1; bit >= 0; bit--) {
            PyLongObject *t;
            if (started) {
                t = mul_maybe_mod(z, z, c);
                if (t == NULL)
                    goto error;
                Py_DECREF(z);
                z = t;
            }
            if ((d >> bit) & 1) {
                t = mul_maybe_mod(z, a, c);
                if (t == NULL)
                    goto error;
                Py_DECREF(z);
                z = t;
                started = 1;
            }
        }
    }
    if (negative_output && z->ob_size != 0) {
        PyLongObject *t = long_sub_values(z, c);
        Py_DECREF(z);
        z = t;
    }
    goto done;

  error:
    Py_CLEAR(z);
  done:
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(c);
    return (PyObject *)z;
}

static PyObject *
long_neg(PyLongObject *v)
{
    PyLongObject *z = (PyLongObject *)_PyLong_Copy(v);
    if (z != NULL)
        z->ob_size = -z->ob_size;
    return (PyObject *)z;
}

static PyObject *
long_pos(PyLongObject *v)
{
    return long_exact(v);
}

static PyObject *
long_abs(PyLongObject *v)
{
    if (v->ob_size < 0)
        return long_neg(v);
    return long_exact(v);
}

static int
long_nonzero(PyLongObject *v)
{
    return v->ob_size != 0;
}

/* ~x == -(x+1) */
static PyObject *
long_invert(PyLongObject *v)
{
    PyLongObject *one, *t;
    one = (PyLongObject *)PyLong_FromLong(1L);
    if (one == NULL)
        return NULL;
    t = long_add_values(v, one);
    Py_DECREF(one);
    if (t == NULL)
        return NULL;
    t->ob_size = -t->ob_size;
    return (PyObject *)t;
}

static PyObject *
long_lshift(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *z = NULL;
    long shiftby;
    Py_ssize_t wordshift, na, i;
    int remshift;
    twodigits acc;

    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    shiftby = PyLong_AsLong((PyObject *)b);
    if (shiftby == -1L && PyErr_Occurred())
        goto out;
    if (shiftby < 0) {
        PyErr_SetString(PyExc_ValueError, "negative shift count");
        goto out;
    }
    na = ABS(a->ob_size);
    if (na == 0) {
        z = _PyLong_New(0);
        goto out;
    }
    wordshift = (Py_ssize_t)(shiftby / SHIFT);
    remshift = (int)(shiftby % SHIFT);
    if (wordshift > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(digit) - na - 1) {
        PyErr_NoMemory();
        goto out;
    }
    if (_PyMem_CheckAvailable((size_t)(wordshift + na + 1) * sizeof(digit)) < 0)
        goto out;
    z = long_zeros(wordshift + na + 1);
    if (z == NULL)
        goto out;
    acc = 0;
    for (i = 0; i < na; i++) {
        acc |= (twodigits)a->ob_digit[i] << remshift;
        z->ob_digit[wordshift + i] = (digit)(acc & MASK);
        acc >>= SHIFT;
    }
    z->ob_digit[wordshift + na] = (digit)acc;
    if (a->ob_size < 0)
        z->ob_size = -z->ob_size;
    long_normalize(z);

  out:
    Py_DECREF(a);
    Py_DECREF(b);
    return (PyObject *)z;
}

static PyObject *
long_rshift(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b, *z = NULL;
    long shiftby;
    Py_ssize_t wordshift, na, nz, i;
    int remshift;

    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    shiftby = PyLong_AsLong((PyObject *)b);
    if (shiftby == -1L && PyErr_Occurred())
        goto out;
    if (shiftby < 0) {
        PyErr_SetString(PyExc_ValueError, "negative shift count");
        goto out;
    }
    if (a->ob_size < 0) {
        /* a >> n == ~(~a >> n) for negative a */
        PyObject *inv = long_invert(a), *shifted;
        if (inv == NULL)
            goto out;
        shifted = long_rshift(inv, (PyObject *)b);
        Py_DECREF(inv);
        if (shifted == NULL)
            goto out;
        z = (PyLongObject *)long_invert((PyLongObject *)shifted);
        Py_DECREF(shifted);
        goto out;
    }
    na = a->ob_size;
    wordshift = (Py_ssize_t)(shiftby / SHIFT);
    remshift = (int)(shiftby % SHIFT);
    nz = na - wordshift;
    if (nz <= 0) {
        z = _PyLong_New(0);
        goto out;
    }
    z = _PyLong_New(nz);
    if (z == NULL)
        goto out;
    for (i = 0; i < nz; i++) {
        twodigits pair = a->ob_digit[wordshift + i];
        if (wordshift + i + 1 < na)
            pair |= (twodigits)a->ob_digit[wordshift + i + 1] << SHIFT;
        z->ob_digit[i] = (digit)((pair >> remshift) & MASK);
    }
    long_normalize(z);

  out:
    Py_DECREF(a);
    Py_DECREF(b);
    return (PyObject *)z;
}

/* Bitwise operators with infinite two's complement semantics: both
   operands are written out in two's complement over enough digits for
   the sign to show in the top digit. */
static void
twos_complement_inplace(digit *d, Py_ssize_t n)
{
    Py_ssize_t i;
    digit carry = 1;
    for (i = 0; i < n; i++) {
        carry += d[i] ^ MASK;
        d[i] = carry & MASK;
        carry >>= SHIFT;
    }
}

static PyObject *
long_bitwise(PyLongObject *a, int op, PyLongObject *b)
{
    Py_ssize_t na = ABS(a->ob_size), nb = ABS(b->ob_size);
    Py_ssize_t n = (na > nb ? na : nb) + 1, i;
    PyLongObject *z;
    digit *ta;
    int negative;

    ta = PyMem_New(digit, n);
    z = long_zeros(n);
    if (ta == NULL || z == NULL) {
        PyMem_Free(ta);
        Py_XDECREF(z);
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return NULL;
    }
    memset(ta, 0, n * sizeof(digit));
    memcpy(ta, a->ob_digit, na * sizeof(digit));
    if (a->ob_size < 0)
        twos_complement_inplace(ta, n);
    memcpy(z->ob_digit, b->ob_digit, nb * sizeof(digit));
    if (b->ob_size < 0)
        twos_complement_inplace(z->ob_digit, n);

    for (i = 0; i < n; i++) {
        digit x = ta[i], y = z->ob_digit[i];
        switch (op) {
        case '&': z->ob_digit[i] = x & y; break;
        case '|': z->ob_digit[i] = x | y; break;
        default:  z->ob_digit[i] = x ^ y; break;
        }
    }
    PyMem_Free(ta);
    negative = (z->ob_digit[n - 1] >> (SHIFT - 1)) & 1;
    if (negative) {
        twos_complement_inplace(z->ob_digit, n);
        z->ob_size = -n;
    }
    return (PyObject *)long_normalize(z);
}

static PyObject *
long_and(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b;
    PyObject *z;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    z = long_bitwise(a, '&', b);
    Py_DECREF(a);
    Py_DECREF(b);
    return z;
}

static PyObject *
long_xor(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b;
    PyObject *z;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    z = long_bitwise(a, '^', b);
    Py_DECREF(a);
    Py_DECREF(b);
    return z;
}

static PyObject *
long_or(PyObject *v, PyObject *w)
{
    PyLongObject *a, *b;
    PyObject *z;
    LONG_PAIR_OR_DEFER(v, w, &a, &b);
    z = long_bitwise(a, '|', b);
    Py_DECREF(a);
    Py_DECREF(b);
    return z;
}

static int
long_coerce(PyObject **pv, PyObject **pw)
{
    if (PyInt_Check(*pw)) {
        *pw = PyLong_FromLong(PyInt_AS_LONG(*pw));
        if (*pw == NULL)
            return -1;
        Py_INCREF(*pv);
        return 0;
    }
    else if (PyLong_Check(*pw)) {
        Py_INCREF(*pv);
        Py_INCREF(*pw);
        return 0;
    }
    return 1;   /* can't do it */
}

static PyObject *
long_long(PyObject *v)
{
    return long_exact((PyLongObject *)v);
}

static PyObject *
long_int(PyObject *v)
{
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError))
            return NULL;
        /* too big for an int: int(x) stays a long */
        PyErr_Clear();
        return long_exact((PyLongObject *)v);
    }
    return PyInt_FromLong(x);
}

static PyObject *
long_float(PyObject *v)
{
    double d = PyLong_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(d);
}

static PyObject *
long_oct(PyObject *v)
{
    return _PyLong_Format(v, 8, 1, 0);
}

static PyObject *
long_hex(PyObject *v)
{
    return _PyLong_Format(v, 16, 1, 0);
}

/* ------------------------------------------------------------------ */
/* Text conversion                                                      */

int _PyLong_DigitValue[256] = {
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  37, 37, 37, 37, 37, 37,
    37, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 37, 37, 37, 37,
    37, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
    37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
};

/* Largest power of base that is <= 2**32, and its exponent. */
static void
chunk_for_base(int base, twodigits *ppow, int *pk)
{
    twodigits p = base;
    int k = 1;
    while (p * (twodigits)base <= ((twodigits)1 << 32)) {
        p *= (twodigits)base;
        k++;
    }
    *ppow = p;
    *pk = k;
}

/* Divide the digit vector d[0:n] in place by 10**9 (a constant divisor
   the compiler strength-reduces), returning the remainder. */
static twodigits
vec_divrem_1e9(digit *d, Py_ssize_t n)
{
    twodigits rem = 0;
    Py_ssize_t i = n - 1;
    /* two digits (30 bits) per step halves the dependency chain:
       rem < 10**9 < 2**30, so rem * 2**30 + 30 bits < 2**60 */
    if (n & 1) {
        twodigits cur = d[i];
        twodigits q = cur / 1000000000UL;
        rem = cur - q * 1000000000UL;
        d[i] = (digit)q;
        i--;
    }
    for (; i > 0; i -= 2) {
        twodigits cur = (rem << (2 * SHIFT)) |
                        ((twodigits)d[i] << SHIFT) | d[i - 1];
        twodigits q = cur / 1000000000UL;
        rem = cur - q * 1000000000UL;
        d[i] = (digit)(q >> SHIFT);
        d[i - 1] = (digit)(q & MASK);
    }
    return rem;
}

static twodigits
vec_divrem_big(digit *d, Py_ssize_t n, twodigits divisor)
{
    twodigits rem = 0;
    Py_ssize_t i;
    for (i = n - 1; i >= 0; i--) {
        twodigits cur = (rem << SHIFT) | d[i];
        twodigits q = cur / divisor;
        rem = cur - q * divisor;
        d[i] = (digit)q;
    }
    return rem;
}

PyObject *
_PyLong_Format(PyObject *aa, int base, int addL, int newstyle)
{
    PyLongObject *a = (PyLongObject *)aa;
    PyObject *str;
    Py_ssize_t na, i, size_limit;
    size_t nbits, maxchars;
    char *buf, *p, *end;
    const char *prefix = "";
    char prefixbuf[8];
    int negative;
    static const char digitchars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

    if (a == NULL || !PyLong_Check(a)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    assert(base >= 2 && base <= 36);
    na = ABS(a->ob_size);
    negative = a->ob_size < 0;

    if (base == 16)
        prefix = "0x";
    else if (base == 8)
        prefix = newstyle ? "0o" : (na ? "0" : "");
    else if (base == 2 && newstyle)
        prefix = "0b";
    else if (base != 10) {
        PyOS_snprintf(prefixbuf, sizeof(prefixbuf), "%d#", base);
        prefix = prefixbuf;
    }

    /* A value of at most four digits (60 bits) fits a C unsigned long:
       its text is built on the C stack and copied once. */
    if (na <= 4 && (size_t)na * SHIFT < sizeof(unsigned long) * 8) {
        char small[96];
        char *q = small + sizeof(small);
        unsigned long m = 0;
        size_t plen;

        for (i = na - 1; i >= 0; i--)
            m = (m << SHIFT) | a->ob_digit[i];
        if (addL)
            *--q = 'L';
        if (base == 10) {
            do {
                *--q = (char)('0' + m % 10);
                m /= 10;
            } while (m);
        }
        else {
            do {
                *--q = digitchars[m % (unsigned long)base];
                m /= (unsigned long)base;
            } while (m);
        }
        plen = strlen(prefix);
        q -= plen;
        memcpy(q, prefix, plen);
        if (negative)
            *--q = '-';
        return PyString_FromStringAndSize(q, small + sizeof(small) - q);
    }

    /* upper bound on the digit characters: bits / log2(base) */
    nbits = (size_t)na * SHIFT;
    {
        int lg = 0;
        while ((1 << (lg + 1)) <= base)
            lg++;
        maxchars = nbits / lg + 1;
    }
    size_limit = (Py_ssize_t)(maxchars + strlen(prefix) + 3);
    if (maxchars > (size_t)PY_SSIZE_T_MAX - 16) {
        PyErr_SetString(PyExc_OverflowError, "long is too large to format");
        return NULL;
    }
    str = PyString_FromStringAndSize(NULL, size_limit);
    if (str == NULL)
        return NULL;
    buf = PyString_AS_STRING(str);
    end = buf + size_limit;
    p = end;                                 /* filled backwards */

    if (addL)
        *--p = 'L';

    if (na == 0)
        *--p = '0';
    else if ((base & (base - 1)) == 0) {
        /* power-of-two base: peel off bits */
        int bits = 0, width = 0;
        twodigits acc = 0;
        while ((1 << width) < base)
            width++;
        for (i = 0; i < na; i++) {
            acc |= (twodigits)a->ob_digit[i] << bits;
            bits += SHIFT;
            while (bits >= width && (i < na - 1 || acc != 0)) {
                *--p = digitchars[acc & (base - 1)];
                acc >>= width;
                bits -= width;
            }
        }
        while (acc != 0) {
            *--p = digitchars[acc & (base - 1)];
            acc >>= width;
        }
    }
    else {
        /* other bases: repeatedly divide a scratch copy by base**k */
        digit *scratch;
        Py_ssize_t n = na;
        twodigits chunk;
        int k;
        Py_ssize_t passes = 0;

        scratch = PyMem_New(digit, na);
        if (scratch == NULL) {
            Py_DECREF(str);
            return PyErr_NoMemory();
        }
        memcpy(scratch, a->ob_digit, na * sizeof(digit));
        if (base == 10) {
            chunk = 1000000000UL;
            k = 9;
        }
        else
            chunk_for_base(base, &chunk, &k);
        while (n > 0) {
            twodigits rem;
            int j;
            if (n >= POLL_SIZE && (++passes & 15) == 0 && poll_interrupt()) {
                PyMem_Free(scratch);
                Py_DECREF(str);
                return NULL;
            }
            if (base == 10)
                rem = vec_divrem_1e9(scratch, n);
            else
                rem = vec_divrem_big(scratch, n, chunk);
            while (n > 0 && scratch[n - 1] == 0)
                n--;
            for (j = 0; j < k; j++) {
                *--p = digitchars[rem % (twodigits)base];
                rem /= (twodigits)base;
                if (n == 0 && rem == 0)
                    break;          /* no leading zeros on the top chunk */
            }
        }
        PyMem_Free(scratch);
    }

    i = (Py_ssize_t)strlen(prefix);
    p -= i;
    memcpy(p, prefix, i);
    if (negative)
        *--p = '-';
    assert(p >= buf);
    if (p != buf) {
        Py_ssize_t len = end - p;
        memmove(buf, p, len);
        _PyString_Resize(&str, len);
    }
    return str;
}

static PyObject *
long_repr(PyObject *v)
{
    return _PyLong_Format(v, 10, 1, 0);
}

static PyObject *
long_str(PyObject *v)
{
    return _PyLong_Format(v, 10, 0, 0);
}

/* ValueError "invalid literal for long() with base B: 'text'". */
static void
bad_long_literal(const char *s, int base)
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
    PyErr_Format(PyExc_ValueError,
                 "invalid literal for long() with base %d: %s",
                 base, PyString_AS_STRING(r));
    Py_DECREF(r);
}

/* Parse the digit run starting at *str (a power-of-two base). */
static PyLongObject *
parse_binary_base(char **str, int base)
{
    char *start = *str, *p = start;
    int width = 0, bits = 0;
    Py_ssize_t ndig, out = 0;
    twodigits acc = 0;
    PyLongObject *z;
    size_t nchars;

    while ((1 << width) < base)
        width++;
    while (_PyLong_DigitValue[Py_CHARMASK(*p)] < base)
        p++;
    *str = p;
    nchars = (size_t)(p - start);
    if (nchars > (size_t)PY_SSIZE_T_MAX / width) {
        PyErr_SetString(PyExc_ValueError, "long string too large to convert");
        return NULL;
    }
    ndig = (Py_ssize_t)((nchars * width + SHIFT - 1) / SHIFT);
    z = _PyLong_New(ndig);
    if (z == NULL)
        return NULL;
    /* least significant character is last */
    while (--p >= start) {
        acc |= (twodigits)_PyLong_DigitValue[Py_CHARMASK(*p)] << bits;
        bits += width;
        if (bits >= SHIFT) {
            z->ob_digit[out++] = (digit)(acc & MASK);
            acc >>= SHIFT;
            bits -= SHIFT;
        }
    }
    if (bits)
        z->ob_digit[out++] = (digit)acc;
    while (out < ndig)
        z->ob_digit[out++] = 0;
    return long_normalize(z);
}

/* Parse the digit run at *str in any other base: digits are gathered in
   chunks of k characters (base**k <= 2**32) and folded in with one
   multiply-add pass over the result per chunk. */
static PyLongObject *
parse_general_base(char **str, int base)
{
    char *start = *str, *p = start;
    size_t nchars;
    int bits_per_char;
    Py_ssize_t capacity, n = 0;
    PyLongObject *z;
    twodigits chunkpow;
    int k;
    Py_ssize_t chunks = 0;

    while (_PyLong_DigitValue[Py_CHARMASK(*p)] < base)
        p++;
    *str = p;
    nchars = (size_t)(p - start);
    /* each character carries at most ceil(log2(base)) bits */
    bits_per_char = 1;
    while ((1 << bits_per_char) < base)
        bits_per_char++;
    if (nchars > (size_t)PY_SSIZE_T_MAX / 8) {
        PyErr_SetString(PyExc_ValueError, "long string too large to convert");
        return NULL;
    }
    capacity = (Py_ssize_t)(nchars * bits_per_char / SHIFT) + 2;
    z = long_zeros(capacity);
    if (z == NULL)
        return NULL;
    chunk_for_base(base, &chunkpow, &k);

    p = start;
    while (p < *str) {
        twodigits value = 0, scale = 1;
        twodigits carry;
        Py_ssize_t i;
        int j;
        for (j = 0; j < k && p < *str; j++, p++) {
            value = value * base + (twodigits)_PyLong_DigitValue[Py_CHARMASK(*p)];
            scale *= base;
        }
        if (n >= POLL_SIZE && (++chunks & 15) == 0 && poll_interrupt()) {
            Py_DECREF(z);
            return NULL;
        }
        /* z = z * scale + value */
        carry = value;
        for (i = 0; i < n; i++) {
            carry += (twodigits)z->ob_digit[i] * scale;
            z->ob_digit[i] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
        while (carry) {
            if (n >= capacity) {        /* cannot happen: sized above */
                Py_DECREF(z);
                PyErr_SetString(PyExc_SystemError, "long parse overflow");
                return NULL;
            }
            z->ob_digit[n++] = (digit)(carry & MASK);
            carry >>= SHIFT;
        }
    }
    z->ob_size = n;
    return long_normalize(z);
}

PyObject *
PyLong_FromString(char *str, char **pend, int base)
{
    int sign = 1;
    char *start, *orig_str = str;
    PyLongObject *z;

    if ((base != 0 && base < 2) || base > 36) {
        PyErr_SetString(PyExc_ValueError,
                        "long() arg 2 must be >= 2 and <= 36");
        return NULL;
    }
    while (*str != '\0' && isspace(Py_CHARMASK(*str)))
        str++;
    orig_str = str;
    if (*str == '+')
        ++str;
    else if (*str == '-') {
        ++str;
        sign = -1;
    }
    while (*str != '\0' && isspace(Py_CHARMASK(*str)))
        str++;
    if (base == 0) {
        if (str[0] != '0')
            base = 10;
        else if (str[1] == 'x' || str[1] == 'X')
            base = 16;
        else
            base = 8;
    }
    if (base == 16 && str[0] == '0' && (str[1] == 'x' || str[1] == 'X'))
        str += 2;

    start = str;
    if ((base & (base - 1)) == 0)
        z = parse_binary_base(&str, base);
    else
        z = parse_general_base(&str, base);
    if (z == NULL)
        return NULL;
    if (str == start)
        goto bad;
    if (sign < 0)
        z->ob_size = -z->ob_size;
    if (*str == 'L' || *str == 'l')
        str++;
    while (*str && isspace(Py_CHARMASK(*str)))
        str++;
    if (*str != '\0')
        goto bad;
    if (pend)
        *pend = str;
    return (PyObject *)z;

  bad:
    Py_DECREF(z);
    bad_long_literal(orig_str, base);
    return NULL;
}

#ifdef Py_USING_UNICODE
PyObject *
PyLong_FromUnicode(Py_UNICODE *u, Py_ssize_t length, int base)
{
    PyObject *result;
    char *buffer;

    if (length < 0 || (size_t)length >= PY_SSIZE_T_MAX)
        return PyErr_NoMemory();
    buffer = (char *)PyMem_MALLOC((size_t)length + 1);
    if (buffer == NULL)
        return PyErr_NoMemory();
    if (PyUnicode_EncodeDecimal(u, length, buffer, NULL)) {
        PyMem_FREE(buffer);
        return NULL;
    }
    result = PyLong_FromString(buffer, NULL, base);
    PyMem_FREE(buffer);
    return result;
}
#endif

/* ------------------------------------------------------------------ */
/* Object protocol                                                      */

static void
long_dealloc(PyObject *v)
{
    v->ob_type->tp_free(v);
}

static int
long_compare(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t sign;
    if (a->ob_size != b->ob_size)
        sign = a->ob_size - b->ob_size;
    else {
        Py_ssize_t i = ABS(a->ob_size);
        while (--i >= 0 && a->ob_digit[i] == b->ob_digit[i])
            ;
        if (i < 0)
            sign = 0;
        else {
            sign = (Py_ssize_t)a->ob_digit[i] - (Py_ssize_t)b->ob_digit[i];
            if (a->ob_size < 0)
                sign = -sign;
        }
    }
    return sign < 0 ? -1 : sign > 0 ? 1 : 0;
}

/* Hash: fold the digits, most significant first, into a machine word
   with a rotate-by-SHIFT; equal to the int hash for values that fit. */
static long
long_hash(PyLongObject *v)
{
    unsigned long x = 0;
    Py_ssize_t i = v->ob_size;
    int negative = 0;
    long result;
    const int rot = 8 * (int)sizeof(long) - SHIFT;

    if (i < 0) {
        negative = 1;
        i = -i;
    }
    while (--i >= 0) {
        x = ((x << SHIFT) & ~(unsigned long)MASK) | ((x >> rot) & MASK);
        x += v->ob_digit[i];
    }
    result = (long)x;
    if (negative)
        result = (long)(0UL - x);
    if (result == -1)
        result = -2;
    return result;
}

static PyObject *long_subtype_new(PyTypeObject *type, PyObject *args,
                                  PyObject *kwds);

static PyObject *
long_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *x = NULL;
    int base = -909;                 /* marks "no base given" */
    static char *kwlist[] = {"x", "base", 0};

    if (type != &PyLong_Type)
        return long_subtype_new(type, args, kwds);
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Oi:long", kwlist,
                                     &x, &base))
        return NULL;
    if (x == NULL)
        return PyLong_FromLong(0L);
    if (base == -909)
        return PyNumber_Long(x);
    if (PyString_Check(x))
        return PyLong_FromString(PyString_AS_STRING(x), NULL, base);
#ifdef Py_USING_UNICODE
    if (PyUnicode_Check(x))
        return PyLong_FromUnicode(PyUnicode_AS_UNICODE(x),
                                  PyUnicode_GET_SIZE(x), base);
#endif
    PyErr_SetString(PyExc_TypeError,
                    "long() can't convert non-string with explicit base");
    return NULL;
}

static PyObject *
long_subtype_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyLongObject *tmp, *newobj;
    Py_ssize_t n;

    assert(PyType_IsSubtype(type, &PyLong_Type));
    tmp = (PyLongObject *)long_new(&PyLong_Type, args, kwds);
    if (tmp == NULL)
        return NULL;
    assert(PyLong_CheckExact(tmp));
    n = ABS(tmp->ob_size);
    newobj = (PyLongObject *)type->tp_alloc(type, n);
    if (newobj == NULL) {
        Py_DECREF(tmp);
        return NULL;
    }
    newobj->ob_size = tmp->ob_size;
    if (n)
        memcpy(newobj->ob_digit, tmp->ob_digit, n * sizeof(digit));
    Py_DECREF(tmp);
    return (PyObject *)newobj;
}

static PyObject *
long_getnewargs(PyLongObject *v)
{
    PyObject *copy = _PyLong_Copy(v);
    if (copy == NULL)
        return NULL;
    return Py_BuildValue("(N)", copy);
}

static PyMethodDef long_methods[] = {
    {"__getnewargs__", (PyCFunction)long_getnewargs, METH_NOARGS},
    {NULL, NULL}
};

PyDoc_STRVAR(long_doc,
"long(x[, base]) -> integer\n\
\n\
Make a long integer (of any size) from a number, truncating a float\n\
toward zero, or from a string of digits in the given base (default 10;\n\
0 means: guess from the prefix).  A base may only be given with a string.");

static PyNumberMethods long_as_number = {
    long_add,                       /* nb_add */
    long_sub,                       /* nb_subtract */
    long_mul,                       /* nb_multiply */
    long_classic_div,               /* nb_divide */
    long_mod,                       /* nb_remainder */
    long_divmod,                    /* nb_divmod */
    long_pow,                       /* nb_power */
    (unaryfunc)long_neg,            /* nb_negative */
    (unaryfunc)long_pos,            /* nb_positive */
    (unaryfunc)long_abs,            /* nb_absolute */
    (inquiry)long_nonzero,          /* nb_nonzero */
    (unaryfunc)long_invert,         /* nb_invert */
    long_lshift,                    /* nb_lshift */
    long_rshift,                    /* nb_rshift */
    long_and,                       /* nb_and */
    long_xor,                       /* nb_xor */
    long_or,                        /* nb_or */
    long_coerce,                    /* nb_coerce */
    long_int,                       /* nb_int */
    long_long,                      /* nb_long */
    long_float,                     /* nb_float */
    long_oct,                       /* nb_oct */
    long_hex,                       /* nb_hex */
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
    long_floor_div,                 /* nb_floor_divide */
    long_true_divide,               /* nb_true_divide */
    0,                              /* nb_inplace_floor_divide */
    0,                              /* nb_inplace_true_divide */
    long_long,                      /* nb_index */
};

PyTypeObject PyLong_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "long",
    sizeof(PyLongObject) - sizeof(digit),       /* tp_basicsize */
    sizeof(digit),                              /* tp_itemsize */
    long_dealloc,                               /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    (cmpfunc)long_compare,                      /* tp_compare */
    long_repr,                                  /* tp_repr */
    &long_as_number,                            /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)long_hash,                        /* tp_hash */
    0,                                          /* tp_call */
    long_str,                                   /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    long_doc,                                   /* tp_doc */
    0,                                          /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    long_methods,                               /* tp_methods */
    0,                                          /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    long_new,                                   /* tp_new */
    (freefunc)PyObject_Del,                     /* tp_free */
};
