/* The str type: immutable byte strings, interning, and the % operator. */

#include "Python.h"
#include <ctype.h>
#include <stddef.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* Flags of a % conversion spec (the unicode formatter uses the same
   values when it calls _PyString_FormatLong). */
#define F_LJUST (1 << 0)
#define F_SIGN  (1 << 1)
#define F_BLANK (1 << 2)
#define F_ALT   (1 << 3)
#define F_ZERO  (1 << 4)

/* Substring search, instantiated for bytes. */
#define SL(name) bytes_##name
#define STRINGLIB_CHAR char
#include "stringlib/search.h"

/* ------------------------------------------------------------------ */
/* Process-wide immutable caches.

   The empty string and the 256 one-byte strings are made once, charged
   to the process account (not to whichever interpreter happens to ask
   first) and never freed.  The interned table is a process-wide dict;
   interned strings stay mortal, so a sandbox's interned strings vanish
   with it.  The table's own storage is charged to the process. */

static PyStringObject *empty_string;
static PyStringObject *one_char[256];
static PyObject *interned;

#define STR_HEADER_SIZE offsetof(PyStringObject, ob_sval)

/* Allocate an uninitialised exact str of n bytes (NUL added). */
static PyStringObject *
str_alloc(Py_ssize_t n)
{
    PyStringObject *op;

    if (n < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if ((size_t)n > (size_t)PY_SSIZE_T_MAX - STR_HEADER_SIZE - 1) {
        PyErr_SetString(PyExc_OverflowError, "string is too large");
        return NULL;
    }
    op = (PyStringObject *)PyObject_MALLOC(STR_HEADER_SIZE + n + 1);
    if (op == NULL)
        return (PyStringObject *)PyErr_NoMemory();
    (void)PyObject_INIT_VAR(op, &PyString_Type, n);
    op->ob_shash = -1;
    op->ob_sstate = SSTATE_NOT_INTERNED;
    op->ob_sval[n] = '\0';
    return op;
}

static int
interned_ensure(void)
{
    if (interned == NULL) {
        PyMemAccount *saved = _PyMem_SetCurrentAccount(NULL);
        interned = PyDict_New();
        _PyMem_SetCurrentAccount(saved);
        if (interned == NULL)
            return -1;
    }
    return 0;
}

static int
caches_build(void)
{
    PyMemAccount *saved;
    int i;

    if (empty_string != NULL)
        return 0;
    saved = _PyMem_SetCurrentAccount(NULL);
    empty_string = str_alloc(0);
    if (empty_string == NULL)
        goto fail;
    for (i = 0; i < 256; i++) {
        PyStringObject *c = str_alloc(1);
        if (c == NULL)
            goto fail;
        c->ob_sval[0] = (char)i;
        one_char[i] = c;
    }
    _PyMem_SetCurrentAccount(saved);
    /* interned so that intern('a') is 'a'; the cache keeps them alive */
    {
        PyObject *t = (PyObject *)empty_string;
        Py_INCREF(t);
        PyString_InternInPlace(&t);
        Py_DECREF(t);
        for (i = 0; i < 256; i++) {
            t = (PyObject *)one_char[i];
            Py_INCREF(t);
            PyString_InternInPlace(&t);
            Py_DECREF(t);
        }
    }
    return 0;
fail:
    _PyMem_SetCurrentAccount(saved);
    return -1;
}

int
_PyString_Init(void)
{
    return caches_build();
}

static PyObject *
str_empty(void)
{
    if (empty_string == NULL && caches_build() < 0)
        return NULL;
    Py_INCREF(empty_string);
    return (PyObject *)empty_string;
}

static PyObject *
str_char(unsigned char c)
{
    if (empty_string == NULL && caches_build() < 0)
        return NULL;
    Py_INCREF(one_char[c]);
    return (PyObject *)one_char[c];
}

/* ------------------------------------------------------------------ */
/* Construction */

PyObject *
PyString_FromStringAndSize(const char *str, Py_ssize_t size)
{
    PyStringObject *op;

    if (size < 0) {
        PyErr_SetString(PyExc_SystemError,
                        "Negative size passed to PyString_FromStringAndSize");
        return NULL;
    }
    if (size == 0)
        return str_empty();
    if (size == 1 && str != NULL)
        return str_char((unsigned char)*str);
    op = str_alloc(size);
    if (op == NULL)
        return NULL;
    if (str != NULL)
        memcpy(op->ob_sval, str, size);
    return (PyObject *)op;
}

PyObject *
PyString_FromString(const char *str)
{
    size_t n;

    if (str == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    n = strlen(str);
    if (n > (size_t)PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError, "string is too long for a Python string");
        return NULL;
    }
    return PyString_FromStringAndSize(str, (Py_ssize_t)n);
}

/* A growable output buffer.  Short results are built in the buffer's own
   array (on the C stack of the caller) and copied once into a str of the
   exact size; a longer one moves to a str object that grows by doubling
   and is trimmed at the end. */
#define SB_LOCAL 256

typedef struct {
    char *p;            /* where the bytes are: local or inside obj */
    PyObject *obj;      /* the str holding them once local is outgrown */
    Py_ssize_t len;
    Py_ssize_t cap;
    char local[SB_LOCAL];
} StrBuf;

static int
sb_init(StrBuf *b, Py_ssize_t cap)
{
    b->len = 0;
    if (cap <= SB_LOCAL) {
        b->obj = NULL;
        b->p = b->local;
        b->cap = SB_LOCAL;
        return 0;
    }
    b->obj = (PyObject *)str_alloc(cap);
    if (b->obj == NULL)
        return -1;
    b->p = PyString_AS_STRING(b->obj);
    b->cap = cap;
    return 0;
}

/* Make room for `extra` more bytes than b->len (out of line). */
static int
sb_grow(StrBuf *b, Py_ssize_t extra)
{
    Py_ssize_t need, newcap;

    if (extra < 0 || b->len > PY_SSIZE_T_MAX - extra) {
        PyErr_NoMemory();
        return -1;
    }
    need = b->len + extra;
    if (need <= b->cap)
        return 0;
    newcap = b->cap;
    while (newcap < need) {
        if (newcap > PY_SSIZE_T_MAX / 2) {
            newcap = need;
            break;
        }
        newcap *= 2;
    }
    if (b->obj == NULL) {
        PyStringObject *o = str_alloc(newcap);
        if (o == NULL)
            return -1;
        memcpy(o->ob_sval, b->local, b->len);
        b->obj = (PyObject *)o;
    }
    else if (_PyString_Resize(&b->obj, newcap) < 0)
        return -1;
    b->p = PyString_AS_STRING(b->obj);
    b->cap = newcap;
    return 0;
}

Py_LOCAL_INLINE(int)
sb_reserve(StrBuf *b, Py_ssize_t extra)
{
    if (extra >= 0 && extra <= b->cap - b->len)
        return 0;
    return sb_grow(b, extra);
}

Py_LOCAL_INLINE(int)
sb_write(StrBuf *b, const char *p, Py_ssize_t n)
{
    if (sb_reserve(b, n) < 0)
        return -1;
    memcpy(b->p + b->len, p, n);
    b->len += n;
    return 0;
}

static PyObject *
sb_finish(StrBuf *b)
{
    PyObject *r = b->obj;

    if (r == NULL)
        return PyString_FromStringAndSize(b->local, b->len);
    b->obj = NULL;
    if (b->len != b->cap && _PyString_Resize(&r, b->len) < 0)
        return NULL;
    return r;
}

static void
sb_abort(StrBuf *b)
{
    Py_CLEAR(b->obj);
}

PyObject *
PyString_FromFormatV(const char *format, va_list vargs)
{
    StrBuf b;
    const char *f;
    char num[64];

    if (sb_init(&b, (Py_ssize_t)strlen(format) + 32) < 0)
        return NULL;
    for (f = format; *f; f++) {
        const char *spec;
        Py_ssize_t prec = -1;
        int longflag = 0, sizeflag = 0;

        if (*f != '%') {
            const char *q = f;
            while (*q && *q != '%')
                q++;
            if (sb_write(&b, f, q - f) < 0)
                goto fail;
            f = q - 1;
            continue;
        }
        spec = f++;
        /* flags and width are accepted and ignored; a precision limits
           %s */
        while (*f && (*f == '-' || *f == '+' || *f == ' ' || *f == '#' ||
                      *f == '0'))
            f++;
        while (isdigit(Py_CHARMASK(*f)))
            f++;
        if (*f == '.') {
            f++;
            prec = 0;
            while (isdigit(Py_CHARMASK(*f))) {
                if (prec < 100000000)
                    prec = prec * 10 + (*f - '0');
                f++;
            }
        }
        if (*f == 'l' && (f[1] == 'd' || f[1] == 'u' || f[1] == 'i' ||
                          f[1] == 'x')) {
            longflag = 1;
            f++;
        }
        else if (*f == 'z' && (f[1] == 'd' || f[1] == 'u' || f[1] == 'i' ||
                               f[1] == 'x')) {
            sizeflag = 1;
            f++;
        }
        switch (*f) {
        case '%':
            if (sb_write(&b, "%", 1) < 0)
                goto fail;
            break;
        case 'c': {
            char c = (char)va_arg(vargs, int);
            if (sb_write(&b, &c, 1) < 0)
                goto fail;
            break;
        }
        case 'd':
        case 'i':
            if (longflag)
                PyOS_snprintf(num, sizeof(num), "%ld", va_arg(vargs, long));
            else if (sizeflag)
                PyOS_snprintf(num, sizeof(num), "%zd",
                              va_arg(vargs, Py_ssize_t));
            else
                PyOS_snprintf(num, sizeof(num), "%d", va_arg(vargs, int));
            if (sb_write(&b, num, strlen(num)) < 0)
                goto fail;
            break;
        case 'u':
            if (longflag)
                PyOS_snprintf(num, sizeof(num), "%lu",
                              va_arg(vargs, unsigned long));
            else if (sizeflag)
                PyOS_snprintf(num, sizeof(num), "%zu", va_arg(vargs, size_t));
            else
                PyOS_snprintf(num, sizeof(num), "%u",
                              va_arg(vargs, unsigned int));
            if (sb_write(&b, num, strlen(num)) < 0)
                goto fail;
            break;
        case 'x':
            if (longflag)
                PyOS_snprintf(num, sizeof(num), "%lx",
                              va_arg(vargs, unsigned long));
            else if (sizeflag)
                PyOS_snprintf(num, sizeof(num), "%zx", va_arg(vargs, size_t));
            else
                PyOS_snprintf(num, sizeof(num), "%x",
                              va_arg(vargs, unsigned int));
            if (sb_write(&b, num, strlen(num)) < 0)
                goto fail;
            break;
        case 's': {
            const char *s = va_arg(vargs, const char *);
            Py_ssize_t n;
            if (s == NULL)
                s = "(null)";
            if (prec >= 0) {
                const char *e = memchr(s, '\0', (size_t)prec);
                n = e ? e - s : prec;
            }
            else
                n = (Py_ssize_t)strlen(s);
            if (sb_write(&b, s, n) < 0)
                goto fail;
            break;
        }
        case 'p':
            PyOS_snprintf(num, sizeof(num), "%p", va_arg(vargs, void *));
            /* the platform may leave out the 0x; 2.5 always shows it */
            if (num[0] == '0' && (num[1] == 'x' || num[1] == 'X')) {
                num[1] = 'x';
                if (sb_write(&b, num, strlen(num)) < 0)
                    goto fail;
            }
            else {
                if (sb_write(&b, "0x", 2) < 0 ||
                    sb_write(&b, num, strlen(num)) < 0)
                    goto fail;
            }
            break;
        default:
            /* unknown code: the arguments cannot be skipped safely, so
               the rest of the format is copied as it is */
            if (sb_write(&b, spec, strlen(spec)) < 0)
                goto fail;
            return sb_finish(&b);
        }
    }
    return sb_finish(&b);
fail:
    sb_abort(&b);
    return NULL;
}

PyObject *
PyString_FromFormat(const char *format, ...)
{
    PyObject *r;
    va_list vargs;

    va_start(vargs, format);
    r = PyString_FromFormatV(format, vargs);
    va_end(vargs);
    return r;
}

/* ------------------------------------------------------------------ */
/* Access */

Py_ssize_t
PyString_Size(PyObject *op)
{
    if (op == NULL || !PyString_Check(op)) {
        char *s;
        Py_ssize_t len;
        if (op != NULL && PyString_AsStringAndSize(op, &s, &len) == 0)
            return len;
        return -1;
    }
    return PyString_GET_SIZE(op);
}

char *
PyString_AsString(PyObject *op)
{
    if (op == NULL || !PyString_Check(op)) {
        char *s;
        if (op != NULL && PyString_AsStringAndSize(op, &s, NULL) == 0)
            return s;
        return NULL;
    }
    return PyString_AS_STRING(op);
}

int
PyString_AsStringAndSize(PyObject *obj, char **s, Py_ssize_t *len)
{
    if (s == NULL || obj == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (!PyString_Check(obj)) {
        if (PyUnicode_Check(obj)) {
            obj = _PyUnicode_AsDefaultEncodedString(obj, NULL);
            if (obj == NULL)
                return -1;
        }
        else {
            PyErr_Format(PyExc_TypeError,
                         "expected string or Unicode object, %.200s found",
                         obj->ob_type->tp_name);
            return -1;
        }
    }
    *s = PyString_AS_STRING(obj);
    if (len != NULL)
        *len = PyString_GET_SIZE(obj);
    else if ((Py_ssize_t)strlen(*s) != PyString_GET_SIZE(obj)) {
        PyErr_SetString(PyExc_TypeError,
                        "expected string without null bytes");
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Codecs */

PyObject *
PyString_Decode(const char *s, Py_ssize_t size, const char *encoding,
                const char *errors)
{
    PyObject *v, *str;

    str = PyString_FromStringAndSize(s, size);
    if (str == NULL)
        return NULL;
    v = PyString_AsDecodedString(str, encoding, errors);
    Py_DECREF(str);
    return v;
}

PyObject *
PyString_AsDecodedObject(PyObject *str, const char *encoding,
                         const char *errors)
{
    if (!PyString_Check(str)) {
        PyErr_BadArgument();
        return NULL;
    }
    if (encoding == NULL)
        encoding = PyUnicode_GetDefaultEncoding();
    /* the text codecs built into the unicode type need no registry */
    if (_PyUnicode_IsBuiltinCodec(encoding))
        return PyUnicode_Decode(PyString_AS_STRING(str),
                                PyString_GET_SIZE(str), encoding, errors);
    return PyCodec_Decode(str, encoding, errors);
}

PyObject *
PyString_AsDecodedString(PyObject *str, const char *encoding,
                         const char *errors)
{
    PyObject *v = PyString_AsDecodedObject(str, encoding, errors);

    if (v == NULL)
        return NULL;
    if (PyUnicode_Check(v)) {
        PyObject *t = PyUnicode_AsEncodedString(v, NULL, NULL);
        Py_DECREF(v);
        if (t == NULL)
            return NULL;
        v = t;
    }
    if (!PyString_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "decoder did not return a string object (type=%.400s)",
                     v->ob_type->tp_name);
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

PyObject *
PyString_Encode(const char *s, Py_ssize_t size, const char *encoding,
                const char *errors)
{
    PyObject *v, *str;

    str = PyString_FromStringAndSize(s, size);
    if (str == NULL)
        return NULL;
    v = PyString_AsEncodedString(str, encoding, errors);
    Py_DECREF(str);
    return v;
}

PyObject *
PyString_AsEncodedObject(PyObject *str, const char *encoding,
                         const char *errors)
{
    if (!PyString_Check(str)) {
        PyErr_BadArgument();
        return NULL;
    }
    if (encoding == NULL)
        encoding = PyUnicode_GetDefaultEncoding();
    if (_PyUnicode_IsBuiltinCodec(encoding)) {
        /* what the codec would do: to unicode with the default encoding,
           then encode */
        PyObject *u, *r;
        u = PyUnicode_FromEncodedObject(str, NULL, "strict");
        if (u == NULL)
            return NULL;
        r = PyUnicode_AsEncodedString(u, encoding, errors);
        Py_DECREF(u);
        return r;
    }
    return PyCodec_Encode(str, encoding, errors);
}

PyObject *
PyString_AsEncodedString(PyObject *str, const char *encoding,
                         const char *errors)
{
    PyObject *v = PyString_AsEncodedObject(str, encoding, errors);

    if (v == NULL)
        return NULL;
    if (PyUnicode_Check(v)) {
        PyObject *t = PyUnicode_AsEncodedString(v, NULL, NULL);
        Py_DECREF(v);
        if (t == NULL)
            return NULL;
        v = t;
    }
    if (!PyString_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "encoder did not return a string object (type=%.400s)",
                     v->ob_type->tp_name);
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

/* Backslash escapes of a str literal (the compiler calls this). */
PyObject *
PyString_DecodeEscape(const char *s, Py_ssize_t len, const char *errors,
                      Py_ssize_t unicode, const char *recode_encoding)
{
    const char *end = s + len;
    StrBuf b;

    (void)unicode;
    if (len < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (sb_init(&b, len) < 0)
        return NULL;
    while (s < end) {
        if (*s != '\\') {
            const char *q = s;
            if (recode_encoding != NULL && (*s & 0x80)) {
                PyObject *u, *w;
                while (q < end && (*q & 0x80))
                    q++;
                u = PyUnicode_DecodeUTF8(s, q - s, errors);
                if (u == NULL)
                    goto fail;
                w = PyUnicode_AsEncodedString(u, recode_encoding, errors);
                Py_DECREF(u);
                if (w == NULL)
                    goto fail;
                if (sb_write(&b, PyString_AS_STRING(w),
                             PyString_GET_SIZE(w)) < 0) {
                    Py_DECREF(w);
                    goto fail;
                }
                Py_DECREF(w);
                s = q;
                continue;
            }
            while (q < end && *q != '\\' &&
                   !(recode_encoding != NULL && (*q & 0x80)))
                q++;
            if (sb_write(&b, s, q - s) < 0)
                goto fail;
            s = q;
            continue;
        }
        s++;
        if (s >= end) {
            PyErr_SetString(PyExc_ValueError, "Trailing \\ in string");
            goto fail;
        }
        {
            char c = *s++, out;
            switch (c) {
            case '\n': continue;
            case '\\': out = '\\'; break;
            case '\'': out = '\''; break;
            case '"': out = '"'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\014'; break;
            case 't': out = '\t'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 'v': out = '\013'; break;
            case 'a': out = '\007'; break;
            case '0': case '1': case '2': case '3':
            case '4': case '5': case '6': case '7': {
                int v = c - '0';
                if (s < end && *s >= '0' && *s <= '7') {
                    v = v * 8 + (*s++ - '0');
                    if (s < end && *s >= '0' && *s <= '7')
                        v = v * 8 + (*s++ - '0');
                }
                out = (char)v;
                break;
            }
            case 'x':
                if (s + 1 < end && isxdigit(Py_CHARMASK(s[0])) &&
                    isxdigit(Py_CHARMASK(s[1]))) {
                    int v = 0, k;
                    for (k = 0; k < 2; k++) {
                        int d = Py_CHARMASK(s[k]);
                        v = v * 16 + (isdigit(d) ? d - '0'
                                      : tolower(d) - 'a' + 10);
                    }
                    s += 2;
                    out = (char)v;
                    break;
                }
                if (errors == NULL || strcmp(errors, "strict") == 0) {
                    PyErr_SetString(PyExc_ValueError, "invalid \\x escape");
                    goto fail;
                }
                if (strcmp(errors, "replace") == 0) {
                    out = '?';
                    break;
                }
                if (strcmp(errors, "ignore") == 0)
                    continue;
                PyErr_Format(PyExc_ValueError,
                             "decoding error; unknown error handling code: %.400s",
                             errors);
                goto fail;
            default:
                /* not an escape: keep the backslash and the character */
                if (sb_write(&b, "\\", 1) < 0)
                    goto fail;
                s--;
                continue;
            }
            if (sb_write(&b, &out, 1) < 0)
                goto fail;
        }
    }
    return sb_finish(&b);
fail:
    sb_abort(&b);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* repr / str / print */

PyObject *
PyString_Repr(PyObject *obj, int smartquotes)
{
    PyStringObject *op = (PyStringObject *)obj;
    Py_ssize_t n = op->ob_size, i, outlen;
    const unsigned char *s = (const unsigned char *)op->ob_sval;
    char quote = '\'';
    PyStringObject *r;
    char *p;
    static const char hexdigits[] = "0123456789abcdef";

    if (smartquotes && memchr(s, '\'', n) && !memchr(s, '"', n))
        quote = '"';
    /* exact size first, so a huge string fails cleanly */
    outlen = 2;
    for (i = 0; i < n; i++) {
        unsigned char c = s[i];
        Py_ssize_t w;
        if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r')
            w = 2;
        else if (c < ' ' || c >= 0x7f)
            w = 4;
        else
            w = 1;
        if (outlen > PY_SSIZE_T_MAX - w) {
            PyErr_SetString(PyExc_OverflowError,
                            "string is too large to make repr");
            return NULL;
        }
        outlen += w;
    }
    r = str_alloc(outlen);
    if (r == NULL)
        return NULL;
    p = r->ob_sval;
    *p++ = quote;
    for (i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == quote || c == '\\') {
            *p++ = '\\';
            *p++ = c;
        }
        else if (c == '\t') {
            *p++ = '\\';
            *p++ = 't';
        }
        else if (c == '\n') {
            *p++ = '\\';
            *p++ = 'n';
        }
        else if (c == '\r') {
            *p++ = '\\';
            *p++ = 'r';
        }
        else if (c < ' ' || c >= 0x7f) {
            *p++ = '\\';
            *p++ = 'x';
            *p++ = hexdigits[c >> 4];
            *p++ = hexdigits[c & 15];
        }
        else
            *p++ = c;
    }
    *p++ = quote;
    return (PyObject *)r;
}

static PyObject *
string_repr(PyObject *op)
{
    return PyString_Repr(op, 1);
}

static PyObject *
string_str(PyObject *op)
{
    if (PyString_CheckExact(op)) {
        Py_INCREF(op);
        return op;
    }
    /* a subclass instance: hand out a plain str with the same bytes */
    return PyString_FromStringAndSize(PyString_AS_STRING(op),
                                      PyString_GET_SIZE(op));
}

static int
string_print(PyObject *op, FILE *fp, int flags)
{
    PyObject *t;
    Py_ssize_t n;

    if (!PyString_CheckExact(op) || !(flags & Py_PRINT_RAW)) {
        /* repr, or a subclass that may define its own __str__ */
        t = (flags & Py_PRINT_RAW) ? PyObject_Str(op) : PyObject_Repr(op);
        if (t == NULL)
            return -1;
        if (!PyString_CheckExact(t)) {
            PyErr_SetString(PyExc_TypeError, "__str__ returned non-string");
            Py_DECREF(t);
            return -1;
        }
    }
    else {
        t = op;
        Py_INCREF(t);
    }
    n = PyString_GET_SIZE(t);
    if (n > 0 && fwrite(PyString_AS_STRING(t), 1, (size_t)n, fp) != (size_t)n) {
        Py_DECREF(t);
        PyErr_SetFromErrno(PyExc_IOError);
        clearerr(fp);
        return -1;
    }
    Py_DECREF(t);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Sequence protocol */

static Py_ssize_t
string_length(PyObject *op)
{
    return PyString_GET_SIZE(op);
}

static PyObject *
string_concat(PyObject *a, PyObject *bb)
{
    Py_ssize_t na, nb;
    PyStringObject *r;

    if (!PyString_Check(bb)) {
        if (PyUnicode_Check(bb))
            return PyUnicode_Concat(a, bb);
        PyErr_Format(PyExc_TypeError,
                     "cannot concatenate 'str' and '%.200s' objects",
                     bb->ob_type->tp_name);
        return NULL;
    }
    na = PyString_GET_SIZE(a);
    nb = PyString_GET_SIZE(bb);
    if (nb == 0 && PyString_CheckExact(a)) {
        Py_INCREF(a);
        return a;
    }
    if (na == 0 && PyString_CheckExact(bb)) {
        Py_INCREF(bb);
        return bb;
    }
    if (na > PY_SSIZE_T_MAX - nb) {
        PyErr_SetString(PyExc_OverflowError,
                        "strings are too large to concat");
        return NULL;
    }
    r = str_alloc(na + nb);
    if (r == NULL)
        return NULL;
    memcpy(r->ob_sval, PyString_AS_STRING(a), na);
    memcpy(r->ob_sval + na, PyString_AS_STRING(bb), nb);
    return (PyObject *)r;
}

static PyObject *
string_repeat(PyObject *a, Py_ssize_t n)
{
    Py_ssize_t len = PyString_GET_SIZE(a), total, done;
    PyStringObject *r;

    if (n < 0)
        n = 0;
    if (n == 1 && PyString_CheckExact(a)) {
        Py_INCREF(a);
        return a;
    }
    if (len != 0 && n > PY_SSIZE_T_MAX / len) {
        PyErr_SetString(PyExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    total = len * n;
    if (total == 0)
        return str_empty();
    if ((size_t)total > (size_t)PY_SSIZE_T_MAX - STR_HEADER_SIZE - 1) {
        PyErr_SetString(PyExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    if (_PyMem_CheckAvailable(STR_HEADER_SIZE + (size_t)total + 1) < 0)
        return NULL;
    r = str_alloc(total);
    if (r == NULL)
        return NULL;
    if (len == 1)
        memset(r->ob_sval, PyString_AS_STRING(a)[0], total);
    else {
        /* double the filled prefix until done */
        memcpy(r->ob_sval, PyString_AS_STRING(a), len);
        done = len;
        while (done < total) {
            Py_ssize_t chunk = done <= total - done ? done : total - done;
            memcpy(r->ob_sval + done, r->ob_sval, chunk);
            done += chunk;
        }
    }
    return (PyObject *)r;
}

static PyObject *
string_item(PyObject *a, Py_ssize_t i)
{
    if (i < 0 || i >= PyString_GET_SIZE(a)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return NULL;
    }
    return str_char((unsigned char)PyString_AS_STRING(a)[i]);
}

static PyObject *
string_slice(PyObject *a, Py_ssize_t i, Py_ssize_t j)
{
    Py_ssize_t n = PyString_GET_SIZE(a);

    if (i < 0)
        i = 0;
    if (j < 0)
        j = 0;
    if (j > n)
        j = n;
    if (i == 0 && j == n && PyString_CheckExact(a)) {
        Py_INCREF(a);
        return a;
    }
    if (j < i)
        j = i;
    return PyString_FromStringAndSize(PyString_AS_STRING(a) + i, j - i);
}

static int
string_contains(PyObject *str_obj, PyObject *sub_obj)
{
    if (!PyString_Check(sub_obj)) {
        if (PyUnicode_Check(sub_obj))
            return PyUnicode_Contains(str_obj, sub_obj);
        PyErr_SetString(PyExc_TypeError,
                        "'in <string>' requires string as left operand");
        return -1;
    }
    return bytes_find(PyString_AS_STRING(str_obj),
                      PyString_GET_SIZE(str_obj),
                      PyString_AS_STRING(sub_obj),
                      PyString_GET_SIZE(sub_obj)) >= 0;
}

static PyObject *
string_subscript(PyObject *self, PyObject *item)
{
    if (PyInt_CheckExact(item)) {
        /* s[i]: the cached one-byte string, no index conversion */
        long i = PyInt_AS_LONG(item);
        if (i < 0)
            i += PyString_GET_SIZE(self);
        if ((unsigned long)i < (unsigned long)PyString_GET_SIZE(self))
            return str_char((unsigned char)PyString_AS_STRING(self)[i]);
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return NULL;
    }
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += PyString_GET_SIZE(self);
        return string_item(self, i);
    }
    else if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step, slicelen, k, cur;
        PyStringObject *r;
        const char *src = PyString_AS_STRING(self);

        if (PySlice_GetIndicesEx((PySliceObject *)item,
                                 PyString_GET_SIZE(self),
                                 &start, &stop, &step, &slicelen) < 0)
            return NULL;
        if (slicelen <= 0)
            return str_empty();
        if (step == 1)
            return string_slice(self, start, stop);
        r = str_alloc(slicelen);
        if (r == NULL)
            return NULL;
        for (k = 0, cur = start; k < slicelen; k++, cur += step)
            r->ob_sval[k] = src[cur];
        return (PyObject *)r;
    }
    PyErr_SetString(PyExc_TypeError, "string indices must be integers");
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Comparison and hashing */

static long
string_hash(PyObject *obj)
{
    PyStringObject *a = (PyStringObject *)obj;
    const unsigned char *p;
    Py_ssize_t len;
    unsigned long x;

    if (a->ob_shash != -1)
        return a->ob_shash;
    len = a->ob_size;
    p = (const unsigned char *)a->ob_sval;
    /* x = s[0] << 7; x = (1000003 * x) ^ c for each c; x ^= len.  An
       empty string hashes as 0 because ob_sval[0] is the NUL. */
    x = (unsigned long)p[0] << 7;
    while (--len >= 0)
        x = (1000003UL * x) ^ *p++;
    x ^= (unsigned long)a->ob_size;
    if ((long)x == -1)
        x = (unsigned long)-2;
    a->ob_shash = (long)x;
    return (long)x;
}

int
_PyString_Eq(PyObject *o1, PyObject *o2)
{
    PyStringObject *a = (PyStringObject *)o1, *b = (PyStringObject *)o2;
    return a->ob_size == b->ob_size &&
           a->ob_sval[0] == b->ob_sval[0] &&
           memcmp(a->ob_sval, b->ob_sval, a->ob_size) == 0;
}

static PyObject *
string_richcompare(PyObject *a, PyObject *b, int op)
{
    Py_ssize_t la, lb, minlen;
    int c;
    PyObject *r;

    if (!PyString_Check(a) || !PyString_Check(b)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    if (a == b) {
        switch (op) {
        case Py_EQ: case Py_LE: case Py_GE:
            r = Py_True;
            goto out;
        case Py_NE: case Py_LT: case Py_GT:
            r = Py_False;
            goto out;
        }
    }
    la = PyString_GET_SIZE(a);
    lb = PyString_GET_SIZE(b);
    if (op == Py_EQ || op == Py_NE) {
        int eq = la == lb && memcmp(PyString_AS_STRING(a),
                                    PyString_AS_STRING(b), la) == 0;
        r = (eq == (op == Py_EQ)) ? Py_True : Py_False;
        goto out;
    }
    minlen = la < lb ? la : lb;
    c = memcmp(PyString_AS_STRING(a), PyString_AS_STRING(b), minlen);
    if (c == 0)
        c = la < lb ? -1 : (la > lb ? 1 : 0);
    switch (op) {
    case Py_LT: c = c < 0; break;
    case Py_LE: c = c <= 0; break;
    case Py_GT: c = c > 0; break;
    default: c = c >= 0; break;
    }
    r = c ? Py_True : Py_False;
out:
    Py_INCREF(r);
    return r;
}

/* ------------------------------------------------------------------ */
/* Buffer protocol */

static Py_ssize_t
string_getreadbuf(PyObject *self, Py_ssize_t index, void **ptr)
{
    if (index != 0) {
        PyErr_SetString(PyExc_SystemError,
                        "accessing non-existent string segment");
        return -1;
    }
    *ptr = (void *)PyString_AS_STRING(self);
    return PyString_GET_SIZE(self);
}

static Py_ssize_t
string_getwritebuf(PyObject *self, Py_ssize_t index, void **ptr)
{
    PyErr_SetString(PyExc_TypeError,
                    "Cannot use string as modifiable buffer");
    return -1;
}

static Py_ssize_t
string_getsegcount(PyObject *self, Py_ssize_t *lenp)
{
    if (lenp)
        *lenp = PyString_GET_SIZE(self);
    return 1;
}

static Py_ssize_t
string_getcharbuf(PyObject *self, Py_ssize_t index, char **ptr)
{
    if (index != 0) {
        PyErr_SetString(PyExc_SystemError,
                        "accessing non-existent string segment");
        return -1;
    }
    *ptr = PyString_AS_STRING(self);
    return PyString_GET_SIZE(self);
}

/* ------------------------------------------------------------------ */
/* Methods */

/* Character classes of the C locale, independent of setlocale(). */
#define B_ISLOWER(c) ((c) >= 'a' && (c) <= 'z')
#define B_ISUPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define B_ISALPHA(c) (B_ISLOWER(c) || B_ISUPPER(c))
#define B_ISDIGIT(c) ((c) >= '0' && (c) <= '9')
#define B_ISALNUM(c) (B_ISALPHA(c) || B_ISDIGIT(c))
#define B_ISSPACE(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))
#define B_TOUPPER(c) (B_ISLOWER(c) ? (c) - 'a' + 'A' : (c))
#define B_TOLOWER(c) (B_ISUPPER(c) ? (c) - 'A' + 'a' : (c))

/* A 256-entry table of f(byte), made by the compiler. */
#define BMAP4(f, c) f(c), f((c) + 1), f((c) + 2), f((c) + 3)
#define BMAP16(f, c) BMAP4(f, c), BMAP4(f, (c) + 4), BMAP4(f, (c) + 8), \
    BMAP4(f, (c) + 12)
#define BMAP64(f, c) BMAP16(f, c), BMAP16(f, (c) + 16), \
    BMAP16(f, (c) + 32), BMAP16(f, (c) + 48)
#define BMAP256(f) BMAP64(f, 0), BMAP64(f, 64), BMAP64(f, 128), \
    BMAP64(f, 192)

static PyObject *
str_same(PyObject *self)
{
    if (PyString_CheckExact(self)) {
        Py_INCREF(self);
        return self;
    }
    return PyString_FromStringAndSize(PyString_AS_STRING(self),
                                      PyString_GET_SIZE(self));
}

/* split / replace / partition, instantiated for bytes. */
#define STRINGLIB_NEW(p, n) PyString_FromStringAndSize((const char *)(p), (n))
#define STRINGLIB_NEW_UNINIT(n) ((PyObject *)str_alloc(n))
#define STRINGLIB_STR(o) PyString_AS_STRING(o)
#define STRINGLIB_ISSPACE(c) B_ISSPACE((unsigned char)(c))
#define STRINGLIB_ISLINEBREAK(c) ((c) == '\n' || (c) == '\r')
#define STRINGLIB_SAME(o) str_same(o)
#include "stringlib/split.h"

/* The bytes of a str or char-buffer argument.  Returns 1 (and sets
   nothing) for a unicode argument so the caller can defer to the unicode
   implementation, 0 on success, -1 with an exception set. */
static int
str_arg(PyObject *o, const char **p, Py_ssize_t *n)
{
    if (PyString_Check(o)) {
        *p = PyString_AS_STRING(o);
        *n = PyString_GET_SIZE(o);
        return 0;
    }
    if (PyUnicode_Check(o))
        return 1;
    if (PyObject_AsCharBuffer(o, p, n) < 0)
        return -1;
    return 0;
}

/* O& converter for optional start/end arguments (2.5 rules: ints, longs
   clamped to the Py_ssize_t range, or objects with __index__). */
static int
index_conv(PyObject *v, void *addr)
{
    Py_ssize_t x;

    if (PyInt_Check(v) || PyLong_Check(v) || PyIndex_Check(v)) {
        x = PyNumber_AsSsize_t(v, NULL);
        if (x == -1 && PyErr_Occurred())
            return 0;
    }
    else {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    *(Py_ssize_t *)addr = x;
    return 1;
}

static void
adjust_indices(Py_ssize_t *start, Py_ssize_t *end, Py_ssize_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* find/rfind/index/rindex: index, -1 if absent, -2 on error. */
static Py_ssize_t
str_find_common(PyObject *self, PyObject *args, const char *fmt, int dir)
{
    PyObject *subobj;
    Py_ssize_t start = 0, end = PY_SSIZE_T_MAX, k;
    const char *sub;
    Py_ssize_t n;
    int r;

    /* one argument, the commonest call, without the format parser */
    if (PyTuple_GET_SIZE(args) == 1)
        subobj = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTuple(args, fmt, &subobj, index_conv, &start,
                               index_conv, &end))
        return -2;
    r = str_arg(subobj, &sub, &n);
    if (r < 0)
        return -2;
    if (r == 1)
        return PyUnicode_Find(self, subobj, start, end, dir);
    adjust_indices(&start, &end, PyString_GET_SIZE(self));
    if (end - start < 0)
        return -1;
    if (dir > 0)
        k = bytes_find(PyString_AS_STRING(self) + start, end - start, sub, n);
    else
        k = bytes_rfind(PyString_AS_STRING(self) + start, end - start, sub, n);
    return k < 0 ? -1 : k + start;
}

static PyObject *
string_find(PyObject *self, PyObject *args)
{
    Py_ssize_t r = str_find_common(self, args, "O|O&O&:find", 1);
    if (r == -2)
        return NULL;
    return PyInt_FromSsize_t(r);
}

static PyObject *
string_rfind(PyObject *self, PyObject *args)
{
    Py_ssize_t r = str_find_common(self, args, "O|O&O&:rfind", -1);
    if (r == -2)
        return NULL;
    return PyInt_FromSsize_t(r);
}

static PyObject *
string_index(PyObject *self, PyObject *args)
{
    Py_ssize_t r = str_find_common(self, args, "O|O&O&:index", 1);
    if (r == -2)
        return NULL;
    if (r == -1) {
        PyErr_SetString(PyExc_ValueError, "substring not found");
        return NULL;
    }
    return PyInt_FromSsize_t(r);
}

static PyObject *
string_rindex(PyObject *self, PyObject *args)
{
    Py_ssize_t r = str_find_common(self, args, "O|O&O&:rindex", -1);
    if (r == -2)
        return NULL;
    if (r == -1) {
        PyErr_SetString(PyExc_ValueError, "substring not found");
        return NULL;
    }
    return PyInt_FromSsize_t(r);
}

static PyObject *
string_count(PyObject *self, PyObject *args)
{
    PyObject *subobj;
    Py_ssize_t start = 0, end = PY_SSIZE_T_MAX, n;
    const char *sub;
    int r;

    if (PyTuple_GET_SIZE(args) == 1)
        subobj = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTuple(args, "O|O&O&:count", &subobj, index_conv,
                               &start, index_conv, &end))
        return NULL;
    r = str_arg(subobj, &sub, &n);
    if (r < 0)
        return NULL;
    if (r == 1) {
        Py_ssize_t c = PyUnicode_Count(self, subobj, start, end);
        if (c == -1)
            return NULL;
        return PyInt_FromSsize_t(c);
    }
    adjust_indices(&start, &end, PyString_GET_SIZE(self));
    if (end - start < 0)
        return PyInt_FromLong(0);
    return PyInt_FromSsize_t(bytes_count(PyString_AS_STRING(self) + start,
                                         end - start, sub, n,
                                         PY_SSIZE_T_MAX));
}

/* s.split() with no limit, for up to SPLIT_LOCAL words: their bounds are
   noted in one pass and the list is made at its final size; NULL without
   an exception when there are more words (the caller then uses the
   general code). */
#define SPLIT_LOCAL 64
static const unsigned char space_map[256] = { BMAP256(B_ISSPACE) };

static PyObject *
split_words(const char *str, Py_ssize_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    Py_ssize_t bounds[2 * SPLIT_LOCAL];
    Py_ssize_t i = 0, count = 0, k;
    PyObject *list;

    for (;;) {
        while (i < n && space_map[s[i]])
            i++;
        if (i == n)
            break;
        if (count == SPLIT_LOCAL)
            return NULL;
        bounds[2 * count] = i;
        while (i < n && !space_map[s[i]])
            i++;
        bounds[2 * count + 1] = i;
        count++;
    }
    list = PyList_New(count);
    if (list == NULL)
        return NULL;
    for (k = 0; k < count; k++) {
        Py_ssize_t j = bounds[2 * k];
        PyObject *w = PyString_FromStringAndSize(str + j,
                                                 bounds[2 * k + 1] - j);
        if (w == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, k, w);
    }
    return list;
}

static PyObject *
string_split(PyObject *self, PyObject *args)
{
    PyObject *sepobj = Py_None;
    Py_ssize_t maxsplit = -1, n;
    const char *sep;
    int r;

    if (PyTuple_GET_SIZE(args) == 1)
        sepobj = PyTuple_GET_ITEM(args, 0);
    else if (PyTuple_GET_SIZE(args) != 0 &&
             !PyArg_ParseTuple(args, "|On:split", &sepobj, &maxsplit))
        return NULL;
    if (sepobj == Py_None) {
        if (maxsplit < 0) {
            PyObject *list = split_words(PyString_AS_STRING(self),
                                         PyString_GET_SIZE(self));
            if (list != NULL || PyErr_Occurred())
                return list;
        }
        return bytes_split_whitespace(PyString_AS_STRING(self),
                                      PyString_GET_SIZE(self), maxsplit);
    }
    r = str_arg(sepobj, &sep, &n);
    if (r < 0)
        return NULL;
    if (r == 1)
        return PyUnicode_Split(self, sepobj, maxsplit);
    if (n == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        return NULL;
    }
    return bytes_split_sep(PyString_AS_STRING(self), PyString_GET_SIZE(self),
                           sep, n, maxsplit);
}

static PyObject *
string_rsplit(PyObject *self, PyObject *args)
{
    PyObject *sepobj = Py_None;
    Py_ssize_t maxsplit = -1, n;
    const char *sep;
    int r;

    if (!PyArg_ParseTuple(args, "|On:rsplit", &sepobj, &maxsplit))
        return NULL;
    if (sepobj == Py_None)
        return bytes_rsplit_whitespace(PyString_AS_STRING(self),
                                       PyString_GET_SIZE(self), maxsplit);
    r = str_arg(sepobj, &sep, &n);
    if (r < 0)
        return NULL;
    if (r == 1)
        return PyUnicode_RSplit(self, sepobj, maxsplit);
    if (n == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        return NULL;
    }
    return bytes_rsplit_sep(PyString_AS_STRING(self), PyString_GET_SIZE(self),
                            sep, n, maxsplit);
}

static PyObject *
partition_common(PyObject *self, PyObject *sepobj, int right)
{
    const char *sep;
    Py_ssize_t n;
    int r = str_arg(sepobj, &sep, &n);

    if (r < 0)
        return NULL;
    if (r == 1)
        return right ? PyUnicode_RPartition(self, sepobj)
                     : PyUnicode_Partition(self, sepobj);
    if (n == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        return NULL;
    }
    if (!PyString_Check(sepobj)) {
        /* a buffer object: the tuple holds a str copy of it */
        PyObject *copy = PyString_FromStringAndSize(sep, n), *res;
        if (copy == NULL)
            return NULL;
        res = bytes_partition(self, PyString_AS_STRING(self),
                              PyString_GET_SIZE(self), copy,
                              PyString_AS_STRING(copy), n, right);
        Py_DECREF(copy);
        return res;
    }
    return bytes_partition(self, PyString_AS_STRING(self),
                           PyString_GET_SIZE(self), sepobj, sep, n, right);
}

static PyObject *
string_partition(PyObject *self, PyObject *sepobj)
{
    return partition_common(self, sepobj, 0);
}

static PyObject *
string_rpartition(PyObject *self, PyObject *sepobj)
{
    return partition_common(self, sepobj, 1);
}

static PyObject *
string_splitlines(PyObject *self, PyObject *args)
{
    int keepends = 0;

    if (!PyArg_ParseTuple(args, "|i:splitlines", &keepends))
        return NULL;
    return bytes_splitlines(PyString_AS_STRING(self), PyString_GET_SIZE(self),
                            keepends);
}

/* Strip: which 0 = left, 1 = right, 2 = both. */
static PyObject *
strip_common(PyObject *self, PyObject *args, int which)
{
    static const char *const names[] = {"lstrip", "rstrip", "strip"};
    static const char *const fmts[] = {"|O:lstrip", "|O:rstrip", "|O:strip"};
    PyObject *sepobj = Py_None;
    const unsigned char *s = (const unsigned char *)PyString_AS_STRING(self);
    Py_ssize_t len = PyString_GET_SIZE(self), i = 0, j = len;
    const char *chars = NULL;
    Py_ssize_t nchars = 0;

    if (PyTuple_GET_SIZE(args) == 1)
        sepobj = PyTuple_GET_ITEM(args, 0);
    else if (PyTuple_GET_SIZE(args) != 0 &&
             !PyArg_ParseTuple(args, fmts[which], &sepobj))
        return NULL;
    if (sepobj != Py_None) {
        if (PyString_Check(sepobj)) {
            chars = PyString_AS_STRING(sepobj);
            nchars = PyString_GET_SIZE(sepobj);
        }
        else if (PyUnicode_Check(sepobj)) {
            PyObject *u = PyUnicode_FromObject(self), *res;
            if (u == NULL)
                return NULL;
            res = _PyUnicode_XStrip((PyUnicodeObject *)u,
                                    which == 2 ? 2 : which, sepobj);
            Py_DECREF(u);
            return res;
        }
        else {
            PyErr_Format(PyExc_TypeError,
                         "%s arg must be None, str or unicode", names[which]);
            return NULL;
        }
    }
    if (chars == NULL) {
        if (which != 1)
            while (i < len && B_ISSPACE(s[i]))
                i++;
        if (which != 0)
            while (j > i && B_ISSPACE(s[j - 1]))
                j--;
    }
    else {
        if (which != 1)
            while (i < len && memchr(chars, s[i], nchars))
                i++;
        if (which != 0)
            while (j > i && memchr(chars, s[j - 1], nchars))
                j--;
    }
    if (i == 0 && j == len)
        return str_same(self);
    return PyString_FromStringAndSize((const char *)s + i, j - i);
}

static PyObject *
string_strip(PyObject *self, PyObject *args)
{
    return strip_common(self, args, 2);
}

static PyObject *
string_lstrip(PyObject *self, PyObject *args)
{
    return strip_common(self, args, 0);
}

static PyObject *
string_rstrip(PyObject *self, PyObject *args)
{
    return strip_common(self, args, 1);
}

/* Byte maps of lower() and upper(), made by the compiler. */
static const unsigned char lower_map[256] = { BMAP256(B_TOLOWER) };
static const unsigned char upper_map[256] = { BMAP256(B_TOUPPER) };

/* A copy of self with each byte mapped through fn. */
static PyObject *
map_bytes(PyObject *self, int kind)
{
    Py_ssize_t n = PyString_GET_SIZE(self), i;
    const unsigned char *s = (const unsigned char *)PyString_AS_STRING(self);
    PyStringObject *r = str_alloc(n);
    unsigned char *d;
    int prev_cased = 0;

    if (r == NULL)
        return NULL;
    d = (unsigned char *)r->ob_sval;
    /* lower() and upper() through a table, no branch per byte */
    if (kind <= 1) {
        const unsigned char *map = kind == 0 ? lower_map : upper_map;
        for (i = 0; i < n; i++)
            d[i] = map[s[i]];
        return (PyObject *)r;
    }
    for (i = 0; i < n; i++) {
        unsigned char c = s[i];
        switch (kind) {
        case 0: /* lower */
            d[i] = B_TOLOWER(c);
            break;
        case 1: /* upper */
            d[i] = B_TOUPPER(c);
            break;
        case 2: /* swapcase */
            d[i] = B_ISLOWER(c) ? B_TOUPPER(c) : B_TOLOWER(c);
            break;
        case 3: /* capitalize */
            d[i] = i == 0 ? B_TOUPPER(c) : B_TOLOWER(c);
            break;
        default: /* title */
            if (B_ISLOWER(c)) {
                d[i] = prev_cased ? c : B_TOUPPER(c);
                prev_cased = 1;
            }
            else if (B_ISUPPER(c)) {
                d[i] = prev_cased ? B_TOLOWER(c) : c;
                prev_cased = 1;
            }
            else {
                d[i] = c;
                prev_cased = 0;
            }
            break;
        }
    }
    return (PyObject *)r;
}

static PyObject *string_lower(PyObject *self) { return map_bytes(self, 0); }
static PyObject *string_upper(PyObject *self) { return map_bytes(self, 1); }
static PyObject *string_swapcase(PyObject *self) { return map_bytes(self, 2); }
static PyObject *string_capitalize(PyObject *self) { return map_bytes(self, 3); }
static PyObject *string_title(PyObject *self) { return map_bytes(self, 4); }

/* Predicates: kind 0 alpha, 1 alnum, 2 digit, 3 space. */
static PyObject *
class_test(PyObject *self, int kind)
{
    Py_ssize_t n = PyString_GET_SIZE(self), i;
    const unsigned char *s = (const unsigned char *)PyString_AS_STRING(self);

    if (n == 0)
        Py_RETURN_FALSE;
    for (i = 0; i < n; i++) {
        unsigned char c = s[i];
        int ok;
        switch (kind) {
        case 0: ok = B_ISALPHA(c); break;
        case 1: ok = B_ISALNUM(c); break;
        case 2: ok = B_ISDIGIT(c); break;
        default: ok = B_ISSPACE(c); break;
        }
        if (!ok)
            Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

static PyObject *string_isalpha(PyObject *self) { return class_test(self, 0); }
static PyObject *string_isalnum(PyObject *self) { return class_test(self, 1); }
static PyObject *string_isdigit(PyObject *self) { return class_test(self, 2); }
static PyObject *string_isspace(PyObject *self) { return class_test(self, 3); }

static PyObject *
string_islower(PyObject *self)
{
    Py_ssize_t n = PyString_GET_SIZE(self), i;
    const unsigned char *s = (const unsigned char *)PyString_AS_STRING(self);
    int cased = 0;

    for (i = 0; i < n; i++) {
        if (B_ISUPPER(s[i]))
            Py_RETURN_FALSE;
        if (B_ISLOWER(s[i]))
            cased = 1;
    }
    return PyBool_FromLong(cased);
}

static PyObject *
string_isupper(PyObject *self)
{
    Py_ssize_t n = PyString_GET_SIZE(self), i;
    const unsigned char *s = (const unsigned char *)PyString_AS_STRING(self);
    int cased = 0;

    for (i = 0; i < n; i++) {
        if (B_ISLOWER(s[i]))
            Py_RETURN_FALSE;
        if (B_ISUPPER(s[i]))
            cased = 1;
    }
    return PyBool_FromLong(cased);
}

static PyObject *
string_istitle(PyObject *self)
{
    Py_ssize_t n = PyString_GET_SIZE(self), i;
    const unsigned char *s = (const unsigned char *)PyString_AS_STRING(self);
    int cased = 0, prev_cased = 0;

    for (i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (B_ISUPPER(c)) {
            if (prev_cased)
                Py_RETURN_FALSE;
            prev_cased = cased = 1;
        }
        else if (B_ISLOWER(c)) {
            if (!prev_cased)
                Py_RETURN_FALSE;
            prev_cased = cased = 1;
        }
        else
            prev_cased = 0;
    }
    return PyBool_FromLong(cased);
}

/* self padded with `left` and `right` fill bytes. */
static PyObject *
pad(PyObject *self, Py_ssize_t left, Py_ssize_t right, char fill)
{
    Py_ssize_t n = PyString_GET_SIZE(self);
    PyStringObject *r;

    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return str_same(self);
    if (left > PY_SSIZE_T_MAX - n || right > PY_SSIZE_T_MAX - n - left) {
        PyErr_SetString(PyExc_OverflowError, "padded string is too long");
        return NULL;
    }
    if (_PyMem_CheckAvailable(STR_HEADER_SIZE + (size_t)(left + n + right)) < 0)
        return NULL;
    r = str_alloc(left + n + right);
    if (r == NULL)
        return NULL;
    memset(r->ob_sval, fill, left);
    memcpy(r->ob_sval + left, PyString_AS_STRING(self), n);
    memset(r->ob_sval + left + n, fill, right);
    return (PyObject *)r;
}

static PyObject *
string_ljust(PyObject *self, PyObject *args)
{
    Py_ssize_t width;
    char fill = ' ';

    if (!PyArg_ParseTuple(args, "n|c:ljust", &width, &fill))
        return NULL;
    if (PyString_GET_SIZE(self) >= width)
        return str_same(self);
    return pad(self, 0, width - PyString_GET_SIZE(self), fill);
}

static PyObject *
string_rjust(PyObject *self, PyObject *args)
{
    Py_ssize_t width;
    char fill = ' ';

    if (!PyArg_ParseTuple(args, "n|c:rjust", &width, &fill))
        return NULL;
    if (PyString_GET_SIZE(self) >= width)
        return str_same(self);
    return pad(self, width - PyString_GET_SIZE(self), 0, fill);
}

static PyObject *
string_center(PyObject *self, PyObject *args)
{
    Py_ssize_t width, marg, left;
    char fill = ' ';

    if (!PyArg_ParseTuple(args, "n|c:center", &width, &fill))
        return NULL;
    if (PyString_GET_SIZE(self) >= width)
        return str_same(self);
    marg = width - PyString_GET_SIZE(self);
    /* the odd byte goes left only when both marg and width are odd */
    left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static PyObject *
string_zfill(PyObject *self, PyObject *args)
{
    Py_ssize_t width, fill;
    PyObject *r;
    char *p;

    if (!PyArg_ParseTuple(args, "n:zfill", &width))
        return NULL;
    if (PyString_GET_SIZE(self) >= width)
        return str_same(self);
    fill = width - PyString_GET_SIZE(self);
    r = pad(self, fill, 0, '0');
    if (r == NULL)
        return NULL;
    p = PyString_AS_STRING(r);
    if (p[fill] == '+' || p[fill] == '-') {
        p[0] = p[fill];
        p[fill] = '0';
    }
    return r;
}

static PyObject *
string_expandtabs(PyObject *self, PyObject *args)
{
    int tabsize = 8;
    const char *s = PyString_AS_STRING(self);
    Py_ssize_t n = PyString_GET_SIZE(self), i, col = 0, total = 0;
    PyStringObject *r;
    char *d;

    if (!PyArg_ParseTuple(args, "|i:expandtabs", &tabsize))
        return NULL;
    /* pass 1: the exact size */
    for (i = 0; i < n; i++) {
        Py_ssize_t add;
        if (s[i] == '\t')
            add = tabsize > 0 ? tabsize - (col % tabsize) : 0;
        else
            add = 1;
        if (total > PY_SSIZE_T_MAX - add || col > PY_SSIZE_T_MAX - add) {
            PyErr_SetString(PyExc_OverflowError, "result is too long");
            return NULL;
        }
        total += add;
        col += add;
        if (s[i] == '\n' || s[i] == '\r')
            col = 0;
    }
    if (_PyMem_CheckAvailable(STR_HEADER_SIZE + (size_t)total) < 0)
        return NULL;
    r = str_alloc(total);
    if (r == NULL)
        return NULL;
    d = r->ob_sval;
    col = 0;
    for (i = 0; i < n; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) {
                Py_ssize_t add = tabsize - (col % tabsize);
                memset(d, ' ', add);
                d += add;
                col += add;
            }
        }
        else {
            *d++ = s[i];
            col++;
            if (s[i] == '\n' || s[i] == '\r')
                col = 0;
        }
    }
    return (PyObject *)r;
}

static PyObject *
string_replace(PyObject *self, PyObject *args)
{
    PyObject *from, *to;
    Py_ssize_t count = -1, nf, nt;
    const char *f, *t;
    int r1, r2;

    if (PyTuple_GET_SIZE(args) == 2) {
        from = PyTuple_GET_ITEM(args, 0);
        to = PyTuple_GET_ITEM(args, 1);
    }
    else if (!PyArg_ParseTuple(args, "OO|n:replace", &from, &to, &count))
        return NULL;
    r1 = str_arg(from, &f, &nf);
    if (r1 < 0)
        return NULL;
    r2 = str_arg(to, &t, &nt);
    if (r2 < 0)
        return NULL;
    if (r1 == 1 || r2 == 1)
        return PyUnicode_Replace(self, from, to, count);
    return bytes_replace(self, PyString_AS_STRING(self),
                         PyString_GET_SIZE(self), f, nf, t, nt, count);
}

/* startswith/endswith core: direction -1 prefix, +1 suffix.
   Returns 1/0, or -1 on error. */
static int
tailmatch(PyObject *self, PyObject *subobj, Py_ssize_t start, Py_ssize_t end,
          int direction)
{
    Py_ssize_t len = PyString_GET_SIZE(self), slen;
    const char *sub;
    const char *s = PyString_AS_STRING(self);
    int r = str_arg(subobj, &sub, &slen);

    if (r < 0)
        return -1;
    if (r == 1) {
        Py_ssize_t m = PyUnicode_Tailmatch(self, subobj, start, end,
                                           direction);
        return m == -1 ? -1 : (int)m;
    }
    adjust_indices(&start, &end, len);
    if (direction < 0) {
        if (start > len - slen)
            return 0;
    }
    else {
        if (end - start < slen || start > len)
            return 0;
        if (end - slen > start)
            start = end - slen;
    }
    if (end - start >= slen)
        return memcmp(s + start, sub, slen) == 0;
    return 0;
}

static PyObject *
tailmatch_method(PyObject *self, PyObject *args, const char *fmt,
                 int direction)
{
    PyObject *subobj;
    Py_ssize_t start = 0, end = PY_SSIZE_T_MAX, i;
    int r;

    if (PyTuple_GET_SIZE(args) == 1)
        subobj = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTuple(args, fmt, &subobj, index_conv, &start,
                               index_conv, &end))
        return NULL;
    if (!PyString_CheckExact(subobj) && PyTuple_Check(subobj)) {
        for (i = 0; i < PyTuple_GET_SIZE(subobj); i++) {
            r = tailmatch(self, PyTuple_GET_ITEM(subobj, i), start, end,
                          direction);
            if (r < 0)
                return NULL;
            if (r)
                Py_RETURN_TRUE;
        }
        Py_RETURN_FALSE;
    }
    r = tailmatch(self, subobj, start, end, direction);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
string_startswith(PyObject *self, PyObject *args)
{
    return tailmatch_method(self, args, "O|O&O&:startswith", -1);
}

static PyObject *
string_endswith(PyObject *self, PyObject *args)
{
    return tailmatch_method(self, args, "O|O&O&:endswith", 1);
}

static PyObject *
string_translate(PyObject *self, PyObject *args)
{
    PyObject *tableobj, *delobj = NULL;
    const char *table = NULL, *del = NULL;
    Py_ssize_t tablen = 0, dellen = 0, n, i, k;
    const unsigned char *s;
    char keep[256];
    PyStringObject *r;

    if (!PyArg_UnpackTuple(args, "translate", 1, 2, &tableobj, &delobj))
        return NULL;
    if (PyString_Check(tableobj)) {
        table = PyString_AS_STRING(tableobj);
        tablen = PyString_GET_SIZE(tableobj);
    }
    else if (PyUnicode_Check(tableobj)) {
        /* unicode tables delete by mapping to None, not via a 2nd arg */
        if (delobj != NULL) {
            PyErr_SetString(PyExc_TypeError,
                            "translate() takes exactly one argument (2 given)");
            return NULL;
        }
        return PyUnicode_Translate(self, tableobj, NULL);
    }
    else if (PyObject_AsCharBuffer(tableobj, &table, &tablen) < 0)
        return NULL;
    if (tablen != 256) {
        PyErr_SetString(PyExc_ValueError,
                        "translation table must be 256 characters long");
        return NULL;
    }
    if (delobj != NULL) {
        if (PyString_Check(delobj)) {
            del = PyString_AS_STRING(delobj);
            dellen = PyString_GET_SIZE(delobj);
        }
        else if (PyUnicode_Check(delobj)) {
            PyErr_SetString(PyExc_TypeError,
                            "deletions are implemented differently for unicode");
            return NULL;
        }
        else if (PyObject_AsCharBuffer(delobj, &del, &dellen) < 0)
            return NULL;
    }
    memset(keep, 1, sizeof(keep));
    for (i = 0; i < dellen; i++)
        keep[(unsigned char)del[i]] = 0;
    n = PyString_GET_SIZE(self);
    s = (const unsigned char *)PyString_AS_STRING(self);
    r = str_alloc(n);
    if (r == NULL)
        return NULL;
    for (i = 0, k = 0; i < n; i++)
        if (keep[s[i]])
            r->ob_sval[k++] = table[s[i]];
    if (k != n) {
        PyObject *o = (PyObject *)r;
        if (_PyString_Resize(&o, k) < 0)
            return NULL;
        return o;
    }
    return (PyObject *)r;
}

PyObject *
_PyString_Join(PyObject *sep, PyObject *x)
{
    PyObject *seq, *item, *res, **items;
    Py_ssize_t seqlen, i, total = 0, seplen = PyString_GET_SIZE(sep);
    char *p;

    seq = PySequence_Fast(x, "");
    if (seq == NULL)
        return NULL;
    seqlen = PySequence_Fast_GET_SIZE(seq);
    items = PySequence_Fast_ITEMS(seq);
    if (seqlen == 0) {
        Py_DECREF(seq);
        return str_empty();
    }
    if (seqlen == 1) {
        item = PySequence_Fast_GET_ITEM(seq, 0);
        if (PyString_CheckExact(item) || PyUnicode_CheckExact(item)) {
            Py_INCREF(item);
            Py_DECREF(seq);
            return item;
        }
    }
    for (i = 0; i < seqlen; i++) {
        Py_ssize_t add;
        item = items[i];
        if (!PyString_CheckExact(item) && !PyString_Check(item)) {
            if (PyUnicode_Check(item)) {
                /* a unicode item makes the whole result unicode */
                res = PyUnicode_Join(sep, seq);
                Py_DECREF(seq);
                return res;
            }
            PyErr_Format(PyExc_TypeError,
                         "sequence item %zd: expected string, %.80s found",
                         i, item->ob_type->tp_name);
            Py_DECREF(seq);
            return NULL;
        }
        add = PyString_GET_SIZE(item) + (i ? seplen : 0);
        if (add < 0 || total > PY_SSIZE_T_MAX - add) {
            PyErr_SetString(PyExc_OverflowError,
                            "join() result is too long for a Python string");
            Py_DECREF(seq);
            return NULL;
        }
        total += add;
    }
    if (_PyMem_CheckAvailable(STR_HEADER_SIZE + (size_t)total + 1) < 0) {
        Py_DECREF(seq);
        return NULL;
    }
    res = (PyObject *)str_alloc(total);
    if (res == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    p = PyString_AS_STRING(res);
    for (i = 0; i < seqlen; i++) {
        item = items[i];
        if (i && seplen) {
            if (seplen == 1)
                *p++ = PyString_AS_STRING(sep)[0];
            else {
                memcpy(p, PyString_AS_STRING(sep), seplen);
                p += seplen;
            }
        }
        memcpy(p, PyString_AS_STRING(item), PyString_GET_SIZE(item));
        p += PyString_GET_SIZE(item);
    }
    Py_DECREF(seq);
    return res;
}

static PyObject *
string_join(PyObject *self, PyObject *seq)
{
    return _PyString_Join(self, seq);
}

static PyObject *
check_codec_result(PyObject *v, const char *what)
{
    if (v == NULL)
        return NULL;
    if (!PyString_Check(v) && !PyUnicode_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "%s did not return a string/unicode object (type=%.400s)",
                     what, v->ob_type->tp_name);
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

static PyObject *
string_encode(PyObject *self, PyObject *args)
{
    char *encoding = NULL, *errors = NULL;

    if (!PyArg_ParseTuple(args, "|ss:encode", &encoding, &errors))
        return NULL;
    return check_codec_result(
        PyString_AsEncodedObject(self, encoding, errors), "encoder");
}

static PyObject *
string_decode(PyObject *self, PyObject *args)
{
    char *encoding = NULL, *errors = NULL;

    if (!PyArg_ParseTuple(args, "|ss:decode", &encoding, &errors))
        return NULL;
    return check_codec_result(
        PyString_AsDecodedObject(self, encoding, errors), "decoder");
}

static PyObject *
string_getnewargs(PyObject *self)
{
    return Py_BuildValue("(s#)", PyString_AS_STRING(self),
                         PyString_GET_SIZE(self));
}

/* ------------------------------------------------------------------ */
/* The % operator */

/* Digits of a long in base 8/10/16 with optional sign, base prefix
   (F_ALT) and zero padding up to `prec` digits, the way 2.5 formats
   longs for the d, u, o, x and X conversions.  Returns a new str, described by *pbuf and *plen. */
PyObject *
_PyString_FormatLong(PyObject *val, int flags, int prec, int type,
                     char **pbuf, int *plen)
{
    PyObject *raw, *res;
    const char *s, *digits;
    Py_ssize_t n, ndigits, zeros, total;
    int neg = 0;
    const char *prefix = "";
    char *p;
    Py_ssize_t i, plen_ = 0;

    switch (type) {
    case 'd':
    case 'u':
        raw = PyLong_Type.tp_str(val);
        break;
    case 'o':
        raw = PyLong_Type.tp_as_number->nb_oct(val);
        break;
    case 'x':
    case 'X':
        raw = PyLong_Type.tp_as_number->nb_hex(val);
        break;
    default:
        PyErr_BadInternalCall();
        return NULL;
    }
    if (raw == NULL)
        return NULL;
    if (!PyString_Check(raw)) {
        Py_DECREF(raw);
        PyErr_BadInternalCall();
        return NULL;
    }
    /* take apart: [-][0x|0]digits[L] */
    s = PyString_AS_STRING(raw);
    n = PyString_GET_SIZE(raw);
    if (n > 0 && (s[n - 1] == 'L' || s[n - 1] == 'l'))
        n--;
    if (n > 0 && s[0] == '-') {
        neg = 1;
        s++;
        n--;
    }
    if ((type == 'x' || type == 'X') && n >= 2 && s[0] == '0' &&
        (s[1] == 'x' || s[1] == 'X')) {
        s += 2;
        n -= 2;
    }
    else if (type == 'o' && n >= 2 && s[0] == '0') {
        s += 1;
        n -= 1;
    }
    if (n == 0) {
        s = "0";
        n = 1;
    }
    digits = s;
    ndigits = n;
    if (flags & F_ALT) {
        if (type == 'x')
            prefix = "0x";
        else if (type == 'X')
            prefix = "0X";
        else if (type == 'o' && !(ndigits == 1 && digits[0] == '0') &&
                 prec <= ndigits)
            prefix = "0";
    }
    plen_ = (Py_ssize_t)strlen(prefix);
    zeros = prec > ndigits ? prec - ndigits : 0;
    total = neg + plen_ + zeros + ndigits;
    if (total > INT_MAX) {
        Py_DECREF(raw);
        PyErr_SetString(PyExc_ValueError, "string too large in _PyString_FormatLong");
        return NULL;
    }
    res = (PyObject *)str_alloc(total);
    if (res == NULL) {
        Py_DECREF(raw);
        return NULL;
    }
    p = PyString_AS_STRING(res);
    if (neg)
        *p++ = '-';
    memcpy(p, prefix, plen_);
    p += plen_;
    memset(p, '0', zeros);
    p += zeros;
    for (i = 0; i < ndigits; i++)
        *p++ = type == 'X' ? (char)toupper(Py_CHARMASK(digits[i]))
                           : (char)tolower(Py_CHARMASK(digits[i]));
    Py_DECREF(raw);
    *pbuf = PyString_AS_STRING(res);
    *plen = (int)total;
    return res;
}

/* Digits of the magnitude m, written backwards so that they end at `end`;
   returns where they start.  At most 22 bytes (64-bit octal).  Decimal
   takes two digits per step from a table of the pairs 00..99. */
static const char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static char *
ulong_digits(char *end, unsigned long m, int type)
{
    char *p = end;

    if (type == 'd' || type == 'u') {
        while (m >= 100) {
            unsigned long k = (m % 100) * 2;
            m /= 100;
            *--p = digit_pairs[k + 1];
            *--p = digit_pairs[k];
        }
        if (m >= 10) {
            *--p = digit_pairs[m * 2 + 1];
            *--p = digit_pairs[m * 2];
        }
        else
            *--p = (char)('0' + m);
    }
    else if (type == 'o') {
        do {
            *--p = (char)('0' + (m & 7));
            m >>= 3;
        } while (m);
    }
    else {
        const char *dig = type == 'X' ? "0123456789ABCDEF"
                                      : "0123456789abcdef";
        do {
            *--p = dig[m & 15];
            m >>= 4;
        } while (m);
    }
    return p;
}

/* Decimal text of a C long, ending at `end` (at most 21 bytes). */
static char *
long_decimal(char *end, long x)
{
    char *p;

    if (x >= 0)
        return ulong_digits(end, (unsigned long)x, 'd');
    p = ulong_digits(end, 0UL - (unsigned long)x, 'd');
    *--p = '-';
    return p;
}

/* A plain int for %d %u %o %x %X, written into buf like the long case. */
static int
format_int_into(char *buf, size_t buflen, int flags, int prec, int type,
                PyObject *v)
{
    long x;
    unsigned long mag;
    char digits[32];
    char *dend = digits + sizeof(digits), *d;
    int nd, neg, zeros, total, prefixlen = 0;
    char *p;

    if (PyInt_CheckExact(v))
        x = PyInt_AS_LONG(v);
    else {
        x = PyInt_AsLong(v);
        if (x == -1 && PyErr_Occurred()) {
            PyErr_SetString(PyExc_TypeError, "int argument required");
            return -1;
        }
    }
    neg = x < 0;
    mag = neg ? 0UL - (unsigned long)x : (unsigned long)x;
    d = ulong_digits(dend, mag, type);
    nd = (int)(dend - d);
    if (prec < 0)
        prec = 1;
    if (prec > (int)buflen - 10) {
        PyErr_SetString(PyExc_OverflowError,
                        "formatted integer is too long (precision too large?)");
        return -1;
    }
    zeros = prec > nd ? prec - nd : 0;
    if (flags & F_ALT) {
        if (type == 'x' || type == 'X')
            prefixlen = 2;
        else if (type == 'o' && zeros == 0 && mag != 0)
            prefixlen = 1;
    }
    total = neg + prefixlen + zeros + nd;
    if ((size_t)total + 1 > buflen) {
        PyErr_SetString(PyExc_OverflowError,
                        "formatted integer is too long (precision too large?)");
        return -1;
    }
    p = buf;
    if (neg)
        *p++ = '-';
    if (prefixlen) {
        *p++ = '0';
        if (prefixlen == 2)
            *p++ = (char)type;
    }
    if (zeros) {
        memset(p, '0', zeros);
        p += zeros;
    }
    memcpy(p, d, nd);
    p[nd] = '\0';
    return total;
}

/* A float for %e %E %f %F %g %G, following 2.5's limits. */
static int
format_float_into(char *buf, size_t buflen, int flags, int prec, int type,
                  PyObject *v)
{
    double x;
    char fmt[32];
    int n;

    x = PyFloat_AsDouble(v);
    if (x == -1.0 && PyErr_Occurred()) {
        PyErr_SetString(PyExc_TypeError, "float argument required");
        return -1;
    }
    if (prec < 0)
        prec = 6;
    /* huge values under %f switch to %g, as in 2.5 */
    if ((type == 'f' || type == 'F') && fabs(x) / 1e25 >= 1e25)
        type = type == 'f' ? 'g' : 'G';
    if (((type == 'g' || type == 'G') && buflen <= (size_t)10 + (size_t)prec) ||
        ((type == 'f' || type == 'F') && buflen <= (size_t)53 + (size_t)prec) ||
        ((type == 'e' || type == 'E') && buflen <= (size_t)10 + (size_t)prec)) {
        PyErr_SetString(PyExc_OverflowError,
                        "formatted float is too long (precision too large?)");
        return -1;
    }
    PyOS_snprintf(fmt, sizeof(fmt), "%%%s.%d%c",
                  (flags & F_ALT) ? "#" : "", prec, type);
    n = PyOS_snprintf(buf, buflen, fmt, x);
    if (n < 0 || (size_t)n >= buflen) {
        PyErr_SetString(PyExc_OverflowError,
                        "formatted float is too long (precision too large?)");
        return -1;
    }
    /* the C library may use a locale decimal point */
    {
        char *q;
        for (q = buf; *q; q++)
            if (*q == ',')
                *q = '.';
    }
    return n;
}

#define FORMATBUFLEN 120

static PyObject *
next_arg(PyObject *args, Py_ssize_t arglen, Py_ssize_t *argidx)
{
    Py_ssize_t i = *argidx;

    if (i < arglen) {
        (*argidx)++;
        if (arglen < 0)
            return args;
        return PyTuple_GET_ITEM(args, i);
    }
    PyErr_SetString(PyExc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* Write one converted field with sign, base prefix and padding. */
static int
emit_field(StrBuf *out, const char *body, Py_ssize_t len, int flags,
           Py_ssize_t width, int numeric, int alt_hex, char fill)
{
    char sign = 0;
    Py_ssize_t prefixlen = 0, total, padn;
    const char *prefix = body;
    char *w;

    if (numeric) {
        if (len > 0 && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) {
            sign = body[0];
            body++;
            len--;
        }
        else if (flags & F_SIGN)
            sign = '+';
        else if (flags & F_BLANK)
            sign = ' ';
        if (alt_hex && len >= 2 && body[0] == '0' &&
            (body[1] == 'x' || body[1] == 'X')) {
            prefix = body;
            prefixlen = 2;
            body += 2;
            len -= 2;
        }
    }
    total = (sign != 0) + prefixlen + len;
    padn = width > total ? width - total : 0;
    if (sb_reserve(out, total + padn) < 0)
        return -1;
    /* room is there: write in place */
    w = out->p + out->len;
    if (!(flags & F_LJUST) && fill == ' ' && padn) {
        memset(w, ' ', padn);
        w += padn;
    }
    if (sign)
        *w++ = sign;
    if (prefixlen) {
        memcpy(w, prefix, prefixlen);
        w += prefixlen;
    }
    if (!(flags & F_LJUST) && fill != ' ' && padn) {
        memset(w, fill, padn);
        w += padn;
    }
    memcpy(w, body, len);
    w += len;
    if ((flags & F_LJUST) && padn) {
        memset(w, ' ', padn);
        w += padn;
    }
    out->len = w - out->p;
    return 0;
}

PyObject *
PyString_Format(PyObject *format, PyObject *args)
{
    const char *fmt, *end;
    StrBuf out;
    Py_ssize_t arglen, argidx;
    PyObject *dict = NULL;
    PyObject *orig_args = args;
    int args_owned = 0;
    char formatbuf[FORMATBUFLEN];

    if (format == NULL || args == NULL ||
        (!PyString_CheckExact(format) && !PyString_Check(format))) {
        PyErr_BadInternalCall();
        return NULL;
    }
    fmt = PyString_AS_STRING(format);
    end = fmt + PyString_GET_SIZE(format);
    if (sb_init(&out, PyString_GET_SIZE(format) + 100) < 0)
        return NULL;
    if (PyTuple_CheckExact(args) ||
        (!PyInt_CheckExact(args) && !PyString_CheckExact(args) &&
         PyTuple_Check(args))) {
        arglen = PyTuple_GET_SIZE(args);
        argidx = 0;
    }
    else {
        arglen = -1;
        argidx = -2;
        if (args->ob_type->tp_as_mapping && !PyString_Check(args))
            dict = args;
    }

    while (fmt < end) {
        const char *spec_start;
        Py_ssize_t argidx_start;
        int flags = 0, c, numeric = 0, alt_hex = 0;
        Py_ssize_t width = -1;
        int prec = -1;
        char fill = ' ';
        PyObject *v = NULL, *temp = NULL;
        const char *pbuf = NULL;
        Py_ssize_t len = 0;

        if (*fmt != '%') {
            const char *q = fmt;
            while (q < end && *q != '%')
                q++;
            if (sb_write(&out, fmt, q - fmt) < 0)
                goto error;
            fmt = q;
            continue;
        }
        spec_start = fmt;
        argidx_start = argidx;
        fmt++;
        /* The commonest specs, a bare %s of an exact str or int and a bare
           %d/%i of an exact int, straight into the output.  Anything else
           (flags, width, key, other types, running out of arguments)
           takes the general path below. */
        if (fmt < end && argidx < arglen &&
            (*fmt == 's' || *fmt == 'd' || *fmt == 'i')) {
            PyObject *a = arglen < 0 ? args : PyTuple_GET_ITEM(args, argidx);
            if (PyInt_CheckExact(a)) {
                char nb[32];
                char *ne = nb + sizeof(nb);
                char *nq = long_decimal(ne, PyInt_AS_LONG(a));
                if (sb_write(&out, nq, ne - nq) < 0)
                    goto error;
                argidx++;
                fmt++;
                continue;
            }
            if (*fmt == 's' && PyString_CheckExact(a)) {
                if (sb_write(&out, PyString_AS_STRING(a),
                             PyString_GET_SIZE(a)) < 0)
                    goto error;
                argidx++;
                fmt++;
                continue;
            }
        }
        if (fmt < end && *fmt == '(') {
            const char *keystart;
            int depth = 1;
            PyObject *key;

            if (dict == NULL) {
                PyErr_SetString(PyExc_TypeError, "format requires a mapping");
                goto error;
            }
            keystart = ++fmt;
            while (fmt < end) {
                if (*fmt == ')') {
                    if (--depth == 0)
                        break;
                }
                else if (*fmt == '(')
                    depth++;
                fmt++;
            }
            if (fmt >= end) {
                PyErr_SetString(PyExc_ValueError, "incomplete format key");
                goto error;
            }
            key = PyString_FromStringAndSize(keystart, fmt - keystart);
            if (key == NULL)
                goto error;
            fmt++;      /* the ')' */
            if (args_owned) {
                Py_DECREF(args);
                args_owned = 0;
            }
            args = PyObject_GetItem(dict, key);
            Py_DECREF(key);
            if (args == NULL)
                goto error;
            args_owned = 1;
            arglen = -1;
            argidx = -2;
        }
        /* flags */
        for (; fmt < end; fmt++) {
            switch (*fmt) {
            case '-': flags |= F_LJUST; continue;
            case '+': flags |= F_SIGN; continue;
            case ' ': flags |= F_BLANK; continue;
            case '#': flags |= F_ALT; continue;
            case '0': flags |= F_ZERO; continue;
            }
            break;
        }
        /* width */
        if (fmt < end && *fmt == '*') {
            v = next_arg(args, arglen, &argidx);
            if (v == NULL)
                goto error;
            if (!PyInt_Check(v)) {
                PyErr_SetString(PyExc_TypeError, "* wants int");
                goto error;
            }
            width = PyInt_AsLong(v);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            fmt++;
        }
        else if (fmt < end && *fmt >= '0' && *fmt <= '9') {
            width = 0;
            while (fmt < end && *fmt >= '0' && *fmt <= '9') {
                if (width > (INT_MAX - 9) / 10) {
                    PyErr_SetString(PyExc_ValueError, "width too big");
                    goto error;
                }
                width = width * 10 + (*fmt++ - '0');
            }
        }
        /* precision */
        if (fmt < end && *fmt == '.') {
            fmt++;
            prec = 0;
            if (fmt < end && *fmt == '*') {
                v = next_arg(args, arglen, &argidx);
                if (v == NULL)
                    goto error;
                if (!PyInt_Check(v)) {
                    PyErr_SetString(PyExc_TypeError, "* wants int");
                    goto error;
                }
                {
                    long pv = PyInt_AsLong(v);
                    if (pv < 0)
                        pv = 0;
                    if (pv > INT_MAX) {
                        PyErr_SetString(PyExc_ValueError, "prec too big");
                        goto error;
                    }
                    prec = (int)pv;
                }
                fmt++;
            }
            else {
                while (fmt < end && *fmt >= '0' && *fmt <= '9') {
                    if (prec > (INT_MAX - 9) / 10) {
                        PyErr_SetString(PyExc_ValueError, "prec too big");
                        goto error;
                    }
                    prec = prec * 10 + (*fmt++ - '0');
                }
            }
        }
        /* length modifiers are accepted and ignored */
        if (fmt < end && (*fmt == 'h' || *fmt == 'l' || *fmt == 'L'))
            fmt++;
        if (fmt >= end) {
            PyErr_SetString(PyExc_ValueError, "incomplete format");
            goto error;
        }
        c = Py_CHARMASK(*fmt++);
        if (c != '%') {
            v = next_arg(args, arglen, &argidx);
            if (v == NULL)
                goto error;
        }
        switch (c) {
        case '%':
            pbuf = "%";
            len = 1;
            break;
        case 's':
            if (PyString_CheckExact(v)) {
                Py_INCREF(v);
                temp = v;
                goto string_result;
            }
            if (PyUnicode_Check(v))
                goto to_unicode;
            temp = _PyObject_Str(v);
            if (temp != NULL && PyUnicode_Check(temp)) {
                Py_DECREF(temp);
                goto to_unicode;
            }
            goto string_result;
        case 'r':
            temp = PyObject_Repr(v);
        string_result:
            if (temp == NULL)
                goto error;
            if (!PyString_Check(temp)) {
                PyErr_SetString(PyExc_TypeError,
                                "%s argument has non-string str()");
                Py_DECREF(temp);
                goto error;
            }
            pbuf = PyString_AS_STRING(temp);
            len = PyString_GET_SIZE(temp);
            if (prec >= 0 && len > prec)
                len = prec;
            break;
        case 'i':
        case 'd':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (c == 'i')
                c = 'd';
            if (!PyInt_CheckExact(v) && PyLong_Check(v)) {
                char *lb;
                int ll;
                temp = _PyString_FormatLong(v, flags, prec, c, &lb, &ll);
                if (temp == NULL)
                    goto error;
                pbuf = lb;
                len = ll;
            }
            else {
                int n = format_int_into(formatbuf, sizeof(formatbuf), flags,
                                        prec, c, v);
                if (n < 0)
                    goto error;
                pbuf = formatbuf;
                len = n;
            }
            numeric = 1;
            alt_hex = (flags & F_ALT) && (c == 'x' || c == 'X');
            if (flags & F_ZERO)
                fill = '0';
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            int n;
            if (c == 'F')
                c = 'f';
            n = format_float_into(formatbuf, sizeof(formatbuf), flags, prec,
                                  c, v);
            if (n < 0)
                goto error;
            pbuf = formatbuf;
            len = n;
            numeric = 1;
            if (flags & F_ZERO)
                fill = '0';
            break;
        }
        case 'c':
            if (PyUnicode_Check(v))
                goto to_unicode;
            if (PyString_Check(v)) {
                if (PyString_GET_SIZE(v) != 1) {
                    PyErr_SetString(PyExc_TypeError,
                                    "%c requires int or char");
                    goto error;
                }
                formatbuf[0] = PyString_AS_STRING(v)[0];
            }
            else if (!PyArg_Parse(v, "b;%c requires int or char",
                                  &formatbuf[0]))
                goto error;
            pbuf = formatbuf;
            len = 1;
            break;
        default:
            PyErr_Format(PyExc_ValueError,
                         "unsupported format character '%c' (0x%x) at index %zd",
                         c, (int)(signed char)c,  /* 2.5 shows 0xffffffe9 */
                         (Py_ssize_t)(fmt - 1 - PyString_AS_STRING(format)));
            goto error;
        }
        if (width < 0)
            width = 0;
        if (emit_field(&out, pbuf, len, flags, width, numeric, alt_hex,
                       fill) < 0) {
            Py_XDECREF(temp);
            goto error;
        }
        Py_XDECREF(temp);
        if (dict && argidx < arglen && c != '%') {
            PyErr_SetString(PyExc_TypeError,
                            "not all arguments converted during string formatting");
            goto error;
        }
        continue;

    to_unicode:
        /* A unicode argument: the result becomes unicode.  What was
           formatted so far is decoded (default encoding) and the rest of
           the format, from this spec on, is handed to the unicode
           formatter with the arguments not yet consumed. */
        {
            PyObject *rest_args, *ufmt, *urest, *head, *res;

            argidx = argidx_start;
            if (args_owned) {
                Py_DECREF(args);
                args_owned = 0;
            }
            if (PyTuple_Check(orig_args) && argidx > 0) {
                rest_args = PyTuple_GetSlice(orig_args, argidx,
                                             PyTuple_GET_SIZE(orig_args));
                if (rest_args == NULL)
                    goto error;
            }
            else {
                Py_INCREF(orig_args);
                rest_args = orig_args;
            }
            head = sb_finish(&out);
            if (head == NULL) {
                Py_DECREF(rest_args);
                return NULL;
            }
            ufmt = PyUnicode_Decode(spec_start, end - spec_start, NULL, NULL);
            if (ufmt == NULL) {
                Py_DECREF(rest_args);
                Py_DECREF(head);
                return NULL;
            }
            urest = PyUnicode_Format(ufmt, rest_args);
            Py_DECREF(ufmt);
            Py_DECREF(rest_args);
            if (urest == NULL) {
                Py_DECREF(head);
                return NULL;
            }
            res = PyUnicode_Concat(head, urest);
            Py_DECREF(head);
            Py_DECREF(urest);
            return res;
        }
    }
    if (argidx < arglen && !dict) {
        PyErr_SetString(PyExc_TypeError,
                        "not all arguments converted during string formatting");
        goto error;
    }
    if (args_owned)
        Py_DECREF(args);
    return sb_finish(&out);

error:
    sb_abort(&out);
    if (args_owned)
        Py_DECREF(args);
    return NULL;
}

static PyObject *
string_mod(PyObject *v, PyObject *w)
{
    if (!PyString_CheckExact(v) && !PyString_Check(v)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return PyString_Format(v, w);
}

/* ------------------------------------------------------------------ */
/* Resizing and concatenation helpers */

int
_PyString_Resize(PyObject **pv, Py_ssize_t newsize)
{
    PyObject *v = *pv;
    PyStringObject *sv;

    if (v == NULL || !PyString_Check(v) || newsize < 0) {
        *pv = NULL;
        Py_XDECREF(v);
        PyErr_BadInternalCall();
        return -1;
    }
    if (v->ob_refcnt != 1 || !PyString_CheckExact(v) ||
        PyString_CHECK_INTERNED(v) || v == (PyObject *)empty_string) {
        /* shared: build a fresh copy instead of resizing in place */
        Py_ssize_t keep = PyString_GET_SIZE(v);
        PyStringObject *n;
        if (keep > newsize)
            keep = newsize;
        n = str_alloc(newsize);
        if (n == NULL) {
            *pv = NULL;
            Py_DECREF(v);
            return -1;
        }
        memcpy(n->ob_sval, PyString_AS_STRING(v), keep);
        Py_DECREF(v);
        *pv = (PyObject *)n;
        return 0;
    }
    if ((size_t)newsize > (size_t)PY_SSIZE_T_MAX - STR_HEADER_SIZE - 1) {
        *pv = NULL;
        Py_DECREF(v);
        PyErr_NoMemory();
        return -1;
    }
    sv = (PyStringObject *)PyObject_REALLOC(v, STR_HEADER_SIZE + newsize + 1);
    if (sv == NULL) {
        *pv = NULL;
        PyObject_Del(v);
        PyErr_NoMemory();
        return -1;
    }
    sv->ob_size = newsize;
    sv->ob_sval[newsize] = '\0';
    sv->ob_shash = -1;
    *pv = (PyObject *)sv;
    return 0;
}

void
PyString_Concat(PyObject **pv, PyObject *w)
{
    PyObject *v;

    if (*pv == NULL)
        return;
    if (w == NULL || !PyString_Check(*pv)) {
        Py_DECREF(*pv);
        *pv = NULL;
        return;
    }
    v = string_concat(*pv, w);
    Py_DECREF(*pv);
    *pv = v;
}

void
PyString_ConcatAndDel(PyObject **pv, PyObject *w)
{
    PyString_Concat(pv, w);
    Py_XDECREF(w);
}

/* ------------------------------------------------------------------ */
/* Interning */

/* Whether a block charged to account a may be handed to code running on
   the current account: a lives as long as anything that code may keep
   (its own account, the process's, or the first interpreter's, which
   lives to the end). */
static int
account_outlives_caller(PyMemAccount *a)
{
    PyInterpreterState *first;

    if (_PyMem_NumAccounts <= 1 || a == _PyMem_CurrentAccount() ||
        a == _PyMem_ProcessAccount())
        return 1;
    first = PyInterpreterState_Head();
    if (first == NULL)
        return 0;
    while (first->next != NULL)
        first = first->next;
    return _PyInterpreterState_EX(first)->account == a;
}

void
PyString_InternInPlace(PyObject **p)
{
    PyObject *s = *p, *t;
    PyMemAccount *saved;
    int r;

    if (s == NULL || !PyString_Check(s))
        return;
    /* subclass instances could carry mutable state: never interned */
    if (!PyString_CheckExact(s))
        return;
    if (PyString_CHECK_INTERNED(s))
        return;
    if (interned_ensure() < 0) {
        PyErr_Clear();
        return;
    }
    t = PyDict_GetItem(interned, s);
    if (t != NULL) {
        /* A string a sandbox interned first is the sandbox's and must go
           away with it: code of another interpreter (the host, another
           sandbox, process-level state such as a static type readied
           while a sandbox runs) keeps its own string, not interned,
           rather than hang the sandbox's on state that outlives it. */
        if (!account_outlives_caller(_PyMem_BlockAccount(t)))
            return;
        Py_INCREF(t);
        Py_DECREF(*p);
        *p = t;
        return;
    }
    saved = _PyMem_SetCurrentAccount(NULL);
    r = PyDict_SetItem(interned, s, s);
    _PyMem_SetCurrentAccount(saved);
    if (r < 0) {
        PyErr_Clear();
        return;
    }
    /* the table's key and value references do not keep it alive */
    s->ob_refcnt -= 2;
    ((PyStringObject *)s)->ob_sstate = SSTATE_INTERNED_MORTAL;
}

void
PyString_InternImmortal(PyObject **p)
{
    PyString_InternInPlace(p);
    if (*p == NULL || !PyString_CheckExact(*p))
        return;
    /* a sandbox cannot make process-lifetime objects: its strings stay
       mortal and go away with it */
    if (_PyThreadState_Current != NULL && _PyInterpreterState_IsSandboxed())
        return;
    if (PyString_CHECK_INTERNED(*p) != SSTATE_INTERNED_IMMORTAL) {
        ((PyStringObject *)*p)->ob_sstate = SSTATE_INTERNED_IMMORTAL;
        Py_INCREF(*p);
    }
}

PyObject *
PyString_InternFromString(const char *cp)
{
    PyObject *s = PyString_FromString(cp);

    if (s == NULL)
        return NULL;
    PyString_InternInPlace(&s);
    return s;
}

void
_Py_ReleaseInternedStrings(void)
{
    PyObject *keys;
    Py_ssize_t i, n;

    if (interned == NULL || !PyDict_Check(interned))
        return;
    keys = PyDict_Keys(interned);
    if (keys == NULL) {
        PyErr_Clear();
        return;
    }
    n = PyList_GET_SIZE(keys);
    for (i = 0; i < n; i++) {
        PyStringObject *s = (PyStringObject *)PyList_GET_ITEM(keys, i);
        switch (s->ob_sstate) {
        case SSTATE_INTERNED_IMMORTAL:
            s->ob_refcnt += 1;
            break;
        case SSTATE_INTERNED_MORTAL:
            s->ob_refcnt += 2;
            break;
        default:
            continue;
        }
        s->ob_sstate = SSTATE_NOT_INTERNED;
    }
    PyDict_Clear(interned);
    Py_DECREF(keys);
    Py_CLEAR(interned);
    _PyType_ClearLookupCache();
}

void
PyString_Fini(void)
{
    int i;

    for (i = 0; i < 256; i++)
        Py_CLEAR(one_char[i]);
    Py_CLEAR(empty_string);
}

/* ------------------------------------------------------------------ */
/* Type objects */

static void
string_dealloc(PyObject *op)
{
    switch (PyString_CHECK_INTERNED(op)) {
    case SSTATE_NOT_INTERNED:
        break;
    case SSTATE_INTERNED_MORTAL:
        /* typeobject.c's lookup cache compares interned names by
           address: this one's may be reused */
        _PyType_ClearLookupCache();
        /* bring it back to life just long enough to leave the table */
        op->ob_refcnt = 3;
        if (PyDict_DelItem(interned, op) != 0)
            Py_FatalError("deletion of interned string failed");
        break;
    case SSTATE_INTERNED_IMMORTAL:
        Py_FatalError("Immortal interned string died.");
    default:
        Py_FatalError("Inconsistent interned string state.");
    }
    op->ob_type->tp_free(op);
}

static PyObject *str_subtype_new(PyTypeObject *type, PyObject *args,
                                 PyObject *kwds);

static PyObject *
string_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *x = NULL;
    static char *kwlist[] = {"object", 0};

    if (type != &PyString_Type)
        return str_subtype_new(type, args, kwds);
    /* one positional argument, the commonest call, without the parser */
    if (kwds == NULL && PyTuple_GET_SIZE(args) == 1)
        x = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O:str", kwlist, &x))
        return NULL;
    if (x == NULL)
        return str_empty();
    if (PyInt_CheckExact(x))        /* str(n): nothing can intervene */
        return PyInt_Type.tp_str(x);
    return PyObject_Str(x);
}

static PyObject *
str_subtype_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *tmp, *pnew;
    Py_ssize_t n;

    tmp = string_new(&PyString_Type, args, kwds);
    if (tmp == NULL)
        return NULL;
    if (!PyString_CheckExact(tmp)) {
        Py_DECREF(tmp);
        PyErr_SetString(PyExc_TypeError, "str() did not return a str");
        return NULL;
    }
    n = PyString_GET_SIZE(tmp);
    pnew = type->tp_alloc(type, n);
    if (pnew != NULL) {
        memcpy(PyString_AS_STRING(pnew), PyString_AS_STRING(tmp), n + 1);
        ((PyStringObject *)pnew)->ob_shash = ((PyStringObject *)tmp)->ob_shash;
        ((PyStringObject *)pnew)->ob_sstate = SSTATE_NOT_INTERNED;
    }
    Py_DECREF(tmp);
    return pnew;
}

static PyObject *
basestring_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyErr_SetString(PyExc_TypeError,
                    "The basestring type cannot be instantiated");
    return NULL;
}

PyDoc_STRVAR(basestring_doc,
"Type basestring cannot be instantiated; it is the base for str and unicode.");

PyTypeObject PyBaseString_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "basestring",
    0,
    0,
    0,                                  /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    0,                                  /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, /* tp_flags */
    basestring_doc,                     /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    0,                                  /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    &PyBaseObject_Type,                 /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    basestring_new,                     /* tp_new */
    0,                                  /* tp_free */
};

#define NOARGS(name, fn, doc) {name, (PyCFunction)fn, METH_NOARGS, doc}
#define VARARGS(name, fn, doc) {name, (PyCFunction)fn, METH_VARARGS, doc}

static PyMethodDef string_methods[] = {
    {"join", (PyCFunction)string_join, METH_O,
     "S.join(sequence) -> string\n\nThe strings of sequence, with S between each two."},
    VARARGS("split", string_split,
            "S.split([sep [,maxsplit]]) -> list of strings"),
    VARARGS("rsplit", string_rsplit,
            "S.rsplit([sep [,maxsplit]]) -> list of strings"),
    NOARGS("lower", string_lower, "S.lower() -> string"),
    NOARGS("upper", string_upper, "S.upper() -> string"),
    NOARGS("islower", string_islower, "S.islower() -> bool"),
    NOARGS("isupper", string_isupper, "S.isupper() -> bool"),
    NOARGS("isspace", string_isspace, "S.isspace() -> bool"),
    NOARGS("isdigit", string_isdigit, "S.isdigit() -> bool"),
    NOARGS("istitle", string_istitle, "S.istitle() -> bool"),
    NOARGS("isalpha", string_isalpha, "S.isalpha() -> bool"),
    NOARGS("isalnum", string_isalnum, "S.isalnum() -> bool"),
    NOARGS("capitalize", string_capitalize, "S.capitalize() -> string"),
    VARARGS("count", string_count, "S.count(sub[, start[, end]]) -> int"),
    VARARGS("endswith", string_endswith,
            "S.endswith(suffix[, start[, end]]) -> bool"),
    {"partition", (PyCFunction)string_partition, METH_O,
     "S.partition(sep) -> (head, sep, tail)"},
    VARARGS("find", string_find, "S.find(sub [,start [,end]]) -> int"),
    VARARGS("index", string_index, "S.index(sub [,start [,end]]) -> int"),
    VARARGS("lstrip", string_lstrip, "S.lstrip([chars]) -> string or unicode"),
    VARARGS("replace", string_replace,
            "S.replace (old, new[, count]) -> string"),
    VARARGS("rfind", string_rfind, "S.rfind(sub [,start [,end]]) -> int"),
    VARARGS("rindex", string_rindex, "S.rindex(sub [,start [,end]]) -> int"),
    VARARGS("rstrip", string_rstrip, "S.rstrip([chars]) -> string or unicode"),
    {"rpartition", (PyCFunction)string_rpartition, METH_O,
     "S.rpartition(sep) -> (tail, sep, head)"},
    VARARGS("startswith", string_startswith,
            "S.startswith(prefix[, start[, end]]) -> bool"),
    VARARGS("strip", string_strip, "S.strip([chars]) -> string or unicode"),
    NOARGS("swapcase", string_swapcase, "S.swapcase() -> string"),
    VARARGS("translate", string_translate,
            "S.translate(table [,deletechars]) -> string"),
    NOARGS("title", string_title, "S.title() -> string"),
    VARARGS("ljust", string_ljust, "S.ljust(width[, fillchar]) -> string"),
    VARARGS("rjust", string_rjust, "S.rjust(width[, fillchar]) -> string"),
    VARARGS("center", string_center, "S.center(width[, fillchar]) -> string"),
    VARARGS("zfill", string_zfill, "S.zfill(width) -> string"),
    VARARGS("encode", string_encode,
            "S.encode([encoding[,errors]]) -> object"),
    VARARGS("decode", string_decode,
            "S.decode([encoding[,errors]]) -> object"),
    VARARGS("expandtabs", string_expandtabs,
            "S.expandtabs([tabsize]) -> string"),
    VARARGS("splitlines", string_splitlines,
            "S.splitlines([keepends]) -> list of strings"),
    NOARGS("__getnewargs__", string_getnewargs, NULL),
    {NULL, NULL, 0, NULL}
};

#undef NOARGS
#undef VARARGS

static PyNumberMethods string_as_number = {
    0,                  /* nb_add */
    0,                  /* nb_subtract */
    0,                  /* nb_multiply */
    0,                  /* nb_divide */
    string_mod,         /* nb_remainder */
};

static PySequenceMethods string_as_sequence = {
    string_length,      /* sq_length */
    string_concat,      /* sq_concat */
    string_repeat,      /* sq_repeat */
    string_item,        /* sq_item */
    string_slice,       /* sq_slice */
    0,                  /* sq_ass_item */
    0,                  /* sq_ass_slice */
    string_contains,    /* sq_contains */
};

static PyMappingMethods string_as_mapping = {
    string_length,
    string_subscript,
    0,
};

static PyBufferProcs string_as_buffer = {
    string_getreadbuf,
    string_getwritebuf,
    string_getsegcount,
    string_getcharbuf,
};

PyDoc_STRVAR(string_doc,
"str(object) -> string\n\
\n\
Return a nice string representation of the object.\n\
If the argument is a string, the return value is the same object.");

PyTypeObject PyString_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "str",
    offsetof(PyStringObject, ob_sval) + 1 > sizeof(PyStringObject)
        ? offsetof(PyStringObject, ob_sval) + 1 : sizeof(PyStringObject),
    sizeof(char),
    string_dealloc,                     /* tp_dealloc */
    string_print,                       /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    string_repr,                        /* tp_repr */
    &string_as_number,                  /* tp_as_number */
    &string_as_sequence,                /* tp_as_sequence */
    &string_as_mapping,                 /* tp_as_mapping */
    string_hash,                        /* tp_hash */
    0,                                  /* tp_call */
    string_str,                         /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    &string_as_buffer,                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,            /* tp_flags */
    string_doc,                         /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    string_richcompare,                 /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    string_methods,                     /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    &PyBaseString_Type,                 /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    string_new,                         /* tp_new */
    PyObject_Del,                       /* tp_free */
};
