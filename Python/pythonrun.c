/* Interpreter start-up and shut-down, running source code, and printing
   uncaught exceptions. */

#include "Python.h"
#include "Python-ast.h"
#include "compile.h"
#include "code.h"
#include "frameobject.h"
#include "errcode.h"
#include "symtable.h"
#include "marshal.h"
#include "eval.h"

#include <signal.h>
#include <time.h>

/* Command-line flags (declared in pydebug.h). */
int Py_DebugFlag;
int Py_VerboseFlag;
int Py_InteractiveFlag;
int Py_OptimizeFlag;
int Py_NoSiteFlag;
int Py_UseClassExceptionsFlag = 1;
int Py_FrozenFlag;
int Py_TabcheckFlag;
int Py_UnicodeFlag;
int Py_IgnoreEnvironmentFlag;
int Py_DivisionWarningFlag;
int _Py_QnewFlag;

/* Process-wide start-up state (C values only). */
static int initialized = 0;
static int exceptions_ready = 0;

struct symtable;

/* The AST-to-object converter may not be linked in yet. */
#pragma weak PyAST_mod2obj
PyAPI_FUNC(struct symtable *) PySymtable_Build(struct _mod *, const char *,
                                               PyFutureFeatures *);

static void init_main_module(void);
static void init_site(void);
static void init_signals(void);
static PyObject *run_mod(struct _mod *, const char *, PyObject *, PyObject *,
                         PyCompilerFlags *, PyArena *);
static void call_ll_exitfuncs(void);
static void call_sys_exitfunc(void);

int
Py_IsInitialized(void)
{
    return initialized;
}

static int
env_flag_level(const char *name)
{
    const char *v = Py_GETENV(name);
    int n;
    if (v == NULL || *v == '\0')
        return 0;
    n = atoi(v);
    return n < 1 ? 1 : n;
}

/* The per-interpreter half of start-up: modules dict, __builtin__, sys,
   import machinery, __main__.  Used by the main and every new
   interpreter.  Returns 0, or -1 with an exception set. */
static int
init_interpreter_modules(PyInterpreterState *interp)
{
    PyObject *bimod, *sysmod;

    interp->modules = PyDict_New();
    interp->modules_reloading = PyDict_New();
    if (interp->modules == NULL || interp->modules_reloading == NULL)
        return -1;

    bimod = _PyBuiltin_Init();
    if (bimod == NULL)
        return -1;
    interp->builtins = PyModule_GetDict(bimod);
    Py_INCREF(interp->builtins);
    Py_DECREF(bimod);

    sysmod = _PySys_Init();
    if (sysmod == NULL)
        return -1;
    interp->sysdict = PyModule_GetDict(sysmod);
    Py_INCREF(interp->sysdict);
    Py_DECREF(sysmod);

    PySys_SetPath(Py_GetPath());
    if (PyDict_SetItemString(interp->sysdict, "modules", interp->modules) < 0)
        return -1;

    _PyImport_Init();
    _PyImportHooks_Init();
    if (PyErr_Occurred())
        return -1;
    return 0;
}

void
Py_InitializeEx(int install_sigs)
{
    PyInterpreterState *interp;
    PyThreadState *tstate;
    int n;

    if (initialized)
        return;
    initialized = 1;

    if ((n = env_flag_level("PYTHONDEBUG")) > Py_DebugFlag)
        Py_DebugFlag = n;
    if ((n = env_flag_level("PYTHONVERBOSE")) > Py_VerboseFlag)
        Py_VerboseFlag = n;
    if ((n = env_flag_level("PYTHONOPTIMIZE")) > Py_OptimizeFlag)
        Py_OptimizeFlag = n;

    interp = PyInterpreterState_New();
    if (interp == NULL)
        Py_FatalError("Py_Initialize: can't make first interpreter");
    tstate = PyThreadState_New(interp);
    if (tstate == NULL)
        Py_FatalError("Py_Initialize: can't make first thread");
    (void)PyThreadState_Swap(tstate);

    if (_PyTypes_Ready() < 0)
        Py_FatalError("Py_Initialize: can't initialize types");
    if (!_PyFrame_Init())
        Py_FatalError("Py_Initialize: can't init frames");
    if (!_PyInt_Init())
        Py_FatalError("Py_Initialize: can't init ints");
    _PyFloat_Init();

    if (!exceptions_ready) {
        _PyExc_Init();
        exceptions_ready = 1;
    }

    if (init_interpreter_modules(interp) < 0) {
        PyErr_Print();
        Py_FatalError("Py_Initialize: can't initialize the interpreter");
    }

    if (install_sigs)
        init_signals();

    init_main_module();
    if (!Py_NoSiteFlag)
        init_site();

    {
        PyObject *w = PyImport_ImportModule("warnings");
        if (w == NULL)
            PyErr_Clear();
        Py_XDECREF(w);
    }
}

void
Py_Initialize(void)
{
    Py_InitializeEx(1);
}

/* Let non-daemon threads finish (threading._shutdown), as 2.5 does. */
static void
wait_for_thread_shutdown(void)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *threading, *result;

    if (modules == NULL)
        return;
    threading = PyDict_GetItemString(modules, "threading");
    if (threading == NULL)
        return;
    Py_INCREF(threading);
    result = PyObject_CallMethod(threading, "_shutdown", "");
    if (result == NULL)
        PyErr_WriteUnraisable(threading);
    else
        Py_DECREF(result);
    Py_DECREF(threading);
}

void
Py_Finalize(void)
{
    PyThreadState *tstate;
    PyInterpreterState *interp;

    if (!initialized)
        return;

    wait_for_thread_shutdown();
    call_sys_exitfunc();
    initialized = 0;

    tstate = PyThreadState_GET();
    interp = tstate->interp;

    PyOS_FiniInterrupts();
    PyGC_Collect();
    PyImport_Cleanup();
    _PyImport_Fini();
    PyGC_Collect();

    PyInterpreterState_Clear(interp);
    PyThreadState_Swap(NULL);
    PyInterpreterState_Delete(interp);

    call_ll_exitfuncs();
}

PyThreadState *
Py_NewInterpreter(void)
{
    PyInterpreterState *interp;
    PyThreadState *tstate, *saved;

    if (!initialized)
        Py_FatalError("Py_NewInterpreter: call Py_Initialize first");

    interp = PyInterpreterState_New();
    if (interp == NULL)
        return NULL;
    tstate = PyThreadState_New(interp);
    if (tstate == NULL) {
        PyInterpreterState_Delete(interp);
        return NULL;
    }
    saved = PyThreadState_Swap(tstate);

    if (init_interpreter_modules(interp) == 0) {
        init_main_module();
        if (!Py_NoSiteFlag)
            init_site();
    }
    if (!PyErr_Occurred())
        return tstate;

    /* undo everything */
    PyErr_Print();
    PyThreadState_Clear(tstate);
    PyThreadState_Swap(saved);
    PyThreadState_Delete(tstate);
    PyInterpreterState_Delete(interp);
    return NULL;
}

void
Py_EndInterpreter(PyThreadState *tstate)
{
    PyInterpreterState *interp = tstate->interp;

    if (tstate != PyThreadState_GET())
        Py_FatalError("Py_EndInterpreter: thread is not current");
    if (tstate->frame != NULL)
        Py_FatalError("Py_EndInterpreter: thread still has a frame");
    if (tstate != interp->tstate_head || tstate->next != NULL)
        Py_FatalError("Py_EndInterpreter: not the last thread");

    PyImport_Cleanup();
    PyInterpreterState_Clear(interp);
    PyThreadState_Swap(NULL);
    PyInterpreterState_Delete(interp);
}

/* ---- program name and home ---- */

static char *progname = "python";
static char *default_home = NULL;

void
Py_SetProgramName(char *pn)
{
    if (pn && *pn)
        progname = pn;
}

char *
Py_GetProgramName(void)
{
    return progname;
}

void
Py_SetPythonHome(char *home)
{
    default_home = home;
}

char *
Py_GetPythonHome(void)
{
    char *home = default_home;
    if (home == NULL && !Py_IgnoreEnvironmentFlag)
        home = Py_GETENV("PYTHONHOME");
    return home;
}

/* ---- start-up helpers ---- */

static void
init_main_module(void)
{
    PyObject *m, *d;

    m = PyImport_AddModule("__main__");
    if (m == NULL)
        Py_FatalError("can't create __main__ module");
    d = PyModule_GetDict(m);
    if (PyDict_GetItemString(d, "__builtins__") == NULL) {
        PyObject *bimod = PyImport_ImportModule("__builtin__");
        if (bimod == NULL ||
            PyDict_SetItemString(d, "__builtins__", bimod) != 0)
            Py_FatalError("can't add __builtins__ to __main__");
        Py_DECREF(bimod);
    }
}

static void
init_site(void)
{
    PyObject *m = PyImport_ImportModule("site");
    if (m == NULL) {
        PyObject *f = PySys_GetObject("stderr");
        if (Py_VerboseFlag) {
            PyFile_WriteString("'import site' failed; traceback:\n", f);
            PyErr_Print();
        }
        else {
            PyFile_WriteString(
                "'import site' failed; use -v for traceback\n", f);
            PyErr_Clear();
        }
    }
    else
        Py_DECREF(m);
}

static void
init_signals(void)
{
#ifdef SIGPIPE
    PyOS_setsig(SIGPIPE, SIG_IGN);
#endif
#ifdef SIGXFZ
    PyOS_setsig(SIGXFZ, SIG_IGN);
#endif
#ifdef SIGXFSZ
    PyOS_setsig(SIGXFSZ, SIG_IGN);
#endif
    PyOS_InitInterrupts();
    if (PyErr_Occurred())
        Py_FatalError("Py_Initialize: can't import signal");
}

/* ---- exit handling ---- */

#define NEXITFUNCS 32
static void (*exitfuncs[NEXITFUNCS])(void);
static int nexitfuncs = 0;

int
Py_AtExit(void (*func)(void))
{
    if (nexitfuncs >= NEXITFUNCS)
        return -1;
    exitfuncs[nexitfuncs++] = func;
    return 0;
}

static void
call_ll_exitfuncs(void)
{
    while (nexitfuncs > 0)
        (*exitfuncs[--nexitfuncs])();
    fflush(stdout);
    fflush(stderr);
}

static void
call_sys_exitfunc(void)
{
    PyObject *exitfunc = PySys_GetObject("exitfunc");

    if (exitfunc != NULL) {
        PyObject *res;
        Py_INCREF(exitfunc);
        PySys_SetObject("exitfunc", NULL);
        res = PyEval_CallObject(exitfunc, NULL);
        if (res == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_SystemExit))
                PySys_WriteStderr("Error in sys.exitfunc:\n");
            PyErr_Print();
        }
        else
            Py_DECREF(res);
        Py_DECREF(exitfunc);
    }
    if (Py_FlushLine())
        PyErr_Clear();
}

void
Py_Exit(int sts)
{
    Py_Finalize();
    exit(sts);
}

void
Py_FatalError(const char *msg)
{
    fprintf(stderr, "Fatal Python error: %s\n", msg);
    fflush(stderr);
    abort();
}

/* ---- running code ---- */

int
PyRun_AnyFileExFlags(FILE *fp, const char *filename, int closeit,
                     PyCompilerFlags *flags)
{
    if (filename == NULL)
        filename = "???";
    if (Py_FdIsInteractive(fp, filename)) {
        int err = PyRun_InteractiveLoopFlags(fp, filename, flags);
        if (closeit)
            fclose(fp);
        return err;
    }
    return PyRun_SimpleFileExFlags(fp, filename, closeit, flags);
}

int
PyRun_AnyFileFlags(FILE *fp, const char *filename, PyCompilerFlags *flags)
{
    return PyRun_AnyFileExFlags(fp, filename, 0, flags);
}

int
PyRun_InteractiveLoopFlags(FILE *fp, const char *filename,
                           PyCompilerFlags *flags)
{
    PyObject *v;
    PyCompilerFlags local;

    if (flags == NULL) {
        flags = &local;
        local.cf_flags = 0;
    }
    v = PySys_GetObject("ps1");
    if (v == NULL) {
        v = PyString_FromString(">>> ");
        PySys_SetObject("ps1", v);
        Py_XDECREF(v);
    }
    v = PySys_GetObject("ps2");
    if (v == NULL) {
        v = PyString_FromString("... ");
        PySys_SetObject("ps2", v);
        Py_XDECREF(v);
    }
    for (;;) {
        int ret = PyRun_InteractiveOneFlags(fp, filename, flags);
        if (ret == E_EOF)
            return 0;
    }
}

/* The text of sys.<name> as a prompt; *holder keeps it alive. */
static char *
prompt_text(const char *name, PyObject **holder)
{
    PyObject *v = PySys_GetObject((char *)name);
    *holder = NULL;
    if (v == NULL)
        return "";
    v = PyObject_Str(v);
    if (v == NULL) {
        PyErr_Clear();
        return "";
    }
    if (!PyString_Check(v)) {
        Py_DECREF(v);
        return "";
    }
    *holder = v;
    return PyString_AS_STRING(v);
}

int
PyRun_InteractiveOneFlags(FILE *fp, const char *filename,
                          PyCompilerFlags *flags)
{
    PyObject *h1, *h2, *m, *d, *v;
    char *ps1, *ps2;
    struct _mod *mod;
    PyArena *arena;
    int errcode = 0;

    ps1 = prompt_text("ps1", &h1);
    ps2 = prompt_text("ps2", &h2);
    arena = PyArena_New();
    if (arena == NULL) {
        Py_XDECREF(h1);
        Py_XDECREF(h2);
        return -1;
    }
    mod = PyParser_ASTFromFile(fp, filename, Py_single_input, ps1, ps2,
                               flags, &errcode, arena);
    Py_XDECREF(h1);
    Py_XDECREF(h2);
    if (mod == NULL) {
        PyArena_Free(arena);
        if (errcode == E_EOF) {
            PyErr_Clear();
            return E_EOF;
        }
        PyErr_Print();
        return -1;
    }
    m = PyImport_AddModule("__main__");
    if (m == NULL) {
        PyArena_Free(arena);
        return -1;
    }
    d = PyModule_GetDict(m);
    v = run_mod(mod, filename, d, d, flags, arena);
    PyArena_Free(arena);
    if (v == NULL) {
        PyErr_Print();
        return -1;
    }
    Py_DECREF(v);
    if (Py_FlushLine())
        PyErr_Clear();
    return 0;
}

/* A file is taken as compiled code when its name ends in .pyc/.pyo. */
static int
looks_compiled(FILE *fp, const char *filename)
{
    size_t n = strlen(filename);
    (void)fp;
    return n >= 4 && (strcmp(filename + n - 4, ".pyc") == 0 ||
                      strcmp(filename + n - 4, ".pyo") == 0);
}

static PyObject *
run_compiled_file(FILE *fp, const char *filename, PyObject *globals,
                  PyObject *locals, PyCompilerFlags *flags)
{
    long magic;
    PyObject *obj;
    PyObject *result;

    if (!_PyImport_Allowed("__main__", _PyImport_KIND_BYTECODE))
        return NULL;
    magic = PyMarshal_ReadLongFromFile(fp);
    if (magic != PyImport_GetMagicNumber()) {
        PyErr_SetString(PyExc_RuntimeError, "Bad magic number in .pyc file");
        return NULL;
    }
    (void)PyMarshal_ReadLongFromFile(fp);   /* mtime */
    obj = PyMarshal_ReadLastObjectFromFile(fp);
    fclose(fp);
    if (obj == NULL)
        return NULL;
    if (!PyCode_Check(obj)) {
        Py_DECREF(obj);
        PyErr_SetString(PyExc_RuntimeError, "Bad code object in .pyc file");
        return NULL;
    }
    if (flags != NULL)
        flags->cf_flags |= ((PyCodeObject *)obj)->co_flags & PyCF_MASK;
    result = PyEval_EvalCode((PyCodeObject *)obj, globals, locals);
    Py_DECREF(obj);
    return result;
}

int
PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit,
                        PyCompilerFlags *flags)
{
    PyObject *m, *d, *v;

    m = PyImport_AddModule("__main__");
    if (m == NULL)
        return -1;
    d = PyModule_GetDict(m);
    if (PyDict_GetItemString(d, "__file__") == NULL) {
        PyObject *f = PyString_FromString(filename);
        if (f == NULL)
            return -1;
        if (PyDict_SetItemString(d, "__file__", f) < 0) {
            Py_DECREF(f);
            return -1;
        }
        Py_DECREF(f);
    }
    if (looks_compiled(fp, filename)) {
        /* reopen in binary mode */
        if (closeit)
            fclose(fp);
        fp = fopen(filename, "rb");
        if (fp == NULL) {
            fprintf(stderr, "python: Can't reopen .pyc file\n");
            return -1;
        }
        if (strcmp(filename + strlen(filename) - 4, ".pyo") == 0)
            Py_OptimizeFlag = 1;
        v = run_compiled_file(fp, filename, d, d, flags);
    }
    else
        v = PyRun_FileExFlags(fp, filename, Py_file_input, d, d,
                              closeit, flags);
    if (v == NULL) {
        PyErr_Print();
        return -1;
    }
    Py_DECREF(v);
    if (Py_FlushLine())
        PyErr_Clear();
    return 0;
}

int
PyRun_SimpleStringFlags(const char *command, PyCompilerFlags *flags)
{
    PyObject *m, *d, *v;

    m = PyImport_AddModule("__main__");
    if (m == NULL)
        return -1;
    d = PyModule_GetDict(m);
    v = PyRun_StringFlags(command, Py_file_input, d, d, flags);
    if (v == NULL) {
        PyErr_Print();
        return -1;
    }
    Py_DECREF(v);
    if (Py_FlushLine())
        PyErr_Clear();
    return 0;
}

static PyObject *
run_mod(struct _mod *mod, const char *filename, PyObject *globals,
        PyObject *locals, PyCompilerFlags *flags, PyArena *arena)
{
    PyCodeObject *co;
    PyObject *v;

    co = PyAST_Compile(mod, filename, flags, arena);
    if (co == NULL)
        return NULL;
    v = PyEval_EvalCode(co, globals, locals);
    Py_DECREF(co);
    return v;
}

PyObject *
PyRun_StringFlags(const char *str, int start, PyObject *globals,
                  PyObject *locals, PyCompilerFlags *flags)
{
    PyObject *ret = NULL;
    struct _mod *mod;
    PyArena *arena = PyArena_New();

    if (arena == NULL)
        return NULL;
    mod = PyParser_ASTFromString(str, "<string>", start, flags, arena);
    if (mod != NULL)
        ret = run_mod(mod, "<string>", globals, locals, flags, arena);
    PyArena_Free(arena);
    return ret;
}

PyObject *
PyRun_FileExFlags(FILE *fp, const char *filename, int start,
                  PyObject *globals, PyObject *locals, int closeit,
                  PyCompilerFlags *flags)
{
    PyObject *ret = NULL;
    struct _mod *mod;
    PyArena *arena = PyArena_New();

    if (arena == NULL) {
        if (closeit)
            fclose(fp);
        return NULL;
    }
    mod = PyParser_ASTFromFile(fp, filename, start, 0, 0, flags, NULL, arena);
    if (closeit)
        fclose(fp);
    if (mod != NULL)
        ret = run_mod(mod, filename, globals, locals, flags, arena);
    PyArena_Free(arena);
    return ret;
}

PyObject *
Py_CompileStringFlags(const char *str, const char *filename, int start,
                      PyCompilerFlags *flags)
{
    PyCodeObject *co;
    struct _mod *mod;
    PyArena *arena = PyArena_New();

    if (arena == NULL)
        return NULL;
    mod = PyParser_ASTFromString(str, filename, start, flags, arena);
    if (mod == NULL) {
        PyArena_Free(arena);
        return NULL;
    }
    if (flags != NULL && (flags->cf_flags & PyCF_ONLY_AST)) {
        PyObject *result;
        if (&PyAST_mod2obj == NULL) {
            PyArena_Free(arena);
            PyErr_SetString(PyExc_SystemError,
                            "compile(): PyCF_ONLY_AST is not supported yet");
            return NULL;
        }
        result = PyAST_mod2obj(mod);
        PyArena_Free(arena);
        return result;
    }
    co = PyAST_Compile(mod, filename, flags, arena);
    PyArena_Free(arena);
    return (PyObject *)co;
}

struct symtable *
Py_SymtableString(const char *str, const char *filename, int start)
{
    struct symtable *st;
    struct _mod *mod;
    PyFutureFeatures *future;
    PyArena *arena = PyArena_New();

    if (arena == NULL)
        return NULL;
    mod = PyParser_ASTFromString(str, filename, start, NULL, arena);
    if (mod == NULL) {
        PyArena_Free(arena);
        return NULL;
    }
    future = PyFuture_FromAST(mod, filename);
    if (future == NULL) {
        PyArena_Free(arena);
        return NULL;
    }
    st = PySymtable_Build(mod, filename, future);
    PyObject_Free(future);
    PyArena_Free(arena);
    return st;
}

/* ---- printing exceptions ---- */

static void
exit_for_system_exit(void)
{
    PyObject *exc, *value, *tb;
    int status = 0;

    PyErr_Fetch(&exc, &value, &tb);
    if (Py_FlushLine())
        PyErr_Clear();
    fflush(stdout);
    if (value != NULL && value != Py_None) {
        if (PyExceptionInstance_Check(value)) {
            PyObject *code = PyObject_GetAttrString(value, "code");
            if (code != NULL) {
                Py_DECREF(value);
                value = code;
            }
            else
                PyErr_Clear();
        }
        if (value == Py_None)
            status = 0;
        else if (PyInt_Check(value))
            status = (int)PyInt_AsLong(value);
        else {
            PyObject_Print(value, stderr, Py_PRINT_RAW);
            PyErr_Clear();
            fprintf(stderr, "\n");
            fflush(stderr);
            status = 1;
        }
    }
    PyErr_Restore(exc, value, tb);
    PyErr_Clear();
    Py_Exit(status);
}

void
PyErr_PrintEx(int set_sys_last_vars)
{
    PyObject *exc, *v, *tb, *hook;

    if (PyErr_ExceptionMatches(PyExc_SystemExit))
        exit_for_system_exit();
    PyErr_Fetch(&exc, &v, &tb);
    if (exc == NULL)
        return;
    PyErr_NormalizeException(&exc, &v, &tb);
    if (exc == NULL)
        return;
    if (set_sys_last_vars) {
        PySys_SetObject("last_type", exc);
        PySys_SetObject("last_value", v);
        PySys_SetObject("last_traceback", tb);
    }
    hook = PySys_GetObject("excepthook");
    if (hook != NULL) {
        PyObject *args, *result;
        args = PyTuple_Pack(3, exc, v ? v : Py_None, tb ? tb : Py_None);
        result = args ? PyEval_CallObject(hook, args) : NULL;
        if (result == NULL) {
            PyObject *exc2, *v2, *tb2;
            if (PyErr_ExceptionMatches(PyExc_SystemExit))
                exit_for_system_exit();
            PyErr_Fetch(&exc2, &v2, &tb2);
            PyErr_NormalizeException(&exc2, &v2, &tb2);
            if (Py_FlushLine())
                PyErr_Clear();
            fflush(stdout);
            PySys_WriteStderr("Error in sys.excepthook:\n");
            PyErr_Display(exc2, v2, tb2);
            PySys_WriteStderr("\nOriginal exception was:\n");
            PyErr_Display(exc, v, tb);
            Py_XDECREF(exc2);
            Py_XDECREF(v2);
            Py_XDECREF(tb2);
        }
        Py_XDECREF(result);
        Py_XDECREF(args);
    }
    else {
        PySys_WriteStderr("sys.excepthook is missing\n");
        PyErr_Display(exc, v, tb);
    }
    Py_XDECREF(exc);
    Py_XDECREF(v);
    Py_XDECREF(tb);
}

void
PyErr_Print(void)
{
    PyErr_PrintEx(1);
}

/* Pull (msg, filename, lineno, offset, text) out of a SyntaxError.  The
   strings stay owned by the exception. */
static int
syntax_error_parts(PyObject *err, PyObject **message, const char **filename,
                   int *lineno, int *offset, const char **text)
{
    PyObject *v;
    long n;

    if (PyTuple_Check(err))
        return PyArg_ParseTuple(err, "O(ziiz)", message, filename, lineno,
                                offset, text);

    *message = PyObject_GetAttrString(err, "msg");
    if (*message == NULL)
        return 0;

    v = PyObject_GetAttrString(err, "filename");
    if (v == NULL)
        goto fail;
    if (v == Py_None)
        *filename = NULL;
    else if ((*filename = PyString_AsString(v)) == NULL) {
        Py_DECREF(v);
        goto fail;
    }
    Py_DECREF(v);

    v = PyObject_GetAttrString(err, "lineno");
    if (v == NULL)
        goto fail;
    n = PyInt_AsLong(v);
    Py_DECREF(v);
    if (n < 0 && PyErr_Occurred())
        goto fail;
    *lineno = (int)n;

    v = PyObject_GetAttrString(err, "offset");
    if (v == NULL)
        goto fail;
    if (v == Py_None)
        *offset = -1;
    else {
        n = PyInt_AsLong(v);
        if (n < 0 && PyErr_Occurred()) {
            Py_DECREF(v);
            goto fail;
        }
        *offset = (int)n;
    }
    Py_DECREF(v);

    v = PyObject_GetAttrString(err, "text");
    if (v == NULL)
        goto fail;
    if (v == Py_None)
        *text = NULL;
    else if ((*text = PyString_AsString(v)) == NULL) {
        Py_DECREF(v);
        goto fail;
    }
    Py_DECREF(v);
    return 1;

fail:
    Py_CLEAR(*message);
    return 0;
}

/* The offending source line, then a caret under column `offset`. */
static void
show_error_line(PyObject *f, int offset, const char *text)
{
    size_t len;

    if (offset >= 0) {
        if (offset > 0 && offset == (int)strlen(text))
            offset--;
        for (;;) {
            const char *nl = strchr(text, '\n');
            if (nl == NULL || nl - text >= offset)
                break;
            offset -= (int)(nl + 1 - text);
            text = nl + 1;
        }
        while (*text == ' ' || *text == '\t') {
            text++;
            offset--;
        }
    }
    PyFile_WriteString("    ", f);
    PyFile_WriteString(text, f);
    len = strlen(text);
    if (len == 0 || text[len - 1] != '\n')
        PyFile_WriteString("\n", f);
    if (offset == -1)
        return;
    PyFile_WriteString("    ", f);
    for (offset--; offset > 0; offset--)
        PyFile_WriteString(" ", f);
    PyFile_WriteString("^\n", f);
}

void
PyErr_Display(PyObject *exc, PyObject *value, PyObject *tb)
{
    int err = 0;
    PyObject *f = PySys_GetObject("stderr");

    if (value == NULL)
        value = Py_None;
    Py_INCREF(value);
    if (f == NULL || f == Py_None) {
        /* (the process's stderr is not a sandbox's to write to) */
        if (!_PyInterpreterState_IsSandboxed())
            fprintf(stderr, "lost sys.stderr\n");
        Py_DECREF(value);
        return;
    }
    Py_INCREF(f);
    if (Py_FlushLine())
        PyErr_Clear();
    fflush(stdout);

    if (tb != NULL && tb != Py_None)
        err = PyTraceBack_Print(tb, f);

    if (err == 0 && value != Py_None &&
        PyObject_HasAttrString(value, "print_file_and_line")) {
        PyObject *message = NULL;
        const char *filename = NULL, *text = NULL;
        int lineno = 0, offset = 0;
        if (!syntax_error_parts(value, &message, &filename, &lineno,
                                &offset, &text))
            PyErr_Clear();
        else {
            char num[32];
            PyFile_WriteString("  File \"", f);
            PyFile_WriteString(filename ? filename : "<string>", f);
            PyFile_WriteString("\", line ", f);
            PyOS_snprintf(num, sizeof(num), "%d", lineno);
            PyFile_WriteString(num, f);
            PyFile_WriteString("\n", f);
            if (text != NULL)
                show_error_line(f, offset, text);
            Py_DECREF(value);
            value = message;
            if (PyErr_Occurred())
                err = -1;
        }
    }

    if (err) {
        /* nothing more */
    }
    else if (PyExceptionClass_Check(exc)) {
        const char *cname = PyExceptionClass_Name(exc);
        PyObject *modname;
        if (cname != NULL) {
            const char *dot = strrchr(cname, '.');
            if (dot != NULL)
                cname = dot + 1;
        }
        modname = PyObject_GetAttrString(exc, "__module__");
        if (modname == NULL) {
            PyErr_Clear();
            err = PyFile_WriteString("<unknown>", f);
        }
        else {
            const char *ms = PyString_Check(modname) ?
                PyString_AS_STRING(modname) : NULL;
            if (ms != NULL && strcmp(ms, "exceptions") != 0) {
                err = PyFile_WriteString(ms, f);
                err += PyFile_WriteString(".", f);
            }
            Py_DECREF(modname);
        }
        if (err == 0)
            err = PyFile_WriteString(cname ? cname : "<unknown>", f);
    }
    else
        err = PyFile_WriteObject(exc, f, Py_PRINT_RAW);

    if (err == 0 && value != Py_None) {
        PyObject *s = PyObject_Str(value);
        if (s == NULL)
            err = -1;
        else if (!PyString_Check(s) || PyString_GET_SIZE(s) != 0)
            err = PyFile_WriteString(": ", f);
        if (err == 0)
            err = PyFile_WriteObject(s, f, Py_PRINT_RAW);
        Py_XDECREF(s);
    }
    if (err == 0)
        err = PyFile_WriteString("\n", f);
    Py_DECREF(value);
    Py_DECREF(f);
    if (err != 0)
        PyErr_Clear();
}

/* ---- interactive input ---- */

int (*PyOS_InputHook)(void) = NULL;

int
Py_FdIsInteractive(FILE *fp, const char *filename)
{
    if (isatty(fileno(fp)))
        return 1;
    if (!Py_InteractiveFlag)
        return 0;
    return filename == NULL || strcmp(filename, "<stdin>") == 0 ||
           strcmp(filename, "???") == 0;
}

/* Read one line with fgets, growing the buffer as needed.  Returns a
   PyMem_Malloc'ed string ("" at end of file), or NULL after an interrupt
   (with KeyboardInterrupt set) or when out of memory. */
static char *
stdio_readline(FILE *in, FILE *out, char *prompt)
{
    size_t size = 128, used = 0;
    char *buf;

    fflush(out);
    if (prompt != NULL && *prompt) {
        fputs(prompt, stderr);
    }
    fflush(stderr);

    buf = (char *)PyMem_Malloc(size);
    if (buf == NULL)
        return NULL;
    buf[0] = '\0';
    for (;;) {
        char *got;
        if (PyOS_InputHook != NULL)
            (void)(PyOS_InputHook)();
        errno = 0;
        clearerr(in);
        got = fgets(buf + used, (int)(size - used), in);
        if (got == NULL) {
            if (errno == EINTR) {
                if (PyOS_InterruptOccurred() || PyErr_CheckSignals() < 0) {
                    if (!PyErr_Occurred())
                        PyErr_SetNone(PyExc_KeyboardInterrupt);
                    PyMem_Free(buf);
                    return NULL;
                }
                continue;
            }
            buf[used] = '\0';
            return buf;   /* end of file: what we have, maybe "" */
        }
        used += strlen(buf + used);
        if (used > 0 && buf[used - 1] == '\n')
            return buf;
        if (size - used < 2) {
            char *grown;
            if (size > (size_t)PY_SSIZE_T_MAX / 2) {
                PyMem_Free(buf);
                return NULL;
            }
            grown = (char *)PyMem_Realloc(buf, size * 2);
            if (grown == NULL) {
                PyMem_Free(buf);
                return NULL;
            }
            buf = grown;
            size *= 2;
        }
    }
}

char *(*PyOS_ReadlineFunctionPointer)(FILE *, FILE *, char *) = NULL;

char *
PyOS_Readline(FILE *in, FILE *out, char *prompt)
{
    if (PyOS_ReadlineFunctionPointer != NULL)
        return PyOS_ReadlineFunctionPointer(in, out, prompt);
    return stdio_readline(in, out, prompt);
}

/* ---- signals ---- */

PyOS_sighandler_t
PyOS_getsig(int sig)
{
    struct sigaction context;
    if (sigaction(sig, NULL, &context) == -1)
        return SIG_ERR;
    return context.sa_handler;
}

PyOS_sighandler_t
PyOS_setsig(int sig, PyOS_sighandler_t handler)
{
    struct sigaction context, old;
    context.sa_handler = handler;
    sigemptyset(&context.sa_mask);
    context.sa_flags = 0;
    if (sigaction(sig, &context, &old) == -1)
        return SIG_ERR;
    return old.sa_handler;
}
