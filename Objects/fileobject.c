/* The built-in file type, on top of C stdio.

   The constructor is one function, file_init(); a sandbox's path
   capability check belongs there (see file_open_allowed). */

#include "Python.h"
#include "structmember.h"
#include "sandbox.h"

#include <sys/stat.h>
#include <sys/types.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* Bits of f_newlinetypes: which line endings were seen in 'U' mode. */
#define NEWLINE_UNKNOWN 0
#define NEWLINE_CR 1
#define NEWLINE_LF 2
#define NEWLINE_CRLF 4

#define READAHEAD_BUFSIZE 8192
#define SMALLCHUNK 8192

#define IS_OPEN(f) ((f)->f_fp != NULL)

static PyObject *
err_closed(void)
{
    PyErr_SetString(PyExc_ValueError, "I/O operation on closed file");
    return NULL;
}

static PyObject *
err_iterbuffered(void)
{
    PyErr_SetString(PyExc_ValueError,
                    "Mixing iteration and read methods would lose data");
    return NULL;
}

/* ---- Blocking calls without the GIL ----

   While a thread waits in fread/fgets/fwrite with the GIL released,
   another thread could close the file and free the FILE.  Files in such
   a call are counted in this small table (only touched with the GIL
   held); close() refuses a counted file.  When the table is full the
   call simply keeps the GIL. */

#define FILE_BUSY_SLOTS 64

static struct {
    PyFileObject *file;
    int count;
} file_busy[FILE_BUSY_SLOTS];

/* Count f as busy; 1 if the caller may release the GIL. */
static int
file_busy_enter(PyFileObject *f)
{
    int i, free_slot = -1;

    for (i = 0; i < FILE_BUSY_SLOTS; i++) {
        if (file_busy[i].file == f) {
            file_busy[i].count++;
            return 1;
        }
        if (file_busy[i].file == NULL && free_slot < 0)
            free_slot = i;
    }
    if (free_slot < 0)
        return 0;
    file_busy[free_slot].file = f;
    file_busy[free_slot].count = 1;
    return 1;
}

static void
file_busy_leave(PyFileObject *f)
{
    int i;

    for (i = 0; i < FILE_BUSY_SLOTS; i++) {
        if (file_busy[i].file == f) {
            if (--file_busy[i].count <= 0) {
                file_busy[i].file = NULL;
                file_busy[i].count = 0;
            }
            return;
        }
    }
}

static int
file_is_busy(PyFileObject *f)
{
    int i;

    for (i = 0; i < FILE_BUSY_SLOTS; i++)
        if (file_busy[i].file == f)
            return 1;
    return 0;
}

/* Bracket a blocking stdio call on f: the GIL is released only if f
   could be counted.  No Python object may be touched in between. */
#define FILE_BEGIN_BLOCKING(f) { \
        int _file_counted = file_busy_enter(f); \
        PyThreadState *_file_save = _file_counted ? PyEval_SaveThread() : NULL;
#define FILE_END_BLOCKING(f) \
        if (_file_save != NULL) \
            PyEval_RestoreThread(_file_save); \
        if (_file_counted) \
            file_busy_leave(f); \
    }

static PyObject *
err_busy(void)
{
    PyErr_SetString(PyExc_IOError,
                    "close() called during concurrent operation on the same file object.");
    return NULL;
}

static void
drop_readahead(PyFileObject *f)
{
    if (f->f_buf != NULL) {
        PyMem_Free(f->f_buf);
        f->f_buf = NULL;
        f->f_bufptr = f->f_bufend = NULL;
    }
}

/* Refuse read methods while next() has data buffered ahead. */
static int
readahead_in_use(PyFileObject *f)
{
    if (f->f_buf != NULL && f->f_bufend - f->f_bufptr > 0 &&
        f->f_buf[0] != '\0') {
        err_iterbuffered();
        return 1;
    }
    drop_readahead(f);
    return 0;
}

/* ---- C API ---- */

FILE *
PyFile_AsFile(PyObject *f)
{
    if (f == NULL || !PyFile_Check(f))
        return NULL;
    return ((PyFileObject *)f)->f_fp;
}

PyObject *
PyFile_Name(PyObject *f)
{
    if (f == NULL || !PyFile_Check(f))
        return NULL;
    return ((PyFileObject *)f)->f_name;
}

static PyObject *
fill_file_fields(PyFileObject *f, FILE *fp, PyObject *name, char *mode,
                 int (*close)(FILE *))
{
    PyObject *m;

    m = PyString_FromString(mode);
    if (m == NULL)
        return NULL;
    Py_INCREF(name);
    Py_XDECREF(f->f_name);
    f->f_name = name;
    Py_XDECREF(f->f_mode);
    f->f_mode = m;
    f->f_close = close;
    f->f_softspace = 0;
    f->f_binary = strchr(mode, 'b') != NULL;
    f->f_buf = NULL;
    f->f_bufend = NULL;
    f->f_bufptr = NULL;
    f->f_univ_newline = strchr(mode, 'U') != NULL;
    f->f_newlinetypes = NEWLINE_UNKNOWN;
    f->f_skipnextlf = 0;
    Py_INCREF(Py_None);
    Py_XDECREF(f->f_encoding);
    f->f_encoding = Py_None;
    f->f_fp = fp;
    return (PyObject *)f;
}

/* Check and normalise a mode string in place ('U' becomes 'rb'); the
   buffer must have room for two more characters. */
static int
sanitize_mode(char *mode)
{
    size_t len = strlen(mode);
    char *u;

    if (len == 0) {
        PyErr_SetString(PyExc_ValueError, "empty mode string");
        return -1;
    }
    u = strchr(mode, 'U');
    if (u != NULL) {
        memmove(u, u + 1, len - (u - mode));
        if (mode[0] == 'w' || mode[0] == 'a') {
            PyErr_Format(PyExc_ValueError, "universal newline mode can only "
                         "be used with modes starting with 'r'");
            return -1;
        }
        if (mode[0] != 'r') {
            memmove(mode + 1, mode, strlen(mode) + 1);
            mode[0] = 'r';
        }
        if (strchr(mode, 'b') == NULL) {
            memmove(mode + 2, mode + 1, strlen(mode));
            mode[1] = 'b';
        }
    }
    else if (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a') {
        PyErr_Format(PyExc_ValueError, "mode string must begin with one of "
                     "'r', 'w', 'a' or 'U', not '%.200s'", mode);
        return -1;
    }
    return 0;
}

/* Opening a directory "succeeds" with fopen: refuse it. */
static int
refuse_directory(PyFileObject *f)
{
    struct stat st;
    if (f->f_fp == NULL)
        return 0;
    if (fstat(fileno(f->f_fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        PyObject *exc = PyObject_CallFunction(PyExc_IOError, "(is)", EISDIR,
                                              strerror(EISDIR));
        if (exc != NULL) {
            PyErr_SetObject(PyExc_IOError, exc);
            Py_DECREF(exc);
        }
        return -1;
    }
    return 0;
}

/* The capability check of a sandbox goes here: may the current
   interpreter open `name` with `mode`?  Returns 0 if allowed, else -1
   with an exception set.  Trusted interpreters may open anything. */
static int
file_open_allowed(const char *name, const char *mode)
{
    /* The capability check: in a sandbox only granted paths and modes. */
    return _PySandbox_CheckOpen(name, mode);
}

static int
open_the_file(PyFileObject *f, char *name, char *mode)
{
    char *newmode;
    size_t n = strlen(mode);

    newmode = (char *)PyMem_Malloc(n + 3);
    if (newmode == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    strcpy(newmode, mode);
    if (sanitize_mode(newmode) < 0)
        goto fail;
    if (file_open_allowed(name, newmode) < 0)
        goto fail;
    errno = 0;
    f->f_fp = fopen(name, newmode);
    if (f->f_fp == NULL) {
        if (errno == EINVAL)
            PyErr_Format(PyExc_IOError, "invalid mode: %s", mode);
        else
            PyErr_SetFromErrnoWithFilenameObject(PyExc_IOError, f->f_name);
        goto fail;
    }
    if (refuse_directory(f) < 0) {
        fclose(f->f_fp);
        f->f_fp = NULL;
        goto fail;
    }
    PyMem_Free(newmode);
    return 0;
fail:
    PyMem_Free(newmode);
    return -1;
}

PyObject *
PyFile_FromFile(FILE *fp, char *name, char *mode, int (*close)(FILE *))
{
    PyFileObject *f;
    PyObject *o_name;

    f = (PyFileObject *)PyFile_Type.tp_new(&PyFile_Type, NULL, NULL);
    if (f == NULL)
        return NULL;
    o_name = PyString_FromString(name);
    if (o_name == NULL) {
        Py_DECREF(f);
        return NULL;
    }
    if (fill_file_fields(f, fp, o_name, mode, close) == NULL) {
        Py_DECREF(o_name);
        Py_DECREF(f);
        return NULL;
    }
    Py_DECREF(o_name);
    return (PyObject *)f;
}

PyObject *
PyFile_FromString(char *name, char *mode)
{
    PyFileObject *f = (PyFileObject *)PyFile_FromFile((FILE *)NULL, name,
                                                      mode, fclose);
    if (f == NULL)
        return NULL;
    if (open_the_file(f, name, mode) < 0) {
        Py_DECREF(f);
        return NULL;
    }
    return (PyObject *)f;
}

void
PyFile_SetBufSize(PyObject *f, int bufsize)
{
    PyFileObject *file = (PyFileObject *)f;
    int type;

    if (bufsize < 0 || file->f_fp == NULL)
        return;
    switch (bufsize) {
    case 0:
        type = _IONBF;
        break;
    case 1:
        type = _IOLBF;
        bufsize = BUFSIZ;
        break;
    default:
        type = _IOFBF;
    }
    fflush(file->f_fp);
    if (type == _IONBF) {
        PyMem_Free(file->f_setbuf);
        file->f_setbuf = NULL;
        setvbuf(file->f_fp, (char *)NULL, type, 0);
    }
    else {
        /* let stdio own the buffer: it outlives this object's control */
        setvbuf(file->f_fp, (char *)NULL, type, (size_t)bufsize);
    }
}

int
PyFile_SetEncoding(PyObject *f, const char *enc)
{
    PyFileObject *file = (PyFileObject *)f;
    PyObject *str = PyString_FromString(enc);
    if (str == NULL)
        return 0;
    Py_DECREF(file->f_encoding);
    file->f_encoding = str;
    return 1;
}

/* ---- methods ---- */

static PyObject *
close_the_file(PyFileObject *f)
{
    int sts = 0;
    int (*closer)(FILE *);
    FILE *fp = f->f_fp;

    if (fp != NULL) {
        if (file_is_busy(f))
            return err_busy();
        closer = f->f_close;
        f->f_fp = NULL;
        if (closer != NULL) {
            errno = 0;
            sts = closer(fp);
        }
        else
            fflush(fp);
        if (sts == EOF)
            return PyErr_SetFromErrno(PyExc_IOError);
        if (sts != 0)
            return PyInt_FromLong((long)sts);
    }
    Py_RETURN_NONE;
}

static void
file_dealloc(PyFileObject *f)
{
    if (f->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)f);
    if (f->f_fp != NULL && f->f_close != NULL) {
        f->f_close(f->f_fp);
        f->f_fp = NULL;
    }
    else if (f->f_fp != NULL)
        fflush(f->f_fp);
    PyMem_Free(f->f_setbuf);
    Py_XDECREF(f->f_name);
    Py_XDECREF(f->f_mode);
    Py_XDECREF(f->f_encoding);
    drop_readahead(f);
    f->ob_type->tp_free((PyObject *)f);
}

static PyObject *
file_repr(PyFileObject *f)
{
    if (PyUnicode_Check(f->f_name)) {
        PyObject *ret, *name = PyUnicode_AsUnicodeEscapeString(f->f_name);
        if (name == NULL)
            return NULL;
        ret = PyString_FromFormat("<%s file u'%s', mode '%s' at %p>",
                                  f->f_fp == NULL ? "closed" : "open",
                                  PyString_AsString(name),
                                  PyString_AsString(f->f_mode), f);
        Py_DECREF(name);
        return ret;
    }
    return PyString_FromFormat("<%s file '%s', mode '%s' at %p>",
                               f->f_fp == NULL ? "closed" : "open",
                               PyString_AsString(f->f_name),
                               PyString_AsString(f->f_mode), f);
}

static PyObject *
file_close(PyFileObject *f)
{
    PyObject *sts;

    if (file_is_busy(f))
        return err_busy();
    sts = close_the_file(f);
    PyMem_Free(f->f_setbuf);
    f->f_setbuf = NULL;
    return sts;
}

static int
offset_from_object(PyObject *o, off_t *out)
{
    if (PyInt_Check(o)) {
        *out = (off_t)PyInt_AsLong(o);
        return 0;
    }
    if (PyLong_Check(o)) {
        PY_LONG_LONG v = PyLong_AsLongLong(o);
        if (v == -1 && PyErr_Occurred())
            return -1;
        *out = (off_t)v;
        return 0;
    }
    {
        PY_LONG_LONG v = PyLong_AsLongLong(o);
        if (v == -1 && PyErr_Occurred())
            return -1;
        *out = (off_t)v;
    }
    return 0;
}

static PyObject *
file_seek(PyFileObject *f, PyObject *args)
{
    int whence = 0, ret;
    off_t offset;
    PyObject *offobj;

    if (!IS_OPEN(f))
        return err_closed();
    drop_readahead(f);
    if (!PyArg_ParseTuple(args, "O|i:seek", &offobj, &whence))
        return NULL;
    if (offset_from_object(offobj, &offset) < 0)
        return NULL;
    errno = 0;
    ret = fseeko(f->f_fp, offset, whence);
    if (ret != 0) {
        PyErr_SetFromErrno(PyExc_IOError);
        clearerr(f->f_fp);
        return NULL;
    }
    f->f_skipnextlf = 0;
    Py_RETURN_NONE;
}

static PyObject *
file_truncate(PyFileObject *f, PyObject *args)
{
    PyObject *newsizeobj = NULL;
    off_t newsize, initialpos;

    if (!IS_OPEN(f))
        return err_closed();
    if (!PyArg_UnpackTuple(args, "truncate", 0, 1, &newsizeobj))
        return NULL;
    errno = 0;
    initialpos = ftello(f->f_fp);
    if (initialpos == -1)
        goto onioerror;
    if (newsizeobj != NULL) {
        if (offset_from_object(newsizeobj, &newsize) < 0)
            return NULL;
    }
    else
        newsize = initialpos;
    errno = 0;
    if (fflush(f->f_fp) != 0)
        goto onioerror;
    if (ftruncate(fileno(f->f_fp), newsize) != 0)
        goto onioerror;
    if (fseeko(f->f_fp, initialpos, SEEK_SET) != 0)
        goto onioerror;
    Py_RETURN_NONE;
onioerror:
    PyErr_SetFromErrno(PyExc_IOError);
    clearerr(f->f_fp);
    return NULL;
}

static PyObject *
file_tell(PyFileObject *f)
{
    off_t pos;

    if (!IS_OPEN(f))
        return err_closed();
    errno = 0;
    pos = ftello(f->f_fp);
    if (pos == -1) {
        PyErr_SetFromErrno(PyExc_IOError);
        clearerr(f->f_fp);
        return NULL;
    }
    if (f->f_skipnextlf) {
        int c = getc(f->f_fp);
        if (c == '\n') {
            pos++;
            f->f_skipnextlf = 0;
        }
        else if (c != EOF)
            ungetc(c, f->f_fp);
    }
    return PyLong_FromLongLong((PY_LONG_LONG)pos);
}

static PyObject *
file_fileno(PyFileObject *f)
{
    if (!IS_OPEN(f))
        return err_closed();
    return PyInt_FromLong((long)fileno(f->f_fp));
}

static PyObject *
file_flush(PyFileObject *f)
{
    if (!IS_OPEN(f))
        return err_closed();
    errno = 0;
    if (fflush(f->f_fp) != 0) {
        PyErr_SetFromErrno(PyExc_IOError);
        clearerr(f->f_fp);
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
file_isatty(PyFileObject *f)
{
    if (!IS_OPEN(f))
        return err_closed();
    return PyBool_FromLong(isatty(fileno(f->f_fp)));
}

/* Read up to n bytes, translating newlines in 'U' mode. */
size_t
Py_UniversalNewlineFread(char *buf, size_t n, FILE *stream, PyObject *fobj)
{
    char *dst = buf;
    PyFileObject *f = (PyFileObject *)fobj;
    int newlinetypes, skipnextlf;

    if (!fobj || !PyFile_Check(fobj)) {
        errno = ENXIO;
        return 0;
    }
    if (!f->f_univ_newline)
        return fread(buf, 1, n, stream);
    newlinetypes = f->f_newlinetypes;
    skipnextlf = f->f_skipnextlf;
    while (n) {
        size_t nread = fread(dst, 1, n, stream);
        size_t shortread;
        char *src = dst;
        if (nread == 0)
            break;
        n -= nread;
        shortread = n != 0;
        while (nread--) {
            char c = *src++;
            if (c == '\r') {
                *dst++ = '\n';
                skipnextlf = 1;
            }
            else if (skipnextlf && c == '\n') {
                skipnextlf = 0;
                newlinetypes |= NEWLINE_CRLF;
                ++n;
            }
            else {
                if (c == '\n')
                    newlinetypes |= NEWLINE_LF;
                else if (skipnextlf)
                    newlinetypes |= NEWLINE_CR;
                *dst++ = c;
                skipnextlf = 0;
            }
        }
        if (shortread) {
            if (skipnextlf && feof(stream))
                newlinetypes |= NEWLINE_CR;
            break;
        }
    }
    f->f_newlinetypes = newlinetypes;
    f->f_skipnextlf = skipnextlf;
    return dst - buf;
}

/* fgets with newline translation in 'U' mode. */
char *
Py_UniversalNewlineFgets(char *buf, int n, FILE *stream, PyObject *fobj)
{
    char *p = buf;
    int c = 0;          /* n may be 1: no character read */
    int newlinetypes = 0, skipnextlf = 0, univ = 1;

    if (fobj != NULL) {
        if (!PyFile_Check(fobj)) {
            errno = ENXIO;
            return NULL;
        }
        univ = ((PyFileObject *)fobj)->f_univ_newline;
        if (!univ)
            return fgets(buf, n, stream);
        newlinetypes = ((PyFileObject *)fobj)->f_newlinetypes;
        skipnextlf = ((PyFileObject *)fobj)->f_skipnextlf;
    }
    while (--n > 0 && (c = getc(stream)) != EOF) {
        if (skipnextlf) {
            skipnextlf = 0;
            if (c == '\n') {
                newlinetypes |= NEWLINE_CRLF;
                c = getc(stream);
                if (c == EOF)
                    break;
            }
            else
                newlinetypes |= NEWLINE_CR;
        }
        if (c == '\r') {
            skipnextlf = 1;
            c = '\n';
        }
        else if (c == '\n')
            newlinetypes |= NEWLINE_LF;
        *p++ = (char)c;
        if (c == '\n')
            break;
    }
    if (c == EOF && skipnextlf)
        newlinetypes |= NEWLINE_CR;
    if (fobj != NULL) {
        ((PyFileObject *)fobj)->f_newlinetypes = newlinetypes;
        ((PyFileObject *)fobj)->f_skipnextlf = skipnextlf;
    }
    else if (skipnextlf) {
        c = getc(stream);
        if (c != '\n')
            ungetc(c, stream);
    }
    *p = '\0';
    if (p == buf)
        return NULL;
    return buf;
}

/* A good first guess of how much read() will return. */
static size_t
read_size_hint(PyFileObject *f, size_t current)
{
    struct stat st;
    if (fstat(fileno(f->f_fp), &st) == 0 && S_ISREG(st.st_mode)) {
        off_t pos = ftello(f->f_fp);
        if (pos >= 0 && st.st_size > pos &&
            (PY_LONG_LONG)(st.st_size - pos) < (PY_LONG_LONG)(PY_SSIZE_T_MAX / 2))
            return current + (size_t)(st.st_size - pos) + 1;
    }
    if (current > SMALLCHUNK)
        return current + (current >> 3) + SMALLCHUNK;
    return current + SMALLCHUNK;
}

static PyObject *
file_read(PyFileObject *f, PyObject *args)
{
    long want = -1;
    size_t got = 0, cap, chunk;
    PyObject *v;

    if (!IS_OPEN(f))
        return err_closed();
    if (readahead_in_use(f))
        return NULL;
    if (!PyArg_ParseTuple(args, "|l:read", &want))
        return NULL;

    /* never trust a requested size for the first allocation */
    if (want < 0)
        cap = read_size_hint(f, 0);
    else {
        size_t hint = read_size_hint(f, 0);
        cap = (size_t)want < hint ? (size_t)want : hint;
    }
    if (cap > (size_t)PY_SSIZE_T_MAX)
        cap = SMALLCHUNK;
    v = PyString_FromStringAndSize((char *)NULL, (Py_ssize_t)cap);
    if (v == NULL)
        return NULL;

    for (;;) {
        if (got == cap) {
            size_t newcap;
            if (want >= 0 && got >= (size_t)want)
                break;
            newcap = read_size_hint(f, cap);
            if (want >= 0 && newcap > (size_t)want)
                newcap = (size_t)want;
            if (newcap <= cap || newcap > (size_t)PY_SSIZE_T_MAX) {
                PyErr_SetString(PyExc_OverflowError,
                                "requested number of bytes is more than a Python string can hold");
                Py_DECREF(v);
                return NULL;
            }
            if (_PyString_Resize(&v, (Py_ssize_t)newcap) < 0)
                return NULL;
            cap = newcap;
        }
        errno = 0;
        {
            char *dest = PyString_AS_STRING(v) + got;
            FILE *fp = f->f_fp;
            /* Other threads run while this one waits for data. */
            FILE_BEGIN_BLOCKING(f)
            chunk = Py_UniversalNewlineFread(dest, cap - got, fp, (PyObject *)f);
            FILE_END_BLOCKING(f)
        }
        if (chunk == 0) {
            if (!ferror(f->f_fp))
                break;
            clearerr(f->f_fp);
            if (errno == EAGAIN && got > 0)
                break;
            PyErr_SetFromErrno(PyExc_IOError);
            Py_DECREF(v);
            return NULL;
        }
        got += chunk;
        if (want >= 0 && got >= (size_t)want)
            break;
    }
    if (got != cap)
        _PyString_Resize(&v, (Py_ssize_t)got);
    return v;
}

/* One line, at most n bytes if n > 0. */
static PyObject *
get_line(PyFileObject *f, int n)
{
    FILE *fp = f->f_fp;
    size_t cap = 100, used = 0;
    PyObject *v;
    int c;
    int univ = f->f_univ_newline;
    int newlinetypes = f->f_newlinetypes;
    int skipnextlf = f->f_skipnextlf;

    if (n > 0 && (size_t)n < cap)
        cap = (size_t)n;
    v = PyString_FromStringAndSize((char *)NULL, (Py_ssize_t)cap);
    if (v == NULL)
        return NULL;
    for (;;) {
        char *buf = PyString_AS_STRING(v);
        int done = 0;
        /* The loop below touches only locals and v's private buffer. */
        FILE_BEGIN_BLOCKING(f)
        while (used < cap) {
            c = getc(fp);
            if (c == EOF) {
                if (univ && skipnextlf)
                    newlinetypes |= NEWLINE_CR;
                done = 1;
                break;
            }
            if (univ) {
                if (skipnextlf) {
                    skipnextlf = 0;
                    if (c == '\n') {
                        newlinetypes |= NEWLINE_CRLF;
                        continue;
                    }
                    newlinetypes |= NEWLINE_CR;
                }
                if (c == '\r') {
                    skipnextlf = 1;
                    c = '\n';
                }
                else if (c == '\n')
                    newlinetypes |= NEWLINE_LF;
            }
            buf[used++] = (char)c;
            if (c == '\n') {
                done = 1;
                break;
            }
        }
        FILE_END_BLOCKING(f)
        if (done)
            break;
        if (n > 0 && used >= (size_t)n)
            break;
        /* grow */
        {
            size_t newcap = cap + (cap >> 2) + 100;
            if (n > 0 && newcap > (size_t)n)
                newcap = (size_t)n;
            if (newcap > (size_t)PY_SSIZE_T_MAX) {
                Py_DECREF(v);
                PyErr_SetString(PyExc_OverflowError, "line is longer than a Python string can hold");
                return NULL;
            }
            if (_PyString_Resize(&v, (Py_ssize_t)newcap) < 0)
                return NULL;
            cap = newcap;
        }
    }
    f->f_newlinetypes = newlinetypes;
    f->f_skipnextlf = skipnextlf;
    if (ferror(fp) && used == 0) {
        clearerr(fp);
        if (errno == EINTR || errno == 0) {
            /* a signal: let it be handled */
            if (PyErr_CheckSignals() < 0) {
                Py_DECREF(v);
                return NULL;
            }
        }
        else {
            PyErr_SetFromErrno(PyExc_IOError);
            Py_DECREF(v);
            return NULL;
        }
    }
    if (used != cap)
        _PyString_Resize(&v, (Py_ssize_t)used);
    return v;
}

PyObject *
PyFile_GetLine(PyObject *f, int n)
{
    PyObject *result;

    if (f == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyFile_Check(f)) {
        PyFileObject *fo = (PyFileObject *)f;
        if (fo->f_fp == NULL)
            return err_closed();
        if (readahead_in_use(fo))
            return NULL;
        result = get_line(fo, n <= 0 ? 0 : n);
    }
    else {
        PyObject *reader = PyObject_GetAttrString(f, "readline"), *args;
        if (reader == NULL)
            return NULL;
        args = (n <= 0) ? PyTuple_New(0) : Py_BuildValue("(i)", n);
        if (args == NULL) {
            Py_DECREF(reader);
            return NULL;
        }
        result = PyEval_CallObject(reader, args);
        Py_DECREF(reader);
        Py_DECREF(args);
        if (result != NULL && !PyString_Check(result) &&
            !PyUnicode_Check(result)) {
            Py_DECREF(result);
            result = NULL;
            PyErr_SetString(PyExc_TypeError,
                            "object.readline() returned non-string");
        }
    }

    if (n < 0 && result != NULL && PyString_Check(result)) {
        const char *s = PyString_AS_STRING(result);
        Py_ssize_t len = PyString_GET_SIZE(result);
        if (len == 0) {
            Py_DECREF(result);
            result = NULL;
            PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
        }
        else if (s[len - 1] == '\n') {
            PyObject *trimmed = PyString_FromStringAndSize(s, len - 1);
            Py_DECREF(result);
            result = trimmed;
        }
    }
    if (n < 0 && result != NULL && PyUnicode_Check(result)) {
        Py_UNICODE *s = PyUnicode_AS_UNICODE(result);
        Py_ssize_t len = PyUnicode_GET_SIZE(result);
        if (len == 0) {
            Py_DECREF(result);
            result = NULL;
            PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
        }
        else if (s[len - 1] == '\n') {
            PyObject *trimmed = PyUnicode_FromUnicode(s, len - 1);
            Py_DECREF(result);
            result = trimmed;
        }
    }
    return result;
}

static PyObject *
file_readline(PyFileObject *f, PyObject *args)
{
    int n = -1;

    if (!IS_OPEN(f))
        return err_closed();
    if (readahead_in_use(f))
        return NULL;
    if (!PyArg_ParseTuple(args, "|i:readline", &n))
        return NULL;
    if (n == 0)
        return PyString_FromString("");
    if (n < 0)
        n = 0;
    return get_line(f, n);
}

static PyObject *
file_readlines(PyFileObject *f, PyObject *args)
{
    long sizehint = 0;
    Py_ssize_t total = 0;
    PyObject *list, *line;

    if (!IS_OPEN(f))
        return err_closed();
    if (readahead_in_use(f))
        return NULL;
    if (!PyArg_ParseTuple(args, "|l:readlines", &sizehint))
        return NULL;
    list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (;;) {
        line = get_line(f, 0);
        if (line == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        if (PyString_GET_SIZE(line) == 0) {
            Py_DECREF(line);
            break;
        }
        if (PyList_Append(list, line) < 0) {
            Py_DECREF(line);
            Py_DECREF(list);
            return NULL;
        }
        total += PyString_GET_SIZE(line);
        Py_DECREF(line);
        if (sizehint > 0 && total >= sizehint)
            break;
    }
    return list;
}

static PyObject *
file_write(PyFileObject *f, PyObject *args)
{
    char *s;
    int n;      /* '#' lengths are int without PY_SSIZE_T_CLEAN */
    size_t n2;

    if (!IS_OPEN(f))
        return err_closed();
    if (!PyArg_ParseTuple(args, f->f_binary ? "s#" : "t#", &s, &n))
        return NULL;
    f->f_softspace = 0;
    errno = 0;
    {
        FILE *fp = f->f_fp;
        PyObject *data = PyTuple_GET_ITEM(args, 0);
        /* Without the GIL only if the data cannot change meanwhile. */
        if (PyString_Check(data) || PyUnicode_Check(data)) {
            FILE_BEGIN_BLOCKING(f)
            n2 = fwrite(s, 1, (size_t)n, fp);
            FILE_END_BLOCKING(f)
        }
        else
            n2 = fwrite(s, 1, (size_t)n, fp);
    }
    if (n2 != (size_t)n) {
        PyErr_SetFromErrno(PyExc_IOError);
        clearerr(f->f_fp);
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
file_writelines(PyFileObject *f, PyObject *seq)
{
    PyObject *it, *item;

    if (!IS_OPEN(f))
        return err_closed();
    it = PyObject_GetIter(seq);
    if (it == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "writelines() requires an iterable argument");
        return NULL;
    }
    while ((item = PyIter_Next(it)) != NULL) {
        const char *buf;
        Py_ssize_t len;
        size_t written;
        if (PyString_Check(item)) {
            buf = PyString_AS_STRING(item);
            len = PyString_GET_SIZE(item);
        }
        else if ((f->f_binary ?
                  PyObject_AsReadBuffer(item, (const void **)&buf, &len) :
                  PyObject_AsCharBuffer(item, &buf, &len)) != 0) {
            Py_DECREF(item);
            Py_DECREF(it);
            PyErr_SetString(PyExc_TypeError,
                            "writelines() argument must be a sequence of strings");
            return NULL;
        }
        f->f_softspace = 0;
        errno = 0;
        if (PyString_Check(item)) {
            FILE *fp = f->f_fp;
            FILE_BEGIN_BLOCKING(f)
            written = fwrite(buf, 1, (size_t)len, fp);
            FILE_END_BLOCKING(f)
        }
        else
            written = fwrite(buf, 1, (size_t)len, f->f_fp);
        if (written != (size_t)len) {
            Py_DECREF(item);
            Py_DECREF(it);
            PyErr_SetFromErrno(PyExc_IOError);
            clearerr(f->f_fp);
            return NULL;
        }
        Py_DECREF(item);
        if (!IS_OPEN(f)) {
            Py_DECREF(it);
            return err_closed();
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
file_self(PyFileObject *f)
{
    if (!IS_OPEN(f))
        return err_closed();
    Py_INCREF(f);
    return (PyObject *)f;
}

static PyObject *
file_exit(PyFileObject *f, PyObject *args)
{
    PyObject *r = file_close(f);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_RETURN_NONE;
}

/* ---- iteration with a read-ahead buffer ---- */

static int
readahead(PyFileObject *f, size_t bufsize)
{
    size_t chunk;

    if (f->f_buf != NULL) {
        if (f->f_bufend - f->f_bufptr >= 1)
            return 0;
        drop_readahead(f);
    }
    f->f_buf = (char *)PyMem_Malloc(bufsize);
    if (f->f_buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    errno = 0;
    chunk = Py_UniversalNewlineFread(f->f_buf, bufsize, f->f_fp,
                                     (PyObject *)f);
    if (chunk == 0 && ferror(f->f_fp)) {
        PyErr_SetFromErrno(PyExc_IOError);
        clearerr(f->f_fp);
        drop_readahead(f);
        return -1;
    }
    f->f_bufptr = f->f_buf;
    f->f_bufend = f->f_buf + chunk;
    return 0;
}

/* The next line from the read-ahead buffer; `skip` bytes are reserved at
   the front of the result for lines spanning several buffers. */
static PyObject *
readahead_line(PyFileObject *f, size_t skip, size_t bufsize)
{
    PyObject *s;
    char *nl;
    size_t len;

    if (f->f_buf == NULL && readahead(f, bufsize) < 0)
        return NULL;
    if (f->f_buf != NULL && f->f_bufptr >= f->f_bufend &&
        readahead(f, bufsize) < 0)
        return NULL;
    len = f->f_bufend - f->f_bufptr;
    if (len == 0)
        return PyString_FromStringAndSize(NULL, (Py_ssize_t)skip);
    nl = (char *)memchr(f->f_bufptr, '\n', len);
    if (nl != NULL) {
        nl++;
        len = nl - f->f_bufptr;
        if (skip + len > (size_t)PY_SSIZE_T_MAX) {
            PyErr_NoMemory();
            return NULL;
        }
        s = PyString_FromStringAndSize(NULL, (Py_ssize_t)(skip + len));
        if (s == NULL)
            return NULL;
        memcpy(PyString_AS_STRING(s) + skip, f->f_bufptr, len);
        f->f_bufptr = nl;
        if (f->f_bufptr == f->f_bufend)
            drop_readahead(f);
    }
    else {
        char *saved = f->f_buf, *ptr = f->f_bufptr;
        f->f_buf = NULL;   /* readahead() must allocate a new block */
        if (skip + len > (size_t)PY_SSIZE_T_MAX / 2) {
            PyMem_Free(saved);
            PyErr_NoMemory();
            return NULL;
        }
        s = readahead_line(f, skip + len, bufsize + (bufsize >> 2));
        if (s == NULL) {
            PyMem_Free(saved);
            return NULL;
        }
        memcpy(PyString_AS_STRING(s) + skip, ptr, len);
        PyMem_Free(saved);
    }
    return s;
}

static PyObject *
file_iternext(PyFileObject *f)
{
    PyObject *line;

    if (!IS_OPEN(f))
        return err_closed();
    line = readahead_line(f, 0, READAHEAD_BUFSIZE);
    if (line == NULL || PyString_GET_SIZE(line) == 0) {
        Py_XDECREF(line);
        return NULL;
    }
    return line;
}

/* ---- attributes ---- */

static PyObject *
get_closed(PyFileObject *f, void *closure)
{
    return PyBool_FromLong((long)(f->f_fp == NULL));
}

static PyObject *
get_newlines(PyFileObject *f, void *closure)
{
    switch (f->f_newlinetypes) {
    case NEWLINE_UNKNOWN:
        Py_RETURN_NONE;
    case NEWLINE_CR:
        return PyString_FromString("\r");
    case NEWLINE_LF:
        return PyString_FromString("\n");
    case NEWLINE_CR | NEWLINE_LF:
        return Py_BuildValue("(ss)", "\r", "\n");
    case NEWLINE_CRLF:
        return PyString_FromString("\r\n");
    case NEWLINE_CR | NEWLINE_CRLF:
        return Py_BuildValue("(ss)", "\r", "\r\n");
    case NEWLINE_LF | NEWLINE_CRLF:
        return Py_BuildValue("(ss)", "\n", "\r\n");
    case NEWLINE_CR | NEWLINE_LF | NEWLINE_CRLF:
        return Py_BuildValue("(sss)", "\r", "\n", "\r\n");
    default:
        PyErr_Format(PyExc_SystemError, "Unknown newlines value 0x%x\n",
                     f->f_newlinetypes);
        return NULL;
    }
}

static PyGetSetDef file_getsetlist[] = {
    {"closed", (getter)get_closed, NULL, "True if the file is closed"},
    {"newlines", (getter)get_newlines, NULL,
     "end-of-line convention used in this file"},
    {0},
};

static PyMemberDef file_memberlist[] = {
    {"softspace", T_INT, offsetof(PyFileObject, f_softspace), 0,
     "flag indicating that a space needs to be printed; used by print"},
    {"mode", T_OBJECT, offsetof(PyFileObject, f_mode), RO,
     "file mode ('r', 'U', 'w', 'a', possibly with 'b' or '+' added)"},
    {"name", T_OBJECT, offsetof(PyFileObject, f_name), RO, "file name"},
    {"encoding", T_OBJECT, offsetof(PyFileObject, f_encoding), RO,
     "file encoding"},
    {NULL}
};

PyDoc_STRVAR(readline_doc,
"readline([size]) -> next line from the file, as a string.\n\n"
"Retain newline.  A non-negative size argument limits the maximum\n"
"number of bytes to return (an incomplete line may be returned then).\n"
"Return an empty string at EOF.");
PyDoc_STRVAR(read_doc,
"read([size]) -> read at most size bytes, returned as a string.\n\n"
"If the size argument is negative or omitted, read until EOF is reached.\n"
"Notice that when in non-blocking mode, less data than what was requested\n"
"may be returned, even if no size parameter was given.");
PyDoc_STRVAR(write_doc,
"write(str) -> None.  Write string str to file.\n\n"
"Note that due to buffering, flush() or close() may be needed before\n"
"the file on disk reflects the data written.");
PyDoc_STRVAR(fileno_doc,
"fileno() -> integer \"file descriptor\".\n\n"
"This is needed for lower-level file interfaces, such os.read().");
PyDoc_STRVAR(seek_doc,
"seek(offset[, whence]) -> None.  Move to new file position.\n\n"
"Argument offset is a byte count.  Optional argument whence defaults to\n"
"0 (offset from start of file, offset should be >= 0); other values are 1\n"
"(move relative to current position, positive or negative), and 2 (move\n"
"relative to end of file, usually negative, although many platforms allow\n"
"seeking beyond the end of a file).  If the file is opened in text mode,\n"
"only offsets returned by tell() are legal.  Use of other offsets causes\n"
"undefined behavior.\n"
"Note that not all file objects are seekable.");
PyDoc_STRVAR(truncate_doc,
"truncate([size]) -> None.  Truncate the file to at most size bytes.\n\n"
"Size defaults to the current file position, as returned by tell().");
PyDoc_STRVAR(tell_doc, "tell() -> current file position, an integer (may be a long integer).");
PyDoc_STRVAR(readlines_doc,
"readlines([size]) -> list of strings, each a line from the file.\n\n"
"Call readline() repeatedly and return a list of the lines so read.\n"
"The optional size argument, if given, is an approximate bound on the\n"
"total number of bytes in the lines returned.");
PyDoc_STRVAR(xreadlines_doc,
"xreadlines() -> returns self.\n\n"
"For backward compatibility. File objects now include the performance\n"
"optimizations previously implemented in the xreadlines module.");
PyDoc_STRVAR(writelines_doc,
"writelines(sequence_of_strings) -> None.  Write the strings to the file.\n\n"
"Note that newlines are not added.  The sequence can be any iterable object\n"
"producing strings. This is equivalent to calling write() for each string.");
PyDoc_STRVAR(flush_doc, "flush() -> None.  Flush the internal I/O buffer.");
PyDoc_STRVAR(close_doc,
"close() -> None or (perhaps) an integer.  Close the file.\n\n"
"Sets data attribute .closed to True.  A closed file cannot be used for\n"
"further I/O operations.  close() may be called more than once without\n"
"error.  Some kinds of file objects (for example, opened by popen())\n"
"may return an exit status upon closing.");
PyDoc_STRVAR(isatty_doc, "isatty() -> true or false.  True if the file is connected to a tty device.");
PyDoc_STRVAR(enter_doc, "__enter__() -> self.");
PyDoc_STRVAR(exit_doc, "__exit__(*excinfo) -> None.  Closes the file.");

static PyMethodDef file_methods[] = {
    {"readline", (PyCFunction)file_readline, METH_VARARGS, readline_doc},
    {"read", (PyCFunction)file_read, METH_VARARGS, read_doc},
    {"write", (PyCFunction)file_write, METH_VARARGS, write_doc},
    {"fileno", (PyCFunction)file_fileno, METH_NOARGS, fileno_doc},
    {"seek", (PyCFunction)file_seek, METH_VARARGS, seek_doc},
    {"truncate", (PyCFunction)file_truncate, METH_VARARGS, truncate_doc},
    {"tell", (PyCFunction)file_tell, METH_NOARGS, tell_doc},
    {"readlines", (PyCFunction)file_readlines, METH_VARARGS, readlines_doc},
    {"xreadlines", (PyCFunction)file_self, METH_NOARGS, xreadlines_doc},
    {"writelines", (PyCFunction)file_writelines, METH_O, writelines_doc},
    {"flush", (PyCFunction)file_flush, METH_NOARGS, flush_doc},
    {"close", (PyCFunction)file_close, METH_NOARGS, close_doc},
    {"isatty", (PyCFunction)file_isatty, METH_NOARGS, isatty_doc},
    {"__enter__", (PyCFunction)file_self, METH_NOARGS, enter_doc},
    {"__exit__", (PyCFunction)file_exit, METH_VARARGS, exit_doc},
    {NULL, NULL}
};

/* ---- construction ---- */

static PyObject *
file_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyFileObject *self = (PyFileObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    /* empty fields so that the object is always safe to use */
    Py_INCREF(Py_None);
    self->f_name = Py_None;
    self->f_mode = PyString_FromString("<uninitialized file>");
    if (self->f_mode == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    Py_INCREF(Py_None);
    self->f_encoding = Py_None;
    self->weakreflist = NULL;
    return (PyObject *)self;
}

/* file(name[, mode[, buffering]]): the one constructor of file objects
   reachable from Python (open is the same type). */
static int
file_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyFileObject *foself = (PyFileObject *)self;
    static char *kwlist[] = {"name", "mode", "buffering", 0};
    char *name = NULL, *mode = "r";
    int bufsize = -1, ok = -1;
    PyObject *o_name;

    if (foself->f_fp != NULL) {
        /* re-initialising an open file: close it first */
        PyObject *closeresult = file_close(foself);
        if (closeresult == NULL)
            return -1;
        Py_DECREF(closeresult);
    }

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "et|si:file", kwlist,
                                     Py_FileSystemDefaultEncoding, &name,
                                     &mode, &bufsize))
        return -1;

    /* the name is kept as given (str or unicode) */
    if (!PyArg_ParseTuple(args, "O|si", &o_name, &mode, &bufsize)) {
        PyErr_Clear();
        o_name = PyString_FromString(name);
        if (o_name == NULL)
            goto done;
    }
    else
        Py_INCREF(o_name);
    if (fill_file_fields(foself, NULL, o_name, mode, fclose) == NULL) {
        Py_DECREF(o_name);
        goto done;
    }
    Py_DECREF(o_name);
    if (open_the_file(foself, name, mode) < 0)
        goto done;
    foself->f_setbuf = NULL;
    PyFile_SetBufSize(self, bufsize);
    ok = 0;
done:
    PyMem_Free(name);
    return ok;
}

PyDoc_STRVAR(file_doc,
"file(name[, mode[, buffering]]) -> file object\n"
"\n"
"Open a file.  The mode can be 'r', 'w' or 'a' for reading (default),\n"
"writing or appending.  The file will be created if it doesn't exist\n"
"when opened for writing or appending; it will be truncated when\n"
"opened for writing.  Add a 'b' to the mode for binary files.\n"
"Add a '+' to the mode to allow simultaneous reading and writing.\n"
"If the buffering argument is given, 0 means unbuffered, 1 means line\n"
"buffered, and larger numbers specify the buffer size.\n"
"Add a 'U' to mode to open the file for input with universal newline\n"
"support.  Any line ending in the input file will be seen as a '\\n'\n"
"in Python.  Also, a file so opened gains the attribute 'newlines';\n"
"the value for this attribute is one of None (no newline read yet),\n"
"'\\r', '\\n', '\\r\\n' or a tuple containing all the newline types seen.\n"
"\n"
"'U' cannot be combined with 'w' or '+' mode.\n"
"\n"
"Note:  open() is an alias for file().");

PyTypeObject PyFile_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "file",
    sizeof(PyFileObject),
    0,
    (destructor)file_dealloc,           /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)file_repr,                /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    PyObject_GenericSetAttr,            /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_WEAKREFS,
    file_doc,                           /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    offsetof(PyFileObject, weakreflist), /* tp_weaklistoffset */
    (getiterfunc)file_self,             /* tp_iter */
    (iternextfunc)file_iternext,        /* tp_iternext */
    file_methods,                       /* tp_methods */
    file_memberlist,                    /* tp_members */
    file_getsetlist,                    /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    file_init,                          /* tp_init */
    PyType_GenericAlloc,                /* tp_alloc */
    file_new,                           /* tp_new */
    PyObject_Del,                       /* tp_free */
};

/* ---- writing objects (print statement) ---- */

int
PyFile_SoftSpace(PyObject *f, int newflag)
{
    long oldflag = 0;

    if (f == NULL)
        return 0;
    if (PyFile_Check(f)) {
        oldflag = ((PyFileObject *)f)->f_softspace;
        ((PyFileObject *)f)->f_softspace = newflag;
    }
    else {
        PyObject *v = PyObject_GetAttrString(f, "softspace");
        if (v == NULL)
            PyErr_Clear();
        else {
            if (PyInt_Check(v))
                oldflag = PyInt_AsLong(v);
            Py_DECREF(v);
        }
        v = PyInt_FromLong((long)newflag);
        if (v == NULL)
            PyErr_Clear();
        else {
            if (PyObject_SetAttrString(f, "softspace", v) != 0)
                PyErr_Clear();
            Py_DECREF(v);
        }
    }
    return (int)oldflag;
}

int
PyFile_WriteObject(PyObject *v, PyObject *f, int flags)
{
    PyObject *writer, *value, *result;

    if (f == NULL) {
        PyErr_SetString(PyExc_TypeError, "writeobject with NULL file");
        return -1;
    }
    if (PyFile_Check(f)) {
        PyFileObject *fo = (PyFileObject *)f;
        int r;
        if (fo->f_fp == NULL) {
            err_closed();
            return -1;
        }
        if ((flags & Py_PRINT_RAW) && PyUnicode_Check(v) &&
            fo->f_encoding != Py_None && PyString_Check(fo->f_encoding)) {
            value = PyUnicode_AsEncodedString(v,
                        PyString_AS_STRING(fo->f_encoding), "strict");
            if (value == NULL)
                return -1;
        }
        else {
            value = v;
            Py_INCREF(value);
        }
        r = PyObject_Print(value, fo->f_fp, flags);
        Py_DECREF(value);
        return r;
    }
    writer = PyObject_GetAttrString(f, "write");
    if (writer == NULL)
        return -1;
    if ((flags & Py_PRINT_RAW) && PyUnicode_Check(v)) {
        value = v;
        Py_INCREF(value);
    }
    else if (flags & Py_PRINT_RAW)
        value = PyObject_Str(v);
    else
        value = PyObject_Repr(v);
    if (value == NULL) {
        Py_DECREF(writer);
        return -1;
    }
    result = PyObject_CallFunctionObjArgs(writer, value, NULL);
    Py_DECREF(value);
    Py_DECREF(writer);
    if (result == NULL)
        return -1;
    Py_DECREF(result);
    return 0;
}

int
PyFile_WriteString(const char *s, PyObject *f)
{
    if (f == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError,
                            "null file for PyFile_WriteString");
        return -1;
    }
    if (PyFile_Check(f)) {
        FILE *fp = PyFile_AsFile(f);
        if (fp == NULL) {
            err_closed();
            return -1;
        }
        fputs(s, fp);
        return 0;
    }
    if (!PyErr_Occurred()) {
        PyObject *v = PyString_FromString(s);
        int err;
        if (v == NULL)
            return -1;
        err = PyFile_WriteObject(v, f, Py_PRINT_RAW);
        Py_DECREF(v);
        return err;
    }
    return -1;
}

int
PyObject_AsFileDescriptor(PyObject *o)
{
    int fd;
    PyObject *meth;

    if (PyInt_Check(o))
        fd = (int)PyInt_AsLong(o);
    else if (PyLong_Check(o))
        fd = (int)PyLong_AsLong(o);
    else if ((meth = PyObject_GetAttrString(o, "fileno")) != NULL) {
        PyObject *fno = PyEval_CallObject(meth, NULL);
        Py_DECREF(meth);
        if (fno == NULL)
            return -1;
        if (PyInt_Check(fno)) {
            fd = (int)PyInt_AsLong(fno);
            Py_DECREF(fno);
        }
        else if (PyLong_Check(fno)) {
            fd = (int)PyLong_AsLong(fno);
            Py_DECREF(fno);
        }
        else {
            PyErr_SetString(PyExc_TypeError,
                            "fileno() returned a non-integer");
            Py_DECREF(fno);
            return -1;
        }
    }
    else {
        PyErr_SetString(PyExc_TypeError,
                        "argument must be an int, or have a fileno() method.");
        return -1;
    }
    if (fd == -1 && PyErr_Occurred())
        return -1;
    if (fd < 0) {
        PyErr_Format(PyExc_ValueError,
                     "file descriptor cannot be a negative integer (%i)", fd);
        return -1;
    }
    return fd;
}
