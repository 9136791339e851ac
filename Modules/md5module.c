/* The _md5 module: the MD5 message digest of RFC 1321, written from the
   RFC's description of the algorithm.

   md5.new([string]) / md5.md5([string]) make a hash object with
   update(), digest(), hexdigest() and copy(); hashlib builds on it. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

typedef unsigned int word32;

typedef struct {
    word32 abcd[4];
    unsigned long long nbytes;  /* message length so far */
    unsigned char pending[64];  /* a partial block */
    unsigned int npending;
} md5_state;

#define HASH_STATE md5_state
#include "hashobject.h"

/* ---- the algorithm --------------------------------------------------- */

#define ROTL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))

/* The per-step additive constants: floor(abs(sin(i + 1)) * 2**32). */
static const word32 md5_sines[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
    0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
    0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
    0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* Rotation amounts, four per round. */
static const unsigned char md5_shifts[4][4] = {
    {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21},
};

static void
md5_block(md5_state *s, const unsigned char *p)
{
    word32 x[16], a, b, c, d, f, t;
    int i, g;

    for (i = 0; i < 16; i++)
        x[i] = (word32)p[4*i] | ((word32)p[4*i+1] << 8) |
               ((word32)p[4*i+2] << 16) | ((word32)p[4*i+3] << 24);
    a = s->abcd[0]; b = s->abcd[1]; c = s->abcd[2]; d = s->abcd[3];
    for (i = 0; i < 64; i++) {
        switch (i >> 4) {
        case 0: f = (b & c) | (~b & d); g = i; break;
        case 1: f = (d & b) | (~d & c); g = (5 * i + 1) & 15; break;
        case 2: f = b ^ c ^ d;          g = (3 * i + 5) & 15; break;
        default: f = c ^ (b | ~d);      g = (7 * i) & 15; break;
        }
        t = a + f + md5_sines[i] + x[g];
        a = d; d = c; c = b;
        b = b + ROTL(t, md5_shifts[i >> 4][i & 3]);
    }
    s->abcd[0] += a; s->abcd[1] += b; s->abcd[2] += c; s->abcd[3] += d;
}

static void
md5_init(md5_state *s)
{
    s->abcd[0] = 0x67452301;
    s->abcd[1] = 0xefcdab89;
    s->abcd[2] = 0x98badcfe;
    s->abcd[3] = 0x10325476;
    s->nbytes = 0;
    s->npending = 0;
}

static void
md5_feed(md5_state *s, const unsigned char *p, size_t n)
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
        md5_block(s, s->pending);
        s->npending = 0;
    }
    while (n >= 64) {
        md5_block(s, p);
        p += 64;
        n -= 64;
    }
    memcpy(s->pending, p, n);
    s->npending = (unsigned int)n;
}

/* Pads a copy of the state and writes the 16-byte digest. */
static void
md5_result(const md5_state *orig, unsigned char out[16])
{
    md5_state s = *orig;
    unsigned char tail[72];
    unsigned long long bits = orig->nbytes * 8;
    size_t padlen = (s.npending < 56) ? 56 - s.npending : 120 - s.npending;
    int i;

    memset(tail, 0, sizeof(tail));
    tail[0] = 0x80;
    for (i = 0; i < 8; i++)
        tail[padlen + i] = (unsigned char)(bits >> (8 * i));
    md5_feed(&s, tail, padlen + 8);
    for (i = 0; i < 16; i++)
        out[i] = (unsigned char)(s.abcd[i >> 2] >> (8 * (i & 3)));
}

/* Feeds a (possibly huge) buffer, charging the CPU budget as it goes. */
/* ---- the hash object ------------------------------------------------- */

static void md5_init_(md5_state *s) { md5_init(s); }

static const hash_algorithm md5_algorithm = {
    "md5", 16, 64, md5_init_, md5_feed, md5_result
};

HASH_TYPE(MD5_Type, "_md5.md5",
          "An md5 hash object: update(), digest(), hexdigest(), copy().");

/* ---- module level ---------------------------------------------------- */

static PyObject *
md5_new(PyObject *module, PyObject *args, PyObject *kwds)
{
    return hash_new(&MD5_Type, &md5_algorithm, args, kwds, "|s#:new");
}

static PyMethodDef module_methods[] = {
    {"new", (PyCFunction)md5_new, METH_VARARGS | METH_KEYWORDS,
     "new([string]) -> md5 object\n\nA new MD5 hash object, fed string."},
    {"md5", (PyCFunction)md5_new, METH_VARARGS | METH_KEYWORDS,
     "md5([string]) -> md5 object\n\nThe same as new()."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_md5(void)
{
    PyObject *m;

    if (PyType_Ready(&MD5_Type) < 0)
        return;
    m = Py_InitModule3("_md5", module_methods,
                       "MD5 message digests (RFC 1321).");
    if (m == NULL)
        return;
    PyModule_AddIntConstant(m, "digest_size", 16);
    Py_INCREF(&MD5_Type);
    PyModule_AddObject(m, "MD5Type", (PyObject *)&MD5_Type);
}
