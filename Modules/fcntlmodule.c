/* The fcntl module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initfcntl(void)
{
    Py_InitModule("fcntl", module_methods);
}
