/* Slice objects and the Ellipsis singleton.

   A slice just records its three arguments; the interpretation against
   a sequence length lives in PySlice_GetIndicesEx, which every built-in
   sequence uses so that clipping rules are the same everywhere. */

#include "Python.h"
#include "structmember.h"

/* ------------------------------------------------------------------ */
/* Ellipsis: one static, immutable object shared by all interpreters. */

static PyObject *
ellipsis_repr(PyObject *op)
{
    return PyString_FromString("Ellipsis");
}

PyTypeObject PyEllipsis_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "ellipsis",
    0,
    0,
    0,                                  /* tp_dealloc: never freed */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    ellipsis_repr,                      /* tp_repr */
    0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT,                 /* tp_flags */
};

PyObject _Py_EllipsisObject = { PyObject_HEAD_INIT(&PyEllipsis_Type) };

/* ------------------------------------------------------------------ */

/* Spare slice objects, linked through `start`, bounded, kept and reused
   only while at most one memory account exists (the rule the list, int
   and float spares follow: no spare serves an interpreter other than the
   one it is charged to).  Sanitizer builds keep none. */
#define SLICE_SPARES_MAX 8
static PySliceObject *slice_spares;
static int slice_nspares;

PyObject *
PySlice_New(PyObject *start, PyObject *stop, PyObject *step)
{
    /* A GC type (unlike 2.5) so that deep chains are freed through the
       trashcan and cycles through slices are collectable. */
    PySliceObject *obj = slice_spares;

    if (_PyMem_NumAccounts <= 1 && obj != NULL) {
        slice_spares = (PySliceObject *)obj->start;
        slice_nspares--;
        _Py_NewReference((PyObject *)obj);
    }
    else {
        obj = PyObject_GC_New(PySliceObject, &PySlice_Type);
        if (obj == NULL)
            return NULL;
    }
    if (start == NULL)
        start = Py_None;
    if (stop == NULL)
        stop = Py_None;
    if (step == NULL)
        step = Py_None;
    Py_INCREF(start);
    Py_INCREF(stop);
    Py_INCREF(step);
    obj->start = start;
    obj->stop = stop;
    obj->step = step;
    /* Its members never change: a slice of ints and None (the usual
       kind) can never be part of a cycle, so the collector need not
       know it. */
    if (_PyObject_GC_MAY_BE_TRACKED(start) ||
        _PyObject_GC_MAY_BE_TRACKED(stop) ||
        _PyObject_GC_MAY_BE_TRACKED(step))
        _PyObject_GC_TRACK(obj);
    return (PyObject *)obj;
}

int
PySlice_GetIndices(PySliceObject *r, Py_ssize_t length,
                   Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step)
{
    /* Plain ints only; no clipping; -1 without an exception when the
       slice does not fit. */
    if (r->step == Py_None) {
        *step = 1;
    }
    else {
        if (!PyInt_Check(r->step))
            return -1;
        *step = PyInt_AsSsize_t(r->step);
    }
    if (r->start == Py_None) {
        *start = *step < 0 ? length - 1 : 0;
    }
    else {
        if (!PyInt_Check(r->start))
            return -1;
        *start = PyInt_AsSsize_t(r->start);
        if (*start < 0)
            *start += length;
    }
    if (r->stop == Py_None) {
        *stop = *step < 0 ? -1 : length;
    }
    else {
        if (!PyInt_Check(r->stop))
            return -1;
        *stop = PyInt_AsSsize_t(r->stop);
        if (*stop < 0)
            *stop += length;
    }
    if (*stop > length)
        return -1;
    if (*start >= length)
        return -1;
    if (*step == 0)
        return -1;
    return 0;
}

/* The clipping rules, from the bounds as given (lo_given/hi_given false
   for None) and a nonzero step. */
static inline void
clip_indices(Py_ssize_t length, Py_ssize_t st,
             int lo_given, Py_ssize_t lo, int hi_given, Py_ssize_t hi,
             Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step,
             Py_ssize_t *slicelength)
{
    /* keep -step representable */
    if (st < -PY_SSIZE_T_MAX)
        st = -PY_SSIZE_T_MAX;
    if (!lo_given)
        lo = st < 0 ? length - 1 : 0;
    else if (lo < 0) {
        lo += length;
        if (lo < 0)
            lo = st < 0 ? -1 : 0;
    }
    else if (lo >= length)
        lo = st < 0 ? length - 1 : length;
    /* the stop is clamped like the start (visible through
       slice.indices()) */
    if (!hi_given)
        hi = st < 0 ? -1 : length;
    else if (hi < 0) {
        hi += length;
        if (hi < 0)
            hi = st < 0 ? -1 : 0;
    }
    else if (hi >= length)
        hi = st < 0 ? length - 1 : length;
    *start = lo;
    *stop = hi;
    *step = st;
    if (st < 0)
        *slicelength = hi >= lo ? 0 : (hi - lo + 1) / st + 1;
    else
        *slicelength = lo >= hi ? 0 : (hi - lo - 1) / st + 1;
}

/* Any kind of bound: __index__, longs, errors.  (Out of line, so that
   the common case below needs no stack frame.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
indices_general(PySliceObject *r, Py_ssize_t length,
                Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step,
                Py_ssize_t *slicelength)
{
    Py_ssize_t lo = 0, hi = 0, st = 1;

    if (r->step != Py_None) {
        if (!_PyEval_SliceIndex(r->step, &st))
            return -1;
        if (st == 0) {
            PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    if (r->start != Py_None && !_PyEval_SliceIndex(r->start, &lo))
        return -1;
    if (r->stop != Py_None && !_PyEval_SliceIndex(r->stop, &hi))
        return -1;
    clip_indices(length, st, r->start != Py_None, lo, r->stop != Py_None, hi,
                 start, stop, step, slicelength);
    return 0;
}

#define INT_OR_NONE(o) ((o) == Py_None || PyInt_CheckExact(o))

int
PySlice_GetIndicesEx(PySliceObject *r, Py_ssize_t length,
                     Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step,
                     Py_ssize_t *slicelength)
{
    /* Bounds that are exact ints or None, the usual case: nothing here
       can fail or call out. */
    if (INT_OR_NONE(r->start) && INT_OR_NONE(r->stop) &&
        INT_OR_NONE(r->step)) {
        Py_ssize_t st = r->step == Py_None ? 1 : PyInt_AS_LONG(r->step);
        if (st != 0) {
            int lo_given = r->start != Py_None;
            int hi_given = r->stop != Py_None;
            clip_indices(length, st,
                         lo_given, lo_given ? PyInt_AS_LONG(r->start) : 0,
                         hi_given, hi_given ? PyInt_AS_LONG(r->stop) : 0,
                         start, stop, step, slicelength);
            return 0;
        }
    }
    return indices_general(r, length, start, stop, step, slicelength);
}

static PyObject *
slice_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *start = NULL, *stop = NULL, *step = NULL;

    if (!_PyArg_NoKeywords("slice()", kw))
        return NULL;
    if (!PyArg_UnpackTuple(args, "slice", 1, 3, &start, &stop, &step))
        return NULL;
    /* slice(x) is slice(None, x, None) */
    if (stop == NULL) {
        stop = start;
        start = NULL;
    }
    return PySlice_New(start, stop, step);
}

static void
slice_dealloc(PySliceObject *r)
{
    if (_PyObject_GC_IS_TRACKED(r))
        PyObject_GC_UnTrack(r);
    Py_TRASHCAN_SAFE_BEGIN(r)
    Py_DECREF(r->step);
    Py_DECREF(r->start);
    Py_DECREF(r->stop);
#ifndef Py_ALLOC_MALLOC_ONLY
    /* (checked after the members are gone: their finalizers may have
       made a second account) */
    if (_PyMem_NumAccounts <= 1 && slice_nspares < SLICE_SPARES_MAX) {
        r->start = (PyObject *)slice_spares;
        slice_spares = r;
        slice_nspares++;
    }
    else
#endif
        PyObject_GC_Del(r);
    Py_TRASHCAN_SAFE_END(r)
}

static PyObject *
slice_repr(PySliceObject *r)
{
    PyObject *a, *b = NULL, *c = NULL, *result = NULL;

    a = PyObject_Repr(r->start);
    if (a != NULL)
        b = PyObject_Repr(r->stop);
    if (b != NULL)
        c = PyObject_Repr(r->step);
    if (c != NULL)
        result = PyString_FromFormat("slice(%s, %s, %s)",
                                     PyString_AsString(a),
                                     PyString_AsString(b),
                                     PyString_AsString(c));
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(c);
    return result;
}

static int
slice_traverse(PySliceObject *r, visitproc visit, void *arg)
{
    Py_VISIT(r->start);
    Py_VISIT(r->stop);
    Py_VISIT(r->step);
    return 0;
}

static PyMemberDef slice_members[] = {
    {"start", T_OBJECT, offsetof(PySliceObject, start), READONLY, NULL},
    {"stop", T_OBJECT, offsetof(PySliceObject, stop), READONLY, NULL},
    {"step", T_OBJECT, offsetof(PySliceObject, step), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyObject *
slice_indices(PySliceObject *self, PyObject *len)
{
    Py_ssize_t ilen, start, stop, step, slicelength;

    ilen = PyNumber_AsSsize_t(len, PyExc_OverflowError);
    if (ilen == -1 && PyErr_Occurred())
        return NULL;
    if (PySlice_GetIndicesEx(self, ilen, &start, &stop, &step,
                             &slicelength) < 0)
        return NULL;
    return Py_BuildValue("(nnn)", start, stop, step);
}

static char slice_indices_doc[] =
"S.indices(len) -> (start, stop, stride)\n"
"\n"
"Assuming a sequence of length len, calculate the start and stop\n"
"indices, and the stride length of the extended slice described by\n"
"S. Out of bounds indices are clipped in a manner consistent with the\n"
"handling of normal slices.";

static PyMethodDef slice_methods[] = {
    {"indices", (PyCFunction)slice_indices, METH_O, slice_indices_doc},
    {NULL, NULL, 0, NULL}
};

/* Ordered like the tuple (start, stop, step). */
static int
slice_compare(PySliceObject *v, PySliceObject *w)
{
    int result;

    if (v == w)
        return 0;
    result = PyObject_Compare(v->start, w->start);
    if (result != 0)
        return result;
    result = PyObject_Compare(v->stop, w->stop);
    if (result != 0)
        return result;
    return PyObject_Compare(v->step, w->step);
}

static char slice_doc[] =
"slice([start,] stop[, step])\n"
"\n"
"Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";

PyTypeObject PySlice_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "slice",
    sizeof(PySliceObject),
    0,
    (destructor)slice_dealloc,          /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    (cmpfunc)slice_compare,             /* tp_compare */
    (reprfunc)slice_repr,               /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    slice_doc,                          /* tp_doc */
    (traverseproc)slice_traverse,       /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    slice_methods,                      /* tp_methods */
    slice_members,                      /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    slice_new,                          /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};
