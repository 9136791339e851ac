/* The type system: 'type' and 'object', heap types made by class
   statements, method resolution order, slot inheritance, the table that
   connects special method names to type slots, and 'super'. */

#include "Python.h"
#include "structmember.h"
#include "fastpath.h"

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* Forward declarations. */
static PyObject *type_new(PyTypeObject *, PyObject *, PyObject *);
static int object_init(PyObject *, PyObject *, PyObject *);
static PyObject *mro_implementation(PyTypeObject *);
static int mro_internal(PyTypeObject *);
static PyTypeObject *best_base(PyObject *);
static PyTypeObject *solid_base(PyTypeObject *);
static int add_subclass(PyTypeObject *, PyTypeObject *);
static void remove_subclass(PyTypeObject *, PyTypeObject *);
static void fixup_slot_dispatchers(PyTypeObject *);
static int update_slot(PyTypeObject *, PyObject *);
static void update_all_slots(PyTypeObject *);
static void init_slotdefs(void);
static PyObject *tp_new_wrapper(PyObject *, PyObject *, PyObject *);
static void subtype_dealloc(PyObject *);
static int subtype_traverse(PyObject *, visitproc, void *);
static int subtype_clear(PyObject *);
static PyObject *slot_tp_getattr_hook(PyObject *, PyObject *);

/* Intern a C string once into *slot, charged to the process account so
   that the first interpreter to ask does not pay for it forever. */
static PyObject *
cached_name(PyObject **slot, const char *s)
{
    if (*slot == NULL) {
        PyMemAccount *saved = _PyMem_SetCurrentAccount(NULL);
        *slot = PyString_InternFromString(s);
        _PyMem_SetCurrentAccount(saved);
    }
    return *slot;
}

/* ------------------------------------------------------------------ */
/* Which interpreter made a heap type.                                  */

/* A heap type keeps, in its (otherwise unused) tp_cache slot, a CObject
   holding the PyInterpreterState that created it.  Nothing exposes
   tp_cache to Python.  __subclasses__() uses it so that an interpreter
   only ever sees the classes it made itself (plus static types), and
   finalizers only run in their own interpreter. */
static PyObject *
make_owner_tag(void)
{
    if (_PyThreadState_Current == NULL)
        return NULL;
    return PyCObject_FromVoidPtr(_PyInterpreterState_GET(), NULL);
}

static int
type_visible_here(PyTypeObject *type)
{
    PyObject *tag;

    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        return 1;
    tag = type->tp_cache;
    if (tag == NULL || !PyCObject_Check(tag))
        return 0;
    return _PyThreadState_Current != NULL &&
           PyCObject_AsVoidPtr(tag) == (void *)_PyInterpreterState_GET();
}

/* Run f(arg) with allocations charged to the process account: used for
   state hung on static types, which outlives any one interpreter. */
#define WITH_PROCESS_ACCOUNT(is_static, stmt)                   \
    do {                                                        \
        if (is_static) {                                        \
            PyMemAccount *saved_acct_ =                         \
                _PyMem_SetCurrentAccount(NULL);                 \
            stmt;                                               \
            _PyMem_SetCurrentAccount(saved_acct_);              \
        }                                                       \
        else {                                                  \
            stmt;                                               \
        }                                                       \
    } while (0)

/* ------------------------------------------------------------------ */
/* Attributes of type objects                                           */

static PyMemberDef type_members[] = {
    {"__basicsize__", T_LONG, offsetof(PyTypeObject, tp_basicsize), READONLY},
    {"__itemsize__", T_LONG, offsetof(PyTypeObject, tp_itemsize), READONLY},
    {"__flags__", T_LONG, offsetof(PyTypeObject, tp_flags), READONLY},
    {"__weakrefoffset__", T_LONG,
     offsetof(PyTypeObject, tp_weaklistoffset), READONLY},
    {"__base__", T_OBJECT, offsetof(PyTypeObject, tp_base), READONLY},
    {"__dictoffset__", T_LONG,
     offsetof(PyTypeObject, tp_dictoffset), READONLY},
    {"__mro__", T_OBJECT, offsetof(PyTypeObject, tp_mro), READONLY},
    {0}
};

/* The short name: for static types the part after the last dot. */
static PyObject *
type_name(PyTypeObject *type, void *context)
{
    const char *s;

    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE) {
        PyObject *name = ((PyHeapTypeObject *)type)->ht_name;
        Py_INCREF(name);
        return name;
    }
    s = strrchr(type->tp_name, '.');
    s = (s == NULL) ? type->tp_name : s + 1;
    return PyString_FromString(s);
}

/* Only heap types may have their special attributes changed. */
static int
check_special_set(PyTypeObject *type, PyObject *value, const char *name)
{
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        PyErr_Format(PyExc_TypeError, "can't set %s.%s",
                     type->tp_name, name);
        return 0;
    }
    if (value == NULL) {
        PyErr_Format(PyExc_TypeError, "can't delete %s.%s",
                     type->tp_name, name);
        return 0;
    }
    return 1;
}

static int
type_set_name(PyTypeObject *type, PyObject *value, void *context)
{
    PyHeapTypeObject *et;
    PyObject *old;

    if (!check_special_set(type, value, "__name__"))
        return -1;
    if (!PyString_Check(value)) {
        PyErr_Format(PyExc_TypeError,
                     "can only assign string to %s.__name__, not '%s'",
                     type->tp_name, value->ob_type->tp_name);
        return -1;
    }
    if (strlen(PyString_AS_STRING(value)) !=
        (size_t)PyString_GET_SIZE(value)) {
        PyErr_Format(PyExc_ValueError,
                     "__name__ must not contain null bytes");
        return -1;
    }
    et = (PyHeapTypeObject *)type;
    Py_INCREF(value);
    old = et->ht_name;
    et->ht_name = value;
    type->tp_name = PyString_AS_STRING(value);
    Py_DECREF(old);
    return 0;
}

static PyObject *
type_module(PyTypeObject *type, void *context)
{
    const char *s;

    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE) {
        PyObject *mod = PyDict_GetItemString(type->tp_dict, "__module__");
        if (mod == NULL) {
            PyErr_Format(PyExc_AttributeError, "__module__");
            return NULL;
        }
        Py_INCREF(mod);
        return mod;
    }
    s = strrchr(type->tp_name, '.');
    if (s != NULL)
        return PyString_FromStringAndSize(type->tp_name,
                                          (Py_ssize_t)(s - type->tp_name));
    return PyString_FromString("__builtin__");
}

static int
type_set_module(PyTypeObject *type, PyObject *value, void *context)
{
    if (!check_special_set(type, value, "__module__"))
        return -1;
    return PyDict_SetItemString(type->tp_dict, "__module__", value);
}

static PyObject *
type_get_bases(PyTypeObject *type, void *context)
{
    Py_INCREF(type->tp_bases);
    return type->tp_bases;
}

/* Two types have the same C layout. */
static int
same_layout(PyTypeObject *a, PyTypeObject *b)
{
    return a != NULL && b != NULL &&
           a->tp_basicsize == b->tp_basicsize &&
           a->tp_itemsize == b->tp_itemsize &&
           a->tp_dictoffset == b->tp_dictoffset &&
           a->tp_weaklistoffset == b->tp_weaklistoffset &&
           ((a->tp_flags & Py_TPFLAGS_HAVE_GC) ==
            (b->tp_flags & Py_TPFLAGS_HAVE_GC));
}

/* a and b (same base) added the same instance fields on top of it. */
static int
same_slots_added(PyTypeObject *a, PyTypeObject *b)
{
    PyTypeObject *base = a->tp_base;
    Py_ssize_t size;
    PyObject *slots_a, *slots_b;

    if (base != b->tp_base)
        return 0;
    if (same_layout(a, base) && same_layout(b, base))
        return 1;
    size = base->tp_basicsize;
    if (a->tp_dictoffset == size && b->tp_dictoffset == size)
        size += sizeof(PyObject *);
    if (a->tp_weaklistoffset == size && b->tp_weaklistoffset == size)
        size += sizeof(PyObject *);
    if ((a->tp_flags & Py_TPFLAGS_HEAPTYPE) &&
        (b->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        slots_a = ((PyHeapTypeObject *)a)->ht_slots;
        slots_b = ((PyHeapTypeObject *)b)->ht_slots;
        if (slots_a != NULL && slots_b != NULL) {
            int c = PyObject_Compare(slots_a, slots_b);
            if (PyErr_Occurred()) {
                PyErr_Clear();
                return 0;
            }
            if (c != 0)
                return 0;
            size += sizeof(PyObject *) * PyTuple_GET_SIZE(slots_a);
        }
    }
    return size == a->tp_basicsize && size == b->tp_basicsize;
}

/* May instances of types a and b share one memory layout (so that an
   object's class, or a class's base, can be switched between them)?
   'attr' names the operation for the error.  Both messages name b
   first: __class__ assignment passes (new, old) and __bases__
   assignment (old base, new base), which gives 2.5's wording. */
static int
layout_compatible(PyTypeObject *a, PyTypeObject *b, const char *attr)
{
    PyTypeObject *abase = a, *bbase = b;

    if (a->tp_dealloc != b->tp_dealloc || a->tp_free != b->tp_free) {
        PyErr_Format(PyExc_TypeError,
                     "%s assignment: '%s' deallocator differs from '%s'",
                     attr, b->tp_name, a->tp_name);
        return 0;
    }
    while (same_layout(abase, abase->tp_base))
        abase = abase->tp_base;
    while (same_layout(bbase, bbase->tp_base))
        bbase = bbase->tp_base;
    if (abase != bbase &&
        (abase->tp_base != bbase->tp_base ||
         !same_slots_added(abase, bbase))) {
        PyErr_Format(PyExc_TypeError,
                     "%s assignment: '%s' object layout differs from '%s'",
                     attr, b->tp_name, a->tp_name);
        return 0;
    }
    return 1;
}

/* Recompute the MRO of every (transitive) subclass after a __bases__
   change, recording (class, old mro) pairs in 'undo'. */
static int
mro_subclasses(PyTypeObject *type, PyObject *undo)
{
    PyObject *raw = type->tp_subclasses;
    Py_ssize_t i, n;
    int result = 0;

    if (raw == NULL)
        return 0;
    /* Work on a snapshot of strong references. */
    n = PyList_GET_SIZE(raw);
    raw = PyList_GetSlice(raw, 0, n);
    if (raw == NULL)
        return -1;
    for (i = 0; i < n; i++) {
        PyObject *ref = PyList_GET_ITEM(raw, i);
        PyObject *obj = PyWeakref_GET_OBJECT(ref);
        PyTypeObject *sub;
        PyObject *old_mro, *pair;

        if (obj == Py_None || !PyType_Check(obj))
            continue;
        sub = (PyTypeObject *)obj;
        Py_INCREF(sub);
        old_mro = sub->tp_mro;
        _PyType_ClearLookupCache();
        sub->tp_mro = NULL;
        if (mro_internal(sub) < 0) {
            _PyType_ClearLookupCache();
            sub->tp_mro = old_mro;
            result = -1;
        }
        else {
            pair = PyTuple_Pack(2, (PyObject *)sub,
                                old_mro ? old_mro : Py_None);
            Py_XDECREF(old_mro);
            if (pair == NULL || PyList_Append(undo, pair) < 0)
                result = -1;
            Py_XDECREF(pair);
            if (mro_subclasses(sub, undo) < 0)
                result = -1;
        }
        Py_DECREF(sub);
    }
    Py_DECREF(raw);
    return result;
}

static int
type_set_bases(PyTypeObject *type, PyObject *value, void *context)
{
    Py_ssize_t i;
    PyTypeObject *new_base, *old_base;
    PyObject *old_bases, *old_mro, *undo;

    if (!check_special_set(type, value, "__bases__"))
        return -1;
    if (!PyTuple_Check(value)) {
        PyErr_Format(PyExc_TypeError,
                     "can only assign tuple to %s.__bases__, not %s",
                     type->tp_name, value->ob_type->tp_name);
        return -1;
    }
    if (PyTuple_GET_SIZE(value) == 0) {
        PyErr_Format(PyExc_TypeError,
                     "can only assign non-empty tuple to %s.__bases__, "
                     "not ()", type->tp_name);
        return -1;
    }
    for (i = 0; i < PyTuple_GET_SIZE(value); i++) {
        PyObject *ob = PyTuple_GET_ITEM(value, i);
        if (!PyClass_Check(ob) && !PyType_Check(ob)) {
            PyErr_Format(PyExc_TypeError,
                         "%s.__bases__ must be tuple of old- or "
                         "new-style classes, not '%s'",
                         type->tp_name, ob->ob_type->tp_name);
            return -1;
        }
        if (PyType_Check(ob) &&
            PyType_IsSubtype((PyTypeObject *)ob, type)) {
            PyErr_SetString(PyExc_TypeError,
                            "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }

    new_base = best_base(value);
    if (new_base == NULL)
        return -1;
    if (!layout_compatible(type->tp_base, new_base, "__bases__"))
        return -1;

    Py_INCREF(new_base);
    Py_INCREF(value);
    old_bases = type->tp_bases;
    old_base = type->tp_base;
    old_mro = type->tp_mro;
    _PyType_ClearLookupCache();
    type->tp_bases = value;
    type->tp_base = new_base;
    type->tp_mro = NULL;

    if (mro_internal(type) < 0)
        goto undo_self;
    undo = PyList_New(0);
    if (undo == NULL) {
        _PyType_ClearLookupCache();
        Py_CLEAR(type->tp_mro);
        goto undo_self;
    }
    if (mro_subclasses(type, undo) < 0) {
        /* Put every subclass's old MRO back. */
        for (i = PyList_GET_SIZE(undo); --i >= 0; ) {
            PyObject *pair = PyList_GET_ITEM(undo, i);
            PyTypeObject *cls = (PyTypeObject *)PyTuple_GET_ITEM(pair, 0);
            PyObject *mro = PyTuple_GET_ITEM(pair, 1);
            PyObject *cur = cls->tp_mro;
            if (mro == Py_None)
                mro = NULL;
            Py_XINCREF(mro);
            _PyType_ClearLookupCache();
            cls->tp_mro = mro;
            Py_XDECREF(cur);
        }
        Py_DECREF(undo);
        _PyType_ClearLookupCache();
        Py_CLEAR(type->tp_mro);
        goto undo_self;
    }
    Py_DECREF(undo);

    /* Re-register with the new bases. */
    for (i = 0; i < PyTuple_GET_SIZE(old_bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(old_bases, i);
        if (PyType_Check(b))
            remove_subclass((PyTypeObject *)b, type);
    }
    for (i = 0; i < PyTuple_GET_SIZE(value); i++) {
        PyObject *b = PyTuple_GET_ITEM(value, i);
        if (PyType_Check(b) && add_subclass((PyTypeObject *)b, type) < 0)
            PyErr_Clear();
    }
    update_all_slots(type);

    Py_DECREF(old_bases);
    Py_DECREF(old_base);
    Py_XDECREF(old_mro);
    return 0;

undo_self:
    _PyType_ClearLookupCache();
    type->tp_bases = old_bases;
    type->tp_base = old_base;
    type->tp_mro = old_mro;
    Py_DECREF(value);
    Py_DECREF(new_base);
    return -1;
}

static PyObject *
type_dict(PyTypeObject *type, void *context)
{
    if (type->tp_dict == NULL)
        Py_RETURN_NONE;
    return PyDictProxy_New(type->tp_dict);
}

static PyObject *
type_get_doc(PyTypeObject *type, void *context)
{
    PyObject *result;

    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) && type->tp_doc != NULL)
        return PyString_FromString(type->tp_doc);
    result = PyDict_GetItemString(type->tp_dict, "__doc__");
    if (result == NULL)
        Py_RETURN_NONE;
    if (result->ob_type->tp_descr_get != NULL)
        return result->ob_type->tp_descr_get(result, NULL,
                                             (PyObject *)type);
    Py_INCREF(result);
    return result;
}

static PyGetSetDef type_getsets[] = {
    {"__name__", (getter)type_name, (setter)type_set_name, NULL},
    {"__bases__", (getter)type_get_bases, (setter)type_set_bases, NULL},
    {"__module__", (getter)type_module, (setter)type_set_module, NULL},
    {"__dict__", (getter)type_dict, NULL, NULL},
    {"__doc__", (getter)type_get_doc, NULL, NULL},
    {0}
};

static int
type_compare(PyObject *v, PyObject *w)
{
    Py_uintptr_t a = (Py_uintptr_t)v, b = (Py_uintptr_t)w;
    return a < b ? -1 : (a > b ? 1 : 0);
}

static long
type_hash(PyObject *v)
{
    return _Py_HashPointer(v);
}

static PyObject *
type_repr(PyTypeObject *type)
{
    PyObject *mod, *name, *rtn;
    const char *kind;

    mod = type_module(type, NULL);
    if (mod == NULL)
        PyErr_Clear();
    else if (!PyString_Check(mod)) {
        Py_DECREF(mod);
        mod = NULL;
    }
    name = type_name(type, NULL);
    if (name == NULL) {
        Py_XDECREF(mod);
        return NULL;
    }
    kind = (type->tp_flags & Py_TPFLAGS_HEAPTYPE) ? "class" : "type";
    if (mod != NULL && strcmp(PyString_AS_STRING(mod), "__builtin__") != 0)
        rtn = PyString_FromFormat("<%s '%s.%s'>", kind,
                                  PyString_AS_STRING(mod),
                                  PyString_AS_STRING(name));
    else
        rtn = PyString_FromFormat("<%s '%s'>", kind, type->tp_name);
    Py_XDECREF(mod);
    Py_DECREF(name);
    return rtn;
}

static PyObject *
type_call(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *obj;

    /* Be forgiving with types nobody readied. */
    if (type->tp_dict == NULL && PyType_Ready(type) < 0)
        return NULL;
    if (type->tp_new == NULL) {
        PyErr_Format(PyExc_TypeError, "cannot create '%.100s' instances",
                     type->tp_name);
        return NULL;
    }
    obj = type->tp_new(type, args, kwds);
    if (obj == NULL)
        return NULL;

    /* type(x) answers the type of x; do not "initialize" that. */
    if (type == &PyType_Type && PyTuple_Check(args) &&
        PyTuple_GET_SIZE(args) == 1 &&
        (kwds == NULL || (PyDict_Check(kwds) && PyDict_Size(kwds) == 0)))
        return obj;

    /* __new__ may return an object of another class: then no __init__. */
    if (!PyType_IsSubtype(obj->ob_type, type))
        return obj;
    type = obj->ob_type;
    if (PyType_HasFeature(type, Py_TPFLAGS_HAVE_CLASS) &&
        type->tp_init != NULL &&
        type->tp_init(obj, args, kwds) < 0) {
        Py_DECREF(obj);
        obj = NULL;
    }
    return obj;
}

/* ------------------------------------------------------------------ */
/* Allocation                                                           */

PyObject *
PyType_GenericAlloc(PyTypeObject *type, Py_ssize_t nitems)
{
    PyObject *obj;
    size_t size;

    /* One extra item for a sentinel, as var-size objects expect. */
    if (nitems < 0 ||
        (type->tp_itemsize != 0 &&
         nitems >= (PY_SSIZE_T_MAX - type->tp_basicsize - SIZEOF_VOID_P) /
                   type->tp_itemsize - 1))
        return PyErr_NoMemory();
    size = _PyObject_VAR_SIZE(type, nitems + 1);

    if (PyType_IS_GC(type))
        obj = _PyObject_GC_Malloc(size);
    else
        obj = (PyObject *)PyObject_MALLOC(size);
    if (obj == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return NULL;
    }
    memset(obj, '\0', size);

    /* Instances keep their heap type alive. */
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        Py_INCREF(type);
    if (type->tp_itemsize == 0)
        (void)PyObject_INIT(obj, type);
    else
        (void)PyObject_INIT_VAR((PyVarObject *)obj, type, nitems);
    if (PyType_IS_GC(type))
        PyObject_GC_Track(obj);
    return obj;
}

PyObject *
PyType_GenericNew(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return type->tp_alloc(type, 0);
}

/* ------------------------------------------------------------------ */
/* Subtype relation and attribute lookup along the MRO                  */

int
PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b)
{
    PyObject *mro;

    if ((a->tp_flags & Py_TPFLAGS_HAVE_CLASS) &&
        (mro = a->tp_mro) != NULL) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(mro);
        for (i = 0; i < n; i++) {
            if (PyTuple_GET_ITEM(mro, i) == (PyObject *)b)
                return 1;
        }
        return 0;
    }
    /* Not ready yet: follow the tp_base chain. */
    for (; a != NULL; a = a->tp_base) {
        if (a == b)
            return 1;
    }
    return b == &PyBaseObject_Type;
}

/* Attribute lookup cache.

   _PyType_Lookup is on the path of nearly every attribute access (even
   instance attributes: data descriptors are looked for on the type
   first), and most lookups walk the whole MRO to find nothing.  Results,
   misses included, are remembered in a 2-way set-associative table
   keyed by (type, name) pointers (Include/fastpath.h: the eval loop
   probes it inline for instance attributes).

   Entries hold borrowed pointers only, so the table keeps nothing alive
   and belongs to no interpreter.  An entry is valid while its epoch is
   the current one; the epoch moves on (invalidating every entry at once)
   before anything that could make an entry wrong or dangling:
     - any change to a type dict (dictobject.c calls
       _PyType_ClearLookupCache for every dict marked as a tp_dict),
     - any change of a tp_mro, and the death of a type,
     - the death of an interned string (names are compared by address;
       only interned names are cached).
   A type whose MRO holds a classic class (whose __dict__ is an ordinary,
   writable dict) or a dict that is not marked is never cached. */

/* The table and its entry type are in Include/fastpath.h (the eval loop
   probes it inline). */
typedef _PyTypeCacheEntry lookup_entry;

_PyTypeCacheEntry _PyType_Cache[_Py_TYPECACHE_SIZE]
    __attribute__((aligned(64)));
size_t _PyType_CacheEpoch = 1;

#define lookup_cache _PyType_Cache
#define lookup_epoch _PyType_CacheEpoch

void
_PyType_ClearLookupCache(void)
{
    if (++lookup_epoch == 0) {
        /* wrapped around: old epochs could match again */
        memset(lookup_cache, 0, sizeof(lookup_cache));
        lookup_epoch = 1;
    }
}

/* The uncached walk.  *cacheable is cleared when the result must not be
   remembered. */
static PyObject *
lookup_along_mro(PyTypeObject *type, PyObject *name, int *cacheable)
{
    int attempt;

    /* A key's __eq__ run by a dict lookup may assign __bases__ (freeing
       the MRO being walked) or a classic class's __dict__: the walk
       holds the MRO and each dict while it looks, and starts again when
       either changed under it (the result must come from a dict that
       something still holds). */
    for (attempt = 0; attempt < 4; attempt++) {
        PyObject *mro = type->tp_mro;
        Py_ssize_t i, n;
        int changed = 0;

        /* No MRO: not ready yet, or cleared during teardown. */
        if (mro == NULL) {
            *cacheable = 0;
            return NULL;
        }
        Py_INCREF(mro);
        n = PyTuple_GET_SIZE(mro);
        for (i = 0; i < n; i++) {
            PyObject *base = PyTuple_GET_ITEM(mro, i);
            PyObject *dict, **slot, *res;

            if (PyType_Check(base))
                slot = &((PyTypeObject *)base)->tp_dict;
            else {
                *cacheable = 0;
                if (PyClass_Check(base))
                    slot = &((PyClassObject *)base)->cl_dict;
                else
                    continue;
            }
            dict = *slot;
            if (dict == NULL) {
                *cacheable = 0;
                continue;
            }
            if (!_PyDict_IsTypeDict(dict))
                *cacheable = 0;
            Py_INCREF(dict);
            res = PyDict_GetItem(dict, name);
            changed = (type->tp_mro != mro || *slot != dict);
            Py_DECREF(dict);
            if (changed)
                break;
            if (res != NULL) {
                Py_DECREF(mro);     /* the type still holds it */
                return res;
            }
        }
        Py_DECREF(mro);
        if (!changed)
            return NULL;
        *cacheable = 0;
    }
    return NULL;
}

/* A cache miss: walk the MRO and remember the result in the set e (the
   newer entry moves to the second place) if allowed. */
static __attribute__((noinline)) PyObject *
lookup_and_remember(PyTypeObject *type, PyObject *name, lookup_entry *e)
{
    /* Comparing non-string keys in a type dict may run code that changes
       things: then the result is not remembered. */
    size_t epoch = lookup_epoch;
    int cacheable = 1;
    PyObject *res = lookup_along_mro(type, name, &cacheable);

    if (cacheable && epoch == lookup_epoch) {
        e[1] = e[0];
        e->epoch = epoch;
        e->type = type;
        e->name = name;
        e->value = res;
    }
    return res;
}

static __attribute__((noinline)) PyObject *
lookup_uncached(PyTypeObject *type, PyObject *name)
{
    int cacheable = 0;
    return lookup_along_mro(type, name, &cacheable);
}

/* Find name in the dicts along type's MRO.  Borrowed reference, no
   exception set when missing. */
PyObject *
_PyType_Lookup(PyTypeObject *type, PyObject *name)
{
    lookup_entry *e;
    long hash;

    /* Interned names have their hash computed. */
    if (!PyString_CheckExact(name) || !PyString_CHECK_INTERNED(name) ||
        (hash = ((PyStringObject *)name)->ob_shash) == -1)
        return lookup_uncached(type, name);
    e = _PyType_CacheSet(type, hash);
    if (e->type == type && e->name == name && e->epoch == lookup_epoch)
        return e->value;
    if (e[1].type == type && e[1].name == name && e[1].epoch == lookup_epoch)
        return e[1].value;
    return lookup_and_remember(type, name, e);
}

#define lookup_known _PyType_CacheProbe

/* A __slots__ member holding an object, readable or writable (flags 0)
   on obj without further checks. */
static inline PyMemberDef *
plain_object_member(PyObject *descr, PyTypeObject *tp, int writing)
{
    PyMemberDescrObject *md = (PyMemberDescrObject *)descr;
    PyMemberDef *m = md->d_member;

    if ((m->type != T_OBJECT_EX && m->type != T_OBJECT) ||
        (writing ? m->flags != 0 : (m->flags & READ_RESTRICTED) != 0))
        return NULL;
    if (tp != md->d_type && !PyType_IsSubtype(tp, md->d_type))
        return NULL;
    return m;
}

/* The body of both: with unbound != NULL, a method that binding to obj
   is all getattr would do with it (a plain function or a C method
   descriptor, in the type of an object without instance dict) is given
   back unbound in *unbound (a new reference; NULL is returned, with no
   exception). */
static PyObject *
getattr_interned(PyObject *obj, PyObject *name, PyObject **unbound)
{
    PyTypeObject *tp = obj->ob_type;
    lookup_entry *e;
    PyObject *descr, *res;

    if (tp->tp_dict == NULL || (e = lookup_known(tp, name)) == NULL)
        return PyObject_GenericGetAttr(obj, name);
    descr = e->value;
    if (descr == NULL || PyFunction_Check(descr)) {
        /* Nothing, or a plain function, in the type: the instance dict
           decides; a function is then bound to obj. */
        Py_ssize_t offset = tp->tp_dictoffset;
        PyObject *dict;
        if (offset < 0 || !(tp->tp_flags & Py_TPFLAGS_HAVE_CLASS))
            return PyObject_GenericGetAttr(obj, name);
        dict = offset == 0 ? NULL : *(PyObject **)((char *)obj + offset);
        if (dict != NULL) {
            if (!PyDict_CheckExact(dict))
                return PyObject_GenericGetAttr(obj, name);
            /* the first probe slot often settles it; a full look in the
               dict may run code that changes the type */
            if (_PyDict_StrLookupSettled((PyDictObject *)dict, name,
                                         ((PyStringObject *)name)->ob_shash,
                                         &res)) {
                if (res != NULL) {
                    Py_INCREF(res);
                    return res;
                }
                if (descr == NULL)
                    return PyObject_GenericGetAttr(obj, name);
                return PyMethod_New(descr, obj, (PyObject *)tp);
            }
            Py_XINCREF(descr);
            res = _PyDict_GetItemStr(dict, name);
            if (res != NULL) {
                Py_XDECREF(descr);
                return res;
            }
            if (descr == NULL)
                return PyObject_GenericGetAttr(obj, name);
            res = PyMethod_New(descr, obj, (PyObject *)tp);
            Py_DECREF(descr);
            return res;
        }
        if (descr == NULL)
            return PyObject_GenericGetAttr(obj, name);
        if (unbound != NULL && offset == 0) {
            Py_INCREF(descr);
            *unbound = descr;
            return NULL;
        }
        return PyMethod_New(descr, obj, (PyObject *)tp);
    }
    if (descr->ob_type == &PyMemberDescr_Type) {
        PyMemberDef *m = plain_object_member(descr, tp, 0);
        if (m != NULL) {
            res = *(PyObject **)((char *)obj + m->offset);
            if (res == NULL && m->type == T_OBJECT)
                res = Py_None;
            if (res != NULL) {
                Py_INCREF(res);
                return res;
            }
        }
    }
    else if (tp->tp_dictoffset == 0 &&
             PyType_HasFeature(descr->ob_type, Py_TPFLAGS_HAVE_CLASS) &&
             descr->ob_type->tp_descr_get != NULL &&
             descr->ob_type->tp_descr_set == NULL) {
        /* A method of a type without instance dicts (a list's append,
           say): no instance dict can hide it, so it is bound now. */
        descrgetfunc get = descr->ob_type->tp_descr_get;
        Py_INCREF(descr);
        if (unbound != NULL && descr->ob_type == &PyMethodDescr_Type &&
            PyObject_TypeCheck(obj, ((PyMethodDescrObject *)descr)->d_type)) {
            *unbound = descr;
            return NULL;
        }
        res = get(descr, obj, (PyObject *)tp);
        Py_DECREF(descr);
        return res;
    }
    return PyObject_GenericGetAttr(obj, name);
}

PyObject *
_PyObject_GenericGetAttrInterned(PyObject *obj, PyObject *name)
{
    return getattr_interned(obj, name, NULL);
}

/* Private (Include/dictobject.h): getattr of an interned str name, or a
   method left unbound (see getattr_interned) for the eval loop to call
   with obj without making a bound method. */
PyObject *
_PyObject_GetAttrOrMethodInterned(PyObject *obj, PyObject *name,
                                  PyObject **unbound)
{
    *unbound = NULL;
    return getattr_interned(obj, name, unbound);
}

int
_PyObject_GenericSetAttrInterned(PyObject *obj, PyObject *name,
                                 PyObject *value)
{
    PyTypeObject *tp = obj->ob_type;
    lookup_entry *e;
    PyObject *descr;

    if (tp->tp_dict == NULL || (e = lookup_known(tp, name)) == NULL)
        return PyObject_GenericSetAttr(obj, name, value);
    descr = e->value;
    if (descr == NULL || PyFunction_Check(descr)) {
        /* no data descriptor: the instance dict takes it */
        Py_ssize_t offset = tp->tp_dictoffset;
        if (offset > 0 && (tp->tp_flags & Py_TPFLAGS_HAVE_CLASS)) {
            PyObject *dict = *(PyObject **)((char *)obj + offset);
            if (dict != NULL && PyDict_CheckExact(dict)) {
                if (_PyDict_StrReplace(
                        (PyDictObject *)dict, name,
                        ((PyStringObject *)name)->ob_shash, value))
                    return 0;
                return _PyDict_SetItemStr(dict, name, value);
            }
        }
    }
    else if (descr->ob_type == &PyMemberDescr_Type) {
        PyMemberDef *m = plain_object_member(descr, tp, 1);
        if (m != NULL) {
            PyObject **addr = (PyObject **)((char *)obj + m->offset);
            PyObject *old = *addr;
            /* swap first: the old value's destructor may look here */
            Py_INCREF(value);
            *addr = value;
            Py_XDECREF(old);
            return 0;
        }
    }
    return PyObject_GenericSetAttr(obj, name, value);
}

/* Attribute access on type objects: data descriptors of the metatype,
   then the type's own MRO (binding descriptors to the class), then
   whatever the metatype has. */
static PyObject *
type_getattro(PyTypeObject *type, PyObject *name)
{
    PyTypeObject *metatype = type->ob_type;
    PyObject *meta_attribute, *attribute;
    descrgetfunc meta_get = NULL;

    if (!PyString_Check(name)) {
        PyErr_Format(PyExc_TypeError,
                     "attribute name must be string, not '%.200s'",
                     name->ob_type->tp_name);
        return NULL;
    }
    if (type->tp_dict == NULL && PyType_Ready(type) < 0)
        return NULL;

    meta_attribute = _PyType_Lookup(metatype, name);
    if (meta_attribute != NULL) {
        meta_get = meta_attribute->ob_type->tp_descr_get;
        if (meta_get != NULL && PyDescr_IsData(meta_attribute))
            return meta_get(meta_attribute, (PyObject *)type,
                            (PyObject *)metatype);
        Py_INCREF(meta_attribute);
    }

    attribute = _PyType_Lookup(type, name);
    if (attribute != NULL) {
        descrgetfunc local_get = attribute->ob_type->tp_descr_get;
        Py_INCREF(attribute);
        Py_XDECREF(meta_attribute);
        if (local_get != NULL) {
            PyObject *res = local_get(attribute, NULL, (PyObject *)type);
            Py_DECREF(attribute);
            return res;
        }
        return attribute;
    }

    if (meta_get != NULL) {
        PyObject *res = meta_get(meta_attribute, (PyObject *)type,
                                 (PyObject *)metatype);
        Py_DECREF(meta_attribute);
        return res;
    }
    if (meta_attribute != NULL)
        return meta_attribute;

    PyErr_Format(PyExc_AttributeError,
                 "type object '%.50s' has no attribute '%.400s'",
                 type->tp_name, PyString_AS_STRING(name));
    return NULL;
}

static int
type_setattro(PyTypeObject *type, PyObject *name, PyObject *value)
{
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        PyErr_Format(PyExc_TypeError,
                     "can't set attributes of built-in/extension type '%s'",
                     type->tp_name);
        return -1;
    }
    if (PyObject_GenericSetAttr((PyObject *)type, name, value) < 0)
        return -1;
    return update_slot(type, name);
}

/* Take type out of every base's list of subclasses. */
static void
unlink_from_bases(PyTypeObject *type)
{
    PyObject *bases = type->tp_bases;
    Py_ssize_t i;

    if (bases == NULL || !PyTuple_Check(bases))
        return;
    for (i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(bases, i);
        if (PyType_Check(b))
            remove_subclass((PyTypeObject *)b, type);
    }
}

static void
type_dealloc(PyTypeObject *type)
{
    PyHeapTypeObject *et = (PyHeapTypeObject *)type;

    /* Static types are never deallocated. */
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        Py_FatalError("deallocating a static type");
        return;
    }
    PyObject_GC_UnTrack(type);
    /* The lookup cache may name this type (its address can be reused). */
    _PyType_ClearLookupCache();
    /* While our weak references are still alive, drop out of the bases'
       subclass lists so that no dead entries accumulate there. */
    unlink_from_bases(type);
    PyObject_ClearWeakRefs((PyObject *)type);
    Py_XDECREF(type->tp_base);
    Py_XDECREF(type->tp_dict);
    Py_XDECREF(type->tp_bases);
    Py_XDECREF(type->tp_mro);
    Py_XDECREF(type->tp_cache);
    Py_XDECREF(type->tp_subclasses);
    /* tp_doc of a heap type is our own copy. */
    PyObject_Free((char *)type->tp_doc);
    Py_XDECREF(et->ht_name);
    Py_XDECREF(et->ht_slots);
    type->ob_type->tp_free((PyObject *)type);
}

static PyObject *
type_subclasses(PyTypeObject *type, PyObject *args_ignored)
{
    PyObject *list, *raw;
    Py_ssize_t i, n;

    list = PyList_New(0);
    if (list == NULL)
        return NULL;
    raw = type->tp_subclasses;
    if (raw == NULL)
        return list;
    n = PyList_GET_SIZE(raw);
    for (i = 0; i < n; i++) {
        PyObject *ref = PyList_GET_ITEM(raw, i);
        PyObject *sub = PyWeakref_GET_OBJECT(ref);
        if (sub == Py_None || !PyType_Check(sub))
            continue;
        /* Classes made by another interpreter are none of our business. */
        if (!type_visible_here((PyTypeObject *)sub))
            continue;
        if (PyList_Append(list, sub) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static PyObject *
type_mro(PyTypeObject *self)
{
    return mro_implementation(self);
}

static PyMethodDef type_methods[] = {
    {"mro", (PyCFunction)type_mro, METH_NOARGS,
     "mro() -> list\nreturn a type's method resolution order"},
    {"__subclasses__", (PyCFunction)type_subclasses, METH_NOARGS,
     "__subclasses__() -> list of immediate subclasses"},
    {0}
};

static int
type_traverse(PyTypeObject *type, visitproc visit, void *arg)
{
    /* Only heap types are GC-tracked (see type_is_gc).  tp_subclasses
       holds weak references and ht_slots strings: no cycles there. */
    Py_VISIT(type->tp_dict);
    Py_VISIT(type->tp_cache);
    Py_VISIT(type->tp_mro);
    Py_VISIT(type->tp_bases);
    Py_VISIT(type->tp_base);
    return 0;
}

static int
type_clear(PyTypeObject *type)
{
    /* The MRO tuple starts with the type itself: a cycle nothing else
       breaks.  Clearing the dict breaks the ones through methods. */
    if (type->tp_dict != NULL)
        PyDict_Clear(type->tp_dict);
    _PyType_ClearLookupCache();
    Py_CLEAR(type->tp_mro);
    return 0;
}

static int
type_is_gc(PyTypeObject *type)
{
    return (type->tp_flags & Py_TPFLAGS_HEAPTYPE) != 0;
}

PyDoc_STRVAR(type_doc,
"type(object) -> the object's type\n"
"type(name, bases, dict) -> a new type");

PyTypeObject PyType_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                          /* ob_size */
    "type",                                     /* tp_name */
    sizeof(PyHeapTypeObject),                   /* tp_basicsize */
    sizeof(PyMemberDef),                        /* tp_itemsize */
    (destructor)type_dealloc,                   /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    type_compare,                               /* tp_compare */
    (reprfunc)type_repr,                        /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    type_hash,                                  /* tp_hash */
    (ternaryfunc)type_call,                     /* tp_call */
    0,                                          /* tp_str */
    (getattrofunc)type_getattro,                /* tp_getattro */
    (setattrofunc)type_setattro,                /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    type_doc,                                   /* tp_doc */
    (traverseproc)type_traverse,                /* tp_traverse */
    (inquiry)type_clear,                        /* tp_clear */
    0,                                          /* tp_richcompare */
    offsetof(PyTypeObject, tp_weaklist),        /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    type_methods,                               /* tp_methods */
    type_members,                               /* tp_members */
    type_getsets,                               /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    offsetof(PyTypeObject, tp_dict),            /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    type_new,                                   /* tp_new */
    PyObject_GC_Del,                            /* tp_free */
    (inquiry)type_is_gc,                        /* tp_is_gc */
};

/* ------------------------------------------------------------------ */
/* Method resolution order                                              */

/* Depth-first, left-to-right, duplicates dropped: the order in which
   classic classes look attributes up. */
static int
classic_mro_fill(PyObject *mro, PyObject *cls)
{
    PyObject *bases;
    Py_ssize_t i;
    int present;

    present = PySequence_Contains(mro, cls);
    if (present < 0)
        return -1;
    if (!present && PyList_Append(mro, cls) < 0)
        return -1;
    bases = ((PyClassObject *)cls)->cl_bases;
    if (Py_EnterRecursiveCall(" while computing an MRO"))
        return -1;
    for (i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        if (classic_mro_fill(mro, PyTuple_GET_ITEM(bases, i)) < 0) {
            Py_LeaveRecursiveCall();
            return -1;
        }
    }
    Py_LeaveRecursiveCall();
    return 0;
}

static PyObject *
classic_mro(PyObject *cls)
{
    PyObject *mro = PyList_New(0);

    if (mro != NULL && classic_mro_fill(mro, cls) < 0) {
        Py_DECREF(mro);
        return NULL;
    }
    return mro;
}

/* A printable name of a class for error messages: new reference. */
static PyObject *
class_name_of(PyObject *cls)
{
    PyObject *name = PyObject_GetAttrString(cls, "__name__");

    if (name == NULL) {
        PyErr_Clear();
        name = PyObject_Repr(cls);
    }
    if (name == NULL)
        return NULL;
    if (!PyString_Check(name)) {
        Py_DECREF(name);
        return NULL;
    }
    return name;
}

static int
check_duplicate_bases(PyObject *list)
{
    Py_ssize_t i, j, n = PyList_GET_SIZE(list);

    for (i = 0; i < n; i++) {
        PyObject *o = PyList_GET_ITEM(list, i);
        for (j = i + 1; j < n; j++) {
            if (PyList_GET_ITEM(list, j) == o) {
                PyObject *name = class_name_of(o);
                PyErr_Format(PyExc_TypeError, "duplicate base class %s",
                             name ? PyString_AS_STRING(name) : "?");
                Py_XDECREF(name);
                return -1;
            }
        }
    }
    return 0;
}

/* o occurs in seq after position 'head'. */
static int
in_tail(PyObject *seq, Py_ssize_t head, PyObject *o)
{
    Py_ssize_t j, n = PyList_GET_SIZE(seq);

    for (j = head + 1; j < n; j++) {
        if (PyList_GET_ITEM(seq, j) == o)
            return 1;
    }
    return 0;
}

/* Report the classes that blocked the merge, in order of first
   appearance. */
static void
report_mro_conflict(PyObject *seqs, Py_ssize_t *heads)
{
    char buf[1000];
    size_t off;
    PyObject *blockers;
    Py_ssize_t i, n = PyList_GET_SIZE(seqs);

    blockers = PyList_New(0);
    if (blockers == NULL)
        return;
    for (i = 0; i < n; i++) {
        PyObject *seq = PyList_GET_ITEM(seqs, i);
        if (heads[i] < PyList_GET_SIZE(seq)) {
            PyObject *c = PyList_GET_ITEM(seq, heads[i]);
            Py_ssize_t k;
            int seen = 0;
            for (k = 0; k < PyList_GET_SIZE(blockers); k++)
                if (PyList_GET_ITEM(blockers, k) == c)
                    seen = 1;
            if (!seen && PyList_Append(blockers, c) < 0) {
                Py_DECREF(blockers);
                return;
            }
        }
    }
    off = (size_t)PyOS_snprintf(buf, sizeof(buf),
                                "Cannot create a consistent method "
                                "resolution\norder (MRO) for bases");
    n = PyList_GET_SIZE(blockers);
    for (i = 0; i < n && off + 1 < sizeof(buf); i++) {
        PyObject *name = class_name_of(PyList_GET_ITEM(blockers, i));
        if (name == NULL)
            PyErr_Clear();
        off += (size_t)PyOS_snprintf(buf + off, sizeof(buf) - off, "%s %s",
                                     i ? "," : "",
                                     name ? PyString_AS_STRING(name) : "?");
        Py_XDECREF(name);
    }
    if (off >= sizeof(buf))
        buf[sizeof(buf) - 1] = '\0';
    Py_DECREF(blockers);
    PyErr_SetString(PyExc_TypeError, buf);
}

/* The C3 merge: repeatedly take the first head that appears in no other
   sequence's tail. */
static int
c3_merge(PyObject *acc, PyObject *seqs)
{
    Py_ssize_t n = PyList_GET_SIZE(seqs);
    Py_ssize_t *heads;
    Py_ssize_t i, j;

    heads = PyMem_New(Py_ssize_t, n);
    if (heads == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < n; i++)
        heads[i] = 0;

    for (;;) {
        int progress = 0, remaining = 0;

        for (i = 0; i < n; i++) {
            PyObject *seq = PyList_GET_ITEM(seqs, i);
            PyObject *candidate;
            int blocked = 0;

            if (heads[i] >= PyList_GET_SIZE(seq))
                continue;
            remaining = 1;
            candidate = PyList_GET_ITEM(seq, heads[i]);
            for (j = 0; j < n && !blocked; j++)
                blocked = in_tail(PyList_GET_ITEM(seqs, j), heads[j],
                                  candidate);
            if (blocked)
                continue;
            if (PyList_Append(acc, candidate) < 0) {
                PyMem_Free(heads);
                return -1;
            }
            for (j = 0; j < n; j++) {
                PyObject *s = PyList_GET_ITEM(seqs, j);
                if (heads[j] < PyList_GET_SIZE(s) &&
                    PyList_GET_ITEM(s, heads[j]) == candidate)
                    heads[j]++;
            }
            progress = 1;
            break;
        }
        if (!remaining)
            break;
        if (!progress) {
            report_mro_conflict(seqs, heads);
            PyMem_Free(heads);
            return -1;
        }
    }
    PyMem_Free(heads);
    return 0;
}

static PyObject *
mro_implementation(PyTypeObject *type)
{
    PyObject *bases, *seqs, *result, *bases_list;
    Py_ssize_t i, n;

    if (type->tp_dict == NULL && PyType_Ready(type) < 0)
        return NULL;
    bases = type->tp_bases;
    n = PyTuple_GET_SIZE(bases);

    seqs = PyList_New(n + 1);
    if (seqs == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *base = PyTuple_GET_ITEM(bases, i);
        PyObject *base_mro;

        if (PyType_Check(base)) {
            PyObject *m = ((PyTypeObject *)base)->tp_mro;
            if (m == NULL) {
                PyErr_Format(PyExc_TypeError,
                             "base class '%.100s' has no MRO",
                             ((PyTypeObject *)base)->tp_name);
                Py_DECREF(seqs);
                return NULL;
            }
            base_mro = PySequence_List(m);
        }
        else if (PyClass_Check(base))
            base_mro = classic_mro(base);
        else {
            PyErr_SetString(PyExc_TypeError, "bases must be types");
            base_mro = NULL;
        }
        if (base_mro == NULL) {
            Py_DECREF(seqs);
            return NULL;
        }
        PyList_SET_ITEM(seqs, i, base_mro);
    }

    bases_list = PySequence_List(bases);
    if (bases_list == NULL) {
        Py_DECREF(seqs);
        return NULL;
    }
    if (check_duplicate_bases(bases_list) < 0) {
        Py_DECREF(bases_list);
        Py_DECREF(seqs);
        return NULL;
    }
    PyList_SET_ITEM(seqs, n, bases_list);

    result = PyList_New(1);
    if (result == NULL) {
        Py_DECREF(seqs);
        return NULL;
    }
    Py_INCREF(type);
    PyList_SET_ITEM(result, 0, (PyObject *)type);
    if (c3_merge(result, seqs) < 0) {
        Py_DECREF(result);
        result = NULL;
    }
    Py_DECREF(seqs);
    return result;
}

/* Look a method up on the type of self and bind it; NULL without an
   exception if it does not exist. */
static PyObject *
lookup_maybe(PyObject *self, PyObject *name)
{
    PyObject *res = _PyType_Lookup(self->ob_type, name);

    if (res != NULL) {
        descrgetfunc f = res->ob_type->tp_descr_get;
        if (f == NULL)
            Py_INCREF(res);
        else
            res = f(res, self, (PyObject *)self->ob_type);
    }
    return res;
}

/* Same, but a missing method is an AttributeError. */
static PyObject *
lookup_method(PyObject *self, PyObject *name)
{
    PyObject *res = lookup_maybe(self, name);

    if (res == NULL && !PyErr_Occurred())
        PyErr_SetObject(PyExc_AttributeError, name);
    return res;
}

static int
mro_internal(PyTypeObject *type)
{
    PyObject *result, *tuple;
    int custom = (type->ob_type != &PyType_Type);

    if (!custom)
        result = mro_implementation(type);
    else {
        static PyObject *mro_name = NULL;
        PyObject *meth;
        if (cached_name(&mro_name, "mro") == NULL)
            return -1;
        meth = lookup_method((PyObject *)type, mro_name);
        if (meth == NULL)
            return -1;
        result = PyObject_CallObject(meth, NULL);
        Py_DECREF(meth);
    }
    if (result == NULL)
        return -1;
    tuple = PySequence_Tuple(result);
    Py_DECREF(result);
    if (tuple == NULL)
        return -1;

    if (custom) {
        /* A metaclass's mro() must not produce nonsense layouts. */
        PyTypeObject *solid = solid_base(type);
        Py_ssize_t i;
        for (i = 0; i < PyTuple_GET_SIZE(tuple); i++) {
            PyObject *cls = PyTuple_GET_ITEM(tuple, i);
            if (PyClass_Check(cls))
                continue;
            if (!PyType_Check(cls)) {
                PyErr_Format(PyExc_TypeError,
                             "mro() returned a non-class ('%.500s')",
                             cls->ob_type->tp_name);
                Py_DECREF(tuple);
                return -1;
            }
            if (!PyType_IsSubtype(solid, solid_base((PyTypeObject *)cls))) {
                PyErr_Format(PyExc_TypeError,
                             "mro() returned base with unsuitable layout "
                             "('%.500s')", ((PyTypeObject *)cls)->tp_name);
                Py_DECREF(tuple);
                return -1;
            }
        }
    }
    {
        PyObject *old = type->tp_mro;
        _PyType_ClearLookupCache();
        type->tp_mro = tuple;
        Py_XDECREF(old);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Choosing the base that dictates the instance layout                  */

/* type adds C-level fields beyond base (ignoring a __dict__/__weakref__
   pair a heap type appended). */
static int
adds_fields(PyTypeObject *type, PyTypeObject *base)
{
    size_t t_size = type->tp_basicsize;
    size_t b_size = base->tp_basicsize;

    if (type->tp_itemsize || base->tp_itemsize)
        return t_size != b_size || type->tp_itemsize != base->tp_itemsize;
    if (type->tp_weaklistoffset && base->tp_weaklistoffset == 0 &&
        type->tp_weaklistoffset + sizeof(PyObject *) == t_size &&
        (type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        t_size -= sizeof(PyObject *);
    if (type->tp_dictoffset && base->tp_dictoffset == 0 &&
        type->tp_dictoffset + sizeof(PyObject *) == t_size &&
        (type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        t_size -= sizeof(PyObject *);
    return t_size != b_size;
}

/* The nearest ancestor (or type itself) that defines the layout. */
static PyTypeObject *
solid_base(PyTypeObject *type)
{
    PyTypeObject *base;

    if (type->tp_base != NULL)
        base = solid_base(type->tp_base);
    else
        base = &PyBaseObject_Type;
    return adds_fields(type, base) ? type : base;
}

static PyTypeObject *
best_base(PyObject *bases)
{
    Py_ssize_t i, n = PyTuple_GET_SIZE(bases);
    PyTypeObject *base = NULL, *winner = NULL;

    for (i = 0; i < n; i++) {
        PyObject *proto = PyTuple_GET_ITEM(bases, i);
        PyTypeObject *base_i, *candidate;

        if (PyClass_Check(proto))
            continue;
        if (!PyType_Check(proto)) {
            PyErr_SetString(PyExc_TypeError, "bases must be types");
            return NULL;
        }
        base_i = (PyTypeObject *)proto;
        if (base_i->tp_dict == NULL && PyType_Ready(base_i) < 0)
            return NULL;
        candidate = solid_base(base_i);
        if (winner == NULL) {
            winner = candidate;
            base = base_i;
        }
        else if (PyType_IsSubtype(winner, candidate))
            ;
        else if (PyType_IsSubtype(candidate, winner)) {
            winner = candidate;
            base = base_i;
        }
        else {
            PyErr_SetString(PyExc_TypeError,
                            "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    if (base == NULL)
        PyErr_SetString(PyExc_TypeError,
                        "a new-style class can't have only classic bases");
    return base;
}

/* ------------------------------------------------------------------ */
/* Instances of heap types: __dict__, __weakref__, slots, dealloc       */

static PyObject *
subtype_dict(PyObject *obj, void *context)
{
    PyObject **dictptr = _PyObject_GetDictPtr(obj);
    PyObject *dict;

    if (dictptr == NULL) {
        PyErr_SetString(PyExc_AttributeError,
                        "This object has no __dict__");
        return NULL;
    }
    dict = *dictptr;
    if (dict == NULL)
        *dictptr = dict = PyDict_New();
    Py_XINCREF(dict);
    return dict;
}

static int
subtype_setdict(PyObject *obj, PyObject *value, void *context)
{
    PyObject **dictptr = _PyObject_GetDictPtr(obj);
    PyObject *old;

    if (dictptr == NULL) {
        PyErr_SetString(PyExc_AttributeError,
                        "This object has no __dict__");
        return -1;
    }
    if (value != NULL && !PyDict_Check(value)) {
        PyErr_Format(PyExc_TypeError,
                     "__dict__ must be set to a dictionary, not a '%.200s'",
                     value->ob_type->tp_name);
        return -1;
    }
    old = *dictptr;
    Py_XINCREF(value);
    *dictptr = value;
    Py_XDECREF(old);
    return 0;
}

static PyObject *
subtype_getweakref(PyObject *obj, void *context)
{
    PyObject **weaklistptr, *result;

    if (obj->ob_type->tp_weaklistoffset == 0) {
        PyErr_SetString(PyExc_AttributeError,
                        "This object has no __weakref__");
        return NULL;
    }
    weaklistptr = (PyObject **)((char *)obj +
                                obj->ob_type->tp_weaklistoffset);
    result = *weaklistptr;
    if (result == NULL)
        result = Py_None;
    Py_INCREF(result);
    return result;
}

static PyGetSetDef subtype_getsets_full[] = {
    {"__dict__", subtype_dict, subtype_setdict,
     "dictionary for instance variables (if defined)"},
    {"__weakref__", subtype_getweakref, NULL,
     "list of weak references to the object (if defined)"},
    {0}
};

static PyGetSetDef subtype_getsets_dict_only[] = {
    {"__dict__", subtype_dict, subtype_setdict,
     "dictionary for instance variables (if defined)"},
    {0}
};

static PyGetSetDef subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_getweakref, NULL,
     "list of weak references to the object (if defined)"},
    {0}
};

/* The __slots__ members a heap type added (type->ob_size of them). */
static int
traverse_slots(PyTypeObject *type, PyObject *self, visitproc visit,
               void *arg)
{
    PyMemberDef *mp = PyHeapType_GET_MEMBERS((PyHeapTypeObject *)type);
    Py_ssize_t i, n = type->ob_size;

    for (i = 0; i < n; i++, mp++) {
        if (mp->type == T_OBJECT_EX) {
            PyObject *obj = *(PyObject **)((char *)self + mp->offset);
            Py_VISIT(obj);
        }
    }
    return 0;
}

static void
clear_slots(PyTypeObject *type, PyObject *self)
{
    PyMemberDef *mp = PyHeapType_GET_MEMBERS((PyHeapTypeObject *)type);
    Py_ssize_t i, n = type->ob_size;

    for (i = 0; i < n; i++, mp++) {
        if (mp->type == T_OBJECT_EX && !(mp->flags & READONLY)) {
            PyObject **addr = (PyObject **)((char *)self + mp->offset);
            Py_CLEAR(*addr);
        }
    }
}

static int
subtype_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyTypeObject *type = self->ob_type, *base = type;
    traverseproc basetraverse;

    /* Visit the slots of every heap-type level, then hand over to the
       first base with its own traverse function. */
    while ((basetraverse = base->tp_traverse) == subtype_traverse) {
        if (base->ob_size) {
            int err = traverse_slots(base, self, visit, arg);
            if (err)
                return err;
        }
        base = base->tp_base;
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        /* (a positive offset is the common case: read the slot here) */
        PyObject **dictptr = type->tp_dictoffset > 0
            ? (PyObject **)((char *)self + type->tp_dictoffset)
            : _PyObject_GetDictPtr(self);
        if (dictptr != NULL && *dictptr != NULL)
            Py_VISIT(*dictptr);
    }
    /* Instances own a reference to their heap type. */
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        Py_VISIT(type);
    if (basetraverse != NULL)
        return basetraverse(self, visit, arg);
    return 0;
}

static int
subtype_clear(PyObject *self)
{
    PyTypeObject *base = self->ob_type;
    inquiry baseclear;

    while ((baseclear = base->tp_clear) == subtype_clear) {
        if (base->ob_size)
            clear_slots(base, self);
        base = base->tp_base;
    }
    /* The instance dict is cleared by the collector through the dict. */
    if (baseclear != NULL)
        return baseclear(self);
    return 0;
}

static void
subtype_dealloc(PyObject *self)
{
    PyTypeObject *type = self->ob_type, *base;
    destructor basedealloc;

    if (!PyType_IS_GC(type)) {
        /* No GC means no slots, dict or weakrefs were added: only the
           finalizer and the base's destructor matter. */
        if (type->tp_del != NULL) {
            type->tp_del(self);
            if (self->ob_refcnt > 0)
                return;     /* resurrected */
        }
        base = type;
        while ((basedealloc = base->tp_dealloc) == subtype_dealloc)
            base = base->tp_base;
        basedealloc(self);
        Py_DECREF(type);
        return;
    }

    PyObject_GC_UnTrack(self);

    /* Deeply nested structures: defer through the trashcan.  The check is
       made one level deeper than our own so that the base's destructor,
       which runs at that level, never defers a half-destroyed object. */
    if (_PyTrash_delete_nesting + 1 >= PyTrash_UNWIND_LEVEL) {
        _PyTrash_deposit_object(self);
        return;
    }
    ++_PyTrash_delete_nesting;

    base = type;
    while ((basedealloc = base->tp_dealloc) == subtype_dealloc)
        base = base->tp_base;

    /* Weak references go first, before __del__ or any field is cleared. */
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset)
        PyObject_ClearWeakRefs(self);

    if (type->tp_del != NULL) {
        PyObject_GC_Track(self);
        type->tp_del(self);
        if (self->ob_refcnt > 0)
            goto done;      /* resurrected; stays tracked */
        PyObject_GC_UnTrack(self);
        /* __del__ may have made new weak references: kill them without
           calling their callbacks. */
        if (type->tp_weaklistoffset && !base->tp_weaklistoffset) {
            PyWeakReference **list =
                (PyWeakReference **)PyObject_GET_WEAKREFS_LISTPTR(self);
            while (*list != NULL)
                _PyWeakref_ClearRef(*list);
        }
    }

    /* Clear the slots of every heap-type level. */
    base = type;
    while ((basedealloc = base->tp_dealloc) == subtype_dealloc) {
        if (base->ob_size)
            clear_slots(base, self);
        base = base->tp_base;
    }

    if (type->tp_dictoffset && !base->tp_dictoffset) {
        PyObject **dictptr = _PyObject_GetDictPtr(self);
        if (dictptr != NULL && *dictptr != NULL) {
            PyObject *dict = *dictptr;
            *dictptr = NULL;
            Py_DECREF(dict);
        }
    }

    /* A GC-aware base destructor expects a tracked object. */
    if (PyType_IS_GC(base))
        PyObject_GC_Track(self);
    basedealloc(self);
    Py_DECREF(type);

done:
    --_PyTrash_delete_nesting;
    if (_PyTrash_delete_later != NULL && _PyTrash_delete_nesting <= 0)
        _PyTrash_destroy_chain();
}

/* ------------------------------------------------------------------ */
/* type(name, bases, dict)                                              */

/* A __slots__ entry must be an identifier. */
static int
slot_name_ok(PyObject *s)
{
    const unsigned char *p;
    Py_ssize_t i, n;

    if (!PyString_Check(s)) {
        PyErr_Format(PyExc_TypeError,
                     "__slots__ items must be strings, not '%.200s'",
                     s->ob_type->tp_name);
        return 0;
    }
    p = (const unsigned char *)PyString_AS_STRING(s);
    n = PyString_GET_SIZE(s);
    if (n == 0)
        goto bad;
    for (i = 0; i < n; i++) {
        int ok = (i == 0) ? (isalpha(p[i]) || p[i] == '_')
                          : (isalnum(p[i]) || p[i] == '_');
        if (!ok)
            goto bad;
    }
    return 1;
bad:
    PyErr_SetString(PyExc_TypeError, "__slots__ must be identifiers");
    return 0;
}

/* __slots__ as a tuple of str (unicode names encoded). */
static PyObject *
slots_as_tuple(PyObject *slots)
{
    PyObject *tup, *res;
    Py_ssize_t i, n;

    if (PyString_Check(slots) || PyUnicode_Check(slots))
        tup = PyTuple_Pack(1, slots);
    else
        tup = PySequence_Tuple(slots);
    if (tup == NULL)
        return NULL;
    n = PyTuple_GET_SIZE(tup);
    for (i = 0; i < n; i++)
        if (PyUnicode_Check(PyTuple_GET_ITEM(tup, i)))
            break;
    if (i == n)
        return tup;
    res = PyTuple_New(n);
    if (res == NULL) {
        Py_DECREF(tup);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *o = PyTuple_GET_ITEM(tup, i);
        if (PyUnicode_Check(o)) {
            o = _PyUnicode_AsDefaultEncodedString(o, NULL);
            if (o == NULL) {
                Py_DECREF(tup);
                Py_DECREF(res);
                return NULL;
            }
        }
        Py_INCREF(o);
        PyTuple_SET_ITEM(res, i, o);
    }
    Py_DECREF(tup);
    return res;
}

static int
is_name(PyObject *s, const char *name)
{
    return PyString_Check(s) && strcmp(PyString_AS_STRING(s), name) == 0;
}

static PyObject *
type_new(PyTypeObject *metatype, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "bases", "dict", 0};
    PyObject *name, *bases, *dict, *slots = NULL, *newslots = NULL;
    PyObject *tmp;
    PyTypeObject *type, *base, *winner;
    PyHeapTypeObject *et;
    PyMemberDef *mp;
    Py_ssize_t i, nbases, nslots, slotoffset;
    int add_dict, add_weak, may_add_dict, may_add_weak;

    /* type(x) */
    if (metatype == &PyType_Type) {
        Py_ssize_t nargs = PyTuple_GET_SIZE(args);
        Py_ssize_t nkwds = kwds == NULL ? 0 : PyDict_Size(kwds);

        if (nargs == 1 && nkwds == 0) {
            PyObject *x = PyTuple_GET_ITEM(args, 0);
            Py_INCREF(x->ob_type);
            return (PyObject *)x->ob_type;
        }
        if (nargs + nkwds != 3) {
            PyErr_SetString(PyExc_TypeError,
                            "type() takes 1 or 3 arguments");
            return NULL;
        }
    }

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "SO!O!:type", kwlist,
                                     &name, &PyTuple_Type, &bases,
                                     &PyDict_Type, &dict))
        return NULL;

    /* The most derived metaclass of all bases wins; unrelated ones
       conflict.  Classic classes do not take part. */
    winner = metatype;
    nbases = PyTuple_GET_SIZE(bases);
    for (i = 0; i < nbases; i++) {
        PyTypeObject *mt = PyTuple_GET_ITEM(bases, i)->ob_type;
        if (mt == &PyClass_Type)
            continue;
        if (PyType_IsSubtype(winner, mt))
            continue;
        if (PyType_IsSubtype(mt, winner)) {
            winner = mt;
            continue;
        }
        PyErr_SetString(PyExc_TypeError,
                        "metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases");
        return NULL;
    }
    if (winner != metatype) {
        if (winner->tp_new != type_new)
            return winner->tp_new(winner, args, kwds);
        metatype = winner;
    }

    if (nbases == 0) {
        bases = PyTuple_Pack(1, (PyObject *)&PyBaseObject_Type);
        if (bases == NULL)
            return NULL;
        nbases = 1;
    }
    else
        Py_INCREF(bases);
    /* From here on 'bases' is our reference. */

    base = best_base(bases);
    if (base == NULL)
        goto fail_bases;
    if (!PyType_HasFeature(base, Py_TPFLAGS_BASETYPE)) {
        PyErr_Format(PyExc_TypeError,
                     "type '%.100s' is not an acceptable base type",
                     base->tp_name);
        goto fail_bases;
    }

    /* __slots__ decide which of __dict__ / __weakref__ instances get. */
    nslots = 0;
    add_dict = add_weak = 0;
    may_add_dict = base->tp_dictoffset == 0;
    may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    tmp = PyDict_GetItemString(dict, "__slots__");
    if (tmp == NULL) {
        if (may_add_dict)
            add_dict++;
        if (may_add_weak)
            add_weak++;
    }
    else {
        Py_ssize_t j;

        slots = slots_as_tuple(tmp);
        if (slots == NULL)
            goto fail_bases;
        nslots = PyTuple_GET_SIZE(slots);
        if (nslots > 0 && base->tp_itemsize != 0) {
            PyErr_Format(PyExc_TypeError,
                         "nonempty __slots__ not supported for subtype "
                         "of '%s'", base->tp_name);
            goto fail_slots;
        }
        for (i = 0; i < nslots; i++) {
            tmp = PyTuple_GET_ITEM(slots, i);
            if (!slot_name_ok(tmp))
                goto fail_slots;
            if (is_name(tmp, "__dict__")) {
                if (!may_add_dict || add_dict) {
                    PyErr_SetString(PyExc_TypeError,
                                    "__dict__ slot disallowed: "
                                    "we already got one");
                    goto fail_slots;
                }
                add_dict++;
            }
            if (is_name(tmp, "__weakref__")) {
                if (!may_add_weak || add_weak) {
                    PyErr_SetString(PyExc_TypeError,
                                    "__weakref__ slot disallowed: "
                                    "either we already got one, "
                                    "or the base type has a nonzero "
                                    "tp_itemsize");
                    goto fail_slots;
                }
                add_weak++;
            }
        }

        /* The real slot names, private names mangled. */
        newslots = PyTuple_New(nslots - add_dict - add_weak);
        if (newslots == NULL)
            goto fail_slots;
        for (i = j = 0; i < nslots; i++) {
            tmp = PyTuple_GET_ITEM(slots, i);
            if ((add_dict && is_name(tmp, "__dict__")) ||
                (add_weak && is_name(tmp, "__weakref__")))
                continue;
            tmp = _Py_Mangle(name, tmp);
            if (tmp == NULL) {
                Py_DECREF(newslots);
                goto fail_slots;
            }
            PyTuple_SET_ITEM(newslots, j, tmp);
            j++;
        }
        Py_DECREF(slots);
        slots = newslots;
        nslots = PyTuple_GET_SIZE(slots);

        /* Other bases may still bring a dict or weakrefs along. */
        if (nbases > 1 &&
            ((may_add_dict && !add_dict) || (may_add_weak && !add_weak))) {
            for (i = 0; i < nbases; i++) {
                PyObject *b = PyTuple_GET_ITEM(bases, i);
                PyTypeObject *bt;
                if (b == (PyObject *)base)
                    continue;
                if (PyClass_Check(b)) {
                    if (may_add_dict && !add_dict)
                        add_dict++;
                    if (may_add_weak && !add_weak)
                        add_weak++;
                    break;
                }
                bt = (PyTypeObject *)b;
                if (may_add_dict && !add_dict && bt->tp_dictoffset != 0)
                    add_dict++;
                if (may_add_weak && !add_weak && bt->tp_weaklistoffset != 0)
                    add_weak++;
                if ((may_add_dict && !add_dict) ||
                    (may_add_weak && !add_weak))
                    continue;
                break;
            }
        }
    }

    type = (PyTypeObject *)metatype->tp_alloc(metatype, nslots);
    if (type == NULL)
        goto fail_slots;
    et = (PyHeapTypeObject *)type;
    Py_INCREF(name);
    et->ht_name = name;
    et->ht_slots = slots;       /* reference handed over */
    slots = NULL;

    type->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HEAPTYPE |
                     Py_TPFLAGS_BASETYPE;
    if (base->tp_flags & Py_TPFLAGS_HAVE_GC)
        type->tp_flags |= Py_TPFLAGS_HAVE_GC;
    /* Slot functions of a class accept any operand types, unless the
       class inherits an old-style (coercing) numeric base. */
    if ((base->tp_flags & Py_TPFLAGS_CHECKTYPES) ||
        base->tp_as_number == NULL)
        type->tp_flags |= Py_TPFLAGS_CHECKTYPES;

    type->tp_as_number = &et->as_number;
    type->tp_as_sequence = &et->as_sequence;
    type->tp_as_mapping = &et->as_mapping;
    type->tp_as_buffer = &et->as_buffer;
    type->tp_name = PyString_AS_STRING(name);

    type->tp_bases = bases;     /* reference handed over */
    Py_INCREF(base);
    type->tp_base = base;
    type->tp_cache = make_owner_tag();
    if (type->tp_cache == NULL && PyErr_Occurred())
        goto fail_type;

    dict = PyDict_Copy(dict);
    type->tp_dict = dict;
    if (dict == NULL)
        goto fail_type;
    _PyDict_MarkTypeDict(dict);

    /* __module__ defaults to the __name__ of the calling globals. */
    if (PyDict_GetItemString(dict, "__module__") == NULL) {
        PyObject *globals = PyEval_GetGlobals();
        if (globals != NULL) {
            PyObject *modname = PyDict_GetItemString(globals, "__name__");
            if (modname != NULL &&
                PyDict_SetItemString(dict, "__module__", modname) < 0)
                goto fail_type;
        }
    }

    /* A string __doc__ is copied to tp_doc as well. */
    tmp = PyDict_GetItemString(dict, "__doc__");
    if (tmp != NULL && PyString_Check(tmp)) {
        size_t n = (size_t)PyString_GET_SIZE(tmp);
        char *doc = (char *)PyObject_MALLOC(n + 1);
        if (doc == NULL) {
            PyErr_NoMemory();
            goto fail_type;
        }
        memcpy(doc, PyString_AS_STRING(tmp), n + 1);
        type->tp_doc = doc;
    }

    /* __new__ defined as a plain function is a static method. */
    tmp = PyDict_GetItemString(dict, "__new__");
    if (tmp != NULL && PyFunction_Check(tmp)) {
        tmp = PyStaticMethod_New(tmp);
        if (tmp == NULL)
            goto fail_type;
        if (PyDict_SetItemString(dict, "__new__", tmp) < 0) {
            Py_DECREF(tmp);
            goto fail_type;
        }
        Py_DECREF(tmp);
    }

    /* Lay out the instance: base, slots, dict, weakref list. */
    mp = PyHeapType_GET_MEMBERS(et);
    slotoffset = base->tp_basicsize;
    if (et->ht_slots != NULL) {
        for (i = 0; i < nslots; i++, mp++) {
            mp->name = PyString_AS_STRING(PyTuple_GET_ITEM(et->ht_slots, i));
            mp->type = T_OBJECT_EX;
            mp->offset = slotoffset;
            slotoffset += sizeof(PyObject *);
        }
    }
    if (add_dict) {
        if (base->tp_itemsize)
            type->tp_dictoffset = -(Py_ssize_t)sizeof(PyObject *);
        else
            type->tp_dictoffset = slotoffset;
        slotoffset += sizeof(PyObject *);
    }
    if (add_weak) {
        type->tp_weaklistoffset = slotoffset;
        slotoffset += sizeof(PyObject *);
    }
    type->tp_basicsize = slotoffset;
    type->tp_itemsize = base->tp_itemsize;
    type->tp_members = PyHeapType_GET_MEMBERS(et);

    if (type->tp_weaklistoffset && type->tp_dictoffset)
        type->tp_getset = subtype_getsets_full;
    else if (type->tp_weaklistoffset)
        type->tp_getset = subtype_getsets_weakref_only;
    else if (type->tp_dictoffset)
        type->tp_getset = subtype_getsets_dict_only;
    else
        type->tp_getset = NULL;

    if (type->tp_dictoffset != 0 || nslots > 0) {
        if (base->tp_getattr == NULL && base->tp_getattro == NULL)
            type->tp_getattro = PyObject_GenericGetAttr;
        if (base->tp_setattr == NULL && base->tp_setattro == NULL)
            type->tp_setattro = PyObject_GenericSetAttr;
    }
    type->tp_dealloc = subtype_dealloc;

    /* GC unless instances cannot reference anything. */
    if (!(type->tp_basicsize == sizeof(PyObject) && type->tp_itemsize == 0))
        type->tp_flags |= Py_TPFLAGS_HAVE_GC;

    type->tp_alloc = PyType_GenericAlloc;
    if (type->tp_flags & Py_TPFLAGS_HAVE_GC) {
        type->tp_free = PyObject_GC_Del;
        type->tp_traverse = subtype_traverse;
        type->tp_clear = subtype_clear;
    }
    else
        type->tp_free = PyObject_Free;

    if (PyType_Ready(type) < 0) {
        Py_DECREF(type);
        return NULL;
    }
    fixup_slot_dispatchers(type);
    return (PyObject *)type;

fail_type:
    Py_DECREF(type);
    return NULL;
fail_slots:
    Py_XDECREF(slots);
fail_bases:
    Py_DECREF(bases);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* object                                                               */

static int
object_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return 0;
}

static int
has_arguments(PyObject *args, PyObject *kwds)
{
    return PyTuple_GET_SIZE(args) != 0 ||
           (kwds != NULL && PyDict_Check(kwds) && PyDict_Size(kwds) != 0);
}

static PyObject *
object_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* Arguments only make sense if some __init__ will consume them. */
    if (type->tp_init == object_init && has_arguments(args, kwds)) {
        PyErr_SetString(PyExc_TypeError,
                        "default __new__ takes no parameters");
        return NULL;
    }
    return type->tp_alloc(type, 0);
}

static void
object_dealloc(PyObject *self)
{
    self->ob_type->tp_free(self);
}

static PyObject *
object_repr(PyObject *self)
{
    PyTypeObject *type = self->ob_type;
    PyObject *mod, *name, *rtn;

    mod = type_module(type, NULL);
    if (mod == NULL)
        PyErr_Clear();
    else if (!PyString_Check(mod)) {
        Py_DECREF(mod);
        mod = NULL;
    }
    name = type_name(type, NULL);
    if (name == NULL) {
        Py_XDECREF(mod);
        return NULL;
    }
    if (mod != NULL && strcmp(PyString_AS_STRING(mod), "__builtin__") != 0)
        rtn = PyString_FromFormat("<%s.%s object at %p>",
                                  PyString_AS_STRING(mod),
                                  PyString_AS_STRING(name), self);
    else
        rtn = PyString_FromFormat("<%s object at %p>", type->tp_name, self);
    Py_XDECREF(mod);
    Py_DECREF(name);
    return rtn;
}

static PyObject *
object_str(PyObject *self)
{
    reprfunc f = self->ob_type->tp_repr;

    if (f == NULL)
        f = object_repr;
    return f(self);
}

static long
object_hash(PyObject *self)
{
    return _Py_HashPointer(self);
}

static PyObject *
object_get_class(PyObject *self, void *closure)
{
    Py_INCREF(self->ob_type);
    return (PyObject *)self->ob_type;
}

static int
object_set_class(PyObject *self, PyObject *value, void *closure)
{
    PyTypeObject *oldto = self->ob_type, *newto;

    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "can't delete __class__ attribute");
        return -1;
    }
    if (!PyType_Check(value)) {
        PyErr_Format(PyExc_TypeError,
                     "__class__ must be set to new-style class, not '%s' "
                     "object", value->ob_type->tp_name);
        return -1;
    }
    newto = (PyTypeObject *)value;
    if (!(newto->tp_flags & Py_TPFLAGS_HEAPTYPE) ||
        !(oldto->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        PyErr_Format(PyExc_TypeError,
                     "__class__ assignment: only for heap types");
        return -1;
    }
    if (!layout_compatible(newto, oldto, "__class__"))
        return -1;
    Py_INCREF(newto);
    self->ob_type = newto;
    Py_DECREF(oldto);
    return 0;
}

static PyGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class,
     "the object's class"},
    {0}
};

/* Pickle support (see copy_reg): protocols 0 and 1 go through
   copy_reg._reduce_ex, protocol 2 builds a __newobj__ recipe here. */

static PyObject *
import_copy_reg(void)
{
    static PyObject *copy_reg_name = NULL;

    if (cached_name(&copy_reg_name, "copy_reg") == NULL)
        return NULL;
    return PyImport_Import(copy_reg_name);
}

/* Names of the __slots__ of cls and its bases (a list), or None. */
static PyObject *
slot_names_of(PyObject *cls)
{
    PyObject *clsdict, *names, *copy_reg;

    if (!PyType_Check(cls))
        Py_RETURN_NONE;
    clsdict = ((PyTypeObject *)cls)->tp_dict;
    names = PyDict_GetItemString(clsdict, "__slotnames__");
    if (names != NULL && PyList_Check(names)) {
        Py_INCREF(names);
        return names;
    }
    copy_reg = import_copy_reg();
    if (copy_reg == NULL)
        return NULL;
    names = PyObject_CallMethod(copy_reg, "_slotnames", "O", cls);
    Py_DECREF(copy_reg);
    if (names != NULL && names != Py_None && !PyList_Check(names)) {
        PyErr_SetString(PyExc_TypeError,
                        "copy_reg._slotnames didn't return a list or None");
        Py_DECREF(names);
        names = NULL;
    }
    return names;
}

static PyObject *
reduce_protocol2(PyObject *obj)
{
    PyObject *cls = NULL, *getnewargs, *args = NULL, *args2 = NULL;
    PyObject *getstate, *state = NULL, *names = NULL, *slots = NULL;
    PyObject *listitems = NULL, *dictitems = NULL;
    PyObject *copy_reg = NULL, *newobj = NULL, *res = NULL;
    Py_ssize_t i, n;

    cls = PyObject_GetAttrString(obj, "__class__");
    if (cls == NULL)
        return NULL;

    getnewargs = PyObject_GetAttrString(obj, "__getnewargs__");
    if (getnewargs != NULL) {
        args = PyObject_CallObject(getnewargs, NULL);
        Py_DECREF(getnewargs);
        if (args != NULL && !PyTuple_Check(args)) {
            PyErr_Format(PyExc_TypeError,
                         "__getnewargs__ should return a tuple, "
                         "not '%.200s'", args->ob_type->tp_name);
            goto end;
        }
    }
    else {
        PyErr_Clear();
        args = PyTuple_New(0);
    }
    if (args == NULL)
        goto end;

    getstate = PyObject_GetAttrString(obj, "__getstate__");
    if (getstate != NULL) {
        state = PyObject_CallObject(getstate, NULL);
        Py_DECREF(getstate);
        if (state == NULL)
            goto end;
    }
    else {
        PyErr_Clear();
        state = PyObject_GetAttrString(obj, "__dict__");
        if (state == NULL) {
            PyErr_Clear();
            state = Py_None;
            Py_INCREF(state);
        }
        names = slot_names_of(cls);
        if (names == NULL)
            goto end;
        if (names != Py_None) {
            int found = 0;
            slots = PyDict_New();
            if (slots == NULL)
                goto end;
            /* The list may change while we run code: index each time. */
            for (i = 0; i < PyList_GET_SIZE(names); i++) {
                PyObject *name = PyList_GET_ITEM(names, i);
                PyObject *value = PyObject_GetAttr(obj, name);
                if (value == NULL)
                    PyErr_Clear();
                else {
                    int err = PyDict_SetItem(slots, name, value);
                    Py_DECREF(value);
                    if (err < 0)
                        goto end;
                    found = 1;
                }
            }
            if (found) {
                PyObject *pair = Py_BuildValue("(OO)", state, slots);
                if (pair == NULL)
                    goto end;
                Py_DECREF(state);
                state = pair;
            }
        }
    }

    if (!PyList_Check(obj)) {
        listitems = Py_None;
        Py_INCREF(listitems);
    }
    else if ((listitems = PyObject_GetIter(obj)) == NULL)
        goto end;
    if (!PyDict_Check(obj)) {
        dictitems = Py_None;
        Py_INCREF(dictitems);
    }
    else if ((dictitems = PyObject_CallMethod(obj, "iteritems", "")) == NULL)
        goto end;

    copy_reg = import_copy_reg();
    if (copy_reg == NULL)
        goto end;
    newobj = PyObject_GetAttrString(copy_reg, "__newobj__");
    if (newobj == NULL)
        goto end;

    n = PyTuple_GET_SIZE(args);
    args2 = PyTuple_New(n + 1);
    if (args2 == NULL)
        goto end;
    Py_INCREF(cls);
    PyTuple_SET_ITEM(args2, 0, cls);
    for (i = 0; i < n; i++) {
        PyObject *v = PyTuple_GET_ITEM(args, i);
        Py_INCREF(v);
        PyTuple_SET_ITEM(args2, i + 1, v);
    }
    res = PyTuple_Pack(5, newobj, args2, state, listitems, dictitems);

end:
    Py_XDECREF(cls);
    Py_XDECREF(args);
    Py_XDECREF(args2);
    Py_XDECREF(slots);
    Py_XDECREF(state);
    Py_XDECREF(names);
    Py_XDECREF(listitems);
    Py_XDECREF(dictitems);
    Py_XDECREF(copy_reg);
    Py_XDECREF(newobj);
    return res;
}

static PyObject *
reduce_common(PyObject *self, int proto)
{
    PyObject *copy_reg, *res;

    if (proto >= 2)
        return reduce_protocol2(self);
    copy_reg = import_copy_reg();
    if (copy_reg == NULL)
        return NULL;
    res = PyEval_CallMethod(copy_reg, "_reduce_ex", "(Oi)", self, proto);
    Py_DECREF(copy_reg);
    return res;
}

static PyObject *
object_reduce(PyObject *self, PyObject *args)
{
    int proto = 0;

    if (!PyArg_ParseTuple(args, "|i:__reduce__", &proto))
        return NULL;
    return reduce_common(self, proto);
}

static PyObject *
object_reduce_ex(PyObject *self, PyObject *args)
{
    PyObject *reduce, *cls, *clsreduce, *objreduce, *res;
    int proto = 0, override;

    if (!PyArg_ParseTuple(args, "|i:__reduce_ex__", &proto))
        return NULL;

    /* A class that overrides __reduce__ gets it called instead. */
    reduce = PyObject_GetAttrString(self, "__reduce__");
    if (reduce == NULL)
        PyErr_Clear();
    else {
        cls = PyObject_GetAttrString(self, "__class__");
        if (cls == NULL) {
            Py_DECREF(reduce);
            return NULL;
        }
        clsreduce = PyObject_GetAttrString(cls, "__reduce__");
        Py_DECREF(cls);
        if (clsreduce == NULL) {
            Py_DECREF(reduce);
            return NULL;
        }
        objreduce = PyDict_GetItemString(PyBaseObject_Type.tp_dict,
                                         "__reduce__");
        override = (clsreduce != objreduce);
        Py_DECREF(clsreduce);
        if (override) {
            res = PyObject_CallObject(reduce, NULL);
            Py_DECREF(reduce);
            return res;
        }
        Py_DECREF(reduce);
    }
    return reduce_common(self, proto);
}

static PyMethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, METH_VARARGS,
     "helper for pickle"},
    {"__reduce__", object_reduce, METH_VARARGS,
     "helper for pickle"},
    {0}
};

PyTypeObject PyBaseObject_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                          /* ob_size */
    "object",                                   /* tp_name */
    sizeof(PyObject),                           /* tp_basicsize */
    0,                                          /* tp_itemsize */
    object_dealloc,                             /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    object_repr,                                /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    object_hash,                                /* tp_hash */
    0,                                          /* tp_call */
    object_str,                                 /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    PyObject_GenericSetAttr,                    /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,   /* tp_flags */
    "The most base type",                       /* tp_doc */
    0,                                          /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    object_methods,                             /* tp_methods */
    0,                                          /* tp_members */
    object_getsets,                             /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    object_init,                                /* tp_init */
    PyType_GenericAlloc,                        /* tp_alloc */
    object_new,                                 /* tp_new */
    PyObject_Free,                              /* tp_free */
};

/* ------------------------------------------------------------------ */
/* Filling a type's __dict__ from its C tables                          */

static int
add_methods(PyTypeObject *type, PyMethodDef *meth)
{
    PyObject *dict = type->tp_dict;

    for (; meth->ml_name != NULL; meth++) {
        PyObject *descr;

        if (PyDict_GetItemString(dict, meth->ml_name) &&
            !(meth->ml_flags & METH_COEXIST))
            continue;
        if (meth->ml_flags & METH_CLASS) {
            if (meth->ml_flags & METH_STATIC) {
                PyErr_SetString(PyExc_ValueError,
                                "method cannot be both class and static");
                return -1;
            }
            descr = PyDescr_NewClassMethod(type, meth);
        }
        else if (meth->ml_flags & METH_STATIC) {
            PyObject *cfunc = PyCFunction_New(meth, NULL);
            if (cfunc == NULL)
                return -1;
            descr = PyStaticMethod_New(cfunc);
            Py_DECREF(cfunc);
        }
        else
            descr = PyDescr_NewMethod(type, meth);
        if (descr == NULL)
            return -1;
        if (PyDict_SetItemString(dict, meth->ml_name, descr) < 0) {
            Py_DECREF(descr);
            return -1;
        }
        Py_DECREF(descr);
    }
    return 0;
}

static int
add_members(PyTypeObject *type, PyMemberDef *memb)
{
    PyObject *dict = type->tp_dict;

    for (; memb->name != NULL; memb++) {
        PyObject *descr;
        if (PyDict_GetItemString(dict, memb->name))
            continue;
        descr = PyDescr_NewMember(type, memb);
        if (descr == NULL)
            return -1;
        if (PyDict_SetItemString(dict, memb->name, descr) < 0) {
            Py_DECREF(descr);
            return -1;
        }
        Py_DECREF(descr);
    }
    return 0;
}

static int
add_getset(PyTypeObject *type, PyGetSetDef *gsp)
{
    PyObject *dict = type->tp_dict;

    for (; gsp->name != NULL; gsp++) {
        PyObject *descr;
        if (PyDict_GetItemString(dict, gsp->name))
            continue;
        descr = PyDescr_NewGetSet(type, gsp);
        if (descr == NULL)
            return -1;
        if (PyDict_SetItemString(dict, gsp->name, descr) < 0) {
            Py_DECREF(descr);
            return -1;
        }
        Py_DECREF(descr);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Inheritance of slots                                                 */

/* Flags and non-function fields taken from the dominant base. */
static void
inherit_special(PyTypeObject *type, PyTypeObject *base)
{
    /* Some feature flags only mean something together with the
       structure they describe. */
    if (!type->tp_as_buffer && base->tp_as_buffer) {
        type->tp_flags &= ~Py_TPFLAGS_HAVE_GETCHARBUFFER;
        type->tp_flags |= base->tp_flags & Py_TPFLAGS_HAVE_GETCHARBUFFER;
    }
    if (!type->tp_as_sequence && base->tp_as_sequence) {
        type->tp_flags &= ~Py_TPFLAGS_HAVE_SEQUENCE_IN;
        type->tp_flags |= base->tp_flags & Py_TPFLAGS_HAVE_SEQUENCE_IN;
    }
    if ((type->tp_flags & Py_TPFLAGS_HAVE_INPLACEOPS) !=
        (base->tp_flags & Py_TPFLAGS_HAVE_INPLACEOPS)) {
        if ((!type->tp_as_number && base->tp_as_number) ||
            (!type->tp_as_sequence && base->tp_as_sequence)) {
            type->tp_flags &= ~Py_TPFLAGS_HAVE_INPLACEOPS;
            if (!type->tp_as_number && !type->tp_as_sequence)
                type->tp_flags |= base->tp_flags &
                                  Py_TPFLAGS_HAVE_INPLACEOPS;
        }
    }
    if (!type->tp_as_number && base->tp_as_number) {
        type->tp_flags &= ~Py_TPFLAGS_CHECKTYPES;
        type->tp_flags |= base->tp_flags & Py_TPFLAGS_CHECKTYPES;
    }

    /* A type without GC functions of its own inherits the base's GC. */
    if (!(type->tp_flags & Py_TPFLAGS_HAVE_GC) &&
        (base->tp_flags & Py_TPFLAGS_HAVE_GC) &&
        type->tp_traverse == NULL && type->tp_clear == NULL) {
        type->tp_flags |= Py_TPFLAGS_HAVE_GC;
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    if (type->tp_flags & base->tp_flags & Py_TPFLAGS_HAVE_CLASS) {
        /* Static types deriving directly from object do not become
           instantiable by accident (object.__new__ knows nothing of
           their invariants); everything else inherits tp_new. */
        if (base != &PyBaseObject_Type ||
            (type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
            if (type->tp_new == NULL)
                type->tp_new = base->tp_new;
        }
    }
    if (type->tp_basicsize == 0)
        type->tp_basicsize = base->tp_basicsize;
    if (type->tp_itemsize == 0)
        type->tp_itemsize = base->tp_itemsize;
    if (type->tp_flags & base->tp_flags & Py_TPFLAGS_HAVE_WEAKREFS) {
        if (type->tp_weaklistoffset == 0)
            type->tp_weaklistoffset = base->tp_weaklistoffset;
    }
    if (type->tp_flags & base->tp_flags & Py_TPFLAGS_HAVE_CLASS) {
        if (type->tp_dictoffset == 0)
            type->tp_dictoffset = base->tp_dictoffset;
    }
}

/* Copy a slot from base unless type has one, or base merely inherited
   it from its own base (that one comes later in the MRO walk). */
#define INHERIT(type_field, base_field, basebase_field)                 \
    do {                                                                \
        if (!(type_field) && (base_field) &&                            \
            (basebase == NULL || (base_field) != (basebase_field)))     \
            (type_field) = (base_field);                                \
    } while (0)

#define NB(f) INHERIT(type->tp_as_number->f, base->tp_as_number->f, \
                      basebase->tp_as_number->f)
#define SQ(f) INHERIT(type->tp_as_sequence->f, base->tp_as_sequence->f, \
                      basebase->tp_as_sequence->f)
#define MP(f) INHERIT(type->tp_as_mapping->f, base->tp_as_mapping->f, \
                      basebase->tp_as_mapping->f)
#define BF(f) INHERIT(type->tp_as_buffer->f, base->tp_as_buffer->f, \
                      basebase->tp_as_buffer->f)
#define TP(f) INHERIT(type->f, base->f, basebase->f)

static void
inherit_slots(PyTypeObject *type, PyTypeObject *base)
{
    PyTypeObject *basebase;

    if (type->tp_as_number != NULL && base->tp_as_number != NULL) {
        basebase = base->tp_base;
        if (basebase != NULL && basebase->tp_as_number == NULL)
            basebase = NULL;
        NB(nb_add); NB(nb_subtract); NB(nb_multiply); NB(nb_divide);
        NB(nb_remainder); NB(nb_divmod); NB(nb_power); NB(nb_negative);
        NB(nb_positive); NB(nb_absolute); NB(nb_nonzero); NB(nb_invert);
        NB(nb_lshift); NB(nb_rshift); NB(nb_and); NB(nb_xor); NB(nb_or);
        NB(nb_coerce); NB(nb_int); NB(nb_long); NB(nb_float); NB(nb_oct);
        NB(nb_hex);
        if (base->tp_flags & Py_TPFLAGS_HAVE_INPLACEOPS) {
            NB(nb_inplace_add); NB(nb_inplace_subtract);
            NB(nb_inplace_multiply); NB(nb_inplace_divide);
            NB(nb_inplace_remainder); NB(nb_inplace_power);
            NB(nb_inplace_lshift); NB(nb_inplace_rshift);
            NB(nb_inplace_and); NB(nb_inplace_xor); NB(nb_inplace_or);
        }
        if (base->tp_flags & Py_TPFLAGS_HAVE_CLASS) {
            NB(nb_true_divide); NB(nb_floor_divide);
            NB(nb_inplace_true_divide); NB(nb_inplace_floor_divide);
        }
        if (base->tp_flags & Py_TPFLAGS_HAVE_INDEX) {
            NB(nb_index);
        }
    }

    if (type->tp_as_sequence != NULL && base->tp_as_sequence != NULL) {
        basebase = base->tp_base;
        if (basebase != NULL && basebase->tp_as_sequence == NULL)
            basebase = NULL;
        SQ(sq_length); SQ(sq_concat); SQ(sq_repeat); SQ(sq_item);
        SQ(sq_slice); SQ(sq_ass_item); SQ(sq_ass_slice); SQ(sq_contains);
        SQ(sq_inplace_concat); SQ(sq_inplace_repeat);
    }

    if (type->tp_as_mapping != NULL && base->tp_as_mapping != NULL) {
        basebase = base->tp_base;
        if (basebase != NULL && basebase->tp_as_mapping == NULL)
            basebase = NULL;
        MP(mp_length); MP(mp_subscript); MP(mp_ass_subscript);
    }

    if (type->tp_as_buffer != NULL && base->tp_as_buffer != NULL) {
        basebase = base->tp_base;
        if (basebase != NULL && basebase->tp_as_buffer == NULL)
            basebase = NULL;
        BF(bf_getreadbuffer); BF(bf_getwritebuffer);
        BF(bf_getsegcount); BF(bf_getcharbuffer);
    }

    basebase = base->tp_base;

    TP(tp_dealloc);
    TP(tp_print);
    if (type->tp_getattr == NULL && type->tp_getattro == NULL) {
        type->tp_getattr = base->tp_getattr;
        type->tp_getattro = base->tp_getattro;
    }
    if (type->tp_setattr == NULL && type->tp_setattro == NULL) {
        type->tp_setattr = base->tp_setattr;
        type->tp_setattro = base->tp_setattro;
    }
    TP(tp_repr);
    TP(tp_call);
    TP(tp_str);
    /* Comparison and hashing go together: a type that defines any of
       them gets none of the others from its base. */
    if (type->tp_flags & base->tp_flags & Py_TPFLAGS_HAVE_RICHCOMPARE) {
        if (type->tp_compare == NULL && type->tp_richcompare == NULL &&
            type->tp_hash == NULL) {
            type->tp_compare = base->tp_compare;
            type->tp_richcompare = base->tp_richcompare;
            type->tp_hash = base->tp_hash;
        }
    }
    else {
        TP(tp_compare);
    }
    if (type->tp_flags & base->tp_flags & Py_TPFLAGS_HAVE_ITER) {
        TP(tp_iter);
        TP(tp_iternext);
    }
    if (type->tp_flags & base->tp_flags & Py_TPFLAGS_HAVE_CLASS) {
        TP(tp_descr_get);
        TP(tp_descr_set);
        TP(tp_dictoffset);
        TP(tp_init);
        TP(tp_alloc);
        TP(tp_is_gc);
        if ((type->tp_flags & Py_TPFLAGS_HAVE_GC) ==
            (base->tp_flags & Py_TPFLAGS_HAVE_GC)) {
            TP(tp_free);
        }
        else if ((type->tp_flags & Py_TPFLAGS_HAVE_GC) &&
                 type->tp_free == NULL && base->tp_free == PyObject_Free) {
            /* The type added GC to a base using the plain free. */
            type->tp_free = PyObject_GC_Del;
        }
    }
}

#undef NB
#undef SQ
#undef MP
#undef BF
#undef TP
#undef INHERIT

static int add_operators(PyTypeObject *);

static int
type_ready_body(PyTypeObject *type)
{
    PyTypeObject *base;
    PyObject *bases, *dict, *mro;
    Py_ssize_t i, n;

    /* Everything but object derives from object by default. */
    base = type->tp_base;
    if (base == NULL && type != &PyBaseObject_Type) {
        base = type->tp_base = &PyBaseObject_Type;
        Py_INCREF(base);
    }
    if (base != NULL && base->tp_dict == NULL && PyType_Ready(base) < 0)
        return -1;
    /* Extensions may leave ob_type NULL for portability. */
    if (type->ob_type == NULL && base != NULL)
        type->ob_type = base->ob_type;

    bases = type->tp_bases;
    if (bases == NULL) {
        if (base == NULL)
            bases = PyTuple_New(0);
        else
            bases = PyTuple_Pack(1, (PyObject *)base);
        if (bases == NULL)
            return -1;
        type->tp_bases = bases;
    }

    dict = type->tp_dict;
    if (dict == NULL) {
        dict = PyDict_New();
        if (dict == NULL)
            return -1;
        type->tp_dict = dict;
    }
    _PyDict_MarkTypeDict(dict);

    if (add_operators(type) < 0)
        return -1;
    if (type->tp_methods != NULL && add_methods(type, type->tp_methods) < 0)
        return -1;
    if (type->tp_members != NULL && add_members(type, type->tp_members) < 0)
        return -1;
    if (type->tp_getset != NULL && add_getset(type, type->tp_getset) < 0)
        return -1;

    if (mro_internal(type) < 0)
        return -1;

    if (type->tp_base != NULL)
        inherit_special(type, type->tp_base);
    mro = type->tp_mro;
    n = PyTuple_GET_SIZE(mro);
    for (i = 1; i < n; i++) {
        PyObject *b = PyTuple_GET_ITEM(mro, i);
        if (PyType_Check(b))
            inherit_slots(type, (PyTypeObject *)b);
    }

    if (PyType_IS_GC(type) && (type->tp_flags & Py_TPFLAGS_BASETYPE) &&
        (type->tp_free == NULL || type->tp_free == PyObject_Free)) {
        PyErr_Format(PyExc_TypeError,
                     "type '%.100s' participates in gc and is a base type "
                     "but has inappropriate tp_free slot", type->tp_name);
        return -1;
    }

    if (PyDict_GetItemString(type->tp_dict, "__doc__") == NULL) {
        if (type->tp_doc != NULL) {
            PyObject *doc = PyString_FromString(type->tp_doc);
            if (doc == NULL)
                return -1;
            if (PyDict_SetItemString(type->tp_dict, "__doc__", doc) < 0) {
                Py_DECREF(doc);
                return -1;
            }
            Py_DECREF(doc);
        }
        else if (PyDict_SetItemString(type->tp_dict, "__doc__",
                                      Py_None) < 0)
            return -1;
    }

    /* Share the base's method tables when we have none. */
    base = type->tp_base;
    if (base != NULL) {
        if (type->tp_as_number == NULL)
            type->tp_as_number = base->tp_as_number;
        if (type->tp_as_sequence == NULL)
            type->tp_as_sequence = base->tp_as_sequence;
        if (type->tp_as_mapping == NULL)
            type->tp_as_mapping = base->tp_as_mapping;
        if (type->tp_as_buffer == NULL)
            type->tp_as_buffer = base->tp_as_buffer;
    }

    bases = type->tp_bases;
    for (i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(bases, i);
        if (PyType_Check(b) && add_subclass((PyTypeObject *)b, type) < 0)
            return -1;
    }
    return 0;
}

int
PyType_Ready(PyTypeObject *type)
{
    int result;
    int is_static;

    if (type->tp_flags & Py_TPFLAGS_READY)
        return 0;
    if (type->tp_flags & Py_TPFLAGS_READYING) {
        PyErr_Format(PyExc_SystemError,
                     "type '%.100s' is being readied recursively",
                     type->tp_name);
        return -1;
    }
    init_slotdefs();
    type->tp_flags |= Py_TPFLAGS_READYING;

    /* A static type is shared by every interpreter of the process: what
       hangs on it (its dict, descriptors, MRO) belongs to no sandbox. */
    is_static = !(type->tp_flags & Py_TPFLAGS_HEAPTYPE);
    WITH_PROCESS_ACCOUNT(is_static, result = type_ready_body(type));

    if (result < 0) {
        type->tp_flags &= ~Py_TPFLAGS_READYING;
        return -1;
    }
    type->tp_flags = (type->tp_flags & ~Py_TPFLAGS_READYING) |
                     Py_TPFLAGS_READY;
    return 0;
}

/* tp_subclasses: a list of weak references.  The list of a static type
   lives on the process account. */
static int
add_subclass_body(PyTypeObject *base, PyTypeObject *type)
{
    PyObject *list = base->tp_subclasses, *ref;
    Py_ssize_t i;
    int result;

    if (list == NULL) {
        base->tp_subclasses = list = PyList_New(0);
        if (list == NULL)
            return -1;
    }
    ref = PyWeakref_NewRef((PyObject *)type, NULL);
    if (ref == NULL)
        return -1;
    /* Reuse the place of a dead entry if there is one. */
    for (i = PyList_GET_SIZE(list); --i >= 0; ) {
        if (PyWeakref_GET_OBJECT(PyList_GET_ITEM(list, i)) == Py_None)
            return PyList_SetItem(list, i, ref);
    }
    result = PyList_Append(list, ref);
    Py_DECREF(ref);
    return result;
}

static int
add_subclass(PyTypeObject *base, PyTypeObject *type)
{
    int result;
    int is_static = !(base->tp_flags & Py_TPFLAGS_HEAPTYPE);

    WITH_PROCESS_ACCOUNT(is_static, result = add_subclass_body(base, type));
    return result;
}

static void
remove_subclass(PyTypeObject *base, PyTypeObject *type)
{
    PyObject *list = base->tp_subclasses;
    Py_ssize_t i;
    int is_static = !(base->tp_flags & Py_TPFLAGS_HEAPTYPE);

    if (list == NULL || !PyList_Check(list))
        return;
    for (i = PyList_GET_SIZE(list); --i >= 0; ) {
        PyObject *ref = PyList_GET_ITEM(list, i);
        /* (the raw referent: type may be being deallocated) */
        if (((PyWeakReference *)ref)->wr_object == (PyObject *)type) {
            WITH_PROCESS_ACCOUNT(is_static,
                                 PyList_SetSlice(list, i, i + 1, NULL));
            return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Wrappers: calling a C slot from Python (int.__add__ and friends)     */

static int
check_num_args(PyObject *args, int n)
{
    if (!PyTuple_CheckExact(args)) {
        PyErr_SetString(PyExc_SystemError,
                        "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    if (PyTuple_GET_SIZE(args) == n)
        return 1;
    PyErr_Format(PyExc_TypeError, "expected %d arguments, got %zd",
                 n, PyTuple_GET_SIZE(args));
    return 0;
}

static PyObject *
wrap_lenfunc(PyObject *self, PyObject *args, void *wrapped)
{
    Py_ssize_t res;

    if (!check_num_args(args, 0))
        return NULL;
    res = ((lenfunc)wrapped)(self);
    if (res == -1 && PyErr_Occurred())
        return NULL;
    return PyInt_FromSsize_t(res);
}

static PyObject *
wrap_inquirypred(PyObject *self, PyObject *args, void *wrapped)
{
    int res;

    if (!check_num_args(args, 0))
        return NULL;
    res = ((inquiry)wrapped)(self);
    if (res == -1 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong((long)res);
}

static PyObject *
wrap_binaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((binaryfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
}

/* Left/right operand wrappers of numeric slots: a type that does not
   accept foreign operands says NotImplemented for them. */
static int
operand_accepted(PyObject *self, PyObject *other)
{
    return (self->ob_type->tp_flags & Py_TPFLAGS_CHECKTYPES) ||
           PyType_IsSubtype(other->ob_type, self->ob_type);
}

static PyObject *
wrap_binaryfunc_l(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other;

    if (!check_num_args(args, 1))
        return NULL;
    other = PyTuple_GET_ITEM(args, 0);
    if (!operand_accepted(self, other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return ((binaryfunc)wrapped)(self, other);
}

static PyObject *
wrap_binaryfunc_r(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other;

    if (!check_num_args(args, 1))
        return NULL;
    other = PyTuple_GET_ITEM(args, 0);
    if (!operand_accepted(self, other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return ((binaryfunc)wrapped)(other, self);
}

static PyObject *
wrap_coercefunc(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other, *res;
    int ok;

    if (!check_num_args(args, 1))
        return NULL;
    other = PyTuple_GET_ITEM(args, 0);
    ok = ((coercion)wrapped)(&self, &other);
    if (ok < 0)
        return NULL;
    if (ok > 0) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    /* self and other are new references now. */
    res = PyTuple_New(2);
    if (res == NULL) {
        Py_DECREF(self);
        Py_DECREF(other);
        return NULL;
    }
    PyTuple_SET_ITEM(res, 0, self);
    PyTuple_SET_ITEM(res, 1, other);
    return res;
}

static PyObject *
wrap_ternaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other, *third = Py_None;

    if (!PyArg_UnpackTuple(args, "", 1, 2, &other, &third))
        return NULL;
    return ((ternaryfunc)wrapped)(self, other, third);
}

static PyObject *
wrap_ternaryfunc_r(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other, *third = Py_None;

    if (!PyArg_UnpackTuple(args, "", 1, 2, &other, &third))
        return NULL;
    return ((ternaryfunc)wrapped)(other, self, third);
}

static PyObject *
wrap_unaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    return ((unaryfunc)wrapped)(self);
}

static PyObject *
wrap_indexargfunc(PyObject *self, PyObject *args, void *wrapped)
{
    Py_ssize_t i;

    if (!check_num_args(args, 1))
        return NULL;
    i = PyNumber_AsSsize_t(PyTuple_GET_ITEM(args, 0), PyExc_OverflowError);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return ((ssizeargfunc)wrapped)(self, i);
}

/* An index argument, negative values counted from the end. */
static Py_ssize_t
getindex(PyObject *self, PyObject *arg)
{
    Py_ssize_t i = PyNumber_AsSsize_t(arg, PyExc_OverflowError);

    if (i == -1 && PyErr_Occurred())
        return -1;
    if (i < 0) {
        PySequenceMethods *sq = self->ob_type->tp_as_sequence;
        if (sq != NULL && sq->sq_length != NULL) {
            Py_ssize_t n = sq->sq_length(self);
            if (n < 0)
                return -1;
            i += n;
        }
    }
    return i;
}

static PyObject *
wrap_sq_item(PyObject *self, PyObject *args, void *wrapped)
{
    Py_ssize_t i;

    if (!check_num_args(args, 1))
        return NULL;
    i = getindex(self, PyTuple_GET_ITEM(args, 0));
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return ((ssizeargfunc)wrapped)(self, i);
}

static PyObject *
wrap_ssizessizeargfunc(PyObject *self, PyObject *args, void *wrapped)
{
    Py_ssize_t i, j;

    if (!PyArg_ParseTuple(args, "nn", &i, &j))
        return NULL;
    return ((ssizessizeargfunc)wrapped)(self, i, j);
}

static PyObject *
none_or_error(int res)
{
    if (res == -1 && PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_sq_setitem(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *arg, *value;
    Py_ssize_t i;

    if (!PyArg_UnpackTuple(args, "", 2, 2, &arg, &value))
        return NULL;
    i = getindex(self, arg);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return none_or_error(((ssizeobjargproc)wrapped)(self, i, value));
}

static PyObject *
wrap_sq_delitem(PyObject *self, PyObject *args, void *wrapped)
{
    Py_ssize_t i;

    if (!check_num_args(args, 1))
        return NULL;
    i = getindex(self, PyTuple_GET_ITEM(args, 0));
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return none_or_error(((ssizeobjargproc)wrapped)(self, i, NULL));
}

static PyObject *
wrap_ssizessizeobjargproc(PyObject *self, PyObject *args, void *wrapped)
{
    Py_ssize_t i, j;
    PyObject *value;

    if (!PyArg_ParseTuple(args, "nnO", &i, &j, &value))
        return NULL;
    return none_or_error(((ssizessizeobjargproc)wrapped)(self, i, j, value));
}

static PyObject *
wrap_delslice(PyObject *self, PyObject *args, void *wrapped)
{
    Py_ssize_t i, j;

    if (!PyArg_ParseTuple(args, "nn", &i, &j))
        return NULL;
    return none_or_error(((ssizessizeobjargproc)wrapped)(self, i, j, NULL));
}

static PyObject *
wrap_objobjproc(PyObject *self, PyObject *args, void *wrapped)
{
    int res;

    if (!check_num_args(args, 1))
        return NULL;
    res = ((objobjproc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
    if (res == -1 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong((long)res);
}

static PyObject *
wrap_objobjargproc(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *key, *value;

    if (!PyArg_UnpackTuple(args, "", 2, 2, &key, &value))
        return NULL;
    return none_or_error(((objobjargproc)wrapped)(self, key, value));
}

static PyObject *
wrap_delitem(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return none_or_error(((objobjargproc)wrapped)(self,
                                                  PyTuple_GET_ITEM(args, 0),
                                                  NULL));
}

static PyObject *
wrap_cmpfunc(PyObject *self, PyObject *args, void *wrapped)
{
    cmpfunc func = (cmpfunc)wrapped;
    PyObject *other;
    int res;

    if (!check_num_args(args, 1))
        return NULL;
    other = PyTuple_GET_ITEM(args, 0);
    if (other->ob_type->tp_compare != func &&
        !PyType_IsSubtype(other->ob_type, self->ob_type)) {
        PyErr_Format(PyExc_TypeError,
                     "%s.__cmp__(x,y) requires y to be a '%s', not a '%s'",
                     self->ob_type->tp_name, self->ob_type->tp_name,
                     other->ob_type->tp_name);
        return NULL;
    }
    res = func(self, other);
    if (PyErr_Occurred())
        return NULL;
    return PyInt_FromLong((long)res);
}

/* object.__setattr__ and friends may only be applied to objects whose
   closest static base uses that very function: this keeps e.g.
   object.__setattr__(int, ...) from bypassing type's own checks. */
static int
setattr_applies(PyObject *self, setattrofunc func, const char *what)
{
    PyTypeObject *type = self->ob_type;

    while (type != NULL && (type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        type = type->tp_base;
    if (type != NULL && type->tp_setattro != func) {
        PyErr_Format(PyExc_TypeError, "can't apply this %s to %s object",
                     what, type->tp_name);
        return 0;
    }
    return 1;
}

static PyObject *
wrap_setattr(PyObject *self, PyObject *args, void *wrapped)
{
    setattrofunc func = (setattrofunc)wrapped;
    PyObject *name, *value;

    if (!PyArg_UnpackTuple(args, "", 2, 2, &name, &value))
        return NULL;
    if (!setattr_applies(self, func, "__setattr__"))
        return NULL;
    return none_or_error(func(self, name, value));
}

static PyObject *
wrap_delattr(PyObject *self, PyObject *args, void *wrapped)
{
    setattrofunc func = (setattrofunc)wrapped;

    if (!check_num_args(args, 1))
        return NULL;
    if (!setattr_applies(self, func, "__delattr__"))
        return NULL;
    return none_or_error(func(self, PyTuple_GET_ITEM(args, 0), NULL));
}

static PyObject *
wrap_hashfunc(PyObject *self, PyObject *args, void *wrapped)
{
    long res;

    if (!check_num_args(args, 0))
        return NULL;
    res = ((hashfunc)wrapped)(self);
    if (res == -1 && PyErr_Occurred())
        return NULL;
    return PyInt_FromLong(res);
}

static PyObject *
wrap_call(PyObject *self, PyObject *args, void *wrapped, PyObject *kwds)
{
    return ((ternaryfunc)wrapped)(self, args, kwds);
}

static PyObject *
wrap_richcmp(PyObject *self, PyObject *args, void *wrapped, int op)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((richcmpfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), op);
}

#define RICHCMP_WRAPPER(NAME, OP)                                       \
static PyObject *                                                       \
richcmp_##NAME(PyObject *self, PyObject *args, void *wrapped)           \
{                                                                       \
    return wrap_richcmp(self, args, wrapped, OP);                       \
}

RICHCMP_WRAPPER(lt, Py_LT)
RICHCMP_WRAPPER(le, Py_LE)
RICHCMP_WRAPPER(eq, Py_EQ)
RICHCMP_WRAPPER(ne, Py_NE)
RICHCMP_WRAPPER(gt, Py_GT)
RICHCMP_WRAPPER(ge, Py_GE)

static PyObject *
wrap_next(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *res;

    if (!check_num_args(args, 0))
        return NULL;
    res = ((iternextfunc)wrapped)(self);
    if (res == NULL && !PyErr_Occurred())
        PyErr_SetNone(PyExc_StopIteration);
    return res;
}

static PyObject *
wrap_descr_get(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *obj, *type = NULL;

    if (!PyArg_UnpackTuple(args, "", 1, 2, &obj, &type))
        return NULL;
    if (obj == Py_None)
        obj = NULL;
    if (type == Py_None)
        type = NULL;
    if (type == NULL && obj == NULL) {
        PyErr_SetString(PyExc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return ((descrgetfunc)wrapped)(self, obj, type);
}

static PyObject *
wrap_descr_set(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *obj, *value;

    if (!PyArg_UnpackTuple(args, "", 2, 2, &obj, &value))
        return NULL;
    return none_or_error(((descrsetfunc)wrapped)(self, obj, value));
}

static PyObject *
wrap_descr_delete(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return none_or_error(((descrsetfunc)wrapped)(self,
                                                 PyTuple_GET_ITEM(args, 0),
                                                 NULL));
}

static PyObject *
wrap_init(PyObject *self, PyObject *args, void *wrapped, PyObject *kwds)
{
    if (((initproc)wrapped)(self, args, kwds) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* T.__new__(S, ...): the C-level constructor of T applied to subtype S.
   'self' is T. */
static PyObject *
tp_new_wrapper(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyTypeObject *type, *subtype, *staticbase;
    PyObject *arg0, *rest, *res;

    if (!PyType_Check(self)) {
        PyErr_SetString(PyExc_SystemError,
                        "__new__() called with non-type 'self'");
        return NULL;
    }
    type = (PyTypeObject *)self;
    if (!PyTuple_Check(args) || PyTuple_GET_SIZE(args) < 1) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(): not enough arguments",
                     type->tp_name);
        return NULL;
    }
    arg0 = PyTuple_GET_ITEM(args, 0);
    if (!PyType_Check(arg0)) {
        PyErr_Format(PyExc_TypeError,
                     "%s.__new__(X): X is not a type object (%s)",
                     type->tp_name, arg0->ob_type->tp_name);
        return NULL;
    }
    subtype = (PyTypeObject *)arg0;
    if (!PyType_IsSubtype(subtype, type)) {
        PyErr_Format(PyExc_TypeError,
                     "%s.__new__(%s): %s is not a subtype of %s",
                     type->tp_name, subtype->tp_name, subtype->tp_name,
                     type->tp_name);
        return NULL;
    }
    /* The C constructor must be the one of the most derived static base
       of subtype, or the instance's C layout would be wrong. */
    staticbase = subtype;
    while (staticbase != NULL &&
           (staticbase->tp_flags & Py_TPFLAGS_HEAPTYPE))
        staticbase = staticbase->tp_base;
    if (staticbase != NULL && staticbase->tp_new != type->tp_new) {
        PyErr_Format(PyExc_TypeError,
                     "%s.__new__(%s) is not safe, use %s.__new__()",
                     type->tp_name, subtype->tp_name, staticbase->tp_name);
        return NULL;
    }
    rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL)
        return NULL;
    res = type->tp_new(subtype, rest, kwds);
    Py_DECREF(rest);
    return res;
}

static PyMethodDef tp_new_methoddef[] = {
    {"__new__", (PyCFunction)tp_new_wrapper, METH_VARARGS | METH_KEYWORDS,
     "T.__new__(S, ...) -> a new object with type S, a subtype of T"},
    {0}
};

static int
add_tp_new_wrapper(PyTypeObject *type)
{
    PyObject *func;

    if (PyDict_GetItemString(type->tp_dict, "__new__") != NULL)
        return 0;
    func = PyCFunction_New(tp_new_methoddef, (PyObject *)type);
    if (func == NULL)
        return -1;
    if (PyDict_SetItemString(type->tp_dict, "__new__", func) < 0) {
        Py_DECREF(func);
        return -1;
    }
    Py_DECREF(func);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Slot functions: calling Python special methods from C slots          */

enum special_name {
    SN_len, SN_getitem, SN_getslice, SN_setitem, SN_delitem, SN_setslice,
    SN_delslice, SN_contains, SN_nonzero, SN_coerce, SN_pow, SN_rpow,
    SN_index, SN_repr, SN_str, SN_hash, SN_eq, SN_cmp, SN_call,
    SN_getattribute, SN_getattr, SN_setattr, SN_delattr, SN_iter, SN_next,
    SN_get, SN_set, SN_delete, SN_init, SN_new, SN_del,
    SN_lt, SN_le, SN_ne, SN_gt, SN_ge,
    SN_add, SN_radd, SN_sub, SN_rsub, SN_mul, SN_rmul, SN_div, SN_rdiv,
    SN_mod, SN_rmod, SN_divmod, SN_rdivmod, SN_lshift, SN_rlshift,
    SN_rshift, SN_rrshift, SN_and, SN_rand, SN_xor, SN_rxor, SN_or, SN_ror,
    SN_floordiv, SN_rfloordiv, SN_truediv, SN_rtruediv,
    SN_neg, SN_pos, SN_abs, SN_invert, SN_int, SN_long, SN_float, SN_oct,
    SN_hex,
    SN_iadd, SN_isub, SN_imul, SN_idiv, SN_imod, SN_ipow, SN_ilshift,
    SN_irshift, SN_iand, SN_ixor, SN_ior, SN_ifloordiv, SN_itruediv,
    SN_COUNT
};

static const char *const special_strs[SN_COUNT] = {
    [SN_len] = "__len__", [SN_getitem] = "__getitem__",
    [SN_getslice] = "__getslice__", [SN_setitem] = "__setitem__",
    [SN_delitem] = "__delitem__", [SN_setslice] = "__setslice__",
    [SN_delslice] = "__delslice__", [SN_contains] = "__contains__",
    [SN_nonzero] = "__nonzero__", [SN_coerce] = "__coerce__",
    [SN_pow] = "__pow__", [SN_rpow] = "__rpow__", [SN_index] = "__index__",
    [SN_repr] = "__repr__", [SN_str] = "__str__", [SN_hash] = "__hash__",
    [SN_eq] = "__eq__", [SN_cmp] = "__cmp__", [SN_call] = "__call__",
    [SN_getattribute] = "__getattribute__", [SN_getattr] = "__getattr__",
    [SN_setattr] = "__setattr__", [SN_delattr] = "__delattr__",
    [SN_iter] = "__iter__", [SN_next] = "next", [SN_get] = "__get__",
    [SN_set] = "__set__", [SN_delete] = "__delete__",
    [SN_init] = "__init__", [SN_new] = "__new__", [SN_del] = "__del__",
    [SN_lt] = "__lt__", [SN_le] = "__le__", [SN_ne] = "__ne__",
    [SN_gt] = "__gt__", [SN_ge] = "__ge__",
    [SN_add] = "__add__", [SN_radd] = "__radd__",
    [SN_sub] = "__sub__", [SN_rsub] = "__rsub__",
    [SN_mul] = "__mul__", [SN_rmul] = "__rmul__",
    [SN_div] = "__div__", [SN_rdiv] = "__rdiv__",
    [SN_mod] = "__mod__", [SN_rmod] = "__rmod__",
    [SN_divmod] = "__divmod__", [SN_rdivmod] = "__rdivmod__",
    [SN_lshift] = "__lshift__", [SN_rlshift] = "__rlshift__",
    [SN_rshift] = "__rshift__", [SN_rrshift] = "__rrshift__",
    [SN_and] = "__and__", [SN_rand] = "__rand__",
    [SN_xor] = "__xor__", [SN_rxor] = "__rxor__",
    [SN_or] = "__or__", [SN_ror] = "__ror__",
    [SN_floordiv] = "__floordiv__", [SN_rfloordiv] = "__rfloordiv__",
    [SN_truediv] = "__truediv__", [SN_rtruediv] = "__rtruediv__",
    [SN_neg] = "__neg__", [SN_pos] = "__pos__", [SN_abs] = "__abs__",
    [SN_invert] = "__invert__", [SN_int] = "__int__",
    [SN_long] = "__long__", [SN_float] = "__float__",
    [SN_oct] = "__oct__", [SN_hex] = "__hex__",
    [SN_iadd] = "__iadd__", [SN_isub] = "__isub__",
    [SN_imul] = "__imul__", [SN_idiv] = "__idiv__",
    [SN_imod] = "__imod__", [SN_ipow] = "__ipow__",
    [SN_ilshift] = "__ilshift__", [SN_irshift] = "__irshift__",
    [SN_iand] = "__iand__", [SN_ixor] = "__ixor__", [SN_ior] = "__ior__",
    [SN_ifloordiv] = "__ifloordiv__", [SN_itruediv] = "__itruediv__",
};

static PyObject *special_cache[SN_COUNT];

static PyObject *
special(int which)
{
    return cached_name(&special_cache[which], special_strs[which]);
}

/* Call the special method of self's type with a tuple of arguments.
   If it is missing: AttributeError, or NotImplemented when 'maybe'. */
static PyObject *
call_special_tuple(PyObject *self, int which, PyObject *args, int maybe)
{
    PyObject *name = special(which), *func, *res;

    if (name == NULL)
        return NULL;
    func = lookup_maybe(self, name);
    if (func == NULL) {
        if (PyErr_Occurred())
            return NULL;
        if (maybe) {
            Py_INCREF(Py_NotImplemented);
            return Py_NotImplemented;
        }
        PyErr_SetObject(PyExc_AttributeError, name);
        return NULL;
    }
    res = PyObject_Call(func, args, NULL);
    Py_DECREF(func);
    return res;
}

/* When the special method is a plain Python function (the usual case
   for a class statement's methods), it is called with self in front of
   the arguments directly: no bound method, no argument tuple.  The
   outcome is the same as binding and calling it. */
static PyObject *
call_function_with_self(PyObject *func, PyObject *self, PyObject **args,
                        Py_ssize_t n)
{
    PyObject *stack[8], *res;
    Py_ssize_t i;

    stack[0] = self;
    for (i = 0; i < n; i++)
        stack[i + 1] = args[i];
    /* the function may drop the last other reference to itself */
    Py_INCREF(func);
    if (Py_EnterRecursiveCall(" in __call__"))
        res = NULL;
    else {
        res = _PyFunction_CallArgs(func, stack, (int)n + 1);
        Py_LeaveRecursiveCall();
    }
    Py_DECREF(func);
    return res;
}

static PyObject *
call_special_n(PyObject *self, int which, int maybe, int n,
               PyObject *a, PyObject *b)
{
    PyObject *args, *res;

    {
        PyObject *name = special(which), *func;
        if (name == NULL)
            return NULL;
        func = _PyType_Lookup(self->ob_type, name);
        if (func != NULL && PyFunction_Check(func)) {
            PyObject *argv[2];
            argv[0] = a;
            argv[1] = b;
            return call_function_with_self(func, self, argv, n);
        }
    }
    if (n == 0)
        args = PyTuple_New(0);
    else if (n == 1)
        args = PyTuple_Pack(1, a);
    else
        args = PyTuple_Pack(2, a, b);
    if (args == NULL)
        return NULL;
    res = call_special_tuple(self, which, args, maybe);
    Py_DECREF(args);
    return res;
}

#define call_method0(s, w) call_special_n((s), (w), 0, 0, NULL, NULL)
#define call_method1(s, w, a) call_special_n((s), (w), 0, 1, (a), NULL)
#define call_method2(s, w, a, b) call_special_n((s), (w), 0, 2, (a), (b))
#define call_maybe1(s, w, a) call_special_n((s), (w), 1, 1, (a), NULL)

/* Call with a Py_ssize_t argument (and optionally a second one and an
   object). */
static PyObject *
call_method_ssize(PyObject *self, int which, Py_ssize_t i, Py_ssize_t j,
                  int nints, PyObject *obj)
{
    PyObject *args, *res;

    if (nints == 1)
        args = obj ? Py_BuildValue("(nO)", i, obj) : Py_BuildValue("(n)", i);
    else
        args = obj ? Py_BuildValue("(nnO)", i, j, obj)
                   : Py_BuildValue("(nn)", i, j);
    if (args == NULL)
        return NULL;
    res = call_special_tuple(self, which, args, 0);
    Py_DECREF(args);
    return res;
}

static int
status_of(PyObject *res)
{
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

/* Does the class of 'right' define 'name' differently from the class of
   'left'?  (Then right's reflected method must be tried first.) */
static int
method_is_overloaded(PyObject *left, PyObject *right, PyObject *name)
{
    PyObject *a, *b;
    int ok;

    a = PyObject_GetAttr((PyObject *)right->ob_type, name);
    if (a == NULL) {
        PyErr_Clear();
        return 0;
    }
    b = PyObject_GetAttr((PyObject *)left->ob_type, name);
    if (b == NULL) {
        PyErr_Clear();
        Py_DECREF(a);
        return 1;
    }
    ok = PyObject_RichCompareBool(a, b, Py_NE);
    Py_DECREF(a);
    Py_DECREF(b);
    if (ok < 0) {
        PyErr_Clear();
        return 0;
    }
    return ok;
}

static int
nb_slot_is(PyObject *o, size_t offset, void *fn)
{
    PyNumberMethods *nb = o->ob_type->tp_as_number;
    return nb != NULL && *(void **)((char *)nb + offset) == fn;
}

/* A binary numeric slot of a class: self.__op__(other), or the reflected
   other.__rop__(self) when other's class also dispatches to Python (a
   subclass that overrides __rop__ goes first). */
static PyObject *
binary_slot(PyObject *self, PyObject *other, size_t offset, void *me,
            int op, int rop)
{
    int do_other = self->ob_type != other->ob_type &&
                   nb_slot_is(other, offset, me);
    PyObject *r;

    if (nb_slot_is(self, offset, me)) {
        if (do_other && PyType_IsSubtype(other->ob_type, self->ob_type)) {
            PyObject *rname = special(rop);
            if (rname == NULL)
                return NULL;
            if (method_is_overloaded(self, other, rname)) {
                r = call_maybe1(other, rop, self);
                if (r != Py_NotImplemented)
                    return r;
                Py_DECREF(r);
                do_other = 0;
            }
        }
        r = call_maybe1(self, op, other);
        if (r != Py_NotImplemented || other->ob_type == self->ob_type)
            return r;
        Py_DECREF(r);
    }
    if (do_other)
        return call_maybe1(other, rop, self);
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

#define BINARY_SLOT(FUNC, SLOT, OP, ROP)                                \
static PyObject *                                                       \
FUNC(PyObject *self, PyObject *other)                                   \
{                                                                       \
    return binary_slot(self, other, offsetof(PyNumberMethods, SLOT),    \
                       (void *)FUNC, OP, ROP);                          \
}

BINARY_SLOT(slot_nb_add, nb_add, SN_add, SN_radd)
BINARY_SLOT(slot_nb_subtract, nb_subtract, SN_sub, SN_rsub)
BINARY_SLOT(slot_nb_multiply, nb_multiply, SN_mul, SN_rmul)
BINARY_SLOT(slot_nb_divide, nb_divide, SN_div, SN_rdiv)
BINARY_SLOT(slot_nb_remainder, nb_remainder, SN_mod, SN_rmod)
BINARY_SLOT(slot_nb_divmod, nb_divmod, SN_divmod, SN_rdivmod)
BINARY_SLOT(slot_nb_lshift, nb_lshift, SN_lshift, SN_rlshift)
BINARY_SLOT(slot_nb_rshift, nb_rshift, SN_rshift, SN_rrshift)
BINARY_SLOT(slot_nb_and, nb_and, SN_and, SN_rand)
BINARY_SLOT(slot_nb_xor, nb_xor, SN_xor, SN_rxor)
BINARY_SLOT(slot_nb_or, nb_or, SN_or, SN_ror)
BINARY_SLOT(slot_nb_floor_divide, nb_floor_divide, SN_floordiv,
            SN_rfloordiv)
BINARY_SLOT(slot_nb_true_divide, nb_true_divide, SN_truediv, SN_rtruediv)

static PyObject *slot_nb_power(PyObject *, PyObject *, PyObject *);

static PyObject *
slot_nb_power(PyObject *self, PyObject *other, PyObject *modulus)
{
    if (modulus == Py_None)
        return binary_slot(self, other, offsetof(PyNumberMethods, nb_power),
                           (void *)slot_nb_power, SN_pow, SN_rpow);
    /* pow(a, b, c) has no reflected form; it may still land here through
       the second operand's slot, hence the check. */
    if (nb_slot_is(self, offsetof(PyNumberMethods, nb_power),
                   (void *)slot_nb_power))
        return call_method2(self, SN_pow, other, modulus);
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

#define UNARY_SLOT(FUNC, WHICH)                                         \
static PyObject *                                                       \
FUNC(PyObject *self)                                                    \
{                                                                       \
    return call_method0(self, WHICH);                                   \
}

UNARY_SLOT(slot_nb_negative, SN_neg)
UNARY_SLOT(slot_nb_positive, SN_pos)
UNARY_SLOT(slot_nb_absolute, SN_abs)
UNARY_SLOT(slot_nb_invert, SN_invert)
UNARY_SLOT(slot_nb_int, SN_int)
UNARY_SLOT(slot_nb_long, SN_long)
UNARY_SLOT(slot_nb_float, SN_float)
UNARY_SLOT(slot_nb_oct, SN_oct)
UNARY_SLOT(slot_nb_hex, SN_hex)
UNARY_SLOT(slot_nb_index, SN_index)
UNARY_SLOT(slot_tp_iternext, SN_next)

#define INPLACE_SLOT(FUNC, WHICH)                                       \
static PyObject *                                                       \
FUNC(PyObject *self, PyObject *other)                                   \
{                                                                       \
    return call_method1(self, WHICH, other);                            \
}

INPLACE_SLOT(slot_nb_inplace_add, SN_iadd)
INPLACE_SLOT(slot_nb_inplace_subtract, SN_isub)
INPLACE_SLOT(slot_nb_inplace_multiply, SN_imul)
INPLACE_SLOT(slot_nb_inplace_divide, SN_idiv)
INPLACE_SLOT(slot_nb_inplace_remainder, SN_imod)
INPLACE_SLOT(slot_nb_inplace_lshift, SN_ilshift)
INPLACE_SLOT(slot_nb_inplace_rshift, SN_irshift)
INPLACE_SLOT(slot_nb_inplace_and, SN_iand)
INPLACE_SLOT(slot_nb_inplace_xor, SN_ixor)
INPLACE_SLOT(slot_nb_inplace_or, SN_ior)
INPLACE_SLOT(slot_nb_inplace_floor_divide, SN_ifloordiv)
INPLACE_SLOT(slot_nb_inplace_true_divide, SN_itruediv)
INPLACE_SLOT(slot_mp_subscript, SN_getitem)
INPLACE_SLOT(slot_tp_getattro, SN_getattribute)

static PyObject *
slot_nb_inplace_power(PyObject *self, PyObject *other, PyObject *modulus)
{
    /* x **= y never has a modulus. */
    return call_method1(self, SN_ipow, other);
}

static int
slot_nb_nonzero(PyObject *self)
{
    PyObject *func, *args, *res;
    int result = -1;
    PyObject *name = special(SN_nonzero);

    if (name == NULL)
        return -1;
    func = lookup_maybe(self, name);
    if (func == NULL) {
        if (PyErr_Occurred())
            return -1;
        name = special(SN_len);
        if (name == NULL)
            return -1;
        func = lookup_maybe(self, name);
        if (func == NULL)
            return PyErr_Occurred() ? -1 : 1;
    }
    args = PyTuple_New(0);
    if (args != NULL) {
        res = PyObject_Call(func, args, NULL);
        Py_DECREF(args);
        if (res != NULL) {
            if (PyInt_CheckExact(res) || PyBool_Check(res))
                result = PyObject_IsTrue(res);
            else
                PyErr_Format(PyExc_TypeError,
                             "__nonzero__ should return bool or int, "
                             "returned %s", res->ob_type->tp_name);
            Py_DECREF(res);
        }
    }
    Py_DECREF(func);
    return result;
}

static int slot_nb_coerce(PyObject **, PyObject **);

/* Accept the 2-tuple __coerce__ returned; 'swap' when it came from the
   right operand. */
static int
take_coerced(PyObject *r, PyObject **a, PyObject **b, int swap)
{
    if (!PyTuple_Check(r) || PyTuple_GET_SIZE(r) != 2) {
        PyErr_SetString(PyExc_TypeError,
                        "__coerce__ didn't return a 2-tuple");
        Py_DECREF(r);
        return -1;
    }
    *a = PyTuple_GET_ITEM(r, swap ? 1 : 0);
    *b = PyTuple_GET_ITEM(r, swap ? 0 : 1);
    Py_INCREF(*a);
    Py_INCREF(*b);
    Py_DECREF(r);
    return 0;
}

static int
slot_nb_coerce(PyObject **a, PyObject **b)
{
    PyObject *self = *a, *other = *b, *r;
    size_t off = offsetof(PyNumberMethods, nb_coerce);

    if (nb_slot_is(self, off, (void *)slot_nb_coerce)) {
        r = call_maybe1(self, SN_coerce, other);
        if (r == NULL)
            return -1;
        if (r != Py_NotImplemented)
            return take_coerced(r, a, b, 0);
        Py_DECREF(r);
    }
    if (nb_slot_is(other, off, (void *)slot_nb_coerce)) {
        r = call_maybe1(other, SN_coerce, self);
        if (r == NULL)
            return -1;
        if (r == Py_NotImplemented) {
            Py_DECREF(r);
            return 1;
        }
        return take_coerced(r, a, b, 1);
    }
    return 1;
}

static Py_ssize_t
slot_sq_length(PyObject *self)
{
    PyObject *res = call_method0(self, SN_len);
    Py_ssize_t len;

    if (res == NULL)
        return -1;
    len = PyInt_AsSsize_t(res);
    Py_DECREF(res);
    if (len < 0) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError,
                            "__len__() should return >= 0");
        return -1;
    }
    return len;
}

static PyObject *
slot_sq_item(PyObject *self, Py_ssize_t i)
{
    return call_method_ssize(self, SN_getitem, i, 0, 1, NULL);
}

static PyObject *
slot_sq_slice(PyObject *self, Py_ssize_t i, Py_ssize_t j)
{
    return call_method_ssize(self, SN_getslice, i, j, 2, NULL);
}

static int
slot_sq_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    if (value == NULL)
        return status_of(call_method_ssize(self, SN_delitem, i, 0, 1, NULL));
    return status_of(call_method_ssize(self, SN_setitem, i, 0, 1, value));
}

static int
slot_sq_ass_slice(PyObject *self, Py_ssize_t i, Py_ssize_t j,
                  PyObject *value)
{
    if (value == NULL)
        return status_of(call_method_ssize(self, SN_delslice, i, j, 2,
                                           NULL));
    return status_of(call_method_ssize(self, SN_setslice, i, j, 2, value));
}

static int
slot_sq_contains(PyObject *self, PyObject *value)
{
    PyObject *name = special(SN_contains), *func, *res;
    int result = -1;

    if (name == NULL)
        return -1;
    func = lookup_maybe(self, name);
    if (func != NULL) {
        PyObject *args = PyTuple_Pack(1, value);
        if (args == NULL)
            res = NULL;
        else {
            res = PyObject_Call(func, args, NULL);
            Py_DECREF(args);
        }
        Py_DECREF(func);
        if (res != NULL) {
            result = PyObject_IsTrue(res);
            Py_DECREF(res);
        }
    }
    else if (!PyErr_Occurred())
        result = (int)_PySequence_IterSearch(self, value,
                                             PY_ITERSEARCH_CONTAINS);
    return result;
}

static int
slot_mp_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    if (value == NULL)
        return status_of(call_method1(self, SN_delitem, key));
    return status_of(call_method2(self, SN_setitem, key, value));
}

static PyObject *
slot_tp_repr(PyObject *self)
{
    PyObject *func = lookup_method(self, special(SN_repr)), *res;

    if (func != NULL) {
        res = PyEval_CallObject(func, NULL);
        Py_DECREF(func);
        return res;
    }
    PyErr_Clear();
    return PyString_FromFormat("<%s object at %p>",
                               self->ob_type->tp_name, self);
}

static PyObject *
slot_tp_str(PyObject *self)
{
    PyObject *func = lookup_method(self, special(SN_str)), *res;

    if (func != NULL) {
        res = PyEval_CallObject(func, NULL);
        Py_DECREF(func);
        return res;
    }
    PyErr_Clear();
    return slot_tp_repr(self);
}

static long
slot_tp_hash(PyObject *self)
{
    PyObject *func;
    long h;

    func = lookup_method(self, special(SN_hash));
    if (func != NULL) {
        PyObject *res = PyEval_CallObject(func, NULL);
        Py_DECREF(func);
        if (res == NULL)
            return -1;
        if (PyLong_Check(res))
            h = PyLong_Type.tp_hash(res);
        else
            h = PyInt_AsLong(res);
        Py_DECREF(res);
    }
    else {
        /* No __hash__: only hashable by identity if equality is too. */
        PyErr_Clear();
        func = lookup_method(self, special(SN_eq));
        if (func == NULL) {
            PyErr_Clear();
            func = lookup_method(self, special(SN_cmp));
        }
        if (func != NULL) {
            Py_DECREF(func);
            PyErr_Format(PyExc_TypeError, "unhashable type: '%.200s'",
                         self->ob_type->tp_name);
            return -1;
        }
        PyErr_Clear();
        h = _Py_HashPointer((void *)self);
    }
    if (h == -1 && !PyErr_Occurred())
        h = -2;
    return h;
}

static PyObject *
slot_tp_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *meth = lookup_method(self, special(SN_call)), *res;

    if (meth == NULL)
        return NULL;
    res = PyObject_Call(meth, args, kwds);
    Py_DECREF(meth);
    return res;
}

/* __getattribute__ plus a __getattr__ fallback for AttributeError. */
static PyObject *
slot_tp_getattr_hook(PyObject *self, PyObject *name)
{
    PyTypeObject *tp = self->ob_type;
    PyObject *getattr, *getattribute, *res;
    PyObject *ga_name = special(SN_getattr);
    PyObject *gab_name = special(SN_getattribute);

    if (ga_name == NULL || gab_name == NULL)
        return NULL;
    getattr = _PyType_Lookup(tp, ga_name);
    if (getattr == NULL) {
        /* __getattr__ went away: stop paying for the hook. */
        tp->tp_getattro = slot_tp_getattro;
        return slot_tp_getattro(self, name);
    }
    Py_INCREF(getattr);
    getattribute = _PyType_Lookup(tp, gab_name);
    if (getattribute == NULL ||
        (getattribute->ob_type == &PyWrapperDescr_Type &&
         ((PyWrapperDescrObject *)getattribute)->d_wrapped ==
         (void *)PyObject_GenericGetAttr))
        res = PyObject_GenericGetAttr(self, name);
    else {
        Py_INCREF(getattribute);
        res = PyObject_CallFunctionObjArgs(getattribute, self, name, NULL);
        Py_DECREF(getattribute);
    }
    if (res == NULL && PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        res = PyObject_CallFunctionObjArgs(getattr, self, name, NULL);
    }
    Py_DECREF(getattr);
    return res;
}

static int
slot_tp_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    if (value == NULL)
        return status_of(call_method1(self, SN_delattr, name));
    return status_of(call_method2(self, SN_setattr, name, value));
}

/* One side of a rich comparison through self.__op__(other). */
static PyObject *
half_richcompare(PyObject *self, PyObject *other, int op)
{
    static const int names[6] = {SN_lt, SN_le, SN_eq, SN_ne, SN_gt, SN_ge};
    PyObject *func, *args, *res;

    func = lookup_method(self, special(names[op]));
    if (func == NULL) {
        PyErr_Clear();
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    args = PyTuple_Pack(1, other);
    if (args == NULL)
        res = NULL;
    else {
        res = PyObject_Call(func, args, NULL);
        Py_DECREF(args);
    }
    Py_DECREF(func);
    return res;
}

static PyObject *
slot_tp_richcompare(PyObject *self, PyObject *other, int op)
{
    PyObject *res;

    if (self->ob_type->tp_richcompare == slot_tp_richcompare) {
        res = half_richcompare(self, other, op);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if (other->ob_type->tp_richcompare == slot_tp_richcompare) {
        res = half_richcompare(other, self, _Py_SwappedOp[op]);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

/* self.__cmp__(other) normalised to -1/0/1; 2 if not available, -2 on
   error. */
static int
half_compare(PyObject *self, PyObject *other)
{
    PyObject *func, *args, *res;
    long c;

    func = lookup_method(self, special(SN_cmp));
    if (func == NULL) {
        PyErr_Clear();
        return 2;
    }
    args = PyTuple_Pack(1, other);
    if (args == NULL)
        res = NULL;
    else {
        res = PyObject_Call(func, args, NULL);
        Py_DECREF(args);
    }
    Py_DECREF(func);
    if (res == NULL)
        return -2;
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        return 2;
    }
    c = PyInt_AsLong(res);
    Py_DECREF(res);
    if (c == -1 && PyErr_Occurred())
        return -2;
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int
_PyObject_SlotCompare(PyObject *self, PyObject *other)
{
    int c;

    if (self->ob_type->tp_compare == _PyObject_SlotCompare) {
        c = half_compare(self, other);
        if (c <= 1)
            return c;
    }
    if (other->ob_type->tp_compare == _PyObject_SlotCompare) {
        c = half_compare(other, self);
        if (c < -1)
            return -2;
        if (c <= 1)
            return -c;
    }
    return (Py_uintptr_t)self < (Py_uintptr_t)other ? -1 :
           (Py_uintptr_t)self > (Py_uintptr_t)other ? 1 : 0;
}

static PyObject *
slot_tp_iter(PyObject *self)
{
    PyObject *func, *args, *res;

    func = lookup_method(self, special(SN_iter));
    if (func != NULL) {
        args = PyTuple_New(0);
        if (args == NULL)
            res = NULL;
        else {
            res = PyObject_Call(func, args, NULL);
            Py_DECREF(args);
        }
        Py_DECREF(func);
        return res;
    }
    PyErr_Clear();
    /* No __iter__: the old __getitem__ protocol. */
    func = lookup_method(self, special(SN_getitem));
    if (func == NULL) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not iterable",
                     self->ob_type->tp_name);
        return NULL;
    }
    Py_DECREF(func);
    return PySeqIter_New(self);
}

static PyObject *
slot_tp_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyTypeObject *tp = self->ob_type;
    PyObject *name = special(SN_get), *get;

    if (name == NULL)
        return NULL;
    get = _PyType_Lookup(tp, name);
    if (get == NULL) {
        /* __get__ was removed: behave like a plain attribute. */
        if (tp->tp_descr_get == slot_tp_descr_get)
            tp->tp_descr_get = NULL;
        Py_INCREF(self);
        return self;
    }
    if (obj == NULL)
        obj = Py_None;
    if (type == NULL)
        type = Py_None;
    return PyObject_CallFunctionObjArgs(get, self, obj, type, NULL);
}

static int
slot_tp_descr_set(PyObject *self, PyObject *target, PyObject *value)
{
    if (value == NULL)
        return status_of(call_method1(self, SN_delete, target));
    return status_of(call_method2(self, SN_set, target, value));
}

static int
slot_tp_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *name = special(SN_init), *func, *meth, *res;

    if (name == NULL)
        return -1;
    func = _PyType_Lookup(self->ob_type, name);
    if (func != NULL && PyFunction_Check(func) && PyTuple_CheckExact(args) &&
        PyTuple_GET_SIZE(args) < 8 &&
        (kwds == NULL || (PyDict_Check(kwds) && PyDict_Size(kwds) == 0)))
        res = call_function_with_self(func, self,
                                      &PyTuple_GET_ITEM(args, 0),
                                      PyTuple_GET_SIZE(args));
    else {
        meth = lookup_method(self, name);
        if (meth == NULL)
            return -1;
        res = PyObject_Call(meth, args, kwds);
        Py_DECREF(meth);
    }
    if (res == NULL)
        return -1;
    if (res != Py_None) {
        PyErr_Format(PyExc_TypeError,
                     "__init__() should return None, not '%.200s'",
                     res->ob_type->tp_name);
        Py_DECREF(res);
        return -1;
    }
    Py_DECREF(res);
    return 0;
}

/* Private (Include/object.h): callable(*args) with n positional
   arguments (borrowed), callable being a type.  A class made by a class
   statement whose instances come from object.__new__ and whose __init__
   is a plain function is instantiated as type_call would do it, without
   the argument tuple; anything else goes through the call protocol. */
PyObject *
_PyType_PlainInit(PyObject *callable)
{
    PyTypeObject *type = (PyTypeObject *)callable;
    PyObject *name, *init;

    if (callable->ob_type == &PyType_Type &&
        type->tp_dict != NULL && type->tp_new == object_new &&
        type->tp_init == slot_tp_init &&
        (name = special(SN_init)) != NULL &&
        (init = _PyType_Lookup(type, name)) != NULL &&
        PyFunction_Check(init))
        return init;
    return NULL;
}

PyObject *
_PyType_CallArgs(PyObject *callable, PyObject **args, int n)
{
    PyTypeObject *type = (PyTypeObject *)callable;
    PyObject *init, *obj, *res, *tuple;

    if (n < 8 && (init = _PyType_PlainInit(callable)) != NULL) {
        /* held: allocating may run a finaliser that changes the class */
        Py_INCREF(init);
        obj = type->tp_alloc(type, 0);
        res = obj == NULL ? NULL
                          : call_function_with_self(init, obj, args, n);
        Py_DECREF(init);
        if (res == NULL) {
            Py_XDECREF(obj);
            return NULL;
        }
        if (res != Py_None) {
            PyErr_Format(PyExc_TypeError,
                         "__init__() should return None, not '%.200s'",
                         res->ob_type->tp_name);
            Py_DECREF(res);
            Py_DECREF(obj);
            return NULL;
        }
        Py_DECREF(res);
        return obj;
    }
    tuple = _PyTuple_FromArray(args, n);
    if (tuple == NULL)
        return NULL;
    res = PyObject_Call(callable, tuple, NULL);
    Py_DECREF(tuple);
    return res;
}

static PyObject *
slot_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *func, *newargs, *res;
    Py_ssize_t i, n;

    func = PyObject_GetAttr((PyObject *)type, special(SN_new));
    if (func == NULL)
        return NULL;
    n = PyTuple_GET_SIZE(args);
    newargs = PyTuple_New(n + 1);
    if (newargs == NULL) {
        Py_DECREF(func);
        return NULL;
    }
    Py_INCREF(type);
    PyTuple_SET_ITEM(newargs, 0, (PyObject *)type);
    for (i = 0; i < n; i++) {
        PyObject *x = PyTuple_GET_ITEM(args, i);
        Py_INCREF(x);
        PyTuple_SET_ITEM(newargs, i + 1, x);
    }
    res = PyObject_Call(func, newargs, kwds);
    Py_DECREF(newargs);
    Py_DECREF(func);
    return res;
}

/* __del__: run with the object temporarily revived; it may resurrect
   itself by storing a reference somewhere. */
static void
slot_tp_del(PyObject *self)
{
    PyObject *del, *res;
    PyObject *et, *ev, *etb;

    /* A finalizer only runs in the interpreter that made the class. */
    if (!type_visible_here(self->ob_type))
        return;

    self->ob_refcnt = 1;
    PyErr_Fetch(&et, &ev, &etb);
    del = lookup_maybe(self, special(SN_del));
    if (del != NULL) {
        res = PyEval_CallObject(del, NULL);
        if (res == NULL)
            PyErr_WriteUnraisable(del);
        else
            Py_DECREF(res);
        Py_DECREF(del);
    }
    else
        PyErr_Clear();
    PyErr_Restore(et, ev, etb);

    if (--self->ob_refcnt == 0)
        return;     /* the usual way out */
    /* Resurrected: the caller sees ob_refcnt > 0 and stops destroying. */
}

/* ------------------------------------------------------------------ */
/* The table of special methods and the slots they correspond to        */

/* Entries for the same slot must be adjacent: slot updates walk each
   such group at once.  The table follows the order of the slots in
   PyHeapTypeObject; where one name maps to several slots, the first one
   a static type fills decides which wrapper its __dict__ shows (so the
   mapping slots win over the sequence ones, e.g. list.__setitem__ takes
   slices). */

#define ENTRY(NAME, OFFSET, FUNCTION, WRAPPER, DOC) \
    {NAME, (int)(OFFSET), (void *)(FUNCTION), (wrapperfunc)(WRAPPER), DOC, 0, NULL}
#define ENTRY_KW(NAME, OFFSET, FUNCTION, WRAPPER, DOC) \
    {NAME, (int)(OFFSET), (void *)(FUNCTION), (wrapperfunc)(WRAPPER), DOC, \
     PyWrapperFlag_KEYWORDS, NULL}

#define TPOFF(SLOT) offsetof(PyHeapTypeObject, ht_type.SLOT)
#define NBOFF(SLOT) offsetof(PyHeapTypeObject, as_number.SLOT)
#define SQOFF(SLOT) offsetof(PyHeapTypeObject, as_sequence.SLOT)
#define MPOFF(SLOT) offsetof(PyHeapTypeObject, as_mapping.SLOT)

#define TPSLOT(N, S, F, W, D) ENTRY(N, TPOFF(S), F, W, D)
#define SQSLOT(N, S, F, W, D) ENTRY(N, SQOFF(S), F, W, D)
#define MPSLOT(N, S, F, W, D) ENTRY(N, MPOFF(S), F, W, D)
#define NBSLOT(N, S, F, W, D) ENTRY(N, NBOFF(S), F, W, D)
#define UNOP(N, S, F, DOC) NBSLOT(N, S, F, wrap_unaryfunc, \
                                  "x." N "() <==> " DOC)
#define BINOP(N, S, F, OP) NBSLOT(N, S, F, wrap_binaryfunc_l, \
                                  "x." N "(y) <==> x" OP "y")
#define RBINOP(N, S, F, OP) NBSLOT(N, S, F, wrap_binaryfunc_r, \
                                   "x." N "(y) <==> y" OP "x")
#define BINOPF(N, S, F, FN) NBSLOT(N, S, F, wrap_binaryfunc_l, \
                                   "x." N "(y) <==> " FN "(x, y)")
#define RBINOPF(N, S, F, FN) NBSLOT(N, S, F, wrap_binaryfunc_r, \
                                    "x." N "(y) <==> " FN "(y, x)")
#define IBINOP(N, S, F, OP) NBSLOT(N, S, F, wrap_binaryfunc, \
                                   "x." N "(y) <==> x" OP "y")

static struct wrapperbase slotdefs[] = {
    /* Defining __str__/__repr__ drops an inherited tp_print, and any
       attribute hook drops the char*-based tp_getattr/tp_setattr. */
    TPSLOT("__str__", tp_print, NULL, NULL, ""),
    TPSLOT("__repr__", tp_print, NULL, NULL, ""),
    TPSLOT("__getattribute__", tp_getattr, NULL, NULL, ""),
    TPSLOT("__getattr__", tp_getattr, NULL, NULL, ""),
    TPSLOT("__setattr__", tp_setattr, NULL, NULL, ""),
    TPSLOT("__delattr__", tp_setattr, NULL, NULL, ""),
    TPSLOT("__cmp__", tp_compare, _PyObject_SlotCompare, wrap_cmpfunc,
           "x.__cmp__(y) <==> cmp(x,y)"),
    TPSLOT("__repr__", tp_repr, slot_tp_repr, wrap_unaryfunc,
           "x.__repr__() <==> repr(x)"),
    TPSLOT("__hash__", tp_hash, slot_tp_hash, wrap_hashfunc,
           "x.__hash__() <==> hash(x)"),
    ENTRY_KW("__call__", TPOFF(tp_call), slot_tp_call, wrap_call,
             "x.__call__(...) <==> x(...)"),
    TPSLOT("__str__", tp_str, slot_tp_str, wrap_unaryfunc,
           "x.__str__() <==> str(x)"),
    TPSLOT("__getattribute__", tp_getattro, slot_tp_getattr_hook,
           wrap_binaryfunc, "x.__getattribute__('name') <==> x.name"),
    TPSLOT("__getattr__", tp_getattro, slot_tp_getattr_hook, NULL, ""),
    TPSLOT("__setattr__", tp_setattro, slot_tp_setattro, wrap_setattr,
           "x.__setattr__('name', value) <==> x.name = value"),
    TPSLOT("__delattr__", tp_setattro, slot_tp_setattro, wrap_delattr,
           "x.__delattr__('name') <==> del x.name"),
    TPSLOT("__lt__", tp_richcompare, slot_tp_richcompare, richcmp_lt,
           "x.__lt__(y) <==> x<y"),
    TPSLOT("__le__", tp_richcompare, slot_tp_richcompare, richcmp_le,
           "x.__le__(y) <==> x<=y"),
    TPSLOT("__eq__", tp_richcompare, slot_tp_richcompare, richcmp_eq,
           "x.__eq__(y) <==> x==y"),
    TPSLOT("__ne__", tp_richcompare, slot_tp_richcompare, richcmp_ne,
           "x.__ne__(y) <==> x!=y"),
    TPSLOT("__gt__", tp_richcompare, slot_tp_richcompare, richcmp_gt,
           "x.__gt__(y) <==> x>y"),
    TPSLOT("__ge__", tp_richcompare, slot_tp_richcompare, richcmp_ge,
           "x.__ge__(y) <==> x>=y"),
    TPSLOT("__iter__", tp_iter, slot_tp_iter, wrap_unaryfunc,
           "x.__iter__() <==> iter(x)"),
    TPSLOT("next", tp_iternext, slot_tp_iternext, wrap_next,
           "x.next() -> the next value, or raise StopIteration"),
    TPSLOT("__get__", tp_descr_get, slot_tp_descr_get, wrap_descr_get,
           "descr.__get__(obj[, type]) -> value"),
    TPSLOT("__set__", tp_descr_set, slot_tp_descr_set, wrap_descr_set,
           "descr.__set__(obj, value)"),
    TPSLOT("__delete__", tp_descr_set, slot_tp_descr_set,
           wrap_descr_delete, "descr.__delete__(obj)"),
    ENTRY_KW("__init__", TPOFF(tp_init), slot_tp_init, wrap_init,
             "x.__init__(...) initializes x; "
             "see x.__class__.__doc__ for signature"),
    TPSLOT("__new__", tp_new, slot_tp_new, NULL, ""),
    TPSLOT("__del__", tp_del, slot_tp_del, NULL, ""),

    BINOP("__add__", nb_add, slot_nb_add, "+"),
    RBINOP("__radd__", nb_add, slot_nb_add, "+"),
    BINOP("__sub__", nb_subtract, slot_nb_subtract, "-"),
    RBINOP("__rsub__", nb_subtract, slot_nb_subtract, "-"),
    BINOP("__mul__", nb_multiply, slot_nb_multiply, "*"),
    RBINOP("__rmul__", nb_multiply, slot_nb_multiply, "*"),
    BINOP("__div__", nb_divide, slot_nb_divide, "/"),
    RBINOP("__rdiv__", nb_divide, slot_nb_divide, "/"),
    BINOP("__mod__", nb_remainder, slot_nb_remainder, "%"),
    RBINOP("__rmod__", nb_remainder, slot_nb_remainder, "%"),
    BINOPF("__divmod__", nb_divmod, slot_nb_divmod, "divmod"),
    RBINOPF("__rdivmod__", nb_divmod, slot_nb_divmod, "divmod"),
    NBSLOT("__pow__", nb_power, slot_nb_power, wrap_ternaryfunc,
           "x.__pow__(y[, z]) <==> pow(x, y[, z])"),
    NBSLOT("__rpow__", nb_power, slot_nb_power, wrap_ternaryfunc_r,
           "y.__rpow__(x[, z]) <==> pow(x, y[, z])"),
    UNOP("__neg__", nb_negative, slot_nb_negative, "-x"),
    UNOP("__pos__", nb_positive, slot_nb_positive, "+x"),
    UNOP("__abs__", nb_absolute, slot_nb_absolute, "abs(x)"),
    NBSLOT("__nonzero__", nb_nonzero, slot_nb_nonzero, wrap_inquirypred,
           "x.__nonzero__() <==> x != 0"),
    UNOP("__invert__", nb_invert, slot_nb_invert, "~x"),
    BINOP("__lshift__", nb_lshift, slot_nb_lshift, "<<"),
    RBINOP("__rlshift__", nb_lshift, slot_nb_lshift, "<<"),
    BINOP("__rshift__", nb_rshift, slot_nb_rshift, ">>"),
    RBINOP("__rrshift__", nb_rshift, slot_nb_rshift, ">>"),
    BINOP("__and__", nb_and, slot_nb_and, "&"),
    RBINOP("__rand__", nb_and, slot_nb_and, "&"),
    BINOP("__xor__", nb_xor, slot_nb_xor, "^"),
    RBINOP("__rxor__", nb_xor, slot_nb_xor, "^"),
    BINOP("__or__", nb_or, slot_nb_or, "|"),
    RBINOP("__ror__", nb_or, slot_nb_or, "|"),
    NBSLOT("__coerce__", nb_coerce, slot_nb_coerce, wrap_coercefunc,
           "x.__coerce__(y) <==> coerce(x, y)"),
    UNOP("__int__", nb_int, slot_nb_int, "int(x)"),
    UNOP("__long__", nb_long, slot_nb_long, "long(x)"),
    UNOP("__float__", nb_float, slot_nb_float, "float(x)"),
    UNOP("__oct__", nb_oct, slot_nb_oct, "oct(x)"),
    UNOP("__hex__", nb_hex, slot_nb_hex, "hex(x)"),
    IBINOP("__iadd__", nb_inplace_add, slot_nb_inplace_add, "+="),
    IBINOP("__isub__", nb_inplace_subtract, slot_nb_inplace_subtract, "-="),
    IBINOP("__imul__", nb_inplace_multiply, slot_nb_inplace_multiply, "*="),
    IBINOP("__idiv__", nb_inplace_divide, slot_nb_inplace_divide, "/="),
    IBINOP("__imod__", nb_inplace_remainder, slot_nb_inplace_remainder,
           "%="),
    IBINOP("__ipow__", nb_inplace_power, slot_nb_inplace_power, "**="),
    IBINOP("__ilshift__", nb_inplace_lshift, slot_nb_inplace_lshift, "<<="),
    IBINOP("__irshift__", nb_inplace_rshift, slot_nb_inplace_rshift, ">>="),
    IBINOP("__iand__", nb_inplace_and, slot_nb_inplace_and, "&="),
    IBINOP("__ixor__", nb_inplace_xor, slot_nb_inplace_xor, "^="),
    IBINOP("__ior__", nb_inplace_or, slot_nb_inplace_or, "|="),
    BINOP("__floordiv__", nb_floor_divide, slot_nb_floor_divide, "//"),
    RBINOP("__rfloordiv__", nb_floor_divide, slot_nb_floor_divide, "//"),
    BINOP("__truediv__", nb_true_divide, slot_nb_true_divide, "/"),
    RBINOP("__rtruediv__", nb_true_divide, slot_nb_true_divide, "/"),
    IBINOP("__ifloordiv__", nb_inplace_floor_divide,
           slot_nb_inplace_floor_divide, "//="),
    IBINOP("__itruediv__", nb_inplace_true_divide,
           slot_nb_inplace_true_divide, "/="),
    NBSLOT("__index__", nb_index, slot_nb_index, wrap_unaryfunc,
           "x[y:z] <==> x[y.__index__():z.__index__()]"),

    MPSLOT("__len__", mp_length, slot_sq_length, wrap_lenfunc,
           "x.__len__() <==> len(x)"),
    MPSLOT("__getitem__", mp_subscript, slot_mp_subscript, wrap_binaryfunc,
           "x.__getitem__(y) <==> x[y]"),
    MPSLOT("__setitem__", mp_ass_subscript, slot_mp_ass_subscript,
           wrap_objobjargproc, "x.__setitem__(i, y) <==> x[i]=y"),
    MPSLOT("__delitem__", mp_ass_subscript, slot_mp_ass_subscript,
           wrap_delitem, "x.__delitem__(y) <==> del x[y]"),

    SQSLOT("__len__", sq_length, slot_sq_length, wrap_lenfunc,
           "x.__len__() <==> len(x)"),
    SQSLOT("__add__", sq_concat, NULL, wrap_binaryfunc,
           "x.__add__(y) <==> x+y"),
    SQSLOT("__mul__", sq_repeat, NULL, wrap_indexargfunc,
           "x.__mul__(n) <==> x*n"),
    SQSLOT("__rmul__", sq_repeat, NULL, wrap_indexargfunc,
           "x.__rmul__(n) <==> n*x"),
    SQSLOT("__getitem__", sq_item, slot_sq_item, wrap_sq_item,
           "x.__getitem__(y) <==> x[y]"),
    SQSLOT("__getslice__", sq_slice, slot_sq_slice, wrap_ssizessizeargfunc,
           "x.__getslice__(i, j) <==> x[i:j]\n\n"
           "Use of negative indices is not supported."),
    SQSLOT("__setitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_setitem,
           "x.__setitem__(i, y) <==> x[i]=y"),
    SQSLOT("__delitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_delitem,
           "x.__delitem__(y) <==> del x[y]"),
    SQSLOT("__setslice__", sq_ass_slice, slot_sq_ass_slice,
           wrap_ssizessizeobjargproc,
           "x.__setslice__(i, j, y) <==> x[i:j]=y\n\n"
           "Use  of negative indices is not supported."),
    SQSLOT("__delslice__", sq_ass_slice, slot_sq_ass_slice, wrap_delslice,
           "x.__delslice__(i, j) <==> del x[i:j]\n\n"
           "Use of negative indices is not supported."),
    SQSLOT("__contains__", sq_contains, slot_sq_contains, wrap_objobjproc,
           "x.__contains__(y) <==> y in x"),
    SQSLOT("__iadd__", sq_inplace_concat, NULL, wrap_binaryfunc,
           "x.__iadd__(y) <==> x+=y"),
    SQSLOT("__imul__", sq_inplace_repeat, NULL, wrap_indexargfunc,
           "x.__imul__(y) <==> x*=y"),
    {NULL}
};

/* Interned names of the table; done once, on the process account. */
static void
init_slotdefs(void)
{
    static int done = 0;
    struct wrapperbase *p;

    if (done)
        return;
    for (p = slotdefs; p->name != NULL; p++) {
        if (cached_name(&p->name_strobj, p->name) == NULL)
            Py_FatalError("Out of memory interning slotdef names");
    }
    done = 1;
}

/* Address of the slot at 'offset' (relative to PyHeapTypeObject) in any
   type, static or heap; NULL if the type lacks that method table. */
static void **
slotptr(PyTypeObject *type, int offset)
{
    char *base;

    if (offset >= (int)offsetof(PyHeapTypeObject, as_buffer)) {
        base = (char *)type->tp_as_buffer;
        offset -= (int)offsetof(PyHeapTypeObject, as_buffer);
    }
    else if (offset >= (int)offsetof(PyHeapTypeObject, as_sequence)) {
        base = (char *)type->tp_as_sequence;
        offset -= (int)offsetof(PyHeapTypeObject, as_sequence);
    }
    else if (offset >= (int)offsetof(PyHeapTypeObject, as_mapping)) {
        base = (char *)type->tp_as_mapping;
        offset -= (int)offsetof(PyHeapTypeObject, as_mapping);
    }
    else if (offset >= (int)offsetof(PyHeapTypeObject, as_number)) {
        base = (char *)type->tp_as_number;
        offset -= (int)offsetof(PyHeapTypeObject, as_number);
    }
    else
        base = (char *)type;
    if (base == NULL)
        return NULL;
    return (void **)(base + offset);
}

/* If exactly one of the slots that 'name' maps to is filled in 'type',
   return its address; else NULL. */
static void **
sole_filled_slot(PyTypeObject *type, PyObject *name)
{
    struct wrapperbase *p;
    void **res = NULL;

    for (p = slotdefs; p->name != NULL; p++) {
        void **ptr;
        if (p->name_strobj != name)
            continue;
        ptr = slotptr(type, p->offset);
        if (ptr == NULL || *ptr == NULL)
            continue;
        if (res != NULL)
            return NULL;
        res = ptr;
    }
    return res;
}

/* Recompute one slot of a heap type from what its MRO defines for the
   names in the group starting at p.  When every name resolves to a
   wrapper of the very same C function, use that function directly;
   otherwise install the generic function that calls Python.  Returns
   the first entry of the next group. */
static struct wrapperbase *
update_one_slot(PyTypeObject *type, struct wrapperbase *p)
{
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    int offset = p->offset;
    void **ptr = slotptr(type, offset);

    if (ptr == NULL) {
        do {
            ++p;
        } while (p->offset == offset);
        return p;
    }
    do {
        PyObject *descr = _PyType_Lookup(type, p->name_strobj);
        if (descr == NULL)
            continue;
        if (descr->ob_type == &PyWrapperDescr_Type) {
            PyWrapperDescrObject *d = (PyWrapperDescrObject *)descr;
            void **tptr = sole_filled_slot(type, p->name_strobj);
            if (tptr == NULL || tptr == ptr)
                generic = p->function;
            if (d->d_base->wrapper == p->wrapper &&
                PyType_IsSubtype(type, d->d_type)) {
                if (specific == NULL || specific == d->d_wrapped)
                    specific = d->d_wrapped;
                else
                    use_generic = 1;
            }
        }
        else if (descr->ob_type == &PyCFunction_Type &&
                 PyCFunction_GET_FUNCTION(descr) ==
                     (PyCFunction)tp_new_wrapper &&
                 strcmp(p->name, "__new__") == 0) {
            /* An inherited C __new__: call the C constructor directly
               rather than going through the Python-level wrapper. */
            specific = (void *)type->tp_new;
        }
        else {
            use_generic = 1;
            generic = p->function;
        }
    } while ((++p)->offset == offset);

    if (specific != NULL && !use_generic)
        *ptr = specific;
    else
        *ptr = generic;
    return p;
}

static void
fixup_slot_dispatchers(PyTypeObject *type)
{
    struct wrapperbase *p;

    init_slotdefs();
    for (p = slotdefs; p->name != NULL; )
        p = update_one_slot(type, p);
}

/* Apply the slot groups in 'groups' (NULL-terminated) to type and to the
   subclasses that do not define 'name' themselves. */
static void
update_slots_recursively(PyTypeObject *type, PyObject *name,
                         struct wrapperbase **groups)
{
    struct wrapperbase **pp;
    PyObject *raw, *snapshot;
    Py_ssize_t i, n;

    for (pp = groups; *pp != NULL; pp++)
        update_one_slot(type, *pp);

    raw = type->tp_subclasses;
    if (raw == NULL || !PyList_Check(raw))
        return;
    n = PyList_GET_SIZE(raw);
    snapshot = PyList_GetSlice(raw, 0, n);
    if (snapshot == NULL) {
        PyErr_Clear();
        return;
    }
    for (i = 0; i < n; i++) {
        PyObject *sub = PyWeakref_GET_OBJECT(PyList_GET_ITEM(snapshot, i));
        PyObject *dict;
        if (sub == Py_None || !PyType_Check(sub))
            continue;
        dict = ((PyTypeObject *)sub)->tp_dict;
        if (dict != NULL && PyDict_Check(dict) &&
            PyDict_GetItem(dict, name) != NULL)
            continue;   /* overridden there: unaffected */
        if (Py_EnterRecursiveCall(" while updating slots")) {
            PyErr_Clear();
            break;
        }
        update_slots_recursively((PyTypeObject *)sub, name, groups);
        Py_LeaveRecursiveCall();
    }
    Py_DECREF(snapshot);
}

#define MAX_GROUPS_PER_NAME 10

static int
update_slot(PyTypeObject *type, PyObject *name)
{
    struct wrapperbase *groups[MAX_GROUPS_PER_NAME + 1];
    struct wrapperbase *p;
    int n = 0, k;

    if (!PyString_Check(name))
        return 0;
    init_slotdefs();
    Py_INCREF(name);
    PyString_InternInPlace(&name);
    for (p = slotdefs; p->name != NULL; p++) {
        struct wrapperbase *first;
        if (p->name_strobj != name)
            continue;
        /* Go back to the start of this slot's group. */
        first = p;
        while (first > slotdefs && (first - 1)->offset == first->offset)
            first--;
        for (k = 0; k < n; k++)
            if (groups[k] == first)
                break;
        if (k == n && n < MAX_GROUPS_PER_NAME)
            groups[n++] = first;
    }
    groups[n] = NULL;
    if (n > 0)
        update_slots_recursively(type, name, groups);
    Py_DECREF(name);
    return 0;
}

static void
update_all_slots(PyTypeObject *type)
{
    struct wrapperbase *p;

    init_slotdefs();
    for (p = slotdefs; p->name != NULL; p++)
        update_slot(type, p->name_strobj);
}

/* Put a wrapper descriptor in a type's dict for every filled slot (no
   entry that the dict already has is replaced). */
static int
add_operators(PyTypeObject *type)
{
    PyObject *dict = type->tp_dict;
    struct wrapperbase *p;

    init_slotdefs();
    for (p = slotdefs; p->name != NULL; p++) {
        void **ptr;
        PyObject *descr;

        if (p->wrapper == NULL)
            continue;
        ptr = slotptr(type, p->offset);
        if (ptr == NULL || *ptr == NULL)
            continue;
        if (PyDict_GetItem(dict, p->name_strobj) != NULL)
            continue;
        descr = PyDescr_NewWrapper(type, p, *ptr);
        if (descr == NULL)
            return -1;
        if (PyDict_SetItem(dict, p->name_strobj, descr) < 0) {
            Py_DECREF(descr);
            return -1;
        }
        Py_DECREF(descr);
    }
    if (type->tp_new != NULL && add_tp_new_wrapper(type) < 0)
        return -1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* super                                                                */

typedef struct {
    PyObject_HEAD
    PyTypeObject *type;         /* the class super() was called with */
    PyObject *obj;              /* the bound instance or class, or NULL */
    PyTypeObject *obj_type;     /* type(obj), or obj if it is a class */
} superobject;

static PyMemberDef super_members[] = {
    {"__thisclass__", T_OBJECT, offsetof(superobject, type), READONLY,
     "the class invoking super()"},
    {"__self__", T_OBJECT, offsetof(superobject, obj), READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", T_OBJECT, offsetof(superobject, obj_type), READONLY,
     "the type of the instance invoking super(); may be None"},
    {0}
};

static void
super_dealloc(PyObject *self)
{
    superobject *su = (superobject *)self;

    PyObject_GC_UnTrack(self);
    Py_XDECREF(su->obj);
    Py_XDECREF(su->type);
    Py_XDECREF(su->obj_type);
    self->ob_type->tp_free(self);
}

static PyObject *
super_repr(PyObject *self)
{
    superobject *su = (superobject *)self;

    if (su->obj_type != NULL)
        return PyString_FromFormat("<super: <class '%s'>, <%s object>>",
                                   su->type ? su->type->tp_name : "NULL",
                                   su->obj_type->tp_name);
    return PyString_FromFormat("<super: <class '%s'>, NULL>",
                               su->type ? su->type->tp_name : "NULL");
}

static PyObject *
super_getattro(PyObject *self, PyObject *name)
{
    superobject *su = (superobject *)self;
    int skip = su->obj_type == NULL;

    /* __class__ is the super object's own class. */
    if (!skip)
        skip = PyString_Check(name) && PyString_GET_SIZE(name) == 9 &&
               strcmp(PyString_AS_STRING(name), "__class__") == 0;

    if (!skip) {
        PyTypeObject *starttype = su->obj_type;
        PyObject *mro = starttype->tp_mro;
        Py_ssize_t i, n = mro == NULL ? 0 : PyTuple_GET_SIZE(mro);

        /* Search the MRO of the instance after su->type. */
        for (i = 0; i < n; i++) {
            if (PyTuple_GET_ITEM(mro, i) == (PyObject *)su->type)
                break;
        }
        for (i++; i < n; i++) {
            PyObject *tmp = PyTuple_GET_ITEM(mro, i);
            PyObject *dict, *res;
            descrgetfunc f;

            if (PyType_Check(tmp))
                dict = ((PyTypeObject *)tmp)->tp_dict;
            else if (PyClass_Check(tmp))
                dict = ((PyClassObject *)tmp)->cl_dict;
            else
                continue;
            if (dict == NULL)
                continue;
            res = PyDict_GetItem(dict, name);
            if (res == NULL)
                continue;
            Py_INCREF(res);
            f = res->ob_type->tp_descr_get;
            if (f != NULL) {
                /* For super(C, C) bind to nothing (unbound / classmethod
                   semantics). */
                PyObject *obj = (su->obj == (PyObject *)su->obj_type)
                                ? NULL : su->obj;
                PyObject *bound = f(res, obj, (PyObject *)starttype);
                Py_DECREF(res);
                res = bound;
            }
            return res;
        }
    }
    return PyObject_GenericGetAttr(self, name);
}

/* The type to search the MRO of for super(type, obj): obj itself if it
   is a subclass of type, else the class of obj. */
static PyTypeObject *
supercheck(PyTypeObject *type, PyObject *obj)
{
    static PyObject *class_name = NULL;
    PyObject *class_attr;

    if (PyType_Check(obj) && PyType_IsSubtype((PyTypeObject *)obj, type)) {
        Py_INCREF(obj);
        return (PyTypeObject *)obj;
    }
    if (PyType_IsSubtype(obj->ob_type, type)) {
        Py_INCREF(obj->ob_type);
        return obj->ob_type;
    }
    /* A proxy may claim a suitable __class__. */
    if (cached_name(&class_name, "__class__") == NULL)
        return NULL;
    class_attr = PyObject_GetAttr(obj, class_name);
    if (class_attr != NULL && PyType_Check(class_attr) &&
        (PyTypeObject *)class_attr != obj->ob_type &&
        PyType_IsSubtype((PyTypeObject *)class_attr, type))
        return (PyTypeObject *)class_attr;
    if (class_attr == NULL)
        PyErr_Clear();
    else
        Py_DECREF(class_attr);
    PyErr_SetString(PyExc_TypeError,
                    "super(type, obj): obj must be an instance or subtype "
                    "of type");
    return NULL;
}

static PyObject *
super_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    superobject *su = (superobject *)self, *newobj;
    PyTypeObject *obj_type;

    if (obj == NULL || obj == Py_None || su->obj != NULL) {
        /* Unbound access, or already bound. */
        Py_INCREF(self);
        return self;
    }
    if (su->ob_type != &PySuper_Type)
        /* A subclass of super: let it construct itself. */
        return PyObject_CallFunctionObjArgs((PyObject *)su->ob_type,
                                            su->type, obj, NULL);
    obj_type = supercheck(su->type, obj);
    if (obj_type == NULL)
        return NULL;
    newobj = (superobject *)PySuper_Type.tp_new(&PySuper_Type, NULL, NULL);
    if (newobj == NULL) {
        Py_DECREF(obj_type);
        return NULL;
    }
    Py_INCREF(su->type);
    Py_INCREF(obj);
    newobj->type = su->type;
    newobj->obj = obj;
    newobj->obj_type = obj_type;
    return (PyObject *)newobj;
}

static int
super_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    superobject *su = (superobject *)self;
    PyTypeObject *type, *obj_type = NULL;
    PyObject *obj = NULL;
    PyObject *old_type, *old_obj, *old_obj_type;

    if (!PyArg_ParseTuple(args, "O!|O:super", &PyType_Type, &type, &obj))
        return -1;
    if (obj == Py_None)
        obj = NULL;
    if (obj != NULL) {
        obj_type = supercheck(type, obj);
        if (obj_type == NULL)
            return -1;
        Py_INCREF(obj);
    }
    Py_INCREF(type);
    old_type = (PyObject *)su->type;
    old_obj = su->obj;
    old_obj_type = (PyObject *)su->obj_type;
    su->type = type;
    su->obj = obj;
    su->obj_type = obj_type;
    Py_XDECREF(old_type);
    Py_XDECREF(old_obj);
    Py_XDECREF(old_obj_type);
    return 0;
}

PyDoc_STRVAR(super_doc,
"super(type) -> unbound super object\n"
"super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
"super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
"Typical use to call a cooperative superclass method:\n"
"class C(B):\n"
"    def meth(self, arg):\n"
"        super(C, self).meth(arg)");

static int
super_traverse(PyObject *self, visitproc visit, void *arg)
{
    superobject *su = (superobject *)self;

    Py_VISIT(su->obj);
    Py_VISIT(su->type);
    Py_VISIT(su->obj_type);
    return 0;
}

PyTypeObject PySuper_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,                                          /* ob_size */
    "super",                                    /* tp_name */
    sizeof(superobject),                        /* tp_basicsize */
    0,                                          /* tp_itemsize */
    super_dealloc,                              /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    super_repr,                                 /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    0,                                          /* tp_call */
    0,                                          /* tp_str */
    super_getattro,                             /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC |
        Py_TPFLAGS_BASETYPE,                    /* tp_flags */
    super_doc,                                  /* tp_doc */
    super_traverse,                             /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    super_members,                              /* tp_members */
    0,                                          /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    super_descr_get,                            /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    super_init,                                 /* tp_init */
    PyType_GenericAlloc,                        /* tp_alloc */
    PyType_GenericNew,                          /* tp_new */
    PyObject_GC_Del,                            /* tp_free */
};
