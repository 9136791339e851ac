/* The _sha512 module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_sha512(void)
{
    Py_InitModule("_sha512", module_methods);
}
