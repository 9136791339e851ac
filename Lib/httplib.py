"""HTTP/1.1 client library (the Python 2.5 httplib API).

An HTTPConnection goes through these states for each request:

    Idle --putrequest()--> Request-started --putheader()*, endheaders()-->
    Request-sent --getresponse()--> Idle

request() does the whole sequence in one call.  getresponse() returns an
HTTPResponse; its body must be read (or the response closed) before the
next request is sent on a persistent connection.

This build has no SSL support, so HTTPSConnection and HTTPS are absent.
"""

import socket
import mimetools
from urlparse import urlsplit

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ["HTTP", "HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "error", "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# Connection states.
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# Status codes (RFC 2616 and extensions).
CONTINUE = 100
SWITCHING_PROTOCOLS = 101
PROCESSING = 102

OK = 200
CREATED = 201
ACCEPTED = 202
NON_AUTHORITATIVE_INFORMATION = 203
NO_CONTENT = 204
RESET_CONTENT = 205
PARTIAL_CONTENT = 206
MULTI_STATUS = 207
IM_USED = 226

MULTIPLE_CHOICES = 300
MOVED_PERMANENTLY = 301
FOUND = 302
SEE_OTHER = 303
NOT_MODIFIED = 304
USE_PROXY = 305
TEMPORARY_REDIRECT = 307

BAD_REQUEST = 400
UNAUTHORIZED = 401
PAYMENT_REQUIRED = 402
FORBIDDEN = 403
NOT_FOUND = 404
METHOD_NOT_ALLOWED = 405
NOT_ACCEPTABLE = 406
PROXY_AUTHENTICATION_REQUIRED = 407
REQUEST_TIMEOUT = 408
CONFLICT = 409
GONE = 410
LENGTH_REQUIRED = 411
PRECONDITION_FAILED = 412
REQUEST_ENTITY_TOO_LARGE = 413
REQUEST_URI_TOO_LONG = 414
UNSUPPORTED_MEDIA_TYPE = 415
REQUESTED_RANGE_NOT_SATISFIABLE = 416
EXPECTATION_FAILED = 417
UNPROCESSABLE_ENTITY = 422
LOCKED = 423
FAILED_DEPENDENCY = 424
UPGRADE_REQUIRED = 426

INTERNAL_SERVER_ERROR = 500
NOT_IMPLEMENTED = 501
BAD_GATEWAY = 502
SERVICE_UNAVAILABLE = 503
GATEWAY_TIMEOUT = 504
HTTP_VERSION_NOT_SUPPORTED = 505
INSUFFICIENT_STORAGE = 507
NOT_EXTENDED = 510

# Status code -> reason phrase.
responses = {
    100: 'Continue',
    101: 'Switching Protocols',

    200: 'OK',
    201: 'Created',
    202: 'Accepted',
    203: 'Non-Authoritative Information',
    204: 'No Content',
    205: 'Reset Content',
    206: 'Partial Content',

    300: 'Multiple Choices',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    304: 'Not Modified',
    305: 'Use Proxy',
    306: '(Unused)',
    307: 'Temporary Redirect',

    400: 'Bad Request',
    401: 'Unauthorized',
    402: 'Payment Required',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    407: 'Proxy Authentication Required',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    411: 'Length Required',
    412: 'Precondition Failed',
    413: 'Request Entity Too Large',
    414: 'Request-URI Too Long',
    415: 'Unsupported Media Type',
    416: 'Requested Range Not Satisfiable',
    417: 'Expectation Failed',

    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported',
}

# Largest block read from the socket in one go.
MAXAMOUNT = 1048576


class HTTPMessage(mimetools.Message):
    """Response headers.  A header that occurs several times keeps all
    its values in the dictionary, joined with ', ' (RFC 2616, 4.2)."""

    def addheader(self, key, value):
        old = self.dict.get(key)
        if old is None:
            self.dict[key] = value
        else:
            self.dict[key] = old + ', ' + value

    def addcontinue(self, key, more):
        self.dict[key] = self.dict[key] + "\n " + more

    def readheaders(self):
        """Read the header block.  Stops at the blank line; a line that is
        neither a header nor a continuation ends the headers too (it is
        recorded in self.status)."""
        self.dict = {}
        self.unixfrom = ''
        self.headers = []
        self.status = ''
        name = None
        started = False
        while True:
            line = self.fp.readline()
            if not line:
                self.status = 'EOF in headers'
                break
            if not started and line.startswith('From '):
                self.unixfrom = self.unixfrom + line
                continue
            started = True
            if name and line[:1] in ' \t':
                self.headers.append(line)
                self.addcontinue(name, line.strip())
                continue
            if self.iscomment(line):
                continue
            if self.islast(line):
                break
            found = self.isheader(line)
            if found:
                name = found
                self.headers.append(line)
                self.addheader(name, line[len(name) + 1:].strip())
                continue
            if not self.dict:
                self.status = 'No headers'
            else:
                self.status = 'Non-header line where header expected'
            break


class HTTPResponse:
    """The reply to one request: status, reason, version, msg (the
    headers) and a body read with read()."""

    def __init__(self, sock, debuglevel=0, strict=0, method=None):
        self.fp = sock.makefile('rb', 0)
        self.debuglevel = debuglevel
        self.strict = strict
        self._method = method

        self.msg = None

        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN

        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        line = self.fp.readline()
        if self.debuglevel > 0:
            print "reply:", repr(line)
        if not line:
            # The server closed the connection without answering.
            raise BadStatusLine(line)
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ""
        else:
            version = status = reason = ""
        if not version.startswith('HTTP/'):
            if self.strict:
                self.close()
                raise BadStatusLine(line)
            # An HTTP/0.9 reply: no status line, the line read is body.
            self.fp = LineAndFileWrapper(line, self.fp)
            return "HTTP/0.9", 200, ""
        try:
            status = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if status < 100 or status > 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        """Read the status line and headers."""
        if self.msg is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            # Skip the headers of a 100 Continue interim reply.
            while True:
                skipped = self.fp.readline().strip()
                if not skipped:
                    break
                if self.debuglevel > 0:
                    print "header:", skipped
        self.status = status
        self.reason = reason.strip()
        if version == 'HTTP/1.0':
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        elif version == 'HTTP/0.9':
            self.version = 9
        else:
            raise UnknownProtocol(version)

        if self.version == 9:
            self.length = None
            self.chunked = 0
            self.will_close = 1
            self.msg = HTTPMessage(StringIO())
            return

        self.msg = HTTPMessage(self.fp, 0)
        if self.debuglevel > 0:
            for hdr in self.msg.headers:
                print "header:", hdr,
        # The message must not hold the socket file.
        self.msg.fp = None

        encoding = self.msg.getheader('transfer-encoding')
        if encoding and encoding.lower() == "chunked":
            self.chunked = 1
            self.chunk_left = None
        else:
            self.chunked = 0

        self.will_close = self._check_close()

        self.length = None
        if not self.chunked:
            length = self.msg.getheader('content-length')
            if length:
                try:
                    self.length = int(length)
                except ValueError:
                    self.length = None
                else:
                    if self.length < 0:
                        self.length = None

        # These replies never have a body.
        if (status == NO_CONTENT or status == NOT_MODIFIED or
            100 <= status < 200 or self._method == 'HEAD'):
            self.length = 0

        # Without a length the end of the body is the end of the connection.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = 1

    def _check_close(self):
        conn = self.msg.getheader('connection')
        if self.version == 11:
            return bool(conn and 'close' in conn.lower())
        # HTTP/1.0 closes unless keep-alive was negotiated.
        if self.msg.getheader('keep-alive'):
            return False
        if conn and 'keep-alive' in conn.lower():
            return False
        pconn = self.msg.getheader('proxy-connection')
        if pconn and 'keep-alive' in pconn.lower():
            return False
        return True

    def close(self):
        if self.fp:
            self.fp.close()
            self.fp = None

    def isclosed(self):
        # True once the whole body has been read (or the response closed).
        return self.fp is None

    def read(self, amt=None):
        """Read up to amt bytes of the body, or all of it."""
        if self.fp is None:
            return ''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None:
            if self.length is None:
                data = self.fp.read()
            else:
                data = self._safe_read(self.length)
                self.length = 0
            self.close()
            return data
        if self.length is not None and amt > self.length:
            amt = self.length
        data = self.fp.read(amt)
        if self.length is not None:
            self.length = self.length - len(data)
            if not self.length:
                self.close()
        return data

    def _read_chunked(self, amt):
        pieces = []
        left = self.chunk_left
        while True:
            if left is None:
                line = self.fp.readline()
                semi = line.find(';')
                if semi >= 0:
                    line = line[:semi]    # drop chunk extensions
                try:
                    left = int(line, 16)
                except ValueError:
                    self.close()
                    raise IncompleteRead(''.join(pieces))
                if left == 0:
                    break
            if amt is None:
                pieces.append(self._safe_read(left))
            elif amt < left:
                pieces.append(self._safe_read(amt))
                self.chunk_left = left - amt
                return ''.join(pieces)
            elif amt == left:
                pieces.append(self._safe_read(amt))
                self._safe_read(2)        # the CRLF after the chunk
                self.chunk_left = None
                return ''.join(pieces)
            else:
                pieces.append(self._safe_read(left))
                amt = amt - left
            self._safe_read(2)
            left = None

        # Skip the trailer up to the blank line that ends the message.
        while True:
            line = self.fp.readline()
            if not line or line == '\r\n' or line == '\n':
                break
        self.close()
        return ''.join(pieces)

    def _safe_read(self, amt):
        """Read exactly amt bytes or raise IncompleteRead."""
        pieces = []
        while amt > 0:
            chunk = self.fp.read(min(amt, MAXAMOUNT))
            if not chunk:
                raise IncompleteRead(''.join(pieces))
            pieces.append(chunk)
            amt = amt - len(chunk)
        return ''.join(pieces)

    def getheader(self, name, default=None):
        if self.msg is None:
            raise ResponseNotReady()
        return self.msg.getheader(name, default)

    def getheaders(self):
        """The headers as a list of (name, value) pairs."""
        if self.msg is None:
            raise ResponseNotReady()
        return self.msg.items()


def _host_header_value(netloc):
    try:
        return netloc.encode("idna")
    except LookupError:
        # No idna codec in this build: ASCII host names need none.
        return netloc.encode("ascii")


class HTTPConnection:
    """A connection to one HTTP server (opened on first use)."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0
    strict = 0

    def __init__(self, host, port=None, strict=None):
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._set_hostport(host, port)
        if strict is not None:
            self.strict = strict

    def _set_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')      # an IPv6 literal like [::1]
            if colon > bracket:
                try:
                    port = int(host[colon + 1:])
                except ValueError:
                    raise InvalidURL("nonnumeric port: '%s'" % host[colon + 1:])
                host = host[:colon]
            else:
                port = self.default_port
            if host and host[0] == '[' and host[-1] == ']':
                host = host[1:-1]
        self.host = host
        self.port = port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        """Connect to the host and port given to the constructor."""
        msg = "getaddrinfo returns an empty list"
        for family, socktype, proto, canonname, addr in socket.getaddrinfo(
                self.host, self.port, 0, socket.SOCK_STREAM):
            try:
                self.sock = socket.socket(family, socktype, proto)
                if self.debuglevel > 0:
                    print "connect: (%s, %s)" % (self.host, self.port)
                self.sock.connect(addr)
            except socket.error, msg:
                if self.debuglevel > 0:
                    print 'connect fail:', (self.host, self.port)
                if self.sock:
                    self.sock.close()
                self.sock = None
                continue
            break
        if not self.sock:
            raise socket.error, msg

    def close(self):
        if self.sock:
            self.sock.close()
            self.sock = None
        if self.__response:
            self.__response.close()
            self.__response = None
        self.__state = _CS_IDLE

    def send(self, str):
        """Send data to the server, connecting first if need be."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print "send:", repr(str)
        try:
            if hasattr(str, 'read'):
                # A file-like body is sent block by block.
                while True:
                    block = str.read(8192)
                    if not block:
                        break
                    self.sock.sendall(block)
            else:
                self.sock.sendall(str)
        except socket.error, v:
            if v[0] == 32:      # broken pipe
                self.close()
            raise

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self):
        # The request line and headers go out in one send, ended by a
        # blank line.
        self._buffer.extend(("", ""))
        data = "\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(data)

    def putrequest(self, method, url, skip_host=0, skip_accept_encoding=0):
        """Start a request: send the request line (buffered).

        skip_host and skip_accept_encoding suppress the automatic Host
        and Accept-Encoding headers."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest()
        self._method = method
        if not url:
            url = '/'
        self._output('%s %s %s' % (method, url, self._http_vsn_str))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    netloc = urlsplit(url)[1]
                if netloc:
                    self.putheader('Host', _host_header_value(netloc))
                else:
                    host = _host_header_value(self.host)
                    if self.port == self.default_port:
                        self.putheader('Host', host)
                    else:
                        self.putheader('Host', "%s:%s" % (host, self.port))
            if not skip_accept_encoding:
                # We cannot decode compressed bodies: say so.
                self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, value):
        """Send one request header (buffered)."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self._output('%s: %s' % (header, value))

    def endheaders(self):
        """End the headers and send the buffered request."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output()

    def request(self, method, url, body=None, headers={}):
        """Send a complete request."""
        try:
            self._send_request(method, url, body, headers)
        except socket.error, v:
            # A kept-alive connection the server dropped: retry once on
            # a fresh one.
            if v[0] != 32 or not self.auto_open:
                raise
            self._send_request(method, url, body, headers)

    def _send_request(self, method, url, body, headers):
        present = {}
        for name in headers:
            present[name.lower()] = 1
        skips = {}
        if 'host' in present:
            skips['skip_host'] = 1
        if 'accept-encoding' in present:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if body and 'content-length' not in present:
            self._set_content_length(body)
        for name, value in headers.iteritems():
            self.putheader(name, value)
        self.endheaders()
        if body:
            self.send(body)

    def _set_content_length(self, body):
        try:
            length = str(len(body))
        except (TypeError, AttributeError):
            import os
            try:
                length = str(os.fstat(body.fileno()).st_size)
            except (AttributeError, OSError):
                if self.debuglevel > 0:
                    print "Cannot stat!!"
                return
        self.putheader('Content-Length', length)

    def getresponse(self):
        """Read the reply to the request sent; returns an HTTPResponse."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady()
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel,
                                           strict=self.strict,
                                           method=self._method)
        else:
            response = self.response_class(self.sock, strict=self.strict,
                                           method=self._method)
        response.begin()
        self.__state = _CS_IDLE
        if response.will_close:
            # The response's file now owns the connection.
            self.close()
        else:
            self.__response = response
        return response


class HTTP:
    """The HTTP/1.0 interface kept for compatibility with old code."""

    _http_vsn = 10
    _http_vsn_str = 'HTTP/1.0'

    debuglevel = 0

    _connection_class = HTTPConnection

    def __init__(self, host='', port=None, strict=None):
        if port == 0:
            port = None
        self._setup(self._connection_class(host, port, strict))

    def _setup(self, conn):
        self._conn = conn
        self.send = conn.send
        self.putrequest = conn.putrequest
        self.endheaders = conn.endheaders
        self.set_debuglevel = conn.set_debuglevel
        conn._http_vsn = self._http_vsn
        conn._http_vsn_str = self._http_vsn_str
        self.file = None

    def connect(self, host=None, port=None):
        if host is not None:
            self._conn._set_hostport(host, port)
        self._conn.connect()

    def getfile(self):
        return self.file

    def putheader(self, header, *values):
        self._conn.putheader(header, '\r\n\t'.join(values))

    def getreply(self):
        """Returns (status, reason, headers); status is -1 on a bad
        status line, with the line as reason and headers None."""
        try:
            response = self._conn.getresponse()
        except BadStatusLine, e:
            self.file = self._conn.sock.makefile('rb', 0)
            self.close()
            self.headers = None
            return -1, e.line, None
        self.headers = response.msg
        self.file = response.fp
        return response.status, response.reason, response.msg

    def close(self):
        self._conn.close()
        # The file stays usable; the connection object lets go.
        self.file = None


class HTTPException(Exception):
    pass

class NotConnected(HTTPException):
    pass

class InvalidURL(HTTPException):
    pass

class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version

class UnknownTransferEncoding(HTTPException):
    pass

class UnimplementedFileMode(HTTPException):
    pass

class IncompleteRead(HTTPException):
    def __init__(self, partial):
        self.args = partial,
        self.partial = partial

class ImproperConnectionState(HTTPException):
    pass

class CannotSendRequest(ImproperConnectionState):
    pass

class CannotSendHeader(ImproperConnectionState):
    pass

class ResponseNotReady(ImproperConnectionState):
    pass

class BadStatusLine(HTTPException):
    def __init__(self, line):
        self.args = line,
        self.line = line

# For code written against older versions.
error = HTTPException


class LineAndFileWrapper:
    """A file whose first line has already been read: reads return that
    line first, then continue with the file."""

    def __init__(self, line, file):
        self._line = line
        self._file = file
        self._line_consumed = 0
        self._line_offset = 0
        self._line_left = len(line)

    def __getattr__(self, attr):
        return getattr(self._file, attr)

    def _take_line(self, amt):
        start = self._line_offset
        if amt is None or amt >= self._line_left:
            amt = self._line_left
        self._line_offset = start + amt
        self._line_left = self._line_left - amt
        if not self._line_left:
            self._line_consumed = 1
        return self._line[start:start + amt]

    def read(self, amt=None):
        if self._line_consumed:
            if amt is None:
                return self._file.read()
            return self._file.read(amt)
        head = self._take_line(amt)
        if amt is None:
            return head + self._file.read()
        if len(head) < amt:
            return head + self._file.read(amt - len(head))
        return head

    def readline(self):
        if self._line_consumed:
            return self._file.readline()
        return self._take_line(None)

    def readlines(self, size=0):
        if self._line_consumed:
            return self._file.readlines(size)
        head = self._take_line(None)
        return [head] + self._file.readlines(size)
