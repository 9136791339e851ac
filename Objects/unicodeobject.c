/* The unicode type (UCS-4 storage) and the codecs built into it. */

#include "Python.h"
#include <ctype.h>
#include <stddef.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* Flags of a % conversion spec (same values as in stringobject.c). */
#define F_LJUST (1 << 0)
#define F_SIGN  (1 << 1)
#define F_BLANK (1 << 2)
#define F_ALT   (1 << 3)
#define F_ZERO  (1 << 4)

#define MAX_UNICODE 0x10ffff

/* Substring search, instantiated for Py_UNICODE. */
#define SL(name) ucs_##name
#define STRINGLIB_CHAR Py_UNICODE
#include "stringlib/search.h"

/* ------------------------------------------------------------------ */
/* Process-wide immutable caches (charged to the process account). */

static PyUnicodeObject *empty_unicode;
static PyUnicodeObject *latin1_chars[256];

/* An exact unicode object of `length` units with unset contents. */
static PyUnicodeObject *
unicode_alloc(Py_ssize_t length)
{
    PyUnicodeObject *u;

    if (length < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if ((size_t)length > PY_SSIZE_T_MAX / sizeof(Py_UNICODE) - 1) {
        PyErr_NoMemory();
        return NULL;
    }
    u = PyObject_New(PyUnicodeObject, &PyUnicode_Type);
    if (u == NULL)
        return NULL;
    u->str = (Py_UNICODE *)PyMem_Malloc((length + 1) * sizeof(Py_UNICODE));
    if (u->str == NULL) {
        PyObject_Del(u);
        PyErr_NoMemory();
        return NULL;
    }
    u->str[0] = 0;
    u->str[length] = 0;
    u->length = length;
    u->hash = -1;
    u->defenc = NULL;
    return u;
}

static int
ucaches_build(void)
{
    PyMemAccount *saved;
    int i;

    if (empty_unicode != NULL)
        return 0;
    saved = _PyMem_SetCurrentAccount(NULL);
    empty_unicode = unicode_alloc(0);
    if (empty_unicode == NULL)
        goto fail;
    for (i = 0; i < 256; i++) {
        PyUnicodeObject *c = unicode_alloc(1);
        if (c == NULL)
            goto fail;
        c->str[0] = (Py_UNICODE)i;
        latin1_chars[i] = c;
    }
    _PyMem_SetCurrentAccount(saved);
    return 0;
fail:
    _PyMem_SetCurrentAccount(saved);
    return -1;
}

void
_PyUnicode_Init(void)
{
    if (ucaches_build() < 0)
        Py_FatalError("can't create the unicode caches");
}

void
_PyUnicode_Fini(void)
{
    int i;

    for (i = 0; i < 256; i++)
        Py_CLEAR(latin1_chars[i]);
    Py_CLEAR(empty_unicode);
}

static PyObject *
unicode_empty(void)
{
    if (empty_unicode == NULL && ucaches_build() < 0)
        return NULL;
    Py_INCREF(empty_unicode);
    return (PyObject *)empty_unicode;
}

static int
is_cached(PyUnicodeObject *u)
{
    if (u == empty_unicode)
        return 1;
    if (u->length == 1 && u->str[0] < 256 && latin1_chars[u->str[0]] == u)
        return 1;
    return 0;
}

/* Resize *pu in place if nobody else can see it, else replace it by a
   resized copy. */
static int
unicode_resize(PyUnicodeObject **pu, Py_ssize_t length)
{
    PyUnicodeObject *u = *pu;
    Py_UNICODE *s;

    if (length < 0 || (size_t)length > PY_SSIZE_T_MAX / sizeof(Py_UNICODE) - 1) {
        PyErr_NoMemory();
        return -1;
    }
    if (u->length == length)
        return 0;
    if (u->ob_refcnt != 1 || !PyUnicode_CheckExact(u) || is_cached(u)) {
        PyUnicodeObject *n = unicode_alloc(length);
        if (n == NULL)
            return -1;
        memcpy(n->str, u->str,
               (u->length < length ? u->length : length) * sizeof(Py_UNICODE));
        Py_DECREF(u);
        *pu = n;
        return 0;
    }
    s = (Py_UNICODE *)PyMem_Realloc(u->str, (length + 1) * sizeof(Py_UNICODE));
    if (s == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    u->str = s;
    u->str[length] = 0;
    u->length = length;
    u->hash = -1;
    Py_CLEAR(u->defenc);
    return 0;
}

int
PyUnicode_Resize(PyObject **unicode, Py_ssize_t length)
{
    if (unicode == NULL || *unicode == NULL || !PyUnicode_Check(*unicode) ||
        length < 0) {
        PyErr_BadInternalCall();
        return -1;
    }
    return unicode_resize((PyUnicodeObject **)unicode, length);
}

PyObject *
PyUnicode_FromUnicode(const Py_UNICODE *u, Py_ssize_t size)
{
    PyUnicodeObject *r;

    if (size < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (u != NULL) {
        if (size == 0)
            return unicode_empty();
        if (size == 1 && *u < 256) {
            if (empty_unicode == NULL && ucaches_build() < 0)
                return NULL;
            Py_INCREF(latin1_chars[*u]);
            return (PyObject *)latin1_chars[*u];
        }
    }
    r = unicode_alloc(size);
    if (r == NULL)
        return NULL;
    if (u != NULL)
        memcpy(r->str, u, size * sizeof(Py_UNICODE));
    return (PyObject *)r;
}

Py_UNICODE *
PyUnicode_AsUnicode(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return PyUnicode_AS_UNICODE(unicode);
}

Py_ssize_t
PyUnicode_GetSize(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return -1;
    }
    return PyUnicode_GET_SIZE(unicode);
}

Py_UNICODE
PyUnicode_GetMax(void)
{
    return MAX_UNICODE;
}

PyObject *
PyUnicode_FromOrdinal(int ordinal)
{
    Py_UNICODE c;

    if (ordinal < 0 || ordinal > MAX_UNICODE) {
        PyErr_SetString(PyExc_ValueError,
                        "unichr() arg not in range(0x110000) (wide Python build)");
        return NULL;
    }
    c = (Py_UNICODE)ordinal;
    return PyUnicode_FromUnicode(&c, 1);
}

PyObject *
PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size)
{
    PyUnicodeObject *r;
    Py_ssize_t i;

    if (w == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    r = unicode_alloc(size);
    if (r == NULL)
        return NULL;
    for (i = 0; i < size; i++)
        r->str[i] = (Py_UNICODE)w[i];
    return (PyObject *)r;
}

Py_ssize_t
PyUnicode_AsWideChar(PyUnicodeObject *unicode, wchar_t *w, Py_ssize_t size)
{
    Py_ssize_t i;

    if (unicode == NULL || !PyUnicode_Check(unicode) || w == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (size > unicode->length)
        size = unicode->length;
    for (i = 0; i < size; i++)
        w[i] = (wchar_t)unicode->str[i];
    return size;
}

/* ------------------------------------------------------------------ */
/* Default encoding.  Process-wide and, once a sandbox exists, fixed. */

static char default_encoding[64] = "ascii";

const char *
PyUnicode_GetDefaultEncoding(void)
{
    return default_encoding;
}

int
PyUnicode_SetDefaultEncoding(const char *encoding)
{
    PyObject *v;

    if (encoding == NULL || strlen(encoding) >= sizeof(default_encoding)) {
        PyErr_SetString(PyExc_ValueError, "invalid default encoding");
        return -1;
    }
    if (_PyThreadState_Current != NULL && _PyInterpreterState_IsSandboxed()) {
        PyErr_SetString(PyExc_RuntimeError,
                        "a sandbox cannot change the default encoding");
        return -1;
    }
    /* the codec must exist */
    if (!_PyUnicode_IsBuiltinCodec(encoding)) {
        v = _PyCodec_Lookup(encoding);
        if (v == NULL)
            return -1;
        Py_DECREF(v);
    }
    strcpy(default_encoding, encoding);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Names of the built-in codecs */

enum {
    CODEC_NONE = 0, CODEC_UTF8, CODEC_LATIN1, CODEC_ASCII, CODEC_UTF16,
    CODEC_UTF16LE, CODEC_UTF16BE, CODEC_UNICODE_ESCAPE,
    CODEC_RAW_UNICODE_ESCAPE, CODEC_UNICODE_INTERNAL, CODEC_UTF7
};

static const struct {
    const char *name;
    int id;
} builtin_codecs[] = {
    {"utf-8", CODEC_UTF8}, {"utf8", CODEC_UTF8},
    {"latin-1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1},
    {"iso-8859-1", CODEC_LATIN1}, {"iso8859-1", CODEC_LATIN1},
    {"ascii", CODEC_ASCII}, {"us-ascii", CODEC_ASCII},
    {"utf-16", CODEC_UTF16}, {"utf16", CODEC_UTF16},
    {"utf-16-le", CODEC_UTF16LE}, {"utf-16le", CODEC_UTF16LE},
    {"utf-16-be", CODEC_UTF16BE}, {"utf-16be", CODEC_UTF16BE},
    {"unicode-escape", CODEC_UNICODE_ESCAPE},
    {"raw-unicode-escape", CODEC_RAW_UNICODE_ESCAPE},
    {"unicode-internal", CODEC_UNICODE_INTERNAL},
    {"utf-7", CODEC_UTF7}, {"utf7", CODEC_UTF7},
    {NULL, 0}
};

/* Lower case, '_' and ' ' read as '-'. */
static int
builtin_codec_id(const char *encoding)
{
    char buf[32];
    size_t i;
    int k;

    if (encoding == NULL)
        return CODEC_NONE;
    for (i = 0; encoding[i]; i++) {
        char c = encoding[i];
        if (i + 1 >= sizeof(buf))
            return CODEC_NONE;
        if (c == '_' || c == ' ')
            c = '-';
        buf[i] = (char)tolower(Py_CHARMASK(c));
    }
    buf[i] = '\0';
    for (k = 0; builtin_codecs[k].name; k++)
        if (strcmp(buf, builtin_codecs[k].name) == 0)
            return builtin_codecs[k].id;
    return CODEC_NONE;
}

int
_PyUnicode_IsBuiltinCodec(const char *encoding)
{
    return builtin_codec_id(encoding) != CODEC_NONE;
}

/* ------------------------------------------------------------------ */
/* Error handler plumbing shared by the codecs */

/* An output buffer of Py_UNICODE for decoders. */
typedef struct {
    PyUnicodeObject *u;
    Py_ssize_t pos;
} UBuf;

static int
ub_init(UBuf *b, Py_ssize_t cap)
{
    if (cap < 8)
        cap = 8;
    b->u = unicode_alloc(cap);
    b->pos = 0;
    return b->u == NULL ? -1 : 0;
}

static int
ub_reserve(UBuf *b, Py_ssize_t extra)
{
    Py_ssize_t need, cap;

    if (extra < 0 || b->pos > PY_SSIZE_T_MAX - extra) {
        PyErr_NoMemory();
        return -1;
    }
    need = b->pos + extra;
    cap = b->u->length;
    if (need <= cap)
        return 0;
    while (cap < need) {
        if (cap > PY_SSIZE_T_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    return unicode_resize(&b->u, cap);
}

static int
ub_put(UBuf *b, Py_UNICODE c)
{
    if (b->pos >= b->u->length && ub_reserve(b, 1) < 0)
        return -1;
    b->u->str[b->pos++] = c;
    return 0;
}

static int
ub_write(UBuf *b, const Py_UNICODE *p, Py_ssize_t n)
{
    if (ub_reserve(b, n) < 0)
        return -1;
    memcpy(b->u->str + b->pos, p, n * sizeof(Py_UNICODE));
    b->pos += n;
    return 0;
}

static PyObject *
ub_finish(UBuf *b)
{
    PyUnicodeObject *u = b->u;
    b->u = NULL;
    if (unicode_resize(&u, b->pos) < 0) {
        Py_DECREF(u);
        return NULL;
    }
    return (PyObject *)u;
}

static void
ub_abort(UBuf *b)
{
    Py_CLEAR(b->u);
}

/* A byte output buffer for encoders (a str object). */
typedef struct {
    PyObject *s;
    Py_ssize_t pos;
} BBuf;

static int
bb_init(BBuf *b, Py_ssize_t cap)
{
    if (cap < 8)
        cap = 8;
    b->s = PyString_FromStringAndSize(NULL, cap);
    b->pos = 0;
    return b->s == NULL ? -1 : 0;
}

static int
bb_reserve(BBuf *b, Py_ssize_t extra)
{
    Py_ssize_t need, cap;

    if (extra < 0 || b->pos > PY_SSIZE_T_MAX - extra) {
        PyErr_NoMemory();
        return -1;
    }
    need = b->pos + extra;
    cap = PyString_GET_SIZE(b->s);
    if (need <= cap)
        return 0;
    while (cap < need) {
        if (cap > PY_SSIZE_T_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    return _PyString_Resize(&b->s, cap);
}

static int
bb_put(BBuf *b, char c)
{
    if (b->pos >= PyString_GET_SIZE(b->s) && bb_reserve(b, 1) < 0)
        return -1;
    PyString_AS_STRING(b->s)[b->pos++] = c;
    return 0;
}

static int
bb_write(BBuf *b, const char *p, Py_ssize_t n)
{
    if (bb_reserve(b, n) < 0)
        return -1;
    memcpy(PyString_AS_STRING(b->s) + b->pos, p, n);
    b->pos += n;
    return 0;
}

static PyObject *
bb_finish(BBuf *b)
{
    PyObject *s = b->s;
    b->s = NULL;
    if (_PyString_Resize(&s, b->pos) < 0)
        return NULL;
    return s;
}

static void
bb_abort(BBuf *b)
{
    Py_CLEAR(b->s);
}

/* State for calling error handlers: the handler is looked up once, the
   exception object is made once and updated. */
typedef struct {
    const char *errors;
    PyObject *handler;
    PyObject *exc;
} ErrState;

static void
es_init(ErrState *es, const char *errors)
{
    es->errors = errors;
    es->handler = NULL;
    es->exc = NULL;
}

static void
es_clear(ErrState *es)
{
    Py_CLEAR(es->handler);
    Py_CLEAR(es->exc);
}

/* 1 strict, 2 replace, 3 ignore, 4 xmlcharrefreplace, 5 backslashreplace,
   0 other (look it up). */
static int
known_handler(const char *errors)
{
    if (errors == NULL || strcmp(errors, "strict") == 0)
        return 1;
    if (strcmp(errors, "replace") == 0)
        return 2;
    if (strcmp(errors, "ignore") == 0)
        return 3;
    if (strcmp(errors, "xmlcharrefreplace") == 0)
        return 4;
    if (strcmp(errors, "backslashreplace") == 0)
        return 5;
    return 0;
}

static int
set_decode_exc(ErrState *es, const char *encoding, const char *input,
               Py_ssize_t size, Py_ssize_t start, Py_ssize_t end,
               const char *reason)
{
    if (es->exc == NULL) {
        es->exc = PyUnicodeDecodeError_Create(encoding, input, size, start,
                                              end, reason);
        return es->exc == NULL ? -1 : 0;
    }
    if (PyUnicodeDecodeError_SetStart(es->exc, start) < 0 ||
        PyUnicodeDecodeError_SetEnd(es->exc, end) < 0 ||
        PyUnicodeDecodeError_SetReason(es->exc, reason) < 0)
        return -1;
    return 0;
}

/* A decoding error over input[start:end].  Appends the handler's
   replacement to out and sets *resume to where decoding goes on.
   Returns -1 with an exception set if the handler raised (strict). */
static int
decode_error(ErrState *es, const char *encoding, const char *reason,
             const char *input, Py_ssize_t size, Py_ssize_t start,
             Py_ssize_t end, Py_ssize_t *resume, UBuf *out)
{
    PyObject *restuple, *rep;
    Py_ssize_t newpos;

    switch (known_handler(es->errors)) {
    case 1:
        if (set_decode_exc(es, encoding, input, size, start, end, reason) == 0)
            PyErr_SetObject((PyObject *)es->exc->ob_type, es->exc);
        return -1;
    case 2:
        *resume = end;
        return ub_put(out, Py_UNICODE_REPLACEMENT_CHARACTER);
    case 3:
        *resume = end;
        return 0;
    }
    if (es->handler == NULL) {
        es->handler = PyCodec_LookupError(es->errors);
        if (es->handler == NULL)
            return -1;
    }
    if (set_decode_exc(es, encoding, input, size, start, end, reason) < 0)
        return -1;
    restuple = PyObject_CallFunctionObjArgs(es->handler, es->exc, NULL);
    if (restuple == NULL)
        return -1;
    if (!PyTuple_Check(restuple) || PyTuple_GET_SIZE(restuple) != 2 ||
        !PyUnicode_Check(PyTuple_GET_ITEM(restuple, 0)) ||
        !(PyInt_Check(PyTuple_GET_ITEM(restuple, 1)) ||
          PyLong_Check(PyTuple_GET_ITEM(restuple, 1)))) {
        PyErr_SetString(PyExc_TypeError,
                        "decoding error handler must return (unicode, int) tuple");
        Py_DECREF(restuple);
        return -1;
    }
    rep = PyTuple_GET_ITEM(restuple, 0);
    newpos = PyNumber_AsSsize_t(PyTuple_GET_ITEM(restuple, 1), NULL);
    if (newpos == -1 && PyErr_Occurred()) {
        Py_DECREF(restuple);
        return -1;
    }
    if (newpos < 0)
        newpos += size;
    if (newpos < 0 || newpos > size) {
        PyErr_Format(PyExc_IndexError,
                     "position %zd from error handler out of bounds", newpos);
        Py_DECREF(restuple);
        return -1;
    }
    if (ub_write(out, PyUnicode_AS_UNICODE(rep),
                 PyUnicode_GET_SIZE(rep)) < 0) {
        Py_DECREF(restuple);
        return -1;
    }
    Py_DECREF(restuple);
    *resume = newpos;
    return 0;
}

static int
set_encode_exc(ErrState *es, const char *encoding, const Py_UNICODE *input,
               Py_ssize_t size, Py_ssize_t start, Py_ssize_t end,
               const char *reason)
{
    if (es->exc == NULL) {
        es->exc = PyUnicodeEncodeError_Create(encoding, input, size, start,
                                              end, reason);
        return es->exc == NULL ? -1 : 0;
    }
    if (PyUnicodeEncodeError_SetStart(es->exc, start) < 0 ||
        PyUnicodeEncodeError_SetEnd(es->exc, end) < 0 ||
        PyUnicodeEncodeError_SetReason(es->exc, reason) < 0)
        return -1;
    return 0;
}

static void
raise_encode(ErrState *es, const char *encoding, const Py_UNICODE *input,
             Py_ssize_t size, Py_ssize_t start, Py_ssize_t end,
             const char *reason)
{
    if (set_encode_exc(es, encoding, input, size, start, end, reason) == 0)
        PyErr_SetObject((PyObject *)es->exc->ob_type, es->exc);
}

/* Call a (non built-in) encoding error handler for input[start:end].
   Returns the replacement unicode (new ref) and sets *newpos. */
static PyObject *
encode_call_handler(ErrState *es, const char *encoding, const char *reason,
                    const Py_UNICODE *input, Py_ssize_t size,
                    Py_ssize_t start, Py_ssize_t end, Py_ssize_t *newpos)
{
    PyObject *restuple, *rep;
    Py_ssize_t pos;

    if (es->handler == NULL) {
        es->handler = PyCodec_LookupError(es->errors);
        if (es->handler == NULL)
            return NULL;
    }
    if (set_encode_exc(es, encoding, input, size, start, end, reason) < 0)
        return NULL;
    restuple = PyObject_CallFunctionObjArgs(es->handler, es->exc, NULL);
    if (restuple == NULL)
        return NULL;
    if (!PyTuple_Check(restuple) || PyTuple_GET_SIZE(restuple) != 2 ||
        !PyUnicode_Check(PyTuple_GET_ITEM(restuple, 0)) ||
        !(PyInt_Check(PyTuple_GET_ITEM(restuple, 1)) ||
          PyLong_Check(PyTuple_GET_ITEM(restuple, 1)))) {
        PyErr_SetString(PyExc_TypeError,
                        "encoding error handler must return (unicode, int) tuple");
        Py_DECREF(restuple);
        return NULL;
    }
    pos = PyNumber_AsSsize_t(PyTuple_GET_ITEM(restuple, 1), NULL);
    if (pos == -1 && PyErr_Occurred()) {
        Py_DECREF(restuple);
        return NULL;
    }
    if (pos < 0)
        pos += size;
    if (pos < 0 || pos > size) {
        PyErr_Format(PyExc_IndexError,
                     "position %zd from error handler out of bounds", pos);
        Py_DECREF(restuple);
        return NULL;
    }
    rep = PyTuple_GET_ITEM(restuple, 0);
    Py_INCREF(rep);
    Py_DECREF(restuple);
    *newpos = pos;
    return rep;
}

/* "&#NNN;" for each unit of s[start:end], appended to out. */
static int
write_xmlcharref(BBuf *out, const Py_UNICODE *s, Py_ssize_t start,
                 Py_ssize_t end)
{
    char buf[32];
    Py_ssize_t i;

    for (i = start; i < end; i++) {
        int n = PyOS_snprintf(buf, sizeof(buf), "&#%lu;", (unsigned long)s[i]);
        if (bb_write(out, buf, n) < 0)
            return -1;
    }
    return 0;
}

/* \xNN, \uNNNN or \UNNNNNNNN for each unit of s[start:end]. */
static int
write_backslashref(BBuf *out, const Py_UNICODE *s, Py_ssize_t start,
                   Py_ssize_t end)
{
    char buf[16];
    Py_ssize_t i;

    for (i = start; i < end; i++) {
        Py_UNICODE c = s[i];
        int n;
        if (c >= 0x10000)
            n = PyOS_snprintf(buf, sizeof(buf), "\\U%08x", (unsigned int)c);
        else if (c >= 0x100)
            n = PyOS_snprintf(buf, sizeof(buf), "\\u%04x", (unsigned int)c);
        else
            n = PyOS_snprintf(buf, sizeof(buf), "\\x%02x", (unsigned int)c);
        if (bb_write(out, buf, n) < 0)
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* UTF-8 */

/* Sequence length announced by a lead byte; 0 for bytes that cannot
   start a sequence. */
static int
utf8_lead_length(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c < 0xc0)
        return 0;
    if (c < 0xe0)
        return 2;
    if (c < 0xf0)
        return 3;
    if (c < 0xf8)
        return 4;
    if (c < 0xfc)
        return 5;
    if (c < 0xfe)
        return 6;
    return 0;
}

PyObject *
PyUnicode_DecodeUTF8Stateful(const char *s, Py_ssize_t size,
                             const char *errors, Py_ssize_t *consumed)
{
    const unsigned char *in = (const unsigned char *)s;
    Py_ssize_t i = 0;
    UBuf out;
    ErrState es;

    if (size == 0) {
        if (consumed)
            *consumed = 0;
        return unicode_empty();
    }
    if (size == 1 && in[0] < 128) {
        if (consumed)
            *consumed = 1;
        return PyUnicode_FromOrdinal(in[0]);
    }
    if (ub_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        unsigned char c = in[i];
        int n;
        Py_UCS4 ch;
        const char *msg;
        Py_ssize_t endpos;

        if (c < 0x80) {
            if (ub_put(&out, c) < 0)
                goto fail;
            i++;
            continue;
        }
        n = utf8_lead_length(c);
        if (i + n > size) {
            if (consumed != NULL)
                break;      /* incomplete: leave it for the next call */
            msg = "unexpected end of data";
            endpos = size;
            goto error;
        }
        switch (n) {
        case 0:
            msg = "unexpected code byte";
            endpos = i + 1;
            goto error;
        case 1:
            msg = "internal error";
            endpos = i + 1;
            goto error;
        case 2:
            if ((in[i + 1] & 0xc0) != 0x80) {
                msg = "invalid data";
                endpos = i + 2;
                goto error;
            }
            ch = ((c & 0x1f) << 6) | (in[i + 1] & 0x3f);
            if (ch < 0x80) {
                msg = "illegal encoding";
                endpos = i + 2;
                goto error;
            }
            break;
        case 3:
            if ((in[i + 1] & 0xc0) != 0x80 || (in[i + 2] & 0xc0) != 0x80) {
                msg = "invalid data";
                endpos = i + 3;
                goto error;
            }
            ch = ((c & 0x0f) << 12) | ((in[i + 1] & 0x3f) << 6) |
                 (in[i + 2] & 0x3f);
            /* encoded surrogates are accepted, as in 2.5 */
            if (ch < 0x800) {
                msg = "illegal encoding";
                endpos = i + 3;
                goto error;
            }
            break;
        case 4:
            if ((in[i + 1] & 0xc0) != 0x80 || (in[i + 2] & 0xc0) != 0x80 ||
                (in[i + 3] & 0xc0) != 0x80) {
                msg = "invalid data";
                endpos = i + 4;
                goto error;
            }
            ch = ((c & 0x07) << 18) | ((in[i + 1] & 0x3f) << 12) |
                 ((in[i + 2] & 0x3f) << 6) | (in[i + 3] & 0x3f);
            if (ch < 0x10000 || ch > MAX_UNICODE) {
                msg = "illegal encoding";
                endpos = i + 4;
                goto error;
            }
            break;
        default:
            msg = "unsupported Unicode code range";
            endpos = i + n;
            goto error;
        }
        if (ub_put(&out, ch) < 0)
            goto fail;
        i += n;
        continue;
    error:
        if (decode_error(&es, "utf8", msg, s, size, i, endpos, &i, &out) < 0)
            goto fail;
    }
    if (consumed)
        *consumed = i;
    es_clear(&es);
    return ub_finish(&out);
fail:
    es_clear(&es);
    ub_abort(&out);
    return NULL;
}

PyObject *
PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
{
    return PyUnicode_DecodeUTF8Stateful(s, size, errors, NULL);
}

PyObject *
PyUnicode_EncodeUTF8(const Py_UNICODE *s, Py_ssize_t size, const char *errors)
{
    PyObject *r;
    unsigned char *p;
    Py_ssize_t i;

    (void)errors;
    if (size < 0 || size > PY_SSIZE_T_MAX / 4) {
        PyErr_NoMemory();
        return NULL;
    }
    r = PyString_FromStringAndSize(NULL, size * 4);
    if (r == NULL)
        return NULL;
    p = (unsigned char *)PyString_AS_STRING(r);
    for (i = 0; i < size; i++) {
        Py_UCS4 ch = s[i];
        if (ch < 0x80)
            *p++ = (unsigned char)ch;
        else if (ch < 0x800) {
            *p++ = 0xc0 | (ch >> 6);
            *p++ = 0x80 | (ch & 0x3f);
        }
        else if (ch < 0x10000) {
            /* a surrogate pair stored as two units is joined */
            if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < size &&
                s[i + 1] >= 0xdc00 && s[i + 1] <= 0xdfff) {
                ch = (((ch - 0xd800) << 10) | (s[i + 1] - 0xdc00)) + 0x10000;
                i++;
                goto four;
            }
            *p++ = 0xe0 | (ch >> 12);
            *p++ = 0x80 | ((ch >> 6) & 0x3f);
            *p++ = 0x80 | (ch & 0x3f);
        }
        else {
        four:
            *p++ = 0xf0 | ((ch >> 18) & 0x07);
            *p++ = 0x80 | ((ch >> 12) & 0x3f);
            *p++ = 0x80 | ((ch >> 6) & 0x3f);
            *p++ = 0x80 | (ch & 0x3f);
        }
    }
    if (_PyString_Resize(&r, (char *)p - PyString_AS_STRING(r)) < 0)
        return NULL;
    return r;
}

PyObject *
PyUnicode_AsUTF8String(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return PyUnicode_EncodeUTF8(PyUnicode_AS_UNICODE(unicode),
                                PyUnicode_GET_SIZE(unicode), NULL);
}

/* ------------------------------------------------------------------ */
/* UTF-16 */

PyObject *
PyUnicode_DecodeUTF16Stateful(const char *s, Py_ssize_t size,
                              const char *errors, int *byteorder,
                              Py_ssize_t *consumed)
{
    const unsigned char *in = (const unsigned char *)s;
    Py_ssize_t i = 0;
    int bo = byteorder ? *byteorder : 0;
    int hi, lo;
    UBuf out;
    ErrState es;

    if (ub_init(&out, size / 2) < 0)
        return NULL;
    es_init(&es, errors);
    /* a BOM is looked for only at the very start and in native mode */
    if (bo == 0 && size >= 2) {
        unsigned int bom = (in[0] << 8) | in[1];
        if (bom == 0xfffe) {
            bo = -1;
            i = 2;
        }
        else if (bom == 0xfeff) {
            bo = 1;
            i = 2;
        }
    }
    if (bo == 1) {
        hi = 0;
        lo = 1;
    }
    else {
        /* little endian (also the native order here) */
        hi = 1;
        lo = 0;
    }
    while (i < size) {
        Py_UCS4 ch, ch2;
        const char *msg;
        Py_ssize_t start, endpos;

        if (size - i < 2) {
            if (consumed)
                break;
            msg = "truncated data";
            start = i;
            endpos = size;
            goto error;
        }
        ch = (in[i + hi] << 8) | in[i + lo];
        i += 2;
        if (ch < 0xd800 || ch > 0xdfff) {
            if (ub_put(&out, ch) < 0)
                goto fail;
            continue;
        }
        if (i >= size) {
            if (consumed) {
                i -= 2;
                break;
            }
            msg = "unexpected end of data";
            start = i - 2;
            endpos = size;
            goto error;
        }
        if (ch <= 0xdbff) {
            if (size - i < 2) {
                if (consumed) {
                    i -= 2;
                    break;
                }
                msg = "unexpected end of data";
                start = i - 2;
                endpos = size;
                goto error;
            }
            ch2 = (in[i + hi] << 8) | in[i + lo];
            i += 2;
            if (ch2 >= 0xdc00 && ch2 <= 0xdfff) {
                if (ub_put(&out, (((ch & 0x3ff) << 10) | (ch2 & 0x3ff)) +
                                     0x10000) < 0)
                    goto fail;
                continue;
            }
            msg = "illegal UTF-16 surrogate";
            start = i - 4;
            endpos = start + 2;
            goto error;
        }
        msg = "illegal encoding";
        start = i - 2;
        endpos = start + 2;
    error:
        if (decode_error(&es, "utf16", msg, s, size, start, endpos, &i,
                         &out) < 0)
            goto fail;
    }
    if (byteorder)
        *byteorder = bo;
    if (consumed)
        *consumed = i;
    es_clear(&es);
    return ub_finish(&out);
fail:
    es_clear(&es);
    ub_abort(&out);
    return NULL;
}

PyObject *
PyUnicode_DecodeUTF16(const char *s, Py_ssize_t size, const char *errors,
                      int *byteorder)
{
    return PyUnicode_DecodeUTF16Stateful(s, size, errors, byteorder, NULL);
}

PyObject *
PyUnicode_EncodeUTF16(const Py_UNICODE *s, Py_ssize_t size,
                      const char *errors, int byteorder)
{
    PyObject *r;
    unsigned char *p;
    Py_ssize_t i, units = 0;
    int big = byteorder == 1;

    (void)errors;
    for (i = 0; i < size; i++)
        units += s[i] >= 0x10000 ? 2 : 1;
    if (byteorder == 0)
        units++;
    if (units > PY_SSIZE_T_MAX / 2) {
        PyErr_NoMemory();
        return NULL;
    }
    r = PyString_FromStringAndSize(NULL, units * 2);
    if (r == NULL)
        return NULL;
    p = (unsigned char *)PyString_AS_STRING(r);
#define PUT16(v) do { \
        unsigned int v_ = (v); \
        if (big) { *p++ = (unsigned char)(v_ >> 8); *p++ = (unsigned char)v_; } \
        else { *p++ = (unsigned char)v_; *p++ = (unsigned char)(v_ >> 8); } \
    } while (0)
    if (byteorder == 0)
        PUT16(0xfeff);
    for (i = 0; i < size; i++) {
        Py_UCS4 ch = s[i];
        if (ch >= 0x10000) {
            ch -= 0x10000;
            PUT16(0xd800 | ((ch >> 10) & 0x3ff));
            PUT16(0xdc00 | (ch & 0x3ff));
        }
        else
            PUT16(ch);
    }
#undef PUT16
    return r;
}

PyObject *
PyUnicode_AsUTF16String(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return PyUnicode_EncodeUTF16(PyUnicode_AS_UNICODE(unicode),
                                 PyUnicode_GET_SIZE(unicode), NULL, 0);
}

/* ------------------------------------------------------------------ */
/* UTF-7 (RFC 2152) */

/* 0: may appear directly; 1: must be encoded; 2: white space (direct
   unless asked otherwise); 3: RFC "optional direct" characters. */
static char
utf7_class(Py_UCS4 c)
{
    if (c > 127)
        return 1;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= '0' && c <= '9'))
        return 0;
    switch (c) {
    case '\'': case '(': case ')': case ',': case '-': case '.': case '/':
    case ':': case '?':
        return 0;
    case ' ': case '\t': case '\r': case '\n':
        return 2;
    case '!': case '"': case '#': case '$': case '%': case '&': case '*':
    case ';': case '<': case '=': case '>': case '@': case '[': case ']':
    case '^': case '_': case '`': case '{': case '|': case '}':
        return 3;
    }
    return 1;
}

#define UTF7_SPECIAL(c, encO, encWS) \
    (utf7_class(c) == 1 || ((encWS) && utf7_class(c) == 2) || \
     ((encO) && utf7_class(c) == 3))

static const char b64chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int
is_b64(Py_UCS4 c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '+' || c == '/';
}

static int
b64_value(Py_UCS4 c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : 63;
}

PyObject *
PyUnicode_DecodeUTF7(const char *s, Py_ssize_t size, const char *errors)
{
    const unsigned char *in = (const unsigned char *)s;
    Py_ssize_t i = 0, shift_start = 0;
    int in_shift = 0, nbits = 0;
    unsigned long bits = 0;
    UBuf out;
    ErrState es;

    if (ub_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        Py_UCS4 c = in[i];
        const char *msg;
        Py_ssize_t start, endpos;

        if (in_shift) {
            if (is_b64(c)) {
                bits = (bits << 6) | b64_value(c);
                nbits += 6;
                i++;
                if (nbits >= 16) {
                    Py_UCS4 ch = (bits >> (nbits - 16)) & 0xffff;
                    nbits -= 16;
                    if (ub_put(&out, ch) < 0)
                        goto fail;
                }
                continue;
            }
            /* leaving base64: the rest of the bits must be zero padding */
            in_shift = 0;
            if (nbits >= 6 || (bits & ((1UL << nbits) - 1)) != 0) {
                msg = "partial character in shift sequence";
                start = shift_start;
                endpos = i;
                if (c == '-')
                    i++;
                nbits = 0;
                bits = 0;
                goto error_at;
            }
            nbits = 0;
            bits = 0;
            if (c == '-') {
                i++;
                continue;
            }
            /* the terminating character is itself decoded below */
        }
        if (c == '+') {
            if (i + 1 < size && in[i + 1] == '-') {
                if (ub_put(&out, '+') < 0)
                    goto fail;
                i += 2;
                continue;
            }
            in_shift = 1;
            shift_start = i;
            i++;
            continue;
        }
        if (c > 127 || utf7_class(c) == 1) {
            msg = "unexpected special character";
            start = i;
            endpos = i + 1;
            i++;
            goto error_at;
        }
        if (ub_put(&out, c) < 0)
            goto fail;
        i++;
        continue;
    error_at:
        if (decode_error(&es, "utf7", msg, s, size, start, endpos, &i,
                         &out) < 0)
            goto fail;
    }
    if (in_shift && (nbits >= 6 || (bits & ((1UL << nbits) - 1)) != 0)) {
        Py_ssize_t resume;
        if (decode_error(&es, "utf7", "unterminated shift sequence", s, size,
                         shift_start, size, &resume, &out) < 0)
            goto fail;
    }
    es_clear(&es);
    return ub_finish(&out);
fail:
    es_clear(&es);
    ub_abort(&out);
    return NULL;
}

PyObject *
PyUnicode_EncodeUTF7(const Py_UNICODE *s, Py_ssize_t size, int encodeSetO,
                     int encodeWhiteSpace, const char *errors)
{
    BBuf out;
    Py_ssize_t i;
    int in_shift = 0, nbits = 0;
    unsigned long bits = 0;

    (void)errors;
    if (bb_init(&out, size * 3 + 8) < 0)
        return NULL;
    for (i = 0; i < size; i++) {
        Py_UCS4 ch = s[i];
        Py_UCS4 units[2];
        int nunits = 1, k;

        if (!in_shift) {
            if (ch == '+') {
                if (bb_write(&out, "+-", 2) < 0)
                    goto fail;
                continue;
            }
            if (!UTF7_SPECIAL(ch, encodeSetO, encodeWhiteSpace)) {
                if (bb_put(&out, (char)ch) < 0)
                    goto fail;
                continue;
            }
            if (bb_put(&out, '+') < 0)
                goto fail;
            in_shift = 1;
        }
        else if (!UTF7_SPECIAL(ch, encodeSetO, encodeWhiteSpace)) {
            /* flush the pending bits and leave base64 */
            if (nbits > 0 &&
                bb_put(&out, b64chars[(bits << (6 - nbits)) & 0x3f]) < 0)
                goto fail;
            nbits = 0;
            bits = 0;
            in_shift = 0;
            /* a '-' is needed only when the next char could be misread */
            if ((is_b64(ch) || ch == '-') && bb_put(&out, '-') < 0)
                goto fail;
            if (bb_put(&out, (char)ch) < 0)
                goto fail;
            continue;
        }
        /* ch goes into the base64 run (as UTF-16) */
        if (ch >= 0x10000) {
            units[0] = 0xd800 | (((ch - 0x10000) >> 10) & 0x3ff);
            units[1] = 0xdc00 | ((ch - 0x10000) & 0x3ff);
            nunits = 2;
        }
        else
            units[0] = ch;
        for (k = 0; k < nunits; k++) {
            bits = (bits << 16) | units[k];
            nbits += 16;
            while (nbits >= 6) {
                nbits -= 6;
                if (bb_put(&out, b64chars[(bits >> nbits) & 0x3f]) < 0)
                    goto fail;
            }
            bits &= (1UL << nbits) - 1;
        }
        if (nbits == 0) {
            /* the run ends on a boundary: close it if what follows is
               direct and could be misread */
            if (i + 1 < size) {
                Py_UCS4 next = s[i + 1];
                if (!UTF7_SPECIAL(next, encodeSetO, encodeWhiteSpace)) {
                    if ((is_b64(next) || next == '-') &&
                        bb_put(&out, '-') < 0)
                        goto fail;
                    in_shift = 0;
                }
            }
            else {
                if (bb_put(&out, '-') < 0)
                    goto fail;
                in_shift = 0;
            }
        }
    }
    if (in_shift && nbits > 0) {
        if (bb_put(&out, b64chars[(bits << (6 - nbits)) & 0x3f]) < 0 ||
            bb_put(&out, '-') < 0)
            goto fail;
    }
    return bb_finish(&out);
fail:
    bb_abort(&out);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* unicode-escape and raw-unicode-escape */

/* unicodedata's name lookup, reached through its C API object. */
typedef struct {
    int size;
    int (*getname)(PyObject *self, Py_UCS4 code, char *buffer, int buflen);
    int (*getcode)(PyObject *self, const char *name, int namelen,
                   Py_UCS4 *code);
} _PyUnicode_Name_CAPI;

/* Points into the unicodedata extension's static data: immutable. */
static _PyUnicode_Name_CAPI *ucnhash_capi;

static int
hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

PyObject *
PyUnicode_DecodeUnicodeEscape(const char *s, Py_ssize_t size,
                              const char *errors)
{
    const unsigned char *in = (const unsigned char *)s;
    Py_ssize_t i = 0;
    UBuf out;
    ErrState es;

    if (ub_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        Py_ssize_t start, endpos;
        const char *msg;
        unsigned char c;
        int count = 0;
        Py_UCS4 ch;

        if (in[i] != '\\') {
            if (ub_put(&out, in[i]) < 0)
                goto fail;
            i++;
            continue;
        }
        start = i;
        if (i + 1 >= size) {
            msg = "\\ at end of string";
            endpos = size;
            goto error;
        }
        c = in[i + 1];
        i += 2;
        switch (c) {
        case '\n': continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\014'; break;
        case 't': ch = '\t'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 'v': ch = '\013'; break;
        case 'a': ch = '\007'; break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7':
            ch = c - '0';
            if (i < size && in[i] >= '0' && in[i] <= '7') {
                ch = ch * 8 + (in[i++] - '0');
                if (i < size && in[i] >= '0' && in[i] <= '7')
                    ch = ch * 8 + (in[i++] - '0');
            }
            break;
        case 'x':
            count = 2;
            msg = "truncated \\xXX escape";
            goto hex;
        case 'u':
            count = 4;
            msg = "truncated \\uXXXX escape";
            goto hex;
        case 'U':
            count = 8;
            msg = "truncated \\UXXXXXXXX escape";
        hex: {
            int k;
            if (i + count > size) {
                msg = "end of string in escape sequence";
                endpos = size;
                goto error;
            }
            ch = 0;
            for (k = 0; k < count; k++) {
                int d = hexval(in[i + k]);
                if (d < 0) {
                    endpos = i + k + 1;
                    goto error;
                }
                ch = (ch << 4) | d;
            }
            i += count;
            if (ch > MAX_UNICODE) {
                msg = "illegal Unicode character";
                endpos = i;
                goto error;
            }
            break;
        }
        case 'N': {
            msg = "malformed \\N character escape";
            if (ucnhash_capi == NULL) {
                PyObject *cap = NULL, *m = PyImport_ImportModule("unicodedata");
                if (m != NULL) {
                    cap = PyObject_GetAttrString(m, "ucnhash_CAPI");
                    Py_DECREF(m);
                }
                if (cap != NULL && PyCObject_Check(cap))
                    ucnhash_capi = (_PyUnicode_Name_CAPI *)PyCObject_AsVoidPtr(cap);
                Py_XDECREF(cap);
                if (ucnhash_capi == NULL) {
                    PyErr_SetString(PyExc_UnicodeError,
                                    "\\N escapes not supported (can't load unicodedata module)");
                    goto fail;
                }
            }
            if (i < size && in[i] == '{') {
                Py_ssize_t name0 = i + 1, k = name0;
                while (k < size && in[k] != '}')
                    k++;
                if (k > name0 && k < size) {
                    msg = "unknown Unicode character name";
                    i = k + 1;
                    if (k - name0 <= INT_MAX &&
                        ucnhash_capi->getcode(NULL, s + name0, (int)(k - name0),
                                              &ch))
                        break;
                }
                else
                    i = k;
            }
            endpos = i;
            goto error;
        }
        default:
            /* not an escape: the backslash stays */
            if (ub_put(&out, '\\') < 0 || ub_put(&out, c) < 0)
                goto fail;
            continue;
        }
        if (ub_put(&out, ch) < 0)
            goto fail;
        continue;
    error:
        if (decode_error(&es, "unicodeescape", msg, s, size, start, endpos,
                         &i, &out) < 0)
            goto fail;
    }
    es_clear(&es);
    return ub_finish(&out);
fail:
    es_clear(&es);
    ub_abort(&out);
    return NULL;
}

/* Escaped form of s.  quote: 0 for the codec, else the quote character of
   a u'...' repr (the result then includes u and the quotes). */
static PyObject *
escape_unicode(const Py_UNICODE *s, Py_ssize_t size, char quote)
{
    static const char hexdigits[] = "0123456789abcdef";
    Py_ssize_t i, outlen = quote ? 3 : 0;
    PyObject *r;
    char *p;

    for (i = 0; i < size; i++) {
        Py_UCS4 c = s[i];
        Py_ssize_t w;
        if (c >= 0x10000)
            w = 10;
        else if (c >= 0x100)
            w = 6;
        else if (c == '\\' || (quote && c == (Py_UCS4)quote) ||
                 c == '\t' || c == '\n' || c == '\r')
            w = 2;
        else if (c < ' ' || c >= 0x7f)
            w = 4;
        else
            w = 1;
        if (outlen > PY_SSIZE_T_MAX - w) {
            PyErr_SetString(PyExc_OverflowError,
                            "unicode object is too large to make repr");
            return NULL;
        }
        outlen += w;
    }
    r = PyString_FromStringAndSize(NULL, outlen);
    if (r == NULL)
        return NULL;
    p = PyString_AS_STRING(r);
    if (quote) {
        *p++ = 'u';
        *p++ = quote;
    }
    for (i = 0; i < size; i++) {
        Py_UCS4 c = s[i];
        if (c >= 0x10000) {
            int k;
            *p++ = '\\';
            *p++ = 'U';
            for (k = 28; k >= 0; k -= 4)
                *p++ = hexdigits[(c >> k) & 15];
        }
        else if (c >= 0x100) {
            int k;
            *p++ = '\\';
            *p++ = 'u';
            for (k = 12; k >= 0; k -= 4)
                *p++ = hexdigits[(c >> k) & 15];
        }
        else if (c == '\\' || (quote && c == (Py_UCS4)quote)) {
            *p++ = '\\';
            *p++ = (char)c;
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
            *p++ = hexdigits[(c >> 4) & 15];
            *p++ = hexdigits[c & 15];
        }
        else
            *p++ = (char)c;
    }
    if (quote)
        *p++ = quote;
    return r;
}

PyObject *
PyUnicode_EncodeUnicodeEscape(const Py_UNICODE *s, Py_ssize_t size)
{
    return escape_unicode(s, size, 0);
}

PyObject *
PyUnicode_AsUnicodeEscapeString(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return escape_unicode(PyUnicode_AS_UNICODE(unicode),
                          PyUnicode_GET_SIZE(unicode), 0);
}

PyObject *
PyUnicode_DecodeRawUnicodeEscape(const char *s, Py_ssize_t size,
                                 const char *errors)
{
    const unsigned char *in = (const unsigned char *)s;
    Py_ssize_t i = 0;
    UBuf out;
    ErrState es;

    if (ub_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        Py_ssize_t run, start, k;
        int count;
        Py_UCS4 ch = 0;
        const char *msg;
        Py_ssize_t endpos;

        if (in[i] != '\\') {
            if (ub_put(&out, in[i]) < 0)
                goto fail;
            i++;
            continue;
        }
        /* a run of backslashes: \u escapes only after an odd count */
        start = i;
        run = 0;
        while (i < size && in[i] == '\\') {
            if (ub_put(&out, '\\') < 0)
                goto fail;
            i++;
            run++;
        }
        if ((run & 1) == 0 || i >= size || (in[i] != 'u' && in[i] != 'U'))
            continue;
        out.pos--;          /* the escaping backslash is not output */
        start = i - 1;
        count = in[i] == 'u' ? 4 : 8;
        i++;
        for (k = 0; k < count; k++) {
            int d = i + k < size ? hexval(in[i + k]) : -1;
            if (d < 0) {
                msg = "truncated \\uXXXX";
                endpos = i + k;
                goto error;
            }
            ch = (ch << 4) | d;
        }
        i += count;
        if (ch > MAX_UNICODE) {
            msg = "\\Uxxxxxxxx out of range";
            endpos = i;
            goto error;
        }
        if (ub_put(&out, ch) < 0)
            goto fail;
        continue;
    error:
        if (decode_error(&es, "rawunicodeescape", msg, s, size, start, endpos,
                         &i, &out) < 0)
            goto fail;
    }
    es_clear(&es);
    return ub_finish(&out);
fail:
    es_clear(&es);
    ub_abort(&out);
    return NULL;
}

PyObject *
PyUnicode_EncodeRawUnicodeEscape(const Py_UNICODE *s, Py_ssize_t size)
{
    static const char hexdigits[] = "0123456789abcdef";
    BBuf out;
    Py_ssize_t i;

    if (bb_init(&out, size + 8) < 0)
        return NULL;
    for (i = 0; i < size; i++) {
        Py_UCS4 c = s[i];
        char buf[12];
        int n = 0, k;
        if (c >= 0x10000) {
            buf[n++] = '\\';
            buf[n++] = 'U';
            for (k = 28; k >= 0; k -= 4)
                buf[n++] = hexdigits[(c >> k) & 15];
        }
        else if (c >= 0x100) {
            buf[n++] = '\\';
            buf[n++] = 'u';
            for (k = 12; k >= 0; k -= 4)
                buf[n++] = hexdigits[(c >> k) & 15];
        }
        else
            buf[n++] = (char)c;
        if (bb_write(&out, buf, n) < 0) {
            bb_abort(&out);
            return NULL;
        }
    }
    return bb_finish(&out);
}

PyObject *
PyUnicode_AsRawUnicodeEscapeString(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return PyUnicode_EncodeRawUnicodeEscape(PyUnicode_AS_UNICODE(unicode),
                                            PyUnicode_GET_SIZE(unicode));
}

/* The raw Py_UNICODE bytes of this build (native order). */
PyObject *
_PyUnicode_DecodeUnicodeInternal(const char *s, Py_ssize_t size,
                                 const char *errors)
{
    Py_ssize_t i = 0;
    UBuf out;
    ErrState es;

    if (ub_init(&out, size / Py_UNICODE_SIZE) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        Py_UNICODE ch;
        const char *msg;
        Py_ssize_t endpos;
        if (size - i < Py_UNICODE_SIZE) {
            msg = "truncated input";
            endpos = size;
            goto error;
        }
        memcpy(&ch, s + i, Py_UNICODE_SIZE);
        if (ch > MAX_UNICODE) {
            msg = "illegal code point (> 0x10FFFF)";
            endpos = i + Py_UNICODE_SIZE;
            goto error;
        }
        if (ub_put(&out, ch) < 0)
            goto fail;
        i += Py_UNICODE_SIZE;
        continue;
    error:
        if (decode_error(&es, "unicode_internal", msg, s, size, i, endpos,
                         &i, &out) < 0)
            goto fail;
    }
    es_clear(&es);
    return ub_finish(&out);
fail:
    es_clear(&es);
    ub_abort(&out);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* latin-1 and ascii */

PyObject *
PyUnicode_DecodeLatin1(const char *s, Py_ssize_t size, const char *errors)
{
    PyUnicodeObject *u;
    Py_ssize_t i;

    (void)errors;
    if (size == 1)
        return PyUnicode_FromOrdinal((unsigned char)s[0]);
    if (size == 0)
        return unicode_empty();
    u = unicode_alloc(size);
    if (u == NULL)
        return NULL;
    for (i = 0; i < size; i++)
        u->str[i] = (unsigned char)s[i];
    return (PyObject *)u;
}

PyObject *
PyUnicode_DecodeASCII(const char *s, Py_ssize_t size, const char *errors)
{
    const unsigned char *in = (const unsigned char *)s;
    Py_ssize_t i = 0;
    UBuf out;
    ErrState es;

    if (size == 1 && in[0] < 128)
        return PyUnicode_FromOrdinal(in[0]);
    if (ub_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        if (in[i] < 128) {
            out.u->str[out.pos++] = in[i++];
            continue;
        }
        if (decode_error(&es, "ascii", "ordinal not in range(128)", s, size,
                         i, i + 1, &i, &out) < 0) {
            es_clear(&es);
            ub_abort(&out);
            return NULL;
        }
        /* a handler may have grown the output past `size`: keep room */
        if (ub_reserve(&out, size - i) < 0) {
            es_clear(&es);
            ub_abort(&out);
            return NULL;
        }
    }
    es_clear(&es);
    return ub_finish(&out);
}

/* latin-1 (limit 256) and ascii (limit 128) encoders. */
static PyObject *
encode_ucs1(const Py_UNICODE *s, Py_ssize_t size, const char *errors,
            Py_UCS4 limit)
{
    const char *encoding = limit == 256 ? "latin-1" : "ascii";
    const char *reason = limit == 256 ? "ordinal not in range(256)"
                                      : "ordinal not in range(128)";
    BBuf out;
    ErrState es;
    Py_ssize_t i = 0;
    int kind = -1;

    if (bb_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        Py_ssize_t runend, newpos, k;
        PyObject *rep;

        if (s[i] < limit) {
            if (bb_put(&out, (char)s[i]) < 0)
                goto fail;
            i++;
            continue;
        }
        /* the whole run of unencodable characters is handled at once */
        runend = i;
        while (runend < size && s[runend] >= limit)
            runend++;
        if (kind == -1)
            kind = known_handler(errors);
        switch (kind) {
        case 1:
            raise_encode(&es, encoding, s, size, i, runend, reason);
            goto fail;
        case 2:
            for (k = i; k < runend; k++)
                if (bb_put(&out, '?') < 0)
                    goto fail;
            i = runend;
            break;
        case 3:
            i = runend;
            break;
        case 4:
            if (write_xmlcharref(&out, s, i, runend) < 0)
                goto fail;
            i = runend;
            break;
        case 5:
            if (write_backslashref(&out, s, i, runend) < 0)
                goto fail;
            i = runend;
            break;
        default:
            rep = encode_call_handler(&es, encoding, reason, s, size, i,
                                      runend, &newpos);
            if (rep == NULL)
                goto fail;
            for (k = 0; k < PyUnicode_GET_SIZE(rep); k++) {
                Py_UNICODE c = PyUnicode_AS_UNICODE(rep)[k];
                if (c >= limit) {
                    raise_encode(&es, encoding, s, size, i, i + 1, reason);
                    Py_DECREF(rep);
                    goto fail;
                }
                if (bb_put(&out, (char)c) < 0) {
                    Py_DECREF(rep);
                    goto fail;
                }
            }
            Py_DECREF(rep);
            i = newpos;
            break;
        }
    }
    es_clear(&es);
    return bb_finish(&out);
fail:
    es_clear(&es);
    bb_abort(&out);
    return NULL;
}

PyObject *
PyUnicode_EncodeLatin1(const Py_UNICODE *s, Py_ssize_t size,
                       const char *errors)
{
    return encode_ucs1(s, size, errors, 256);
}

PyObject *
PyUnicode_AsLatin1String(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return encode_ucs1(PyUnicode_AS_UNICODE(unicode),
                       PyUnicode_GET_SIZE(unicode), NULL, 256);
}

PyObject *
PyUnicode_EncodeASCII(const Py_UNICODE *s, Py_ssize_t size,
                      const char *errors)
{
    return encode_ucs1(s, size, errors, 128);
}

PyObject *
PyUnicode_AsASCIIString(PyObject *unicode)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return encode_ucs1(PyUnicode_AS_UNICODE(unicode),
                       PyUnicode_GET_SIZE(unicode), NULL, 128);
}

/* ------------------------------------------------------------------ */
/* charmap */

PyObject *
PyUnicode_DecodeCharmap(const char *s, Py_ssize_t size, PyObject *mapping,
                        const char *errors)
{
    const unsigned char *in = (const unsigned char *)s;
    Py_ssize_t i = 0;
    UBuf out;
    ErrState es;

    if (mapping == NULL)
        return PyUnicode_DecodeLatin1(s, size, errors);
    if (ub_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        unsigned char c = in[i];

        if (PyUnicode_CheckExact(mapping)) {
            /* a 256-entry decoding table; U+FFFE marks a hole */
            if (c < PyUnicode_GET_SIZE(mapping) &&
                PyUnicode_AS_UNICODE(mapping)[c] != 0xfffe) {
                if (ub_put(&out, PyUnicode_AS_UNICODE(mapping)[c]) < 0)
                    goto fail;
                i++;
                continue;
            }
        }
        else {
            PyObject *key = PyInt_FromLong(c), *x;
            if (key == NULL)
                goto fail;
            x = PyObject_GetItem(mapping, key);
            Py_DECREF(key);
            if (x == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_LookupError))
                    goto fail;
                PyErr_Clear();
                Py_INCREF(Py_None);
                x = Py_None;
            }
            if (PyInt_Check(x)) {
                long v = PyInt_AS_LONG(x);
                Py_DECREF(x);
                if (v < 0 || v > 65535) {
                    PyErr_SetString(PyExc_TypeError,
                                    "character mapping must be in range(65536)");
                    goto fail;
                }
                if (ub_put(&out, (Py_UNICODE)v) < 0)
                    goto fail;
                i++;
                continue;
            }
            if (PyUnicode_Check(x)) {
                int r = ub_write(&out, PyUnicode_AS_UNICODE(x),
                                 PyUnicode_GET_SIZE(x));
                Py_DECREF(x);
                if (r < 0)
                    goto fail;
                i++;
                continue;
            }
            if (x != Py_None) {
                Py_DECREF(x);
                PyErr_SetString(PyExc_TypeError,
                                "character mapping must return integer, None or unicode");
                goto fail;
            }
            Py_DECREF(x);
        }
        if (decode_error(&es, "charmap", "character maps to <undefined>", s,
                         size, i, i + 1, &i, &out) < 0)
            goto fail;
    }
    es_clear(&es);
    return ub_finish(&out);
fail:
    es_clear(&es);
    ub_abort(&out);
    return NULL;
}

/* The reverse of a 256-entry decoding table, made by charmap_build():
   pairs (code point, byte) sorted by code point. */
typedef struct {
    PyObject_HEAD
    int count;
    Py_UCS4 chars[256];
    unsigned char bytes[256];
} EncodingMapObject;

static PyObject *
encoding_map_size(PyObject *self)
{
    return PyInt_FromLong((long)sizeof(EncodingMapObject));
}

static PyMethodDef encoding_map_methods[] = {
    {"size", (PyCFunction)encoding_map_size, METH_NOARGS,
     "Return the size (in bytes) of this object"},
    {NULL, NULL, 0, NULL}
};

static void
encoding_map_dealloc(PyObject *self)
{
    PyObject_Del(self);
}

static PyTypeObject EncodingMapType = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "EncodingMap",
    sizeof(EncodingMapObject),
    0,
    encoding_map_dealloc,               /* tp_dealloc */
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
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT,                 /* tp_flags */
    0,                                  /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    encoding_map_methods,               /* tp_methods */
};

PyObject *
PyUnicode_BuildEncodingMap(PyObject *string)
{
    EncodingMapObject *m;
    Py_ssize_t n, i;
    int k, j;

    if (string == NULL || !PyUnicode_Check(string) ||
        PyUnicode_GET_SIZE(string) != 256) {
        PyErr_BadArgument();
        return NULL;
    }
    if (!(EncodingMapType.tp_flags & Py_TPFLAGS_READY) &&
        PyType_Ready(&EncodingMapType) < 0)
        return NULL;
    m = PyObject_New(EncodingMapObject, &EncodingMapType);
    if (m == NULL)
        return NULL;
    n = 0;
    for (i = 0; i < 256; i++) {
        Py_UCS4 c = PyUnicode_AS_UNICODE(string)[i];
        if (c == 0xfffe)
            continue;
        /* insertion sort by code point; on duplicates the last byte
           wins, as with 2.5's tables (cp875 maps U+001A from 0xFD) */
        for (k = (int)n; k > 0 && m->chars[k - 1] > c; k--)
            ;
        if (k > 0 && m->chars[k - 1] == c) {
            m->bytes[k - 1] = (unsigned char)i;
            continue;
        }
        for (j = (int)n; j > k; j--) {
            m->chars[j] = m->chars[j - 1];
            m->bytes[j] = m->bytes[j - 1];
        }
        m->chars[k] = c;
        m->bytes[k] = (unsigned char)i;
        n++;
    }
    m->count = (int)n;
    return (PyObject *)m;
}

static int
encoding_map_lookup(EncodingMapObject *m, Py_UCS4 c)
{
    int lo = 0, hi = m->count - 1;

    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (m->chars[mid] == c)
            return m->bytes[mid];
        if (m->chars[mid] < c)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

/* Append the encoding of c under mapping.  Returns 1 if written, 0 if
   the character is undefined, -1 on error. */
static int
charmap_encode_one(Py_UCS4 c, PyObject *mapping, BBuf *out)
{
    PyObject *key, *x;
    int r;

    if (mapping->ob_type == &EncodingMapType) {
        int b = encoding_map_lookup((EncodingMapObject *)mapping, c);
        if (b < 0)
            return 0;
        return bb_put(out, (char)b) < 0 ? -1 : 1;
    }
    key = PyInt_FromLong((long)c);
    if (key == NULL)
        return -1;
    x = PyObject_GetItem(mapping, key);
    Py_DECREF(key);
    if (x == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_LookupError))
            return -1;
        PyErr_Clear();
        return 0;
    }
    if (x == Py_None)
        r = 0;
    else if (PyInt_Check(x)) {
        long v = PyInt_AS_LONG(x);
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_TypeError,
                            "character mapping must be in range(256)");
            r = -1;
        }
        else
            r = bb_put(out, (char)v) < 0 ? -1 : 1;
    }
    else if (PyString_Check(x))
        r = bb_write(out, PyString_AS_STRING(x), PyString_GET_SIZE(x)) < 0
            ? -1 : 1;
    else {
        PyErr_SetString(PyExc_TypeError,
                        "character mapping must return integer, None or str");
        r = -1;
    }
    Py_DECREF(x);
    return r;
}

PyObject *
PyUnicode_EncodeCharmap(const Py_UNICODE *s, Py_ssize_t size,
                        PyObject *mapping, const char *errors)
{
    static const char reason[] = "character maps to <undefined>";
    BBuf out;
    ErrState es;
    Py_ssize_t i = 0;
    int kind = -1;

    if (mapping == NULL)
        return PyUnicode_EncodeLatin1(s, size, errors);
    if (bb_init(&out, size) < 0)
        return NULL;
    es_init(&es, errors);
    while (i < size) {
        Py_ssize_t runend, k, newpos;
        PyObject *rep;
        int r = charmap_encode_one(s[i], mapping, &out);

        if (r < 0)
            goto fail;
        if (r == 1) {
            i++;
            continue;
        }
        /* find the run of undefined characters */
        runend = i + 1;
        while (runend < size) {
            Py_ssize_t mark = out.pos;
            r = charmap_encode_one(s[runend], mapping, &out);
            out.pos = mark;
            if (r < 0)
                goto fail;
            if (r == 1)
                break;
            runend++;
        }
        if (kind == -1)
            kind = known_handler(errors);
        switch (kind) {
        case 1:
            raise_encode(&es, "charmap", s, size, i, runend, reason);
            goto fail;
        case 2:
        case 4:
            for (k = i; k < runend; k++) {
                char buf[32];
                int n, m;
                if (kind == 2)
                    n = PyOS_snprintf(buf, sizeof(buf), "?");
                else
                    n = PyOS_snprintf(buf, sizeof(buf), "&#%lu;",
                                      (unsigned long)s[k]);
                for (m = 0; m < n; m++) {
                    r = charmap_encode_one((unsigned char)buf[m], mapping,
                                           &out);
                    if (r < 0)
                        goto fail;
                    if (r == 0) {
                        raise_encode(&es, "charmap", s, size, k, k + 1,
                                     reason);
                        goto fail;
                    }
                }
            }
            i = runend;
            break;
        case 3:
            i = runend;
            break;
        default:
            rep = encode_call_handler(&es, "charmap", reason, s, size, i,
                                      runend, &newpos);
            if (rep == NULL)
                goto fail;
            for (k = 0; k < PyUnicode_GET_SIZE(rep); k++) {
                r = charmap_encode_one(PyUnicode_AS_UNICODE(rep)[k], mapping,
                                       &out);
                if (r <= 0) {
                    if (r == 0)
                        raise_encode(&es, "charmap", s, size, i, runend,
                                     reason);
                    Py_DECREF(rep);
                    goto fail;
                }
            }
            Py_DECREF(rep);
            i = newpos;
            break;
        }
    }
    es_clear(&es);
    return bb_finish(&out);
fail:
    es_clear(&es);
    bb_abort(&out);
    return NULL;
}

PyObject *
PyUnicode_AsCharmapString(PyObject *unicode, PyObject *mapping)
{
    if (unicode == NULL || !PyUnicode_Check(unicode) || mapping == NULL) {
        PyErr_BadArgument();
        return NULL;
    }
    return PyUnicode_EncodeCharmap(PyUnicode_AS_UNICODE(unicode),
                                   PyUnicode_GET_SIZE(unicode), mapping,
                                   NULL);
}

/* unicode.translate: each code point looked up in table; missing keys
   stay, None deletes, an int or unicode replaces. */
PyObject *
PyUnicode_TranslateCharmap(const Py_UNICODE *s, Py_ssize_t size,
                           PyObject *table, const char *errors)
{
    UBuf out;
    Py_ssize_t i;

    (void)errors;
    if (table == NULL) {
        PyErr_BadArgument();
        return NULL;
    }
    if (ub_init(&out, size) < 0)
        return NULL;
    for (i = 0; i < size; i++) {
        PyObject *key = PyInt_FromLong((long)s[i]), *x;
        if (key == NULL)
            goto fail;
        x = PyObject_GetItem(table, key);
        Py_DECREF(key);
        if (x == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_LookupError))
                goto fail;
            PyErr_Clear();
            if (ub_put(&out, s[i]) < 0)
                goto fail;
            continue;
        }
        if (x == Py_None) {
            Py_DECREF(x);
            continue;
        }
        if (PyInt_Check(x)) {
            long v = PyInt_AS_LONG(x);
            Py_DECREF(x);
            if (v < 0 || v > MAX_UNICODE) {
                PyErr_SetString(PyExc_TypeError,
                                "character mapping must be in range(0x110000) (wide Python build)");
                goto fail;
            }
            if (ub_put(&out, (Py_UNICODE)v) < 0)
                goto fail;
            continue;
        }
        if (PyUnicode_Check(x)) {
            int r = ub_write(&out, PyUnicode_AS_UNICODE(x),
                             PyUnicode_GET_SIZE(x));
            Py_DECREF(x);
            if (r < 0)
                goto fail;
            continue;
        }
        Py_DECREF(x);
        PyErr_SetString(PyExc_TypeError,
                        "character mapping must return integer, None or unicode");
        goto fail;
    }
    return ub_finish(&out);
fail:
    ub_abort(&out);
    return NULL;
}

PyObject *
PyUnicode_Translate(PyObject *str, PyObject *table, const char *errors)
{
    PyObject *u, *r;

    u = PyUnicode_FromObject(str);
    if (u == NULL)
        return NULL;
    r = PyUnicode_TranslateCharmap(PyUnicode_AS_UNICODE(u),
                                   PyUnicode_GET_SIZE(u), table, errors);
    Py_DECREF(u);
    return r;
}

/* Decimal digits of any script to ASCII for int()/float()/long(); the
   output buffer must hold length+1 bytes. */
int
PyUnicode_EncodeDecimal(Py_UNICODE *s, Py_ssize_t length, char *output,
                        const char *errors)
{
    static const char reason[] = "invalid decimal Unicode string";
    ErrState es;
    Py_ssize_t i = 0;
    int kind = -1;

    if (output == NULL) {
        PyErr_BadArgument();
        return -1;
    }
    es_init(&es, errors);
    while (i < length) {
        Py_UNICODE ch = s[i];
        int d;
        Py_ssize_t runend, newpos, k;
        PyObject *rep;

        if (Py_UNICODE_ISSPACE(ch)) {
            *output++ = ' ';
            i++;
            continue;
        }
        d = Py_UNICODE_TODECIMAL(ch);
        if (d >= 0) {
            *output++ = (char)('0' + d);
            i++;
            continue;
        }
        if (ch > 0 && ch < 256) {
            *output++ = (char)ch;
            i++;
            continue;
        }
        runend = i + 1;
        while (runend < length && !(s[runend] > 0 && s[runend] < 256) &&
               !Py_UNICODE_ISSPACE(s[runend]) &&
               Py_UNICODE_TODECIMAL(s[runend]) < 0)
            runend++;
        if (kind == -1)
            kind = known_handler(errors);
        switch (kind) {
        case 1:
            raise_encode(&es, "decimal", s, length, i, runend, reason);
            goto fail;
        case 2:
            for (k = i; k < runend; k++)
                *output++ = '?';
            i = runend;
            break;
        case 3:
            i = runend;
            break;
        case 4:
            /* no room to expand here: treat like strict */
            raise_encode(&es, "decimal", s, length, i, runend, reason);
            goto fail;
        default:
            rep = encode_call_handler(&es, "decimal", reason, s, length, i,
                                      runend, &newpos);
            if (rep == NULL)
                goto fail;
            if (PyUnicode_GET_SIZE(rep) > runend - i) {
                Py_DECREF(rep);
                raise_encode(&es, "decimal", s, length, i, runend, reason);
                goto fail;
            }
            for (k = 0; k < PyUnicode_GET_SIZE(rep); k++) {
                Py_UNICODE c = PyUnicode_AS_UNICODE(rep)[k];
                d = Py_UNICODE_TODECIMAL(c);
                if (Py_UNICODE_ISSPACE(c))
                    *output++ = ' ';
                else if (d >= 0)
                    *output++ = (char)('0' + d);
                else if (c > 0 && c < 256)
                    *output++ = (char)c;
                else {
                    Py_DECREF(rep);
                    raise_encode(&es, "decimal", s, length, i, runend,
                                 reason);
                    goto fail;
                }
            }
            Py_DECREF(rep);
            /* never revisit input: the output must stay within length */
            i = newpos > runend ? newpos : runend;
            break;
        }
    }
    *output = '\0';
    es_clear(&es);
    return 0;
fail:
    es_clear(&es);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Generic codec entry points */

PyObject *
PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding,
                 const char *errors)
{
    PyObject *buffer, *u;

    if (encoding == NULL)
        encoding = PyUnicode_GetDefaultEncoding();
    switch (builtin_codec_id(encoding)) {
    case CODEC_UTF8:
        return PyUnicode_DecodeUTF8(s, size, errors);
    case CODEC_LATIN1:
        return PyUnicode_DecodeLatin1(s, size, errors);
    case CODEC_ASCII:
        return PyUnicode_DecodeASCII(s, size, errors);
    case CODEC_UTF16:
        return PyUnicode_DecodeUTF16(s, size, errors, NULL);
    case CODEC_UTF16LE: {
        int bo = -1;
        return PyUnicode_DecodeUTF16(s, size, errors, &bo);
    }
    case CODEC_UTF16BE: {
        int bo = 1;
        return PyUnicode_DecodeUTF16(s, size, errors, &bo);
    }
    case CODEC_UNICODE_ESCAPE:
        return PyUnicode_DecodeUnicodeEscape(s, size, errors);
    case CODEC_RAW_UNICODE_ESCAPE:
        return PyUnicode_DecodeRawUnicodeEscape(s, size, errors);
    case CODEC_UNICODE_INTERNAL:
        return _PyUnicode_DecodeUnicodeInternal(s, size, errors);
    case CODEC_UTF7:
        return PyUnicode_DecodeUTF7(s, size, errors);
    }
    /* anything else goes through the registry */
    buffer = PyBuffer_FromMemory((void *)s, size);
    if (buffer == NULL)
        return NULL;
    u = PyCodec_Decode(buffer, encoding, errors);
    Py_DECREF(buffer);
    if (u == NULL)
        return NULL;
    if (!PyUnicode_Check(u)) {
        PyErr_Format(PyExc_TypeError,
                     "decoder did not return an unicode object (type=%.400s)",
                     u->ob_type->tp_name);
        Py_DECREF(u);
        return NULL;
    }
    return u;
}

PyObject *
PyUnicode_Encode(const Py_UNICODE *s, Py_ssize_t size, const char *encoding,
                 const char *errors)
{
    PyObject *u, *r;

    u = PyUnicode_FromUnicode(s, size);
    if (u == NULL)
        return NULL;
    r = PyUnicode_AsEncodedString(u, encoding, errors);
    Py_DECREF(u);
    return r;
}

PyObject *
PyUnicode_AsEncodedObject(PyObject *unicode, const char *encoding,
                          const char *errors)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    if (encoding == NULL)
        encoding = PyUnicode_GetDefaultEncoding();
    if (builtin_codec_id(encoding) != CODEC_NONE)
        return PyUnicode_AsEncodedString(unicode, encoding, errors);
    return PyCodec_Encode(unicode, encoding, errors);
}

PyObject *
PyUnicode_AsEncodedString(PyObject *unicode, const char *encoding,
                          const char *errors)
{
    const Py_UNICODE *s;
    Py_ssize_t n;
    PyObject *v;

    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    if (encoding == NULL)
        encoding = PyUnicode_GetDefaultEncoding();
    s = PyUnicode_AS_UNICODE(unicode);
    n = PyUnicode_GET_SIZE(unicode);
    switch (builtin_codec_id(encoding)) {
    case CODEC_UTF8:
        return PyUnicode_EncodeUTF8(s, n, errors);
    case CODEC_LATIN1:
        return PyUnicode_EncodeLatin1(s, n, errors);
    case CODEC_ASCII:
        return PyUnicode_EncodeASCII(s, n, errors);
    case CODEC_UTF16:
        return PyUnicode_EncodeUTF16(s, n, errors, 0);
    case CODEC_UTF16LE:
        return PyUnicode_EncodeUTF16(s, n, errors, -1);
    case CODEC_UTF16BE:
        return PyUnicode_EncodeUTF16(s, n, errors, 1);
    case CODEC_UNICODE_ESCAPE:
        return PyUnicode_EncodeUnicodeEscape(s, n);
    case CODEC_RAW_UNICODE_ESCAPE:
        return PyUnicode_EncodeRawUnicodeEscape(s, n);
    case CODEC_UNICODE_INTERNAL:
        return PyString_FromStringAndSize((const char *)s,
                                          n * Py_UNICODE_SIZE);
    case CODEC_UTF7:
        return PyUnicode_EncodeUTF7(s, n, 0, 0, errors);
    }
    v = PyCodec_Encode(unicode, encoding, errors);
    if (v == NULL)
        return NULL;
    if (!PyString_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "encoder did not return a string object (type=%.400s)",
                     v->ob_type->tp_name);
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

PyObject *
_PyUnicode_AsDefaultEncodedString(PyObject *unicode, const char *errors)
{
    PyUnicodeObject *u = (PyUnicodeObject *)unicode;
    PyObject *v;

    if (u->defenc != NULL)
        return u->defenc;
    v = PyUnicode_AsEncodedString(unicode, NULL, errors);
    if (v != NULL)
        u->defenc = v;      /* the object owns it; callers borrow */
    return v;
}

PyObject *
PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding,
                            const char *errors)
{
    const char *s = NULL;
    Py_ssize_t len;

    if (obj == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyString_Check(obj)) {
        s = PyString_AS_STRING(obj);
        len = PyString_GET_SIZE(obj);
    }
    else if (PyUnicode_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "decoding Unicode is not supported");
        return NULL;
    }
    else if (PyObject_AsCharBuffer(obj, &s, &len) < 0) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_Format(PyExc_TypeError,
                         "coercing to Unicode: need string or buffer, %.80s found",
                         obj->ob_type->tp_name);
        return NULL;
    }
    if (len == 0)
        return unicode_empty();
    return PyUnicode_Decode(s, len, encoding, errors);
}

PyObject *
PyUnicode_FromObject(PyObject *obj)
{
    if (obj == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyUnicode_CheckExact(obj)) {
        Py_INCREF(obj);
        return obj;
    }
    if (PyUnicode_Check(obj))
        return PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(obj),
                                     PyUnicode_GET_SIZE(obj));
    return PyUnicode_FromEncodedObject(obj, NULL, "strict");
}

/* ------------------------------------------------------------------ */
/* Helpers for methods */

static PyObject *
uni_same(PyObject *self)
{
    if (PyUnicode_CheckExact(self)) {
        Py_INCREF(self);
        return self;
    }
    return PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(self),
                                 PyUnicode_GET_SIZE(self));
}

/* split / replace / partition, instantiated for Py_UNICODE. */
#define STRINGLIB_NEW(p, n) PyUnicode_FromUnicode((p), (n))
#define STRINGLIB_NEW_UNINIT(n) ((PyObject *)unicode_alloc(n))
#define STRINGLIB_STR(o) PyUnicode_AS_UNICODE(o)
#define STRINGLIB_ISSPACE(c) Py_UNICODE_ISSPACE(c)
#define STRINGLIB_ISLINEBREAK(c) Py_UNICODE_ISLINEBREAK(c)
#define STRINGLIB_SAME(o) uni_same(o)
#include "stringlib/split.h"

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

/* ------------------------------------------------------------------ */
/* Public operations */

PyObject *
PyUnicode_Concat(PyObject *left, PyObject *right)
{
    PyObject *u = NULL, *v = NULL;
    PyUnicodeObject *w = NULL;
    Py_ssize_t nu, nv;

    u = PyUnicode_FromObject(left);
    if (u == NULL)
        goto done;
    v = PyUnicode_FromObject(right);
    if (v == NULL)
        goto done;
    nu = PyUnicode_GET_SIZE(u);
    nv = PyUnicode_GET_SIZE(v);
    if (nv == 0) {
        Py_INCREF(u);
        w = (PyUnicodeObject *)u;
        goto done;
    }
    if (nu == 0) {
        Py_INCREF(v);
        w = (PyUnicodeObject *)v;
        goto done;
    }
    if (nu > PY_SSIZE_T_MAX - nv) {
        PyErr_SetString(PyExc_OverflowError,
                        "strings are too large to concat");
        goto done;
    }
    w = unicode_alloc(nu + nv);
    if (w == NULL)
        goto done;
    memcpy(w->str, PyUnicode_AS_UNICODE(u), nu * sizeof(Py_UNICODE));
    memcpy(w->str + nu, PyUnicode_AS_UNICODE(v), nv * sizeof(Py_UNICODE));
done:
    Py_XDECREF(u);
    Py_XDECREF(v);
    return (PyObject *)w;
}

int
PyUnicode_Contains(PyObject *container, PyObject *element)
{
    PyObject *str, *sub;
    int r;

    sub = PyUnicode_FromObject(element);
    if (sub == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "'in <string>' requires string as left operand");
        return -1;
    }
    str = PyUnicode_FromObject(container);
    if (str == NULL) {
        Py_DECREF(sub);
        return -1;
    }
    r = ucs_find(PyUnicode_AS_UNICODE(str), PyUnicode_GET_SIZE(str),
                 PyUnicode_AS_UNICODE(sub), PyUnicode_GET_SIZE(sub)) >= 0;
    Py_DECREF(str);
    Py_DECREF(sub);
    return r;
}

Py_ssize_t
PyUnicode_Count(PyObject *str, PyObject *substr, Py_ssize_t start,
                Py_ssize_t end)
{
    PyObject *s, *sub;
    Py_ssize_t r;

    s = PyUnicode_FromObject(str);
    if (s == NULL)
        return -1;
    sub = PyUnicode_FromObject(substr);
    if (sub == NULL) {
        Py_DECREF(s);
        return -1;
    }
    adjust_indices(&start, &end, PyUnicode_GET_SIZE(s));
    if (end - start < 0)
        r = 0;
    else
        r = ucs_count(PyUnicode_AS_UNICODE(s) + start, end - start,
                      PyUnicode_AS_UNICODE(sub), PyUnicode_GET_SIZE(sub),
                      PY_SSIZE_T_MAX);
    Py_DECREF(s);
    Py_DECREF(sub);
    return r;
}

Py_ssize_t
PyUnicode_Find(PyObject *str, PyObject *substr, Py_ssize_t start,
               Py_ssize_t end, int direction)
{
    PyObject *s, *sub;
    Py_ssize_t r;

    s = PyUnicode_FromObject(str);
    if (s == NULL)
        return -2;
    sub = PyUnicode_FromObject(substr);
    if (sub == NULL) {
        Py_DECREF(s);
        return -2;
    }
    adjust_indices(&start, &end, PyUnicode_GET_SIZE(s));
    if (end - start < 0)
        r = -1;
    else {
        if (direction > 0)
            r = ucs_find(PyUnicode_AS_UNICODE(s) + start, end - start,
                         PyUnicode_AS_UNICODE(sub), PyUnicode_GET_SIZE(sub));
        else
            r = ucs_rfind(PyUnicode_AS_UNICODE(s) + start, end - start,
                          PyUnicode_AS_UNICODE(sub), PyUnicode_GET_SIZE(sub));
        if (r >= 0)
            r += start;
    }
    Py_DECREF(s);
    Py_DECREF(sub);
    return r;
}

static int
tailmatch_u(PyObject *self, PyObject *sub, Py_ssize_t start, Py_ssize_t end,
            int direction)
{
    Py_ssize_t len = PyUnicode_GET_SIZE(self), slen = PyUnicode_GET_SIZE(sub);
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);

    adjust_indices(&start, &end, len);
    end -= slen;
    if (end < start)
        return 0;
    if (slen == 0)
        return 1;
    if (direction > 0)
        return memcmp(s + end, PyUnicode_AS_UNICODE(sub),
                      slen * sizeof(Py_UNICODE)) == 0;
    return memcmp(s + start, PyUnicode_AS_UNICODE(sub),
                  slen * sizeof(Py_UNICODE)) == 0;
}

Py_ssize_t
PyUnicode_Tailmatch(PyObject *str, PyObject *substr, Py_ssize_t start,
                    Py_ssize_t end, int direction)
{
    PyObject *s, *sub;
    Py_ssize_t r;

    s = PyUnicode_FromObject(str);
    if (s == NULL)
        return -1;
    sub = PyUnicode_FromObject(substr);
    if (sub == NULL) {
        Py_DECREF(s);
        return -1;
    }
    r = tailmatch_u(s, sub, start, end, direction);
    Py_DECREF(s);
    Py_DECREF(sub);
    return r;
}

PyObject *
PyUnicode_Replace(PyObject *str, PyObject *substr, PyObject *replstr,
                  Py_ssize_t maxcount)
{
    PyObject *s, *f = NULL, *t = NULL, *r = NULL;

    s = PyUnicode_FromObject(str);
    if (s == NULL)
        return NULL;
    f = PyUnicode_FromObject(substr);
    if (f == NULL)
        goto done;
    t = PyUnicode_FromObject(replstr);
    if (t == NULL)
        goto done;
    r = ucs_replace(s, PyUnicode_AS_UNICODE(s), PyUnicode_GET_SIZE(s),
                    PyUnicode_AS_UNICODE(f), PyUnicode_GET_SIZE(f),
                    PyUnicode_AS_UNICODE(t), PyUnicode_GET_SIZE(t),
                    maxcount);
done:
    Py_DECREF(s);
    Py_XDECREF(f);
    Py_XDECREF(t);
    return r;
}

static PyObject *
split_common(PyObject *s, PyObject *sep, Py_ssize_t maxsplit, int right)
{
    PyObject *str, *sepu, *r;

    str = PyUnicode_FromObject(s);
    if (str == NULL)
        return NULL;
    if (sep == NULL || sep == Py_None) {
        r = right ? ucs_rsplit_whitespace(PyUnicode_AS_UNICODE(str),
                                          PyUnicode_GET_SIZE(str), maxsplit)
                  : ucs_split_whitespace(PyUnicode_AS_UNICODE(str),
                                         PyUnicode_GET_SIZE(str), maxsplit);
        Py_DECREF(str);
        return r;
    }
    sepu = PyUnicode_FromObject(sep);
    if (sepu == NULL) {
        Py_DECREF(str);
        return NULL;
    }
    if (PyUnicode_GET_SIZE(sepu) == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        r = NULL;
    }
    else if (right)
        r = ucs_rsplit_sep(PyUnicode_AS_UNICODE(str), PyUnicode_GET_SIZE(str),
                           PyUnicode_AS_UNICODE(sepu),
                           PyUnicode_GET_SIZE(sepu), maxsplit);
    else
        r = ucs_split_sep(PyUnicode_AS_UNICODE(str), PyUnicode_GET_SIZE(str),
                          PyUnicode_AS_UNICODE(sepu),
                          PyUnicode_GET_SIZE(sepu), maxsplit);
    Py_DECREF(str);
    Py_DECREF(sepu);
    return r;
}

PyObject *
PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit)
{
    return split_common(s, sep, maxsplit, 0);
}

PyObject *
PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit)
{
    return split_common(s, sep, maxsplit, 1);
}

PyObject *
PyUnicode_Splitlines(PyObject *s, int keepends)
{
    PyObject *str = PyUnicode_FromObject(s), *r;

    if (str == NULL)
        return NULL;
    r = ucs_splitlines(PyUnicode_AS_UNICODE(str), PyUnicode_GET_SIZE(str),
                       keepends);
    Py_DECREF(str);
    return r;
}

static PyObject *
partition_u(PyObject *s, PyObject *sep, int right)
{
    PyObject *str, *sepu, *r;

    str = PyUnicode_FromObject(s);
    if (str == NULL)
        return NULL;
    sepu = PyUnicode_FromObject(sep);
    if (sepu == NULL) {
        Py_DECREF(str);
        return NULL;
    }
    if (PyUnicode_GET_SIZE(sepu) == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        r = NULL;
    }
    else
        r = ucs_partition(str, PyUnicode_AS_UNICODE(str),
                          PyUnicode_GET_SIZE(str), sepu,
                          PyUnicode_AS_UNICODE(sepu),
                          PyUnicode_GET_SIZE(sepu), right);
    Py_DECREF(str);
    Py_DECREF(sepu);
    return r;
}

PyObject *
PyUnicode_Partition(PyObject *s, PyObject *sep)
{
    return partition_u(s, sep, 0);
}

PyObject *
PyUnicode_RPartition(PyObject *s, PyObject *sep)
{
    return partition_u(s, sep, 1);
}

PyObject *
PyUnicode_Join(PyObject *separator, PyObject *seq)
{
    PyObject *fseq, *sep = NULL, *res = NULL, **items = NULL;
    Py_ssize_t n, i, total = 0, seplen;
    Py_UNICODE *p;

    fseq = PySequence_Fast(seq, "");
    if (fseq == NULL)
        return NULL;
    n = PySequence_Fast_GET_SIZE(fseq);
    if (n == 0) {
        Py_DECREF(fseq);
        return unicode_empty();
    }
    if (n == 1 && PyUnicode_CheckExact(PySequence_Fast_GET_ITEM(fseq, 0))) {
        res = PySequence_Fast_GET_ITEM(fseq, 0);
        Py_INCREF(res);
        Py_DECREF(fseq);
        return res;
    }
    if (separator == NULL) {
        Py_UNICODE blank = ' ';
        sep = PyUnicode_FromUnicode(&blank, 1);
    }
    else
        sep = PyUnicode_FromObject(separator);
    if (sep == NULL)
        goto done;
    seplen = PyUnicode_GET_SIZE(sep);
    items = PyMem_New(PyObject *, n);
    if (items == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (i = 0; i < n; i++)
        items[i] = NULL;
    for (i = 0; i < n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(fseq, i);
        Py_ssize_t add;
        if (!PyUnicode_Check(item) && !PyString_Check(item)) {
            PyErr_Format(PyExc_TypeError,
                         "sequence item %zd: expected string or Unicode, %.80s found",
                         i, item->ob_type->tp_name);
            goto done;
        }
        items[i] = PyUnicode_FromObject(item);
        if (items[i] == NULL)
            goto done;
        add = PyUnicode_GET_SIZE(items[i]) + (i ? seplen : 0);
        if (total > PY_SSIZE_T_MAX - add) {
            PyErr_SetString(PyExc_OverflowError,
                            "join() result is too long for a Python string");
            goto done;
        }
        total += add;
    }
    if ((size_t)total > PY_SSIZE_T_MAX / sizeof(Py_UNICODE)) {
        PyErr_SetString(PyExc_OverflowError,
                        "join() result is too long for a Python string");
        goto done;
    }
    if (_PyMem_CheckAvailable((size_t)total * sizeof(Py_UNICODE)) < 0)
        goto done;
    res = (PyObject *)unicode_alloc(total);
    if (res == NULL)
        goto done;
    p = PyUnicode_AS_UNICODE(res);
    for (i = 0; i < n; i++) {
        if (i && seplen) {
            memcpy(p, PyUnicode_AS_UNICODE(sep), seplen * sizeof(Py_UNICODE));
            p += seplen;
        }
        memcpy(p, PyUnicode_AS_UNICODE(items[i]),
               PyUnicode_GET_SIZE(items[i]) * sizeof(Py_UNICODE));
        p += PyUnicode_GET_SIZE(items[i]);
    }
done:
    if (items != NULL) {
        for (i = 0; i < n; i++)
            Py_XDECREF(items[i]);
        PyMem_Free(items);
    }
    Py_XDECREF(sep);
    Py_DECREF(fseq);
    return res;
}

static int
unicode_compare(PyUnicodeObject *a, PyUnicodeObject *b)
{
    Py_ssize_t la = a->length, lb = b->length, n = la < lb ? la : lb, i;

    for (i = 0; i < n; i++) {
        if (a->str[i] != b->str[i])
            return a->str[i] < b->str[i] ? -1 : 1;
    }
    return la < lb ? -1 : (la > lb ? 1 : 0);
}

int
PyUnicode_Compare(PyObject *left, PyObject *right)
{
    PyObject *u, *v;
    int r;

    u = PyUnicode_FromObject(left);
    if (u == NULL)
        return -1;
    v = PyUnicode_FromObject(right);
    if (v == NULL) {
        Py_DECREF(u);
        return -1;
    }
    r = unicode_compare((PyUnicodeObject *)u, (PyUnicodeObject *)v);
    Py_DECREF(u);
    Py_DECREF(v);
    return r;
}

PyObject *
PyUnicode_RichCompare(PyObject *left, PyObject *right, int op)
{
    int c = PyUnicode_Compare(left, right);

    if (c == -1 && PyErr_Occurred()) {
        /* not coercible: let the other side try */
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            Py_INCREF(Py_NotImplemented);
            return Py_NotImplemented;
        }
        if (op != Py_EQ && op != Py_NE)
            return NULL;
        if (!PyErr_ExceptionMatches(PyExc_UnicodeDecodeError))
            return NULL;
        /* a str that does not decode is never equal to a unicode */
        PyErr_Clear();
        if (PyErr_Warn(PyExc_UnicodeWarning,
                       op == Py_EQ
                       ? "Unicode equal comparison failed to convert both arguments to Unicode - interpreting them as being unequal"
                       : "Unicode unequal comparison failed to convert both arguments to Unicode - interpreting them as being unequal") < 0)
            return NULL;
        return PyBool_FromLong(op == Py_NE);
    }
    switch (op) {
    case Py_LT: c = c < 0; break;
    case Py_LE: c = c <= 0; break;
    case Py_EQ: c = c == 0; break;
    case Py_NE: c = c != 0; break;
    case Py_GT: c = c > 0; break;
    default: c = c >= 0; break;
    }
    return PyBool_FromLong(c);
}

/* Strip the code points in sepobj (or whitespace if NULL/None);
   striptype 0 left, 1 right, 2 both. */
PyObject *
_PyUnicode_XStrip(PyUnicodeObject *self, int striptype, PyObject *sepobj)
{
    const Py_UNICODE *s = self->str;
    Py_ssize_t len = self->length, i = 0, j = len;
    PyObject *sep = NULL, *r;
    const Py_UNICODE *chars = NULL;
    Py_ssize_t nchars = 0, k;

    if (sepobj != NULL && sepobj != Py_None) {
        sep = PyUnicode_FromObject(sepobj);
        if (sep == NULL)
            return NULL;
        chars = PyUnicode_AS_UNICODE(sep);
        nchars = PyUnicode_GET_SIZE(sep);
    }
    if (striptype != 1) {
        while (i < len) {
            Py_UNICODE c = s[i];
            int hit = 0;
            if (sep == NULL)
                hit = Py_UNICODE_ISSPACE(c);
            else
                for (k = 0; k < nchars && !hit; k++)
                    hit = chars[k] == c;
            if (!hit)
                break;
            i++;
        }
    }
    if (striptype != 0) {
        while (j > i) {
            Py_UNICODE c = s[j - 1];
            int hit = 0;
            if (sep == NULL)
                hit = Py_UNICODE_ISSPACE(c);
            else
                for (k = 0; k < nchars && !hit; k++)
                    hit = chars[k] == c;
            if (!hit)
                break;
            j--;
        }
    }
    Py_XDECREF(sep);
    if (i == 0 && j == len)
        return uni_same((PyObject *)self);
    r = PyUnicode_FromUnicode(s + i, j - i);
    return r;
}

/* ------------------------------------------------------------------ */
/* The unicode type: slots */

static void
unicode_dealloc(PyObject *op)
{
    PyUnicodeObject *u = (PyUnicodeObject *)op;

    PyMem_Free(u->str);
    u->str = NULL;
    Py_CLEAR(u->defenc);
    op->ob_type->tp_free(op);
}

static PyObject *
unicode_repr(PyObject *self)
{
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i;
    int has_single = 0, has_double = 0;

    for (i = 0; i < n; i++) {
        if (s[i] == '\'')
            has_single = 1;
        else if (s[i] == '"')
            has_double = 1;
    }
    return escape_unicode(s, n, (has_single && !has_double) ? '"' : '\'');
}

static PyObject *
unicode_str(PyObject *self)
{
    return PyUnicode_AsEncodedString(self, NULL, NULL);
}

static long
unicode_hash(PyObject *obj)
{
    PyUnicodeObject *u = (PyUnicodeObject *)obj;
    const Py_UNICODE *p;
    Py_ssize_t len;
    unsigned long x;

    if (u->hash != -1)
        return u->hash;
    /* the str algorithm over code points: ASCII text hashes like str */
    len = u->length;
    p = u->str;
    x = (unsigned long)p[0] << 7;
    while (--len >= 0)
        x = (1000003UL * x) ^ *p++;
    x ^= (unsigned long)u->length;
    if ((long)x == -1)
        x = (unsigned long)-2;
    u->hash = (long)x;
    return (long)x;
}

static int
unicode_tp_compare(PyObject *a, PyObject *b)
{
    return unicode_compare((PyUnicodeObject *)a, (PyUnicodeObject *)b);
}

static Py_ssize_t
unicode_length(PyObject *self)
{
    return PyUnicode_GET_SIZE(self);
}

static PyObject *
unicode_repeat(PyObject *self, Py_ssize_t n)
{
    Py_ssize_t len = PyUnicode_GET_SIZE(self), total, done;
    PyUnicodeObject *r;

    if (n < 0)
        n = 0;
    if (n == 1 && PyUnicode_CheckExact(self)) {
        Py_INCREF(self);
        return self;
    }
    if (len != 0 && n > PY_SSIZE_T_MAX / len) {
        PyErr_SetString(PyExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    total = len * n;
    if ((size_t)total > PY_SSIZE_T_MAX / sizeof(Py_UNICODE)) {
        PyErr_SetString(PyExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    if (total == 0)
        return unicode_empty();
    if (_PyMem_CheckAvailable((size_t)total * sizeof(Py_UNICODE)) < 0)
        return NULL;
    r = unicode_alloc(total);
    if (r == NULL)
        return NULL;
    memcpy(r->str, PyUnicode_AS_UNICODE(self), len * sizeof(Py_UNICODE));
    done = len;
    while (done < total) {
        Py_ssize_t chunk = done <= total - done ? done : total - done;
        memcpy(r->str + done, r->str, chunk * sizeof(Py_UNICODE));
        done += chunk;
    }
    return (PyObject *)r;
}

static PyObject *
unicode_item(PyObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= PyUnicode_GET_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return NULL;
    }
    return PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(self) + i, 1);
}

static PyObject *
unicode_slice(PyObject *self, Py_ssize_t i, Py_ssize_t j)
{
    Py_ssize_t n = PyUnicode_GET_SIZE(self);

    if (i < 0)
        i = 0;
    if (j < 0)
        j = 0;
    if (j > n)
        j = n;
    if (i == 0 && j == n && PyUnicode_CheckExact(self)) {
        Py_INCREF(self);
        return self;
    }
    if (j < i)
        j = i;
    return PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(self) + i, j - i);
}

static PyObject *
unicode_subscript(PyObject *self, PyObject *item)
{
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += PyUnicode_GET_SIZE(self);
        return unicode_item(self, i);
    }
    else if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step, slicelen, k, cur;
        PyUnicodeObject *r;
        const Py_UNICODE *src = PyUnicode_AS_UNICODE(self);

        if (PySlice_GetIndicesEx((PySliceObject *)item,
                                 PyUnicode_GET_SIZE(self),
                                 &start, &stop, &step, &slicelen) < 0)
            return NULL;
        if (slicelen <= 0)
            return unicode_empty();
        if (step == 1)
            return unicode_slice(self, start, stop);
        r = unicode_alloc(slicelen);
        if (r == NULL)
            return NULL;
        for (k = 0, cur = start; k < slicelen; k++, cur += step)
            r->str[k] = src[cur];
        return (PyObject *)r;
    }
    PyErr_SetString(PyExc_TypeError, "string indices must be integers");
    return NULL;
}

static Py_ssize_t
unicode_getreadbuf(PyObject *self, Py_ssize_t index, void **ptr)
{
    if (index != 0) {
        PyErr_SetString(PyExc_SystemError,
                        "accessing non-existent unicode segment");
        return -1;
    }
    *ptr = (void *)PyUnicode_AS_UNICODE(self);
    return PyUnicode_GET_DATA_SIZE(self);
}

static Py_ssize_t
unicode_getwritebuf(PyObject *self, Py_ssize_t index, void **ptr)
{
    PyErr_SetString(PyExc_TypeError, "cannot use unicode as modifiable buffer");
    return -1;
}

static Py_ssize_t
unicode_getsegcount(PyObject *self, Py_ssize_t *lenp)
{
    if (lenp)
        *lenp = PyUnicode_GET_DATA_SIZE(self);
    return 1;
}

static Py_ssize_t
unicode_getcharbuf(PyObject *self, Py_ssize_t index, char **ptr)
{
    PyObject *str;

    if (index != 0) {
        PyErr_SetString(PyExc_SystemError,
                        "accessing non-existent unicode segment");
        return -1;
    }
    str = _PyUnicode_AsDefaultEncodedString(self, NULL);
    if (str == NULL)
        return -1;
    *ptr = PyString_AS_STRING(str);
    return PyString_GET_SIZE(str);
}

/* ------------------------------------------------------------------ */
/* Methods */

/* A copy of self with each code point mapped (kind: 0 lower, 1 upper,
   2 swapcase, 3 capitalize, 4 title).  self itself when nothing changes
   and it is exact. */
static PyObject *
map_case(PyObject *self, int kind)
{
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i;
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);
    PyUnicodeObject *r = unicode_alloc(n);
    int changed = 0, prev_cased = 0;

    if (r == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        Py_UNICODE c = s[i], d = c;
        switch (kind) {
        case 0:
            d = Py_UNICODE_TOLOWER(c);
            break;
        case 1:
            d = Py_UNICODE_TOUPPER(c);
            break;
        case 2:
            if (Py_UNICODE_ISUPPER(c))
                d = Py_UNICODE_TOLOWER(c);
            else if (Py_UNICODE_ISLOWER(c))
                d = Py_UNICODE_TOUPPER(c);
            break;
        case 3:
            if (i == 0) {
                if (Py_UNICODE_ISLOWER(c))
                    d = Py_UNICODE_TOUPPER(c);
            }
            else if (Py_UNICODE_ISUPPER(c))
                d = Py_UNICODE_TOLOWER(c);
            break;
        default:
            d = prev_cased ? Py_UNICODE_TOLOWER(c) : Py_UNICODE_TOTITLE(c);
            prev_cased = Py_UNICODE_ISLOWER(c) || Py_UNICODE_ISUPPER(c) ||
                         Py_UNICODE_ISTITLE(c);
            break;
        }
        if (d != c)
            changed = 1;
        r->str[i] = d;
    }
    if (!changed && PyUnicode_CheckExact(self)) {
        Py_DECREF(r);
        Py_INCREF(self);
        return self;
    }
    return (PyObject *)r;
}

static PyObject *unicode_lower(PyObject *self) { return map_case(self, 0); }
static PyObject *unicode_upper(PyObject *self) { return map_case(self, 1); }
static PyObject *unicode_swapcase(PyObject *self) { return map_case(self, 2); }
static PyObject *unicode_capitalize(PyObject *self) { return map_case(self, 3); }
static PyObject *unicode_title(PyObject *self) { return map_case(self, 4); }

/* kind: 0 alpha, 1 alnum, 2 decimal, 3 digit, 4 numeric, 5 space */
static PyObject *
uclass_test(PyObject *self, int kind)
{
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i;
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);

    if (n == 0)
        Py_RETURN_FALSE;
    for (i = 0; i < n; i++) {
        Py_UNICODE c = s[i];
        int ok;
        switch (kind) {
        case 0: ok = Py_UNICODE_ISALPHA(c); break;
        case 1: ok = Py_UNICODE_ISALNUM(c); break;
        case 2: ok = Py_UNICODE_ISDECIMAL(c); break;
        case 3: ok = Py_UNICODE_ISDIGIT(c); break;
        case 4: ok = Py_UNICODE_ISNUMERIC(c); break;
        default: ok = Py_UNICODE_ISSPACE(c); break;
        }
        if (!ok)
            Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

static PyObject *unicode_isalpha(PyObject *self) { return uclass_test(self, 0); }
static PyObject *unicode_isalnum(PyObject *self) { return uclass_test(self, 1); }
static PyObject *unicode_isdecimal(PyObject *self) { return uclass_test(self, 2); }
static PyObject *unicode_isdigit(PyObject *self) { return uclass_test(self, 3); }
static PyObject *unicode_isnumeric(PyObject *self) { return uclass_test(self, 4); }
static PyObject *unicode_isspace(PyObject *self) { return uclass_test(self, 5); }

static PyObject *
unicode_islower(PyObject *self)
{
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i;
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);
    int cased = 0;

    for (i = 0; i < n; i++) {
        if (Py_UNICODE_ISUPPER(s[i]) || Py_UNICODE_ISTITLE(s[i]))
            Py_RETURN_FALSE;
        if (Py_UNICODE_ISLOWER(s[i]))
            cased = 1;
    }
    return PyBool_FromLong(cased);
}

static PyObject *
unicode_isupper(PyObject *self)
{
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i;
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);
    int cased = 0;

    for (i = 0; i < n; i++) {
        if (Py_UNICODE_ISLOWER(s[i]) || Py_UNICODE_ISTITLE(s[i]))
            Py_RETURN_FALSE;
        if (Py_UNICODE_ISUPPER(s[i]))
            cased = 1;
    }
    return PyBool_FromLong(cased);
}

static PyObject *
unicode_istitle(PyObject *self)
{
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i;
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);
    int cased = 0, prev_cased = 0;

    for (i = 0; i < n; i++) {
        Py_UNICODE c = s[i];
        if (Py_UNICODE_ISUPPER(c) || Py_UNICODE_ISTITLE(c)) {
            if (prev_cased)
                Py_RETURN_FALSE;
            prev_cased = cased = 1;
        }
        else if (Py_UNICODE_ISLOWER(c)) {
            if (!prev_cased)
                Py_RETURN_FALSE;
            prev_cased = cased = 1;
        }
        else
            prev_cased = 0;
    }
    return PyBool_FromLong(cased);
}

static PyObject *
upad(PyObject *self, Py_ssize_t left, Py_ssize_t right, Py_UNICODE fill)
{
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i;
    PyUnicodeObject *r;

    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return uni_same(self);
    if (left > PY_SSIZE_T_MAX - n || right > PY_SSIZE_T_MAX - n - left ||
        (size_t)(left + n + right) > PY_SSIZE_T_MAX / sizeof(Py_UNICODE)) {
        PyErr_SetString(PyExc_OverflowError, "padded string is too long");
        return NULL;
    }
    if (_PyMem_CheckAvailable((size_t)(left + n + right) * sizeof(Py_UNICODE)) < 0)
        return NULL;
    r = unicode_alloc(left + n + right);
    if (r == NULL)
        return NULL;
    for (i = 0; i < left; i++)
        r->str[i] = fill;
    memcpy(r->str + left, PyUnicode_AS_UNICODE(self), n * sizeof(Py_UNICODE));
    for (i = left + n; i < left + n + right; i++)
        r->str[i] = fill;
    return (PyObject *)r;
}

/* O& converter for a fill character. */
static int
fill_conv(PyObject *obj, void *addr)
{
    PyObject *u = PyUnicode_FromObject(obj);

    if (u == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "The fill character cannot be converted to Unicode");
        return 0;
    }
    if (PyUnicode_GET_SIZE(u) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "The fill character must be exactly one character long");
        Py_DECREF(u);
        return 0;
    }
    *(Py_UNICODE *)addr = PyUnicode_AS_UNICODE(u)[0];
    Py_DECREF(u);
    return 1;
}

static PyObject *
unicode_ljust(PyObject *self, PyObject *args)
{
    Py_ssize_t width;
    Py_UNICODE fill = ' ';

    if (!PyArg_ParseTuple(args, "n|O&:ljust", &width, fill_conv, &fill))
        return NULL;
    if (PyUnicode_GET_SIZE(self) >= width)
        return uni_same(self);
    return upad(self, 0, width - PyUnicode_GET_SIZE(self), fill);
}

static PyObject *
unicode_rjust(PyObject *self, PyObject *args)
{
    Py_ssize_t width;
    Py_UNICODE fill = ' ';

    if (!PyArg_ParseTuple(args, "n|O&:rjust", &width, fill_conv, &fill))
        return NULL;
    if (PyUnicode_GET_SIZE(self) >= width)
        return uni_same(self);
    return upad(self, width - PyUnicode_GET_SIZE(self), 0, fill);
}

static PyObject *
unicode_center(PyObject *self, PyObject *args)
{
    Py_ssize_t width, marg, left;
    Py_UNICODE fill = ' ';

    if (!PyArg_ParseTuple(args, "n|O&:center", &width, fill_conv, &fill))
        return NULL;
    if (PyUnicode_GET_SIZE(self) >= width)
        return uni_same(self);
    marg = width - PyUnicode_GET_SIZE(self);
    left = marg / 2 + (marg & width & 1);
    return upad(self, left, marg - left, fill);
}

static PyObject *
unicode_zfill(PyObject *self, PyObject *args)
{
    Py_ssize_t width, fill;
    PyObject *r;
    Py_UNICODE *p;

    if (!PyArg_ParseTuple(args, "n:zfill", &width))
        return NULL;
    if (PyUnicode_GET_SIZE(self) >= width)
        return uni_same(self);
    fill = width - PyUnicode_GET_SIZE(self);
    r = upad(self, fill, 0, '0');
    if (r == NULL)
        return NULL;
    p = PyUnicode_AS_UNICODE(r);
    if (p[fill] == '+' || p[fill] == '-') {
        p[0] = p[fill];
        p[fill] = '0';
    }
    return r;
}

static PyObject *
unicode_expandtabs(PyObject *self, PyObject *args)
{
    int tabsize = 8;
    const Py_UNICODE *s = PyUnicode_AS_UNICODE(self);
    Py_ssize_t n = PyUnicode_GET_SIZE(self), i, col = 0, total = 0;
    PyUnicodeObject *r;
    Py_UNICODE *d;

    if (!PyArg_ParseTuple(args, "|i:expandtabs", &tabsize))
        return NULL;
    for (i = 0; i < n; i++) {
        Py_ssize_t add;
        if (s[i] == '\t')
            add = tabsize > 0 ? tabsize - (col % tabsize) : 0;
        else
            add = 1;
        if (total > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(Py_UNICODE) - add ||
            col > PY_SSIZE_T_MAX - add) {
            PyErr_SetString(PyExc_OverflowError, "result is too long");
            return NULL;
        }
        total += add;
        col += add;
        if (s[i] == '\n' || s[i] == '\r')
            col = 0;
    }
    if (_PyMem_CheckAvailable((size_t)total * sizeof(Py_UNICODE)) < 0)
        return NULL;
    r = unicode_alloc(total);
    if (r == NULL)
        return NULL;
    d = r->str;
    col = 0;
    for (i = 0; i < n; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) {
                Py_ssize_t add = tabsize - (col % tabsize), k;
                for (k = 0; k < add; k++)
                    *d++ = ' ';
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

static Py_ssize_t
ufind_common(PyObject *self, PyObject *args, const char *fmt, int dir)
{
    PyObject *sub;
    Py_ssize_t start = 0, end = PY_SSIZE_T_MAX;

    if (!PyArg_ParseTuple(args, fmt, &sub, index_conv, &start,
                          index_conv, &end))
        return -2;
    return PyUnicode_Find(self, sub, start, end, dir);
}

static PyObject *
unicode_find(PyObject *self, PyObject *args)
{
    Py_ssize_t r = ufind_common(self, args, "O|O&O&:find", 1);
    if (r == -2)
        return NULL;
    return PyInt_FromSsize_t(r);
}

static PyObject *
unicode_rfind(PyObject *self, PyObject *args)
{
    Py_ssize_t r = ufind_common(self, args, "O|O&O&:rfind", -1);
    if (r == -2)
        return NULL;
    return PyInt_FromSsize_t(r);
}

static PyObject *
unicode_index(PyObject *self, PyObject *args)
{
    Py_ssize_t r = ufind_common(self, args, "O|O&O&:index", 1);
    if (r == -2)
        return NULL;
    if (r < 0) {
        PyErr_SetString(PyExc_ValueError, "substring not found");
        return NULL;
    }
    return PyInt_FromSsize_t(r);
}

static PyObject *
unicode_rindex(PyObject *self, PyObject *args)
{
    Py_ssize_t r = ufind_common(self, args, "O|O&O&:rindex", -1);
    if (r == -2)
        return NULL;
    if (r < 0) {
        PyErr_SetString(PyExc_ValueError, "substring not found");
        return NULL;
    }
    return PyInt_FromSsize_t(r);
}

static PyObject *
unicode_count(PyObject *self, PyObject *args)
{
    PyObject *sub;
    Py_ssize_t start = 0, end = PY_SSIZE_T_MAX, r;

    if (!PyArg_ParseTuple(args, "O|O&O&:count", &sub, index_conv, &start,
                          index_conv, &end))
        return NULL;
    r = PyUnicode_Count(self, sub, start, end);
    if (r == -1 && PyErr_Occurred())
        return NULL;
    return PyInt_FromSsize_t(r);
}

static PyObject *
utail_method(PyObject *self, PyObject *args, const char *fmt, int direction)
{
    PyObject *subobj;
    Py_ssize_t start = 0, end = PY_SSIZE_T_MAX, i, r;

    if (!PyArg_ParseTuple(args, fmt, &subobj, index_conv, &start,
                          index_conv, &end))
        return NULL;
    if (PyTuple_Check(subobj)) {
        for (i = 0; i < PyTuple_GET_SIZE(subobj); i++) {
            r = PyUnicode_Tailmatch(self, PyTuple_GET_ITEM(subobj, i), start,
                                    end, direction);
            if (r == -1)
                return NULL;
            if (r)
                Py_RETURN_TRUE;
        }
        Py_RETURN_FALSE;
    }
    r = PyUnicode_Tailmatch(self, subobj, start, end, direction);
    if (r == -1)
        return NULL;
    return PyBool_FromLong((long)r);
}

static PyObject *
unicode_startswith(PyObject *self, PyObject *args)
{
    return utail_method(self, args, "O|O&O&:startswith", -1);
}

static PyObject *
unicode_endswith(PyObject *self, PyObject *args)
{
    return utail_method(self, args, "O|O&O&:endswith", 1);
}

static PyObject *
unicode_split(PyObject *self, PyObject *args)
{
    PyObject *sep = Py_None;
    Py_ssize_t maxsplit = -1;

    if (!PyArg_ParseTuple(args, "|On:split", &sep, &maxsplit))
        return NULL;
    return split_common(self, sep, maxsplit, 0);
}

static PyObject *
unicode_rsplit(PyObject *self, PyObject *args)
{
    PyObject *sep = Py_None;
    Py_ssize_t maxsplit = -1;

    if (!PyArg_ParseTuple(args, "|On:rsplit", &sep, &maxsplit))
        return NULL;
    return split_common(self, sep, maxsplit, 1);
}

static PyObject *
unicode_splitlines(PyObject *self, PyObject *args)
{
    int keepends = 0;

    if (!PyArg_ParseTuple(args, "|i:splitlines", &keepends))
        return NULL;
    return PyUnicode_Splitlines(self, keepends);
}

static PyObject *
unicode_partition(PyObject *self, PyObject *sep)
{
    return PyUnicode_Partition(self, sep);
}

static PyObject *
unicode_rpartition(PyObject *self, PyObject *sep)
{
    return PyUnicode_RPartition(self, sep);
}

static PyObject *
ustrip_common(PyObject *self, PyObject *args, int which)
{
    static const char *const names[] = {"lstrip", "rstrip", "strip"};
    static const char *const fmts[] = {"|O:lstrip", "|O:rstrip", "|O:strip"};
    PyObject *sep = Py_None;

    if (!PyArg_ParseTuple(args, fmts[which], &sep))
        return NULL;
    if (sep != Py_None && !PyUnicode_Check(sep) && !PyString_Check(sep)) {
        PyErr_Format(PyExc_TypeError,
                     "%s arg must be None, unicode or str", names[which]);
        return NULL;
    }
    return _PyUnicode_XStrip((PyUnicodeObject *)self, which, sep);
}

static PyObject *
unicode_strip(PyObject *self, PyObject *args)
{
    return ustrip_common(self, args, 2);
}

static PyObject *
unicode_lstrip(PyObject *self, PyObject *args)
{
    return ustrip_common(self, args, 0);
}

static PyObject *
unicode_rstrip(PyObject *self, PyObject *args)
{
    return ustrip_common(self, args, 1);
}

static PyObject *
unicode_replace(PyObject *self, PyObject *args)
{
    PyObject *from, *to;
    Py_ssize_t count = -1;

    if (!PyArg_ParseTuple(args, "OO|n:replace", &from, &to, &count))
        return NULL;
    return PyUnicode_Replace(self, from, to, count);
}

static PyObject *
unicode_join(PyObject *self, PyObject *seq)
{
    return PyUnicode_Join(self, seq);
}

static PyObject *
unicode_translate(PyObject *self, PyObject *table)
{
    return PyUnicode_TranslateCharmap(PyUnicode_AS_UNICODE(self),
                                      PyUnicode_GET_SIZE(self), table,
                                      "ignore");
}

static PyObject *
unicode_encode(PyObject *self, PyObject *args)
{
    char *encoding = NULL, *errors = NULL;
    PyObject *v;

    if (!PyArg_ParseTuple(args, "|ss:encode", &encoding, &errors))
        return NULL;
    v = PyUnicode_AsEncodedObject(self, encoding, errors);
    if (v == NULL)
        return NULL;
    if (!PyString_Check(v) && !PyUnicode_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "encoder did not return a string/unicode object (type=%.400s)",
                     v->ob_type->tp_name);
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

static PyObject *
unicode_decode(PyObject *self, PyObject *args)
{
    char *encoding = NULL, *errors = NULL;
    PyObject *v;

    if (!PyArg_ParseTuple(args, "|ss:decode", &encoding, &errors))
        return NULL;
    if (encoding == NULL)
        encoding = (char *)PyUnicode_GetDefaultEncoding();
    if (builtin_codec_id(encoding) != CODEC_NONE) {
        /* the codec would read our default-encoded bytes */
        PyObject *str = _PyUnicode_AsDefaultEncodedString(self, NULL);
        if (str == NULL)
            return NULL;
        return PyUnicode_Decode(PyString_AS_STRING(str),
                                PyString_GET_SIZE(str), encoding, errors);
    }
    v = PyCodec_Decode(self, encoding, errors);
    if (v == NULL)
        return NULL;
    if (!PyString_Check(v) && !PyUnicode_Check(v)) {
        PyErr_Format(PyExc_TypeError,
                     "decoder did not return a string/unicode object (type=%.400s)",
                     v->ob_type->tp_name);
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

static PyObject *
unicode_getnewargs(PyObject *self)
{
    PyObject *u = PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(self),
                                        PyUnicode_GET_SIZE(self));
    PyObject *t;

    if (u == NULL)
        return NULL;
    t = PyTuple_Pack(1, u);
    Py_DECREF(u);
    return t;
}

/* ------------------------------------------------------------------ */
/* The % operator for unicode */

static PyObject *
unext_arg(PyObject *args, Py_ssize_t arglen, Py_ssize_t *argidx)
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

/* Numbers are formatted by the str formatter (one spec, one argument),
   so both give the same digits and the same errors. */
static PyObject *
format_number_via_str(int flags, Py_ssize_t width, int prec, int c,
                      PyObject *v)
{
    char spec[64];
    int n = 0;
    PyObject *fmt, *args, *res, *u;

    spec[n++] = '%';
    if (flags & F_LJUST) spec[n++] = '-';
    if (flags & F_SIGN) spec[n++] = '+';
    if (flags & F_BLANK) spec[n++] = ' ';
    if (flags & F_ALT) spec[n++] = '#';
    if (flags & F_ZERO) spec[n++] = '0';
    if (width > 0)
        n += PyOS_snprintf(spec + n, sizeof(spec) - n, "%zd", width);
    if (prec >= 0)
        n += PyOS_snprintf(spec + n, sizeof(spec) - n, ".%d", prec);
    spec[n++] = (char)c;
    fmt = PyString_FromStringAndSize(spec, n);
    if (fmt == NULL)
        return NULL;
    args = PyTuple_Pack(1, v);
    if (args == NULL) {
        Py_DECREF(fmt);
        return NULL;
    }
    res = PyString_Format(fmt, args);
    Py_DECREF(fmt);
    Py_DECREF(args);
    if (res == NULL)
        return NULL;
    u = PyUnicode_DecodeASCII(PyString_AS_STRING(res),
                              PyString_GET_SIZE(res), NULL);
    Py_DECREF(res);
    return u;
}

static int
uemit(UBuf *out, const Py_UNICODE *body, Py_ssize_t len, int flags,
      Py_ssize_t width)
{
    Py_ssize_t padn = width > len ? width - len : 0, k;

    if (ub_reserve(out, len + padn) < 0)
        return -1;
    if (!(flags & F_LJUST))
        for (k = 0; k < padn; k++)
            out->u->str[out->pos++] = ' ';
    memcpy(out->u->str + out->pos, body, len * sizeof(Py_UNICODE));
    out->pos += len;
    if (flags & F_LJUST)
        for (k = 0; k < padn; k++)
            out->u->str[out->pos++] = ' ';
    return 0;
}

PyObject *
PyUnicode_Format(PyObject *format, PyObject *args)
{
    PyObject *ufmt;
    const Py_UNICODE *fmt, *end, *fmt0;
    UBuf out;
    Py_ssize_t arglen, argidx;
    PyObject *dict = NULL;
    int args_owned = 0;

    if (format == NULL || args == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    ufmt = PyUnicode_FromObject(format);
    if (ufmt == NULL)
        return NULL;
    fmt0 = fmt = PyUnicode_AS_UNICODE(ufmt);
    end = fmt + PyUnicode_GET_SIZE(ufmt);
    if (ub_init(&out, PyUnicode_GET_SIZE(ufmt) + 100) < 0) {
        Py_DECREF(ufmt);
        return NULL;
    }
    if (PyTuple_Check(args)) {
        arglen = PyTuple_GET_SIZE(args);
        argidx = 0;
    }
    else {
        arglen = -1;
        argidx = -2;
    }
    if (args->ob_type->tp_as_mapping && !PyTuple_Check(args) &&
        !PyObject_TypeCheck(args, &PyBaseString_Type))
        dict = args;

    while (fmt < end) {
        int flags = 0;
        Py_UCS4 c;
        Py_ssize_t width = -1;
        int prec = -1;
        PyObject *v = NULL, *temp = NULL;
        Py_UNICODE cbuf;
        const Py_UNICODE *pbuf;
        Py_ssize_t len;

        if (*fmt != '%') {
            const Py_UNICODE *q = fmt;
            while (q < end && *q != '%')
                q++;
            if (ub_write(&out, fmt, q - fmt) < 0)
                goto error;
            fmt = q;
            continue;
        }
        fmt++;
        if (fmt < end && *fmt == '(') {
            const Py_UNICODE *keystart;
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
            key = PyUnicode_FromUnicode(keystart, fmt - keystart);
            if (key == NULL)
                goto error;
            fmt++;
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
        if (fmt < end && *fmt == '*') {
            v = unext_arg(args, arglen, &argidx);
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
        if (fmt < end && *fmt == '.') {
            fmt++;
            prec = 0;
            if (fmt < end && *fmt == '*') {
                long pv;
                v = unext_arg(args, arglen, &argidx);
                if (v == NULL)
                    goto error;
                if (!PyInt_Check(v)) {
                    PyErr_SetString(PyExc_TypeError, "* wants int");
                    goto error;
                }
                pv = PyInt_AsLong(v);
                if (pv < 0)
                    pv = 0;
                if (pv > INT_MAX) {
                    PyErr_SetString(PyExc_ValueError, "prec too big");
                    goto error;
                }
                prec = (int)pv;
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
        if (fmt < end && (*fmt == 'h' || *fmt == 'l' || *fmt == 'L'))
            fmt++;
        if (fmt >= end) {
            PyErr_SetString(PyExc_ValueError, "incomplete format");
            goto error;
        }
        c = *fmt++;
        if (c != '%') {
            v = unext_arg(args, arglen, &argidx);
            if (v == NULL)
                goto error;
        }
        switch (c) {
        case '%':
            cbuf = '%';
            pbuf = &cbuf;
            len = 1;
            break;
        case 's':
        case 'r':
            if (PyUnicode_Check(v) && c == 's') {
                temp = v;
                Py_INCREF(temp);
            }
            else {
                temp = c == 's' ? PyObject_Unicode(v) : PyObject_Repr(v);
                if (temp == NULL)
                    goto error;
                if (PyString_Check(temp)) {
                    PyObject *u = PyUnicode_Decode(PyString_AS_STRING(temp),
                                                   PyString_GET_SIZE(temp),
                                                   NULL, "strict");
                    Py_DECREF(temp);
                    temp = u;
                    if (temp == NULL)
                        goto error;
                }
                else if (!PyUnicode_Check(temp)) {
                    Py_DECREF(temp);
                    PyErr_SetString(PyExc_TypeError,
                                    "%s argument has non-string str()");
                    goto error;
                }
            }
            pbuf = PyUnicode_AS_UNICODE(temp);
            len = PyUnicode_GET_SIZE(temp);
            if (prec >= 0 && len > prec)
                len = prec;
            break;
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            temp = format_number_via_str(flags, width, prec, (int)c, v);
            if (temp == NULL)
                goto error;
            if (ub_write(&out, PyUnicode_AS_UNICODE(temp),
                         PyUnicode_GET_SIZE(temp)) < 0) {
                Py_DECREF(temp);
                goto error;
            }
            Py_DECREF(temp);
            goto next;
        case 'c':
            if (PyUnicode_Check(v)) {
                if (PyUnicode_GET_SIZE(v) != 1)
                    goto bad_c;
                cbuf = PyUnicode_AS_UNICODE(v)[0];
            }
            else if (PyString_Check(v)) {
                if (PyString_GET_SIZE(v) != 1)
                    goto bad_c;
                cbuf = (unsigned char)PyString_AS_STRING(v)[0];
            }
            else {
                long x = PyInt_AsLong(v);
                if (x == -1 && PyErr_Occurred())
                    goto bad_c;
                if (x < 0 || x > MAX_UNICODE) {
                    PyErr_SetString(PyExc_OverflowError,
                                    "%c arg not in range(0x110000) (wide Python build)");
                    goto error;
                }
                cbuf = (Py_UNICODE)x;
            }
            pbuf = &cbuf;
            len = 1;
            break;
        bad_c:
            PyErr_SetString(PyExc_TypeError, "%c requires int or char");
            goto error;
        default:
            PyErr_Format(PyExc_ValueError,
                         "unsupported format character '%c' (0x%x) at index %zd",
                         (31 <= c && c <= 126) ? (char)c : '?', (int)c,
                         (Py_ssize_t)(fmt - 1 - fmt0));
            goto error;
        }
        if (width < 0)
            width = 0;
        if (uemit(&out, pbuf, len, flags, width) < 0) {
            Py_XDECREF(temp);
            goto error;
        }
        Py_XDECREF(temp);
    next:
        if (dict && argidx < arglen && c != '%') {
            PyErr_SetString(PyExc_TypeError,
                            "not all arguments converted during string formatting");
            goto error;
        }
    }
    if (argidx < arglen && !dict) {
        PyErr_SetString(PyExc_TypeError,
                        "not all arguments converted during string formatting");
        goto error;
    }
    if (args_owned)
        Py_DECREF(args);
    Py_DECREF(ufmt);
    return ub_finish(&out);

error:
    ub_abort(&out);
    if (args_owned)
        Py_DECREF(args);
    Py_DECREF(ufmt);
    return NULL;
}

static PyObject *
unicode_mod(PyObject *v, PyObject *w)
{
    if (!PyUnicode_Check(v)) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
    }
    return PyUnicode_Format(v, w);
}

/* ------------------------------------------------------------------ */
/* Type object */

static PyObject *unicode_subtype_new(PyTypeObject *type, PyObject *args,
                                     PyObject *kwds);

static PyObject *
unicode_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *x = NULL;
    static char *kwlist[] = {"string", "encoding", "errors", 0};
    char *encoding = NULL, *errors = NULL;

    if (type != &PyUnicode_Type)
        return unicode_subtype_new(type, args, kwds);
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Oss:unicode", kwlist,
                                     &x, &encoding, &errors))
        return NULL;
    if (x == NULL)
        return unicode_empty();
    if (encoding == NULL && errors == NULL)
        return PyObject_Unicode(x);
    return PyUnicode_FromEncodedObject(x, encoding, errors);
}

static PyObject *
unicode_subtype_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *tmp;
    PyUnicodeObject *pnew;
    Py_ssize_t n;

    tmp = unicode_new(&PyUnicode_Type, args, kwds);
    if (tmp == NULL)
        return NULL;
    if (!PyUnicode_Check(tmp)) {
        Py_DECREF(tmp);
        PyErr_SetString(PyExc_TypeError, "unicode() did not return unicode");
        return NULL;
    }
    pnew = (PyUnicodeObject *)type->tp_alloc(type, 0);
    if (pnew == NULL) {
        Py_DECREF(tmp);
        return NULL;
    }
    n = PyUnicode_GET_SIZE(tmp);
    pnew->str = (Py_UNICODE *)PyMem_Malloc((n + 1) * sizeof(Py_UNICODE));
    if (pnew->str == NULL) {
        Py_DECREF(tmp);
        Py_DECREF(pnew);
        return PyErr_NoMemory();
    }
    memcpy(pnew->str, PyUnicode_AS_UNICODE(tmp), (n + 1) * sizeof(Py_UNICODE));
    pnew->length = n;
    pnew->hash = ((PyUnicodeObject *)tmp)->hash;
    pnew->defenc = NULL;
    Py_DECREF(tmp);
    return (PyObject *)pnew;
}

#define NOARGS(name, fn, doc) {name, (PyCFunction)fn, METH_NOARGS, doc}
#define VARARGS(name, fn, doc) {name, (PyCFunction)fn, METH_VARARGS, doc}

static PyMethodDef unicode_methods[] = {
    VARARGS("encode", unicode_encode, "S.encode([encoding[,errors]]) -> string or unicode"),
    VARARGS("replace", unicode_replace, "S.replace (old, new[, maxsplit]) -> unicode"),
    VARARGS("split", unicode_split, "S.split([sep [,maxsplit]]) -> list of strings"),
    VARARGS("rsplit", unicode_rsplit, "S.rsplit([sep [,maxsplit]]) -> list of strings"),
    {"join", (PyCFunction)unicode_join, METH_O, "S.join(sequence) -> unicode"},
    NOARGS("capitalize", unicode_capitalize, "S.capitalize() -> unicode"),
    NOARGS("title", unicode_title, "S.title() -> unicode"),
    VARARGS("center", unicode_center, "S.center(width[, fillchar]) -> unicode"),
    VARARGS("count", unicode_count, "S.count(sub[, start[, end]]) -> int"),
    VARARGS("expandtabs", unicode_expandtabs, "S.expandtabs([tabsize]) -> unicode"),
    VARARGS("find", unicode_find, "S.find(sub [,start [,end]]) -> int"),
    {"partition", (PyCFunction)unicode_partition, METH_O, "S.partition(sep) -> (head, sep, tail)"},
    VARARGS("index", unicode_index, "S.index(sub [,start [,end]]) -> int"),
    VARARGS("ljust", unicode_ljust, "S.ljust(width[, fillchar]) -> int"),
    NOARGS("lower", unicode_lower, "S.lower() -> unicode"),
    VARARGS("lstrip", unicode_lstrip, "S.lstrip([chars]) -> unicode"),
    VARARGS("decode", unicode_decode, "S.decode([encoding[,errors]]) -> string or unicode"),
    VARARGS("rfind", unicode_rfind, "S.rfind(sub [,start [,end]]) -> int"),
    VARARGS("rindex", unicode_rindex, "S.rindex(sub [,start [,end]]) -> int"),
    VARARGS("rjust", unicode_rjust, "S.rjust(width[, fillchar]) -> unicode"),
    VARARGS("rstrip", unicode_rstrip, "S.rstrip([chars]) -> unicode"),
    {"rpartition", (PyCFunction)unicode_rpartition, METH_O, "S.rpartition(sep) -> (tail, sep, head)"},
    VARARGS("splitlines", unicode_splitlines, "S.splitlines([keepends]]) -> list of strings"),
    VARARGS("strip", unicode_strip, "S.strip([chars]) -> unicode"),
    NOARGS("swapcase", unicode_swapcase, "S.swapcase() -> unicode"),
    {"translate", (PyCFunction)unicode_translate, METH_O, "S.translate(table) -> unicode"},
    NOARGS("upper", unicode_upper, "S.upper() -> unicode"),
    VARARGS("startswith", unicode_startswith, "S.startswith(prefix[, start[, end]]) -> bool"),
    VARARGS("endswith", unicode_endswith, "S.endswith(suffix[, start[, end]]) -> bool"),
    NOARGS("islower", unicode_islower, "S.islower() -> bool"),
    NOARGS("isupper", unicode_isupper, "S.isupper() -> bool"),
    NOARGS("istitle", unicode_istitle, "S.istitle() -> bool"),
    NOARGS("isspace", unicode_isspace, "S.isspace() -> bool"),
    NOARGS("isdecimal", unicode_isdecimal, "S.isdecimal() -> bool"),
    NOARGS("isdigit", unicode_isdigit, "S.isdigit() -> bool"),
    NOARGS("isnumeric", unicode_isnumeric, "S.isnumeric() -> bool"),
    NOARGS("isalpha", unicode_isalpha, "S.isalpha() -> bool"),
    NOARGS("isalnum", unicode_isalnum, "S.isalnum() -> bool"),
    VARARGS("zfill", unicode_zfill, "S.zfill(width) -> unicode"),
    NOARGS("__getnewargs__", unicode_getnewargs, NULL),
    {NULL, NULL, 0, NULL}
};

#undef NOARGS
#undef VARARGS

static PyNumberMethods unicode_as_number = {
    0,                  /* nb_add */
    0,                  /* nb_subtract */
    0,                  /* nb_multiply */
    0,                  /* nb_divide */
    unicode_mod,        /* nb_remainder */
};

static PySequenceMethods unicode_as_sequence = {
    unicode_length,                     /* sq_length */
    PyUnicode_Concat,                   /* sq_concat */
    unicode_repeat,                     /* sq_repeat */
    unicode_item,                       /* sq_item */
    unicode_slice,                      /* sq_slice */
    0,                                  /* sq_ass_item */
    0,                                  /* sq_ass_slice */
    PyUnicode_Contains,                 /* sq_contains */
};

static PyMappingMethods unicode_as_mapping = {
    unicode_length,
    unicode_subscript,
    0,
};

static PyBufferProcs unicode_as_buffer = {
    unicode_getreadbuf,
    unicode_getwritebuf,
    unicode_getsegcount,
    unicode_getcharbuf,
};

PyDoc_STRVAR(unicode_doc,
"unicode(string [, encoding[, errors]]) -> object\n\
\n\
Create a new Unicode object from the given encoded string.\n\
encoding defaults to the current default string encoding.\n\
errors can be 'strict', 'replace' or 'ignore' and defaults to 'strict'.");

PyTypeObject PyUnicode_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "unicode",
    sizeof(PyUnicodeObject),
    0,
    unicode_dealloc,                    /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    unicode_tp_compare,                 /* tp_compare */
    unicode_repr,                       /* tp_repr */
    &unicode_as_number,                 /* tp_as_number */
    &unicode_as_sequence,               /* tp_as_sequence */
    &unicode_as_mapping,                /* tp_as_mapping */
    unicode_hash,                       /* tp_hash */
    0,                                  /* tp_call */
    unicode_str,                        /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    &unicode_as_buffer,                 /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES |
        Py_TPFLAGS_BASETYPE,            /* tp_flags */
    unicode_doc,                        /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    PyUnicode_RichCompare,              /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    unicode_methods,                    /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    &PyBaseString_Type,                 /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    unicode_new,                        /* tp_new */
    PyObject_Del,                       /* tp_free */
};
