/* Weak references and weak proxies.

   Each object that supports weak references has, at tp_weaklistoffset, the
   head of a doubly linked list of the weakref and proxy objects pointing
   at it.  The list keeps this order: the shared reference without a
   callback (if any), then the shared proxy without a callback (if any),
   then everything else.  When the referent dies, PyObject_ClearWeakRefs
   unlinks every entry (wr_object becomes None) and then runs the
   callbacks. */

#include "Python.h"
#include "structmember.h"
#include "sandbox.h"

#define LIST_HEAD_OF(o) ((PyWeakReference **)PyObject_GET_WEAKREFS_LISTPTR(o))

Py_ssize_t
_PyWeakref_GetWeakrefCount(PyWeakReference *head)
{
    Py_ssize_t n = 0;

    for (; head != NULL; head = head->wr_next)
        n++;
    return n;
}

static void
init_weakref(PyWeakReference *self, PyObject *ob, PyObject *callback)
{
    self->hash = -1;
    self->wr_object = ob;
    Py_XINCREF(callback);
    self->wr_callback = callback;
    self->wr_prev = NULL;
    self->wr_next = NULL;
}

/* Detach self from its referent's list and forget the callback. */
static void
clear_weakref(PyWeakReference *self)
{
    PyObject *callback = self->wr_callback;

    if (self->wr_object != Py_None) {
        PyWeakReference **list = LIST_HEAD_OF(self->wr_object);
        if (*list == self)
            *list = self->wr_next;
        self->wr_object = Py_None;
        if (self->wr_prev != NULL)
            self->wr_prev->wr_next = self->wr_next;
        if (self->wr_next != NULL)
            self->wr_next->wr_prev = self->wr_prev;
        self->wr_prev = NULL;
        self->wr_next = NULL;
    }
    if (callback != NULL) {
        self->wr_callback = NULL;
        Py_DECREF(callback);
    }
}

/* For the cycle collector: detach without dropping the callback, which
   the collector decides about itself. */
void
_PyWeakref_ClearRef(PyWeakReference *self)
{
    PyObject *callback;

    if (self == NULL || !PyWeakref_Check((PyObject *)self))
        return;
    callback = self->wr_callback;
    self->wr_callback = NULL;
    clear_weakref(self);
    self->wr_callback = callback;
}

/* The shared callback-less ref and proxy at the front of the list.  In a
   sandbox, one that belongs to another interpreter is not shared: the
   referent may be a process-level object (a static type), and handing
   out another sandbox's weakref object would hand out its objects. */
static void
find_shared(PyWeakReference *head, PyWeakReference **ref,
            PyWeakReference **proxy)
{
    *ref = NULL;
    *proxy = NULL;
    if (head != NULL && head->wr_callback == NULL &&
        PyWeakref_CheckRefExact((PyObject *)head)) {
        if (!_PySandbox_IsForeign((PyObject *)head))
            *ref = head;
        head = head->wr_next;
    }
    if (head != NULL && head->wr_callback == NULL &&
        PyWeakref_CheckProxy((PyObject *)head) &&
        !_PySandbox_IsForeign((PyObject *)head))
        *proxy = head;
}

static void
link_after(PyWeakReference *newref, PyWeakReference *prev)
{
    newref->wr_prev = prev;
    newref->wr_next = prev->wr_next;
    if (prev->wr_next != NULL)
        prev->wr_next->wr_prev = newref;
    prev->wr_next = newref;
}

static void
link_first(PyWeakReference *newref, PyWeakReference **list)
{
    PyWeakReference *next = *list;

    newref->wr_prev = NULL;
    newref->wr_next = next;
    if (next != NULL)
        next->wr_prev = newref;
    *list = newref;
}

/* Put a reference with a callback (or any non-shared one) after the
   shared entries. */
static void
link_unshared(PyWeakReference *newref, PyWeakReference **list)
{
    PyWeakReference *ref, *proxy, *prev;

    find_shared(*list, &ref, &proxy);
    prev = proxy != NULL ? proxy : ref;
    if (prev == NULL)
        link_first(newref, list);
    else
        link_after(newref, prev);
}

static int
check_weakrefable(PyObject *ob)
{
    if (!PyType_SUPPORTS_WEAKREFS(ob->ob_type)) {
        PyErr_Format(PyExc_TypeError,
                     "cannot create weak reference to '%s' object",
                     ob->ob_type->tp_name);
        return 0;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Callbacks.  Every weakref callback runs through handle_callback so that
   a check on which interpreter may run it can be added in one place. */

static void
handle_callback(PyWeakReference *ref, PyObject *callback)
{
    PyObject *res = PyObject_CallFunctionObjArgs(callback, (PyObject *)ref,
                                                 NULL);
    if (res == NULL)
        PyErr_WriteUnraisable(callback);
    else
        Py_DECREF(res);
}

void
PyObject_ClearWeakRefs(PyObject *object)
{
    PyWeakReference **list;
    PyObject *etype, *evalue, *etb;
    PyWeakReference **refs;
    PyObject **callbacks;
    Py_ssize_t n, i;

    if (object == NULL || !PyType_SUPPORTS_WEAKREFS(object->ob_type) ||
        object->ob_refcnt != 0) {
        PyErr_BadInternalCall();
        return;
    }
    list = LIST_HEAD_OF(object);

    /* The shared entries have no callback: just detach them. */
    if (*list != NULL && (*list)->wr_callback == NULL) {
        clear_weakref(*list);
        if (*list != NULL && (*list)->wr_callback == NULL)
            clear_weakref(*list);
    }
    if (*list == NULL)
        return;

    PyErr_Fetch(&etype, &evalue, &etb);
    n = _PyWeakref_GetWeakrefCount(*list);
    refs = PyMem_New(PyWeakReference *, n);
    callbacks = PyMem_New(PyObject *, n);
    if (refs == NULL || callbacks == NULL) {
        /* No memory to remember the callbacks: detach everything and
           drop them rather than leave dangling pointers. */
        PyMem_Free(refs);
        PyMem_Free(callbacks);
        while (*list != NULL)
            clear_weakref(*list);
        PyErr_Restore(etype, evalue, etb);
        return;
    }
    /* First detach every reference, so that callbacks see them all dead;
       keep the live ones (and their callbacks) for the second pass. */
    for (i = 0; i < n; i++) {
        PyWeakReference *cur = *list;
        PyObject *cb = cur->wr_callback;
        cur->wr_callback = NULL;
        clear_weakref(cur);
        if (cur->ob_refcnt > 0) {
            Py_INCREF(cur);
            refs[i] = cur;
            callbacks[i] = cb;
        }
        else {
            /* The weakref itself is being destroyed: its callback is
               never called. */
            refs[i] = NULL;
            callbacks[i] = NULL;
            Py_XDECREF(cb);
        }
    }
    for (i = 0; i < n; i++) {
        if (refs[i] == NULL)
            continue;
        if (callbacks[i] != NULL) {
            handle_callback(refs[i], callbacks[i]);
            Py_DECREF(callbacks[i]);
        }
        Py_DECREF(refs[i]);
    }
    PyMem_Free(refs);
    PyMem_Free(callbacks);
    PyErr_Restore(etype, evalue, etb);
}

/* ------------------------------------------------------------------ */
/* The weakref (ref) type                                                */

static int
weakref_traverse(PyWeakReference *self, visitproc visit, void *arg)
{
    Py_VISIT(self->wr_callback);
    return 0;
}

static int
weakref_clear(PyWeakReference *self)
{
    clear_weakref(self);
    return 0;
}

static void
weakref_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    clear_weakref((PyWeakReference *)self);
    self->ob_type->tp_free(self);
}

static PyObject *
weakref_call(PyWeakReference *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, ":__call__", kwlist))
        return NULL;
    {
        PyObject *ob = PyWeakref_GET_OBJECT(self);
        Py_INCREF(ob);
        return ob;
    }
}

static long
weakref_hash(PyWeakReference *self)
{
    if (self->hash != -1)
        return self->hash;
    if (PyWeakref_GET_OBJECT(self) == Py_None) {
        PyErr_SetString(PyExc_TypeError, "weak object has gone away");
        return -1;
    }
    self->hash = PyObject_Hash(PyWeakref_GET_OBJECT(self));
    return self->hash;
}

static PyObject *
weakref_repr(PyWeakReference *self)
{
    PyObject *ob = PyWeakref_GET_OBJECT(self), *name, *res;

    if (ob == Py_None)
        return PyString_FromFormat("<weakref at %p; dead>", (void *)self);
    Py_INCREF(ob);
    name = PyObject_GetAttrString(ob, "__name__");
    if (name == NULL)
        PyErr_Clear();
    if (name != NULL && PyString_Check(name))
        res = PyString_FromFormat("<weakref at %p; to '%.50s' at %p (%s)>",
                                  (void *)self, ob->ob_type->tp_name,
                                  (void *)ob, PyString_AS_STRING(name));
    else
        res = PyString_FromFormat("<weakref at %p; to '%.50s' at %p>",
                                  (void *)self, ob->ob_type->tp_name,
                                  (void *)ob);
    Py_XDECREF(name);
    Py_DECREF(ob);
    return res;
}

/* Live refs compare like their referents; a dead ref only equals
   itself. */
static PyObject *
weakref_richcompare(PyWeakReference *self, PyWeakReference *other, int op)
{
    PyObject *a, *b, *res;

    if ((op != Py_EQ && op != Py_NE) || self->ob_type != other->ob_type) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    if (PyWeakref_GET_OBJECT(self) == Py_None || PyWeakref_GET_OBJECT(other) == Py_None) {
        int same = (self == other);
        res = (op == Py_EQ) == same ? Py_True : Py_False;
        Py_INCREF(res);
        return res;
    }
    a = PyWeakref_GET_OBJECT(self);
    b = PyWeakref_GET_OBJECT(other);
    Py_INCREF(a);
    Py_INCREF(b);
    res = PyObject_RichCompare(a, b, op);
    Py_DECREF(a);
    Py_DECREF(b);
    return res;
}

static int
parse_ref_args(PyObject *args, PyObject *kw, PyObject **ob,
               PyObject **callback)
{
    *callback = NULL;
    if (!_PyArg_NoKeywords("ref()", kw))
        return 0;
    return PyArg_UnpackTuple(args, "__new__", 1, 2, ob, callback);
}

static PyObject *
weakref___new__(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyWeakReference *self, *ref, *proxy;
    PyWeakReference **list;
    PyObject *ob, *callback;

    if (!parse_ref_args(args, kw, &ob, &callback))
        return NULL;
    if (!check_weakrefable(ob))
        return NULL;
    if (callback == Py_None)
        callback = NULL;
    list = LIST_HEAD_OF(ob);
    if (type == &_PyWeakref_RefType && callback == NULL) {
        find_shared(*list, &ref, &proxy);
        if (ref != NULL) {
            Py_INCREF(ref);
            return (PyObject *)ref;
        }
    }
    self = (PyWeakReference *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    init_weakref(self, ob, callback);
    if (type == &_PyWeakref_RefType && callback == NULL) {
        /* Allocation may have run a collection that made a shared ref. */
        find_shared(*list, &ref, &proxy);
        if (ref != NULL) {
            Py_DECREF(self);
            Py_INCREF(ref);
            return (PyObject *)ref;
        }
        link_first(self, list);
    }
    else
        link_unshared(self, list);
    return (PyObject *)self;
}

static int
weakref___init__(PyObject *self, PyObject *args, PyObject *kw)
{
    PyObject *ob, *callback;

    return parse_ref_args(args, kw, &ob, &callback) ? 0 : -1;
}

PyTypeObject _PyWeakref_RefType = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "weakref",
    sizeof(PyWeakReference),
    0,
    weakref_dealloc,                            /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)weakref_repr,                     /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)weakref_hash,                     /* tp_hash */
    (ternaryfunc)weakref_call,                  /* tp_call */
    0,                                          /* tp_str */
    0,                                          /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_RICHCOMPARE |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    0,                                          /* tp_doc */
    (traverseproc)weakref_traverse,             /* tp_traverse */
    (inquiry)weakref_clear,                     /* tp_clear */
    (richcmpfunc)weakref_richcompare,           /* tp_richcompare */
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
    weakref___init__,                           /* tp_init */
    PyType_GenericAlloc,                        /* tp_alloc */
    weakref___new__,                            /* tp_new */
    PyObject_GC_Del,                            /* tp_free */
};

/* ------------------------------------------------------------------ */
/* Proxies: forward every operation to the live referent.                */

/* The referent of a proxy as a new reference; ReferenceError if dead.
   Non-proxies are returned as they are (also as a new reference). */
static PyObject *
deref(PyObject *o)
{
    if (PyWeakref_CheckProxy(o)) {
        o = PyWeakref_GET_OBJECT(o);
        if (o == Py_None) {
            PyErr_SetString(PyExc_ReferenceError,
                            "weakly-referenced object no longer exists");
            return NULL;
        }
    }
    Py_INCREF(o);
    return o;
}

#define PROXY_UNARY(fn, generic) \
    static PyObject * \
    fn(PyObject *proxy) \
    { \
        PyObject *o = deref(proxy), *res; \
        if (o == NULL) \
            return NULL; \
        res = generic(o); \
        Py_DECREF(o); \
        return res; \
    }

#define PROXY_BINARY(fn, generic) \
    static PyObject * \
    fn(PyObject *x, PyObject *y) \
    { \
        PyObject *a, *b, *res; \
        if ((a = deref(x)) == NULL) \
            return NULL; \
        if ((b = deref(y)) == NULL) { \
            Py_DECREF(a); \
            return NULL; \
        } \
        res = generic(a, b); \
        Py_DECREF(a); \
        Py_DECREF(b); \
        return res; \
    }

#define PROXY_TERNARY(fn, generic) \
    static PyObject * \
    fn(PyObject *x, PyObject *y, PyObject *z) \
    { \
        PyObject *a, *b, *c, *res; \
        if ((a = deref(x)) == NULL) \
            return NULL; \
        if ((b = deref(y)) == NULL) { \
            Py_DECREF(a); \
            return NULL; \
        } \
        if ((c = deref(z)) == NULL) { \
            Py_DECREF(a); \
            Py_DECREF(b); \
            return NULL; \
        } \
        res = generic(a, b, c); \
        Py_DECREF(a); \
        Py_DECREF(b); \
        Py_DECREF(c); \
        return res; \
    }

PROXY_BINARY(proxy_getattr, PyObject_GetAttr)
PROXY_UNARY(proxy_str, PyObject_Str)
PROXY_UNARY(proxy_unicode_of, PyObject_Unicode)
PROXY_BINARY(proxy_add, PyNumber_Add)
PROXY_BINARY(proxy_sub, PyNumber_Subtract)
PROXY_BINARY(proxy_mul, PyNumber_Multiply)
PROXY_BINARY(proxy_div, PyNumber_Divide)
PROXY_BINARY(proxy_floor_div, PyNumber_FloorDivide)
PROXY_BINARY(proxy_true_div, PyNumber_TrueDivide)
PROXY_BINARY(proxy_mod, PyNumber_Remainder)
PROXY_BINARY(proxy_divmod, PyNumber_Divmod)
PROXY_TERNARY(proxy_pow, PyNumber_Power)
PROXY_UNARY(proxy_neg, PyNumber_Negative)
PROXY_UNARY(proxy_pos, PyNumber_Positive)
PROXY_UNARY(proxy_abs, PyNumber_Absolute)
PROXY_UNARY(proxy_invert, PyNumber_Invert)
PROXY_BINARY(proxy_lshift, PyNumber_Lshift)
PROXY_BINARY(proxy_rshift, PyNumber_Rshift)
PROXY_BINARY(proxy_and, PyNumber_And)
PROXY_BINARY(proxy_xor, PyNumber_Xor)
PROXY_BINARY(proxy_or, PyNumber_Or)
PROXY_UNARY(proxy_int, PyNumber_Int)
PROXY_UNARY(proxy_long, PyNumber_Long)
PROXY_UNARY(proxy_float, PyNumber_Float)
PROXY_BINARY(proxy_iadd, PyNumber_InPlaceAdd)
PROXY_BINARY(proxy_isub, PyNumber_InPlaceSubtract)
PROXY_BINARY(proxy_imul, PyNumber_InPlaceMultiply)
PROXY_BINARY(proxy_idiv, PyNumber_InPlaceDivide)
PROXY_BINARY(proxy_ifloor_div, PyNumber_InPlaceFloorDivide)
PROXY_BINARY(proxy_itrue_div, PyNumber_InPlaceTrueDivide)
PROXY_BINARY(proxy_imod, PyNumber_InPlaceRemainder)
PROXY_TERNARY(proxy_ipow, PyNumber_InPlacePower)
PROXY_BINARY(proxy_ilshift, PyNumber_InPlaceLshift)
PROXY_BINARY(proxy_irshift, PyNumber_InPlaceRshift)
PROXY_BINARY(proxy_iand, PyNumber_InPlaceAnd)
PROXY_BINARY(proxy_ixor, PyNumber_InPlaceXor)
PROXY_BINARY(proxy_ior, PyNumber_InPlaceOr)
PROXY_BINARY(proxy_getitem, PyObject_GetItem)
PROXY_UNARY(proxy_iter, PyObject_GetIter)

static PyObject *
proxy_index(PyObject *proxy)
{
    PyObject *o = deref(proxy), *res;

    if (o == NULL)
        return NULL;
    res = PyNumber_Index(o);
    Py_DECREF(o);
    return res;
}

static int
proxy_setattr(PyObject *proxy, PyObject *name, PyObject *value)
{
    PyObject *o = deref(proxy);
    int r;

    if (o == NULL)
        return -1;
    r = PyObject_SetAttr(o, name, value);
    Py_DECREF(o);
    return r;
}

static PyObject *
proxy_richcompare(PyObject *x, PyObject *y, int op)
{
    PyObject *a, *b, *res;

    if ((a = deref(x)) == NULL)
        return NULL;
    if ((b = deref(y)) == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    res = PyObject_RichCompare(a, b, op);
    Py_DECREF(a);
    Py_DECREF(b);
    return res;
}

static int
proxy_nonzero(PyObject *proxy)
{
    PyObject *o = deref(proxy);
    int r;

    if (o == NULL)
        return -1;
    r = PyObject_IsTrue(o);
    Py_DECREF(o);
    return r;
}

static PyObject *
proxy_repr(PyWeakReference *proxy)
{
    return PyString_FromFormat("<weakproxy at %p to %.100s at %p>",
                               (void *)proxy,
                               proxy->wr_object->ob_type->tp_name,
                               (void *)proxy->wr_object);
}

static long
proxy_hash(PyObject *proxy)
{
    PyErr_SetString(PyExc_TypeError, "unhashable type");
    return -1;
}

static PyObject *
proxy_call(PyObject *proxy, PyObject *args, PyObject *kw)
{
    PyObject *o = deref(proxy), *res;

    if (o == NULL)
        return NULL;
    res = PyObject_Call(o, args, kw);
    Py_DECREF(o);
    return res;
}

static Py_ssize_t
proxy_length(PyObject *proxy)
{
    PyObject *o = deref(proxy);
    Py_ssize_t n;

    if (o == NULL)
        return -1;
    n = PyObject_Length(o);
    Py_DECREF(o);
    return n;
}

static int
proxy_contains(PyObject *proxy, PyObject *value)
{
    PyObject *o = deref(proxy);
    int r;

    if (o == NULL)
        return -1;
    r = PySequence_Contains(o, value);
    Py_DECREF(o);
    return r;
}

static PyObject *
proxy_slice(PyObject *proxy, Py_ssize_t i, Py_ssize_t j)
{
    PyObject *o = deref(proxy), *res;

    if (o == NULL)
        return NULL;
    res = PySequence_GetSlice(o, i, j);
    Py_DECREF(o);
    return res;
}

static int
proxy_ass_slice(PyObject *proxy, Py_ssize_t i, Py_ssize_t j,
                PyObject *value)
{
    PyObject *o = deref(proxy);
    int r;

    if (o == NULL)
        return -1;
    r = PySequence_SetSlice(o, i, j, value);
    Py_DECREF(o);
    return r;
}

static int
proxy_ass_subscript(PyObject *proxy, PyObject *key, PyObject *value)
{
    PyObject *o = deref(proxy);
    int r;

    if (o == NULL)
        return -1;
    if (value == NULL)
        r = PyObject_DelItem(o, key);
    else
        r = PyObject_SetItem(o, key, value);
    Py_DECREF(o);
    return r;
}

static PyObject *
proxy_iternext(PyObject *proxy)
{
    PyObject *o = deref(proxy), *res;

    if (o == NULL)
        return NULL;
    if (!PyIter_Check(o)) {
        PyErr_Format(PyExc_TypeError,
                     "Weakref proxy referenced a non-iterator '%.200s' "
                     "object", o->ob_type->tp_name);
        Py_DECREF(o);
        return NULL;
    }
    res = PyIter_Next(o);
    Py_DECREF(o);
    return res;
}

static PyObject *
proxy_unicode(PyObject *proxy, PyObject *unused)
{
    return proxy_unicode_of(proxy);
}

static PyMethodDef proxy_methods[] = {
    {"__unicode__", (PyCFunction)proxy_unicode, METH_NOARGS},
    {NULL, NULL}
};

static PyNumberMethods proxy_as_number = {
    proxy_add,              /* nb_add */
    proxy_sub,              /* nb_subtract */
    proxy_mul,              /* nb_multiply */
    proxy_div,              /* nb_divide */
    proxy_mod,              /* nb_remainder */
    proxy_divmod,           /* nb_divmod */
    proxy_pow,              /* nb_power */
    proxy_neg,              /* nb_negative */
    proxy_pos,              /* nb_positive */
    proxy_abs,              /* nb_absolute */
    (inquiry)proxy_nonzero, /* nb_nonzero */
    proxy_invert,           /* nb_invert */
    proxy_lshift,           /* nb_lshift */
    proxy_rshift,           /* nb_rshift */
    proxy_and,              /* nb_and */
    proxy_xor,              /* nb_xor */
    proxy_or,               /* nb_or */
    0,                      /* nb_coerce */
    proxy_int,              /* nb_int */
    proxy_long,             /* nb_long */
    proxy_float,            /* nb_float */
    0,                      /* nb_oct */
    0,                      /* nb_hex */
    proxy_iadd,             /* nb_inplace_add */
    proxy_isub,             /* nb_inplace_subtract */
    proxy_imul,             /* nb_inplace_multiply */
    proxy_idiv,             /* nb_inplace_divide */
    proxy_imod,             /* nb_inplace_remainder */
    proxy_ipow,             /* nb_inplace_power */
    proxy_ilshift,          /* nb_inplace_lshift */
    proxy_irshift,          /* nb_inplace_rshift */
    proxy_iand,             /* nb_inplace_and */
    proxy_ixor,             /* nb_inplace_xor */
    proxy_ior,              /* nb_inplace_or */
    proxy_floor_div,        /* nb_floor_divide */
    proxy_true_div,         /* nb_true_divide */
    proxy_ifloor_div,       /* nb_inplace_floor_divide */
    proxy_itrue_div,        /* nb_inplace_true_divide */
    proxy_index,            /* nb_index */
};

static PySequenceMethods proxy_as_sequence = {
    (lenfunc)proxy_length,          /* sq_length */
    0,                              /* sq_concat */
    0,                              /* sq_repeat */
    0,                              /* sq_item */
    (ssizessizeargfunc)proxy_slice, /* sq_slice */
    0,                              /* sq_ass_item */
    (ssizessizeobjargproc)proxy_ass_slice, /* sq_ass_slice */
    (objobjproc)proxy_contains,     /* sq_contains */
};

static PyMappingMethods proxy_as_mapping = {
    (lenfunc)proxy_length,              /* mp_length */
    proxy_getitem,                      /* mp_subscript */
    (objobjargproc)proxy_ass_subscript, /* mp_ass_subscript */
};

#define PROXY_FLAGS \
    (Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_CHECKTYPES)

PyTypeObject _PyWeakref_ProxyType = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "weakproxy",
    sizeof(PyWeakReference),
    0,
    weakref_dealloc,                    /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)proxy_repr,               /* tp_repr */
    &proxy_as_number,                   /* tp_as_number */
    &proxy_as_sequence,                 /* tp_as_sequence */
    &proxy_as_mapping,                  /* tp_as_mapping */
    proxy_hash,                         /* tp_hash */
    0,                                  /* tp_call */
    proxy_str,                          /* tp_str */
    proxy_getattr,                      /* tp_getattro */
    (setattrofunc)proxy_setattr,        /* tp_setattro */
    0,                                  /* tp_as_buffer */
    PROXY_FLAGS,                        /* tp_flags */
    0,                                  /* tp_doc */
    (traverseproc)weakref_traverse,     /* tp_traverse */
    (inquiry)weakref_clear,             /* tp_clear */
    proxy_richcompare,                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    proxy_iter,                         /* tp_iter */
    proxy_iternext,                     /* tp_iternext */
    proxy_methods,                      /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    0,                                  /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};

PyTypeObject _PyWeakref_CallableProxyType = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "weakcallableproxy",
    sizeof(PyWeakReference),
    0,
    weakref_dealloc,                    /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)proxy_repr,               /* tp_repr */
    &proxy_as_number,                   /* tp_as_number */
    &proxy_as_sequence,                 /* tp_as_sequence */
    &proxy_as_mapping,                  /* tp_as_mapping */
    proxy_hash,                         /* tp_hash */
    proxy_call,                         /* tp_call */
    proxy_str,                          /* tp_str */
    proxy_getattr,                      /* tp_getattro */
    (setattrofunc)proxy_setattr,        /* tp_setattro */
    0,                                  /* tp_as_buffer */
    PROXY_FLAGS,                        /* tp_flags */
    0,                                  /* tp_doc */
    (traverseproc)weakref_traverse,     /* tp_traverse */
    (inquiry)weakref_clear,             /* tp_clear */
    proxy_richcompare,                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    proxy_iter,                         /* tp_iter */
    proxy_iternext,                     /* tp_iternext */
    proxy_methods,                      /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    0,                                  /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};

/* ------------------------------------------------------------------ */
/* C API constructors                                                    */

static PyWeakReference *
alloc_weakref(PyTypeObject *type, PyObject *ob, PyObject *callback)
{
    PyWeakReference *r = PyObject_GC_New(PyWeakReference, type);

    if (r == NULL)
        return NULL;
    init_weakref(r, ob, callback);
    PyObject_GC_Track(r);
    return r;
}

PyObject *
PyWeakref_NewRef(PyObject *ob, PyObject *callback)
{
    PyWeakReference **list, *ref, *proxy, *result;

    if (ob == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (!check_weakrefable(ob))
        return NULL;
    if (callback == Py_None)
        callback = NULL;
    list = LIST_HEAD_OF(ob);
    find_shared(*list, &ref, &proxy);
    if (callback == NULL && ref != NULL) {
        Py_INCREF(ref);
        return (PyObject *)ref;
    }
    result = alloc_weakref(&_PyWeakref_RefType, ob, callback);
    if (result == NULL)
        return NULL;
    if (callback == NULL) {
        find_shared(*list, &ref, &proxy);
        if (ref != NULL) {
            /* Made by a collection during the allocation: share it. */
            Py_DECREF(result);
            Py_INCREF(ref);
            return (PyObject *)ref;
        }
        link_first(result, list);
    }
    else
        link_unshared(result, list);
    return (PyObject *)result;
}

PyObject *
PyWeakref_NewProxy(PyObject *ob, PyObject *callback)
{
    PyWeakReference **list, *ref, *proxy, *result;
    PyTypeObject *type;

    if (ob == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (!check_weakrefable(ob))
        return NULL;
    if (callback == Py_None)
        callback = NULL;
    list = LIST_HEAD_OF(ob);
    find_shared(*list, &ref, &proxy);
    if (callback == NULL && proxy != NULL) {
        Py_INCREF(proxy);
        return (PyObject *)proxy;
    }
    type = PyCallable_Check(ob) ? &_PyWeakref_CallableProxyType
                                : &_PyWeakref_ProxyType;
    result = alloc_weakref(type, ob, callback);
    if (result == NULL)
        return NULL;
    find_shared(*list, &ref, &proxy);
    if (callback == NULL) {
        if (proxy != NULL) {
            Py_DECREF(result);
            Py_INCREF(proxy);
            return (PyObject *)proxy;
        }
        /* The shared proxy goes right after the shared ref. */
        if (ref == NULL)
            link_first(result, list);
        else
            link_after(result, ref);
    }
    else
        link_unshared(result, list);
    return (PyObject *)result;
}

PyObject *
PyWeakref_GetObject(PyObject *ref)
{
    if (ref == NULL || !PyWeakref_Check(ref)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return PyWeakref_GET_OBJECT(ref);
}
