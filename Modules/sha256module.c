/* The _sha256 module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_sha256(void)
{
    Py_InitModule("_sha256", module_methods);
}
