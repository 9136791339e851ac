/* Cell objects: one mutable slot shared by a function and the functions
   nested inside it that refer to the same variable. */

#include "Python.h"

PyObject *
PyCell_New(PyObject *obj)
{
    PyCellObject *cell;

    cell = PyObject_GC_New(PyCellObject, &PyCell_Type);
    if (cell == NULL)
        return NULL;
    Py_XINCREF(obj);
    cell->ob_ref = obj;
    _PyObject_GC_TRACK(cell);
    return (PyObject *)cell;
}

PyObject *
PyCell_Get(PyObject *op)
{
    PyObject *v;

    if (op == NULL || !PyCell_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    v = ((PyCellObject *)op)->ob_ref;
    Py_XINCREF(v);
    return v;
}

int
PyCell_Set(PyObject *op, PyObject *obj)
{
    PyObject *old;

    if (op == NULL || !PyCell_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    old = ((PyCellObject *)op)->ob_ref;
    Py_XINCREF(obj);
    ((PyCellObject *)op)->ob_ref = obj;
    Py_XDECREF(old);
    return 0;
}

static void
cell_dealloc(PyCellObject *cell)
{
    _PyObject_GC_UNTRACK(cell);
    Py_XDECREF(cell->ob_ref);
    PyObject_GC_Del(cell);
}

/* Empty cells order before full ones; full cells compare by content. */
static int
cell_compare(PyCellObject *a, PyCellObject *b)
{
    if (a->ob_ref == NULL)
        return b->ob_ref == NULL ? 0 : -1;
    if (b->ob_ref == NULL)
        return 1;
    return PyObject_Compare(a->ob_ref, b->ob_ref);
}

static PyObject *
cell_repr(PyCellObject *cell)
{
    if (cell->ob_ref == NULL)
        return PyString_FromFormat("<cell at %p: empty>", (void *)cell);
    return PyString_FromFormat("<cell at %p: %.80s object at %p>",
                               (void *)cell, cell->ob_ref->ob_type->tp_name,
                               (void *)cell->ob_ref);
}

static int
cell_traverse(PyCellObject *cell, visitproc visit, void *arg)
{
    Py_VISIT(cell->ob_ref);
    return 0;
}

static int
cell_clear(PyCellObject *cell)
{
    Py_CLEAR(cell->ob_ref);
    return 0;
}

static PyObject *
cell_get_contents(PyCellObject *cell, void *closure)
{
    if (cell->ob_ref == NULL) {
        PyErr_SetString(PyExc_ValueError, "Cell is empty");
        return NULL;
    }
    Py_INCREF(cell->ob_ref);
    return cell->ob_ref;
}

static PyGetSetDef cell_getsetlist[] = {
    {"cell_contents", (getter)cell_get_contents, NULL, NULL},
    {NULL}
};

PyTypeObject PyCell_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                      /* ob_size */
    "cell",                                 /* tp_name */
    sizeof(PyCellObject),                   /* tp_basicsize */
    0,                                      /* tp_itemsize */
    (destructor)cell_dealloc,               /* tp_dealloc */
    0,                                      /* tp_print */
    0,                                      /* tp_getattr */
    0,                                      /* tp_setattr */
    (cmpfunc)cell_compare,                  /* tp_compare */
    (reprfunc)cell_repr,                    /* tp_repr */
    0,                                      /* tp_as_number */
    0,                                      /* tp_as_sequence */
    0,                                      /* tp_as_mapping */
    0,                                      /* tp_hash */
    0,                                      /* tp_call */
    0,                                      /* tp_str */
    PyObject_GenericGetAttr,                /* tp_getattro */
    0,                                      /* tp_setattro */
    0,                                      /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    0,                                      /* tp_doc */
    (traverseproc)cell_traverse,            /* tp_traverse */
    (inquiry)cell_clear,                    /* tp_clear */
    0,                                      /* tp_richcompare */
    0,                                      /* tp_weaklistoffset */
    0,                                      /* tp_iter */
    0,                                      /* tp_iternext */
    0,                                      /* tp_methods */
    0,                                      /* tp_members */
    cell_getsetlist,                        /* tp_getset */
};
