/* The _socket module: the BSD socket interface with Python 2.5's API, for
   AF_INET, AF_INET6 and AF_UNIX stream and datagram sockets.  Lib/socket.py
   builds the public `socket` module (makefile, getfqdn) on top of it.

   Sandboxes.  The module may be imported by a sandbox whose table allows
   it, and then every ability it gives is checked here, where it is used
   (the type is reachable through type(x), so hiding names would not do):
   - only AF_INET/AF_INET6 stream and datagram sockets can be made, and at
     most SANDBOX_MAX_SOCKETS at a time (descriptors are a process
     resource);
   - connect(), connect_ex() and sendto() reach only the "host:port" pairs
     of the table's allow_connect list, compared on the address actually
     used and on the name as granted;
   - bind(), listen() and accept() are refused: no servers;
   - host names are looked up only when the table names them (a lookup is
     itself traffic); literal addresses need no lookup;
   - fromfd() and socketpair() (descriptors are process authority),
     gethostname() and the services/protocols databases are refused;
   - blocking calls wait in slices of at most 50 ms and check the
     interpreter's limits between slices, so a silent peer cannot hold a
     sandbox past its deadline.
   Refusals are socket.error(EACCES, "Permission denied (sandbox)").

   Per-interpreter state: each interpreter that imports the module gets
   its own exception classes (the module functions carry them as their
   `self`, each socket holds a reference to them); the default timeout and
   a sandbox's count of open sockets live in its interpreter record. */

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "structmember.h"
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>

/* Sandbox grants, one "host:port" string per index; provided by
   Python/sandbox.c.  Weak so that this file links (with a stricter,
   string-only policy: see sandbox_connect_ok) until it is there. */
extern const char *_PySandbox_ConnectGrant(Py_ssize_t i);
#pragma weak _PySandbox_ConnectGrant

#define SANDBOX_MAX_SOCKETS 64
#define SANDBOX_SLICE_MS 50

/* Slots of PyInterpreterStateEx.extra used by this module. */
#define EXTRA_DEFAULT_TIMEOUT 6
#define EXTRA_OPEN_SOCKETS 7

/* Indexes in the per-interpreter exception tuple. */
#define ERR_ERROR 0
#define ERR_HERROR 1
#define ERR_GAIERROR 2
#define ERR_TIMEOUT 3
#define EXC(errs, i) PyTuple_GET_ITEM((errs), (i))

typedef struct {
    PyObject_HEAD
    int sock_fd;                    /* -1 once closed */
    int sock_family;
    int sock_type;
    int sock_proto;
    PyObject *(*errorhandler)(void);
    double sock_timeout;            /* < 0: blocking; 0: non-blocking */
    /* Additions to the 2.5 layout. */
    PyObject *sock_errors;          /* the exception tuple of its interpreter */
    int sock_restricted;            /* made in a sandbox: O_NONBLOCK always,
                                       blocking is emulated in slices */
    int sock_counted;               /* counts toward its sandbox's cap */
} PySocketSockObject;

static PyTypeObject sock_type;

static PyObject *socket_getdefaulttimeout(PyObject *, PyObject *);

/* ------------------------------------------------------------------ */
/* Per-interpreter state */

static void **
interp_extra(int slot)
{
    PyInterpreterStateEx *ex = _PyInterpreterState_EX(PyThreadState_GET()->interp);
    return &ex->extra[slot];
}

/* The default timeout is kept as the bits of a double XOR those of -1.0,
   so that the zeroed slot of a new interpreter reads as -1.0 (blocking). */
#if SIZEOF_VOID_P >= 8
typedef double stored_timeout;
typedef unsigned long long stored_bits;
#else
typedef float stored_timeout;
typedef unsigned int stored_bits;
#endif

static stored_bits
timeout_bits(stored_timeout t)
{
    stored_bits b;
    memcpy(&b, &t, sizeof(b));
    return b;
}

static double
get_default_timeout(void)
{
    stored_bits b = (stored_bits)(Py_uintptr_t)*interp_extra(EXTRA_DEFAULT_TIMEOUT);
    stored_timeout t;
    b ^= timeout_bits((stored_timeout)-1.0);
    memcpy(&t, &b, sizeof(t));
    return (double)t;
}

static void
set_default_timeout(double t)
{
    stored_bits b = timeout_bits((stored_timeout)t) ^ timeout_bits((stored_timeout)-1.0);
    *interp_extra(EXTRA_DEFAULT_TIMEOUT) = (void *)(Py_uintptr_t)b;
}

static Py_intptr_t
open_sockets_add(Py_intptr_t delta)
{
    void **slot = interp_extra(EXTRA_OPEN_SOCKETS);
    Py_intptr_t n = (Py_intptr_t)*slot + delta;
    if (n < 0)
        n = 0;
    *slot = (void *)n;
    return n;
}

/* The exception classes of the current interpreter's _socket module.
   Found through one of the module's own functions (its `self` is the
   tuple), so replacing module attributes cannot substitute them; if the
   module is gone from sys.modules, a fresh set is made. */
static PyObject *make_errors(void);

static PyObject *
current_errors(void)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *m, *f;
    if (modules != NULL && (m = PyDict_GetItemString(modules, "_socket")) != NULL &&
        PyModule_Check(m) &&
        (f = PyDict_GetItemString(PyModule_GetDict(m), "getdefaulttimeout")) != NULL &&
        PyCFunction_Check(f) &&
        PyCFunction_GET_FUNCTION(f) == (PyCFunction)socket_getdefaulttimeout &&
        PyCFunction_GET_SELF(f) != NULL) {
        PyObject *errs = PyCFunction_GET_SELF(f);
        Py_INCREF(errs);
        return errs;
    }
    return make_errors();
}

static PyObject *
make_errors(void)
{
    PyObject *error, *herror = NULL, *gaierror = NULL, *timeout = NULL, *t;
    error = PyErr_NewException("socket.error", NULL, NULL);
    if (error == NULL)
        return NULL;
    herror = PyErr_NewException("socket.herror", error, NULL);
    gaierror = PyErr_NewException("socket.gaierror", error, NULL);
    timeout = PyErr_NewException("socket.timeout", error, NULL);
    if (herror == NULL || gaierror == NULL || timeout == NULL) {
        Py_DECREF(error);
        Py_XDECREF(herror);
        Py_XDECREF(gaierror);
        Py_XDECREF(timeout);
        return NULL;
    }
    t = PyTuple_New(4);
    if (t == NULL) {
        Py_DECREF(error);
        Py_DECREF(herror);
        Py_DECREF(gaierror);
        Py_DECREF(timeout);
        return NULL;
    }
    PyTuple_SET_ITEM(t, ERR_ERROR, error);
    PyTuple_SET_ITEM(t, ERR_HERROR, herror);
    PyTuple_SET_ITEM(t, ERR_GAIERROR, gaierror);
    PyTuple_SET_ITEM(t, ERR_TIMEOUT, timeout);
    return t;
}

/* ------------------------------------------------------------------ */
/* Raising errors */

static PyObject *
raise_errno(PyObject *errs)
{
    return PyErr_SetFromErrno(EXC(errs, ERR_ERROR));
}

static PyObject *
raise_code(PyObject *errs, int code)
{
    errno = code;
    return PyErr_SetFromErrno(EXC(errs, ERR_ERROR));
}

static PyObject *
raise_msg(PyObject *errs, int which, const char *msg)
{
    PyErr_SetString(EXC(errs, which), msg);
    return NULL;
}

static PyObject *
raise_pair(PyObject *errs, int which, int code, const char *msg)
{
    PyObject *v = Py_BuildValue("(is)", code, msg);
    if (v != NULL) {
        PyErr_SetObject(EXC(errs, which), v);
        Py_DECREF(v);
    }
    return NULL;
}

static PyObject *
raise_gai(PyObject *errs, int code)
{
#ifdef EAI_SYSTEM
    if (code == EAI_SYSTEM)
        return raise_errno(errs);
#endif
    return raise_pair(errs, ERR_GAIERROR, code, gai_strerror(code));
}

static PyObject *
raise_herror(PyObject *errs, int code)
{
    return raise_pair(errs, ERR_HERROR, code, hstrerror(code));
}

static PyObject *
raise_timeout(PyObject *errs)
{
    return raise_msg(errs, ERR_TIMEOUT, "timed out");
}

static PyObject *
sandbox_refusal(PyObject *errs)
{
    return raise_pair(errs, ERR_ERROR, EACCES, "Permission denied (sandbox)");
}

/* The 2.5 `errorhandler` slot: errno as socket.error of the current
   interpreter. */
static PyObject *
default_errorhandler(void)
{
    int saved = errno;
    PyObject *errs = current_errors();
    if (errs == NULL)
        return NULL;
    errno = saved;
    raise_errno(errs);
    Py_DECREF(errs);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Host names and addresses */

/* A host argument as a C string: str as is, unicode encoded with IDNA
   (ASCII when that codec is not available).  New reference to a str. */
static PyObject *
host_string(PyObject *o, const char *fname, int argno)
{
    PyObject *s;
    if (PyString_Check(o)) {
        Py_INCREF(o);
        s = o;
    }
    else if (PyUnicode_Check(o)) {
        s = PyUnicode_AsEncodedString(o, "idna", NULL);
        if (s == NULL && PyErr_ExceptionMatches(PyExc_LookupError)) {
            PyErr_Clear();
            s = PyUnicode_AsASCIIString(o);
        }
        if (s == NULL)
            return NULL;
        if (!PyString_Check(s)) {
            Py_DECREF(s);
            PyErr_Format(PyExc_TypeError, "%s() argument %d must be string", fname, argno);
            return NULL;
        }
    }
    else {
        PyErr_Format(PyExc_TypeError, "%s() argument %d must be string, not %.50s",
                     fname, argno, o->ob_type->tp_name);
        return NULL;
    }
    if ((Py_ssize_t)strlen(PyString_AS_STRING(s)) != PyString_GET_SIZE(s)) {
        Py_DECREF(s);
        PyErr_Format(PyExc_TypeError, "%s() argument %d must be string without null bytes",
                     fname, argno);
        return NULL;
    }
    return s;
}

/* A literal address (needs no name service)? */
static int
is_literal_address(const char *name)
{
    struct addrinfo hints, *res = NULL;
    int r;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_flags = AI_NUMERICHOST;
    r = getaddrinfo(name, NULL, &hints, &res);
    if (res != NULL)
        freeaddrinfo(res);
    return r == 0;
}

/* Resolve `name` for family `af` into `addr` (2.5's setipaddr): "" is
   the wildcard address, "<broadcast>" INADDR_BROADCAST, a literal is
   parsed, anything else is looked up.  Returns the address length, or
   -1 with an exception set. */
static int
set_ipaddr(PyObject *errs, const char *name, struct sockaddr_storage *addr, int af)
{
    struct addrinfo hints, *res = NULL;
    int error, len;

    memset(addr, 0, sizeof(*addr));
    memset(&hints, 0, sizeof(hints));
    if (name[0] == '\0') {
        hints.ai_family = af;
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_PASSIVE;
        Py_BEGIN_ALLOW_THREADS
        error = getaddrinfo(NULL, "0", &hints, &res);
        Py_END_ALLOW_THREADS
        if (error) {
            raise_gai(errs, error);
            return -1;
        }
    }
    else if (strcmp(name, "<broadcast>") == 0 || strcmp(name, "255.255.255.255") == 0) {
        struct sockaddr_in *sin = (struct sockaddr_in *)addr;
        if (af != AF_INET && af != AF_UNSPEC) {
            raise_msg(errs, ERR_ERROR, "address family mismatched");
            return -1;
        }
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(INADDR_BROADCAST);
        return sizeof(*sin);
    }
    else {
        struct sockaddr_in *sin = (struct sockaddr_in *)addr;
        if ((af == AF_INET || af == AF_UNSPEC) && inet_pton(AF_INET, name, &sin->sin_addr) == 1) {
            sin->sin_family = AF_INET;
            return sizeof(*sin);
        }
        hints.ai_family = af;
        /* A sandbox's literal must not turn into a query (it was let
           through because it needs none). */
        if (_PyInterpreterState_IsSandboxed() && is_literal_address(name))
            hints.ai_flags = AI_NUMERICHOST;
        Py_BEGIN_ALLOW_THREADS
        error = getaddrinfo(name, NULL, &hints, &res);
        Py_END_ALLOW_THREADS
        if (error) {
            raise_gai(errs, error);
            return -1;
        }
    }
    len = (int)res->ai_addrlen;
    if (len > (int)sizeof(*addr))
        len = sizeof(*addr);
    memcpy(addr, res->ai_addr, len);
    freeaddrinfo(res);
    return len;
}

/* The dotted or colon form of an AF_INET/AF_INET6 address. */
static PyObject *
address_string(const struct sockaddr *sa)
{
    char buf[INET6_ADDRSTRLEN + 1];
    const void *raw;
    if (sa->sa_family == AF_INET)
        raw = &((const struct sockaddr_in *)sa)->sin_addr;
    else
        raw = &((const struct sockaddr_in6 *)sa)->sin6_addr;
    if (inet_ntop(sa->sa_family, raw, buf, sizeof(buf)) == NULL)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyString_FromString(buf);
}

/* A socket address as Python sees it (2.5's makesockaddr). */
static PyObject *
make_sockaddr(const struct sockaddr *sa, socklen_t len)
{
    if (len == 0) {
        /* No address (e.g. recvfrom on a connected stream). */
        Py_RETURN_NONE;
    }
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
        PyObject *host = address_string(sa), *r;
        if (host == NULL)
            return NULL;
        r = Py_BuildValue("Oi", host, (int)ntohs(sin->sin_port));
        Py_DECREF(host);
        return r;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
        PyObject *host = address_string(sa), *r;
        if (host == NULL)
            return NULL;
        r = Py_BuildValue("Oiii", host, (int)ntohs(sin6->sin6_port),
                          (int)ntohl(sin6->sin6_flowinfo), (int)sin6->sin6_scope_id);
        Py_DECREF(host);
        return r;
    }
    case AF_UNIX: {
        const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
        Py_ssize_t n = (Py_ssize_t)len - (Py_ssize_t)offsetof(struct sockaddr_un, sun_path);
        if (n <= 0)
            return PyString_FromString("");
        if (n > (Py_ssize_t)sizeof(sun->sun_path))
            n = sizeof(sun->sun_path);
        if (sun->sun_path[0] == '\0')       /* Linux abstract namespace */
            return PyString_FromStringAndSize(sun->sun_path, n);
        return PyString_FromStringAndSize(sun->sun_path, strnlen(sun->sun_path, n));
    }
    default:
        return Py_BuildValue("is#", (int)sa->sa_family, sa->sa_data,
                             (Py_ssize_t)sizeof(sa->sa_data));
    }
}

/* ------------------------------------------------------------------ */
/* The sandbox policy */

/* An address reduced to what identifies the endpoint's host: IPv4-mapped
   IPv6 addresses count as the IPv4 address they map. */
typedef struct {
    int family;
    unsigned char bytes[16];
    int port;
} endpoint;

static int
endpoint_from(const struct sockaddr *sa, endpoint *e)
{
    memset(e, 0, sizeof(*e));
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
        e->family = AF_INET;
        memcpy(e->bytes, &sin->sin_addr, 4);
        e->port = ntohs(sin->sin_port);
        return 0;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
        if (IN6_IS_ADDR_V4MAPPED(&sin6->sin6_addr)) {
            e->family = AF_INET;
            memcpy(e->bytes, ((const unsigned char *)&sin6->sin6_addr) + 12, 4);
        }
        else {
            e->family = AF_INET6;
            memcpy(e->bytes, &sin6->sin6_addr, 16);
        }
        e->port = ntohs(sin6->sin6_port);
        return 0;
    }
    return -1;
}

static int
same_host(const endpoint *a, const endpoint *b)
{
    return a->family == b->family &&
           memcmp(a->bytes, b->bytes, a->family == AF_INET ? 4 : 16) == 0;
}

/* Split a grant "host:port" or "[v6 address]:port".  0 on success. */
static int
split_grant(const char *grant, char *host, size_t hostsize, int *port)
{
    const char *colon, *h = grant, *hend;
    char *end;
    long p;
    if (grant[0] == '[') {
        hend = strchr(grant, ']');
        if (hend == NULL || hend[1] != ':')
            return -1;
        h = grant + 1;
        colon = hend + 1;
    }
    else {
        colon = strrchr(grant, ':');
        if (colon == NULL)
            return -1;
        hend = colon;
    }
    if ((size_t)(hend - h) >= hostsize || colon[1] == '\0')
        return -1;
    p = strtol(colon + 1, &end, 10);
    if (*end != '\0' || p < 0 || p > 65535)
        return -1;
    memcpy(host, h, hend - h);
    host[hend - h] = '\0';
    *port = (int)p;
    return 0;
}

static int
have_grant_list(void)
{
    return &_PySandbox_ConnectGrant != NULL;
}

/* Is `name` named by a grant (for `port`, or for any port if port < 0)? */
static int
name_granted(const char *name, int port)
{
    Py_ssize_t i;
    const char *g;
    if (!have_grant_list()) {
        /* Only the exact "host:port" question can be asked. */
        if (port < 0)
            return 0;
        if (_PySandbox_CheckConnect(name, port) == 0)
            return 1;
        PyErr_Clear();
        return 0;
    }
    for (i = 0; (g = _PySandbox_ConnectGrant(i)) != NULL; i++) {
        char host[300];
        int gport;
        if (split_grant(g, host, sizeof(host), &gport) < 0)
            continue;
        if (strcasecmp(host, name) == 0 && (port < 0 || port == gport))
            return 1;
    }
    return 0;
}

/* In a sandbox, may `name` be resolved?  Literal addresses and the
   wildcard/broadcast spellings need no lookup; other names only if the
   grants name them.  0, or -1 with socket.error set. */
static int
sandbox_resolve_ok(PyObject *errs, const char *name, int port)
{
    if (!_PyInterpreterState_IsSandboxed())
        return 0;
    if (name[0] == '\0' || strcmp(name, "<broadcast>") == 0 || is_literal_address(name) ||
        name_granted(name, port))
        return 0;
    sandbox_refusal(errs);
    return -1;
}

/* In a sandbox, may the socket reach `sa`, which was resolved (once) from
   `name`?  Granted if a grant names `name` with this port, or if a grant
   with this port names a host that resolves to this address. */
static int
sandbox_connect_ok(PyObject *errs, const char *name, const struct sockaddr *sa)
{
    endpoint target;
    Py_ssize_t i;
    const char *g;

    if (!_PyInterpreterState_IsSandboxed())
        return 0;
    if (endpoint_from(sa, &target) < 0)
        goto refuse;
    if (name != NULL && name_granted(name, target.port))
        return 0;
    if (!have_grant_list()) {
        /* String grants only: try the address's literal spellings. */
        PyObject *lit = address_string(sa);
        int ok = 0;
        if (lit == NULL)
            return -1;
        if (_PySandbox_CheckConnect(PyString_AS_STRING(lit), target.port) == 0)
            ok = 1;
        else {
            char br[INET6_ADDRSTRLEN + 4];
            PyErr_Clear();
            PyOS_snprintf(br, sizeof(br), "[%s]", PyString_AS_STRING(lit));
            if (_PySandbox_CheckConnect(br, target.port) == 0)
                ok = 1;
            else
                PyErr_Clear();
        }
        Py_DECREF(lit);
        if (ok)
            return 0;
        goto refuse;
    }
    for (i = 0; (g = _PySandbox_ConnectGrant(i)) != NULL; i++) {
        char host[300];
        int gport, error;
        struct addrinfo hints, *res = NULL, *r;
        if (split_grant(g, host, sizeof(host), &gport) < 0 || gport != target.port)
            continue;
        memset(&hints, 0, sizeof(hints));
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        Py_BEGIN_ALLOW_THREADS
        error = getaddrinfo(host, NULL, &hints, &res);
        Py_END_ALLOW_THREADS
        if (error != 0)
            continue;
        for (r = res; r != NULL; r = r->ai_next) {
            endpoint e;
            if (endpoint_from(r->ai_addr, &e) == 0 && same_host(&e, &target)) {
                freeaddrinfo(res);
                return 0;
            }
        }
        freeaddrinfo(res);
    }
refuse:
    sandbox_refusal(errs);
    return -1;
}

static int
sandbox_refuses(PyObject *errs)
{
    if (!_PyInterpreterState_IsSandboxed())
        return 0;
    sandbox_refusal(errs);
    return 1;
}

/* Socket options a sandbox may set: none of them widens what the socket
   can reach or attaches code to the kernel. */
static int
sandbox_option_ok(int level, int opt)
{
    switch (level) {
    case SOL_SOCKET:
        return opt == SO_KEEPALIVE || opt == SO_LINGER || opt == SO_RCVBUF ||
               opt == SO_SNDBUF || opt == SO_REUSEADDR || opt == SO_BROADCAST ||
               opt == SO_OOBINLINE || opt == SO_RCVLOWAT || opt == SO_SNDLOWAT;
    case IPPROTO_TCP:
        return opt == TCP_NODELAY
#ifdef TCP_KEEPIDLE
            || opt == TCP_KEEPIDLE || opt == TCP_KEEPINTVL || opt == TCP_KEEPCNT
#endif
            ;
    case IPPROTO_IP:
        return opt == IP_TOS || opt == IP_TTL;
    case IPPROTO_IPV6:
        return opt == IPV6_V6ONLY || opt == IPV6_UNICAST_HOPS;
    default:
        return 0;
    }
}

/* ------------------------------------------------------------------ */
/* Socket objects: creation and waiting */

static int
set_nonblocking(int fd, int on)
{
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0)
        return -1;
    flags = on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
    return fcntl(fd, F_SETFL, flags);
}

/* Make the descriptor's blocking mode match the timeout.  A sandbox's
   sockets stay non-blocking: their blocking mode is emulated. */
static void
apply_timeout(PySocketSockObject *s)
{
    if (s->sock_fd < 0)
        return;
    Py_BEGIN_ALLOW_THREADS
    set_nonblocking(s->sock_fd, s->sock_restricted || s->sock_timeout >= 0.0);
    Py_END_ALLOW_THREADS
}

/* Fill in a socket object for `fd` (2.5's init_sockobject).  In a sandbox
   the descriptor is close-on-exec and counts toward the cap (checked by
   the caller). */
static void
init_sock(PySocketSockObject *s, int fd, int family, int type, int proto, PyObject *errs)
{
    PyObject *old = s->sock_errors;
    s->sock_fd = fd;
    s->sock_family = family;
    s->sock_type = type;
    s->sock_proto = proto;
    s->errorhandler = default_errorhandler;
    s->sock_timeout = get_default_timeout();
    Py_INCREF(errs);
    s->sock_errors = errs;
    Py_XDECREF(old);
    s->sock_restricted = _PyInterpreterState_IsSandboxed();
    if (s->sock_restricted) {
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        s->sock_counted = 1;
        open_sockets_add(1);
    }
    apply_timeout(s);
}

static PySocketSockObject *
new_sock(int fd, int family, int type, int proto, PyObject *errs)
{
    PySocketSockObject *s = (PySocketSockObject *)sock_type.tp_alloc(&sock_type, 0);
    if (s == NULL)
        return NULL;
    s->sock_fd = -1;
    init_sock(s, fd, family, type, proto, errs);
    return s;
}

/* Before a sandbox makes a descriptor: is it under its cap? */
static int
sandbox_may_open(PyObject *errs)
{
    if (!_PyInterpreterState_IsSandboxed())
        return 0;
    if (open_sockets_add(0) >= SANDBOX_MAX_SOCKETS) {
        raise_pair(errs, ERR_ERROR, EMFILE, "Too many open sockets (sandbox)");
        return -1;
    }
    return 0;
}

static void
close_fd(PySocketSockObject *s, int release_gil)
{
    int fd = s->sock_fd;
    if (fd < 0)
        return;
    s->sock_fd = -1;
    if (s->sock_counted) {
        s->sock_counted = 0;
        if (_PyInterpreterState_IsSandboxed())
            open_sockets_add(-1);
    }
    if (release_gil) {
        Py_BEGIN_ALLOW_THREADS
        close(fd);
        Py_END_ALLOW_THREADS
    }
    else
        close(fd);
}

static int
is_restricted(PySocketSockObject *s)
{
    return s->sock_restricted || _PyInterpreterState_IsSandboxed();
}

/* Does a call on this socket wait for readiness itself (rather than make
   one blocking system call)? */
static int
waits_itself(PySocketSockObject *s)
{
    return s->sock_timeout > 0.0 || (s->sock_timeout < 0.0 && is_restricted(s));
}

static double
deadline_for(PySocketSockObject *s)
{
    return s->sock_timeout > 0.0 ? _PyEval_MonotonicTime() + s->sock_timeout : -1.0;
}

/* Wait until the socket is readable (or writable) or `deadline` (an
   absolute monotonic time; < 0: none) passes.  0: ready; 1: timed out;
   -1: exception set (a limit, a signal handler, a closed socket).  In a
   sandbox the wait is sliced and the limits checked between slices. */
static int
wait_ready(PySocketSockObject *s, int writing, double deadline)
{
    int restricted = is_restricted(s);
    for (;;) {
        struct pollfd p;
        int r, err, ms = -1;
        if (deadline >= 0) {
            double left = deadline - _PyEval_MonotonicTime();
            if (left <= 0)
                return 1;
            ms = left > 1e6 ? 1000000000 : (int)(left * 1000.0) + 1;
        }
        if (restricted && (ms < 0 || ms > SANDBOX_SLICE_MS))
            ms = SANDBOX_SLICE_MS;
        p.fd = s->sock_fd;
        if (p.fd < 0) {
            raise_code(s->sock_errors, EBADF);
            return -1;
        }
        p.events = writing ? POLLOUT : POLLIN;
        p.revents = 0;
        Py_BEGIN_ALLOW_THREADS
        r = poll(&p, 1, ms);
        err = errno;
        Py_END_ALLOW_THREADS
        if (r > 0)
            return 0;       /* ready, or an error the call itself reports */
        if (r < 0) {
            if (err != EINTR) {
                raise_code(s->sock_errors, err);
                return -1;
            }
            if (PyErr_CheckSignals() < 0)
                return -1;
        }
        if (restricted && _PyEval_CheckLimits() < 0)
            return -1;
    }
}

/* One system call of a socket method, made without the GIL; returns its
   result, or -1 with errno set. */
typedef Py_ssize_t (*sock_op)(int fd, void *arg);

/* Run `op` with the socket's blocking/timeout semantics.  Returns the
   op's result, or -1 with an exception set. */
static Py_ssize_t
sock_call(PySocketSockObject *s, int writing, sock_op op, void *arg)
{
    int waiting = waits_itself(s);
    double deadline = deadline_for(s);
    for (;;) {
        Py_ssize_t r;
        int err, fd = s->sock_fd, w;
        if (fd < 0) {
            raise_code(s->sock_errors, EBADF);
            return -1;
        }
        Py_BEGIN_ALLOW_THREADS
        r = op(fd, arg);
        err = errno;
        Py_END_ALLOW_THREADS
        if (r >= 0)
            return r;
        if (waiting && err == EINTR) {
            if (PyErr_CheckSignals() < 0)
                return -1;
            continue;
        }
        if (!waiting || (err != EAGAIN && err != EWOULDBLOCK)) {
            raise_code(s->sock_errors, err);
            return -1;
        }
        w = wait_ready(s, writing, deadline);
        if (w < 0)
            return -1;
        if (w > 0) {
            raise_timeout(s->sock_errors);
            return -1;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Address arguments */

enum { ADDR_BIND, ADDR_CONNECT };

/* Parse a Python address for this socket's family into `addr` (2.5's
   getsockaddrarg).  For ADDR_CONNECT in a sandbox, the name lookup and
   the destination are checked against the grants.  Returns the address
   length, or -1 with an exception set. */
static int
get_sockaddr(PySocketSockObject *s, PyObject *a, struct sockaddr_storage *addr, int purpose)
{
    PyObject *errs = s->sock_errors;
    memset(addr, 0, sizeof(*addr));
    switch (s->sock_family) {
    case AF_UNIX: {
        struct sockaddr_un *sun = (struct sockaddr_un *)addr;
        const char *path;
        Py_ssize_t len;
        if (!PyArg_Parse(a, "t#", &path, &len))
            return -1;
        if (len < 0 || (size_t)len >= sizeof(sun->sun_path) + (len > 0 && path[0] == '\0')) {
            raise_msg(errs, ERR_ERROR, "AF_UNIX path too long");
            return -1;
        }
        sun->sun_family = AF_UNIX;
        memcpy(sun->sun_path, path, len);
        if (len > 0 && path[0] == '\0')
            return (int)(offsetof(struct sockaddr_un, sun_path) + len);
        return (int)(offsetof(struct sockaddr_un, sun_path) + len + 1);
    }
    case AF_INET:
    case AF_INET6: {
        PyObject *hostobj, *host;
        int port, flowinfo = 0, scope_id = 0, len;
        int v6 = (s->sock_family == AF_INET6);
        if (!PyTuple_Check(a)) {
            PyErr_Format(PyExc_TypeError,
                         "getsockaddrarg: %s address must be tuple, not %.500s",
                         v6 ? "AF_INET6" : "AF_INET", a->ob_type->tp_name);
            return -1;
        }
        if (v6) {
            if (!PyArg_ParseTuple(a, "Oi|ii:getsockaddrarg", &hostobj, &port,
                                  &flowinfo, &scope_id))
                return -1;
        }
        else if (!PyArg_ParseTuple(a, "Oi:getsockaddrarg", &hostobj, &port))
            return -1;
        if (port < 0 || port > 0xffff) {
            PyErr_SetString(PyExc_OverflowError, "getsockaddrarg: port must be 0-65535.");
            return -1;
        }
        host = host_string(hostobj, "getsockaddrarg", 1);
        if (host == NULL)
            return -1;
        if (purpose == ADDR_CONNECT &&
            sandbox_resolve_ok(errs, PyString_AS_STRING(host), port) < 0) {
            Py_DECREF(host);
            return -1;
        }
        len = set_ipaddr(errs, PyString_AS_STRING(host), addr, s->sock_family);
        if (len < 0) {
            Py_DECREF(host);
            return -1;
        }
        if (v6) {
            struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)addr;
            if (sin6->sin6_family != AF_INET6) {
                Py_DECREF(host);
                raise_msg(errs, ERR_ERROR, "address family mismatched");
                return -1;
            }
            sin6->sin6_port = htons((unsigned short)port);
            sin6->sin6_flowinfo = htonl((uint32_t)flowinfo);
            sin6->sin6_scope_id = (uint32_t)scope_id;
            len = sizeof(*sin6);
        }
        else {
            struct sockaddr_in *sin = (struct sockaddr_in *)addr;
            sin->sin_port = htons((unsigned short)port);
            len = sizeof(*sin);
        }
        if (purpose == ADDR_CONNECT &&
            sandbox_connect_ok(errs, PyString_AS_STRING(host), (struct sockaddr *)addr) < 0) {
            Py_DECREF(host);
            return -1;
        }
        Py_DECREF(host);
        return len;
    }
    default:
        raise_msg(errs, ERR_ERROR, "getsockaddrarg: bad family");
        return -1;
    }
}

/* ------------------------------------------------------------------ */
/* Socket methods */

struct accept_args {
    struct sockaddr_storage addr;
    socklen_t len;
};

static Py_ssize_t
op_accept(int fd, void *a)
{
    struct accept_args *x = (struct accept_args *)a;
    x->len = sizeof(x->addr);
    return accept(fd, (struct sockaddr *)&x->addr, &x->len);
}

static PyObject *
sock_accept(PySocketSockObject *s)
{
    struct accept_args x;
    Py_ssize_t fd;
    PySocketSockObject *conn;
    PyObject *addr, *r;

    if (sandbox_refuses(s->sock_errors))
        return NULL;
    memset(&x, 0, sizeof(x));
    fd = sock_call(s, 0, op_accept, &x);
    if (fd < 0)
        return NULL;
    conn = new_sock((int)fd, s->sock_family, s->sock_type, s->sock_proto, s->sock_errors);
    if (conn == NULL) {
        close((int)fd);
        return NULL;
    }
    addr = make_sockaddr((struct sockaddr *)&x.addr, x.len);
    if (addr == NULL) {
        Py_DECREF(conn);
        return NULL;
    }
    r = PyTuple_Pack(2, (PyObject *)conn, addr);
    Py_DECREF(conn);
    Py_DECREF(addr);
    return r;
}

PyDoc_STRVAR(accept_doc,
"accept() -> (socket object, address info)\n\
\n\
Wait for an incoming connection.  Return a new socket representing the\n\
connection, and the address of the client.  For IP sockets, the address\n\
info is a pair (hostaddr, port).");

static PyObject *
sock_setblocking(PySocketSockObject *s, PyObject *arg)
{
    long block = PyInt_AsLong(arg);
    if (block == -1 && PyErr_Occurred())
        return NULL;
    s->sock_timeout = block ? -1.0 : 0.0;
    apply_timeout(s);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(setblocking_doc,
"setblocking(flag)\n\
\n\
Set the socket to blocking (flag is true) or non-blocking (false).\n\
setblocking(True) is equivalent to settimeout(None);\n\
setblocking(False) is equivalent to settimeout(0.0).");

/* None -> -1.0; a number >= 0 -> itself. */
static int
timeout_arg(PyObject *arg, double *out)
{
    double t;
    if (arg == Py_None) {
        *out = -1.0;
        return 0;
    }
    t = PyFloat_AsDouble(arg);
    if (t == -1.0 && PyErr_Occurred())
        return -1;
    if (t < 0.0) {
        PyErr_SetString(PyExc_ValueError, "Timeout value out of range");
        return -1;
    }
    *out = t;
    return 0;
}

static PyObject *
sock_settimeout(PySocketSockObject *s, PyObject *arg)
{
    double t;
    if (timeout_arg(arg, &t) < 0)
        return NULL;
    s->sock_timeout = t;
    apply_timeout(s);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(settimeout_doc,
"settimeout(timeout)\n\
\n\
Set a timeout on socket operations.  'timeout' can be a float,\n\
giving in seconds, or None.  Setting a timeout of None disables\n\
the timeout feature and is equivalent to setblocking(1).\n\
Setting a timeout of zero is the same as setblocking(0).");

static PyObject *
sock_gettimeout(PySocketSockObject *s)
{
    if (s->sock_timeout < 0.0)
        Py_RETURN_NONE;
    return PyFloat_FromDouble(s->sock_timeout);
}

PyDoc_STRVAR(gettimeout_doc,
"gettimeout() -> timeout\n\
\n\
Returns the timeout in floating seconds associated with socket \n\
operations. A timeout of None indicates that timeouts on socket \n\
operations are disabled.");

static PyObject *
sock_setsockopt(PySocketSockObject *s, PyObject *args)
{
    int level, opt, flag, r;
    const char *buf;
    Py_ssize_t buflen;
    const void *val;
    socklen_t vlen;

    if (PyArg_ParseTuple(args, "iii:setsockopt", &level, &opt, &flag)) {
        val = &flag;
        vlen = sizeof(flag);
    }
    else {
        PyErr_Clear();
        if (!PyArg_ParseTuple(args, "iis#:setsockopt", &level, &opt, &buf, &buflen))
            return NULL;
        if (buflen > 0x7fffffff) {
            PyErr_SetString(PyExc_OverflowError, "setsockopt value too long");
            return NULL;
        }
        val = buf;
        vlen = (socklen_t)buflen;
    }
    if (_PyInterpreterState_IsSandboxed() && !sandbox_option_ok(level, opt))
        return sandbox_refusal(s->sock_errors);
    r = setsockopt(s->sock_fd, level, opt, val, vlen);
    if (r < 0)
        return raise_errno(s->sock_errors);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(setsockopt_doc,
"setsockopt(level, option, value)\n\
\n\
Set a socket option.  See the Unix manual for level and option.\n\
The value argument can either be an integer or a string.");

static PyObject *
sock_getsockopt(PySocketSockObject *s, PyObject *args)
{
    int level, opt, buflen = 0, r;
    if (!PyArg_ParseTuple(args, "ii|i:getsockopt", &level, &opt, &buflen))
        return NULL;
    if (buflen == 0) {
        int flag = 0;
        socklen_t flagsize = sizeof(flag);
        r = getsockopt(s->sock_fd, level, opt, &flag, &flagsize);
        if (r < 0)
            return raise_errno(s->sock_errors);
        return PyInt_FromLong(flag);
    }
    else {
        PyObject *buf;
        socklen_t len = (socklen_t)buflen;
        if (buflen <= 0 || buflen > 1024)
            return raise_msg(s->sock_errors, ERR_ERROR, "getsockopt buflen out of range");
        buf = PyString_FromStringAndSize(NULL, buflen);
        if (buf == NULL)
            return NULL;
        r = getsockopt(s->sock_fd, level, opt, PyString_AS_STRING(buf), &len);
        if (r < 0) {
            Py_DECREF(buf);
            return raise_errno(s->sock_errors);
        }
        _PyString_Resize(&buf, len);
        return buf;
    }
}

PyDoc_STRVAR(getsockopt_doc,
"getsockopt(level, option[, buffersize]) -> value\n\
\n\
Get a socket option.  See the Unix manual for level and option.\n\
If a nonzero buffersize argument is given, the return value is a\n\
string of that length; otherwise it is an integer.");

static PyObject *
sock_bind(PySocketSockObject *s, PyObject *a)
{
    struct sockaddr_storage addr;
    int len, r, err;
    if (sandbox_refuses(s->sock_errors))
        return NULL;
    len = get_sockaddr(s, a, &addr, ADDR_BIND);
    if (len < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = bind(s->sock_fd, (struct sockaddr *)&addr, len);
    err = errno;
    Py_END_ALLOW_THREADS
    if (r < 0)
        return raise_code(s->sock_errors, err);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(bind_doc,
"bind(address)\n\
\n\
Bind the socket to a local address.  For IP sockets, the address is a\n\
pair (host, port); the host must refer to the local host. For raw packet\n\
sockets the address is a tuple (ifname, proto [,pkttype [,hatype]])");

static PyObject *
sock_close(PySocketSockObject *s)
{
    close_fd(s, 1);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(close_doc,
"close()\n\
\n\
Close the socket.  It cannot be used after this call.");

/* connect() with the socket's timeout semantics.  Returns 0 or an errno
   value; *timed_out is set when the timeout passed.  -1: exception set
   (a limit or a signal handler). */
static int
internal_connect(PySocketSockObject *s, struct sockaddr *addr, int len, int *timed_out)
{
    int r, err, fd = s->sock_fd;
    *timed_out = 0;
    if (fd < 0)
        return EBADF;
    Py_BEGIN_ALLOW_THREADS
    r = connect(fd, addr, len);
    err = errno;
    Py_END_ALLOW_THREADS
    if (r == 0)
        return 0;
    if (waits_itself(s) && (err == EINPROGRESS || (err == EINTR && is_restricted(s)))) {
        socklen_t elen = sizeof(err);
        int w = wait_ready(s, 1, deadline_for(s));
        if (w < 0)
            return -1;
        if (w > 0) {
            *timed_out = 1;
            return EWOULDBLOCK;
        }
        if (s->sock_fd < 0)
            return EBADF;
        if (getsockopt(s->sock_fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0)
            return errno;
        return err;
    }
    return err;
}

static PyObject *
sock_connect(PySocketSockObject *s, PyObject *a)
{
    struct sockaddr_storage addr;
    int len, code, timed_out;
    len = get_sockaddr(s, a, &addr, ADDR_CONNECT);
    if (len < 0)
        return NULL;
    code = internal_connect(s, (struct sockaddr *)&addr, len, &timed_out);
    if (code < 0)
        return NULL;
    if (timed_out)
        return raise_timeout(s->sock_errors);
    if (code != 0)
        return raise_code(s->sock_errors, code);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(connect_doc,
"connect(address)\n\
\n\
Connect the socket to a remote address.  For IP sockets, the address\n\
is a pair (host, port).");

static PyObject *
sock_connect_ex(PySocketSockObject *s, PyObject *a)
{
    struct sockaddr_storage addr;
    int len, code, timed_out;
    len = get_sockaddr(s, a, &addr, ADDR_CONNECT);
    if (len < 0)
        return NULL;
    code = internal_connect(s, (struct sockaddr *)&addr, len, &timed_out);
    if (code < 0)
        return NULL;
    return PyInt_FromLong(code);
}

PyDoc_STRVAR(connect_ex_doc,
"connect_ex(address) -> errno\n\
\n\
This is like connect(address), but returns an error code (the errno value)\n\
instead of raising an exception when an error occurs.");

static PyObject *
sock_fileno(PySocketSockObject *s)
{
    return PyInt_FromLong((long)s->sock_fd);
}

PyDoc_STRVAR(fileno_doc,
"fileno() -> integer\n\
\n\
Return the integer file descriptor of the socket.");

static PyObject *
sock_dup(PySocketSockObject *s)
{
    int fd;
    PyObject *r;
    if (sandbox_may_open(s->sock_errors) < 0)
        return NULL;
    fd = fcntl(s->sock_fd, is_restricted(s) ? F_DUPFD_CLOEXEC : F_DUPFD, 0);
    if (fd < 0)
        return raise_errno(s->sock_errors);
    r = (PyObject *)new_sock(fd, s->sock_family, s->sock_type, s->sock_proto, s->sock_errors);
    if (r == NULL)
        close(fd);
    return r;
}

PyDoc_STRVAR(dup_doc,
"dup() -> socket object\n\
\n\
Return a new socket object connected to the same system resource.");

static PyObject *
sock_getsockname(PySocketSockObject *s)
{
    struct sockaddr_storage addr;
    socklen_t len = sizeof(addr);
    int r, err;
    memset(&addr, 0, sizeof(addr));
    Py_BEGIN_ALLOW_THREADS
    r = getsockname(s->sock_fd, (struct sockaddr *)&addr, &len);
    err = errno;
    Py_END_ALLOW_THREADS
    if (r < 0)
        return raise_code(s->sock_errors, err);
    return make_sockaddr((struct sockaddr *)&addr, len);
}

PyDoc_STRVAR(getsockname_doc,
"getsockname() -> address info\n\
\n\
Return the address of the local endpoint.  For IP sockets, the address\n\
info is a pair (hostaddr, port).");

static PyObject *
sock_getpeername(PySocketSockObject *s)
{
    struct sockaddr_storage addr;
    socklen_t len = sizeof(addr);
    int r, err;
    memset(&addr, 0, sizeof(addr));
    Py_BEGIN_ALLOW_THREADS
    r = getpeername(s->sock_fd, (struct sockaddr *)&addr, &len);
    err = errno;
    Py_END_ALLOW_THREADS
    if (r < 0)
        return raise_code(s->sock_errors, err);
    return make_sockaddr((struct sockaddr *)&addr, len);
}

PyDoc_STRVAR(getpeername_doc,
"getpeername() -> address info\n\
\n\
Return the address of the remote endpoint.  For IP sockets, the address\n\
info is a pair (hostaddr, port).");

static PyObject *
sock_listen(PySocketSockObject *s, PyObject *arg)
{
    int backlog, r, err;
    if (sandbox_refuses(s->sock_errors))
        return NULL;
    backlog = (int)PyInt_AsLong(arg);
    if (backlog == -1 && PyErr_Occurred())
        return NULL;
    if (backlog < 1)
        backlog = 1;
    Py_BEGIN_ALLOW_THREADS
    r = listen(s->sock_fd, backlog);
    err = errno;
    Py_END_ALLOW_THREADS
    if (r < 0)
        return raise_code(s->sock_errors, err);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(listen_doc,
"listen(backlog)\n\
\n\
Enable a server to accept connections.  The backlog argument must be at\n\
least 1; it specifies the number of unaccepted connection that the system\n\
will allow before refusing new connections.");

struct io_args {
    char *buf;
    size_t len;
    int flags;
    struct sockaddr_storage addr;
    socklen_t addrlen;
    int with_addr;
};

static Py_ssize_t
op_recv(int fd, void *a)
{
    struct io_args *x = (struct io_args *)a;
    if (x->with_addr) {
        x->addrlen = sizeof(x->addr);
        return recvfrom(fd, x->buf, x->len, x->flags, (struct sockaddr *)&x->addr, &x->addrlen);
    }
    return recv(fd, x->buf, x->len, x->flags);
}

static Py_ssize_t
op_send(int fd, void *a)
{
    struct io_args *x = (struct io_args *)a;
    int flags = x->flags;
#ifdef MSG_NOSIGNAL
    /* A closed peer is an error, never SIGPIPE for the whole process. */
    flags |= MSG_NOSIGNAL;
#endif
    if (x->with_addr)
        return sendto(fd, x->buf, x->len, flags, (struct sockaddr *)&x->addr, x->addrlen);
    return send(fd, x->buf, x->len, flags);
}

/* recv/recvfrom into buf: the count, or -1 with an exception set. */
static Py_ssize_t
recv_into_buf(PySocketSockObject *s, char *buf, Py_ssize_t len, int flags,
              PyObject **addr_out)
{
    struct io_args x;
    Py_ssize_t n;
    memset(&x, 0, sizeof(x));
    x.buf = buf;
    x.len = (size_t)len;
    x.flags = flags;
    x.with_addr = (addr_out != NULL);
    n = sock_call(s, 0, op_recv, &x);
    if (n < 0)
        return -1;
    if (addr_out != NULL) {
        *addr_out = make_sockaddr((struct sockaddr *)&x.addr, x.addrlen);
        if (*addr_out == NULL)
            return -1;
    }
    return n;
}

static PyObject *
recv_common(PySocketSockObject *s, PyObject *args, int with_addr)
{
    int len, flags = 0;
    Py_ssize_t n;
    PyObject *buf, *addr = NULL, *r;
    if (!PyArg_ParseTuple(args, with_addr ? "i|i:recvfrom" : "i|i:recv", &len, &flags))
        return NULL;
    if (len < 0) {
        PyErr_SetString(PyExc_ValueError,
                        with_addr ? "negative buffersize in recvfrom"
                                  : "negative buffersize in recv");
        return NULL;
    }
    buf = PyString_FromStringAndSize(NULL, len);
    if (buf == NULL)
        return NULL;
    n = recv_into_buf(s, PyString_AS_STRING(buf), len, flags, with_addr ? &addr : NULL);
    if (n < 0) {
        Py_DECREF(buf);
        return NULL;
    }
    if (n != len && _PyString_Resize(&buf, n) < 0) {
        Py_XDECREF(addr);
        return NULL;
    }
    if (!with_addr)
        return buf;
    r = PyTuple_Pack(2, buf, addr);
    Py_DECREF(buf);
    Py_DECREF(addr);
    return r;
}

static PyObject *
sock_recv(PySocketSockObject *s, PyObject *args)
{
    return recv_common(s, args, 0);
}

PyDoc_STRVAR(recv_doc,
"recv(buffersize[, flags]) -> data\n\
\n\
Receive up to buffersize bytes from the socket.  For the optional flags\n\
argument, see the Unix manual.  When no data is available, block until\n\
at least one byte is available or until the remote end is closed.  When\n\
the remote end is closed and all data is read, return the empty string.");

static PyObject *
sock_recvfrom(PySocketSockObject *s, PyObject *args)
{
    return recv_common(s, args, 1);
}

PyDoc_STRVAR(recvfrom_doc,
"recvfrom(buffersize[, flags]) -> (data, address info)\n\
\n\
Like recv(buffersize, flags) but also return the sender's address info.");

static PyObject *
recv_into_common(PySocketSockObject *s, PyObject *args, PyObject *kw, int with_addr)
{
    static char *kwlist[] = {"buffer", "nbytes", "flags", NULL};
    char *buf;
    Py_ssize_t buflen, n;
    int len = 0, flags = 0;
    PyObject *addr = NULL, *r;
    if (!PyArg_ParseTupleAndKeywords(args, kw,
                                     with_addr ? "w#|ii:recvfrom_into" : "w#|ii:recv_into",
                                     kwlist, &buf, &buflen, &len, &flags))
        return NULL;
    if (len < 0) {
        PyErr_SetString(PyExc_ValueError,
                        with_addr ? "negative buffersize in recvfrom_into"
                                  : "negative buffersize in recv_into");
        return NULL;
    }
    if (len == 0)
        len = buflen > 0x7fffffff ? 0x7fffffff : (int)buflen;
    if (buflen < len) {
        PyErr_SetString(PyExc_ValueError, "buffer too small for requested bytes");
        return NULL;
    }
    n = recv_into_buf(s, buf, len, flags, with_addr ? &addr : NULL);
    if (n < 0)
        return NULL;
    if (!with_addr)
        return PyInt_FromSsize_t(n);
    r = Py_BuildValue("nN", n, addr);
    return r;
}

static PyObject *
sock_recv_into(PySocketSockObject *s, PyObject *args, PyObject *kw)
{
    return recv_into_common(s, args, kw, 0);
}

PyDoc_STRVAR(recv_into_doc,
"recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\
\n\
A version of recv() that stores its data into a buffer rather than creating \n\
a new string.  Receive up to buffersize bytes from the socket.  If buffersize \n\
is not specified (or 0), receive up to the size available in the given buffer.\n\
\n\
See recv() for documentation about the flags.");

static PyObject *
sock_recvfrom_into(PySocketSockObject *s, PyObject *args, PyObject *kw)
{
    return recv_into_common(s, args, kw, 1);
}

PyDoc_STRVAR(recvfrom_into_doc,
"recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\
\n\
Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info.");

static PyObject *
sock_send(PySocketSockObject *s, PyObject *args)
{
    struct io_args x;
    const char *buf;
    Py_ssize_t len, n;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "s#|i:send", &buf, &len, &flags))
        return NULL;
    memset(&x, 0, sizeof(x));
    x.buf = (char *)buf;
    x.len = (size_t)len;
    x.flags = flags;
    n = sock_call(s, 1, op_send, &x);
    if (n < 0)
        return NULL;
    return PyInt_FromSsize_t(n);
}

PyDoc_STRVAR(send_doc,
"send(data[, flags]) -> count\n\
\n\
Send a data string to the socket.  For the optional flags\n\
argument, see the Unix manual.  Return the number of bytes\n\
sent; this may be less than len(data) if the network is busy.");

static PyObject *
sock_sendall(PySocketSockObject *s, PyObject *args)
{
    struct io_args x;
    const char *buf;
    Py_ssize_t len, n;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "s#|i:sendall", &buf, &len, &flags))
        return NULL;
    memset(&x, 0, sizeof(x));
    x.flags = flags;
    while (len > 0) {
        x.buf = (char *)buf;
        x.len = (size_t)len;
        n = sock_call(s, 1, op_send, &x);
        if (n < 0)
            return NULL;
        buf += n;
        len -= n;
        /* Long transfers from a sandbox still honour its limits. */
        if (len > 0 && is_restricted(s) && _PyEval_CheckLimits() < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

PyDoc_STRVAR(sendall_doc,
"sendall(data[, flags])\n\
\n\
Send a data string to the socket.  For the optional flags\n\
argument, see the Unix manual.  This calls send() repeatedly\n\
until all data is sent.  If an error occurs, it's impossible\n\
to tell how much data has been sent.");

static PyObject *
sock_sendto(PySocketSockObject *s, PyObject *args)
{
    struct io_args x;
    const char *buf;
    Py_ssize_t len, n;
    int flags = 0, alen;
    PyObject *addro;
    if (!PyArg_ParseTuple(args, "s#O:sendto", &buf, &len, &addro)) {
        PyErr_Clear();
        if (!PyArg_ParseTuple(args, "s#iO:sendto", &buf, &len, &flags, &addro))
            return NULL;
    }
    memset(&x, 0, sizeof(x));
    alen = get_sockaddr(s, addro, &x.addr, ADDR_CONNECT);
    if (alen < 0)
        return NULL;
    x.addrlen = (socklen_t)alen;
    x.with_addr = 1;
    x.buf = (char *)buf;
    x.len = (size_t)len;
    x.flags = flags;
    n = sock_call(s, 1, op_send, &x);
    if (n < 0)
        return NULL;
    return PyInt_FromSsize_t(n);
}

PyDoc_STRVAR(sendto_doc,
"sendto(data[, flags], address) -> count\n\
\n\
Like send(data, flags) but allows specifying the destination address.\n\
For IP sockets, the address is a pair (hostaddr, port).");

static PyObject *
sock_shutdown(PySocketSockObject *s, PyObject *arg)
{
    int how, r, err;
    how = (int)PyInt_AsLong(arg);
    if (how == -1 && PyErr_Occurred())
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = shutdown(s->sock_fd, how);
    err = errno;
    Py_END_ALLOW_THREADS
    if (r < 0)
        return raise_code(s->sock_errors, err);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(shutdown_doc,
"shutdown(flag)\n\
\n\
Shut down the reading side of the socket (flag == SHUT_RD), the writing side\n\
of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR).");

static PyMethodDef sock_methods[] = {
    {"accept", (PyCFunction)sock_accept, METH_NOARGS, accept_doc},
    {"bind", (PyCFunction)sock_bind, METH_O, bind_doc},
    {"close", (PyCFunction)sock_close, METH_NOARGS, close_doc},
    {"connect", (PyCFunction)sock_connect, METH_O, connect_doc},
    {"connect_ex", (PyCFunction)sock_connect_ex, METH_O, connect_ex_doc},
    {"dup", (PyCFunction)sock_dup, METH_NOARGS, dup_doc},
    {"fileno", (PyCFunction)sock_fileno, METH_NOARGS, fileno_doc},
    {"getpeername", (PyCFunction)sock_getpeername, METH_NOARGS, getpeername_doc},
    {"getsockname", (PyCFunction)sock_getsockname, METH_NOARGS, getsockname_doc},
    {"getsockopt", (PyCFunction)sock_getsockopt, METH_VARARGS, getsockopt_doc},
    {"gettimeout", (PyCFunction)sock_gettimeout, METH_NOARGS, gettimeout_doc},
    {"listen", (PyCFunction)sock_listen, METH_O, listen_doc},
    {"recv", (PyCFunction)sock_recv, METH_VARARGS, recv_doc},
    {"recv_into", (PyCFunction)sock_recv_into, METH_VARARGS | METH_KEYWORDS, recv_into_doc},
    {"recvfrom", (PyCFunction)sock_recvfrom, METH_VARARGS, recvfrom_doc},
    {"recvfrom_into", (PyCFunction)sock_recvfrom_into, METH_VARARGS | METH_KEYWORDS,
     recvfrom_into_doc},
    {"send", (PyCFunction)sock_send, METH_VARARGS, send_doc},
    {"sendall", (PyCFunction)sock_sendall, METH_VARARGS, sendall_doc},
    {"sendto", (PyCFunction)sock_sendto, METH_VARARGS, sendto_doc},
    {"setblocking", (PyCFunction)sock_setblocking, METH_O, setblocking_doc},
    {"settimeout", (PyCFunction)sock_settimeout, METH_O, settimeout_doc},
    {"setsockopt", (PyCFunction)sock_setsockopt, METH_VARARGS, setsockopt_doc},
    {"shutdown", (PyCFunction)sock_shutdown, METH_O, shutdown_doc},
    {NULL, NULL}
};

static PyMemberDef sock_members[] = {
    {"family", T_INT, offsetof(PySocketSockObject, sock_family), READONLY,
     "the socket family"},
    {"type", T_INT, offsetof(PySocketSockObject, sock_type), READONLY,
     "the socket type"},
    {"proto", T_INT, offsetof(PySocketSockObject, sock_proto), READONLY,
     "the socket protocol"},
    {"timeout", T_DOUBLE, offsetof(PySocketSockObject, sock_timeout), READONLY,
     "the socket timeout"},
    {NULL}
};

static void
sock_dealloc(PySocketSockObject *s)
{
    close_fd(s, 0);
    Py_XDECREF(s->sock_errors);
    s->ob_type->tp_free((PyObject *)s);
}

static PyObject *
sock_repr(PySocketSockObject *s)
{
    return PyString_FromFormat("<socket object, fd=%ld, family=%d, type=%d, protocol=%d>",
                               (long)s->sock_fd, s->sock_family, s->sock_type,
                               s->sock_proto);
}

static PyObject *
sock_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PySocketSockObject *s = (PySocketSockObject *)type->tp_alloc(type, 0);
    if (s != NULL) {
        s->sock_fd = -1;
        s->sock_timeout = -1.0;
        s->errorhandler = default_errorhandler;
        /* Methods raise through these even before __init__ has run. */
        s->sock_errors = current_errors();
        if (s->sock_errors == NULL) {
            Py_DECREF(s);
            return NULL;
        }
    }
    return (PyObject *)s;
}

static int
sandbox_socket_kind_ok(int family, int type, int proto)
{
    if (family != AF_INET && family != AF_INET6)
        return 0;
    if (type == SOCK_STREAM)
        return proto == 0 || proto == IPPROTO_TCP;
    if (type == SOCK_DGRAM)
        return proto == 0 || proto == IPPROTO_UDP;
    return 0;
}

static int
sock_init(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"family", "type", "proto", NULL};
    PySocketSockObject *s = (PySocketSockObject *)self;
    int family = AF_INET, type = SOCK_STREAM, proto = 0, fd, err;
    PyObject *errs;

    if (!PyArg_ParseTupleAndKeywords(args, kw, "|iii:socket", kwlist, &family, &type, &proto))
        return -1;
    errs = current_errors();
    if (errs == NULL)
        return -1;
    if (_PyInterpreterState_IsSandboxed()) {
        if (!sandbox_socket_kind_ok(family, type, proto)) {
            sandbox_refusal(errs);
            Py_DECREF(errs);
            return -1;
        }
        /* Calling __init__ again replaces the descriptor: release the
           old one first, so the count stays right. */
        close_fd(s, 0);
        if (sandbox_may_open(errs) < 0) {
            Py_DECREF(errs);
            return -1;
        }
    }
    else
        close_fd(s, 0);
    Py_BEGIN_ALLOW_THREADS
    fd = socket(family, type, proto);
    err = errno;
    Py_END_ALLOW_THREADS
    if (fd < 0) {
        raise_code(errs, err);
        Py_DECREF(errs);
        return -1;
    }
    init_sock(s, fd, family, type, proto, errs);
    Py_DECREF(errs);
    return 0;
}

PyDoc_STRVAR(sock_doc,
"socket([family[, type[, proto]]]) -> socket object\n\
\n\
Open a socket of the given type.  The family argument specifies the\n\
address family; it defaults to AF_INET.  The type argument specifies\n\
whether this is a stream (SOCK_STREAM, this is the default)\n\
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n\
specifying the default protocol.  Keyword arguments are accepted.\n\
\n\
A socket object represents one endpoint of a network connection.\n\
\n\
Methods of socket objects (keyword arguments not allowed):\n\
\n\
accept() -- accept a connection, returning new socket and client address\n\
bind(addr) -- bind the socket to a local address\n\
close() -- close the socket\n\
connect(addr) -- connect the socket to a remote address\n\
connect_ex(addr) -- connect, return an error code instead of an exception\n\
dup() -- return a new socket object identical to the current one [*]\n\
fileno() -- return underlying file descriptor\n\
getpeername() -- return remote address [*]\n\
getsockname() -- return local address\n\
getsockopt(level, optname[, buflen]) -- get socket options\n\
gettimeout() -- return timeout or None\n\
listen(n) -- start listening for incoming connections\n\
makefile([mode, [bufsize]]) -- return a file object for the socket [*]\n\
recv(buflen[, flags]) -- receive data\n\
recv_into(buffer[, nbytes[, flags]]) -- receive data (into a buffer)\n\
recvfrom(buflen[, flags]) -- receive data and sender's address\n\
recvfrom_into(buffer[, nbytes, [, flags])\n\
  -- receive data and sender's address (into a buffer)\n\
sendall(data[, flags]) -- send all data\n\
send(data[, flags]) -- send data, may not send all of it\n\
sendto(data[, flags], addr) -- send data to a given address\n\
setblocking(0 | 1) -- set or clear the blocking I/O flag\n\
setsockopt(level, optname, value) -- set socket options\n\
settimeout(None | float) -- set or clear the timeout\n\
shutdown(how) -- shut down traffic in one or both directions\n\
\n\
 [*] not available on all platforms!");

static PyTypeObject sock_type = {
    PyObject_HEAD_INIT(NULL)
    0,                                  /* ob_size */
    "_socket.socket",                   /* tp_name */
    sizeof(PySocketSockObject),         /* tp_basicsize */
    0,                                  /* tp_itemsize */
    (destructor)sock_dealloc,           /* tp_dealloc */
    0,                                  /* tp_print */
    0,                                  /* tp_getattr */
    0,                                  /* tp_setattr */
    0,                                  /* tp_compare */
    (reprfunc)sock_repr,                /* tp_repr */
    0,                                  /* tp_as_number */
    0,                                  /* tp_as_sequence */
    0,                                  /* tp_as_mapping */
    0,                                  /* tp_hash */
    0,                                  /* tp_call */
    0,                                  /* tp_str */
    PyObject_GenericGetAttr,            /* tp_getattro */
    0,                                  /* tp_setattro */
    0,                                  /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, /* tp_flags */
    sock_doc,                           /* tp_doc */
    0,                                  /* tp_traverse */
    0,                                  /* tp_clear */
    0,                                  /* tp_richcompare */
    0,                                  /* tp_weaklistoffset */
    0,                                  /* tp_iter */
    0,                                  /* tp_iternext */
    sock_methods,                       /* tp_methods */
    sock_members,                       /* tp_members */
    0,                                  /* tp_getset */
    0,                                  /* tp_base */
    0,                                  /* tp_dict */
    0,                                  /* tp_descr_get */
    0,                                  /* tp_descr_set */
    0,                                  /* tp_dictoffset */
    sock_init,                          /* tp_init */
    PyType_GenericAlloc,                /* tp_alloc */
    sock_new,                           /* tp_new */
    PyObject_Del,                       /* tp_free */
};

/* For the select module: the descriptor of a socket object, or of the
   socket inside a Lib/socket.py wrapper (its `_sock`).  1 with *fd set;
   0 if `o` is not a socket; -1 with an exception set. */
int
_PySocket_GetFd(PyObject *o, int *fd)
{
    if (!PyObject_TypeCheck(o, &sock_type)) {
        PyObject *inner;
        if (PyInt_Check(o) || PyLong_Check(o))
            return 0;
        inner = PyObject_GetAttrString(o, "_sock");
        if (inner == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError))
                return -1;
            PyErr_Clear();
            return 0;
        }
        if (!PyObject_TypeCheck(inner, &sock_type)) {
            Py_DECREF(inner);
            return 0;
        }
        *fd = ((PySocketSockObject *)inner)->sock_fd;
        Py_DECREF(inner);
        return 1;
    }
    *fd = ((PySocketSockObject *)o)->sock_fd;
    return 1;
}

/* ------------------------------------------------------------------ */
/* Module functions.  `self` is the interpreter's exception tuple. */

static PyObject *
socket_gethostname(PyObject *errs, PyObject *unused)
{
    char buf[1024];
    int r;
    if (sandbox_refuses(errs))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = gethostname(buf, sizeof(buf) - 1);
    Py_END_ALLOW_THREADS
    if (r < 0)
        return raise_errno(errs);
    buf[sizeof(buf) - 1] = '\0';
    return PyString_FromString(buf);
}

PyDoc_STRVAR(gethostname_doc,
"gethostname() -> string\n\
\n\
Return the current host name.");

static PyObject *
socket_gethostbyname(PyObject *errs, PyObject *args)
{
    char *name;
    struct sockaddr_storage addr;
    if (!PyArg_ParseTuple(args, "s:gethostbyname", &name))
        return NULL;
    if (sandbox_resolve_ok(errs, name, -1) < 0)
        return NULL;
    if (set_ipaddr(errs, name, &addr, AF_INET) < 0)
        return NULL;
    return address_string((struct sockaddr *)&addr);
}

PyDoc_STRVAR(gethostbyname_doc,
"gethostbyname(host) -> address\n\
\n\
Return the IP address (a string of the form '255.255.255.255') for a host.");

/* (name, aliases, addresses) from a hostent (2.5's gethost_common). */
static PyObject *
hostent_tuple(PyObject *errs, struct hostent *h, int herr)
{
    PyObject *aliases = NULL, *addrs = NULL, *r = NULL;
    char **p;
    if (h == NULL)
        return raise_herror(errs, herr);
    if ((aliases = PyList_New(0)) == NULL || (addrs = PyList_New(0)) == NULL)
        goto done;
    for (p = h->h_aliases; p != NULL && *p != NULL; p++) {
        PyObject *a = PyString_FromString(*p);
        if (a == NULL || PyList_Append(aliases, a) < 0) {
            Py_XDECREF(a);
            goto done;
        }
        Py_DECREF(a);
    }
    for (p = h->h_addr_list; p != NULL && *p != NULL; p++) {
        char buf[INET6_ADDRSTRLEN + 1];
        PyObject *a;
        if ((h->h_addrtype != AF_INET && h->h_addrtype != AF_INET6) ||
            inet_ntop(h->h_addrtype, *p, buf, sizeof(buf)) == NULL) {
            raise_code(errs, EAFNOSUPPORT);
            goto done;
        }
        a = PyString_FromString(buf);
        if (a == NULL || PyList_Append(addrs, a) < 0) {
            Py_XDECREF(a);
            goto done;
        }
        Py_DECREF(a);
    }
    r = Py_BuildValue("sOO", h->h_name, aliases, addrs);
done:
    Py_XDECREF(aliases);
    Py_XDECREF(addrs);
    return r;
}

#define HOSTENT_BUFSIZE 16384

static PyObject *
socket_gethostbyname_ex(PyObject *errs, PyObject *args)
{
    char *name, *buf;
    struct sockaddr_storage addr;
    struct hostent hbuf, *h = NULL;
    int herr = 0;
    PyObject *r;
    if (!PyArg_ParseTuple(args, "s:gethostbyname_ex", &name))
        return NULL;
    if (sandbox_resolve_ok(errs, name, -1) < 0)
        return NULL;
    if (set_ipaddr(errs, name, &addr, AF_INET) < 0)
        return NULL;
    buf = (char *)PyMem_Malloc(HOSTENT_BUFSIZE);
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_BEGIN_ALLOW_THREADS
    gethostbyname_r(name, &hbuf, buf, HOSTENT_BUFSIZE, &h, &herr);
    Py_END_ALLOW_THREADS
    r = hostent_tuple(errs, h, herr);
    PyMem_Free(buf);
    return r;
}

PyDoc_STRVAR(gethostbyname_ex_doc,
"gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\
\n\
Return the true host name, a list of aliases, and a list of IP addresses,\n\
for a host.  The host argument is a string giving a host name or IP number.");

static PyObject *
socket_gethostbyaddr(PyObject *errs, PyObject *args)
{
    char *name, *buf;
    struct sockaddr_storage addr;
    struct hostent hbuf, *h = NULL;
    int herr = 0, af;
    const void *raw;
    socklen_t rawlen;
    PyObject *r;
    if (!PyArg_ParseTuple(args, "s:gethostbyaddr", &name))
        return NULL;
    /* A reverse lookup is traffic too: only for granted hosts. */
    if (_PyInterpreterState_IsSandboxed() && !name_granted(name, -1))
        return sandbox_refusal(errs);
    if (set_ipaddr(errs, name, &addr, AF_UNSPEC) < 0)
        return NULL;
    af = ((struct sockaddr *)&addr)->sa_family;
    if (af == AF_INET) {
        raw = &((struct sockaddr_in *)&addr)->sin_addr;
        rawlen = 4;
    }
    else if (af == AF_INET6) {
        raw = &((struct sockaddr_in6 *)&addr)->sin6_addr;
        rawlen = 16;
    }
    else
        return raise_msg(errs, ERR_ERROR, "unsupported address family");
    buf = (char *)PyMem_Malloc(HOSTENT_BUFSIZE);
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_BEGIN_ALLOW_THREADS
    gethostbyaddr_r(raw, rawlen, af, &hbuf, buf, HOSTENT_BUFSIZE, &h, &herr);
    Py_END_ALLOW_THREADS
    r = hostent_tuple(errs, h, herr);
    PyMem_Free(buf);
    return r;
}

PyDoc_STRVAR(gethostbyaddr_doc,
"gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\
\n\
Return the true host name, a list of aliases, and a list of IP addresses,\n\
for a host.  The host argument is a string giving a host name or IP number.");

static PyObject *
socket_getservbyname(PyObject *errs, PyObject *args)
{
    char *name, *proto = NULL;
    struct servent sbuf, *sp = NULL;
    char buf[4096];
    if (!PyArg_ParseTuple(args, "s|s:getservbyname", &name, &proto))
        return NULL;
    if (sandbox_refuses(errs))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    getservbyname_r(name, proto, &sbuf, buf, sizeof(buf), &sp);
    Py_END_ALLOW_THREADS
    if (sp == NULL)
        return raise_msg(errs, ERR_ERROR, "service/proto not found");
    return PyInt_FromLong((long)ntohs(sp->s_port));
}

PyDoc_STRVAR(getservbyname_doc,
"getservbyname(servicename[, protocolname]) -> integer\n\
\n\
Return a port number from a service name and protocol name.\n\
The optional protocol name, if given, should be 'tcp' or 'udp',\n\
otherwise any protocol will match.");

static PyObject *
socket_getservbyport(PyObject *errs, PyObject *args)
{
    int port;
    char *proto = NULL;
    struct servent sbuf, *sp = NULL;
    char buf[4096];
    if (!PyArg_ParseTuple(args, "i|s:getservbyport", &port, &proto))
        return NULL;
    if (port < 0 || port > 0xffff) {
        PyErr_SetString(PyExc_OverflowError, "getservbyport: port must be 0-65535.");
        return NULL;
    }
    if (sandbox_refuses(errs))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    getservbyport_r(htons((unsigned short)port), proto, &sbuf, buf, sizeof(buf), &sp);
    Py_END_ALLOW_THREADS
    if (sp == NULL)
        return raise_msg(errs, ERR_ERROR, "port/proto not found");
    return PyString_FromString(sp->s_name);
}

PyDoc_STRVAR(getservbyport_doc,
"getservbyport(port[, protocolname]) -> string\n\
\n\
Return the service name from a port number and protocol name.\n\
The optional protocol name, if given, should be 'tcp' or 'udp',\n\
otherwise any protocol will match.");

static PyObject *
socket_getprotobyname(PyObject *errs, PyObject *args)
{
    char *name;
    struct protoent pbuf, *pp = NULL;
    char buf[4096];
    if (!PyArg_ParseTuple(args, "s:getprotobyname", &name))
        return NULL;
    if (sandbox_refuses(errs))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    getprotobyname_r(name, &pbuf, buf, sizeof(buf), &pp);
    Py_END_ALLOW_THREADS
    if (pp == NULL)
        return raise_msg(errs, ERR_ERROR, "protocol not found");
    return PyInt_FromLong((long)pp->p_proto);
}

PyDoc_STRVAR(getprotobyname_doc,
"getprotobyname(name) -> integer\n\
\n\
Return the protocol number for the named protocol.  (Rarely used.)");

static PyObject *
socket_fromfd(PyObject *errs, PyObject *args)
{
    int fd, family, type, proto = 0, newfd;
    PyObject *r;
    if (!PyArg_ParseTuple(args, "iii|i:fromfd", &fd, &family, &type, &proto))
        return NULL;
    if (sandbox_refuses(errs))
        return NULL;
    newfd = dup(fd);
    if (newfd < 0)
        return raise_errno(errs);
    r = (PyObject *)new_sock(newfd, family, type, proto, errs);
    if (r == NULL)
        close(newfd);
    return r;
}

PyDoc_STRVAR(fromfd_doc,
"fromfd(fd, family, type[, proto]) -> socket object\n\
\n\
Create a socket object from a duplicate of the given\n\
file descriptor.\n\
The remaining arguments are the same as for socket().");

static PyObject *
socket_socketpair(PyObject *errs, PyObject *args)
{
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0, sv[2];
    PySocketSockObject *a, *b;
    PyObject *r;
    if (!PyArg_ParseTuple(args, "|iii:socketpair", &family, &type, &proto))
        return NULL;
    if (sandbox_refuses(errs))
        return NULL;
    if (socketpair(family, type, proto, sv) < 0)
        return raise_errno(errs);
    a = new_sock(sv[0], family, type, proto, errs);
    if (a == NULL) {
        close(sv[0]);
        close(sv[1]);
        return NULL;
    }
    b = new_sock(sv[1], family, type, proto, errs);
    if (b == NULL) {
        Py_DECREF(a);
        close(sv[1]);
        return NULL;
    }
    r = PyTuple_Pack(2, (PyObject *)a, (PyObject *)b);
    Py_DECREF(a);
    Py_DECREF(b);
    return r;
}

PyDoc_STRVAR(socketpair_doc,
"socketpair([family[, type[, proto]]]) -> (socket object, socket object)\n\
\n\
Create a pair of socket objects from the sockets returned by the platform\n\
socketpair() function.\n\
The arguments are the same as for socket() except the default family is\n\
AF_UNIX if defined on the platform; otherwise, the default is AF_INET.");

static PyObject *
socket_ntohs(PyObject *errs, PyObject *args)
{
    int x;
    if (!PyArg_ParseTuple(args, "i:ntohs", &x))
        return NULL;
    return PyInt_FromLong((long)ntohs((unsigned short)x));
}

PyDoc_STRVAR(ntohs_doc,
"ntohs(integer) -> integer\n\
\n\
Convert a 16-bit integer from network to host byte order.");

static PyObject *
socket_htons(PyObject *errs, PyObject *args)
{
    int x;
    if (!PyArg_ParseTuple(args, "i:htons", &x))
        return NULL;
    return PyInt_FromLong((long)htons((unsigned short)x));
}

PyDoc_STRVAR(htons_doc,
"htons(integer) -> integer\n\
\n\
Convert a 16-bit integer from host to network byte order.");

/* The 32-bit argument of ntohl/htonl: an int, or a long that fits. */
static int
u32_arg(PyObject *arg, unsigned long *out)
{
    unsigned long x;
    if (PyInt_Check(arg)) {
        x = (unsigned long)PyInt_AS_LONG(arg);
    }
    else if (PyLong_Check(arg)) {
        x = PyLong_AsUnsignedLong(arg);
        if (x == (unsigned long)-1 && PyErr_Occurred())
            return -1;
#if SIZEOF_LONG > 4
        if (x & ~0xFFFFFFFFUL) {
            PyErr_SetString(PyExc_OverflowError, "long int larger than 32 bits");
            return -1;
        }
#endif
    }
    else {
        PyErr_Format(PyExc_TypeError, "expected int/long, %s found", arg->ob_type->tp_name);
        return -1;
    }
    *out = x & 0xFFFFFFFFUL;
    return 0;
}

static PyObject *
socket_ntohl(PyObject *errs, PyObject *arg)
{
    unsigned long x;
    if (u32_arg(arg, &x) < 0)
        return NULL;
    return PyLong_FromUnsignedLong((unsigned long)ntohl((uint32_t)x));
}

PyDoc_STRVAR(ntohl_doc,
"ntohl(integer) -> integer\n\
\n\
Convert a 32-bit integer from network to host byte order.");

static PyObject *
socket_htonl(PyObject *errs, PyObject *arg)
{
    unsigned long x;
    if (u32_arg(arg, &x) < 0)
        return NULL;
    return PyLong_FromUnsignedLong((unsigned long)htonl((uint32_t)x));
}

PyDoc_STRVAR(htonl_doc,
"htonl(integer) -> integer\n\
\n\
Convert a 32-bit integer from host to network byte order.");

static PyObject *
socket_inet_aton(PyObject *errs, PyObject *args)
{
    char *ip;
    struct in_addr a;
    if (!PyArg_ParseTuple(args, "s:inet_aton", &ip))
        return NULL;
    if (inet_aton(ip, &a) == 0)
        return raise_msg(errs, ERR_ERROR, "illegal IP address string passed to inet_aton");
    return PyString_FromStringAndSize((char *)&a, sizeof(a));
}

PyDoc_STRVAR(inet_aton_doc,
"inet_aton(string) -> packed 32-bit IP representation\n\
\n\
Convert an IP address in string format (123.45.67.89) to the 32-bit packed\n\
binary format used in low-level network functions.");

static PyObject *
socket_inet_ntoa(PyObject *errs, PyObject *args)
{
    char *packed;
    Py_ssize_t len;
    char buf[INET_ADDRSTRLEN + 1];
    if (!PyArg_ParseTuple(args, "s#:inet_ntoa", &packed, &len))
        return NULL;
    if (len != 4)
        return raise_msg(errs, ERR_ERROR, "packed IP wrong length for inet_ntoa");
    if (inet_ntop(AF_INET, packed, buf, sizeof(buf)) == NULL)
        return raise_errno(errs);
    return PyString_FromString(buf);
}

PyDoc_STRVAR(inet_ntoa_doc,
"inet_ntoa(packed_ip) -> ip_address_string\n\
\n\
Convert an IP address from 32-bit packed binary format to string format");

static PyObject *
socket_inet_pton(PyObject *errs, PyObject *args)
{
    int af, r;
    char *ip;
    unsigned char packed[16];
    if (!PyArg_ParseTuple(args, "is:inet_pton", &af, &ip))
        return NULL;
    r = inet_pton(af, ip, packed);
    if (r < 0)
        return raise_errno(errs);
    if (r == 0)
        return raise_msg(errs, ERR_ERROR, "illegal IP address string passed to inet_pton");
    if (af == AF_INET)
        return PyString_FromStringAndSize((char *)packed, 4);
    if (af == AF_INET6)
        return PyString_FromStringAndSize((char *)packed, 16);
    return raise_msg(errs, ERR_ERROR, "unknown address family");
}

PyDoc_STRVAR(inet_pton_doc,
"inet_pton(af, ip) -> packed IP address string\n\
\n\
Convert an IP address from string format to a packed string suitable\n\
for use with low-level network functions.");

static PyObject *
socket_inet_ntop(PyObject *errs, PyObject *args)
{
    int af;
    char *packed;
    Py_ssize_t len;
    char buf[INET6_ADDRSTRLEN + 1];
    if (!PyArg_ParseTuple(args, "is#:inet_ntop", &af, &packed, &len))
        return NULL;
    if (af == AF_INET) {
        if (len != 4) {
            PyErr_SetString(PyExc_ValueError, "invalid length of packed IP address string");
            return NULL;
        }
    }
    else if (af == AF_INET6) {
        if (len != 16) {
            PyErr_SetString(PyExc_ValueError, "invalid length of packed IP address string");
            return NULL;
        }
    }
    else {
        PyErr_Format(PyExc_ValueError, "unknown address family %d", af);
        return NULL;
    }
    if (inet_ntop(af, packed, buf, sizeof(buf)) == NULL)
        return raise_errno(errs);
    return PyString_FromString(buf);
}

PyDoc_STRVAR(inet_ntop_doc,
"inet_ntop(af, packed_ip) -> string formatted IP address\n\
\n\
Convert a packed IP address of the given family to string format.");

/* Is `s` all decimal digits (a numeric service)? */
static int
all_digits(const char *s)
{
    if (*s == '\0')
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

static PyObject *
socket_getaddrinfo(PyObject *errs, PyObject *args)
{
    PyObject *hobj, *pobj, *host = NULL, *list = NULL;
    int family = AF_UNSPEC, socktype = 0, protocol = 0, flags = 0, error;
    const char *hptr = NULL, *pptr = NULL;
    char pbuf[32];
    struct addrinfo hints, *res0 = NULL, *res;

    if (!PyArg_ParseTuple(args, "OO|iiii:getaddrinfo", &hobj, &pobj, &family,
                          &socktype, &protocol, &flags))
        return NULL;
    if (hobj != Py_None) {
        if (!PyString_Check(hobj) && !PyUnicode_Check(hobj)) {
            PyErr_SetString(PyExc_TypeError, "getaddrinfo() argument 1 must be string or None");
            return NULL;
        }
        host = host_string(hobj, "getaddrinfo", 1);
        if (host == NULL)
            return NULL;
        hptr = PyString_AS_STRING(host);
    }
    if (PyInt_Check(pobj)) {
        PyOS_snprintf(pbuf, sizeof(pbuf), "%ld", PyInt_AsLong(pobj));
        pptr = pbuf;
    }
    else if (PyString_Check(pobj))
        pptr = PyString_AS_STRING(pobj);
    else if (pobj != Py_None) {
        raise_msg(errs, ERR_ERROR, "Int or String expected");
        goto done;
    }
    if (_PyInterpreterState_IsSandboxed()) {
        /* Named services come from the host's services database. */
        if (pptr != NULL && !all_digits(pptr)) {
            sandbox_refusal(errs);
            goto done;
        }
        if (hptr != NULL &&
            sandbox_resolve_ok(errs, hptr, pptr != NULL ? atoi(pptr) : -1) < 0)
            goto done;
    }
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = flags;
    if (hptr != NULL && _PyInterpreterState_IsSandboxed() && is_literal_address(hptr))
        hints.ai_flags |= AI_NUMERICHOST;
    Py_BEGIN_ALLOW_THREADS
    error = getaddrinfo(hptr, pptr, &hints, &res0);
    Py_END_ALLOW_THREADS
    if (error) {
        raise_gai(errs, error);
        goto done;
    }
    list = PyList_New(0);
    if (list == NULL)
        goto done;
    for (res = res0; res != NULL; res = res->ai_next) {
        PyObject *addr = make_sockaddr(res->ai_addr, res->ai_addrlen), *item;
        if (addr == NULL)
            goto fail;
        item = Py_BuildValue("iiisO", res->ai_family, res->ai_socktype, res->ai_protocol,
                             res->ai_canonname ? res->ai_canonname : "", addr);
        Py_DECREF(addr);
        if (item == NULL || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            goto fail;
        }
        Py_DECREF(item);
    }
    goto done;
fail:
    Py_CLEAR(list);
done:
    if (res0 != NULL)
        freeaddrinfo(res0);
    Py_XDECREF(host);
    return list;
}

PyDoc_STRVAR(getaddrinfo_doc,
"getaddrinfo(host, port [, family, socktype, proto, flags])\n\
    -> list of (family, socktype, proto, canonname, sockaddr)\n\
\n\
Resolve host and port into addrinfo struct.");

static PyObject *
socket_getnameinfo(PyObject *errs, PyObject *args)
{
    PyObject *sa;
    char *hostp, pbuf[32], hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    int port, flowinfo = 0, scope_id = 0, flags, error;
    struct addrinfo hints, *res = NULL;
    PyObject *r = NULL;

    if (!PyArg_ParseTuple(args, "Oi:getnameinfo", &sa, &flags))
        return NULL;
    if (!PyTuple_Check(sa)) {
        PyErr_SetString(PyExc_TypeError, "getnameinfo() argument 1 must be a tuple");
        return NULL;
    }
    if (!PyArg_ParseTuple(sa, "si|ii", &hostp, &port, &flowinfo, &scope_id))
        return NULL;
    if (_PyInterpreterState_IsSandboxed()) {
        /* Reverse lookups of ungranted hosts and the services database
           are refused. */
        if (!(flags & NI_NUMERICSERV) ||
            (!(flags & NI_NUMERICHOST) && !name_granted(hostp, -1)))
            return sandbox_refusal(errs);
    }
    PyOS_snprintf(pbuf, sizeof(pbuf), "%d", port);
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    Py_BEGIN_ALLOW_THREADS
    error = getaddrinfo(hostp, pbuf, &hints, &res);
    Py_END_ALLOW_THREADS
    if (error)
        return raise_gai(errs, error);
    if (res->ai_next != NULL) {
        raise_msg(errs, ERR_ERROR, "sockaddr resolved to multiple addresses");
        goto done;
    }
    if (res->ai_family == AF_INET) {
        if (PyTuple_GET_SIZE(sa) != 2) {
            raise_msg(errs, ERR_ERROR, "IPv4 sockaddr must be 2 tuple");
            goto done;
        }
    }
    else if (res->ai_family == AF_INET6) {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)res->ai_addr;
        sin6->sin6_flowinfo = htonl((uint32_t)flowinfo);
        sin6->sin6_scope_id = (uint32_t)scope_id;
    }
    Py_BEGIN_ALLOW_THREADS
    error = getnameinfo(res->ai_addr, res->ai_addrlen, hbuf, sizeof(hbuf), sbuf,
                        sizeof(sbuf), flags);
    Py_END_ALLOW_THREADS
    if (error) {
        raise_gai(errs, error);
        goto done;
    }
    r = Py_BuildValue("ss", hbuf, sbuf);
done:
    freeaddrinfo(res);
    return r;
}

PyDoc_STRVAR(getnameinfo_doc,
"getnameinfo(sockaddr, flags) --> (host, port)\n\
\n\
Get host and port for a sockaddr.");

static PyObject *
socket_getdefaulttimeout(PyObject *errs, PyObject *unused)
{
    double t = get_default_timeout();
    if (t < 0.0)
        Py_RETURN_NONE;
    return PyFloat_FromDouble(t);
}

PyDoc_STRVAR(getdefaulttimeout_doc,
"getdefaulttimeout() -> timeout\n\
\n\
Returns the default timeout in floating seconds for new socket objects.\n\
A value of None indicates that new socket objects have no timeout.\n\
When the socket module is first imported, the default is None.");

static PyObject *
socket_setdefaulttimeout(PyObject *errs, PyObject *arg)
{
    double t;
    if (timeout_arg(arg, &t) < 0)
        return NULL;
    set_default_timeout(t);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(setdefaulttimeout_doc,
"setdefaulttimeout(timeout)\n\
\n\
Set the default timeout in floating seconds for new socket objects.\n\
A value of None indicates that new socket objects have no timeout.\n\
When the socket module is first imported, the default is None.");

static PyMethodDef socket_functions[] = {
    {"gethostbyname", socket_gethostbyname, METH_VARARGS, gethostbyname_doc},
    {"gethostbyname_ex", socket_gethostbyname_ex, METH_VARARGS, gethostbyname_ex_doc},
    {"gethostbyaddr", socket_gethostbyaddr, METH_VARARGS, gethostbyaddr_doc},
    {"gethostname", socket_gethostname, METH_NOARGS, gethostname_doc},
    {"getservbyname", socket_getservbyname, METH_VARARGS, getservbyname_doc},
    {"getservbyport", socket_getservbyport, METH_VARARGS, getservbyport_doc},
    {"getprotobyname", socket_getprotobyname, METH_VARARGS, getprotobyname_doc},
    {"fromfd", socket_fromfd, METH_VARARGS, fromfd_doc},
    {"socketpair", socket_socketpair, METH_VARARGS, socketpair_doc},
    {"ntohs", socket_ntohs, METH_VARARGS, ntohs_doc},
    {"ntohl", socket_ntohl, METH_O, ntohl_doc},
    {"htons", socket_htons, METH_VARARGS, htons_doc},
    {"htonl", socket_htonl, METH_O, htonl_doc},
    {"inet_aton", socket_inet_aton, METH_VARARGS, inet_aton_doc},
    {"inet_ntoa", socket_inet_ntoa, METH_VARARGS, inet_ntoa_doc},
    {"inet_pton", socket_inet_pton, METH_VARARGS, inet_pton_doc},
    {"inet_ntop", socket_inet_ntop, METH_VARARGS, inet_ntop_doc},
    {"getaddrinfo", socket_getaddrinfo, METH_VARARGS, getaddrinfo_doc},
    {"getnameinfo", socket_getnameinfo, METH_VARARGS, getnameinfo_doc},
    {"getdefaulttimeout", socket_getdefaulttimeout, METH_NOARGS, getdefaulttimeout_doc},
    {"setdefaulttimeout", socket_setdefaulttimeout, METH_O, setdefaulttimeout_doc},
    {NULL, NULL}
};

PyDoc_STRVAR(socket_doc,
"Implementation module for socket operations.\n\
\n\
See the socket module for documentation.");

/* ------------------------------------------------------------------ */
/* Module initialisation */

typedef struct {
    const char *name;
    long value;
} int_constant;

#define C(name) {#name, (long)(name)}

/* 2.5 exported these even where the headers lack them. */
#ifndef SOL_IP
#define SOL_IP 0
#endif
#ifndef SOL_TCP
#define SOL_TCP 6
#endif
#ifndef SOL_UDP
#define SOL_UDP 17
#endif

static const int_constant socket_constants[] = {
    C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX),
#ifdef AF_APPLETALK
    C(AF_APPLETALK),
#endif
#ifdef AF_IPX
    C(AF_IPX),
#endif
#ifdef AF_NETLINK
    C(AF_NETLINK),
#endif
#ifdef AF_PACKET
    C(AF_PACKET),
#endif
#ifdef AF_ROUTE
    C(AF_ROUTE),
#endif
#ifdef AF_KEY
    C(AF_KEY),
#endif
#ifdef AF_SNA
    C(AF_SNA),
#endif
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_SEQPACKET), C(SOCK_RDM),
    C(SO_DEBUG), C(SO_ACCEPTCONN), C(SO_REUSEADDR), C(SO_KEEPALIVE), C(SO_DONTROUTE),
    C(SO_BROADCAST), C(SO_LINGER), C(SO_OOBINLINE), C(SO_SNDBUF), C(SO_RCVBUF),
    C(SO_SNDLOWAT), C(SO_RCVLOWAT), C(SO_SNDTIMEO), C(SO_RCVTIMEO), C(SO_ERROR),
    C(SO_TYPE),
    C(SOMAXCONN),
    C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_EOR),
    C(MSG_TRUNC), C(MSG_CTRUNC), C(MSG_WAITALL),
    C(SOL_SOCKET), C(SOL_IP), C(SOL_TCP), C(SOL_UDP),
    C(IPPROTO_IP), C(IPPROTO_HOPOPTS), C(IPPROTO_ICMP), C(IPPROTO_IGMP),
    C(IPPROTO_IPIP), C(IPPROTO_TCP), C(IPPROTO_EGP), C(IPPROTO_PUP), C(IPPROTO_UDP),
    C(IPPROTO_IDP), C(IPPROTO_TP), C(IPPROTO_IPV6), C(IPPROTO_ROUTING),
    C(IPPROTO_FRAGMENT), C(IPPROTO_RSVP), C(IPPROTO_GRE), C(IPPROTO_ESP), C(IPPROTO_AH),
    C(IPPROTO_ICMPV6), C(IPPROTO_NONE), C(IPPROTO_DSTOPTS), C(IPPROTO_PIM), C(IPPROTO_RAW),
    {"IPPORT_RESERVED", 1024}, {"IPPORT_USERRESERVED", 5000},
    C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_UNSPEC_GROUP),
    C(INADDR_ALLHOSTS_GROUP), C(INADDR_MAX_LOCAL_GROUP), C(INADDR_NONE),
    C(IP_OPTIONS), C(IP_RECVOPTS), C(IP_RECVRETOPTS), C(IP_RETOPTS), C(IP_TOS), C(IP_TTL),
    C(IP_HDRINCL), C(IP_MULTICAST_IF), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP),
    C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP),
    C(IP_DEFAULT_MULTICAST_TTL), C(IP_DEFAULT_MULTICAST_LOOP), C(IP_MAX_MEMBERSHIPS),
    C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP), C(IPV6_MULTICAST_HOPS), C(IPV6_MULTICAST_IF),
    C(IPV6_MULTICAST_LOOP), C(IPV6_UNICAST_HOPS), C(IPV6_V6ONLY), C(IPV6_CHECKSUM),
    C(IPV6_DSTOPTS), C(IPV6_HOPLIMIT), C(IPV6_HOPOPTS), C(IPV6_NEXTHOP),
    C(IPV6_PKTINFO), C(IPV6_RECVDSTOPTS), C(IPV6_RECVHOPLIMIT), C(IPV6_RECVHOPOPTS),
    C(IPV6_RECVPKTINFO), C(IPV6_RECVRTHDR), C(IPV6_RECVTCLASS), C(IPV6_RTHDR),
    C(IPV6_RTHDRDSTOPTS), C(IPV6_RTHDR_TYPE_0), C(IPV6_RECVPATHMTU), C(IPV6_TCLASS),
    C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL),
    C(TCP_KEEPCNT), C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_DEFER_ACCEPT),
    C(TCP_WINDOW_CLAMP), C(TCP_INFO), C(TCP_QUICKACK),
    C(EAI_ADDRFAMILY), C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY),
    C(EAI_MEMORY), C(EAI_NODATA), C(EAI_NONAME), C(EAI_SERVICE), C(EAI_SOCKTYPE),
    C(EAI_SYSTEM), C(EAI_OVERFLOW),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV),
    C(AI_ALL), C(AI_V4MAPPED), C(AI_ADDRCONFIG),
    C(NI_MAXHOST), C(NI_MAXSERV), C(NI_NOFQDN), C(NI_NUMERICHOST), C(NI_NAMEREQD),
    C(NI_NUMERICSERV), C(NI_DGRAM),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    {NULL, 0}
};

#undef C

PyMODINIT_FUNC
init_socket(void)
{
    PyObject *m, *errs;
    const int_constant *c;

    if (PyType_Ready(&sock_type) < 0)
        return;
    errs = make_errors();
    if (errs == NULL)
        return;
    m = Py_InitModule4("_socket", socket_functions, socket_doc, errs, PYTHON_API_VERSION);
    if (m == NULL) {
        Py_DECREF(errs);
        return;
    }
    Py_INCREF(EXC(errs, ERR_ERROR));
    PyModule_AddObject(m, "error", EXC(errs, ERR_ERROR));
    Py_INCREF(EXC(errs, ERR_HERROR));
    PyModule_AddObject(m, "herror", EXC(errs, ERR_HERROR));
    Py_INCREF(EXC(errs, ERR_GAIERROR));
    PyModule_AddObject(m, "gaierror", EXC(errs, ERR_GAIERROR));
    Py_INCREF(EXC(errs, ERR_TIMEOUT));
    PyModule_AddObject(m, "timeout", EXC(errs, ERR_TIMEOUT));
    Py_DECREF(errs);
    Py_INCREF(&sock_type);
    PyModule_AddObject(m, "SocketType", (PyObject *)&sock_type);
    Py_INCREF(&sock_type);
    PyModule_AddObject(m, "socket", (PyObject *)&sock_type);
    Py_INCREF(Py_True);
    PyModule_AddObject(m, "has_ipv6", Py_True);
    for (c = socket_constants; c->name != NULL; c++)
        PyModule_AddIntConstant(m, c->name, c->value);
}
