#ifndef Py_METHODOBJECT_H
#define Py_METHODOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Built-in functions and methods implemented in C
   (type 'builtin_function_or_method', Objects/methodobject.c). */

PyAPI_DATA(PyTypeObject) PyCFunction_Type;

#define PyCFunction_Check(op) ((op)->ob_type == &PyCFunction_Type)

typedef PyObject *(*PyCFunction)(PyObject *, PyObject *);
typedef PyObject *(*PyCFunctionWithKeywords)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*PyNoArgsFunction)(PyObject *);

PyAPI_FUNC(PyCFunction) PyCFunction_GetFunction(PyObject *);
PyAPI_FUNC(PyObject *) PyCFunction_GetSelf(PyObject *);
PyAPI_FUNC(int) PyCFunction_GetFlags(PyObject *);

/* Unchecked accessors. */
#define PyCFunction_GET_FUNCTION(func) \
    (((PyCFunctionObject *)(func))->m_ml->ml_meth)
#define PyCFunction_GET_SELF(func) \
    (((PyCFunctionObject *)(func))->m_self)
#define PyCFunction_GET_FLAGS(func) \
    (((PyCFunctionObject *)(func))->m_ml->ml_flags)

PyAPI_FUNC(PyObject *) PyCFunction_Call(PyObject *, PyObject *, PyObject *);

struct PyMethodDef {
    const char *ml_name;    /* name of the built-in function/method */
    PyCFunction ml_meth;    /* the C function */
    int ml_flags;           /* METH_xxx flags: how to call ml_meth */
    const char *ml_doc;     /* __doc__, or NULL */
};
typedef struct PyMethodDef PyMethodDef;

PyAPI_FUNC(PyObject *) Py_FindMethod(PyMethodDef[], PyObject *, const char *);

#define PyCFunction_New(ML, SELF) PyCFunction_NewEx((ML), (SELF), NULL)
PyAPI_FUNC(PyObject *) PyCFunction_NewEx(PyMethodDef *, PyObject *, PyObject *);

/* Calling conventions. */
#define METH_OLDARGS  0x0000
#define METH_VARARGS  0x0001
#define METH_KEYWORDS 0x0002
#define METH_NOARGS   0x0004
#define METH_O        0x0008

/* Only meaningful in a type's tp_methods: bind to the class / to nothing. */
#define METH_CLASS    0x0010
#define METH_STATIC   0x0020

/* Keep this method even if a slot wrapper of the same name exists. */
#define METH_COEXIST  0x0040

/* Private (not in 2.5): with METH_O, a call with a wrong number of
   arguments is reported as PyArg_ParseTuple reports it for a one-item
   format ("f() takes exactly 1 argument (N given)"); for functions that
   2.5 declares METH_VARARGS with such a format. */
#define _METH_O_ARGCOUNT 0x1000

typedef struct PyMethodChain {
    PyMethodDef *methods;
    struct PyMethodChain *link;
} PyMethodChain;

PyAPI_FUNC(PyObject *) Py_FindMethodInChain(PyMethodChain *, PyObject *, const char *);

typedef struct {
    PyObject_HEAD
    PyMethodDef *m_ml;      /* the C function and its flags */
    PyObject    *m_self;    /* bound object, or NULL */
    PyObject    *m_module;  /* __module__ value (may be anything) */
} PyCFunctionObject;

#ifdef __cplusplus
}
#endif
#endif /* !Py_METHODOBJECT_H */
