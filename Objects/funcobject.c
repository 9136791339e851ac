/* Function objects: a code object together with the globals it runs in,
   its default argument values, its closure cells and a dict of arbitrary
   attributes.  Calling one hands everything to PyEval_EvalCodeEx. */

#include "Python.h"
#include "code.h"
#include "eval.h"
#include "structmember.h"

PyObject *
PyFunction_New(PyObject *code, PyObject *globals)
{
    PyFunctionObject *op;
    PyObject *consts, *doc, *module;

    if (code == NULL || !PyCode_Check(code) ||
        globals == NULL || !PyDict_Check(globals)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    op = PyObject_GC_New(PyFunctionObject, &PyFunction_Type);
    if (op == NULL)
        return NULL;

    Py_INCREF(code);
    op->func_code = code;
    Py_INCREF(globals);
    op->func_globals = globals;
    op->func_name = ((PyCodeObject *)code)->co_name;
    Py_INCREF(op->func_name);
    op->func_defaults = NULL;
    op->func_closure = NULL;
    op->func_dict = NULL;
    op->func_weakreflist = NULL;
    op->func_module = NULL;

    /* The docstring is the first constant, when it is a string. */
    consts = ((PyCodeObject *)code)->co_consts;
    doc = Py_None;
    if (consts != NULL && PyTuple_Check(consts) &&
        PyTuple_GET_SIZE(consts) >= 1) {
        PyObject *first = PyTuple_GET_ITEM(consts, 0);
        if (PyString_Check(first) || PyUnicode_Check(first))
            doc = first;
    }
    Py_INCREF(doc);
    op->func_doc = doc;

    module = PyDict_GetItemString(globals, "__name__");
    if (module != NULL) {
        Py_INCREF(module);
        op->func_module = module;
    }

    _PyObject_GC_TRACK(op);
    return (PyObject *)op;
}

#define AS_FUNC(op) ((PyFunctionObject *)(op))

/* Check that op is a function for the C accessors below. */
static int
bad_function(PyObject *op)
{
    if (op == NULL || !PyFunction_Check(op)) {
        PyErr_BadInternalCall();
        return 1;
    }
    return 0;
}

PyObject *
PyFunction_GetCode(PyObject *op)
{
    return bad_function(op) ? NULL : AS_FUNC(op)->func_code;
}

PyObject *
PyFunction_GetGlobals(PyObject *op)
{
    return bad_function(op) ? NULL : AS_FUNC(op)->func_globals;
}

PyObject *
PyFunction_GetModule(PyObject *op)
{
    return bad_function(op) ? NULL : AS_FUNC(op)->func_module;
}

PyObject *
PyFunction_GetDefaults(PyObject *op)
{
    return bad_function(op) ? NULL : AS_FUNC(op)->func_defaults;
}

int
PyFunction_SetDefaults(PyObject *op, PyObject *defaults)
{
    PyObject *old;

    if (bad_function(op))
        return -1;
    if (defaults == Py_None)
        defaults = NULL;
    else if (defaults != NULL && !PyTuple_Check(defaults)) {
        PyErr_SetString(PyExc_SystemError, "non-tuple default args");
        return -1;
    }
    Py_XINCREF(defaults);
    old = AS_FUNC(op)->func_defaults;
    AS_FUNC(op)->func_defaults = defaults;
    Py_XDECREF(old);
    return 0;
}

PyObject *
PyFunction_GetClosure(PyObject *op)
{
    return bad_function(op) ? NULL : AS_FUNC(op)->func_closure;
}

int
PyFunction_SetClosure(PyObject *op, PyObject *closure)
{
    PyObject *old;

    if (bad_function(op))
        return -1;
    if (closure == Py_None)
        closure = NULL;
    else if (closure != NULL && !PyTuple_Check(closure)) {
        PyErr_SetString(PyExc_SystemError, "non-tuple closure");
        return -1;
    }
    Py_XINCREF(closure);
    old = AS_FUNC(op)->func_closure;
    AS_FUNC(op)->func_closure = closure;
    Py_XDECREF(old);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Attributes                                                            */

#define FUNC_OFF(x) offsetof(PyFunctionObject, x)

static PyMemberDef func_memberlist[] = {
    {"func_closure", T_OBJECT, FUNC_OFF(func_closure),
     RESTRICTED | READONLY},
    {"func_doc", T_OBJECT, FUNC_OFF(func_doc), WRITE_RESTRICTED},
    {"__doc__", T_OBJECT, FUNC_OFF(func_doc), WRITE_RESTRICTED},
    {"func_globals", T_OBJECT, FUNC_OFF(func_globals),
     RESTRICTED | READONLY},
    {"__module__", T_OBJECT, FUNC_OFF(func_module), WRITE_RESTRICTED},
    {NULL}
};

static PyObject *
func_get_dict(PyFunctionObject *op, void *closure)
{
    if (op->func_dict == NULL) {
        op->func_dict = PyDict_New();
        if (op->func_dict == NULL)
            return NULL;
    }
    Py_INCREF(op->func_dict);
    return op->func_dict;
}

static int
func_set_dict(PyFunctionObject *op, PyObject *value, void *closure)
{
    PyObject *old;

    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "function's dictionary may not be deleted");
        return -1;
    }
    if (!PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "setting function's dictionary to a non-dict");
        return -1;
    }
    old = op->func_dict;
    Py_INCREF(value);
    op->func_dict = value;
    Py_XDECREF(old);
    return 0;
}

static PyObject *
func_get_code(PyFunctionObject *op, void *closure)
{
    Py_INCREF(op->func_code);
    return op->func_code;
}

static int
func_set_code(PyFunctionObject *op, PyObject *value, void *closure)
{
    PyObject *old;
    Py_ssize_t nfree, nclosure;

    if (value == NULL || !PyCode_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "func_code must be set to a code object");
        return -1;
    }
    /* The closure cells must still match the code's free variables. */
    nfree = PyCode_GetNumFree((PyCodeObject *)value);
    nclosure = op->func_closure == NULL ? 0
               : PyTuple_GET_SIZE(op->func_closure);
    if (nfree != nclosure) {
        PyErr_Format(PyExc_ValueError,
                     "%s() requires a code object with %zd free vars,"
                     " not %zd",
                     PyString_AsString(op->func_name), nclosure, nfree);
        return -1;
    }
    old = op->func_code;
    Py_INCREF(value);
    op->func_code = value;
    Py_DECREF(old);
    return 0;
}

static PyObject *
func_get_name(PyFunctionObject *op, void *closure)
{
    Py_INCREF(op->func_name);
    return op->func_name;
}

static int
func_set_name(PyFunctionObject *op, PyObject *value, void *closure)
{
    PyObject *old;

    if (value == NULL || !PyString_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "func_name must be set to a string object");
        return -1;
    }
    old = op->func_name;
    Py_INCREF(value);
    op->func_name = value;
    Py_DECREF(old);
    return 0;
}

static PyObject *
func_get_defaults(PyFunctionObject *op, void *closure)
{
    if (op->func_defaults == NULL)
        Py_RETURN_NONE;
    Py_INCREF(op->func_defaults);
    return op->func_defaults;
}

static int
func_set_defaults(PyFunctionObject *op, PyObject *value, void *closure)
{
    PyObject *old;

    if (value == Py_None)
        value = NULL;
    if (value != NULL && !PyTuple_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "func_defaults must be set to a tuple object");
        return -1;
    }
    old = op->func_defaults;
    Py_XINCREF(value);
    op->func_defaults = value;
    Py_XDECREF(old);
    return 0;
}

static PyGetSetDef func_getsetlist[] = {
    {"func_code", (getter)func_get_code, (setter)func_set_code},
    {"func_defaults", (getter)func_get_defaults,
     (setter)func_set_defaults},
    {"func_dict", (getter)func_get_dict, (setter)func_set_dict},
    {"__dict__", (getter)func_get_dict, (setter)func_set_dict},
    {"func_name", (getter)func_get_name, (setter)func_set_name},
    {"__name__", (getter)func_get_name, (setter)func_set_name},
    {NULL}
};

/* ------------------------------------------------------------------ */
/* The function type                                                     */

static char func_doc[] =
"function(code, globals[, name[, argdefs[, closure]]])\n\
\n\
Create a function object from a code object and a dictionary.\n\
The optional name string overrides the name from the code object.\n\
The optional argdefs tuple specifies the default argument values.\n\
The optional closure tuple supplies the bindings for free variables.";

static PyObject *
func_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"code", "globals", "name", "argdefs",
                             "closure", 0};
    PyCodeObject *code;
    PyObject *globals, *name = Py_None, *defaults = Py_None;
    PyObject *closure = Py_None;
    PyFunctionObject *f;
    Py_ssize_t nfree, nclosure, i;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!O!|OOO:function", kwlist,
                                     &PyCode_Type, &code,
                                     &PyDict_Type, &globals,
                                     &name, &defaults, &closure))
        return NULL;
    if (name != Py_None && !PyString_Check(name)) {
        PyErr_SetString(PyExc_TypeError,
                        "arg 3 (name) must be None or string");
        return NULL;
    }
    if (defaults != Py_None && !PyTuple_Check(defaults)) {
        PyErr_SetString(PyExc_TypeError,
                        "arg 4 (defaults) must be None or tuple");
        return NULL;
    }
    nfree = PyTuple_GET_SIZE(code->co_freevars);
    if (!PyTuple_Check(closure)) {
        if (nfree && closure == Py_None) {
            PyErr_SetString(PyExc_TypeError,
                            "arg 5 (closure) must be tuple");
            return NULL;
        }
        if (closure != Py_None) {
            PyErr_SetString(PyExc_TypeError,
                            "arg 5 (closure) must be None or tuple");
            return NULL;
        }
    }
    nclosure = closure == Py_None ? 0 : PyTuple_GET_SIZE(closure);
    if (nfree != nclosure) {
        PyErr_Format(PyExc_ValueError,
                     "%s requires closure of length %zd, not %zd",
                     PyString_AS_STRING(code->co_name), nfree, nclosure);
        return NULL;
    }
    for (i = 0; i < nclosure; i++) {
        PyObject *cell = PyTuple_GET_ITEM(closure, i);
        if (!PyCell_Check(cell)) {
            PyErr_Format(PyExc_TypeError,
                         "arg 5 (closure) expected cell, found %s",
                         cell->ob_type->tp_name);
            return NULL;
        }
    }

    f = (PyFunctionObject *)PyFunction_New((PyObject *)code, globals);
    if (f == NULL)
        return NULL;
    if (name != Py_None) {
        Py_INCREF(name);
        Py_DECREF(f->func_name);
        f->func_name = name;
    }
    if (defaults != Py_None) {
        Py_INCREF(defaults);
        f->func_defaults = defaults;
    }
    if (closure != Py_None) {
        Py_INCREF(closure);
        f->func_closure = closure;
    }
    return (PyObject *)f;
}

static void
func_dealloc(PyFunctionObject *op)
{
    _PyObject_GC_UNTRACK(op);
    if (op->func_weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)op);
    Py_DECREF(op->func_code);
    Py_DECREF(op->func_globals);
    Py_XDECREF(op->func_module);
    Py_DECREF(op->func_name);
    Py_XDECREF(op->func_defaults);
    Py_XDECREF(op->func_doc);
    Py_XDECREF(op->func_dict);
    Py_XDECREF(op->func_closure);
    PyObject_GC_Del(op);
}

static PyObject *
func_repr(PyFunctionObject *op)
{
    const char *name = PyString_Check(op->func_name)
                       ? PyString_AS_STRING(op->func_name) : "?";
    return PyString_FromFormat("<function %s at %p>", name, (void *)op);
}

static int
func_traverse(PyFunctionObject *f, visitproc visit, void *arg)
{
    Py_VISIT(f->func_code);
    Py_VISIT(f->func_globals);
    Py_VISIT(f->func_module);
    Py_VISIT(f->func_defaults);
    Py_VISIT(f->func_doc);
    Py_VISIT(f->func_name);
    Py_VISIT(f->func_dict);
    Py_VISIT(f->func_closure);
    return 0;
}

/* Break cycles: drop everything that can refer back to the function
   except the fields the rest of the code assumes are never NULL. */
static int
func_clear(PyFunctionObject *f)
{
    Py_CLEAR(f->func_module);
    Py_CLEAR(f->func_defaults);
    Py_CLEAR(f->func_doc);
    Py_CLEAR(f->func_dict);
    Py_CLEAR(f->func_closure);
    return 0;
}

static PyObject *
function_call(PyObject *func, PyObject *arg, PyObject *kw)
{
    PyObject *result;
    PyObject *argdefs;
    PyObject **defs = NULL, **kwpairs = NULL;
    Py_ssize_t ndefs = 0, nkw = 0, i;

    if (arg == NULL || !PyTuple_Check(arg)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    argdefs = PyFunction_GET_DEFAULTS(func);
    if (argdefs != NULL && PyTuple_Check(argdefs)) {
        defs = &PyTuple_GET_ITEM(argdefs, 0);
        ndefs = PyTuple_GET_SIZE(argdefs);
    }

    if (kw != NULL && PyDict_Check(kw)) {
        Py_ssize_t pos = 0, n = PyDict_Size(kw);
        PyObject *key, *value;
        if (n > PY_SSIZE_T_MAX / (Py_ssize_t)(2 * sizeof(PyObject *))) {
            PyErr_NoMemory();
            return NULL;
        }
        kwpairs = PyMem_New(PyObject *, 2 * n + 1);
        if (kwpairs == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        /* Own the pairs for the duration of the call. */
        while (nkw < n && PyDict_Next(kw, &pos, &key, &value)) {
            Py_INCREF(key);
            Py_INCREF(value);
            kwpairs[2 * nkw] = key;
            kwpairs[2 * nkw + 1] = value;
            nkw++;
        }
    }
    if (PyTuple_GET_SIZE(arg) > INT_MAX || nkw > INT_MAX ||
        ndefs > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "too many arguments");
        result = NULL;
    }
    else {
        result = PyEval_EvalCodeEx(
            (PyCodeObject *)PyFunction_GET_CODE(func),
            PyFunction_GET_GLOBALS(func), (PyObject *)NULL,
            &PyTuple_GET_ITEM(arg, 0), (int)PyTuple_GET_SIZE(arg),
            kwpairs, (int)nkw, defs, (int)ndefs,
            PyFunction_GET_CLOSURE(func));
    }
    if (kwpairs != NULL) {
        for (i = 0; i < 2 * nkw; i++)
            Py_DECREF(kwpairs[i]);
        PyMem_Free(kwpairs);
    }
    return result;
}

/* Functions are descriptors: looked up through an instance they bind. */
static PyObject *
func_descr_get(PyObject *func, PyObject *obj, PyObject *type)
{
    if (obj == Py_None)
        obj = NULL;
    return PyMethod_New(func, obj, type);
}

PyTypeObject PyFunction_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "function",
    sizeof(PyFunctionObject),
    0,
    (destructor)func_dealloc,                   /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)func_repr,                        /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    function_call,                              /* tp_call */
    0,                                          /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    PyObject_GenericSetAttr,                    /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,    /* tp_flags */
    func_doc,                                   /* tp_doc */
    (traverseproc)func_traverse,                /* tp_traverse */
    (inquiry)func_clear,                        /* tp_clear */
    0,                                          /* tp_richcompare */
    offsetof(PyFunctionObject, func_weakreflist), /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    func_memberlist,                            /* tp_members */
    func_getsetlist,                            /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    func_descr_get,                             /* tp_descr_get */
    0,                                          /* tp_descr_set */
    offsetof(PyFunctionObject, func_dict),      /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    func_new,                                   /* tp_new */
};
