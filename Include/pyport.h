#ifndef Py_PYPORT_H
#define Py_PYPORT_H
/* Portability layer: integer types, export macros, numeric helpers.
   Everything here depends only on pyconfig.h and the C library. */

#include "pyconfig.h"
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <float.h>

#ifndef HAVE_LONG_LONG
#define HAVE_LONG_LONG 1
#endif
#ifndef PY_LONG_LONG
#define PY_LONG_LONG long long
#define PY_LLONG_MAX LLONG_MAX
#define PY_LLONG_MIN LLONG_MIN
#define PY_ULLONG_MAX ULLONG_MAX
#endif

typedef uintptr_t Py_uintptr_t;
typedef intptr_t Py_intptr_t;

/* Py_ssize_t is the signed counterpart of size_t (PEP 353). */
typedef ssize_t Py_ssize_t;

#define PY_SSIZE_T_MAX ((Py_ssize_t)(((size_t)-1) >> 1))
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)
#define PY_FORMAT_SIZE_T "z"

#define Py_SAFE_DOWNCAST(VALUE, WIDE, NARROW) ((NARROW)(VALUE))

#define Py_LOCAL(type) static type
#define Py_LOCAL_INLINE(type) static inline type
#define Py_MEMCPY memcpy

/* Right shift of a negative signed value: gcc and clang shift arithmetically. */
#define Py_ARITHMETIC_RIGHT_SHIFT(TYPE, I, J) ((I) >> (J))

#define Py_FORCE_EXPAND(X) X

#define Py_IS_NAN(X) isnan(X)
#define Py_IS_INFINITY(X) isinf(X)
#define Py_IS_FINITE(X) isfinite(X)
#define Py_HUGE_VAL HUGE_VAL

#define Py_OVERFLOWED(X) ((X) != 0.0 && (errno == ERANGE || (X) == Py_HUGE_VAL || (X) == -Py_HUGE_VAL))
#define Py_SET_ERRNO_ON_MATH_ERROR(X) \
    do { if (errno == 0) { if ((X) == Py_HUGE_VAL || (X) == -Py_HUGE_VAL) errno = ERANGE; \
         else if (isnan(X)) errno = EDOM; } } while (0)
#define Py_SET_ERANGE_IF_OVERFLOW(X) Py_SET_ERRNO_ON_MATH_ERROR(X)
#define Py_ADJUST_ERANGE1(X) \
    do { if (errno == 0) { if ((X) == Py_HUGE_VAL || (X) == -Py_HUGE_VAL) errno = ERANGE; } \
         else if (errno == ERANGE && (X) == 0.0) errno = 0; } while (0)
#define Py_ADJUST_ERANGE2(X, Y) \
    do { if ((X) == Py_HUGE_VAL || (X) == -Py_HUGE_VAL || (Y) == Py_HUGE_VAL || (Y) == -Py_HUGE_VAL) { \
         if (errno == 0) errno = ERANGE; } else if (errno == ERANGE) errno = 0; } while (0)

#ifndef LONG_BIT
#define LONG_BIT (8 * SIZEOF_LONG)
#endif

#define PyAPI_FUNC(RTYPE) extern RTYPE
#define PyAPI_DATA(RTYPE) extern RTYPE
#define PyMODINIT_FUNC void

#define Py_DEPRECATED(VERSION_UNUSED) __attribute__((__deprecated__))
#define Py_GCC_ATTRIBUTE(x) __attribute__(x)
#define Py_UNUSED_ATTR __attribute__((unused))

#define Py_LIKELY(x) __builtin_expect(!!(x), 1)
#define Py_UNLIKELY(x) __builtin_expect(!!(x), 0)

#define Py_CHARMASK(c) ((unsigned char)((c) & 0xff))

#endif /* !Py_PYPORT_H */
