#ifndef Py_SANDBOX_H
#define Py_SANDBOX_H
#ifdef __cplusplus
extern "C" {
#endif

/* Sandboxed interpreters made from a capability table (the powerbox).

   A sandbox is an interpreter that holds only what its table grants:
   the modules it may import, the files it may open, the hosts it may
   connect to, its standard streams, and its limits.  Code runs in it
   in-process; values cross the boundary only as copies of immutable data
   or through capability proxies; the creator learns how a run ended from
   PySandbox_Status(), never from what the sandbox printed.

       PySandboxConfig cfg;
       PySandbox *sb;
       PySandboxConfig_Init(&cfg);
       cfg.memory_limit = 64 << 20;
       cfg.cpu_limit = 2.0;
       sb = PySandbox_New(&cfg);
       if (PySandbox_Run(sb, "print 6 * 7", "<untrusted>") < 0)
           ... PySandbox_Status(sb), PySandbox_ErrorMessage(sb) ...
       PySandbox_Free(sb);

   All functions are called from a trusted interpreter holding the GIL;
   they return to it with the same thread state current. */

typedef struct _PySandboxConfig {
    /* Modules the sandbox may import.  NULL: the default vetted set
       (PySandbox_DefaultModules).  Else exactly these (a NULL-terminated
       array of names; each allows the module and its submodules); the
       command line's --allow-import adds to the default set instead. */
    const char *const *allow_import;
    /* Files or directory trees that may be opened for reading, and for
       writing (NULL-terminated arrays of paths; NULL: none). */
    const char *const *allow_read;
    const char *const *allow_write;
    /* "host:port" pairs the socket module may connect to (NULL: none). */
    const char *const *allow_connect;
    /* The sandbox's standard streams.  Objects of the creator's interpreter
       with write() (stdout, stderr) or readline()/read() (stdin); the
       sandbox only ever sees proxies of them.  NULL: the process's own
       stream through a proxy, unless the matching no_* flag is set. */
    PyObject *stdin_obj;
    PyObject *stdout_obj;
    PyObject *stderr_obj;
    int no_stdin, no_stdout, no_stderr;
    /* Limits.  memory_limit in bytes (0: the default, 256 MiB);
       cpu_limit and time_limit in seconds (0: unlimited);
       recursion_limit (0: 1000). */
    size_t memory_limit;
    double cpu_limit;
    double time_limit;
    int recursion_limit;
} PySandboxConfig;

#define PySandbox_DEFAULT_MEMORY_LIMIT ((size_t)256 << 20)
#define PySandbox_DEFAULT_RECURSION_LIMIT 1000

/* How the last run ended. */
typedef enum {
    PySandbox_OK = 0,          /* finished normally */
    PySandbox_EXCEPTION,       /* uncaught exception (see ErrorType etc.) */
    PySandbox_EXIT,            /* SystemExit / exit(): see ExitCode */
    PySandbox_MEMORY_LIMIT,    /* went over its memory limit */
    PySandbox_CPU_LIMIT,       /* used up its CPU time */
    PySandbox_TIME_LIMIT,      /* passed its wall-clock deadline */
    PySandbox_CLOSED           /* used after PySandbox_Free or after exit */
} PySandboxStatus;

typedef struct _PySandbox PySandbox;

/* The default vetted module set (NULL-terminated). */
PyAPI_DATA(const char *const) PySandbox_DefaultModules[];

PyAPI_FUNC(void) PySandboxConfig_Init(PySandboxConfig *);

/* Create a sandbox; NULL with an exception set in the caller on failure. */
PyAPI_FUNC(PySandbox *) PySandbox_New(const PySandboxConfig *);
/* Tear it down; every byte it was charged is given back.  Called while
   one of its calls is in progress (from a host function the sandbox
   called), it closes the sandbox at once and tears it down when that
   call returns; the caller must not use it afterwards either way. */
PyAPI_FUNC(void) PySandbox_Free(PySandbox *);
/* True while a call into the sandbox (a run, or a host function it
   called) is in progress. */
PyAPI_FUNC(int) PySandbox_Running(PySandbox *);

/* Run source in the sandbox's __main__.  0: finished normally; -1: it
   did not (status and error details below).  The caller's own error
   indicator is left alone unless the arguments were bad. */
PyAPI_FUNC(int) PySandbox_Run(PySandbox *, const char *source, const char *filename);
/* Evaluate an expression; returns a copy (in the caller's interpreter)
   of the immutable result, or NULL with SandboxError-like details in the
   status (and a Python exception set in the caller). */
PyAPI_FUNC(PyObject *) PySandbox_Eval(PySandbox *, const char *expression);

PyAPI_FUNC(PySandboxStatus) PySandbox_Status(PySandbox *);
PyAPI_FUNC(int) PySandbox_ExitCode(PySandbox *);
/* Details of the last uncaught exception: borrowed C strings owned by the
   sandbox handle, valid until the next run ("" when there was none). */
PyAPI_FUNC(const char *) PySandbox_ErrorType(PySandbox *);
PyAPI_FUNC(const char *) PySandbox_ErrorMessage(PySandbox *);
PyAPI_FUNC(const char *) PySandbox_ErrorTraceback(PySandbox *);

/* Copy an immutable value into / out of the sandbox's __main__. */
PyAPI_FUNC(int) PySandbox_SetGlobal(PySandbox *, const char *name, PyObject *value);
PyAPI_FUNC(PyObject *) PySandbox_GetGlobal(PySandbox *, const char *name);
/* Give the sandbox a capability: a proxy, bound to `name` in its
   __main__, that calls `callable` in the creator's interpreter with
   copies of immutable arguments and returns a copy of the result. */
PyAPI_FUNC(int) PySandbox_Expose(PySandbox *, const char *name, PyObject *callable);

PyAPI_FUNC(size_t) PySandbox_MemoryUsed(PySandbox *);
PyAPI_FUNC(size_t) PySandbox_MemoryPeak(PySandbox *);
PyAPI_FUNC(size_t) PySandbox_MemoryLimit(PySandbox *);

/* Copy an immutable value (None, bool, int, long, float, complex, str,
   unicode, tuples of these) into the current interpreter: a new object
   charged to it.  TypeError for anything else. */
PyAPI_FUNC(PyObject *) _PySandbox_CopyImmutable(PyObject *);

/* --- Checks called by the core where a sandbox must be refused ---- */

/* 0 if the current interpreter may open `path` with `mode`; else -1 with
   IOError(EACCES) set.  Trusted interpreters always get 0. */
PyAPI_FUNC(int) _PySandbox_CheckOpen(const char *path, const char *mode);
/* Nonzero if the current interpreter may read `path` (used to decide
   whether tracebacks may show source lines). */
PyAPI_FUNC(int) _PySandbox_CanRead(const char *path);
/* 1 if the current interpreter is a sandbox and op is not its own
   object (shared process-level objects included). */
PyAPI_FUNC(int) _PySandbox_IsForeign(PyObject *op);
/* 0 if the current interpreter may import `fullname`; else -1 with
   ImportError set. */
PyAPI_FUNC(int) _PySandbox_CheckImport(const char *fullname);
/* 0 in a trusted interpreter; in a sandbox -1 with an exception saying
   that `what` is not allowed (code objects, raw bytecode, frames...). */
PyAPI_FUNC(int) _PySandbox_Refuse(const char *what);
/* The directory the sandbox's pure-Python modules come from (the host's
   Lib/), or NULL in a trusted interpreter. */
PyAPI_FUNC(const char *) _PySandbox_LibDir(void);
/* "host:port" allowed? 0 or -1 with socket-style error set. */
PyAPI_FUNC(int) _PySandbox_CheckConnect(const char *host, int port);
/* The i-th "host:port" string of the current sandbox's allow_connect
   list (from 0); NULL past the end and in a trusted interpreter. */
PyAPI_FUNC(const char *) _PySandbox_ConnectGrant(Py_ssize_t i);

/* The command line's --sandbox mode (Modules/sandboxmain.c): returns the
   process exit status.  _PySandbox_Usage is its part of --help. */
PyAPI_FUNC(int) _PySandbox_Main(int argc, char **argv);
PyAPI_DATA(const char) _PySandbox_Usage[];

/* The `interpreter` module (Modules/interpretermodule.c). */
PyMODINIT_FUNC initinterpreter(void);

#ifdef __cplusplus
}
#endif
#endif /* !Py_SANDBOX_H */
