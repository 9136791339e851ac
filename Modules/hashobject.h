/* The hash object shared by the hash modules (_md5, _sha, _sha256,
   _sha512): update(), digest(), hexdigest(), copy(), the digest_size,
   digestsize, block_size and name attributes, and the constructor.  A
   module supplies only its algorithm (a hash_algorithm) and, before
   including this file, the type of its state as HASH_STATE. */

#ifndef Py_HASHOBJECT_H
#define Py_HASHOBJECT_H

#ifndef HASH_STATE
#error "define HASH_STATE before including hashobject.h"
#endif

#define HASH_MAX_DIGEST 64

typedef struct {
    const char *name;           /* the name attribute: "md5", "sha1", ... */
    int digest_size;            /* bytes, at most HASH_MAX_DIGEST */
    int block_size;
    void (*init)(HASH_STATE *);
    void (*feed)(HASH_STATE *, const unsigned char *, size_t);
    void (*result)(const HASH_STATE *, unsigned char *out);
} hash_algorithm;

typedef struct {
    PyObject_HEAD
    const hash_algorithm *alg;
    HASH_STATE st;
} hashobject;

/* Bytes hashed between two charges to the CPU budget, so that a sandbox
   hashing a huge string still stops on time. */
#define HASH_CHUNK_BYTES 65536

static int
hash_feed_charged(hashobject *h, const unsigned char *p, Py_ssize_t n)
{
    while (n > 0) {
        Py_ssize_t take = n > HASH_CHUNK_BYTES ? HASH_CHUNK_BYTES : n;
        if (_PyEval_ChargeTicks((long)(take >> 6) + 1) < 0)
            return -1;
        h->alg->feed(&h->st, p, (size_t)take);
        p += take;
        n -= take;
    }
    return 0;
}

static void
hash_dealloc(hashobject *self)
{
    PyObject_Del(self);
}

static PyObject *
hash_update(hashobject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;

    if (!PyArg_ParseTuple(args, "s#:update", &data, &len))
        return NULL;
    if (hash_feed_charged(self, (const unsigned char *)data, len) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
hash_digest(hashobject *self, PyObject *unused)
{
    unsigned char out[HASH_MAX_DIGEST];

    self->alg->result(&self->st, out);
    return PyString_FromStringAndSize((char *)out, self->alg->digest_size);
}

static PyObject *
hash_hexdigest(hashobject *self, PyObject *unused)
{
    static const char hexdigits[] = "0123456789abcdef";
    unsigned char out[HASH_MAX_DIGEST];
    char hex[2 * HASH_MAX_DIGEST];
    int i, n = self->alg->digest_size;

    self->alg->result(&self->st, out);
    for (i = 0; i < n; i++) {
        hex[2 * i] = hexdigits[out[i] >> 4];
        hex[2 * i + 1] = hexdigits[out[i] & 15];
    }
    return PyString_FromStringAndSize(hex, 2 * n);
}

static PyObject *
hash_copy(hashobject *self, PyObject *unused)
{
    hashobject *dup = PyObject_New(hashobject, self->ob_type);
    if (dup == NULL)
        return NULL;
    dup->alg = self->alg;
    dup->st = self->st;
    return (PyObject *)dup;
}

static PyMethodDef hash_methods[] = {
    {"update", (PyCFunction)hash_update, METH_VARARGS,
     "update(string)\n\nAppend string to the message being hashed."},
    {"digest", (PyCFunction)hash_digest, METH_NOARGS,
     "digest() -> string\n\nThe binary digest of the message so far."},
    {"hexdigest", (PyCFunction)hash_hexdigest, METH_NOARGS,
     "hexdigest() -> string\n\nThe digest in hexadecimal digits."},
    {"copy", (PyCFunction)hash_copy, METH_NOARGS,
     "copy() -> hash object\n\nAn independent copy of this hash object."},
    {NULL, NULL, 0, NULL}
};

static PyObject *
hash_get_digest_size(hashobject *self, void *closure)
{
    return PyInt_FromLong(self->alg->digest_size);
}

static PyObject *
hash_get_block_size(hashobject *self, void *closure)
{
    return PyInt_FromLong(self->alg->block_size);
}

static PyObject *
hash_get_name(hashobject *self, void *closure)
{
    return PyString_FromString(self->alg->name);
}

static PyGetSetDef hash_getset[] = {
    {"digest_size", (getter)hash_get_digest_size, NULL, NULL, NULL},
    {"digestsize", (getter)hash_get_digest_size, NULL, NULL, NULL},
    {"block_size", (getter)hash_get_block_size, NULL, NULL, NULL},
    {"name", (getter)hash_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* A static hash object type named tpname ("_sha256.sha224"). */
#define HASH_TYPE(var, tpname, doc)                         \
    static PyTypeObject var = {                             \
        PyObject_HEAD_INIT(NULL)                            \
        0,                                                  \
        .tp_name = tpname,                                  \
        .tp_basicsize = sizeof(hashobject),                 \
        .tp_dealloc = (destructor)hash_dealloc,             \
        .tp_getattro = PyObject_GenericGetAttr,             \
        .tp_flags = Py_TPFLAGS_DEFAULT,                     \
        .tp_doc = doc,                                      \
        .tp_methods = hash_methods,                         \
        .tp_getset = hash_getset,                           \
    }

/* The module-level constructor: name([string]) with fmt "|s#:name". */
static PyObject *
hash_new(PyTypeObject *type, const hash_algorithm *alg,
         PyObject *args, PyObject *kwds, const char *fmt)
{
    static char *kwlist[] = {"string", NULL};
    const char *data = NULL;
    Py_ssize_t len = 0;
    hashobject *self;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, fmt, kwlist, &data, &len))
        return NULL;
    self = PyObject_New(hashobject, type);
    if (self == NULL)
        return NULL;
    self->alg = alg;
    alg->init(&self->st);
    if (data != NULL &&
        hash_feed_charged(self, (const unsigned char *)data, len) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

#endif /* !Py_HASHOBJECT_H */
