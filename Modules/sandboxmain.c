/* `python --sandbox [options] (script | -c code | -) [args]`: the command
   line way into a sandbox.  Parses the capability options into a
   PySandboxConfig, starts a trusted interpreter (the powerbox), runs the
   program in a fresh sandbox and turns how it ended into an exit status:

     0..119   the program's own exit status (sys.exit(n) / normal end = 0)
     1        uncaught exception (its traceback is printed on stderr)
     2        bad command line
     120      memory limit exceeded
     121      CPU time limit exceeded
     122      wall-clock time limit exceeded

   Statuses 120-127 are the powerbox's: a sandboxed sys.exit() asking for
   one of them ends with status 1 instead, so a limit cannot be faked. */

#include "Python.h"
#include "sandbox.h"
#include <stdlib.h>

#define EXIT_MEMORY 120
#define EXIT_CPU 121
#define EXIT_TIME 122
#define EXIT_RESERVED_LOW 120
#define EXIT_RESERVED_HIGH 127

typedef struct {
    char **items;
    int n;
} arglist;

static int
arglist_add(arglist *l, const char *s, size_t len)
{
    char **items = (char **)PyMem_RawRealloc(l->items, (l->n + 2) * sizeof(char *));
    char *copy;
    if (items == NULL)
        return -1;
    l->items = items;
    copy = (char *)PyMem_RawMalloc(len + 1);
    if (copy == NULL)
        return -1;
    memcpy(copy, s, len);
    copy[len] = '\0';
    items[l->n++] = copy;
    items[l->n] = NULL;
    return 0;
}

/* Add each comma-separated part of `s`. */
static int
arglist_add_csv(arglist *l, const char *s)
{
    while (*s) {
        const char *comma = strchr(s, ',');
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        if (len > 0 && arglist_add(l, s, len) < 0)
            return -1;
        s += len;
        if (*s == ',')
            s++;
    }
    return 0;
}

static void
arglist_free(arglist *l)
{
    int i;
    for (i = 0; i < l->n; i++)
        PyMem_RawFree(l->items[i]);
    PyMem_RawFree(l->items);
}

/* "64M", "1G", "65536", "512K" -> bytes; -1 on a bad size. */
static int
parse_size(const char *s, size_t *out)
{
    char *end;
    double v;
    double mult = 1;
    if (*s == '\0')
        return -1;
    v = strtod(s, &end);
    if (end == s || !(v > 0))
        return -1;
    switch (*end) {
    case '\0': break;
    case 'k': case 'K': mult = 1024.0; end++; break;
    case 'm': case 'M': mult = 1024.0 * 1024; end++; break;
    case 'g': case 'G': mult = 1024.0 * 1024 * 1024; end++; break;
    default: return -1;
    }
    if (*end == 'B' || *end == 'b')
        end++;
    if (*end != '\0' || v * mult >= 9e18 || v * mult < 1)
        return -1;
    *out = (size_t)(v * mult);
    return 0;
}

static int
parse_seconds(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end != '\0' || !(v > 0) || v > 1e9)
        return -1;
    *out = v;
    return 0;
}

static int
usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "python: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (see python --help)\n");
    return 2;
}

/* Read a whole file into a NUL-terminated buffer (raw memory). */
static char *
read_source(FILE *fp)
{
    size_t cap = 8192, len = 0, n;
    char *buf = (char *)PyMem_RawMalloc(cap + 1);
    if (buf == NULL)
        return NULL;
    while ((n = fread(buf + len, 1, cap - len, fp)) > 0) {
        len += n;
        if (len == cap) {
            char *bigger;
            cap *= 2;
            bigger = (char *)PyMem_RawRealloc(buf, cap + 1);
            if (bigger == NULL) {
                PyMem_RawFree(buf);
                return NULL;
            }
            buf = bigger;
        }
    }
    buf[len] = '\0';
    if (memchr(buf, '\0', len) != NULL) {
        PyMem_RawFree(buf);
        errno = EINVAL;
        return NULL;
    }
    return buf;
}

static void
print_surrogate_traceback(PySandbox *sb)
{
    const char *tb = PySandbox_ErrorTraceback(sb);
    const char *msg = PySandbox_ErrorMessage(sb);
    if (tb[0] != '\0')
        fprintf(stderr, "Traceback (most recent call last):\n%s", tb);
    if (msg[0] != '\0')
        fprintf(stderr, "%s: %s\n", PySandbox_ErrorType(sb), msg);
    else
        fprintf(stderr, "%s\n", PySandbox_ErrorType(sb));
}

static void
describe_size(size_t n, char *buf, size_t len)
{
    if (n % (1024 * 1024) == 0)
        PyOS_snprintf(buf, len, "%lu MiB", (unsigned long)(n >> 20));
    else if (n % 1024 == 0)
        PyOS_snprintf(buf, len, "%lu KiB", (unsigned long)(n >> 10));
    else
        PyOS_snprintf(buf, len, "%lu bytes", (unsigned long)n);
}

/* Set sys.argv inside the sandbox to [program] + args. */
static int
set_sandbox_argv(PySandbox *sb, const char *prog, int argc, char **argv)
{
    PyObject *t = PyTuple_New(argc + 1);
    int i, r;
    if (t == NULL)
        return -1;
    PyTuple_SET_ITEM(t, 0, PyString_FromString(prog));
    for (i = 0; i < argc; i++)
        PyTuple_SET_ITEM(t, i + 1, PyString_FromString(argv[i]));
    if (PyErr_Occurred()) {
        Py_DECREF(t);
        return -1;
    }
    r = PySandbox_SetGlobal(sb, "__sandbox_argv__", t);
    Py_DECREF(t);
    if (r < 0)
        return -1;
    return PySandbox_Run(sb, "import sys as __s\n__s.argv = list(__sandbox_argv__)\n"
                             "del __s, __sandbox_argv__\n", "<sandbox-setup>");
}

int
_PySandbox_Main(int argc, char **argv)
{
    PySandboxConfig cfg;
    arglist imports = {NULL, 0}, reads = {NULL, 0}, writes = {NULL, 0}, connects = {NULL, 0};
    const char *command = NULL, *script = NULL;
    char *source = NULL;
    int i, status = 0, rest;
    PySandbox *sb;
    const char *const *d;

    PySandboxConfig_Init(&cfg);
    /* argv[1] is --sandbox (or a sandbox option that implies it). */
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *eq = strchr(a, '=');
        const char *val = eq ? eq + 1 : NULL;
        if (strcmp(a, "--sandbox") == 0)
            continue;
        if (strncmp(a, "--", 2) != 0)
            break;
#define OPT(name) (eq ? (strncmp(a, name, eq - a) == 0 && strlen(name) == (size_t)(eq - a)) \
                      : strcmp(a, name) == 0)
        if (OPT("--allow-import") && val) {
            if (arglist_add_csv(&imports, val) < 0)
                goto nomem;
        }
        else if (OPT("--allow-read") && val && *val) {
            if (arglist_add(&reads, val, strlen(val)) < 0)
                goto nomem;
        }
        else if (OPT("--allow-write") && val && *val) {
            if (arglist_add(&writes, val, strlen(val)) < 0)
                goto nomem;
        }
        else if (OPT("--allow-connect") && val) {
            const char *colon = strrchr(val, ':');
            if (colon == NULL || colon == val || atoi(colon + 1) <= 0 || atoi(colon + 1) > 65535)
                return usage_error("--allow-connect needs HOST:PORT, not '%s'", val);
            if (arglist_add(&connects, val, strlen(val)) < 0)
                goto nomem;
        }
        else if (OPT("--memory-limit") && val) {
            if (parse_size(val, &cfg.memory_limit) < 0)
                return usage_error("--memory-limit: invalid size '%s'", val);
        }
        else if (OPT("--cpu-limit") && val) {
            if (parse_seconds(val, &cfg.cpu_limit) < 0)
                return usage_error("--cpu-limit: invalid number of seconds '%s'", val);
        }
        else if (OPT("--time-limit") && val) {
            if (parse_seconds(val, &cfg.time_limit) < 0)
                return usage_error("--time-limit: invalid number of seconds '%s'", val);
        }
        else if (OPT("--recursion-limit") && val) {
            char *end;
            long n = strtol(val, &end, 10);
            if (end == val || *end != '\0' || n < 1 || n > 1000000)
                return usage_error("--recursion-limit: invalid limit '%s'", val);
            cfg.recursion_limit = (int)n;
        }
        else if (strcmp(a, "--no-stdin") == 0)
            cfg.no_stdin = 1;
        else if (strcmp(a, "--no-stdout") == 0)
            cfg.no_stdout = 1;
        else if (strcmp(a, "--no-stderr") == 0)
            cfg.no_stderr = 1;
        else
            return usage_error("unknown sandbox option '%s'", a);
#undef OPT
    }
    if (i < argc && strcmp(argv[i], "-c") == 0) {
        if (i + 1 >= argc)
            return usage_error("%s: -c needs an argument", "--sandbox");
        command = argv[i + 1];
        rest = i + 2;
    }
    else if (i < argc) {
        if (argv[i][0] == '-' && argv[i][1] != '\0')
            return usage_error("unknown option '%s' with --sandbox", argv[i]);
        script = argv[i];
        rest = i + 1;
    }
    else
        return usage_error("%s needs a script, '-' or -c CODE", "--sandbox");

    /* The program text is read by the powerbox: giving the script is the
       user's grant; the sandbox itself gets no file access from it. */
    if (command != NULL) {
        size_t n = strlen(command);
        source = (char *)PyMem_RawMalloc(n + 2);
        if (source == NULL)
            goto nomem;
        memcpy(source, command, n);
        source[n] = '\n';
        source[n + 1] = '\0';
    }
    else {
        FILE *fp = strcmp(script, "-") == 0 ? stdin : fopen(script, "r");
        if (fp == NULL) {
            fprintf(stderr, "python: can't open file '%s': [Errno %d] %s\n",
                    script, errno, strerror(errno));
            return 2;
        }
        source = read_source(fp);
        if (fp != stdin)
            fclose(fp);
        if (source == NULL) {
            fprintf(stderr, "python: can't read file '%s': [Errno %d] %s\n",
                    script, errno, strerror(errno));
            return 2;
        }
    }

    /* The default vetted set plus what was granted. */
    for (d = PySandbox_DefaultModules; *d != NULL; d++)
        if (arglist_add(&imports, *d, strlen(*d)) < 0)
            goto nomem;
    cfg.allow_import = (const char *const *)imports.items;
    cfg.allow_read = (const char *const *)reads.items;
    cfg.allow_write = (const char *const *)writes.items;
    cfg.allow_connect = (const char *const *)connects.items;

    Py_NoSiteFlag = 1;
    Py_Initialize();
    sb = PySandbox_New(&cfg);
    if (sb == NULL) {
        PyErr_Print();
        status = 2;
        goto done;
    }
    if (set_sandbox_argv(sb, command ? "-c" : script, argc - rest, argv + rest) < 0) {
        print_surrogate_traceback(sb);
        status = 1;
    }
    else if (PySandbox_Run(sb, source, command ? "<string>" : script) == 0)
        status = 0;
    else {
        char what[64];
        switch (PySandbox_Status(sb)) {
        case PySandbox_EXIT:
            status = PySandbox_ExitCode(sb);
            if (status < 0 || status > 255 ||
                (status >= EXIT_RESERVED_LOW && status <= EXIT_RESERVED_HIGH)) {
                fprintf(stderr, "sandbox: exit status %d is reserved; exiting with 1\n", status);
                status = 1;
            }
            break;
        case PySandbox_MEMORY_LIMIT:
            describe_size(PySandbox_MemoryLimit(sb), what, sizeof(what));
            fprintf(stderr, "sandbox: memory limit exceeded (%s)\n", what);
            status = EXIT_MEMORY;
            break;
        case PySandbox_CPU_LIMIT:
            fprintf(stderr, "sandbox: CPU time limit exceeded (%g seconds)\n", cfg.cpu_limit);
            status = EXIT_CPU;
            break;
        case PySandbox_TIME_LIMIT:
            fprintf(stderr, "sandbox: time limit exceeded (%g seconds)\n", cfg.time_limit);
            status = EXIT_TIME;
            break;
        default:
            fflush(stdout);
            print_surrogate_traceback(sb);
            status = 1;
            break;
        }
    }
    fflush(stdout);
    PySandbox_Free(sb);
done:
    Py_Finalize();
    PyMem_RawFree(source);
    arglist_free(&imports);
    arglist_free(&reads);
    arglist_free(&writes);
    arglist_free(&connects);
    return status;
nomem:
    fprintf(stderr, "python: out of memory\n");
    return 2;
}

const char _PySandbox_Usage[] =
"Sandbox options (python --sandbox [options] script | -c code | - [args]):\n"
"--sandbox       : run the program in a fresh sandboxed interpreter that has\n"
"                  only the capabilities below; nothing else of the process\n"
"--allow-import=M[,M...] : also allow importing these modules (default: a\n"
"                  vetted set of modules that give no authority)\n"
"--allow-read=PATH  : allow opening PATH (a file or a directory tree) for reading\n"
"--allow-write=PATH : allow opening PATH (file or tree) for writing\n"
"--allow-connect=HOST:PORT : allow the socket module to connect there\n"
"--memory-limit=SIZE : memory limit, e.g. 64M, 1G, 512K (default 256M)\n"
"--cpu-limit=SECONDS : CPU time limit (default: none)\n"
"--time-limit=SECONDS : wall-clock time limit (default: none)\n"
"--recursion-limit=N : Python recursion limit (default 1000)\n"
"--no-stdin, --no-stdout, --no-stderr : give the sandbox no such stream\n"
"Exit status with --sandbox: the program's own status (0-119), 1 for an\n"
"uncaught exception, 2 for a bad command line, 120 memory limit exceeded,\n"
"121 CPU time limit exceeded, 122 time limit exceeded (each with a one-line\n"
"message on stderr); statuses 120-127 cannot be chosen by the program.\n";
