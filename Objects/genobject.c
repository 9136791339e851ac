/* Generator objects: a suspended frame that the eval loop resumes on
   next(), send(), throw() and close(). */

#include "Python.h"
#include "code.h"
#include "frameobject.h"
#include "genobject.h"
#include "opcode.h"
#include "structmember.h"

static PyObject *gen_close(PyGenObject *gen, PyObject *unused);

/* A generator whose frame is gone or has returned is exhausted. */
#define GEN_FINISHED(gen) \
    ((gen)->gi_frame == NULL || (gen)->gi_frame->f_stacktop == NULL)

static int
gen_traverse(PyGenObject *gen, visitproc visit, void *arg)
{
    Py_VISIT((PyObject *)gen->gi_frame);
    return 0;
}

/* The finaliser: a generator paused inside try/finally or with gets
   GeneratorExit thrown in so its clean-up code runs. */
static void
gen_del(PyObject *self)
{
    PyGenObject *gen = (PyGenObject *)self;
    PyObject *res, *t, *v, *tb;

    if (GEN_FINISHED(gen))
        return;
    /* Keep the object alive while Python code runs. */
    self->ob_refcnt = 1;
    PyErr_Fetch(&t, &v, &tb);
    res = gen_close(gen, NULL);
    if (res == NULL)
        PyErr_WriteUnraisable(self);
    else
        Py_DECREF(res);
    PyErr_Restore(t, v, tb);
    /* Undo the temporary reference; if the clean-up code stored the
       generator somewhere the count stays above zero. */
    --self->ob_refcnt;
}

static void
gen_dealloc(PyGenObject *gen)
{
    PyObject *self = (PyObject *)gen;

    PyObject_GC_UnTrack(gen);
    if (gen->gi_weakreflist != NULL)
        PyObject_ClearWeakRefs(self);

    if (!GEN_FINISHED(gen)) {
        PyObject_GC_Track(gen);
        gen_del(self);
        if (self->ob_refcnt > 0)
            return;             /* resurrected by its own clean-up code */
        PyObject_GC_UnTrack(gen);
    }
    Py_CLEAR(gen->gi_frame);
    PyObject_GC_Del(gen);
}

/* Resumes the frame.  `arg` is the value the paused yield evaluates to
   (NULL from next()); with `exc` set the pending exception is raised at
   the yield instead. */
static PyObject *
gen_send_ex(PyGenObject *gen, PyObject *arg, int exc)
{
    PyThreadState *ts = PyThreadState_GET();
    PyFrameObject *f = gen->gi_frame;
    PyObject *result;

    if (gen->gi_running) {
        PyErr_SetString(PyExc_ValueError, "generator already executing");
        return NULL;
    }
    if (GEN_FINISHED(gen)) {
        /* next() reports exhaustion without an exception; send() and
           throw() need StopIteration (throw leaves its own pending). */
        if (arg != NULL && !exc)
            PyErr_SetNone(PyExc_StopIteration);
        return NULL;
    }
    if (f->f_lasti == -1) {
        if (arg != NULL && arg != Py_None) {
            PyErr_SetString(PyExc_TypeError,
                "can't send non-None value to a just-started generator");
            return NULL;
        }
    }
    else {
        /* the value of the yield expression that paused the frame */
        result = arg != NULL ? arg : Py_None;
        Py_INCREF(result);
        *(f->f_stacktop++) = result;
    }

    /* Link the frame under the caller for tracebacks; it runs on this
       thread now (the one that made it may be gone). */
    f->f_tstate = ts;
    Py_XINCREF(ts->frame);
    f->f_back = ts->frame;
    gen->gi_running = 1;
    result = PyEval_EvalFrameEx(f, exc);
    gen->gi_running = 0;
    Py_CLEAR(f->f_back);

    if (result == Py_None && f->f_stacktop == NULL) {
        /* the generator returned (rather than yielded) */
        Py_DECREF(result);
        result = NULL;
        if (arg != NULL)
            PyErr_SetNone(PyExc_StopIteration);
    }
    if (result == NULL || f->f_stacktop == NULL) {
        /* finished: drop the frame now, releasing its locals */
        gen->gi_frame = NULL;
        Py_DECREF(f);
    }
    return result;
}

static PyObject *
gen_send(PyGenObject *gen, PyObject *arg)
{
    return gen_send_ex(gen, arg, 0);
}

static PyObject *
gen_iternext(PyGenObject *gen)
{
    return gen_send_ex(gen, NULL, 0);
}

static PyObject *
gen_close(PyGenObject *gen, PyObject *unused)
{
    PyObject *res;

    PyErr_SetNone(PyExc_GeneratorExit);
    res = gen_send_ex(gen, Py_None, 1);
    if (res != NULL) {
        Py_DECREF(res);
        PyErr_SetString(PyExc_RuntimeError,
                        "generator ignored GeneratorExit");
        return NULL;
    }
    if (PyErr_ExceptionMatches(PyExc_StopIteration) ||
        PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return NULL;
}

static PyObject *
gen_throw(PyGenObject *gen, PyObject *args)
{
    PyObject *typ, *val = NULL, *tb = NULL;

    if (!PyArg_UnpackTuple(args, "throw", 1, 3, &typ, &val, &tb))
        return NULL;

    if (tb == Py_None)
        tb = NULL;
    else if (tb != NULL && !PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError,
            "throw() third argument must be a traceback object");
        return NULL;
    }
    Py_INCREF(typ);
    Py_XINCREF(val);
    Py_XINCREF(tb);

    /* (E1, E2, ...) raises E1, following nested tuples */
    while (PyTuple_Check(typ) && PyTuple_GET_SIZE(typ) > 0) {
        PyObject *first = PyTuple_GET_ITEM(typ, 0);
        Py_INCREF(first);
        Py_DECREF(typ);
        typ = first;
    }

    if (PyExceptionClass_Check(typ))
        PyErr_NormalizeException(&typ, &val, &tb);
    else if (PyExceptionInstance_Check(typ)) {
        if (val != NULL && val != Py_None) {
            PyErr_SetString(PyExc_TypeError,
                "instance exception may not have a separate value");
            goto failed;
        }
        Py_XDECREF(val);
        val = typ;
        typ = PyExceptionInstance_Class(typ);
        Py_INCREF(typ);
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "exceptions must be classes, or instances, not %s",
                     typ->ob_type->tp_name);
        goto failed;
    }
    PyErr_Restore(typ, val, tb);
    return gen_send_ex(gen, Py_None, 1);

failed:
    Py_DECREF(typ);
    Py_XDECREF(val);
    Py_XDECREF(tb);
    return NULL;
}

static PyObject *
gen_repr(PyGenObject *gen)
{
    return PyString_FromFormat("<generator object at %p>", (void *)gen);
}

/* True if collecting the generator would need to run its clean-up code
   (it is paused inside a try block). */
int
PyGen_NeedsFinalizing(PyGenObject *gen)
{
    PyFrameObject *f = gen->gi_frame;
    int i;

    if (f == NULL || f->f_stacktop == NULL || f->f_iblock <= 0)
        return 0;
    for (i = f->f_iblock - 1; i >= 0; i--) {
        if (f->f_blockstack[i].b_type != SETUP_LOOP)
            return 1;
    }
    return 0;
}

static PyObject *
gen_get_frame(PyGenObject *gen, void *unused)
{
    PyObject *f = gen->gi_frame ? (PyObject *)gen->gi_frame : Py_None;
    Py_INCREF(f);
    return f;
}

static PyMemberDef gen_memberlist[] = {
    {"gi_running", T_INT, offsetof(PyGenObject, gi_running), READONLY},
    {NULL}
};

static PyGetSetDef gen_getsetlist[] = {
    {"gi_frame", (getter)gen_get_frame, NULL, NULL},
    {NULL}
};

static PyMethodDef gen_methods[] = {
    {"send", (PyCFunction)gen_send, METH_O,
     "send(arg) -> send 'arg' into generator,\n"
     "return next yielded value or raise StopIteration."},
    {"throw", (PyCFunction)gen_throw, METH_VARARGS,
     "throw(typ[,val[,tb]]) -> raise exception in generator,\n"
     "return next yielded value or raise StopIteration."},
    {"close", (PyCFunction)gen_close, METH_NOARGS,
     "close(arg) -> raise GeneratorExit inside generator."},
    {NULL, NULL}
};

PyTypeObject PyGen_Type = {
    PyObject_HEAD_INIT(&PyType_Type)
    0,
    "generator",
    sizeof(PyGenObject),
    0,
    (destructor)gen_dealloc,                    /* tp_dealloc */
    0,                                          /* tp_print */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_compare */
    (reprfunc)gen_repr,                         /* tp_repr */
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
    (traverseproc)gen_traverse,                 /* tp_traverse */
    0,                                          /* tp_clear */
    0,                                          /* tp_richcompare */
    offsetof(PyGenObject, gi_weakreflist),      /* tp_weaklistoffset */
    PyObject_SelfIter,                          /* tp_iter */
    (iternextfunc)gen_iternext,                 /* tp_iternext */
    gen_methods,                                /* tp_methods */
    gen_memberlist,                             /* tp_members */
    gen_getsetlist,                             /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    0,                                          /* tp_init */
    0,                                          /* tp_alloc */
    0,                                          /* tp_new */
    0,                                          /* tp_free */
    0,                                          /* tp_is_gc */
    0,                                          /* tp_bases */
    0,                                          /* tp_mro */
    0,                                          /* tp_cache */
    0,                                          /* tp_subclasses */
    0,                                          /* tp_weaklist */
    gen_del,                                    /* tp_del */
};

PyObject *
PyGen_New(PyFrameObject *f)
{
    PyGenObject *gen = PyObject_GC_New(PyGenObject, &PyGen_Type);
    if (gen == NULL) {
        Py_DECREF(f);
        return NULL;
    }
    gen->gi_frame = f;          /* takes over the reference */
    gen->gi_running = 0;
    gen->gi_weakreflist = NULL;
    PyObject_GC_Track(gen);
    return (PyObject *)gen;
}
