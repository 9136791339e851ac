/* Reading and writing C struct members described by PyMemberDef (or the
   older struct memberlist) as Python objects. */

#include "Python.h"
#include "structmember.h"
#include "sandbox.h"

PyObject *
PyMember_GetOne(const char *obj_addr, PyMemberDef *l)
{
    const char *addr = obj_addr + l->offset;
    PyObject *v;

    switch (l->type) {
    case T_BYTE:
        return PyInt_FromLong(*(const signed char *)addr);
    case T_UBYTE:
        return PyInt_FromLong(*(const unsigned char *)addr);
    case T_SHORT:
        return PyInt_FromLong(*(const short *)addr);
    case T_USHORT:
        return PyInt_FromLong(*(const unsigned short *)addr);
    case T_INT:
        return PyInt_FromLong(*(const int *)addr);
    case T_UINT:
        return PyLong_FromUnsignedLong(*(const unsigned int *)addr);
    case T_LONG:
        return PyInt_FromLong(*(const long *)addr);
    case T_ULONG:
        return PyLong_FromUnsignedLong(*(const unsigned long *)addr);
    case T_FLOAT:
        return PyFloat_FromDouble(*(const float *)addr);
    case T_DOUBLE:
        return PyFloat_FromDouble(*(const double *)addr);
    case T_STRING:
        if (*(char * const *)addr == NULL)
            Py_RETURN_NONE;
        return PyString_FromString(*(char * const *)addr);
    case T_STRING_INPLACE:
        return PyString_FromString(addr);
    case T_CHAR:
        return PyString_FromStringAndSize(addr, 1);
    case T_OBJECT:
        v = *(PyObject * const *)addr;
        if (v == NULL)
            v = Py_None;
        Py_INCREF(v);
        return v;
    case T_OBJECT_EX:
        v = *(PyObject * const *)addr;
        if (v == NULL) {
            PyErr_SetString(PyExc_AttributeError, l->name);
            return NULL;
        }
        Py_INCREF(v);
        return v;
#ifdef HAVE_LONG_LONG
    case T_LONGLONG:
        return PyLong_FromLongLong(*(const PY_LONG_LONG *)addr);
    case T_ULONGLONG:
        return PyLong_FromUnsignedLongLong(
            *(const unsigned PY_LONG_LONG *)addr);
#endif
    default:
        PyErr_SetString(PyExc_SystemError, "bad memberdescr type");
        return NULL;
    }
}

/* The integer members take anything PyInt_AsLong accepts and, as in 2.5,
   store it truncated to the member's width without a range check. */
static int
member_int_value(PyObject *v, long *out)
{
    long x = PyInt_AsLong(v);

    if (x == -1 && PyErr_Occurred())
        return -1;
    *out = x;
    return 0;
}

int
PyMember_SetOne(char *obj_addr, PyMemberDef *l, PyObject *v)
{
    char *addr = obj_addr + l->offset;
    PyObject *old;
    long x;
    double d;

    if ((l->flags & READONLY) || l->type == T_STRING ||
        l->type == T_STRING_INPLACE) {
        PyErr_SetString(PyExc_TypeError, "readonly attribute");
        return -1;
    }
    /* (a sandbox may change these only on its own objects: the builtin
       functions it sees are shared with every other sandbox) */
    if ((l->flags & WRITE_RESTRICTED) &&
        _PySandbox_IsForeign((PyObject *)obj_addr)) {
        PyErr_SetString(PyExc_RuntimeError, "restricted attribute");
        return -1;
    }
    if (v == NULL && l->type != T_OBJECT && l->type != T_OBJECT_EX) {
        PyErr_SetString(PyExc_TypeError,
                        "can't delete numeric/char attribute");
        return -1;
    }

    switch (l->type) {
    case T_BYTE:
        if (member_int_value(v, &x) < 0)
            return -1;
        *(signed char *)addr = (signed char)x;
        break;
    case T_UBYTE:
        if (member_int_value(v, &x) < 0)
            return -1;
        *(unsigned char *)addr = (unsigned char)x;
        break;
    case T_SHORT:
        if (member_int_value(v, &x) < 0)
            return -1;
        *(short *)addr = (short)x;
        break;
    case T_USHORT:
        if (member_int_value(v, &x) < 0)
            return -1;
        *(unsigned short *)addr = (unsigned short)x;
        break;
    case T_INT:
        if (member_int_value(v, &x) < 0)
            return -1;
        *(int *)addr = (int)x;
        break;
    case T_UINT:
        if (PyLong_Check(v)) {
            unsigned long u = PyLong_AsUnsignedLong(v);
            if (u == (unsigned long)-1 && PyErr_Occurred())
                return -1;
            *(unsigned int *)addr = (unsigned int)u;
        }
        else {
            if (member_int_value(v, &x) < 0)
                return -1;
            *(unsigned int *)addr = (unsigned int)x;
        }
        break;
    case T_LONG:
        if (member_int_value(v, &x) < 0)
            return -1;
        *(long *)addr = x;
        break;
    case T_ULONG:
        if (PyLong_Check(v)) {
            unsigned long u = PyLong_AsUnsignedLong(v);
            if (u == (unsigned long)-1 && PyErr_Occurred())
                return -1;
            *(unsigned long *)addr = u;
        }
        else {
            if (member_int_value(v, &x) < 0)
                return -1;
            *(unsigned long *)addr = (unsigned long)x;
        }
        break;
    case T_FLOAT:
        d = PyFloat_AsDouble(v);
        if (d == -1.0 && PyErr_Occurred())
            return -1;
        *(float *)addr = (float)d;
        break;
    case T_DOUBLE:
        d = PyFloat_AsDouble(v);
        if (d == -1.0 && PyErr_Occurred())
            return -1;
        *(double *)addr = d;
        break;
    case T_OBJECT:
    case T_OBJECT_EX:
        /* Swap first, release after: the old value's destructor may run
           arbitrary code that looks at this member. */
        Py_XINCREF(v);
        old = *(PyObject **)addr;
        *(PyObject **)addr = v;
        Py_XDECREF(old);
        break;
    case T_CHAR:
        if (PyString_Check(v) && PyString_GET_SIZE(v) == 1) {
            *addr = PyString_AS_STRING(v)[0];
            break;
        }
        PyErr_BadArgument();
        return -1;
#ifdef HAVE_LONG_LONG
    case T_LONGLONG: {
        PY_LONG_LONG ll = PyLong_AsLongLong(v);
        if (ll == -1 && PyErr_Occurred())
            return -1;
        *(PY_LONG_LONG *)addr = ll;
        break;
    }
    case T_ULONGLONG: {
        unsigned PY_LONG_LONG ull;
        if (PyInt_Check(v)) {
            if (member_int_value(v, &x) < 0)
                return -1;
            ull = (unsigned PY_LONG_LONG)x;
        }
        else {
            ull = PyLong_AsUnsignedLongLong(v);
            if (ull == (unsigned PY_LONG_LONG)-1 && PyErr_Occurred())
                return -1;
        }
        *(unsigned PY_LONG_LONG *)addr = ull;
        break;
    }
#endif
    default:
        PyErr_Format(PyExc_SystemError, "bad memberdescr type for %s",
                     l->name);
        return -1;
    }
    return 0;
}

/* The old memberlist interface. */

static PyObject *
memberlist_names(struct memberlist *mlist)
{
    PyObject *names;
    Py_ssize_t n = 0, i;

    while (mlist[n].name != NULL)
        n++;
    names = PyList_New(n);
    if (names == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *s = PyString_FromString(mlist[i].name);
        if (s == NULL) {
            Py_DECREF(names);
            return NULL;
        }
        PyList_SET_ITEM(names, i, s);
    }
    if (PyList_Sort(names) < 0) {
        Py_DECREF(names);
        return NULL;
    }
    return names;
}

static void
memberlist_to_def(struct memberlist *src, PyMemberDef *dst)
{
    dst->name = src->name;
    dst->type = src->type;
    dst->offset = src->offset;
    dst->flags = src->flags;
    dst->doc = NULL;
}

PyObject *
PyMember_Get(const char *addr, struct memberlist *mlist, const char *name)
{
    struct memberlist *l;

    if (strcmp(name, "__members__") == 0)
        return memberlist_names(mlist);
    for (l = mlist; l->name != NULL; l++) {
        if (strcmp(l->name, name) == 0) {
            PyMemberDef def;
            memberlist_to_def(l, &def);
            return PyMember_GetOne(addr, &def);
        }
    }
    PyErr_SetString(PyExc_AttributeError, name);
    return NULL;
}

int
PyMember_Set(char *addr, struct memberlist *mlist, const char *name,
             PyObject *v)
{
    struct memberlist *l;

    for (l = mlist; l->name != NULL; l++) {
        if (strcmp(l->name, name) == 0) {
            PyMemberDef def;
            memberlist_to_def(l, &def);
            return PyMember_SetOne(addr, &def, v);
        }
    }
    PyErr_SetString(PyExc_AttributeError, name);
    return -1;
}
