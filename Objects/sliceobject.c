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

PyObject *
PySlice_New(PyObject *start, PyObject *stop, PyObject *step)
{
    /* A GC type (unlike 2.5) so that deep chains are freed through the
       trashcan and cycles through slices are collectable. */
    PySliceObject *obj = PyObject_GC_New(PySliceObject, &PySlice_Type);

    if (obj == NULL)
        return NULL;
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

int
PySlice_GetIndicesEx(PySliceObject *r, Py_ssize_t length,
                     Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step,
                     Py_ssize_t *slicelength)
{
    Py_ssize_t lo_default, hi_default;

    if (r->step == Py_None) {
        *step = 1;
    }
    else {
        if (!_PyEval_SliceIndex(r->step, step))
            return -1;
        if (*step == 0) {
            PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* keep -step representable */
        if (*step < -PY_SSIZE_T_MAX)
            *step = -PY_SSIZE_T_MAX;
    }
    lo_default = *step < 0 ? length - 1 : 0;
    hi_default = *step < 0 ? -1 : length;

    if (r->start == Py_None) {
        *start = lo_default;
    }
    else {
        if (!_PyEval_SliceIndex(r->start, start))
            return -1;
        if (*start < 0)
            *start += length;
        if (*start < 0)
            *start = *step < 0 ? -1 : 0;
        if (*start >= length)
            *start = *step < 0 ? length - 1 : length;
    }
    if (r->stop == Py_None) {
        *stop = hi_default;
    }
    else {
        if (!_PyEval_SliceIndex(r->stop, stop))
            return -1;
        if (*stop < 0)
            *stop += length;
        /* clamp like the start (visible through slice.indices()) */
        if (*stop < 0)
            *stop = *step < 0 ? -1 : 0;
        if (*stop >= length)
            *stop = *step < 0 ? length - 1 : length;
    }
    if ((*step < 0 && *stop >= *start) || (*step > 0 && *start >= *stop))
        *slicelength = 0;
    else if (*step < 0)
        *slicelength = (*stop - *start + 1) / *step + 1;
    else
        *slicelength = (*stop - *start - 1) / *step + 1;
    return 0;
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
    PyObject_GC_UnTrack(r);
    Py_TRASHCAN_SAFE_BEGIN(r)
    Py_DECREF(r->step);
    Py_DECREF(r->start);
    Py_DECREF(r->stop);
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
