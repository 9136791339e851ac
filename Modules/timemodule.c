/* The time module. */

#include "Python.h"
#include "structseq.h"

#include <time.h>
#include <sys/time.h>

static PyStructSequence_Field struct_time_fields[] = {
    {"tm_year", NULL},
    {"tm_mon", NULL},
    {"tm_mday", NULL},
    {"tm_hour", NULL},
    {"tm_min", NULL},
    {"tm_sec", NULL},
    {"tm_wday", NULL},
    {"tm_yday", NULL},
    {"tm_isdst", NULL},
    {0}
};

static PyStructSequence_Desc struct_time_desc = {
    "time.struct_time",
    NULL,
    struct_time_fields,
    9,
};

static PyTypeObject StructTimeType;
static int struct_time_ready = 0;

static double
float_time(void)
{
    struct timeval t;
    if (gettimeofday(&t, (struct timezone *)NULL) == 0)
        return (double)t.tv_sec + t.tv_usec * 0.000001;
    return (double)time((time_t *)NULL);
}

static PyObject *
time_time(PyObject *self, PyObject *noargs)
{
    double secs = float_time();
    if (secs == 0.0) {
        PyErr_SetFromErrno(PyExc_IOError);
        return NULL;
    }
    return PyFloat_FromDouble(secs);
}

static PyObject *
time_clock(PyObject *self, PyObject *noargs)
{
    return PyFloat_FromDouble(((double)clock()) / CLOCKS_PER_SEC);
}

static PyObject *
time_sleep(PyObject *self, PyObject *args)
{
    double secs;
    struct timespec ts, rem;
    int r, sandboxed;

    if (!PyArg_ParseTuple(args, "d:sleep", &secs))
        return NULL;
    if (secs < 0) {
        /* 2.5 hands a negative timeout to select(), which refuses it */
        errno = EINVAL;
        PyErr_SetFromErrno(PyExc_IOError);
        return NULL;
    }
    if (!(secs > 0))
        secs = 0;   /* NaN */
    if (secs > 1e9)
        secs = 1e9; /* about 31 years: keeps time_t arithmetic defined */
    /* A sandbox sleeps in short slices so that its wall-clock deadline
       ends a long sleep on time. */
    sandboxed = _PyInterpreterState_IsSandboxed();
    while (secs > 0) {
        double slice = (sandboxed && secs > 0.05) ? 0.05 : secs;
        secs -= slice;
        ts.tv_sec = (time_t)slice;
        ts.tv_nsec = (long)((slice - (double)ts.tv_sec) * 1e9);
        if (ts.tv_nsec >= 1000000000L)
            ts.tv_nsec = 999999999L;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
            r = nanosleep(&ts, &rem);
            Py_END_ALLOW_THREADS
            if (r == 0)
                break;
            if (errno != EINTR) {
                PyErr_SetFromErrno(PyExc_IOError);
                return NULL;
            }
            if (PyErr_CheckSignals() < 0)
                return NULL;
            ts = rem;
        }
        if (sandboxed && _PyEval_CheckLimits() < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
tm_to_object(struct tm *p)
{
    PyObject *v = PyStructSequence_New(&StructTimeType);
    if (v == NULL)
        return NULL;
#define SET(i, val) PyStructSequence_SET_ITEM(v, i, PyInt_FromLong((long)(val)))
    SET(0, p->tm_year + 1900);
    SET(1, p->tm_mon + 1);
    SET(2, p->tm_mday);
    SET(3, p->tm_hour);
    SET(4, p->tm_min);
    SET(5, p->tm_sec);
    SET(6, (p->tm_wday + 6) % 7);
    SET(7, p->tm_yday + 1);
    SET(8, p->tm_isdst);
#undef SET
    if (PyErr_Occurred()) {
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

static int
seconds_arg(PyObject *ot, time_t *out)
{
    double d;
    if (ot == NULL || ot == Py_None) {
        *out = time(NULL);
        return 0;
    }
    d = PyFloat_AsDouble(ot);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    if (d != d || d > (double)LONG_MAX || d < (double)LONG_MIN) {
        PyErr_SetString(PyExc_ValueError,
                        "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static PyObject *
convert_time(PyObject *args, const char *name,
             struct tm *(*fn)(const time_t *, struct tm *))
{
    PyObject *ot = NULL;
    time_t t;
    struct tm buf, *p;

    if (!PyArg_UnpackTuple(args, name, 0, 1, &ot))
        return NULL;
    if (seconds_arg(ot, &t) < 0)
        return NULL;
    errno = 0;
    p = fn(&t, &buf);
    if (p == NULL) {
        if (errno == 0)
            errno = EINVAL;
        return PyErr_SetFromErrno(PyExc_ValueError);
    }
    return tm_to_object(p);
}

static PyObject *
time_gmtime(PyObject *self, PyObject *args)
{
    return convert_time(args, "gmtime", gmtime_r);
}

static PyObject *
time_localtime(PyObject *self, PyObject *args)
{
    return convert_time(args, "localtime", localtime_r);
}

/* A 9-item time tuple to struct tm, 2.5 style. */
static int
tuple_to_tm(PyObject *self, PyObject *t, struct tm *p)
{
    int y;
    memset(p, 0, sizeof(*p));
    if (!PyArg_Parse(t, "(iiiiiiiii)", &y, &p->tm_mon, &p->tm_mday,
                     &p->tm_hour, &p->tm_min, &p->tm_sec, &p->tm_wday,
                     &p->tm_yday, &p->tm_isdst))
        return 0;
    if (y < 1900) {
        PyObject *accept = NULL;
        PyObject *mod = PyDict_GetItemString(PyImport_GetModuleDict(), "time");
        (void)self;
        if (mod != NULL && PyModule_Check(mod))
            accept = PyDict_GetItemString(PyModule_GetDict(mod),
                                          "accept2dyear");
        if (accept == NULL || !PyInt_Check(accept) ||
            PyInt_AsLong(accept) == 0) {
            PyErr_SetString(PyExc_ValueError, "year >= 1900 required");
            return 0;
        }
        if (69 <= y && y <= 99)
            y += 1900;
        else if (0 <= y && y <= 68)
            y += 2000;
        else {
            PyErr_SetString(PyExc_ValueError, "year out of range");
            return 0;
        }
    }
    p->tm_year = y - 1900;
    p->tm_mon--;
    p->tm_wday = (p->tm_wday + 1) % 7;
    p->tm_yday--;
    return 1;
}

static int
now_or_tuple(PyObject *self, PyObject *tup, struct tm *buf)
{
    if (tup == NULL) {
        time_t tt = time(NULL);
        localtime_r(&tt, buf);
        return 1;
    }
    return tuple_to_tm(self, tup, buf);
}

static PyObject *
time_strftime(PyObject *self, PyObject *args)
{
    PyObject *tup = NULL;
    struct tm buf;
    const char *fmt;
    size_t fmtlen, i;

    if (!PyArg_ParseTuple(args, "s|O:strftime", &fmt, &tup))
        return NULL;
    if (!now_or_tuple(self, tup, &buf))
        return NULL;

    if (buf.tm_mon == -1)
        buf.tm_mon = 0;
    else if (buf.tm_mon < 0 || buf.tm_mon > 11) {
        PyErr_SetString(PyExc_ValueError, "month out of range");
        return NULL;
    }
    if (buf.tm_mday == 0)
        buf.tm_mday = 1;
    else if (buf.tm_mday < 0 || buf.tm_mday > 31) {
        PyErr_SetString(PyExc_ValueError, "day of month out of range");
        return NULL;
    }
    if (buf.tm_hour < 0 || buf.tm_hour > 23) {
        PyErr_SetString(PyExc_ValueError, "hour out of range");
        return NULL;
    }
    if (buf.tm_min < 0 || buf.tm_min > 59) {
        PyErr_SetString(PyExc_ValueError, "minute out of range");
        return NULL;
    }
    if (buf.tm_sec < 0 || buf.tm_sec > 61) {
        PyErr_SetString(PyExc_ValueError, "seconds out of range");
        return NULL;
    }
    if (buf.tm_wday < 0) {
        PyErr_SetString(PyExc_ValueError, "day of week out of range");
        return NULL;
    }
    if (buf.tm_yday == -1)
        buf.tm_yday = 0;
    else if (buf.tm_yday < 0 || buf.tm_yday > 365) {
        PyErr_SetString(PyExc_ValueError, "day of year out of range");
        return NULL;
    }
    if (buf.tm_isdst < -1 || buf.tm_isdst > 1) {
        PyErr_SetString(PyExc_ValueError,
                        "daylight savings flag out of range");
        return NULL;
    }

    fmtlen = strlen(fmt);
    for (i = 1024; ; i += i) {
        char *out = (char *)PyMem_Malloc(i);
        size_t n;
        PyObject *ret;
        if (out == NULL)
            return PyErr_NoMemory();
        n = strftime(out, i, fmt, &buf);
        if (n > 0 || i >= 256 * fmtlen || i > (1 << 24)) {
            ret = PyString_FromStringAndSize(out, (Py_ssize_t)n);
            PyMem_Free(out);
            return ret;
        }
        PyMem_Free(out);
    }
}

static PyObject *
time_strptime(PyObject *self, PyObject *args)
{
    PyObject *mod = PyImport_ImportModule("_strptime"), *r;
    if (mod == NULL)
        return NULL;
    r = PyObject_CallMethod(mod, "strptime", "O", args);
    Py_DECREF(mod);
    return r;
}

static PyObject *
format_asctime(struct tm *p)
{
    char text[64];
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu",
                                       "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May",
                                         "Jun", "Jul", "Aug", "Sep", "Oct",
                                         "Nov", "Dec"};
    int wd = p->tm_wday, mo = p->tm_mon;
    if (wd < 0 || wd > 6 || mo < 0 || mo > 11) {
        PyErr_SetString(PyExc_ValueError, "unconvertible time");
        return NULL;
    }
    PyOS_snprintf(text, sizeof(text), "%.3s %.3s%3d %.2d:%.2d:%.2d %d",
                  days[wd], months[mo], p->tm_mday, p->tm_hour, p->tm_min,
                  p->tm_sec, 1900 + p->tm_year);
    return PyString_FromString(text);
}

static PyObject *
time_asctime(PyObject *self, PyObject *args)
{
    PyObject *tup = NULL;
    struct tm buf;
    if (!PyArg_UnpackTuple(args, "asctime", 0, 1, &tup))
        return NULL;
    if (!now_or_tuple(self, tup, &buf))
        return NULL;
    return format_asctime(&buf);
}

static PyObject *
time_ctime(PyObject *self, PyObject *args)
{
    PyObject *ot = NULL;
    time_t t;
    struct tm buf;
    if (!PyArg_UnpackTuple(args, "ctime", 0, 1, &ot))
        return NULL;
    if (seconds_arg(ot, &t) < 0)
        return NULL;
    if (localtime_r(&t, &buf) == NULL) {
        PyErr_SetString(PyExc_ValueError, "unconvertible time");
        return NULL;
    }
    return format_asctime(&buf);
}

static PyObject *
time_mktime(PyObject *self, PyObject *tup)
{
    struct tm buf;
    time_t tt;
    if (!tuple_to_tm(self, tup, &buf))
        return NULL;
    buf.tm_wday = -1;
    tt = mktime(&buf);
    if (tt == (time_t)(-1) && buf.tm_wday == -1) {
        PyErr_SetString(PyExc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return PyFloat_FromDouble((double)tt);
}

static void set_timezone_values(PyObject *m);

static PyObject *
time_tzset(PyObject *self, PyObject *noargs)
{
    PyObject *mod = PyDict_GetItemString(PyImport_GetModuleDict(), "time");
    tzset();
    if (mod != NULL && PyModule_Check(mod))
        set_timezone_values(mod);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef time_methods[] = {
    {"time", time_time, METH_NOARGS,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them."},
    {"clock", time_clock, METH_NOARGS,
     "clock() -> floating point number\n\nReturn the CPU time or real time since the start of the process or since\nthe first call to clock().  This has as much precision as the system\nrecords."},
    {"sleep", time_sleep, METH_VARARGS,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision."},
    {"gmtime", time_gmtime, METH_VARARGS,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_day, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead."},
    {"localtime", time_localtime, METH_VARARGS,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_day,tm_hour,tm_min,tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead."},
    {"asctime", time_asctime, METH_VARARGS,
     "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used."},
    {"ctime", time_ctime, METH_VARARGS,
     "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used."},
    {"mktime", time_mktime, METH_O,
     "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch."},
    {"strftime", time_strftime, METH_VARARGS,
     "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\nSee the library reference manual for formatting codes. When the time tuple\nis not present, current time as returned by localtime() is used."},
    {"strptime", time_strptime, METH_VARARGS,
     "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\nSee the library reference manual for formatting codes (same as strftime())."},
    {"tzset", time_tzset, METH_NOARGS,
     "tzset(zone)\n\nInitialize, or reinitialize, the local timezone to the value stored in\nos.environ['TZ']."},
    {NULL, NULL}
};

/* timezone, altzone, daylight, tzname from the offsets in January and
   July of this year. */
static void
set_timezone_values(PyObject *m)
{
    time_t now = time(NULL), jan, jul;
    struct tm tm;
    long janzone, julzone;
    char janname[16], julname[16];
    const long year_secs = (365 * 24 + 6) * 3600;

    jan = (now / year_secs) * year_secs;
    localtime_r(&jan, &tm);
    janzone = -tm.tm_gmtoff;
    strncpy(janname, tm.tm_zone ? tm.tm_zone : "   ", 9);
    janname[9] = '\0';
    jul = jan + year_secs / 2;
    localtime_r(&jul, &tm);
    julzone = -tm.tm_gmtoff;
    strncpy(julname, tm.tm_zone ? tm.tm_zone : "   ", 9);
    julname[9] = '\0';

    if (janzone < julzone) {
        /* southern hemisphere: DST is in January */
        PyModule_AddIntConstant(m, "timezone", julzone);
        PyModule_AddIntConstant(m, "altzone", janzone);
        PyModule_AddIntConstant(m, "daylight", janzone != julzone);
        PyModule_AddObject(m, "tzname", Py_BuildValue("(zz)", julname, janname));
    }
    else {
        PyModule_AddIntConstant(m, "timezone", janzone);
        PyModule_AddIntConstant(m, "altzone", julzone);
        PyModule_AddIntConstant(m, "daylight", janzone != julzone);
        PyModule_AddObject(m, "tzname", Py_BuildValue("(zz)", janname, julname));
    }
}

void
inittime(void)
{
    PyObject *m;
    char *p;

    m = Py_InitModule4("time", time_methods,
        "This module provides various functions to manipulate time values.\n\n"
        "There are two standard representations of time.  One is the number\n"
        "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
        "or a floating point number (to represent fractions of seconds).\n"
        "The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n"
        "The actual value can be retrieved by calling gmtime(0).\n\n"
        "The other representation is a tuple of 9 integers giving local time.",
        NULL, PYTHON_API_VERSION);
    if (m == NULL)
        return;
    /* accept 2-digit years unless PYTHONY2K is set */
    p = Py_GETENV("PYTHONY2K");
    PyModule_AddIntConstant(m, "accept2dyear", (long)(!p || !*p));
    tzset();
    set_timezone_values(m);
    if (!struct_time_ready) {
        PyStructSequence_InitType(&StructTimeType, &struct_time_desc);
        struct_time_ready = 1;
    }
    Py_INCREF(&StructTimeType);
    PyModule_AddObject(m, "struct_time", (PyObject *)&StructTimeType);
}
