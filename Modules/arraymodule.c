/* The array module of Python 2.5: compact arrays of C numbers and
   characters.

   An array keeps its items as raw C values in one block; a small table
   per type code says how big an item is and how to convert it to and
   from a Python object.  Every size computation is checked for overflow
   and large allocations ask the interpreter's memory account first.
   Python code can run during conversions (__int__, __float__), so no
   raw pointer into the block is held across a conversion. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "structmember.h"

struct arrayobject;

typedef struct {
    char typecode;
    int itemsize;
    PyObject *(*get)(struct arrayobject *, Py_ssize_t);
    int (*set)(PyObject *, char *);   /* convert v into dst */
} arraydescr;

typedef struct arrayobject {
    PyObject_VAR_HEAD
    char *ob_item;
    Py_ssize_t allocated;       /* items the block can hold */
    const arraydescr *ob_descr;
    PyObject *weakreflist;
} arrayobject;

static PyTypeObject Arraytype;

#define array_Check(op) PyObject_TypeCheck(op, &Arraytype)
#define ITEMS(a, T) ((T *)(a)->ob_item)

/* ---- item conversions ------------------------------------------------ */

/* A C long from an array item value, with 2.5's messages. */
static int
item_as_long(PyObject *v, long *out)
{
    long x;

    if (PyFloat_Check(v)) {
        if (PyErr_WarnEx(PyExc_DeprecationWarning,
                         "integer argument expected, got float", 1) < 0)
            return -1;
    }
    else if (!PyInt_Check(v) && !PyLong_Check(v) &&
             (v->ob_type->tp_as_number == NULL ||
              v->ob_type->tp_as_number->nb_int == NULL)) {
        PyErr_SetString(PyExc_TypeError, "array item must be integer");
        return -1;
    }
    x = PyInt_AsLong(v);
    if (x == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "array item must be integer");
        }
        return -1;
    }
    *out = x;
    return 0;
}

/* Check lo <= x <= hi, naming the C type in 2.5's words. */
static int
item_in_range(long x, long lo, long hi, const char *what)
{
    if (x < lo) {
        PyErr_Format(PyExc_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    if (x > hi) {
        PyErr_Format(PyExc_OverflowError, "%s is greater than maximum", what);
        return -1;
    }
    return 0;
}

static PyObject *
c_get(arrayobject *a, Py_ssize_t i)
{
    return PyString_FromStringAndSize(&ITEMS(a, char)[i], 1);
}

static int
c_set(PyObject *v, char *dst)
{
    if (!PyString_Check(v) || PyString_GET_SIZE(v) != 1) {
        PyErr_SetString(PyExc_TypeError, "array item must be char");
        return -1;
    }
    *(char *)dst = PyString_AS_STRING(v)[0];
    return 0;
}

static PyObject *
b_get(arrayobject *a, Py_ssize_t i)
{
    return PyInt_FromLong(ITEMS(a, signed char)[i]);
}

static int
b_set(PyObject *v, char *dst)
{
    long x;
    if (item_as_long(v, &x) < 0 ||
        item_in_range(x, -128, 127, "signed char") < 0)
        return -1;
    *(signed char *)dst = (signed char)x;
    return 0;
}

static PyObject *
B_get(arrayobject *a, Py_ssize_t i)
{
    return PyInt_FromLong(ITEMS(a, unsigned char)[i]);
}

static int
B_set(PyObject *v, char *dst)
{
    long x;
    if (item_as_long(v, &x) < 0 ||
        item_in_range(x, 0, 255, "unsigned byte integer") < 0)
        return -1;
    *(unsigned char *)dst = (unsigned char)x;
    return 0;
}

static PyObject *
u_get(arrayobject *a, Py_ssize_t i)
{
    return PyUnicode_FromUnicode(&ITEMS(a, Py_UNICODE)[i], 1);
}

static int
u_set(PyObject *v, char *dst)
{
    if (!PyUnicode_Check(v) || PyUnicode_GET_SIZE(v) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "array item must be unicode character");
        return -1;
    }
    *(Py_UNICODE *)dst = PyUnicode_AS_UNICODE(v)[0];
    return 0;
}

static PyObject *
h_get(arrayobject *a, Py_ssize_t i)
{
    return PyInt_FromLong(ITEMS(a, short)[i]);
}

static int
h_set(PyObject *v, char *dst)
{
    long x;
    if (item_as_long(v, &x) < 0 ||
        item_in_range(x, SHRT_MIN, SHRT_MAX, "signed short integer") < 0)
        return -1;
    *(short *)dst = (short)x;
    return 0;
}

static PyObject *
H_get(arrayobject *a, Py_ssize_t i)
{
    return PyInt_FromLong(ITEMS(a, unsigned short)[i]);
}

static int
H_set(PyObject *v, char *dst)
{
    long x;
    if (item_as_long(v, &x) < 0 ||
        item_in_range(x, 0, USHRT_MAX, "unsigned short") < 0)
        return -1;
    *(unsigned short *)dst = (unsigned short)x;
    return 0;
}

static PyObject *
i_get(arrayobject *a, Py_ssize_t i)
{
    return PyInt_FromLong(ITEMS(a, int)[i]);
}

static int
i_set(PyObject *v, char *dst)
{
    long x;
    if (item_as_long(v, &x) < 0 ||
        item_in_range(x, INT_MIN, INT_MAX, "signed integer") < 0)
        return -1;
    *(int *)dst = (int)x;
    return 0;
}

/* 'I' and 'L' read back as longs, as in 2.5. */
static PyObject *
I_get(arrayobject *a, Py_ssize_t i)
{
    return PyLong_FromUnsignedLong(ITEMS(a, unsigned int)[i]);
}

static int
unsigned_item(PyObject *v, unsigned long max, const char *what,
              unsigned long *out)
{
    if (PyLong_Check(v)) {
        unsigned long x = PyLong_AsUnsignedLong(v);
        if (x == (unsigned long)-1 && PyErr_Occurred())
            return -1;
        if (x > max) {
            PyErr_Format(PyExc_OverflowError, "%s is greater than maximum",
                         what);
            return -1;
        }
        *out = x;
        return 0;
    }
    else {
        long x;
        if (item_as_long(v, &x) < 0)
            return -1;
        if (x < 0) {
            PyErr_Format(PyExc_OverflowError, "%s is less than minimum", what);
            return -1;
        }
        if ((unsigned long)x > max) {
            PyErr_Format(PyExc_OverflowError, "%s is greater than maximum",
                         what);
            return -1;
        }
        *out = (unsigned long)x;
        return 0;
    }
}

static int
I_set(PyObject *v, char *dst)
{
    unsigned long x;
    if (unsigned_item(v, UINT_MAX, "unsigned int", &x) < 0)
        return -1;
    *(unsigned int *)dst = (unsigned int)x;
    return 0;
}

static PyObject *
l_get(arrayobject *a, Py_ssize_t i)
{
    return PyInt_FromLong(ITEMS(a, long)[i]);
}

static int
l_set(PyObject *v, char *dst)
{
    long x;
    if (item_as_long(v, &x) < 0)
        return -1;
    *(long *)dst = x;
    return 0;
}

static PyObject *
L_get(arrayobject *a, Py_ssize_t i)
{
    return PyLong_FromUnsignedLong(ITEMS(a, unsigned long)[i]);
}

static int
L_set(PyObject *v, char *dst)
{
    unsigned long x;
    if (unsigned_item(v, ULONG_MAX, "unsigned long", &x) < 0)
        return -1;
    *(unsigned long *)dst = x;
    return 0;
}

static int
item_as_double(PyObject *v, double *out)
{
    double x;
    if (!PyFloat_Check(v) && !PyInt_Check(v) && !PyLong_Check(v) &&
        (v->ob_type->tp_as_number == NULL ||
         v->ob_type->tp_as_number->nb_float == NULL)) {
        PyErr_SetString(PyExc_TypeError, "array item must be float");
        return -1;
    }
    x = PyFloat_AsDouble(v);
    if (x == -1.0 && PyErr_Occurred())
        return -1;
    *out = x;
    return 0;
}

static PyObject *
f_get(arrayobject *a, Py_ssize_t i)
{
    return PyFloat_FromDouble(ITEMS(a, float)[i]);
}

static int
f_set(PyObject *v, char *dst)
{
    double x;
    if (item_as_double(v, &x) < 0)
        return -1;
    *(float *)dst = (float)x;
    return 0;
}

static PyObject *
d_get(arrayobject *a, Py_ssize_t i)
{
    return PyFloat_FromDouble(ITEMS(a, double)[i]);
}

static int
d_set(PyObject *v, char *dst)
{
    double x;
    if (item_as_double(v, &x) < 0)
        return -1;
    *(double *)dst = x;
    return 0;
}

static const arraydescr descriptors[] = {
    {'c', sizeof(char), c_get, c_set},
    {'b', sizeof(char), b_get, b_set},
    {'B', sizeof(char), B_get, B_set},
    {'u', sizeof(Py_UNICODE), u_get, u_set},
    {'h', sizeof(short), h_get, h_set},
    {'H', sizeof(short), H_get, H_set},
    {'i', sizeof(int), i_get, i_set},
    {'I', sizeof(int), I_get, I_set},
    {'l', sizeof(long), l_get, l_set},
    {'L', sizeof(long), L_get, L_set},
    {'f', sizeof(float), f_get, f_set},
    {'d', sizeof(double), d_get, d_set},
    {'\0', 0, NULL, NULL}
};

/* ---- storage ------------------------------------------------------------ */

/* Make the array hold exactly n items (contents up to min(old, n) kept).
   Grows with some slack so repeated appends are cheap. */
static int
array_resize(arrayobject *a, Py_ssize_t n)
{
    Py_ssize_t isz = a->ob_descr->itemsize, cap;
    char *block;

    if (n < 0 || n > PY_SSIZE_T_MAX / isz) {
        PyErr_NoMemory();
        return -1;
    }
    if (n <= a->allocated && n >= a->allocated / 2) {
        a->ob_size = n;
        return 0;
    }
    cap = n;
    if (n > a->ob_size) {
        Py_ssize_t slack = (n >> 4) + (n < 8 ? 3 : 7);
        if (n <= PY_SSIZE_T_MAX / isz - slack)
            cap = n + slack;
    }
    if (cap > a->allocated && (cap - a->allocated) * isz > 65536 &&
        _PyMem_CheckAvailable((size_t)((cap - a->allocated) * isz)) < 0)
        return -1;
    block = PyMem_Realloc(a->ob_item, cap ? cap * isz : 1);
    if (block == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    a->ob_item = block;
    a->allocated = cap;
    a->ob_size = n;
    return 0;
}

static PyObject *
array_make(PyTypeObject *type, Py_ssize_t n, const arraydescr *descr)
{
    arrayobject *a;

    if (n < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (n > PY_SSIZE_T_MAX / descr->itemsize)
        return PyErr_NoMemory();
    if (n * descr->itemsize > 65536 &&
        _PyMem_CheckAvailable((size_t)(n * descr->itemsize)) < 0)
        return NULL;
    a = (arrayobject *)type->tp_alloc(type, 0);
    if (a == NULL)
        return NULL;
    a->ob_descr = descr;
    a->weakreflist = NULL;
    a->ob_size = 0;
    a->allocated = 0;
    a->ob_item = NULL;
    if (n > 0) {
        a->ob_item = PyMem_Malloc(n * descr->itemsize);
        if (a->ob_item == NULL) {
            Py_DECREF(a);
            return PyErr_NoMemory();
        }
        memset(a->ob_item, 0, n * descr->itemsize);
        a->allocated = n;
        a->ob_size = n;
    }
    return (PyObject *)a;
}

static void
array_dealloc(arrayobject *a)
{
    if (a->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)a);
    PyMem_Free(a->ob_item);
    a->ob_type->tp_free((PyObject *)a);
}

/* Append v; it is converted before the block is touched. */
static int
array_push(arrayobject *a, PyObject *v)
{
    char tmp[16];
    Py_ssize_t n;

    if (a->ob_descr->set(v, tmp) < 0)
        return -1;
    n = a->ob_size;
    if (array_resize(a, n + 1) < 0)
        return -1;
    memcpy(a->ob_item + n * a->ob_descr->itemsize, tmp, a->ob_descr->itemsize);
    return 0;
}

/* ---- sequence protocol ----------------------------------------------------- */

static Py_ssize_t
array_length(arrayobject *a)
{
    return a->ob_size;
}

static PyObject *
array_item(arrayobject *a, Py_ssize_t i)
{
    if (i < 0 || i >= a->ob_size) {
        PyErr_SetString(PyExc_IndexError, "array index out of range");
        return NULL;
    }
    return a->ob_descr->get(a, i);
}

static PyObject *
array_slice(arrayobject *a, Py_ssize_t lo, Py_ssize_t hi)
{
    arrayobject *r;

    if (lo < 0)
        lo = 0;
    else if (lo > a->ob_size)
        lo = a->ob_size;
    if (hi < lo)
        hi = lo;
    else if (hi > a->ob_size)
        hi = a->ob_size;
    r = (arrayobject *)array_make(&Arraytype, hi - lo, a->ob_descr);
    if (r == NULL)
        return NULL;
    if (hi > lo)
        memcpy(r->ob_item, a->ob_item + lo * a->ob_descr->itemsize,
               (hi - lo) * a->ob_descr->itemsize);
    return (PyObject *)r;
}

static PyObject *
array_concat(arrayobject *a, PyObject *bb)
{
    arrayobject *b, *r;
    Py_ssize_t isz = a->ob_descr->itemsize;

    if (!array_Check(bb)) {
        PyErr_Format(PyExc_TypeError,
                     "can only append array (not \"%.200s\") to array",
                     bb->ob_type->tp_name);
        return NULL;
    }
    b = (arrayobject *)bb;
    if (a->ob_descr != b->ob_descr) {
        PyErr_BadArgument();
        return NULL;
    }
    if (a->ob_size > PY_SSIZE_T_MAX - b->ob_size)
        return PyErr_NoMemory();
    r = (arrayobject *)array_make(&Arraytype, a->ob_size + b->ob_size,
                                  a->ob_descr);
    if (r == NULL)
        return NULL;
    if (a->ob_size)
        memcpy(r->ob_item, a->ob_item, a->ob_size * isz);
    if (b->ob_size)
        memcpy(r->ob_item + a->ob_size * isz, b->ob_item, b->ob_size * isz);
    return (PyObject *)r;
}

static PyObject *
array_repeat(arrayobject *a, Py_ssize_t n)
{
    arrayobject *r;
    Py_ssize_t i, chunk = a->ob_size * a->ob_descr->itemsize;

    if (n < 0)
        n = 0;
    if (a->ob_size && n > PY_SSIZE_T_MAX / a->ob_size)
        return PyErr_NoMemory();
    r = (arrayobject *)array_make(&Arraytype, a->ob_size * n, a->ob_descr);
    if (r == NULL)
        return NULL;
    for (i = 0; i < n && chunk; i++)
        memcpy(r->ob_item + i * chunk, a->ob_item, chunk);
    return (PyObject *)r;
}

/* Replace items lo..hi with the items of array v (or delete if NULL). */
static int
array_ass_slice(arrayobject *a, Py_ssize_t lo, Py_ssize_t hi, PyObject *v)
{
    Py_ssize_t isz = a->ob_descr->itemsize, n, d, size;
    arrayobject *b = NULL;
    char *src = NULL;
    int r = -1;

    if (v != NULL) {
        if (!array_Check(v)) {
            PyErr_Format(PyExc_TypeError,
                         "can only assign array (not \"%.200s\") to array slice",
                         v->ob_type->tp_name);
            return -1;
        }
        b = (arrayobject *)v;
        if (b->ob_descr != a->ob_descr) {
            PyErr_BadArgument();
            return -1;
        }
    }
    if (lo < 0)
        lo = 0;
    else if (lo > a->ob_size)
        lo = a->ob_size;
    if (hi < lo)
        hi = lo;
    else if (hi > a->ob_size)
        hi = a->ob_size;
    n = b ? b->ob_size : 0;
    /* copy the source first: it may be the array itself */
    if (n) {
        src = PyMem_Malloc(n * isz);
        if (src == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memcpy(src, b->ob_item, n * isz);
    }
    size = a->ob_size;
    d = n - (hi - lo);
    if (d > 0 && size > PY_SSIZE_T_MAX - d) {
        PyErr_NoMemory();
        goto done;
    }
    if (d < 0) {
        memmove(a->ob_item + (hi + d) * isz, a->ob_item + hi * isz,
                (size - hi) * isz);
        if (array_resize(a, size + d) < 0)
            goto done;
    }
    else if (d > 0) {
        if (array_resize(a, size + d) < 0)
            goto done;
        memmove(a->ob_item + (hi + d) * isz, a->ob_item + hi * isz,
                (size - hi) * isz);
    }
    if (n)
        memcpy(a->ob_item + lo * isz, src, n * isz);
    r = 0;
  done:
    PyMem_Free(src);
    return r;
}

static int
array_ass_item(arrayobject *a, Py_ssize_t i, PyObject *v)
{
    if (i < 0 || i >= a->ob_size) {
        PyErr_SetString(PyExc_IndexError,
                        "array assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return array_ass_slice(a, i, i + 1, NULL);
    {
        char tmp[16];
        if (a->ob_descr->set(v, tmp) < 0)
            return -1;
        if (i >= a->ob_size) {      /* shrunk during the conversion */
            PyErr_SetString(PyExc_IndexError,
                            "array assignment index out of range");
            return -1;
        }
        memcpy(a->ob_item + i * a->ob_descr->itemsize, tmp,
               a->ob_descr->itemsize);
    }
    return 0;
}

static int
array_contains(arrayobject *a, PyObject *v)
{
    Py_ssize_t i;

    for (i = 0; i < a->ob_size; i++) {
        PyObject *item = a->ob_descr->get(a, i);
        int eq;
        if (item == NULL)
            return -1;
        eq = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static int array_extend_from(arrayobject *a, PyObject *bb);

static PyObject *
array_inplace_concat(arrayobject *a, PyObject *bb)
{
    if (!array_Check(bb)) {
        PyErr_Format(PyExc_TypeError,
                     "can only extend array with array (not \"%.200s\")",
                     bb->ob_type->tp_name);
        return NULL;
    }
    if (((arrayobject *)bb)->ob_descr != a->ob_descr) {
        PyErr_SetString(PyExc_TypeError,
                        "can only extend with array of same kind");
        return NULL;
    }
    if (array_extend_from(a, bb) < 0)
        return NULL;
    Py_INCREF(a);
    return (PyObject *)a;
}

static PyObject *
array_inplace_repeat(arrayobject *a, Py_ssize_t n)
{
    Py_ssize_t size = a->ob_size, chunk, i;

    if (size > 0) {
        if (n <= 0) {
            if (array_resize(a, 0) < 0)
                return NULL;
        }
        else {
            if (n > PY_SSIZE_T_MAX / size)
                return PyErr_NoMemory();
            if (array_resize(a, size * n) < 0)
                return NULL;
            chunk = size * a->ob_descr->itemsize;
            for (i = 1; i < n; i++)
                memcpy(a->ob_item + i * chunk, a->ob_item, chunk);
        }
    }
    Py_INCREF(a);
    return (PyObject *)a;
}

/* ---- mapping protocol (indexes and extended slices) ------------------------ */

static PyObject *
array_subscript(arrayobject *a, PyObject *key)
{
    Py_ssize_t start, stop, step, count, k, cur, isz;
    arrayobject *r;

    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += a->ob_size;
        return array_item(a, i);
    }
    if (!PySlice_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "array indices must be integers");
        return NULL;
    }
    if (PySlice_GetIndicesEx((PySliceObject *)key, a->ob_size,
                             &start, &stop, &step, &count) < 0)
        return NULL;
    if (step == 1)
        return array_slice(a, start, stop);
    r = (arrayobject *)array_make(&Arraytype, count, a->ob_descr);
    if (r == NULL)
        return NULL;
    isz = a->ob_descr->itemsize;
    for (k = 0, cur = start; k < count; k++, cur += step)
        memcpy(r->ob_item + k * isz, a->ob_item + cur * isz, isz);
    return (PyObject *)r;
}

static int
array_ass_subscript(arrayobject *a, PyObject *key, PyObject *v)
{
    Py_ssize_t start, stop, step, count, k, cur, isz = a->ob_descr->itemsize;

    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += a->ob_size;
        return array_ass_item(a, i, v);
    }
    if (!PySlice_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "array indices must be integers");
        return -1;
    }
    if (PySlice_GetIndicesEx((PySliceObject *)key, a->ob_size,
                             &start, &stop, &step, &count) < 0)
        return -1;
    if (step == 1)
        return array_ass_slice(a, start, stop, v);

    if (v == NULL) {
        /* delete every step-th item, compacting in place */
        Py_ssize_t dst, src;
        char *keep;
        if (count == 0)
            return 0;
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        keep = a->ob_item;
        dst = start;
        for (src = start; src < a->ob_size; src++) {
            if (src >= start && (src - start) % step == 0 &&
                (src - start) / step < count)
                continue;
            memmove(keep + dst * isz, keep + src * isz, isz);
            dst++;
        }
        return array_resize(a, dst);
    }
    if (!array_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "can only assign array (not \"%.200s\") to array slice",
                     v->ob_type->tp_name);
        return -1;
    }
    if (((arrayobject *)v)->ob_descr != a->ob_descr) {
        PyErr_BadArgument();
        return -1;
    }
    if (((arrayobject *)v)->ob_size != count) {
        PyErr_Format(PyExc_ValueError,
            "attempt to assign array of size %zd to extended slice of size %zd",
            ((arrayobject *)v)->ob_size, count);
        return -1;
    }
    {
        char *src = count ? PyMem_Malloc(count * isz) : NULL;
        if (count && src == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        if (count)
            memcpy(src, ((arrayobject *)v)->ob_item, count * isz);
        for (k = 0, cur = start; k < count; k++, cur += step)
            memcpy(a->ob_item + cur * isz, src + k * isz, isz);
        PyMem_Free(src);
    }
    return 0;
}

/* ---- buffer protocol ------------------------------------------------------ */

static Py_ssize_t
array_buffer_getreadbuf(arrayobject *a, Py_ssize_t index, const void **ptr)
{
    if (index != 0) {
        PyErr_SetString(PyExc_SystemError,
                        "Accessing non-existent array segment");
        return -1;
    }
    *ptr = a->ob_item ? (void *)a->ob_item : (void *)"";
    return a->ob_size * a->ob_descr->itemsize;
}

static Py_ssize_t
array_buffer_getwritebuf(arrayobject *a, Py_ssize_t index, const void **ptr)
{
    return array_buffer_getreadbuf(a, index, ptr);
}

static Py_ssize_t
array_buffer_getsegcount(arrayobject *a, Py_ssize_t *lenp)
{
    if (lenp)
        *lenp = a->ob_size * a->ob_descr->itemsize;
    return 1;
}

static PyBufferProcs array_as_buffer = {
    (readbufferproc)array_buffer_getreadbuf,
    (writebufferproc)array_buffer_getwritebuf,
    (segcountproc)array_buffer_getsegcount,
    0,      /* 2.5 arrays are no character buffer: "t#" and
               PyObject_AsCharBuffer refuse them */
};

/* ---- methods ---------------------------------------------------------------- */

static int
array_extend_from(arrayobject *a, PyObject *bb)
{
    if (array_Check(bb) && ((arrayobject *)bb)->ob_descr == a->ob_descr) {
        arrayobject *b = (arrayobject *)bb;
        Py_ssize_t size = a->ob_size, n = b->ob_size, isz = a->ob_descr->itemsize;
        if (size > PY_SSIZE_T_MAX - n) {
            PyErr_NoMemory();
            return -1;
        }
        if (array_resize(a, size + n) < 0)
            return -1;
        if (n)
            memcpy(a->ob_item + size * isz, b->ob_item, n * isz);
        return 0;
    }
    else {
        PyObject *it = PyObject_GetIter(bb), *v;
        if (it == NULL)
            return -1;
        while ((v = PyIter_Next(it)) != NULL) {
            int r = array_push(a, v);
            Py_DECREF(v);
            if (r < 0) {
                Py_DECREF(it);
                return -1;
            }
        }
        Py_DECREF(it);
        return PyErr_Occurred() ? -1 : 0;
    }
}

static PyObject *
array_append(arrayobject *a, PyObject *v)
{
    if (array_push(a, v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
array_extend(arrayobject *a, PyObject *bb)
{
    if (array_Check(bb) && ((arrayobject *)bb)->ob_descr != a->ob_descr) {
        PyErr_SetString(PyExc_TypeError,
                        "can only extend with array of same kind");
        return NULL;
    }
    if (array_extend_from(a, bb) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
array_insert(arrayobject *a, PyObject *args)
{
    Py_ssize_t i, n, isz = a->ob_descr->itemsize;
    PyObject *v;

    char tmp[16];

    if (!PyArg_ParseTuple(args, "nO:insert", &i, &v))
        return NULL;
    if (a->ob_descr->set(v, tmp) < 0)
        return NULL;
    n = a->ob_size;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    if (array_resize(a, n + 1) < 0)
        return NULL;
    memmove(a->ob_item + (i + 1) * isz, a->ob_item + i * isz, (n - i) * isz);
    memcpy(a->ob_item + i * isz, tmp, isz);
    Py_RETURN_NONE;
}

static PyObject *
array_pop(arrayobject *a, PyObject *args)
{
    Py_ssize_t i = -1;
    PyObject *v;

    if (!PyArg_ParseTuple(args, "|n:pop", &i))
        return NULL;
    if (a->ob_size == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0)
        i += a->ob_size;
    if (i < 0 || i >= a->ob_size) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    v = a->ob_descr->get(a, i);
    if (v == NULL)
        return NULL;
    if (array_ass_slice(a, i, i + 1, NULL) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

/* Position of the first item equal to v, -1 if none, -2 on error. */
static Py_ssize_t
array_find(arrayobject *a, PyObject *v)
{
    Py_ssize_t i;
    for (i = 0; i < a->ob_size; i++) {
        PyObject *item = a->ob_descr->get(a, i);
        int eq;
        if (item == NULL)
            return -2;
        eq = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (eq > 0)
            return i;
        if (eq < 0)
            return -2;
    }
    return -1;
}

static PyObject *
array_count(arrayobject *a, PyObject *v)
{
    Py_ssize_t i, n = 0;
    for (i = 0; i < a->ob_size; i++) {
        PyObject *item = a->ob_descr->get(a, i);
        int eq;
        if (item == NULL)
            return NULL;
        eq = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (eq < 0)
            return NULL;
        n += eq;
    }
    return PyInt_FromSsize_t(n);
}

static PyObject *
array_index(arrayobject *a, PyObject *v)
{
    Py_ssize_t i = array_find(a, v);
    if (i == -2)
        return NULL;
    if (i < 0) {
        PyErr_SetString(PyExc_ValueError, "array.index(x): x not in list");
        return NULL;
    }
    return PyInt_FromSsize_t(i);
}

static PyObject *
array_remove(arrayobject *a, PyObject *v)
{
    Py_ssize_t i = array_find(a, v);
    if (i == -2)
        return NULL;
    if (i < 0) {
        PyErr_SetString(PyExc_ValueError, "array.remove(x): x not in list");
        return NULL;
    }
    if (array_ass_slice(a, i, i + 1, NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
array_buffer_info(arrayobject *a)
{
    return Py_BuildValue("(Nn)", PyLong_FromVoidPtr(a->ob_item), a->ob_size);
}

static PyObject *
array_byteswap(arrayobject *a)
{
    Py_ssize_t i, isz = a->ob_descr->itemsize;
    int k;

    if (isz != 1 && isz != 2 && isz != 4 && isz != 8) {
        PyErr_SetString(PyExc_RuntimeError,
                        "don't know how to byteswap this array type");
        return NULL;
    }
    for (i = 0; i < a->ob_size; i++) {
        char *p = a->ob_item + i * isz;
        for (k = 0; k < isz / 2; k++) {
            char t = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = t;
        }
    }
    Py_RETURN_NONE;
}

static PyObject *
array_reverse(arrayobject *a)
{
    Py_ssize_t lo = 0, hi = a->ob_size - 1, isz = a->ob_descr->itemsize;
    char tmp[16];

    for (; lo < hi; lo++, hi--) {
        memcpy(tmp, a->ob_item + lo * isz, isz);
        memcpy(a->ob_item + lo * isz, a->ob_item + hi * isz, isz);
        memcpy(a->ob_item + hi * isz, tmp, isz);
    }
    Py_RETURN_NONE;
}

static PyObject *
array_fromlist(arrayobject *a, PyObject *list)
{
    Py_ssize_t n, i, size = a->ob_size;

    if (!PyList_Check(list)) {
        PyErr_SetString(PyExc_TypeError, "arg must be list");
        return NULL;
    }
    n = PyList_GET_SIZE(list);
    for (i = 0; i < n && i < PyList_GET_SIZE(list); i++) {
        if (array_push(a, PyList_GET_ITEM(list, i)) < 0) {
            /* all or nothing, as in 2.5 */
            if (a->ob_size > size)
                array_resize(a, size);
            return NULL;
        }
    }
    Py_RETURN_NONE;
}

static PyObject *
array_tolist(arrayobject *a)
{
    PyObject *list = PyList_New(a->ob_size);
    Py_ssize_t i;

    if (list == NULL)
        return NULL;
    for (i = 0; i < a->ob_size && i < PyList_GET_SIZE(list); i++) {
        PyObject *v = a->ob_descr->get(a, i);
        if (v == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, v);
    }
    return list;
}

static int
array_append_bytes(arrayobject *a, const char *s, Py_ssize_t len)
{
    Py_ssize_t isz = a->ob_descr->itemsize, size = a->ob_size, n;

    if (len % isz != 0) {
        PyErr_SetString(PyExc_ValueError,
                        "string length not a multiple of item size");
        return -1;
    }
    n = len / isz;
    if (size > PY_SSIZE_T_MAX - n) {
        PyErr_NoMemory();
        return -1;
    }
    if (array_resize(a, size + n) < 0)
        return -1;
    if (len)
        memcpy(a->ob_item + size * isz, s, len);
    return 0;
}

static PyObject *
array_fromstring(arrayobject *a, PyObject *args)
{
    char *s;
    Py_ssize_t len;
    PyObject *copy;
    int r;

    if (!PyArg_ParseTuple(args, "s#:fromstring", &s, &len))
        return NULL;
    /* s may point into this very array (through its buffer): copy it */
    copy = PyString_FromStringAndSize(s, len);
    if (copy == NULL)
        return NULL;
    r = array_append_bytes(a, PyString_AS_STRING(copy), len);
    Py_DECREF(copy);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
array_tostring(arrayobject *a)
{
    return PyString_FromStringAndSize(a->ob_item ? a->ob_item : "",
                                      a->ob_size * a->ob_descr->itemsize);
}

static PyObject *
array_fromunicode(arrayobject *a, PyObject *args)
{
    Py_UNICODE *u;
    Py_ssize_t n;

    if (!PyArg_ParseTuple(args, "u#:fromunicode", &u, &n))
        return NULL;
    if (a->ob_descr->typecode != 'u') {
        PyErr_SetString(PyExc_ValueError,
                        "fromunicode() may only be called on type 'u' arrays");
        return NULL;
    }
    if (n > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(Py_UNICODE))
        return PyErr_NoMemory();
    {
        PyObject *copy = PyUnicode_FromUnicode(u, n);
        int r;
        if (copy == NULL)
            return NULL;
        r = array_append_bytes(a, (const char *)PyUnicode_AS_UNICODE(copy),
                               n * sizeof(Py_UNICODE));
        Py_DECREF(copy);
        if (r < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
array_tounicode(arrayobject *a)
{
    if (a->ob_descr->typecode != 'u') {
        PyErr_SetString(PyExc_ValueError,
                        "tounicode() may only be called on type 'u' arrays");
        return NULL;
    }
    return PyUnicode_FromUnicode(ITEMS(a, Py_UNICODE), a->ob_size);
}

/* fromfile and tofile work through the file object's own read and write
   methods: the array module itself never touches the file system. */
static PyObject *
array_fromfile(arrayobject *a, PyObject *args)
{
    PyObject *f, *data;
    Py_ssize_t n, nbytes, isz = a->ob_descr->itemsize, got;
    int r;

    if (!PyArg_ParseTuple(args, "On:fromfile", &f, &n))
        return NULL;
    if (!PyFile_Check(f)) {
        PyErr_SetString(PyExc_TypeError, "arg1 must be open file");
        return NULL;
    }
    if (n < 0)
        n = 0;
    if (n > PY_SSIZE_T_MAX / isz)
        return PyErr_NoMemory();
    nbytes = n * isz;
    data = PyObject_CallMethod(f, "read", "n", nbytes);
    if (data == NULL)
        return NULL;
    if (!PyString_Check(data)) {
        Py_DECREF(data);
        PyErr_SetString(PyExc_TypeError, "read() didn't return a string");
        return NULL;
    }
    got = PyString_GET_SIZE(data);
    r = array_append_bytes(a, PyString_AS_STRING(data), got - got % isz);
    Py_DECREF(data);
    if (r < 0)
        return NULL;
    if (got < nbytes) {
        PyErr_SetString(PyExc_EOFError, "not enough items in file");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
array_tofile(arrayobject *a, PyObject *f)
{
    PyObject *data, *r;

    if (!PyFile_Check(f)) {
        PyErr_SetString(PyExc_TypeError, "arg must be open file");
        return NULL;
    }
    data = array_tostring(a);
    if (data == NULL)
        return NULL;
    r = PyObject_CallMethod(f, "write", "O", data);
    Py_DECREF(data);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_RETURN_NONE;
}

static PyObject *
array_copy(arrayobject *a)
{
    return array_slice(a, 0, a->ob_size);
}

static PyObject *
array_deepcopy(arrayobject *a, PyObject *memo)
{
    return array_slice(a, 0, a->ob_size);
}

static PyObject *
array_reduce(arrayobject *a)
{
    PyObject *state, *r;

    state = PyObject_GetAttrString((PyObject *)a, "__dict__");
    if (state == NULL) {
        PyErr_Clear();
        Py_INCREF(Py_None);
        state = Py_None;
    }
    if (a->ob_size <= 0)
        r = Py_BuildValue("O(c)N", a->ob_type, a->ob_descr->typecode, state);
    else
        r = Py_BuildValue("O(cs#)N", a->ob_type, a->ob_descr->typecode,
                          a->ob_item,
                          (Py_ssize_t)(a->ob_size * a->ob_descr->itemsize),
                          state);
    return r;
}

static PyObject *
array_get_typecode(arrayobject *a, void *closure)
{
    char tc = a->ob_descr->typecode;
    return PyString_FromStringAndSize(&tc, 1);
}

static PyObject *
array_get_itemsize(arrayobject *a, void *closure)
{
    return PyInt_FromLong(a->ob_descr->itemsize);
}

static PyGetSetDef array_getset[] = {
    {"typecode", (getter)array_get_typecode, NULL,
     "the typecode character used to create the array", NULL},
    {"itemsize", (getter)array_get_itemsize, NULL,
     "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyMethodDef array_methods[] = {
    {"append", (PyCFunction)array_append, METH_O,
     "append(x)\n\nAppend new value x to the end of the array."},
    {"buffer_info", (PyCFunction)array_buffer_info, METH_NOARGS,
     "buffer_info() -> (address, length)\n\n"
     "Address and item count of the array's memory block."},
    {"byteswap", (PyCFunction)array_byteswap, METH_NOARGS,
     "byteswap()\n\nSwap the byte order of every item."},
    {"__copy__", (PyCFunction)array_copy, METH_NOARGS,
     "copy(array)\n\n Return a copy of the array."},
    {"count", (PyCFunction)array_count, METH_O,
     "count(x)\n\nNumber of occurrences of x in the array."},
    {"__deepcopy__", (PyCFunction)array_deepcopy, METH_O,
     "copy(array)\n\n Return a copy of the array."},
    {"extend", (PyCFunction)array_extend, METH_O,
     "extend(array or iterable)\n\nAppend the items of the argument."},
    {"fromfile", (PyCFunction)array_fromfile, METH_VARARGS,
     "fromfile(f, n)\n\nRead n items from the file object f and append them."},
    {"fromlist", (PyCFunction)array_fromlist, METH_O,
     "fromlist(list)\n\nAppend the items of the list."},
    {"fromstring", (PyCFunction)array_fromstring, METH_VARARGS,
     "fromstring(string)\n\nAppend items read as machine values from the string."},
    {"fromunicode", (PyCFunction)array_fromunicode, METH_VARARGS,
     "fromunicode(ustr)\n\nAppend the characters of ustr to a 'u' array."},
    {"index", (PyCFunction)array_index, METH_O,
     "index(x)\n\nIndex of the first occurrence of x in the array."},
    {"insert", (PyCFunction)array_insert, METH_VARARGS,
     "insert(i,x)\n\nInsert x before position i."},
    {"pop", (PyCFunction)array_pop, METH_VARARGS,
     "pop([i])\n\nRemove and return item i (default the last)."},
    {"read", (PyCFunction)array_fromfile, METH_VARARGS,
     "fromfile(f, n)\n\nRead n items from the file object f and append them."},
    {"__reduce__", (PyCFunction)array_reduce, METH_NOARGS,
     "Return state information for pickling."},
    {"remove", (PyCFunction)array_remove, METH_O,
     "remove(x)\n\nRemove the first occurrence of x."},
    {"reverse", (PyCFunction)array_reverse, METH_NOARGS,
     "reverse()\n\nReverse the items in place."},
    {"tofile", (PyCFunction)array_tofile, METH_O,
     "tofile(f)\n\nWrite the items as machine values to the file object f."},
    {"tolist", (PyCFunction)array_tolist, METH_NOARGS,
     "tolist() -> list\n\nThe items as an ordinary list."},
    {"tostring", (PyCFunction)array_tostring, METH_NOARGS,
     "tostring() -> string\n\nThe items as machine values in a string."},
    {"tounicode", (PyCFunction)array_tounicode, METH_NOARGS,
     "tounicode() -> unicode\n\nThe items of a 'u' array as a unicode string."},
    {"write", (PyCFunction)array_tofile, METH_O,
     "tofile(f)\n\nWrite the items as machine values to the file object f."},
    {NULL, NULL, 0, NULL}
};

static PyObject *
array_repr(arrayobject *a)
{
    char tc = a->ob_descr->typecode;
    PyObject *contents, *crepr, *r;

    if (a->ob_size == 0)
        return PyString_FromFormat("array('%c')", tc);
    if (tc == 'c')
        contents = array_tostring(a);
    else if (tc == 'u')
        contents = array_tounicode(a);
    else
        contents = array_tolist(a);
    if (contents == NULL)
        return NULL;
    crepr = PyObject_Repr(contents);
    Py_DECREF(contents);
    if (crepr == NULL)
        return NULL;
    r = PyString_FromFormat("array('%c', %s)", tc, PyString_AS_STRING(crepr));
    Py_DECREF(crepr);
    return r;
}

static PyObject *
array_richcompare(PyObject *v, PyObject *w, int op)
{
    arrayobject *a, *b;
    Py_ssize_t i;
    int cmp;

    if (!array_Check(v) || !array_Check(w)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    a = (arrayobject *)v;
    b = (arrayobject *)w;
    if (a->ob_size != b->ob_size && (op == Py_EQ || op == Py_NE)) {
        PyObject *r = op == Py_EQ ? Py_False : Py_True;
        Py_INCREF(r);
        return r;
    }
    for (i = 0; i < a->ob_size && i < b->ob_size; i++) {
        PyObject *x = a->ob_descr->get(a, i), *y;
        int eq;
        if (x == NULL)
            return NULL;
        y = b->ob_descr->get(b, i);
        if (y == NULL) {
            Py_DECREF(x);
            return NULL;
        }
        eq = PyObject_RichCompareBool(x, y, Py_EQ);
        if (eq == 0) {
            PyObject *r;
            if (op == Py_EQ)
                r = Py_False, Py_INCREF(r);
            else if (op == Py_NE)
                r = Py_True, Py_INCREF(r);
            else
                r = PyObject_RichCompare(x, y, op);
            Py_DECREF(x);
            Py_DECREF(y);
            return r;
        }
        Py_DECREF(x);
        Py_DECREF(y);
        if (eq < 0)
            return NULL;
    }
    switch (op) {
    case Py_LT: cmp = a->ob_size < b->ob_size; break;
    case Py_LE: cmp = a->ob_size <= b->ob_size; break;
    case Py_EQ: cmp = a->ob_size == b->ob_size; break;
    case Py_NE: cmp = a->ob_size != b->ob_size; break;
    case Py_GT: cmp = a->ob_size > b->ob_size; break;
    default:    cmp = a->ob_size >= b->ob_size; break;
    }
    return PyBool_FromLong(cmp);
}

/* ---- construction ------------------------------------------------------- */

static PyObject *
array_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    char c;
    PyObject *initial = NULL;
    const arraydescr *descr;
    arrayobject *a;
    int ok;

    if (type == &Arraytype && !_PyArg_NoKeywords("array.array()", kwds))
        return NULL;
    if (!PyArg_ParseTuple(args, "c|O:array", &c, &initial))
        return NULL;
    for (descr = descriptors; descr->typecode; descr++)
        if (descr->typecode == c)
            break;
    if (!descr->typecode) {
        PyErr_SetString(PyExc_ValueError,
            "bad typecode (must be c, b, B, u, h, H, i, I, l, L, f or d)");
        return NULL;
    }
    a = (arrayobject *)array_make(type, 0, descr);
    if (a == NULL || initial == NULL)
        return (PyObject *)a;

    if (PyString_Check(initial)) {
        ok = array_append_bytes(a, PyString_AS_STRING(initial),
                                PyString_GET_SIZE(initial)) == 0;
    }
    else if (PyUnicode_Check(initial) && c == 'u') {
        ok = array_append_bytes(a, (const char *)PyUnicode_AS_UNICODE(initial),
                                PyUnicode_GET_SIZE(initial) *
                                (Py_ssize_t)sizeof(Py_UNICODE)) == 0;
    }
    else if (PyUnicode_Check(initial) && c != 'u') {
        PyErr_SetString(PyExc_TypeError,
                        "array initializer must be a list or string");
        ok = 0;
    }
    else {
        ok = array_extend_from(a, initial) == 0;
    }
    if (!ok) {
        Py_DECREF(a);
        return NULL;
    }
    return (PyObject *)a;
}

/* ---- iterator ---------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    arrayobject *ao;        /* NULL when exhausted */
    Py_ssize_t index;
} arrayiterobject;

static PyTypeObject PyArrayIter_Type;

static PyObject *
array_iter(arrayobject *a)
{
    arrayiterobject *it = PyObject_GC_New(arrayiterobject, &PyArrayIter_Type);
    if (it == NULL)
        return NULL;
    Py_INCREF(a);
    it->ao = a;
    it->index = 0;
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *
arrayiter_next(arrayiterobject *it)
{
    arrayobject *a = it->ao;
    if (a == NULL)
        return NULL;
    if (it->index < a->ob_size)
        return a->ob_descr->get(a, it->index++);
    Py_CLEAR(it->ao);
    return NULL;
}

static void
arrayiter_dealloc(arrayiterobject *it)
{
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->ao);
    PyObject_GC_Del(it);
}

static int
arrayiter_traverse(arrayiterobject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->ao);
    return 0;
}

static PyTypeObject PyArrayIter_Type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "arrayiterator",
    .tp_basicsize = sizeof(arrayiterobject),
    .tp_dealloc = (destructor)arrayiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)arrayiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)arrayiter_next,
    .tp_free = PyObject_GC_Del,
};

static PySequenceMethods array_as_sequence = {
    .sq_length = (lenfunc)array_length,
    .sq_concat = (binaryfunc)array_concat,
    .sq_repeat = (ssizeargfunc)array_repeat,
    .sq_item = (ssizeargfunc)array_item,
    .sq_slice = (ssizessizeargfunc)array_slice,
    .sq_ass_item = (ssizeobjargproc)array_ass_item,
    .sq_ass_slice = (ssizessizeobjargproc)array_ass_slice,
    .sq_contains = (objobjproc)array_contains,
    .sq_inplace_concat = (binaryfunc)array_inplace_concat,
    .sq_inplace_repeat = (ssizeargfunc)array_inplace_repeat,
};

static PyMappingMethods array_as_mapping = {
    (lenfunc)array_length,
    (binaryfunc)array_subscript,
    (objobjargproc)array_ass_subscript,
};

PyDoc_STRVAR(arraytype_doc,
"array(typecode [, initializer]) -> array\n\
\n\
A compact sequence of values of one C type, given by typecode:\n\
  'c' character, 'b'/'B' signed/unsigned byte, 'u' unicode character,\n\
  'h'/'H' short, 'i'/'I' int, 'l'/'L' long, 'f' float, 'd' double.\n\
The optional initializer is a string, a list or any iterable of values.\n\
Attributes: typecode, itemsize.");

static PyTypeObject Arraytype = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "array.array",
    .tp_basicsize = sizeof(arrayobject),
    .tp_dealloc = (destructor)array_dealloc,
    .tp_repr = (reprfunc)array_repr,
    .tp_as_sequence = &array_as_sequence,
    .tp_as_mapping = &array_as_mapping,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_as_buffer = &array_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = arraytype_doc,
    .tp_richcompare = array_richcompare,
    .tp_weaklistoffset = offsetof(arrayobject, weakreflist),
    .tp_iter = (getiterfunc)array_iter,
    .tp_methods = array_methods,
    .tp_getset = array_getset,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = array_new,
    .tp_free = PyObject_Del,
};

PyDoc_STRVAR(module_doc,
"Efficient arrays of characters and numbers, stored as C values.\n\
\n\
array(typecode[, initializer]) makes one; ArrayType is the same type.\n\
Type codes: c b B u h H i I l L f d (see array.__doc__).");

PyMODINIT_FUNC
initarray(void)
{
    PyObject *m;

    if (PyType_Ready(&Arraytype) < 0 || PyType_Ready(&PyArrayIter_Type) < 0)
        return;
    m = Py_InitModule3("array", NULL, module_doc);
    if (m == NULL)
        return;
    Py_INCREF(&Arraytype);
    PyModule_AddObject(m, "ArrayType", (PyObject *)&Arraytype);
    Py_INCREF(&Arraytype);
    PyModule_AddObject(m, "array", (PyObject *)&Arraytype);
}
