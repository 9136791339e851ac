/* The _sha256 module: the SHA-256 and SHA-224 message digests of
   FIPS 180-2, written from the standard's description of the algorithm.

   sha256([string]) and sha224([string]) make hash objects with update(),
   digest(), hexdigest() and copy(); hashlib builds on them. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "hashobject.h"

typedef unsigned int word32;

/* Bytes hashed between two charges to the CPU budget. */
#define CHUNK_BYTES 65536

typedef struct {
    word32 h[8];
    unsigned long long nbytes;
    unsigned char pending[64];
    unsigned int npending;
    int outlen;                 /* 32 for SHA-256, 28 for SHA-224 */
} sha256_state;

typedef struct {
    PyObject_HEAD
    sha256_state st;
} sha256object;

static PyTypeObject SHA256_Type;
static PyTypeObject SHA224_Type;

/* ---- the algorithm --------------------------------------------------- */

/* First 32 bits of the fractional parts of the cube roots of the first
   64 primes. */
static const word32 round_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
    0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
    0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const word32 start_256[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

static const word32 start_224[8] = {
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
    0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
#define BIG_SIGMA0(x) (ROTR(x, 2) ^ ROTR(x, 13) ^ ROTR(x, 22))
#define BIG_SIGMA1(x) (ROTR(x, 6) ^ ROTR(x, 11) ^ ROTR(x, 25))
#define SMALL_SIGMA0(x) (ROTR(x, 7) ^ ROTR(x, 18) ^ ((x) >> 3))
#define SMALL_SIGMA1(x) (ROTR(x, 17) ^ ROTR(x, 19) ^ ((x) >> 10))

static void
sha256_block(sha256_state *s, const unsigned char *p)
{
    word32 w[64], v[8], t1, t2;
    int i;

    for (i = 0; i < 16; i++)
        w[i] = ((word32)p[4*i] << 24) | ((word32)p[4*i+1] << 16) |
               ((word32)p[4*i+2] << 8) | (word32)p[4*i+3];
    for (i = 16; i < 64; i++)
        w[i] = SMALL_SIGMA1(w[i-2]) + w[i-7] + SMALL_SIGMA0(w[i-15]) + w[i-16];
    memcpy(v, s->h, sizeof(v));
    for (i = 0; i < 64; i++) {
        /* v[0..7] are a..h */
        t1 = v[7] + BIG_SIGMA1(v[4]) + ((v[4] & v[5]) ^ (~v[4] & v[6]))
             + round_k[i] + w[i];
        t2 = BIG_SIGMA0(v[0]) + ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
        v[7] = v[6]; v[6] = v[5]; v[5] = v[4];
        v[4] = v[3] + t1;
        v[3] = v[2]; v[2] = v[1]; v[1] = v[0];
        v[0] = t1 + t2;
    }
    for (i = 0; i < 8; i++)
        s->h[i] += v[i];
}

static void
sha256_init(sha256_state *s, int outlen)
{
    memcpy(s->h, outlen == 28 ? start_224 : start_256, sizeof(s->h));
    s->nbytes = 0;
    s->npending = 0;
    s->outlen = outlen;
}

static void
sha256_feed(sha256_state *s, const unsigned char *p, size_t n)
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
        sha256_block(s, s->pending);
        s->npending = 0;
    }
    while (n >= 64) {
        sha256_block(s, p);
        p += 64;
        n -= 64;
    }
    memcpy(s->pending, p, n);
    s->npending = (unsigned int)n;
}

static void
sha256_result(const sha256_state *orig, unsigned char out[32])
{
    sha256_state s = *orig;
    unsigned char tail[72];
    unsigned long long bits = orig->nbytes * 8;
    size_t padlen = (s.npending < 56) ? 56 - s.npending : 120 - s.npending;
    int i;

    memset(tail, 0, sizeof(tail));
    tail[0] = 0x80;
    for (i = 0; i < 8; i++)
        tail[padlen + i] = (unsigned char)(bits >> (56 - 8 * i));
    sha256_feed(&s, tail, padlen + 8);
    for (i = 0; i < 32; i++)
        out[i] = (unsigned char)(s.h[i >> 2] >> (24 - 8 * (i & 3)));
}

static int
sha256_feed_charged(sha256_state *s, const unsigned char *p, Py_ssize_t n)
{
    while (n > 0) {
        Py_ssize_t take = n > CHUNK_BYTES ? CHUNK_BYTES : n;
        if (_PyEval_ChargeTicks((long)(take >> 6) + 1) < 0)
            return -1;
        sha256_feed(s, p, (size_t)take);
        p += take;
        n -= take;
    }
    return 0;
}

/* ---- the hash objects ------------------------------------------------ */

static void
sha256_dealloc(sha256object *self)
{
    PyObject_Del(self);
}

static PyObject *
sha256_update(sha256object *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;

    if (!PyArg_ParseTuple(args, "s#:update", &data, &len))
        return NULL;
    if (sha256_feed_charged(&self->st, (const unsigned char *)data, len) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sha256_digest(sha256object *self, PyObject *unused)
{
    unsigned char out[32];
    sha256_result(&self->st, out);
    return PyString_FromStringAndSize((char *)out, self->st.outlen);
}

static PyObject *
sha256_hexdigest(sha256object *self, PyObject *unused)
{
    unsigned char out[32];

    sha256_result(&self->st, out);
    return hash_hexstring(out, self->st.outlen);
}

static PyObject *
sha256_copy(sha256object *self, PyObject *unused)
{
    sha256object *dup = PyObject_New(sha256object, self->ob_type);
    if (dup == NULL)
        return NULL;
    dup->st = self->st;
    return (PyObject *)dup;
}

static PyMethodDef sha256_methods[] = {
    {"update", (PyCFunction)sha256_update, METH_VARARGS,
     "update(string)\n\nAppend string to the message being hashed."},
    {"digest", (PyCFunction)sha256_digest, METH_NOARGS,
     "digest() -> string\n\nThe binary digest of the message so far."},
    {"hexdigest", (PyCFunction)sha256_hexdigest, METH_NOARGS,
     "hexdigest() -> string\n\nThe digest in hexadecimal digits."},
    {"copy", (PyCFunction)sha256_copy, METH_NOARGS,
     "copy() -> hash object\n\nAn independent copy of this hash object."},
    {NULL, NULL, 0, NULL}
};

static PyObject *
sha256_get_digest_size(sha256object *self, void *closure)
{
    return PyInt_FromLong(self->st.outlen);
}

static PyObject *
sha256_get_block_size(sha256object *self, void *closure)
{
    return PyInt_FromLong(64);
}

static PyObject *
sha256_get_name(sha256object *self, void *closure)
{
    return PyString_FromString(self->st.outlen == 28 ? "sha224" : "sha256");
}

static PyGetSetDef sha256_getset[] = {
    {"digest_size", (getter)sha256_get_digest_size, NULL, NULL, NULL},
    {"digestsize", (getter)sha256_get_digest_size, NULL, NULL, NULL},
    {"block_size", (getter)sha256_get_block_size, NULL, NULL, NULL},
    {"name", (getter)sha256_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyDoc_STRVAR(sha256_type_doc,
"A SHA-256 family hash object: update(), digest(), hexdigest(), copy().");

static PyTypeObject SHA256_Type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "_sha256.sha256",
    .tp_basicsize = sizeof(sha256object),
    .tp_dealloc = (destructor)sha256_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = sha256_type_doc,
    .tp_methods = sha256_methods,
    .tp_getset = sha256_getset,
};

static PyTypeObject SHA224_Type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "_sha256.sha224",
    .tp_basicsize = sizeof(sha256object),
    .tp_dealloc = (destructor)sha256_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = sha256_type_doc,
    .tp_methods = sha256_methods,
    .tp_getset = sha256_getset,
};

/* ---- module level ---------------------------------------------------- */

static PyObject *
make_hash(PyTypeObject *type, int outlen, PyObject *args, PyObject *kwds,
          const char *fmt)
{
    static char *kwlist[] = {"string", NULL};
    const char *data = NULL;
    Py_ssize_t len = 0;
    sha256object *self;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, fmt, kwlist, &data, &len))
        return NULL;
    self = PyObject_New(sha256object, type);
    if (self == NULL)
        return NULL;
    sha256_init(&self->st, outlen);
    if (data != NULL &&
        sha256_feed_charged(&self->st, (const unsigned char *)data, len) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static PyObject *
sha256_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return make_hash(&SHA256_Type, 32, args, kwds, "|s#:sha256");
}

static PyObject *
sha224_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return make_hash(&SHA224_Type, 28, args, kwds, "|s#:sha224");
}

static PyMethodDef module_methods[] = {
    {"sha256", (PyCFunction)sha256_new, METH_VARARGS | METH_KEYWORDS,
     "sha256([string]) -> hash object\n\nA new SHA-256 hash object."},
    {"sha224", (PyCFunction)sha224_new, METH_VARARGS | METH_KEYWORDS,
     "sha224([string]) -> hash object\n\nA new SHA-224 hash object."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_sha256(void)
{
    if (PyType_Ready(&SHA256_Type) < 0 || PyType_Ready(&SHA224_Type) < 0)
        return;
    Py_InitModule3("_sha256", module_methods,
                   "SHA-224 and SHA-256 message digests (FIPS 180-2).");
}
