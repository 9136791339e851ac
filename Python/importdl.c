/* Loading C extension modules from shared libraries: dlopen the file,
   find initNAME and run it (2.5: once per process in trusted
   interpreters; the dict is kept and copied for later imports). */

#include "Python.h"
#include "osdefs.h"

#include <dlfcn.h>
#include <sys/stat.h>

typedef void (*init_fn)(void);

/* Map the library and find its init function; NULL with ImportError set
   when the file cannot be loaded, NULL without error when it has no
   init function. */
static init_fn
find_init_function(const char *shortname, const char *pathname)
{
    char symbol[256];
    char localpath[MAXPATHLEN + 1];
    void *handle;
    int flags;
    PyThreadState *ts = PyThreadState_GET();

    PyOS_snprintf(symbol, sizeof(symbol), "init%.200s", shortname);

    /* dlopen searches the library path for names without a slash */
    if (strchr(pathname, '/') == NULL) {
        if (strlen(pathname) + 3 > sizeof(localpath)) {
            PyErr_SetString(PyExc_ImportError, "module path too long");
            return NULL;
        }
        PyOS_snprintf(localpath, sizeof(localpath), "./%s", pathname);
        pathname = localpath;
    }

    flags = ts->interp->dlopenflags;
    if (flags == 0)
        flags = RTLD_NOW;
    if (Py_VerboseFlag)
        PySys_WriteStderr("dlopen(\"%s\", %x);\n", pathname, flags);
    handle = dlopen(pathname, flags);
    if (handle == NULL) {
        const char *why = dlerror();
        PyErr_SetString(PyExc_ImportError, why ? why : "dlopen failed");
        return NULL;
    }
    return (init_fn)dlsym(handle, symbol);
}

PyObject *
_PyImport_LoadDynamicModule(char *name, char *pathname, FILE *fp)
{
    PyObject *m;
    char *lastdot, *shortname, *packagecontext, *saved;
    init_fn init;

    (void)fp;
    m = _PyImport_FindExtension(name, pathname);
    if (m != NULL) {
        Py_INCREF(m);
        return m;
    }
    if (PyErr_Occurred())
        return NULL;

    lastdot = strrchr(name, '.');
    if (lastdot == NULL) {
        packagecontext = NULL;
        shortname = name;
    }
    else {
        packagecontext = name;
        shortname = lastdot + 1;
    }

    init = find_init_function(shortname, pathname);
    if (PyErr_Occurred())
        return NULL;
    if (init == NULL) {
        PyErr_Format(PyExc_ImportError,
                     "dynamic module does not define init function (init%.200s)",
                     shortname);
        return NULL;
    }

    saved = _Py_PackageContext;
    _Py_PackageContext = packagecontext;
    init();
    _Py_PackageContext = saved;
    if (PyErr_Occurred())
        return NULL;

    m = PyDict_GetItemString(PyImport_GetModuleDict(), name);
    if (m == NULL) {
        PyErr_SetString(PyExc_SystemError,
                        "dynamic module not initialized properly");
        return NULL;
    }
    if (PyModule_AddStringConstant(m, "__file__", pathname) < 0)
        PyErr_Clear();
    if (_PyImport_FixupExtension(name, pathname) == NULL)
        return NULL;
    if (Py_VerboseFlag)
        PySys_WriteStderr("import %s # dynamically loaded from %s\n",
                          name, pathname);
    Py_INCREF(m);
    return m;
}
