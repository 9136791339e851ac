/* Substring search shared by str and unicode (a textual template).

   Before including, define:
     SL(name)           token-pastes a per-type prefix onto `name`
     STRINGLIB_CHAR     the code unit type
   Each function takes haystack s[0:n] and needle p[0:m].

   The forward search compares the last code unit of the window first and,
   on a mismatch, looks at the code unit just past the window: if a 64-bit
   bitmap of the needle says it cannot occur in the needle at all, the
   whole window can jump past it.  Otherwise a shift based on where the
   needle's last unit reoccurs inside it is used.  The backward search is
   the mirror image. */

#define SL_BIT(c) ((unsigned long long)1 << ((c) & 63))

static Py_ssize_t
SL(find)(const STRINGLIB_CHAR *s, Py_ssize_t n,
         const STRINGLIB_CHAR *p, Py_ssize_t m)
{
    Py_ssize_t i, j, last, shift, limit;
    unsigned long long bits;

    if (m <= 0)
        return 0;
    if (m > n)
        return -1;
    if (m == 1) {
        STRINGLIB_CHAR c = p[0];
        for (i = 0; i < n; i++)
            if (s[i] == c)
                return i;
        return -1;
    }
    last = m - 1;
    shift = m;
    bits = 0;
    for (j = 0; j < last; j++) {
        bits |= SL_BIT(p[j]);
        if (p[j] == p[last])
            shift = last - j;
    }
    bits |= SL_BIT(p[last]);
    limit = n - m;
    i = 0;
    while (i <= limit) {
        if (s[i + last] == p[last]) {
            for (j = 0; j < last && s[i + j] == p[j]; j++)
                ;
            if (j == last)
                return i;
            if (i < limit && !(bits & SL_BIT(s[i + m])))
                i += m + 1;
            else
                i += shift;
        }
        else if (i < limit && !(bits & SL_BIT(s[i + m])))
            i += m + 1;
        else
            i++;
    }
    return -1;
}

static Py_ssize_t
SL(rfind)(const STRINGLIB_CHAR *s, Py_ssize_t n,
          const STRINGLIB_CHAR *p, Py_ssize_t m)
{
    Py_ssize_t i, j, shift;
    unsigned long long bits;

    if (m <= 0)
        return n;
    if (m > n)
        return -1;
    if (m == 1) {
        STRINGLIB_CHAR c = p[0];
        for (i = n - 1; i >= 0; i--)
            if (s[i] == c)
                return i;
        return -1;
    }
    shift = m;
    bits = 0;
    for (j = m - 1; j > 0; j--) {
        bits |= SL_BIT(p[j]);
        if (p[j] == p[0])
            shift = j;
    }
    bits |= SL_BIT(p[0]);
    i = n - m;
    while (i >= 0) {
        if (s[i] == p[0]) {
            for (j = m - 1; j > 0 && s[i + j] == p[j]; j--)
                ;
            if (j == 0)
                return i;
            if (i > 0 && !(bits & SL_BIT(s[i - 1])))
                i -= m + 1;
            else
                i -= shift;
        }
        else if (i > 0 && !(bits & SL_BIT(s[i - 1])))
            i -= m + 1;
        else
            i--;
    }
    return -1;
}

/* Non-overlapping occurrences, at most maxcount of them.  An empty needle
   matches at each of the n+1 positions. */
static Py_ssize_t
SL(count)(const STRINGLIB_CHAR *s, Py_ssize_t n,
          const STRINGLIB_CHAR *p, Py_ssize_t m, Py_ssize_t maxcount)
{
    Py_ssize_t found = 0, pos = 0, k;

    if (maxcount <= 0 || n < 0)
        return 0;
    if (m == 0)
        return n + 1 < maxcount ? n + 1 : maxcount;
    if (m == 1) {
        STRINGLIB_CHAR c = p[0];
        for (k = 0; k < n; k++)
            if (s[k] == c && ++found >= maxcount)
                break;
        return found;
    }
    while (pos <= n - m) {
        k = SL(find)(s + pos, n - pos, p, m);
        if (k < 0)
            break;
        found++;
        if (found >= maxcount)
            break;
        pos += k + m;
    }
    return found;
}

#undef SL_BIT
