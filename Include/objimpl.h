#ifndef Py_OBJIMPL_H
#define Py_OBJIMPL_H

#include "pymem.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Object memory: the same accounted allocator as PyMem_*. */
PyAPI_FUNC(void *) PyObject_Malloc(size_t);
PyAPI_FUNC(void *) PyObject_Realloc(void *, size_t);
PyAPI_FUNC(void) PyObject_Free(void *);

#define PyObject_MALLOC PyObject_Malloc
#define PyObject_REALLOC PyObject_Realloc
#define PyObject_FREE PyObject_Free
#define PyObject_Del PyObject_Free
#define PyObject_DEL PyObject_Free

PyAPI_FUNC(PyObject *) PyObject_Init(PyObject *, PyTypeObject *);
PyAPI_FUNC(PyVarObject *) PyObject_InitVar(PyVarObject *, PyTypeObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) _PyObject_New(PyTypeObject *);
PyAPI_FUNC(PyVarObject *) _PyObject_NewVar(PyTypeObject *, Py_ssize_t);

#define PyObject_New(type, typeobj) ((type *)_PyObject_New(typeobj))
#define PyObject_NewVar(type, typeobj, n) ((type *)_PyObject_NewVar((typeobj), (n)))

#define PyObject_INIT(op, typeobj) \
    ((op)->ob_type = (typeobj), _Py_NewReference((PyObject *)(op)), (op))
#define PyObject_INIT_VAR(op, typeobj, size) \
    ((op)->ob_size = (size), PyObject_INIT((op), (typeobj)))

#define _PyObject_SIZE(typeobj) ((typeobj)->tp_basicsize)

/* Size of a variable object with n items, rounded up to pointer alignment. */
#define _PyObject_VAR_SIZE(typeobj, nitems) \
    (size_t)((((typeobj)->tp_basicsize + (nitems) * (typeobj)->tp_itemsize) \
              + (SIZEOF_VOID_P - 1)) & ~(SIZEOF_VOID_P - 1))

#define PyObject_NEW(type, typeobj) PyObject_New(type, typeobj)
#define PyObject_NEW_VAR(type, typeobj, n) PyObject_NewVar(type, typeobj, n)

/* Cycle collector interface. */
PyAPI_FUNC(Py_ssize_t) PyGC_Collect(void);

#define PyType_IS_GC(t) PyType_HasFeature((t), Py_TPFLAGS_HAVE_GC)
#define PyObject_IS_GC(o) (PyType_IS_GC((o)->ob_type) && \
    ((o)->ob_type->tp_is_gc == NULL || (o)->ob_type->tp_is_gc(o)))

PyAPI_FUNC(PyVarObject *) _PyObject_GC_Resize(PyVarObject *, Py_ssize_t);
#define PyObject_GC_Resize(type, op, n) \
    ((type *)_PyObject_GC_Resize((PyVarObject *)(op), (n)))

/* GC header, placed before the object.  gc_refs also records the
   collector's state for the object (untracked, reachable, ...). */
typedef union _gc_head {
    struct {
        union _gc_head *gc_next;
        union _gc_head *gc_prev;
        Py_ssize_t gc_refs;
    } gc;
    long double dummy;  /* force worst-case alignment */
} PyGC_Head;

#define _Py_AS_GC(o) ((PyGC_Head *)(o) - 1)
#define _Py_FROM_GC(g) ((PyObject *)(((PyGC_Head *)g) + 1))

PyAPI_FUNC(PyObject *) _PyObject_GC_Malloc(size_t);
PyAPI_FUNC(PyObject *) _PyObject_GC_New(PyTypeObject *);
PyAPI_FUNC(PyVarObject *) _PyObject_GC_NewVar(PyTypeObject *, Py_ssize_t);
PyAPI_FUNC(void) PyObject_GC_Track(void *);
PyAPI_FUNC(void) PyObject_GC_UnTrack(void *);
PyAPI_FUNC(void) PyObject_GC_Del(void *);

#define _PyObject_GC_TRACK(o) PyObject_GC_Track(o)
#define _PyObject_GC_UNTRACK(o) PyObject_GC_UnTrack(o)

/* Private.  gc_refs of an object the collector does not track (its other
   values belong to Modules/gcmodule.c). */
#define _PyGC_REFS_UNTRACKED (-2)
#define _PyObject_GC_IS_TRACKED(o) \
    (_Py_AS_GC(o)->gc.gc_refs != _PyGC_REFS_UNTRACKED)
/* Private.  Whether a container holding o must be tracked: o is a GC
   object, unless it is an exact tuple the collector found to hold only
   such objects (its items cannot change any more). */
#define _PyObject_GC_MAY_BE_TRACKED(o) \
    (PyObject_IS_GC(o) && \
     ((o)->ob_type != &PyTuple_Type || _PyObject_GC_IS_TRACKED(o)))
/* Collect an interpreter's cycles and drop its collector state
   (Modules/gcmodule.c; called while the interpreter is torn down). */
struct _is;
PyAPI_FUNC(void) _PyGC_InterpreterFini(struct _is *);
/* True if the object is currently tracked by the collector. */
PyAPI_FUNC(int) _PyObject_GC_IsTracked(PyObject *);

#define PyObject_GC_New(type, typeobj) ((type *)_PyObject_GC_New(typeobj))
#define PyObject_GC_NewVar(type, typeobj, n) \
    ((type *)_PyObject_GC_NewVar((typeobj), (n)))

#define Py_VISIT(op) \
    do { \
        if (op) { \
            int vret = visit((PyObject *)(op), arg); \
            if (vret) \
                return vret; \
        } \
    } while (0)

#define PyType_SUPPORTS_WEAKREFS(t) \
    (PyType_HasFeature((t), Py_TPFLAGS_HAVE_WEAKREFS) && ((t)->tp_weaklistoffset > 0))
#define PyObject_GET_WEAKREFS_LISTPTR(o) \
    ((PyObject **)(((char *)(o)) + (o)->ob_type->tp_weaklistoffset))

#ifdef __cplusplus
}
#endif
#endif /* !Py_OBJIMPL_H */
