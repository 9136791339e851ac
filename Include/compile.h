#ifndef Py_COMPILE_H
#define Py_COMPILE_H

#include "code.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The AST -> bytecode compiler (Python/compile.c) and the __future__
   scanner (Python/future.c). */

struct _node;   /* concrete parse trees are not used by this implementation */

/* Which `from __future__ import` features a module turned on. */
typedef struct {
    int ff_features;    /* CO_FUTURE_* bits */
    int ff_lineno;      /* line of the last future statement */
} PyFutureFeatures;

#define FUTURE_NESTED_SCOPES    "nested_scopes"
#define FUTURE_GENERATORS       "generators"
#define FUTURE_DIVISION         "division"
#define FUTURE_ABSOLUTE_IMPORT  "absolute_import"
#define FUTURE_WITH_STATEMENT   "with_statement"

#define ERR_LATE_FUTURE \
    "from __future__ imports must occur at the beginning of the file"

struct _mod;    /* mod_ty, see Python-ast.h */
PyAPI_FUNC(PyCodeObject *) PyAST_Compile(struct _mod *, const char *,
                                         PyCompilerFlags *, PyArena *);
/* The returned block is PyObject_Malloc'ed; release it with PyObject_Free. */
PyAPI_FUNC(PyFutureFeatures *) PyFuture_FromAST(struct _mod *, const char *);

/* Private: bytecode clean-up run on each assembled code object
   (Python/peephole.c).  `consts` is a list: folded constants are
   appended to it; `names` is the tuple of co_names.  Returns a new
   reference to the code string and stores in *new_lnotab a new
   reference to the matching line table (both may be the objects passed
   in); NULL with an exception on error. */
PyAPI_FUNC(PyObject *) _PyCode_Optimize(PyObject *code, PyObject *consts,
                                        PyObject *names, PyObject *lnotab,
                                        PyObject **new_lnotab);

#ifdef __cplusplus
}
#endif
#endif /* !Py_COMPILE_H */
