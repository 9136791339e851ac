/* The zlib module of Python 2.5: the zlib format (RFC 1950) around the
   deflate format (RFC 1951), with its own inflater and deflater written
   from the RFCs (no zlib library is used).

   Inflate is a resumable state machine: input is decoded one unit at a
   time (a header, a literal, a length/distance pair, a dynamic table),
   and a unit that runs out of input is rolled back to its start, so a
   Decompress object can be fed any split of the stream.  Every length,
   distance and table is checked; bad input raises zlib.error.

   Deflate is LZ77 with hash chains (greedy at low levels, one-step lazy
   matching above) followed by a per-block choice of stored, fixed or
   dynamic Huffman coding, whichever is smallest.

   Output buffers grow through PyMem_* (charged to the interpreter's
   memory account), and long work is charged to the CPU budget. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

/* memcpy/memmove that accept a NULL pointer with a zero length (an empty
   buffer never allocated): the C library's own may not. */
static inline void
copy_bytes(void *dst, const void *src, size_t n)
{
    if (n > 0)
        memmove(dst, src, n);
}


#define WSIZE 32768             /* deflate's largest window */
#define WMASK (WSIZE - 1)

/* zlib's return codes, used in the error messages as zlib reports them */
#define ZERR_NEED_DICT 2
#define ZERR_STREAM (-2)
#define ZERR_DATA (-3)
#define ZERR_BUF (-5)

/* flush modes and other constants of the module */
#define Z_NO_FLUSH 0
#define Z_SYNC_FLUSH 2
#define Z_FULL_FLUSH 3
#define Z_FINISH 4
#define Z_DEFLATED 8
#define Z_DEFAULT_COMPRESSION (-1)
#define DEF_MEM_LEVEL 8
#define MAX_WBITS 15

/* Units of work between two charges to the CPU budget. */
#define WORK_QUANTUM 65536

/* ======================================================================
   Shared tables (built once at start-up; immutable afterwards)
   ====================================================================== */

static unsigned short len_base[29];
static unsigned char len_extra[29];
static unsigned short dist_base[30];
static unsigned char dist_extra[30];
static unsigned char len_to_code[259];      /* match length -> 0..28 */
static unsigned char dist_to_code[WSIZE + 1];
static unsigned int crc_table[256];
static int tables_ready;

/* Order in which code length code lengths are sent (RFC 1951 3.2.7). */
static const unsigned char clen_order[19] = {
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
};

static void
build_shared_tables(void)
{
    int i, base;
    unsigned int n, c, k;

    base = 3;
    for (i = 0; i < 28; i++) {
        len_extra[i] = (unsigned char)(i < 8 ? 0 : i / 4 - 1);
        len_base[i] = (unsigned short)base;
        base += 1 << len_extra[i];
    }
    len_extra[28] = 0;
    len_base[28] = 258;
    for (i = 0; i < 29; i++) {
        int top = (i == 28) ? 258 : len_base[i] + (1 << len_extra[i]) - 1;
        int l;
        for (l = len_base[i]; l <= top && l <= 258; l++)
            len_to_code[l] = (unsigned char)i;
    }
    len_to_code[258] = 28;  /* 258 has a code of its own */

    base = 1;
    for (i = 0; i < 30; i++) {
        int d, top;
        dist_extra[i] = (unsigned char)(i < 4 ? 0 : i / 2 - 1);
        dist_base[i] = (unsigned short)base;
        top = base + (1 << dist_extra[i]) - 1;
        for (d = base; d <= top && d <= WSIZE; d++)
            dist_to_code[d] = (unsigned char)i;
        base = top + 1;
    }

    /* CRC-32, reflected, polynomial 0x04C11DB7 */
    for (n = 0; n < 256; n++) {
        c = n;
        for (k = 0; k < 8; k++)
            c = (c & 1) ? (c >> 1) ^ 0xedb88320U : c >> 1;
        crc_table[n] = c;
    }
    tables_ready = 1;
}

/* ======================================================================
   Checksums
   ====================================================================== */

static unsigned int
adler32_update(unsigned int adler, const unsigned char *p, size_t n)
{
    unsigned int a = adler & 0xffff, b = adler >> 16;

    while (n > 0) {
        /* 5552 bytes is the most that cannot overflow 32 bits */
        size_t run = n < 5552 ? n : 5552;
        n -= run;
        while (run--) {
            a += *p++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return (b << 16) | a;
}

static unsigned int
crc32_update(unsigned int crc, const unsigned char *p, size_t n)
{
    crc = ~crc;
    while (n--)
        crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

/* ======================================================================
   A growable byte buffer
   ====================================================================== */

typedef struct {
    unsigned char *p;
    size_t len, cap;
} bytebuf;

static int
buf_reserve(bytebuf *b, size_t extra)
{
    size_t want;
    unsigned char *np;

    if (extra <= b->cap - b->len)
        return 0;
    if (extra > (size_t)PY_SSIZE_T_MAX - b->len)
        goto nomem;
    want = b->cap < 1024 ? 1024 : b->cap;
    while (want < b->len + extra) {
        if (want > (size_t)PY_SSIZE_T_MAX / 2) {
            want = b->len + extra;
            break;
        }
        want *= 2;
    }
    if (_PyMem_CheckAvailable(want - b->cap) < 0)
        return -1;
    np = PyMem_Realloc(b->p, want);
    if (np == NULL)
        goto nomem;
    b->p = np;
    b->cap = want;
    return 0;
nomem:
    PyErr_NoMemory();
    return -1;
}

static void
buf_free(bytebuf *b)
{
    if (b->p != NULL)
        PyMem_Free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* Hands the contents over as a str and empties the buffer. */
static PyObject *
buf_take(bytebuf *b)
{
    PyObject *s = PyString_FromStringAndSize((char *)b->p, (Py_ssize_t)b->len);
    if (s != NULL)
        b->len = 0;
    return s;
}

static int
charge_work(size_t *work, size_t units)
{
    *work += units;
    if (*work >= WORK_QUANTUM) {
        long ticks = (long)(*work >> 6);
        *work = 0;
        return _PyEval_ChargeTicks(ticks);
    }
    return 0;
}

/* ======================================================================
   Inflate
   ====================================================================== */

#define FASTBITS 9
#define FASTMASK ((1 << FASTBITS) - 1)

/* A canonical Huffman code: counts per length and symbols in code order
   for the bit-at-a-time path, and a table of the codes of at most
   FASTBITS bits, indexed by the next FASTBITS input bits (entry =
   symbol << 4 | length, 0 for none). */
typedef struct {
    unsigned short count[16];
    unsigned short sym[320];
    unsigned short fast[1 << FASTBITS];
} hufftab;

static hufftab fixed_lit, fixed_dist;   /* immutable after start-up */

enum { M_HEADER, M_BLOCK, M_STORED, M_CODES, M_TRAILER, M_DONE, M_BROKEN };

typedef struct {
    int wrap;                   /* zlib header and trailer expected */
    int wbits;
    int mode;
    int last;                   /* the current block is the final one */
    int fixed;                  /* the current block uses the fixed codes */
    unsigned long long bitbuf;  /* fewer than 8 bits between calls */
    int bitcnt;
    unsigned int stored_left;
    unsigned int copy_len, copy_dist;   /* a match cut short by a limit */
    hufftab lit, dist;
    unsigned long long total;   /* bytes produced so far */
    unsigned int adler;
    unsigned char window[WSIZE];
} inflater;

/* Results of a run */
#define RUN_NEED 0      /* all input used, the stream goes on */
#define RUN_END 1       /* the stream is complete */
#define RUN_FULL 2      /* the output limit was reached */
#define RUN_ERROR (-1)  /* an exception is set */

typedef struct {
    const unsigned char *in;
    Py_ssize_t len, pos;
    unsigned long long bitbuf;
    int bitcnt;
} bitreader;

static int
br_need(bitreader *br, int n)
{
    while (br->bitcnt < n) {
        if (br->pos >= br->len)
            return 0;
        br->bitbuf |= (unsigned long long)br->in[br->pos++] << br->bitcnt;
        br->bitcnt += 8;
    }
    return 1;
}

static unsigned int
br_take(bitreader *br, int n)
{
    unsigned int v = (unsigned int)(br->bitbuf & ((1ULL << n) - 1));
    br->bitbuf >>= n;
    br->bitcnt -= n;
    return v;
}

static unsigned int
reverse_bits(unsigned int code, int len)
{
    unsigned int r = 0;
    while (len-- > 0) {
        r = (r << 1) | (code & 1);
        code >>= 1;
    }
    return r;
}

/* Builds a decoding table from code lengths.  Returns 0, or -1 for an
   over-subscribed set or an incomplete one (allowed only for a code of a
   single symbol, or no symbol at all, unless strict). */
static int
hufftab_build(hufftab *h, const unsigned char *lens, int n, int strict)
{
    unsigned short offs[16];
    unsigned int next_code[16];
    int i, len, maxlen = 0;
    long left;

    memset(h->count, 0, sizeof(h->count));
    memset(h->fast, 0, sizeof(h->fast));
    for (i = 0; i < n; i++)
        h->count[lens[i]]++;
    h->count[0] = 0;
    left = 1;
    for (len = 1; len < 16; len++) {
        left = (left << 1) - h->count[len];
        if (left < 0)
            return -1;
        if (h->count[len])
            maxlen = len;
    }
    if (left > 0 && maxlen > 0 && (strict || maxlen != 1))
        return -1;
    offs[1] = 0;
    for (len = 1; len < 15; len++)
        offs[len + 1] = offs[len] + h->count[len];
    for (i = 0; i < n; i++)
        if (lens[i])
            h->sym[offs[lens[i]]++] = (unsigned short)i;

    /* canonical codes, for the fast table */
    next_code[1] = 0;
    for (len = 1; len < 15; len++)
        next_code[len + 1] = (next_code[len] + h->count[len]) << 1;
    for (i = 0; i < n; i++) {
        unsigned int r, step;
        len = lens[i];
        if (len == 0)
            continue;
        r = reverse_bits(next_code[len]++, len);
        if (len > FASTBITS)
            continue;
        step = 1U << len;
        for (; r < (1U << FASTBITS); r += step)
            h->fast[r] = (unsigned short)((i << 4) | len);
    }
    return 0;
}

/* Decodes one symbol: >= 0 the symbol, -1 more input needed, -2 no such
   code. */
static int
huff_decode(bitreader *br, const hufftab *h)
{
    unsigned int e;
    int len, code, first, index;

    while (br->bitcnt < FASTBITS && br->pos < br->len) {
        br->bitbuf |= (unsigned long long)br->in[br->pos++] << br->bitcnt;
        br->bitcnt += 8;
    }
    e = h->fast[br->bitbuf & FASTMASK];
    if (e != 0) {
        len = e & 15;
        if (len > br->bitcnt)
            return -1;
        br_take(br, len);
        return (int)(e >> 4);
    }
    /* longer codes (or none): one bit at a time */
    code = first = index = 0;
    for (len = 1; len < 16; len++) {
        int count;
        if (!br_need(br, len))
            return -1;
        code |= (int)((br->bitbuf >> (len - 1)) & 1);
        count = h->count[len];
        if (code - first < count) {
            br_take(br, len);
            return h->sym[index + code - first];
        }
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return -2;
}

static void
build_fixed_tables(void)
{
    unsigned char lens[288];
    int i;

    for (i = 0; i < 144; i++) lens[i] = 8;
    for (; i < 256; i++) lens[i] = 9;
    for (; i < 280; i++) lens[i] = 7;
    for (; i < 288; i++) lens[i] = 8;
    hufftab_build(&fixed_lit, lens, 288, 0);
    /* 32 codes make the set complete; 30 and 31 are refused on use */
    for (i = 0; i < 32; i++) lens[i] = 5;
    hufftab_build(&fixed_dist, lens, 32, 0);
}

/* Raises zlib.error in zlib's wording: "Error N <context>[: detail]".
   The module's functions get the error class as their `self`. */
static void
raise_zerr(PyObject *errcls, int code, const char *context, const char *detail)
{
    if (detail != NULL)
        PyErr_Format(errcls, "Error %d %s: %.200s", code, context, detail);
    else
        PyErr_Format(errcls, "Error %d %s", code, context);
}

static void
inflater_init(inflater *z, int wbits)
{
    memset(z, 0, offsetof(inflater, window));
    z->wrap = wbits > 0;
    z->wbits = wbits < 0 ? -wbits : wbits;
    z->mode = z->wrap ? M_HEADER : M_BLOCK;
    z->adler = 1;
}

static int
inflater_wbits_ok(int wbits)
{
    if (wbits < 0)
        wbits = -wbits;
    return wbits >= 8 && wbits <= 15;
}

/* Reads the code lengths of a dynamic block and builds its tables.
   Returns 1 done, 0 more input needed, -1 with *err set. */
static int
read_dynamic(inflater *z, bitreader *br, const char **err)
{
    unsigned char lens[320], cl_lens[19];
    hufftab cl;
    int nlit, ndist, ncl, i, n;

    if (!br_need(br, 14))
        return 0;
    nlit = (int)br_take(br, 5) + 257;
    ndist = (int)br_take(br, 5) + 1;
    ncl = (int)br_take(br, 4) + 4;
    if (nlit > 286 || ndist > 30) {
        *err = "too many length or distance symbols";
        return -1;
    }
    memset(cl_lens, 0, sizeof(cl_lens));
    for (i = 0; i < ncl; i++) {
        if (!br_need(br, 3))
            return 0;
        cl_lens[clen_order[i]] = (unsigned char)br_take(br, 3);
    }
    if (hufftab_build(&cl, cl_lens, 19, 1) < 0) {
        *err = "invalid code lengths set";
        return -1;
    }
    n = 0;
    while (n < nlit + ndist) {
        int sym = huff_decode(br, &cl), rep;
        unsigned char val;
        if (sym == -1)
            return 0;
        if (sym < 0) {
            *err = "invalid code lengths set";
            return -1;
        }
        if (sym < 16) {
            lens[n++] = (unsigned char)sym;
            continue;
        }
        if (sym == 16) {
            if (n == 0) {
                *err = "invalid bit length repeat";
                return -1;
            }
            if (!br_need(br, 2))
                return 0;
            val = lens[n - 1];
            rep = 3 + (int)br_take(br, 2);
        }
        else if (sym == 17) {
            if (!br_need(br, 3))
                return 0;
            val = 0;
            rep = 3 + (int)br_take(br, 3);
        }
        else {
            if (!br_need(br, 7))
                return 0;
            val = 0;
            rep = 11 + (int)br_take(br, 7);
        }
        if (n + rep > nlit + ndist) {
            *err = "invalid bit length repeat";
            return -1;
        }
        while (rep--)
            lens[n++] = val;
    }
    if (lens[256] == 0) {
        *err = "invalid code -- missing end-of-block";
        return -1;
    }
    if (hufftab_build(&z->lit, lens, nlit, 0) < 0) {
        *err = "invalid literal/lengths set";
        return -1;
    }
    if (hufftab_build(&z->dist, lens + nlit, ndist, 0) < 0) {
        *err = "invalid distances set";
        return -1;
    }
    return 1;
}

/* Decodes from in[0:inlen] into out, producing at most `limit` bytes.
   On return *consumed is the number of input bytes the inflater is done
   with; the rest belong to the caller again (to be fed again for
   RUN_NEED, as the unconsumed tail for RUN_FULL, as unused data for
   RUN_END).  On RUN_ERROR, *errcode and *errmsg describe the fault (no
   exception is set for data errors; one is set for memory or limits,
   signalled by *errcode == 0). */
static int
inflate_run(inflater *z, const unsigned char *in, Py_ssize_t inlen,
            Py_ssize_t *consumed, bytebuf *out, size_t limit,
            int *errcode, const char **errmsg)
{
    bitreader br, saved;
    size_t produced = 0, start_len = out->len, work = 0, charged_out = 0;
    int status;
    const hufftab *lt, *dt;

    *errcode = 0;
    *errmsg = NULL;
    br.in = in;
    br.len = inlen;
    br.pos = 0;
    br.bitbuf = z->bitbuf;
    br.bitcnt = z->bitcnt;
    saved = br;

#define COMMIT() (saved = br)
#define ROLLBACK_NEED() do { br = saved; status = RUN_NEED; goto leave; } while (0)
#define DATA_ERROR(msg) do { *errcode = ZERR_DATA; *errmsg = (msg); \
                             z->mode = M_BROKEN; status = RUN_ERROR; \
                             goto leave; } while (0)
#define HARD_ERROR() do { z->mode = M_BROKEN; status = RUN_ERROR; \
                           goto leave; } while (0)
#define PUT(c) do { unsigned char c_ = (unsigned char)(c); \
                    out->p[out->len++] = c_; \
                    z->window[z->total & WMASK] = c_; \
                    z->total++; produced++; } while (0)

    for (;;) {
        switch (z->mode) {
        case M_HEADER: {
            unsigned int cmf, flg;
            if (!br_need(&br, 16))
                ROLLBACK_NEED();
            cmf = br_take(&br, 8);
            flg = br_take(&br, 8);
            if ((cmf * 256 + flg) % 31 != 0)
                DATA_ERROR("incorrect header check");
            if ((cmf & 15) != Z_DEFLATED)
                DATA_ERROR("unknown compression method");
            if ((int)(cmf >> 4) + 8 > z->wbits)
                DATA_ERROR("invalid window size");
            if (flg & 0x20) {
                /* a preset dictionary (its id follows): none can be
                   given in 2.5 */
                if (!br_need(&br, 32))
                    ROLLBACK_NEED();
                *errcode = ZERR_NEED_DICT;
                z->mode = M_BROKEN;
                status = RUN_ERROR;
                goto leave;
            }
            COMMIT();
            z->mode = M_BLOCK;
            break;
        }
        case M_BLOCK: {
            unsigned int type;
            if (!br_need(&br, 3))
                ROLLBACK_NEED();
            z->last = (int)br_take(&br, 1);
            type = br_take(&br, 2);
            if (type == 0) {
                unsigned int len, nlen;
                br_take(&br, br.bitcnt & 7);
                if (!br_need(&br, 32))
                    ROLLBACK_NEED();
                len = br_take(&br, 16);
                nlen = br_take(&br, 16);
                if (len != (~nlen & 0xffff))
                    DATA_ERROR("invalid stored block lengths");
                z->stored_left = len;
                z->mode = M_STORED;
            }
            else if (type == 1) {
                z->fixed = 1;
                z->mode = M_CODES;
            }
            else if (type == 2) {
                const char *msg = NULL;
                int r = read_dynamic(z, &br, &msg);
                if (r == 0)
                    ROLLBACK_NEED();
                if (r < 0)
                    DATA_ERROR(msg);
                z->fixed = 0;
                z->mode = M_CODES;
            }
            else
                DATA_ERROR("invalid block type");
            COMMIT();
            break;
        }
        case M_STORED: {
            size_t n;
            while (z->stored_left > 0) {
                if (produced >= limit) {
                    status = RUN_FULL;
                    goto leave;
                }
                n = z->stored_left;
                if (n > limit - produced)
                    n = limit - produced;
                if (n > 65536)
                    n = 65536;
                if (buf_reserve(out, n) < 0)
                    HARD_ERROR();
                /* whole bytes still in the bit buffer come first */
                while (n > 0 && br.bitcnt >= 8) {
                    PUT(br_take(&br, 8));
                    z->stored_left--;
                    n--;
                }
                if (n > (size_t)(br.len - br.pos))
                    n = (size_t)(br.len - br.pos);
                if (n == 0 && z->stored_left > 0 && br.bitcnt < 8 &&
                    br.pos >= br.len) {
                    COMMIT();
                    status = RUN_NEED;
                    goto leave;
                }
                while (n-- > 0) {
                    PUT(br.in[br.pos++]);
                    z->stored_left--;
                }
                COMMIT();
                if (charge_work(&work, 4096) < 0)
                    HARD_ERROR();
            }
            z->mode = z->last ? M_TRAILER : M_BLOCK;
            break;
        }
        case M_CODES:
            lt = z->fixed ? &fixed_lit : &z->lit;
            dt = z->fixed ? &fixed_dist : &z->dist;
            for (;;) {
                int sym, dsym;
                unsigned int len, dist;

                if (z->copy_len > 0) {
                    size_t n = z->copy_len;
                    if (n > limit - produced)
                        n = limit - produced;
                    if (buf_reserve(out, n) < 0)
                        HARD_ERROR();
                    z->copy_len -= (unsigned int)n;
                    while (n-- > 0)
                        PUT(z->window[(z->total - z->copy_dist) & WMASK]);
                    if (z->copy_len > 0) {
                        status = RUN_FULL;
                        goto leave;
                    }
                }
                if (produced >= limit) {
                    status = RUN_FULL;
                    goto leave;
                }
                if (out->cap - out->len < 1 && buf_reserve(out, 258) < 0)
                    HARD_ERROR();
                /* a symbol, and the bytes it produced */
                if (charge_work(&work, 8 + (produced - charged_out)) < 0)
                    HARD_ERROR();
                charged_out = produced;
                sym = huff_decode(&br, lt);
                if (sym == -1)
                    ROLLBACK_NEED();
                if (sym < 0)
                    DATA_ERROR("invalid literal/length code");
                if (sym < 256) {
                    COMMIT();
                    PUT(sym);
                    continue;
                }
                if (sym == 256) {
                    COMMIT();
                    z->mode = z->last ? M_TRAILER : M_BLOCK;
                    break;
                }
                sym -= 257;
                if (sym >= 29)
                    DATA_ERROR("invalid literal/length code");
                if (!br_need(&br, len_extra[sym]))
                    ROLLBACK_NEED();
                len = len_base[sym] + br_take(&br, len_extra[sym]);
                dsym = huff_decode(&br, dt);
                if (dsym == -1)
                    ROLLBACK_NEED();
                if (dsym < 0 || dsym >= 30)
                    DATA_ERROR("invalid distance code");
                if (!br_need(&br, dist_extra[dsym]))
                    ROLLBACK_NEED();
                dist = dist_base[dsym] + br_take(&br, dist_extra[dsym]);
                if ((unsigned long long)dist > z->total ||
                    dist > (1U << z->wbits))
                    DATA_ERROR("invalid distance too far back");
                COMMIT();
                z->copy_len = len;
                z->copy_dist = dist;
            }
            break;
        case M_TRAILER:
            if (!z->wrap) {
                br_take(&br, br.bitcnt & 7);
                COMMIT();
                z->mode = M_DONE;
                break;
            }
            else {
                unsigned int want, got;
                int i;
                br_take(&br, br.bitcnt & 7);
                if (!br_need(&br, 32))
                    ROLLBACK_NEED();
                want = 0;
                for (i = 0; i < 4; i++)
                    want = (want << 8) | br_take(&br, 8);
                got = adler32_update(z->adler, out->p + start_len,
                                     out->len - start_len);
                z->adler = got;
                start_len = out->len;
                if (want != got)
                    DATA_ERROR("incorrect data check");
                COMMIT();
                z->mode = M_DONE;
                break;
            }
        case M_DONE:
            status = RUN_END;
            goto leave;
        default:
            *errcode = ZERR_DATA;
            *errmsg = "invalid stream state";
            status = RUN_ERROR;
            goto leave;
        }
    }

leave:
    /* the work not charged yet */
    if (status != RUN_ERROR &&
        _PyEval_ChargeTicks((long)((work + produced - charged_out) >> 6)) < 0) {
        z->mode = M_BROKEN;
        status = RUN_ERROR;
    }
    /* give whole unread bytes back to the input */
    {
        while (br.bitcnt >= 8 && br.pos > 0) {
            br.pos--;
            br.bitcnt -= 8;
        }
        br.bitbuf &= (1ULL << br.bitcnt) - 1;
    }
    z->bitbuf = br.bitbuf;
    z->bitcnt = br.bitcnt;
    *consumed = br.pos;
    if (z->wrap && out->len > start_len)
        z->adler = adler32_update(z->adler, out->p + start_len,
                                  out->len - start_len);
    return status;

#undef COMMIT
#undef ROLLBACK_NEED
#undef DATA_ERROR
#undef HARD_ERROR
#undef PUT
}

/* ======================================================================
   Deflate
   ====================================================================== */

#define ROUND_BYTES (256 * 1024)   /* input compressed per round */
#define BLOCK_SYMS 16384            /* symbols per deflate block */
#define HASH_BITS 15
#define HASH_SIZE (1 << HASH_BITS)
#define MIN_MATCH 3
#define MAX_MATCH 258

typedef struct {
    unsigned short chain;   /* candidates tried per position */
    unsigned short nice;    /* stop searching at this length */
    unsigned char lazy;     /* look one position ahead before committing */
} level_params;

static const level_params level_table[10] = {
    {0, 0, 0},          /* 0: stored */
    {4, 16, 0},
    {8, 32, 0},
    {24, 64, 0},
    {16, 32, 1},
    {32, 96, 1},
    {128, 128, 1},
    {256, 258, 1},
    {1024, 258, 1},
    {4096, 258, 1},
};

typedef struct {
    int level, strategy, wbits, raw, memlevel;
    int started;            /* the zlib header has been written */
    int finished;           /* Z_FINISH has been done */
    unsigned long long bitbuf;
    int bitcnt;
    unsigned int adler;
    /* win[0:histlen] is history, win[histlen:histlen+pendlen] input not
       yet compressed */
    unsigned char *win;
    size_t wincap, histlen, pendlen;
    bytebuf out;
} deflater;

/* A deflate block in the making. */
typedef struct {
    unsigned short *tl;     /* literal byte, or match length */
    unsigned short *td;     /* 0 for a literal, else the distance */
    size_t n;
    size_t rawstart, rawend;        /* the input the block covers (in win) */
    unsigned long litfreq[286];
    unsigned long distfreq[30];
} symblock;

static void
put_bits(deflater *d, unsigned int value, int n)
{
    d->bitbuf |= (unsigned long long)value << d->bitcnt;
    d->bitcnt += n;
    while (d->bitcnt >= 8) {
        d->out.p[d->out.len++] = (unsigned char)d->bitbuf;
        d->bitbuf >>= 8;
        d->bitcnt -= 8;
    }
}

static void
align_byte(deflater *d)
{
    if (d->bitcnt > 0)
        put_bits(d, 0, 8 - d->bitcnt);
}

/* Code lengths of a Huffman code for freq[0:n], no longer than maxbits.
   When the optimal code is too deep, the frequencies are flattened and
   the code is rebuilt. */
static void
huff_lengths(const unsigned long *freq, int n, int maxbits, unsigned char *lens)
{
    unsigned long f[320], w[640];
    int leaves[320], parent[640], depth[640];
    int m, i, j;

    for (i = 0; i < n; i++)
        f[i] = freq[i];
    for (;;) {
        int li, ni, nn, maxd;

        memset(lens, 0, (size_t)n);
        m = 0;
        for (i = 0; i < n; i++)
            if (f[i] > 0)
                leaves[m++] = i;
        if (m == 0)
            return;
        if (m == 1) {
            lens[leaves[0]] = 1;
            return;
        }
        /* leaves by increasing frequency (insertion sort; n is small) */
        for (i = 1; i < m; i++) {
            int s = leaves[i];
            for (j = i; j > 0 && f[leaves[j - 1]] > f[s]; j--)
                leaves[j] = leaves[j - 1];
            leaves[j] = s;
        }
        for (i = 0; i < m; i++)
            w[i] = f[leaves[i]];
        /* two queues: sorted leaves, and merged nodes in creation order
           (their weights never decrease) */
        li = 0;
        ni = m;
        nn = m;
        while (nn < 2 * m - 1) {
            int pick[2], k;
            for (k = 0; k < 2; k++) {
                if (li < m && (ni >= nn || w[li] <= w[ni]))
                    pick[k] = li++;
                else
                    pick[k] = ni++;
            }
            w[nn] = w[pick[0]] + w[pick[1]];
            parent[pick[0]] = parent[pick[1]] = nn;
            nn++;
        }
        depth[nn - 1] = 0;
        maxd = 0;
        for (i = nn - 2; i >= 0; i--) {
            depth[i] = depth[parent[i]] + 1;
            if (i < m && depth[i] > maxd)
                maxd = depth[i];
        }
        if (maxd <= maxbits) {
            for (i = 0; i < m; i++)
                lens[leaves[i]] = (unsigned char)depth[i];
            return;
        }
        for (i = 0; i < n; i++)
            if (f[i] > 0)
                f[i] = (f[i] >> 1) | 1;
    }
}

/* Canonical codes for the lengths, bit-reversed for LSB-first output. */
static void
huff_codes(const unsigned char *lens, int n, unsigned short *codes)
{
    unsigned int count[16], next[16];
    int i, len;

    memset(count, 0, sizeof(count));
    for (i = 0; i < n; i++)
        count[lens[i]]++;
    count[0] = 0;
    next[1] = 0;
    for (len = 1; len < 15; len++)
        next[len + 1] = (next[len] + count[len]) << 1;
    for (i = 0; i < n; i++)
        codes[i] = lens[i] ?
            (unsigned short)reverse_bits(next[lens[i]]++, lens[i]) : 0;
}

/* The run-length coding of code lengths (symbols 0-18 with extra bits). */
typedef struct {
    unsigned char sym[320];
    unsigned char extra[320];
    int n;
} clen_runs;

static void
encode_runs(const unsigned char *lens, int total, clen_runs *r)
{
    int i = 0;

    r->n = 0;
    while (i < total) {
        unsigned char v = lens[i];
        int run = 1;
        while (i + run < total && lens[i + run] == v)
            run++;
        i += run;
        if (v == 0) {
            while (run >= 11) {
                int k = run > 138 ? 138 : run;
                r->sym[r->n] = 18;
                r->extra[r->n++] = (unsigned char)(k - 11);
                run -= k;
            }
            if (run >= 3) {
                r->sym[r->n] = 17;
                r->extra[r->n++] = (unsigned char)(run - 3);
                run = 0;
            }
        }
        else {
            r->sym[r->n] = v;
            r->extra[r->n++] = 0;
            run--;
            while (run >= 3) {
                int k = run > 6 ? 6 : run;
                r->sym[r->n] = 16;
                r->extra[r->n++] = (unsigned char)(k - 3);
                run -= k;
            }
        }
        while (run-- > 0) {
            r->sym[r->n] = v;
            r->extra[r->n++] = 0;
        }
    }
}

static const unsigned char clen_extra_bits[19] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7
};

static void
put_symbols(deflater *d, const symblock *b,
            const unsigned char *llens, const unsigned short *lcodes,
            const unsigned char *dlens, const unsigned short *dcodes)
{
    size_t i;

    for (i = 0; i < b->n; i++) {
        unsigned int v = b->tl[i], dist = b->td[i];
        if (dist == 0) {
            put_bits(d, lcodes[v], llens[v]);
        }
        else {
            int lc = len_to_code[v], dc = dist_to_code[dist];
            put_bits(d, lcodes[257 + lc], llens[257 + lc]);
            if (len_extra[lc])
                put_bits(d, v - len_base[lc], len_extra[lc]);
            put_bits(d, dcodes[dc], dlens[dc]);
            if (dist_extra[dc])
                put_bits(d, dist - dist_base[dc], dist_extra[dc]);
        }
    }
    put_bits(d, lcodes[256], llens[256]);
}

static unsigned char fixed_llens[288], fixed_dlens[30];
static unsigned short fixed_lcodes[288], fixed_dcodes[30];

static void
build_fixed_codes(void)
{
    int i;
    for (i = 0; i < 288; i++)
        fixed_llens[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    for (i = 0; i < 30; i++)
        fixed_dlens[i] = 5;
    huff_codes(fixed_llens, 288, fixed_lcodes);
    huff_codes(fixed_dlens, 30, fixed_dcodes);
}

static void
put_stored(deflater *d, const unsigned char *p, size_t n, int final)
{
    do {
        size_t k = n > 65535 ? 65535 : n;
        put_bits(d, (final && k == n) ? 1 : 0, 1);
        put_bits(d, 0, 2);
        align_byte(d);
        put_bits(d, (unsigned int)k & 0xffff, 16);
        put_bits(d, ~(unsigned int)k & 0xffff, 16);
        copy_bytes(d->out.p + d->out.len, p, k);
        d->out.len += k;
        p += k;
        n -= k;
    } while (n > 0);
}

/* Writes the block with whichever coding is smallest. */
static int
emit_block(deflater *d, symblock *b, int final)
{
    unsigned char llens[286], dlens[30], all[316], cllens[19];
    unsigned short lcodes[286], dcodes[30], clcodes[19];
    unsigned long clfreq[19];
    clen_runs runs;
    unsigned long long dyn_bits, fix_bits, extra_bits = 0, stored_bits;
    size_t rawlen = b->rawend - b->rawstart, i;
    int nlit, ndist, ncl, used;

    if (buf_reserve(&d->out, b->n * 6 + rawlen + (rawlen / 65535 + 1) * 5
                    + 1024) < 0)
        return -1;

    b->litfreq[256] = 1;
    used = 0;
    for (i = 0; i < 30; i++)
        if (b->distfreq[i])
            used++;
    /* keep every tree at two codes or more, for picky decoders */
    if (used < 2) {
        if (b->distfreq[0] == 0)
            b->distfreq[0] = 1;
        else
            b->distfreq[1] = 1;
        if (used == 0)
            b->distfreq[1] = 1;
    }
    huff_lengths(b->litfreq, 286, 15, llens);
    huff_lengths(b->distfreq, 30, 15, dlens);
    /* the dummy distance counts cost nothing in the data */
    for (nlit = 286; nlit > 257 && llens[nlit - 1] == 0; nlit--)
        ;
    for (ndist = 30; ndist > 1 && dlens[ndist - 1] == 0; ndist--)
        ;
    memcpy(all, llens, (size_t)nlit);
    memcpy(all + nlit, dlens, (size_t)ndist);
    encode_runs(all, nlit + ndist, &runs);
    memset(clfreq, 0, sizeof(clfreq));
    for (i = 0; i < (size_t)runs.n; i++)
        clfreq[runs.sym[i]]++;
    huff_lengths(clfreq, 19, 7, cllens);
    for (ncl = 19; ncl > 4 && cllens[clen_order[ncl - 1]] == 0; ncl--)
        ;

    dyn_bits = 3 + 5 + 5 + 4 + 3 * (unsigned long long)ncl;
    for (i = 0; i < (size_t)runs.n; i++)
        dyn_bits += cllens[runs.sym[i]] + clen_extra_bits[runs.sym[i]];
    fix_bits = 3;
    for (i = 0; i < 286; i++) {
        unsigned long f = b->litfreq[i];
        if (f == 0)
            continue;
        dyn_bits += (unsigned long long)f * llens[i];
        fix_bits += (unsigned long long)f * fixed_llens[i];
        if (i >= 257)
            extra_bits += (unsigned long long)f * len_extra[i - 257];
    }
    for (i = 0; i < 30; i++) {
        unsigned long f = b->distfreq[i];
        if (f == 0)
            continue;
        dyn_bits += (unsigned long long)f * dlens[i];
        fix_bits += (unsigned long long)f * 5;
        extra_bits += (unsigned long long)f * dist_extra[i];
    }
    dyn_bits += extra_bits;
    fix_bits += extra_bits;
    stored_bits = (unsigned long long)rawlen * 8 +
                  (rawlen / 65535 + 1) * 40 + 7;

    if (stored_bits <= fix_bits && stored_bits <= dyn_bits) {
        put_stored(d, d->win + b->rawstart, rawlen, final);
    }
    else if (fix_bits <= dyn_bits) {
        put_bits(d, final ? 1 : 0, 1);
        put_bits(d, 1, 2);
        put_symbols(d, b, fixed_llens, fixed_lcodes, fixed_dlens, fixed_dcodes);
    }
    else {
        huff_codes(llens, 286, lcodes);
        huff_codes(dlens, 30, dcodes);
        huff_codes(cllens, 19, clcodes);
        put_bits(d, final ? 1 : 0, 1);
        put_bits(d, 2, 2);
        put_bits(d, (unsigned int)(nlit - 257), 5);
        put_bits(d, (unsigned int)(ndist - 1), 5);
        put_bits(d, (unsigned int)(ncl - 4), 4);
        for (i = 0; i < (size_t)ncl; i++)
            put_bits(d, cllens[clen_order[i]], 3);
        for (i = 0; i < (size_t)runs.n; i++) {
            int s = runs.sym[i];
            put_bits(d, clcodes[s], cllens[s]);
            if (clen_extra_bits[s])
                put_bits(d, runs.extra[i], clen_extra_bits[s]);
        }
        put_symbols(d, b, llens, lcodes, dlens, dcodes);
    }
    b->n = 0;
    b->rawstart = b->rawend;
    memset(b->litfreq, 0, sizeof(b->litfreq));
    memset(b->distfreq, 0, sizeof(b->distfreq));
    return 0;
}

static void
put_empty_final(deflater *d)
{
    put_bits(d, 1, 1);
    put_bits(d, 1, 2);
    put_bits(d, fixed_lcodes[256], fixed_llens[256]);
}

#define HASH3(p) ((((unsigned int)(p)[0] << 10) ^ ((unsigned int)(p)[1] << 5) \
                   ^ (unsigned int)(p)[2]) & (HASH_SIZE - 1))

typedef struct {
    int *head;
    int *prev;
    const unsigned char *buf;
    size_t end;             /* bytes usable for matching */
    size_t maxdist;
    int chain, nice;
    size_t steps;           /* work done, for the CPU budget */
} matcher;

static void
match_insert(matcher *m, size_t pos)
{
    unsigned int h;
    if (pos + MIN_MATCH > m->end)
        return;
    h = HASH3(m->buf + pos);
    m->prev[pos & WMASK] = m->head[h];
    m->head[h] = (int)pos;
}

/* Finds the longest earlier match for pos, then inserts pos.  Returns the
   length (0 if below MIN_MATCH) and sets *dist. */
static int
match_find(matcher *m, size_t pos, unsigned int *dist)
{
    const unsigned char *buf = m->buf, *cur = buf + pos;
    size_t maxlen = m->end - pos;
    int best = 0, chain = m->chain;
    int cand;
    unsigned int h;

    if (maxlen < MIN_MATCH) {
        return 0;
    }
    if (maxlen > MAX_MATCH)
        maxlen = MAX_MATCH;
    h = HASH3(cur);
    cand = m->head[h];
    while (cand >= 0 && chain-- > 0) {
        size_t d = pos - (size_t)cand;
        const unsigned char *c = buf + cand;
        int next;
        m->steps++;
        if (d > m->maxdist || d == 0)
            break;
        if (c[best] == cur[best] && c[0] == cur[0]) {
            size_t l = 0;
            while (l < maxlen && c[l] == cur[l])
                l++;
            if ((int)l > best) {
                best = (int)l;
                *dist = (unsigned int)d;
                if (l >= (size_t)m->nice || l == maxlen)
                    break;
            }
        }
        if (d >= WSIZE - 1)
            break;
        next = m->prev[cand & WMASK];
        if (next >= cand)
            break;
        cand = next;
    }
    m->prev[pos & WMASK] = m->head[h];
    m->head[h] = (int)pos;
    return best >= MIN_MATCH ? best : 0;
}

static void
block_literal(symblock *b, unsigned char c)
{
    b->tl[b->n] = c;
    b->td[b->n] = 0;
    b->n++;
    b->litfreq[c]++;
}

static void
block_match(symblock *b, unsigned int len, unsigned int dist)
{
    b->tl[b->n] = (unsigned short)len;
    b->td[b->n] = (unsigned short)dist;
    b->n++;
    b->litfreq[257 + len_to_code[len]]++;
    b->distfreq[dist_to_code[dist]]++;
}

/* Compresses the pending input as one round; `final` makes its last block
   the final one. */
static int
deflate_round(deflater *d, int final)
{
    size_t start = d->histlen, end = d->histlen + d->pendlen, pos;
    symblock blk;
    matcher m;
    const level_params *lp = &level_table[d->level];
    int greedy = !lp->lazy, result = -1;
    size_t work = 0;

    if (d->level == 0) {
        if (buf_reserve(&d->out, d->pendlen + (d->pendlen / 65535 + 1) * 5
                        + 16) < 0)
            return -1;
        if (d->pendlen > 0 || final)
            put_stored(d, d->win + start, d->pendlen, final);
        if (_PyEval_ChargeTicks((long)(d->pendlen >> 8) + 1) < 0)
            return -1;
        goto slide;
    }
    if (d->pendlen == 0) {
        if (final) {
            if (buf_reserve(&d->out, 16) < 0)
                return -1;
            put_empty_final(d);
        }
        return 0;
    }

    memset(&blk, 0, sizeof(blk));
    memset(&m, 0, sizeof(m));
    blk.tl = PyMem_Malloc(BLOCK_SYMS * sizeof(unsigned short));
    blk.td = PyMem_Malloc(BLOCK_SYMS * sizeof(unsigned short));
    if (blk.tl == NULL || blk.td == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    blk.rawstart = blk.rawend = start;
    m.buf = d->win;
    m.end = end;
    m.maxdist = ((size_t)1 << d->wbits) - 1;
    m.chain = d->strategy == 2 ? 0 : lp->chain;
    m.nice = lp->nice;
    if (m.chain > 0) {
        size_t i;
        m.head = PyMem_Malloc(HASH_SIZE * sizeof(int));
        m.prev = PyMem_Malloc(WSIZE * sizeof(int));
        if (m.head == NULL || m.prev == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        for (i = 0; i < HASH_SIZE; i++)
            m.head[i] = -1;
        for (i = 0; i < WSIZE; i++)
            m.prev[i] = -1;
        for (i = start > WSIZE ? start - WSIZE : 0; i < start; i++)
            match_insert(&m, i);
    }

    pos = start;
    while (pos < end) {
        unsigned int dist = 0, len;

        if (blk.n + 2 > BLOCK_SYMS) {
            blk.rawend = pos;
            if (emit_block(d, &blk, 0) < 0)
                goto done;
        }
        m.steps++;
        if (m.chain == 0) {
            block_literal(&blk, d->win[pos++]);
            continue;
        }
        len = (unsigned int)match_find(&m, pos, &dist);
        if (len == 0) {
            block_literal(&blk, d->win[pos++]);
            continue;
        }
        if (!greedy && len < (unsigned int)m.nice && pos + 1 < end) {
            unsigned int dist2 = 0, len2;
            len2 = (unsigned int)match_find(&m, pos + 1, &dist2);
            size_t p, from = pos + 2;
            if (len2 > len) {
                /* a better match starts one byte later: a literal first
                   (pos + 1 is already in the chains) */
                block_literal(&blk, d->win[pos]);
                pos++;
                len = len2;
                dist = dist2;
                from = pos + 1;
            }
            block_match(&blk, len, dist);
            for (p = from; p < pos + len; p++)
                match_insert(&m, p);
            pos += len;
        }
        else {
            size_t p;
            block_match(&blk, len, dist);
            for (p = pos + 1; p < pos + len; p++)
                match_insert(&m, p);
            pos += len;
        }
        if (m.steps >= WORK_QUANTUM) {
            if (charge_work(&work, m.steps) < 0)
                goto done;
            m.steps = 0;
        }
    }
    blk.rawend = end;
    if (emit_block(d, &blk, final) < 0)
        goto done;
    if (_PyEval_ChargeTicks((long)((work + m.steps) >> 6) + 1) < 0)
        goto done;
    result = 0;
done:
    PyMem_Free(blk.tl);
    PyMem_Free(blk.td);
    PyMem_Free(m.head);
    PyMem_Free(m.prev);
    if (result < 0)
        return -1;
slide:
    /* keep the last window of bytes as history */
    {
        size_t keep = end < WSIZE ? end : WSIZE;
        copy_bytes(d->win, d->win + end - keep, keep);
        d->histlen = keep;
        d->pendlen = 0;
    }
    return 0;
}

static int
deflater_setup(deflater *d, int level, int wbits, int memlevel, int strategy)
{
    memset(d, 0, sizeof(*d));
    if (level == Z_DEFAULT_COMPRESSION)
        level = 6;
    if (level < 0 || level > 9)
        return -1;
    if (wbits < 0) {
        d->raw = 1;
        wbits = -wbits;
    }
    if (wbits == 8)
        wbits = 9;      /* as zlib does: a 256-byte window is not supported */
    if (wbits < 9 || wbits > 15 || memlevel < 1 || memlevel > 9 ||
        strategy < 0 || strategy > 4)
        return -1;
    d->level = level;
    d->wbits = wbits;
    d->memlevel = memlevel;
    d->strategy = strategy;
    d->adler = 1;
    return 0;
}

static void
deflater_release(deflater *d)
{
    if (d->win != NULL)
        PyMem_Free(d->win);
    d->win = NULL;
    buf_free(&d->out);
}

static int
deflater_header(deflater *d)
{
    unsigned int cmf, flg, flevel;

    if (d->started)
        return 0;
    d->started = 1;
    if (d->raw)
        return 0;
    if (buf_reserve(&d->out, 2) < 0)
        return -1;
    cmf = ((unsigned int)(d->wbits - 8) << 4) | Z_DEFLATED;
    flevel = d->level < 2 ? 0 : d->level < 6 ? 1 : d->level == 6 ? 2 : 3;
    flg = flevel << 6;
    flg += 31 - (cmf * 256 + flg) % 31;
    d->out.p[d->out.len++] = (unsigned char)cmf;
    d->out.p[d->out.len++] = (unsigned char)flg;
    return 0;
}

/* Feeds input, and carries out a flush mode.  Output collects in d->out. */
static int
deflater_feed(deflater *d, const unsigned char *data, size_t n, int flush)
{
    if (deflater_header(d) < 0)
        return -1;
    if (!d->raw)
        d->adler = adler32_update(d->adler, data, n);
    while (n > 0) {
        size_t room, take;
        size_t need = d->histlen + d->pendlen +
                      (n < ROUND_BYTES - d->pendlen ? n : ROUND_BYTES - d->pendlen);
        if (need > d->wincap) {
            size_t want = d->wincap * 2;
            unsigned char *nw;
            if (want > WSIZE + ROUND_BYTES)
                want = WSIZE + ROUND_BYTES;
            if (want < need)
                want = need;
            nw = PyMem_Realloc(d->win, want);
            if (nw == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            d->win = nw;
            d->wincap = want;
        }
        room = ROUND_BYTES - d->pendlen;
        take = n < room ? n : room;
        copy_bytes(d->win + d->histlen + d->pendlen, data, take);
        d->pendlen += take;
        data += take;
        n -= take;
        if (d->pendlen == ROUND_BYTES && deflate_round(d, 0) < 0)
            return -1;
    }
    if (flush == Z_NO_FLUSH)
        return 0;
    if (deflate_round(d, flush == Z_FINISH) < 0)
        return -1;
    if (buf_reserve(&d->out, 16) < 0)
        return -1;
    if (flush == Z_FINISH) {
        align_byte(d);
        if (!d->raw) {
            int i;
            for (i = 3; i >= 0; i--)
                d->out.p[d->out.len++] = (unsigned char)(d->adler >> (8 * i));
        }
        d->finished = 1;
    }
    else {
        /* an empty stored block ends on a byte boundary */
        put_bits(d, 0, 3);
        align_byte(d);
        put_bits(d, 0, 16);
        put_bits(d, 0xffff, 16);
        if (flush == Z_FULL_FLUSH)
            d->histlen = 0;
    }
    return 0;
}

/* ======================================================================
   Module-level functions
   ====================================================================== */

static PyObject *
zmod_compress(PyObject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;
    int level = Z_DEFAULT_COMPRESSION;
    deflater d;
    PyObject *result = NULL;

    if (!PyArg_ParseTuple(args, "s#|i:compress", &data, &len, &level))
        return NULL;
    if (deflater_setup(&d, level, MAX_WBITS, DEF_MEM_LEVEL, 0) < 0) {
        PyErr_SetString(self, "Bad compression level");
        return NULL;
    }
    if (deflater_feed(&d, (const unsigned char *)data, (size_t)len,
                      Z_FINISH) == 0)
        result = buf_take(&d.out);
    deflater_release(&d);
    return result;
}

/* Decompresses a whole stream in one go. */
static PyObject *
zmod_decompress(PyObject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len, consumed;
    int wbits = MAX_WBITS, status, code;
    int bufsize = 16384;
    const char *msg;
    inflater *z;
    bytebuf out = {NULL, 0, 0};
    PyObject *result = NULL;

    if (!PyArg_ParseTuple(args, "s#|ii:decompress", &data, &len, &wbits,
                          &bufsize))
        return NULL;
    if (!inflater_wbits_ok(wbits)) {
        raise_zerr(self, ZERR_STREAM, "while preparing to decompress data",
                   NULL);
        return NULL;
    }
    z = PyMem_Malloc(sizeof(inflater));
    if (z == NULL)
        return PyErr_NoMemory();
    inflater_init(z, wbits);
    if (bufsize < 1)
        bufsize = 1;
    if (bufsize > (1 << 20))
        bufsize = 1 << 20;
    if (buf_reserve(&out, (size_t)bufsize) < 0)
        goto done;
    status = inflate_run(z, (const unsigned char *)data, len, &consumed,
                         &out, (size_t)PY_SSIZE_T_MAX, &code, &msg);
    if (status == RUN_END)
        result = buf_take(&out);
    else if (status == RUN_NEED)
        raise_zerr(self, ZERR_BUF, "while decompressing data", NULL);
    else if (code != 0)
        raise_zerr(self, code, "while decompressing data", msg);
done:
    buf_free(&out);
    PyMem_Free(z);
    return result;
}

static PyObject *
zmod_adler32(PyObject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;
    PyObject *start = NULL;
    unsigned int value = 1;

    if (!PyArg_ParseTuple(args, "s#|O:adler32", &data, &len, &start))
        return NULL;
    if (start != NULL) {
        if (PyInt_Check(start))
            value = (unsigned int)PyInt_AsUnsignedLongMask(start);
        else if (PyLong_Check(start))
            value = (unsigned int)PyLong_AsUnsignedLongMask(start);
        else {
            PyErr_SetString(PyExc_TypeError, "an integer is required");
            return NULL;
        }
        if (PyErr_Occurred())
            return NULL;
    }
    if (_PyEval_ChargeTicks((long)(len >> 8)) < 0)
        return NULL;
    value = adler32_update(value, (const unsigned char *)data, (size_t)len);
    return PyInt_FromLong((long)(int)value);
}

static PyObject *
zmod_crc32(PyObject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;
    PyObject *start = NULL;
    unsigned int value = 0;

    if (!PyArg_ParseTuple(args, "s#|O:crc32", &data, &len, &start))
        return NULL;
    if (start != NULL) {
        if (PyInt_Check(start))
            value = (unsigned int)PyInt_AsUnsignedLongMask(start);
        else if (PyLong_Check(start))
            value = (unsigned int)PyLong_AsUnsignedLongMask(start);
        else {
            PyErr_SetString(PyExc_TypeError, "an integer is required");
            return NULL;
        }
        if (PyErr_Occurred())
            return NULL;
    }
    if (_PyEval_ChargeTicks((long)(len >> 8)) < 0)
        return NULL;
    value = crc32_update(value, (const unsigned char *)data, (size_t)len);
    return PyInt_FromLong((long)(int)value);
}

/* ======================================================================
   Compress objects
   ====================================================================== */

typedef struct {
    PyObject_HEAD
    deflater *d;
    PyObject *errcls;       /* zlib.error */
} compobject;

typedef struct {
    PyObject_HEAD
    inflater *z;
    unsigned char *hold;    /* input of a unit that is not complete yet */
    Py_ssize_t holdlen;
    PyObject *unused_data;
    PyObject *unconsumed_tail;
    PyObject *errcls;
} decompobject;

static PyTypeObject Comp_Type;
static PyTypeObject Decomp_Type;

static void
comp_dealloc(compobject *self)
{
    if (self->d != NULL) {
        deflater_release(self->d);
        PyMem_Free(self->d);
    }
    Py_XDECREF(self->errcls);
    PyObject_Del(self);
}

static PyObject *
comp_compress(compobject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;

    if (!PyArg_ParseTuple(args, "s#:compress", &data, &len))
        return NULL;
    if (self->d->finished) {
        raise_zerr(self->errcls, ZERR_STREAM, "while compressing", NULL);
        return NULL;
    }
    if (deflater_feed(self->d, (const unsigned char *)data, (size_t)len,
                      Z_NO_FLUSH) < 0)
        return NULL;
    return buf_take(&self->d->out);
}

static PyObject *
comp_flush(compobject *self, PyObject *args)
{
    int mode = Z_FINISH;

    if (!PyArg_ParseTuple(args, "|i:flush", &mode))
        return NULL;
    if (mode == Z_NO_FLUSH || self->d->finished)
        return PyString_FromStringAndSize(NULL, 0);
    if (mode != Z_SYNC_FLUSH && mode != Z_FULL_FLUSH && mode != Z_FINISH &&
        mode != 1 /* Z_PARTIAL_FLUSH: treated as a sync flush */) {
        raise_zerr(self->errcls, ZERR_STREAM, "while flushing", NULL);
        return NULL;
    }
    if (mode == 1)
        mode = Z_SYNC_FLUSH;
    if (deflater_feed(self->d, NULL, 0, mode) < 0)
        return NULL;
    return buf_take(&self->d->out);
}

static PyObject *
comp_copy(compobject *self, PyObject *unused)
{
    compobject *dup;
    deflater *d;

    d = PyMem_Malloc(sizeof(deflater));
    if (d == NULL)
        return PyErr_NoMemory();
    *d = *self->d;
    d->win = NULL;
    d->out.p = NULL;
    d->out.len = d->out.cap = 0;
    if (self->d->wincap > 0) {
        d->win = PyMem_Malloc(self->d->wincap);
        if (d->win == NULL) {
            PyMem_Free(d);
            return PyErr_NoMemory();
        }
        copy_bytes(d->win, self->d->win, d->histlen + d->pendlen);
    }
    if (self->d->out.len > 0) {
        if (buf_reserve(&d->out, self->d->out.len) < 0) {
            deflater_release(d);
            PyMem_Free(d);
            return NULL;
        }
        copy_bytes(d->out.p, self->d->out.p, self->d->out.len);
        d->out.len = self->d->out.len;
    }
    dup = PyObject_New(compobject, &Comp_Type);
    if (dup == NULL) {
        deflater_release(d);
        PyMem_Free(d);
        return NULL;
    }
    dup->d = d;
    dup->errcls = self->errcls;
    Py_XINCREF(dup->errcls);
    return (PyObject *)dup;
}

static PyMethodDef comp_methods[] = {
    {"compress", (PyCFunction)comp_compress, METH_VARARGS,
     "compress(data) -> string\n\n"
     "Feeds data to the compressor and returns the output ready so far;\n"
     "some input may wait inside until more comes or flush() is called."},
    {"flush", (PyCFunction)comp_flush, METH_VARARGS,
     "flush([mode]) -> string\n\n"
     "Z_FINISH (the default) ends the stream; Z_SYNC_FLUSH and\n"
     "Z_FULL_FLUSH push out everything so far on a byte boundary;\n"
     "Z_NO_FLUSH does nothing."},
    {"copy", (PyCFunction)comp_copy, METH_NOARGS,
     "copy() -> a compressor in the same state"},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject Comp_Type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "zlib.Compress",
    .tp_basicsize = sizeof(compobject),
    .tp_dealloc = (destructor)comp_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = comp_methods,
};

static PyObject *
zmod_compressobj(PyObject *self, PyObject *args)
{
    int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED;
    int wbits = MAX_WBITS, memlevel = DEF_MEM_LEVEL, strategy = 0;
    deflater *d;
    compobject *obj;

    if (!PyArg_ParseTuple(args, "|iiiii:compressobj", &level, &method,
                          &wbits, &memlevel, &strategy))
        return NULL;
    d = PyMem_Malloc(sizeof(deflater));
    if (d == NULL)
        return PyErr_NoMemory();
    if (method != Z_DEFLATED ||
        deflater_setup(d, level, wbits, memlevel, strategy) < 0) {
        PyMem_Free(d);
        PyErr_SetString(PyExc_ValueError, "Invalid initialization option");
        return NULL;
    }
    obj = PyObject_New(compobject, &Comp_Type);
    if (obj == NULL) {
        PyMem_Free(d);
        return NULL;
    }
    obj->d = d;
    obj->errcls = self;
    Py_XINCREF(self);
    return (PyObject *)obj;
}

/* ======================================================================
   Decompress objects
   ====================================================================== */

static void
decomp_dealloc(decompobject *self)
{
    if (self->z != NULL)
        PyMem_Free(self->z);
    if (self->hold != NULL)
        PyMem_Free(self->hold);
    Py_XDECREF(self->unused_data);
    Py_XDECREF(self->unconsumed_tail);
    Py_XDECREF(self->errcls);
    PyObject_Del(self);
}

static int
set_str(PyObject **slot, const unsigned char *p, Py_ssize_t n)
{
    PyObject *s = PyString_FromStringAndSize((const char *)p, n);
    if (s == NULL)
        return -1;
    Py_XDECREF(*slot);
    *slot = s;
    return 0;
}

/* Runs the inflater over hold + data; shared by decompress() and flush(). */
static PyObject *
decomp_feed(decompobject *self, const unsigned char *data, Py_ssize_t len,
            size_t limit, const char *context)
{
    unsigned char *in = NULL;
    const unsigned char *src = data;
    Py_ssize_t total = len, consumed = 0;
    bytebuf out = {NULL, 0, 0};
    PyObject *result = NULL;
    int status, code;
    const char *msg;

    if (self->z->mode == M_BROKEN) {
        raise_zerr(self->errcls, ZERR_DATA, context, "invalid stream state");
        return NULL;
    }
    if (self->holdlen > 0) {
        if (len > PY_SSIZE_T_MAX - self->holdlen)
            return PyErr_NoMemory();
        total = self->holdlen + len;
        in = PyMem_Malloc((size_t)total);
        if (in == NULL)
            return PyErr_NoMemory();
        copy_bytes(in, self->hold, (size_t)self->holdlen);
        if (len > 0)
            copy_bytes(in + self->holdlen, data, (size_t)len);
        src = in;
        PyMem_Free(self->hold);
        self->hold = NULL;
        self->holdlen = 0;
    }
    if (buf_reserve(&out, limit < 16384 ? limit + 1 : 16384) < 0)
        goto done;
    status = inflate_run(self->z, src, total, &consumed, &out, limit,
                         &code, &msg);
    if (status == RUN_ERROR) {
        if (code != 0)
            raise_zerr(self->errcls, code, context, msg);
        goto done;
    }
    if (set_str(&self->unconsumed_tail, NULL, 0) < 0)
        goto done;
    if (status == RUN_NEED && consumed < total) {
        self->holdlen = total - consumed;
        self->hold = PyMem_Malloc((size_t)self->holdlen);
        if (self->hold == NULL) {
            self->holdlen = 0;
            PyErr_NoMemory();
            goto done;
        }
        copy_bytes(self->hold, src + consumed, (size_t)self->holdlen);
    }
    else if (status == RUN_FULL) {
        if (set_str(&self->unconsumed_tail, src + consumed,
                    total - consumed) < 0)
            goto done;
    }
    else if (status == RUN_END && consumed < total) {
        PyObject *more = PyString_FromStringAndSize(
            (const char *)src + consumed, total - consumed);
        if (more == NULL)
            goto done;
        PyString_ConcatAndDel(&self->unused_data, more);
        if (self->unused_data == NULL)
            goto done;
    }
    result = buf_take(&out);
done:
    buf_free(&out);
    if (in != NULL)
        PyMem_Free(in);
    return result;
}

static PyObject *
decomp_decompress(decompobject *self, PyObject *args)
{
    const char *data;
    Py_ssize_t len;
    int max_length = 0;

    if (!PyArg_ParseTuple(args, "s#|i:decompress", &data, &len, &max_length))
        return NULL;
    if (max_length < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "max_length must be greater than zero");
        return NULL;
    }
    return decomp_feed(self, (const unsigned char *)data, len,
                       max_length == 0 ? (size_t)PY_SSIZE_T_MAX
                                       : (size_t)max_length,
                       "while decompressing");
}

static PyObject *
decomp_flush(decompobject *self, PyObject *args)
{
    int length = 0;
    PyObject *tail, *result;

    if (!PyArg_ParseTuple(args, "|i:flush", &length))
        return NULL;
    if (length < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "length must be greater than zero");
        return NULL;
    }
    /* what decompress() held back because of max_length comes out now */
    tail = self->unconsumed_tail;
    Py_INCREF(tail);
    result = decomp_feed(self, (const unsigned char *)PyString_AS_STRING(tail),
                         PyString_GET_SIZE(tail), (size_t)PY_SSIZE_T_MAX,
                         "while flushing");
    Py_DECREF(tail);
    return result;
}

static PyObject *
decomp_copy(decompobject *self, PyObject *unused)
{
    decompobject *dup = PyObject_New(decompobject, &Decomp_Type);
    if (dup == NULL)
        return NULL;
    dup->z = NULL;
    dup->hold = NULL;
    dup->holdlen = 0;
    dup->unused_data = self->unused_data;
    Py_INCREF(dup->unused_data);
    dup->unconsumed_tail = self->unconsumed_tail;
    Py_INCREF(dup->unconsumed_tail);
    dup->errcls = self->errcls;
    Py_XINCREF(dup->errcls);
    dup->z = PyMem_Malloc(sizeof(inflater));
    if (dup->z == NULL)
        goto nomem;
    memcpy(dup->z, self->z, sizeof(inflater));
    if (self->holdlen > 0) {
        dup->hold = PyMem_Malloc((size_t)self->holdlen);
        if (dup->hold == NULL)
            goto nomem;
        copy_bytes(dup->hold, self->hold, (size_t)self->holdlen);
        dup->holdlen = self->holdlen;
    }
    return (PyObject *)dup;
nomem:
    Py_DECREF(dup);
    return PyErr_NoMemory();
}

static PyMethodDef decomp_methods[] = {
    {"decompress", (PyCFunction)decomp_decompress, METH_VARARGS,
     "decompress(data[, max_length]) -> string\n\n"
     "Feeds compressed data and returns what it expands to.  With a\n"
     "max_length, at most that much comes back and the input left over\n"
     "is kept in unconsumed_tail."},
    {"flush", (PyCFunction)decomp_flush, METH_VARARGS,
     "flush([length]) -> string\n\n"
     "Returns whatever can still be expanded, unconsumed_tail included."},
    {"copy", (PyCFunction)decomp_copy, METH_NOARGS,
     "copy() -> a decompressor in the same state"},
    {NULL, NULL, 0, NULL}
};

static PyObject *
decomp_get_unused(decompobject *self, void *closure)
{
    Py_INCREF(self->unused_data);
    return self->unused_data;
}

static PyObject *
decomp_get_tail(decompobject *self, void *closure)
{
    Py_INCREF(self->unconsumed_tail);
    return self->unconsumed_tail;
}

static PyGetSetDef decomp_getset[] = {
    {"unused_data", (getter)decomp_get_unused, NULL, NULL, NULL},
    {"unconsumed_tail", (getter)decomp_get_tail, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject Decomp_Type = {
    PyObject_HEAD_INIT(NULL)
    0,
    .tp_name = "zlib.Decompress",
    .tp_basicsize = sizeof(decompobject),
    .tp_dealloc = (destructor)decomp_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = decomp_methods,
    .tp_getset = decomp_getset,
};

static PyObject *
zmod_decompressobj(PyObject *self, PyObject *args)
{
    int wbits = MAX_WBITS;
    decompobject *obj;

    if (!PyArg_ParseTuple(args, "|i:decompressobj", &wbits))
        return NULL;
    if (!inflater_wbits_ok(wbits)) {
        PyErr_SetString(PyExc_ValueError, "Invalid initialization option");
        return NULL;
    }
    obj = PyObject_New(decompobject, &Decomp_Type);
    if (obj == NULL)
        return NULL;
    obj->z = NULL;
    obj->hold = NULL;
    obj->holdlen = 0;
    obj->errcls = self;
    Py_XINCREF(self);
    obj->unused_data = PyString_FromStringAndSize(NULL, 0);
    obj->unconsumed_tail = PyString_FromStringAndSize(NULL, 0);
    obj->z = PyMem_Malloc(sizeof(inflater));
    if (obj->unused_data == NULL || obj->unconsumed_tail == NULL ||
        obj->z == NULL) {
        Py_DECREF(obj);
        return PyErr_NoMemory();
    }
    inflater_init(obj->z, wbits);
    return (PyObject *)obj;
}

/* ======================================================================
   The module
   ====================================================================== */

static PyMethodDef zlib_methods[] = {
    {"adler32", zmod_adler32, METH_VARARGS,
     "adler32(string[, start]) -> the Adler-32 checksum, a signed int;\n"
     "start continues an earlier checksum (default 1)."},
    {"compress", zmod_compress, METH_VARARGS,
     "compress(string[, level]) -> the string as a zlib stream; level\n"
     "0 stores, 1 is fastest, 9 smallest (default 6)."},
    {"compressobj", zmod_compressobj, METH_VARARGS,
     "compressobj([level[, method[, wbits[, memlevel[, strategy]]]]])\n"
     "-> a compressor for data that comes in pieces."},
    {"crc32", zmod_crc32, METH_VARARGS,
     "crc32(string[, start]) -> the CRC-32 checksum, a signed int;\n"
     "start continues an earlier checksum (default 0)."},
    {"decompress", zmod_decompress, METH_VARARGS,
     "decompress(string[, wbits[, bufsize]]) -> the expanded string.\n"
     "A negative wbits reads a raw deflate stream; bufsize is the\n"
     "first size tried for the output."},
    {"decompressobj", zmod_decompressobj, METH_VARARGS,
     "decompressobj([wbits]) -> a decompressor for data that comes in\n"
     "pieces."},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(zlib_module_doc,
"Compression in the zlib format (RFC 1950) around deflate (RFC 1951).\n"
"\n"
"compress() and decompress() work on whole strings; compressobj() and\n"
"decompressobj() make objects for data that comes in pieces; adler32()\n"
"and crc32() are the checksums.  wbits is the base-2 logarithm of the\n"
"window size (negative for raw deflate without the zlib wrapper).");

PyMODINIT_FUNC
initzlib(void)
{
    PyObject *m, *err;

    if (!tables_ready) {
        build_shared_tables();
        build_fixed_tables();
        build_fixed_codes();
    }
    if (PyType_Ready(&Comp_Type) < 0 || PyType_Ready(&Decomp_Type) < 0)
        return;
    /* zlib.error is the `self` of the module's functions */
    err = PyErr_NewException("zlib.error", NULL, NULL);
    if (err == NULL)
        return;
    m = Py_InitModule4("zlib", zlib_methods, zlib_module_doc, err,
                       PYTHON_API_VERSION);
    if (m == NULL) {
        Py_DECREF(err);
        return;
    }
    PyModule_AddObject(m, "error", err);
    PyModule_AddIntConstant(m, "MAX_WBITS", MAX_WBITS);
    PyModule_AddIntConstant(m, "DEFLATED", Z_DEFLATED);
    PyModule_AddIntConstant(m, "DEF_MEM_LEVEL", DEF_MEM_LEVEL);
    PyModule_AddIntConstant(m, "Z_BEST_SPEED", 1);
    PyModule_AddIntConstant(m, "Z_BEST_COMPRESSION", 9);
    PyModule_AddIntConstant(m, "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION);
    PyModule_AddIntConstant(m, "Z_FILTERED", 1);
    PyModule_AddIntConstant(m, "Z_HUFFMAN_ONLY", 2);
    PyModule_AddIntConstant(m, "Z_DEFAULT_STRATEGY", 0);
    PyModule_AddIntConstant(m, "Z_FINISH", Z_FINISH);
    PyModule_AddIntConstant(m, "Z_NO_FLUSH", Z_NO_FLUSH);
    PyModule_AddIntConstant(m, "Z_SYNC_FLUSH", Z_SYNC_FLUSH);
    PyModule_AddIntConstant(m, "Z_FULL_FLUSH", Z_FULL_FLUSH);
    PyModule_AddStringConstant(m, "ZLIB_VERSION", "1.2.3");
    PyModule_AddStringConstant(m, "__version__", "1.0");
}
