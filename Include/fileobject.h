#ifndef Py_FILEOBJECT_H
#define Py_FILEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* The built-in file type (Objects/fileobject.c).  Layout is 2.5's. */

typedef struct {
    PyObject_HEAD
    FILE *f_fp;
    PyObject *f_name;
    PyObject *f_mode;
    int (*f_close)(FILE *);
    int f_softspace;          /* flag used by 'print' */
    int f_binary;             /* opened in binary mode */
    char *f_buf;              /* read-ahead buffer of next()/readline */
    char *f_bufend;           /* end of the data in f_buf */
    char *f_bufptr;           /* current position in f_buf */
    char *f_setbuf;           /* buffer given to setvbuf, or NULL */
    int f_univ_newline;       /* 'U' mode */
    int f_newlinetypes;       /* NEWLINE_* bits seen so far */
    int f_skipnextlf;         /* last char read was a CR */
    PyObject *f_encoding;
    PyObject *weakreflist;
} PyFileObject;

PyAPI_DATA(PyTypeObject) PyFile_Type;

#define PyFile_Check(op) PyObject_TypeCheck(op, &PyFile_Type)
#define PyFile_CheckExact(op) ((op)->ob_type == &PyFile_Type)

PyAPI_FUNC(PyObject *) PyFile_FromString(char *, char *);
PyAPI_FUNC(void) PyFile_SetBufSize(PyObject *, int);
PyAPI_FUNC(int) PyFile_SetEncoding(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyFile_FromFile(FILE *, char *, char *, int (*)(FILE *));
PyAPI_FUNC(FILE *) PyFile_AsFile(PyObject *);
PyAPI_FUNC(PyObject *) PyFile_Name(PyObject *);
PyAPI_FUNC(PyObject *) PyFile_GetLine(PyObject *, int);
PyAPI_FUNC(int) PyFile_WriteObject(PyObject *, PyObject *, int);
PyAPI_FUNC(int) PyFile_SoftSpace(PyObject *, int);
PyAPI_FUNC(int) PyFile_WriteString(const char *, PyObject *);
PyAPI_FUNC(int) PyObject_AsFileDescriptor(PyObject *);

/* The default encoding used by the platform file system APIs (NULL: the
   default encoding of strings). */
PyAPI_DATA(const char *) Py_FileSystemDefaultEncoding;

/* Universal newline support */
#define PY_STDIOTEXTMODE "b"
char *Py_UniversalNewlineFgets(char *, int, FILE *, PyObject *);
size_t Py_UniversalNewlineFread(char *, size_t, FILE *, PyObject *);

#ifdef __cplusplus
}
#endif
#endif /* !Py_FILEOBJECT_H */
