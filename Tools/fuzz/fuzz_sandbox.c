/* libFuzzer harness: arbitrary source run in a fresh sandbox with small
   limits, torn down after each input.

   Beyond crashes and sanitizer reports, it checks what the design
   promises about teardown: after PySandbox_Free the host's memory
   account, and the process's heap as ASan counts it, are back where they
   were before PySandbox_New.  A program that ends in an exception or hits
   a limit is fine; the host must not notice either way. */

#include "fuzz_common.h"
#include "sandbox.h"
#include <stdio.h>
#include <sanitizer/allocator_interface.h>

#define SB_MEMORY   ((size_t)16 << 20)
#define SB_CPU      0.2
#define SB_WALL     0.5
#define SB_RECURSE  200

/* Process-wide caches (shared code of vetted modules, interned strings)
   may grow the first time an input needs them; so when a run leaves the
   host account or the heap bigger, the same input is run again in a new
   sandbox, and that second run must leave both exactly as it found them. */

static PyObject *sink;          /* host object with a write() that drops */
static int strict_heap = 1;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *e;
    (void)argc;
    (void)argv;
    fuzz_start_python();
    sink = fuzz_make_sink();
    e = getenv("FUZZ_HEAP_CHECK");
    if (e != NULL && *e == '0')
        strict_heap = 0;
    return 0;
}

static void
touch(const char *s)
{
    /* The error strings must be readable C strings. */
    if (s == NULL)
        abort();
    (void)strlen(s);
}

/* One sandbox: create, run, check, free.  Stores how much the host's
   account and the process heap grew across it. */
static void
run_once(const char *src, long *acct_growth, long *heap_growth)
{
    PySandboxConfig cfg;
    PySandbox *sb;
    size_t acct_before, heap_before;
    int rc;
    PySandboxStatus st;

    acct_before = _PyMem_AccountUsed(NULL);
    heap_before = __sanitizer_get_current_allocated_bytes();

    PySandboxConfig_Init(&cfg);
    cfg.memory_limit = SB_MEMORY;
    cfg.cpu_limit = SB_CPU;
    cfg.time_limit = SB_WALL;
    cfg.recursion_limit = SB_RECURSE;
    cfg.no_stdin = 1;
    cfg.stdout_obj = sink;
    cfg.stderr_obj = sink;

    sb = PySandbox_New(&cfg);
    if (sb == NULL) {
        fuzz_print_error();
        abort();
    }
    rc = PySandbox_Run(sb, src, "<fuzz>");
    st = PySandbox_Status(sb);
    if ((rc == 0) != (st == PySandbox_OK))
        abort();
    touch(PySandbox_ErrorType(sb));
    touch(PySandbox_ErrorMessage(sb));
    touch(PySandbox_ErrorTraceback(sb));
    if (PySandbox_MemoryUsed(sb) > SB_MEMORY + ((size_t)1 << 20))
        abort();   /* the limit did not hold */
    /* A run leaves the host's error indicator alone. */
    if (PyErr_Occurred()) {
        fuzz_print_error();
        abort();
    }
    if (getenv("FUZZ_SHOW_STATUS") != NULL)
        fprintf(stderr, "status %d: %s: %s\n", (int)st,
                PySandbox_ErrorType(sb), PySandbox_ErrorMessage(sb));
    PySandbox_Free(sb);

    *acct_growth = (long)(_PyMem_AccountUsed(NULL) - acct_before);
    *heap_growth = (long)(__sanitizer_get_current_allocated_bytes() - heap_before);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    char *src;
    long acct, heap;

    src = fuzz_cstring(data, size);
    if (src == NULL)
        return 0;
    if (PyErr_Occurred())
        abort();
    run_once(src, &acct, &heap);
    if (acct > 0 || heap > 0) {
        run_once(src, &acct, &heap);
        if (acct != 0 || heap > 0) {
            fprintf(stderr, "fuzz_sandbox: the same input run again still "
                    "grew the host account by %ld and the heap by %ld bytes\n",
                    acct, heap);
            if (strict_heap)
                abort();
        }
    }
    free(src);
    return 0;
}
