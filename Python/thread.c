/* Threads and locks on POSIX threads.

   A lock is a mutex-protected flag with a condition variable rather than
   a bare pthread mutex: it may be released by a thread other than the
   one that acquired it (the `thread` module allows that). */

#include "Python.h"
#include "pythread.h"

#include <pthread.h>
#include <limits.h>

/* Smallest stack we accept for new threads (thread.stack_size). */
#define THREAD_STACK_MIN 0x8000

static int initialized = 0;
static size_t thread_stack_size = 0;     /* 0: the system default */

void
PyThread_init_thread(void)
{
    initialized = 1;
}

typedef struct {
    void (*func)(void *);
    void *arg;
} start_info;

static void *
thread_trampoline(void *p)
{
    start_info info = *(start_info *)p;
    PyMem_RawFree(p);
    info.func(info.arg);
    return NULL;
}

long
PyThread_start_new_thread(void (*func)(void *), void *arg)
{
    pthread_t th;
    pthread_attr_t attr;
    start_info *info;
    int status;

    if (!initialized)
        PyThread_init_thread();
    /* process bookkeeping, not a Python object: uncharged */
    info = (start_info *)PyMem_RawMalloc(sizeof(start_info));
    if (info == NULL)
        return -1;
    info->func = func;
    info->arg = arg;
    if (pthread_attr_init(&attr) != 0) {
        PyMem_RawFree(info);
        return -1;
    }
    if (thread_stack_size != 0 &&
        pthread_attr_setstacksize(&attr, thread_stack_size) != 0) {
        pthread_attr_destroy(&attr);
        PyMem_RawFree(info);
        return -1;
    }
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    status = pthread_create(&th, &attr, thread_trampoline, info);
    pthread_attr_destroy(&attr);
    if (status != 0) {
        PyMem_RawFree(info);
        return -1;
    }
    return (long)th;
}

long
PyThread_get_thread_ident(void)
{
    if (!initialized)
        PyThread_init_thread();
    return (long)pthread_self();
}

void
PyThread_exit_thread(void)
{
    pthread_exit(NULL);
}

void
PyThread__PyThread_exit_thread(void)
{
    pthread_exit(NULL);
}

void
PyThread_exit_prog(int status)
{
    exit(status);
}

void
PyThread__PyThread_exit_prog(int status)
{
    _exit(status);
}

/* ---- Locks --------------------------------------------------------- */

typedef struct {
    pthread_mutex_t mutex;
    pthread_cond_t released;
    int locked;
} lock_t;

PyThread_type_lock
PyThread_allocate_lock(void)
{
    /* charged to the current interpreter: Python code can make many */
    lock_t *lk = (lock_t *)PyMem_Malloc(sizeof(lock_t));

    if (!initialized)
        PyThread_init_thread();
    if (lk == NULL)
        return NULL;
    if (pthread_mutex_init(&lk->mutex, NULL) != 0) {
        PyMem_Free(lk);
        return NULL;
    }
    if (pthread_cond_init(&lk->released, NULL) != 0) {
        pthread_mutex_destroy(&lk->mutex);
        PyMem_Free(lk);
        return NULL;
    }
    lk->locked = 0;
    return (PyThread_type_lock)lk;
}

void
PyThread_free_lock(PyThread_type_lock lock)
{
    lock_t *lk = (lock_t *)lock;
    if (lk == NULL)
        return;
    pthread_cond_destroy(&lk->released);
    pthread_mutex_destroy(&lk->mutex);
    PyMem_Free(lk);
}

/* Returns 1 if the lock was acquired, 0 if not (waitflag 0 and busy). */
int
PyThread_acquire_lock(PyThread_type_lock lock, int waitflag)
{
    lock_t *lk = (lock_t *)lock;
    int got = 0;

    if (lk == NULL)
        return 0;
    pthread_mutex_lock(&lk->mutex);
    if (!lk->locked) {
        lk->locked = 1;
        got = 1;
    }
    else if (waitflag) {
        while (lk->locked)
            pthread_cond_wait(&lk->released, &lk->mutex);
        lk->locked = 1;
        got = 1;
    }
    pthread_mutex_unlock(&lk->mutex);
    return got;
}

void
PyThread_release_lock(PyThread_type_lock lock)
{
    lock_t *lk = (lock_t *)lock;
    if (lk == NULL)
        return;
    pthread_mutex_lock(&lk->mutex);
    lk->locked = 0;
    pthread_cond_signal(&lk->released);
    pthread_mutex_unlock(&lk->mutex);
}

/* ---- Stack size of new threads ------------------------------------ */

size_t
PyThread_get_stacksize(void)
{
    return thread_stack_size;
}

/* 0 restores the default; returns -1 for a size that is too small or
   not accepted by the system. */
int
PyThread_set_stacksize(size_t size)
{
    pthread_attr_t attr;
    int ok;

    if (size == 0) {
        thread_stack_size = 0;
        return 0;
    }
    if (size < THREAD_STACK_MIN)
        return -1;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    ok = pthread_attr_setstacksize(&attr, size) == 0;
    pthread_attr_destroy(&attr);
    if (!ok)
        return -1;
    thread_stack_size = size;
    return 0;
}

/* ---- Thread-specific storage -------------------------------------- */

int
PyThread_create_key(void)
{
    pthread_key_t key;
    if (pthread_key_create(&key, NULL) != 0)
        return -1;
    if ((unsigned long)key > (unsigned long)INT_MAX) {
        pthread_key_delete(key);
        return -1;
    }
    return (int)key;
}

void
PyThread_delete_key(int key)
{
    pthread_key_delete((pthread_key_t)key);
}

void
PyThread_delete_key_value(int key)
{
    pthread_setspecific((pthread_key_t)key, NULL);
}

/* Like 2.5: a value already set for this thread is kept.  Returns 0, or
   -1 if the value could not be stored. */
int
PyThread_set_key_value(int key, void *value)
{
    if (pthread_getspecific((pthread_key_t)key) != NULL)
        return 0;
    return pthread_setspecific((pthread_key_t)key, value) == 0 ? 0 : -1;
}

void *
PyThread_get_key_value(int key)
{
    return pthread_getspecific((pthread_key_t)key);
}
