/* The datetime module: date, time, datetime, timedelta and tzinfo.

   Dates follow the proleptic Gregorian calendar over years 1..9999 and
   are computed through "ordinals" (0001-01-01 is day 1).  Time zones are
   supplied by Python code through tzinfo subclasses; their offsets are
   whole minutes, as in Python 2.5.

   Everything that reads the clock or the local time zone goes through
   the time module (time.time, time.localtime, time.gmtime, strftime,
   strptime), so this module gives no ability that `time` does not.
   The types are static and immutable; the only process-wide objects are
   the class constants (min, max, resolution), which are immutable. */

#include "Python.h"
#include "structmember.h"
#include <limits.h>
#include <math.h>

/* ------------------------------------------------------------------ */
/* Object layouts (those of Python 2.5's datetime.h).                  */

#define DATE_DATASIZE 4
#define TIME_DATASIZE 6
#define DATETIME_DATASIZE 10

typedef struct {
    PyObject_HEAD
    long hashcode;
    int days;               /* -999999999 .. 999999999 */
    int seconds;            /* 0 .. 86399 */
    int microseconds;       /* 0 .. 999999 */
} PyDateTime_Delta;

typedef struct {
    PyObject_HEAD
} PyDateTime_TZInfo;

typedef struct {
    PyObject_HEAD
    long hashcode;
    char hastzinfo;
    unsigned char data[DATE_DATASIZE];
} PyDateTime_Date;

typedef struct {
    PyObject_HEAD
    long hashcode;
    char hastzinfo;
    unsigned char data[TIME_DATASIZE];
    PyObject *tzinfo;       /* NULL when hastzinfo is 0 */
} PyDateTime_Time;

typedef struct {
    PyObject_HEAD
    long hashcode;
    char hastzinfo;
    unsigned char data[DATETIME_DATASIZE];
    PyObject *tzinfo;       /* NULL when hastzinfo is 0 */
} PyDateTime_DateTime;

static PyTypeObject PyDateTime_DateType;
static PyTypeObject PyDateTime_DateTimeType;
static PyTypeObject PyDateTime_DeltaType;
static PyTypeObject PyDateTime_TimeType;
static PyTypeObject PyDateTime_TZInfoType;

#define PyDate_Check(op) PyObject_TypeCheck(op, &PyDateTime_DateType)
#define PyDateTime_Check(op) PyObject_TypeCheck(op, &PyDateTime_DateTimeType)
#define PyTime_Check(op) PyObject_TypeCheck(op, &PyDateTime_TimeType)
#define PyDelta_Check(op) PyObject_TypeCheck(op, &PyDateTime_DeltaType)
#define PyTZInfo_Check(op) PyObject_TypeCheck(op, &PyDateTime_TZInfoType)

/* Field access.  Date and datetime share the first four bytes. */
#define D_YEAR(o)   ((((PyDateTime_Date *)(o))->data[0] << 8) | \
                     ((PyDateTime_Date *)(o))->data[1])
#define D_MONTH(o)  (((PyDateTime_Date *)(o))->data[2])
#define D_DAY(o)    (((PyDateTime_Date *)(o))->data[3])

#define DT_HOUR(o)   (((PyDateTime_DateTime *)(o))->data[4])
#define DT_MINUTE(o) (((PyDateTime_DateTime *)(o))->data[5])
#define DT_SECOND(o) (((PyDateTime_DateTime *)(o))->data[6])
#define DT_USEC(o)   ((((PyDateTime_DateTime *)(o))->data[7] << 16) | \
                      (((PyDateTime_DateTime *)(o))->data[8] << 8) | \
                      ((PyDateTime_DateTime *)(o))->data[9])

#define T_HOUR(o)   (((PyDateTime_Time *)(o))->data[0])
#define T_MINUTE(o) (((PyDateTime_Time *)(o))->data[1])
#define T_SECOND(o) (((PyDateTime_Time *)(o))->data[2])
#define T_USEC(o)   ((((PyDateTime_Time *)(o))->data[3] << 16) | \
                     (((PyDateTime_Time *)(o))->data[4] << 8) | \
                     ((PyDateTime_Time *)(o))->data[5])

#define TD_DAYS(o)  (((PyDateTime_Delta *)(o))->days)
#define TD_SECS(o)  (((PyDateTime_Delta *)(o))->seconds)
#define TD_USECS(o) (((PyDateTime_Delta *)(o))->microseconds)

/* The tzinfo of a time or datetime, or None. */
#define T_TZINFO(o) (((PyDateTime_Time *)(o))->hastzinfo ? \
                     ((PyDateTime_Time *)(o))->tzinfo : Py_None)
#define DT_TZINFO(o) (((PyDateTime_DateTime *)(o))->hastzinfo ? \
                      ((PyDateTime_DateTime *)(o))->tzinfo : Py_None)

#define MINYEAR 1
#define MAXYEAR 9999
#define MAX_DELTA_DAYS 999999999
#define MAX_ORDINAL 3652059     /* date(9999, 12, 31).toordinal() */

static void
pack_date(unsigned char *p, int y, int m, int d)
{
    p[0] = (unsigned char)((y >> 8) & 0xff);
    p[1] = (unsigned char)(y & 0xff);
    p[2] = (unsigned char)m;
    p[3] = (unsigned char)d;
}

static void
pack_time(unsigned char *p, int hh, int mm, int ss, int us)
{
    p[0] = (unsigned char)hh;
    p[1] = (unsigned char)mm;
    p[2] = (unsigned char)ss;
    p[3] = (unsigned char)((us >> 16) & 0xff);
    p[4] = (unsigned char)((us >> 8) & 0xff);
    p[5] = (unsigned char)(us & 0xff);
}

/* ------------------------------------------------------------------ */
/* Calendar arithmetic.                                                */

static const int month_lengths[13] = {
    0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
};

static const char *const weekday_abbr[7] = {
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
};

static const char *const month_abbr[13] = {
    NULL, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

static int
leap_year(int y)
{
    return (y % 4 == 0) && (y % 100 != 0 || y % 400 == 0);
}

static int
month_length(int y, int m)
{
    if (m == 2 && leap_year(y))
        return 29;
    return month_lengths[m];
}

/* Days in the years before year y (y >= 1). */
static long
days_before_year(long y)
{
    long p = y - 1;
    return p * 365 + p / 4 - p / 100 + p / 400;
}

/* Days in the months of year y before month m. */
static int
days_before_month(int y, int m)
{
    int total = 0, i;
    for (i = 1; i < m; i++)
        total += month_lengths[i];
    if (m > 2 && leap_year(y))
        total++;
    return total;
}

static long
ymd_to_ordinal(int y, int m, int d)
{
    return days_before_year(y) + days_before_month(y, m) + d;
}

/* Inverse of ymd_to_ordinal; ordinal must be in 1..MAX_ORDINAL (or a
   little outside: the year found is then simply out of range). */
static void
ordinal_to_ymd(long ordinal, int *py, int *pm, int *pd)
{
    long n = ordinal - 1;           /* days since 0001-01-01 */
    long y = n * 400 / 146097 + 1;  /* an estimate, off by at most one */
    int m, dim;
    long rest;

    while (y > 1 && days_before_year(y) > n)
        y--;
    while (days_before_year(y + 1) <= n)
        y++;
    rest = n - days_before_year(y);     /* 0-based day of the year */
    for (m = 1; m < 12; m++) {
        dim = month_length((int)y, m);
        if (rest < dim)
            break;
        rest -= dim;
    }
    *py = (int)y;
    *pm = m;
    *pd = (int)rest + 1;
}

/* 0 for Monday .. 6 for Sunday. */
static int
ordinal_weekday(long ordinal)
{
    return (int)((ordinal + 6) % 7);
}

static int
ymd_weekday(int y, int m, int d)
{
    return ordinal_weekday(ymd_to_ordinal(y, m, d));
}

/* Ordinal of the Monday that starts ISO week 1 of year y. */
static long
iso_week1_monday(int y)
{
    long first = ymd_to_ordinal(y, 1, 1);
    int wd = ordinal_weekday(first);
    long monday = first - wd;
    if (wd > 3)         /* Jan 1 falls on Fri, Sat or Sun */
        monday += 7;
    return monday;
}

/* Floor division and remainder for a positive divisor. */
static long long
floor_divmod(long long value, long long divisor, long long *rem)
{
    long long q = value / divisor;
    long long r = value % divisor;
    if (r < 0) {
        r += divisor;
        q -= 1;
    }
    *rem = r;
    return q;
}

/* Bring microseconds into 0..999999 and seconds into 0..86399,
   carrying into days. */
static void
normalize_dsu(long long *d, long long *s, long long *us)
{
    long long r;
    *s += floor_divmod(*us, 1000000, &r);
    *us = r;
    *d += floor_divmod(*s, 86400, &r);
    *s = r;
}

/* ------------------------------------------------------------------ */
/* Argument checks with the 2.5 messages.                              */

static int
check_date_args(int y, int m, int d)
{
    if (y < MINYEAR || y > MAXYEAR) {
        PyErr_SetString(PyExc_ValueError, "year is out of range");
        return -1;
    }
    if (m < 1 || m > 12) {
        PyErr_SetString(PyExc_ValueError, "month must be in 1..12");
        return -1;
    }
    if (d < 1 || d > month_length(y, m)) {
        PyErr_SetString(PyExc_ValueError, "day is out of range for month");
        return -1;
    }
    return 0;
}

static int
check_time_args(int hh, int mm, int ss, int us)
{
    if (hh < 0 || hh > 23) {
        PyErr_SetString(PyExc_ValueError, "hour must be in 0..23");
        return -1;
    }
    if (mm < 0 || mm > 59) {
        PyErr_SetString(PyExc_ValueError, "minute must be in 0..59");
        return -1;
    }
    if (ss < 0 || ss > 59) {
        PyErr_SetString(PyExc_ValueError, "second must be in 0..59");
        return -1;
    }
    if (us < 0 || us > 999999) {
        PyErr_SetString(PyExc_ValueError, "microsecond must be in 0..999999");
        return -1;
    }
    return 0;
}

static int
check_tzinfo_arg(PyObject *tz)
{
    if (tz == Py_None || PyTZInfo_Check(tz))
        return 0;
    PyErr_Format(PyExc_TypeError,
                 "tzinfo argument must be None or of a tzinfo subclass, "
                 "not type '%s'", tz->ob_type->tp_name);
    return -1;
}

static PyObject *
compare_error(PyObject *a, PyObject *b)
{
    PyErr_Format(PyExc_TypeError, "can't compare %s to %s",
                 a->ob_type->tp_name, b->ob_type->tp_name);
    return NULL;
}

static PyObject *
bool_for_op(int cmp, int op)
{
    int r = 0;
    switch (op) {
    case Py_LT: r = cmp < 0; break;
    case Py_LE: r = cmp <= 0; break;
    case Py_EQ: r = cmp == 0; break;
    case Py_NE: r = cmp != 0; break;
    case Py_GT: r = cmp > 0; break;
    case Py_GE: r = cmp >= 0; break;
    }
    return PyBool_FromLong(r);
}

static PyObject *
not_implemented(void)
{
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
}

static int
compare_bytes(const unsigned char *a, const unsigned char *b, size_t n)
{
    int c = memcmp(a, b, n);
    return c < 0 ? -1 : (c > 0);
}

/* The hash CPython 2.5 gives: that of the packed bytes as a string. */
static long
hash_bytes(const unsigned char *data, Py_ssize_t n)
{
    long h;
    PyObject *s = PyString_FromStringAndSize((const char *)data, n);
    if (s == NULL)
        return -1;
    h = PyObject_Hash(s);
    Py_DECREF(s);
    return h;
}

/* ------------------------------------------------------------------ */
/* Constructors of exact instances (no argument checks).               */

static PyObject *
make_delta(PyTypeObject *type, int days, int seconds, int us)
{
    PyDateTime_Delta *self = (PyDateTime_Delta *)type->tp_alloc(type, 0);
    if (self != NULL) {
        self->hashcode = -1;
        self->days = days;
        self->seconds = seconds;
        self->microseconds = us;
    }
    return (PyObject *)self;
}

/* A timedelta from unnormalized parts; OverflowError if out of range. */
static PyObject *
delta_from_parts(long long d, long long s, long long us)
{
    normalize_dsu(&d, &s, &us);
    if (d < -MAX_DELTA_DAYS || d > MAX_DELTA_DAYS) {
        PyErr_Format(PyExc_OverflowError,
                     "days=%ld; must have magnitude <= %d",
                     (long)d, MAX_DELTA_DAYS);
        return NULL;
    }
    return make_delta(&PyDateTime_DeltaType, (int)d, (int)s, (int)us);
}

static PyObject *
make_date(PyTypeObject *type, int y, int m, int d)
{
    PyDateTime_Date *self = (PyDateTime_Date *)type->tp_alloc(type, 0);
    if (self != NULL) {
        self->hashcode = -1;
        self->hastzinfo = 0;
        pack_date(self->data, y, m, d);
    }
    return (PyObject *)self;
}

static PyObject *
make_time(PyTypeObject *type, int hh, int mm, int ss, int us,
          PyObject *tzinfo)
{
    PyDateTime_Time *self = (PyDateTime_Time *)type->tp_alloc(type, 0);
    if (self != NULL) {
        self->hashcode = -1;
        pack_time(self->data, hh, mm, ss, us);
        if (tzinfo != NULL && tzinfo != Py_None) {
            Py_INCREF(tzinfo);
            self->tzinfo = tzinfo;
            self->hastzinfo = 1;
        }
        else {
            self->tzinfo = NULL;
            self->hastzinfo = 0;
        }
    }
    return (PyObject *)self;
}

static PyObject *
make_datetime(PyTypeObject *type, int y, int m, int d, int hh, int mm,
              int ss, int us, PyObject *tzinfo)
{
    PyDateTime_DateTime *self =
        (PyDateTime_DateTime *)type->tp_alloc(type, 0);
    if (self != NULL) {
        self->hashcode = -1;
        pack_date(self->data, y, m, d);
        pack_time(self->data + 4, hh, mm, ss, us);
        if (tzinfo != NULL && tzinfo != Py_None) {
            Py_INCREF(tzinfo);
            self->tzinfo = tzinfo;
            self->hastzinfo = 1;
        }
        else {
            self->tzinfo = NULL;
            self->hastzinfo = 0;
        }
    }
    return (PyObject *)self;
}

/* A datetime from an ordinal and unnormalized time parts. */
static PyObject *
datetime_from_parts(long long ordinal, long long secs, long long us,
                    PyObject *tzinfo)
{
    long long r;
    int y, m, d;

    secs += floor_divmod(us, 1000000, &r);
    us = r;
    ordinal += floor_divmod(secs, 86400, &r);
    secs = r;
    if (ordinal < 1 || ordinal > MAX_ORDINAL) {
        PyErr_SetString(PyExc_OverflowError, "date value out of range");
        return NULL;
    }
    ordinal_to_ymd((long)ordinal, &y, &m, &d);
    return make_datetime(&PyDateTime_DateTimeType, y, m, d,
                         (int)(secs / 3600), (int)(secs % 3600 / 60),
                         (int)(secs % 60), (int)us, tzinfo);
}

/* ------------------------------------------------------------------ */
/* tzinfo protocol.                                                    */

/* Call tzinfo.<name>(arg) for utcoffset or dst and return the result in
   minutes; *is_none is set when the result (or tzinfo) is None.
   Returns -1 with *is_none == 0 and an exception set on error. */
static int
tz_offset_minutes(PyObject *tzinfo, const char *name, PyObject *arg,
                  int *is_none)
{
    PyObject *r;
    long total;
    int minutes;

    *is_none = 0;
    if (tzinfo == NULL || tzinfo == Py_None) {
        *is_none = 1;
        return 0;
    }
    r = PyObject_CallMethod(tzinfo, (char *)name, "O", arg);
    if (r == NULL)
        return -1;
    if (r == Py_None) {
        Py_DECREF(r);
        *is_none = 1;
        return 0;
    }
    if (!PyDelta_Check(r)) {
        PyErr_Format(PyExc_TypeError,
                     "tzinfo.%s() must return None or timedelta, not '%s'",
                     name, r->ob_type->tp_name);
        Py_DECREF(r);
        return -1;
    }
    if (TD_DAYS(r) < -1 || TD_DAYS(r) > 0) {
        minutes = 1440;     /* reported as out of range below */
    }
    else {
        total = TD_DAYS(r) * 86400L + TD_SECS(r);
        if (total % 60 != 0 || TD_USECS(r) != 0) {
            PyErr_Format(PyExc_ValueError,
                         "tzinfo.%s() must return a whole number of minutes",
                         name);
            Py_DECREF(r);
            return -1;
        }
        minutes = (int)(total / 60);
    }
    Py_DECREF(r);
    if (minutes <= -1440 || minutes >= 1440) {
        PyErr_Format(PyExc_ValueError,
                     "tzinfo.%s() returned %d; must be in -1439 .. 1439",
                     name, minutes);
        return -1;
    }
    return minutes;
}

#define OFFSET_FAILED(v, none) ((v) == -1 && !(none) && PyErr_Occurred())

static int
utcoffset_of(PyObject *tzinfo, PyObject *arg, int *is_none)
{
    return tz_offset_minutes(tzinfo, "utcoffset", arg, is_none);
}

/* The result of tzinfo.utcoffset()/dst() as a new timedelta (or None). */
static PyObject *
offset_as_delta(PyObject *tzinfo, const char *name, PyObject *arg)
{
    int none;
    int mins = tz_offset_minutes(tzinfo, name, arg, &none);
    if (OFFSET_FAILED(mins, none))
        return NULL;
    if (none) {
        Py_INCREF(Py_None);
        return Py_None;
    }
    return delta_from_parts(0, (long long)mins * 60, 0);
}

static PyObject *
tzname_of(PyObject *tzinfo, PyObject *arg)
{
    PyObject *r;
    if (tzinfo == NULL || tzinfo == Py_None) {
        Py_INCREF(Py_None);
        return Py_None;
    }
    r = PyObject_CallMethod(tzinfo, "tzname", "O", arg);
    if (r != NULL && r != Py_None && !PyString_Check(r)) {
        PyErr_Format(PyExc_TypeError,
                     "tzinfo.tzname() must return None or a string, "
                     "not '%s'", r->ob_type->tp_name);
        Py_DECREF(r);
        r = NULL;
    }
    return r;
}

/* Write "+HH<sep>MM" for the utcoffset, or nothing for None. */
static int
format_offset(char *buf, size_t size, const char *sep, PyObject *tzinfo,
              PyObject *arg)
{
    int none;
    int mins = utcoffset_of(tzinfo, arg, &none);
    char sign = '+';
    buf[0] = '\0';
    if (OFFSET_FAILED(mins, none))
        return -1;
    if (none)
        return 0;
    if (mins < 0) {
        sign = '-';
        mins = -mins;
    }
    PyOS_snprintf(buf, size, "%c%02d%s%02d", sign, mins / 60, sep, mins % 60);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Calls into the time module.                                         */

static PyObject *
time_module_attr(const char *name)
{
    PyObject *mod = PyImport_ImportModule("time");
    PyObject *f;
    if (mod == NULL)
        return NULL;
    f = PyObject_GetAttrString(mod, (char *)name);
    Py_DECREF(mod);
    return f;
}

static PyObject *
build_struct_time(int y, int m, int d, int hh, int mm, int ss, int dst)
{
    PyObject *st, *args;
    PyObject *ctor = time_module_attr("struct_time");
    if (ctor == NULL)
        return NULL;
    args = Py_BuildValue("((iiiiiiiii))", y, m, d, hh, mm, ss,
                         ymd_weekday(y, m, d),
                         days_before_month(y, m) + d, dst);
    if (args == NULL) {
        Py_DECREF(ctor);
        return NULL;
    }
    st = PyObject_Call(ctor, args, NULL);
    Py_DECREF(args);
    Py_DECREF(ctor);
    return st;
}

/* Read the first n integer fields of a time tuple. */
static int
read_time_tuple(PyObject *tup, int *fields, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        PyObject *item = PySequence_GetItem(tup, i);
        long v;
        if (item == NULL)
            return -1;
        v = PyInt_AsLong(item);
        Py_DECREF(item);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < INT_MIN || v > INT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "time field out of range");
            return -1;
        }
        fields[i] = (int)v;
    }
    return 0;
}

/* time.localtime(t) or time.gmtime(t) as six ints (y m d H M S). */
static int
broken_down_time(const char *fname, double timet, int *fields)
{
    PyObject *f, *st;
    int r;
    f = time_module_attr(fname);
    if (f == NULL)
        return -1;
    st = PyObject_CallFunction(f, "d", timet);
    Py_DECREF(f);
    if (st == NULL)
        return -1;
    r = read_time_tuple(st, fields, 6);
    Py_DECREF(st);
    if (r == 0 && fields[5] > 59)
        fields[5] = 59;         /* a leap second is shown as :59 */
    return r;
}

static PyObject *
current_time(void)
{
    PyObject *f = time_module_attr("time");
    PyObject *r;
    if (f == NULL)
        return NULL;
    r = PyObject_CallFunction(f, NULL);
    Py_DECREF(f);
    return r;
}

/* strftime through time.strftime, after replacing %z and %Z (which the
   time module cannot know) by the object's utcoffset and tzname. */
static PyObject *
strftime_with_tz(PyObject *format, PyObject *timetuple, PyObject *tzinfo,
                 PyObject *tzarg)
{
    const char *src = PyString_AS_STRING(format);
    Py_ssize_t n = PyString_GET_SIZE(format);
    Py_ssize_t i, cap, used = 0;
    char *out;
    PyObject *newfmt, *f, *result;

    /* Each '%z'/'%Z' may grow; compute replacements lazily. */
    cap = n + 16;
    out = PyMem_Malloc(cap);
    if (out == NULL)
        return PyErr_NoMemory();
    for (i = 0; i < n; i++) {
        const char *piece = src + i;
        Py_ssize_t plen = 1;
        char zbuf[16];
        PyObject *zname = NULL;

        if (src[i] == '%' && i + 1 < n) {
            char c = src[i + 1];
            if (c == 'z') {
                if (format_offset(zbuf, sizeof(zbuf), "", tzinfo, tzarg) < 0)
                    goto fail;
                piece = zbuf;
                plen = strlen(zbuf);
                i++;
            }
            else if (c == 'Z') {
                zname = tzname_of(tzinfo, tzarg);
                if (zname == NULL)
                    goto fail;
                i++;
                if (zname == Py_None) {
                    plen = 0;
                }
                else {
                    /* The name goes into a format: double its '%'. */
                    const char *z = PyString_AS_STRING(zname);
                    Py_ssize_t zl = PyString_GET_SIZE(zname), k;
                    if (zl > (PY_SSIZE_T_MAX - cap) / 2 - 16)
                        goto nomem;
                    if (used + 2 * zl + 1 > cap) {
                        char *grown;
                        cap = used + 2 * zl + n + 16;
                        grown = PyMem_Realloc(out, cap);
                        if (grown == NULL)
                            goto nomem;
                        out = grown;
                    }
                    for (k = 0; k < zl; k++) {
                        out[used++] = z[k];
                        if (z[k] == '%')
                            out[used++] = '%';
                    }
                    plen = 0;
                }
                Py_DECREF(zname);
                zname = NULL;
            }
            else {
                plen = 2;
                i++;
            }
        }
        if (used + plen + 1 > cap) {
            char *grown;
            if (cap > PY_SSIZE_T_MAX / 2 - plen)
                goto nomem;
            cap = 2 * cap + plen;
            grown = PyMem_Realloc(out, cap);
            if (grown == NULL)
                goto nomem;
            out = grown;
        }
        memcpy(out + used, piece, plen);
        used += plen;
    }
    newfmt = PyString_FromStringAndSize(out, used);
    PyMem_Free(out);
    if (newfmt == NULL)
        return NULL;
    f = time_module_attr("strftime");
    if (f == NULL) {
        Py_DECREF(newfmt);
        return NULL;
    }
    result = PyObject_CallFunction(f, "OO", newfmt, timetuple);
    Py_DECREF(f);
    Py_DECREF(newfmt);
    return result;

  nomem:
    PyErr_NoMemory();
  fail:
    PyMem_Free(out);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* timedelta                                                           */

/* The delta's whole length in microseconds, as a Python long. */
static PyObject *
delta_as_microseconds(PyObject *self)
{
    PyObject *days, *t1, *t2, *t3;
    long long rest = (long long)TD_SECS(self) * 1000000 + TD_USECS(self);

    days = PyLong_FromLong(TD_DAYS(self));
    if (days == NULL)
        return NULL;
    t1 = PyLong_FromLongLong(86400LL * 1000000LL);
    if (t1 == NULL) {
        Py_DECREF(days);
        return NULL;
    }
    t2 = PyNumber_Multiply(days, t1);
    Py_DECREF(days);
    Py_DECREF(t1);
    if (t2 == NULL)
        return NULL;
    t1 = PyLong_FromLongLong(rest);
    if (t1 == NULL) {
        Py_DECREF(t2);
        return NULL;
    }
    t3 = PyNumber_Add(t2, t1);
    Py_DECREF(t1);
    Py_DECREF(t2);
    return t3;
}

/* Inverse of delta_as_microseconds. */
static PyObject *
delta_from_microseconds(PyObject *total, PyTypeObject *type)
{
    PyObject *q = NULL, *r = NULL, *div = NULL, *pair = NULL;
    PyObject *result = NULL;
    long long us, secs, days;

    div = PyLong_FromLong(1000000);
    if (div == NULL)
        goto done;
    pair = PyNumber_Divmod(total, div);
    if (pair == NULL)
        goto done;
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
        PyErr_SetString(PyExc_TypeError, "divmod() returned a non-pair");
        goto done;
    }
    us = PyLong_AsLongLong(PyTuple_GET_ITEM(pair, 1));
    if (us == -1 && PyErr_Occurred())
        goto done;
    q = PyTuple_GET_ITEM(pair, 0);
    Py_INCREF(q);
    Py_DECREF(pair);
    Py_DECREF(div);
    div = PyLong_FromLong(86400);
    if (div == NULL)
        goto done;
    pair = PyNumber_Divmod(q, div);
    if (pair == NULL)
        goto done;
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
        PyErr_SetString(PyExc_TypeError, "divmod() returned a non-pair");
        goto done;
    }
    secs = PyLong_AsLongLong(PyTuple_GET_ITEM(pair, 1));
    if (secs == -1 && PyErr_Occurred())
        goto done;
    days = PyLong_AsLongLong(PyTuple_GET_ITEM(pair, 0));
    if (days == -1 && PyErr_Occurred())
        goto done;
    if (days < -MAX_DELTA_DAYS || days > MAX_DELTA_DAYS) {
        PyErr_Format(PyExc_OverflowError,
                     "days=%ld; must have magnitude <= %d",
                     (long)days, MAX_DELTA_DAYS);
        goto done;
    }
    result = make_delta(type, (int)days, (int)secs, (int)us);
  done:
    Py_XDECREF(q);
    Py_XDECREF(r);
    Py_XDECREF(div);
    Py_XDECREF(pair);
    return result;
}

/* sofar + num * factor for one constructor argument; the fractional
   microseconds of a float argument are added to *leftover. */
static PyObject *
delta_accumulate(const char *tag, PyObject *sofar, PyObject *num,
                 long long factor, double *leftover)
{
    PyObject *f, *prod, *sum;

    if (PyInt_Check(num) || PyLong_Check(num)) {
        f = PyLong_FromLongLong(factor);
        if (f == NULL)
            return NULL;
        prod = PyNumber_Multiply(num, f);
        Py_DECREF(f);
        if (prod == NULL)
            return NULL;
        sum = PyNumber_Add(sofar, prod);
        Py_DECREF(prod);
        return sum;
    }
    if (PyFloat_Check(num)) {
        double whole, frac, scaled_whole, scaled_frac;
        PyObject *w;
        double v = PyFloat_AsDouble(num);

        if (!(v - v == 0.0)) {      /* inf or nan */
            PyErr_SetString(PyExc_OverflowError,
                            "cannot convert float infinity to long");
            return NULL;
        }
        frac = modf(v, &whole);
        w = PyLong_FromDouble(whole);
        if (w == NULL)
            return NULL;
        f = PyLong_FromLongLong(factor);
        if (f == NULL) {
            Py_DECREF(w);
            return NULL;
        }
        prod = PyNumber_Multiply(w, f);
        Py_DECREF(w);
        Py_DECREF(f);
        if (prod == NULL)
            return NULL;
        sum = PyNumber_Add(sofar, prod);
        Py_DECREF(prod);
        if (sum == NULL || frac == 0.0)
            return sum;
        /* The fraction times the factor: its whole part is exact
           enough to add now, the rest is kept for rounding at the end. */
        scaled_frac = modf(frac * (double)factor, &scaled_whole);
        w = PyLong_FromDouble(scaled_whole);
        if (w == NULL) {
            Py_DECREF(sum);
            return NULL;
        }
        prod = PyNumber_Add(sum, w);
        Py_DECREF(sum);
        Py_DECREF(w);
        *leftover += scaled_frac;
        return prod;
    }
    PyErr_Format(PyExc_TypeError,
                 "unsupported type for timedelta %s component: %s",
                 tag, num->ob_type->tp_name);
    return NULL;
}

static double
round_half_away(double x)
{
    return x >= 0.0 ? floor(x + 0.5) : ceil(x - 0.5);
}

static PyObject *
delta_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *day = NULL, *second = NULL, *us = NULL, *ms = NULL;
    PyObject *minute = NULL, *hour = NULL, *week = NULL;
    PyObject *sum, *next, *result;
    double leftover = 0.0;
    int i;
    static char *keywords[] = {
        "days", "seconds", "microseconds", "milliseconds",
        "minutes", "hours", "weeks", NULL
    };

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|OOOOOOO:__new__", keywords,
                                     &day, &second, &us, &ms, &minute,
                                     &hour, &week))
        return NULL;
    {
        struct { const char *tag; PyObject *value; long long factor; } parts[] = {
            {"microseconds", us, 1LL},
            {"milliseconds", ms, 1000LL},
            {"seconds", second, 1000000LL},
            {"minutes", minute, 60000000LL},
            {"hours", hour, 3600000000LL},
            {"days", day, 86400000000LL},
            {"weeks", week, 604800000000LL},
        };
        sum = PyLong_FromLong(0);
        if (sum == NULL)
            return NULL;
        for (i = 0; i < 7; i++) {
            if (parts[i].value == NULL)
                continue;
            next = delta_accumulate(parts[i].tag, sum, parts[i].value,
                                    parts[i].factor, &leftover);
            Py_DECREF(sum);
            if (next == NULL)
                return NULL;
            sum = next;
        }
    }
    if (leftover != 0.0) {
        PyObject *extra = PyLong_FromDouble(round_half_away(leftover));
        if (extra == NULL) {
            Py_DECREF(sum);
            return NULL;
        }
        next = PyNumber_Add(sum, extra);
        Py_DECREF(extra);
        Py_DECREF(sum);
        if (next == NULL)
            return NULL;
        sum = next;
    }
    result = delta_from_microseconds(sum, type);
    Py_DECREF(sum);
    return result;
}

static PyObject *
delta_add(PyObject *a, PyObject *b)
{
    if (!PyDelta_Check(a) || !PyDelta_Check(b))
        return not_implemented();
    return delta_from_parts((long long)TD_DAYS(a) + TD_DAYS(b),
                            (long long)TD_SECS(a) + TD_SECS(b),
                            (long long)TD_USECS(a) + TD_USECS(b));
}

static PyObject *
delta_subtract(PyObject *a, PyObject *b)
{
    if (!PyDelta_Check(a) || !PyDelta_Check(b))
        return not_implemented();
    return delta_from_parts((long long)TD_DAYS(a) - TD_DAYS(b),
                            (long long)TD_SECS(a) - TD_SECS(b),
                            (long long)TD_USECS(a) - TD_USECS(b));
}

static PyObject *
delta_negative(PyObject *self)
{
    return delta_from_parts(-(long long)TD_DAYS(self),
                            -(long long)TD_SECS(self),
                            -(long long)TD_USECS(self));
}

static PyObject *
delta_positive(PyObject *self)
{
    return make_delta(&PyDateTime_DeltaType, TD_DAYS(self), TD_SECS(self),
                      TD_USECS(self));
}

static PyObject *
delta_abs(PyObject *self)
{
    if (TD_DAYS(self) < 0)
        return delta_negative(self);
    return delta_positive(self);
}

static int
delta_nonzero(PyObject *self)
{
    return TD_DAYS(self) != 0 || TD_SECS(self) != 0 || TD_USECS(self) != 0;
}

static PyObject *
delta_scale(PyObject *delta, PyObject *n, int divide)
{
    PyObject *total, *r, *result;
    total = delta_as_microseconds(delta);
    if (total == NULL)
        return NULL;
    if (divide)
        r = PyNumber_FloorDivide(total, n);
    else
        r = PyNumber_Multiply(total, n);
    Py_DECREF(total);
    if (r == NULL)
        return NULL;
    result = delta_from_microseconds(r, &PyDateTime_DeltaType);
    Py_DECREF(r);
    return result;
}

#define IS_INTEGER(o) (PyInt_Check(o) || PyLong_Check(o))

static PyObject *
delta_multiply(PyObject *a, PyObject *b)
{
    if (PyDelta_Check(a) && IS_INTEGER(b))
        return delta_scale(a, b, 0);
    if (IS_INTEGER(a) && PyDelta_Check(b))
        return delta_scale(b, a, 0);
    return not_implemented();
}

static PyObject *
delta_divide(PyObject *a, PyObject *b)
{
    if (PyDelta_Check(a) && IS_INTEGER(b))
        return delta_scale(a, b, 1);
    return not_implemented();
}

static int
delta_cmp(PyObject *a, PyObject *b)
{
    long d = (long)TD_DAYS(a) - TD_DAYS(b);
    if (d == 0)
        d = (long)TD_SECS(a) - TD_SECS(b);
    if (d == 0)
        d = (long)TD_USECS(a) - TD_USECS(b);
    return d < 0 ? -1 : (d > 0);
}

static PyObject *
delta_richcompare(PyObject *self, PyObject *other, int op)
{
    if (PyDelta_Check(other))
        return bool_for_op(delta_cmp(self, other), op);
    if (op == Py_EQ || op == Py_NE)
        return PyBool_FromLong(op == Py_NE);
    return compare_error(self, other);
}

static long
delta_hash(PyDateTime_Delta *self)
{
    if (self->hashcode == -1) {
        PyObject *t = Py_BuildValue("(iii)", self->days, self->seconds,
                                    self->microseconds);
        if (t == NULL)
            return -1;
        self->hashcode = PyObject_Hash(t);
        Py_DECREF(t);
    }
    return self->hashcode;
}

static PyObject *
delta_repr(PyDateTime_Delta *self)
{
    char buf[128];
    const char *name = self->ob_type->tp_name;
    if (self->microseconds != 0)
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d, %d)", name,
                      self->days, self->seconds, self->microseconds);
    else if (self->seconds != 0)
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d)", name,
                      self->days, self->seconds);
    else
        PyOS_snprintf(buf, sizeof(buf), "%s(%d)", name, self->days);
    return PyString_FromString(buf);
}

static PyObject *
delta_str(PyDateTime_Delta *self)
{
    char buf[128];
    size_t len = 0;
    int s = self->seconds;
    if (self->days != 0) {
        PyOS_snprintf(buf, sizeof(buf), "%d day%s, ", self->days,
                      (self->days == 1 || self->days == -1) ? "" : "s");
        len = strlen(buf);
    }
    PyOS_snprintf(buf + len, sizeof(buf) - len, "%d:%02d:%02d",
                  s / 3600, s % 3600 / 60, s % 60);
    len = strlen(buf);
    if (self->microseconds != 0)
        PyOS_snprintf(buf + len, sizeof(buf) - len, ".%06d",
                      self->microseconds);
    return PyString_FromString(buf);
}

static PyObject *
delta_reduce(PyDateTime_Delta *self)
{
    return Py_BuildValue("(O(iii))", self->ob_type, self->days,
                         self->seconds, self->microseconds);
}

static PyMemberDef delta_members[] = {
    {"days", T_INT, offsetof(PyDateTime_Delta, days), READONLY,
     "Number of days."},
    {"seconds", T_INT, offsetof(PyDateTime_Delta, seconds), READONLY,
     "Number of seconds (>= 0 and less than 1 day)."},
    {"microseconds", T_INT, offsetof(PyDateTime_Delta, microseconds),
     READONLY, "Number of microseconds (>= 0 and less than 1 second)."},
    {NULL}
};

static PyMethodDef delta_methods[] = {
    {"__reduce__", (PyCFunction)delta_reduce, METH_NOARGS,
     "__reduce__() -> (cls, state)"},
    {NULL, NULL}
};

static PyNumberMethods delta_as_number = {
    delta_add,                  /* nb_add */
    delta_subtract,             /* nb_subtract */
    delta_multiply,             /* nb_multiply */
    delta_divide,               /* nb_divide */
    0,                          /* nb_remainder */
    0,                          /* nb_divmod */
    0,                          /* nb_power */
    (unaryfunc)delta_negative,  /* nb_negative */
    (unaryfunc)delta_positive,  /* nb_positive */
    (unaryfunc)delta_abs,       /* nb_absolute */
    (inquiry)delta_nonzero,     /* nb_nonzero */
    0, 0, 0, 0, 0, 0,           /* invert .. or */
    0,                          /* nb_coerce */
    0, 0, 0, 0, 0,              /* int .. hex */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* in-place ops */
    delta_divide,               /* nb_floor_divide */
    0,                          /* nb_true_divide */
    0,                          /* nb_inplace_floor_divide */
    0,                          /* nb_inplace_true_divide */
    0,                          /* nb_index */
};

PyDoc_STRVAR(delta_doc,
"timedelta([days[, seconds[, microseconds[, milliseconds[, minutes[, hours[, weeks]]]]]]])\n\n"
"A duration: the difference between two dates or datetimes.\n"
"It is kept as days, seconds (0..86399) and microseconds (0..999999).");

static PyTypeObject PyDateTime_DeltaType = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "datetime.timedelta",               /* tp_name */
    sizeof(PyDateTime_Delta),           /* tp_basicsize */
    0,                                  /* tp_itemsize */
    0,                                  /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)delta_repr,               /* tp_repr */
    &delta_as_number,                   /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    (hashfunc)delta_hash,               /* tp_hash */
    0,                                  /* tp_call */
    (reprfunc)delta_str,                /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES | Py_TPFLAGS_BASETYPE,
    delta_doc,                          /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    delta_richcompare,                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    delta_methods,                      /* tp_methods */
    delta_members,                      /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    delta_new,                          /* tp_new */
    0,                                  /* tp_free */
};

/* ------------------------------------------------------------------ */
/* date                                                                */

static long
date_ordinal(PyObject *self)
{
    return ymd_to_ordinal(D_YEAR(self), D_MONTH(self), D_DAY(self));
}

/* A pickled state string is valid if its fields are. */
static int
valid_date_state(const unsigned char *p)
{
    int y = (p[0] << 8) | p[1];
    return y >= MINYEAR && y <= MAXYEAR && p[2] >= 1 && p[2] <= 12 &&
           p[3] >= 1 && p[3] <= month_length(y, p[2]);
}

static int
valid_time_state(const unsigned char *p)
{
    int us = (p[3] << 16) | (p[4] << 8) | p[5];
    return p[0] <= 23 && p[1] <= 59 && p[2] <= 59 && us <= 999999;
}

static PyObject *
date_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    int y, m, d;
    static char *keywords[] = {"year", "month", "day", NULL};

    /* Unpickling: date(state_string). */
    if (PyTuple_GET_SIZE(args) == 1 && kw == NULL) {
        PyObject *state = PyTuple_GET_ITEM(args, 0);
        if (PyString_Check(state) &&
            PyString_GET_SIZE(state) == DATE_DATASIZE &&
            ((unsigned char *)PyString_AS_STRING(state))[2] >= 1 &&
            ((unsigned char *)PyString_AS_STRING(state))[2] <= 12) {
            const unsigned char *p =
                (const unsigned char *)PyString_AS_STRING(state);
            if (!valid_date_state(p)) {
                PyErr_SetString(PyExc_ValueError, "bad date state");
                return NULL;
            }
            return make_date(type, (p[0] << 8) | p[1], p[2], p[3]);
        }
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "iii", keywords, &y, &m, &d))
        return NULL;
    if (check_date_args(y, m, d) < 0)
        return NULL;
    return make_date(type, y, m, d);
}

/* cls(y, m, d) from a broken-down local time. */
static PyObject *
date_fromtimestamp(PyObject *cls, PyObject *args)
{
    double ts;
    int f[6];
    if (!PyArg_ParseTuple(args, "d:fromtimestamp", &ts))
        return NULL;
    if (broken_down_time("localtime", ts < 0 ? ceil(ts) : floor(ts), f) < 0)
        return NULL;
    return PyObject_CallFunction(cls, "iii", f[0], f[1], f[2]);
}

static PyObject *
date_today(PyObject *cls, PyObject *unused)
{
    PyObject *now = current_time(), *r;
    if (now == NULL)
        return NULL;
    /* Through cls.fromtimestamp, so that datetime.today() has a time. */
    r = PyObject_CallMethod(cls, "fromtimestamp", "O", now);
    Py_DECREF(now);
    return r;
}

static PyObject *
date_fromordinal(PyObject *cls, PyObject *args)
{
    int ordinal, y, m, d;
    if (!PyArg_ParseTuple(args, "i:fromordinal", &ordinal))
        return NULL;
    if (ordinal < 1) {
        PyErr_SetString(PyExc_ValueError, "ordinal must be >= 1");
        return NULL;
    }
    if (ordinal > MAX_ORDINAL) {
        PyErr_SetString(PyExc_ValueError, "year is out of range");
        return NULL;
    }
    ordinal_to_ymd(ordinal, &y, &m, &d);
    return PyObject_CallFunction(cls, "iii", y, m, d);
}

static PyObject *
date_get_year(PyObject *self, void *unused)
{
    return PyInt_FromLong(D_YEAR(self));
}

static PyObject *
date_get_month(PyObject *self, void *unused)
{
    return PyInt_FromLong(D_MONTH(self));
}

static PyObject *
date_get_day(PyObject *self, void *unused)
{
    return PyInt_FromLong(D_DAY(self));
}

static PyGetSetDef date_getset[] = {
    {"year", (getter)date_get_year},
    {"month", (getter)date_get_month},
    {"day", (getter)date_get_day},
    {NULL}
};

/* date +/- (days of) a timedelta. */
static PyObject *
date_shift(PyObject *date, PyObject *delta, int negate)
{
    long long ordinal = date_ordinal(date);
    int y, m, d;
    ordinal += negate ? -(long long)TD_DAYS(delta) : TD_DAYS(delta);
    if (ordinal < 1 || ordinal > MAX_ORDINAL) {
        PyErr_SetString(PyExc_OverflowError, "date value out of range");
        return NULL;
    }
    ordinal_to_ymd((long)ordinal, &y, &m, &d);
    return make_date(&PyDateTime_DateType, y, m, d);
}

static PyObject *
date_add(PyObject *a, PyObject *b)
{
    if (PyDateTime_Check(a) || PyDateTime_Check(b))
        return not_implemented();
    if (PyDate_Check(a) && PyDelta_Check(b))
        return date_shift(a, b, 0);
    if (PyDelta_Check(a) && PyDate_Check(b))
        return date_shift(b, a, 0);
    return not_implemented();
}

static PyObject *
date_subtract(PyObject *a, PyObject *b)
{
    if (PyDateTime_Check(a) || PyDateTime_Check(b))
        return not_implemented();
    if (PyDate_Check(a)) {
        if (PyDate_Check(b))
            return delta_from_parts(
                (long long)date_ordinal(a) - date_ordinal(b), 0, 0);
        if (PyDelta_Check(b))
            return date_shift(a, b, 1);
    }
    return not_implemented();
}

static PyObject *
date_richcompare(PyObject *self, PyObject *other, int op)
{
    if (PyDate_Check(other))   /* datetime too: compares the date part */
        return bool_for_op(compare_bytes(((PyDateTime_Date *)self)->data,
                                         ((PyDateTime_Date *)other)->data,
                                         DATE_DATASIZE), op);
    if (!PyDate_Check(other) && PyObject_HasAttrString(other, "timetuple"))
        return not_implemented();     /* let other datetime-likes try */
    if (op == Py_EQ || op == Py_NE)
        return PyBool_FromLong(op == Py_NE);
    return compare_error(self, other);
}

static long
date_hash(PyDateTime_Date *self)
{
    if (self->hashcode == -1)
        self->hashcode = hash_bytes(self->data, DATE_DATASIZE);
    return self->hashcode;
}

static PyObject *
date_repr(PyDateTime_Date *self)
{
    char buf[128];
    PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d, %d)", self->ob_type->tp_name,
                  D_YEAR(self), D_MONTH(self), D_DAY(self));
    return PyString_FromString(buf);
}

static PyObject *
date_isoformat(PyObject *self, PyObject *unused)
{
    char buf[32];
    PyOS_snprintf(buf, sizeof(buf), "%04d-%02d-%02d",
                  D_YEAR(self), D_MONTH(self), D_DAY(self));
    return PyString_FromString(buf);
}

static PyObject *
date_str(PyObject *self)
{
    return PyObject_CallMethod(self, "isoformat", "()");
}

static PyObject *
format_ctime(PyObject *self, int hh, int mm, int ss)
{
    char buf[64];
    int y = D_YEAR(self), m = D_MONTH(self), d = D_DAY(self);
    PyOS_snprintf(buf, sizeof(buf), "%s %s %2d %02d:%02d:%02d %04d",
                  weekday_abbr[ymd_weekday(y, m, d)], month_abbr[m], d,
                  hh, mm, ss, y);
    return PyString_FromString(buf);
}

static PyObject *
date_ctime(PyObject *self, PyObject *unused)
{
    return format_ctime(self, 0, 0, 0);
}

static PyObject *
date_strftime(PyObject *self, PyObject *args, PyObject *kw)
{
    PyObject *format, *tuple, *result;
    PyObject *tzinfo = Py_None;
    static char *keywords[] = {"format", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!:strftime", keywords,
                                     &PyString_Type, &format))
        return NULL;
    tuple = PyObject_CallMethod(self, "timetuple", "()");
    if (tuple == NULL)
        return NULL;
    if (PyDateTime_Check(self))
        tzinfo = DT_TZINFO(self);
    result = strftime_with_tz(format, tuple, tzinfo, self);
    Py_DECREF(tuple);
    return result;
}

static PyObject *
date_isocalendar(PyObject *self, PyObject *unused)
{
    int y = D_YEAR(self);
    long today = date_ordinal(self);
    long monday = iso_week1_monday(y);
    long week;
    int day;

    if (today < monday) {
        y--;
        monday = iso_week1_monday(y);
    }
    else if (today >= iso_week1_monday(y + 1)) {
        y++;
        monday = iso_week1_monday(y);
    }
    week = (today - monday) / 7;
    day = (int)((today - monday) % 7);
    return Py_BuildValue("(iii)", y, (int)week + 1, day + 1);
}

static PyObject *
date_isoweekday(PyObject *self, PyObject *unused)
{
    return PyInt_FromLong(ordinal_weekday(date_ordinal(self)) + 1);
}

static PyObject *
date_weekday(PyObject *self, PyObject *unused)
{
    return PyInt_FromLong(ordinal_weekday(date_ordinal(self)));
}

static PyObject *
date_toordinal(PyObject *self, PyObject *unused)
{
    return PyInt_FromLong(date_ordinal(self));
}

static PyObject *
date_timetuple(PyObject *self, PyObject *unused)
{
    return build_struct_time(D_YEAR(self), D_MONTH(self), D_DAY(self),
                             0, 0, 0, -1);
}

static PyObject *
date_replace(PyObject *self, PyObject *args, PyObject *kw)
{
    int y = D_YEAR(self), m = D_MONTH(self), d = D_DAY(self);
    PyObject *t, *r;
    static char *keywords[] = {"year", "month", "day", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|iii:replace", keywords,
                                     &y, &m, &d))
        return NULL;
    t = Py_BuildValue("(iii)", y, m, d);
    if (t == NULL)
        return NULL;
    r = date_new(self->ob_type, t, NULL);
    Py_DECREF(t);
    return r;
}

static PyObject *
date_reduce(PyDateTime_Date *self, PyObject *unused)
{
    return Py_BuildValue("(O(N))", self->ob_type,
                         PyString_FromStringAndSize((char *)self->data,
                                                    DATE_DATASIZE));
}

static PyMethodDef date_methods[] = {
    {"fromtimestamp", (PyCFunction)date_fromtimestamp,
     METH_VARARGS | METH_CLASS,
     "timestamp -> local date from a POSIX timestamp (like time.time())."},
    {"fromordinal", (PyCFunction)date_fromordinal, METH_VARARGS | METH_CLASS,
     "int -> date corresponding to a proleptic Gregorian ordinal."},
    {"today", (PyCFunction)date_today, METH_NOARGS | METH_CLASS,
     "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."},
    {"ctime", (PyCFunction)date_ctime, METH_NOARGS,
     "Return ctime() style string."},
    {"strftime", (PyCFunction)date_strftime, METH_VARARGS | METH_KEYWORDS,
     "format -> strftime() style string."},
    {"timetuple", (PyCFunction)date_timetuple, METH_NOARGS,
     "Return time tuple, compatible with time.localtime()."},
    {"isocalendar", (PyCFunction)date_isocalendar, METH_NOARGS,
     "Return a 3-tuple containing ISO year, week number, and weekday."},
    {"isoformat", (PyCFunction)date_isoformat, METH_NOARGS,
     "Return string in ISO 8601 format, YYYY-MM-DD."},
    {"isoweekday", (PyCFunction)date_isoweekday, METH_NOARGS,
     "Return the day of the week represented by the date.\n"
     "Monday == 1 ... Sunday == 7"},
    {"toordinal", (PyCFunction)date_toordinal, METH_NOARGS,
     "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."},
    {"weekday", (PyCFunction)date_weekday, METH_NOARGS,
     "Return the day of the week represented by the date.\n"
     "Monday == 0 ... Sunday == 6"},
    {"replace", (PyCFunction)date_replace, METH_VARARGS | METH_KEYWORDS,
     "Return date with new specified fields."},
    {"__reduce__", (PyCFunction)date_reduce, METH_NOARGS,
     "__reduce__() -> (cls, state)"},
    {NULL, NULL}
};

static PyNumberMethods date_as_number = {
    date_add,                   /* nb_add */
    date_subtract,              /* nb_subtract */
    0,                          /* nb_multiply */
};

PyDoc_STRVAR(date_doc, "date(year, month, day) --> date object");

static PyTypeObject PyDateTime_DateType = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "datetime.date",                    /* tp_name */
    sizeof(PyDateTime_Date),            /* tp_basicsize */
    0,                                  /* tp_itemsize */
    0,                                  /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)date_repr,                /* tp_repr */
    &date_as_number,                    /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    (hashfunc)date_hash,                /* tp_hash */
    0,                                  /* tp_call */
    (reprfunc)date_str,                 /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES | Py_TPFLAGS_BASETYPE,
    date_doc,                           /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    date_richcompare,                   /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    date_methods,                       /* tp_methods */
    0,                                  /* tp_members */
    date_getset,                        /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    date_new,                           /* tp_new */
    0,                                  /* tp_free */
};

/* ------------------------------------------------------------------ */
/* tzinfo: an abstract base class.                                     */

static PyObject *
tzinfo_abstract(const char *name)
{
    PyErr_Format(PyExc_NotImplementedError,
                 "a tzinfo subclass must implement %s()", name);
    return NULL;
}

static PyObject *
tzinfo_tzname(PyObject *self, PyObject *dt)
{
    return tzinfo_abstract("tzname");
}

static PyObject *
tzinfo_utcoffset(PyObject *self, PyObject *dt)
{
    return tzinfo_abstract("utcoffset");
}

static PyObject *
tzinfo_dst(PyObject *self, PyObject *dt)
{
    return tzinfo_abstract("dst");
}

static PyObject *
tzinfo_fromutc(PyObject *self, PyObject *dt)
{
    int none, off, dst;
    PyObject *result, *shifted;

    if (!PyDateTime_Check(dt)) {
        PyErr_SetString(PyExc_TypeError,
                        "fromutc: argument must be a datetime");
        return NULL;
    }
    if (DT_TZINFO(dt) != self) {
        PyErr_SetString(PyExc_ValueError,
                        "fromutc: dt.tzinfo is not self");
        return NULL;
    }
    off = utcoffset_of(self, dt, &none);
    if (OFFSET_FAILED(off, none))
        return NULL;
    if (none) {
        PyErr_SetString(PyExc_ValueError,
                        "fromutc: non-None utcoffset() result required");
        return NULL;
    }
    dst = tz_offset_minutes(self, "dst", dt, &none);
    if (OFFSET_FAILED(dst, none))
        return NULL;
    if (none) {
        PyErr_SetString(PyExc_ValueError,
                        "fromutc: non-None dst() result required");
        return NULL;
    }
    /* Standard time first, then the dst of that moment. */
    result = datetime_from_parts(date_ordinal(dt),
                                 DT_HOUR(dt) * 3600LL + DT_MINUTE(dt) * 60LL +
                                 DT_SECOND(dt) + (off - dst) * 60LL,
                                 DT_USEC(dt), self);
    if (result == NULL)
        return NULL;
    dst = tz_offset_minutes(self, "dst", result, &none);
    if (OFFSET_FAILED(dst, none)) {
        Py_DECREF(result);
        return NULL;
    }
    if (none) {
        Py_DECREF(result);
        PyErr_SetString(PyExc_ValueError,
                        "fromutc: tz.dst() gave inconsistent results; "
                        "cannot convert");
        return NULL;
    }
    if (dst == 0)
        return result;
    shifted = datetime_from_parts(date_ordinal(result),
                                  DT_HOUR(result) * 3600LL +
                                  DT_MINUTE(result) * 60LL +
                                  DT_SECOND(result) + dst * 60LL,
                                  DT_USEC(result), self);
    Py_DECREF(result);
    return shifted;
}

/* Pickle support: (type, __getinitargs__() or (), state) where the state
   is __getstate__() or a non-empty __dict__. */
static PyObject *
tzinfo_reduce(PyObject *self, PyObject *unused)
{
    PyObject *args, *state = NULL, *method, *result;

    method = PyObject_GetAttrString(self, "__getinitargs__");
    if (method != NULL) {
        args = PyObject_CallObject(method, NULL);
        Py_DECREF(method);
        if (args == NULL)
            return NULL;
    }
    else {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
        args = PyTuple_New(0);
        if (args == NULL)
            return NULL;
    }
    method = PyObject_GetAttrString(self, "__getstate__");
    if (method != NULL) {
        state = PyObject_CallObject(method, NULL);
        Py_DECREF(method);
        if (state == NULL) {
            Py_DECREF(args);
            return NULL;
        }
    }
    else {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError)) {
            Py_DECREF(args);
            return NULL;
        }
        PyErr_Clear();
        state = PyObject_GetAttrString(self, "__dict__");
        if (state == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError)) {
                Py_DECREF(args);
                return NULL;
            }
            PyErr_Clear();
        }
        else if (PyDict_Check(state) && PyDict_Size(state) == 0) {
            Py_DECREF(state);
            state = NULL;
        }
    }
    if (state == NULL)
        result = Py_BuildValue("(ON)", self->ob_type, args);
    else
        result = Py_BuildValue("(ONN)", self->ob_type, args, state);
    return result;
}

static PyMethodDef tzinfo_methods[] = {
    {"tzname", (PyCFunction)tzinfo_tzname, METH_O,
     "datetime -> string name of time zone."},
    {"utcoffset", (PyCFunction)tzinfo_utcoffset, METH_O,
     "datetime -> minutes east of UTC (negative for west of UTC)."},
    {"dst", (PyCFunction)tzinfo_dst, METH_O,
     "datetime -> DST offset in minutes east of UTC."},
    {"fromutc", (PyCFunction)tzinfo_fromutc, METH_O,
     "datetime in UTC -> datetime in local time."},
    {"__reduce__", (PyCFunction)tzinfo_reduce, METH_NOARGS,
     "-> (cls, state)"},
    {NULL, NULL}
};

PyDoc_STRVAR(tzinfo_doc, "Abstract base class for time zone info objects.");

static PyTypeObject PyDateTime_TZInfoType = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "datetime.tzinfo",                  /* tp_name */
    sizeof(PyDateTime_TZInfo),          /* tp_basicsize */
    0,                                  /* tp_itemsize */
    0,                                  /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    0,                                  /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES | Py_TPFLAGS_BASETYPE,
    tzinfo_doc,                         /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    tzinfo_methods,                     /* tp_methods */
    0,                                  /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    PyType_GenericNew,                  /* tp_new */
    0,                                  /* tp_free */
};

/* ------------------------------------------------------------------ */
/* time                                                                */

static PyObject *
time_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    int hh = 0, mm = 0, ss = 0, us = 0;
    PyObject *tzinfo = Py_None;
    static char *keywords[] = {
        "hour", "minute", "second", "microsecond", "tzinfo", NULL
    };

    /* Unpickling: time(state_string[, tzinfo]). */
    if (PyTuple_GET_SIZE(args) >= 1 && PyTuple_GET_SIZE(args) <= 2 &&
        kw == NULL) {
        PyObject *state = PyTuple_GET_ITEM(args, 0);
        if (PyString_Check(state) &&
            PyString_GET_SIZE(state) == TIME_DATASIZE &&
            ((unsigned char *)PyString_AS_STRING(state))[0] < 24) {
            const unsigned char *p =
                (const unsigned char *)PyString_AS_STRING(state);
            if (PyTuple_GET_SIZE(args) == 2) {
                tzinfo = PyTuple_GET_ITEM(args, 1);
                if (check_tzinfo_arg(tzinfo) < 0) {
                    PyErr_SetString(PyExc_TypeError, "bad tzinfo state arg");
                    return NULL;
                }
            }
            if (!valid_time_state(p)) {
                PyErr_SetString(PyExc_ValueError, "bad time state");
                return NULL;
            }
            return make_time(type, p[0], p[1], p[2],
                             (p[3] << 16) | (p[4] << 8) | p[5], tzinfo);
        }
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|iiiiO", keywords,
                                     &hh, &mm, &ss, &us, &tzinfo))
        return NULL;
    if (check_time_args(hh, mm, ss, us) < 0 || check_tzinfo_arg(tzinfo) < 0)
        return NULL;
    return make_time(type, hh, mm, ss, us, tzinfo);
}

static void
time_dealloc(PyDateTime_Time *self)
{
    if (self->hastzinfo)
        Py_XDECREF(self->tzinfo);
    self->ob_type->tp_free((PyObject *)self);
}

static PyObject *
time_get_hour(PyObject *self, void *unused)
{
    return PyInt_FromLong(T_HOUR(self));
}

static PyObject *
time_get_minute(PyObject *self, void *unused)
{
    return PyInt_FromLong(T_MINUTE(self));
}

static PyObject *
time_get_second(PyObject *self, void *unused)
{
    return PyInt_FromLong(T_SECOND(self));
}

static PyObject *
time_get_microsecond(PyObject *self, void *unused)
{
    return PyInt_FromLong(T_USEC(self));
}

static PyObject *
time_get_tzinfo(PyObject *self, void *unused)
{
    PyObject *tz = T_TZINFO(self);
    Py_INCREF(tz);
    return tz;
}

static PyGetSetDef time_getset[] = {
    {"hour", (getter)time_get_hour},
    {"minute", (getter)time_get_minute},
    {"second", (getter)time_get_second},
    {"microsecond", (getter)time_get_microsecond},
    {"tzinfo", (getter)time_get_tzinfo},
    {NULL}
};

/* Append ", tzinfo=<repr>)" in place of the final ')' of a repr. */
static PyObject *
append_tzinfo_repr(PyObject *repr, PyObject *tzinfo)
{
    PyObject *tzrepr, *result;
    Py_ssize_t n;
    if (repr == NULL || tzinfo == Py_None)
        return repr;
    tzrepr = PyObject_Repr(tzinfo);
    if (tzrepr == NULL) {
        Py_DECREF(repr);
        return NULL;
    }
    n = PyString_GET_SIZE(repr);
    result = PyString_FromStringAndSize(PyString_AS_STRING(repr), n - 1);
    Py_DECREF(repr);
    PyString_ConcatAndDel(&result, PyString_FromString(", tzinfo="));
    PyString_ConcatAndDel(&result, tzrepr);
    PyString_ConcatAndDel(&result, PyString_FromString(")"));
    return result;
}

static PyObject *
time_repr(PyDateTime_Time *self)
{
    char buf[128];
    const char *name = self->ob_type->tp_name;
    int hh = T_HOUR(self), mm = T_MINUTE(self), ss = T_SECOND(self);
    int us = T_USEC(self);
    if (us)
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d, %d, %d)",
                      name, hh, mm, ss, us);
    else if (ss)
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d, %d)", name, hh, mm, ss);
    else
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d)", name, hh, mm);
    return append_tzinfo_repr(PyString_FromString(buf), T_TZINFO(self));
}

/* "HH:MM:SS[.ffffff]" into buf. */
static void
format_clock(char *buf, size_t size, int hh, int mm, int ss, int us)
{
    if (us)
        PyOS_snprintf(buf, size, "%02d:%02d:%02d.%06d", hh, mm, ss, us);
    else
        PyOS_snprintf(buf, size, "%02d:%02d:%02d", hh, mm, ss);
}

static PyObject *
time_isoformat(PyObject *self, PyObject *unused)
{
    char buf[64];
    size_t len;
    format_clock(buf, sizeof(buf), T_HOUR(self), T_MINUTE(self),
                 T_SECOND(self), T_USEC(self));
    len = strlen(buf);
    if (format_offset(buf + len, sizeof(buf) - len, ":", T_TZINFO(self),
                      Py_None) < 0)
        return NULL;
    return PyString_FromString(buf);
}

static PyObject *
time_str(PyObject *self)
{
    return PyObject_CallMethod(self, "isoformat", "()");
}

static PyObject *
time_strftime(PyObject *self, PyObject *args, PyObject *kw)
{
    PyObject *format, *tuple, *result;
    static char *keywords[] = {"format", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!:strftime", keywords,
                                     &PyString_Type, &format))
        return NULL;
    /* The date part is 1900-01-01, the earliest strftime accepts. */
    tuple = build_struct_time(1900, 1, 1, T_HOUR(self), T_MINUTE(self),
                              T_SECOND(self), -1);
    if (tuple == NULL)
        return NULL;
    result = strftime_with_tz(format, tuple, T_TZINFO(self), Py_None);
    Py_DECREF(tuple);
    return result;
}

static PyObject *
time_utcoffset(PyObject *self, PyObject *unused)
{
    return offset_as_delta(T_TZINFO(self), "utcoffset", Py_None);
}

static PyObject *
time_dst(PyObject *self, PyObject *unused)
{
    return offset_as_delta(T_TZINFO(self), "dst", Py_None);
}

static PyObject *
time_tzname(PyObject *self, PyObject *unused)
{
    return tzname_of(T_TZINFO(self), Py_None);
}

/* Minutes since midnight, UTC-adjusted, and whether it is aware. */
static int
time_utc_minutes(PyObject *self, long *minutes, int *naive)
{
    int off = utcoffset_of(T_TZINFO(self), Py_None, naive);
    if (OFFSET_FAILED(off, *naive))
        return -1;
    *minutes = T_HOUR(self) * 60L + T_MINUTE(self) - off;
    return 0;
}

static PyObject *
time_richcompare(PyObject *self, PyObject *other, int op)
{
    long m1, m2;
    int n1, n2, c;

    if (!PyTime_Check(other)) {
        if (op == Py_EQ || op == Py_NE)
            return PyBool_FromLong(op == Py_NE);
        return compare_error(self, other);
    }
    if (T_TZINFO(self) == T_TZINFO(other))
        return bool_for_op(compare_bytes(((PyDateTime_Time *)self)->data,
                                         ((PyDateTime_Time *)other)->data,
                                         TIME_DATASIZE), op);
    if (time_utc_minutes(self, &m1, &n1) < 0 ||
        time_utc_minutes(other, &m2, &n2) < 0)
        return NULL;
    if (n1 != n2) {
        PyErr_SetString(PyExc_TypeError,
                        "can't compare offset-naive and offset-aware times");
        return NULL;
    }
    if (m1 != m2)
        c = m1 < m2 ? -1 : 1;
    else {
        long s1 = T_SECOND(self) * 1000000L + T_USEC(self);
        long s2 = T_SECOND(other) * 1000000L + T_USEC(other);
        c = s1 < s2 ? -1 : (s1 > s2);
    }
    return bool_for_op(c, op);
}

static long
time_hash(PyDateTime_Time *self)
{
    if (self->hashcode == -1) {
        long minutes;
        int naive;
        if (time_utc_minutes((PyObject *)self, &minutes, &naive) < 0)
            return -1;
        if (naive)
            self->hashcode = hash_bytes(self->data, TIME_DATASIZE);
        else {
            PyObject *t = Py_BuildValue("(lii)", minutes, T_SECOND(self),
                                        T_USEC(self));
            if (t == NULL)
                return -1;
            self->hashcode = PyObject_Hash(t);
            Py_DECREF(t);
        }
    }
    return self->hashcode;
}

static int
time_nonzero(PyObject *self)
{
    long minutes;
    int naive;
    if (T_SECOND(self) || T_USEC(self))
        return 1;
    if (time_utc_minutes(self, &minutes, &naive) < 0)
        return -1;
    return minutes != 0;
}

static PyObject *
time_replace(PyObject *self, PyObject *args, PyObject *kw)
{
    int hh = T_HOUR(self), mm = T_MINUTE(self), ss = T_SECOND(self);
    int us = T_USEC(self);
    PyObject *tzinfo = T_TZINFO(self);
    PyObject *t, *r;
    static char *keywords[] = {
        "hour", "minute", "second", "microsecond", "tzinfo", NULL
    };

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|iiiiO:replace", keywords,
                                     &hh, &mm, &ss, &us, &tzinfo))
        return NULL;
    t = Py_BuildValue("(iiiiO)", hh, mm, ss, us, tzinfo);
    if (t == NULL)
        return NULL;
    r = time_new(self->ob_type, t, NULL);
    Py_DECREF(t);
    return r;
}

static PyObject *
time_reduce(PyDateTime_Time *self, PyObject *unused)
{
    PyObject *state = PyString_FromStringAndSize((char *)self->data,
                                                 TIME_DATASIZE);
    if (state == NULL)
        return NULL;
    if (self->hastzinfo)
        return Py_BuildValue("(O(NO))", self->ob_type, state, self->tzinfo);
    return Py_BuildValue("(O(N))", self->ob_type, state);
}

static PyMethodDef time_methods[] = {
    {"isoformat", (PyCFunction)time_isoformat, METH_NOARGS,
     "Return string in ISO 8601 format, HH:MM:SS[.mmmmmm][+HH:MM]."},
    {"strftime", (PyCFunction)time_strftime, METH_VARARGS | METH_KEYWORDS,
     "format -> strftime() style string."},
    {"utcoffset", (PyCFunction)time_utcoffset, METH_NOARGS,
     "Return self.tzinfo.utcoffset(self)."},
    {"tzname", (PyCFunction)time_tzname, METH_NOARGS,
     "Return self.tzinfo.tzname(self)."},
    {"dst", (PyCFunction)time_dst, METH_NOARGS,
     "Return self.tzinfo.dst(self)."},
    {"replace", (PyCFunction)time_replace, METH_VARARGS | METH_KEYWORDS,
     "Return time with new specified fields."},
    {"__reduce__", (PyCFunction)time_reduce, METH_NOARGS,
     "__reduce__() -> (cls, state)"},
    {NULL, NULL}
};

static PyNumberMethods time_as_number = {
    0,                          /* nb_add */
    0,                          /* nb_subtract */
    0,                          /* nb_multiply */
    0,                          /* nb_divide */
    0,                          /* nb_remainder */
    0,                          /* nb_divmod */
    0,                          /* nb_power */
    0,                          /* nb_negative */
    0,                          /* nb_positive */
    0,                          /* nb_absolute */
    (inquiry)time_nonzero,      /* nb_nonzero */
};

PyDoc_STRVAR(time_doc,
"time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
"All arguments are optional. tzinfo may be None, or an instance of\n"
"a tzinfo subclass. The remaining arguments may be ints or longs.\n");

static PyTypeObject PyDateTime_TimeType = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "datetime.time",                    /* tp_name */
    sizeof(PyDateTime_Time),            /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)time_dealloc,           /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)time_repr,                /* tp_repr */
    &time_as_number,                    /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    (hashfunc)time_hash,                /* tp_hash */
    0,                                  /* tp_call */
    (reprfunc)time_str,                 /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES | Py_TPFLAGS_BASETYPE,
    time_doc,                           /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    time_richcompare,                   /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    time_methods,                       /* tp_methods */
    0,                                  /* tp_members */
    time_getset,                        /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    time_new,                           /* tp_new */
    0,                                  /* tp_free */
};

/* ------------------------------------------------------------------ */
/* datetime                                                            */

static PyObject *
datetime_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    int y, m, d, hh = 0, mm = 0, ss = 0, us = 0;
    PyObject *tzinfo = Py_None;
    static char *keywords[] = {
        "year", "month", "day", "hour", "minute", "second",
        "microsecond", "tzinfo", NULL
    };

    /* Unpickling: datetime(state_string[, tzinfo]). */
    if (PyTuple_GET_SIZE(args) >= 1 && PyTuple_GET_SIZE(args) <= 2 &&
        kw == NULL) {
        PyObject *state = PyTuple_GET_ITEM(args, 0);
        if (PyString_Check(state) &&
            PyString_GET_SIZE(state) == DATETIME_DATASIZE &&
            ((unsigned char *)PyString_AS_STRING(state))[2] >= 1 &&
            ((unsigned char *)PyString_AS_STRING(state))[2] <= 12) {
            const unsigned char *p =
                (const unsigned char *)PyString_AS_STRING(state);
            if (PyTuple_GET_SIZE(args) == 2) {
                tzinfo = PyTuple_GET_ITEM(args, 1);
                if (check_tzinfo_arg(tzinfo) < 0) {
                    PyErr_SetString(PyExc_TypeError, "bad tzinfo state arg");
                    return NULL;
                }
            }
            if (!valid_date_state(p) || !valid_time_state(p + 4)) {
                PyErr_SetString(PyExc_ValueError, "bad datetime state");
                return NULL;
            }
            return make_datetime(type, (p[0] << 8) | p[1], p[2], p[3],
                                 p[4], p[5], p[6],
                                 (p[7] << 16) | (p[8] << 8) | p[9], tzinfo);
        }
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "iii|iiiiO", keywords,
                                     &y, &m, &d, &hh, &mm, &ss, &us,
                                     &tzinfo))
        return NULL;
    if (check_date_args(y, m, d) < 0 || check_time_args(hh, mm, ss, us) < 0 ||
        check_tzinfo_arg(tzinfo) < 0)
        return NULL;
    return make_datetime(type, y, m, d, hh, mm, ss, us, tzinfo);
}

static void
datetime_dealloc(PyDateTime_DateTime *self)
{
    if (self->hastzinfo)
        Py_XDECREF(self->tzinfo);
    self->ob_type->tp_free((PyObject *)self);
}

static PyObject *
dt_get_hour(PyObject *self, void *unused)
{
    return PyInt_FromLong(DT_HOUR(self));
}

static PyObject *
dt_get_minute(PyObject *self, void *unused)
{
    return PyInt_FromLong(DT_MINUTE(self));
}

static PyObject *
dt_get_second(PyObject *self, void *unused)
{
    return PyInt_FromLong(DT_SECOND(self));
}

static PyObject *
dt_get_microsecond(PyObject *self, void *unused)
{
    return PyInt_FromLong(DT_USEC(self));
}

static PyObject *
dt_get_tzinfo(PyObject *self, void *unused)
{
    PyObject *tz = DT_TZINFO(self);
    Py_INCREF(tz);
    return tz;
}

static PyGetSetDef datetime_getset[] = {
    {"hour", (getter)dt_get_hour},
    {"minute", (getter)dt_get_minute},
    {"second", (getter)dt_get_second},
    {"microsecond", (getter)dt_get_microsecond},
    {"tzinfo", (getter)dt_get_tzinfo},
    {NULL}
};

/* Seconds of the day, local to the datetime. */
static long long
dt_day_seconds(PyObject *self)
{
    return DT_HOUR(self) * 3600LL + DT_MINUTE(self) * 60LL + DT_SECOND(self);
}

/* cls(...) from a POSIX timestamp, through localtime or gmtime; a tz
   converts the UTC result with tz.fromutc. */
static PyObject *
datetime_from_timestamp(PyObject *cls, const char *how, double ts,
                        PyObject *tzinfo)
{
    double whole;
    int us, f[6];

    if (!(ts - ts == 0.0)) {
        PyErr_SetString(PyExc_ValueError,
                        "timestamp out of range for platform time_t");
        return NULL;
    }
    whole = ts < 0 ? ceil(ts) : floor(ts);      /* toward zero */
    us = (int)round_half_away((ts - whole) * 1e6);
    if (us < 0) {
        whole -= 1.0;
        us += 1000000;
    }
    if (us >= 1000000) {
        whole += 1.0;
        us -= 1000000;
    }
    if (broken_down_time(how, whole, f) < 0)
        return NULL;
    return PyObject_CallFunction(cls, "iiiiiiiO", f[0], f[1], f[2], f[3],
                                 f[4], f[5], us, tzinfo);
}

static PyObject *
datetime_fromtimestamp(PyObject *cls, PyObject *args, PyObject *kw)
{
    double ts;
    PyObject *tzinfo = Py_None, *self, *r;
    static char *keywords[] = {"timestamp", "tz", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "d|O:fromtimestamp",
                                     keywords, &ts, &tzinfo))
        return NULL;
    if (check_tzinfo_arg(tzinfo) < 0)
        return NULL;
    self = datetime_from_timestamp(cls, tzinfo == Py_None ? "localtime"
                                                          : "gmtime",
                                   ts, tzinfo);
    if (self == NULL || tzinfo == Py_None)
        return self;
    r = PyObject_CallMethod(tzinfo, "fromutc", "O", self);
    Py_DECREF(self);
    return r;
}

static PyObject *
datetime_utcfromtimestamp(PyObject *cls, PyObject *args)
{
    double ts;
    if (!PyArg_ParseTuple(args, "d:utcfromtimestamp", &ts))
        return NULL;
    return datetime_from_timestamp(cls, "gmtime", ts, Py_None);
}

static PyObject *
datetime_now(PyObject *cls, PyObject *args, PyObject *kw)
{
    PyObject *tzinfo = Py_None, *now, *self, *r;
    double ts;
    static char *keywords[] = {"tz", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:now", keywords, &tzinfo))
        return NULL;
    if (check_tzinfo_arg(tzinfo) < 0)
        return NULL;
    now = current_time();
    if (now == NULL)
        return NULL;
    ts = PyFloat_AsDouble(now);
    Py_DECREF(now);
    if (ts == -1.0 && PyErr_Occurred())
        return NULL;
    self = datetime_from_timestamp(cls, tzinfo == Py_None ? "localtime"
                                                          : "gmtime",
                                   ts, tzinfo);
    if (self == NULL || tzinfo == Py_None)
        return self;
    r = PyObject_CallMethod(tzinfo, "fromutc", "O", self);
    Py_DECREF(self);
    return r;
}

static PyObject *
datetime_utcnow(PyObject *cls, PyObject *unused)
{
    PyObject *now = current_time();
    double ts;
    if (now == NULL)
        return NULL;
    ts = PyFloat_AsDouble(now);
    Py_DECREF(now);
    if (ts == -1.0 && PyErr_Occurred())
        return NULL;
    return datetime_from_timestamp(cls, "gmtime", ts, Py_None);
}

static PyObject *
datetime_strptime(PyObject *cls, PyObject *args)
{
    PyObject *f, *st, *r;
    const char *string, *format;
    int fields[6];

    if (!PyArg_ParseTuple(args, "ss:strptime", &string, &format))
        return NULL;
    f = time_module_attr("strptime");
    if (f == NULL)
        return NULL;
    st = PyObject_CallFunction(f, "ss", string, format);
    Py_DECREF(f);
    if (st == NULL)
        return NULL;
    if (read_time_tuple(st, fields, 6) < 0) {
        Py_DECREF(st);
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_SetString(PyExc_ValueError,
                            "unexpected value from time.strptime");
        }
        return NULL;
    }
    Py_DECREF(st);
    r = PyObject_CallFunction(cls, "iiiiii", fields[0], fields[1],
                              fields[2], fields[3], fields[4], fields[5]);
    return r;
}

static PyObject *
datetime_combine(PyObject *cls, PyObject *args, PyObject *kw)
{
    PyObject *date, *time;
    static char *keywords[] = {"date", "time", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!O!:combine", keywords,
                                     &PyDateTime_DateType, &date,
                                     &PyDateTime_TimeType, &time))
        return NULL;
    return PyObject_CallFunction(cls, "iiiiiiiO", D_YEAR(date),
                                 D_MONTH(date), D_DAY(date), T_HOUR(time),
                                 T_MINUTE(time), T_SECOND(time),
                                 T_USEC(time), T_TZINFO(time));
}

static PyObject *
datetime_shift(PyObject *dt, PyObject *delta, int negate)
{
    long long sign = negate ? -1 : 1;
    return datetime_from_parts(date_ordinal(dt) + sign * TD_DAYS(delta),
                               dt_day_seconds(dt) + sign * TD_SECS(delta),
                               DT_USEC(dt) + sign * TD_USECS(delta),
                               DT_TZINFO(dt));
}

static PyObject *
datetime_add(PyObject *a, PyObject *b)
{
    if (PyDateTime_Check(a) && PyDelta_Check(b))
        return datetime_shift(a, b, 0);
    if (PyDelta_Check(a) && PyDateTime_Check(b))
        return datetime_shift(b, a, 0);
    return not_implemented();
}

/* Offsets (minutes) of two datetimes for comparing or subtracting them;
   ignored (0, both naive) when they share a tzinfo object. */
static int
datetime_offsets(PyObject *a, PyObject *b, int *off1, int *off2,
                 int *naive1, int *naive2)
{
    if (DT_TZINFO(a) == DT_TZINFO(b)) {
        *off1 = *off2 = 0;
        *naive1 = *naive2 = 1;
        return 0;
    }
    *off1 = utcoffset_of(DT_TZINFO(a), a, naive1);
    if (OFFSET_FAILED(*off1, *naive1))
        return -1;
    *off2 = utcoffset_of(DT_TZINFO(b), b, naive2);
    if (OFFSET_FAILED(*off2, *naive2))
        return -1;
    return 0;
}

static PyObject *
datetime_subtract(PyObject *a, PyObject *b)
{
    int off1, off2, n1, n2;

    if (!PyDateTime_Check(a))
        return not_implemented();
    if (PyDelta_Check(b))
        return datetime_shift(a, b, 1);
    if (!PyDateTime_Check(b))
        return not_implemented();
    if (datetime_offsets(a, b, &off1, &off2, &n1, &n2) < 0)
        return NULL;
    if (n1 != n2) {
        PyErr_SetString(PyExc_TypeError,
                        "can't subtract offset-naive and offset-aware "
                        "datetimes");
        return NULL;
    }
    return delta_from_parts((long long)date_ordinal(a) - date_ordinal(b),
                            dt_day_seconds(a) - dt_day_seconds(b) -
                            (long long)(off1 - off2) * 60,
                            (long long)DT_USEC(a) - DT_USEC(b));
}

static PyObject *
datetime_richcompare(PyObject *self, PyObject *other, int op)
{
    int off1, off2, n1, n2, c;
    long long d, s, us;

    if (!PyDateTime_Check(other)) {
        if (!PyDate_Check(other) &&
            PyObject_HasAttrString(other, "timetuple"))
            return not_implemented();
        if (op == Py_EQ || op == Py_NE)
            return PyBool_FromLong(op == Py_NE);
        return compare_error(self, other);
    }
    if (datetime_offsets(self, other, &off1, &off2, &n1, &n2) < 0)
        return NULL;
    if (n1 != n2) {
        PyErr_SetString(PyExc_TypeError,
                        "can't compare offset-naive and offset-aware "
                        "datetimes");
        return NULL;
    }
    if (off1 == off2)
        return bool_for_op(
            compare_bytes(((PyDateTime_DateTime *)self)->data,
                          ((PyDateTime_DateTime *)other)->data,
                          DATETIME_DATASIZE), op);
    d = (long long)date_ordinal(self) - date_ordinal(other);
    s = dt_day_seconds(self) - dt_day_seconds(other) -
        (long long)(off1 - off2) * 60;
    us = (long long)DT_USEC(self) - DT_USEC(other);
    normalize_dsu(&d, &s, &us);
    if (d != 0)
        c = d < 0 ? -1 : 1;
    else
        c = (s != 0 || us != 0);
    return bool_for_op(c, op);
}

static long
datetime_hash(PyDateTime_DateTime *self)
{
    if (self->hashcode == -1) {
        int naive;
        int off = utcoffset_of(DT_TZINFO(self), (PyObject *)self, &naive);
        if (OFFSET_FAILED(off, naive))
            return -1;
        if (naive)
            self->hashcode = hash_bytes(self->data, DATETIME_DATASIZE);
        else {
            /* Equal aware datetimes are the same UTC moment. */
            long long secs = (long long)date_ordinal((PyObject *)self) *
                             86400 + dt_day_seconds((PyObject *)self) -
                             off * 60LL;
            PyObject *t = Py_BuildValue("(Li)", secs, DT_USEC(self));
            if (t == NULL)
                return -1;
            self->hashcode = PyObject_Hash(t);
            Py_DECREF(t);
        }
    }
    return self->hashcode;
}

static PyObject *
datetime_repr(PyDateTime_DateTime *self)
{
    char buf[160];
    const char *name = self->ob_type->tp_name;
    int y = D_YEAR(self), m = D_MONTH(self), d = D_DAY(self);
    int hh = DT_HOUR(self), mm = DT_MINUTE(self), ss = DT_SECOND(self);
    int us = DT_USEC(self);
    if (us)
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d, %d, %d, %d, %d, %d)",
                      name, y, m, d, hh, mm, ss, us);
    else if (ss)
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d, %d, %d, %d, %d)",
                      name, y, m, d, hh, mm, ss);
    else
        PyOS_snprintf(buf, sizeof(buf), "%s(%d, %d, %d, %d, %d)",
                      name, y, m, d, hh, mm);
    return append_tzinfo_repr(PyString_FromString(buf), DT_TZINFO(self));
}

static PyObject *
datetime_isoformat(PyObject *self, PyObject *args, PyObject *kw)
{
    char sep = 'T';
    char buf[96];
    size_t len;
    static char *keywords[] = {"sep", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|c:isoformat", keywords,
                                     &sep))
        return NULL;
    PyOS_snprintf(buf, sizeof(buf), "%04d-%02d-%02d%c", D_YEAR(self),
                  D_MONTH(self), D_DAY(self), sep);
    len = strlen(buf);
    format_clock(buf + len, sizeof(buf) - len, DT_HOUR(self),
                 DT_MINUTE(self), DT_SECOND(self), DT_USEC(self));
    len = strlen(buf);
    if (format_offset(buf + len, sizeof(buf) - len, ":", DT_TZINFO(self),
                      self) < 0)
        return NULL;
    return PyString_FromString(buf);
}

static PyObject *
datetime_str(PyObject *self)
{
    return PyObject_CallMethod(self, "isoformat", "(s)", " ");
}

static PyObject *
datetime_ctime(PyObject *self, PyObject *unused)
{
    return format_ctime(self, DT_HOUR(self), DT_MINUTE(self),
                        DT_SECOND(self));
}

static PyObject *
datetime_utcoffset(PyObject *self, PyObject *unused)
{
    return offset_as_delta(DT_TZINFO(self), "utcoffset", self);
}

static PyObject *
datetime_dst(PyObject *self, PyObject *unused)
{
    return offset_as_delta(DT_TZINFO(self), "dst", self);
}

static PyObject *
datetime_tzname(PyObject *self, PyObject *unused)
{
    return tzname_of(DT_TZINFO(self), self);
}

static PyObject *
datetime_getdate(PyObject *self, PyObject *unused)
{
    return make_date(&PyDateTime_DateType, D_YEAR(self), D_MONTH(self),
                     D_DAY(self));
}

static PyObject *
datetime_gettime(PyObject *self, PyObject *unused)
{
    return make_time(&PyDateTime_TimeType, DT_HOUR(self), DT_MINUTE(self),
                     DT_SECOND(self), DT_USEC(self), Py_None);
}

static PyObject *
datetime_gettimetz(PyObject *self, PyObject *unused)
{
    return make_time(&PyDateTime_TimeType, DT_HOUR(self), DT_MINUTE(self),
                     DT_SECOND(self), DT_USEC(self), DT_TZINFO(self));
}

static PyObject *
datetime_timetuple(PyObject *self, PyObject *unused)
{
    int dstflag = -1;
    if (DT_TZINFO(self) != Py_None) {
        int none;
        int dst = tz_offset_minutes(DT_TZINFO(self), "dst", self, &none);
        if (OFFSET_FAILED(dst, none))
            return NULL;
        if (!none)
            dstflag = dst != 0;
    }
    return build_struct_time(D_YEAR(self), D_MONTH(self), D_DAY(self),
                             DT_HOUR(self), DT_MINUTE(self), DT_SECOND(self),
                             dstflag);
}

static PyObject *
datetime_utctimetuple(PyObject *self, PyObject *unused)
{
    int y = D_YEAR(self), m = D_MONTH(self), d = D_DAY(self);
    int hh = DT_HOUR(self), mm = DT_MINUTE(self), ss = DT_SECOND(self);
    int naive;
    int off = utcoffset_of(DT_TZINFO(self), self, &naive);

    if (OFFSET_FAILED(off, naive))
        return NULL;
    if (!naive && off != 0) {
        /* Shift by the offset; the result may leave 1..9999 by a day,
           which the tuple can show even though a datetime cannot. */
        long long ordinal = date_ordinal(self), r;
        long long secs = dt_day_seconds(self) - off * 60LL;
        ordinal += floor_divmod(secs, 86400, &r);
        secs = r;
        if (ordinal < 1) {
            y = 0; m = 12; d = 31;
        }
        else if (ordinal > MAX_ORDINAL) {
            y = MAXYEAR + 1; m = 1; d = 1;
        }
        else
            ordinal_to_ymd((long)ordinal, &y, &m, &d);
        hh = (int)(secs / 3600);
        mm = (int)(secs % 3600 / 60);
        ss = (int)(secs % 60);
    }
    return build_struct_time(y, m, d, hh, mm, ss, 0);
}

static PyObject *
datetime_replace(PyObject *self, PyObject *args, PyObject *kw)
{
    int y = D_YEAR(self), m = D_MONTH(self), d = D_DAY(self);
    int hh = DT_HOUR(self), mm = DT_MINUTE(self), ss = DT_SECOND(self);
    int us = DT_USEC(self);
    PyObject *tzinfo = DT_TZINFO(self);
    PyObject *t, *r;
    static char *keywords[] = {
        "year", "month", "day", "hour", "minute", "second",
        "microsecond", "tzinfo", NULL
    };

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|iiiiiiiO:replace",
                                     keywords, &y, &m, &d, &hh, &mm, &ss,
                                     &us, &tzinfo))
        return NULL;
    t = Py_BuildValue("(iiiiiiiO)", y, m, d, hh, mm, ss, us, tzinfo);
    if (t == NULL)
        return NULL;
    r = datetime_new(self->ob_type, t, NULL);
    Py_DECREF(t);
    return r;
}

static PyObject *
datetime_astimezone(PyObject *self, PyObject *args, PyObject *kw)
{
    PyObject *tzinfo, *utc, *r;
    int naive, off;
    static char *keywords[] = {"tz", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!:astimezone", keywords,
                                     &PyDateTime_TZInfoType, &tzinfo))
        return NULL;
    if (DT_TZINFO(self) == Py_None) {
        PyErr_SetString(PyExc_ValueError,
                        "astimezone() cannot be applied to a naive datetime");
        return NULL;
    }
    if (DT_TZINFO(self) == tzinfo) {
        Py_INCREF(self);
        return self;
    }
    off = utcoffset_of(DT_TZINFO(self), self, &naive);
    if (OFFSET_FAILED(off, naive))
        return NULL;
    if (naive) {
        PyErr_SetString(PyExc_ValueError,
                        "astimezone() cannot be applied to a naive datetime");
        return NULL;
    }
    utc = datetime_from_parts(date_ordinal(self),
                              dt_day_seconds(self) - off * 60LL,
                              DT_USEC(self), tzinfo);
    if (utc == NULL)
        return NULL;
    r = PyObject_CallMethod(tzinfo, "fromutc", "O", utc);
    Py_DECREF(utc);
    return r;
}

static PyObject *
datetime_reduce(PyDateTime_DateTime *self, PyObject *unused)
{
    PyObject *state = PyString_FromStringAndSize((char *)self->data,
                                                 DATETIME_DATASIZE);
    if (state == NULL)
        return NULL;
    if (self->hastzinfo)
        return Py_BuildValue("(O(NO))", self->ob_type, state, self->tzinfo);
    return Py_BuildValue("(O(N))", self->ob_type, state);
}

static PyMethodDef datetime_methods[] = {
    {"now", (PyCFunction)datetime_now, METH_VARARGS | METH_KEYWORDS | METH_CLASS,
     "[tz] -> new datetime with tz's local day and time."},
    {"utcnow", (PyCFunction)datetime_utcnow, METH_NOARGS | METH_CLASS,
     "Return a new datetime representing UTC day and time."},
    {"fromtimestamp", (PyCFunction)datetime_fromtimestamp,
     METH_VARARGS | METH_KEYWORDS | METH_CLASS,
     "timestamp[, tz] -> tz's local time from POSIX timestamp."},
    {"utcfromtimestamp", (PyCFunction)datetime_utcfromtimestamp,
     METH_VARARGS | METH_CLASS,
     "timestamp -> UTC datetime from a POSIX timestamp (like time.time())."},
    {"strptime", (PyCFunction)datetime_strptime, METH_VARARGS | METH_CLASS,
     "string, format -> new datetime parsed from a string (like time.strptime())."},
    {"combine", (PyCFunction)datetime_combine,
     METH_VARARGS | METH_KEYWORDS | METH_CLASS,
     "date, time -> datetime with same date and time fields"},
    {"date", (PyCFunction)datetime_getdate, METH_NOARGS,
     "Return date object with same year, month and day."},
    {"time", (PyCFunction)datetime_gettime, METH_NOARGS,
     "Return time object with same time but with tzinfo=None."},
    {"timetz", (PyCFunction)datetime_gettimetz, METH_NOARGS,
     "Return time object with same time and tzinfo."},
    {"ctime", (PyCFunction)datetime_ctime, METH_NOARGS,
     "Return ctime() style string."},
    {"timetuple", (PyCFunction)datetime_timetuple, METH_NOARGS,
     "Return time tuple, compatible with time.localtime()."},
    {"utctimetuple", (PyCFunction)datetime_utctimetuple, METH_NOARGS,
     "Return UTC time tuple, compatible with time.localtime()."},
    {"isoformat", (PyCFunction)datetime_isoformat,
     METH_VARARGS | METH_KEYWORDS,
     "[sep] -> string in ISO 8601 format, YYYY-MM-DDTHH:MM:SS[.mmmmmm][+HH:MM].\n\n"
     "sep is used to separate the year from the time, and defaults to 'T'."},
    {"utcoffset", (PyCFunction)datetime_utcoffset, METH_NOARGS,
     "Return self.tzinfo.utcoffset(self)."},
    {"tzname", (PyCFunction)datetime_tzname, METH_NOARGS,
     "Return self.tzinfo.tzname(self)."},
    {"dst", (PyCFunction)datetime_dst, METH_NOARGS,
     "Return self.tzinfo.dst(self)."},
    {"replace", (PyCFunction)datetime_replace, METH_VARARGS | METH_KEYWORDS,
     "Return datetime with new specified fields."},
    {"astimezone", (PyCFunction)datetime_astimezone,
     METH_VARARGS | METH_KEYWORDS,
     "tz -> convert to local time in new timezone tz\n"},
    {"__reduce__", (PyCFunction)datetime_reduce, METH_NOARGS,
     "__reduce__() -> (cls, state)"},
    {NULL, NULL}
};

static PyNumberMethods datetime_as_number = {
    datetime_add,               /* nb_add */
    datetime_subtract,          /* nb_subtract */
    0,                          /* nb_multiply */
};

PyDoc_STRVAR(datetime_doc,
"datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n"
"The year, month and day arguments are required. tzinfo may be None, or an\n"
"instance of a tzinfo subclass. The remaining arguments may be ints or longs.\n");

static PyTypeObject PyDateTime_DateTimeType = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "datetime.datetime",                /* tp_name */
    sizeof(PyDateTime_DateTime),        /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)datetime_dealloc,       /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)datetime_repr,            /* tp_repr */
    &datetime_as_number,                /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    (hashfunc)datetime_hash,            /* tp_hash */
    0,                                  /* tp_call */
    (reprfunc)datetime_str,             /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_CHECKTYPES | Py_TPFLAGS_BASETYPE,
    datetime_doc,                       /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    datetime_richcompare,               /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    datetime_methods,                   /* tp_methods */
    0,                                  /* tp_members */
    datetime_getset,                    /* tp_getset */
    &PyDateTime_DateType,               /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    0,                                  /* tp_init */
    0,                                  /* tp_alloc */
    datetime_new,                       /* tp_new */
    0,                                  /* tp_free */
};

/* ------------------------------------------------------------------ */
/* Module initialisation.                                              */

/* Store name = value in a static type's dict unless already there.  The
   dict is shared by every interpreter, so the value is made on the
   process account (as PyType_Ready does for the rest of the dict). */
static int
set_class_constant(PyTypeObject *type, const char *name, PyObject *value)
{
    int r;
    if (value == NULL)
        return -1;
    r = PyDict_SetItemString(type->tp_dict, (char *)name, value);
    Py_DECREF(value);
    return r;
}

static int
init_class_constants(void)
{
    PyMemAccount *saved;
    int bad = 0;

    if (PyDict_GetItemString(PyDateTime_DeltaType.tp_dict, "max") != NULL)
        return 0;       /* done by an earlier interpreter */
    saved = _PyMem_SetCurrentAccount(NULL);

    bad |= set_class_constant(&PyDateTime_DeltaType, "resolution",
                              make_delta(&PyDateTime_DeltaType, 0, 0, 1));
    bad |= set_class_constant(&PyDateTime_DeltaType, "min",
                              make_delta(&PyDateTime_DeltaType,
                                         -MAX_DELTA_DAYS, 0, 0));
    bad |= set_class_constant(&PyDateTime_DeltaType, "max",
                              make_delta(&PyDateTime_DeltaType,
                                         MAX_DELTA_DAYS, 86399, 999999));

    bad |= set_class_constant(&PyDateTime_DateType, "resolution",
                              make_delta(&PyDateTime_DeltaType, 1, 0, 0));
    bad |= set_class_constant(&PyDateTime_DateType, "min",
                              make_date(&PyDateTime_DateType, 1, 1, 1));
    bad |= set_class_constant(&PyDateTime_DateType, "max",
                              make_date(&PyDateTime_DateType, MAXYEAR, 12, 31));

    bad |= set_class_constant(&PyDateTime_TimeType, "resolution",
                              make_delta(&PyDateTime_DeltaType, 0, 0, 1));
    bad |= set_class_constant(&PyDateTime_TimeType, "min",
                              make_time(&PyDateTime_TimeType, 0, 0, 0, 0,
                                        Py_None));
    bad |= set_class_constant(&PyDateTime_TimeType, "max",
                              make_time(&PyDateTime_TimeType, 23, 59, 59,
                                        999999, Py_None));

    bad |= set_class_constant(&PyDateTime_DateTimeType, "resolution",
                              make_delta(&PyDateTime_DeltaType, 0, 0, 1));
    bad |= set_class_constant(&PyDateTime_DateTimeType, "min",
                              make_datetime(&PyDateTime_DateTimeType,
                                            1, 1, 1, 0, 0, 0, 0, Py_None));
    bad |= set_class_constant(&PyDateTime_DateTimeType, "max",
                              make_datetime(&PyDateTime_DateTimeType,
                                            MAXYEAR, 12, 31, 23, 59, 59,
                                            999999, Py_None));

    _PyMem_SetCurrentAccount(saved);
    return bad ? -1 : 0;
}

PyDoc_STRVAR(module_doc, "Fast implementation of the datetime type.");

PyMODINIT_FUNC
initdatetime(void)
{
    PyObject *m;

    if (PyType_Ready(&PyDateTime_DateType) < 0 ||
        PyType_Ready(&PyDateTime_DateTimeType) < 0 ||
        PyType_Ready(&PyDateTime_DeltaType) < 0 ||
        PyType_Ready(&PyDateTime_TimeType) < 0 ||
        PyType_Ready(&PyDateTime_TZInfoType) < 0)
        return;
    if (init_class_constants() < 0)
        return;

    m = Py_InitModule3("datetime", NULL, module_doc);
    if (m == NULL)
        return;
    if (PyModule_AddIntConstant(m, "MINYEAR", MINYEAR) < 0 ||
        PyModule_AddIntConstant(m, "MAXYEAR", MAXYEAR) < 0)
        return;
    Py_INCREF(&PyDateTime_DateType);
    PyModule_AddObject(m, "date", (PyObject *)&PyDateTime_DateType);
    Py_INCREF(&PyDateTime_DateTimeType);
    PyModule_AddObject(m, "datetime", (PyObject *)&PyDateTime_DateTimeType);
    Py_INCREF(&PyDateTime_TimeType);
    PyModule_AddObject(m, "time", (PyObject *)&PyDateTime_TimeType);
    Py_INCREF(&PyDateTime_DeltaType);
    PyModule_AddObject(m, "timedelta", (PyObject *)&PyDateTime_DeltaType);
    Py_INCREF(&PyDateTime_TZInfoType);
    PyModule_AddObject(m, "tzinfo", (PyObject *)&PyDateTime_TZInfoType);
}
