#ifndef Py_TUPLEOBJECT_H
#define Py_TUPLEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Immutable sequences (Objects/tupleobject.c).

   A tuple of length n is one block holding the header and n item
   pointers.  Right after PyTuple_New the items are NULL; the creator fills
   them (PyTuple_SET_ITEM steals a reference) before handing the tuple out.
   The empty tuple is a shared singleton. */

typedef struct {
    PyObject_VAR_HEAD
    PyObject *ob_item[1];   /* really ob_size entries */
} PyTupleObject;

PyAPI_DATA(PyTypeObject) PyTuple_Type;

#define PyTuple_Check(op) PyObject_TypeCheck(op, &PyTuple_Type)
#define PyTuple_CheckExact(op) ((op)->ob_type == &PyTuple_Type)

PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) _PyTuple_Resize(PyObject **, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t, ...);
/* Private: a new tuple of the n objects at items (new references). */
PyAPI_FUNC(PyObject *) _PyTuple_FromArray(PyObject *const *items,
                                          Py_ssize_t n);

/* Unchecked access. */
#define PyTuple_GET_ITEM(op, i) (((PyTupleObject *)(op))->ob_item[i])
#define PyTuple_GET_SIZE(op) (((PyTupleObject *)(op))->ob_size)
/* Steals a reference to v; only for filling a brand-new tuple. */
#define PyTuple_SET_ITEM(op, i, v) (((PyTupleObject *)(op))->ob_item[i] = (v))

#ifdef __cplusplus
}
#endif
#endif /* !Py_TUPLEOBJECT_H */
