/* Arena-allocated sequences of the AST (see Include/asdl.h). */

#include "Python.h"
#include "asdl.h"

/* Bytes for a sequence header followed by n slots of `slot` bytes, or 0
   if that would overflow. */
static size_t
seq_bytes(size_t header, int n, size_t slot)
{
    size_t count;
    if (n < 0)
        return 0;
    count = n ? (size_t)n - 1 : 0;   /* the header already has one slot */
    if (count > (PY_SSIZE_T_MAX - header) / slot)
        return 0;
    return header + count * slot;
}

asdl_seq *
asdl_seq_new(int size, PyArena *arena)
{
    asdl_seq *seq;
    size_t n = seq_bytes(sizeof(asdl_seq), size, sizeof(void *));
    if (n == 0) {
        PyErr_NoMemory();
        return NULL;
    }
    seq = (asdl_seq *)PyArena_Malloc(arena, n);
    if (seq == NULL)
        return NULL;
    memset(seq, 0, n);
    seq->size = size;
    return seq;
}

asdl_int_seq *
asdl_int_seq_new(int size, PyArena *arena)
{
    asdl_int_seq *seq;
    size_t n = seq_bytes(sizeof(asdl_int_seq), size, sizeof(int));
    if (n == 0) {
        PyErr_NoMemory();
        return NULL;
    }
    seq = (asdl_int_seq *)PyArena_Malloc(arena, n);
    if (seq == NULL)
        return NULL;
    memset(seq, 0, n);
    seq->size = size;
    return seq;
}
