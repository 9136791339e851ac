#ifndef Py_CODE_H
#define Py_CODE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Code objects: compiled, immutable bytecode plus the tables it needs.
   The layout is exactly Python 2.5's (C extensions read these fields). */
typedef struct {
    PyObject_HEAD
    int co_argcount;            /* positional parameters, *args excluded */
    int co_nlocals;             /* number of fast locals */
    int co_stacksize;           /* deepest value stack the code can reach */
    int co_flags;               /* CO_* bits below */
    PyObject *co_code;          /* str: the instructions */
    PyObject *co_consts;        /* tuple: constants */
    PyObject *co_names;         /* tuple of str: global/attribute names */
    PyObject *co_varnames;      /* tuple of str: fast local names */
    PyObject *co_freevars;      /* tuple of str: names coming from closures */
    PyObject *co_cellvars;      /* tuple of str: locals captured by inner code */
    PyObject *co_filename;      /* str */
    PyObject *co_name;          /* str */
    int co_firstlineno;
    PyObject *co_lnotab;        /* str: byte offset / line increments */
    void *co_zombieframe;       /* frame kept for reuse (see frameobject.c) */
} PyCodeObject;

/* co_flags bits */
#define CO_OPTIMIZED    0x0001
#define CO_NEWLOCALS    0x0002
#define CO_VARARGS      0x0004
#define CO_VARKEYWORDS  0x0008
#define CO_NESTED       0x0010
#define CO_GENERATOR    0x0020
/* Set when the code has neither free nor cell variables. */
#define CO_NOFREE       0x0040

#define CO_GENERATOR_ALLOWED        0x1000
#define CO_FUTURE_DIVISION          0x2000
#define CO_FUTURE_ABSOLUTE_IMPORT   0x4000
#define CO_FUTURE_WITH_STATEMENT    0x8000

/* Maximum nesting of static blocks (loops, try) in one code object. */
#define CO_MAXBLOCKS 20

PyAPI_DATA(PyTypeObject) PyCode_Type;

#define PyCode_Check(op) ((op)->ob_type == &PyCode_Type)
#define PyCode_GetNumFree(op) (PyTuple_GET_SIZE((op)->co_freevars))

PyAPI_FUNC(PyCodeObject *) PyCode_New(
        int argcount, int nlocals, int stacksize, int flags,
        PyObject *code, PyObject *consts, PyObject *names,
        PyObject *varnames, PyObject *freevars, PyObject *cellvars,
        PyObject *filename, PyObject *name, int firstlineno,
        PyObject *lnotab);

/* Source line of the instruction at byte offset addrq. */
PyAPI_FUNC(int) PyCode_Addr2Line(PyCodeObject *, int);

/* Byte-offset range [ap_lower, ap_upper) that shares a source line. */
typedef struct _addr_pair {
    int ap_lower;
    int ap_upper;
} PyAddrPair;

/* Returns the line of instruction `lasti` and fills *bounds with the
   range of instructions on that line (used by the tracing machinery). */
PyAPI_FUNC(int) PyCode_CheckLineNumber(PyCodeObject *co, int lasti,
                                       PyAddrPair *bounds);

/* Read-only pointer to the bytecode (co_code is always a str). */
#define _PyCode_GETCODEPTR(co, pp) \
    ((*(co)->co_code->ob_type->tp_as_buffer->bf_getreadbuffer) \
     ((co)->co_code, 0, (void **)(pp)))

#ifdef __cplusplus
}
#endif
#endif /* !Py_CODE_H */
