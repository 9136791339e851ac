/* set and frozenset.

   The table is managed exactly like a dict's (see dictobject.c for the
   probe sequence and growth policy), so the iteration order is the same
   as CPython 2.5's.  Slots are unused (key NULL), active, or dummy (a
   deleted entry, marked by a private sentinel that is never reference
   counted and never leaves the table).

   Bulk operations walk one table while looking keys up in another; the
   lookups compare keys, which may run arbitrary code, so the walks use
   positions (re-validated on every step) rather than pointers and keep
   a reference to each key while it is in use. */

#include "Python.h"

static PyObject dummy_struct = { PyObject_HEAD_INIT(&PyBaseObject_Type) };
#define dummy (&dummy_struct)

#define PERTURB_SHIFT 5
#define DISCARD_NOTFOUND 0
#define DISCARD_FOUND 1

static setentry *set_lookkey(PySetObject *so, PyObject *key, long hash);
static setentry *set_lookkey_string(PySetObject *so, PyObject *key,
                                    long hash);

static void
set_key_error(PyObject *key)
{
    PyObject *tup = PyTuple_Pack(1, key);
    if (tup == NULL)
        return;
    PyErr_SetObject(PyExc_KeyError, tup);
    Py_DECREF(tup);
}

static void
empty_to_minsize(PySetObject *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = so->used = 0;
    so->table = so->smalltable;
    so->mask = PySet_MINSIZE - 1;
}

static long
key_hash(PyObject *key)
{
    long h;

    if (PyString_CheckExact(key)) {
        h = ((PyStringObject *)key)->ob_shash;
        if (h != -1)
            return h;
    }
    return PyObject_Hash(key);
}

static setentry *
set_lookkey(PySetObject *so, PyObject *key, long hash)
{
    setentry *table, *entry, *freeslot;
    size_t i, mask, perturb;
    PyObject *other;
    int cmp;

restart:
    table = so->table;
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    entry = &table[i];
    if (entry->key == NULL || entry->key == key)
        return entry;
    freeslot = NULL;
    if (entry->key == dummy) {
        freeslot = entry;
    }
    else if (entry->hash == hash) {
        other = entry->key;
        Py_INCREF(other);
        cmp = PyObject_RichCompareBool(other, key, Py_EQ);
        Py_DECREF(other);
        if (cmp < 0)
            return NULL;
        if (table != so->table || entry->key != other)
            goto restart;       /* the comparison changed the set */
        if (cmp > 0)
            return entry;
    }
    for (perturb = (size_t)hash; ; perturb >>= PERTURB_SHIFT) {
        i = (i << 2) + i + perturb + 1;
        entry = &table[i & mask];
        if (entry->key == NULL)
            return freeslot != NULL ? freeslot : entry;
        if (entry->key == key)
            return entry;
        if (entry->key == dummy) {
            if (freeslot == NULL)
                freeslot = entry;
            continue;
        }
        if (entry->hash == hash) {
            other = entry->key;
            Py_INCREF(other);
            cmp = PyObject_RichCompareBool(other, key, Py_EQ);
            Py_DECREF(other);
            if (cmp < 0)
                return NULL;
            if (table != so->table || entry->key != other)
                goto restart;
            if (cmp > 0)
                return entry;
        }
    }
}

static int
same_string(PyObject *a, PyObject *b)
{
    Py_ssize_t n = PyString_GET_SIZE(a);

    return n == PyString_GET_SIZE(b) &&
           memcmp(PyString_AS_STRING(a), PyString_AS_STRING(b), (size_t)n) == 0;
}

static setentry *
set_lookkey_string(PySetObject *so, PyObject *key, long hash)
{
    setentry *table, *entry, *freeslot;
    size_t i, mask, perturb;

    if (!PyString_CheckExact(key)) {
        so->lookup = set_lookkey;
        return set_lookkey(so, key, hash);
    }
    table = so->table;
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    entry = &table[i];
    if (entry->key == NULL || entry->key == key)
        return entry;
    freeslot = NULL;
    if (entry->key == dummy)
        freeslot = entry;
    else if (entry->hash == hash && same_string(entry->key, key))
        return entry;
    for (perturb = (size_t)hash; ; perturb >>= PERTURB_SHIFT) {
        i = (i << 2) + i + perturb + 1;
        entry = &table[i & mask];
        if (entry->key == NULL)
            return freeslot != NULL ? freeslot : entry;
        if (entry->key == key)
            return entry;
        if (entry->key == dummy) {
            if (freeslot == NULL)
                freeslot = entry;
        }
        else if (entry->hash == hash && same_string(entry->key, key)) {
            return entry;
        }
    }
}

/* Insert, stealing the reference to key. */
static int
set_insert_key(PySetObject *so, PyObject *key, long hash)
{
    setentry *entry = so->lookup(so, key, hash);

    if (entry == NULL) {
        Py_DECREF(key);
        return -1;
    }
    if (entry->key == NULL) {
        so->fill++;
    }
    else if (entry->key != dummy) {
        Py_DECREF(key);         /* already present */
        return 0;
    }
    entry->key = key;
    entry->hash = hash;
    so->used++;
    return 0;
}

static void
set_insert_fresh(PySetObject *so, PyObject *key, long hash)
{
    setentry *table = so->table, *entry;
    size_t mask = (size_t)so->mask, i, perturb;

    i = (size_t)hash & mask;
    entry = &table[i];
    for (perturb = (size_t)hash; entry->key != NULL; perturb >>= PERTURB_SHIFT) {
        i = (i << 2) + i + perturb + 1;
        entry = &table[i & mask];
    }
    so->fill++;
    entry->key = key;
    entry->hash = hash;
    so->used++;
}

static int
set_table_resize(PySetObject *so, Py_ssize_t minused)
{
    Py_ssize_t newsize, left;
    setentry *oldtable, *newtable, *entry;
    setentry saved_small[PySet_MINSIZE];
    int old_on_heap;

    for (newsize = PySet_MINSIZE; newsize <= minused && newsize > 0;
         newsize <<= 1)
        ;
    if (newsize <= 0 || (size_t)newsize > PY_SSIZE_T_MAX / sizeof(setentry)) {
        PyErr_NoMemory();
        return -1;
    }
    oldtable = so->table;
    old_on_heap = oldtable != so->smalltable;
    if (newsize == PySet_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            memcpy(saved_small, oldtable, sizeof(saved_small));
            oldtable = saved_small;
        }
    }
    else {
        newtable = PyMem_New(setentry, newsize);
        if (newtable == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    so->table = newtable;
    so->mask = newsize - 1;
    memset(newtable, 0, sizeof(setentry) * (size_t)newsize);
    left = so->fill;
    so->used = 0;
    so->fill = 0;
    for (entry = oldtable; left > 0; entry++) {
        if (entry->key == NULL)
            continue;
        left--;
        if (entry->key != dummy)
            set_insert_fresh(so, entry->key, entry->hash);
    }
    if (old_on_heap)
        PyMem_Free(oldtable);
    return 0;
}

static int
set_too_full(PySetObject *so)
{
    return so->fill * 3 >= (so->mask + 1) * 2;
}

static Py_ssize_t
set_growth_target(PySetObject *so)
{
    return (so->used > 50000 ? 2 : 4) * so->used;
}

/* Add with the growth policy; does not steal. */
static int
set_add_hashed(PySetObject *so, PyObject *key, long hash)
{
    Py_ssize_t before;

    /* only after an earlier failed rebuild: never let the table fill */
    if (set_too_full(so) && set_table_resize(so, set_growth_target(so)) < 0)
        return -1;
    before = so->used;
    Py_INCREF(key);
    if (set_insert_key(so, key, hash) < 0)
        return -1;
    if (so->used > before && set_too_full(so))
        return set_table_resize(so, set_growth_target(so));
    return 0;
}

static int
set_add_key(PySetObject *so, PyObject *key)
{
    long hash = key_hash(key);

    if (hash == -1)
        return -1;
    return set_add_hashed(so, key, hash);
}

static int
set_discard_hashed(PySetObject *so, PyObject *key, long hash)
{
    setentry *entry = so->lookup(so, key, hash);
    PyObject *old;

    if (entry == NULL)
        return -1;
    if (entry->key == NULL || entry->key == dummy)
        return DISCARD_NOTFOUND;
    old = entry->key;
    entry->key = dummy;
    so->used--;
    Py_DECREF(old);
    return DISCARD_FOUND;
}

static int
set_discard_key(PySetObject *so, PyObject *key)
{
    long hash = key_hash(key);

    if (hash == -1)
        return -1;
    return set_discard_hashed(so, key, hash);
}

static int
set_contains_hashed(PySetObject *so, PyObject *key, long hash)
{
    setentry *entry = so->lookup(so, key, hash);

    if (entry == NULL)
        return -1;
    return entry->key != NULL && entry->key != dummy;
}

static int
set_contains_key(PySetObject *so, PyObject *key)
{
    long hash = key_hash(key);

    if (hash == -1)
        return -1;
    return set_contains_hashed(so, key, hash);
}

static int
set_clear_internal(PySetObject *so)
{
    setentry *table = so->table, *entry;
    setentry saved_small[PySet_MINSIZE];
    Py_ssize_t left = so->fill;
    int on_heap = table != so->smalltable;

    if (left == 0 && !on_heap)
        return 0;
    if (!on_heap) {
        memcpy(saved_small, table, sizeof(saved_small));
        table = saved_small;
    }
    empty_to_minsize(so);
    for (entry = table; left > 0; entry++) {
        if (entry->key == NULL)
            continue;
        left--;
        if (entry->key != dummy)
            Py_DECREF(entry->key);
    }
    if (on_heap)
        PyMem_Free(table);
    return 0;
}

/* Step through the active entries: returns 1 and sets *key and *hash (both
   borrowed) or 0 at the end. */
static int
set_next(PySetObject *so, Py_ssize_t *pos, PyObject **key, long *hash)
{
    Py_ssize_t i = *pos;
    setentry *table = so->table;

    if (i < 0)
        return 0;
    while (i <= so->mask &&
           (table[i].key == NULL || table[i].key == dummy))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *key = table[i].key;
    if (hash != NULL)
        *hash = table[i].hash;
    return 1;
}

/* Add all of other (a set) to so. */
static int
set_merge(PySetObject *so, PySetObject *other)
{
    Py_ssize_t pos = 0;
    PyObject *key;
    long hash;

    if (so == other || other->used == 0)
        return 0;
    /* One rebuild up front, sized for no overlap. */
    if ((so->fill + other->used) * 3 >= (so->mask + 1) * 2) {
        if (set_table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    }
    while (set_next(other, &pos, &key, &hash)) {
        if (set_too_full(so) &&
            set_table_resize(so, set_growth_target(so)) < 0)
            return -1;
        Py_INCREF(key);
        if (set_insert_key(so, key, hash) < 0)
            return -1;
    }
    return 0;
}

static int
set_update_internal(PySetObject *so, PyObject *other)
{
    PyObject *key, *it;

    if (PyAnySet_Check(other))
        return set_merge(so, (PySetObject *)other);

    if (PyDict_CheckExact(other)) {
        PyObject *value;
        Py_ssize_t pos = 0, n = PyDict_Size(other);
        long hash;

        if ((so->fill + n) * 3 >= (so->mask + 1) * 2) {
            if (set_table_resize(so, (so->used + n) * 2) < 0)
                return -1;
        }
        while (_PyDict_Next(other, &pos, &key, &value, &hash)) {
            int rc;
            Py_INCREF(key);
            rc = set_add_hashed(so, key, hash);
            Py_DECREF(key);
            if (rc < 0)
                return -1;
        }
        return 0;
    }

    it = PyObject_GetIter(other);
    if (it == NULL)
        return -1;
    while ((key = PyIter_Next(it)) != NULL) {
        if (set_add_key(so, key) < 0) {
            Py_DECREF(it);
            Py_DECREF(key);
            return -1;
        }
        Py_DECREF(key);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return -1;
    return 0;
}

static PyObject *
make_new_set(PyTypeObject *type, PyObject *iterable)
{
    PySetObject *so = (PySetObject *)type->tp_alloc(type, 0);

    if (so == NULL)
        return NULL;
    empty_to_minsize(so);
    so->lookup = set_lookkey_string;
    so->hash = -1;
    so->weakreflist = NULL;
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        Py_DECREF(so);
        return NULL;
    }
    return (PyObject *)so;
}

/* Exchange the contents of two sets (b must be a private temporary). */
static void
set_swap_bodies(PySetObject *a, PySetObject *b)
{
    Py_ssize_t t;
    setentry *ta = a->table, *tb = b->table;
    int a_small = ta == a->smalltable, b_small = tb == b->smalltable;
    setentry *(*f)(PySetObject *so, PyObject *key, long hash);
    setentry tab[PySet_MINSIZE];
    long h;

    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    f = a->lookup; a->lookup = b->lookup; b->lookup = f;

    /* inline tables travel by copy, heap tables by pointer */
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
    a->table = b_small ? a->smalltable : tb;
    b->table = a_small ? b->smalltable : ta;

    if (PyType_IsSubtype(a->ob_type, &PyFrozenSet_Type) &&
        PyType_IsSubtype(b->ob_type, &PyFrozenSet_Type)) {
        h = a->hash; a->hash = b->hash; b->hash = h;
    }
    else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ------------------------------------------------------------------ */

static void
set_dealloc(PySetObject *so)
{
    setentry *entry;
    Py_ssize_t left = so->fill;

    PyObject_GC_UnTrack(so);
    Py_TRASHCAN_SAFE_BEGIN(so)
    if (so->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)so);
    for (entry = so->table; left > 0; entry++) {
        if (entry->key == NULL)
            continue;
        left--;
        if (entry->key != dummy)
            Py_DECREF(entry->key);
    }
    if (so->table != so->smalltable)
        PyMem_Free(so->table);
    so->ob_type->tp_free((PyObject *)so);
    Py_TRASHCAN_SAFE_END(so)
}

static int
set_traverse(PySetObject *so, visitproc visit, void *arg)
{
    Py_ssize_t pos = 0;
    PyObject *key;

    while (set_next(so, &pos, &key, NULL))
        Py_VISIT(key);
    return 0;
}

static int
set_tp_clear(PySetObject *so)
{
    return set_clear_internal(so);
}

static long
frozenset_hash(PySetObject *so)
{
    unsigned long acc, h;
    Py_ssize_t pos = 0;
    PyObject *key;
    long eh, result;

    if (so->hash != -1)
        return so->hash;
    acc = 1927868237UL * (unsigned long)(so->used + 1);
    while (set_next(so, &pos, &key, &eh)) {
        /* spread the bits so that sets of small ints do not collide */
        h = (unsigned long)eh;
        acc ^= (h ^ (h << 16) ^ 89869747UL) * 3644798167UL;
    }
    acc = acc * 69069UL + 907133923UL;
    result = (long)acc;
    if (result == -1)
        result = 590923713L;
    so->hash = result;
    return result;
}

static long
set_nohash(PyObject *self)
{
    PyErr_SetString(PyExc_TypeError, "set objects are unhashable");
    return -1;
}

static Py_ssize_t
set_len(PySetObject *so)
{
    return so->used;
}

static PyObject *
set_repr(PySetObject *so)
{
    PyObject *keys, *listrepr, *result;
    int status = Py_ReprEnter((PyObject *)so);

    if (status != 0) {
        if (status < 0)
            return NULL;
        return PyString_FromFormat("%s(...)", so->ob_type->tp_name);
    }
    keys = PySequence_List((PyObject *)so);
    if (keys == NULL) {
        Py_ReprLeave((PyObject *)so);
        return NULL;
    }
    listrepr = PyObject_Repr(keys);
    Py_DECREF(keys);
    if (listrepr == NULL) {
        Py_ReprLeave((PyObject *)so);
        return NULL;
    }
    result = PyString_FromFormat("%s(%s)", so->ob_type->tp_name,
                                 PyString_AS_STRING(listrepr));
    Py_DECREF(listrepr);
    Py_ReprLeave((PyObject *)so);
    return result;
}

/* key in so, where a set key is looked up as the equal frozenset. */
static int
set_contains(PySetObject *so, PyObject *key)
{
    PyObject *tmp;
    int rv = set_contains_key(so, key);

    if (rv < 0 && PyAnySet_Check(key) &&
        PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        tmp = make_new_set(&PyFrozenSet_Type, key);
        if (tmp == NULL)
            return -1;
        rv = set_contains_key(so, tmp);
        Py_DECREF(tmp);
    }
    return rv;
}

static PyObject *
set_direct_contains(PySetObject *so, PyObject *key)
{
    int r = set_contains(so, key);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
set_copy(PySetObject *so)
{
    return make_new_set(so->ob_type, (PyObject *)so);
}

static PyObject *
frozenset_copy(PySetObject *so)
{
    if (PyFrozenSet_CheckExact(so)) {
        Py_INCREF(so);
        return (PyObject *)so;
    }
    return set_copy(so);
}

static PyObject *
set_clear(PySetObject *so)
{
    set_clear_internal(so);
    Py_RETURN_NONE;
}

static PyObject *
set_union(PySetObject *so, PyObject *other)
{
    PySetObject *result = (PySetObject *)set_copy(so);

    if (result == NULL)
        return NULL;
    if ((PyObject *)so == other)
        return (PyObject *)result;
    if (set_update_internal(result, other) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return (PyObject *)result;
}

static PyObject *
set_or(PySetObject *so, PyObject *other)
{
    if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return set_union(so, other);
}

static PyObject *
set_ior(PySetObject *so, PyObject *other)
{
    if (!PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    if (set_update_internal(so, other) < 0)
        return NULL;
    Py_INCREF(so);
    return (PyObject *)so;
}

static PyObject *
set_update(PySetObject *so, PyObject *other)
{
    if (set_update_internal(so, other) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
set_intersection(PySetObject *so, PyObject *other)
{
    PySetObject *result;
    PyObject *key, *it;
    long hash;
    int rv;

    if ((PyObject *)so == other)
        return set_copy(so);
    result = (PySetObject *)make_new_set(so->ob_type, NULL);
    if (result == NULL)
        return NULL;

    if (PyAnySet_Check(other)) {
        PySetObject *small = (PySetObject *)other, *big = so;
        Py_ssize_t pos = 0;

        /* walk the smaller set */
        if (small->used > big->used) {
            small = so;
            big = (PySetObject *)other;
        }
        Py_INCREF(small);
        Py_INCREF(big);
        while (set_next(small, &pos, &key, &hash)) {
            Py_INCREF(key);
            rv = set_contains_hashed(big, key, hash);
            if (rv > 0)
                rv = set_add_hashed(result, key, hash);
            Py_DECREF(key);
            if (rv < 0) {
                Py_DECREF(small);
                Py_DECREF(big);
                Py_DECREF(result);
                return NULL;
            }
        }
        Py_DECREF(small);
        Py_DECREF(big);
        return (PyObject *)result;
    }

    it = PyObject_GetIter(other);
    if (it == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    while ((key = PyIter_Next(it)) != NULL) {
        hash = key_hash(key);
        rv = hash == -1 ? -1 : set_contains_hashed(so, key, hash);
        if (rv > 0)
            rv = set_add_hashed(result, key, hash);
        Py_DECREF(key);
        if (rv < 0) {
            Py_DECREF(it);
            Py_DECREF(result);
            return NULL;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(result);
        return NULL;
    }
    return (PyObject *)result;
}

static PyObject *
set_intersection_update(PySetObject *so, PyObject *other)
{
    PyObject *tmp = set_intersection(so, other);

    if (tmp == NULL)
        return NULL;
    set_swap_bodies(so, (PySetObject *)tmp);
    Py_DECREF(tmp);
    Py_RETURN_NONE;
}

static PyObject *
set_and(PySetObject *so, PyObject *other)
{
    if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return set_intersection(so, other);
}

static PyObject *
set_iand(PySetObject *so, PyObject *other)
{
    PyObject *r;

    if (!PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    r = set_intersection_update(so, other);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_INCREF(so);
    return (PyObject *)so;
}

static int
set_difference_update_internal(PySetObject *so, PyObject *other)
{
    PyObject *key, *it;
    long hash;

    if ((PyObject *)so == other)
        return set_clear_internal(so);

    if (PyAnySet_Check(other)) {
        Py_ssize_t pos = 0;
        Py_INCREF(other);
        while (set_next((PySetObject *)other, &pos, &key, &hash)) {
            int rv;
            Py_INCREF(key);
            rv = set_discard_hashed(so, key, hash);
            Py_DECREF(key);
            if (rv < 0) {
                Py_DECREF(other);
                return -1;
            }
        }
        Py_DECREF(other);
    }
    else {
        it = PyObject_GetIter(other);
        if (it == NULL)
            return -1;
        while ((key = PyIter_Next(it)) != NULL) {
            if (set_discard_key(so, key) < 0) {
                Py_DECREF(it);
                Py_DECREF(key);
                return -1;
            }
            Py_DECREF(key);
        }
        Py_DECREF(it);
        if (PyErr_Occurred())
            return -1;
    }
    /* purge dummies when they are more than a fifth of the table */
    if ((so->fill - so->used) * 5 < so->mask)
        return 0;
    return set_table_resize(so, set_growth_target(so));
}

static PyObject *
set_difference_update(PySetObject *so, PyObject *other)
{
    if (set_difference_update_internal(so, other) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
set_difference(PySetObject *so, PyObject *other)
{
    PySetObject *result;
    Py_ssize_t pos = 0;
    PyObject *key;
    long hash;
    int rv;

    if (!PyAnySet_Check(other) && !PyDict_Check(other)) {
        result = (PySetObject *)set_copy(so);
        if (result == NULL)
            return NULL;
        if (set_difference_update_internal(result, other) < 0) {
            Py_DECREF(result);
            return NULL;
        }
        return (PyObject *)result;
    }
    result = (PySetObject *)make_new_set(so->ob_type, NULL);
    if (result == NULL)
        return NULL;
    Py_INCREF(other);
    while (set_next(so, &pos, &key, &hash)) {
        Py_INCREF(key);
        if (PyDict_Check(other))
            rv = PyDict_Contains(other, key);
        else
            rv = set_contains_hashed((PySetObject *)other, key, hash);
        if (rv == 0)
            rv = set_add_hashed(result, key, hash);
        Py_DECREF(key);
        if (rv < 0) {
            Py_DECREF(other);
            Py_DECREF(result);
            return NULL;
        }
    }
    Py_DECREF(other);
    return (PyObject *)result;
}

static PyObject *
set_sub(PySetObject *so, PyObject *other)
{
    if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return set_difference(so, other);
}

static PyObject *
set_isub(PySetObject *so, PyObject *other)
{
    if (!PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    if (set_difference_update_internal(so, other) < 0)
        return NULL;
    Py_INCREF(so);
    return (PyObject *)so;
}

/* For each key of other: remove it from so if present, else add it. */
static int
toggle_key(PySetObject *so, PyObject *key, long hash)
{
    int rv;

    Py_INCREF(key);
    rv = set_discard_hashed(so, key, hash);
    if (rv == DISCARD_NOTFOUND)
        rv = set_add_hashed(so, key, hash);
    Py_DECREF(key);
    return rv < 0 ? -1 : 0;
}

static PyObject *
set_symmetric_difference_update(PySetObject *so, PyObject *other)
{
    PySetObject *otherset;
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    long hash;

    if ((PyObject *)so == other)
        return set_clear(so);

    if (PyDict_CheckExact(other)) {
        Py_INCREF(other);
        while (_PyDict_Next(other, &pos, &key, &value, &hash)) {
            if (toggle_key(so, key, hash) < 0) {
                Py_DECREF(other);
                return NULL;
            }
        }
        Py_DECREF(other);
        Py_RETURN_NONE;
    }

    if (PyAnySet_Check(other)) {
        Py_INCREF(other);
        otherset = (PySetObject *)other;
    }
    else {
        otherset = (PySetObject *)make_new_set(so->ob_type, other);
        if (otherset == NULL)
            return NULL;
    }
    while (set_next(otherset, &pos, &key, &hash)) {
        if (toggle_key(so, key, hash) < 0) {
            Py_DECREF(otherset);
            return NULL;
        }
    }
    Py_DECREF(otherset);
    Py_RETURN_NONE;
}

static PyObject *
set_symmetric_difference(PySetObject *so, PyObject *other)
{
    PyObject *rv;
    PySetObject *otherset;

    otherset = (PySetObject *)make_new_set(so->ob_type, other);
    if (otherset == NULL)
        return NULL;
    rv = set_symmetric_difference_update(otherset, (PyObject *)so);
    if (rv == NULL) {
        Py_DECREF(otherset);
        return NULL;
    }
    Py_DECREF(rv);
    return (PyObject *)otherset;
}

static PyObject *
set_xor(PySetObject *so, PyObject *other)
{
    if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return set_symmetric_difference(so, other);
}

static PyObject *
set_ixor(PySetObject *so, PyObject *other)
{
    PyObject *r;

    if (!PyAnySet_Check(other)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    r = set_symmetric_difference_update(so, other);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_INCREF(so);
    return (PyObject *)so;
}

static PyObject *
set_issubset(PySetObject *so, PyObject *other)
{
    Py_ssize_t pos = 0;
    PyObject *key;
    long hash;
    int rv;

    if (!PyAnySet_Check(other)) {
        PyObject *tmp, *result;
        tmp = make_new_set(&PySet_Type, other);
        if (tmp == NULL)
            return NULL;
        result = set_issubset(so, tmp);
        Py_DECREF(tmp);
        return result;
    }
    if (so->used > ((PySetObject *)other)->used)
        Py_RETURN_FALSE;
    Py_INCREF(other);
    while (set_next(so, &pos, &key, &hash)) {
        Py_INCREF(key);
        rv = set_contains_hashed((PySetObject *)other, key, hash);
        Py_DECREF(key);
        if (rv <= 0) {
            Py_DECREF(other);
            if (rv < 0)
                return NULL;
            Py_RETURN_FALSE;
        }
    }
    Py_DECREF(other);
    Py_RETURN_TRUE;
}

static PyObject *
set_issuperset(PySetObject *so, PyObject *other)
{
    if (!PyAnySet_Check(other)) {
        PyObject *tmp, *result;
        tmp = make_new_set(&PySet_Type, other);
        if (tmp == NULL)
            return NULL;
        result = set_issuperset(so, tmp);
        Py_DECREF(tmp);
        return result;
    }
    return set_issubset((PySetObject *)other, (PyObject *)so);
}

static PyObject *
set_richcompare(PySetObject *v, PyObject *w, int op)
{
    PyObject *r;
    PySetObject *ws;

    if (!PyAnySet_Check(w)) {
        if (op == Py_EQ)
            Py_RETURN_FALSE;
        if (op == Py_NE)
            Py_RETURN_TRUE;
        PyErr_SetString(PyExc_TypeError, "can only compare to a set");
        return NULL;
    }
    ws = (PySetObject *)w;
    switch (op) {
    case Py_EQ:
        if (v->used != ws->used)
            Py_RETURN_FALSE;
        if (v->hash != -1 && ws->hash != -1 && v->hash != ws->hash)
            Py_RETURN_FALSE;
        return set_issubset(v, w);
    case Py_NE:
        r = set_richcompare(v, w, Py_EQ);
        if (r == NULL)
            return NULL;
        if (r == Py_True) {
            Py_DECREF(r);
            Py_RETURN_FALSE;
        }
        Py_DECREF(r);
        Py_RETURN_TRUE;
    case Py_LE:
        return set_issubset(v, w);
    case Py_GE:
        return set_issuperset(v, w);
    case Py_LT:
        if (v->used >= ws->used)
            Py_RETURN_FALSE;
        return set_issubset(v, w);
    case Py_GT:
        if (v->used <= ws->used)
            Py_RETURN_FALSE;
        return set_issuperset(v, w);
    }
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

static int
set_nocmp(PyObject *self, PyObject *other)
{
    PyErr_SetString(PyExc_TypeError, "cannot compare sets using cmp()");
    return -1;
}

static PyObject *
set_add(PySetObject *so, PyObject *key)
{
    if (set_add_key(so, key) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* discard/remove with a set key retry it as the equal frozenset. */
static int
discard_with_retry(PySetObject *so, PyObject *key)
{
    PyObject *tmp;
    int rv = set_discard_key(so, key);

    if (rv < 0 && PyAnySet_Check(key) &&
        PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        tmp = make_new_set(&PyFrozenSet_Type, key);
        if (tmp == NULL)
            return -1;
        rv = set_discard_key(so, tmp);
        Py_DECREF(tmp);
    }
    return rv;
}

static PyObject *
set_remove(PySetObject *so, PyObject *key)
{
    int rv = discard_with_retry(so, key);

    if (rv < 0)
        return NULL;
    if (rv == DISCARD_NOTFOUND) {
        set_key_error(key);
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
set_discard(PySetObject *so, PyObject *key)
{
    if (discard_with_retry(so, key) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
set_pop(PySetObject *so)
{
    Py_ssize_t i = 0;
    setentry *entry;
    PyObject *key;

    if (so->used == 0) {
        PyErr_SetString(PyExc_KeyError, "pop from an empty set");
        return NULL;
    }
    /* Slot 0's hash, unused while slot 0 holds no key, remembers where
       the last search ended. */
    entry = &so->table[0];
    if (entry->key == NULL || entry->key == dummy) {
        i = (Py_ssize_t)entry->hash;
        if (i > so->mask || i < 1)
            i = 1;
        while ((entry = &so->table[i])->key == NULL || entry->key == dummy) {
            i++;
            if (i > so->mask)
                i = 1;
        }
    }
    key = entry->key;
    entry->key = dummy;
    so->used--;
    so->table[0].hash = (long)(i + 1);
    return key;
}

static PyObject *
set_reduce(PySetObject *so)
{
    PyObject *keys, *args = NULL, *result = NULL, *dict;

    keys = PySequence_List((PyObject *)so);
    if (keys == NULL)
        return NULL;
    args = PyTuple_Pack(1, keys);
    Py_DECREF(keys);
    if (args == NULL)
        return NULL;
    dict = PyObject_GetAttrString((PyObject *)so, "__dict__");
    if (dict == NULL) {
        PyErr_Clear();
        dict = Py_None;
        Py_INCREF(dict);
    }
    result = PyTuple_Pack(3, so->ob_type, args, dict);
    Py_DECREF(args);
    Py_DECREF(dict);
    return result;
}

static int
set_init(PySetObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *iterable = NULL;

    if (!PyAnySet_Check(self))
        return -1;
    if (!PyArg_UnpackTuple(args, self->ob_type->tp_name, 0, 1, &iterable))
        return -1;
    set_clear_internal(self);
    self->hash = -1;
    if (iterable == NULL)
        return 0;
    return set_update_internal(self, iterable);
}

static PyObject *
set_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (type == &PySet_Type && !_PyArg_NoKeywords("set()", kwds))
        return NULL;
    return make_new_set(type, NULL);
}

static PyObject *
frozenset_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *iterable = NULL;

    if (type == &PyFrozenSet_Type && !_PyArg_NoKeywords("frozenset()", kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, type->tp_name, 0, 1, &iterable))
        return NULL;
    if (type == &PyFrozenSet_Type && iterable != NULL &&
        PyFrozenSet_CheckExact(iterable)) {
        Py_INCREF(iterable);
        return iterable;
    }
    return make_new_set(type, iterable);
}

static PyObject *set_iter(PySetObject *so);

static PySequenceMethods set_as_sequence = {
    (lenfunc)set_len,                   /* sq_length */
    0, 0, 0, 0, 0, 0,
    (objobjproc)set_contains,           /* sq_contains */
    0, 0,
};

static char add_doc[] = "Add an element to a set.\n\nThis has no effect if the element is already present.";
static char clear_doc[] = "Remove all elements from this set.";
static char contains_doc[] = "x.__contains__(y) <==> y in x.";
static char copy_doc[] = "Return a shallow copy of a set.";
static char discard_doc[] = "Remove an element from a set if it is a member.\n\nIf the element is not a member, do nothing.";
static char difference_doc[] = "Return the difference of two sets as a new set.\n\n(i.e. all elements that are in this set but not the other.)";
static char difference_update_doc[] = "Remove all elements of another set from this set.";
static char intersection_doc[] = "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)";
static char intersection_update_doc[] = "Update a set with the intersection of itself and another.";
static char issubset_doc[] = "Report whether another set contains this set.";
static char issuperset_doc[] = "Report whether this set contains another set.";
static char pop_doc[] = "Remove and return an arbitrary set element.";
static char reduce_doc[] = "Return state information for pickling.";
static char remove_doc[] = "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.";
static char symmetric_difference_doc[] = "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)";
static char symmetric_difference_update_doc[] = "Update a set with the symmetric difference of itself and another.";
static char union_doc[] = "Return the union of two sets as a new set.\n\n(i.e. all elements that are in either set.)";
static char update_doc[] = "Update a set with the union of itself and another.";

static PyMethodDef set_methods[] = {
    {"add", (PyCFunction)set_add, METH_O, add_doc},
    {"clear", (PyCFunction)set_clear, METH_NOARGS, clear_doc},
    {"__contains__", (PyCFunction)set_direct_contains, METH_O | METH_COEXIST, contains_doc},
    {"copy", (PyCFunction)set_copy, METH_NOARGS, copy_doc},
    {"discard", (PyCFunction)set_discard, METH_O, discard_doc},
    {"difference", (PyCFunction)set_difference, METH_O, difference_doc},
    {"difference_update", (PyCFunction)set_difference_update, METH_O, difference_update_doc},
    {"intersection", (PyCFunction)set_intersection, METH_O, intersection_doc},
    {"intersection_update", (PyCFunction)set_intersection_update, METH_O, intersection_update_doc},
    {"issubset", (PyCFunction)set_issubset, METH_O, issubset_doc},
    {"issuperset", (PyCFunction)set_issuperset, METH_O, issuperset_doc},
    {"pop", (PyCFunction)set_pop, METH_NOARGS, pop_doc},
    {"__reduce__", (PyCFunction)set_reduce, METH_NOARGS, reduce_doc},
    {"remove", (PyCFunction)set_remove, METH_O, remove_doc},
    {"symmetric_difference", (PyCFunction)set_symmetric_difference, METH_O, symmetric_difference_doc},
    {"symmetric_difference_update", (PyCFunction)set_symmetric_difference_update, METH_O, symmetric_difference_update_doc},
    {"union", (PyCFunction)set_union, METH_O, union_doc},
    {"update", (PyCFunction)set_update, METH_O, update_doc},
    {NULL, NULL, 0, NULL}
};

static PyNumberMethods set_as_number = {
    0,                                  /* nb_add */
    (binaryfunc)set_sub,                /* nb_subtract */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* nb_multiply .. nb_rshift */
    (binaryfunc)set_and,                /* nb_and */
    (binaryfunc)set_xor,                /* nb_xor */
    (binaryfunc)set_or,                 /* nb_or */
    0, 0, 0, 0, 0, 0,                   /* nb_coerce .. nb_hex */
    0,                                  /* nb_inplace_add */
    (binaryfunc)set_isub,               /* nb_inplace_subtract */
    0, 0, 0, 0, 0, 0,                   /* nb_inplace_multiply .. rshift */
    (binaryfunc)set_iand,               /* nb_inplace_and */
    (binaryfunc)set_ixor,               /* nb_inplace_xor */
    (binaryfunc)set_ior,                /* nb_inplace_or */
};

static char set_doc[] =
"set(iterable) --> set object\n"
"\n"
"Build an unordered collection of unique elements.";

PyTypeObject PySet_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "set",
    sizeof(PySetObject),
    0,
    (destructor)set_dealloc,            /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    set_nocmp,                          /* tp_compare */
    (reprfunc)set_repr,                 /* tp_repr */
    &set_as_number,                     /* tp_as_number */
    &set_as_sequence,                   /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    set_nohash,                         /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,
    set_doc,                            /* tp_doc */
    (traverseproc)set_traverse,         /* tp_traverse */
    (inquiry)set_tp_clear,              /* tp_clear */
    (richcmpfunc)set_richcompare,       /* tp_richcompare */
    offsetof(PySetObject, weakreflist), /* tp_weaklistoffset */
    (getiterfunc)set_iter,              /* tp_iter */
    0,                                  /* tp_iternext */
    set_methods,                        /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    (initproc)set_init,                 /* tp_init */
    PyType_GenericAlloc,                /* tp_alloc */
    set_new,                            /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};

static PyMethodDef frozenset_methods[] = {
    {"__contains__", (PyCFunction)set_direct_contains, METH_O | METH_COEXIST, contains_doc},
    {"copy", (PyCFunction)frozenset_copy, METH_NOARGS, copy_doc},
    {"difference", (PyCFunction)set_difference, METH_O, difference_doc},
    {"intersection", (PyCFunction)set_intersection, METH_O, intersection_doc},
    {"issubset", (PyCFunction)set_issubset, METH_O, issubset_doc},
    {"issuperset", (PyCFunction)set_issuperset, METH_O, issuperset_doc},
    {"__reduce__", (PyCFunction)set_reduce, METH_NOARGS, reduce_doc},
    {"symmetric_difference", (PyCFunction)set_symmetric_difference, METH_O, symmetric_difference_doc},
    {"union", (PyCFunction)set_union, METH_O, union_doc},
    {NULL, NULL, 0, NULL}
};

static PyNumberMethods frozenset_as_number = {
    0,                                  /* nb_add */
    (binaryfunc)set_sub,                /* nb_subtract */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* nb_multiply .. nb_rshift */
    (binaryfunc)set_and,                /* nb_and */
    (binaryfunc)set_xor,                /* nb_xor */
    (binaryfunc)set_or,                 /* nb_or */
};

static char frozenset_doc[] =
"frozenset(iterable) --> frozenset object\n"
"\n"
"Build an immutable unordered collection of unique elements.";

PyTypeObject PyFrozenSet_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "frozenset",
    sizeof(PySetObject),
    0,
    (destructor)set_dealloc,            /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    set_nocmp,                          /* tp_compare */
    (reprfunc)set_repr,                 /* tp_repr */
    &frozenset_as_number,               /* tp_as_number */
    &set_as_sequence,                   /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    (hashfunc)frozenset_hash,           /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,
    frozenset_doc,                      /* tp_doc */
    (traverseproc)set_traverse,         /* tp_traverse */
    (inquiry)set_tp_clear,              /* tp_clear */
    (richcmpfunc)set_richcompare,       /* tp_richcompare */
    offsetof(PySetObject, weakreflist), /* tp_weaklistoffset */
    (getiterfunc)set_iter,              /* tp_iter */
    0,                                  /* tp_iternext */
    frozenset_methods,                  /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    PyType_GenericAlloc,                /* tp_alloc */
    frozenset_new,                      /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};

/* ------------------------------------------------------------------ */
/* Iterator */

typedef struct {
    PyObject_HEAD
    PySetObject *si_set;        /* NULL once exhausted */
    Py_ssize_t si_used;
    Py_ssize_t si_pos;
    Py_ssize_t len;
} setiterobject;

static void
setiter_dealloc(setiterobject *si)
{
    PyObject_GC_UnTrack(si);
    Py_TRASHCAN_SAFE_BEGIN(si)
    Py_XDECREF(si->si_set);
    PyObject_GC_Del(si);
    Py_TRASHCAN_SAFE_END(si)
}

static int
setiter_traverse(setiterobject *si, visitproc visit, void *arg)
{
    Py_VISIT(si->si_set);
    return 0;
}

static PyObject *
setiter_len(setiterobject *si)
{
    Py_ssize_t n = 0;

    if (si->si_set != NULL && si->si_used == si->si_set->used)
        n = si->len;
    return PyInt_FromSsize_t(n);
}

static char length_hint_doc[] = "Private method returning an estimate of len(list(it)).";

static PyMethodDef setiter_methods[] = {
    {"__length_hint__", (PyCFunction)setiter_len, METH_NOARGS, length_hint_doc},
    {NULL, NULL, 0, NULL}
};

static PyObject *
setiter_next(setiterobject *si)
{
    PySetObject *so = si->si_set;
    PyObject *key;

    if (so == NULL)
        return NULL;
    if (si->si_used != so->used) {
        PyErr_SetString(PyExc_RuntimeError,
                        "Set changed size during iteration");
        si->si_used = -1;       /* keep failing */
        return NULL;
    }
    if (set_next(so, &si->si_pos, &key, NULL)) {
        si->len--;
        Py_INCREF(key);
        return key;
    }
    si->si_set = NULL;
    Py_DECREF(so);
    return NULL;
}

PyTypeObject PySetIter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "setiterator",
    sizeof(setiterobject),
    0,
    (destructor)setiter_dealloc,        /* tp_dealloc */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    0,                                  /* tp_doc */
    (traverseproc)setiter_traverse,     /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    PyObject_SelfIter,                  /* tp_iter */
    (iternextfunc)setiter_next,         /* tp_iternext */
    setiter_methods,                    /* tp_methods */
};

static PyObject *
set_iter(PySetObject *so)
{
    setiterobject *si = PyObject_GC_New(setiterobject, &PySetIter_Type);

    if (si == NULL)
        return NULL;
    Py_INCREF(so);
    si->si_set = so;
    si->si_used = so->used;
    si->si_pos = 0;
    si->len = so->used;
    _PyObject_GC_TRACK(si);
    return (PyObject *)si;
}

/* ------------------------------------------------------------------ */
/* C API */

static int
is_mutable_set(PyObject *o)
{
    return o != NULL && PyType_IsSubtype(o->ob_type, &PySet_Type);
}

PyObject *
PySet_New(PyObject *iterable)
{
    return make_new_set(&PySet_Type, iterable);
}

PyObject *
PyFrozenSet_New(PyObject *iterable)
{
    return make_new_set(&PyFrozenSet_Type, iterable);
}

Py_ssize_t
PySet_Size(PyObject *anyset)
{
    if (anyset == NULL || !PyAnySet_Check(anyset)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PySetObject *)anyset)->used;
}

int
PySet_Clear(PyObject *set)
{
    if (!is_mutable_set(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_clear_internal((PySetObject *)set);
}

int
PySet_Contains(PyObject *anyset, PyObject *key)
{
    if (anyset == NULL || !PyAnySet_Check(anyset)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_contains_key((PySetObject *)anyset, key);
}

int
PySet_Discard(PyObject *set, PyObject *key)
{
    if (!is_mutable_set(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_discard_key((PySetObject *)set, key);
}

int
PySet_Add(PyObject *set, PyObject *key)
{
    if (!is_mutable_set(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_add_key((PySetObject *)set, key);
}

int
_PySet_Next(PyObject *set, Py_ssize_t *pos, PyObject **key)
{
    if (set == NULL || !PyAnySet_Check(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_next((PySetObject *)set, pos, key, NULL);
}

PyObject *
PySet_Pop(PyObject *set)
{
    if (!is_mutable_set(set)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return set_pop((PySetObject *)set);
}

int
_PySet_Update(PyObject *set, PyObject *iterable)
{
    if (!is_mutable_set(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_update_internal((PySetObject *)set, iterable);
}
