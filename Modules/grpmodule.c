/* The grp module: read-only access to the Unix group database.
   Host-only, like pwd. */

#include "Python.h"
#include "structseq.h"

#include <sys/types.h>
#include <grp.h>

static PyStructSequence_Field group_fields[] = {
    {"gr_name", "group name"},
    {"gr_passwd", "password"},
    {"gr_gid", "group id"},
    {"gr_mem", "group members"},
    {0}
};

static PyStructSequence_Desc group_desc = {
    "grp.struct_group",
    "grp.struct_group: Results from getgr*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n"
    "or via the object attributes as named in the above tuple.",
    group_fields,
    4,
};

static PyTypeObject GroupType;
static int group_type_ready = 0;

static PyObject *
member_list(char **names)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (; names != NULL && *names != NULL; names++) {
        PyObject *s = PyString_FromString(*names);
        if (s == NULL || PyList_Append(list, s) != 0) {
            Py_XDECREF(s);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(s);
    }
    return list;
}

static PyObject *
make_group(const struct group *g)
{
    PyObject *v = PyStructSequence_New(&GroupType);
    PyObject *items[4];
    int i;

    if (v == NULL)
        return NULL;
    items[0] = PyString_FromString(g->gr_name ? g->gr_name : "");
    items[1] = PyString_FromString(g->gr_passwd ? g->gr_passwd : "");
    items[2] = PyInt_FromLong((long)g->gr_gid);
    items[3] = member_list(g->gr_mem);
    for (i = 0; i < 4; i++) {
        if (items[i] == NULL) {
            int j;
            for (j = 0; j < 4; j++)
                Py_XDECREF(items[j]);
            Py_DECREF(v);
            return NULL;
        }
    }
    for (i = 0; i < 4; i++)
        PyStructSequence_SET_ITEM(v, i, items[i]);
    return v;
}

static PyObject *
grp_getgrgid(PyObject *self, PyObject *args)
{
    int gid;
    struct group *g;

    if (!PyArg_ParseTuple(args, "i:getgrgid", &gid))
        return NULL;
    g = getgrgid((gid_t)gid);
    if (g == NULL) {
        PyErr_Format(PyExc_KeyError, "getgrgid(): gid not found: %d", gid);
        return NULL;
    }
    return make_group(g);
}

static PyObject *
grp_getgrnam(PyObject *self, PyObject *args)
{
    char *name;
    struct group *g;

    if (!PyArg_ParseTuple(args, "s:getgrnam", &name))
        return NULL;
    g = getgrnam(name);
    if (g == NULL) {
        PyErr_Format(PyExc_KeyError, "getgrnam(): name not found: %s", name);
        return NULL;
    }
    return make_group(g);
}

static PyObject *
grp_getgrall(PyObject *self)
{
    PyObject *result = PyList_New(0);
    struct group *g;

    if (result == NULL)
        return NULL;
    setgrent();
    while ((g = getgrent()) != NULL) {
        PyObject *entry = make_group(g);
        if (entry == NULL || PyList_Append(result, entry) != 0) {
            Py_XDECREF(entry);
            Py_DECREF(result);
            endgrent();
            return NULL;
        }
        Py_DECREF(entry);
    }
    endgrent();
    return result;
}

static PyMethodDef grp_methods[] = {
    {"getgrgid", grp_getgrgid, METH_VARARGS,
     "getgrgid(id) -> tuple\n"
     "Return the group database entry for the given numeric group ID."},
    {"getgrnam", grp_getgrnam, METH_VARARGS,
     "getgrnam(name) -> tuple\n"
     "Return the group database entry for the given group name."},
    {"getgrall", (PyCFunction)grp_getgrall, METH_NOARGS,
     "getgrall() -> list of tuples\n"
     "Return a list of all available group entries, in arbitrary order."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initgrp(void)
{
    PyObject *m = Py_InitModule3("grp", grp_methods,
        "Access to the Unix group database (getgrgid, getgrnam, getgrall).");
    if (m == NULL)
        return;
    if (!group_type_ready) {
        PyStructSequence_InitType(&GroupType, &group_desc);
        group_type_ready = 1;
    }
    Py_INCREF(&GroupType);
    PyModule_AddObject(m, "struct_group", (PyObject *)&GroupType);
}
