/* PyOS_snprintf and PyOS_vsnprintf: bounded formatting into a C buffer.

   The output is always NUL-terminated when size > 0 (also when it had to
   be cut short), and the return value is what C99 vsnprintf returns: the
   length the full output would have had, or a negative value on an
   encoding error.  Callers must not rely on more than that. */

#include "Python.h"

#include <stdio.h>

int
PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va)
{
    int len;

    if (str == NULL || size == 0 || format == NULL)
        return -1;
    if (size > (size_t)INT_MAX)
        size = (size_t)INT_MAX;
    len = vsnprintf(str, size, format, va);
    str[size - 1] = '\0';
    return len;
}

int
PyOS_snprintf(char *str, size_t size, const char *format, ...)
{
    va_list va;
    int len;

    va_start(va, format);
    len = PyOS_vsnprintf(str, size, format, va);
    va_end(va);
    return len;
}
