/* The powerbox: sandboxed interpreters made from a capability table.

   A sandbox is an interpreter (its own PyInterpreterStateEx, thread
   state, modules, builtins, sys, memory account and limits) whose record
   carries a copy of its capability table.  The core asks this file
   whenever a sandbox must be refused something (opening a file,
   importing a module, making bytecode); everything else a sandbox holds
   it got from here:

   - its streams are SandboxStream proxies (over a C FILE of the process,
     or over a write()/readline() of the creator, called in the
     creator's interpreter with a copied string);
   - host functions it was given are HostFunction proxies (arguments and
     results are copied immutable values; exceptions come back as
     surrogates);
   - values set into it or read out of it are copies
     (_PySandbox_CopyImmutable).

   No object of one interpreter is ever handed raw to another. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include <poll.h>
#include "sandbox.h"
#include "frameobject.h"
#include "code.h"
#include "compile.h"
#include "longintrepr.h"
#include <limits.h>
#include <time.h>

const char *const PySandbox_DefaultModules[] = {
    /* pure computation, text and data structures */
    "math", "cmath", "string", "re", "sre", "sre_compile", "sre_parse",
    "sre_constants", "_sre", "struct", "_struct", "textwrap", "difflib",
    "fnmatch", "StringIO", "cStringIO", "codecs", "_codecs", "encodings",
    "unicodedata", "base64", "binascii", "collections", "_collections",
    "heapq", "_heapq", "bisect", "_bisect", "array", "itertools",
    "functools", "_functools", "operator", "copy", "copy_reg", "sets",
    "UserDict", "UserList", "UserString", "weakref", "_weakref",
    "random", "_random", "decimal", "datetime", "calendar", "time", "_strptime",
    "pickle", "cPickle", "marshal", "json", "pprint", "repr", "types",
    "traceback", "linecache", "warnings", "contextlib", "keyword",
    "token", "tokenize", "unittest", "doctest", "getopt", "optparse",
    "atexit", "exceptions", "__future__", "shlex", "Queue", "new",
    "stat", "errno", "md5", "sha", "hashlib", "_md5", "_sha", "zlib",
    "inspect", "dis", "opcode", "csv", "_csv",
    "_sha256", "_sha512", "hmac", "_ast", "stringprep", "quopri", "uu",
    "colorsys", "fpformat", "symbol", "sched", "timeit", "locale",
    "gettext", "ConfigParser", "urlparse", "urllib", "rfc822", "mimetools",
    "uuid", "code", "codeop", "cmd", "fileinput", "logging", "gzip",
    /* text formats (parse(filename) goes through the checked open) */
    "xml", "pyexpat", "HTMLParser", "markupbase", "htmlentitydefs",
    "email", "Cookie", "mimetypes", "xdrlib", "imghdr", "sndhdr",
    /* sockets: without allow_connect grants a sandbox can only hold
       unconnected sockets (Modules/socketmodule.c checks every use) */
    "socket", "_socket", "select",
    /* network clients: nothing without allow_connect grants either */
    "httplib", "urllib2", "xmlrpclib", "smtplib", "poplib", "imaplib",
    "ftplib", "telnetlib", "nntplib", "asyncore", "asynchat",
    NULL
};

/* What a sandbox is refused even if its table lists it: modules whose
   mere presence is an ability of the process. */
static const char *const never_modules[] = {
    NULL
};

/* Modules the codec machinery imports on its own: every sandbox may. */
static const char *const codec_modules[] = {
    "encodings", "codecs", "_codecs", NULL
};

typedef struct {
    char **items;
    Py_ssize_t n;
    int borrowed;       /* items is a static list (not copied, not freed) */
} strlist;

/* The copy of the capability table a sandbox's interpreter record points
   to (PyInterpreterStateEx.sandbox). */
typedef struct _PySandboxConfig_internal {
    strlist imports;
    strlist read_paths;     /* normalised absolute paths */
    strlist write_paths;
    strlist connect;
    size_t memory_limit;
    double cpu_limit;
    double time_limit;
    int recursion_limit;
} sandbox_table;

struct _PySandbox {
    PyThreadState *tstate;          /* the sandbox's own thread state */
    PyInterpreterState *interp;
    sandbox_table *table;           /* &table_storage */
    sandbox_table table_storage;
    PyObject *main_dict;            /* borrowed from its __main__ */
    PySandboxStatus status;
    int exit_code;
    int closed;
    int depth;                      /* host calls into it in progress */
    int free_pending;               /* PySandbox_Free came during a call */
    double cpu_start;               /* thread CPU clock at the outer entry */
    double cpu_used;                /* seconds used by past runs */
    char *err_type;
    char *err_message;
    char *err_traceback;
};

static char lib_dir[PATH_MAX];

/* ------------------------------------------------------------------ */
/* Small helpers */

static char *
raw_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = (char *)PyMem_RawMalloc(n);
    if (p != NULL)
        memcpy(p, s, n);
    return p;
}

static void
strlist_clear(strlist *l)
{
    Py_ssize_t i;
    if (!l->borrowed) {
        for (i = 0; i < l->n; i++)
            PyMem_RawFree(l->items[i]);
        PyMem_RawFree(l->items);
    }
    l->items = NULL;
    l->n = 0;
    l->borrowed = 0;
}

static int
strlist_add(strlist *l, const char *s)
{
    char **items;
    if (l->borrowed)
        return -1;
    items = (char **)PyMem_RawRealloc(l->items, (l->n + 1) * sizeof(char *));
    if (items == NULL)
        return -1;
    l->items = items;
    if ((items[l->n] = raw_strdup(s)) == NULL)
        return -1;
    l->n++;
    return 0;
}

static int
strlist_contains(const strlist *l, const char *s)
{
    Py_ssize_t i;
    for (i = 0; i < l->n; i++)
        if (strcmp(l->items[i], s) == 0)
            return 1;
    return 0;
}

/* Absolute, normalised path with symlinks resolved as far as the path
   exists (a file to be created resolves through its directory).  The
   result has no "." or ".." components and no trailing '/'. */
static int
normalise_path(const char *path, char *out)
{
    char buf[PATH_MAX], tail[PATH_MAX];
    char *slash;
    size_t n = strlen(path);

    if (n == 0 || n >= PATH_MAX)
        return -1;
    if (realpath(path, out) != NULL)
        return 0;
    /* Not there (yet): resolve the parent, keep the last component. */
    strcpy(buf, path);
    while (n > 1 && buf[n - 1] == '/')
        buf[--n] = '\0';
    slash = strrchr(buf, '/');
    if (slash == NULL) {
        strcpy(tail, buf);
        strcpy(buf, ".");
    }
    else {
        strcpy(tail, slash + 1);
        if (slash == buf)
            strcpy(buf, "/");
        else
            *slash = '\0';
    }
    if (strcmp(tail, "..") == 0 || strcmp(tail, ".") == 0 || tail[0] == '\0')
        return -1;
    if (realpath(buf, out) == NULL)
        return -1;
    if (strlen(out) + 1 + strlen(tail) >= PATH_MAX)
        return -1;
    if (strcmp(out, "/") != 0)
        strcat(out, "/");
    strcat(out, tail);
    return 0;
}

/* Is `path` (normalised) the granted path or inside the granted tree? */
static int
path_granted(const strlist *grants, const char *path)
{
    Py_ssize_t i;
    for (i = 0; i < grants->n; i++) {
        const char *g = grants->items[i];
        size_t gl = strlen(g);
        if (strncmp(path, g, gl) == 0 &&
            (path[gl] == '\0' || path[gl] == '/' || (gl == 1 && g[0] == '/')))
            return 1;
    }
    return 0;
}

static sandbox_table *
current_table(void)
{
    PyThreadState *t = _PyThreadState_Current;
    if (t == NULL)
        return NULL;
    return (sandbox_table *)_PyInterpreterState_EX(t->interp)->sandbox;
}

static double
monotonic_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double
thread_cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Teardown's allowance for a limit of `seconds` (PySandbox_Free). */
#define TEARDOWN_ALLOWANCE 1.0
#define TEARDOWN_MEMORY_ROOM ((size_t)1 << 20)

static double
teardown_allowance(double seconds)
{
    return seconds < TEARDOWN_ALLOWANCE ? seconds : TEARDOWN_ALLOWANCE;
}

/* ------------------------------------------------------------------ */
/* Checks called by the core */

int
_PySandbox_CheckOpen(const char *path, const char *mode)
{
    sandbox_table *t = current_table();
    char norm[PATH_MAX];
    int writing;

    if (t == NULL)
        return 0;
    writing = (strpbrk(mode, "wa+") != NULL);
    if (normalise_path(path, norm) == 0 &&
        path_granted(writing ? &t->write_paths : &t->read_paths, norm) &&
        (!writing || strchr(mode, '+') == NULL || path_granted(&t->read_paths, norm)))
        return 0;
    {
        PyObject *v = Py_BuildValue("(iss)", EACCES, "Permission denied (sandbox)", path);
        if (v != NULL) {
            PyErr_SetObject(PyExc_IOError, v);
            Py_DECREF(v);
        }
    }
    return -1;
}

/* Is op, reached from a sandbox, not the sandbox's own object?  Always 0
   outside sandboxes.  In a sandbox only GC objects charged to its own
   account are its own (others may be static, without an owner to ask).
   Used where a shared process-level object could otherwise carry one
   sandbox's objects to another: the WRITE_RESTRICTED members of the
   builtin functions of the shared builtins template (len.__module__ =
   a list), and the weak references hanging off shared objects such as
   the static types (weakref.getweakrefs(int)). */
int
_PySandbox_IsForeign(PyObject *op)
{
    if (current_table() == NULL)
        return 0;
    if (!PyObject_IS_GC(op))
        return 1;
    return _PyMem_BlockAccount(_Py_AS_GC(op)) != _PyMem_CurrentAccount();
}

int
_PySandbox_CanRead(const char *path)
{
    sandbox_table *t = current_table();
    char norm[PATH_MAX];
    if (t == NULL)
        return 1;
    return normalise_path(path, norm) == 0 && path_granted(&t->read_paths, norm);
}

/* May `fullname` (a dotted module name) be imported here?  A table entry
   allows the module and everything below it. */
static int
import_allowed(sandbox_table *t, const char *fullname)
{
    Py_ssize_t i;
    for (i = 0; never_modules[i] != NULL; i++)
        if (strcmp(never_modules[i], fullname) == 0)
            return 0;
    for (i = 0; codec_modules[i] != NULL; i++)
        if (strcmp(codec_modules[i], fullname) == 0)
            return 1;
    for (i = 0; i < t->imports.n; i++) {
        const char *a = t->imports.items[i];
        size_t al = strlen(a);
        if (strncmp(fullname, a, al) == 0 && (fullname[al] == '\0' || fullname[al] == '.'))
            return 1;
    }
    return 0;
}

int
_PySandbox_CheckImport(const char *fullname)
{
    sandbox_table *t = current_table();
    if (t == NULL || import_allowed(t, fullname))
        return 0;
    PyErr_Format(PyExc_ImportError, "import of '%.200s' is not allowed in this sandbox",
                 fullname);
    return -1;
}

int
_PySandbox_Refuse(const char *what)
{
    if (current_table() == NULL)
        return 0;
    PyErr_Format(PyExc_RuntimeError, "%s is not allowed in this sandbox", what);
    return -1;
}

const char *
_PySandbox_LibDir(void)
{
    if (current_table() == NULL)
        return NULL;
    return lib_dir;
}

int
_PySandbox_CheckConnect(const char *host, int port)
{
    sandbox_table *t = current_table();
    char buf[300];
    if (t == NULL)
        return 0;
    PyOS_snprintf(buf, sizeof(buf), "%s:%d", host, port);
    if (strlist_contains(&t->connect, buf))
        return 0;
    PyErr_Format(PyExc_IOError, "[Errno %d] Permission denied (sandbox): connect to '%.200s'",
                 EACCES, buf);
    return -1;
}

const char *
_PySandbox_ConnectGrant(Py_ssize_t i)
{
    sandbox_table *t = current_table();
    if (t == NULL || i < 0 || i >= t->connect.n)
        return NULL;
    return t->connect.items[i];
}

/* ------------------------------------------------------------------ */
/* Copying immutable values between interpreters.  Only C-level data is
   read from the source object (no Python code of either side runs), and
   the copy is allocated in the current interpreter. */

#define COPY_MAX_DEPTH 100

/* A tuple may hold the same object many times, and tuples of tuples make
   a DAG: t = (); t = (t, t) forty times is forty tuples, 2**40 as a tree.
   Containers (and big strings) are copied once each: `memo` maps the
   address of a source object to its copy, so the copy's size is that of
   the source, not of its unfolding. */
#define COPY_MEMO_MIN_BYTES 256

static int
big_leaf(PyObject *v)
{
    Py_ssize_t n;
    if (PyString_CheckExact(v))
        n = PyString_GET_SIZE(v);
    else if (PyUnicode_CheckExact(v))
        n = PyUnicode_GET_SIZE(v) * (Py_ssize_t)sizeof(Py_UNICODE);
    else if (PyLong_CheckExact(v)) {
        n = ((PyVarObject *)v)->ob_size;
        n = (n < 0 ? -n : n) * (Py_ssize_t)sizeof(digit);
    }
    else
        return 0;
    return n >= COPY_MEMO_MIN_BYTES;
}

static PyObject *
copy_immutable(PyObject *v, int depth, PyObject **memo)
{
    PyObject *key = NULL, *r;

    if (v == Py_None || v == Py_True || v == Py_False || v == Py_Ellipsis) {
        Py_INCREF(v);
        return v;
    }
    if (PyInt_CheckExact(v))
        return PyInt_FromLong(PyInt_AS_LONG(v));
    if (PyFloat_CheckExact(v))
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(v));
    if (PyComplex_CheckExact(v))
        return PyComplex_FromCComplex(((PyComplexObject *)v)->cval);
    if (PyTuple_CheckExact(v) || big_leaf(v)) {
        if (*memo == NULL && (*memo = PyDict_New()) == NULL)
            return NULL;
        key = PyLong_FromVoidPtr(v);
        if (key == NULL)
            return NULL;
        r = PyDict_GetItem(*memo, key);
        if (r != NULL) {
            Py_DECREF(key);
            Py_INCREF(r);
            return r;
        }
    }
    if (PyLong_CheckExact(v))
        r = _PyLong_Copy((PyLongObject *)v);
    else if (PyString_CheckExact(v))
        r = PyString_FromStringAndSize(PyString_AS_STRING(v), PyString_GET_SIZE(v));
    else if (PyUnicode_CheckExact(v))
        r = PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(v), PyUnicode_GET_SIZE(v));
    else if (PyTuple_CheckExact(v)) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(v);
        if (depth >= COPY_MAX_DEPTH) {
            PyErr_SetString(PyExc_RuntimeError,
                            "tuple too deeply nested to copy across interpreters");
            Py_DECREF(key);
            return NULL;
        }
        r = PyTuple_New(n);
        for (i = 0; r != NULL && i < n; i++) {
            PyObject *item = copy_immutable(PyTuple_GET_ITEM(v, i), depth + 1, memo);
            if (item == NULL)
                Py_CLEAR(r);
            else
                PyTuple_SET_ITEM(r, i, item);
        }
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "cannot copy '%.100s' objects across interpreters "
                     "(only None, bool, int, long, float, complex, str, unicode "
                     "and tuples of these)", v->ob_type->tp_name);
        r = NULL;
    }
    if (r != NULL && key != NULL && PyDict_SetItem(*memo, key, r) < 0)
        Py_CLEAR(r);
    Py_XDECREF(key);
    return r;
}

/* Copy v, made in another interpreter, into the current one.  Only
   C-level data of v is read: no code of either side runs. */
static PyObject *
copy_across(PyObject *v)
{
    PyObject *memo = NULL, *r = copy_immutable(v, 0, &memo);
    Py_XDECREF(memo);
    return r;
}

PyObject *
_PySandbox_CopyImmutable(PyObject *v)
{
    return copy_across(v);
}

/* Run `fn(arg)` with `target` as the current thread state, then come
   back.  Allocation follows the thread state, so what fn makes is
   charged to target's interpreter. */
#define ENTER(target) PyThreadState *_saved_ts = PyThreadState_Swap(target)
#define LEAVE() PyThreadState_Swap(_saved_ts)

/* An exception of the current interpreter, turned into C strings
   (type name, message, formatted traceback) and cleared. */
typedef struct {
    char *type_name;
    char *message;
    char *traceback;
    int is_system_exit;
    int exit_code;
    int is_memory_error;
} surrogate;

static char *
raw_from_pystr(PyObject *s)
{
    if (s == NULL || !PyString_Check(s))
        return raw_strdup("");
    return raw_strdup(PyString_AS_STRING(s));
}

/* Format a traceback without reading any file: the sandbox may not be
   allowed to read the sources, and a code object's file name is not to
   be trusted. */
static PyObject *
format_traceback(PyObject *tb)
{
    PyObject *out = PyString_FromString("");
    int depth = 0;
    while (out != NULL && tb != NULL && PyTraceBack_Check(tb) && depth < 1000) {
        PyTracebackObject *t = (PyTracebackObject *)tb;
        PyCodeObject *co = t->tb_frame->f_code;
        PyObject *line = PyString_FromFormat("  File \"%s\", line %d, in %s\n",
                                             PyString_AsString(co->co_filename),
                                             t->tb_lineno,
                                             PyString_AsString(co->co_name));
        PyString_ConcatAndDel(&out, line);
        tb = (PyObject *)t->tb_next;
        depth++;
    }
    if (out == NULL)
        PyErr_Clear();
    return out;
}

static void
take_surrogate(surrogate *s)
{
    PyObject *et, *ev, *tb, *name = NULL, *msg = NULL, *tbs = NULL;

    memset(s, 0, sizeof(*s));
    PyErr_Fetch(&et, &ev, &tb);
    PyErr_NormalizeException(&et, &ev, &tb);
    if (et == NULL) {
        s->type_name = raw_strdup("SystemError");
        s->message = raw_strdup("error return without exception set");
        s->traceback = raw_strdup("");
        return;
    }
    if (PyErr_GivenExceptionMatches(et, PyExc_SystemExit)) {
        PyObject *code = ev;
        s->is_system_exit = 1;
        if (ev != NULL && PyExceptionInstance_Check(ev)) {
            code = PyObject_GetAttrString(ev, "code");
            if (code == NULL)
                PyErr_Clear();
        }
        else
            Py_XINCREF(code);
        if (code == NULL || code == Py_None)
            s->exit_code = 0;
        else if (PyInt_Check(code))
            s->exit_code = (int)PyInt_AsLong(code);
        else {
            /* exit("message"): the message goes to stderr, status 1 */
            PyObject *str = PyObject_Str(code);
            if (str != NULL) {
                PySys_WriteStderr("%s\n", PyString_AsString(str));
                Py_DECREF(str);
            }
            PyErr_Clear();
            s->exit_code = 1;
        }
        Py_XDECREF(code);
    }
    s->is_memory_error = PyErr_GivenExceptionMatches(et, PyExc_MemoryError);
    if (PyType_Check(et)) {
        /* Built-in exceptions are named as Python code names them. */
        const char *tn = ((PyTypeObject *)et)->tp_name;
        if (strncmp(tn, "exceptions.", 11) == 0)
            tn += 11;
        name = PyString_FromString(tn);
    }
    else if (PyClass_Check(et))
        name = PyObject_Str(((PyClassObject *)et)->cl_name);
    else
        name = PyObject_Str(et);
    if (ev != NULL)
        msg = PyObject_Str(ev);
    if (PyErr_Occurred())
        PyErr_Clear();
    tbs = format_traceback(tb);
    s->type_name = raw_from_pystr(name);
    s->message = raw_from_pystr(msg);
    s->traceback = raw_from_pystr(tbs);
    Py_XDECREF(name);
    Py_XDECREF(msg);
    Py_XDECREF(tbs);
    Py_XDECREF(et);
    Py_XDECREF(ev);
    Py_XDECREF(tb);
    PyErr_Clear();
}

static void
surrogate_clear(surrogate *s)
{
    PyMem_RawFree(s->type_name);
    PyMem_RawFree(s->message);
    PyMem_RawFree(s->traceback);
    memset(s, 0, sizeof(*s));
}

/* Raise, in the current interpreter, the surrogate of an exception that
   happened in another: the same built-in exception type when the
   original was one (static types are shared and immutable), else
   RuntimeError naming the original type. */
static void
raise_surrogate(surrogate *s)
{
    PyObject *builtins = PyThreadState_GET()->interp->builtins;
    PyObject *et = NULL;
    char *dot = strrchr(s->type_name, '.');
    const char *short_name = dot ? dot + 1 : s->type_name;

    if (builtins != NULL && strchr(s->type_name, '.') == NULL)
        et = PyDict_GetItemString(builtins, short_name);
    if (et != NULL && PyType_Check(et) &&
        !PyType_HasFeature((PyTypeObject *)et, Py_TPFLAGS_HEAPTYPE) &&
        PyType_IsSubtype((PyTypeObject *)et, (PyTypeObject *)PyExc_BaseException) &&
        et != PyExc_SystemExit && et != PyExc_KeyboardInterrupt)
        PyErr_SetString(et, s->message);
    else
        PyErr_Format(PyExc_RuntimeError, "%s: %s", s->type_name, s->message);
}

/* ------------------------------------------------------------------ */
/* SandboxStream: what a sandbox's sys.stdin/stdout/stderr are. */

typedef struct {
    PyObject_HEAD
    FILE *fp;                   /* process stream, or NULL */
    PyObject *target;           /* creator's write/readline callable, or NULL */
    PyThreadState *owner;       /* the creator's thread state */
    int writable;
    int softspace;
    /* Unused: rounds the object up to 64 bytes, the allocator size class
       of module objects, so that a sandbox's three streams share a pool
       with its modules instead of taking a 4 KiB pool of their own. */
    char spare[16];
} SandboxStream;

static PyTypeObject SandboxStream_Type;

static PyObject *
stream_new(FILE *fp, PyObject *target, PyThreadState *owner, int writable)
{
    SandboxStream *s = PyObject_New(SandboxStream, &SandboxStream_Type);
    if (s == NULL)
        return NULL;
    s->fp = fp;
    s->target = target;     /* a reference of the creator's interpreter */
    Py_XINCREF(target);
    s->owner = owner;
    s->writable = writable;
    s->softspace = 0;
    return (PyObject *)s;
}

static void
stream_dealloc(SandboxStream *s)
{
    if (s->target != NULL) {
        /* The target belongs to the creator: release it there. */
        PyThreadState *saved = PyThreadState_Swap(s->owner);
        Py_DECREF(s->target);
        PyThreadState_Swap(saved);
    }
    PyObject_Del(s);
}

/* Call the creator's callable with a copied argument, in its own
   interpreter, and bring back a copy of the result.  A result that cannot
   be copied is an error, or None when `lenient` (a stream's write()
   returning something is not the sandbox's business). */
static PyObject *
call_in_owner(PyThreadState *owner, PyObject *callable, PyObject *args, int lenient)
{
    PyObject *hargs, *hres = NULL, *res = NULL;
    surrogate s;
    int failed = 0;
    PyThreadState *saved = PyThreadState_Swap(owner);

    hargs = copy_across(args);
    if (hargs != NULL) {
        hres = PyObject_Call(callable, hargs, NULL);
        Py_DECREF(hargs);
    }
    if (hres == NULL) {
        take_surrogate(&s);
        failed = 1;
    }
    PyThreadState_Swap(saved);
    if (failed) {
        raise_surrogate(&s);
        surrogate_clear(&s);
        return NULL;
    }
    /* Copy the result while the owner's object is still alive. */
    res = copy_across(hres);
    saved = PyThreadState_Swap(owner);
    Py_DECREF(hres);
    PyThreadState_Swap(saved);
    if (res == NULL && lenient && PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        Py_INCREF(Py_None);
        res = Py_None;      /* e.g. a write() returning an object */
    }
    return res;
}

static PyObject *
stream_write(SandboxStream *s, PyObject *args)
{
    const char *data;
    Py_ssize_t n;
    if (!s->writable) {
        PyErr_SetString(PyExc_IOError, "File not open for writing");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "s#:write", &data, &n))
        return NULL;
    if (s->fp != NULL) {
        if (n > 0 && fwrite(data, 1, n, s->fp) != (size_t)n) {
            PyErr_SetFromErrno(PyExc_IOError);
            clearerr(s->fp);
            return NULL;
        }
        Py_RETURN_NONE;
    }
    if (s->target != NULL) {
        PyObject *a = Py_BuildValue("(s#)", data, n), *r;
        if (a == NULL)
            return NULL;
        r = call_in_owner(s->owner, s->target, a, 1);
        Py_DECREF(a);
        if (r == NULL)
            return NULL;
        Py_DECREF(r);
    }
    Py_RETURN_NONE;
}

static PyObject *
stream_writelines(SandboxStream *s, PyObject *seq)
{
    PyObject *it = PyObject_GetIter(seq), *item;
    if (it == NULL)
        return NULL;
    while ((item = PyIter_Next(it)) != NULL) {
        PyObject *a = PyTuple_Pack(1, item), *r;
        Py_DECREF(item);
        if (a == NULL)
            break;
        r = stream_write(s, a);
        Py_DECREF(a);
        if (r == NULL)
            break;
        Py_DECREF(r);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
stream_flush(SandboxStream *s)
{
    if (s->fp != NULL)
        fflush(s->fp);
    Py_RETURN_NONE;
}

/* Wait until a read from fp will not block, checking the sandbox's
   limits every 50 ms: a sandbox reading a silent stdin still ends at its
   deadline.  (fp's own buffer is looked at first: glibc's FILE.) */
static int
wait_readable(FILE *fp)
{
    struct pollfd pfd;
    if (fp->_IO_read_ptr < fp->_IO_read_end)
        return 0;
    pfd.fd = fileno(fp);
    pfd.events = POLLIN;
    for (;;) {
        pfd.revents = 0;
        if (poll(&pfd, 1, 50) != 0)
            return 0;       /* readable, at end, or an error getc will see */
        if (_PyEval_CheckLimits() < 0)
            return -1;
    }
}

/* A line (at most limit bytes if limit >= 0) of a process stream. */
static PyObject *
read_process_line(FILE *fp, int limit)
{
    Py_ssize_t n = 0, size = 128;
    PyObject *line = PyString_FromStringAndSize(NULL, size);
    int c;

    while (line != NULL && (limit < 0 || n < limit)) {
        if (wait_readable(fp) < 0 || (c = getc(fp)) == EOF)
            break;
        if (n == size) {
            size *= 2;
            if (_PyString_Resize(&line, size) < 0)
                return NULL;
        }
        PyString_AS_STRING(line)[n++] = (char)c;
        if (c == '\n')
            break;
    }
    if (line == NULL)
        return NULL;
    if (PyErr_Occurred()) {
        Py_DECREF(line);
        return NULL;
    }
    if (_PyString_Resize(&line, n) < 0)
        return NULL;
    return line;
}

static PyObject *
stream_readline(SandboxStream *s, PyObject *args)
{
    int limit = -1;
    if (s->writable) {
        PyErr_SetString(PyExc_IOError, "File not open for reading");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "|i:readline", &limit))
        return NULL;
    if (s->fp != NULL)
        return read_process_line(s->fp, limit);
    if (s->target != NULL) {
        PyObject *a = limit < 0 ? PyTuple_New(0) : Py_BuildValue("(i)", limit), *r;
        if (a == NULL)
            return NULL;
        r = call_in_owner(s->owner, s->target, a, 0);
        Py_DECREF(a);
        if (r != NULL && !PyString_Check(r)) {
            Py_DECREF(r);
            PyErr_SetString(PyExc_TypeError, "readline() did not return a string");
            return NULL;
        }
        return r;
    }
    return PyString_FromString("");
}

static PyObject *
stream_read(SandboxStream *s, PyObject *args)
{
    PyObject *result, *line;
    int n = -1;
    if (!PyArg_ParseTuple(args, "|i:read", &n))
        return NULL;
    result = PyString_FromString("");
    while (result != NULL && (n < 0 || PyString_GET_SIZE(result) < n)) {
        PyObject *a = n < 0 ? PyTuple_New(0)
                            : Py_BuildValue("(i)", (int)(n - PyString_GET_SIZE(result)));
        if (a == NULL) {
            Py_CLEAR(result);
            break;
        }
        line = stream_readline(s, a);
        Py_DECREF(a);
        if (line == NULL) {
            Py_CLEAR(result);
            break;
        }
        if (PyString_GET_SIZE(line) == 0) {
            Py_DECREF(line);
            break;
        }
        PyString_ConcatAndDel(&result, line);
    }
    return result;
}

static PyObject *
stream_readlines(SandboxStream *s)
{
    PyObject *list = PyList_New(0), *line, *a;
    while (list != NULL) {
        a = PyTuple_New(0);
        if (a == NULL)
            break;
        line = stream_readline(s, a);
        Py_DECREF(a);
        if (line == NULL || PyString_GET_SIZE(line) == 0) {
            if (line == NULL)
                Py_CLEAR(list);
            Py_XDECREF(line);
            break;
        }
        if (PyList_Append(list, line) < 0)
            Py_CLEAR(list);
        Py_DECREF(line);
    }
    return list;
}

static PyObject *
stream_iternext(SandboxStream *s)
{
    PyObject *a = PyTuple_New(0), *line;
    if (a == NULL)
        return NULL;
    line = stream_readline(s, a);
    Py_DECREF(a);
    if (line != NULL && PyString_GET_SIZE(line) == 0) {
        Py_DECREF(line);
        return NULL;
    }
    return line;
}

static PyObject *
stream_isatty(SandboxStream *s)
{
    Py_RETURN_FALSE;
}

static PyObject *
stream_get_softspace(SandboxStream *s, void *closure)
{
    return PyInt_FromLong(s->softspace);
}

static int
stream_set_softspace(SandboxStream *s, PyObject *v, void *closure)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_TypeError, "can't delete softspace");
        return -1;
    }
    s->softspace = PyObject_IsTrue(v);
    return s->softspace < 0 ? -1 : 0;
}

static PyObject *
stream_repr(SandboxStream *s)
{
    return PyString_FromFormat("<sandbox %s stream>", s->writable ? "output" : "input");
}

static PyMethodDef stream_methods[] = {
    {"write", (PyCFunction)stream_write, METH_VARARGS, "write(str) -> None."},
    {"writelines", (PyCFunction)stream_writelines, METH_O, "writelines(sequence_of_strings) -> None."},
    {"flush", (PyCFunction)stream_flush, METH_NOARGS, "flush() -> None."},
    {"readline", (PyCFunction)stream_readline, METH_VARARGS, "readline([size]) -> next line."},
    {"read", (PyCFunction)stream_read, METH_VARARGS, "read([size]) -> string."},
    {"readlines", (PyCFunction)stream_readlines, METH_NOARGS, "readlines() -> list of lines."},
    {"isatty", (PyCFunction)stream_isatty, METH_NOARGS, "isatty() -> False."},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef stream_getset[] = {
    {"softspace", (getter)stream_get_softspace, (setter)stream_set_softspace,
     "flag used by print", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject SandboxStream_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "sandbox.stream",
    sizeof(SandboxStream),
    0,
    (destructor)stream_dealloc,             /* tp_dealloc */
    0, 0, 0, 0,
    (reprfunc)stream_repr,                  /* tp_repr */
    0, 0, 0, 0, 0, 0,
    PyObject_GenericGetAttr,                /* tp_getattro */
    0, 0,
    Py_TPFLAGS_DEFAULT,                     /* tp_flags */
    "A sandbox's standard stream (a proxy).",
    0, 0, 0, 0,
    PyObject_SelfIter,                      /* tp_iter */
    (iternextfunc)stream_iternext,          /* tp_iternext */
    stream_methods,                         /* tp_methods */
    0,
    stream_getset,                          /* tp_getset */
};

/* ------------------------------------------------------------------ */
/* HostFunction: a capability the creator exposed to the sandbox. */

typedef struct {
    PyObject_HEAD
    PyObject *target;       /* the creator's callable */
    PyThreadState *owner;
    char name[64];
} HostFunction;

static PyTypeObject HostFunction_Type;

static void
hostfunc_dealloc(HostFunction *h)
{
    PyThreadState *saved = PyThreadState_Swap(h->owner);
    Py_DECREF(h->target);
    PyThreadState_Swap(saved);
    PyObject_Del(h);
}

static PyObject *
hostfunc_call(HostFunction *h, PyObject *args, PyObject *kw)
{
    if (kw != NULL && PyDict_Size(kw) != 0) {
        PyErr_Format(PyExc_TypeError, "%.64s() takes no keyword arguments", h->name);
        return NULL;
    }
    return call_in_owner(h->owner, h->target, args, 0);
}

static PyObject *
hostfunc_repr(HostFunction *h)
{
    return PyString_FromFormat("<host function %s>", h->name);
}

static PyTypeObject HostFunction_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "sandbox.host_function",
    sizeof(HostFunction),
    0,
    (destructor)hostfunc_dealloc,
    0, 0, 0, 0,
    (reprfunc)hostfunc_repr,
    0, 0, 0, 0,
    (ternaryfunc)hostfunc_call,             /* tp_call */
    0,
    PyObject_GenericGetAttr,
    0, 0,
    Py_TPFLAGS_DEFAULT,
    "A function of the sandbox's creator (a capability proxy).",
};

/* ------------------------------------------------------------------ */
/* Creating and destroying sandboxes */

static void
table_clear(sandbox_table *t)
{
    strlist_clear(&t->imports);
    strlist_clear(&t->read_paths);
    strlist_clear(&t->write_paths);
    strlist_clear(&t->connect);
}

static int
add_paths(strlist *l, const char *const *paths)
{
    char norm[PATH_MAX];
    for (; paths != NULL && *paths != NULL; paths++) {
        if (normalise_path(*paths, norm) < 0) {
            PyErr_Format(PyExc_ValueError, "cannot grant access to path '%.200s'", *paths);
            return -1;
        }
        if (strlist_add(l, norm) < 0) {
            PyErr_NoMemory();
            return -1;
        }
    }
    return 0;
}

/* Fill `t` (zeroed) from the caller's table.  The default module list
   is static and immutable: the table points to it instead of copying
   some hundred names for every sandbox. */
static int
table_from_config(sandbox_table *t, const PySandboxConfig *cfg)
{
    const char *const *p;
    static Py_ssize_t n_default = -1;

    if (cfg->allow_import == NULL) {
        if (n_default < 0) {
            for (n_default = 0; PySandbox_DefaultModules[n_default] != NULL; n_default++)
                ;
        }
        t->imports.items = (char **)PySandbox_DefaultModules;  /* read only */
        t->imports.n = n_default;
        t->imports.borrowed = 1;
    }
    else {
        for (p = cfg->allow_import; *p; p++)
            if (strlist_add(&t->imports, *p) < 0)
                goto nomem;
    }
    if (add_paths(&t->read_paths, cfg->allow_read) < 0 ||
        add_paths(&t->write_paths, cfg->allow_write) < 0)
        goto fail;
    for (p = cfg->allow_connect; p != NULL && *p != NULL; p++)
        if (strlist_add(&t->connect, *p) < 0)
            goto nomem;
    t->memory_limit = cfg->memory_limit ? cfg->memory_limit : PySandbox_DEFAULT_MEMORY_LIMIT;
    t->cpu_limit = cfg->cpu_limit;
    t->time_limit = cfg->time_limit;
    t->recursion_limit = cfg->recursion_limit > 0 ? cfg->recursion_limit
                                                  : PySandbox_DEFAULT_RECURSION_LIMIT;
    return 0;
nomem:
    PyErr_NoMemory();
fail:
    table_clear(t);
    return -1;
}

void
PySandboxConfig_Init(PySandboxConfig *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
}

static void
find_lib_dir(void)
{
    /* The Lib/ directory next to the trusted interpreter's modules: the
       directory of the `os` module's file if loaded, else the first
       sys.path entry that has a string.py. */
    PyObject *path = PySys_GetObject("path");
    Py_ssize_t i;
    if (lib_dir[0] != '\0' || path == NULL || !PyList_Check(path))
        return;
    for (i = 0; i < PyList_GET_SIZE(path); i++) {
        PyObject *item = PyList_GET_ITEM(path, i);
        char probe[PATH_MAX];
        FILE *fp;
        if (!PyString_Check(item) || PyString_GET_SIZE(item) == 0 ||
            PyString_GET_SIZE(item) > PATH_MAX - 32)
            continue;
        PyOS_snprintf(probe, sizeof(probe), "%s/string.py", PyString_AS_STRING(item));
        if ((fp = fopen(probe, "r")) != NULL) {
            fclose(fp);
            if (realpath(PyString_AS_STRING(item), lib_dir) == NULL)
                lib_dir[0] = '\0';
            else
                return;
        }
    }
}

static PyObject *
make_stream(PyObject *obj, int no_flag, FILE *fp, PyThreadState *owner, int writable)
{
    PyObject *target = NULL, *s;
    if (no_flag)
        return stream_new(NULL, NULL, owner, writable);
    if (obj == NULL)
        return stream_new(fp, NULL, owner, writable);
    target = PyObject_GetAttrString(obj, writable ? "write" : "readline");
    if (target == NULL)
        return NULL;
    s = stream_new(NULL, target, owner, writable);
    Py_DECREF(target);
    return s;
}

/* Process-level objects that every sandbox shares, made once and charged
   to the process account.  Each is immutable and interpreter-neutral, so
   sharing it grants nothing: a sandbox can neither change it nor reach
   anything of another interpreter through it.  The template dicts
   themselves are never handed out; each sandbox gets its own copy.

   builtins_template: the contents of a fresh __builtin__ module (None,
   True..., static types and exceptions, built-in functions with no
   self): making a sandbox costs a dict copy instead of creating some 150
   function objects and interning their names.  It is kept in two halves:
   merged into a fresh dict one after the other, the first merge sizes
   the table for all the entries (256 slots for some 130 names), where a
   single merge would size it for twice as many (512 slots, 6 KiB more
   per sandbox).
   names: interned strings used as keys and module names while a sandbox
   is built; lib_entry: "lib:", the one entry of sys.path. */
static PyObject *builtins_template[2];
static PyObject *lib_entry;

enum {
    NAME_BUILTIN, NAME_SYS, NAME_MAIN, NAME_MODULES, NAME_PATH,
    NAME_NAME, NAME_BUILTINS, NUM_NAMES
};
static const char *const name_strings[NUM_NAMES] = {
    "__builtin__", "sys", "__main__", "modules", "path",
    "__name__", "__builtins__"
};
static PyObject *names[NUM_NAMES];

/* Copy the entries of `d` into two new dicts of about half each. */
static int
split_template(PyObject *d, PyObject **halves)
{
    Py_ssize_t pos = 0, i = 0, n = PyDict_Size(d);
    PyObject *key, *value;

    halves[0] = PyDict_New();
    halves[1] = PyDict_New();
    if (halves[0] == NULL || halves[1] == NULL)
        goto fail;
    while (PyDict_Next(d, &pos, &key, &value)) {
        if (PyDict_SetItem(halves[i++ < n / 2 ? 0 : 1], key, value) < 0)
            goto fail;
    }
    return 1;
fail:
    Py_CLEAR(halves[0]);
    Py_CLEAR(halves[1]);
    return 0;
}

/* Called with the new (still empty) sandbox current. */
static int
init_shared(PyInterpreterState *interp)
{
    PyMemAccount *saved;
    int ok = 1, i;

    if (builtins_template[1] != NULL && lib_entry != NULL &&
        names[NUM_NAMES - 1] != NULL)
        return 0;
    saved = _PyMem_SetCurrentAccount(_PyMem_ProcessAccount());
    if (builtins_template[1] == NULL) {
        PyObject *proto = _PyBuiltin_Init();
        if (proto != NULL) {
            ok = split_template(PyModule_GetDict(proto), builtins_template);
            Py_DECREF(proto);
        }
        else
            ok = 0;
        /* Py_InitModule4 registered the prototype in this (fresh)
           interpreter's modules; it is not this sandbox's module. */
        if (PyDict_GetItemString(interp->modules, "__builtin__") != NULL)
            PyDict_DelItemString(interp->modules, "__builtin__");
    }
    for (i = 0; ok && i < NUM_NAMES; i++) {
        if (names[i] == NULL)
            ok = (names[i] = PyString_InternFromString(name_strings[i])) != NULL;
    }
    if (ok && lib_entry == NULL)
        ok = (lib_entry = PyString_FromString("lib:")) != NULL;
    _PyMem_SetCurrentAccount(saved);
    return ok ? 0 : -1;
}

static PyObject *
new_builtins_module(void)
{
    PyObject *m = PyModule_New("__builtin__");
    if (m == NULL)
        return NULL;
    /* the template's __name__ replaces the module's own copy */
    if (PyDict_Update(PyModule_GetDict(m), builtins_template[0]) < 0 ||
        PyDict_Update(PyModule_GetDict(m), builtins_template[1]) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

#define PATH_CAPACITY 8

/* Build the sandbox's modules while its thread state is current.  Only
   what every program needs is made now: sys.modules, __builtin__, sys
   and __main__.  The codec registry, import state, modules_reloading and
   the warnings machinery are made on first use. */
static int
populate_sandbox(PySandbox *sb, PyObject *in, PyObject *out, PyObject *err)
{
    PyInterpreterState *interp = sb->interp;
    PyObject *bimod, *sysmod, *mainmod, *path;

    interp->modules = PyDict_New();
    if (interp->modules == NULL || init_shared(interp) < 0)
        return -1;
    bimod = new_builtins_module();
    if (bimod == NULL)
        return -1;
    interp->builtins = PyModule_GetDict(bimod);
    Py_INCREF(interp->builtins);
    if (PyDict_SetItem(interp->modules, names[NAME_BUILTIN], bimod) < 0) {
        Py_DECREF(bimod);
        return -1;
    }

    sysmod = _PySys_BuildSandboxModule(in, out, err);
    if (sysmod == NULL) {
        Py_DECREF(bimod);
        return -1;
    }
    interp->sysdict = PyModule_GetDict(sysmod);
    Py_INCREF(interp->sysdict);
    /* The sandbox's only import location is the library directory,
       which it knows by the name "lib:" (see Python/import.c).  The list
       gets room for 8 entries: its 64-byte item array then shares an
       allocator pool with the module objects and streams instead of
       taking a 4 KiB pool of its own for one pointer. */
    path = PyList_New(PATH_CAPACITY);
    if (path != NULL) {
        Py_INCREF(lib_entry);
        PyList_SET_ITEM(path, 0, lib_entry);
        ((PyListObject *)path)->ob_size = 1;    /* the others: spare room */
    }
    if (PyDict_SetItem(interp->modules, names[NAME_SYS], sysmod) < 0 ||
        PyDict_SetItem(interp->sysdict, names[NAME_MODULES], interp->modules) < 0 ||
        path == NULL || PyDict_SetItem(interp->sysdict, names[NAME_PATH], path) < 0) {
        Py_XDECREF(path);
        Py_DECREF(sysmod);
        Py_DECREF(bimod);
        return -1;
    }
    Py_DECREF(path);
    Py_DECREF(sysmod);

    mainmod = PyModule_New("__main__");
    if (mainmod == NULL) {
        Py_DECREF(bimod);
        return -1;
    }
    sb->main_dict = PyModule_GetDict(mainmod);
    if (PyDict_SetItem(sb->main_dict, names[NAME_NAME], names[NAME_MAIN]) < 0 ||
        PyDict_SetItem(sb->main_dict, names[NAME_BUILTINS], bimod) < 0 ||
        PyDict_SetItem(interp->modules, names[NAME_MAIN], mainmod) < 0) {
        Py_DECREF(mainmod);
        Py_DECREF(bimod);
        return -1;
    }
    Py_DECREF(mainmod);
    Py_DECREF(bimod);
    return 0;
}

PySandbox *
PySandbox_New(const PySandboxConfig *cfg)
{
    PySandboxConfig defaults;
    PySandbox *sb;
    PyThreadState *host = PyThreadState_GET();
    PyInterpreterStateEx *ex;
    PyObject *in = NULL, *out = NULL, *err = NULL;
    int ok;

    if (cfg == NULL) {
        PySandboxConfig_Init(&defaults);
        cfg = &defaults;
    }
    if (current_table() != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "a sandbox cannot create sandboxes");
        return NULL;
    }
    if (PyType_Ready(&SandboxStream_Type) < 0 || PyType_Ready(&HostFunction_Type) < 0)
        return NULL;
    find_lib_dir();

    sb = (PySandbox *)PyMem_RawMalloc(sizeof(PySandbox));
    if (sb == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memset(sb, 0, sizeof(*sb));
    sb->table = &sb->table_storage;
    if (table_from_config(sb->table, cfg) < 0) {
        PyMem_RawFree(sb);
        return NULL;
    }
    sb->interp = PyInterpreterState_New();
    if (sb->interp == NULL) {
        table_clear(sb->table);
        PyMem_RawFree(sb);
        PyErr_NoMemory();
        return NULL;
    }
    ex = _PyInterpreterState_EX(sb->interp);
    ex->sandbox = (struct _PySandboxConfig *)sb->table;
    ex->recursion_limit = sb->table->recursion_limit;
    ex->recursion_limit_locked = 1;
    _PyMem_AccountSetLimit(ex->account, sb->table->memory_limit);
    sb->tstate = PyThreadState_New(sb->interp);
    if (sb->tstate == NULL) {
        PyInterpreterState_Delete(sb->interp);
        table_clear(sb->table);
        PyMem_RawFree(sb);
        PyErr_NoMemory();
        return NULL;
    }

    /* The stream proxies are made in the sandbox (its account pays for
       them) but refer to the creator's objects through its thread state. */
    PyThreadState_Swap(sb->tstate);
    in = make_stream(cfg->stdin_obj, cfg->no_stdin, stdin, host, 0);
    out = make_stream(cfg->stdout_obj, cfg->no_stdout, stdout, host, 1);
    err = make_stream(cfg->stderr_obj, cfg->no_stderr, stderr, host, 1);
    ok = (in != NULL && out != NULL && err != NULL &&
          populate_sandbox(sb, in, out, err) == 0);
    if (ok && sb->table->memory_limit != 0) {
        /* made now, while the sandbox's memory is free (errors.c) */
        ex->memory_error = PyObject_CallObject(PyExc_MemoryError, NULL);
        ok = ex->memory_error != NULL;
    }
    Py_XDECREF(in);
    Py_XDECREF(out);
    Py_XDECREF(err);
    if (!ok) {
        surrogate s;
        take_surrogate(&s);
        PyThreadState_Swap(host);
        PySandbox_Free(sb);
        raise_surrogate(&s);
        surrogate_clear(&s);
        return NULL;
    }
    PyThreadState_Swap(host);
    return sb;
}

/* Drop the sandbox's modules.  A module's death replaces every global
   by None (2.5 semantics, so that finalizers see None rather than
   half-freed values); for __builtin__ and sys that means rewriting some
   150 entries that nothing will read again.  So both are kept alive
   while the other modules go (their finalizers still find builtins and
   sys intact), then their dicts are emptied, then they go too, with
   nothing left to rewrite. */
static void
drop_modules(PyInterpreterState *interp)
{
    PyObject *modules = interp->modules, *bimod, *sysmod;

    if (modules == NULL)
        return;
    bimod = names[NAME_BUILTIN] ? PyDict_GetItem(modules, names[NAME_BUILTIN]) : NULL;
    sysmod = names[NAME_SYS] ? PyDict_GetItem(modules, names[NAME_SYS]) : NULL;
    Py_XINCREF(bimod);
    Py_XINCREF(sysmod);
    PyDict_Clear(modules);
    if (interp->builtins != NULL)
        PyDict_Clear(interp->builtins);
    if (interp->sysdict != NULL)
        PyDict_Clear(interp->sysdict);
    Py_XDECREF(sysmod);
    Py_XDECREF(bimod);
}

static void sandbox_destroy(PySandbox *sb);

/* Freed while one of its calls is in progress (a host function the
   sandbox called closes it): it is closed at once, so nothing runs in it
   any more, and destroyed when the outermost call returns (leave()). */
void
PySandbox_Free(PySandbox *sb)
{
    if (sb == NULL)
        return;
    if (sb->depth > 0) {
        sb->closed = 1;
        sb->free_pending = 1;
        return;
    }
    sandbox_destroy(sb);
}

int
PySandbox_Running(PySandbox *sb)
{
    return sb != NULL && sb->depth > 0;
}

static void
sandbox_destroy(PySandbox *sb)
{
    PyThreadState *host;
    host = PyThreadState_Swap(sb->tstate);
    if (sb->interp != NULL) {
        PyInterpreterStateEx *ex = _PyInterpreterState_EX(sb->interp);
        /* Teardown runs the sandbox's finalizers (__del__, weakref
           callbacks), which are its code too: they get a fresh allowance
           of each limit the sandbox has (at most TEARDOWN_ALLOWANCE
           seconds of CPU and of wall time, and its memory limit with a
           little room for the teardown's own work), so that a finalizer
           that loops or allocates without end cannot keep the host here
           or take its memory.  Once an allowance is spent every further
           finalizer stops at its first check. */
        size_t mem_limit = sb->table->memory_limit;
        ex->limit_state = PyInterp_RUNNING;
        ex->ticks_left = -1;
        ex->deadline = sb->table->time_limit > 0
            ? monotonic_now() + teardown_allowance(sb->table->time_limit) : 0;
        ex->cpu_deadline = sb->table->cpu_limit > 0
            ? thread_cpu_now() + teardown_allowance(sb->table->cpu_limit) : 0;
        if (mem_limit != 0) {
            size_t used = _PyMem_AccountUsed(ex->account);
            if (mem_limit < used)
                mem_limit = used;
            mem_limit += TEARDOWN_MEMORY_ROOM;
        }
        _PyMem_AccountSetLimit(ex->account, mem_limit);
        drop_modules(sb->interp);
        PyInterpreterState_Clear(sb->interp);
        _PyGC_InterpreterFini(sb->interp);
        PyThreadState_Swap(NULL);
        PyInterpreterState_Delete(sb->interp);  /* deletes its thread states */
    }
    PyThreadState_Swap(host);
    table_clear(sb->table);
    PyMem_RawFree(sb->err_type);
    PyMem_RawFree(sb->err_message);
    PyMem_RawFree(sb->err_traceback);
    PyMem_RawFree(sb);
}

/* ------------------------------------------------------------------ */
/* Running code */

static void
record_error(PySandbox *sb, surrogate *s)
{
    PyMem_RawFree(sb->err_type);
    PyMem_RawFree(sb->err_message);
    PyMem_RawFree(sb->err_traceback);
    sb->err_type = s->type_name;
    sb->err_message = s->message;
    sb->err_traceback = s->traceback;
    s->type_name = s->message = s->traceback = NULL;
}

/* Arm the limits before a run: the CPU budget is what is left of the
   sandbox's total; the deadline is per run. */
static void
arm_limits(PySandbox *sb, double *cpu_start)
{
    PyInterpreterStateEx *ex = _PyInterpreterState_EX(sb->interp);
    ex->limit_state = PyInterp_RUNNING;
    ex->deadline = sb->table->time_limit > 0 ? monotonic_now() + sb->table->time_limit : 0;
    /* The thread CPU clock is a system call, not a vDSO read: consulted
       only when there is a CPU budget to keep. */
    *cpu_start = sb->table->cpu_limit > 0 ? thread_cpu_now() : 0;
    ex->cpu_deadline = sb->table->cpu_limit > 0
                       ? *cpu_start + (sb->table->cpu_limit - sb->cpu_used) : 0;
    if (sb->table->cpu_limit > 0 && sb->cpu_used >= sb->table->cpu_limit)
        ex->limit_state = PyInterp_LIMIT_CPU;
    _PyMem_AccountLimitHit(ex->account, 1);
}

/* Every host call that may run the sandbox's code (a run, but also
   setting or reading a global, whose dict lookup may call a key's __eq__,
   and dropping a reference, which may call __del__) goes through enter()
   and leave(): its thread state is made current and, for the outermost
   call only, its limits are armed.  A host function the sandbox calls
   may call back into it; the inner calls run under the outer call's
   deadline and budget instead of starting new ones. */
static PyThreadState *
enter(PySandbox *sb)
{
    PyThreadState *host = PyThreadState_Swap(sb->tstate);
    if (sb->depth++ == 0)
        arm_limits(sb, &sb->cpu_start);
    return host;
}

/* Back to the host.  Returns 0, or -1 when sb was destroyed (it was
   freed during the call): the caller must not touch it again. */
static int
leave(PySandbox *sb, PyThreadState *host)
{
    if (--sb->depth == 0) {
        if (sb->table->cpu_limit > 0)
            sb->cpu_used += thread_cpu_now() - sb->cpu_start;
        _PyInterpreterState_EX(sb->interp)->limit_state = PyInterp_RUNNING;
    }
    PyThreadState_Swap(host);
    if (sb->depth == 0 && sb->free_pending) {
        sandbox_destroy(sb);
        return -1;
    }
    return 0;
}

/* After a run that raised: why did it end? */
static PySandboxStatus
classify(PySandbox *sb, surrogate *s)
{
    PyInterpreterStateEx *ex = _PyInterpreterState_EX(sb->interp);
    switch (ex->limit_state) {
    case PyInterp_LIMIT_MEMORY: return PySandbox_MEMORY_LIMIT;
    case PyInterp_LIMIT_CPU: return PySandbox_CPU_LIMIT;
    case PyInterp_LIMIT_TIME: return PySandbox_TIME_LIMIT;
    default: break;
    }
    if (s->is_system_exit) {
        sb->exit_code = s->exit_code;
        return PySandbox_EXIT;
    }
    /* An uncaught MemoryError counts as the memory limit only if the
       allocator really refused a request for the limit during this run:
       raising MemoryError by hand does not fake it. */
    if (s->is_memory_error && _PyMem_AccountLimitHit(ex->account, 0))
        return PySandbox_MEMORY_LIMIT;
    return PySandbox_EXCEPTION;
}

/* Compile and run source in the sandbox, which the caller entered.
   Records how it ended; leaves no exception set.  Returns the result (a
   reference of the sandbox's) or NULL. */
static PyObject *
run_code(PySandbox *sb, const char *source, const char *filename, int start)
{
    PyObject *code, *result = NULL;
    surrogate s;

    memset(&s, 0, sizeof(s));
    /* Compiled in the sandbox, so the compiler's memory is its own. */
    code = Py_CompileStringFlags(source, filename, start, NULL);
    if (code != NULL) {
        result = PyEval_EvalCode((PyCodeObject *)code, sb->main_dict, sb->main_dict);
        Py_DECREF(code);
    }
    if (result == NULL) {
        take_surrogate(&s);
        sb->status = classify(sb, &s);
        record_error(sb, &s);
        surrogate_clear(&s);
    }
    else {
        sb->status = PySandbox_OK;
        record_error(sb, &s);
    }
    if (sb->status == PySandbox_EXIT)
        sb->closed = 1;
    return result;
}

static int
refuse_closed(PySandbox *sb)
{
    if (sb == NULL) {
        PyErr_BadInternalCall();
        return 1;
    }
    if (sb->closed) {
        sb->status = PySandbox_CLOSED;
        PyErr_SetString(PyExc_RuntimeError, "the sandbox is closed");
        return 1;
    }
    return 0;
}

int
PySandbox_Run(PySandbox *sb, const char *source, const char *filename)
{
    PyThreadState *host;
    PyObject *r;
    int ok;

    if (refuse_closed(sb)) {
        PyErr_Clear();      /* (Run reports through the status) */
        return -1;
    }
    host = enter(sb);
    r = run_code(sb, source, filename, Py_file_input);
    ok = r != NULL;
    Py_XDECREF(r);          /* in the sandbox: may run its __del__ */
    (void)leave(sb, host);
    return ok ? 0 : -1;
}

PyObject *
PySandbox_Eval(PySandbox *sb, const char *expression)
{
    PyThreadState *host;
    PyObject *r, *copy = NULL;
    PyObject *et = NULL, *ev = NULL, *etb = NULL;
    char why[300];

    if (refuse_closed(sb))
        return NULL;
    host = enter(sb);
    r = run_code(sb, expression, "<eval>", Py_eval_input);
    if (r != NULL) {
        /* the copy is the host's: made with its thread state current */
        PyThreadState_Swap(host);
        copy = copy_across(r);
        if (copy == NULL)
            PyErr_Fetch(&et, &ev, &etb);
        PyThreadState_Swap(sb->tstate);
        Py_DECREF(r);
    }
    else
        PyOS_snprintf(why, sizeof(why), "%s: %s",
                      sb->err_type ? sb->err_type : "Error",
                      sb->err_message ? sb->err_message : "");
    (void)leave(sb, host);
    if (r == NULL)
        PyErr_SetString(PyExc_RuntimeError, why);
    else if (copy == NULL)
        PyErr_Restore(et, ev, etb);
    return copy;
}

PySandboxStatus PySandbox_Status(PySandbox *sb) { return sb->status; }
int PySandbox_ExitCode(PySandbox *sb) { return sb->exit_code; }
const char *PySandbox_ErrorType(PySandbox *sb) { return sb->err_type ? sb->err_type : ""; }
const char *PySandbox_ErrorMessage(PySandbox *sb) { return sb->err_message ? sb->err_message : ""; }
const char *PySandbox_ErrorTraceback(PySandbox *sb) { return sb->err_traceback ? sb->err_traceback : ""; }

int
PySandbox_SetGlobal(PySandbox *sb, const char *name, PyObject *value)
{
    PyThreadState *host;
    PyObject *copy;
    int r = -1;
    surrogate s;

    if (refuse_closed(sb))
        return -1;
    host = enter(sb);
    /* copied into the sandbox, and stored under its limits (the store
       may compare the name with a key of its own, running its __eq__) */
    copy = copy_across(value);
    if (copy != NULL) {
        r = PyDict_SetItemString(sb->main_dict, name, copy);
        Py_DECREF(copy);
    }
    if (r < 0)
        take_surrogate(&s);
    (void)leave(sb, host);
    if (r < 0) {
        raise_surrogate(&s);
        surrogate_clear(&s);
    }
    return r;
}

PyObject *
PySandbox_GetGlobal(PySandbox *sb, const char *name)
{
    PyThreadState *host;
    PyObject *v, *copy = NULL;
    PyObject *et = NULL, *ev = NULL, *etb = NULL;

    if (refuse_closed(sb))
        return NULL;
    /* The lookup may compare name with a key of the sandbox's own class:
       its __eq__ runs in the sandbox, under its limits, never with the
       host's thread state current (where it could walk the host's
       frames). */
    host = enter(sb);
    v = PyDict_GetItemString(sb->main_dict, name);
    Py_XINCREF(v);
    if (v != NULL) {
        PyThreadState_Swap(host);
        copy = copy_across(v);
        if (copy == NULL)
            PyErr_Fetch(&et, &ev, &etb);
        PyThreadState_Swap(sb->tstate);
        Py_DECREF(v);
    }
    (void)leave(sb, host);
    if (v == NULL)
        PyErr_Format(PyExc_NameError, "name '%.200s' is not defined in the sandbox", name);
    else if (copy == NULL)
        PyErr_Restore(et, ev, etb);
    return copy;
}

int
PySandbox_Expose(PySandbox *sb, const char *name, PyObject *callable)
{
    PyThreadState *host;
    HostFunction *h;
    int r = -1;
    surrogate s;

    if (refuse_closed(sb))
        return -1;
    if (!PyCallable_Check(callable)) {
        PyErr_SetString(PyExc_TypeError, "expose() needs a callable");
        return -1;
    }
    host = enter(sb);
    h = PyObject_New(HostFunction, &HostFunction_Type);
    if (h != NULL) {
        h->target = callable;
        Py_INCREF(callable);        /* the host's reference, held in C */
        h->owner = host;
        PyOS_snprintf(h->name, sizeof(h->name), "%s", name);
        r = PyDict_SetItemString(sb->main_dict, name, (PyObject *)h);
        Py_DECREF(h);
    }
    if (r < 0)
        take_surrogate(&s);
    (void)leave(sb, host);
    if (r < 0) {
        raise_surrogate(&s);
        surrogate_clear(&s);
    }
    return r;
}

size_t PySandbox_MemoryUsed(PySandbox *sb)
{
    return _PyMem_AccountUsed(_PyInterpreterState_EX(sb->interp)->account);
}

size_t PySandbox_MemoryPeak(PySandbox *sb)
{
    return _PyMem_AccountPeak(_PyInterpreterState_EX(sb->interp)->account);
}

size_t PySandbox_MemoryLimit(PySandbox *sb)
{
    return sb->table->memory_limit;
}
