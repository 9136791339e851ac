/* Traceback objects: the chain of (frame, instruction) records collected
   while an exception propagates, and their default printing. */

#include "Python.h"
#include "code.h"
#include "frameobject.h"
#include "structmember.h"

#include <string.h>

#define OFF(x) offsetof(PyTracebackObject, x)

static PyMemberDef tb_memberlist[] = {
    {"tb_next",   T_OBJECT, OFF(tb_next),   READONLY},
    {"tb_frame",  T_OBJECT, OFF(tb_frame),  READONLY},
    {"tb_lasti",  T_INT,    OFF(tb_lasti),  READONLY},
    {"tb_lineno", T_INT,    OFF(tb_lineno), READONLY},
    {NULL}
};

static void
tb_dealloc(PyTracebackObject *tb)
{
    PyObject_GC_UnTrack(tb);
    Py_TRASHCAN_SAFE_BEGIN(tb)
    Py_XDECREF(tb->tb_next);
    Py_XDECREF(tb->tb_frame);
    PyObject_GC_Del(tb);
    Py_TRASHCAN_SAFE_END(tb)
}

static int
tb_traverse(PyTracebackObject *tb, visitproc visit, void *arg)
{
    Py_VISIT(tb->tb_next);
    Py_VISIT(tb->tb_frame);
    return 0;
}

static int
tb_clear(PyTracebackObject *tb)
{
    Py_CLEAR(tb->tb_next);
    Py_CLEAR(tb->tb_frame);
    return 0;
}

PyTypeObject PyTraceBack_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "traceback",
    sizeof(PyTracebackObject),
    0,
    (destructor)tb_dealloc,                     /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    0,                                          /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    0,                                          /* tp_hash */
    0,                                          /* tp_call */
    0,                                          /* tp_str */
    PyObject_GenericGetAttr,                    /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,    /* tp_flags */
    0,                                          /* tp_doc */
    (traverseproc)tb_traverse,                  /* tp_traverse */
    (inquiry)tb_clear,                          /* tp_clear */
    0,                                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    0,                                          /* tp_iter */
    0,                                          /* tp_iternext */
    0,                                          /* tp_methods */
    tb_memberlist,                              /* tp_members */
    0,                                          /* tp_getset */
};

/* Adds a record for `frame` in front of the current exception's
   traceback. */
int
PyTraceBack_Here(PyFrameObject *frame)
{
    PyThreadState *ts = PyThreadState_GET();
    PyTracebackObject *old = (PyTracebackObject *)ts->curexc_traceback;
    PyTracebackObject *tb;

    if (frame == NULL || (old != NULL && !PyTraceBack_Check((PyObject *)old))) {
        PyErr_BadInternalCall();
        return -1;
    }
    tb = PyObject_GC_New(PyTracebackObject, &PyTraceBack_Type);
    if (tb == NULL)
        return -1;
    tb->tb_next = old;              /* takes over the thread's reference */
    Py_INCREF(frame);
    tb->tb_frame = frame;
    tb->tb_lasti = frame->f_lasti;
    tb->tb_lineno = PyCode_Addr2Line(frame->f_code, frame->f_lasti);
    PyObject_GC_Track(tb);
    ts->curexc_traceback = (PyObject *)tb;
    return 0;
}

/* Opens the source file of a traceback entry: as given, or else its last
   path component under each directory of sys.path (how 2.5 finds the
   modules it imported by a relative name). */
static FILE *
open_source(const char *filename)
{
    FILE *fp;
    const char *tail;
    PyObject *path;
    Py_ssize_t i, n;

    fp = fopen(filename, "r");
    if (fp != NULL || filename[0] == '/')
        return fp;
    tail = strrchr(filename, '/');
    tail = tail ? tail + 1 : filename;
    path = PySys_GetObject("path");
    if (path == NULL || !PyList_Check(path))
        return NULL;
    n = PyList_GET_SIZE(path);
    for (i = 0; i < n && fp == NULL; i++) {
        char buf[4096];
        PyObject *entry = PyList_GET_ITEM(path, i);
        size_t len;
        if (!PyString_Check(entry))
            continue;
        len = (size_t)PyString_GET_SIZE(entry);
        if (len + 1 + strlen(tail) + 1 > sizeof(buf) ||
            strlen(PyString_AS_STRING(entry)) != len)
            continue;
        memcpy(buf, PyString_AS_STRING(entry), len);
        if (len > 0 && buf[len - 1] != '/')
            buf[len++] = '/';
        strcpy(buf + len, tail);
        fp = fopen(buf, "r");
    }
    return fp;
}

/* Prints line `lineno` of `filename`, indented by four spaces and with
   its leading white space removed.  Nothing is printed if the file
   cannot be read.  Sandboxes never read host files this way (their file
   names come from compile() and would let them read any host file). */
static int
print_source_line(PyObject *out, const char *filename, int lineno)
{
    FILE *fp;
    char buf[1000];
    int cur = 1, err = 0;

    if (filename == NULL || lineno <= 0 || _PyInterpreterState_IsSandboxed())
        return 0;
    fp = open_source(filename);
    if (fp == NULL)
        return 0;
    for (;;) {
        size_t len;
        if (fgets(buf, sizeof(buf), fp) == NULL) {
            buf[0] = '\0';
            break;
        }
        len = strlen(buf);
        if (cur == lineno)
            break;
        if (len > 0 && buf[len - 1] == '\n')
            cur++;
    }
    fclose(fp);
    if (cur == lineno && buf[0] != '\0') {
        char *p = buf;
        size_t len;
        while (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\014')
            p++;
        len = strlen(p);
        while (len > 0 && (p[len - 1] == '\n' || p[len - 1] == '\r'))
            p[--len] = '\0';
        err = PyFile_WriteString("    ", out);
        if (!err)
            err = PyFile_WriteString(p, out);
        if (!err)
            err = PyFile_WriteString("\n", out);
    }
    return err;
}

static int
print_entry(PyObject *out, PyTracebackObject *tb)
{
    char line[1200];
    PyCodeObject *co = tb->tb_frame->f_code;
    const char *filename = PyString_Check(co->co_filename) ?
        PyString_AS_STRING(co->co_filename) : "???";
    const char *name = PyString_Check(co->co_name) ?
        PyString_AS_STRING(co->co_name) : "???";
    int err;

    PyOS_snprintf(line, sizeof(line), "  File \"%.500s\", line %d, in %.500s\n",
                  filename, tb->tb_lineno, name);
    err = PyFile_WriteString(line, out);
    if (!err)
        err = print_source_line(out, filename, tb->tb_lineno);
    return err;
}

int
PyTraceBack_Print(PyObject *v, PyObject *f)
{
    PyTracebackObject *tb;
    long limit = 1000, depth = 0;
    PyObject *lim;
    int err;

    if (v == NULL)
        return 0;
    if (!PyTraceBack_Check(v)) {
        PyErr_BadInternalCall();
        return -1;
    }
    lim = PySys_GetObject("tracebacklimit");
    if (lim != NULL && PyInt_Check(lim)) {
        limit = PyInt_AsLong(lim);
        if (limit <= 0)
            return 0;
    }
    err = PyFile_WriteString("Traceback (most recent call last):\n", f);
    for (tb = (PyTracebackObject *)v; tb != NULL; tb = tb->tb_next)
        depth++;
    for (tb = (PyTracebackObject *)v; tb != NULL && !err; tb = tb->tb_next) {
        if (depth <= limit)
            err = print_entry(f, tb);
        depth--;
        if (!err)
            err = PyErr_CheckSignals();
    }
    return err;
}
