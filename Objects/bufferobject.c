/* The buffer type: a view on (a slice of) another object's buffer
   segment, or on a block of memory. */

#include "Python.h"

typedef struct {
    PyObject_HEAD
    PyObject *b_base;       /* object whose buffer is viewed, or NULL */
    void *b_ptr;            /* memory viewed when b_base is NULL */
    Py_ssize_t b_size;      /* Py_END_OF_BUFFER: up to the base's end */
    Py_ssize_t b_offset;
    int b_readonly;
    long b_hash;
} PyBufferObject;

/* The current pointer and size.  The base is asked every time because its
   memory may have moved or shrunk since the buffer was made. */
static int
get_buf(PyBufferObject *self, void **ptr, Py_ssize_t *size)
{
    PyBufferProcs *bp;
    Py_ssize_t count, offset;
    void *p;

    if (self->b_base == NULL) {
        *ptr = self->b_ptr;
        *size = self->b_size;
        return 1;
    }
    bp = self->b_base->ob_type->tp_as_buffer;
    if (bp == NULL || bp->bf_getsegcount == NULL) {
        PyErr_SetString(PyExc_TypeError, "buffer object expected");
        return 0;
    }
    /* a view covers segment 0 only, so the base must have exactly one */
    if (bp->bf_getsegcount(self->b_base, NULL) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "single-segment buffer object expected");
        return 0;
    }
    if (self->b_readonly) {
        if (bp->bf_getreadbuffer == NULL) {
            PyErr_SetString(PyExc_TypeError, "buffer object expected");
            return 0;
        }
        count = bp->bf_getreadbuffer(self->b_base, 0, &p);
    }
    else {
        if (bp->bf_getwritebuffer == NULL) {
            PyErr_SetString(PyExc_TypeError, "buffer object expected");
            return 0;
        }
        count = bp->bf_getwritebuffer(self->b_base, 0, &p);
    }
    if (count < 0)
        return 0;
    offset = self->b_offset;
    if (offset > count)
        offset = count;
    *ptr = (char *)p + offset;
    *size = count - offset;
    if (self->b_size != Py_END_OF_BUFFER && *size > self->b_size)
        *size = self->b_size;
    return 1;
}

static PyObject *
buffer_from_memory(PyObject *base, Py_ssize_t size, Py_ssize_t offset,
                   void *ptr, int readonly)
{
    PyBufferObject *b;

    if (size < 0 && size != Py_END_OF_BUFFER) {
        PyErr_SetString(PyExc_ValueError, "size must be zero or positive");
        return NULL;
    }
    if (offset < 0) {
        PyErr_SetString(PyExc_ValueError, "offset must be zero or positive");
        return NULL;
    }
    b = PyObject_New(PyBufferObject, &PyBuffer_Type);
    if (b == NULL)
        return NULL;
    Py_XINCREF(base);
    b->b_base = base;
    b->b_ptr = ptr;
    b->b_size = size;
    b->b_offset = offset;
    b->b_readonly = readonly;
    b->b_hash = -1;
    return (PyObject *)b;
}

static PyObject *
buffer_from_object(PyObject *base, Py_ssize_t size, Py_ssize_t offset,
                   int readonly)
{
    if (offset < 0) {
        PyErr_SetString(PyExc_ValueError, "offset must be zero or positive");
        return NULL;
    }
    if (PyBuffer_Check(base) && ((PyBufferObject *)base)->b_base != NULL) {
        /* a view of a view: view the original with the offsets added */
        PyBufferObject *b = (PyBufferObject *)base;
        if (b->b_size != Py_END_OF_BUFFER) {
            Py_ssize_t base_size = b->b_size - offset;
            if (base_size < 0)
                base_size = 0;
            if (size == Py_END_OF_BUFFER || size > base_size)
                size = base_size;
        }
        if (offset > PY_SSIZE_T_MAX - b->b_offset) {
            PyErr_SetString(PyExc_OverflowError, "offset too large");
            return NULL;
        }
        offset += b->b_offset;
        base = b->b_base;
    }
    return buffer_from_memory(base, size, offset, NULL, readonly);
}

PyObject *
PyBuffer_FromObject(PyObject *base, Py_ssize_t offset, Py_ssize_t size)
{
    PyBufferProcs *pb = base->ob_type->tp_as_buffer;

    if (pb == NULL || pb->bf_getreadbuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_SetString(PyExc_TypeError, "buffer object expected");
        return NULL;
    }
    return buffer_from_object(base, size, offset, 1);
}

PyObject *
PyBuffer_FromReadWriteObject(PyObject *base, Py_ssize_t offset,
                             Py_ssize_t size)
{
    PyBufferProcs *pb = base->ob_type->tp_as_buffer;

    if (pb == NULL || pb->bf_getwritebuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_SetString(PyExc_TypeError, "buffer object expected");
        return NULL;
    }
    return buffer_from_object(base, size, offset, 0);
}

PyObject *
PyBuffer_FromMemory(void *ptr, Py_ssize_t size)
{
    return buffer_from_memory(NULL, size, 0, ptr, 1);
}

PyObject *
PyBuffer_FromReadWriteMemory(void *ptr, Py_ssize_t size)
{
    return buffer_from_memory(NULL, size, 0, ptr, 0);
}

/* A read-write buffer owning `size` bytes that follow the object. */
PyObject *
PyBuffer_New(Py_ssize_t size)
{
    PyBufferObject *b;
    size_t total;

    if (size < 0) {
        PyErr_SetString(PyExc_ValueError, "size must be zero or positive");
        return NULL;
    }
    if ((size_t)size > PY_SSIZE_T_MAX - sizeof(PyBufferObject)) {
        PyErr_NoMemory();
        return NULL;
    }
    total = sizeof(PyBufferObject) + (size_t)size;
    if (_PyMem_CheckAvailable(total) < 0)
        return NULL;
    b = (PyBufferObject *)PyObject_MALLOC(total);
    if (b == NULL)
        return PyErr_NoMemory();
    (void)PyObject_INIT(b, &PyBuffer_Type);
    b->b_base = NULL;
    b->b_ptr = (void *)(b + 1);
    b->b_size = size;
    b->b_offset = 0;
    b->b_readonly = 0;
    b->b_hash = -1;
    return (PyObject *)b;
}

/* ------------------------------------------------------------------ */

static PyObject *
buffer_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *ob;
    Py_ssize_t offset = 0, size = Py_END_OF_BUFFER;

    if (!_PyArg_NoKeywords("buffer()", kw))
        return NULL;
    if (!PyArg_ParseTuple(args, "O|nn:buffer", &ob, &offset, &size))
        return NULL;
    return PyBuffer_FromObject(ob, offset, size);
}

static void
buffer_dealloc(PyObject *self)
{
    Py_XDECREF(((PyBufferObject *)self)->b_base);
    PyObject_DEL(self);
}

static int
buffer_compare(PyObject *a, PyObject *b)
{
    void *p1, *p2;
    Py_ssize_t n1, n2, n;
    int c;

    if (!get_buf((PyBufferObject *)a, &p1, &n1))
        return -1;
    if (!get_buf((PyBufferObject *)b, &p2, &n2))
        return -1;
    n = n1 < n2 ? n1 : n2;
    if (n > 0) {
        c = memcmp(p1, p2, n);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return n1 < n2 ? -1 : (n1 > n2 ? 1 : 0);
}

static PyObject *
buffer_repr(PyObject *obj)
{
    PyBufferObject *self = (PyBufferObject *)obj;
    const char *status = self->b_readonly ? "read-only" : "read-write";

    if (self->b_base == NULL)
        return PyString_FromFormat("<%s buffer ptr %p, size %zd at %p>",
                                   status, self->b_ptr, self->b_size,
                                   (void *)self);
    return PyString_FromFormat("<%s buffer for %p, size %zd, offset %zd at %p>",
                               status, (void *)self->b_base, self->b_size,
                               self->b_offset, (void *)self);
}

static long
buffer_hash(PyObject *obj)
{
    PyBufferObject *self = (PyBufferObject *)obj;
    void *ptr;
    Py_ssize_t size, len;
    const unsigned char *p;
    unsigned long x;

    if (self->b_hash != -1)
        return self->b_hash;
    /* a writable buffer could change under a dict */
    if (!self->b_readonly) {
        PyErr_SetString(PyExc_TypeError, "writable buffers are not hashable");
        return -1;
    }
    if (!get_buf(self, &ptr, &size))
        return -1;
    p = (const unsigned char *)ptr;
    len = size;
    x = len > 0 ? (unsigned long)*p << 7 : 0;
    while (--len >= 0)
        x = (1000003UL * x) ^ *p++;
    x ^= (unsigned long)size;
    if ((long)x == -1)
        x = (unsigned long)-2;
    self->b_hash = (long)x;
    return (long)x;
}

static PyObject *
buffer_str(PyObject *self)
{
    void *ptr;
    Py_ssize_t size;

    if (!get_buf((PyBufferObject *)self, &ptr, &size))
        return NULL;
    return PyString_FromStringAndSize((const char *)ptr, size);
}

static Py_ssize_t
buffer_length(PyObject *self)
{
    void *ptr;
    Py_ssize_t size;

    if (!get_buf((PyBufferObject *)self, &ptr, &size))
        return -1;
    return size;
}

static PyObject *
buffer_concat(PyObject *self, PyObject *other)
{
    PyBufferProcs *pb = other->ob_type->tp_as_buffer;
    void *p1, *p2;
    Py_ssize_t n1, n2, count;
    PyObject *r;

    if (pb == NULL || pb->bf_getreadbuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_BadArgument();
        return NULL;
    }
    if (pb->bf_getsegcount(other, NULL) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "single-segment buffer object expected");
        return NULL;
    }
    if (!get_buf((PyBufferObject *)self, &p1, &n1))
        return NULL;
    if (n1 == 0) {
        Py_INCREF(other);
        return other;
    }
    count = pb->bf_getreadbuffer(other, 0, &p2);
    if (count < 0)
        return NULL;
    n2 = count;
    if (n1 > PY_SSIZE_T_MAX - n2) {
        PyErr_NoMemory();
        return NULL;
    }
    r = PyString_FromStringAndSize(NULL, n1 + n2);
    if (r == NULL)
        return NULL;
    memcpy(PyString_AS_STRING(r), p1, n1);
    memcpy(PyString_AS_STRING(r) + n1, p2, n2);
    return r;
}

static PyObject *
buffer_repeat(PyObject *self, Py_ssize_t count)
{
    void *ptr;
    Py_ssize_t size, i;
    PyObject *r;
    char *p;

    if (count < 0)
        count = 0;
    if (!get_buf((PyBufferObject *)self, &ptr, &size))
        return NULL;
    if (size != 0 && count > PY_SSIZE_T_MAX / size) {
        PyErr_SetString(PyExc_MemoryError, "result too large");
        return NULL;
    }
    if (_PyMem_CheckAvailable((size_t)(size * count)) < 0)
        return NULL;
    r = PyString_FromStringAndSize(NULL, size * count);
    if (r == NULL)
        return NULL;
    p = PyString_AS_STRING(r);
    for (i = 0; i < count; i++) {
        memcpy(p, ptr, size);
        p += size;
    }
    return r;
}

static PyObject *
buffer_item(PyObject *self, Py_ssize_t idx)
{
    void *ptr;
    Py_ssize_t size;

    if (!get_buf((PyBufferObject *)self, &ptr, &size))
        return NULL;
    if (idx < 0 || idx >= size) {
        PyErr_SetString(PyExc_IndexError, "buffer index out of range");
        return NULL;
    }
    return PyString_FromStringAndSize((char *)ptr + idx, 1);
}

static PyObject *
buffer_slice(PyObject *self, Py_ssize_t left, Py_ssize_t right)
{
    void *ptr;
    Py_ssize_t size;

    if (!get_buf((PyBufferObject *)self, &ptr, &size))
        return NULL;
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (right > size)
        right = size;
    if (right < left)
        right = left;
    return PyString_FromStringAndSize((char *)ptr + left, right - left);
}

static int
buffer_ass_item(PyObject *obj, Py_ssize_t idx, PyObject *other)
{
    PyBufferObject *self = (PyBufferObject *)obj;
    PyBufferProcs *pb;
    void *ptr1, *ptr2;
    Py_ssize_t size, count;

    if (self->b_readonly) {
        PyErr_SetString(PyExc_TypeError, "buffer is read-only");
        return -1;
    }
    if (!get_buf(self, &ptr1, &size))
        return -1;
    if (idx < 0 || idx >= size) {
        PyErr_SetString(PyExc_IndexError,
                        "buffer assignment index out of range");
        return -1;
    }
    if (other == NULL) {
        PyErr_SetString(PyExc_TypeError, "buffer doesn't support item deletion");
        return -1;
    }
    pb = other->ob_type->tp_as_buffer;
    if (pb == NULL || pb->bf_getreadbuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_BadArgument();
        return -1;
    }
    if (pb->bf_getsegcount(other, NULL) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "single-segment buffer object expected");
        return -1;
    }
    count = pb->bf_getreadbuffer(other, 0, &ptr2);
    if (count < 0)
        return -1;
    if (count != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "right operand must be a single byte");
        return -1;
    }
    ((char *)ptr1)[idx] = *(char *)ptr2;
    return 0;
}

static int
buffer_ass_slice(PyObject *obj, Py_ssize_t left, Py_ssize_t right,
                 PyObject *other)
{
    PyBufferObject *self = (PyBufferObject *)obj;
    PyBufferProcs *pb;
    void *ptr1, *ptr2;
    Py_ssize_t size, slice_len, count;

    if (self->b_readonly) {
        PyErr_SetString(PyExc_TypeError, "buffer is read-only");
        return -1;
    }
    if (other == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "buffer doesn't support slice deletion");
        return -1;
    }
    pb = other->ob_type->tp_as_buffer;
    if (pb == NULL || pb->bf_getreadbuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_BadArgument();
        return -1;
    }
    if (pb->bf_getsegcount(other, NULL) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "single-segment buffer object expected");
        return -1;
    }
    if (!get_buf(self, &ptr1, &size))
        return -1;
    count = pb->bf_getreadbuffer(other, 0, &ptr2);
    if (count < 0)
        return -1;
    if (left < 0)
        left = 0;
    else if (left > size)
        left = size;
    if (right < left)
        right = left;
    else if (right > size)
        right = size;
    slice_len = right - left;
    if (count != slice_len) {
        PyErr_SetString(PyExc_TypeError,
                        "right operand length must match slice length");
        return -1;
    }
    if (slice_len)
        memmove((char *)ptr1 + left, ptr2, slice_len);
    return 0;
}

/* Buffer protocol of the buffer itself: one segment. */

static Py_ssize_t
buffer_getreadbuf(PyObject *self, Py_ssize_t idx, void **pp)
{
    Py_ssize_t size;

    if (idx != 0) {
        PyErr_SetString(PyExc_SystemError,
                        "accessing non-existent buffer segment");
        return -1;
    }
    if (!get_buf((PyBufferObject *)self, pp, &size))
        return -1;
    return size;
}

static Py_ssize_t
buffer_getwritebuf(PyObject *self, Py_ssize_t idx, void **pp)
{
    if (((PyBufferObject *)self)->b_readonly) {
        PyErr_SetString(PyExc_TypeError, "buffer is read-only");
        return -1;
    }
    return buffer_getreadbuf(self, idx, pp);
}

static Py_ssize_t
buffer_getsegcount(PyObject *self, Py_ssize_t *lenp)
{
    void *ptr;
    Py_ssize_t size;

    if (!get_buf((PyBufferObject *)self, &ptr, &size))
        return -1;
    if (lenp)
        *lenp = size;
    return 1;
}

static Py_ssize_t
buffer_getcharbuf(PyObject *self, Py_ssize_t idx, char **pp)
{
    void *ptr;
    Py_ssize_t size;

    if (idx != 0) {
        PyErr_SetString(PyExc_SystemError,
                        "accessing non-existent buffer segment");
        return -1;
    }
    if (!get_buf((PyBufferObject *)self, &ptr, &size))
        return -1;
    *pp = (char *)ptr;
    return size;
}

static PySequenceMethods buffer_as_sequence = {
    buffer_length,          /* sq_length */
    buffer_concat,          /* sq_concat */
    buffer_repeat,          /* sq_repeat */
    buffer_item,            /* sq_item */
    buffer_slice,           /* sq_slice */
    buffer_ass_item,        /* sq_ass_item */
    buffer_ass_slice,       /* sq_ass_slice */
};

static PyBufferProcs buffer_as_buffer = {
    buffer_getreadbuf,
    buffer_getwritebuf,
    buffer_getsegcount,
    buffer_getcharbuf,
};

static char buffer_doc[] =
"buffer(object [, offset[, size]])\n\
\n\
Create a new buffer object which references the given object.\n\
The buffer will reference a slice of the target object from the\n\
start of the object (or at the specified offset). The slice will\n\
extend to the end of the target object (or with the specified size).";

PyTypeObject PyBuffer_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "buffer",
    sizeof(PyBufferObject),
    0,
    buffer_dealloc,                     /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    buffer_compare,                     /* tp_compare */
    buffer_repr,                        /* tp_repr */
    0,                                  /* tp_as_number */
    &buffer_as_sequence,                /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    buffer_hash,                        /* tp_hash */
    0,                                  /* tp_call */
    buffer_str,                         /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    &buffer_as_buffer,                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GETCHARBUFFER, /* tp_flags */
    buffer_doc,                         /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    0,                                  /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    buffer_new,                         /* tp_new */
};
