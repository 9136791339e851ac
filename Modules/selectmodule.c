/* The select module: select() and poll objects with Python 2.5's API.

   Both are built on poll(2), so there is no FD_SETSIZE ceiling.

   In a sandbox only sockets may be waited on (objects of the _socket
   type, or Lib/socket.py wrappers of them): an integer or another
   object's fileno() could name a descriptor of the host and reveal its
   activity.  Waits are sliced (at most 50 ms) with the interpreter's
   limits checked between slices, so select() with no timeout cannot
   outlive the sandbox's deadline.

   select.error is made per interpreter; module functions receive it
   through their `self` (a 1-tuple). */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "sandbox.h"

#include <errno.h>
#include <math.h>
#include <poll.h>

/* Modules/socketmodule.c: the descriptor of a socket object (or of a
   socket.py wrapper's _sock): 1 and *fd set; 0: not a socket; -1: error. */
extern int _PySocket_GetFd(PyObject *o, int *fd);

#define SANDBOX_SLICE_MS 50
#define SELECT_ERROR(errs) PyTuple_GET_ITEM((errs), 0)

static PyObject *
raise_code(PyObject *errs, int code)
{
    errno = code;
    return PyErr_SetFromErrno(SELECT_ERROR(errs));
}

/* The descriptor to wait on for `o`.  -1 with an exception set. */
static int
object_fd(PyObject *errs, PyObject *o)
{
    int fd, r;
    if (!_PyInterpreterState_IsSandboxed())
        return PyObject_AsFileDescriptor(o);
    r = _PySocket_GetFd(o, &fd);
    if (r < 0)
        return -1;
    if (r == 0) {
        PyObject *v = Py_BuildValue("(is)", EACCES, "Permission denied (sandbox)");
        if (v != NULL) {
            PyErr_SetObject(SELECT_ERROR(errs), v);
            Py_DECREF(v);
        }
        return -1;
    }
    if (fd < 0) {
        raise_code(errs, EBADF);
        return -1;
    }
    return fd;
}

/* poll() the descriptors for up to `timeout` seconds (< 0: no limit).
   Returns the number ready (0: timed out), or -1 with an exception set.
   The GIL is released while waiting; a sandbox waits in slices. */
static int
wait_fds(PyObject *errs, struct pollfd *fds, Py_ssize_t n, double timeout)
{
    int restricted = _PyInterpreterState_IsSandboxed();
    double deadline = timeout >= 0 ? _PyEval_MonotonicTime() + timeout : -1.0;
    for (;;) {
        int r, err, ms = -1;
        if (deadline >= 0) {
            double left = deadline - _PyEval_MonotonicTime();
            if (left < 0)
                left = 0;
            ms = left > 1e6 ? 1000000000 : (int)ceil(left * 1000.0);
        }
        if (restricted && (ms < 0 || ms > SANDBOX_SLICE_MS))
            ms = SANDBOX_SLICE_MS;
        Py_BEGIN_ALLOW_THREADS
        r = poll(fds, (nfds_t)n, ms);
        err = errno;
        Py_END_ALLOW_THREADS
        if (r > 0)
            return r;
        if (r < 0) {
            raise_code(errs, err);   /* EINTR: a signal handler's exception wins */
            return -1;
        }
        if (deadline >= 0 && _PyEval_MonotonicTime() >= deadline)
            return 0;
        if (restricted && _PyEval_CheckLimits() < 0)
            return -1;
    }
}

/* ------------------------------------------------------------------ */
/* select.select */

static const short select_events[3] = {POLLIN, POLLOUT, POLLPRI};
static const short select_ready[3] = {
    POLLIN | POLLHUP | POLLERR,     /* what select() counts as readable */
    POLLOUT | POLLERR,              /* ... as writable */
    POLLPRI                         /* ... as exceptional */
};

static PyObject *
select_select(PyObject *errs, PyObject *args)
{
    PyObject *in[3], *seqs[3] = {NULL, NULL, NULL}, *out[3] = {NULL, NULL, NULL};
    PyObject *tout = Py_None, *result = NULL;
    double timeout = -1.0;
    struct pollfd *fds = NULL;
    Py_ssize_t total = 0, k = 0, i;
    int which, r;

    if (!PyArg_UnpackTuple(args, "select", 3, 4, &in[0], &in[1], &in[2], &tout))
        return NULL;
    if (tout != Py_None) {
        if (!PyNumber_Check(tout)) {
            PyErr_SetString(PyExc_TypeError, "timeout must be a float or None");
            return NULL;
        }
        timeout = PyFloat_AsDouble(tout);
        if (timeout == -1.0 && PyErr_Occurred())
            return NULL;
        if (timeout > (double)LONG_MAX) {
            PyErr_SetString(PyExc_OverflowError, "timeout period too long");
            return NULL;
        }
        if (timeout < 0)
            return raise_code(errs, EINVAL);
    }
    /* Work on tuple copies: fileno() may change the caller's lists. */
    for (which = 0; which < 3; which++) {
        PyObject *fast = PySequence_Fast(in[which], "arguments 1-3 must be sequences");
        if (fast == NULL)
            goto done;
        seqs[which] = PySequence_Tuple(fast);
        Py_DECREF(fast);
        if (seqs[which] == NULL)
            goto done;
        total += PyTuple_GET_SIZE(seqs[which]);
    }
    if (total > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(struct pollfd)) {
        PyErr_NoMemory();
        goto done;
    }
    fds = PyMem_New(struct pollfd, total > 0 ? total : 1);
    if (fds == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (which = 0; which < 3; which++) {
        for (i = 0; i < PyTuple_GET_SIZE(seqs[which]); i++, k++) {
            int fd = object_fd(errs, PyTuple_GET_ITEM(seqs[which], i));
            if (fd < 0)
                goto done;
            fds[k].fd = fd;
            fds[k].events = select_events[which];
            fds[k].revents = 0;
        }
    }
    r = wait_fds(errs, fds, total, timeout);
    if (r < 0)
        goto done;
    for (k = 0; k < total; k++)
        if (fds[k].revents & POLLNVAL) {
            raise_code(errs, EBADF);
            goto done;
        }
    k = 0;
    for (which = 0; which < 3; which++) {
        out[which] = PyList_New(0);
        if (out[which] == NULL)
            goto done;
        for (i = 0; i < PyTuple_GET_SIZE(seqs[which]); i++, k++) {
            if ((fds[k].revents & select_ready[which]) &&
                PyList_Append(out[which], PyTuple_GET_ITEM(seqs[which], i)) < 0)
                goto done;
        }
    }
    result = PyTuple_Pack(3, out[0], out[1], out[2]);
done:
    for (which = 0; which < 3; which++) {
        Py_XDECREF(seqs[which]);
        Py_XDECREF(out[which]);
    }
    PyMem_Free(fds);
    return result;
}

PyDoc_STRVAR(select_doc,
"select(rlist, wlist, xlist[, timeout]) -> (rlist, wlist, xlist)\n\
\n\
Wait until one or more file descriptors are ready for some kind of I/O.\n\
The first three arguments are sequences of file descriptors to be waited for:\n\
rlist -- wait until ready for reading\n\
wlist -- wait until ready for writing\n\
xlist -- wait for an ``exceptional condition''\n\
If only one kind of condition is required, pass [] for the other lists.\n\
A file descriptor is either a socket or file object, or a small integer\n\
gotten from a fileno() method call on one of those.\n\
\n\
The optional 4th argument specifies a timeout in seconds; it may be\n\
a floating point number to specify fractions of seconds.  If it is absent\n\
or None, the call will never time out.\n\
\n\
The return value is a tuple of three lists corresponding to the first three\n\
arguments; each contains the subset of the corresponding file descriptors\n\
that are ready.");

/* ------------------------------------------------------------------ */
/* poll objects */

typedef struct {
    PyObject_HEAD
    PyObject *dict;         /* fd -> event mask */
    PyObject *owners;       /* sandbox: fd -> the socket registered */
    PyObject *errs;         /* (select.error,) of its interpreter */
} pollObject;

static PyTypeObject poll_Type;

static PyObject *
poll_register(pollObject *self, PyObject *args)
{
    PyObject *o, *key, *value;
    int fd, events = POLLIN | POLLPRI | POLLOUT, r;

    if (!PyArg_ParseTuple(args, "O|i:register", &o, &events))
        return NULL;
    fd = object_fd(self->errs, o);
    if (fd < 0)
        return NULL;
    key = PyInt_FromLong(fd);
    if (key == NULL)
        return NULL;
    value = PyInt_FromLong(events);
    if (value == NULL) {
        Py_DECREF(key);
        return NULL;
    }
    r = PyDict_SetItem(self->dict, key, value);
    Py_DECREF(value);
    if (r == 0 && _PyInterpreterState_IsSandboxed()) {
        if (self->owners == NULL && (self->owners = PyDict_New()) == NULL)
            r = -1;
        else
            r = PyDict_SetItem(self->owners, key, o);
    }
    Py_DECREF(key);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

PyDoc_STRVAR(poll_register_doc,
"register(fd [, eventmask] ) -> None\n\n\
Register a file descriptor with the polling object.\n\
fd -- either an integer, or an object with a fileno() method returning an\n\
      int.\n\
events -- an optional bitmask describing the type of events to check for");

static PyObject *
poll_unregister(pollObject *self, PyObject *o)
{
    PyObject *key;
    int fd;
    /* Forgetting a number grants nothing, so a sandbox may pass one. */
    if (_PyInterpreterState_IsSandboxed() && (PyInt_Check(o) || PyLong_Check(o)))
        fd = PyObject_AsFileDescriptor(o);
    else
        fd = object_fd(self->errs, o);
    if (fd < 0)
        return NULL;
    key = PyInt_FromLong(fd);
    if (key == NULL)
        return NULL;
    if (PyDict_DelItem(self->dict, key) < 0) {
        Py_DECREF(key);
        return NULL;
    }
    if (self->owners != NULL && PyDict_GetItem(self->owners, key) != NULL &&
        PyDict_DelItem(self->owners, key) < 0) {
        Py_DECREF(key);
        return NULL;
    }
    Py_DECREF(key);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(poll_unregister_doc,
"unregister(fd) -> None\n\n\
Remove a file descriptor being tracked by the polling object.");

static PyObject *
poll_poll(pollObject *self, PyObject *args)
{
    PyObject *tout = NULL, *result = NULL, *key, *value;
    struct pollfd *fds = NULL;
    Py_ssize_t n, i = 0, pos = 0;
    double timeout = -1.0;
    int r;

    if (!PyArg_UnpackTuple(args, "poll", 0, 1, &tout))
        return NULL;
    if (tout != NULL && tout != Py_None) {
        PyObject *ms = PyNumber_Int(tout);
        long v;
        if (ms == NULL) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "timeout must be an integer or None");
            return NULL;
        }
        v = PyInt_AsLong(ms);
        Py_DECREF(ms);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        if (v >= 0)
            timeout = v / 1000.0;
    }
    n = PyDict_Size(self->dict);
    fds = PyMem_New(struct pollfd, n > 0 ? n : 1);
    if (fds == NULL)
        return PyErr_NoMemory();
    while (PyDict_Next(self->dict, &pos, &key, &value) && i < n) {
        fds[i].fd = (int)PyInt_AsLong(key);
        fds[i].events = (short)PyInt_AsLong(value);
        fds[i].revents = 0;
        i++;
    }
    n = i;
    /* In a sandbox, a socket closed since it was registered leaves a
       number that may now belong to the host: report it invalid without
       polling it.  (This runs the sandbox's code: nothing borrowed from
       the dicts is held across it.) */
    for (i = 0; i < n && _PyInterpreterState_IsSandboxed(); i++) {
        PyObject *k = PyInt_FromLong(fds[i].fd), *owner = NULL;
        int cur = -1, same = 0;
        if (k == NULL) {
            PyMem_Free(fds);
            return NULL;
        }
        if (self->owners != NULL)
            owner = PyDict_GetItem(self->owners, k);
        Py_DECREF(k);
        if (owner != NULL) {
            Py_INCREF(owner);
            same = (_PySocket_GetFd(owner, &cur) == 1 && cur == fds[i].fd);
            Py_DECREF(owner);
        }
        if (PyErr_Occurred())
            PyErr_Clear();
        if (!same)
            fds[i].fd = -1 - fds[i].fd;
    }
    /* The wait works on its own copy of the set, and keeps the object
       alive: another thread may change or drop it meanwhile. */
    Py_INCREF(self);
    r = wait_fds(self->errs, fds, n, timeout);
    if (r < 0)
        goto done;
    result = PyList_New(0);
    if (result == NULL)
        goto done;
    for (i = 0; i < n; i++) {
        int fd = fds[i].fd;
        short revents = fds[i].revents;
        PyObject *item;
        if (fd < 0) {
            fd = -1 - fd;
            revents = POLLNVAL;
        }
        if (revents == 0)
            continue;
        item = Py_BuildValue("(ii)", fd, (int)(unsigned short)revents);
        if (item == NULL || PyList_Append(result, item) < 0) {
            Py_XDECREF(item);
            Py_CLEAR(result);
            goto done;
        }
        Py_DECREF(item);
    }
done:
    Py_DECREF(self);
    PyMem_Free(fds);
    return result;
}

PyDoc_STRVAR(poll_poll_doc,
"poll( [timeout] ) -> list of (fd, event) 2-tuples\n\n\
Polls the set of registered file descriptors, returning a list containing \n\
any descriptors that have events or errors to report.");

static PyMethodDef poll_methods[] = {
    {"register", (PyCFunction)poll_register, METH_VARARGS, poll_register_doc},
    {"unregister", (PyCFunction)poll_unregister, METH_O, poll_unregister_doc},
    {"poll", (PyCFunction)poll_poll, METH_VARARGS, poll_poll_doc},
    {NULL, NULL}
};

static int
poll_traverse(pollObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->dict);
    Py_VISIT(self->owners);
    Py_VISIT(self->errs);
    return 0;
}

static int
poll_clear(pollObject *self)
{
    Py_CLEAR(self->dict);
    Py_CLEAR(self->owners);
    Py_CLEAR(self->errs);
    return 0;
}

static void
poll_dealloc(pollObject *self)
{
    PyObject_GC_UnTrack(self);
    poll_clear(self);
    PyObject_GC_Del(self);
}

static PyTypeObject poll_Type = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "select.poll",                      /* tp_name */
    sizeof(pollObject),                 /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)poll_dealloc,           /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    0,                                  /* tp_doc */
    (traverseproc)poll_traverse,        /* tp_traverse */
    (inquiry)poll_clear,                /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    poll_methods,                       /* tp_methods */
};

static PyObject *
select_poll(PyObject *errs, PyObject *unused)
{
    pollObject *p = PyObject_GC_New(pollObject, &poll_Type);
    if (p == NULL)
        return NULL;
    p->owners = NULL;
    p->dict = PyDict_New();
    Py_INCREF(errs);
    p->errs = errs;
    if (p->dict == NULL) {
        Py_DECREF(p);
        return NULL;
    }
    PyObject_GC_Track(p);
    return (PyObject *)p;
}

PyDoc_STRVAR(poll_doc,
"Returns a polling object, which supports registering and\n\
unregistering file descriptors, and then polling them for I/O events.");

static PyMethodDef select_methods[] = {
    {"select", select_select, METH_VARARGS, select_doc},
    {"poll", select_poll, METH_NOARGS, poll_doc},
    {NULL, NULL}
};

PyDoc_STRVAR(module_doc,
"This module supports asynchronous I/O on multiple file descriptors.\n\
\n\
*** IMPORTANT NOTICE ***\n\
On Windows, only sockets are supported; on Unix, all file descriptors.");

PyMODINIT_FUNC
initselect(void)
{
    PyObject *m, *error, *errs;

    if (PyType_Ready(&poll_Type) < 0)
        return;
    error = PyErr_NewException("select.error", NULL, NULL);
    if (error == NULL)
        return;
    errs = PyTuple_Pack(1, error);
    if (errs == NULL) {
        Py_DECREF(error);
        return;
    }
    m = Py_InitModule4("select", select_methods, module_doc, errs, PYTHON_API_VERSION);
    Py_DECREF(errs);
    if (m == NULL) {
        Py_DECREF(error);
        return;
    }
    PyModule_AddObject(m, "error", error);
    PyModule_AddIntConstant(m, "POLLIN", POLLIN);
    PyModule_AddIntConstant(m, "POLLPRI", POLLPRI);
    PyModule_AddIntConstant(m, "POLLOUT", POLLOUT);
    PyModule_AddIntConstant(m, "POLLERR", POLLERR);
    PyModule_AddIntConstant(m, "POLLHUP", POLLHUP);
    PyModule_AddIntConstant(m, "POLLNVAL", POLLNVAL);
#ifdef POLLRDNORM
    PyModule_AddIntConstant(m, "POLLRDNORM", POLLRDNORM);
#endif
#ifdef POLLRDBAND
    PyModule_AddIntConstant(m, "POLLRDBAND", POLLRDBAND);
#endif
#ifdef POLLWRNORM
    PyModule_AddIntConstant(m, "POLLWRNORM", POLLWRNORM);
#endif
#ifdef POLLWRBAND
    PyModule_AddIntConstant(m, "POLLWRBAND", POLLWRBAND);
#endif
#ifdef POLLMSG
    PyModule_AddIntConstant(m, "POLLMSG", POLLMSG);
#endif
}
