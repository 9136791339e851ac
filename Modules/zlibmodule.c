/* The zlib module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initzlib(void)
{
    Py_InitModule("zlib", module_methods);
}
