/* The _sha module: the SHA-1 message digest of FIPS 180-2, written from
   the standard's description of the algorithm.

   sha.new([string]) / sha.sha([string]) make a hash object with
   update(), digest(), hexdigest() and copy(); hashlib builds on it. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

typedef unsigned int word32;

typedef struct {
    word32 h[5];
    unsigned long long nbytes;
    unsigned char pending[64];
    unsigned int npending;
} sha1_state;

#define HASH_STATE sha1_state
#include "hashobject.h"

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

/* ---- the hash object ------------------------------------------------- */

static void sha1_init_(sha1_state *s) { sha1_init(s); }

static const hash_algorithm sha1_algorithm = {
    "sha1", 20, 64, sha1_init_, sha1_feed, sha1_result
};

HASH_TYPE(SHA_Type, "_sha.sha",
          "A sha1 hash object: update(), digest(), hexdigest(), copy().");

/* ---- module level ---------------------------------------------------- */

static PyObject *
sha_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return hash_new(&SHA_Type, &sha1_algorithm, args, kwds, "|s#:new");
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
