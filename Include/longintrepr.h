#ifndef Py_LONGINTREPR_H
#define Py_LONGINTREPR_H
#ifdef __cplusplus
extern "C" {
#endif

/* Representation of long integers (private to the core and a few modules).

   A long is a sign-magnitude number: abs(ob_size) is the count of digits
   in ob_digit, the sign of ob_size is the sign of the number, and zero has
   ob_size == 0.  Digits are base 2**SHIFT, least significant first, and
   the most significant digit is never zero (the number is normalized). */

#define SHIFT 15
#define BASE ((digit)1 << SHIFT)
#define MASK ((int)(BASE - 1))

typedef unsigned short digit;
typedef unsigned int wdigit;          /* digit widened for arithmetic */
#define BASE_TWODIGITS_TYPE long
typedef unsigned BASE_TWODIGITS_TYPE twodigits;
typedef BASE_TWODIGITS_TYPE stwodigits;  /* signed twodigits */

#if LONG_BIT < 2 * SHIFT + 1
#error "longintrepr.h: a long must hold two digits plus a sign"
#endif

struct _longobject {
    PyObject_VAR_HEAD
    digit ob_digit[1];
};

PyAPI_FUNC(PyLongObject *) _PyLong_New(Py_ssize_t);

/* A new long with the same value as src (a long or a subclass). */
PyAPI_FUNC(PyObject *) _PyLong_Copy(PyLongObject *src);

#ifdef __cplusplus
}
#endif
#endif /* !Py_LONGINTREPR_H */
