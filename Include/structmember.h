#ifndef Py_STRUCTMEMBER_H
#define Py_STRUCTMEMBER_H
#ifdef __cplusplus
extern "C" {
#endif

/* Describing C struct members as Python attributes
   (Objects/structmember.c).  Not included by Python.h. */

#include <stddef.h>     /* offsetof */

/* The old table format (used with PyMember_Get/PyMember_Set). */
struct memberlist {
    char *name;
    int type;
    int offset;
    int flags;
};

/* The table format of tp_members. */
typedef struct PyMemberDef {
    char *name;
    int type;
    Py_ssize_t offset;
    int flags;
    char *doc;
} PyMemberDef;

/* Member types */
#define T_SHORT         0
#define T_INT           1
#define T_LONG          2
#define T_FLOAT         3
#define T_DOUBLE        4
#define T_STRING        5
#define T_OBJECT        6
#define T_CHAR          7   /* 1-character string */
#define T_BYTE          8   /* signed char, as a number */
#define T_UBYTE         9
#define T_USHORT        10
#define T_UINT          11
#define T_ULONG         12
#define T_STRING_INPLACE 13 /* char array inside the struct */
#define T_OBJECT_EX     16  /* like T_OBJECT, but NULL raises AttributeError */
#ifdef HAVE_LONG_LONG
#define T_LONGLONG      17
#define T_ULONGLONG     18
#endif

/* Flags */
#define READONLY         1
#define RO               READONLY
#define READ_RESTRICTED  2
#define WRITE_RESTRICTED 4
#define RESTRICTED       (READ_RESTRICTED | WRITE_RESTRICTED)

/* Old API: look `name` up in a memberlist. */
PyAPI_FUNC(PyObject *) PyMember_Get(const char *, struct memberlist *, const char *);
PyAPI_FUNC(int) PyMember_Set(char *, struct memberlist *, const char *, PyObject *);

/* Current API: read/write one member of the struct at `addr`. */
PyAPI_FUNC(PyObject *) PyMember_GetOne(const char *, struct PyMemberDef *);
PyAPI_FUNC(int) PyMember_SetOne(char *, struct PyMemberDef *, PyObject *);

#ifdef __cplusplus
}
#endif
#endif /* !Py_STRUCTMEMBER_H */
