/* Struct sequences: tuples whose items are also named attributes
   (os.stat_result, time.struct_time).  The first n_in_sequence fields
   are the tuple; the others are reachable only by name. */

#include "Python.h"
#include "structmember.h"
#include "structseq.h"

char *PyStructSequence_UnnamedField = "unnamed field";

/* All fields, visible or not, from the instance size of the type. */
static Py_ssize_t
total_fields(PyTypeObject *tp)
{
    return (Py_ssize_t)((tp->tp_basicsize - sizeof(PyStructSequence)) /
                        sizeof(PyObject *)) + 1;
}

static Py_ssize_t
dict_count(PyTypeObject *tp, const char *key)
{
    PyObject *v = tp->tp_dict ? PyDict_GetItemString(tp->tp_dict, key) : NULL;
    return v ? PyInt_AsSsize_t(v) : 0;
}

PyObject *
PyStructSequence_New(PyTypeObject *type)
{
    PyStructSequence *obj;
    Py_ssize_t i, n = total_fields(type);

    obj = PyObject_New(PyStructSequence, type);
    if (obj == NULL)
        return NULL;
    obj->ob_size = dict_count(type, "n_sequence_fields");
    for (i = 0; i < n; i++)
        obj->ob_item[i] = NULL;
    return (PyObject *)obj;
}

static void
structseq_dealloc(PyStructSequence *obj)
{
    Py_ssize_t i, n = total_fields(obj->ob_type);
    for (i = 0; i < n; i++)
        Py_XDECREF(obj->ob_item[i]);
    PyObject_Del(obj);
}

static Py_ssize_t
structseq_length(PyStructSequence *obj)
{
    return obj->ob_size;
}

static PyObject *
structseq_item(PyStructSequence *obj, Py_ssize_t i)
{
    PyObject *v;
    if (i < 0 || i >= obj->ob_size) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    v = obj->ob_item[i];
    if (v == NULL)
        v = Py_None;
    Py_INCREF(v);
    return v;
}

static PyObject *
visible_tuple(PyStructSequence *obj)
{
    Py_ssize_t i, n = obj->ob_size;
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *v = obj->ob_item[i] ? obj->ob_item[i] : Py_None;
        Py_INCREF(v);
        PyTuple_SET_ITEM(t, i, v);
    }
    return t;
}

static PyObject *
structseq_slice(PyStructSequence *obj, Py_ssize_t low, Py_ssize_t high)
{
    PyObject *t, *r;
    t = visible_tuple(obj);
    if (t == NULL)
        return NULL;
    r = PySequence_GetSlice(t, low, high);
    Py_DECREF(t);
    return r;
}

static PyObject *
structseq_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"sequence", "dict", 0};
    PyObject *arg = NULL, *dict = NULL, *seq;
    PyStructSequence *res;
    Py_ssize_t len, min_len, max_len, i, n_unnamed;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:structseq", kwlist,
                                     &arg, &dict))
        return NULL;
    seq = PySequence_Fast(arg, "constructor requires a sequence");
    if (seq == NULL)
        return NULL;
    if (dict != NULL && dict != Py_None && !PyDict_Check(dict)) {
        PyErr_Format(PyExc_TypeError,
                     "%.500s() takes a dict as second arg, if any",
                     type->tp_name);
        Py_DECREF(seq);
        return NULL;
    }
    len = PySequence_Fast_GET_SIZE(seq);
    min_len = dict_count(type, "n_sequence_fields");
    max_len = dict_count(type, "n_fields");
    n_unnamed = dict_count(type, "n_unnamed_fields");
    if (min_len > len) {
        if (min_len == max_len)
            PyErr_Format(PyExc_TypeError,
                         "%.500s() takes a %zd-sequence (%zd-sequence given)",
                         type->tp_name, min_len, len);
        else
            PyErr_Format(PyExc_TypeError,
                         "%.500s() takes an at least %zd-sequence (%zd-sequence given)",
                         type->tp_name, min_len, len);
        Py_DECREF(seq);
        return NULL;
    }
    if (len > max_len) {
        if (min_len == max_len)
            PyErr_Format(PyExc_TypeError,
                         "%.500s() takes a %zd-sequence (%zd-sequence given)",
                         type->tp_name, min_len, len);
        else
            PyErr_Format(PyExc_TypeError,
                         "%.500s() takes an at most %zd-sequence (%zd-sequence given)",
                         type->tp_name, max_len, len);
        Py_DECREF(seq);
        return NULL;
    }
    res = (PyStructSequence *)PyStructSequence_New(type);
    if (res == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    for (i = 0; i < len; i++) {
        PyObject *v = PySequence_Fast_GET_ITEM(seq, i);
        Py_INCREF(v);
        res->ob_item[i] = v;
    }
    for (; i < max_len; i++) {
        PyObject *v = NULL;
        if (dict != NULL && dict != Py_None && type->tp_members != NULL) {
            const char *name = type->tp_members[i - n_unnamed].name;
            v = PyDict_GetItemString(dict, name);
        }
        if (v == NULL)
            v = Py_None;
        Py_INCREF(v);
        res->ob_item[i] = v;
    }
    Py_DECREF(seq);
    return (PyObject *)res;
}

static PyObject *
structseq_repr(PyStructSequence *obj)
{
    PyObject *t = visible_tuple(obj), *r;
    if (t == NULL)
        return NULL;
    r = PyObject_Repr(t);
    Py_DECREF(t);
    return r;
}

static PyObject *
structseq_concat(PyStructSequence *obj, PyObject *b)
{
    PyObject *t = visible_tuple(obj), *r;
    if (t == NULL)
        return NULL;
    r = PySequence_Concat(t, b);
    Py_DECREF(t);
    return r;
}

static PyObject *
structseq_repeat(PyStructSequence *obj, Py_ssize_t n)
{
    PyObject *t = visible_tuple(obj), *r;
    if (t == NULL)
        return NULL;
    r = PySequence_Repeat(t, n);
    Py_DECREF(t);
    return r;
}

static int
structseq_contains(PyStructSequence *obj, PyObject *o)
{
    PyObject *t = visible_tuple(obj);
    int r;
    if (t == NULL)
        return -1;
    r = PySequence_Contains(t, o);
    Py_DECREF(t);
    return r;
}

static long
structseq_hash(PyObject *obj)
{
    PyObject *t = visible_tuple((PyStructSequence *)obj);
    long h;
    if (t == NULL)
        return -1;
    h = PyObject_Hash(t);
    Py_DECREF(t);
    return h;
}

static PyObject *
structseq_richcompare(PyObject *obj, PyObject *o2, int op)
{
    PyObject *t, *o, *r;
    if (!PySequence_Check(o2) || !PyObject_TypeCheck(obj, obj->ob_type)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    t = visible_tuple((PyStructSequence *)obj);
    if (t == NULL)
        return NULL;
    if (PyTuple_Check(o2) || !PyObject_TypeCheck(o2, obj->ob_type)) {
        o = o2;
        Py_INCREF(o);
    }
    else
        o = visible_tuple((PyStructSequence *)o2);
    if (o == NULL) {
        Py_DECREF(t);
        return NULL;
    }
    r = PyObject_RichCompare(t, o, op);
    Py_DECREF(t);
    Py_DECREF(o);
    return r;
}

static PyObject *
structseq_reduce(PyStructSequence *self)
{
    PyObject *tup, *dict, *result;
    Py_ssize_t n_fields = dict_count(self->ob_type, "n_fields");
    Py_ssize_t n_visible = self->ob_size;
    Py_ssize_t n_unnamed = dict_count(self->ob_type, "n_unnamed_fields");
    Py_ssize_t i;

    tup = visible_tuple(self);
    if (tup == NULL)
        return NULL;
    dict = PyDict_New();
    if (dict == NULL) {
        Py_DECREF(tup);
        return NULL;
    }
    for (i = n_visible; i < n_fields; i++) {
        const char *name = self->ob_type->tp_members[i - n_unnamed].name;
        PyObject *v = self->ob_item[i] ? self->ob_item[i] : Py_None;
        if (PyDict_SetItemString(dict, name, v) < 0) {
            Py_DECREF(tup);
            Py_DECREF(dict);
            return NULL;
        }
    }
    result = Py_BuildValue("(O(OO))", self->ob_type, tup, dict);
    Py_DECREF(tup);
    Py_DECREF(dict);
    return result;
}

static PySequenceMethods structseq_as_sequence = {
    (lenfunc)structseq_length,
    (binaryfunc)structseq_concat,
    (ssizeargfunc)structseq_repeat,
    (ssizeargfunc)structseq_item,
    (ssizessizeargfunc)structseq_slice,
    0,
    0,
    (objobjproc)structseq_contains,
};

static PyMethodDef structseq_methods[] = {
    {"__reduce__", (PyCFunction)structseq_reduce, METH_NOARGS, NULL},
    {NULL, NULL}
};

static PyTypeObject structseq_template = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    NULL,                               /* tp_name */
    0,                                  /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)structseq_dealloc,      /* tp_dealloc */
    0, 0, 0, 0,
    (reprfunc)structseq_repr,           /* tp_repr */
    0,
    &structseq_as_sequence,             /* tp_as_sequence */
    0,
    structseq_hash,                     /* tp_hash */
    0, 0, 0, 0, 0,
    Py_TPFLAGS_DEFAULT,                 /* tp_flags */
    NULL,                               /* tp_doc */
    0, 0,
    structseq_richcompare,              /* tp_richcompare */
    0, 0, 0,
    structseq_methods,                  /* tp_methods */
    NULL,                               /* tp_members */
    0, 0, 0, 0, 0, 0, 0, 0,
    structseq_new,                      /* tp_new */
};

void
PyStructSequence_InitType(PyTypeObject *type, PyStructSequence_Desc *desc)
{
    PyMemberDef *members;
    int n_members = 0, n_unnamed = 0, i, k;

    if (type->tp_flags & Py_TPFLAGS_READY)
        return;   /* static types are set up once per process */

    for (i = 0; desc->fields[i].name != NULL; i++) {
        if (desc->fields[i].name == PyStructSequence_UnnamedField)
            n_unnamed++;
        n_members++;
    }

    memcpy(type, &structseq_template, sizeof(PyTypeObject));
    type->tp_name = desc->name;
    type->tp_doc = desc->doc;
    type->tp_basicsize = sizeof(PyStructSequence) +
                         sizeof(PyObject *) * (n_members - 1);
    type->tp_itemsize = 0;

    members = (PyMemberDef *)PyMem_RawMalloc(
        sizeof(PyMemberDef) * (n_members - n_unnamed + 1));
    if (members == NULL)
        return;
    for (i = k = 0; i < n_members; i++) {
        if (desc->fields[i].name == PyStructSequence_UnnamedField)
            continue;
        members[k].name = desc->fields[i].name;
        members[k].type = T_OBJECT;
        members[k].offset = offsetof(PyStructSequence, ob_item) +
                            i * sizeof(PyObject *);
        members[k].flags = READONLY;
        members[k].doc = desc->fields[i].doc;
        k++;
    }
    members[k].name = NULL;
    type->tp_members = members;

    if (PyType_Ready(type) < 0)
        return;
    Py_INCREF(type);
    {
        PyObject *d = type->tp_dict, *v;
        v = PyInt_FromLong((long)desc->n_in_sequence);
        if (v != NULL) {
            PyDict_SetItemString(d, "n_sequence_fields", v);
            Py_DECREF(v);
        }
        v = PyInt_FromLong((long)n_members);
        if (v != NULL) {
            PyDict_SetItemString(d, "n_fields", v);
            Py_DECREF(v);
        }
        v = PyInt_FromLong((long)n_unnamed);
        if (v != NULL) {
            PyDict_SetItemString(d, "n_unnamed_fields", v);
            Py_DECREF(v);
        }
    }
}
