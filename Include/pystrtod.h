#ifndef Py_STRTOD_H
#define Py_STRTOD_H
#ifdef __cplusplus
extern "C" {
#endif

/* Locale-independent conversions between doubles and text: the decimal
   point is always '.', whatever LC_NUMERIC says. */

PyAPI_FUNC(double) PyOS_ascii_strtod(const char *str, char **ptr);
PyAPI_FUNC(double) PyOS_ascii_atof(const char *str);
/* format is a single %e/%f/%g (optionally with precision) conversion. */
PyAPI_FUNC(char *) PyOS_ascii_formatd(char *buffer, size_t buf_len,
                                      const char *format, double d);

#ifdef __cplusplus
}
#endif
#endif /* !Py_STRTOD_H */
