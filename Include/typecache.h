#ifndef Py_TYPECACHE_H
#define Py_TYPECACHE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Private, not part of the 2.5 API: the attribute lookup cache of
   Objects/typeobject.c (see the comment there for when entries are
   valid), visible so that the eval loop can probe it inline.  Include
   after Python.h. */

#define _Py_TYPECACHE_BITS 12
#define _Py_TYPECACHE_SIZE ((size_t)1 << _Py_TYPECACHE_BITS)

typedef struct {
    size_t epoch;           /* 0: never filled */
    PyTypeObject *type;     /* borrowed */
    PyObject *name;         /* borrowed; an interned str */
    PyObject *value;        /* borrowed; NULL: the MRO has no such name */
} _PyTypeCacheEntry;

PyAPI_DATA(_PyTypeCacheEntry) _PyType_Cache[];
PyAPI_DATA(size_t) _PyType_CacheEpoch;

static inline size_t
_PyType_CacheSlot(PyTypeObject *type, long hash)
{
    size_t h = (size_t)hash ^ ((size_t)type >> 4);
    h ^= h >> _Py_TYPECACHE_BITS;
    return h & (_Py_TYPECACHE_SIZE - 1);
}

/* The entry answering (type, name), or NULL when the cache does not
   know.  name must be an interned exact str (its hash is computed). */
static inline _PyTypeCacheEntry *
_PyType_CacheProbe(PyTypeObject *type, PyObject *name)
{
    _PyTypeCacheEntry *e = &_PyType_Cache[_PyType_CacheSlot(
        type, ((PyStringObject *)name)->ob_shash)];
    if (e->epoch == _PyType_CacheEpoch && e->type == type &&
        e->name == name)
        return e;
    return NULL;
}

#ifdef __cplusplus
}
#endif
#endif /* !Py_TYPECACHE_H */
