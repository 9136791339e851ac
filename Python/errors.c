/* The error indicator of a thread and the PyErr_* convenience layer.

   The "current exception" is the triple curexc_type/value/traceback of
   the running thread state.  Values may be left unnormalised (a bare
   string, a tuple of constructor arguments, or NULL) until somebody
   needs the instance; PyErr_NormalizeException builds it. */

#include "Python.h"
#include "frameobject.h"

/* The signal module may be absent from a build: then nothing is ever
   pending. */
#pragma weak _PySignal_Pending
#pragma weak _PySignal_CheckPending

#include <string.h>
#include <errno.h>

void
PyErr_Restore(PyObject *type, PyObject *value, PyObject *traceback)
{
    PyThreadState *ts = PyThreadState_GET();
    PyObject *old_t, *old_v, *old_tb;

    /* An exception without a type is meaningless; keep the indicator
       consistent so callers can rely on curexc_type alone. */
    if (type == NULL) {
        Py_XDECREF(value);
        Py_XDECREF(traceback);
        value = traceback = NULL;
    }
    if (traceback != NULL && !PyTraceBack_Check(traceback)) {
        Py_DECREF(traceback);
        traceback = NULL;
    }
    old_t = ts->curexc_type;
    old_v = ts->curexc_value;
    old_tb = ts->curexc_traceback;
    ts->curexc_type = type;
    ts->curexc_value = value;
    ts->curexc_traceback = traceback;
    /* Released last: a finaliser run here may look at the indicator. */
    Py_XDECREF(old_t);
    Py_XDECREF(old_v);
    Py_XDECREF(old_tb);
}

void
PyErr_SetObject(PyObject *exception, PyObject *value)
{
    Py_XINCREF(exception);
    Py_XINCREF(value);
    PyErr_Restore(exception, value, NULL);
}

void
PyErr_SetNone(PyObject *exception)
{
    PyErr_SetObject(exception, NULL);
}

void
PyErr_SetString(PyObject *exception, const char *string)
{
    PyObject *msg = PyString_FromString(string);
    if (msg == NULL)
        return;                 /* MemoryError is already set */
    PyErr_SetObject(exception, msg);
    Py_DECREF(msg);
}

PyObject *
PyErr_Occurred(void)
{
    PyThreadState *ts = PyThreadState_GET();
    return ts == NULL ? NULL : ts->curexc_type;
}

void
PyErr_Fetch(PyObject **p_type, PyObject **p_value, PyObject **p_traceback)
{
    PyThreadState *ts = PyThreadState_GET();

    *p_type = ts->curexc_type;
    *p_value = ts->curexc_value;
    *p_traceback = ts->curexc_traceback;
    ts->curexc_type = ts->curexc_value = ts->curexc_traceback = NULL;
}

void
PyErr_Clear(void)
{
    PyErr_Restore(NULL, NULL, NULL);
}

int
PyErr_GivenExceptionMatches(PyObject *err, PyObject *exc)
{
    if (err == NULL || exc == NULL)
        return 0;
    if (PyTuple_Check(exc)) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(exc);
        int found = 0;
        /* Nested tuples recurse; guard against a pathological depth. */
        if (Py_EnterRecursiveCall(" in exception matching"))
            return 0;
        for (i = 0; i < n && !found; i++)
            found = PyErr_GivenExceptionMatches(err,
                                                PyTuple_GET_ITEM(exc, i));
        Py_LeaveRecursiveCall();
        return found;
    }
    if (PyExceptionInstance_Check(err))
        err = PyExceptionInstance_Class(err);
    if (PyExceptionClass_Check(err) && PyExceptionClass_Check(exc)) {
        int r;
        PyObject *t, *v, *tb;
        /* issubclass() may run Python code (__bases__ lookups on classic
           classes); keep the pending exception out of its way. */
        PyErr_Fetch(&t, &v, &tb);
        r = PyObject_IsSubclass(err, exc);
        if (r < 0) {
            PyErr_Clear();
            r = 0;
        }
        PyErr_Restore(t, v, tb);
        return r;
    }
    /* string exceptions and anything else match by identity */
    return err == exc;
}

int
PyErr_ExceptionMatches(PyObject *exc)
{
    return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc);
}

/* Instantiates the class of a pending exception.  A value that is an
   instance of the class (or a subclass) is kept as is; otherwise it is
   taken as the constructor's argument(s). */
static int normalize_depth = 0;   /* per process, reset on every return */

/* A MemoryError raised at an interpreter's memory limit must still reach
   the handlers of that interpreter's code as an instance, when nothing
   may have been freed since: the instance made with a memory-limited
   sandbox (PyInterpreterStateEx.memory_error; it never leaves that
   sandbox), or for trusted code the process's preallocated one. */
static PyObject *
spare_memory_error(void)
{
    PyThreadState *tstate = PyThreadState_GET();
    PyObject *inst = NULL;

    if (tstate != NULL && tstate->interp != NULL)
        inst = _PyInterpreterState_EX(tstate->interp)->memory_error;
    if (inst == NULL && !_PyInterpreterState_IsSandboxed())
        inst = PyExc_MemoryErrorInst;
    if (inst == NULL)
        return NULL;
    PyErr_Clear();
    Py_INCREF(inst);
    return inst;
}

void
PyErr_NormalizeException(PyObject **exc, PyObject **val, PyObject **tb)
{
    PyObject *type = *exc;
    PyObject *value = *val;
    PyObject *value_class = NULL;
    PyObject *initial_tb;

    if (type == NULL)
        return;
    if (value == NULL) {
        value = Py_None;
        Py_INCREF(value);
    }
    if (PyExceptionInstance_Check(value))
        value_class = PyExceptionInstance_Class(value);

    if (PyExceptionClass_Check(type)) {
        int is_sub = 0;
        if (value_class != NULL) {
            is_sub = PyObject_IsSubclass(value_class, type);
            if (is_sub < 0)
                goto failed;
        }
        if (!is_sub) {
            PyObject *args, *inst;
            if (value == Py_None)
                args = PyTuple_New(0);
            else if (PyTuple_Check(value)) {
                Py_INCREF(value);
                args = value;
            }
            else
                args = PyTuple_Pack(1, value);
            if (args == NULL)
                goto failed;
            {
                /* Creating the exception object must not itself fail for
                   the recursion limit that raised it: give it headroom
                   (bounded; the C-stack guard still applies). */
                PyThreadState *ts = PyThreadState_GET();
                int saved_depth = ts->recursion_depth;
                if (ts->recursion_depth > 50)
                    ts->recursion_depth -= 50;
                inst = PyEval_CallObject(type, args);
                if (inst == NULL && type == PyExc_MemoryError &&
                    PyErr_ExceptionMatches(PyExc_MemoryError))
                    inst = spare_memory_error();
                ts->recursion_depth = saved_depth;
            }
            Py_DECREF(args);
            if (inst == NULL)
                goto failed;
            Py_DECREF(value);
            value = inst;
        }
        else if (value_class != type) {
            /* Report the more specific class. */
            Py_INCREF(value_class);
            Py_DECREF(type);
            type = value_class;
        }
    }
    *exc = type;
    *val = value;
    return;

failed:
    Py_DECREF(type);
    Py_DECREF(value);
    initial_tb = *tb;
    PyErr_Fetch(exc, val, tb);
    if (initial_tb != NULL) {
        if (*tb == NULL)
            *tb = initial_tb;
        else
            Py_DECREF(initial_tb);
    }
    if (*exc == NULL) {
        /* nothing to report: keep the caller's invariants */
        *exc = PyExc_SystemError;
        Py_INCREF(*exc);
        *val = NULL;
        return;
    }
    /* The new exception (often MemoryError or RecursionError-like
       RuntimeError) needs normalising too; a bounded retry avoids
       looping when instantiation itself keeps failing. */
    if (normalize_depth < 32) {
        normalize_depth++;
        PyErr_NormalizeException(exc, val, tb);
        normalize_depth--;
    }
    else if (*val == NULL || !PyExceptionInstance_Check(*val)) {
        PyObject *spare = spare_memory_error();
        if (spare != NULL) {
            Py_XDECREF(*exc);
            Py_XDECREF(*val);
            *exc = PyExc_MemoryError;
            Py_INCREF(*exc);
            *val = spare;
        }
    }
}

/* ---- Convenience functions ---------------------------------------- */

int
PyErr_BadArgument(void)
{
    PyErr_SetString(PyExc_TypeError,
                    "bad argument type for built-in operation");
    return 0;
}

PyObject *
PyErr_NoMemory(void)
{
    /* No allocation here: the instance is made when the exception is
       normalised (by then something has usually been freed).  The shared
       preallocated instance is only a fallback for trusted code, since an
       exception instance is mutable and must not cross sandboxes. */
    PyErr_Restore(PyExc_MemoryError ? (Py_INCREF(PyExc_MemoryError),
                                       PyExc_MemoryError) : NULL,
                  NULL, NULL);
    return NULL;
}

PyObject *
PyErr_SetFromErrnoWithFilenameObject(PyObject *exc, PyObject *filenameobj)
{
    int code = errno;
    const char *text;
    PyObject *args;

    if (code == EINTR && PyErr_CheckSignals())
        return NULL;
    text = code == 0 ? "Error" : strerror(code);
    if (text == NULL)
        text = "Unknown error";
    if (filenameobj != NULL)
        args = Py_BuildValue("(isO)", code, text, filenameobj);
    else
        args = Py_BuildValue("(is)", code, text);
    if (args != NULL) {
        PyErr_SetObject(exc, args);
        Py_DECREF(args);
    }
    return NULL;
}

PyObject *
PyErr_SetFromErrnoWithFilename(PyObject *exc, char *filename)
{
    PyObject *name = NULL, *r;
    if (filename != NULL) {
        int saved = errno;
        name = PyString_FromString(filename);
        errno = saved;
        if (name == NULL)
            return NULL;
    }
    r = PyErr_SetFromErrnoWithFilenameObject(exc, name);
    Py_XDECREF(name);
    return r;
}

PyObject *
PyErr_SetFromErrno(PyObject *exc)
{
    return PyErr_SetFromErrnoWithFilenameObject(exc, NULL);
}

void
_PyErr_BadInternalCall(char *filename, int lineno)
{
    PyErr_Format(PyExc_SystemError,
                 "%s:%d: bad argument to internal function",
                 filename, lineno);
}

#undef PyErr_BadInternalCall
void
PyErr_BadInternalCall(void)
{
    PyErr_SetString(PyExc_SystemError,
                    "bad argument to internal function");
}
#define PyErr_BadInternalCall() _PyErr_BadInternalCall(__FILE__, __LINE__)

PyObject *
PyErr_Format(PyObject *exception, const char *format, ...)
{
    va_list va;
    PyObject *msg;

    va_start(va, format);
    msg = PyString_FromFormatV(format, va);
    va_end(va);
    if (msg != NULL) {
        PyErr_SetObject(exception, msg);
        Py_DECREF(msg);
    }
    return NULL;
}

PyObject *
PyErr_NewException(char *name, PyObject *base, PyObject *dict)
{
    const char *dot;
    PyObject *own_dict = NULL, *modname = NULL, *bases = NULL;
    PyObject *result = NULL;

    if (name == NULL || (dot = strrchr(name, '.')) == NULL) {
        PyErr_SetString(PyExc_SystemError,
                        "PyErr_NewException: name must be module.class");
        return NULL;
    }
    if (base == NULL)
        base = PyExc_Exception;
    if (dict == NULL) {
        dict = own_dict = PyDict_New();
        if (dict == NULL)
            return NULL;
    }
    if (PyDict_GetItemString(dict, "__module__") == NULL) {
        modname = PyString_FromStringAndSize(name, (Py_ssize_t)(dot - name));
        if (modname == NULL ||
            PyDict_SetItemString(dict, "__module__", modname) < 0)
            goto done;
    }
    if (PyTuple_Check(base)) {
        Py_INCREF(base);
        bases = base;
    }
    else if ((bases = PyTuple_Pack(1, base)) == NULL)
        goto done;
    result = PyObject_CallFunction((PyObject *)&PyType_Type, "sOO",
                                   dot + 1, bases, dict);
done:
    Py_XDECREF(bases);
    Py_XDECREF(modname);
    Py_XDECREF(own_dict);
    return result;
}

/* Reports an exception that cannot propagate (raised by __del__, a
   weakref callback, a generator closed during deallocation...). */
void
PyErr_WriteUnraisable(PyObject *where)
{
    PyObject *t, *v, *tb, *err;

    PyErr_Fetch(&t, &v, &tb);
    err = PySys_GetObject("stderr");
    if (err != NULL && err != Py_None) {
        PyFile_WriteString("Exception ", err);
        if (t != NULL) {
            const char *cname;
            PyObject *mod = NULL;
            if (PyExceptionClass_Check(t)) {
                const char *dot;
                cname = PyExceptionClass_Name(t);
                dot = strrchr(cname, '.');
                if (dot != NULL)
                    cname = dot + 1;
                mod = PyObject_GetAttrString(t, "__module__");
                if (mod == NULL)
                    PyErr_Clear();
                if (mod != NULL && PyString_Check(mod)) {
                    PyFile_WriteString(PyString_AS_STRING(mod), err);
                    PyFile_WriteString(".", err);
                }
                else
                    PyFile_WriteString("<unknown>.", err);
                PyFile_WriteString(cname, err);
                Py_XDECREF(mod);
            }
            else if (PyFile_WriteObject(t, err, Py_PRINT_RAW) < 0)
                PyErr_Clear();
            if (v != NULL && v != Py_None) {
                PyFile_WriteString(": ", err);
                if (PyFile_WriteObject(v, err, 0) < 0)
                    PyErr_Clear();
            }
        }
        PyFile_WriteString(" in ", err);
        if (where == NULL || PyFile_WriteObject(where, err, 0) < 0) {
            PyErr_Clear();
            PyFile_WriteString("<unknown>", err);
        }
        PyFile_WriteString(" ignored\n", err);
        PyErr_Clear();
    }
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
}

/* ---- Warnings ---------------------------------------------------- */

/* The warnings module of the current interpreter, or NULL (no error
   set) when it cannot be used. */
static PyObject *
get_warnings_module(void)
{
    PyObject *modules, *mod;
    PyThreadState *ts = PyThreadState_GET();

    if (ts == NULL || ts->interp == NULL)
        return NULL;
    modules = ts->interp->modules;
    if (modules == NULL)
        return NULL;
    mod = PyDict_GetItemString(modules, "warnings");
    if (mod != NULL) {
        Py_INCREF(mod);
        return mod;
    }
    /* Not imported yet: try, but never fail because of it. */
    mod = PyImport_ImportModule("warnings");
    if (mod == NULL)
        PyErr_Clear();
    return mod;
}

static const char *
category_name(PyObject *category)
{
    if (category != NULL && PyType_Check(category)) {
        const char *name = ((PyTypeObject *)category)->tp_name;
        const char *dot = strrchr(name, '.');
        return dot != NULL ? dot + 1 : name;
    }
    if (category != NULL && PyClass_Check(category))
        return PyString_AS_STRING(((PyClassObject *)category)->cl_name);
    return "Warning";
}

static void
print_fallback_warning(PyObject *category, const char *message,
                       const char *filename, int lineno)
{
    PyObject *text = NULL;
    if (filename != NULL) {
        PySys_WriteStderr("%.500s:%d: %.100s: %.1000s\n", filename, lineno,
                          category_name(category), message);
        text = PyErr_ProgramText(filename, lineno);
        if (text != NULL && PyString_Check(text)) {
            const char *s = PyString_AS_STRING(text);
            int len;
            while (*s == ' ' || *s == '\t' || *s == '\f')
                s++;
            len = (int)strlen(s);
            while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r' ||
                               s[len - 1] == ' ' || s[len - 1] == '\t'))
                len--;
            PySys_WriteStderr("  %.*s\n", len > 1000 ? 1000 : len, s);
        }
        Py_XDECREF(text);
    }
    else
        PySys_WriteStderr("%.100s: %.1000s\n", category_name(category),
                          message);
}

int
PyErr_WarnEx(PyObject *category, const char *message, Py_ssize_t stack_level)
{
    PyObject *mod, *func, *res;

    if (category == NULL)
        category = PyExc_RuntimeWarning;
    mod = get_warnings_module();
    if (mod == NULL) {
        /* No warnings module: report where the running code is. */
        PyFrameObject *f = PyEval_GetFrame();
        while (f != NULL && stack_level > 1) {
            f = f->f_back;
            stack_level--;
        }
        if (f != NULL)
            print_fallback_warning(category, message,
                PyString_AsString(f->f_code->co_filename),
                PyFrame_GetLineNumber(f));
        else
            print_fallback_warning(category, message, "sys", 1);
        return 0;
    }
    func = PyObject_GetAttrString(mod, "warn");
    Py_DECREF(mod);
    if (func == NULL) {
        PyErr_Clear();
        print_fallback_warning(category, message, NULL, 0);
        return 0;
    }
    res = PyObject_CallFunction(func, "sOn", message, category, stack_level);
    Py_DECREF(func);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

#undef PyErr_Warn
int
PyErr_Warn(PyObject *category, char *message)
{
    return PyErr_WarnEx(category, message, 1);
}
#define PyErr_Warn(category, msg) PyErr_WarnEx(category, msg, 1)

static int warn_explicit(PyObject *category, const char *message,
                         const char *filename, int lineno,
                         const char *module, PyObject *registry);

/* The warnings module is Python code of the running interpreter: it runs
   on that interpreter's memory account even when the warning comes from
   work done on the process account (a library module compiled once for
   all sandboxes, Python/import.c), so that a sandbox's warning hooks can
   never allocate on the process's account. */
int
PyErr_WarnExplicit(PyObject *category, const char *message,
                   const char *filename, int lineno,
                   const char *module, PyObject *registry)
{
    PyThreadState *ts = PyThreadState_GET();
    PyMemAccount *saved;
    int r;

    if (ts == NULL || ts->interp == NULL)
        return warn_explicit(category, message, filename, lineno, module,
                             registry);
    saved = _PyMem_SetCurrentAccount(
        _PyInterpreterState_EX(ts->interp)->account);
    r = warn_explicit(category, message, filename, lineno, module, registry);
    _PyMem_SetCurrentAccount(saved);
    return r;
}

static int
warn_explicit(PyObject *category, const char *message,
              const char *filename, int lineno,
              const char *module, PyObject *registry)
{
    PyObject *mod, *func, *res;

    if (category == NULL)
        category = PyExc_RuntimeWarning;
    mod = get_warnings_module();
    if (mod == NULL) {
        print_fallback_warning(category, message, filename, lineno);
        return 0;
    }
    func = PyObject_GetAttrString(mod, "warn_explicit");
    Py_DECREF(mod);
    if (func == NULL) {
        PyErr_Clear();
        print_fallback_warning(category, message, filename, lineno);
        return 0;
    }
    if (registry == NULL)
        registry = Py_None;
    res = PyObject_CallFunction(func, "sOsizO", message, category,
                                filename, lineno, module, registry);
    Py_DECREF(func);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

/* ---- Signals ----------------------------------------------------- */

int
PyErr_CheckSignals(void)
{
    if (&_PySignal_Pending == NULL || &_PySignal_CheckPending == NULL ||
        !_PySignal_Pending)
        return 0;
    return _PySignal_CheckPending();
}

/* ---- Syntax error locations ------------------------------------- */

void
PyErr_SyntaxLocation(const char *filename, int lineno)
{
    PyObject *t, *v, *tb, *tmp;

    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    if (v != NULL && PyExceptionInstance_Check(v)) {
        tmp = PyInt_FromLong(lineno);
        if (tmp == NULL || PyObject_SetAttrString(v, "lineno", tmp) < 0)
            PyErr_Clear();
        Py_XDECREF(tmp);
        if (filename != NULL) {
            tmp = PyString_FromString(filename);
            if (tmp == NULL ||
                PyObject_SetAttrString(v, "filename", tmp) < 0)
                PyErr_Clear();
            Py_XDECREF(tmp);
            tmp = PyErr_ProgramText(filename, lineno);
            if (tmp != NULL) {
                if (PyObject_SetAttrString(v, "text", tmp) < 0)
                    PyErr_Clear();
                Py_DECREF(tmp);
            }
        }
        if (PyObject_SetAttrString(v, "offset", Py_None) < 0)
            PyErr_Clear();
        if (t != PyExc_SyntaxError) {
            /* other exceptions get what the error printer looks for */
            if (!PyObject_HasAttrString(v, "msg")) {
                tmp = PyObject_Str(v);
                if (tmp == NULL || PyObject_SetAttrString(v, "msg", tmp) < 0)
                    PyErr_Clear();
                Py_XDECREF(tmp);
            }
            if (!PyObject_HasAttrString(v, "print_file_and_line") &&
                PyObject_SetAttrString(v, "print_file_and_line", Py_None) < 0)
                PyErr_Clear();
        }
    }
    PyErr_Restore(t, v, tb);
}

/* Line `lineno` (1-based) of file `filename`, as a str with its newline,
   or NULL (no exception set) if it cannot be read.  A sandbox never
   reads files this way: its file names come from compile() arguments
   and would otherwise let it read any line of any host file. */
PyObject *
PyErr_ProgramText(const char *filename, int lineno)
{
    FILE *fp;
    char line[1000];
    int current = 0;
    PyObject *res = NULL;

    if (filename == NULL || *filename == '\0' || lineno <= 0)
        return NULL;
    if (_PyInterpreterState_IsSandboxed())
        return NULL;
    fp = fopen(filename, "r");
    if (fp == NULL)
        return NULL;
    while (current < lineno) {
        size_t len;
        int complete;
        if (fgets(line, (int)sizeof(line), fp) == NULL)
            break;
        len = strlen(line);
        complete = len > 0 && line[len - 1] == '\n';
        if (complete || feof(fp))
            current++;
        if (current == lineno) {
            res = PyString_FromStringAndSize(line, (Py_ssize_t)len);
            if (res == NULL)
                PyErr_Clear();
        }
        /* long lines are read in pieces; only the last piece counts the
           line (keeps the first 999 bytes of an overlong target line
           out of reach, which is fine for diagnostics) */
    }
    fclose(fp);
    return res;
}
