/* PyCObject: an opaque C pointer wrapped as a Python object, so that one
   extension module can publish a table of C functions for another. */

#include "Python.h"

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

typedef void (*cobj_free1)(void *);
typedef void (*cobj_free2)(void *, void *);

typedef struct {
    PyObject_HEAD
    void *ptr;          /* the wrapped pointer (may be NULL) */
    void *desc;         /* optional description handed to the destructor */
    void (*destroy)(void *);    /* cobj_free1, or cobj_free2 if desc set */
} CObjectRecord;

static CObjectRecord *
cobject_alloc(void *ptr, void *desc, void (*destroy)(void *))
{
    CObjectRecord *rec = PyObject_NEW(CObjectRecord, &PyCObject_Type);
    if (rec == NULL)
        return NULL;
    rec->ptr = ptr;
    rec->desc = desc;
    rec->destroy = destroy;
    return rec;
}

PyObject *
PyCObject_FromVoidPtr(void *cobj, void (*destruct)(void *))
{
    return (PyObject *)cobject_alloc(cobj, NULL, destruct);
}

PyObject *
PyCObject_FromVoidPtrAndDesc(void *cobj, void *desc,
                             void (*destruct)(void *, void *))
{
    if (desc == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "PyCObject_FromVoidPtrAndDesc called with null"
                        " description");
        return NULL;
    }
    return (PyObject *)cobject_alloc(cobj, desc, (cobj_free1)destruct);
}

void *
PyCObject_AsVoidPtr(PyObject *self)
{
    if (self == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError,
                            "PyCObject_AsVoidPtr called with null pointer");
        return NULL;
    }
    if (!PyCObject_Check(self)) {
        PyErr_SetString(PyExc_TypeError,
                        "PyCObject_AsVoidPtr with non-C-object");
        return NULL;
    }
    return ((CObjectRecord *)self)->ptr;
}

void *
PyCObject_GetDesc(PyObject *self)
{
    if (self == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError,
                            "PyCObject_GetDesc called with null pointer");
        return NULL;
    }
    if (!PyCObject_Check(self)) {
        PyErr_SetString(PyExc_TypeError,
                        "PyCObject_GetDesc with non-C-object");
        return NULL;
    }
    return ((CObjectRecord *)self)->desc;
}

void *
PyCObject_Import(char *module_name, char *name)
{
    PyObject *module, *attr;
    void *result = NULL;

    module = PyImport_ImportModule(module_name);
    if (module == NULL)
        return NULL;
    attr = PyObject_GetAttrString(module, name);
    Py_DECREF(module);
    if (attr != NULL) {
        result = PyCObject_AsVoidPtr(attr);
        Py_DECREF(attr);
    }
    return result;
}

int
PyCObject_SetVoidPtr(PyObject *self, void *cobj)
{
    /* Replacing the pointer under a destructor would free the wrong block. */
    if (self == NULL || !PyCObject_Check(self) ||
        ((CObjectRecord *)self)->destroy != NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "Invalid call to PyCObject_SetVoidPtr");
        return 0;
    }
    ((CObjectRecord *)self)->ptr = cobj;
    return 1;
}

static void
cobject_dealloc(PyObject *op)
{
    CObjectRecord *rec = (CObjectRecord *)op;

    if (rec->destroy != NULL) {
        if (rec->desc != NULL)
            ((cobj_free2)rec->destroy)(rec->ptr, rec->desc);
        else
            rec->destroy(rec->ptr);
    }
    PyObject_DEL(op);
}

PyDoc_STRVAR(cobject_doc,
"C objects hold a C pointer so that extension modules can share C-level\n\
interfaces.  They are created from C only; Python code can just pass\n\
them around.");

PyTypeObject PyCObject_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                  /* ob_size */
    "PyCObject",                        /* tp_name */
    sizeof(CObjectRecord),              /* tp_basicsize */
    0,                                  /* tp_itemsize */
    cobject_dealloc,                    /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    0,                                  /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    0,                                  /* tp_flags */
    cobject_doc,                        /* tp_doc */
};
