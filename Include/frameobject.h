#ifndef Py_FRAMEOBJECT_H
#define Py_FRAMEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Frame objects: the execution record of one code object (2.5 layout). */

typedef struct {
    int b_type;                 /* SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY */
    int b_handler;              /* byte offset to jump to */
    int b_level;                /* value stack depth to restore */
} PyTryBlock;

typedef struct _frame {
    PyObject_VAR_HEAD
    struct _frame *f_back;      /* caller; NULL at the bottom */
    PyCodeObject *f_code;
    PyObject *f_builtins;
    PyObject *f_globals;
    PyObject *f_locals;         /* NULL for optimized code until asked */
    PyObject **f_valuestack;    /* first slot of the value stack */
    /* Top of the stack while the frame is suspended (generators) or
       not yet started; NULL while it runs. */
    PyObject **f_stacktop;
    PyObject *f_trace;
    /* The exception state of the thread saved while this frame handles
       an exception. */
    PyObject *f_exc_type, *f_exc_value, *f_exc_traceback;
    PyThreadState *f_tstate;
    int f_lasti;                /* offset of the last instruction, -1 */
    int f_lineno;               /* valid only while tracing */
    int f_iblock;               /* used entries of f_blockstack */
    PyTryBlock f_blockstack[CO_MAXBLOCKS];
    /* fast locals, then cells, then free variables, then the stack */
    PyObject *f_localsplus[1];
} PyFrameObject;

PyAPI_DATA(PyTypeObject) PyFrame_Type;

#define PyFrame_Check(op) ((op)->ob_type == &PyFrame_Type)
#define PyFrame_IsRestricted(f) 0

PyAPI_FUNC(PyFrameObject *) PyFrame_New(PyThreadState *, PyCodeObject *,
                                        PyObject *, PyObject *);

PyAPI_FUNC(void) PyFrame_BlockSetup(PyFrameObject *, int, int, int);
PyAPI_FUNC(PyTryBlock *) PyFrame_BlockPop(PyFrameObject *);

PyAPI_FUNC(void) PyFrame_LocalsToFast(PyFrameObject *, int);
PyAPI_FUNC(void) PyFrame_FastToLocals(PyFrameObject *);

PyAPI_FUNC(int) PyFrame_ClearFreeList(void);
PyAPI_FUNC(void) PyFrame_Fini(void);

PyAPI_FUNC(int) PyFrame_GetLineNumber(PyFrameObject *);

#ifdef __cplusplus
}
#endif
#endif /* !Py_FRAMEOBJECT_H */
