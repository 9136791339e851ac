/* Built-in functions and methods: a PyMethodDef bound to an optional
   'self' object (type 'builtin_function_or_method'). */

#include "Python.h"
#include "structmember.h"

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

#define CALL_FLAGS_MASK \
    (~(METH_CLASS | METH_STATIC | METH_COEXIST | _METH_O_ARGCOUNT))

PyObject *
PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module)
{
    PyCFunctionObject *op;

    op = PyObject_GC_New(PyCFunctionObject, &PyCFunction_Type);
    if (op == NULL)
        return NULL;
    op->m_ml = ml;
    Py_XINCREF(self);
    op->m_self = self;
    Py_XINCREF(module);
    op->m_module = module;
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

/* Kept as a real function for extensions compiled against the macro-less
   spelling. */
#undef PyCFunction_New
PyAPI_FUNC(PyObject *) PyCFunction_New(PyMethodDef *, PyObject *);

PyObject *
PyCFunction_New(PyMethodDef *ml, PyObject *self)
{
    return PyCFunction_NewEx(ml, self, NULL);
}

PyCFunction
PyCFunction_GetFunction(PyObject *op)
{
    if (op == NULL || !PyCFunction_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyCFunctionObject *)op)->m_ml->ml_meth;
}

PyObject *
PyCFunction_GetSelf(PyObject *op)
{
    if (op == NULL || !PyCFunction_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyCFunctionObject *)op)->m_self;
}

int
PyCFunction_GetFlags(PyObject *op)
{
    if (op == NULL || !PyCFunction_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PyCFunctionObject *)op)->m_ml->ml_flags;
}

static int
has_keywords(PyObject *kw)
{
    return kw != NULL && PyDict_Check(kw) && PyDict_Size(kw) != 0;
}

PyObject *
PyCFunction_Call(PyObject *func, PyObject *arg, PyObject *kw)
{
    PyCFunctionObject *f = (PyCFunctionObject *)func;
    PyMethodDef *ml = f->m_ml;
    PyCFunction meth = ml->ml_meth;
    PyObject *self = f->m_self;
    Py_ssize_t nargs;
    int flags = ml->ml_flags & CALL_FLAGS_MASK;

    if (flags == (METH_VARARGS | METH_KEYWORDS))
        return ((PyCFunctionWithKeywords)meth)(self, arg, kw);

    if (has_keywords(kw)) {
        PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments",
                     ml->ml_name);
        return NULL;
    }
    if (!PyTuple_Check(arg)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    nargs = PyTuple_GET_SIZE(arg);

    switch (flags) {
    case METH_VARARGS:
        return meth(self, arg);
    case METH_NOARGS:
        if (nargs != 0) {
            PyErr_Format(PyExc_TypeError,
                         "%.200s() takes no arguments (%zd given)",
                         ml->ml_name, nargs);
            return NULL;
        }
        return meth(self, NULL);
    case METH_O:
        if (nargs != 1) {
            PyErr_Format(PyExc_TypeError,
                         (ml->ml_flags & _METH_O_ARGCOUNT)
                         ? "%.200s() takes exactly 1 argument (%zd given)"
                         : "%.200s() takes exactly one argument (%zd given)",
                         ml->ml_name, nargs);
            return NULL;
        }
        return meth(self, PyTuple_GET_ITEM(arg, 0));
    case METH_OLDARGS:
        /* One argument is passed bare, none as NULL, several as a tuple. */
        if (nargs == 1)
            return meth(self, PyTuple_GET_ITEM(arg, 0));
        if (nargs == 0)
            return meth(self, NULL);
        return meth(self, arg);
    default:
        PyErr_SetString(PyExc_SystemError,
                        "Bad call flags in PyCFunction_Call. "
                        "METH_OLDARGS is no longer supported!");
        return NULL;
    }
}

static void
meth_dealloc(PyCFunctionObject *m)
{
    PyObject_GC_UnTrack(m);
    Py_XDECREF(m->m_self);
    Py_XDECREF(m->m_module);
    PyObject_GC_Del(m);
}

static int
meth_traverse(PyCFunctionObject *m, visitproc visit, void *arg)
{
    Py_VISIT(m->m_self);
    Py_VISIT(m->m_module);
    return 0;
}

static PyObject *
meth_get__doc__(PyCFunctionObject *m, void *closure)
{
    const char *doc = m->m_ml->ml_doc;

    if (doc == NULL)
        Py_RETURN_NONE;
    return PyString_FromString(doc);
}

static PyObject *
meth_get__name__(PyCFunctionObject *m, void *closure)
{
    return PyString_FromString(m->m_ml->ml_name);
}

static PyObject *
meth_get__self__(PyCFunctionObject *m, void *closure)
{
    PyObject *self = m->m_self;

    if (self == NULL)
        self = Py_None;
    Py_INCREF(self);
    return self;
}

static PyGetSetDef meth_getsets[] = {
    {"__doc__", (getter)meth_get__doc__, NULL, NULL},
    {"__name__", (getter)meth_get__name__, NULL, NULL},
    {"__self__", (getter)meth_get__self__, NULL, NULL},
    {0}
};

static PyMemberDef meth_members[] = {
    {"__module__", T_OBJECT, offsetof(PyCFunctionObject, m_module),
     WRITE_RESTRICTED},
    {NULL}
};

static PyObject *
meth_repr(PyCFunctionObject *m)
{
    if (m->m_self == NULL)
        return PyString_FromFormat("<built-in function %s>",
                                   m->m_ml->ml_name);
    return PyString_FromFormat("<built-in method %s of %s object at %p>",
                               m->m_ml->ml_name,
                               m->m_self->ob_type->tp_name,
                               m->m_self);
}

static int
meth_compare(PyCFunctionObject *a, PyCFunctionObject *b)
{
    if (a->m_self != b->m_self)
        return ((Py_uintptr_t)a->m_self < (Py_uintptr_t)b->m_self) ? -1 : 1;
    if (a->m_ml->ml_meth == b->m_ml->ml_meth)
        return 0;
    if (strcmp(a->m_ml->ml_name, b->m_ml->ml_name) < 0)
        return -1;
    return 1;
}

static long
meth_hash(PyCFunctionObject *a)
{
    long x, y;

    if (a->m_self == NULL)
        x = 0;
    else {
        x = PyObject_Hash(a->m_self);
        if (x == -1)
            return -1;
    }
    y = _Py_HashPointer((void *)(a->m_ml->ml_meth));
    if (y == -1)
        return -1;
    x ^= y;
    if (x == -1)
        x = -2;
    return x;
}

PyTypeObject PyCFunction_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "builtin_function_or_method",
    sizeof(PyCFunctionObject),
    0,
    (destructor)meth_dealloc,                   /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    (cmpfunc)meth_compare,                      /* tp_compare */
    (reprfunc)meth_repr,                        /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)meth_hash,                        /* tp_hash */
    PyCFunction_Call,                           /* tp_call */
    0,                                          /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,    /* tp_flags */
    0,                                          /* tp_doc */
    (traverseproc)meth_traverse,                /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    meth_members,                               /* tp_members */
    meth_getsets,                               /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
};

/* Old-style attribute lookup in a chain of method tables (used by
   extension types that implement tp_getattr by hand). */

static PyObject *
chain_method_names(PyMethodChain *chain)
{
    PyMethodChain *c;
    PyMethodDef *ml;
    PyObject *names, *s;

    names = PyList_New(0);
    if (names == NULL)
        return NULL;
    for (c = chain; c != NULL; c = c->link) {
        for (ml = c->methods; ml->ml_name != NULL; ml++) {
            s = PyString_FromString(ml->ml_name);
            if (s == NULL || PyList_Append(names, s) < 0) {
                Py_XDECREF(s);
                Py_DECREF(names);
                return NULL;
            }
            Py_DECREF(s);
        }
    }
    return names;
}

PyObject *
Py_FindMethodInChain(PyMethodChain *chain, PyObject *self, const char *name)
{
    PyMethodChain *c;
    PyMethodDef *ml;

    if (name[0] == '_' && name[1] == '_') {
        if (strcmp(name, "__methods__") == 0)
            return chain_method_names(chain);
        if (strcmp(name, "__doc__") == 0 && self != NULL) {
            const char *doc = self->ob_type->tp_doc;
            if (doc != NULL)
                return PyString_FromString(doc);
        }
    }
    for (c = chain; c != NULL; c = c->link) {
        for (ml = c->methods; ml->ml_name != NULL; ml++) {
            if (ml->ml_name[0] == name[0] && strcmp(ml->ml_name, name) == 0)
                return PyCFunction_New(ml, self);
        }
    }
    PyErr_SetString(PyExc_AttributeError, name);
    return NULL;
}

PyObject *
Py_FindMethod(PyMethodDef *methods, PyObject *self, const char *name)
{
    PyMethodChain link;

    link.methods = methods;
    link.link = NULL;
    return Py_FindMethodInChain(&link, self, name);
}
