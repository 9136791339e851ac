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

/* Inlined even into the (huge) eval loop. */
#if defined(__GNUC__)
#define _Py_FASTPATH_INLINE static inline __attribute__((always_inline))
#else
#define _Py_FASTPATH_INLINE static inline
#endif

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
_Py_FASTPATH_INLINE _PyTypeCacheEntry *
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
_Py_FASTPATH_INLINE _PyTypeCacheEntry *
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

/* Private: ma_lookup of a dict that is not a type dict and has only
   exact str keys (changing such a dict needs no cache invalidation, and
   comparing its keys runs no code). */
PyAPI_DATA(const void *const) _PyDict_PlainStrLookup;

/* Private: looks up key, an exact str whose hash is hash (interned, as
   a rule), in mp without calling anything.  Returns 1 when that settles
   it (*value is the value, borrowed, or NULL when key is absent), 0 when
   the full lookup is needed: a dict with other keys than exact strs, or
   a key of equal hash that is not key itself (an equal str made
   elsewhere).  The first probe slot is looked at inline, the rest of
   the chain by _PyDict_StrLookupChain (Objects/dictobject.c). */
PyAPI_FUNC(int) _PyDict_StrLookupChain(PyDictObject *mp, PyObject *key,
                                       long hash, PyObject **value);

_Py_FASTPATH_INLINE int
_PyDict_StrLookupSettled(PyDictObject *mp, PyObject *key, long hash,
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
    return _PyDict_StrLookupChain(mp, key, hash, value);
}

/* Private: the entry of key (an exact str whose hash is hash) in mp when
   mp is a plain dict of exact str keys (not a type's dict, so changing
   a value needs no cache invalidation) and key itself is in it; NULL
   otherwise (absent, or the full lookup is needed).  The chain after the
   first slot is walked by _PyDict_StrEntryChain (Objects/dictobject.c). */
PyAPI_FUNC(PyDictEntry *) _PyDict_StrEntryChain(PyDictObject *mp,
                                                PyObject *key, long hash);

_Py_FASTPATH_INLINE PyDictEntry *
_PyDict_StrEntry(PyDictObject *mp, PyObject *key, long hash)
{
    PyDictEntry *ep = &mp->ma_table[(size_t)hash & (size_t)mp->ma_mask];

    if ((const void *)mp->ma_lookup != _PyDict_PlainStrLookup)
        return NULL;
    if (ep->me_key == key)
        return ep;
    if (ep->me_key == NULL)
        return NULL;
    return _PyDict_StrEntryChain(mp, key, hash);
}

/* Private: replaces the value of key in mp in place when
   _PyDict_StrEntry finds it; returns 1 then (the old value is released
   last), 0 if nothing was done.  Like every store into a dict, it tracks
   an untracked dict first when value may be tracked (see the top of
   Objects/dictobject.c). */
_Py_FASTPATH_INLINE int
_PyDict_StrReplace(PyDictObject *mp, PyObject *key, long hash,
                   PyObject *value)
{
    PyDictEntry *ep = _PyDict_StrEntry(mp, key, hash);
    PyObject *old;

    if (ep == NULL)
        return 0;
    if (!_PyObject_GC_IS_TRACKED(mp) && _PyObject_GC_MAY_BE_TRACKED(value))
        PyObject_GC_Track(mp);
    old = ep->me_value;
    Py_INCREF(value);
    ep->me_value = value;
    Py_DECREF(old);
    return 1;
}

/* 3. Frames of calls made by the eval loop (Objects/frameobject.c):
   PyFrame_New without the argument checks and without tracking by the
   collector; the caller tracks the frame if it outlives the call. */
struct _frame;
PyAPI_FUNC(struct _frame *) _PyFrame_NewUntracked(PyThreadState *,
                                                  PyCodeObject *,
                                                  PyObject *globals);

#ifdef __cplusplus
}
#endif
#endif /* !Py_FASTPATH_H */
