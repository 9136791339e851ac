#ifndef Py_IMPORT_H
#define Py_IMPORT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Module import (Python/import.c, Python/importdl.c). */

PyAPI_FUNC(long) PyImport_GetMagicNumber(void);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModule(char *name, PyObject *co);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModuleEx(char *name, PyObject *co,
                                                 char *pathname);
PyAPI_FUNC(PyObject *) PyImport_GetModuleDict(void);
PyAPI_FUNC(PyObject *) PyImport_AddModule(const char *name);
PyAPI_FUNC(PyObject *) PyImport_ImportModule(const char *name);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleEx(char *name, PyObject *globals,
                                               PyObject *locals, PyObject *fromlist);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleLevel(char *name, PyObject *globals,
                                                  PyObject *locals, PyObject *fromlist,
                                                  int level);

/* As in 2.5, the Ex spelling is a macro (the function stays exported). */
#define PyImport_ImportModuleEx(n, g, l, f) \
    PyImport_ImportModuleLevel(n, g, l, f, -1)

PyAPI_FUNC(PyObject *) PyImport_Import(PyObject *name);
PyAPI_FUNC(PyObject *) PyImport_ReloadModule(PyObject *m);
PyAPI_FUNC(void) PyImport_Cleanup(void);
PyAPI_FUNC(int) PyImport_ImportFrozenModule(char *);

PyAPI_FUNC(PyObject *) _PyImport_FindExtension(char *, char *);
PyAPI_FUNC(PyObject *) _PyImport_FixupExtension(char *, char *);

struct _inittab {
    char *name;
    void (*initfunc)(void);
};

PyAPI_DATA(PyTypeObject) PyNullImporter_Type;
PyAPI_DATA(struct _inittab *) PyImport_Inittab;

PyAPI_FUNC(int) PyImport_AppendInittab(char *name, void (*initfunc)(void));
PyAPI_FUNC(int) PyImport_ExtendInittab(struct _inittab *newtab);

struct _frozen {
    char *name;
    unsigned char *code;
    int size;
};

/* Frozen modules: a table terminated by a NULL name (Python/frozen.c). */
PyAPI_DATA(struct _frozen *) PyImport_FrozenModules;

/* The built-in module table (Modules/config.c). */
PyAPI_DATA(struct _inittab) _PyImport_Inittab[];

/* Project additions (not 2.5 API). */

/* Kinds of thing an import may load, for _PyImport_Allowed. */
#define _PyImport_KIND_SOURCE    1   /* .py compiled from source */
#define _PyImport_KIND_BYTECODE  2   /* .pyc/.pyo read with marshal */
#define _PyImport_KIND_EXTENSION 3   /* shared library, dlopen */
#define _PyImport_KIND_BUILTIN   4   /* entry of the inittab */
#define _PyImport_KIND_PACKAGE   5   /* a directory with __init__.py */
#define _PyImport_KIND_HOOK      6   /* a PEP 302 loader */

/* The single place where the current interpreter's right to load `name`
   of the given kind is decided.  Returns 1 if allowed, 0 if refused (with
   ImportError set), -1 on other errors.  A sandbox must never load bytecode
   files nor unvetted C modules. */
PyAPI_FUNC(int) _PyImport_Allowed(const char *name, int kind);

/* importdl.c: load a shared library and run its initNAME(). */
PyAPI_FUNC(PyObject *) _PyImport_LoadDynamicModule(char *name, char *pathname, FILE *fp);

/* bltinmodule.c: put every built-in exception class into a dict. */
PyAPI_FUNC(int) _PyBuiltin_AddExceptions(PyObject *dict);

/* Per-interpreter import lock helpers (held across an import). */
PyAPI_FUNC(void) _PyImport_AcquireLock(void);
PyAPI_FUNC(int) _PyImport_ReleaseLock(void);
PyAPI_FUNC(void) _PyImport_ReInitLock(void);

#ifdef __cplusplus
}
#endif
#endif /* !Py_IMPORT_H */
