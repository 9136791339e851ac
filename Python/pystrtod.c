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
    const char *body;
    int negative = 0;
    double result;
    char *end = NULL;
    size_t dplen;
    const char *dp;

    /* Sign handled here so that underflow keeps the right sign. */
    if (*p == '-') {
        negative = 1;
        p++;
    }
    else if (*p == '+')
        p++;
    body = p;

    /* Only decimal digits, '.', or an inf/nan spelling may follow; this
       rejects hex floats and embedded whitespace that strtod would take. */
    if (!(isdigit(Py_CHARMASK(*body)) || *body == '.' ||
          *body == 'i' || *body == 'I' || *body == 'n' || *body == 'N'))
        goto fail;
    if (body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
        /* "0x..." : accept the lone "0" only */
        result = 0.0;
        end = (char *)body + 1;
        goto done;
    }

    dp = current_decimal_point(&dplen);
    if (dp[0] == '.' && dp[1] == '\0') {
        errno = 0;
        result = strtod(body, &end);
    }
    else {
        /* Copy the numeric span, replacing '.' by the locale's point. */
        size_t span = float_text_span(body);
        const char *dot = memchr(body, '.', span);
        if (dot == NULL) {
            errno = 0;
            result = strtod(body, &end);
        }
        else {
            size_t bufsize = span + dplen + 1;
            char *copy = PyMem_Malloc(bufsize);
            char *cend;
            size_t before = (size_t)(dot - body);
            if (copy == NULL) {
                errno = ENOMEM;
                if (endptr)
                    *endptr = (char *)nptr;
                return -1.0;
            }
            memcpy(copy, body, before);
            memcpy(copy + before, dp, dplen);
            memcpy(copy + before + dplen, dot + 1, span - before - 1);
            copy[span - 1 + dplen] = '\0';
            errno = 0;
            result = strtod(copy, &cend);
            /* map the end position back onto the original text */
            if ((size_t)(cend - copy) > before)
                end = (char *)body + (cend - copy) - (dplen - 1);
            else
                end = (char *)body + (cend - copy);
            PyMem_Free(copy);
        }
    }
    if (end == body)
        goto fail;

  done:
    if (endptr)
        *endptr = end;
    return negative ? -result : result;

  fail:
    if (endptr)
        *endptr = (char *)nptr;
    return 0.0;
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
