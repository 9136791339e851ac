#ifndef Py_PYFPE_H
#define Py_PYFPE_H
/* Floating point exception protection: a no-op, as in default 2.5 builds. */
#define PyFPE_START_PROTECT(err_string, leave_stmt)
#define PyFPE_END_PROTECT(v)
#endif
