#ifndef Py_PYSTATE_H
#define Py_PYSTATE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Interpreter and thread state.  The public structs keep CPython 2.5's
   layout; the interpreter record actually allocated is the larger
   PyInterpreterStateEx (below), which owns all of an interpreter's
   mutable state: memory account, limits, sandbox capability table,
   collector lists, registries.  Each interpreter is a security domain. */

struct _ts;
struct _is;
struct _frame;

typedef struct _is {
    struct _is *next;
    struct _ts *tstate_head;

    PyObject *modules;
    PyObject *sysdict;
    PyObject *builtins;
    PyObject *modules_reloading;

    PyObject *codec_search_path;
    PyObject *codec_search_cache;
    PyObject *codec_error_registry;

    int dlopenflags;
} PyInterpreterState;

typedef int (*Py_tracefunc)(PyObject *, struct _frame *, int, PyObject *);

#define PyTrace_CALL 0
#define PyTrace_EXCEPTION 1
#define PyTrace_LINE 2
#define PyTrace_RETURN 3
#define PyTrace_C_CALL 4
#define PyTrace_C_EXCEPTION 5
#define PyTrace_C_RETURN 6

typedef struct _ts {
    struct _ts *next;
    PyInterpreterState *interp;

    struct _frame *frame;
    int recursion_depth;
    int tracing;
    int use_tracing;

    Py_tracefunc c_profilefunc;
    Py_tracefunc c_tracefunc;
    PyObject *c_profileobj;
    PyObject *c_traceobj;

    PyObject *curexc_type;
    PyObject *curexc_value;
    PyObject *curexc_traceback;

    PyObject *exc_type;
    PyObject *exc_value;
    PyObject *exc_traceback;

    PyObject *dict;

    int tick_counter;
    int gilstate_counter;

    PyObject *async_exc;
    long thread_id;
} PyThreadState;

/* Why an interpreter stopped running code (read by its creator). */
typedef enum {
    PyInterp_RUNNING = 0,
    PyInterp_LIMIT_MEMORY,
    PyInterp_LIMIT_CPU,
    PyInterp_LIMIT_TIME
} PyInterpLimitState;

struct _PySandboxConfig;   /* Include/sandbox.h */
struct _gc_state;          /* Modules/gcmodule.c */

typedef struct _PyInterpreterStateEx {
    PyInterpreterState is;          /* must stay first */

    PyMemAccount *account;          /* memory charged to this interpreter */
    struct _PySandboxConfig *sandbox;   /* NULL: trusted interpreter */
    int recursion_limit;
    int recursion_limit_locked;     /* set by the creator of a sandbox */

    /* CPU and wall-clock budgets; once a limit is hit, limit_state sticks
       and every later check raises again. */
    long long ticks_left;           /* < 0: unlimited */
    double deadline;                /* 0: none; else absolute CLOCK_MONOTONIC time */
    double cpu_deadline;            /* 0: none; else absolute CLOCK_THREAD_CPUTIME_ID time */
    PyInterpLimitState limit_state;

    struct _gc_state *gc;           /* cycle collector generations */

    /* Registries that CPython kept in C globals or modules. */
    PyObject *warnings_registry;    /* for the warnings module */
    PyObject *copyreg_tables;       /* copy_reg dispatch and extension tables */
    PyObject *import_state;         /* meta_path/path_hooks caches etc. */
    PyObject *exitfunc;
    PyObject *main_thread_frame_stop;
    /* A memory-limited sandbox's MemoryError instance, made with the
       sandbox: what its code catches when even that instance could not
       be made at the limit (Python/errors.c). */
    PyObject *memory_error;

    void *extra[8];                 /* reserved for subsystems, zeroed;
                                       [6] socket default timeout,
                                       [7] a sandbox's open-socket count
                                       (Modules/socketmodule.c) */
} PyInterpreterStateEx;

#define _PyInterpreterState_EX(interp) ((PyInterpreterStateEx *)(interp))

PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_New(void);
PyAPI_FUNC(void) PyInterpreterState_Clear(PyInterpreterState *);
PyAPI_FUNC(void) PyInterpreterState_Delete(PyInterpreterState *);

PyAPI_FUNC(PyThreadState *) PyThreadState_New(PyInterpreterState *);
PyAPI_FUNC(void) PyThreadState_Clear(PyThreadState *);
PyAPI_FUNC(void) PyThreadState_Delete(PyThreadState *);
PyAPI_FUNC(void) PyThreadState_DeleteCurrent(void);

PyAPI_FUNC(PyThreadState *) PyThreadState_Get(void);
PyAPI_FUNC(PyThreadState *) PyThreadState_Swap(PyThreadState *);
PyAPI_FUNC(PyObject *) PyThreadState_GetDict(void);
PyAPI_FUNC(int) PyThreadState_SetAsyncExc(long, PyObject *);

/* The current thread state; NULL when no interpreter is running. */
PyAPI_DATA(PyThreadState *) _PyThreadState_Current;
#define PyThreadState_GET() (_PyThreadState_Current)

/* The current interpreter (never NULL while Python code runs). */
#define _PyInterpreterState_GET() (_PyThreadState_Current->interp)
/* True if the current interpreter is a sandbox. */
PyAPI_FUNC(int) _PyInterpreterState_IsSandboxed(void);

typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;
PyAPI_FUNC(PyGILState_STATE) PyGILState_Ensure(void);
PyAPI_FUNC(void) PyGILState_Release(PyGILState_STATE);
PyAPI_FUNC(PyThreadState *) PyGILState_GetThisThreadState(void);

PyAPI_FUNC(PyObject *) _PyThread_CurrentFrames(void);

PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Head(void);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Next(PyInterpreterState *);
PyAPI_FUNC(PyThreadState *) PyInterpreterState_ThreadHead(PyInterpreterState *);
PyAPI_FUNC(PyThreadState *) PyThreadState_Next(PyThreadState *);

typedef struct _frame *(*PyThreadFrameGetter)(PyThreadState *self_);
PyAPI_DATA(PyThreadFrameGetter) _PyThreadState_GetFrame;

#ifdef __cplusplus
}
#endif
#endif /* !Py_PYSTATE_H */
