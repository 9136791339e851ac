#ifndef Py_PYARENA_H
#define Py_PYARENA_H
#ifdef __cplusplus
extern "C" {
#endif

/* A region allocator for the AST: every node of one compilation comes from
   one arena and is released at once by PyArena_Free.  Python objects
   (identifiers, constants) registered with PyArena_AddPyObject are
   DECREF'ed when the arena is freed. */

typedef struct _arena PyArena;

PyAPI_FUNC(PyArena *) PyArena_New(void);
PyAPI_FUNC(void) PyArena_Free(PyArena *);

/* Memory lives until PyArena_Free; returns NULL (with MemoryError set) on
   failure. */
PyAPI_FUNC(void *) PyArena_Malloc(PyArena *, size_t size);

/* Steals the reference; returns 0 on success, -1 on failure. */
PyAPI_FUNC(int) PyArena_AddPyObject(PyArena *, PyObject *);

/* Private to the front end: the parser keeps a copy of the source in the
   arena so later compile errors can quote a line without reading files. */
PyAPI_FUNC(void) _PyArena_SetSource(PyArena *, const char *, size_t);
PyAPI_FUNC(PyObject *) _PyArena_SourceLine(PyArena *, int lineno);

#ifdef __cplusplus
}
#endif
#endif /* !Py_PYARENA_H */
