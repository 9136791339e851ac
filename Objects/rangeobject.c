/* xrange: a lazy arithmetic progression of C longs.

   Only start, step and the length are stored.  Item values are computed
   in unsigned arithmetic so that no intermediate result overflows a
   signed long (the results themselves always fit). */

#include "Python.h"

typedef struct {
    PyObject_HEAD
    long start;
    long step;
    long len;
} rangeobject;

/* Number of items of lo, lo+step, ... below hi, for step > 0, as an
   unsigned value (it may not fit in a long). */
static unsigned long
count_steps(long lo, long hi, unsigned long step)
{
    if (lo >= hi)
        return 0;
    return ((unsigned long)hi - (unsigned long)lo - 1UL) / step + 1UL;
}

static long
nth_value(long start, long step, long i)
{
    return (long)((unsigned long)start + (unsigned long)i * (unsigned long)step);
}

/* Whether args is a tuple of 1 to 3 ints or bools (no int subclass
   defined in Python, no __int__ to call). */
static int
plain_int_args(PyObject *args)
{
    Py_ssize_t n, i;
    if (args == NULL || !PyTuple_CheckExact(args))
        return 0;
    n = PyTuple_GET_SIZE(args);
    if (n < 1 || n > 3)
        return 0;
    for (i = 0; i < n; i++) {
        PyTypeObject *tp = PyTuple_GET_ITEM(args, i)->ob_type;
        if (tp != &PyInt_Type && tp != &PyBool_Type)
            return 0;
    }
    return 1;
}

static PyObject *
range_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    rangeobject *obj;
    long lo = 0, hi, step = 1;
    unsigned long n;

    if (!_PyArg_NoKeywords("xrange()", kw))
        return NULL;
    if (plain_int_args(args)) {
        /* Ints and bools: read the values the "l" format would give. */
        Py_ssize_t nargs = PyTuple_GET_SIZE(args);
        if (nargs == 1)
            hi = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 0));
        else {
            lo = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 0));
            hi = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 1));
            if (nargs == 3)
                step = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 2));
        }
    }
    else if (PyTuple_Size(args) <= 1) {
        if (!PyArg_ParseTuple(args, "l;xrange() requires 1-3 int arguments",
                              &hi))
            return NULL;
    }
    else {
        if (!PyArg_ParseTuple(args,
                              "ll|l;xrange() requires 1-3 int arguments",
                              &lo, &hi, &step))
            return NULL;
    }
    if (step == 0) {
        PyErr_SetString(PyExc_ValueError, "xrange() arg 3 must not be zero");
        return NULL;
    }
    if (step > 0)
        n = count_steps(lo, hi, (unsigned long)step);
    else
        n = count_steps(hi, lo, 0UL - (unsigned long)step);
    if (n > (unsigned long)LONG_MAX || (long)n > PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError,
                        "xrange() result has too many items");
        return NULL;
    }
    obj = PyObject_New(rangeobject, &PyRange_Type);
    if (obj == NULL)
        return NULL;
    obj->start = lo;
    obj->len = (long)n;
    obj->step = step;
    return (PyObject *)obj;
}

static PyObject *
range_item(rangeobject *r, Py_ssize_t i)
{
    if (i < 0 || i >= r->len) {
        PyErr_SetString(PyExc_IndexError, "xrange object index out of range");
        return NULL;
    }
    return PyInt_FromLong(nth_value(r->start, r->step, (long)i));
}

static Py_ssize_t
range_length(rangeobject *r)
{
    return (Py_ssize_t)r->len;
}

static PyObject *
range_repr(rangeobject *r)
{
    long end = nth_value(r->start, r->step, r->len);

    if (r->start == 0 && r->step == 1)
        return PyString_FromFormat("xrange(%ld)", end);
    if (r->step == 1)
        return PyString_FromFormat("xrange(%ld, %ld)", r->start, end);
    return PyString_FromFormat("xrange(%ld, %ld, %ld)", r->start, end, r->step);
}

static PySequenceMethods range_as_sequence = {
    (lenfunc)range_length,              /* sq_length */
    0,                                  /* sq_concat */
    0,                                  /* sq_repeat */
    (ssizeargfunc)range_item,           /* sq_item */
    0,                                  /* sq_slice */
};

static PyObject *range_iter(PyObject *seq);
static PyObject *range_reverse(PyObject *seq);

static char reverse_doc[] = "Returns a reverse iterator.";

static PyMethodDef range_methods[] = {
    {"__reversed__", (PyCFunction)range_reverse, METH_NOARGS, reverse_doc},
    {NULL, NULL, 0, NULL}
};

static char range_doc[] =
"xrange([start,] stop[, step]) -> xrange object\n"
"\n"
"Like range(), but instead of returning a list, returns an object that\n"
"generates the numbers in the range on demand.  For looping, this is \n"
"slightly faster than range() and more memory efficient.";

PyTypeObject PyRange_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "xrange",
    sizeof(rangeobject),
    0,
    (destructor)PyObject_Del,           /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)range_repr,               /* tp_repr */
    0,                                  /* tp_as_number */
    &range_as_sequence,                 /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT,                 /* tp_flags */
    range_doc,                          /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    range_iter,                         /* tp_iter */
    0,                                  /* tp_iternext */
    range_methods,                      /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    range_new,                          /* tp_new */
};

/* ------------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    long index;
    long start;
    long step;
    long len;
} rangeiterobject;

static PyObject *
rangeiter_next(rangeiterobject *r)
{
    if (r->index < r->len) {
        /* an xrange may be far longer than any budget */
        if (_Py_ChargeIteration() < 0)
            return NULL;
        return PyInt_FromLong(nth_value(r->start, r->step, r->index++));
    }
    return NULL;
}

static PyObject *
rangeiter_len(rangeiterobject *r)
{
    return PyInt_FromLong(r->len - r->index);
}

static char length_hint_doc[] = "Private method returning an estimate of len(list(it)).";

static PyMethodDef rangeiter_methods[] = {
    {"__length_hint__", (PyCFunction)rangeiter_len, METH_NOARGS, length_hint_doc},
    {NULL, NULL, 0, NULL}
};

PyTypeObject PyRangeIter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "rangeiterator",
    sizeof(rangeiterobject),
    0,
    (destructor)PyObject_Del,           /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT,                 /* tp_flags */
    0,                                  /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    PyObject_SelfIter,                  /* tp_iter */
    (iternextfunc)rangeiter_next,       /* tp_iternext */
    rangeiter_methods,                  /* tp_methods */
};

static PyObject *
make_rangeiter(long start, long step, long len)
{
    rangeiterobject *it = PyObject_New(rangeiterobject, &PyRangeIter_Type);

    if (it == NULL)
        return NULL;
    it->index = 0;
    it->start = start;
    it->step = step;
    it->len = len;
    return (PyObject *)it;
}

static PyObject *
range_iter(PyObject *seq)
{
    rangeobject *r = (rangeobject *)seq;

    if (!PyRange_Check(seq)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return make_rangeiter(r->start, r->step, r->len);
}

static PyObject *
range_reverse(PyObject *seq)
{
    rangeobject *r = (rangeobject *)seq;
    long last;

    if (!PyRange_Check(seq)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (r->len == 0)
        return make_rangeiter(r->start, r->step, 0);
    last = nth_value(r->start, r->step, r->len - 1);
    /* negating the step wraps harmlessly in unsigned arithmetic */
    return make_rangeiter(last, (long)(0UL - (unsigned long)r->step), r->len);
}
