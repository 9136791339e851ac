/* Interpreter and thread states.

   An interpreter record is a PyInterpreterStateEx: the 2.5 public part
   followed by everything else the interpreter owns (memory account,
   limits, sandbox table, collector lists, registries).  Records are
   process-level bookkeeping and are allocated with the uncharged raw
   allocator; everything Python-visible they point to is charged to the
   interpreter's own account.

   Switching the current thread state also switches the memory account,
   so allocations made while an interpreter runs are charged to it. */

#include "Python.h"
#include <pthread.h>

PyThreadState *_PyThreadState_Current = NULL;
PyThreadFrameGetter _PyThreadState_GetFrame = NULL;

static PyInterpreterState *interp_head = NULL;

/* The interpreter PyGILState_Ensure attaches new C threads to (the first
   one created, i.e. the main interpreter), and each thread's own state
   in it. */
static PyInterpreterState *autoInterpreterState = NULL;
static __thread PyThreadState *autoTState = NULL;

#define DEFAULT_RECURSION_LIMIT 1000

PyInterpreterState *
PyInterpreterState_New(void)
{
    PyInterpreterStateEx *ex;
    PyInterpreterState *interp;

    ex = (PyInterpreterStateEx *)PyMem_RawMalloc(sizeof(PyInterpreterStateEx));
    if (ex == NULL)
        return NULL;
    memset(ex, 0, sizeof(*ex));
    ex->account = _PyMem_AccountNew(0);
    if (ex->account == NULL) {
        PyMem_RawFree(ex);
        return NULL;
    }
    ex->recursion_limit = DEFAULT_RECURSION_LIMIT;
    ex->ticks_left = -1;
    ex->limit_state = PyInterp_RUNNING;

    interp = &ex->is;
#ifdef HAVE_DLOPEN
    interp->dlopenflags = 0x2 /* RTLD_NOW */;
#endif
    interp->next = interp_head;
    interp_head = interp;
    if (autoInterpreterState == NULL)
        autoInterpreterState = interp;
    return interp;
}

/* Drop every object the interpreter holds.  Runs with the interpreter's
   own account current so that whatever the finalizers allocate is
   charged where it belongs. */
void
PyInterpreterState_Clear(PyInterpreterState *interp)
{
    PyInterpreterStateEx *ex = _PyInterpreterState_EX(interp);
    PyThreadState *p;
    PyMemAccount *saved = _PyMem_SetCurrentAccount(ex->account);

    for (p = interp->tstate_head; p != NULL; p = p->next)
        PyThreadState_Clear(p);
    Py_CLEAR(interp->codec_search_path);
    Py_CLEAR(interp->codec_search_cache);
    Py_CLEAR(interp->codec_error_registry);
    Py_CLEAR(interp->modules);
    Py_CLEAR(interp->modules_reloading);
    Py_CLEAR(interp->sysdict);
    Py_CLEAR(interp->builtins);
    Py_CLEAR(ex->warnings_registry);
    Py_CLEAR(ex->copyreg_tables);
    Py_CLEAR(ex->import_state);
    Py_CLEAR(ex->exitfunc);
    Py_CLEAR(ex->main_thread_frame_stop);
    Py_CLEAR(ex->memory_error);
    _PyMem_SetCurrentAccount(saved);
}

static void
zap_threads(PyInterpreterState *interp)
{
    PyThreadState *p;
    while ((p = interp->tstate_head) != NULL)
        PyThreadState_Delete(p);
}

void
PyInterpreterState_Delete(PyInterpreterState *interp)
{
    PyInterpreterStateEx *ex = _PyInterpreterState_EX(interp);
    PyInterpreterState **p;

    zap_threads(interp);
    for (p = &interp_head; *p != NULL; p = &(*p)->next) {
        if (*p == interp) {
            *p = interp->next;
            break;
        }
    }
    if (autoInterpreterState == interp)
        autoInterpreterState = NULL;
    _PyMem_AccountRelease(ex->account);
    PyMem_RawFree(ex);
}

PyThreadState *
PyThreadState_New(PyInterpreterState *interp)
{
    PyThreadState *t = (PyThreadState *)PyMem_RawMalloc(sizeof(PyThreadState));
    if (t == NULL)
        return NULL;
    memset(t, 0, sizeof(*t));
    t->interp = interp;
    t->gilstate_counter = 1;
    t->thread_id = (long)pthread_self();
    t->next = interp->tstate_head;
    interp->tstate_head = t;
    if (interp == autoInterpreterState && autoTState == NULL)
        autoTState = t;
    return t;
}

void
PyThreadState_Clear(PyThreadState *t)
{
    Py_CLEAR(t->frame);
    Py_CLEAR(t->dict);
    Py_CLEAR(t->async_exc);
    Py_CLEAR(t->curexc_type);
    Py_CLEAR(t->curexc_value);
    Py_CLEAR(t->curexc_traceback);
    Py_CLEAR(t->exc_type);
    Py_CLEAR(t->exc_value);
    Py_CLEAR(t->exc_traceback);
    t->c_profilefunc = NULL;
    t->c_tracefunc = NULL;
    Py_CLEAR(t->c_profileobj);
    Py_CLEAR(t->c_traceobj);
}

static void
unlink_tstate(PyThreadState *t)
{
    PyThreadState **p;
    for (p = &t->interp->tstate_head; *p != NULL; p = &(*p)->next) {
        if (*p == t) {
            *p = t->next;
            break;
        }
    }
    if (autoTState == t)
        autoTState = NULL;
}

void
PyThreadState_Delete(PyThreadState *t)
{
    if (t == _PyThreadState_Current)
        Py_FatalError("PyThreadState_Delete: tstate is still current");
    unlink_tstate(t);
    PyMem_RawFree(t);
}

void
PyThreadState_DeleteCurrent(void)
{
    PyThreadState *t = _PyThreadState_Current;
    if (t == NULL)
        Py_FatalError("PyThreadState_DeleteCurrent: no current tstate");
    _PyThreadState_Current = NULL;
    _PyMem_SetCurrentAccount(NULL);
    unlink_tstate(t);
    PyMem_RawFree(t);
    PyEval_ReleaseLock();
}

PyThreadState *
PyThreadState_Get(void)
{
    if (_PyThreadState_Current == NULL)
        Py_FatalError("PyThreadState_Get: no current thread");
    return _PyThreadState_Current;
}

PyThreadState *
PyThreadState_Swap(PyThreadState *newts)
{
    PyThreadState *old = _PyThreadState_Current;
    _PyThreadState_Current = newts;
    _PyMem_SetCurrentAccount(newts ? _PyInterpreterState_EX(newts->interp)->account : NULL);
    return old;
}

PyObject *
PyThreadState_GetDict(void)
{
    PyThreadState *t = _PyThreadState_Current;
    if (t == NULL)
        return NULL;
    if (t->dict == NULL) {
        t->dict = PyDict_New();
        if (t->dict == NULL)
            PyErr_Clear();
    }
    return t->dict;
}

/* Raise `exc` asynchronously in the thread `id` of the current
   interpreter only: a sandbox cannot reach threads of another. */
int
PyThreadState_SetAsyncExc(long id, PyObject *exc)
{
    PyInterpreterState *interp = PyThreadState_GET()->interp;
    PyThreadState *p;
    int count = 0;
    for (p = interp->tstate_head; p != NULL; p = p->next) {
        if (p->thread_id != id)
            continue;
        Py_CLEAR(p->async_exc);
        Py_XINCREF(exc);
        p->async_exc = exc;
        count++;
    }
    return count;
}

int
_PyInterpreterState_IsSandboxed(void)
{
    PyThreadState *t = _PyThreadState_Current;
    return t != NULL && _PyInterpreterState_EX(t->interp)->sandbox != NULL;
}

PyInterpreterState *
PyInterpreterState_Head(void)
{
    return interp_head;
}

PyInterpreterState *
PyInterpreterState_Next(PyInterpreterState *interp)
{
    return interp->next;
}

PyThreadState *
PyInterpreterState_ThreadHead(PyInterpreterState *interp)
{
    return interp->tstate_head;
}

PyThreadState *
PyThreadState_Next(PyThreadState *t)
{
    return t->next;
}

/* Frames of the current interpreter's threads only. */
PyObject *
_PyThread_CurrentFrames(void)
{
    PyObject *result = PyDict_New();
    PyThreadState *t;
    if (result == NULL)
        return NULL;
    for (t = PyThreadState_GET()->interp->tstate_head; t != NULL; t = t->next) {
        PyObject *id;
        int err;
        if (t->frame == NULL)
            continue;
        id = PyInt_FromLong(t->thread_id);
        if (id == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        err = PyDict_SetItem(result, id, (PyObject *)t->frame);
        Py_DECREF(id);
        if (err < 0) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* ------------------------------------------------------------------ */
/* PyGILState: lets C threads that Python did not create call into the
   main interpreter. */

PyThreadState *
PyGILState_GetThisThreadState(void)
{
    return autoTState;
}

PyGILState_STATE
PyGILState_Ensure(void)
{
    PyThreadState *t = autoTState;
    int current;

    if (t == NULL) {
        if (autoInterpreterState == NULL)
            Py_FatalError("PyGILState_Ensure: no interpreter");
        t = PyThreadState_New(autoInterpreterState);
        if (t == NULL)
            Py_FatalError("PyGILState_Ensure: out of memory");
        autoTState = t;
        t->gilstate_counter = 0;
        current = 0;
    }
    else
        current = (t == _PyThreadState_Current);
    if (!current)
        PyEval_RestoreThread(t);
    t->gilstate_counter++;
    return current ? PyGILState_LOCKED : PyGILState_UNLOCKED;
}

void
PyGILState_Release(PyGILState_STATE oldstate)
{
    PyThreadState *t = autoTState;
    if (t == NULL)
        Py_FatalError("PyGILState_Release: no thread state for this thread");
    if (t != _PyThreadState_Current)
        Py_FatalError("PyGILState_Release: thread state is not current");
    t->gilstate_counter--;
    if (t->gilstate_counter == 0) {
        /* The thread was created for this call: dispose of it. */
        PyThreadState_Clear(t);
        PyThreadState_DeleteCurrent();
    }
    else if (oldstate == PyGILState_UNLOCKED)
        PyEval_SaveThread();
}
