/* The _sha module: the SHA-1 message digest of FIPS 180-2, written from
   the standard's description of the algorithm.

   sha.new([string]) / sha.sha([string]) make a hash object with
   update(), digest(), hexdigest() and copy(); hashlib builds on it. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "hashobject.h"

typedef unsigned int word32;

/* Bytes hashed between two charges to the CPU budget. */
#define CHUNK_BYTES 65536

typedef struct {
    word32 h[5];
    unsigned long long nbytes;
    unsigned char pending[64];
    unsigned int npending;
} sha1_state;

typedef struct {
    PyObject_HEAD
    sha1_state st;
} shaobject;

static PyTypeObject SHA_Type;

/* ---- the algorithm --------------------------------------------------- */

#define ROTL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))

static void
sha1_block(sha1_state *s, const unsigned char *p)
{
    word32 w[80], a, b, c, d, e, f, k, t;
    int i;

    for (i = 0; i < 16; i++)
        w[i] = ((word32)p[4*i] << 24) | ((word32)p[4*i+1] << 16) |
               ((word32)p[4*i+2] << 8) | (word32)p[4*i+3];
    for (i = 16; i < 80; i++) {
        t = w[i-3] ^ w[i-8] ^ w[i-14] ^ w[i-16];
        w[i] = ROTL(t, 1);
    }
    a = s->h[0]; b = s->h[1]; c = s->h[2]; d = s->h[3]; e = s->h[4];
    for (i = 0; i < 80; i++) {
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        }
        else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        }
        else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        }
        else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        t = ROTL(a, 5) + f + e + k + w[i];
        e = d; d = c; c = ROTL(b, 30); b = a; a = t;
    }
    s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d; s->h[4] += e;
}

static void
sha1_init(sha1_state *s)
{
    s->h[0] = 0x67452301;
    s->h[1] = 0xefcdab89;
    s->h[2] = 0x98badcfe;
    s->h[3] = 0x10325476;
    s->h[4] = 0xc3d2e1f0;
    s->nbytes = 0;
    s->npending = 0;
}

static void
sha1_feed(sha1_state *s, const unsigned char *p, size_t n)
{
    s->nbytes += n;
    if (s->npending > 0) {
        size_t take = 64 - s->npending;
        if (take > n)
            take = n;
        memcpy(s->pending + s->npending, p, take);
        s->npending += (unsigned int)take;
        p += take;
        n -= take;
        if (s->npending < 64)
            return;
        sha1_block(s, s->pending);
        s->npending = 0;
    }
    while (n >= 64) {
        sha1_block(s, p);
        p += 64;
        n -= 64;
    }
    memcpy(s->pending, p, n);
    s->npending = (unsigned int)n;
}

static void
sha1_result(const sha1_state *orig, unsigned char out[20])
{
    sha1_state s = *orig;
    unsigned char tail[72];
    unsigned long long bits = orig->nbytes * 8;
    size_t padlen = (s.npending < 56) ? 56 - s.npending : 120 - s.npending;
    int i;

    memset(tail, 0, sizeof(tail));
    tail[0] = 0x80;
    for (i = 0; i < 8; i++)
        tail[padlen + i] = (unsigned char)(bits >> (56 - 8 * i));
    sha1_feed(&s, tail, padlen + 8);
    for (i = 0; i < 20; i++)
        out[i] = (unsigned char)(s.h[i >> 2] >> (24 - 8 * (i & 3)));
}

static int
sha1_feed_charged(sha1_state *s, const unsigned char *p, Py_ssize_t n)
{
    while (n > 0) {
        Py_ssize_t take = n > CHUNK_BYTES ? CHUNK_BYTES : n;
        if (_PyEval_ChargeTicks((long)(take >> 6) + 1) < 0)
            return -1;
        sha1_feed(s, p, (size_t)take);
        p += take;
        n -= take;
    }
    return 0;
}

/* ---- the hash object ------------------------------------------------- */

static void
sha_dealloc(shaobject *self)
{
    PyObject_Del(self);
}

static PyObject *
sha_update(shaobject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;

    if (!PyArg_ParseTuple(args, "s#:update", &data, &len))
        return NULL;
    if (sha1_feed_charged(&self->st, (const unsigned char *)data, len) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sha_digest(shaobject *self, PyObject *unused)
{
    unsigned char out[20];
    sha1_result(&self->st, out);
    return PyString_FromStringAndSize((char *)out, 20);
}

static PyObject *
sha_hexdigest(shaobject *self, PyObject *unused)
{
    unsigned char out[20];

    sha1_result(&self->st, out);
    return hash_hexstring(out, 20);
}

static PyObject *
sha_copy(shaobject *self, PyObject *unused)
{
    shaobject *dup = PyObject_New(shaobject, &SHA_Type);
    if (dup == NULL)
        return NULL;
    dup->st = self->st;
    return (PyObject *)dup;
}

static PyMethodDef sha_methods[] = {
    {"update", (PyCFunction)sha_update, METH_VARARGS,
     "update(string)\n\nAppend string to the message being hashed."},
    {"digest", (PyCFunction)sha_digest, METH_NOARGS,
     "digest() -> string\n\nThe 20-byte digest of the message so far."},
    {"hexdigest", (PyCFunction)sha_hexdigest, METH_NOARGS,
     "hexdigest() -> string\n\nThe digest as 40 hexadecimal digits."},
    {"copy", (PyCFunction)sha_copy, METH_NOARGS,
     "copy() -> sha object\n\nAn independent copy of this hash object."},
    {NULL, NULL, 0, NULL}
};

static PyObject *
sha_get_digest_size(PyObject *self, void *closure)
{
    return PyInt_FromLong(20);
}

static PyObject *
sha_get_block_size(PyObject *self, void *closure)
{
    return PyInt_FromLong(64);
}

static PyObject *
sha_get_name(PyObject *self, void *closure)
{
    return PyString_FromString("sha1");
}

static PyGetSetDef sha_getset[] = {
    {"digest_size", sha_get_digest_size, NULL, NULL, NULL},
    {"digestsize", sha_get_digest_size, NULL, NULL, NULL},
    {"block_size", sha_get_block_size, NULL, NULL, NULL},
    {"name", sha_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyDoc_STRVAR(sha_type_doc,
"A sha1 hash object: update(), digest(), hexdigest(), copy().");

static PyTypeObject SHA_Type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "_sha.sha",
    .tp_basicsize = sizeof(shaobject),
    .tp_dealloc = (destructor)sha_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = sha_type_doc,
    .tp_methods = sha_methods,
    .tp_getset = sha_getset,
};

/* ---- module level ---------------------------------------------------- */

static PyObject *
sha_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"string", NULL};
    const char *data = NULL;
    Py_ssize_t len = 0;
    shaobject *self;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|s#:new", kwlist,
                                     &data, &len))
        return NULL;
    self = PyObject_New(shaobject, &SHA_Type);
    if (self == NULL)
        return NULL;
    sha1_init(&self->st);
    if (data != NULL &&
        sha1_feed_charged(&self->st, (const unsigned char *)data, len) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static PyMethodDef module_methods[] = {
    {"new", (PyCFunction)sha_new, METH_VARARGS | METH_KEYWORDS,
     "new([string]) -> sha object\n\nA new SHA-1 hash object, fed string."},
    {"sha", (PyCFunction)sha_new, METH_VARARGS | METH_KEYWORDS,
     "sha([string]) -> sha object\n\nThe same as new()."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_sha(void)
{
    PyObject *m;

    if (PyType_Ready(&SHA_Type) < 0)
        return;
    m = Py_InitModule3("_sha", module_methods,
                       "SHA-1 message digests (FIPS 180-2).");
    if (m == NULL)
        return;
    PyModule_AddIntConstant(m, "blocksize", 1);
    PyModule_AddIntConstant(m, "digest_size", 20);
    PyModule_AddIntConstant(m, "digestsize", 20);
}
