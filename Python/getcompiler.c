/* Py_GetCompiler: the compiler part of sys.version. */

#include "Python.h"

#if defined(__clang__)
#define COMPILER "\n[Clang " __clang_version__ "]"
#elif defined(__GNUC__)
#define COMPILER "\n[GCC " __VERSION__ "]"
#else
#define COMPILER "\n[C]"
#endif

const char *
Py_GetCompiler(void)
{
    return COMPILER;
}
