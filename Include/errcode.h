#ifndef Py_ERRCODE_H
#define Py_ERRCODE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Result codes of the tokenizer and parser (values as in Python 2.5). */

#define E_OK            10      /* no error */
#define E_EOF           11      /* end of file */
#define E_INTR          12      /* interrupted */
#define E_TOKEN         13      /* bad token */
#define E_SYNTAX        14      /* syntax error */
#define E_NOMEM         15      /* out of memory */
#define E_DONE          16      /* parsing complete */
#define E_ERROR         17      /* error already set */
#define E_TABSPACE      18      /* inconsistent tabs and spaces */
#define E_OVERFLOW      19      /* node has too many children */
#define E_TOODEEP       20      /* too many indentation levels */
#define E_DEDENT        21      /* dedent to no outer level */
#define E_DECODE        22      /* source decoding failed */
#define E_EOFS          23      /* EOF in triple-quoted string */
#define E_EOLS          24      /* EOL in single-quoted string */
#define E_LINECONT      25      /* unexpected char after continuation */

#ifdef __cplusplus
}
#endif
#endif /* !Py_ERRCODE_H */
