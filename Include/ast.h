#ifndef Py_AST_H
#define Py_AST_H
#ifdef __cplusplus
extern "C" {
#endif

/* In CPython 2.5 this declares PyAST_FromNode (parse tree -> AST).  Here
   the parser (Parser/parser.c) produces the AST directly; the entry points
   are PyParser_ASTFromString / PyParser_ASTFromFile in pythonrun.h. */

#ifdef __cplusplus
}
#endif
#endif /* !Py_AST_H */
