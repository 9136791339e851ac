/* The grp module: placeholder until its implementation lands. */

#include "Python.h"

static PyMethodDef module_methods[] = {
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initgrp(void)
{
    Py_InitModule("grp", module_methods);
}
