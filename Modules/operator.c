/* The operator module (Python 2.5): the intrinsic operators as plain
   functions, plus the itemgetter and attrgetter callables.

   Every function is a thin shim over the abstract object API; each one
   is published twice, under its plain name and under the __name__ alias,
   as the 2.5 library reference lists. */

#include "Python.h"

/* ---- argument helpers ------------------------------------------------ */

static int
take_one(PyObject *args, const char *name, PyObject **a)
{
    return PyArg_UnpackTuple(args, name, 1, 1, a);
}

static int
take_two(PyObject *args, const char *name, PyObject **a, PyObject **b)
{
    return PyArg_UnpackTuple(args, name, 2, 2, a, b);
}

static PyObject *
bool_or_error(int r)
{
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

/* ---- generated wrappers ---------------------------------------------- */

/* f(a) -> object */
#define OP_UNARY(fname, api) \
    static PyObject *op_##fname(PyObject *s, PyObject *args) { \
        PyObject *a; \
        if (!take_one(args, #fname, &a)) return NULL; \
        return api(a); \
    }

/* f(a) -> bool, api returns an int that may be -1 on error */
#define OP_UNARY_BOOL(fname, api) \
    static PyObject *op_##fname(PyObject *s, PyObject *args) { \
        PyObject *a; \
        if (!take_one(args, #fname, &a)) return NULL; \
        return bool_or_error(api(a)); \
    }

/* f(a, b) -> object */
#define OP_BINARY(fname, api) \
    static PyObject *op_##fname(PyObject *s, PyObject *args) { \
        PyObject *a, *b; \
        if (!take_two(args, #fname, &a, &b)) return NULL; \
        return api(a, b); \
    }

/* f(a, b) -> rich comparison */
#define OP_COMPARE(fname, code) \
    static PyObject *op_##fname(PyObject *s, PyObject *args) { \
        PyObject *a, *b; \
        if (!take_two(args, #fname, &a, &b)) return NULL; \
        return PyObject_RichCompare(a, b, code); \
    }

/* Predicates whose C API never fails. */
#define OP_PREDICATE(fname, api) \
    static PyObject *op_##fname(PyObject *s, PyObject *args) { \
        PyObject *a; \
        if (!take_one(args, #fname, &a)) return NULL; \
        return PyBool_FromLong(api(a) != 0); \
    }

OP_PREDICATE(isCallable, PyCallable_Check)
OP_PREDICATE(isNumberType, PyNumber_Check)
OP_PREDICATE(isSequenceType, PySequence_Check)
OP_PREDICATE(isMappingType, PyMapping_Check)

OP_UNARY_BOOL(truth, PyObject_IsTrue)
OP_UNARY_BOOL(not_, PyObject_Not)

OP_UNARY(index, PyNumber_Index)
OP_UNARY(neg, PyNumber_Negative)
OP_UNARY(pos, PyNumber_Positive)
OP_UNARY(abs, PyNumber_Absolute)
OP_UNARY(inv, PyNumber_Invert)
OP_UNARY(invert, PyNumber_Invert)

OP_BINARY(add, PyNumber_Add)
OP_BINARY(sub, PyNumber_Subtract)
OP_BINARY(mul, PyNumber_Multiply)
OP_BINARY(div, PyNumber_Divide)
OP_BINARY(floordiv, PyNumber_FloorDivide)
OP_BINARY(truediv, PyNumber_TrueDivide)
OP_BINARY(mod, PyNumber_Remainder)
OP_BINARY(lshift, PyNumber_Lshift)
OP_BINARY(rshift, PyNumber_Rshift)
OP_BINARY(and_, PyNumber_And)
OP_BINARY(xor, PyNumber_Xor)
OP_BINARY(or_, PyNumber_Or)

OP_BINARY(iadd, PyNumber_InPlaceAdd)
OP_BINARY(isub, PyNumber_InPlaceSubtract)
OP_BINARY(imul, PyNumber_InPlaceMultiply)
OP_BINARY(idiv, PyNumber_InPlaceDivide)
OP_BINARY(ifloordiv, PyNumber_InPlaceFloorDivide)
OP_BINARY(itruediv, PyNumber_InPlaceTrueDivide)
OP_BINARY(imod, PyNumber_InPlaceRemainder)
OP_BINARY(ilshift, PyNumber_InPlaceLshift)
OP_BINARY(irshift, PyNumber_InPlaceRshift)
OP_BINARY(iand, PyNumber_InPlaceAnd)
OP_BINARY(ixor, PyNumber_InPlaceXor)
OP_BINARY(ior, PyNumber_InPlaceOr)

OP_BINARY(concat, PySequence_Concat)
OP_BINARY(iconcat, PySequence_InPlaceConcat)
OP_BINARY(getitem, PyObject_GetItem)

OP_COMPARE(lt, Py_LT)
OP_COMPARE(le, Py_LE)
OP_COMPARE(eq, Py_EQ)
OP_COMPARE(ne, Py_NE)
OP_COMPARE(gt, Py_GT)
OP_COMPARE(ge, Py_GE)

static PyObject *
op_contains(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    if (!take_two(args, "contains", &a, &b))
        return NULL;
    return bool_or_error(PySequence_Contains(a, b));
}

static PyObject *
op_sequenceIncludes(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    if (!take_two(args, "sequenceIncludes", &a, &b))
        return NULL;
    return bool_or_error(PySequence_Contains(a, b));
}

static PyObject *
op_indexOf(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    Py_ssize_t where;
    if (!take_two(args, "indexOf", &a, &b))
        return NULL;
    where = PySequence_Index(a, b);
    if (where < 0)
        return NULL;
    return PyInt_FromSsize_t(where);
}

static PyObject *
op_countOf(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    Py_ssize_t n;
    if (!take_two(args, "countOf", &a, &b))
        return NULL;
    n = PySequence_Count(a, b);
    if (n < 0)
        return NULL;
    return PyInt_FromSsize_t(n);
}

static PyObject *
op_is_(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    if (!take_two(args, "is_", &a, &b))
        return NULL;
    return PyBool_FromLong(a == b);
}

static PyObject *
op_is_not(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    if (!take_two(args, "is_not", &a, &b))
        return NULL;
    return PyBool_FromLong(a != b);
}

static PyObject *
op_pow(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    if (!take_two(args, "pow", &a, &b))
        return NULL;
    return PyNumber_Power(a, b, Py_None);
}

static PyObject *
op_ipow(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    if (!take_two(args, "ipow", &a, &b))
        return NULL;
    return PyNumber_InPlacePower(a, b, Py_None);
}

static PyObject *
op_repeat(PyObject *s, PyObject *args)
{
    PyObject *seq;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "On:repeat", &seq, &count))
        return NULL;
    return PySequence_Repeat(seq, count);
}

static PyObject *
op_irepeat(PyObject *s, PyObject *args)
{
    PyObject *seq;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "On:irepeat", &seq, &count))
        return NULL;
    return PySequence_InPlaceRepeat(seq, count);
}

static PyObject *
op_setitem(PyObject *s, PyObject *args)
{
    PyObject *a, *b, *c;
    if (!PyArg_UnpackTuple(args, "setitem", 3, 3, &a, &b, &c))
        return NULL;
    if (PyObject_SetItem(a, b, c) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
op_delitem(PyObject *s, PyObject *args)
{
    PyObject *a, *b;
    if (!take_two(args, "delitem", &a, &b))
        return NULL;
    if (PyObject_DelItem(a, b) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
op_getslice(PyObject *s, PyObject *args)
{
    PyObject *seq;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "Onn:getslice", &seq, &lo, &hi))
        return NULL;
    return PySequence_GetSlice(seq, lo, hi);
}

static PyObject *
op_setslice(PyObject *s, PyObject *args)
{
    PyObject *seq, *value;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "OnnO:setslice", &seq, &lo, &hi, &value))
        return NULL;
    if (PySequence_SetSlice(seq, lo, hi, value) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
op_delslice(PyObject *s, PyObject *args)
{
    PyObject *seq;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "Onn:delslice", &seq, &lo, &hi))
        return NULL;
    if (PySequence_DelSlice(seq, lo, hi) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* ---- method table ----------------------------------------------------- */

#define ENTRY(fname, doc) \
    {#fname, op_##fname, METH_VARARGS, doc}
#define ENTRY2(fname, alias, doc) \
    {#fname, op_##fname, METH_VARARGS, doc}, \
    {#alias, op_##fname, METH_VARARGS, doc}

static PyMethodDef operator_methods[] = {
    ENTRY(isCallable, "isCallable(a) -- Same as callable(a)."),
    ENTRY(isNumberType, "isNumberType(a) -- Return True if a has a numeric type, False otherwise."),
    ENTRY(isSequenceType, "isSequenceType(a) -- Return True if a has a sequence type, False otherwise."),
    ENTRY(truth, "truth(a) -- Return True if a is true, False otherwise."),
    ENTRY2(contains, __contains__, "contains(a, b) -- Same as b in a (note reversed operands)."),
    ENTRY(sequenceIncludes, "sequenceIncludes(a, b) -- Same as b in a (note reversed operands; deprecated)."),
    ENTRY(indexOf, "indexOf(a, b) -- Return the first index of b in a."),
    ENTRY(countOf, "countOf(a, b) -- Return the number of times b occurs in a."),
    ENTRY(isMappingType, "isMappingType(a) -- Return True if a has a mapping type, False otherwise."),
    ENTRY(is_, "is_(a, b) -- Same as a is b."),
    ENTRY(is_not, "is_not(a, b) -- Same as a is not b."),
    ENTRY2(index, __index__, "index(a) -- Same as a.__index__()"),
    ENTRY2(add, __add__, "add(a, b) -- Same as a + b."),
    ENTRY2(sub, __sub__, "sub(a, b) -- Same as a - b."),
    ENTRY2(mul, __mul__, "mul(a, b) -- Same as a * b."),
    ENTRY2(div, __div__, "div(a, b) -- Same as a / b when __future__.division is not in effect."),
    ENTRY2(floordiv, __floordiv__, "floordiv(a, b) -- Same as a // b."),
    ENTRY2(truediv, __truediv__, "truediv(a, b) -- Same as a / b when __future__.division is in effect."),
    ENTRY2(mod, __mod__, "mod(a, b) -- Same as a % b."),
    ENTRY2(neg, __neg__, "neg(a) -- Same as -a."),
    ENTRY2(pos, __pos__, "pos(a) -- Same as +a."),
    ENTRY2(abs, __abs__, "abs(a) -- Same as abs(a)."),
    ENTRY2(inv, __inv__, "inv(a) -- Same as ~a."),
    ENTRY2(invert, __invert__, "invert(a) -- Same as ~a."),
    ENTRY2(lshift, __lshift__, "lshift(a, b) -- Same as a << b."),
    ENTRY2(rshift, __rshift__, "rshift(a, b) -- Same as a >> b."),
    ENTRY2(not_, __not__, "not_(a) -- Same as not a."),
    ENTRY2(and_, __and__, "and_(a, b) -- Same as a & b."),
    ENTRY2(xor, __xor__, "xor(a, b) -- Same as a ^ b."),
    ENTRY2(or_, __or__, "or_(a, b) -- Same as a | b."),
    ENTRY2(iadd, __iadd__, "iadd(a, b) -- Same as a += b."),
    ENTRY2(isub, __isub__, "isub(a, b) -- Same as a -= b."),
    ENTRY2(imul, __imul__, "imul(a, b) -- Same as a *= b."),
    ENTRY2(idiv, __idiv__, "idiv(a, b) -- Same as a /= b when __future__.division is not in effect."),
    ENTRY2(ifloordiv, __ifloordiv__, "ifloordiv(a, b) -- Same as a //= b."),
    ENTRY2(itruediv, __itruediv__, "itruediv(a, b) -- Same as a /= b when __future__.division is in effect."),
    ENTRY2(imod, __imod__, "imod(a, b) -- Same as a %= b."),
    ENTRY2(ilshift, __ilshift__, "ilshift(a, b) -- Same as a <<= b."),
    ENTRY2(irshift, __irshift__, "irshift(a, b) -- Same as a >>= b."),
    ENTRY2(iand, __iand__, "iand(a, b) -- Same as a &= b."),
    ENTRY2(ixor, __ixor__, "ixor(a, b) -- Same as a ^= b."),
    ENTRY2(ior, __ior__, "ior(a, b) -- Same as a |= b."),
    ENTRY2(concat, __concat__, "concat(a, b) -- Same as a + b, for a and b sequences."),
    ENTRY2(repeat, __repeat__, "repeat(a, b) -- Return a * b, where a is a sequence, and b is an integer."),
    ENTRY2(iconcat, __iconcat__, "iconcat(a, b) -- Same as a += b, for a and b sequences."),
    ENTRY2(irepeat, __irepeat__, "irepeat(a, b) -- Same as a *= b, where a is a sequence, and b is an integer."),
    ENTRY2(getitem, __getitem__, "getitem(a, b) -- Same as a[b]."),
    ENTRY2(setitem, __setitem__, "setitem(a, b, c) -- Same as a[b] = c."),
    ENTRY2(delitem, __delitem__, "delitem(a, b) -- Same as del a[b]."),
    ENTRY2(pow, __pow__, "pow(a, b) -- Same as a ** b."),
    ENTRY2(ipow, __ipow__, "ipow(a, b) -- Same as a **= b."),
    ENTRY2(getslice, __getslice__, "getslice(a, b, c) -- Same as a[b:c]."),
    ENTRY2(setslice, __setslice__, "setslice(a, b, c, d) -- Same as a[b:c] = d."),
    ENTRY2(delslice, __delslice__, "delslice(a, b, c) -- Same as del a[b:c]."),
    ENTRY2(lt, __lt__, "lt(a, b) -- Same as a<b."),
    ENTRY2(le, __le__, "le(a, b) -- Same as a<=b."),
    ENTRY2(eq, __eq__, "eq(a, b) -- Same as a==b."),
    ENTRY2(ne, __ne__, "ne(a, b) -- Same as a!=b."),
    ENTRY2(gt, __gt__, "gt(a, b) -- Same as a>b."),
    ENTRY2(ge, __ge__, "ge(a, b) -- Same as a>=b."),
    {NULL, NULL, 0, NULL}
};

/* ---- itemgetter and attrgetter ------------------------------------------

   Both hold either one key (result is the single lookup) or a tuple of
   keys (result is a tuple of lookups).  They share one layout. */

typedef struct {
    PyObject_HEAD
    Py_ssize_t nkeys;
    PyObject *keys;         /* the single key, or a tuple when nkeys > 1 */
} getterobject;

static PyTypeObject itemgetter_type;
static PyTypeObject attrgetter_type;

static PyObject *
getter_make(PyTypeObject *type, PyObject *args, PyObject *kwds,
            const char *name)
{
    getterobject *g;
    PyObject *keys;
    Py_ssize_t n;
    char kwname[32];

    PyOS_snprintf(kwname, sizeof(kwname), "%s()", name);
    if (!_PyArg_NoKeywords(kwname, kwds))
        return NULL;
    n = PyTuple_GET_SIZE(args);
    if (n <= 1) {
        if (!PyArg_UnpackTuple(args, name, 1, 1, &keys))
            return NULL;
    }
    else
        keys = args;

    g = PyObject_GC_New(getterobject, type);
    if (g == NULL)
        return NULL;
    Py_INCREF(keys);
    g->keys = keys;
    g->nkeys = n;
    PyObject_GC_Track(g);
    return (PyObject *)g;
}

static void
getter_dealloc(getterobject *g)
{
    PyObject_GC_UnTrack(g);
    Py_XDECREF(g->keys);
    PyObject_GC_Del(g);
}

static int
getter_traverse(getterobject *g, visitproc visit, void *arg)
{
    Py_VISIT(g->keys);
    return 0;
}

typedef PyObject *(*lookup_fn)(PyObject *, PyObject *);

static PyObject *
getter_apply(getterobject *g, PyObject *args, PyObject *kw,
             const char *name, lookup_fn lookup)
{
    PyObject *obj, *result;
    Py_ssize_t i;

    if (!PyArg_UnpackTuple(args, name, 1, 1, &obj))
        return NULL;
    if (g->nkeys == 1)
        return lookup(obj, g->keys);

    result = PyTuple_New(g->nkeys);
    if (result == NULL)
        return NULL;
    for (i = 0; i < g->nkeys; i++) {
        PyObject *v = lookup(obj, PyTuple_GET_ITEM(g->keys, i));
        if (v == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, i, v);
    }
    return result;
}

static PyObject *
itemgetter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return getter_make(type, args, kwds, "itemgetter");
}

static PyObject *
itemgetter_call(getterobject *g, PyObject *args, PyObject *kw)
{
    return getter_apply(g, args, kw, "itemgetter", PyObject_GetItem);
}

static PyObject *
attrgetter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return getter_make(type, args, kwds, "attrgetter");
}

static PyObject *
attrgetter_call(getterobject *g, PyObject *args, PyObject *kw)
{
    return getter_apply(g, args, kw, "attrgetter", PyObject_GetAttr);
}

PyDoc_STRVAR(itemgetter_doc,
"itemgetter(item, ...) --> itemgetter object\n\nA callable that looks up the given item(s) in its argument:\nitemgetter(2)(r) is r[2]; itemgetter(2, 5)(r) is (r[2], r[5]).");

PyDoc_STRVAR(attrgetter_doc,
"attrgetter(attr, ...) --> attrgetter object\n\nA callable that reads the given attribute(s) of its argument:\nattrgetter('x')(r) is r.x; attrgetter('x', 'y')(r) is (r.x, r.y).");

#define GETTER_TYPE(cname, pyname, newfn, callfn, doc) \
static PyTypeObject cname = { \
    PyObject_HEAD_INIT(NULL) \
    0, \
    .tp_name = pyname, \
    .tp_basicsize = sizeof(getterobject), \
    .tp_dealloc = (destructor)getter_dealloc, \
    .tp_call = (ternaryfunc)callfn, \
    .tp_getattro = PyObject_GenericGetAttr, \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, \
    .tp_doc = doc, \
    .tp_traverse = (traverseproc)getter_traverse, \
    .tp_new = newfn, \
    .tp_free = PyObject_GC_Del, \
};

GETTER_TYPE(itemgetter_type, "operator.itemgetter", itemgetter_new,
            itemgetter_call, itemgetter_doc)
GETTER_TYPE(attrgetter_type, "operator.attrgetter", attrgetter_new,
            attrgetter_call, attrgetter_doc)

PyDoc_STRVAR(operator_doc,
"The operators of Python as functions.\n\noperator.add(x, y) computes x+y, and so on.  Each function is also\navailable under its special method name, such as __add__.");

PyMODINIT_FUNC
initoperator(void)
{
    PyObject *m;

    if (PyType_Ready(&itemgetter_type) < 0 ||
        PyType_Ready(&attrgetter_type) < 0)
        return;
    m = Py_InitModule4("operator", operator_methods, operator_doc,
                       (PyObject *)NULL, PYTHON_API_VERSION);
    if (m == NULL)
        return;
    Py_INCREF(&itemgetter_type);
    PyModule_AddObject(m, "itemgetter", (PyObject *)&itemgetter_type);
    Py_INCREF(&attrgetter_type);
    PyModule_AddObject(m, "attrgetter", (PyObject *)&attrgetter_type);
}
