/* The posix module: the operating system interface behind os. */

#include "Python.h"
#include "structseq.h"
#include "osdefs.h"

#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/time.h>
#include <fcntl.h>
#include <dirent.h>
#include <utime.h>
#include <signal.h>
#include <sysexits.h>

extern char **environ;

/* ---- errors ---- */

static PyObject *
posix_error(void)
{
    return PyErr_SetFromErrno(PyExc_OSError);
}

static PyObject *
posix_error_with_allocated_filename(char *name)
{
    PyObject *r = PyErr_SetFromErrnoWithFilename(PyExc_OSError, name);
    PyMem_Free(name);
    return r;
}

/* Run a one-path system call: "et:name" then fn(path). */
static PyObject *
posix_1str(PyObject *args, const char *format, int (*fn)(const char *))
{
    char *path = NULL;
    int res;
    if (!PyArg_ParseTuple(args, format, Py_FileSystemDefaultEncoding, &path))
        return NULL;
    res = fn(path);
    if (res < 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    Py_RETURN_NONE;
}

static PyObject *
posix_2str(PyObject *args, const char *format,
           int (*fn)(const char *, const char *))
{
    char *p1 = NULL, *p2 = NULL;
    int res;
    if (!PyArg_ParseTuple(args, format, Py_FileSystemDefaultEncoding, &p1,
                          Py_FileSystemDefaultEncoding, &p2))
        return NULL;
    res = fn(p1, p2);
    PyMem_Free(p1);
    PyMem_Free(p2);
    if (res != 0)
        return posix_error();
    Py_RETURN_NONE;
}

/* ---- stat ---- */

static PyStructSequence_Field stat_result_fields[] = {
    {"st_mode", "protection bits"},
    {"st_ino", "inode"},
    {"st_dev", "device"},
    {"st_nlink", "number of hard links"},
    {"st_uid", "user ID of owner"},
    {"st_gid", "group ID of owner"},
    {"st_size", "total size, in bytes"},
    {NULL, "integer time of last access"},
    {NULL, "integer time of last modification"},
    {NULL, "integer time of last change"},
    {"st_atime", "time of last access"},
    {"st_mtime", "time of last modification"},
    {"st_ctime", "time of last change"},
    {"st_blksize", "blocksize for filesystem I/O"},
    {"st_blocks", "number of blocks allocated"},
    {"st_rdev", "device type (if inode device)"},
    {0}
};

static PyStructSequence_Desc stat_result_desc = {
    "posix.stat_result",
    "stat_result: Result from stat or lstat.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n"
    "\n"
    "See os.stat for more information.",
    stat_result_fields,
    10
};

static PyTypeObject StatResultType;
static int stat_types_ready = 0;
static int float_times = 1;   /* process-wide switch, as in 2.5 */

static PyObject *
long_or_int(PY_LONG_LONG v)
{
    if (v >= LONG_MIN && v <= LONG_MAX)
        return PyInt_FromLong((long)v);
    return PyLong_FromLongLong(v);
}

static void
fill_time(PyObject *v, int index, time_t sec, long nsec)
{
    PyObject *ival = PyInt_FromLong((long)sec), *fval;
    PyStructSequence_SET_ITEM(v, index, ival);
    if (float_times)
        fval = PyFloat_FromDouble((double)sec + nsec * 1e-9);
    else {
        fval = ival;
        Py_XINCREF(fval);
    }
    PyStructSequence_SET_ITEM(v, index + 3, fval);
}

static PyObject *
stat_to_object(struct stat *st)
{
    PyObject *v = PyStructSequence_New(&StatResultType);
    if (v == NULL)
        return NULL;
    PyStructSequence_SET_ITEM(v, 0, PyInt_FromLong((long)st->st_mode));
    PyStructSequence_SET_ITEM(v, 1, long_or_int((PY_LONG_LONG)st->st_ino));
    PyStructSequence_SET_ITEM(v, 2, long_or_int((PY_LONG_LONG)st->st_dev));
    PyStructSequence_SET_ITEM(v, 3, PyInt_FromLong((long)st->st_nlink));
    PyStructSequence_SET_ITEM(v, 4, PyInt_FromLong((long)st->st_uid));
    PyStructSequence_SET_ITEM(v, 5, PyInt_FromLong((long)st->st_gid));
    PyStructSequence_SET_ITEM(v, 6, long_or_int((PY_LONG_LONG)st->st_size));
    fill_time(v, 7, st->st_atime, st->st_atim.tv_nsec);
    fill_time(v, 8, st->st_mtime, st->st_mtim.tv_nsec);
    fill_time(v, 9, st->st_ctime, st->st_ctim.tv_nsec);
    PyStructSequence_SET_ITEM(v, 13, PyInt_FromLong((long)st->st_blksize));
    PyStructSequence_SET_ITEM(v, 14, long_or_int((PY_LONG_LONG)st->st_blocks));
    PyStructSequence_SET_ITEM(v, 15, long_or_int((PY_LONG_LONG)st->st_rdev));
    if (PyErr_Occurred()) {
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

static PyObject *
do_stat(PyObject *args, const char *format,
        int (*fn)(const char *, struct stat *))
{
    struct stat st;
    char *path = NULL;
    int res;
    if (!PyArg_ParseTuple(args, format, Py_FileSystemDefaultEncoding, &path))
        return NULL;
    res = fn(path, &st);
    if (res != 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    return stat_to_object(&st);
}

static int
stat_fn(const char *p, struct stat *st) { return stat(p, st); }
static int
lstat_fn(const char *p, struct stat *st) { return lstat(p, st); }

static PyObject *
posix_stat(PyObject *self, PyObject *args)
{
    return do_stat(args, "et:stat", stat_fn);
}

static PyObject *
posix_lstat(PyObject *self, PyObject *args)
{
    return do_stat(args, "et:lstat", lstat_fn);
}

static PyObject *
posix_fstat(PyObject *self, PyObject *args)
{
    int fd;
    struct stat st;
    if (!PyArg_ParseTuple(args, "i:fstat", &fd))
        return NULL;
    if (fstat(fd, &st) != 0)
        return posix_error();
    return stat_to_object(&st);
}

static PyObject *
posix_stat_float_times(PyObject *self, PyObject *args)
{
    int newval = -1;
    if (!PyArg_ParseTuple(args, "|i:stat_float_times", &newval))
        return NULL;
    if (newval == -1)
        return PyBool_FromLong(float_times);
    float_times = newval;
    Py_RETURN_NONE;
}

/* ---- files and directories ---- */

static int chdir_fn(const char *p) { return chdir(p); }
static int rmdir_fn(const char *p) { return rmdir(p); }
static int unlink_fn(const char *p) { return unlink(p); }
static int rename_fn(const char *a, const char *b) { return rename(a, b); }
static int symlink_fn(const char *a, const char *b) { return symlink(a, b); }
static int link_fn(const char *a, const char *b) { return link(a, b); }

static PyObject *
posix_chdir(PyObject *self, PyObject *args)
{
    return posix_1str(args, "et:chdir", chdir_fn);
}

static PyObject *
posix_rmdir(PyObject *self, PyObject *args)
{
    return posix_1str(args, "et:rmdir", rmdir_fn);
}

static PyObject *
posix_unlink(PyObject *self, PyObject *args)
{
    return posix_1str(args, "et:remove", unlink_fn);
}

static PyObject *
posix_rename(PyObject *self, PyObject *args)
{
    return posix_2str(args, "etet:rename", rename_fn);
}

static PyObject *
posix_symlink(PyObject *self, PyObject *args)
{
    return posix_2str(args, "etet:symlink", symlink_fn);
}

static PyObject *
posix_link(PyObject *self, PyObject *args)
{
    return posix_2str(args, "etet:link", link_fn);
}

static PyObject *
posix_mkdir(PyObject *self, PyObject *args)
{
    char *path = NULL;
    int mode = 0777;
    if (!PyArg_ParseTuple(args, "et|i:mkdir", Py_FileSystemDefaultEncoding,
                          &path, &mode))
        return NULL;
    if (mkdir(path, (mode_t)mode) < 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    Py_RETURN_NONE;
}

static PyObject *
posix_chmod(PyObject *self, PyObject *args)
{
    char *path = NULL;
    int mode;
    if (!PyArg_ParseTuple(args, "eti:chmod", Py_FileSystemDefaultEncoding,
                          &path, &mode))
        return NULL;
    if (chmod(path, (mode_t)mode) < 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    Py_RETURN_NONE;
}

static PyObject *
posix_chown(PyObject *self, PyObject *args)
{
    char *path = NULL;
    int uid, gid;
    if (!PyArg_ParseTuple(args, "etii:chown", Py_FileSystemDefaultEncoding,
                          &path, &uid, &gid))
        return NULL;
    if (chown(path, (uid_t)uid, (gid_t)gid) < 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    Py_RETURN_NONE;
}

static PyObject *
posix_getcwd(PyObject *self, PyObject *noargs)
{
    char buf[MAXPATHLEN + 1];
    if (getcwd(buf, sizeof(buf)) == NULL)
        return posix_error();
    return PyString_FromString(buf);
}

static PyObject *
posix_getcwdu(PyObject *self, PyObject *noargs)
{
    char buf[MAXPATHLEN + 1];
    if (getcwd(buf, sizeof(buf)) == NULL)
        return posix_error();
    return PyUnicode_Decode(buf, strlen(buf), Py_FileSystemDefaultEncoding,
                            "strict");
}

static PyObject *
posix_listdir(PyObject *self, PyObject *args)
{
    char *name = NULL;
    PyObject *list, *v;
    DIR *dirp;
    struct dirent *ep;
    int as_unicode = 0;

    if (PyArg_ParseTuple(args, "U:listdir", &v)) {
        as_unicode = 1;
        v = PyUnicode_AsEncodedString(v, Py_FileSystemDefaultEncoding, NULL);
        if (v == NULL)
            PyErr_Clear();
        else
            Py_DECREF(v);
    }
    PyErr_Clear();
    if (!PyArg_ParseTuple(args, "et:listdir", Py_FileSystemDefaultEncoding,
                          &name))
        return NULL;
    dirp = opendir(name);
    if (dirp == NULL)
        return posix_error_with_allocated_filename(name);
    list = PyList_New(0);
    if (list == NULL) {
        closedir(dirp);
        PyMem_Free(name);
        return NULL;
    }
    for (;;) {
        errno = 0;
        ep = readdir(dirp);
        if (ep == NULL) {
            if (errno != 0) {
                closedir(dirp);
                Py_DECREF(list);
                return posix_error_with_allocated_filename(name);
            }
            break;
        }
        if (ep->d_name[0] == '.' &&
            (ep->d_name[1] == '\0' ||
             (ep->d_name[1] == '.' && ep->d_name[2] == '\0')))
            continue;
        v = PyString_FromString(ep->d_name);
        if (v != NULL && as_unicode) {
            PyObject *w = PyUnicode_FromEncodedObject(v,
                              Py_FileSystemDefaultEncoding, "strict");
            if (w != NULL) {
                Py_DECREF(v);
                v = w;
            }
            else
                PyErr_Clear();   /* undecodable names stay str */
        }
        if (v == NULL || PyList_Append(list, v) != 0) {
            Py_XDECREF(v);
            Py_DECREF(list);
            list = NULL;
            break;
        }
        Py_DECREF(v);
    }
    closedir(dirp);
    PyMem_Free(name);
    return list;
}

static PyObject *
posix_readlink(PyObject *self, PyObject *args)
{
    char buf[MAXPATHLEN + 1];
    char *path = NULL;
    ssize_t n;
    if (!PyArg_ParseTuple(args, "et:readlink", Py_FileSystemDefaultEncoding,
                          &path))
        return NULL;
    n = readlink(path, buf, sizeof(buf) - 1);
    if (n < 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    return PyString_FromStringAndSize(buf, n);
}

static PyObject *
posix_access(PyObject *self, PyObject *args)
{
    char *path = NULL;
    int mode, res;
    if (!PyArg_ParseTuple(args, "eti:access", Py_FileSystemDefaultEncoding,
                          &path, &mode))
        return NULL;
    res = access(path, mode);
    PyMem_Free(path);
    return PyBool_FromLong(res == 0);
}

static PyObject *
posix_utime(PyObject *self, PyObject *args)
{
    char *path = NULL;
    PyObject *times;
    int res;

    if (!PyArg_ParseTuple(args, "etO:utime", Py_FileSystemDefaultEncoding,
                          &path, &times))
        return NULL;
    if (times == Py_None)
        res = utime(path, NULL);
    else if (!PyTuple_Check(times) || PyTuple_Size(times) != 2) {
        PyErr_SetString(PyExc_TypeError,
                        "utime() arg 2 must be a tuple (atime, mtime)");
        PyMem_Free(path);
        return NULL;
    }
    else {
        struct timeval tv[2];
        int i;
        for (i = 0; i < 2; i++) {
            double d = PyFloat_AsDouble(PyTuple_GET_ITEM(times, i));
            if (d == -1.0 && PyErr_Occurred()) {
                PyMem_Free(path);
                return NULL;
            }
            tv[i].tv_sec = (time_t)floor(d);
            tv[i].tv_usec = (long)((d - floor(d)) * 1e6);
        }
        res = utimes(path, tv);
    }
    if (res < 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    Py_RETURN_NONE;
}

/* ---- file descriptors ---- */

static PyObject *
posix_open(PyObject *self, PyObject *args)
{
    char *path = NULL;
    int flag, mode = 0777, fd;
    if (!PyArg_ParseTuple(args, "eti|i:open", Py_FileSystemDefaultEncoding,
                          &path, &flag, &mode))
        return NULL;
    /* opening a FIFO or a device may block */
    Py_BEGIN_ALLOW_THREADS
    fd = open(path, flag, mode);
    Py_END_ALLOW_THREADS
    if (fd < 0)
        return posix_error_with_allocated_filename(path);
    PyMem_Free(path);
    return PyInt_FromLong((long)fd);
}

static PyObject *
posix_close(PyObject *self, PyObject *args)
{
    int fd;
    if (!PyArg_ParseTuple(args, "i:close", &fd))
        return NULL;
    if (close(fd) < 0)
        return posix_error();
    Py_RETURN_NONE;
}

static PyObject *
posix_dup(PyObject *self, PyObject *args)
{
    int fd;
    if (!PyArg_ParseTuple(args, "i:dup", &fd))
        return NULL;
    fd = dup(fd);
    if (fd < 0)
        return posix_error();
    return PyInt_FromLong((long)fd);
}

static PyObject *
posix_dup2(PyObject *self, PyObject *args)
{
    int fd, fd2;
    if (!PyArg_ParseTuple(args, "ii:dup2", &fd, &fd2))
        return NULL;
    if (dup2(fd, fd2) < 0)
        return posix_error();
    Py_RETURN_NONE;
}

static PyObject *
posix_lseek(PyObject *self, PyObject *args)
{
    int fd, how;
    PyObject *posobj;
    PY_LONG_LONG pos;
    off_t res;
    if (!PyArg_ParseTuple(args, "iOi:lseek", &fd, &posobj, &how))
        return NULL;
    pos = PyLong_AsLongLong(posobj);
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    res = lseek(fd, (off_t)pos, how);
    if (res < 0)
        return posix_error();
    return long_or_int((PY_LONG_LONG)res);
}

static PyObject *
posix_read(PyObject *self, PyObject *args)
{
    int fd, size;
    ssize_t n;
    PyObject *buffer;
    if (!PyArg_ParseTuple(args, "ii:read", &fd, &size))
        return NULL;
    if (size < 0) {
        errno = EINVAL;
        return posix_error();
    }
    if (_PyMem_CheckAvailable((size_t)size) < 0)
        return NULL;
    buffer = PyString_FromStringAndSize((char *)NULL, size);
    if (buffer == NULL)
        return NULL;
    {
        char *dest = PyString_AsString(buffer);
        Py_BEGIN_ALLOW_THREADS
        n = read(fd, dest, size);
        Py_END_ALLOW_THREADS
    }
    if (n < 0) {
        Py_DECREF(buffer);
        return posix_error();
    }
    if (n != size)
        _PyString_Resize(&buffer, n);
    return buffer;
}

static PyObject *
posix_write(PyObject *self, PyObject *args)
{
    int fd;
    const char *buf;
    int size;   /* '#' lengths are int without PY_SSIZE_T_CLEAN */
    ssize_t n;
    if (!PyArg_ParseTuple(args, "is#:write", &fd, &buf, &size))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    n = write(fd, buf, (size_t)size);
    Py_END_ALLOW_THREADS
    if (n < 0)
        return posix_error();
    return PyInt_FromSsize_t(n);
}

static PyObject *
posix_fdopen(PyObject *self, PyObject *args)
{
    int fd, bufsize = -1;
    char *mode = "r";
    FILE *fp;
    PyObject *f;
    if (!PyArg_ParseTuple(args, "i|si:fdopen", &fd, &mode, &bufsize))
        return NULL;
    if (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a') {
        PyErr_Format(PyExc_ValueError, "invalid file mode '%s'", mode);
        return NULL;
    }
    fp = fdopen(fd, mode);
    if (fp == NULL)
        return posix_error();
    f = PyFile_FromFile(fp, "<fdopen>", mode, fclose);
    if (f != NULL)
        PyFile_SetBufSize(f, bufsize);
    return f;
}

static PyObject *
posix_popen(PyObject *self, PyObject *args)
{
    char *name, *mode = "r";
    int bufsize = -1;
    FILE *fp;
    PyObject *f;
    if (!PyArg_ParseTuple(args, "s|si:popen", &name, &mode, &bufsize))
        return NULL;
    fflush(stdout);
    fflush(stderr);
    fp = popen(name, mode);
    if (fp == NULL)
        return posix_error();
    f = PyFile_FromFile(fp, name, mode, pclose);
    if (f != NULL)
        PyFile_SetBufSize(f, bufsize);
    return f;
}

static PyObject *
posix_pipe(PyObject *self, PyObject *noargs)
{
    int fds[2];
    if (pipe(fds) != 0)
        return posix_error();
    return Py_BuildValue("(ii)", fds[0], fds[1]);
}

static PyObject *
posix_isatty(PyObject *self, PyObject *args)
{
    int fd;
    if (!PyArg_ParseTuple(args, "i:isatty", &fd))
        return NULL;
    return PyBool_FromLong(isatty(fd));
}

static PyObject *
posix_ttyname(PyObject *self, PyObject *args)
{
    int fd;
    char *name;
    if (!PyArg_ParseTuple(args, "i:ttyname", &fd))
        return NULL;
    name = ttyname(fd);
    if (name == NULL)
        return posix_error();
    return PyString_FromString(name);
}

static PyObject *
posix_ftruncate(PyObject *self, PyObject *args)
{
    int fd;
    PyObject *lenobj;
    PY_LONG_LONG length;
    if (!PyArg_ParseTuple(args, "iO:ftruncate", &fd, &lenobj))
        return NULL;
    length = PyLong_AsLongLong(lenobj);
    if (length == -1 && PyErr_Occurred())
        return NULL;
    if (ftruncate(fd, (off_t)length) < 0)
        return posix_error();
    Py_RETURN_NONE;
}

static PyObject *
posix_fsync(PyObject *self, PyObject *fdobj)
{
    int res, fd = PyObject_AsFileDescriptor(fdobj);
    if (fd < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    res = fsync(fd);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return posix_error();
    Py_RETURN_NONE;
}

/* ---- processes ---- */

static PyObject *
posix_getpid(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong((long)getpid());
}

static PyObject *
posix_getppid(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong((long)getppid());
}

static PyObject *
posix_getuid(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong((long)getuid());
}

static PyObject *
posix_geteuid(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong((long)geteuid());
}

static PyObject *
posix_getgid(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong((long)getgid());
}

static PyObject *
posix_getegid(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong((long)getegid());
}

static PyObject *
posix_getpgrp(PyObject *self, PyObject *noargs)
{
    return PyInt_FromLong((long)getpgrp());
}

static PyObject *
posix_setsid(PyObject *self, PyObject *noargs)
{
    if (setsid() < 0)
        return posix_error();
    Py_RETURN_NONE;
}

static PyObject *
posix_setpgid(PyObject *self, PyObject *args)
{
    int pid, pgrp;
    if (!PyArg_ParseTuple(args, "ii:setpgid", &pid, &pgrp))
        return NULL;
    if (setpgid(pid, pgrp) < 0)
        return posix_error();
    Py_RETURN_NONE;
}

static PyObject *
posix_getlogin(PyObject *self, PyObject *noargs)
{
    char *name;
    errno = 0;
    name = getlogin();
    if (name == NULL) {
        if (errno)
            return posix_error();
        PyErr_SetString(PyExc_OSError, "unable to determine login name");
        return NULL;
    }
    return PyString_FromString(name);
}

static PyObject *
posix_kill(PyObject *self, PyObject *args)
{
    int pid, sig;
    if (!PyArg_ParseTuple(args, "ii:kill", &pid, &sig))
        return NULL;
    if (kill((pid_t)pid, sig) == -1)
        return posix_error();
    Py_RETURN_NONE;
}

static PyObject *
posix_nice(PyObject *self, PyObject *args)
{
    int inc, value;
    if (!PyArg_ParseTuple(args, "i:nice", &inc))
        return NULL;
    errno = 0;
    value = nice(inc);
    if (value == -1 && errno != 0)
        return posix_error();
    return PyInt_FromLong((long)value);
}

static PyObject *
posix_umask(PyObject *self, PyObject *args)
{
    int mask;
    if (!PyArg_ParseTuple(args, "i:umask", &mask))
        return NULL;
    return PyInt_FromLong((long)umask((mode_t)mask));
}

static PyObject *
posix_uname(PyObject *self, PyObject *noargs)
{
    struct utsname u;
    if (uname(&u) < 0)
        return posix_error();
    return Py_BuildValue("(sssss)", u.sysname, u.nodename, u.release,
                         u.version, u.machine);
}

static PyObject *
posix_times(PyObject *self, PyObject *noargs)
{
    struct tms t;
    clock_t c;
    double ticks = (double)sysconf(_SC_CLK_TCK);
    errno = 0;
    c = times(&t);
    if (c == (clock_t)-1)
        return posix_error();
    return Py_BuildValue("(ddddd)",
                         (double)t.tms_utime / ticks,
                         (double)t.tms_stime / ticks,
                         (double)t.tms_cutime / ticks,
                         (double)t.tms_cstime / ticks,
                         (double)c / ticks);
}

static PyObject *
posix_system(PyObject *self, PyObject *args)
{
    char *command;
    int sts;
    if (!PyArg_ParseTuple(args, "s:system", &command))
        return NULL;
    fflush(stdout);
    fflush(stderr);
    Py_BEGIN_ALLOW_THREADS
    sts = system(command);
    Py_END_ALLOW_THREADS
    return PyInt_FromLong((long)sts);
}

static PyObject *
posix__exit(PyObject *self, PyObject *args)
{
    int sts;
    if (!PyArg_ParseTuple(args, "i:_exit", &sts))
        return NULL;
    _exit(sts);
    return NULL;
}

static PyObject *
posix_fork(PyObject *self, PyObject *noargs)
{
    pid_t pid;
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid == -1)
        return posix_error();
    if (pid == 0)
        PyOS_AfterFork();
    return PyInt_FromLong((long)pid);
}

/* A NULL-terminated char* array from a list or tuple of strings. */
static char **
string_array(PyObject *seq, const char *fname, Py_ssize_t *count)
{
    Py_ssize_t n, i;
    char **arr;

    if (!PyList_Check(seq) && !PyTuple_Check(seq)) {
        PyErr_Format(PyExc_TypeError, "%s() arg 2 must be a tuple or list",
                     fname);
        return NULL;
    }
    n = PySequence_Size(seq);
    arr = PyMem_New(char *, n + 1);
    if (arr == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
        if (!PyString_Check(item)) {
            PyMem_Free(arr);
            PyErr_Format(PyExc_TypeError, "%s() arg 2 must contain only strings",
                         fname);
            return NULL;
        }
        arr[i] = PyString_AS_STRING(item);
    }
    arr[n] = NULL;
    *count = n;
    return arr;
}

static PyObject *
posix_execv(PyObject *self, PyObject *args)
{
    char *path, **argvlist;
    PyObject *argv;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "sO:execv", &path, &argv))
        return NULL;
    argvlist = string_array(argv, "execv", &n);
    if (argvlist == NULL)
        return NULL;
    if (n < 1) {
        PyMem_Free(argvlist);
        PyErr_SetString(PyExc_ValueError, "execv() arg 2 must not be empty");
        return NULL;
    }
    fflush(stdout);
    fflush(stderr);
    execv(path, argvlist);
    PyMem_Free(argvlist);
    return posix_error();
}

static PyObject *
posix_execve(PyObject *self, PyObject *args)
{
    char *path, **argvlist, **envlist;
    PyObject *argv, *env, *keys, *vals;
    Py_ssize_t n, i, nenv;

    if (!PyArg_ParseTuple(args, "sOO:execve", &path, &argv, &env))
        return NULL;
    if (!PyMapping_Check(env)) {
        PyErr_SetString(PyExc_TypeError, "execve() arg 3 must be a mapping object");
        return NULL;
    }
    argvlist = string_array(argv, "execve", &n);
    if (argvlist == NULL)
        return NULL;
    keys = PyMapping_Keys(env);
    vals = PyMapping_Values(env);
    if (keys == NULL || vals == NULL) {
        Py_XDECREF(keys);
        Py_XDECREF(vals);
        PyMem_Free(argvlist);
        return NULL;
    }
    nenv = PyList_Size(keys);
    envlist = PyMem_New(char *, nenv + 1);
    if (envlist == NULL) {
        Py_DECREF(keys);
        Py_DECREF(vals);
        PyMem_Free(argvlist);
        return PyErr_NoMemory();
    }
    for (i = 0; i < nenv; i++) {
        char *k, *v;
        size_t len;
        if (!PyArg_Parse(PyList_GetItem(keys, i), "s;execve() arg 3 contains a non-string key", &k) ||
            !PyArg_Parse(PyList_GetItem(vals, i), "s;execve() arg 3 contains a non-string value", &v))
            goto fail;
        len = strlen(k) + strlen(v) + 2;
        envlist[i] = (char *)PyMem_Malloc(len);
        if (envlist[i] == NULL) {
            PyErr_NoMemory();
            goto fail;
        }
        PyOS_snprintf(envlist[i], len, "%s=%s", k, v);
        continue;
    fail:
        while (--i >= 0)
            PyMem_Free(envlist[i]);
        PyMem_Free(envlist);
        PyMem_Free(argvlist);
        Py_DECREF(keys);
        Py_DECREF(vals);
        return NULL;
    }
    envlist[nenv] = NULL;
    fflush(stdout);
    fflush(stderr);
    execve(path, argvlist, envlist);
    for (i = 0; i < nenv; i++)
        PyMem_Free(envlist[i]);
    PyMem_Free(envlist);
    PyMem_Free(argvlist);
    Py_DECREF(keys);
    Py_DECREF(vals);
    return posix_error();
}

static PyObject *
posix_waitpid(PyObject *self, PyObject *args)
{
    int pid, options, status = 0;
    pid_t r;
    if (!PyArg_ParseTuple(args, "ii:waitpid", &pid, &options))
        return NULL;
    do {
        Py_BEGIN_ALLOW_THREADS
        r = waitpid((pid_t)pid, &status, options);
        Py_END_ALLOW_THREADS
    } while (r == -1 && errno == EINTR && PyErr_CheckSignals() == 0);
    if (r == -1) {
        if (PyErr_Occurred())
            return NULL;
        return posix_error();
    }
    return Py_BuildValue("(ii)", (int)r, status);
}

static PyObject *
posix_wait(PyObject *self, PyObject *noargs)
{
    int status = 0;
    pid_t r;
    do {
        Py_BEGIN_ALLOW_THREADS
        r = wait(&status);
        Py_END_ALLOW_THREADS
    } while (r == -1 && errno == EINTR && PyErr_CheckSignals() == 0);
    if (r == -1) {
        if (PyErr_Occurred())
            return NULL;
        return posix_error();
    }
    return Py_BuildValue("(ii)", (int)r, status);
}

#define WAIT_MACRO(NAME, EXPR) \
static PyObject * \
posix_##NAME(PyObject *self, PyObject *args) \
{ \
    int status; \
    if (!PyArg_ParseTuple(args, "i:" #NAME, &status)) \
        return NULL; \
    return EXPR; \
}

WAIT_MACRO(WIFEXITED, PyBool_FromLong(WIFEXITED(status)))
WAIT_MACRO(WEXITSTATUS, PyInt_FromLong(WEXITSTATUS(status)))
WAIT_MACRO(WIFSIGNALED, PyBool_FromLong(WIFSIGNALED(status)))
WAIT_MACRO(WTERMSIG, PyInt_FromLong(WTERMSIG(status)))
WAIT_MACRO(WIFSTOPPED, PyBool_FromLong(WIFSTOPPED(status)))
WAIT_MACRO(WSTOPSIG, PyInt_FromLong(WSTOPSIG(status)))
WAIT_MACRO(WCOREDUMP, PyBool_FromLong(WCOREDUMP(status)))
WAIT_MACRO(WIFCONTINUED, PyBool_FromLong(WIFCONTINUED(status)))

/* ---- environment, misc ---- */

static PyObject *
posix_putenv(PyObject *self, PyObject *args)
{
    char *name, *value;
    if (!PyArg_ParseTuple(args, "ss:putenv", &name, &value))
        return NULL;
    if (setenv(name, value, 1) != 0)
        return posix_error();
    Py_RETURN_NONE;
}

static PyObject *
posix_unsetenv(PyObject *self, PyObject *args)
{
    char *name;
    if (!PyArg_ParseTuple(args, "s:unsetenv", &name))
        return NULL;
    unsetenv(name);
    Py_RETURN_NONE;
}

static PyObject *
posix_strerror(PyObject *self, PyObject *args)
{
    int code;
    char *message;
    if (!PyArg_ParseTuple(args, "i:strerror", &code))
        return NULL;
    message = strerror(code);
    if (message == NULL) {
        PyErr_SetString(PyExc_ValueError, "strerror() argument out of range");
        return NULL;
    }
    return PyString_FromString(message);
}

static PyObject *
posix_urandom(PyObject *self, PyObject *args)
{
    int howmany, fd;
    Py_ssize_t got = 0;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "i:urandom", &howmany))
        return NULL;
    if (howmany < 0) {
        PyErr_SetString(PyExc_ValueError, "negative argument not allowed");
        return NULL;
    }
    if (_PyMem_CheckAvailable((size_t)howmany) < 0)
        return NULL;
    fd = open("/dev/urandom", O_RDONLY);
    if (fd < 0) {
        PyErr_SetString(PyExc_NotImplementedError,
                        "/dev/urandom (or equivalent) not found");
        return NULL;
    }
    result = PyString_FromStringAndSize(NULL, howmany);
    if (result == NULL) {
        close(fd);
        return NULL;
    }
    while (got < howmany) {
        ssize_t n = read(fd, PyString_AS_STRING(result) + got,
                         (size_t)(howmany - got));
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            close(fd);
            Py_DECREF(result);
            return posix_error();
        }
        got += n;
    }
    close(fd);
    return result;
}

static PyObject *
make_environ(void)
{
    PyObject *d = PyDict_New();
    char **e;
    if (d == NULL)
        return NULL;
    for (e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        PyObject *k, *v;
        if (eq == NULL)
            continue;
        k = PyString_FromStringAndSize(*e, eq - *e);
        v = PyString_FromString(eq + 1);
        if (k == NULL || v == NULL) {
            Py_XDECREF(k);
            Py_XDECREF(v);
            Py_DECREF(d);
            return NULL;
        }
        if (PyDict_GetItem(d, k) == NULL && PyDict_SetItem(d, k, v) != 0) {
            Py_DECREF(k);
            Py_DECREF(v);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(k);
        Py_DECREF(v);
    }
    return d;
}

static PyMethodDef posix_methods[] = {
    {"access", posix_access, METH_VARARGS, "access(path, mode) -> True if granted, False otherwise"},
    {"chdir", posix_chdir, METH_VARARGS, "chdir(path)\n\nChange the current working directory to the specified path."},
    {"chmod", posix_chmod, METH_VARARGS, "chmod(path, mode)\n\nChange the access permissions of a file."},
    {"chown", posix_chown, METH_VARARGS, "chown(path, uid, gid)\n\nChange the owner and group id of path to the numeric uid and gid."},
    {"getcwd", posix_getcwd, METH_NOARGS, "getcwd() -> path\n\nReturn a string representing the current working directory."},
    {"getcwdu", posix_getcwdu, METH_NOARGS, "getcwdu() -> path\n\nReturn a unicode string representing the current working directory."},
    {"link", posix_link, METH_VARARGS, "link(src, dst)\n\nCreate a hard link to a file."},
    {"listdir", posix_listdir, METH_VARARGS, "listdir(path) -> list_of_strings\n\nReturn a list containing the names of the entries in the directory."},
    {"lstat", posix_lstat, METH_VARARGS, "lstat(path) -> stat result\n\nLike stat(path), but do not follow symbolic links."},
    {"mkdir", posix_mkdir, METH_VARARGS, "mkdir(path [, mode=0777])\n\nCreate a directory."},
    {"readlink", posix_readlink, METH_VARARGS, "readlink(path) -> path\n\nReturn a string representing the path to which the symbolic link points."},
    {"rename", posix_rename, METH_VARARGS, "rename(old, new)\n\nRename a file or directory."},
    {"rmdir", posix_rmdir, METH_VARARGS, "rmdir(path)\n\nRemove a directory."},
    {"stat", posix_stat, METH_VARARGS, "stat(path) -> stat result\n\nPerform a stat system call on the given path."},
    {"stat_float_times", posix_stat_float_times, METH_VARARGS, "stat_float_times([newval]) -> oldval"},
    {"symlink", posix_symlink, METH_VARARGS, "symlink(src, dst)\n\nCreate a symbolic link pointing to src named dst."},
    {"system", posix_system, METH_VARARGS, "system(command) -> exit_status\n\nExecute the command (a string) in a subshell."},
    {"umask", posix_umask, METH_VARARGS, "umask(new_mask) -> old_mask\n\nSet the current numeric umask and return the previous umask."},
    {"uname", posix_uname, METH_NOARGS, "uname() -> (sysname, nodename, release, version, machine)"},
    {"unlink", posix_unlink, METH_VARARGS, "unlink(path)\n\nRemove a file (same as remove(path))."},
    {"remove", posix_unlink, METH_VARARGS, "remove(path)\n\nRemove a file (same as unlink(path))."},
    {"utime", posix_utime, METH_VARARGS, "utime(path, (atime, mtime))\nutime(path, None)\n\nSet the access and modified time of the file."},
    {"times", posix_times, METH_NOARGS, "times() -> (utime, stime, cutime, cstime, elapsed_time)"},
    {"execv", posix_execv, METH_VARARGS, "execv(path, args)\n\nExecute an executable path with arguments, replacing current process."},
    {"execve", posix_execve, METH_VARARGS, "execve(path, args, env)\n\nExecute a path with arguments and environment, replacing current process."},
    {"fork", posix_fork, METH_NOARGS, "fork() -> pid\n\nFork a child process."},
    {"getegid", posix_getegid, METH_NOARGS, "getegid() -> egid"},
    {"geteuid", posix_geteuid, METH_NOARGS, "geteuid() -> euid"},
    {"getgid", posix_getgid, METH_NOARGS, "getgid() -> gid"},
    {"getpid", posix_getpid, METH_NOARGS, "getpid() -> pid\n\nReturn the current process id"},
    {"getpgrp", posix_getpgrp, METH_NOARGS, "getpgrp() -> pgrp"},
    {"getppid", posix_getppid, METH_NOARGS, "getppid() -> ppid"},
    {"getuid", posix_getuid, METH_NOARGS, "getuid() -> uid"},
    {"getlogin", posix_getlogin, METH_NOARGS, "getlogin() -> string"},
    {"kill", posix_kill, METH_VARARGS, "kill(pid, sig)\n\nKill a process with a signal."},
    {"nice", posix_nice, METH_VARARGS, "nice(inc) -> new_priority"},
    {"popen", posix_popen, METH_VARARGS, "popen(command [, mode='r' [, bufsize]]) -> pipe"},
    {"setsid", posix_setsid, METH_NOARGS, "setsid()"},
    {"setpgid", posix_setpgid, METH_VARARGS, "setpgid(pid, pgrp)"},
    {"wait", posix_wait, METH_NOARGS, "wait() -> (pid, status)"},
    {"waitpid", posix_waitpid, METH_VARARGS, "waitpid(pid, options) -> (pid, status)"},
    {"open", posix_open, METH_VARARGS, "open(filename, flag [, mode=0777]) -> fd\n\nOpen a file (for low level IO)."},
    {"close", posix_close, METH_VARARGS, "close(fd)\n\nClose a file descriptor (for low level IO)."},
    {"dup", posix_dup, METH_VARARGS, "dup(fd) -> fd2\n\nReturn a duplicate of a file descriptor."},
    {"dup2", posix_dup2, METH_VARARGS, "dup2(old_fd, new_fd)\n\nDuplicate file descriptor."},
    {"lseek", posix_lseek, METH_VARARGS, "lseek(fd, pos, how) -> newpos\n\nSet the current position of a file descriptor."},
    {"read", posix_read, METH_VARARGS, "read(fd, buffersize) -> string\n\nRead a file descriptor."},
    {"write", posix_write, METH_VARARGS, "write(fd, string) -> byteswritten\n\nWrite a string to a file descriptor."},
    {"fstat", posix_fstat, METH_VARARGS, "fstat(fd) -> stat result\n\nLike stat(), but for an open file descriptor."},
    {"fdopen", posix_fdopen, METH_VARARGS, "fdopen(fd [, mode='r' [, bufsize]]) -> file_object\n\nReturn an open file object connected to a file descriptor."},
    {"isatty", posix_isatty, METH_VARARGS, "isatty(fd) -> bool"},
    {"ttyname", posix_ttyname, METH_VARARGS, "ttyname(fd) -> string"},
    {"pipe", posix_pipe, METH_NOARGS, "pipe() -> (read_end, write_end)\n\nCreate a pipe."},
    {"ftruncate", posix_ftruncate, METH_VARARGS, "ftruncate(fd, length)"},
    {"fsync", posix_fsync, METH_O, "fsync(fildes)\n\nforce write of file with filedescriptor to disk."},
    {"putenv", posix_putenv, METH_VARARGS, "putenv(key, value)\n\nChange or add an environment variable."},
    {"unsetenv", posix_unsetenv, METH_VARARGS, "unsetenv(key)\n\nDelete an environment variable."},
    {"strerror", posix_strerror, METH_VARARGS, "strerror(code) -> string\n\nTranslate an error code to a message string."},
    {"WCOREDUMP", posix_WCOREDUMP, METH_VARARGS, NULL},
    {"WIFCONTINUED", posix_WIFCONTINUED, METH_VARARGS, NULL},
    {"WIFSTOPPED", posix_WIFSTOPPED, METH_VARARGS, NULL},
    {"WIFSIGNALED", posix_WIFSIGNALED, METH_VARARGS, NULL},
    {"WIFEXITED", posix_WIFEXITED, METH_VARARGS, NULL},
    {"WEXITSTATUS", posix_WEXITSTATUS, METH_VARARGS, NULL},
    {"WTERMSIG", posix_WTERMSIG, METH_VARARGS, NULL},
    {"WSTOPSIG", posix_WSTOPSIG, METH_VARARGS, NULL},
    {"_exit", posix__exit, METH_VARARGS, "_exit(status)\n\nExit to the system with specified status, without normal exit processing."},
    {"urandom", posix_urandom, METH_VARARGS, "urandom(n) -> str\n\nReturn a string of n random bytes suitable for cryptographic use."},
    {NULL, NULL}
};

#define ADD_INT(m, NAME) PyModule_AddIntConstant(m, #NAME, (long)NAME)

void
initposix(void)
{
    PyObject *m, *v;

    m = Py_InitModule3("posix", posix_methods,
        "This module provides access to operating system functionality that is\n"
        "standardized by the C Standard and the POSIX standard (a thinly\n"
        "disguised Unix interface).  Refer to the library manual and\n"
        "corresponding Unix manual entries for more information on calls.");
    if (m == NULL)
        return;

    v = make_environ();
    if (v == NULL || PyModule_AddObject(m, "environ", v) != 0)
        return;
    Py_INCREF(PyExc_OSError);
    if (PyModule_AddObject(m, "error", PyExc_OSError) != 0)
        return;

    ADD_INT(m, F_OK); ADD_INT(m, R_OK); ADD_INT(m, W_OK); ADD_INT(m, X_OK);
    ADD_INT(m, WNOHANG); ADD_INT(m, WUNTRACED); ADD_INT(m, WCONTINUED);
    ADD_INT(m, O_RDONLY); ADD_INT(m, O_WRONLY); ADD_INT(m, O_RDWR);
    ADD_INT(m, O_NDELAY); ADD_INT(m, O_NONBLOCK); ADD_INT(m, O_APPEND);
    ADD_INT(m, O_DSYNC); ADD_INT(m, O_RSYNC); ADD_INT(m, O_SYNC);
    ADD_INT(m, O_NOCTTY); ADD_INT(m, O_CREAT); ADD_INT(m, O_EXCL);
    ADD_INT(m, O_TRUNC); ADD_INT(m, O_LARGEFILE); ADD_INT(m, O_DIRECTORY);
    ADD_INT(m, O_NOFOLLOW); ADD_INT(m, O_ASYNC); ADD_INT(m, O_NOATIME);
    ADD_INT(m, O_DIRECT);
    ADD_INT(m, EX_OK); ADD_INT(m, EX_USAGE); ADD_INT(m, EX_DATAERR);
    ADD_INT(m, EX_NOINPUT); ADD_INT(m, EX_NOUSER); ADD_INT(m, EX_NOHOST);
    ADD_INT(m, EX_UNAVAILABLE); ADD_INT(m, EX_SOFTWARE); ADD_INT(m, EX_OSERR);
    ADD_INT(m, EX_OSFILE); ADD_INT(m, EX_CANTCREAT); ADD_INT(m, EX_IOERR);
    ADD_INT(m, EX_TEMPFAIL); ADD_INT(m, EX_PROTOCOL); ADD_INT(m, EX_NOPERM);
    ADD_INT(m, EX_CONFIG);
    PyModule_AddIntConstant(m, "TMP_MAX", TMP_MAX);

    if (!stat_types_ready) {
        stat_result_fields[7].name = PyStructSequence_UnnamedField;
        stat_result_fields[8].name = PyStructSequence_UnnamedField;
        stat_result_fields[9].name = PyStructSequence_UnnamedField;
        PyStructSequence_InitType(&StatResultType, &stat_result_desc);
        stat_types_ready = 1;
    }
    Py_INCREF(&StatResultType);
    PyModule_AddObject(m, "stat_result", (PyObject *)&StatResultType);
}
