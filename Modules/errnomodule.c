/* The errno module: the symbolic names of the system's error numbers,
   and errorcode mapping the numbers back to names. */

#include "Python.h"

static int
add_errno(PyObject *d, PyObject *codes, const char *name, int value)
{
    PyObject *num = PyInt_FromLong((long)value);
    PyObject *str = PyString_FromString(name);
    int rc = -1;
    if (num != NULL && str != NULL &&
        PyDict_SetItem(d, str, num) == 0 &&
        PyDict_SetItem(codes, num, str) == 0)
        rc = 0;
    Py_XDECREF(num);
    Py_XDECREF(str);
    return rc;
}

static PyMethodDef errno_methods[] = {
    {NULL, NULL}
};

void
initerrno(void)
{
    PyObject *m, *d, *codes;

    m = Py_InitModule3("errno", errno_methods,
        "This module makes available standard errno system symbols.\n\n"
        "The value of each symbol is the corresponding integer value,\n"
        "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
        "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
        "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
        "Symbols that are not relevant to the underlying system are not defined.\n\n"
        "To map error codes to error messages, use the function os.strerror(),\n"
        "e.g. os.strerror(2) could return 'No such file or directory'.");
    if (m == NULL)
        return;
    d = PyModule_GetDict(m);
    codes = PyDict_New();
    if (codes == NULL || PyDict_SetItemString(d, "errorcode", codes) < 0) {
        Py_XDECREF(codes);
        return;
    }

#define ERRNO_ENTRY(NAME) \
    if (add_errno(d, codes, #NAME, NAME) < 0) \
        goto done;

#ifdef ENODEV
    ERRNO_ENTRY(ENODEV)
#endif
#ifdef EHOSTUNREACH
    ERRNO_ENTRY(EHOSTUNREACH)
#endif
#ifdef ENOMSG
    ERRNO_ENTRY(ENOMSG)
#endif
#ifdef ENODATA
    ERRNO_ENTRY(ENODATA)
#endif
#ifdef ENOTSUP
    ERRNO_ENTRY(ENOTSUP)
#endif
#ifdef ENOSR
    ERRNO_ENTRY(ENOSR)
#endif
#ifdef ECHILD
    ERRNO_ENTRY(ECHILD)
#endif
#ifdef EDOM
    ERRNO_ENTRY(EDOM)
#endif
#ifdef ENOBUFS
    ERRNO_ENTRY(ENOBUFS)
#endif
#ifdef ELIBBAD
    ERRNO_ENTRY(ELIBBAD)
#endif
#ifdef EXFULL
    ERRNO_ENTRY(EXFULL)
#endif
#ifdef EL2HLT
    ERRNO_ENTRY(EL2HLT)
#endif
#ifdef ELIBACC
    ERRNO_ENTRY(ELIBACC)
#endif
#ifdef ENOTBLK
    ERRNO_ENTRY(ENOTBLK)
#endif
#ifdef ENOSTR
    ERRNO_ENTRY(ENOSTR)
#endif
#ifdef ELIBMAX
    ERRNO_ENTRY(ELIBMAX)
#endif
#ifdef EBADMSG
    ERRNO_ENTRY(EBADMSG)
#endif
#ifdef EPROTO
    ERRNO_ENTRY(EPROTO)
#endif
#ifdef EAGAIN
    ERRNO_ENTRY(EAGAIN)
#endif
#ifdef EWOULDBLOCK
    ERRNO_ENTRY(EWOULDBLOCK)
#endif
#ifdef EALREADY
    ERRNO_ENTRY(EALREADY)
#endif
#ifdef EINPROGRESS
    ERRNO_ENTRY(EINPROGRESS)
#endif
#ifdef ECONNRESET
    ERRNO_ENTRY(ECONNRESET)
#endif
#ifdef ENOTCONN
    ERRNO_ENTRY(ENOTCONN)
#endif
#ifdef ECONNREFUSED
    ERRNO_ENTRY(ECONNREFUSED)
#endif
#ifdef ECONNABORTED
    ERRNO_ENTRY(ECONNABORTED)
#endif
#ifdef ENETRESET
    ERRNO_ENTRY(ENETRESET)
#endif
#ifdef ENETDOWN
    ERRNO_ENTRY(ENETDOWN)
#endif
#ifdef ENETUNREACH
    ERRNO_ENTRY(ENETUNREACH)
#endif
#ifdef ETIMEDOUT
    ERRNO_ENTRY(ETIMEDOUT)
#endif
#ifdef EADDRINUSE
    ERRNO_ENTRY(EADDRINUSE)
#endif
#ifdef EADDRNOTAVAIL
    ERRNO_ENTRY(EADDRNOTAVAIL)
#endif
#ifdef EAFNOSUPPORT
    ERRNO_ENTRY(EAFNOSUPPORT)
#endif
#ifdef EPFNOSUPPORT
    ERRNO_ENTRY(EPFNOSUPPORT)
#endif
#ifdef EOPNOTSUPP
    ERRNO_ENTRY(EOPNOTSUPP)
#endif
#ifdef ESOCKTNOSUPPORT
    ERRNO_ENTRY(ESOCKTNOSUPPORT)
#endif
#ifdef EPROTONOSUPPORT
    ERRNO_ENTRY(EPROTONOSUPPORT)
#endif
#ifdef ENOPROTOOPT
    ERRNO_ENTRY(ENOPROTOOPT)
#endif
#ifdef EPROTOTYPE
    ERRNO_ENTRY(EPROTOTYPE)
#endif
#ifdef EMSGSIZE
    ERRNO_ENTRY(EMSGSIZE)
#endif
#ifdef EDESTADDRREQ
    ERRNO_ENTRY(EDESTADDRREQ)
#endif
#ifdef ENOTSOCK
    ERRNO_ENTRY(ENOTSOCK)
#endif
#ifdef EUSERS
    ERRNO_ENTRY(EUSERS)
#endif
#ifdef EISCONN
    ERRNO_ENTRY(EISCONN)
#endif
#ifdef ESHUTDOWN
    ERRNO_ENTRY(ESHUTDOWN)
#endif
#ifdef ETOOMANYREFS
    ERRNO_ENTRY(ETOOMANYREFS)
#endif
#ifdef EHOSTDOWN
    ERRNO_ENTRY(EHOSTDOWN)
#endif
#ifdef ESTALE
    ERRNO_ENTRY(ESTALE)
#endif
#ifdef EREMOTE
    ERRNO_ENTRY(EREMOTE)
#endif
#ifdef EPERM
    ERRNO_ENTRY(EPERM)
#endif
#ifdef ENOENT
    ERRNO_ENTRY(ENOENT)
#endif
#ifdef ESRCH
    ERRNO_ENTRY(ESRCH)
#endif
#ifdef EINTR
    ERRNO_ENTRY(EINTR)
#endif
#ifdef EIO
    ERRNO_ENTRY(EIO)
#endif
#ifdef ENXIO
    ERRNO_ENTRY(ENXIO)
#endif
#ifdef E2BIG
    ERRNO_ENTRY(E2BIG)
#endif
#ifdef ENOEXEC
    ERRNO_ENTRY(ENOEXEC)
#endif
#ifdef EBADF
    ERRNO_ENTRY(EBADF)
#endif
#ifdef EDEADLK
    ERRNO_ENTRY(EDEADLK)
#endif
#ifdef ENOMEM
    ERRNO_ENTRY(ENOMEM)
#endif
#ifdef EACCES
    ERRNO_ENTRY(EACCES)
#endif
#ifdef EFAULT
    ERRNO_ENTRY(EFAULT)
#endif
#ifdef EBUSY
    ERRNO_ENTRY(EBUSY)
#endif
#ifdef EEXIST
    ERRNO_ENTRY(EEXIST)
#endif
#ifdef EXDEV
    ERRNO_ENTRY(EXDEV)
#endif
#ifdef ENOTDIR
    ERRNO_ENTRY(ENOTDIR)
#endif
#ifdef EISDIR
    ERRNO_ENTRY(EISDIR)
#endif
#ifdef EINVAL
    ERRNO_ENTRY(EINVAL)
#endif
#ifdef ENFILE
    ERRNO_ENTRY(ENFILE)
#endif
#ifdef EMFILE
    ERRNO_ENTRY(EMFILE)
#endif
#ifdef ENOTTY
    ERRNO_ENTRY(ENOTTY)
#endif
#ifdef ETXTBSY
    ERRNO_ENTRY(ETXTBSY)
#endif
#ifdef EFBIG
    ERRNO_ENTRY(EFBIG)
#endif
#ifdef ENOSPC
    ERRNO_ENTRY(ENOSPC)
#endif
#ifdef ESPIPE
    ERRNO_ENTRY(ESPIPE)
#endif
#ifdef EROFS
    ERRNO_ENTRY(EROFS)
#endif
#ifdef EMLINK
    ERRNO_ENTRY(EMLINK)
#endif
#ifdef EPIPE
    ERRNO_ENTRY(EPIPE)
#endif
#ifdef ERANGE
    ERRNO_ENTRY(ERANGE)
#endif
#ifdef ENAMETOOLONG
    ERRNO_ENTRY(ENAMETOOLONG)
#endif
#ifdef ENOLCK
    ERRNO_ENTRY(ENOLCK)
#endif
#ifdef ENOSYS
    ERRNO_ENTRY(ENOSYS)
#endif
#ifdef ENOTEMPTY
    ERRNO_ENTRY(ENOTEMPTY)
#endif
#ifdef ELOOP
    ERRNO_ENTRY(ELOOP)
#endif
#ifdef ENOLINK
    ERRNO_ENTRY(ENOLINK)
#endif
#ifdef EIDRM
    ERRNO_ENTRY(EIDRM)
#endif
#ifdef ECHRNG
    ERRNO_ENTRY(ECHRNG)
#endif
#ifdef EL2NSYNC
    ERRNO_ENTRY(EL2NSYNC)
#endif
#ifdef EL3HLT
    ERRNO_ENTRY(EL3HLT)
#endif
#ifdef EL3RST
    ERRNO_ENTRY(EL3RST)
#endif
#ifdef ELNRNG
    ERRNO_ENTRY(ELNRNG)
#endif
#ifdef EUNATCH
    ERRNO_ENTRY(EUNATCH)
#endif
#ifdef ENOCSI
    ERRNO_ENTRY(ENOCSI)
#endif
#ifdef EBADE
    ERRNO_ENTRY(EBADE)
#endif
#ifdef EBADR
    ERRNO_ENTRY(EBADR)
#endif
#ifdef ENOANO
    ERRNO_ENTRY(ENOANO)
#endif
#ifdef EBADRQC
    ERRNO_ENTRY(EBADRQC)
#endif
#ifdef EBADSLT
    ERRNO_ENTRY(EBADSLT)
#endif
#ifdef EDEADLOCK
    ERRNO_ENTRY(EDEADLOCK)
#endif
#ifdef EBFONT
    ERRNO_ENTRY(EBFONT)
#endif
#ifdef ETIME
    ERRNO_ENTRY(ETIME)
#endif
#ifdef ENONET
    ERRNO_ENTRY(ENONET)
#endif
#ifdef ENOPKG
    ERRNO_ENTRY(ENOPKG)
#endif
#ifdef EADV
    ERRNO_ENTRY(EADV)
#endif
#ifdef ESRMNT
    ERRNO_ENTRY(ESRMNT)
#endif
#ifdef ECOMM
    ERRNO_ENTRY(ECOMM)
#endif
#ifdef EMULTIHOP
    ERRNO_ENTRY(EMULTIHOP)
#endif
#ifdef EDOTDOT
    ERRNO_ENTRY(EDOTDOT)
#endif
#ifdef EOVERFLOW
    ERRNO_ENTRY(EOVERFLOW)
#endif
#ifdef ENOTUNIQ
    ERRNO_ENTRY(ENOTUNIQ)
#endif
#ifdef EBADFD
    ERRNO_ENTRY(EBADFD)
#endif
#ifdef EREMCHG
    ERRNO_ENTRY(EREMCHG)
#endif
#ifdef ELIBSCN
    ERRNO_ENTRY(ELIBSCN)
#endif
#ifdef ELIBEXEC
    ERRNO_ENTRY(ELIBEXEC)
#endif
#ifdef EILSEQ
    ERRNO_ENTRY(EILSEQ)
#endif
#ifdef ERESTART
    ERRNO_ENTRY(ERESTART)
#endif
#ifdef ESTRPIPE
    ERRNO_ENTRY(ESTRPIPE)
#endif
#ifdef EUCLEAN
    ERRNO_ENTRY(EUCLEAN)
#endif
#ifdef ENOTNAM
    ERRNO_ENTRY(ENOTNAM)
#endif
#ifdef ENAVAIL
    ERRNO_ENTRY(ENAVAIL)
#endif
#ifdef EISNAM
    ERRNO_ENTRY(EISNAM)
#endif
#ifdef EREMOTEIO
    ERRNO_ENTRY(EREMOTEIO)
#endif
#ifdef EDQUOT
    ERRNO_ENTRY(EDQUOT)
#endif
#ifdef ECANCELED
    ERRNO_ENTRY(ECANCELED)
#endif
#ifdef EOWNERDEAD
    ERRNO_ENTRY(EOWNERDEAD)
#endif
#ifdef ENOTRECOVERABLE
    ERRNO_ENTRY(ENOTRECOVERABLE)
#endif

#undef ERRNO_ENTRY
done:
    Py_DECREF(codes);
}
