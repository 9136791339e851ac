/* Code objects (PyCode_Type): immutable compiled bytecode. */

#include "Python.h"
#include "sandbox.h"
#include "code.h"
#include "structmember.h"

/* Intern every string of a tuple of names. */
static int
intern_all(PyObject *tuple)
{
    Py_ssize_t i;
    for (i = PyTuple_GET_SIZE(tuple); --i >= 0; ) {
        PyObject *s = PyTuple_GET_ITEM(tuple, i);
        if (s == NULL || !PyString_CheckExact(s)) {
            PyErr_SetString(PyExc_SystemError,
                            "non-string found in code slot");
            return -1;
        }
        PyString_InternInPlace(&PyTuple_GET_ITEM(tuple, i));
    }
    return 0;
}

/* Constants that look like identifiers are interned too (attribute and
   keyword names built at run time then compare by pointer). */
static int
looks_like_name(PyObject *s)
{
    const unsigned char *p = (const unsigned char *)PyString_AS_STRING(s);
    const unsigned char *e = p + PyString_GET_SIZE(s);
    for (; p < e; p++) {
        if (!isalnum(*p) && *p != '_')
            return 0;
    }
    return 1;
}

PyCodeObject *
PyCode_New(int argcount, int nlocals, int stacksize, int flags,
           PyObject *code, PyObject *consts, PyObject *names,
           PyObject *varnames, PyObject *freevars, PyObject *cellvars,
           PyObject *filename, PyObject *name, int firstlineno,
           PyObject *lnotab)
{
    PyCodeObject *co;
    Py_ssize_t i;

    if (argcount < 0 || nlocals < 0 || stacksize < 0 ||
        code == NULL || !PyString_Check(code) ||
        consts == NULL || !PyTuple_Check(consts) ||
        names == NULL || !PyTuple_Check(names) ||
        varnames == NULL || !PyTuple_Check(varnames) ||
        freevars == NULL || !PyTuple_Check(freevars) ||
        cellvars == NULL || !PyTuple_Check(cellvars) ||
        name == NULL || !PyString_Check(name) ||
        filename == NULL || !PyString_Check(filename) ||
        lnotab == NULL || !PyString_Check(lnotab)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (intern_all(names) < 0 || intern_all(varnames) < 0 ||
        intern_all(freevars) < 0 || intern_all(cellvars) < 0)
        return NULL;
    for (i = PyTuple_GET_SIZE(consts); --i >= 0; ) {
        PyObject *v = PyTuple_GET_ITEM(consts, i);
        if (PyString_CheckExact(v) && looks_like_name(v))
            PyString_InternInPlace(&PyTuple_GET_ITEM(consts, i));
    }
    co = PyObject_NEW(PyCodeObject, &PyCode_Type);
    if (co == NULL)
        return NULL;
    co->co_argcount = argcount;
    co->co_nlocals = nlocals;
    co->co_stacksize = stacksize;
    co->co_flags = flags;
    Py_INCREF(code);
    co->co_code = code;
    Py_INCREF(consts);
    co->co_consts = consts;
    Py_INCREF(names);
    co->co_names = names;
    Py_INCREF(varnames);
    co->co_varnames = varnames;
    Py_INCREF(freevars);
    co->co_freevars = freevars;
    Py_INCREF(cellvars);
    co->co_cellvars = cellvars;
    Py_INCREF(filename);
    co->co_filename = filename;
    Py_INCREF(name);
    co->co_name = name;
    co->co_firstlineno = firstlineno;
    Py_INCREF(lnotab);
    co->co_lnotab = lnotab;
    co->co_zombieframe = NULL;
    if (PyTuple_GET_SIZE(freevars) == 0 && PyTuple_GET_SIZE(cellvars) == 0)
        co->co_flags |= CO_NOFREE;
    return co;
}

#define OFF(x) offsetof(PyCodeObject, x)

static PyMemberDef code_memberlist[] = {
    {"co_argcount",     T_INT,          OFF(co_argcount),       READONLY},
    {"co_nlocals",      T_INT,          OFF(co_nlocals),        READONLY},
    {"co_stacksize",    T_INT,          OFF(co_stacksize),      READONLY},
    {"co_flags",        T_INT,          OFF(co_flags),          READONLY},
    {"co_code",         T_OBJECT,       OFF(co_code),           READONLY},
    {"co_consts",       T_OBJECT,       OFF(co_consts),         READONLY},
    {"co_names",        T_OBJECT,       OFF(co_names),          READONLY},
    {"co_varnames",     T_OBJECT,       OFF(co_varnames),       READONLY},
    {"co_freevars",     T_OBJECT,       OFF(co_freevars),       READONLY},
    {"co_cellvars",     T_OBJECT,       OFF(co_cellvars),       READONLY},
    {"co_filename",     T_OBJECT,       OFF(co_filename),       READONLY},
    {"co_name",         T_OBJECT,       OFF(co_name),           READONLY},
    {"co_firstlineno",  T_INT,          OFF(co_firstlineno),    READONLY},
    {"co_lnotab",       T_OBJECT,       OFF(co_lnotab),         READONLY},
    {NULL}
};

/* Every name of a tuple must be a str; returns a new tuple of them. */
static PyObject *
validate_names(PyObject *tup, const char *what)
{
    Py_ssize_t i, n = PyTuple_GET_SIZE(tup);
    PyObject *res = PyTuple_New(n);
    if (res == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *item = PyTuple_GET_ITEM(tup, i);
        if (!PyString_CheckExact(item)) {
            Py_DECREF(res);
            PyErr_Format(PyExc_TypeError,
                         "name tuples must contain only strings, not '%.500s'",
                         item->ob_type->tp_name);
            (void)what;
            return NULL;
        }
        Py_INCREF(item);
        PyTuple_SET_ITEM(res, i, item);
    }
    return res;
}

PyDoc_STRVAR(code_doc,
"code(argcount, nlocals, stacksize, flags, codestring, constants, names,\n\
      varnames, filename, name, firstlineno, lnotab[, freevars[, cellvars]])\n\
\n\
Create a code object.  Not for the faint of heart.");

/* Building code from raw bytes is a way around every check the compiler
   makes; the sandbox refuses it at this one function. */
static PyObject *
code_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    int argcount, nlocals, stacksize, flags, firstlineno;
    PyObject *code, *consts, *names, *varnames, *filename, *name, *lnotab;
    PyObject *freevars = NULL, *cellvars = NULL;
    PyObject *ournames = NULL, *ourvarnames = NULL;

    /* Raw bytecode is untrusted: a sandbox may not make code objects. */
    if (_PySandbox_Refuse("creating code objects") < 0)
        return NULL;
    PyObject *ourfreevars = NULL, *ourcellvars = NULL;
    PyObject *co = NULL;

    if (!PyArg_ParseTuple(args, "iiiiSO!O!O!SSiS|O!O!:code",
                          &argcount, &nlocals, &stacksize, &flags,
                          &code,
                          &PyTuple_Type, &consts,
                          &PyTuple_Type, &names,
                          &PyTuple_Type, &varnames,
                          &filename, &name,
                          &firstlineno, &lnotab,
                          &PyTuple_Type, &freevars,
                          &PyTuple_Type, &cellvars))
        return NULL;
    if (argcount < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "code: argcount must not be negative");
        return NULL;
    }
    if (nlocals < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "code: nlocals must not be negative");
        return NULL;
    }
    if (stacksize < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "code: stacksize must not be negative");
        return NULL;
    }
    ournames = validate_names(names, "names");
    if (ournames == NULL)
        goto done;
    ourvarnames = validate_names(varnames, "varnames");
    if (ourvarnames == NULL)
        goto done;
    ourfreevars = freevars ? validate_names(freevars, "freevars") : PyTuple_New(0);
    if (ourfreevars == NULL)
        goto done;
    ourcellvars = cellvars ? validate_names(cellvars, "cellvars") : PyTuple_New(0);
    if (ourcellvars == NULL)
        goto done;
    if (PyTuple_GET_SIZE(ourvarnames) < nlocals) {
        PyErr_SetString(PyExc_ValueError,
                        "code: varnames is too small for nlocals");
        goto done;
    }
    co = (PyObject *)PyCode_New(argcount, nlocals, stacksize, flags, code,
                                consts, ournames, ourvarnames, ourfreevars,
                                ourcellvars, filename, name, firstlineno,
                                lnotab);
  done:
    Py_XDECREF(ournames);
    Py_XDECREF(ourvarnames);
    Py_XDECREF(ourfreevars);
    Py_XDECREF(ourcellvars);
    (void)type;
    (void)kw;
    return co;
}

static void
code_dealloc(PyCodeObject *co)
{
    Py_XDECREF(co->co_code);
    Py_XDECREF(co->co_consts);
    Py_XDECREF(co->co_names);
    Py_XDECREF(co->co_varnames);
    Py_XDECREF(co->co_freevars);
    Py_XDECREF(co->co_cellvars);
    Py_XDECREF(co->co_filename);
    Py_XDECREF(co->co_name);
    Py_XDECREF(co->co_lnotab);
    if (co->co_zombieframe != NULL)
        PyObject_GC_Del(co->co_zombieframe);
    PyObject_DEL(co);
}

static PyObject *
code_repr(PyCodeObject *co)
{
    const char *filename = "???", *name = "???";
    int lineno = -1;
    if (co->co_firstlineno != 0)
        lineno = co->co_firstlineno;
    if (co->co_filename && PyString_Check(co->co_filename))
        filename = PyString_AS_STRING(co->co_filename);
    if (co->co_name && PyString_Check(co->co_name))
        name = PyString_AS_STRING(co->co_name);
    return PyString_FromFormat("<code object %.100s at %p, file \"%.300s\", "
                               "line %d>", name, (void *)co, filename, lineno);
}

/* Ordering of code objects: by name, then the numbers, then the tables
   (as 2.5 does; equality is what matters in practice). */
static int
code_compare(PyCodeObject *a, PyCodeObject *b)
{
    int r;
    r = PyObject_Compare(a->co_name, b->co_name);
    if (r != 0 || PyErr_Occurred())
        return r;
#define CMP_INT(f) \
    if (a->f != b->f) \
        return a->f < b->f ? -1 : 1;
    CMP_INT(co_argcount)
    CMP_INT(co_nlocals)
    CMP_INT(co_flags)
    CMP_INT(co_firstlineno)
#undef CMP_INT
#define CMP_OBJ(f) \
    r = PyObject_Compare(a->f, b->f); \
    if (r != 0 || PyErr_Occurred()) \
        return r;
    CMP_OBJ(co_code)
    CMP_OBJ(co_consts)
    CMP_OBJ(co_names)
    CMP_OBJ(co_varnames)
    CMP_OBJ(co_freevars)
    CMP_OBJ(co_cellvars)
#undef CMP_OBJ
    return 0;
}

static long
code_hash(PyCodeObject *co)
{
    long h, h0, h1, h2, h3, h4, h5, h6;
    h0 = PyObject_Hash(co->co_name);
    if (h0 == -1) return -1;
    h1 = PyObject_Hash(co->co_code);
    if (h1 == -1) return -1;
    h2 = PyObject_Hash(co->co_consts);
    if (h2 == -1) return -1;
    h3 = PyObject_Hash(co->co_names);
    if (h3 == -1) return -1;
    h4 = PyObject_Hash(co->co_varnames);
    if (h4 == -1) return -1;
    h5 = PyObject_Hash(co->co_freevars);
    if (h5 == -1) return -1;
    h6 = PyObject_Hash(co->co_cellvars);
    if (h6 == -1) return -1;
    h = h0 ^ h1 ^ h2 ^ h3 ^ h4 ^ h5 ^ h6 ^
        co->co_argcount ^ co->co_nlocals ^ co->co_flags;
    if (h == -1)
        h = -2;
    return h;
}

PyTypeObject PyCode_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "code",
    sizeof(PyCodeObject),
    0,
    (destructor)code_dealloc,               /* tp_dealloc */
    0,                                      /* tp_print */
    0,                                      /* tp_getattr */
    0,                                      /* tp_setattr */
    (cmpfunc)code_compare,                  /* tp_compare */
    (reprfunc)code_repr,                    /* tp_repr */
    0,                                      /* tp_as_number */
    0,                                      /* tp_as_sequence */
    0,                                      /* tp_as_mapping */
    (hashfunc)code_hash,                    /* tp_hash */
    0,                                      /* tp_call */
    0,                                      /* tp_str */
    PyObject_GenericGetAttr,                /* tp_getattro */
    0,                                      /* tp_setattro */
    0,                                      /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT,                     /* tp_flags */
    code_doc,                               /* tp_doc */
    0,                                      /* tp_traverse */
    0,                                      /* tp_clear */
    0,                                      /* tp_richcompare */
    0,                                      /* tp_weaklistoffset */
    0,                                      /* tp_iter */
    0,                                      /* tp_iternext */
    0,                                      /* tp_methods */
    code_memberlist,                        /* tp_members */
    0,                                      /* tp_getset */
    0,                                      /* tp_base */
    0,                                      /* tp_dict */
    0,                                      /* tp_descr_get */
    0,                                      /* tp_descr_set */
    0,                                      /* tp_dictoffset */
    0,                                      /* tp_init */
    0,                                      /* tp_alloc */
    code_new,                               /* tp_new */
};

/* ---------------------------------------------------------------- */
/* Line numbers                                                      */

int
PyCode_Addr2Line(PyCodeObject *co, int addrq)
{
    const unsigned char *p;
    Py_ssize_t n;
    int line = co->co_firstlineno, addr = 0;
    if (co->co_lnotab == NULL || !PyString_Check(co->co_lnotab))
        return line;
    p = (const unsigned char *)PyString_AS_STRING(co->co_lnotab);
    n = PyString_GET_SIZE(co->co_lnotab) / 2;
    while (--n >= 0) {
        addr += *p++;
        if (addr > addrq)
            break;
        line += *p++;
    }
    return line;
}

/* The line of instruction `lasti` if it is the first instruction of a
   line, else -1; *bounds gets the byte range of the line containing it. */
int
PyCode_CheckLineNumber(PyCodeObject *co, int lasti, PyAddrPair *bounds)
{
    const unsigned char *p;
    Py_ssize_t n;
    int addr = 0, line = co->co_firstlineno;

    p = (const unsigned char *)PyString_AS_STRING(co->co_lnotab);
    n = PyString_GET_SIZE(co->co_lnotab) / 2;
    bounds->ap_lower = 0;
    while (n > 0) {
        if (addr + p[0] > lasti)
            break;
        addr += p[0];
        if (p[1])
            bounds->ap_lower = addr;
        line += p[1];
        p += 2;
        n--;
    }
    if (addr != lasti)
        line = -1;
    if (n > 0) {
        while (n-- > 0) {
            addr += p[0];
            if (p[1]) {
                p += 2;
                break;
            }
            p += 2;
        }
        bounds->ap_upper = addr;
    }
    else
        bounds->ap_upper = INT_MAX;
    return line;
}
