"""An XML-RPC client interface (the Python 2.5 xmlrpclib API).

    server = xmlrpclib.ServerProxy("http://localhost:8000")
    print server.examples.add(2, 3)

Values map between Python and XML-RPC as follows:

    int, long (32 bit)  <int>         bool       <boolean>
    float               <double>      str, unicode <string>
    list, tuple         <array>       dict       <struct> (string keys)
    DateTime, datetime  <dateTime.iso8601>
    Binary              <base64>      None       <nil/> (if allow_none)

dumps() and loads() convert whole requests and responses; a Fault is an
XML-RPC fault response.  Parsing is done with xml.parsers.expat.
This build has no SSL support: calls through https URLs raise
NotImplementedError.
"""

import re
import string
import time
import operator
import base64

from types import *

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

try:
    import datetime
except ImportError:
    datetime = None

try:
    unicode
except NameError:
    unicode = None


def _decode(data, encoding, is8bit=re.compile("[\x80-\xff]").search):
    # Non-ASCII 8-bit data is turned into unicode.
    if unicode and encoding and is8bit(data):
        data = unicode(data, encoding)
    return data


def escape(s, replace=string.replace):
    """Quote &, < and > for XML character data."""
    s = replace(s, "&", "&amp;")
    s = replace(s, "<", "&lt;")
    return replace(s, ">", "&gt;")


if unicode:
    def _stringify(string):
        # Plain ASCII comes back as str; anything else stays unicode.
        try:
            return string.encode("ascii")
        except UnicodeError:
            return string
else:
    def _stringify(string):
        return string


__version__ = "1.0.1"

# The range of an XML-RPC <int>.
MAXINT = 2L ** 31 - 1
MININT = -2L ** 31

# Fault codes of the "specification for fault code interoperability".
PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300

NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603


class Error(Exception):
    """Base class of this module's exceptions."""

    def __str__(self):
        return repr(self)


class ProtocolError(Error):
    """The HTTP request failed: url, errcode, errmsg, headers."""

    def __init__(self, url, errcode, errmsg, headers):
        Error.__init__(self)
        self.url = url
        self.errcode = errcode
        self.errmsg = errmsg
        self.headers = headers

    def __repr__(self):
        return "<ProtocolError for %s: %s %s>" % (self.url, self.errcode,
                                                  self.errmsg)


class ResponseError(Error):
    """The response could not be understood."""
    pass


class Fault(Error):
    """An XML-RPC fault: faultCode and faultString."""

    def __init__(self, faultCode, faultString, **extra):
        Error.__init__(self)
        self.faultCode = faultCode
        self.faultString = faultString

    def __repr__(self):
        return "<Fault %s: %s>" % (self.faultCode, repr(self.faultString))


# XML-RPC booleans are Python's bool.
boolean = Boolean = bool


def _iso8601(value):
    # datetime -> 'YYYYMMDDTHH:MM:SS'
    return "%04d%02d%02dT%02d:%02d:%02d" % (
        value.year, value.month, value.day,
        value.hour, value.minute, value.second)


class DateTime:
    """A <dateTime.iso8601> value, held as its 'YYYYMMDDTHH:MM:SS' string.

    The constructor takes that string, a time tuple, a datetime, or
    seconds since the epoch (default: now)."""

    def __init__(self, value=0):
        if not isinstance(value, StringType):
            if datetime and isinstance(value, datetime.datetime):
                value = _iso8601(value)
            else:
                if not isinstance(value, (TupleType, time.struct_time)):
                    if value == 0:
                        value = time.time()
                    value = time.localtime(value)
                value = time.strftime("%Y%m%dT%H:%M:%S", value)
        self.value = value

    def __cmp__(self, other):
        if isinstance(other, DateTime):
            other = other.value
        return cmp(self.value, other)

    def timetuple(self):
        return time.strptime(self.value, "%Y%m%dT%H:%M:%S")

    def __str__(self):
        return self.value

    def __repr__(self):
        return "<DateTime %s at %x>" % (repr(self.value), id(self))

    def decode(self, data):
        self.value = string.strip(data)

    def encode(self, out):
        out.write("<value><dateTime.iso8601>")
        out.write(self.value)
        out.write("</dateTime.iso8601></value>\n")


def _datetime(data):
    value = DateTime()
    value.decode(data)
    return value


def _datetime_type(data):
    t = time.strptime(data, "%Y%m%dT%H:%M:%S")
    return datetime.datetime(*tuple(t)[:6])


class Binary:
    """Binary data, sent as <base64>."""

    def __init__(self, data=None):
        self.data = data

    def __str__(self):
        return self.data or ""

    def __cmp__(self, other):
        if isinstance(other, Binary):
            other = other.data
        return cmp(self.data, other)

    def decode(self, data):
        self.data = base64.decodestring(data)

    def encode(self, out):
        out.write("<value><base64>\n")
        out.write(base64.encodestring(self.data or ""))
        out.write("</base64></value>\n")


def _binary(data):
    value = Binary()
    value.decode(data)
    return value


WRAPPERS = (DateTime, Binary)


class ExpatParser:
    """Feeds parser events to a target (an Unmarshaller)."""

    def __init__(self, target):
        from xml.parsers import expat
        self._parser = parser = expat.ParserCreate(None, None)
        self._target = target
        parser.StartElementHandler = target.start
        parser.EndElementHandler = target.end
        parser.CharacterDataHandler = target.data
        encoding = None
        if not parser.returns_unicode:
            encoding = "utf-8"
        target.xml(encoding, None)

    def feed(self, data):
        self._parser.Parse(data, 0)

    def close(self):
        self._parser.Parse("", 1)
        del self._target, self._parser


class Marshaller:
    """Turns Python values into XML-RPC <params> or <fault> text."""

    def __init__(self, encoding=None, allow_none=0):
        self.memo = {}
        self.data = None
        self.encoding = encoding
        self.allow_none = allow_none

    dispatch = {}

    def dumps(self, values):
        out = []
        write = out.append
        dump = self.__dump
        if isinstance(values, Fault):
            write("<fault>\n")
            dump({'faultCode': values.faultCode,
                  'faultString': values.faultString},
                 write)
            write("</fault>\n")
        else:
            write("<params>\n")
            for v in values:
                write("<param>\n")
                dump(v, write)
                write("</param>\n")
            write("</params>\n")
        return "".join(out)

    def __dump(self, value, write):
        try:
            f = self.dispatch[type(value)]
        except KeyError:
            raise TypeError, "cannot marshal %s objects" % type(value)
        f(self, value, write)

    def dump_nil(self, value, write):
        if not self.allow_none:
            raise TypeError, "cannot marshal None unless allow_none is enabled"
        write("<value><nil/></value>")
    dispatch[NoneType] = dump_nil

    def dump_int(self, value, write):
        if value > MAXINT or value < MININT:
            raise OverflowError, "int exceeds XML-RPC limits"
        write("<value><int>")
        write(str(value))
        write("</int></value>\n")
    dispatch[IntType] = dump_int

    def dump_bool(self, value, write):
        write("<value><boolean>")
        write(value and "1" or "0")
        write("</boolean></value>\n")
    dispatch[bool] = dump_bool

    def dump_long(self, value, write):
        if value > MAXINT or value < MININT:
            raise OverflowError, "long int exceeds XML-RPC limits"
        write("<value><int>")
        write(str(int(value)))
        write("</int></value>\n")
    dispatch[LongType] = dump_long

    def dump_double(self, value, write):
        write("<value><double>")
        write(repr(value))
        write("</double></value>\n")
    dispatch[FloatType] = dump_double

    def dump_string(self, value, write, escape=escape):
        write("<value><string>")
        write(escape(value))
        write("</string></value>\n")
    dispatch[StringType] = dump_string

    def dump_unicode(self, value, write, escape=escape):
        value = value.encode(self.encoding or "utf-8")
        write("<value><string>")
        write(escape(value))
        write("</string></value>\n")
    dispatch[UnicodeType] = dump_unicode

    def dump_array(self, value, write):
        i = id(value)
        if i in self.memo:
            raise TypeError, "cannot marshal recursive sequences"
        self.memo[i] = None
        dump = self.__dump
        write("<value><array><data>\n")
        for v in value:
            dump(v, write)
        write("</data></array></value>\n")
        del self.memo[i]
    dispatch[TupleType] = dump_array
    dispatch[ListType] = dump_array

    def dump_struct(self, value, write, escape=escape):
        i = id(value)
        if i in self.memo:
            raise TypeError, "cannot marshal recursive dictionaries"
        self.memo[i] = None
        dump = self.__dump
        write("<value><struct>\n")
        for k, v in value.items():
            write("<member>\n")
            if type(k) is not StringType:
                if unicode and type(k) is UnicodeType:
                    k = k.encode(self.encoding or "utf-8")
                else:
                    raise TypeError, "dictionary key must be string"
            write("<name>%s</name>\n" % escape(k))
            dump(v, write)
            write("</member>\n")
        write("</struct></value>\n")
        del self.memo[i]
    dispatch[DictType] = dump_struct

    if datetime:
        def dump_datetime(self, value, write):
            write("<value><dateTime.iso8601>")
            write(_iso8601(value))
            write("</dateTime.iso8601></value>\n")
        dispatch[datetime.datetime] = dump_datetime

    def dump_instance(self, value, write):
        if value.__class__ in WRAPPERS:
            # DateTime and Binary write themselves.
            self.write = write
            value.encode(self)
            del self.write
        else:
            # Other instances are sent as a struct of their attributes.
            self.dump_struct(value.__dict__, write)
    dispatch[InstanceType] = dump_instance


class Unmarshaller:
    """The target of the XML parser: collects the values of a request or
    response; close() returns them as a tuple (or raises Fault)."""

    def __init__(self, use_datetime=0):
        self._type = None
        self._stack = []
        self._marks = []
        self._data = []
        self._methodname = None
        self._encoding = "utf-8"
        self.append = self._stack.append
        self._use_datetime = use_datetime
        if use_datetime and not datetime:
            raise ValueError, "the datetime module is not available"

    def close(self):
        if self._type is None or self._marks:
            raise ResponseError()
        if self._type == "fault":
            raise Fault(**self._stack[0])
        return tuple(self._stack)

    def getmethodname(self):
        return self._methodname

    # Parser callbacks.

    def xml(self, encoding, standalone):
        self._encoding = encoding

    def start(self, tag, attrs):
        if tag == "array" or tag == "struct":
            self._marks.append(len(self._stack))
        self._data = []
        self._value = (tag == "value")

    def data(self, text):
        self._data.append(text)

    def end(self, tag, join=string.join):
        try:
            f = self.dispatch[tag]
        except KeyError:
            pass        # unknown tags are ignored
        else:
            return f(self, join(self._data, ""))

    def end_dispatch(self, tag, data):
        try:
            f = self.dispatch[tag]
        except KeyError:
            pass
        else:
            return f(self, data)

    dispatch = {}

    def end_nil(self, data):
        self.append(None)
        self._value = 0
    dispatch["nil"] = end_nil

    def end_boolean(self, data):
        if data == "0":
            self.append(False)
        elif data == "1":
            self.append(True)
        else:
            raise TypeError, "bad boolean value"
        self._value = 0
    dispatch["boolean"] = end_boolean

    def end_int(self, data):
        self.append(int(data))
        self._value = 0
    dispatch["i4"] = end_int
    dispatch["int"] = end_int

    def end_double(self, data):
        self.append(float(data))
        self._value = 0
    dispatch["double"] = end_double

    def end_string(self, data):
        if self._encoding:
            data = _decode(data, self._encoding)
        self.append(_stringify(data))
        self._value = 0
    dispatch["string"] = end_string
    dispatch["name"] = end_string       # a struct member's name

    def end_array(self, data):
        mark = self._marks.pop()
        self._stack[mark:] = [self._stack[mark:]]
        self._value = 0
    dispatch["array"] = end_array

    def end_struct(self, data):
        mark = self._marks.pop()
        result = {}
        items = self._stack[mark:]
        for i in range(0, len(items), 2):
            result[_stringify(items[i])] = items[i + 1]
        self._stack[mark:] = [result]
        self._value = 0
    dispatch["struct"] = end_struct

    def end_base64(self, data):
        value = Binary()
        value.decode(data)
        self.append(value)
        self._value = 0
    dispatch["base64"] = end_base64

    def end_dateTime(self, data):
        if self._use_datetime:
            value = _datetime_type(data)
        else:
            value = DateTime()
            value.decode(data)
        self.append(value)
    dispatch["dateTime.iso8601"] = end_dateTime

    def end_value(self, data):
        # A <value> without a type element holds a string.
        if self._value:
            self.end_string(data)
    dispatch["value"] = end_value

    def end_params(self, data):
        self._type = "params"
    dispatch["params"] = end_params

    def end_fault(self, data):
        self._type = "fault"
    dispatch["fault"] = end_fault

    def end_methodName(self, data):
        if self._encoding:
            data = _decode(data, self._encoding)
        self._methodname = data
        self._type = "methodName"
    dispatch["methodName"] = end_methodName


class _MultiCallMethod:
    # A method of a MultiCall: calling it queues the call.
    def __init__(self, call_list, name):
        self.__call_list = call_list
        self.__name = name

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list,
                                "%s.%s" % (self.__name, name))

    def __call__(self, *args):
        self.__call_list.append((self.__name, args))


class MultiCallIterator:
    """The results of a multicall; a fault raises Fault when reached."""

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        item = self.results[i]
        if type(item) == type({}):
            raise Fault(item['faultCode'], item['faultString'])
        elif type(item) == type([]):
            return item[0]
        else:
            raise ValueError, "unexpected type in multicall result"


class MultiCall:
    """Collects calls and sends them in one system.multicall request.

        multicall = MultiCall(server)
        multicall.add(2, 3)
        multicall.get_address("Guido")
        add_result, address = multicall()
    """

    def __init__(self, server):
        self.__server = server
        self.__call_list = []

    def __repr__(self):
        return "<MultiCall at %x>" % id(self)

    __str__ = __repr__

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, name)

    def __call__(self):
        marshalled_list = []
        for name, args in self.__call_list:
            marshalled_list.append({'methodName': name, 'params': args})
        return MultiCallIterator(
            self.__server.system.multicall(marshalled_list))


def getparser(use_datetime=0):
    """(parser, unmarshaller): feed the parser, close it, then close()
    the unmarshaller to get the values."""
    if use_datetime and not datetime:
        raise ValueError, "the datetime module is not available"
    target = Unmarshaller(use_datetime=use_datetime)
    parser = ExpatParser(target)
    return parser, target


def dumps(params, methodname=None, methodresponse=None, encoding=None,
          allow_none=0):
    """Convert a tuple of parameters (or a Fault) to an XML-RPC request
    (if methodname is given), a response (if methodresponse is true; the
    tuple must then hold one value) or bare <params> text."""
    assert isinstance(params, TupleType) or isinstance(params, Fault), \
           "argument must be tuple or Fault instance"

    if isinstance(params, Fault):
        methodresponse = 1
    elif methodresponse and isinstance(params, TupleType):
        assert len(params) == 1, "response tuple must be a singleton"

    if not encoding:
        encoding = "utf-8"

    m = Marshaller(encoding, allow_none)
    data = m.dumps(params)

    if encoding != "utf-8":
        xmlheader = "<?xml version='1.0' encoding='%s'?>\n" % str(encoding)
    else:
        xmlheader = "<?xml version='1.0'?>\n"

    if methodname:
        if not isinstance(methodname, StringType):
            methodname = methodname.encode(encoding)
        data = (xmlheader,
                "<methodCall>\n"
                "<methodName>", methodname, "</methodName>\n",
                data,
                "</methodCall>\n")
    elif methodresponse:
        data = (xmlheader,
                "<methodResponse>\n",
                data,
                "</methodResponse>\n")
    else:
        return data
    return string.join(data, "")


def loads(data, use_datetime=0):
    """Parse an XML-RPC request or response: returns (params, method
    name), method name being None for a response.  A fault response
    raises Fault."""
    p, u = getparser(use_datetime=use_datetime)
    p.feed(data)
    p.close()
    return u.close(), u.getmethodname()


class _Method:
    # A remote method name; attribute access builds dotted names.
    def __init__(self, send, name):
        self.__send = send
        self.__name = name

    def __getattr__(self, name):
        return _Method(self.__send, "%s.%s" % (self.__name, name))

    def __call__(self, *args):
        return self.__send(self.__name, args)


class Transport:
    """Sends XML-RPC requests over HTTP (with httplib)."""

    user_agent = "xmlrpclib.py/%s (by www.pythonware.com)" % __version__

    def __init__(self, use_datetime=0):
        self._use_datetime = use_datetime

    def request(self, host, handler, request_body, verbose=0):
        """POST the request and return the parsed response values."""
        h = self.make_connection(host)
        if verbose:
            h.set_debuglevel(1)

        self.send_request(h, handler, request_body)
        self.send_host(h, host)
        self.send_user_agent(h)
        self.send_content(h, request_body)

        errcode, errmsg, headers = h.getreply()

        if errcode != 200:
            raise ProtocolError(host + handler, errcode, errmsg, headers)

        self.verbose = verbose

        try:
            sock = h._conn.sock
        except AttributeError:
            sock = None

        return self._parse_response(h.getfile(), sock)

    def getparser(self):
        return getparser(use_datetime=self._use_datetime)

    def get_host_info(self, host):
        """(host, extra headers, x509 info) from 'user:pw@host:port'."""
        x509 = {}
        if isinstance(host, TupleType):
            host, x509 = host

        import urllib
        auth, host = urllib.splituser(host)

        if auth:
            auth = base64.encodestring(urllib.unquote(auth))
            auth = string.join(string.split(auth), "")
            extra_headers = [("Authorization", "Basic " + auth)]
        else:
            extra_headers = None

        return host, extra_headers, x509

    def make_connection(self, host):
        import httplib
        host, extra_headers, x509 = self.get_host_info(host)
        return httplib.HTTP(host)

    def send_request(self, connection, handler, request_body):
        connection.putrequest("POST", handler)

    def send_host(self, connection, host):
        host, extra_headers, x509 = self.get_host_info(host)
        connection.putheader("Host", host)
        if extra_headers:
            if isinstance(extra_headers, DictType):
                extra_headers = extra_headers.items()
            for key, value in extra_headers:
                connection.putheader(key, value)

    def send_user_agent(self, connection):
        connection.putheader("User-Agent", self.user_agent)

    def send_content(self, connection, request_body):
        connection.putheader("Content-Type", "text/xml")
        connection.putheader("Content-Length", str(len(request_body)))
        connection.endheaders()
        if request_body:
            connection.send(request_body)

    def parse_response(self, file):
        return self._parse_response(file, None)

    def _parse_response(self, file, sock):
        p, u = self.getparser()
        while True:
            if sock:
                response = sock.recv(1024)
            else:
                response = file.read(1024)
            if not response:
                break
            if self.verbose:
                print "body:", repr(response)
            p.feed(response)
        file.close()
        p.close()
        return u.close()


class SafeTransport(Transport):
    """XML-RPC over HTTPS.  This build's httplib has no HTTPS support, so
    making a connection raises NotImplementedError."""

    def make_connection(self, host):
        import httplib
        host, extra_headers, x509 = self.get_host_info(host)
        try:
            HTTPS = httplib.HTTPS
        except AttributeError:
            raise NotImplementedError(
                "your version of httplib doesn't support HTTPS")
        return HTTPS(host, None, **(x509 or {}))


class ServerProxy:
    """A connection to an XML-RPC server: attribute access gives remote
    methods (server.system.listMethods() calls 'system.listMethods').

    uri is 'http://[user:password@]host[:port][/path]' (path defaults
    to /RPC2)."""

    def __init__(self, uri, transport=None, encoding=None, verbose=0,
                 allow_none=0, use_datetime=0):
        import urllib
        type, uri = urllib.splittype(uri)
        if type not in ("http", "https"):
            raise IOError, "unsupported XML-RPC protocol"
        self.__host, self.__handler = urllib.splithost(uri)
        if not self.__handler:
            self.__handler = "/RPC2"

        if transport is None:
            if type == "https":
                transport = SafeTransport(use_datetime=use_datetime)
            else:
                transport = Transport(use_datetime=use_datetime)
        self.__transport = transport

        self.__encoding = encoding
        self.__verbose = verbose
        self.__allow_none = allow_none

    def __request(self, methodname, params):
        request = dumps(params, methodname, encoding=self.__encoding,
                        allow_none=self.__allow_none)
        response = self.__transport.request(
            self.__host,
            self.__handler,
            request,
            verbose=self.__verbose)
        if len(response) == 1:
            response = response[0]
        return response

    def __repr__(self):
        return "<ServerProxy for %s%s>" % (self.__host, self.__handler)

    __str__ = __repr__

    def __getattr__(self, name):
        return _Method(self.__request, name)


# The old name.
Server = ServerProxy
