/* The _weakref module: the C half of weakref.py. */

#include "Python.h"
#include "sandbox.h"

#define LIST_HEAD_OF(o) ((PyWeakReference **)PyObject_GET_WEAKREFS_LISTPTR(o))

static char getweakrefcount_doc[] =
"getweakrefcount(object) -- return the number of weak references\n"
"to 'object'.";

static PyObject *
weakref_getweakrefcount(PyObject *self, PyObject *object)
{
    Py_ssize_t n = 0;
    PyWeakReference *cur;

    if (PyType_SUPPORTS_WEAKREFS(object->ob_type))
        for (cur = *LIST_HEAD_OF(object); cur != NULL; cur = cur->wr_next)
            if (!_PySandbox_IsForeign((PyObject *)cur))
                n++;
    return PyInt_FromSsize_t(n);
}

static char getweakrefs_doc[] =
"getweakrefs(object) -- return a list of all weak reference objects\n"
"that point to 'object'.";

static PyObject *
weakref_getweakrefs(PyObject *self, PyObject *object)
{
    PyObject *result;
    PyWeakReference *cur;

    result = PyList_New(0);
    if (result == NULL || !PyType_SUPPORTS_WEAKREFS(object->ob_type))
        return result;
    /* A sandbox sees only its own weak references: those of other
       interpreters to a shared object (a static type) are theirs. */
    for (cur = *LIST_HEAD_OF(object); cur != NULL; cur = cur->wr_next) {
        if (_PySandbox_IsForeign((PyObject *)cur))
            continue;
        if (PyList_Append(result, (PyObject *)cur) < 0) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static char proxy_doc[] =
"proxy(object[, callback]) -- create a proxy object that weakly\n"
"references 'object'.  'callback', if given, is called with a\n"
"reference to the proxy when 'object' is about to be finalized.";

static PyObject *
weakref_proxy(PyObject *self, PyObject *args)
{
    PyObject *object, *callback = NULL;

    if (!PyArg_UnpackTuple(args, "proxy", 1, 2, &object, &callback))
        return NULL;
    return PyWeakref_NewProxy(object, callback);
}

static PyMethodDef weakref_functions[] = {
    {"getweakrefcount", weakref_getweakrefcount, METH_O,
     getweakrefcount_doc},
    {"getweakrefs", weakref_getweakrefs, METH_O, getweakrefs_doc},
    {"proxy", weakref_proxy, METH_VARARGS, proxy_doc},
    {NULL, NULL, 0, NULL}
};

static int
add_type(PyObject *m, const char *name, PyTypeObject *type)
{
    Py_INCREF(type);
    if (PyModule_AddObject(m, name, (PyObject *)type) < 0)
        return -1;
    return 0;
}

PyMODINIT_FUNC
init_weakref(void)
{
    PyObject *m;

    m = Py_InitModule3("_weakref", weakref_functions,
                       "Weak-reference support module.");
    if (m == NULL)
        return;
    if (add_type(m, "ref", &_PyWeakref_RefType) < 0 ||
        add_type(m, "ReferenceType", &_PyWeakref_RefType) < 0 ||
        add_type(m, "ProxyType", &_PyWeakref_ProxyType) < 0 ||
        add_type(m, "CallableProxyType",
                 &_PyWeakref_CallableProxyType) < 0)
        return;
}
