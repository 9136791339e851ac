/* The binascii module of Python 2.5: conversions between binary data and
   ASCII encodings (uu, base64, quoted-printable, BinHex 4, hex) and the
   crc32 / crc_hqx checksums.

   The module's exception classes (Error, Incomplete) are made for each
   module instance and reach the functions through their `self` argument:
   a tuple (Error, Incomplete) passed to Py_InitModule4. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"

#define ERROR_CLASS(self) PyTuple_GET_ITEM(self, 0)
#define INCOMPLETE_CLASS(self) PyTuple_GET_ITEM(self, 1)

/* ---- a small growable output buffer (a str resized as it fills) ---- */

typedef struct {
    PyObject *str;
    Py_ssize_t len;
} outbuf;

static int
outbuf_init(outbuf *ob, Py_ssize_t hint)
{
    if (hint < 16)
        hint = 16;
    if (_PyMem_CheckAvailable((size_t)hint) < 0)
        return -1;
    ob->str = PyString_FromStringAndSize(NULL, hint);
    ob->len = 0;
    return ob->str == NULL ? -1 : 0;
}

/* Room for `extra` more bytes; returns the write position or NULL. */
static unsigned char *
outbuf_room(outbuf *ob, Py_ssize_t extra)
{
    Py_ssize_t have = PyString_GET_SIZE(ob->str);

    if (extra > PY_SSIZE_T_MAX - ob->len) {
        PyErr_NoMemory();
        return NULL;
    }
    if (ob->len + extra > have) {
        Py_ssize_t want = have < PY_SSIZE_T_MAX / 2 ? have * 2 : PY_SSIZE_T_MAX;
        if (want < ob->len + extra)
            want = ob->len + extra;
        if (_PyMem_CheckAvailable((size_t)(want - have)) < 0 ||
            _PyString_Resize(&ob->str, want) < 0)
            return NULL;
    }
    return (unsigned char *)PyString_AS_STRING(ob->str) + ob->len;
}

static int
outbuf_put(outbuf *ob, unsigned char c)
{
    unsigned char *p = outbuf_room(ob, 1);
    if (p == NULL)
        return -1;
    *p = c;
    ob->len++;
    return 0;
}

static PyObject *
outbuf_finish(outbuf *ob)
{
    if (ob->str != NULL && _PyString_Resize(&ob->str, ob->len) < 0)
        return NULL;
    return ob->str;
}

static void
outbuf_drop(outbuf *ob)
{
    Py_CLEAR(ob->str);
}

/* Allocate a str of exactly n bytes, checking the memory account first. */
static PyObject *
new_bytes(Py_ssize_t n)
{
    if (n > 65536 && _PyMem_CheckAvailable((size_t)n) < 0)
        return NULL;
    return PyString_FromStringAndSize(NULL, n);
}

/* ==== uuencode ========================================================== */

static PyObject *
binascii_a2b_uu(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, want, k = 0;
    unsigned long acc = 0;
    int bits = 0;
    PyObject *result;
    unsigned char *out;

    if (!PyArg_ParseTuple(args, "s#:a2b_uu", &in, &inlen))
        return NULL;
    /* The first character encodes the byte count; an empty line reads
       as a NUL there, which 2.5 took at face value. */
    want = ((inlen > 0 ? in[0] : 0) - ' ') & 0x3f;
    in++;
    inlen--;
    result = PyString_FromStringAndSize(NULL, want);
    if (result == NULL)
        return NULL;
    out = (unsigned char *)PyString_AS_STRING(result);

    while (want > 0) {
        unsigned int c = (k < inlen) ? in[k] : 0;
        if (k >= inlen || c == '\n' || c == '\r') {
            c = 0;      /* spaces eaten at end of line */
        }
        else {
            if (c < ' ' || c > ' ' + 64) {
                PyErr_SetString(ERROR_CLASS(self), "Illegal char");
                Py_DECREF(result);
                return NULL;
            }
            c = (c - ' ') & 0x3f;
        }
        k++;
        acc = (acc << 6) | c;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *out++ = (unsigned char)(acc >> bits);
            acc &= (1UL << bits) - 1;
            want--;
        }
    }
    for (; k < inlen; k++) {
        unsigned char c = in[k];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
            PyErr_SetString(ERROR_CLASS(self), "Trailing garbage");
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static PyObject *
binascii_b2a_uu(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i;
    unsigned char buf[2 + 60 + 1], *out = buf;

    if (!PyArg_ParseTuple(args, "s#:b2a_uu", &in, &inlen))
        return NULL;
    if (inlen > 45) {
        PyErr_SetString(ERROR_CLASS(self), "At most 45 bytes at once");
        return NULL;
    }
    *out++ = ' ' + (unsigned char)inlen;
    for (i = 0; i < inlen; i += 3) {
        unsigned long group = (unsigned long)in[i] << 16;
        if (i + 1 < inlen)
            group |= (unsigned long)in[i + 1] << 8;
        if (i + 2 < inlen)
            group |= in[i + 2];
        *out++ = ' ' + ((group >> 18) & 0x3f);
        *out++ = ' ' + ((group >> 12) & 0x3f);
        *out++ = ' ' + ((group >> 6) & 0x3f);
        *out++ = ' ' + (group & 0x3f);
    }
    *out++ = '\n';
    return PyString_FromStringAndSize((char *)buf, out - buf);
}

/* ==== base64 ============================================================ */

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Value of a base64 digit; -1 for anything else ('=' is handled apart). */
static int
b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* After the '=' at in[0], is the next significant character another '='?
   (Characters that are neither digits nor '=' do not count.) */
static int
pad_follows(const unsigned char *in, Py_ssize_t len)
{
    Py_ssize_t k;
    for (k = 1; k < len; k++) {
        unsigned char c = in[k];
        if (c == '=')
            return 1;
        if (c <= 0x7f && b64_value(c) >= 0)
            return 0;
    }
    return 0;
}

static PyObject *
binascii_a2b_base64(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i, outlen = 0;
    unsigned long acc = 0;
    int bits = 0, quad = 0;
    PyObject *result;
    unsigned char *out;

    if (!PyArg_ParseTuple(args, "s#:a2b_base64", &in, &inlen))
        return NULL;
    /* every 4 input characters give at most 3 bytes */
    result = new_bytes(inlen / 4 * 3 + 3);
    if (result == NULL)
        return NULL;
    out = (unsigned char *)PyString_AS_STRING(result);

    for (i = 0; i < inlen; i++) {
        unsigned char c = in[i];
        int v;
        if (c == '=') {
            /* A pad ends the data only where padding is possible: at the
               third place of a quad when another pad follows, or at the
               fourth place.  Elsewhere it is ignored. */
            if (quad < 2 || (quad == 2 && !pad_follows(in + i, inlen - i)))
                continue;
            bits = 0;
            break;
        }
        v = c > 0x7f ? -1 : b64_value(c);
        if (v < 0)
            continue;
        quad = (quad + 1) & 3;
        acc = (acc << 6) | (unsigned long)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[outlen++] = (unsigned char)(acc >> bits);
            acc &= (1UL << bits) - 1;
        }
    }
    if (bits != 0) {
        PyErr_SetString(ERROR_CLASS(self), "Incorrect padding");
        Py_DECREF(result);
        return NULL;
    }
    if (_PyString_Resize(&result, outlen) < 0)
        return NULL;
    return result;
}

static PyObject *
binascii_b2a_base64(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i, groups;
    PyObject *result;
    char *out;

    if (!PyArg_ParseTuple(args, "s#:b2a_base64", &in, &inlen))
        return NULL;
    if (inlen > (PY_SSIZE_T_MAX / 2 - 3) / 4 * 3) {
        PyErr_SetString(ERROR_CLASS(self), "Too much data for base64 line");
        return NULL;
    }
    groups = (inlen + 2) / 3;
    result = new_bytes(groups * 4 + 1);
    if (result == NULL)
        return NULL;
    out = PyString_AS_STRING(result);
    for (i = 0; i < inlen; i += 3) {
        unsigned long group = (unsigned long)in[i] << 16;
        if (i + 1 < inlen)
            group |= (unsigned long)in[i + 1] << 8;
        if (i + 2 < inlen)
            group |= in[i + 2];
        *out++ = b64_alphabet[(group >> 18) & 0x3f];
        *out++ = b64_alphabet[(group >> 12) & 0x3f];
        *out++ = i + 1 < inlen ? b64_alphabet[(group >> 6) & 0x3f] : '=';
        *out++ = i + 2 < inlen ? b64_alphabet[group & 0x3f] : '=';
    }
    *out = '\n';
    return result;
}

/* ==== hex ================================================================ */

static int
hex_digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static PyObject *
binascii_b2a_hex(PyObject *self, PyObject *args)
{
    static const char digits[] = "0123456789abcdef";
    const unsigned char *in;
    Py_ssize_t inlen, i;
    PyObject *result;
    char *out;

    if (!PyArg_ParseTuple(args, "s#:b2a_hex", &in, &inlen))
        return NULL;
    if (inlen > PY_SSIZE_T_MAX / 2)
        return PyErr_NoMemory();
    result = new_bytes(inlen * 2);
    if (result == NULL)
        return NULL;
    out = PyString_AS_STRING(result);
    for (i = 0; i < inlen; i++) {
        *out++ = digits[in[i] >> 4];
        *out++ = digits[in[i] & 0xf];
    }
    return result;
}

static PyObject *
binascii_a2b_hex(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i;
    PyObject *result;
    unsigned char *out;

    if (!PyArg_ParseTuple(args, "s#:a2b_hex", &in, &inlen))
        return NULL;
    if (inlen % 2) {
        PyErr_SetString(PyExc_TypeError, "Odd-length string");
        return NULL;
    }
    result = new_bytes(inlen / 2);
    if (result == NULL)
        return NULL;
    out = (unsigned char *)PyString_AS_STRING(result);
    for (i = 0; i < inlen; i += 2) {
        int hi = hex_digit_value(in[i]), lo = hex_digit_value(in[i + 1]);
        if (hi < 0 || lo < 0) {
            PyErr_SetString(PyExc_TypeError, "Non-hexadecimal digit found");
            Py_DECREF(result);
            return NULL;
        }
        *out++ = (unsigned char)((hi << 4) | lo);
    }
    return result;
}

/* ==== quoted-printable =================================================== */

#define QP_MAXLINE 76

static PyObject *
binascii_a2b_qp(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"data", "header", NULL};
    const unsigned char *in;
    Py_ssize_t inlen, i = 0, n = 0;
    int header = 0;
    PyObject *result;
    unsigned char *out;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "s#|i", kwlist,
                                     &in, &inlen, &header))
        return NULL;
    /* the output is never longer than the input */
    result = new_bytes(inlen);
    if (result == NULL)
        return NULL;
    out = (unsigned char *)PyString_AS_STRING(result);

    while (i < inlen) {
        unsigned char c = in[i];
        if (c == '=') {
            i++;
            if (i >= inlen)
                break;
            c = in[i];
            if (c == '\n' || c == '\r') {
                /* soft line break: skip to just past the newline */
                while (i < inlen && in[i] != '\n')
                    i++;
                if (i < inlen)
                    i++;
            }
            else if (c == '=') {
                out[n++] = '=';
                i++;
            }
            else if (hex_digit_value(c) >= 0) {
                int hi = hex_digit_value(c);
                int lo = i + 1 < inlen ? hex_digit_value(in[i + 1]) : -1;
                /* as in 2.5, a bad second digit ORs in all ones */
                out[n++] = (unsigned char)(lo < 0 ? 0xff : (hi << 4) | lo);
                i += 2;
            }
            else {
                out[n++] = '=';
            }
        }
        else if (header && c == '_') {
            out[n++] = ' ';
            i++;
        }
        else {
            out[n++] = c;
            i++;
        }
    }
    if (_PyString_Resize(&result, n) < 0)
        return NULL;
    return result;
}

static int
qp_put_hex(outbuf *ob, unsigned char c)
{
    static const char digits[] = "0123456789ABCDEF";
    unsigned char *p = outbuf_room(ob, 3);
    if (p == NULL)
        return -1;
    p[0] = '=';
    p[1] = digits[c >> 4];
    p[2] = digits[c & 0xf];
    ob->len += 3;
    return 0;
}

static int
qp_put_newline(outbuf *ob, int crlf)
{
    if (crlf && outbuf_put(ob, '\r') < 0)
        return -1;
    return outbuf_put(ob, '\n');
}

static int
qp_soft_break(outbuf *ob, int crlf)
{
    if (outbuf_put(ob, '=') < 0)
        return -1;
    return qp_put_newline(ob, crlf);
}

static PyObject *
binascii_b2a_qp(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"data", "quotetabs", "istext", "header", NULL};
    const unsigned char *in;
    Py_ssize_t inlen, i = 0, linelen = 0;
    int quotetabs = 0, istext = 1, header = 0, crlf = 0;
    const unsigned char *nl;
    outbuf ob;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "s#|iii", kwlist,
                                     &in, &inlen, &quotetabs, &istext, &header))
        return NULL;
    /* Keep the input's line ending style: CRLF if the first newline has a
       carriage return before it. */
    nl = inlen ? memchr(in, '\n', inlen) : NULL;
    if (nl != NULL && nl > in && nl[-1] == '\r')
        crlf = 1;
    if (outbuf_init(&ob, inlen + inlen / 8 + 8) < 0)
        return NULL;

    while (i < inlen) {
        unsigned char c = in[i];
        unsigned char next = i + 1 < inlen ? in[i + 1] : 0;
        int must_quote =
            c > 126 || c == '=' ||
            (header && c == '_') ||
            (c == '.' && linelen == 0 &&
             (next == '\n' || next == '\r' || next == 0)) ||
            (!istext && (c == '\r' || c == '\n')) ||
            ((c == '\t' || c == ' ') && i + 1 == inlen) ||
            (c < 33 && c != '\r' && c != '\n' &&
             (quotetabs || (c != '\t' && c != ' ')));

        if (must_quote) {
            if (linelen + 3 >= QP_MAXLINE) {
                if (qp_soft_break(&ob, crlf) < 0)
                    goto fail;
                linelen = 0;
            }
            if (qp_put_hex(&ob, c) < 0)
                goto fail;
            i++;
            linelen += 3;
        }
        else if (istext &&
                 (c == '\n' || (c == '\r' && i + 1 < inlen && next == '\n'))) {
            unsigned char *start =
                (unsigned char *)PyString_AS_STRING(ob.str);
            linelen = 0;
            /* whitespace before a line end would be lost in transit */
            if (ob.len > 0 &&
                (start[ob.len - 1] == ' ' || start[ob.len - 1] == '\t')) {
                unsigned char ws = start[ob.len - 1];
                ob.len--;
                if (qp_put_hex(&ob, ws) < 0)
                    goto fail;
            }
            if (qp_put_newline(&ob, crlf) < 0)
                goto fail;
            i += (c == '\r') ? 2 : 1;
        }
        else {
            if (i + 1 != inlen && next != '\n' && linelen + 1 >= QP_MAXLINE) {
                if (qp_soft_break(&ob, crlf) < 0)
                    goto fail;
                linelen = 0;
            }
            linelen++;
            if (outbuf_put(&ob, (header && c == ' ') ? '_' : c) < 0)
                goto fail;
            i++;
        }
    }
    return outbuf_finish(&ob);

  fail:
    outbuf_drop(&ob);
    return NULL;
}

/* ==== BinHex 4 ============================================================ */

static const char hqx_alphabet[] =
    "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr";

#define HQX_SKIP -2     /* line breaks are ignored */
#define HQX_DONE -3     /* ':' ends the data */
#define HQX_FAIL -1

static int
hqx_value(unsigned char c)
{
    const char *p;
    if (c == '\n' || c == '\r')
        return HQX_SKIP;
    if (c == ':')
        return HQX_DONE;
    if (c == 0)
        return HQX_FAIL;
    p = strchr(hqx_alphabet, c);
    return p ? (int)(p - hqx_alphabet) : HQX_FAIL;
}

static PyObject *
binascii_a2b_hqx(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i, n = 0;
    unsigned long acc = 0;
    int bits = 0, done = 0;
    PyObject *result;
    unsigned char *out;

    if (!PyArg_ParseTuple(args, "s#:a2b_hqx", &in, &inlen))
        return NULL;
    result = new_bytes(inlen);  /* 6 bits in, so fewer bytes out */
    if (result == NULL)
        return NULL;
    out = (unsigned char *)PyString_AS_STRING(result);
    for (i = 0; i < inlen; i++) {
        int v = hqx_value(in[i]);
        if (v == HQX_SKIP)
            continue;
        if (v == HQX_FAIL) {
            PyErr_SetString(ERROR_CLASS(self), "Illegal char");
            Py_DECREF(result);
            return NULL;
        }
        if (v == HQX_DONE) {
            done = 1;
            break;
        }
        acc = (acc << 6) | (unsigned long)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = (unsigned char)(acc >> bits);
            acc &= (1UL << bits) - 1;
        }
    }
    if (bits && !done) {
        PyErr_SetString(INCOMPLETE_CLASS(self),
                        "String has incomplete number of bytes");
        Py_DECREF(result);
        return NULL;
    }
    if (_PyString_Resize(&result, n) < 0)
        return NULL;
    return Py_BuildValue("(Ni)", result, done);
}

static PyObject *
binascii_b2a_hqx(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i, n = 0;
    unsigned long acc = 0;
    int bits = 0;
    PyObject *result;
    char *out;

    if (!PyArg_ParseTuple(args, "s#:b2a_hqx", &in, &inlen))
        return NULL;
    if (inlen > PY_SSIZE_T_MAX / 2 - 2)
        return PyErr_NoMemory();
    result = new_bytes(inlen * 2 + 2);
    if (result == NULL)
        return NULL;
    out = PyString_AS_STRING(result);
    for (i = 0; i < inlen; i++) {
        acc = (acc << 8) | in[i];
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out[n++] = hqx_alphabet[(acc >> bits) & 0x3f];
        }
        acc &= (1UL << bits) - 1;
    }
    if (bits)
        out[n++] = hqx_alphabet[(acc << (6 - bits)) & 0x3f];
    if (_PyString_Resize(&result, n) < 0)
        return NULL;
    return result;
}

#define RLE_MARK 0x90

static PyObject *
binascii_rlecode_hqx(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i;
    outbuf ob;

    if (!PyArg_ParseTuple(args, "s#:rlecode_hqx", &in, &inlen))
        return NULL;
    if (outbuf_init(&ob, inlen + 16) < 0)
        return NULL;
    for (i = 0; i < inlen; i++) {
        unsigned char c = in[i];
        Py_ssize_t run;
        if (c == RLE_MARK) {
            if (outbuf_put(&ob, RLE_MARK) < 0 || outbuf_put(&ob, 0) < 0)
                goto fail;
            continue;
        }
        for (run = 1; i + run < inlen && in[i + run] == c && run < 255; run++)
            ;
        if (run > 3) {
            if (outbuf_put(&ob, c) < 0 || outbuf_put(&ob, RLE_MARK) < 0 ||
                outbuf_put(&ob, (unsigned char)run) < 0)
                goto fail;
            i += run - 1;
        }
        else if (outbuf_put(&ob, c) < 0)
            goto fail;
    }
    return outbuf_finish(&ob);
  fail:
    outbuf_drop(&ob);
    return NULL;
}

static PyObject *
binascii_rledecode_hqx(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i = 0;
    unsigned char last;
    outbuf ob;

    if (!PyArg_ParseTuple(args, "s#:rledecode_hqx", &in, &inlen))
        return NULL;
    if (inlen == 0)
        return PyString_FromStringAndSize("", 0);
    if (outbuf_init(&ob, inlen * 2) < 0)
        return NULL;

    if (in[0] == RLE_MARK) {
        if (inlen < 2) {
            PyErr_SetString(INCOMPLETE_CLASS(self), "");
            goto fail;
        }
        if (in[1] != 0) {
            PyErr_SetString(ERROR_CLASS(self), "Orphaned RLE code at start");
            goto fail;
        }
        last = RLE_MARK;
        i = 2;
    }
    else {
        last = in[0];
        i = 1;
    }
    if (outbuf_put(&ob, last) < 0)
        goto fail;

    while (i < inlen) {
        unsigned char c = in[i++];
        if (c != RLE_MARK) {
            last = c;
            if (outbuf_put(&ob, c) < 0)
                goto fail;
            continue;
        }
        if (i >= inlen) {
            PyErr_SetString(INCOMPLETE_CLASS(self), "");
            goto fail;
        }
        c = in[i++];
        if (c == 0) {
            last = RLE_MARK;
            if (outbuf_put(&ob, RLE_MARK) < 0)
                goto fail;
        }
        else {
            Py_ssize_t k, extra = c - 1;
            unsigned char *p = outbuf_room(&ob, extra);
            if (p == NULL)
                goto fail;
            for (k = 0; k < extra; k++)
                p[k] = last;
            ob.len += extra;
        }
    }
    return outbuf_finish(&ob);
  fail:
    outbuf_drop(&ob);
    return NULL;
}

/* ==== checksums =========================================================== */

static PyObject *
binascii_crc_hqx(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i;
    int start;
    unsigned int crc;

    if (!PyArg_ParseTuple(args, "s#i:crc_hqx", &in, &inlen, &start))
        return NULL;
    crc = (unsigned int)start & 0xffff;
    /* CRC-CCITT, polynomial x^16 + x^12 + x^5 + 1, most significant bit first */
    for (i = 0; i < inlen; i++) {
        int b;
        crc ^= (unsigned int)in[i] << 8;
        for (b = 0; b < 8; b++)
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xffff
                                 : (crc << 1) & 0xffff;
    }
    return PyInt_FromLong((long)crc);
}

/* The reflected CRC-32 table (polynomial 0xEDB88320); built on first use.
   It never changes once built, so sharing it is harmless. */
static unsigned int crc32_table[256];
static int crc32_table_ready;

static void
crc32_build_table(void)
{
    unsigned int n, k, c;
    for (n = 0; n < 256; n++) {
        c = n;
        for (k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        crc32_table[n] = c;
    }
    crc32_table_ready = 1;
}

static PyObject *
binascii_crc32(PyObject *self, PyObject *args)
{
    const unsigned char *in;
    Py_ssize_t inlen, i;
    long start = 0, result;
    unsigned int crc;

    if (!PyArg_ParseTuple(args, "s#|l:crc32", &in, &inlen, &start))
        return NULL;
    if (!crc32_table_ready)
        crc32_build_table();
    crc = ~(unsigned int)start;
    for (i = 0; i < inlen; i++)
        crc = crc32_table[(crc ^ in[i]) & 0xff] ^ (crc >> 8);
    crc = ~crc;
    /* 2.5 gives a signed 32-bit result on every platform */
    result = (long)(int)crc;
    return PyInt_FromLong(result);
}

/* ==== module ============================================================== */

static PyMethodDef binascii_methods[] = {
    {"a2b_uu", binascii_a2b_uu, METH_VARARGS,
     "(ascii) -> bin. Decode a line of uuencoded data"},
    {"b2a_uu", binascii_b2a_uu, METH_VARARGS,
     "(bin) -> ascii. Uuencode line of data"},
    {"a2b_base64", binascii_a2b_base64, METH_VARARGS,
     "(ascii) -> bin. Decode a line of base64 data"},
    {"b2a_base64", binascii_b2a_base64, METH_VARARGS,
     "(bin) -> ascii. Base64-code line of data"},
    {"a2b_hqx", binascii_a2b_hqx, METH_VARARGS,
     "ascii -> bin, done. Decode .hqx coding"},
    {"b2a_hqx", binascii_b2a_hqx, METH_VARARGS,
     "Encode .hqx data"},
    {"b2a_hex", binascii_b2a_hex, METH_VARARGS,
     "b2a_hex(data) -> s; Hexadecimal representation of binary data.\n\n"
     "Every byte of data becomes two lower-case hex digits."},
    {"hexlify", binascii_b2a_hex, METH_VARARGS,
     "b2a_hex(data) -> s; Hexadecimal representation of binary data."},
    {"a2b_hex", binascii_a2b_hex, METH_VARARGS,
     "a2b_hex(hexstr) -> s; Binary data of hexadecimal representation.\n\n"
     "hexstr must have an even number of hex digits (either case)."},
    {"unhexlify", binascii_a2b_hex, METH_VARARGS,
     "a2b_hex(hexstr) -> s; Binary data of hexadecimal representation."},
    {"rlecode_hqx", binascii_rlecode_hqx, METH_VARARGS,
     "Binhex RLE-code binary data"},
    {"rledecode_hqx", binascii_rledecode_hqx, METH_VARARGS,
     "Decode hexbin RLE-coded string"},
    {"crc_hqx", binascii_crc_hqx, METH_VARARGS,
     "(data, oldcrc) -> newcrc. Compute hqx CRC incrementally"},
    {"crc32", binascii_crc32, METH_VARARGS,
     "(data, oldcrc = 0) -> newcrc. Compute CRC-32 incrementally"},
    {"a2b_qp", (PyCFunction)binascii_a2b_qp, METH_VARARGS | METH_KEYWORDS,
     "Decode a string of qp-encoded data"},
    {"b2a_qp", (PyCFunction)binascii_b2a_qp, METH_VARARGS | METH_KEYWORDS,
     "b2a_qp(data, quotetabs=0, istext=1, header=0) -> s;\n\n"
     "Encode a string using quoted-printable encoding.\n"
     "quotetabs quotes tabs and spaces too; istext=0 quotes line ends;\n"
     "header=1 writes spaces as underscores (RFC 1522 headers)."},
    {NULL, NULL, 0, NULL}
};

PyDoc_STRVAR(binascii_doc,
"Conversions between binary data and various ASCII encodings");

PyMODINIT_FUNC
initbinascii(void)
{
    PyObject *m, *error, *incomplete, *state;

    error = PyErr_NewException("binascii.Error", NULL, NULL);
    if (error == NULL)
        return;
    incomplete = PyErr_NewException("binascii.Incomplete", NULL, NULL);
    if (incomplete == NULL) {
        Py_DECREF(error);
        return;
    }
    state = PyTuple_Pack(2, error, incomplete);
    if (state == NULL)
        goto done;
    m = Py_InitModule4("binascii", binascii_methods, binascii_doc, state,
                       PYTHON_API_VERSION);
    if (m == NULL)
        goto done;
    Py_INCREF(error);
    PyModule_AddObject(m, "Error", error);
    Py_INCREF(incomplete);
    PyModule_AddObject(m, "Incomplete", incomplete);
  done:
    Py_XDECREF(state);
    Py_DECREF(error);
    Py_DECREF(incomplete);
}
