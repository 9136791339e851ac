/* Cost of a sandbox: create one from a capability table, run a one-line
   program in it, tear it down.  Prints microseconds per cycle and the
   bytes a live sandbox is charged before user code runs.

   Build and run:  make -C Tools/bench sandbox_cost  (see Makefile)   */

#include "Python.h"
#include "sandbox.h"
#include <time.h>

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int
main(int argc, char **argv)
{
    int i, n = argc > 1 ? atoi(argv[1]) : 2000;
    PySandboxConfig cfg;
    PySandbox *sb;
    double t0, t1;
    size_t idle_bytes;

    Py_NoSiteFlag = 1;
    Py_Initialize();
    PySandboxConfig_Init(&cfg);

    sb = PySandbox_New(&cfg);
    if (sb == NULL) {
        PyErr_Print();
        return 1;
    }
    idle_bytes = PySandbox_MemoryUsed(sb);
    PySandbox_Free(sb);

    t0 = now();
    for (i = 0; i < n; i++) {
        sb = PySandbox_New(&cfg);
        if (sb == NULL || PySandbox_Run(sb, "x = 6 * 7\n", "<bench>") < 0) {
            PyErr_Print();
            return 1;
        }
        PySandbox_Free(sb);
    }
    t1 = now();
    printf("sandbox create + one-line run + teardown: %.1f microseconds\n",
           (t1 - t0) / n * 1e6);
    printf("bytes charged to a live sandbox before user code: %lu\n",
           (unsigned long)idle_bytes);
    Py_Finalize();
    return 0;
}
