#ifndef Py_ITEROBJECT_H
#define Py_ITEROBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Generic iterators (Objects/iterobject.c). */

/* iter(seq) for objects with __getitem__ but no __iter__. */
PyAPI_DATA(PyTypeObject) PySeqIter_Type;
#define PySeqIter_Check(op) ((op)->ob_type == &PySeqIter_Type)
PyAPI_FUNC(PyObject *) PySeqIter_New(PyObject *);

/* iter(callable, sentinel). */
PyAPI_DATA(PyTypeObject) PyCallIter_Type;
#define PyCallIter_Check(op) ((op)->ob_type == &PyCallIter_Type)
PyAPI_FUNC(PyObject *) PyCallIter_New(PyObject *, PyObject *);

/* Not 2.5 API: readies the iterator types of tuple, list, dict, set and
   xrange (called once at start-up). */
PyAPI_FUNC(int) _PyIter_InitTypes(void);

#ifdef __cplusplus
}
#endif
#endif /* !Py_ITEROBJECT_H */
