/* split / rsplit / splitlines / partition / replace shared by str and
   unicode (a textual template; include after search.h).

   Before including, define:
     SL(name)                     per-type name prefix
     STRINGLIB_CHAR               code unit type
     STRINGLIB_NEW(ptr, len)      new reference to a fresh string object
     STRINGLIB_NEW_UNINIT(len)    new string object with unset contents
     STRINGLIB_STR(obj)           STRINGLIB_CHAR * of such an object
     STRINGLIB_ISSPACE(c)         whitespace test used by split()
     STRINGLIB_ISLINEBREAK(c)     line boundary test used by splitlines()
     STRINGLIB_SAME(selfobj)      new reference equal to selfobj (selfobj
                                  itself for the exact type, else a copy) */

/* Append s[i:j] to list; -1 on error. */
static int
SL(append_piece)(PyObject *list, const STRINGLIB_CHAR *s,
                 Py_ssize_t i, Py_ssize_t j)
{
    PyObject *piece = STRINGLIB_NEW(s + i, j - i);
    int r;
    if (piece == NULL)
        return -1;
    r = PyList_Append(list, piece);
    Py_DECREF(piece);
    return r;
}

static PyObject *
SL(split_whitespace)(const STRINGLIB_CHAR *s, Py_ssize_t n,
                     Py_ssize_t maxsplit)
{
    Py_ssize_t i = 0, j;
    PyObject *list = PyList_New(0);

    if (list == NULL)
        return NULL;
    if (maxsplit < 0)
        maxsplit = PY_SSIZE_T_MAX;
    for (;;) {
        while (i < n && STRINGLIB_ISSPACE(s[i]))
            i++;
        if (i >= n)
            break;
        if (maxsplit-- <= 0) {
            /* out of splits: the rest, from the next word on, is one piece */
            if (SL(append_piece)(list, s, i, n) < 0)
                goto fail;
            break;
        }
        j = i;
        while (i < n && !STRINGLIB_ISSPACE(s[i]))
            i++;
        if (SL(append_piece)(list, s, j, i) < 0)
            goto fail;
    }
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyObject *
SL(rsplit_whitespace)(const STRINGLIB_CHAR *s, Py_ssize_t n,
                      Py_ssize_t maxsplit)
{
    Py_ssize_t i = n, j;
    PyObject *list = PyList_New(0);

    if (list == NULL)
        return NULL;
    if (maxsplit < 0)
        maxsplit = PY_SSIZE_T_MAX;
    for (;;) {
        while (i > 0 && STRINGLIB_ISSPACE(s[i - 1]))
            i--;
        if (i <= 0)
            break;
        if (maxsplit-- <= 0) {
            if (SL(append_piece)(list, s, 0, i) < 0)
                goto fail;
            break;
        }
        j = i;
        while (i > 0 && !STRINGLIB_ISSPACE(s[i - 1]))
            i--;
        if (SL(append_piece)(list, s, i, j) < 0)
            goto fail;
    }
    if (PyList_Reverse(list) < 0)
        goto fail;
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

/* Split on a non-empty separator. */
static PyObject *
SL(split_sep)(const STRINGLIB_CHAR *s, Py_ssize_t n,
              const STRINGLIB_CHAR *sep, Py_ssize_t m, Py_ssize_t maxsplit)
{
    Py_ssize_t i = 0, k;
    PyObject *list = PyList_New(0);

    if (list == NULL)
        return NULL;
    if (maxsplit < 0)
        maxsplit = PY_SSIZE_T_MAX;
    while (maxsplit-- > 0) {
        k = SL(find)(s + i, n - i, sep, m);
        if (k < 0)
            break;
        if (SL(append_piece)(list, s, i, i + k) < 0)
            goto fail;
        i += k + m;
    }
    if (SL(append_piece)(list, s, i, n) < 0)
        goto fail;
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyObject *
SL(rsplit_sep)(const STRINGLIB_CHAR *s, Py_ssize_t n,
               const STRINGLIB_CHAR *sep, Py_ssize_t m, Py_ssize_t maxsplit)
{
    Py_ssize_t j = n, k;
    PyObject *list = PyList_New(0);

    if (list == NULL)
        return NULL;
    if (maxsplit < 0)
        maxsplit = PY_SSIZE_T_MAX;
    while (maxsplit-- > 0) {
        k = SL(rfind)(s, j, sep, m);
        if (k < 0)
            break;
        if (SL(append_piece)(list, s, k + m, j) < 0)
            goto fail;
        j = k;
    }
    if (SL(append_piece)(list, s, 0, j) < 0)
        goto fail;
    if (PyList_Reverse(list) < 0)
        goto fail;
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyObject *
SL(splitlines)(const STRINGLIB_CHAR *s, Py_ssize_t n, int keepends)
{
    Py_ssize_t i = 0, start, stop;
    PyObject *list = PyList_New(0);

    if (list == NULL)
        return NULL;
    while (i < n) {
        start = i;
        while (i < n && !STRINGLIB_ISLINEBREAK(s[i]))
            i++;
        stop = i;
        if (i < n) {
            if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
                i += 2;
            else
                i++;
            if (keepends)
                stop = i;
        }
        if (SL(append_piece)(list, s, start, stop) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

/* (head, sep, tail) around the first (right: last) occurrence of a
   non-empty separator; selfobj/sepobj are the string objects. */
static PyObject *
SL(partition)(PyObject *selfobj, const STRINGLIB_CHAR *s, Py_ssize_t n,
              PyObject *sepobj, const STRINGLIB_CHAR *sep, Py_ssize_t m,
              int right)
{
    PyObject *t = PyTuple_New(3), *a, *b, *c;
    Py_ssize_t k;

    if (t == NULL)
        return NULL;
    k = right ? SL(rfind)(s, n, sep, m) : SL(find)(s, n, sep, m);
    if (k < 0) {
        if (right) {
            a = STRINGLIB_NEW(s, 0);
            b = STRINGLIB_NEW(s, 0);
            c = STRINGLIB_SAME(selfobj);
        }
        else {
            a = STRINGLIB_SAME(selfobj);
            b = STRINGLIB_NEW(s, 0);
            c = STRINGLIB_NEW(s, 0);
        }
    }
    else {
        a = STRINGLIB_NEW(s, k);
        Py_INCREF(sepobj);
        b = sepobj;
        c = STRINGLIB_NEW(s + k + m, n - k - m);
    }
    PyTuple_SET_ITEM(t, 0, a);
    PyTuple_SET_ITEM(t, 1, b);
    PyTuple_SET_ITEM(t, 2, c);
    if (a == NULL || b == NULL || c == NULL) {
        Py_DECREF(t);
        return NULL;
    }
    return t;
}

/* s.replace(old, new, maxcount); maxcount < 0 means all. */
static PyObject *
SL(replace)(PyObject *selfobj, const STRINGLIB_CHAR *s, Py_ssize_t n,
            const STRINGLIB_CHAR *old, Py_ssize_t om,
            const STRINGLIB_CHAR *new_, Py_ssize_t nm,
            Py_ssize_t maxcount)
{
    Py_ssize_t count, reslen, i, k, pos;
    PyObject *res;
    STRINGLIB_CHAR *out;

    if (maxcount < 0)
        maxcount = PY_SSIZE_T_MAX;
    if (maxcount == 0 || (om == 0 && nm == 0) || n < om)
        return STRINGLIB_SAME(selfobj);
    if (om == 0) {
        /* insert `new` before every unit and at the end */
        count = n + 1 < maxcount ? n + 1 : maxcount;
    }
    else {
        count = SL(count)(s, n, old, om, maxcount);
        if (count == 0)
            return STRINGLIB_SAME(selfobj);
        if (om == nm && memcmp(old, new_, om * sizeof(STRINGLIB_CHAR)) == 0)
            return STRINGLIB_SAME(selfobj);
    }
    /* reslen = n + count * (nm - om), checking for overflow */
    if (nm >= om) {
        Py_ssize_t grow = nm - om;
        if (grow != 0 && count > (PY_SSIZE_T_MAX - n) / grow) {
            PyErr_SetString(PyExc_OverflowError, "replace string is too long");
            return NULL;
        }
        reslen = n + count * grow;
    }
    else
        reslen = n - count * (om - nm);
    if ((size_t)reslen > PY_SSIZE_T_MAX / sizeof(STRINGLIB_CHAR)) {
        PyErr_SetString(PyExc_OverflowError, "replace string is too long");
        return NULL;
    }
    if (_PyMem_CheckAvailable((size_t)reslen * sizeof(STRINGLIB_CHAR)) < 0)
        return NULL;
    res = STRINGLIB_NEW_UNINIT(reslen);
    if (res == NULL)
        return NULL;
    out = STRINGLIB_STR(res);
    if (om == 0) {
        for (i = 0; i < count; i++) {
            memcpy(out, new_, nm * sizeof(STRINGLIB_CHAR));
            out += nm;
            if (i < n)
                *out++ = s[i];
        }
        if (count < n + 1) {
            /* the remaining units after the last insertion */
            memcpy(out, s + count, (n - count) * sizeof(STRINGLIB_CHAR));
        }
        return res;
    }
    pos = 0;
    for (i = 0; i < count; i++) {
        k = SL(find)(s + pos, n - pos, old, om);
        if (k < 0)
            break;      /* cannot happen: count said so */
        memcpy(out, s + pos, k * sizeof(STRINGLIB_CHAR));
        out += k;
        memcpy(out, new_, nm * sizeof(STRINGLIB_CHAR));
        out += nm;
        pos += k + om;
    }
    memcpy(out, s + pos, (n - pos) * sizeof(STRINGLIB_CHAR));
    return res;
}
