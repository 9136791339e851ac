/* The pwd module: read-only access to the Unix password database.
   Host-only: it reveals account information, so sandboxes never get it. */

#include "Python.h"
#include "structseq.h"

#include <sys/types.h>
#include <pwd.h>

static PyStructSequence_Field passwd_fields[] = {
    {"pw_name", "user name"},
    {"pw_passwd", "password"},
    {"pw_uid", "user id"},
    {"pw_gid", "group id"},
    {"pw_gecos", "real name"},
    {"pw_dir", "home directory"},
    {"pw_shell", "shell program"},
    {0}
};

static PyStructSequence_Desc passwd_desc = {
    "pwd.struct_passwd",
    "pwd.struct_passwd: Results from getpw*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
    "or via the object attributes as named in the above tuple.",
    passwd_fields,
    7,
};

static PyTypeObject PasswdType;
static int passwd_type_ready = 0;

/* A NULL string field becomes "" rather than None, as the C library
   leaves some fields unset on some systems. */
static PyObject *
text_or_empty(const char *s)
{
    return PyString_FromString(s != NULL ? s : "");
}

static PyObject *
make_passwd(const struct passwd *pw)
{
    PyObject *v = PyStructSequence_New(&PasswdType);
    PyObject *items[7];
    int i;

    if (v == NULL)
        return NULL;
    items[0] = text_or_empty(pw->pw_name);
    items[1] = text_or_empty(pw->pw_passwd);
    items[2] = PyInt_FromLong((long)pw->pw_uid);
    items[3] = PyInt_FromLong((long)pw->pw_gid);
    items[4] = text_or_empty(pw->pw_gecos);
    items[5] = text_or_empty(pw->pw_dir);
    items[6] = text_or_empty(pw->pw_shell);
    for (i = 0; i < 7; i++) {
        if (items[i] == NULL) {
            int j;
            for (j = 0; j < 7; j++)
                Py_XDECREF(items[j]);
            /* the unset slots of v are NULL, which dealloc tolerates */
            Py_DECREF(v);
            return NULL;
        }
    }
    for (i = 0; i < 7; i++)
        PyStructSequence_SET_ITEM(v, i, items[i]);
    return v;
}

static PyObject *
pwd_getpwuid(PyObject *self, PyObject *args)
{
    int uid;
    struct passwd *pw;

    if (!PyArg_ParseTuple(args, "i:getpwuid", &uid))
        return NULL;
    pw = getpwuid((uid_t)uid);
    if (pw == NULL) {
        PyErr_Format(PyExc_KeyError, "getpwuid(): uid not found: %d", uid);
        return NULL;
    }
    return make_passwd(pw);
}

static PyObject *
pwd_getpwnam(PyObject *self, PyObject *args)
{
    char *name;
    struct passwd *pw;

    if (!PyArg_ParseTuple(args, "s:getpwnam", &name))
        return NULL;
    pw = getpwnam(name);
    if (pw == NULL) {
        PyErr_Format(PyExc_KeyError, "getpwnam(): name not found: %s", name);
        return NULL;
    }
    return make_passwd(pw);
}

static PyObject *
pwd_getpwall(PyObject *self)
{
    PyObject *result = PyList_New(0);
    struct passwd *pw;

    if (result == NULL)
        return NULL;
    setpwent();
    while ((pw = getpwent()) != NULL) {
        PyObject *entry = make_passwd(pw);
        if (entry == NULL || PyList_Append(result, entry) != 0) {
            Py_XDECREF(entry);
            Py_DECREF(result);
            endpwent();
            return NULL;
        }
        Py_DECREF(entry);
    }
    endpwent();
    return result;
}

static PyMethodDef pwd_methods[] = {
    {"getpwuid", pwd_getpwuid, METH_VARARGS,
     "getpwuid(uid) -> (pw_name,pw_passwd,pw_uid,\n"
     "                  pw_gid,pw_gecos,pw_dir,pw_shell)\n"
     "Return the password database entry for the given numeric user ID."},
    {"getpwnam", pwd_getpwnam, METH_VARARGS,
     "getpwnam(name) -> (pw_name,pw_passwd,pw_uid,\n"
     "                    pw_gid,pw_gecos,pw_dir,pw_shell)\n"
     "Return the password database entry for the given user name."},
    {"getpwall", (PyCFunction)pwd_getpwall, METH_NOARGS,
     "getpwall() -> list_of_entries\n"
     "Return a list of all available password database entries."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initpwd(void)
{
    PyObject *m = Py_InitModule3("pwd", pwd_methods,
        "Access to the Unix password database (getpwuid, getpwnam, "
        "getpwall).");
    if (m == NULL)
        return;
    if (!passwd_type_ready) {
        PyStructSequence_InitType(&PasswdType, &passwd_desc);
        passwd_type_ready = 1;
    }
    Py_INCREF(&PasswdType);
    PyModule_AddObject(m, "struct_passwd", (PyObject *)&PasswdType);
    /* 2.5 also exposed the type under its older name */
    Py_INCREF(&PasswdType);
    PyModule_AddObject(m, "struct_pwent", (PyObject *)&PasswdType);
}
