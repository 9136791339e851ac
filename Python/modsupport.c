/* Module creation (Py_InitModule4) and value building (Py_BuildValue). */

#include "Python.h"

/* Set by the extension loader to "package.module" while initNAME runs, so
   that Py_InitModule("module", ...) registers the qualified name. */
char *_Py_PackageContext = NULL;

/* modsupport.h renames this to Py_InitModule4_64 on LP64. */
PyObject *
Py_InitModule4(const char *name, PyMethodDef *methods, const char *doc,
               PyObject *self, int apiver)
{
    PyObject *module, *dict, *modname = NULL;
    PyMethodDef *def;

    if (!Py_IsInitialized())
        Py_FatalError("Interpreter not initialized (version mismatch?)");
    if (apiver != PYTHON_API_VERSION) {
        char text[512];
        PyOS_snprintf(text, sizeof(text),
                      "Python C API version mismatch for module %.100s: "
                      "This Python has API version %d, module %.100s has "
                      "version %d.", name, PYTHON_API_VERSION, name, apiver);
        if (PyErr_Warn(PyExc_RuntimeWarning, text) < 0)
            return NULL;
    }

    /* The loader knows the dotted name; the module only its last part. */
    if (_Py_PackageContext != NULL) {
        const char *last = strrchr(_Py_PackageContext, '.');
        if (last != NULL && strcmp(name, last + 1) == 0) {
            name = _Py_PackageContext;
            _Py_PackageContext = NULL;
        }
    }

    module = PyImport_AddModule(name);
    if (module == NULL)
        return NULL;
    dict = PyModule_GetDict(module);

    if (methods != NULL) {
        modname = PyString_FromString(name);
        if (modname == NULL)
            return NULL;
        for (def = methods; def->ml_name != NULL; def++) {
            PyObject *fn;
            int rc;
            if (def->ml_flags & (METH_CLASS | METH_STATIC)) {
                PyErr_SetString(PyExc_ValueError,
                                "module functions cannot set METH_CLASS or "
                                "METH_STATIC");
                Py_DECREF(modname);
                return NULL;
            }
            fn = PyCFunction_NewEx(def, self, modname);
            if (fn == NULL) {
                Py_DECREF(modname);
                return NULL;
            }
            rc = PyDict_SetItemString(dict, def->ml_name, fn);
            Py_DECREF(fn);
            if (rc != 0) {
                Py_DECREF(modname);
                return NULL;
            }
        }
        Py_DECREF(modname);
    }

    if (doc != NULL) {
        PyObject *text = PyString_FromString(doc);
        int rc;
        if (text == NULL)
            return NULL;
        rc = PyDict_SetItemString(dict, "__doc__", text);
        Py_DECREF(text);
        if (rc != 0)
            return NULL;
    }
    return module;   /* borrowed, as in 2.5 */
}

/* ---- Py_BuildValue ---- */

#define BV_SSIZE 0x1   /* '#' lengths are Py_ssize_t */

static PyObject *bv_value(const char **, va_list *, int);

/* Number of items before `stop` at nesting level 0; -1 on bad nesting. */
static int
bv_count(const char *f, int stop)
{
    int n = 0, depth = 0;

    while (depth > 0 || *f != stop) {
        switch (*f) {
        case '\0':
            PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
            return -1;
        case '(': case '[': case '{':
            if (depth == 0)
                n++;
            depth++;
            break;
        case ')': case ']': case '}':
            depth--;
            break;
        case '#': case '&': case ',': case ':': case ' ': case '\t':
            break;
        default:
            if (depth == 0)
                n++;
        }
        f++;
    }
    return n;
}

/* Build n values into a fresh list; all items are consumed even after a
   failure so that 'N' arguments are never leaked. */
static PyObject *
bv_items(const char **pf, va_list *pva, int stop, int n, int flags,
         int as_tuple)
{
    PyObject *seq;
    int i, failed = 0;

    if (n < 0)
        return NULL;
    seq = as_tuple ? PyTuple_New(n) : PyList_New(n);
    for (i = 0; i < n; i++) {
        PyObject *item = bv_value(pf, pva, flags);
        if (item == NULL) {
            failed = 1;
            Py_INCREF(Py_None);
            item = Py_None;
        }
        if (seq == NULL)
            Py_DECREF(item);
        else if (as_tuple)
            PyTuple_SET_ITEM(seq, i, item);
        else
            PyList_SET_ITEM(seq, i, item);
    }
    if (seq == NULL || failed) {
        Py_XDECREF(seq);
        return NULL;
    }
    if (**pf != stop) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_SystemError, "Unmatched paren in format");
        return NULL;
    }
    if (stop != '\0')
        ++*pf;
    return seq;
}

static PyObject *
bv_dict(const char **pf, va_list *pva, int stop, int n, int flags)
{
    PyObject *d;
    int i, failed = 0;

    if (n < 0)
        return NULL;
    d = PyDict_New();
    for (i = 0; i < n; i += 2) {
        PyObject *k = bv_value(pf, pva, flags);
        PyObject *v = bv_value(pf, pva, flags);
        if (k == NULL || v == NULL || d == NULL || failed) {
            failed = 1;
            Py_XDECREF(k);
            Py_XDECREF(v);
            continue;
        }
        if (PyDict_SetItem(d, k, v) < 0)
            failed = 1;
        Py_DECREF(k);
        Py_DECREF(v);
    }
    if (d == NULL || failed) {
        Py_XDECREF(d);
        return NULL;
    }
    if (**pf != stop) {
        Py_DECREF(d);
        PyErr_SetString(PyExc_SystemError, "Unmatched paren in format");
        return NULL;
    }
    if (stop != '\0')
        ++*pf;
    return d;
}

static Py_ssize_t
bv_length(va_list *pva, int flags)
{
    if (flags & BV_SSIZE)
        return va_arg(*pva, Py_ssize_t);
    return (Py_ssize_t)va_arg(*pva, int);
}

static size_t
bv_ustrlen(const Py_UNICODE *u)
{
    size_t n = 0;
    while (u[n] != 0)
        n++;
    return n;
}

static PyObject *
bv_value(const char **pf, va_list *pva, int flags)
{
    for (;;) {
        int code = *(*pf)++;
        switch (code) {
        case '(':
            return bv_items(pf, pva, ')', bv_count(*pf, ')'), flags, 1);
        case '[':
            return bv_items(pf, pva, ']', bv_count(*pf, ']'), flags, 0);
        case '{':
            return bv_dict(pf, pva, '}', bv_count(*pf, '}'), flags);

        case 'b': case 'B': case 'h': case 'i':
            return PyInt_FromLong((long)va_arg(*pva, int));
        case 'H':
            return PyInt_FromLong((long)va_arg(*pva, unsigned int));
        case 'I': {
            unsigned int u = va_arg(*pva, unsigned int);
            if ((unsigned long)u > (unsigned long)PyInt_GetMax())
                return PyLong_FromUnsignedLong((unsigned long)u);
            return PyInt_FromLong((long)u);
        }
        case 'n':
            return PyInt_FromSsize_t(va_arg(*pva, Py_ssize_t));
        case 'l':
            return PyInt_FromLong(va_arg(*pva, long));
        case 'k': {
            unsigned long u = va_arg(*pva, unsigned long);
            if (u > (unsigned long)PyInt_GetMax())
                return PyLong_FromUnsignedLong(u);
            return PyInt_FromLong((long)u);
        }
        case 'L':
            return PyLong_FromLongLong(va_arg(*pva, PY_LONG_LONG));
        case 'K':
            return PyLong_FromUnsignedLongLong(
                va_arg(*pva, unsigned PY_LONG_LONG));

        case 'f': case 'd':
            return PyFloat_FromDouble(va_arg(*pva, double));
        case 'D':
            return PyComplex_FromCComplex(*va_arg(*pva, Py_complex *));

        case 'c': {
            char ch = (char)va_arg(*pva, int);
            return PyString_FromStringAndSize(&ch, 1);
        }

        case 'u': {
            Py_UNICODE *u = va_arg(*pva, Py_UNICODE *);
            Py_ssize_t n = -1;
            if (**pf == '#') {
                ++*pf;
                n = bv_length(pva, flags);
            }
            if (u == NULL) {
                Py_INCREF(Py_None);
                return Py_None;
            }
            if (n < 0)
                n = (Py_ssize_t)bv_ustrlen(u);
            return PyUnicode_FromUnicode(u, n);
        }

        case 's': case 'z': {
            const char *s = va_arg(*pva, const char *);
            Py_ssize_t n = -1;
            if (**pf == '#') {
                ++*pf;
                n = bv_length(pva, flags);
            }
            if (s == NULL) {
                Py_INCREF(Py_None);
                return Py_None;
            }
            if (n < 0) {
                size_t len = strlen(s);
                if (len > (size_t)PY_SSIZE_T_MAX) {
                    PyErr_SetString(PyExc_OverflowError,
                                    "string too long for Python string");
                    return NULL;
                }
                n = (Py_ssize_t)len;
            }
            return PyString_FromStringAndSize(s, n);
        }

        case 'N': case 'S': case 'O':
            if (**pf == '&') {
                typedef PyObject *(*maker_t)(void *);
                maker_t make = va_arg(*pva, maker_t);
                void *arg = va_arg(*pva, void *);
                ++*pf;
                return make(arg);
            }
            else {
                PyObject *o = va_arg(*pva, PyObject *);
                if (o == NULL) {
                    if (!PyErr_Occurred())
                        PyErr_SetString(PyExc_SystemError,
                                        "NULL object passed to Py_BuildValue");
                    return NULL;
                }
                if (code != 'N')
                    Py_INCREF(o);
                return o;
            }

        case ':': case ',': case ' ': case '\t':
            continue;

        default:
            PyErr_SetString(PyExc_SystemError,
                            "bad format char passed to Py_BuildValue");
            return NULL;
        }
    }
}

static PyObject *
bv_build(const char *format, va_list va, int flags)
{
    const char *f = format;
    int n = bv_count(f, '\0');
    va_list lva;
    PyObject *result;

    if (n < 0)
        return NULL;
    if (n == 0) {
        Py_INCREF(Py_None);
        return Py_None;
    }
    va_copy(lva, va);
    if (n == 1)
        result = bv_value(&f, &lva, flags);
    else
        result = bv_items(&f, &lva, '\0', n, flags, 1);
    va_end(lva);
    return result;
}

#undef Py_BuildValue
#undef Py_VaBuildValue

PyObject *
Py_BuildValue(const char *format, ...)
{
    va_list va;
    PyObject *r;
    va_start(va, format);
    r = bv_build(format, va, 0);
    va_end(va);
    return r;
}

PyObject *
_Py_BuildValue_SizeT(const char *format, ...)
{
    va_list va;
    PyObject *r;
    va_start(va, format);
    r = bv_build(format, va, BV_SSIZE);
    va_end(va);
    return r;
}

PyObject *
Py_VaBuildValue(const char *format, va_list va)
{
    return bv_build(format, va, 0);
}

PyObject *
_Py_VaBuildValue_SizeT(const char *format, va_list va)
{
    return bv_build(format, va, BV_SSIZE);
}

/* ---- adding things to modules ---- */

int
PyModule_AddObject(PyObject *m, const char *name, PyObject *o)
{
    PyObject *dict;

    if (!PyModule_Check(m)) {
        PyErr_SetString(PyExc_TypeError,
                        "PyModule_AddObject() needs module as first arg");
        return -1;
    }
    if (o == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError,
                            "PyModule_AddObject() needs non-NULL value");
        return -1;
    }
    dict = PyModule_GetDict(m);
    if (dict == NULL) {
        PyErr_Format(PyExc_SystemError, "module '%s' has no __dict__",
                     PyModule_GetName(m));
        return -1;
    }
    if (PyDict_SetItemString(dict, name, o) != 0)
        return -1;
    Py_DECREF(o);   /* the reference is stolen on success only */
    return 0;
}

int
PyModule_AddIntConstant(PyObject *m, const char *name, long value)
{
    return PyModule_AddObject(m, name, PyInt_FromLong(value));
}

int
PyModule_AddStringConstant(PyObject *m, const char *name, const char *value)
{
    return PyModule_AddObject(m, name, PyString_FromString(value));
}
