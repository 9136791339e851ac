/* The `thread` module of Python 2.5: low-level threads, locks and
   thread-local objects.

   Module state (the `error` class) lives in the module dict, which is
   made afresh for each interpreter that imports the module. */

#include "Python.h"
#include "structmember.h"
#include "pythread.h"

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* thread.error of the interpreter running the calling code */
static PyObject *
thread_error(void)
{
    PyObject *mod, *err;
    PyThreadState *ts = PyThreadState_GET();

    if (ts != NULL && ts->interp->modules != NULL) {
        mod = PyDict_GetItemString(ts->interp->modules, "thread");
        if (mod != NULL && PyModule_Check(mod)) {
            err = PyDict_GetItemString(PyModule_GetDict(mod), "error");
            if (err != NULL)
                return err;
        }
    }
    return PyExc_RuntimeError;
}

/* ==== Lock objects ================================================== */

typedef struct {
    PyObject_HEAD
    PyThread_type_lock lock_lock;
} lockobject;

static PyTypeObject Locktype;

static void
lock_dealloc(lockobject *self)
{
    if (self->lock_lock != NULL) {
        /* a held lock cannot be freed: release it first */
        PyThread_acquire_lock(self->lock_lock, 0);
        PyThread_release_lock(self->lock_lock);
        PyThread_free_lock(self->lock_lock);
    }
    PyObject_Del(self);
}

static PyObject *
lock_acquire(lockobject *self, PyObject *args)
{
    int waitflag = 1, got;

    if (!PyArg_ParseTuple(args, "|i:acquire", &waitflag))
        return NULL;
    /* try without giving up the interpreter lock first: cheap and the
       common case */
    got = PyThread_acquire_lock(self->lock_lock, 0);
    if (!got && waitflag) {
        Py_BEGIN_ALLOW_THREADS
        got = PyThread_acquire_lock(self->lock_lock, 1);
        Py_END_ALLOW_THREADS
    }
    return PyBool_FromLong((long)got);
}

static PyObject *
lock_release(lockobject *self, PyObject *unused)
{
    /* a lock that can be acquired without waiting was not held */
    if (PyThread_acquire_lock(self->lock_lock, 0)) {
        PyThread_release_lock(self->lock_lock);
        PyErr_SetString(thread_error(), "release unlocked lock");
        return NULL;
    }
    PyThread_release_lock(self->lock_lock);
    Py_RETURN_NONE;
}

static PyObject *
lock_exit(lockobject *self, PyObject *args)
{
    return lock_release(self, NULL);
}

static PyObject *
lock_locked(lockobject *self, PyObject *unused)
{
    if (PyThread_acquire_lock(self->lock_lock, 0)) {
        PyThread_release_lock(self->lock_lock);
        Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

PyDoc_STRVAR(acquire_doc,
"acquire([wait]) -> None or bool\n\
(acquire_lock() is an obsolete synonym)\n\
\n\
Lock the lock.  Without argument, this blocks if the lock is already\n\
locked (even by the same thread), waiting for another thread to release\n\
the lock, and return None once the lock is acquired.\n\
With an argument, this will only block if the argument is true,\n\
and the return value reflects whether the lock is acquired.\n\
The blocking operation is not interruptible.");

PyDoc_STRVAR(release_doc,
"release()\n\
(release_lock() is an obsolete synonym)\n\
\n\
Release the lock, allowing another thread that is blocked waiting for\n\
the lock to acquire the lock.  The lock must be in the locked state,\n\
but it needn't be locked by the same thread that unlocks it.");

PyDoc_STRVAR(locked_doc,
"locked() -> bool\n\
(locked_lock() is an obsolete synonym)\n\
\n\
Return whether the lock is in the locked state.");

static PyMethodDef lock_methods[] = {
    {"acquire_lock", (PyCFunction)lock_acquire, METH_VARARGS, acquire_doc},
    {"acquire",      (PyCFunction)lock_acquire, METH_VARARGS, acquire_doc},
    {"release_lock", (PyCFunction)lock_release, METH_NOARGS, release_doc},
    {"release",      (PyCFunction)lock_release, METH_NOARGS, release_doc},
    {"locked_lock",  (PyCFunction)lock_locked,  METH_NOARGS, locked_doc},
    {"locked",       (PyCFunction)lock_locked,  METH_NOARGS, locked_doc},
    {"__enter__",    (PyCFunction)lock_acquire, METH_VARARGS, acquire_doc},
    {"__exit__",     (PyCFunction)lock_exit,    METH_VARARGS, release_doc},
    {NULL, NULL}
};

static PyObject *
lock_getattr(lockobject *self, char *name)
{
    return Py_FindMethod(lock_methods, (PyObject *)self, name);
}

static PyTypeObject Locktype = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "thread.lock",
    sizeof(lockobject),
    0,
    (destructor)lock_dealloc,           /* tp_dealloc */
    0,                                  /* tp_print */
    (getattrfunc)lock_getattr,          /* tp_getattr */
};

static lockobject *
newlockobject(void)
{
    lockobject *self = PyObject_New(lockobject, &Locktype);
    if (self == NULL)
        return NULL;
    self->lock_lock = PyThread_allocate_lock();
    if (self->lock_lock == NULL) {
        self->lock_lock = NULL;
        Py_DECREF(self);
        PyErr_SetString(thread_error(), "can't allocate lock");
        return NULL;
    }
    return self;
}

/* ==== Thread-local objects ========================================= */

/* A _local object keeps one attribute dict per thread, stored in the
   thread state's dict under a key unique to the object; `dict` points at
   the current thread's dict while attributes are accessed. */
typedef struct {
    PyObject_HEAD
    PyObject *key;
    PyObject *args;
    PyObject *kw;
    PyObject *dict;
} localobject;

static PyTypeObject localtype;

static PyObject *
local_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    localobject *self;
    PyObject *tdict;

    if (type->tp_init == PyBaseObject_Type.tp_init &&
        ((args != NULL && PyObject_IsTrue(args)) ||
         (kw != NULL && PyObject_IsTrue(kw)))) {
        PyErr_SetString(PyExc_TypeError,
                        "Initialization arguments are not supported");
        return NULL;
    }
    self = (localobject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    Py_XINCREF(args);
    self->args = args;
    Py_XINCREF(kw);
    self->kw = kw;
    self->dict = NULL;
    self->key = PyString_FromFormat("thread.local.%p", (void *)self);
    if (self->key == NULL)
        goto fail;
    self->dict = PyDict_New();
    if (self->dict == NULL)
        goto fail;
    tdict = PyThreadState_GetDict();
    if (tdict == NULL) {
        PyErr_SetString(PyExc_SystemError,
                        "Couldn't get thread-state dictionary");
        goto fail;
    }
    if (PyDict_SetItem(tdict, self->key, self->dict) < 0)
        goto fail;
    return (PyObject *)self;

fail:
    Py_DECREF(self);
    return NULL;
}

static int
local_traverse(localobject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->args);
    Py_VISIT(self->kw);
    Py_VISIT(self->dict);
    return 0;
}

static int
local_clear(localobject *self)
{
    Py_CLEAR(self->key);
    Py_CLEAR(self->args);
    Py_CLEAR(self->kw);
    Py_CLEAR(self->dict);
    return 0;
}

static void
local_dealloc(localobject *self)
{
    PyThreadState *ts = PyThreadState_GET();

    PyObject_GC_UnTrack(self);
    /* forget the per-thread dicts of this object in every thread of the
       interpreter */
    if (self->key != NULL && ts != NULL) {
        PyThreadState *t;
        for (t = PyInterpreterState_ThreadHead(ts->interp); t != NULL;
             t = PyThreadState_Next(t)) {
            if (t->dict != NULL &&
                PyDict_GetItem(t->dict, self->key) != NULL) {
                if (PyDict_DelItem(t->dict, self->key) < 0)
                    PyErr_Clear();
            }
        }
    }
    local_clear(self);
    self->ob_type->tp_free((PyObject *)self);
}

/* Makes self->dict the calling thread's dict (creating it, and running
   __init__ of a subclass, the first time this thread looks).  Returns a
   borrowed reference. */
static PyObject *
local_thread_dict(localobject *self)
{
    PyObject *tdict, *ldict;

    tdict = PyThreadState_GetDict();
    if (tdict == NULL) {
        PyErr_SetString(PyExc_SystemError,
                        "Couldn't get thread-state dictionary");
        return NULL;
    }
    ldict = PyDict_GetItem(tdict, self->key);
    if (ldict == NULL) {
        ldict = PyDict_New();
        if (ldict == NULL)
            return NULL;
        if (PyDict_SetItem(tdict, self->key, ldict) < 0) {
            Py_DECREF(ldict);
            return NULL;
        }
        Py_DECREF(ldict);       /* tdict holds it */
        Py_CLEAR(self->dict);
        Py_INCREF(ldict);
        self->dict = ldict;
        if (self->ob_type->tp_init != PyBaseObject_Type.tp_init &&
            self->ob_type->tp_init((PyObject *)self, self->args,
                                   self->kw) < 0) {
            /* forget the half-made dict so a later access retries */
            PyDict_DelItem(tdict, self->key);
            return NULL;
        }
    }
    else if (self->dict != ldict) {
        Py_CLEAR(self->dict);
        Py_INCREF(ldict);
        self->dict = ldict;
    }
    return ldict;
}

static PyObject *
local_getattro(localobject *self, PyObject *name)
{
    PyObject *ldict = local_thread_dict(self), *value;

    if (ldict == NULL)
        return NULL;
    if (PyString_Check(name) &&
        strcmp(PyString_AS_STRING(name), "__dict__") == 0) {
        Py_INCREF(ldict);
        return ldict;
    }
    if (self->ob_type != &localtype)
        return PyObject_GenericGetAttr((PyObject *)self, name);
    /* plain _local: the instance dict wins over the type's attributes */
    value = PyDict_GetItem(ldict, name);
    if (value != NULL) {
        Py_INCREF(value);
        return value;
    }
    return PyObject_GenericGetAttr((PyObject *)self, name);
}

static int
local_setattro(localobject *self, PyObject *name, PyObject *v)
{
    if (local_thread_dict(self) == NULL)
        return -1;
    return PyObject_GenericSetAttr((PyObject *)self, name, v);
}

static PyObject *
local_getdict(localobject *self, void *closure)
{
    if (self->dict == NULL) {
        PyErr_SetString(PyExc_AttributeError, "__dict__");
        return NULL;
    }
    Py_INCREF(self->dict);
    return self->dict;
}

static PyGetSetDef local_getset[] = {
    {"__dict__", (getter)local_getdict, (setter)NULL,
     "Local-data dictionary", NULL},
    {NULL}
};

static PyTypeObject localtype = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "thread._local",
    sizeof(localobject),
    0,
    (destructor)local_dealloc,          /* tp_dealloc */
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
    (getattrofunc)local_getattro,       /* tp_getattro */
    (setattrofunc)local_setattro,       /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    "Thread-local data",                /* tp_doc */
    (traverseproc)local_traverse,       /* tp_traverse */
    (inquiry)local_clear,               /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    0,                                  /* tp_methods */
    0,                                  /* tp_members */
    local_getset,                       /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    offsetof(localobject, dict),        /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    local_new,                          /* tp_new */
    0,                                  /* tp_free */
};

/* ==== Module functions ============================================= */

struct bootstate {
    PyInterpreterState *interp;
    PyObject *func;
    PyObject *args;
    PyObject *kw;
};

static void
t_bootstrap(void *raw)
{
    struct bootstate *boot = (struct bootstate *)raw;
    PyThreadState *tstate;
    PyObject *res;

    /* The thread state is made by the new thread itself; it belongs to
       the interpreter that started the thread. */
    PyEval_AcquireLock();
    tstate = PyThreadState_New(boot->interp);
    if (tstate == NULL) {
        /* nothing can be reported without a thread state; give up */
        PyEval_ReleaseLock();
        PyMem_RawFree(boot);
        PyThread_exit_thread();
        return;
    }
    tstate->thread_id = PyThread_get_thread_ident();
    PyThreadState_Swap(tstate);
    _Py_InitStackLimit();
    res = PyEval_CallObjectWithKeywords(boot->func, boot->args, boot->kw);
    if (res == NULL) {
        if (PyErr_ExceptionMatches(PyExc_SystemExit))
            PyErr_Clear();
        else {
            /* sys.stderr may be Python code: it runs with no exception
               pending, and the thread's exception is printed after */
            PyObject *file, *et, *ev, *tb;
            PyErr_Fetch(&et, &ev, &tb);
            PySys_WriteStderr("Unhandled exception in thread started by ");
            file = PySys_GetObject("stderr");
            if (file != NULL && file != Py_None) {
                if (PyFile_WriteObject(boot->func, file, 0) < 0)
                    PyErr_Clear();
            }
            else
                PyObject_Print(boot->func, stderr, 0);
            PySys_WriteStderr("\n");
            PyErr_Restore(et, ev, tb);
            PyErr_PrintEx(0);
        }
    }
    else
        Py_DECREF(res);
    Py_DECREF(boot->func);
    Py_DECREF(boot->args);
    Py_XDECREF(boot->kw);
    PyMem_RawFree(boot);
    PyThreadState_Clear(tstate);
    PyThreadState_DeleteCurrent();
    PyThread_exit_thread();
}

static PyObject *
thread_start_new_thread(PyObject *self, PyObject *fargs)
{
    PyObject *func, *args, *keyw = NULL;
    struct bootstate *boot;
    long ident;

    if (!PyArg_UnpackTuple(fargs, "start_new_thread", 2, 3,
                           &func, &args, &keyw))
        return NULL;
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "first arg must be callable");
        return NULL;
    }
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "2nd arg must be a tuple");
        return NULL;
    }
    if (keyw != NULL && !PyDict_Check(keyw)) {
        PyErr_SetString(PyExc_TypeError,
                        "optional 3rd arg must be a dictionary");
        return NULL;
    }
    boot = (struct bootstate *)PyMem_RawMalloc(sizeof(struct bootstate));
    if (boot == NULL)
        return PyErr_NoMemory();
    boot->interp = PyThreadState_GET()->interp;
    boot->func = func;
    boot->args = args;
    boot->kw = keyw;
    Py_INCREF(func);
    Py_INCREF(args);
    Py_XINCREF(keyw);
    PyEval_InitThreads();
    ident = PyThread_start_new_thread(t_bootstrap, (void *)boot);
    if (ident == -1) {
        PyErr_SetString(thread_error(), "can't start new thread");
        Py_DECREF(func);
        Py_DECREF(args);
        Py_XDECREF(keyw);
        PyMem_RawFree(boot);
        return NULL;
    }
    return PyInt_FromLong(ident);
}

PyDoc_STRVAR(start_new_doc,
"start_new_thread(function, args[, kwargs])\n\
(start_new() is an obsolete synonym)\n\
\n\
Start a new thread and return its identifier.  The thread will call the\n\
function with positional arguments from the tuple args and keyword arguments\n\
taken from the optional dictionary kwargs.  The thread exits when the\n\
function returns; the return value is ignored.  The thread will also exit\n\
when the function raises an unhandled exception; a stack trace will be\n\
printed unless the exception is SystemExit.\n");

static PyObject *
thread_exit(PyObject *self, PyObject *unused)
{
    PyErr_SetNone(PyExc_SystemExit);
    return NULL;
}

PyDoc_STRVAR(exit_doc,
"exit()\n\
(PyThread_exit_thread() is an obsolete synonym)\n\
\n\
This is synonymous to ``raise SystemExit''.  It will cause the current\n\
thread to exit silently unless the exception is caught.");

static PyObject *
thread_allocate_lock(PyObject *self, PyObject *unused)
{
    return (PyObject *)newlockobject();
}

PyDoc_STRVAR(allocate_doc,
"allocate_lock() -> lock object\n\
(allocate() is an obsolete synonym)\n\
\n\
Create a new lock object.  See LockType.__doc__ for information about locks.");

static PyObject *
thread_interrupt_main(PyObject *self, PyObject *unused)
{
    /* The interrupt flag is process-wide: a sandbox must not set it. */
    if (_PyInterpreterState_IsSandboxed()) {
        PyErr_SetString(PyExc_RuntimeError,
                        "interrupt_main() is not available in a sandbox");
        return NULL;
    }
    /* the main thread sees KeyboardInterrupt at its next check */
    PyErr_SetInterrupt();
    Py_RETURN_NONE;
}

PyDoc_STRVAR(interrupt_main_doc,
"interrupt_main()\n\n\
Raise a KeyboardInterrupt in the main thread.\n\
A subthread can use this function to interrupt the main thread.");

static PyObject *
thread_get_ident(PyObject *self, PyObject *unused)
{
    long ident = PyThread_get_thread_ident();
    if (ident == -1) {
        PyErr_SetString(thread_error(), "no current thread ident");
        return NULL;
    }
    return PyInt_FromLong(ident);
}

PyDoc_STRVAR(get_ident_doc,
"get_ident() -> integer\n\
\n\
Return a non-zero integer that uniquely identifies the current thread\n\
amongst other threads that exist simultaneously.\n\
This may be used to identify per-thread resources.\n\
Even though on some platforms threads identities may appear to be\n\
allocated consecutive numbers starting at 1, this behavior should not\n\
be relied upon, and the number should be seen purely as a magic cookie.\n\
A thread's identity may be reused for another thread after it exits.");

static PyObject *
thread_stack_size(PyObject *self, PyObject *args)
{
    Py_ssize_t new_size = 0;
    size_t old_size;
    int rc;

    if (!PyArg_ParseTuple(args, "|n:stack_size", &new_size))
        return NULL;
    if (new_size < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "size must be 0 or a positive value");
        return NULL;
    }
    old_size = PyThread_get_stacksize();
    rc = PyThread_set_stacksize((size_t)new_size);
    if (rc == -2) {
        PyErr_SetString(thread_error(), "setting stack size not supported");
        return NULL;
    }
    if (rc != 0) {
        PyErr_Format(PyExc_ValueError, "size not valid: %zd bytes",
                     new_size);
        return NULL;
    }
    return PyInt_FromSsize_t((Py_ssize_t)old_size);
}

PyDoc_STRVAR(stack_size_doc,
"stack_size([size]) -> size\n\
\n\
Return the thread stack size used when creating new threads.  The\n\
optional size argument specifies the stack size (in bytes) to be used\n\
for subsequently created threads, and must be 0 (use platform or\n\
configured default) or a positive integer value of at least 32,768 (32k).\n\
If changing the thread stack size is unsupported, a ThreadError\n\
exception is raised.  If the specified size is invalid, a ValueError\n\
exception is raised, and the stack size is unmodified.  32k bytes\n\
 currently the minimum supported stack size value to guarantee\n\
sufficient stack space for the interpreter itself.\n\
\n\
Note that some platforms may have particular restrictions on values for\n\
the stack size, such as requiring a minimum stack size larger than 32kB or\n\
requiring allocation in multiples of the system memory page size\n\
- platform documentation should be referred to for more information\n\
(4kB pages are common; using multiples of 4096 for the stack size is\n\
the suggested approach in the absence of more specific information).");

static PyMethodDef thread_methods[] = {
    {"start_new_thread", (PyCFunction)thread_start_new_thread,
     METH_VARARGS, start_new_doc},
    {"start_new", (PyCFunction)thread_start_new_thread,
     METH_VARARGS, start_new_doc},
    {"allocate_lock", (PyCFunction)thread_allocate_lock,
     METH_NOARGS, allocate_doc},
    {"allocate", (PyCFunction)thread_allocate_lock,
     METH_NOARGS, allocate_doc},
    {"exit_thread", (PyCFunction)thread_exit, METH_NOARGS, exit_doc},
    {"exit", (PyCFunction)thread_exit, METH_NOARGS, exit_doc},
    {"get_ident", (PyCFunction)thread_get_ident, METH_NOARGS, get_ident_doc},
    {"interrupt_main", (PyCFunction)thread_interrupt_main, METH_NOARGS,
     interrupt_main_doc},
    {"stack_size", (PyCFunction)thread_stack_size,
     METH_VARARGS, stack_size_doc},
    {NULL, NULL}
};

PyDoc_STRVAR(thread_doc,
"This module provides primitive operations to write multi-threaded programs.\n\
The 'threading' module provides a more convenient interface.");

PyDoc_STRVAR(lock_doc,
"A lock object is a synchronization primitive.  To create a lock,\n\
call the PyThread_allocate_lock() function.  Methods are:\n\
\n\
acquire() -- lock the lock, possibly blocking until it can be obtained\n\
release() -- unlock of the lock\n\
locked() -- test whether the lock is currently locked\n\
\n\
A lock is not owned by the thread that locked it; another thread may\n\
unlock it.  A thread attempting to lock a lock that it has already locked\n\
will block until another thread unlocks it.  Deadlocks may ensue.");

PyMODINIT_FUNC
initthread(void)
{
    PyObject *m, *d, *err;

    if (PyType_Ready(&localtype) < 0)
        return;
    Locktype.tp_doc = lock_doc;
    if (PyType_Ready(&Locktype) < 0)
        return;
    m = Py_InitModule3("thread", thread_methods, thread_doc);
    if (m == NULL)
        return;
    d = PyModule_GetDict(m);
    err = PyErr_NewException("thread.error", NULL, NULL);
    if (err == NULL)
        return;
    PyDict_SetItemString(d, "error", err);
    Py_DECREF(err);
    Py_INCREF(&Locktype);
    PyDict_SetItemString(d, "LockType", (PyObject *)&Locktype);
    Py_INCREF(&localtype);
    PyModule_AddObject(m, "_local", (PyObject *)&localtype);
    PyThread_init_thread();
}
