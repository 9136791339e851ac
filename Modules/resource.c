/* The resource module: process resource limits and usage.
   Host-only: setrlimit changes the whole process. */

#include "Python.h"
#include "structseq.h"

#include <sys/time.h>
#include <sys/resource.h>
#include <unistd.h>
#include <errno.h>

/* resource.error is made afresh for each interpreter that imports the
   module and handed to every function as its `self`. */
#define RESOURCE_ERROR(self) ((self) != NULL ? (self) : PyExc_OSError)

static PyStructSequence_Field rusage_fields[] = {
    {"ru_utime", "user time used"},
    {"ru_stime", "system time used"},
    {"ru_maxrss", "max. resident set size"},
    {"ru_ixrss", "shared memory size"},
    {"ru_idrss", "unshared data size"},
    {"ru_isrss", "unshared stack size"},
    {"ru_minflt", "page faults not requiring I/O"},
    {"ru_majflt", "page faults requiring I/O"},
    {"ru_nswap", "number of swap outs"},
    {"ru_inblock", "block input operations"},
    {"ru_oublock", "block output operations"},
    {"ru_msgsnd", "IPC messages sent"},
    {"ru_msgrcv", "IPC messages received"},
    {"ru_nsignals", "signals received"},
    {"ru_nvcsw", "voluntary context switches"},
    {"ru_nivcsw", "involuntary context switches"},
    {0}
};

static PyStructSequence_Desc rusage_desc = {
    "resource.struct_rusage",
    "struct_rusage: Result from getrusage.\n\n"
    "This object may be accessed either as a tuple of\n"
    "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n"
    "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n"
    "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
    rusage_fields,
    16
};

static PyTypeObject RUsageType;
static int rusage_type_ready = 0;

static double
seconds_of(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6;
}

static PyObject *
resource_getrusage(PyObject *self, PyObject *args)
{
    int who;
    struct rusage ru;
    PyObject *v;
    long counts[14];
    int i;

    if (!PyArg_ParseTuple(args, "i:getrusage", &who))
        return NULL;
    if (getrusage(who, &ru) == -1) {
        if (errno == EINVAL) {
            PyErr_SetString(PyExc_ValueError, "invalid who parameter");
            return NULL;
        }
        return PyErr_SetFromErrno(RESOURCE_ERROR(self));
    }
    v = PyStructSequence_New(&RUsageType);
    if (v == NULL)
        return NULL;
    counts[0] = ru.ru_maxrss;   counts[1] = ru.ru_ixrss;
    counts[2] = ru.ru_idrss;    counts[3] = ru.ru_isrss;
    counts[4] = ru.ru_minflt;   counts[5] = ru.ru_majflt;
    counts[6] = ru.ru_nswap;    counts[7] = ru.ru_inblock;
    counts[8] = ru.ru_oublock;  counts[9] = ru.ru_msgsnd;
    counts[10] = ru.ru_msgrcv;  counts[11] = ru.ru_nsignals;
    counts[12] = ru.ru_nvcsw;   counts[13] = ru.ru_nivcsw;
    PyStructSequence_SET_ITEM(v, 0, PyFloat_FromDouble(seconds_of(ru.ru_utime)));
    PyStructSequence_SET_ITEM(v, 1, PyFloat_FromDouble(seconds_of(ru.ru_stime)));
    for (i = 0; i < 14; i++)
        PyStructSequence_SET_ITEM(v, i + 2, PyInt_FromLong(counts[i]));
    for (i = 0; i < 16; i++) {
        if (((PyStructSequence *)v)->ob_item[i] == NULL) {
            Py_DECREF(v);
            return NULL;
        }
    }
    return v;
}

/* rlim_t is as wide as long on the platforms we build for; RLIM_INFINITY
   shows up as -1, as it did in 2.5 on LP64 systems. */
static PyObject *
limit_to_python(rlim_t value)
{
    if (sizeof(rlim_t) > sizeof(long))
        return PyLong_FromLongLong((PY_LONG_LONG)value);
    return PyInt_FromLong((long)value);
}

static int
limit_from_python(PyObject *obj, rlim_t *out)
{
    PY_LONG_LONG value;
    if (PyInt_Check(obj))
        value = PyInt_AsLong(obj);
    else if (PyLong_Check(obj)) {
        value = PyLong_AsLongLong(obj);
        if (value == -1 && PyErr_Occurred())
            return -1;
    }
    else {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1;
    }
    *out = (rlim_t)value;
    return 0;
}

static PyObject *
resource_getrlimit(PyObject *self, PyObject *args)
{
    int which;
    struct rlimit rl;
    PyObject *soft, *hard, *result;

    if (!PyArg_ParseTuple(args, "i:getrlimit", &which))
        return NULL;
    if (which < 0 || which >= RLIM_NLIMITS) {
        PyErr_SetString(PyExc_ValueError, "invalid resource specified");
        return NULL;
    }
    if (getrlimit(which, &rl) == -1)
        return PyErr_SetFromErrno(RESOURCE_ERROR(self));
    soft = limit_to_python(rl.rlim_cur);
    hard = limit_to_python(rl.rlim_max);
    if (soft == NULL || hard == NULL) {
        Py_XDECREF(soft);
        Py_XDECREF(hard);
        return NULL;
    }
    result = PyTuple_Pack(2, soft, hard);
    Py_DECREF(soft);
    Py_DECREF(hard);
    return result;
}

static PyObject *
resource_setrlimit(PyObject *self, PyObject *args)
{
    int which;
    PyObject *limits, *seq;
    struct rlimit rl;

    if (!PyArg_ParseTuple(args, "iO:setrlimit", &which, &limits))
        return NULL;
    if (which < 0 || which >= RLIM_NLIMITS) {
        PyErr_SetString(PyExc_ValueError, "invalid resource specified");
        return NULL;
    }
    seq = PySequence_Tuple(limits);
    if (seq == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError,
                            "expected a tuple of 2 integers");
        }
        return NULL;
    }
    if (PyTuple_GET_SIZE(seq) != 2) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "expected a tuple of 2 integers");
        return NULL;
    }
    if (limit_from_python(PyTuple_GET_ITEM(seq, 0), &rl.rlim_cur) < 0 ||
        limit_from_python(PyTuple_GET_ITEM(seq, 1), &rl.rlim_max) < 0) {
        Py_DECREF(seq);
        return NULL;
    }
    Py_DECREF(seq);
    if (setrlimit(which, &rl) == -1) {
        if (errno == EINVAL)
            PyErr_SetString(PyExc_ValueError,
                            "current limit exceeds maximum limit");
        else if (errno == EPERM)
            PyErr_SetString(PyExc_ValueError,
                            "not allowed to raise maximum limit");
        else
            PyErr_SetFromErrno(RESOURCE_ERROR(self));
        return NULL;
    }
    Py_INCREF(Py_None);
    return Py_None;
}

static PyObject *
resource_getpagesize(PyObject *self)
{
    return PyInt_FromLong(sysconf(_SC_PAGESIZE));
}

static PyMethodDef resource_methods[] = {
    {"getrusage", resource_getrusage, METH_VARARGS,
     "getrusage(who) -> struct_rusage"},
    {"getrlimit", resource_getrlimit, METH_VARARGS,
     "getrlimit(resource) -> (soft, hard)"},
    {"setrlimit", resource_setrlimit, METH_VARARGS,
     "setrlimit(resource, (soft, hard))"},
    {"getpagesize", (PyCFunction)resource_getpagesize, METH_NOARGS,
     "getpagesize() -> int: the system page size in bytes"},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initresource(void)
{
    PyObject *m, *error;

    error = PyErr_NewException("resource.error", NULL, NULL);
    if (error == NULL)
        return;
    m = Py_InitModule4("resource", resource_methods,
                       "Resource usage and limits of the current process.",
                       error, PYTHON_API_VERSION);
    if (m == NULL) {
        Py_DECREF(error);
        return;
    }
    PyModule_AddObject(m, "error", error);
    if (!rusage_type_ready) {
        PyStructSequence_InitType(&RUsageType, &rusage_desc);
        rusage_type_ready = 1;
    }
    Py_INCREF(&RUsageType);
    PyModule_AddObject(m, "struct_rusage", (PyObject *)&RUsageType);

    PyModule_AddIntMacro(m, RLIMIT_CPU);
    PyModule_AddIntMacro(m, RLIMIT_FSIZE);
    PyModule_AddIntMacro(m, RLIMIT_DATA);
    PyModule_AddIntMacro(m, RLIMIT_STACK);
    PyModule_AddIntMacro(m, RLIMIT_CORE);
    PyModule_AddIntMacro(m, RLIMIT_NOFILE);
#ifdef RLIMIT_OFILE
    PyModule_AddIntMacro(m, RLIMIT_OFILE);
#endif
#ifdef RLIMIT_VMEM
    PyModule_AddIntMacro(m, RLIMIT_VMEM);
#endif
#ifdef RLIMIT_AS
    PyModule_AddIntMacro(m, RLIMIT_AS);
#endif
#ifdef RLIMIT_RSS
    PyModule_AddIntMacro(m, RLIMIT_RSS);
#endif
#ifdef RLIMIT_NPROC
    PyModule_AddIntMacro(m, RLIMIT_NPROC);
#endif
#ifdef RLIMIT_MEMLOCK
    PyModule_AddIntMacro(m, RLIMIT_MEMLOCK);
#endif
    PyModule_AddIntMacro(m, RUSAGE_SELF);
    PyModule_AddIntMacro(m, RUSAGE_CHILDREN);
#ifdef RUSAGE_BOTH
    PyModule_AddIntMacro(m, RUSAGE_BOTH);
#endif
    PyModule_AddObject(m, "RLIM_INFINITY", limit_to_python(RLIM_INFINITY));
}
