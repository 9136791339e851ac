#ifndef Py_NODE_H
#define Py_NODE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Concrete parse-tree node of CPython 2.5.  This implementation's parser
   builds the AST directly and never creates these; the type is kept so
   code that mentions it still compiles. */
typedef struct _node {
    short n_type;
    char *n_str;
    int n_lineno;
    int n_col_offset;
    int n_nchildren;
    struct _node *n_child;
} node;

#define NCH(n)          ((n)->n_nchildren)
#define CHILD(n, i)     (&(n)->n_child[i])
#define RCHILD(n, i)    (CHILD(n, NCH(n) + (i)))
#define TYPE(n)         ((n)->n_type)
#define STR(n)          ((n)->n_str)

#ifdef __cplusplus
}
#endif
#endif /* !Py_NODE_H */
