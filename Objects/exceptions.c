/* The built-in exception classes of Python 2.5, as new-style types
   rooted at BaseException, and the `exceptions` module.

   Every class is a static type (immutable from Python).  They are built
   from one table at start-up: each entry names the class, its base and
   its "kind", which says what C struct the instances use and which
   constructor and __str__ they get.  Entries without a kind of their own
   share everything with their base. */

#include "Python.h"
#include "structmember.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* BaseException                                                       */

#define BASE(o) ((PyBaseExceptionObject *)(o))

static int
base_set_args_from(PyBaseExceptionObject *self, PyObject *args)
{
    PyObject *old = self->args, *msg;

    Py_INCREF(args);
    self->args = args;
    Py_XDECREF(old);
    /* 2.5: message is the sole argument, else '' */
    if (PyTuple_GET_SIZE(args) == 1)
        msg = PyTuple_GET_ITEM(args, 0);
    else
        msg = PyString_FromString("");
    if (msg == NULL)
        return -1;
    if (PyTuple_GET_SIZE(args) == 1)
        Py_INCREF(msg);
    old = self->message;
    self->message = msg;
    Py_XDECREF(old);
    return 0;
}

static PyObject *
BaseException_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyBaseExceptionObject *self;

    self = (PyBaseExceptionObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->dict = NULL;
    /* __init__ fills these in; a subclass whose __init__ does not call
       the base one keeps the empty values (2.5 behaviour). */
    self->args = PyTuple_New(0);
    self->message = PyString_FromString("");
    if (self->args == NULL || self->message == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static int
BaseException_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (!_PyArg_NoKeywords(self->ob_type->tp_name, kwds))
        return -1;
    return base_set_args_from(BASE(self), args);
}

static int
BaseException_clear(PyObject *self)
{
    Py_CLEAR(BASE(self)->dict);
    Py_CLEAR(BASE(self)->args);
    Py_CLEAR(BASE(self)->message);
    return 0;
}

static int
BaseException_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(BASE(self)->dict);
    Py_VISIT(BASE(self)->args);
    Py_VISIT(BASE(self)->message);
    return 0;
}

static PyObject *
BaseException_str(PyObject *self)
{
    PyObject *args = BASE(self)->args;

    if (args == NULL || PyTuple_GET_SIZE(args) == 0)
        return PyString_FromString("");
    if (PyTuple_GET_SIZE(args) == 1)
        return PyObject_Str(PyTuple_GET_ITEM(args, 0));
    return PyObject_Str(args);
}

static const char *
short_type_name(PyObject *self)
{
    const char *name = self->ob_type->tp_name;
    const char *dot = strrchr(name, '.');
    return dot != NULL ? dot + 1 : name;
}

static PyObject *
BaseException_repr(PyObject *self)
{
    PyObject *args = BASE(self)->args, *r, *res;

    if (args == NULL)
        return PyString_FromFormat("%s()", short_type_name(self));
    r = PyObject_Repr(args);
    if (r == NULL)
        return NULL;
    res = PyString_FromFormat("%s%s", short_type_name(self),
                              PyString_AS_STRING(r));
    Py_DECREF(r);
    return res;
}

static PyObject *
BaseException_reduce(PyObject *self)
{
    PyObject *args = BASE(self)->args ? BASE(self)->args : Py_None;
    if (BASE(self)->dict != NULL && PyDict_Size(BASE(self)->dict) > 0)
        return PyTuple_Pack(3, (PyObject *)self->ob_type, args,
                            BASE(self)->dict);
    return PyTuple_Pack(2, (PyObject *)self->ob_type, args);
}

static PyObject *
BaseException_setstate(PyObject *self, PyObject *state)
{
    if (state != Py_None) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        if (!PyDict_Check(state)) {
            PyErr_SetString(PyExc_TypeError, "state is not a dictionary");
            return NULL;
        }
        while (PyDict_Next(state, &pos, &key, &value)) {
            if (PyObject_SetAttr(self, key, value) < 0)
                return NULL;
        }
    }
    Py_RETURN_NONE;
}

static PyObject *
BaseException_getitem(PyObject *self, Py_ssize_t index)
{
    PyObject *args = BASE(self)->args;
    if (args == NULL || index < 0 || index >= PyTuple_GET_SIZE(args)) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    Py_INCREF(PyTuple_GET_ITEM(args, index));
    return PyTuple_GET_ITEM(args, index);
}

static PyObject *
BaseException_getslice(PyObject *self, Py_ssize_t lo, Py_ssize_t hi)
{
    PyObject *args = BASE(self)->args;
    if (args == NULL)
        return PyTuple_New(0);
    return PySequence_GetSlice(args, lo, hi);
}

static PyObject *
BaseException_get_dict(PyObject *self, void *unused)
{
    if (BASE(self)->dict == NULL) {
        BASE(self)->dict = PyDict_New();
        if (BASE(self)->dict == NULL)
            return NULL;
    }
    Py_INCREF(BASE(self)->dict);
    return BASE(self)->dict;
}

static int
BaseException_set_dict(PyObject *self, PyObject *value, void *unused)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "__dict__ must be a dictionary");
        return -1;
    }
    Py_INCREF(value);
    Py_XDECREF(BASE(self)->dict);
    BASE(self)->dict = value;
    return 0;
}

static PyObject *
BaseException_get_args(PyObject *self, void *unused)
{
    if (BASE(self)->args == NULL)
        Py_RETURN_NONE;
    Py_INCREF(BASE(self)->args);
    return BASE(self)->args;
}

static int
BaseException_set_args(PyObject *self, PyObject *value, void *unused)
{
    PyObject *t;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "args may not be deleted");
        return -1;
    }
    t = PySequence_Tuple(value);
    if (t == NULL)
        return -1;
    Py_XDECREF(BASE(self)->args);
    BASE(self)->args = t;
    return 0;
}

static PyObject *
BaseException_get_message(PyObject *self, void *unused)
{
    PyObject *m = BASE(self)->message;
    if (m == NULL)
        m = Py_None;
    Py_INCREF(m);
    return m;
}

static int
BaseException_set_message(PyObject *self, PyObject *value, void *unused)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "message attribute may not be deleted");
        return -1;
    }
    Py_INCREF(value);
    Py_XDECREF(BASE(self)->message);
    BASE(self)->message = value;
    return 0;
}

static PyMethodDef BaseException_methods[] = {
    {"__reduce__", (PyCFunction)BaseException_reduce, METH_NOARGS, NULL},
    {"__setstate__", (PyCFunction)BaseException_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef BaseException_getset[] = {
    {"__dict__", BaseException_get_dict, BaseException_set_dict, NULL, NULL},
    {"args", BaseException_get_args, BaseException_set_args, NULL, NULL},
    {"message", BaseException_get_message, BaseException_set_message,
     "exception message", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PySequenceMethods BaseException_as_sequence = {
    0,                                  /* sq_length */
    0,                                  /* sq_concat */
    0,                                  /* sq_repeat */
    BaseException_getitem,              /* sq_item */
    BaseException_getslice,             /* sq_slice */
    0, 0, 0, 0, 0
};

/* ------------------------------------------------------------------ */
/* SystemExit                                                          */

#define SYSEXIT(o) ((PySystemExitObject *)(o))

static int
SystemExit_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *code;
    Py_ssize_t n = PyTuple_GET_SIZE(args);

    if (BaseException_init(self, args, kwds) < 0)
        return -1;
    if (n == 0)
        code = Py_None;
    else if (n == 1)
        code = PyTuple_GET_ITEM(args, 0);
    else
        code = args;
    Py_INCREF(code);
    Py_XDECREF(SYSEXIT(self)->code);
    SYSEXIT(self)->code = code;
    return 0;
}

static int
SystemExit_clear(PyObject *self)
{
    Py_CLEAR(SYSEXIT(self)->code);
    return BaseException_clear(self);
}

static int
SystemExit_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(SYSEXIT(self)->code);
    return BaseException_traverse(self, visit, arg);
}

static PyMemberDef SystemExit_members[] = {
    {"code", T_OBJECT, offsetof(PySystemExitObject, code), 0,
     "exception code"},
    {NULL, 0, 0, 0, NULL}
};

/* ------------------------------------------------------------------ */
/* EnvironmentError (IOError, OSError)                                 */

#define ENVERR(o) ((PyEnvironmentErrorObject *)(o))

static void
replace_field(PyObject **slot, PyObject *v)
{
    PyObject *old = *slot;
    Py_XINCREF(v);
    *slot = v;
    Py_XDECREF(old);
}

static int
EnvironmentError_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);

    if (BaseException_init(self, args, kwds) < 0)
        return -1;
    if (n < 2 || n > 3)
        return 0;
    replace_field(&ENVERR(self)->myerrno, PyTuple_GET_ITEM(args, 0));
    replace_field(&ENVERR(self)->strerror, PyTuple_GET_ITEM(args, 1));
    if (n == 3) {
        /* the file name is an attribute, not one of the args */
        PyObject *two;
        replace_field(&ENVERR(self)->filename, PyTuple_GET_ITEM(args, 2));
        two = PyTuple_GetSlice(args, 0, 2);
        if (two == NULL)
            return -1;
        Py_XDECREF(BASE(self)->args);
        BASE(self)->args = two;
    }
    return 0;
}

static int
EnvironmentError_clear(PyObject *self)
{
    Py_CLEAR(ENVERR(self)->myerrno);
    Py_CLEAR(ENVERR(self)->strerror);
    Py_CLEAR(ENVERR(self)->filename);
    return BaseException_clear(self);
}

static int
EnvironmentError_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(ENVERR(self)->myerrno);
    Py_VISIT(ENVERR(self)->strerror);
    Py_VISIT(ENVERR(self)->filename);
    return BaseException_traverse(self, visit, arg);
}

static PyObject *
EnvironmentError_str(PyObject *self)
{
    PyEnvironmentErrorObject *e = ENVERR(self);
    PyObject *fmt, *tup, *res;

    if (e->filename != NULL && e->filename != Py_None) {
        PyObject *fname = PyObject_Repr(e->filename);
        if (fname == NULL)
            return NULL;
        fmt = PyString_FromString("[Errno %s] %s: %s");
        tup = PyTuple_Pack(3, e->myerrno ? e->myerrno : Py_None,
                           e->strerror ? e->strerror : Py_None, fname);
        Py_DECREF(fname);
    }
    else if (e->myerrno != NULL && e->myerrno != Py_None &&
             e->strerror != NULL && e->strerror != Py_None) {
        fmt = PyString_FromString("[Errno %s] %s");
        tup = PyTuple_Pack(2, e->myerrno, e->strerror);
    }
    else
        return BaseException_str(self);
    if (fmt == NULL || tup == NULL) {
        Py_XDECREF(fmt);
        Py_XDECREF(tup);
        return NULL;
    }
    res = PyString_Format(fmt, tup);
    Py_DECREF(fmt);
    Py_DECREF(tup);
    return res;
}

static PyObject *
EnvironmentError_reduce(PyObject *self)
{
    PyEnvironmentErrorObject *e = ENVERR(self);
    PyObject *args = BASE(self)->args, *res;

    if (args != NULL && PyTuple_GET_SIZE(args) == 2 &&
        e->filename != NULL && e->filename != Py_None)
        args = PyTuple_Pack(3, PyTuple_GET_ITEM(args, 0),
                            PyTuple_GET_ITEM(args, 1), e->filename);
    else
        Py_XINCREF(args);
    if (args == NULL)
        return NULL;
    if (BASE(self)->dict != NULL && PyDict_Size(BASE(self)->dict) > 0)
        res = PyTuple_Pack(3, (PyObject *)self->ob_type, args,
                           BASE(self)->dict);
    else
        res = PyTuple_Pack(2, (PyObject *)self->ob_type, args);
    Py_DECREF(args);
    return res;
}

static PyMethodDef EnvironmentError_methods[] = {
    {"__reduce__", (PyCFunction)EnvironmentError_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef EnvironmentError_members[] = {
    {"errno", T_OBJECT, offsetof(PyEnvironmentErrorObject, myerrno), 0,
     "exception errno"},
    {"strerror", T_OBJECT, offsetof(PyEnvironmentErrorObject, strerror), 0,
     "exception strerror"},
    {"filename", T_OBJECT, offsetof(PyEnvironmentErrorObject, filename), 0,
     "exception filename"},
    {NULL, 0, 0, 0, NULL}
};

/* ------------------------------------------------------------------ */
/* SyntaxError (IndentationError, TabError)                            */

#define SYNERR(o) ((PySyntaxErrorObject *)(o))

static int
SyntaxError_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PySyntaxErrorObject *e = SYNERR(self);
    Py_ssize_t n = PyTuple_GET_SIZE(args);

    if (BaseException_init(self, args, kwds) < 0)
        return -1;
    if (n >= 1)
        replace_field(&e->msg, PyTuple_GET_ITEM(args, 0));
    if (n == 2) {
        PyObject *info = PySequence_Tuple(PyTuple_GET_ITEM(args, 1));
        if (info == NULL)
            return -1;
        if (PyTuple_GET_SIZE(info) != 4) {
            Py_DECREF(info);
            PyErr_SetString(PyExc_IndexError, "tuple index out of range");
            return -1;
        }
        replace_field(&e->filename, PyTuple_GET_ITEM(info, 0));
        replace_field(&e->lineno, PyTuple_GET_ITEM(info, 1));
        replace_field(&e->offset, PyTuple_GET_ITEM(info, 2));
        replace_field(&e->text, PyTuple_GET_ITEM(info, 3));
        Py_DECREF(info);
    }
    return 0;
}

static int
SyntaxError_clear(PyObject *self)
{
    PySyntaxErrorObject *e = SYNERR(self);
    Py_CLEAR(e->msg);
    Py_CLEAR(e->filename);
    Py_CLEAR(e->lineno);
    Py_CLEAR(e->offset);
    Py_CLEAR(e->text);
    Py_CLEAR(e->print_file_and_line);
    return BaseException_clear(self);
}

static int
SyntaxError_traverse(PyObject *self, visitproc visit, void *arg)
{
    PySyntaxErrorObject *e = SYNERR(self);
    Py_VISIT(e->msg);
    Py_VISIT(e->filename);
    Py_VISIT(e->lineno);
    Py_VISIT(e->offset);
    Py_VISIT(e->text);
    Py_VISIT(e->print_file_and_line);
    return BaseException_traverse(self, visit, arg);
}

static PyObject *
SyntaxError_str(PyObject *self)
{
    PySyntaxErrorObject *e = SYNERR(self);
    PyObject *text, *res;
    const char *fname = NULL;
    int have_line;

    text = PyObject_Str(e->msg ? e->msg : Py_None);
    if (text == NULL || !PyString_Check(text))
        return text;
    if (e->filename != NULL && PyString_Check(e->filename)) {
        const char *slash;
        fname = PyString_AS_STRING(e->filename);
        slash = strrchr(fname, '/');
        if (slash != NULL)
            fname = slash + 1;
    }
    have_line = e->lineno != NULL && PyInt_Check(e->lineno);
    if (fname != NULL && have_line)
        res = PyString_FromFormat("%s (%s, line %ld)",
                                  PyString_AS_STRING(text), fname,
                                  PyInt_AsLong(e->lineno));
    else if (fname != NULL)
        res = PyString_FromFormat("%s (%s)", PyString_AS_STRING(text),
                                  fname);
    else if (have_line)
        res = PyString_FromFormat("%s (line %ld)", PyString_AS_STRING(text),
                                  PyInt_AsLong(e->lineno));
    else
        return text;
    Py_DECREF(text);
    return res;
}

static PyMemberDef SyntaxError_members[] = {
    {"msg", T_OBJECT, offsetof(PySyntaxErrorObject, msg), 0,
     "exception msg"},
    {"filename", T_OBJECT, offsetof(PySyntaxErrorObject, filename), 0,
     "exception filename"},
    {"lineno", T_OBJECT, offsetof(PySyntaxErrorObject, lineno), 0,
     "exception lineno"},
    {"offset", T_OBJECT, offsetof(PySyntaxErrorObject, offset), 0,
     "exception offset"},
    {"text", T_OBJECT, offsetof(PySyntaxErrorObject, text), 0,
     "exception text"},
    {"print_file_and_line", T_OBJECT,
     offsetof(PySyntaxErrorObject, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL}
};

/* ------------------------------------------------------------------ */
/* KeyError                                                            */

static PyObject *
KeyError_str(PyObject *self)
{
    /* A missing key is shown the way it would be typed. */
    PyObject *args = BASE(self)->args;
    if (args != NULL && PyTuple_GET_SIZE(args) == 1)
        return PyObject_Repr(PyTuple_GET_ITEM(args, 0));
    return BaseException_str(self);
}

/* ------------------------------------------------------------------ */
/* UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError        */

#define UNIERR(o) ((PyUnicodeErrorObject *)(o))

static int
UnicodeError_clear(PyObject *self)
{
    Py_CLEAR(UNIERR(self)->encoding);
    Py_CLEAR(UNIERR(self)->object);
    Py_CLEAR(UNIERR(self)->reason);
    return BaseException_clear(self);
}

static int
UnicodeError_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(UNIERR(self)->encoding);
    Py_VISIT(UNIERR(self)->object);
    Py_VISIT(UNIERR(self)->reason);
    return BaseException_traverse(self, visit, arg);
}

/* Parses (encoding, object, start, end, reason); encoding is NULL for
   UnicodeTranslateError, which has no encoding argument. */
static int
unicode_error_fill(PyObject *self, PyObject *args, PyTypeObject *objtype,
                   int with_encoding)
{
    PyUnicodeErrorObject *e = UNIERR(self);
    PyObject *enc = NULL, *obj, *reason;
    Py_ssize_t start, end;

    if (with_encoding) {
        if (!PyArg_ParseTuple(args, "O!O!nnO!", &PyString_Type, &enc,
                              objtype, &obj, &start, &end,
                              &PyString_Type, &reason))
            return -1;
    }
    else {
        if (!PyArg_ParseTuple(args, "O!nnO!", objtype, &obj, &start, &end,
                              &PyString_Type, &reason))
            return -1;
    }
    replace_field(&e->encoding, enc);
    replace_field(&e->object, obj);
    replace_field(&e->reason, reason);
    e->start = start;
    e->end = end;
    return 0;
}

static int
UnicodeEncodeError_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (BaseException_init(self, args, kwds) < 0)
        return -1;
    return unicode_error_fill(self, args, &PyUnicode_Type, 1);
}

static int
UnicodeDecodeError_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (BaseException_init(self, args, kwds) < 0)
        return -1;
    return unicode_error_fill(self, args, &PyString_Type, 1);
}

static int
UnicodeTranslateError_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (BaseException_init(self, args, kwds) < 0)
        return -1;
    return unicode_error_fill(self, args, &PyUnicode_Type, 0);
}

/* u'\xNN', u'\uNNNN' or u'\UNNNNNNNN' for one code point */
static void
format_code_point(char *buf, size_t size, unsigned long ch)
{
    if (ch <= 0xff)
        PyOS_snprintf(buf, size, "u'\\x%02lx'", ch);
    else if (ch <= 0xffff)
        PyOS_snprintf(buf, size, "u'\\u%04lx'", ch);
    else
        PyOS_snprintf(buf, size, "u'\\U%08lx'", ch);
}

static const char *
string_or_empty(PyObject *o)
{
    return (o != NULL && PyString_Check(o)) ? PyString_AS_STRING(o) : "";
}

static int
unicode_error_ready(PyUnicodeErrorObject *e)
{
    return e->object != NULL && e->reason != NULL;
}

static PyObject *
UnicodeEncodeError_str(PyObject *self)
{
    PyUnicodeErrorObject *e = UNIERR(self);
    const char *enc = string_or_empty(e->encoding);
    const char *reason = string_or_empty(e->reason);

    if (!unicode_error_ready(e))
        return BaseException_str(self);
    if (e->end == e->start + 1 && PyUnicode_Check(e->object) &&
        e->start >= 0 && e->start < PyUnicode_GET_SIZE(e->object)) {
        char cp[16];
        format_code_point(cp, sizeof(cp),
            (unsigned long)PyUnicode_AS_UNICODE(e->object)[e->start]);
        return PyString_FromFormat(
            "'%.400s' codec can't encode character %s in position %zd: %.400s",
            enc, cp, e->start, reason);
    }
    return PyString_FromFormat(
        "'%.400s' codec can't encode characters in position %zd-%zd: %.400s",
        enc, e->start, e->end - 1, reason);
}

static PyObject *
UnicodeDecodeError_str(PyObject *self)
{
    PyUnicodeErrorObject *e = UNIERR(self);
    const char *enc = string_or_empty(e->encoding);
    const char *reason = string_or_empty(e->reason);

    if (!unicode_error_ready(e))
        return BaseException_str(self);
    if (e->end == e->start + 1 && PyString_Check(e->object) &&
        e->start >= 0 && e->start < PyString_GET_SIZE(e->object)) {
        char byte[8];
        PyOS_snprintf(byte, sizeof(byte), "%02x",
            (unsigned)(unsigned char)PyString_AS_STRING(e->object)[e->start]);
        return PyString_FromFormat(
            "'%.400s' codec can't decode byte 0x%s in position %zd: %.400s",
            enc, byte, e->start, reason);
    }
    return PyString_FromFormat(
        "'%.400s' codec can't decode bytes in position %zd-%zd: %.400s",
        enc, e->start, e->end - 1, reason);
}

static PyObject *
UnicodeTranslateError_str(PyObject *self)
{
    PyUnicodeErrorObject *e = UNIERR(self);
    const char *reason = string_or_empty(e->reason);

    if (!unicode_error_ready(e))
        return BaseException_str(self);
    if (e->end == e->start + 1 && PyUnicode_Check(e->object) &&
        e->start >= 0 && e->start < PyUnicode_GET_SIZE(e->object)) {
        char cp[16];
        format_code_point(cp, sizeof(cp),
            (unsigned long)PyUnicode_AS_UNICODE(e->object)[e->start]);
        return PyString_FromFormat(
            "can't translate character %s in position %zd: %.400s",
            cp, e->start, reason);
    }
    return PyString_FromFormat(
        "can't translate characters in position %zd-%zd: %.400s",
        e->start, e->end - 1, reason);
}

static PyMemberDef UnicodeError_members[] = {
    {"encoding", T_OBJECT, offsetof(PyUnicodeErrorObject, encoding), 0,
     "exception encoding"},
    {"object", T_OBJECT, offsetof(PyUnicodeErrorObject, object), 0,
     "exception object"},
    {"reason", T_OBJECT, offsetof(PyUnicodeErrorObject, reason), 0,
     "exception reason"},
    {NULL, 0, 0, 0, NULL}
};

/* start and end are C integers in the struct */
static PyObject *
UnicodeError_get_pos(PyObject *self, void *which)
{
    return PyInt_FromSsize_t(which ? UNIERR(self)->end : UNIERR(self)->start);
}

static int
UnicodeError_set_pos(PyObject *self, PyObject *value, void *which)
{
    Py_ssize_t n;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "can't delete attribute");
        return -1;
    }
    n = PyInt_AsSsize_t(value);
    if (n == -1 && PyErr_Occurred())
        return -1;
    if (which)
        UNIERR(self)->end = n;
    else
        UNIERR(self)->start = n;
    return 0;
}

static PyGetSetDef UnicodeError_getset[] = {
    {"start", UnicodeError_get_pos, UnicodeError_set_pos,
     "exception start", NULL},
    {"end", UnicodeError_get_pos, UnicodeError_set_pos,
     "exception end", (void *)1},
    {NULL, NULL, NULL, NULL, NULL}
};

/* ---- C accessors ------------------------------------------------- */

static PyObject *
unierr_attr(PyObject *exc, PyObject *v, const char *name, PyTypeObject *t)
{
    if (v == NULL) {
        PyErr_Format(PyExc_TypeError, "%.200s attribute not set", name);
        return NULL;
    }
    if (!PyObject_TypeCheck(v, t)) {
        PyErr_Format(PyExc_TypeError, "%.200s attribute must be %s",
                     name, t == &PyString_Type ? "str" : "unicode");
        return NULL;
    }
    Py_INCREF(v);
    return v;
}

PyObject *
PyUnicodeEncodeError_GetEncoding(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->encoding, "encoding", &PyString_Type);
}

PyObject *
PyUnicodeDecodeError_GetEncoding(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->encoding, "encoding", &PyString_Type);
}

PyObject *
PyUnicodeEncodeError_GetObject(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->object, "object", &PyUnicode_Type);
}

PyObject *
PyUnicodeDecodeError_GetObject(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->object, "object", &PyString_Type);
}

PyObject *
PyUnicodeTranslateError_GetObject(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->object, "object", &PyUnicode_Type);
}

static Py_ssize_t
unierr_object_len(PyObject *exc, int is_bytes)
{
    PyObject *o = UNIERR(exc)->object;
    if (o == NULL)
        return 0;
    if (is_bytes)
        return PyString_Check(o) ? PyString_GET_SIZE(o) : 0;
    return PyUnicode_Check(o) ? PyUnicode_GET_SIZE(o) : 0;
}

/* start is clamped into [0, len-1], end into [1, len] */
static int
unierr_get_start(PyObject *exc, Py_ssize_t *start, int is_bytes)
{
    Py_ssize_t len;
    if (UNIERR(exc)->object == NULL) {
        PyErr_SetString(PyExc_TypeError, "object attribute not set");
        return -1;
    }
    len = unierr_object_len(exc, is_bytes);
    *start = UNIERR(exc)->start;
    if (*start < 0)
        *start = 0;
    if (*start >= len)
        *start = len == 0 ? 0 : len - 1;
    return 0;
}

static int
unierr_get_end(PyObject *exc, Py_ssize_t *end, int is_bytes)
{
    Py_ssize_t len;
    if (UNIERR(exc)->object == NULL) {
        PyErr_SetString(PyExc_TypeError, "object attribute not set");
        return -1;
    }
    len = unierr_object_len(exc, is_bytes);
    *end = UNIERR(exc)->end;
    if (*end < 1)
        *end = 1;
    if (*end > len)
        *end = len;
    return 0;
}

int
PyUnicodeEncodeError_GetStart(PyObject *exc, Py_ssize_t *start)
{
    return unierr_get_start(exc, start, 0);
}

int
PyUnicodeDecodeError_GetStart(PyObject *exc, Py_ssize_t *start)
{
    return unierr_get_start(exc, start, 1);
}

int
PyUnicodeTranslateError_GetStart(PyObject *exc, Py_ssize_t *start)
{
    return unierr_get_start(exc, start, 0);
}

int
PyUnicodeEncodeError_SetStart(PyObject *exc, Py_ssize_t start)
{
    UNIERR(exc)->start = start;
    return 0;
}

int
PyUnicodeDecodeError_SetStart(PyObject *exc, Py_ssize_t start)
{
    UNIERR(exc)->start = start;
    return 0;
}

int
PyUnicodeTranslateError_SetStart(PyObject *exc, Py_ssize_t start)
{
    UNIERR(exc)->start = start;
    return 0;
}

int
PyUnicodeEncodeError_GetEnd(PyObject *exc, Py_ssize_t *end)
{
    return unierr_get_end(exc, end, 0);
}

int
PyUnicodeDecodeError_GetEnd(PyObject *exc, Py_ssize_t *end)
{
    return unierr_get_end(exc, end, 1);
}

int
PyUnicodeTranslateError_GetEnd(PyObject *exc, Py_ssize_t *end)
{
    return unierr_get_end(exc, end, 0);
}

int
PyUnicodeEncodeError_SetEnd(PyObject *exc, Py_ssize_t end)
{
    UNIERR(exc)->end = end;
    return 0;
}

int
PyUnicodeDecodeError_SetEnd(PyObject *exc, Py_ssize_t end)
{
    UNIERR(exc)->end = end;
    return 0;
}

int
PyUnicodeTranslateError_SetEnd(PyObject *exc, Py_ssize_t end)
{
    UNIERR(exc)->end = end;
    return 0;
}

PyObject *
PyUnicodeEncodeError_GetReason(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->reason, "reason", &PyString_Type);
}

PyObject *
PyUnicodeDecodeError_GetReason(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->reason, "reason", &PyString_Type);
}

PyObject *
PyUnicodeTranslateError_GetReason(PyObject *exc)
{
    return unierr_attr(exc, UNIERR(exc)->reason, "reason", &PyString_Type);
}

static int
unierr_set_reason(PyObject *exc, const char *reason)
{
    PyObject *r = PyString_FromString(reason);
    if (r == NULL)
        return -1;
    Py_XDECREF(UNIERR(exc)->reason);
    UNIERR(exc)->reason = r;
    return 0;
}

int
PyUnicodeEncodeError_SetReason(PyObject *exc, const char *reason)
{
    return unierr_set_reason(exc, reason);
}

int
PyUnicodeDecodeError_SetReason(PyObject *exc, const char *reason)
{
    return unierr_set_reason(exc, reason);
}

int
PyUnicodeTranslateError_SetReason(PyObject *exc, const char *reason)
{
    return unierr_set_reason(exc, reason);
}

PyObject *
PyUnicodeDecodeError_Create(const char *encoding, const char *object,
                            Py_ssize_t length, Py_ssize_t start,
                            Py_ssize_t end, const char *reason)
{
    return PyObject_CallFunction(PyExc_UnicodeDecodeError, "ss#nns",
                                 encoding, object, length, start, end,
                                 reason);
}

PyObject *
PyUnicodeEncodeError_Create(const char *encoding, const Py_UNICODE *object,
                            Py_ssize_t length, Py_ssize_t start,
                            Py_ssize_t end, const char *reason)
{
    return PyObject_CallFunction(PyExc_UnicodeEncodeError, "su#nns",
                                 encoding, object, length, start, end,
                                 reason);
}

PyObject *
PyUnicodeTranslateError_Create(const Py_UNICODE *object, Py_ssize_t length,
                               Py_ssize_t start, Py_ssize_t end,
                               const char *reason)
{
    return PyObject_CallFunction(PyExc_UnicodeTranslateError, "u#nns",
                                 object, length, start, end, reason);
}

/* ------------------------------------------------------------------ */
/* The table of classes                                                */

enum exc_kind {
    K_INHERIT,          /* same layout and behaviour as the base */
    K_BASE,
    K_SYSEXIT,
    K_ENVERR,
    K_SYNTAX,
    K_KEYERR,
    K_UNI_ENCODE,
    K_UNI_DECODE,
    K_UNI_TRANSLATE
};

typedef struct {
    PyTypeObject *type;
    PyObject **global;
    const char *name;           /* "exceptions.Name" */
    PyTypeObject *base;         /* NULL: object */
    enum exc_kind kind;
    const char *doc;
} exc_spec;

/* The type objects themselves; their slots are filled from the table. */
#define DECLARE_EXC(N) \
    static PyTypeObject N##_type; PyObject *PyExc_##N = NULL;
DECLARE_EXC(BaseException)
DECLARE_EXC(Exception)
DECLARE_EXC(StandardError)
DECLARE_EXC(TypeError)
DECLARE_EXC(StopIteration)
DECLARE_EXC(GeneratorExit)
DECLARE_EXC(SystemExit)
DECLARE_EXC(KeyboardInterrupt)
DECLARE_EXC(ImportError)
DECLARE_EXC(EnvironmentError)
DECLARE_EXC(IOError)
DECLARE_EXC(OSError)
DECLARE_EXC(EOFError)
DECLARE_EXC(RuntimeError)
DECLARE_EXC(NotImplementedError)
DECLARE_EXC(NameError)
DECLARE_EXC(UnboundLocalError)
DECLARE_EXC(AttributeError)
DECLARE_EXC(SyntaxError)
DECLARE_EXC(IndentationError)
DECLARE_EXC(TabError)
DECLARE_EXC(LookupError)
DECLARE_EXC(IndexError)
DECLARE_EXC(KeyError)
DECLARE_EXC(ValueError)
DECLARE_EXC(UnicodeError)
DECLARE_EXC(UnicodeEncodeError)
DECLARE_EXC(UnicodeDecodeError)
DECLARE_EXC(UnicodeTranslateError)
DECLARE_EXC(AssertionError)
DECLARE_EXC(ArithmeticError)
DECLARE_EXC(FloatingPointError)
DECLARE_EXC(OverflowError)
DECLARE_EXC(ZeroDivisionError)
DECLARE_EXC(SystemError)
DECLARE_EXC(ReferenceError)
DECLARE_EXC(MemoryError)
DECLARE_EXC(Warning)
DECLARE_EXC(UserWarning)
DECLARE_EXC(DeprecationWarning)
DECLARE_EXC(PendingDeprecationWarning)
DECLARE_EXC(SyntaxWarning)
DECLARE_EXC(RuntimeWarning)
DECLARE_EXC(FutureWarning)
DECLARE_EXC(ImportWarning)
DECLARE_EXC(UnicodeWarning)
#undef DECLARE_EXC

PyObject *PyExc_MemoryErrorInst = NULL;

#define SPEC(N, B, K, D) \
    {&N##_type, &PyExc_##N, "exceptions." #N, B, K, D}

static exc_spec exc_table[] = {
    SPEC(BaseException, NULL, K_BASE,
         "Common base class for all exceptions"),
    SPEC(Exception, &BaseException_type, K_INHERIT,
         "Common base class for all non-exit exceptions."),
    SPEC(StandardError, &Exception_type, K_INHERIT,
         "Base class for all standard Python exceptions that do not represent\n"
         "interpreter exiting."),
    SPEC(TypeError, &StandardError_type, K_INHERIT,
         "Inappropriate argument type."),
    SPEC(StopIteration, &Exception_type, K_INHERIT,
         "Signal the end from iterator.next()."),
    SPEC(GeneratorExit, &Exception_type, K_INHERIT,
         "Request that a generator exit."),
    SPEC(SystemExit, &BaseException_type, K_SYSEXIT,
         "Request to exit from the interpreter."),
    SPEC(KeyboardInterrupt, &BaseException_type, K_INHERIT,
         "Program interrupted by user."),
    SPEC(ImportError, &StandardError_type, K_INHERIT,
         "Import can't find module, or can't find name in module."),
    SPEC(EnvironmentError, &StandardError_type, K_ENVERR,
         "Base class for I/O related errors."),
    SPEC(IOError, &EnvironmentError_type, K_INHERIT,
         "I/O operation failed."),
    SPEC(OSError, &EnvironmentError_type, K_INHERIT,
         "OS system call failed."),
    SPEC(EOFError, &StandardError_type, K_INHERIT,
         "Read beyond end of file."),
    SPEC(RuntimeError, &StandardError_type, K_INHERIT,
         "Unspecified run-time error."),
    SPEC(NotImplementedError, &RuntimeError_type, K_INHERIT,
         "Method or function hasn't been implemented yet."),
    SPEC(NameError, &StandardError_type, K_INHERIT,
         "Name not found globally."),
    SPEC(UnboundLocalError, &NameError_type, K_INHERIT,
         "Local name referenced but not bound to a value."),
    SPEC(AttributeError, &StandardError_type, K_INHERIT,
         "Attribute not found."),
    SPEC(SyntaxError, &StandardError_type, K_SYNTAX,
         "Invalid syntax."),
    SPEC(IndentationError, &SyntaxError_type, K_INHERIT,
         "Improper indentation."),
    SPEC(TabError, &IndentationError_type, K_INHERIT,
         "Improper mixture of spaces and tabs."),
    SPEC(LookupError, &StandardError_type, K_INHERIT,
         "Base class for lookup errors."),
    SPEC(IndexError, &LookupError_type, K_INHERIT,
         "Sequence index out of range."),
    SPEC(KeyError, &LookupError_type, K_KEYERR,
         "Mapping key not found."),
    SPEC(ValueError, &StandardError_type, K_INHERIT,
         "Inappropriate argument value (of correct type)."),
    SPEC(UnicodeError, &ValueError_type, K_INHERIT,
         "Unicode related error."),
    SPEC(UnicodeEncodeError, &UnicodeError_type, K_UNI_ENCODE,
         "Unicode encoding error."),
    SPEC(UnicodeDecodeError, &UnicodeError_type, K_UNI_DECODE,
         "Unicode decoding error."),
    SPEC(UnicodeTranslateError, &UnicodeError_type, K_UNI_TRANSLATE,
         "Unicode translation error."),
    SPEC(AssertionError, &StandardError_type, K_INHERIT,
         "Assertion failed."),
    SPEC(ArithmeticError, &StandardError_type, K_INHERIT,
         "Base class for arithmetic errors."),
    SPEC(FloatingPointError, &ArithmeticError_type, K_INHERIT,
         "Floating point operation failed."),
    SPEC(OverflowError, &ArithmeticError_type, K_INHERIT,
         "Result too large to be represented."),
    SPEC(ZeroDivisionError, &ArithmeticError_type, K_INHERIT,
         "Second argument to a division or modulo operation was zero."),
    SPEC(SystemError, &StandardError_type, K_INHERIT,
         "Internal error in the Python interpreter.\n\n"
         "Please report this to the Python maintainer, along with the traceback,\n"
         "the Python version, and the hardware/OS platform and version."),
    SPEC(ReferenceError, &StandardError_type, K_INHERIT,
         "Weak ref proxy used after referent went away."),
    SPEC(MemoryError, &StandardError_type, K_INHERIT,
         "Out of memory."),
    SPEC(Warning, &Exception_type, K_INHERIT,
         "Base class for warning categories."),
    SPEC(UserWarning, &Warning_type, K_INHERIT,
         "Base class for warnings generated by user code."),
    SPEC(DeprecationWarning, &Warning_type, K_INHERIT,
         "Base class for warnings about deprecated features."),
    SPEC(PendingDeprecationWarning, &Warning_type, K_INHERIT,
         "Base class for warnings about features which will be deprecated\n"
         "in the future."),
    SPEC(SyntaxWarning, &Warning_type, K_INHERIT,
         "Base class for warnings about dubious syntax."),
    SPEC(RuntimeWarning, &Warning_type, K_INHERIT,
         "Base class for warnings about dubious runtime behavior."),
    SPEC(FutureWarning, &Warning_type, K_INHERIT,
         "Base class for warnings about constructs that will change semantically\n"
         "in the future."),
    SPEC(ImportWarning, &Warning_type, K_INHERIT,
         "Base class for warnings about probable mistakes in module imports"),
    SPEC(UnicodeWarning, &Warning_type, K_INHERIT,
         "Base class for warnings about Unicode related problems, mostly\n"
         "related to conversion problems."),
};
#undef SPEC

#define N_EXC ((int)(sizeof(exc_table) / sizeof(exc_table[0])))

static void
exc_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_TRASHCAN_SAFE_BEGIN(self)
    if (self->ob_type->tp_clear != NULL)
        self->ob_type->tp_clear(self);
    self->ob_type->tp_free(self);
    Py_TRASHCAN_SAFE_END(self)
}

/* Fills the slots of one static type from its table entry. */
static void
fill_type(exc_spec *s)
{
    PyTypeObject *t = s->type;
    PyTypeObject *b = s->base;

    t->ob_refcnt = 1;
    t->ob_type = &PyType_Type;
    t->tp_name = s->name;
    t->tp_doc = s->doc;
    t->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE |
                  Py_TPFLAGS_HAVE_GC;
    t->tp_base = b;

    if (b != NULL) {
        /* same layout and behaviour as the base unless the kind says */
        t->tp_basicsize = b->tp_basicsize;
        t->tp_dictoffset = b->tp_dictoffset;
        t->tp_dealloc = b->tp_dealloc;
        t->tp_traverse = b->tp_traverse;
        t->tp_clear = b->tp_clear;
        t->tp_init = b->tp_init;
        t->tp_new = b->tp_new;
        t->tp_str = b->tp_str;
        t->tp_repr = b->tp_repr;
    }

    switch (s->kind) {
    case K_INHERIT:
        break;
    case K_BASE:
        t->tp_basicsize = sizeof(PyBaseExceptionObject);
        t->tp_dictoffset = offsetof(PyBaseExceptionObject, dict);
        t->tp_dealloc = exc_dealloc;
        t->tp_traverse = BaseException_traverse;
        t->tp_clear = BaseException_clear;
        t->tp_init = BaseException_init;
        t->tp_new = BaseException_new;
        t->tp_str = BaseException_str;
        t->tp_repr = BaseException_repr;
        t->tp_getattro = PyObject_GenericGetAttr;
        t->tp_setattro = PyObject_GenericSetAttr;
        t->tp_methods = BaseException_methods;
        t->tp_getset = BaseException_getset;
        t->tp_as_sequence = &BaseException_as_sequence;
        break;
    case K_SYSEXIT:
        t->tp_basicsize = sizeof(PySystemExitObject);
        t->tp_init = SystemExit_init;
        t->tp_traverse = SystemExit_traverse;
        t->tp_clear = SystemExit_clear;
        t->tp_members = SystemExit_members;
        break;
    case K_ENVERR:
        t->tp_basicsize = sizeof(PyEnvironmentErrorObject);
        t->tp_init = EnvironmentError_init;
        t->tp_traverse = EnvironmentError_traverse;
        t->tp_clear = EnvironmentError_clear;
        t->tp_str = EnvironmentError_str;
        t->tp_members = EnvironmentError_members;
        t->tp_methods = EnvironmentError_methods;
        break;
    case K_SYNTAX:
        t->tp_basicsize = sizeof(PySyntaxErrorObject);
        t->tp_init = SyntaxError_init;
        t->tp_traverse = SyntaxError_traverse;
        t->tp_clear = SyntaxError_clear;
        t->tp_str = SyntaxError_str;
        t->tp_members = SyntaxError_members;
        break;
    case K_KEYERR:
        t->tp_str = KeyError_str;
        break;
    case K_UNI_ENCODE:
    case K_UNI_DECODE:
    case K_UNI_TRANSLATE:
        t->tp_basicsize = sizeof(PyUnicodeErrorObject);
        t->tp_traverse = UnicodeError_traverse;
        t->tp_clear = UnicodeError_clear;
        t->tp_members = UnicodeError_members;
        t->tp_getset = UnicodeError_getset;
        if (s->kind == K_UNI_ENCODE) {
            t->tp_init = UnicodeEncodeError_init;
            t->tp_str = UnicodeEncodeError_str;
        }
        else if (s->kind == K_UNI_DECODE) {
            t->tp_init = UnicodeDecodeError_init;
            t->tp_str = UnicodeDecodeError_str;
        }
        else {
            t->tp_init = UnicodeTranslateError_init;
            t->tp_str = UnicodeTranslateError_str;
        }
        break;
    }
}

static int exc_types_ready = 0;

static int
ready_types(void)
{
    int i;
    if (exc_types_ready)
        return 0;
    for (i = 0; i < N_EXC; i++) {
        fill_type(&exc_table[i]);
        if (PyType_Ready(exc_table[i].type) < 0)
            return -1;
        *exc_table[i].global = (PyObject *)exc_table[i].type;
    }
    exc_types_ready = 1;
    return 0;
}

/* Creates the exception classes (once per process; later calls do
   nothing).  The `exceptions` module of each interpreter and the classes
   in its builtins are made by import.c and bltinmodule.c from the
   PyExc_* globals, so no module dict is shared between interpreters. */
void
_PyExc_Init(void)
{
    if (ready_types() < 0)
        Py_FatalError("exceptions bootstrapping error.");
    if (PyExc_MemoryErrorInst == NULL) {
        /* Kept for trusted code only: see PyErr_NoMemory. */
        PyExc_MemoryErrorInst = BaseException_new(&MemoryError_type,
                                                  NULL, NULL);
        if (PyExc_MemoryErrorInst == NULL)
            Py_FatalError("Cannot pre-allocate MemoryError instance");
    }
}

void
_PyExc_Fini(void)
{
    Py_CLEAR(PyExc_MemoryErrorInst);
}
