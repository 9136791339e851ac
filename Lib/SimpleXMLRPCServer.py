"""A simple XML-RPC server (the Python 2.5 SimpleXMLRPCServer API).

    server = SimpleXMLRPCServer(("localhost", 8000))
    server.register_function(pow)
    server.register_instance(MyFuncs())
    server.serve_forever()

Calls are dispatched to registered functions by name, then to the
registered instance: its _dispatch(method, params) method if it has one,
else the attribute named by the method (dotted names are followed only
when allowed, and names starting with '_' never are).

CGIXMLRPCRequestHandler answers one XML-RPC request in a CGI script.
"""

import xmlrpclib
from xmlrpclib import Fault
import SocketServer
import BaseHTTPServer
import sys

try:
    import fcntl
except ImportError:
    fcntl = None


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """getattr along a dotted name ('a.b.c'); AttributeError for any part
    that starts with an underscore."""
    if allow_dotted_names:
        attrs = attr.split('.')
    else:
        attrs = [attr]
    for name in attrs:
        if name.startswith('_'):
            raise AttributeError(
                'attempt to access private attribute "%s"' % name)
        obj = getattr(obj, name)
    return obj


def list_public_methods(obj):
    """The names of obj's callable attributes not starting with '_'."""
    return [member for member in dir(obj)
            if not member.startswith('_') and
               callable(getattr(obj, member))]


def remove_duplicates(lst):
    """The distinct elements of lst (in no particular order)."""
    seen = {}
    for item in lst:
        seen[item] = 1
    return seen.keys()


def _exception_fault():
    # The fault sent for an unexpected exception in a method.
    exc_type, exc_value = sys.exc_info()[:2]
    return xmlrpclib.Fault(1, "%s:%s" % (exc_type, exc_value))


class SimpleXMLRPCDispatcher:
    """Registration and dispatch of XML-RPC methods; mixed into servers."""

    def __init__(self, allow_none=False, encoding=None):
        self.funcs = {}
        self.instance = None
        self.allow_none = allow_none
        self.encoding = encoding

    def register_instance(self, instance, allow_dotted_names=False):
        """Methods not registered as functions are looked up on instance.

        allow_dotted_names lets a call like 'a.b' follow attributes:
        only use it with objects whose whole reachable graph is safe to
        expose."""
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function, name=None):
        """Make function callable as name (default: its __name__)."""
        if name is None:
            name = function.__name__
        self.funcs[name] = function

    def register_introspection_functions(self):
        """Register system.listMethods, system.methodHelp and
        system.methodSignature."""
        self.funcs.update({'system.listMethods': self.system_listMethods,
                           'system.methodSignature':
                               self.system_methodSignature,
                           'system.methodHelp': self.system_methodHelp})

    def register_multicall_functions(self):
        """Register system.multicall."""
        self.funcs.update({'system.multicall': self.system_multicall})

    def _marshaled_dispatch(self, data, dispatch_method=None):
        """Decode a request, run it, and return the encoded response (a
        fault response if the method raised)."""
        params, method = xmlrpclib.loads(data)
        try:
            if dispatch_method is not None:
                response = dispatch_method(method, params)
            else:
                response = self._dispatch(method, params)
            response = (response,)
            response = xmlrpclib.dumps(response, methodresponse=1,
                                       allow_none=self.allow_none,
                                       encoding=self.encoding)
        except Fault, fault:
            response = xmlrpclib.dumps(fault, allow_none=self.allow_none,
                                       encoding=self.encoding)
        except:
            response = xmlrpclib.dumps(_exception_fault(),
                                       encoding=self.encoding,
                                       allow_none=self.allow_none)
        return response

    def system_listMethods(self):
        """system.listMethods() => ['add', 'subtract', 'multiply']

        Returns a list of the methods supported by the server."""
        methods = self.funcs.keys()
        if self.instance is not None:
            if hasattr(self.instance, '_listMethods'):
                methods = remove_duplicates(
                    methods + self.instance._listMethods())
            elif not hasattr(self.instance, '_dispatch'):
                methods = remove_duplicates(
                    methods + list_public_methods(self.instance))
        methods.sort()
        return methods

    def system_methodSignature(self, method_name):
        """system.methodSignature('add') => [double, int, int]

        Signatures are not supported by this server."""
        return 'signatures not supported'

    def system_methodHelp(self, method_name):
        """system.methodHelp('add') => "Adds two integers together"

        Returns the documentation string of the method."""
        method = None
        if method_name in self.funcs:
            method = self.funcs[method_name]
        elif self.instance is not None:
            if hasattr(self.instance, '_methodHelp'):
                return self.instance._methodHelp(method_name)
            elif not hasattr(self.instance, '_dispatch'):
                try:
                    method = resolve_dotted_attribute(
                        self.instance, method_name, self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None:
            return ""
        import inspect
        return inspect.getdoc(method) or ""

    def system_multicall(self, call_list):
        """system.multicall([{'methodName': 'add', 'params': [2, 2]}, ...])
        => [[4], ...]

        Runs several calls in one request; a failing call gives a fault
        struct in its place."""
        results = []
        for call in call_list:
            method_name = call['methodName']
            params = call['params']
            try:
                results.append([self._dispatch(method_name, params)])
            except Fault, fault:
                results.append({'faultCode': fault.faultCode,
                                'faultString': fault.faultString})
            except:
                fault = _exception_fault()
                results.append({'faultCode': fault.faultCode,
                                'faultString': fault.faultString})
        return results

    def _dispatch(self, method, params):
        """Call the function or instance method registered for method."""
        func = None
        try:
            func = self.funcs[method]
        except KeyError:
            if self.instance is not None:
                if hasattr(self.instance, '_dispatch'):
                    return self.instance._dispatch(method, params)
                try:
                    func = resolve_dotted_attribute(
                        self.instance, method, self.allow_dotted_names)
                except AttributeError:
                    pass
        if func is not None:
            return func(*params)
        raise Exception('method "%s" is not supported' % method)


class SimpleXMLRPCRequestHandler(BaseHTTPServer.BaseHTTPRequestHandler):
    """Answers XML-RPC POST requests to one of rpc_paths."""

    rpc_paths = ('/', '/RPC2')

    def is_rpc_path_valid(self):
        if self.rpc_paths:
            return self.path in self.rpc_paths
        # An empty rpc_paths accepts any path.
        return True

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        try:
            # Read the body in pieces so a huge Content-Length cannot make
            # one enormous read.
            max_chunk_size = 10 * 1024 * 1024
            size_remaining = int(self.headers["content-length"])
            pieces = []
            while size_remaining:
                chunk = self.rfile.read(min(size_remaining, max_chunk_size))
                if not chunk:
                    break
                pieces.append(chunk)
                size_remaining = size_remaining - len(chunk)
            data = ''.join(pieces)
            response = self.server._marshaled_dispatch(
                data, getattr(self, '_dispatch', None))
        except:
            # An internal error, not a fault of the called method.
            self.send_response(500)
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-type", "text/xml")
            self.send_header("Content-length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)
            self.wfile.flush()
            self.connection.shutdown(1)

    def report_404(self):
        self.send_response(404)
        response = 'No such page'
        self.send_header("Content-type", "text/plain")
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)
        self.wfile.flush()
        self.connection.shutdown(1)

    def log_request(self, code='-', size='-'):
        if self.server.logRequests:
            BaseHTTPServer.BaseHTTPRequestHandler.log_request(self, code, size)


class SimpleXMLRPCServer(SocketServer.TCPServer, SimpleXMLRPCDispatcher):
    """An XML-RPC server on HTTP; logRequests controls request logging."""

    allow_reuse_address = True

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler,
                 logRequests=True, allow_none=False, encoding=None):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding)
        SocketServer.TCPServer.__init__(self, addr, requestHandler)
        # Do not leak the listening socket into child processes.
        if fcntl is not None and hasattr(fcntl, 'FD_CLOEXEC'):
            flags = fcntl.fcntl(self.fileno(), fcntl.F_GETFD)
            flags |= fcntl.FD_CLOEXEC
            fcntl.fcntl(self.fileno(), fcntl.F_SETFD, flags)


class CGIXMLRPCRequestHandler(SimpleXMLRPCDispatcher):
    """Answers an XML-RPC request in a CGI environment."""

    def __init__(self, allow_none=False, encoding=None):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding)

    def handle_xmlrpc(self, request_text):
        response = self._marshaled_dispatch(request_text)
        print 'Content-Type: text/xml'
        print 'Content-Length: %d' % len(response)
        print
        sys.stdout.write(response)

    def handle_get(self):
        """A GET is not an XML-RPC request: answer 400."""
        code = 400
        message, explain = \
            BaseHTTPServer.BaseHTTPRequestHandler.responses[code]
        response = BaseHTTPServer.DEFAULT_ERROR_MESSAGE % {
            'code': code, 'message': message, 'explain': explain}
        print 'Status: %d %s' % (code, message)
        print 'Content-Type: text/html'
        print 'Content-Length: %d' % len(response)
        print
        sys.stdout.write(response)

    def handle_request(self, request_text=None):
        """Handle the request given, or read from stdin (CONTENT_LENGTH
        bytes)."""
        import os
        if request_text is None and \
           os.environ.get('REQUEST_METHOD', None) == 'GET':
            self.handle_get()
        else:
            try:
                length = int(os.environ.get('CONTENT_LENGTH', None))
            except (TypeError, ValueError):
                length = -1
            if request_text is None:
                request_text = sys.stdin.read(length)
            self.handle_xmlrpc(request_text)


if __name__ == '__main__':
    print 'Running XML-RPC server on port 8000'
    server = SimpleXMLRPCServer(("localhost", 8000))
    server.register_function(pow)
    server.register_function(lambda x, y: x + y, 'add')
    server.serve_forever()
