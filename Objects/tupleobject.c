/* The tuple type: fixed-size immutable sequences.

   Items live inline after the header.  The empty tuple is one shared,
   immortal object, allocated on the process account the first time it is
   asked for and never tracked by the cycle collector (it holds nothing,
   and the collector's lists are per interpreter). */

#include "Python.h"

static PyTupleObject *shared_empty = NULL;

static PyObject *
get_empty_tuple(void)
{
    if (shared_empty == NULL) {
        PyMemAccount *saved = _PyMem_SetCurrentAccount(NULL);
        PyTupleObject *t = PyObject_GC_NewVar(PyTupleObject, &PyTuple_Type, 0);
        _PyMem_SetCurrentAccount(saved);
        if (t == NULL)
            return NULL;
        t->ob_size = 0;
        /* one extra reference keeps it alive forever */
        Py_INCREF(t);
        shared_empty = t;
    }
    Py_INCREF(shared_empty);
    return (PyObject *)shared_empty;
}

/* Spare tuples of 1 to TUPLE_SPARE_SIZES items (argument tuples of C
   calls come and go constantly): dead ones are kept, untracked and
   linked through ob_item[0], a bounded number per size.  As for spare
   frames (Objects/frameobject.c), only while at most one interpreter
   account exists, so that no spare serves an interpreter other than
   the one it is charged to.  Sanitizer builds keep none. */
#define TUPLE_SPARE_SIZES 4
#define TUPLE_SPARES_MAX 64
static PyTupleObject *tuple_spares[TUPLE_SPARE_SIZES + 1];
static int tuple_nspares[TUPLE_SPARE_SIZES + 1];

PyObject *
PyTuple_New(Py_ssize_t size)
{
    PyTupleObject *t;
    Py_ssize_t i;

    if (size < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (size == 0)
        return get_empty_tuple();
    if (size <= TUPLE_SPARE_SIZES && (t = tuple_spares[size]) != NULL &&
        _PyMem_NumAccounts <= 1) {
        tuple_spares[size] = (PyTupleObject *)t->ob_item[0];
        tuple_nspares[size]--;
        (void)PyObject_INIT_VAR(t, &PyTuple_Type, size);
        for (i = 0; i < size; i++)
            t->ob_item[i] = NULL;
        _PyObject_GC_TRACK(t);
        return (PyObject *)t;
    }
    if (size > (PY_SSIZE_T_MAX - (Py_ssize_t)sizeof(PyTupleObject)
                - (Py_ssize_t)sizeof(PyGC_Head)) / (Py_ssize_t)sizeof(PyObject *))
        return PyErr_NoMemory();
    t = PyObject_GC_NewVar(PyTupleObject, &PyTuple_Type, size);
    if (t == NULL)
        return NULL;
    t->ob_size = size;
    for (i = 0; i < size; i++)
        t->ob_item[i] = NULL;
    _PyObject_GC_TRACK(t);
    return (PyObject *)t;
}

PyObject *
_PyTuple_FromArray(PyObject *const *items, Py_ssize_t n)
{
    PyObject *t = PyTuple_New(n);
    Py_ssize_t i;

    if (t == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        Py_INCREF(items[i]);
        PyTuple_SET_ITEM(t, i, items[i]);
    }
    return t;
}

Py_ssize_t
PyTuple_Size(PyObject *op)
{
    if (op == NULL || !PyTuple_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PyTupleObject *)op)->ob_size;
}

PyObject *
PyTuple_GetItem(PyObject *op, Py_ssize_t i)
{
    if (op == NULL || !PyTuple_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (i < 0 || i >= ((PyTupleObject *)op)->ob_size) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return ((PyTupleObject *)op)->ob_item[i];
}

int
PyTuple_SetItem(PyObject *op, Py_ssize_t i, PyObject *newitem)
{
    PyObject *old;

    /* Only the sole owner of a tuple (its creator) may fill it in. */
    if (op == NULL || !PyTuple_Check(op) || op->ob_refcnt != 1) {
        Py_XDECREF(newitem);
        PyErr_BadInternalCall();
        return -1;
    }
    if (i < 0 || i >= ((PyTupleObject *)op)->ob_size) {
        Py_XDECREF(newitem);
        PyErr_SetString(PyExc_IndexError,
                        "tuple assignment index out of range");
        return -1;
    }
    /* The collector may have untracked it while it held only atomic
       items (Modules/gcmodule.c): it must see the tuple again now. */
    if (newitem != NULL && !_PyObject_GC_IS_TRACKED(op) &&
        _PyObject_GC_MAY_BE_TRACKED(newitem))
        _PyObject_GC_TRACK(op);
    old = ((PyTupleObject *)op)->ob_item[i];
    ((PyTupleObject *)op)->ob_item[i] = newitem;
    Py_XDECREF(old);
    return 0;
}

PyObject *
PyTuple_Pack(Py_ssize_t n, ...)
{
    Py_ssize_t i;
    PyObject *result, *o;
    va_list ap;

    result = PyTuple_New(n);
    if (result == NULL)
        return NULL;
    va_start(ap, n);
    for (i = 0; i < n; i++) {
        o = va_arg(ap, PyObject *);
        Py_INCREF(o);
        PyTuple_SET_ITEM(result, i, o);
    }
    va_end(ap);
    return result;
}

static void
tuple_dealloc(PyTupleObject *op)
{
    Py_ssize_t n = op->ob_size;

    if (op == shared_empty) {
        /* Unbalanced DECREFs from buggy extensions: never free it. */
        op->ob_refcnt = 1;
        return;
    }
    PyObject_GC_UnTrack(op);
    Py_TRASHCAN_SAFE_BEGIN(op)
    while (--n >= 0)
        Py_XDECREF(op->ob_item[n]);
#ifndef Py_ALLOC_MALLOC_ONLY
    n = op->ob_size;
    if (n >= 1 && n <= TUPLE_SPARE_SIZES && op->ob_type == &PyTuple_Type &&
        tuple_nspares[n] < TUPLE_SPARES_MAX && _PyMem_NumAccounts <= 1) {
        op->ob_item[0] = (PyObject *)tuple_spares[n];
        tuple_spares[n] = op;
        tuple_nspares[n]++;
    }
    else
#endif
        op->ob_type->tp_free((PyObject *)op);
    Py_TRASHCAN_SAFE_END(op)
}

static PyObject *
tuple_repr(PyTupleObject *v)
{
    Py_ssize_t i, n = v->ob_size;
    PyObject *parts, *sep, *s, *result = NULL;
    int status;

    if (n == 0)
        return PyString_FromString("()");
    /* a tuple can reach itself through a mutable item */
    status = Py_ReprEnter((PyObject *)v);
    if (status != 0)
        return status > 0 ? PyString_FromString("(...)") : NULL;
    parts = PyTuple_New(n);
    if (parts == NULL) {
        Py_ReprLeave((PyObject *)v);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" while getting the repr of an object")) {
        Py_DECREF(parts);
        Py_ReprLeave((PyObject *)v);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        s = PyObject_Repr(v->ob_item[i]);
        if (s == NULL)
            goto done;
        PyTuple_SET_ITEM(parts, i, s);
    }
    sep = PyString_FromString(", ");
    if (sep == NULL)
        goto done;
    s = _PyString_Join(sep, parts);
    Py_DECREF(sep);
    if (s == NULL)
        goto done;
    if (n == 1)
        result = PyString_FromFormat("(%s,)", PyString_AS_STRING(s));
    else
        result = PyString_FromFormat("(%s)", PyString_AS_STRING(s));
    Py_DECREF(s);
done:
    Py_LeaveRecursiveCall();
    Py_DECREF(parts);
    Py_ReprLeave((PyObject *)v);
    return result;
}

/* The 2.5 tuple hash: a multiplier that changes with the position, so
   (a, b) and (b, a) differ.  Arithmetic wraps like C longs. */
static long
tuple_hash(PyTupleObject *v)
{
    unsigned long acc = 0x345678UL, mult = 1000003UL;
    Py_ssize_t left = v->ob_size;
    PyObject **p = v->ob_item;
    long h;

    if (Py_EnterRecursiveCall(" while hashing a tuple"))
        return -1;
    while (--left >= 0) {
        h = PyObject_Hash(*p++);
        if (h == -1) {
            Py_LeaveRecursiveCall();
            return -1;
        }
        acc = (acc ^ (unsigned long)h) * mult;
        mult += (unsigned long)(82520L + left + left);
    }
    Py_LeaveRecursiveCall();
    acc += 97531UL;
    h = (long)acc;
    if (h == -1)
        h = -2;
    return h;
}

static Py_ssize_t
tuple_length(PyTupleObject *a)
{
    return a->ob_size;
}

static int
tuple_contains(PyTupleObject *a, PyObject *el)
{
    Py_ssize_t i;
    int r = 0;

    for (i = 0; r == 0 && i < a->ob_size; i++)
        r = PyObject_RichCompareBool(el, a->ob_item[i], Py_EQ);
    return r;
}

static PyObject *
tuple_item(PyTupleObject *a, Py_ssize_t i)
{
    if (i < 0 || i >= a->ob_size) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    Py_INCREF(a->ob_item[i]);
    return a->ob_item[i];
}

static PyObject *
tuple_slice(PyTupleObject *a, Py_ssize_t lo, Py_ssize_t hi)
{
    PyTupleObject *r;
    Py_ssize_t k;

    if (lo < 0)
        lo = 0;
    if (hi > a->ob_size)
        hi = a->ob_size;
    if (hi < lo)
        hi = lo;
    if (lo == 0 && hi == a->ob_size && PyTuple_CheckExact(a)) {
        Py_INCREF(a);
        return (PyObject *)a;
    }
    r = (PyTupleObject *)PyTuple_New(hi - lo);
    if (r == NULL)
        return NULL;
    for (k = 0; k < hi - lo; k++) {
        PyObject *o = a->ob_item[lo + k];
        Py_INCREF(o);
        r->ob_item[k] = o;
    }
    return (PyObject *)r;
}

PyObject *
PyTuple_GetSlice(PyObject *op, Py_ssize_t i, Py_ssize_t j)
{
    if (op == NULL || !PyTuple_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return tuple_slice((PyTupleObject *)op, i, j);
}

static PyObject *
tuple_concat(PyTupleObject *a, PyObject *bb)
{
    PyTupleObject *b, *r;
    Py_ssize_t size, i;

    if (!PyTuple_Check(bb)) {
        PyErr_Format(PyExc_TypeError,
                     "can only concatenate tuple (not \"%.200s\") to tuple",
                     bb->ob_type->tp_name);
        return NULL;
    }
    b = (PyTupleObject *)bb;
    if (b->ob_size > PY_SSIZE_T_MAX - a->ob_size)
        return PyErr_NoMemory();
    size = a->ob_size + b->ob_size;
    if (_PyMem_CheckAvailable((size_t)size * sizeof(PyObject *)) < 0)
        return NULL;
    r = (PyTupleObject *)PyTuple_New(size);
    if (r == NULL)
        return NULL;
    for (i = 0; i < a->ob_size; i++) {
        Py_INCREF(a->ob_item[i]);
        r->ob_item[i] = a->ob_item[i];
    }
    for (i = 0; i < b->ob_size; i++) {
        Py_INCREF(b->ob_item[i]);
        r->ob_item[a->ob_size + i] = b->ob_item[i];
    }
    return (PyObject *)r;
}

static PyObject *
tuple_repeat(PyTupleObject *a, Py_ssize_t n)
{
    PyTupleObject *r;
    Py_ssize_t size, i, j;
    PyObject **dst;

    if (n < 0)
        n = 0;
    if (a->ob_size == 0 || n == 1) {
        if (PyTuple_CheckExact(a)) {
            Py_INCREF(a);
            return (PyObject *)a;
        }
        if (a->ob_size == 0)
            return PyTuple_New(0);
    }
    if (n > 0 && a->ob_size > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    size = a->ob_size * n;
    if (size > (PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(PyObject *)) - 64)
        return PyErr_NoMemory();
    if (_PyMem_CheckAvailable((size_t)size * sizeof(PyObject *)) < 0 ||
        _PyEval_ChargeTicks((long)(size >> 8)) < 0)
        return NULL;
    r = (PyTupleObject *)PyTuple_New(size);
    if (r == NULL)
        return NULL;
    dst = r->ob_item;
    for (i = 0; i < n; i++) {
        for (j = 0; j < a->ob_size; j++) {
            Py_INCREF(a->ob_item[j]);
            *dst++ = a->ob_item[j];
        }
    }
    return (PyObject *)r;
}

static int
tuple_traverse(PyTupleObject *o, visitproc visit, void *arg)
{
    Py_ssize_t i;

    for (i = o->ob_size; --i >= 0; )
        Py_VISIT(o->ob_item[i]);
    return 0;
}

static PyObject *
tuple_richcompare(PyObject *v, PyObject *w, int op)
{
    PyTupleObject *a, *b;
    Py_ssize_t i, la, lb;
    int cmp;

    if (!PyTuple_Check(v) || !PyTuple_Check(w)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    a = (PyTupleObject *)v;
    b = (PyTupleObject *)w;
    la = a->ob_size;
    lb = b->ob_size;

    /* Find the first position where the items differ. */
    for (i = 0; i < la && i < lb; i++) {
        cmp = PyObject_RichCompareBool(a->ob_item[i], b->ob_item[i], Py_EQ);
        if (cmp < 0)
            return NULL;
        if (cmp == 0)
            break;
    }

    if (i >= la || i >= lb) {
        /* One is a prefix of the other: the lengths decide. */
        int res;
        switch (op) {
        case Py_LT: res = la < lb; break;
        case Py_LE: res = la <= lb; break;
        case Py_EQ: res = la == lb; break;
        case Py_NE: res = la != lb; break;
        case Py_GT: res = la > lb; break;
        case Py_GE: res = la >= lb; break;
        default: res = 0; break;
        }
        return PyBool_FromLong(res);
    }
    if (op == Py_EQ)
        Py_RETURN_FALSE;
    if (op == Py_NE)
        Py_RETURN_TRUE;
    return PyObject_RichCompare(a->ob_item[i], b->ob_item[i], op);
}

static PyObject *tuple_subtype_new(PyTypeObject *type, PyObject *args,
                                   PyObject *kwds);

static PyObject *
tuple_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *arg = NULL;
    static char *kwlist[] = {"sequence", 0};

    if (type != &PyTuple_Type)
        return tuple_subtype_new(type, args, kwds);
    /* one positional argument, the commonest call, without the parser */
    if (kwds == NULL && PyTuple_GET_SIZE(args) == 1)
        arg = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O:tuple", kwlist, &arg))
        return NULL;
    if (arg == NULL)
        return PyTuple_New(0);
    return PySequence_Tuple(arg);
}

/* A tuple subclass instance is a copy of a plain tuple built first. */
static PyObject *
tuple_subtype_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *plain, *newobj;
    Py_ssize_t i, n;

    plain = tuple_new(&PyTuple_Type, args, kwds);
    if (plain == NULL)
        return NULL;
    n = PyTuple_GET_SIZE(plain);
    newobj = type->tp_alloc(type, n);
    if (newobj == NULL) {
        Py_DECREF(plain);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *item = PyTuple_GET_ITEM(plain, i);
        Py_INCREF(item);
        PyTuple_SET_ITEM(newobj, i, item);
    }
    Py_DECREF(plain);
    return newobj;
}

static PyObject *
tuple_subscript(PyTupleObject *self, PyObject *item)
{
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += self->ob_size;
        return tuple_item(self, i);
    }
    else if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step, len, cur, k;
        PyTupleObject *r;

        if (PySlice_GetIndicesEx((PySliceObject *)item, self->ob_size,
                                 &start, &stop, &step, &len) < 0)
            return NULL;
        if (len <= 0)
            return PyTuple_New(0);
        if (step == 1)
            return tuple_slice(self, start, stop);
        r = (PyTupleObject *)PyTuple_New(len);
        if (r == NULL)
            return NULL;
        for (cur = start, k = 0; k < len; cur += step, k++) {
            PyObject *o = self->ob_item[cur];
            Py_INCREF(o);
            r->ob_item[k] = o;
        }
        return (PyObject *)r;
    }
    PyErr_SetString(PyExc_TypeError, "tuple indices must be integers");
    return NULL;
}

static PyObject *
tuple_getnewargs(PyTupleObject *v)
{
    return Py_BuildValue("(N)", tuple_slice(v, 0, v->ob_size));
}

static PyMethodDef tuple_methods[] = {
    {"__getnewargs__", (PyCFunction)tuple_getnewargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PySequenceMethods tuple_as_sequence = {
    (lenfunc)tuple_length,              /* sq_length */
    (binaryfunc)tuple_concat,           /* sq_concat */
    (ssizeargfunc)tuple_repeat,         /* sq_repeat */
    (ssizeargfunc)tuple_item,           /* sq_item */
    (ssizessizeargfunc)tuple_slice,     /* sq_slice */
    0,                                  /* sq_ass_item */
    0,                                  /* sq_ass_slice */
    (objobjproc)tuple_contains,         /* sq_contains */
    0, 0,
};

static PyMappingMethods tuple_as_mapping = {
    (lenfunc)tuple_length,
    (binaryfunc)tuple_subscript,
    0
};

static PyObject *tuple_iter(PyObject *seq);

static char tuple_doc[] =
"tuple() -> an empty tuple\n"
"tuple(sequence) -> tuple initialized from sequence's items\n"
"\n"
"If the argument is a tuple, the return value is the same object.";

PyTypeObject PyTuple_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "tuple",
    sizeof(PyTupleObject) - sizeof(PyObject *),
    sizeof(PyObject *),
    (destructor)tuple_dealloc,          /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)tuple_repr,               /* tp_repr */
    0,                                  /* tp_as_number */
    &tuple_as_sequence,                 /* tp_as_sequence */
    &tuple_as_mapping,                  /* tp_as_mapping */
    (hashfunc)tuple_hash,               /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    tuple_doc,                          /* tp_doc */
    (traverseproc)tuple_traverse,       /* tp_traverse */
    0,                                  /* tp_clear */
    tuple_richcompare,                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    tuple_iter,                         /* tp_iter */
    0,                                  /* tp_iternext */
    tuple_methods,                      /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    tuple_new,                          /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};

/* Resizing is allowed only while the caller is the sole owner, i.e. while
   it is still building the tuple.  On failure *pv is released and set to
   NULL. */
int
_PyTuple_Resize(PyObject **pv, Py_ssize_t newsize)
{
    PyTupleObject *v, *sv;
    Py_ssize_t i, oldsize;

    v = (PyTupleObject *)*pv;
    if (v == NULL || v->ob_type != &PyTuple_Type || newsize < 0 ||
        (v->ob_size != 0 && v->ob_refcnt != 1)) {
        *pv = NULL;
        Py_XDECREF(v);
        PyErr_BadInternalCall();
        return -1;
    }
    oldsize = v->ob_size;
    if (oldsize == newsize)
        return 0;
    if (oldsize == 0 || newsize == 0) {
        /* The shared empty tuple is never resized in place. */
        PyObject *fresh = PyTuple_New(newsize);
        Py_DECREF(v);
        *pv = fresh;
        return fresh == NULL ? -1 : 0;
    }
    if (newsize > (PY_SSIZE_T_MAX - (Py_ssize_t)sizeof(PyTupleObject)
                   - (Py_ssize_t)sizeof(PyGC_Head)) / (Py_ssize_t)sizeof(PyObject *)) {
        *pv = NULL;
        Py_DECREF(v);
        PyErr_NoMemory();
        return -1;
    }
    PyObject_GC_UnTrack(v);
    /* Drop the items that fall off the end first. */
    for (i = newsize; i < oldsize; i++) {
        PyObject *o = v->ob_item[i];
        v->ob_item[i] = NULL;
        Py_XDECREF(o);
    }
    sv = PyObject_GC_Resize(PyTupleObject, v, newsize);
    if (sv == NULL) {
        Py_ssize_t keep = oldsize < newsize ? oldsize : newsize;
        for (i = 0; i < keep; i++)
            Py_XDECREF(v->ob_item[i]);
        *pv = NULL;
        PyObject_GC_Del(v);
        return -1;
    }
    for (i = oldsize; i < newsize; i++)
        sv->ob_item[i] = NULL;
    sv->ob_size = newsize;
    PyObject_GC_Track(sv);
    *pv = (PyObject *)sv;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Iterator */

typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyTupleObject *it_seq;      /* NULL once exhausted */
} tupleiterobject;

static void
tupleiter_dealloc(tupleiterobject *it)
{
    PyObject_GC_UnTrack(it);
    Py_TRASHCAN_SAFE_BEGIN(it)
    Py_XDECREF(it->it_seq);
    PyObject_GC_Del(it);
    Py_TRASHCAN_SAFE_END(it)
}

static int
tupleiter_traverse(tupleiterobject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->it_seq);
    return 0;
}

static PyObject *
tupleiter_next(tupleiterobject *it)
{
    PyTupleObject *seq = it->it_seq;
    PyObject *item;

    if (seq == NULL)
        return NULL;
    if (it->it_index < seq->ob_size) {
        item = seq->ob_item[it->it_index++];
        Py_INCREF(item);
        return item;
    }
    it->it_seq = NULL;
    Py_DECREF(seq);
    return NULL;
}

static PyObject *
tupleiter_len(tupleiterobject *it)
{
    Py_ssize_t n = 0;
    if (it->it_seq != NULL)
        n = it->it_seq->ob_size - it->it_index;
    return PyInt_FromSsize_t(n);
}

static PyMethodDef tupleiter_methods[] = {
    {"__length_hint__", (PyCFunction)tupleiter_len, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

PyTypeObject PyTupleIter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "tupleiterator",
    sizeof(tupleiterobject),
    0,
    (destructor)tupleiter_dealloc,      /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    0,                                  /* tp_doc */
    (traverseproc)tupleiter_traverse,   /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    PyObject_SelfIter,                  /* tp_iter */
    (iternextfunc)tupleiter_next,       /* tp_iternext */
    tupleiter_methods,                  /* tp_methods */
};

static PyObject *
tuple_iter(PyObject *seq)
{
    tupleiterobject *it;

    if (!PyTuple_Check(seq)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    it = PyObject_GC_New(tupleiterobject, &PyTupleIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    Py_INCREF(seq);
    it->it_seq = (PyTupleObject *)seq;
    _PyObject_GC_TRACK(it);
    return (PyObject *)it;
}
