/* The signal module, and the C-level signal plumbing of the interpreter.

   The C handler only records that a signal arrived; the Python handler
   runs later in the main thread, from _PySignal_CheckPending() (called by
   the eval loop through PyErr_CheckSignals).  Handlers belong to the
   process: only the main thread may set them. */

#include "Python.h"
#include "pythread.h"

#include <signal.h>
#include <unistd.h>

#ifndef NSIG
#define NSIG 65
#endif

/* Set from the C handler; read by the eval loop. */
volatile int _PySignal_Pending = 0;

static volatile sig_atomic_t tripped[NSIG];
/* Python-level handlers (a callable, or the ints SIG_DFL/SIG_IGN, or
   None for a handler not installed from Python). */
static PyObject *handlers[NSIG];
static PyObject *default_handler = NULL;   /* the int 0, immutable */
static PyObject *ignore_handler = NULL;    /* the int 1, immutable */
static PyObject *int_handler = NULL;       /* default_int_handler */
static long main_thread = 0;
static pid_t main_pid = 0;
static int signals_ready = 0;

static void
c_signal_handler(int sig)
{
    int saved = errno;
    if (getpid() == main_pid && sig > 0 && sig < NSIG) {
        tripped[sig] = 1;
        _PySignal_Pending = 1;
    }
    errno = saved;
}

int
_PySignal_CheckPending(void)
{
    int i;
    PyObject *frame;

    if (!_PySignal_Pending)
        return 0;
    if (PyThread_get_thread_ident() != main_thread)
        return 0;
    _PySignal_Pending = 0;
    frame = (PyObject *)PyEval_GetFrame();
    if (frame == NULL)
        frame = Py_None;
    for (i = 1; i < NSIG; i++) {
        PyObject *handler, *args, *result;
        if (!tripped[i])
            continue;
        tripped[i] = 0;
        handler = handlers[i];
        if (handler == NULL || !PyCallable_Check(handler))
            continue;
        args = Py_BuildValue("(iO)", i, frame);
        if (args == NULL)
            return -1;
        Py_INCREF(handler);
        result = PyEval_CallObject(handler, args);
        Py_DECREF(handler);
        Py_DECREF(args);
        if (result == NULL) {
            /* leave the others for the next check */
            int j;
            for (j = i + 1; j < NSIG; j++)
                if (tripped[j])
                    _PySignal_Pending = 1;
            return -1;
        }
        Py_DECREF(result);
    }
    return 0;
}

void
PyErr_SetInterrupt(void)
{
    tripped[SIGINT] = 1;
    _PySignal_Pending = 1;
}

int
PyOS_InterruptOccurred(void)
{
    if (tripped[SIGINT]) {
        if (PyThread_get_thread_ident() != main_thread)
            return 0;
        tripped[SIGINT] = 0;
        return 1;
    }
    return 0;
}

void
PyOS_AfterFork(void)
{
    PyEval_ReInitThreads();
    main_thread = PyThread_get_thread_ident();
    main_pid = getpid();
    _PyImport_ReInitLock();
}

/* ---- module functions ---- */

static PyObject *
signal_default_int_handler(PyObject *self, PyObject *args)
{
    PyErr_SetNone(PyExc_KeyboardInterrupt);
    return NULL;
}

static PyObject *
signal_alarm(PyObject *self, PyObject *args)
{
    int t;
    if (!PyArg_ParseTuple(args, "i:alarm", &t))
        return NULL;
    return PyInt_FromLong((long)alarm((unsigned int)t));
}

static PyObject *
signal_pause(PyObject *self, PyObject *noargs)
{
    Py_BEGIN_ALLOW_THREADS
    (void)pause();
    Py_END_ALLOW_THREADS
    if (PyErr_CheckSignals() < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
signal_signal(PyObject *self, PyObject *args)
{
    PyObject *obj, *old;
    int sig;
    void (*func)(int);

    if (!PyArg_ParseTuple(args, "iO:signal", &sig, &obj))
        return NULL;
    if (PyThread_get_thread_ident() != main_thread) {
        PyErr_SetString(PyExc_ValueError,
                        "signal only works in main thread");
        return NULL;
    }
    if (sig < 1 || sig >= NSIG) {
        PyErr_SetString(PyExc_ValueError, "signal number out of range");
        return NULL;
    }
    if (obj == ignore_handler || (PyInt_Check(obj) && PyInt_AsLong(obj) == 1))
        func = SIG_IGN;
    else if (obj == default_handler ||
             (PyInt_Check(obj) && PyInt_AsLong(obj) == 0))
        func = SIG_DFL;
    else if (!PyCallable_Check(obj)) {
        PyErr_SetString(PyExc_TypeError,
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return NULL;
    }
    else
        func = c_signal_handler;
    if (PyOS_setsig(sig, func) == SIG_ERR) {
        PyErr_SetFromErrno(PyExc_RuntimeError);
        return NULL;
    }
    old = handlers[sig];
    tripped[sig] = 0;
    Py_INCREF(obj);
    handlers[sig] = obj;
    if (old == NULL) {
        Py_INCREF(Py_None);
        old = Py_None;
    }
    return old;
}

static PyObject *
signal_getsignal(PyObject *self, PyObject *args)
{
    int sig;
    PyObject *old;
    if (!PyArg_ParseTuple(args, "i:getsignal", &sig))
        return NULL;
    if (sig < 1 || sig >= NSIG) {
        PyErr_SetString(PyExc_ValueError, "signal number out of range");
        return NULL;
    }
    old = handlers[sig];
    if (old == NULL)
        old = Py_None;
    Py_INCREF(old);
    return old;
}

static PyMethodDef signal_methods[] = {
    {"alarm", signal_alarm, METH_VARARGS,
     "alarm(seconds)\n\nArrange for SIGALRM to arrive after the given number of seconds."},
    {"signal", signal_signal, METH_VARARGS,
     "signal(sig, action) -> action\n\nSet the action for the given signal.  The action can be SIG_DFL,\nSIG_IGN, or a callable Python object.  The previous action is\nreturned.  See getsignal() for possible return values.\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame."},
    {"getsignal", signal_getsignal, METH_VARARGS,
     "getsignal(sig) -> action\n\nReturn the current action for the given signal.  The return value can be:\nSIG_IGN -- if the signal is being ignored\nSIG_DFL -- if the default action for the signal is in effect\nNone -- if an unknown handler is in effect\nanything else -- the callable Python object used as a handler"},
    {"pause", signal_pause, METH_NOARGS,
     "pause()\n\nWait until a signal arrives."},
    {"default_int_handler", signal_default_int_handler, METH_VARARGS,
     "default_int_handler(...)\n\nThe default handler for SIGINT installed by Python.\nIt raises KeyboardInterrupt."},
    {NULL, NULL}
};

static const struct {
    const char *name;
    int value;
} signal_names[] = {
#ifdef SIGHUP
    {"SIGHUP", SIGHUP},
#endif
#ifdef SIGINT
    {"SIGINT", SIGINT},
#endif
#ifdef SIGQUIT
    {"SIGQUIT", SIGQUIT},
#endif
#ifdef SIGILL
    {"SIGILL", SIGILL},
#endif
#ifdef SIGTRAP
    {"SIGTRAP", SIGTRAP},
#endif
#ifdef SIGIOT
    {"SIGIOT", SIGIOT},
#endif
#ifdef SIGABRT
    {"SIGABRT", SIGABRT},
#endif
#ifdef SIGFPE
    {"SIGFPE", SIGFPE},
#endif
#ifdef SIGKILL
    {"SIGKILL", SIGKILL},
#endif
#ifdef SIGBUS
    {"SIGBUS", SIGBUS},
#endif
#ifdef SIGSEGV
    {"SIGSEGV", SIGSEGV},
#endif
#ifdef SIGSYS
    {"SIGSYS", SIGSYS},
#endif
#ifdef SIGPIPE
    {"SIGPIPE", SIGPIPE},
#endif
#ifdef SIGALRM
    {"SIGALRM", SIGALRM},
#endif
#ifdef SIGTERM
    {"SIGTERM", SIGTERM},
#endif
#ifdef SIGUSR1
    {"SIGUSR1", SIGUSR1},
#endif
#ifdef SIGUSR2
    {"SIGUSR2", SIGUSR2},
#endif
#ifdef SIGCLD
    {"SIGCLD", SIGCLD},
#endif
#ifdef SIGCHLD
    {"SIGCHLD", SIGCHLD},
#endif
#ifdef SIGPWR
    {"SIGPWR", SIGPWR},
#endif
#ifdef SIGIO
    {"SIGIO", SIGIO},
#endif
#ifdef SIGURG
    {"SIGURG", SIGURG},
#endif
#ifdef SIGWINCH
    {"SIGWINCH", SIGWINCH},
#endif
#ifdef SIGPOLL
    {"SIGPOLL", SIGPOLL},
#endif
#ifdef SIGSTOP
    {"SIGSTOP", SIGSTOP},
#endif
#ifdef SIGTSTP
    {"SIGTSTP", SIGTSTP},
#endif
#ifdef SIGCONT
    {"SIGCONT", SIGCONT},
#endif
#ifdef SIGTTIN
    {"SIGTTIN", SIGTTIN},
#endif
#ifdef SIGTTOU
    {"SIGTTOU", SIGTTOU},
#endif
#ifdef SIGVTALRM
    {"SIGVTALRM", SIGVTALRM},
#endif
#ifdef SIGPROF
    {"SIGPROF", SIGPROF},
#endif
#ifdef SIGXCPU
    {"SIGXCPU", SIGXCPU},
#endif
#ifdef SIGXFSZ
    {"SIGXFSZ", SIGXFSZ},
#endif
#ifdef SIGRTMIN
    {"SIGRTMIN", 0},
#endif
#ifdef SIGRTMAX
    {"SIGRTMAX", 0},
#endif
    {NULL, 0}
};

/* One-time process set-up: the handler table from the current
   dispositions, and Python's SIGINT handler. */
static int
setup_handlers(PyObject *d)
{
    int i;
    if (signals_ready)
        return 0;
    default_handler = PyInt_FromLong((long)SIG_DFL);
    ignore_handler = PyInt_FromLong((long)SIG_IGN);
    int_handler = PyDict_GetItemString(d, "default_int_handler");
    if (default_handler == NULL || ignore_handler == NULL || int_handler == NULL)
        return -1;
    Py_INCREF(int_handler);
    main_thread = PyThread_get_thread_ident();
    main_pid = getpid();
    for (i = 1; i < NSIG; i++) {
        void (*t)(int) = PyOS_getsig(i);
        tripped[i] = 0;
        if (t == SIG_DFL)
            handlers[i] = default_handler;
        else if (t == SIG_IGN)
            handlers[i] = ignore_handler;
        else
            handlers[i] = Py_None;
        Py_INCREF(handlers[i]);
    }
    if (handlers[SIGINT] == default_handler) {
        Py_DECREF(handlers[SIGINT]);
        Py_INCREF(int_handler);
        handlers[SIGINT] = int_handler;
        PyOS_setsig(SIGINT, c_signal_handler);
    }
    signals_ready = 1;
    return 0;
}

void
initsignal(void)
{
    PyObject *m, *d;
    int i;

    m = Py_InitModule3("signal", signal_methods,
        "This module provides mechanisms to use signal handlers in Python.\n\n"
        "Functions:\n\n"
        "alarm() -- cause SIGALRM after a specified time [Unix only]\n"
        "signal() -- set the action for a given signal\n"
        "getsignal() -- get the signal action for a given signal\n"
        "pause() -- wait until a signal arrives [Unix only]\n"
        "default_int_handler() -- default SIGINT handler\n\n"
        "Constants:\n\n"
        "SIG_DFL -- used to refer to the system default handler\n"
        "SIG_IGN -- used to ignore the signal\n"
        "NSIG -- number of defined signals\n\n"
        "SIGINT, SIGTERM, etc. -- signal numbers\n\n"
        "*** IMPORTANT NOTICE ***\n"
        "A signal handler function is called with two arguments:\n"
        "the first is the signal number, the second is the interrupted stack frame.");
    if (m == NULL)
        return;
    d = PyModule_GetDict(m);
    if (setup_handlers(d) < 0)
        return;
    PyDict_SetItemString(d, "SIG_DFL", default_handler);
    PyDict_SetItemString(d, "SIG_IGN", ignore_handler);
    PyModule_AddIntConstant(m, "NSIG", (long)NSIG);
    for (i = 0; signal_names[i].name != NULL; i++) {
        long v = signal_names[i].value;
#ifdef SIGRTMIN
        if (strcmp(signal_names[i].name, "SIGRTMIN") == 0)
            v = SIGRTMIN;
#endif
#ifdef SIGRTMAX
        if (strcmp(signal_names[i].name, "SIGRTMAX") == 0)
            v = SIGRTMAX;
#endif
        PyModule_AddIntConstant(m, signal_names[i].name, v);
    }
}

void
PyOS_InitInterrupts(void)
{
    initsignal();
    if (!PyErr_Occurred())
        _PyImport_FixupExtension("signal", "signal");
}

void
PyOS_FiniInterrupts(void)
{
    int i;
    if (!signals_ready)
        return;
    for (i = 1; i < NSIG; i++) {
        PyObject *h = handlers[i];
        tripped[i] = 0;
        handlers[i] = NULL;
        if (i != SIGKILL && i != SIGSTOP && h != NULL &&
            h != Py_None && h != default_handler && h != ignore_handler)
            PyOS_setsig(i, SIG_DFL);
        Py_XDECREF(h);
    }
    Py_CLEAR(int_handler);
    Py_CLEAR(default_handler);
    Py_CLEAR(ignore_handler);
    signals_ready = 0;
}
