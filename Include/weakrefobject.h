#ifndef Py_WEAKREFOBJECT_H
#define Py_WEAKREFOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Weak references (Objects/weakrefobject.c). */

typedef struct _PyWeakReference PyWeakReference;

/* Every weak reference or proxy to an object is on a doubly linked list
   whose head is stored in the object at tp_weaklistoffset. */
struct _PyWeakReference {
    PyObject_HEAD

    /* The referent; Py_None once it has died (never NULL). */
    PyObject *wr_object;

    /* Called with the weakref when the referent dies; NULL if none. */
    PyObject *wr_callback;

    /* Cached hash of the referent; -1 until computed. */
    long hash;

    PyWeakReference *wr_prev;
    PyWeakReference *wr_next;
};

PyAPI_DATA(PyTypeObject) _PyWeakref_RefType;
PyAPI_DATA(PyTypeObject) _PyWeakref_ProxyType;
PyAPI_DATA(PyTypeObject) _PyWeakref_CallableProxyType;

#define PyWeakref_CheckRef(op) PyObject_TypeCheck(op, &_PyWeakref_RefType)
#define PyWeakref_CheckRefExact(op) \
    ((op)->ob_type == &_PyWeakref_RefType)
#define PyWeakref_CheckProxy(op) \
    (((op)->ob_type == &_PyWeakref_ProxyType) || \
     ((op)->ob_type == &_PyWeakref_CallableProxyType))

/* Not a function: kept a macro as in 2.5. */
#define PyWeakref_Check(op) \
    (PyWeakref_CheckRef(op) || PyWeakref_CheckProxy(op))

PyAPI_FUNC(PyObject *) PyWeakref_NewRef(PyObject *ob, PyObject *callback);
PyAPI_FUNC(PyObject *) PyWeakref_NewProxy(PyObject *ob, PyObject *callback);
PyAPI_FUNC(PyObject *) PyWeakref_GetObject(PyObject *ref);

PyAPI_FUNC(Py_ssize_t) _PyWeakref_GetWeakrefCount(PyWeakReference *head);

PyAPI_FUNC(void) _PyWeakref_ClearRef(PyWeakReference *self);

/* A referent whose count already fell to 0 is being destroyed (its
   deallocation may have been put off by the trashcan, with weakref
   callbacks running meanwhile): it is reported as gone, never handed
   out again. */
#define PyWeakref_GET_OBJECT(ref) \
    (((PyWeakReference *)(ref))->wr_object->ob_refcnt > 0 \
     ? ((PyWeakReference *)(ref))->wr_object : Py_None)

#ifdef __cplusplus
}
#endif
#endif /* !Py_WEAKREFOBJECT_H */
