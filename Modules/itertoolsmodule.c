/* The itertools module, with exactly the Python 2.5 set of tools:
   count, cycle, repeat, izip, imap, ifilter, ifilterfalse, islice,
   starmap, takewhile, dropwhile, groupby, tee and chain.

   Every tool is an iterator type.  The lazy ones hold a source iterator
   and pull from it on demand; none of them keeps state outside its own
   object, so nothing here is shared between interpreters. */

#include "Python.h"
#include "structmember.h"

/* Convert each item of `args` to an iterator; the error for a bad one
   names the tool and the 1-based argument position. */
static PyObject *
iterators_of(PyObject *args, Py_ssize_t first, const char *tool)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args), i;
    PyObject *its = PyTuple_New(n - first);

    if (its == NULL)
        return NULL;
    for (i = first; i < n; i++) {
        PyObject *it = PyObject_GetIter(PyTuple_GET_ITEM(args, i));
        if (it == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError,
                             "%s argument #%zd must support iteration",
                             tool, i + 1 - first);
            Py_DECREF(its);
            return NULL;
        }
        PyTuple_SET_ITEM(its, i - first, it);
    }
    return its;
}

/* The common shape of a type in this file. */
#define ITER_TYPE(cname, pyname, objtype, dealloc_fn, traverse_fn, next_fn, \
                  new_fn, doc_str, extra_flags) \
static PyTypeObject cname = { \
    PyObject_HEAD_INIT(NULL) \
    0, \
    .tp_name = pyname, \
    .tp_basicsize = sizeof(objtype), \
    .tp_dealloc = (destructor)dealloc_fn, \
    .tp_getattro = PyObject_GenericGetAttr, \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | (extra_flags), \
    .tp_doc = doc_str, \
    .tp_traverse = (traverseproc)traverse_fn, \
    .tp_iter = PyObject_SelfIter, \
    .tp_iternext = (iternextfunc)next_fn, \
    .tp_new = new_fn, \
    .tp_free = PyObject_GC_Del, \
}

/* Most tools carry a function and one iterator. */
typedef struct {
    PyObject_HEAD
    PyObject *func;
    PyObject *it;
    long state;         /* per-tool flag (dropwhile: started; takewhile: stopped) */
} funcitobject;

/* Every iterator that holds another deallocates through the trashcan:
   ifilter(ifilter(...)) nested deep must not recurse to the end of the
   C stack. */
static void
funcit_dealloc(funcitobject *o)
{
    PyObject_GC_UnTrack(o);
    Py_TRASHCAN_SAFE_BEGIN(o)
    Py_XDECREF(o->func);
    Py_XDECREF(o->it);
    o->ob_type->tp_free(o);
    Py_TRASHCAN_SAFE_END(o)
}

static int
funcit_traverse(funcitobject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->func);
    Py_VISIT(o->it);
    return 0;
}

/* Shared constructor for the (func, iterable) tools. */
static PyObject *
funcit_make(PyTypeObject *type, PyObject *args, PyObject *kwds,
            const char *name)
{
    PyObject *func, *seq, *it;
    funcitobject *o;
    char kwname[32];

    PyOS_snprintf(kwname, sizeof(kwname), "%s()", name);
    if (!_PyArg_NoKeywords(kwname, kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, name, 2, 2, &func, &seq))
        return NULL;
    it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    o = (funcitobject *)type->tp_alloc(type, 0);
    if (o == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    Py_INCREF(func);
    o->func = func;
    o->it = it;
    o->state = 0;
    return (PyObject *)o;
}

/* The next item of an inner iterator.  Charges the CPU budget (a chain
   of these over an endless source runs in C without the eval loop) and
   guards the C stack (ifilter(None, ifilter(None, ...)) nested without
   end). */
static PyObject *
inner_next(PyObject *it)
{
    PyObject *item;
    if (_Py_ChargeIteration() < 0 ||
        Py_EnterRecursiveCall(" while getting the next item"))
        return NULL;
    item = it->ob_type->tp_iternext(it);
    Py_LeaveRecursiveCall();
    return item;
}

/* Truth of pred(item), or of item itself when pred is None. */
static int
predicate_true(PyObject *pred, PyObject *item)
{
    PyObject *r;
    int ok;

    if (pred == Py_None)
        return PyObject_IsTrue(item);
    r = PyObject_CallFunctionObjArgs(pred, item, NULL);
    if (r == NULL)
        return -1;
    ok = PyObject_IsTrue(r);
    Py_DECREF(r);
    return ok;
}

/* ==== dropwhile / takewhile ============================================ */

static PyTypeObject dropwhile_type, takewhile_type;

static PyObject *
dropwhile_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return funcit_make(type, args, kwds, "dropwhile");
}

static PyObject *
dropwhile_next(funcitobject *o)
{
    PyObject *item;

    for (;;) {
        int t;
        item = inner_next(o->it);
        if (item == NULL)
            return NULL;
        if (o->state)
            return item;
        t = predicate_true(o->func, item);
        if (t < 0) {
            Py_DECREF(item);
            return NULL;
        }
        if (!t) {
            o->state = 1;
            return item;
        }
        Py_DECREF(item);
    }
}

static PyObject *
takewhile_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return funcit_make(type, args, kwds, "takewhile");
}

static PyObject *
takewhile_next(funcitobject *o)
{
    PyObject *item;
    int t;

    if (o->state)
        return NULL;
    item = inner_next(o->it);
    if (item == NULL)
        return NULL;
    t = predicate_true(o->func, item);
    if (t < 0) {
        Py_DECREF(item);
        return NULL;
    }
    if (t)
        return item;
    Py_DECREF(item);
    o->state = 1;
    return NULL;
}

PyDoc_STRVAR(dropwhile_doc,
"dropwhile(predicate, iterable) --> dropwhile object\n\nSkip items while predicate(item) is true; from the first item for which\nit is false on, yield everything.");

PyDoc_STRVAR(takewhile_doc,
"takewhile(predicate, iterable) --> takewhile object\n\nYield items while predicate(item) is true, then stop for good.");

ITER_TYPE(dropwhile_type, "itertools.dropwhile", funcitobject, funcit_dealloc,
          funcit_traverse, dropwhile_next, dropwhile_new, dropwhile_doc,
          Py_TPFLAGS_BASETYPE);
ITER_TYPE(takewhile_type, "itertools.takewhile", funcitobject, funcit_dealloc,
          funcit_traverse, takewhile_next, takewhile_new, takewhile_doc,
          Py_TPFLAGS_BASETYPE);

/* ==== ifilter / ifilterfalse ============================================ */

static PyTypeObject ifilter_type, ifilterfalse_type;

static PyObject *
ifilter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return funcit_make(type, args, kwds, "ifilter");
}

static PyObject *
ifilterfalse_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return funcit_make(type, args, kwds, "ifilterfalse");
}

/* Next item whose truth under the predicate equals `want`. */
static PyObject *
filter_step(funcitobject *o, int want)
{

    for (;;) {
        int t;
        PyObject *item = inner_next(o->it);
        if (item == NULL)
            return NULL;
        t = predicate_true(o->func, item);
        if (t < 0) {
            Py_DECREF(item);
            return NULL;
        }
        if ((t != 0) == want)
            return item;
        Py_DECREF(item);
    }
}

static PyObject *
ifilter_next(funcitobject *o)
{
    return filter_step(o, 1);
}

static PyObject *
ifilterfalse_next(funcitobject *o)
{
    return filter_step(o, 0);
}

PyDoc_STRVAR(ifilter_doc,
"ifilter(function or None, sequence) --> ifilter object\n\nYield the items for which function(item) is true (the true items when\nfunction is None).");

PyDoc_STRVAR(ifilterfalse_doc,
"ifilterfalse(function or None, sequence) --> ifilterfalse object\n\nYield the items for which function(item) is false (the false items when\nfunction is None).");

ITER_TYPE(ifilter_type, "itertools.ifilter", funcitobject, funcit_dealloc,
          funcit_traverse, ifilter_next, ifilter_new, ifilter_doc,
          Py_TPFLAGS_BASETYPE);
ITER_TYPE(ifilterfalse_type, "itertools.ifilterfalse", funcitobject,
          funcit_dealloc, funcit_traverse, ifilterfalse_next,
          ifilterfalse_new, ifilterfalse_doc, Py_TPFLAGS_BASETYPE);

/* ==== starmap ============================================================ */

static PyTypeObject starmap_type;

static PyObject *
starmap_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return funcit_make(type, args, kwds, "starmap");
}

static PyObject *
starmap_next(funcitobject *o)
{
    PyObject *argtuple, *r;

    argtuple = inner_next(o->it);
    if (argtuple == NULL)
        return NULL;
    if (!PyTuple_CheckExact(argtuple)) {
        Py_DECREF(argtuple);
        PyErr_SetString(PyExc_TypeError, "iterator should return tuples");
        return NULL;
    }
    r = PyObject_Call(o->func, argtuple, NULL);
    Py_DECREF(argtuple);
    return r;
}

PyDoc_STRVAR(starmap_doc,
"starmap(function, sequence) --> starmap object\n\nYield function(*args) for each argument tuple args of the sequence.");

ITER_TYPE(starmap_type, "itertools.starmap", funcitobject, funcit_dealloc,
          funcit_traverse, starmap_next, starmap_new, starmap_doc,
          Py_TPFLAGS_BASETYPE);

/* ==== cycle ============================================================== */

typedef struct {
    PyObject_HEAD
    PyObject *it;           /* NULL once the source is exhausted */
    PyObject *saved;        /* list of the items seen in the first pass */
    Py_ssize_t pos;         /* replay position in saved */
} cycleobject;

static PyTypeObject cycle_type;

static PyObject *
cycle_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *seq, *it, *saved;
    cycleobject *o;

    if (!_PyArg_NoKeywords("cycle()", kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, "cycle", 1, 1, &seq))
        return NULL;
    it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    saved = PyList_New(0);
    if (saved == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    o = (cycleobject *)type->tp_alloc(type, 0);
    if (o == NULL) {
        Py_DECREF(it);
        Py_DECREF(saved);
        return NULL;
    }
    o->it = it;
    o->saved = saved;
    o->pos = 0;
    return (PyObject *)o;
}

static void
cycle_dealloc(cycleobject *o)
{
    PyObject_GC_UnTrack(o);
    Py_TRASHCAN_SAFE_BEGIN(o)
    Py_XDECREF(o->it);
    Py_XDECREF(o->saved);
    o->ob_type->tp_free(o);
    Py_TRASHCAN_SAFE_END(o)
}

static int
cycle_traverse(cycleobject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->it);
    Py_VISIT(o->saved);
    return 0;
}

static PyObject *
cycle_next(cycleobject *o)
{
    PyObject *item;
    Py_ssize_t n;

    if (o->it != NULL) {
        item = PyIter_Next(o->it);
        if (item != NULL) {
            if (PyList_Append(o->saved, item) < 0) {
                Py_DECREF(item);
                return NULL;
            }
            return item;
        }
        if (PyErr_Occurred())
            return NULL;
        Py_CLEAR(o->it);
    }
    if (_Py_ChargeIteration() < 0)     /* replaying forever */
        return NULL;
    n = PyList_GET_SIZE(o->saved);
    if (n == 0)
        return NULL;
    if (o->pos >= n)
        o->pos = 0;
    item = PyList_GET_ITEM(o->saved, o->pos);
    o->pos++;
    Py_INCREF(item);
    return item;
}

PyDoc_STRVAR(cycle_doc,
"cycle(iterable) --> cycle object\n\nYield the items of iterable, then the same items again, forever.");

ITER_TYPE(cycle_type, "itertools.cycle", cycleobject, cycle_dealloc,
          cycle_traverse, cycle_next, cycle_new, cycle_doc,
          Py_TPFLAGS_BASETYPE);

/* ==== count =============================================================== */

typedef struct {
    PyObject_HEAD
    Py_ssize_t next;
} countobject;

static PyTypeObject count_type;

static PyObject *
count_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *start = NULL;
    Py_ssize_t n = 0;
    countobject *o;

    if (!_PyArg_NoKeywords("count()", kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, "count", 0, 1, &start))
        return NULL;
    if (start != NULL) {
        /* as 2.5's argument parser: a float is truncated, with a warning */
        if (PyFloat_Check(start) &&
            PyErr_WarnEx(PyExc_DeprecationWarning,
                         "integer argument expected, got float", 1) < 0)
            return NULL;
        if (PyFloat_Check(start)) {
            n = PyInt_AsSsize_t(start);
            if (n == -1 && PyErr_Occurred())
                return NULL;
        }
        else if (!PyInt_Check(start) && !PyLong_Check(start)) {
            PyErr_SetString(PyExc_TypeError, "an integer is required");
            return NULL;
        }
        else {
            n = PyInt_AsSsize_t(start);
            if (n == -1 && PyErr_Occurred())
                return NULL;
        }
    }
    o = (countobject *)type->tp_alloc(type, 0);
    if (o == NULL)
        return NULL;
    o->next = n;
    return (PyObject *)o;
}

static void
count_dealloc(countobject *o)
{
    o->ob_type->tp_free(o);
}

static PyObject *
count_next(countobject *o)
{
    if (_Py_ChargeIteration() < 0)     /* endless source */
        return NULL;
    if (o->next == PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError,
                        "cannot count beyond PY_SSIZE_T_MAX");
        return NULL;
    }
    return PyInt_FromSsize_t(o->next++);
}

static PyObject *
count_repr(countobject *o)
{
    return PyString_FromFormat("count(%zd)", o->next);
}

PyDoc_STRVAR(count_doc,
"count([firstval]) --> count object\n\nYield consecutive integers from firstval (default 0).");

static PyTypeObject count_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "itertools.count",
    .tp_basicsize = sizeof(countobject),
    .tp_dealloc = (destructor)count_dealloc,
    .tp_repr = (reprfunc)count_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = count_doc,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)count_next,
    .tp_new = count_new,
    .tp_free = PyObject_Del,
};

/* ==== repeat ============================================================== */

typedef struct {
    PyObject_HEAD
    PyObject *element;
    Py_ssize_t left;        /* -1: forever */
} repeatobject;

static PyTypeObject repeat_type;

static PyObject *
repeat_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *element;
    Py_ssize_t times = -1;
    repeatobject *o;

    if (!_PyArg_NoKeywords("repeat()", kwds))
        return NULL;
    if (!PyArg_ParseTuple(args, "O|n:repeat", &element, &times))
        return NULL;
    if (PyTuple_GET_SIZE(args) == 2 && times < 0)
        times = 0;
    o = (repeatobject *)type->tp_alloc(type, 0);
    if (o == NULL)
        return NULL;
    Py_INCREF(element);
    o->element = element;
    o->left = times;
    return (PyObject *)o;
}

static void
repeat_dealloc(repeatobject *o)
{
    PyObject_GC_UnTrack(o);
    Py_TRASHCAN_SAFE_BEGIN(o)
    Py_XDECREF(o->element);
    o->ob_type->tp_free(o);
    Py_TRASHCAN_SAFE_END(o)
}

static int
repeat_traverse(repeatobject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->element);
    return 0;
}

static PyObject *
repeat_next(repeatobject *o)
{
    if (o->left == 0)
        return NULL;
    if (_Py_ChargeIteration() < 0)     /* endless or huge source */
        return NULL;
    if (o->left > 0)
        o->left--;
    Py_INCREF(o->element);
    return o->element;
}

static PyObject *
repeat_repr(repeatobject *o)
{
    PyObject *elrepr, *r;

    elrepr = PyObject_Repr(o->element);
    if (elrepr == NULL)
        return NULL;
    if (o->left == -1)
        r = PyString_FromFormat("repeat(%s)", PyString_AS_STRING(elrepr));
    else
        r = PyString_FromFormat("repeat(%s, %zd)", PyString_AS_STRING(elrepr),
                                o->left);
    Py_DECREF(elrepr);
    return r;
}

static PyObject *
repeat_length_hint(repeatobject *o)
{
    if (o->left == -1) {
        PyErr_SetString(PyExc_TypeError, "len() of unsized object");
        return NULL;
    }
    return PyInt_FromSsize_t(o->left);
}

static PyMethodDef repeat_methods[] = {
    {"__length_hint__", (PyCFunction)repeat_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(repeat_doc,
"repeat(element [,times]) -> repeat object\n\nYield element the given number of times, or forever.");

static PyTypeObject repeat_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "itertools.repeat",
    .tp_basicsize = sizeof(repeatobject),
    .tp_dealloc = (destructor)repeat_dealloc,
    .tp_repr = (reprfunc)repeat_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = repeat_doc,
    .tp_traverse = (traverseproc)repeat_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)repeat_next,
    .tp_methods = repeat_methods,
    .tp_new = repeat_new,
    .tp_free = PyObject_GC_Del,
};

/* ==== izip / imap / chain: tools over a tuple of iterators =============== */

typedef struct {
    PyObject_HEAD
    PyObject *func;         /* imap only; NULL otherwise */
    PyObject *its;          /* tuple of iterators */
    Py_ssize_t cur;         /* chain: index of the active iterator */
} multiobject;

static void
multi_dealloc(multiobject *o)
{
    PyObject_GC_UnTrack(o);
    Py_TRASHCAN_SAFE_BEGIN(o)
    Py_XDECREF(o->func);
    Py_XDECREF(o->its);
    o->ob_type->tp_free(o);
    Py_TRASHCAN_SAFE_END(o)
}

static int
multi_traverse(multiobject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->func);
    Py_VISIT(o->its);
    return 0;
}

static PyObject *
multi_make(PyTypeObject *type, PyObject *func, PyObject *its)
{
    multiobject *o = (multiobject *)type->tp_alloc(type, 0);
    if (o == NULL) {
        Py_DECREF(its);
        return NULL;
    }
    Py_XINCREF(func);
    o->func = func;
    o->its = its;
    o->cur = 0;
    return (PyObject *)o;
}

/* One item from each iterator, as a new tuple; NULL when any is done. */
static PyObject *
multi_gather(multiobject *o)
{
    Py_ssize_t n = PyTuple_GET_SIZE(o->its), i;
    PyObject *result;

    if (n == 0)
        return NULL;
    result = PyTuple_New(n);
    if (result == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *it = PyTuple_GET_ITEM(o->its, i);
        PyObject *item = inner_next(it);
        if (item == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, i, item);
    }
    return result;
}

static PyTypeObject izip_type, imap_type, chain_type;

static PyObject *
izip_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *its;

    if (!_PyArg_NoKeywords("izip()", kwds))
        return NULL;
    its = iterators_of(args, 0, "izip");
    if (its == NULL)
        return NULL;
    return multi_make(type, NULL, its);
}

static PyObject *
izip_next(multiobject *o)
{
    return multi_gather(o);
}

PyDoc_STRVAR(izip_doc,
"izip(iter1 [,iter2 [...]]) --> izip object\n\nYield tuples holding one item from each iterable, until the shortest\nis exhausted: zip() without building a list.");

ITER_TYPE(izip_type, "itertools.izip", multiobject, multi_dealloc,
          multi_traverse, izip_next, izip_new, izip_doc, Py_TPFLAGS_BASETYPE);

static PyObject *
imap_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *its;

    if (!_PyArg_NoKeywords("imap()", kwds))
        return NULL;
    if (PyTuple_GET_SIZE(args) < 2) {
        PyErr_SetString(PyExc_TypeError,
                        "imap() must have at least two arguments.");
        return NULL;
    }
    its = iterators_of(args, 1, "imap");
    if (its == NULL)
        return NULL;
    return multi_make(type, PyTuple_GET_ITEM(args, 0), its);
}

static PyObject *
imap_next(multiobject *o)
{
    PyObject *argtuple, *r;

    argtuple = multi_gather(o);
    if (argtuple == NULL)
        return NULL;
    if (o->func == Py_None)
        return argtuple;
    r = PyObject_Call(o->func, argtuple, NULL);
    Py_DECREF(argtuple);
    return r;
}

PyDoc_STRVAR(imap_doc,
"imap(func, *iterables) --> imap object\n\nYield func applied to one item from each iterable (the tuple of items\nwhen func is None), until the shortest iterable is exhausted.");

ITER_TYPE(imap_type, "itertools.imap", multiobject, multi_dealloc,
          multi_traverse, imap_next, imap_new, imap_doc, Py_TPFLAGS_BASETYPE);

static PyObject *
chain_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *its;

    if (!_PyArg_NoKeywords("chain()", kwds))
        return NULL;
    its = iterators_of(args, 0, "chain");
    if (its == NULL)
        return NULL;
    return multi_make(type, NULL, its);
}

static PyObject *
chain_next(multiobject *o)
{
    Py_ssize_t n = PyTuple_GET_SIZE(o->its);

    while (o->cur < n) {
        PyObject *it = PyTuple_GET_ITEM(o->its, o->cur);
        PyObject *item = inner_next(it);
        if (item != NULL)
            return item;
        if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                return NULL;
            PyErr_Clear();
        }
        o->cur++;
    }
    return NULL;
}

PyDoc_STRVAR(chain_doc,
"chain(*iterables) --> chain object\n\nYield the items of the first iterable, then those of the next, and so\non through all of them.");

ITER_TYPE(chain_type, "itertools.chain", multiobject, multi_dealloc,
          multi_traverse, chain_next, chain_new, chain_doc,
          Py_TPFLAGS_BASETYPE);

/* ==== islice ============================================================== */

typedef struct {
    PyObject_HEAD
    PyObject *it;
    Py_ssize_t next;        /* source index of the next item to yield */
    Py_ssize_t stop;        /* -1: no limit */
    Py_ssize_t step;
    Py_ssize_t seen;        /* items consumed from the source so far */
} isliceobject;

static PyTypeObject islice_type;

static const char islice_stop_msg[] =
    "Stop argument for islice() must be a non-negative integer or None.";

/* Convert an islice index; None keeps the default.  Sets *bad when the
   value is not an integer. */
static Py_ssize_t
islice_index(PyObject *v, Py_ssize_t dflt, int *bad)
{
    Py_ssize_t r;

    *bad = 0;
    if (v == Py_None)
        return dflt;
    r = PyInt_AsSsize_t(v);
    if (r == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        *bad = 1;
    }
    return r;
}

static PyObject *
islice_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *seq, *a1 = NULL, *a2 = NULL, *a3 = NULL, *it;
    Py_ssize_t start = 0, stop = -1, step = 1;
    isliceobject *o;
    int bad;

    if (!_PyArg_NoKeywords("islice()", kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, "islice", 2, 4, &seq, &a1, &a2, &a3))
        return NULL;

    if (a2 == NULL) {
        /* islice(seq, stop) */
        stop = islice_index(a1, -1, &bad);
        if (a1 != Py_None && (bad || stop == -1)) {
            PyErr_SetString(PyExc_ValueError, islice_stop_msg);
            return NULL;
        }
    }
    else {
        start = islice_index(a1, 0, &bad);
        if (bad)
            start = -1;
        stop = islice_index(a2, -1, &bad);
        if (a2 != Py_None && (bad || stop == -1)) {
            PyErr_SetString(PyExc_ValueError, islice_stop_msg);
            return NULL;
        }
    }
    if (start < 0 || stop < -1) {
        PyErr_SetString(PyExc_ValueError,
            "Indices for islice() must be non-negative integers or None.");
        return NULL;
    }
    if (a3 != NULL) {
        step = islice_index(a3, 1, &bad);
        if (bad)
            step = -1;
    }
    if (step < 1) {
        PyErr_SetString(PyExc_ValueError,
                        "Step for islice() must be a positive integer or None.");
        return NULL;
    }

    it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    o = (isliceobject *)type->tp_alloc(type, 0);
    if (o == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    o->it = it;
    o->next = start;
    o->stop = stop;
    o->step = step;
    o->seen = 0;
    return (PyObject *)o;
}

static void
islice_dealloc(isliceobject *o)
{
    PyObject_GC_UnTrack(o);
    Py_TRASHCAN_SAFE_BEGIN(o)
    Py_XDECREF(o->it);
    o->ob_type->tp_free(o);
    Py_TRASHCAN_SAFE_END(o)
}

static int
islice_traverse(isliceobject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->it);
    return 0;
}

static PyObject *
islice_next(isliceobject *o)
{
    PyObject *item;

    /* Skip to the wanted position, dropping the items in between (as in
       2.5, the skipped items are consumed even past the stop index). */
    while (o->seen < o->next) {
        item = inner_next(o->it);
        if (item == NULL)
            return NULL;
        Py_DECREF(item);
        o->seen++;
    }
    if (o->stop != -1 && o->seen >= o->stop)
        return NULL;
    item = inner_next(o->it);
    if (item == NULL)
        return NULL;
    o->seen++;
    if (o->next > PY_SSIZE_T_MAX - o->step)
        o->next = PY_SSIZE_T_MAX;
    else
        o->next += o->step;
    return item;
}

PyDoc_STRVAR(islice_doc,
"islice(iterable, [start,] stop [, step]) --> islice object\n\nYield the items of iterable at positions start, start+step, ... below\nstop, like a slice of a list; stop None means no end.");

ITER_TYPE(islice_type, "itertools.islice", isliceobject, islice_dealloc,
          islice_traverse, islice_next, islice_new, islice_doc,
          Py_TPFLAGS_BASETYPE);

/* ==== groupby ==============================================================

   The groupby object holds the current (key, value) pair read ahead from
   the source; each _grouper hands out values while the current key equals
   its own target key.  Advancing the groupby object skips whatever the
   previous grouper left unread, which makes older groupers empty. */

typedef struct {
    PyObject_HEAD
    PyObject *it;
    PyObject *keyfunc;      /* None: identity */
    PyObject *tgtkey;       /* key of the group last handed out */
    PyObject *currkey;      /* key of the read-ahead value, or NULL */
    PyObject *currvalue;    /* read-ahead value, or NULL */
} groupbyobject;

typedef struct {
    PyObject_HEAD
    PyObject *parent;
    PyObject *tgtkey;
} grouperobject;

static PyTypeObject groupby_type, grouper_type;

static PyObject *
groupby_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"iterable", "key", NULL};
    PyObject *seq, *keyfunc = Py_None, *it;
    groupbyobject *o;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:groupby", kwlist,
                                     &seq, &keyfunc))
        return NULL;
    it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    o = (groupbyobject *)type->tp_alloc(type, 0);
    if (o == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    o->it = it;
    Py_INCREF(keyfunc);
    o->keyfunc = keyfunc;
    o->tgtkey = o->currkey = o->currvalue = NULL;
    return (PyObject *)o;
}

static void
groupby_dealloc(groupbyobject *o)
{
    PyObject_GC_UnTrack(o);
    Py_TRASHCAN_SAFE_BEGIN(o)
    Py_XDECREF(o->it);
    Py_XDECREF(o->keyfunc);
    Py_XDECREF(o->tgtkey);
    Py_XDECREF(o->currkey);
    Py_XDECREF(o->currvalue);
    o->ob_type->tp_free(o);
    Py_TRASHCAN_SAFE_END(o)
}

static int
groupby_traverse(groupbyobject *o, visitproc visit, void *arg)
{
    Py_VISIT(o->it);
    Py_VISIT(o->keyfunc);
    Py_VISIT(o->tgtkey);
    Py_VISIT(o->currkey);
    Py_VISIT(o->currvalue);
    return 0;
}

/* Read the next value and its key into currvalue/currkey.
   Returns 0 on success, -1 at the end or on error. */
static int
groupby_advance(groupbyobject *o)
{
    PyObject *value, *key, *old;

    value = PyIter_Next(o->it);
    if (value == NULL)
        return -1;
    if (o->keyfunc == Py_None) {
        Py_INCREF(value);
        key = value;
    }
    else {
        key = PyObject_CallFunctionObjArgs(o->keyfunc, value, NULL);
        if (key == NULL) {
            Py_DECREF(value);
            return -1;
        }
    }
    old = o->currkey;
    o->currkey = key;
    Py_XDECREF(old);
    old = o->currvalue;
    o->currvalue = value;
    Py_XDECREF(old);
    return 0;
}

static PyObject *
grouper_create(groupbyobject *parent, PyObject *tgtkey)
{
    grouperobject *g = PyObject_GC_New(grouperobject, &grouper_type);
    if (g == NULL)
        return NULL;
    Py_INCREF(parent);
    g->parent = (PyObject *)parent;
    Py_INCREF(tgtkey);
    g->tgtkey = tgtkey;
    PyObject_GC_Track(g);
    return (PyObject *)g;
}

static PyObject *
groupby_next(groupbyobject *o)
{
    PyObject *grouper, *old;

    /* Skip values until the key differs from the last group's key. */
    for (;;) {
        if (o->currkey != NULL) {
            int same;
            if (o->tgtkey == NULL)
                break;
            same = PyObject_RichCompareBool(o->tgtkey, o->currkey, Py_EQ);
            if (same < 0)
                return NULL;
            if (!same)
                break;
        }
        if (groupby_advance(o) < 0)
            return NULL;
    }
    old = o->tgtkey;
    Py_INCREF(o->currkey);
    o->tgtkey = o->currkey;
    Py_XDECREF(old);

    grouper = grouper_create(o, o->tgtkey);
    if (grouper == NULL)
        return NULL;
    return Py_BuildValue("(ON)", o->tgtkey, grouper);
}

PyDoc_STRVAR(groupby_doc,
"groupby(iterable[, keyfunc]) -> groupby object\n\nYield (key, group) pairs for runs of consecutive items with equal\nkeyfunc(item) (the item itself by default); each group is an iterator\nthat is valid until the groupby object moves on.\n");

ITER_TYPE(groupby_type, "itertools.groupby", groupbyobject, groupby_dealloc,
          groupby_traverse, groupby_next, groupby_new, groupby_doc,
          Py_TPFLAGS_BASETYPE);

static void
grouper_dealloc(grouperobject *g)
{
    PyObject_GC_UnTrack(g);
    Py_TRASHCAN_SAFE_BEGIN(g)
    Py_XDECREF(g->parent);
    Py_XDECREF(g->tgtkey);
    PyObject_GC_Del(g);
    Py_TRASHCAN_SAFE_END(g)
}

static int
grouper_traverse(grouperobject *g, visitproc visit, void *arg)
{
    Py_VISIT(g->parent);
    Py_VISIT(g->tgtkey);
    return 0;
}

static PyObject *
grouper_next(grouperobject *g)
{
    groupbyobject *p = (groupbyobject *)g->parent;
    PyObject *value;
    int same;

    if (p->currvalue == NULL) {
        if (groupby_advance(p) < 0)
            return NULL;
    }
    same = PyObject_RichCompareBool(g->tgtkey, p->currkey, Py_EQ);
    if (same <= 0)
        return NULL;
    value = p->currvalue;
    p->currvalue = NULL;
    Py_CLEAR(p->currkey);
    return value;
}

ITER_TYPE(grouper_type, "itertools._grouper", grouperobject, grouper_dealloc,
          grouper_traverse, grouper_next, NULL, NULL, 0);

/* ==== tee ==================================================================

   The items read from the source are kept in a chain of fixed-size
   blocks shared by all the tee objects that iterate over it; a block is
   freed when the last tee object has moved past it. */

#define TEE_BLOCK 57

typedef struct teeblock {
    PyObject_HEAD
    PyObject *it;               /* the shared source */
    int filled;                 /* number of values stored */
    struct teeblock *next;      /* following block, made on demand */
    PyObject *values[TEE_BLOCK];
} teeblockobject;

typedef struct {
    PyObject_HEAD
    teeblockobject *block;
    int index;                  /* position inside block */
    PyObject *weakreflist;
} teeobject;

static PyTypeObject teeblock_type, tee_type;

static teeblockobject *
teeblock_new(PyObject *it)
{
    teeblockobject *b = PyObject_GC_New(teeblockobject, &teeblock_type);
    if (b == NULL)
        return NULL;
    Py_INCREF(it);
    b->it = it;
    b->filled = 0;
    b->next = NULL;
    PyObject_GC_Track(b);
    return b;
}

/* The block that follows b, created when first needed. */
static teeblockobject *
teeblock_following(teeblockobject *b)
{
    if (b->next == NULL) {
        b->next = teeblock_new(b->it);
        if (b->next == NULL)
            return NULL;
    }
    Py_INCREF(b->next);
    return b->next;
}

static PyObject *
teeblock_get(teeblockobject *b, int i)
{
    PyObject *v;

    if (i < b->filled) {
        v = b->values[i];
    }
    else {
        /* i == filled: read one more item from the source */
        v = PyIter_Next(b->it);
        if (v == NULL)
            return NULL;
        b->values[b->filled++] = v;
    }
    Py_INCREF(v);
    return v;
}

static int
teeblock_clear(teeblockobject *b)
{
    int i;
    teeblockobject *chain;

    for (i = 0; i < b->filled; i++)
        Py_CLEAR(b->values[i]);
    b->filled = 0;
    Py_CLEAR(b->it);
    /* Release the following blocks one by one instead of recursively, so
       a long unread chain cannot exhaust the C stack. */
    chain = b->next;
    b->next = NULL;
    while (chain != NULL && chain->ob_refcnt == 1) {
        teeblockobject *after = chain->next;
        chain->next = NULL;
        Py_DECREF(chain);
        chain = after;
    }
    Py_XDECREF(chain);
    return 0;
}

static void
teeblock_dealloc(teeblockobject *b)
{
    PyObject_GC_UnTrack(b);
    Py_TRASHCAN_SAFE_BEGIN(b)
    teeblock_clear(b);
    PyObject_GC_Del(b);
    Py_TRASHCAN_SAFE_END(b)
}

static int
teeblock_traverse(teeblockobject *b, visitproc visit, void *arg)
{
    int i;
    Py_VISIT(b->it);
    for (i = 0; i < b->filled; i++)
        Py_VISIT(b->values[i]);
    Py_VISIT(b->next);
    return 0;
}

static PyTypeObject teeblock_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "itertools.tee_dataobject",
    .tp_basicsize = sizeof(teeblockobject),
    .tp_dealloc = (destructor)teeblock_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Data container common to multiple tee objects.",
    .tp_traverse = (traverseproc)teeblock_traverse,
    .tp_clear = (inquiry)teeblock_clear,
    .tp_free = PyObject_GC_Del,
};

static PyObject *
tee_next(teeobject *t)
{
    if (t->index >= TEE_BLOCK) {
        teeblockobject *nb = teeblock_following(t->block);
        if (nb == NULL)
            return NULL;
        Py_DECREF(t->block);
        t->block = nb;
        t->index = 0;
    }
    {
        PyObject *v = teeblock_get(t->block, t->index);
        if (v == NULL)
            return NULL;
        t->index++;
        return v;
    }
}

static PyObject *
tee_copy(teeobject *t)
{
    teeobject *c = PyObject_GC_New(teeobject, &tee_type);
    if (c == NULL)
        return NULL;
    Py_INCREF(t->block);
    c->block = t->block;
    c->index = t->index;
    c->weakreflist = NULL;
    PyObject_GC_Track(c);
    return (PyObject *)c;
}

/* A fresh tee object over `iterable`'s iterator. */
static PyObject *
tee_from_iterable(PyObject *iterable)
{
    PyObject *it;
    teeobject *t;

    it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    if (it->ob_type == &tee_type) {
        t = (teeobject *)tee_copy((teeobject *)it);
        Py_DECREF(it);
        return (PyObject *)t;
    }
    t = PyObject_GC_New(teeobject, &tee_type);
    if (t == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    t->block = teeblock_new(it);
    Py_DECREF(it);
    t->index = 0;
    t->weakreflist = NULL;
    if (t->block == NULL) {
        PyObject_GC_Del(t);
        return NULL;
    }
    PyObject_GC_Track(t);
    return (PyObject *)t;
}

static PyObject *
tee_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *iterable;

    if (!_PyArg_NoKeywords("tee()", kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, "tee", 1, 1, &iterable))
        return NULL;
    return tee_from_iterable(iterable);
}

static int
tee_clear(teeobject *t)
{
    Py_CLEAR(t->block);
    return 0;
}

static void
tee_dealloc(teeobject *t)
{
    PyObject_GC_UnTrack(t);
    Py_TRASHCAN_SAFE_BEGIN(t)
    if (t->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)t);
    tee_clear(t);
    PyObject_GC_Del(t);
    Py_TRASHCAN_SAFE_END(t)
}

static int
tee_traverse(teeobject *t, visitproc visit, void *arg)
{
    Py_VISIT(t->block);
    return 0;
}

static PyMethodDef tee_methods[] = {
    {"__copy__", (PyCFunction)tee_copy, METH_NOARGS,
     "Returns an independent iterator."},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject tee_type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "itertools.tee",
    .tp_basicsize = sizeof(teeobject),
    .tp_dealloc = (destructor)tee_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Iterator wrapped to make it copyable",
    .tp_traverse = (traverseproc)tee_traverse,
    .tp_clear = (inquiry)tee_clear,
    .tp_weaklistoffset = offsetof(teeobject, weakreflist),
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)tee_next,
    .tp_methods = tee_methods,
    .tp_new = tee_new,
    .tp_free = PyObject_GC_Del,
};

static PyObject *
itertools_tee(PyObject *self, PyObject *args)
{
    PyObject *iterable, *result, *t;
    Py_ssize_t n = 2, i;

    if (!PyArg_ParseTuple(args, "O|n:tee", &iterable, &n))
        return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 0");
        return NULL;
    }
    result = PyTuple_New(n);
    if (result == NULL || n == 0)
        return result;

    /* An iterator that knows how to copy itself is reused as the first
       member; anything else is wrapped in a tee object. */
    {
        PyObject *it = PyObject_GetIter(iterable);
        if (it == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        if (PyObject_HasAttrString(it, "__copy__"))
            t = it;
        else {
            t = tee_from_iterable(it);
            Py_DECREF(it);
            if (t == NULL) {
                Py_DECREF(result);
                return NULL;
            }
        }
    }
    PyTuple_SET_ITEM(result, 0, t);
    for (i = 1; i < n; i++) {
        t = PyObject_CallMethod(t, "__copy__", NULL);
        if (t == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, i, t);
    }
    return result;
}

PyDoc_STRVAR(tee_doc,
"tee(iterable, n=2) --> tuple of n independent iterators.");

/* ==== module ============================================================== */

static PyMethodDef itertools_methods[] = {
    {"tee", (PyCFunction)itertools_tee, METH_VARARGS, tee_doc},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(itertools_doc,
"Building blocks for iterator algebra (the Python 2.5 set).\n\nEndless: count([n]), cycle(p), repeat(elem [,n]).\nStopping with the shortest input: izip, imap, ifilter, ifilterfalse,\nislice, starmap, takewhile, dropwhile, chain.\nOther: tee(it, n=2) splits one iterator into n; groupby(iterable[, key])\nyields runs of equal keys.\n");

PyMODINIT_FUNC
inititertools(void)
{
    /* The public types in the order the module lists them. */
    static struct { const char *name; PyTypeObject *type; } public[] = {
        {"cycle", &cycle_type},
        {"dropwhile", &dropwhile_type},
        {"takewhile", &takewhile_type},
        {"islice", &islice_type},
        {"starmap", &starmap_type},
        {"imap", &imap_type},
        {"chain", &chain_type},
        {"ifilter", &ifilter_type},
        {"ifilterfalse", &ifilterfalse_type},
        {"count", &count_type},
        {"izip", &izip_type},
        {"repeat", &repeat_type},
        {"groupby", &groupby_type},
        {NULL, NULL}
    };
    PyObject *m;
    int i;

    if (PyType_Ready(&teeblock_type) < 0 || PyType_Ready(&tee_type) < 0 ||
        PyType_Ready(&grouper_type) < 0)
        return;
    for (i = 0; public[i].name != NULL; i++)
        if (PyType_Ready(public[i].type) < 0)
            return;

    m = Py_InitModule3("itertools", itertools_methods, itertools_doc);
    if (m == NULL)
        return;
    for (i = 0; public[i].name != NULL; i++) {
        Py_INCREF(public[i].type);
        if (PyModule_AddObject(m, public[i].name,
                               (PyObject *)public[i].type) < 0)
            return;
    }
}
