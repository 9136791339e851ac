/* The two generic iterators behind iter():
   - iter(seq) for objects that only have __getitem__: items 0, 1, 2, ...
     until IndexError (or StopIteration);
   - iter(callable, sentinel): calls until the result equals sentinel. */

#include "Python.h"

typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyObject *it_seq;           /* NULL once exhausted */
} seqiterobject;

PyObject *
PySeqIter_New(PyObject *seq)
{
    seqiterobject *it;

    if (seq == NULL || !PySequence_Check(seq)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    it = PyObject_GC_New(seqiterobject, &PySeqIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    Py_INCREF(seq);
    it->it_seq = seq;
    _PyObject_GC_TRACK(it);
    return (PyObject *)it;
}

static void
seqiter_dealloc(seqiterobject *it)
{
    PyObject_GC_UnTrack(it);
    Py_TRASHCAN_SAFE_BEGIN(it)
    Py_XDECREF(it->it_seq);
    PyObject_GC_Del(it);
    Py_TRASHCAN_SAFE_END(it)
}

static int
seqiter_traverse(seqiterobject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->it_seq);
    return 0;
}

static PyObject *
seqiter_next(seqiterobject *it)
{
    PyObject *seq = it->it_seq, *result;

    if (seq == NULL)
        return NULL;
    result = PySequence_GetItem(seq, it->it_index);
    if (result != NULL) {
        it->it_index++;
        return result;
    }
    if (PyErr_ExceptionMatches(PyExc_IndexError) ||
        PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyErr_Clear();
        it->it_seq = NULL;
        Py_DECREF(seq);
    }
    return NULL;
}

static PyObject *
seqiter_len(seqiterobject *it)
{
    Py_ssize_t size, left;

    if (it->it_seq != NULL) {
        size = PySequence_Size(it->it_seq);
        if (size == -1)
            return NULL;
        left = size - it->it_index;
        if (left >= 0)
            return PyInt_FromSsize_t(left);
    }
    return PyInt_FromLong(0);
}

static char length_hint_doc[] = "Private method returning an estimate of len(list(it)).";

static PyMethodDef seqiter_methods[] = {
    {"__length_hint__", (PyCFunction)seqiter_len, METH_NOARGS, length_hint_doc},
    {NULL, NULL, 0, NULL}
};

PyTypeObject PySeqIter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "iterator",
    sizeof(seqiterobject),
    0,
    (destructor)seqiter_dealloc,        /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    0,                                  /* tp_doc */
    (traverseproc)seqiter_traverse,     /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    PyObject_SelfIter,                  /* tp_iter */
    (iternextfunc)seqiter_next,         /* tp_iternext */
    seqiter_methods,                    /* tp_methods */
};

/* ------------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    PyObject *it_callable;      /* both NULL once exhausted */
    PyObject *it_sentinel;
} calliterobject;

PyObject *
PyCallIter_New(PyObject *callable, PyObject *sentinel)
{
    calliterobject *it;

    if (callable == NULL || sentinel == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    it = PyObject_GC_New(calliterobject, &PyCallIter_Type);
    if (it == NULL)
        return NULL;
    Py_INCREF(callable);
    it->it_callable = callable;
    Py_INCREF(sentinel);
    it->it_sentinel = sentinel;
    _PyObject_GC_TRACK(it);
    return (PyObject *)it;
}

static void
calliter_dealloc(calliterobject *it)
{
    PyObject_GC_UnTrack(it);
    Py_TRASHCAN_SAFE_BEGIN(it)
    Py_XDECREF(it->it_callable);
    Py_XDECREF(it->it_sentinel);
    PyObject_GC_Del(it);
    Py_TRASHCAN_SAFE_END(it)
}

static int
calliter_traverse(calliterobject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->it_callable);
    Py_VISIT(it->it_sentinel);
    return 0;
}

static PyObject *
calliter_next(calliterobject *it)
{
    PyObject *args, *result, *callable;
    int done;

    if (it->it_callable == NULL)
        return NULL;
    /* iter(int, 1): a C callable never enters the eval loop */
    if (_Py_ChargeIteration() < 0)
        return NULL;
    args = PyTuple_New(0);
    if (args == NULL)
        return NULL;
    /* the call may drop the iterator's own references (via clear) */
    callable = it->it_callable;
    Py_INCREF(callable);
    result = PyObject_Call(callable, args, NULL);
    Py_DECREF(callable);
    Py_DECREF(args);
    if (result != NULL) {
        if (it->it_sentinel == NULL)
            return result;
        done = PyObject_RichCompareBool(result, it->it_sentinel, Py_EQ);
        if (done == 0)
            return result;
        Py_DECREF(result);
        if (done < 0)
            return NULL;
    }
    else if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyErr_Clear();
    }
    else {
        return NULL;
    }
    Py_CLEAR(it->it_callable);
    Py_CLEAR(it->it_sentinel);
    return NULL;
}

PyTypeObject PyCallIter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "callable-iterator",
    sizeof(calliterobject),
    0,
    (destructor)calliter_dealloc,       /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    0,                                  /* tp_doc */
    (traverseproc)calliter_traverse,    /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    PyObject_SelfIter,                  /* tp_iter */
    (iternextfunc)calliter_next,        /* tp_iternext */
};

/* ------------------------------------------------------------------ */
/* The iterator types of the built-in containers are not in any header
   (as in 2.5); this readies them all at start-up so that their type
   dicts are made once, before any interpreter runs code. */

extern PyTypeObject PyTupleIter_Type, PyListIter_Type, PyListRevIter_Type;
extern PyTypeObject PyDictIterKey_Type, PyDictIterValue_Type;
extern PyTypeObject PyDictIterItem_Type, PySetIter_Type, PyRangeIter_Type;

int
_PyIter_InitTypes(void)
{
    static PyTypeObject *const types[] = {
        &PySeqIter_Type, &PyCallIter_Type,
        &PyTupleIter_Type, &PyListIter_Type, &PyListRevIter_Type,
        &PyDictIterKey_Type, &PyDictIterValue_Type, &PyDictIterItem_Type,
        &PySetIter_Type, &PyRangeIter_Type,
    };
    size_t i;

    for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (PyType_Ready(types[i]) < 0)
            return -1;
    }
    return 0;
}
