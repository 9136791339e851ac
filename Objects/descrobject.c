/* Descriptors that expose C-level methods, struct members, computed
   attributes and type slots in a type's __dict__; the read-only dict
   proxy; 'method-wrapper' objects; property, classmethod, staticmethod. */

#include "Python.h"
#include "structmember.h"

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* ------------------------------------------------------------------ */
/* Shared descriptor machinery                                          */

static void
descr_dealloc(PyDescrObject *descr)
{
    PyObject_GC_UnTrack(descr);
    Py_XDECREF(descr->d_type);
    Py_XDECREF(descr->d_name);
    PyObject_GC_Del(descr);
}

static int
descr_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyDescrObject *descr = (PyDescrObject *)self;
    Py_VISIT(descr->d_type);
    return 0;
}

static const char *
descr_name(PyDescrObject *descr)
{
    if (descr->d_name != NULL && PyString_Check(descr->d_name))
        return PyString_AS_STRING(descr->d_name);
    return "?";
}

static PyObject *
descr_repr_as(PyDescrObject *descr, const char *kind)
{
    return PyString_FromFormat("<%s '%s' of '%s' objects>", kind,
                               descr_name(descr), descr->d_type->tp_name);
}

static PyObject *
method_repr(PyDescrObject *descr)
{
    return descr_repr_as(descr, "method");
}

static PyObject *
member_repr(PyDescrObject *descr)
{
    return descr_repr_as(descr, "member");
}

static PyObject *
getset_repr(PyDescrObject *descr)
{
    return descr_repr_as(descr, "attribute");
}

static PyObject *
wrapperdescr_repr(PyDescrObject *descr)
{
    return descr_repr_as(descr, "slot wrapper");
}

/* Common prologue of the __get__ implementations.  Returns 1 with *pres
   set when the lookup is finished (accessed through the class, or an
   error), 0 when the caller should go on binding to obj. */
static int
descr_get_prologue(PyDescrObject *descr, PyObject *obj, PyObject **pres)
{
    if (obj == NULL) {
        Py_INCREF(descr);
        *pres = (PyObject *)descr;
        return 1;
    }
    if (!PyObject_TypeCheck(obj, descr->d_type)) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%s' for '%s' objects "
                     "doesn't apply to '%s' object",
                     descr_name(descr), descr->d_type->tp_name,
                     obj->ob_type->tp_name);
        *pres = NULL;
        return 1;
    }
    return 0;
}

/* Same for __set__: 0 to go on, -1 on error. */
static int
descr_set_prologue(PyDescrObject *descr, PyObject *obj)
{
    if (!PyObject_TypeCheck(obj, descr->d_type)) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%.200s' for '%.100s' objects "
                     "doesn't apply to '%.100s' object",
                     descr_name(descr), descr->d_type->tp_name,
                     obj->ob_type->tp_name);
        return -1;
    }
    return 0;
}

static PyObject *
method_get(PyMethodDescrObject *descr, PyObject *obj, PyObject *type)
{
    PyObject *res;

    if (descr_get_prologue((PyDescrObject *)descr, obj, &res))
        return res;
    return PyCFunction_New(descr->d_method, obj);
}

static PyObject *
classmethod_get(PyMethodDescrObject *descr, PyObject *obj, PyObject *type)
{
    if (type == NULL) {
        if (obj == NULL) {
            PyErr_Format(PyExc_TypeError,
                         "descriptor '%s' for type '%s' "
                         "needs either an object or a type",
                         descr_name((PyDescrObject *)descr),
                         descr->d_type->tp_name);
            return NULL;
        }
        type = (PyObject *)obj->ob_type;
    }
    if (!PyType_Check(type)) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%s' for type '%s' "
                     "needs a type, not a '%s' as arg 2",
                     descr_name((PyDescrObject *)descr),
                     descr->d_type->tp_name, type->ob_type->tp_name);
        return NULL;
    }
    if (!PyType_IsSubtype((PyTypeObject *)type, descr->d_type)) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%s' for type '%s' "
                     "doesn't apply to type '%s'",
                     descr_name((PyDescrObject *)descr),
                     descr->d_type->tp_name,
                     ((PyTypeObject *)type)->tp_name);
        return NULL;
    }
    return PyCFunction_New(descr->d_method, type);
}

static PyObject *
member_get(PyMemberDescrObject *descr, PyObject *obj, PyObject *type)
{
    PyObject *res;

    if (descr_get_prologue((PyDescrObject *)descr, obj, &res))
        return res;
    return PyMember_GetOne((char *)obj, descr->d_member);
}

static PyObject *
getset_get(PyGetSetDescrObject *descr, PyObject *obj, PyObject *type)
{
    PyObject *res;

    if (descr_get_prologue((PyDescrObject *)descr, obj, &res))
        return res;
    if (descr->d_getset->get != NULL)
        return descr->d_getset->get(obj, descr->d_getset->closure);
    PyErr_Format(PyExc_AttributeError,
                 "attribute '%.300s' of '%.100s' objects is not readable",
                 descr_name((PyDescrObject *)descr),
                 descr->d_type->tp_name);
    return NULL;
}

static PyObject *
wrapperdescr_get(PyWrapperDescrObject *descr, PyObject *obj, PyObject *type)
{
    PyObject *res;

    if (descr_get_prologue((PyDescrObject *)descr, obj, &res))
        return res;
    return PyWrapper_New((PyObject *)descr, obj);
}

static int
member_set(PyMemberDescrObject *descr, PyObject *obj, PyObject *value)
{
    if (descr_set_prologue((PyDescrObject *)descr, obj) < 0)
        return -1;
    return PyMember_SetOne((char *)obj, descr->d_member, value);
}

static int
getset_set(PyGetSetDescrObject *descr, PyObject *obj, PyObject *value)
{
    if (descr_set_prologue((PyDescrObject *)descr, obj) < 0)
        return -1;
    if (descr->d_getset->set != NULL)
        return descr->d_getset->set(obj, value, descr->d_getset->closure);
    PyErr_Format(PyExc_AttributeError,
                 "attribute '%.300s' of '%.100s' objects is not writable",
                 descr_name((PyDescrObject *)descr),
                 descr->d_type->tp_name);
    return -1;
}

/* Calling an unbound method descriptor: the first argument is self. */
static int
unbound_self_check(PyDescrObject *descr, PyObject *args, PyObject **pself)
{
    PyObject *self;

    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%.300s' of '%.100s' "
                     "object needs an argument",
                     descr_name(descr), descr->d_type->tp_name);
        return -1;
    }
    self = PyTuple_GET_ITEM(args, 0);
    if (!PyObject_IsInstance(self, (PyObject *)descr->d_type)) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError,
                         "descriptor '%.200s' "
                         "requires a '%.100s' object "
                         "but received a '%.100s'",
                         descr_name(descr), descr->d_type->tp_name,
                         self->ob_type->tp_name);
        return -1;
    }
    *pself = self;
    return 0;
}

static PyObject *
call_with_rest(PyObject *func, PyObject *args, PyObject *kwds)
{
    PyObject *rest, *result;

    rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL) {
        Py_DECREF(func);
        return NULL;
    }
    result = PyObject_Call(func, rest, kwds);
    Py_DECREF(rest);
    Py_DECREF(func);
    return result;
}

static PyObject *
methoddescr_call(PyMethodDescrObject *descr, PyObject *args, PyObject *kwds)
{
    PyObject *self, *func;

    if (unbound_self_check((PyDescrObject *)descr, args, &self) < 0)
        return NULL;
    func = PyCFunction_New(descr->d_method, self);
    if (func == NULL)
        return NULL;
    return call_with_rest(func, args, kwds);
}

static PyObject *
classmethoddescr_call(PyMethodDescrObject *descr, PyObject *args,
                      PyObject *kwds)
{
    PyObject *func, *result;

    func = PyCFunction_New(descr->d_method, (PyObject *)descr->d_type);
    if (func == NULL)
        return NULL;
    result = PyObject_Call(func, args, kwds);
    Py_DECREF(func);
    return result;
}

static PyObject *
wrapperdescr_call(PyWrapperDescrObject *descr, PyObject *args,
                  PyObject *kwds)
{
    PyObject *self, *func;

    if (unbound_self_check((PyDescrObject *)descr, args, &self) < 0)
        return NULL;
    func = PyWrapper_New((PyObject *)descr, self);
    if (func == NULL)
        return NULL;
    return call_with_rest(func, args, kwds);
}

static PyObject *
doc_or_none(const char *doc)
{
    if (doc == NULL)
        Py_RETURN_NONE;
    return PyString_FromString(doc);
}

static PyObject *
method_get_doc(PyMethodDescrObject *descr, void *closure)
{
    return doc_or_none(descr->d_method->ml_doc);
}

static PyObject *
member_get_doc(PyMemberDescrObject *descr, void *closure)
{
    return doc_or_none(descr->d_member->doc);
}

static PyObject *
getset_get_doc(PyGetSetDescrObject *descr, void *closure)
{
    return doc_or_none(descr->d_getset->doc);
}

static PyObject *
wrapperdescr_get_doc(PyWrapperDescrObject *descr, void *closure)
{
    return doc_or_none(descr->d_base->doc);
}

static PyMemberDef descr_members[] = {
    {"__objclass__", T_OBJECT, offsetof(PyDescrObject, d_type), READONLY},
    {"__name__", T_OBJECT, offsetof(PyDescrObject, d_name), READONLY},
    {0}
};

static PyGetSetDef method_getset[] = {
    {"__doc__", (getter)method_get_doc},
    {0}
};

static PyGetSetDef member_getset[] = {
    {"__doc__", (getter)member_get_doc},
    {0}
};

static PyGetSetDef getset_getset[] = {
    {"__doc__", (getter)getset_get_doc},
    {0}
};

static PyGetSetDef wrapperdescr_getset[] = {
    {"__doc__", (getter)wrapperdescr_get_doc},
    {0}
};

/* All descriptor types share this layout apart from the functions. */
#define DESCR_TYPE(cname, pyname, size, repr, call, getsets, get, set) \
PyTypeObject cname = {                                                 \
    PyObject_HEAD_INIT(&PyType_Type)                                   \
    0,                                                                 \
    pyname,                                                            \
    size,                                                              \
    0,                                                                 \
    (destructor)descr_dealloc,          /* tp_dealloc */               \
    0,                                  /* tp_print */                 \
    0,                                  /* tp_getattr */               \
    0,                                  /* tp_setattr */               \
    0,                                  /* tp_compare */               \
    (reprfunc)repr,                     /* tp_repr */                  \
    0,                                  /* tp_as_number */             \
    0,                                  /* tp_as_sequence */           \
    0,                                  /* tp_as_mapping */            \
    0,                                  /* tp_hash */                  \
    (ternaryfunc)call,                  /* tp_call */                  \
    0,                                  /* tp_str */                   \
    PyObject_GenericGetAttr,            /* tp_getattro */              \
    0,                                  /* tp_setattro */              \
    0,                                  /* tp_as_buffer */             \
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */            \
    0,                                  /* tp_doc */                   \
    descr_traverse,                     /* tp_traverse */              \
    0,                                  /* tp_clear */                 \
    0,                                  /* tp_richcompare */           \
    0,                                  /* tp_weaklistoffset */        \
    0,                                  /* tp_iter */                  \
    0,                                  /* tp_iternext */              \
    0,                                  /* tp_methods */               \
    descr_members,                      /* tp_members */               \
    getsets,                            /* tp_getset */                \
    0,                                  /* tp_base */                  \
    0,                                  /* tp_dict */                  \
    (descrgetfunc)get,                  /* tp_descr_get */             \
    (descrsetfunc)set,                  /* tp_descr_set */             \
}

DESCR_TYPE(PyMethodDescr_Type, "method_descriptor",
           sizeof(PyMethodDescrObject), method_repr, methoddescr_call,
           method_getset, method_get, 0);

DESCR_TYPE(PyClassMethodDescr_Type, "classmethod_descriptor",
           sizeof(PyMethodDescrObject), method_repr, classmethoddescr_call,
           method_getset, classmethod_get, 0);

DESCR_TYPE(PyMemberDescr_Type, "member_descriptor",
           sizeof(PyMemberDescrObject), member_repr, 0,
           member_getset, member_get, member_set);

DESCR_TYPE(PyGetSetDescr_Type, "getset_descriptor",
           sizeof(PyGetSetDescrObject), getset_repr, 0,
           getset_getset, getset_get, getset_set);

DESCR_TYPE(PyWrapperDescr_Type, "wrapper_descriptor",
           sizeof(PyWrapperDescrObject), wrapperdescr_repr,
           wrapperdescr_call, wrapperdescr_getset, wrapperdescr_get, 0);

static PyDescrObject *
descr_alloc(PyTypeObject *descrtype, PyTypeObject *type, const char *name)
{
    PyDescrObject *descr;

    descr = (PyDescrObject *)PyType_GenericAlloc(descrtype, 0);
    if (descr == NULL)
        return NULL;
    Py_XINCREF(type);
    descr->d_type = type;
    descr->d_name = PyString_InternFromString(name);
    if (descr->d_name == NULL) {
        Py_DECREF(descr);
        return NULL;
    }
    return descr;
}

PyObject *
PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *method)
{
    PyMethodDescrObject *descr;

    descr = (PyMethodDescrObject *)descr_alloc(&PyMethodDescr_Type,
                                               type, method->ml_name);
    if (descr != NULL)
        descr->d_method = method;
    return (PyObject *)descr;
}

PyObject *
PyDescr_NewClassMethod(PyTypeObject *type, PyMethodDef *method)
{
    PyMethodDescrObject *descr;

    descr = (PyMethodDescrObject *)descr_alloc(&PyClassMethodDescr_Type,
                                               type, method->ml_name);
    if (descr != NULL)
        descr->d_method = method;
    return (PyObject *)descr;
}

PyObject *
PyDescr_NewMember(PyTypeObject *type, PyMemberDef *member)
{
    PyMemberDescrObject *descr;

    descr = (PyMemberDescrObject *)descr_alloc(&PyMemberDescr_Type,
                                               type, member->name);
    if (descr != NULL)
        descr->d_member = member;
    return (PyObject *)descr;
}

PyObject *
PyDescr_NewGetSet(PyTypeObject *type, PyGetSetDef *getset)
{
    PyGetSetDescrObject *descr;

    descr = (PyGetSetDescrObject *)descr_alloc(&PyGetSetDescr_Type,
                                               type, getset->name);
    if (descr != NULL)
        descr->d_getset = getset;
    return (PyObject *)descr;
}

PyObject *
PyDescr_NewWrapper(PyTypeObject *type, struct wrapperbase *base,
                   void *wrapped)
{
    PyWrapperDescrObject *descr;

    descr = (PyWrapperDescrObject *)descr_alloc(&PyWrapperDescr_Type,
                                                type, base->name);
    if (descr != NULL) {
        descr->d_base = base;
        descr->d_wrapped = wrapped;
    }
    return (PyObject *)descr;
}

/* ------------------------------------------------------------------ */
/* dictproxy: a read-only view of a type's __dict__                     */

typedef struct {
    PyObject_HEAD
    PyObject *dict;
} proxyobject;

static Py_ssize_t
proxy_len(proxyobject *pp)
{
    return PyObject_Size(pp->dict);
}

static PyObject *
proxy_getitem(proxyobject *pp, PyObject *key)
{
    return PyObject_GetItem(pp->dict, key);
}

static PyMappingMethods proxy_as_mapping = {
    (lenfunc)proxy_len,                 /* mp_length */
    (binaryfunc)proxy_getitem,          /* mp_subscript */
    0,                                  /* mp_ass_subscript */
};

static int
proxy_contains(proxyobject *pp, PyObject *key)
{
    return PySequence_Contains(pp->dict, key);
}

static PySequenceMethods proxy_as_sequence = {
    0,                                  /* sq_length */
    0,                                  /* sq_concat */
    0,                                  /* sq_repeat */
    0,                                  /* sq_item */
    0,                                  /* sq_slice */
    0,                                  /* sq_ass_item */
    0,                                  /* sq_ass_slice */
    (objobjproc)proxy_contains,         /* sq_contains */
    0,                                  /* sq_inplace_concat */
    0,                                  /* sq_inplace_repeat */
};

static PyObject *
proxy_has_key(proxyobject *pp, PyObject *key)
{
    int found = PySequence_Contains(pp->dict, key);
    if (found < 0)
        return NULL;
    return PyBool_FromLong(found);
}

static PyObject *
proxy_get(proxyobject *pp, PyObject *args)
{
    PyObject *key, *def = Py_None;

    if (!PyArg_UnpackTuple(args, "get", 1, 2, &key, &def))
        return NULL;
    return PyObject_CallMethod(pp->dict, "get", "(OO)", key, def);
}

/* The rest of the read-only dict methods just forward. */
#define PROXY_FORWARD(cname, pyname)                          \
static PyObject *                                             \
cname(proxyobject *pp)                                        \
{                                                             \
    return PyObject_CallMethod(pp->dict, pyname, NULL);       \
}

PROXY_FORWARD(proxy_keys, "keys")
PROXY_FORWARD(proxy_values, "values")
PROXY_FORWARD(proxy_items, "items")
PROXY_FORWARD(proxy_iterkeys, "iterkeys")
PROXY_FORWARD(proxy_itervalues, "itervalues")
PROXY_FORWARD(proxy_iteritems, "iteritems")
PROXY_FORWARD(proxy_copy, "copy")

static PyMethodDef proxy_methods[] = {
    {"has_key", (PyCFunction)proxy_has_key, METH_O,
     "D.has_key(k) -> True if D has a key k, else False"},
    {"get", (PyCFunction)proxy_get, METH_VARARGS,
     "D.get(k[,d]) -> D[k] if D.has_key(k), else d.  d defaults to None."},
    {"keys", (PyCFunction)proxy_keys, METH_NOARGS,
     "D.keys() -> list of D's keys"},
    {"values", (PyCFunction)proxy_values, METH_NOARGS,
     "D.values() -> list of D's values"},
    {"items", (PyCFunction)proxy_items, METH_NOARGS,
     "D.items() -> list of D's (key, value) pairs, as 2-tuples"},
    {"iterkeys", (PyCFunction)proxy_iterkeys, METH_NOARGS,
     "D.iterkeys() -> an iterator over the keys of D"},
    {"itervalues", (PyCFunction)proxy_itervalues, METH_NOARGS,
     "D.itervalues() -> an iterator over the values of D"},
    {"iteritems", (PyCFunction)proxy_iteritems, METH_NOARGS,
     "D.iteritems() -> an iterator over the (key, value) items of D"},
    {"copy", (PyCFunction)proxy_copy, METH_NOARGS,
     "D.copy() -> a shallow copy of D"},
    {0}
};

static void
proxy_dealloc(proxyobject *pp)
{
    PyObject_GC_UnTrack(pp);
    Py_DECREF(pp->dict);
    PyObject_GC_Del(pp);
}

static PyObject *
proxy_getiter(proxyobject *pp)
{
    return PyObject_GetIter(pp->dict);
}

static PyObject *
proxy_str(proxyobject *pp)
{
    return PyObject_Str(pp->dict);
}

static int
proxy_traverse(PyObject *self, visitproc visit, void *arg)
{
    proxyobject *pp = (proxyobject *)self;
    Py_VISIT(pp->dict);
    return 0;
}

static int
proxy_compare(proxyobject *v, PyObject *w)
{
    return PyObject_Compare(v->dict, w);
}

PyTypeObject PyDictProxy_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                  /* ob_size */
    "dictproxy",                        /* tp_name */
    sizeof(proxyobject),                /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)proxy_dealloc,          /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    (cmpfunc)proxy_compare,             /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    &proxy_as_sequence,                 /* tp_as_sequence */
    &proxy_as_mapping,                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    (reprfunc)proxy_str,                /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    0,                                  /* tp_doc */
    proxy_traverse,                     /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    (getiterfunc)proxy_getiter,         /* tp_iter */
    0,                                  /* tp_iternext */
    proxy_methods,                      /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
};

PyObject *
PyDictProxy_New(PyObject *dict)
{
    proxyobject *pp;

    if (dict == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    pp = PyObject_GC_New(proxyobject, &PyDictProxy_Type);
    if (pp == NULL)
        return NULL;
    Py_INCREF(dict);
    pp->dict = dict;
    PyObject_GC_Track(pp);
    return (PyObject *)pp;
}

/* ------------------------------------------------------------------ */
/* method-wrapper: a slot wrapper descriptor bound to an object         */

typedef struct {
    PyObject_HEAD
    PyWrapperDescrObject *descr;
    PyObject *self;
} wrapperobject;

static void
wrapper_dealloc(wrapperobject *wp)
{
    PyObject_GC_UnTrack(wp);
    Py_XDECREF(wp->descr);
    Py_XDECREF(wp->self);
    PyObject_GC_Del(wp);
}

static int
wrapper_compare(wrapperobject *a, wrapperobject *b)
{
    if (a->descr == b->descr)
        return PyObject_Compare(a->self, b->self);
    return ((Py_uintptr_t)a->descr < (Py_uintptr_t)b->descr) ? -1 : 1;
}

static long
wrapper_hash(wrapperobject *wp)
{
    long x, y;

    x = PyObject_Hash(wp->self);
    if (x == -1)
        return -1;
    y = _Py_HashPointer(wp->descr);
    if (y == -1)
        return -1;
    x ^= y;
    if (x == -1)
        x = -2;
    return x;
}

static PyObject *
wrapper_repr(wrapperobject *wp)
{
    return PyString_FromFormat("<method-wrapper '%s' of %s object at %p>",
                               wp->descr->d_base->name,
                               wp->self->ob_type->tp_name, wp->self);
}

static PyMemberDef wrapper_members[] = {
    {"__self__", T_OBJECT, offsetof(wrapperobject, self), READONLY},
    {0}
};

static PyObject *
wrapper_objclass(wrapperobject *wp, void *closure)
{
    PyObject *c = (PyObject *)wp->descr->d_type;
    Py_INCREF(c);
    return c;
}

static PyObject *
wrapper_name(wrapperobject *wp, void *closure)
{
    return PyString_FromString(wp->descr->d_base->name);
}

static PyObject *
wrapper_doc(wrapperobject *wp, void *closure)
{
    return doc_or_none(wp->descr->d_base->doc);
}

static PyGetSetDef wrapper_getsets[] = {
    {"__objclass__", (getter)wrapper_objclass},
    {"__name__", (getter)wrapper_name},
    {"__doc__", (getter)wrapper_doc},
    {0}
};

static PyObject *
wrapper_call(wrapperobject *wp, PyObject *args, PyObject *kwds)
{
    struct wrapperbase *base = wp->descr->d_base;
    void *wrapped = wp->descr->d_wrapped;

    if (base->flags & PyWrapperFlag_KEYWORDS)
        return ((wrapperfunc_kwds)base->wrapper)(wp->self, args,
                                                 wrapped, kwds);
    if (kwds != NULL && (!PyDict_Check(kwds) || PyDict_Size(kwds) != 0)) {
        PyErr_Format(PyExc_TypeError,
                     "wrapper %s doesn't take keyword arguments",
                     base->name);
        return NULL;
    }
    return base->wrapper(wp->self, args, wrapped);
}

static int
wrapper_traverse(PyObject *self, visitproc visit, void *arg)
{
    wrapperobject *wp = (wrapperobject *)self;
    Py_VISIT(wp->descr);
    Py_VISIT(wp->self);
    return 0;
}

PyTypeObject _PyMethodWrapper_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                  /* ob_size */
    "method-wrapper",                   /* tp_name */
    sizeof(wrapperobject),              /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)wrapper_dealloc,        /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    (cmpfunc)wrapper_compare,           /* tp_compare */
    (reprfunc)wrapper_repr,             /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    (hashfunc)wrapper_hash,             /* tp_hash */
    (ternaryfunc)wrapper_call,          /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    0,                                  /* tp_doc */
    wrapper_traverse,                   /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    0,                                  /* tp_methods */
    wrapper_members,                    /* tp_members */
    wrapper_getsets,                    /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
};

PyObject *
PyWrapper_New(PyObject *d, PyObject *self)
{
    wrapperobject *wp;
    PyWrapperDescrObject *descr = (PyWrapperDescrObject *)d;

    if (d == NULL || self == NULL || !PyObject_TypeCheck(d, &PyWrapperDescr_Type)
        || !PyObject_TypeCheck(self, descr->d_type)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    wp = PyObject_GC_New(wrapperobject, &_PyMethodWrapper_Type);
    if (wp == NULL)
        return NULL;
    Py_INCREF(descr);
    wp->descr = descr;
    Py_INCREF(self);
    wp->self = self;
    PyObject_GC_Track(wp);
    return (PyObject *)wp;
}

/* ------------------------------------------------------------------ */
/* property                                                             */

typedef struct {
    PyObject_HEAD
    PyObject *prop_get;
    PyObject *prop_set;
    PyObject *prop_del;
    PyObject *prop_doc;
} propertyobject;

static PyMemberDef property_members[] = {
    {"fget", T_OBJECT, offsetof(propertyobject, prop_get), READONLY},
    {"fset", T_OBJECT, offsetof(propertyobject, prop_set), READONLY},
    {"fdel", T_OBJECT, offsetof(propertyobject, prop_del), READONLY},
    {"__doc__", T_OBJECT, offsetof(propertyobject, prop_doc), READONLY},
    {0}
};

static void
property_dealloc(PyObject *self)
{
    propertyobject *gs = (propertyobject *)self;

    PyObject_GC_UnTrack(self);
    Py_XDECREF(gs->prop_get);
    Py_XDECREF(gs->prop_set);
    Py_XDECREF(gs->prop_del);
    Py_XDECREF(gs->prop_doc);
    self->ob_type->tp_free(self);
}

static PyObject *
property_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    propertyobject *gs = (propertyobject *)self;

    /* 2.5 treats a None instance like access through the class. */
    if (obj == NULL || obj == Py_None) {
        Py_INCREF(self);
        return self;
    }
    if (gs->prop_get == NULL) {
        PyErr_SetString(PyExc_AttributeError, "unreadable attribute");
        return NULL;
    }
    return PyObject_CallFunctionObjArgs(gs->prop_get, obj, NULL);
}

static int
property_descr_set(PyObject *self, PyObject *obj, PyObject *value)
{
    propertyobject *gs = (propertyobject *)self;
    PyObject *func, *res;

    func = (value == NULL) ? gs->prop_del : gs->prop_set;
    if (func == NULL) {
        PyErr_SetString(PyExc_AttributeError,
                        value == NULL ? "can't delete attribute"
                                      : "can't set attribute");
        return -1;
    }
    if (value == NULL)
        res = PyObject_CallFunctionObjArgs(func, obj, NULL);
    else
        res = PyObject_CallFunctionObjArgs(func, obj, value, NULL);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static int
property_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"fget", "fset", "fdel", "doc", 0};
    PyObject *get = NULL, *set = NULL, *del = NULL, *doc = NULL;
    propertyobject *gs = (propertyobject *)self;
    PyObject *old_get, *old_set, *old_del, *old_doc;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OOOO:property",
                                     kwlist, &get, &set, &del, &doc))
        return -1;

    if (get == Py_None)
        get = NULL;
    if (set == Py_None)
        set = NULL;
    if (del == Py_None)
        del = NULL;

    Py_XINCREF(get);
    Py_XINCREF(set);
    Py_XINCREF(del);
    Py_XINCREF(doc);

    /* Without an explicit doc, borrow the getter's docstring. */
    if ((doc == NULL || doc == Py_None) && get != NULL) {
        PyObject *getter_doc = PyObject_GetAttrString(get, "__doc__");
        if (getter_doc != NULL) {
            Py_XDECREF(doc);
            doc = getter_doc;
        }
        else
            PyErr_Clear();
    }

    old_get = gs->prop_get;
    old_set = gs->prop_set;
    old_del = gs->prop_del;
    old_doc = gs->prop_doc;
    gs->prop_get = get;
    gs->prop_set = set;
    gs->prop_del = del;
    gs->prop_doc = doc;
    Py_XDECREF(old_get);
    Py_XDECREF(old_set);
    Py_XDECREF(old_del);
    Py_XDECREF(old_doc);
    return 0;
}

static int
property_traverse(PyObject *self, visitproc visit, void *arg)
{
    propertyobject *pp = (propertyobject *)self;
    Py_VISIT(pp->prop_get);
    Py_VISIT(pp->prop_set);
    Py_VISIT(pp->prop_del);
    Py_VISIT(pp->prop_doc);
    return 0;
}

static int
property_clear(PyObject *self)
{
    propertyobject *pp = (propertyobject *)self;
    Py_CLEAR(pp->prop_get);
    Py_CLEAR(pp->prop_set);
    Py_CLEAR(pp->prop_del);
    Py_CLEAR(pp->prop_doc);
    return 0;
}

PyDoc_STRVAR(property_doc,
"property(fget=None, fset=None, fdel=None, doc=None) -> property attribute\n\
\n\
fget is a function to be used for getting an attribute value, and likewise\n\
fset is a function for setting, and fdel a function for del'ing, an\n\
attribute.  Typical use is to define a managed attribute x:\n\
class C(object):\n\
    def getx(self): return self.__x\n\
    def setx(self, value): self.__x = value\n\
    def delx(self): del self.__x\n\
    x = property(getx, setx, delx, \"I'm the 'x' property.\")");

PyTypeObject PyProperty_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                          /* ob_size */
    "property",                                 /* tp_name */
    sizeof(propertyobject),                     /* tp_basicsize */
    0,                                          /* tp_itemsize */
    property_dealloc,                           /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    0,                                          /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    0,                                          /* tp_call */
    0,                                          /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    property_doc,                               /* tp_doc */
    property_traverse,                          /* tp_traverse */
    property_clear,                             /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    property_members,                           /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    property_descr_get,                         /* tp_descr_get */
    property_descr_set,                         /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    property_init,                              /* tp_init */
    PyType_GenericAlloc,                        /* tp_alloc */
    PyType_GenericNew,                          /* tp_new */
    PyObject_GC_Del,                            /* tp_free */
};

/* ------------------------------------------------------------------ */
/* classmethod and staticmethod                                         */

typedef struct {
    PyObject_HEAD
    PyObject *callable;
} wrapped_callable;

static void
wc_dealloc(wrapped_callable *wc)
{
    PyObject_GC_UnTrack(wc);
    Py_XDECREF(wc->callable);
    wc->ob_type->tp_free((PyObject *)wc);
}

static int
wc_traverse(wrapped_callable *wc, visitproc visit, void *arg)
{
    Py_VISIT(wc->callable);
    return 0;
}

static int
wc_clear(wrapped_callable *wc)
{
    Py_CLEAR(wc->callable);
    return 0;
}

/* Shared __init__: one positional argument, no keywords. */
static int
wc_init_common(wrapped_callable *wc, PyObject *args, PyObject *kwds,
               const char *name, int need_callable)
{
    PyObject *callable, *old;

    if (!_PyArg_NoKeywords(name, kwds))
        return -1;
    if (!PyArg_UnpackTuple(args, name, 1, 1, &callable))
        return -1;
    if (need_callable && !PyCallable_Check(callable)) {
        PyErr_Format(PyExc_TypeError, "'%s' object is not callable",
                     callable->ob_type->tp_name);
        return -1;
    }
    Py_INCREF(callable);
    old = wc->callable;
    wc->callable = callable;
    Py_XDECREF(old);
    return 0;
}

static int
cm_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return wc_init_common((wrapped_callable *)self, args, kwds,
                          "classmethod", 1);
}

static int
sm_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return wc_init_common((wrapped_callable *)self, args, kwds,
                          "staticmethod", 0);
}

static PyObject *
cm_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    wrapped_callable *cm = (wrapped_callable *)self;

    if (cm->callable == NULL) {
        PyErr_SetString(PyExc_RuntimeError,
                        "uninitialized classmethod object");
        return NULL;
    }
    if (type == NULL) {
        if (obj == NULL) {
            PyErr_SetString(PyExc_TypeError,
                            "classmethod.__get__(None, None) is invalid");
            return NULL;
        }
        type = (PyObject *)obj->ob_type;
    }
    return PyMethod_New(cm->callable, type, (PyObject *)type->ob_type);
}

static PyObject *
sm_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    wrapped_callable *sm = (wrapped_callable *)self;

    if (sm->callable == NULL) {
        PyErr_SetString(PyExc_RuntimeError,
                        "uninitialized staticmethod object");
        return NULL;
    }
    Py_INCREF(sm->callable);
    return sm->callable;
}

PyDoc_STRVAR(classmethod_doc,
"classmethod(function) -> method\n\
\n\
Convert a function to be a class method: it receives the class as its\n\
implicit first argument, whether it is called on the class or on an\n\
instance.  Use it as a decorator:\n\
\n\
  class C:\n\
      @classmethod\n\
      def f(cls, arg1, arg2): ...\n\
\n\
For a derived class, the derived class object is passed.");

PyDoc_STRVAR(staticmethod_doc,
"staticmethod(function) -> method\n\
\n\
Convert a function to be a static method: it receives no implicit first\n\
argument.  Use it as a decorator:\n\
\n\
  class C:\n\
      @staticmethod\n\
      def f(arg1, arg2): ...\n\
\n\
It can be called on the class (C.f()) or on an instance (C().f()).");

#define WRAPPED_CALLABLE_TYPE(cname, pyname, get, init, doc)   \
PyTypeObject cname = {                                         \
    PyObject_HEAD_INIT(&PyType_Type)                           \
    0,                                                         \
    pyname,                                                    \
    sizeof(wrapped_callable),                                  \
    0,                                                         \
    (destructor)wc_dealloc,             /* tp_dealloc */       \
    0,                                  /* tp_print */         \
    0,                                  /* tp_getattr */       \
    0,                                  /* tp_setattr */       \
    0,                                  /* tp_compare */       \
    0,                                  /* tp_repr */          \
    0,                                  /* tp_as_number */     \
    0,                                  /* tp_as_sequence */   \
    0,                                  /* tp_as_mapping */    \
    0,                                  /* tp_hash */          \
    0,                                  /* tp_call */          \
    0,                                  /* tp_str */           \
    PyObject_GenericGetAttr,            /* tp_getattro */      \
    0,                                  /* tp_setattro */      \
    0,                                  /* tp_as_buffer */     \
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, \
    doc,                                /* tp_doc */           \
    (traverseproc)wc_traverse,          /* tp_traverse */      \
    (inquiry)wc_clear,                  /* tp_clear */         \
    0,                                  /* tp_richcompare */   \
    0,                                  /* tp_weaklistoffset */\
    0,                                  /* tp_iter */          \
    0,                                  /* tp_iternext */      \
    0,                                  /* tp_methods */       \
    0,                                  /* tp_members */       \
    0,                                  /* tp_getset */        \
    0,                                  /* tp_base */          \
    0,                                  /* tp_dict */          \
    get,                                /* tp_descr_get */     \
    0,                                  /* tp_descr_set */     \
    0,                                  /* tp_dictoffset */    \
    init,                               /* tp_init */          \
    PyType_GenericAlloc,                /* tp_alloc */         \
    PyType_GenericNew,                  /* tp_new */           \
    PyObject_GC_Del,                    /* tp_free */          \
}

WRAPPED_CALLABLE_TYPE(PyClassMethod_Type, "classmethod", cm_descr_get,
                      cm_init, classmethod_doc);

WRAPPED_CALLABLE_TYPE(PyStaticMethod_Type, "staticmethod", sm_descr_get,
                      sm_init, staticmethod_doc);

static PyObject *
wrap_callable_new(PyTypeObject *type, PyObject *callable)
{
    wrapped_callable *wc;

    wc = (wrapped_callable *)PyType_GenericAlloc(type, 0);
    if (wc != NULL) {
        Py_INCREF(callable);
        wc->callable = callable;
    }
    return (PyObject *)wc;
}

PyObject *
PyClassMethod_New(PyObject *callable)
{
    return wrap_callable_new(&PyClassMethod_Type, callable);
}

PyObject *
PyStaticMethod_New(PyObject *callable)
{
    return wrap_callable_new(&PyStaticMethod_Type, callable);
}
