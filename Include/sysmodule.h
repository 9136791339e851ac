#ifndef Py_SYSMODULE_H
#define Py_SYSMODULE_H
#ifdef __cplusplus
extern "C" {
#endif

/* The sys module and its C API (Python/sysmodule.c). */

PyAPI_FUNC(PyObject *) PySys_GetObject(char *);
PyAPI_FUNC(int) PySys_SetObject(char *, PyObject *);
PyAPI_FUNC(FILE *) PySys_GetFile(char *, FILE *);
PyAPI_FUNC(void) PySys_SetArgv(int, char **);
PyAPI_FUNC(void) PySys_SetPath(char *);

PyAPI_FUNC(void) PySys_WriteStdout(const char *format, ...)
    Py_GCC_ATTRIBUTE((format(printf, 1, 2)));
PyAPI_FUNC(void) PySys_WriteStderr(const char *format, ...)
    Py_GCC_ATTRIBUTE((format(printf, 1, 2)));

PyAPI_FUNC(void) PySys_ResetWarnOptions(void);
PyAPI_FUNC(void) PySys_AddWarnOption(char *);

/* Project additions (not 2.5 API). */

/* Build a sys module for a sandbox: only the safe values of sys.info plus
   the three streams handed in by the sandbox's creator (any may be NULL,
   meaning None).  Returns a new reference or NULL with an exception. */
PyAPI_FUNC(PyObject *) _PySys_BuildSandboxModule(PyObject *stdin_obj,
                                                 PyObject *stdout_obj,
                                                 PyObject *stderr_obj);

/* Signal handling (Modules/signalmodule.c): run the Python handlers of the
   signals that arrived since the last call.  Returns -1 with an exception
   set if a handler raised (KeyboardInterrupt by default for SIGINT), else 0.
   Cheap when nothing is pending; only the main thread runs handlers. */
PyAPI_FUNC(int) _PySignal_CheckPending(void);
/* Non-zero while some signal is waiting for _PySignal_CheckPending(). */
PyAPI_DATA(volatile int) _PySignal_Pending;

#ifdef __cplusplus
}
#endif
#endif /* !Py_SYSMODULE_H */
