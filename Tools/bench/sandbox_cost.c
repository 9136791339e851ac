/* Cost of a sandbox: create one from a capability table, run a one-line
   program in it, tear it down.  Prints microseconds per cycle and the
   bytes a live sandbox is charged before user code runs.

   Build and run:  make -C Tools/bench sandbox_cost  (see Makefile)
                   Tools/bench/sandbox_cost [cycles-per-batch [batches]]

   The cycles run in batches; the figure reported is the best batch
   (least disturbed by other jobs on a shared machine), in wall-clock
   and in CPU time, with the median batch for comparison. */

#include "Python.h"
#include "sandbox.h"
#include <time.h>
#include <string.h>

#define MAX_BATCHES 50

static double
clock_seconds(clockid_t which)
{
    struct timespec ts;
    clock_gettime(which, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int
compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
    int i, b, n = argc > 1 ? atoi(argv[1]) : 2000;
    int batches = argc > 2 ? atoi(argv[2]) : 7;
    PySandboxConfig cfg;
    PySandbox *sb;
    double wall[MAX_BATCHES], cpu[MAX_BATCHES];
    size_t idle_bytes;
    char libdir[4096];
    const char *slash = strrchr(argv[0], '/');
    PyObject *path, *entry;

    if (n < 1)
        n = 1;
    if (batches < 1 || batches > MAX_BATCHES)
        batches = 7;
    Py_NoSiteFlag = 1;
    Py_Initialize();
    /* Put the tree's Lib/ on sys.path, as ./python has it: sandboxes
       import from there, and the cost measured is that of a sandbox made
       where its library is found. */
    snprintf(libdir, sizeof(libdir), "%.*s/../../Lib",
             slash ? (int)(slash - argv[0]) : 1, slash ? argv[0] : ".");
    path = PySys_GetObject("path");
    entry = PyString_FromString(libdir);
    if (path == NULL || entry == NULL || PyList_Insert(path, 0, entry) < 0) {
        PyErr_Print();
        return 1;
    }
    Py_DECREF(entry);
    PySandboxConfig_Init(&cfg);

    sb = PySandbox_New(&cfg);
    if (sb == NULL) {
        PyErr_Print();
        return 1;
    }
    idle_bytes = PySandbox_MemoryUsed(sb);
    PySandbox_Free(sb);

    for (b = 0; b < batches; b++) {
        double w0 = clock_seconds(CLOCK_MONOTONIC);
        double c0 = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
        for (i = 0; i < n; i++) {
            sb = PySandbox_New(&cfg);
            if (sb == NULL || PySandbox_Run(sb, "x = 6 * 7\n", "<bench>") < 0) {
                PyErr_Print();
                return 1;
            }
            PySandbox_Free(sb);
        }
        cpu[b] = (clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - c0) / n * 1e6;
        wall[b] = (clock_seconds(CLOCK_MONOTONIC) - w0) / n * 1e6;
    }
    qsort(wall, batches, sizeof(double), compare_doubles);
    qsort(cpu, batches, sizeof(double), compare_doubles);
    printf("sandbox create + one-line run + teardown: %.1f microseconds "
           "(best of %d batches of %d; median %.1f)\n",
           wall[0], batches, n, wall[batches / 2]);
    printf("  CPU time: %.1f microseconds (best; median %.1f)\n",
           cpu[0], cpu[batches / 2]);
    printf("bytes charged to a live sandbox before user code: %lu\n",
           (unsigned long)idle_bytes);
    Py_Finalize();
    return 0;
}
