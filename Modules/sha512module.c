/* The _sha512 module: the SHA-512 and SHA-384 message digests of
   FIPS 180-2, written from the standard's description of the algorithm.

   sha512([string]) and sha384([string]) make hash objects with update(),
   digest(), hexdigest() and copy(); hashlib builds on them. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

typedef unsigned long long word64;

typedef struct {
    word64 h[8];
    word64 nbytes;              /* 2**64 bytes is beyond any real message */
    unsigned char pending[128];
    unsigned int npending;
    int outlen;                 /* 64 for SHA-512, 48 for SHA-384 */
} sha512_state;

#define HASH_STATE sha512_state
#include "hashobject.h"

static PyTypeObject SHA512_Type;
static PyTypeObject SHA384_Type;

/* ---- the algorithm --------------------------------------------------- */

#define W(x) x##ULL

/* First 64 bits of the fractional parts of the cube roots of the first
   80 primes. */
static const word64 round_k[80] = {
    W(0x428a2f98d728ae22), W(0x7137449123ef65cd), W(0xb5c0fbcfec4d3b2f),
    W(0xe9b5dba58189dbbc), W(0x3956c25bf348b538), W(0x59f111f1b605d019),
    W(0x923f82a4af194f9b), W(0xab1c5ed5da6d8118), W(0xd807aa98a3030242),
    W(0x12835b0145706fbe), W(0x243185be4ee4b28c), W(0x550c7dc3d5ffb4e2),
    W(0x72be5d74f27b896f), W(0x80deb1fe3b1696b1), W(0x9bdc06a725c71235),
    W(0xc19bf174cf692694), W(0xe49b69c19ef14ad2), W(0xefbe4786384f25e3),
    W(0x0fc19dc68b8cd5b5), W(0x240ca1cc77ac9c65), W(0x2de92c6f592b0275),
    W(0x4a7484aa6ea6e483), W(0x5cb0a9dcbd41fbd4), W(0x76f988da831153b5),
    W(0x983e5152ee66dfab), W(0xa831c66d2db43210), W(0xb00327c898fb213f),
    W(0xbf597fc7beef0ee4), W(0xc6e00bf33da88fc2), W(0xd5a79147930aa725),
    W(0x06ca6351e003826f), W(0x142929670a0e6e70), W(0x27b70a8546d22ffc),
    W(0x2e1b21385c26c926), W(0x4d2c6dfc5ac42aed), W(0x53380d139d95b3df),
    W(0x650a73548baf63de), W(0x766a0abb3c77b2a8), W(0x81c2c92e47edaee6),
    W(0x92722c851482353b), W(0xa2bfe8a14cf10364), W(0xa81a664bbc423001),
    W(0xc24b8b70d0f89791), W(0xc76c51a30654be30), W(0xd192e819d6ef5218),
    W(0xd69906245565a910), W(0xf40e35855771202a), W(0x106aa07032bbd1b8),
    W(0x19a4c116b8d2d0c8), W(0x1e376c085141ab53), W(0x2748774cdf8eeb99),
    W(0x34b0bcb5e19b48a8), W(0x391c0cb3c5c95a63), W(0x4ed8aa4ae3418acb),
    W(0x5b9cca4f7763e373), W(0x682e6ff3d6b2b8a3), W(0x748f82ee5defb2fc),
    W(0x78a5636f43172f60), W(0x84c87814a1f0ab72), W(0x8cc702081a6439ec),
    W(0x90befffa23631e28), W(0xa4506cebde82bde9), W(0xbef9a3f7b2c67915),
    W(0xc67178f2e372532b), W(0xca273eceea26619c), W(0xd186b8c721c0c207),
    W(0xeada7dd6cde0eb1e), W(0xf57d4f7fee6ed178), W(0x06f067aa72176fba),
    W(0x0a637dc5a2c898a6), W(0x113f9804bef90dae), W(0x1b710b35131c471b),
    W(0x28db77f523047d84), W(0x32caab7b40c72493), W(0x3c9ebe0a15c9bebc),
    W(0x431d67c49c100d4c), W(0x4cc5d4becb3e42b6), W(0x597f299cfc657e2a),
    W(0x5fcb6fab3ad6faec), W(0x6c44198c4a475817),
};

static const word64 start_512[8] = {
    W(0x6a09e667f3bcc908), W(0xbb67ae8584caa73b), W(0x3c6ef372fe94f82b),
    W(0xa54ff53a5f1d36f1), W(0x510e527fade682d1), W(0x9b05688c2b3e6c1f),
    W(0x1f83d9abfb41bd6b), W(0x5be0cd19137e2179),
};

static const word64 start_384[8] = {
    W(0xcbbb9d5dc1059ed8), W(0x629a292a367cd507), W(0x9159015a3070dd17),
    W(0x152fecd8f70e5939), W(0x67332667ffc00b31), W(0x8eb44a8768581511),
    W(0xdb0c2e0d64f98fa7), W(0x47b5481dbefa4fa4),
};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (64 - (n))))
#define BIG_SIGMA0(x) (ROTR(x, 28) ^ ROTR(x, 34) ^ ROTR(x, 39))
#define BIG_SIGMA1(x) (ROTR(x, 14) ^ ROTR(x, 18) ^ ROTR(x, 41))
#define SMALL_SIGMA0(x) (ROTR(x, 1) ^ ROTR(x, 8) ^ ((x) >> 7))
#define SMALL_SIGMA1(x) (ROTR(x, 19) ^ ROTR(x, 61) ^ ((x) >> 6))

static void
sha512_block(sha512_state *s, const unsigned char *p)
{
    word64 w[80], v[8], t1, t2;
    int i, j;

    for (i = 0; i < 16; i++) {
        word64 x = 0;
        for (j = 0; j < 8; j++)
            x = (x << 8) | p[8*i + j];
        w[i] = x;
    }
    for (i = 16; i < 80; i++)
        w[i] = SMALL_SIGMA1(w[i-2]) + w[i-7] + SMALL_SIGMA0(w[i-15]) + w[i-16];
    memcpy(v, s->h, sizeof(v));
    for (i = 0; i < 80; i++) {
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
sha512_init(sha512_state *s, int outlen)
{
    memcpy(s->h, outlen == 48 ? start_384 : start_512, sizeof(s->h));
    s->nbytes = 0;
    s->npending = 0;
    s->outlen = outlen;
}

static void
sha512_feed(sha512_state *s, const unsigned char *p, size_t n)
{
    s->nbytes += n;
    if (s->npending > 0) {
        size_t take = 128 - s->npending;
        if (take > n)
            take = n;
        memcpy(s->pending + s->npending, p, take);
        s->npending += (unsigned int)take;
        p += take;
        n -= take;
        if (s->npending < 128)
            return;
        sha512_block(s, s->pending);
        s->npending = 0;
    }
    while (n >= 128) {
        sha512_block(s, p);
        p += 128;
        n -= 128;
    }
    memcpy(s->pending, p, n);
    s->npending = (unsigned int)n;
}

static void
sha512_result(const sha512_state *orig, unsigned char out[64])
{
    sha512_state s = *orig;
    unsigned char tail[144];
    word64 bits_lo = orig->nbytes << 3, bits_hi = orig->nbytes >> 61;
    size_t padlen = (s.npending < 112) ? 112 - s.npending : 240 - s.npending;
    int i;

    memset(tail, 0, sizeof(tail));
    tail[0] = 0x80;
    /* the length is a 128-bit big-endian count of bits */
    for (i = 0; i < 8; i++) {
        tail[padlen + i] = (unsigned char)(bits_hi >> (56 - 8 * i));
        tail[padlen + 8 + i] = (unsigned char)(bits_lo >> (56 - 8 * i));
    }
    sha512_feed(&s, tail, padlen + 16);
    for (i = 0; i < 64; i++)
        out[i] = (unsigned char)(s.h[i >> 3] >> (56 - 8 * (i & 7)));
}

/* ---- the hash objects ------------------------------------------------ */

static void sha384_init(sha512_state *s) { sha512_init(s, 48); }
static void sha512_init_(sha512_state *s) { sha512_init(s, 64); }

static const hash_algorithm sha384_algorithm = {
    "sha384", 48, 128, sha384_init, sha512_feed, sha512_result
};
static const hash_algorithm sha512_algorithm = {
    "sha512", 64, 128, sha512_init_, sha512_feed, sha512_result
};

PyDoc_STRVAR(sha512_type_doc,
"A SHA-512 family hash object: update(), digest(), hexdigest(), copy().");

HASH_TYPE(SHA512_Type, "_sha512.sha512", sha512_type_doc);
HASH_TYPE(SHA384_Type, "_sha512.sha384", sha512_type_doc);

/* ---- module level ---------------------------------------------------- */

static PyObject *
sha512_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return hash_new(&SHA512_Type, &sha512_algorithm, args, kwds, "|s#:sha512");
}

static PyObject *
sha384_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return hash_new(&SHA384_Type, &sha384_algorithm, args, kwds, "|s#:sha384");
}

static PyMethodDef module_methods[] = {
    {"sha512", (PyCFunction)sha512_new, METH_VARARGS | METH_KEYWORDS,
     "sha512([string]) -> hash object\n\nA new SHA-512 hash object."},
    {"sha384", (PyCFunction)sha384_new, METH_VARARGS | METH_KEYWORDS,
     "sha384([string]) -> hash object\n\nA new SHA-384 hash object."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_sha512(void)
{
    if (PyType_Ready(&SHA512_Type) < 0 || PyType_Ready(&SHA384_Type) < 0)
        return;
    Py_InitModule3("_sha512", module_methods,
                   "SHA-384 and SHA-512 message digests (FIPS 180-2).");
}
