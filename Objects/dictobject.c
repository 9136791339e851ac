/* The dict type: an open-addressing hash table.

   The probe sequence, growth policy and re-insertion order are the ones
   of CPython 2.5, so that iteration order (slot order) is the same:
     - a table has a power-of-two number of slots, 8 to start with, held
       inline in ma_smalltable;
     - the first slot probed is hash & mask; after that, with perturb
       starting as the (unsigned) hash, i = 5*i + 1 + perturb, slot
       i & mask, then perturb >>= 5;
     - deleting leaves a dummy key in the slot; a later insertion of a new
       key reuses the first dummy met on its probe path;
     - when an insertion that added a key leaves fill (live + dummy) at or
       above two thirds of the table, the table is rebuilt with the
       smallest power of two above 4*used (2*used past 50000 entries),
       walking the old table in slot order.

   Keys' __eq__ and __hash__ are arbitrary code: a lookup notices when a
   comparison changed the table and starts over; keys and values are held
   with a reference while compared; entries are released only after the
   table is consistent.

   The cycle collector tracks an exact dict only once it may be part of a
   cycle: a new one starts untracked, and every store of a key or value
   that may be tracked (Include/objimpl.h _PyObject_GC_MAY_BE_TRACKED)
   into an untracked dict tracks it first (MAINTAIN_TRACKING): a dict
   that holds only objects that cannot be tracked cannot be part of a
   cycle.  The collector may untrack such a dict again
   (Modules/gcmodule.c).  Instances of subclasses are always tracked. */

#include "Python.h"
#include "fastpath.h"

/* Marks deleted slots.  It is not reference counted (it never escapes the
   table) and is shared by every interpreter, being immutable. */
static PyObject dummy_struct = { PyObject_HEAD_INIT(&PyBaseObject_Type) };
#define dummy (&dummy_struct)

#define PERTURB_SHIFT 5

static PyDictEntry *lookdict(PyDictObject *mp, PyObject *key, long hash);
static PyDictEntry *lookdict_string(PyDictObject *mp, PyObject *key,
                                    long hash);
static PyDictEntry *lookdict_td(PyDictObject *mp, PyObject *key, long hash);
static PyDictEntry *lookdict_string_td(PyDictObject *mp, PyObject *key,
                                       long hash);

/* The tp_dict of a type is told apart from other dicts by its lookup
   function (the 2.5 struct has no spare field): the _td variants behave
   exactly like the plain ones.  Every change to such a dict first
   invalidates typeobject.c's attribute lookup cache, which holds
   borrowed pointers to the values. */
#define IS_TYPE_DICT(mp) ((mp)->ma_lookup == lookdict_string_td || \
                          (mp)->ma_lookup == lookdict_td)
#define TYPE_DICT_WILL_CHANGE(mp) \
    do { if (IS_TYPE_DICT(mp)) _PyType_ClearLookupCache(); } while (0)
#define HAS_STRING_LOOKUP(mp) ((mp)->ma_lookup == lookdict_string || \
                               (mp)->ma_lookup == lookdict_string_td)

/* Before a store of key/value into mp: track mp if it may now be part of
   a cycle.  Done before anything can run code (a collection meanwhile
   would only keep more alive, but it is simplest never to let it see an
   untracked dict holding a tracked object). */
#define MAINTAIN_TRACKING(mp, key, value) \
    do { \
        if (!_PyObject_GC_IS_TRACKED(mp) && \
            (_PyObject_GC_MAY_BE_TRACKED(value) || \
             _PyObject_GC_MAY_BE_TRACKED(key))) \
            _PyObject_GC_TRACK(mp); \
    } while (0)

static void
set_key_error(PyObject *key)
{
    /* Wrap in a tuple so that a tuple key is reported as itself. */
    PyObject *tup = PyTuple_Pack(1, key);
    if (tup == NULL)
        return;
    PyErr_SetObject(PyExc_KeyError, tup);
    Py_DECREF(tup);
}

static void
reset_to_empty(PyDictObject *mp)
{
    memset(mp->ma_smalltable, 0, sizeof(mp->ma_smalltable));
    mp->ma_used = mp->ma_fill = 0;
    mp->ma_table = mp->ma_smalltable;
    mp->ma_mask = PyDict_MINSIZE - 1;
}

PyObject *
PyDict_New(void)
{
    PyDictObject *mp = PyObject_GC_New(PyDictObject, &PyDict_Type);

    if (mp == NULL)
        return NULL;
    reset_to_empty(mp);
    mp->ma_lookup = lookdict_string;
    return (PyObject *)mp;
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

/* General lookup.  Returns the slot holding an equal key, or the slot
   where the key would be inserted (the first dummy on the path, else the
   empty slot that ended it); NULL with an exception if a comparison
   failed. */
static PyDictEntry *
lookdict(PyDictObject *mp, PyObject *key, long hash)
{
    PyDictEntry *table, *ep, *freeslot;
    size_t i, mask, perturb;
    PyObject *other;
    int cmp;

restart:
    table = mp->ma_table;
    mask = (size_t)mp->ma_mask;
    i = (size_t)hash & mask;
    ep = &table[i];
    if (ep->me_key == NULL || ep->me_key == key)
        return ep;
    freeslot = NULL;
    if (ep->me_key == dummy) {
        freeslot = ep;
    }
    else if (ep->me_hash == hash) {
        other = ep->me_key;
        Py_INCREF(other);
        cmp = PyObject_RichCompareBool(other, key, Py_EQ);
        Py_DECREF(other);
        if (cmp < 0)
            return NULL;
        if (table != mp->ma_table || ep->me_key != other)
            goto restart;       /* the comparison changed the dict */
        if (cmp > 0)
            return ep;
    }
    for (perturb = (size_t)hash; ; perturb >>= PERTURB_SHIFT) {
        i = (i << 2) + i + perturb + 1;
        ep = &table[i & mask];
        if (ep->me_key == NULL)
            return freeslot != NULL ? freeslot : ep;
        if (ep->me_key == key)
            return ep;
        if (ep->me_key == dummy) {
            if (freeslot == NULL)
                freeslot = ep;
            continue;
        }
        if (ep->me_hash == hash) {
            other = ep->me_key;
            Py_INCREF(other);
            cmp = PyObject_RichCompareBool(other, key, Py_EQ);
            Py_DECREF(other);
            if (cmp < 0)
                return NULL;
            if (table != mp->ma_table || ep->me_key != other)
                goto restart;
            if (cmp > 0)
                return ep;
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

/* Probe for an exact str key in a table whose keys are all exact strs:
   equality cannot run user code or fail.  The first slot is looked at
   inline; a collision continues out of line. */
static __attribute__((noinline)) PyDictEntry *
string_probe_on(PyDictObject *mp, PyObject *key, long hash)
{
    PyDictEntry *table, *ep, *freeslot;
    size_t i, mask, perturb;

    table = mp->ma_table;
    mask = (size_t)mp->ma_mask;
    i = (size_t)hash & mask;
    ep = &table[i];
    if (ep->me_key == NULL || ep->me_key == key)
        return ep;
    freeslot = NULL;
    if (ep->me_key == dummy)
        freeslot = ep;
    else if (ep->me_hash == hash && same_string(ep->me_key, key))
        return ep;
    for (perturb = (size_t)hash; ; perturb >>= PERTURB_SHIFT) {
        i = (i << 2) + i + perturb + 1;
        ep = &table[i & mask];
        if (ep->me_key == NULL)
            return freeslot != NULL ? freeslot : ep;
        if (ep->me_key == key)
            return ep;
        if (ep->me_key == dummy) {
            if (freeslot == NULL)
                freeslot = ep;
        }
        else if (ep->me_hash == hash && same_string(ep->me_key, key)) {
            return ep;
        }
    }
}

/* The rest of the chain for Include/fastpath.h's probes by identity:
   the first slot was looked at already (neither key nor empty).  A live
   key of the same hash that is not key itself would need a comparison:
   the caller then does the full lookup. */
int
_PyDict_StrLookupChain(PyDictObject *mp, PyObject *key, long hash,
                       PyObject **value)
{
    PyDictEntry *table = mp->ma_table, *ep;
    size_t mask = (size_t)mp->ma_mask;
    size_t i = (size_t)hash & mask;
    size_t perturb;

    if (mp->ma_lookup != lookdict_string)
        return 0;
    ep = &table[i];
    for (perturb = (size_t)hash; ; perturb >>= PERTURB_SHIFT) {
        if (ep->me_key != dummy && ep->me_hash == hash)
            return 0;
        i = (i << 2) + i + perturb + 1;
        ep = &table[i & mask];
        if (ep->me_key == key) {
            *value = ep->me_value;
            return 1;
        }
        if (ep->me_key == NULL) {
            *value = NULL;
            return 1;
        }
    }
}

PyDictEntry *
_PyDict_StrEntryChain(PyDictObject *mp, PyObject *key, long hash)
{
    PyDictEntry *table = mp->ma_table, *ep;
    size_t mask = (size_t)mp->ma_mask;
    size_t i = (size_t)hash & mask;
    size_t perturb;

    ep = &table[i];
    for (perturb = (size_t)hash; ; perturb >>= PERTURB_SHIFT) {
        if (ep->me_key != dummy && ep->me_hash == hash)
            return NULL;
        i = (i << 2) + i + perturb + 1;
        ep = &table[i & mask];
        if (ep->me_key == key)
            return ep;
        if (ep->me_key == NULL)
            return NULL;
    }
}

static inline PyDictEntry *
string_probe(PyDictObject *mp, PyObject *key, long hash)
{
    PyDictEntry *ep = &mp->ma_table[(size_t)hash & (size_t)mp->ma_mask];

    if (ep->me_key == NULL || ep->me_key == key)
        return ep;
    return string_probe_on(mp, key, hash);
}

/* Lookup while every key in the table is an exact str.  The first other
   key switches the dict to the general lookup for good. */
static PyDictEntry *
lookdict_string(PyDictObject *mp, PyObject *key, long hash)
{
    if (!PyString_CheckExact(key)) {
        mp->ma_lookup = lookdict;
        return lookdict(mp, key, hash);
    }
    return string_probe(mp, key, hash);
}

/* The same two for type dicts. */
static PyDictEntry *
lookdict_string_td(PyDictObject *mp, PyObject *key, long hash)
{
    if (!PyString_CheckExact(key)) {
        mp->ma_lookup = lookdict_td;
        return lookdict(mp, key, hash);
    }
    return string_probe(mp, key, hash);
}

static PyDictEntry *
lookdict_td(PyDictObject *mp, PyObject *key, long hash)
{
    return lookdict(mp, key, hash);
}

/* Include/fastpath.h: the lookup function of plain (not type) dicts
   whose keys are all exact strs. */
const void *const _PyDict_PlainStrLookup = (const void *)lookdict_string;

void
_PyDict_MarkTypeDict(PyObject *op)
{
    PyDictObject *mp = (PyDictObject *)op;

    if (op == NULL || !PyDict_CheckExact(op))
        return;
    /* The marking relies on the four functions being distinct. */
    if ((void *)lookdict_td == (void *)lookdict ||
        (void *)lookdict_string_td == (void *)lookdict_string)
        Py_FatalError("dict lookup functions were merged");
    if (mp->ma_lookup == lookdict_string)
        mp->ma_lookup = lookdict_string_td;
    else if (mp->ma_lookup == lookdict)
        mp->ma_lookup = lookdict_td;
}

int
_PyDict_IsTypeDict(PyObject *op)
{
    return op != NULL && PyDict_CheckExact(op) &&
           IS_TYPE_DICT((PyDictObject *)op);
}

/* Store key/value, stealing both references. */
static int
insertdict(PyDictObject *mp, PyObject *key, long hash, PyObject *value)
{
    PyDictEntry *ep = mp->ma_lookup(mp, key, hash);
    PyObject *old;

    if (ep == NULL) {
        Py_DECREF(key);
        Py_DECREF(value);
        return -1;
    }
    MAINTAIN_TRACKING(mp, key, value);
    TYPE_DICT_WILL_CHANGE(mp);
    if (ep->me_value != NULL) {
        old = ep->me_value;
        ep->me_value = value;
        Py_DECREF(old);         /* may run code; the dict is consistent */
        Py_DECREF(key);
        return 0;
    }
    if (ep->me_key == NULL)
        mp->ma_fill++;
    ep->me_key = key;
    ep->me_hash = (Py_ssize_t)hash;
    ep->me_value = value;
    mp->ma_used++;
    return 0;
}

/* Insertion into a table known to hold no equal key and no dummy: used
   while rebuilding.  Steals nothing (the references move). */
static void
insert_fresh(PyDictObject *mp, PyObject *key, long hash, PyObject *value)
{
    PyDictEntry *table = mp->ma_table, *ep;
    size_t mask = (size_t)mp->ma_mask, i, perturb;

    i = (size_t)hash & mask;
    ep = &table[i];
    for (perturb = (size_t)hash; ep->me_key != NULL; perturb >>= PERTURB_SHIFT) {
        i = (i << 2) + i + perturb + 1;
        ep = &table[i & mask];
    }
    mp->ma_fill++;
    ep->me_key = key;
    ep->me_hash = (Py_ssize_t)hash;
    ep->me_value = value;
    mp->ma_used++;
}

/* Rebuild the table with the smallest power of two above minused slots,
   dropping dummies. */
static int
dictresize(PyDictObject *mp, Py_ssize_t minused)
{
    Py_ssize_t newsize, left;
    PyDictEntry *oldtable, *newtable, *ep;
    PyDictEntry saved_small[PyDict_MINSIZE];
    int old_on_heap;

    for (newsize = PyDict_MINSIZE; newsize <= minused && newsize > 0;
         newsize <<= 1)
        ;
    if (newsize <= 0 ||
        (size_t)newsize > PY_SSIZE_T_MAX / sizeof(PyDictEntry)) {
        PyErr_NoMemory();
        return -1;
    }
    oldtable = mp->ma_table;
    old_on_heap = oldtable != mp->ma_smalltable;

    if (newsize == PyDict_MINSIZE) {
        newtable = mp->ma_smalltable;
        if (newtable == oldtable) {
            if (mp->ma_fill == mp->ma_used)
                return 0;       /* nothing to purge */
            /* rebuilding in place: read from a copy */
            memcpy(saved_small, oldtable, sizeof(saved_small));
            oldtable = saved_small;
        }
    }
    else {
        newtable = PyMem_New(PyDictEntry, newsize);
        if (newtable == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    mp->ma_table = newtable;
    mp->ma_mask = newsize - 1;
    memset(newtable, 0, sizeof(PyDictEntry) * (size_t)newsize);
    left = mp->ma_fill;
    mp->ma_used = 0;
    mp->ma_fill = 0;
    for (ep = oldtable; left > 0; ep++) {
        if (ep->me_value != NULL) {
            left--;
            insert_fresh(mp, ep->me_key, (long)ep->me_hash, ep->me_value);
        }
        else if (ep->me_key != NULL) {
            left--;             /* a dummy: dropped */
        }
    }
    if (old_on_heap)
        PyMem_Free(oldtable);
    return 0;
}

static int
too_full(PyDictObject *mp)
{
    return mp->ma_fill * 3 >= (mp->ma_mask + 1) * 2;
}

static Py_ssize_t
growth_target(PyDictObject *mp)
{
    return (mp->ma_used > 50000 ? 2 : 4) * mp->ma_used;
}

/* Insert with the growth policy; steals key and value. */
static int
insert_and_grow(PyDictObject *mp, PyObject *key, long hash, PyObject *value)
{
    Py_ssize_t before;

    /* Only reachable after an earlier rebuild failed (out of memory):
       never let the table fill up, or failed lookups would not end. */
    if (too_full(mp) && dictresize(mp, growth_target(mp)) < 0) {
        Py_DECREF(key);
        Py_DECREF(value);
        return -1;
    }
    before = mp->ma_used;
    if (insertdict(mp, key, hash, value) < 0)
        return -1;
    if (mp->ma_used > before && too_full(mp))
        return dictresize(mp, growth_target(mp));
    return 0;
}

/* PyDict_GetItem for keys that are not exact strs or tables that are not
   all strs: errors from hashing and comparing are swallowed; one already
   pending is kept. */
static __attribute__((noinline)) PyObject *
getitem_general(PyDictObject *mp, PyObject *key)
{
    long hash;
    PyDictEntry *ep;
    PyObject *t, *v, *tb;

    hash = key_hash(key);
    if (hash == -1) {
        PyErr_Clear();
        return NULL;
    }
    if (HAS_STRING_LOOKUP(mp) && PyString_CheckExact(key))
        return string_probe(mp, key, hash)->me_value;
    PyErr_Fetch(&t, &v, &tb);
    ep = mp->ma_lookup(mp, key, hash);
    if (ep == NULL)
        PyErr_Clear();
    PyErr_Restore(t, v, tb);
    return ep == NULL ? NULL : ep->me_value;
}

PyObject *
PyDict_GetItem(PyObject *op, PyObject *key)
{
    PyDictObject *mp = (PyDictObject *)op;
    long hash;

    if (op == NULL || key == NULL || !PyDict_Check(op))
        return NULL;
    /* All-string table and string key with its hash known: the lookup
       cannot fail or run code (the common case: globals, attributes,
       keywords). */
    if (PyString_CheckExact(key) && HAS_STRING_LOOKUP(mp) &&
        (hash = ((PyStringObject *)key)->ob_shash) != -1)
        return string_probe(mp, key, hash)->me_value;
    return getitem_general(mp, key);
}

/* For callers that know op is an exact dict and key an exact str whose
   hash is computed (an interned name): PyDict_GetItem without the checks,
   returning a new reference (NULL, with no exception, when missing). */
PyObject *
_PyDict_GetItemStr(PyObject *op, PyObject *key)
{
    PyDictObject *mp = (PyDictObject *)op;
    PyObject *v;

    if (HAS_STRING_LOOKUP(mp)) {
        v = string_probe(mp, key, ((PyStringObject *)key)->ob_shash)->me_value;
        Py_XINCREF(v);
        return v;
    }
    /* comparisons may run code that drops the dict */
    Py_INCREF(mp);
    v = getitem_general(mp, key);
    Py_XINCREF(v);
    Py_DECREF(mp);
    return v;
}

/* The same for storing (value not NULL): replacing the value of an
   existing key is done in place. */
int
_PyDict_SetItemStr(PyObject *op, PyObject *key, PyObject *value)
{
    PyDictObject *mp = (PyDictObject *)op;

    if (HAS_STRING_LOOKUP(mp) && !too_full(mp)) {
        long hash = ((PyStringObject *)key)->ob_shash;
        PyDictEntry *ep = string_probe(mp, key, hash);
        PyObject *old = ep->me_value;
        /* (key is an exact str: only value can need tracking) */
        if (!_PyObject_GC_IS_TRACKED(mp) && _PyObject_GC_MAY_BE_TRACKED(value))
            _PyObject_GC_TRACK(mp);
        TYPE_DICT_WILL_CHANGE(mp);
        Py_INCREF(value);
        if (old != NULL) {
            ep->me_value = value;
            Py_DECREF(old);     /* may run code; the dict is consistent */
            return 0;
        }
        /* a new key goes where the lookup stopped, as in insertdict */
        Py_INCREF(key);
        if (ep->me_key == NULL)
            mp->ma_fill++;
        ep->me_key = key;
        ep->me_hash = (Py_ssize_t)hash;
        ep->me_value = value;
        mp->ma_used++;
        if (too_full(mp))
            return dictresize(mp, growth_target(mp));
        return 0;
    }
    return PyDict_SetItem(op, key, value);
}

int
PyDict_SetItem(PyObject *op, PyObject *key, PyObject *value)
{
    long hash;

    if (op == NULL || !PyDict_Check(op) || key == NULL || value == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    hash = key_hash(key);
    if (hash == -1)
        return -1;
    Py_INCREF(key);
    Py_INCREF(value);
    return insert_and_grow((PyDictObject *)op, key, hash, value);
}

/* Turn an active slot into a dummy and release its contents. */
static void
delete_slot(PyDictObject *mp, PyDictEntry *ep)
{
    PyObject *oldkey = ep->me_key, *oldvalue = ep->me_value;

    TYPE_DICT_WILL_CHANGE(mp);
    ep->me_key = dummy;
    ep->me_value = NULL;
    mp->ma_used--;
    Py_DECREF(oldvalue);
    Py_DECREF(oldkey);
}

int
PyDict_DelItem(PyObject *op, PyObject *key)
{
    PyDictObject *mp;
    PyDictEntry *ep;
    long hash;

    if (op == NULL || !PyDict_Check(op) || key == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    hash = key_hash(key);
    if (hash == -1)
        return -1;
    mp = (PyDictObject *)op;
    ep = mp->ma_lookup(mp, key, hash);
    if (ep == NULL)
        return -1;
    if (ep->me_value == NULL) {
        set_key_error(key);
        return -1;
    }
    delete_slot(mp, ep);
    return 0;
}

void
PyDict_Clear(PyObject *op)
{
    PyDictObject *mp;
    PyDictEntry *table, *ep;
    PyDictEntry saved_small[PyDict_MINSIZE];
    Py_ssize_t left;
    int on_heap;

    if (op == NULL || !PyDict_Check(op))
        return;
    mp = (PyDictObject *)op;
    table = mp->ma_table;
    on_heap = table != mp->ma_smalltable;
    left = mp->ma_fill;
    if (left == 0 && !on_heap)
        return;
    TYPE_DICT_WILL_CHANGE(mp);
    /* Detach the old entries, make the dict empty, then release them:
       destructors see an empty, valid dict. */
    if (!on_heap) {
        memcpy(saved_small, table, sizeof(saved_small));
        table = saved_small;
    }
    reset_to_empty(mp);
    for (ep = table; left > 0; ep++) {
        if (ep->me_key != NULL) {
            left--;
            if (ep->me_key != dummy) {
                Py_DECREF(ep->me_key);
                Py_XDECREF(ep->me_value);
            }
        }
    }
    if (on_heap)
        PyMem_Free(table);
}

int
_PyDict_Next(PyObject *op, Py_ssize_t *ppos, PyObject **pkey,
             PyObject **pvalue, long *phash)
{
    PyDictObject *mp;
    PyDictEntry *table;
    Py_ssize_t i, mask;

    if (op == NULL || !PyDict_Check(op))
        return 0;
    mp = (PyDictObject *)op;
    i = *ppos;
    if (i < 0)
        return 0;
    table = mp->ma_table;
    mask = mp->ma_mask;
    while (i <= mask && table[i].me_value == NULL)
        i++;
    *ppos = i + 1;
    if (i > mask)
        return 0;
    if (pkey)
        *pkey = table[i].me_key;
    if (pvalue)
        *pvalue = table[i].me_value;
    if (phash)
        *phash = (long)table[i].me_hash;
    return 1;
}

int
PyDict_Next(PyObject *op, Py_ssize_t *ppos, PyObject **pkey,
            PyObject **pvalue)
{
    return _PyDict_Next(op, ppos, pkey, pvalue, NULL);
}

/* ------------------------------------------------------------------ */

static void
dict_dealloc(PyDictObject *mp)
{
    PyDictEntry *ep;
    Py_ssize_t left = mp->ma_fill;

    PyObject_GC_UnTrack(mp);
    Py_TRASHCAN_SAFE_BEGIN(mp)
    TYPE_DICT_WILL_CHANGE(mp);
    for (ep = mp->ma_table; left > 0; ep++) {
        if (ep->me_key != NULL) {
            left--;
            if (ep->me_key != dummy) {
                Py_DECREF(ep->me_key);
                Py_XDECREF(ep->me_value);
            }
        }
    }
    if (mp->ma_table != mp->ma_smalltable)
        PyMem_Free(mp->ma_table);
    mp->ob_type->tp_free((PyObject *)mp);
    Py_TRASHCAN_SAFE_END(mp)
}

static PyObject *
dict_repr(PyDictObject *mp)
{
    PyObject *parts = NULL, *key, *value, *s, *t, *sep, *joined;
    PyObject *result = NULL;
    Py_ssize_t pos = 0;
    int status, rc;

    status = Py_ReprEnter((PyObject *)mp);
    if (status != 0)
        return status > 0 ? PyString_FromString("{...}") : NULL;
    if (mp->ma_used == 0) {
        result = PyString_FromString("{}");
        goto done;
    }
    parts = PyList_New(0);
    if (parts == NULL)
        goto done;
    if (Py_EnterRecursiveCall(" while getting the repr of a dict"))
        goto done;
    while (PyDict_Next((PyObject *)mp, &pos, &key, &value)) {
        Py_INCREF(key);
        Py_INCREF(value);
        s = PyObject_Repr(key);
        t = s == NULL ? NULL : PyObject_Repr(value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (t == NULL) {
            Py_XDECREF(s);
            goto leave;
        }
        PyString_ConcatAndDel(&s, PyString_FromString(": "));
        PyString_ConcatAndDel(&s, t);
        if (s == NULL)
            goto leave;
        rc = PyList_Append(parts, s);
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
    result = PyString_FromFormat("{%s}", PyString_AS_STRING(joined));
    Py_DECREF(joined);
leave:
    Py_LeaveRecursiveCall();
done:
    Py_XDECREF(parts);
    Py_ReprLeave((PyObject *)mp);
    return result;
}

static Py_ssize_t
dict_length(PyDictObject *mp)
{
    return mp->ma_used;
}

static PyObject *
dict_subscript(PyDictObject *mp, PyObject *key)
{
    PyDictEntry *ep;
    long hash = key_hash(key);

    if (hash == -1)
        return NULL;
    ep = mp->ma_lookup(mp, key, hash);
    if (ep == NULL)
        return NULL;
    if (ep->me_value == NULL) {
        if (!PyDict_CheckExact(mp)) {
            /* subclasses may supply a default through __missing__ */
            PyObject *name = PyString_FromString("__missing__");
            PyObject *missing;
            if (name == NULL)
                return NULL;
            missing = _PyType_Lookup(mp->ob_type, name);
            Py_DECREF(name);
            if (missing != NULL)
                return PyObject_CallFunctionObjArgs(missing, (PyObject *)mp,
                                                    key, NULL);
        }
        set_key_error(key);
        return NULL;
    }
    Py_INCREF(ep->me_value);
    return ep->me_value;
}

static int
dict_ass_sub(PyDictObject *mp, PyObject *key, PyObject *value)
{
    if (value == NULL)
        return PyDict_DelItem((PyObject *)mp, key);
    return PyDict_SetItem((PyObject *)mp, key, value);
}

static PyMappingMethods dict_as_mapping = {
    (lenfunc)dict_length,
    (binaryfunc)dict_subscript,
    (objobjargproc)dict_ass_sub,
};

/* keys(), values(), items(): which == 0, 1, 2. */
static PyObject *
dict_listing(PyDictObject *mp, int which)
{
    PyObject *v, *item;
    Py_ssize_t i, j, n, mask;
    PyDictEntry *ep;

again:
    n = mp->ma_used;
    v = PyList_New(n);
    if (v == NULL)
        return NULL;
    if (which == 2) {
        for (i = 0; i < n; i++) {
            item = PyTuple_New(2);
            if (item == NULL) {
                Py_DECREF(v);
                return NULL;
            }
            PyList_SET_ITEM(v, i, item);
        }
    }
    if (n != mp->ma_used) {
        /* allocating ran code (a collection) that changed the dict */
        Py_DECREF(v);
        goto again;
    }
    ep = mp->ma_table;
    mask = mp->ma_mask;
    for (i = 0, j = 0; i <= mask; i++) {
        if (ep[i].me_value == NULL)
            continue;
        if (which == 0) {
            item = ep[i].me_key;
            Py_INCREF(item);
            PyList_SET_ITEM(v, j, item);
        }
        else if (which == 1) {
            item = ep[i].me_value;
            Py_INCREF(item);
            PyList_SET_ITEM(v, j, item);
        }
        else {
            item = PyList_GET_ITEM(v, j);
            Py_INCREF(ep[i].me_key);
            PyTuple_SET_ITEM(item, 0, ep[i].me_key);
            Py_INCREF(ep[i].me_value);
            PyTuple_SET_ITEM(item, 1, ep[i].me_value);
        }
        j++;
    }
    return v;
}

static PyObject *
dict_keys(PyDictObject *mp)
{
    return dict_listing(mp, 0);
}

static PyObject *
dict_values(PyDictObject *mp)
{
    return dict_listing(mp, 1);
}

static PyObject *
dict_items(PyDictObject *mp)
{
    return dict_listing(mp, 2);
}

static PyObject *
dict_fromkeys(PyObject *cls, PyObject *args)
{
    PyObject *seq, *value = Py_None, *it, *key, *d;
    int status;

    if (!PyArg_UnpackTuple(args, "fromkeys", 1, 2, &seq, &value))
        return NULL;
    d = PyObject_CallObject(cls, NULL);
    if (d == NULL)
        return NULL;
    it = PyObject_GetIter(seq);
    if (it == NULL) {
        Py_DECREF(d);
        return NULL;
    }
    while ((key = PyIter_Next(it)) != NULL) {
        if (PyDict_CheckExact(d))
            status = PyDict_SetItem(d, key, value);
        else
            status = PyObject_SetItem(d, key, value);
        Py_DECREF(key);
        if (status < 0)
            goto fail;
    }
    if (PyErr_Occurred())
        goto fail;
    Py_DECREF(it);
    return d;
fail:
    Py_DECREF(it);
    Py_DECREF(d);
    return NULL;
}

static int
update_common(PyObject *self, PyObject *args, PyObject *kwds,
              const char *methname)
{
    PyObject *arg = NULL;
    int result = 0;

    if (!PyArg_UnpackTuple(args, methname, 0, 1, &arg))
        return -1;
    if (arg != NULL) {
        if (PyObject_HasAttrString(arg, "keys"))
            result = PyDict_Merge(self, arg, 1);
        else
            result = PyDict_MergeFromSeq2(self, arg, 1);
    }
    if (result == 0 && kwds != NULL)
        result = PyDict_Merge(self, kwds, 1);
    return result;
}

static PyObject *
dict_update(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (update_common(self, args, kwds, "update") < 0)
        return NULL;
    Py_RETURN_NONE;
}

int
PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override)
{
    PyObject *it, *item, *fast;
    Py_ssize_t i, n;
    int status = 0;

    if (d == NULL || !PyDict_Check(d) || seq2 == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    it = PyObject_GetIter(seq2);
    if (it == NULL)
        return -1;
    for (i = 0; ; i++) {
        PyObject *key, *value;

        item = PyIter_Next(it);
        if (item == NULL) {
            if (PyErr_Occurred())
                status = -1;
            break;
        }
        fast = PySequence_Fast(item, "");
        if (fast == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError,
                    "cannot convert dictionary update "
                    "sequence element #%zd to a sequence", i);
            Py_DECREF(item);
            status = -1;
            break;
        }
        n = PySequence_Fast_GET_SIZE(fast);
        if (n != 2) {
            PyErr_Format(PyExc_ValueError,
                         "dictionary update sequence element #%zd "
                         "has length %zd; 2 is required", i, n);
            Py_DECREF(fast);
            Py_DECREF(item);
            status = -1;
            break;
        }
        key = PySequence_Fast_GET_ITEM(fast, 0);
        value = PySequence_Fast_GET_ITEM(fast, 1);
        Py_INCREF(key);
        Py_INCREF(value);
        if (override || PyDict_GetItem(d, key) == NULL)
            status = PyDict_SetItem(d, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        Py_DECREF(fast);
        Py_DECREF(item);
        if (status < 0)
            break;
    }
    Py_DECREF(it);
    return status;
}

int
PyDict_Update(PyObject *a, PyObject *b)
{
    return PyDict_Merge(a, b, 1);
}

int
PyDict_Merge(PyObject *a, PyObject *b, int override)
{
    PyDictObject *mp, *other;
    Py_ssize_t i;

    if (a == NULL || !PyDict_Check(a) || b == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    mp = (PyDictObject *)a;
    if (PyDict_Check(b)) {
        other = (PyDictObject *)b;
        if (other == mp || other->ma_used == 0)
            return 0;
        /* One rebuild up front, sized for no overlap. */
        if ((mp->ma_fill + other->ma_used) * 3 >= (mp->ma_mask + 1) * 2) {
            if (dictresize(mp, (mp->ma_used + other->ma_used) * 2) < 0)
                return -1;
        }
        for (i = 0; i <= other->ma_mask; i++) {
            PyDictEntry *entry = &other->ma_table[i];
            PyObject *key, *value;
            long hash;

            if (entry->me_value == NULL)
                continue;
            key = entry->me_key;
            value = entry->me_value;
            hash = (long)entry->me_hash;
            Py_INCREF(key);
            Py_INCREF(value);
            if (!override && PyDict_GetItem(a, key) != NULL) {
                Py_DECREF(key);
                Py_DECREF(value);
                continue;
            }
            /* Normally the rebuild above left room; comparisons that
               added keys to mp may have used it up. */
            if (too_full(mp) && dictresize(mp, growth_target(mp)) < 0) {
                Py_DECREF(key);
                Py_DECREF(value);
                return -1;
            }
            if (insertdict(mp, key, hash, value) < 0)
                return -1;
        }
    }
    else {
        PyObject *keys = PyMapping_Keys(b);
        PyObject *it, *key, *value;
        int status;

        if (keys == NULL)
            return -1;
        it = PyObject_GetIter(keys);
        Py_DECREF(keys);
        if (it == NULL)
            return -1;
        while ((key = PyIter_Next(it)) != NULL) {
            if (!override && PyDict_GetItem(a, key) != NULL) {
                Py_DECREF(key);
                continue;
            }
            value = PyObject_GetItem(b, key);
            if (value == NULL) {
                Py_DECREF(it);
                Py_DECREF(key);
                return -1;
            }
            status = PyDict_SetItem(a, key, value);
            Py_DECREF(key);
            Py_DECREF(value);
            if (status < 0) {
                Py_DECREF(it);
                return -1;
            }
        }
        Py_DECREF(it);
        if (PyErr_Occurred())
            return -1;
    }
    return 0;
}

static PyObject *
dict_copy(PyDictObject *mp)
{
    return PyDict_Copy((PyObject *)mp);
}

PyObject *
PyDict_Copy(PyObject *o)
{
    PyObject *copy;

    if (o == NULL || !PyDict_Check(o)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    copy = PyDict_New();
    if (copy == NULL)
        return NULL;
    if (PyDict_Merge(copy, o, 1) < 0) {
        Py_DECREF(copy);
        return NULL;
    }
    return copy;
}

Py_ssize_t
PyDict_Size(PyObject *mp)
{
    if (mp == NULL || !PyDict_Check(mp)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PyDictObject *)mp)->ma_used;
}

PyObject *
PyDict_Keys(PyObject *mp)
{
    if (mp == NULL || !PyDict_Check(mp)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return dict_listing((PyDictObject *)mp, 0);
}

PyObject *
PyDict_Values(PyObject *mp)
{
    if (mp == NULL || !PyDict_Check(mp)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return dict_listing((PyDictObject *)mp, 1);
}

PyObject *
PyDict_Items(PyObject *mp)
{
    if (mp == NULL || !PyDict_Check(mp)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return dict_listing((PyDictObject *)mp, 2);
}

/* Ordering of dicts (2.5): shorter is smaller; for equal sizes, compare
   the smallest key whose value differs between the two (or that is
   missing from the other), then the values. */

/* Smallest key k of a such that b has no equal value for k; its value in
   a goes to *pval.  NULL with no exception if there is none. */
static PyObject *
first_difference(PyDictObject *a, PyDictObject *b, PyObject **pval)
{
    PyObject *best_key = NULL, *best_val = NULL;
    Py_ssize_t i;
    int cmp;

    for (i = 0; i <= a->ma_mask; i++) {
        PyObject *k, *av, *bv;

        if (a->ma_table[i].me_value == NULL)
            continue;
        k = a->ma_table[i].me_key;
        Py_INCREF(k);
        if (best_key != NULL) {
            cmp = PyObject_RichCompareBool(best_key, k, Py_LT);
            if (cmp < 0) {
                Py_DECREF(k);
                goto fail;
            }
            /* skip if not smaller, or if the compare removed the entry */
            if (cmp > 0 || i > a->ma_mask ||
                a->ma_table[i].me_value == NULL) {
                Py_DECREF(k);
                continue;
            }
        }
        av = a->ma_table[i].me_value;
        Py_INCREF(av);
        bv = PyDict_GetItem((PyObject *)b, k);
        if (bv == NULL) {
            cmp = 0;
        }
        else {
            Py_INCREF(bv);
            cmp = PyObject_RichCompareBool(av, bv, Py_EQ);
            Py_DECREF(bv);
            if (cmp < 0) {
                Py_DECREF(k);
                Py_DECREF(av);
                goto fail;
            }
        }
        if (cmp == 0) {
            Py_XDECREF(best_key);
            Py_XDECREF(best_val);
            best_key = k;
            best_val = av;
        }
        else {
            Py_DECREF(k);
            Py_DECREF(av);
        }
    }
    *pval = best_val;
    return best_key;
fail:
    Py_XDECREF(best_key);
    Py_XDECREF(best_val);
    *pval = NULL;
    return NULL;
}

static int
dict_compare(PyDictObject *a, PyDictObject *b)
{
    PyObject *adiff, *bdiff = NULL, *aval, *bval = NULL;
    int res;

    if (a->ma_used < b->ma_used)
        return -1;
    if (a->ma_used > b->ma_used)
        return 1;
    adiff = first_difference(a, b, &aval);
    if (adiff == NULL) {
        if (PyErr_Occurred())
            return -1;
        return 0;
    }
    bdiff = first_difference(b, a, &bval);
    if (bdiff == NULL && PyErr_Occurred()) {
        res = -1;
        goto done;
    }
    res = 0;
    if (bdiff != NULL)
        res = PyObject_Compare(adiff, bdiff);
    if (res == 0 && bval != NULL)
        res = PyObject_Compare(aval, bval);
done:
    Py_XDECREF(adiff);
    Py_XDECREF(bdiff);
    Py_XDECREF(aval);
    Py_XDECREF(bval);
    return res;
}

/* 1 if equal, 0 if not, -1 on error. */
static int
dict_equal(PyDictObject *a, PyDictObject *b)
{
    Py_ssize_t i;

    if (a->ma_used != b->ma_used)
        return 0;
    for (i = 0; i <= a->ma_mask; i++) {
        PyObject *key, *av, *bv;
        int cmp;

        if (a->ma_table[i].me_value == NULL)
            continue;
        key = a->ma_table[i].me_key;
        av = a->ma_table[i].me_value;
        Py_INCREF(key);
        Py_INCREF(av);
        bv = PyDict_GetItem((PyObject *)b, key);
        if (bv == NULL) {
            Py_DECREF(key);
            Py_DECREF(av);
            if (PyErr_Occurred())
                return -1;
            return 0;
        }
        Py_INCREF(bv);
        cmp = PyObject_RichCompareBool(av, bv, Py_EQ);
        Py_DECREF(key);
        Py_DECREF(av);
        Py_DECREF(bv);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static PyObject *
dict_richcompare(PyObject *v, PyObject *w, int op)
{
    int cmp;

    if (!PyDict_Check(v) || !PyDict_Check(w) ||
        (op != Py_EQ && op != Py_NE)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    cmp = dict_equal((PyDictObject *)v, (PyDictObject *)w);
    if (cmp < 0)
        return NULL;
    return PyBool_FromLong(cmp == (op == Py_EQ));
}

static int
dict_contains_key(PyDictObject *mp, PyObject *key)
{
    PyDictEntry *ep;
    long hash = key_hash(key);

    if (hash == -1)
        return -1;
    ep = mp->ma_lookup(mp, key, hash);
    if (ep == NULL)
        return -1;
    return ep->me_value != NULL;
}

int
PyDict_Contains(PyObject *op, PyObject *key)
{
    if (op == NULL || !PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return dict_contains_key((PyDictObject *)op, key);
}

static PyObject *
dict_has_key(PyDictObject *mp, PyObject *key)
{
    int r = dict_contains_key(mp, key);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

/* The (key[, default]) arguments of get and setdefault: read from the
   tuple directly; a wrong count goes to PyArg_UnpackTuple for its
   message. */
static inline int
key_and_default(PyObject *args, const char *name, PyObject **key,
                PyObject **failobj)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);

    if (n == 1 || n == 2) {
        *key = PyTuple_GET_ITEM(args, 0);
        if (n == 2)
            *failobj = PyTuple_GET_ITEM(args, 1);
        return 1;
    }
    return PyArg_UnpackTuple(args, name, 1, 2, key, failobj);
}

static PyObject *
dict_get(PyDictObject *mp, PyObject *args)
{
    PyObject *key, *failobj = Py_None, *val;
    PyDictEntry *ep;
    long hash;

    if (!key_and_default(args, "get", &key, &failobj))
        return NULL;
    hash = key_hash(key);
    if (hash == -1)
        return NULL;
    ep = mp->ma_lookup(mp, key, hash);
    if (ep == NULL)
        return NULL;
    val = ep->me_value != NULL ? ep->me_value : failobj;
    Py_INCREF(val);
    return val;
}

static PyObject *
dict_setdefault(PyDictObject *mp, PyObject *args)
{
    PyObject *key, *failobj = Py_None, *val;
    PyDictEntry *ep;
    long hash;

    if (!key_and_default(args, "setdefault", &key, &failobj))
        return NULL;
    hash = key_hash(key);
    if (hash == -1)
        return NULL;
    ep = mp->ma_lookup(mp, key, hash);
    if (ep == NULL)
        return NULL;
    if (ep->me_value != NULL) {
        val = ep->me_value;
        Py_INCREF(val);
        return val;
    }
    if (PyDict_SetItem((PyObject *)mp, key, failobj) < 0)
        return NULL;
    Py_INCREF(failobj);
    return failobj;
}

static PyObject *
dict_clear(PyDictObject *mp)
{
    PyDict_Clear((PyObject *)mp);
    Py_RETURN_NONE;
}

static PyObject *
dict_pop(PyDictObject *mp, PyObject *args)
{
    PyObject *key, *deflt = NULL, *oldkey, *oldvalue;
    PyDictEntry *ep;
    long hash;

    if (!PyArg_UnpackTuple(args, "pop", 1, 2, &key, &deflt))
        return NULL;
    if (mp->ma_used == 0) {
        if (deflt != NULL) {
            Py_INCREF(deflt);
            return deflt;
        }
        PyErr_SetString(PyExc_KeyError, "pop(): dictionary is empty");
        return NULL;
    }
    hash = key_hash(key);
    if (hash == -1)
        return NULL;
    ep = mp->ma_lookup(mp, key, hash);
    if (ep == NULL)
        return NULL;
    if (ep->me_value == NULL) {
        if (deflt != NULL) {
            Py_INCREF(deflt);
            return deflt;
        }
        set_key_error(key);
        return NULL;
    }
    TYPE_DICT_WILL_CHANGE(mp);
    oldkey = ep->me_key;
    oldvalue = ep->me_value;
    ep->me_key = dummy;
    ep->me_value = NULL;
    mp->ma_used--;
    Py_DECREF(oldkey);
    return oldvalue;
}

static PyObject *
dict_popitem(PyDictObject *mp)
{
    Py_ssize_t i = 0;
    PyDictEntry *ep;
    PyObject *res;

    /* Allocate first: allocation may run a collection that changes the
       dict, so emptiness is checked afterwards too. */
    res = PyTuple_New(2);
    if (res == NULL)
        return NULL;
    if (mp->ma_used == 0) {
        Py_DECREF(res);
        PyErr_SetString(PyExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    /* Slot 0's hash field, unused while slot 0 holds no entry, remembers
       where the previous search ended so repeated popitem() is fast. */
    ep = &mp->ma_table[0];
    if (ep->me_value == NULL) {
        i = ep->me_hash;
        if (i > mp->ma_mask || i < 1)
            i = 1;
        while ((ep = &mp->ma_table[i])->me_value == NULL) {
            i++;
            if (i > mp->ma_mask)
                i = 1;
        }
    }
    TYPE_DICT_WILL_CHANGE(mp);
    PyTuple_SET_ITEM(res, 0, ep->me_key);
    PyTuple_SET_ITEM(res, 1, ep->me_value);
    ep->me_key = dummy;
    ep->me_value = NULL;
    mp->ma_used--;
    mp->ma_table[0].me_hash = i + 1;
    return res;
}

static int
dict_traverse(PyObject *op, visitproc visit, void *arg)
{
    PyDictObject *mp = (PyDictObject *)op;
    Py_ssize_t i;

    /* visit() cannot change the table (it runs no Python code) */
    for (i = 0; i <= mp->ma_mask; i++) {
        PyDictEntry *ep = &mp->ma_table[i];
        if (ep->me_value != NULL) {
            Py_VISIT(ep->me_key);
            Py_VISIT(ep->me_value);
        }
    }
    return 0;
}

static int
dict_tp_clear(PyObject *op)
{
    PyDict_Clear(op);
    return 0;
}

static long
dict_nohash(PyObject *self)
{
    PyErr_SetString(PyExc_TypeError, "dict objects are unhashable");
    return -1;
}

static PyObject *dictiter_new(PyDictObject *, PyTypeObject *);
extern PyTypeObject PyDictIterKey_Type;
extern PyTypeObject PyDictIterValue_Type;
extern PyTypeObject PyDictIterItem_Type;

static PyObject *
dict_iterkeys(PyDictObject *dict)
{
    return dictiter_new(dict, &PyDictIterKey_Type);
}

static PyObject *
dict_itervalues(PyDictObject *dict)
{
    return dictiter_new(dict, &PyDictIterValue_Type);
}

static PyObject *
dict_iteritems(PyDictObject *dict)
{
    return dictiter_new(dict, &PyDictIterItem_Type);
}

static int
dict_sq_contains(PyDictObject *mp, PyObject *key)
{
    return dict_contains_key(mp, key);
}

static PySequenceMethods dict_as_sequence = {
    0, 0, 0, 0, 0, 0, 0,
    (objobjproc)dict_sq_contains,       /* sq_contains */
    0, 0,
};

static PyObject *
dict_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyDictObject *d = (PyDictObject *)type->tp_alloc(type, 0);

    if (d == NULL)
        return NULL;
    reset_to_empty(d);
    d->ma_lookup = lookdict_string;
    /* tp_alloc tracked it; an exact dict waits for a trackable item */
    if (type == &PyDict_Type)
        _PyObject_GC_UNTRACK(d);
    return (PyObject *)d;
}

static int
dict_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return update_common(self, args, kwds, "dict");
}

static PyObject *
dict_iter(PyDictObject *dict)
{
    return dictiter_new(dict, &PyDictIterKey_Type);
}

static char has_key_doc[] = "D.has_key(k) -> True if D has a key k, else False";
static char contains_doc[] = "D.__contains__(k) -> True if D has a key k, else False";
static char getitem_doc[] = "x.__getitem__(y) <==> x[y]";
static char get_doc[] = "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.";
static char setdefault_doc[] = "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D";
static char pop_doc[] =
    "D.pop(k[,d]) -> v, remove specified key and return the corresponding value\n"
    "If key is not found, d is returned if given, otherwise KeyError is raised";
static char popitem_doc[] =
    "D.popitem() -> (k, v), remove and return some (key, value) pair as a\n"
    "2-tuple; but raise KeyError if D is empty";
static char keys_doc[] = "D.keys() -> list of D's keys";
static char items_doc[] = "D.items() -> list of D's (key, value) pairs, as 2-tuples";
static char values_doc[] = "D.values() -> list of D's values";
static char update_doc[] =
    "D.update(E, **F) -> None.  Update D from E and F: for k in E: D[k] = E[k]\n"
    "(if E has keys else: for (k, v) in E: D[k] = v) then: for k in F: D[k] = F[k]";
static char fromkeys_doc[] =
    "dict.fromkeys(S[,v]) -> New dict with keys from S and values equal to v.\n"
    "v defaults to None.";
static char clear_doc[] = "D.clear() -> None.  Remove all items from D.";
static char copy_doc[] = "D.copy() -> a shallow copy of D";
static char iterkeys_doc[] = "D.iterkeys() -> an iterator over the keys of D";
static char itervalues_doc[] = "D.itervalues() -> an iterator over the values of D";
static char iteritems_doc[] = "D.iteritems() -> an iterator over the (key, value) items of D";

static PyMethodDef dict_methods[] = {
    {"__contains__", (PyCFunction)dict_has_key, METH_O | METH_COEXIST, contains_doc},
    {"__getitem__", (PyCFunction)dict_subscript, METH_O | METH_COEXIST, getitem_doc},
    {"has_key", (PyCFunction)dict_has_key, METH_O, has_key_doc},
    {"get", (PyCFunction)dict_get, METH_VARARGS, get_doc},
    {"setdefault", (PyCFunction)dict_setdefault, METH_VARARGS, setdefault_doc},
    {"pop", (PyCFunction)dict_pop, METH_VARARGS, pop_doc},
    {"popitem", (PyCFunction)dict_popitem, METH_NOARGS, popitem_doc},
    {"keys", (PyCFunction)dict_keys, METH_NOARGS, keys_doc},
    {"items", (PyCFunction)dict_items, METH_NOARGS, items_doc},
    {"values", (PyCFunction)dict_values, METH_NOARGS, values_doc},
    {"update", (PyCFunction)dict_update, METH_VARARGS | METH_KEYWORDS, update_doc},
    {"fromkeys", (PyCFunction)dict_fromkeys, METH_VARARGS | METH_CLASS, fromkeys_doc},
    {"clear", (PyCFunction)dict_clear, METH_NOARGS, clear_doc},
    {"copy", (PyCFunction)dict_copy, METH_NOARGS, copy_doc},
    {"iterkeys", (PyCFunction)dict_iterkeys, METH_NOARGS, iterkeys_doc},
    {"itervalues", (PyCFunction)dict_itervalues, METH_NOARGS, itervalues_doc},
    {"iteritems", (PyCFunction)dict_iteritems, METH_NOARGS, iteritems_doc},
    {NULL, NULL, 0, NULL}
};

static char dict_doc[] =
"dict() -> new empty dictionary.\n"
"dict(mapping) -> new dictionary initialized from a mapping object's\n"
"    (key, value) pairs.\n"
"dict(seq) -> new dictionary initialized as if via:\n"
"    d = {}\n"
"    for k, v in seq:\n"
"        d[k] = v\n"
"dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
"    in the keyword argument list.  For example:  dict(one=1, two=2)";

PyTypeObject PyDict_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "dict",
    sizeof(PyDictObject),
    0,
    (destructor)dict_dealloc,           /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    (cmpfunc)dict_compare,              /* tp_compare */
    (reprfunc)dict_repr,                /* tp_repr */
    0,                                  /* tp_as_number */
    &dict_as_sequence,                  /* tp_as_sequence */
    &dict_as_mapping,                   /* tp_as_mapping */
    dict_nohash,                        /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    dict_doc,                           /* tp_doc */
    dict_traverse,                      /* tp_traverse */
    dict_tp_clear,                      /* tp_clear */
    dict_richcompare,                   /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    (getiterfunc)dict_iter,             /* tp_iter */
    0,                                  /* tp_iternext */
    dict_methods,                       /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    dict_init,                          /* tp_init */
    PyType_GenericAlloc,                /* tp_alloc */
    dict_new,                           /* tp_new */
    PyObject_GC_Del,                    /* tp_free */
};

/* C-string key conveniences. */

PyObject *
PyDict_GetItemString(PyObject *v, const char *key)
{
    PyObject *kv, *rv;

    kv = PyString_FromString(key);
    if (kv == NULL)
        return NULL;
    rv = PyDict_GetItem(v, kv);
    Py_DECREF(kv);
    return rv;
}

int
PyDict_SetItemString(PyObject *v, const char *key, PyObject *item)
{
    PyObject *kv;
    int err;

    kv = PyString_FromString(key);
    if (kv == NULL)
        return -1;
    PyString_InternInPlace(&kv);
    err = PyDict_SetItem(v, kv, item);
    Py_DECREF(kv);
    return err;
}

int
PyDict_DelItemString(PyObject *v, const char *key)
{
    PyObject *kv;
    int err;

    kv = PyString_FromString(key);
    if (kv == NULL)
        return -1;
    err = PyDict_DelItem(v, kv);
    Py_DECREF(kv);
    return err;
}

/* ------------------------------------------------------------------ */
/* Iterators over keys, values and items.  A change in the number of
   entries is an error; it stays an error for the rest of the iteration. */

typedef struct {
    PyObject_HEAD
    PyDictObject *di_dict;      /* NULL once exhausted */
    Py_ssize_t di_used;
    Py_ssize_t di_pos;
    Py_ssize_t len;
} dictiterobject;

static PyObject *
dictiter_new(PyDictObject *dict, PyTypeObject *itertype)
{
    dictiterobject *di = PyObject_GC_New(dictiterobject, itertype);

    if (di == NULL)
        return NULL;
    Py_INCREF(dict);
    di->di_dict = dict;
    di->di_used = dict->ma_used;
    di->di_pos = 0;
    di->len = dict->ma_used;
    _PyObject_GC_TRACK(di);
    return (PyObject *)di;
}

static void
dictiter_dealloc(dictiterobject *di)
{
    PyObject_GC_UnTrack(di);
    Py_TRASHCAN_SAFE_BEGIN(di)
    Py_XDECREF(di->di_dict);
    PyObject_GC_Del(di);
    Py_TRASHCAN_SAFE_END(di)
}

static int
dictiter_traverse(dictiterobject *di, visitproc visit, void *arg)
{
    Py_VISIT(di->di_dict);
    return 0;
}

static PyObject *
dictiter_len(dictiterobject *di)
{
    Py_ssize_t n = 0;

    if (di->di_dict != NULL && di->di_used == di->di_dict->ma_used)
        n = di->len;
    return PyInt_FromSsize_t(n);
}

static char length_hint_doc[] = "Private method returning an estimate of len(list(it)).";

static PyMethodDef dictiter_methods[] = {
    {"__length_hint__", (PyCFunction)dictiter_len, METH_NOARGS, length_hint_doc},
    {NULL, NULL, 0, NULL}
};

/* Advance to the next live slot; returns its index or -1 when done or on
   error (exception set in that case). */
static Py_ssize_t
dictiter_advance(dictiterobject *di)
{
    PyDictObject *d = di->di_dict;
    Py_ssize_t i, mask;
    PyDictEntry *ep;

    if (d == NULL)
        return -1;
    if (di->di_used != d->ma_used) {
        PyErr_SetString(PyExc_RuntimeError,
                        "dictionary changed size during iteration");
        di->di_used = -1;       /* keep failing */
        return -1;
    }
    i = di->di_pos;
    if (i < 0)
        goto exhausted;
    ep = d->ma_table;
    mask = d->ma_mask;
    while (i <= mask && ep[i].me_value == NULL)
        i++;
    di->di_pos = i + 1;
    if (i > mask)
        goto exhausted;
    di->len--;
    return i;
exhausted:
    di->di_dict = NULL;
    Py_DECREF(d);
    return -1;
}

static PyObject *
dictiter_nextkey(dictiterobject *di)
{
    Py_ssize_t i = dictiter_advance(di);
    PyObject *key;

    if (i < 0)
        return NULL;
    key = di->di_dict->ma_table[i].me_key;
    Py_INCREF(key);
    return key;
}

static PyObject *
dictiter_nextvalue(dictiterobject *di)
{
    Py_ssize_t i = dictiter_advance(di);
    PyObject *value;

    if (i < 0)
        return NULL;
    value = di->di_dict->ma_table[i].me_value;
    Py_INCREF(value);
    return value;
}

static PyObject *
dictiter_nextitem(dictiterobject *di)
{
    Py_ssize_t i = dictiter_advance(di);
    PyObject *key, *value, *result;

    if (i < 0)
        return NULL;
    key = di->di_dict->ma_table[i].me_key;
    value = di->di_dict->ma_table[i].me_value;
    Py_INCREF(key);
    Py_INCREF(value);
    result = PyTuple_New(2);
    if (result == NULL) {
        Py_DECREF(key);
        Py_DECREF(value);
        return NULL;
    }
    PyTuple_SET_ITEM(result, 0, key);
    PyTuple_SET_ITEM(result, 1, value);
    return result;
}

#define DICTITER_TYPE(cname, pyname, nextfunc)                          \
PyTypeObject cname = {                                                  \
    PyObject_HEAD_INIT(&PyType_Type)                                    \
    0,                                                                  \
    pyname,                                                             \
    sizeof(dictiterobject),                                             \
    0,                                                                  \
    (destructor)dictiter_dealloc,                                       \
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                                    \
    PyObject_GenericGetAttr,                                            \
    0,                                                                  \
    0,                                                                  \
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,                            \
    0,                                                                  \
    (traverseproc)dictiter_traverse,                                    \
    0,                                                                  \
    0,                                                                  \
    0,                                                                  \
    PyObject_SelfIter,                                                  \
    (iternextfunc)nextfunc,                                             \
    dictiter_methods,                                                   \
};

DICTITER_TYPE(PyDictIterKey_Type, "dictionary-keyiterator", dictiter_nextkey)
DICTITER_TYPE(PyDictIterValue_Type, "dictionary-valueiterator", dictiter_nextvalue)
DICTITER_TYPE(PyDictIterItem_Type, "dictionary-itemiterator", dictiter_nextitem)
