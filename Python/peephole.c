/* Bytecode clean-up run on every code object the compiler assembles.

   The rewrites are the ones Python 2.5's peephole pass made, since they
   are visible (co_consts, dis output):

     - constant folding: LOAD_CONST a; LOAD_CONST b; BINARY_op becomes
       LOAD_CONST (a op b), LOAD_CONST a; UNARY_NEGATIVE/INVERT/CONVERT
       becomes LOAD_CONST (op a), and n LOAD_CONSTs followed by
       BUILD_TUPLE n (or by BUILD_LIST n used only by `in`/`not in`)
       become one LOAD_CONST of the tuple.  The operands stay in
       co_consts and the result is appended (no sharing with an equal
       constant).  Classic `/` is never folded (its meaning depends on
       -Qnew), errors leave the code as it was, and sequences longer
       than 20 items are not kept;
     - LOAD_NAME/LOAD_GLOBAL None becomes LOAD_CONST when None already
       is one of the constants;
     - jumps whose target is an unconditional jump go straight to the
       final target, and a JUMP_IF_FALSE/JUMP_IF_TRUE whose target is a
       test of the same value skips it (the outcome of the second test is
       known: same sense -> its target, opposite sense -> just past it);
     - UNARY_NOT; JUMP_IF_FALSE x; POP_TOP (with x: POP_TOP) becomes
       JUMP_IF_TRUE x; POP_TOP;
     - COMPARE_OP in/not in/is/is not followed by UNARY_NOT uses the
       opposite comparison;
     - LOAD_CONST c; JUMP_IF_FALSE x; POP_TOP with a true constant c
       (from `1 and x`) disappears;
     - BUILD_TUPLE/BUILD_LIST n; UNPACK_SEQUENCE n becomes nothing
       (n = 1), ROT_TWO (n = 2) or ROT_THREE; ROT_TWO (n = 3): a swap
       needs no tuple.

   Like 2.5, code whose line table holds a 255 byte (a long line or a
   big jump in line numbers) or longer than 32700 bytes is left alone.

   How it stays correct: instructions are rewritten only inside one basic
   block (no jump lands in the middle of a pattern), bytes that a rewrite
   frees are marked dead and squeezed out at the end, and every jump is
   kept as an (old) target offset that is translated through the map
   from old to new offsets when the code is written out.  co_lnotab is
   translated through the same map, so line numbers stay attached to the
   same instructions.  Code with EXTENDED_ARG is returned unchanged. */

#include "Python.h"
#include "code.h"
#include "compile.h"
#include "opcode.h"

/* Longest chain of jumps followed when threading one jump. */
#define MAX_HOPS 32

/* Per-byte flags. */
#define F_START     1       /* an instruction starts here */
#define F_TARGET    2       /* some jump lands here */
#define F_DEAD      4       /* squeezed out when the code is written */

typedef struct {
    unsigned char *code;    /* working copy of the instructions */
    unsigned char *flags;   /* F_* of each byte */
    int *target;            /* old target offset; valid at jumps only */
    int *newpos;            /* old offset -> new offset (len + 1 entries) */
    int len;
    PyObject *consts;       /* list of the code's constants (appended to) */
    PyObject *names;        /* tuple of the code's names */
} Work;

/* Jump kind of each opcode. */
#define J_REL 1             /* argument is relative to the next instruction */
#define J_ABS 2             /* argument is an absolute offset */

static const unsigned char jump_kind[256] = {
    [JUMP_FORWARD] = J_REL, [JUMP_IF_FALSE] = J_REL, [JUMP_IF_TRUE] = J_REL,
    [FOR_ITER] = J_REL, [SETUP_LOOP] = J_REL, [SETUP_EXCEPT] = J_REL,
    [SETUP_FINALLY] = J_REL,
    [JUMP_ABSOLUTE] = J_ABS, [CONTINUE_LOOP] = J_ABS,
};

static int
get_arg(const unsigned char *code, int i)
{
    return code[i + 1] | (code[i + 2] << 8);
}

/* The n bytes from i exist and no jump lands on i+1 .. i+n-1, so they
   always run in sequence. */
static int
one_block(Work *w, int i, int n)
{
    int k;
    if (i + n > w->len)
        return 0;
    for (k = i + 1; k < i + n; k++)
        if (w->flags[k] & F_TARGET)
            return 0;
    return 1;
}

static void
kill(Work *w, int from, int n)
{
    int k;
    for (k = from; k < from + n; k++) {
        w->code[k] = NOP;
        w->flags[k] = (w->flags[k] & F_TARGET) | F_START | F_DEAD;
    }
}

/* Is name number `k` of `names` the string "None"? */
static int
is_none_name(PyObject *names, int k)
{
    PyObject *s;
    if (names == NULL || !PyTuple_Check(names) || k >= PyTuple_GET_SIZE(names))
        return 0;
    s = PyTuple_GET_ITEM(names, k);
    return PyString_Check(s) && strcmp(PyString_AS_STRING(s), "None") == 0;
}

static int
is_foldable_binary(int op)
{
    switch (op) {
    case BINARY_POWER: case BINARY_MULTIPLY: case BINARY_TRUE_DIVIDE:
    case BINARY_FLOOR_DIVIDE: case BINARY_MODULO: case BINARY_ADD:
    case BINARY_SUBTRACT: case BINARY_SUBSCR: case BINARY_LSHIFT:
    case BINARY_RSHIFT: case BINARY_AND: case BINARY_XOR: case BINARY_OR:
        return 1;
    }
    return 0;
}

/* A quick look at the original code, without allocating: is there any
   pattern the pass rewrites?  Most small code objects have none. */
static int
worth_a_look(const unsigned char *c, int len, PyObject *names)
{
    int i, n;
    for (i = 0; i < len; i += n) {
        int op = c[i], next, t;
        if (op == EXTENDED_ARG)
            return 0;
        n = HAS_ARG(op) ? 3 : 1;
        if (op == BUILD_TUPLE)
            return 1;       /* maybe a tuple of constants, even () */
        if ((op == LOAD_NAME || op == LOAD_GLOBAL) && i + 2 < len &&
            is_none_name(names, get_arg(c, i)))
            return 1;
        if (i + n >= len)
            break;
        next = c[i + n];
        switch (op) {
        case LOAD_CONST:
            if (next == JUMP_IF_FALSE || next == UNARY_NEGATIVE ||
                next == UNARY_INVERT || next == UNARY_CONVERT ||
                next == LOAD_CONST || next == BUILD_LIST ||
                is_foldable_binary(next))
                return 1;
            break;
        case UNARY_NOT:
            if (next == JUMP_IF_FALSE)
                return 1;
            break;
        case COMPARE_OP:
            if (next == UNARY_NOT)
                return 1;
            break;
        case BUILD_LIST:
            if (next == UNPACK_SEQUENCE)
                return 1;
            break;
        case JUMP_FORWARD: case JUMP_IF_FALSE: case JUMP_IF_TRUE:
        case JUMP_ABSOLUTE:
            t = get_arg(c, i) + (op == JUMP_ABSOLUTE ? 0 : i + 3);
            if (t < len && (c[t] == JUMP_FORWARD || c[t] == JUMP_ABSOLUTE ||
                            c[t] == JUMP_IF_FALSE || c[t] == JUMP_IF_TRUE))
                return 1;
            break;
        }
    }
    return 0;
}

/* Record instruction starts and jump targets.  Returns 0 if the code is
   not something this pass handles (EXTENDED_ARG, odd shapes). */
static int
analyse(Work *w)
{
    const unsigned char *c = w->code;
    int i, n;

    for (i = 0; i < w->len; i += n) {
        int op = c[i];
        if (op == EXTENDED_ARG)
            return 0;
        n = HAS_ARG(op) ? 3 : 1;
        if (i + n > w->len)
            return 0;
        w->flags[i] = F_START;
    }
    for (i = 0; i < w->len; i += n) {
        int op = c[i], t;
        n = HAS_ARG(op) ? 3 : 1;
        if (jump_kind[op] == 0)
            continue;
        t = get_arg(c, i);
        if (jump_kind[op] == J_REL)
            t += i + 3;
        if (t < 0 || t >= w->len || !(w->flags[t] & F_START))
            return 0;
        w->target[i] = t;
        w->flags[t] |= F_TARGET;
    }
    return 1;
}

/* ---------------------------------------------------------------- */
/* Constant folding                                                  */

#define FOLD_MAX_LEN 20             /* longest sequence result kept */
#define FOLD_MAX_BITS (1L << 17)    /* largest int computed while folding */

static int
is_sequence_const(PyObject *o)
{
    return PyString_Check(o) || PyUnicode_Check(o) || PyTuple_Check(o);
}

/* Size in bits of an int or long, or -1 if `o` is neither. */
static long
bit_size(PyObject *o)
{
    if (PyInt_Check(o)) {
        long v = PyInt_AS_LONG(o), bits = 0;
        unsigned long m = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
        for (; m != 0; m >>= 1)
            bits++;
        return bits;
    }
    if (PyLong_Check(o)) {
        size_t bits = _PyLong_NumBits(o);
        if (bits == (size_t)-1) {
            PyErr_Clear();
            return LONG_MAX;
        }
        return bits > (size_t)LONG_MAX ? LONG_MAX : (long)bits;
    }
    return -1;
}

/* A small int value of an int/long, in *out; 0 if it has none. */
static int
small_int(PyObject *o, long *out)
{
    if (PyInt_Check(o)) {
        *out = PyInt_AS_LONG(o);
        return 1;
    }
    if (PyLong_Check(o) && bit_size(o) < 62) {
        *out = PyLong_AsLong(o);
        if (*out == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            return 0;
        }
        return 1;
    }
    return 0;
}

/* A format string whose output size is bounded by its operands: no `*`
   and no width or precision of three digits or more. */
static int
modest_format(PyObject *fmt)
{
    Py_ssize_t i, n, digits = 0;
    if (PyString_Check(fmt)) {
        const char *p = PyString_AS_STRING(fmt);
        n = PyString_GET_SIZE(fmt);
        for (i = 0; i < n; i++) {
            if (p[i] == '*')
                return 0;
            digits = (p[i] >= '0' && p[i] <= '9') ? digits + 1 : 0;
            if (digits > 2)
                return 0;
        }
        return 1;
    }
    if (PyUnicode_Check(fmt)) {
        const Py_UNICODE *p = PyUnicode_AS_UNICODE(fmt);
        n = PyUnicode_GET_SIZE(fmt);
        for (i = 0; i < n; i++) {
            if (p[i] == '*')
                return 0;
            digits = (p[i] >= '0' && p[i] <= '9') ? digits + 1 : 0;
            if (digits > 2)
                return 0;
        }
        return 1;
    }
    return 1;
}

/* Does `o`, counting every item of nested tuples, stay within `budget`
   objects?  A tuple may hold the same tuple many times, so a short
   constant can stand for a huge tree that hashing, repr() or marshal
   would walk in full; folding never builds such trees. */
#define FOLD_MAX_TREE 1000

static int
tree_fits(PyObject *o, Py_ssize_t *budget)
{
    Py_ssize_t i;
    if (--*budget < 0)
        return 0;
    if (PyTuple_Check(o))
        for (i = 0; i < PyTuple_GET_SIZE(o); i++)
            if (!tree_fits(PyTuple_GET_ITEM(o, i), budget))
                return 0;
    return 1;
}

static int
small_tree(PyObject *o)
{
    Py_ssize_t budget = FOLD_MAX_TREE;
    return tree_fits(o, &budget);
}

/* Folding runs at compile time, also on untrusted source: refuse the
   operations whose result would be huge or slow to compute.  2.5 would
   compute some of them and then throw a long sequence away; the code
   that comes out is the same. */
static int
cheap_enough(int op, PyObject *v, PyObject *w)
{
    long bv = bit_size(v), bw = bit_size(w), k;
    Py_ssize_t lv, lw;

    switch (op) {
    case BINARY_ADD:
        if (is_sequence_const(v) && is_sequence_const(w)) {
            lv = PyObject_Size(v);
            lw = PyObject_Size(w);
            if (lv < 0 || lw < 0) {
                PyErr_Clear();
                return 0;
            }
            return lv + lw <= FOLD_MAX_LEN;
        }
        return 1;
    case BINARY_MULTIPLY:
        if (is_sequence_const(v) || is_sequence_const(w)) {
            PyObject *seq = is_sequence_const(v) ? v : w;
            PyObject *count = seq == v ? w : v;
            if (is_sequence_const(count) || bit_size(count) < 0)
                return 1;       /* a TypeError, nothing to compute */
            if (!small_int(count, &k))
                return 0;
            if (k <= 0)
                return 1;
            lv = PyObject_Size(seq);
            if (lv < 0) {
                PyErr_Clear();
                return 0;
            }
            return k <= FOLD_MAX_LEN && lv * k <= FOLD_MAX_LEN;
        }
        if (bv >= 0 && bw >= 0)
            return bv + bw <= FOLD_MAX_BITS;
        return 1;
    case BINARY_POWER:
        if (bv < 0 || bw < 0)
            return 1;       /* float or complex arithmetic */
        if (!small_int(w, &k))      /* a huge exponent */
            return bv <= 1 || (PyLong_Check(w) && _PyLong_Sign(w) < 0);
        if (k < 0 || bv <= 1)
            return 1;       /* a float, or 0, 1 or -1 to any power */
        return k <= FOLD_MAX_BITS && bv * k <= FOLD_MAX_BITS;
    case BINARY_LSHIFT:
        if (bv < 0 || bw < 0)
            return 1;
        if (bv == 0)
            return 1;
        if (!small_int(w, &k))
            return 0;
        return k < 0 || (k <= FOLD_MAX_BITS && bv + k <= FOLD_MAX_BITS);
    case BINARY_MODULO:
        if (PyString_Check(v) || PyUnicode_Check(v))
            return modest_format(v) && small_tree(w);
        return 1;
    }
    return 1;
}

static PyObject *
compute_binary(int op, PyObject *v, PyObject *w)
{
    switch (op) {
    case BINARY_POWER: return PyNumber_Power(v, w, Py_None);
    case BINARY_MULTIPLY: return PyNumber_Multiply(v, w);
    case BINARY_TRUE_DIVIDE: return PyNumber_TrueDivide(v, w);
    case BINARY_FLOOR_DIVIDE: return PyNumber_FloorDivide(v, w);
    case BINARY_MODULO: return PyNumber_Remainder(v, w);
    case BINARY_ADD: return PyNumber_Add(v, w);
    case BINARY_SUBTRACT: return PyNumber_Subtract(v, w);
    case BINARY_SUBSCR: return PyObject_GetItem(v, w);
    case BINARY_LSHIFT: return PyNumber_Lshift(v, w);
    case BINARY_RSHIFT: return PyNumber_Rshift(v, w);
    case BINARY_AND: return PyNumber_And(v, w);
    case BINARY_XOR: return PyNumber_Xor(v, w);
    case BINARY_OR: return PyNumber_Or(v, w);
    }
    return NULL;
}

/* Constant number `k` (borrowed), or NULL if out of range. */
static PyObject *
const_at(Work *w, int k)
{
    if (k < 0 || k >= PyList_GET_SIZE(w->consts))
        return NULL;
    return PyList_GET_ITEM(w->consts, k);
}

/* Append a folded value to the constants and return its index; -1 if it
   cannot be added (too many constants for a 16-bit argument), -2 on a
   real error.  Steals the reference to `v`. */
static int
append_const(Work *w, PyObject *v)
{
    Py_ssize_t k = PyList_GET_SIZE(w->consts);
    int r;
    if (k > 0xffff) {
        Py_DECREF(v);
        return -1;
    }
    r = PyList_Append(w->consts, v);
    Py_DECREF(v);
    return r < 0 ? -2 : (int)k;
}

/* A folding error (1 // 0, 'a' + 1...) leaves the code as it was; only
   running out of memory or a failed append is reported. */
static int
fold_failed(void)
{
    if (PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_MemoryError))
            return -1;
        PyErr_Clear();
    }
    return 0;
}

/* Turn the bytes at `at` into LOAD_CONST k (an instruction start). */
static void
put_load_const(Work *w, int at, int k)
{
    w->code[at] = LOAD_CONST;
    w->code[at + 1] = (unsigned char)(k & 0xff);
    w->code[at + 2] = (unsigned char)(k >> 8);
    w->flags[at] = (w->flags[at] & F_TARGET) | F_START;
    w->flags[at + 1] = 0;
    w->flags[at + 2] = 0;
}

/* LOAD_CONST a; LOAD_CONST b; BINARY_op at i - 6 .. i.  Returns 1 if
   folded (LOAD_CONST now at i - 2), 0 if not, -1 on error. */
static int
fold_binary(Work *w, int i)
{
    unsigned char *c = w->code;
    int op = c[i], k;
    PyObject *v, *x, *r;
    Py_ssize_t size;

    if (i < 6 || c[i - 6] != LOAD_CONST || c[i - 3] != LOAD_CONST ||
        !one_block(w, i - 6, 7))
        return 0;
    v = const_at(w, get_arg(c, i - 6));
    x = const_at(w, get_arg(c, i - 3));
    if (v == NULL || x == NULL || !cheap_enough(op, v, x))
        return fold_failed();
    r = compute_binary(op, v, x);
    if (r == NULL)
        return fold_failed();
    size = PyObject_Size(r);
    if (size < 0)
        PyErr_Clear();      /* numbers have no length */
    else if (size > FOLD_MAX_LEN || !small_tree(r)) {
        Py_DECREF(r);
        return 0;
    }
    k = append_const(w, r);
    if (k < 0)
        return k == -1 ? 0 : -1;
    kill(w, i - 6, 4);
    put_load_const(w, i - 2, k);
    return 1;
}

/* LOAD_CONST a; UNARY_op at i - 3 .. i.  Returns as fold_binary. */
static int
fold_unary(Work *w, int i)
{
    unsigned char *c = w->code;
    int op = c[i], k, truth;
    PyObject *v, *r = NULL;

    if (i < 3 || c[i - 3] != LOAD_CONST || !one_block(w, i - 3, 4))
        return 0;
    v = const_at(w, get_arg(c, i - 3));
    if (v == NULL)
        return 0;
    switch (op) {
    case UNARY_NEGATIVE:
        /* a false operand (0, -0.0...) is left alone: -0.0 must keep
           its sign */
        truth = PyObject_IsTrue(v);
        if (truth < 0)
            return fold_failed();
        if (truth == 0)
            return 0;
        r = PyNumber_Negative(v);
        break;
    case UNARY_INVERT:
        r = PyNumber_Invert(v);
        break;
    case UNARY_CONVERT:
        if (!small_tree(v))
            return 0;
        r = PyObject_Repr(v);
        break;
    default:
        return 0;
    }
    if (r == NULL)
        return fold_failed();
    k = append_const(w, r);
    if (k < 0)
        return k == -1 ? 0 : -1;
    kill(w, i - 3, 1);
    put_load_const(w, i - 2, k);
    return 1;
}

/* n LOAD_CONSTs ending just before the BUILD_TUPLE/BUILD_LIST n at i:
   one LOAD_CONST of their tuple at i.  Returns as fold_binary. */
static int
fold_tuple(Work *w, int i, int n)
{
    unsigned char *c = w->code;
    int start = i - 3 * n, j, k;
    PyObject *t;

    for (j = 0; j < n; j++)
        if (c[start + 3 * j] != LOAD_CONST ||
            const_at(w, get_arg(c, start + 3 * j)) == NULL)
            return 0;
    t = PyTuple_New(n);
    if (t == NULL)
        return -1;
    for (j = 0; j < n; j++) {
        PyObject *item = const_at(w, get_arg(c, start + 3 * j));
        Py_INCREF(item);
        PyTuple_SET_ITEM(t, j, item);
    }
    if (!small_tree(t)) {
        Py_DECREF(t);
        return 0;
    }
    k = append_const(w, t);
    if (k < 0)
        return k == -1 ? 0 : -1;
    if (n > 0)
        kill(w, start, 3 * n);
    put_load_const(w, i, k);
    return 1;
}

/* Rewrites confined to one basic block.  Returns 1 if something changed,
   0 if not, -1 on error. */
static int
rewrite_patterns(Work *w)
{
    unsigned char *c = w->code;
    int i, n, r, changed = 0;
    /* LOAD_CONSTs in a row just before instruction i (run_lc counts
       them up to and including i) */
    int prev_lc, run_lc = 0;

    for (i = 0; i < w->len; i += n) {
        int op = c[i];
        n = HAS_ARG(op) ? 3 : 1;
        prev_lc = run_lc;
        run_lc = 0;
        if (w->flags[i] & F_DEAD)
            continue;
        switch (op) {
        case UNARY_NEGATIVE:
        case UNARY_INVERT:
        case UNARY_CONVERT:
            if (prev_lc < 1)
                break;
            if ((r = fold_unary(w, i)) < 0)
                return -1;
            if (r) {
                /* the result is a LOAD_CONST two bytes back; the pass
                   goes on after it */
                i -= 2;
                n = 3;
                run_lc = 1;
                changed = 1;
            }
            break;
        case BINARY_POWER: case BINARY_MULTIPLY: case BINARY_TRUE_DIVIDE:
        case BINARY_FLOOR_DIVIDE: case BINARY_MODULO: case BINARY_ADD:
        case BINARY_SUBTRACT: case BINARY_SUBSCR: case BINARY_LSHIFT:
        case BINARY_RSHIFT: case BINARY_AND: case BINARY_XOR: case BINARY_OR:
            if (prev_lc < 2)
                break;
            if ((r = fold_binary(w, i)) < 0)
                return -1;
            if (r) {
                i -= 2;
                n = 3;
                run_lc = 1;
                changed = 1;
            }
            break;
        case LOAD_NAME:
        case LOAD_GLOBAL: {
            /* None cannot be rebound: load the constant when the code
               has it already */
            Py_ssize_t k, size = PyList_GET_SIZE(w->consts);
            if (!is_none_name(w->names, get_arg(c, i)))
                break;
            for (k = 0; k < size && k <= 0xffff; k++) {
                if (PyList_GET_ITEM(w->consts, k) == Py_None) {
                    c[i] = LOAD_CONST;
                    c[i + 1] = (unsigned char)(k & 0xff);
                    c[i + 2] = (unsigned char)(k >> 8);
                    run_lc = prev_lc + 1;
                    changed = 1;
                    break;
                }
            }
            break;
        }
        case UNARY_NOT:
            /* not x; JUMP_IF_FALSE t; POP_TOP  with t: POP_TOP
               -> JUMP_IF_TRUE t; POP_TOP: both paths pop the tested
               value anyway, so it need not be turned into a bool. */
            if (one_block(w, i, 5) && c[i + 1] == JUMP_IF_FALSE &&
                c[i + 4] == POP_TOP && c[w->target[i + 1]] == POP_TOP) {
                c[i] = JUMP_IF_TRUE;
                w->target[i] = w->target[i + 1];
                w->flags[i + 1] &= ~F_START;
                c[i + 3] = POP_TOP;
                w->flags[i + 3] |= F_START;
                kill(w, i + 4, 1);
                n = 3;
                changed = 1;
            }
            break;
        case COMPARE_OP: {
            int arg = get_arg(c, i), flipped = -1;
            if (arg == PyCmp_IN) flipped = PyCmp_NOT_IN;
            else if (arg == PyCmp_NOT_IN) flipped = PyCmp_IN;
            else if (arg == PyCmp_IS) flipped = PyCmp_IS_NOT;
            else if (arg == PyCmp_IS_NOT) flipped = PyCmp_IS;
            /* These four always give a bool, so `not` only inverts it. */
            if (flipped >= 0 && one_block(w, i, 4) && c[i + 3] == UNARY_NOT) {
                c[i + 1] = (unsigned char)flipped;
                c[i + 2] = 0;
                kill(w, i + 3, 1);
                changed = 1;
            }
            break;
        }
        case LOAD_CONST: {
            /* A true constant tested for falsehood: the test and the
               pop that follows it never do anything. */
            PyObject *v = const_at(w, get_arg(c, i));
            int truth;
            run_lc = prev_lc + 1;
            if (v == NULL || !one_block(w, i, 7) ||
                c[i + 3] != JUMP_IF_FALSE || c[i + 6] != POP_TOP)
                break;
            truth = PyObject_IsTrue(v);
            if (truth < 0)
                return -1;
            if (truth) {
                kill(w, i, 7);
                n = 1;
                run_lc = 0;
                changed = 1;
            }
            break;
        }
        case BUILD_TUPLE:
        case BUILD_LIST: {
            int count = get_arg(c, i), start = i - 3 * count;
            /* constants only: a tuple constant; a list too when all
               it is used for is an `in` or `not in` test */
            if (start >= 0 && count <= prev_lc &&
                ((op == BUILD_TUPLE && one_block(w, start, 3 * count + 3)) ||
                 (op == BUILD_LIST && i + 6 <= w->len &&
                  c[i + 3] == COMPARE_OP &&
                  (get_arg(c, i + 3) == PyCmp_IN ||
                   get_arg(c, i + 3) == PyCmp_NOT_IN) &&
                  one_block(w, start, 3 * count + 6)))) {
                if ((r = fold_tuple(w, i, count)) < 0)
                    return -1;
                if (r) {
                    run_lc = 1;
                    changed = 1;
                    break;
                }
            }
            if (count < 1 || count > 3 || !one_block(w, i, 6) ||
                c[i + 3] != UNPACK_SEQUENCE || get_arg(c, i + 3) != count)
                break;
            if (count == 1) {
                kill(w, i, 6);
            }
            else if (count == 2) {
                c[i] = ROT_TWO;
                kill(w, i + 1, 5);
            }
            else {
                c[i] = ROT_THREE;
                c[i + 1] = ROT_TWO;
                w->flags[i + 1] |= F_START;
                kill(w, i + 2, 4);
            }
            n = 1;
            changed = 1;
            break;
        }
        }
    }
    return changed;
}

/* Point jumps past the jumps they land on. */
static int
thread_jumps(Work *w)
{
    unsigned char *c = w->code;
    int i, n, changed = 0;

    for (i = 0; i < w->len; i += n) {
        int op = c[i], t, hops, conditional;
        n = HAS_ARG(op) ? 3 : 1;
        if (op != JUMP_FORWARD && op != JUMP_ABSOLUTE &&
            op != JUMP_IF_FALSE && op != JUMP_IF_TRUE)
            continue;
        conditional = op == JUMP_IF_FALSE || op == JUMP_IF_TRUE;
        t = w->target[i];
        for (hops = 0; hops < MAX_HOPS; hops++) {
            int op2 = c[t], next;
            if (op2 == JUMP_FORWARD || op2 == JUMP_ABSOLUTE)
                next = w->target[t];
            else if (conditional && op2 == op)
                next = w->target[t];        /* same test, same outcome */
            else if (conditional &&
                     (op2 == JUMP_IF_FALSE || op2 == JUMP_IF_TRUE))
                next = t + 3;               /* opposite test: falls through */
            else
                break;
            if (next == t)
                break;
            /* conditional jumps only go forward */
            if (conditional && next < i + 3)
                break;
            t = next;
        }
        if (t == w->target[i])
            continue;
        if (op == JUMP_FORWARD && t < i + 3)
            c[i] = JUMP_ABSOLUTE;
        w->target[i] = t;
        changed = 1;
    }
    return changed;
}

/* Write the code without dead bytes.  Returns NULL with no error set if
   a jump no longer fits. */
static PyObject *
emit_code(Work *w)
{
    int i, n, k;
    PyObject *res;
    unsigned char *out;

    k = 0;
    for (i = 0; i < w->len; i++) {
        w->newpos[i] = k;
        if (!(w->flags[i] & F_DEAD))
            k++;
    }
    w->newpos[w->len] = k;

    res = PyString_FromStringAndSize(NULL, k);
    if (res == NULL)
        return NULL;
    out = (unsigned char *)PyString_AS_STRING(res);
    k = 0;
    for (i = 0; i < w->len; i += n) {
        int op = w->code[i];
        n = HAS_ARG(op) ? 3 : 1;
        if (w->flags[i] & F_DEAD)
            continue;
        out[k] = (unsigned char)op;
        if (n == 3) {
            int arg = get_arg(w->code, i);
            if (jump_kind[op]) {
                int t = w->newpos[w->target[i]];
                arg = jump_kind[op] == J_ABS ? t : t - (k + 3);
                if (arg < 0 || arg > 0xffff) {
                    Py_DECREF(res);
                    return NULL;
                }
            }
            out[k + 1] = (unsigned char)(arg & 0xff);
            out[k + 2] = (unsigned char)(arg >> 8);
        }
        k += n;
    }
    return res;
}

/* co_lnotab with every byte offset moved through w->newpos.  Offsets
   only get closer together, so each increment still fits its byte and
   the table keeps its length. */
static PyObject *
emit_lnotab(Work *w, PyObject *lnotab)
{
    Py_ssize_t size = PyString_GET_SIZE(lnotab), j;
    const unsigned char *in = (const unsigned char *)PyString_AS_STRING(lnotab);
    unsigned char *out;
    PyObject *res;
    int addr = 0, prev_new = 0;

    res = PyString_FromStringAndSize(NULL, size);
    if (res == NULL)
        return NULL;
    out = (unsigned char *)PyString_AS_STRING(res);
    for (j = 0; j + 1 < size; j += 2) {
        int now;
        addr += in[j];
        now = w->newpos[addr < w->len ? addr : w->len];
        out[j] = (unsigned char)(now - prev_new);
        out[j + 1] = in[j + 1];
        prev_new = now;
    }
    if (size & 1)
        out[size - 1] = in[size - 1];
    return res;
}

PyObject *
_PyCode_Optimize(PyObject *code, PyObject *consts, PyObject *names,
                 PyObject *lnotab, PyObject **new_lnotab)
{
    Work w;
    char *mem;
    PyObject *res = NULL, *lt = NULL;
    Py_ssize_t len;
    size_t ints;
    int changed;

    *new_lnotab = NULL;
    if (!PyString_Check(code) || !PyString_Check(lnotab) ||
        !PyList_Check(consts) || !PyTuple_Check(names)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    len = PyString_GET_SIZE(code);
    /* As in 2.5: long code (whose jumps might not fit 16 bits once
       rewritten) and line tables with escape entries are left alone. */
    if (len == 0 || len > 32700 ||
        memchr(PyString_AS_STRING(lnotab), 255,
               PyString_GET_SIZE(lnotab)) != NULL ||
        !worth_a_look((const unsigned char *)PyString_AS_STRING(code),
                      (int)len, names))
        goto unchanged;

    /* One block: target[len], newpos[len + 1], code[len], flags[len]. */
    ints = (size_t)(2 * len + 1);
    mem = (char *)PyMem_Malloc(ints * sizeof(int) + 2 * (size_t)len);
    if (mem == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    w.target = (int *)mem;
    w.newpos = w.target + len;
    w.code = (unsigned char *)(w.newpos + len + 1);
    w.flags = w.code + len;
    w.len = (int)len;
    w.consts = consts;
    w.names = names;
    memcpy(w.code, PyString_AS_STRING(code), len);
    memset(w.flags, 0, len);

    if (!analyse(&w)) {
        PyMem_Free(mem);
        goto unchanged;
    }
    changed = rewrite_patterns(&w);
    if (changed < 0) {
        PyMem_Free(mem);
        return NULL;
    }
    changed |= thread_jumps(&w);
    if (changed) {
        res = emit_code(&w);
        if (res != NULL) {
            lt = emit_lnotab(&w, lnotab);
            if (lt == NULL)
                Py_CLEAR(res);
        }
    }
    PyMem_Free(mem);
    if (res != NULL) {
        *new_lnotab = lt;
        return res;
    }
    if (PyErr_Occurred())
        return NULL;

  unchanged:
    Py_INCREF(code);
    Py_INCREF(lnotab);
    *new_lnotab = lnotab;
    return code;
}
