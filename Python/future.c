/* `from __future__ import ...` statements: which features a module turns
   on, and the errors for misplaced or unknown ones. */

#include "Python.h"
#include "Python-ast.h"
#include "symtable.h"

/* SyntaxError(msg) located by attributes (e.args is (msg,)), like the
   other errors found before code generation. */
static void
future_error(const char *msg, const char *filename, int lineno)
{
    PyErr_SetString(PyExc_SyntaxError, msg);
    PyErr_SyntaxLocation(filename, lineno);
}

static int
add_features(PyFutureFeatures *ff, stmt_ty s, const char *filename)
{
    asdl_seq *names = s->v.ImportFrom.names;
    int i;
    for (i = 0; i < asdl_seq_LEN(names); i++) {
        alias_ty a = (alias_ty)asdl_seq_GET(names, i);
        const char *f = PyString_AS_STRING(a->name);
        if (strcmp(f, FUTURE_NESTED_SCOPES) == 0 ||
            strcmp(f, FUTURE_GENERATORS) == 0)
            continue;   /* always on since 2.2 / 2.3 */
        if (strcmp(f, FUTURE_DIVISION) == 0)
            ff->ff_features |= CO_FUTURE_DIVISION;
        else if (strcmp(f, FUTURE_ABSOLUTE_IMPORT) == 0)
            ff->ff_features |= CO_FUTURE_ABSOLUTE_IMPORT;
        else if (strcmp(f, FUTURE_WITH_STATEMENT) == 0)
            ff->ff_features |= CO_FUTURE_WITH_STATEMENT;
        else if (strcmp(f, "braces") == 0) {
            future_error("not a chance", filename, s->lineno);
            return 0;
        }
        else {
            char buf[200];
            PyOS_snprintf(buf, sizeof(buf),
                          "future feature %.100s is not defined", f);
            future_error(buf, filename, s->lineno);
            return 0;
        }
    }
    return 1;
}

/* Only a docstring and other future statements may come before a future
   statement; statements sharing the line of the last allowed one are
   still looked at. */
static int
scan_module(PyFutureFeatures *ff, mod_ty mod, const char *filename)
{
    asdl_seq *body;
    int i, done = 0, seen_doc = 0, prev_line = 0;

    if (mod->kind == Module_kind)
        body = mod->v.Module.body;
    else if (mod->kind == Interactive_kind)
        body = mod->v.Interactive.body;
    else
        return 1;
    for (i = 0; i < asdl_seq_LEN(body); i++) {
        stmt_ty s = (stmt_ty)asdl_seq_GET(body, i);
        if (done && s->lineno > prev_line)
            return 1;
        prev_line = s->lineno;
        if (s->kind == ImportFrom_kind) {
            if (s->v.ImportFrom.level == 0 &&
                strcmp(PyString_AS_STRING(s->v.ImportFrom.module),
                       "__future__") == 0) {
                if (done) {
                    future_error(ERR_LATE_FUTURE, filename, s->lineno);
                    return 0;
                }
                if (!add_features(ff, s, filename))
                    return 0;
                ff->ff_lineno = s->lineno;
            }
            else
                done = 1;
        }
        else if (s->kind == Expr_kind && !seen_doc &&
                 s->v.Expr.value->kind == Str_kind)
            seen_doc = 1;
        else
            done = 1;
    }
    return 1;
}

PyFutureFeatures *
PyFuture_FromAST(mod_ty mod, const char *filename)
{
    PyFutureFeatures *ff;
    ff = (PyFutureFeatures *)PyObject_Malloc(sizeof(PyFutureFeatures));
    if (ff == NULL)
        return (PyFutureFeatures *)PyErr_NoMemory();
    ff->ff_features = 0;
    ff->ff_lineno = -1;
    if (!scan_module(ff, mod, filename)) {
        PyObject_Free(ff);
        return NULL;
    }
    return ff;
}
