/* The _sha256 module: the SHA-256 and SHA-224 message digests of
   FIPS 180-2, written from the standard's description of the algorithm.

   sha256([string]) and sha224([string]) make hash objects with update(),
   digest(), hexdigest() and copy(); hashlib builds on them. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

typedef unsigned int word32;

typedef struct {
    word32 h[8];
    unsigned long long nbytes;
    unsigned char pending[64];
    unsigned int npending;
    int outlen;                 /* 32 for SHA-256, 28 for SHA-224 */
} sha256_state;

#define HASH_STATE sha256_state
#include "hashobject.h"

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

/* ---- the hash objects ------------------------------------------------ */

static void sha224_init(sha256_state *s) { sha256_init(s, 28); }
static void sha256_init_(sha256_state *s) { sha256_init(s, 32); }

static const hash_algorithm sha224_algorithm = {
    "sha224", 28, 64, sha224_init, sha256_feed, sha256_result
};
static const hash_algorithm sha256_algorithm = {
    "sha256", 32, 64, sha256_init_, sha256_feed, sha256_result
};

PyDoc_STRVAR(sha256_type_doc,
"A SHA-256 family hash object: update(), digest(), hexdigest(), copy().");

HASH_TYPE(SHA256_Type, "_sha256.sha256", sha256_type_doc);
HASH_TYPE(SHA224_Type, "_sha256.sha224", sha256_type_doc);

/* ---- module level ---------------------------------------------------- */

static PyObject *
sha256_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return hash_new(&SHA256_Type, &sha256_algorithm, args, kwds, "|s#:sha256");
}

static PyObject *
sha224_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return hash_new(&SHA224_Type, &sha224_algorithm, args, kwds, "|s#:sha224");
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
