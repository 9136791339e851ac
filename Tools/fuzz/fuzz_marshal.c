/* libFuzzer harness: marshal.loads on arbitrary bytes, in the trusted
   interpreter (where code objects may be loaded, never run) and in a
   sandbox (where they must be refused).  What loads is dumped and loaded
   again. */

#include "fuzz_common.h"
#include "sandbox.h"
#include "marshal.h"

static PySandbox *sb;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    PySandboxConfig cfg;
    (void)argc;
    (void)argv;
    fuzz_start_python();
    PySandboxConfig_Init(&cfg);
    cfg.memory_limit = (size_t)32 << 20;
    cfg.recursion_limit = 200;
    cfg.no_stdin = cfg.no_stdout = cfg.no_stderr = 1;
    sb = PySandbox_New(&cfg);
    if (sb == NULL || PySandbox_Run(sb, "import marshal\n", "<fuzz>") < 0)
        abort();
    return 0;
}

static void
poke(PyObject *v)
{
    PyObject *r = PyObject_Repr(v);
    if (r == NULL)
        PyErr_Clear();
    Py_XDECREF(r);
    if (PyObject_Hash(v) == -1)
        PyErr_Clear();
    if (PyObject_RichCompareBool(v, v, Py_EQ) < 0)
        PyErr_Clear();
    if (PyErr_Occurred())
        abort();
}

static void
trusted_round_trip(const unsigned char *data, size_t size)
{
    PyObject *v, *s, *w;

    v = PyMarshal_ReadObjectFromString((char *)data, (Py_ssize_t)size);
    if (v == NULL) {
        if (!PyErr_Occurred())
            abort();
        PyErr_Clear();
        return;
    }
    /* What loaded must behave as an object: repr, hash, compare. */
    poke(v);
    s = PyMarshal_WriteObjectToString(v, 1);
    if (s == NULL) {
        /* e.g. unmarshallable or too deep */
        if (!PyErr_Occurred())
            abort();
        PyErr_Clear();
    }
    else {
        w = PyMarshal_ReadObjectFromString(PyString_AS_STRING(s),
                                           PyString_GET_SIZE(s));
        if (w == NULL)
            PyErr_Clear();
        Py_XDECREF(w);
        Py_DECREF(s);
    }
    Py_DECREF(v);
}

static void
sandboxed_loads(const unsigned char *data, size_t size)
{
    PyObject *bytes = PyString_FromStringAndSize((const char *)data, size);
    if (bytes == NULL) {
        PyErr_Clear();
        return;
    }
    if (PySandbox_SetGlobal(sb, "data", bytes) < 0)
        PyErr_Clear();
    Py_DECREF(bytes);
    /* Ends in an exception or finishes; either way the host goes on. */
    (void)PySandbox_Run(sb,
        "try:\n"
        "    v = marshal.loads(data)\n"
        "    marshal.loads(marshal.dumps(v))\n"
        "except (ValueError, EOFError, TypeError, MemoryError,\n"
        "        RuntimeError, OverflowError):\n"
        "    pass\n"
        "v = None\n", "<fuzz>");
    if (PyErr_Occurred())
        abort();
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    trusted_round_trip(data, size);
    sandboxed_loads(data, size);
    return 0;
}
