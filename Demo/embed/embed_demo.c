/* Embedding demo: a C program that links libpython2.5.a, creates two
   sandboxes with different capability tables, runs untrusted code in
   each, prints results, errors and why each run ended, and tears them
   down.  Built and run by `make test` (Demo/embed/run.sh). */

#include "Python.h"
#include "sandbox.h"

static const char *
status_name(PySandboxStatus s)
{
    switch (s) {
    case PySandbox_OK: return "ok";
    case PySandbox_EXCEPTION: return "exception";
    case PySandbox_EXIT: return "exit";
    case PySandbox_MEMORY_LIMIT: return "memory limit";
    case PySandbox_CPU_LIMIT: return "cpu limit";
    case PySandbox_TIME_LIMIT: return "time limit";
    case PySandbox_CLOSED: return "closed";
    }
    return "?";
}

static void
run(PySandbox *sb, const char *label, const char *source)
{
    int r = PySandbox_Run(sb, source, label);
    printf("[%s] run -> %d, status %s", label, r, status_name(PySandbox_Status(sb)));
    if (PySandbox_Status(sb) == PySandbox_EXCEPTION)
        printf(", %s: %s", PySandbox_ErrorType(sb), PySandbox_ErrorMessage(sb));
    if (PySandbox_Status(sb) == PySandbox_EXIT)
        printf(", exit code %d", PySandbox_ExitCode(sb));
    printf("\n");
    fflush(stdout);
}

static void
show_global(PySandbox *sb, const char *name)
{
    PyObject *v = PySandbox_GetGlobal(sb, name);
    if (v == NULL) {
        PyErr_Print();
        return;
    }
    printf("  %s = ", name);
    PyObject_Print(v, stdout, 0);
    printf("\n");
    Py_DECREF(v);
}

int
main(int argc, char **argv)
{
    PySandboxConfig calc_cfg, tight_cfg;
    PySandbox *calc, *tight;
    static const char *const calc_modules[] = {"math", NULL};
    PyObject *x;

    Py_NoSiteFlag = 1;
    Py_Initialize();

    /* A calculator: math only, 32 MiB. */
    PySandboxConfig_Init(&calc_cfg);
    calc_cfg.allow_import = calc_modules;
    calc_cfg.memory_limit = 32 << 20;
    calc = PySandbox_New(&calc_cfg);

    /* A tight one: default modules, 8 MiB, half a second of CPU. */
    PySandboxConfig_Init(&tight_cfg);
    tight_cfg.memory_limit = 8 << 20;
    tight_cfg.cpu_limit = 0.5;
    tight = PySandbox_New(&tight_cfg);

    if (calc == NULL || tight == NULL) {
        PyErr_Print();
        return 1;
    }

    x = PyInt_FromLong(21);
    PySandbox_SetGlobal(calc, "x", x);
    Py_DECREF(x);
    run(calc, "calc", "import math\nresult = (x * 2, math.floor(math.pi * 100) / 100)\n");
    show_global(calc, "result");
    run(calc, "calc", "import os\n");
    run(calc, "calc", "open('/etc/passwd')\n");
    run(calc, "calc", "1 / 0\n");
    run(calc, "calc", "import sys\nsys.exit(7)\n");
    run(tight, "tight", "big = 'x' * (64 << 20)\n");
    /* The list lives in a function's frame, so it is freed when the
       MemoryError ends the run and the sandbox has room again. */
    run(tight, "tight", "def grow():\n    data = []\n    while True: data.append(' ' * 1000)\ngrow()\n");
    /* CPU spent is spent: later runs would stop at once. */
    run(tight, "tight", "while True:\n    try:\n        pass\n    except:\n        pass\n");
    printf("tight memory in use before teardown: %s\n",
           PySandbox_MemoryUsed(tight) > 0 ? "some" : "none");

    PySandbox_Free(calc);
    PySandbox_Free(tight);
    printf("both sandboxes torn down\n");
    Py_Finalize();
    return 0;
}
