/* Classic classes, their instances, and method objects.

   A classic class ('classobj') is a name, a tuple of base classes and a
   namespace dict; attribute lookup searches the dict and then the bases,
   depth first, left to right.  Its instances ('instance') have their own
   dict and find every special method by ordinary attribute lookup, so
   __getattr__ and per-instance attributes take part.  Method objects
   ('instancemethod') wrap a callable with an optional bound instance and
   the class it came from; they serve classic and new-style classes. */

#include "Python.h"
#include "structmember.h"
#include "fastpath.h"

/* d[name], borrowed, NULL when absent: an exact str name with its hash
   known is looked for in a plain dict without the general machinery. */
static inline PyObject *
dict_get_name(PyObject *d, PyObject *name)
{
    PyObject *v;

    if (PyString_CheckExact(name) &&
        ((PyStringObject *)name)->ob_shash != -1 && PyDict_CheckExact(d) &&
        _PyDict_StrLookupSettled((PyDictObject *)d, name,
                                 ((PyStringObject *)name)->ob_shash, &v))
        return v;
    return PyDict_GetItem(d, name);
}

/* ------------------------------------------------------------------ */
/* Interned attribute names (immutable, so safe to share process-wide)  */

static PyObject *
interned(PyObject **slot, const char *s)
{
    if (*slot == NULL)
        *slot = PyString_InternFromString(s);
    return *slot;
}

#define NAME_GETTER(fn, text) \
    static PyObject * \
    fn(void) \
    { \
        static PyObject *cached = NULL; \
        return interned(&cached, text); \
    }

NAME_GETTER(str_getattr, "__getattr__")
NAME_GETTER(str_setattr, "__setattr__")
NAME_GETTER(str_delattr, "__delattr__")
NAME_GETTER(str_init, "__init__")
NAME_GETTER(str_del, "__del__")
NAME_GETTER(str_doc, "__doc__")
NAME_GETTER(str_module, "__module__")
NAME_GETTER(str_name, "__name__")
NAME_GETTER(str_class, "__class__")
NAME_GETTER(str_coerce, "__coerce__")
NAME_GETTER(str_repr, "__repr__")
NAME_GETTER(str_str, "__str__")
NAME_GETTER(str_hash, "__hash__")
NAME_GETTER(str_eq, "__eq__")
NAME_GETTER(str_cmp, "__cmp__")
NAME_GETTER(str_len, "__len__")
NAME_GETTER(str_getitem, "__getitem__")
NAME_GETTER(str_setitem, "__setitem__")
NAME_GETTER(str_delitem, "__delitem__")
NAME_GETTER(str_getslice, "__getslice__")
NAME_GETTER(str_setslice, "__setslice__")
NAME_GETTER(str_delslice, "__delslice__")
NAME_GETTER(str_contains, "__contains__")
NAME_GETTER(str_nonzero, "__nonzero__")
NAME_GETTER(str_call, "__call__")
NAME_GETTER(str_iter, "__iter__")
NAME_GETTER(str_next, "next")
NAME_GETTER(str_index, "__index__")

/* ------------------------------------------------------------------ */
/* Class objects                                                         */

static PyObject *class_lookup(PyClassObject *, PyObject *,
                              PyClassObject **);
static PyObject *instance_getattr2(PyInstanceObject *, PyObject *);

/* Refresh the cached __getattr__/__setattr__/__delattr__ hooks.  Unlike
   a borrowed cache, these hold references, so changing a base class's
   dict can never leave a dangling pointer here. */
static int
refresh_hooks(PyClassObject *op)
{
    PyClassObject *dummy;
    PyObject *g, *s, *d;

    g = class_lookup(op, str_getattr(), &dummy);
    if (g == NULL && PyErr_Occurred())
        return -1;
    s = class_lookup(op, str_setattr(), &dummy);
    if (s == NULL && PyErr_Occurred())
        return -1;
    d = class_lookup(op, str_delattr(), &dummy);
    if (d == NULL && PyErr_Occurred())
        return -1;
    Py_XINCREF(g);
    Py_XINCREF(s);
    Py_XINCREF(d);
    Py_XDECREF(op->cl_getattr);
    Py_XDECREF(op->cl_setattr);
    Py_XDECREF(op->cl_delattr);
    op->cl_getattr = g;
    op->cl_setattr = s;
    op->cl_delattr = d;
    return 0;
}

PyObject *
PyClass_New(PyObject *bases, PyObject *dict, PyObject *name)
{
    PyClassObject *op;
    Py_ssize_t i, n;

    if (name == NULL || !PyString_Check(name)) {
        PyErr_SetString(PyExc_TypeError,
                        "PyClass_New: name must be a string");
        return NULL;
    }
    if (dict == NULL || !PyDict_Check(dict)) {
        PyErr_SetString(PyExc_TypeError,
                        "PyClass_New: dict must be a dictionary");
        return NULL;
    }
    if (str_doc() == NULL || str_module() == NULL)
        return NULL;
    if (PyDict_GetItem(dict, str_doc()) == NULL) {
        if (PyDict_SetItem(dict, str_doc(), Py_None) < 0)
            return NULL;
    }
    if (PyDict_GetItem(dict, str_module()) == NULL) {
        PyObject *globals = PyEval_GetGlobals();
        if (globals != NULL) {
            PyObject *modname = PyDict_GetItem(globals, str_name());
            if (modname != NULL &&
                PyDict_SetItem(dict, str_module(), modname) < 0)
                return NULL;
        }
    }

    if (bases == NULL) {
        bases = PyTuple_New(0);
        if (bases == NULL)
            return NULL;
    }
    else {
        if (!PyTuple_Check(bases)) {
            PyErr_SetString(PyExc_TypeError,
                            "PyClass_New: bases must be a tuple");
            return NULL;
        }
        n = PyTuple_GET_SIZE(bases);
        for (i = 0; i < n; i++) {
            PyObject *base = PyTuple_GET_ITEM(bases, i);
            if (!PyClass_Check(base)) {
                /* A new-style base: let its metatype build the class. */
                if (PyCallable_Check((PyObject *)base->ob_type))
                    return PyObject_CallFunctionObjArgs(
                        (PyObject *)base->ob_type, name, bases, dict, NULL);
                PyErr_SetString(PyExc_TypeError,
                                "PyClass_New: base must be a class");
                return NULL;
            }
        }
        Py_INCREF(bases);
    }

    op = PyObject_GC_New(PyClassObject, &PyClass_Type);
    if (op == NULL) {
        Py_DECREF(bases);
        return NULL;
    }
    op->cl_bases = bases;
    Py_INCREF(dict);
    op->cl_dict = dict;
    Py_INCREF(name);
    op->cl_name = name;
    op->cl_getattr = NULL;
    op->cl_setattr = NULL;
    op->cl_delattr = NULL;
    if (refresh_hooks(op) < 0) {
        Py_DECREF(op);      /* dealloc copes with the untracked object */
        return NULL;
    }
    _PyObject_GC_TRACK(op);
    return (PyObject *)op;
}

PyObject *
PyMethod_Function(PyObject *im)
{
    if (im == NULL || !PyMethod_Check(im)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyMethodObject *)im)->im_func;
}

PyObject *
PyMethod_Self(PyObject *im)
{
    if (im == NULL || !PyMethod_Check(im)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyMethodObject *)im)->im_self;
}

PyObject *
PyMethod_Class(PyObject *im)
{
    if (im == NULL || !PyMethod_Check(im)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyMethodObject *)im)->im_class;
}

static char class_doc[] =
"classobj(name, bases, dict)\n\
\n\
Create a class object.  The name must be a string; the second argument\n\
a tuple of classes, and the third a dictionary.";

static PyObject *
class_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "bases", "dict", 0};
    PyObject *name, *bases, *dict;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "SOO", kwlist,
                                     &name, &bases, &dict))
        return NULL;
    return PyClass_New(bases, dict, name);
}

static void
class_dealloc(PyClassObject *op)
{
    if (_PyObject_GC_IsTracked((PyObject *)op))
        _PyObject_GC_UNTRACK(op);
    Py_XDECREF(op->cl_bases);
    Py_XDECREF(op->cl_dict);
    Py_XDECREF(op->cl_name);
    Py_XDECREF(op->cl_getattr);
    Py_XDECREF(op->cl_setattr);
    Py_XDECREF(op->cl_delattr);
    PyObject_GC_Del(op);
}

/* Search the class and its bases, depth first; borrowed result.  NULL
   without an exception when the name is not found, NULL with one when the
   hierarchy is too deep to search. */
static PyObject *
class_lookup(PyClassObject *cp, PyObject *name, PyClassObject **pclass)
{
    for (;;) {
        Py_ssize_t i, n;
        PyObject *v = dict_get_name(cp->cl_dict, name);

        if (v != NULL) {
            *pclass = cp;
            return v;
        }
        n = PyTuple_GET_SIZE(cp->cl_bases);
        if (n == 0)
            return NULL;
        /* All but the last base need a real recursive search; the last
           one is searched by looping, so long single-inheritance chains
           use no C stack. */
        for (i = 0; i < n - 1; i++) {
            PyObject *base = PyTuple_GET_ITEM(cp->cl_bases, i);
            if (Py_EnterRecursiveCall(" in class attribute lookup"))
                return NULL;
            v = class_lookup((PyClassObject *)base, name, pclass);
            Py_LeaveRecursiveCall();
            if (v != NULL || PyErr_Occurred())
                return v;
        }
        cp = (PyClassObject *)PyTuple_GET_ITEM(cp->cl_bases, n - 1);
    }
}

static PyObject *
class_getattr(PyClassObject *op, PyObject *name)
{
    PyObject *v;
    PyClassObject *klass;
    descrgetfunc f;
    const char *sname = PyString_AsString(name);

    if (sname == NULL)
        return NULL;
    if (sname[0] == '_' && sname[1] == '_') {
        if (strcmp(sname, "__dict__") == 0) {
            Py_INCREF(op->cl_dict);
            return op->cl_dict;
        }
        if (strcmp(sname, "__bases__") == 0) {
            Py_INCREF(op->cl_bases);
            return op->cl_bases;
        }
        if (strcmp(sname, "__name__") == 0) {
            if (op->cl_name == NULL)
                return PyString_FromString("?");
            Py_INCREF(op->cl_name);
            return op->cl_name;
        }
    }
    v = class_lookup(op, name, &klass);
    if (v == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_AttributeError,
                         "class %.50s has no attribute '%.400s'",
                         PyString_AS_STRING(op->cl_name), sname);
        return NULL;
    }
    f = PyType_HasFeature(v->ob_type, Py_TPFLAGS_HAVE_CLASS)
        ? v->ob_type->tp_descr_get : NULL;
    if (f == NULL) {
        Py_INCREF(v);
        return v;
    }
    /* Keep v alive across the descriptor call. */
    Py_INCREF(v);
    {
        PyObject *res = f(v, (PyObject *)NULL, (PyObject *)op);
        Py_DECREF(v);
        return res;
    }
}

static const char *
set_dict(PyClassObject *c, PyObject *v)
{
    PyObject *old;

    if (v == NULL || !PyDict_Check(v))
        return "__dict__ must be a dictionary object";
    old = c->cl_dict;
    Py_INCREF(v);
    c->cl_dict = v;
    Py_DECREF(old);
    if (refresh_hooks(c) < 0)
        PyErr_Clear();
    return "";
}

static const char *
set_bases(PyClassObject *c, PyObject *v)
{
    Py_ssize_t i, n;
    PyObject *old;

    if (v == NULL || !PyTuple_Check(v))
        return "__bases__ must be a tuple object";
    n = PyTuple_GET_SIZE(v);
    for (i = 0; i < n; i++) {
        PyObject *x = PyTuple_GET_ITEM(v, i);
        int r;
        if (!PyClass_Check(x))
            return "__bases__ items must be classes";
        r = PyClass_IsSubclass(x, (PyObject *)c);
        if (r < 0)
            return NULL;
        if (r)
            return "a __bases__ item causes an inheritance cycle";
    }
    old = c->cl_bases;
    Py_INCREF(v);
    c->cl_bases = v;
    Py_DECREF(old);
    if (refresh_hooks(c) < 0)
        PyErr_Clear();
    return "";
}

static const char *
set_name(PyClassObject *c, PyObject *v)
{
    PyObject *old;

    if (v == NULL || !PyString_Check(v))
        return "__name__ must be a string object";
    if ((Py_ssize_t)strlen(PyString_AS_STRING(v)) != PyString_GET_SIZE(v))
        return "__name__ must not contain null bytes";
    old = c->cl_name;
    Py_INCREF(v);
    c->cl_name = v;
    Py_DECREF(old);
    return "";
}

static int
class_setattr(PyClassObject *op, PyObject *name, PyObject *v)
{
    const char *sname = PyString_AsString(name);
    int hook = 0;

    if (sname == NULL)
        return -1;
    if (sname[0] == '_' && sname[1] == '_') {
        Py_ssize_t n = PyString_GET_SIZE(name);
        if (n > 4 && sname[n - 1] == '_' && sname[n - 2] == '_') {
            const char *err = NULL;
            if (strcmp(sname, "__dict__") == 0)
                err = set_dict(op, v);
            else if (strcmp(sname, "__bases__") == 0)
                err = set_bases(op, v);
            else if (strcmp(sname, "__name__") == 0)
                err = set_name(op, v);
            else if (strcmp(sname, "__getattr__") == 0 ||
                     strcmp(sname, "__setattr__") == 0 ||
                     strcmp(sname, "__delattr__") == 0)
                hook = 1;   /* stored in the dict below, then re-cached */
            if (err != NULL) {
                if (*err == '\0')
                    return 0;
                PyErr_SetString(PyExc_TypeError, err);
                return -1;
            }
            if (PyErr_Occurred())
                return -1;
        }
    }
    if (v == NULL) {
        if (PyDict_DelItem(op->cl_dict, name) < 0) {
            if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_AttributeError,
                             "class %.50s has no attribute '%.400s'",
                             PyString_AS_STRING(op->cl_name), sname);
            }
            return -1;
        }
    }
    else if (PyDict_SetItem(op->cl_dict, name, v) < 0)
        return -1;
    if (hook)
        return refresh_hooks(op);
    return 0;
}

static PyObject *
class_repr(PyClassObject *op)
{
    PyObject *mod = PyDict_GetItem(op->cl_dict, str_module());
    const char *name = (op->cl_name != NULL && PyString_Check(op->cl_name))
                       ? PyString_AS_STRING(op->cl_name) : "?";

    if (mod == NULL || !PyString_Check(mod))
        return PyString_FromFormat("<class ?.%s at %p>", name, (void *)op);
    return PyString_FromFormat("<class %s.%s at %p>",
                               PyString_AS_STRING(mod), name, (void *)op);
}

static PyObject *
class_str(PyClassObject *op)
{
    PyObject *mod = PyDict_GetItem(op->cl_dict, str_module());
    PyObject *name = op->cl_name;

    if (name == NULL || !PyString_Check(name))
        return class_repr(op);
    if (mod == NULL || !PyString_Check(mod)) {
        Py_INCREF(name);
        return name;
    }
    return PyString_FromFormat("%s.%s", PyString_AS_STRING(mod),
                               PyString_AS_STRING(name));
}

static int
class_traverse(PyClassObject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->cl_bases);
    Py_VISIT(o->cl_dict);
    Py_VISIT(o->cl_name);
    Py_VISIT(o->cl_getattr);
    Py_VISIT(o->cl_setattr);
    Py_VISIT(o->cl_delattr);
    return 0;
}

/* Break cycles through the namespace; the class stays a valid (empty)
   class afterwards. */
static int
class_clear(PyClassObject *o)
{
    PyObject *empty_dict, *empty_bases;
    PyObject *old;

    Py_CLEAR(o->cl_getattr);
    Py_CLEAR(o->cl_setattr);
    Py_CLEAR(o->cl_delattr);
    empty_dict = PyDict_New();
    empty_bases = PyTuple_New(0);
    if (empty_dict == NULL || empty_bases == NULL) {
        Py_XDECREF(empty_dict);
        Py_XDECREF(empty_bases);
        PyErr_Clear();
        return 0;
    }
    old = o->cl_dict;
    o->cl_dict = empty_dict;
    Py_XDECREF(old);
    old = o->cl_bases;
    o->cl_bases = empty_bases;
    Py_XDECREF(old);
    return 0;
}

PyTypeObject PyClass_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "classobj",
    sizeof(PyClassObject),
    0,
    (destructor)class_dealloc,                  /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)class_repr,                       /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    PyInstance_New,                             /* tp_call */
    (reprfunc)class_str,                        /* tp_str */
    (getattrofunc)class_getattr,                /* tp_getattro */
    (setattrofunc)class_setattr,                /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,    /* tp_flags */
    class_doc,                                  /* tp_doc */
    (traverseproc)class_traverse,               /* tp_traverse */
    (inquiry)class_clear,                       /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    0,                                          /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    class_new,                                  /* tp_new */
};

int
PyClass_IsSubclass(PyObject *klass, PyObject *base)
{
    PyClassObject *cp;

    if (klass == base)
        return 1;
    if (base != NULL && PyTuple_Check(base)) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(base);
        for (i = 0; i < n; i++) {
            int r;
            if (Py_EnterRecursiveCall(" in issubclass"))
                return -1;
            r = PyClass_IsSubclass(klass, PyTuple_GET_ITEM(base, i));
            Py_LeaveRecursiveCall();
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (klass == NULL || !PyClass_Check(klass))
        return 0;
    cp = (PyClassObject *)klass;
    for (;;) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(cp->cl_bases);
        if ((PyObject *)cp == base)
            return 1;
        if (n == 0)
            return 0;
        for (i = 0; i < n - 1; i++) {
            int r;
            if (Py_EnterRecursiveCall(" in issubclass"))
                return -1;
            r = PyClass_IsSubclass(PyTuple_GET_ITEM(cp->cl_bases, i), base);
            Py_LeaveRecursiveCall();
            if (r != 0)
                return r;
        }
        cp = (PyClassObject *)PyTuple_GET_ITEM(cp->cl_bases, n - 1);
    }
}

/* ------------------------------------------------------------------ */
/* Instance objects                                                      */

#define INST_CLASSNAME(inst) \
    PyString_AS_STRING(((PyInstanceObject *)(inst))->in_class->cl_name)

PyObject *
PyInstance_NewRaw(PyObject *klass, PyObject *dict)
{
    PyInstanceObject *inst;

    if (klass == NULL || !PyClass_Check(klass)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (dict == NULL) {
        dict = PyDict_New();
        if (dict == NULL)
            return NULL;
    }
    else {
        if (!PyDict_Check(dict)) {
            PyErr_BadInternalCall();
            return NULL;
        }
        Py_INCREF(dict);
    }
    inst = PyObject_GC_New(PyInstanceObject, &PyInstance_Type);
    if (inst == NULL) {
        Py_DECREF(dict);
        return NULL;
    }
    inst->in_weakreflist = NULL;
    Py_INCREF(klass);
    inst->in_class = (PyClassObject *)klass;
    inst->in_dict = dict;
    _PyObject_GC_TRACK(inst);
    return (PyObject *)inst;
}

/* inst once its __init__ returned res (stolen): inst, or NULL (inst
   released) if __init__ failed or returned something else than None. */
static PyObject *
init_result(PyObject *inst, PyObject *res)
{
    if (res != NULL && res != Py_None) {
        PyErr_SetString(PyExc_TypeError, "__init__() should return None");
        Py_DECREF(res);
        res = NULL;
    }
    if (res == NULL) {
        Py_DECREF(inst);
        return NULL;
    }
    Py_DECREF(res);
    return inst;
}

PyObject *
PyInstance_New(PyObject *klass, PyObject *arg, PyObject *kw)
{
    PyObject *inst, *init;

    inst = PyInstance_NewRaw(klass, NULL);
    if (inst == NULL)
        return NULL;
    if (str_init() == NULL) {
        Py_DECREF(inst);
        return NULL;
    }
    init = instance_getattr2((PyInstanceObject *)inst, str_init());
    if (init == NULL) {
        if (PyErr_Occurred()) {
            Py_DECREF(inst);
            return NULL;
        }
        if ((arg != NULL && (!PyTuple_Check(arg) ||
                             PyTuple_GET_SIZE(arg) != 0)) ||
            (kw != NULL && (!PyDict_Check(kw) || PyDict_Size(kw) != 0))) {
            PyErr_SetString(PyExc_TypeError,
                            "this constructor takes no arguments");
            Py_DECREF(inst);
            return NULL;
        }
    }
    else {
        PyObject *res;
        if (arg == NULL) {
            PyObject *empty = PyTuple_New(0);
            res = empty ? PyObject_Call(init, empty, kw) : NULL;
            Py_XDECREF(empty);
        }
        else
            res = PyObject_Call(init, arg, kw);
        Py_DECREF(init);
        return init_result(inst, res);
    }
    return inst;
}

/* Private (Include/classobject.h): the __init__ of classic class klass
   (borrowed) when it is a plain Python function, else NULL (with an
   exception if looking it up failed). */
PyObject *
_PyClass_PlainInit(PyObject *klass)
{
    PyClassObject *owner;
    PyObject *init;

    if (str_init() == NULL)
        return NULL;
    init = class_lookup((PyClassObject *)klass, str_init(), &owner);
    return init != NULL && PyFunction_Check(init) ? init : NULL;
}

/* Private (Include/classobject.h): name in classic class klass and its
   bases (borrowed) when it is a plain Python function, else NULL and no
   exception (a failed lookup is left for the general path to repeat). */
PyObject *
_PyClass_LookupFunction(PyObject *klass, PyObject *name)
{
    PyClassObject *owner;
    PyObject *v = class_lookup((PyClassObject *)klass, name, &owner);

    if (v == NULL) {
        if (PyErr_Occurred())
            PyErr_Clear();
        return NULL;
    }
    return PyFunction_Check(v) ? v : NULL;
}

/* Private (Include/classobject.h): klass(*args) for a classic class and
   n positional arguments (borrowed), as PyInstance_New does it, but a
   plain-function __init__ gets the instance and the arguments from a C
   array (no bound method, no argument tuple). */
PyObject *
_PyInstance_NewArgs(PyObject *klass, PyObject **args, int n)
{
    PyObject *stack[8], *init, *inst, *res, *tuple;
    int i;

    if (n < (int)(sizeof(stack) / sizeof(stack[0]))) {
        /* the new instance's dict is empty: __init__ comes from the class */
        init = _PyClass_PlainInit(klass);
        if (init == NULL && PyErr_Occurred())
            return NULL;
        if (init != NULL) {
            inst = PyInstance_NewRaw(klass, NULL);
            if (inst == NULL)
                return NULL;
            stack[0] = inst;
            for (i = 0; i < n; i++)
                stack[i + 1] = args[i];
            Py_INCREF(init);    /* __init__ may delete itself from the class */
            res = _PyFunction_CallArgs(init, stack, n + 1);
            Py_DECREF(init);
            return init_result(inst, res);
        }
    }
    tuple = _PyTuple_FromArray(args, n);
    if (tuple == NULL)
        return NULL;
    res = PyInstance_New(klass, tuple, NULL);
    Py_DECREF(tuple);
    return res;
}

static char instance_doc[] =
"instance(class[, dict])\n\
\n\
Create an instance without calling its __init__() method.\n\
The class must be a classic class.\n\
If present, dict must be a dictionary or None.";

static PyObject *
instance_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *klass, *dict = Py_None;

    if (!PyArg_ParseTuple(args, "O!|O:instance", &PyClass_Type, &klass,
                          &dict))
        return NULL;
    if (dict == Py_None)
        dict = NULL;
    else if (!PyDict_Check(dict)) {
        PyErr_SetString(PyExc_TypeError,
                        "instance() second arg must be dictionary or None");
        return NULL;
    }
    return PyInstance_NewRaw(klass, dict);
}

static void
instance_dealloc(PyInstanceObject *inst)
{
    PyObject *etype, *evalue, *etb;
    PyObject *del;

    _PyObject_GC_UNTRACK(inst);
    if (inst->in_weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)inst);

    /* Bring the object back to life while __del__ runs. */
    inst->ob_refcnt = 1;
    PyErr_Fetch(&etype, &evalue, &etb);
    del = str_del() ? instance_getattr2(inst, str_del()) : NULL;
    if (del != NULL) {
        PyObject *empty = PyTuple_New(0);
        PyObject *res = empty ? PyObject_Call(del, empty, NULL) : NULL;
        Py_XDECREF(empty);
        if (res == NULL)
            PyErr_WriteUnraisable(del);
        else
            Py_DECREF(res);
        Py_DECREF(del);
    }
    else if (PyErr_Occurred())
        PyErr_WriteUnraisable((PyObject *)inst);
    PyErr_Restore(etype, evalue, etb);

    if (--inst->ob_refcnt != 0) {
        /* __del__ stored a new reference somewhere: the object lives on. */
        _PyObject_GC_TRACK(inst);
        return;
    }
    Py_DECREF(inst->in_class);
    Py_XDECREF(inst->in_dict);
    PyObject_GC_Del(inst);
}

/* Attribute lookup without __getattr__: special names, the instance
   dict, then the class (binding what is found). */
static PyObject *
instance_getattr2(PyInstanceObject *inst, PyObject *name)
{
    PyObject *v;
    PyClassObject *klass;
    descrgetfunc f;

    v = dict_get_name(inst->in_dict, name);
    if (v != NULL) {
        Py_INCREF(v);
        return v;
    }
    v = class_lookup(inst->in_class, name, &klass);
    if (v == NULL)
        return NULL;
    Py_INCREF(v);
    f = PyType_HasFeature(v->ob_type, Py_TPFLAGS_HAVE_CLASS)
        ? v->ob_type->tp_descr_get : NULL;
    if (f != NULL) {
        PyObject *w = f(v, (PyObject *)inst, (PyObject *)inst->in_class);
        Py_DECREF(v);
        v = w;
    }
    return v;
}

PyObject *
_PyInstance_Lookup(PyObject *pinst, PyObject *name)
{
    PyInstanceObject *inst = (PyInstanceObject *)pinst;
    PyClassObject *klass;
    PyObject *v;

    if (pinst == NULL || !PyInstance_Check(pinst) || name == NULL)
        return NULL;
    v = dict_get_name(inst->in_dict, name);
    if (v != NULL)
        return v;
    v = class_lookup(inst->in_class, name, &klass);
    if (v == NULL && PyErr_Occurred())
        PyErr_Clear();
    return v;
}

static PyObject *
instance_getattr1(PyInstanceObject *inst, PyObject *name)
{
    PyObject *v;
    const char *sname = PyString_Check(name) ? PyString_AS_STRING(name)
                                             : PyString_AsString(name);

    if (sname == NULL)
        return NULL;
    if (sname[0] == '_' && sname[1] == '_') {
        if (strcmp(sname, "__dict__") == 0) {
            Py_INCREF(inst->in_dict);
            return inst->in_dict;
        }
        if (strcmp(sname, "__class__") == 0) {
            Py_INCREF(inst->in_class);
            return (PyObject *)inst->in_class;
        }
    }
    v = instance_getattr2(inst, name);
    if (v == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_AttributeError,
                     "%.50s instance has no attribute '%.400s'",
                     INST_CLASSNAME(inst), sname);
    return v;
}

static PyObject *
instance_getattr(PyInstanceObject *inst, PyObject *name)
{
    PyObject *res, *hook, *args;

    res = instance_getattr1(inst, name);
    if (res != NULL || inst->in_class->cl_getattr == NULL)
        return res;
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return NULL;
    PyErr_Clear();
    hook = inst->in_class->cl_getattr;
    Py_INCREF(hook);
    args = PyTuple_Pack(2, (PyObject *)inst, name);
    if (args == NULL) {
        Py_DECREF(hook);
        return NULL;
    }
    res = PyObject_Call(hook, args, NULL);
    Py_DECREF(args);
    Py_DECREF(hook);
    return res;
}

/* Private (Include/classobject.h): getattr for an exact, interned str
   name, as instance_getattr, with the special-name tests done once. */
PyObject *
_PyInstance_GetAttrInterned(PyObject *op, PyObject *name)
{
    PyInstanceObject *inst = (PyInstanceObject *)op;
    const char *s = PyString_AS_STRING(name);
    PyObject *v;

    if (s[0] != '_' || s[1] != '_') {
        v = instance_getattr2(inst, name);
        if (v != NULL || PyErr_Occurred())
            return v;
    }
    return instance_getattr(inst, name);
}

/* Look up a special method through the full attribute protocol; NULL
   without an exception when it does not exist. */
static PyObject *
special_method(PyInstanceObject *inst, PyObject *name)
{
    PyObject *m;

    if (name == NULL)
        return NULL;
    m = instance_getattr(inst, name);
    if (m == NULL && PyErr_ExceptionMatches(PyExc_AttributeError))
        PyErr_Clear();
    return m;
}

static int
instance_setattr1(PyInstanceObject *inst, PyObject *name, PyObject *v)
{
    if (v == NULL) {
        if (PyDict_DelItem(inst->in_dict, name) < 0) {
            if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_AttributeError,
                             "%.50s instance has no attribute '%.400s'",
                             INST_CLASSNAME(inst),
                             PyString_AS_STRING(name));
            }
            return -1;
        }
        return 0;
    }
    if (PyString_CheckExact(name) &&
        ((PyStringObject *)name)->ob_shash != -1 &&
        PyDict_CheckExact(inst->in_dict) &&
        _PyDict_StrReplace((PyDictObject *)inst->in_dict, name,
                           ((PyStringObject *)name)->ob_shash, v))
        return 0;
    return PyDict_SetItem(inst->in_dict, name, v);
}

static int
instance_setattr(PyInstanceObject *inst, PyObject *name, PyObject *v)
{
    PyObject *hook, *args, *res;
    const char *sname = PyString_Check(name) ? PyString_AS_STRING(name)
                                             : PyString_AsString(name);

    if (sname == NULL)
        return -1;
    if (sname[0] == '_' && sname[1] == '_') {
        Py_ssize_t n = PyString_GET_SIZE(name);
        if (sname[n - 1] == '_' && sname[n - 2] == '_') {
            if (strcmp(sname, "__dict__") == 0) {
                PyObject *old;
                if (v == NULL || !PyDict_Check(v)) {
                    PyErr_SetString(PyExc_TypeError,
                                    "__dict__ must be set to a dictionary");
                    return -1;
                }
                old = inst->in_dict;
                Py_INCREF(v);
                inst->in_dict = v;
                Py_DECREF(old);
                return 0;
            }
            if (strcmp(sname, "__class__") == 0) {
                PyObject *old;
                if (v == NULL || !PyClass_Check(v)) {
                    PyErr_SetString(PyExc_TypeError,
                                    "__class__ must be set to a class");
                    return -1;
                }
                old = (PyObject *)inst->in_class;
                Py_INCREF(v);
                inst->in_class = (PyClassObject *)v;
                Py_DECREF(old);
                return 0;
            }
        }
    }
    hook = v == NULL ? inst->in_class->cl_delattr
                     : inst->in_class->cl_setattr;
    if (hook == NULL)
        return instance_setattr1(inst, name, v);
    if (v == NULL)
        args = PyTuple_Pack(2, (PyObject *)inst, name);
    else
        args = PyTuple_Pack(3, (PyObject *)inst, name, v);
    if (args == NULL)
        return -1;
    Py_INCREF(hook);
    res = PyObject_Call(hook, args, NULL);
    Py_DECREF(hook);
    Py_DECREF(args);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

/* Private (Include/classobject.h): setattr (not del) for an exact,
   interned str name, as instance_setattr. */
int
_PyInstance_SetAttrInterned(PyObject *op, PyObject *name, PyObject *v)
{
    PyInstanceObject *inst = (PyInstanceObject *)op;
    const char *s = PyString_AS_STRING(name);

    if ((s[0] != '_' || s[1] != '_') && inst->in_class->cl_setattr == NULL)
        return instance_setattr1(inst, name, v);
    return instance_setattr(inst, name, v);
}

/* Call a looked-up method with the given argument tuple (stolen). */
static PyObject *
call_stolen(PyObject *func, PyObject *args)
{
    PyObject *res;

    if (args == NULL) {
        Py_DECREF(func);
        return NULL;
    }
    res = PyObject_Call(func, args, NULL);
    Py_DECREF(args);
    Py_DECREF(func);
    return res;
}

static PyObject *
call_method0(PyObject *func)
{
    return call_stolen(func, PyTuple_New(0));
}

static PyObject *
instance_repr(PyInstanceObject *inst)
{
    PyObject *func = str_repr() ? instance_getattr(inst, str_repr()) : NULL;

    if (func == NULL) {
        PyObject *mod;
        const char *cname;
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
        mod = PyDict_GetItem(inst->in_class->cl_dict, str_module());
        cname = PyString_Check(inst->in_class->cl_name)
                ? PyString_AS_STRING(inst->in_class->cl_name) : "?";
        if (mod == NULL || !PyString_Check(mod))
            return PyString_FromFormat("<?.%s instance at %p>",
                                       cname, (void *)inst);
        return PyString_FromFormat("<%s.%s instance at %p>",
                                   PyString_AS_STRING(mod), cname,
                                   (void *)inst);
    }
    return call_method0(func);
}

static PyObject *
instance_str(PyInstanceObject *inst)
{
    PyObject *func = str_str() ? instance_getattr(inst, str_str()) : NULL;

    if (func == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
        return instance_repr(inst);
    }
    return call_method0(func);
}

static long
instance_hash(PyInstanceObject *inst)
{
    PyObject *func, *res;
    long outcome;

    func = special_method(inst, str_hash());
    if (func == NULL) {
        PyObject *probe;
        if (PyErr_Occurred())
            return -1;
        /* Without __hash__, instances that define equality are
           unhashable; the rest hash by identity. */
        probe = special_method(inst, str_eq());
        if (probe == NULL) {
            if (PyErr_Occurred())
                return -1;
            probe = special_method(inst, str_cmp());
            if (probe == NULL) {
                if (PyErr_Occurred())
                    return -1;
                return _Py_HashPointer(inst);
            }
        }
        Py_DECREF(probe);
        PyErr_SetString(PyExc_TypeError, "unhashable instance");
        return -1;
    }
    res = call_method0(func);
    if (res == NULL)
        return -1;
    if (PyInt_Check(res)) {
        outcome = PyInt_AsLong(res);
        if (outcome == -1)
            outcome = -2;
    }
    else if (PyLong_Check(res)) {
        outcome = PyObject_Hash(res);
    }
    else {
        PyErr_SetString(PyExc_TypeError,
                        "__hash__() should return an int");
        outcome = -1;
    }
    Py_DECREF(res);
    return outcome;
}

static int
instance_traverse(PyInstanceObject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->in_class);
    Py_VISIT(o->in_dict);
    return 0;
}

/* Mapping and sequence slots. */

static Py_ssize_t
instance_length(PyInstanceObject *inst)
{
    PyObject *func, *res;
    Py_ssize_t n;

    if (str_len() == NULL)
        return -1;
    func = instance_getattr(inst, str_len());
    if (func == NULL)
        return -1;
    res = call_method0(func);
    if (res == NULL)
        return -1;
    if (PyInt_Check(res) || PyLong_Check(res)) {
        n = PyInt_AsSsize_t(res);
        if (n == -1 && PyErr_Occurred()) {
            Py_DECREF(res);
            return -1;
        }
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError,
                            "__len__() should return >= 0");
            n = -1;
        }
    }
    else {
        PyErr_SetString(PyExc_TypeError,
                        "__len__() should return an int");
        n = -1;
    }
    Py_DECREF(res);
    return n;
}

/* Look up name (must exist: AttributeError propagates) and call it with
   the given arguments. */
static PyObject *
call_named(PyInstanceObject *inst, PyObject *name, PyObject *args)
{
    PyObject *func;

    if (args == NULL)
        return NULL;
    if (name == NULL) {
        Py_DECREF(args);
        return NULL;
    }
    func = instance_getattr(inst, name);
    if (func == NULL) {
        Py_DECREF(args);
        return NULL;
    }
    return call_stolen(func, args);
}

static int
discard_result(PyObject *res)
{
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static PyObject *
instance_subscript(PyInstanceObject *inst, PyObject *key)
{
    return call_named(inst, str_getitem(), PyTuple_Pack(1, key));
}

static int
instance_ass_subscript(PyInstanceObject *inst, PyObject *key,
                       PyObject *value)
{
    if (value == NULL)
        return discard_result(call_named(inst, str_delitem(),
                                         PyTuple_Pack(1, key)));
    return discard_result(call_named(inst, str_setitem(),
                                     PyTuple_Pack(2, key, value)));
}

static PyMappingMethods instance_as_mapping = {
    (lenfunc)instance_length,                   /* mp_length */
    (binaryfunc)instance_subscript,             /* mp_subscript */
    (objobjargproc)instance_ass_subscript,      /* mp_ass_subscript */
};

static PyObject *
instance_item(PyInstanceObject *inst, Py_ssize_t i)
{
    return call_named(inst, str_getitem(), Py_BuildValue("(n)", i));
}

/* A slice object for the 2-index slice protocol fallbacks. */
static PyObject *
make_slice(Py_ssize_t i, Py_ssize_t j)
{
    PyObject *a = PyInt_FromSsize_t(i), *b = PyInt_FromSsize_t(j), *s;

    if (a == NULL || b == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        return NULL;
    }
    s = PySlice_New(a, b, NULL);
    Py_DECREF(a);
    Py_DECREF(b);
    return s;
}

/* Argument tuple for a slice method: (i, j) for the __xxxslice__ form,
   (slice(i, j), ...) for the __xxxitem__ fallback. */
static PyObject *
slice_args(int use_slice_object, Py_ssize_t i, Py_ssize_t j,
           PyObject *value)
{
    if (use_slice_object) {
        PyObject *s = make_slice(i, j);
        if (s == NULL)
            return NULL;
        if (value != NULL)
            return Py_BuildValue("(NO)", s, value);
        return Py_BuildValue("(N)", s);
    }
    if (value != NULL)
        return Py_BuildValue("(nnO)", i, j, value);
    return Py_BuildValue("(nn)", i, j);
}

static PyObject *
instance_slice(PyInstanceObject *inst, Py_ssize_t i, Py_ssize_t j)
{
    PyObject *func = special_method(inst, str_getslice());
    int fallback = 0;

    if (func == NULL) {
        if (PyErr_Occurred() || str_getitem() == NULL)
            return NULL;
        func = instance_getattr(inst, str_getitem());
        if (func == NULL)
            return NULL;
        fallback = 1;
    }
    return call_stolen(func, slice_args(fallback, i, j, NULL));
}

static int
instance_ass_item(PyInstanceObject *inst, Py_ssize_t i, PyObject *item)
{
    if (item == NULL)
        return discard_result(call_named(inst, str_delitem(),
                                         Py_BuildValue("(n)", i)));
    return discard_result(call_named(inst, str_setitem(),
                                     Py_BuildValue("(nO)", i, item)));
}

static int
instance_ass_slice(PyInstanceObject *inst, Py_ssize_t i, Py_ssize_t j,
                   PyObject *value)
{
    PyObject *func;
    int fallback = 0;

    func = special_method(inst, value == NULL ? str_delslice()
                                              : str_setslice());
    if (func == NULL) {
        if (PyErr_Occurred())
            return -1;
        func = instance_getattr(inst, value == NULL ? str_delitem()
                                                    : str_setitem());
        if (func == NULL)
            return -1;
        fallback = 1;
    }
    return discard_result(call_stolen(func,
                                      slice_args(fallback, i, j, value)));
}

static int
instance_contains(PyInstanceObject *inst, PyObject *member)
{
    PyObject *func = special_method(inst, str_contains());

    if (func != NULL) {
        PyObject *res = call_stolen(func, PyTuple_Pack(1, member));
        int r;
        if (res == NULL)
            return -1;
        r = PyObject_IsTrue(res);
        Py_DECREF(res);
        return r;
    }
    if (PyErr_Occurred())
        return -1;
    /* No __contains__: search by iteration (__iter__ or __getitem__). */
    return (int)_PySequence_IterSearch((PyObject *)inst, member,
                                       PY_ITERSEARCH_CONTAINS);
}

static PySequenceMethods instance_as_sequence = {
    (lenfunc)instance_length,                   /* sq_length */
    0,                                          /* sq_concat */
    0,                                          /* sq_repeat */
    (ssizeargfunc)instance_item,                /* sq_item */
    (ssizessizeargfunc)instance_slice,          /* sq_slice */
    (ssizeobjargproc)instance_ass_item,         /* sq_ass_item */
    (ssizessizeobjargproc)instance_ass_slice,   /* sq_ass_slice */
    (objobjproc)instance_contains,              /* sq_contains */
};

/* Numeric protocol: classic coercion rules. */

static PyObject *
not_implemented(void)
{
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

/* v.opname(w), or NotImplemented when v has no such method. */
static PyObject *
call_binary_method(PyObject *v, PyObject *w, const char *opname)
{
    PyObject *func = PyObject_GetAttrString(v, opname);

    if (func == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
        return not_implemented();
    }
    return call_stolen(func, PyTuple_Pack(1, w));
}

/* One half of a classic binary operation: v (if an instance) gets to
   coerce w, then either its method runs or, if coercion produced other
   types, the whole operator is retried on the coerced pair. */
static PyObject *
half_binop(PyObject *v, PyObject *w, const char *opname,
           binaryfunc thisfunc, int swapped)
{
    PyObject *coercefunc, *coerced, *v1, *w1, *res;

    if (!PyInstance_Check(v))
        return not_implemented();
    if (str_coerce() == NULL)
        return NULL;
    coercefunc = PyObject_GetAttr(v, str_coerce());
    if (coercefunc == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
        return call_binary_method(v, w, opname);
    }
    coerced = call_stolen(coercefunc, PyTuple_Pack(1, w));
    if (coerced == NULL)
        return NULL;
    if (coerced == Py_None || coerced == Py_NotImplemented) {
        Py_DECREF(coerced);
        return call_binary_method(v, w, opname);
    }
    if (!PyTuple_Check(coerced) || PyTuple_GET_SIZE(coerced) != 2) {
        Py_DECREF(coerced);
        PyErr_SetString(PyExc_TypeError,
                        "coercion should return None or 2-tuple");
        return NULL;
    }
    v1 = PyTuple_GET_ITEM(coerced, 0);
    w1 = PyTuple_GET_ITEM(coerced, 1);
    if (v1->ob_type == v->ob_type && PyInstance_Check(v)) {
        /* Still an instance: call its method directly (retrying the
           operator would recurse forever on __coerce__ returning self). */
        res = call_binary_method(v1, w1, opname);
    }
    else {
        if (Py_EnterRecursiveCall(" after coercion")) {
            Py_DECREF(coerced);
            return NULL;
        }
        res = swapped ? thisfunc(w1, v1) : thisfunc(v1, w1);
        Py_LeaveRecursiveCall();
    }
    Py_DECREF(coerced);
    return res;
}

static PyObject *
do_binop(PyObject *v, PyObject *w, const char *opname,
         const char *ropname, binaryfunc thisfunc)
{
    PyObject *res = half_binop(v, w, opname, thisfunc, 0);
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        res = half_binop(w, v, ropname, thisfunc, 1);
    }
    return res;
}

static PyObject *
do_binop_inplace(PyObject *v, PyObject *w, const char *iopname,
                 const char *opname, const char *ropname,
                 binaryfunc thisfunc)
{
    PyObject *res = half_binop(v, w, iopname, thisfunc, 0);
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        res = do_binop(v, w, opname, ropname, thisfunc);
    }
    return res;
}

#define INSTANCE_BINOP(fn, op, rop, thisfunc) \
    static PyObject * \
    fn(PyObject *v, PyObject *w) \
    { \
        return do_binop(v, w, op, rop, thisfunc); \
    }

#define INSTANCE_IBINOP(fn, iop, op, rop, thisfunc) \
    static PyObject * \
    fn(PyObject *v, PyObject *w) \
    { \
        return do_binop_inplace(v, w, iop, op, rop, thisfunc); \
    }

INSTANCE_BINOP(instance_or, "__or__", "__ror__", PyNumber_Or)
INSTANCE_BINOP(instance_and, "__and__", "__rand__", PyNumber_And)
INSTANCE_BINOP(instance_xor, "__xor__", "__rxor__", PyNumber_Xor)
INSTANCE_BINOP(instance_lshift, "__lshift__", "__rlshift__", PyNumber_Lshift)
INSTANCE_BINOP(instance_rshift, "__rshift__", "__rrshift__", PyNumber_Rshift)
INSTANCE_BINOP(instance_add, "__add__", "__radd__", PyNumber_Add)
INSTANCE_BINOP(instance_sub, "__sub__", "__rsub__", PyNumber_Subtract)
INSTANCE_BINOP(instance_mul, "__mul__", "__rmul__", PyNumber_Multiply)
INSTANCE_BINOP(instance_div, "__div__", "__rdiv__", PyNumber_Divide)
INSTANCE_BINOP(instance_mod, "__mod__", "__rmod__", PyNumber_Remainder)
INSTANCE_BINOP(instance_divmod, "__divmod__", "__rdivmod__", PyNumber_Divmod)
INSTANCE_BINOP(instance_floordiv, "__floordiv__", "__rfloordiv__",
               PyNumber_FloorDivide)
INSTANCE_BINOP(instance_truediv, "__truediv__", "__rtruediv__",
               PyNumber_TrueDivide)

INSTANCE_IBINOP(instance_ior, "__ior__", "__or__", "__ror__",
                PyNumber_InPlaceOr)
INSTANCE_IBINOP(instance_ixor, "__ixor__", "__xor__", "__rxor__",
                PyNumber_InPlaceXor)
INSTANCE_IBINOP(instance_iand, "__iand__", "__and__", "__rand__",
                PyNumber_InPlaceAnd)
INSTANCE_IBINOP(instance_ilshift, "__ilshift__", "__lshift__",
                "__rlshift__", PyNumber_InPlaceLshift)
INSTANCE_IBINOP(instance_irshift, "__irshift__", "__rshift__",
                "__rrshift__", PyNumber_InPlaceRshift)
INSTANCE_IBINOP(instance_iadd, "__iadd__", "__add__", "__radd__",
                PyNumber_InPlaceAdd)
INSTANCE_IBINOP(instance_isub, "__isub__", "__sub__", "__rsub__",
                PyNumber_InPlaceSubtract)
INSTANCE_IBINOP(instance_imul, "__imul__", "__mul__", "__rmul__",
                PyNumber_InPlaceMultiply)
INSTANCE_IBINOP(instance_idiv, "__idiv__", "__div__", "__rdiv__",
                PyNumber_InPlaceDivide)
INSTANCE_IBINOP(instance_imod, "__imod__", "__mod__", "__rmod__",
                PyNumber_InPlaceRemainder)
INSTANCE_IBINOP(instance_ifloordiv, "__ifloordiv__", "__floordiv__",
                "__rfloordiv__", PyNumber_InPlaceFloorDivide)
INSTANCE_IBINOP(instance_itruediv, "__itruediv__", "__truediv__",
                "__rtruediv__", PyNumber_InPlaceTrueDivide)

static PyObject *
power_of_two(PyObject *v, PyObject *w)
{
    return PyNumber_Power(v, w, Py_None);
}

static PyObject *
inplace_power_of_two(PyObject *v, PyObject *w)
{
    return PyNumber_InPlacePower(v, w, Py_None);
}

static PyObject *
instance_pow(PyObject *v, PyObject *w, PyObject *z)
{
    PyObject *func;

    if (z == Py_None)
        return do_binop(v, w, "__pow__", "__rpow__", power_of_two);
    /* Three-argument pow() does no coercion: only v.__pow__(w, z). */
    if (!PyInstance_Check(v))
        return not_implemented();
    func = PyObject_GetAttrString(v, "__pow__");
    if (func == NULL)
        return NULL;
    return call_stolen(func, PyTuple_Pack(2, w, z));
}

static PyObject *
instance_ipow(PyObject *v, PyObject *w, PyObject *z)
{
    PyObject *func;

    if (z == Py_None)
        return do_binop_inplace(v, w, "__ipow__", "__pow__", "__rpow__",
                                inplace_power_of_two);
    if (!PyInstance_Check(v))
        return not_implemented();
    func = PyObject_GetAttrString(v, "__ipow__");
    if (func == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
        return instance_pow(v, w, z);
    }
    return call_stolen(func, PyTuple_Pack(2, w, z));
}

/* coerce(): returns 0 with new references in *pv and *pw, 1 if the instance
   cannot coerce, -1 on error. */
static int
instance_coerce(PyObject **pv, PyObject **pw)
{
    PyObject *v = *pv, *w = *pw;
    PyObject *func, *coerced;

    if (!PyInstance_Check(v))
        return 1;
    if (str_coerce() == NULL)
        return -1;
    func = PyObject_GetAttr(v, str_coerce());
    if (func == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return -1;
        PyErr_Clear();
        return 1;
    }
    coerced = call_stolen(func, PyTuple_Pack(1, w));
    if (coerced == NULL)
        return -1;
    if (coerced == Py_None || coerced == Py_NotImplemented) {
        Py_DECREF(coerced);
        return 1;
    }
    if (!PyTuple_Check(coerced) || PyTuple_GET_SIZE(coerced) != 2) {
        Py_DECREF(coerced);
        PyErr_SetString(PyExc_TypeError,
                        "coercion should return None or 2-tuple");
        return -1;
    }
    *pv = PyTuple_GET_ITEM(coerced, 0);
    Py_INCREF(*pv);
    *pw = PyTuple_GET_ITEM(coerced, 1);
    Py_INCREF(*pw);
    Py_DECREF(coerced);
    return 0;
}

/* Unary special methods: AttributeError when missing, as in 2.5. */
#define INSTANCE_UNARY(fn, methodname) \
    static PyObject * \
    fn(PyInstanceObject *self) \
    { \
        PyObject *func = PyObject_GetAttrString((PyObject *)self, \
                                                methodname); \
        if (func == NULL) \
            return NULL; \
        return call_method0(func); \
    }

INSTANCE_UNARY(instance_neg, "__neg__")
INSTANCE_UNARY(instance_pos, "__pos__")
INSTANCE_UNARY(instance_abs, "__abs__")
INSTANCE_UNARY(instance_invert, "__invert__")
INSTANCE_UNARY(instance_int, "__int__")
INSTANCE_UNARY(instance_long, "__long__")
INSTANCE_UNARY(instance_float, "__float__")
INSTANCE_UNARY(instance_oct, "__oct__")
INSTANCE_UNARY(instance_hex, "__hex__")

static PyObject *
instance_index(PyInstanceObject *self)
{
    PyObject *func = special_method(self, str_index());

    if (func == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError,
                            "object cannot be interpreted as an index");
        return NULL;
    }
    return call_method0(func);
}

static int
instance_nonzero(PyInstanceObject *self)
{
    PyObject *func, *res;
    long outcome;

    func = special_method(self, str_nonzero());
    if (func == NULL) {
        if (PyErr_Occurred())
            return -1;
        func = special_method(self, str_len());
        if (func == NULL)
            return PyErr_Occurred() ? -1 : 1;
    }
    res = call_method0(func);
    if (res == NULL)
        return -1;
    if (!PyInt_Check(res)) {
        Py_DECREF(res);
        PyErr_SetString(PyExc_TypeError,
                        "__nonzero__ should return an int");
        return -1;
    }
    outcome = PyInt_AsLong(res);
    Py_DECREF(res);
    if (outcome < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "__nonzero__ should return >= 0");
        return -1;
    }
    return outcome > 0;
}

static PyNumberMethods instance_as_number = {
    instance_add,                           /* nb_add */
    instance_sub,                           /* nb_subtract */
    instance_mul,                           /* nb_multiply */
    instance_div,                           /* nb_divide */
    instance_mod,                           /* nb_remainder */
    instance_divmod,                        /* nb_divmod */
    instance_pow,                           /* nb_power */
    (unaryfunc)instance_neg,                /* nb_negative */
    (unaryfunc)instance_pos,                /* nb_positive */
    (unaryfunc)instance_abs,                /* nb_absolute */
    (inquiry)instance_nonzero,              /* nb_nonzero */
    (unaryfunc)instance_invert,             /* nb_invert */
    instance_lshift,                        /* nb_lshift */
    instance_rshift,                        /* nb_rshift */
    instance_and,                           /* nb_and */
    instance_xor,                           /* nb_xor */
    instance_or,                            /* nb_or */
    instance_coerce,                        /* nb_coerce */
    (unaryfunc)instance_int,                /* nb_int */
    (unaryfunc)instance_long,               /* nb_long */
    (unaryfunc)instance_float,              /* nb_float */
    (unaryfunc)instance_oct,                /* nb_oct */
    (unaryfunc)instance_hex,                /* nb_hex */
    instance_iadd,                          /* nb_inplace_add */
    instance_isub,                          /* nb_inplace_subtract */
    instance_imul,                          /* nb_inplace_multiply */
    instance_idiv,                          /* nb_inplace_divide */
    instance_imod,                          /* nb_inplace_remainder */
    instance_ipow,                          /* nb_inplace_power */
    instance_ilshift,                       /* nb_inplace_lshift */
    instance_irshift,                       /* nb_inplace_rshift */
    instance_iand,                          /* nb_inplace_and */
    instance_ixor,                          /* nb_inplace_xor */
    instance_ior,                           /* nb_inplace_or */
    instance_floordiv,                      /* nb_floor_divide */
    instance_truediv,                       /* nb_true_divide */
    instance_ifloordiv,                     /* nb_inplace_floor_divide */
    instance_itruediv,                      /* nb_inplace_true_divide */
    (unaryfunc)instance_index,              /* nb_index */
};

/* Comparisons. */

/* v.__cmp__(w): -1/0/1, 2 when not implemented, -2 on error. */
static int
half_cmp(PyObject *v, PyObject *w)
{
    PyObject *func, *res;
    long l;

    func = special_method((PyInstanceObject *)v, str_cmp());
    if (func == NULL)
        return PyErr_Occurred() ? -2 : 2;
    res = call_stolen(func, PyTuple_Pack(1, w));
    if (res == NULL)
        return -2;
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        return 2;
    }
    l = PyInt_AsLong(res);
    Py_DECREF(res);
    if (l == -1 && PyErr_Occurred()) {
        PyErr_SetString(PyExc_TypeError,
                        "comparison did not return an int");
        return -2;
    }
    return l < 0 ? -1 : l > 0 ? 1 : 0;
}

/* Three-way comparison: coerce first; if coercion gave non-instances,
   compare those; else ask __cmp__ of either side. */
static int
instance_compare(PyObject *v, PyObject *w)
{
    int c = PyNumber_CoerceEx(&v, &w);

    if (c < 0)
        return -2;
    if (c == 0) {
        if (!PyInstance_Check(v) || !PyInstance_Check(w)) {
            c = PyObject_Compare(v, w);
            Py_DECREF(v);
            Py_DECREF(w);
            if (PyErr_Occurred())
                return -2;
            return c < 0 ? -1 : c > 0 ? 1 : 0;
        }
    }
    else {
        Py_INCREF(v);
        Py_INCREF(w);
    }
    if (PyInstance_Check(v)) {
        c = half_cmp(v, w);
        if (c <= 1) {
            Py_DECREF(v);
            Py_DECREF(w);
            return c;
        }
    }
    if (PyInstance_Check(w)) {
        c = half_cmp(w, v);
        if (c <= 1) {
            Py_DECREF(v);
            Py_DECREF(w);
            if (c >= -1)
                c = -c;
            return c;
        }
    }
    Py_DECREF(v);
    Py_DECREF(w);
    return 2;
}

static const char *const richcmp_names[] = {
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"
};

static PyObject *
half_richcompare(PyObject *v, PyObject *w, int op)
{
    static PyObject *names[6];
    PyObject *func;

    if (interned(&names[op], richcmp_names[op]) == NULL)
        return NULL;
    func = special_method((PyInstanceObject *)v, names[op]);
    if (func == NULL) {
        if (PyErr_Occurred())
            return NULL;
        return not_implemented();
    }
    return call_stolen(func, PyTuple_Pack(1, w));
}

static PyObject *
instance_richcompare(PyObject *v, PyObject *w, int op)
{
    PyObject *res;

    if (op < Py_LT || op > Py_GE) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyInstance_Check(v)) {
        res = half_richcompare(v, w, op);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if (PyInstance_Check(w)) {
        res = half_richcompare(w, v, _Py_SwappedOp[op]);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    return not_implemented();
}

/* Calls and iteration. */

static PyObject *
instance_call(PyObject *func, PyObject *arg, PyObject *kw)
{
    PyObject *call, *res;

    call = special_method((PyInstanceObject *)func, str_call());
    if (call == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_AttributeError,
                         "%.200s instance has no __call__ method",
                         INST_CLASSNAME(func));
        return NULL;
    }
    /* An instance whose __call__ is itself can recurse in C only. */
    if (Py_EnterRecursiveCall(" in __call__")) {
        Py_DECREF(call);
        return NULL;
    }
    res = PyObject_Call(call, arg, kw);
    Py_LeaveRecursiveCall();
    Py_DECREF(call);
    return res;
}

static PyObject *
instance_getiter(PyInstanceObject *self)
{
    PyObject *func = special_method(self, str_iter());

    if (func != NULL) {
        PyObject *res = call_method0(func);
        if (res != NULL && !PyIter_Check(res)) {
            PyErr_Format(PyExc_TypeError,
                         "__iter__ returned non-iterator of type '%.100s'",
                         res->ob_type->tp_name);
            Py_DECREF(res);
            res = NULL;
        }
        return res;
    }
    if (PyErr_Occurred())
        return NULL;
    func = special_method(self, str_getitem());
    if (func == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "iteration over non-sequence");
        return NULL;
    }
    Py_DECREF(func);
    return PySeqIter_New((PyObject *)self);
}

static PyObject *
instance_iternext(PyInstanceObject *self)
{
    PyObject *func = special_method(self, str_next());

    if (func != NULL) {
        PyObject *res = call_method0(func);
        if (res != NULL)
            return res;
        if (PyErr_ExceptionMatches(PyExc_StopIteration))
            PyErr_Clear();
        return NULL;
    }
    if (!PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "instance has no next() method");
    return NULL;
}

PyTypeObject PyInstance_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "instance",
    sizeof(PyInstanceObject),
    0,
    (destructor)instance_dealloc,               /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    instance_compare,                           /* tp_compare */
    (reprfunc)instance_repr,                    /* tp_repr */
    &instance_as_number,                        /* tp_as_number */
    &instance_as_sequence,                      /* tp_as_sequence */
    &instance_as_mapping,                       /* tp_as_mapping */
    (hashfunc)instance_hash,                    /* tp_hash */
    instance_call,                              /* tp_call */
    (reprfunc)instance_str,                     /* tp_str */
    (getattrofunc)instance_getattr,             /* tp_getattro */
    (setattrofunc)instance_setattr,             /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_CHECKTYPES,
    instance_doc,                               /* tp_doc */
    (traverseproc)instance_traverse,            /* tp_traverse */
    0,                                          /* tp_clear */
    instance_richcompare,                       /* tp_richcompare */
    offsetof(PyInstanceObject, in_weakreflist), /* tp_weaklistoffset */
    (getiterfunc)instance_getiter,              /* tp_iter */
    (iternextfunc)instance_iternext,            /* tp_iternext */
    0,                                          /* tp_methods */
    0,                                          /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    instance_new,                               /* tp_new */
};

/* ------------------------------------------------------------------ */
/* Method objects                                                        */

/* Spare method objects: a bound method usually dies right after the
   call it was made for, so the last few dead ones are kept (untracked,
   holding nothing, linked through im_self) and reused.  As for spare
   frames (Objects/frameobject.c), only while at most one interpreter
   account exists: then no spare can serve an interpreter other than the
   one it is charged to.  Sanitizer builds keep none. */
#define METHOD_SPARES_MAX 16
static PyMethodObject *method_spares;
static int method_nspares;

PyObject *
PyMethod_New(PyObject *func, PyObject *self, PyObject *klass)
{
    PyMethodObject *im;

    if (func == NULL || !PyCallable_Check(func)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    im = method_spares;
    if (im != NULL && _PyMem_NumAccounts <= 1) {
        method_spares = (PyMethodObject *)im->im_self;
        method_nspares--;
        (void)PyObject_INIT(im, &PyMethod_Type);
    }
    else {
        im = PyObject_GC_New(PyMethodObject, &PyMethod_Type);
        if (im == NULL)
            return NULL;
    }
    im->im_weakreflist = NULL;
    Py_INCREF(func);
    im->im_func = func;
    Py_XINCREF(self);
    im->im_self = self;
    Py_XINCREF(klass);
    im->im_class = klass;
    _PyObject_GC_TRACK(im);
    return (PyObject *)im;
}

void
PyMethod_Fini(void)
{
    while (method_spares != NULL) {
        PyMethodObject *im = method_spares;
        method_spares = (PyMethodObject *)im->im_self;
        PyObject_GC_Del(im);
    }
    method_nspares = 0;
}

#define IM_OFF(x) offsetof(PyMethodObject, x)

static PyMemberDef instancemethod_memberlist[] = {
    {"im_class", T_OBJECT, IM_OFF(im_class), READONLY | RESTRICTED,
     "the class associated with a method"},
    {"im_func", T_OBJECT, IM_OFF(im_func), READONLY | RESTRICTED,
     "the function (or other callable) implementing a method"},
    {"im_self", T_OBJECT, IM_OFF(im_self), READONLY | RESTRICTED,
     "the instance to which a method is bound; None for unbound methods"},
    {NULL}
};

/* The method's __doc__ is its function's. */
static PyObject *
instancemethod_get_doc(PyMethodObject *im, void *context)
{
    static PyObject *docname = NULL;
    if (interned(&docname, "__doc__") == NULL)
        return NULL;
    return PyObject_GetAttr(im->im_func, docname);
}

static PyGetSetDef instancemethod_getset[] = {
    {"__doc__", (getter)instancemethod_get_doc, NULL, NULL},
    {0}
};

/* Attributes of the method type first, then those of the function. */
static PyObject *
instancemethod_getattro(PyObject *obj, PyObject *name)
{
    PyMethodObject *im = (PyMethodObject *)obj;
    PyTypeObject *tp = obj->ob_type;
    PyObject *descr = NULL;

    if (PyType_HasFeature(tp, Py_TPFLAGS_HAVE_CLASS)) {
        if (tp->tp_dict == NULL && PyType_Ready(tp) < 0)
            return NULL;
        descr = _PyType_Lookup(tp, name);
    }
    if (descr != NULL) {
        descrgetfunc f = PyType_HasFeature(descr->ob_type,
                                           Py_TPFLAGS_HAVE_CLASS)
                         ? descr->ob_type->tp_descr_get : NULL;
        if (f != NULL)
            return f(descr, obj, (PyObject *)obj->ob_type);
        Py_INCREF(descr);
        return descr;
    }
    return PyObject_GetAttr(im->im_func, name);
}

static char instancemethod_doc[] =
"instancemethod(function, instance, class)\n\
\n\
Create an instance method object.";

static PyObject *
instancemethod_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *func, *self, *klass = NULL;

    if (!_PyArg_NoKeywords("instancemethod", kw))
        return NULL;
    if (!PyArg_UnpackTuple(args, "instancemethod", 2, 3,
                           &func, &self, &klass))
        return NULL;
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (self == Py_None)
        self = NULL;
    if (self == NULL && klass == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "unbound methods must have non-NULL im_class");
        return NULL;
    }
    return PyMethod_New(func, self, klass);
}

static void
instancemethod_dealloc(PyMethodObject *im)
{
    _PyObject_GC_UNTRACK(im);
    if (im->im_weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)im);
    Py_DECREF(im->im_func);
    Py_XDECREF(im->im_self);
    Py_XDECREF(im->im_class);
#ifndef Py_ALLOC_MALLOC_ONLY
    if (method_nspares < METHOD_SPARES_MAX && _PyMem_NumAccounts <= 1) {
        im->im_func = NULL;
        im->im_class = NULL;
        im->im_self = (PyObject *)method_spares;
        method_spares = im;
        method_nspares++;
        return;
    }
#endif
    PyObject_GC_Del(im);
}

static int
instancemethod_compare(PyMethodObject *a, PyMethodObject *b)
{
    int c = PyObject_Compare(a->im_func, b->im_func);

    if (c != 0)
        return c;
    if (PyErr_Occurred())
        return -1;
    if (a->im_self == b->im_self)
        return 0;
    if (a->im_self == NULL || b->im_self == NULL)
        return a->im_self < b->im_self ? -1 : 1;
    return PyObject_Compare(a->im_self, b->im_self);
}

/* obj.__name__ as a new string reference, or NULL (no error) if missing
   or not a string. */
static PyObject *
name_of(PyObject *obj, int *failed)
{
    PyObject *name;

    *failed = 0;
    if (obj == NULL)
        return NULL;
    name = PyObject_GetAttr(obj, str_name());
    if (name == NULL) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError))
            PyErr_Clear();
        else
            *failed = 1;
        return NULL;
    }
    if (!PyString_Check(name)) {
        Py_DECREF(name);
        return NULL;
    }
    return name;
}

static PyObject *
instancemethod_repr(PyMethodObject *a)
{
    PyObject *funcname, *klassname = NULL, *res = NULL;
    const char *sfunc, *sklass;
    int failed;

    if (str_name() == NULL)
        return NULL;
    funcname = name_of(a->im_func, &failed);
    if (failed)
        return NULL;
    klassname = name_of(a->im_class, &failed);
    if (failed) {
        Py_XDECREF(funcname);
        return NULL;
    }
    sfunc = funcname ? PyString_AS_STRING(funcname) : "?";
    sklass = klassname ? PyString_AS_STRING(klassname) : "?";
    if (a->im_self == NULL)
        res = PyString_FromFormat("<unbound method %s.%s>", sklass, sfunc);
    else {
        PyObject *selfrepr = PyObject_Repr(a->im_self);
        if (selfrepr != NULL) {
            if (PyString_Check(selfrepr))
                res = PyString_FromFormat("<bound method %s.%s of %s>",
                                          sklass, sfunc,
                                          PyString_AS_STRING(selfrepr));
            else
                PyErr_Format(PyExc_TypeError,
                             "__repr__ returned non-string (type %.200s)",
                             selfrepr->ob_type->tp_name);
            Py_DECREF(selfrepr);
        }
    }
    Py_XDECREF(funcname);
    Py_XDECREF(klassname);
    return res;
}

static long
instancemethod_hash(PyMethodObject *a)
{
    long x, y;

    x = PyObject_Hash(a->im_self == NULL ? Py_None : a->im_self);
    if (x == -1)
        return -1;
    y = PyObject_Hash(a->im_func);
    if (y == -1)
        return -1;
    x ^= y;
    if (x == -1)
        x = -2;
    return x;
}

static int
instancemethod_traverse(PyMethodObject *im, visitproc visit, void *arg)
{
    Py_VISIT(im->im_func);
    Py_VISIT(im->im_self);
    Py_VISIT(im->im_class);
    return 0;
}

/* Copy klass.__name__ (or "?") into buf. */
static void
class_name_into(PyObject *klass, char *buf, size_t size)
{
    int failed;
    PyObject *name = klass ? name_of(klass, &failed) : NULL;

    if (name == NULL) {
        PyErr_Clear();
        snprintf(buf, size, "?");
        return;
    }
    snprintf(buf, size, "%s", PyString_AS_STRING(name));
    Py_DECREF(name);
}

static void
instance_class_name_into(PyObject *inst, char *buf, size_t size)
{
    PyObject *klass;

    if (inst == NULL) {
        snprintf(buf, size, "nothing");
        return;
    }
    klass = PyObject_GetAttr(inst, str_class());
    if (klass == NULL) {
        PyErr_Clear();
        klass = (PyObject *)inst->ob_type;
        Py_INCREF(klass);
    }
    class_name_into(klass, buf, size);
    Py_DECREF(klass);
}

static PyObject *
instancemethod_call(PyObject *func, PyObject *arg, PyObject *kw)
{
    PyMethodObject *im = (PyMethodObject *)func;
    PyObject *self = im->im_self;
    PyObject *callargs, *res;

    if (self == NULL) {
        /* Unbound: the first argument must be an instance of im_class. */
        int ok = 1;
        PyObject *first = PyTuple_GET_SIZE(arg) >= 1
                          ? PyTuple_GET_ITEM(arg, 0) : NULL;
        if (im->im_class != NULL) {
            if (first == NULL)
                ok = 0;
            else {
                ok = PyObject_IsInstance(first, im->im_class);
                if (ok < 0)
                    return NULL;
            }
        }
        if (!ok) {
            char clsbuf[256], instbuf[256];
            class_name_into(im->im_class, clsbuf, sizeof(clsbuf));
            instance_class_name_into(first, instbuf, sizeof(instbuf));
            PyErr_Format(PyExc_TypeError,
                         "unbound method %s%s must be called with "
                         "%s instance as first argument "
                         "(got %s%s instead)",
                         PyEval_GetFuncName(im->im_func),
                         PyEval_GetFuncDesc(im->im_func),
                         clsbuf, instbuf,
                         first == NULL ? "" : " instance");
            return NULL;
        }
        Py_INCREF(arg);
        callargs = arg;
    }
    else {
        Py_ssize_t i, n = PyTuple_GET_SIZE(arg);
        callargs = PyTuple_New(n + 1);
        if (callargs == NULL)
            return NULL;
        Py_INCREF(self);
        PyTuple_SET_ITEM(callargs, 0, self);
        for (i = 0; i < n; i++) {
            PyObject *v = PyTuple_GET_ITEM(arg, i);
            Py_INCREF(v);
            PyTuple_SET_ITEM(callargs, i + 1, v);
        }
    }
    /* Hold the function: the call may drop the last reference to the
       method object. */
    func = im->im_func;
    Py_INCREF(func);
    res = PyObject_Call(func, callargs, kw);
    Py_DECREF(func);
    Py_DECREF(callargs);
    return res;
}

static PyObject *
instancemethod_descr_get(PyObject *meth, PyObject *obj, PyObject *cls)
{
    /* A bound method stays bound; an unbound method is only rebound for
       subclasses of its class. */
    if (PyMethod_GET_SELF(meth) != NULL) {
        Py_INCREF(meth);
        return meth;
    }
    if (PyMethod_GET_CLASS(meth) != NULL && cls != NULL) {
        int ok = PyObject_IsSubclass(cls, PyMethod_GET_CLASS(meth));
        if (ok < 0)
            return NULL;
        if (!ok) {
            Py_INCREF(meth);
            return meth;
        }
    }
    if (obj == Py_None)
        obj = NULL;
    return PyMethod_New(PyMethod_GET_FUNCTION(meth), obj, cls);
}

PyTypeObject PyMethod_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "instancemethod",
    sizeof(PyMethodObject),
    0,
    (destructor)instancemethod_dealloc,         /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    (cmpfunc)instancemethod_compare,            /* tp_compare */
    (reprfunc)instancemethod_repr,              /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)instancemethod_hash,              /* tp_hash */
    instancemethod_call,                        /* tp_call */
    0,                                          /* tp_str */
    instancemethod_getattro,                    /* tp_getattro */
    PyObject_GenericSetAttr,                    /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,    /* tp_flags */
    instancemethod_doc,                         /* tp_doc */
    (traverseproc)instancemethod_traverse,      /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    offsetof(PyMethodObject, im_weakreflist),   /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    instancemethod_memberlist,                  /* tp_members */
    instancemethod_getset,                      /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    instancemethod_descr_get,                   /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    instancemethod_new,                         /* tp_new */
};
