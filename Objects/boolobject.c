/* bool: an int subclass with exactly two instances, False and True. */

#include "Python.h"

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

PyObject *
PyBool_FromLong(long ok)
{
    PyObject *r = ok ? Py_True : Py_False;
    Py_INCREF(r);
    return r;
}

static PyObject *
bool_repr(PyIntObject *self)
{
    return PyString_FromString(self->ob_ival ? "True" : "False");
}

static PyObject *
bool_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"x", 0};
    PyObject *x = Py_False;
    int truth;

    /* one positional argument, the commonest call, without the parser */
    if (kwds == NULL && PyTuple_GET_SIZE(args) == 1)
        x = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O:bool", kwlist, &x))
        return NULL;
    truth = PyObject_IsTrue(x);
    if (truth < 0)
        return NULL;
    return PyBool_FromLong(truth);
}

/* &, | and ^ of two bools stay bool; anything else is int arithmetic. */
static PyObject *
bool_and(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyInt_Type.tp_as_number->nb_and(a, b);
    return PyBool_FromLong(PyInt_AS_LONG(a) & PyInt_AS_LONG(b));
}

static PyObject *
bool_or(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyInt_Type.tp_as_number->nb_or(a, b);
    return PyBool_FromLong(PyInt_AS_LONG(a) | PyInt_AS_LONG(b));
}

static PyObject *
bool_xor(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyInt_Type.tp_as_number->nb_xor(a, b);
    return PyBool_FromLong(PyInt_AS_LONG(a) ^ PyInt_AS_LONG(b));
}

static void
bool_dealloc(PyObject *op)
{
    /* The two instances are static: never freed, even after an
       unbalanced DECREF. */
    op->ob_refcnt = PY_SSIZE_T_MAX / 2;
}

PyDoc_STRVAR(bool_doc,
"bool(x) -> bool\n\
\n\
True if x is true, else False.  bool is a subclass of int; its only\n\
instances are True and False.");

static PyNumberMethods bool_as_number = {
    0,                          /* nb_add */
    0,                          /* nb_subtract */
    0,                          /* nb_multiply */
    0,                          /* nb_divide */
    0,                          /* nb_remainder */
    0,                          /* nb_divmod */
    0,                          /* nb_power */
    0,                          /* nb_negative */
    0,                          /* nb_positive */
    0,                          /* nb_absolute */
    0,                          /* nb_nonzero */
    0,                          /* nb_invert */
    0,                          /* nb_lshift */
    0,                          /* nb_rshift */
    bool_and,                   /* nb_and */
    bool_xor,                   /* nb_xor */
    bool_or,                    /* nb_or */
    0,                          /* nb_coerce */
    0,                          /* nb_int */
    0,                          /* nb_long */
    0,                          /* nb_float */
    0,                          /* nb_oct */
    0,                          /* nb_hex */
    0,                          /* nb_inplace_add */
    0,                          /* nb_inplace_subtract */
    0,                          /* nb_inplace_multiply */
    0,                          /* nb_inplace_divide */
    0,                          /* nb_inplace_remainder */
    0,                          /* nb_inplace_power */
    0,                          /* nb_inplace_lshift */
    0,                          /* nb_inplace_rshift */
    0,                          /* nb_inplace_and */
    0,                          /* nb_inplace_xor */
    0,                          /* nb_inplace_or */
    0,                          /* nb_floor_divide */
    0,                          /* nb_true_divide */
    0,                          /* nb_inplace_floor_divide */
    0,                          /* nb_inplace_true_divide */
    0,                          /* nb_index */
};

PyTypeObject PyBool_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "bool",
    sizeof(PyIntObject),
    0,
    bool_dealloc,                               /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)bool_repr,                        /* tp_repr */
    &bool_as_number,                            /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    0,                                          /* tp_call */
    (reprfunc)bool_repr,                        /* tp_str */
    0,                                          /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES, /* tp_flags */
    bool_doc,                                   /* tp_doc */
    0,                                          /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    0,                                          /* tp_members */
    0,                                          /* tp_getset */
    &PyInt_Type,                                /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    bool_new,                                   /* tp_new */
};

/* The two instances; immortal (a huge reference count). */
PyIntObject _Py_ZeroStruct = {
    PY_SSIZE_T_MAX / 2, &PyBool_Type,
    0
};

PyIntObject _Py_TrueStruct = {
    PY_SSIZE_T_MAX / 2, &PyBool_Type,
    1
};
