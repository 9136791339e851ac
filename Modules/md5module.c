/* The _md5 module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_md5(void)
{
    Py_InitModule("_md5", module_methods);
}
