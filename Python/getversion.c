/* Py_GetVersion: the string behind sys.version. */

#include "Python.h"

#ifndef BUILD_REVISION
#define BUILD_REVISION "r256:88840"
#endif

const char *
Py_GetBuildInfo(void)
{
    static char info[80];
    if (info[0] == '\0')
        PyOS_snprintf(info, sizeof(info), "%s, %.20s, %.9s",
                      BUILD_REVISION, __DATE__, __TIME__);
    return info;
}

const char *
Py_GetVersion(void)
{
    static char version[250];
    if (version[0] == '\0')
        PyOS_snprintf(version, sizeof(version), "%.80s (%.80s) %.80s",
                      PY_VERSION, Py_GetBuildInfo(), Py_GetCompiler());
    return version;
}
