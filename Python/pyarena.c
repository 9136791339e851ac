/* Region allocator for AST nodes (see Include/pyarena.h).

   Memory is handed out from a chain of chunks.  Small requests are carved
   sequentially out of the current chunk; a request bigger than a quarter of
   the default chunk gets a chunk of its own so little space is wasted.
   Everything goes through PyMem_* so the current interpreter pays for it. */

#include "Python.h"

#define ARENA_CHUNK_SIZE   8192
#define ARENA_ALIGN        8

struct arena_chunk {
    struct arena_chunk *next;
    size_t size;        /* usable bytes after the header */
    size_t used;
    /* payload follows, aligned */
};

struct _arena {
    struct arena_chunk *chunks;     /* most recent first */
    PyObject **objs;                /* references owned by the arena */
    size_t nobjs;
    size_t objs_cap;
    /* Copy of the source text, kept so compile-time errors can quote the
       offending line without re-reading files (see _PyArena_SourceLine). */
    char *source;
    size_t source_len;
};

#define CHUNK_HEADER \
    ((sizeof(struct arena_chunk) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

static struct arena_chunk *
chunk_new(size_t payload)
{
    struct arena_chunk *c;
    if (payload > PY_SSIZE_T_MAX - CHUNK_HEADER)
        return NULL;
    c = (struct arena_chunk *)PyMem_Malloc(CHUNK_HEADER + payload);
    if (c == NULL)
        return NULL;
    c->next = NULL;
    c->size = payload;
    c->used = 0;
    return c;
}

PyArena *
PyArena_New(void)
{
    PyArena *a = (PyArena *)PyMem_Malloc(sizeof(PyArena));
    if (a == NULL)
        return (PyArena *)PyErr_NoMemory();
    a->chunks = chunk_new(ARENA_CHUNK_SIZE);
    if (a->chunks == NULL) {
        PyMem_Free(a);
        return (PyArena *)PyErr_NoMemory();
    }
    a->objs = NULL;
    a->nobjs = 0;
    a->objs_cap = 0;
    a->source = NULL;
    a->source_len = 0;
    return a;
}

void
PyArena_Free(PyArena *a)
{
    struct arena_chunk *c, *next;
    size_t i;
    if (a == NULL)
        return;
    /* Drop the objects in reverse order of registration. */
    for (i = a->nobjs; i > 0; i--)
        Py_DECREF(a->objs[i - 1]);
    if (a->objs != NULL)
        PyMem_Free(a->objs);
    for (c = a->chunks; c != NULL; c = next) {
        next = c->next;
        PyMem_Free(c);
    }
    if (a->source != NULL)
        PyMem_Free(a->source);
    PyMem_Free(a);
}

void *
PyArena_Malloc(PyArena *a, size_t size)
{
    struct arena_chunk *c = a->chunks;
    char *p;
    if (size > PY_SSIZE_T_MAX - ARENA_ALIGN) {
        PyErr_NoMemory();
        return NULL;
    }
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    if (c->size - c->used < size) {
        struct arena_chunk *n;
        if (size > ARENA_CHUNK_SIZE / 4) {
            /* Private chunk, linked behind the current one so the
               current chunk keeps serving small requests. */
            n = chunk_new(size);
            if (n == NULL) {
                PyErr_NoMemory();
                return NULL;
            }
            n->used = size;
            n->next = c->next;
            c->next = n;
            return (char *)n + CHUNK_HEADER;
        }
        n = chunk_new(ARENA_CHUNK_SIZE);
        if (n == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        n->next = c;
        a->chunks = c = n;
    }
    p = (char *)c + CHUNK_HEADER + c->used;
    c->used += size;
    return p;
}

int
PyArena_AddPyObject(PyArena *a, PyObject *obj)
{
    if (a->nobjs == a->objs_cap) {
        size_t ncap = a->objs_cap ? a->objs_cap * 2 : 64;
        PyObject **n;
        /* Callers (the parser) return NULL straight up: the failure
           must carry its MemoryError. */
        if (ncap > PY_SSIZE_T_MAX / sizeof(PyObject *)) {
            PyErr_NoMemory();
            return -1;
        }
        n = (PyObject **)PyMem_Realloc(a->objs, ncap * sizeof(PyObject *));
        if (n == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        a->objs = n;
        a->objs_cap = ncap;
    }
    a->objs[a->nobjs++] = obj;
    return 0;
}

/* Remember the source text of the compilation (copied).  Used by the
   parser; failure is harmless (errors then carry no source line). */
void
_PyArena_SetSource(PyArena *a, const char *src, size_t len)
{
    char *copy;
    if (a == NULL || src == NULL || len > PY_SSIZE_T_MAX - 1)
        return;
    copy = (char *)PyMem_Malloc(len + 1);
    if (copy == NULL)
        return;
    memcpy(copy, src, len);
    copy[len] = '\0';
    if (a->source != NULL)
        PyMem_Free(a->source);
    a->source = copy;
    a->source_len = len;
}

/* New reference to line `lineno` (1-based) of the remembered source,
   newline included, or NULL (no exception set) if there is none. */
PyObject *
_PyArena_SourceLine(PyArena *a, int lineno)
{
    const char *p, *end, *eol;
    int n;
    if (a == NULL || a->source == NULL || lineno < 1)
        return NULL;
    p = a->source;
    end = p + a->source_len;
    for (n = 1; n < lineno; n++) {
        const char *nl = memchr(p, '\n', end - p);
        if (nl == NULL)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    eol = memchr(p, '\n', end - p);
    eol = eol ? eol + 1 : end;
    return PyString_FromStringAndSize(p, eol - p);
}
