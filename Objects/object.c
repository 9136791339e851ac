/* Generic object operations: printing, repr/str, comparison, hashing,
   truth, attribute access, dir(), the None and NotImplemented singletons,
   and start-up readying of the core's static types. */

#include "Python.h"
#include "frameobject.h"

/* The swapped comparison for each of Py_LT..Py_GE: a < b  <=>  b > a. */
int _Py_SwappedOp[] = {Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE};

/* Intern a C string once into *slot.  The string is charged to the
   process account: it outlives whichever interpreter asked first. */
static PyObject *
cached_name(PyObject **slot, const char *s)
{
    if (*slot == NULL) {
        PyMemAccount *saved = _PyMem_SetCurrentAccount(NULL);
        *slot = PyString_InternFromString(s);
        _PyMem_SetCurrentAccount(saved);
    }
    return *slot;
}

/* ------------------------------------------------------------------ */
/* Allocation helpers (objimpl.h)                                       */

PyObject *
PyObject_Init(PyObject *op, PyTypeObject *tp)
{
    if (op == NULL)
        return PyErr_NoMemory();
    op->ob_type = tp;
    _Py_NewReference(op);
    return op;
}

PyVarObject *
PyObject_InitVar(PyVarObject *op, PyTypeObject *tp, Py_ssize_t size)
{
    if (op == NULL)
        return (PyVarObject *)PyErr_NoMemory();
    op->ob_size = size;
    op->ob_type = tp;
    _Py_NewReference((PyObject *)op);
    return op;
}

PyObject *
_PyObject_New(PyTypeObject *tp)
{
    PyObject *op = (PyObject *)PyObject_MALLOC(_PyObject_SIZE(tp));
    if (op == NULL)
        return PyErr_NoMemory();
    return PyObject_INIT(op, tp);
}

PyVarObject *
_PyObject_NewVar(PyTypeObject *tp, Py_ssize_t nitems)
{
    PyVarObject *op;
    size_t size;

    if (nitems < 0 ||
        (tp->tp_itemsize != 0 &&
         nitems > (PY_SSIZE_T_MAX - tp->tp_basicsize - SIZEOF_VOID_P) /
                  tp->tp_itemsize))
        return (PyVarObject *)PyErr_NoMemory();
    size = _PyObject_VAR_SIZE(tp, nitems);
    op = (PyVarObject *)PyObject_MALLOC(size);
    if (op == NULL)
        return (PyVarObject *)PyErr_NoMemory();
    return PyObject_INIT_VAR(op, tp, nitems);
}

void
Py_IncRef(PyObject *o)
{
    Py_XINCREF(o);
}

void
Py_DecRef(PyObject *o)
{
    Py_XDECREF(o);
}

/* ------------------------------------------------------------------ */
/* Printing and string conversion                                       */

int
PyObject_Print(PyObject *op, FILE *fp, int flags)
{
    int ret = 0;

    if (PyErr_CheckSignals())
        return -1;
    clearerr(fp);
    if (op == NULL) {
        fprintf(fp, "<nil>");
    }
    else if (op->ob_refcnt <= 0) {
        fprintf(fp, "<refcnt %ld at %p>", (long)op->ob_refcnt, (void *)op);
    }
    else if (op->ob_type->tp_print == NULL) {
        PyObject *s;
        if (Py_EnterRecursiveCall(" in print"))
            return -1;
        s = (flags & Py_PRINT_RAW) ? PyObject_Str(op) : PyObject_Repr(op);
        Py_LeaveRecursiveCall();
        if (s == NULL)
            ret = -1;
        else {
            if (PyString_Check(s))
                fwrite(PyString_AS_STRING(s), 1,
                       (size_t)PyString_GET_SIZE(s), fp);
            else
                ret = PyObject_Print(s, fp, Py_PRINT_RAW);
            Py_DECREF(s);
        }
    }
    else {
        if (Py_EnterRecursiveCall(" in print"))
            return -1;
        ret = op->ob_type->tp_print(op, fp, flags);
        Py_LeaveRecursiveCall();
    }
    if (ret == 0 && ferror(fp)) {
        PyErr_SetFromErrno(PyExc_IOError);
        clearerr(fp);
        ret = -1;
    }
    return ret;
}

/* For debuggers: print an object to stderr without raising. */
void
_PyObject_Dump(PyObject *op)
{
    if (op == NULL) {
        fprintf(stderr, "NULL\n");
        return;
    }
    fprintf(stderr, "object  : ");
    (void)PyObject_Print(op, stderr, 0);
    PyErr_Clear();
    fprintf(stderr, "\ntype    : %s\nrefcount: %ld\naddress : %p\n",
            op->ob_type == NULL ? "NULL" : op->ob_type->tp_name,
            (long)op->ob_refcnt, (void *)op);
}

PyObject *
PyObject_Repr(PyObject *v)
{
    PyObject *res;

    if (PyErr_CheckSignals())
        return NULL;
    if (v == NULL)
        return PyString_FromString("<NULL>");
    if (v->ob_type->tp_repr == NULL)
        return PyString_FromFormat("<%s object at %p>",
                                   v->ob_type->tp_name, v);
    if (Py_EnterRecursiveCall(" while getting the repr of an object"))
        return NULL;
    res = v->ob_type->tp_repr(v);
    Py_LeaveRecursiveCall();
    if (res == NULL)
        return NULL;
    if (PyUnicode_Check(res)) {
        PyObject *str = PyUnicode_AsEncodedString(res, NULL, NULL);
        Py_DECREF(res);
        if (str == NULL)
            return NULL;
        res = str;
    }
    if (!PyString_Check(res)) {
        PyErr_Format(PyExc_TypeError,
                     "__repr__ returned non-string (type %.200s)",
                     res->ob_type->tp_name);
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

/* str() that may return unicode. */
PyObject *
_PyObject_Str(PyObject *v)
{
    PyObject *res;

    if (v == NULL)
        return PyString_FromString("<NULL>");
    if (PyString_CheckExact(v) || PyUnicode_CheckExact(v)) {
        Py_INCREF(v);
        return v;
    }
    if (v->ob_type->tp_str == NULL)
        return PyObject_Repr(v);
    if (Py_EnterRecursiveCall(" while getting the str of an object"))
        return NULL;
    res = v->ob_type->tp_str(v);
    Py_LeaveRecursiveCall();
    if (res == NULL)
        return NULL;
    if (!(PyString_Check(res) || PyUnicode_Check(res))) {
        PyErr_Format(PyExc_TypeError,
                     "__str__ returned non-string (type %.200s)",
                     res->ob_type->tp_name);
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

PyObject *
PyObject_Str(PyObject *v)
{
    PyObject *res = _PyObject_Str(v);

    if (res != NULL && PyUnicode_Check(res)) {
        PyObject *str = PyUnicode_AsEncodedString(res, NULL, NULL);
        Py_DECREF(res);
        res = str;
    }
    return res;
}

PyObject *
PyObject_Unicode(PyObject *v)
{
    static PyObject *unicode_name = NULL;
    PyObject *func = NULL, *res;

    if (v == NULL) {
        res = PyString_FromString("<NULL>");
        if (res == NULL)
            return NULL;
        func = PyUnicode_FromEncodedObject(res, NULL, "strict");
        Py_DECREF(res);
        return func;
    }
    if (PyUnicode_CheckExact(v)) {
        Py_INCREF(v);
        return v;
    }
    if (cached_name(&unicode_name, "__unicode__") == NULL)
        return NULL;

    /* Look for __unicode__: on the instance for classic instances, on the
       type otherwise. */
    if (PyInstance_Check(v)) {
        func = PyObject_GetAttr(v, unicode_name);
        if (func == NULL)
            PyErr_Clear();
    }
    else {
        func = _PyType_Lookup(v->ob_type, unicode_name);
        if (func != NULL) {
            descrgetfunc get = func->ob_type->tp_descr_get;
            if (get != NULL) {
                func = get(func, v, (PyObject *)v->ob_type);
                if (func == NULL)
                    return NULL;
            }
            else
                Py_INCREF(func);
        }
    }

    if (func != NULL) {
        res = PyEval_CallObject(func, NULL);
        Py_DECREF(func);
    }
    else if (PyUnicode_Check(v)) {
        /* A unicode subclass without __unicode__: an exact copy. */
        return PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(v),
                                     PyUnicode_GET_SIZE(v));
    }
    else if (PyString_CheckExact(v)) {
        Py_INCREF(v);
        res = v;
    }
    else if (v->ob_type->tp_str != NULL) {
        if (Py_EnterRecursiveCall(" while getting the str of an object"))
            return NULL;
        res = v->ob_type->tp_str(v);
        Py_LeaveRecursiveCall();
    }
    else
        res = PyObject_Repr(v);

    if (res == NULL)
        return NULL;
    if (!PyUnicode_Check(res)) {
        PyObject *u = PyUnicode_FromEncodedObject(res, NULL, "strict");
        Py_DECREF(res);
        res = u;
    }
    return res;
}

/* ------------------------------------------------------------------ */
/* Comparison                                                           */

#define RICHCOMPARE(t) (PyType_HasFeature((t), Py_TPFLAGS_HAVE_RICHCOMPARE) \
                        ? (t)->tp_richcompare : NULL)

/* Normalise what a tp_compare slot returned: -2 for an error, else
   -1/0/1.  Out-of-range results are tolerated with a warning. */
static int
adjust_tp_compare(int c)
{
    if (PyErr_Occurred()) {
        if (c != -1 && c != -2) {
            PyObject *t, *v, *tb;
            PyErr_Fetch(&t, &v, &tb);
            if (PyErr_Warn(PyExc_RuntimeWarning,
                           "tp_compare didn't return -1 or -2 "
                           "for exception") < 0) {
                Py_XDECREF(t);
                Py_XDECREF(v);
                Py_XDECREF(tb);
            }
            else
                PyErr_Restore(t, v, tb);
        }
        return -2;
    }
    if (c < -1 || c > 1) {
        if (PyErr_Warn(PyExc_RuntimeWarning,
                       "tp_compare didn't return -1, 0 or 1") < 0)
            return -2;
        return c < -1 ? -1 : 1;
    }
    return c;
}

/* One rich comparison attempt, reflected ops included.  Returns a new
   reference, NotImplemented if nobody could answer, NULL on error. */
static PyObject *
try_rich_compare(PyObject *v, PyObject *w, int op)
{
    richcmpfunc f;
    PyObject *res;

    /* A subclass's reflected method gets the first say. */
    if (v->ob_type != w->ob_type &&
        PyType_IsSubtype(w->ob_type, v->ob_type) &&
        (f = RICHCOMPARE(w->ob_type)) != NULL) {
        res = f(w, v, _Py_SwappedOp[op]);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if ((f = RICHCOMPARE(v->ob_type)) != NULL) {
        res = f(v, w, op);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if ((f = RICHCOMPARE(w->ob_type)) != NULL)
        return f(w, v, _Py_SwappedOp[op]);
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

/* Rich comparison reduced to a truth value: 1/0, 2 if not implemented,
   -1 on error. */
static int
try_rich_compare_bool(PyObject *v, PyObject *w, int op)
{
    PyObject *res;
    int ok;

    if (RICHCOMPARE(v->ob_type) == NULL && RICHCOMPARE(w->ob_type) == NULL)
        return 2;
    res = try_rich_compare(v, w, op);
    if (res == NULL)
        return -1;
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        return 2;
    }
    ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
}

/* Derive a three-way result from ==, < and > in turn: -1/0/1, 2 if not
   implemented, -2 on error. */
static int
try_rich_to_3way_compare(PyObject *v, PyObject *w)
{
    static const struct { int op; int outcome; } probes[3] = {
        {Py_EQ, 0}, {Py_LT, -1}, {Py_GT, 1}
    };
    int i;

    if (RICHCOMPARE(v->ob_type) == NULL && RICHCOMPARE(w->ob_type) == NULL)
        return 2;
    for (i = 0; i < 3; i++) {
        switch (try_rich_compare_bool(v, w, probes[i].op)) {
        case -1:
            return -2;
        case 1:
            return probes[i].outcome;
        }
    }
    return 2;
}

/* The tp_compare / coercion route: -1/0/1, 2 if not implemented, -2 on
   error. */
static int
try_3way_compare(PyObject *v, PyObject *w)
{
    cmpfunc f = v->ob_type->tp_compare;
    cmpfunc g = w->ob_type->tp_compare;
    int c;

    /* Classic instances do their own coercion dance and answer 2 for
       "not implemented". */
    if (PyInstance_Check(v))
        return f(v, w);
    if (PyInstance_Check(w))
        return g(v, w);

    if (f != NULL && f == g)
        return adjust_tp_compare(f(v, w));

    /* __cmp__ of a new-style class copes with any operand types. */
    if (f == _PyObject_SlotCompare || g == _PyObject_SlotCompare)
        return _PyObject_SlotCompare(v, w);

    c = PyNumber_CoerceEx(&v, &w);
    if (c < 0)
        return -2;
    if (c > 0)
        return 2;
    /* v and w are new references now. */
    f = v->ob_type->tp_compare;
    if (f != NULL) {
        c = f(v, w);
        Py_DECREF(v);
        Py_DECREF(w);
        return adjust_tp_compare(c);
    }
    g = w->ob_type->tp_compare;
    if (g != NULL) {
        c = g(w, v);
        Py_DECREF(v);
        Py_DECREF(w);
        c = adjust_tp_compare(c);
        return c >= -1 ? -c : c;
    }
    Py_DECREF(v);
    Py_DECREF(w);
    return 2;
}

/* Last resort: an arbitrary but consistent order.  Same type: by
   address.  None first; numbers before everything else; then by type
   name; then by type address. */
static int
default_3way_compare(PyObject *v, PyObject *w)
{
    const char *vname, *wname;
    int c;

    if (v->ob_type == w->ob_type) {
        Py_uintptr_t a = (Py_uintptr_t)v, b = (Py_uintptr_t)w;
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (v == Py_None)
        return -1;
    if (w == Py_None)
        return 1;
    vname = PyNumber_Check(v) ? "" : v->ob_type->tp_name;
    wname = PyNumber_Check(w) ? "" : w->ob_type->tp_name;
    c = strcmp(vname, wname);
    if (c < 0)
        return -1;
    if (c > 0)
        return 1;
    return (Py_uintptr_t)v->ob_type < (Py_uintptr_t)w->ob_type ? -1 : 1;
}

/* Full three-way comparison: -1/0/1, or -2 with an exception set. */
static int
do_cmp(PyObject *v, PyObject *w)
{
    cmpfunc f;
    int c;

    if (v->ob_type == w->ob_type && (f = v->ob_type->tp_compare) != NULL) {
        c = f(v, w);
        if (!PyInstance_Check(v))
            return adjust_tp_compare(c);
        /* instance_compare answers 2 for "try something else". */
        if (c != 2)
            return c;
    }
    c = try_rich_to_3way_compare(v, w);
    if (c < 2)
        return c;
    c = try_3way_compare(v, w);
    if (c < 2)
        return c;
    return default_3way_compare(v, w);
}

int
PyObject_Compare(PyObject *v, PyObject *w)
{
    int result;

    if (v == NULL || w == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (v == w)
        return 0;
    if (Py_EnterRecursiveCall(" in cmp"))
        return -1;
    result = do_cmp(v, w);
    Py_LeaveRecursiveCall();
    return result < 0 ? -1 : result;
}

static PyObject *
bool_for_3way(int op, int c)
{
    int ok;

    switch (op) {
    case Py_LT: ok = c < 0; break;
    case Py_LE: ok = c <= 0; break;
    case Py_EQ: ok = c == 0; break;
    case Py_NE: ok = c != 0; break;
    case Py_GT: ok = c > 0; break;
    case Py_GE: ok = c >= 0; break;
    default:
        PyErr_BadArgument();
        return NULL;
    }
    return PyBool_FromLong(ok);
}

static PyObject *
try_3way_to_rich_compare(PyObject *v, PyObject *w, int op)
{
    int c = try_3way_compare(v, w);

    if (c >= 2)
        c = default_3way_compare(v, w);
    if (c <= -2)
        return NULL;
    return bool_for_3way(op, c);
}

PyObject *
PyObject_RichCompare(PyObject *v, PyObject *w, int op)
{
    PyObject *res;

    if (v == NULL || w == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (op < Py_LT || op > Py_GE) {
        PyErr_BadArgument();
        return NULL;
    }
    if (Py_EnterRecursiveCall(" in cmp"))
        return NULL;

    /* Same type and not a classic instance: skip the coercion machinery. */
    if (v->ob_type == w->ob_type && !PyInstance_Check(v)) {
        richcmpfunc frich = RICHCOMPARE(v->ob_type);
        cmpfunc fcmp;

        if (frich != NULL) {
            res = frich(v, w, op);
            if (res != Py_NotImplemented)
                goto done;
            Py_DECREF(res);
        }
        fcmp = v->ob_type->tp_compare;
        if (fcmp != NULL) {
            int c = adjust_tp_compare(fcmp(v, w));
            if (c == -2) {
                res = NULL;
                goto done;
            }
            res = bool_for_3way(op, c);
            goto done;
        }
    }

    res = try_rich_compare(v, w, op);
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        res = try_3way_to_rich_compare(v, w, op);
    }
done:
    Py_LeaveRecursiveCall();
    return res;
}

int
PyObject_RichCompareBool(PyObject *v, PyObject *w, int op)
{
    PyObject *res;
    int ok;

    /* Identity implies equality (containers rely on this). */
    if (v == w) {
        if (op == Py_EQ)
            return 1;
        if (op == Py_NE)
            return 0;
    }
    res = PyObject_RichCompare(v, w, op);
    if (res == NULL)
        return -1;
    if (PyBool_Check(res))
        ok = (res == Py_True);
    else
        ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Hashing                                                              */

/* _Py_HashDouble lives in floatobject.c. */

long
_Py_HashPointer(void *p)
{
    long x = (long)(Py_uintptr_t)p;
    return x == -1 ? -2 : x;
}

long
PyObject_Hash(PyObject *v)
{
    PyTypeObject *tp = v->ob_type;

    if (tp->tp_hash != NULL)
        return tp->tp_hash(v);
    /* Without any comparison, identity is equality: hash by address. */
    if (tp->tp_compare == NULL && RICHCOMPARE(tp) == NULL)
        return _Py_HashPointer(v);
    PyErr_SetString(PyExc_TypeError, "unhashable type");
    return -1;
}

/* ------------------------------------------------------------------ */
/* Truth                                                                */

int
PyObject_IsTrue(PyObject *v)
{
    PyTypeObject *tp;
    Py_ssize_t res;

    if (v == Py_True)
        return 1;
    if (v == Py_False || v == Py_None)
        return 0;
    tp = v->ob_type;
    if (tp->tp_as_number != NULL && tp->tp_as_number->nb_nonzero != NULL)
        res = tp->tp_as_number->nb_nonzero(v);
    else if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL)
        res = tp->tp_as_mapping->mp_length(v);
    else if (tp->tp_as_sequence != NULL &&
             tp->tp_as_sequence->sq_length != NULL)
        res = tp->tp_as_sequence->sq_length(v);
    else
        return 1;
    if (res > 0)
        return 1;
    return res == 0 ? 0 : -1;
}

int
PyObject_Not(PyObject *v)
{
    int res = PyObject_IsTrue(v);
    if (res < 0)
        return res;
    return res == 0;
}

/* ------------------------------------------------------------------ */
/* Attribute access                                                     */

/* Turn an attribute name into a str: unicode is encoded with the default
   encoding, anything else is a TypeError.  Returns a new reference. */
static PyObject *
attr_name_as_str(PyObject *name)
{
    if (PyString_Check(name)) {
        Py_INCREF(name);
        return name;
    }
    if (PyUnicode_Check(name)) {
        name = _PyUnicode_AsDefaultEncodedString(name, NULL);
        Py_XINCREF(name);
        return name;
    }
    PyErr_Format(PyExc_TypeError,
                 "attribute name must be string, not '%.200s'",
                 name->ob_type->tp_name);
    return NULL;
}

PyObject *
PyObject_GetAttr(PyObject *v, PyObject *name)
{
    PyTypeObject *tp = v->ob_type;
    PyObject *res;

    /* The common case: the caller's reference keeps a str name alive. */
    if (PyString_CheckExact(name) && tp->tp_getattro != NULL)
        return tp->tp_getattro(v, name);
    name = attr_name_as_str(name);
    if (name == NULL)
        return NULL;
    if (tp->tp_getattro != NULL)
        res = tp->tp_getattro(v, name);
    else if (tp->tp_getattr != NULL)
        res = tp->tp_getattr(v, PyString_AS_STRING(name));
    else {
        PyErr_Format(PyExc_AttributeError,
                     "'%.50s' object has no attribute '%.400s'",
                     tp->tp_name, PyString_AS_STRING(name));
        res = NULL;
    }
    Py_DECREF(name);
    return res;
}

PyObject *
PyObject_GetAttrString(PyObject *v, const char *name)
{
    PyObject *w, *res;

    if (v->ob_type->tp_getattr != NULL)
        return v->ob_type->tp_getattr(v, (char *)name);
    w = PyString_InternFromString(name);
    if (w == NULL)
        return NULL;
    res = PyObject_GetAttr(v, w);
    Py_DECREF(w);
    return res;
}

int
PyObject_HasAttr(PyObject *v, PyObject *name)
{
    PyObject *res = PyObject_GetAttr(v, name);
    if (res != NULL) {
        Py_DECREF(res);
        return 1;
    }
    PyErr_Clear();
    return 0;
}

int
PyObject_HasAttrString(PyObject *v, const char *name)
{
    PyObject *res = PyObject_GetAttrString(v, name);
    if (res != NULL) {
        Py_DECREF(res);
        return 1;
    }
    PyErr_Clear();
    return 0;
}

int
PyObject_SetAttr(PyObject *v, PyObject *name, PyObject *value)
{
    PyTypeObject *tp = v->ob_type;
    int err;

    /* An interned str is what the slow path below would produce. */
    if (PyString_CheckExact(name) && PyString_CHECK_INTERNED(name) &&
        tp->tp_setattro != NULL)
        return tp->tp_setattro(v, name, value);
    name = attr_name_as_str(name);
    if (name == NULL)
        return -1;
    PyString_InternInPlace(&name);
    if (tp->tp_setattro != NULL) {
        err = tp->tp_setattro(v, name, value);
        Py_DECREF(name);
        return err;
    }
    if (tp->tp_setattr != NULL) {
        err = tp->tp_setattr(v, PyString_AS_STRING(name), value);
        Py_DECREF(name);
        return err;
    }
    if (tp->tp_getattr == NULL && tp->tp_getattro == NULL)
        PyErr_Format(PyExc_TypeError,
                     "'%.100s' object has no attributes (%s .%.100s)",
                     tp->tp_name, value == NULL ? "del" : "assign to",
                     PyString_AS_STRING(name));
    else
        PyErr_Format(PyExc_TypeError,
                     "'%.100s' object has only read-only attributes "
                     "(%s .%.100s)",
                     tp->tp_name, value == NULL ? "del" : "assign to",
                     PyString_AS_STRING(name));
    Py_DECREF(name);
    return -1;
}

int
PyObject_SetAttrString(PyObject *v, const char *name, PyObject *w)
{
    PyObject *s;
    int res;

    if (v->ob_type->tp_setattr != NULL)
        return v->ob_type->tp_setattr(v, (char *)name, w);
    s = PyString_InternFromString(name);
    if (s == NULL)
        return -1;
    res = PyObject_SetAttr(v, s, w);
    Py_DECREF(s);
    return res;
}

/* Address of the instance dict pointer, or NULL if the type has none.
   A negative tp_dictoffset counts from the end of a variable-size
   object. */
PyObject **
_PyObject_GetDictPtr(PyObject *obj)
{
    PyTypeObject *tp = obj->ob_type;
    Py_ssize_t dictoffset;

    if (!(tp->tp_flags & Py_TPFLAGS_HAVE_CLASS))
        return NULL;
    dictoffset = tp->tp_dictoffset;
    if (dictoffset == 0)
        return NULL;
    if (dictoffset < 0) {
        Py_ssize_t n = ((PyVarObject *)obj)->ob_size;
        if (n < 0)
            n = -n;
        dictoffset += (Py_ssize_t)_PyObject_VAR_SIZE(tp, n);
    }
    return (PyObject **)((char *)obj + dictoffset);
}

PyObject *
PyObject_SelfIter(PyObject *obj)
{
    Py_INCREF(obj);
    return obj;
}

/* Where the instance dict pointer of obj lives, or NULL. */
static inline PyObject **
instance_dict_ptr(PyObject *obj, PyTypeObject *tp)
{
    Py_ssize_t dictoffset = tp->tp_dictoffset;

    if (dictoffset == 0 || !(tp->tp_flags & Py_TPFLAGS_HAVE_CLASS))
        return NULL;
    if (dictoffset > 0)
        return (PyObject **)((char *)obj + dictoffset);
    return _PyObject_GetDictPtr(obj);
}

/* Attribute lookup for new-style objects: data descriptors on the type
   win over the instance dict, which wins over other class attributes.
   name is a str; the caller holds a reference to it. */
static __attribute__((noinline)) PyObject *
generic_getattr(PyObject *obj, PyObject *name)
{
    PyTypeObject *tp = obj->ob_type;
    PyObject *descr, *res;
    descrgetfunc get = NULL;
    PyObject **dictptr;

    if (tp->tp_dict == NULL && PyType_Ready(tp) < 0)
        return NULL;

    descr = _PyType_Lookup(tp, name);
    if (descr != NULL) {
        Py_INCREF(descr);
        if (PyType_HasFeature(descr->ob_type, Py_TPFLAGS_HAVE_CLASS)) {
            get = descr->ob_type->tp_descr_get;
            if (get != NULL && PyDescr_IsData(descr)) {
                res = get(descr, obj, (PyObject *)tp);
                Py_DECREF(descr);
                return res;
            }
        }
    }

    dictptr = instance_dict_ptr(obj, tp);
    if (dictptr != NULL && *dictptr != NULL) {
        PyObject *dict = *dictptr;
        /* The dict is held while keys' __eq__ may run. */
        Py_INCREF(dict);
        res = PyDict_GetItem(dict, name);
        Py_XINCREF(res);
        Py_DECREF(dict);
        if (res != NULL) {
            Py_XDECREF(descr);
            return res;
        }
    }

    if (get != NULL) {
        res = get(descr, obj, (PyObject *)tp);
        Py_DECREF(descr);
        return res;
    }
    if (descr != NULL)
        return descr;   /* already a new reference */
    PyErr_Format(PyExc_AttributeError,
                 "'%.50s' object has no attribute '%.400s'",
                 tp->tp_name, PyString_AS_STRING(name));
    return NULL;
}

/* The most common case first: an instance attribute of an object whose
   type has nothing under that name.  Anything else (or a miss) takes the
   full path. */
static inline PyObject *
instance_getattr(PyObject *obj, PyObject *name)
{
    PyTypeObject *tp = obj->ob_type;
    Py_ssize_t offset = tp->tp_dictoffset;

    if (offset > 0 && tp->tp_dict != NULL &&
        (tp->tp_flags & Py_TPFLAGS_HAVE_CLASS)) {
        PyObject *dict = *(PyObject **)((char *)obj + offset);
        if (dict != NULL && _PyType_Lookup(tp, name) == NULL) {
            PyObject *res;
            /* the dict is held while keys' __eq__ may run */
            Py_INCREF(dict);
            res = PyDict_GetItem(dict, name);
            Py_XINCREF(res);
            Py_DECREF(dict);
            if (res != NULL)
                return res;
        }
    }
    return generic_getattr(obj, name);
}

PyObject *
PyObject_GenericGetAttr(PyObject *obj, PyObject *name)
{
    PyObject *res;

    if (PyString_CheckExact(name))
        return instance_getattr(obj, name);
    name = attr_name_as_str(name);
    if (name == NULL)
        return NULL;
    res = generic_getattr(obj, name);
    Py_DECREF(name);
    return res;
}

/* name is a str the caller holds. */
static __attribute__((noinline)) int
generic_setattr(PyObject *obj, PyObject *name, PyObject *value)
{
    PyTypeObject *tp = obj->ob_type;
    PyObject *descr;
    descrsetfunc set;
    PyObject **dictptr;
    int res;

    if (tp->tp_dict == NULL && PyType_Ready(tp) < 0)
        return -1;

    descr = _PyType_Lookup(tp, name);
    if (descr != NULL &&
        PyType_HasFeature(descr->ob_type, Py_TPFLAGS_HAVE_CLASS)) {
        set = descr->ob_type->tp_descr_set;
        if (set != NULL) {
            /* Keep the descriptor alive across the call. */
            Py_INCREF(descr);
            res = set(descr, obj, value);
            Py_DECREF(descr);
            return res;
        }
    }

    dictptr = instance_dict_ptr(obj, tp);
    if (dictptr != NULL) {
        PyObject *dict = *dictptr;
        if (dict == NULL && value != NULL) {
            dict = PyDict_New();
            if (dict == NULL)
                return -1;
            *dictptr = dict;
        }
        if (dict != NULL) {
            Py_INCREF(dict);
            if (value == NULL)
                res = PyDict_DelItem(dict, name);
            else
                res = PyDict_SetItem(dict, name, value);
            Py_DECREF(dict);
            if (res < 0 && PyErr_ExceptionMatches(PyExc_KeyError))
                PyErr_SetObject(PyExc_AttributeError, name);
            return res;
        }
    }

    if (descr == NULL)
        PyErr_Format(PyExc_AttributeError,
                     "'%.100s' object has no attribute '%.200s'",
                     tp->tp_name, PyString_AS_STRING(name));
    else
        PyErr_Format(PyExc_AttributeError,
                     "'%.50s' object attribute '%.400s' is read-only",
                     tp->tp_name, PyString_AS_STRING(name));
    return -1;
}

int
PyObject_GenericSetAttr(PyObject *obj, PyObject *name, PyObject *value)
{
    int res;

    if (PyString_CheckExact(name)) {
        /* the common case: storing into an existing instance dict of an
           object whose type has nothing under that name */
        PyTypeObject *tp = obj->ob_type;
        Py_ssize_t offset = tp->tp_dictoffset;
        if (value != NULL && offset > 0 && tp->tp_dict != NULL &&
            (tp->tp_flags & Py_TPFLAGS_HAVE_CLASS)) {
            PyObject *dict = *(PyObject **)((char *)obj + offset);
            if (dict != NULL && _PyType_Lookup(tp, name) == NULL) {
                Py_INCREF(dict);
                res = PyDict_SetItem(dict, name, value);
                Py_DECREF(dict);
                return res;
            }
        }
        return generic_setattr(obj, name, value);
    }
    name = attr_name_as_str(name);
    if (name == NULL)
        return -1;
    res = generic_setattr(obj, name, value);
    Py_DECREF(name);
    return res;
}

int
PyCallable_Check(PyObject *x)
{
    if (x == NULL)
        return 0;
    if (PyInstance_Check(x)) {
        /* A classic instance is callable if it has __call__; not checked
           further (self.__call__ = self would loop). */
        PyObject *call = PyObject_GetAttrString(x, "__call__");
        if (call == NULL) {
            PyErr_Clear();
            return 0;
        }
        Py_DECREF(call);
        return 1;
    }
    return x->ob_type->tp_call != NULL;
}

/* ------------------------------------------------------------------ */
/* dir()                                                                */

/* Add the keys of aclass.__dict__ and, recursively, of its bases. */
static int
merge_class_dict(PyObject *dict, PyObject *aclass)
{
    PyObject *classdict, *bases;
    int status = 0;

    classdict = PyObject_GetAttrString(aclass, "__dict__");
    if (classdict == NULL)
        PyErr_Clear();
    else {
        status = PyDict_Update(dict, classdict);
        Py_DECREF(classdict);
        if (status < 0)
            return -1;
    }

    bases = PyObject_GetAttrString(aclass, "__bases__");
    if (bases == NULL) {
        PyErr_Clear();
        return 0;
    }
    if (PyTuple_Check(bases)) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(bases);
        if (Py_EnterRecursiveCall(" in dir()")) {
            Py_DECREF(bases);
            return -1;
        }
        for (i = 0; i < n && status == 0; i++)
            status = merge_class_dict(dict, PyTuple_GET_ITEM(bases, i));
        Py_LeaveRecursiveCall();
    }
    else {
        /* Anything else: let the sequence protocol decide. */
        Py_ssize_t i, n = PySequence_Size(bases);
        if (n < 0)
            PyErr_Clear();
        for (i = 0; i < n && status == 0; i++) {
            PyObject *base = PySequence_GetItem(bases, i);
            if (base == NULL) {
                status = -1;
                break;
            }
            if (Py_EnterRecursiveCall(" in dir()"))
                status = -1;
            else {
                status = merge_class_dict(dict, base);
                Py_LeaveRecursiveCall();
            }
            Py_DECREF(base);
        }
    }
    Py_DECREF(bases);
    return status;
}

/* Add the strings of obj.<attrname> (a list) as keys: the pre-2.2
   __members__ / __methods__ conventions. */
static int
merge_list_attr(PyObject *dict, PyObject *obj, const char *attrname)
{
    PyObject *list;
    Py_ssize_t i;
    int result = 0;

    list = PyObject_GetAttrString(obj, attrname);
    if (list == NULL) {
        PyErr_Clear();
        return 0;
    }
    if (PyList_Check(list)) {
        for (i = 0; i < PyList_GET_SIZE(list); i++) {
            PyObject *item = PyList_GET_ITEM(list, i);
            if (PyString_Check(item) &&
                PyDict_SetItem(dict, item, Py_None) < 0) {
                result = -1;
                break;
            }
        }
    }
    Py_DECREF(list);
    return result;
}

PyObject *
PyObject_Dir(PyObject *arg)
{
    PyObject *result = NULL, *masterdict = NULL;

    if (arg == NULL) {
        PyObject *locals = PyEval_GetLocals();
        if (locals == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_SystemError, "frame does not exist");
            return NULL;
        }
        result = PyMapping_Keys(locals);
        if (result == NULL)
            return NULL;
    }
    else if (PyModule_Check(arg)) {
        masterdict = PyObject_GetAttrString(arg, "__dict__");
        if (masterdict == NULL)
            return NULL;
        if (!PyDict_Check(masterdict)) {
            char *name = PyModule_GetName(arg);
            PyErr_Format(PyExc_TypeError,
                         "%.200s.__dict__ is not a dictionary",
                         name ? name : "?");
            Py_DECREF(masterdict);
            return NULL;
        }
    }
    else if (PyType_Check(arg) || PyClass_Check(arg)) {
        masterdict = PyDict_New();
        if (masterdict == NULL)
            return NULL;
        if (merge_class_dict(masterdict, arg) < 0)
            goto error;
    }
    else {
        PyObject *itsclass;
        PyObject *instdict = PyObject_GetAttrString(arg, "__dict__");

        if (instdict == NULL) {
            PyErr_Clear();
            masterdict = PyDict_New();
        }
        else if (!PyDict_Check(instdict)) {
            Py_DECREF(instdict);
            masterdict = PyDict_New();
        }
        else {
            /* A copy: the object's own dict must not change. */
            masterdict = PyDict_Copy(instdict);
            Py_DECREF(instdict);
        }
        if (masterdict == NULL)
            return NULL;
        if (merge_list_attr(masterdict, arg, "__members__") < 0 ||
            merge_list_attr(masterdict, arg, "__methods__") < 0)
            goto error;
        itsclass = PyObject_GetAttrString(arg, "__class__");
        if (itsclass == NULL)
            PyErr_Clear();
        else {
            int st = merge_class_dict(masterdict, itsclass);
            Py_DECREF(itsclass);
            if (st < 0)
                goto error;
        }
    }

    if (masterdict != NULL) {
        result = PyDict_Keys(masterdict);
        Py_DECREF(masterdict);
        masterdict = NULL;
        if (result == NULL)
            return NULL;
    }
    if (!PyList_Check(result)) {
        PyErr_Format(PyExc_TypeError,
                     "Expected keys() to be a list, not '%.200s'",
                     result->ob_type->tp_name);
        Py_DECREF(result);
        return NULL;
    }
    if (PyList_Sort(result) != 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;

error:
    Py_XDECREF(masterdict);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Recursive repr guard: a per-thread list of objects being repr'ed.    */

#define REPR_KEY "Py_Repr"

int
Py_ReprEnter(PyObject *obj)
{
    PyObject *dict, *list;
    Py_ssize_t i;

    dict = PyThreadState_GetDict();
    if (dict == NULL)
        return 0;
    list = PyDict_GetItemString(dict, REPR_KEY);
    if (list == NULL || !PyList_Check(list)) {
        list = PyList_New(0);
        if (list == NULL)
            return -1;
        if (PyDict_SetItemString(dict, REPR_KEY, list) < 0) {
            Py_DECREF(list);
            return -1;
        }
        Py_DECREF(list);
    }
    for (i = PyList_GET_SIZE(list); --i >= 0; ) {
        if (PyList_GET_ITEM(list, i) == obj)
            return 1;
    }
    if (PyList_Append(list, obj) < 0)
        return -1;
    return 0;
}

void
Py_ReprLeave(PyObject *obj)
{
    PyObject *dict, *list;
    PyObject *et, *ev, *tb;
    Py_ssize_t i;

    /* Leaving must not disturb an exception being propagated. */
    PyErr_Fetch(&et, &ev, &tb);
    dict = PyThreadState_GetDict();
    if (dict != NULL) {
        list = PyDict_GetItemString(dict, REPR_KEY);
        if (list != NULL && PyList_Check(list)) {
            for (i = PyList_GET_SIZE(list); --i >= 0; ) {
                if (PyList_GET_ITEM(list, i) == obj) {
                    PyList_SetSlice(list, i, i + 1, NULL);
                    break;
                }
            }
        }
    }
    PyErr_Restore(et, ev, tb);
}

/* ------------------------------------------------------------------ */
/* Trashcan: deferred destruction of deeply nested containers.          */

int _PyTrash_delete_nesting = 0;
PyObject *_PyTrash_delete_later = NULL;

/* Queue a (GC-tracked-type, already untracked) object whose destructor
   would nest too deeply.  Its GC header links the queue. */
void
_PyTrash_deposit_object(PyObject *op)
{
    _Py_AS_GC(op)->gc.gc_prev = (PyGC_Head *)_PyTrash_delete_later;
    _PyTrash_delete_later = op;
}

void
_PyTrash_destroy_chain(void)
{
    while (_PyTrash_delete_later != NULL) {
        PyObject *op = _PyTrash_delete_later;
        destructor dealloc = op->ob_type->tp_dealloc;

        _PyTrash_delete_later = (PyObject *)_Py_AS_GC(op)->gc.gc_prev;
        /* The refcount already dropped to zero: run the destructor
           directly, one nesting level down. */
        ++_PyTrash_delete_nesting;
        dealloc(op);
        --_PyTrash_delete_nesting;
    }
}

/* ------------------------------------------------------------------ */
/* Numeric coercion                                                     */

/* Returns -1 on error, 0 with the two pointers replaced by new references when
   coercion succeeded, 1 (references untouched) when it is not possible. */
int
PyNumber_CoerceEx(PyObject **pv, PyObject **pw)
{
    PyObject *v = *pv, *w = *pw;
    int res;

    /* Same old-style numeric type: nothing to do. */
    if (v->ob_type == w->ob_type &&
        !PyType_HasFeature(v->ob_type, Py_TPFLAGS_CHECKTYPES)) {
        Py_INCREF(v);
        Py_INCREF(w);
        return 0;
    }
    if (v->ob_type->tp_as_number && v->ob_type->tp_as_number->nb_coerce) {
        res = v->ob_type->tp_as_number->nb_coerce(pv, pw);
        if (res <= 0)
            return res;
    }
    if (w->ob_type->tp_as_number && w->ob_type->tp_as_number->nb_coerce) {
        res = w->ob_type->tp_as_number->nb_coerce(pw, pv);
        if (res <= 0)
            return res;
    }
    return 1;
}

int
PyNumber_Coerce(PyObject **pv, PyObject **pw)
{
    int err = PyNumber_CoerceEx(pv, pw);
    if (err <= 0)
        return err;
    PyErr_SetString(PyExc_TypeError, "number coercion failed");
    return -1;
}

/* ------------------------------------------------------------------ */
/* None and NotImplemented                                              */

static PyObject *
none_repr(PyObject *op)
{
    return PyString_FromString("None");
}

static void
singleton_dealloc(PyObject *op)
{
    /* Reaching refcount zero means somebody DECREF'd once too often. */
    Py_FatalError("deallocating None");
}

static long
none_hash(PyObject *op)
{
    return _Py_HashPointer(op);
}

static PyTypeObject none_type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "NoneType",
    0,
    0,
    singleton_dealloc,          /* tp_dealloc */
    0,                          /* tp_print */
    0,                          /* tp_getattr */
    0,                          /* tp_setattr */
    0,                          /* tp_compare */
    none_repr,                  /* tp_repr */
    0,                          /* tp_as_number */
    0,                          /* tp_as_sequence */
    0,                          /* tp_as_mapping */
    none_hash,                  /* tp_hash */
};

PyObject _Py_NoneStruct = {
    1, &none_type
};

static PyObject *
notimplemented_repr(PyObject *op)
{
    return PyString_FromString("NotImplemented");
}

static PyTypeObject notimplemented_type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "NotImplementedType",
    0,
    0,
    singleton_dealloc,          /* tp_dealloc */
    0,                          /* tp_print */
    0,                          /* tp_getattr */
    0,                          /* tp_setattr */
    0,                          /* tp_compare */
    notimplemented_repr,        /* tp_repr */
    0,                          /* tp_as_number */
    0,                          /* tp_as_sequence */
    0,                          /* tp_as_mapping */
    0,                          /* tp_hash */
};

PyObject _Py_NotImplementedStruct = {
    1, &notimplemented_type
};

/* ------------------------------------------------------------------ */
/* Start-up                                                             */

/* Defined (static in 2.5) in sliceobject.c. */
extern PyTypeObject PyEllipsis_Type;

static PyTypeObject *const core_types[] = {
    &PyType_Type, &PyBaseObject_Type, &PySuper_Type,
    &none_type, &notimplemented_type,
    &PyInt_Type, &PyBool_Type, &PyLong_Type, &PyFloat_Type, &PyComplex_Type,
    &PyBaseString_Type, &PyString_Type, &PyUnicode_Type,
    &PyTuple_Type, &PyList_Type, &PyDict_Type, &PySet_Type,
    &PyFrozenSet_Type, &PySlice_Type, &PyRange_Type, &PyEnum_Type,
    &PyReversed_Type, &PySeqIter_Type, &PyCallIter_Type,
    &PyCFunction_Type, &PyModule_Type, &PyFunction_Type,
    &PyClassMethod_Type, &PyStaticMethod_Type,
    &PyClass_Type, &PyInstance_Type, &PyMethod_Type, &PyCell_Type,
    &PyProperty_Type, &PyCode_Type, &PyFrame_Type, &PyGen_Type,
    &PyTraceBack_Type, &PyFile_Type, &PyCObject_Type, &PyBuffer_Type,
    &PyDictProxy_Type, &PyWrapperDescr_Type, &PyMethodDescr_Type,
    &PyClassMethodDescr_Type, &PyMemberDescr_Type, &PyGetSetDescr_Type,
    &_PyMethodWrapper_Type,
    &_PyWeakref_RefType, &_PyWeakref_ProxyType,
    &_PyWeakref_CallableProxyType, &PyEllipsis_Type,
};

int
_PyTypes_Ready(void)
{
    size_t i;

    for (i = 0; i < sizeof(core_types) / sizeof(core_types[0]); i++) {
        if (PyType_Ready(core_types[i]) < 0) {
            Py_FatalError("Can't initialize a core type");
            return -1;
        }
    }
    /* The iterator types of the containers (not in any header). */
    if (_PyIter_InitTypes() < 0) {
        Py_FatalError("Can't initialize the iterator types");
        return -1;
    }
    return 0;
}
