# Wrapper module for _socket, providing some additional facilities
# implemented in Python.

"""\
This module provides socket operations and some related functions.
On Unix, it supports IP (Internet Protocol) and Unix domain sockets.
On other systems, it only supports IP. Functions specific for a
socket are available as methods of the socket object.

Functions:

socket() -- create a new socket object
socketpair() -- create a pair of new socket objects [*]
fromfd() -- create a socket object from an open file descriptor [*]
gethostname() -- return the current hostname
gethostbyname() -- map a hostname to its IP number
gethostbyaddr() -- map an IP number or hostname to DNS info
getservbyname() -- map a service name and a protocol name to a port number
getprotobyname() -- mape a protocol name (e.g. 'tcp') to a number
ntohs(), ntohl() -- convert 16, 32 bit int from network to host byte order
htons(), htonl() -- convert 16, 32 bit int from host to network byte order
inet_aton() -- convert IP addr string (123.45.67.89) to 32-bit packed format
inet_ntoa() -- convert 32-bit packed format IP to string (123.45.67.89)
getdefaulttimeout() -- get the default timeout value
setdefaulttimeout() -- set the default timeout value

 [*] not available on all platforms!

Special objects:

SocketType -- type object for socket objects
error -- exception raised for I/O errors
has_ipv6 -- boolean value indicating if IPv6 is supported

Integer constants:

AF_INET, AF_UNIX -- socket domains (first argument to socket() call)
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW -- socket types (second argument)

Many other constants may be defined; these may be used in calls to
the setsockopt() and getsockopt() methods.
"""

import _socket
from _socket import *

import sys

# Only errno's value is needed; a sandbox may not be allowed errno.
try:
    from errno import EBADF
except ImportError:
    EBADF = 9

__all__ = ["getfqdn"]
__all__.extend([name for name in dir(_socket) if not name.startswith('_')])

_realsocket = socket


def getfqdn(name=''):
    """Get fully qualified domain name from name.

    An empty argument is interpreted as meaning the local host.

    First the hostname returned by gethostbyaddr() is checked, then
    possibly existing aliases. In case no FQDN is available, hostname
    from gethostname() is returned.
    """
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


# Methods passed straight to the real socket object (bound once per
# wrapper, for speed) and methods looked up on each call.
_delegate_methods = ("recv", "recvfrom", "recv_into", "recvfrom_into",
                     "send", "sendto")
_socketmethods = ('bind', 'connect', 'connect_ex', 'fileno', 'listen',
                  'getpeername', 'getsockname', 'getsockopt', 'setsockopt',
                  'sendall', 'setblocking', 'settimeout', 'gettimeout',
                  'shutdown')


class _closedsocket(object):
    """What a closed socket wrapper holds: every operation fails."""
    __slots__ = []

    def _dummy(*args):
        raise error(EBADF, 'Bad file descriptor')

    send = recv = sendto = recvfrom = __getattr__ = _dummy


class _socketobject(object):

    __doc__ = _realsocket.__doc__

    __slots__ = ["_sock", "__weakref__"] + list(_delegate_methods)

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, _sock=None):
        if _sock is None:
            _sock = _realsocket(family, type, proto)
        self._sock = _sock
        for name in _delegate_methods:
            setattr(self, name, getattr(_sock, name))

    def close(self):
        # Only this wrapper lets go: file objects made by makefile() keep
        # the real socket open until they are closed too.
        self._sock = _closedsocket()
        dummy = self._sock._dummy
        for name in _delegate_methods:
            setattr(self, name, dummy)
    close.__doc__ = _realsocket.close.__doc__

    def accept(self):
        sock, addr = self._sock.accept()
        return _socketobject(_sock=sock), addr
    accept.__doc__ = _realsocket.accept.__doc__

    def dup(self):
        """dup() -> socket object

        Return a new socket object connected to the same system resource."""
        return _socketobject(_sock=self._sock)

    def makefile(self, mode='r', bufsize=-1):
        """makefile([mode[, bufsize]]) -> file object

        Return a regular file object corresponding to the socket.  The mode
        and bufsize arguments are as for the built-in open() function."""
        return _fileobject(self._sock, mode, bufsize)

    family = property(lambda self: self._sock.family,
                      doc="the socket family")
    type = property(lambda self: self._sock.type,
                    doc="the socket type")
    proto = property(lambda self: self._sock.proto,
                     doc="the socket protocol")

    def bind(self, *args):
        return self._sock.bind(*args)
    def connect(self, *args):
        return self._sock.connect(*args)
    def connect_ex(self, *args):
        return self._sock.connect_ex(*args)
    def fileno(self, *args):
        return self._sock.fileno(*args)
    def listen(self, *args):
        return self._sock.listen(*args)
    def getpeername(self, *args):
        return self._sock.getpeername(*args)
    def getsockname(self, *args):
        return self._sock.getsockname(*args)
    def getsockopt(self, *args):
        return self._sock.getsockopt(*args)
    def setsockopt(self, *args):
        return self._sock.setsockopt(*args)
    def sendall(self, *args):
        return self._sock.sendall(*args)
    def setblocking(self, *args):
        return self._sock.setblocking(*args)
    def settimeout(self, *args):
        return self._sock.settimeout(*args)
    def gettimeout(self, *args):
        return self._sock.gettimeout(*args)
    def shutdown(self, *args):
        return self._sock.shutdown(*args)

for _name in _socketmethods:
    _socketobject.__dict__[_name].__doc__ = getattr(_realsocket, _name).__doc__
del _name

socket = SocketType = _socketobject


class _fileobject(object):
    """Faux file object attached to a socket object."""

    default_bufsize = 8192
    name = "<socket>"

    __slots__ = ["mode", "bufsize", "softspace",
                 # "closed" is a property, see below
                 "_sock", "_rbufsize", "_wbufsize", "_rbuf", "_wbuf",
                 "_close"]

    def __init__(self, sock, mode='rb', bufsize=-1, close=False):
        self._sock = sock
        self.mode = mode
        if bufsize < 0:
            bufsize = self.default_bufsize
        self.bufsize = bufsize
        self.softspace = False
        if bufsize == 0:
            self._rbufsize = 1
        elif bufsize == 1:
            self._rbufsize = self.default_bufsize
        else:
            self._rbufsize = bufsize
        self._wbufsize = bufsize
        self._rbuf = ""     # data read but not yet returned
        self._wbuf = []     # strings written but not yet sent
        self._close = close

    def _getclosed(self):
        return self._sock is None
    closed = property(_getclosed, doc="True if the file is closed")

    def close(self):
        try:
            if self._sock:
                self.flush()
        finally:
            if self._close:
                self._sock.close()
            self._sock = None

    def __del__(self):
        try:
            self.close()
        except:
            pass

    def flush(self):
        if self._wbuf:
            data = "".join(self._wbuf)
            self._wbuf = []
            self._sock.sendall(data)

    def fileno(self):
        return self._sock.fileno()

    def _wbuf_size(self):
        n = 0
        for chunk in self._wbuf:
            n += len(chunk)
        return n

    def write(self, data):
        data = str(data)
        if not data:
            return
        self._wbuf.append(data)
        if (self._wbufsize == 0 or
            (self._wbufsize == 1 and '\n' in data) or
            self._wbuf_size() >= self._wbufsize):
            self.flush()

    def writelines(self, lines):
        # Each element must be a string, as for file.writelines.
        self._wbuf.extend(filter(None, map(str, lines)))
        if (self._wbufsize <= 1 or
            self._wbuf_size() >= self._wbufsize):
            self.flush()

    def _take(self, n):
        data = self._rbuf[:n]
        self._rbuf = self._rbuf[n:]
        return data

    def read(self, size=-1):
        if size < 0:
            # Everything up to end of file.
            chunks = [self._rbuf]
            self._rbuf = ""
            if self._rbufsize <= 1:
                recv_size = self.default_bufsize
            else:
                recv_size = self._rbufsize
            while True:
                data = self._sock.recv(recv_size)
                if not data:
                    break
                chunks.append(data)
            return "".join(chunks)
        chunks = []
        have = len(self._rbuf)
        if have >= size:
            return self._take(size)
        chunks.append(self._rbuf)
        self._rbuf = ""
        while have < size:
            want = max(self._rbufsize, size - have)
            data = self._sock.recv(want)
            if not data:
                break
            if have + len(data) > size:
                # Keep what goes beyond the request for the next read.
                cut = size - have
                chunks.append(data[:cut])
                self._rbuf = data[cut:]
                have = size
                break
            chunks.append(data)
            have += len(data)
        return "".join(chunks)

    def readline(self, size=-1):
        nl = self._rbuf.find('\n')
        if nl >= 0 and (size < 0 or nl < size):
            return self._take(nl + 1)
        if size >= 0 and len(self._rbuf) >= size:
            return self._take(size)
        chunks = [self._rbuf]
        have = len(self._rbuf)
        self._rbuf = ""
        while size < 0 or have < size:
            if self._rbufsize <= 1:
                # Unbuffered: one byte at a time, never reading past the
                # end of the line.
                data = self._sock.recv(1)
                if not data:
                    break
                chunks.append(data)
                have += 1
                if data == '\n':
                    break
                continue
            data = self._sock.recv(self._rbufsize)
            if not data:
                break
            nl = data.find('\n')
            if nl >= 0:
                end = nl + 1
            else:
                end = len(data)
            if size >= 0 and have + end > size:
                end = size - have
            chunks.append(data[:end])
            have += end
            if end < len(data):
                self._rbuf = data[end:]
                break
            if nl >= 0:
                break
        return "".join(chunks)

    def readlines(self, sizehint=0):
        total = 0
        lines = []
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if sizehint and total >= sizehint:
                break
        return lines

    # Iterator protocol

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
