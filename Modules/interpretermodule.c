/* The `interpreter` module: sandboxes from Python, for trusted code.

       import interpreter
       sb = interpreter.Interpreter(allow_import=['math'], memory_limit=64 << 20,
                                    cpu_limit=2.0, stdout=some_file_like)
       sb.execute("import math; x = math.sqrt(2)")
       print sb.get('x')
       sb.close()

   It is a thin layer over Include/sandbox.h: every value that crosses is a
   copy, every failure is an interpreter.SandboxError (or a subclass naming
   the limit) built from what the powerbox recorded. */

#include "Python.h"
#include "sandbox.h"

static PyObject *SandboxError;
static PyObject *SandboxExit;
static PyObject *MemoryLimitError;
static PyObject *CPULimitError;
static PyObject *TimeLimitError;

typedef struct {
    PyObject_HEAD
    PySandbox *sb;
} InterpreterObject;

static PyTypeObject Interpreter_Type;

/* A NULL-terminated C array of the strings of a Python sequence (or NULL
   for None).  Freed with free_strings. */
static int
strings_from_seq(PyObject *seq, const char *what, char ***out)
{
    Py_ssize_t i, n;
    PyObject *fast;
    char **arr;

    *out = NULL;
    if (seq == NULL || seq == Py_None)
        return 0;
    if (PyString_Check(seq)) {
        PyErr_Format(PyExc_TypeError, "%s must be a list of strings, not a string", what);
        return -1;
    }
    fast = PySequence_Fast(seq, "");
    if (fast == NULL) {
        PyErr_Format(PyExc_TypeError, "%s must be a list of strings", what);
        return -1;
    }
    n = PySequence_Fast_GET_SIZE(fast);
    arr = (char **)PyMem_Malloc((n + 1) * sizeof(char *));
    if (arr == NULL) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(fast, i);
        if (!PyString_Check(item)) {
            PyErr_Format(PyExc_TypeError, "%s must be a list of strings, not %.100s",
                         what, item->ob_type->tp_name);
            arr[i] = NULL;
            goto fail;
        }
        arr[i] = PyString_AS_STRING(item);
    }
    arr[n] = NULL;
    /* The strings stay alive as long as `seq` does (the caller's args). */
    Py_DECREF(fast);
    *out = arr;
    return 0;
fail:
    Py_DECREF(fast);
    PyMem_Free(arr);
    return -1;
}

static int
size_from_obj(PyObject *v, const char *what, size_t *out)
{
    PY_LONG_LONG n;
    if (v == NULL || v == Py_None)
        return 0;
    n = PyLong_AsLongLong(v);
    if (n == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "%s must be an integer number of bytes", what);
        return -1;
    }
    if (n <= 0) {
        PyErr_Format(PyExc_ValueError, "%s must be positive", what);
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

static int
seconds_from_obj(PyObject *v, const char *what, double *out)
{
    double d;
    if (v == NULL || v == Py_None)
        return 0;
    d = PyFloat_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "%s must be a number of seconds", what);
        return -1;
    }
    if (!(d > 0)) {
        PyErr_Format(PyExc_ValueError, "%s must be positive", what);
        return -1;
    }
    *out = d;
    return 0;
}

static PyObject *
interp_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"allow_import", "allow_read", "allow_write", "allow_connect",
                             "memory_limit", "cpu_limit", "time_limit", "recursion_limit",
                             "stdin", "stdout", "stderr", NULL};
    PyObject *imports = NULL, *reads = NULL, *writes = NULL, *connects = NULL;
    PyObject *mem = NULL, *cpu = NULL, *tl = NULL, *in = NULL, *out = NULL, *err = NULL;
    int recursion = 0;
    char **a_imp = NULL, **a_read = NULL, **a_write = NULL, **a_conn = NULL;
    PySandboxConfig cfg;
    InterpreterObject *self = NULL;
    PySandbox *sb = NULL;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|OOOOOOOiOOO:Interpreter", kwlist,
                                     &imports, &reads, &writes, &connects, &mem, &cpu,
                                     &tl, &recursion, &in, &out, &err))
        return NULL;
    PySandboxConfig_Init(&cfg);
    if (strings_from_seq(imports, "allow_import", &a_imp) < 0 ||
        strings_from_seq(reads, "allow_read", &a_read) < 0 ||
        strings_from_seq(writes, "allow_write", &a_write) < 0 ||
        strings_from_seq(connects, "allow_connect", &a_conn) < 0 ||
        size_from_obj(mem, "memory_limit", &cfg.memory_limit) < 0 ||
        seconds_from_obj(cpu, "cpu_limit", &cfg.cpu_limit) < 0 ||
        seconds_from_obj(tl, "time_limit", &cfg.time_limit) < 0)
        goto done;
    if (recursion < 0) {
        PyErr_SetString(PyExc_ValueError, "recursion_limit must be positive");
        goto done;
    }
    cfg.allow_import = (const char *const *)a_imp;
    cfg.allow_read = (const char *const *)a_read;
    cfg.allow_write = (const char *const *)a_write;
    cfg.allow_connect = (const char *const *)a_conn;
    cfg.recursion_limit = recursion;
    /* Streams: None means "none at all"; absent means the process's. */
    if (in == Py_None) cfg.no_stdin = 1; else cfg.stdin_obj = in;
    if (out == Py_None) cfg.no_stdout = 1; else cfg.stdout_obj = out;
    if (err == Py_None) cfg.no_stderr = 1; else cfg.stderr_obj = err;

    self = (InterpreterObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        goto done;
    sb = PySandbox_New(&cfg);
    if (sb == NULL) {
        Py_CLEAR(self);
        goto done;
    }
    self->sb = sb;
done:
    PyMem_Free(a_imp);
    PyMem_Free(a_read);
    PyMem_Free(a_write);
    PyMem_Free(a_conn);
    return (PyObject *)self;
}

static void
interp_dealloc(InterpreterObject *self)
{
    if (self->sb != NULL) {
        PySandbox_Free(self->sb);
        self->sb = NULL;
    }
    self->ob_type->tp_free((PyObject *)self);
}

static PySandbox *
get_sb(InterpreterObject *self)
{
    if (self->sb == NULL) {
        PyErr_SetString(SandboxError, "the interpreter is closed");
        return NULL;
    }
    return self->sb;
}

/* Set an attribute to a new reference (stolen); -1 if it is NULL. */
static int
set_attr(PyObject *obj, const char *name, PyObject *value)
{
    int r;
    if (value == NULL)
        return -1;
    r = PyObject_SetAttrString(obj, name, value);
    Py_DECREF(value);
    return r;
}

/* Raise the Python exception that describes how the last run ended. */
static PyObject *
raise_from_status(PySandbox *sb)
{
    PyObject *cls, *inst;
    const char *msg = PySandbox_ErrorMessage(sb);
    char buf[200];

    switch (PySandbox_Status(sb)) {
    case PySandbox_MEMORY_LIMIT:
        cls = MemoryLimitError;
        PyOS_snprintf(buf, sizeof(buf), "memory limit exceeded (%lu bytes)",
                      (unsigned long)PySandbox_MemoryLimit(sb));
        msg = buf;
        break;
    case PySandbox_CPU_LIMIT:
        cls = CPULimitError;
        msg = "CPU time limit exceeded";
        break;
    case PySandbox_TIME_LIMIT:
        cls = TimeLimitError;
        msg = "time limit exceeded";
        break;
    case PySandbox_EXIT:
        cls = SandboxExit;
        PyOS_snprintf(buf, sizeof(buf), "the sandbox exited with status %d",
                      PySandbox_ExitCode(sb));
        msg = buf;
        break;
    case PySandbox_CLOSED:
        PyErr_SetString(SandboxError, "the interpreter is closed");
        return NULL;
    default:
        cls = SandboxError;
        break;
    }
    inst = PyObject_CallFunction(cls, "s", msg);
    if (inst == NULL)
        return NULL;
    if (set_attr(inst, "type_name", PyString_FromString(PySandbox_ErrorType(sb))) < 0 ||
        set_attr(inst, "message", PyString_FromString(PySandbox_ErrorMessage(sb))) < 0 ||
        set_attr(inst, "traceback", PyString_FromString(PySandbox_ErrorTraceback(sb))) < 0 ||
        set_attr(inst, "code", PyInt_FromLong(PySandbox_ExitCode(sb))) < 0) {
        Py_DECREF(inst);
        return NULL;
    }
    PyErr_SetObject(cls, inst);
    Py_DECREF(inst);
    return NULL;
}

static PyObject *
interp_execute(InterpreterObject *self, PyObject *args)
{
    const char *source;
    const char *filename = "<sandbox>";
    PySandbox *sb = get_sb(self);
    if (sb == NULL || !PyArg_ParseTuple(args, "s|s:execute", &source, &filename))
        return NULL;
    if (PySandbox_Run(sb, source, filename) < 0)
        return raise_from_status(sb);
    Py_RETURN_NONE;
}

static PyObject *
interp_eval(InterpreterObject *self, PyObject *args)
{
    const char *source;
    PyObject *r;
    PySandbox *sb = get_sb(self);
    if (sb == NULL || !PyArg_ParseTuple(args, "s:eval", &source))
        return NULL;
    r = PySandbox_Eval(sb, source);
    if (r == NULL && PySandbox_Status(sb) != PySandbox_OK) {
        PyErr_Clear();
        return raise_from_status(sb);
    }
    return r;
}

static PyObject *
interp_set(InterpreterObject *self, PyObject *args)
{
    const char *name;
    PyObject *value;
    PySandbox *sb = get_sb(self);
    if (sb == NULL || !PyArg_ParseTuple(args, "sO:set", &name, &value))
        return NULL;
    if (PySandbox_SetGlobal(sb, name, value) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
interp_get(InterpreterObject *self, PyObject *args)
{
    const char *name;
    PySandbox *sb = get_sb(self);
    if (sb == NULL || !PyArg_ParseTuple(args, "s:get", &name))
        return NULL;
    return PySandbox_GetGlobal(sb, name);
}

static PyObject *
interp_expose(InterpreterObject *self, PyObject *args)
{
    const char *name;
    PyObject *callable;
    PySandbox *sb = get_sb(self);
    if (sb == NULL || !PyArg_ParseTuple(args, "sO:expose", &name, &callable))
        return NULL;
    if (PySandbox_Expose(sb, name, callable) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
interp_close(InterpreterObject *self)
{
    if (self->sb != NULL && PySandbox_Running(self->sb)) {
        /* (from a host function the sandbox is calling) */
        PyErr_SetString(SandboxError, "cannot close the interpreter while it is running");
        return NULL;
    }
    if (self->sb != NULL) {
        PySandbox_Free(self->sb);
        self->sb = NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
interp_get_memory_used(InterpreterObject *self, void *closure)
{
    PySandbox *sb = get_sb(self);
    return sb ? PyLong_FromUnsignedLongLong(PySandbox_MemoryUsed(sb)) : NULL;
}

static PyObject *
interp_get_memory_peak(InterpreterObject *self, void *closure)
{
    PySandbox *sb = get_sb(self);
    return sb ? PyLong_FromUnsignedLongLong(PySandbox_MemoryPeak(sb)) : NULL;
}

static PyObject *
interp_get_memory_limit(InterpreterObject *self, void *closure)
{
    PySandbox *sb = get_sb(self);
    return sb ? PyLong_FromUnsignedLongLong(PySandbox_MemoryLimit(sb)) : NULL;
}

static PyObject *
interp_get_closed(InterpreterObject *self, void *closure)
{
    return PyBool_FromLong(self->sb == NULL);
}

static PyMethodDef interp_methods[] = {
    {"execute", (PyCFunction)interp_execute, METH_VARARGS,
     "execute(source[, filename]) -> None\n\nRun source in the sandbox's __main__."},
    {"eval", (PyCFunction)interp_eval, METH_VARARGS,
     "eval(expression) -> a copy of the (immutable) result"},
    {"set", (PyCFunction)interp_set, METH_VARARGS,
     "set(name, value) -> None\n\nCopy an immutable value into the sandbox's __main__."},
    {"get", (PyCFunction)interp_get, METH_VARARGS,
     "get(name) -> a copy of the (immutable) value of name in the sandbox's __main__"},
    {"expose", (PyCFunction)interp_expose, METH_VARARGS,
     "expose(name, callable) -> None\n\nGive the sandbox a proxy that calls callable here."},
    {"close", (PyCFunction)interp_close, METH_NOARGS,
     "close() -> None\n\nTear the sandbox down and give back its memory."},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef interp_getset[] = {
    {"memory_used", (getter)interp_get_memory_used, NULL, "bytes charged to the sandbox now", NULL},
    {"memory_peak", (getter)interp_get_memory_peak, NULL, "most bytes ever charged to it", NULL},
    {"memory_limit", (getter)interp_get_memory_limit, NULL, "its memory limit in bytes", NULL},
    {"closed", (getter)interp_get_closed, NULL, "True after close()", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject Interpreter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "interpreter.Interpreter",
    sizeof(InterpreterObject),
    0,
    (destructor)interp_dealloc,
    0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,
    0, 0,
    Py_TPFLAGS_DEFAULT,
    "Interpreter(allow_import=None, allow_read=None, allow_write=None,\n"
    "            allow_connect=None, memory_limit=None, cpu_limit=None,\n"
    "            time_limit=None, recursion_limit=None, stdin=..., stdout=...,\n"
    "            stderr=...)\n\n"
    "A sandboxed interpreter holding only the capabilities given.",
    0, 0, 0, 0, 0, 0,
    interp_methods,
    0,
    interp_getset,
    0, 0, 0, 0, 0, 0,
    0,                      /* tp_alloc: set by PyType_Ready */
    interp_new,
};

/* How many memory accounts exist (the main interpreter's included, and
   those of dead sandboxes that still have blocks charged): for tests
   that teardown gives everything back. */
static PyObject *
module_live_accounts(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong(_PyMem_NumAccounts);
}

static PyMethodDef module_methods[] = {
    {"_live_accounts", module_live_accounts, METH_NOARGS,
     "_live_accounts() -> number of memory accounts in existence"},
    {NULL, NULL, 0, NULL}
};

static PyObject *
new_error(const char *name, PyObject *base, const char *doc)
{
    PyObject *dict = Py_BuildValue("{s:s}", "__doc__", doc);
    PyObject *cls;
    if (dict == NULL)
        return NULL;
    cls = PyErr_NewException((char *)name, base, dict);
    Py_DECREF(dict);
    return cls;
}

PyMODINIT_FUNC
initinterpreter(void)
{
    PyObject *m;
    if (_PyInterpreterState_IsSandboxed()) {
        PyErr_SetString(PyExc_ImportError, "import of 'interpreter' is not allowed in this sandbox");
        return;
    }
    if (PyType_Ready(&Interpreter_Type) < 0)
        return;
    m = Py_InitModule3("interpreter", module_methods,
                       "Sandboxed interpreters made from a capability table.");
    if (m == NULL)
        return;
    if (SandboxError == NULL) {
        SandboxError = new_error("interpreter.SandboxError", PyExc_Exception,
            "Code in a sandbox failed; .type_name, .message and .traceback describe it.");
        if (SandboxError == NULL)
            return;
        SandboxExit = new_error("interpreter.SandboxExit", SandboxError,
            "The sandbox called exit(); .code is its status.");
        MemoryLimitError = new_error("interpreter.MemoryLimitError", SandboxError,
            "The sandbox went over its memory limit.");
        CPULimitError = new_error("interpreter.CPULimitError", SandboxError,
            "The sandbox used up its CPU time.");
        TimeLimitError = new_error("interpreter.TimeLimitError", SandboxError,
            "The sandbox ran past its wall-clock limit.");
        if (SandboxExit == NULL || MemoryLimitError == NULL || CPULimitError == NULL ||
            TimeLimitError == NULL)
            return;
    }
    Py_INCREF(&Interpreter_Type);
    PyModule_AddObject(m, "Interpreter", (PyObject *)&Interpreter_Type);
    Py_INCREF(SandboxError);
    PyModule_AddObject(m, "SandboxError", SandboxError);
    Py_INCREF(SandboxExit);
    PyModule_AddObject(m, "SandboxExit", SandboxExit);
    Py_INCREF(MemoryLimitError);
    PyModule_AddObject(m, "MemoryLimitError", MemoryLimitError);
    Py_INCREF(CPULimitError);
    PyModule_AddObject(m, "CPULimitError", CPULimitError);
    Py_INCREF(TimeLimitError);
    PyModule_AddObject(m, "TimeLimitError", TimeLimitError);
}
