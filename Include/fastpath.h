#ifndef Py_FASTPATH_H
#define Py_FASTPATH_H
#ifdef __cplusplus
extern "C" {
#endif

/* Private, not part of the 2.5 API and not included by Python.h: inline
   fast paths shared by the eval loop (Python/ceval.c) and the attribute
   code of Objects/typeobject.c.  Include after Python.h.

   1. The attribute lookup cache of Objects/typeobject.c (see the comment
      there for when entries are valid). */

/* 2-way set associative: a set is two adjacent entries (one cache line),
   the most recently filled first. */
#define _Py_TYPECACHE_BITS 11          /* number of sets: 1 << BITS */
#define _Py_TYPECACHE_SIZE ((size_t)2 << _Py_TYPECACHE_BITS)

typedef struct {
    size_t epoch;           /* 0: never filled */
    PyTypeObject *type;     /* borrowed */
    PyObject *name;         /* borrowed; an interned str */
    PyObject *value;        /* borrowed; NULL: the MRO has no such name */
} _PyTypeCacheEntry;

PyAPI_DATA(_PyTypeCacheEntry) _PyType_Cache[];
PyAPI_DATA(size_t) _PyType_CacheEpoch;

/* Multiplying after combining keeps the slots of (A, x), (B, y), (A, y)
   and (B, x) unrelated (with a plain xor, one coincidence between two
   types and two names would make two pairs of them collide). */
static inline _PyTypeCacheEntry *
_PyType_CacheSet(PyTypeObject *type, long hash)
{
#if SIZEOF_SIZE_T == 8
    size_t h = (size_t)type * (size_t)0x9E3779B97F4A7C15ULL;
    h = (h ^ (size_t)hash) * (size_t)0x9E3779B97F4A7C15ULL;
    return &_PyType_Cache[(h >> (64 - _Py_TYPECACHE_BITS)) * 2];
#else
    size_t h = (size_t)type * (size_t)0x9E3779B1UL;
    h = (h ^ (size_t)hash) * (size_t)0x9E3779B1UL;
    return &_PyType_Cache[(h >> (32 - _Py_TYPECACHE_BITS)) * 2];
#endif
}

/* The entry answering (type, name), or NULL when the cache does not
   know.  name must be an interned exact str (its hash is computed). */
static inline _PyTypeCacheEntry *
_PyType_CacheProbe(PyTypeObject *type, PyObject *name)
{
    _PyTypeCacheEntry *e = _PyType_CacheSet(
        type, ((PyStringObject *)name)->ob_shash);
    if (e->type == type && e->name == name &&
        e->epoch == _PyType_CacheEpoch)
        return e;
    e++;
    if (e->type == type && e->name == name &&
        e->epoch == _PyType_CacheEpoch)
        return e;
    return NULL;
}

/* 2. Dict probes (Objects/dictobject.c owns the table layout). */

/* Private: the value stored under key when key itself (that very
   object) occupies its first probe slot in mp, else NULL.  Reads the
   table only: no code runs.  hash is key's hash. */
static inline PyObject *
_PyDict_FirstSlotValue(PyDictObject *mp, PyObject *key, long hash)
{
    PyDictEntry *ep = &mp->ma_table[(size_t)hash & (size_t)mp->ma_mask];
    return ep->me_key == key ? ep->me_value : NULL;
}

/* Private: 1 when the first probe slot of key settles the lookup (key
   itself is there: *value is its value; or the slot was never used:
   *value is NULL), 0 when a full lookup is needed. */
static inline int
_PyDict_FirstSlotLookup(PyDictObject *mp, PyObject *key, long hash,
                        PyObject **value)
{
    PyDictEntry *ep = &mp->ma_table[(size_t)hash & (size_t)mp->ma_mask];
    if (ep->me_key == key) {
        *value = ep->me_value;
        return 1;
    }
    if (ep->me_key == NULL) {
        *value = NULL;
        return 1;
    }
    return 0;
}

/* Private: ma_lookup of a dict that is not a type dict and has only
   exact str keys (changing such a dict needs no cache invalidation, and
   comparing its keys runs no code). */
PyAPI_DATA(const void *const) _PyDict_PlainStrLookup;

/* Private: replaces the value of key in mp in place when mp is such a
   dict and key itself occupies its first probe slot; returns 1 then (the
   old value is released last), 0 if nothing was done. */
static inline int
_PyDict_FirstSlotReplace(PyDictObject *mp, PyObject *key, long hash,
                         PyObject *value)
{
    PyDictEntry *ep;
    PyObject *old;

    if ((const void *)mp->ma_lookup != _PyDict_PlainStrLookup)
        return 0;
    ep = &mp->ma_table[(size_t)hash & (size_t)mp->ma_mask];
    old = ep->me_value;
    if (ep->me_key != key || old == NULL)
        return 0;
    Py_INCREF(value);
    ep->me_value = value;
    Py_DECREF(old);
    return 1;
}

#ifdef __cplusplus
}
#endif
#endif /* !Py_FASTPATH_H */
