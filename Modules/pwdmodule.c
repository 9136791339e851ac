/* The pwd module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initpwd(void)
{
    Py_InitModule("pwd", module_methods);
}
