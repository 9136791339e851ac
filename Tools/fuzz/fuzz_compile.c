/* libFuzzer harness: arbitrary bytes as source for the tokenizer, parser,
   AST builder, symbol table and bytecode compiler.

   Each input is compiled three ways (a module, an expression, an
   interactive statement) and converted once to _ast objects
   (PyCF_ONLY_AST); any Python exception is expected and cleared.
   A crash, a sanitizer report, a leak or a hang is a finding. */

#include "fuzz_common.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_start_python();
    fuzz_quiet(fuzz_make_sink());
    return 0;
}

static int
is_block_limit(void)
{
    PyObject *t, *v, *tb, *s;
    int r = 0;
    PyErr_Fetch(&t, &v, &tb);
    s = v != NULL ? PyObject_Str(v) : NULL;
    if (s != NULL && PyString_Check(s))
        r = strcmp(PyString_AS_STRING(s),
                   "too many statically nested blocks") == 0;
    else
        PyErr_Clear();
    Py_XDECREF(s);
    PyErr_Restore(t, v, tb);
    return r;
}

static void
compile_as(const char *src, int start, int cf_flags)
{
    PyCompilerFlags flags;
    PyObject *code;

    flags.cf_flags = cf_flags;
    code = Py_CompileStringFlags(src, "<fuzz>", start, &flags);
    if (code == NULL) {
        /* Only a Python exception is an acceptable failure. */
        if (!PyErr_Occurred())
            abort();
        /* SystemError means the front end caught itself in a bad state
           (except for the block-nesting limit, which 2.5 reports so). */
        if (PyErr_ExceptionMatches(PyExc_SystemError) && !is_block_limit()) {
            fuzz_print_error();
            abort();
        }
        PyErr_Clear();
        return;
    }
    if (PyErr_Occurred())
        abort();   /* a result and an exception at once */
    Py_DECREF(code);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    char *src = fuzz_cstring(data, size);
    if (src == NULL)
        return 0;
    compile_as(src, Py_file_input, 0);
    compile_as(src, Py_eval_input, 0);
    compile_as(src, Py_single_input, 0);
    /* the AST as Python objects (Python/Python-ast.c) */
    compile_as(src, Py_file_input, PyCF_ONLY_AST);
    free(src);
    return 0;
}
