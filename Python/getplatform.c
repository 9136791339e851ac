/* Py_GetPlatform: sys.platform. */

#include "Python.h"

#ifndef PLATFORM
#define PLATFORM "linux2"
#endif

const char *
Py_GetPlatform(void)
{
    return PLATFORM;
}
