/* The resource module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initresource(void)
{
    Py_InitModule("resource", module_methods);
}
