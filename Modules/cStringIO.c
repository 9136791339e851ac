/* The cStringIO module of Python 2.5: fast in-memory file objects.

   StringIO() makes an output object (type StringO) that can be written,
   read and seeked; StringIO(s) makes a read-only input object (type
   StringI) over the bytes of s.  Both share one layout: a byte buffer,
   the current position and the logical size.  Unicode text is taken in
   the default encoding, as a character buffer. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "structmember.h"

typedef struct {
    PyObject_HEAD
    char *data;             /* StringO: owned; StringI: inside `source` */
    Py_ssize_t pos;         /* current position (may exceed size) */
    Py_ssize_t size;        /* logical length of the contents */
    Py_ssize_t alloc;       /* StringO: bytes allocated for data */
    int closed;
    int softspace;
    PyObject *source;       /* StringI: the str whose bytes are read */
} iobject;

static PyTypeObject Otype, Itype;

#define IS_OUTPUT(self) ((self)->ob_type == &Otype)

static int
check_open(iobject *self)
{
    if (self->closed) {
        PyErr_SetString(PyExc_ValueError, "I/O operation on closed file");
        return 0;
    }
    return 1;
}

/* Bytes from pos up to and including the next newline (or the end);
   advances pos and returns the count. */
static Py_ssize_t
scan_line(iobject *self, char **start)
{
    Py_ssize_t n, end = self->size;
    char *p, *nl;

    if (self->pos >= end) {
        *start = self->data + end;
        return 0;
    }
    p = self->data + self->pos;
    nl = memchr(p, '\n', end - self->pos);
    n = nl ? (nl - p) + 1 : end - self->pos;
    *start = p;
    self->pos += n;
    return n;
}

/* ---- methods common to StringI and StringO ------------------------------ */

static PyObject *
io_flush(iobject *self)
{
    if (!check_open(self))
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
io_getvalue(iobject *self, PyObject *args)
{
    PyObject *use_pos = Py_None;
    Py_ssize_t n;

    if (!PyArg_UnpackTuple(args, "getvalue", 0, 1, &use_pos))
        return NULL;
    if (!check_open(self))
        return NULL;
    n = self->size;
    if (PyObject_IsTrue(use_pos) > 0)
        n = self->pos < self->size ? self->pos : self->size;
    else if (PyErr_Occurred())
        return NULL;
    return PyString_FromStringAndSize(self->data, n);
}

static PyObject *
io_isatty(iobject *self)
{
    if (!check_open(self))
        return NULL;
    Py_INCREF(Py_False);
    return Py_False;
}

static PyObject *
io_read(iobject *self, PyObject *args)
{
    Py_ssize_t n = -1, avail;
    char *p;

    if (!PyArg_ParseTuple(args, "|n:read", &n))
        return NULL;
    if (!check_open(self))
        return NULL;
    avail = self->size - self->pos;
    if (avail < 0)
        avail = 0;
    if (n < 0 || n > avail)
        n = avail;
    p = self->data + self->pos;
    self->pos += n;
    return PyString_FromStringAndSize(p, n);
}

static PyObject *
io_readline(iobject *self, PyObject *args)
{
    int limit = -1;
    Py_ssize_t n;
    char *p;

    if (args != NULL && !PyArg_ParseTuple(args, "|i:readline", &limit))
        return NULL;
    if (!check_open(self))
        return NULL;
    n = scan_line(self, &p);
    if (limit >= 0 && limit < n) {
        /* give back the part of the line beyond the limit */
        self->pos -= n - limit;
        n = limit;
    }
    return PyString_FromStringAndSize(p, n);
}

static PyObject *
io_readlines(iobject *self, PyObject *args)
{
    int hint = 0;
    Py_ssize_t total = 0;
    PyObject *lines;

    if (!PyArg_ParseTuple(args, "|i:readlines", &hint))
        return NULL;
    if (!check_open(self))
        return NULL;
    lines = PyList_New(0);
    if (lines == NULL)
        return NULL;
    for (;;) {
        char *p;
        Py_ssize_t n = scan_line(self, &p);
        PyObject *line;
        if (n == 0)
            break;
        line = PyString_FromStringAndSize(p, n);
        if (line == NULL || PyList_Append(lines, line) < 0) {
            Py_XDECREF(line);
            Py_DECREF(lines);
            return NULL;
        }
        Py_DECREF(line);
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return lines;
}

static PyObject *
io_reset(iobject *self)
{
    if (!check_open(self))
        return NULL;
    self->pos = 0;
    Py_RETURN_NONE;
}

static PyObject *
io_tell(iobject *self)
{
    if (!check_open(self))
        return NULL;
    return PyInt_FromSsize_t(self->pos);
}

static PyObject *
io_truncate(iobject *self, PyObject *args)
{
    Py_ssize_t at = -1;

    if (!check_open(self))
        return NULL;
    if (!PyArg_ParseTuple(args, "|n:truncate", &at))
        return NULL;
    if (PyTuple_GET_SIZE(args) == 0)
        at = self->pos;
    if (at < 0) {
        errno = EINVAL;
        PyErr_SetFromErrno(PyExc_IOError);
        return NULL;
    }
    if (self->size > at)
        self->size = at;
    if (self->pos > self->size)
        self->pos = self->size;
    Py_RETURN_NONE;
}

static PyObject *
io_seek(iobject *self, PyObject *args)
{
    Py_ssize_t where;
    int whence = 0;

    if (!check_open(self))
        return NULL;
    if (!PyArg_ParseTuple(args, "n|i:seek", &where, &whence))
        return NULL;
    if (whence == 2)
        where = (where > PY_SSIZE_T_MAX - self->size) ? PY_SSIZE_T_MAX
                                                       : where + self->size;
    else if (whence == 1)
        where = (where > PY_SSIZE_T_MAX - self->pos) ? PY_SSIZE_T_MAX
                                                      : where + self->pos;
    if (where < 0)
        where = 0;
    self->pos = where;
    Py_RETURN_NONE;
}

static PyObject *
io_iternext(iobject *self)
{
    PyObject *line = io_readline(self, NULL);
    if (line == NULL)
        return NULL;
    if (PyString_GET_SIZE(line) == 0) {
        Py_DECREF(line);
        return NULL;
    }
    return line;
}

static PyObject *
io_get_closed(iobject *self, void *closure)
{
    return PyBool_FromLong(self->closed);
}

static PyGetSetDef io_getset[] = {
    {"closed", (getter)io_get_closed, NULL, "True if the file is closed", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* ---- StringO -------------------------------------------------------------- */

/* Make sure data can hold `need` bytes. */
static int
out_reserve(iobject *self, Py_ssize_t need)
{
    Py_ssize_t grown;
    char *fresh;

    if (need <= self->alloc)
        return 0;
    grown = self->alloc < PY_SSIZE_T_MAX / 2 ? self->alloc * 2 : need;
    if (grown < need)
        grown = need;
    if (grown < 128)
        grown = 128;
    if (_PyMem_CheckAvailable((size_t)(grown - self->alloc)) < 0)
        return -1;
    fresh = PyMem_Realloc(self->data, grown);
    if (fresh == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->data = fresh;
    self->alloc = grown;
    return 0;
}

static int
out_write_bytes(iobject *self, const char *s, Py_ssize_t n)
{
    Py_ssize_t end;

    if (n > PY_SSIZE_T_MAX - self->pos) {
        PyErr_NoMemory();
        return -1;
    }
    end = self->pos + n;
    if (out_reserve(self, end) < 0)
        return -1;
    /* a write after seeking past the end fills the gap with NULs */
    if (self->pos > self->size)
        memset(self->data + self->size, 0, self->pos - self->size);
    memcpy(self->data + self->pos, s, n);
    self->pos = end;
    if (self->size < end)
        self->size = end;
    return 0;
}

/* Write one object: a str, a unicode (default encoding) or, for write(),
   anything that offers a character buffer.  The two methods report a bad
   argument the way 2.5 did: write() like a "t#" argument, writelines()
   like PyString_AsStringAndSize. */
static int
out_write_object(iobject *self, PyObject *obj, int from_writelines)
{
    const char *s;
    Py_ssize_t n;
    int r;

    if (PyUnicode_Check(obj)) {
        PyObject *enc = PyUnicode_AsEncodedString(obj, NULL, NULL);
        if (enc == NULL)
            return -1;
        r = out_write_bytes(self, PyString_AS_STRING(enc),
                            PyString_GET_SIZE(enc));
        Py_DECREF(enc);
        return r;
    }
    if (PyString_Check(obj))
        return out_write_bytes(self, PyString_AS_STRING(obj),
                               PyString_GET_SIZE(obj));
    if (from_writelines) {
        PyErr_Format(PyExc_TypeError,
                     "expected string or Unicode object, %.200s found",
                     obj->ob_type->tp_name);
        return -1;
    }
    if (PyObject_AsCharBuffer(obj, &s, &n) < 0) {
        PyErr_Format(PyExc_TypeError,
                     "write() argument 1 must be string or read-only "
                     "character buffer, not %.50s",
                     obj == Py_None ? "None" : obj->ob_type->tp_name);
        return -1;
    }
    return out_write_bytes(self, s, n);
}

static PyObject *
out_write(iobject *self, PyObject *args)
{
    PyObject *obj;

    if (!PyArg_UnpackTuple(args, "write", 1, 1, &obj))
        return NULL;
    if (!check_open(self))
        return NULL;
    if (out_write_object(self, obj, 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
out_writelines(iobject *self, PyObject *seq)
{
    PyObject *it, *item;

    it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    while ((item = PyIter_Next(it)) != NULL) {
        int r = check_open(self) ? out_write_object(self, item, 1) : -1;
        Py_DECREF(item);
        if (r < 0) {
            Py_DECREF(it);
            return NULL;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
out_close(iobject *self)
{
    PyMem_Free(self->data);
    self->data = NULL;
    self->alloc = self->size = self->pos = 0;
    self->closed = 1;
    Py_RETURN_NONE;
}

static void
io_dealloc(iobject *self)
{
    if (IS_OUTPUT(self))
        PyMem_Free(self->data);
    Py_XDECREF(self->source);
    PyObject_Del(self);
}

static PyMethodDef out_methods[] = {
    {"flush", (PyCFunction)io_flush, METH_NOARGS, "flush(): does nothing."},
    {"getvalue", (PyCFunction)io_getvalue, METH_VARARGS,
     "getvalue([use_pos]) -- Get the string value.\n"
     "If use_pos is specified and is a true value, then the string returned\n"
     "will include only the text up to the current file position.\n"},
    {"isatty", (PyCFunction)io_isatty, METH_NOARGS,
     "isatty(): always returns 0"},
    {"read", (PyCFunction)io_read, METH_VARARGS,
     "read([s]) -- Read s characters, or the rest of the string"},
    {"readline", (PyCFunction)io_readline, METH_VARARGS,
     "readline() -- Read one line"},
    {"readlines", (PyCFunction)io_readlines, METH_VARARGS,
     "readlines() -- Read all lines"},
    {"reset", (PyCFunction)io_reset, METH_NOARGS,
     "reset() -- Reset the file position to the beginning"},
    {"tell", (PyCFunction)io_tell, METH_NOARGS,
     "tell() -- get the current position."},
    {"truncate", (PyCFunction)io_truncate, METH_VARARGS,
     "truncate(): truncate the file at the current position."},
    {"seek", (PyCFunction)io_seek, METH_VARARGS,
     "seek(position)       -- set the current position\n"
     "seek(position, mode) -- mode 0: absolute; 1: relative; 2: relative to EOF"},
    {"write", (PyCFunction)out_write, METH_VARARGS,
     "write(s) -- Write a string to the file\n\n"
     "Note (hack:) writing None resets the buffer"},
    {"writelines", (PyCFunction)out_writelines, METH_O,
     "writelines(sequence_of_strings) -> None.  Write the strings to the file.\n\n"
     "Note that newlines are not added.  The sequence can be any iterable object\n"
     "producing strings. This is equivalent to calling write() for each string."},
    {"close", (PyCFunction)out_close, METH_NOARGS,
     "close(): explicitly release resources held."},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef out_members[] = {
    {"softspace", T_INT, offsetof(iobject, softspace), 0,
     "flag indicating that a space needs to be printed; used by print"},
    {NULL, 0, 0, 0, NULL}
};

PyDoc_STRVAR(Otype_doc, "Simple type for output to strings.");

static PyTypeObject Otype = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "cStringIO.StringO",
    .tp_basicsize = sizeof(iobject),
    .tp_dealloc = (destructor)io_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = Otype_doc,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)io_iternext,
    .tp_methods = out_methods,
    .tp_members = out_members,
    .tp_getset = io_getset,
};

static PyObject *
make_output(void)
{
    iobject *self = PyObject_New(iobject, &Otype);
    if (self == NULL)
        return NULL;
    self->data = NULL;
    self->pos = self->size = self->alloc = 0;
    self->closed = 0;
    self->softspace = 0;
    self->source = NULL;
    if (out_reserve(self, 128) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/* ---- StringI -------------------------------------------------------------- */

static PyObject *
in_close(iobject *self)
{
    Py_CLEAR(self->source);
    self->data = NULL;
    self->size = self->pos = 0;
    self->closed = 1;
    Py_RETURN_NONE;
}

static PyMethodDef in_methods[] = {
    {"flush", (PyCFunction)io_flush, METH_NOARGS, "flush(): does nothing."},
    {"getvalue", (PyCFunction)io_getvalue, METH_VARARGS,
     "getvalue([use_pos]) -- Get the string value.\n"
     "If use_pos is specified and is a true value, then the string returned\n"
     "will include only the text up to the current file position.\n"},
    {"isatty", (PyCFunction)io_isatty, METH_NOARGS,
     "isatty(): always returns 0"},
    {"read", (PyCFunction)io_read, METH_VARARGS,
     "read([s]) -- Read s characters, or the rest of the string"},
    {"readline", (PyCFunction)io_readline, METH_VARARGS,
     "readline() -- Read one line"},
    {"readlines", (PyCFunction)io_readlines, METH_VARARGS,
     "readlines() -- Read all lines"},
    {"reset", (PyCFunction)io_reset, METH_NOARGS,
     "reset() -- Reset the file position to the beginning"},
    {"tell", (PyCFunction)io_tell, METH_NOARGS,
     "tell() -- get the current position."},
    {"truncate", (PyCFunction)io_truncate, METH_VARARGS,
     "truncate(): truncate the file at the current position."},
    {"seek", (PyCFunction)io_seek, METH_VARARGS,
     "seek(position)       -- set the current position\n"
     "seek(position, mode) -- mode 0: absolute; 1: relative; 2: relative to EOF"},
    {"close", (PyCFunction)in_close, METH_NOARGS,
     "close(): explicitly release resources held."},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(Itype_doc,
"Simple type for treating strings as input file streams");

static PyTypeObject Itype = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "cStringIO.StringI",
    .tp_basicsize = sizeof(iobject),
    .tp_dealloc = (destructor)io_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = Itype_doc,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)io_iternext,
    .tp_methods = in_methods,
    .tp_getset = io_getset,
};

static PyObject *
make_input(PyObject *s)
{
    iobject *self;
    PyObject *bytes;

    /* Keep a str of our own: the bytes of a buffer object could move or
       change under us, a str's cannot. */
    if (PyString_CheckExact(s)) {
        Py_INCREF(s);
        bytes = s;
    }
    else if (PyUnicode_Check(s)) {
        bytes = PyUnicode_AsEncodedString(s, NULL, NULL);
        if (bytes == NULL)
            return NULL;
    }
    else {
        const void *p;
        Py_ssize_t n;
        if (PyObject_AsReadBuffer(s, &p, &n) < 0) {
            PyErr_Format(PyExc_TypeError, "expected read buffer, %.200s found",
                         s->ob_type->tp_name);
            return NULL;
        }
        bytes = PyString_FromStringAndSize((const char *)p, n);
        if (bytes == NULL)
            return NULL;
    }
    self = PyObject_New(iobject, &Itype);
    if (self == NULL) {
        Py_DECREF(bytes);
        return NULL;
    }
    self->source = bytes;
    self->data = PyString_AS_STRING(bytes);
    self->size = PyString_GET_SIZE(bytes);
    self->pos = self->alloc = 0;
    self->closed = 0;
    self->softspace = 0;
    return (PyObject *)self;
}

/* ---- module --------------------------------------------------------------- */

static PyObject *
cstringio_StringIO(PyObject *self, PyObject *args)
{
    PyObject *s = NULL;

    if (!PyArg_UnpackTuple(args, "StringIO", 0, 1, &s))
        return NULL;
    if (s != NULL)
        return make_input(s);
    return make_output();
}

static PyMethodDef cstringio_functions[] = {
    {"StringIO", (PyCFunction)cstringio_StringIO, METH_VARARGS,
     "StringIO([s]) -- Return a StringIO-like stream for reading or writing"},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(cStringIO_module_documentation,
"In-memory file objects implemented in C.\n"
"\n"
"StringIO() returns an object to write text into and read it back;\n"
"StringIO(s) returns a read-only file object over the string s.\n"
"Both support read, readline, readlines, seek, tell, getvalue and close.\n");

PyMODINIT_FUNC
initcStringIO(void)
{
    PyObject *m;

    if (PyType_Ready(&Itype) < 0 || PyType_Ready(&Otype) < 0)
        return;
    m = Py_InitModule3("cStringIO", cstringio_functions,
                       cStringIO_module_documentation);
    if (m == NULL)
        return;
    Py_INCREF(&Itype);
    PyModule_AddObject(m, "InputType", (PyObject *)&Itype);
    Py_INCREF(&Otype);
    PyModule_AddObject(m, "OutputType", (PyObject *)&Otype);
}
