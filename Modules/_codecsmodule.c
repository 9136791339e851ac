/* _codecs: the C side of the codecs module.  It exposes the codec
   registry of the current interpreter and the codecs built into the
   unicode type; the modules of the encodings package wrap these. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

/* (object, consumed length) */
static PyObject *
codec_tuple(PyObject *obj, Py_ssize_t len)
{
    if (obj == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", obj, len);
}

static PyObject *
codecs_register(PyObject *self, PyObject *search_function)
{
    if (PyCodec_Register(search_function) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
codecs_lookup(PyObject *self, PyObject *args)
{
    char *encoding;

    if (!PyArg_ParseTuple(args, "s:lookup", &encoding))
        return NULL;
    return _PyCodec_Lookup(encoding);
}

static PyObject *
codecs_encode(PyObject *self, PyObject *args)
{
    const char *encoding = NULL, *errors = NULL;
    PyObject *v;

    if (!PyArg_ParseTuple(args, "O|ss:encode", &v, &encoding, &errors))
        return NULL;
    if (encoding == NULL)
        encoding = PyUnicode_GetDefaultEncoding();
    return PyCodec_Encode(v, encoding, errors);
}

static PyObject *
codecs_decode(PyObject *self, PyObject *args)
{
    const char *encoding = NULL, *errors = NULL;
    PyObject *v;

    if (!PyArg_ParseTuple(args, "O|ss:decode", &v, &encoding, &errors))
        return NULL;
    if (encoding == NULL)
        encoding = PyUnicode_GetDefaultEncoding();
    return PyCodec_Decode(v, encoding, errors);
}

static PyObject *
codecs_escape_decode(PyObject *self, PyObject *args)
{
    const char *errors = NULL, *data;
    Py_ssize_t size;

    if (!PyArg_ParseTuple(args, "s#|z:escape_decode", &data, &size, &errors))
        return NULL;
    return codec_tuple(PyString_DecodeEscape(data, size, errors, 0, NULL),
                       size);
}

static PyObject *
codecs_escape_encode(PyObject *self, PyObject *args)
{
    PyObject *str, *v;
    const char *errors = NULL;
    Py_ssize_t n;

    if (!PyArg_ParseTuple(args, "O!|z:escape_encode", &PyString_Type, &str,
                          &errors))
        return NULL;
    v = PyString_Repr(str, 0);
    if (v == NULL)
        return NULL;
    /* the repr without its quotes */
    n = PyString_GET_SIZE(v) - 2;
    {
        PyObject *w = PyString_FromStringAndSize(PyString_AS_STRING(v) + 1, n);
        Py_DECREF(v);
        v = w;
    }
    return codec_tuple(v, PyString_GET_SIZE(str));
}

/* --- decoders: (data[, errors[, final]]) --------------------------- */

/* Length of the prefix of s that can be decoded now when more data may
   follow: everything before a '+' whose shift sequence is still open at
   the end of the data. */
static Py_ssize_t
utf7_complete_prefix(const char *s, Py_ssize_t size)
{
    Py_ssize_t i = 0, shift_start = -1;

    while (i < size) {
        unsigned char c = (unsigned char)s[i];
        if (shift_start < 0) {
            if (c == '+') {
                if (i + 1 < size && s[i + 1] == '-') {
                    i += 2;             /* "+-" is a literal '+' */
                    continue;
                }
                shift_start = i;
            }
            i++;
        }
        else {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                (c >= '0' && c <= '9') || c == '+' || c == '/')
                i++;
            else {
                shift_start = -1;       /* the sequence is closed */
                if (c == '-')
                    i++;
            }
        }
    }
    return shift_start < 0 ? size : shift_start;
}

static PyObject *
codecs_utf_7_decode(PyObject *self, PyObject *args)
{
    const char *data, *errors = NULL;
    Py_ssize_t size, consumed;
    int final = 0;

    if (!PyArg_ParseTuple(args, "t#|zi:utf_7_decode", &data, &size, &errors,
                          &final))
        return NULL;
    /* Without the flag the whole input is decoded, as in 2.5. */
    if (PyTuple_GET_SIZE(args) < 3)
        final = 1;
    consumed = final ? size : utf7_complete_prefix(data, size);
    return codec_tuple(PyUnicode_DecodeUTF7(data, consumed, errors),
                       consumed);
}

static PyObject *
codecs_utf_8_decode(PyObject *self, PyObject *args)
{
    const char *data, *errors = NULL;
    Py_ssize_t size, consumed;
    int final = 0;
    PyObject *u;

    if (!PyArg_ParseTuple(args, "t#|zi:utf_8_decode", &data, &size, &errors,
                          &final))
        return NULL;
    consumed = size;
    u = PyUnicode_DecodeUTF8Stateful(data, size, errors,
                                     final ? NULL : &consumed);
    return codec_tuple(u, consumed);
}

static PyObject *
utf16_decode_common(PyObject *args, const char *fmt, int byteorder)
{
    const char *data, *errors = NULL;
    Py_ssize_t size, consumed;
    int final = 0;
    PyObject *u;

    if (!PyArg_ParseTuple(args, fmt, &data, &size, &errors, &final))
        return NULL;
    consumed = size;
    u = PyUnicode_DecodeUTF16Stateful(data, size, errors, &byteorder,
                                      final ? NULL : &consumed);
    return codec_tuple(u, consumed);
}

static PyObject *
codecs_utf_16_decode(PyObject *self, PyObject *args)
{
    return utf16_decode_common(args, "t#|zi:utf_16_decode", 0);
}

static PyObject *
codecs_utf_16_le_decode(PyObject *self, PyObject *args)
{
    return utf16_decode_common(args, "t#|zi:utf_16_le_decode", -1);
}

static PyObject *
codecs_utf_16_be_decode(PyObject *self, PyObject *args)
{
    return utf16_decode_common(args, "t#|zi:utf_16_be_decode", 1);
}

/* Like utf_16_decode but also reports the byte order found:
   (unicode, consumed, byteorder). */
static PyObject *
codecs_utf_16_ex_decode(PyObject *self, PyObject *args)
{
    const char *data, *errors = NULL;
    Py_ssize_t size, consumed;
    int byteorder = 0, final = 0;
    PyObject *u;

    if (!PyArg_ParseTuple(args, "t#|zii:utf_16_ex_decode", &data, &size,
                          &errors, &byteorder, &final))
        return NULL;
    consumed = size;
    u = PyUnicode_DecodeUTF16Stateful(data, size, errors, &byteorder,
                                      final ? NULL : &consumed);
    if (u == NULL)
        return NULL;
    return Py_BuildValue("(Nni)", u, consumed, byteorder);
}

#define SIMPLE_DECODER(fname, call) \
static PyObject * \
codecs_##fname(PyObject *self, PyObject *args) \
{ \
    const char *data, *errors = NULL; \
    Py_ssize_t size; \
    if (!PyArg_ParseTuple(args, "t#|z:" #fname, &data, &size, &errors)) \
        return NULL; \
    return codec_tuple(call(data, size, errors), size); \
}

SIMPLE_DECODER(unicode_escape_decode, PyUnicode_DecodeUnicodeEscape)
SIMPLE_DECODER(raw_unicode_escape_decode, PyUnicode_DecodeRawUnicodeEscape)
SIMPLE_DECODER(latin_1_decode, PyUnicode_DecodeLatin1)
SIMPLE_DECODER(ascii_decode, PyUnicode_DecodeASCII)

static PyObject *
codecs_unicode_internal_decode(PyObject *self, PyObject *args)
{
    PyObject *obj;
    const char *data, *errors = NULL;
    Py_ssize_t size;

    if (!PyArg_ParseTuple(args, "O|z:unicode_internal_decode", &obj, &errors))
        return NULL;
    if (PyUnicode_Check(obj)) {
        Py_INCREF(obj);
        return codec_tuple(obj, PyUnicode_GET_SIZE(obj));
    }
    if (PyObject_AsReadBuffer(obj, (const void **)&data, &size) < 0)
        return NULL;
    return codec_tuple(_PyUnicode_DecodeUnicodeInternal(data, size, errors),
                       size);
}

static PyObject *
codecs_charmap_decode(PyObject *self, PyObject *args)
{
    const char *data, *errors = NULL;
    Py_ssize_t size;
    PyObject *mapping = NULL;

    if (!PyArg_ParseTuple(args, "t#|zO:charmap_decode", &data, &size,
                          &errors, &mapping))
        return NULL;
    if (mapping == Py_None)
        mapping = NULL;
    return codec_tuple(PyUnicode_DecodeCharmap(data, size, mapping, errors),
                       size);
}

static PyObject *
codecs_readbuffer_encode(PyObject *self, PyObject *args)
{
    const char *data, *errors = NULL;
    Py_ssize_t size;

    if (!PyArg_ParseTuple(args, "s#|z:readbuffer_encode", &data, &size,
                          &errors))
        return NULL;
    return codec_tuple(PyString_FromStringAndSize(data, size), size);
}

static PyObject *
codecs_charbuffer_encode(PyObject *self, PyObject *args)
{
    const char *data, *errors = NULL;
    Py_ssize_t size;

    if (!PyArg_ParseTuple(args, "t#|z:charbuffer_encode", &data, &size,
                          &errors))
        return NULL;
    return codec_tuple(PyString_FromStringAndSize(data, size), size);
}

/* --- encoders: (unicode-ish[, errors]) ----------------------------- */

/* The argument as a unicode object (str goes through the default
   encoding, as 2.5 did); new reference. */
static PyObject *
as_unicode(PyObject *obj)
{
    return PyUnicode_FromObject(obj);
}

static PyObject *
codecs_utf_7_encode(PyObject *self, PyObject *args)
{
    PyObject *obj, *u, *r;
    const char *errors = NULL;

    if (!PyArg_ParseTuple(args, "O|z:utf_7_encode", &obj, &errors))
        return NULL;
    u = as_unicode(obj);
    if (u == NULL)
        return NULL;
    r = codec_tuple(PyUnicode_EncodeUTF7(PyUnicode_AS_UNICODE(u),
                                         PyUnicode_GET_SIZE(u), 0, 0, errors),
                    PyUnicode_GET_SIZE(u));
    Py_DECREF(u);
    return r;
}

static PyObject *
utf16_encode_common(PyObject *args, const char *fmt, int byteorder,
                    int take_order)
{
    PyObject *obj, *u, *r;
    const char *errors = NULL;
    int bo = byteorder;

    if (take_order) {
        if (!PyArg_ParseTuple(args, fmt, &obj, &errors, &bo))
            return NULL;
    }
    else if (!PyArg_ParseTuple(args, fmt, &obj, &errors))
        return NULL;
    u = as_unicode(obj);
    if (u == NULL)
        return NULL;
    r = codec_tuple(PyUnicode_EncodeUTF16(PyUnicode_AS_UNICODE(u),
                                          PyUnicode_GET_SIZE(u), errors, bo),
                    PyUnicode_GET_SIZE(u));
    Py_DECREF(u);
    return r;
}

static PyObject *
codecs_utf_16_encode(PyObject *self, PyObject *args)
{
    return utf16_encode_common(args, "O|zi:utf_16_encode", 0, 1);
}

static PyObject *
codecs_utf_16_le_encode(PyObject *self, PyObject *args)
{
    return utf16_encode_common(args, "O|z:utf_16_le_encode", -1, 0);
}

static PyObject *
codecs_utf_16_be_encode(PyObject *self, PyObject *args)
{
    return utf16_encode_common(args, "O|z:utf_16_be_encode", 1, 0);
}

#define SIMPLE_ENCODER(fname, expr) \
static PyObject * \
codecs_##fname(PyObject *self, PyObject *args) \
{ \
    PyObject *obj, *u, *r; \
    const char *errors = NULL; \
    if (!PyArg_ParseTuple(args, "O|z:" #fname, &obj, &errors)) \
        return NULL; \
    u = as_unicode(obj); \
    if (u == NULL) \
        return NULL; \
    r = codec_tuple(expr, PyUnicode_GET_SIZE(u)); \
    Py_DECREF(u); \
    return r; \
}

SIMPLE_ENCODER(utf_8_encode,
               PyUnicode_EncodeUTF8(PyUnicode_AS_UNICODE(u),
                                    PyUnicode_GET_SIZE(u), errors))
SIMPLE_ENCODER(unicode_escape_encode,
               PyUnicode_EncodeUnicodeEscape(PyUnicode_AS_UNICODE(u),
                                             PyUnicode_GET_SIZE(u)))
SIMPLE_ENCODER(raw_unicode_escape_encode,
               PyUnicode_EncodeRawUnicodeEscape(PyUnicode_AS_UNICODE(u),
                                                PyUnicode_GET_SIZE(u)))
SIMPLE_ENCODER(latin_1_encode,
               PyUnicode_EncodeLatin1(PyUnicode_AS_UNICODE(u),
                                      PyUnicode_GET_SIZE(u), errors))
SIMPLE_ENCODER(ascii_encode,
               PyUnicode_EncodeASCII(PyUnicode_AS_UNICODE(u),
                                     PyUnicode_GET_SIZE(u), errors))

static PyObject *
codecs_unicode_internal_encode(PyObject *self, PyObject *args)
{
    PyObject *obj;
    const char *errors = NULL, *data;
    Py_ssize_t size;

    if (!PyArg_ParseTuple(args, "O|z:unicode_internal_encode", &obj, &errors))
        return NULL;
    if (PyUnicode_Check(obj))
        return codec_tuple(
            PyString_FromStringAndSize(PyUnicode_AS_DATA(obj),
                                       PyUnicode_GET_DATA_SIZE(obj)),
            PyUnicode_GET_SIZE(obj));
    if (PyObject_AsReadBuffer(obj, (const void **)&data, &size) < 0)
        return NULL;
    return codec_tuple(PyString_FromStringAndSize(data, size), size);
}

static PyObject *
codecs_charmap_encode(PyObject *self, PyObject *args)
{
    PyObject *obj, *u, *r, *mapping = NULL;
    const char *errors = NULL;

    if (!PyArg_ParseTuple(args, "O|zO:charmap_encode", &obj, &errors,
                          &mapping))
        return NULL;
    if (mapping == Py_None)
        mapping = NULL;
    u = as_unicode(obj);
    if (u == NULL)
        return NULL;
    r = codec_tuple(PyUnicode_EncodeCharmap(PyUnicode_AS_UNICODE(u),
                                            PyUnicode_GET_SIZE(u), mapping,
                                            errors),
                    PyUnicode_GET_SIZE(u));
    Py_DECREF(u);
    return r;
}

static PyObject *
codecs_charmap_build(PyObject *self, PyObject *args)
{
    PyObject *map;

    if (!PyArg_ParseTuple(args, "U:charmap_build", &map))
        return NULL;
    return PyUnicode_BuildEncodingMap(map);
}

/* --- error handler registry ------------------------------------------ */

static PyObject *
codecs_register_error(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *handler;

    if (!PyArg_ParseTuple(args, "sO:register_error", &name, &handler))
        return NULL;
    if (PyCodec_RegisterError(name, handler) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
codecs_lookup_error(PyObject *self, PyObject *args)
{
    const char *name;

    if (!PyArg_ParseTuple(args, "s:lookup_error", &name))
        return NULL;
    return PyCodec_LookupError(name);
}

static PyMethodDef codecs_functions[] = {
    {"register", codecs_register, METH_O,
     "register(search_function)\n\nRegister a codec search function."},
    {"lookup", codecs_lookup, METH_VARARGS,
     "lookup(encoding) -> (encoder, decoder, stream_reader, stream_writer)"},
    {"encode", codecs_encode, METH_VARARGS,
     "encode(obj, [encoding[,errors]]) -> object"},
    {"decode", codecs_decode, METH_VARARGS,
     "decode(obj, [encoding[,errors]]) -> object"},
    {"escape_encode", codecs_escape_encode, METH_VARARGS, NULL},
    {"escape_decode", codecs_escape_decode, METH_VARARGS, NULL},
    {"utf_8_encode", codecs_utf_8_encode, METH_VARARGS, NULL},
    {"utf_8_decode", codecs_utf_8_decode, METH_VARARGS, NULL},
    {"utf_7_encode", codecs_utf_7_encode, METH_VARARGS, NULL},
    {"utf_7_decode", codecs_utf_7_decode, METH_VARARGS, NULL},
    {"utf_16_encode", codecs_utf_16_encode, METH_VARARGS, NULL},
    {"utf_16_le_encode", codecs_utf_16_le_encode, METH_VARARGS, NULL},
    {"utf_16_be_encode", codecs_utf_16_be_encode, METH_VARARGS, NULL},
    {"utf_16_decode", codecs_utf_16_decode, METH_VARARGS, NULL},
    {"utf_16_le_decode", codecs_utf_16_le_decode, METH_VARARGS, NULL},
    {"utf_16_be_decode", codecs_utf_16_be_decode, METH_VARARGS, NULL},
    {"utf_16_ex_decode", codecs_utf_16_ex_decode, METH_VARARGS, NULL},
    {"unicode_escape_encode", codecs_unicode_escape_encode, METH_VARARGS, NULL},
    {"unicode_escape_decode", codecs_unicode_escape_decode, METH_VARARGS, NULL},
    {"unicode_internal_encode", codecs_unicode_internal_encode, METH_VARARGS, NULL},
    {"unicode_internal_decode", codecs_unicode_internal_decode, METH_VARARGS, NULL},
    {"raw_unicode_escape_encode", codecs_raw_unicode_escape_encode, METH_VARARGS, NULL},
    {"raw_unicode_escape_decode", codecs_raw_unicode_escape_decode, METH_VARARGS, NULL},
    {"latin_1_encode", codecs_latin_1_encode, METH_VARARGS, NULL},
    {"latin_1_decode", codecs_latin_1_decode, METH_VARARGS, NULL},
    {"ascii_encode", codecs_ascii_encode, METH_VARARGS, NULL},
    {"ascii_decode", codecs_ascii_decode, METH_VARARGS, NULL},
    {"charmap_encode", codecs_charmap_encode, METH_VARARGS, NULL},
    {"charmap_decode", codecs_charmap_decode, METH_VARARGS, NULL},
    {"charmap_build", codecs_charmap_build, METH_VARARGS, NULL},
    {"readbuffer_encode", codecs_readbuffer_encode, METH_VARARGS, NULL},
    {"charbuffer_encode", codecs_charbuffer_encode, METH_VARARGS, NULL},
    {"register_error", codecs_register_error, METH_VARARGS,
     "register_error(errors, handler)\n\nRegister an error handler."},
    {"lookup_error", codecs_lookup_error, METH_VARARGS,
     "lookup_error(errors) -> handler"},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_codecs(void)
{
    Py_InitModule("_codecs", codecs_functions);
}
