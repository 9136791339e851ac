/* enumerate() and reversed(). */

#include "Python.h"

typedef struct {
    PyObject_HEAD
    long en_index;              /* next index to hand out */
    PyObject *en_sit;           /* the underlying iterator */
    PyObject *en_result;        /* last pair handed out, reused when only
                                   we still hold it */
} enumobject;

static PyObject *
enum_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    enumobject *en;
    PyObject *seq = NULL;
    static char *kwlist[] = {"sequence", 0};

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:enumerate", kwlist,
                                     &seq))
        return NULL;
    en = (enumobject *)type->tp_alloc(type, 0);
    if (en == NULL)
        return NULL;
    en->en_index = 0;
    en->en_result = NULL;
    en->en_sit = PyObject_GetIter(seq);
    if (en->en_sit == NULL) {
        Py_DECREF(en);
        return NULL;
    }
    return (PyObject *)en;
}

static void
enum_dealloc(enumobject *en)
{
    PyObject_GC_UnTrack(en);
    Py_TRASHCAN_SAFE_BEGIN(en)
    Py_XDECREF(en->en_sit);
    Py_XDECREF(en->en_result);
    en->ob_type->tp_free((PyObject *)en);
    Py_TRASHCAN_SAFE_END(en)
}

static int
enum_traverse(enumobject *en, visitproc visit, void *arg)
{
    Py_VISIT(en->en_sit);
    Py_VISIT(en->en_result);
    return 0;
}

static PyObject *
enum_next(enumobject *en)
{
    PyObject *next_item, *index, *result;
    iternextfunc nextfunc;

    if (en->en_sit == NULL)
        return NULL;
    nextfunc = en->en_sit->ob_type->tp_iternext;
    if (nextfunc == NULL) {
        PyErr_SetString(PyExc_TypeError, "enumerate: iterator has no next");
        return NULL;
    }
    /* enumerate(enumerate(...)) nested without end: a RuntimeError,
       not the end of the C stack */
    if (Py_EnterRecursiveCall(" while getting the next item"))
        return NULL;
    next_item = (*nextfunc)(en->en_sit);
    Py_LeaveRecursiveCall();
    if (next_item == NULL)
        return NULL;
    if (en->en_index == LONG_MAX) {
        PyErr_SetString(PyExc_OverflowError,
                        "enumerate() is limited to LONG_MAX items");
        Py_DECREF(next_item);
        return NULL;
    }
    index = PyInt_FromLong(en->en_index);
    if (index == NULL) {
        Py_DECREF(next_item);
        return NULL;
    }
    en->en_index++;
    result = en->en_result;
    if (result != NULL && result->ob_refcnt == 1) {
        /* Nobody else sees the previous pair (the usual `for i, x in`
           unpacks and drops it): refill it in place. */
        PyObject *old_index = PyTuple_GET_ITEM(result, 0);
        PyObject *old_item = PyTuple_GET_ITEM(result, 1);
        Py_INCREF(result);
        PyTuple_SET_ITEM(result, 0, index);
        PyTuple_SET_ITEM(result, 1, next_item);
        /* the collector may have stopped tracking it while it held
           only atomic items */
        if (!_PyObject_GC_IS_TRACKED(result))
            _PyObject_GC_TRACK(result);
        Py_DECREF(old_index);
        Py_DECREF(old_item);
        return result;
    }
    result = PyTuple_New(2);
    if (result == NULL) {
        Py_DECREF(index);
        Py_DECREF(next_item);
        return NULL;
    }
    PyTuple_SET_ITEM(result, 0, index);
    PyTuple_SET_ITEM(result, 1, next_item);
    /* kept for reuse only while a single pair is in flight */
    {
        PyObject *prev = en->en_result;
        Py_INCREF(result);
        en->en_result = result;
        Py_XDECREF(prev);       /* held elsewhere too: frees nothing */
    }
    return result;
}

static char enum_doc[] =
"enumerate(iterable) -> iterator for index, value of iterable\n"
"\n"
"Return an enumerate object.  iterable must be an other object that supports\n"
"iteration.  The enumerate object yields pairs containing a count (from\n"
"zero) and a value yielded by the iterable argument.  enumerate is useful\n"
"for obtaining an indexed list: (0, seq[0]), (1, seq[1]), (2, seq[2]), ...";

PyTypeObject PyEnum_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "enumerate",
    sizeof(enumobject),
    0,
    (destructor)enum_dealloc,           /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    enum_doc,                           /* tp_doc */
    (traverseproc)enum_traverse,        /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    PyObject_SelfIter,                  /* tp_iter */
    (iternextfunc)enum_next,            /* tp_iternext */
    0,                                  /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    PyType_GenericAlloc,                /* tp_alloc */
    enum_new,                           /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};

/* ------------------------------------------------------------------ */
/* reversed(seq): seq.__reversed__() if it has one, else walk the
   sequence protocol from the end. */

typedef struct {
    PyObject_HEAD
    Py_ssize_t index;
    PyObject *seq;              /* NULL once exhausted */
} reversedobject;

static PyObject *
reversed_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t n;
    PyObject *seq;
    reversedobject *ro;

    if (type == &PyReversed_Type && !_PyArg_NoKeywords("reversed()", kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, "reversed", 1, 1, &seq))
        return NULL;
    if (PyObject_HasAttrString(seq, "__reversed__"))
        return PyObject_CallMethod(seq, "__reversed__", NULL);
    if (!PySequence_Check(seq)) {
        PyErr_SetString(PyExc_TypeError,
                        "argument to reversed() must be a sequence");
        return NULL;
    }
    n = PySequence_Size(seq);
    if (n == -1)
        return NULL;
    ro = (reversedobject *)type->tp_alloc(type, 0);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    Py_INCREF(seq);
    ro->seq = seq;
    return (PyObject *)ro;
}

static void
reversed_dealloc(reversedobject *ro)
{
    PyObject_GC_UnTrack(ro);
    Py_TRASHCAN_SAFE_BEGIN(ro)
    Py_XDECREF(ro->seq);
    ro->ob_type->tp_free((PyObject *)ro);
    Py_TRASHCAN_SAFE_END(ro)
}

static int
reversed_traverse(reversedobject *ro, visitproc visit, void *arg)
{
    Py_VISIT(ro->seq);
    return 0;
}

static PyObject *
reversed_next(reversedobject *ro)
{
    PyObject *item;

    if (ro->seq == NULL)
        return NULL;
    if (ro->index >= 0) {
        item = PySequence_GetItem(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (!PyErr_ExceptionMatches(PyExc_IndexError) &&
            !PyErr_ExceptionMatches(PyExc_StopIteration))
            return NULL;
        PyErr_Clear();
    }
    ro->index = -1;
    Py_CLEAR(ro->seq);
    return NULL;
}

static PyObject *
reversed_len(reversedobject *ro)
{
    Py_ssize_t size, left;

    if (ro->seq == NULL)
        return PyInt_FromLong(0);
    size = PySequence_Size(ro->seq);
    if (size == -1)
        return NULL;
    left = ro->index + 1;
    return PyInt_FromSsize_t(size < left ? 0 : left);
}

static char length_hint_doc[] = "Private method returning an estimate of len(list(it)).";

static PyMethodDef reversed_methods[] = {
    {"__length_hint__", (PyCFunction)reversed_len, METH_NOARGS, length_hint_doc},
    {NULL, NULL, 0, NULL}
};

static char reversed_doc[] =
"reversed(sequence) -> reverse iterator over values of the sequence\n"
"\n"
"Return a reverse iterator";

PyTypeObject PyReversed_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "reversed",
    sizeof(reversedobject),
    0,
    (destructor)reversed_dealloc,       /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    reversed_doc,                       /* tp_doc */
    (traverseproc)reversed_traverse,    /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    PyObject_SelfIter,                  /* tp_iter */
    (iternextfunc)reversed_next,        /* tp_iternext */
    reversed_methods,                   /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    PyType_GenericAlloc,                /* tp_alloc */
    reversed_new,                       /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};
