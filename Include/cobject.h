#ifndef Py_COBJECT_H
#define Py_COBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* CObjects wrap an arbitrary C pointer so that extension modules can
   hand C-level APIs to each other (Objects/cobject.c). */

PyAPI_DATA(PyTypeObject) PyCObject_Type;

#define PyCObject_Check(op) ((op)->ob_type == &PyCObject_Type)

/* Wrap `cobj`; `destruct`, if not NULL, is called with it when the
   CObject dies. */
PyAPI_FUNC(PyObject *) PyCObject_FromVoidPtr(void *cobj, void (*destruct)(void *));

/* Same, with a description pointer passed to the destructor as well. */
PyAPI_FUNC(PyObject *) PyCObject_FromVoidPtrAndDesc(void *cobj, void *desc,
                                                    void (*destruct)(void *, void *));

PyAPI_FUNC(void *) PyCObject_AsVoidPtr(PyObject *);
PyAPI_FUNC(void *) PyCObject_GetDesc(PyObject *);

/* Import module_name and return the pointer of its CObject attribute
   cobject_name. */
PyAPI_FUNC(void *) PyCObject_Import(char *module_name, char *cobject_name);

/* Replace the wrapped pointer; returns 1 on success, 0 on error. */
PyAPI_FUNC(int) PyCObject_SetVoidPtr(PyObject *self, void *cobj);

#ifdef __cplusplus
}
#endif
#endif /* !Py_COBJECT_H */
