#ifndef Py_CLASSOBJECT_H
#define Py_CLASSOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Classic (old-style) classes, their instances, and method objects
   (bound and unbound, used for classic and new-style classes alike).
   Implemented in Objects/classobject.c; layouts are 2.5's. */

typedef struct {
    PyObject_HEAD
    PyObject *cl_bases;     /* tuple of base classes */
    PyObject *cl_dict;      /* the class namespace */
    PyObject *cl_name;      /* a string */
    /* cached lookups of __getattr__, __setattr__, __delattr__ (borrowed
       from cl_dict / the bases; may be NULL) */
    PyObject *cl_getattr;
    PyObject *cl_setattr;
    PyObject *cl_delattr;
} PyClassObject;

typedef struct {
    PyObject_HEAD
    PyClassObject *in_class;
    PyObject *in_dict;
    PyObject *in_weakreflist;
} PyInstanceObject;

typedef struct {
    PyObject_HEAD
    PyObject *im_func;      /* the callable */
    PyObject *im_self;      /* bound instance, or NULL when unbound */
    PyObject *im_class;     /* class the method was found in, or NULL */
    PyObject *im_weakreflist;
} PyMethodObject;

PyAPI_DATA(PyTypeObject) PyClass_Type, PyInstance_Type, PyMethod_Type;

#define PyClass_Check(op) ((op)->ob_type == &PyClass_Type)
#define PyInstance_Check(op) ((op)->ob_type == &PyInstance_Type)
#define PyMethod_Check(op) ((op)->ob_type == &PyMethod_Type)

PyAPI_FUNC(PyObject *) PyClass_New(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyInstance_New(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyInstance_NewRaw(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyMethod_New(PyObject *, PyObject *, PyObject *);

/* name looked up in the instance dict, then its class and bases, without
   running __getattr__ or descriptors and without raising: a borrowed
   reference or NULL.  (Used by the cycle collector to find __del__.) */
PyAPI_FUNC(PyObject *) _PyInstance_Lookup(PyObject *pinst, PyObject *name);

/* Private fast paths of the eval loop (Objects/classobject.c): calling
   a classic class with n positional arguments (borrowed), and getattr /
   setattr of an instance with an exact, interned str name. */
PyAPI_FUNC(PyObject *) _PyInstance_NewArgs(PyObject *klass, PyObject **args,
                                           int n);
PyAPI_FUNC(PyObject *) _PyClass_PlainInit(PyObject *klass);
PyAPI_FUNC(PyObject *) _PyClass_LookupFunction(PyObject *klass,
                                               PyObject *name);
PyAPI_FUNC(PyObject *) _PyInstance_GetAttrInterned(PyObject *inst,
                                                   PyObject *name);
PyAPI_FUNC(int) _PyInstance_SetAttrInterned(PyObject *inst, PyObject *name,
                                            PyObject *value);

PyAPI_FUNC(PyObject *) PyMethod_Function(PyObject *);
PyAPI_FUNC(PyObject *) PyMethod_Self(PyObject *);
PyAPI_FUNC(PyObject *) PyMethod_Class(PyObject *);

#define PyMethod_GET_FUNCTION(meth) \
    (((PyMethodObject *)meth)->im_func)
#define PyMethod_GET_SELF(meth) \
    (((PyMethodObject *)meth)->im_self)
#define PyMethod_GET_CLASS(meth) \
    (((PyMethodObject *)meth)->im_class)

PyAPI_FUNC(int) PyClass_IsSubclass(PyObject *, PyObject *);

/* Nothing to release: method objects are not cached on free lists here. */
PyAPI_FUNC(void) PyMethod_Fini(void);

#ifdef __cplusplus
}
#endif
#endif /* !Py_CLASSOBJECT_H */
