#ifndef Py_PYMEM_H
#define Py_PYMEM_H
#ifdef __cplusplus
extern "C" {
#endif

/* Raw memory interface.  Every block handed out by PyMem_* and PyObject_*
   is charged to the memory account of the interpreter that is current
   when it is allocated, and credited back to that same account when it is
   freed (whichever interpreter is current then).  An interpreter whose
   account would go over its limit gets NULL (callers raise MemoryError).
   The macro spellings are the same functions: nothing bypasses the account. */

PyAPI_FUNC(void *) PyMem_Malloc(size_t);
PyAPI_FUNC(void *) PyMem_Realloc(void *, size_t);
PyAPI_FUNC(void) PyMem_Free(void *);

#define PyMem_MALLOC(n) PyMem_Malloc(n)
#define PyMem_REALLOC(p, n) PyMem_Realloc((p), (n))
#define PyMem_FREE(p) PyMem_Free(p)

#define PyMem_New(type, n) \
    (((size_t)(n) > PY_SSIZE_T_MAX / sizeof(type)) ? NULL : \
     ((type *)PyMem_Malloc((n) * sizeof(type))))
#define PyMem_NEW(type, n) PyMem_New(type, n)
#define PyMem_Resize(p, type, n) \
    ((p) = ((size_t)(n) > PY_SSIZE_T_MAX / sizeof(type)) ? NULL : \
     (type *)PyMem_Realloc((p), (n) * sizeof(type)))
#define PyMem_RESIZE(p, type, n) PyMem_Resize(p, type, n)
#define PyMem_Del PyMem_Free
#define PyMem_DEL PyMem_Free

/* Uncharged allocation for process-level structures (interpreter records,
   account records, static tables).  Never reachable from Python code. */
PyAPI_FUNC(void *) PyMem_RawMalloc(size_t);
PyAPI_FUNC(void *) PyMem_RawRealloc(void *, size_t);
PyAPI_FUNC(void) PyMem_RawFree(void *);

/* Per-interpreter memory accounts (see Objects/obmalloc.c). */
typedef struct _PyMemAccount PyMemAccount;

PyAPI_FUNC(PyMemAccount *) _PyMem_AccountNew(size_t limit);
PyAPI_FUNC(void) _PyMem_AccountRelease(PyMemAccount *);
PyAPI_FUNC(size_t) _PyMem_AccountUsed(PyMemAccount *);
PyAPI_FUNC(size_t) _PyMem_AccountPeak(PyMemAccount *);
PyAPI_FUNC(size_t) _PyMem_AccountLimit(PyMemAccount *);
PyAPI_FUNC(void) _PyMem_AccountSetLimit(PyMemAccount *, size_t);
/* Nonzero if an allocation was refused because of the limit since the
   flag was last cleared (the powerbox reads this, not the exception). */
PyAPI_FUNC(int) _PyMem_AccountLimitHit(PyMemAccount *, int clear);
/* The account new blocks are charged to (NULL: the process account). */
PyAPI_FUNC(PyMemAccount *) _PyMem_SetCurrentAccount(PyMemAccount *);
PyAPI_FUNC(PyMemAccount *) _PyMem_CurrentAccount(void);
/* The account of process-level objects (shared, immutable, uncharged
   to any interpreter). */
PyAPI_FUNC(PyMemAccount *) _PyMem_ProcessAccount(void);
/* Ask before a big allocation whose size is known in advance: returns 0
   if `nbytes` more would fit in the current account, else sets
   MemoryError and returns -1. */
PyAPI_FUNC(int) _PyMem_CheckAvailable(size_t nbytes);
/* The account a block obtained from PyObject_Malloc is charged to, and
   how many accounts exist (with one, every block is the same owner's). */
PyAPI_FUNC(PyMemAccount *) _PyMem_BlockAccount(void *);
PyAPI_DATA(int) _PyMem_NumAccounts;

#ifdef __cplusplus
}
#endif
#endif /* !Py_PYMEM_H */
