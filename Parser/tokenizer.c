/* Tokenizer for Python 2.5 source text.

   The scanner works on a buffer holding the text of the compilation.
   Source files and strings are prepared as a whole before scanning starts
   (byte order mark, PEP 263 coding line, newline normalisation of files,
   transcoding to UTF-8 of encodings other than UTF-8 and Latin-1).
   Interactive input is read one line at a time, on demand, so the parser
   can stop at the end of a statement without reading further lines.

   Error positions follow CPython 2.5: on a failure, the offset reported is
   the distance from `buf` (the start of the current line) to `cur`. */

#include "Python.h"
#include "errcode.h"
#include "tokenizer.h"

#define TABSIZE 8

char *_PyParser_TokenNames[] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS",
    "MINUS", "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL",
    "DOT", "PERCENT", "BACKQUOTE", "LBRACE", "RBRACE", "EQEQUAL",
    "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX",
    "LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL",
    "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL",
    "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL",
    "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT",
    "OP", "<ERRORTOKEN>", "<N_TOKENS>"
};

/* ---------------------------------------------------------------- */
/* Operator classification                                           */

int
PyToken_OneChar(int c)
{
    switch (c) {
    case '(': return LPAR;
    case ')': return RPAR;
    case '[': return LSQB;
    case ']': return RSQB;
    case ':': return COLON;
    case ',': return COMMA;
    case ';': return SEMI;
    case '+': return PLUS;
    case '-': return MINUS;
    case '*': return STAR;
    case '/': return SLASH;
    case '|': return VBAR;
    case '&': return AMPER;
    case '<': return LESS;
    case '>': return GREATER;
    case '=': return EQUAL;
    case '.': return DOT;
    case '%': return PERCENT;
    case '`': return BACKQUOTE;
    case '{': return LBRACE;
    case '}': return RBRACE;
    case '^': return CIRCUMFLEX;
    case '~': return TILDE;
    case '@': return AT;
    }
    return OP;
}

int
PyToken_TwoChars(int c1, int c2)
{
    if (c2 == '=') {
        switch (c1) {
        case '=': return EQEQUAL;
        case '!': return NOTEQUAL;
        case '<': return LESSEQUAL;
        case '>': return GREATEREQUAL;
        case '+': return PLUSEQUAL;
        case '-': return MINEQUAL;
        case '*': return STAREQUAL;
        case '/': return SLASHEQUAL;
        case '%': return PERCENTEQUAL;
        case '&': return AMPEREQUAL;
        case '|': return VBAREQUAL;
        case '^': return CIRCUMFLEXEQUAL;
        }
        return OP;
    }
    if (c1 == '<' && c2 == '>')
        return NOTEQUAL;
    if (c1 == c2) {
        switch (c1) {
        case '<': return LEFTSHIFT;
        case '>': return RIGHTSHIFT;
        case '*': return DOUBLESTAR;
        case '/': return DOUBLESLASH;
        }
    }
    return OP;
}

int
PyToken_ThreeChars(int c1, int c2, int c3)
{
    if (c3 != '=' || c1 != c2)
        return OP;
    switch (c1) {
    case '<': return LEFTSHIFTEQUAL;
    case '>': return RIGHTSHIFTEQUAL;
    case '*': return DOUBLESTAREQUAL;
    case '/': return DOUBLESLASHEQUAL;
    }
    return OP;
}

/* ---------------------------------------------------------------- */
/* Source preparation                                                */

static struct tok_state *
tok_alloc(const char *filename)
{
    struct tok_state *tok = (struct tok_state *)PyMem_Malloc(sizeof(*tok));
    if (tok == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memset(tok, 0, sizeof(*tok));
    tok->done = E_OK;
    tok->atbol = 1;
    tok->filename = filename;
    tok->alterror = Py_TabcheckFlag >= 2;
    tok->altwarning = filename != NULL && Py_TabcheckFlag >= 1;
    return tok;
}

/* Extract the encoding named by a PEP 263 comment on one line, or NULL.
   The result is a PyMem string holding the normalised name. */
static char *
coding_from_line(const char *line, size_t len)
{
    size_t i;
    /* Only a comment line can carry the declaration. */
    for (i = 0; i < len; i++) {
        if (line[i] == '#')
            break;
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\014')
            return NULL;
    }
    for (; i + 6 < len; i++) {
        const char *p = line + i, *name, *e;
        char lowered[16];
        size_t n, k;
        char *res;
        if (memcmp(p, "coding", 6) != 0)
            continue;
        p += 6;
        if (*p != ':' && *p != '=')
            continue;
        p++;
        while (p < line + len && (*p == ' ' || *p == '\t'))
            p++;
        name = e = p;
        while (e < line + len &&
               (isalnum(Py_CHARMASK(*e)) || *e == '-' || *e == '_' || *e == '.'))
            e++;
        if (e == name)
            continue;
        n = e - name;
        /* Map the spellings of UTF-8 and Latin-1 to one name each. */
        for (k = 0; k < n && k < sizeof(lowered) - 1; k++) {
            char c = (char)tolower(Py_CHARMASK(name[k]));
            lowered[k] = (c == '_') ? '-' : c;
        }
        lowered[k] = '\0';
        if (strcmp(lowered, "utf-8") == 0 ||
            strncmp(lowered, "utf-8-", 6) == 0) {
            name = "utf-8";
            n = 5;
        }
        else if (strcmp(lowered, "latin-1") == 0 ||
                 strcmp(lowered, "iso-8859-1") == 0 ||
                 strcmp(lowered, "iso-latin-1") == 0 ||
                 strncmp(lowered, "latin-1-", 8) == 0 ||
                 strncmp(lowered, "iso-8859-1-", 11) == 0 ||
                 strncmp(lowered, "iso-latin-1-", 12) == 0) {
            name = "iso-8859-1";
            n = 10;
        }
        res = (char *)PyMem_Malloc(n + 1);
        if (res == NULL)
            return NULL;
        memcpy(res, name, n);
        res[n] = '\0';
        return res;
    }
    return NULL;
}

static void
set_decode_error(struct tok_state *tok)
{
    tok->done = E_DECODE;
    tok->decode_error = 1;
}

/* Look at the first two lines of the text for a coding declaration and
   transcode the text to UTF-8 when it names another encoding.  On success
   tok->src..tok->lim hold the text to scan. */
static int
prepare_source(struct tok_state *tok, const char *s, size_t len,
               int is_file, int utf8_flag)
{
    const char *p = s, *end = s + len;
    int had_bom = 0, lineno;
    char *enc = NULL;

    if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
        p += 3;
        had_bom = 1;
    }
    if (!utf8_flag) {
        const char *line = p;
        for (lineno = 1; lineno <= 2 && line < end && enc == NULL; lineno++) {
            const char *nl = memchr(line, '\n', end - line);
            const char *le = nl ? nl : end;
            enc = coding_from_line(line, le - line);
            if (nl == NULL)
                break;
            line = nl + 1;
        }
    }
    if (had_bom) {
        if (enc != NULL && strcmp(enc, "utf-8") != 0) {
            PyMem_Free(enc);
            PyErr_Format(PyExc_SyntaxError, "encoding problem: utf-8");
            set_decode_error(tok);
            return -1;
        }
        if (enc == NULL) {
            enc = (char *)PyMem_Malloc(6);
            if (enc == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            strcpy(enc, "utf-8");
        }
    }
    tok->encoding = enc;

    if (enc != NULL && strcmp(enc, "utf-8") != 0 &&
        strcmp(enc, "iso-8859-1") != 0) {
        /* Any other codec: the scanner and the parser see UTF-8. */
        PyObject *u, *b;
        u = PyUnicode_Decode(p, end - p, enc, NULL);
        if (u == NULL) {
            set_decode_error(tok);
            return -1;
        }
        b = PyUnicode_AsUTF8String(u);
        Py_DECREF(u);
        if (b == NULL) {
            set_decode_error(tok);
            return -1;
        }
        tok->src = (char *)PyMem_Malloc(PyString_GET_SIZE(b) + 1);
        if (tok->src == NULL) {
            Py_DECREF(b);
            PyErr_NoMemory();
            return -1;
        }
        memcpy(tok->src, PyString_AS_STRING(b), PyString_GET_SIZE(b) + 1);
        tok->lim = tok->src + PyString_GET_SIZE(b);
        tok->transcoded = tok->src;
        Py_DECREF(b);
    }
    else {
        if (is_file && enc == NULL) {
            /* Source files without a declaration must be ASCII. */
            const char *q;
            int line = 1;
            for (q = p; q < end; q++) {
                if (*q == '\n')
                    line++;
                else if ((unsigned char)*q >= 0x80) {
                    char msg[400];
                    PyOS_snprintf(msg, sizeof(msg),
                        "Non-ASCII character '\\x%.2x' in file %.200s on "
                        "line %i, but no encoding declared; see "
                        "http://www.python.org/peps/pep-0263.html for details",
                        (unsigned char)*q,
                        tok->filename ? tok->filename : "???", line);
                    PyErr_SetString(PyExc_SyntaxError, msg);
                    set_decode_error(tok);
                    tok->lineno = line;
                    return -1;
                }
            }
        }
        tok->src = (char *)p;
        tok->lim = (char *)end;
    }
    tok->buf = tok->cur = tok->inp = tok->line_start = tok->src;
    return 0;
}

/* Common part of the string and file constructors.  When `block` is not
   NULL it is a PyMem block holding the text that the tokenizer takes over. */
static struct tok_state *
tok_from_text(const char *str, size_t len, const char *filename,
              int is_file, int source_is_utf8, char *block)
{
    struct tok_state *tok = tok_alloc(filename);
    if (tok == NULL) {
        if (block != NULL)
            PyMem_Free(block);
        return NULL;
    }
    tok->block = block;
    if (prepare_source(tok, str, len, is_file, source_is_utf8) < 0) {
        if (!tok->decode_error) {
            _PyTokenizer_Free(tok);
            return NULL;
        }
        /* Keep the tokenizer so the caller can report E_DECODE; there is
           nothing to scan. */
        tok->src = tok->lim = tok->buf = tok->cur = tok->inp =
            tok->line_start = (char *)str + len;
    }
    if (source_is_utf8 && tok->encoding == NULL) {
        tok->encoding = (char *)PyMem_Malloc(6);
        if (tok->encoding == NULL) {
            _PyTokenizer_Free(tok);
            PyErr_NoMemory();
            return NULL;
        }
        strcpy(tok->encoding, "utf-8");
    }
    return tok;
}

struct tok_state *
_PyTokenizer_FromString(const char *str, size_t len, const char *filename,
                        int is_file, int source_is_utf8)
{
    return tok_from_text(str, len, filename, is_file, source_is_utf8, NULL);
}

/* Read a whole file into a PyMem buffer, turning \r\n and \r into \n. */
static char *
read_whole_file(FILE *fp, size_t *plen)
{
    size_t cap = 8192, len = 0;
    char *data = (char *)PyMem_Malloc(cap);
    int c, prev_cr = 0;
    if (data == NULL)
        return NULL;
    while ((c = getc(fp)) != EOF) {
        if (prev_cr) {
            prev_cr = 0;
            if (c == '\n')
                continue;       /* second half of \r\n */
        }
        if (c == '\r') {
            prev_cr = 1;
            c = '\n';
        }
        if (len + 1 >= cap) {
            char *n;
            if (cap > PY_SSIZE_T_MAX / 2) {
                PyMem_Free(data);
                return NULL;
            }
            n = (char *)PyMem_Realloc(data, cap * 2);
            if (n == NULL) {
                PyMem_Free(data);
                return NULL;
            }
            data = n;
            cap *= 2;
        }
        data[len++] = (char)c;
    }
    data[len] = '\0';
    *plen = len;
    return data;
}

struct tok_state *
_PyTokenizer_FromFile(FILE *fp, const char *filename, char *ps1, char *ps2)
{
    struct tok_state *tok;
    size_t len = 0;
    char *data;

    if (ps1 == NULL) {
        data = read_whole_file(fp, &len);
        if (data == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        return tok_from_text(data, len, filename, 1, 0, data);
    }
    tok = tok_alloc(filename);
    if (tok == NULL)
        return NULL;
    tok->fp = fp;
    tok->prompt = ps1;
    tok->nextprompt = ps2;
    tok->cap = 256;
    tok->src = (char *)PyMem_Malloc(tok->cap);
    if (tok->src == NULL) {
        PyMem_Free(tok);
        PyErr_NoMemory();
        return NULL;
    }
    tok->block = tok->src;
    tok->src[0] = '\0';
    tok->lim = tok->buf = tok->cur = tok->inp = tok->line_start = tok->src;
    return tok;
}

void
_PyTokenizer_Free(struct tok_state *tok)
{
    if (tok == NULL)
        return;
    if (tok->transcoded != NULL)
        PyMem_Free(tok->transcoded);
    if (tok->block != NULL)
        PyMem_Free(tok->block);
    if (tok->encoding != NULL)
        PyMem_Free(tok->encoding);
    PyMem_Free(tok);
}

/* ---------------------------------------------------------------- */
/* Character input                                                   */

/* Interactive mode: append one more line from the user to the buffer.
   Returns 0 on success, -1 at end of input or on error (tok->done set). */
static int
read_interactive_line(struct tok_state *tok)
{
    char *line = PyOS_Readline(tok->fp ? tok->fp : stdin, stdout, tok->prompt);
    size_t n, used;
    if (tok->nextprompt != NULL)
        tok->prompt = tok->nextprompt;
    if (line == NULL) {
        tok->done = E_INTR;
        return -1;
    }
    n = strlen(line);
    if (n == 0) {
        PyMem_Free(line);
        tok->done = E_EOF;
        return -1;
    }
    used = tok->lim - tok->src;
    if (n + 2 > PY_SSIZE_T_MAX - used) {
        PyMem_Free(line);
        tok->done = E_NOMEM;
        return -1;
    }
    if (used + n + 2 > tok->cap) {
        size_t ncap = tok->cap;
        char *nsrc;
        while (ncap < used + n + 2)
            ncap *= 2;
        nsrc = (char *)PyMem_Realloc(tok->src, ncap);
        if (nsrc == NULL) {
            PyMem_Free(line);
            tok->done = E_NOMEM;
            return -1;
        }
        /* Move every pointer into the buffer along with it. */
        tok->buf = nsrc + (tok->buf - tok->src);
        tok->cur = nsrc + (tok->cur - tok->src);
        tok->inp = nsrc + (tok->inp - tok->src);
        tok->line_start = nsrc + (tok->line_start - tok->src);
        if (tok->start != NULL)
            tok->start = nsrc + (tok->start - tok->src);
        tok->lim = nsrc + used;
        tok->src = nsrc;
        tok->block = nsrc;
        tok->cap = ncap;
    }
    memcpy(tok->lim, line, n);
    tok->lim += n;
    if (tok->lim[-1] != '\n')
        *tok->lim++ = '\n';
    *tok->lim = '\0';
    PyMem_Free(line);
    return 0;
}

static int
tok_nextc(struct tok_state *tok)
{
    for (;;) {
        char *nl;
        if (tok->cur < tok->inp)
            return Py_CHARMASK(*tok->cur++);
        if (tok->done != E_OK)
            return EOF;
        if (tok->inp >= tok->lim) {
            if (tok->prompt == NULL || read_interactive_line(tok) < 0) {
                if (tok->done == E_OK)
                    tok->done = E_EOF;
                return EOF;
            }
        }
        /* Start the next line. */
        nl = memchr(tok->inp, '\n', tok->lim - tok->inp);
        if (tok->start == NULL)
            tok->buf = tok->inp;
        tok->line_start = tok->inp;
        tok->lineno++;
        tok->inp = nl ? nl + 1 : tok->lim;
    }
}

static void
tok_backup(struct tok_state *tok, int c)
{
    if (c != EOF && tok->cur > tok->src)
        tok->cur--;
}

/* Mixed tabs and spaces: an error only under -tt, a warning under -t. */
static int
indenterror(struct tok_state *tok)
{
    if (tok->alterror) {
        tok->done = E_TABSPACE;
        tok->cur = tok->inp;
        return 1;
    }
    if (tok->altwarning) {
        PySys_WriteStderr("%s: inconsistent use of tabs and spaces "
                          "in indentation\n", tok->filename);
        tok->altwarning = 0;
    }
    return 0;
}

/* ---------------------------------------------------------------- */
/* The scanner                                                       */

static int
is_name_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int
is_name_char(int c)
{
    return is_name_start(c) || (c >= '0' && c <= '9');
}

#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')

/* Scan the rest of a number whose first character `c` has been read. */
static int
scan_number(struct tok_state *tok, int c, int after_dot)
{
    if (after_dot)
        goto fraction;
    if (c == '0') {
        c = tok_nextc(tok);
        if (c == '.')
            goto fraction;
        if (c == 'j' || c == 'J')
            goto imaginary;
        if (c == 'x' || c == 'X') {
            do {
                c = tok_nextc(tok);
            } while (isxdigit(c));
        }
        else {
            int saw_nonoctal = 0;
            while (c >= '0' && c <= '7')
                c = tok_nextc(tok);
            if (IS_DIGIT(c)) {
                saw_nonoctal = 1;
                do {
                    c = tok_nextc(tok);
                } while (IS_DIGIT(c));
            }
            if (c == '.')
                goto fraction;
            if (c == 'e' || c == 'E')
                goto exponent;
            if (c == 'j' || c == 'J')
                goto imaginary;
            if (saw_nonoctal) {
                tok->done = E_TOKEN;
                tok_backup(tok, c);
                return ERRORTOKEN;
            }
        }
        if (c == 'l' || c == 'L')
            c = tok_nextc(tok);
        tok_backup(tok, c);
        return NUMBER;
    }
    do {
        c = tok_nextc(tok);
    } while (IS_DIGIT(c));
    if (c == 'l' || c == 'L') {
        c = tok_nextc(tok);
        tok_backup(tok, c);
        return NUMBER;
    }
    if (c == '.') {
  fraction:
        do {
            c = tok_nextc(tok);
        } while (IS_DIGIT(c));
    }
    if (c == 'e' || c == 'E') {
  exponent:
        c = tok_nextc(tok);
        if (c == '+' || c == '-')
            c = tok_nextc(tok);
        if (!IS_DIGIT(c)) {
            tok->done = E_TOKEN;
            tok_backup(tok, c);
            return ERRORTOKEN;
        }
        do {
            c = tok_nextc(tok);
        } while (IS_DIGIT(c));
    }
    if (c == 'j' || c == 'J') {
  imaginary:
        c = tok_nextc(tok);
    }
    tok_backup(tok, c);
    return NUMBER;
}

/* Scan a string literal whose opening quote `quote` has been read. */
static int
scan_string(struct tok_state *tok, int quote)
{
    int c, triple = 0, run = 0;
    c = tok_nextc(tok);
    if (c == quote) {
        c = tok_nextc(tok);
        if (c == quote)
            triple = 1;
        else {
            tok_backup(tok, c);
            return STRING;      /* empty string */
        }
    }
    else
        tok_backup(tok, c);
    for (;;) {
        c = tok_nextc(tok);
        if (c == EOF) {
            tok->done = triple ? E_EOFS : E_EOLS;
            tok->cur = tok->inp;
            return ERRORTOKEN;
        }
        if (c == '\n') {
            if (!triple) {
                tok->done = E_EOLS;
                tok_backup(tok, c);
                return ERRORTOKEN;
            }
            run = 0;
            tok->cont_line = 1;
            continue;
        }
        if (c == quote) {
            if (!triple)
                return STRING;
            if (++run == 3)
                return STRING;
            continue;
        }
        run = 0;
        if (c == '\\') {
            c = tok_nextc(tok);
            if (c == EOF) {
                tok->done = triple ? E_EOFS : E_EOLS;
                tok->cur = tok->inp;
                return ERRORTOKEN;
            }
        }
    }
}

int
_PyTokenizer_Get(struct tok_state *tok, char **p_start, char **p_end)
{
    int c, blankline;

    *p_start = *p_end = NULL;
  nextline:
    tok->start = NULL;
    blankline = 0;

    if (tok->atbol) {
        int col = 0, altcol = 0;
        tok->atbol = 0;
        for (;;) {
            c = tok_nextc(tok);
            if (c == ' ')
                col++, altcol++;
            else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            }
            else if (c == '\014')
                col = altcol = 0;
            else
                break;
        }
        tok_backup(tok, c);
        if (c == '#' || c == '\n') {
            /* Comment-only and empty lines do not indent, except that an
               empty line typed at the interactive prompt ends a block. */
            if (col == 0 && c == '\n' && tok->prompt != NULL)
                blankline = 0;
            else
                blankline = 1;
        }
        if (!blankline && tok->level == 0) {
            if (col == tok->indstack[tok->indent]) {
                if (altcol != tok->altindstack[tok->indent]) {
                    if (indenterror(tok))
                        return ERRORTOKEN;
                }
            }
            else if (col > tok->indstack[tok->indent]) {
                if (tok->indent + 1 >= TOK_MAXINDENT) {
                    tok->done = E_TOODEEP;
                    tok->cur = tok->inp;
                    return ERRORTOKEN;
                }
                if (altcol <= tok->altindstack[tok->indent]) {
                    if (indenterror(tok))
                        return ERRORTOKEN;
                }
                tok->pendin++;
                tok->indent++;
                tok->indstack[tok->indent] = col;
                tok->altindstack[tok->indent] = altcol;
            }
            else {
                while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
                    tok->pendin--;
                    tok->indent--;
                }
                if (col != tok->indstack[tok->indent]) {
                    tok->done = E_DEDENT;
                    tok->cur = tok->inp;
                    return ERRORTOKEN;
                }
                if (altcol != tok->altindstack[tok->indent]) {
                    if (indenterror(tok))
                        return ERRORTOKEN;
                }
            }
        }
    }

    tok->start = tok->cur;
    if (tok->pendin != 0) {
        if (tok->pendin < 0) {
            tok->pendin++;
            return DEDENT;
        }
        tok->pendin--;
        return INDENT;
    }

  again:
    tok->start = NULL;
    do {
        c = tok_nextc(tok);
    } while (c == ' ' || c == '\t' || c == '\014');
    tok->start = tok->cur - 1;

    if (c == '#') {
        while (c != EOF && c != '\n')
            c = tok_nextc(tok);
    }

    if (c == EOF) {
        tok->start = NULL;
        return tok->done == E_EOF ? ENDMARKER : ERRORTOKEN;
    }

    if (is_name_start(c)) {
        /* String prefixes: u, r, ur (any case). */
        if (c == 'u' || c == 'U') {
            c = tok_nextc(tok);
            if (c == 'r' || c == 'R')
                c = tok_nextc(tok);
        }
        else if (c == 'r' || c == 'R')
            c = tok_nextc(tok);
        if (c == '"' || c == '\'')
            goto string_literal;
        while (is_name_char(c))
            c = tok_nextc(tok);
        tok_backup(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return NAME;
    }

    if (c == '\n') {
        tok->atbol = 1;
        if (blankline || tok->level > 0)
            goto nextline;
        *p_start = tok->start;
        *p_end = tok->cur - 1;      /* the newline itself is not text */
        tok->cont_line = 0;
        return NEWLINE;
    }

    if (c == '.') {
        c = tok_nextc(tok);
        if (IS_DIGIT(c)) {
            int t = scan_number(tok, c, 1);
            *p_start = tok->start;
            *p_end = tok->cur;
            return t;
        }
        tok_backup(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return DOT;
    }

    if (IS_DIGIT(c)) {
        int t = scan_number(tok, c, 0);
        *p_start = tok->start;
        *p_end = tok->cur;
        return t;
    }

    if (c == '"' || c == '\'') {
        int t;
  string_literal:
        t = scan_string(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return t;
    }

    if (c == '\\') {
        c = tok_nextc(tok);
        if (c != '\n') {
            tok->done = E_LINECONT;
            tok->cur = tok->inp;
            return ERRORTOKEN;
        }
        tok->cont_line = 1;
        goto again;
    }

    {
        int c2 = tok_nextc(tok);
        int t2 = PyToken_TwoChars(c, c2);
        if (t2 != OP) {
            int c3 = tok_nextc(tok);
            int t3 = PyToken_ThreeChars(c, c2, c3);
            if (t3 != OP)
                t2 = t3;
            else
                tok_backup(tok, c3);
            *p_start = tok->start;
            *p_end = tok->cur;
            return t2;
        }
        tok_backup(tok, c2);
    }

    switch (c) {
    case '(': case '[': case '{':
        tok->level++;
        break;
    case ')': case ']': case '}':
        tok->level--;
        break;
    }
    *p_start = tok->start;
    *p_end = tok->cur;
    return PyToken_OneChar(c);
}
