#ifndef Py_TYPECACHE_H
#define Py_TYPECACHE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Private, not part of the 2.5 API: the attribute lookup cache of
   Objects/typeobject.c (see the comment there for when entries are
   valid), visible so that the eval loop can probe it inline.  Include
   after Python.h. */

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

#ifdef __cplusplus
}
#endif
#endif /* !Py_TYPECACHE_H */
