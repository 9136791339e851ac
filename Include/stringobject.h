#ifndef Py_STRINGOBJECT_H
#define Py_STRINGOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#include <stdarg.h>

/* The immutable byte string type (Objects/stringobject.c).

   The characters live inline after the header and are always followed by
   a NUL byte that is not counted in ob_size, so ob_sval can be handed to C
   code expecting a C string.  ob_shash caches the hash (-1: not computed
   yet); ob_sstate records whether the string is in the interned table. */

typedef struct {
    PyObject_VAR_HEAD
    long ob_shash;
    int ob_sstate;
    char ob_sval[1];
} PyStringObject;

#define SSTATE_NOT_INTERNED 0
#define SSTATE_INTERNED_MORTAL 1
#define SSTATE_INTERNED_IMMORTAL 2

PyAPI_DATA(PyTypeObject) PyBaseString_Type;
PyAPI_DATA(PyTypeObject) PyString_Type;

#define PyString_Check(op) PyObject_TypeCheck(op, &PyString_Type)
#define PyString_CheckExact(op) ((op)->ob_type == &PyString_Type)

PyAPI_FUNC(PyObject *) PyString_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyString_FromString(const char *);
PyAPI_FUNC(PyObject *) PyString_FromFormatV(const char *, va_list)
                                Py_GCC_ATTRIBUTE((format(printf, 1, 0)));
PyAPI_FUNC(PyObject *) PyString_FromFormat(const char *, ...)
                                Py_GCC_ATTRIBUTE((format(printf, 1, 2)));
PyAPI_FUNC(Py_ssize_t) PyString_Size(PyObject *);
PyAPI_FUNC(char *) PyString_AsString(PyObject *);
PyAPI_FUNC(PyObject *) PyString_Repr(PyObject *, int);
PyAPI_FUNC(void) PyString_Concat(PyObject **, PyObject *);
PyAPI_FUNC(void) PyString_ConcatAndDel(PyObject **, PyObject *);
PyAPI_FUNC(int) _PyString_Resize(PyObject **, Py_ssize_t);
PyAPI_FUNC(int) _PyString_Eq(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyString_Format(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) _PyString_FormatLong(PyObject *, int, int, int,
                                            char **, int *);
PyAPI_FUNC(PyObject *) PyString_DecodeEscape(const char *, Py_ssize_t,
                                             const char *, Py_ssize_t,
                                             const char *);

PyAPI_FUNC(void) PyString_InternInPlace(PyObject **);
PyAPI_FUNC(void) PyString_InternImmortal(PyObject **);
PyAPI_FUNC(PyObject *) PyString_InternFromString(const char *);
PyAPI_FUNC(void) _Py_ReleaseInternedStrings(void);

#define PyString_CHECK_INTERNED(op) (((PyStringObject *)(op))->ob_sstate)

/* Unchecked accessors. */
#define PyString_AS_STRING(op) (((PyStringObject *)(op))->ob_sval)
#define PyString_GET_SIZE(op) (((PyStringObject *)(op))->ob_size)

/* sep.join(seq) where sep is a str and seq a sequence of str. */
PyAPI_FUNC(PyObject *) _PyString_Join(PyObject *sep, PyObject *x);

/* Codec entry points. */
PyAPI_FUNC(PyObject *) PyString_Decode(const char *s, Py_ssize_t size,
                                       const char *encoding,
                                       const char *errors);
PyAPI_FUNC(PyObject *) PyString_Encode(const char *s, Py_ssize_t size,
                                       const char *encoding,
                                       const char *errors);
PyAPI_FUNC(PyObject *) PyString_AsEncodedObject(PyObject *str,
                                                const char *encoding,
                                                const char *errors);
PyAPI_FUNC(PyObject *) PyString_AsEncodedString(PyObject *str,
                                                const char *encoding,
                                                const char *errors);
PyAPI_FUNC(PyObject *) PyString_AsDecodedObject(PyObject *str,
                                                const char *encoding,
                                                const char *errors);
PyAPI_FUNC(PyObject *) PyString_AsDecodedString(PyObject *str,
                                                const char *encoding,
                                                const char *errors);

/* Pointer and length of a str, or of the default-encoded form of a unicode
   (len may be NULL: then embedded NULs are an error). */
PyAPI_FUNC(int) PyString_AsStringAndSize(PyObject *obj, char **s,
                                         Py_ssize_t *len);

/* Private to the interpreter: build the 1-char and empty string caches
   (called once at start-up, before any sub-interpreter exists). */
PyAPI_FUNC(int) _PyString_Init(void);
PyAPI_FUNC(void) PyString_Fini(void);

#ifdef __cplusplus
}
#endif
#endif /* !Py_STRINGOBJECT_H */
