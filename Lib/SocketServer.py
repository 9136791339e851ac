"""Generic socket server classes (the Python 2.5 SocketServer API).

A server object owns a listening (or datagram) socket and, for every
request that arrives, builds an instance of a request handler class whose
setup(), handle() and finish() methods do the work.

Classes:
    BaseServer          the request loop, independent of the socket kind
    TCPServer           stream sockets
    UDPServer           datagram sockets
    UnixStreamServer, UnixDatagramServer   the same on AF_UNIX (if present)
    ForkingMixIn, ThreadingMixIn           run each request in a child
    BaseRequestHandler, StreamRequestHandler, DatagramRequestHandler
"""

__version__ = "0.4"

import socket
import sys

__all__ = ["TCPServer", "UDPServer", "ForkingUDPServer", "ForkingTCPServer",
           "ThreadingUDPServer", "ThreadingTCPServer", "BaseRequestHandler",
           "StreamRequestHandler", "DatagramRequestHandler",
           "ThreadingMixIn", "ForkingMixIn"]
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer",
                    "ThreadingUnixDatagramServer"])


class BaseServer:
    """The request loop shared by every server kind.

    Subclasses supply the socket-level methods (get_request, fileno,
    server_activate, close_request, ...); users override verify_request,
    process_request and handle_error to change the policy."""

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass

    def server_activate(self):
        pass

    def serve_forever(self):
        """Handle requests one after another until the process ends."""
        while 1:
            self.handle_request()

    def handle_request(self):
        """Wait for one request and handle it."""
        try:
            request, client_address = self.get_request()
        except socket.error:
            return
        if not self.verify_request(request, client_address):
            return
        try:
            self.process_request(request, client_address)
        except:
            self.handle_error(request, client_address)
            self.close_request(request)

    def verify_request(self, request, client_address):
        """Return True to accept the request; the default accepts all."""
        return True

    def process_request(self, request, client_address):
        """Run the handler for this request (mix-ins override this)."""
        self.finish_request(request, client_address)
        self.close_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        """Report an exception raised while a request was handled."""
        print '-' * 40
        print 'Exception happened during processing of request from',
        print client_address
        import traceback
        traceback.print_exc()
        print '-' * 40


class TCPServer(BaseServer):
    """A server on a stream socket (TCP by default)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False

    def __init__(self, server_address, RequestHandlerClass):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        try:
            self.server_bind()
            self.server_activate()
        except:
            self.socket.close()
            raise

    def server_bind(self):
        if self.allow_reuse_address:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(self.server_address)
        # Binding to port 0 picks a port: remember the real address.
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket; each datagram is one request."""

    allow_reuse_address = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        # Datagram sockets do not listen.
        pass

    def close_request(self, request):
        # Nothing to close: the socket is the server's own.
        pass


class ForkingMixIn:
    """Handle each request in a child process (Unix only)."""

    active_children = None
    max_children = 40

    def collect_children(self):
        """Reap finished children; block while there are too many."""
        import os
        while self.active_children:
            if len(self.active_children) < self.max_children:
                options = os.WNOHANG
            else:
                options = 0
            try:
                pid, status = os.waitpid(0, options)
            except os.error:
                pid = None
            if not pid:
                break
            if pid in self.active_children:
                self.active_children.remove(pid)

    def process_request(self, request, client_address):
        import os
        self.collect_children()
        pid = os.fork()
        if pid:
            # Parent: remember the child, drop our copy of the request.
            if self.active_children is None:
                self.active_children = []
            self.active_children.append(pid)
            self.close_request(request)
            return
        # Child: handle the request and leave without returning into
        # the parent's loop.
        status = 0
        try:
            try:
                self.finish_request(request, client_address)
            except:
                status = 1
                try:
                    self.handle_error(request, client_address)
                except:
                    pass
        finally:
            os._exit(status)


class ThreadingMixIn:
    """Handle each request in a new thread."""

    daemon_threads = False

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
            self.close_request(request)
        except:
            self.handle_error(request, client_address)
            self.close_request(request)

    def process_request(self, request, client_address):
        import threading
        t = threading.Thread(target=self.process_request_thread,
                             args=(request, client_address))
        if self.daemon_threads:
            t.setDaemon(1)
        t.start()


class ForkingUDPServer(ForkingMixIn, UDPServer): pass
class ForkingTCPServer(ForkingMixIn, TCPServer): pass

class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass
class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass

if hasattr(socket, 'AF_UNIX'):

    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass


class BaseRequestHandler:
    """One instance per request: __init__ runs setup, handle and finish.

    Attributes set for the handler: request, client_address, server."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        try:
            self.setup()
            self.handle()
            self.finish()
        finally:
            sys.exc_traceback = None    # do not keep the frames alive

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """Gives the handler file objects: rfile to read, wfile to write."""

    rbufsize = -1
    wbufsize = 0

    def setup(self):
        self.connection = self.request
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            self.wfile.flush()
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """rfile holds the datagram; whatever is written to wfile is sent
    back to the client as one datagram when the handler finishes."""

    def setup(self):
        try:
            from cStringIO import StringIO
        except ImportError:
            from StringIO import StringIO
        self.packet, self.socket = self.request
        self.rfile = StringIO(self.packet)
        self.wfile = StringIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
