/* The _functools module of Python 2.5: the `partial` type.

   partial(func, *args, **keywords) is a callable that remembers a
   function and some leading arguments; calling it calls the function
   with the stored arguments followed by the new ones, and the stored
   keywords updated by the new keywords.  Instances have a __dict__ and
   can be weakly referenced, and the type can be subclassed. */

#include "Python.h"
#include "structmember.h"

typedef struct {
    PyObject_HEAD
    PyObject *fn;
    PyObject *args;         /* tuple */
    PyObject *kw;           /* dict, or None when no keywords were given */
    PyObject *dict;         /* instance __dict__, made lazily */
    PyObject *weakreflist;
} partialobject;

static PyTypeObject partial_type;

static PyObject *
partial_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *func, *stored;
    partialobject *p;

    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_SetString(PyExc_TypeError,
                        "type 'partial' takes at least one argument");
        return NULL;
    }
    func = PyTuple_GET_ITEM(args, 0);
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError,
                        "the first argument must be callable");
        return NULL;
    }
    stored = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (stored == NULL)
        return NULL;

    p = (partialobject *)type->tp_alloc(type, 0);
    if (p == NULL) {
        Py_DECREF(stored);
        return NULL;
    }
    Py_INCREF(func);
    p->fn = func;
    p->args = stored;
    p->dict = NULL;
    p->weakreflist = NULL;
    if (kw != NULL) {
        p->kw = PyDict_Copy(kw);
        if (p->kw == NULL) {
            Py_DECREF(p);
            return NULL;
        }
    }
    else {
        Py_INCREF(Py_None);
        p->kw = Py_None;
    }
    return (PyObject *)p;
}

static int
partial_clear(partialobject *p)
{
    Py_CLEAR(p->fn);
    Py_CLEAR(p->args);
    Py_CLEAR(p->kw);
    Py_CLEAR(p->dict);
    return 0;
}

static void
partial_dealloc(partialobject *p)
{
    PyObject_GC_UnTrack(p);
    /* partial(partial(...)) nested deep: no recursion without end */
    Py_TRASHCAN_SAFE_BEGIN(p)
    if (p->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)p);
    partial_clear(p);
    p->ob_type->tp_free(p);
    Py_TRASHCAN_SAFE_END(p)
}

static int
partial_traverse(partialobject *p, visitproc visit, void *arg)
{
    Py_VISIT(p->fn);
    Py_VISIT(p->args);
    Py_VISIT(p->kw);
    Py_VISIT(p->dict);
    return 0;
}

static PyObject *
partial_call(partialobject *p, PyObject *args, PyObject *kw)
{
    PyObject *allargs, *allkw, *r;

    if (p->fn == NULL || p->args == NULL || p->kw == NULL) {
        PyErr_SetString(PyExc_TypeError, "partial object is not initialized");
        return NULL;
    }
    if (PyTuple_GET_SIZE(p->args) == 0) {
        allargs = args;
        Py_INCREF(allargs);
    }
    else if (PyTuple_GET_SIZE(args) == 0) {
        allargs = p->args;
        Py_INCREF(allargs);
    }
    else {
        allargs = PySequence_Concat(p->args, args);
        if (allargs == NULL)
            return NULL;
    }

    if (p->kw == Py_None) {
        allkw = kw;
        Py_XINCREF(allkw);
    }
    else {
        /* the stored keywords must not be changed by the call */
        allkw = PyDict_Copy(p->kw);
        if (allkw == NULL) {
            Py_DECREF(allargs);
            return NULL;
        }
        if (kw != NULL && PyDict_Merge(allkw, kw, 1) < 0) {
            Py_DECREF(allargs);
            Py_DECREF(allkw);
            return NULL;
        }
    }
    r = PyObject_Call(p->fn, allargs, allkw);
    Py_DECREF(allargs);
    Py_XDECREF(allkw);
    return r;
}

static PyObject *
partial_get_dict(partialobject *p)
{
    if (p->dict == NULL) {
        p->dict = PyDict_New();
        if (p->dict == NULL)
            return NULL;
    }
    Py_INCREF(p->dict);
    return p->dict;
}

static int
partial_set_dict(partialobject *p, PyObject *value)
{
    PyObject *old;

    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "a partial object's dictionary may not be deleted");
        return -1;
    }
    if (!PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "setting partial object's dictionary to a non-dict");
        return -1;
    }
    old = p->dict;
    Py_INCREF(value);
    p->dict = value;
    Py_XDECREF(old);
    return 0;
}

static PyGetSetDef partial_getset[] = {
    {"__dict__", (getter)partial_get_dict, (setter)partial_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyMemberDef partial_members[] = {
    {"func", T_OBJECT, offsetof(partialobject, fn), READONLY,
     "function object to use in future partial calls"},
    {"args", T_OBJECT, offsetof(partialobject, args), READONLY,
     "tuple of arguments to future partial calls"},
    {"keywords", T_OBJECT, offsetof(partialobject, kw), READONLY,
     "dictionary of keyword arguments to future partial calls"},
    {NULL, 0, 0, 0, NULL}
};

PyDoc_STRVAR(partial_doc,
"partial(func, *args, **keywords) - a callable that calls func with the\nstored args followed by its own, and the stored keywords updated by its own.\n");

static PyTypeObject partial_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "functools.partial",
    .tp_basicsize = sizeof(partialobject),
    .tp_dealloc = (destructor)partial_dealloc,
    .tp_call = (ternaryfunc)partial_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = partial_doc,
    .tp_traverse = (traverseproc)partial_traverse,
    .tp_clear = (inquiry)partial_clear,
    .tp_weaklistoffset = offsetof(partialobject, weakreflist),
    .tp_members = partial_members,
    .tp_getset = partial_getset,
    .tp_dictoffset = offsetof(partialobject, dict),
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = partial_new,
    .tp_free = PyObject_GC_Del,
};

PyDoc_STRVAR(functools_doc,
"Tools that operate on functions.");

PyMODINIT_FUNC
init_functools(void)
{
    PyObject *m;

    if (PyType_Ready(&partial_type) < 0)
        return;
    m = Py_InitModule3("_functools", NULL, functools_doc);
    if (m == NULL)
        return;
    Py_INCREF(&partial_type);
    PyModule_AddObject(m, "partial", (PyObject *)&partial_type);
}
