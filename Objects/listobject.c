/* The list type.

   Items are kept in a separately allocated vector with some spare room
   at the end so that appends are amortised O(1).  Anything that can run
   Python code (comparisons, reprs, destructors) may change the list under
   our feet, so loops re-read ob_size / ob_item after each such call, items
   are held with an extra reference while compared, and removed items are
   released only once the list is consistent again. */

#include "Python.h"

/* Spare list objects, bounded, kept and reused only while at most one
   memory account exists: the rule the int, float and tuple spares follow,
   so that no spare (nor its vector) serves an interpreter other than the
   one it is charged to.  A spare keeps a small item vector (at most
   SPARE_VECTOR_MAX slots; its contents are stale) so that the next small
   list needs no allocation.  A spare is untracked by the collector and is
   tracked again when reused.  Sanitizer builds keep none. */
#if defined(__GNUC__)
#define LIST_NOINLINE __attribute__((noinline))
#else
#define LIST_NOINLINE
#endif

#define LIST_SPARES_MAX 80
#define SPARE_VECTOR_MAX 8
static PyListObject *list_spares[LIST_SPARES_MAX];
static int list_nspares;

/* Make room for exactly `newsize` items in use, growing the allocation
   geometrically.  Leaves the list untouched on failure. */
static int
list_realloc(PyListObject *self, Py_ssize_t newsize)
{
    PyObject **items;
    Py_ssize_t want;

    if (newsize == 0) {
        want = 0;
    }
    else {
        Py_ssize_t extra = (newsize >> 3) + (newsize < 9 ? 3 : 6);
        if (newsize > PY_SSIZE_T_MAX - extra) {
            PyErr_NoMemory();
            return -1;
        }
        want = newsize + extra;
    }
    if ((size_t)want > PY_SSIZE_T_MAX / sizeof(PyObject *)) {
        PyErr_NoMemory();
        return -1;
    }
    if (want == 0) {
        PyMem_Free(self->ob_item);
        self->ob_item = NULL;
        self->allocated = 0;
        self->ob_size = 0;
        return 0;
    }
    items = (PyObject **)PyMem_Realloc(self->ob_item,
                                       (size_t)want * sizeof(PyObject *));
    if (items == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->ob_item = items;
    self->ob_size = newsize;
    self->allocated = want;
    return 0;
}

/* A new list of `size` items, not tracked by the collector, whose item
   vector is left for the caller to fill: callers that copy items in
   (running no code meanwhile) skip the clearing, and track the list
   once it is filled. */
static PyListObject *
list_alloc(Py_ssize_t size)
{
    PyListObject *op;
    PyObject **items = NULL;

    if ((size_t)size > PY_SSIZE_T_MAX / sizeof(PyObject *)) {
        PyErr_NoMemory();
        return NULL;
    }
    if (list_nspares > 0 && _PyMem_NumAccounts <= 1) {
        op = list_spares[list_nspares - 1];
        if (size <= op->allocated && size > 0) {
            /* its vector is large enough; allocated stays as it is */
            list_nspares--;
            _Py_NewReference((PyObject *)op);
            op->ob_size = size;
            return op;
        }
        if (size > 0) {
            items = (PyObject **)PyMem_Malloc((size_t)size *
                                              sizeof(PyObject *));
            if (items == NULL) {
                PyErr_NoMemory();
                return NULL;
            }
        }
        list_nspares--;
        PyMem_Free(op->ob_item);
        _Py_NewReference((PyObject *)op);
    }
    else {
        /* The vector first, so that no failure has a list object to
           undo. */
        if (size > 0) {
            items = (PyObject **)PyMem_Malloc((size_t)size *
                                              sizeof(PyObject *));
            if (items == NULL) {
                PyErr_NoMemory();
                return NULL;
            }
        }
        op = PyObject_GC_New(PyListObject, &PyList_Type);
        if (op == NULL) {
            PyMem_Free(items);
            return NULL;
        }
    }
    op->ob_item = items;
    op->ob_size = size;
    op->allocated = size;
    return op;
}

static inline int
list_resize(PyListObject *self, Py_ssize_t newsize)
{
    /* within the allocation and not wasting over half of it */
    if (self->allocated >= newsize && newsize >= (self->allocated >> 1)) {
        self->ob_size = newsize;
        return 0;
    }
    return list_realloc(self, newsize);
}

PyObject *
PyList_New(Py_ssize_t size)
{
    PyListObject *op;
    Py_ssize_t i;

    if (size < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    op = list_alloc(size);
    if (op == NULL)
        return NULL;
    if (size <= 8) {
        for (i = 0; i < size; i++)
            op->ob_item[i] = NULL;
    }
    else
        memset(op->ob_item, 0, (size_t)size * sizeof(PyObject *));
    _PyObject_GC_TRACK(op);
    return (PyObject *)op;
}

Py_ssize_t
PyList_Size(PyObject *op)
{
    if (op == NULL || !PyList_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PyListObject *)op)->ob_size;
}

PyObject *
PyList_GetItem(PyObject *op, Py_ssize_t i)
{
    if (op == NULL || !PyList_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (i < 0 || i >= ((PyListObject *)op)->ob_size) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    return ((PyListObject *)op)->ob_item[i];
}

int
PyList_SetItem(PyObject *op, Py_ssize_t i, PyObject *newitem)
{
    PyObject *old;

    if (op == NULL || !PyList_Check(op)) {
        Py_XDECREF(newitem);
        PyErr_BadInternalCall();
        return -1;
    }
    if (i < 0 || i >= ((PyListObject *)op)->ob_size) {
        Py_XDECREF(newitem);
        PyErr_SetString(PyExc_IndexError,
                        "list assignment index out of range");
        return -1;
    }
    old = ((PyListObject *)op)->ob_item[i];
    ((PyListObject *)op)->ob_item[i] = newitem;
    Py_XDECREF(old);
    return 0;
}

static int
insert_at(PyListObject *self, Py_ssize_t where, PyObject *v)
{
    Py_ssize_t i, n = self->ob_size;
    PyObject **items;

    if (v == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (n == PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError,
                        "cannot add more objects to list");
        return -1;
    }
    if (list_resize(self, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    items = self->ob_item;
    for (i = n; --i >= where; )
        items[i + 1] = items[i];
    Py_INCREF(v);
    items[where] = v;
    return 0;
}

int
PyList_Insert(PyObject *op, Py_ssize_t where, PyObject *newitem)
{
    if (op == NULL || !PyList_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return insert_at((PyListObject *)op, where, newitem);
}

static int
append_one(PyListObject *self, PyObject *v)
{
    Py_ssize_t n = self->ob_size;

    if (n == PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError,
                        "cannot add more objects to list");
        return -1;
    }
    if (list_resize(self, n + 1) < 0)
        return -1;
    Py_INCREF(v);
    self->ob_item[n] = v;
    return 0;
}

int
PyList_Append(PyObject *op, PyObject *newitem)
{
    if (op != NULL && PyList_Check(op) && newitem != NULL)
        return append_one((PyListObject *)op, newitem);
    PyErr_BadInternalCall();
    return -1;
}

/* ------------------------------------------------------------------ */

static void
list_dealloc(PyListObject *op)
{
    Py_ssize_t i;

    PyObject_GC_UnTrack(op);
    Py_TRASHCAN_SAFE_BEGIN(op)
    if (op->ob_item != NULL) {
        i = op->ob_size;
        while (--i >= 0)
            Py_XDECREF(op->ob_item[i]);
    }
#ifndef Py_ALLOC_MALLOC_ONLY
    /* (checked after the items are gone: their finalizers may have made
       a second account) */
    if (_PyMem_NumAccounts <= 1 && op->ob_type == &PyList_Type &&
        list_nspares < LIST_SPARES_MAX) {
        if (op->allocated > SPARE_VECTOR_MAX) {
            PyMem_Free(op->ob_item);
            op->ob_item = NULL;
            op->allocated = 0;
        }
        list_spares[list_nspares++] = op;
    }
    else
#endif
    {
        PyMem_Free(op->ob_item);
        op->ob_type->tp_free((PyObject *)op);
    }
    Py_TRASHCAN_SAFE_END(op)
}

static PyObject *
list_repr(PyListObject *v)
{
    Py_ssize_t i;
    PyObject *parts = NULL, *s, *sep, *joined, *result = NULL;
    int status;

    status = Py_ReprEnter((PyObject *)v);
    if (status != 0)
        return status > 0 ? PyString_FromString("[...]") : NULL;
    if (v->ob_size == 0) {
        result = PyString_FromString("[]");
        goto done;
    }
    parts = PyList_New(0);
    if (parts == NULL)
        goto done;
    if (Py_EnterRecursiveCall(" while getting the repr of a list"))
        goto done;
    /* The list may change while its items' reprs run. */
    for (i = 0; i < v->ob_size; i++) {
        PyObject *item = v->ob_item[i];
        int rc;
        Py_INCREF(item);
        s = PyObject_Repr(item);
        Py_DECREF(item);
        if (s == NULL)
            goto leave;
        rc = append_one((PyListObject *)parts, s);
        Py_DECREF(s);
        if (rc < 0)
            goto leave;
    }
    sep = PyString_FromString(", ");
    if (sep == NULL)
        goto leave;
    joined = _PyString_Join(sep, parts);
    Py_DECREF(sep);
    if (joined == NULL)
        goto leave;
    result = PyString_FromFormat("[%s]", PyString_AS_STRING(joined));
    Py_DECREF(joined);
leave:
    Py_LeaveRecursiveCall();
done:
    Py_XDECREF(parts);
    Py_ReprLeave((PyObject *)v);
    return result;
}

static Py_ssize_t
list_length(PyListObject *a)
{
    return a->ob_size;
}

static int
list_contains(PyListObject *a, PyObject *el)
{
    Py_ssize_t i;
    int r = 0;

    for (i = 0; r == 0 && i < a->ob_size; i++) {
        PyObject *item = a->ob_item[i];
        Py_INCREF(item);
        r = PyObject_RichCompareBool(el, item, Py_EQ);
        Py_DECREF(item);
    }
    return r;
}

static PyObject *
list_item(PyListObject *a, Py_ssize_t i)
{
    if (i < 0 || i >= a->ob_size) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    Py_INCREF(a->ob_item[i]);
    return a->ob_item[i];
}

static PyObject *
list_slice(PyListObject *a, Py_ssize_t lo, Py_ssize_t hi)
{
    PyListObject *np;
    Py_ssize_t k, len;

    if (lo < 0)
        lo = 0;
    else if (lo > a->ob_size)
        lo = a->ob_size;
    if (hi < lo)
        hi = lo;
    else if (hi > a->ob_size)
        hi = a->ob_size;
    len = hi - lo;
    np = list_alloc(len);
    if (np == NULL)
        return NULL;
    for (k = 0; k < len; k++) {
        PyObject *v = a->ob_item[lo + k];
        Py_INCREF(v);
        np->ob_item[k] = v;
    }
    _PyObject_GC_TRACK(np);
    return (PyObject *)np;
}

static PyObject *get_slice_checked(PyObject *, Py_ssize_t, Py_ssize_t);

PyObject *
PyList_GetSlice(PyObject *a, Py_ssize_t lo, Py_ssize_t hi)
{
    if (a != NULL && PyList_CheckExact(a))
        return list_slice((PyListObject *)a, lo, hi);
    return get_slice_checked(a, lo, hi);
}

static PyObject *
list_concat(PyListObject *a, PyObject *bb)
{
    Py_ssize_t size, i;
    PyListObject *np, *b;

    if (!PyList_Check(bb)) {
        PyErr_Format(PyExc_TypeError,
                     "can only concatenate list (not \"%.200s\") to list",
                     bb->ob_type->tp_name);
        return NULL;
    }
    b = (PyListObject *)bb;
    if (b->ob_size > PY_SSIZE_T_MAX - a->ob_size)
        return PyErr_NoMemory();
    size = a->ob_size + b->ob_size;
    if ((size_t)size > PY_SSIZE_T_MAX / sizeof(PyObject *))
        return PyErr_NoMemory();
    if (_PyMem_CheckAvailable((size_t)size * sizeof(PyObject *)) < 0)
        return NULL;
    np = list_alloc(size);
    if (np == NULL)
        return NULL;
    for (i = 0; i < a->ob_size; i++) {
        Py_INCREF(a->ob_item[i]);
        np->ob_item[i] = a->ob_item[i];
    }
    for (i = 0; i < b->ob_size; i++) {
        Py_INCREF(b->ob_item[i]);
        np->ob_item[a->ob_size + i] = b->ob_item[i];
    }
    _PyObject_GC_TRACK(np);
    return (PyObject *)np;
}

static PyObject *
list_repeat(PyListObject *a, Py_ssize_t n)
{
    Py_ssize_t size, i, j, len = a->ob_size;
    PyListObject *np;
    PyObject **dst;

    if (n < 0)
        n = 0;
    if (n > 0 && len > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    size = len * n;
    if ((size_t)size > PY_SSIZE_T_MAX / sizeof(PyObject *))
        return PyErr_NoMemory();
    if (_PyMem_CheckAvailable((size_t)size * sizeof(PyObject *)) < 0 ||
        _PyEval_ChargeTicks((long)(size >> 8)) < 0)
        return NULL;
    np = list_alloc(size);
    if (np == NULL)
        return NULL;
    dst = np->ob_item;
    for (i = 0; i < n; i++) {
        for (j = 0; j < len; j++) {
            Py_INCREF(a->ob_item[j]);
            *dst++ = a->ob_item[j];
        }
    }
    _PyObject_GC_TRACK(np);
    return (PyObject *)np;
}

/* Empty the list; the items are released after the list is consistent. */
static int
list_clear(PyListObject *a)
{
    PyObject **items = a->ob_item;
    Py_ssize_t i = a->ob_size;

    if (items != NULL) {
        a->ob_item = NULL;
        a->ob_size = 0;
        a->allocated = 0;
        while (--i >= 0)
            Py_XDECREF(items[i]);
        PyMem_Free(items);
    }
    else {
        a->ob_size = 0;
        a->allocated = 0;
    }
    return 0;
}

/* a[lo:hi] = v, or del a[lo:hi] when v is NULL. */
static int
list_ass_slice(PyListObject *a, Py_ssize_t lo, Py_ssize_t hi, PyObject *v)
{
    PyObject *seq = NULL;           /* v made a list, when it is not one */
    PyObject **src = NULL, **removed = NULL, **items;
    PyObject *removed_here[16];     /* small slices: no allocation */
    Py_ssize_t n, norig, delta, k, size;
    int result = -1;

    if (v == NULL) {
        n = 0;
    }
    else if (a == (PyListObject *)v) {
        /* a[x:y] = a: work from a copy */
        PyObject *copy = list_slice(a, 0, a->ob_size);
        if (copy == NULL)
            return -1;
        result = list_ass_slice(a, lo, hi, copy);
        Py_DECREF(copy);
        return result;
    }
    else if (PyList_CheckExact(v)) {
        /* Borrowed: the caller holds v, and nothing below runs code
           before the last item is copied. */
        n = PyList_GET_SIZE(v);
        src = ((PyListObject *)v)->ob_item;
    }
    else if (PyTuple_CheckExact(v)) {
        n = PyTuple_GET_SIZE(v);
        src = ((PyTupleObject *)v)->ob_item;
    }
    else {
        seq = PySequence_Fast(v, "can only assign an iterable");
        if (seq == NULL)
            return -1;
        n = PySequence_Fast_GET_SIZE(seq);
        src = PySequence_Fast_ITEMS(seq);
    }
    /* Bounds are clipped after the conversion above, which may have run
       Python code that changed the list. */
    size = a->ob_size;
    if (lo < 0)
        lo = 0;
    else if (lo > size)
        lo = size;
    if (hi < lo)
        hi = lo;
    else if (hi > size)
        hi = size;

    norig = hi - lo;
    delta = n - norig;
    if (size + delta == 0) {
        Py_XDECREF(seq);
        return list_clear(a);
    }
    items = a->ob_item;
    if (delta == 0 && n <= (Py_ssize_t)(sizeof(removed_here) /
                                        sizeof(removed_here[0]))) {
        /* same length: replace in place in one pass */
        for (k = 0; k < n; k++) {
            PyObject *w = src[k];
            removed_here[k] = items[lo + k];
            Py_XINCREF(w);
            items[lo + k] = w;
        }
        for (k = n - 1; k >= 0; k--)
            Py_XDECREF(removed_here[k]);
        Py_XDECREF(seq);
        return 0;
    }
    if (norig > 0) {
        if (norig <= (Py_ssize_t)(sizeof(removed_here) /
                                  sizeof(removed_here[0]))) {
            removed = removed_here;
            for (k = 0; k < norig; k++)
                removed[k] = items[lo + k];
        }
        else {
            removed = (PyObject **)PyMem_Malloc((size_t)norig *
                                                sizeof(PyObject *));
            if (removed == NULL) {
                PyErr_NoMemory();
                goto finish;
            }
            memcpy(removed, &items[lo], (size_t)norig * sizeof(PyObject *));
        }
    }
    if (delta < 0) {
        memmove(&items[hi + delta], &items[hi],
                (size_t)(size - hi) * sizeof(PyObject *));
        /* shrinking cannot fail to leave a usable list */
        if (list_resize(a, size + delta) < 0) {
            /* realloc failed; the vector is still valid and large enough */
            PyErr_Clear();
            a->ob_size = size + delta;
        }
        items = a->ob_item;
    }
    else if (delta > 0) {
        if (size > PY_SSIZE_T_MAX - delta) {
            PyErr_NoMemory();
            goto finish;
        }
        if (list_resize(a, size + delta) < 0)
            goto finish;
        items = a->ob_item;
        memmove(&items[hi + delta], &items[hi],
                (size_t)(size - hi) * sizeof(PyObject *));
    }
    for (k = 0; k < n; k++) {
        PyObject *w = src[k];
        Py_XINCREF(w);      /* (a list from C may still hold NULLs) */
        items[lo + k] = w;
    }
    result = 0;
    /* Now that the list is consistent, destructors may run. */
    for (k = norig - 1; k >= 0; k--)
        Py_XDECREF(removed[k]);
finish:
    if (removed != NULL && removed != removed_here)
        PyMem_Free(removed);
    Py_XDECREF(seq);
    return result;
}

/* PyList_GetSlice/SetSlice on anything but an exact list: kept out of
   line so that the common case is a plain jump. */
static LIST_NOINLINE int
set_slice_checked(PyObject *a, Py_ssize_t lo, Py_ssize_t hi, PyObject *v)
{
    if (a == NULL || !PyList_Check(a)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return list_ass_slice((PyListObject *)a, lo, hi, v);
}

static LIST_NOINLINE PyObject *
get_slice_checked(PyObject *a, Py_ssize_t lo, Py_ssize_t hi)
{
    if (a == NULL || !PyList_Check(a)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return list_slice((PyListObject *)a, lo, hi);
}

int
PyList_SetSlice(PyObject *a, Py_ssize_t lo, Py_ssize_t hi, PyObject *v)
{
    if (a != NULL && PyList_CheckExact(a))
        return list_ass_slice((PyListObject *)a, lo, hi, v);
    return set_slice_checked(a, lo, hi, v);
}

static PyObject *
list_inplace_repeat(PyListObject *self, Py_ssize_t n)
{
    Py_ssize_t size = self->ob_size, i, j;
    PyObject **p;

    if (size == 0 || n == 1) {
        Py_INCREF(self);
        return (PyObject *)self;
    }
    if (n < 1) {
        list_clear(self);
        Py_INCREF(self);
        return (PyObject *)self;
    }
    if (size > PY_SSIZE_T_MAX / n ||
        (size_t)(size * n) > PY_SSIZE_T_MAX / sizeof(PyObject *))
        return PyErr_NoMemory();
    if (_PyMem_CheckAvailable((size_t)(size * (n - 1)) * sizeof(PyObject *)) < 0 ||
        _PyEval_ChargeTicks((long)((size * n) >> 8)) < 0)
        return NULL;
    if (list_resize(self, size * n) < 0)
        return NULL;
    p = self->ob_item + size;
    for (i = 1; i < n; i++) {
        for (j = 0; j < size; j++) {
            PyObject *o = self->ob_item[j];
            Py_INCREF(o);
            *p++ = o;
        }
    }
    Py_INCREF(self);
    return (PyObject *)self;
}

static int
list_ass_item(PyListObject *a, Py_ssize_t i, PyObject *v)
{
    PyObject *old;

    if (i < 0 || i >= a->ob_size) {
        PyErr_SetString(PyExc_IndexError,
                        "list assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return list_ass_slice(a, i, i + 1, v);
    Py_INCREF(v);
    old = a->ob_item[i];
    a->ob_item[i] = v;
    Py_DECREF(old);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Methods */

static PyObject *
listinsert(PyListObject *self, PyObject *args)
{
    Py_ssize_t i;
    PyObject *v;

    /* an int index, the commonest call, without the format parser */
    if (PyTuple_GET_SIZE(args) == 2 &&
        PyInt_CheckExact(PyTuple_GET_ITEM(args, 0))) {
        i = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 0));
        v = PyTuple_GET_ITEM(args, 1);
    }
    else if (!PyArg_ParseTuple(args, "nO:insert", &i, &v))
        return NULL;
    if (insert_at(self, i, v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
listappend(PyListObject *self, PyObject *v)
{
    if (append_one(self, v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
listextend(PyListObject *self, PyObject *b)
{
    PyObject *it, *item;
    Py_ssize_t hint, m;

    if (PyList_CheckExact(b) || PyTuple_CheckExact(b) ||
        (PyObject *)self == b) {
        /* Size known in advance: one resize, then copy. */
        PyObject *seq = PySequence_Fast(b, "argument must be iterable");
        Py_ssize_t n, m, i;
        PyObject **src;

        if (seq == NULL)
            return NULL;
        n = PySequence_Fast_GET_SIZE(seq);
        if (n == 0) {
            Py_DECREF(seq);
            Py_RETURN_NONE;
        }
        m = self->ob_size;
        if (n > PY_SSIZE_T_MAX - m ||
            (size_t)(m + n) > PY_SSIZE_T_MAX / sizeof(PyObject *)) {
            Py_DECREF(seq);
            return PyErr_NoMemory();
        }
        if (_PyMem_CheckAvailable((size_t)n * sizeof(PyObject *)) < 0 ||
            list_resize(self, m + n) < 0) {
            Py_DECREF(seq);
            return NULL;
        }
        /* re-read: when b is self the vector may have moved */
        src = PySequence_Fast_ITEMS(seq);
        for (i = 0; i < n; i++) {
            PyObject *o = src[i];
            Py_INCREF(o);
            self->ob_item[m + i] = o;
        }
        Py_DECREF(seq);
        Py_RETURN_NONE;
    }

    it = PyObject_GetIter(b);
    if (it == NULL)
        return NULL;
    /* As 2.5 does, ask the iterable for its length (len() or
       __length_hint__) and make room up front; an error other than "has no
       length" propagates. */
    hint = _PyObject_LengthHint(b);
    if (hint < 0) {
        if (!PyErr_ExceptionMatches(PyExc_TypeError) &&
            !PyErr_ExceptionMatches(PyExc_AttributeError)) {
            Py_DECREF(it);
            return NULL;
        }
        PyErr_Clear();
        hint = 8;
    }
    m = self->ob_size;
    if (hint > 0 && hint <= PY_SSIZE_T_MAX - m) {
        if (list_resize(self, m + hint) < 0) {
            Py_DECREF(it);
            return NULL;
        }
        self->ob_size = m;   /* the room is spare capacity only */
    }
    while ((item = PyIter_Next(it)) != NULL) {
        if (append_one(self, item) < 0) {
            Py_DECREF(item);
            Py_DECREF(it);
            return NULL;
        }
        Py_DECREF(item);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    /* give back a large unused tail */
    if (self->ob_size < self->allocated)
        list_resize(self, self->ob_size);
    Py_RETURN_NONE;
}

PyObject *
_PyList_Extend(PyListObject *self, PyObject *b)
{
    return listextend(self, b);
}

static PyObject *
list_inplace_concat(PyListObject *self, PyObject *other)
{
    PyObject *r = listextend(self, other);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_INCREF(self);
    return (PyObject *)self;
}

static PyObject *
listpop(PyListObject *self, PyObject *args)
{
    Py_ssize_t i = -1;
    PyObject *v;

    if (PyTuple_GET_SIZE(args) == 1 &&
        PyInt_CheckExact(PyTuple_GET_ITEM(args, 0)))
        i = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 0));
    else if (PyTuple_GET_SIZE(args) != 0 &&
             !PyArg_ParseTuple(args, "|n:pop", &i))
        return NULL;
    if (self->ob_size == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += self->ob_size;
    if (i < 0 || i >= self->ob_size) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    v = self->ob_item[i];
    if (i == self->ob_size - 1) {
        if (list_resize(self, self->ob_size - 1) < 0)
            return NULL;
        return v;      /* the list's reference becomes ours */
    }
    /* close the gap; the list's reference becomes ours, so no code runs */
    memmove(&self->ob_item[i], &self->ob_item[i + 1],
            (size_t)(self->ob_size - i - 1) * sizeof(PyObject *));
    if (list_resize(self, self->ob_size - 1) < 0) {
        /* a shrinking realloc failed: the vector is still usable */
        PyErr_Clear();
        self->ob_size--;
    }
    return v;
}

static PyObject *
listremove(PyListObject *self, PyObject *v)
{
    Py_ssize_t i;

    for (i = 0; i < self->ob_size; i++) {
        PyObject *item = self->ob_item[i];
        int cmp;
        Py_INCREF(item);
        cmp = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (cmp > 0) {
            if (list_ass_slice(self, i, i + 1, NULL) < 0)
                return NULL;
            Py_RETURN_NONE;
        }
        if (cmp < 0)
            return NULL;
    }
    PyErr_SetString(PyExc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static PyObject *
listindex(PyListObject *self, PyObject *args)
{
    Py_ssize_t i, start = 0, stop = PY_SSIZE_T_MAX;
    PyObject *v;

    if (!PyArg_ParseTuple(args, "O|O&O&:index", &v,
                          _PyEval_SliceIndex, &start,
                          _PyEval_SliceIndex, &stop))
        return NULL;
    if (start < 0) {
        start += self->ob_size;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += self->ob_size;
        if (stop < 0)
            stop = 0;
    }
    for (i = start; i < stop && i < self->ob_size; i++) {
        PyObject *item = self->ob_item[i];
        int cmp;
        Py_INCREF(item);
        cmp = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (cmp > 0)
            return PyInt_FromSsize_t(i);
        if (cmp < 0)
            return NULL;
    }
    PyErr_SetString(PyExc_ValueError, "list.index(x): x not in list");
    return NULL;
}

static PyObject *
listcount(PyListObject *self, PyObject *v)
{
    Py_ssize_t i, count = 0;

    for (i = 0; i < self->ob_size; i++) {
        PyObject *item = self->ob_item[i];
        int cmp;
        Py_INCREF(item);
        cmp = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (cmp > 0)
            count++;
        else if (cmp < 0)
            return NULL;
    }
    return PyInt_FromSsize_t(count);
}

static void
reverse_range(PyObject **lo, PyObject **hi)
{
    /* hi points one past the last item */
    --hi;
    while (lo < hi) {
        PyObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}

static PyObject *
listreverse(PyListObject *self)
{
    if (self->ob_size > 1)
        reverse_range(self->ob_item, self->ob_item + self->ob_size);
    Py_RETURN_NONE;
}

int
PyList_Reverse(PyObject *v)
{
    PyListObject *self = (PyListObject *)v;

    if (v == NULL || !PyList_Check(v)) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (self->ob_size > 1)
        reverse_range(self->ob_item, self->ob_item + self->ob_size);
    return 0;
}

PyObject *
PyList_AsTuple(PyObject *v)
{
    PyObject *w;
    Py_ssize_t i, n;

    if (v == NULL || !PyList_Check(v)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    n = ((PyListObject *)v)->ob_size;
    w = PyTuple_New(n);
    if (w == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *o = ((PyListObject *)v)->ob_item[i];
        Py_INCREF(o);
        PyTuple_SET_ITEM(w, i, o);
    }
    return w;
}

/* ------------------------------------------------------------------ */
/* Sorting.

   A stable natural merge sort.  The input is cut into ascending runs
   (strictly descending stretches are reversed in place); runs shorter
   than a minimum length are extended with binary insertion.  Runs are kept
   on a stack whose lengths grow quickly towards the bottom, which bounds
   its depth and keeps merges balanced.  Before merging two runs, the parts
   already in their final place are found by binary search and skipped.

   The sort works on (key, value) slots so that key= costs no wrapper
   objects: without key= both fields point at the item.  Every
   comparison may fail; the slot array is a permutation of its input at
   every point where a comparison can happen, so bailing out leaves each
   item exactly once in the array. */

typedef struct {
    PyObject *key;
    PyObject *value;
} sortslot;

#define RUN_STACK_MAX 96

/* How two keys are ordered, settled once per sort by looking at every
   key: when there is no cmp= and all keys have one exact type among int,
   float and str, a comparison can neither fail nor run Python code and its
   outcome is the C one, so it is done in place. */
enum {
    KEYS_MIXED,         /* anything else: per pair, rich comparison */
    KEYS_INT,
    KEYS_FLOAT,
    KEYS_STR,
    KEYS_CMPFUNC        /* the cmp= function decides */
};

typedef struct {
    int keykind;                /* KEYS_* */
    PyObject *cmpfunc;          /* cmp= argument or NULL */
    sortslot *tmp;              /* merge scratch space */
    Py_ssize_t tmpsize;
    Py_ssize_t nruns;
    Py_ssize_t run_base[RUN_STACK_MAX];
    Py_ssize_t run_len[RUN_STACK_MAX];
    sortslot *slots;
} sorter;

/* x < y for two exact strs: bytes as unsigned, then the shorter first.
   The terminating NUL every str has makes the first-byte test valid for
   empty strings too. */
static inline int
str_less(PyObject *x, PyObject *y)
{
    const unsigned char *p = (const unsigned char *)PyString_AS_STRING(x);
    const unsigned char *q = (const unsigned char *)PyString_AS_STRING(y);
    Py_ssize_t lx, ly, n, i;
    int c;

    if (p[0] != q[0])
        return p[0] < q[0];
    lx = PyString_GET_SIZE(x);
    ly = PyString_GET_SIZE(y);
    n = lx < ly ? lx : ly;
    if (n <= 16) {
        /* neighbours in a merge share a prefix: short keys byte by byte */
        for (i = 1; i < n; i++) {
            if (p[i] != q[i])
                return p[i] < q[i];
        }
        return lx < ly;
    }
    c = memcmp(p, q, (size_t)n);
    return c < 0 || (c == 0 && lx < ly);
}

/* The comparisons that may fail or run code; 1, 0 or -1 on error. */
static int
sort_less_slow(sorter *st, PyObject *x, PyObject *y)
{
    PyObject *res;
    long v;

    if (st->cmpfunc == NULL) {
        /* a pair of one exact type inside a mixed list */
        if (x->ob_type == y->ob_type) {
            if (PyInt_CheckExact(x))
                return PyInt_AS_LONG(x) < PyInt_AS_LONG(y);
            if (PyFloat_CheckExact(x))
                return PyFloat_AS_DOUBLE(x) < PyFloat_AS_DOUBLE(y);
            if (PyString_CheckExact(x))
                return str_less(x, y);
        }
        return PyObject_RichCompareBool(x, y, Py_LT);
    }
    /* x and y stay alive in the slots for the whole call */
    res = PyObject_CallFunctionObjArgs(st->cmpfunc, x, y, NULL);
    if (res == NULL)
        return -1;
    if (!PyInt_Check(res)) {
        PyErr_SetString(PyExc_TypeError,
                        "comparison function must return int");
        Py_DECREF(res);
        return -1;
    }
    v = PyInt_AsLong(res);
    Py_DECREF(res);
    return v < 0;
}

/* 1 if x < y, 0 if not, -1 on error. */
static inline int
sort_less(sorter *st, PyObject *x, PyObject *y)
{
    switch (st->keykind) {
    case KEYS_FLOAT:
        return PyFloat_AS_DOUBLE(x) < PyFloat_AS_DOUBLE(y);
    case KEYS_INT:
        return PyInt_AS_LONG(x) < PyInt_AS_LONG(y);
    case KEYS_STR:
        return str_less(x, y);
    default:
        return sort_less_slow(st, x, y);
    }
}

/* KEYS_INT, KEYS_FLOAT or KEYS_STR if all n > 0 keys are of that exact
   type, else KEYS_MIXED. */
static int
classify_keys(sortslot *s, Py_ssize_t n)
{
    PyTypeObject *t = s[0].key->ob_type;
    int kind;
    Py_ssize_t i;

    if (t == &PyFloat_Type)
        kind = KEYS_FLOAT;
    else if (t == &PyInt_Type)
        kind = KEYS_INT;
    else if (t == &PyString_Type)
        kind = KEYS_STR;
    else
        return KEYS_MIXED;
    for (i = 1; i < n; i++) {
        if (s[i].key->ob_type != t)
            return KEYS_MIXED;
    }
    return kind;
}

static void
reverse_slots(sortslot *lo, sortslot *hi)
{
    --hi;
    while (lo < hi) {
        sortslot t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}

/* Insert s[start..n) one by one into the sorted prefix s[0..start). */
static int
binary_insertion(sorter *st, sortslot *s, Py_ssize_t n, Py_ssize_t start)
{
    Py_ssize_t i, lo, hi, mid;

    for (i = start; i < n; i++) {
        sortslot pivot = s[i];
        int k;
        lo = 0;
        hi = i;
        while (lo < hi) {
            mid = lo + ((hi - lo) >> 1);
            k = sort_less(st, pivot.key, s[mid].key);
            if (k < 0)
                return -1;
            if (k)
                hi = mid;
            else
                lo = mid + 1;       /* equal keys stay in order */
        }
        memmove(&s[lo + 1], &s[lo], (size_t)(i - lo) * sizeof(sortslot));
        s[lo] = pivot;
    }
    return 0;
}

/* Length of the run starting at s[0] (n > 0); a strictly descending run
   is reversed so that every run is ascending.  -1 on error. */
static Py_ssize_t
find_run(sorter *st, sortslot *s, Py_ssize_t n)
{
    Py_ssize_t len = 1;
    int k;

    if (n == 1)
        return 1;
    k = sort_less(st, s[1].key, s[0].key);
    if (k < 0)
        return -1;
    len = 2;
    if (k) {
        for (; len < n; len++) {
            k = sort_less(st, s[len].key, s[len - 1].key);
            if (k < 0)
                return -1;
            if (!k)
                break;
        }
        reverse_slots(s, s + len);
    }
    else {
        for (; len < n; len++) {
            k = sort_less(st, s[len].key, s[len - 1].key);
            if (k < 0)
                return -1;
            if (k)
                break;
        }
    }
    return len;
}

/* Number of items of a[0..n) that are <= key (first index i with
   key < a[i]). */
static Py_ssize_t
upper_bound(sorter *st, PyObject *key, sortslot *a, Py_ssize_t n)
{
    Py_ssize_t lo = 0, hi = n, mid;
    int k;

    while (lo < hi) {
        mid = lo + ((hi - lo) >> 1);
        k = sort_less(st, key, a[mid].key);
        if (k < 0)
            return -1;
        if (k)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* Number of items of a[0..n) that are < key. */
static Py_ssize_t
lower_bound(sorter *st, PyObject *key, sortslot *a, Py_ssize_t n)
{
    Py_ssize_t lo = 0, hi = n, mid;
    int k;

    while (lo < hi) {
        mid = lo + ((hi - lo) >> 1);
        k = sort_less(st, a[mid].key, key);
        if (k < 0)
            return -1;
        if (k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int
ensure_tmp(sorter *st, Py_ssize_t need)
{
    sortslot *p;

    if (need <= st->tmpsize)
        return 0;
    if ((size_t)need > PY_SSIZE_T_MAX / sizeof(sortslot)) {
        PyErr_NoMemory();
        return -1;
    }
    p = (sortslot *)PyMem_Malloc((size_t)need * sizeof(sortslot));
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyMem_Free(st->tmp);
    st->tmp = p;
    st->tmpsize = need;
    return 0;
}

/* Galloping: when one run keeps winning, find with an exponential then
   binary search how many of its items go next, and move them as a block.
   The kinds of search: */
#define RUN_LE   0      /* leading items x with x <= key  */
#define RUN_LT   1      /* leading items x with x < key   */
#define RUN_GT   2      /* trailing items x with x > key  */
#define RUN_GE   3      /* trailing items x with x >= key */

#define GALLOP_AFTER 7  /* consecutive wins before galloping */

/* Length of the stretch of a[0..n) (from the start for RUN_LE/RUN_LT,
   from the end for RUN_GT/RUN_GE) whose items satisfy the relation to
   key.  The relation holds on a prefix (or suffix) because a is sorted.
   -1 on error. */
static Py_ssize_t
gallop(sorter *st, PyObject *key, sortslot *a, Py_ssize_t n, int kind)
{
    Py_ssize_t lo = 0, hi = 1, mid;
    int k;

#define HOLDS(j, out) do {                                              \
        PyObject *x_ = a[(kind >= RUN_GT) ? n - 1 - (j) : (j)].key;     \
        switch (kind) {                                                 \
        case RUN_LE: k = sort_less(st, key, x_); k = k < 0 ? k : !k; break; \
        case RUN_LT: k = sort_less(st, x_, key); break;                 \
        case RUN_GT: k = sort_less(st, key, x_); break;                 \
        default:     k = sort_less(st, x_, key); k = k < 0 ? k : !k; break; \
        }                                                               \
        if (k < 0)                                                      \
            return -1;                                                  \
        (out) = k;                                                      \
    } while (0)

    /* probe positions 0, 1, 3, 7, ... until the relation fails */
    while (hi <= n) {
        int ok;
        HOLDS(hi - 1, ok);
        if (!ok) {
            hi = hi - 1;        /* known to fail there */
            break;
        }
        lo = hi;
        if (hi > PY_SSIZE_T_MAX / 2)
            hi = n + 1;
        else
            hi = hi * 2;
    }
    if (hi > n)
        hi = n;
    /* the answer is in [lo, hi] */
    while (lo < hi) {
        int ok;
        mid = lo + ((hi - lo) >> 1);
        HOLDS(mid, ok);
        if (ok)
            lo = mid + 1;
        else
            hi = mid;
    }
#undef HOLDS
    return lo;
}

/* Merge a[0..na) and b = a + na, b[0..nb), na <= nb, na >= 1, from the
   left, with a copied out to the scratch space.  At every comparison the
   slots are: merged output a[0..ia+ib), pending tmp[ia..na), pending
   b at a[na+ib..na+nb); the gap between output and pending b is exactly
   the size of pending tmp, which goes there if we bail out. */
static int
merge_low(sorter *st, sortslot *a, Py_ssize_t na, Py_ssize_t nb)
{
    sortslot *tmp;
    Py_ssize_t ia = 0, ib = 0, wins_a = 0, wins_b = 0, cnt_a, cnt_b;
    int k, rc = 0;

    if (ensure_tmp(st, na) < 0)
        return -1;
    tmp = st->tmp;
    memcpy(tmp, a, (size_t)na * sizeof(sortslot));
    while (ia < na && ib < nb) {
        if (wins_a < GALLOP_AFTER && wins_b < GALLOP_AFTER) {
            k = sort_less(st, a[na + ib].key, tmp[ia].key);
            if (k < 0) {
                rc = -1;
                break;
            }
            if (k) {
                a[ia + ib] = a[na + ib];
                ib++;
                wins_b++;
                wins_a = 0;
            }
            else {
                a[ia + ib] = tmp[ia];
                ia++;
                wins_a++;
                wins_b = 0;
            }
            continue;
        }
        /* a's items not above b's head go first (stability) */
        cnt_a = gallop(st, a[na + ib].key, tmp + ia, na - ia, RUN_LE);
        if (cnt_a < 0) {
            rc = -1;
            break;
        }
        memcpy(a + ia + ib, tmp + ia, (size_t)cnt_a * sizeof(sortslot));
        ia += cnt_a;
        if (ia == na)
            break;
        /* then b's items strictly below a's head */
        cnt_b = gallop(st, tmp[ia].key, a + na + ib, nb - ib, RUN_LT);
        if (cnt_b < 0) {
            rc = -1;
            break;
        }
        memmove(a + ia + ib, a + na + ib, (size_t)cnt_b * sizeof(sortslot));
        ib += cnt_b;
        if (cnt_a < GALLOP_AFTER && cnt_b < GALLOP_AFTER)
            wins_a = wins_b = 0;    /* not paying off: one at a time */
    }
    if (ia < na)
        memcpy(a + ia + ib, tmp + ia, (size_t)(na - ia) * sizeof(sortslot));
    return rc;
}

/* Merge a[0..na) and b = a + na, b[0..nb), nb < na, nb >= 1, from the
   right, with b copied out.  Pending: a[0..la) in place and tmp[0..lb);
   output fills a[la+lb..na+nb).  Bailing out copies tmp[0..lb) to
   a[la..la+lb). */
static int
merge_high(sorter *st, sortslot *a, Py_ssize_t na, Py_ssize_t nb)
{
    sortslot *tmp;
    Py_ssize_t la = na, lb = nb, wins_a = 0, wins_b = 0, cnt_a, cnt_b;
    int k, rc = 0;

    if (ensure_tmp(st, nb) < 0)
        return -1;
    tmp = st->tmp;
    memcpy(tmp, a + na, (size_t)nb * sizeof(sortslot));
    while (la > 0 && lb > 0) {
        if (wins_a < GALLOP_AFTER && wins_b < GALLOP_AFTER) {
            k = sort_less(st, tmp[lb - 1].key, a[la - 1].key);
            if (k < 0) {
                rc = -1;
                break;
            }
            if (k) {
                a[la + lb - 1] = a[la - 1];
                la--;
                wins_a++;
                wins_b = 0;
            }
            else {
                a[la + lb - 1] = tmp[lb - 1];
                lb--;
                wins_b++;
                wins_a = 0;
            }
            continue;
        }
        /* a's items above b's last go to the end first */
        cnt_a = gallop(st, tmp[lb - 1].key, a, la, RUN_GT);
        if (cnt_a < 0) {
            rc = -1;
            break;
        }
        memmove(a + la + lb - cnt_a, a + la - cnt_a,
                (size_t)cnt_a * sizeof(sortslot));
        la -= cnt_a;
        if (la == 0)
            break;
        /* then b's items not below a's last (stability) */
        cnt_b = gallop(st, a[la - 1].key, tmp, lb, RUN_GE);
        if (cnt_b < 0) {
            rc = -1;
            break;
        }
        memcpy(a + la + lb - cnt_b, tmp + lb - cnt_b,
               (size_t)cnt_b * sizeof(sortslot));
        lb -= cnt_b;
        if (cnt_a < GALLOP_AFTER && cnt_b < GALLOP_AFTER)
            wins_a = wins_b = 0;
    }
    if (lb > 0)
        memcpy(a + la, tmp, (size_t)lb * sizeof(sortslot));
    return rc;
}

/* Merge runs i and i+1 of the stack. */
static int
merge_runs(sorter *st, Py_ssize_t i)
{
    sortslot *a, *b;
    Py_ssize_t na, nb, k;

    a = st->slots + st->run_base[i];
    na = st->run_len[i];
    b = st->slots + st->run_base[i + 1];
    nb = st->run_len[i + 1];

    if (_PyEval_ChargeTicks((long)((na + nb) >> 4) + 1) < 0)
        return -1;
    st->run_len[i] = na + nb;
    if (i == st->nruns - 3) {
        st->run_base[i + 1] = st->run_base[i + 2];
        st->run_len[i + 1] = st->run_len[i + 2];
    }
    st->nruns--;

    /* a's prefix that is <= b[0] is already in place */
    k = upper_bound(st, b[0].key, a, na);
    if (k < 0)
        return -1;
    a += k;
    na -= k;
    if (na == 0)
        return 0;
    /* b's suffix that is >= a[last] is already in place */
    nb = lower_bound(st, a[na - 1].key, b, nb);
    if (nb < 0)
        return -1;
    if (nb == 0)
        return 0;
    if (na <= nb)
        return merge_low(st, a, na, nb);
    return merge_high(st, a, na, nb);
}

/* Restore the stack invariants: each run longer than the two above it
   together, and longer than the one above it. */
static int
collapse_runs(sorter *st)
{
    Py_ssize_t *len = st->run_len;

    while (st->nruns > 1) {
        Py_ssize_t n = st->nruns - 2;
        if ((n > 0 && len[n - 1] <= len[n] + len[n + 1]) ||
            (n > 1 && len[n - 2] <= len[n - 1] + len[n])) {
            if (len[n - 1] < len[n + 1])
                n--;
        }
        else if (len[n] > len[n + 1]) {
            break;
        }
        if (merge_runs(st, n) < 0)
            return -1;
    }
    return 0;
}

static int
collapse_all(sorter *st)
{
    Py_ssize_t *len = st->run_len;

    while (st->nruns > 1) {
        Py_ssize_t n = st->nruns - 2;
        if (n > 0 && len[n - 1] < len[n + 1])
            n--;
        if (merge_runs(st, n) < 0)
            return -1;
    }
    return 0;
}

static Py_ssize_t
min_run_length(Py_ssize_t n)
{
    Py_ssize_t low_bits = 0;

    while (n >= 64) {
        low_bits |= n & 1;
        n >>= 1;
    }
    return n + low_bits;
}

static int
sort_slots(sortslot *slots, Py_ssize_t n, PyObject *cmpfunc)
{
    sorter st;
    Py_ssize_t pos = 0, minrun, run, force;
    int rc = 0;

    if (n < 2)
        return 0;
    st.cmpfunc = cmpfunc;
    st.keykind = cmpfunc != NULL ? KEYS_CMPFUNC : classify_keys(slots, n);
    st.tmp = NULL;
    st.tmpsize = 0;
    st.nruns = 0;
    st.slots = slots;
    minrun = min_run_length(n);

    while (pos < n) {
        run = find_run(&st, slots + pos, n - pos);
        if (run < 0) {
            rc = -1;
            break;
        }
        if (run < minrun) {
            force = n - pos < minrun ? n - pos : minrun;
            if (binary_insertion(&st, slots + pos, force, run) < 0) {
                rc = -1;
                break;
            }
            run = force;
        }
        if (st.nruns >= RUN_STACK_MAX) {
            /* cannot happen with the invariants kept, but never overflow */
            PyErr_SetString(PyExc_SystemError, "sort run stack overflow");
            rc = -1;
            break;
        }
        st.run_base[st.nruns] = pos;
        st.run_len[st.nruns] = run;
        st.nruns++;
        if (collapse_runs(&st) < 0) {
            rc = -1;
            break;
        }
        pos += run;
    }
    if (rc == 0)
        rc = collapse_all(&st);
    PyMem_Free(st.tmp);
    return rc;
}

static PyObject *
listsort(PyListObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *cmpfunc = NULL, *keyfunc = NULL;
    int reverse = 0;
    static char *kwlist[] = {"cmp", "key", "reverse", 0};
    PyObject **saved_items, **stray;
    Py_ssize_t saved_size, saved_alloc, i, nkeys = 0, nstray;
    sortslot *slots = NULL;
    int ok = 0;

    if (args != NULL && (PyTuple_GET_SIZE(args) != 0 || kwds != NULL)) {
        if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OOi:sort", kwlist,
                                         &cmpfunc, &keyfunc, &reverse))
            return NULL;
    }
    if (cmpfunc == Py_None)
        cmpfunc = NULL;
    if (keyfunc == Py_None)
        keyfunc = NULL;

    /* Take the items out: while sorting, the list looks empty and any
       change to it is noticed afterwards (allocated != -1). */
    saved_items = self->ob_item;
    saved_size = self->ob_size;
    saved_alloc = self->allocated;
    self->ob_item = NULL;
    self->ob_size = 0;
    self->allocated = -1;

    if (saved_size > 0) {
        slots = PyMem_New(sortslot, saved_size);
        if (slots == NULL) {
            PyErr_NoMemory();
            goto restore;
        }
    }
    for (i = 0; i < saved_size; i++) {
        slots[i].value = saved_items[i];
        if (keyfunc == NULL) {
            slots[i].key = saved_items[i];
        }
        else {
            PyObject *k = PyObject_CallFunctionObjArgs(keyfunc,
                                                       saved_items[i], NULL);
            if (k == NULL)
                goto release_keys;
            slots[i].key = k;
            nkeys++;
        }
    }

    if (reverse && saved_size > 1)
        reverse_slots(slots, slots + saved_size);
    ok = sort_slots(slots, saved_size, cmpfunc) == 0;
    if (reverse && saved_size > 1)
        reverse_slots(slots, slots + saved_size);
    for (i = 0; i < saved_size; i++)
        saved_items[i] = slots[i].value;

release_keys:
    if (keyfunc != NULL) {
        /* slot order may have changed; exactly nkeys slots own keys only
           when all were made, otherwise the first nkeys (unsorted) */
        for (i = 0; i < nkeys; i++)
            Py_DECREF(slots[i].key);
    }
restore:
    PyMem_Free(slots);
    if (self->allocated != -1 && ok) {
        PyErr_SetString(PyExc_ValueError, "list modified during sort");
        ok = 0;
    }
    stray = self->ob_item;
    nstray = self->ob_size;
    self->ob_item = saved_items;
    self->ob_size = saved_size;
    self->allocated = saved_alloc;
    if (stray != NULL) {
        while (--nstray >= 0)
            Py_XDECREF(stray[nstray]);
        PyMem_Free(stray);
    }
    if (!ok)
        return NULL;
    Py_RETURN_NONE;
}

int
PyList_Sort(PyObject *v)
{
    PyObject *r;

    if (v == NULL || !PyList_Check(v)) {
        PyErr_BadInternalCall();
        return -1;
    }
    r = listsort((PyListObject *)v, NULL, NULL);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

/* ------------------------------------------------------------------ */

static int
list_traverse(PyListObject *o, visitproc visit, void *arg)
{
    Py_ssize_t i;

    for (i = o->ob_size; --i >= 0; )
        Py_VISIT(o->ob_item[i]);
    return 0;
}

static PyObject *
list_richcompare(PyObject *v, PyObject *w, int op)
{
    PyListObject *vl, *wl;
    Py_ssize_t i;
    PyObject *x, *y, *res;
    int cmp;

    if (!PyList_Check(v) || !PyList_Check(w)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    vl = (PyListObject *)v;
    wl = (PyListObject *)w;
    if (vl->ob_size != wl->ob_size && (op == Py_EQ || op == Py_NE))
        return PyBool_FromLong(op == Py_NE);

    for (i = 0; i < vl->ob_size && i < wl->ob_size; i++) {
        x = vl->ob_item[i];
        y = wl->ob_item[i];
        Py_INCREF(x);
        Py_INCREF(y);
        cmp = PyObject_RichCompareBool(x, y, Py_EQ);
        Py_DECREF(x);
        Py_DECREF(y);
        if (cmp < 0)
            return NULL;
        if (!cmp)
            break;
    }
    if (i >= vl->ob_size || i >= wl->ob_size) {
        Py_ssize_t a = vl->ob_size, b = wl->ob_size;
        int r;
        switch (op) {
        case Py_LT: r = a < b; break;
        case Py_LE: r = a <= b; break;
        case Py_EQ: r = a == b; break;
        case Py_NE: r = a != b; break;
        case Py_GT: r = a > b; break;
        case Py_GE: r = a >= b; break;
        default: r = 0; break;
        }
        return PyBool_FromLong(r);
    }
    if (op == Py_EQ)
        Py_RETURN_FALSE;
    if (op == Py_NE)
        Py_RETURN_TRUE;
    x = vl->ob_item[i];
    y = wl->ob_item[i];
    Py_INCREF(x);
    Py_INCREF(y);
    res = PyObject_RichCompare(x, y, op);
    Py_DECREF(x);
    Py_DECREF(y);
    return res;
}

static int
list_init(PyListObject *self, PyObject *args, PyObject *kw)
{
    PyObject *arg = NULL;
    static char *kwlist[] = {"sequence", 0};

    /* one positional argument, the commonest call, without the parser */
    if (kw == NULL && PyTuple_GET_SIZE(args) == 1)
        arg = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:list", kwlist, &arg))
        return -1;
    if (self->ob_item != NULL || self->ob_size != 0)
        list_clear(self);
    if (arg != NULL) {
        PyObject *rv = listextend(self, arg);
        if (rv == NULL)
            return -1;
        Py_DECREF(rv);
    }
    return 0;
}

static long
list_nohash(PyObject *self)
{
    PyErr_SetString(PyExc_TypeError, "list objects are unhashable");
    return -1;
}

static PyObject *list_iter(PyObject *seq);
static PyObject *list_reversed(PyListObject *seq, PyObject *unused);

static PyObject *
list_subscript(PyListObject *self, PyObject *item)
{
    if (PyInt_CheckExact(item)) {
        Py_ssize_t i = PyInt_AS_LONG(item);
        if (i < 0)
            i += self->ob_size;
        return list_item(self, i);
    }
    if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step, len, cur, k;
        PyListObject *r;

        if (PySlice_GetIndicesEx((PySliceObject *)item, self->ob_size,
                                 &start, &stop, &step, &len) < 0)
            return NULL;
        if (len <= 0)
            return PyList_New(0);
        if (step == 1)
            return list_slice(self, start, stop);
        r = list_alloc(len);
        if (r == NULL)
            return NULL;
        for (cur = start, k = 0; k < len; cur += step, k++) {
            PyObject *o = self->ob_item[cur];
            Py_INCREF(o);
            r->ob_item[k] = o;
        }
        _PyObject_GC_TRACK(r);
        return (PyObject *)r;
    }
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += self->ob_size;
        return list_item(self, i);
    }
    PyErr_SetString(PyExc_TypeError, "list indices must be integers");
    return NULL;
}

static int
list_ass_subscript(PyListObject *self, PyObject *item, PyObject *value)
{
    if (PyInt_CheckExact(item)) {
        Py_ssize_t i = PyInt_AS_LONG(item);
        if (i < 0)
            i += self->ob_size;
        return list_ass_item(self, i, value);
    }
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += self->ob_size;
        return list_ass_item(self, i, value);
    }
    else if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step, len, cur, k;

        if (PySlice_GetIndicesEx((PySliceObject *)item, self->ob_size,
                                 &start, &stop, &step, &len) < 0)
            return -1;
        if (step == 1)
            return list_ass_slice(self, start, stop, value);

        /* Extended slice. */
        if (value == NULL) {
            PyObject **garbage;
            Py_ssize_t src, dst;

            if (len <= 0)
                return 0;
            if (step < 0) {
                /* walk it forwards */
                stop = start + 1;
                start = stop + step * (len - 1) - 1;
                step = -step;
            }
            garbage = PyMem_New(PyObject *, len);
            if (garbage == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            /* compact: move survivors left over the deleted slots */
            dst = start;
            k = 0;
            for (src = start; src < self->ob_size; src++) {
                if (k < len && src == start + k * step) {
                    garbage[k++] = self->ob_item[src];
                    continue;
                }
                self->ob_item[dst++] = self->ob_item[src];
            }
            self->ob_size -= len;
            if (list_resize(self, self->ob_size) < 0)
                PyErr_Clear();  /* only a shrink; the list is valid */
            for (k = 0; k < len; k++)
                Py_DECREF(garbage[k]);
            PyMem_Free(garbage);
            return 0;
        }
        else {
            PyObject *seq, **src, **garbage;

            if ((PyObject *)self == value) {
                seq = list_slice((PyListObject *)value, 0,
                                 ((PyListObject *)value)->ob_size);
            }
            else {
                seq = PySequence_Fast(value,
                                      "must assign iterable to extended slice");
            }
            if (seq == NULL)
                return -1;
            /* the conversion may have run code that changed the list */
            if (PySlice_GetIndicesEx((PySliceObject *)item, self->ob_size,
                                     &start, &stop, &step, &len) < 0) {
                Py_DECREF(seq);
                return -1;
            }
            if (PySequence_Fast_GET_SIZE(seq) != len) {
                PyErr_Format(PyExc_ValueError,
                             "attempt to assign sequence of size %zd "
                             "to extended slice of size %zd",
                             PySequence_Fast_GET_SIZE(seq), len);
                Py_DECREF(seq);
                return -1;
            }
            if (len == 0) {
                Py_DECREF(seq);
                return 0;
            }
            garbage = PyMem_New(PyObject *, len);
            if (garbage == NULL) {
                Py_DECREF(seq);
                PyErr_NoMemory();
                return -1;
            }
            src = PySequence_Fast_ITEMS(seq);
            for (cur = start, k = 0; k < len; cur += step, k++) {
                garbage[k] = self->ob_item[cur];
                Py_INCREF(src[k]);
                self->ob_item[cur] = src[k];
            }
            for (k = 0; k < len; k++)
                Py_DECREF(garbage[k]);
            PyMem_Free(garbage);
            Py_DECREF(seq);
            return 0;
        }
    }
    PyErr_SetString(PyExc_TypeError, "list indices must be integers");
    return -1;
}

static char getitem_doc[] = "x.__getitem__(y) <==> x[y]";
static char reversed_doc[] =
    "L.__reversed__() -- return a reverse iterator over the list";
static char append_doc[] = "L.append(object) -- append object to end";
static char extend_doc[] =
    "L.extend(iterable) -- extend list by appending elements from the iterable";
static char insert_doc[] = "L.insert(index, object) -- insert object before index";
static char pop_doc[] =
    "L.pop([index]) -> item -- remove and return item at index (default last)";
static char remove_doc[] = "L.remove(value) -- remove first occurrence of value";
static char index_doc[] =
    "L.index(value, [start, [stop]]) -> integer -- return first index of value";
static char count_doc[] = "L.count(value) -> integer -- return number of occurrences of value";
static char reverse_doc[] = "L.reverse() -- reverse *IN PLACE*";
static char sort_doc[] =
    "L.sort(cmp=None, key=None, reverse=False) -- stable sort *IN PLACE*;\n"
    "cmp(x, y) -> -1, 0, 1";

static PyMethodDef list_methods[] = {
    {"__getitem__", (PyCFunction)list_subscript, METH_O | METH_COEXIST, getitem_doc},
    {"__reversed__", (PyCFunction)list_reversed, METH_NOARGS, reversed_doc},
    {"append", (PyCFunction)listappend, METH_O, append_doc},
    {"insert", (PyCFunction)listinsert, METH_VARARGS, insert_doc},
    {"extend", (PyCFunction)listextend, METH_O, extend_doc},
    {"pop", (PyCFunction)listpop, METH_VARARGS, pop_doc},
    {"remove", (PyCFunction)listremove, METH_O, remove_doc},
    {"index", (PyCFunction)listindex, METH_VARARGS, index_doc},
    {"count", (PyCFunction)listcount, METH_O, count_doc},
    {"reverse", (PyCFunction)listreverse, METH_NOARGS, reverse_doc},
    {"sort", (PyCFunction)listsort, METH_VARARGS | METH_KEYWORDS, sort_doc},
    {NULL, NULL, 0, NULL}
};

static PySequenceMethods list_as_sequence = {
    (lenfunc)list_length,                   /* sq_length */
    (binaryfunc)list_concat,                /* sq_concat */
    (ssizeargfunc)list_repeat,              /* sq_repeat */
    (ssizeargfunc)list_item,                /* sq_item */
    (ssizessizeargfunc)list_slice,          /* sq_slice */
    (ssizeobjargproc)list_ass_item,         /* sq_ass_item */
    (ssizessizeobjargproc)list_ass_slice,   /* sq_ass_slice */
    (objobjproc)list_contains,              /* sq_contains */
    (binaryfunc)list_inplace_concat,        /* sq_inplace_concat */
    (ssizeargfunc)list_inplace_repeat,      /* sq_inplace_repeat */
};

static PyMappingMethods list_as_mapping = {
    (lenfunc)list_length,
    (binaryfunc)list_subscript,
    (objobjargproc)list_ass_subscript
};

static char list_doc[] =
"list() -> new list\n"
"list(sequence) -> new list initialized from sequence's items";

PyTypeObject PyList_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "list",
    sizeof(PyListObject),
    0,
    (destructor)list_dealloc,               /* tp_dealloc */
    0,                                      /* tp_print */
    0,                                      /* tp_getattr */
    0,                                      /* tp_setattr */
    0,                                      /* tp_compare */
    (reprfunc)list_repr,                    /* tp_repr */
    0,                                      /* tp_as_number */
    &list_as_sequence,                      /* tp_as_sequence */
    &list_as_mapping,                       /* tp_as_mapping */
    list_nohash,                            /* tp_hash */
    0,                                      /* tp_call */
    0,                                      /* tp_str */
    PyObject_GenericGetAttr,                /* tp_getattro */
    0,                                      /* tp_setattro */
    0,                                      /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    list_doc,                               /* tp_doc */
    (traverseproc)list_traverse,            /* tp_traverse */
    (inquiry)list_clear,                    /* tp_clear */
    list_richcompare,                       /* tp_richcompare */
    0,                                      /* tp_weaklistoffset */
    list_iter,                              /* tp_iter */
    0,                                      /* tp_iternext */
    list_methods,                           /* tp_methods */
    0,                                      /* tp_members */
    0,                                      /* tp_getset */
    0,                                      /* tp_base */
    0,                                      /* tp_dict */
    0,                                      /* tp_descr_get */
    0,                                      /* tp_descr_set */
    0,                                      /* tp_dictoffset */
    (initproc)list_init,                    /* tp_init */
    PyType_GenericAlloc,                    /* tp_alloc */
    PyType_GenericNew,                      /* tp_new */
    PyObject_GC_Del,                        /* tp_free */
};

/* ------------------------------------------------------------------ */
/* Iterators: forward and reversed.  Both hold the list until exhausted
   and check the index against the current size on every step. */

typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyListObject *it_seq;       /* NULL once exhausted */
} listiterobject;

/* Spare forward iterators, under the same rule as the spare lists
   (linked through it_seq). */
#define LISTITER_SPARES_MAX 8
extern PyTypeObject PyListIter_Type;
static listiterobject *listiter_spares;
static int listiter_nspares;

static void
listiter_dealloc(listiterobject *it)
{
    PyObject_GC_UnTrack(it);
    Py_TRASHCAN_SAFE_BEGIN(it)
    Py_XDECREF(it->it_seq);
#ifndef Py_ALLOC_MALLOC_ONLY
    if (_PyMem_NumAccounts <= 1 && it->ob_type == &PyListIter_Type &&
        listiter_nspares < LISTITER_SPARES_MAX) {
        it->it_seq = (PyListObject *)listiter_spares;
        listiter_spares = it;
        listiter_nspares++;
    }
    else
#endif
        PyObject_GC_Del(it);
    Py_TRASHCAN_SAFE_END(it)
}

static int
listiter_traverse(listiterobject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->it_seq);
    return 0;
}

static PyObject *
listiter_next(listiterobject *it)
{
    PyListObject *seq = it->it_seq;
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
listiter_len(listiterobject *it)
{
    Py_ssize_t n = 0;

    if (it->it_seq != NULL) {
        n = it->it_seq->ob_size - it->it_index;
        if (n < 0)
            n = 0;
    }
    return PyInt_FromSsize_t(n);
}

static char length_hint_doc[] = "Private method returning an estimate of len(list(it)).";

static PyMethodDef listiter_methods[] = {
    {"__length_hint__", (PyCFunction)listiter_len, METH_NOARGS, length_hint_doc},
    {NULL, NULL, 0, NULL}
};

PyTypeObject PyListIter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "listiterator",
    sizeof(listiterobject),
    0,
    (destructor)listiter_dealloc,           /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,                /* tp_getattro */
    0,                                      /* tp_setattro */
    0,                                      /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    0,                                      /* tp_doc */
    (traverseproc)listiter_traverse,        /* tp_traverse */
    0,                                      /* tp_clear */
    0,                                      /* tp_richcompare */
    0,                                      /* tp_weaklistoffset */
    PyObject_SelfIter,                      /* tp_iter */
    (iternextfunc)listiter_next,            /* tp_iternext */
    listiter_methods,                       /* tp_methods */
};

static PyObject *
list_iter(PyObject *seq)
{
    listiterobject *it;

    if (!PyList_Check(seq)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    it = listiter_spares;
    if (_PyMem_NumAccounts <= 1 && it != NULL) {
        listiter_spares = (listiterobject *)it->it_seq;
        listiter_nspares--;
        _Py_NewReference((PyObject *)it);
    }
    else {
        it = PyObject_GC_New(listiterobject, &PyListIter_Type);
        if (it == NULL)
            return NULL;
    }
    it->it_index = 0;
    Py_INCREF(seq);
    it->it_seq = (PyListObject *)seq;
    _PyObject_GC_TRACK(it);
    return (PyObject *)it;
}

static PyObject *
listrevit_next(listiterobject *it)
{
    PyListObject *seq = it->it_seq;
    Py_ssize_t i = it->it_index;
    PyObject *item;

    if (seq == NULL)
        return NULL;
    if (i >= 0 && i < seq->ob_size) {
        item = seq->ob_item[i];
        it->it_index--;
        Py_INCREF(item);
        return item;
    }
    it->it_index = -1;
    it->it_seq = NULL;
    Py_DECREF(seq);
    return NULL;
}

static PyObject *
listrevit_len(listiterobject *it)
{
    Py_ssize_t n = 0;

    if (it->it_seq != NULL && it->it_index < it->it_seq->ob_size)
        n = it->it_index + 1;
    return PyInt_FromSsize_t(n);
}

static PyMethodDef listrevit_methods[] = {
    {"__length_hint__", (PyCFunction)listrevit_len, METH_NOARGS, length_hint_doc},
    {NULL, NULL, 0, NULL}
};

PyTypeObject PyListRevIter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "listreverseiterator",
    sizeof(listiterobject),
    0,
    (destructor)listiter_dealloc,           /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,                /* tp_getattro */
    0,                                      /* tp_setattro */
    0,                                      /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    0,                                      /* tp_doc */
    (traverseproc)listiter_traverse,        /* tp_traverse */
    0,                                      /* tp_clear */
    0,                                      /* tp_richcompare */
    0,                                      /* tp_weaklistoffset */
    PyObject_SelfIter,                      /* tp_iter */
    (iternextfunc)listrevit_next,           /* tp_iternext */
    listrevit_methods,                      /* tp_methods */
};

static PyObject *
list_reversed(PyListObject *seq, PyObject *unused)
{
    listiterobject *it;

    it = PyObject_GC_New(listiterobject, &PyListRevIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = seq->ob_size - 1;
    Py_INCREF(seq);
    it->it_seq = seq;
    _PyObject_GC_TRACK(it);
    return (PyObject *)it;
}
