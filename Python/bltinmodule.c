/* The __builtin__ module: built-in functions, types and constants.

   _PyBuiltin_Init makes a fresh module for each interpreter; nothing here
   keeps Python state between interpreters. */

#include "Python.h"
#include "sandbox.h"
#include "Python-ast.h"
#include "code.h"
#include "compile.h"
#include "eval.h"
#include "frameobject.h"

#include <ctype.h>
#include <sys/stat.h>

#ifndef PyDoc_STRVAR
#define PyDoc_STRVAR(name, str) static char name[] = str
#endif

/* Encoding of file names; NULL means the default encoding. */
const char *Py_FileSystemDefaultEncoding = NULL;

/* ---- helpers ---- */

/* An int or a bool: its value is PyInt_AS_LONG, exactly what the "l"
   format and PyInt_AsLong give, with no user code to call. */
#define BI_PLAIN_INT(o) \
    ((o)->ob_type == &PyInt_Type || (o)->ob_type == &PyBool_Type)

/* An attribute name: str, or unicode converted with the default encoding.
   Returns a new reference or NULL (with TypeError naming `fname`). */
static PyObject *
attr_name(PyObject *name, const char *fname)
{
    if (PyString_Check(name)) {
        Py_INCREF(name);
        return name;
    }
    if (PyUnicode_Check(name)) {
        PyObject *enc = _PyUnicode_AsDefaultEncodedString(name, NULL);
        Py_XINCREF(enc);
        return enc;
    }
    PyErr_Format(PyExc_TypeError, "%s(): attribute name must be string",
                 fname);
    return NULL;
}

/* ---- the functions ---- */

static PyObject *
builtin___import__(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "globals", "locals", "fromlist",
                             "level", 0};
    char *name;
    PyObject *globals = NULL, *locals = NULL, *fromlist = NULL;
    int level = -1;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "s|OOOi:__import__", kwlist,
                                     &name, &globals, &locals, &fromlist,
                                     &level))
        return NULL;
    return PyImport_ImportModuleLevel(name, globals, locals, fromlist, level);
}

static PyObject *
builtin_abs(PyObject *self, PyObject *v)
{
    return PyNumber_Absolute(v);
}

/* all() and any(): stop at the first item whose truth is `stop_on`. */
static PyObject *
truth_scan(PyObject *v, int stop_on)
{
    PyObject *it, *item;

    it = PyObject_GetIter(v);
    if (it == NULL)
        return NULL;
    while ((item = PyIter_Next(it)) != NULL) {
        int t = PyObject_IsTrue(item);
        Py_DECREF(item);
        if (t < 0) {
            Py_DECREF(it);
            return NULL;
        }
        if (t == stop_on) {
            Py_DECREF(it);
            return PyBool_FromLong(stop_on);
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(!stop_on);
}

static PyObject *
builtin_all(PyObject *self, PyObject *v)
{
    return truth_scan(v, 0);
}

static PyObject *
builtin_any(PyObject *self, PyObject *v)
{
    return truth_scan(v, 1);
}

static PyObject *
builtin_apply(PyObject *self, PyObject *args)
{
    PyObject *func, *alist = NULL, *kwdict = NULL, *t = NULL, *retval;

    if (!PyArg_UnpackTuple(args, "apply", 1, 3, &func, &alist, &kwdict))
        return NULL;
    if (alist != NULL) {
        if (!PyTuple_Check(alist)) {
            if (!PySequence_Check(alist)) {
                PyErr_Format(PyExc_TypeError,
                             "apply() arg 2 expected sequence, found %s",
                             alist->ob_type->tp_name);
                return NULL;
            }
            t = PySequence_Tuple(alist);
            if (t == NULL)
                return NULL;
            alist = t;
        }
    }
    if (kwdict != NULL && !PyDict_Check(kwdict)) {
        PyErr_Format(PyExc_TypeError,
                     "apply() arg 3 expected dictionary, found %s",
                     kwdict->ob_type->tp_name);
        Py_XDECREF(t);
        return NULL;
    }
    retval = PyEval_CallObjectWithKeywords(func, alist, kwdict);
    Py_XDECREF(t);
    return retval;
}

static PyObject *
builtin_callable(PyObject *self, PyObject *v)
{
    return PyBool_FromLong((long)PyCallable_Check(v));
}

static PyObject *
builtin_chr(PyObject *self, PyObject *args)
{
    long x;
    char c;

    /* An int or bool argument is read directly; everything else (and
       every error) goes through the format parser. */
    if (PyTuple_GET_SIZE(args) == 1 &&
        BI_PLAIN_INT(PyTuple_GET_ITEM(args, 0)))
        x = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 0));
    else if (!PyArg_ParseTuple(args, "l:chr", &x))
        return NULL;
    if (x < 0 || x >= 256) {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(256)");
        return NULL;
    }
    c = (char)x;
    return PyString_FromStringAndSize(&c, 1);
}

static PyObject *
builtin_unichr(PyObject *self, PyObject *args)
{
    long x;
    if (!PyArg_ParseTuple(args, "l:unichr", &x))
        return NULL;
    return PyUnicode_FromOrdinal((int)x);
}

static PyObject *
builtin_cmp(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    int c;

    if (!PyArg_UnpackTuple(args, "cmp", 2, 2, &a, &b))
        return NULL;
    if (PyObject_Cmp(a, b, &c) < 0)
        return NULL;
    return PyInt_FromLong((long)c);
}

static PyObject *
builtin_coerce(PyObject *self, PyObject *args)
{
    PyObject *v, *w, *res;

    if (!PyArg_UnpackTuple(args, "coerce", 2, 2, &v, &w))
        return NULL;
    if (PyNumber_Coerce(&v, &w) < 0)
        return NULL;
    res = PyTuple_Pack(2, v, w);
    Py_DECREF(v);
    Py_DECREF(w);
    return res;
}

static PyObject *
builtin_compile(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"source", "filename", "mode", "flags",
                             "dont_inherit", NULL};
    PyObject *src, *tmp = NULL, *result = NULL;
    char *filename, *mode;
    int flags = 0, dont_inherit = 0, start;
    const char *text;
    Py_ssize_t len;
    PyCompilerFlags cf;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "Oss|ii:compile", kwlist,
                                     &src, &filename, &mode, &flags,
                                     &dont_inherit))
        return NULL;
    cf.cf_flags = flags;

    if (PyUnicode_Check(src)) {
        tmp = PyUnicode_AsUTF8String(src);
        if (tmp == NULL)
            return NULL;
        src = tmp;
        cf.cf_flags |= PyCF_SOURCE_IS_UTF8;
    }
    if (PyObject_AsReadBuffer(src, (const void **)&text, &len) < 0)
        goto done;
    if ((size_t)len != strlen(text)) {
        PyErr_SetString(PyExc_TypeError,
                        "compile() expected string without null bytes");
        goto done;
    }
    if (strcmp(mode, "exec") == 0)
        start = Py_file_input;
    else if (strcmp(mode, "eval") == 0)
        start = Py_eval_input;
    else if (strcmp(mode, "single") == 0)
        start = Py_single_input;
    else {
        PyErr_SetString(PyExc_ValueError,
                        "compile() arg 3 must be 'exec' or 'eval' or 'single'");
        goto done;
    }
    if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_DONT_IMPLY_DEDENT |
                  PyCF_ONLY_AST)) {
        PyErr_SetString(PyExc_ValueError, "compile(): unrecognised flags");
        goto done;
    }
    if (!dont_inherit)
        PyEval_MergeCompilerFlags(&cf);
    if (cf.cf_flags & PyCF_ONLY_AST) {
        /* The tree itself, as _ast objects, instead of a code object. */
        PyArena *arena = PyArena_New();
        mod_ty mod;
        if (arena == NULL)
            goto done;
        mod = PyParser_ASTFromString(text, filename, start, &cf, arena);
        if (mod != NULL)
            result = PyAST_mod2obj(mod);
        PyArena_Free(arena);
        goto done;
    }
    result = Py_CompileStringFlags(text, filename, start, &cf);
done:
    Py_XDECREF(tmp);
    return result;
}

static PyObject *
builtin_delattr(PyObject *self, PyObject *args)
{
    PyObject *v, *name;
    if (!PyArg_UnpackTuple(args, "delattr", 2, 2, &v, &name))
        return NULL;
    if (PyObject_SetAttr(v, name, NULL) != 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
builtin_dir(PyObject *self, PyObject *args)
{
    PyObject *arg = NULL;
    if (!PyArg_UnpackTuple(args, "dir", 0, 1, &arg))
        return NULL;
    return PyObject_Dir(arg);
}

static PyObject *
builtin_divmod(PyObject *self, PyObject *args)
{
    PyObject *v, *w;
    if (!PyArg_UnpackTuple(args, "divmod", 2, 2, &v, &w))
        return NULL;
    return PyNumber_Divmod(v, w);
}

/* Resolve the (globals, locals) of eval/input; borrowed references. */
static int
ensure_builtins(PyObject *globals)
{
    if (PyDict_GetItemString(globals, "__builtins__") == NULL) {
        PyObject *b = PyEval_GetBuiltins();
        if (b == NULL || PyDict_SetItemString(globals, "__builtins__", b) != 0)
            return -1;
    }
    return 0;
}

static PyObject *
builtin_eval(PyObject *self, PyObject *args)
{
    PyObject *cmd, *result, *tmp = NULL;
    PyObject *globals = Py_None, *locals = Py_None;
    char *str;
    PyCompilerFlags cf;

    if (!PyArg_UnpackTuple(args, "eval", 1, 3, &cmd, &globals, &locals))
        return NULL;
    if (locals != Py_None && !PyMapping_Check(locals)) {
        PyErr_SetString(PyExc_TypeError, "locals must be a mapping");
        return NULL;
    }
    if (globals != Py_None && !PyDict_Check(globals)) {
        PyErr_SetString(PyExc_TypeError, PyMapping_Check(globals) ?
            "globals must be a real dict; try eval(expr, {}, mapping)"
            : "globals must be a dict");
        return NULL;
    }
    if (globals == Py_None) {
        globals = PyEval_GetGlobals();
        if (locals == Py_None)
            locals = PyEval_GetLocals();
    }
    else if (locals == Py_None)
        locals = globals;
    if (globals == NULL || locals == NULL) {
        PyErr_SetString(PyExc_TypeError,
            "eval must be given globals and locals when called without a frame");
        return NULL;
    }
    if (ensure_builtins(globals) < 0)
        return NULL;

    if (PyCode_Check(cmd)) {
        if (PyCode_GetNumFree((PyCodeObject *)cmd) > 0) {
            PyErr_SetString(PyExc_TypeError,
                "code object passed to eval() may not contain free variables");
            return NULL;
        }
        return PyEval_EvalCode((PyCodeObject *)cmd, globals, locals);
    }
    if (!PyString_Check(cmd) && !PyUnicode_Check(cmd)) {
        PyErr_SetString(PyExc_TypeError,
                        "eval() arg 1 must be a string or code object");
        return NULL;
    }
    cf.cf_flags = 0;
    if (PyUnicode_Check(cmd)) {
        tmp = PyUnicode_AsUTF8String(cmd);
        if (tmp == NULL)
            return NULL;
        cmd = tmp;
        cf.cf_flags |= PyCF_SOURCE_IS_UTF8;
    }
    if (PyString_AsStringAndSize(cmd, &str, NULL) < 0) {
        Py_XDECREF(tmp);
        return NULL;
    }
    while (*str == ' ' || *str == '\t')
        str++;
    (void)PyEval_MergeCompilerFlags(&cf);
    result = PyRun_StringFlags(str, Py_eval_input, globals, locals, &cf);
    Py_XDECREF(tmp);
    return result;
}

static PyObject *
builtin_execfile(PyObject *self, PyObject *args)
{
    char *filename;
    PyObject *globals = Py_None, *locals = Py_None;
    PyCompilerFlags cf;
    struct stat st;
    FILE *fp;

    if (!PyArg_ParseTuple(args, "s|O!O:execfile", &filename,
                          &PyDict_Type, &globals, &locals))
        return NULL;
    if (locals != Py_None && !PyMapping_Check(locals)) {
        PyErr_SetString(PyExc_TypeError, "locals must be a mapping");
        return NULL;
    }
    if (globals == Py_None) {
        globals = PyEval_GetGlobals();
        if (locals == Py_None)
            locals = PyEval_GetLocals();
    }
    else if (locals == Py_None)
        locals = globals;
    if (globals == NULL || locals == NULL) {
        PyErr_SetString(PyExc_TypeError,
            "execfile must be given globals and locals when called without a frame");
        return NULL;
    }
    if (ensure_builtins(globals) < 0)
        return NULL;
    /* Reading the file is what needs the capability. */
    if (_PySandbox_CheckOpen(filename, "r") < 0)
        return NULL;

    if (stat(filename, &st) == 0 && S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        fp = NULL;
    }
    else
        fp = fopen(filename, "r" PY_STDIOTEXTMODE);
    if (fp == NULL) {
        PyErr_SetFromErrnoWithFilename(PyExc_IOError, filename);
        return NULL;
    }
    cf.cf_flags = 0;
    if (PyEval_MergeCompilerFlags(&cf))
        return PyRun_FileExFlags(fp, filename, Py_file_input, globals, locals,
                                 1, &cf);
    return PyRun_FileExFlags(fp, filename, Py_file_input, globals, locals,
                             1, NULL);
}

/* Ask `o` for its length the way 2.5's zip(), map() and filter() did to
   size their result (len(), then __length_hint__): user code runs and
   sees the calls in that order.  The value itself is not trusted for
   allocation.  Returns 1 if a length was given, 0 if `o` has none
   (TypeError/AttributeError, cleared), -1 on another error. */
static int
ask_length(PyObject *o)
{
    if (_PyObject_LengthHint(o) >= 0)
        return 1;
    if (PyErr_ExceptionMatches(PyExc_TypeError) ||
        PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        return 0;
    }
    return -1;
}

/* filter() over str, unicode and tuple keeps the type of its input.  The
   size is the object's own (a subclass's __len__ is not consulted). */
static PyObject *
filter_sequence(PyObject *func, PyObject *seq)
{
    Py_ssize_t n, i;
    PyObject *kept, *result;

    if (PyString_Check(seq))
        n = PyString_GET_SIZE(seq);
    else if (PyUnicode_Check(seq))
        n = PyUnicode_GET_SIZE(seq);
    else
        n = PyTuple_GET_SIZE(seq);
    kept = PyList_New(0);
    if (kept == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *item = PySequence_GetItem(seq, i), *good;
        int ok;
        if (item == NULL)
            goto fail;
        if (func == Py_None) {
            good = item;
            Py_INCREF(good);
        }
        else {
            good = PyObject_CallFunctionObjArgs(func, item, NULL);
            if (good == NULL) {
                Py_DECREF(item);
                goto fail;
            }
        }
        ok = PyObject_IsTrue(good);
        Py_DECREF(good);
        if (ok < 0) {
            Py_DECREF(item);
            goto fail;
        }
        if (ok && PyList_Append(kept, item) < 0) {
            Py_DECREF(item);
            goto fail;
        }
        Py_DECREF(item);
    }
    if (PyTuple_Check(seq))
        result = PyList_AsTuple(kept);
    else {
        PyObject *empty;
        if (PyUnicode_Check(seq))
            empty = PyUnicode_FromUnicode(NULL, 0);
        else
            empty = PyString_FromStringAndSize(NULL, 0);
        if (empty == NULL)
            goto fail;
        for (i = 0; i < PyList_GET_SIZE(kept); i++) {
            PyObject *c = PyList_GET_ITEM(kept, i);
            if (PyString_Check(seq) && !PyString_Check(c)) {
                PyErr_SetString(PyExc_TypeError,
                    "can't filter str to str: __getitem__ returned different type");
                Py_DECREF(empty);
                goto fail;
            }
            if (PyUnicode_Check(seq) && !PyUnicode_Check(c)) {
                PyErr_SetString(PyExc_TypeError,
                    "can't filter unicode to unicode: __getitem__ returned different type");
                Py_DECREF(empty);
                goto fail;
            }
        }
        result = PyObject_CallMethod(empty, "join", "O", kept);
        Py_DECREF(empty);
    }
    Py_DECREF(kept);
    return result;
fail:
    Py_DECREF(kept);
    return NULL;
}

static PyObject *
builtin_filter(PyObject *self, PyObject *args)
{
    PyObject *func, *seq, *it, *result, *item;

    if (!PyArg_UnpackTuple(args, "filter", 2, 2, &func, &seq))
        return NULL;
    if (PyString_Check(seq) || PyUnicode_Check(seq) || PyTuple_Check(seq))
        return filter_sequence(func, seq);

    it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    if (ask_length(seq) < 0) {
        Py_DECREF(it);
        return NULL;
    }
    result = PyList_New(0);
    if (result == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    while ((item = PyIter_Next(it)) != NULL) {
        int ok;
        if (func == Py_None || func == (PyObject *)&PyBool_Type)
            ok = PyObject_IsTrue(item);
        else {
            PyObject *good = PyObject_CallFunctionObjArgs(func, item, NULL);
            if (good == NULL) {
                Py_DECREF(item);
                goto fail;
            }
            ok = PyObject_IsTrue(good);
            Py_DECREF(good);
        }
        if (ok < 0 || (ok && PyList_Append(result, item) < 0)) {
            Py_DECREF(item);
            goto fail;
        }
        Py_DECREF(item);
    }
    if (PyErr_Occurred())
        goto fail;
    Py_DECREF(it);
    return result;
fail:
    Py_DECREF(it);
    Py_DECREF(result);
    return NULL;
}

static PyObject *
builtin_getattr(PyObject *self, PyObject *args)
{
    PyObject *v, *name, *dflt = NULL, *result;

    if (!PyArg_UnpackTuple(args, "getattr", 2, 3, &v, &name, &dflt))
        return NULL;
    name = attr_name(name, "getattr");
    if (name == NULL)
        return NULL;
    result = PyObject_GetAttr(v, name);
    Py_DECREF(name);
    if (result == NULL && dflt != NULL &&
        PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        Py_INCREF(dflt);
        result = dflt;
    }
    return result;
}

static PyObject *
builtin_globals(PyObject *self)
{
    PyObject *d = PyEval_GetGlobals();
    if (d == NULL)
        Py_RETURN_NONE;
    Py_INCREF(d);
    return d;
}

static PyObject *
builtin_hasattr(PyObject *self, PyObject *args)
{
    PyObject *v, *name, *result;

    if (!PyArg_UnpackTuple(args, "hasattr", 2, 2, &v, &name))
        return NULL;
    name = attr_name(name, "hasattr");
    if (name == NULL)
        return NULL;
    result = PyObject_GetAttr(v, name);
    Py_DECREF(name);
    if (result == NULL) {
        /* 2.5 treats every exception as "no such attribute" */
        PyErr_Clear();
        Py_RETURN_FALSE;
    }
    Py_DECREF(result);
    Py_RETURN_TRUE;
}

static PyObject *
builtin_id(PyObject *self, PyObject *v)
{
    return PyLong_FromVoidPtr(v);
}

static PyObject *
builtin_hash(PyObject *self, PyObject *v)
{
    long h = PyObject_Hash(v);
    if (h == -1)
        return NULL;
    return PyInt_FromLong(h);
}

/* hex() and oct() dispatch to nb_hex / nb_oct. */
static PyObject *
radix_string(PyObject *v, int hex)
{
    PyNumberMethods *nb = v->ob_type->tp_as_number;
    unaryfunc fn = NULL;
    PyObject *res;

    if (nb != NULL)
        fn = hex ? nb->nb_hex : nb->nb_oct;
    if (fn == NULL) {
        PyErr_SetString(PyExc_TypeError, hex ?
                        "hex() argument can't be converted to hex" :
                        "oct() argument can't be converted to oct");
        return NULL;
    }
    res = fn(v);
    if (res != NULL && !PyString_Check(res)) {
        PyErr_Format(PyExc_TypeError,
                     hex ? "__hex__ returned non-string (type %.200s)"
                         : "__oct__ returned non-string (type %.200s)",
                     res->ob_type->tp_name);
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

static PyObject *
builtin_hex(PyObject *self, PyObject *v)
{
    return radix_string(v, 1);
}

static PyObject *
builtin_oct(PyObject *self, PyObject *v)
{
    return radix_string(v, 0);
}

static PyObject *builtin_raw_input(PyObject *, PyObject *);

static PyObject *
builtin_input(PyObject *self, PyObject *args)
{
    PyObject *line, *globals, *locals, *res;
    char *str;
    PyCompilerFlags cf;

    line = builtin_raw_input(self, args);
    if (line == NULL)
        return NULL;
    if (!PyArg_Parse(line, "s;embedded '\\0' in input line", &str)) {
        Py_DECREF(line);
        return NULL;
    }
    while (*str == ' ' || *str == '\t')
        str++;
    globals = PyEval_GetGlobals();
    locals = PyEval_GetLocals();
    if (globals == NULL || locals == NULL) {
        Py_DECREF(line);
        PyErr_SetString(PyExc_TypeError, "input() needs a frame");
        return NULL;
    }
    if (ensure_builtins(globals) < 0) {
        Py_DECREF(line);
        return NULL;
    }
    cf.cf_flags = 0;
    PyEval_MergeCompilerFlags(&cf);
    res = PyRun_StringFlags(str, Py_eval_input, globals, locals, &cf);
    Py_DECREF(line);
    return res;
}

static PyObject *
builtin_intern(PyObject *self, PyObject *args)
{
    PyObject *s;
    if (!PyArg_ParseTuple(args, "S:intern", &s))
        return NULL;
    if (!PyString_CheckExact(s)) {
        PyErr_SetString(PyExc_TypeError, "can't intern subclass of string");
        return NULL;
    }
    Py_INCREF(s);
    PyString_InternInPlace(&s);
    return s;
}

static PyObject *
builtin_isinstance(PyObject *self, PyObject *args)
{
    PyObject *inst, *cls;
    int r;
    if (PyTuple_GET_SIZE(args) == 2) {
        inst = PyTuple_GET_ITEM(args, 0);
        cls = PyTuple_GET_ITEM(args, 1);
    }
    else if (!PyArg_UnpackTuple(args, "isinstance", 2, 2, &inst, &cls))
        return NULL;
    r = PyObject_IsInstance(inst, cls);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
builtin_issubclass(PyObject *self, PyObject *args)
{
    PyObject *derived, *cls;
    int r;
    if (PyTuple_GET_SIZE(args) == 2) {
        derived = PyTuple_GET_ITEM(args, 0);
        cls = PyTuple_GET_ITEM(args, 1);
    }
    else if (!PyArg_UnpackTuple(args, "issubclass", 2, 2, &derived, &cls))
        return NULL;
    r = PyObject_IsSubclass(derived, cls);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
builtin_iter(PyObject *self, PyObject *args)
{
    PyObject *v, *w = NULL;

    if (!PyArg_UnpackTuple(args, "iter", 1, 2, &v, &w))
        return NULL;
    if (w == NULL)
        return PyObject_GetIter(v);
    if (!PyCallable_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return PyCallIter_New(v, w);
}

static PyObject *
builtin_len(PyObject *self, PyObject *v)
{
    Py_ssize_t n = PyObject_Size(v);
    if (n < 0 && PyErr_Occurred())
        return NULL;
    return PyInt_FromSsize_t(n);
}

static PyObject *
builtin_locals(PyObject *self)
{
    PyObject *d = PyEval_GetLocals();
    if (d == NULL)
        Py_RETURN_NONE;
    Py_INCREF(d);
    return d;
}

static PyObject *
builtin_map(PyObject *self, PyObject *args)
{
    PyObject *func, *result = NULL, **iters = NULL;
    Py_ssize_t n, i, k;

    n = PyTuple_Size(args);
    if (n < 2) {
        PyErr_SetString(PyExc_TypeError, "map() requires at least two args");
        return NULL;
    }
    func = PyTuple_GET_ITEM(args, 0);
    n--;

    if (func == Py_None && n == 1)
        return PySequence_List(PyTuple_GET_ITEM(args, 1));

    iters = PyMem_New(PyObject *, n);
    if (iters == NULL)
        return PyErr_NoMemory();
    for (i = 0; i < n; i++)
        iters[i] = NULL;
    for (i = 0; i < n; i++) {
        iters[i] = PyObject_GetIter(PyTuple_GET_ITEM(args, i + 1));
        if (iters[i] == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError,
                             "argument %d to map() must support iteration",
                             (int)(i + 2));
            goto done;
        }
        if (ask_length(PyTuple_GET_ITEM(args, i + 1)) < 0)
            goto done;
    }
    result = PyList_New(0);
    if (result == NULL)
        goto done;

    for (;;) {
        PyObject *argt = PyTuple_New(n), *value;
        int live = 0;
        if (argt == NULL)
            goto fail;
        for (k = 0; k < n; k++) {
            PyObject *item = NULL;
            if (iters[k] != NULL) {
                item = PyIter_Next(iters[k]);
                if (item == NULL) {
                    if (PyErr_Occurred()) {
                        Py_DECREF(argt);
                        goto fail;
                    }
                    Py_CLEAR(iters[k]);
                }
                else
                    live++;
            }
            if (item == NULL) {
                Py_INCREF(Py_None);
                item = Py_None;
            }
            PyTuple_SET_ITEM(argt, k, item);
        }
        if (live == 0) {
            Py_DECREF(argt);
            break;
        }
        if (func == Py_None) {
            if (n == 1) {
                value = PyTuple_GET_ITEM(argt, 0);
                Py_INCREF(value);
                Py_DECREF(argt);
            }
            else
                value = argt;
        }
        else {
            value = PyObject_Call(func, argt, NULL);
            Py_DECREF(argt);
            if (value == NULL)
                goto fail;
        }
        if (PyList_Append(result, value) < 0) {
            Py_DECREF(value);
            goto fail;
        }
        Py_DECREF(value);
    }
    goto done;
fail:
    Py_CLEAR(result);
done:
    for (i = 0; i < n; i++)
        Py_XDECREF(iters[i]);
    PyMem_Free(iters);
    return result;
}

/* min(a, b, ...) / max(a, b, ...) without key=: the loop below without the
   tuple iterator.  Items are compared in the same order (each new item
   against the best so far), so comparisons and their side effects are the
   same; the first of equal items wins as there. */
static PyObject *
extreme_of_args(PyObject *args, int op)
{
    Py_ssize_t i, n = PyTuple_GET_SIZE(args);
    PyObject *best = PyTuple_GET_ITEM(args, 0);

    Py_INCREF(best);
    for (i = 1; i < n; i++) {
        /* args (and so item) lives until the call returns. */
        PyObject *item = PyTuple_GET_ITEM(args, i);
        int better = PyObject_RichCompareBool(item, best, op);
        if (better < 0) {
            Py_DECREF(best);
            return NULL;
        }
        if (better > 0) {
            Py_INCREF(item);
            Py_DECREF(best);
            best = item;
        }
    }
    return best;
}

/* min() and max(): op is Py_LT for min, Py_GT for max. */
static PyObject *
extreme(PyObject *args, PyObject *kwds, int op)
{
    const char *name = (op == Py_LT) ? "min" : "max";
    PyObject *v, *it, *item, *keyfunc = NULL;
    PyObject *best_item = NULL, *best_key = NULL;

    if (PyTuple_Size(args) > 1) {
        v = args;
        if (kwds == NULL || (PyDict_Check(kwds) && PyDict_Size(kwds) == 0))
            return extreme_of_args(args, op);
    }
    else if (!PyArg_UnpackTuple(args, (char *)name, 1, 1, &v))
        return NULL;

    if (kwds != NULL && PyDict_Check(kwds) && PyDict_Size(kwds) > 0) {
        keyfunc = PyDict_GetItemString(kwds, "key");
        if (PyDict_Size(kwds) != 1 || keyfunc == NULL) {
            PyErr_Format(PyExc_TypeError,
                         "%s() got an unexpected keyword argument", name);
            return NULL;
        }
    }

    it = PyObject_GetIter(v);
    if (it == NULL)
        return NULL;
    while ((item = PyIter_Next(it)) != NULL) {
        PyObject *key;
        if (keyfunc != NULL) {
            key = PyObject_CallFunctionObjArgs(keyfunc, item, NULL);
            if (key == NULL) {
                Py_DECREF(item);
                goto fail;
            }
        }
        else {
            key = item;
            Py_INCREF(key);
        }
        if (best_key == NULL) {
            best_item = item;
            best_key = key;
        }
        else {
            int better = PyObject_RichCompareBool(key, best_key, op);
            if (better < 0) {
                Py_DECREF(item);
                Py_DECREF(key);
                goto fail;
            }
            if (better > 0) {
                Py_DECREF(best_item);
                Py_DECREF(best_key);
                best_item = item;
                best_key = key;
            }
            else {
                Py_DECREF(item);
                Py_DECREF(key);
            }
        }
    }
    if (PyErr_Occurred())
        goto fail;
    Py_DECREF(it);
    if (best_key == NULL) {
        PyErr_Format(PyExc_ValueError, "%s() arg is an empty sequence", name);
        return NULL;
    }
    Py_DECREF(best_key);
    return best_item;
fail:
    Py_XDECREF(best_item);
    Py_XDECREF(best_key);
    Py_DECREF(it);
    return NULL;
}

static PyObject *
builtin_min(PyObject *self, PyObject *args, PyObject *kwds)
{
    return extreme(args, kwds, Py_LT);
}

static PyObject *
builtin_max(PyObject *self, PyObject *args, PyObject *kwds)
{
    return extreme(args, kwds, Py_GT);
}

static PyObject *
builtin_ord(PyObject *self, PyObject *obj)
{
    Py_ssize_t size;

    if (PyString_Check(obj)) {
        size = PyString_GET_SIZE(obj);
        if (size == 1)
            return PyInt_FromLong(
                (long)((unsigned char)PyString_AS_STRING(obj)[0]));
    }
    else if (PyUnicode_Check(obj)) {
        size = PyUnicode_GET_SIZE(obj);
        if (size == 1)
            return PyInt_FromLong((long)PyUnicode_AS_UNICODE(obj)[0]);
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "ord() expected string of length 1, but %.200s found",
                     obj->ob_type->tp_name);
        return NULL;
    }
    PyErr_Format(PyExc_TypeError,
                 "ord() expected a character, but string of length %zd found",
                 size);
    return NULL;
}

static PyObject *
builtin_pow(PyObject *self, PyObject *args)
{
    PyObject *v, *w, *z = Py_None;
    if (!PyArg_UnpackTuple(args, "pow", 2, 3, &v, &w, &z))
        return NULL;
    return PyNumber_Power(v, w, z);
}

/* Number of items of range(lo, hi, step) for step > 0, as unsigned. */
static unsigned long
range_count(long lo, long hi, long step)
{
    if (lo >= hi)
        return 0;
    return ((unsigned long)hi - (unsigned long)lo - 1) / (unsigned long)step + 1;
}

/* range() with arguments beyond C longs. */
static PyObject *
range_with_longs(PyObject *args)
{
    PyObject *ilow = NULL, *ihigh = NULL, *istep = NULL;
    PyObject *low = NULL, *high = NULL, *step = NULL;
    PyObject *zero = NULL, *result = NULL, *cur = NULL, *diff = NULL, *n = NULL;
    Py_ssize_t count, i;
    int neg;

    if (!PyArg_UnpackTuple(args, "range", 1, 3, &ilow, &ihigh, &istep))
        return NULL;
    if (ihigh == NULL) {
        ihigh = ilow;
        ilow = NULL;
    }
    zero = PyInt_FromLong(0);
    if (zero == NULL)
        return NULL;

    if (ilow == NULL) {
        low = zero;
        Py_INCREF(low);
    }
    else if (PyInt_Check(ilow) || PyLong_Check(ilow)) {
        low = ilow;
        Py_INCREF(low);
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "range() integer start argument expected, got %s.",
                     ilow->ob_type->tp_name);
        goto done;
    }
    if (PyInt_Check(ihigh) || PyLong_Check(ihigh)) {
        high = ihigh;
        Py_INCREF(high);
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "range() integer end argument expected, got %s.",
                     ihigh->ob_type->tp_name);
        goto done;
    }
    if (istep == NULL)
        step = PyInt_FromLong(1);
    else if (PyInt_Check(istep) || PyLong_Check(istep)) {
        step = istep;
        Py_INCREF(step);
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "range() integer step argument expected, got %s.",
                     istep->ob_type->tp_name);
        goto done;
    }
    if (step == NULL)
        goto done;

    {
        int c;
        if (PyObject_Cmp(step, zero, &c) < 0)
            goto done;
        if (c == 0) {
            PyErr_SetString(PyExc_ValueError,
                            "range() step argument must not be zero");
            goto done;
        }
        neg = c < 0;
    }

    /* count = max(0, (hi - lo + step -/+ 1) // step) */
    {
        int c;
        if (PyObject_Cmp(low, high, &c) < 0)
            goto done;
        if ((!neg && c >= 0) || (neg && c <= 0))
            count = 0;
        else {
            PyObject *one = PyInt_FromLong(neg ? -1 : 1), *t1, *t2;
            if (one == NULL)
                goto done;
            t1 = PyNumber_Subtract(high, low);
            t2 = t1 ? PyNumber_Subtract(t1, one) : NULL;
            Py_XDECREF(t1);
            Py_DECREF(one);
            if (t2 == NULL)
                goto done;
            diff = PyNumber_FloorDivide(t2, step);
            Py_DECREF(t2);
            if (diff == NULL)
                goto done;
            one = PyInt_FromLong(1);
            n = one ? PyNumber_Add(diff, one) : NULL;
            Py_XDECREF(one);
            if (n == NULL)
                goto done;
            count = PyInt_AsSsize_t(n);
            if (count == -1 && PyErr_Occurred()) {
                PyErr_Clear();
                count = -1;
            }
            if (count < 0 || count > INT_MAX) {
                PyErr_SetString(PyExc_OverflowError,
                                "range() result has too many items");
                goto done;
            }
        }
    }

    if ((size_t)count > PY_SSIZE_T_MAX / sizeof(PyObject *) ||
        _PyMem_CheckAvailable((size_t)count * sizeof(PyObject *)) < 0)
        goto done;
    result = PyList_New(count);
    if (result == NULL)
        goto done;
    cur = low;
    Py_INCREF(cur);
    for (i = 0; i < count; i++) {
        PyObject *next;
        Py_INCREF(cur);
        PyList_SET_ITEM(result, i, cur);
        next = PyNumber_Add(cur, step);
        Py_DECREF(cur);
        cur = next;
        if (cur == NULL) {
            Py_CLEAR(result);
            goto done;
        }
    }
done:
    Py_XDECREF(cur);
    Py_XDECREF(diff);
    Py_XDECREF(n);
    Py_XDECREF(zero);
    Py_XDECREF(low);
    Py_XDECREF(high);
    Py_XDECREF(step);
    return result;
}

/* Whether every argument of range() is an int or a bool. */
static int
range_plain_args(PyObject *args, Py_ssize_t nargs)
{
    Py_ssize_t i;
    for (i = 0; i < nargs; i++) {
        if (!BI_PLAIN_INT(PyTuple_GET_ITEM(args, i)))
            return 0;
    }
    return 1;
}

static PyObject *
builtin_range(PyObject *self, PyObject *args)
{
    long lo = 0, hi = 0, step = 1;
    unsigned long count;
    Py_ssize_t n, i;
    PyObject *list;
    Py_ssize_t nargs = PyTuple_Size(args);

    if (nargs >= 1 && nargs <= 3 && range_plain_args(args, nargs)) {
        /* All ints or bools: what "l" would have produced, read directly. */
        if (nargs == 1)
            hi = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 0));
        else {
            lo = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 0));
            hi = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 1));
            if (nargs == 3)
                step = PyInt_AS_LONG(PyTuple_GET_ITEM(args, 2));
        }
    }
    else if (nargs <= 1) {
        if (!PyArg_ParseTuple(args, "l;range() requires 1-3 int arguments",
                              &hi)) {
            PyErr_Clear();
            return range_with_longs(args);
        }
    }
    else if (!PyArg_ParseTuple(args, "ll|l;range() requires 1-3 int arguments",
                               &lo, &hi, &step)) {
        PyErr_Clear();
        return range_with_longs(args);
    }
    if (step == 0) {
        PyErr_SetString(PyExc_ValueError,
                        "range() step argument must not be zero");
        return NULL;
    }
    if (step > 0)
        count = range_count(lo, hi, step);
    else if (lo <= hi)
        count = 0;
    else
        count = ((unsigned long)lo - (unsigned long)hi - 1) /
                (0UL - (unsigned long)step) + 1;
    if (count > (unsigned long)INT_MAX) {
        PyErr_SetString(PyExc_OverflowError,
                        "range() result has too many items");
        return NULL;
    }
    n = (Py_ssize_t)count;
    if (_PyMem_CheckAvailable((size_t)n * sizeof(PyObject *)) < 0)
        return NULL;
    list = PyList_New(n);
    if (list == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *w = PyInt_FromLong(lo);
        if (w == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, w);
        lo += step;
    }
    return list;
}

static PyObject *
builtin_raw_input(PyObject *self, PyObject *args)
{
    PyObject *v = NULL, *fin, *fout;

    if (!PyArg_UnpackTuple(args, "[raw_]input", 0, 1, &v))
        return NULL;
    fin = PySys_GetObject("stdin");
    fout = PySys_GetObject("stdout");
    if (fin == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "[raw_]input: lost sys.stdin");
        return NULL;
    }
    if (fout == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "[raw_]input: lost sys.stdout");
        return NULL;
    }
    if (PyFile_SoftSpace(fout, 0)) {
        if (PyFile_WriteString(" ", fout) != 0)
            return NULL;
    }
    if (PyFile_AsFile(fin) && PyFile_AsFile(fout) &&
        isatty(fileno(PyFile_AsFile(fin))) &&
        isatty(fileno(PyFile_AsFile(fout)))) {
        PyObject *po = NULL;
        char *prompt, *s;
        PyObject *result;
        if (v != NULL) {
            po = PyObject_Str(v);
            if (po == NULL)
                return NULL;
            prompt = PyString_AsString(po);
            if (prompt == NULL) {
                Py_DECREF(po);
                return NULL;
            }
        }
        else
            prompt = "";
        s = PyOS_Readline(PyFile_AsFile(fin), PyFile_AsFile(fout), prompt);
        Py_XDECREF(po);
        if (s == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetNone(PyExc_KeyboardInterrupt);
            return NULL;
        }
        if (*s == '\0') {
            PyErr_SetNone(PyExc_EOFError);
            result = NULL;
        }
        else {
            size_t len = strlen(s);
            if (len > (size_t)PY_SSIZE_T_MAX) {
                PyErr_SetString(PyExc_OverflowError,
                                "[raw_]input: input too long");
                result = NULL;
            }
            else {
                if (s[len - 1] == '\n')
                    len--;
                result = PyString_FromStringAndSize(s, (Py_ssize_t)len);
            }
        }
        PyMem_Free(s);
        return result;
    }
    if (v != NULL) {
        if (PyFile_WriteObject(v, fout, Py_PRINT_RAW) != 0)
            return NULL;
    }
    return PyFile_GetLine(fin, -1);
}

static PyObject *
builtin_reduce(PyObject *self, PyObject *args)
{
    PyObject *func, *seq, *result = NULL, *it, *item;

    if (!PyArg_UnpackTuple(args, "reduce", 2, 3, &func, &seq, &result))
        return NULL;
    Py_XINCREF(result);
    it = PyObject_GetIter(seq);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_SetString(PyExc_TypeError,
                            "reduce() arg 2 must support iteration");
        Py_XDECREF(result);
        return NULL;
    }
    while ((item = PyIter_Next(it)) != NULL) {
        if (result == NULL)
            result = item;
        else {
            PyObject *next = PyObject_CallFunctionObjArgs(func, result, item,
                                                          NULL);
            Py_DECREF(item);
            Py_DECREF(result);
            result = next;
            if (result == NULL)
                break;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_XDECREF(result);
        return NULL;
    }
    if (result == NULL)
        PyErr_SetString(PyExc_TypeError,
                        "reduce() of empty sequence with no initial value");
    return result;
}

static PyObject *
builtin_reload(PyObject *self, PyObject *v)
{
    return PyImport_ReloadModule(v);
}

static PyObject *
builtin_repr(PyObject *self, PyObject *v)
{
    return PyObject_Repr(v);
}

static PyObject *
builtin_round(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"number", "ndigits", 0};
    double x, scale = 1.0;
    int ndigits = 0, i;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "d|i:round", kwlist,
                                     &x, &ndigits))
        return NULL;
    for (i = ndigits < 0 ? -ndigits : ndigits; i > 0; i--)
        scale *= 10.0;
    x = (ndigits < 0) ? x / scale : x * scale;
    /* halfway cases go away from zero */
    x = (x >= 0.0) ? floor(x + 0.5) : ceil(x - 0.5);
    x = (ndigits < 0) ? x * scale : x / scale;
    return PyFloat_FromDouble(x);
}

static PyObject *
builtin_setattr(PyObject *self, PyObject *args)
{
    PyObject *v, *name, *value;
    if (!PyArg_UnpackTuple(args, "setattr", 3, 3, &v, &name, &value))
        return NULL;
    if (PyObject_SetAttr(v, name, value) != 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
builtin_sorted(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"iterable", "cmp", "key", "reverse", 0};
    PyObject *seq, *cmpfn = NULL, *keyfn = NULL, *lst, *sortm, *rest, *r;
    int reverse = 0;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OOi:sorted", kwlist,
                                     &seq, &cmpfn, &keyfn, &reverse))
        return NULL;
    lst = PySequence_List(seq);
    if (lst == NULL)
        return NULL;
    sortm = PyObject_GetAttrString(lst, "sort");
    if (sortm == NULL) {
        Py_DECREF(lst);
        return NULL;
    }
    rest = PyTuple_GetSlice(args, 1, 4);
    if (rest == NULL) {
        Py_DECREF(sortm);
        Py_DECREF(lst);
        return NULL;
    }
    r = PyObject_Call(sortm, rest, kwds);
    Py_DECREF(rest);
    Py_DECREF(sortm);
    if (r == NULL) {
        Py_DECREF(lst);
        return NULL;
    }
    Py_DECREF(r);
    return lst;
}

static PyObject *
builtin_sum(PyObject *self, PyObject *args)
{
    PyObject *seq, *result = NULL, *it, *item;

    if (!PyArg_UnpackTuple(args, "sum", 1, 2, &seq, &result))
        return NULL;
    it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    if (result == NULL)
        result = PyInt_FromLong(0);
    else {
        if (PyObject_TypeCheck(result, &PyBaseString_Type)) {
            PyErr_SetString(PyExc_TypeError,
                "sum() can't sum strings [use ''.join(seq) instead]");
            Py_DECREF(it);
            return NULL;
        }
        Py_INCREF(result);
    }
    if (result == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    while ((item = PyIter_Next(it)) != NULL) {
        PyObject *next = PyNumber_Add(result, item);
        Py_DECREF(item);
        Py_DECREF(result);
        result = next;
        if (result == NULL)
            break;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_XDECREF(result);
        return NULL;
    }
    return result;
}

static PyObject *
builtin_vars(PyObject *self, PyObject *args)
{
    PyObject *v = NULL, *d;

    if (!PyArg_UnpackTuple(args, "vars", 0, 1, &v))
        return NULL;
    if (v == NULL) {
        d = PyEval_GetLocals();
        if (d == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_SystemError,
                                "vars(): no locals!?");
        }
        else
            Py_INCREF(d);
        return d;
    }
    d = PyObject_GetAttrString(v, "__dict__");
    if (d == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "vars() argument must have __dict__ attribute");
        return NULL;
    }
    return d;
}

static PyObject *
builtin_zip(PyObject *self, PyObject *args)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args), i;
    PyObject *result, *iters;

    result = PyList_New(0);
    if (result == NULL || n == 0)
        return result;
    /* all lengths first, stopping at the first argument without one */
    for (i = 0; i < n; i++) {
        int known = ask_length(PyTuple_GET_ITEM(args, i));
        if (known < 0) {
            Py_DECREF(result);
            return NULL;
        }
        if (!known)
            break;
    }
    iters = PyTuple_New(n);
    if (iters == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *it = PyObject_GetIter(PyTuple_GET_ITEM(args, i));
        if (it == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError,
                             "zip argument #%zd must support iteration",
                             i + 1);
            goto fail;
        }
        PyTuple_SET_ITEM(iters, i, it);
    }
    for (;;) {
        PyObject *t = PyTuple_New(n);
        if (t == NULL)
            goto fail;
        for (i = 0; i < n; i++) {
            PyObject *item = PyIter_Next(PyTuple_GET_ITEM(iters, i));
            if (item == NULL) {
                Py_DECREF(t);
                if (PyErr_Occurred())
                    goto fail;
                Py_DECREF(iters);
                return result;
            }
            PyTuple_SET_ITEM(t, i, item);
        }
        if (PyList_Append(result, t) < 0) {
            Py_DECREF(t);
            goto fail;
        }
        Py_DECREF(t);
    }
fail:
    Py_DECREF(iters);
    Py_DECREF(result);
    return NULL;
}

PyDoc_STRVAR(import_doc,
"__import__(name, globals={}, locals={}, fromlist=[], level=-1) -> module\n\
\n\
Import a module.  The globals are only used to determine the context;\n\
they are not modified.  The locals are currently unused.  The fromlist\n\
should be a list of names to emulate ``from name import ...'', or an\n\
empty list to emulate ``import name''.\n\
When importing a module from a package, note that __import__('A.B', ...)\n\
returns package A when fromlist is empty, but its submodule B when\n\
fromlist is not empty.  Level is used to determine whether to perform \n\
absolute or relative imports.  -1 is the original strategy of attempting\n\
both absolute and relative imports, 0 is absolute, a positive number\n\
is the number of parent directories to search relative to the current module.");

/* open() is a function in 2.5 (`file is open` is False); it makes a file
   object, so the file type's own capability check applies. */
static PyObject *
builtin_open(PyObject *self, PyObject *args, PyObject *kwds)
{
    return PyObject_Call((PyObject *)&PyFile_Type, args, kwds);
}

PyDoc_STRVAR(open_doc,
"open(name[, mode[, buffering]]) -> file object\n\
\n\
Open a file using the file() type, returns a file object.");

static PyMethodDef builtin_methods[] = {
    {"open", (PyCFunction)builtin_open, METH_VARARGS | METH_KEYWORDS, open_doc},
    {"__import__", (PyCFunction)builtin___import__,
     METH_VARARGS | METH_KEYWORDS, import_doc},
    {"abs", builtin_abs, METH_O,
     "abs(number) -> number\n\nReturn the absolute value of the argument."},
    {"all", builtin_all, METH_O,
     "all(iterable) -> bool\n\nReturn True if bool(x) is True for all values x in the iterable."},
    {"any", builtin_any, METH_O,
     "any(iterable) -> bool\n\nReturn True if bool(x) is True for any x in the iterable."},
    {"apply", builtin_apply, METH_VARARGS,
     "apply(object[, args[, kwargs]]) -> value\n\nCall a callable object with positional arguments taken from the tuple args,\nand keyword arguments taken from the optional dictionary kwargs.\nNote that classes are callable, as are instances with a __call__() method.\n\nDeprecated since release 2.3. Instead, use the extended call syntax:\n    function(*args, **keywords)."},
    {"callable", builtin_callable, METH_O,
     "callable(object) -> bool\n\nReturn whether the object is callable (i.e., some kind of function).\nNote that classes are callable, as are instances with a __call__() method."},
    {"chr", builtin_chr, METH_VARARGS,
     "chr(i) -> character\n\nReturn a string of one character with ordinal i; 0 <= i < 256."},
    {"cmp", builtin_cmp, METH_VARARGS,
     "cmp(x, y) -> integer\n\nReturn negative if x<y, zero if x==y, positive if x>y."},
    {"coerce", builtin_coerce, METH_VARARGS,
     "coerce(x, y) -> (x1, y1)\n\nReturn a tuple consisting of the two numeric arguments converted to\na common type, using the same rules as used by arithmetic operations.\nIf coercion is not possible, raise TypeError."},
    {"compile", (PyCFunction)builtin_compile, METH_VARARGS | METH_KEYWORDS,
     "compile(source, filename, mode[, flags[, dont_inherit]]) -> code object\n\nCompile the source string (a Python module, statement or expression)\ninto a code object that can be executed by the exec statement or eval().\nThe filename will be used for run-time error messages.\nThe mode must be 'exec' to compile a module, 'single' to compile a\nsingle (interactive) statement, or 'eval' to compile an expression.\nThe flags argument, if present, controls which future statements influence\nthe compilation of the code.\nThe dont_inherit argument, if non-zero, stops the compilation inheriting\nthe effects of any future statements in effect in the code calling\ncompile; if absent or zero these statements do influence the compilation,\nin addition to any features explicitly specified."},
    {"delattr", builtin_delattr, METH_VARARGS,
     "delattr(object, name)\n\nDelete a named attribute on an object; delattr(x, 'y') is equivalent to\n``del x.y''."},
    {"dir", builtin_dir, METH_VARARGS,
     "dir([object]) -> list of strings\n\nReturn an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it."},
    {"divmod", builtin_divmod, METH_VARARGS,
     "divmod(x, y) -> (div, mod)\n\nReturn the tuple ((x-x%y)/y, x%y).  Invariant: div*y + mod == x."},
    {"eval", builtin_eval, METH_VARARGS,
     "eval(source[, globals[, locals]]) -> value\n\nEvaluate the source in the context of globals and locals.\nThe source may be a string representing a Python expression\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mappping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.\n"},
    {"execfile", builtin_execfile, METH_VARARGS,
     "execfile(filename[, globals[, locals]])\n\nRead and execute a Python script from a file.\nThe globals and locals are dictionaries, defaulting to the current\nglobals and locals.  If only globals is given, locals defaults to it."},
    {"filter", builtin_filter, METH_VARARGS,
     "filter(function or None, sequence) -> list, tuple, or string\n\nReturn those items of sequence for which function(item) is true.  If\nfunction is None, return the items that are true.  If sequence is a tuple\nor string, return the same type, else return a list."},
    {"getattr", builtin_getattr, METH_VARARGS,
     "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case."},
    {"globals", (PyCFunction)builtin_globals, METH_NOARGS,
     "globals() -> dictionary\n\nReturn the dictionary containing the current scope's global variables."},
    {"hasattr", builtin_hasattr, METH_VARARGS,
     "hasattr(object, name) -> bool\n\nReturn whether the object has an attribute with the given name.\n(This is done by calling getattr(object, name) and catching exceptions.)"},
    {"hash", builtin_hash, METH_O,
     "hash(object) -> integer\n\nReturn a hash value for the object.  Two objects with the same value have\nthe same hash value.  The reverse is not necessarily true, but likely."},
    {"hex", builtin_hex, METH_O,
     "hex(number) -> string\n\nReturn the hexadecimal representation of an integer or long integer."},
    {"id", builtin_id, METH_O,
     "id(object) -> integer\n\nReturn the identity of an object.  This is guaranteed to be unique among\nsimultaneously existing objects.  (Hint: it's the object's memory address.)"},
    {"input", builtin_input, METH_VARARGS,
     "input([prompt]) -> value\n\nEquivalent to eval(raw_input(prompt))."},
    {"intern", builtin_intern, METH_VARARGS,
     "intern(string) -> string\n\n``Intern'' the given string.  This enters the string in the (global)\ntable of interned strings whose purpose is to speed up dictionary lookups.\nReturn the string itself or the previously interned string object with the\nsame value."},
    {"isinstance", builtin_isinstance, METH_VARARGS,
     "isinstance(object, class-or-type-or-tuple) -> bool\n\nReturn whether an object is an instance of a class or of a subclass thereof.\nWith a type as second argument, return whether that is the object's type.\nThe form using a tuple, isinstance(x, (A, B, ...)), is a shortcut for\nisinstance(x, A) or isinstance(x, B) or ... (etc.)."},
    {"issubclass", builtin_issubclass, METH_VARARGS,
     "issubclass(C, B) -> bool\n\nReturn whether class C is a subclass (i.e., a derived class) of class B.\nWhen using a tuple as the second argument issubclass(X, (A, B, ...)),\nis a shortcut for issubclass(X, A) or issubclass(X, B) or ... (etc.)."},
    {"iter", builtin_iter, METH_VARARGS,
     "iter(collection) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel."},
    {"len", builtin_len, METH_O,
     "len(object) -> integer\n\nReturn the number of items of a sequence or mapping."},
    {"locals", (PyCFunction)builtin_locals, METH_NOARGS,
     "locals() -> dictionary\n\nUpdate and return a dictionary containing the current scope's local variables."},
    {"map", builtin_map, METH_VARARGS,
     "map(function, sequence[, sequence, ...]) -> list\n\nReturn a list of the results of applying the function to the items of\nthe argument sequence(s).  If more than one sequence is given, the\nfunction is called with an argument list consisting of the corresponding\nitem of each sequence, substituting None for missing values when not all\nsequences have the same length.  If the function is None, return a list of\nthe items of the sequence (or a list of tuples if more than one sequence)."},
    {"max", (PyCFunction)builtin_max, METH_VARARGS | METH_KEYWORDS,
     "max(iterable[, key=func]) -> value\nmax(a, b, c, ...[, key=func]) -> value\n\nWith a single iterable argument, return its largest item.\nWith two or more arguments, return the largest argument."},
    {"min", (PyCFunction)builtin_min, METH_VARARGS | METH_KEYWORDS,
     "min(iterable[, key=func]) -> value\nmin(a, b, c, ...[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item.\nWith two or more arguments, return the smallest argument."},
    {"oct", builtin_oct, METH_O,
     "oct(number) -> string\n\nReturn the octal representation of an integer or long integer."},
    {"ord", builtin_ord, METH_O,
     "ord(c) -> integer\n\nReturn the integer ordinal of a one-character string."},
    {"pow", builtin_pow, METH_VARARGS,
     "pow(x, y[, z]) -> number\n\nWith two arguments, equivalent to x**y.  With three arguments,\nequivalent to (x**y) % z, but may be more efficient (e.g. for longs)."},
    {"range", builtin_range, METH_VARARGS,
     "range([start,] stop[, step]) -> list of integers\n\nReturn a list containing an arithmetic progression of integers.\nrange(i, j) returns [i, i+1, i+2, ..., j-1]; start (!) defaults to 0.\nWhen step is given, it specifies the increment (or decrement).\nFor example, range(4) returns [0, 1, 2, 3].  The end point is omitted!\nThese are exactly the valid indices for a list of 4 elements."},
    {"raw_input", builtin_raw_input, METH_VARARGS,
     "raw_input([prompt]) -> string\n\nRead a string from standard input.  The trailing newline is stripped.\nIf the user hits EOF (Unix: Ctl-D, Windows: Ctl-Z+Return), raise EOFError.\nOn Unix, GNU readline is used if enabled.  The prompt string, if given,\nis printed without a trailing newline before reading."},
    {"reduce", builtin_reduce, METH_VARARGS,
     "reduce(function, sequence[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence,\nfrom left to right, so as to reduce the sequence to a single value.\nFor example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the sequence in the calculation, and serves as a default when the\nsequence is empty."},
    {"reload", builtin_reload, METH_O,
     "reload(module) -> module\n\nReload the module.  The module must have been successfully imported before."},
    {"repr", builtin_repr, METH_O,
     "repr(object) -> string\n\nReturn the canonical string representation of the object.\nFor most object types, eval(repr(object)) == object."},
    {"round", (PyCFunction)builtin_round, METH_VARARGS | METH_KEYWORDS,
     "round(number[, ndigits]) -> floating point number\n\nRound a number to a given precision in decimal digits (default 0 digits).\nThis always returns a floating point number.  Precision may be negative."},
    {"setattr", builtin_setattr, METH_VARARGS,
     "setattr(object, name, value)\n\nSet a named attribute on an object; setattr(x, 'y', v) is equivalent to\n``x.y = v''."},
    {"sorted", (PyCFunction)builtin_sorted, METH_VARARGS | METH_KEYWORDS,
     "sorted(iterable, cmp=None, key=None, reverse=False) --> new sorted list"},
    {"sum", builtin_sum, METH_VARARGS,
     "sum(sequence, start=0) -> value\n\nReturns the sum of a sequence of numbers (NOT strings) plus the value\nof parameter 'start'.  When the sequence is empty, returns start."},
    {"unichr", builtin_unichr, METH_VARARGS,
     "unichr(i) -> Unicode character\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"vars", builtin_vars, METH_VARARGS,
     "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__."},
    {"zip", builtin_zip, METH_VARARGS,
     "zip(seq1 [, seq2 [...]]) -> [(seq1[0], seq2[0] ...), (...)]\n\nReturn a list of tuples, where each tuple contains the i-th element\nfrom each of the argument sequences.  The returned list is truncated\nin length to the length of the shortest argument sequence."},
    {NULL, NULL}
};

PyDoc_STRVAR(builtin_doc,
"Built-in functions, exceptions, and other objects.\n\
\n\
Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");

/* ---- exceptions, shared with the "exceptions" module ---- */

#define EXC(name) {#name, &PyExc_##name}
static const struct {
    const char *name;
    PyObject **exc;
} exception_table[] = {
    EXC(BaseException), EXC(Exception), EXC(StandardError),
    EXC(ArithmeticError), EXC(LookupError), EXC(EnvironmentError),
    EXC(AssertionError), EXC(AttributeError), EXC(EOFError),
    EXC(FloatingPointError), EXC(GeneratorExit), EXC(IOError),
    EXC(ImportError), EXC(IndexError), EXC(KeyError),
    EXC(KeyboardInterrupt), EXC(MemoryError), EXC(NameError),
    EXC(NotImplementedError), EXC(OSError), EXC(OverflowError),
    EXC(ReferenceError), EXC(RuntimeError), EXC(StopIteration),
    EXC(SyntaxError), EXC(IndentationError), EXC(TabError),
    EXC(SystemError), EXC(SystemExit), EXC(TypeError),
    EXC(UnboundLocalError), EXC(UnicodeError), EXC(UnicodeEncodeError),
    EXC(UnicodeDecodeError), EXC(UnicodeTranslateError), EXC(ValueError),
    EXC(ZeroDivisionError),
    EXC(Warning), EXC(UserWarning), EXC(DeprecationWarning),
    EXC(PendingDeprecationWarning), EXC(SyntaxWarning),
    EXC(RuntimeWarning), EXC(FutureWarning), EXC(ImportWarning),
    EXC(UnicodeWarning),
    {NULL, NULL}
};
#undef EXC

/* Put every built-in exception class into dict `d` (the builtins dict or
   the dict of the "exceptions" module). */
int
_PyBuiltin_AddExceptions(PyObject *d)
{
    int i;
    for (i = 0; exception_table[i].name != NULL; i++) {
        PyObject *cls = *exception_table[i].exc;
        if (cls == NULL)
            continue;
        if (PyDict_SetItemString(d, exception_table[i].name, cls) < 0)
            return -1;
    }
    return 0;
}

PyObject *
_PyBuiltin_Init(void)
{
    PyObject *mod, *dict, *debug;

    mod = Py_InitModule4("__builtin__", builtin_methods, builtin_doc,
                         (PyObject *)NULL, PYTHON_API_VERSION);
    if (mod == NULL)
        return NULL;
    Py_INCREF(mod);
    dict = PyModule_GetDict(mod);

#define ADD(NAME, OBJ) \
    if (PyDict_SetItemString(dict, NAME, (PyObject *)(OBJ)) < 0) \
        goto fail;

    ADD("None", Py_None);
    ADD("Ellipsis", Py_Ellipsis);
    ADD("NotImplemented", Py_NotImplemented);
    ADD("False", Py_False);
    ADD("True", Py_True);
    ADD("basestring", &PyBaseString_Type);
    ADD("bool", &PyBool_Type);
    ADD("buffer", &PyBuffer_Type);
    ADD("classmethod", &PyClassMethod_Type);
    ADD("complex", &PyComplex_Type);
    ADD("dict", &PyDict_Type);
    ADD("enumerate", &PyEnum_Type);
    ADD("file", &PyFile_Type);
    ADD("float", &PyFloat_Type);
    ADD("frozenset", &PyFrozenSet_Type);
    ADD("property", &PyProperty_Type);
    ADD("int", &PyInt_Type);
    ADD("list", &PyList_Type);
    ADD("long", &PyLong_Type);
    ADD("object", &PyBaseObject_Type);
    ADD("reversed", &PyReversed_Type);
    ADD("set", &PySet_Type);
    ADD("slice", &PySlice_Type);
    ADD("staticmethod", &PyStaticMethod_Type);
    ADD("str", &PyString_Type);
    ADD("super", &PySuper_Type);
    ADD("tuple", &PyTuple_Type);
    ADD("type", &PyType_Type);
    ADD("xrange", &PyRange_Type);
    ADD("unicode", &PyUnicode_Type);
#undef ADD

    debug = PyBool_FromLong(Py_OptimizeFlag == 0);
    if (PyDict_SetItemString(dict, "__debug__", debug) < 0) {
        Py_XDECREF(debug);
        goto fail;
    }
    Py_XDECREF(debug);

    if (_PyBuiltin_AddExceptions(dict) < 0)
        goto fail;
    return mod;

fail:
    Py_DECREF(mod);
    return NULL;
}
