#ifndef Py_FLOATOBJECT_H
#define Py_FLOATOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Floating point numbers: a C double in an immutable object. */

typedef struct {
    PyObject_HEAD
    double ob_fval;
} PyFloatObject;

PyAPI_DATA(PyTypeObject) PyFloat_Type;

#define PyFloat_Check(op) PyObject_TypeCheck(op, &PyFloat_Type)
#define PyFloat_CheckExact(op) ((op)->ob_type == &PyFloat_Type)

/* The pend argument is unused (kept for backward compatibility). */
PyAPI_FUNC(PyObject *) PyFloat_FromString(PyObject *, char **junk);
PyAPI_FUNC(PyObject *) PyFloat_FromDouble(double);
PyAPI_FUNC(double) PyFloat_AsDouble(PyObject *);
#define PyFloat_AS_DOUBLE(op) (((PyFloatObject *)(op))->ob_fval)

/* repr() and str() text of a float into buf (at least 100 bytes). */
PyAPI_FUNC(void) PyFloat_AsReprString(char *, PyFloatObject *v);
PyAPI_FUNC(void) PyFloat_AsString(char *, PyFloatObject *v);

/* IEEE 754 single / double packing used by struct, pickle and marshal.
   le != 0 selects little-endian byte order.  Pack returns 0 on success,
   -1 with OverflowError set; Unpack returns -1.0 with an error set. */
PyAPI_FUNC(int) _PyFloat_Pack4(double x, unsigned char *p, int le);
PyAPI_FUNC(int) _PyFloat_Pack8(double x, unsigned char *p, int le);
PyAPI_FUNC(double) _PyFloat_Unpack4(const unsigned char *p, int le);
PyAPI_FUNC(double) _PyFloat_Unpack8(const unsigned char *p, int le);

/* Kept for source compatibility; there are no free lists to clear. */
PyAPI_FUNC(void) PyFloat_Fini(void);

#ifdef __cplusplus
}
#endif
#endif /* !Py_FLOATOBJECT_H */
