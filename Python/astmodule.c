/* The _ast module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
init_ast(void)
{
    Py_InitModule("_ast", module_methods);
}
