/* Argument parsing for C functions: PyArg_Parse* and PyArg_UnpackTuple.

   A format string is a sequence of conversion codes (see the 2.5 "Extending
   and Embedding" manual).  Each code consumes one Python argument and one or
   more C pointers from the variable argument list.  Error messages follow
   the 2.5 wording exactly; extensions and tests compare them. */

#include "Python.h"
#include <ctype.h>

/* Parser behaviour switches. */
#define PA_COMPAT  0x01   /* PyArg_Parse: old style, args not a tuple */
#define PA_SSIZE   0x02   /* '#' lengths are Py_ssize_t, else int */

/* Buffers allocated for 'es'/'et' conversions; freed if parsing fails. */
#define PA_MAX_CLEANUP 64
typedef struct {
    int count;
    void *blocks[PA_MAX_CLEANUP];
} pa_cleanup;

static int
pa_remember(pa_cleanup *cl, void *block)
{
    if (cl->count >= PA_MAX_CLEANUP) {
        PyMem_Free(block);
        PyErr_SetString(PyExc_SystemError,
                        "too many converted arguments to clean up");
        return -1;
    }
    cl->blocks[cl->count++] = block;
    return 0;
}

static int
pa_finish(int ok, pa_cleanup *cl)
{
    int i;
    if (!ok) {
        for (i = 0; i < cl->count; i++)
            PyMem_Free(cl->blocks[i]);
    }
    cl->count = 0;
    return ok;
}

/* Build "must be X, not T" into buf and return it (2.5 uses this frame
   even for parenthesised internal reasons such as "(buffer overflow)"). */
static char *
pa_wrong(const char *expected, PyObject *arg, char *buf, size_t bufsize)
{
    PyOS_snprintf(buf, bufsize, "must be %.50s, not %.50s", expected,
                  arg == Py_None ? "None" : arg->ob_type->tp_name);
    return buf;
}
#define pa_wrong2 pa_wrong

/* Report a conversion failure unless a more precise error is pending. */
static void
pa_report(int argno, const char *msg, int *path, const char *fname,
          const char *custom)
{
    char text[512];
    size_t used = 0;
    int k;

    if (PyErr_Occurred())
        return;
    if (custom != NULL) {
        PyErr_SetString(PyExc_TypeError, custom);
        return;
    }
    if (fname != NULL) {
        PyOS_snprintf(text, sizeof(text), "%.200s() ", fname);
        used = strlen(text);
    }
    if (argno == 0) {
        PyOS_snprintf(text + used, sizeof(text) - used, "argument");
        used = strlen(text);
    }
    else {
        PyOS_snprintf(text + used, sizeof(text) - used, "argument %d", argno);
        used = strlen(text);
        for (k = 0; path[k] > 0 && used < 220; k++) {
            PyOS_snprintf(text + used, sizeof(text) - used, ", item %d",
                          path[k] - 1);
            used = strlen(text);
        }
    }
    PyOS_snprintf(text + used, sizeof(text) - used, " %.256s", msg);
    PyErr_SetString(PyExc_TypeError, text);
}

static char *pa_item(PyObject *, const char **, va_list *, int, int *,
                     char *, size_t, pa_cleanup *);

/* Convert a parenthesised group against a sequence argument. */
static char *
pa_group(PyObject *arg, const char **pfmt, va_list *pva, int flags,
         int *path, char *buf, size_t bufsize, int toplevel,
         pa_cleanup *cl)
{
    const char *f = *pfmt;
    int depth = 0, want = 0, i;
    Py_ssize_t have;

    for (;;) {
        int c = *f++;
        if (c == '(') {
            if (depth == 0)
                want++;
            depth++;
        }
        else if (c == ')') {
            if (depth == 0)
                break;
            depth--;
        }
        else if (c == ':' || c == ';' || c == '\0')
            break;
        else if (depth == 0 && isalpha(Py_CHARMASK(c))) {
            if (c != 'e')
                want++;
        }
    }

    if (!PySequence_Check(arg) || PyString_Check(arg)) {
        path[0] = 0;
        PyOS_snprintf(buf, bufsize,
                      toplevel ? "expected %d arguments, not %.50s"
                               : "must be %d-item sequence, not %.50s",
                      want, arg == Py_None ? "None" : arg->ob_type->tp_name);
        return buf;
    }
    have = PySequence_Size(arg);
    if (have != want) {
        path[0] = 0;
        if (have < 0)
            PyErr_Clear();
        PyOS_snprintf(buf, bufsize,
                      toplevel ? "expected %d arguments, not %d"
                               : "must be sequence of length %d, not %d",
                      want, (int)have);
        return buf;
    }

    f = *pfmt;
    for (i = 0; i < want; i++) {
        PyObject *item = PySequence_GetItem(arg, i);
        char *msg;
        if (item == NULL) {
            PyErr_Clear();
            path[0] = i + 1;
            path[1] = 0;
            return pa_wrong("(unspecified)", arg, buf, bufsize);
        }
        msg = pa_item(item, &f, pva, flags, path + 1, buf, bufsize, cl);
        Py_DECREF(item);
        if (msg != NULL) {
            path[0] = i + 1;
            return msg;
        }
    }
    *pfmt = f;
    return NULL;
}

/* Complain that a float was passed where an integer is wanted; 2.5 only
   warns.  Returns 1 if the warning became an error. */
static int
pa_float_given(PyObject *arg)
{
    if (!PyFloat_Check(arg))
        return 0;
    return PyErr_Warn(PyExc_DeprecationWarning,
                      "integer argument expected, got float") < 0;
}

/* Read-only buffer of a single segment; -1 with *why set on failure. */
static Py_ssize_t
pa_readbuffer(PyObject *arg, void **p, const char **why)
{
    PyBufferProcs *pb = arg->ob_type->tp_as_buffer;
    Py_ssize_t n;

    if (pb == NULL || pb->bf_getreadbuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        *why = "string or read-only buffer";
        return -1;
    }
    if (pb->bf_getsegcount(arg, NULL) != 1) {
        *why = "string or single-segment read-only buffer";
        return -1;
    }
    n = pb->bf_getreadbuffer(arg, 0, p);
    if (n < 0) {
        *why = "(unspecified)";
        return -1;
    }
    return n;
}

/* Store a '#' length in an int or a Py_ssize_t, as the flags say. */
static int
pa_store_len(va_list *pva, int flags, Py_ssize_t n, void **slot)
{
    if (slot != NULL) {
        if (flags & PA_SSIZE)
            *(Py_ssize_t *)*slot = n;
        else {
            if (n > INT_MAX) {
                PyErr_SetString(PyExc_OverflowError,
                                "size does not fit in an int");
                return -1;
            }
            *(int *)*slot = (int)n;
        }
    }
    return 0;
}

/* Fetch the pointer where a '#' length will go. */
#define PA_LENSLOT(pva) ((void *)va_arg(*(pva), void *))

/* Convert one non-tuple item.  Returns NULL on success, else the message
   to report (an exception may already be set: then it wins). */
static char *
pa_simple(PyObject *arg, const char **pfmt, va_list *pva, int flags,
          char *buf, size_t bufsize, pa_cleanup *cl)
{
    const char *f = *pfmt;
    int code = *f++;

    switch (code) {

    case 'b': {
        char *out = va_arg(*pva, char *);
        long v;
        if (pa_float_given(arg))
            return pa_wrong("integer<b>", arg, buf, bufsize);
        v = PyInt_AsLong(arg);
        if (v == -1 && PyErr_Occurred())
            return pa_wrong("integer<b>", arg, buf, bufsize);
        if (v < 0) {
            PyErr_SetString(PyExc_OverflowError,
                            "unsigned byte integer is less than minimum");
            return pa_wrong("integer<b>", arg, buf, bufsize);
        }
        if (v > UCHAR_MAX) {
            PyErr_SetString(PyExc_OverflowError,
                            "unsigned byte integer is greater than maximum");
            return pa_wrong("integer<b>", arg, buf, bufsize);
        }
        *out = (char)v;
        break;
    }

    case 'B': {
        unsigned char *out = va_arg(*pva, unsigned char *);
        unsigned long v;
        if (pa_float_given(arg))
            return pa_wrong("integer<B>", arg, buf, bufsize);
        v = PyInt_AsUnsignedLongMask(arg);
        if (v == (unsigned long)-1 && PyErr_Occurred())
            return pa_wrong("integer<B>", arg, buf, bufsize);
        *out = (unsigned char)v;
        break;
    }

    case 'h': {
        short *out = va_arg(*pva, short *);
        long v;
        if (pa_float_given(arg))
            return pa_wrong("integer<h>", arg, buf, bufsize);
        v = PyInt_AsLong(arg);
        if (v == -1 && PyErr_Occurred())
            return pa_wrong("integer<h>", arg, buf, bufsize);
        if (v < SHRT_MIN) {
            PyErr_SetString(PyExc_OverflowError,
                            "signed short integer is less than minimum");
            return pa_wrong("integer<h>", arg, buf, bufsize);
        }
        if (v > SHRT_MAX) {
            PyErr_SetString(PyExc_OverflowError,
                            "signed short integer is greater than maximum");
            return pa_wrong("integer<h>", arg, buf, bufsize);
        }
        *out = (short)v;
        break;
    }

    case 'H': {
        unsigned short *out = va_arg(*pva, unsigned short *);
        unsigned long v;
        if (pa_float_given(arg))
            return pa_wrong("integer<H>", arg, buf, bufsize);
        v = PyInt_AsUnsignedLongMask(arg);
        if (v == (unsigned long)-1 && PyErr_Occurred())
            return pa_wrong("integer<H>", arg, buf, bufsize);
        *out = (unsigned short)v;
        break;
    }

    case 'i': {
        int *out = va_arg(*pva, int *);
        long v;
        if (pa_float_given(arg))
            return pa_wrong("integer<i>", arg, buf, bufsize);
        v = PyInt_AsLong(arg);
        if (v == -1 && PyErr_Occurred())
            return pa_wrong("integer<i>", arg, buf, bufsize);
        if (v > INT_MAX) {
            PyErr_SetString(PyExc_OverflowError,
                            "signed integer is greater than maximum");
            return pa_wrong("integer<i>", arg, buf, bufsize);
        }
        if (v < INT_MIN) {
            PyErr_SetString(PyExc_OverflowError,
                            "signed integer is less than minimum");
            return pa_wrong("integer<i>", arg, buf, bufsize);
        }
        *out = (int)v;
        break;
    }

    case 'I': {
        unsigned int *out = va_arg(*pva, unsigned int *);
        unsigned long v;
        if (pa_float_given(arg))
            return pa_wrong("integer<I>", arg, buf, bufsize);
        v = PyInt_AsUnsignedLongMask(arg);
        if (v == (unsigned long)-1 && PyErr_Occurred())
            return pa_wrong("integer<I>", arg, buf, bufsize);
        *out = (unsigned int)v;
        break;
    }

    case 'n': {
        Py_ssize_t *out = va_arg(*pva, Py_ssize_t *);
        Py_ssize_t v;
        if (pa_float_given(arg))
            return pa_wrong("integer<n>", arg, buf, bufsize);
        v = PyInt_AsSsize_t(arg);
        if (v == -1 && PyErr_Occurred())
            return pa_wrong("integer<n>", arg, buf, bufsize);
        *out = v;
        break;
    }

    case 'l': {
        long *out = va_arg(*pva, long *);
        long v;
        if (pa_float_given(arg))
            return pa_wrong("integer<l>", arg, buf, bufsize);
        v = PyInt_AsLong(arg);
        if (v == -1 && PyErr_Occurred())
            return pa_wrong("integer<l>", arg, buf, bufsize);
        *out = v;
        break;
    }

    case 'k': {
        unsigned long *out = va_arg(*pva, unsigned long *);
        if (PyInt_Check(arg))
            *out = PyInt_AsUnsignedLongMask(arg);
        else if (PyLong_Check(arg))
            *out = PyLong_AsUnsignedLongMask(arg);
        else
            return pa_wrong("integer<k>", arg, buf, bufsize);
        break;
    }

    case 'L': {
        PY_LONG_LONG *out = va_arg(*pva, PY_LONG_LONG *);
        PY_LONG_LONG v = PyLong_AsLongLong(arg);
        if (v == (PY_LONG_LONG)-1 && PyErr_Occurred())
            return pa_wrong("long<L>", arg, buf, bufsize);
        *out = v;
        break;
    }

    case 'K': {
        unsigned PY_LONG_LONG *out = va_arg(*pva, unsigned PY_LONG_LONG *);
        if (PyInt_Check(arg))
            *out = PyInt_AsUnsignedLongLongMask(arg);
        else if (PyLong_Check(arg))
            *out = PyLong_AsUnsignedLongLongMask(arg);
        else
            return pa_wrong("integer<K>", arg, buf, bufsize);
        break;
    }

    case 'f': {
        float *out = va_arg(*pva, float *);
        double v = PyFloat_AsDouble(arg);
        if (PyErr_Occurred())
            return pa_wrong("float<f>", arg, buf, bufsize);
        *out = (float)v;
        break;
    }

    case 'd': {
        double *out = va_arg(*pva, double *);
        double v = PyFloat_AsDouble(arg);
        if (PyErr_Occurred())
            return pa_wrong("float<d>", arg, buf, bufsize);
        *out = v;
        break;
    }

    case 'D': {
        Py_complex *out = va_arg(*pva, Py_complex *);
        Py_complex v = PyComplex_AsCComplex(arg);
        if (PyErr_Occurred())
            return pa_wrong("complex<D>", arg, buf, bufsize);
        *out = v;
        break;
    }

    case 'c': {
        char *out = va_arg(*pva, char *);
        if (PyString_Check(arg) && PyString_Size(arg) == 1)
            *out = PyString_AS_STRING(arg)[0];
        else
            return pa_wrong("char", arg, buf, bufsize);
        break;
    }

    case 's':
    case 'z': {
        int none_ok = (code == 'z');
        const char **out = va_arg(*pva, const char **);
        if (*f == '#') {
            void *lenslot = PA_LENSLOT(pva);
            const char *why = NULL;
            Py_ssize_t n;
            f++;
            if (none_ok && arg == Py_None) {
                *out = NULL;
                n = 0;
            }
            else if (PyString_Check(arg)) {
                *out = PyString_AS_STRING(arg);
                n = PyString_GET_SIZE(arg);
            }
            else if (PyUnicode_Check(arg)) {
                PyObject *enc = _PyUnicode_AsDefaultEncodedString(arg, NULL);
                if (enc == NULL)
                    return pa_wrong("(unicode conversion error)", arg,
                                    buf, bufsize);
                *out = PyString_AS_STRING(enc);
                n = PyString_GET_SIZE(enc);
            }
            else {
                void *p;
                n = pa_readbuffer(arg, &p, &why);
                if (n < 0)
                    return pa_wrong(why, arg, buf, bufsize);
                *out = (const char *)p;
            }
            if (pa_store_len(pva, flags, n, &lenslot) < 0)
                return pa_wrong("(size overflow)", arg, buf, bufsize);
        }
        else {
            Py_ssize_t n = 0;
            if (none_ok && arg == Py_None)
                *out = NULL;
            else if (PyString_Check(arg)) {
                *out = PyString_AS_STRING(arg);
                n = PyString_GET_SIZE(arg);
            }
            else if (PyUnicode_Check(arg)) {
                PyObject *enc = _PyUnicode_AsDefaultEncodedString(arg, NULL);
                if (enc == NULL)
                    return pa_wrong("(unicode conversion error)", arg,
                                    buf, bufsize);
                *out = PyString_AS_STRING(enc);
                n = PyString_GET_SIZE(enc);
            }
            else
                return pa_wrong(none_ok ? "string or None" : "string",
                                arg, buf, bufsize);
            if (*out != NULL && (Py_ssize_t)strlen(*out) != n)
                return pa_wrong(none_ok ?
                                "string without null bytes or None" :
                                "string without null bytes",
                                arg, buf, bufsize);
        }
        break;
    }

    case 'e': {
        const char *encoding = va_arg(*pva, const char *);
        char **out;
        int recode;
        PyObject *s;
        Py_ssize_t n;

        if (encoding == NULL)
            encoding = PyUnicode_GetDefaultEncoding();
        if (*f == 's')
            recode = 1;
        else if (*f == 't')
            recode = 0;
        else
            return pa_wrong("(unknown parser marker combination)", arg,
                            buf, bufsize);
        f++;
        out = va_arg(*pva, char **);
        if (out == NULL)
            return pa_wrong("(buffer is NULL)", arg, buf, bufsize);

        if (!recode && PyString_Check(arg)) {
            s = arg;
            Py_INCREF(s);
        }
        else {
            PyObject *u = PyUnicode_FromObject(arg);
            if (u == NULL)
                return pa_wrong("string or unicode or text buffer", arg,
                                buf, bufsize);
            s = PyUnicode_AsEncodedString(u, encoding, NULL);
            Py_DECREF(u);
            if (s == NULL)
                return pa_wrong("(encoding failed)", arg, buf, bufsize);
            if (!PyString_Check(s)) {
                Py_DECREF(s);
                return pa_wrong("(encoder failed to return a string)", arg,
                                buf, bufsize);
            }
        }
        n = PyString_GET_SIZE(s);

        if (*f == '#') {
            void *lenslot = PA_LENSLOT(pva);
            f++;
            if (lenslot == NULL) {
                Py_DECREF(s);
                PyErr_SetString(PyExc_TypeError, "(buffer_len is NULL)");
                return pa_wrong("(buffer_len is NULL)", arg, buf, bufsize);
            }
            if (*out == NULL) {
                *out = PyMem_NEW(char, n + 1);
                if (*out == NULL) {
                    Py_DECREF(s);
                    PyErr_NoMemory();
                    return pa_wrong("(memory error)", arg, buf, bufsize);
                }
                if (pa_remember(cl, *out) < 0) {
                    Py_DECREF(s);
                    return pa_wrong("(cleanup problem)", arg, buf, bufsize);
                }
            }
            else {
                Py_ssize_t room = (flags & PA_SSIZE) ? *(Py_ssize_t *)lenslot
                                                     : *(int *)lenslot;
                if (n + 1 > room) {
                    Py_DECREF(s);
                    return pa_wrong2("(buffer overflow)", arg, buf, bufsize);
                }
            }
            memcpy(*out, PyString_AS_STRING(s), n + 1);
            if (pa_store_len(pva, flags, n, &lenslot) < 0) {
                Py_DECREF(s);
                return pa_wrong("(size overflow)", arg, buf, bufsize);
            }
        }
        else {
            if ((Py_ssize_t)strlen(PyString_AS_STRING(s)) != n) {
                Py_DECREF(s);
                return pa_wrong2("(encoded string without NULL bytes)", arg,
                                 buf, bufsize);
            }
            *out = PyMem_NEW(char, n + 1);
            if (*out == NULL) {
                Py_DECREF(s);
                PyErr_NoMemory();
                return pa_wrong("(memory error)", arg, buf, bufsize);
            }
            if (pa_remember(cl, *out) < 0) {
                Py_DECREF(s);
                return pa_wrong("(cleanup problem)", arg, buf, bufsize);
            }
            memcpy(*out, PyString_AS_STRING(s), n + 1);
        }
        Py_DECREF(s);
        break;
    }

    case 'u': {
        Py_UNICODE **out = va_arg(*pva, Py_UNICODE **);
        if (*f == '#') {
            void *lenslot = PA_LENSLOT(pva);
            f++;
            if (!PyUnicode_Check(arg))
                return pa_wrong2("cannot convert raw buffers", arg, buf, bufsize);
            *out = PyUnicode_AS_UNICODE(arg);
            if (pa_store_len(pva, flags, PyUnicode_GET_SIZE(arg), &lenslot) < 0)
                return pa_wrong("(size overflow)", arg, buf, bufsize);
        }
        else {
            if (!PyUnicode_Check(arg))
                return pa_wrong("unicode", arg, buf, bufsize);
            *out = PyUnicode_AS_UNICODE(arg);
        }
        break;
    }

    case 'S': {
        PyObject **out = va_arg(*pva, PyObject **);
        if (!PyString_Check(arg))
            return pa_wrong("string", arg, buf, bufsize);
        *out = arg;
        break;
    }

    case 'U': {
        PyObject **out = va_arg(*pva, PyObject **);
        if (!PyUnicode_Check(arg))
            return pa_wrong("unicode", arg, buf, bufsize);
        *out = arg;
        break;
    }

    case 'O': {
        if (*f == '!') {
            PyTypeObject *type = va_arg(*pva, PyTypeObject *);
            PyObject **out = va_arg(*pva, PyObject **);
            f++;
            if (!PyObject_TypeCheck(arg, type))
                return pa_wrong(type->tp_name, arg, buf, bufsize);
            *out = arg;
        }
        else if (*f == '?') {
            inquiry pred = va_arg(*pva, inquiry);
            PyObject **out = va_arg(*pva, PyObject **);
            f++;
            if (!pred(arg))
                return pa_wrong("(unspecified)", arg, buf, bufsize);
            *out = arg;
        }
        else if (*f == '&') {
            typedef int (*converter_t)(PyObject *, void *);
            converter_t conv = va_arg(*pva, converter_t);
            void *addr = va_arg(*pva, void *);
            f++;
            if (!conv(arg, addr))
                return pa_wrong("(unspecified)", arg, buf, bufsize);
        }
        else {
            PyObject **out = va_arg(*pva, PyObject **);
            *out = arg;
        }
        break;
    }

    case 'w': {
        void **out = va_arg(*pva, void **);
        PyBufferProcs *pb = arg->ob_type->tp_as_buffer;
        Py_ssize_t n;
        if (pb == NULL || pb->bf_getwritebuffer == NULL ||
            pb->bf_getsegcount == NULL)
            return pa_wrong("read-write buffer", arg, buf, bufsize);
        if (pb->bf_getsegcount(arg, NULL) != 1)
            return pa_wrong("single-segment read-write buffer", arg,
                            buf, bufsize);
        n = pb->bf_getwritebuffer(arg, 0, out);
        if (n < 0)
            return pa_wrong("(unspecified)", arg, buf, bufsize);
        if (*f == '#') {
            void *lenslot = PA_LENSLOT(pva);
            f++;
            if (pa_store_len(pva, flags, n, &lenslot) < 0)
                return pa_wrong("(size overflow)", arg, buf, bufsize);
        }
        break;
    }

    case 't': {
        char **out = va_arg(*pva, char **);
        PyBufferProcs *pb = arg->ob_type->tp_as_buffer;
        Py_ssize_t n;
        void *lenslot;
        if (*f++ != '#')
            return pa_wrong("invalid use of 't' format character", arg,
                            buf, bufsize);
        lenslot = PA_LENSLOT(pva);
        if (!PyType_HasFeature(arg->ob_type, Py_TPFLAGS_HAVE_GETCHARBUFFER) ||
            pb == NULL || pb->bf_getcharbuffer == NULL)
            return pa_wrong("string or read-only character buffer", arg,
                            buf, bufsize);
        if (pb->bf_getsegcount == NULL ||
            pb->bf_getsegcount(arg, NULL) != 1)
            return pa_wrong("string or single-segment read-only buffer",
                            arg, buf, bufsize);
        n = pb->bf_getcharbuffer(arg, 0, out);
        if (n < 0)
            return pa_wrong("(unspecified)", arg, buf, bufsize);
        if (pa_store_len(pva, flags, n, &lenslot) < 0)
            return pa_wrong("(size overflow)", arg, buf, bufsize);
        break;
    }

    default:
        return pa_wrong("impossible<bad format char>", arg, buf, bufsize);
    }

    *pfmt = f;
    return NULL;
}

static char *
pa_item(PyObject *arg, const char **pfmt, va_list *pva, int flags,
        int *path, char *buf, size_t bufsize, pa_cleanup *cl)
{
    const char *f = *pfmt;
    char *msg;

    if (*f == '(') {
        f++;
        msg = pa_group(arg, &f, pva, flags, path, buf, bufsize, 0, cl);
        if (msg == NULL)
            f++;   /* the closing paren */
    }
    else {
        msg = pa_simple(arg, &f, pva, flags, buf, bufsize, cl);
        if (msg != NULL)
            path[0] = 0;
    }
    if (msg == NULL)
        *pfmt = f;
    return msg;
}

/* Walk the whole format once: count arguments, find ':' name and ';'
   message.  Returns 0, or -1 with SystemError for unbalanced parens. */
typedef struct {
    int min, max;
    const char *fname;
    const char *custom;
} pa_shape;

/* ASCII letter test without the locale table lookup of isalpha(); format
   codes are ASCII, so bytes above 127 still go to isalpha() to keep the
   classification identical. */
#define PA_IS_LETTER(c) \
    ((unsigned)(((c) | 0x20) - 'a') < 26u || ((c) > 127 && isalpha(c)))

/* The general scan: nested groups, any byte. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
pa_scan_nested(const char *format, pa_shape *sh)
{
    const unsigned char *f = (const unsigned char *)format;
    int depth = 0;
    int min = -1, max = 0;

    sh->fname = NULL;
    sh->custom = NULL;
    for (;;) {
        int c = *f++;
        if (PA_IS_LETTER(c)) {
            if (depth == 0 && c != 'e')
                max++;
            continue;
        }
        switch (c) {
        case '\0':
            goto done;
        case '(':
            if (depth == 0)
                max++;
            depth++;
            break;
        case ')':
            if (depth == 0) {
                PyErr_SetString(PyExc_SystemError,
                                "excess ')' in getargs format");
                return -1;
            }
            depth--;
            break;
        case ':':
            if (depth == 0) {
                sh->fname = (const char *)f;
                goto done;
            }
            break;
        case ';':
            if (depth == 0) {
                sh->custom = (const char *)f;
                goto done;
            }
            break;
        case '|':
            if (depth == 0 && min < 0)
                min = max;
            break;
        default:
            break;
        }
    }
done:
    if (depth != 0) {
        PyErr_SetString(PyExc_SystemError, "missing ')' in getargs format");
        return -1;
    }
    sh->min = min < 0 ? max : min;
    sh->max = max;
    return 0;
}

/* What each format byte means to pa_scan: PK_ARG takes an argument (ASCII
   letters but 'e'), PK_SKIP modifies the previous code ('e', '!', '#',
   ...), PK_BAR starts the optional ones, PK_STOP ends the codes ('\0',
   ':', ';'), PK_HARD needs pa_scan_nested (parentheses, bytes above 127,
   whose isalpha() depends on the locale). */
enum { PK_SKIP, PK_ARG, PK_BAR, PK_STOP, PK_HARD };
static const unsigned char pa_kind[256] = {
    3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

/* Flat formats (no groups, ASCII codes), the usual case, are measured in
   one tight loop; anything else is left to pa_scan_nested. */
static int
pa_scan(const char *format, pa_shape *sh)
{
    const unsigned char *f = (const unsigned char *)format;
    int min = -1, max = 0;
    int kind;

    for (;;) {
        kind = pa_kind[*f++];
        if (kind == PK_ARG)
            max++;
        else if (kind == PK_BAR) {
            if (min < 0)
                min = max;
        }
        else if (kind != PK_SKIP)
            break;
    }
    if (kind == PK_HARD)
        return pa_scan_nested(format, sh);
    sh->fname = f[-1] == ':' ? (const char *)f : NULL;
    sh->custom = f[-1] == ';' ? (const char *)f : NULL;
    sh->min = min < 0 ? max : min;
    sh->max = max;
    return 0;
}

/* The usual codes with the usual argument types, converted in place.
   Returns 1 when the item is done (format and va_list advanced past it), 0
   when nothing was consumed and pa_item must do the work (other types,
   other codes, and every case that can fail or warn), -1 when an "O!"
   argument has the wrong type (*pbad is the type wanted). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
pa_quick(PyObject *arg, const char **pfmt, va_list *pva, int flags,
         PyTypeObject **pbad)
{
    const char *f = *pfmt;
    PyTypeObject *tp = arg->ob_type;

    switch (*f) {
    case 'l':
    case 'n':
    case 'i': {
        long v;
        /* int and bool hold their value directly; PyInt_AsLong would read
           the same field without calling anything. */
        if (tp != &PyInt_Type && tp != &PyBool_Type)
            return 0;
        v = PyInt_AS_LONG(arg);
        if (*f == 'l')
            *va_arg(*pva, long *) = v;
        else if (*f == 'n')
            *va_arg(*pva, Py_ssize_t *) = (Py_ssize_t)v;
        else {
            if (v > INT_MAX || v < INT_MIN)
                return 0;
            *va_arg(*pva, int *) = (int)v;
        }
        break;
    }

    case 'd':
        if (tp == &PyFloat_Type)
            *va_arg(*pva, double *) = PyFloat_AS_DOUBLE(arg);
        else if (tp == &PyInt_Type || tp == &PyBool_Type)
            /* their nb_float is (double)ob_ival, without the temporary */
            *va_arg(*pva, double *) = (double)PyInt_AS_LONG(arg);
        else
            return 0;
        break;

    case 's': {
        const char *text;
        Py_ssize_t n;
        if (tp != &PyString_Type)
            return 0;
        text = PyString_AS_STRING(arg);
        n = PyString_GET_SIZE(arg);
        if (f[1] == '#') {
            const char **out;
            void *lenslot;
            if (!(flags & PA_SSIZE) && n > INT_MAX)
                return 0;
            out = va_arg(*pva, const char **);
            lenslot = va_arg(*pva, void *);
            *out = text;
            if (flags & PA_SSIZE)
                *(Py_ssize_t *)lenslot = n;
            else
                *(int *)lenslot = (int)n;
            f++;
        }
        else {
            if ((Py_ssize_t)strlen(text) != n)
                return 0;
            *va_arg(*pva, const char **) = text;
        }
        break;
    }

    case 'S':
        if (tp != &PyString_Type)
            return 0;
        *va_arg(*pva, PyObject **) = arg;
        break;

    case 'O':
        if (f[1] == '!') {
            PyTypeObject *want = va_arg(*pva, PyTypeObject *);
            PyObject **out = va_arg(*pva, PyObject **);
            if (tp != want && !PyType_IsSubtype(tp, want)) {
                /* Both pointers are consumed, as pa_simple would have. */
                *pbad = want;
                return -1;
            }
            *out = arg;
            f++;
        }
        else if (f[1] == '?' || f[1] == '&')
            return 0;
        else
            *va_arg(*pva, PyObject **) = arg;
        break;

    default:
        return 0;
    }
    *pfmt = f + 1;
    return 1;
}

/* The format must end where the arguments ran out. */
static int
pa_check_tail(const char *f, const char *whole)
{
    int c = Py_CHARMASK(*f);
    int kind = pa_kind[c];
    if (kind == PK_STOP || kind == PK_ARG || kind == PK_BAR)
        return 0;   /* the usual ends: '\0', ':', ';', a code, '|' */
    if (c != '\0' && !PA_IS_LETTER(c) && c != '(' && c != '|' && c != ':' &&
        c != ';') {
        PyErr_Format(PyExc_SystemError, "bad format string: %.200s", whole);
        return -1;
    }
    return 0;
}

static int
pa_parse(PyObject *args, const char *format, va_list *pva, int flags)
{
    char buf[256];
    int path[32];
    pa_shape sh;
    const char *f = format;
    const char *name;
    PyTypeObject *bad;
    Py_ssize_t nargs, i;
    pa_cleanup cl;
    char *msg;

    cl.count = 0;
    if (pa_scan(format, &sh) < 0)
        return 0;
    name = sh.fname;

    if (flags & PA_COMPAT) {
        if (sh.max == 0) {
            if (args == NULL)
                return 1;
            PyErr_Format(PyExc_TypeError, "%.200s%s takes no arguments",
                         name == NULL ? "function" : name,
                         name == NULL ? "" : "()");
            return 0;
        }
        if (sh.min == 1 && sh.max == 1) {
            if (args == NULL) {
                PyErr_Format(PyExc_TypeError,
                             "%.200s%s takes at least one argument",
                             name == NULL ? "function" : name,
                             name == NULL ? "" : "()");
                return 0;
            }
            path[0] = 0;   /* written again before any error report reads it */
            msg = pa_item(args, &f, pva, flags, path, buf, sizeof(buf), &cl);
            if (msg == NULL)
                return pa_finish(1, &cl);
            pa_report(path[0], msg, path + 1, name, sh.custom);
            return pa_finish(0, &cl);
        }
        PyErr_SetString(PyExc_SystemError,
                        "old style getargs format uses new features");
        return 0;
    }

    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError,
                        "new style getargs format but argument is not a tuple");
        return 0;
    }
    nargs = PyTuple_GET_SIZE(args);
    if (nargs < sh.min || nargs > sh.max) {
        if (sh.custom != NULL)
            PyErr_SetString(PyExc_TypeError, sh.custom);
        else {
            int bound = nargs < sh.min ? sh.min : sh.max;
            PyErr_Format(PyExc_TypeError,
                         "%.150s%s takes %s %d argument%s (%ld given)",
                         name == NULL ? "function" : name,
                         name == NULL ? "" : "()",
                         sh.min == sh.max ? "exactly"
                             : nargs < sh.min ? "at least" : "at most",
                         bound, bound == 1 ? "" : "s", (long)nargs);
        }
        return 0;
    }
    for (i = 0; i < nargs; i++) {
        PyObject *arg = PyTuple_GET_ITEM(args, i);
        if (*f == '|')
            f++;
        switch (pa_quick(arg, &f, pva, flags, &bad)) {
        case 1:
            continue;
        case -1:
            path[0] = 0;
            pa_report((int)i + 1, pa_wrong(bad->tp_name, arg, buf, sizeof(buf)),
                      path, name, sh.custom);
            return pa_finish(0, &cl);
        }
        path[0] = 0;   /* written again before any error report reads it */
        msg = pa_item(arg, &f, pva, flags, path, buf, sizeof(buf), &cl);
        if (msg != NULL) {
            pa_report((int)i + 1, msg, path, name, sh.custom);
            return pa_finish(0, &cl);
        }
    }
    if (pa_check_tail(f, format) < 0)
        return pa_finish(0, &cl);
    return pa_finish(1, &cl);
}

/* Advance the format and the va_list over one item that is not given. */
static const char *
pa_skip(const char **pfmt, va_list *pva, int flags)
{
    const char *f = *pfmt;
    int c = *f++;

    switch (c) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I':
    case 'l': case 'k': case 'L': case 'K': case 'n':
    case 'f': case 'd': case 'D': case 'c':
    case 'S': case 'U':
        (void)va_arg(*pva, void *);
        break;
    case 'e':
        (void)va_arg(*pva, const char *);
        if (*f != 's' && *f != 't')
            return "impossible<bad format char>";
        f++;
        /* fall through */
    case 's': case 'z': case 'u': case 't': case 'w':
        (void)va_arg(*pva, void *);
        if (*f == '#') {
            (void)va_arg(*pva, void *);
            f++;
        }
        break;
    case 'O':
        if (*f == '!' || *f == '?' || *f == '&') {
            (void)va_arg(*pva, void *);
            f++;
        }
        (void)va_arg(*pva, void *);
        break;
    case '(': {
        const char *why;
        while (*f != ')') {
            if (*f == '\0')
                return "missing ')' in format";
            why = pa_skip(&f, pva, flags);
            if (why != NULL)
                return why;
        }
        f++;
        break;
    }
    default:
        return "impossible<bad format char>";
    }
    *pfmt = f;
    return NULL;
}

static int
pa_parse_kw(PyObject *args, PyObject *kwds, const char *format,
            char **kwlist, va_list *pva, int flags)
{
    char buf[256];
    int path[32];
    pa_shape sh;
    const char *f = format;
    const char *name, *custom;
    PyTypeObject *bad;
    Py_ssize_t nargs, nkw, given, i, nnames;
    pa_cleanup cl;
    char *msg;

    cl.count = 0;
    if (pa_scan(format, &sh) < 0)
        return 0;
    name = sh.fname;
    custom = sh.custom;

    for (nnames = 0; kwlist[nnames] != NULL; nnames++)
        ;
    if (sh.max > nnames) {
        PyErr_SetString(PyExc_SystemError,
                        "more argument specifiers than keyword list entries");
        return 0;
    }

    nargs = PyTuple_GET_SIZE(args);
    nkw = (kwds == NULL) ? 0 : PyDict_Size(kwds);

    /* A keyword may not repeat a positional argument. */
    if (nkw > 0) {
        for (i = 0; i < nargs && i < nnames; i++) {
            if (PyDict_GetItemString(kwds, kwlist[i]) != NULL) {
                PyErr_Format(PyExc_TypeError,
                             "keyword parameter '%s' was given by position "
                             "and by name", kwlist[i]);
                return 0;
            }
            if (PyErr_Occurred())
                return 0;
        }
    }

    /* Required arguments may come by keyword. */
    given = nargs;
    if (nkw > 0 && nargs < sh.min) {
        for (i = nargs; i < sh.min; i++) {
            if (PyDict_GetItemString(kwds, kwlist[i]) != NULL)
                given++;
            else if (PyErr_Occurred())
                return 0;
        }
    }
    if (given < sh.min || given > sh.max) {
        if (custom != NULL)
            PyErr_SetString(PyExc_TypeError, custom);
        else {
            int bound = given < sh.min ? sh.min : sh.max;
            PyErr_Format(PyExc_TypeError,
                         "%.200s%s takes %s %d argument%s (%ld given)",
                         name == NULL ? "function" : name,
                         name == NULL ? "" : "()",
                         sh.min == sh.max ? "exactly"
                             : given < sh.min ? "at least" : "at most",
                         bound, bound == 1 ? "" : "s", (long)given);
        }
        return 0;
    }

    for (i = 0; i < nargs; i++) {
        PyObject *arg = PyTuple_GET_ITEM(args, i);
        if (*f == '|')
            f++;
        switch (pa_quick(arg, &f, pva, flags, &bad)) {
        case 1:
            continue;
        case -1:
            path[0] = 0;
            pa_report((int)i + 1, pa_wrong(bad->tp_name, arg, buf, sizeof(buf)),
                      path, name, custom);
            return pa_finish(0, &cl);
        }
        path[0] = 0;   /* written again before any error report reads it */
        msg = pa_item(arg, &f, pva, flags, path, buf, sizeof(buf), &cl);
        if (msg != NULL) {
            pa_report((int)i + 1, msg, path, name, custom);
            return pa_finish(0, &cl);
        }
    }

    if (nkw == 0)
        return pa_finish(1, &cl);

    for (i = nargs; i < sh.max && nkw > 0; i++) {
        PyObject *value;
        if (*f == '|')
            f++;
        value = PyDict_GetItemString(kwds, kwlist[i]);
        if (value != NULL) {
            Py_INCREF(value);
            path[0] = 0;   /* written again before any error report reads it */
            msg = pa_item(value, &f, pva, flags, path, buf, sizeof(buf), &cl);
            Py_DECREF(value);
            if (msg != NULL) {
                pa_report((int)i + 1, msg, path, name, custom);
                return pa_finish(0, &cl);
            }
            nkw--;
        }
        else if (PyErr_Occurred())
            return pa_finish(0, &cl);
        else {
            const char *why = pa_skip(&f, pva, flags);
            if (why != NULL) {
                path[0] = 0;   /* no item path */
                pa_report((int)i + 1, why, path, name, custom);
                return pa_finish(0, &cl);
            }
        }
    }

    if (nkw > 0) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (PyDict_Next(kwds, &pos, &key, &value)) {
            const char *ks;
            Py_ssize_t j;
            int known = 0;
            if (!PyString_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
                return pa_finish(0, &cl);
            }
            ks = PyString_AS_STRING(key);
            for (j = 0; j < sh.max; j++) {
                if (strcmp(ks, kwlist[j]) == 0) {
                    known = 1;
                    break;
                }
            }
            if (!known) {
                PyErr_Format(PyExc_TypeError,
                             "'%s' is an invalid keyword argument for this "
                             "function", ks);
                return pa_finish(0, &cl);
            }
        }
    }
    return pa_finish(1, &cl);
}

/* ---- public entry points ---- */

int
PyArg_Parse(PyObject *args, const char *format, ...)
{
    int ok;
    va_list va, lva;
    va_start(va, format);
    va_copy(lva, va);
    ok = pa_parse(args, format, &lva, PA_COMPAT);
    va_end(lva);
    va_end(va);
    return ok;
}

int
_PyArg_Parse_SizeT(PyObject *args, const char *format, ...)
{
    int ok;
    va_list va, lva;
    va_start(va, format);
    va_copy(lva, va);
    ok = pa_parse(args, format, &lva, PA_COMPAT | PA_SSIZE);
    va_end(lva);
    va_end(va);
    return ok;
}

int
PyArg_ParseTuple(PyObject *args, const char *format, ...)
{
    int ok;
    va_list va, lva;
    va_start(va, format);
    va_copy(lva, va);
    ok = pa_parse(args, format, &lva, 0);
    va_end(lva);
    va_end(va);
    return ok;
}

int
_PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...)
{
    int ok;
    va_list va, lva;
    va_start(va, format);
    va_copy(lva, va);
    ok = pa_parse(args, format, &lva, PA_SSIZE);
    va_end(lva);
    va_end(va);
    return ok;
}

int
PyArg_VaParse(PyObject *args, const char *format, va_list va)
{
    int ok;
    va_list lva;
    va_copy(lva, va);
    ok = pa_parse(args, format, &lva, 0);
    va_end(lva);
    return ok;
}

int
_PyArg_VaParse_SizeT(PyObject *args, const char *format, va_list va)
{
    int ok;
    va_list lva;
    va_copy(lva, va);
    ok = pa_parse(args, format, &lva, PA_SSIZE);
    va_end(lva);
    return ok;
}

static int
pa_kw_entry(PyObject *args, PyObject *kwds, const char *format,
            char **kwlist, va_list *pva, int flags)
{
    if (args == NULL || !PyTuple_Check(args) ||
        (kwds != NULL && !PyDict_Check(kwds)) ||
        format == NULL || kwlist == NULL) {
        PyErr_BadInternalCall();
        return 0;
    }
    return pa_parse_kw(args, kwds, format, kwlist, pva, flags);
}

int
PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kwds,
                            const char *format, char **kwlist, ...)
{
    int ok;
    va_list va, lva;
    va_start(va, kwlist);
    va_copy(lva, va);
    ok = pa_kw_entry(args, kwds, format, kwlist, &lva, 0);
    va_end(lva);
    va_end(va);
    return ok;
}

int
_PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwds,
                                   const char *format, char **kwlist, ...)
{
    int ok;
    va_list va, lva;
    va_start(va, kwlist);
    va_copy(lva, va);
    ok = pa_kw_entry(args, kwds, format, kwlist, &lva, PA_SSIZE);
    va_end(lva);
    va_end(va);
    return ok;
}

int
PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kwds,
                              const char *format, char **kwlist, va_list va)
{
    int ok;
    va_list lva;
    va_copy(lva, va);
    ok = pa_kw_entry(args, kwds, format, kwlist, &lva, 0);
    va_end(lva);
    return ok;
}

int
_PyArg_VaParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwds,
                                     const char *format, char **kwlist,
                                     va_list va)
{
    int ok;
    va_list lva;
    va_copy(lva, va);
    ok = pa_kw_entry(args, kwds, format, kwlist, &lva, PA_SSIZE);
    va_end(lva);
    return ok;
}

/* PyArg_UnpackTuple's count error, kept out of the hot function. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
pa_unpack_count_error(const char *name, Py_ssize_t min, Py_ssize_t max,
                      Py_ssize_t n)
{
    int few = n < min;
    Py_ssize_t bound = few ? min : max;
    const char *how = min == max ? "" : few ? "at least " : "at most ";

    if (name != NULL)
        PyErr_Format(PyExc_TypeError, "%s expected %s%zd arguments, got %zd",
                     name, how, bound, n);
    else
        PyErr_Format(PyExc_TypeError,
                     "unpacked tuple should have %s%zd elements,"
                     " but has %zd", how, bound, n);
    return 0;
}

int
PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min,
                  Py_ssize_t max, ...)
{
    Py_ssize_t n, i;
    va_list va;

    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError,
                        "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    n = PyTuple_GET_SIZE(args);
    if (n < min || n > max)
        return pa_unpack_count_error(name, min, max, n);
    va_start(va, max);
    for (i = 0; i < n; i++)
        *va_arg(va, PyObject **) = PyTuple_GET_ITEM(args, i);
    va_end(va);
    return 1;
}

int
_PyArg_NoKeywords(const char *funcname, PyObject *kw)
{
    if (kw == NULL)
        return 1;
    if (!PyDict_CheckExact(kw)) {
        PyErr_BadInternalCall();
        return 0;
    }
    if (PyDict_Size(kw) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%s does not take keyword arguments",
                 funcname);
    return 0;
}
