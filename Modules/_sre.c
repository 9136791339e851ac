/* _sre: the regular expression matching engine behind the re module.

   Lib/sre_compile.py turns a parse tree into a list of 32-bit code words
   (format in Include/sre_constants.h) and hands it to _sre.compile(),
   which checks it completely before it is ever run: a code list from
   anywhere (a sandbox may call _sre.compile with garbage) can only fail
   with an exception.

   The engine is a backtracking machine over that code.  It never recurses
   in C: every choice point, every undo record for a group mark or repeat
   counter, and every look-around frame lives on one heap-allocated stack
   (PyMem_*, so it is charged to the interpreter's memory account).  Work
   is counted and charged to the interpreter's CPU budget every few
   thousand steps, so a catastrophic pattern in a sandbox ends with the
   sandbox's limit error instead of hanging the process.

   Subjects are str (1 byte per char), unicode (sizeof(Py_UNICODE)), or
   anything with a read buffer (copied into a str first, so the bytes can
   not change under the engine while Python callbacks run). */

#include "Python.h"
#include "structmember.h"
#include "sre_constants.h"

#include <ctype.h>
#include <string.h>

typedef unsigned int SRE_CODE;

#if SIZEOF_INT != 4
#error "_sre needs a 32-bit int for its code words"
#endif

/* Steps between two charges to the CPU budget, and ticks per charge. */
#define SRE_STEPS_PER_CHECK 4096
#define SRE_TICKS_PER_CHECK 1024

/* Most capturing groups a pattern may have. */
#define SRE_MAX_GROUPS (1 << 20)

/* Largest code point the unicode database functions are asked about. */
#define SRE_MAX_UNICODE 0x10FFFF

static char copyright[] =
    " _sre: regular expression engine for the re module ";

/* ------------------------------------------------------------------ */
/* Objects                                                            */

typedef struct {
    PyObject_VAR_HEAD           /* ob_size: number of code words */
    Py_ssize_t groups;          /* capturing groups, not counting 0 */
    PyObject *groupindex;       /* private dict name -> number */
    PyObject *indexgroup;       /* tuple number -> name or None */
    PyObject *pattern;          /* the source, or None */
    PyObject *weakreflist;      /* patterns can be weakly referenced */
    int flags;
    /* decoded header */
    Py_ssize_t prog;            /* first word of the program */
    SRE_CODE hflags;
    SRE_CODE minwidth;
    SRE_CODE nregs;
    Py_ssize_t prefix_off;      /* first prefix word */
    Py_ssize_t prefix_len;
    Py_ssize_t charset_off;     /* set block, or -1 */
    SRE_CODE code[1];
} PatternObject;

typedef struct {
    PyObject_VAR_HEAD           /* ob_size: 2 * (groups + 1) */
    PyObject *string;           /* the subject as given */
    PyObject *subject;          /* str or unicode the positions refer to */
    PyObject *regs;             /* cached .regs or NULL */
    PatternObject *pattern;
    Py_ssize_t pos;
    Py_ssize_t endpos;
    Py_ssize_t lastindex;       /* -1 if no group closed */
    Py_ssize_t marks[1];
} MatchObject;

/* One entry of the backtracking stack. */
typedef struct {
    int kind;
    Py_ssize_t a;
    Py_ssize_t b;
    Py_ssize_t c;
} BTEntry;

enum {
    BT_CHOICE,      /* a: pc, b: pos */
    BT_MARK,        /* a: mark, b: old value, c: old lastindex */
    BT_REG,         /* a: register, b: old count, c: old last start */
    BT_GREEDY,      /* a: pc of REPEAT_ONE, b: base pos, c: count in use */
    BT_LAZY,        /* a: pc of MIN_REPEAT_ONE, b: base pos, c: count */
    BT_LAZYBODY,    /* a: pc of REPEAT_CHECK, b: pos */
    BT_ASSERT       /* a: pc of ASSERT, b: pos, c: enclosing frame */
};

/* Everything one match or search needs. */
typedef struct {
    PyObject *string;           /* as given (borrowed) */
    PyObject *subject;          /* owned: str/unicode matched against */
    const void *data;
    int width;                  /* bytes per character: 1, 2 or 4 */
    Py_ssize_t length;          /* of the whole subject */
    Py_ssize_t pos;             /* clamped pos argument */
    Py_ssize_t end;             /* clamped endpos argument */
    Py_ssize_t start;           /* where the next attempt begins */
    Py_ssize_t match_start;
    Py_ssize_t match_end;
    Py_ssize_t nmarks;
    Py_ssize_t *marks;
    Py_ssize_t lastindex;
    Py_ssize_t nregs;
    Py_ssize_t *reg_count;
    Py_ssize_t *reg_last;
    BTEntry *stack;
    Py_ssize_t sp;
    Py_ssize_t cap;
    int budget;                 /* steps left before the next check */
    int lowerkind;              /* 0 ascii, 1 locale, 2 unicode */
} State;

typedef struct {
    PyObject_HEAD
    PatternObject *pattern;
    State state;
    int done;
    int busy;       /* a match is running (a signal handler may re-enter) */
} ScannerObject;

static PyTypeObject Pattern_Type;
static PyTypeObject Match_Type;
static PyTypeObject Scanner_Type;

/* ------------------------------------------------------------------ */
/* Characters                                                         */

static SRE_CODE
lower_char(int kind, SRE_CODE ch)
{
    if (kind == 0) {
        if (ch >= 'A' && ch <= 'Z')
            return ch + ('a' - 'A');
        return ch;
    }
    if (kind == 1) {
        if (ch < 256)
            return (SRE_CODE)(unsigned char)tolower((int)ch);
        return ch;
    }
    if (ch <= SRE_MAX_UNICODE)
        return (SRE_CODE)Py_UNICODE_TOLOWER((Py_UNICODE)ch);
    return ch;
}

static int
ascii_word(SRE_CODE ch)
{
    return ch < 128 && (isalnum((int)ch) || ch == '_');
}

static int
locale_word(SRE_CODE ch)
{
    return ch < 256 && (isalnum((int)ch) || ch == '_');
}

static int
unicode_word(SRE_CODE ch)
{
    return ch == '_' ||
        (ch <= SRE_MAX_UNICODE && Py_UNICODE_ISALNUM((Py_UNICODE)ch));
}

static int
category_test(SRE_CODE cat, SRE_CODE ch)
{
    switch (cat) {
    case SRE_CAT_DIGIT:
        return ch >= '0' && ch <= '9';
    case SRE_CAT_NOT_DIGIT:
        return !(ch >= '0' && ch <= '9');
    case SRE_CAT_SPACE:
        return ch == ' ' || (ch >= 9 && ch <= 13);
    case SRE_CAT_NOT_SPACE:
        return !(ch == ' ' || (ch >= 9 && ch <= 13));
    case SRE_CAT_WORD:
        return ascii_word(ch);
    case SRE_CAT_NOT_WORD:
        return !ascii_word(ch);
    case SRE_CAT_LINEBREAK:
        return ch == '\n';
    case SRE_CAT_NOT_LINEBREAK:
        return ch != '\n';
    case SRE_CAT_LOC_WORD:
        return locale_word(ch);
    case SRE_CAT_LOC_NOT_WORD:
        return !locale_word(ch);
    case SRE_CAT_UNI_DIGIT:
        return ch <= SRE_MAX_UNICODE && Py_UNICODE_ISDIGIT((Py_UNICODE)ch);
    case SRE_CAT_UNI_NOT_DIGIT:
        return !(ch <= SRE_MAX_UNICODE &&
                 Py_UNICODE_ISDIGIT((Py_UNICODE)ch));
    case SRE_CAT_UNI_SPACE:
        return ch <= SRE_MAX_UNICODE && Py_UNICODE_ISSPACE((Py_UNICODE)ch);
    case SRE_CAT_UNI_NOT_SPACE:
        return !(ch <= SRE_MAX_UNICODE &&
                 Py_UNICODE_ISSPACE((Py_UNICODE)ch));
    case SRE_CAT_UNI_WORD:
        return unicode_word(ch);
    case SRE_CAT_UNI_NOT_WORD:
        return !unicode_word(ch);
    case SRE_CAT_UNI_LINEBREAK:
        return ch <= SRE_MAX_UNICODE &&
            Py_UNICODE_ISLINEBREAK((Py_UNICODE)ch);
    case SRE_CAT_UNI_NOT_LINEBREAK:
        return !(ch <= SRE_MAX_UNICODE &&
                 Py_UNICODE_ISLINEBREAK((Py_UNICODE)ch));
    }
    return 0;   /* not reached: categories are checked at compile time */
}

/* Membership in a checked set block (see sre_constants.h). */
static int
set_contains(const SRE_CODE *set, SRE_CODE ch)
{
    SRE_CODE negate = set[0];
    SRE_CODE nbm = set[1];
    const SRE_CODE *item;
    SRE_CODE nitems, i;

    if (nbm) {
        if (ch < 256) {
            if ((set[2 + (ch >> 5)] >> (ch & 31)) & 1)
                return !negate;
        }
    }
    item = set + 2 + nbm;
    nitems = *item++;
    for (i = 0; i < nitems; i++) {
        if (item[0] == SRE_SET_RANGE) {
            if (ch >= item[1] && ch <= item[2])
                return !negate;
            item += 3;
        }
        else {
            if (category_test(item[1], ch))
                return !negate;
            item += 2;
        }
    }
    return negate != 0;
}

/* ------------------------------------------------------------------ */
/* Checking compiled code                                              */

static int
code_error(const char *what)
{
    PyErr_Format(PyExc_RuntimeError, "invalid SRE code: %s", what);
    return -1;
}

/* A set block at code[i], which may use the words up to limit.  Returns
   its length or -1. */
static Py_ssize_t
check_set(const SRE_CODE *code, Py_ssize_t i, Py_ssize_t limit)
{
    Py_ssize_t j = i;
    SRE_CODE nbm, nitems, k;

    if (limit - j < 3)
        return code_error("truncated set");
    if (code[j] > 1)
        return code_error("bad set negation");
    nbm = code[j + 1];
    if (nbm != 0 && nbm != 8)
        return code_error("bad set bitmap");
    j += 2;
    if (limit - j < (Py_ssize_t)nbm + 1)
        return code_error("truncated set");
    j += nbm;
    nitems = code[j++];
    for (k = 0; k < nitems; k++) {
        if (j >= limit)
            return code_error("truncated set");
        if (code[j] == SRE_SET_RANGE) {
            if (limit - j < 3)
                return code_error("truncated set");
            j += 3;
        }
        else if (code[j] == SRE_SET_CATEGORY) {
            if (limit - j < 2)
                return code_error("truncated set");
            if (code[j + 1] >= SRE_CAT_COUNT)
                return code_error("bad category");
            j += 2;
        }
        else
            return code_error("bad set item");
    }
    return j - i;
}

/* Length of the one-character test at code[i] (an item of REPEAT_ONE),
   or -1. */
static Py_ssize_t
check_item(const SRE_CODE *code, Py_ssize_t i, Py_ssize_t limit)
{
    Py_ssize_t n;

    if (i >= limit)
        return code_error("truncated repeat item");
    switch (code[i]) {
    case SRE_OP_ANY:
    case SRE_OP_ANY_ALL:
        return 1;
    case SRE_OP_LITERAL:
    case SRE_OP_NOT_LITERAL:
    case SRE_OP_LITERAL_IGNORE:
    case SRE_OP_NOT_LITERAL_IGNORE:
        if (limit - i < 2)
            return code_error("truncated literal");
        return 2;
    case SRE_OP_IN:
    case SRE_OP_IN_IGNORE:
        if (limit - i < 2 || (Py_ssize_t)code[i + 1] > limit - i - 2)
            return code_error("truncated set");
        n = check_set(code, i + 2, i + 2 + code[i + 1]);
        if (n < 0)
            return -1;
        if (n != (Py_ssize_t)code[i + 1])
            return code_error("bad set length");
        return 2 + n;
    }
    return code_error("bad repeat item");
}

/* Length of an instruction that pass 1 of check_code has accepted. */
static Py_ssize_t
instr_length(const SRE_CODE *code, Py_ssize_t i)
{
    switch (code[i]) {
    case SRE_OP_LITERAL:
    case SRE_OP_NOT_LITERAL:
    case SRE_OP_LITERAL_IGNORE:
    case SRE_OP_NOT_LITERAL_IGNORE:
    case SRE_OP_AT:
    case SRE_OP_MARK:
    case SRE_OP_JUMP:
    case SRE_OP_REPEAT_INIT:
    case SRE_OP_GROUPREF:
    case SRE_OP_GROUPREF_IGNORE:
        return 2;
    case SRE_OP_SPLIT:
    case SRE_OP_REPEAT_NEXT:
    case SRE_OP_GROUPREF_EXISTS:
        return 3;
    case SRE_OP_ASSERT:
        return 4;
    case SRE_OP_REPEAT_CHECK:
        return 6;
    case SRE_OP_IN:
    case SRE_OP_IN_IGNORE:
    case SRE_OP_REPEAT_ONE:
    case SRE_OP_MIN_REPEAT_ONE:
    case SRE_OP_STRING:
    case SRE_OP_STRING_IGNORE:
        return 2 + (Py_ssize_t)code[i + 1];
    }
    return 1;
}

/* Pass 1: every instruction on its own.  Marks instruction starts. */
static int
check_instructions(PatternObject *p, char *starts)
{
    const SRE_CODE *code = p->code;
    Py_ssize_t n = p->ob_size, i, len;
    Py_ssize_t nmarks = 2 * p->groups;
    SRE_CODE last = SRE_OP_FAILURE;

    for (i = p->prog; i < n; i += len) {
        SRE_CODE op = code[i];
        Py_ssize_t room = n - i;
        starts[i] = 1;
        last = op;
        switch (op) {
        case SRE_OP_FAILURE:
        case SRE_OP_SUCCESS:
        case SRE_OP_ANY:
        case SRE_OP_ANY_ALL:
        case SRE_OP_ASSERT_END:
            len = 1;
            break;
        case SRE_OP_LITERAL:
        case SRE_OP_NOT_LITERAL:
        case SRE_OP_LITERAL_IGNORE:
        case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_IN:
        case SRE_OP_IN_IGNORE:
            len = check_item(code, i, n);
            if (len < 0)
                return -1;
            break;
        case SRE_OP_AT:
            if (room < 2)
                return code_error("truncated instruction");
            if (code[i + 1] >= SRE_AT_COUNT)
                return code_error("bad position code");
            len = 2;
            break;
        case SRE_OP_MARK:
            if (room < 2)
                return code_error("truncated instruction");
            if ((Py_ssize_t)code[i + 1] >= nmarks)
                return code_error("bad group mark");
            len = 2;
            break;
        case SRE_OP_JUMP:
            if (room < 2)
                return code_error("truncated instruction");
            len = 2;
            break;
        case SRE_OP_SPLIT:
            if (room < 3)
                return code_error("truncated instruction");
            len = 3;
            break;
        case SRE_OP_REPEAT_ONE:
        case SRE_OP_MIN_REPEAT_ONE: {
            Py_ssize_t ilen;
            if (room < 5 || (Py_ssize_t)code[i + 1] > room - 2 ||
                code[i + 1] < 3)
                return code_error("truncated repeat");
            if (code[i + 3] != SRE_UNBOUNDED && code[i + 2] > code[i + 3])
                return code_error("bad repeat bounds");
            ilen = check_item(code, i + 4, i + 2 + code[i + 1]);
            if (ilen < 0)
                return -1;
            if (ilen != (Py_ssize_t)code[i + 1] - 2)
                return code_error("bad repeat length");
            len = 2 + code[i + 1];
            break;
        }
        case SRE_OP_REPEAT_INIT:
            if (room < 2)
                return code_error("truncated instruction");
            if (code[i + 1] >= p->nregs)
                return code_error("bad repeat register");
            len = 2;
            break;
        case SRE_OP_REPEAT_CHECK:
            if (room < 6)
                return code_error("truncated instruction");
            if (code[i + 1] >= p->nregs || code[i + 4] > 1 ||
                (code[i + 3] != SRE_UNBOUNDED && code[i + 2] > code[i + 3]))
                return code_error("bad repeat");
            len = 6;
            break;
        case SRE_OP_REPEAT_NEXT:
            if (room < 3)
                return code_error("truncated instruction");
            if (code[i + 1] >= p->nregs)
                return code_error("bad repeat register");
            len = 3;
            break;
        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE:
            if (room < 2)
                return code_error("truncated instruction");
            if ((Py_ssize_t)code[i + 1] >= p->groups)
                return code_error("bad group reference");
            len = 2;
            break;
        case SRE_OP_GROUPREF_EXISTS:
            if (room < 3)
                return code_error("truncated instruction");
            if ((Py_ssize_t)code[i + 1] >= p->groups)
                return code_error("bad group reference");
            len = 3;
            break;
        case SRE_OP_ASSERT:
            if (room < 4)
                return code_error("truncated instruction");
            if (code[i + 1] > 1)
                return code_error("bad assertion");
            len = 4;
            break;
        case SRE_OP_STRING:
        case SRE_OP_STRING_IGNORE:
            if (room < 3 || (Py_ssize_t)code[i + 1] > room - 2 ||
                code[i + 1] == 0)
                return code_error("truncated string");
            len = 2 + code[i + 1];
            break;
        default:
            return code_error("unknown instruction");
        }
    }
    /* the machine must never run off the end of the program */
    if (last != SRE_OP_SUCCESS && last != SRE_OP_FAILURE &&
        last != SRE_OP_JUMP)
        return code_error("program does not end");
    return 0;
}

/* Pass 2: control flow.  Look-around bodies (ASSERT .. ASSERT_END) and
   loop bodies (REPEAT_CHECK .. REPEAT_NEXT) are regions that must nest
   properly; no jump crosses a region's border, and every jump goes
   forward except a loop's REPEAT_NEXT back to its REPEAT_CHECK.  So each
   cycle passes a REPEAT_CHECK, which ends a round that did not advance,
   and a look-around body can only be left through its ASSERT_END, which
   puts the position back: every path through the program is finite. */
static int
check_flow(PatternObject *p, const char *starts)
{
    const SRE_CODE *code = p->code;
    Py_ssize_t n = p->ob_size, prog = p->prog, i;
    Py_ssize_t *owner = NULL;       /* innermost region opener, or -1 */
    Py_ssize_t *openers = NULL, *ends = NULL;
    Py_ssize_t depth = 0, maxdepth = n / 4 + 1;
    int result = -1;

    if ((size_t)n > PY_SSIZE_T_MAX / sizeof(Py_ssize_t) ||
        (size_t)maxdepth > PY_SSIZE_T_MAX / (2 * sizeof(Py_ssize_t))) {
        PyErr_NoMemory();
        return -1;
    }
    owner = PyMem_Malloc(n * sizeof(Py_ssize_t));
    openers = PyMem_Malloc(2 * maxdepth * sizeof(Py_ssize_t));
    if (owner == NULL || openers == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    ends = openers + maxdepth;

    /* who owns each instruction; regions are well formed and nested */
    for (i = prog; i < n; i += instr_length(code, i)) {
        SRE_CODE op = code[i];
        while (depth > 0 && i >= ends[depth - 1])
            depth--;
        owner[i] = depth > 0 ? openers[depth - 1] : -1;
        if (op == SRE_OP_ASSERT || op == SRE_OP_REPEAT_CHECK) {
            Py_ssize_t start = i + instr_length(code, i);
            Py_ssize_t end = op == SRE_OP_ASSERT ? code[i + 3] : code[i + 5];
            if (end <= start || end >= n || !starts[end]) {
                code_error("bad region");
                goto done;
            }
            if (op == SRE_OP_ASSERT) {
                if (!starts[end - 1] || code[end - 1] != SRE_OP_ASSERT_END) {
                    code_error("look-around without end");
                    goto done;
                }
            }
            else {
                if (end - start < 3 || !starts[end - 3] ||
                    code[end - 3] != SRE_OP_REPEAT_NEXT ||
                    code[end - 2] != code[i + 1] ||
                    (Py_ssize_t)code[end - 1] != i) {
                    code_error("loop without end");
                    goto done;
                }
            }
            if (depth > 0 && end > ends[depth - 1]) {
                code_error("regions overlap");
                goto done;
            }
            if (depth >= maxdepth) {
                code_error("regions nested too deeply");
                goto done;
            }
            openers[depth] = i;
            ends[depth] = end;
            depth++;
        }
    }

    /* where each instruction may go */
    for (i = prog; i < n; i += instr_length(code, i)) {
        Py_ssize_t targets[2];
        int nt = 0, k;
        switch (code[i]) {
        case SRE_OP_JUMP:
            targets[nt++] = code[i + 1];
            break;
        case SRE_OP_SPLIT:
            targets[nt++] = code[i + 1];
            targets[nt++] = code[i + 2];
            break;
        case SRE_OP_GROUPREF_EXISTS:
            targets[nt++] = code[i + 2];
            break;
        case SRE_OP_ASSERT:
            targets[nt++] = code[i + 3];
            break;
        case SRE_OP_REPEAT_CHECK:
            targets[nt++] = code[i + 5];
            break;
        case SRE_OP_REPEAT_NEXT: {
            /* only as the closing instruction of its own loop */
            Py_ssize_t o = owner[i];
            if (o < 0 || code[o] != SRE_OP_REPEAT_CHECK ||
                (Py_ssize_t)code[o + 5] != i + 3 ||
                (Py_ssize_t)code[i + 2] != o) {
                code_error("stray loop end");
                goto done;
            }
            break;
        }
        case SRE_OP_ASSERT_END: {
            Py_ssize_t o = owner[i];
            if (o < 0 || code[o] != SRE_OP_ASSERT ||
                (Py_ssize_t)code[o + 3] != i + 1) {
                code_error("stray look-around end");
                goto done;
            }
            break;
        }
        }
        for (k = 0; k < nt; k++) {
            Py_ssize_t t = targets[k];
            if (t <= i || t >= n || !starts[t] || owner[t] != owner[i]) {
                code_error("bad jump target");
                goto done;
            }
        }
    }
    result = 0;
done:
    PyMem_Free(owner);
    PyMem_Free(openers);
    return result;
}

/* Checks the whole code list of p and fills in the decoded header. */
static int
check_code(PatternObject *p)
{
    const SRE_CODE *code = p->code;
    Py_ssize_t n = p->ob_size;
    Py_ssize_t hend, i;
    char *starts;
    int result;

    if (n < 7 || code[0] != SRE_OP_INFO)
        return code_error("missing header");
    if ((Py_ssize_t)code[1] > n - 2)
        return code_error("truncated header");
    hend = 2 + code[1];
    p->hflags = code[2];
    p->minwidth = code[3];
    p->nregs = code[5];
    if ((Py_ssize_t)p->nregs > n)
        return code_error("bad register count");
    if (p->hflags & ~(SRE_INFO_PREFIX | SRE_INFO_CHARSET | SRE_INFO_ANCHORED))
        return code_error("bad header flags");
    if (hend < 7 || (Py_ssize_t)code[6] > hend - 7)
        return code_error("bad prefix");
    p->prefix_off = 7;
    p->prefix_len = code[6];
    if ((p->hflags & SRE_INFO_PREFIX) && p->prefix_len == 0)
        return code_error("empty prefix");
    if (!(p->hflags & SRE_INFO_PREFIX))
        p->prefix_len = 0;
    p->charset_off = -1;
    if (p->hflags & SRE_INFO_CHARSET) {
        i = 7 + code[6];
        if (check_set(code, i, hend) < 0)
            return -1;
        p->charset_off = i;
    }
    p->prog = hend;
    if (hend >= n)
        return code_error("empty program");

    starts = PyMem_Malloc(n);
    if (starts == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memset(starts, 0, n);
    result = check_instructions(p, starts);
    if (result == 0)
        result = check_flow(p, starts);
    PyMem_Free(starts);
    return result;
}

/* ------------------------------------------------------------------ */
/* Match state                                                        */

/* Sets up st for matching string between pos and endpos. */
static int
state_init(State *st, PatternObject *p, PyObject *string,
           Py_ssize_t pos, Py_ssize_t endpos)
{
    Py_ssize_t nregs, size;

    memset(st, 0, sizeof(*st));
    st->string = string;
    if (PyString_Check(string)) {
        Py_INCREF(string);
        st->subject = string;
        st->data = PyString_AS_STRING(string);
        st->length = PyString_GET_SIZE(string);
        st->width = 1;
    }
    else if (PyUnicode_Check(string)) {
        Py_INCREF(string);
        st->subject = string;
        st->data = PyUnicode_AS_UNICODE(string);
        st->length = PyUnicode_GET_SIZE(string);
        st->width = sizeof(Py_UNICODE);
    }
    else {
        const void *buf;
        Py_ssize_t blen;
        if (PyObject_AsReadBuffer(string, &buf, &blen) < 0) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "expected string or buffer");
            return -1;
        }
        /* a private copy: the buffer's owner could change it from a
           callback while the engine is looking at it */
        st->subject = PyString_FromStringAndSize((const char *)buf, blen);
        if (st->subject == NULL)
            return -1;
        st->data = PyString_AS_STRING(st->subject);
        st->length = blen;
        st->width = 1;
    }
    if (pos < 0)
        pos = 0;
    if (pos > st->length)
        pos = st->length;
    if (endpos < 0)
        endpos = 0;
    if (endpos > st->length)
        endpos = st->length;
    st->pos = st->start = pos;
    st->end = endpos;
    st->match_start = st->match_end = -1;

    if (p->groups > PY_SSIZE_T_MAX / (2 * (Py_ssize_t)sizeof(Py_ssize_t)) - 1) {
        PyErr_NoMemory();
        goto fail;
    }
    st->nmarks = 2 * p->groups;
    nregs = st->nregs = p->nregs;
    size = st->nmarks + 2 * nregs;
    if (size > 0) {
        if ((size_t)size > PY_SSIZE_T_MAX / sizeof(Py_ssize_t)) {
            PyErr_NoMemory();
            goto fail;
        }
        st->marks = PyMem_Malloc(size * sizeof(Py_ssize_t));
        if (st->marks == NULL) {
            PyErr_NoMemory();
            goto fail;
        }
        st->reg_count = st->marks + st->nmarks;
        st->reg_last = st->reg_count + nregs;
    }
    st->budget = SRE_STEPS_PER_CHECK;
    if (p->flags & SRE_FLAG_LOCALE)
        st->lowerkind = 1;
    else if (p->flags & SRE_FLAG_UNICODE)
        st->lowerkind = 2;
    else
        st->lowerkind = 0;
    return 0;
fail:
    Py_CLEAR(st->subject);
    return -1;
}

static void
state_fini(State *st)
{
    if (st->marks != NULL)
        PyMem_Free(st->marks);
    if (st->stack != NULL)
        PyMem_Free(st->stack);
    st->marks = NULL;
    st->stack = NULL;
    Py_CLEAR(st->subject);
}

/* Forgets everything of the previous attempt. */
static void
state_reset(State *st)
{
    Py_ssize_t i;
    for (i = 0; i < st->nmarks; i++)
        st->marks[i] = -1;
    for (i = 0; i < st->nregs; i++) {
        st->reg_count[i] = 0;
        st->reg_last[i] = -1;
    }
    st->lastindex = -1;
    st->sp = 0;
}

static int
grow_stack(State *st)
{
    Py_ssize_t newcap;
    BTEntry *s;

    if (st->cap == 0)
        newcap = 64;
    else {
        if (st->cap > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(BTEntry)) {
            PyErr_NoMemory();
            return -1;
        }
        newcap = st->cap * 2;
    }
    s = PyMem_Realloc(st->stack, newcap * sizeof(BTEntry));
    if (s == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    st->stack = s;
    st->cap = newcap;
    return 0;
}

/* Pays for the work done since the last check.  -1 with an exception if
   the interpreter's budget is spent or a signal handler raised. */
static int
charge(State *st)
{
    st->budget = SRE_STEPS_PER_CHECK;
    if (_PyEval_ChargeTicks(SRE_TICKS_PER_CHECK) < 0)
        return -1;
    if (PyErr_CheckSignals() < 0)
        return -1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* The machine                                                        */

#define ALWAYS_INLINE __attribute__((always_inline)) inline

static ALWAYS_INLINE SRE_CODE
char_at(const void *data, int w, Py_ssize_t i)
{
    if (w == 1)
        return ((const unsigned char *)data)[i];
    if (w == 2)
        return ((const unsigned short *)data)[i];
    return ((const unsigned int *)data)[i];
}

#define CH(i) char_at(data, W, (i))

static ALWAYS_INLINE int
item_matches(const SRE_CODE *item, SRE_CODE ch, int lowerkind)
{
    switch (item[0]) {
    case SRE_OP_ANY:
        return ch != '\n';
    case SRE_OP_ANY_ALL:
        return 1;
    case SRE_OP_LITERAL:
        return ch == item[1];
    case SRE_OP_NOT_LITERAL:
        return ch != item[1];
    case SRE_OP_LITERAL_IGNORE:
        return lower_char(lowerkind, ch) == item[1];
    case SRE_OP_NOT_LITERAL_IGNORE:
        return lower_char(lowerkind, ch) != item[1];
    case SRE_OP_IN:
        return set_contains(item + 2, ch);
    case SRE_OP_IN_IGNORE:
        return set_contains(item + 2, lower_char(lowerkind, ch));
    }
    return 0;
}

/* How many characters from pos on (at most limit) match item. */
static ALWAYS_INLINE Py_ssize_t
count_run(State *st, const SRE_CODE *item, Py_ssize_t pos,
          Py_ssize_t limit, int W)
{
    const void *data = st->data;
    Py_ssize_t i = pos, stop = pos + limit;
    SRE_CODE c;

    switch (item[0]) {
    case SRE_OP_ANY_ALL:
        return limit;
    case SRE_OP_ANY:
        if (W == 1) {
            const char *s = (const char *)data + pos;
            const char *nl = memchr(s, '\n', limit);
            return nl == NULL ? limit : nl - s;
        }
        while (i < stop && CH(i) != '\n')
            i++;
        break;
    case SRE_OP_LITERAL:
        c = item[1];
        while (i < stop && CH(i) == c)
            i++;
        break;
    case SRE_OP_NOT_LITERAL:
        c = item[1];
        if (W == 1) {
            const char *s = (const char *)data + pos;
            const char *hit;
            if (c > 255)
                return limit;
            hit = memchr(s, (int)c, limit);
            return hit == NULL ? limit : hit - s;
        }
        while (i < stop && CH(i) != c)
            i++;
        break;
    case SRE_OP_IN: {
        const SRE_CODE *set = item + 2;
        if (set[0] == 0 && set[1] == 8 && set[10] == 0) {
            /* bitmap only: the common [...] and \d, \w, \s */
            for (; i < stop; i++) {
                SRE_CODE ch = CH(i);
                if (ch >= 256 || !((set[2 + (ch >> 5)] >> (ch & 31)) & 1))
                    break;
            }
        }
        else {
            while (i < stop && set_contains(set, CH(i)))
                i++;
        }
        break;
    }
    default:
        while (i < stop && item_matches(item, CH(i), st->lowerkind))
            i++;
        break;
    }
    return i - pos;
}

static ALWAYS_INLINE int
at_test(State *st, SRE_CODE at, Py_ssize_t pos, int W)
{
    const void *data = st->data;
    Py_ssize_t end = st->end;
    int before, here;

    switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
        return pos == 0;
    case SRE_AT_BEGINNING_LINE:
        return pos == 0 || CH(pos - 1) == '\n';
    case SRE_AT_END:
        return pos == end || (pos + 1 == end && CH(pos) == '\n');
    case SRE_AT_END_LINE:
        return pos == end || CH(pos) == '\n';
    case SRE_AT_END_STRING:
        return pos == end;
    case SRE_AT_BOUNDARY:
    case SRE_AT_NON_BOUNDARY:
        if (end == 0)
            return 0;
        before = pos > 0 && ascii_word(CH(pos - 1));
        here = pos < end && ascii_word(CH(pos));
        return (before != here) == (at == SRE_AT_BOUNDARY);
    case SRE_AT_LOC_BOUNDARY:
    case SRE_AT_LOC_NON_BOUNDARY:
        if (end == 0)
            return 0;
        before = pos > 0 && locale_word(CH(pos - 1));
        here = pos < end && locale_word(CH(pos));
        return (before != here) == (at == SRE_AT_LOC_BOUNDARY);
    case SRE_AT_UNI_BOUNDARY:
    case SRE_AT_UNI_NON_BOUNDARY:
        if (end == 0)
            return 0;
        before = pos > 0 && unicode_word(CH(pos - 1));
        here = pos < end && unicode_word(CH(pos));
        return (before != here) == (at == SRE_AT_UNI_BOUNDARY);
    }
    return 0;
}

#define PUSH(K, A, B, C) do {                                       \
        BTEntry *e_;                                                \
        if (st->sp >= st->cap && grow_stack(st) < 0)                \
            goto error;                                             \
        e_ = &st->stack[st->sp++];                                  \
        e_->kind = (K);                                             \
        e_->a = (A);                                                \
        e_->b = (B);                                                \
        e_->c = (C);                                                \
    } while (0)

/* Runs the program of p from position pos.  1: matched (st->match_end is
   set, st->marks hold the groups), 0: no match, -1: error. */
static ALWAYS_INLINE int
run_machine(State *st, PatternObject *p, Py_ssize_t pos, int W)
{
    const SRE_CODE *code = p->code;
    const void *data = st->data;
    const Py_ssize_t end = st->end;
    Py_ssize_t *marks = st->marks;
    Py_ssize_t *rcount = st->reg_count;
    Py_ssize_t *rlast = st->reg_last;
    Py_ssize_t pc = p->prog;
    Py_ssize_t frame = -1;       /* topmost look-around frame */
    const int lk = st->lowerkind;

    st->sp = 0;
    for (;;) {
        if (--st->budget <= 0 && charge(st) < 0)
            goto error;
        switch (code[pc]) {

        case SRE_OP_FAILURE:
            goto fail;

        case SRE_OP_SUCCESS:
            st->match_end = pos;
            return 1;

        case SRE_OP_ANY:
            if (pos >= end || CH(pos) == '\n')
                goto fail;
            pos++;
            pc++;
            break;

        case SRE_OP_ANY_ALL:
            if (pos >= end)
                goto fail;
            pos++;
            pc++;
            break;

        case SRE_OP_LITERAL:
            if (pos >= end || CH(pos) != code[pc + 1])
                goto fail;
            pos++;
            pc += 2;
            break;

        case SRE_OP_NOT_LITERAL:
            if (pos >= end || CH(pos) == code[pc + 1])
                goto fail;
            pos++;
            pc += 2;
            break;

        case SRE_OP_LITERAL_IGNORE:
            if (pos >= end || lower_char(lk, CH(pos)) != code[pc + 1])
                goto fail;
            pos++;
            pc += 2;
            break;

        case SRE_OP_NOT_LITERAL_IGNORE:
            if (pos >= end || lower_char(lk, CH(pos)) == code[pc + 1])
                goto fail;
            pos++;
            pc += 2;
            break;

        case SRE_OP_IN:
            if (pos >= end || !set_contains(code + pc + 2, CH(pos)))
                goto fail;
            pos++;
            pc += 2 + code[pc + 1];
            break;

        case SRE_OP_IN_IGNORE:
            if (pos >= end ||
                !set_contains(code + pc + 2, lower_char(lk, CH(pos))))
                goto fail;
            pos++;
            pc += 2 + code[pc + 1];
            break;

        case SRE_OP_STRING: {
            SRE_CODE n = code[pc + 1], k;
            const SRE_CODE *lit = code + pc + 2;
            if (end - pos < (Py_ssize_t)n)
                goto fail;
            for (k = 0; k < n; k++)
                if (CH(pos + k) != lit[k])
                    goto fail;
            pos += n;
            pc += 2 + n;
            break;
        }

        case SRE_OP_STRING_IGNORE: {
            SRE_CODE n = code[pc + 1], k;
            const SRE_CODE *lit = code + pc + 2;
            if (end - pos < (Py_ssize_t)n)
                goto fail;
            for (k = 0; k < n; k++)
                if (lower_char(lk, CH(pos + k)) != lit[k])
                    goto fail;
            pos += n;
            pc += 2 + n;
            break;
        }

        case SRE_OP_AT:
            if (!at_test(st, code[pc + 1], pos, W))
                goto fail;
            pc += 2;
            break;

        case SRE_OP_MARK: {
            SRE_CODE m = code[pc + 1];
            PUSH(BT_MARK, m, marks[m], st->lastindex);
            marks[m] = pos;
            if (m & 1)
                st->lastindex = m / 2 + 1;
            pc += 2;
            break;
        }

        case SRE_OP_JUMP:
            pc = code[pc + 1];
            break;

        case SRE_OP_SPLIT:
            PUSH(BT_CHOICE, code[pc + 2], pos, 0);
            pc = code[pc + 1];
            break;

        case SRE_OP_REPEAT_ONE: {
            SRE_CODE mn = code[pc + 2], mx = code[pc + 3];
            Py_ssize_t avail = end - pos, limit, n, next;
            if ((Py_ssize_t)mn > avail)
                goto fail;
            limit = (mx == SRE_UNBOUNDED || (Py_ssize_t)mx > avail)
                ? avail : (Py_ssize_t)mx;
            n = count_run(st, code + pc + 4, pos, limit, W);
            st->budget -= (int)(n >> 4);
            if (n < (Py_ssize_t)mn)
                goto fail;
            next = pc + 2 + code[pc + 1];
            if (n > (Py_ssize_t)mn && code[next] != SRE_OP_SUCCESS) {
                if (code[next] == SRE_OP_LITERAL) {
                    /* give back characters until the literal can follow */
                    SRE_CODE c = code[next + 1];
                    while (n > (Py_ssize_t)mn &&
                           (pos + n >= end || CH(pos + n) != c))
                        n--;
                }
                if (n > (Py_ssize_t)mn)
                    PUSH(BT_GREEDY, pc, pos, n);
            }
            pos += n;
            pc = next;
            break;
        }

        case SRE_OP_MIN_REPEAT_ONE: {
            SRE_CODE mn = code[pc + 2], mx = code[pc + 3];
            Py_ssize_t avail = end - pos, n;
            if ((Py_ssize_t)mn > avail)
                goto fail;
            n = count_run(st, code + pc + 4, pos, (Py_ssize_t)mn, W);
            if (n < (Py_ssize_t)mn)
                goto fail;
            if (mx == SRE_UNBOUNDED || mx > mn)
                PUSH(BT_LAZY, pc, pos, n);
            pos += n;
            pc += 2 + code[pc + 1];
            break;
        }

        case SRE_OP_REPEAT_INIT: {
            SRE_CODE r = code[pc + 1];
            PUSH(BT_REG, r, rcount[r], rlast[r]);
            rcount[r] = 0;
            rlast[r] = -1;
            pc += 2;
            break;
        }

        case SRE_OP_REPEAT_CHECK: {
            SRE_CODE r = code[pc + 1];
            SRE_CODE mn = code[pc + 2], mx = code[pc + 3];
            Py_ssize_t c = rcount[r];
            if (c >= (Py_ssize_t)mn) {
                if (c > 0 && rlast[r] == pos) {
                    /* the last round matched nothing: more would not
                       either (below the minimum, rounds are bounded) */
                    pc = code[pc + 5];
                    break;
                }
                if (mx != SRE_UNBOUNDED && c >= (Py_ssize_t)mx) {
                    pc = code[pc + 5];
                    break;
                }
                if (!code[pc + 4]) {
                    /* lazy: try to go on first, another round later */
                    PUSH(BT_LAZYBODY, pc, pos, 0);
                    pc = code[pc + 5];
                    break;
                }
                PUSH(BT_CHOICE, code[pc + 5], pos, 0);
            }
            /* a new round: counted when it starts, so at REPEAT_CHECK
               the count is the number of finished rounds */
            PUSH(BT_REG, r, rcount[r], rlast[r]);
            rlast[r] = pos;
            rcount[r]++;
            pc += 6;
            break;
        }

        case SRE_OP_REPEAT_NEXT:
            pc = code[pc + 2];
            break;

        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE: {
            SRE_CODE g = code[pc + 1];
            Py_ssize_t s = marks[2 * g], e = marks[2 * g + 1], n, k;
            if (s < 0 || e < s)
                goto fail;
            n = e - s;
            if (end - pos < n)
                goto fail;
            if (code[pc] == SRE_OP_GROUPREF) {
                for (k = 0; k < n; k++)
                    if (CH(s + k) != CH(pos + k))
                        goto fail;
            }
            else {
                for (k = 0; k < n; k++)
                    if (lower_char(lk, CH(s + k)) !=
                        lower_char(lk, CH(pos + k)))
                        goto fail;
            }
            st->budget -= (int)(n >> 4);
            pos += n;
            pc += 2;
            break;
        }

        case SRE_OP_GROUPREF_EXISTS: {
            SRE_CODE g = code[pc + 1];
            Py_ssize_t s = marks[2 * g], e = marks[2 * g + 1];
            if (s >= 0 && e >= s)
                pc += 3;
            else
                pc = code[pc + 2];
            break;
        }

        case SRE_OP_ASSERT: {
            Py_ssize_t back = code[pc + 2];
            if (pos < back) {
                /* not enough text behind: the body can not match */
                if (code[pc + 1])
                    pc = code[pc + 3];
                else
                    goto fail;
                break;
            }
            PUSH(BT_ASSERT, pc, pos, frame);
            frame = st->sp - 1;
            pos -= back;
            pc += 4;
            break;
        }

        case SRE_OP_ASSERT_END: {
            Py_ssize_t f = frame, i;
            Py_ssize_t apc;
            BTEntry *stack = st->stack;
            if (f < 0) {
                PyErr_SetString(PyExc_RuntimeError,
                                "internal error in regular expression engine");
                goto error;
            }
            apc = stack[f].a;
            pos = stack[f].b;
            frame = stack[f].c;
            /* the body's choices die with it; its undo records stay */
            for (i = f + 1; i < st->sp; i++) {
                if (stack[i].kind == BT_MARK || stack[i].kind == BT_REG)
                    stack[f++] = stack[i];
            }
            st->sp = f;
            if (code[apc + 1])
                goto fail;      /* negative: the body matched */
            pc = code[apc + 3];
            break;
        }

        default:
            PyErr_SetString(PyExc_RuntimeError,
                            "internal error in regular expression engine");
            goto error;
        }
        continue;

    fail:
        for (;;) {
            BTEntry *e;
            if (st->sp == 0)
                return 0;
            e = &st->stack[--st->sp];
            switch (e->kind) {
            case BT_MARK:
                marks[e->a] = e->b;
                st->lastindex = e->c;
                continue;
            case BT_REG:
                rcount[e->a] = e->b;
                rlast[e->a] = e->c;
                continue;
            case BT_CHOICE:
                pc = e->a;
                pos = e->b;
                goto resume;
            case BT_GREEDY: {
                Py_ssize_t rpc = e->a, base = e->b, n = e->c - 1;
                SRE_CODE mn = code[rpc + 2];
                Py_ssize_t next = rpc + 2 + code[rpc + 1];
                if (code[next] == SRE_OP_LITERAL) {
                    SRE_CODE c = code[next + 1];
                    while (n > (Py_ssize_t)mn &&
                           (base + n >= end || CH(base + n) != c))
                        n--;
                }
                if (n > (Py_ssize_t)mn) {
                    e->c = n;
                    st->sp++;
                }
                pos = base + n;
                pc = next;
                goto resume;
            }
            case BT_LAZY: {
                Py_ssize_t rpc = e->a, base = e->b, n = e->c, limit;
                SRE_CODE mx = code[rpc + 3];
                const SRE_CODE *item = code + rpc + 4;
                Py_ssize_t next = rpc + 2 + code[rpc + 1];
                int lit = code[next] == SRE_OP_LITERAL;
                limit = end - base;
                if (mx != SRE_UNBOUNDED && (Py_ssize_t)mx < limit)
                    limit = mx;
                for (;;) {
                    if (n >= limit || !item_matches(item, CH(base + n), lk)) {
                        n = -1;
                        break;
                    }
                    n++;
                    if (!lit || (base + n < end && CH(base + n) == code[next + 1]))
                        break;
                    if (--st->budget <= 0 && charge(st) < 0)
                        goto error;
                }
                if (n < 0)
                    continue;
                if (n < limit) {
                    e->c = n;
                    st->sp++;
                }
                pos = base + n;
                pc = next;
                goto resume;
            }
            case BT_LAZYBODY: {
                SRE_CODE r;
                pc = e->a;
                pos = e->b;
                r = code[pc + 1];
                PUSH(BT_REG, r, rcount[r], rlast[r]);
                rlast[r] = pos;
                rcount[r]++;
                pc += 6;
                goto resume;
            }
            case BT_ASSERT:
                frame = e->c;
                if (code[e->a + 1]) {
                    /* negative look-around whose body failed: go on */
                    pos = e->b;
                    pc = code[e->a + 3];
                    goto resume;
                }
                continue;
            }
        }
    resume:
        ;
    }
error:
    return -1;
}

static int
run_1(State *st, PatternObject *p, Py_ssize_t pos)
{
    return run_machine(st, p, pos, 1);
}

static int
run_2(State *st, PatternObject *p, Py_ssize_t pos)
{
    return run_machine(st, p, pos, 2);
}

static int
run_4(State *st, PatternObject *p, Py_ssize_t pos)
{
    return run_machine(st, p, pos, 4);
}

static int
run_at(State *st, PatternObject *p, Py_ssize_t pos)
{
    int r;
    if (st->width == 1)
        r = run_1(st, p, pos);
    else if (st->width == 2)
        r = run_2(st, p, pos);
    else
        r = run_4(st, p, pos);
    if (r > 0)
        st->match_start = pos;
    return r;
}

/* A match starting exactly at st->start. */
static int
sre_match(State *st, PatternObject *p)
{
    state_reset(st);
    if (st->start > st->end || st->end - st->start < (Py_ssize_t)p->minwidth)
        return 0;
    return run_at(st, p, st->start);
}

/* Candidate start positions of a search, found quickly from the
   header's prefix or first-character set. */
static ALWAYS_INLINE int
search_generic(State *st, PatternObject *p, int W)
{
    const void *data = st->data;
    Py_ssize_t i = st->start, last;
    int r;

    state_reset(st);
    if (i > st->end || st->end - i < (Py_ssize_t)p->minwidth)
        return 0;
    last = st->end - p->minwidth;
    if (p->hflags & SRE_INFO_ANCHORED)
        return run_at(st, p, i);
    if (p->prefix_len > 0) {
        const SRE_CODE *pre = p->code + p->prefix_off;
        Py_ssize_t plen = p->prefix_len, k;
        SRE_CODE c0 = pre[0];
        if (last > st->end - plen)
            last = st->end - plen;
        while (i <= last) {
            if (W == 1) {
                const char *s = (const char *)data;
                const char *hit;
                if (c0 > 255)
                    return 0;
                hit = memchr(s + i, (int)c0, last - i + 1);
                if (hit == NULL)
                    return 0;
                i = hit - s;
            }
            else {
                while (i <= last && CH(i) != c0)
                    i++;
                if (i > last)
                    return 0;
            }
            for (k = 1; k < plen; k++)
                if (CH(i + k) != pre[k])
                    break;
            if (k == plen) {
                r = run_at(st, p, i);
                if (r != 0)
                    return r;
            }
            i++;
            if (--st->budget <= 0 && charge(st) < 0)
                return -1;
        }
        return 0;
    }
    if (p->charset_off >= 0) {
        const SRE_CODE *set = p->code + p->charset_off;
        for (; i <= last; i++) {
            if (i < st->end && set_contains(set, CH(i))) {
                r = run_at(st, p, i);
                if (r != 0)
                    return r;
            }
            if (--st->budget <= 0 && charge(st) < 0)
                return -1;
        }
        return 0;
    }
    for (; i <= last; i++) {
        r = run_at(st, p, i);
        if (r != 0)
            return r;
    }
    return 0;
}

static int
search_1(State *st, PatternObject *p)
{
    return search_generic(st, p, 1);
}

static int
search_2(State *st, PatternObject *p)
{
    return search_generic(st, p, 2);
}

static int
search_4(State *st, PatternObject *p)
{
    return search_generic(st, p, 4);
}

static int
sre_search(State *st, PatternObject *p)
{
    if (st->width == 1)
        return search_1(st, p);
    if (st->width == 2)
        return search_2(st, p);
    return search_4(st, p);
}

/* ------------------------------------------------------------------ */
/* Helpers for results                                                */

static PyObject *
get_error_class(void)
{
    PyObject *mod, *err;
    mod = PyImport_ImportModule("sre_constants");
    if (mod == NULL)
        return NULL;
    err = PyObject_GetAttrString(mod, "error");
    Py_DECREF(mod);
    return err;
}

static void
raise_re_error(const char *msg)
{
    PyObject *err = get_error_class();
    if (err != NULL) {
        PyErr_SetString(err, msg);
        Py_DECREF(err);
    }
}

/* subject[i:j] for a str or unicode subject (positions are checked). */
static PyObject *
slice_subject(PyObject *subject, Py_ssize_t i, Py_ssize_t j)
{
    if (PyString_Check(subject)) {
        Py_ssize_t n = PyString_GET_SIZE(subject);
        if (i < 0)
            i = 0;
        if (j > n)
            j = n;
        if (j < i)
            j = i;
        if (i == 0 && j == n && PyString_CheckExact(subject)) {
            Py_INCREF(subject);
            return subject;
        }
        return PyString_FromStringAndSize(PyString_AS_STRING(subject) + i,
                                          j - i);
    }
    if (PyUnicode_Check(subject)) {
        Py_ssize_t n = PyUnicode_GET_SIZE(subject);
        if (i < 0)
            i = 0;
        if (j > n)
            j = n;
        if (j < i)
            j = i;
        if (i == 0 && j == n && PyUnicode_CheckExact(subject)) {
            Py_INCREF(subject);
            return subject;
        }
        return PyUnicode_FromUnicode(PyUnicode_AS_UNICODE(subject) + i,
                                     j - i);
    }
    return PySequence_GetSlice(subject, i, j);
}

/* Joins a list of pieces with an empty string of the subject's kind. */
static PyObject *
join_pieces(PyObject *list, PyObject *subject)
{
    PyObject *empty, *result;

    if (PyList_GET_SIZE(list) == 1) {
        PyObject *item = PyList_GET_ITEM(list, 0);
        if (PyString_CheckExact(item) || PyUnicode_CheckExact(item)) {
            if (item->ob_type == subject->ob_type ||
                PyUnicode_CheckExact(item)) {
                Py_INCREF(item);
                return item;
            }
        }
    }
    empty = slice_subject(subject, 0, 0);
    if (empty == NULL)
        return NULL;
    if (PyList_GET_SIZE(list) == 0) {
        return empty;
    }
    result = PyObject_CallMethod(empty, "join", "(O)", list);
    Py_DECREF(empty);
    return result;
}

/* Builds a match object from a successful state. */
static PyObject *
make_match(PatternObject *p, State *st)
{
    MatchObject *m;
    Py_ssize_t n = 2 * (p->groups + 1), g;

    m = PyObject_GC_NewVar(MatchObject, &Match_Type, n);
    if (m == NULL)
        return NULL;
    Py_INCREF(st->string);
    m->string = st->string;
    Py_INCREF(st->subject);
    m->subject = st->subject;
    Py_INCREF(p);
    m->pattern = p;
    m->regs = NULL;
    m->pos = st->pos;
    m->endpos = st->end;
    m->lastindex = st->lastindex;
    m->marks[0] = st->match_start;
    m->marks[1] = st->match_end;
    for (g = 0; g < p->groups; g++) {
        Py_ssize_t s = st->marks[2 * g], e = st->marks[2 * g + 1];
        if (s < 0 || e < s)
            s = e = -1;
        m->marks[2 * g + 2] = s;
        m->marks[2 * g + 3] = e;
    }
    PyObject_GC_Track(m);
    return (PyObject *)m;
}

/* Value of group g (0-based mark pair g-1; g == 0 the whole match) of
   the current state, or def if unmatched. */
static PyObject *
state_group(State *st, Py_ssize_t g, PyObject *def)
{
    Py_ssize_t s, e;
    if (g == 0) {
        s = st->match_start;
        e = st->match_end;
    }
    else {
        s = st->marks[2 * (g - 1)];
        e = st->marks[2 * (g - 1) + 1];
    }
    if (s < 0 || e < s) {
        Py_INCREF(def);
        return def;
    }
    return slice_subject(st->subject, s, e);
}

/* Parsed replacement template for p: a list of strings and group
   numbers, from re._compile_repl (which caches). */
static PyObject *
compile_template(PatternObject *p, PyObject *template)
{
    PyObject *mod, *items;

    mod = PyImport_ImportModule("re");
    if (mod == NULL)
        return NULL;
    items = PyObject_CallMethod(mod, "_compile_repl", "(OO)", template, p);
    Py_DECREF(mod);
    if (items != NULL && !PyList_Check(items)) {
        PyErr_SetString(PyExc_TypeError,
                        "re._compile_repl must return a list");
        Py_CLEAR(items);
    }
    return items;
}

/* Appends the expansion of a parsed template to out.  The group values
   come from a state (st) or from a match object (m). */
static int
expand_into(PatternObject *p, PyObject *items, State *st, MatchObject *m,
            PyObject *out)
{
    Py_ssize_t i;

    for (i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        PyObject *value;
        int r;
        if (PyInt_Check(item) || PyLong_Check(item)) {
            Py_ssize_t g = PyInt_AsSsize_t(item);
            Py_ssize_t s, e;
            if (g == -1 && PyErr_Occurred())
                return -1;
            if (g < 0 || g > p->groups) {
                raise_re_error("invalid group reference");
                return -1;
            }
            if (st != NULL) {
                if (g == 0) {
                    s = st->match_start;
                    e = st->match_end;
                }
                else {
                    s = st->marks[2 * (g - 1)];
                    e = st->marks[2 * (g - 1) + 1];
                }
            }
            else {
                s = m->marks[2 * g];
                e = m->marks[2 * g + 1];
            }
            if (s < 0 || e < s) {
                raise_re_error("unmatched group");
                return -1;
            }
            value = slice_subject(st != NULL ? st->subject : m->subject, s, e);
            if (value == NULL)
                return -1;
            r = PyList_Append(out, value);
            Py_DECREF(value);
        }
        else
            r = PyList_Append(out, item);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Pattern methods                                                    */

static PyObject *
pattern_match(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"pattern", "pos", "endpos", NULL};
    PyObject *string, *result;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;
    State st;
    int r;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O|nn:match", kwlist,
                                     &string, &pos, &endpos))
        return NULL;
    if (state_init(&st, self, string, pos, endpos) < 0)
        return NULL;
    r = sre_match(&st, self);
    if (r < 0)
        result = NULL;
    else if (r == 0) {
        Py_INCREF(Py_None);
        result = Py_None;
    }
    else
        result = make_match(self, &st);
    state_fini(&st);
    return result;
}

static PyObject *
pattern_search(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"pattern", "pos", "endpos", NULL};
    PyObject *string, *result;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;
    State st;
    int r;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O|nn:search", kwlist,
                                     &string, &pos, &endpos))
        return NULL;
    if (state_init(&st, self, string, pos, endpos) < 0)
        return NULL;
    r = sre_search(&st, self);
    if (r < 0)
        result = NULL;
    else if (r == 0) {
        Py_INCREF(Py_None);
        result = Py_None;
    }
    else
        result = make_match(self, &st);
    state_fini(&st);
    return result;
}

static PyObject *
pattern_findall(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"source", "pos", "endpos", NULL};
    PyObject *string, *list, *item, *empty = NULL;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX, g;
    State st;
    int r;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O|nn:findall", kwlist,
                                     &string, &pos, &endpos))
        return NULL;
    if (state_init(&st, self, string, pos, endpos) < 0)
        return NULL;
    list = PyList_New(0);
    if (list == NULL)
        goto error;
    empty = slice_subject(st.subject, 0, 0);
    if (empty == NULL)
        goto error;
    while (st.start <= st.end) {
        r = sre_search(&st, self);
        if (r < 0)
            goto error;
        if (r == 0)
            break;
        if (self->groups == 0)
            item = slice_subject(st.subject, st.match_start, st.match_end);
        else if (self->groups == 1)
            item = state_group(&st, 1, empty);
        else {
            item = PyTuple_New(self->groups);
            if (item == NULL)
                goto error;
            for (g = 0; g < self->groups; g++) {
                PyObject *v = state_group(&st, g + 1, empty);
                if (v == NULL) {
                    Py_DECREF(item);
                    goto error;
                }
                PyTuple_SET_ITEM(item, g, v);
            }
        }
        if (item == NULL)
            goto error;
        r = PyList_Append(list, item);
        Py_DECREF(item);
        if (r < 0)
            goto error;
        if (st.match_end == st.match_start)
            st.start = st.match_end + 1;
        else
            st.start = st.match_end;
    }
    Py_DECREF(empty);
    state_fini(&st);
    return list;
error:
    Py_XDECREF(empty);
    Py_XDECREF(list);
    state_fini(&st);
    return NULL;
}

static PyObject *
pattern_split(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"source", "maxsplit", NULL};
    PyObject *string, *list, *item;
    Py_ssize_t maxsplit = 0, n = 0, last = 0, g;
    State st;
    int r;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O|n:split", kwlist,
                                     &string, &maxsplit))
        return NULL;
    if (state_init(&st, self, string, 0, PY_SSIZE_T_MAX) < 0)
        return NULL;
    list = PyList_New(0);
    if (list == NULL)
        goto error;
    while (maxsplit == 0 || n < maxsplit) {
        r = sre_search(&st, self);
        if (r < 0)
            goto error;
        if (r == 0)
            break;
        if (st.match_end == st.match_start) {
            /* an empty match does not split */
            if (st.match_end >= st.end)
                break;
            st.start = st.match_end + 1;
            continue;
        }
        item = slice_subject(st.subject, last, st.match_start);
        if (item == NULL)
            goto error;
        r = PyList_Append(list, item);
        Py_DECREF(item);
        if (r < 0)
            goto error;
        for (g = 1; g <= self->groups; g++) {
            item = state_group(&st, g, Py_None);
            if (item == NULL)
                goto error;
            r = PyList_Append(list, item);
            Py_DECREF(item);
            if (r < 0)
                goto error;
        }
        n++;
        last = st.start = st.match_end;
    }
    item = slice_subject(st.subject, last, st.length);
    if (item == NULL)
        goto error;
    r = PyList_Append(list, item);
    Py_DECREF(item);
    if (r < 0)
        goto error;
    state_fini(&st);
    return list;
error:
    Py_XDECREF(list);
    state_fini(&st);
    return NULL;
}

/* sub() and subn() */
static PyObject *
pattern_subx(PatternObject *self, PyObject *repl, PyObject *string,
             Py_ssize_t count, int with_count)
{
    PyObject *list = NULL, *items = NULL, *literal = NULL, *item, *joined;
    int call = 0, r;
    Py_ssize_t n = 0, i = 0;
    State st;

    if (PyCallable_Check(repl))
        call = 1;
    else if (PyString_Check(repl) || PyUnicode_Check(repl)) {
        int plain;
        if (PyString_Check(repl))
            plain = memchr(PyString_AS_STRING(repl), '\\',
                           PyString_GET_SIZE(repl)) == NULL;
        else {
            Py_ssize_t k, len = PyUnicode_GET_SIZE(repl);
            Py_UNICODE *u = PyUnicode_AS_UNICODE(repl);
            plain = 1;
            for (k = 0; k < len; k++)
                if (u[k] == '\\') {
                    plain = 0;
                    break;
                }
        }
        if (plain) {
            Py_INCREF(repl);
            literal = repl;
        }
        else {
            items = compile_template(self, repl);
            if (items == NULL)
                return NULL;
            if (PyList_GET_SIZE(items) == 1 &&
                (PyString_Check(PyList_GET_ITEM(items, 0)) ||
                 PyUnicode_Check(PyList_GET_ITEM(items, 0)))) {
                literal = PyList_GET_ITEM(items, 0);
                Py_INCREF(literal);
                Py_CLEAR(items);
            }
            else if (PyList_GET_SIZE(items) == 0) {
                literal = slice_subject(repl, 0, 0);
                Py_CLEAR(items);
                if (literal == NULL)
                    return NULL;
            }
        }
    }
    else {
        items = compile_template(self, repl);
        if (items == NULL)
            return NULL;
    }

    if (state_init(&st, self, string, 0, PY_SSIZE_T_MAX) < 0) {
        Py_XDECREF(items);
        Py_XDECREF(literal);
        return NULL;
    }
    list = PyList_New(0);
    if (list == NULL)
        goto error;
    while (count == 0 || n < count) {
        Py_ssize_t b, e;
        r = sre_search(&st, self);
        if (r < 0)
            goto error;
        if (r == 0)
            break;
        b = st.match_start;
        e = st.match_end;
        if (i < b) {
            item = slice_subject(st.subject, i, b);
            if (item == NULL)
                goto error;
            r = PyList_Append(list, item);
            Py_DECREF(item);
            if (r < 0)
                goto error;
        }
        if (!(i == b && i == e && n > 0)) {
            if (call) {
                PyObject *m = make_match(self, &st);
                if (m == NULL)
                    goto error;
                item = PyObject_CallFunctionObjArgs(repl, m, NULL);
                Py_DECREF(m);
                if (item == NULL)
                    goto error;
                if (item != Py_None)
                    r = PyList_Append(list, item);
                else
                    r = 0;
                Py_DECREF(item);
                if (r < 0)
                    goto error;
            }
            else if (items != NULL) {
                if (expand_into(self, items, &st, NULL, list) < 0)
                    goto error;
            }
            else if (PyObject_Length(literal) > 0) {
                if (PyList_Append(list, literal) < 0)
                    goto error;
            }
            i = e;
            n++;
        }
        if (e == b)
            st.start = e + 1;
        else
            st.start = e;
        if (st.start > st.end)
            break;
    }
    if (i < st.length) {
        item = slice_subject(st.subject, i, st.length);
        if (item == NULL)
            goto error;
        r = PyList_Append(list, item);
        Py_DECREF(item);
        if (r < 0)
            goto error;
    }
    if (n == 0 && (PyString_CheckExact(string) || PyUnicode_CheckExact(string))) {
        joined = string;
        Py_INCREF(joined);
    }
    else
        joined = join_pieces(list, st.subject);
    if (joined == NULL)
        goto error;
    Py_DECREF(list);
    Py_XDECREF(items);
    Py_XDECREF(literal);
    state_fini(&st);
    if (with_count) {
        PyObject *t = Py_BuildValue("(Nn)", joined, n);
        return t;
    }
    return joined;
error:
    Py_XDECREF(list);
    Py_XDECREF(items);
    Py_XDECREF(literal);
    state_fini(&st);
    return NULL;
}

static PyObject *
pattern_sub(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"repl", "string", "count", NULL};
    PyObject *repl, *string;
    Py_ssize_t count = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OO|n:sub", kwlist,
                                     &repl, &string, &count))
        return NULL;
    return pattern_subx(self, repl, string, count, 0);
}

static PyObject *
pattern_subn(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"repl", "string", "count", NULL};
    PyObject *repl, *string;
    Py_ssize_t count = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OO|n:subn", kwlist,
                                     &repl, &string, &count))
        return NULL;
    return pattern_subx(self, repl, string, count, 1);
}

static PyObject *
new_scanner(PatternObject *p, PyObject *string, Py_ssize_t pos,
            Py_ssize_t endpos)
{
    ScannerObject *s;

    s = PyObject_GC_New(ScannerObject, &Scanner_Type);
    if (s == NULL)
        return NULL;
    s->pattern = NULL;
    s->done = 0;
    s->busy = 0;
    memset(&s->state, 0, sizeof(s->state));
    if (state_init(&s->state, p, string, pos, endpos) < 0) {
        memset(&s->state, 0, sizeof(s->state));
        Py_DECREF(s);
        return NULL;
    }
    /* the state borrows string: the scanner keeps it alive */
    Py_INCREF(string);
    Py_INCREF(p);
    s->pattern = p;
    PyObject_GC_Track(s);
    return (PyObject *)s;
}

static PyObject *
pattern_scanner(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"source", "pos", "endpos", NULL};
    PyObject *string;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O|nn:scanner", kwlist,
                                     &string, &pos, &endpos))
        return NULL;
    return new_scanner(self, string, pos, endpos);
}

static PyObject *
pattern_finditer(PatternObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"string", "pos", "endpos", NULL};
    PyObject *string, *scanner, *search, *it;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O|nn:finditer", kwlist,
                                     &string, &pos, &endpos))
        return NULL;
    scanner = new_scanner(self, string, pos, endpos);
    if (scanner == NULL)
        return NULL;
    search = PyObject_GetAttrString(scanner, "search");
    Py_DECREF(scanner);
    if (search == NULL)
        return NULL;
    it = PyCallIter_New(search, Py_None);
    Py_DECREF(search);
    return it;
}

static PyObject *
pattern_copy(PatternObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_TypeError, "cannot copy this pattern object");
    return NULL;
}

static PyObject *
pattern_deepcopy(PatternObject *self, PyObject *memo)
{
    PyErr_SetString(PyExc_TypeError, "cannot deepcopy this pattern object");
    return NULL;
}

static PyMethodDef pattern_methods[] = {
    {"match", (PyCFunction)pattern_match, METH_VARARGS | METH_KEYWORDS,
     "match(string[, pos[, endpos]]): a match object if the pattern\n"
     "matches at pos, else None."},
    {"search", (PyCFunction)pattern_search, METH_VARARGS | METH_KEYWORDS,
     "search(string[, pos[, endpos]]): a match object for the first\n"
     "place between pos and endpos where the pattern matches, else None."},
    {"sub", (PyCFunction)pattern_sub, METH_VARARGS | METH_KEYWORDS,
     "sub(repl, string[, count=0]): string with the matches replaced by\n"
     "repl (a template or a function of the match); count 0 is all."},
    {"subn", (PyCFunction)pattern_subn, METH_VARARGS | METH_KEYWORDS,
     "subn(repl, string[, count=0]): like sub, but returns the pair\n"
     "(new string, number of replacements)."},
    {"split", (PyCFunction)pattern_split, METH_VARARGS | METH_KEYWORDS,
     "split(string[, maxsplit=0]): the pieces of string between matches\n"
     "(and the groups' texts, if the pattern has groups)."},
    {"findall", (PyCFunction)pattern_findall, METH_VARARGS | METH_KEYWORDS,
     "findall(string[, pos[, endpos]]): the texts (or group texts) of\n"
     "all non-overlapping matches, as a list."},
    {"finditer", (PyCFunction)pattern_finditer, METH_VARARGS | METH_KEYWORDS,
     "finditer(string[, pos[, endpos]]): an iterator of match objects\n"
     "for all non-overlapping matches."},
    {"scanner", (PyCFunction)pattern_scanner, METH_VARARGS | METH_KEYWORDS},
    {"__copy__", (PyCFunction)pattern_copy, METH_NOARGS},
    {"__deepcopy__", (PyCFunction)pattern_deepcopy, METH_O},
    {NULL, NULL}
};

static PyObject *
pattern_get_groupindex(PatternObject *self, void *closure)
{
    /* a copy: the pattern's own table must stay as compiled */
    return PyDict_Copy(self->groupindex);
}

static PyObject *
pattern_get_groups(PatternObject *self, void *closure)
{
    return PyInt_FromSsize_t(self->groups);
}

static PyGetSetDef pattern_getset[] = {
    {"groupindex", (getter)pattern_get_groupindex, NULL,
     "A dictionary mapping group names to group numbers."},
    {"groups", (getter)pattern_get_groups, NULL,
     "The number of capturing groups in the pattern."},
    {NULL}
};

static PyMemberDef pattern_members[] = {
    {"pattern", T_OBJECT, offsetof(PatternObject, pattern), READONLY},
    {"flags", T_INT, offsetof(PatternObject, flags), READONLY},
    {NULL}
};

static void
pattern_dealloc(PatternObject *self)
{
    PyObject_GC_UnTrack(self);
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)self);
    Py_XDECREF(self->groupindex);
    Py_XDECREF(self->indexgroup);
    Py_XDECREF(self->pattern);
    PyObject_GC_Del(self);
}

static int
pattern_traverse(PatternObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->groupindex);
    Py_VISIT(self->indexgroup);
    Py_VISIT(self->pattern);
    return 0;
}

static PyTypeObject Pattern_Type = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "_sre.SRE_Pattern",                 /* tp_name */
    offsetof(PatternObject, code),      /* tp_basicsize */
    sizeof(SRE_CODE),                   /* tp_itemsize */
    (destructor)pattern_dealloc,        /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    "A compiled regular expression (made by re.compile).", /* tp_doc */
    (traverseproc)pattern_traverse,     /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    offsetof(PatternObject, weakreflist), /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    pattern_methods,                    /* tp_methods */
    pattern_members,                    /* tp_members */
    pattern_getset,                     /* tp_getset */
};

/* ------------------------------------------------------------------ */
/* Match objects                                                      */

/* Group number named by index (an int or a group name), or -1 with
   IndexError set. */
static Py_ssize_t
match_group_number(MatchObject *self, PyObject *index)
{
    Py_ssize_t i = -1;

    if (PyInt_Check(index) || PyLong_Check(index)) {
        i = PyInt_AsSsize_t(index);
        if (i == -1 && PyErr_Occurred())
            PyErr_Clear();
    }
    else if (self->pattern->groupindex != NULL &&
             (PyString_Check(index) || PyUnicode_Check(index))) {
        PyObject *num = PyDict_GetItem(self->pattern->groupindex, index);
        if (num == NULL && PyErr_Occurred())
            PyErr_Clear();
        if (num != NULL && (PyInt_Check(num) || PyLong_Check(num))) {
            i = PyInt_AsSsize_t(num);
            if (i == -1 && PyErr_Occurred())
                PyErr_Clear();
        }
    }
    if (i < 0 || i > self->pattern->groups) {
        PyErr_SetString(PyExc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static PyObject *
match_slice(MatchObject *self, Py_ssize_t g, PyObject *def)
{
    Py_ssize_t s = self->marks[2 * g], e = self->marks[2 * g + 1];
    if (s < 0 || e < s) {
        Py_INCREF(def);
        return def;
    }
    return slice_subject(self->subject, s, e);
}

static PyObject *
match_group(MatchObject *self, PyObject *args)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args), i, g;
    PyObject *result;

    if (n == 0)
        return match_slice(self, 0, Py_None);
    if (n == 1) {
        g = match_group_number(self, PyTuple_GET_ITEM(args, 0));
        if (g < 0)
            return NULL;
        return match_slice(self, g, Py_None);
    }
    result = PyTuple_New(n);
    if (result == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *v;
        g = match_group_number(self, PyTuple_GET_ITEM(args, i));
        if (g < 0) {
            Py_DECREF(result);
            return NULL;
        }
        v = match_slice(self, g, Py_None);
        if (v == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, i, v);
    }
    return result;
}

static PyObject *
match_groups(MatchObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"default", NULL};
    PyObject *def = Py_None, *result;
    Py_ssize_t g;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:groups", kwlist, &def))
        return NULL;
    result = PyTuple_New(self->pattern->groups);
    if (result == NULL)
        return NULL;
    for (g = 1; g <= self->pattern->groups; g++) {
        PyObject *v = match_slice(self, g, def);
        if (v == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, g - 1, v);
    }
    return result;
}

static PyObject *
match_groupdict(MatchObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"default", NULL};
    PyObject *def = Py_None, *result, *key, *num;
    Py_ssize_t it = 0;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:groupdict", kwlist, &def))
        return NULL;
    result = PyDict_New();
    if (result == NULL || self->pattern->groupindex == NULL)
        return result;
    while (PyDict_Next(self->pattern->groupindex, &it, &key, &num)) {
        PyObject *v;
        Py_ssize_t g = match_group_number(self, key);
        int r;
        if (g < 0) {
            Py_DECREF(result);
            return NULL;
        }
        v = match_slice(self, g, def);
        if (v == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        r = PyDict_SetItem(result, key, v);
        Py_DECREF(v);
        if (r < 0) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int
match_arg_group(MatchObject *self, PyObject *args, const char *name)
{
    PyObject *index = NULL;
    if (!PyArg_UnpackTuple(args, name, 0, 1, &index))
        return -1;
    if (index == NULL)
        return 0;
    return (int)match_group_number(self, index);
}

static PyObject *
match_start(MatchObject *self, PyObject *args)
{
    Py_ssize_t g = match_arg_group(self, args, "start");
    if (g < 0)
        return NULL;
    return PyInt_FromSsize_t(self->marks[2 * g]);
}

static PyObject *
match_end(MatchObject *self, PyObject *args)
{
    Py_ssize_t g = match_arg_group(self, args, "end");
    if (g < 0)
        return NULL;
    return PyInt_FromSsize_t(self->marks[2 * g + 1]);
}

static PyObject *
match_span(MatchObject *self, PyObject *args)
{
    Py_ssize_t g = match_arg_group(self, args, "span");
    if (g < 0)
        return NULL;
    return Py_BuildValue("(nn)", self->marks[2 * g], self->marks[2 * g + 1]);
}

static PyObject *
match_expand(MatchObject *self, PyObject *template)
{
    PyObject *items, *list, *result;

    items = compile_template(self->pattern, template);
    if (items == NULL)
        return NULL;
    list = PyList_New(0);
    if (list == NULL) {
        Py_DECREF(items);
        return NULL;
    }
    if (expand_into(self->pattern, items, NULL, self, list) < 0) {
        Py_DECREF(items);
        Py_DECREF(list);
        return NULL;
    }
    Py_DECREF(items);
    result = join_pieces(list, self->subject);
    Py_DECREF(list);
    return result;
}

static PyObject *
match_copy(MatchObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_TypeError, "cannot copy this match object");
    return NULL;
}

static PyObject *
match_deepcopy(MatchObject *self, PyObject *memo)
{
    PyErr_SetString(PyExc_TypeError, "cannot deepcopy this match object");
    return NULL;
}

static PyMethodDef match_methods[] = {
    {"group", (PyCFunction)match_group, METH_VARARGS},
    {"start", (PyCFunction)match_start, METH_VARARGS},
    {"end", (PyCFunction)match_end, METH_VARARGS},
    {"span", (PyCFunction)match_span, METH_VARARGS},
    {"groups", (PyCFunction)match_groups, METH_VARARGS | METH_KEYWORDS},
    {"groupdict", (PyCFunction)match_groupdict, METH_VARARGS | METH_KEYWORDS},
    {"expand", (PyCFunction)match_expand, METH_O},
    {"__copy__", (PyCFunction)match_copy, METH_NOARGS},
    {"__deepcopy__", (PyCFunction)match_deepcopy, METH_O},
    {NULL, NULL}
};

static PyObject *
match_get_lastindex(MatchObject *self, void *closure)
{
    if (self->lastindex >= 0)
        return PyInt_FromSsize_t(self->lastindex);
    Py_INCREF(Py_None);
    return Py_None;
}

static PyObject *
match_get_lastgroup(MatchObject *self, void *closure)
{
    PyObject *ig = self->pattern->indexgroup;
    if (ig != NULL && self->lastindex >= 0 &&
        self->lastindex < PyTuple_GET_SIZE(ig)) {
        PyObject *name = PyTuple_GET_ITEM(ig, self->lastindex);
        Py_INCREF(name);
        return name;
    }
    Py_INCREF(Py_None);
    return Py_None;
}

static PyObject *
match_get_regs(MatchObject *self, void *closure)
{
    PyObject *regs;
    Py_ssize_t g, n = self->pattern->groups + 1;

    if (self->regs != NULL) {
        Py_INCREF(self->regs);
        return self->regs;
    }
    regs = PyTuple_New(n);
    if (regs == NULL)
        return NULL;
    for (g = 0; g < n; g++) {
        PyObject *span = Py_BuildValue("(nn)", self->marks[2 * g],
                                       self->marks[2 * g + 1]);
        if (span == NULL) {
            Py_DECREF(regs);
            return NULL;
        }
        PyTuple_SET_ITEM(regs, g, span);
    }
    Py_INCREF(regs);
    self->regs = regs;
    return regs;
}

static PyObject *
match_get_pos(MatchObject *self, void *closure)
{
    return PyInt_FromSsize_t(self->pos);
}

static PyObject *
match_get_endpos(MatchObject *self, void *closure)
{
    return PyInt_FromSsize_t(self->endpos);
}

static PyGetSetDef match_getset[] = {
    {"pos", (getter)match_get_pos, NULL},
    {"endpos", (getter)match_get_endpos, NULL},
    {"lastindex", (getter)match_get_lastindex, NULL},
    {"lastgroup", (getter)match_get_lastgroup, NULL},
    {"regs", (getter)match_get_regs, NULL},
    {NULL}
};

static PyMemberDef match_members[] = {
    {"string", T_OBJECT, offsetof(MatchObject, string), READONLY},
    {"re", T_OBJECT, offsetof(MatchObject, pattern), READONLY},
    {NULL}
};

static void
match_dealloc(MatchObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(self->string);
    Py_XDECREF(self->subject);
    Py_XDECREF(self->regs);
    Py_XDECREF(self->pattern);
    PyObject_GC_Del(self);
}

static int
match_traverse(MatchObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->string);
    Py_VISIT(self->subject);
    Py_VISIT(self->regs);
    Py_VISIT(self->pattern);
    return 0;
}

static int
match_clear(MatchObject *self)
{
    Py_CLEAR(self->regs);
    return 0;
}

static PyTypeObject Match_Type = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "_sre.SRE_Match",                   /* tp_name */
    offsetof(MatchObject, marks),       /* tp_basicsize */
    sizeof(Py_ssize_t),                 /* tp_itemsize */
    (destructor)match_dealloc,          /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    "The result of re.match() and re.search().", /* tp_doc */
    (traverseproc)match_traverse,       /* tp_traverse */
    (inquiry)match_clear,               /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    match_methods,                      /* tp_methods */
    match_members,                      /* tp_members */
    match_getset,                       /* tp_getset */
};

/* ------------------------------------------------------------------ */
/* Scanner objects                                                    */

static PyObject *
scanner_step(ScannerObject *self, int search)
{
    State *st = &self->state;
    PyObject *m;
    int r;

    if (self->busy) {
        PyErr_SetString(PyExc_RuntimeError, "scanner is already running");
        return NULL;
    }
    if (self->done || st->start > st->end) {
        self->done = 1;
        Py_INCREF(Py_None);
        return Py_None;
    }
    self->busy = 1;
    r = search ? sre_search(st, self->pattern) : sre_match(st, self->pattern);
    if (r <= 0) {
        self->busy = 0;
        if (r < 0)
            return NULL;
        if (search)
            self->done = 1;
        else
            st->start++;
        Py_INCREF(Py_None);
        return Py_None;
    }
    m = make_match(self->pattern, st);
    if (st->match_end == st->match_start)
        st->start = st->match_end + 1;
    else
        st->start = st->match_end;
    self->busy = 0;
    return m;
}

static PyObject *
scanner_match(ScannerObject *self, PyObject *unused)
{
    return scanner_step(self, 0);
}

static PyObject *
scanner_search(ScannerObject *self, PyObject *unused)
{
    return scanner_step(self, 1);
}

static PyMethodDef scanner_methods[] = {
    {"match", (PyCFunction)scanner_match, METH_NOARGS},
    {"search", (PyCFunction)scanner_search, METH_NOARGS},
    {NULL, NULL}
};

static PyMemberDef scanner_members[] = {
    {"pattern", T_OBJECT, offsetof(ScannerObject, pattern), READONLY},
    {NULL}
};

static void
scanner_dealloc(ScannerObject *self)
{
    PyObject *string = self->state.string;
    PyObject_GC_UnTrack(self);
    if (self->pattern != NULL) {
        /* fully set up: the scanner owns a reference to the string */
        state_fini(&self->state);
        Py_XDECREF(string);
        Py_DECREF(self->pattern);
    }
    PyObject_GC_Del(self);
}

static int
scanner_traverse(ScannerObject *self, visitproc visit, void *arg)
{
    if (self->pattern != NULL) {
        Py_VISIT(self->state.string);
        Py_VISIT(self->state.subject);
    }
    Py_VISIT(self->pattern);
    return 0;
}

static PyTypeObject Scanner_Type = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "_sre.SRE_Scanner",                 /* tp_name */
    sizeof(ScannerObject),              /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)scanner_dealloc,        /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, /* tp_flags */
    0,                                  /* tp_doc */
    (traverseproc)scanner_traverse,     /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    scanner_methods,                    /* tp_methods */
    scanner_members,                    /* tp_members */
};

/* ------------------------------------------------------------------ */
/* Module functions                                                   */

static PyObject *
sre_compile(PyObject *self, PyObject *args)
{
    PyObject *pattern, *code, *groupindex, *indexgroup;
    int flags = 0;
    Py_ssize_t groups = 0, n, i;
    PatternObject *p;

    if (!PyArg_ParseTuple(args, "OiO!nOO:compile", &pattern, &flags,
                          &PyList_Type, &code, &groups,
                          &groupindex, &indexgroup))
        return NULL;
    if (groups < 0 || groups > SRE_MAX_GROUPS) {
        PyErr_SetString(PyExc_ValueError, "bad number of groups");
        return NULL;
    }
    if (groupindex != Py_None && !PyDict_Check(groupindex)) {
        PyErr_SetString(PyExc_TypeError, "groupindex must be a dict");
        return NULL;
    }
    n = PyList_GET_SIZE(code);
    p = PyObject_GC_NewVar(PatternObject, &Pattern_Type, n);
    if (p == NULL)
        return NULL;
    p->groupindex = NULL;
    p->indexgroup = NULL;
    p->pattern = NULL;
    p->weakreflist = NULL;
    p->groups = groups;
    p->flags = flags;
    for (i = 0; i < n; i++) {
        PyObject *o = PyList_GET_ITEM(code, i);
        unsigned long v;
        if (PyInt_Check(o)) {
            long iv = PyInt_AS_LONG(o);
            if (iv < 0 || (unsigned long)iv > 0xFFFFFFFFUL)
                goto range;
            v = (unsigned long)iv;
        }
        else if (PyLong_Check(o)) {
            v = PyLong_AsUnsignedLong(o);
            if (v == (unsigned long)-1 && PyErr_Occurred()) {
                PyErr_Clear();
                goto range;
            }
            if (v > 0xFFFFFFFFUL)
                goto range;
        }
        else {
            PyErr_SetString(PyExc_TypeError,
                            "regular expression code must be integers");
            goto fail;
        }
        p->code[i] = (SRE_CODE)v;
    }
    /* make the object consistent before anything can fail below */
    if (groupindex == Py_None)
        p->groupindex = PyDict_New();
    else
        p->groupindex = PyDict_Copy(groupindex);
    if (p->groupindex == NULL)
        goto fail;
    if (indexgroup == Py_None) {
        p->indexgroup = NULL;
    }
    else {
        p->indexgroup = PySequence_Tuple(indexgroup);
        if (p->indexgroup == NULL)
            goto fail;
    }
    Py_INCREF(pattern);
    p->pattern = pattern;
    if (check_code(p) < 0)
        goto fail;
    PyObject_GC_Track(p);
    return (PyObject *)p;
range:
    PyErr_SetString(PyExc_OverflowError,
                    "regular expression code size limit exceeded");
fail:
    Py_DECREF(p);
    return NULL;
}

static PyObject *
sre_getcodesize(PyObject *self, PyObject *unused)
{
    return PyInt_FromLong(sizeof(SRE_CODE));
}

static PyObject *
sre_getlower(PyObject *self, PyObject *args)
{
    int character, flags;
    int kind;
    if (!PyArg_ParseTuple(args, "ii:getlower", &character, &flags))
        return NULL;
    if (character < 0) {
        return PyInt_FromLong(character);
    }
    if (flags & SRE_FLAG_LOCALE)
        kind = 1;
    else if (flags & SRE_FLAG_UNICODE)
        kind = 2;
    else
        kind = 0;
    return PyInt_FromLong((long)lower_char(kind, (SRE_CODE)character));
}

static PyMethodDef sre_functions[] = {
    {"compile", sre_compile, METH_VARARGS},
    {"getcodesize", sre_getcodesize, METH_NOARGS},
    {"getlower", sre_getlower, METH_VARARGS},
    {NULL, NULL}
};

PyMODINIT_FUNC
init_sre(void)
{
    PyObject *m, *v;

    if (PyType_Ready(&Pattern_Type) < 0 ||
        PyType_Ready(&Match_Type) < 0 ||
        PyType_Ready(&Scanner_Type) < 0)
        return;
    m = Py_InitModule("_sre", sre_functions);
    if (m == NULL)
        return;
    v = PyInt_FromLong(SRE_MAGIC);
    if (v == NULL || PyModule_AddObject(m, "MAGIC", v) < 0)
        return;
    v = PyInt_FromLong(sizeof(SRE_CODE));
    if (v == NULL || PyModule_AddObject(m, "CODESIZE", v) < 0)
        return;
    v = PyString_FromString(copyright);
    if (v == NULL || PyModule_AddObject(m, "copyright", v) < 0)
        return;
}
