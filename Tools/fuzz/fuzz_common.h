/* Shared start-up for the fuzz harnesses: one trusted interpreter per
   process, without site, finding the pure-Python library in the source
   tree (FUZZ_LIBDIR, set by the Makefile; PYTHONPATH wins if set). */

#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include "Python.h"
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_LIBDIR
#define FUZZ_LIBDIR "../../Lib"
#endif

static inline void
fuzz_start_python(void)
{
    if (Py_IsInitialized())
        return;
    if (getenv("PYTHONPATH") == NULL)
        setenv("PYTHONPATH", FUZZ_LIBDIR, 1);
    Py_NoSiteFlag = 1;
    Py_Initialize();
    if (!Py_IsInitialized())
        abort();
}

/* Send the trusted interpreter's sys.stdout/stderr to a sink (warnings
   from the compiler would flood the fuzzer's log); FUZZ_VERBOSE=1 keeps
   them.  Returns the sink (a new reference). */
static inline PyObject *
fuzz_make_sink(void)
{
    PyObject *d, *r, *sink;
    d = PyDict_New();
    if (d == NULL || PyDict_SetItemString(d, "__builtins__",
                                          PyEval_GetBuiltins()) < 0)
        abort();
    r = PyRun_String("class Sink(object):\n"
                     "    softspace = 0\n"
                     "    def write(self, s): pass\n"
                     "    def writelines(self, l): pass\n"
                     "    def flush(self): pass\n"
                     "sink = Sink()\n", Py_file_input, d, d);
    if (r == NULL) {
        PyErr_Print();
        abort();
    }
    Py_DECREF(r);
    sink = PyDict_GetItemString(d, "sink");
    Py_INCREF(sink);
    Py_DECREF(d);
    return sink;
}

static PyObject *fuzz_real_stderr;

static inline void
fuzz_quiet(PyObject *sink)
{
    const char *v = getenv("FUZZ_VERBOSE");
    if (v != NULL && *v == '1')
        return;
    fuzz_real_stderr = PySys_GetObject("stderr");
    Py_XINCREF(fuzz_real_stderr);
    PySys_SetObject("stdout", sink);
    PySys_SetObject("stderr", sink);
}

/* Print the pending exception on the real stderr (before an abort). */
static inline void
fuzz_print_error(void)
{
    if (fuzz_real_stderr != NULL)
        PySys_SetObject("stderr", fuzz_real_stderr);
    PyErr_Print();
}

/* A NUL-terminated copy of the fuzzer's bytes (NULL if they hold a NUL
   byte, which the C string API cannot carry: those inputs are skipped). */
static inline char *
fuzz_cstring(const unsigned char *data, size_t size)
{
    char *s;
    if (memchr(data, '\0', size) != NULL)
        return NULL;
    s = (char *)malloc(size + 1);
    if (s == NULL)
        abort();
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

#endif /* FUZZ_COMMON_H */
