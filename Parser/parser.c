/* Recursive-descent parser for the Python 2.5 grammar.

   Tokens come from Parser/tokenizer.c; the result is the 2.5 abstract
   syntax tree (Include/Python-ast.h), built directly without an
   intermediate parse tree.  The checks CPython 2.5 makes while turning its
   parse tree into an AST (assignment targets, argument lists, literals)
   are made here, with the same messages.

   Tokens are fetched lazily: the parser asks for a token only when it
   needs to look at it.  This keeps error positions identical to an LL(1)
   table parser (the error is reported with the tokenizer positioned just
   after the offending token) and lets interactive input stop at the end
   of a statement without reading another line. */

#include "Python.h"
#include "Python-ast.h"
#include "errcode.h"
#include "tokenizer.h"

/* Nesting budget: an expression level costs PARSE_TEST_COST, a unary
   operator 1.  Exceeding it raises MemoryError, as the 2.5 parser's
   stack overflow did. */
#define PARSE_MAX_DEPTH 1500
#define PARSE_TEST_COST 15

typedef struct {
    int type;
    char *start;
    char *end;
    int lineno;
    int col;
} Token;

typedef struct {
    struct tok_state *tok;
    PyArena *arena;
    const char *filename;
    int future_with;        /* 'with'/'as' are keywords */
    int imply_dedent;
    int started;            /* tokens seen since the last ENDMARKER */
    int in_import;          /* inside an import statement */
    int have;               /* `tk` is fetched and not yet consumed */
    Token tk;
    int depth;
    const char *encoding;   /* literal encoding: NULL, utf-8, latin-1, other */

    /* first syntax error found by the tokenizer or the grammar */
    int err_code;
    int err_lineno;
    int err_offset;
    int err_token;
    int err_expected;
    PyObject *err_text;
} Parser;

typedef struct {
    void **items;
    int n;
    int cap;
} Vec;

/* ---------------------------------------------------------------- */
/* Token stream                                                      */

static void
record_error(Parser *p, int code)
{
    struct tok_state *tok = p->tok;
    if (p->err_code != 0 || PyErr_Occurred())
        return;
    if (code == E_SYNTAX && tok->lineno <= 1 && tok->done == E_EOF)
        code = E_EOF;
    p->err_code = code;
    p->err_lineno = tok->lineno;
    p->err_offset = (int)(tok->cur - tok->buf);
    if (tok->buf != NULL && tok->inp >= tok->buf)
        p->err_text = PyString_FromStringAndSize(tok->buf, tok->inp - tok->buf);
    if (p->err_text == NULL)
        PyErr_Clear();
}

static void
warn_future_keyword(Parser *p, const char *word)
{
    PySys_WriteStderr("%s:%d: Warning: '%s' will become a reserved keyword "
                      "in Python 2.6\n",
                      p->filename ? p->filename : "<string>",
                      p->tok->lineno, word);
}

static void
fetch(Parser *p)
{
    char *a, *b;
    int t;
    struct tok_state *tok = p->tok;

    t = _PyTokenizer_Get(tok, &a, &b);
    p->have = 1;
    if (t == ERRORTOKEN) {
        record_error(p, tok->done == E_OK ? E_TOKEN : tok->done);
        p->tk.type = ERRORTOKEN;
        p->tk.start = p->tk.end = NULL;
        p->tk.lineno = tok->lineno;
        p->tk.col = -1;
        return;
    }
    if (t == ENDMARKER && p->started) {
        /* End of input finishes the last line and closes open blocks. */
        t = NEWLINE;
        p->started = 0;
        if (tok->indent && p->imply_dedent) {
            tok->pendin = -tok->indent;
            tok->indent = 0;
        }
    }
    else
        p->started = 1;
    if (t == NAME && !p->future_with) {
        size_t n = b - a;
        if (n == 4 && memcmp(a, "with", 4) == 0)
            warn_future_keyword(p, "with");
        else if (n == 2 && memcmp(a, "as", 2) == 0 && !p->in_import)
            warn_future_keyword(p, "as");
    }
    if (t == NAME && b - a == 6 && memcmp(a, "import", 6) == 0)
        p->in_import = 1;
    else if (t == NEWLINE || t == SEMI)
        p->in_import = 0;
    p->tk.type = t;
    p->tk.start = a;
    p->tk.end = b;
    p->tk.lineno = tok->lineno;
    p->tk.col = (a != NULL && a >= tok->line_start) ? (int)(a - tok->line_start) : -1;
}

static int
peek(Parser *p)
{
    if (!p->have)
        fetch(p);
    return p->tk.type;
}

static void
consume(Parser *p)
{
    p->have = 0;
}

/* Report a grammar error at the current token; always returns NULL. */
static void *
syntax_error(Parser *p)
{
    peek(p);
    if (p->tk.type != ERRORTOKEN && p->err_code == 0 && !PyErr_Occurred()) {
        p->err_token = p->tk.type;
        record_error(p, E_SYNTAX);
    }
    return NULL;
}

static int
tok_is(Parser *p, const char *word)
{
    size_t n = strlen(word);
    return peek(p) == NAME && (size_t)(p->tk.end - p->tk.start) == n &&
        memcmp(p->tk.start, word, n) == 0;
}

static const char *const keywords[] = {
    "and", "assert", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "exec", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "not", "or", "pass", "print", "raise",
    "return", "try", "while", "yield", NULL
};

static int
is_keyword_text(Parser *p, const char *s, size_t n)
{
    int i;
    for (i = 0; keywords[i] != NULL; i++) {
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0)
            return 1;
    }
    if (p->future_with) {
        if ((n == 4 && memcmp(s, "with", 4) == 0) ||
            (n == 2 && memcmp(s, "as", 2) == 0))
            return 1;
    }
    return 0;
}

/* Current token is a NAME that is not a keyword. */
static int
at_plain_name(Parser *p)
{
    return peek(p) == NAME &&
        !is_keyword_text(p, p->tk.start, p->tk.end - p->tk.start);
}

static int
expect(Parser *p, int type)
{
    if (peek(p) != type) {
        syntax_error(p);
        return 0;
    }
    consume(p);
    return 1;
}

static int
expect_kw(Parser *p, const char *word)
{
    if (!tok_is(p, word)) {
        syntax_error(p);
        return 0;
    }
    consume(p);
    return 1;
}

/* ---------------------------------------------------------------- */
/* Helpers for building the tree                                     */

static int
vec_push(Parser *p, Vec *v, void *x)
{
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 4;
        void **ni;
        if (v->cap > INT_MAX / 4) {
            PyErr_NoMemory();
            return -1;
        }
        ni = (void **)PyArena_Malloc(p->arena, ncap * sizeof(void *));
        if (ni == NULL)
            return -1;
        if (v->n)
            memcpy(ni, v->items, v->n * sizeof(void *));
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = x;
    return 0;
}

static asdl_seq *
vec_seq(Parser *p, Vec *v)
{
    asdl_seq *s = asdl_seq_new(v->n, p->arena);
    int i;
    if (s == NULL)
        return NULL;
    for (i = 0; i < v->n; i++)
        asdl_seq_SET(s, i, v->items[i]);
    return s;
}

static PyObject *
new_identifier(Parser *p, const char *s, size_t n)
{
    PyObject *id = PyString_FromStringAndSize(s, n);
    if (id == NULL)
        return NULL;
    PyString_InternInPlace(&id);
    if (PyArena_AddPyObject(p->arena, id) < 0) {
        Py_DECREF(id);
        return NULL;
    }
    return id;
}

static PyObject *
token_identifier(Parser *p)
{
    return new_identifier(p, p->tk.start, p->tk.end - p->tk.start);
}

/* An error found while building the tree (not a grammar error): reported
   as SyntaxError(msg, (filename, lineno, None, text)). */
static void *
ast_error(Parser *p, int lineno, const char *msg)
{
    PyObject *text, *loc, *val;
    if (PyErr_Occurred() || p->err_code)
        return NULL;
    text = _PyArena_SourceLine(p->arena, lineno);
    if (text == NULL) {
        Py_INCREF(Py_None);
        text = Py_None;
    }
    loc = Py_BuildValue("(ziOO)", p->filename, lineno, Py_None, text);
    Py_DECREF(text);
    if (loc == NULL)
        return NULL;
    val = Py_BuildValue("(sO)", msg, loc);
    Py_DECREF(loc);
    if (val == NULL)
        return NULL;
    PyErr_SetObject(PyExc_SyntaxError, val);
    Py_DECREF(val);
    return NULL;
}

static int
is_none_name(PyObject *id)
{
    return id != NULL && strcmp(PyString_AS_STRING(id), "None") == 0;
}

/* Mark `e` as an assignment (Store) or deletion (Del) target, checking
   that it can be one. */
static int
set_context(Parser *p, expr_ty e, expr_context_ty ctx, int lineno)
{
    const char *what = NULL;
    asdl_seq *elts = NULL;
    int i;

    switch (e->kind) {
    case Attribute_kind:
        if (ctx == Store && is_none_name(e->v.Attribute.attr)) {
            ast_error(p, lineno, "assignment to None");
            return 0;
        }
        e->v.Attribute.ctx = ctx;
        return 1;
    case Subscript_kind:
        e->v.Subscript.ctx = ctx;
        return 1;
    case Name_kind:
        if (ctx == Store && is_none_name(e->v.Name.id)) {
            ast_error(p, lineno, "assignment to None");
            return 0;
        }
        e->v.Name.ctx = ctx;
        return 1;
    case List_kind:
        e->v.List.ctx = ctx;
        elts = e->v.List.elts;
        break;
    case Tuple_kind:
        if (asdl_seq_LEN(e->v.Tuple.elts) == 0) {
            ast_error(p, lineno, "can't assign to ()");
            return 0;
        }
        e->v.Tuple.ctx = ctx;
        elts = e->v.Tuple.elts;
        break;
    case Lambda_kind: what = "lambda"; break;
    case Call_kind: what = "function call"; break;
    case BoolOp_kind:
    case BinOp_kind:
    case UnaryOp_kind: what = "operator"; break;
    case GeneratorExp_kind: what = "generator expression"; break;
    case Yield_kind: what = "yield expression"; break;
    case ListComp_kind: what = "list comprehension"; break;
    case Dict_kind:
    case Num_kind:
    case Str_kind: what = "literal"; break;
    case Compare_kind: what = "comparison"; break;
    case Repr_kind: what = "repr"; break;
    case IfExp_kind: what = "conditional expression"; break;
    default:
        PyErr_Format(PyExc_SystemError,
                     "unexpected expression in assignment %d (line %d)",
                     e->kind, e->lineno);
        return 0;
    }
    if (what != NULL) {
        char buf[300];
        PyOS_snprintf(buf, sizeof(buf), "can't %s %s",
                      ctx == Store ? "assign to" : "delete", what);
        ast_error(p, lineno, buf);
        return 0;
    }
    for (i = 0; i < asdl_seq_LEN(elts); i++) {
        if (!set_context(p, (expr_ty)asdl_seq_GET(elts, i), ctx, lineno))
            return 0;
    }
    return 1;
}

/* ---------------------------------------------------------------- */
/* Literals                                                          */

/* Convert the text of a NUMBER token (with an optional leading minus). */
static PyObject *
make_number(const char *s, size_t n, int negative)
{
    char small[64];
    char *buf = small;
    PyObject *res = NULL;
    char last;
    size_t i;
    int is_float = 0;

    if (n + 3 > sizeof(small)) {
        buf = (char *)PyMem_Malloc(n + 3);
        if (buf == NULL)
            return PyErr_NoMemory();
    }
    last = s[n - 1];
    if (last == 'j' || last == 'J') {
        Py_complex c;
        buf[0] = '-';
        memcpy(buf + 1, s, n - 1);
        buf[n] = '\0';
        c.real = 0.0;
        c.imag = PyOS_ascii_atof(negative ? buf : buf + 1);
        res = PyComplex_FromCComplex(c);
        goto done;
    }
    if (!(n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))) {
        for (i = 0; i < n; i++) {
            if (s[i] == '.' || s[i] == 'e' || s[i] == 'E')
                is_float = 1;
        }
    }
    if (is_float) {
        buf[0] = '-';
        memcpy(buf + 1, s, n);
        buf[n + 1] = '\0';
        res = PyFloat_FromDouble(PyOS_ascii_atof(negative ? buf : buf + 1));
        goto done;
    }
    {
        int base = 10, is_long = 0, overflow = 0;
        const char *d = s, *dend = s + n;
        unsigned long mag = 0;
        if (last == 'l' || last == 'L') {
            is_long = 1;
            dend--;
        }
        if (dend - d > 1 && d[0] == '0' && (d[1] == 'x' || d[1] == 'X')) {
            base = 16;
            d += 2;
        }
        else if (dend - d > 1 && d[0] == '0')
            base = 8;
        if (is_long && d == dend) {
            /* 0xL: 2.5 handed it to long(), which finds no digits (a
               bare 0x, without the L, is 0) */
            size_t k = 0;
            if (negative)
                buf[k++] = '-';
            memcpy(buf + k, s, n);
            buf[k + n] = '\0';
            PyErr_Format(PyExc_ValueError,
                         "invalid literal for long() with base 16: '%s'", buf);
            goto done;
        }
        for (i = 0; d + i < dend; i++) {
            int c = Py_CHARMASK(d[i]), v;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else
                v = c - 'A' + 10;
            if (mag > (ULONG_MAX - v) / base)
                overflow = 1;
            else
                mag = mag * base + v;
        }
        if (!is_long && !overflow) {
            if (!negative && mag <= (unsigned long)LONG_MAX) {
                res = PyInt_FromLong((long)mag);
                goto done;
            }
            if (negative && mag <= (unsigned long)LONG_MAX) {
                res = PyInt_FromLong(-(long)mag);
                goto done;
            }
            if (negative && mag == (unsigned long)LONG_MAX + 1) {
                res = PyInt_FromLong(LONG_MIN);
                goto done;
            }
        }
        /* Arbitrary size: let the long type do it. */
        {
            size_t k = 0;
            if (negative)
                buf[k++] = '-';
            if (d == dend)
                buf[k++] = '0';
            memcpy(buf + k, d, dend - d);
            k += dend - d;
            buf[k] = '\0';
            res = PyLong_FromString(buf, NULL, base);
        }
    }
  done:
    if (buf != small)
        PyMem_Free(buf);
    return res;
}

/* Growable byte buffer for literal decoding. */
typedef struct {
    char *data;
    size_t len, cap;
} Bytes;

static int
bytes_put(Bytes *b, const char *s, size_t n)
{
    if (b->len + n > b->cap) {
        size_t ncap = b->cap ? b->cap : 64;
        char *nd;
        while (ncap < b->len + n) {
            if (ncap > PY_SSIZE_T_MAX / 2) {
                PyErr_NoMemory();
                return -1;
            }
            ncap *= 2;
        }
        nd = (char *)PyMem_Realloc(b->data, ncap);
        if (nd == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        b->data = nd;
        b->cap = ncap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

static int
hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Re-encode a run of UTF-8 source text into the declared encoding. */
static int
put_reencoded(Bytes *b, const char *s, size_t n, const char *encoding)
{
    PyObject *u, *w;
    int r;
    u = PyUnicode_DecodeUTF8(s, n, NULL);
    if (u == NULL)
        return -1;
    w = PyUnicode_AsEncodedString(u, encoding, NULL);
    Py_DECREF(u);
    if (w == NULL)
        return -1;
    if (!PyString_Check(w)) {
        Py_DECREF(w);
        PyErr_SetString(PyExc_TypeError, "encoder did not return a string");
        return -1;
    }
    r = bytes_put(b, PyString_AS_STRING(w), PyString_GET_SIZE(w));
    Py_DECREF(w);
    return r;
}

/* The body of a plain (byte) string literal. */
static PyObject *
decode_str_body(const char *s, size_t n, int raw, const char *recode)
{
    Bytes b = {NULL, 0, 0};
    const char *end = s + n;
    PyObject *res;

    if (raw || memchr(s, '\\', n) == NULL) {
        if (recode == NULL)
            return PyString_FromStringAndSize(s, n);
    }
    while (s < end) {
        const char *run = s;
        char c;
        if (recode != NULL && (unsigned char)*s >= 0x80) {
            while (s < end && (unsigned char)*s >= 0x80)
                s++;
            if (put_reencoded(&b, run, s - run, recode) < 0)
                goto fail;
            continue;
        }
        while (s < end && *s != '\\' &&
               !(recode != NULL && (unsigned char)*s >= 0x80))
            s++;
        if (s > run && bytes_put(&b, run, s - run) < 0)
            goto fail;
        if (s >= end || *s != '\\')
            continue;
        if (raw) {
            if (bytes_put(&b, s, 1) < 0)
                goto fail;
            s++;
            continue;
        }
        s++;
        if (s >= end) {
            PyErr_SetString(PyExc_ValueError, "Trailing \\ in string");
            goto fail;
        }
        switch (*s++) {
        case '\n': continue;
        case '\\': c = '\\'; break;
        case '\'': c = '\''; break;
        case '"': c = '"'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\014'; break;
        case 't': c = '\t'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 'v': c = '\013'; break;
        case 'a': c = '\007'; break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            int v = s[-1] - '0';
            if (s < end && *s >= '0' && *s <= '7') {
                v = v * 8 + (*s++ - '0');
                if (s < end && *s >= '0' && *s <= '7')
                    v = v * 8 + (*s++ - '0');
            }
            c = (char)v;
            break;
        }
        case 'x':
            if (s + 1 < end && hexval(Py_CHARMASK(s[0])) >= 0 &&
                hexval(Py_CHARMASK(s[1])) >= 0) {
                c = (char)(hexval(Py_CHARMASK(s[0])) * 16 +
                           hexval(Py_CHARMASK(s[1])));
                s += 2;
                break;
            }
            PyErr_SetString(PyExc_ValueError, "invalid \\x escape");
            goto fail;
        default:
            /* Unknown escapes stay as they are. */
            s--;
            if (bytes_put(&b, "\\", 1) < 0)
                goto fail;
            continue;
        }
        if (bytes_put(&b, &c, 1) < 0)
            goto fail;
    }
    res = PyString_FromStringAndSize(b.data ? b.data : "", b.len);
    PyMem_Free(b.data);
    return res;
  fail:
    PyMem_Free(b.data);
    return NULL;
}

/* The body of a unicode literal.  As in 2.5, the text goes through the
   unicode-escape (or raw-unicode-escape) codec, and a UnicodeDecodeError
   from it reaches the caller as it is.  When the source is UTF-8, every
   non-ASCII character is first rewritten as a \U escape (and a backslash
   just before one as \u005c) so the codec only ever sees ASCII. */
static PyObject *
decode_unicode_body(Parser *p, const char *s, size_t n, int raw)
{
    int utf8 = p->encoding != NULL && strcmp(p->encoding, "iso-8859-1") != 0;
    const char *end = s + n;
    Bytes b = {NULL, 0, 0};
    PyObject *res;

    if (!utf8) {
        if (n > PY_SSIZE_T_MAX) {
            PyErr_NoMemory();
            return NULL;
        }
        if (raw)
            return PyUnicode_DecodeRawUnicodeEscape(s, (Py_ssize_t)n, NULL);
        return PyUnicode_DecodeUnicodeEscape(s, (Py_ssize_t)n, NULL);
    }
    while (s < end) {
        const char *run = s;
        while (s < end && (unsigned char)*s < 0x80 && *s != '\\')
            s++;
        if (s > run && bytes_put(&b, run, s - run) < 0)
            goto fail;
        if (s >= end)
            break;
        if (*s == '\\') {
            s++;
            if (bytes_put(&b, "\\", 1) < 0)
                goto fail;
            if (s < end && (unsigned char)*s >= 0x80) {
                if (bytes_put(&b, "u005c", 5) < 0)
                    goto fail;
            }
            else if (s < end) {
                /* the escaped ASCII character goes through unchanged */
                if (bytes_put(&b, s, 1) < 0)
                    goto fail;
                s++;
            }
            continue;
        }
        /* a run of non-ASCII bytes */
        {
            PyObject *w;
            Py_UNICODE *q, *qend;
            run = s;
            while (s < end && (unsigned char)*s >= 0x80)
                s++;
            w = PyUnicode_DecodeUTF8(run, s - run, NULL);
            if (w == NULL)
                goto fail;
            q = PyUnicode_AS_UNICODE(w);
            qend = q + PyUnicode_GET_SIZE(w);
            for (; q < qend; q++) {
                char esc[16];
                PyOS_snprintf(esc, sizeof(esc), "\\U%08x",
                              (unsigned int)(Py_UCS4)*q);
                if (bytes_put(&b, esc, 10) < 0) {
                    Py_DECREF(w);
                    goto fail;
                }
            }
            Py_DECREF(w);
        }
    }
    if (b.len > PY_SSIZE_T_MAX) {
        PyErr_NoMemory();
        goto fail;
    }
    if (raw)
        res = PyUnicode_DecodeRawUnicodeEscape(b.data ? b.data : "",
                                               (Py_ssize_t)b.len, NULL);
    else
        res = PyUnicode_DecodeUnicodeEscape(b.data ? b.data : "",
                                            (Py_ssize_t)b.len, NULL);
    PyMem_Free(b.data);
    return res;
  fail:
    PyMem_Free(b.data);
    return NULL;
}

/* Decode one STRING token into a str or unicode object. */
static PyObject *
parse_string_token(Parser *p, const char *s, size_t n)
{
    int unicode = 0, raw = 0;
    char quote;
    const char *recode;
    if (*s == 'u' || *s == 'U') {
        unicode = 1;
        s++, n--;
    }
    if (*s == 'r' || *s == 'R') {
        raw = 1;
        s++, n--;
    }
    quote = *s;
    if (n >= 6 && s[1] == quote && s[2] == quote) {
        s += 3;
        n -= 6;
    }
    else {
        s += 1;
        n -= 2;
    }
    if (unicode || Py_UnicodeFlag)
        return decode_unicode_body(p, s, n, raw);
    recode = NULL;
    if (p->encoding != NULL && strcmp(p->encoding, "utf-8") != 0 &&
        strcmp(p->encoding, "iso-8859-1") != 0)
        recode = p->encoding;
    return decode_str_body(s, n, raw, recode);
}

/* ---------------------------------------------------------------- */
/* Expressions                                                       */

static expr_ty parse_test(Parser *p);
static expr_ty parse_old_test(Parser *p);
static expr_ty parse_or_test(Parser *p);
static expr_ty parse_expr(Parser *p);
static expr_ty parse_factor(Parser *p);
static expr_ty parse_testlist(Parser *p);
static expr_ty parse_exprlist(Parser *p);
static expr_ty parse_yield_expr(Parser *p);
static arguments_ty parse_varargslist(Parser *p, int closer);
static asdl_seq *parse_suite(Parser *p);

static int
enter(Parser *p, int cost)
{
    p->depth += cost;
    if (p->depth > PARSE_MAX_DEPTH) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_MemoryError, "too many nested parentheses");
        return 0;
    }
    return 1;
}

/* Can the current token begin a `test`? */
static int
starts_test(Parser *p)
{
    switch (peek(p)) {
    case NUMBER: case STRING: case LPAR: case LSQB: case LBRACE:
    case BACKQUOTE: case MINUS: case PLUS: case TILDE:
        return 1;
    case NAME:
        return at_plain_name(p) || tok_is(p, "not") || tok_is(p, "lambda");
    }
    return 0;
}

static expr_ty
make_tuple(Parser *p, Vec *v, int lineno, int col)
{
    asdl_seq *elts = vec_seq(p, v);
    if (elts == NULL)
        return NULL;
    return Tuple(elts, Load, lineno, col, p->arena);
}

/* Concatenated STRING tokens. */
static expr_ty
parse_strings(Parser *p)
{
    int lineno = p->tk.lineno, col = p->tk.col;
    PyObject *acc = NULL;
    while (peek(p) == STRING) {
        PyObject *s = parse_string_token(p, p->tk.start,
                                         p->tk.end - p->tk.start);
        if (s == NULL) {
            Py_XDECREF(acc);
            return NULL;
        }
        consume(p);
        if (acc == NULL)
            acc = s;
        else if (PyString_Check(acc) && PyString_Check(s)) {
            PyString_ConcatAndDel(&acc, s);
            if (acc == NULL)
                return NULL;
        }
        else {
            PyObject *t = PyUnicode_Concat(acc, s);
            Py_DECREF(acc);
            Py_DECREF(s);
            if (t == NULL)
                return NULL;
            acc = t;
        }
    }
    if (PyArena_AddPyObject(p->arena, acc) < 0) {
        Py_DECREF(acc);
        return NULL;
    }
    return Str(acc, lineno, col, p->arena);
}

static expr_ty
number_node(Parser *p, const char *s, size_t n, int negative, int lineno, int col)
{
    PyObject *v = make_number(s, n, negative);
    if (v == NULL)
        return NULL;
    if (PyArena_AddPyObject(p->arena, v) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    return Num(v, lineno, col, p->arena);
}

/* comp_for chain of a list comprehension (is_gen == 0) or generator
   expression; the first 'for' is the current token. */
static asdl_seq *
parse_comprehensions(Parser *p, int is_gen)
{
    Vec comps = {NULL, 0, 0};
    Vec ifs = {NULL, 0, 0};
    expr_ty target = NULL, iter = NULL;
    int have_for = 0;

    for (;;) {
        if (tok_is(p, "for")) {
            int line = p->tk.lineno;
            if (have_for) {
                comprehension_ty c = comprehension(target, iter, vec_seq(p, &ifs),
                                                   p->arena);
                if (c == NULL || vec_push(p, &comps, c) < 0)
                    return NULL;
                ifs.n = 0;
                ifs.items = NULL;
                ifs.cap = 0;
            }
            consume(p);
            target = parse_exprlist(p);
            if (target == NULL)
                return NULL;
            if (!set_context(p, target, Store, line))
                return NULL;
            if (!expect_kw(p, "in"))
                return NULL;
            if (is_gen)
                iter = parse_or_test(p);
            else {
                /* testlist_safe: old_test [(',' old_test)+ [',']] */
                int il = p->tk.lineno, ic = p->tk.col;
                expr_ty first;
                peek(p);
                il = p->tk.lineno;
                ic = p->tk.col;
                first = parse_old_test(p);
                if (first == NULL)
                    return NULL;
                if (peek(p) == COMMA) {
                    Vec items = {NULL, 0, 0};
                    if (vec_push(p, &items, first) < 0)
                        return NULL;
                    consume(p);
                    /* at least one more item is required */
                    do {
                        expr_ty e = parse_old_test(p);
                        if (e == NULL || vec_push(p, &items, e) < 0)
                            return NULL;
                        if (peek(p) != COMMA)
                            break;
                        consume(p);
                    } while (starts_test(p));
                    iter = make_tuple(p, &items, il, ic);
                }
                else
                    iter = first;
            }
            if (iter == NULL)
                return NULL;
            have_for = 1;
        }
        else if (tok_is(p, "if")) {
            expr_ty cond;
            consume(p);
            cond = parse_old_test(p);
            if (cond == NULL || vec_push(p, &ifs, cond) < 0)
                return NULL;
        }
        else
            break;
    }
    {
        comprehension_ty c = comprehension(target, iter, vec_seq(p, &ifs), p->arena);
        if (c == NULL || vec_push(p, &comps, c) < 0)
            return NULL;
    }
    return vec_seq(p, &comps);
}

/* arglist of a call; the '(' is consumed.  Builds the Call node. */
static expr_ty
parse_call(Parser *p, expr_ty func)
{
    Vec args = {NULL, 0, 0}, kws = {NULL, 0, 0};
    expr_ty star = NULL, dstar = NULL;
    int nargs = 0, ngens = 0, nkw = 0;
    int first_line = -1;

    while (peek(p) != RPAR) {
        int line, col;
        expr_ty e;
        if (peek(p) == STAR) {
            consume(p);
            star = parse_test(p);
            if (star == NULL)
                return NULL;
            if (peek(p) == COMMA) {
                consume(p);
                if (!expect(p, DOUBLESTAR))
                    return NULL;
                dstar = parse_test(p);
                if (dstar == NULL)
                    return NULL;
            }
            break;
        }
        if (peek(p) == DOUBLESTAR) {
            consume(p);
            dstar = parse_test(p);
            if (dstar == NULL)
                return NULL;
            break;
        }
        line = p->tk.lineno;
        col = p->tk.col;
        if (first_line < 0)
            first_line = line;
        e = parse_test(p);
        if (e == NULL)
            return NULL;
        if (tok_is(p, "for")) {
            asdl_seq *gens = parse_comprehensions(p, 1);
            if (gens == NULL)
                return NULL;
            e = GeneratorExp(e, gens, e->lineno, e->col_offset, p->arena);
            if (e == NULL || vec_push(p, &args, e) < 0)
                return NULL;
            ngens++;
        }
        else if (peek(p) == EQUAL) {
            keyword_ty kw;
            expr_ty value;
            consume(p);
            value = parse_test(p);
            if (value == NULL)
                return NULL;
            if (e->kind == Lambda_kind)
                return ast_error(p, line, "lambda cannot contain assignment");
            if (e->kind != Name_kind)
                return ast_error(p, line, "keyword can't be an expression");
            if (is_none_name(e->v.Name.id))
                return ast_error(p, line, "assignment to None");
            kw = keyword(e->v.Name.id, value, p->arena);
            if (kw == NULL || vec_push(p, &kws, kw) < 0)
                return NULL;
            nkw++;
        }
        else {
            if (nkw)
                return ast_error(p, line, "non-keyword arg after keyword arg");
            if (vec_push(p, &args, e) < 0)
                return NULL;
            nargs++;
        }
        (void)col;
        if (peek(p) != COMMA)
            break;
        consume(p);
    }
    if (!expect(p, RPAR))
        return NULL;
    if (ngens > 1 || (ngens && (nargs || nkw)))
        return ast_error(p, func->lineno,
                         "Generator expression must be parenthesized if not sole argument");
    if (nargs + nkw + ngens > 255)
        return ast_error(p, func->lineno, "more than 255 arguments");
    return Call(func, vec_seq(p, &args), vec_seq(p, &kws), star, dstar,
                func->lineno, func->col_offset, p->arena);
}

/* One subscript; sets *is_index when it is a plain expression. */
static slice_ty
parse_subscript(Parser *p)
{
    expr_ty lower = NULL, upper = NULL, step = NULL;
    if (peek(p) == DOT) {
        /* '...' is three DOT tokens */
        consume(p);
        if (!expect(p, DOT) || !expect(p, DOT))
            return NULL;
        return Ellipsis(p->arena);
    }
    if (peek(p) != COLON) {
        lower = parse_test(p);
        if (lower == NULL)
            return NULL;
        if (peek(p) != COLON)
            return Index(lower, p->arena);
    }
    consume(p);     /* ':' */
    if (starts_test(p)) {
        upper = parse_test(p);
        if (upper == NULL)
            return NULL;
    }
    if (peek(p) == COLON) {
        int line = p->tk.lineno, col = p->tk.col;
        consume(p);
        if (starts_test(p)) {
            step = parse_test(p);
            if (step == NULL)
                return NULL;
        }
        else {
            /* x[a:b:] has an explicit step of None */
            PyObject *none = new_identifier(p, "None", 4);
            if (none == NULL)
                return NULL;
            step = Name(none, Load, line, col, p->arena);
            if (step == NULL)
                return NULL;
        }
    }
    return Slice(lower, upper, step, p->arena);
}

static expr_ty
parse_subscription(Parser *p, expr_ty value, int line, int col)
{
    Vec slices = {NULL, 0, 0};
    int simple = 1, trailing_comma = 0, i;
    slice_ty s;
    for (;;) {
        s = parse_subscript(p);
        if (s == NULL || vec_push(p, &slices, s) < 0)
            return NULL;
        if (s->kind != Index_kind)
            simple = 0;
        trailing_comma = 0;
        if (peek(p) != COMMA)
            break;
        consume(p);
        trailing_comma = 1;
        if (peek(p) == RSQB)
            break;
    }
    if (!expect(p, RSQB))
        return NULL;
    if (slices.n == 1 && !trailing_comma)
        s = (slice_ty)slices.items[0];
    else if (!simple) {
        asdl_seq *dims = vec_seq(p, &slices);
        if (dims == NULL)
            return NULL;
        s = ExtSlice(dims, p->arena);
    }
    else {
        Vec elts = {NULL, 0, 0};
        expr_ty t;
        for (i = 0; i < slices.n; i++)
            if (vec_push(p, &elts, ((slice_ty)slices.items[i])->v.Index.value) < 0)
                return NULL;
        t = make_tuple(p, &elts, line, col);
        if (t == NULL)
            return NULL;
        s = Index(t, p->arena);
    }
    if (s == NULL)
        return NULL;
    return Subscript(value, s, Load, line, col, p->arena);
}

static expr_ty
parse_atom(Parser *p)
{
    int line, col, t;
    expr_ty e;
    t = peek(p);
    line = p->tk.lineno;
    col = p->tk.col;
    switch (t) {
    case LPAR:
        consume(p);
        if (peek(p) == RPAR) {
            consume(p);
            return Tuple(NULL, Load, line, col, p->arena);
        }
        if (tok_is(p, "yield")) {
            e = parse_yield_expr(p);
            if (e == NULL || !expect(p, RPAR))
                return NULL;
            return e;
        }
        e = parse_test(p);
        if (e == NULL)
            return NULL;
        if (tok_is(p, "for")) {
            /* The iterables are parsed after the element's parse_test has
               given its budget back: charge the nesting here, or
               "(x for x in (x for x in ..." recurses without bound. */
            asdl_seq *gens;
            if (!enter(p, PARSE_TEST_COST))
                return NULL;
            gens = parse_comprehensions(p, 1);
            p->depth -= PARSE_TEST_COST;
            if (gens == NULL || !expect(p, RPAR))
                return NULL;
            return GeneratorExp(e, gens, line, col, p->arena);
        }
        if (peek(p) == COMMA) {
            Vec items = {NULL, 0, 0};
            if (vec_push(p, &items, e) < 0)
                return NULL;
            while (peek(p) == COMMA) {
                consume(p);
                if (!starts_test(p))
                    break;
                e = parse_test(p);
                if (e == NULL || vec_push(p, &items, e) < 0)
                    return NULL;
            }
            if (!expect(p, RPAR))
                return NULL;
            return make_tuple(p, &items, line, col);
        }
        if (!expect(p, RPAR))
            return NULL;
        return e;
    case LSQB:
        consume(p);
        if (peek(p) == RSQB) {
            consume(p);
            return List(NULL, Load, line, col, p->arena);
        }
        e = parse_test(p);
        if (e == NULL)
            return NULL;
        if (tok_is(p, "for")) {
            asdl_seq *gens = parse_comprehensions(p, 0);
            if (gens == NULL || !expect(p, RSQB))
                return NULL;
            return ListComp(e, gens, line, col, p->arena);
        }
        {
            Vec items = {NULL, 0, 0};
            asdl_seq *elts;
            if (vec_push(p, &items, e) < 0)
                return NULL;
            while (peek(p) == COMMA) {
                consume(p);
                if (!starts_test(p))
                    break;
                e = parse_test(p);
                if (e == NULL || vec_push(p, &items, e) < 0)
                    return NULL;
            }
            if (!expect(p, RSQB))
                return NULL;
            elts = vec_seq(p, &items);
            if (elts == NULL)
                return NULL;
            return List(elts, Load, line, col, p->arena);
        }
    case LBRACE: {
        Vec keys = {NULL, 0, 0}, values = {NULL, 0, 0};
        consume(p);
        while (peek(p) != RBRACE) {
            expr_ty k, v;
            k = parse_test(p);
            if (k == NULL || !expect(p, COLON))
                return NULL;
            v = parse_test(p);
            if (v == NULL)
                return NULL;
            if (vec_push(p, &keys, k) < 0 || vec_push(p, &values, v) < 0)
                return NULL;
            if (peek(p) != COMMA)
                break;
            consume(p);
        }
        if (!expect(p, RBRACE))
            return NULL;
        return Dict(vec_seq(p, &keys), vec_seq(p, &values), line, col, p->arena);
    }
    case BACKQUOTE: {
        Vec items = {NULL, 0, 0};
        consume(p);
        for (;;) {
            e = parse_test(p);
            if (e == NULL || vec_push(p, &items, e) < 0)
                return NULL;
            if (peek(p) != COMMA)
                break;
            consume(p);
        }
        if (!expect(p, BACKQUOTE))
            return NULL;
        if (items.n == 1)
            e = (expr_ty)items.items[0];
        else
            e = make_tuple(p, &items, ((expr_ty)items.items[0])->lineno,
                           ((expr_ty)items.items[0])->col_offset);
        if (e == NULL)
            return NULL;
        return Repr(e, line, col, p->arena);
    }
    case NUMBER:
        e = number_node(p, p->tk.start, p->tk.end - p->tk.start, 0, line, col);
        consume(p);
        return e;
    case STRING:
        return parse_strings(p);
    case NAME:
        if (at_plain_name(p)) {
            PyObject *id = token_identifier(p);
            if (id == NULL)
                return NULL;
            consume(p);
            return Name(id, Load, line, col, p->arena);
        }
        break;
    }
    return syntax_error(p);
}

/* power: atom trailer* ['**' factor]
   *plain_number is set when the whole thing is one NUMBER token. */
static expr_ty
parse_power(Parser *p, int *plain_number)
{
    expr_ty e;
    int was_number = peek(p) == NUMBER, trailers = 0;
    e = parse_atom(p);
    if (e == NULL)
        return NULL;
    for (;;) {
        int t = peek(p), line = p->tk.lineno, col = p->tk.col;
        if (t == LPAR) {
            consume(p);
            if (!enter(p, PARSE_TEST_COST))
                return NULL;
            e = parse_call(p, e);
            p->depth -= PARSE_TEST_COST;
        }
        else if (t == LSQB) {
            consume(p);
            if (!enter(p, PARSE_TEST_COST))
                return NULL;
            e = parse_subscription(p, e, line, col);
            p->depth -= PARSE_TEST_COST;
        }
        else if (t == DOT) {
            PyObject *attr;
            consume(p);
            if (peek(p) != NAME)
                return syntax_error(p);
            attr = token_identifier(p);
            if (attr == NULL)
                return NULL;
            consume(p);
            e = Attribute(e, attr, Load, line, col, p->arena);
        }
        else
            break;
        if (e == NULL)
            return NULL;
        trailers++;
    }
    if (peek(p) == DOUBLESTAR) {
        /* right-associative: each '**' nests one level deeper */
        expr_ty right;
        consume(p);
        if (!enter(p, 2))
            return NULL;
        right = parse_factor(p);
        p->depth -= 2;
        if (right == NULL)
            return NULL;
        e = BinOp(e, Pow, right, e->lineno, e->col_offset, p->arena);
        trailers++;
    }
    if (plain_number)
        *plain_number = was_number && trailers == 0;
    return e;
}

static expr_ty
parse_factor(Parser *p)
{
    int t = peek(p), line = p->tk.lineno, col = p->tk.col;
    unaryop_ty op;
    expr_ty operand;
    if (t != PLUS && t != MINUS && t != TILDE)
        return parse_power(p, NULL);
    consume(p);
    if (!enter(p, 1))
        return NULL;
    if (t == MINUS && peek(p) == NUMBER) {
        /* -NUMBER is a negative constant (so -sys.maxint-1 stays an int) */
        char *s = p->tk.start;
        size_t n = p->tk.end - p->tk.start;
        int plain;
        operand = parse_power(p, &plain);
        p->depth--;
        if (operand == NULL)
            return NULL;
        if (plain)
            return number_node(p, s, n, 1, line, col);
        return UnaryOp(USub, operand, line, col, p->arena);
    }
    operand = parse_factor(p);
    p->depth--;
    if (operand == NULL)
        return NULL;
    op = t == PLUS ? UAdd : t == MINUS ? USub : Invert;
    return UnaryOp(op, operand, line, col, p->arena);
}

static operator_ty
binop_for(int t)
{
    switch (t) {
    case STAR: return Mult;
    case SLASH: return Div;
    case PERCENT: return Mod;
    case DOUBLESLASH: return FloorDiv;
    case PLUS: return Add;
    case MINUS: return Sub;
    case LEFTSHIFT: return LShift;
    case RIGHTSHIFT: return RShift;
    case AMPER: return BitAnd;
    case CIRCUMFLEX: return BitXor;
    case VBAR: return BitOr;
    }
    return (operator_ty)0;
}

/* Binary operator levels, loosest first. */
static int
binop_level(int t)
{
    switch (t) {
    case VBAR: return 0;
    case CIRCUMFLEX: return 1;
    case AMPER: return 2;
    case LEFTSHIFT: case RIGHTSHIFT: return 3;
    case PLUS: case MINUS: return 4;
    case STAR: case SLASH: case PERCENT: case DOUBLESLASH: return 5;
    }
    return -1;
}

static expr_ty
parse_binary(Parser *p, int level)
{
    expr_ty left;
    if (level > 5)
        return parse_factor(p);
    left = parse_binary(p, level + 1);
    while (left != NULL && binop_level(peek(p)) == level) {
        int t = p->tk.type;
        expr_ty right;
        consume(p);
        right = parse_binary(p, level + 1);
        if (right == NULL)
            return NULL;
        left = BinOp(left, binop_for(t), right, left->lineno, left->col_offset,
                     p->arena);
    }
    return left;
}

static expr_ty
parse_expr(Parser *p)
{
    return parse_binary(p, 0);
}

/* Comparison operator at the current token, or 0; consumes it. */
static cmpop_ty
parse_comp_op(Parser *p)
{
    switch (peek(p)) {
    case LESS: consume(p); return Lt;
    case GREATER: consume(p); return Gt;
    case EQEQUAL: consume(p); return Eq;
    case GREATEREQUAL: consume(p); return GtE;
    case LESSEQUAL: consume(p); return LtE;
    case NOTEQUAL: consume(p); return NotEq;
    case NAME:
        if (tok_is(p, "in")) {
            consume(p);
            return In;
        }
        if (tok_is(p, "not")) {
            consume(p);
            if (!expect_kw(p, "in"))
                return (cmpop_ty)-1;
            return NotIn;
        }
        if (tok_is(p, "is")) {
            consume(p);
            if (tok_is(p, "not")) {
                consume(p);
                return IsNot;
            }
            return Is;
        }
    }
    return (cmpop_ty)0;
}

static expr_ty
parse_comparison(Parser *p)
{
    expr_ty left = parse_expr(p);
    Vec comparators = {NULL, 0, 0};
    int ops[64], *opv = ops, nops = 0, capops = 64;
    asdl_int_seq *opseq;
    int i;
    expr_ty res = NULL;

    if (left == NULL)
        return NULL;
    for (;;) {
        cmpop_ty op = parse_comp_op(p);
        expr_ty right;
        if ((int)op == -1)
            goto done;
        if (op == 0)
            break;
        right = parse_expr(p);
        if (right == NULL || vec_push(p, &comparators, right) < 0)
            goto done;
        if (nops == capops) {
            int *n;
            if (capops > INT_MAX / 4) {
                PyErr_NoMemory();
                goto done;
            }
            n = (int *)PyArena_Malloc(p->arena, capops * 2 * sizeof(int));
            if (n == NULL)
                goto done;
            memcpy(n, opv, nops * sizeof(int));
            opv = n;
            capops *= 2;
        }
        opv[nops++] = op;
    }
    if (nops == 0)
        return left;
    opseq = asdl_int_seq_new(nops, p->arena);
    if (opseq == NULL)
        goto done;
    for (i = 0; i < nops; i++)
        asdl_seq_SET(opseq, i, opv[i]);
    res = Compare(left, opseq, vec_seq(p, &comparators), left->lineno,
                  left->col_offset, p->arena);
  done:
    return res;
}

static expr_ty
parse_not_test(Parser *p)
{
    if (tok_is(p, "not")) {
        int line = p->tk.lineno, col = p->tk.col;
        expr_ty e;
        consume(p);
        if (!enter(p, 1))
            return NULL;
        e = parse_not_test(p);
        p->depth--;
        if (e == NULL)
            return NULL;
        return UnaryOp(Not, e, line, col, p->arena);
    }
    return parse_comparison(p);
}

static expr_ty
parse_bool(Parser *p, int is_or)
{
    expr_ty first = is_or ? parse_bool(p, 0) : parse_not_test(p);
    Vec values = {NULL, 0, 0};
    const char *word = is_or ? "or" : "and";
    asdl_seq *seq;
    if (first == NULL)
        return NULL;
    if (!tok_is(p, word))
        return first;
    if (vec_push(p, &values, first) < 0)
        return NULL;
    while (tok_is(p, word)) {
        expr_ty e;
        consume(p);
        e = is_or ? parse_bool(p, 0) : parse_not_test(p);
        if (e == NULL || vec_push(p, &values, e) < 0)
            return NULL;
    }
    seq = vec_seq(p, &values);
    if (seq == NULL)
        return NULL;
    return BoolOp(is_or ? Or : And, seq, first->lineno, first->col_offset,
                  p->arena);
}

static expr_ty
parse_or_test(Parser *p)
{
    return parse_bool(p, 1);
}

static expr_ty
parse_lambda(Parser *p, int old)
{
    int line = p->tk.lineno, col = p->tk.col;
    arguments_ty args;
    expr_ty body;
    consume(p);     /* 'lambda' */
    args = parse_varargslist(p, COLON);
    if (args == NULL || !expect(p, COLON))
        return NULL;
    body = old ? parse_old_test(p) : parse_test(p);
    if (body == NULL)
        return NULL;
    return Lambda(args, body, line, col, p->arena);
}

static expr_ty
parse_test(Parser *p)
{
    expr_ty body, cond, orelse, res;
    if (!enter(p, PARSE_TEST_COST))
        return NULL;
    if (tok_is(p, "lambda")) {
        res = parse_lambda(p, 0);
        p->depth -= PARSE_TEST_COST;
        return res;
    }
    res = body = parse_or_test(p);
    if (body != NULL && tok_is(p, "if")) {
        res = NULL;
        consume(p);
        cond = parse_or_test(p);
        if (cond != NULL && expect_kw(p, "else")) {
            orelse = parse_test(p);
            if (orelse != NULL)
                res = IfExp(cond, body, orelse, body->lineno, body->col_offset,
                            p->arena);
        }
    }
    p->depth -= PARSE_TEST_COST;
    return res;
}

static expr_ty
parse_old_test(Parser *p)
{
    expr_ty res;
    if (!enter(p, PARSE_TEST_COST))
        return NULL;
    if (tok_is(p, "lambda"))
        res = parse_lambda(p, 1);
    else
        res = parse_or_test(p);
    p->depth -= PARSE_TEST_COST;
    return res;
}

/* testlist / exprlist: items separated by commas, a trailing comma
   allowed; a tuple when there is a comma. */
static expr_ty
parse_list_of(Parser *p, expr_ty (*item)(Parser *))
{
    int line, col;
    expr_ty first;
    Vec items = {NULL, 0, 0};
    peek(p);
    line = p->tk.lineno;
    col = p->tk.col;
    first = item(p);
    if (first == NULL)
        return NULL;
    if (peek(p) != COMMA)
        return first;
    if (vec_push(p, &items, first) < 0)
        return NULL;
    while (peek(p) == COMMA) {
        expr_ty e;
        consume(p);
        if (item == parse_expr) {
            /* exprlist items start like an expr: no 'not'/'lambda' */
            int t = peek(p);
            if (!(t == NUMBER || t == STRING || t == LPAR || t == LSQB ||
                  t == LBRACE || t == BACKQUOTE || t == MINUS || t == PLUS ||
                  t == TILDE || at_plain_name(p)))
                break;
        }
        else if (!starts_test(p))
            break;
        e = item(p);
        if (e == NULL || vec_push(p, &items, e) < 0)
            return NULL;
    }
    return make_tuple(p, &items, first->lineno, first->col_offset);
    (void)line; (void)col;
}

static expr_ty
parse_testlist(Parser *p)
{
    return parse_list_of(p, parse_test);
}

static expr_ty
parse_exprlist(Parser *p)
{
    return parse_list_of(p, parse_expr);
}

static expr_ty
parse_yield_expr(Parser *p)
{
    int line = p->tk.lineno, col = p->tk.col;
    expr_ty value = NULL;
    consume(p);     /* 'yield' */
    if (starts_test(p)) {
        value = parse_testlist(p);
        if (value == NULL)
            return NULL;
    }
    return Yield(value, line, col, p->arena);
}

/* ---------------------------------------------------------------- */
/* Parameters                                                        */

/* fpdef: NAME | '(' fplist ')'.  For a sublist the result is a Tuple of
   Store names (as 2.5 builds it); a bare name is Name(ctx). */
static expr_ty
parse_fpdef(Parser *p, expr_context_ty ctx)
{
    int line = p->tk.lineno, col = p->tk.col;
    if (peek(p) == LPAR) {
        Vec items = {NULL, 0, 0};
        asdl_seq *elts;
        expr_ty t;
        consume(p);
        for (;;) {
            expr_ty e = parse_fpdef(p, Store);
            if (e == NULL || vec_push(p, &items, e) < 0)
                return NULL;
            if (peek(p) != COMMA)
                break;
            consume(p);
            if (peek(p) != NAME && peek(p) != LPAR)
                break;
        }
        if (!expect(p, RPAR))
            return NULL;
        elts = vec_seq(p, &items);
        if (elts == NULL)
            return NULL;
        t = Tuple(elts, Store, line, col, p->arena);
        return t;
    }
    if (at_plain_name(p)) {
        PyObject *id = token_identifier(p);
        if (id == NULL)
            return NULL;
        if (is_none_name(id))
            return ast_error(p, line, "assignment to None");
        consume(p);
        return Name(id, ctx, line, col, p->arena);
    }
    return syntax_error(p);
}

static PyObject *
parse_star_name(Parser *p)
{
    PyObject *id;
    if (!at_plain_name(p))
        return syntax_error(p);
    id = token_identifier(p);
    if (id == NULL)
        return NULL;
    if (is_none_name(id))
        return ast_error(p, p->tk.lineno, "assignment to None");
    consume(p);
    return id;
}

/* varargslist up to (not including) `closer` (RPAR or COLON). */
static arguments_ty
parse_varargslist(Parser *p, int closer)
{
    Vec args = {NULL, 0, 0}, defaults = {NULL, 0, 0};
    PyObject *vararg = NULL, *kwarg = NULL;

    while (peek(p) != closer) {
        int line = p->tk.lineno;
        if (peek(p) == STAR) {
            consume(p);
            vararg = parse_star_name(p);
            if (vararg == NULL)
                return NULL;
            if (peek(p) == COMMA) {
                consume(p);
                if (!expect(p, DOUBLESTAR))
                    return NULL;
                kwarg = parse_star_name(p);
                if (kwarg == NULL)
                    return NULL;
            }
            break;
        }
        if (peek(p) == DOUBLESTAR) {
            consume(p);
            kwarg = parse_star_name(p);
            if (kwarg == NULL)
                return NULL;
            break;
        }
        {
            expr_ty a = parse_fpdef(p, Param);
            if (a == NULL || vec_push(p, &args, a) < 0)
                return NULL;
            if (peek(p) == EQUAL) {
                expr_ty d;
                consume(p);
                d = parse_test(p);
                if (d == NULL || vec_push(p, &defaults, d) < 0)
                    return NULL;
            }
            else if (defaults.n > 0)
                return ast_error(p, line,
                                 "non-default argument follows default argument");
        }
        if (peek(p) != COMMA)
            break;
        consume(p);
    }
    return arguments(vec_seq(p, &args), vararg, kwarg, vec_seq(p, &defaults),
                     p->arena);
}

/* ---------------------------------------------------------------- */
/* Statements                                                        */

static stmt_ty parse_stmt_into(Parser *p, Vec *out);

static int
expect_newline(Parser *p)
{
    return expect(p, NEWLINE);
}

/* del_stmt: 'del' exprlist -- one target per comma-separated item. */
static stmt_ty
parse_del(Parser *p, int line, int col)
{
    Vec targets = {NULL, 0, 0};
    for (;;) {
        expr_ty e;
        int t;
        peek(p);
        e = parse_expr(p);
        if (e == NULL || !set_context(p, e, Del, line) ||
            vec_push(p, &targets, e) < 0)
            return NULL;
        if (peek(p) != COMMA)
            break;
        consume(p);
        t = peek(p);
        if (!(t == NUMBER || t == STRING || t == LPAR || t == LSQB ||
              t == LBRACE || t == BACKQUOTE || t == MINUS || t == PLUS ||
              t == TILDE || at_plain_name(p)))
            break;
    }
    return Delete(vec_seq(p, &targets), line, col, p->arena);
}

static operator_ty
augassign_op(int t)
{
    switch (t) {
    case PLUSEQUAL: return Add;
    case MINEQUAL: return Sub;
    case STAREQUAL: return Mult;
    case SLASHEQUAL: return Div;
    case PERCENTEQUAL: return Mod;
    case AMPEREQUAL: return BitAnd;
    case VBAREQUAL: return BitOr;
    case CIRCUMFLEXEQUAL: return BitXor;
    case LEFTSHIFTEQUAL: return LShift;
    case RIGHTSHIFTEQUAL: return RShift;
    case DOUBLESTAREQUAL: return Pow;
    case DOUBLESLASHEQUAL: return FloorDiv;
    }
    return (operator_ty)0;
}

static stmt_ty
parse_expr_stmt(Parser *p)
{
    int line = p->tk.lineno, col = p->tk.col;
    expr_ty first;
    operator_ty aug;
    first = parse_testlist(p);
    if (first == NULL)
        return NULL;
    aug = augassign_op(peek(p));
    if (aug) {
        expr_ty value;
        switch (first->kind) {
        case GeneratorExp_kind:
            return ast_error(p, line, "augmented assignment to generator "
                             "expression not possible");
        case Yield_kind:
            return ast_error(p, line, "augmented assignment to yield "
                             "expression not possible");
        case Name_kind:
            if (is_none_name(first->v.Name.id))
                return ast_error(p, line, "assignment to None");
            break;
        case Attribute_kind:
        case Subscript_kind:
            break;
        default:
            return ast_error(p, line, "illegal expression for augmented assignment");
        }
        if (!set_context(p, first, Store, line))
            return NULL;
        consume(p);
        if (tok_is(p, "yield"))
            value = parse_yield_expr(p);
        else
            value = parse_testlist(p);
        if (value == NULL)
            return NULL;
        return AugAssign(first, aug, value, line, col, p->arena);
    }
    if (peek(p) == EQUAL) {
        Vec targets = {NULL, 0, 0};
        expr_ty value = first;
        int value_line = line;
        while (peek(p) == EQUAL) {
            consume(p);
            if (value->kind == Yield_kind)
                return ast_error(p, value_line,
                                 "assignment to yield expression not possible");
            if (!set_context(p, value, Store, value_line) ||
                vec_push(p, &targets, value) < 0)
                return NULL;
            value_line = p->tk.lineno;
            peek(p);
            value_line = p->tk.lineno;
            if (tok_is(p, "yield"))
                value = parse_yield_expr(p);
            else
                value = parse_testlist(p);
            if (value == NULL)
                return NULL;
        }
        return Assign(vec_seq(p, &targets), value, line, col, p->arena);
    }
    return Expr(first, line, col, p->arena);
}

static stmt_ty
parse_print(Parser *p, int line, int col)
{
    Vec values = {NULL, 0, 0};
    expr_ty dest = NULL;
    int nl = 1;
    if (peek(p) == RIGHTSHIFT) {
        consume(p);
        dest = parse_test(p);
        if (dest == NULL)
            return NULL;
        if (peek(p) == COMMA) {
            consume(p);
            /* at least one value must follow */
            for (;;) {
                expr_ty e = parse_test(p);
                if (e == NULL || vec_push(p, &values, e) < 0)
                    return NULL;
                nl = 1;
                if (peek(p) != COMMA)
                    break;
                consume(p);
                nl = 0;
                if (!starts_test(p))
                    break;
            }
        }
    }
    else if (starts_test(p)) {
        for (;;) {
            expr_ty e = parse_test(p);
            if (e == NULL || vec_push(p, &values, e) < 0)
                return NULL;
            nl = 1;
            if (peek(p) != COMMA)
                break;
            consume(p);
            nl = 0;
            if (!starts_test(p))
                break;
        }
    }
    return Print(dest, vec_seq(p, &values), nl, line, col, p->arena);
}

/* dotted_name as one identifier "a.b.c". */
static PyObject *
parse_dotted_name(Parser *p)
{
    char *start;
    PyObject *res;
    Bytes b = {NULL, 0, 0};
    if (!at_plain_name(p))
        return syntax_error(p);
    start = p->tk.start;
    if (bytes_put(&b, start, p->tk.end - start) < 0)
        return NULL;
    consume(p);
    while (peek(p) == DOT) {
        consume(p);
        if (!at_plain_name(p)) {
            PyMem_Free(b.data);
            return syntax_error(p);
        }
        if (bytes_put(&b, ".", 1) < 0 ||
            bytes_put(&b, p->tk.start, p->tk.end - p->tk.start) < 0) {
            PyMem_Free(b.data);
            return NULL;
        }
        consume(p);
    }
    res = new_identifier(p, b.data, b.len);
    PyMem_Free(b.data);
    return res;
}

/* Optional "as NAME" of an import; 'as' is accepted as a plain word. */
static int
parse_import_as(Parser *p, PyObject **asname)
{
    *asname = NULL;
    if (peek(p) == NAME && p->tk.end - p->tk.start == 2 &&
        memcmp(p->tk.start, "as", 2) == 0) {
        consume(p);
        if (!at_plain_name(p)) {
            syntax_error(p);
            return 0;
        }
        *asname = token_identifier(p);
        if (*asname == NULL)
            return 0;
        if (is_none_name(*asname)) {
            ast_error(p, p->tk.lineno, "assignment to None");
            return 0;
        }
        consume(p);
    }
    return 1;
}

static stmt_ty
parse_import(Parser *p, int line, int col)
{
    Vec names = {NULL, 0, 0};
    for (;;) {
        PyObject *name, *asname;
        alias_ty a;
        name = parse_dotted_name(p);
        if (name == NULL || !parse_import_as(p, &asname))
            return NULL;
        a = alias(name, asname, p->arena);
        if (a == NULL || vec_push(p, &names, a) < 0)
            return NULL;
        if (peek(p) != COMMA)
            break;
        consume(p);
    }
    return Import(vec_seq(p, &names), line, col, p->arena);
}

static stmt_ty
parse_from_import(Parser *p, int line, int col)
{
    int level = 0;
    PyObject *module = NULL;
    Vec names = {NULL, 0, 0};
    int i;

    while (peek(p) == DOT) {
        consume(p);
        level++;
    }
    if (level == 0 || !tok_is(p, "import")) {
        module = parse_dotted_name(p);
        if (module == NULL)
            return NULL;
    }
    else {
        module = new_identifier(p, "", 0);
        if (module == NULL)
            return NULL;
    }
    if (!expect_kw(p, "import"))
        return NULL;
    if (peek(p) == STAR) {
        PyObject *star;
        alias_ty a;
        consume(p);
        star = new_identifier(p, "*", 1);
        if (star == NULL)
            return NULL;
        a = alias(star, NULL, p->arena);
        if (a == NULL || vec_push(p, &names, a) < 0)
            return NULL;
    }
    else {
        int paren = 0, trailing = 0;
        if (peek(p) == LPAR) {
            consume(p);
            paren = 1;
        }
        for (;;) {
            PyObject *name, *asname;
            alias_ty a;
            if (!at_plain_name(p))
                return syntax_error(p);
            name = token_identifier(p);
            if (name == NULL)
                return NULL;
            consume(p);
            if (!parse_import_as(p, &asname))
                return NULL;
            a = alias(name, asname, p->arena);
            if (a == NULL || vec_push(p, &names, a) < 0)
                return NULL;
            trailing = 0;
            if (peek(p) != COMMA)
                break;
            consume(p);
            trailing = 1;
            if (!at_plain_name(p))
                break;
        }
        if (paren) {
            if (!expect(p, RPAR))
                return NULL;
        }
        else if (trailing) {
            return ast_error(p, line, "trailing comma not allowed without "
                             "surrounding parentheses");
        }
    }
    /* `from __future__ import with_statement` changes the keywords of
       the rest of the file. */
    if (level == 0 && strcmp(PyString_AS_STRING(module), "__future__") == 0) {
        for (i = 0; i < names.n; i++) {
            alias_ty a = (alias_ty)names.items[i];
            if (strcmp(PyString_AS_STRING(a->name), "with_statement") == 0)
                p->future_with = 1;
        }
    }
    return ImportFrom(module, vec_seq(p, &names), level, line, col, p->arena);
}

static stmt_ty
parse_small_stmt(Parser *p)
{
    int line = p->tk.lineno, col = p->tk.col;
    if (peek(p) != NAME)
        return parse_expr_stmt(p);
    if (tok_is(p, "print")) {
        consume(p);
        return parse_print(p, line, col);
    }
    if (tok_is(p, "del")) {
        consume(p);
        return parse_del(p, line, col);
    }
    if (tok_is(p, "pass")) {
        consume(p);
        return Pass(line, col, p->arena);
    }
    if (tok_is(p, "break")) {
        consume(p);
        return Break(line, col, p->arena);
    }
    if (tok_is(p, "continue")) {
        consume(p);
        return Continue(line, col, p->arena);
    }
    if (tok_is(p, "return")) {
        expr_ty value = NULL;
        consume(p);
        if (starts_test(p)) {
            value = parse_testlist(p);
            if (value == NULL)
                return NULL;
        }
        return Return(value, line, col, p->arena);
    }
    if (tok_is(p, "raise")) {
        expr_ty type = NULL, inst = NULL, tback = NULL;
        consume(p);
        if (starts_test(p)) {
            type = parse_test(p);
            if (type == NULL)
                return NULL;
            if (peek(p) == COMMA) {
                consume(p);
                inst = parse_test(p);
                if (inst == NULL)
                    return NULL;
                if (peek(p) == COMMA) {
                    consume(p);
                    tback = parse_test(p);
                    if (tback == NULL)
                        return NULL;
                }
            }
        }
        return Raise(type, inst, tback, line, col, p->arena);
    }
    if (tok_is(p, "yield")) {
        expr_ty y = parse_yield_expr(p);
        if (y == NULL)
            return NULL;
        return Expr(y, line, col, p->arena);
    }
    if (tok_is(p, "import")) {
        consume(p);
        return parse_import(p, line, col);
    }
    if (tok_is(p, "from")) {
        consume(p);
        return parse_from_import(p, line, col);
    }
    if (tok_is(p, "global")) {
        Vec names = {NULL, 0, 0};
        consume(p);
        for (;;) {
            PyObject *id;
            if (!at_plain_name(p))
                return syntax_error(p);
            id = token_identifier(p);
            if (id == NULL || vec_push(p, &names, id) < 0)
                return NULL;
            consume(p);
            if (peek(p) != COMMA)
                break;
            consume(p);
        }
        return Global(vec_seq(p, &names), line, col, p->arena);
    }
    if (tok_is(p, "exec")) {
        expr_ty body, globals = NULL, locals = NULL;
        consume(p);
        body = parse_expr(p);
        if (body == NULL)
            return NULL;
        if (tok_is(p, "in")) {
            consume(p);
            globals = parse_test(p);
            if (globals == NULL)
                return NULL;
            if (peek(p) == COMMA) {
                consume(p);
                locals = parse_test(p);
                if (locals == NULL)
                    return NULL;
            }
        }
        return Exec(body, globals, locals, line, col, p->arena);
    }
    if (tok_is(p, "assert")) {
        expr_ty test, msg = NULL;
        consume(p);
        test = parse_test(p);
        if (test == NULL)
            return NULL;
        if (peek(p) == COMMA) {
            consume(p);
            msg = parse_test(p);
            if (msg == NULL)
                return NULL;
        }
        return Assert(test, msg, line, col, p->arena);
    }
    return parse_expr_stmt(p);
}

/* simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE */
static int
parse_simple_stmt(Parser *p, Vec *out)
{
    for (;;) {
        stmt_ty s = parse_small_stmt(p);
        if (s == NULL || vec_push(p, out, s) < 0)
            return 0;
        if (peek(p) != SEMI)
            break;
        consume(p);
        if (peek(p) == NEWLINE)
            break;
    }
    return expect_newline(p);
}

static asdl_seq *
parse_suite(Parser *p)
{
    Vec body = {NULL, 0, 0};
    if (peek(p) != NEWLINE) {
        if (!parse_simple_stmt(p, &body))
            return NULL;
        return vec_seq(p, &body);
    }
    consume(p);
    if (peek(p) != INDENT) {
        if (p->tk.type != ERRORTOKEN)
            p->err_expected = INDENT;
        return syntax_error(p);
    }
    consume(p);
    do {
        if (parse_stmt_into(p, &body) == NULL)
            return NULL;
    } while (peek(p) != DEDENT);
    consume(p);
    return vec_seq(p, &body);
}

static int
expect_colon_suite(Parser *p, asdl_seq **body)
{
    if (!expect(p, COLON))
        return 0;
    *body = parse_suite(p);
    return *body != NULL;
}

/* if/elif/else.  The elif chain is read in a loop (not by recursion) and
   then built inside out, each elif an If in the orelse of the one before. */
static stmt_ty
parse_if(Parser *p, int line, int col)
{
    Vec tests = {NULL, 0, 0}, bodies = {NULL, 0, 0};
    Vec lines = {NULL, 0, 0}, cols = {NULL, 0, 0};
    asdl_seq *orelse = NULL;
    stmt_ty s = NULL;
    int i;
    for (;;) {
        expr_ty test;
        asdl_seq *body;
        consume(p);     /* 'if' or 'elif' */
        test = parse_test(p);
        if (test == NULL || !expect_colon_suite(p, &body))
            return NULL;
        if (vec_push(p, &tests, test) < 0 || vec_push(p, &bodies, body) < 0 ||
            vec_push(p, &lines, (void *)(Py_ssize_t)line) < 0 ||
            vec_push(p, &cols, (void *)(Py_ssize_t)col) < 0)
            return NULL;
        if (!tok_is(p, "elif"))
            break;
        line = p->tk.lineno;
        col = p->tk.col;
    }
    if (tok_is(p, "else")) {
        consume(p);
        if (!expect_colon_suite(p, &orelse))
            return NULL;
    }
    for (i = tests.n - 1; i >= 0; i--) {
        s = If((expr_ty)tests.items[i], (asdl_seq *)bodies.items[i], orelse,
               (int)(Py_ssize_t)lines.items[i], (int)(Py_ssize_t)cols.items[i],
               p->arena);
        if (s == NULL)
            return NULL;
        if (i > 0) {
            Vec v = {NULL, 0, 0};
            if (vec_push(p, &v, s) < 0)
                return NULL;
            orelse = vec_seq(p, &v);
            if (orelse == NULL)
                return NULL;
        }
    }
    return s;
}

static int
parse_else_suite(Parser *p, asdl_seq **orelse)
{
    *orelse = NULL;
    if (tok_is(p, "else")) {
        consume(p);
        return expect_colon_suite(p, orelse);
    }
    return 1;
}

static stmt_ty
parse_try(Parser *p, int line, int col)
{
    asdl_seq *body, *orelse = NULL, *finalbody = NULL;
    Vec handlers = {NULL, 0, 0};
    consume(p);
    if (!expect_colon_suite(p, &body))
        return NULL;
    while (tok_is(p, "except")) {
        int hline = p->tk.lineno, hcol = p->tk.col;
        expr_ty type = NULL, name = NULL;
        asdl_seq *hbody;
        excepthandler_ty h;
        consume(p);
        if (starts_test(p)) {
            type = parse_test(p);
            if (type == NULL)
                return NULL;
            if (peek(p) == COMMA) {
                int nline;
                consume(p);
                peek(p);
                nline = p->tk.lineno;
                name = parse_test(p);
                if (name == NULL || !set_context(p, name, Store, nline))
                    return NULL;
            }
        }
        if (!expect_colon_suite(p, &hbody))
            return NULL;
        h = excepthandler(type, name, hbody, hline, hcol, p->arena);
        if (h == NULL || vec_push(p, &handlers, h) < 0)
            return NULL;
    }
    if (handlers.n > 0) {
        if (!parse_else_suite(p, &orelse))
            return NULL;
    }
    if (tok_is(p, "finally")) {
        consume(p);
        if (!expect_colon_suite(p, &finalbody))
            return NULL;
    }
    else if (handlers.n == 0)
        return syntax_error(p);
    if (handlers.n > 0) {
        stmt_ty te = TryExcept(body, vec_seq(p, &handlers), orelse, line, col,
                               p->arena);
        Vec v = {NULL, 0, 0};
        if (te == NULL)
            return NULL;
        if (finalbody == NULL)
            return te;
        if (vec_push(p, &v, te) < 0)
            return NULL;
        body = vec_seq(p, &v);
        if (body == NULL)
            return NULL;
    }
    return TryFinally(body, finalbody, line, col, p->arena);
}

static stmt_ty
parse_funcdef(Parser *p, asdl_seq *decorators, int line, int col)
{
    PyObject *name;
    arguments_ty args;
    asdl_seq *body;
    consume(p);     /* 'def' */
    if (!at_plain_name(p))
        return syntax_error(p);
    name = token_identifier(p);
    if (name == NULL)
        return NULL;
    if (is_none_name(name))
        return ast_error(p, p->tk.lineno, "assignment to None");
    consume(p);
    if (!expect(p, LPAR))
        return NULL;
    args = parse_varargslist(p, RPAR);
    if (args == NULL || !expect(p, RPAR))
        return NULL;
    if (!expect_colon_suite(p, &body))
        return NULL;
    return FunctionDef(name, args, body, decorators, line, col, p->arena);
}

static stmt_ty
parse_classdef(Parser *p, int line, int col)
{
    PyObject *name;
    asdl_seq *bases = NULL, *body;
    consume(p);     /* 'class' */
    if (!at_plain_name(p))
        return syntax_error(p);
    name = token_identifier(p);
    if (name == NULL)
        return NULL;
    if (is_none_name(name))
        return ast_error(p, p->tk.lineno, "assignment to None");
    consume(p);
    if (peek(p) == LPAR) {
        consume(p);
        if (peek(p) != RPAR) {
            expr_ty b = parse_testlist(p);
            Vec v = {NULL, 0, 0};
            if (b == NULL)
                return NULL;
            if (b->kind == Tuple_kind)
                bases = b->v.Tuple.elts;
            else {
                if (vec_push(p, &v, b) < 0)
                    return NULL;
                bases = vec_seq(p, &v);
                if (bases == NULL)
                    return NULL;
            }
        }
        if (!expect(p, RPAR))
            return NULL;
    }
    if (!expect_colon_suite(p, &body))
        return NULL;
    return ClassDef(name, bases, body, line, col, p->arena);
}

static stmt_ty
parse_decorated(Parser *p)
{
    int line = p->tk.lineno, col = p->tk.col;
    Vec decs = {NULL, 0, 0};
    asdl_seq *seq;
    while (peek(p) == AT) {
        int dline = p->tk.lineno, dcol = p->tk.col;
        expr_ty d;
        PyObject *id;
        consume(p);
        if (!at_plain_name(p))
            return syntax_error(p);
        id = token_identifier(p);
        if (id == NULL)
            return NULL;
        consume(p);
        d = Name(id, Load, dline, dcol, p->arena);
        while (d != NULL && peek(p) == DOT) {
            int aline = p->tk.lineno, acol = p->tk.col;
            consume(p);
            if (!at_plain_name(p))
                return syntax_error(p);
            id = token_identifier(p);
            if (id == NULL)
                return NULL;
            consume(p);
            d = Attribute(d, id, Load, aline, acol, p->arena);
        }
        if (d == NULL)
            return NULL;
        if (peek(p) == LPAR) {
            consume(p);
            d = parse_call(p, d);
            if (d == NULL)
                return NULL;
        }
        if (!expect_newline(p) || vec_push(p, &decs, d) < 0)
            return NULL;
    }
    if (!tok_is(p, "def"))
        return syntax_error(p);
    seq = vec_seq(p, &decs);
    if (seq == NULL)
        return NULL;
    return parse_funcdef(p, seq, line, col);
}

/* One statement (a simple_stmt line may hold several); appended to out.
   Returns the last statement or NULL on error. */
static stmt_ty
parse_stmt_into(Parser *p, Vec *out)
{
    int line, col;
    stmt_ty s = NULL;
    int t = peek(p);
    line = p->tk.lineno;
    col = p->tk.col;
    if (t == AT)
        s = parse_decorated(p);
    else if (t == NAME) {
        if (tok_is(p, "if"))
            s = parse_if(p, line, col);
        else if (tok_is(p, "while")) {
            expr_ty test;
            asdl_seq *body, *orelse;
            consume(p);
            test = parse_test(p);
            if (test == NULL || !expect_colon_suite(p, &body) ||
                !parse_else_suite(p, &orelse))
                return NULL;
            s = While(test, body, orelse, line, col, p->arena);
        }
        else if (tok_is(p, "for")) {
            expr_ty target, iter;
            asdl_seq *body, *orelse;
            consume(p);
            target = parse_exprlist(p);
            if (target == NULL || !set_context(p, target, Store, line))
                return NULL;
            if (!expect_kw(p, "in"))
                return NULL;
            iter = parse_testlist(p);
            if (iter == NULL || !expect_colon_suite(p, &body) ||
                !parse_else_suite(p, &orelse))
                return NULL;
            s = For(target, iter, body, orelse, line, col, p->arena);
        }
        else if (tok_is(p, "try"))
            s = parse_try(p, line, col);
        else if (p->future_with && tok_is(p, "with")) {
            expr_ty ctx, vars = NULL;
            asdl_seq *body;
            consume(p);
            ctx = parse_test(p);
            if (ctx == NULL)
                return NULL;
            if (tok_is(p, "as")) {
                consume(p);
                vars = parse_expr(p);
                if (vars == NULL || !set_context(p, vars, Store, line))
                    return NULL;
            }
            if (!expect_colon_suite(p, &body))
                return NULL;
            s = With(ctx, vars, body, line, col, p->arena);
        }
        else if (tok_is(p, "def"))
            s = parse_funcdef(p, NULL, line, col);
        else if (tok_is(p, "class"))
            s = parse_classdef(p, line, col);
        else {
            if (!parse_simple_stmt(p, out))
                return NULL;
            return (stmt_ty)out->items[out->n - 1];
        }
    }
    else {
        if (!parse_simple_stmt(p, out))
            return NULL;
        return (stmt_ty)out->items[out->n - 1];
    }
    if (s == NULL || vec_push(p, out, s) < 0)
        return NULL;
    return s;
}

/* ---------------------------------------------------------------- */
/* Entry points                                                      */

static mod_ty
parse_module(Parser *p, int start)
{
    Vec body = {NULL, 0, 0};
    asdl_seq *seq;
    switch (start) {
    case Py_file_input:
        for (;;) {
            int t = peek(p);
            if (t == ENDMARKER)
                break;
            if (t == NEWLINE) {
                consume(p);
                continue;
            }
            if (parse_stmt_into(p, &body) == NULL)
                return NULL;
        }
        seq = vec_seq(p, &body);
        if (seq == NULL)
            return NULL;
        return Module(seq, p->arena);
    case Py_eval_input: {
        expr_ty e;
        e = parse_testlist(p);
        if (e == NULL)
            return NULL;
        while (peek(p) == NEWLINE)
            consume(p);
        if (!expect(p, ENDMARKER))
            return NULL;
        return Expression(e, p->arena);
    }
    case Py_single_input: {
        int t = peek(p);
        if (t == NEWLINE) {
            consume(p);
        }
        else if (t == ENDMARKER) {
            return syntax_error(p);
        }
        else {
            int compound = t == AT ||
                (t == NAME && (tok_is(p, "if") || tok_is(p, "while") ||
                               tok_is(p, "for") || tok_is(p, "try") ||
                               tok_is(p, "def") || tok_is(p, "class") ||
                               (p->future_with && tok_is(p, "with"))));
            if (parse_stmt_into(p, &body) == NULL)
                return NULL;
            if (compound && !expect_newline(p))
                return NULL;
        }
        seq = vec_seq(p, &body);
        if (seq == NULL)
            return NULL;
        return Interactive(seq, p->arena);
    }
    }
    PyErr_SetString(PyExc_SystemError, "invalid start symbol for the parser");
    return NULL;
}

/* Raise the exception for a recorded tokenizer/grammar error. */
static void
raise_parse_error(Parser *p)
{
    PyObject *errtype = PyExc_SyntaxError, *msgobj = NULL, *loc, *val;
    const char *msg;
    int code = p->err_code;

    switch (code) {
    case E_SYNTAX:
        if (p->err_expected == INDENT) {
            errtype = PyExc_IndentationError;
            msg = "expected an indented block";
        }
        else if (p->err_token == INDENT) {
            errtype = PyExc_IndentationError;
            msg = "unexpected indent";
        }
        else if (p->err_token == DEDENT) {
            errtype = PyExc_IndentationError;
            msg = "unexpected unindent";
        }
        else
            msg = "invalid syntax";
        break;
    case E_TOKEN: msg = "invalid token"; break;
    case E_EOFS: msg = "EOF while scanning triple-quoted string"; break;
    case E_EOLS: msg = "EOL while scanning single-quoted string"; break;
    case E_INTR:
        if (!PyErr_Occurred())
            PyErr_SetNone(PyExc_KeyboardInterrupt);
        return;
    case E_NOMEM:
        PyErr_NoMemory();
        return;
    case E_EOF: msg = "unexpected EOF while parsing"; break;
    case E_TABSPACE:
        errtype = PyExc_TabError;
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
    case E_OVERFLOW: msg = "expression too long"; break;
    case E_DEDENT:
        errtype = PyExc_IndentationError;
        msg = "unindent does not match any outer indentation level";
        break;
    case E_TOODEEP:
        errtype = PyExc_IndentationError;
        msg = "too many levels of indentation";
        break;
    case E_DECODE: {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        if (value != NULL)
            msgobj = PyObject_Str(value);
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
        PyErr_Clear();
        msg = (msgobj && PyString_Check(msgobj)) ? PyString_AS_STRING(msgobj)
            : "unknown decode error";
        break;
    }
    case E_LINECONT:
        msg = "unexpected character after line continuation character";
        break;
    default:
        msg = "unknown parsing error";
        break;
    }
    loc = Py_BuildValue("(ziiO)", p->filename, p->err_lineno, p->err_offset,
                        p->err_text ? p->err_text : Py_None);
    if (loc != NULL) {
        val = Py_BuildValue("(sO)", msg, loc);
        Py_DECREF(loc);
        if (val != NULL) {
            PyErr_SetObject(errtype, val);
            Py_DECREF(val);
        }
    }
    Py_XDECREF(msgobj);
}

static mod_ty
run_parser(struct tok_state *tok, const char *filename, int start,
           PyCompilerFlags *flags, int *errcode, PyArena *arena)
{
    Parser p;
    mod_ty mod = NULL;

    memset(&p, 0, sizeof(p));
    p.tok = tok;
    p.arena = arena;
    p.filename = filename;
    p.imply_dedent = !(flags && (flags->cf_flags & PyCF_DONT_IMPLY_DEDENT));
    p.future_with = flags && (flags->cf_flags & CO_FUTURE_WITH_STATEMENT);
    p.encoding = tok->encoding;

    if (tok->decode_error) {
        p.err_code = E_DECODE;
        p.err_lineno = tok->lineno;
    }
    else
        mod = parse_module(&p, start);

    if (mod == NULL) {
        if (p.err_code != 0 && (p.err_code == E_DECODE || !PyErr_Occurred()))
            raise_parse_error(&p);
        if (errcode)
            *errcode = p.err_code ? p.err_code : E_ERROR;
    }
    else {
        if (errcode)
            *errcode = E_DONE;
        /* The features the parser saw matter to the code generator. */
        if (flags && p.future_with)
            flags->cf_flags |= CO_FUTURE_WITH_STATEMENT;
    }
    Py_XDECREF(p.err_text);
    return mod;
}

mod_ty
PyParser_ASTFromString(const char *s, const char *filename, int start,
                       PyCompilerFlags *flags, PyArena *arena)
{
    struct tok_state *tok;
    mod_ty mod;
    int utf8 = flags && (flags->cf_flags & PyCF_SOURCE_IS_UTF8);
    if (filename == NULL)
        filename = "<string>";
    tok = _PyTokenizer_FromString(s, strlen(s), filename, 0, utf8);
    if (tok == NULL)
        return NULL;
    mod = run_parser(tok, filename, start, flags, NULL, arena);
    _PyTokenizer_Free(tok);
    return mod;
}

mod_ty
PyParser_ASTFromFile(FILE *fp, const char *filename, int start, char *ps1,
                     char *ps2, PyCompilerFlags *flags, int *errcode,
                     PyArena *arena)
{
    struct tok_state *tok;
    mod_ty mod;
    if (filename == NULL)
        filename = "<string>";
    tok = _PyTokenizer_FromFile(fp, filename, ps1, ps2);
    if (tok == NULL) {
        if (errcode)
            *errcode = E_NOMEM;
        return NULL;
    }
    /* Keep the text so compile-time errors can show the line, as 2.5
       did by re-reading the file. */
    if (ps1 == NULL && !tok->decode_error)
        _PyArena_SetSource(arena, tok->src, tok->lim - tok->src);
    mod = run_parser(tok, filename, start, flags, errcode, arena);
    _PyTokenizer_Free(tok);
    return mod;
}
