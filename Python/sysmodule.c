/* The sys module.

   Every interpreter gets its own sys (its dict is interp->sysdict).  As
   the project's security model requires, the names are split in two
   groups: sys.info (values and functions that reveal or change nothing
   outside the interpreter) and sys.settings (everything that does).  A
   trusted interpreter's sys carries both groups flat, as in 2.5, plus the
   two views; a sandbox's sys is built by _PySys_BuildSandboxModule from
   the safe group only. */

#include "Python.h"
#include "frameobject.h"
#include "structseq.h"
#include "osdefs.h"
#include "marshal.h"

#include <locale.h>
/* configure may not have looked for langinfo.h; the compiler can tell */
#if defined(HAVE_LANGINFO_H)
#define SYS_HAVE_LANGINFO 1
#elif defined(__has_include)
#if __has_include(<langinfo.h>)
#define SYS_HAVE_LANGINFO 1
#endif
#endif
#ifdef SYS_HAVE_LANGINFO
#include <langinfo.h>
#endif

/* ---- the two groups of names ---- */

static const char *const safe_names[] = {
    "builtin_module_names", "byteorder", "copyright", "displayhook",
    "excepthook", "exc_info", "exc_clear", "exit", "getdefaultencoding",
    "getrefcount", "getrecursionlimit", "getcheckinterval", "hexversion",
    "maxint", "maxunicode", "version", "api_version", "version_info",
    "ps1", "ps2", "stdin", "stdout", "stderr",
    NULL
};

static const char *const settings_names[] = {
    "argv", "subversion", "_current_frames", "exc_type", "exc_value",
    "exc_traceback", "prefix", "exec_prefix", "executable", "_getframe",
    "modules", "path", "platform", "setcheckinterval", "setdefaultencoding",
    "setprofile", "setrecursionlimit", "settrace", "__stdin__",
    "__stdout__", "__stderr__", "meta_path", "path_hooks",
    "path_importer_cache",
    NULL
};

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

static int
is_safe_name(const char *name)
{
    const char *const *p;
    for (p = safe_names; *p != NULL; p++)
        if (strcmp(*p, name) == 0)
            return 1;
    return 0;
}

/* ---- C API ---- */

static PyObject *
current_sysdict(void)
{
    PyThreadState *ts = PyThreadState_GET();
    if (ts == NULL || ts->interp == NULL)
        return NULL;
    return ts->interp->sysdict;
}

PyObject *
PySys_GetObject(char *name)
{
    PyObject *sd = current_sysdict();
    if (sd == NULL)
        return NULL;
    return PyDict_GetItemString(sd, name);
}

int
PySys_SetObject(char *name, PyObject *v)
{
    PyObject *sd = current_sysdict();
    if (sd == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys module");
        return -1;
    }
    if (v == NULL) {
        if (PyDict_GetItemString(sd, name) == NULL)
            return 0;
        return PyDict_DelItemString(sd, name);
    }
    return PyDict_SetItemString(sd, name, v);
}

FILE *
PySys_GetFile(char *name, FILE *def)
{
    PyObject *v = PySys_GetObject(name);
    if (v != NULL && PyFile_Check(v)) {
        FILE *fp = PyFile_AsFile(v);
        if (fp != NULL)
            return fp;
    }
    return def;
}

/* Write formatted text to sys.<name>; straight to fp when that stream is
   the C stream itself, else at most 1000 bytes through its write().  A
   trusted interpreter falls back to fp when sys.<name> is missing or
   fails, as 2.5 does; a sandbox never does: fp is the process's stream,
   which it may not have been given (a sandbox that removed its stream
   simply has nowhere to write). */
static void
sys_vwrite(char *name, FILE *fp, const char *format, va_list va)
{
    PyObject *et, *ev, *etb, *stream;
    int fallback = !_PyInterpreterState_IsSandboxed();

    PyErr_Fetch(&et, &ev, &etb);
    stream = PySys_GetObject(name);
    if (stream == NULL || (fallback && PyFile_AsFile(stream) == fp)) {
        if (fallback)
            vfprintf(fp, format, va);
    }
    else {
        char text[1001];
        int n = PyOS_vsnprintf(text, sizeof(text), format, va);
        if (PyFile_WriteString(text, stream) != 0) {
            PyErr_Clear();
            if (fallback)
                fputs(text, fp);
        }
        if (n < 0 || (size_t)n >= sizeof(text)) {
            const char *tail = "... truncated";
            if (PyFile_WriteString(tail, stream) != 0) {
                PyErr_Clear();
                if (fallback)
                    fputs(tail, fp);
            }
        }
    }
    PyErr_Restore(et, ev, etb);
}

void
PySys_WriteStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_vwrite("stdout", stdout, format, va);
    va_end(va);
}

void
PySys_WriteStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_vwrite("stderr", stderr, format, va);
    va_end(va);
}

/* -W options arrive before any interpreter exists, so they are kept as C
   strings (process configuration, not Python state). */
static char **warn_opts = NULL;
static int warn_count = 0;

void
PySys_ResetWarnOptions(void)
{
    int i;
    PyObject *lst;
    for (i = 0; i < warn_count; i++)
        PyMem_RawFree(warn_opts[i]);
    PyMem_RawFree(warn_opts);
    warn_opts = NULL;
    warn_count = 0;
    if (PyThreadState_GET() != NULL) {
        lst = PySys_GetObject("warnoptions");
        if (lst != NULL && PyList_Check(lst))
            PyList_SetSlice(lst, 0, PyList_GET_SIZE(lst), NULL);
    }
}

void
PySys_AddWarnOption(char *s)
{
    char **grown;
    char *copy;
    size_t n = strlen(s);
    PyObject *lst;

    grown = (char **)PyMem_RawRealloc(warn_opts,
                                      (warn_count + 1) * sizeof(char *));
    if (grown == NULL)
        return;
    warn_opts = grown;
    copy = (char *)PyMem_RawMalloc(n + 1);
    if (copy == NULL)
        return;
    memcpy(copy, s, n + 1);
    warn_opts[warn_count++] = copy;

    if (PyThreadState_GET() != NULL) {
        lst = PySys_GetObject("warnoptions");
        if (lst != NULL && PyList_Check(lst)) {
            PyObject *str = PyString_FromString(s);
            if (str != NULL) {
                PyList_Append(lst, str);
                Py_DECREF(str);
            }
            PyErr_Clear();
        }
    }
}

static PyObject *
make_warnoptions(void)
{
    PyObject *lst = PyList_New(0);
    int i;
    if (lst == NULL)
        return NULL;
    for (i = 0; i < warn_count; i++) {
        PyObject *s = PyString_FromString(warn_opts[i]);
        if (s == NULL || PyList_Append(lst, s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(lst);
            return NULL;
        }
        Py_DECREF(s);
    }
    return lst;
}

/* ---- functions of the module ---- */

static PyObject *
sys_displayhook(PyObject *self, PyObject *o)
{
    PyThreadState *ts = PyThreadState_GET();
    PyObject *builtins = ts->interp->builtins;
    PyObject *out;

    if (builtins == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost __builtin__");
        return NULL;
    }
    if (o == Py_None)
        Py_RETURN_NONE;
    /* '_' is None while printing so that a recursive repr sees no loop */
    if (PyDict_SetItemString(builtins, "_", Py_None) != 0)
        return NULL;
    if (Py_FlushLine() != 0)
        return NULL;
    out = PySys_GetObject("stdout");
    if (out == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    if (PyFile_WriteObject(o, out, 0) != 0)
        return NULL;
    PyFile_SoftSpace(out, 1);
    if (Py_FlushLine() != 0)
        return NULL;
    if (PyDict_SetItemString(builtins, "_", o) != 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sys_excepthook(PyObject *self, PyObject *args)
{
    PyObject *t, *v, *tb;
    if (!PyArg_UnpackTuple(args, "excepthook", 3, 3, &t, &v, &tb))
        return NULL;
    PyErr_Display(t, v, tb);
    Py_RETURN_NONE;
}

static PyObject *
sys_exc_info(PyObject *self, PyObject *noargs)
{
    PyThreadState *ts = PyThreadState_GET();
    return Py_BuildValue("(OOO)",
                         ts->exc_type ? ts->exc_type : Py_None,
                         ts->exc_value ? ts->exc_value : Py_None,
                         ts->exc_traceback ? ts->exc_traceback : Py_None);
}

static PyObject *
sys_exc_clear(PyObject *self, PyObject *noargs)
{
    PyThreadState *ts = PyThreadState_GET();
    PyObject *t = ts->exc_type, *v = ts->exc_value, *tb = ts->exc_traceback;

    ts->exc_type = NULL;
    ts->exc_value = NULL;
    ts->exc_traceback = NULL;
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    /* the 1.5-era attributes follow the current exception */
    PySys_SetObject("exc_type", Py_None);
    PySys_SetObject("exc_value", Py_None);
    PySys_SetObject("exc_traceback", Py_None);
    Py_RETURN_NONE;
}

static PyObject *
sys_exit(PyObject *self, PyObject *args)
{
    PyObject *code = NULL;
    if (!PyArg_UnpackTuple(args, "exit", 0, 1, &code))
        return NULL;
    PyErr_SetObject(PyExc_SystemExit, code);
    return NULL;
}

static PyObject *
sys_getdefaultencoding(PyObject *self, PyObject *noargs)
{
    return PyString_FromString(PyUnicode_GetDefaultEncoding());
}

static PyObject *
sys_setdefaultencoding(PyObject *self, PyObject *args)
{
    char *enc;
    if (!PyArg_ParseTuple(args, "s:setdefaultencoding", &enc))
        return NULL;
    if (PyUnicode_SetDefaultEncoding(enc) != 0)
        return NULL;
    Py_RETURN_NONE;
}

/* call_tracing(func, args): func(*args) with tracing back on, for a
   debugger that is itself running inside a trace function. */
static PyObject *
sys_call_tracing(PyObject *self, PyObject *args)
{
    PyObject *func, *funcargs;
    if (!PyArg_ParseTuple(args, "OO!:call_tracing", &func,
                          &PyTuple_Type, &funcargs))
        return NULL;
    return _PyEval_CallTracing(func, funcargs);
}

static PyObject *
sys_getfilesystemencoding(PyObject *self, PyObject *noargs)
{
    if (Py_FileSystemDefaultEncoding != NULL)
        return PyString_FromString(Py_FileSystemDefaultEncoding);
    Py_RETURN_NONE;
}

static PyObject *
sys_getrefcount(PyObject *self, PyObject *arg)
{
    return PyInt_FromSsize_t(arg->ob_refcnt);
}

static PyObject *
sys_getrecursionlimit(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong(Py_GetRecursionLimit());
}

static PyObject *
sys_setrecursionlimit(PyObject *self, PyObject *args)
{
    int limit;
    if (!PyArg_ParseTuple(args, "i:setrecursionlimit", &limit))
        return NULL;
    if (limit <= 0) {
        PyErr_SetString(PyExc_ValueError, "recursion limit must be positive");
        return NULL;
    }
    Py_SetRecursionLimit(limit);
    Py_RETURN_NONE;
}

static PyObject *
sys_getcheckinterval(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong(_Py_CheckInterval);
}

static PyObject *
sys_setcheckinterval(PyObject *self, PyObject *args)
{
    int n;
    if (!PyArg_ParseTuple(args, "i:setcheckinterval", &n))
        return NULL;
    _Py_CheckInterval = n;
    Py_RETURN_NONE;
}

static PyObject *
sys_getdlopenflags(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong(PyThreadState_GET()->interp->dlopenflags);
}

static PyObject *
sys_setdlopenflags(PyObject *self, PyObject *args)
{
    int flags;
    if (!PyArg_ParseTuple(args, "i:setdlopenflags", &flags))
        return NULL;
    PyThreadState_GET()->interp->dlopenflags = flags;
    Py_RETURN_NONE;
}

static PyObject *
sys_getframe(PyObject *self, PyObject *args)
{
    PyFrameObject *f = PyThreadState_GET()->frame;
    int depth = 0;

    if (!PyArg_ParseTuple(args, "|i:_getframe", &depth))
        return NULL;
    while (depth > 0 && f != NULL) {
        f = f->f_back;
        depth--;
    }
    if (f == NULL) {
        PyErr_SetString(PyExc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    Py_INCREF(f);
    return (PyObject *)f;
}

static PyObject *
sys_current_frames(PyObject *self, PyObject *noargs)
{
    return _PyThread_CurrentFrames();
}

/* Tracing and profiling: bridge the C hook to a Python callable. */

static PyObject *
trace_event_name(int what)
{
    static const char *const names[] = {
        "call", "exception", "line", "return",
        "c_call", "c_exception", "c_return"
    };
    if (what < 0 || what > 6)
        what = 0;
    return PyString_InternFromString(names[what]);
}

static PyObject *
trace_call(PyObject *callback, PyFrameObject *frame, int what, PyObject *arg)
{
    PyObject *name, *args, *result;

    name = trace_event_name(what);
    if (name == NULL)
        return NULL;
    PyFrame_FastToLocals(frame);
    args = PyTuple_Pack(3, (PyObject *)frame, name, arg ? arg : Py_None);
    Py_DECREF(name);
    if (args == NULL)
        return NULL;
    result = PyEval_CallObject(callback, args);
    PyFrame_LocalsToFast(frame, 1);
    Py_DECREF(args);
    if (result == NULL)
        PyTraceBack_Here(frame);
    return result;
}

static int
profile_hook(PyObject *self, PyFrameObject *frame, int what, PyObject *arg)
{
    PyObject *result;
    if (arg == NULL)
        arg = Py_None;
    result = trace_call(self, frame, what, arg);
    if (result == NULL) {
        PyEval_SetProfile(NULL, NULL);
        return -1;
    }
    Py_DECREF(result);
    return 0;
}

static int
trace_hook(PyObject *self, PyFrameObject *frame, int what, PyObject *arg)
{
    PyObject *callback, *result;

    callback = (what == PyTrace_CALL) ? self : frame->f_trace;
    if (callback == NULL)
        return 0;
    result = trace_call(callback, frame, what, arg);
    if (result == NULL) {
        PyEval_SetTrace(NULL, NULL);
        Py_CLEAR(frame->f_trace);
        return -1;
    }
    if (result != Py_None) {
        PyObject *old = frame->f_trace;
        frame->f_trace = result;
        Py_XDECREF(old);
    }
    else
        Py_DECREF(result);
    return 0;
}

static PyObject *
sys_settrace(PyObject *self, PyObject *func)
{
    if (func == Py_None)
        PyEval_SetTrace(NULL, NULL);
    else
        PyEval_SetTrace(trace_hook, func);
    Py_RETURN_NONE;
}

static PyObject *
sys_setprofile(PyObject *self, PyObject *func)
{
    if (func == Py_None)
        PyEval_SetProfile(NULL, NULL);
    else
        PyEval_SetProfile(profile_hook, func);
    Py_RETURN_NONE;
}

static PyObject *
sys_callstats(PyObject *self, PyObject *noargs)
{
    Py_RETURN_NONE;
}

PyDoc_STRVAR(sys_doc,
"This module provides access to some objects used or maintained by the\n\
interpreter and to functions that interact strongly with the interpreter.\n\
\n\
Dynamic objects:\n\
\n\
argv -- command line arguments; argv[0] is the script pathname if known\n\
path -- module search path; path[0] is the script directory, else ''\n\
modules -- dictionary of loaded modules\n\
\n\
displayhook -- called to show results in an interactive session\n\
excepthook -- called to handle any uncaught exception other than SystemExit\n\
\n\
stdin -- standard input file object; used by raw_input() and input()\n\
stdout -- standard output file object; used by the print statement\n\
stderr -- standard error object; used for error messages\n\
\n\
info -- the values every interpreter may see\n\
settings -- the values that reach outside the interpreter\n\
\n\
Functions:\n\
\n\
exc_info() -- the exception currently being handled\n\
exit() -- exit the interpreter by raising SystemExit\n\
getrefcount() -- the reference count of an object (plus one)\n\
getrecursionlimit() -- the maximum depth of the Python stack\n\
setrecursionlimit() -- set the maximum depth of the Python stack\n\
");

static PyMethodDef sys_methods[] = {
    {"call_tracing", sys_call_tracing, METH_VARARGS,
     "call_tracing(func, args) -> object\n\nCall func(*args) with tracing "
     "enabled, saving the tracing state\nand restoring it afterwards (for "
     "debuggers that debug code from\ninside a trace function)."},
    {"callstats", sys_callstats, METH_NOARGS, NULL},
    {"_current_frames", sys_current_frames, METH_NOARGS,
     "_current_frames() -> dictionary\n\nMap thread ids to their top frames."},
    {"displayhook", sys_displayhook, METH_O,
     "displayhook(object) -> None\n\nPrint an object to sys.stdout and also save it in __builtin__._\n"},
    {"excepthook", sys_excepthook, METH_VARARGS,
     "excepthook(exctype, value, traceback) -> None\n\nHandle an exception by displaying it with a traceback on sys.stderr.\n"},
    {"exc_info", sys_exc_info, METH_NOARGS,
     "exc_info() -> (type, value, traceback)\n\nReturn information about the most recent exception caught by an except\nclause in the current stack frame or in an older stack frame."},
    {"exc_clear", sys_exc_clear, METH_NOARGS,
     "exc_clear() -> None\n\nClear global information on the current exception."},
    {"exit", sys_exit, METH_VARARGS,
     "exit([status])\n\nExit the interpreter by raising SystemExit(status).\nIf the status is omitted or None, it defaults to zero (i.e., success).\nIf the status is numeric, it will be used as the system exit status.\nIf it is another kind of object, it will be printed and the system\nexit status will be one (i.e., failure)."},
    {"getdefaultencoding", sys_getdefaultencoding, METH_NOARGS,
     "getdefaultencoding() -> string\n\nReturn the current default string encoding used by the Unicode \nimplementation."},
    {"getdlopenflags", sys_getdlopenflags, METH_NOARGS, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, METH_NOARGS,
     "getfilesystemencoding() -> string\n\nReturn the encoding used to convert Unicode filenames in\noperating system filenames."},
    {"getrefcount", sys_getrefcount, METH_O,
     "getrefcount(object) -> integer\n\nReturn the reference count of object.  The count returned is generally\none higher than you might expect, because it includes the (temporary)\nreference as an argument to getrefcount()."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOARGS,
     "getrecursionlimit()\n\nReturn the current value of the recursion limit, the maximum depth\nof the Python interpreter stack."},
    {"_getframe", sys_getframe, METH_VARARGS,
     "_getframe([depth]) -> frameobject\n\nReturn a frame object from the call stack."},
    {"setdefaultencoding", sys_setdefaultencoding, METH_VARARGS,
     "setdefaultencoding(encoding)\n\nSet the current default string encoding used by the Unicode implementation."},
    {"setcheckinterval", sys_setcheckinterval, METH_VARARGS,
     "setcheckinterval(n)\n\nTell the Python interpreter to check for asynchronous events every\nn instructions."},
    {"getcheckinterval", sys_getcheckinterval, METH_NOARGS,
     "getcheckinterval() -> current check interval; see setcheckinterval()."},
    {"setdlopenflags", sys_setdlopenflags, METH_VARARGS, NULL},
    {"setprofile", sys_setprofile, METH_O,
     "setprofile(function)\n\nSet the profiling function."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_VARARGS,
     "setrecursionlimit(n)\n\nSet the maximum depth of the Python interpreter stack to n."},
    {"settrace", sys_settrace, METH_O,
     "settrace(function)\n\nSet the global debug tracing function."},
    {NULL, NULL}
};

/* ---- sys.info / sys.settings: live views on a restricted name set ---- */

typedef struct {
    PyObject_HEAD
    PyObject *dict;                 /* the sys dict viewed */
    const char *const *names;       /* the names it exposes */
    const char *label;
} SysViewObject;

static int
view_allows(SysViewObject *v, const char *name)
{
    const char *const *p;
    for (p = v->names; *p != NULL; p++)
        if (strcmp(*p, name) == 0)
            return 1;
    return 0;
}

static void
view_dealloc(SysViewObject *v)
{
    PyObject_GC_UnTrack(v);
    Py_XDECREF(v->dict);
    PyObject_GC_Del(v);
}

static int
view_traverse(SysViewObject *v, visitproc visit, void *arg)
{
    Py_VISIT(v->dict);
    return 0;
}

static int
view_clear(SysViewObject *v)
{
    Py_CLEAR(v->dict);
    return 0;
}

static PyObject *
view_repr(SysViewObject *v)
{
    return PyString_FromFormat("<%s>", v->label);
}

static PyObject *
view_members(SysViewObject *v)
{
    PyObject *lst = PyList_New(0);
    const char *const *p;
    if (lst == NULL)
        return NULL;
    for (p = v->names; *p != NULL; p++) {
        if (v->dict != NULL && PyDict_GetItemString(v->dict, *p) != NULL) {
            PyObject *s = PyString_FromString(*p);
            if (s == NULL || PyList_Append(lst, s) < 0) {
                Py_XDECREF(s);
                Py_DECREF(lst);
                return NULL;
            }
            Py_DECREF(s);
        }
    }
    if (PyList_Sort(lst) < 0) {
        Py_DECREF(lst);
        return NULL;
    }
    return lst;
}

static PyObject *
view_getattro(SysViewObject *v, PyObject *name)
{
    const char *s;
    PyObject *value;

    if (!PyString_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "attribute name must be string");
        return NULL;
    }
    s = PyString_AS_STRING(name);
    if (strcmp(s, "__members__") == 0)
        return view_members(v);
    if (strcmp(s, "__name__") == 0)
        return PyString_FromString(v->label);
    if (strcmp(v->label, "sys.info") == 0 && strncmp(s, "memory_", 7) == 0) {
        /* The interpreter's own memory account: what it may know of
           itself (its creator reads the same figures from outside). */
        PyMemAccount *a = _PyInterpreterState_EX(PyThreadState_GET()->interp)->account;
        if (strcmp(s, "memory_used") == 0)
            return PyLong_FromUnsignedLongLong(_PyMem_AccountUsed(a));
        if (strcmp(s, "memory_peak") == 0)
            return PyLong_FromUnsignedLongLong(_PyMem_AccountPeak(a));
        if (strcmp(s, "memory_limit") == 0) {
            if (_PyMem_AccountLimit(a) == 0)
                Py_RETURN_NONE;
            return PyLong_FromUnsignedLongLong(_PyMem_AccountLimit(a));
        }
    }
    if (v->dict != NULL && view_allows(v, s)) {
        value = PyDict_GetItem(v->dict, name);
        if (value != NULL) {
            Py_INCREF(value);
            return value;
        }
    }
    if (strncmp(s, "__", 2) == 0)
        return PyObject_GenericGetAttr((PyObject *)v, name);
    PyErr_Format(PyExc_AttributeError, "'%.50s' object has no attribute '%.400s'",
                 v->label, s);
    return NULL;
}

static int
view_setattro(SysViewObject *v, PyObject *name, PyObject *value)
{
    const char *s;
    if (!PyString_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "attribute name must be string");
        return -1;
    }
    s = PyString_AS_STRING(name);
    if (v->dict == NULL || !view_allows(v, s)) {
        PyErr_Format(PyExc_AttributeError,
                     "'%.50s' object has no attribute '%.400s'", v->label, s);
        return -1;
    }
    if (value == NULL) {
        if (PyDict_DelItem(v->dict, name) < 0) {
            PyErr_Clear();
            PyErr_Format(PyExc_AttributeError, "%.400s", s);
            return -1;
        }
        return 0;
    }
    return PyDict_SetItem(v->dict, name, value);
}

static PyMethodDef view_methods[] = {
    {"__dir__", (PyCFunction)view_members, METH_NOARGS, NULL},
    {NULL, NULL}
};

static PyTypeObject SysView_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "sys.namespace",
    sizeof(SysViewObject),
    0,
    (destructor)view_dealloc,           /* tp_dealloc */
    0, 0, 0, 0,
    (reprfunc)view_repr,                /* tp_repr */
    0, 0, 0, 0, 0, 0,
    (getattrofunc)view_getattro,        /* tp_getattro */
    (setattrofunc)view_setattro,        /* tp_setattro */
    0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    "A view on part of the sys module.",
    (traverseproc)view_traverse,
    (inquiry)view_clear,
    0, 0, 0, 0,
    view_methods,
};

static PyObject *
make_view(PyObject *dict, const char *const *names, const char *label)
{
    SysViewObject *v;
    if (!(SysView_Type.tp_flags & Py_TPFLAGS_READY)) {
        if (PyType_Ready(&SysView_Type) < 0)
            return NULL;
    }
    v = PyObject_GC_New(SysViewObject, &SysView_Type);
    if (v == NULL)
        return NULL;
    Py_INCREF(dict);
    v->dict = dict;
    v->names = names;
    v->label = label;
    PyObject_GC_Track(v);
    return (PyObject *)v;
}

/* ---- building the module ---- */

static int
set_new(PyObject *d, const char *name, PyObject *v)
{
    int rc;
    if (v == NULL)
        return -1;
    rc = PyDict_SetItemString(d, name, v);
    Py_DECREF(v);
    return rc;
}

static PyObject *
make_builtin_names(void)
{
    PyObject *lst, *tup;
    struct _inittab *p;

    lst = PyList_New(0);
    if (lst == NULL)
        return NULL;
    for (p = PyImport_Inittab; p != NULL && p->name != NULL; p++) {
        PyObject *s = PyString_FromString(p->name);
        if (s == NULL || PyList_Append(lst, s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(lst);
            return NULL;
        }
        Py_DECREF(s);
    }
    if (PyList_Sort(lst) != 0) {
        Py_DECREF(lst);
        return NULL;
    }
    tup = PyList_AsTuple(lst);
    Py_DECREF(lst);
    return tup;
}

static PyObject *
make_version_info(void)
{
    const char *level;
    switch (PY_RELEASE_LEVEL) {
    case PY_RELEASE_LEVEL_ALPHA: level = "alpha"; break;
    case PY_RELEASE_LEVEL_BETA:  level = "beta"; break;
    case PY_RELEASE_LEVEL_GAMMA: level = "candidate"; break;
    default:                     level = "final"; break;
    }
    return Py_BuildValue("(iiisi)", PY_MAJOR_VERSION, PY_MINOR_VERSION,
                         PY_MICRO_VERSION, level, PY_RELEASE_SERIAL);
}

/* The streams of the process: every interpreter's sys.stdout wraps the
   same C stdout so that output interleaves in order. */
static PyObject *
make_std_file(FILE *fp, char *name, char *mode)
{
    return PyFile_FromFile(fp, name, mode, NULL);
}

/* Put the values of the safe group into d (functions from `methods`). */
static int
fill_safe(PyObject *d, PyObject *module_name,
          PyObject *in, PyObject *out, PyObject *err)
{
    PyMethodDef *def;

    for (def = sys_methods; def->ml_name != NULL; def++) {
        if (!is_safe_name(def->ml_name))
            continue;
        if (set_new(d, def->ml_name,
                    PyCFunction_NewEx(def, NULL, module_name)) < 0)
            return -1;
    }
    if (set_new(d, "builtin_module_names", make_builtin_names()) < 0 ||
        set_new(d, "byteorder", PyString_FromString(
#ifdef WORDS_BIGENDIAN
                    "big"
#else
                    "little"
#endif
                    )) < 0 ||
        set_new(d, "copyright", PyString_FromString(Py_GetCopyright())) < 0 ||
        set_new(d, "hexversion", PyInt_FromLong(PY_VERSION_HEX)) < 0 ||
        set_new(d, "maxint", PyInt_FromLong(PyInt_GetMax())) < 0 ||
        set_new(d, "maxunicode", PyInt_FromLong(PyUnicode_GetMax())) < 0 ||
        set_new(d, "version", PyString_FromString(Py_GetVersion())) < 0 ||
        set_new(d, "api_version", PyInt_FromLong(PYTHON_API_VERSION)) < 0 ||
        set_new(d, "version_info", make_version_info()) < 0)
        return -1;
    if (PyDict_SetItemString(d, "stdin", in ? in : Py_None) < 0 ||
        PyDict_SetItemString(d, "stdout", out ? out : Py_None) < 0 ||
        PyDict_SetItemString(d, "stderr", err ? err : Py_None) < 0)
        return -1;
    return 0;
}

static const char *
platform_filesystem_encoding(void)
{
    /* Decided once per process from the locale (2.5 does the same in
       Py_Initialize); the result is an immutable C string. */
    static char codeset[64];
    static int done = 0;
    if (!done) {
        done = 1;
#if defined(SYS_HAVE_LANGINFO) && defined(CODESET)
        {
            char *saved = setlocale(LC_CTYPE, NULL);
            char *copy = NULL;
            const char *cs;
            if (saved != NULL) {
                size_t n = strlen(saved) + 1;
                copy = (char *)PyMem_RawMalloc(n);
                if (copy != NULL)
                    memcpy(copy, saved, n);
            }
            setlocale(LC_CTYPE, "");
            cs = nl_langinfo(CODESET);
            if (cs != NULL && *cs != '\0' && strlen(cs) < sizeof(codeset))
                strcpy(codeset, cs);
            setlocale(LC_CTYPE, copy ? copy : "C");
            PyMem_RawFree(copy);
        }
#endif
    }
    return codeset[0] ? codeset : NULL;
}

PyObject *
_PySys_Init(void)
{
    PyObject *m, *d, *name, *in, *out, *err, *v;
    PyMethodDef *def;

    if (Py_FileSystemDefaultEncoding == NULL)
        Py_FileSystemDefaultEncoding = platform_filesystem_encoding();

    m = PyImport_AddModule("sys");
    if (m == NULL)
        return NULL;
    Py_INCREF(m);
    d = PyModule_GetDict(m);
    name = PyString_FromString("sys");
    if (name == NULL)
        goto fail;

    /* the functions of the settings group; fill_safe adds the others */
    for (def = sys_methods; def->ml_name != NULL; def++) {
        if (is_safe_name(def->ml_name))
            continue;
        if (set_new(d, def->ml_name, PyCFunction_NewEx(def, NULL, name)) < 0) {
            Py_DECREF(name);
            goto fail;
        }
    }
    if (set_new(d, "__doc__", PyString_FromString(sys_doc)) < 0)
        goto fail_name;

    in = make_std_file(stdin, "<stdin>", "r");
    out = make_std_file(stdout, "<stdout>", "w");
    err = make_std_file(stderr, "<stderr>", "w");
    if (in == NULL || out == NULL || err == NULL) {
        Py_XDECREF(in);
        Py_XDECREF(out);
        Py_XDECREF(err);
        goto fail_name;
    }
    if (PyDict_SetItemString(d, "__stdin__", in) < 0 ||
        PyDict_SetItemString(d, "__stdout__", out) < 0 ||
        PyDict_SetItemString(d, "__stderr__", err) < 0 ||
        fill_safe(d, name, in, out, err) < 0) {
        Py_DECREF(in);
        Py_DECREF(out);
        Py_DECREF(err);
        goto fail_name;
    }
    Py_DECREF(in);
    Py_DECREF(out);
    Py_DECREF(err);
    Py_DECREF(name);

    v = PyDict_GetItemString(d, "displayhook");
    if (v == NULL || PyDict_SetItemString(d, "__displayhook__", v) < 0)
        goto fail;
    v = PyDict_GetItemString(d, "excepthook");
    if (v == NULL || PyDict_SetItemString(d, "__excepthook__", v) < 0)
        goto fail;

    if (set_new(d, "subversion",
                Py_BuildValue("(sss)", "CPython", "tags/r256", "88840")) < 0 ||
        set_new(d, "platform", PyString_FromString(Py_GetPlatform())) < 0 ||
        set_new(d, "executable",
                PyString_FromString(Py_GetProgramFullPath())) < 0 ||
        set_new(d, "prefix", PyString_FromString(Py_GetPrefix())) < 0 ||
        set_new(d, "exec_prefix", PyString_FromString(Py_GetExecPrefix())) < 0 ||
        set_new(d, "warnoptions", make_warnoptions()) < 0 ||
        set_new(d, "meta_path", PyList_New(0)) < 0 ||
        set_new(d, "path_hooks", PyList_New(0)) < 0 ||
        set_new(d, "path_importer_cache", PyDict_New()) < 0)
        goto fail;

    if (set_new(d, "info", make_view(d, safe_names, "sys.info")) < 0 ||
        set_new(d, "settings", make_view(d, settings_names, "sys.settings")) < 0)
        goto fail;

    if (PyErr_Occurred())
        goto fail;
    return m;

fail_name:
    Py_DECREF(name);
fail:
    Py_DECREF(m);
    return NULL;
}

/* What every sandbox's sys starts from, made once per process and
   charged to the process account: the version values, builtin_module_names,
   copyright, __doc__ and __name__.  They are immutable (str, int, tuples
   of these), so sandboxes share them; each gets its own dict, streams and
   sys.info view.

   The functions are made afresh for each sandbox: a built-in function's
   __module__ can be assigned from Python, so a shared one would be a
   channel between sandboxes.  (The builtins template of Python/sandbox.c
   shares its functions; that relies on __module__ being refused in a
   sandbox.) */
static PyObject *sandbox_sys_template;
static PyObject *sandbox_sys_name;
#define MAX_SAFE_FUNCTIONS 16
static PyMethodDef *sandbox_sys_functions[MAX_SAFE_FUNCTIONS];
/* interned keys of what is set per sandbox (no string made per key) */
static PyObject *sandbox_sys_fkeys[MAX_SAFE_FUNCTIONS];
enum { KEY_DISPLAYHOOK, KEY_EXCEPTHOOK, KEY_STDIN, KEY_STDOUT, KEY_STDERR,
       KEY_INFO, NUM_KEYS };
static const char *const sandbox_sys_key_names[NUM_KEYS] = {
    "__displayhook__", "__excepthook__", "stdin", "stdout", "stderr", "info"
};
static PyObject *sandbox_sys_keys[NUM_KEYS];

static PyObject *
get_sandbox_sys_template(void)
{
    PyMemAccount *saved;
    PyObject *d;
    PyMethodDef *def;
    int ok, n = 0;

    if (sandbox_sys_template != NULL)
        return sandbox_sys_template;
    saved = _PyMem_SetCurrentAccount(_PyMem_ProcessAccount());
    if (sandbox_sys_name == NULL)
        sandbox_sys_name = PyString_InternFromString("sys");
    d = PyDict_New();
    ok = (d != NULL && sandbox_sys_name != NULL &&
          fill_safe(d, sandbox_sys_name, NULL, NULL, NULL) == 0 &&
          PyDict_SetItemString(d, "__name__", sandbox_sys_name) == 0 &&
          set_new(d, "__doc__", PyString_FromString(sys_doc)) == 0);
    /* keep the values only: the streams and functions are per sandbox */
    if (ok) {
        ok = (PyDict_DelItemString(d, "stdin") == 0 &&
              PyDict_DelItemString(d, "stdout") == 0 &&
              PyDict_DelItemString(d, "stderr") == 0);
    }
    for (def = sys_methods; ok && def->ml_name != NULL; def++) {
        if (!is_safe_name(def->ml_name))
            continue;
        if (n >= MAX_SAFE_FUNCTIONS - 1)
            ok = 0;
        else {
            sandbox_sys_functions[n] = def;
            if (sandbox_sys_fkeys[n] == NULL)
                sandbox_sys_fkeys[n] = PyString_InternFromString(def->ml_name);
            ok = (sandbox_sys_fkeys[n] != NULL &&
                  PyDict_DelItem(d, sandbox_sys_fkeys[n]) == 0);
            n++;
        }
    }
    sandbox_sys_functions[n] = NULL;
    for (n = 0; ok && n < NUM_KEYS; n++) {
        if (sandbox_sys_keys[n] == NULL)
            ok = (sandbox_sys_keys[n] = PyString_InternFromString(sandbox_sys_key_names[n])) != NULL;
    }
    if (ok)
        sandbox_sys_template = d;
    else
        Py_XDECREF(d);
    _PyMem_SetCurrentAccount(saved);
    return sandbox_sys_template;
}

PyObject *
_PySys_BuildSandboxModule(PyObject *stdin_obj, PyObject *stdout_obj,
                          PyObject *stderr_obj)
{
    PyObject *template, *m, *d, *f;
    PyObject *displayhook = NULL, *excepthook = NULL;
    int i;

    template = get_sandbox_sys_template();
    if (template == NULL)
        return NULL;
    m = PyModule_New("sys");
    if (m == NULL)
        return NULL;
    d = PyModule_GetDict(m);
    /* (functions first: the merge then sizes the table for all ~30
       entries, 64 slots; the other way round it ends with 128) */
    for (i = 0; sandbox_sys_functions[i] != NULL; i++) {
        PyMethodDef *def = sandbox_sys_functions[i];
        f = PyCFunction_NewEx(def, NULL, sandbox_sys_name);
        if (f == NULL || PyDict_SetItem(d, sandbox_sys_fkeys[i], f) < 0) {
            Py_XDECREF(f);
            goto fail;
        }
        if (def->ml_meth == (PyCFunction)sys_displayhook)
            displayhook = f;
        else if (def->ml_meth == (PyCFunction)sys_excepthook)
            excepthook = f;
        Py_DECREF(f);       /* the dict holds it */
    }
    if (displayhook == NULL || excepthook == NULL ||
        PyDict_Update(d, template) < 0 ||
        PyDict_SetItem(d, sandbox_sys_keys[KEY_DISPLAYHOOK], displayhook) < 0 ||
        PyDict_SetItem(d, sandbox_sys_keys[KEY_EXCEPTHOOK], excepthook) < 0 ||
        PyDict_SetItem(d, sandbox_sys_keys[KEY_STDIN], stdin_obj ? stdin_obj : Py_None) < 0 ||
        PyDict_SetItem(d, sandbox_sys_keys[KEY_STDOUT], stdout_obj ? stdout_obj : Py_None) < 0 ||
        PyDict_SetItem(d, sandbox_sys_keys[KEY_STDERR], stderr_obj ? stderr_obj : Py_None) < 0)
        goto fail;
    f = make_view(d, safe_names, "sys.info");
    if (f == NULL || PyDict_SetItem(d, sandbox_sys_keys[KEY_INFO], f) < 0) {
        Py_XDECREF(f);
        goto fail;
    }
    Py_DECREF(f);
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}

/* ---- sys.path and sys.argv ---- */

static PyObject *
split_path(const char *path)
{
    PyObject *lst;
    const char *p = path;

    lst = PyList_New(0);
    if (lst == NULL)
        return NULL;
    for (;;) {
        const char *end = strchr(p, DELIM);
        Py_ssize_t n = end ? (Py_ssize_t)(end - p) : (Py_ssize_t)strlen(p);
        PyObject *s = PyString_FromStringAndSize(p, n);
        if (s == NULL || PyList_Append(lst, s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(lst);
            return NULL;
        }
        Py_DECREF(s);
        if (end == NULL)
            break;
        p = end + 1;
    }
    return lst;
}

void
PySys_SetPath(char *path)
{
    PyObject *lst = split_path(path ? path : "");
    if (lst == NULL)
        Py_FatalError("can't create sys.path");
    if (PySys_SetObject("path", lst) != 0)
        Py_FatalError("can't assign sys.path");
    Py_DECREF(lst);
}

void
PySys_SetArgv(int argc, char **argv)
{
    PyObject *av, *path;
    int i;
    char *argv0;
    char resolved[MAXPATHLEN + 1];
    Py_ssize_t dirlen = 0;

    av = PyList_New(0);
    if (av == NULL)
        Py_FatalError("no mem for sys.argv");
    if (argc <= 0) {
        PyObject *empty = PyString_FromString("");
        if (empty == NULL || PyList_Append(av, empty) < 0)
            Py_FatalError("no mem for sys.argv");
        Py_DECREF(empty);
    }
    for (i = 0; i < argc; i++) {
        PyObject *s = PyString_FromString(argv[i]);
        if (s == NULL || PyList_Append(av, s) < 0)
            Py_FatalError("no mem for sys.argv");
        Py_DECREF(s);
    }
    if (PySys_SetObject("argv", av) != 0)
        Py_FatalError("can't assign sys.argv");
    Py_DECREF(av);

    /* sys.path[0]: the directory of the script, '' for -c and stdin */
    path = PySys_GetObject("path");
    if (path == NULL || !PyList_Check(path))
        return;
    argv0 = (argc > 0) ? argv[0] : NULL;
    if (argv0 != NULL && strcmp(argv0, "-c") != 0 && argv0[0] != '\0') {
        char *slash;
        if (realpath(argv0, resolved) != NULL)
            argv0 = resolved;
        slash = strrchr(argv0, SEP);
        if (slash != NULL) {
            dirlen = slash + 1 - argv0;
            if (dirlen > 1)
                dirlen--;   /* keep "/" for the root only */
        }
    }
    {
        PyObject *first = PyString_FromStringAndSize(argv0 ? argv0 : "",
                                                     dirlen);
        if (first == NULL || PyList_Insert(path, 0, first) < 0)
            Py_FatalError("can't prepend sys.path");
        Py_DECREF(first);
    }
}
