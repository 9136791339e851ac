/* The abstract object layer.

   Every function here works on an arbitrary object by looking at the slot
   tables of its type (tp_as_number, tp_as_sequence, tp_as_mapping, ...)
   and falling back the way Python 2.5 does: binary numeric operators try
   the left operand, then the right one (a subclass of the left type going
   first), then old-style coercion; '+' and '*' fall back on sequence
   concatenation and repetition; sequence indexing adjusts negative
   indices by the length; isinstance/issubclass understand classic classes
   and anything with __bases__ / __class__. */

#include "Python.h"
#include "structmember.h"
#include <stddef.h>

/* ------------------------------------------------------------------ */
/* Small error helpers                                                 */

/* Raise TypeError with a message naming the type of o (fmt has one %s). */
static PyObject *
raise_type_of(const char *fmt, PyObject *o)
{
    PyErr_Format(PyExc_TypeError, fmt, o->ob_type->tp_name);
    return NULL;
}

static PyObject *
missing_argument(void)
{
    if (!PyErr_Occurred())
        PyErr_SetString(PyExc_SystemError,
                        "null argument to internal routine");
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Generic object operations                                            */

int
PyObject_Cmp(PyObject *o1, PyObject *o2, int *result)
{
    int r;

    if (o1 == NULL || o2 == NULL) {
        missing_argument();
        return -1;
    }
    r = PyObject_Compare(o1, o2);
    if (PyErr_Occurred())
        return -1;
    *result = r;
    return 0;
}

PyObject *
PyObject_Type(PyObject *o)
{
    if (o == NULL)
        return missing_argument();
    Py_INCREF(o->ob_type);
    return (PyObject *)o->ob_type;
}

Py_ssize_t
PyObject_Size(PyObject *o)
{
    PySequenceMethods *sq;

    if (o == NULL) {
        missing_argument();
        return -1;
    }
    sq = o->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_length != NULL)
        return sq->sq_length(o);
    return PyMapping_Size(o);
}

/* Binary compatibility: the name exists as a function too. */
#undef PyObject_Length
Py_ssize_t
PyObject_Length(PyObject *o)
{
    return PyObject_Size(o);
}
#define PyObject_Length PyObject_Size

Py_ssize_t
_PyObject_LengthHint(PyObject *o)
{
    Py_ssize_t n;
    PyObject *etype, *evalue, *etb, *hint;

    n = PyObject_Size(o);
    if (n >= 0)
        return n;
    if (!PyErr_ExceptionMatches(PyExc_TypeError) &&
        !PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
    /* No len(): ask __length_hint__, keeping the first error in case that
       is missing too. */
    PyErr_Fetch(&etype, &evalue, &etb);
    hint = PyObject_CallMethod(o, "__length_hint__", NULL);
    if (hint == NULL) {
        PyErr_Clear();
        PyErr_Restore(etype, evalue, etb);
        return -1;
    }
    Py_XDECREF(etype);
    Py_XDECREF(evalue);
    Py_XDECREF(etb);
    n = PyInt_AsSsize_t(hint);
    Py_DECREF(hint);
    if (n == -1 && PyErr_Occurred())
        return -1;
    if (n < 0) {
        PyErr_SetString(PyExc_TypeError, "__length_hint__ must be >= 0");
        return -1;
    }
    return n;
}

PyObject *
PyObject_GetItem(PyObject *o, PyObject *key)
{
    PyMappingMethods *mp;
    PySequenceMethods *sq;

    if (o == NULL || key == NULL)
        return missing_argument();

    mp = o->ob_type->tp_as_mapping;
    if (mp != NULL && mp->mp_subscript != NULL)
        return mp->mp_subscript(o, key);

    sq = o->ob_type->tp_as_sequence;
    if (sq != NULL) {
        if (PyIndex_Check(key)) {
            Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
            if (i == -1 && PyErr_Occurred())
                return NULL;
            return PySequence_GetItem(o, i);
        }
        if (sq->sq_item != NULL)
            return raise_type_of("sequence index must be integer, not "
                                 "'%.200s'", key);
    }
    return raise_type_of("'%.200s' object is unsubscriptable", o);
}

int
PyObject_SetItem(PyObject *o, PyObject *key, PyObject *value)
{
    PyMappingMethods *mp;
    PySequenceMethods *sq;

    if (o == NULL || key == NULL || value == NULL) {
        missing_argument();
        return -1;
    }
    mp = o->ob_type->tp_as_mapping;
    if (mp != NULL && mp->mp_ass_subscript != NULL)
        return mp->mp_ass_subscript(o, key, value);

    sq = o->ob_type->tp_as_sequence;
    if (sq != NULL) {
        if (PyIndex_Check(key)) {
            Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
            if (i == -1 && PyErr_Occurred())
                return -1;
            return PySequence_SetItem(o, i, value);
        }
        if (sq->sq_ass_item != NULL) {
            raise_type_of("sequence index must be integer, not '%.200s'",
                          key);
            return -1;
        }
    }
    raise_type_of("'%.200s' object does not support item assignment", o);
    return -1;
}

int
PyObject_DelItem(PyObject *o, PyObject *key)
{
    PyMappingMethods *mp;
    PySequenceMethods *sq;

    if (o == NULL || key == NULL) {
        missing_argument();
        return -1;
    }
    mp = o->ob_type->tp_as_mapping;
    if (mp != NULL && mp->mp_ass_subscript != NULL)
        return mp->mp_ass_subscript(o, key, (PyObject *)NULL);

    sq = o->ob_type->tp_as_sequence;
    if (sq != NULL) {
        if (PyIndex_Check(key)) {
            Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
            if (i == -1 && PyErr_Occurred())
                return -1;
            return PySequence_DelItem(o, i);
        }
        if (sq->sq_ass_item != NULL) {
            raise_type_of("sequence index must be integer, not '%.200s'",
                          key);
            return -1;
        }
    }
    raise_type_of("'%.200s' object does not support item deletion", o);
    return -1;
}

int
PyObject_DelItemString(PyObject *o, char *key)
{
    PyObject *k;
    int r;

    if (o == NULL || key == NULL) {
        missing_argument();
        return -1;
    }
    k = PyString_FromString(key);
    if (k == NULL)
        return -1;
    r = PyObject_DelItem(o, k);
    Py_DECREF(k);
    return r;
}

/* ------------------------------------------------------------------ */
/* The old buffer interface                                             */

int
PyObject_AsCharBuffer(PyObject *obj, const char **buffer,
                      Py_ssize_t *buffer_len)
{
    PyBufferProcs *pb;
    char *p;
    Py_ssize_t n;

    if (obj == NULL || buffer == NULL || buffer_len == NULL) {
        missing_argument();
        return -1;
    }
    pb = obj->ob_type->tp_as_buffer;
    if (pb == NULL || pb->bf_getcharbuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "expected a character buffer object");
        return -1;
    }
    if (pb->bf_getsegcount(obj, NULL) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "expected a single-segment buffer object");
        return -1;
    }
    n = pb->bf_getcharbuffer(obj, 0, &p);
    if (n < 0)
        return -1;
    *buffer = p;
    *buffer_len = n;
    return 0;
}

int
PyObject_CheckReadBuffer(PyObject *obj)
{
    PyBufferProcs *pb = obj->ob_type->tp_as_buffer;

    if (pb == NULL || pb->bf_getreadbuffer == NULL ||
        pb->bf_getsegcount == NULL ||
        pb->bf_getsegcount(obj, NULL) != 1)
        return 0;
    return 1;
}

int
PyObject_AsReadBuffer(PyObject *obj, const void **buffer,
                      Py_ssize_t *buffer_len)
{
    PyBufferProcs *pb;
    void *p;
    Py_ssize_t n;

    if (obj == NULL || buffer == NULL || buffer_len == NULL) {
        missing_argument();
        return -1;
    }
    pb = obj->ob_type->tp_as_buffer;
    if (pb == NULL || pb->bf_getreadbuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_SetString(PyExc_TypeError, "expected a readable buffer object");
        return -1;
    }
    if (pb->bf_getsegcount(obj, NULL) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "expected a single-segment buffer object");
        return -1;
    }
    n = pb->bf_getreadbuffer(obj, 0, &p);
    if (n < 0)
        return -1;
    *buffer = p;
    *buffer_len = n;
    return 0;
}

int
PyObject_AsWriteBuffer(PyObject *obj, void **buffer, Py_ssize_t *buffer_len)
{
    PyBufferProcs *pb;
    void *p;
    Py_ssize_t n;

    if (obj == NULL || buffer == NULL || buffer_len == NULL) {
        missing_argument();
        return -1;
    }
    pb = obj->ob_type->tp_as_buffer;
    if (pb == NULL || pb->bf_getwritebuffer == NULL ||
        pb->bf_getsegcount == NULL) {
        PyErr_SetString(PyExc_TypeError, "expected a writeable buffer object");
        return -1;
    }
    if (pb->bf_getsegcount(obj, NULL) != 1) {
        PyErr_SetString(PyExc_TypeError,
                        "expected a single-segment buffer object");
        return -1;
    }
    n = pb->bf_getwritebuffer(obj, 0, &p);
    if (n < 0)
        return -1;
    *buffer = p;
    *buffer_len = n;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Number protocol                                                       */

int
PyNumber_Check(PyObject *o)
{
    PyNumberMethods *nb;

    if (o == NULL)
        return 0;
    nb = o->ob_type->tp_as_number;
    return nb != NULL && (nb->nb_int != NULL || nb->nb_float != NULL);
}

/* Types with Py_TPFLAGS_CHECKTYPES accept operands of any type in their
   numeric slots; the others expect coerce() to have unified them. */
#define ACCEPTS_ANY_OPERAND(o) \
    PyType_HasFeature((o)->ob_type, Py_TPFLAGS_CHECKTYPES)
#define HAS_INPLACE_SLOTS(o) \
    PyType_HasFeature((o)->ob_type, Py_TPFLAGS_HAVE_INPLACEOPS)

/* Fetch the slot at byte offset off within a PyNumberMethods table. */
#define NB_SLOT_AT(nb, off) (*(binaryfunc *)((char *)(nb) + (off)))
#define NB_TERN_SLOT_AT(nb, off) (*(ternaryfunc *)((char *)(nb) + (off)))
#define NB_OFF(name) offsetof(PyNumberMethods, name)

static binaryfunc
binary_slot_of(PyObject *o, size_t off)
{
    PyNumberMethods *nb = o->ob_type->tp_as_number;

    if (nb == NULL || !ACCEPTS_ANY_OPERAND(o))
        return NULL;
    return NB_SLOT_AT(nb, off);
}

/* Try the slot of both operands; returns Py_NotImplemented (a new
   reference) when neither knows the pair. */
static PyObject *
dispatch_binary(PyObject *v, PyObject *w, size_t off)
{
    binaryfunc left = binary_slot_of(v, off);
    binaryfunc right = NULL;
    PyObject *res;

    if (w->ob_type != v->ob_type) {
        right = binary_slot_of(w, off);
        if (right == left)
            right = NULL;
    }

    if (left != NULL) {
        /* A subclass of the left operand's type overrides its parent. */
        if (right != NULL && PyType_IsSubtype(w->ob_type, v->ob_type)) {
            res = right(v, w);
            if (res != Py_NotImplemented)
                return res;
            Py_DECREF(res);
            right = NULL;
        }
        res = left(v, w);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if (right != NULL) {
        res = right(v, w);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }

    if (!ACCEPTS_ANY_OPERAND(v) || !ACCEPTS_ANY_OPERAND(w)) {
        /* Old-style numbers: coerce to a common type, then use the
           (now shared) slot of the left operand. */
        PyObject *cv = v, *cw = w;
        int rc = PyNumber_CoerceEx(&cv, &cw);
        if (rc < 0)
            return NULL;
        if (rc == 0) {
            PyNumberMethods *nb = cv->ob_type->tp_as_number;
            if (nb != NULL) {
                binaryfunc slot = NB_SLOT_AT(nb, off);
                if (slot != NULL) {
                    res = slot(cv, cw);
                    Py_DECREF(cv);
                    Py_DECREF(cw);
                    return res;
                }
            }
            Py_DECREF(cv);
            Py_DECREF(cw);
        }
    }
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

static PyObject *
unsupported_operands(PyObject *v, PyObject *w, const char *opname)
{
    PyErr_Format(PyExc_TypeError,
                 "unsupported operand type(s) for %.100s: "
                 "'%.100s' and '%.100s'",
                 opname, v->ob_type->tp_name, w->ob_type->tp_name);
    return NULL;
}

static PyObject *
numeric_binary(PyObject *v, PyObject *w, size_t off, const char *opname)
{
    PyObject *res = dispatch_binary(v, w, off);
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        return unsupported_operands(v, w, opname);
    }
    return res;
}

/* Three-argument pow(): like dispatch_binary, with the third operand also
   allowed to supply the slot. */
static PyObject *
numeric_ternary(PyObject *v, PyObject *w, PyObject *z, size_t off,
                const char *opname)
{
    PyNumberMethods *nv = v->ob_type->tp_as_number;
    PyNumberMethods *nw = w->ob_type->tp_as_number;
    PyNumberMethods *nz;
    ternaryfunc left = NULL, right = NULL, third = NULL;
    PyObject *res;

    if (nv != NULL && ACCEPTS_ANY_OPERAND(v))
        left = NB_TERN_SLOT_AT(nv, off);
    if (w->ob_type != v->ob_type && nw != NULL && ACCEPTS_ANY_OPERAND(w)) {
        right = NB_TERN_SLOT_AT(nw, off);
        if (right == left)
            right = NULL;
    }
    if (left != NULL) {
        if (right != NULL && PyType_IsSubtype(w->ob_type, v->ob_type)) {
            res = right(v, w, z);
            if (res != Py_NotImplemented)
                return res;
            Py_DECREF(res);
            right = NULL;
        }
        res = left(v, w, z);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if (right != NULL) {
        res = right(v, w, z);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    nz = z->ob_type->tp_as_number;
    if (nz != NULL && ACCEPTS_ANY_OPERAND(z)) {
        third = NB_TERN_SLOT_AT(nz, off);
        if (third == left || third == right)
            third = NULL;
        if (third != NULL) {
            res = third(v, w, z);
            if (res != Py_NotImplemented)
                return res;
            Py_DECREF(res);
        }
    }

    if (!ACCEPTS_ANY_OPERAND(v) || !ACCEPTS_ANY_OPERAND(w) ||
        (z != Py_None && !ACCEPTS_ANY_OPERAND(z))) {
        PyObject *v1 = v, *w1 = w, *z1, *v2, *z2;
        int rc = PyNumber_CoerceEx(&v1, &w1);
        if (rc < 0)
            return NULL;
        if (rc == 0) {
            if (z == Py_None) {
                PyNumberMethods *nb = v1->ob_type->tp_as_number;
                ternaryfunc slot = nb ? NB_TERN_SLOT_AT(nb, off) : NULL;
                if (slot != NULL)
                    res = slot(v1, w1, z);
                else
                    res = NULL;
                Py_DECREF(v1);
                Py_DECREF(w1);
                if (slot != NULL)
                    return res;
            }
            else {
                /* Coerce the third operand against both others. */
                z1 = z;
                rc = PyNumber_CoerceEx(&v1, &z1);
                if (rc != 0) {
                    Py_DECREF(v1);
                    Py_DECREF(w1);
                    if (rc < 0)
                        return NULL;
                    goto failed;
                }
                v2 = v1;
                z2 = z1;
                rc = PyNumber_CoerceEx(&w1, &z2);
                if (rc != 0) {
                    Py_DECREF(v1);
                    Py_DECREF(w1);
                    Py_DECREF(z1);
                    if (rc < 0)
                        return NULL;
                    goto failed;
                }
                {
                    PyNumberMethods *nb = v2->ob_type->tp_as_number;
                    ternaryfunc slot = nb ? NB_TERN_SLOT_AT(nb, off) : NULL;
                    res = slot != NULL ? slot(v2, w1, z2) : NULL;
                    Py_DECREF(v1);
                    Py_DECREF(w1);
                    Py_DECREF(z1);
                    Py_DECREF(z2);
                    if (slot != NULL)
                        return res;
                }
            }
        }
    }
  failed:
    if (z == Py_None)
        PyErr_Format(PyExc_TypeError,
                     "unsupported operand type(s) for ** or pow(): "
                     "'%.100s' and '%.100s'",
                     v->ob_type->tp_name, w->ob_type->tp_name);
    else
        PyErr_Format(PyExc_TypeError,
                     "unsupported operand type(s) for pow(): "
                     "'%.100s', '%.100s', '%.100s'",
                     v->ob_type->tp_name, w->ob_type->tp_name,
                     z->ob_type->tp_name);
    (void)opname;
    return NULL;
}

#define DEFINE_BINARY(func, slot, opname) \
    PyObject * \
    func(PyObject *v, PyObject *w) \
    { \
        return numeric_binary(v, w, NB_OFF(slot), opname); \
    }

DEFINE_BINARY(PyNumber_Or, nb_or, "|")
DEFINE_BINARY(PyNumber_Xor, nb_xor, "^")
DEFINE_BINARY(PyNumber_And, nb_and, "&")
DEFINE_BINARY(PyNumber_Lshift, nb_lshift, "<<")
DEFINE_BINARY(PyNumber_Rshift, nb_rshift, ">>")
DEFINE_BINARY(PyNumber_Subtract, nb_subtract, "-")
DEFINE_BINARY(PyNumber_Divide, nb_divide, "/")
DEFINE_BINARY(PyNumber_Divmod, nb_divmod, "divmod()")
DEFINE_BINARY(PyNumber_FloorDivide, nb_floor_divide, "//")
DEFINE_BINARY(PyNumber_TrueDivide, nb_true_divide, "/")
DEFINE_BINARY(PyNumber_Remainder, nb_remainder, "%")

PyObject *
PyNumber_Add(PyObject *v, PyObject *w)
{
    PyObject *res = dispatch_binary(v, w, NB_OFF(nb_add));

    if (res == Py_NotImplemented) {
        PySequenceMethods *sq = v->ob_type->tp_as_sequence;
        Py_DECREF(res);
        if (sq != NULL && sq->sq_concat != NULL)
            return sq->sq_concat(v, w);
        return unsupported_operands(v, w, "+");
    }
    return res;
}

/* seq * n where n must be usable as an index. */
static PyObject *
repeat_sequence(ssizeargfunc repeat, PyObject *seq, PyObject *n)
{
    Py_ssize_t count;

    if (!PyIndex_Check(n))
        return raise_type_of("can't multiply sequence by non-int of type "
                             "'%.200s'", n);
    count = PyNumber_AsSsize_t(n, PyExc_OverflowError);
    if (count == -1 && PyErr_Occurred())
        return NULL;
    return repeat(seq, count);
}

PyObject *
PyNumber_Multiply(PyObject *v, PyObject *w)
{
    PyObject *res = dispatch_binary(v, w, NB_OFF(nb_multiply));

    if (res == Py_NotImplemented) {
        PySequenceMethods *sv = v->ob_type->tp_as_sequence;
        PySequenceMethods *sw = w->ob_type->tp_as_sequence;
        Py_DECREF(res);
        if (sv != NULL && sv->sq_repeat != NULL)
            return repeat_sequence(sv->sq_repeat, v, w);
        if (sw != NULL && sw->sq_repeat != NULL)
            return repeat_sequence(sw->sq_repeat, w, v);
        return unsupported_operands(v, w, "*");
    }
    return res;
}

PyObject *
PyNumber_Power(PyObject *v, PyObject *w, PyObject *z)
{
    /* Two floats or two ints and no modulus: the dispatch below would
       settle on their own slot, which has no side effects. */
    if (z == Py_None && v->ob_type == w->ob_type &&
        (PyFloat_CheckExact(v) || PyInt_CheckExact(v))) {
        PyObject *res = v->ob_type->tp_as_number->nb_power(v, w, z);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    return numeric_ternary(v, w, z, NB_OFF(nb_power), "** or pow()");
}

/* In-place operators: the in-place slot of the left operand if it has
   one, else the ordinary binary dispatch. */
static PyObject *
dispatch_inplace(PyObject *v, PyObject *w, size_t ioff, size_t off)
{
    PyNumberMethods *nb = v->ob_type->tp_as_number;

    if (nb != NULL && HAS_INPLACE_SLOTS(v)) {
        binaryfunc slot = NB_SLOT_AT(nb, ioff);
        if (slot != NULL) {
            PyObject *res = slot(v, w);
            if (res != Py_NotImplemented)
                return res;
            Py_DECREF(res);
        }
    }
    return dispatch_binary(v, w, off);
}

static PyObject *
numeric_inplace(PyObject *v, PyObject *w, size_t ioff, size_t off,
                const char *opname)
{
    PyObject *res = dispatch_inplace(v, w, ioff, off);
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        return unsupported_operands(v, w, opname);
    }
    return res;
}

#define DEFINE_INPLACE(func, islot, slot, opname) \
    PyObject * \
    func(PyObject *v, PyObject *w) \
    { \
        return numeric_inplace(v, w, NB_OFF(islot), NB_OFF(slot), opname); \
    }

DEFINE_INPLACE(PyNumber_InPlaceOr, nb_inplace_or, nb_or, "|=")
DEFINE_INPLACE(PyNumber_InPlaceXor, nb_inplace_xor, nb_xor, "^=")
DEFINE_INPLACE(PyNumber_InPlaceAnd, nb_inplace_and, nb_and, "&=")
DEFINE_INPLACE(PyNumber_InPlaceLshift, nb_inplace_lshift, nb_lshift, "<<=")
DEFINE_INPLACE(PyNumber_InPlaceRshift, nb_inplace_rshift, nb_rshift, ">>=")
DEFINE_INPLACE(PyNumber_InPlaceSubtract, nb_inplace_subtract, nb_subtract,
               "-=")
DEFINE_INPLACE(PyNumber_InPlaceDivide, nb_inplace_divide, nb_divide, "/=")
DEFINE_INPLACE(PyNumber_InPlaceFloorDivide, nb_inplace_floor_divide,
               nb_floor_divide, "//=")
DEFINE_INPLACE(PyNumber_InPlaceTrueDivide, nb_inplace_true_divide,
               nb_true_divide, "/=")
DEFINE_INPLACE(PyNumber_InPlaceRemainder, nb_inplace_remainder,
               nb_remainder, "%=")

PyObject *
PyNumber_InPlaceAdd(PyObject *v, PyObject *w)
{
    PyObject *res = dispatch_inplace(v, w, NB_OFF(nb_inplace_add),
                                     NB_OFF(nb_add));
    if (res == Py_NotImplemented) {
        PySequenceMethods *sq = v->ob_type->tp_as_sequence;
        Py_DECREF(res);
        if (sq != NULL) {
            binaryfunc f = NULL;
            if (HAS_INPLACE_SLOTS(v))
                f = sq->sq_inplace_concat;
            if (f == NULL)
                f = sq->sq_concat;
            if (f != NULL)
                return f(v, w);
        }
        return unsupported_operands(v, w, "+=");
    }
    return res;
}

PyObject *
PyNumber_InPlaceMultiply(PyObject *v, PyObject *w)
{
    PyObject *res = dispatch_inplace(v, w, NB_OFF(nb_inplace_multiply),
                                     NB_OFF(nb_multiply));
    if (res == Py_NotImplemented) {
        PySequenceMethods *sv = v->ob_type->tp_as_sequence;
        PySequenceMethods *sw = w->ob_type->tp_as_sequence;
        ssizeargfunc f = NULL;
        Py_DECREF(res);
        if (sv != NULL) {
            if (HAS_INPLACE_SLOTS(v))
                f = sv->sq_inplace_repeat;
            if (f == NULL)
                f = sv->sq_repeat;
            if (f != NULL)
                return repeat_sequence(f, v, w);
        }
        else if (sw != NULL && sw->sq_repeat != NULL) {
            return repeat_sequence(sw->sq_repeat, w, v);
        }
        return unsupported_operands(v, w, "*=");
    }
    return res;
}

PyObject *
PyNumber_InPlacePower(PyObject *v, PyObject *w, PyObject *z)
{
    PyNumberMethods *nb = v->ob_type->tp_as_number;

    if (HAS_INPLACE_SLOTS(v) && nb != NULL && nb->nb_inplace_power != NULL)
        return numeric_ternary(v, w, z, NB_OFF(nb_inplace_power), "**=");
    return numeric_ternary(v, w, z, NB_OFF(nb_power), "**=");
}

/* Unary operators. */

#define DEFINE_UNARY(func, slot, fmt) \
    PyObject * \
    func(PyObject *o) \
    { \
        PyNumberMethods *nb; \
        if (o == NULL) \
            return missing_argument(); \
        nb = o->ob_type->tp_as_number; \
        if (nb != NULL && nb->slot != NULL) \
            return nb->slot(o); \
        return raise_type_of(fmt, o); \
    }

DEFINE_UNARY(PyNumber_Negative, nb_negative,
             "bad operand type for unary -: '%.200s'")
DEFINE_UNARY(PyNumber_Positive, nb_positive,
             "bad operand type for unary +: '%.200s'")
DEFINE_UNARY(PyNumber_Invert, nb_invert,
             "bad operand type for unary ~: '%.200s'")
DEFINE_UNARY(PyNumber_Absolute, nb_absolute,
             "bad operand type for abs(): '%.200s'")

/* Conversions. */

/* Parse a string for int()/long(): the whole buffer must be used, so an
   embedded NUL byte is an error. */
static PyObject *
int_from_buffer(const char *s, Py_ssize_t len, int want_long)
{
    char *end;
    PyObject *x;

    if (want_long)
        x = PyLong_FromString((char *)s, &end, 10);
    else
        x = PyInt_FromString((char *)s, &end, 10);
    if (x == NULL)
        return NULL;
    if (end != s + len) {
        PyErr_SetString(PyExc_ValueError, want_long
                        ? "null byte in argument for long()"
                        : "null byte in argument for int()");
        Py_DECREF(x);
        return NULL;
    }
    return x;
}

PyObject *
PyNumber_Int(PyObject *o)
{
    PyNumberMethods *nb;
    const char *buf;
    Py_ssize_t len;

    if (o == NULL)
        return missing_argument();
    if (PyInt_CheckExact(o)) {
        Py_INCREF(o);
        return o;
    }
    nb = o->ob_type->tp_as_number;
    if (nb != NULL && nb->nb_int != NULL) {
        PyObject *res = nb->nb_int(o);
        if (res != NULL && !PyInt_Check(res) && !PyLong_Check(res)) {
            PyErr_Format(PyExc_TypeError,
                         "__int__ returned non-int (type %.200s)",
                         res->ob_type->tp_name);
            Py_DECREF(res);
            return NULL;
        }
        return res;
    }
    if (PyInt_Check(o))
        return PyInt_FromLong(PyInt_AS_LONG(o));
    if (PyString_Check(o))
        return int_from_buffer(PyString_AS_STRING(o),
                               PyString_GET_SIZE(o), 0);
#ifdef Py_USING_UNICODE
    if (PyUnicode_Check(o))
        return PyInt_FromUnicode(PyUnicode_AS_UNICODE(o),
                                 PyUnicode_GET_SIZE(o), 10);
#endif
    if (PyObject_AsCharBuffer(o, &buf, &len) == 0)
        return int_from_buffer(buf, len, 0);
    PyErr_Clear();
    return raise_type_of("int() argument must be a string or a number, "
                         "not '%.200s'", o);
}

PyObject *
PyNumber_Long(PyObject *o)
{
    PyNumberMethods *nb;
    const char *buf;
    Py_ssize_t len;

    if (o == NULL)
        return missing_argument();
    nb = o->ob_type->tp_as_number;
    if (nb != NULL && nb->nb_long != NULL) {
        PyObject *res = nb->nb_long(o);
        if (res != NULL && !PyInt_Check(res) && !PyLong_Check(res)) {
            PyErr_Format(PyExc_TypeError,
                         "__long__ returned non-long (type %.200s)",
                         res->ob_type->tp_name);
            Py_DECREF(res);
            return NULL;
        }
        return res;
    }
    if (PyLong_Check(o)) {
        /* A subclass without __long__: rebuild an exact long. */
        return PyLong_Type.tp_as_number->nb_long(o);
    }
    if (PyString_Check(o))
        return int_from_buffer(PyString_AS_STRING(o),
                               PyString_GET_SIZE(o), 1);
#ifdef Py_USING_UNICODE
    if (PyUnicode_Check(o))
        return PyLong_FromUnicode(PyUnicode_AS_UNICODE(o),
                                  PyUnicode_GET_SIZE(o), 10);
#endif
    if (PyObject_AsCharBuffer(o, &buf, &len) == 0)
        return int_from_buffer(buf, len, 1);
    PyErr_Clear();
    return raise_type_of("long() argument must be a string or a number, "
                         "not '%.200s'", o);
}

PyObject *
PyNumber_Float(PyObject *o)
{
    PyNumberMethods *nb;

    if (o == NULL)
        return missing_argument();
    if (PyFloat_CheckExact(o)) {
        Py_INCREF(o);
        return o;
    }
    nb = o->ob_type->tp_as_number;
    if (nb != NULL && nb->nb_float != NULL) {
        PyObject *res = nb->nb_float(o);
        if (res != NULL && !PyFloat_Check(res)) {
            PyErr_Format(PyExc_TypeError,
                         "__float__ returned non-float (type %.200s)",
                         res->ob_type->tp_name);
            Py_DECREF(res);
            return NULL;
        }
        return res;
    }
    if (PyFloat_Check(o))
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(o));
    return PyFloat_FromString(o, NULL);
}

PyObject *
PyNumber_Index(PyObject *item)
{
    PyObject *res;

    if (item == NULL)
        return missing_argument();
    if (PyInt_Check(item) || PyLong_Check(item)) {
        Py_INCREF(item);
        return item;
    }
    if (!PyIndex_Check(item))
        return raise_type_of("'%.200s' object cannot be interpreted "
                             "as an index", item);
    res = item->ob_type->tp_as_number->nb_index(item);
    if (res != NULL && !PyInt_Check(res) && !PyLong_Check(res)) {
        PyErr_Format(PyExc_TypeError,
                     "__index__ returned non-(int,long) (type %.200s)",
                     res->ob_type->tp_name);
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

Py_ssize_t
PyNumber_AsSsize_t(PyObject *item, PyObject *err)
{
    Py_ssize_t n;
    PyObject *value = PyNumber_Index(item);

    if (value == NULL)
        return -1;
    if (PyInt_Check(value)) {
        n = PyInt_AS_LONG(value);
        Py_DECREF(value);
        return n;
    }
    n = _PyLong_AsSsize_t(value);
    if (n == -1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError)) {
            Py_DECREF(value);
            return -1;
        }
        PyErr_Clear();
        if (err == NULL) {
            /* Clip to the nearest end of the range. */
            n = _PyLong_Sign(value) < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
        }
        else {
            PyErr_Format(err, "cannot fit '%.200s' into an index-sized "
                         "integer", item->ob_type->tp_name);
            n = -1;
        }
    }
    Py_DECREF(value);
    return n;
}

/* ------------------------------------------------------------------ */
/* Sequence protocol                                                     */

int
PySequence_Check(PyObject *s)
{
    PySequenceMethods *sq;

    if (s == NULL)
        return 0;
    if (PyInstance_Check(s))
        return PyObject_HasAttrString(s, "__getitem__");
    if (PyDict_Check(s))
        return 0;
    sq = s->ob_type->tp_as_sequence;
    return sq != NULL && sq->sq_item != NULL;
}

Py_ssize_t
PySequence_Size(PyObject *s)
{
    PySequenceMethods *sq;

    if (s == NULL) {
        missing_argument();
        return -1;
    }
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_length != NULL)
        return sq->sq_length(s);
    raise_type_of("object of type '%.200s' has no len()", s);
    return -1;
}

#undef PySequence_Length
Py_ssize_t
PySequence_Length(PyObject *s)
{
    return PySequence_Size(s);
}
#define PySequence_Length PySequence_Size

PyObject *
PySequence_Concat(PyObject *s, PyObject *o)
{
    PySequenceMethods *sq;

    if (s == NULL || o == NULL)
        return missing_argument();
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_concat != NULL)
        return sq->sq_concat(s, o);
    return raise_type_of("'%.200s' object can't be concatenated", s);
}

PyObject *
PySequence_Repeat(PyObject *o, Py_ssize_t count)
{
    PySequenceMethods *sq;

    if (o == NULL)
        return missing_argument();
    sq = o->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_repeat != NULL)
        return sq->sq_repeat(o, count);
    return raise_type_of("'%.200s' object can't be repeated", o);
}

PyObject *
PySequence_InPlaceConcat(PyObject *s, PyObject *o)
{
    PySequenceMethods *sq;

    if (s == NULL || o == NULL)
        return missing_argument();
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && HAS_INPLACE_SLOTS(s) && sq->sq_inplace_concat != NULL)
        return sq->sq_inplace_concat(s, o);
    if (sq != NULL && sq->sq_concat != NULL)
        return sq->sq_concat(s, o);
    return raise_type_of("'%.200s' object can't be concatenated", s);
}

PyObject *
PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count)
{
    PySequenceMethods *sq;

    if (o == NULL)
        return missing_argument();
    sq = o->ob_type->tp_as_sequence;
    if (sq != NULL && HAS_INPLACE_SLOTS(o) && sq->sq_inplace_repeat != NULL)
        return sq->sq_inplace_repeat(o, count);
    if (sq != NULL && sq->sq_repeat != NULL)
        return sq->sq_repeat(o, count);
    return raise_type_of("'%.200s' object can't be repeated", o);
}

/* Make a negative index relative to the end, if the type knows its
   length.  Returns 0, or -1 with an exception set. */
static int
adjust_index(PyObject *s, PySequenceMethods *sq, Py_ssize_t *i)
{
    if (*i < 0 && sq->sq_length != NULL) {
        Py_ssize_t n = sq->sq_length(s);
        if (n < 0)
            return -1;
        *i += n;
    }
    return 0;
}

static int
adjust_slice(PyObject *s, PySequenceMethods *sq, Py_ssize_t *i1,
             Py_ssize_t *i2)
{
    if ((*i1 < 0 || *i2 < 0) && sq->sq_length != NULL) {
        Py_ssize_t n = sq->sq_length(s);
        if (n < 0)
            return -1;
        if (*i1 < 0)
            *i1 += n;
        if (*i2 < 0)
            *i2 += n;
    }
    return 0;
}

PyObject *
PySequence_GetItem(PyObject *s, Py_ssize_t i)
{
    PySequenceMethods *sq;

    if (s == NULL)
        return missing_argument();
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_item != NULL) {
        if (adjust_index(s, sq, &i) < 0)
            return NULL;
        return sq->sq_item(s, i);
    }
    return raise_type_of("'%.200s' object is unindexable", s);
}

/* A slice object for [i1:i2], for types that only have mp_subscript. */
static PyObject *
slice_of(Py_ssize_t i1, Py_ssize_t i2)
{
    PyObject *start, *stop, *slice;

    start = PyInt_FromSsize_t(i1);
    if (start == NULL)
        return NULL;
    stop = PyInt_FromSsize_t(i2);
    if (stop == NULL) {
        Py_DECREF(start);
        return NULL;
    }
    slice = PySlice_New(start, stop, NULL);
    Py_DECREF(start);
    Py_DECREF(stop);
    return slice;
}

PyObject *
PySequence_GetSlice(PyObject *s, Py_ssize_t i1, Py_ssize_t i2)
{
    PySequenceMethods *sq;
    PyMappingMethods *mp;

    if (s == NULL)
        return missing_argument();
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_slice != NULL) {
        if (adjust_slice(s, sq, &i1, &i2) < 0)
            return NULL;
        return sq->sq_slice(s, i1, i2);
    }
    mp = s->ob_type->tp_as_mapping;
    if (mp != NULL && mp->mp_subscript != NULL) {
        PyObject *slice = slice_of(i1, i2), *res;
        if (slice == NULL)
            return NULL;
        res = mp->mp_subscript(s, slice);
        Py_DECREF(slice);
        return res;
    }
    return raise_type_of("'%.200s' object is unsliceable", s);
}

int
PySequence_SetItem(PyObject *s, Py_ssize_t i, PyObject *o)
{
    PySequenceMethods *sq;

    if (s == NULL) {
        missing_argument();
        return -1;
    }
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_ass_item != NULL) {
        if (adjust_index(s, sq, &i) < 0)
            return -1;
        return sq->sq_ass_item(s, i, o);
    }
    raise_type_of("'%.200s' object does not support item assignment", s);
    return -1;
}

int
PySequence_DelItem(PyObject *s, Py_ssize_t i)
{
    PySequenceMethods *sq;

    if (s == NULL) {
        missing_argument();
        return -1;
    }
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_ass_item != NULL) {
        if (adjust_index(s, sq, &i) < 0)
            return -1;
        return sq->sq_ass_item(s, i, (PyObject *)NULL);
    }
    raise_type_of("'%.200s' object doesn't support item deletion", s);
    return -1;
}

int
PySequence_SetSlice(PyObject *s, Py_ssize_t i1, Py_ssize_t i2, PyObject *o)
{
    PySequenceMethods *sq;
    PyMappingMethods *mp;

    if (s == NULL) {
        missing_argument();
        return -1;
    }
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_ass_slice != NULL) {
        if (adjust_slice(s, sq, &i1, &i2) < 0)
            return -1;
        return sq->sq_ass_slice(s, i1, i2, o);
    }
    mp = s->ob_type->tp_as_mapping;
    if (mp != NULL && mp->mp_ass_subscript != NULL) {
        PyObject *slice = slice_of(i1, i2);
        int r;
        if (slice == NULL)
            return -1;
        r = mp->mp_ass_subscript(s, slice, o);
        Py_DECREF(slice);
        return r;
    }
    raise_type_of("'%.200s' object doesn't support slice assignment", s);
    return -1;
}

int
PySequence_DelSlice(PyObject *s, Py_ssize_t i1, Py_ssize_t i2)
{
    PySequenceMethods *sq;

    if (s == NULL) {
        missing_argument();
        return -1;
    }
    sq = s->ob_type->tp_as_sequence;
    if (sq != NULL && sq->sq_ass_slice != NULL) {
        if (adjust_slice(s, sq, &i1, &i2) < 0)
            return -1;
        return sq->sq_ass_slice(s, i1, i2, (PyObject *)NULL);
    }
    raise_type_of("'%.200s' object doesn't support slice deletion", s);
    return -1;
}

/* The length hint for building a container from v, or dflt if unknown.
   -1 only with a real error set. */
static Py_ssize_t
guess_length(PyObject *v, Py_ssize_t dflt)
{
    Py_ssize_t n = _PyObject_LengthHint(v);
    if (n < 0) {
        if (!PyErr_ExceptionMatches(PyExc_TypeError) &&
            !PyErr_ExceptionMatches(PyExc_AttributeError))
            return -1;
        PyErr_Clear();
        n = dflt;
    }
    return n;
}

PyObject *
PySequence_Tuple(PyObject *v)
{
    PyObject *it, *result;
    Py_ssize_t n, filled = 0;

    if (v == NULL)
        return missing_argument();
    if (PyTuple_CheckExact(v)) {
        Py_INCREF(v);
        return v;
    }
    if (PyList_Check(v))
        return PyList_AsTuple(v);

    it = PyObject_GetIter(v);
    if (it == NULL)
        return NULL;
    n = guess_length(v, 10);
    if (n < 0)
        goto fail_it;
    result = PyTuple_New(n);
    if (result == NULL)
        goto fail_it;

    for (;;) {
        PyObject *item = PyIter_Next(it);
        if (item == NULL) {
            if (PyErr_Occurred())
                goto fail;
            break;
        }
        if (filled >= n) {
            /* Grow by about a quarter. */
            Py_ssize_t grown = n + (n >> 2) + 10;
            if (grown < n) {
                Py_DECREF(item);
                PyErr_NoMemory();
                goto fail;
            }
            n = grown;
            if (_PyTuple_Resize(&result, n) != 0) {
                Py_DECREF(item);
                goto fail_it;
            }
        }
        PyTuple_SET_ITEM(result, filled, item);
        filled++;
    }
    if (filled != n && _PyTuple_Resize(&result, filled) != 0)
        goto fail_it;
    Py_DECREF(it);
    return result;

  fail:
    Py_XDECREF(result);
  fail_it:
    Py_DECREF(it);
    return NULL;
}

PyObject *
PySequence_List(PyObject *v)
{
    PyObject *result, *r;

    if (v == NULL)
        return missing_argument();
    result = PyList_New(0);
    if (result == NULL)
        return NULL;
    /* list.extend does the work, length hint included, as in 2.5 */
    r = _PyList_Extend((PyListObject *)result, v);
    if (r == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    Py_DECREF(r);
    return result;
}

PyObject *
PySequence_Fast(PyObject *v, const char *m)
{
    PyObject *it, *res;

    if (v == NULL)
        return missing_argument();
    if (PyList_CheckExact(v) || PyTuple_CheckExact(v)) {
        Py_INCREF(v);
        return v;
    }
    it = PyObject_GetIter(v);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_SetString(PyExc_TypeError, m);
        return NULL;
    }
    res = PySequence_List(it);
    Py_DECREF(it);
    return res;
}

Py_ssize_t
_PySequence_IterSearch(PyObject *seq, PyObject *obj, int operation)
{
    PyObject *it;
    Py_ssize_t n = 0;   /* matches counted, or position reached */
    int wrapped = 0;

    if (seq == NULL || obj == NULL) {
        missing_argument();
        return -1;
    }
    it = PyObject_GetIter(seq);
    if (it == NULL) {
        raise_type_of("argument of type '%.200s' is not iterable", seq);
        return -1;
    }
    for (;;) {
        int eq;
        PyObject *item = PyIter_Next(it);
        if (item == NULL) {
            if (PyErr_Occurred())
                goto fail;
            break;
        }
        eq = PyObject_RichCompareBool(obj, item, Py_EQ);
        Py_DECREF(item);
        if (eq < 0)
            goto fail;
        if (eq > 0) {
            switch (operation) {
            case PY_ITERSEARCH_COUNT:
                if (n == PY_SSIZE_T_MAX) {
                    PyErr_SetString(PyExc_OverflowError,
                                    "count exceeds C integer size");
                    goto fail;
                }
                n++;
                break;
            case PY_ITERSEARCH_INDEX:
                if (wrapped) {
                    PyErr_SetString(PyExc_OverflowError,
                                    "index exceeds C integer size");
                    goto fail;
                }
                Py_DECREF(it);
                return n;
            case PY_ITERSEARCH_CONTAINS:
                Py_DECREF(it);
                return 1;
            default:
                PyErr_SetString(PyExc_SystemError,
                                "unknown operation in _PySequence_IterSearch");
                goto fail;
            }
        }
        else if (operation == PY_ITERSEARCH_INDEX) {
            if (n == PY_SSIZE_T_MAX)
                wrapped = 1;
            else
                n++;
        }
    }
    Py_DECREF(it);
    switch (operation) {
    case PY_ITERSEARCH_COUNT:
        return n;
    case PY_ITERSEARCH_INDEX:
        PyErr_SetString(PyExc_ValueError,
                        "sequence.index(x): x not in sequence");
        return -1;
    default:
        return 0;
    }

  fail:
    Py_DECREF(it);
    return -1;
}

Py_ssize_t
PySequence_Count(PyObject *s, PyObject *o)
{
    return _PySequence_IterSearch(s, o, PY_ITERSEARCH_COUNT);
}

int
PySequence_Contains(PyObject *seq, PyObject *ob)
{
    if (seq == NULL || ob == NULL) {
        missing_argument();
        return -1;
    }
    if (PyType_HasFeature(seq->ob_type, Py_TPFLAGS_HAVE_SEQUENCE_IN)) {
        PySequenceMethods *sq = seq->ob_type->tp_as_sequence;
        if (sq != NULL && sq->sq_contains != NULL)
            return sq->sq_contains(seq, ob);
    }
    return (int)_PySequence_IterSearch(seq, ob, PY_ITERSEARCH_CONTAINS);
}

/* Kept as a real function for binary compatibility. */
#undef PySequence_In
int
PySequence_In(PyObject *w, PyObject *v)
{
    return PySequence_Contains(w, v);
}
#define PySequence_In PySequence_Contains

Py_ssize_t
PySequence_Index(PyObject *s, PyObject *o)
{
    return _PySequence_IterSearch(s, o, PY_ITERSEARCH_INDEX);
}

/* ------------------------------------------------------------------ */
/* Mapping protocol                                                      */

int
PyMapping_Check(PyObject *o)
{
    PyMappingMethods *mp;
    PySequenceMethods *sq;

    if (o == NULL)
        return 0;
    if (PyInstance_Check(o))
        return PyObject_HasAttrString(o, "__getitem__");
    mp = o->ob_type->tp_as_mapping;
    sq = o->ob_type->tp_as_sequence;
    /* Sequences with slicing also have mp_subscript (for extended
       slices); they are not mappings. */
    return mp != NULL && mp->mp_subscript != NULL &&
           !(sq != NULL && sq->sq_slice != NULL);
}

Py_ssize_t
PyMapping_Size(PyObject *o)
{
    PyMappingMethods *mp;

    if (o == NULL) {
        missing_argument();
        return -1;
    }
    mp = o->ob_type->tp_as_mapping;
    if (mp != NULL && mp->mp_length != NULL)
        return mp->mp_length(o);
    raise_type_of("object of type '%.200s' has no len()", o);
    return -1;
}

#undef PyMapping_Length
Py_ssize_t
PyMapping_Length(PyObject *o)
{
    return PyMapping_Size(o);
}
#define PyMapping_Length PyMapping_Size

PyObject *
PyMapping_GetItemString(PyObject *o, char *key)
{
    PyObject *k, *r;

    if (key == NULL)
        return missing_argument();
    k = PyString_FromString(key);
    if (k == NULL)
        return NULL;
    r = PyObject_GetItem(o, k);
    Py_DECREF(k);
    return r;
}

int
PyMapping_SetItemString(PyObject *o, char *key, PyObject *value)
{
    PyObject *k;
    int r;

    if (key == NULL) {
        missing_argument();
        return -1;
    }
    k = PyString_FromString(key);
    if (k == NULL)
        return -1;
    r = PyObject_SetItem(o, k, value);
    Py_DECREF(k);
    return r;
}

int
PyMapping_HasKeyString(PyObject *o, char *key)
{
    PyObject *v = PyMapping_GetItemString(o, key);
    if (v != NULL) {
        Py_DECREF(v);
        return 1;
    }
    PyErr_Clear();
    return 0;
}

int
PyMapping_HasKey(PyObject *o, PyObject *key)
{
    PyObject *v = PyObject_GetItem(o, key);
    if (v != NULL) {
        Py_DECREF(v);
        return 1;
    }
    PyErr_Clear();
    return 0;
}

/* ------------------------------------------------------------------ */
/* Calling                                                               */

PyObject *
PyObject_Call(PyObject *func, PyObject *args, PyObject *kw)
{
    ternaryfunc call;
    PyObject *res;

    if (func == NULL || args == NULL)
        return missing_argument();
    call = func->ob_type->tp_call;
    if (call == NULL)
        return raise_type_of("'%.200s' object is not callable", func);
    if (Py_EnterRecursiveCall(" in __call__"))
        return NULL;
    res = call(func, args, kw);
    Py_LeaveRecursiveCall();
    if (res == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_SystemError,
                        "NULL result without error in PyObject_Call");
    return res;
}

PyObject *
PyObject_CallObject(PyObject *func, PyObject *args)
{
    PyObject *res;

    if (args == NULL) {
        args = PyTuple_New(0);
        if (args == NULL)
            return NULL;
    }
    else if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    else
        Py_INCREF(args);
    res = PyObject_Call(func, args, NULL);
    Py_DECREF(args);
    return res;
}

/* Call func with the value Py_BuildValue made (stolen): a tuple is the
   argument list, anything else a single argument. */
static PyObject *
call_with_built(PyObject *func, PyObject *built)
{
    PyObject *args, *res;

    if (built == NULL)
        return NULL;
    if (PyTuple_Check(built))
        args = built;
    else {
        args = PyTuple_New(1);
        if (args == NULL) {
            Py_DECREF(built);
            return NULL;
        }
        PyTuple_SET_ITEM(args, 0, built);
    }
    res = PyObject_Call(func, args, NULL);
    Py_DECREF(args);
    return res;
}

static PyObject *
build_from_format(const char *format, va_list va, int ssize_lengths)
{
    if (format == NULL || *format == '\0')
        return PyTuple_New(0);
    if (ssize_lengths)
        return _Py_VaBuildValue_SizeT(format, va);
    return Py_VaBuildValue(format, va);
}

PyObject *
PyObject_CallFunction(PyObject *func, char *format, ...)
{
    va_list va;
    PyObject *built;

    if (func == NULL)
        return missing_argument();
    va_start(va, format);
    built = build_from_format(format, va, 0);
    va_end(va);
    return call_with_built(func, built);
}

PyObject *
_PyObject_CallFunction_SizeT(PyObject *func, char *format, ...)
{
    va_list va;
    PyObject *built;

    if (func == NULL)
        return missing_argument();
    va_start(va, format);
    built = build_from_format(format, va, 1);
    va_end(va);
    return call_with_built(func, built);
}

/* The bound attribute o.name, checked to be callable. */
static PyObject *
callable_attribute(PyObject *o, const char *name)
{
    PyObject *f;

    if (o == NULL || name == NULL)
        return missing_argument();
    f = PyObject_GetAttrString(o, name);
    if (f == NULL) {
        PyErr_SetString(PyExc_AttributeError, name);
        return NULL;
    }
    if (!PyCallable_Check(f)) {
        raise_type_of("attribute of type '%.200s' is not callable", f);
        Py_DECREF(f);
        return NULL;
    }
    return f;
}

PyObject *
PyObject_CallMethod(PyObject *o, char *name, char *format, ...)
{
    va_list va;
    PyObject *f, *built, *res;

    f = callable_attribute(o, name);
    if (f == NULL)
        return NULL;
    va_start(va, format);
    built = build_from_format(format, va, 0);
    va_end(va);
    res = call_with_built(f, built);
    Py_DECREF(f);
    return res;
}

PyObject *
_PyObject_CallMethod_SizeT(PyObject *o, char *name, char *format, ...)
{
    va_list va;
    PyObject *f, *built, *res;

    f = callable_attribute(o, name);
    if (f == NULL)
        return NULL;
    va_start(va, format);
    built = build_from_format(format, va, 1);
    va_end(va);
    res = call_with_built(f, built);
    Py_DECREF(f);
    return res;
}

/* Collect a NULL-terminated list of object arguments into a tuple. */
static PyObject *
tuple_from_va(va_list va)
{
    va_list count_va;
    Py_ssize_t n = 0, i;
    PyObject *args;

    va_copy(count_va, va);
    while (va_arg(count_va, PyObject *) != NULL)
        n++;
    va_end(count_va);

    args = PyTuple_New(n);
    if (args == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *item = va_arg(va, PyObject *);
        Py_INCREF(item);
        PyTuple_SET_ITEM(args, i, item);
    }
    return args;
}

/* A Python function called from C with a few arguments (sort keys and
   cmp functions, callbacks): the arguments go to the function from a C
   array instead of a tuple.  What PyObject_Call would do around the call
   (the recursion guard, the missing-error check) is kept. */
#define FEW_ARGS 6

static PyObject *
call_function_array(PyObject *func, PyObject **argv, int n)
{
    PyObject *res;

    if (Py_EnterRecursiveCall(" in __call__"))
        return NULL;
    res = _PyFunction_CallArgs(func, argv, n);
    Py_LeaveRecursiveCall();
    if (res == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_SystemError,
                        "NULL result without error in PyObject_Call");
    return res;
}

PyObject *
PyObject_CallFunctionObjArgs(PyObject *func, ...)
{
    va_list va;
    PyObject *args, *res;

    if (func == NULL)
        return missing_argument();
    if (PyFunction_Check(func)) {
        PyObject *argv[FEW_ARGS];
        int n = 0;
        va_start(va, func);
        while (n < FEW_ARGS && (argv[n] = va_arg(va, PyObject *)) != NULL)
            n++;
        va_end(va);
        if (n < FEW_ARGS)
            return call_function_array(func, argv, n);
    }
    va_start(va, func);
    args = tuple_from_va(va);
    va_end(va);
    if (args == NULL)
        return NULL;
    res = PyObject_Call(func, args, NULL);
    Py_DECREF(args);
    return res;
}

PyObject *
PyObject_CallMethodObjArgs(PyObject *o, PyObject *name, ...)
{
    va_list va;
    PyObject *f, *args, *res;

    if (o == NULL || name == NULL)
        return missing_argument();
    f = PyObject_GetAttr(o, name);
    if (f == NULL)
        return NULL;
    va_start(va, name);
    args = tuple_from_va(va);
    va_end(va);
    if (args == NULL) {
        Py_DECREF(f);
        return NULL;
    }
    res = PyObject_Call(f, args, NULL);
    Py_DECREF(args);
    Py_DECREF(f);
    return res;
}

/* ------------------------------------------------------------------ */
/* isinstance() and issubclass()                                         */

/* cls.__bases__ if it is a tuple; NULL otherwise, with an error set only
   when something other than a missing attribute went wrong. */
static PyObject *
bases_of(PyObject *cls)
{
    static PyObject *bases_name = NULL;
    PyObject *bases;

    if (bases_name == NULL) {
        /* An interned immutable string: safe to share. */
        bases_name = PyString_InternFromString("__bases__");
        if (bases_name == NULL)
            return NULL;
    }
    bases = PyObject_GetAttr(cls, bases_name);
    if (bases == NULL) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError))
            PyErr_Clear();
        return NULL;
    }
    if (!PyTuple_Check(bases)) {
        Py_DECREF(bases);
        return NULL;
    }
    return bases;
}

static PyObject *
class_of(PyObject *inst)
{
    static PyObject *class_name = NULL;

    if (class_name == NULL) {
        class_name = PyString_InternFromString("__class__");
        if (class_name == NULL)
            return NULL;
    }
    return PyObject_GetAttr(inst, class_name);
}

/* Anything with a tuple __bases__ counts as a class. */
static int
looks_like_class(PyObject *cls, const char *error)
{
    PyObject *bases = bases_of(cls);
    if (bases == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, error);
        return 0;
    }
    Py_DECREF(bases);
    return 1;
}

/* Is cls reachable from derived through __bases__ links? */
static int
bases_reach(PyObject *derived, PyObject *cls)
{
    PyObject *bases;
    Py_ssize_t i, n;
    int r = 0;

    while (derived != cls) {
        bases = bases_of(derived);
        if (bases == NULL)
            return PyErr_Occurred() ? -1 : 0;
        n = PyTuple_GET_SIZE(bases);
        if (n == 0) {
            Py_DECREF(bases);
            return 0;
        }
        if (n == 1) {
            /* Single inheritance: iterate instead of recursing.  The
               tuple keeps its item alive while we look at it; we only
               compare identity with it on the next round. */
            derived = PyTuple_GET_ITEM(bases, 0);
            if (derived == cls) {
                Py_DECREF(bases);
                return 1;
            }
            Py_INCREF(derived);
            Py_DECREF(bases);
            if (Py_EnterRecursiveCall(" in __subclasscheck__")) {
                Py_DECREF(derived);
                return -1;
            }
            r = bases_reach(derived, cls);
            Py_LeaveRecursiveCall();
            Py_DECREF(derived);
            return r;
        }
        for (i = 0; i < n; i++) {
            if (Py_EnterRecursiveCall(" in __subclasscheck__")) {
                Py_DECREF(bases);
                return -1;
            }
            r = bases_reach(PyTuple_GET_ITEM(bases, i), cls);
            Py_LeaveRecursiveCall();
            if (r != 0)
                break;
        }
        Py_DECREF(bases);
        return r;
    }
    return 1;
}

int
PyObject_IsInstance(PyObject *inst, PyObject *cls)
{
    int r = 0;

    if (inst == NULL || cls == NULL) {
        missing_argument();
        return -1;
    }
    if (PyClass_Check(cls) && PyInstance_Check(inst)) {
        PyObject *icls = (PyObject *)((PyInstanceObject *)inst)->in_class;
        return PyClass_IsSubclass(icls, cls);
    }
    if (PyType_Check(cls)) {
        r = PyObject_TypeCheck(inst, (PyTypeObject *)cls);
        if (r == 0) {
            /* A proxy may claim another class through __class__. */
            PyObject *c = class_of(inst);
            if (c == NULL) {
                PyErr_Clear();
            }
            else {
                if (c != (PyObject *)inst->ob_type && PyType_Check(c))
                    r = PyType_IsSubtype((PyTypeObject *)c,
                                         (PyTypeObject *)cls);
                Py_DECREF(c);
            }
        }
        return r;
    }
    if (PyTuple_Check(cls)) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(cls);
        for (i = 0; i < n; i++) {
            if (Py_EnterRecursiveCall(" in __instancecheck__"))
                return -1;
            r = PyObject_IsInstance(inst, PyTuple_GET_ITEM(cls, i));
            Py_LeaveRecursiveCall();
            if (r != 0)
                break;
        }
        return r;
    }
    if (!looks_like_class(cls, "isinstance() arg 2 must be a class, type,"
                               " or tuple of classes and types"))
        return -1;
    {
        PyObject *icls = class_of(inst);
        if (icls == NULL) {
            PyErr_Clear();
            return 0;
        }
        r = bases_reach(icls, cls);
        Py_DECREF(icls);
    }
    return r;
}

int
PyObject_IsSubclass(PyObject *derived, PyObject *cls)
{
    int r = 0;

    if (derived == NULL || cls == NULL) {
        missing_argument();
        return -1;
    }
    if (PyType_Check(cls) && PyType_Check(derived))
        return PyType_IsSubtype((PyTypeObject *)derived, (PyTypeObject *)cls);
    if (PyClass_Check(derived) && PyClass_Check(cls)) {
        if (derived == cls)
            return 1;
        return PyClass_IsSubclass(derived, cls);
    }
    if (!looks_like_class(derived, "issubclass() arg 1 must be a class"))
        return -1;
    if (PyTuple_Check(cls)) {
        Py_ssize_t i, n = PyTuple_GET_SIZE(cls);
        for (i = 0; i < n; i++) {
            if (Py_EnterRecursiveCall(" in __subclasscheck__"))
                return -1;
            r = PyObject_IsSubclass(derived, PyTuple_GET_ITEM(cls, i));
            Py_LeaveRecursiveCall();
            if (r != 0)
                break;
        }
        return r;
    }
    if (!looks_like_class(cls, "issubclass() arg 2 must be a class"
                               " or tuple of classes"))
        return -1;
    return bases_reach(derived, cls);
}

/* ------------------------------------------------------------------ */
/* Iteration                                                             */

PyObject *
PyObject_GetIter(PyObject *o)
{
    getiterfunc f = NULL;
    PyObject *it;

    if (o == NULL)
        return missing_argument();
    if (PyType_HasFeature(o->ob_type, Py_TPFLAGS_HAVE_ITER))
        f = o->ob_type->tp_iter;
    if (f == NULL) {
        if (PySequence_Check(o))
            return PySeqIter_New(o);
        return raise_type_of("'%.200s' object is not iterable", o);
    }
    it = f(o);
    if (it != NULL && !PyIter_Check(it)) {
        PyErr_Format(PyExc_TypeError,
                     "iter() returned non-iterator of type '%.100s'",
                     it->ob_type->tp_name);
        Py_DECREF(it);
        return NULL;
    }
    return it;
}

PyObject *
PyIter_Next(PyObject *iter)
{
    PyObject *item;
    iternextfunc next = NULL;

    if (PyType_HasFeature(iter->ob_type, Py_TPFLAGS_HAVE_ITER))
        next = iter->ob_type->tp_iternext;
    if (next == NULL)
        return raise_type_of("'%.200s' object is not an iterator", iter);
    /* C loops over iterators charge the CPU budget here, and iterators
       nested without end (enumerate(enumerate(...))) meet the recursion
       limit instead of the end of the C stack. */
    if (_Py_ChargeIteration() < 0 ||
        Py_EnterRecursiveCall(" while getting the next item"))
        return NULL;
    item = next(iter);
    Py_LeaveRecursiveCall();
    if (item == NULL && PyErr_Occurred() &&
        PyErr_ExceptionMatches(PyExc_StopIteration))
        PyErr_Clear();
    return item;
}
