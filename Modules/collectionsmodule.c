/* The _collections module of Python 2.5: deque and defaultdict.

   deque is kept in a growable ring buffer whose capacity is a power of
   two: both ends take O(1) pushes and pops and indexing is O(1).  Every
   structural change bumps a counter that iterators check, so a deque
   changed under an iterator gives RuntimeError instead of bad data.

   defaultdict is a dict subclass whose __missing__ calls a factory. */

#include "Python.h"
#include "structmember.h"

/* ==== deque ============================================================== */

typedef struct {
    PyObject_HEAD
    PyObject **ring;        /* NULL while the capacity is 0 */
    Py_ssize_t cap;         /* 0 or a power of two */
    Py_ssize_t first;       /* ring index of element 0 */
    Py_ssize_t size;        /* number of elements */
    unsigned long epoch;    /* bumped by every structural change */
    PyObject *weakreflist;
} dequeobject;

static PyTypeObject deque_type;

#define Deque_Check(op) PyObject_TypeCheck(op, &deque_type)
#define RING_MIN 8

/* Ring slot of logical position i (0 <= i < cap). */
#define SLOT(d, i) ((d)->ring[((d)->first + (i)) & ((d)->cap - 1)])

/* Move the elements into a ring of newcap slots (newcap >= size). */
static int
ring_resize(dequeobject *d, Py_ssize_t newcap)
{
    PyObject **fresh;
    Py_ssize_t i;

    if ((size_t)newcap > PY_SSIZE_T_MAX / sizeof(PyObject *)) {
        PyErr_NoMemory();
        return -1;
    }
    fresh = PyMem_New(PyObject *, newcap);
    if (fresh == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < d->size; i++)
        fresh[i] = SLOT(d, i);
    PyMem_Free(d->ring);
    d->ring = fresh;
    d->cap = newcap;
    d->first = 0;
    return 0;
}

/* Make room for one more element. */
static int
ring_reserve(dequeobject *d)
{
    if (d->size < d->cap)
        return 0;
    if (d->cap > PY_SSIZE_T_MAX / 2) {
        PyErr_NoMemory();
        return -1;
    }
    return ring_resize(d, d->cap ? d->cap * 2 : RING_MIN);
}

/* Give back memory after many pops; failure to shrink is harmless. */
static void
ring_trim(dequeobject *d)
{
    if (d->cap > 64 && d->size < d->cap / 8) {
        if (ring_resize(d, d->cap / 4) < 0)
            PyErr_Clear();
    }
}

static int
push_right(dequeobject *d, PyObject *item)
{
    if (ring_reserve(d) < 0)
        return -1;
    Py_INCREF(item);
    d->size++;
    SLOT(d, d->size - 1) = item;
    d->epoch++;
    return 0;
}

static int
push_left(dequeobject *d, PyObject *item)
{
    if (ring_reserve(d) < 0)
        return -1;
    Py_INCREF(item);
    d->first = (d->first - 1) & (d->cap - 1);
    d->size++;
    SLOT(d, 0) = item;
    d->epoch++;
    return 0;
}

/* Take out the element at position i, closing the gap from whichever
   side is shorter.  Returns the (owned) element. */
static PyObject *
take_at(dequeobject *d, Py_ssize_t i)
{
    PyObject *item = SLOT(d, i);
    Py_ssize_t j;

    if (i < d->size / 2) {
        for (j = i; j > 0; j--)
            SLOT(d, j) = SLOT(d, j - 1);
        d->first = (d->first + 1) & (d->cap - 1);
    }
    else {
        for (j = i; j < d->size - 1; j++)
            SLOT(d, j) = SLOT(d, j + 1);
    }
    d->size--;
    d->epoch++;
    return item;
}

static PyObject *
deque_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    dequeobject *d;

    if (type == &deque_type && !_PyArg_NoKeywords("deque()", kwds))
        return NULL;
    d = (dequeobject *)type->tp_alloc(type, 0);
    if (d == NULL)
        return NULL;
    d->ring = NULL;
    d->cap = d->first = d->size = 0;
    d->epoch = 0;
    d->weakreflist = NULL;
    return (PyObject *)d;
}

static PyObject *deque_extend(dequeobject *d, PyObject *iterable);

static int
deque_init(dequeobject *d, PyObject *args, PyObject *kwds)
{
    PyObject *iterable = NULL, *r;

    if (!PyArg_UnpackTuple(args, "deque", 0, 1, &iterable))
        return -1;
    if (iterable == NULL)
        return 0;
    r = deque_extend(d, iterable);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

/* Empty the deque; the old elements are released only after the deque is
   consistent again, since releasing one may run code that uses it. */
static int
deque_clear_all(dequeobject *d)
{
    PyObject **ring = d->ring;
    Py_ssize_t cap = d->cap, first = d->first, size = d->size, i;

    d->ring = NULL;
    d->cap = d->first = d->size = 0;
    d->epoch++;
    for (i = 0; i < size; i++)
        Py_DECREF(ring[(first + i) & (cap - 1)]);
    PyMem_Free(ring);
    return 0;
}

static void
deque_dealloc(dequeobject *d)
{
    PyObject_GC_UnTrack(d);
    /* deque([deque([...])]) nested deep: no recursion without end */
    Py_TRASHCAN_SAFE_BEGIN(d)
    if (d->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)d);
    deque_clear_all(d);
    d->ob_type->tp_free(d);
    Py_TRASHCAN_SAFE_END(d)
}

static int
deque_traverse(dequeobject *d, visitproc visit, void *arg)
{
    Py_ssize_t i;
    for (i = 0; i < d->size; i++)
        Py_VISIT(SLOT(d, i));
    return 0;
}

static PyObject *
deque_append(dequeobject *d, PyObject *item)
{
    if (push_right(d, item) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
deque_appendleft(dequeobject *d, PyObject *item)
{
    if (push_left(d, item) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
deque_pop(dequeobject *d)
{
    PyObject *item;

    if (d->size == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from an empty deque");
        return NULL;
    }
    item = SLOT(d, d->size - 1);
    d->size--;
    d->epoch++;
    ring_trim(d);
    return item;
}

static PyObject *
deque_popleft(dequeobject *d)
{
    PyObject *item;

    if (d->size == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from an empty deque");
        return NULL;
    }
    item = SLOT(d, 0);
    d->first = (d->first + 1) & (d->cap - 1);
    d->size--;
    d->epoch++;
    ring_trim(d);
    return item;
}

/* Feed every item of iterable to push (right or left). */
static PyObject *
deque_feed(dequeobject *d, PyObject *iterable,
           int (*push)(dequeobject *, PyObject *))
{
    PyObject *it, *item, *snapshot = NULL;

    /* d.extend(d) must see the items as they were. */
    if ((PyObject *)d == iterable) {
        snapshot = PySequence_List(iterable);
        if (snapshot == NULL)
            return NULL;
        iterable = snapshot;
    }
    it = PyObject_GetIter(iterable);
    Py_XDECREF(snapshot);
    if (it == NULL)
        return NULL;
    while ((item = PyIter_Next(it)) != NULL) {
        int r = push(d, item);
        Py_DECREF(item);
        if (r < 0) {
            Py_DECREF(it);
            return NULL;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
deque_extend(dequeobject *d, PyObject *iterable)
{
    return deque_feed(d, iterable, push_right);
}

static PyObject *
deque_extendleft(dequeobject *d, PyObject *iterable)
{
    return deque_feed(d, iterable, push_left);
}

/* Rotate right by n (left when n < 0). */
static void
deque_rotate_by(dequeobject *d, Py_ssize_t n)
{
    Py_ssize_t mask, k;

    if (d->size <= 1)
        return;
    n %= d->size;
    if (n < 0)
        n += d->size;
    if (n == 0)
        return;
    mask = d->cap - 1;
    if (n <= d->size / 2) {
        /* move the last n elements to the front */
        for (k = 0; k < n; k++) {
            Py_ssize_t last = (d->first + d->size - 1) & mask;
            d->first = (d->first - 1) & mask;
            d->ring[d->first] = d->ring[last];
        }
    }
    else {
        /* move the first size-n elements to the back */
        for (k = n; k < d->size; k++) {
            Py_ssize_t past = (d->first + d->size) & mask;
            d->ring[past] = d->ring[d->first];
            d->first = (d->first + 1) & mask;
        }
    }
    d->epoch++;
}

static PyObject *
deque_rotate(dequeobject *d, PyObject *args)
{
    Py_ssize_t n = 1;

    if (!PyArg_ParseTuple(args, "|n:rotate", &n))
        return NULL;
    deque_rotate_by(d, n);
    Py_RETURN_NONE;
}

static PyObject *
deque_clearmethod(dequeobject *d)
{
    deque_clear_all(d);
    Py_RETURN_NONE;
}

static PyObject *
deque_remove(dequeobject *d, PyObject *value)
{
    Py_ssize_t i;

    for (i = 0; i < d->size; i++) {
        PyObject *item = SLOT(d, i);
        Py_ssize_t size = d->size;
        unsigned long epoch = d->epoch;
        int eq;

        Py_INCREF(item);
        eq = PyObject_RichCompareBool(item, value, Py_EQ);
        Py_DECREF(item);
        if (d->size != size || d->epoch != epoch) {
            if (eq >= 0)
                PyErr_SetString(PyExc_IndexError,
                                "deque mutated during remove().");
            return NULL;
        }
        if (eq < 0)
            return NULL;
        if (eq > 0) {
            item = take_at(d, i);
            Py_DECREF(item);
            Py_RETURN_NONE;
        }
    }
    PyErr_SetString(PyExc_ValueError, "deque.remove(x): x not in deque");
    return NULL;
}

static Py_ssize_t
deque_length(dequeobject *d)
{
    return d->size;
}

static PyObject *
deque_item(dequeobject *d, Py_ssize_t i)
{
    PyObject *item;

    if (i < 0 || i >= d->size) {
        PyErr_SetString(PyExc_IndexError, "deque index out of range");
        return NULL;
    }
    item = SLOT(d, i);
    Py_INCREF(item);
    return item;
}

static int
deque_ass_item(dequeobject *d, Py_ssize_t i, PyObject *v)
{
    PyObject *old;

    if (i < 0 || i >= d->size) {
        PyErr_SetString(PyExc_IndexError, "deque index out of range");
        return -1;
    }
    if (v == NULL) {
        old = take_at(d, i);
        ring_trim(d);
    }
    else {
        Py_INCREF(v);
        old = SLOT(d, i);
        SLOT(d, i) = v;
    }
    Py_DECREF(old);
    return 0;
}

static long
deque_nohash(PyObject *self)
{
    PyErr_SetString(PyExc_TypeError, "deque objects are unhashable");
    return -1;
}

static PyObject *
deque_copy(PyObject *d)
{
    return PyObject_CallFunctionObjArgs((PyObject *)d->ob_type, d, NULL);
}

static PyObject *
deque_reduce(dequeobject *d)
{
    PyObject *state, *items, *r;

    items = PySequence_List((PyObject *)d);
    if (items == NULL)
        return NULL;
    state = PyObject_GetAttrString((PyObject *)d, "__dict__");
    if (state == NULL) {
        PyErr_Clear();
        r = Py_BuildValue("O(N)", d->ob_type, items);
    }
    else
        r = Py_BuildValue("O(N)N", d->ob_type, items, state);
    return r;
}

static PyObject *
deque_repr(PyObject *d)
{
    PyObject *items, *listrepr, *r;
    int busy = Py_ReprEnter(d);

    if (busy != 0)
        return busy < 0 ? NULL : PyString_FromString("[...]");
    items = PySequence_List(d);
    if (items == NULL) {
        Py_ReprLeave(d);
        return NULL;
    }
    listrepr = PyObject_Repr(items);
    Py_DECREF(items);
    Py_ReprLeave(d);
    if (listrepr == NULL)
        return NULL;
    r = PyString_FromFormat("deque(%s)", PyString_AS_STRING(listrepr));
    Py_DECREF(listrepr);
    return r;
}

static PyObject *
deque_richcompare(PyObject *a, PyObject *b, int op)
{
    dequeobject *x = (dequeobject *)a, *y = (dequeobject *)b;
    Py_ssize_t i;
    int cmp;

    if (!Deque_Check(a) || !Deque_Check(b)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    if ((op == Py_EQ || op == Py_NE) && x->size != y->size) {
        PyObject *r = (op == Py_NE) ? Py_True : Py_False;
        Py_INCREF(r);
        return r;
    }
    /* Find the first position where the items differ; the deques may
       change during the comparisons, so bounds are rechecked each time. */
    for (i = 0; i < x->size && i < y->size; i++) {
        PyObject *u = SLOT(x, i), *v = SLOT(y, i);
        int eq;
        Py_INCREF(u);
        Py_INCREF(v);
        eq = PyObject_RichCompareBool(u, v, Py_EQ);
        if (eq <= 0) {
            PyObject *r = NULL;
            if (eq == 0) {
                if (op == Py_EQ)
                    r = Py_False, Py_INCREF(r);
                else if (op == Py_NE)
                    r = Py_True, Py_INCREF(r);
                else
                    r = PyObject_RichCompare(u, v, op);
            }
            Py_DECREF(u);
            Py_DECREF(v);
            return r;
        }
        Py_DECREF(u);
        Py_DECREF(v);
    }
    switch (op) {
    case Py_LT: cmp = x->size < y->size; break;
    case Py_LE: cmp = x->size <= y->size; break;
    case Py_EQ: cmp = x->size == y->size; break;
    case Py_NE: cmp = x->size != y->size; break;
    case Py_GT: cmp = x->size > y->size; break;
    default:    cmp = x->size >= y->size; break;
    }
    return PyBool_FromLong(cmp);
}

/* ---- deque iterators ---- */

typedef struct {
    PyObject_HEAD
    dequeobject *deque;     /* NULL once exhausted */
    Py_ssize_t pos;         /* next position to yield */
    unsigned long epoch;    /* deque epoch when created */
    int reverse;
} dequeiterobject;

static PyTypeObject dequeiter_type, dequereviter_type;

static PyObject *
dequeiter_make(dequeobject *d, PyTypeObject *type, int reverse)
{
    dequeiterobject *it = PyObject_GC_New(dequeiterobject, type);
    if (it == NULL)
        return NULL;
    Py_INCREF(d);
    it->deque = d;
    it->pos = reverse ? d->size - 1 : 0;
    it->epoch = d->epoch;
    it->reverse = reverse;
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *
deque_iter(dequeobject *d)
{
    return dequeiter_make(d, &dequeiter_type, 0);
}

static PyObject *
deque_reviter(dequeobject *d)
{
    return dequeiter_make(d, &dequereviter_type, 1);
}

static void
dequeiter_dealloc(dequeiterobject *it)
{
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->deque);
    PyObject_GC_Del(it);
}

static int
dequeiter_traverse(dequeiterobject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->deque);
    return 0;
}

static PyObject *
dequeiter_next(dequeiterobject *it)
{
    dequeobject *d = it->deque;
    PyObject *item;

    if (d == NULL)
        return NULL;
    if (d->epoch != it->epoch) {
        PyErr_SetString(PyExc_RuntimeError,
                        "deque mutated during iteration");
        Py_CLEAR(it->deque);
        return NULL;
    }
    if (it->pos < 0 || it->pos >= d->size) {
        Py_CLEAR(it->deque);
        return NULL;
    }
    item = SLOT(d, it->pos);
    it->pos += it->reverse ? -1 : 1;
    Py_INCREF(item);
    return item;
}

static PyObject *
dequeiter_length_hint(dequeiterobject *it)
{
    Py_ssize_t left = 0;
    dequeobject *d = it->deque;

    if (d != NULL && d->epoch == it->epoch)
        left = it->reverse ? it->pos + 1 : d->size - it->pos;
    if (left < 0)
        left = 0;
    return PyInt_FromSsize_t(left);
}

static PyMethodDef dequeiter_methods[] = {
    {"__length_hint__", (PyCFunction)dequeiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}
};

#define DEQUEITER_TYPE(cname, pyname) \
static PyTypeObject cname = { \
    PyObject_HEAD_INIT(NULL) \
    0, \
    .tp_name = pyname, \
    .tp_basicsize = sizeof(dequeiterobject), \
    .tp_dealloc = (destructor)dequeiter_dealloc, \
    .tp_getattro = PyObject_GenericGetAttr, \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, \
    .tp_traverse = (traverseproc)dequeiter_traverse, \
    .tp_iter = PyObject_SelfIter, \
    .tp_iternext = (iternextfunc)dequeiter_next, \
    .tp_methods = dequeiter_methods, \
    .tp_free = PyObject_GC_Del, \
}

DEQUEITER_TYPE(dequeiter_type, "deque_iterator");
DEQUEITER_TYPE(dequereviter_type, "deque_reverse_iterator");

static PySequenceMethods deque_as_sequence = {
    .sq_length = (lenfunc)deque_length,
    .sq_item = (ssizeargfunc)deque_item,
    .sq_ass_item = (ssizeobjargproc)deque_ass_item,
};

static PyMethodDef deque_methods[] = {
    {"append", (PyCFunction)deque_append, METH_O,
     "Add an element to the right side of the deque."},
    {"appendleft", (PyCFunction)deque_appendleft, METH_O,
     "Add an element to the left side of the deque."},
    {"clear", (PyCFunction)deque_clearmethod, METH_NOARGS,
     "Remove all elements from the deque."},
    {"__copy__", (PyCFunction)deque_copy, METH_NOARGS,
     "Return a shallow copy of a deque."},
    {"extend", (PyCFunction)deque_extend, METH_O,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", (PyCFunction)deque_extendleft, METH_O,
     "Extend the left side of the deque with elements from the iterable"},
    {"pop", (PyCFunction)deque_pop, METH_NOARGS,
     "Remove and return the rightmost element."},
    {"popleft", (PyCFunction)deque_popleft, METH_NOARGS,
     "Remove and return the leftmost element."},
    {"__reduce__", (PyCFunction)deque_reduce, METH_NOARGS,
     "Return state information for pickling."},
    {"remove", (PyCFunction)deque_remove, METH_O,
     "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", (PyCFunction)deque_reviter, METH_NOARGS,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"rotate", (PyCFunction)deque_rotate, METH_VARARGS,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(deque_doc,
"deque(iterable) --> deque object\n\nA double-ended queue: fast appends and pops at both ends.");

static PyTypeObject deque_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "collections.deque",
    .tp_basicsize = sizeof(dequeobject),
    .tp_dealloc = (destructor)deque_dealloc,
    .tp_repr = deque_repr,
    .tp_as_sequence = &deque_as_sequence,
    .tp_hash = deque_nohash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = deque_doc,
    .tp_traverse = (traverseproc)deque_traverse,
    .tp_clear = (inquiry)deque_clear_all,
    .tp_richcompare = deque_richcompare,
    .tp_weaklistoffset = offsetof(dequeobject, weakreflist),
    .tp_iter = (getiterfunc)deque_iter,
    .tp_methods = deque_methods,
    .tp_init = (initproc)deque_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = deque_new,
    .tp_free = PyObject_GC_Del,
};

/* ==== defaultdict ========================================================= */

typedef struct {
    PyDictObject dict;
    PyObject *default_factory;      /* NULL or None: no default */
} defdictobject;

static PyTypeObject defdict_type;

static PyObject *
defdict_missing(defdictobject *dd, PyObject *key)
{
    PyObject *factory = dd->default_factory, *value;

    if (factory == NULL || factory == Py_None) {
        PyObject *t = PyTuple_Pack(1, key);
        if (t != NULL) {
            PyErr_SetObject(PyExc_KeyError, t);
            Py_DECREF(t);
        }
        return NULL;
    }
    value = PyObject_CallObject(factory, NULL);
    if (value == NULL)
        return NULL;
    if (PyObject_SetItem((PyObject *)dd, key, value) < 0) {
        Py_DECREF(value);
        return NULL;
    }
    return value;
}

static PyObject *
defdict_copy(defdictobject *dd)
{
    PyObject *factory = dd->default_factory, *r;

    if (factory != NULL && factory != Py_None)
        return PyObject_CallFunctionObjArgs((PyObject *)dd->dict.ob_type,
                                            factory, dd, NULL);
    r = PyObject_CallFunctionObjArgs((PyObject *)dd->dict.ob_type, NULL);
    if (r != NULL && PyDict_Merge(r, (PyObject *)dd, 1) < 0) {
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

static PyObject *
defdict_reduce(defdictobject *dd)
{
    PyObject *factory = dd->default_factory, *args, *items, *r;

    if (factory == NULL || factory == Py_None)
        args = PyTuple_New(0);
    else
        args = PyTuple_Pack(1, factory);
    if (args == NULL)
        return NULL;
    items = PyObject_CallMethod((PyObject *)dd, "iteritems", "()");
    if (items == NULL) {
        Py_DECREF(args);
        return NULL;
    }
    r = PyTuple_Pack(5, dd->dict.ob_type, args, Py_None, Py_None, items);
    Py_DECREF(items);
    Py_DECREF(args);
    return r;
}

static PyObject *
defdict_repr(defdictobject *dd)
{
    PyObject *dictrepr, *factrepr, *r;

    dictrepr = PyDict_Type.tp_repr((PyObject *)dd);
    if (dictrepr == NULL)
        return NULL;
    if (dd->default_factory == NULL)
        factrepr = PyString_FromString("None");
    else {
        int busy = Py_ReprEnter(dd->default_factory);
        if (busy < 0) {
            Py_DECREF(dictrepr);
            return NULL;
        }
        if (busy > 0)
            factrepr = PyString_FromString("...");
        else {
            factrepr = PyObject_Repr(dd->default_factory);
            Py_ReprLeave(dd->default_factory);
        }
    }
    if (factrepr == NULL) {
        Py_DECREF(dictrepr);
        return NULL;
    }
    r = PyString_FromFormat("defaultdict(%s, %s)",
                            PyString_AS_STRING(factrepr),
                            PyString_AS_STRING(dictrepr));
    Py_DECREF(factrepr);
    Py_DECREF(dictrepr);
    return r;
}

static int
defdict_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    defdictobject *dd = (defdictobject *)self;
    PyObject *factory = NULL, *rest, *old;
    int r;

    if (PyTuple_GET_SIZE(args) > 0) {
        factory = PyTuple_GET_ITEM(args, 0);
        if (!PyCallable_Check(factory)) {
            PyErr_SetString(PyExc_TypeError,
                            "first argument must be callable");
            return -1;
        }
        rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    }
    else {
        rest = args;
        Py_INCREF(rest);
    }
    if (rest == NULL)
        return -1;
    old = dd->default_factory;
    Py_XINCREF(factory);
    dd->default_factory = factory;
    Py_XDECREF(old);
    r = PyDict_Type.tp_init(self, rest, kwds);
    Py_DECREF(rest);
    return r;
}

static void
defdict_dealloc(defdictobject *dd)
{
    Py_CLEAR(dd->default_factory);
    PyDict_Type.tp_dealloc((PyObject *)dd);
}

static int
defdict_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((defdictobject *)self)->default_factory);
    return PyDict_Type.tp_traverse(self, visit, arg);
}

static int
defdict_tp_clear(defdictobject *dd)
{
    Py_CLEAR(dd->default_factory);
    return PyDict_Type.tp_clear((PyObject *)dd);
}

static PyMethodDef defdict_methods[] = {
    {"__missing__", (PyCFunction)defdict_missing, METH_O,
     "__missing__(key): if there is no default_factory raise KeyError((key,));\n"
     "else store default_factory() as self[key] and return it."},
    {"copy", (PyCFunction)defdict_copy, METH_NOARGS,
     "D.copy() -> a shallow copy of D."},
    {"__copy__", (PyCFunction)defdict_copy, METH_NOARGS,
     "D.copy() -> a shallow copy of D."},
    {"__reduce__", (PyCFunction)defdict_reduce, METH_NOARGS,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef defdict_members[] = {
    {"default_factory", T_OBJECT, offsetof(defdictobject, default_factory), 0,
     "Factory for default value called by __missing__()."},
    {NULL, 0, 0, 0, NULL}
};

PyDoc_STRVAR(defdict_doc,
"defaultdict(default_factory) --> dict with default factory\n\nA dict that calls default_factory() (with no arguments) to make the value\nof a missing key looked up with d[key]; the value is then stored.\nWithout a factory, missing keys raise KeyError as for a dict.");

static PyTypeObject defdict_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "collections.defaultdict",
    .tp_basicsize = sizeof(defdictobject),
    .tp_dealloc = (destructor)defdict_dealloc,
    .tp_repr = (reprfunc)defdict_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = defdict_doc,
    .tp_traverse = defdict_traverse,
    .tp_clear = (inquiry)defdict_tp_clear,
    .tp_methods = defdict_methods,
    .tp_members = defdict_members,
    .tp_init = defdict_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};

/* ==== module ============================================================== */

PyDoc_STRVAR(collections_doc,
"Container types in C: deque (double-ended queue) and defaultdict\n(dict with a factory for missing values).");

PyMODINIT_FUNC
init_collections(void)
{
    PyObject *m;

    if (PyType_Ready(&deque_type) < 0 ||
        PyType_Ready(&dequeiter_type) < 0 ||
        PyType_Ready(&dequereviter_type) < 0)
        return;
    /* Set here rather than in the initializer: PyDict_Type's address is
       not a constant expression on every platform. */
    defdict_type.tp_base = &PyDict_Type;
    if (PyType_Ready(&defdict_type) < 0)
        return;

    m = Py_InitModule3("_collections", NULL, collections_doc);
    if (m == NULL)
        return;
    Py_INCREF(&deque_type);
    PyModule_AddObject(m, "deque", (PyObject *)&deque_type);
    Py_INCREF(&defdict_type);
    PyModule_AddObject(m, "defaultdict", (PyObject *)&defdict_type);
}
