#ifndef Py_SYMTABLE_H
#define Py_SYMTABLE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Symbol tables (Python/symtable.c): which scope every name of a module
   belongs to, computed from the AST before code generation. */

typedef enum _block_type { FunctionBlock, ClassBlock, ModuleBlock }
    _Py_block_ty;

struct _symtable_entry;

struct symtable {
    const char *st_filename;            /* name of file being compiled */
    struct _symtable_entry *st_cur;     /* entry being filled in */
    struct _symtable_entry *st_top;     /* the module's entry */
    PyObject *st_symbols;               /* dict: block id -> entry */
    PyObject *st_stack;                 /* list of enclosing entries */
    PyObject *st_global;                /* the module entry's symbol dict */
    int st_nblocks;                     /* number of blocks seen */
    PyObject *st_private;               /* class name, for mangling */
    int st_tmpname;                     /* counter for hidden names */
    PyFutureFeatures *st_future;        /* module's future features */
    int st_depth;                       /* AST recursion depth (private) */
};

typedef struct _symtable_entry {
    PyObject_HEAD
    PyObject *ste_id;           /* int: key in st_symbols */
    PyObject *ste_symbols;      /* dict: name -> DEF_* / scope flags */
    PyObject *ste_name;         /* str: name of the block */
    PyObject *ste_varnames;     /* list: parameters, in order */
    PyObject *ste_children;     /* list of nested entries */
    _Py_block_ty ste_type;
    int ste_unoptimized;        /* OPT_* bits: false when fast locals ok */
    unsigned ste_nested : 1;        /* inside a function */
    unsigned ste_free : 1;          /* has free variables */
    unsigned ste_child_free : 1;    /* a nested block has free variables */
    unsigned ste_generator : 1;     /* is a generator */
    unsigned ste_varargs : 1;       /* has *args */
    unsigned ste_varkeywords : 1;   /* has **kwargs */
    unsigned ste_returns_value : 1; /* has `return expr` */
    int ste_lineno;             /* first line of the block */
    int ste_opt_lineno;         /* line of import * or bare exec */
    int ste_tmpname;            /* counter for hidden names */
    struct symtable *ste_table;
} PySTEntryObject;

PyAPI_DATA(PyTypeObject) PySTEntry_Type;

#define PySTEntry_Check(op) ((op)->ob_type == &PySTEntry_Type)

PyAPI_FUNC(int) PyST_GetScope(PySTEntryObject *, PyObject *);

struct _mod;
PyAPI_FUNC(struct symtable *) PySymtable_Build(struct _mod *, const char *,
                                               PyFutureFeatures *);
PyAPI_FUNC(PySTEntryObject *) PySymtable_Lookup(struct symtable *, void *);
PyAPI_FUNC(void) PySymtable_Free(struct symtable *);

/* Flags of a name within one block (values of ste_symbols). */
#define DEF_GLOBAL      1           /* global statement */
#define DEF_LOCAL       2           /* assigned in the block */
#define DEF_PARAM       (2 << 1)    /* formal parameter */
#define USE             (2 << 2)    /* read in the block */
#define DEF_STAR        (2 << 3)    /* *args */
#define DEF_DOUBLESTAR  (2 << 4)    /* **kwargs */
#define DEF_INTUPLE     (2 << 5)    /* inside a tuple parameter */
#define DEF_FREE        (2 << 6)    /* free variable of the block */
#define DEF_FREE_GLOBAL (2 << 7)    /* free and implicitly global */
#define DEF_FREE_CLASS  (2 << 8)    /* free in a class from an outer scope */
#define DEF_IMPORT      (2 << 9)    /* bound by import */

#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* The resolved scope is stored in bits SCOPE_OFF.. of the flags. */
#define SCOPE_OFF 11
#define SCOPE_MASK 7

#define LOCAL 1
#define GLOBAL_EXPLICIT 2
#define GLOBAL_IMPLICIT 3
#define FREE 4
#define CELL 5

/* ste_unoptimized bits */
#define OPT_IMPORT_STAR 1
#define OPT_EXEC 2
#define OPT_BARE_EXEC 4

#define GENERATOR 1
#define GENERATOR_EXPRESSION 2

#ifdef __cplusplus
}
#endif
#endif /* !Py_SYMTABLE_H */
