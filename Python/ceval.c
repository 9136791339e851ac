/* The bytecode interpreter of the Python 2.5 virtual machine, and the
   services around it: calling objects from C, the interpreter lock,
   pending calls, the recursion and C-stack guards, tracing, and the
   sandbox CPU/time limits.

   Dispatch uses GCC's labels-as-values when available (every handler
   ends by jumping straight to the next one); otherwise a switch. */

#include "Python.h"
#include "code.h"
#include "frameobject.h"

/* The signal module may be absent from a build: then nothing is ever
   pending. */
#pragma weak _PySignal_Pending
#pragma weak _PySignal_CheckPending
#include "genobject.h"
#include "opcode.h"
#include "structmember.h"
#include "pythread.h"
#include "fastpath.h"

#include <ctype.h>
#include <pthread.h>
#include <time.h>

#if defined(__GNUC__) && !defined(Py_EVAL_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

/* Why the block stack is being unwound.  END_FINALLY finds these values
   pushed as ints by the unwinding code. */
enum why_code {
    WHY_NOT =       0x0001,     /* no unwinding */
    WHY_EXCEPTION = 0x0002,     /* an exception is propagating */
    WHY_RERAISE =   0x0004,     /* same, without a new traceback entry */
    WHY_RETURN =    0x0008,     /* 'return' */
    WHY_BREAK =     0x0010,     /* 'break' */
    WHY_CONTINUE =  0x0020,     /* 'continue' (target in retval) */
    WHY_YIELD =     0x0040      /* 'yield' suspends the frame */
};

static PyObject *call_function(PyObject ***, int);
static inline int inline_shape(PyObject *, int);
static inline int method_call_follows(const unsigned char *);
static PyObject *bind_pending_method(PyObject **, PyObject *);
static PyObject *call_method_descr(PyObject *, PyObject *, PyObject **, int);
/* what call_method_descr returns when it did not call (no object's
   address: a tag of its own) */
static char method_not_called_tag;
#define METHOD_NOT_CALLED ((PyObject *)&method_not_called_tag)
static int unbound_self_ok(PyObject *, PyObject *);
static inline PyFrameObject *inline_frame(PyThreadState *, PyObject *,
                                          PyObject *, PyObject **, int);
static void release_frame(PyThreadState *, PyFrameObject *);

/* Code flags of a function whose calls need no general binding: fixed
   positional parameters, no cells (the flags in IGNORED_CODE_FLAGS do
   not matter). */
#define SIMPLE_CODE_FLAGS (CO_OPTIMIZED | CO_NEWLOCALS | CO_NOFREE)
#define IGNORED_CODE_FLAGS (PyCF_MASK | CO_GENERATOR_ALLOWED | CO_NESTED)
static PyObject *fast_function(PyObject *, PyObject ***, int, int, int);
static PyObject *do_call(PyObject *, PyObject ***, int, int);
static PyObject *ext_do_call(PyObject *, PyObject ***, int, int, int);
static PyObject *apply_slice(PyObject *, PyObject *, PyObject *);
static int assign_slice(PyObject *, PyObject *, PyObject *, PyObject *);
static PyObject *cmp_outcome(int, PyObject *, PyObject *);
static PyObject *import_from(PyObject *, PyObject *);
static int import_all_from(PyObject *, PyObject *);
static PyObject *build_class(PyObject *, PyObject *, PyObject *);
static int exec_statement(PyFrameObject *, PyObject *, PyObject *, PyObject *);
static void set_exc_info(PyThreadState *, PyObject *, PyObject *, PyObject *);
static void reset_exc_info(PyThreadState *);
static enum why_code do_raise(PyObject *, PyObject *, PyObject *);
static int unpack_iterable(PyObject *, int, PyObject **);
static int call_trace(Py_tracefunc, PyObject *, PyFrameObject *, int, PyObject *);
static int call_trace_protected(Py_tracefunc, PyObject *, PyFrameObject *,
                                int, PyObject *);
static void call_exc_trace(Py_tracefunc, PyObject *, PyFrameObject *);
static int maybe_call_line_trace(Py_tracefunc, PyObject *, PyFrameObject *,
                                 int *, int *, int *);
static void format_name_error(PyObject *, const char *, PyObject *);
static int periodic_work(PyThreadState *, int);

/* ================================================================== */
/* The interpreter lock                                               */

/* A fair lock: a thread that gives up the lock because others wait does
   not take it straight back before one of them has had it. */
typedef struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;         /* signalled when the lock is released */
    pthread_cond_t switched;     /* signalled when another thread took it */
    int held;
    int waiting;                 /* threads blocked in gil_take */
    unsigned long generation;    /* counts acquisitions */
} gil_t;

static gil_t gil;
static int gil_created = 0;
static long main_thread_ident = 0;
/* Set by a thread that waits for the lock; makes the holder yield at its
   next periodic check. */
static volatile int gil_drop_request = 0;

int _Py_CheckInterval = 100;
volatile int _Py_Ticker = 100;

static void
gil_create(void)
{
    pthread_mutex_init(&gil.mutex, NULL);
    pthread_cond_init(&gil.cond, NULL);
    pthread_cond_init(&gil.switched, NULL);
    gil.held = 0;
    gil.waiting = 0;
    gil.generation = 0;
    gil_created = 1;
}

static void
gil_take(void)
{
    int saved_errno = errno;
    pthread_mutex_lock(&gil.mutex);
    while (gil.held) {
        gil.waiting++;
        gil_drop_request = 1;
        _Py_Ticker = 0;
        pthread_cond_wait(&gil.cond, &gil.mutex);
        gil.waiting--;
    }
    gil.held = 1;
    gil.generation++;
    if (gil.waiting == 0)
        gil_drop_request = 0;
    pthread_cond_broadcast(&gil.switched);
    pthread_mutex_unlock(&gil.mutex);
    errno = saved_errno;
}

static void
gil_release(void)
{
    pthread_mutex_lock(&gil.mutex);
    gil.held = 0;
    pthread_cond_signal(&gil.cond);
    pthread_mutex_unlock(&gil.mutex);
}

/* Called by the holder at a periodic check when another thread waits:
   release, let one waiter in, then queue up again. */
static void
gil_yield(void)
{
    unsigned long gen;
    pthread_mutex_lock(&gil.mutex);
    gen = gil.generation;
    gil.held = 0;
    pthread_cond_signal(&gil.cond);
    if (gil.waiting > 0) {
        while (gil.generation == gen)
            pthread_cond_wait(&gil.switched, &gil.mutex);
    }
    pthread_mutex_unlock(&gil.mutex);
    gil_take();
}

int
PyEval_ThreadsInitialized(void)
{
    return gil_created;
}

void
PyEval_InitThreads(void)
{
    if (gil_created)
        return;
    gil_create();
    gil_take();
    main_thread_ident = PyThread_get_thread_ident();
}

void
PyEval_AcquireLock(void)
{
    if (gil_created)
        gil_take();
}

void
PyEval_ReleaseLock(void)
{
    if (gil_created)
        gil_release();
}

/* The eval loop's dispatch tests only _Py_Ticker; a thread that traces
   or profiles keeps it at 0 so that each instruction goes through the
   slow path, which does the tracing (and counts the instructions in
   traced_countdown).  Whatever turns tracing on for the running thread
   (setting a function, returning from a trace function, taking the
   lock back) calls this. */
static int traced_countdown;

static inline void
keep_tracing(PyThreadState *tstate)
{
    if (tstate->use_tracing)
        _Py_Ticker = 0;
}

void
PyEval_AcquireThread(PyThreadState *tstate)
{
    if (tstate == NULL)
        Py_FatalError("PyEval_AcquireThread: NULL new thread state");
    if (gil_created)
        gil_take();
    if (PyThreadState_Swap(tstate) != NULL)
        Py_FatalError("PyEval_AcquireThread: non-NULL old thread state");
    if (_Py_StackLimit == NULL)
        _Py_InitStackLimit();
    keep_tracing(tstate);
}

void
PyEval_ReleaseThread(PyThreadState *tstate)
{
    if (tstate == NULL)
        Py_FatalError("PyEval_ReleaseThread: NULL thread state");
    if (PyThreadState_Swap(NULL) != tstate)
        Py_FatalError("PyEval_ReleaseThread: wrong thread state");
    if (gil_created)
        gil_release();
}

/* After fork() only the calling thread exists: make a fresh lock held by
   it (the old one may be held by a thread that is gone). */
void
PyEval_ReInitThreads(void)
{
    if (!gil_created)
        return;
    gil_create();
    gil_take();
    main_thread_ident = PyThread_get_thread_ident();
}

PyThreadState *
PyEval_SaveThread(void)
{
    PyThreadState *tstate = PyThreadState_Swap(NULL);
    if (tstate == NULL)
        Py_FatalError("PyEval_SaveThread: NULL tstate");
    if (gil_created)
        gil_release();
    return tstate;
}

void
PyEval_RestoreThread(PyThreadState *tstate)
{
    if (tstate == NULL)
        Py_FatalError("PyEval_RestoreThread: NULL tstate");
    if (gil_created)
        gil_take();
    PyThreadState_Swap(tstate);
    if (_Py_StackLimit == NULL)
        _Py_InitStackLimit();
    keep_tracing(tstate);
}

/* ================================================================== */
/* Pending calls                                                       */

/* C functions queued (possibly from a signal handler or another thread)
   to run in the main thread at the next periodic check.  These hold no
   Python objects. */
#define NPENDINGCALLS 32
static struct {
    int (*func)(void *);
    void *arg;
} pendingcalls[NPENDINGCALLS];
static volatile int pendingfirst = 0;
static volatile int pendinglast = 0;
static volatile int things_to_do = 0;
static pthread_mutex_t pending_mutex = PTHREAD_MUTEX_INITIALIZER;

int
Py_AddPendingCall(int (*func)(void *), void *arg)
{
    int next, result = 0;

    /* trylock: this may be called from a signal handler that interrupted
       the thread holding the mutex */
    if (pthread_mutex_trylock(&pending_mutex) != 0)
        return -1;
    next = (pendinglast + 1) % NPENDINGCALLS;
    if (next == pendingfirst)
        result = -1;            /* queue full */
    else {
        pendingcalls[pendinglast].func = func;
        pendingcalls[pendinglast].arg = arg;
        pendinglast = next;
    }
    things_to_do = 1;
    _Py_Ticker = 0;
    pthread_mutex_unlock(&pending_mutex);
    return result;
}

int
Py_MakePendingCalls(void)
{
    static volatile int busy = 0;

    if (main_thread_ident && PyThread_get_thread_ident() != main_thread_ident)
        return 0;
    if (busy)
        return 0;
    busy = 1;
    things_to_do = 0;
    for (;;) {
        int (*func)(void *);
        void *arg;
        pthread_mutex_lock(&pending_mutex);
        if (pendingfirst == pendinglast) {
            pthread_mutex_unlock(&pending_mutex);
            break;
        }
        func = pendingcalls[pendingfirst].func;
        arg = pendingcalls[pendingfirst].arg;
        pendingfirst = (pendingfirst + 1) % NPENDINGCALLS;
        pthread_mutex_unlock(&pending_mutex);
        if (func(arg) < 0) {
            busy = 0;
            things_to_do = 1;   /* the rest stays queued */
            return -1;
        }
    }
    busy = 0;
    return 0;
}

/* ================================================================== */
/* Recursion limit and C-stack guard                                   */

int _Py_CheckRecursionLimit = 1000;
__thread char *_Py_StackLimit = NULL;
/* Interpreter whose limit _Py_CheckRecursionLimit currently mirrors. */
static PyInterpreterState *limit_mirror_owner = NULL;

/* Leaves room for error handling and C library calls below the limit. */
#define STACK_MARGIN_MAX ((size_t)2 << 20)

void
_Py_InitStackLimit(void)
{
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    char here;

    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) != 0)
            size = 0;
        pthread_attr_destroy(&attr);
    }
    if (size == 0 || addr == NULL ||
        &here < (char *)addr || &here > (char *)addr + size) {
        /* Unknown bounds: assume a conservative 1 MB below this point. */
        _Py_StackLimit = (char *)((Py_uintptr_t)&here - ((size_t)1 << 20));
        return;
    }
    {
        char *top = (char *)addr + size;
        size_t usable = size;
        size_t margin;
        /* An "unlimited" main stack is reported as huge; do not trust
           more than 256 MB of it. */
        if (usable > ((size_t)256 << 20))
            usable = (size_t)256 << 20;
        margin = usable / 4;
        if (margin > STACK_MARGIN_MAX)
            margin = STACK_MARGIN_MAX;
        if (margin < ((size_t)64 << 10))
            margin = usable / 2;
        _Py_StackLimit = top - usable + margin;
    }
}

static void
mirror_recursion_limit(PyThreadState *tstate)
{
    limit_mirror_owner = tstate->interp;
    _Py_CheckRecursionLimit =
        _PyInterpreterState_EX(tstate->interp)->recursion_limit;
}

int
_Py_CheckRecursiveCall(char *where)
{
    PyThreadState *tstate = PyThreadState_GET();
    int limit;

    if (_Py_StackLimit == NULL)
        _Py_InitStackLimit();
    if (tstate->interp != limit_mirror_owner)
        mirror_recursion_limit(tstate);
    limit = _Py_CheckRecursionLimit;
    if (_Py_StackNearlyExhausted()) {
        --tstate->recursion_depth;
        PyErr_Format(PyExc_RuntimeError,
                     "maximum recursion depth exceeded%s", where);
        return -1;
    }
    if (tstate->recursion_depth > limit) {
        --tstate->recursion_depth;
        PyErr_Format(PyExc_RuntimeError,
                     "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void
Py_SetRecursionLimit(int new_limit)
{
    PyThreadState *tstate = PyThreadState_GET();
    if (tstate == NULL || tstate->interp == NULL) {
        _Py_CheckRecursionLimit = new_limit;
        return;
    }
    {
        PyInterpreterStateEx *ix = _PyInterpreterState_EX(tstate->interp);
        /* A limit set by a sandbox's creator is a ceiling: code in the
           sandbox may lower it but never raise it. */
        if (ix->recursion_limit_locked && new_limit > ix->recursion_limit)
            new_limit = ix->recursion_limit;
        ix->recursion_limit = new_limit;
    }
    mirror_recursion_limit(tstate);
}

int
Py_GetRecursionLimit(void)
{
    PyThreadState *tstate = PyThreadState_GET();
    if (tstate == NULL || tstate->interp == NULL)
        return _Py_CheckRecursionLimit;
    return _PyInterpreterState_EX(tstate->interp)->recursion_limit;
}

/* ================================================================== */
/* Sandbox limits                                                      */

double
_PyEval_MonotonicTime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double
thread_cpu_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int
raise_limit(PyInterpLimitState st)
{
    PyErr_SetString(PyExc_RuntimeError,
                    st == PyInterp_LIMIT_CPU ? "CPU time limit exceeded"
                                             : "time limit exceeded");
    return -1;
}

/* True if the current interpreter ran out of CPU or wall time: then
   exception handlers do not run (the exception cannot be caught). */
static int
limit_is_fatal(PyThreadState *tstate)
{
    PyInterpLimitState st = _PyInterpreterState_EX(tstate->interp)->limit_state;
    return st == PyInterp_LIMIT_CPU || st == PyInterp_LIMIT_TIME;
}

int
_PyEval_CheckLimits(void)
{
    PyThreadState *tstate = PyThreadState_GET();
    PyInterpreterStateEx *ix;

    if (tstate == NULL || tstate->interp == NULL)
        return 0;
    ix = _PyInterpreterState_EX(tstate->interp);
    if (ix->limit_state == PyInterp_LIMIT_CPU ||
        ix->limit_state == PyInterp_LIMIT_TIME)
        return raise_limit(ix->limit_state);
    if (ix->ticks_left == 0) {
        ix->limit_state = PyInterp_LIMIT_CPU;
        return raise_limit(PyInterp_LIMIT_CPU);
    }
    if (ix->cpu_deadline > 0 && thread_cpu_time() >= ix->cpu_deadline) {
        ix->limit_state = PyInterp_LIMIT_CPU;
        return raise_limit(PyInterp_LIMIT_CPU);
    }
    if (ix->deadline > 0 && _PyEval_MonotonicTime() >= ix->deadline) {
        ix->limit_state = PyInterp_LIMIT_TIME;
        return raise_limit(PyInterp_LIMIT_TIME);
    }
    return 0;
}

int _Py_IterCountdown = _Py_ITER_CHARGE_EVERY;

int
_PyEval_ChargeTicks(long n)
{
    PyThreadState *tstate = PyThreadState_GET();
    PyInterpreterStateEx *ix;

    if (tstate == NULL || tstate->interp == NULL)
        return 0;
    ix = _PyInterpreterState_EX(tstate->interp);
    if (ix->ticks_left > 0) {
        ix->ticks_left -= n;
        if (ix->ticks_left < 0)
            ix->ticks_left = 0;
    }
    return _PyEval_CheckLimits();
}

/* The work done every _Py_CheckInterval instructions: account ticks,
   check limits (the clocks only every few rounds: they are not free),
   run pending calls, let other threads run, deliver asynchronous
   exceptions.  Returns -1 with an exception set. */
static int
periodic_work(PyThreadState *tstate, int interruptible)
{
    PyInterpreterStateEx *ix = _PyInterpreterState_EX(tstate->interp);
    static unsigned int round = 0;

    tstate->tick_counter++;
    if (ix->ticks_left > 0) {
        ix->ticks_left -= _Py_CheckInterval;
        if (ix->ticks_left < 0)
            ix->ticks_left = 0;
    }
    if (ix->limit_state == PyInterp_LIMIT_CPU ||
        ix->limit_state == PyInterp_LIMIT_TIME || ix->ticks_left == 0)
        return _PyEval_CheckLimits();
    if ((ix->deadline > 0 || ix->cpu_deadline > 0) && (++round & 15) == 0) {
        if (_PyEval_CheckLimits() < 0)
            return -1;
    }
    if (!interruptible)
        return 0;
    if (things_to_do) {
        if (Py_MakePendingCalls() < 0)
            return -1;
    }
    if (&_PySignal_Pending != NULL && _PySignal_Pending) {
        if (PyErr_CheckSignals() < 0)
            return -1;
    }
    if (gil_created && gil_drop_request) {
        PyThreadState *me = PyThreadState_Swap(NULL);
        gil_yield();
        PyThreadState_Swap(me);
    }
    if (tstate->async_exc != NULL) {
        PyObject *exc = tstate->async_exc;
        tstate->async_exc = NULL;
        PyErr_SetNone(exc);
        Py_DECREF(exc);
        return -1;
    }
    return 0;
}

/* ================================================================== */
/* Tracing and profiling                                               */

void
PyEval_SetProfile(Py_tracefunc func, PyObject *arg)
{
    PyThreadState *tstate = PyThreadState_GET();
    PyObject *old = tstate->c_profileobj;

    Py_XINCREF(arg);
    tstate->c_profilefunc = NULL;
    tstate->c_profileobj = NULL;
    tstate->use_tracing = tstate->c_tracefunc != NULL;
    Py_XDECREF(old);
    tstate->c_profilefunc = func;
    tstate->c_profileobj = arg;
    tstate->use_tracing = func != NULL || tstate->c_tracefunc != NULL;
    keep_tracing(tstate);
}

void
PyEval_SetTrace(Py_tracefunc func, PyObject *arg)
{
    PyThreadState *tstate = PyThreadState_GET();
    PyObject *old = tstate->c_traceobj;

    Py_XINCREF(arg);
    tstate->c_tracefunc = NULL;
    tstate->c_traceobj = NULL;
    tstate->use_tracing = tstate->c_profilefunc != NULL;
    Py_XDECREF(old);
    tstate->c_tracefunc = func;
    tstate->c_traceobj = arg;
    tstate->use_tracing = func != NULL || tstate->c_profilefunc != NULL;
    keep_tracing(tstate);
}

static int
call_trace(Py_tracefunc func, PyObject *obj, PyFrameObject *frame,
           int what, PyObject *arg)
{
    PyThreadState *tstate = PyThreadState_GET();
    int result;

    if (tstate->tracing)
        return 0;               /* no tracing of the trace function */
    tstate->tracing++;
    tstate->use_tracing = 0;
    result = func(obj, frame, what, arg);
    tstate->use_tracing = tstate->c_tracefunc != NULL ||
                          tstate->c_profilefunc != NULL;
    keep_tracing(tstate);
    tstate->tracing--;
    return result;
}

/* Like call_trace, but keeps a pending exception unless the trace
   function itself fails. */
static int
call_trace_protected(Py_tracefunc func, PyObject *obj, PyFrameObject *frame,
                     int what, PyObject *arg)
{
    PyObject *t, *v, *tb;
    int err;

    PyErr_Fetch(&t, &v, &tb);
    err = call_trace(func, obj, frame, what, arg);
    if (err == 0)
        PyErr_Restore(t, v, tb);
    else {
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
    }
    return err;
}

static void
call_exc_trace(Py_tracefunc func, PyObject *obj, PyFrameObject *f)
{
    PyObject *t, *v, *tb, *arg;
    int err;

    PyErr_Fetch(&t, &v, &tb);
    if (v == NULL) {
        v = Py_None;
        Py_INCREF(v);
    }
    arg = PyTuple_Pack(3, t, v, tb ? tb : Py_None);
    if (arg == NULL) {
        PyErr_Restore(t, v, tb);
        return;
    }
    err = call_trace(func, obj, f, PyTrace_EXCEPTION, arg);
    Py_DECREF(arg);
    if (err == 0)
        PyErr_Restore(t, v, tb);
    else {
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
    }
}

/* Reports a 'line' event when execution enters the first instruction of
   a source line, or arrives anywhere by a jump backwards. */
static int
maybe_call_line_trace(Py_tracefunc func, PyObject *obj, PyFrameObject *f,
                      int *lower, int *upper, int *prev)
{
    int result = 0;

    if (f->f_lasti < *lower || f->f_lasti >= *upper) {
        PyAddrPair bounds;
        int line = PyCode_CheckLineNumber(f->f_code, f->f_lasti, &bounds);
        *lower = bounds.ap_lower;
        *upper = bounds.ap_upper;
        if (f->f_lasti == *lower || f->f_lasti < *prev) {
            f->f_lineno = line;
            result = call_trace(func, obj, f, PyTrace_LINE, Py_None);
        }
    }
    else if (f->f_lasti <= *prev) {
        /* a jump backwards within one line (a loop on one line) */
        result = call_trace(func, obj, f, PyTrace_LINE, Py_None);
    }
    *prev = f->f_lasti;
    return result;
}

PyObject *
_PyEval_CallTracing(PyObject *func, PyObject *args)
{
    PyThreadState *tstate = PyThreadState_GET();
    int save_tracing = tstate->tracing;
    int save_use_tracing = tstate->use_tracing;
    PyObject *result;

    tstate->tracing = 0;
    tstate->use_tracing = tstate->c_tracefunc != NULL ||
                          tstate->c_profilefunc != NULL;
    result = PyObject_Call(func, args, NULL);
    tstate->tracing = save_tracing;
    tstate->use_tracing = save_use_tracing;
    keep_tracing(tstate);
    return result;
}

/* ================================================================== */
/* Introspection of the running code                                   */

PyFrameObject *
PyEval_GetFrame(void)
{
    PyThreadState *tstate = PyThreadState_GET();
    if (tstate == NULL)
        return NULL;
    return _PyThreadState_GetFrame != NULL ? _PyThreadState_GetFrame(tstate)
                                           : tstate->frame;
}

PyObject *
PyEval_GetBuiltins(void)
{
    PyFrameObject *f = PyEval_GetFrame();
    if (f == NULL)
        return PyThreadState_GET()->interp->builtins;
    return f->f_builtins;
}

PyObject *
PyEval_GetLocals(void)
{
    PyFrameObject *f = PyEval_GetFrame();
    if (f == NULL)
        return NULL;
    PyFrame_FastToLocals(f);
    return f->f_locals;
}

PyObject *
PyEval_GetGlobals(void)
{
    PyFrameObject *f = PyEval_GetFrame();
    return f == NULL ? NULL : f->f_globals;
}

int
PyEval_GetRestricted(void)
{
    return 0;
}

int
PyEval_MergeCompilerFlags(PyCompilerFlags *cf)
{
    PyFrameObject *f = PyEval_GetFrame();
    int result = cf->cf_flags != 0;

    if (f != NULL) {
        int compilerflags = f->f_code->co_flags & PyCF_MASK;
        if (compilerflags) {
            result = 1;
            cf->cf_flags |= compilerflags;
        }
    }
    return result;
}

int
Py_FlushLine(void)
{
    PyObject *f = PySys_GetObject("stdout");
    if (f == NULL || f == Py_None)
        return 0;
    if (!PyFile_SoftSpace(f, 0))
        return 0;
    return PyFile_WriteString("\n", f);
}


char *
PyEval_GetFuncName(PyObject *func)
{
    if (PyMethod_Check(func))
        return PyEval_GetFuncName(PyMethod_GET_FUNCTION(func));
    if (PyFunction_Check(func))
        return PyString_AsString(((PyFunctionObject *)func)->func_name);
    if (PyCFunction_Check(func))
        return (char *)((PyCFunctionObject *)func)->m_ml->ml_name;
    if (PyClass_Check(func))
        return PyString_AsString(((PyClassObject *)func)->cl_name);
    if (PyInstance_Check(func))
        return PyString_AsString(
            ((PyInstanceObject *)func)->in_class->cl_name);
    return (char *)func->ob_type->tp_name;
}

char *
PyEval_GetFuncDesc(PyObject *func)
{
    if (PyMethod_Check(func) || PyFunction_Check(func) ||
        PyCFunction_Check(func))
        return "()";
    if (PyClass_Check(func))
        return " constructor";
    if (PyInstance_Check(func))
        return " instance";
    return " object";
}

PyObject *
PyEval_GetCallStats(PyObject *self)
{
    Py_RETURN_NONE;
}

/* ================================================================== */
/* Exception state of the thread (sys.exc_info)                        */

/* The deprecated sys.exc_type, sys.exc_value and sys.exc_traceback.
   Keeping them current must not fail the code that is raising or
   handling an exception: where the dict cannot grow (at a memory limit)
   they are left as they are, no error is left behind, and an exception
   in flight is kept.  The keys are interned once, on the process
   account (they are immutable and shared). */
static void
set_sys_exc_vars(PyThreadState *tstate, PyObject *type, PyObject *value,
                 PyObject *tb)
{
    static PyObject *keys[3];
    static const char *const names[3] = {
        "exc_type", "exc_value", "exc_traceback"};
    PyObject *values[3], *sd, *et, *ev, *etb;
    int i;

    sd = tstate->interp != NULL ? tstate->interp->sysdict : NULL;
    if (sd == NULL || !PyDict_Check(sd))
        return;
    PyErr_Fetch(&et, &ev, &etb);
    if (keys[2] == NULL) {
        PyMemAccount *saved = _PyMem_SetCurrentAccount(NULL);
        for (i = 0; i < 3; i++) {
            if (keys[i] == NULL)
                keys[i] = PyString_InternFromString(names[i]);
        }
        _PyMem_SetCurrentAccount(saved);
    }
    values[0] = type;
    values[1] = value;
    values[2] = tb;
    for (i = 0; i < 3; i++) {
        if (keys[i] == NULL)
            break;
        if (values[i] != NULL) {
            if (PyDict_SetItem(sd, keys[i], values[i]) < 0)
                PyErr_Clear();
        }
        else if (PyDict_GetItem(sd, keys[i]) != NULL &&
                 PyDict_DelItem(sd, keys[i]) < 0)
            PyErr_Clear();
    }
    if (PyErr_Occurred())
        PyErr_Clear();          /* (interning the keys failed) */
    PyErr_Restore(et, ev, etb);
}

/* An except clause starts handling (type, value, tb): the exception the
   thread was handling before is saved in the frame (once per frame) so
   it can be restored when the frame exits. */
static void
set_exc_info(PyThreadState *tstate, PyObject *type, PyObject *value,
             PyObject *tb)
{
    PyFrameObject *frame = tstate->frame;
    PyObject *old_t, *old_v, *old_tb;

    if (frame->f_exc_type == NULL) {
        if (tstate->exc_type == NULL) {
            Py_INCREF(Py_None);
            tstate->exc_type = Py_None;
        }
        Py_XINCREF(tstate->exc_type);
        Py_XINCREF(tstate->exc_value);
        Py_XINCREF(tstate->exc_traceback);
        frame->f_exc_type = tstate->exc_type;
        frame->f_exc_value = tstate->exc_value;
        frame->f_exc_traceback = tstate->exc_traceback;
    }
    old_t = tstate->exc_type;
    old_v = tstate->exc_value;
    old_tb = tstate->exc_traceback;
    Py_XINCREF(type);
    Py_XINCREF(value);
    Py_XINCREF(tb);
    tstate->exc_type = type;
    tstate->exc_value = value;
    tstate->exc_traceback = tb;
    Py_XDECREF(old_t);
    Py_XDECREF(old_v);
    Py_XDECREF(old_tb);
    set_sys_exc_vars(tstate, type, value, tb);
}

/* The frame that handled an exception exits: the thread gets back the
   exception it was handling before. */
static void
reset_exc_info(PyThreadState *tstate)
{
    PyFrameObject *frame = tstate->frame;
    PyObject *old_t, *old_v, *old_tb;

    old_t = tstate->exc_type;
    old_v = tstate->exc_value;
    old_tb = tstate->exc_traceback;
    Py_XINCREF(frame->f_exc_type);
    Py_XINCREF(frame->f_exc_value);
    Py_XINCREF(frame->f_exc_traceback);
    tstate->exc_type = frame->f_exc_type;
    tstate->exc_value = frame->f_exc_value;
    tstate->exc_traceback = frame->f_exc_traceback;
    Py_XDECREF(old_t);
    Py_XDECREF(old_v);
    Py_XDECREF(old_tb);
    set_sys_exc_vars(tstate, frame->f_exc_type, frame->f_exc_value,
                     frame->f_exc_traceback);
    Py_CLEAR(frame->f_exc_type);
    Py_CLEAR(frame->f_exc_value);
    Py_CLEAR(frame->f_exc_traceback);
}

/* The raise statement.  Takes over the three references (any may be
   NULL).  Returns WHY_EXCEPTION, or WHY_RERAISE when a traceback was
   supplied (then this frame is not added to it again). */
static enum why_code
do_raise(PyObject *type, PyObject *value, PyObject *tb)
{
    if (type == NULL) {
        /* bare 'raise': the exception being handled */
        PyThreadState *tstate = PyThreadState_GET();
        type = tstate->exc_type != NULL ? tstate->exc_type : Py_None;
        value = tstate->exc_value;
        tb = tstate->exc_traceback;
        Py_XINCREF(type);
        Py_XINCREF(value);
        Py_XINCREF(tb);
    }
    if (tb == Py_None) {
        Py_DECREF(tb);
        tb = NULL;
    }
    else if (tb != NULL && !PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError,
                        "raise: arg 3 must be a traceback or None");
        goto fail;
    }
    if (value == NULL) {
        Py_INCREF(Py_None);
        value = Py_None;
    }
    /* raise (E1, E2), v  raises E1 (recursively) */
    while (PyTuple_Check(type) && PyTuple_GET_SIZE(type) > 0) {
        PyObject *first = PyTuple_GET_ITEM(type, 0);
        Py_INCREF(first);
        Py_DECREF(type);
        type = first;
    }
    if (PyString_CheckExact(type)) {
        if (PyErr_Warn(PyExc_DeprecationWarning,
                       "raising a string exception is deprecated"))
            goto fail;
    }
    else if (PyExceptionClass_Check(type))
        PyErr_NormalizeException(&type, &value, &tb);
    else if (PyExceptionInstance_Check(type)) {
        if (value != Py_None) {
            PyErr_SetString(PyExc_TypeError,
                "instance exception may not have a separate value");
            goto fail;
        }
        Py_DECREF(value);
        value = type;
        type = PyExceptionInstance_Class(value);
        Py_INCREF(type);
    }
    else {
        PyErr_Format(PyExc_TypeError,
            "exceptions must be classes, instances, or strings "
            "(deprecated), not %s", type->ob_type->tp_name);
        goto fail;
    }
    PyErr_Restore(type, value, tb);
    return tb == NULL ? WHY_EXCEPTION : WHY_RERAISE;

fail:
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return WHY_EXCEPTION;
}

static void
format_name_error(PyObject *exc, const char *fmt, PyObject *name)
{
    const char *s = (name != NULL && PyString_Check(name)) ?
                    PyString_AS_STRING(name) : "?";
    PyErr_Format(exc, fmt, s);
}

#define NAME_ERROR_MSG "name '%.200s' is not defined"
#define GLOBAL_NAME_ERROR_MSG "global name '%.200s' is not defined"
#define UNBOUNDLOCAL_ERROR_MSG "local variable '%.200s' referenced before assignment"
#define UNBOUNDFREE_ERROR_MSG "free variable '%.200s' referenced before " \
                              "assignment in enclosing scope"

/* Pushes the items of an iterable of exactly `count` items onto the
   stack below `sp` (last item deepest... first item on top). */
static int
unpack_iterable(PyObject *v, int count, PyObject **sp)
{
    PyObject *it, *w;
    int i = 0;

    it = PyObject_GetIter(v);
    if (it == NULL)
        return 0;
    for (; i < count; i++) {
        w = PyIter_Next(it);
        if (w == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ValueError,
                             "need more than %d value%s to unpack",
                             i, i == 1 ? "" : "s");
            goto fail;
        }
        *--sp = w;
    }
    w = PyIter_Next(it);
    if (w == NULL) {
        if (PyErr_Occurred())
            goto fail;
        Py_DECREF(it);
        return 1;
    }
    Py_DECREF(w);
    PyErr_SetString(PyExc_ValueError, "too many values to unpack");
fail:
    for (; i > 0; i--, sp++)
        Py_DECREF(*sp);
    Py_DECREF(it);
    return 0;
}

/* ================================================================== */
/* String concatenation in place                                       */

/* v + w for two exact str objects.  Takes over the reference to v.  When
   the value stack holds the only other reference besides the variable
   the result is about to be stored in (s = s + t, s += t), that
   variable is cleared first so v can be grown in place: repeated
   concatenation in a loop then costs linear rather than quadratic
   time. */
static PyObject *
concat_strings(PyObject *v, PyObject *w, PyFrameObject *f,
               unsigned char *next_instr)
{
    Py_ssize_t vlen = PyString_GET_SIZE(v);
    Py_ssize_t wlen = PyString_GET_SIZE(w);

    if (vlen > PY_SSIZE_T_MAX - wlen) {
        PyErr_SetString(PyExc_OverflowError,
                        "strings are too large to concat");
        Py_DECREF(v);
        return NULL;
    }
    /* The oparg is read only when the next opcode has one: after a
       RETURN_VALUE that ends co_code there are no bytes to read. */
    if (v->ob_refcnt == 2 && HAS_ARG(*next_instr)) {
        int arg = next_instr[1] | (next_instr[2] << 8);
        PyCodeObject *co = f->f_code;
        switch (*next_instr) {
        case STORE_FAST:
            if (arg < co->co_nlocals && f->f_localsplus[arg] == v) {
                f->f_localsplus[arg] = NULL;
                Py_DECREF(v);
            }
            break;
        case STORE_DEREF: {
            PyObject **cells = f->f_localsplus + co->co_nlocals;
            Py_ssize_t ncells = PyTuple_GET_SIZE(co->co_cellvars) +
                                PyTuple_GET_SIZE(co->co_freevars);
            if (arg < ncells && PyCell_Check(cells[arg]) &&
                PyCell_GET(cells[arg]) == v) {
                PyCell_SET(cells[arg], NULL);
                Py_DECREF(v);
            }
            break;
        }
        case STORE_NAME: {
            PyObject *locals = f->f_locals;
            if (locals != NULL && PyDict_CheckExact(locals) &&
                arg < PyTuple_GET_SIZE(co->co_names)) {
                PyObject *name = PyTuple_GET_ITEM(co->co_names, arg);
                if (PyDict_GetItem(locals, name) == v &&
                    PyDict_DelItem(locals, name) != 0)
                    PyErr_Clear();
            }
            break;
        }
        }
    }
    if (v->ob_refcnt == 1 && !PyString_CHECK_INTERNED(v) && wlen > 0 &&
        vlen > 0) {
        if (_PyString_Resize(&v, vlen + wlen) != 0)
            return NULL;
        memcpy(PyString_AS_STRING(v) + vlen, PyString_AS_STRING(w),
               (size_t)wlen);
        ((PyStringObject *)v)->ob_shash = -1;
        return v;
    }
    PyString_Concat(&v, w);
    return v;
}

/* ================================================================== */
/* The evaluation loop                                                 */

PyObject *
PyEval_EvalFrame(PyFrameObject *f)
{
    return PyEval_EvalFrameEx(f, 0);
}

/* Value stack */
#define STACK_LEVEL()   ((int)(stack_pointer - f->f_valuestack))
#define EMPTY()         (STACK_LEVEL() == 0)
#define TOP()           (stack_pointer[-1])
#define SECOND()        (stack_pointer[-2])
#define THIRD()         (stack_pointer[-3])
#define FOURTH()        (stack_pointer[-4])
#define PEEK(n)         (stack_pointer[-(n)])
#define SET_TOP(v)      (stack_pointer[-1] = (v))
#define SET_SECOND(v)   (stack_pointer[-2] = (v))
#define SET_THIRD(v)    (stack_pointer[-3] = (v))
#define SET_FOURTH(v)   (stack_pointer[-4] = (v))
#define PUSH(v)         (*stack_pointer++ = (v))
#define POP()           (*--stack_pointer)
#define STACKADJ(n)     (stack_pointer += (n))

/* Fast locals */
#define GETLOCAL(i)     (f->f_localsplus[i])
/* cells (cell variables, then free variables) follow the locals */
#define FREEVAR(i)      (f->f_localsplus[co->co_nlocals + (i)])
#define SETLOCAL(i, value) \
    do { PyObject *old_ = GETLOCAL(i); GETLOCAL(i) = (value); \
         Py_XDECREF(old_); } while (0)

/* Instruction stream */
#define INSTR_OFFSET()  ((int)(next_instr - first_instr))
#define NEXTOP()        (*next_instr++)
#ifdef WORDS_BIGENDIAN
#define NEXTARG()       (next_instr += 2, (next_instr[-1] << 8) + next_instr[-2])
#else
/* the argument is little-endian: one 16-bit load */
static inline int
read_oparg(const unsigned char *p)
{
    unsigned short v;
    memcpy(&v, p, sizeof(v));
    return v;
}
#define NEXTARG()       (next_instr += 2, read_oparg(next_instr - 2))
#endif
#define JUMPTO(x)       (next_instr = first_instr + (x))
#define JUMPBY(x)       (next_instr += (x))

#define GETCONST(i)     PyTuple_GET_ITEM(co->co_consts, (i))
#define GETNAME(i)      PyTuple_GET_ITEM(co->co_names, (i))

/* Handlers end with NEXT() (continue with the next instruction) or jump
   to one of the exits: on_error (an exception is set), unwind (why is
   set), exit_frame. */
#ifdef USE_COMPUTED_GOTO
/* The jump to a handler reads only the opcode byte; the handler of an
   opcode with an argument decodes it itself (the opcode is a constant
   there), so no argument is carried from one instruction to the next.
   The switch's case labels come after the decoding: EXTENDED_ARG enters
   through the switch with the whole argument already in oparg.
   Handlers shared by several opcodes with an argument use TARGET3. */
#define DECODE_ARG(op) \
    if (HAS_ARG(op)) { oparg = NEXTARG(); }
#define TARGET(op) TARGET_##op: DECODE_ARG(op) case op:
#define TARGET3(a, b, c) TARGET_##a: TARGET_##b: TARGET_##c: \
    DECODE_ARG(a) case a: case b: case c:
#define NEXT() \
    do { \
        if (Py_UNLIKELY(--_Py_Ticker < 0)) \
            goto slow_next; \
        f->f_lasti = INSTR_OFFSET(); \
        opcode = NEXTOP(); \
        goto *opcode_targets[opcode]; \
    } while (0)
#define DISPATCH() goto *opcode_targets[opcode]
#else
#define TARGET(op) case op:
#define TARGET3(a, b, c) case a: case b: case c:
#define NEXT() do { --_Py_Ticker; goto next_instruction; } while (0)
#define DISPATCH() goto dispatch_switch
#endif

#define ERROR_IF(cond) do { if (cond) goto on_error; } while (0)

/* Goes on in the frame of a call run in this loop (the caller's stack
   ends at stack_pointer; `leave` comes back). */
#define ENTER_CALLEE(callee) \
    do { \
        f->f_stacktop = stack_pointer; \
        inline_depth++; \
        f = (callee); \
        tstate->frame = f; \
        co = f->f_code; \
        first_instr = (unsigned char *)PyString_AS_STRING(co->co_code); \
        next_instr = first_instr; \
        stack_pointer = f->f_stacktop; \
        f->f_stacktop = NULL; \
        instr_lb = 0, instr_ub = -1, instr_prev = -1; \
        NEXT(); \
    } while (0)

/* (a op b) on ints, with the overflow test done on unsigned values */
#define INT_OVERFLOWED_ADD(a, b, r) (((r) ^ (a)) < 0 && ((r) ^ (b)) < 0)
#define INT_OVERFLOWED_SUB(a, b, r) (((r) ^ (a)) < 0 && ((r) ^ ~(b)) < 0)

/* Operands of float arithmetic done in the loop: two exact floats, or an
   exact float and an exact int (float's slots convert the int with a C
   cast, as here). */
static inline int
float_operands(PyObject *v, PyObject *w, double *a, double *b)
{
    if (PyFloat_CheckExact(v)) {
        *a = PyFloat_AS_DOUBLE(v);
        if (PyFloat_CheckExact(w)) {
            *b = PyFloat_AS_DOUBLE(w);
            return 1;
        }
        if (PyInt_CheckExact(w)) {
            *b = (double)PyInt_AS_LONG(w);
            return 1;
        }
        return 0;
    }
    if (PyInt_CheckExact(v) && PyFloat_CheckExact(w)) {
        *a = (double)PyInt_AS_LONG(v);
        *b = PyFloat_AS_DOUBLE(w);
        return 1;
    }
    return 0;
}

/* v op w (op from < to >=) for two exact strs: str's comparison (bytes
   compared unsigned, then lengths), without the generic dispatch. */
static PyObject *
compare_strings(PyObject *v, PyObject *w, int op)
{
    Py_ssize_t lv = PyString_GET_SIZE(v), lw = PyString_GET_SIZE(w);
    const char *sv = PyString_AS_STRING(v), *sw = PyString_AS_STRING(w);
    int r;

    if (op == PyCmp_EQ || op == PyCmp_NE) {
        int eq = v == w ||
                 (lv == lw && (lv == 0 || (sv[0] == sw[0] &&
                                           memcmp(sv, sw, (size_t)lv) == 0)));
        r = (op == PyCmp_EQ) == eq;
    }
    else {
        int c = memcmp(sv, sw, (size_t)(lv < lw ? lv : lw));
        if (c == 0)
            c = lv < lw ? -1 : lv > lw ? 1 : 0;
        switch (op) {
        case PyCmp_LT: r = c < 0; break;
        case PyCmp_LE: r = c <= 0; break;
        case PyCmp_GT: r = c > 0; break;
        default:       r = c >= 0; break;
        }
    }
    v = r ? Py_True : Py_False;
    Py_INCREF(v);
    return v;
}

/* The float result r of an operation whose operands v and w the stack
   still holds (the handler releases both afterwards).  An exact float
   operand that nothing else references takes the value in place: no
   one can observe the change, and no allocation is made. */
static inline PyObject *
float_result(PyObject *v, PyObject *w, double r)
{
    if (v->ob_refcnt == 1 && PyFloat_CheckExact(v)) {
        ((PyFloatObject *)v)->ob_fval = r;
        v->ob_refcnt = 2;       /* the handler's release leaves 1 */
        return v;
    }
    if (w->ob_refcnt == 1 && PyFloat_CheckExact(w)) {
        ((PyFloatObject *)w)->ob_fval = r;
        w->ob_refcnt = 2;
        return w;
    }
    return PyFloat_FromDouble(r);
}

PyObject *
PyEval_EvalFrameEx(PyFrameObject *f, int throwflag)
{
    PyObject **stack_pointer;
    unsigned char *next_instr;
    unsigned char *first_instr;
    int opcode = 0;
    int oparg = 0;
    enum why_code why = WHY_NOT;
    int err;
    PyObject *x, *v, *w, *u, *t;
    PyObject *stream = NULL;
    PyObject *retval = NULL;
    PyThreadState *tstate = PyThreadState_GET();
    PyCodeObject *co;
    int instr_lb = 0, instr_ub = -1, instr_prev = -1;
    int inline_depth = 0;       /* frames of calls run in this loop */
    uint64_t init_frames = 0;   /* bit n: level n is an __init__ call */
    /* A method looked up for a call that follows at once (see
       method_call_follows): the plain function is on the stack and its
       instance here, no bound method is made. */
    PyObject *method_self = NULL, **method_slot = NULL;

#ifdef USE_COMPUTED_GOTO
    static void *opcode_targets[256] = {
        [0 ... 255] = &&TARGET_unknown,
        [STOP_CODE] = &&TARGET_unknown,
        [POP_TOP] = &&TARGET_POP_TOP,
        [ROT_TWO] = &&TARGET_ROT_TWO,
        [ROT_THREE] = &&TARGET_ROT_THREE,
        [DUP_TOP] = &&TARGET_DUP_TOP,
        [ROT_FOUR] = &&TARGET_ROT_FOUR,
        [NOP] = &&TARGET_NOP,
        [UNARY_POSITIVE] = &&TARGET_UNARY_POSITIVE,
        [UNARY_NEGATIVE] = &&TARGET_UNARY_NEGATIVE,
        [UNARY_NOT] = &&TARGET_UNARY_NOT,
        [UNARY_CONVERT] = &&TARGET_UNARY_CONVERT,
        [UNARY_INVERT] = &&TARGET_UNARY_INVERT,
        [LIST_APPEND] = &&TARGET_LIST_APPEND,
        [BINARY_POWER] = &&TARGET_BINARY_POWER,
        [BINARY_MULTIPLY] = &&TARGET_BINARY_MULTIPLY,
        [BINARY_DIVIDE] = &&TARGET_BINARY_DIVIDE,
        [BINARY_MODULO] = &&TARGET_BINARY_MODULO,
        [BINARY_ADD] = &&TARGET_BINARY_ADD,
        [BINARY_SUBTRACT] = &&TARGET_BINARY_SUBTRACT,
        [BINARY_SUBSCR] = &&TARGET_BINARY_SUBSCR,
        [BINARY_FLOOR_DIVIDE] = &&TARGET_BINARY_FLOOR_DIVIDE,
        [BINARY_TRUE_DIVIDE] = &&TARGET_BINARY_TRUE_DIVIDE,
        [INPLACE_FLOOR_DIVIDE] = &&TARGET_INPLACE_FLOOR_DIVIDE,
        [INPLACE_TRUE_DIVIDE] = &&TARGET_INPLACE_TRUE_DIVIDE,
        [SLICE+0] = &&TARGET_SLICE_0,
        [SLICE+1] = &&TARGET_SLICE_1,
        [SLICE+2] = &&TARGET_SLICE_2,
        [SLICE+3] = &&TARGET_SLICE_3,
        [STORE_SLICE+0] = &&TARGET_STORE_SLICE_0,
        [STORE_SLICE+1] = &&TARGET_STORE_SLICE_1,
        [STORE_SLICE+2] = &&TARGET_STORE_SLICE_2,
        [STORE_SLICE+3] = &&TARGET_STORE_SLICE_3,
        [DELETE_SLICE+0] = &&TARGET_DELETE_SLICE_0,
        [DELETE_SLICE+1] = &&TARGET_DELETE_SLICE_1,
        [DELETE_SLICE+2] = &&TARGET_DELETE_SLICE_2,
        [DELETE_SLICE+3] = &&TARGET_DELETE_SLICE_3,
        [INPLACE_ADD] = &&TARGET_INPLACE_ADD,
        [INPLACE_SUBTRACT] = &&TARGET_INPLACE_SUBTRACT,
        [INPLACE_MULTIPLY] = &&TARGET_INPLACE_MULTIPLY,
        [INPLACE_DIVIDE] = &&TARGET_INPLACE_DIVIDE,
        [INPLACE_MODULO] = &&TARGET_INPLACE_MODULO,
        [STORE_SUBSCR] = &&TARGET_STORE_SUBSCR,
        [DELETE_SUBSCR] = &&TARGET_DELETE_SUBSCR,
        [BINARY_LSHIFT] = &&TARGET_BINARY_LSHIFT,
        [BINARY_RSHIFT] = &&TARGET_BINARY_RSHIFT,
        [BINARY_AND] = &&TARGET_BINARY_AND,
        [BINARY_XOR] = &&TARGET_BINARY_XOR,
        [BINARY_OR] = &&TARGET_BINARY_OR,
        [INPLACE_POWER] = &&TARGET_INPLACE_POWER,
        [GET_ITER] = &&TARGET_GET_ITER,
        [PRINT_EXPR] = &&TARGET_PRINT_EXPR,
        [PRINT_ITEM] = &&TARGET_PRINT_ITEM,
        [PRINT_NEWLINE] = &&TARGET_PRINT_NEWLINE,
        [PRINT_ITEM_TO] = &&TARGET_PRINT_ITEM_TO,
        [PRINT_NEWLINE_TO] = &&TARGET_PRINT_NEWLINE_TO,
        [INPLACE_LSHIFT] = &&TARGET_INPLACE_LSHIFT,
        [INPLACE_RSHIFT] = &&TARGET_INPLACE_RSHIFT,
        [INPLACE_AND] = &&TARGET_INPLACE_AND,
        [INPLACE_XOR] = &&TARGET_INPLACE_XOR,
        [INPLACE_OR] = &&TARGET_INPLACE_OR,
        [BREAK_LOOP] = &&TARGET_BREAK_LOOP,
        [WITH_CLEANUP] = &&TARGET_WITH_CLEANUP,
        [LOAD_LOCALS] = &&TARGET_LOAD_LOCALS,
        [RETURN_VALUE] = &&TARGET_RETURN_VALUE,
        [IMPORT_STAR] = &&TARGET_IMPORT_STAR,
        [EXEC_STMT] = &&TARGET_EXEC_STMT,
        [YIELD_VALUE] = &&TARGET_YIELD_VALUE,
        [POP_BLOCK] = &&TARGET_POP_BLOCK,
        [END_FINALLY] = &&TARGET_END_FINALLY,
        [BUILD_CLASS] = &&TARGET_BUILD_CLASS,
        [STORE_NAME] = &&TARGET_STORE_NAME,
        [DELETE_NAME] = &&TARGET_DELETE_NAME,
        [UNPACK_SEQUENCE] = &&TARGET_UNPACK_SEQUENCE,
        [FOR_ITER] = &&TARGET_FOR_ITER,
        [STORE_ATTR] = &&TARGET_STORE_ATTR,
        [DELETE_ATTR] = &&TARGET_DELETE_ATTR,
        [STORE_GLOBAL] = &&TARGET_STORE_GLOBAL,
        [DELETE_GLOBAL] = &&TARGET_DELETE_GLOBAL,
        [DUP_TOPX] = &&TARGET_DUP_TOPX,
        [LOAD_CONST] = &&TARGET_LOAD_CONST,
        [LOAD_NAME] = &&TARGET_LOAD_NAME,
        [BUILD_TUPLE] = &&TARGET_BUILD_TUPLE,
        [BUILD_LIST] = &&TARGET_BUILD_LIST,
        [BUILD_MAP] = &&TARGET_BUILD_MAP,
        [LOAD_ATTR] = &&TARGET_LOAD_ATTR,
        [COMPARE_OP] = &&TARGET_COMPARE_OP,
        [IMPORT_NAME] = &&TARGET_IMPORT_NAME,
        [IMPORT_FROM] = &&TARGET_IMPORT_FROM,
        [JUMP_FORWARD] = &&TARGET_JUMP_FORWARD,
        [JUMP_IF_FALSE] = &&TARGET_JUMP_IF_FALSE,
        [JUMP_IF_TRUE] = &&TARGET_JUMP_IF_TRUE,
        [JUMP_ABSOLUTE] = &&TARGET_JUMP_ABSOLUTE,
        [LOAD_GLOBAL] = &&TARGET_LOAD_GLOBAL,
        [CONTINUE_LOOP] = &&TARGET_CONTINUE_LOOP,
        [SETUP_LOOP] = &&TARGET_SETUP_LOOP,
        [SETUP_EXCEPT] = &&TARGET_SETUP_EXCEPT,
        [SETUP_FINALLY] = &&TARGET_SETUP_FINALLY,
        [LOAD_FAST] = &&TARGET_LOAD_FAST,
        [STORE_FAST] = &&TARGET_STORE_FAST,
        [DELETE_FAST] = &&TARGET_DELETE_FAST,
        [RAISE_VARARGS] = &&TARGET_RAISE_VARARGS,
        [CALL_FUNCTION] = &&TARGET_CALL_FUNCTION,
        [MAKE_FUNCTION] = &&TARGET_MAKE_FUNCTION,
        [BUILD_SLICE] = &&TARGET_BUILD_SLICE,
        [MAKE_CLOSURE] = &&TARGET_MAKE_CLOSURE,
        [LOAD_CLOSURE] = &&TARGET_LOAD_CLOSURE,
        [LOAD_DEREF] = &&TARGET_LOAD_DEREF,
        [STORE_DEREF] = &&TARGET_STORE_DEREF,
        [CALL_FUNCTION_VAR] = &&TARGET_CALL_FUNCTION_VAR,
        [CALL_FUNCTION_KW] = &&TARGET_CALL_FUNCTION_KW,
        [CALL_FUNCTION_VAR_KW] = &&TARGET_CALL_FUNCTION_VAR_KW,
        [EXTENDED_ARG] = &&TARGET_EXTENDED_ARG,
    };
#endif

    if (f == NULL)
        return NULL;
    if (_Py_StackLimit == NULL)
        _Py_InitStackLimit();
    if (tstate->interp != limit_mirror_owner)
        mirror_recursion_limit(tstate);
    if (Py_EnterRecursiveCall(""))
        return NULL;

    tstate->frame = f;

    if (tstate->use_tracing) {
        if (tstate->c_tracefunc != NULL &&
            call_trace_protected(tstate->c_tracefunc, tstate->c_traceobj,
                                 f, PyTrace_CALL, Py_None)) {
            retval = NULL;
            goto leave;
        }
        if (tstate->c_profilefunc != NULL &&
            call_trace_protected(tstate->c_profilefunc,
                                 tstate->c_profileobj,
                                 f, PyTrace_CALL, Py_None)) {
            retval = NULL;
            goto leave;
        }
    }

    co = f->f_code;
    first_instr = (unsigned char *)PyString_AS_STRING(co->co_code);
    /* f_lasti is the instruction last executed (-1 before the first),
       so execution resumes just after it. */
    next_instr = first_instr + f->f_lasti + 1;
    stack_pointer = f->f_stacktop;
    f->f_stacktop = NULL;       /* the stack belongs to this loop now */

    if (throwflag) {
        /* generator.throw(): the exception is already set */
        why = WHY_EXCEPTION;
        goto on_error;
    }

    for (;;) {
    slow_next:
        /* Keep the instruction right before a try/finally and the
           SETUP_FINALLY itself uninterruptible by asynchronous events,
           so the finally clause is sure to be set up. */
        if (tstate->use_tracing) {
            /* While this thread traces, _Py_Ticker stays at 0 so that
               every instruction comes here (see keep_tracing), and the
               instructions are counted down here instead. */
            _Py_Ticker = 0;
            if (--traced_countdown < 0) {
                traced_countdown = _Py_CheckInterval;
                if (periodic_work(tstate,
                                  *next_instr != SETUP_FINALLY) < 0)
                    goto on_error;
                _Py_Ticker = 0;     /* another thread may have run */
            }
        }
        else if (_Py_Ticker < 0) {
            _Py_Ticker = _Py_CheckInterval;
            if (periodic_work(tstate, *next_instr != SETUP_FINALLY) < 0)
                goto on_error;
        }
#ifndef USE_COMPUTED_GOTO
    next_instruction:
        if (_Py_Ticker < 0)
            goto slow_next;
#endif
        f->f_lasti = INSTR_OFFSET();
        if (tstate->c_tracefunc != NULL && !tstate->tracing &&
            tstate->use_tracing) {
            /* the stack must be visible to the tracer (f_lineno jumps) */
            f->f_stacktop = stack_pointer;
            err = maybe_call_line_trace(tstate->c_tracefunc,
                                        tstate->c_traceobj, f,
                                        &instr_lb, &instr_ub, &instr_prev);
            f->f_stacktop = NULL;
            if (err)
                goto on_error;
        }
        opcode = NEXTOP();
#ifdef USE_COMPUTED_GOTO
        DISPATCH();
#else
        oparg = 0;
        if (HAS_ARG(opcode))
            oparg = NEXTARG();
#endif

    dispatch_switch:
        switch (opcode) {

        TARGET(NOP)
            NEXT();

        TARGET(LOAD_FAST)
            x = GETLOCAL(oparg);
            if (x == NULL) {
                format_name_error(PyExc_UnboundLocalError,
                                  UNBOUNDLOCAL_ERROR_MSG,
                                  PyTuple_GetItem(co->co_varnames, oparg));
                goto on_error;
            }
            Py_INCREF(x);
            PUSH(x);
            NEXT();

        TARGET(LOAD_CONST)
            x = GETCONST(oparg);
            Py_INCREF(x);
            PUSH(x);
            NEXT();

        TARGET(STORE_FAST)
            v = POP();
            SETLOCAL(oparg, v);
            NEXT();

        TARGET(DELETE_FAST)
            x = GETLOCAL(oparg);
            if (x == NULL) {
                format_name_error(PyExc_UnboundLocalError,
                                  UNBOUNDLOCAL_ERROR_MSG,
                                  PyTuple_GetItem(co->co_varnames, oparg));
                goto on_error;
            }
            SETLOCAL(oparg, NULL);
            NEXT();

        TARGET(POP_TOP)
            v = POP();
            Py_DECREF(v);
            NEXT();

        TARGET(ROT_TWO)
            v = TOP();
            SET_TOP(SECOND());
            SET_SECOND(v);
            NEXT();

        TARGET(ROT_THREE)
            v = TOP();
            SET_TOP(SECOND());
            SET_SECOND(THIRD());
            SET_THIRD(v);
            NEXT();

        TARGET(ROT_FOUR)
            v = TOP();
            SET_TOP(SECOND());
            SET_SECOND(THIRD());
            SET_THIRD(FOURTH());
            SET_FOURTH(v);
            NEXT();

        TARGET(DUP_TOP)
            v = TOP();
            Py_INCREF(v);
            PUSH(v);
            NEXT();

        TARGET(DUP_TOPX)
            if (oparg < 1 || oparg > 5) {
                PyErr_SetString(PyExc_SystemError,
                                "invalid argument to DUP_TOPX"
                                " (bytecode corruption?)");
                goto on_error;
            }
            {
                int k;
                for (k = 0; k < oparg; k++) {
                    x = stack_pointer[k - oparg];
                    Py_INCREF(x);
                    stack_pointer[k] = x;
                }
                STACKADJ(oparg);
            }
            NEXT();

        /* ---- unary operators ---- */

        TARGET(UNARY_POSITIVE)
            v = TOP();
            x = PyNumber_Positive(v);
            Py_DECREF(v);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(UNARY_NEGATIVE)
            v = TOP();
            x = PyNumber_Negative(v);
            Py_DECREF(v);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(UNARY_NOT)
            v = TOP();
            err = PyObject_IsTrue(v);
            Py_DECREF(v);
            if (err < 0) { STACKADJ(-1); goto on_error; }
            x = err ? Py_False : Py_True;
            Py_INCREF(x);
            SET_TOP(x);
            NEXT();

        TARGET(UNARY_CONVERT)
            v = TOP();
            x = PyObject_Repr(v);
            Py_DECREF(v);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(UNARY_INVERT)
            v = TOP();
            x = PyNumber_Invert(v);
            Py_DECREF(v);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        /* ---- binary and in-place operators ----
           Each pops two operands and pushes the result. */
#define BINARY_OP(expr) \
            w = POP(); \
            v = TOP(); \
            x = (expr); \
            Py_DECREF(v); \
            Py_DECREF(w); \
            SET_TOP(x); \
            if (x == NULL) { STACKADJ(-1); goto on_error; } \
            NEXT()

        TARGET(BINARY_POWER)
            BINARY_OP(PyNumber_Power(v, w, Py_None));
        TARGET(BINARY_LSHIFT)
            BINARY_OP(PyNumber_Lshift(v, w));
        TARGET(BINARY_RSHIFT)
            BINARY_OP(PyNumber_Rshift(v, w));
        TARGET(BINARY_AND)
            BINARY_OP(PyNumber_And(v, w));
        TARGET(BINARY_XOR)
            BINARY_OP(PyNumber_Xor(v, w));
        TARGET(BINARY_OR)
            BINARY_OP(PyNumber_Or(v, w));
        TARGET(INPLACE_POWER)
            BINARY_OP(PyNumber_InPlacePower(v, w, Py_None));
        TARGET(INPLACE_LSHIFT)
            BINARY_OP(PyNumber_InPlaceLshift(v, w));
        TARGET(INPLACE_RSHIFT)
            BINARY_OP(PyNumber_InPlaceRshift(v, w));
        TARGET(INPLACE_AND)
            BINARY_OP(PyNumber_InPlaceAnd(v, w));
        TARGET(INPLACE_XOR)
            BINARY_OP(PyNumber_InPlaceXor(v, w));
        TARGET(INPLACE_OR)
            BINARY_OP(PyNumber_InPlaceOr(v, w));

        /* The arithmetic handlers below do exact ints and floats in
           place (what int's and float's slots would compute, results
           that need a long or an error excepted); anything else goes
           through the abstract API. */

        TARGET(BINARY_MULTIPLY)
        TARGET(INPLACE_MULTIPLY)
            w = POP();
            v = TOP();
            {
                double a, b;
                long r;
                if (PyInt_CheckExact(v) && PyInt_CheckExact(w) &&
                    !__builtin_mul_overflow(PyInt_AS_LONG(v),
                                            PyInt_AS_LONG(w), &r))
                    x = PyInt_FromLong(r);
                else if (float_operands(v, w, &a, &b))
                    x = float_result(v, w, a * b);
                else
                    x = opcode == BINARY_MULTIPLY ?
                        PyNumber_Multiply(v, w) :
                        PyNumber_InPlaceMultiply(v, w);
            }
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(BINARY_TRUE_DIVIDE)
        TARGET(INPLACE_TRUE_DIVIDE)
            w = POP();
            v = TOP();
            {
                double a, b;
                if (float_operands(v, w, &a, &b) && b != 0.0)
                    x = float_result(v, w, a / b);
                else
                    x = opcode == BINARY_TRUE_DIVIDE ?
                        PyNumber_TrueDivide(v, w) :
                        PyNumber_InPlaceTrueDivide(v, w);
            }
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(BINARY_DIVIDE)
        TARGET(INPLACE_DIVIDE)
            w = POP();
            v = TOP();
            {
                /* classic division: floats only (ints floor-divide and
                   may warn); -Qwarnall makes float division warn */
                double a, b;
                if (Py_DivisionWarningFlag < 2 &&
                    (PyFloat_CheckExact(v) || PyFloat_CheckExact(w)) &&
                    float_operands(v, w, &a, &b) && b != 0.0)
                    x = float_result(v, w, a / b);
                else if (_Py_QnewFlag)      /* -Qnew: / is true division */
                    x = opcode == BINARY_DIVIDE ?
                        PyNumber_TrueDivide(v, w) :
                        PyNumber_InPlaceTrueDivide(v, w);
                else
                    x = opcode == BINARY_DIVIDE ?
                        PyNumber_Divide(v, w) :
                        PyNumber_InPlaceDivide(v, w);
            }
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(BINARY_MODULO)
        TARGET(INPLACE_MODULO)
            w = POP();
            v = TOP();
            if (PyInt_CheckExact(v) && PyInt_CheckExact(w) &&
                PyInt_AS_LONG(w) > 0) {
                /* the result takes the sign of the divisor */
                long r = PyInt_AS_LONG(v) % PyInt_AS_LONG(w);
                if (r < 0)
                    r += PyInt_AS_LONG(w);
                x = PyInt_FromLong(r);
            }
            else
                x = opcode == BINARY_MODULO ? PyNumber_Remainder(v, w)
                                            : PyNumber_InPlaceRemainder(v, w);
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(BINARY_FLOOR_DIVIDE)
        TARGET(INPLACE_FLOOR_DIVIDE)
            w = POP();
            v = TOP();
            if (PyInt_CheckExact(v) && PyInt_CheckExact(w) &&
                PyInt_AS_LONG(w) > 0) {
                long a = PyInt_AS_LONG(v), b = PyInt_AS_LONG(w);
                long q = a / b;
                if (q * b != a && a < 0)
                    q--;        /* round toward minus infinity */
                x = PyInt_FromLong(q);
            }
            else
                x = opcode == BINARY_FLOOR_DIVIDE ?
                    PyNumber_FloorDivide(v, w) :
                    PyNumber_InPlaceFloorDivide(v, w);
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(BINARY_ADD)
        TARGET(INPLACE_ADD)
            w = POP();
            v = TOP();
            if (PyInt_CheckExact(v) && PyInt_CheckExact(w)) {
                long a = PyInt_AS_LONG(v), b = PyInt_AS_LONG(w);
                long r = (long)((unsigned long)a + (unsigned long)b);
                if (INT_OVERFLOWED_ADD(a, b, r))
                    goto slow_add;
                x = PyInt_FromLong(r);
            }
            else if (PyFloat_CheckExact(v) && PyFloat_CheckExact(w)) {
                x = float_result(v, w, PyFloat_AS_DOUBLE(v) +
                                        PyFloat_AS_DOUBLE(w));
            }
            else if (PyString_CheckExact(v) && PyString_CheckExact(w)) {
                /* consumes the reference to v */
                x = concat_strings(v, w, f, next_instr);
                Py_DECREF(w);
                SET_TOP(x);
                if (x == NULL) { STACKADJ(-1); goto on_error; }
                NEXT();
            }
            else {
            slow_add:
                x = opcode == BINARY_ADD ? PyNumber_Add(v, w)
                                         : PyNumber_InPlaceAdd(v, w);
            }
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(BINARY_SUBTRACT)
        TARGET(INPLACE_SUBTRACT)
            w = POP();
            v = TOP();
            if (PyInt_CheckExact(v) && PyInt_CheckExact(w)) {
                long a = PyInt_AS_LONG(v), b = PyInt_AS_LONG(w);
                long r = (long)((unsigned long)a - (unsigned long)b);
                if (INT_OVERFLOWED_SUB(a, b, r))
                    goto slow_sub;
                x = PyInt_FromLong(r);
            }
            else if (PyFloat_CheckExact(v) && PyFloat_CheckExact(w)) {
                x = float_result(v, w, PyFloat_AS_DOUBLE(v) -
                                        PyFloat_AS_DOUBLE(w));
            }
            else {
            slow_sub:
                x = opcode == BINARY_SUBTRACT ? PyNumber_Subtract(v, w)
                                              : PyNumber_InPlaceSubtract(v, w);
            }
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(BINARY_SUBSCR)
            w = POP();
            v = TOP();
            if (PyList_CheckExact(v) && PyInt_CheckExact(w)) {
                Py_ssize_t i = PyInt_AS_LONG(w);
                if (i < 0)
                    i += PyList_GET_SIZE(v);
                if (i >= 0 && i < PyList_GET_SIZE(v)) {
                    x = PyList_GET_ITEM(v, i);
                    Py_INCREF(x);
                }
                else
                    x = PyObject_GetItem(v, w);
            }
            else if (PyTuple_CheckExact(v) && PyInt_CheckExact(w) &&
                     PyInt_AS_LONG(w) >= 0 &&
                     PyInt_AS_LONG(w) < PyTuple_GET_SIZE(v)) {
                x = PyTuple_GET_ITEM(v, PyInt_AS_LONG(w));
                Py_INCREF(x);
            }
            else
                x = PyObject_GetItem(v, w);
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(STORE_SUBSCR)
            w = TOP();          /* key */
            v = SECOND();       /* container */
            u = THIRD();        /* value */
            STACKADJ(-3);
            if (PyList_CheckExact(v) && PyInt_CheckExact(w) &&
                PyInt_AS_LONG(w) >= 0 && PyInt_AS_LONG(w) < PyList_GET_SIZE(v)) {
                /* list[i] = u: the list takes the stack's reference */
                PyObject **slot = &PyList_GET_ITEM(v, PyInt_AS_LONG(w));
                PyObject *old = *slot;
                *slot = u;
                Py_DECREF(old);
                Py_DECREF(v);
                Py_DECREF(w);
                NEXT();
            }
            err = PyObject_SetItem(v, w, u);
            Py_DECREF(u);
            Py_DECREF(v);
            Py_DECREF(w);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(DELETE_SUBSCR)
            w = TOP();
            v = SECOND();
            STACKADJ(-2);
            err = PyObject_DelItem(v, w);
            Py_DECREF(v);
            Py_DECREF(w);
            ERROR_IF(err != 0);
            NEXT();

        /* ---- slices: the low two bits of the opcode say which bounds
           are on the stack (1: lower, 2: upper) ---- */

        case SLICE+0: case SLICE+1: case SLICE+2: case SLICE+3:
#ifdef USE_COMPUTED_GOTO
        TARGET_SLICE_0: TARGET_SLICE_1: TARGET_SLICE_2: TARGET_SLICE_3:
#endif
            w = ((opcode - SLICE) & 2) ? POP() : NULL;
            v = ((opcode - SLICE) & 1) ? POP() : NULL;
            u = TOP();
            x = apply_slice(u, v, w);
            Py_DECREF(u);
            Py_XDECREF(v);
            Py_XDECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        case STORE_SLICE+0: case STORE_SLICE+1:
        case STORE_SLICE+2: case STORE_SLICE+3:
#ifdef USE_COMPUTED_GOTO
        TARGET_STORE_SLICE_0: TARGET_STORE_SLICE_1:
        TARGET_STORE_SLICE_2: TARGET_STORE_SLICE_3:
#endif
            w = ((opcode - STORE_SLICE) & 2) ? POP() : NULL;
            v = ((opcode - STORE_SLICE) & 1) ? POP() : NULL;
            u = POP();          /* container */
            t = POP();          /* value */
            err = assign_slice(u, v, w, t);
            Py_DECREF(t);
            Py_DECREF(u);
            Py_XDECREF(v);
            Py_XDECREF(w);
            ERROR_IF(err != 0);
            NEXT();

        case DELETE_SLICE+0: case DELETE_SLICE+1:
        case DELETE_SLICE+2: case DELETE_SLICE+3:
#ifdef USE_COMPUTED_GOTO
        TARGET_DELETE_SLICE_0: TARGET_DELETE_SLICE_1:
        TARGET_DELETE_SLICE_2: TARGET_DELETE_SLICE_3:
#endif
            w = ((opcode - DELETE_SLICE) & 2) ? POP() : NULL;
            v = ((opcode - DELETE_SLICE) & 1) ? POP() : NULL;
            u = POP();
            err = assign_slice(u, v, w, NULL);
            Py_DECREF(u);
            Py_XDECREF(v);
            Py_XDECREF(w);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(BUILD_SLICE)
            w = oparg == 3 ? POP() : NULL;
            v = POP();
            u = TOP();
            x = PySlice_New(u, v, w);
            Py_DECREF(u);
            Py_DECREF(v);
            Py_XDECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(LIST_APPEND)
            w = POP();
            v = POP();
            err = PyList_Append(v, w);
            Py_DECREF(v);
            Py_DECREF(w);
            ERROR_IF(err != 0);
            NEXT();

        /* ---- print ---- */

        TARGET(PRINT_EXPR)
            v = POP();
            w = PySys_GetObject("displayhook");
            if (w == NULL) {
                PyErr_SetString(PyExc_RuntimeError, "lost sys.displayhook");
                Py_DECREF(v);
                goto on_error;
            }
            x = PyTuple_Pack(1, v);
            Py_DECREF(v);
            if (x == NULL)
                goto on_error;
            w = PyEval_CallObject(w, x);
            Py_DECREF(x);
            ERROR_IF(w == NULL);
            Py_DECREF(w);
            NEXT();

        TARGET(PRINT_ITEM_TO)
            stream = POP();
            /* fall through */
        TARGET(PRINT_ITEM)
            v = POP();
            if (stream == NULL || stream == Py_None) {
                w = PySys_GetObject("stdout");
                if (w == NULL) {
                    PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
                    Py_DECREF(v);
                    Py_CLEAR(stream);
                    goto on_error;
                }
            }
            else
                w = stream;
            /* the stream may go away while we write (its softspace
               attribute can run arbitrary code) */
            Py_INCREF(w);
            err = 0;
            if (PyFile_SoftSpace(w, 0))
                err = PyFile_WriteString(" ", w);
            if (err == 0)
                err = PyFile_WriteObject(v, w, Py_PRINT_RAW);
            if (err == 0) {
                /* no space is owed after a string ending in white space
                   other than ' ' */
                int owe_space = 1;
                if (PyString_Check(v)) {
                    Py_ssize_t n = PyString_GET_SIZE(v);
                    if (n > 0) {
                        char c = PyString_AS_STRING(v)[n - 1];
                        if (isspace(Py_CHARMASK(c)) && c != ' ')
                            owe_space = 0;
                    }
                }
                else if (PyUnicode_Check(v)) {
                    Py_ssize_t n = PyUnicode_GET_SIZE(v);
                    if (n > 0) {
                        Py_UNICODE c = PyUnicode_AS_UNICODE(v)[n - 1];
                        if (Py_UNICODE_ISSPACE(c) && c != ' ')
                            owe_space = 0;
                    }
                }
                if (owe_space)
                    PyFile_SoftSpace(w, 1);
            }
            Py_DECREF(w);
            Py_DECREF(v);
            Py_CLEAR(stream);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(PRINT_NEWLINE_TO)
            stream = POP();
            /* fall through */
        TARGET(PRINT_NEWLINE)
            if (stream == NULL || stream == Py_None) {
                w = PySys_GetObject("stdout");
                if (w == NULL) {
                    PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
                    Py_CLEAR(stream);
                    goto on_error;
                }
            }
            else
                w = stream;
            Py_INCREF(w);
            err = PyFile_WriteString("\n", w);
            if (err == 0)
                PyFile_SoftSpace(w, 0);
            Py_DECREF(w);
            Py_CLEAR(stream);
            ERROR_IF(err != 0);
            NEXT();

        /* ---- control flow ---- */

        TARGET(BREAK_LOOP)
            why = WHY_BREAK;
            goto unwind;

        TARGET(CONTINUE_LOOP)
            retval = PyInt_FromLong(oparg);
            if (retval == NULL)
                goto on_error;
            why = WHY_CONTINUE;
            goto unwind;

        TARGET(RETURN_VALUE)
            retval = POP();
            why = WHY_RETURN;
            goto unwind;

        TARGET(YIELD_VALUE)
            retval = POP();
            f->f_stacktop = stack_pointer;
            why = WHY_YIELD;
            goto exit_frame;

        TARGET3(SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY)
            if (f->f_iblock >= CO_MAXBLOCKS) {
                PyErr_SetString(PyExc_SystemError, "block stack overflow");
                goto on_error;
            }
            PyFrame_BlockSetup(f, opcode, INSTR_OFFSET() + oparg,
                               STACK_LEVEL());
            NEXT();

        TARGET(POP_BLOCK)
            if (f->f_iblock <= 0) {
                PyErr_SetString(PyExc_SystemError, "block stack underflow");
                goto on_error;
            }
            {
                PyTryBlock *b = PyFrame_BlockPop(f);
                while (STACK_LEVEL() > b->b_level) {
                    v = POP();
                    Py_DECREF(v);
                }
            }
            NEXT();

        TARGET(END_FINALLY)
            /* Top of the stack says how the finally clause was entered:
               None (fell off the try body), an int why-code (plus the
               return value or continue target), or an exception
               (type, value, traceback) to re-raise. */
            v = POP();
            if (PyInt_Check(v)) {
                why = (enum why_code)PyInt_AS_LONG(v);
                Py_DECREF(v);
                if (why == WHY_RETURN || why == WHY_CONTINUE)
                    retval = POP();
                if (why == WHY_EXCEPTION || why == WHY_RERAISE ||
                    why == WHY_NOT || why == WHY_YIELD) {
                    /* not produced by the unwinding code */
                    PyErr_SetString(PyExc_SystemError,
                                    "'finally' pops bad exception");
                    goto on_error;
                }
                goto unwind;
            }
            if (PyExceptionClass_Check(v) || PyString_Check(v)) {
                w = POP();
                u = POP();
                PyErr_Restore(v, w, u);
                why = WHY_RERAISE;
                goto on_error_reraise;
            }
            if (v != Py_None) {
                Py_DECREF(v);
                PyErr_SetString(PyExc_SystemError,
                                "'finally' pops bad exception");
                goto on_error;
            }
            Py_DECREF(v);
            NEXT();

        TARGET(WITH_CLEANUP)
            /* TOP is the saved __exit__; below it, what END_FINALLY
               will look at.  On an exception, __exit__ gets it and a
               true result swallows it (the three items become None);
               otherwise __exit__ gets three Nones. */
            x = POP();
            u = TOP();
            if (u == Py_None || PyInt_Check(u)) {
                w = PyObject_CallFunctionObjArgs(x, Py_None, Py_None,
                                                 Py_None, NULL);
                Py_DECREF(x);
                ERROR_IF(w == NULL);
                Py_DECREF(w);
                NEXT();
            }
            w = PyObject_CallFunctionObjArgs(x, u, SECOND(), THIRD(), NULL);
            Py_DECREF(x);
            ERROR_IF(w == NULL);
            err = PyObject_IsTrue(w);
            Py_DECREF(w);
            ERROR_IF(err < 0);
            if (err > 0) {
                /* suppress the exception */
                u = POP();
                v = POP();
                w = POP();
                Py_DECREF(u);
                Py_DECREF(v);
                Py_DECREF(w);
                Py_INCREF(Py_None);
                PUSH(Py_None);
            }
            NEXT();

        TARGET(JUMP_FORWARD)
            JUMPBY(oparg);
            NEXT();

        /* The 2.5 compiler follows a conditional jump (and its target)
           with POP_TOP.  When that POP_TOP is next and releasing the
           value cannot run code (it has other references, or is a
           bool), it is done here: one dispatch less, the same
           instructions counted (the jump here, the POP_TOP by NEXT) and
           f_lasti unobservable in between.  Not while tracing (line
           events). */
#define POP_TOP_IF_NEXT() \
            do { \
                if (*next_instr == POP_TOP && _Py_Ticker > 0 && \
                    !tstate->use_tracing) { \
                    --_Py_Ticker; \
                    next_instr++; \
                    STACKADJ(-1); \
                    Py_DECREF(w); \
                } \
            } while (0)

        TARGET(JUMP_IF_FALSE)
            w = TOP();
            if (w == Py_True) {
                POP_TOP_IF_NEXT();
                NEXT();
            }
            if (w == Py_False) {
                JUMPBY(oparg);
                POP_TOP_IF_NEXT();
                NEXT();
            }
            err = PyObject_IsTrue(w);
            ERROR_IF(err < 0);
            if (err == 0)
                JUMPBY(oparg);
            if (w->ob_refcnt > 1)
                POP_TOP_IF_NEXT();
            NEXT();

        TARGET(JUMP_IF_TRUE)
            w = TOP();
            if (w == Py_False) {
                POP_TOP_IF_NEXT();
                NEXT();
            }
            if (w == Py_True) {
                JUMPBY(oparg);
                POP_TOP_IF_NEXT();
                NEXT();
            }
            err = PyObject_IsTrue(w);
            ERROR_IF(err < 0);
            if (err > 0)
                JUMPBY(oparg);
            if (w->ob_refcnt > 1)
                POP_TOP_IF_NEXT();
            NEXT();

        TARGET(JUMP_ABSOLUTE)
            JUMPTO(oparg);
            NEXT();

        TARGET(GET_ITER)
            v = TOP();
            x = PyObject_GetIter(v);
            Py_DECREF(v);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(FOR_ITER)
            v = TOP();
            x = (*v->ob_type->tp_iternext)(v);
            if (x != NULL) {
                PUSH(x);
                NEXT();
            }
            if (PyErr_Occurred()) {
                if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                    goto on_error;
                PyErr_Clear();
            }
            /* exhausted: drop the iterator, leave the loop */
            v = POP();
            Py_DECREF(v);
            JUMPBY(oparg);
            NEXT();

        TARGET(RAISE_VARARGS)
            u = v = w = NULL;
            switch (oparg) {
            case 3:
                u = POP();      /* traceback */
                /* fall through */
            case 2:
                v = POP();      /* value */
                /* fall through */
            case 1:
                w = POP();      /* type */
                /* fall through */
            case 0:
                why = do_raise(w, v, u);
                break;
            default:
                PyErr_SetString(PyExc_SystemError,
                                "bad RAISE_VARARGS oparg");
                why = WHY_EXCEPTION;
                break;
            }
            if (why == WHY_RERAISE)
                goto on_error_reraise;
            goto on_error;

        /* ---- names ---- */

        TARGET(LOAD_LOCALS)
            x = f->f_locals;
            if (x == NULL) {
                PyErr_SetString(PyExc_SystemError, "no locals");
                goto on_error;
            }
            Py_INCREF(x);
            PUSH(x);
            NEXT();

        TARGET(STORE_NAME)
            w = GETNAME(oparg);
            v = POP();
            x = f->f_locals;
            if (x == NULL) {
                PyErr_Format(PyExc_SystemError,
                             "no locals found when storing %s",
                             PyString_AS_STRING(w));
                Py_DECREF(v);
                goto on_error;
            }
            if (PyDict_CheckExact(x))
                err = PyDict_SetItem(x, w, v);
            else
                err = PyObject_SetItem(x, w, v);
            Py_DECREF(v);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(DELETE_NAME)
            w = GETNAME(oparg);
            x = f->f_locals;
            if (x == NULL) {
                PyErr_Format(PyExc_SystemError,
                             "no locals when deleting %s",
                             PyString_AS_STRING(w));
                goto on_error;
            }
            if (PyObject_DelItem(x, w) != 0) {
                format_name_error(PyExc_NameError, NAME_ERROR_MSG, w);
                goto on_error;
            }
            NEXT();

        TARGET(LOAD_NAME)
            w = GETNAME(oparg);
            v = f->f_locals;
            if (v == NULL) {
                PyErr_Format(PyExc_SystemError,
                             "no locals when loading %s",
                             PyString_AS_STRING(w));
                goto on_error;
            }
            if (PyDict_CheckExact(v)) {
                x = PyDict_GetItem(v, w);
                Py_XINCREF(x);
            }
            else {
                x = PyObject_GetItem(v, w);
                if (x == NULL) {
                    if (!PyErr_ExceptionMatches(PyExc_KeyError))
                        goto on_error;
                    PyErr_Clear();
                }
            }
            if (x == NULL) {
                x = PyDict_GetItem(f->f_globals, w);
                if (x == NULL) {
                    x = PyDict_GetItem(f->f_builtins, w);
                    if (x == NULL) {
                        format_name_error(PyExc_NameError, NAME_ERROR_MSG, w);
                        goto on_error;
                    }
                }
                Py_INCREF(x);
            }
            PUSH(x);
            NEXT();

        TARGET(STORE_GLOBAL)
            w = GETNAME(oparg);
            v = POP();
            /* rebinding an existing global: in place */
            if (PyDict_CheckExact(f->f_globals) && PyString_CheckExact(w) &&
                ((PyStringObject *)w)->ob_shash != -1 &&
                _PyDict_StrReplace((PyDictObject *)f->f_globals, w,
                                   ((PyStringObject *)w)->ob_shash, v))
                err = 0;
            else
                err = PyDict_SetItem(f->f_globals, w, v);
            Py_DECREF(v);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(DELETE_GLOBAL)
            w = GETNAME(oparg);
            if (PyDict_DelItem(f->f_globals, w) != 0) {
                format_name_error(PyExc_NameError, GLOBAL_NAME_ERROR_MSG, w);
                goto on_error;
            }
            NEXT();

        TARGET(LOAD_GLOBAL)
            w = GETNAME(oparg);
            /* a name is usually settled by a probe of the globals and
               then the builtins that calls nothing */
            if (PyString_CheckExact(w) &&
                ((PyStringObject *)w)->ob_shash != -1 &&
                PyDict_CheckExact(f->f_globals) &&
                PyDict_CheckExact(f->f_builtins)) {
                long hash = ((PyStringObject *)w)->ob_shash;
                PyObject *val;      /* (x's address is never taken) */
                if (!_PyDict_StrLookupSettled((PyDictObject *)f->f_globals,
                                              w, hash, &val))
                    val = PyDict_GetItem(f->f_globals, w);
                if (val == NULL &&
                    !_PyDict_StrLookupSettled((PyDictObject *)f->f_builtins,
                                              w, hash, &val))
                    val = PyDict_GetItem(f->f_builtins, w);
                if (val != NULL) {
                    Py_INCREF(val);
                    PUSH(val);
                    NEXT();
                }
            }
            x = PyDict_GetItem(f->f_globals, w);
            if (x == NULL) {
                x = PyDict_GetItem(f->f_builtins, w);
                if (x == NULL) {
                    format_name_error(PyExc_NameError,
                                      GLOBAL_NAME_ERROR_MSG, w);
                    goto on_error;
                }
            }
            Py_INCREF(x);
            PUSH(x);
            NEXT();

        TARGET(LOAD_CLOSURE)
            x = FREEVAR(oparg);
            Py_INCREF(x);
            PUSH(x);
            NEXT();

        TARGET(LOAD_DEREF)
            x = FREEVAR(oparg);
            w = PyCell_GET(x);
            if (w == NULL) {
                Py_ssize_t ncells = PyTuple_GET_SIZE(co->co_cellvars);
                if (oparg < ncells)
                    format_name_error(PyExc_UnboundLocalError,
                        UNBOUNDLOCAL_ERROR_MSG,
                        PyTuple_GET_ITEM(co->co_cellvars, oparg));
                else
                    format_name_error(PyExc_NameError,
                        UNBOUNDFREE_ERROR_MSG,
                        PyTuple_GetItem(co->co_freevars, oparg - ncells));
                goto on_error;
            }
            Py_INCREF(w);
            PUSH(w);
            NEXT();

        TARGET(STORE_DEREF)
            w = POP();
            x = FREEVAR(oparg);
            PyCell_Set(x, w);
            Py_DECREF(w);
            NEXT();

        TARGET(LOAD_ATTR)
            w = GETNAME(oparg);
            v = TOP();
            /* names are interned strs: the generic lookup has a fast
               path for them */
            if (v->ob_type->tp_getattro == PyObject_GenericGetAttr &&
                PyString_CheckExact(w) && PyString_CHECK_INTERNED(w)) {
                /* The commonest cases in place, when the lookup cache
                   says the type has nothing of that name (an entry of
                   the instance dict) or a plain function (a method,
                   unless the instance dict has the name). */
                PyTypeObject *tp = v->ob_type;
                _PyTypeCacheEntry *e;
                if (tp->tp_dictoffset > 0 && tp->tp_dict != NULL &&
                    (tp->tp_flags & Py_TPFLAGS_HAVE_CLASS) &&
                    (e = _PyType_CacheProbe(tp, w)) != NULL &&
                    (e->value == NULL || PyFunction_Check(e->value))) {
                    PyObject *val = NULL;
                    u = *(PyObject **)((char *)v + tp->tp_dictoffset);
                    if (u == NULL ||
                        (PyDict_CheckExact(u) &&
                         _PyDict_StrLookupSettled(
                             (PyDictObject *)u, w,
                             ((PyStringObject *)w)->ob_shash, &val))) {
                        x = val;
                        if (x != NULL)
                            Py_INCREF(x);
                        else if (e->value != NULL && method_self == NULL &&
                                 !tstate->use_tracing &&
                                 method_call_follows(next_instr)) {
                            /* v's reference moves to method_self */
                            method_self = v;
                            method_slot = stack_pointer - 1;
                            x = e->value;
                            Py_INCREF(x);
                            SET_TOP(x);
                            NEXT();
                        }
                        else if (e->value != NULL) {
                            x = PyMethod_New(e->value, v, (PyObject *)tp);
                            if (x == NULL)
                                goto load_attr_done;
                        }
                        if (x != NULL) {
                            Py_DECREF(v);
                            SET_TOP(x);
                            NEXT();
                        }
                    }
                }
                if (tp->tp_dictoffset == 0 && method_self == NULL &&
                    !tstate->use_tracing) {
                    /* a method of a type without instance dicts (a C
                       method such as list.append, or a function of a
                       __slots__ class) called next: as above */
                    t = NULL;
                    x = _PyObject_GetAttrOrMethodInterned(v, w, &t);
                    if (t != NULL) {
                        if (method_call_follows(next_instr)) {
                            method_self = v;
                            method_slot = stack_pointer - 1;
                            SET_TOP(t);
                            NEXT();
                        }
                        x = PyFunction_Check(t)
                            ? PyMethod_New(t, v, (PyObject *)tp)
                            : t->ob_type->tp_descr_get(t, v, (PyObject *)tp);
                        Py_DECREF(t);
                    }
                }
                else
                    x = _PyObject_GenericGetAttrInterned(v, w);
            }
            else if (PyInstance_Check(v) && PyString_CheckExact(w) &&
                     PyString_CHECK_INTERNED(w)) {
                /* classic instance: an entry of its dict (special
                   names aside) in place */
                PyObject *d = ((PyInstanceObject *)v)->in_dict;
                const char *s = PyString_AS_STRING(w);
                PyObject *val = NULL;
                int settled = (s[0] != '_' || s[1] != '_') &&
                    PyDict_CheckExact(d) &&
                    _PyDict_StrLookupSettled((PyDictObject *)d, w,
                        ((PyStringObject *)w)->ob_shash, &val);
                if (settled && val != NULL) {
                    Py_INCREF(val);
                    Py_DECREF(v);
                    SET_TOP(val);
                    NEXT();
                }
                if (settled && method_self == NULL && !tstate->use_tracing &&
                    method_call_follows(next_instr) &&
                    (x = _PyClass_LookupFunction(
                         (PyObject *)((PyInstanceObject *)v)->in_class,
                         w)) != NULL) {
                    /* a method of the class, called next: as above */
                    method_self = v;
                    method_slot = stack_pointer - 1;
                    Py_INCREF(x);
                    SET_TOP(x);
                    NEXT();
                }
                x = _PyInstance_GetAttrInterned(v, w);
            }
            else
                x = PyObject_GetAttr(v, w);
        load_attr_done:
            Py_DECREF(v);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(STORE_ATTR)
            w = GETNAME(oparg);
            v = TOP();          /* object */
            u = SECOND();       /* value */
            STACKADJ(-2);
            if (v->ob_type->tp_setattro == PyObject_GenericSetAttr &&
                PyString_CheckExact(w) && PyString_CHECK_INTERNED(w))
                err = _PyObject_GenericSetAttrInterned(v, w, u);
            else if (PyInstance_Check(v) && PyString_CheckExact(w) &&
                     PyString_CHECK_INTERNED(w))
                err = _PyInstance_SetAttrInterned(v, w, u);
            else
                err = PyObject_SetAttr(v, w, u);
            Py_DECREF(v);
            Py_DECREF(u);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(DELETE_ATTR)
            w = GETNAME(oparg);
            v = POP();
            err = PyObject_SetAttr(v, w, (PyObject *)NULL);
            Py_DECREF(v);
            ERROR_IF(err != 0);
            NEXT();

        /* ---- building ---- */

        TARGET(BUILD_TUPLE)
            x = PyTuple_New(oparg);
            ERROR_IF(x == NULL);
            while (--oparg >= 0) {
                w = POP();
                PyTuple_SET_ITEM(x, oparg, w);
            }
            PUSH(x);
            NEXT();

        TARGET(BUILD_LIST)
            x = PyList_New(oparg);
            ERROR_IF(x == NULL);
            while (--oparg >= 0) {
                w = POP();
                PyList_SET_ITEM(x, oparg, w);
            }
            PUSH(x);
            NEXT();

        TARGET(BUILD_MAP)
            x = PyDict_New();
            ERROR_IF(x == NULL);
            PUSH(x);
            NEXT();

        TARGET(UNPACK_SEQUENCE)
            v = POP();
            if (PyTuple_CheckExact(v) && PyTuple_GET_SIZE(v) == oparg) {
                PyObject **items = ((PyTupleObject *)v)->ob_item;
                while (oparg--) {
                    w = items[oparg];
                    Py_INCREF(w);
                    PUSH(w);
                }
            }
            else if (PyList_CheckExact(v) && PyList_GET_SIZE(v) == oparg) {
                PyObject **items = ((PyListObject *)v)->ob_item;
                while (oparg--) {
                    w = items[oparg];
                    Py_INCREF(w);
                    PUSH(w);
                }
            }
            else if (unpack_iterable(v, oparg, stack_pointer + oparg))
                stack_pointer += oparg;
            else {
                Py_DECREF(v);
                goto on_error;
            }
            Py_DECREF(v);
            NEXT();

        TARGET(COMPARE_OP)
            w = POP();
            v = TOP();
            if (PyInt_CheckExact(w) && PyInt_CheckExact(v) && oparg <= Py_GE) {
                long a = PyInt_AS_LONG(v), b = PyInt_AS_LONG(w);
                int r;
                switch (oparg) {
                case PyCmp_LT: r = a < b; break;
                case PyCmp_LE: r = a <= b; break;
                case PyCmp_EQ: r = a == b; break;
                case PyCmp_NE: r = a != b; break;
                case PyCmp_GT: r = a > b; break;
                default:       r = a >= b; break;
                }
                x = r ? Py_True : Py_False;
                Py_INCREF(x);
            }
            else if (PyFloat_CheckExact(w) && PyFloat_CheckExact(v) &&
                     oparg <= Py_GE) {
                /* C comparisons: false for NaN except != */
                double a = PyFloat_AS_DOUBLE(v), b = PyFloat_AS_DOUBLE(w);
                int r;
                switch (oparg) {
                case PyCmp_LT: r = a < b; break;
                case PyCmp_LE: r = a <= b; break;
                case PyCmp_EQ: r = a == b; break;
                case PyCmp_NE: r = a != b; break;
                case PyCmp_GT: r = a > b; break;
                default:       r = a >= b; break;
                }
                x = r ? Py_True : Py_False;
                Py_INCREF(x);
            }
            else if (PyString_CheckExact(w) && PyString_CheckExact(v) &&
                     oparg <= Py_GE)
                x = compare_strings(v, w, oparg);
            else
                x = cmp_outcome(oparg, v, w);
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        /* ---- import, exec, class, functions ---- */

        TARGET(IMPORT_NAME)
            w = GETNAME(oparg);
            x = PyDict_GetItemString(f->f_builtins, "__import__");
            if (x == NULL) {
                PyErr_SetString(PyExc_ImportError, "__import__ not found");
                goto on_error;
            }
            Py_INCREF(x);
            v = POP();          /* fromlist */
            u = TOP();          /* level */
            {
                long level = PyInt_AsLong(u);
                PyObject *loc = f->f_locals == NULL ? Py_None : f->f_locals;
                /* level -1 (implicit relative) keeps the 4-argument call
                   of older __import__ replacements */
                if (level != -1 || PyErr_Occurred()) {
                    PyErr_Clear();
                    w = PyTuple_Pack(5, w, f->f_globals, loc, v, u);
                }
                else
                    w = PyTuple_Pack(4, w, f->f_globals, loc, v);
            }
            Py_DECREF(v);
            Py_DECREF(u);
            if (w == NULL) {
                Py_DECREF(x);
                STACKADJ(-1);
                goto on_error;
            }
            v = PyEval_CallObject(x, w);
            Py_DECREF(x);
            Py_DECREF(w);
            SET_TOP(v);
            if (v == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(IMPORT_STAR)
            v = POP();
            PyFrame_FastToLocals(f);
            x = f->f_locals;
            if (x == NULL) {
                PyErr_SetString(PyExc_SystemError,
                                "no locals found during 'import *'");
                Py_DECREF(v);
                goto on_error;
            }
            err = import_all_from(x, v);
            PyFrame_LocalsToFast(f, 0);
            Py_DECREF(v);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(IMPORT_FROM)
            w = GETNAME(oparg);
            v = TOP();
            x = import_from(v, w);
            ERROR_IF(x == NULL);
            PUSH(x);
            NEXT();

        TARGET(EXEC_STMT)
            w = TOP();          /* locals */
            v = SECOND();       /* globals */
            u = THIRD();        /* program */
            STACKADJ(-3);
            err = exec_statement(f, u, v, w);
            Py_DECREF(u);
            Py_DECREF(v);
            Py_DECREF(w);
            ERROR_IF(err != 0);
            NEXT();

        TARGET(BUILD_CLASS)
            u = TOP();          /* namespace */
            v = SECOND();       /* bases */
            w = THIRD();        /* name */
            STACKADJ(-2);
            x = build_class(u, v, w);
            Py_DECREF(u);
            Py_DECREF(v);
            Py_DECREF(w);
            SET_TOP(x);
            if (x == NULL) { STACKADJ(-1); goto on_error; }
            NEXT();

        TARGET(MAKE_FUNCTION)
            v = POP();          /* code */
            x = PyFunction_New(v, f->f_globals);
            Py_DECREF(v);
            if (x != NULL && oparg > 0) {
                v = PyTuple_New(oparg);
                if (v == NULL) {
                    Py_CLEAR(x);
                }
                else {
                    while (--oparg >= 0) {
                        w = POP();
                        PyTuple_SET_ITEM(v, oparg, w);
                    }
                    err = PyFunction_SetDefaults(x, v);
                    Py_DECREF(v);
                    if (err != 0)
                        Py_CLEAR(x);
                }
            }
            if (x == NULL) {
                while (--oparg >= 0) {
                    w = POP();
                    Py_DECREF(w);
                }
                goto on_error;
            }
            PUSH(x);
            NEXT();

        TARGET(MAKE_CLOSURE)
            v = POP();          /* code */
            x = PyFunction_New(v, f->f_globals);
            if (x == NULL) {
                Py_DECREF(v);
                goto on_error;
            }
            /* the cells come as one tuple (BUILD_TUPLE) or one by one */
            if (PyTuple_Check(TOP()))
                u = POP();
            else {
                int nfree = (int)PyCode_GetNumFree((PyCodeObject *)v);
                u = PyTuple_New(nfree);
                if (u == NULL) {
                    Py_DECREF(v);
                    Py_DECREF(x);
                    goto on_error;
                }
                while (--nfree >= 0)
                    PyTuple_SET_ITEM(u, nfree, POP());
            }
            Py_DECREF(v);
            err = PyFunction_SetClosure(x, u);
            Py_DECREF(u);
            if (err == 0 && oparg > 0) {
                v = PyTuple_New(oparg);
                if (v == NULL)
                    err = -1;
                else {
                    while (--oparg >= 0) {
                        w = POP();
                        PyTuple_SET_ITEM(v, oparg, w);
                    }
                    err = PyFunction_SetDefaults(x, v);
                    Py_DECREF(v);
                }
            }
            if (err != 0) {
                Py_DECREF(x);
                while (--oparg >= 0) {
                    w = POP();
                    Py_DECREF(w);
                }
                goto on_error;
            }
            PUSH(x);
            NEXT();

        TARGET(CALL_FUNCTION)
        {
            PyObject **sp;
            if (method_self != NULL) {
                /* the call of a method loaded without binding: run it in
                   place with its instance, or bind it after all */
                PyObject **pfunc = stack_pointer - oparg - 1;
                PyObject *self = method_self;
                method_self = NULL;
                if (pfunc == method_slot && !tstate->use_tracing &&
                    (*pfunc)->ob_type == &PyMethodDescr_Type &&
                    (x = call_method_descr(*pfunc, self, pfunc + 1,
                                           oparg)) != METHOD_NOT_CALLED) {
                    Py_DECREF(self);
                    while (stack_pointer > pfunc) {
                        w = POP();
                        Py_DECREF(w);
                    }
                    PUSH(x);
                    ERROR_IF(x == NULL);
                    NEXT();
                }
                if (pfunc == method_slot && !tstate->use_tracing &&
                    !(co->co_flags & CO_GENERATOR) &&
                    PyFunction_Check(*pfunc) &&
                    inline_shape(*pfunc, oparg + 1)) {
                    PyFrameObject *callee = inline_frame(tstate, *pfunc, self,
                                                         pfunc + 1, oparg);
                    Py_DECREF(self);
                    ERROR_IF(callee == NULL);
                    Py_DECREF(*pfunc);
                    stack_pointer = pfunc;
                    ENTER_CALLEE(callee);
                }
                x = bind_pending_method(method_slot, self);
                ERROR_IF(x == NULL);
            }
            sp = stack_pointer;
            /* A plain Python function (or a method of one) called with
               positional arguments from a frame that is not a
               generator's, while nothing traces: its frame runs in this
               same loop (no C recursion); `leave` comes back here.  So
               does the __init__ of a class whose instances need nothing
               else (the new instance takes the class's place on the
               stack; init_frames marks the level). */
            if (oparg <= 0xff && !tstate->use_tracing &&
                !(co->co_flags & CO_GENERATOR)) {
                PyObject **pfunc = stack_pointer - oparg - 1;
                PyObject *func = *pfunc, *self = NULL, *obj = NULL;
                PyFrameObject *callee = NULL;
                if (PyMethod_Check(func)) {
                    if (PyMethod_GET_SELF(func) != NULL) {
                        self = PyMethod_GET_SELF(func);
                        func = PyMethod_GET_FUNCTION(func);
                    }
                    else if (oparg >= 1 && unbound_self_ok(func, pfunc[1]))
                        func = PyMethod_GET_FUNCTION(func);
                }
                if (PyFunction_Check(func)) {
                    if (inline_shape(func, oparg + (self != NULL))) {
                        callee = inline_frame(tstate, func, self, pfunc + 1,
                                              oparg);
                        ERROR_IF(callee == NULL);
                    }
                }
                else if (inline_depth < 64 &&
                         (func->ob_type == &PyType_Type ||
                          PyClass_Check(func))) {
                    PyObject *init = func->ob_type == &PyType_Type
                                     ? _PyType_PlainInit(func)
                                     : _PyClass_PlainInit(func);
                    if (init != NULL && inline_shape(init, oparg + 1)) {
                        /* held: making the instance may run a finaliser */
                        Py_INCREF(init);
                        obj = func->ob_type == &PyType_Type
                            ? ((PyTypeObject *)func)->tp_alloc(
                                  (PyTypeObject *)func, 0)
                            : PyInstance_NewRaw(func, NULL);
                        if (obj != NULL)
                            callee = inline_frame(tstate, init, obj,
                                                  pfunc + 1, oparg);
                        Py_DECREF(init);
                        if (callee == NULL) {
                            Py_XDECREF(obj);
                            goto on_error;
                        }
                    }
                }
                if (callee != NULL) {
                    /* the arguments moved into the callee's frame */
                    Py_DECREF(*pfunc);
                    if (obj != NULL) {
                        *pfunc = obj;
                        stack_pointer = pfunc + 1;
                        init_frames |= (uint64_t)1 << inline_depth;
                    }
                    else
                        stack_pointer = pfunc;
                    ENTER_CALLEE(callee);
                }
            }
            x = call_function(&sp, oparg);
            stack_pointer = sp;
            PUSH(x);
            ERROR_IF(x == NULL);
            NEXT();
        }

        TARGET3(CALL_FUNCTION_VAR, CALL_FUNCTION_KW, CALL_FUNCTION_VAR_KW)
        {
            int na = oparg & 0xff;
            int nk = (oparg >> 8) & 0xff;
            int flags = (opcode - CALL_FUNCTION) & 3;
            int n = na + 2 * nk;
            PyObject **pfunc, *func, **sp;
            if (flags & 1)
                n++;
            if (flags & 2)
                n++;
            pfunc = stack_pointer - n - 1;
            func = *pfunc;
            if (PyMethod_Check(func) && PyMethod_GET_SELF(func) != NULL) {
                /* unpack a bound method: self becomes the first arg */
                PyObject *self = PyMethod_GET_SELF(func);
                Py_INCREF(self);
                func = PyMethod_GET_FUNCTION(func);
                Py_INCREF(func);
                Py_DECREF(*pfunc);
                *pfunc = self;
                na++;
            }
            else
                Py_INCREF(func);
            sp = stack_pointer;
            x = ext_do_call(func, &sp, flags, na, nk);
            stack_pointer = sp;
            Py_DECREF(func);
            while (stack_pointer > pfunc) {
                w = POP();
                Py_DECREF(w);
            }
            PUSH(x);
            ERROR_IF(x == NULL);
            NEXT();
        }

        TARGET(EXTENDED_ARG)
            opcode = NEXTOP();
            if (!HAS_ARG(opcode)) {
                PyErr_SetString(PyExc_SystemError,
                                "EXTENDED_ARG before an opcode without "
                                "argument (bytecode corruption?)");
                goto on_error;
            }
            oparg = (oparg << 16) | NEXTARG();
            /* through the switch: past the target's own decoding */
            goto dispatch_switch;

#ifdef USE_COMPUTED_GOTO
        TARGET_unknown:
#endif
        default:
            PyErr_Format(PyExc_SystemError, "unknown opcode %d", opcode);
            goto on_error;

        } /* switch */

        /* ---- the exits of the handlers ---- */

    on_error:
        why = WHY_EXCEPTION;
        if (method_self != NULL) {
            /* (the function on the stack goes with the unwinding) */
            Py_CLEAR(method_self);
        }
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError,
                            "error return without exception set");
        }
        PyTraceBack_Here(f);
        if (tstate->c_tracefunc != NULL)
            call_exc_trace(tstate->c_tracefunc, tstate->c_traceobj, f);
        goto unwind;

    on_error_reraise:
        /* re-raising: the traceback already has this frame */
        why = WHY_EXCEPTION;
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError,
                            "error return without exception set");

    unwind:
        /* Walk the block stack looking for a handler of `why`.  After
           the interpreter has run out of CPU or wall time no handler
           runs: the exception goes straight out of every block. */
        while (why != WHY_NOT && f->f_iblock > 0) {
            PyTryBlock *b = &f->f_blockstack[f->f_iblock - 1];

            if (b->b_type == SETUP_LOOP && why == WHY_CONTINUE) {
                why = WHY_NOT;
                JUMPTO(PyInt_AS_LONG(retval));
                Py_CLEAR(retval);
                break;
            }
            f->f_iblock--;
            while (STACK_LEVEL() > b->b_level) {
                v = POP();
                Py_XDECREF(v);
            }
            if (b->b_type == SETUP_LOOP && why == WHY_BREAK) {
                why = WHY_NOT;
                JUMPTO(b->b_handler);
                break;
            }
            if (why == WHY_EXCEPTION && limit_is_fatal(tstate))
                continue;
            if (b->b_type == SETUP_FINALLY ||
                (b->b_type == SETUP_EXCEPT && why == WHY_EXCEPTION)) {
                if (why == WHY_EXCEPTION) {
                    PyObject *exc, *val, *tb;
                    PyErr_Fetch(&exc, &val, &tb);
                    if (val == NULL) {
                        val = Py_None;
                        Py_INCREF(val);
                    }
                    if (b->b_type == SETUP_EXCEPT) {
                        /* the handler sees a normalised exception, and
                           so does sys.exc_info() */
                        PyErr_NormalizeException(&exc, &val, &tb);
                        if (val == NULL) {
                            /* no instance could be made (memory) */
                            val = Py_None;
                            Py_INCREF(val);
                        }
                        set_exc_info(tstate, exc, val, tb);
                    }
                    if (tb == NULL) {
                        Py_INCREF(Py_None);
                        tb = Py_None;
                    }
                    PUSH(tb);
                    PUSH(val);
                    PUSH(exc);
                }
                else {
                    if (why & (WHY_RETURN | WHY_CONTINUE))
                        PUSH(retval);
                    v = PyInt_FromLong((long)why);
                    if (v == NULL) {
                        /* cannot even say why: give up on the frame */
                        if (why & (WHY_RETURN | WHY_CONTINUE)) {
                            v = POP();
                            Py_DECREF(v);
                        }
                        retval = NULL;
                        why = WHY_EXCEPTION;
                        continue;
                    }
                    PUSH(v);
                }
                why = WHY_NOT;
                JUMPTO(b->b_handler);
                break;
            }
        }
        if (why == WHY_NOT)
            NEXT();
        /* nothing handles it: leave the frame */
        while (!EMPTY()) {
            v = POP();
            Py_XDECREF(v);
        }
        if (why == WHY_CONTINUE)
            Py_CLEAR(retval);
        if (why != WHY_RETURN)
            retval = NULL;
        goto exit_frame;
    } /* for (;;) */

exit_frame:
    if (tstate->use_tracing) {
        if (tstate->c_tracefunc != NULL) {
            if (why == WHY_RETURN || why == WHY_YIELD) {
                if (call_trace(tstate->c_tracefunc, tstate->c_traceobj, f,
                               PyTrace_RETURN, retval)) {
                    Py_XDECREF(retval);
                    retval = NULL;
                    why = WHY_EXCEPTION;
                }
            }
            else if (why == WHY_EXCEPTION)
                call_trace_protected(tstate->c_tracefunc, tstate->c_traceobj,
                                     f, PyTrace_RETURN, NULL);
        }
        if (tstate->c_profilefunc != NULL) {
            if (why == WHY_EXCEPTION)
                call_trace_protected(tstate->c_profilefunc,
                                     tstate->c_profileobj, f,
                                     PyTrace_RETURN, NULL);
            else if (call_trace(tstate->c_profilefunc, tstate->c_profileobj,
                                f, PyTrace_RETURN, retval)) {
                Py_XDECREF(retval);
                retval = NULL;
                why = WHY_EXCEPTION;
            }
        }
    }
    if (f->f_exc_type != NULL)
        reset_exc_info(tstate);

leave:
    Py_LeaveRecursiveCall();
    tstate->frame = f->f_back;
    if (inline_depth > 0) {
        /* back to the caller's frame, after its CALL_FUNCTION */
        PyFrameObject *callee = f;
        int was_init;
        inline_depth--;
        was_init = inline_depth < 64 &&
                   ((init_frames >> inline_depth) & 1) != 0;
        if (was_init)
            init_frames &= ~((uint64_t)1 << inline_depth);
        f = callee->f_back;
        if (callee->ob_refcnt > 1)
            PyObject_GC_Track(callee);   /* see _PyFunction_CallArgs */
        release_frame(tstate, callee);
        co = f->f_code;
        first_instr = (unsigned char *)PyString_AS_STRING(co->co_code);
        next_instr = first_instr + f->f_lasti + 3;
        stack_pointer = f->f_stacktop;
        f->f_stacktop = NULL;
        instr_lb = 0, instr_ub = -1, instr_prev = -1;
        why = WHY_NOT;
        x = retval;
        retval = NULL;
        if (was_init) {
            /* the instance is on the stack already; __init__ gave None */
            ERROR_IF(x == NULL);
            if (x != Py_None) {
                if (PyInstance_Check(TOP()))
                    PyErr_SetString(PyExc_TypeError,
                                    "__init__() should return None");
                else
                    PyErr_Format(PyExc_TypeError,
                                 "__init__() should return None, not '%.200s'",
                                 x->ob_type->tp_name);
                Py_DECREF(x);
                goto on_error;
            }
            Py_DECREF(x);
            NEXT();
        }
        PUSH(x);
        ERROR_IF(x == NULL);
        NEXT();
    }
    return retval;
}

/* ================================================================== */
/* Running code objects                                                */

PyObject *
PyEval_EvalCode(PyCodeObject *co, PyObject *globals, PyObject *locals)
{
    return PyEval_EvalCodeEx(co, globals, locals, (PyObject **)NULL, 0,
                             (PyObject **)NULL, 0, (PyObject **)NULL, 0,
                             NULL);
}

/* Whether a call of the Python function func with na positional
   arguments can run in place: every parameter from the arguments or the
   last defaults, no cells, not a generator. */
static inline __attribute__((always_inline)) int
inline_shape(PyObject *func, int na)
{
    PyCodeObject *fco = (PyCodeObject *)PyFunction_GET_CODE(func);
    PyObject *argdefs = PyFunction_GET_DEFAULTS(func);
    int nd = argdefs != NULL ? (int)PyTuple_GET_SIZE(argdefs) : 0;
    int m = fco->co_argcount;

    return na <= m && na + nd >= m &&
           (fco->co_flags & ~IGNORED_CODE_FLAGS) == SIMPLE_CODE_FLAGS &&
           PyDict_Check(PyFunction_GET_GLOBALS(func));
}

/* Whether the instructions at p are a few simple loads (which run no
   code but the lookups, and take nothing from the stack) and then the
   CALL_FUNCTION that consumes them all: the method LOAD_ATTR just found
   is called right away. */
static inline __attribute__((always_inline)) int
method_call_follows(const unsigned char *p)
{
    int k;

    for (k = 0; k <= 4; k++, p += 3) {
        if (p[0] == CALL_FUNCTION)
            return p[1] == k && p[2] == 0;
        if (p[0] != LOAD_FAST && p[0] != LOAD_CONST && p[0] != LOAD_GLOBAL)
            return 0;
    }
    return 0;
}

/* Replaces the plain function at *slot, loaded for self without binding,
   by the bound method LOAD_ATTR would have made; the reference to self
   is consumed.  Returns the method (borrowed) or NULL. */
static PyObject *
bind_pending_method(PyObject **slot, PyObject *self)
{
    PyObject *klass = PyInstance_Check(self)
        ? (PyObject *)((PyInstanceObject *)self)->in_class
        : (PyObject *)self->ob_type;
    PyObject *meth = PyFunction_Check(*slot)
        ? PyMethod_New(*slot, self, klass)
        : (*slot)->ob_type->tp_descr_get(*slot, self, klass);

    Py_DECREF(self);
    if (meth == NULL)
        return NULL;
    Py_DECREF(*slot);
    *slot = meth;
    return meth;
}

/* Calls the C method of method descriptor descr on self with the n
   arguments at args (borrowed), as calling the bound built-in method
   would (METH_NOARGS, METH_O, METH_VARARGS with or without keywords).
   Returns METHOD_NOT_CALLED for any other convention or a wrong count
   (the bound method's call says what is wrong). */
static PyObject *
call_method_descr(PyObject *descr, PyObject *self, PyObject **args, int n)
{
    PyMethodDef *ml = ((PyMethodDescrObject *)descr)->d_method;
    int flags = ml->ml_flags & ~(METH_COEXIST | _METH_O_ARGCOUNT);
    PyObject *tuple, *res;

    if (flags == METH_NOARGS && n == 0)
        return ml->ml_meth(self, NULL);
    if (flags == METH_O && n == 1)
        return ml->ml_meth(self, args[0]);
    if (flags != METH_VARARGS && flags != (METH_VARARGS | METH_KEYWORDS))
        return METHOD_NOT_CALLED;
    tuple = _PyTuple_FromArray(args, n);
    if (tuple == NULL)
        return NULL;
    if (flags == METH_VARARGS)
        res = ml->ml_meth(self, tuple);
    else
        res = ((PyCFunctionWithKeywords)ml->ml_meth)(self, tuple, NULL);
    Py_DECREF(tuple);
    return res;
}

/* Whether arg may be the first argument of the unbound method meth, as
   instancemethod_call would check it, decided without running any code
   (0 also when only the general check can tell). */
static int
unbound_self_ok(PyObject *meth, PyObject *arg)
{
    PyObject *klass = PyMethod_GET_CLASS(meth);
    int r;

    if (klass == NULL)
        return 0;
    if (PyType_Check(klass))
        return PyType_IsSubtype(arg->ob_type, (PyTypeObject *)klass);
    if (PyClass_Check(klass) && PyInstance_Check(arg)) {
        r = PyClass_IsSubclass(
            (PyObject *)((PyInstanceObject *)arg)->in_class, klass);
        if (r < 0)
            PyErr_Clear();      /* the general call will say it */
        return r > 0;
    }
    return 0;
}

/* The frame of a call of the Python function func with self (if not NULL)
   and the n positional arguments at args, for the eval loop to run in
   place: the common case of _PyFunction_CallArgs (every parameter from
   the arguments or the last defaults, no cells, not a generator).  The
   frame takes over the references of args (the caller forgets them);
   self is new.  The caller checked inline_shape(); NULL on failure (the
   recursion limit, memory). */
static inline __attribute__((always_inline)) PyFrameObject *
inline_frame(PyThreadState *tstate, PyObject *func, PyObject *self,
             PyObject **args, int n)
{
    PyCodeObject *fco = (PyCodeObject *)PyFunction_GET_CODE(func);
    PyObject *globals = PyFunction_GET_GLOBALS(func);
    PyObject *argdefs = PyFunction_GET_DEFAULTS(func);
    PyObject **fast;
    PyFrameObject *nf;
    int nd = argdefs != NULL ? (int)PyTuple_GET_SIZE(argdefs) : 0;
    int na = n + (self != NULL), m = fco->co_argcount, i;

    /* (the frame runs in the caller's loop: no C stack to check; the
       limit mirrored may be another interpreter's since a call into it
       returned: the slow check mirrors this one's) */
    if ((++tstate->recursion_depth > _Py_CheckRecursionLimit ||
         tstate->interp != limit_mirror_owner) &&
        _Py_CheckRecursiveCall(""))
        return NULL;
    nf = _PyFrame_NewUntracked(tstate, fco, globals);
    if (nf == NULL) {
        Py_LeaveRecursiveCall();
        return NULL;
    }
    fast = nf->f_localsplus;
    if (self != NULL) {
        Py_INCREF(self);
        *fast++ = self;
    }
    for (i = 0; i < n; i++)
        fast[i] = args[i];
    for (i = na; i < m; i++) {
        PyObject *dv = PyTuple_GET_ITEM(argdefs, nd - m + i);
        Py_INCREF(dv);
        nf->f_localsplus[i] = dv;
    }
    return nf;
}

/* Releases a finished frame; its deallocation may cascade through long
   chains (f_back), so it counts as a level of recursion. */
static void
release_frame(PyThreadState *tstate, PyFrameObject *f)
{
    ++tstate->recursion_depth;
    Py_DECREF(f);
    --tstate->recursion_depth;
}

static const char *
code_name(PyCodeObject *co)
{
    return PyString_Check(co->co_name) ? PyString_AS_STRING(co->co_name)
                                       : "?";
}

/* Binds positional arguments, keyword arguments (kws: name/value pairs)
   and defaults to the parameters of `co`, makes the cells, and runs the
   code (or makes a generator of it). */
PyObject *
PyEval_EvalCodeEx(PyCodeObject *co, PyObject *globals, PyObject *locals,
                  PyObject **args, int argcount, PyObject **kws, int kwcount,
                  PyObject **defs, int defcount, PyObject *closure)
{
    PyThreadState *tstate = PyThreadState_GET();
    PyFrameObject *f;
    PyObject *retval = NULL;
    PyObject **freevars;
    int i, n;
    int total_args;
    Py_ssize_t ncells, nfrees;

    if (globals == NULL) {
        PyErr_SetString(PyExc_SystemError,
                        "PyEval_EvalCodeEx: NULL globals");
        return NULL;
    }
    f = PyFrame_New(tstate, co, globals, locals);
    if (f == NULL)
        return NULL;
    freevars = f->f_localsplus + co->co_nlocals;
    total_args = co->co_argcount + ((co->co_flags & CO_VARARGS) != 0) +
                 ((co->co_flags & CO_VARKEYWORDS) != 0);
    if (total_args > co->co_nlocals) {
        PyErr_SetString(PyExc_SystemError, "code object has too few locals");
        goto fail;
    }

    if (co->co_argcount > 0 ||
        (co->co_flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        PyObject *kwdict = NULL;

        n = argcount;
        if (co->co_flags & CO_VARKEYWORDS) {
            kwdict = PyDict_New();
            if (kwdict == NULL)
                goto fail;
            i = co->co_argcount;
            if (co->co_flags & CO_VARARGS)
                i++;
            SETLOCAL(i, kwdict);
        }
        if (argcount > co->co_argcount) {
            if (!(co->co_flags & CO_VARARGS)) {
                PyErr_Format(PyExc_TypeError,
                             "%.200s() takes %s %d %sargument%s (%d given)",
                             code_name(co),
                             defcount ? "at most" : "exactly",
                             co->co_argcount,
                             kwcount ? "non-keyword " : "",
                             co->co_argcount == 1 ? "" : "s",
                             argcount);
                goto fail;
            }
            n = co->co_argcount;
        }
        for (i = 0; i < n; i++) {
            PyObject *x = args[i];
            Py_INCREF(x);
            SETLOCAL(i, x);
        }
        if (co->co_flags & CO_VARARGS) {
            PyObject *rest = PyTuple_New(argcount - n);
            if (rest == NULL)
                goto fail;
            SETLOCAL(co->co_argcount, rest);
            for (i = n; i < argcount; i++) {
                PyObject *x = args[i];
                Py_INCREF(x);
                PyTuple_SET_ITEM(rest, i - n, x);
            }
        }
        for (i = 0; i < kwcount; i++) {
            PyObject *keyword = kws[2 * i];
            PyObject *value = kws[2 * i + 1];
            int j;
            if (keyword == NULL || !PyString_Check(keyword)) {
                PyErr_Format(PyExc_TypeError,
                             "%.200s() keywords must be strings",
                             code_name(co));
                goto fail;
            }
            /* which parameter is it? identity first (names are
               interned), then equality */
            for (j = 0; j < co->co_argcount; j++) {
                if (PyTuple_GET_ITEM(co->co_varnames, j) == keyword)
                    break;
            }
            if (j == co->co_argcount) {
                for (j = 0; j < co->co_argcount; j++) {
                    int cmp = PyObject_RichCompareBool(
                        keyword, PyTuple_GET_ITEM(co->co_varnames, j), Py_EQ);
                    if (cmp > 0)
                        break;
                    if (cmp < 0)
                        goto fail;
                }
            }
            if (j >= co->co_argcount) {
                if (kwdict == NULL) {
                    PyErr_Format(PyExc_TypeError,
                        "%.200s() got an unexpected keyword argument '%.400s'",
                        code_name(co), PyString_AsString(keyword));
                    goto fail;
                }
                if (PyDict_SetItem(kwdict, keyword, value) < 0)
                    goto fail;
            }
            else {
                if (GETLOCAL(j) != NULL) {
                    PyErr_Format(PyExc_TypeError,
                        "%.200s() got multiple values for keyword "
                        "argument '%.400s'",
                        code_name(co), PyString_AsString(keyword));
                    goto fail;
                }
                Py_INCREF(value);
                SETLOCAL(j, value);
            }
        }
        if (argcount < co->co_argcount) {
            int m = co->co_argcount - defcount;
            for (i = argcount; i < m; i++) {
                if (GETLOCAL(i) == NULL) {
                    PyErr_Format(PyExc_TypeError,
                        "%.200s() takes %s %d %sargument%s (%d given)",
                        code_name(co),
                        ((co->co_flags & CO_VARARGS) || defcount) ?
                            "at least" : "exactly",
                        m, kwcount ? "non-keyword " : "",
                        m == 1 ? "" : "s", i);
                    goto fail;
                }
            }
            i = n > m ? n - m : 0;
            for (; i < defcount; i++) {
                if (GETLOCAL(m + i) == NULL) {
                    PyObject *def = defs[i];
                    Py_INCREF(def);
                    SETLOCAL(m + i, def);
                }
            }
        }
    }
    else if (argcount > 0 || kwcount > 0) {
        PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments (%d given)",
                     code_name(co), argcount + kwcount);
        goto fail;
    }

    /* Cells for the variables inner functions share; a parameter that is
       a cell variable starts with the argument's value. */
    ncells = PyTuple_GET_SIZE(co->co_cellvars);
    for (i = 0; i < ncells; i++) {
        PyObject *cellname = PyTuple_GET_ITEM(co->co_cellvars, i);
        PyObject *initial = NULL, *cell;
        int j;
        for (j = 0; j < total_args; j++) {
            PyObject *argname = PyTuple_GET_ITEM(co->co_varnames, j);
            if (argname == cellname ||
                (PyString_Check(argname) && PyString_Check(cellname) &&
                 strcmp(PyString_AS_STRING(argname),
                        PyString_AS_STRING(cellname)) == 0)) {
                initial = GETLOCAL(j);
                break;
            }
        }
        cell = PyCell_New(initial);
        if (cell == NULL)
            goto fail;
        SETLOCAL(co->co_nlocals + i, cell);
    }
    nfrees = PyTuple_GET_SIZE(co->co_freevars);
    if (nfrees > 0) {
        if (closure == NULL || !PyTuple_Check(closure) ||
            PyTuple_GET_SIZE(closure) < nfrees) {
            PyErr_SetString(PyExc_SystemError,
                            "code needs a closure it was not given");
            goto fail;
        }
        for (i = 0; i < nfrees; i++) {
            PyObject *cell = PyTuple_GET_ITEM(closure, i);
            Py_INCREF(cell);
            freevars[ncells + i] = cell;
        }
    }

    if (co->co_flags & CO_GENERATOR) {
        /* The frame runs later, under whoever resumes it. */
        Py_CLEAR(f->f_back);
        return PyGen_New(f);
    }
    retval = PyEval_EvalFrameEx(f, 0);

fail:
    release_frame(tstate, f);
    return retval;
}

/* ================================================================== */
/* Calls                                                               */

/* Calls a built-in with profiling events around it when a profiler is
   active. */
#define C_TRACE(x, call) \
    do { \
        if (tstate->use_tracing && tstate->c_profilefunc != NULL) { \
            if (call_trace(tstate->c_profilefunc, tstate->c_profileobj, \
                           tstate->frame, PyTrace_C_CALL, func)) \
                x = NULL; \
            else { \
                x = call; \
                if (tstate->c_profilefunc != NULL) { \
                    if (x == NULL) \
                        call_trace_protected(tstate->c_profilefunc, \
                            tstate->c_profileobj, tstate->frame, \
                            PyTrace_C_EXCEPTION, func); \
                    else if (call_trace(tstate->c_profilefunc, \
                                        tstate->c_profileobj, tstate->frame, \
                                        PyTrace_C_RETURN, func)) { \
                        Py_DECREF(x); \
                        x = NULL; \
                    } \
                } \
            } \
        } \
        else \
            x = call; \
    } while (0)

#define EXT_POP(sp) (*--(sp))

static PyObject *
load_args(PyObject ***pp_stack, int na)
{
    PyObject *args = PyTuple_New(na);
    if (args == NULL)
        return NULL;
    while (--na >= 0)
        PyTuple_SET_ITEM(args, na, EXT_POP(*pp_stack));
    return args;
}

/* Adds the nk name/value pairs from the stack to a copy of orig (which
   is released).  Duplicate names are an error. */
static PyObject *
update_keyword_args(PyObject *orig, int nk, PyObject ***pp_stack,
                    PyObject *func)
{
    PyObject *kwdict;

    if (orig == NULL)
        kwdict = PyDict_New();
    else {
        kwdict = PyDict_Copy(orig);
        Py_DECREF(orig);
    }
    if (kwdict == NULL)
        return NULL;
    while (--nk >= 0) {
        PyObject *value = EXT_POP(*pp_stack);
        PyObject *key = EXT_POP(*pp_stack);
        int err;
        if (PyDict_GetItem(kwdict, key) != NULL) {
            PyErr_Format(PyExc_TypeError,
                         "%.200s%s got multiple values "
                         "for keyword argument '%.200s'",
                         PyEval_GetFuncName(func), PyEval_GetFuncDesc(func),
                         PyString_Check(key) ? PyString_AS_STRING(key) : "?");
            Py_DECREF(key);
            Py_DECREF(value);
            Py_DECREF(kwdict);
            return NULL;
        }
        err = PyDict_SetItem(kwdict, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (err) {
            Py_DECREF(kwdict);
            return NULL;
        }
    }
    return kwdict;
}

/* The argument tuple: nstack positional arguments from the stack, then
   the items of the *args tuple. */
static PyObject *
update_star_args(int nstack, Py_ssize_t nstar, PyObject *stararg,
                 PyObject ***pp_stack)
{
    PyObject *callargs;
    Py_ssize_t i;

    if (nstar > PY_SSIZE_T_MAX - nstack) {
        PyErr_NoMemory();
        return NULL;
    }
    callargs = PyTuple_New(nstack + nstar);
    if (callargs == NULL)
        return NULL;
    for (i = 0; i < nstar; i++) {
        PyObject *a = PyTuple_GET_ITEM(stararg, i);
        Py_INCREF(a);
        PyTuple_SET_ITEM(callargs, nstack + i, a);
    }
    while (--nstack >= 0)
        PyTuple_SET_ITEM(callargs, nstack, EXT_POP(*pp_stack));
    return callargs;
}

static void
bad_builtin_arg_count(PyObject *func, int flags, int given)
{
    const char *name = ((PyCFunctionObject *)func)->m_ml->ml_name;
    if (flags & METH_NOARGS)
        PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments (%d given)",
                     name, given);
    else
        PyErr_Format(PyExc_TypeError,
                     (flags & _METH_O_ARGCOUNT)
                     ? "%.200s() takes exactly 1 argument (%d given)"
                     : "%.200s() takes exactly one argument (%d given)",
                     name, given);
}

/* CALL_FUNCTION: the function, then na positional arguments and nk
   keyword pairs, are on the stack; all of them are popped. */
static PyObject *
call_function(PyObject ***pp_stack, int oparg)
{
    int na = oparg & 0xff;
    int nk = (oparg >> 8) & 0xff;
    int n = na + 2 * nk;
    PyObject **pfunc = (*pp_stack) - n - 1;
    PyObject *func = *pfunc;
    PyObject *x, *w;
    PyThreadState *tstate = PyThreadState_GET();

    if (PyCFunction_Check(func) && nk == 0) {
        int all_flags = PyCFunction_GET_FLAGS(func);
        int flags = all_flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST |
                                  _METH_O_ARGCOUNT);
        if (flags == METH_NOARGS || flags == METH_O) {
            PyCFunction meth = PyCFunction_GET_FUNCTION(func);
            PyObject *self = PyCFunction_GET_SELF(func);
            if (flags == METH_NOARGS && na == 0) {
                C_TRACE(x, (*meth)(self, NULL));
            }
            else if (flags == METH_O && na == 1) {
                PyObject *arg = EXT_POP(*pp_stack);
                C_TRACE(x, (*meth)(self, arg));
                Py_DECREF(arg);
            }
            else {
                bad_builtin_arg_count(func, all_flags, na);
                x = NULL;
            }
        }
        else {
            PyObject *callargs = load_args(pp_stack, na);
            if (callargs == NULL)
                x = NULL;
            else {
                /* (what PyCFunction_Call does for these two) */
                PyCFunction meth = PyCFunction_GET_FUNCTION(func);
                PyObject *self = PyCFunction_GET_SELF(func);
                if (flags == METH_VARARGS) {
                    C_TRACE(x, (*meth)(self, callargs));
                }
                else if (flags == (METH_VARARGS | METH_KEYWORDS)) {
                    C_TRACE(x, (*(PyCFunctionWithKeywords)meth)(
                                   self, callargs, NULL));
                }
                else {
                    C_TRACE(x, PyCFunction_Call(func, callargs, NULL));
                }
                Py_DECREF(callargs);
            }
        }
    }
    else {
        if (PyMethod_Check(func) && PyMethod_GET_SELF(func) != NULL) {
            /* bound method: call the function with self in front */
            PyObject *self = PyMethod_GET_SELF(func);
            Py_INCREF(self);
            func = PyMethod_GET_FUNCTION(func);
            Py_INCREF(func);
            Py_DECREF(*pfunc);
            *pfunc = self;
            na++;
            n++;
        }
        else
            Py_INCREF(func);
        if (PyFunction_Check(func))
            x = fast_function(func, pp_stack, n, na, nk);
        else if (PyClass_Check(func) && nk == 0)
            x = _PyInstance_NewArgs(func, (*pp_stack) - na, na);
        else if (PyType_Check(func) && nk == 0)
            x = _PyType_CallArgs(func, (*pp_stack) - na, na);
        else
            x = do_call(func, pp_stack, na, nk);
        Py_DECREF(func);
    }

    while ((*pp_stack) > pfunc) {
        w = EXT_POP(*pp_stack);
        Py_DECREF(w);
    }
    return x;
}


/* Calls the Python function func with the n positional arguments at args
   (borrowed) and no keywords: what calling it with a tuple of them does,
   without the tuple.  The common case (exactly the parameters, no
   defaults, cells or generator) skips the general binding code. */
PyObject *
_PyFunction_CallArgs(PyObject *func, PyObject **args, int n)
{
    PyCodeObject *co = (PyCodeObject *)PyFunction_GET_CODE(func);
    PyObject *globals = PyFunction_GET_GLOBALS(func);
    PyObject *argdefs = PyFunction_GET_DEFAULTS(func);
    PyObject **d = NULL;
    int nd = 0;

    if (argdefs != NULL) {
        d = &PyTuple_GET_ITEM(argdefs, 0);
        nd = (int)PyTuple_GET_SIZE(argdefs);
    }
    if (n <= co->co_argcount && n + nd >= co->co_argcount &&
        (co->co_flags & ~IGNORED_CODE_FLAGS) == SIMPLE_CODE_FLAGS &&
        PyDict_Check(globals)) {
        /* every parameter from the arguments, or else from the last
           defaults */
        PyThreadState *tstate = PyThreadState_GET();
        PyFrameObject *f = _PyFrame_NewUntracked(tstate, co, globals);
        PyObject *retval, **fast;
        int i, m = co->co_argcount;
        if (f == NULL)
            return NULL;
        fast = f->f_localsplus;
        for (i = 0; i < n; i++) {
            Py_INCREF(args[i]);
            fast[i] = args[i];
        }
        for (; i < m; i++) {
            PyObject *dv = d[nd - m + i];
            Py_INCREF(dv);
            fast[i] = dv;
        }
        retval = PyEval_EvalFrameEx(f, 0);
        /* held elsewhere (a traceback, sys._getframe()): from now on it
           may be part of a cycle */
        if (f->ob_refcnt > 1)
            PyObject_GC_Track(f);
        release_frame(tstate, f);
        return retval;
    }
    return PyEval_EvalCodeEx(co, globals, (PyObject *)NULL, args, n,
                             (PyObject **)NULL, 0, d, nd,
                             PyFunction_GET_CLOSURE(func));
}

/* Calls a Python function with arguments straight from the stack. */
static PyObject *
fast_function(PyObject *func, PyObject ***pp_stack, int n, int na, int nk)
{
    PyCodeObject *co;
    PyObject *argdefs, **d = NULL;
    int nd = 0;

    if (nk == 0)
        return _PyFunction_CallArgs(func, (*pp_stack) - n, n);
    co = (PyCodeObject *)PyFunction_GET_CODE(func);
    argdefs = PyFunction_GET_DEFAULTS(func);
    if (argdefs != NULL) {
        d = &PyTuple_GET_ITEM(argdefs, 0);
        nd = (int)PyTuple_GET_SIZE(argdefs);
    }
    return PyEval_EvalCodeEx(co, PyFunction_GET_GLOBALS(func),
                             (PyObject *)NULL,
                             (*pp_stack) - n, na, (*pp_stack) - 2 * nk, nk,
                             d, nd, PyFunction_GET_CLOSURE(func));
}

/* Any other callable: build the argument tuple and keyword dict. */
static PyObject *
do_call(PyObject *func, PyObject ***pp_stack, int na, int nk)
{
    PyObject *callargs = NULL, *kwdict = NULL, *result = NULL;
    PyThreadState *tstate = PyThreadState_GET();

    if (nk > 0) {
        kwdict = update_keyword_args(NULL, nk, pp_stack, func);
        if (kwdict == NULL)
            return NULL;
    }
    callargs = load_args(pp_stack, na);
    if (callargs != NULL) {
        if (PyCFunction_Check(func)) {
            C_TRACE(result, PyCFunction_Call(func, callargs, kwdict));
        }
        else
            result = PyObject_Call(func, callargs, kwdict);
    }
    Py_XDECREF(callargs);
    Py_XDECREF(kwdict);
    return result;
}

/* f(*args) / f(**kw) forms: flags bit 0: *args on the stack, bit 1:
   **kw on the stack (above *args). */
static PyObject *
ext_do_call(PyObject *func, PyObject ***pp_stack, int flags, int na, int nk)
{
    Py_ssize_t nstar = 0;
    PyObject *callargs = NULL, *stararg = NULL, *kwdict = NULL;
    PyObject *result = NULL;
    PyThreadState *tstate = PyThreadState_GET();

    if (flags & 2) {
        kwdict = EXT_POP(*pp_stack);
        if (!PyDict_Check(kwdict)) {
            PyErr_Format(PyExc_TypeError,
                         "%s%s argument after ** must be a dictionary",
                         PyEval_GetFuncName(func), PyEval_GetFuncDesc(func));
            goto done;
        }
    }
    if (flags & 1) {
        stararg = EXT_POP(*pp_stack);
        if (!PyTuple_Check(stararg)) {
            PyObject *t = PySequence_Tuple(stararg);
            if (t == NULL) {
                if (PyErr_ExceptionMatches(PyExc_TypeError)) {
                    PyErr_Format(PyExc_TypeError,
                                 "%s%s argument after * must be a sequence",
                                 PyEval_GetFuncName(func),
                                 PyEval_GetFuncDesc(func));
                }
                goto done;
            }
            Py_DECREF(stararg);
            stararg = t;
        }
        nstar = PyTuple_GET_SIZE(stararg);
    }
    if (nk > 0) {
        kwdict = update_keyword_args(kwdict, nk, pp_stack, func);
        if (kwdict == NULL)
            goto done;
    }
    callargs = update_star_args(na, nstar, stararg, pp_stack);
    if (callargs == NULL)
        goto done;
    /* 2.5 sends f(*a)/f(**k) through PyObject_Call even for C functions,
       so a NULL result without an exception is reported there. */
    if (PyCFunction_Check(func)) {
        C_TRACE(result, PyObject_Call(func, callargs, kwdict));
    }
    else
        result = PyObject_Call(func, callargs, kwdict);
done:
    Py_XDECREF(callargs);
    Py_XDECREF(kwdict);
    Py_XDECREF(stararg);
    return result;
}

PyObject *
PyEval_CallObjectWithKeywords(PyObject *func, PyObject *arg, PyObject *kw)
{
    PyObject *result;

    if (arg == NULL) {
        arg = PyTuple_New(0);
        if (arg == NULL)
            return NULL;
    }
    else if (!PyTuple_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    else
        Py_INCREF(arg);
    if (kw != NULL && !PyDict_Check(kw)) {
        PyErr_SetString(PyExc_TypeError, "keyword list must be a dictionary");
        Py_DECREF(arg);
        return NULL;
    }
    result = PyObject_Call(func, arg, kw);
    Py_DECREF(arg);
    return result;
}

/* Builds an argument tuple from a Py_BuildValue format: a result that is
   not a tuple becomes the only argument. */
static PyObject *
args_from_format(const char *format, va_list va)
{
    PyObject *args, *t;
    if (format == NULL || *format == '\0')
        return PyTuple_New(0);
    args = Py_VaBuildValue(format, va);
    if (args == NULL || PyTuple_Check(args))
        return args;
    t = PyTuple_Pack(1, args);
    Py_DECREF(args);
    return t;
}

PyObject *
PyEval_CallFunction(PyObject *obj, const char *format, ...)
{
    va_list va;
    PyObject *args, *res;

    va_start(va, format);
    args = args_from_format(format, va);
    va_end(va);
    if (args == NULL)
        return NULL;
    res = PyEval_CallObject(obj, args);
    Py_DECREF(args);
    return res;
}

PyObject *
PyEval_CallMethod(PyObject *obj, const char *methodname,
                  const char *format, ...)
{
    va_list va;
    PyObject *meth, *args, *res;

    meth = PyObject_GetAttrString(obj, methodname);
    if (meth == NULL)
        return NULL;
    va_start(va, format);
    args = args_from_format(format, va);
    va_end(va);
    if (args == NULL) {
        Py_DECREF(meth);
        return NULL;
    }
    res = PyEval_CallObject(meth, args);
    Py_DECREF(meth);
    Py_DECREF(args);
    return res;
}

/* ================================================================== */
/* Slices                                                              */

/* Stores the integer value of a slice bound in *pi.  NULL leaves *pi
   alone.  Huge values are clipped.  Returns 0 with TypeError set for
   anything else, None included: as in 2.5, callers that allow None
   (slice objects) test for it themselves, and list.index(x, 0, None)
   is a TypeError. */
int
_PyEval_SliceIndex(PyObject *v, Py_ssize_t *pi)
{
    Py_ssize_t x;

    if (v == NULL)
        return 1;
    if (PyInt_Check(v))
        x = PyInt_AsSsize_t(v);
    else if (PyIndex_Check(v)) {
        x = PyNumber_AsSsize_t(v, NULL);
        if (x == -1 && PyErr_Occurred())
            return 0;
    }
    else {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or None "
                        "or have an __index__ method");
        return 0;
    }
    *pi = x;
    return 1;
}

#define IS_SLICE_BOUND(x) \
    ((x) == NULL || PyInt_Check(x) || PyLong_Check(x) || PyIndex_Check(x))

/* Bounds of a simple slice of an exact list given by exact ints (or
   omitted): what PySequence_GetSlice/SetSlice would pass to the list,
   negative bounds counted from the end.  0 when not that case. */
static inline int
list_slice_bounds(PyObject *u, PyObject *v, PyObject *w,
                  Py_ssize_t *lo, Py_ssize_t *hi)
{
    Py_ssize_t n;

    if (!PyList_CheckExact(u) ||
        (v != NULL && !PyInt_CheckExact(v)) ||
        (w != NULL && !PyInt_CheckExact(w)))
        return 0;
    n = PyList_GET_SIZE(u);
    *lo = v == NULL ? 0 : PyInt_AS_LONG(v);
    *hi = w == NULL ? PY_SSIZE_T_MAX : PyInt_AS_LONG(w);
    if (*lo < 0)
        *lo += n;
    if (*hi < 0)
        *hi += n;
    return 1;
}

static PyObject *
apply_slice(PyObject *u, PyObject *v, PyObject *w)
{
    PySequenceMethods *sq = u->ob_type->tp_as_sequence;
    PyObject *slice, *res;
    Py_ssize_t ilo, ihi;

    if (list_slice_bounds(u, v, w, &ilo, &ihi))
        return PyList_GetSlice(u, ilo, ihi);

    if (sq != NULL && sq->sq_slice != NULL &&
        IS_SLICE_BOUND(v) && IS_SLICE_BOUND(w)) {
        Py_ssize_t lo = 0, hi = PY_SSIZE_T_MAX;
        if (!_PyEval_SliceIndex(v, &lo) || !_PyEval_SliceIndex(w, &hi))
            return NULL;
        return PySequence_GetSlice(u, lo, hi);
    }
    slice = PySlice_New(v, w, NULL);
    if (slice == NULL)
        return NULL;
    res = PyObject_GetItem(u, slice);
    Py_DECREF(slice);
    return res;
}

/* u[v:w] = x, or del u[v:w] when x is NULL */
static int
assign_slice(PyObject *u, PyObject *v, PyObject *w, PyObject *x)
{
    PySequenceMethods *sq = u->ob_type->tp_as_sequence;
    PyObject *slice;
    int res;
    Py_ssize_t ilo, ihi;

    if (list_slice_bounds(u, v, w, &ilo, &ihi))
        return PyList_SetSlice(u, ilo, ihi, x);

    if (sq != NULL && sq->sq_ass_slice != NULL &&
        IS_SLICE_BOUND(v) && IS_SLICE_BOUND(w)) {
        Py_ssize_t lo = 0, hi = PY_SSIZE_T_MAX;
        if (!_PyEval_SliceIndex(v, &lo) || !_PyEval_SliceIndex(w, &hi))
            return -1;
        if (x == NULL)
            return PySequence_DelSlice(u, lo, hi);
        return PySequence_SetSlice(u, lo, hi, x);
    }
    slice = PySlice_New(v, w, NULL);
    if (slice == NULL)
        return -1;
    if (x == NULL)
        res = PyObject_DelItem(u, slice);
    else
        res = PyObject_SetItem(u, slice, x);
    Py_DECREF(slice);
    return res;
}

/* ================================================================== */
/* Comparisons, import, class creation, exec                           */

static PyObject *
cmp_outcome(int op, PyObject *v, PyObject *w)
{
    int res;

    switch (op) {
    case PyCmp_IS:
        res = v == w;
        break;
    case PyCmp_IS_NOT:
        res = v != w;
        break;
    case PyCmp_IN:
    case PyCmp_NOT_IN:
        res = PySequence_Contains(w, v);
        if (res < 0)
            return NULL;
        if (op == PyCmp_NOT_IN)
            res = !res;
        break;
    case PyCmp_EXC_MATCH:
        res = PyErr_GivenExceptionMatches(v, w);
        break;
    default:
        if (op < Py_LT || op > Py_GE) {
            PyErr_SetString(PyExc_SystemError, "bad COMPARE_OP oparg");
            return NULL;
        }
        return PyObject_RichCompare(v, w, op);
    }
    v = res ? Py_True : Py_False;
    Py_INCREF(v);
    return v;
}

static PyObject *
import_from(PyObject *module, PyObject *name)
{
    PyObject *x = PyObject_GetAttr(module, name);
    if (x == NULL && PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Format(PyExc_ImportError, "cannot import name %.230s",
                     PyString_Check(name) ? PyString_AS_STRING(name) : "?");
    }
    return x;
}

/* from module import *: the names in __all__, else every public name
   of the module's __dict__. */
static int
import_all_from(PyObject *locals, PyObject *module)
{
    PyObject *all, *name, *value;
    int skip_private = 0, err = 0;
    Py_ssize_t pos;

    all = PyObject_GetAttrString(module, "__all__");
    if (all == NULL) {
        PyObject *dict;
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return -1;
        PyErr_Clear();
        dict = PyObject_GetAttrString(module, "__dict__");
        if (dict == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError))
                return -1;
            PyErr_SetString(PyExc_ImportError,
                "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PyMapping_Keys(dict);
        Py_DECREF(dict);
        if (all == NULL)
            return -1;
        skip_private = 1;
    }
    for (pos = 0; ; pos++) {
        name = PySequence_GetItem(all, pos);
        if (name == NULL) {
            if (PyErr_ExceptionMatches(PyExc_IndexError))
                PyErr_Clear();
            else
                err = -1;
            break;
        }
        if (skip_private && PyString_Check(name) &&
            PyString_AS_STRING(name)[0] == '_') {
            Py_DECREF(name);
            continue;
        }
        value = PyObject_GetAttr(module, name);
        if (value == NULL)
            err = -1;
        else {
            if (PyDict_CheckExact(locals))
                err = PyDict_SetItem(locals, name, value);
            else
                err = PyObject_SetItem(locals, name, value);
            Py_DECREF(value);
        }
        Py_DECREF(name);
        if (err != 0)
            break;
    }
    Py_DECREF(all);
    return err;
}

/* The class statement: pick the metaclass (__metaclass__ of the body,
   else the class of the first base, else a module-level __metaclass__,
   else classic classes) and call it with (name, bases, namespace). */
static PyObject *
build_class(PyObject *methods, PyObject *bases, PyObject *name)
{
    PyObject *meta = NULL, *result;

    if (PyDict_Check(methods))
        meta = PyDict_GetItemString(methods, "__metaclass__");
    if (meta != NULL)
        Py_INCREF(meta);
    else if (PyTuple_Check(bases) && PyTuple_GET_SIZE(bases) > 0) {
        PyObject *base = PyTuple_GET_ITEM(bases, 0);
        meta = PyObject_GetAttrString(base, "__class__");
        if (meta == NULL) {
            PyErr_Clear();
            meta = (PyObject *)base->ob_type;
            Py_INCREF(meta);
        }
    }
    else {
        PyObject *g = PyEval_GetGlobals();
        if (g != NULL && PyDict_Check(g))
            meta = PyDict_GetItemString(g, "__metaclass__");
        if (meta == NULL)
            meta = (PyObject *)&PyClass_Type;
        Py_INCREF(meta);
    }
    result = PyObject_CallFunctionObjArgs(meta, name, bases, methods, NULL);
    Py_DECREF(meta);
    if (result == NULL && PyErr_ExceptionMatches(PyExc_TypeError)) {
        /* Most often a base that is not a class (a module, say): say
           where the error came from. */
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        if (v != NULL && PyString_Check(v)) {
            PyObject *msg = PyString_FromFormat(
                "Error when calling the metaclass bases\n    %s",
                PyString_AS_STRING(v));
            if (msg != NULL) {
                Py_DECREF(v);
                v = msg;
            }
        }
        PyErr_Restore(t, v, tb);
    }
    return result;
}

/* exec prog [in globals [, locals]] */
static int
exec_statement(PyFrameObject *f, PyObject *prog, PyObject *globals,
               PyObject *locals)
{
    int plain = 0;
    PyObject *v;

    /* exec (code, globals[, locals]) is the same as exec code in ... */
    if (PyTuple_Check(prog) && globals == Py_None && locals == Py_None) {
        Py_ssize_t n = PyTuple_GET_SIZE(prog);
        if (n == 2 || n == 3) {
            globals = PyTuple_GET_ITEM(prog, 1);
            if (n == 3)
                locals = PyTuple_GET_ITEM(prog, 2);
            prog = PyTuple_GET_ITEM(prog, 0);
        }
    }
    if (globals == Py_None) {
        globals = PyEval_GetGlobals();
        if (locals == Py_None) {
            locals = PyEval_GetLocals();
            plain = 1;
        }
        if (globals == NULL || locals == NULL) {
            PyErr_SetString(PyExc_SystemError,
                            "globals and locals cannot be NULL");
            return -1;
        }
    }
    else if (locals == Py_None)
        locals = globals;
    if (!PyString_Check(prog) && !PyUnicode_Check(prog) &&
        !PyCode_Check(prog) && !PyFile_Check(prog)) {
        PyErr_SetString(PyExc_TypeError,
                        "exec: arg 1 must be a string, file, or code object");
        return -1;
    }
    if (!PyDict_Check(globals)) {
        PyErr_SetString(PyExc_TypeError,
                        "exec: arg 2 must be a dictionary or None");
        return -1;
    }
    if (!PyMapping_Check(locals)) {
        PyErr_SetString(PyExc_TypeError,
                        "exec: arg 3 must be a mapping or None");
        return -1;
    }
    if (PyDict_GetItemString(globals, "__builtins__") == NULL &&
        PyDict_SetItemString(globals, "__builtins__", f->f_builtins) < 0)
        return -1;

    if (PyCode_Check(prog)) {
        if (PyCode_GetNumFree((PyCodeObject *)prog) > 0) {
            PyErr_SetString(PyExc_TypeError,
                "code object passed to exec may not contain free variables");
            return -1;
        }
        v = PyEval_EvalCode((PyCodeObject *)prog, globals, locals);
    }
    else if (PyFile_Check(prog)) {
        FILE *fp = PyFile_AsFile(prog);
        PyObject *fname = PyFile_Name(prog);
        PyCompilerFlags cf;
        cf.cf_flags = 0;
        if (fp == NULL || fname == NULL || !PyString_Check(fname)) {
            PyErr_SetString(PyExc_ValueError, "I/O operation on closed file");
            return -1;
        }
        PyEval_MergeCompilerFlags(&cf);
        v = PyRun_FileExFlags(fp, PyString_AS_STRING(fname), Py_file_input,
                              globals, locals, 0, &cf);
    }
    else {
        PyObject *utf8 = NULL;
        char *source;
        PyCompilerFlags cf;
        cf.cf_flags = 0;
        if (PyUnicode_Check(prog)) {
            utf8 = PyUnicode_AsUTF8String(prog);
            if (utf8 == NULL)
                return -1;
            prog = utf8;
            cf.cf_flags |= PyCF_SOURCE_IS_UTF8;
        }
        if (PyString_AsStringAndSize(prog, &source, NULL) < 0) {
            Py_XDECREF(utf8);
            return -1;
        }
        PyEval_MergeCompilerFlags(&cf);
        v = PyRun_StringFlags(source, Py_file_input, globals, locals, &cf);
        Py_XDECREF(utf8);
    }
    if (plain)
        PyFrame_LocalsToFast(f, 0);
    if (v == NULL)
        return -1;
    Py_DECREF(v);
    return 0;
}
