/* Module objects: little more than a namespace dict with a name. */

#include "Python.h"
#include "structmember.h"

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

typedef struct {
    PyObject_HEAD
    PyObject *md_dict;
} PyModuleObject;

static PyMemberDef module_members[] = {
    {"__dict__", T_OBJECT, offsetof(PyModuleObject, md_dict), READONLY},
    {0}
};

/* Store __name__ and __doc__ in a module dict. */
static int
module_set_name_doc(PyObject *dict, PyObject *name, PyObject *doc)
{
    if (PyDict_SetItemString(dict, "__name__", name) < 0)
        return -1;
    if (PyDict_SetItemString(dict, "__doc__", doc) < 0)
        return -1;
    return 0;
}

PyObject *
PyModule_New(const char *name)
{
    PyModuleObject *m;
    PyObject *nameobj;

    m = PyObject_GC_New(PyModuleObject, &PyModule_Type);
    if (m == NULL)
        return NULL;
    m->md_dict = NULL;
    nameobj = PyString_FromString(name);
    if (nameobj == NULL)
        goto fail;
    m->md_dict = PyDict_New();
    if (m->md_dict == NULL ||
        module_set_name_doc(m->md_dict, nameobj, Py_None) < 0) {
        Py_DECREF(nameobj);
        goto fail;
    }
    Py_DECREF(nameobj);
    PyObject_GC_Track(m);
    return (PyObject *)m;

fail:
    Py_DECREF(m);
    return NULL;
}

PyObject *
PyModule_GetDict(PyObject *m)
{
    PyModuleObject *mod = (PyModuleObject *)m;

    if (!PyModule_Check(m)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (mod->md_dict == NULL)
        mod->md_dict = PyDict_New();
    return mod->md_dict;    /* borrowed */
}

/* Fetch a string entry of the module dict; NULL and SystemError(msg) if
   it is missing or not a string. */
static char *
module_string_entry(PyObject *m, const char *key, const char *msg)
{
    PyObject *d, *v;

    if (!PyModule_Check(m)) {
        PyErr_BadArgument();
        return NULL;
    }
    d = ((PyModuleObject *)m)->md_dict;
    if (d == NULL || (v = PyDict_GetItemString(d, key)) == NULL ||
        !PyString_Check(v)) {
        PyErr_SetString(PyExc_SystemError, msg);
        return NULL;
    }
    return PyString_AsString(v);
}

char *
PyModule_GetName(PyObject *m)
{
    return module_string_entry(m, "__name__", "nameless module");
}

char *
PyModule_GetFilename(PyObject *m)
{
    return module_string_entry(m, "__file__", "module filename missing");
}

/* Called when a module dies or at interpreter teardown: replace the
   module's globals by None so that reference cycles through functions'
   func_globals are broken.  Names starting with a single underscore go
   first (so that e.g. a module's private helpers outlive nothing that
   needs them), then everything else; __builtins__ stays. */
void
_PyModule_Clear(PyObject *m)
{
    Py_ssize_t pos;
    PyObject *key, *value;
    PyObject *d;
    int pass;

    d = ((PyModuleObject *)m)->md_dict;
    if (d == NULL)
        return;

    for (pass = 0; pass < 2; pass++) {
        pos = 0;
        while (PyDict_Next(d, &pos, &key, &value)) {
            const char *s;
            if (value == Py_None || !PyString_Check(key))
                continue;
            s = PyString_AS_STRING(key);
            if (pass == 0) {
                if (s[0] != '_' || s[1] == '_')
                    continue;
            }
            else if (strcmp(s, "__builtins__") == 0)
                continue;
            if (Py_VerboseFlag > 1)
                PySys_WriteStderr("#   clear[%d] %s\n", pass + 1, s);
            /* Replacing a value of an existing key does not resize the
               dict, so iteration can continue. */
            PyDict_SetItem(d, key, Py_None);
        }
    }
}

static int
module_init(PyModuleObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "doc", NULL};
    PyObject *dict, *name = Py_None, *doc = Py_None;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "S|O:module.__init__",
                                     kwlist, &name, &doc))
        return -1;
    dict = m->md_dict;
    if (dict == NULL) {
        dict = PyDict_New();
        if (dict == NULL)
            return -1;
        m->md_dict = dict;
    }
    return module_set_name_doc(dict, name, doc);
}

static void
module_dealloc(PyModuleObject *m)
{
    PyObject_GC_UnTrack(m);
    if (m->md_dict != NULL) {
        _PyModule_Clear((PyObject *)m);
        Py_DECREF(m->md_dict);
    }
    m->ob_type->tp_free((PyObject *)m);
}

static PyObject *
module_repr(PyModuleObject *m)
{
    char *name, *filename;

    name = PyModule_GetName((PyObject *)m);
    if (name == NULL) {
        PyErr_Clear();
        name = "?";
    }
    filename = PyModule_GetFilename((PyObject *)m);
    if (filename == NULL) {
        PyErr_Clear();
        return PyString_FromFormat("<module '%s' (built-in)>", name);
    }
    return PyString_FromFormat("<module '%s' from '%s'>", name, filename);
}

static int
module_traverse(PyModuleObject *m, visitproc visit, void *arg)
{
    Py_VISIT(m->md_dict);
    return 0;
}

PyDoc_STRVAR(module_doc,
"module(name[, doc])\n\
\n\
Create a module object.\n\
The name must be a string; the optional doc argument can have any type.");

PyTypeObject PyModule_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                          /* ob_size */
    "module",                                   /* tp_name */
    sizeof(PyModuleObject),                     /* tp_basicsize */
    0,                                          /* tp_itemsize */
    (destructor)module_dealloc,                 /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)module_repr,                      /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    0,                                          /* tp_call */
    0,                                          /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    PyObject_GenericSetAttr,                    /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    module_doc,                                 /* tp_doc */
    (traverseproc)module_traverse,              /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    module_members,                             /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    offsetof(PyModuleObject, md_dict),          /* tp_dictoffset */
    (initproc)module_init,                      /* tp_init */
    PyType_GenericAlloc,                        /* tp_alloc */
    PyType_GenericNew,                          /* tp_new */
    PyObject_GC_Del,                            /* tp_free */
};
