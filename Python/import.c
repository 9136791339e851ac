/* The import machinery (2.5 semantics) and the imp module.

   Everything goes through import_module_level(), the one function the
   sandbox layer routes through its capability checks; what may be loaded
   is decided in _PyImport_Allowed(). */

#include "Python.h"
#include "sandbox.h"
#include "Python-ast.h"
#include "code.h"
#include "compile.h"
#include "eval.h"
#include "marshal.h"
#include "osdefs.h"
#include "pythread.h"

#include <sys/stat.h>
#include <fcntl.h>

/* The 2.5 magic: 62131 as a little-endian short, then "\r\n". */
#define MAGIC (62131 | ((long)'\r' << 16) | ((long)'\n' << 24))

/* Kinds of module found on the path (the imp module's constants). */
enum filetype {
    SEARCH_ERROR,
    PY_SOURCE,
    PY_COMPILED,
    C_EXTENSION,
    PY_RESOURCE,
    PKG_DIRECTORY,
    C_BUILTIN,
    PY_FROZEN,
    PY_CODERESOURCE,
    IMP_HOOK
};

struct filedescr {
    char *suffix;
    char *mode;
    enum filetype type;
};

/* Suffixes tried in each directory, in order (immutable after start-up
   except for the .pyc/.pyo choice made by -O). */
static struct filedescr file_table[] = {
    {".so", "rb", C_EXTENSION},
    {"module.so", "rb", C_EXTENSION},
    {".py", "U", PY_SOURCE},
    {".pyc", "rb", PY_COMPILED},
    {0, 0, 0}
};

static struct filedescr fd_package = {"", "", PKG_DIRECTORY};
static struct filedescr fd_builtin = {"", "", C_BUILTIN};
static struct filedescr fd_hook = {"", "", IMP_HOOK};

/* Process-wide registry of the dicts of C extensions after their first
   initialisation (2.5: initNAME runs once per process).  Only trusted
   interpreters use it. */
static PyObject *extensions = NULL;

struct _inittab *PyImport_Inittab = _PyImport_Inittab;

static PyObject *load_module(char *, FILE *, char *, int, PyObject *);
static struct filedescr *find_module(char *, char *, PyObject *, char *,
                                     size_t, FILE **, PyObject **);
static int init_builtin(char *);

/* ---- the capability hook ---- */

/* THE place where the right of the current interpreter to load `name` of
   the given kind is decided.  Trusted interpreters may load anything; the
   sandbox layer replaces this policy (bytecode files and unvetted C
   modules must never be loaded into a sandbox). */
int
_PyImport_Allowed(const char *name, int kind)
{
    if (!_PyInterpreterState_IsSandboxed())
        return 1;
    switch (kind) {
    case _PyImport_KIND_SOURCE:
    case _PyImport_KIND_PACKAGE:
    case _PyImport_KIND_BUILTIN:
        return _PySandbox_CheckImport(name) == 0;
    default:
        /* Bytecode is untrusted, C extensions are unvetted, and a loader
           is code of the sandbox's own choosing running as import. */
        PyErr_Format(PyExc_ImportError,
                     "import of '%.200s' is not allowed in this sandbox "
                     "(only source and vetted built-in modules)", name);
        return 0;
    }
}

/* In a sandbox, library paths are shown as "lib:<relative path>": the
   host's directories never appear in __file__, __path__ or co_filename.
   Writes the name to show for `pathname` into `out`. */
static const char *
display_path(const char *pathname, char *out, size_t size)
{
    const char *lib = _PySandbox_LibDir();
    size_t n;
    if (lib == NULL)
        return pathname;
    n = strlen(lib);
    if (strncmp(pathname, lib, n) == 0 && pathname[n] == SEP) {
        PyOS_snprintf(out, size, "lib:%s", pathname + n);
        return out;
    }
    PyOS_snprintf(out, size, "lib:?");
    return out;
}

static int
trusted(void)
{
    return !_PyInterpreterState_IsSandboxed();
}

/* ---- start-up and shut-down ---- */

void
_PyImport_Init(void)
{
    if (!(PyNullImporter_Type.tp_flags & Py_TPFLAGS_READY) &&
        PyType_Ready(&PyNullImporter_Type) < 0)
        Py_FatalError("Py_Initialize: can't initialize NullImporter");
    if (Py_OptimizeFlag) {
        struct filedescr *p;
        for (p = file_table; p->suffix != NULL; p++)
            if (strcmp(p->suffix, ".pyc") == 0)
                p->suffix = ".pyo";
    }
}

void
_PyImportHooks_Init(void)
{
    PyObject *v;
    if (PySys_GetObject("meta_path") == NULL) {
        v = PyList_New(0);
        if (v == NULL || PySys_SetObject("meta_path", v) != 0)
            Py_FatalError("initializing sys.meta_path failed");
        Py_DECREF(v);
    }
    if (PySys_GetObject("path_importer_cache") == NULL) {
        v = PyDict_New();
        if (v == NULL || PySys_SetObject("path_importer_cache", v) != 0)
            Py_FatalError("initializing sys.path_importer_cache failed");
        Py_DECREF(v);
    }
    if (PySys_GetObject("path_hooks") == NULL) {
        v = PyList_New(0);
        if (v == NULL || PySys_SetObject("path_hooks", v) != 0)
            Py_FatalError("initializing sys.path_hooks failed");
        Py_DECREF(v);
    }
}

/* Library modules' code, compiled once for all sandboxes.  Sandboxes
   never read bytecode files (they could have been written by anyone);
   each used to parse and compile the source of every module it imported
   (8 ms for `import string`, which pulls in re).  Code objects are
   immutable, so the code compiled from a library file (charged to the
   process account, its names interned there) is kept here and executed
   afresh in each sandbox's own module.  Keyed by the file's display
   path; an entry is used only while the file's device, inode, size and
   mtime are those it was compiled from.  Not reachable from Python. */
#define SHARED_CODE_MAX 1024
static PyObject *shared_code;   /* {display path: (stamp, code)} */
static PyCodeObject *compile_source(char *pathname, FILE *fp);

static PyObject *
file_stamp(const struct stat *st)
{
    return Py_BuildValue("(LLLL)", (PY_LONG_LONG)st->st_dev,
                         (PY_LONG_LONG)st->st_ino, (PY_LONG_LONG)st->st_size,
                         (PY_LONG_LONG)st->st_mtime);
}

/* Whether the source in fp declares no encoding other than UTF-8 or
   Latin-1 (those the scanner reads itself): any other would look up a
   codec, which can run the sandbox's own code, and that must not run on
   the process account.  fp is left at its start. */
static int
scanner_reads_encoding(FILE *fp)
{
    char line[256];
    int i, ok = 1;

    for (i = 0; i < 2 && ok; i++) {
        char *c;
        if (fgets(line, sizeof(line), fp) == NULL)
            break;
        c = strstr(line, "coding");
        if (c != NULL && line[0] == '#' && (c[6] == ':' || c[6] == '=')) {
            c += 7;
            while (*c == ' ' || *c == '\t')
                c++;
            ok = (strncmp(c, "utf-8", 5) == 0 || strncmp(c, "utf8", 4) == 0 ||
                  strncmp(c, "latin-1", 7) == 0 ||
                  strncmp(c, "iso-8859-1", 10) == 0);
        }
    }
    rewind(fp);
    return ok;
}

/* The code of library file `shown` (its display path), compiled from fp
   or found compiled already; a new reference, or NULL with an error.
   Compiled on the process account (its names interned there); no Python
   code runs meanwhile but warnings, which run on the sandbox's account
   (PyErr_WarnExplicit). */
static PyCodeObject *
shared_library_code(char *shown, FILE *fp, const struct stat *st)
{
    PyMemAccount *saved = _PyMem_SetCurrentAccount(NULL);
    PyObject *key = NULL, *stamp = NULL, *entry, *pair;
    PyCodeObject *co = NULL;

    if (shared_code == NULL && (shared_code = PyDict_New()) == NULL)
        goto done;
    key = PyString_FromString(shown);
    stamp = file_stamp(st);
    if (key == NULL || stamp == NULL)
        goto done;
    entry = PyDict_GetItem(shared_code, key);
    if (entry != NULL && PyTuple_CheckExact(entry) &&
        PyTuple_GET_SIZE(entry) == 2) {
        int same = PyObject_RichCompareBool(PyTuple_GET_ITEM(entry, 0),
                                            stamp, Py_EQ);
        if (same > 0) {
            co = (PyCodeObject *)PyTuple_GET_ITEM(entry, 1);
            Py_INCREF(co);
            goto done;
        }
        if (same < 0)
            PyErr_Clear();      /* compiled again below */
    }
    co = compile_source(shown, fp);
    if (co == NULL || PyDict_Size(shared_code) >= SHARED_CODE_MAX)
        goto done;
    pair = PyTuple_Pack(2, stamp, (PyObject *)co);
    if (pair == NULL || PyDict_SetItem(shared_code, key, pair) < 0)
        PyErr_Clear();          /* the code is still good for this import */
    Py_XDECREF(pair);
done:
    Py_XDECREF(key);
    Py_XDECREF(stamp);
    _PyMem_SetCurrentAccount(saved);
    return co;
}

void
_PyImport_Fini(void)
{
    Py_CLEAR(extensions);
    Py_CLEAR(shared_code);
}

/* ---- the import lock (process-wide, re-entrant per thread) ---- */

static PyThread_type_lock import_lock = NULL;
static long import_lock_thread = -1;
static int import_lock_level = 0;

void
_PyImport_AcquireLock(void)
{
    long me = PyThread_get_thread_ident();
    if (me == -1)
        return;
    if (import_lock == NULL) {
        import_lock = PyThread_allocate_lock();
        if (import_lock == NULL)
            return;
    }
    if (import_lock_thread == me) {
        import_lock_level++;
        return;
    }
    if (import_lock_thread != -1 || !PyThread_acquire_lock(import_lock, 0)) {
        PyThreadState *ts = PyEval_SaveThread();
        PyThread_acquire_lock(import_lock, 1);
        PyEval_RestoreThread(ts);
    }
    import_lock_thread = me;
    import_lock_level = 1;
}

int
_PyImport_ReleaseLock(void)
{
    long me = PyThread_get_thread_ident();
    if (me == -1 || import_lock == NULL)
        return 0;
    if (import_lock_thread != me)
        return -1;
    import_lock_level--;
    if (import_lock_level == 0) {
        import_lock_thread = -1;
        PyThread_release_lock(import_lock);
    }
    return 1;
}

void
_PyImport_ReInitLock(void)
{
    /* after fork only the calling thread exists */
    if (import_lock != NULL)
        import_lock = PyThread_allocate_lock();
    import_lock_thread = -1;
    import_lock_level = 0;
}

/* ---- modules dict ---- */

PyObject *
PyImport_GetModuleDict(void)
{
    PyInterpreterState *interp = PyThreadState_GET()->interp;
    if (interp->modules == NULL)
        Py_FatalError("PyImport_GetModuleDict: no module dictionary!");
    return interp->modules;
}

long
PyImport_GetMagicNumber(void)
{
    return MAGIC;
}

PyObject *
PyImport_AddModule(const char *name)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *m = PyDict_GetItemString(modules, name);

    if (m != NULL && PyModule_Check(m))
        return m;
    m = PyModule_New(name);
    if (m == NULL)
        return NULL;
    if (PyDict_SetItemString(modules, name, m) != 0) {
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(m);   /* sys.modules keeps it alive */
    return m;
}

static void
forget_module(const char *name)
{
    PyObject *modules = PyImport_GetModuleDict();
    if (PyDict_GetItemString(modules, name) == NULL)
        return;
    if (PyDict_DelItemString(modules, name) < 0)
        Py_FatalError("import: deleting existing key in sys.modules failed");
}

PyObject *
PyImport_ExecCodeModuleEx(char *name, PyObject *co, char *pathname)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *m, *d, *v;

    m = PyImport_AddModule(name);
    if (m == NULL)
        return NULL;
    d = PyModule_GetDict(m);
    if (PyDict_GetItemString(d, "__builtins__") == NULL) {
        PyObject *b = PyEval_GetBuiltins();
        if (b == NULL || PyDict_SetItemString(d, "__builtins__", b) != 0)
            goto error;
    }
    v = NULL;
    if (pathname != NULL) {
        v = PyString_FromString(pathname);
        if (v == NULL)
            PyErr_Clear();
    }
    if (v == NULL) {
        v = ((PyCodeObject *)co)->co_filename;
        Py_INCREF(v);
    }
    if (PyDict_SetItemString(d, "__file__", v) != 0)
        PyErr_Clear();
    Py_DECREF(v);

    v = PyEval_EvalCode((PyCodeObject *)co, d, d);
    if (v == NULL)
        goto error;
    Py_DECREF(v);

    m = PyDict_GetItemString(modules, name);
    if (m == NULL) {
        PyErr_Format(PyExc_ImportError,
                     "Loaded module %.200s not found in sys.modules", name);
        return NULL;
    }
    Py_INCREF(m);
    return m;

error:
    forget_module(name);
    return NULL;
}

PyObject *
PyImport_ExecCodeModule(char *name, PyObject *co)
{
    return PyImport_ExecCodeModuleEx(name, co, (char *)NULL);
}

/* ---- C extension registry ---- */

PyObject *
_PyImport_FixupExtension(char *name, char *filename)
{
    PyObject *modules, *mod, *copy;

    if (!trusted())
        return Py_None;   /* sandboxes re-initialise; nothing to keep */
    if (extensions == NULL) {
        extensions = PyDict_New();
        if (extensions == NULL)
            return NULL;
    }
    modules = PyImport_GetModuleDict();
    mod = PyDict_GetItemString(modules, name);
    if (mod == NULL || !PyModule_Check(mod)) {
        PyErr_Format(PyExc_SystemError,
                     "_PyImport_FixupExtension: module %.200s not loaded",
                     name);
        return NULL;
    }
    copy = PyDict_Copy(PyModule_GetDict(mod));
    if (copy == NULL)
        return NULL;
    PyDict_SetItemString(extensions, filename, copy);
    Py_DECREF(copy);
    return copy;
}

PyObject *
_PyImport_FindExtension(char *name, char *filename)
{
    PyObject *saved, *mod;

    if (extensions == NULL || !trusted())
        return NULL;
    saved = PyDict_GetItemString(extensions, filename);
    if (saved == NULL)
        return NULL;
    mod = PyImport_AddModule(name);
    if (mod == NULL)
        return NULL;
    if (PyDict_Update(PyModule_GetDict(mod), saved) != 0)
        return NULL;
    if (Py_VerboseFlag)
        PySys_WriteStderr("import %s # previously loaded (%s)\n",
                          name, filename);
    return mod;
}

/* ---- compiled files ---- */

static char *
compiled_name(char *pathname, char *buf, size_t buflen)
{
    size_t len = strlen(pathname);
    if (len + 2 > buflen)
        return NULL;
    memcpy(buf, pathname, len);
    buf[len] = Py_OptimizeFlag ? 'o' : 'c';
    buf[len + 1] = '\0';
    return buf;
}

/* Open the .pyc if its magic and source mtime match; else NULL. */
static FILE *
check_compiled(char *pathname, time_t mtime, char *cpathname)
{
    FILE *fp = fopen(cpathname, "rb");
    long magic, pyc_mtime;

    if (fp == NULL)
        return NULL;
    magic = PyMarshal_ReadLongFromFile(fp);
    if (magic != MAGIC) {
        if (Py_VerboseFlag)
            PySys_WriteStderr("# %s has bad magic\n", cpathname);
        fclose(fp);
        return NULL;
    }
    pyc_mtime = PyMarshal_ReadLongFromFile(fp);
    if (pyc_mtime != (long)mtime) {
        if (Py_VerboseFlag)
            PySys_WriteStderr("# %s has bad mtime\n", cpathname);
        fclose(fp);
        return NULL;
    }
    if (Py_VerboseFlag)
        PySys_WriteStderr("# %s matches %s\n", cpathname, pathname);
    return fp;
}

static PyCodeObject *
read_compiled(char *cpathname, FILE *fp)
{
    PyObject *co = PyMarshal_ReadLastObjectFromFile(fp);
    if (co == NULL)
        return NULL;
    if (!PyCode_Check(co)) {
        PyErr_Format(PyExc_ImportError,
                     "Non-code object in %.200s", cpathname);
        Py_DECREF(co);
        return NULL;
    }
    return (PyCodeObject *)co;
}

static PyObject *
load_compiled_module(char *name, char *cpathname, FILE *fp)
{
    long magic;
    PyCodeObject *co;
    PyObject *m;

    if (!_PyImport_Allowed(name, _PyImport_KIND_BYTECODE))
        return NULL;
    magic = PyMarshal_ReadLongFromFile(fp);
    if (magic != MAGIC) {
        PyErr_Format(PyExc_ImportError, "Bad magic number in %.200s",
                     cpathname);
        return NULL;
    }
    (void)PyMarshal_ReadLongFromFile(fp);
    co = read_compiled(cpathname, fp);
    if (co == NULL)
        return NULL;
    if (Py_VerboseFlag)
        PySys_WriteStderr("import %s # precompiled from %s\n",
                          name, cpathname);
    m = PyImport_ExecCodeModuleEx(name, (PyObject *)co, cpathname);
    Py_DECREF(co);
    return m;
}

static PyCodeObject *
compile_source(char *pathname, FILE *fp)
{
    PyCodeObject *co = NULL;
    struct _mod *mod;
    PyArena *arena = PyArena_New();

    if (arena == NULL)
        return NULL;
    mod = PyParser_ASTFromFile(fp, pathname, Py_file_input, 0, 0, 0, 0,
                               arena);
    if (mod != NULL)
        co = PyAST_Compile(mod, pathname, NULL, arena);
    PyArena_Free(arena);
    return co;
}

static void
write_compiled(PyCodeObject *co, char *cpathname, time_t mtime)
{
    FILE *fp;
    int fd;

    (void)unlink(cpathname);
    fd = open(cpathname, O_EXCL | O_CREAT | O_WRONLY | O_TRUNC, 0666);
    if (fd < 0 || (fp = fdopen(fd, "wb")) == NULL) {
        if (fd >= 0)
            close(fd);
        if (Py_VerboseFlag)
            PySys_WriteStderr("# can't create %s\n", cpathname);
        return;
    }
    PyMarshal_WriteLongToFile(MAGIC, fp, Py_MARSHAL_VERSION);
    PyMarshal_WriteLongToFile(0L, fp, Py_MARSHAL_VERSION);
    PyMarshal_WriteObjectToFile((PyObject *)co, fp, Py_MARSHAL_VERSION);
    if (PyErr_Occurred())
        PyErr_Clear();
    if (fflush(fp) != 0 || ferror(fp)) {
        fclose(fp);
        (void)unlink(cpathname);
        return;
    }
    fseek(fp, 4L, SEEK_SET);
    PyMarshal_WriteLongToFile((long)mtime, fp, Py_MARSHAL_VERSION);
    fflush(fp);
    fclose(fp);
    if (Py_VerboseFlag)
        PySys_WriteStderr("# wrote %s\n", cpathname);
}

static PyObject *
load_source_module(char *name, char *pathname, FILE *fp)
{
    struct stat st;
    char cbuf[MAXPATHLEN + 2];
    char *cpathname;
    FILE *fpc = NULL;
    PyCodeObject *co = NULL;
    PyObject *m;
    int use_pyc;

    if (!_PyImport_Allowed(name, _PyImport_KIND_SOURCE))
        return NULL;
    if (fstat(fileno(fp), &st) != 0) {
        PyErr_Format(PyExc_RuntimeError,
                     "unable to get file status from '%s'", pathname);
        return NULL;
    }
    /* bytecode files only for trusted interpreters */
    use_pyc = trusted();
    cpathname = use_pyc ? compiled_name(pathname, cbuf, sizeof(cbuf)) : NULL;
    if (cpathname != NULL)
        fpc = check_compiled(pathname, st.st_mtime, cpathname);
    if (fpc != NULL) {
        co = read_compiled(cpathname, fpc);
        fclose(fpc);
        if (co == NULL)
            PyErr_Clear();   /* fall back on the source */
        else if (Py_VerboseFlag)
            PySys_WriteStderr("import %s # precompiled from %s\n",
                              name, cpathname);
    }
    if (co == NULL) {
        char shown[MAXPATHLEN + 8];
        char *where = (char *)display_path(pathname, shown, sizeof(shown));
        /* a sandbox's library module: compiled once for all sandboxes */
        if (!use_pyc && where == shown && strcmp(shown, "lib:?") != 0 &&
            scanner_reads_encoding(fp))
            co = shared_library_code(shown, fp, &st);
        else
            co = compile_source(where, fp);
        if (co == NULL)
            return NULL;
        if (Py_VerboseFlag)
            PySys_WriteStderr("import %s # from %s\n", name, pathname);
        if (cpathname != NULL)
            write_compiled(co, cpathname, st.st_mtime);
    }
    {
        char shown[MAXPATHLEN + 8];
        m = PyImport_ExecCodeModuleEx(name, (PyObject *)co,
                                      (char *)display_path(pathname, shown, sizeof(shown)));
    }
    Py_DECREF(co);
    return m;
}

/* ---- packages ---- */

static int
is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* A directory is a package if it holds __init__.py (or its bytecode). */
static int
has_init_module(const char *dir)
{
    char buf[MAXPATHLEN + 1];
    size_t n = strlen(dir);

    if (n + 14 > MAXPATHLEN)
        return 0;
    memcpy(buf, dir, n);
    buf[n] = SEP;
    strcpy(buf + n + 1, "__init__.py");
    if (is_file(buf))
        return 1;
    if (!trusted())
        return 0;
    strcat(buf, Py_OptimizeFlag ? "o" : "c");
    return is_file(buf);
}

static PyObject *
load_package(char *name, char *pathname)
{
    PyObject *m, *d, *path = NULL, *file = NULL, *loader = NULL;
    char buf[MAXPATHLEN + 1];
    struct filedescr *fdp;
    FILE *fp = NULL;

    if (!_PyImport_Allowed(name, _PyImport_KIND_PACKAGE))
        return NULL;
    m = PyImport_AddModule(name);
    if (m == NULL)
        return NULL;
    if (Py_VerboseFlag)
        PySys_WriteStderr("import %s # directory %s\n", name, pathname);
    d = PyModule_GetDict(m);
    {
        char shown[MAXPATHLEN + 8];
        file = PyString_FromString(display_path(pathname, shown, sizeof(shown)));
    }
    if (file == NULL)
        return NULL;
    path = Py_BuildValue("[O]", file);
    if (path == NULL ||
        PyDict_SetItemString(d, "__file__", file) < 0 ||
        PyDict_SetItemString(d, "__path__", path) < 0)
        goto error;
    buf[0] = '\0';
    fdp = find_module(name, "__init__", path, buf, sizeof(buf), &fp, &loader);
    if (fdp == NULL) {
        if (PyErr_ExceptionMatches(PyExc_ImportError)) {
            PyErr_Clear();
            Py_INCREF(m);
        }
        else
            m = NULL;
        goto done;
    }
    m = load_module(name, fp, buf, fdp->type, loader);
    if (fp != NULL)
        fclose(fp);
    goto done;
error:
    m = NULL;
done:
    Py_XDECREF(path);
    Py_XDECREF(file);
    Py_XDECREF(loader);
    return m;
}

/* ---- built-in modules ---- */

static int
is_builtin(const char *name)
{
    struct _inittab *p;
    for (p = PyImport_Inittab; p->name != NULL; p++) {
        if (strcmp(name, p->name) == 0)
            return p->initfunc == NULL ? -1 : 1;
    }
    return 0;
}

/* "exceptions" has no init function of its own: its dict is the set of
   built-in exception classes. */
static int
make_exceptions_module(void)
{
    PyObject *m = PyImport_AddModule("exceptions");
    if (m == NULL)
        return -1;
    if (PyDict_GetItemString(PyModule_GetDict(m), "__doc__") == NULL) {
        PyObject *doc = PyString_FromString("Python's standard exception class hierarchy.");
        if (doc == NULL)
            return -1;
        PyDict_SetItemString(PyModule_GetDict(m), "__doc__", doc);
        Py_DECREF(doc);
    }
    return _PyBuiltin_AddExceptions(PyModule_GetDict(m));
}

/* Returns 1 if initialised, 0 if not built in, -1 on error. */
static int
init_builtin(char *name)
{
    struct _inittab *p;

    if (_PyImport_FindExtension(name, name) != NULL)
        return 1;
    if (PyErr_Occurred())
        return -1;
    for (p = PyImport_Inittab; p->name != NULL; p++) {
        if (strcmp(name, p->name) != 0)
            continue;
        if (!_PyImport_Allowed(name, _PyImport_KIND_BUILTIN))
            return -1;
        if (p->initfunc == NULL) {
            if (strcmp(name, "exceptions") == 0)
                return make_exceptions_module() < 0 ? -1 : 1;
            PyErr_Format(PyExc_ImportError,
                         "Cannot re-init internal module %.200s", name);
            return -1;
        }
        if (Py_VerboseFlag)
            PySys_WriteStderr("import %s # builtin\n", name);
        (*p->initfunc)();
        if (PyErr_Occurred())
            return -1;
        if (_PyImport_FixupExtension(name, name) == NULL)
            return -1;
        return 1;
    }
    return 0;
}

int
PyImport_ImportFrozenModule(char *name)
{
    (void)name;
    return 0;   /* this build has no frozen modules */
}

/* ---- PEP 302 hooks ---- */

/* The importer for one path entry, through sys.path_importer_cache and
   sys.path_hooks.  Returns a borrowed reference; None means "use the
   built-in file system search". */
static PyObject *
path_importer(PyObject *cache, PyObject *hooks, PyObject *entry)
{
    PyObject *importer;
    Py_ssize_t i, n;

    if (cache == NULL || !PyDict_Check(cache))
        return Py_None;
    importer = PyDict_GetItem(cache, entry);
    if (importer != NULL)
        return importer;
    /* no cached result: a None placeholder avoids loops while asking */
    if (PyDict_SetItem(cache, entry, Py_None) != 0)
        return NULL;
    importer = NULL;
    n = (hooks != NULL && PyList_Check(hooks)) ? PyList_Size(hooks) : 0;
    for (i = 0; i < n; i++) {
        PyObject *hook = PyList_GetItem(hooks, i);
        if (hook == NULL)
            return NULL;
        importer = PyObject_CallFunctionObjArgs(hook, entry, NULL);
        if (importer != NULL)
            break;
        if (!PyErr_ExceptionMatches(PyExc_ImportError))
            return NULL;
        PyErr_Clear();
    }
    if (importer == NULL) {
        importer = PyObject_CallFunctionObjArgs(
            (PyObject *)&PyNullImporter_Type, entry, NULL);
        if (importer == NULL) {
            if (PyErr_ExceptionMatches(PyExc_ImportError)) {
                PyErr_Clear();
                return Py_None;
            }
            return NULL;
        }
    }
    if (PyDict_SetItem(cache, entry, importer) < 0) {
        Py_DECREF(importer);
        return NULL;
    }
    Py_DECREF(importer);
    return importer;
}

/* ---- finding modules ---- */

static struct filedescr *
find_module(char *fullname, char *subname, PyObject *path, char *buf,
            size_t buflen, FILE **p_fp, PyObject **p_loader)
{
    Py_ssize_t i, npath;
    size_t len, namelen;
    struct filedescr *fdp;
    PyObject *meta, *hooks, *cache;
    FILE *fp = NULL;

    *p_fp = NULL;
    if (p_loader != NULL)
        *p_loader = NULL;

    namelen = strlen(subname);
    if (namelen > MAXPATHLEN) {
        PyErr_SetString(PyExc_OverflowError, "module name is too long");
        return NULL;
    }

    /* In a sandbox the table decides first, so a refused name says so
       (and its file is never even looked for). */
    if (!trusted() && _PySandbox_CheckImport(fullname) < 0)
        return NULL;

    /* sys.meta_path finders come first (trusted interpreters only) */
    if (p_loader != NULL && trusted()) {
        meta = PySys_GetObject("meta_path");
        if (meta == NULL || !PyList_Check(meta)) {
            PyErr_SetString(PyExc_ImportError, "sys.meta_path must be a list of import hooks");
            return NULL;
        }
        Py_INCREF(meta);
        npath = PyList_Size(meta);
        for (i = 0; i < npath; i++) {
            PyObject *finder = PyList_GetItem(meta, i), *loader;
            loader = PyObject_CallMethod(finder, "find_module", "sO", fullname,
                                         path != NULL ? path : Py_None);
            if (loader == NULL) {
                Py_DECREF(meta);
                return NULL;
            }
            if (loader != Py_None) {
                *p_loader = loader;
                Py_DECREF(meta);
                if (!_PyImport_Allowed(fullname, _PyImport_KIND_HOOK))
                    return NULL;
                return &fd_hook;
            }
            Py_DECREF(loader);
        }
        Py_DECREF(meta);
    }

    if (path != NULL && PyString_Check(path)) {
        /* a dotted path from imp.find_module on a frozen package */
        PyErr_Format(PyExc_ImportError, "No module named %.200s", subname);
        return NULL;
    }

    if (path == NULL) {
        if (is_builtin(subname)) {
            strcpy(buf, subname);
            return &fd_builtin;
        }
        path = PySys_GetObject("path");
    }
    if (path == NULL || !PyList_Check(path)) {
        PyErr_SetString(PyExc_ImportError, "sys.path must be a list of directory names");
        return NULL;
    }

    if (trusted()) {
        hooks = PySys_GetObject("path_hooks");
        if (hooks == NULL || !PyList_Check(hooks)) {
            PyErr_SetString(PyExc_ImportError, "sys.path_hooks must be a list of import hooks");
            return NULL;
        }
        cache = PySys_GetObject("path_importer_cache");
        if (cache == NULL || !PyDict_Check(cache)) {
            PyErr_SetString(PyExc_ImportError, "sys.path_importer_cache must be a dict");
            return NULL;
        }
    }
    else {
        /* No path hooks in a sandbox: they would be its own code. */
        p_loader = NULL;
        hooks = cache = NULL;
    }

    Py_INCREF(path);
    npath = PyList_Size(path);
    for (i = 0; i < npath; i++) {
        PyObject *entry = PyList_GetItem(path, i), *copy = NULL, *importer;
        if (entry == NULL)
            break;
        if (PyUnicode_Check(entry)) {
            copy = PyUnicode_Encode(PyUnicode_AS_UNICODE(entry),
                                    PyUnicode_GET_SIZE(entry),
                                    Py_FileSystemDefaultEncoding, NULL);
            if (copy == NULL) {
                Py_DECREF(path);
                return NULL;
            }
            entry = copy;
        }
        if (!PyString_Check(entry)) {
            Py_XDECREF(copy);
            continue;
        }
        len = (size_t)PyString_GET_SIZE(entry);
        if (len + 2 + namelen + 20 >= buflen ||
            strlen(PyString_AS_STRING(entry)) != len) {
            Py_XDECREF(copy);
            continue;   /* too long or contains NUL */
        }
        if (!trusted()) {
            /* A sandbox imports only from the library directory, which
               it knows as "lib:"; anything else is not a place for it. */
            const char *e = PyString_AS_STRING(entry);
            const char *lib = _PySandbox_LibDir();
            if (lib == NULL || strncmp(e, "lib:", 4) != 0 || strstr(e, "..") != NULL ||
                strlen(lib) + len + 2 + namelen + 20 >= buflen) {
                Py_XDECREF(copy);
                continue;
            }
            strcpy(buf, lib);
            strcat(buf, e + 4);
            len = strlen(buf);
        }
        else
            strcpy(buf, PyString_AS_STRING(entry));

        if (p_loader != NULL) {
            importer = path_importer(cache, hooks, entry);
            if (importer == NULL) {
                Py_XDECREF(copy);
                Py_DECREF(path);
                return NULL;
            }
            if (importer != Py_None) {
                PyObject *loader = PyObject_CallMethod(importer,
                                                       "find_module", "s",
                                                       fullname);
                Py_XDECREF(copy);
                if (loader == NULL) {
                    Py_DECREF(path);
                    return NULL;
                }
                if (loader != Py_None) {
                    *p_loader = loader;
                    Py_DECREF(path);
                    if (!_PyImport_Allowed(fullname, _PyImport_KIND_HOOK))
                        return NULL;
                    return &fd_hook;
                }
                Py_DECREF(loader);
                continue;
            }
        }
        Py_XDECREF(copy);

        if (len > 0 && buf[len - 1] != SEP)
            buf[len++] = SEP;
        strcpy(buf + len, subname);
        len += namelen;

        if (is_dir(buf)) {
            if (has_init_module(buf)) {
                Py_DECREF(path);
                return &fd_package;
            }
            else {
                char warnstr[MAXPATHLEN + 80];
                PyOS_snprintf(warnstr, sizeof(warnstr),
                              "Not importing directory '%.*s': missing __init__.py",
                              MAXPATHLEN, buf);
                if (PyErr_Warn(PyExc_ImportWarning, warnstr) < 0) {
                    Py_DECREF(path);
                    return NULL;
                }
            }
        }
        for (fdp = file_table; fdp->suffix != NULL; fdp++) {
            if (fdp->type == PY_COMPILED && !trusted())
                continue;
            if (fdp->type == C_EXTENSION && !trusted())
                continue;
            strcpy(buf + len, fdp->suffix);
            if (Py_VerboseFlag > 1)
                PySys_WriteStderr("# trying %s\n", buf);
            if (!is_file(buf))
                continue;
            fp = fopen(buf, fdp->mode[0] == 'U' ? "r" : fdp->mode);
            if (fp != NULL)
                break;
        }
        if (fp != NULL) {
            Py_DECREF(path);
            *p_fp = fp;
            return fdp;
        }
    }
    Py_DECREF(path);
    PyErr_Format(PyExc_ImportError, "No module named %.200s", subname);
    return NULL;
}

/* ---- loading ---- */

static PyObject *
load_module(char *name, FILE *fp, char *buf, int type, PyObject *loader)
{
    PyObject *modules, *m;
    int err;

    /* file-based kinds need a file */
    if ((type == PY_SOURCE || type == PY_COMPILED) && fp == NULL) {
        PyErr_Format(PyExc_ValueError,
                     "file object required for import (type code %d)", type);
        return NULL;
    }

    switch (type) {
    case PY_SOURCE:
        m = load_source_module(name, buf, fp);
        break;
    case PY_COMPILED:
        m = load_compiled_module(name, buf, fp);
        break;
    case C_EXTENSION:
        if (!_PyImport_Allowed(name, _PyImport_KIND_EXTENSION))
            return NULL;
        m = _PyImport_LoadDynamicModule(name, buf, fp);
        break;
    case PKG_DIRECTORY:
        m = load_package(name, buf);
        break;
    case C_BUILTIN:
    case PY_FROZEN:
        if (buf != NULL && buf[0] != '\0')
            name = buf;
        err = (type == C_BUILTIN) ? init_builtin(name)
                                  : PyImport_ImportFrozenModule(name);
        if (err < 0)
            return NULL;
        if (err == 0) {
            PyErr_Format(PyExc_ImportError, "Purported %s module %.200s not found",
                         type == C_BUILTIN ? "builtin" : "frozen", name);
            return NULL;
        }
        modules = PyImport_GetModuleDict();
        m = PyDict_GetItemString(modules, name);
        if (m == NULL) {
            PyErr_Format(PyExc_ImportError,
                         "%s module %.200s not properly initialized",
                         type == C_BUILTIN ? "builtin" : "frozen", name);
            return NULL;
        }
        Py_INCREF(m);
        break;
    case IMP_HOOK:
        if (loader == NULL) {
            PyErr_SetString(PyExc_ImportError, "import hook without loader");
            return NULL;
        }
        m = PyObject_CallMethod(loader, "load_module", "s", name);
        break;
    default:
        PyErr_Format(PyExc_ImportError,
                     "Don't know how to import %.200s (type code %d)",
                     name, type);
        m = NULL;
    }
    return m;
}

/* ---- the package-aware import algorithm ---- */

/* The package a relative import is relative to: a borrowed module, or
   Py_None for a top-level import; buf receives its dotted name. */
static PyObject *
get_parent(PyObject *globals, char *buf, Py_ssize_t *p_buflen, int level)
{
    PyObject *modname, *modpath, *parent;

    *buf = '\0';
    *p_buflen = 0;
    if (globals == NULL || !PyDict_Check(globals) || level == 0)
        return Py_None;
    modname = PyDict_GetItemString(globals, "__name__");
    if (modname == NULL || !PyString_Check(modname))
        return Py_None;

    modpath = PyDict_GetItemString(globals, "__path__");
    if (modpath != NULL) {
        /* the importer is a package itself */
        if (PyString_GET_SIZE(modname) > MAXPATHLEN) {
            PyErr_SetString(PyExc_ValueError, "Module name too long");
            return NULL;
        }
        strcpy(buf, PyString_AS_STRING(modname));
    }
    else {
        const char *start = PyString_AS_STRING(modname);
        const char *lastdot = strrchr(start, '.');
        size_t len;
        if (lastdot == NULL && level > 0) {
            PyErr_SetString(PyExc_ValueError,
                            "Attempted relative import in non-package");
            return NULL;
        }
        if (lastdot == NULL)
            return Py_None;
        len = lastdot - start;
        if (len >= MAXPATHLEN) {
            PyErr_SetString(PyExc_ValueError, "Module name too long");
            return NULL;
        }
        memcpy(buf, start, len);
        buf[len] = '\0';
    }
    while (--level > 0) {
        char *dot = strrchr(buf, '.');
        if (dot == NULL) {
            PyErr_SetString(PyExc_ValueError,
                            "Attempted relative import beyond toplevel package");
            return NULL;
        }
        *dot = '\0';
    }
    *p_buflen = strlen(buf);
    parent = PyDict_GetItemString(PyImport_GetModuleDict(), buf);
    if (parent == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_SystemError, "Parent module '%.200s' not loaded",
                     buf);
    return parent;
}

/* Bind a freshly imported submodule as an attribute of its package. */
static int
bind_submodule(PyObject *mod, PyObject *submod, char *fullname,
               char *subname, PyObject *modules)
{
    if (mod == Py_None)
        return 1;
    if (submod == NULL) {
        submod = PyDict_GetItemString(modules, fullname);
        if (submod == NULL)
            return PyErr_Occurred() ? 0 : 1;
    }
    if (PyModule_Check(mod)) {
        PyObject *dict = PyModule_GetDict(mod);
        if (dict == NULL)
            return 0;
        if (PyDict_SetItemString(dict, subname, submod) < 0)
            return 0;
    }
    else if (PyObject_SetAttrString(mod, subname, submod) < 0)
        return 0;
    return 1;
}

/* Import mod.subname (fullname); Py_None if not found. */
static PyObject *
import_submodule(PyObject *mod, char *subname, char *fullname)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *m, *path, *loader = NULL;
    char buf[MAXPATHLEN + 1];
    struct filedescr *fdp;
    FILE *fp = NULL;

    m = PyDict_GetItemString(modules, fullname);
    if (m != NULL) {
        Py_INCREF(m);
        return m;
    }
    /* no room even for the key: out of memory, not a missing module */
    if (PyErr_Occurred())
        return NULL;
    /* A refusal is an error of its own, not "no such module": it must
       not be swallowed by the relative-import fallback. */
    if (!trusted() && _PySandbox_CheckImport(fullname) < 0)
        return NULL;
    if (mod == Py_None)
        path = NULL;
    else {
        path = PyObject_GetAttrString(mod, "__path__");
        if (path == NULL) {
            PyErr_Clear();
            Py_INCREF(Py_None);
            return Py_None;
        }
    }
    buf[0] = '\0';
    fdp = find_module(fullname, subname, path, buf, sizeof(buf), &fp, &loader);
    Py_XDECREF(path);
    if (fdp == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_ImportError))
            return NULL;
        PyErr_Clear();
        Py_INCREF(Py_None);
        return Py_None;
    }
    m = load_module(fullname, fp, buf, fdp->type, loader);
    Py_XDECREF(loader);
    if (fp != NULL)
        fclose(fp);
    if (!bind_submodule(mod, m, fullname, subname, modules)) {
        Py_XDECREF(m);
        m = NULL;
    }
    return m;
}

/* Import the next dotted component of *p_name below `mod`; on a miss
   inside a package, retry as a top-level module (implicit relative
   import, 2.5) and remember the miss as None in sys.modules. */
static PyObject *
load_next(PyObject *mod, PyObject *altmod, char **p_name, char *buf,
          Py_ssize_t *p_buflen)
{
    char *name = *p_name;
    char *dot = strchr(name, '.');
    size_t len;
    char *p;
    PyObject *result;

    if (*name == '\0') {
        /* "from . import x" or __import__("") */
        Py_INCREF(mod);
        *p_name = NULL;
        return mod;
    }
    if (dot == NULL) {
        *p_name = NULL;
        len = strlen(name);
    }
    else {
        *p_name = dot + 1;
        len = dot - name;
    }
    if (len == 0) {
        PyErr_SetString(PyExc_ValueError, "Empty module name");
        return NULL;
    }
    p = buf + *p_buflen;
    if (p != buf)
        *p++ = '.';
    if (p + len - buf >= MAXPATHLEN) {
        PyErr_SetString(PyExc_ValueError, "Module name too long");
        return NULL;
    }
    memcpy(p, name, len);
    p[len] = '\0';
    *p_buflen = p + len - buf;

    result = import_submodule(mod, p, buf);
    if (result == Py_None && altmod != mod) {
        Py_DECREF(result);
        result = import_submodule(altmod, p, p);
        if (result != NULL && result != Py_None) {
            /* the relative name is a known miss from now on */
            if (PyDict_SetItemString(PyImport_GetModuleDict(), buf,
                                     Py_None) != 0) {
                Py_DECREF(result);
                return NULL;
            }
            memcpy(buf, name, len);
            buf[len] = '\0';
            *p_buflen = len;
        }
    }
    if (result == NULL)
        return NULL;
    if (result == Py_None) {
        Py_DECREF(result);
        PyErr_Format(PyExc_ImportError, "No module named %.200s", name);
        return NULL;
    }
    return result;
}

/* Make sure the names of a from-list are loaded submodules when they are
   not attributes of the package yet. */
static int
ensure_fromlist(PyObject *mod, PyObject *fromlist, char *buf,
                Py_ssize_t buflen, int recursive)
{
    Py_ssize_t i;

    if (!PyObject_HasAttrString(mod, "__path__"))
        return 1;
    for (i = 0; ; i++) {
        PyObject *item = PySequence_GetItem(fromlist, i);
        int hasit;
        if (item == NULL) {
            if (PyErr_ExceptionMatches(PyExc_IndexError)) {
                PyErr_Clear();
                return 1;
            }
            return 0;
        }
        if (!PyString_Check(item)) {
            PyErr_SetString(PyExc_TypeError,
                            "Item in ``from list'' not a string");
            Py_DECREF(item);
            return 0;
        }
        if (PyString_AS_STRING(item)[0] == '*') {
            PyObject *all;
            Py_DECREF(item);
            if (recursive)
                continue;
            all = PyObject_GetAttrString(mod, "__all__");
            if (all == NULL)
                PyErr_Clear();
            else {
                int ok = ensure_fromlist(mod, all, buf, buflen, 1);
                Py_DECREF(all);
                if (!ok)
                    return 0;
            }
            continue;
        }
        hasit = PyObject_HasAttr(mod, item);
        if (!hasit) {
            char *subname = PyString_AS_STRING(item);
            PyObject *submod;
            char *p;
            if (buflen + strlen(subname) + 1 >= MAXPATHLEN) {
                PyErr_SetString(PyExc_ValueError, "Module name too long");
                Py_DECREF(item);
                return 0;
            }
            p = buf + buflen;
            *p++ = '.';
            strcpy(p, subname);
            submod = import_submodule(mod, subname, buf);
            Py_XDECREF(submod);
            if (submod == NULL) {
                Py_DECREF(item);
                return 0;
            }
        }
        Py_DECREF(item);
    }
}

/* The import statement's algorithm.  This is the single entry point the
   sandbox layer gates. */
static PyObject *
import_module_level(char *name, PyObject *globals, PyObject *locals,
                    PyObject *fromlist, int level)
{
    char buf[MAXPATHLEN + 1];
    Py_ssize_t buflen = 0;
    PyObject *parent, *head, *tail, *next;

    (void)locals;
    parent = get_parent(globals, buf, &buflen, level);
    if (parent == NULL)
        return NULL;

    head = load_next(parent, level < 0 ? Py_None : parent, &name, buf,
                     &buflen);
    if (head == NULL)
        return NULL;

    tail = head;
    Py_INCREF(tail);
    while (name != NULL) {
        next = load_next(tail, tail, &name, buf, &buflen);
        Py_DECREF(tail);
        if (next == NULL) {
            Py_DECREF(head);
            return NULL;
        }
        tail = next;
    }
    if (tail == Py_None) {
        Py_DECREF(tail);
        Py_DECREF(head);
        PyErr_SetString(PyExc_ValueError, "Empty module name");
        return NULL;
    }

    if (fromlist != NULL) {
        if (fromlist == Py_None || !PyObject_IsTrue(fromlist))
            fromlist = NULL;
    }
    if (fromlist == NULL) {
        Py_DECREF(tail);
        return head;
    }
    Py_DECREF(head);
    if (!ensure_fromlist(tail, fromlist, buf, buflen, 0)) {
        Py_DECREF(tail);
        return NULL;
    }
    return tail;
}

PyObject *
PyImport_ImportModuleLevel(char *name, PyObject *globals, PyObject *locals,
                           PyObject *fromlist, int level)
{
    PyObject *result;
    _PyImport_AcquireLock();
    result = import_module_level(name, globals, locals, fromlist, level);
    if (_PyImport_ReleaseLock() < 0) {
        Py_XDECREF(result);
        PyErr_SetString(PyExc_RuntimeError, "not holding the import lock");
        return NULL;
    }
    return result;
}

#undef PyImport_ImportModuleEx
PyObject *
PyImport_ImportModuleEx(char *name, PyObject *globals, PyObject *locals,
                        PyObject *fromlist)
{
    return PyImport_ImportModuleLevel(name, globals, locals, fromlist, -1);
}

/* Import through the current __import__ (it may be a hook). */
PyObject *
PyImport_Import(PyObject *module_name)
{
    PyObject *globals, *builtins = NULL, *import = NULL, *fromlist = NULL;
    PyObject *r = NULL;

    globals = PyEval_GetGlobals();
    if (globals != NULL) {
        Py_INCREF(globals);
        builtins = PyMapping_GetItemString(globals, "__builtins__");
        if (builtins == NULL)
            goto done;
    }
    else {
        PyErr_Clear();
        builtins = PyImport_ImportModuleLevel("__builtin__", NULL, NULL,
                                              NULL, 0);
        if (builtins == NULL)
            return NULL;
        globals = Py_BuildValue("{sO}", "__builtins__", builtins);
        if (globals == NULL)
            goto done;
    }
    if (PyDict_Check(builtins)) {
        import = PyDict_GetItemString(builtins, "__import__");
        if (import == NULL)
            PyErr_SetString(PyExc_KeyError, "__import__");
        else
            Py_INCREF(import);
    }
    else
        import = PyObject_GetAttrString(builtins, "__import__");
    if (import == NULL)
        goto done;
    fromlist = Py_BuildValue("[s]", "__doc__");
    if (fromlist == NULL)
        goto done;
    r = PyObject_CallFunctionObjArgs(import, module_name, globals, globals,
                                     fromlist, NULL);
done:
    Py_XDECREF(globals);
    Py_XDECREF(builtins);
    Py_XDECREF(import);
    Py_XDECREF(fromlist);
    return r;
}

PyObject *
PyImport_ImportModule(const char *name)
{
    PyObject *pname = PyString_FromString(name), *result;
    if (pname == NULL)
        return NULL;
    result = PyImport_Import(pname);
    Py_DECREF(pname);
    return result;
}

PyObject *
PyImport_ReloadModule(PyObject *m)
{
    PyInterpreterState *interp = PyThreadState_GET()->interp;
    PyObject *reloading = interp->modules_reloading;
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *path = NULL, *loader = NULL, *existing, *newm;
    char *name, *subname;
    char buf[MAXPATHLEN + 1];
    struct filedescr *fdp;
    FILE *fp = NULL;

    if (reloading == NULL && interp->modules != NULL) {
        /* made on first use: most interpreters never reload */
        reloading = interp->modules_reloading = PyDict_New();
        if (reloading == NULL)
            return NULL;
    }
    if (reloading == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "no modules_reloading dictionary!");
        return NULL;
    }
    if (m == NULL || !PyModule_Check(m)) {
        PyErr_SetString(PyExc_TypeError, "reload() argument must be module");
        return NULL;
    }
    name = PyModule_GetName(m);
    if (name == NULL)
        return NULL;
    if (m != PyDict_GetItemString(modules, name)) {
        PyErr_Format(PyExc_ImportError,
                     "reload(): module %.200s not in sys.modules", name);
        return NULL;
    }
    existing = PyDict_GetItemString(reloading, name);
    if (existing != NULL) {
        Py_INCREF(existing);
        return existing;
    }
    if (PyDict_SetItemString(reloading, name, m) < 0)
        return NULL;

    subname = strrchr(name, '.');
    if (subname == NULL)
        subname = name;
    else {
        PyObject *parentname, *parent;
        parentname = PyString_FromStringAndSize(name, subname - name);
        if (parentname == NULL) {
            PyDict_Clear(reloading);
            return NULL;
        }
        parent = PyDict_GetItem(modules, parentname);
        if (parent == NULL) {
            PyErr_Format(PyExc_ImportError,
                         "reload(): parent %.200s not in sys.modules",
                         PyString_AS_STRING(parentname));
            Py_DECREF(parentname);
            PyDict_Clear(reloading);
            return NULL;
        }
        Py_DECREF(parentname);
        subname++;
        path = PyObject_GetAttrString(parent, "__path__");
        if (path == NULL)
            PyErr_Clear();
    }
    buf[0] = '\0';
    fdp = find_module(name, subname, path, buf, sizeof(buf), &fp, &loader);
    Py_XDECREF(path);
    if (fdp == NULL) {
        Py_XDECREF(loader);
        PyDict_Clear(reloading);
        return NULL;
    }
    newm = load_module(name, fp, buf, fdp->type, loader);
    Py_XDECREF(loader);
    if (fp != NULL)
        fclose(fp);
    if (newm == NULL)
        PyDict_SetItemString(modules, name, m);   /* put the old one back */
    PyDict_Clear(reloading);
    return newm;
}

/* ---- tear-down of sys.modules (2.5's careful order) ---- */

static const char *const sys_deletes[] = {
    "path", "argv", "ps1", "ps2", "exitfunc",
    "exc_type", "exc_value", "exc_traceback",
    "last_type", "last_value", "last_traceback",
    "path_hooks", "path_importer_cache", "meta_path",
    NULL
};

static const char *const sys_files[] = {
    "stdin", "__stdin__",
    "stdout", "__stdout__",
    "stderr", "__stderr__",
    NULL
};

void
PyImport_Cleanup(void)
{
    PyInterpreterState *interp = PyThreadState_GET()->interp;
    PyObject *modules = interp->modules;
    PyObject *key, *value, *dict;
    Py_ssize_t pos, ndone;
    const char *const *p;

    if (modules == NULL)
        return;

    /* forget the last result of the interactive prompt */
    value = PyDict_GetItemString(modules, "__builtin__");
    if (value != NULL && PyModule_Check(value)) {
        dict = PyModule_GetDict(value);
        PyDict_SetItemString(dict, "_", Py_None);
    }
    value = PyDict_GetItemString(modules, "sys");
    if (value != NULL && PyModule_Check(value)) {
        dict = PyModule_GetDict(value);
        for (p = sys_deletes; *p != NULL; p++)
            PyDict_SetItemString(dict, *p, Py_None);
        for (p = sys_files; *p != NULL; p += 2) {
            PyObject *orig = PyDict_GetItemString(dict, *(p + 1));
            if (orig == NULL)
                orig = Py_None;
            PyDict_SetItemString(dict, *p, orig);
        }
    }
    PyErr_Clear();

    /* __main__ goes first: its objects may still use other modules */
    value = PyDict_GetItemString(modules, "__main__");
    if (value != NULL && PyModule_Check(value)) {
        _PyModule_Clear(value);
        PyDict_SetItemString(modules, "__main__", Py_None);
    }

    /* then modules only sys.modules refers to, until none is left */
    do {
        ndone = 0;
        pos = 0;
        while (PyDict_Next(modules, &pos, &key, &value)) {
            const char *name;
            if (value->ob_refcnt != 1 || !PyString_Check(key) ||
                !PyModule_Check(value))
                continue;
            name = PyString_AS_STRING(key);
            if (strcmp(name, "__builtin__") == 0 || strcmp(name, "sys") == 0)
                continue;
            _PyModule_Clear(value);
            PyDict_SetItem(modules, key, Py_None);
            ndone++;
        }
    } while (ndone > 0);

    /* then every other module except sys and __builtin__ */
    pos = 0;
    while (PyDict_Next(modules, &pos, &key, &value)) {
        const char *name;
        if (!PyString_Check(key) || !PyModule_Check(value))
            continue;
        name = PyString_AS_STRING(key);
        if (strcmp(name, "__builtin__") == 0 || strcmp(name, "sys") == 0)
            continue;
        _PyModule_Clear(value);
        PyDict_SetItem(modules, key, Py_None);
    }

    value = PyDict_GetItemString(modules, "__builtin__");
    if (value != NULL && PyModule_Check(value)) {
        _PyModule_Clear(value);
        PyDict_SetItemString(modules, "__builtin__", Py_None);
    }
    value = PyDict_GetItemString(modules, "sys");
    if (value != NULL && PyModule_Check(value)) {
        _PyModule_Clear(value);
        PyDict_SetItemString(modules, "sys", Py_None);
    }

    PyDict_Clear(modules);
    interp->modules = NULL;
    Py_DECREF(modules);
    Py_CLEAR(interp->modules_reloading);
    PyErr_Clear();
}

/* ---- inittab extension ---- */

static struct _inittab *our_copy = NULL;

int
PyImport_ExtendInittab(struct _inittab *newtab)
{
    struct _inittab *p;
    int i, n;

    for (n = 0; newtab[n].name != NULL; n++)
        ;
    if (n == 0)
        return 0;
    for (i = 0; PyImport_Inittab[i].name != NULL; i++)
        ;
    p = (struct _inittab *)PyMem_RawMalloc((i + n + 1) * sizeof(struct _inittab));
    if (p == NULL)
        return -1;
    memcpy(p, PyImport_Inittab, (i + 1) * sizeof(struct _inittab));
    memcpy(p + i, newtab, (n + 1) * sizeof(struct _inittab));
    if (our_copy != NULL)
        PyMem_RawFree(our_copy);
    PyImport_Inittab = our_copy = p;
    return 0;
}

int
PyImport_AppendInittab(char *name, void (*initfunc)(void))
{
    struct _inittab newtab[2];
    memset(newtab, 0, sizeof(newtab));
    newtab[0].name = name;
    newtab[0].initfunc = initfunc;
    return PyImport_ExtendInittab(newtab);
}

/* ---- the NullImporter type ---- */

typedef struct {
    PyObject_HEAD
} NullImporter;

static int
nullimporter_init(NullImporter *self, PyObject *args, PyObject *kwds)
{
    char *path;
    if (!_PyArg_NoKeywords("NullImporter()", kwds))
        return -1;
    if (!PyArg_ParseTuple(args, "s:NullImporter", &path))
        return -1;
    if (path[0] == '\0') {
        PyErr_SetString(PyExc_ImportError, "empty pathname");
        return -1;
    }
    if (is_dir(path)) {
        PyErr_SetString(PyExc_ImportError, "existing directory");
        return -1;
    }
    return 0;
}

static PyObject *
nullimporter_find_module(NullImporter *self, PyObject *args)
{
    Py_RETURN_NONE;
}

static PyMethodDef nullimporter_methods[] = {
    {"find_module", (PyCFunction)nullimporter_find_module, METH_VARARGS,
     "Always return None"},
    {NULL}
};

PyTypeObject PyNullImporter_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "imp.NullImporter",
    sizeof(NullImporter),
    0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    Py_TPFLAGS_DEFAULT,
    "Null importer object",
    0, 0, 0, 0, 0, 0,
    nullimporter_methods,
    0, 0, 0, 0, 0, 0, 0,
    (initproc)nullimporter_init,
    0,
    PyType_GenericNew,
};

/* ---- the imp module ---- */

static PyObject *
imp_get_magic(PyObject *self, PyObject *noargs)
{
    char buf[4];
    buf[0] = (char)((MAGIC >> 0) & 0xff);
    buf[1] = (char)((MAGIC >> 8) & 0xff);
    buf[2] = (char)((MAGIC >> 16) & 0xff);
    buf[3] = (char)((MAGIC >> 24) & 0xff);
    return PyString_FromStringAndSize(buf, 4);
}

static PyObject *
imp_get_suffixes(PyObject *self, PyObject *noargs)
{
    PyObject *list = PyList_New(0);
    struct filedescr *fdp;
    if (list == NULL)
        return NULL;
    for (fdp = file_table; fdp->suffix != NULL; fdp++) {
        PyObject *item = Py_BuildValue("ssi", fdp->suffix, fdp->mode,
                                       (int)fdp->type);
        if (item == NULL || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(item);
    }
    return list;
}

static PyObject *
imp_find_module(PyObject *self, PyObject *args)
{
    char *name;
    PyObject *path = NULL, *fob, *ret;
    struct filedescr *fdp;
    char pathname[MAXPATHLEN + 1];
    FILE *fp = NULL;

    if (!PyArg_ParseTuple(args, "s|O:find_module", &name, &path))
        return NULL;
    if (path == Py_None)
        path = NULL;
    pathname[0] = '\0';
    fdp = find_module(NULL, name, path, pathname, sizeof(pathname), &fp, NULL);
    if (fdp == NULL)
        return NULL;
    if (fp != NULL) {
        fob = PyFile_FromFile(fp, pathname, fdp->mode, fclose);
        if (fob == NULL) {
            fclose(fp);
            return NULL;
        }
    }
    else {
        fob = Py_None;
        Py_INCREF(fob);
    }
    ret = Py_BuildValue("Os(ssi)", fob, pathname, fdp->suffix, fdp->mode,
                        (int)fdp->type);
    Py_DECREF(fob);
    return ret;
}

/* An open FILE for imp.load_*: from a file object or by name. */
static FILE *
imp_file(char *pathname, PyObject *fob, char *mode)
{
    FILE *fp;
    if (fob == NULL) {
        fp = fopen(pathname, mode[0] == 'U' ? "r" : mode);
        if (fp == NULL)
            PyErr_SetFromErrno(PyExc_IOError);
    }
    else {
        fp = PyFile_AsFile(fob);
        if (fp == NULL)
            PyErr_SetString(PyExc_ValueError, "bad/closed file object");
    }
    return fp;
}

static PyObject *
imp_load_module(PyObject *self, PyObject *args)
{
    char *name, *suffix, *mode, *pathname;
    int type;
    PyObject *fob;
    FILE *fp;

    if (!PyArg_ParseTuple(args, "sOs(ssi):load_module", &name, &fob,
                          &pathname, &suffix, &mode, &type))
        return NULL;
    if (*mode) {
        if (!(*mode == 'r' || *mode == 'U') || strchr(mode, '+')) {
            PyErr_Format(PyExc_ValueError, "invalid file open mode %.200s",
                         mode);
            return NULL;
        }
    }
    if (fob == Py_None)
        fp = NULL;
    else {
        if (!PyFile_Check(fob)) {
            PyErr_SetString(PyExc_ValueError, "load_module arg#2 should be a file or None");
            return NULL;
        }
        fp = imp_file(pathname, fob, mode);
        if (fp == NULL)
            return NULL;
    }
    return load_module(name, fp, pathname, type, NULL);
}

static PyObject *
imp_load_source(PyObject *self, PyObject *args)
{
    char *name, *pathname;
    PyObject *fob = NULL, *m;
    FILE *fp;

    if (!PyArg_ParseTuple(args, "ss|O!:load_source", &name, &pathname,
                          &PyFile_Type, &fob))
        return NULL;
    fp = imp_file(pathname, fob, "r");
    if (fp == NULL)
        return NULL;
    m = load_source_module(name, pathname, fp);
    if (fob == NULL)
        fclose(fp);
    return m;
}

static PyObject *
imp_load_compiled(PyObject *self, PyObject *args)
{
    char *name, *pathname;
    PyObject *fob = NULL, *m;
    FILE *fp;

    if (!PyArg_ParseTuple(args, "ss|O!:load_compiled", &name, &pathname,
                          &PyFile_Type, &fob))
        return NULL;
    fp = imp_file(pathname, fob, "rb");
    if (fp == NULL)
        return NULL;
    m = load_compiled_module(name, pathname, fp);
    if (fob == NULL)
        fclose(fp);
    return m;
}

static PyObject *
imp_load_dynamic(PyObject *self, PyObject *args)
{
    char *name, *pathname;
    PyObject *fob = NULL;
    FILE *fp = NULL;

    if (!PyArg_ParseTuple(args, "ss|O!:load_dynamic", &name, &pathname,
                          &PyFile_Type, &fob))
        return NULL;
    if (fob != NULL) {
        fp = imp_file(pathname, fob, "r");
        if (fp == NULL)
            return NULL;
    }
    if (!_PyImport_Allowed(name, _PyImport_KIND_EXTENSION))
        return NULL;
    return _PyImport_LoadDynamicModule(name, pathname, fp);
}

static PyObject *
imp_load_package(PyObject *self, PyObject *args)
{
    char *name, *pathname;
    if (!PyArg_ParseTuple(args, "ss:load_package", &name, &pathname))
        return NULL;
    return load_package(name, pathname);
}

static PyObject *
imp_new_module(PyObject *self, PyObject *args)
{
    char *name;
    if (!PyArg_ParseTuple(args, "s:new_module", &name))
        return NULL;
    return PyModule_New(name);
}

static PyObject *
imp_lock_held(PyObject *self, PyObject *noargs)
{
    return PyBool_FromLong(import_lock_thread != -1);
}

static PyObject *
imp_acquire_lock(PyObject *self, PyObject *noargs)
{
    _PyImport_AcquireLock();
    Py_RETURN_NONE;
}

static PyObject *
imp_release_lock(PyObject *self, PyObject *noargs)
{
    if (_PyImport_ReleaseLock() < 0) {
        PyErr_SetString(PyExc_RuntimeError, "not holding the import lock");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
imp_is_builtin(PyObject *self, PyObject *args)
{
    char *name;
    if (!PyArg_ParseTuple(args, "s:is_builtin", &name))
        return NULL;
    return PyInt_FromLong(is_builtin(name));
}

static PyObject *
imp_init_builtin(PyObject *self, PyObject *args)
{
    char *name;
    int r;
    PyObject *m;
    if (!PyArg_ParseTuple(args, "s:init_builtin", &name))
        return NULL;
    r = init_builtin(name);
    if (r < 0)
        return NULL;
    if (r == 0)
        Py_RETURN_NONE;
    m = PyImport_AddModule(name);
    Py_XINCREF(m);
    return m;
}

static PyObject *
imp_is_frozen(PyObject *self, PyObject *args)
{
    char *name;
    if (!PyArg_ParseTuple(args, "s:is_frozen", &name))
        return NULL;
    Py_RETURN_FALSE;
}

static PyObject *
imp_init_frozen(PyObject *self, PyObject *args)
{
    char *name;
    if (!PyArg_ParseTuple(args, "s:init_frozen", &name))
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
imp_get_frozen_object(PyObject *self, PyObject *args)
{
    char *name;
    if (!PyArg_ParseTuple(args, "s:get_frozen_object", &name))
        return NULL;
    PyErr_Format(PyExc_ImportError, "No such frozen object named %.200s",
                 name);
    return NULL;
}

static PyMethodDef imp_methods[] = {
    {"find_module", imp_find_module, METH_VARARGS,
     "find_module(name, [path]) -> (file, filename, (suffix, mode, type))\n"
     "Search for a module.  If path is omitted or None, search for a\n"
     "built-in, frozen or special module and continue search in sys.path.\n"
     "The module name cannot contain '.'; to search for a submodule of a\n"
     "package, pass the submodule name and the package's __path__."},
    {"get_magic", imp_get_magic, METH_NOARGS,
     "get_magic() -> string\nReturn the magic number for .pyc or .pyo files."},
    {"get_suffixes", imp_get_suffixes, METH_NOARGS,
     "get_suffixes() -> [(suffix, mode, type), ...]\n"
     "Return a list of (suffix, mode, type) tuples describing the files\n"
     "that find_module() looks for."},
    {"load_module", imp_load_module, METH_VARARGS,
     "load_module(name, file, filename, (suffix, mode, type)) -> module\n"
     "Load a module, given information returned by find_module().\n"
     "The module name must include the full package name, if any."},
    {"new_module", imp_new_module, METH_VARARGS,
     "new_module(name) -> module\nCreate a new module.  Do not enter it in sys.modules.\n"
     "The module name must include the full package name, if any."},
    {"lock_held", imp_lock_held, METH_NOARGS,
     "lock_held() -> boolean\nReturn True if the import lock is currently held, else False.\n"
     "On platforms without threads, return False."},
    {"acquire_lock", imp_acquire_lock, METH_NOARGS,
     "acquire_lock() -> None\nAcquires the interpreter's import lock for the current thread.\n"
     "This lock should be used by import hooks to ensure thread-safety\n"
     "when importing modules.\nOn platforms without threads, this function does nothing."},
    {"release_lock", imp_release_lock, METH_NOARGS,
     "release_lock() -> None\nRelease the interpreter's import lock.\n"
     "On platforms without threads, this function does nothing."},
    {"get_frozen_object", imp_get_frozen_object, METH_VARARGS, NULL},
    {"init_builtin", imp_init_builtin, METH_VARARGS, NULL},
    {"init_frozen", imp_init_frozen, METH_VARARGS, NULL},
    {"is_builtin", imp_is_builtin, METH_VARARGS, NULL},
    {"is_frozen", imp_is_frozen, METH_VARARGS, NULL},
    {"load_compiled", imp_load_compiled, METH_VARARGS, NULL},
    {"load_dynamic", imp_load_dynamic, METH_VARARGS, NULL},
    {"load_package", imp_load_package, METH_VARARGS, NULL},
    {"load_source", imp_load_source, METH_VARARGS, NULL},
    {NULL, NULL}
};

void
initimp(void)
{
    PyObject *m;
    static const struct { const char *name; int value; } consts[] = {
        {"SEARCH_ERROR", SEARCH_ERROR}, {"PY_SOURCE", PY_SOURCE},
        {"PY_COMPILED", PY_COMPILED}, {"C_EXTENSION", C_EXTENSION},
        {"PY_RESOURCE", PY_RESOURCE}, {"PKG_DIRECTORY", PKG_DIRECTORY},
        {"C_BUILTIN", C_BUILTIN}, {"PY_FROZEN", PY_FROZEN},
        {"PY_CODERESOURCE", PY_CODERESOURCE}, {"IMP_HOOK", IMP_HOOK},
        {NULL, 0}
    };
    int i;

    if (PyType_Ready(&PyNullImporter_Type) < 0)
        return;
    m = Py_InitModule4("imp", imp_methods,
                       "This module provides the components needed to build your own\n"
                       "__import__ function.  Undocumented functions are obsolete.",
                       NULL, PYTHON_API_VERSION);
    if (m == NULL)
        return;
    for (i = 0; consts[i].name != NULL; i++)
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0)
            return;
    Py_INCREF(&PyNullImporter_Type);
    PyModule_AddObject(m, "NullImporter", (PyObject *)&PyNullImporter_Type);
}
