#ifndef Py_FUNCOBJECT_H
#define Py_FUNCOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Function objects (Objects/funcobject.c): a code object bound to the
   globals it runs in, plus defaults, closure cells and attributes. */

typedef struct {
    PyObject_HEAD
    PyObject *func_code;        /* a code object */
    PyObject *func_globals;     /* a dict */
    PyObject *func_defaults;    /* NULL or a tuple */
    PyObject *func_closure;     /* NULL or a tuple of cells */
    PyObject *func_doc;         /* the __doc__ attribute, can be anything */
    PyObject *func_name;        /* the __name__ attribute, a string */
    PyObject *func_dict;        /* the __dict__ attribute, a dict or NULL */
    PyObject *func_weakreflist;
    PyObject *func_module;      /* the __module__ attribute, can be anything */
} PyFunctionObject;

PyAPI_DATA(PyTypeObject) PyFunction_Type;

#define PyFunction_Check(op) ((op)->ob_type == &PyFunction_Type)

PyAPI_FUNC(PyObject *) PyFunction_New(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyFunction_GetCode(PyObject *);
PyAPI_FUNC(PyObject *) PyFunction_GetGlobals(PyObject *);
PyAPI_FUNC(PyObject *) PyFunction_GetModule(PyObject *);
PyAPI_FUNC(PyObject *) PyFunction_GetDefaults(PyObject *);
PyAPI_FUNC(int) PyFunction_SetDefaults(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyFunction_GetClosure(PyObject *);
PyAPI_FUNC(int) PyFunction_SetClosure(PyObject *, PyObject *);

/* Unchecked access, for speed. */
#define PyFunction_GET_CODE(func) \
    (((PyFunctionObject *)func)->func_code)
#define PyFunction_GET_GLOBALS(func) \
    (((PyFunctionObject *)func)->func_globals)
#define PyFunction_GET_MODULE(func) \
    (((PyFunctionObject *)func)->func_module)
#define PyFunction_GET_DEFAULTS(func) \
    (((PyFunctionObject *)func)->func_defaults)
#define PyFunction_GET_CLOSURE(func) \
    (((PyFunctionObject *)func)->func_closure)

/* classmethod and staticmethod (Objects/descrobject.c in this tree). */
PyAPI_DATA(PyTypeObject) PyClassMethod_Type;
PyAPI_DATA(PyTypeObject) PyStaticMethod_Type;

PyAPI_FUNC(PyObject *) PyClassMethod_New(PyObject *);
PyAPI_FUNC(PyObject *) PyStaticMethod_New(PyObject *);

#ifdef __cplusplus
}
#endif
#endif /* !Py_FUNCOBJECT_H */
