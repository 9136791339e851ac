/* Bytecode clean-up run on every code object the compiler assembles.

   Constant folding and loading None as a constant are done by the
   compiler itself, on the AST (see compile.c).  This pass rewrites a few
   instruction patterns the compiler leaves behind:

     - jumps whose target is an unconditional jump go straight to the
       final target, and a JUMP_IF_FALSE/JUMP_IF_TRUE whose target is a
       test of the same value skips it (the outcome of the second test is
       known: same sense -> its target, opposite sense -> just past it);
     - UNARY_NOT; JUMP_IF_FALSE x; POP_TOP (with x: POP_TOP) becomes
       JUMP_IF_TRUE x; POP_TOP;
     - COMPARE_OP in/not in/is/is not followed by UNARY_NOT uses the
       opposite comparison;
     - LOAD_CONST c; JUMP_IF_FALSE x; POP_TOP with a true constant c
       (from `if (1, 2):` or `1 and x`) disappears;
     - BUILD_TUPLE/BUILD_LIST n; UNPACK_SEQUENCE n becomes nothing
       (n = 1), ROT_TWO (n = 2) or ROT_THREE; ROT_TWO (n = 3): a swap
       needs no tuple.

   Left out on purpose: removing unreachable code after RETURN_VALUE
   (it never runs, so there is nothing to gain but a few bytes).

   How it stays correct: instructions are rewritten only inside one basic
   block (no jump lands in the middle of a pattern), bytes that a rewrite
   frees are marked dead and squeezed out at the end, and every jump is
   kept as an (old) target offset that is translated through the map
   from old to new offsets when the code is written out.  co_lnotab is
   translated through the same map, so line numbers stay attached to the
   same instructions.  Code with EXTENDED_ARG, or where a rewritten jump
   would no longer fit 16 bits, is returned unchanged. */

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
    PyObject *consts;       /* tuple of the code's constants, or NULL */
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

/* A quick look at the original code, without allocating: is there any
   pattern the pass rewrites?  Most code objects have none. */
static int
worth_a_look(const unsigned char *c, int len)
{
    int i, n;
    for (i = 0; i < len; i += n) {
        int op = c[i], next, t;
        if (op == EXTENDED_ARG)
            return 0;
        n = HAS_ARG(op) ? 3 : 1;
        if (i + n >= len)
            break;
        next = c[i + n];
        switch (op) {
        case UNARY_NOT:
        case LOAD_CONST:
            if (next == JUMP_IF_FALSE)
                return 1;
            break;
        case COMPARE_OP:
            if (next == UNARY_NOT)
                return 1;
            break;
        case BUILD_TUPLE:
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

/* Rewrites confined to one basic block.  Returns 1 if something changed,
   0 if not, -1 on error. */
static int
rewrite_patterns(Work *w)
{
    unsigned char *c = w->code;
    int i, n, changed = 0;

    for (i = 0; i < w->len; i += n) {
        int op = c[i];
        n = HAS_ARG(op) ? 3 : 1;
        if (w->flags[i] & F_DEAD)
            continue;
        switch (op) {
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
            int k = get_arg(c, i), truth;
            if (!one_block(w, i, 7) || c[i + 3] != JUMP_IF_FALSE ||
                c[i + 6] != POP_TOP || w->consts == NULL ||
                k >= PyTuple_GET_SIZE(w->consts))
                break;
            truth = PyObject_IsTrue(PyTuple_GET_ITEM(w->consts, k));
            if (truth < 0)
                return -1;
            if (truth) {
                kill(w, i, 7);
                n = 1;
                changed = 1;
            }
            break;
        }
        case BUILD_TUPLE:
        case BUILD_LIST: {
            int count = get_arg(c, i);
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

    (void)names;
    *new_lnotab = NULL;
    if (!PyString_Check(code) || !PyString_Check(lnotab)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    len = PyString_GET_SIZE(code);
    /* Jump arguments are 16 bits without EXTENDED_ARG; anything longer
       is left alone. */
    if (len == 0 || len > 0x20000 ||
        !worth_a_look((const unsigned char *)PyString_AS_STRING(code),
                      (int)len))
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
    w.consts = PyTuple_Check(consts) ? consts : NULL;
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
