/* Where the interpreter lives and where its library is: sys.executable,
   sys.prefix, sys.exec_prefix and the default sys.path.

   Run from the build tree (a Lib/ directory next to the executable), the
   library is that Lib/; installed, it is PREFIX/lib/python2.5.  The values
   are computed once per process and never change afterwards. */

#include "Python.h"
#include "osdefs.h"

#include <sys/stat.h>

#ifndef PREFIX
#define PREFIX "/usr/local"
#endif
#ifndef EXEC_PREFIX
#define EXEC_PREFIX PREFIX
#endif
#define LIBDIR_NAME "lib/python2.5"

static char prog_path[MAXPATHLEN + 1];
static char prefix[MAXPATHLEN + 1];
static char exec_prefix[MAXPATHLEN + 1];
static char *module_search_path = NULL;
static int computed = 0;

static int
path_is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
path_is_exec(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111);
}

/* dst = a + "/" + b, truncated safely. */
static void
join_path(char *dst, const char *a, const char *b)
{
    size_t n = strlen(a);
    if (n > MAXPATHLEN)
        n = MAXPATHLEN;
    memmove(dst, a, n);
    if (n > 0 && dst[n - 1] != SEP && n < MAXPATHLEN)
        dst[n++] = SEP;
    dst[n] = '\0';
    strncat(dst, b, MAXPATHLEN - n);
}

static void
strip_last(char *p)
{
    char *slash = strrchr(p, SEP);
    if (slash == NULL)
        p[0] = '\0';
    else if (slash == p)
        p[1] = '\0';
    else
        *slash = '\0';
}

/* The absolute path of the running program. */
static void
find_program(void)
{
    char *name = Py_GetProgramName();
    char resolved[MAXPATHLEN + 1];
    ssize_t n;

    prog_path[0] = '\0';
    n = readlink("/proc/self/exe", resolved, MAXPATHLEN);
    if (n > 0) {
        resolved[n] = '\0';
        strcpy(prog_path, resolved);
        return;
    }
    if (strchr(name, SEP) != NULL) {
        if (realpath(name, resolved) != NULL)
            strcpy(prog_path, resolved);
        else
            strncpy(prog_path, name, MAXPATHLEN);
        return;
    }
    {
        char *path = getenv("PATH");
        while (path != NULL && *path) {
            char *colon = strchr(path, DELIM);
            size_t len = colon ? (size_t)(colon - path) : strlen(path);
            char dir[MAXPATHLEN + 1], cand[MAXPATHLEN + 1];
            if (len > MAXPATHLEN)
                len = MAXPATHLEN;
            memcpy(dir, path, len);
            dir[len] = '\0';
            join_path(cand, dir, name);
            if (path_is_exec(cand)) {
                if (realpath(cand, resolved) != NULL)
                    strcpy(prog_path, resolved);
                else
                    strcpy(prog_path, cand);
                return;
            }
            path = colon ? colon + 1 : NULL;
        }
    }
}

static void
append(char **buf, size_t *len, size_t *cap, const char *s)
{
    size_t n = strlen(s), need = *len + n + 2;
    char *grown;
    if (need > *cap) {
        size_t ncap = need * 2;
        grown = (char *)PyMem_RawRealloc(*buf, ncap);
        if (grown == NULL)
            return;
        *buf = grown;
        *cap = ncap;
    }
    if (*len > 0)
        (*buf)[(*len)++] = DELIM;
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = '\0';
}

static void
compute_paths(void)
{
    char exe_dir[MAXPATHLEN + 1], lib[MAXPATHLEN + 1], tmp[MAXPATHLEN + 1];
    char *home = Py_GetPythonHome();
    char *env = Py_GETENV("PYTHONPATH");
    char *buf = NULL;
    size_t len = 0, cap = 0;

    if (computed)
        return;
    computed = 1;

    find_program();
    strcpy(exe_dir, prog_path);
    strip_last(exe_dir);

    join_path(tmp, exe_dir, "Lib");
    if (home != NULL && *home) {
        /* PYTHONHOME=prefix[:exec_prefix] */
        char *colon = strchr(home, DELIM);
        size_t n = colon ? (size_t)(colon - home) : strlen(home);
        if (n > MAXPATHLEN)
            n = MAXPATHLEN;
        memcpy(prefix, home, n);
        prefix[n] = '\0';
        PyOS_snprintf(exec_prefix, sizeof(exec_prefix), "%s", colon ? colon + 1 : prefix);
        join_path(lib, prefix, LIBDIR_NAME);
    }
    else if (exe_dir[0] && path_is_dir(tmp)) {
        /* the build tree */
        strcpy(prefix, exe_dir);
        strcpy(exec_prefix, exe_dir);
        strcpy(lib, tmp);
    }
    else {
        /* installed: PREFIX/bin/python -> PREFIX/lib/python2.5 */
        char guess[MAXPATHLEN + 1];
        strcpy(guess, exe_dir);
        strip_last(guess);
        join_path(tmp, guess, LIBDIR_NAME);
        if (guess[0] && path_is_dir(tmp)) {
            strcpy(prefix, guess);
            strcpy(exec_prefix, guess);
        }
        else {
            strncpy(prefix, PREFIX, MAXPATHLEN);
            strncpy(exec_prefix, EXEC_PREFIX, MAXPATHLEN);
        }
        join_path(lib, prefix, LIBDIR_NAME);
    }

    if (env != NULL && *env)
        append(&buf, &len, &cap, env);
    append(&buf, &len, &cap, lib);
    join_path(tmp, lib, "plat-linux2");
    append(&buf, &len, &cap, tmp);
    join_path(tmp, lib, "lib-dynload");
    if (path_is_dir(tmp))
        append(&buf, &len, &cap, tmp);
    module_search_path = buf ? buf : "";
}

char *
Py_GetPath(void)
{
    compute_paths();
    return module_search_path;
}

char *
Py_GetPrefix(void)
{
    compute_paths();
    return prefix;
}

char *
Py_GetExecPrefix(void)
{
    compute_paths();
    return exec_prefix;
}

char *
Py_GetProgramFullPath(void)
{
    compute_paths();
    return prog_path;
}
