/* The fcntl module: fcntl(), ioctl(), flock() and lockf() on file
   descriptors.  Host-only: it acts on the process's descriptors. */

#include "Python.h"

#include <fcntl.h>
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/file.h>

/* fcntl/ioctl with a string argument work on a copy of it in a buffer of
   this size, as documented. */
#define ARGBUF_SIZE 1024

static int
descriptor_of(PyObject *obj, int *fd)
{
    *fd = PyObject_AsFileDescriptor(obj);
    return *fd < 0 ? -1 : 0;
}

static PyObject *
fcntl_fcntl(PyObject *self, PyObject *args)
{
    PyObject *fdobj, *arg = NULL;
    int fd, code, ret;
    long intarg = 0;

    if (!PyArg_ParseTuple(args, "Oi|O:fcntl", &fdobj, &code, &arg))
        return NULL;
    if (descriptor_of(fdobj, &fd) < 0)
        return NULL;
    if (arg != NULL && PyString_Check(arg)) {
        char buf[ARGBUF_SIZE];
        Py_ssize_t len = PyString_GET_SIZE(arg);
        if (len > ARGBUF_SIZE) {
            PyErr_SetString(PyExc_ValueError, "fcntl string arg too long");
            return NULL;
        }
        memcpy(buf, PyString_AS_STRING(arg), len);
        Py_BEGIN_ALLOW_THREADS
        ret = fcntl(fd, code, buf);
        Py_END_ALLOW_THREADS
        if (ret < 0) {
            PyErr_SetFromErrno(PyExc_IOError);
            return NULL;
        }
        return PyString_FromStringAndSize(buf, len);
    }
    if (arg != NULL) {
        intarg = PyInt_AsLong(arg);
        if (intarg == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError,
                "fcntl requires a file or file descriptor, an integer "
                "and optionally a third integer or a string");
            return NULL;
        }
    }
    Py_BEGIN_ALLOW_THREADS
    ret = fcntl(fd, code, intarg);
    Py_END_ALLOW_THREADS
    if (ret < 0) {
        PyErr_SetFromErrno(PyExc_IOError);
        return NULL;
    }
    return PyInt_FromLong((long)ret);
}

static PyObject *
fcntl_ioctl(PyObject *self, PyObject *args)
{
    PyObject *fdobj, *arg = NULL;
    int fd, ret, mutate = 1;
    unsigned int code;
    long intarg = 0;

    if (!PyArg_ParseTuple(args, "OI|Oi:ioctl", &fdobj, &code, &arg, &mutate))
        return NULL;
    if (descriptor_of(fdobj, &fd) < 0)
        return NULL;
    if (arg != NULL && PyString_Check(arg)) {
        /* an immutable buffer: the result is a new string */
        char buf[ARGBUF_SIZE + 1];
        Py_ssize_t len = PyString_GET_SIZE(arg);
        if (len > ARGBUF_SIZE) {
            PyErr_SetString(PyExc_ValueError, "ioctl string arg too long");
            return NULL;
        }
        memcpy(buf, PyString_AS_STRING(arg), len);
        buf[len] = '\0';
        Py_BEGIN_ALLOW_THREADS
        ret = ioctl(fd, code, buf);
        Py_END_ALLOW_THREADS
        if (ret < 0) {
            PyErr_SetFromErrno(PyExc_IOError);
            return NULL;
        }
        return PyString_FromStringAndSize(buf, len);
    }
    if (arg != NULL) {
        char *wbuf;
        Py_ssize_t wlen;
        if (PyObject_AsWriteBuffer(arg, (void **)&wbuf, &wlen) == 0) {
            /* a mutable buffer (e.g. an array): work on a copy and write
               the result back when mutate_flag is true */
            char buf[ARGBUF_SIZE + 1];
            if (wlen > ARGBUF_SIZE) {
                PyErr_SetString(PyExc_ValueError,
                                "ioctl string arg too long");
                return NULL;
            }
            memcpy(buf, wbuf, wlen);
            buf[wlen] = '\0';
            Py_BEGIN_ALLOW_THREADS
            ret = ioctl(fd, code, buf);
            Py_END_ALLOW_THREADS
            if (ret < 0) {
                PyErr_SetFromErrno(PyExc_IOError);
                return NULL;
            }
            if (mutate) {
                /* the object may have been resized meanwhile */
                if (PyObject_AsWriteBuffer(arg, (void **)&wbuf, &wlen) < 0)
                    return NULL;
                memcpy(wbuf, buf, wlen < ARGBUF_SIZE ? wlen : ARGBUF_SIZE);
                return PyInt_FromLong((long)ret);
            }
            return PyString_FromStringAndSize(buf, wlen);
        }
        PyErr_Clear();
        intarg = PyInt_AsLong(arg);
        if (intarg == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError,
                "ioctl requires a file or file descriptor, an integer "
                "and optionally an integer or buffer argument");
            return NULL;
        }
    }
    Py_BEGIN_ALLOW_THREADS
    ret = ioctl(fd, code, intarg);
    Py_END_ALLOW_THREADS
    if (ret < 0) {
        PyErr_SetFromErrno(PyExc_IOError);
        return NULL;
    }
    return PyInt_FromLong((long)ret);
}

static PyObject *
fcntl_flock(PyObject *self, PyObject *args)
{
    PyObject *fdobj;
    int fd, op, ret;

    if (!PyArg_ParseTuple(args, "Oi:flock", &fdobj, &op))
        return NULL;
    if (descriptor_of(fdobj, &fd) < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    ret = flock(fd, op);
    Py_END_ALLOW_THREADS
    if (ret < 0) {
        PyErr_SetFromErrno(PyExc_IOError);
        return NULL;
    }
    Py_INCREF(Py_None);
    return Py_None;
}

/* lockf(): the LOCK_* codes of flock() mapped onto POSIX record locks. */
static PyObject *
fcntl_lockf(PyObject *self, PyObject *args)
{
    PyObject *fdobj, *lenobj = NULL, *startobj = NULL;
    int fd, code, whence = 0, ret, cmd;
    struct flock lock;

    if (!PyArg_ParseTuple(args, "Oi|OOi:lockf", &fdobj, &code,
                          &lenobj, &startobj, &whence))
        return NULL;
    if (descriptor_of(fdobj, &fd) < 0)
        return NULL;
    memset(&lock, 0, sizeof(lock));
    switch (code & ~LOCK_NB) {
    case LOCK_UN:
        lock.l_type = F_UNLCK;
        break;
    case LOCK_SH:
        lock.l_type = F_RDLCK;
        break;
    case LOCK_EX:
        lock.l_type = F_WRLCK;
        break;
    default:
        PyErr_SetString(PyExc_ValueError, "unrecognized flock argument");
        return NULL;
    }
    if (lenobj != NULL) {
        PY_LONG_LONG v = PyInt_Check(lenobj) ? PyInt_AsLong(lenobj)
                                             : PyLong_AsLongLong(lenobj);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        lock.l_len = (off_t)v;
    }
    if (startobj != NULL) {
        PY_LONG_LONG v = PyInt_Check(startobj) ? PyInt_AsLong(startobj)
                                               : PyLong_AsLongLong(startobj);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        lock.l_start = (off_t)v;
    }
    lock.l_whence = (short)whence;
    cmd = (code & LOCK_NB) ? F_SETLK : F_SETLKW;
    Py_BEGIN_ALLOW_THREADS
    ret = fcntl(fd, cmd, &lock);
    Py_END_ALLOW_THREADS
    if (ret < 0) {
        PyErr_SetFromErrno(PyExc_IOError);
        return NULL;
    }
    Py_INCREF(Py_None);
    return Py_None;
}

static PyMethodDef fcntl_methods[] = {
    {"fcntl", fcntl_fcntl, METH_VARARGS,
     "fcntl(fd, opt, [arg])\n\n"
     "Perform operation opt on file descriptor fd.  arg is an integer\n"
     "(default 0) or a string, whose contents are passed in a buffer and\n"
     "returned as modified by the call."},
    {"ioctl", fcntl_ioctl, METH_VARARGS,
     "ioctl(fd, opt[, arg[, mutate_flag]])\n\n"
     "Perform the requested operation on file descriptor fd."},
    {"flock", fcntl_flock, METH_VARARGS,
     "flock(fd, operation)\n\nApply the lock operation to fd."},
    {"lockf", fcntl_lockf, METH_VARARGS,
     "lockf (fd, operation, length=0, start=0, whence=0)\n\n"
     "A wrapper around the fcntl() locking calls."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initfcntl(void)
{
    PyObject *m = Py_InitModule3("fcntl", fcntl_methods,
        "Unix fcntl() and ioctl() on file descriptors.");
    if (m == NULL)
        return;
    PyModule_AddIntMacro(m, LOCK_SH);
    PyModule_AddIntMacro(m, LOCK_EX);
    PyModule_AddIntMacro(m, LOCK_NB);
    PyModule_AddIntMacro(m, LOCK_UN);
#ifdef LOCK_MAND
    PyModule_AddIntMacro(m, LOCK_MAND);
    PyModule_AddIntMacro(m, LOCK_READ);
    PyModule_AddIntMacro(m, LOCK_WRITE);
    PyModule_AddIntMacro(m, LOCK_RW);
#endif
    PyModule_AddIntMacro(m, F_DUPFD);
    PyModule_AddIntMacro(m, F_GETFD);
    PyModule_AddIntMacro(m, F_SETFD);
    PyModule_AddIntMacro(m, F_GETFL);
    PyModule_AddIntMacro(m, F_SETFL);
    PyModule_AddIntMacro(m, F_GETLK);
    PyModule_AddIntMacro(m, F_SETLK);
    PyModule_AddIntMacro(m, F_SETLKW);
    PyModule_AddIntMacro(m, F_GETOWN);
    PyModule_AddIntMacro(m, F_SETOWN);
#ifdef F_GETSIG
    PyModule_AddIntMacro(m, F_GETSIG);
    PyModule_AddIntMacro(m, F_SETSIG);
#endif
    PyModule_AddIntMacro(m, F_RDLCK);
    PyModule_AddIntMacro(m, F_WRLCK);
    PyModule_AddIntMacro(m, F_UNLCK);
#ifdef F_GETLK64
    PyModule_AddIntMacro(m, F_GETLK64);
    PyModule_AddIntMacro(m, F_SETLK64);
    PyModule_AddIntMacro(m, F_SETLKW64);
#endif
#ifdef F_GETLEASE
    PyModule_AddIntMacro(m, F_GETLEASE);
    PyModule_AddIntMacro(m, F_SETLEASE);
#endif
#ifdef F_NOTIFY
    PyModule_AddIntMacro(m, F_NOTIFY);
#endif
#ifdef F_EXLCK
    PyModule_AddIntMacro(m, F_EXLCK);
    PyModule_AddIntMacro(m, F_SHLCK);
#endif
#ifdef DN_ACCESS
    PyModule_AddIntMacro(m, DN_ACCESS);
    PyModule_AddIntMacro(m, DN_MODIFY);
    PyModule_AddIntMacro(m, DN_CREATE);
    PyModule_AddIntMacro(m, DN_DELETE);
    PyModule_AddIntMacro(m, DN_RENAME);
    PyModule_AddIntMacro(m, DN_ATTRIB);
    PyModule_AddIntMacro(m, DN_MULTISHOT);
#endif
    PyModule_AddIntMacro(m, FD_CLOEXEC);
#ifdef FASYNC
    PyModule_AddIntMacro(m, FASYNC);
#endif
}
