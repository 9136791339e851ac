#ifndef Py_DICTOBJECT_H
#define Py_DICTOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Dictionaries (Objects/dictobject.c): open-addressing hash tables.

   A slot is in one of three states:
     unused: me_key == NULL, me_value == NULL
     active: me_key != NULL and != dummy, me_value != NULL
     dummy:  me_key == the private dummy key, me_value == NULL
   (a deleted entry; keeps probe chains intact until the next resize).
   ma_fill counts active + dummy slots, ma_used active ones.  Small dicts
   keep their table inline in ma_smalltable. */

#define PyDict_MINSIZE 8

typedef struct {
    /* Py_ssize_t rather than long so the struct stays 3 words. */
    Py_ssize_t me_hash;     /* cached hash of me_key */
    PyObject *me_key;
    PyObject *me_value;
} PyDictEntry;

typedef struct _dictobject PyDictObject;
struct _dictobject {
    PyObject_HEAD
    Py_ssize_t ma_fill;     /* active + dummy */
    Py_ssize_t ma_used;     /* active */
    Py_ssize_t ma_mask;     /* number of slots - 1 */
    PyDictEntry *ma_table;  /* ma_smalltable or a heap block */
    PyDictEntry *(*ma_lookup)(PyDictObject *mp, PyObject *key, long hash);
    PyDictEntry ma_smalltable[PyDict_MINSIZE];
};

PyAPI_DATA(PyTypeObject) PyDict_Type;

#define PyDict_Check(op) PyObject_TypeCheck(op, &PyDict_Type)
#define PyDict_CheckExact(op) ((op)->ob_type == &PyDict_Type)

PyAPI_FUNC(PyObject *) PyDict_New(void);
PyAPI_FUNC(PyObject *) PyDict_GetItem(PyObject *mp, PyObject *key);
PyAPI_FUNC(int) PyDict_SetItem(PyObject *mp, PyObject *key, PyObject *item);
PyAPI_FUNC(int) PyDict_DelItem(PyObject *mp, PyObject *key);
PyAPI_FUNC(void) PyDict_Clear(PyObject *mp);
PyAPI_FUNC(int) PyDict_Next(PyObject *mp, Py_ssize_t *pos, PyObject **key,
                            PyObject **value);
PyAPI_FUNC(int) _PyDict_Next(PyObject *mp, Py_ssize_t *pos, PyObject **key,
                             PyObject **value, long *hash);
PyAPI_FUNC(PyObject *) PyDict_Keys(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Values(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Items(PyObject *mp);
PyAPI_FUNC(Py_ssize_t) PyDict_Size(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Copy(PyObject *mp);
PyAPI_FUNC(int) PyDict_Contains(PyObject *mp, PyObject *key);

/* PyDict_Update(a, b) is PyDict_Merge(a, b, 1). */
PyAPI_FUNC(int) PyDict_Update(PyObject *mp, PyObject *other);
/* Merge a dict or any object with keys() and __getitem__; override != 0
   replaces existing keys. */
PyAPI_FUNC(int) PyDict_Merge(PyObject *mp, PyObject *other, int override);
/* Merge an iterable of 2-item iterables (key, value). */
PyAPI_FUNC(int) PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2,
                                     int override);

PyAPI_FUNC(PyObject *) PyDict_GetItemString(PyObject *dp, const char *key);
PyAPI_FUNC(int) PyDict_SetItemString(PyObject *dp, const char *key,
                                     PyObject *item);
PyAPI_FUNC(int) PyDict_DelItemString(PyObject *dp, const char *key);

/* Private (not 2.5 API).  Type dicts: a dict marked with
   _PyDict_MarkTypeDict (typeobject.c marks every tp_dict) calls
   _PyType_ClearLookupCache() (Objects/typeobject.c) before any change to
   its contents, so the attribute lookup cache never holds a stale
   borrowed pointer. */
PyAPI_FUNC(void) _PyDict_MarkTypeDict(PyObject *mp);
PyAPI_FUNC(int) _PyDict_IsTypeDict(PyObject *mp);
PyAPI_FUNC(void) _PyType_ClearLookupCache(void);

/* Private: dict access for callers that know mp is an exact dict and key
   an exact str with its hash computed (an interned name).
   _PyDict_GetItemStr returns a new reference, or NULL without an
   exception when the key is missing; _PyDict_SetItemStr takes a non-NULL
   value and works like PyDict_SetItem. */
PyAPI_FUNC(PyObject *) _PyDict_GetItemStr(PyObject *mp, PyObject *key);
PyAPI_FUNC(int) _PyDict_SetItemStr(PyObject *mp, PyObject *key,
                                   PyObject *value);

/* Private (Objects/typeobject.c): PyObject_GenericGetAttr and
   PyObject_GenericSetAttr (value not NULL) for an interned str name, with
   the common cases (instance dict entries, methods, __slots__ members)
   done without the general machinery.  The eval loop calls them for
   objects whose type uses the generic functions. */
PyAPI_FUNC(PyObject *) _PyObject_GenericGetAttrInterned(PyObject *obj,
                                                        PyObject *name);
PyAPI_FUNC(PyObject *) _PyObject_GetAttrOrMethodInterned(PyObject *obj,
                                                         PyObject *name,
                                                         PyObject **unbound);
PyAPI_FUNC(int) _PyObject_GenericSetAttrInterned(PyObject *obj,
                                                 PyObject *name,
                                                 PyObject *value);

#ifdef __cplusplus
}
#endif
#endif /* !Py_DICTOBJECT_H */
