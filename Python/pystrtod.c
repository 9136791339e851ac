/* Locale-independent float <-> text conversion.

   The C library's strtod and printf honour LC_NUMERIC, so in a locale
   whose decimal point is ',' they would read "1.5" as 1 and print "1,5".
   Python literals and repr() always use '.', so these wrappers translate
   between '.' and the locale's decimal point around the libc calls. */

#include "Python.h"

#include <ctype.h>
#include <errno.h>
#include <locale.h>

static const char *
current_decimal_point(size_t *len)
{
    struct lconv *lc = localeconv();
    const char *dp = (lc && lc->decimal_point && lc->decimal_point[0])
        ? lc->decimal_point : ".";
    *len = strlen(dp);
    return dp;
}

/* Length of the prefix of s that looks like a decimal float (digits,
   one '.', an exponent); used to know which '.' to translate. */
static size_t
float_text_span(const char *s)
{
    const char *p = s;
    while (isdigit(Py_CHARMASK(*p)))
        p++;
    if (*p == '.') {
        p++;
        while (isdigit(Py_CHARMASK(*p)))
            p++;
    }
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (isdigit(Py_CHARMASK(*q))) {
            while (isdigit(Py_CHARMASK(*q)))
                q++;
            p = q;
        }
    }
    return (size_t)(p - s);
}

double
PyOS_ascii_strtod(const char *nptr, char **endptr)
{
    const char *p = nptr;
    double result;
    char *end = NULL;
    size_t dplen;
    const char *dp;

    /* Like strtod, leading whitespace and a sign are accepted.  Hex text
       ("0x...") is refused outright the way 2.5 does it: nothing is
       consumed, errno is EINVAL and the value is -1.0. */
    while (isspace(Py_CHARMASK(*p)))
        p++;
    if (*p == '-' || *p == '+')
        p++;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        if (endptr)
            *endptr = (char *)nptr;
        errno = EINVAL;
        return -1.0;
    }

    dp = current_decimal_point(&dplen);
    if (dp[0] == '.' && dp[1] == '\0') {
        errno = 0;
        result = strtod(nptr, &end);
    }
    else {
        /* Copy the numeric text, replacing '.' by the locale's point. */
        size_t span = (size_t)(p - nptr) + float_text_span(p);
        const char *dot = memchr(p, '.', span - (size_t)(p - nptr));
        if (dot == NULL) {
            errno = 0;
            result = strtod(nptr, &end);
        }
        else {
            size_t before = (size_t)(dot - nptr);
            size_t bufsize;
            char *copy, *cend;
            if (span > PY_SSIZE_T_MAX - dplen - 1) {
                errno = ENOMEM;
                if (endptr)
                    *endptr = (char *)nptr;
                return -1.0;
            }
            bufsize = span + dplen + 1;
            copy = PyMem_Malloc(bufsize);
            if (copy == NULL) {
                errno = ENOMEM;
                if (endptr)
                    *endptr = (char *)nptr;
                return -1.0;
            }
            memcpy(copy, nptr, before);
            memcpy(copy + before, dp, dplen);
            memcpy(copy + before + dplen, dot + 1, span - before - 1);
            copy[span - 1 + dplen] = '\0';
            errno = 0;
            result = strtod(copy, &cend);
            /* map the end position back onto the original text */
            if ((size_t)(cend - copy) > before)
                end = (char *)nptr + (cend - copy) - (dplen - 1);
            else
                end = (char *)nptr + (cend - copy);
            PyMem_Free(copy);
        }
    }
    if (endptr)
        *endptr = end;
    return result;
}

double
PyOS_ascii_atof(const char *nptr)
{
    return PyOS_ascii_strtod(nptr, NULL);
}

char *
PyOS_ascii_formatd(char *buffer, size_t buf_len, const char *format, double d)
{
    size_t flen = strlen(format);
    char conv;
    size_t dplen;
    const char *dp;
    char *p;

    /* Exactly one conversion: '%', optional ".precision", then e/f/g. */
    if (flen < 2 || format[0] != '%')
        return NULL;
    conv = format[flen - 1];
    if (strchr("eEfFgG", conv) == NULL)
        return NULL;
    if (strpbrk(format + 1, "'l%") != NULL &&
        strpbrk(format + 1, "'l%") < format + flen - 1)
        return NULL;

    PyOS_snprintf(buffer, buf_len, format, d);

    dp = current_decimal_point(&dplen);
    if (dp[0] != '.' || dp[1] != '\0') {
        /* Turn the locale's decimal point back into '.'. */
        p = buffer;
        if (*p == '+' || *p == '-')
            p++;
        while (isdigit(Py_CHARMASK(*p)))
            p++;
        if (strncmp(p, dp, dplen) == 0) {
            *p = '.';
            if (dplen > 1)
                memmove(p + 1, p + dplen, strlen(p + dplen) + 1);
        }
    }
    return buffer;
}
