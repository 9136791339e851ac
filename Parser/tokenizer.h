#ifndef Py_TOKENIZER_H
#define Py_TOKENIZER_H
#ifdef __cplusplus
extern "C" {
#endif

/* The Python 2.5 tokenizer (Parser/tokenizer.c).  Private to the front
   end: the parser (Parser/parser.c) is its only client.

   The whole text of a compilation is kept in one buffer (`src` .. `lim`).
   For interactive input the buffer grows one line at a time; otherwise
   it holds the complete (newline-normalised, UTF-8 or Latin-1) source.
   `buf` .. `inp` is the line being scanned (several lines while a token
   such as a triple-quoted string spans them); error reports quote it. */

#include "token.h"

#define TOK_MAXINDENT 100   /* deepest block nesting */
#define TOK_MAXLEVEL  200   /* deepest bracket nesting */

struct tok_state {
    char *src;          /* start of all text read so far */
    char *lim;          /* end of the text read so far */
    char *buf;          /* start of the current line(s) */
    char *cur;          /* next character */
    char *inp;          /* end of the current line */
    char *line_start;   /* start of the line `cur` is on */
    char *start;        /* start of the token being scanned, or NULL */
    char *block;        /* PyMem block holding the raw text, or NULL */
    char *transcoded;   /* PyMem block of text converted to UTF-8, or NULL */
    size_t cap;         /* allocated size of src (interactive mode) */

    int done;           /* E_OK, E_EOF or the error code */
    int lineno;
    int level;          /* () [] {} nesting */
    int atbol;          /* at beginning of line */
    int pendin;         /* pending INDENT (>0) or DEDENT (<0) tokens */
    int indent;         /* index in indstack */
    int indstack[TOK_MAXINDENT];
    int altindstack[TOK_MAXINDENT];     /* same, with tab size 1 */
    int alterror;       /* inconsistent tabs are an error (-tt) */
    int altwarning;     /* ... or a warning (-t) */
    int cont_line;      /* inside a continued line */

    /* interactive input */
    FILE *fp;
    char *prompt;
    char *nextprompt;

    const char *filename;
    char *encoding;     /* declared source encoding (PyMem), or NULL */
    int decode_error;   /* source decoding raised: exception is set */
};

/* Build a tokenizer over a NUL-terminated string.  `is_file` selects the
   checks done for source files (non-ASCII bytes need a coding line).
   Returns NULL with an exception set on failure. */
struct tok_state *_PyTokenizer_FromString(const char *str, size_t len,
                                          const char *filename, int is_file,
                                          int source_is_utf8);
/* Read the whole of a (non-interactive) file, or prepare line-by-line
   reading through PyOS_Readline when `ps1` is given. */
struct tok_state *_PyTokenizer_FromFile(FILE *fp, const char *filename,
                                        char *ps1, char *ps2);
void _PyTokenizer_Free(struct tok_state *);

/* Next token: its kind is returned and [*p_start, *p_end) is its text.
   ERRORTOKEN means tok->done holds the error code. */
int _PyTokenizer_Get(struct tok_state *, char **p_start, char **p_end);

#ifdef __cplusplus
}
#endif
#endif /* !Py_TOKENIZER_H */
