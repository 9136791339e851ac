#ifndef Py_LONGOBJECT_H
#define Py_LONGOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Arbitrary precision integers; the representation is in longintrepr.h. */

typedef struct _longobject PyLongObject;

PyAPI_DATA(PyTypeObject) PyLong_Type;

#define PyLong_Check(op) PyObject_TypeCheck(op, &PyLong_Type)
#define PyLong_CheckExact(op) ((op)->ob_type == &PyLong_Type)

PyAPI_FUNC(PyObject *) PyLong_FromLong(long);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLong(unsigned long);
PyAPI_FUNC(PyObject *) PyLong_FromDouble(double);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLong(PyObject *);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLongMask(PyObject *);

/* For intobject.c and friends. */
PyAPI_FUNC(Py_ssize_t) _PyLong_AsSsize_t(PyObject *);
PyAPI_FUNC(PyObject *) _PyLong_FromSize_t(size_t);
PyAPI_FUNC(PyObject *) _PyLong_FromSsize_t(Py_ssize_t);

/* Value of a character as a digit in bases up to 36 (37 if not a digit). */
PyAPI_DATA(int) _PyLong_DigitValue[256];

/* x = result * 2**(SHIFT * e), with 0.5 <= |result| < 1 (or 0). */
PyAPI_FUNC(double) _PyLong_AsScaledDouble(PyObject *vv, int *e);

PyAPI_FUNC(double) PyLong_AsDouble(PyObject *);
PyAPI_FUNC(PyObject *) PyLong_FromVoidPtr(void *);
PyAPI_FUNC(void *) PyLong_AsVoidPtr(PyObject *);

#ifdef HAVE_LONG_LONG
PyAPI_FUNC(PyObject *) PyLong_FromLongLong(PY_LONG_LONG);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLongLong(unsigned PY_LONG_LONG);
PyAPI_FUNC(PY_LONG_LONG) PyLong_AsLongLong(PyObject *);
PyAPI_FUNC(unsigned PY_LONG_LONG) PyLong_AsUnsignedLongLong(PyObject *);
PyAPI_FUNC(unsigned PY_LONG_LONG) PyLong_AsUnsignedLongLongMask(PyObject *);
#endif

PyAPI_FUNC(PyObject *) PyLong_FromString(char *, char **, int);
#ifdef Py_USING_UNICODE
PyAPI_FUNC(PyObject *) PyLong_FromUnicode(Py_UNICODE *, Py_ssize_t, int);
#endif

/* -1, 0 or 1 according to the sign of a long (v must be a long). */
PyAPI_FUNC(int) _PyLong_Sign(PyObject *v);

/* Number of bits needed for abs(v), 0 for 0; (size_t)-1 with OverflowError
   set if that does not fit in a size_t. */
PyAPI_FUNC(size_t) _PyLong_NumBits(PyObject *v);

/* Two's-complement / unsigned byte array conversions. */
PyAPI_FUNC(PyObject *) _PyLong_FromByteArray(const unsigned char *bytes,
                                             size_t n, int little_endian,
                                             int is_signed);
PyAPI_FUNC(int) _PyLong_AsByteArray(PyLongObject *v, unsigned char *bytes,
                                    size_t n, int little_endian,
                                    int is_signed);

/* Text of a long in base 2..36.  base 8 and 16 get the 2.5 prefixes
   ('0', '0x'); addL appends 'L'.  newstyle selects '0o'/'0b' prefixes
   for bases 8 and 2 instead. */
PyAPI_FUNC(PyObject *) _PyLong_Format(PyObject *aa, int base, int addL,
                                      int newstyle);

#ifdef __cplusplus
}
#endif
#endif /* !Py_LONGOBJECT_H */
