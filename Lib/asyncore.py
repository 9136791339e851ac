"""Basic infrastructure for asynchronous socket service clients and
servers (the Python 2.5 asyncore API).

A dispatcher wraps a non-blocking socket and is registered in a map
(socket_map by default).  loop() waits with select() (or poll()) for
sockets that are ready and calls the dispatchers' handle_read,
handle_write, handle_accept, handle_connect, handle_close and handle_expt
methods, asking readable() and writable() first which events matter.
"""

import select
import socket
import sys
import time

try:
    import os
except ImportError:
    # A sandbox may be refused os; only file_dispatcher needs it.
    os = None

try:
    from errno import (EALREADY, EINPROGRESS, EWOULDBLOCK, ECONNRESET,
                       ENOTCONN, ESHUTDOWN, EINTR, EISCONN, errorcode)
except ImportError:
    # errno may be withheld from a sandbox; these are the Linux values.
    EALREADY, EINPROGRESS, EWOULDBLOCK, ECONNRESET = 114, 115, 11, 104
    ENOTCONN, ESHUTDOWN, EINTR, EISCONN = 107, 108, 4, 106
    errorcode = {}

try:
    socket_map
except NameError:
    socket_map = {}


class ExitNow(Exception):
    pass


def read(obj):
    try:
        obj.handle_read_event()
    except ExitNow:
        raise
    except:
        obj.handle_error()


def write(obj):
    try:
        obj.handle_write_event()
    except ExitNow:
        raise
    except:
        obj.handle_error()


def _exception(obj):
    try:
        obj.handle_expt_event()
    except ExitNow:
        raise
    except:
        obj.handle_error()


def readwrite(obj, flags):
    """Dispatch the events of one poll() result."""
    try:
        if flags & (select.POLLIN | select.POLLPRI):
            obj.handle_read_event()
        if flags & select.POLLOUT:
            obj.handle_write_event()
        if flags & (select.POLLERR | select.POLLHUP | select.POLLNVAL):
            obj.handle_expt_event()
    except ExitNow:
        raise
    except:
        obj.handle_error()


def poll(timeout=0.0, map=None):
    """One round of select() over the map's dispatchers."""
    if map is None:
        map = socket_map
    if not map:
        return
    r = []
    w = []
    e = []
    for fd, obj in map.items():
        is_r = obj.readable()
        is_w = obj.writable()
        if is_r:
            r.append(fd)
        if is_w:
            w.append(fd)
        if is_r or is_w:
            e.append(fd)
    if [] == r == w == e:
        time.sleep(timeout)
        return
    try:
        r, w, e = select.select(r, w, e, timeout)
    except select.error, err:
        if err[0] != EINTR:
            raise
        r = w = e = []

    for fd in r:
        obj = map.get(fd)
        if obj is not None:
            read(obj)
    for fd in w:
        obj = map.get(fd)
        if obj is not None:
            write(obj)
    for fd in e:
        obj = map.get(fd)
        if obj is not None:
            _exception(obj)


def poll2(timeout=0.0, map=None):
    """One round of poll() over the map's dispatchers."""
    if map is None:
        map = socket_map
    if timeout is not None:
        # poll() takes milliseconds.
        timeout = int(timeout * 1000)
    pollster = select.poll()
    if map:
        for fd, obj in map.items():
            flags = 0
            if obj.readable():
                flags |= select.POLLIN | select.POLLPRI
            if obj.writable():
                flags |= select.POLLOUT
            if flags:
                flags |= select.POLLERR | select.POLLHUP | select.POLLNVAL
                pollster.register(fd, flags)
        try:
            ready = pollster.poll(timeout)
        except select.error, err:
            if err[0] != EINTR:
                raise
            ready = []
        for fd, flags in ready:
            obj = map.get(fd)
            if obj is None:
                continue
            readwrite(obj, flags)

poll3 = poll2                           # an old alias


def loop(timeout=30.0, use_poll=False, map=None, count=None):
    """Poll until the map is empty, or count times if count is given."""
    if map is None:
        map = socket_map
    if use_poll and hasattr(select, 'poll'):
        poll_fun = poll2
    else:
        poll_fun = poll
    if count is None:
        while map:
            poll_fun(timeout, map)
    else:
        while map and count > 0:
            poll_fun(timeout, map)
            count = count - 1


class dispatcher:
    """A thin wrapper of a non-blocking socket with event callbacks."""

    debug = False
    connected = False
    accepting = False
    closing = False
    addr = None

    def __init__(self, sock=None, map=None):
        if map is None:
            self._map = socket_map
        else:
            self._map = map
        if sock:
            self.set_socket(sock, map)
            self.socket.setblocking(0)
            self.connected = True
            try:
                self.addr = sock.getpeername()
            except socket.error:
                # A socket that is not connected (e.g. listening).
                pass
        else:
            self.socket = None

    def __repr__(self):
        status = [self.__class__.__module__ + "." + self.__class__.__name__]
        if self.accepting and self.addr:
            status.append('listening')
        elif self.connected:
            status.append('connected')
        if self.addr is not None:
            try:
                status.append('%s:%d' % self.addr)
            except TypeError:
                status.append(repr(self.addr))
        return '<%s at %#x>' % (' '.join(status), id(self))

    def add_channel(self, map=None):
        if map is None:
            map = self._map
        map[self._fileno] = self

    def del_channel(self, map=None):
        fd = self._fileno
        if map is None:
            map = self._map
        if fd in map:
            del map[fd]
        self._fileno = None

    def create_socket(self, family, type):
        self.family_and_type = family, type
        self.socket = socket.socket(family, type)
        self.socket.setblocking(0)
        self._fileno = self.socket.fileno()
        self.add_channel()

    def set_socket(self, sock, map=None):
        self.socket = sock
        self._fileno = sock.fileno()
        self.add_channel(map)

    def set_reuse_addr(self):
        # Let a restarted server bind its port at once.
        try:
            self.socket.setsockopt(
                socket.SOL_SOCKET, socket.SO_REUSEADDR,
                self.socket.getsockopt(socket.SOL_SOCKET,
                                       socket.SO_REUSEADDR) | 1)
        except socket.error:
            pass

    # Which events this dispatcher wants; overridden by subclasses.

    def readable(self):
        return True

    def writable(self):
        return True

    # Socket methods.

    def listen(self, num):
        self.accepting = True
        if os is not None and os.name == 'nt' and num > 5:
            num = 1
        return self.socket.listen(num)

    def bind(self, addr):
        self.addr = addr
        return self.socket.bind(addr)

    def connect(self, address):
        self.connected = False
        err = self.socket.connect_ex(address)
        if err in (EINPROGRESS, EALREADY, EWOULDBLOCK):
            # Completion shows up as a write event.
            return
        if err in (0, EISCONN):
            self.addr = address
            self.connected = True
            self.handle_connect()
        else:
            raise socket.error, (err, errorcode.get(err, str(err)))

    def accept(self):
        """(conn, address), or None if no connection was waiting."""
        try:
            conn, addr = self.socket.accept()
            return conn, addr
        except socket.error, why:
            if why[0] == EWOULDBLOCK:
                pass
            else:
                raise

    def send(self, data):
        try:
            result = self.socket.send(data)
            return result
        except socket.error, why:
            if why[0] == EWOULDBLOCK:
                return 0
            raise

    def recv(self, buffer_size):
        try:
            data = self.socket.recv(buffer_size)
            if not data:
                # The peer closed the connection.
                self.handle_close()
                return ''
            return data
        except socket.error, why:
            if why[0] in (ECONNRESET, ENOTCONN, ESHUTDOWN):
                self.handle_close()
                return ''
            raise

    def close(self):
        self.del_channel()
        self.socket.close()

    def __getattr__(self, attr):
        # Anything else is the socket's (but do not recurse if there is
        # no socket attribute at all yet).
        if attr == 'socket':
            raise AttributeError(attr)
        return getattr(self.socket, attr)

    # Logging: log() for debugging output, log_info() for messages.

    def log(self, message):
        sys.stderr.write('log: %s\n' % str(message))

    def log_info(self, message, type='info'):
        if __debug__ or type != 'info':
            print '%s: %s' % (type, message)

    def handle_read_event(self):
        if self.accepting:
            # A readable listening socket has a connection waiting.
            if not self.connected:
                self.connected = True
            self.handle_accept()
        elif not self.connected:
            self.handle_connect()
            self.connected = True
            self.handle_read()
        else:
            self.handle_read()

    def handle_write_event(self):
        # A connecting socket becomes writable when connected.
        if not self.connected:
            self.handle_connect()
            self.connected = True
        self.handle_write()

    def handle_expt_event(self):
        self.handle_expt()

    def handle_error(self):
        nil, t, v, tbinfo = compact_traceback()
        try:
            self_repr = repr(self)
        except:
            self_repr = '<__repr__(self) failed for object at %0x>' % id(self)
        self.log_info(
            'uncaptured python exception, closing channel %s (%s:%s %s)' % (
                self_repr, t, v, tbinfo),
            'error')
        self.close()

    def handle_expt(self):
        self.log_info('unhandled exception', 'warning')

    def handle_read(self):
        self.log_info('unhandled read event', 'warning')

    def handle_write(self):
        self.log_info('unhandled write event', 'warning')

    def handle_connect(self):
        self.log_info('unhandled connect event', 'warning')

    def handle_accept(self):
        self.log_info('unhandled accept event', 'warning')

    def handle_close(self):
        self.log_info('unhandled close event', 'warning')
        self.close()


class dispatcher_with_send(dispatcher):
    """A dispatcher that buffers what send() could not send at once."""

    def __init__(self, sock=None, map=None):
        dispatcher.__init__(self, sock, map)
        self.out_buffer = ''

    def initiate_send(self):
        num_sent = dispatcher.send(self, self.out_buffer[:512])
        self.out_buffer = self.out_buffer[num_sent:]

    def handle_write(self):
        self.initiate_send()

    def writable(self):
        return (not self.connected) or len(self.out_buffer)

    def send(self, data):
        if self.debug:
            self.log_info('sending %s' % repr(data))
        self.out_buffer = self.out_buffer + data
        self.initiate_send()


def compact_traceback():
    """((file, function, line), type, value, info) for the exception being
    handled, where info is '[file|function|line] ...' for every frame."""
    t, v, tb = sys.exc_info()
    tbinfo = []
    if not tb:
        raise AssertionError("traceback does not exist")
    while tb:
        tbinfo.append((tb.tb_frame.f_code.co_filename,
                       tb.tb_frame.f_code.co_name,
                       str(tb.tb_lineno)))
        tb = tb.tb_next
    del tb
    file, function, line = tbinfo[-1]
    info = ' '.join(['[%s|%s|%s]' % x for x in tbinfo])
    return (file, function, line), t, v, info


def close_all(map=None):
    if map is None:
        map = socket_map
    for x in map.values():
        x.socket.close()
    map.clear()


# Dispatchers on plain file descriptors (pipes, ttys) for Unix.
try:
    import fcntl
except ImportError:
    fcntl = None

if os is not None and os.name == 'posix' and fcntl is not None:

    class file_wrapper:
        """Gives a file descriptor the socket methods dispatcher uses."""

        def __init__(self, fd):
            self.fd = fd

        def recv(self, *args):
            return os.read(self.fd, *args)

        def send(self, *args):
            return os.write(self.fd, *args)

        read = recv
        write = send

        def close(self):
            os.close(self.fd)

        def fileno(self):
            return self.fd

    class file_dispatcher(dispatcher):

        def __init__(self, fd, map=None):
            dispatcher.__init__(self, None, map)
            self.connected = True
            self.set_file(fd)
            flags = fcntl.fcntl(fd, fcntl.F_GETFL, 0)
            flags = flags | os.O_NONBLOCK
            fcntl.fcntl(fd, fcntl.F_SETFL, flags)

        def set_file(self, fd):
            self._fileno = fd
            self.socket = file_wrapper(fd)
            self.add_channel()
