#ifndef Py_ASDL_H
#define Py_ASDL_H

/* Builtin ASDL types used by Python-ast.h. */

typedef PyObject *identifier;
typedef PyObject *string;
typedef PyObject *object;

/* Sequences are allocated in an arena; `size` is fixed at creation. */
typedef struct {
    int size;
    void *elements[1];
} asdl_seq;

typedef struct {
    int size;
    int elements[1];
} asdl_int_seq;

asdl_seq *asdl_seq_new(int size, PyArena *arena);
asdl_int_seq *asdl_int_seq_new(int size, PyArena *arena);

#define asdl_seq_GET(S, I) ((S)->elements[(I)])
#define asdl_seq_SET(S, I, V) ((S)->elements[(I)] = (V))
#define asdl_seq_LEN(S) ((S) == NULL ? 0 : (S)->size)

#endif /* !Py_ASDL_H */
