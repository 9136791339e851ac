/* The unicodedata module of Python 2.5: character properties, names,
   decompositions and normalization, read from the Unicode Character
   Database.

   All data lives in the generated const tables of unicodedata_db.h and
   unicodename_db.h (see Tools/unicode/makeunicodedata.py for their
   layout), so the module keeps no mutable state and grants no authority.

   The name lookup is also exported to Objects/unicodeobject.c, for the
   \N{...} escape, as the CObject "unicodedata.ucnhash_CAPI". */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

/* Row types used by the generated tables. */
typedef struct {
    unsigned char category;
    unsigned char combining;
    unsigned char bidirectional;
    unsigned char east_asian_width;
    unsigned char flags;
    unsigned char decimal;      /* value + 1, 0 if none */
    unsigned char digit;        /* value + 1, 0 if none */
    unsigned char numeric;      /* row of ud_numerics, 0 if none */
} ud_record;

typedef struct {
    double num;
    double den;
} ud_numeric;

typedef struct {
    unsigned int first;
    unsigned int last;
    unsigned char prefix;
} un_range;

#include "unicodedata_db.h"
#include "unicodename_db.h"

#define UD_MAX_CODE 0x10FFFF

/* Hangul syllables are composed and named algorithmically (Unicode
   standard, section 3.12). */
#define HANGUL_S_BASE 0xAC00
#define HANGUL_L_BASE 0x1100
#define HANGUL_V_BASE 0x1161
#define HANGUL_T_BASE 0x11A7
#define HANGUL_L_COUNT 19
#define HANGUL_V_COUNT 21
#define HANGUL_T_COUNT 28
#define HANGUL_N_COUNT (HANGUL_V_COUNT * HANGUL_T_COUNT)
#define HANGUL_S_COUNT (HANGUL_L_COUNT * HANGUL_N_COUNT)

/* The struct Objects/unicodeobject.c expects behind ucnhash_CAPI. */
typedef struct {
    int size;
    int (*getname)(PyObject *self, Py_UCS4 code, char *buffer, int buflen);
    int (*getcode)(PyObject *self, const char *name, int namelen,
                   Py_UCS4 *code);
} _PyUnicode_Name_CAPI;

/* ------------------------------------------------------------------ */
/* property tables */

/* Follows one of the generated three-level indexes (see the generator);
   s1 and s2 are its two shifts. */
#define UD_LOOKUP(prefix, s1, s2, c)                                   \
    prefix##_index2[                                                   \
        (prefix##_index1[(prefix##_index0[(c) >> ((s1) + (s2))] << (s2)) \
                         + (((c) >> (s1)) & ((1u << (s2)) - 1))]       \
         << (s1)) + ((c) & ((1u << (s1)) - 1))]

static const ud_record *
record_of(Py_UCS4 c)
{
    if (c > UD_MAX_CODE)
        return &ud_records[0];
    return &ud_records[UD_LOOKUP(ud_prop, UD_PROP_SHIFT1, UD_PROP_SHIFT2, c)];
}

static int
combining_of(Py_UCS4 c)
{
    return record_of(c)->combining;
}

/* Offset of c's entry in ud_decomp_data, 0 if it has no decomposition. */
static unsigned int
decomp_offset(Py_UCS4 c)
{
    if (c > UD_MAX_CODE)
        return 0;
    return UD_LOOKUP(ud_decomp, UD_DECOMP_SHIFT1, UD_DECOMP_SHIFT2, c);
}

/* ------------------------------------------------------------------ */
/* names */

static int
is_hangul_syllable(Py_UCS4 c)
{
    return c >= HANGUL_S_BASE && c < HANGUL_S_BASE + HANGUL_S_COUNT;
}

/* The algorithmic name range holding c, or -1. */
static int
range_of(Py_UCS4 c)
{
    size_t i;

    for (i = 0; i < sizeof(un_ranges) / sizeof(un_ranges[0]); i++)
        if (c >= un_ranges[i].first && c <= un_ranges[i].last)
            return (int)i;
    return -1;
}

static int
popcount32(unsigned int x)
{
    int n = 0;

    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

/* Number of c among the named code points (in code point order), or -1
   if the table gives it no name. */
static long
name_number(Py_UCS4 c)
{
    const unsigned int *map;
    unsigned int bit, word, i;
    long n;

    if (c > UD_MAX_CODE)
        return -1;
    map = un_maps[un_block_map[c >> 8]];
    bit = c & 255;
    word = bit >> 5;
    if (!((map[word] >> (bit & 31)) & 1))
        return -1;
    n = un_block_base[c >> 8];
    for (i = 0; i < word; i++)
        n += popcount32(map[i]);
    n += popcount32(map[word] & ((1u << (bit & 31)) - 1));
    return n;
}

/* The code point of name number n (inverse of name_number). */
static Py_UCS4
name_code(unsigned int n)
{
    size_t lo = 0, hi = sizeof(un_block_base) / sizeof(un_block_base[0]);
    const unsigned int *map;
    unsigned int left, w, b;

    /* last block whose base is <= n: it holds name n */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (un_block_base[mid] <= n)
            lo = mid;
        else
            hi = mid;
    }
    map = un_maps[un_block_map[lo]];
    left = n - un_block_base[lo];
    for (w = 0; w < 8; w++) {
        int k = popcount32(map[w]);
        if (left < (unsigned int)k) {
            for (b = 0; b < 32; b++) {
                if ((map[w] >> b) & 1) {
                    if (left == 0)
                        return (Py_UCS4)((lo << 8) + w * 32 + b);
                    left--;
                }
            }
        }
        left -= k;
    }
    return 0;   /* not reached with a consistent table */
}

/* Appends word number w of the lexicon to buf at *pos. */
static int
put_word(unsigned int w, char *buf, int buflen, int *pos)
{
    const unsigned char *p;
    unsigned int skip;

    if (w >= UN_WORD_COUNT)
        return 0;
    p = un_lexicon + un_lexicon_offsets[w >> 3];
    for (skip = w & 7; skip > 0; skip--) {
        while (!(*p & 0x80))
            p++;
        p++;
    }
    for (;;) {
        if (*pos >= buflen)
            return 0;
        buf[(*pos)++] = (char)(*p & 0x7F);
        if (*p & 0x80)
            return 1;
        p++;
    }
}

static int
put_text(const char *s, char *buf, int buflen, int *pos)
{
    while (*s) {
        if (*pos >= buflen)
            return 0;
        buf[(*pos)++] = *s++;
    }
    return 1;
}

/* Appends c in upper-case hex, at least four digits. */
static int
put_hex(Py_UCS4 c, char *buf, int buflen, int *pos)
{
    char tmp[16];

    PyOS_snprintf(tmp, sizeof(tmp), "%04X", (unsigned int)c);
    return put_text(tmp, buf, buflen, pos);
}

/* Writes the name of c, NUL-terminated, into buf.  Returns 1, or 0 if c
   has no name or buf is too small. */
static int
name_of(Py_UCS4 c, char *buf, int buflen)
{
    int pos = 0;
    long n;

    if (buflen <= 0)
        return 0;
    if (is_hangul_syllable(c)) {
        unsigned int s = c - HANGUL_S_BASE;
        if (!put_text("HANGUL SYLLABLE ", buf, buflen, &pos) ||
            !put_text(un_jamo_l[s / HANGUL_N_COUNT], buf, buflen, &pos) ||
            !put_text(un_jamo_v[(s % HANGUL_N_COUNT) / HANGUL_T_COUNT],
                      buf, buflen, &pos) ||
            !put_text(un_jamo_t[s % HANGUL_T_COUNT], buf, buflen, &pos))
            return 0;
    }
    else if ((n = range_of(c)) >= 0) {
        if (!put_text(un_range_prefixes[un_ranges[n].prefix],
                      buf, buflen, &pos) ||
            !put_hex(c, buf, buflen, &pos))
            return 0;
    }
    else {
        const unsigned char *p;
        unsigned int head, count, i, skip;

        n = name_number(c);
        if (n < 0)
            return 0;
        p = un_phrasebook + un_phrase_offsets[n >> 5];
        for (skip = n & 31; skip > 0; skip--) {
            count = *p++ & 0x7F;
            for (i = 0; i < count; i++)
                p += (*p >= 192) ? 2 : 1;
        }
        head = *p++;
        count = head & 0x7F;
        for (i = 0; i < count; i++) {
            unsigned int w = *p++;
            if (w >= 192)
                w = 192 + ((w - 192) << 8) + *p++;
            if (i > 0 && !put_text(" ", buf, buflen, &pos))
                return 0;
            if (!put_word(w, buf, buflen, &pos))
                return 0;
        }
        if ((head & 0x80) && !put_hex(c, buf, buflen, &pos))
            return 0;
    }
    if (pos >= buflen)
        return 0;
    buf[pos] = '\0';
    return 1;
}

/* Index of s (length n) in a table of jamo short names, or -1. */
static int
find_jamo(const char * const *table, int size, const char *s, int n)
{
    int i;

    for (i = 0; i < size; i++)
        if ((int)strlen(table[i]) == n && memcmp(table[i], s, n) == 0)
            return i;
    return -1;
}

static int
is_jamo_vowel_letter(char ch)
{
    return ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U' ||
           ch == 'W' || ch == 'Y';
}

/* "HANGUL SYLLABLE " has been matched; s is the rest (upper case).  The
   short names split cleanly: leading consonants, vowels, trailing
   consonants. */
static int
hangul_code(const char *s, int n, Py_UCS4 *code)
{
    int a = 0, b, l, v, t;

    while (a < n && !is_jamo_vowel_letter(s[a]))
        a++;
    b = a;
    while (b < n && is_jamo_vowel_letter(s[b]))
        b++;
    l = find_jamo(un_jamo_l, HANGUL_L_COUNT, s, a);
    v = find_jamo(un_jamo_v, HANGUL_V_COUNT, s + a, b - a);
    t = find_jamo(un_jamo_t, HANGUL_T_COUNT, s + b, n - b);
    if (l < 0 || v < 0 || t < 0)
        return 0;
    *code = HANGUL_S_BASE + (l * HANGUL_V_COUNT + v) * HANGUL_T_COUNT + t;
    return 1;
}

/* prefix + hex names; s is upper case. */
static int
range_code(const char *s, int n, Py_UCS4 *code)
{
    size_t p, i;

    for (p = 0; p < sizeof(un_range_prefixes) / sizeof(un_range_prefixes[0]);
         p++) {
        int plen = (int)strlen(un_range_prefixes[p]);
        Py_UCS4 c = 0;
        int k;

        if (n <= plen || memcmp(s, un_range_prefixes[p], plen) != 0)
            continue;
        if (n - plen < 4 || n - plen > 6)
            return 0;
        for (k = plen; k < n; k++) {
            char ch = s[k];
            if (ch >= '0' && ch <= '9')
                c = c * 16 + (ch - '0');
            else if (ch >= 'A' && ch <= 'F')
                c = c * 16 + (ch - 'A' + 10);
            else
                return 0;
        }
        /* no superfluous leading zeros: the name must be the canonical one */
        if (n - plen > 4 && s[plen] == '0')
            return 0;
        for (i = 0; i < sizeof(un_ranges) / sizeof(un_ranges[0]); i++) {
            if (un_ranges[i].prefix == p && c >= un_ranges[i].first &&
                c <= un_ranges[i].last) {
                *code = c;
                return 1;
            }
        }
        return 0;
    }
    return 0;
}

/* Finds the code point named name[0:namelen] (case-insensitive).
   Returns 1 and sets *code, or 0. */
static int
code_of(const char *name, int namelen, Py_UCS4 *code)
{
    char key[UN_MAX_NAME_LEN + 64];
    char cand[UN_MAX_NAME_LEN + 64];
    size_t lo, hi;
    int i;
    static const char hangul[] = "HANGUL SYLLABLE ";
    const int hlen = (int)sizeof(hangul) - 1;

    if (namelen <= 0 || namelen >= (int)sizeof(key))
        return 0;
    for (i = 0; i < namelen; i++) {
        char ch = name[i];
        if (ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 'a' + 'A');
        else if (ch == '\0')
            return 0;
        key[i] = ch;
    }
    key[namelen] = '\0';

    if (namelen > hlen && memcmp(key, hangul, hlen) == 0)
        return hangul_code(key + hlen, namelen - hlen, code);
    if (range_code(key, namelen, code))
        return 1;

    lo = 0;
    hi = UN_NAMED_COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        Py_UCS4 c = name_code(un_sorted[mid]);
        int cmp;

        if (!name_of(c, cand, (int)sizeof(cand)))
            return 0;   /* cannot happen with a consistent table */
        cmp = strcmp(key, cand);
        if (cmp == 0) {
            *code = c;
            return 1;
        }
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* The C API for \N{...} (self is unused: the tables are static). */

static int
capi_getname(PyObject *self, Py_UCS4 code, char *buffer, int buflen)
{
    return name_of(code, buffer, buflen);
}

static int
capi_getcode(PyObject *self, const char *name, int namelen, Py_UCS4 *code)
{
    return code_of(name, namelen, code);
}

static const _PyUnicode_Name_CAPI ucnhash_capi = {
    sizeof(_PyUnicode_Name_CAPI),
    capi_getname,
    capi_getcode
};

/* ------------------------------------------------------------------ */
/* normalization */

typedef struct {
    Py_UNICODE *buf;
    Py_ssize_t len;
    Py_ssize_t cap;
} ubuf;

static int
ubuf_push(ubuf *b, Py_UCS4 c)
{
    if (b->len >= b->cap) {
        Py_ssize_t ncap;
        Py_UNICODE *nbuf;

        if (b->cap > (PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(Py_UNICODE) - 16)
                     / 2) {
            PyErr_NoMemory();
            return -1;
        }
        ncap = b->cap * 2 + 16;
        nbuf = (Py_UNICODE *)PyMem_Realloc(b->buf,
                                           ncap * sizeof(Py_UNICODE));
        if (nbuf == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        b->buf = nbuf;
        b->cap = ncap;
    }
    b->buf[b->len++] = (Py_UNICODE)c;
    return 0;
}

/* Appends the full decomposition of c (canonical, or compatibility too). */
static int
decompose_into(ubuf *b, Py_UCS4 c, int compat, int depth)
{
    unsigned int off, head, count, i;

    if (is_hangul_syllable(c)) {
        unsigned int s = c - HANGUL_S_BASE;
        if (ubuf_push(b, HANGUL_L_BASE + s / HANGUL_N_COUNT) < 0 ||
            ubuf_push(b, HANGUL_V_BASE +
                      (s % HANGUL_N_COUNT) / HANGUL_T_COUNT) < 0)
            return -1;
        if (s % HANGUL_T_COUNT != 0 &&
            ubuf_push(b, HANGUL_T_BASE + s % HANGUL_T_COUNT) < 0)
            return -1;
        return 0;
    }
    off = decomp_offset(c);
    /* The data nests only a few levels; the depth guard is belt and
       braces against a broken table. */
    if (off == 0 || depth > 32)
        return ubuf_push(b, c);
    head = ud_decomp_data[off];
    if ((head >> 8) != 0 && !compat)
        return ubuf_push(b, c);
    count = head & 0xFF;
    for (i = 1; i <= count; i++)
        if (decompose_into(b, ud_decomp_data[off + i], compat, depth + 1) < 0)
            return -1;
    return 0;
}

/* Stable sort of a run of non-starters by combining class. */
static int
sort_marks(Py_UNICODE *s, Py_ssize_t n)
{
    Py_ssize_t i, j;

    if (n < 32) {
        for (i = 1; i < n; i++) {
            Py_UNICODE c = s[i];
            int cc = combining_of(c);
            for (j = i; j > 0 && combining_of(s[j - 1]) > cc; j--)
                s[j] = s[j - 1];
            s[j] = c;
        }
        return 0;
    }
    else {
        /* counting sort: linear however the run is arranged */
        Py_ssize_t start[257];
        Py_UNICODE *tmp;

        if ((size_t)n > PY_SSIZE_T_MAX / sizeof(Py_UNICODE)) {
            PyErr_NoMemory();
            return -1;
        }
        tmp = (Py_UNICODE *)PyMem_Malloc(n * sizeof(Py_UNICODE));
        if (tmp == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memset(start, 0, sizeof(start));
        for (i = 0; i < n; i++)
            start[combining_of(s[i]) + 1]++;
        for (i = 1; i < 257; i++)
            start[i] += start[i - 1];
        for (i = 0; i < n; i++)
            tmp[start[combining_of(s[i])]++] = s[i];
        memcpy(s, tmp, n * sizeof(Py_UNICODE));
        PyMem_Free(tmp);
        return 0;
    }
}

static int
canonical_order(ubuf *b)
{
    Py_ssize_t i = 0, j;

    while (i < b->len) {
        if (combining_of(b->buf[i]) == 0) {
            i++;
            continue;
        }
        for (j = i + 1; j < b->len && combining_of(b->buf[j]) != 0; j++)
            ;
        if (j - i > 1 && sort_marks(b->buf + i, j - i) < 0)
            return -1;
        i = j;
    }
    return 0;
}

/* The primary composite of the pair (a, b), or 0. */
static Py_UCS4
compose_pair(Py_UCS4 a, Py_UCS4 b)
{
    size_t lo, hi;

    if (a >= HANGUL_L_BASE && a < HANGUL_L_BASE + HANGUL_L_COUNT &&
        b >= HANGUL_V_BASE && b < HANGUL_V_BASE + HANGUL_V_COUNT)
        return HANGUL_S_BASE + ((a - HANGUL_L_BASE) * HANGUL_V_COUNT +
                                (b - HANGUL_V_BASE)) * HANGUL_T_COUNT;
    if (is_hangul_syllable(a) && (a - HANGUL_S_BASE) % HANGUL_T_COUNT == 0 &&
        b > HANGUL_T_BASE && b < HANGUL_T_BASE + HANGUL_T_COUNT)
        return a + (b - HANGUL_T_BASE);

    lo = 0;
    hi = sizeof(ud_comp_pairs) / sizeof(ud_comp_pairs[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const unsigned int *p = ud_comp_pairs[mid];
        if (p[0] == a && p[1] == b)
            return p[2];
        if (p[0] < a || (p[0] == a && p[1] < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Canonical composition, in place. */
static void
compose(ubuf *b)
{
    Py_ssize_t i, out = 0, starter = -1;
    int last_cc = 0;

    for (i = 0; i < b->len; i++) {
        Py_UCS4 c = b->buf[i];
        int cc = combining_of(c);

        /* c can join the last starter unless a mark in between blocks it */
        if (starter >= 0 && (last_cc < cc || last_cc == 0)) {
            Py_UCS4 comp = compose_pair(b->buf[starter], c);
            if (comp != 0) {
                b->buf[starter] = (Py_UNICODE)comp;
                continue;
            }
        }
        if (cc == 0)
            starter = out;
        last_cc = cc;
        b->buf[out++] = (Py_UNICODE)c;
    }
    b->len = out;
}

static PyObject *
normalize_unicode(PyObject *input, int compat, int composed)
{
    Py_UNICODE *s = PyUnicode_AS_UNICODE(input);
    Py_ssize_t n = PyUnicode_GET_SIZE(input), i;
    Py_UNICODE limit = compat ? 0xA0 : 0xC0;
    ubuf b;
    PyObject *result;

    /* Text below these bounds is already in every form. */
    for (i = 0; i < n; i++)
        if (s[i] >= limit)
            break;
    if (i == n) {
        if (PyUnicode_CheckExact(input)) {
            Py_INCREF(input);
            return input;
        }
        return PyUnicode_FromUnicode(s, n);
    }

    if (_PyEval_ChargeTicks((long)(n >> 6) + 1) < 0)
        return NULL;
    b.len = 0;
    b.cap = 0;
    b.buf = NULL;
    if (n < PY_SSIZE_T_MAX / 2 - 16)
        b.cap = n + n / 2 + 16;
    else {
        PyErr_NoMemory();
        return NULL;
    }
    if ((size_t)b.cap > PY_SSIZE_T_MAX / sizeof(Py_UNICODE)) {
        PyErr_NoMemory();
        return NULL;
    }
    b.buf = (Py_UNICODE *)PyMem_Malloc(b.cap * sizeof(Py_UNICODE));
    if (b.buf == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (i = 0; i < n; i++)
        if (decompose_into(&b, s[i], compat, 0) < 0)
            goto fail;
    if (canonical_order(&b) < 0)
        goto fail;
    if (composed)
        compose(&b);
    result = PyUnicode_FromUnicode(b.buf, b.len);
    PyMem_Free(b.buf);
    return result;

  fail:
    PyMem_Free(b.buf);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* the module functions */

/* The single character of the unicode object v. */
static int
single_char(PyObject *v, Py_UCS4 *c)
{
    if (PyUnicode_GET_SIZE(v) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "need a single Unicode character as parameter");
        return -1;
    }
    *c = (Py_UCS4)PyUnicode_AS_UNICODE(v)[0];
    return 0;
}

/* Returns default_value (new reference) or raises ValueError(msg). */
static PyObject *
no_value(PyObject *default_value, const char *msg)
{
    if (default_value == NULL) {
        PyErr_SetString(PyExc_ValueError, msg);
        return NULL;
    }
    Py_INCREF(default_value);
    return default_value;
}

PyDoc_STRVAR(decimal__doc__,
"decimal(unichr[, default]) -> int\n\
\n\
The decimal digit value of unichr; default (or ValueError) if it has none.");

static PyObject *
unicodedata_decimal(PyObject *self, PyObject *args)
{
    PyObject *v, *def = NULL;
    Py_UCS4 c;
    int d;

    if (!PyArg_ParseTuple(args, "O!|O:decimal", &PyUnicode_Type, &v, &def))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    d = record_of(c)->decimal;
    if (d == 0)
        return no_value(def, "not a decimal");
    return PyInt_FromLong(d - 1);
}

PyDoc_STRVAR(digit__doc__,
"digit(unichr[, default]) -> int\n\
\n\
The digit value of unichr; default (or ValueError) if it has none.");

static PyObject *
unicodedata_digit(PyObject *self, PyObject *args)
{
    PyObject *v, *def = NULL;
    Py_UCS4 c;
    int d;

    if (!PyArg_ParseTuple(args, "O!|O:digit", &PyUnicode_Type, &v, &def))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    d = record_of(c)->digit;
    if (d == 0)
        return no_value(def, "not a digit");
    return PyInt_FromLong(d - 1);
}

PyDoc_STRVAR(numeric__doc__,
"numeric(unichr[, default]) -> float\n\
\n\
The numeric value of unichr; default (or ValueError) if it has none.");

static PyObject *
unicodedata_numeric(PyObject *self, PyObject *args)
{
    PyObject *v, *def = NULL;
    Py_UCS4 c;
    const ud_numeric *num;
    int k;

    if (!PyArg_ParseTuple(args, "O!|O:numeric", &PyUnicode_Type, &v, &def))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    k = record_of(c)->numeric;
    if (k == 0)
        return no_value(def, "not a numeric character");
    num = &ud_numerics[k];
    return PyFloat_FromDouble(num->num / num->den);
}

PyDoc_STRVAR(category__doc__,
"category(unichr) -> str\n\
\n\
The two-letter general category of unichr, e.g. 'Lu'.");

static PyObject *
unicodedata_category(PyObject *self, PyObject *args)
{
    PyObject *v;
    Py_UCS4 c;

    if (!PyArg_ParseTuple(args, "O!:category", &PyUnicode_Type, &v))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    return PyString_FromString(ud_category_names[record_of(c)->category]);
}

PyDoc_STRVAR(bidirectional__doc__,
"bidirectional(unichr) -> str\n\
\n\
The bidirectional class of unichr, or '' if it has none.");

static PyObject *
unicodedata_bidirectional(PyObject *self, PyObject *args)
{
    PyObject *v;
    Py_UCS4 c;

    if (!PyArg_ParseTuple(args, "O!:bidirectional", &PyUnicode_Type, &v))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    return PyString_FromString(ud_bidi_names[record_of(c)->bidirectional]);
}

PyDoc_STRVAR(combining__doc__,
"combining(unichr) -> int\n\
\n\
The canonical combining class of unichr (0 for starters).");

static PyObject *
unicodedata_combining(PyObject *self, PyObject *args)
{
    PyObject *v;
    Py_UCS4 c;

    if (!PyArg_ParseTuple(args, "O!:combining", &PyUnicode_Type, &v))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    return PyInt_FromLong(record_of(c)->combining);
}

PyDoc_STRVAR(mirrored__doc__,
"mirrored(unichr) -> int\n\
\n\
1 if unichr is mirrored in bidirectional text, else 0.");

static PyObject *
unicodedata_mirrored(PyObject *self, PyObject *args)
{
    PyObject *v;
    Py_UCS4 c;

    if (!PyArg_ParseTuple(args, "O!:mirrored", &PyUnicode_Type, &v))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    return PyInt_FromLong((record_of(c)->flags & UD_FLAG_MIRRORED) != 0);
}

PyDoc_STRVAR(east_asian_width__doc__,
"east_asian_width(unichr) -> str\n\
\n\
The East Asian width class of unichr (F, H, W, Na, A or N).");

static PyObject *
unicodedata_east_asian_width(PyObject *self, PyObject *args)
{
    PyObject *v;
    Py_UCS4 c;

    if (!PyArg_ParseTuple(args, "O!:east_asian_width", &PyUnicode_Type, &v))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    return PyString_FromString(ud_eaw_names[record_of(c)->east_asian_width]);
}

PyDoc_STRVAR(decomposition__doc__,
"decomposition(unichr) -> str\n\
\n\
The decomposition mapping of unichr as in UnicodeData.txt, or ''.");

static PyObject *
unicodedata_decomposition(PyObject *self, PyObject *args)
{
    PyObject *v;
    Py_UCS4 c;
    unsigned int off, head, count, i;
    /* the longest mapping has 18 code points */
    char text[16 + 256 * 7];
    int pos = 0;

    if (!PyArg_ParseTuple(args, "O!:decomposition", &PyUnicode_Type, &v))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    off = decomp_offset(c);
    if (off == 0)
        return PyString_FromString("");
    head = ud_decomp_data[off];
    count = head & 0xFF;
    if (head >> 8) {
        pos = PyOS_snprintf(text, sizeof(text), "%s",
                            ud_decomp_tag_names[head >> 8]);
    }
    for (i = 1; i <= count; i++) {
        pos += PyOS_snprintf(text + pos, sizeof(text) - pos, "%s%04X",
                             pos > 0 ? " " : "", ud_decomp_data[off + i]);
    }
    return PyString_FromStringAndSize(text, pos);
}

PyDoc_STRVAR(normalize__doc__,
"normalize(form, unistr) -> unicode\n\
\n\
unistr in normalization form 'NFC', 'NFKC', 'NFD' or 'NFKD'.");

static PyObject *
unicodedata_normalize(PyObject *self, PyObject *args)
{
    char *form;
    PyObject *input;

    if (!PyArg_ParseTuple(args, "sO!:normalize",
                          &form, &PyUnicode_Type, &input))
        return NULL;
    if (PyUnicode_GET_SIZE(input) == 0) {
        /* nothing to do, but hand back an exact unicode object */
        if (PyUnicode_CheckExact(input)) {
            Py_INCREF(input);
            return input;
        }
        return PyUnicode_FromUnicode(NULL, 0);
    }
    if (strcmp(form, "NFC") == 0)
        return normalize_unicode(input, 0, 1);
    if (strcmp(form, "NFKC") == 0)
        return normalize_unicode(input, 1, 1);
    if (strcmp(form, "NFD") == 0)
        return normalize_unicode(input, 0, 0);
    if (strcmp(form, "NFKD") == 0)
        return normalize_unicode(input, 1, 0);
    PyErr_SetString(PyExc_ValueError, "invalid normalization form");
    return NULL;
}

PyDoc_STRVAR(name__doc__,
"name(unichr[, default]) -> str\n\
\n\
The name of unichr; default (or ValueError) if it has none.");

static PyObject *
unicodedata_name(PyObject *self, PyObject *args)
{
    PyObject *v, *def = NULL;
    Py_UCS4 c;
    char buf[UN_MAX_NAME_LEN + 64];

    if (!PyArg_ParseTuple(args, "O!|O:name", &PyUnicode_Type, &v, &def))
        return NULL;
    if (single_char(v, &c) < 0)
        return NULL;
    if (!name_of(c, buf, (int)sizeof(buf)))
        return no_value(def, "no such name");
    return PyString_FromString(buf);
}

PyDoc_STRVAR(lookup__doc__,
"lookup(name) -> unicode\n\
\n\
The character called name (case does not matter); KeyError if none.");

static PyObject *
unicodedata_lookup(PyObject *self, PyObject *args)
{
    char *name;
    Py_ssize_t namelen;
    Py_UCS4 c;
    Py_UNICODE u;

    if (!PyArg_ParseTuple(args, "s#:lookup", &name, &namelen))
        return NULL;
    if (namelen > INT_MAX || !code_of(name, (int)namelen, &c)) {
        PyErr_Format(PyExc_KeyError, "undefined character name '%s'", name);
        return NULL;
    }
    u = (Py_UNICODE)c;
    return PyUnicode_FromUnicode(&u, 1);
}

static PyMethodDef unicodedata_methods[] = {
    {"decimal", unicodedata_decimal, METH_VARARGS, decimal__doc__},
    {"digit", unicodedata_digit, METH_VARARGS, digit__doc__},
    {"numeric", unicodedata_numeric, METH_VARARGS, numeric__doc__},
    {"category", unicodedata_category, METH_VARARGS, category__doc__},
    {"bidirectional", unicodedata_bidirectional, METH_VARARGS,
     bidirectional__doc__},
    {"combining", unicodedata_combining, METH_VARARGS, combining__doc__},
    {"mirrored", unicodedata_mirrored, METH_VARARGS, mirrored__doc__},
    {"east_asian_width", unicodedata_east_asian_width, METH_VARARGS,
     east_asian_width__doc__},
    {"decomposition", unicodedata_decomposition, METH_VARARGS,
     decomposition__doc__},
    {"name", unicodedata_name, METH_VARARGS, name__doc__},
    {"lookup", unicodedata_lookup, METH_VARARGS, lookup__doc__},
    {"normalize", unicodedata_normalize, METH_VARARGS, normalize__doc__},
    {NULL, NULL}
};

PyDoc_STRVAR(unicodedata_docstring,
"Character properties, names, decompositions and normalization from\n\
the Unicode Character Database, version " UNIDATA_VERSION ".");

PyMODINIT_FUNC
initunicodedata(void)
{
    PyObject *m, *capi;

    m = Py_InitModule3("unicodedata", unicodedata_methods,
                       unicodedata_docstring);
    if (m == NULL)
        return;
    if (PyModule_AddStringConstant(m, "unidata_version",
                                   UNIDATA_VERSION) < 0)
        return;
    /* The struct is const and shared by every interpreter; the CObject
       that carries it is made for this module instance. */
    capi = PyCObject_FromVoidPtr((void *)&ucnhash_capi, NULL);
    if (capi == NULL)
        return;
    PyModule_AddObject(m, "ucnhash_CAPI", capi);
}
