/* The _sha module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_sha(void)
{
    Py_InitModule("_sha", module_methods);
}
