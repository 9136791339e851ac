/* The _random module of Python 2.5: the Mersenne Twister generator
   (MT19937, Matsumoto and Nishimura, 1998) as the base class of
   random.Random.

   The generator, its seeding by an array of 32-bit words, and the
   53-bit float construction follow the published reference algorithm,
   and seeding from a Python number splits |n| into 32-bit words, least
   significant first, so a given seed yields 2.5's exact sequence.

   Each generator's state lives in its own object; the module has none. */

#include "Python.h"
#include <time.h>

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER 0x80000000U
#define MT_LOWER 0x7fffffffU

typedef unsigned int u32;

typedef struct {
    PyObject_HEAD
    u32 mt[MT_N];
    int pos;                /* next word to hand out; MT_N: refill first */
} randomobject;

static PyTypeObject Random_Type;

/* ---- the generator -------------------------------------------------- */

static void
mt_seed_word(randomobject *r, u32 s)
{
    int i;
    r->mt[0] = s;
    for (i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (u32)i;
    r->pos = MT_N;
}

static void
mt_seed_array(randomobject *r, const u32 *key, size_t keylen)
{
    size_t i = 1, j = 0, k;
    u32 *mt = r->mt;

    mt_seed_word(r, 19650218U);
    for (k = (MT_N > keylen ? MT_N : keylen); k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U))
                + key[j] + (u32)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U))
                - (u32)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;    /* guarantees a non-zero initial state */
    r->pos = MT_N;
}

/* Regenerate all MT_N words. */
static void
mt_refill(randomobject *r)
{
    u32 *mt = r->mt, y;
    int k;

    for (k = 0; k < MT_N; k++) {
        y = (mt[k] & MT_UPPER) | (mt[(k + 1) % MT_N] & MT_LOWER);
        mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1) ? MT_MATRIX_A : 0);
    }
    r->pos = 0;
}

static u32
mt_next(randomobject *r)
{
    u32 y;

    if (r->pos >= MT_N)
        mt_refill(r);
    y = r->mt[r->pos++];
    /* tempering */
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/* ---- methods ------------------------------------------------------------ */

static PyObject *
random_random(randomobject *r)
{
    /* 27 + 26 random bits make a double in [0, 1) with 53-bit resolution */
    u32 hi = mt_next(r) >> 5, lo = mt_next(r) >> 6;
    return PyFloat_FromDouble((hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0));
}

/* Seed from a non-negative Python long: its 32-bit words, low first. */
static int
seed_from_long(randomobject *r, PyObject *n)
{
    size_t nbits, nwords, i;
    unsigned char *bytes;
    u32 *key;

    nbits = _PyLong_NumBits(n);
    if (nbits == (size_t)-1 && PyErr_Occurred())
        return -1;
    nwords = nbits ? (nbits - 1) / 32 + 1 : 1;
    if (nwords > PY_SSIZE_T_MAX / 8) {
        PyErr_NoMemory();
        return -1;
    }
    bytes = PyMem_Malloc(nwords * 4);
    key = PyMem_New(u32, nwords);
    if (bytes == NULL || key == NULL) {
        PyMem_Free(bytes);
        PyMem_Free(key);
        PyErr_NoMemory();
        return -1;
    }
    if (_PyLong_AsByteArray((PyLongObject *)n, bytes, nwords * 4, 1, 0) < 0) {
        PyMem_Free(bytes);
        PyMem_Free(key);
        return -1;
    }
    for (i = 0; i < nwords; i++)
        key[i] = (u32)bytes[4 * i] | ((u32)bytes[4 * i + 1] << 8) |
                 ((u32)bytes[4 * i + 2] << 16) | ((u32)bytes[4 * i + 3] << 24);
    mt_seed_array(r, key, nwords);
    PyMem_Free(bytes);
    PyMem_Free(key);
    return 0;
}

static PyObject *
random_seed(randomobject *r, PyObject *args)
{
    PyObject *arg = NULL, *n, *tmp;
    int rc;

    if (!PyArg_UnpackTuple(args, "seed", 0, 1, &arg))
        return NULL;
    if (arg == NULL || arg == Py_None) {
        mt_seed_word(r, (u32)time(NULL));
        Py_RETURN_NONE;
    }
    if (PyInt_Check(arg) || PyLong_Check(arg))
        n = PyNumber_Absolute(arg);
    else {
        long h = PyObject_Hash(arg);
        if (h == -1 && PyErr_Occurred())
            return NULL;
        /* the hash's bits, read as an unsigned machine word */
        n = PyLong_FromUnsignedLong((unsigned long)h);
    }
    if (n == NULL)
        return NULL;
    if (!PyLong_Check(n)) {
        tmp = PyNumber_Long(n);
        Py_DECREF(n);
        if (tmp == NULL)
            return NULL;
        n = tmp;
    }
    rc = seed_from_long(r, n);
    Py_DECREF(n);
    if (rc < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
random_getstate(randomobject *r)
{
    PyObject *state = PyTuple_New(MT_N + 1), *v;
    int i;

    if (state == NULL)
        return NULL;
    for (i = 0; i < MT_N; i++) {
        v = PyLong_FromUnsignedLong(r->mt[i]);
        if (v == NULL)
            goto fail;
        PyTuple_SET_ITEM(state, i, v);
    }
    v = PyLong_FromLong(r->pos);
    if (v == NULL)
        goto fail;
    PyTuple_SET_ITEM(state, MT_N, v);
    return state;
  fail:
    Py_DECREF(state);
    return NULL;
}

static PyObject *
random_setstate(randomobject *r, PyObject *state)
{
    u32 words[MT_N];
    long pos;
    int i;

    if (!PyTuple_Check(state)) {
        PyErr_SetString(PyExc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (PyTuple_GET_SIZE(state) != MT_N + 1) {
        PyErr_SetString(PyExc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    for (i = 0; i < MT_N; i++) {
        unsigned long w;
        PyObject *item = PyTuple_GET_ITEM(state, i);
        if (PyInt_Check(item)) {
            long x = PyInt_AS_LONG(item);
            if (x < 0) {
                PyErr_SetString(PyExc_OverflowError,
                                "can't convert negative value to unsigned long");
                return NULL;
            }
            w = (unsigned long)x;
        }
        else if (PyLong_Check(item)) {
            w = PyLong_AsUnsignedLong(item);
            if (w == (unsigned long)-1 && PyErr_Occurred())
                return NULL;
        }
        else {
            PyErr_SetString(PyExc_TypeError, "state vector items must be integers");
            return NULL;
        }
        words[i] = (u32)w;
    }
    pos = PyInt_AsLong(PyTuple_GET_ITEM(state, MT_N));
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    /* an out-of-range position would index outside the state */
    if (pos < 0 || pos > MT_N) {
        PyErr_SetString(PyExc_ValueError, "invalid state");
        return NULL;
    }
    memcpy(r->mt, words, sizeof words);
    r->pos = (int)pos;
    Py_RETURN_NONE;
}

static PyObject *
random_jumpahead(randomobject *r, PyObject *n)
{
    long i;

    if (!PyInt_Check(n) && !PyLong_Check(n)) {
        PyErr_Format(PyExc_TypeError, "jumpahead requires an integer, not '%s'",
                     n->ob_type->tp_name);
        return NULL;
    }
    /* Permute the state by swapping word i with word n % i, then perturb
       every word, and start a fresh block. */
    for (i = MT_N - 1; i > 1; i--) {
        PyObject *divisor, *rem;
        long j;
        u32 t;

        divisor = PyInt_FromLong(i);
        if (divisor == NULL)
            return NULL;
        rem = PyNumber_Remainder(n, divisor);
        Py_DECREF(divisor);
        if (rem == NULL)
            return NULL;
        j = PyInt_AsLong(rem);
        Py_DECREF(rem);
        if (j == -1 && PyErr_Occurred())
            return NULL;
        if (j < 0 || j >= MT_N) {
            PyErr_SetString(PyExc_SystemError, "jumpahead: bad remainder");
            return NULL;
        }
        t = r->mt[i];
        r->mt[i] = r->mt[j];
        r->mt[j] = t;
    }
    for (i = 0; i < MT_N; i++)
        r->mt[i] += (u32)(i + 1);
    r->pos = MT_N;
    Py_RETURN_NONE;
}

static PyObject *
random_getrandbits(randomobject *r, PyObject *args)
{
    int k, i, nbytes;
    unsigned char *buf;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "i:getrandbits", &k))
        return NULL;
    if (k <= 0) {
        PyErr_SetString(PyExc_ValueError,
                        "number of bits must be greater than zero");
        return NULL;
    }
    nbytes = ((k - 1) / 32 + 1) * 4;
    if (_PyMem_CheckAvailable((size_t)nbytes * 2) < 0)
        return NULL;
    buf = PyMem_Malloc(nbytes);
    if (buf == NULL)
        return PyErr_NoMemory();
    /* whole 32-bit words, low word first; the last word keeps only its
       top bits when k is not a multiple of 32 */
    for (i = 0; i < nbytes; i += 4, k -= 32) {
        u32 w = mt_next(r);
        if (k < 32)
            w >>= (32 - k);
        buf[i] = (unsigned char)w;
        buf[i + 1] = (unsigned char)(w >> 8);
        buf[i + 2] = (unsigned char)(w >> 16);
        buf[i + 3] = (unsigned char)(w >> 24);
    }
    result = _PyLong_FromByteArray(buf, nbytes, 1, 0);
    PyMem_Free(buf);
    return result;
}

static PyObject *
random_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    randomobject *r;
    PyObject *tmp;

    if (type == &Random_Type && !_PyArg_NoKeywords("Random()", kwds))
        return NULL;
    r = (randomobject *)type->tp_alloc(type, 0);
    if (r == NULL)
        return NULL;
    tmp = random_seed(r, args);
    if (tmp == NULL) {
        Py_DECREF(r);
        return NULL;
    }
    Py_DECREF(tmp);
    return (PyObject *)r;
}

static PyMethodDef random_methods[] = {
    {"random", (PyCFunction)random_random, METH_NOARGS,
     "random() -> x in the interval [0, 1)."},
    {"seed", (PyCFunction)random_seed, METH_VARARGS,
     "seed([n]) -> None.  Defaults to the current time."},
    {"getstate", (PyCFunction)random_getstate, METH_NOARGS,
     "getstate() -> tuple containing the current state."},
    {"setstate", (PyCFunction)random_setstate, METH_O,
     "setstate(state) -> None.  Restores generator state."},
    {"jumpahead", (PyCFunction)random_jumpahead, METH_O,
     "jumpahead(int) -> None.  Create new state from existing state and integer."},
    {"getrandbits", (PyCFunction)random_getrandbits, METH_VARARGS,
     "getrandbits(k) -> x.  Generates a long int with k random bits."},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(random_doc,
"Random() -> create a random number generator with its own internal state.");

static PyTypeObject Random_Type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "_random.Random",
    .tp_basicsize = sizeof(randomobject),
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = random_doc,
    .tp_methods = random_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = random_new,
    .tp_free = PyObject_Del,
};

PyDoc_STRVAR(module_doc,
"Module implements the Mersenne Twister random number generator.");

PyMODINIT_FUNC
init_random(void)
{
    PyObject *m;

    if (PyType_Ready(&Random_Type) < 0)
        return;
    m = Py_InitModule3("_random", NULL, module_doc);
    if (m == NULL)
        return;
    Py_INCREF(&Random_Type);
    PyModule_AddObject(m, "Random", (PyObject *)&Random_Type);
}
