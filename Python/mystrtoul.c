/* PyOS_strtoul / PyOS_strtol: locale-free integer parsing with the
   Python 2.5 prefix rules ("0x" for hex, a leading "0" for octal when the
   base is 0).  Overflow sets errno to ERANGE; the caller then falls back
   to a long integer. */

#include "Python.h"

#include <ctype.h>
#include <errno.h>

/* Value of c as a digit in any base up to 36, or 99 if it is not one. */
static int
char_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

unsigned long
PyOS_strtoul(register char *str, char **ptr, int base)
{
    char *start;
    unsigned long value = 0;
    unsigned long limit;        /* largest value that can take another digit */
    int overflowed = 0;
    int ndigits = 0;
    int d;

    while (*str && isspace(Py_CHARMASK(*str)))
        ++str;
    start = str;

    if (base == 0) {
        if (str[0] == '0') {
            if (str[1] == 'x' || str[1] == 'X')
                base = 16;
            else
                base = 8;
        }
        else
            base = 10;
    }
    if (base < 2 || base > 36) {
        if (ptr)
            *ptr = start;
        errno = EINVAL;
        return 0;
    }
    if (base == 16 && str[0] == '0' && (str[1] == 'x' || str[1] == 'X')) {
        /* As in 2.5, "0x" with no digits after it is read as 0. */
        str += 2;
        if (char_digit(Py_CHARMASK(*str)) >= 16) {
            if (ptr)
                *ptr = str;
            return 0;
        }
    }

    limit = ULONG_MAX / (unsigned long)base;
    while ((d = char_digit(Py_CHARMASK(*str))) < base) {
        if (!overflowed) {
            if (value > limit)
                overflowed = 1;
            else {
                unsigned long next = value * (unsigned long)base;
                if (next > ULONG_MAX - (unsigned long)d)
                    overflowed = 1;
                else
                    value = next + (unsigned long)d;
            }
        }
        ++str;
        ++ndigits;
    }

    if (ndigits == 0) {
        if (ptr)
            *ptr = start;
        return 0;
    }
    if (ptr)
        *ptr = str;
    if (overflowed) {
        errno = ERANGE;
        return (unsigned long)-1;
    }
    return value;
}

long
PyOS_strtol(char *str, char **ptr, int base)
{
    unsigned long magnitude;
    char *orig = str;
    int negative = 0;
    char *end = NULL;

    while (*str && isspace(Py_CHARMASK(*str)))
        ++str;
    if (*str == '+' || *str == '-') {
        negative = (*str == '-');
        ++str;
    }
    magnitude = PyOS_strtoul(str, &end, base);
    if (end == str) {
        /* nothing parsed: report the original position */
        if (ptr)
            *ptr = orig;
        return 0;
    }
    if (ptr)
        *ptr = end;
    /* 2.5 reports every overflow, negative ones included, as LONG_MAX
       with errno ERANGE; only -LONG_MIN itself fits on the negative side. */
    if (errno == ERANGE && magnitude == (unsigned long)-1)
        return LONG_MAX;
    if (negative) {
        if (magnitude <= (unsigned long)LONG_MAX)
            return -(long)magnitude;
        if (magnitude == (unsigned long)LONG_MAX + 1UL)
            return LONG_MIN;
        errno = ERANGE;
        return LONG_MAX;
    }
    if (magnitude > (unsigned long)LONG_MAX) {
        errno = ERANGE;
        return LONG_MAX;
    }
    return (long)magnitude;
}
