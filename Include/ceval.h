#ifndef Py_CEVAL_H
#define Py_CEVAL_H
#ifdef __cplusplus
extern "C" {
#endif

/* The bytecode interpreter (Python/ceval.c) and its services: calling
   objects from C, the recursion guard, the interpreter lock, pending
   calls and the sandbox CPU/time limit check. */

PyAPI_FUNC(PyObject *) PyEval_CallObjectWithKeywords(PyObject *, PyObject *, PyObject *);
#define PyEval_CallObject(func, arg) \
    PyEval_CallObjectWithKeywords(func, arg, (PyObject *)NULL)

PyAPI_FUNC(PyObject *) PyEval_CallFunction(PyObject *obj, const char *format, ...);
PyAPI_FUNC(PyObject *) PyEval_CallMethod(PyObject *obj, const char *methodname,
                                         const char *format, ...);

PyAPI_FUNC(void) PyEval_SetProfile(Py_tracefunc, PyObject *);
PyAPI_FUNC(void) PyEval_SetTrace(Py_tracefunc, PyObject *);

struct _frame;   /* Include/frameobject.h */

PyAPI_FUNC(PyObject *) PyEval_GetBuiltins(void);
PyAPI_FUNC(PyObject *) PyEval_GetGlobals(void);
PyAPI_FUNC(PyObject *) PyEval_GetLocals(void);
PyAPI_FUNC(struct _frame *) PyEval_GetFrame(void);
PyAPI_FUNC(int) PyEval_GetRestricted(void);

/* Ors the future-feature flags of the running code into *cf; returns
   true if any flag is set. */
PyAPI_FUNC(int) PyEval_MergeCompilerFlags(PyCompilerFlags *cf);

PyAPI_FUNC(int) Py_FlushLine(void);

PyAPI_FUNC(int) Py_AddPendingCall(int (*func)(void *), void *arg);
PyAPI_FUNC(int) Py_MakePendingCalls(void);

/* Recursion limit of the current interpreter. */
PyAPI_FUNC(void) Py_SetRecursionLimit(int);
PyAPI_FUNC(int) Py_GetRecursionLimit(void);

/* Raises RuntimeError("maximum recursion depth exceeded" + where) and
   returns -1 when the depth counter passes the limit or the C stack of
   the thread is nearly exhausted. */
PyAPI_FUNC(int) _Py_CheckRecursiveCall(char *where);
PyAPI_DATA(int) _Py_CheckRecursionLimit;

#define Py_EnterRecursiveCall(where) \
    ((++(PyThreadState_GET()->recursion_depth) > _Py_CheckRecursionLimit || \
      _Py_StackNearlyExhausted()) && \
     _Py_CheckRecursiveCall(where))
#define Py_LeaveRecursiveCall() \
    ((void)(--(PyThreadState_GET()->recursion_depth)))

/* C-stack guard: lowest address the running thread may use before
   recursion is refused (NULL until the thread first runs Python code;
   _Py_InitStackLimit() sets it from the thread's stack bounds). */
PyAPI_DATA(__thread char *) _Py_StackLimit;
PyAPI_FUNC(void) _Py_InitStackLimit(void);
#define _Py_StackNearlyExhausted() \
    ((char *)__builtin_frame_address(0) < _Py_StackLimit)

/* Private (not 2.5 API): calls the Python function func (a
   PyFunctionObject) with n positional arguments from a C array (borrowed),
   as calling it with a tuple of them would, but without the tuple.
   Used by typeobject.c's special-method slots. */
PyAPI_FUNC(PyObject *) _PyFunction_CallArgs(PyObject *func, PyObject **args,
                                            int n);

PyAPI_FUNC(char *) PyEval_GetFuncName(PyObject *);
PyAPI_FUNC(char *) PyEval_GetFuncDesc(PyObject *);

PyAPI_FUNC(PyObject *) PyEval_GetCallStats(PyObject *);
PyAPI_FUNC(PyObject *) PyEval_EvalFrame(struct _frame *);
PyAPI_FUNC(PyObject *) PyEval_EvalFrameEx(struct _frame *f, int throwflag);

/* Sandbox limits: checks the tick budget and deadline of the current
   interpreter.  Returns 0 if it may go on; else sets limit_state, raises
   RuntimeError and returns -1 (and keeps raising on every later call).
   Long-running C built-ins should call it now and then. */
PyAPI_FUNC(int) _PyEval_CheckLimits(void);
/* Charges n ticks to the budget of the current interpreter and checks. */
PyAPI_FUNC(int) _PyEval_ChargeTicks(long n);
/* Loops that run in C over an iterator never enter the eval loop (sum of
   an xrange, any() of itertools.repeat, an ifilter skipping forever):
   PyIter_Next and the iterators over huge or endless sources charge the
   budget of one tick per item themselves, checking every
   _Py_ITER_CHARGE_EVERY items.  Returns -1 with an exception set once a
   limit is hit. */
#define _Py_ITER_CHARGE_EVERY 1024
PyAPI_DATA(int) _Py_IterCountdown;
static inline int
_Py_ChargeIteration(void)
{
    if (--_Py_IterCountdown > 0)
        return 0;
    _Py_IterCountdown = _Py_ITER_CHARGE_EVERY;
    return _PyEval_ChargeTicks(_Py_ITER_CHARGE_EVERY);
}
/* Monotonic clock in seconds (the unit of PyInterpreterStateEx.deadline). */
PyAPI_FUNC(double) _PyEval_MonotonicTime(void);

/* Interpreter lock */
PyAPI_FUNC(PyThreadState *) PyEval_SaveThread(void);
PyAPI_FUNC(void) PyEval_RestoreThread(PyThreadState *);

PyAPI_FUNC(int) PyEval_ThreadsInitialized(void);
PyAPI_FUNC(void) PyEval_InitThreads(void);
PyAPI_FUNC(void) PyEval_AcquireLock(void);
PyAPI_FUNC(void) PyEval_ReleaseLock(void);
PyAPI_FUNC(void) PyEval_AcquireThread(PyThreadState *tstate);
PyAPI_FUNC(void) PyEval_ReleaseThread(PyThreadState *tstate);
PyAPI_FUNC(void) PyEval_ReInitThreads(void);

#define Py_BEGIN_ALLOW_THREADS { \
                        PyThreadState *_save; \
                        _save = PyEval_SaveThread();
#define Py_BLOCK_THREADS        PyEval_RestoreThread(_save);
#define Py_UNBLOCK_THREADS      _save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS    PyEval_RestoreThread(_save); \
                 }

PyAPI_FUNC(int) _PyEval_SliceIndex(PyObject *, Py_ssize_t *);

/* Instructions between thread switches / pending-call checks. */
PyAPI_DATA(int) _Py_CheckInterval;
PyAPI_DATA(volatile int) _Py_Ticker;

#ifdef __cplusplus
}
#endif
#endif /* !Py_CEVAL_H */
