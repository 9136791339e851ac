/* The codec registry and the codec error handlers.

   Everything here lives in the current interpreter: the list of search
   functions, the lookup cache and the error handler table are fields of
   PyInterpreterState, made on first use.  The error handler table is
   made (with the five built-in handlers) without importing anything; the
   search path is made on the first codec lookup, which imports the
   `encodings` package so that it registers its search function. */

#include "Python.h"
#include <ctype.h>

static int make_error_registry(PyInterpreterState *interp);

/* Search path and cache; imports `encodings` the first time. */
static PyInterpreterState *
registry_ready(void)
{
    PyThreadState *ts = PyThreadState_GET();
    PyInterpreterState *interp;
    PyObject *mod;

    if (ts == NULL) {
        PyErr_SetString(PyExc_SystemError, "no current thread state");
        return NULL;
    }
    interp = ts->interp;
    if (interp->codec_error_registry == NULL &&
        make_error_registry(interp) < 0)
        return NULL;
    if (interp->codec_search_path != NULL)
        return interp;
    interp->codec_search_path = PyList_New(0);
    interp->codec_search_cache = PyDict_New();
    if (interp->codec_search_path == NULL ||
        interp->codec_search_cache == NULL) {
        Py_CLEAR(interp->codec_search_path);
        Py_CLEAR(interp->codec_search_cache);
        return NULL;
    }
    mod = PyImport_ImportModuleEx("encodings", NULL, NULL, NULL);
    if (mod == NULL) {
        /* without the package only the built-in codecs work */
        if (PyErr_ExceptionMatches(PyExc_ImportError)) {
            PyErr_Clear();
            return interp;
        }
        return NULL;
    }
    Py_DECREF(mod);
    return interp;
}

int
PyCodec_Register(PyObject *search_function)
{
    PyInterpreterState *interp = registry_ready();

    if (interp == NULL)
        return -1;
    if (search_function == NULL) {
        PyErr_BadArgument();
        return -1;
    }
    if (!PyCallable_Check(search_function)) {
        PyErr_SetString(PyExc_TypeError, "argument must be callable");
        return -1;
    }
    return PyList_Append(interp->codec_search_path, search_function);
}

/* Lower case, spaces to '-' (as 2.5 did before the search). */
static PyObject *
normalize_name(const char *s)
{
    size_t n = strlen(s), i;
    PyObject *r;
    char *p;

    if (n > PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError, "string is too large");
        return NULL;
    }
    r = PyString_FromStringAndSize(NULL, (Py_ssize_t)n);
    if (r == NULL)
        return NULL;
    p = PyString_AS_STRING(r);
    for (i = 0; i < n; i++) {
        char c = s[i];
        p[i] = c == ' ' ? '-' : (char)tolower(Py_CHARMASK(c));
    }
    return r;
}

PyObject *
_PyCodec_Lookup(const char *encoding)
{
    PyInterpreterState *interp;
    PyObject *key, *result, *args;
    Py_ssize_t i, n;

    if (encoding == NULL) {
        PyErr_BadArgument();
        return NULL;
    }
    interp = registry_ready();
    if (interp == NULL)
        return NULL;
    key = normalize_name(encoding);
    if (key == NULL)
        return NULL;
    PyString_InternInPlace(&key);
    result = PyDict_GetItem(interp->codec_search_cache, key);
    if (result != NULL) {
        Py_INCREF(result);
        Py_DECREF(key);
        return result;
    }
    n = PyList_Size(interp->codec_search_path);
    if (n < 0)
        goto fail;
    if (n == 0) {
        PyErr_SetString(PyExc_LookupError,
                        "no codec search functions registered: can't find encoding");
        goto fail;
    }
    args = PyTuple_Pack(1, key);
    if (args == NULL)
        goto fail;
    result = NULL;
    for (i = 0; i < n; i++) {
        PyObject *func = PyList_GetItem(interp->codec_search_path, i);
        if (func == NULL) {
            Py_DECREF(args);
            goto fail;
        }
        Py_INCREF(func);
        result = PyEval_CallObject(func, args);
        Py_DECREF(func);
        if (result == NULL) {
            Py_DECREF(args);
            goto fail;
        }
        if (result == Py_None) {
            Py_CLEAR(result);
            continue;
        }
        if (!PyTuple_Check(result) || PyTuple_GET_SIZE(result) != 4) {
            PyErr_SetString(PyExc_TypeError,
                            "codec search functions must return 4-tuples");
            Py_DECREF(result);
            Py_DECREF(args);
            goto fail;
        }
        break;
    }
    Py_DECREF(args);
    if (result == NULL) {
        PyErr_Format(PyExc_LookupError, "unknown encoding: %s", encoding);
        goto fail;
    }
    if (PyDict_SetItem(interp->codec_search_cache, key, result) < 0) {
        Py_DECREF(result);
        goto fail;
    }
    Py_DECREF(key);
    return result;
fail:
    Py_DECREF(key);
    return NULL;
}

/* Item `index` of the codec tuple of `encoding` (new reference). */
static PyObject *
codec_item(const char *encoding, int index)
{
    PyObject *codecs = _PyCodec_Lookup(encoding), *v;

    if (codecs == NULL)
        return NULL;
    v = PyTuple_GET_ITEM(codecs, index);
    Py_INCREF(v);
    Py_DECREF(codecs);
    return v;
}

PyObject *
PyCodec_Encoder(const char *encoding)
{
    return codec_item(encoding, 0);
}

PyObject *
PyCodec_Decoder(const char *encoding)
{
    return codec_item(encoding, 1);
}

static PyObject *
call_with_errors(PyObject *factory, PyObject *first, const char *errors)
{
    PyObject *r;

    if (first != NULL)
        r = errors ? PyObject_CallFunction(factory, "Os", first, errors)
                   : PyObject_CallFunctionObjArgs(factory, first, NULL);
    else
        r = errors ? PyObject_CallFunction(factory, "s", errors)
                   : PyObject_CallFunctionObjArgs(factory, NULL);
    return r;
}

static PyObject *
incremental(const char *encoding, const char *attrname, const char *errors)
{
    PyObject *codecs, *factory, *r;

    codecs = _PyCodec_Lookup(encoding);
    if (codecs == NULL)
        return NULL;
    factory = PyObject_GetAttrString(codecs, (char *)attrname);
    Py_DECREF(codecs);
    if (factory == NULL)
        return NULL;
    r = call_with_errors(factory, NULL, errors);
    Py_DECREF(factory);
    return r;
}

PyObject *
PyCodec_IncrementalEncoder(const char *encoding, const char *errors)
{
    return incremental(encoding, "incrementalencoder", errors);
}

PyObject *
PyCodec_IncrementalDecoder(const char *encoding, const char *errors)
{
    return incremental(encoding, "incrementaldecoder", errors);
}

PyObject *
PyCodec_StreamReader(const char *encoding, PyObject *stream,
                     const char *errors)
{
    PyObject *factory = codec_item(encoding, 2), *r;

    if (factory == NULL)
        return NULL;
    r = call_with_errors(factory, stream, errors);
    Py_DECREF(factory);
    return r;
}

PyObject *
PyCodec_StreamWriter(const char *encoding, PyObject *stream,
                     const char *errors)
{
    PyObject *factory = codec_item(encoding, 3), *r;

    if (factory == NULL)
        return NULL;
    r = call_with_errors(factory, stream, errors);
    Py_DECREF(factory);
    return r;
}

/* Run a codec function and take item 0 of its (object, length) result. */
static PyObject *
run_codec(PyObject *func, PyObject *object, const char *errors,
          const char *badresult)
{
    PyObject *res, *v;

    res = call_with_errors(func, object, errors);
    if (res == NULL)
        return NULL;
    if (!PyTuple_Check(res) || PyTuple_GET_SIZE(res) != 2) {
        PyErr_SetString(PyExc_TypeError, badresult);
        Py_DECREF(res);
        return NULL;
    }
    v = PyTuple_GET_ITEM(res, 0);
    Py_INCREF(v);
    Py_DECREF(res);
    return v;
}

PyObject *
PyCodec_Encode(PyObject *object, const char *encoding, const char *errors)
{
    PyObject *encoder, *v;

    encoder = PyCodec_Encoder(encoding);
    if (encoder == NULL)
        return NULL;
    v = run_codec(encoder, object, errors,
                  "encoder must return a tuple (object,integer)");
    Py_DECREF(encoder);
    return v;
}

PyObject *
PyCodec_Decode(PyObject *object, const char *encoding, const char *errors)
{
    PyObject *decoder, *v;

    decoder = PyCodec_Decoder(encoding);
    if (decoder == NULL)
        return NULL;
    v = run_codec(decoder, object, errors,
                  "decoder must return a tuple (object,integer)");
    Py_DECREF(decoder);
    return v;
}

/* ------------------------------------------------------------------ */
/* Error handlers */

int
PyCodec_RegisterError(const char *name, PyObject *error)
{
    PyThreadState *ts = PyThreadState_GET();
    PyInterpreterState *interp;

    if (ts == NULL) {
        PyErr_SetString(PyExc_SystemError, "no current thread state");
        return -1;
    }
    interp = ts->interp;
    if (interp->codec_error_registry == NULL &&
        make_error_registry(interp) < 0)
        return -1;
    if (!PyCallable_Check(error)) {
        PyErr_SetString(PyExc_TypeError, "handler must be callable");
        return -1;
    }
    return PyDict_SetItemString(interp->codec_error_registry, (char *)name,
                                error);
}

PyObject *
PyCodec_LookupError(const char *name)
{
    PyThreadState *ts = PyThreadState_GET();
    PyInterpreterState *interp;
    PyObject *handler;

    if (ts == NULL) {
        PyErr_SetString(PyExc_SystemError, "no current thread state");
        return NULL;
    }
    interp = ts->interp;
    if (interp->codec_error_registry == NULL &&
        make_error_registry(interp) < 0)
        return NULL;
    if (name == NULL)
        name = "strict";
    handler = PyDict_GetItemString(interp->codec_error_registry, (char *)name);
    if (handler == NULL) {
        PyErr_Format(PyExc_LookupError, "unknown error handler name '%.400s'",
                     name);
        return NULL;
    }
    Py_INCREF(handler);
    return handler;
}

static void
wrong_exception_type(PyObject *exc)
{
    PyObject *type = PyObject_GetAttrString(exc, "__class__");
    PyObject *name = NULL;

    if (type != NULL) {
        name = PyObject_GetAttrString(type, "__name__");
        Py_DECREF(type);
    }
    if (name != NULL && PyString_Check(name))
        PyErr_Format(PyExc_TypeError,
                     "don't know how to handle %.400s in error callback",
                     PyString_AS_STRING(name));
    else if (!PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError,
                        "don't know how to handle this exception in error callback");
    Py_XDECREF(name);
}

PyObject *
PyCodec_StrictErrors(PyObject *exc)
{
    if (PyExceptionInstance_Check(exc))
        PyErr_SetObject(PyExceptionInstance_Class(exc), exc);
    else
        PyErr_SetString(PyExc_TypeError, "codec must pass exception instance");
    return NULL;
}

static int
is_instance_of(PyObject *exc, PyObject *cls)
{
    int r = PyObject_IsInstance(exc, cls);
    if (r < 0)
        PyErr_Clear();
    return r > 0;
}

/* (replacement made of n copies of c, end) */
static PyObject *
repeated_result(Py_UNICODE c, Py_ssize_t n, Py_ssize_t end)
{
    PyObject *u, *r;
    Py_ssize_t i;

    if (n < 0)
        n = 0;
    u = PyUnicode_FromUnicode(NULL, n);
    if (u == NULL)
        return NULL;
    for (i = 0; i < n; i++)
        PyUnicode_AS_UNICODE(u)[i] = c;
    r = Py_BuildValue("(On)", u, end);
    Py_DECREF(u);
    return r;
}

PyObject *
PyCodec_IgnoreErrors(PyObject *exc)
{
    Py_ssize_t end;

    if (is_instance_of(exc, PyExc_UnicodeEncodeError)) {
        if (PyUnicodeEncodeError_GetEnd(exc, &end) < 0)
            return NULL;
    }
    else if (is_instance_of(exc, PyExc_UnicodeDecodeError)) {
        if (PyUnicodeDecodeError_GetEnd(exc, &end) < 0)
            return NULL;
    }
    else if (is_instance_of(exc, PyExc_UnicodeTranslateError)) {
        if (PyUnicodeTranslateError_GetEnd(exc, &end) < 0)
            return NULL;
    }
    else {
        wrong_exception_type(exc);
        return NULL;
    }
    return repeated_result(0, 0, end);
}

PyObject *
PyCodec_ReplaceErrors(PyObject *exc)
{
    Py_ssize_t start, end;

    if (is_instance_of(exc, PyExc_UnicodeEncodeError)) {
        if (PyUnicodeEncodeError_GetStart(exc, &start) < 0 ||
            PyUnicodeEncodeError_GetEnd(exc, &end) < 0)
            return NULL;
        return repeated_result('?', end - start, end);
    }
    if (is_instance_of(exc, PyExc_UnicodeDecodeError)) {
        if (PyUnicodeDecodeError_GetEnd(exc, &end) < 0)
            return NULL;
        return repeated_result(Py_UNICODE_REPLACEMENT_CHARACTER, 1, end);
    }
    if (is_instance_of(exc, PyExc_UnicodeTranslateError)) {
        if (PyUnicodeTranslateError_GetStart(exc, &start) < 0 ||
            PyUnicodeTranslateError_GetEnd(exc, &end) < 0)
            return NULL;
        return repeated_result(Py_UNICODE_REPLACEMENT_CHARACTER, end - start,
                               end);
    }
    wrong_exception_type(exc);
    return NULL;
}

/* Shared by the two encode-only handlers: style 0 "&#N;", 1 backslash. */
static PyObject *
encode_replacement(PyObject *exc, int style)
{
    PyObject *obj, *res, *r;
    Py_ssize_t start, end, i, total = 0;
    Py_UNICODE *p;
    char buf[16];

    if (!is_instance_of(exc, PyExc_UnicodeEncodeError)) {
        wrong_exception_type(exc);
        return NULL;
    }
    if (PyUnicodeEncodeError_GetStart(exc, &start) < 0 ||
        PyUnicodeEncodeError_GetEnd(exc, &end) < 0)
        return NULL;
    obj = PyUnicodeEncodeError_GetObject(exc);
    if (obj == NULL)
        return NULL;
    if (start < 0)
        start = 0;
    if (end > PyUnicode_GET_SIZE(obj))
        end = PyUnicode_GET_SIZE(obj);
    for (i = start; i < end; i++) {
        Py_UNICODE c = PyUnicode_AS_UNICODE(obj)[i];
        int n;
        if (style == 0)
            n = PyOS_snprintf(buf, sizeof(buf), "&#%lu;", (unsigned long)c);
        else if (c >= 0x10000)
            n = 10;
        else if (c >= 0x100)
            n = 6;
        else
            n = 4;
        total += n;
    }
    res = PyUnicode_FromUnicode(NULL, total);
    if (res == NULL) {
        Py_DECREF(obj);
        return NULL;
    }
    p = PyUnicode_AS_UNICODE(res);
    for (i = start; i < end; i++) {
        Py_UNICODE c = PyUnicode_AS_UNICODE(obj)[i];
        int n, k;
        if (style == 0)
            n = PyOS_snprintf(buf, sizeof(buf), "&#%lu;", (unsigned long)c);
        else if (c >= 0x10000)
            n = PyOS_snprintf(buf, sizeof(buf), "\\U%08x", (unsigned int)c);
        else if (c >= 0x100)
            n = PyOS_snprintf(buf, sizeof(buf), "\\u%04x", (unsigned int)c);
        else
            n = PyOS_snprintf(buf, sizeof(buf), "\\x%02x", (unsigned int)c);
        for (k = 0; k < n; k++)
            *p++ = (unsigned char)buf[k];
    }
    Py_DECREF(obj);
    r = Py_BuildValue("(Nn)", res, end);
    return r;
}

PyObject *
PyCodec_XMLCharRefReplaceErrors(PyObject *exc)
{
    return encode_replacement(exc, 0);
}

PyObject *
PyCodec_BackslashReplaceErrors(PyObject *exc)
{
    return encode_replacement(exc, 1);
}

static PyObject *
strict_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_StrictErrors(exc);
}

static PyObject *
ignore_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_IgnoreErrors(exc);
}

static PyObject *
replace_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_ReplaceErrors(exc);
}

static PyObject *
xmlcharrefreplace_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_XMLCharRefReplaceErrors(exc);
}

static PyObject *
backslashreplace_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_BackslashReplaceErrors(exc);
}

static PyMethodDef builtin_handlers[] = {
    {"strict_errors", strict_errors, METH_O,
     "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."},
    {"ignore_errors", ignore_errors, METH_O,
     "Implements the 'ignore' error handling, which ignores malformed data and continues."},
    {"replace_errors", replace_errors, METH_O,
     "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."},
    {"xmlcharrefreplace_errors", xmlcharrefreplace_errors, METH_O,
     "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."},
    {"backslashreplace_errors", backslashreplace_errors, METH_O,
     "Implements the 'backslashreplace' error handling, which replaces an unencodable character with a backslashed escape sequence."},
};

static const char *const builtin_handler_names[] = {
    "strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"
};

static int
make_error_registry(PyInterpreterState *interp)
{
    PyObject *d = PyDict_New();
    int i;

    if (d == NULL)
        return -1;
    for (i = 0; i < 5; i++) {
        PyObject *f = PyCFunction_New(&builtin_handlers[i], NULL);
        if (f == NULL ||
            PyDict_SetItemString(d, (char *)builtin_handler_names[i], f) < 0) {
            Py_XDECREF(f);
            Py_DECREF(d);
            return -1;
        }
        Py_DECREF(f);
    }
    interp->codec_error_registry = d;
    return 0;
}
