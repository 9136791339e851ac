"""An extensible library for opening URLs (the Python 2.5 urllib2 API).

urlopen(url, data=None) opens a URL (a string or a Request object) with
the installed opener.  An opener (OpenerDirector) holds a list of
handlers; each handler provides methods named after what it does:

    <protocol>_open(req)          open a request of that scheme
    <protocol>_request(req)       pre-process a request
    <protocol>_response(req, r)   post-process a response
    http_error_<code>(...)        handle an HTTP error code

build_opener(*handlers) makes an opener with the default handlers plus
the given ones (classes or instances); a given handler replaces the
default of its class.

Exceptions: URLError (an IOError), HTTPError (both an exception and a
response, with code, msg, headers and a readable body).
"""

import base64
import re
import socket
import sys
import time
import bisect

import httplib
import mimetools
import urlparse

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

from urllib import (unwrap, unquote, splittype, splithost, quote,
                    addinfourl, splitport, splitquery, splitattr,
                    splitvalue, splituser, splitpasswd, splittag,
                    getproxies, url2pathname)

__version__ = sys.version[:3]

_opener = None


def urlopen(url, data=None):
    """Open url (a string or a Request) with the installed opener."""
    global _opener
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data)


def install_opener(opener):
    global _opener
    _opener = opener


class URLError(IOError):
    """Raised when a URL cannot be opened; reason says why."""

    # IOError's own __init__ is not used: reason is the only argument.
    def __init__(self, reason):
        self.args = reason,
        self.reason = reason

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, addinfourl):
    """An HTTP error reply: an exception that is also a response whose
    body can be read."""

    __super_init = addinfourl.__init__

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        # Without a file there is nothing for the response part to wrap.
        if fp is not None:
            self.__super_init(fp, hdrs, url)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)


class GopherError(URLError):
    pass


_cut_port_re = re.compile(r":\d+$")


def request_host(request):
    """The host part of a request's URL, lower-cased, without the port."""
    url = request.get_full_url()
    host = urlparse.urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    host = _cut_port_re.sub("", host, 1)
    return host.lower()


class Request:
    """A URL request: the URL, optional POST data, and headers."""

    def __init__(self, url, data=None, headers={},
                 origin_req_host=None, unverifiable=False):
        self.__original = unwrap(url)
        self.type = None
        self.host = None
        self.port = None
        self.data = data
        self.headers = {}
        for key, value in headers.items():
            self.add_header(key, value)
        self.unredirected_hdrs = {}
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable

    def get_method(self):
        if self.has_data():
            return "POST"
        return "GET"

    def add_data(self, data):
        self.data = data

    def has_data(self):
        return self.data is not None

    def get_data(self):
        return self.data

    def get_full_url(self):
        return self.__original

    def get_type(self):
        if self.type is None:
            self.type, self.__r_type = splittype(self.__original)
            if self.type is None:
                raise ValueError, "unknown url type: %s" % self.__original
        return self.type

    def get_host(self):
        if self.host is None:
            self.get_type()
            self.host, self.__r_host = splithost(self.__r_type)
            if self.host:
                self.host = unquote(self.host)
        return self.host

    def get_selector(self):
        if self.host is None:
            self.get_host()
        return self.__r_host

    def set_proxy(self, host, type):
        # The request now goes to the proxy, with the full URL as selector.
        self.host, self.type = host, type
        self.__r_host = self.__original

    def get_origin_req_host(self):
        return self.origin_req_host

    def is_unverifiable(self):
        return self.unverifiable

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        # Sent with this request but not with a redirected one.
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return (header_name in self.headers or
                header_name in self.unredirected_hdrs)

    def get_header(self, header_name, default=None):
        return self.headers.get(
            header_name,
            self.unredirected_hdrs.get(header_name, default))

    def header_items(self):
        hdrs = self.unredirected_hdrs.copy()
        hdrs.update(self.headers)
        return hdrs.items()


class OpenerDirector:
    """Dispatches requests, responses and errors to its handlers."""

    def __init__(self):
        client_version = "Python-urllib/%s" % __version__
        self.addheaders = [('User-agent', client_version)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        """Register every <proto>_<kind> method of handler."""
        added = False
        for meth in dir(handler):
            if meth in ("redirect_request", "do_open", "proxy_open"):
                continue
            i = meth.find("_")
            if i < 0:
                continue
            protocol = meth[:i]
            condition = meth[i + 1:]

            if condition.startswith("error"):
                j = condition.find("_") + i + 1
                kind = meth[j + 1:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                lookup = self.handle_error.setdefault(protocol, {})
            elif condition == "open":
                kind = protocol
                lookup = self.handle_open
            elif condition == "response":
                kind = protocol
                lookup = self.process_response
            elif condition == "request":
                kind = protocol
                lookup = self.process_request
            else:
                continue

            handlers = lookup.setdefault(kind, [])
            if handler not in handlers:
                bisect.insort(handlers, handler)
            added = True

        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        # Only exists for backwards compatibility.
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        # Ask each handler in order; the first non-None answer wins.
        handlers = chain.get(kind, ())
        for handler in handlers:
            func = getattr(handler, meth_name)
            result = func(*args)
            if result is not None:
                return result

    def open(self, fullurl, data=None):
        """Open a URL string or Request; returns a file-like response."""
        if isinstance(fullurl, basestring):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.add_data(data)

        protocol = req.get_type()

        meth_name = protocol + "_request"
        for processor in self.process_request.get(protocol, []):
            meth = getattr(processor, meth_name)
            req = meth(req)

        response = self._open(req, data)

        meth_name = protocol + "_response"
        for processor in self.process_response.get(protocol, []):
            meth = getattr(processor, meth_name)
            response = meth(req, response)

        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default',
                                  'default_open', req)
        if result:
            return result

        protocol = req.get_type()
        result = self._call_chain(self.handle_open, protocol,
                                  protocol + '_open', req)
        if result:
            return result

        return self._call_chain(self.handle_open, 'unknown',
                                'unknown_open', req)

    def error(self, proto, *args):
        """Pass an error to the handlers: for http, args are
        (req, fp, code, msg, hdrs)."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            proto = args[2]     # the status code selects the handler
            meth_name = 'http_error_%s' % proto
            http_err = 1
            orig_args = args
        else:
            table = self.handle_error
            meth_name = proto + '_error'
            http_err = 0
        args = (table, proto, meth_name) + args
        result = self._call_chain(*args)
        if result:
            return result

        if http_err:
            args = (table, 'default', 'http_error_default') + orig_args
            return self._call_chain(*args)


def build_opener(*handlers):
    """Make an OpenerDirector with the default handlers, replacing those
    whose class (or a subclass) is among the given handlers."""
    import types

    def isclass(obj):
        return isinstance(obj, (types.ClassType, type))

    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler,
                       HTTPDefaultErrorHandler, HTTPRedirectHandler,
                       FTPHandler, FileHandler, HTTPErrorProcessor]
    skip = []
    for klass in default_classes:
        for check in handlers:
            if isclass(check):
                if issubclass(check, klass):
                    skip.append(klass)
            elif isinstance(check, klass):
                skip.append(klass)
    for klass in default_classes:
        if klass not in skip:
            opener.add_handler(klass())

    for h in handlers:
        if isclass(h):
            h = h()
        opener.add_handler(h)
    return opener


class BaseHandler:
    """Base of all handlers; handler_order sorts them (lower first)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        # Only exists for backwards compatibility.
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            # Let other handlers (e.g. classic ones) sort where they want.
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Turns non-success responses into calls of the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if code not in (200, 206):
            response = self.parent.error(
                'http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.get_full_url(), code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303 and 307 redirects (GET/HEAD only for a
    301/302/307, and any POST becomes a GET to the new place)."""

    # How often one URL may be visited, and how many redirects in all.
    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """Return the Request for the new URL, or raise HTTPError if the
        redirect is not to be followed automatically."""
        method = req.get_method()
        if ((code in (301, 302, 303, 307) and method in ("GET", "HEAD")) or
            (code in (301, 302, 303) and method == "POST")):
            # The new request has no body, so drop the headers about it.
            newurl = newurl.replace(' ', '%20')
            return Request(newurl,
                           headers=req.headers,
                           origin_req_host=req.get_origin_req_host(),
                           unverifiable=True)
        raise HTTPError(req.get_full_url(), code, msg, headers, fp)

    def http_error_302(self, req, fp, code, msg, headers):
        if 'location' in headers:
            newurl = headers.getheaders('location')[0]
        elif 'uri' in headers:
            newurl = headers.getheaders('uri')[0]
        else:
            return
        newurl = urlparse.urljoin(req.get_full_url(), newurl)

        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return

        # Loop detection, carried from request to request.
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if (visited.get(newurl, 0) >= self.max_repeats or
                len(visited) >= self.max_redirections):
                raise HTTPError(req.get_full_url(), code,
                                self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1

        # The old response is finished with.
        fp.read()
        fp.close()

        return self.parent.open(new)

    http_error_301 = http_error_303 = http_error_307 = http_error_302

    inf_msg = "The HTTP server returned a redirect error that would " \
              "lead to an infinite loop.\n" \
              "The last 30x error message was:\n"


class ProxyHandler(BaseHandler):
    """Sends requests through the proxies given as {scheme: url}
    (default: from the <scheme>_proxy environment variables)."""

    # Before the other handlers, so it can rewrite the request.
    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, 'has_key'), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            setattr(self, '%s_open' % type,
                    lambda r, proxy=url, type=type, meth=self.proxy_open:
                        meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.get_type()
        proxy_type, r_type = splittype(proxy)
        if not proxy_type or r_type.isdigit():
            # A bare host:port proxy.
            proxy_type = orig_type
            host = proxy
        else:
            host, r_host = splithost(r_type)
        user_pass, host = splituser(host)
        if user_pass and ':' in user_pass:
            user, password = user_pass.split(':', 1)
            user_pass = '%s:%s' % (unquote(user), unquote(password))
            creds = base64.encodestring(user_pass).strip()
            req.add_header('Proxy-authorization', 'Basic ' + creds)
        host = unquote(host)
        req.set_proxy(host, proxy_type)
        if orig_type == proxy_type:
            # The normal handler for the scheme talks to the proxy.
            return None
        return self.parent.open(req)


class HTTPPasswordMgr:
    """Stores (user, password) by realm and URI prefix."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, basestring):
            uri = [uri]
        uri = tuple([self.reduce_uri(u) for u in uri])
        self.passwd.setdefault(realm, {})[uri] = (user, passwd)

    def find_user_password(self, realm, authuri):
        domains = self.passwd.get(realm, {})
        authuri = self.reduce_uri(authuri)
        for uris, authinfo in domains.iteritems():
            for uri in uris:
                if self.is_suburi(uri, authuri):
                    return authinfo
        return None, None

    def reduce_uri(self, uri):
        """Reduce a URI to (host[:port], path) for comparison."""
        parts = urlparse.urlparse(uri)
        if parts[1]:
            return parts[1], parts[2] or '/'
        return parts[2], '/'

    def is_suburi(self, base, test):
        """True if test is base or below it (same host, path prefix)."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        return test[1].startswith(base[1])


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back to the passwords added with realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm,
                                                            authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class AbstractBasicAuthHandler:

    rx = re.compile('[ \t]*([^ \t]+)[ \t]+realm="([^"]*)"', re.I)

    def __init__(self, password_mgr=None):
        if password_mgr is None:
            password_mgr = HTTPPasswordMgr()
        self.passwd = password_mgr
        self.add_password = self.passwd.add_password

    def http_error_auth_reqed(self, authreq, host, req, headers):
        # authreq is the name of the challenge header.
        authreq = headers.get(authreq, None)
        if authreq:
            mo = AbstractBasicAuthHandler.rx.search(authreq)
            if mo:
                scheme, realm = mo.groups()
                if scheme.lower() == 'basic':
                    return self.retry_http_basic_auth(host, req, realm)

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is not None:
            raw = "%s:%s" % (user, pw)
            auth = 'Basic %s' % base64.encodestring(raw).strip()
            if req.headers.get(self.auth_header, None) == auth:
                # These credentials were already refused.
                return None
            req.add_header(self.auth_header, auth)
            return self.parent.open(req)
        return None


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):

    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        url = req.get_full_url()
        return self.http_error_auth_reqed('www-authenticate',
                                          url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):

    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        # The proxy wants credentials for itself: look them up by its
        # host name.
        authority = req.get_host()
        return self.http_error_auth_reqed('proxy-authenticate',
                                          authority, req, headers)


class AbstractDigestAuthHandler:
    """HTTP Digest authentication (RFC 2617), MD5 or SHA, with or without
    qop=auth."""

    def __init__(self, passwd=None):
        if passwd is None:
            passwd = HTTPPasswordMgr()
        self.passwd = passwd
        self.add_password = self.passwd.add_password
        self.retried = 0
        self.nonce_count = 0

    def reset_retry_count(self):
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        authreq = headers.get(auth_header, None)
        if self.retried > 5:
            # Give up rather than loop on a server that keeps refusing.
            raise HTTPError(req.get_full_url(), 401, "digest auth failed",
                            headers, None)
        self.retried = self.retried + 1
        if authreq:
            scheme = authreq.split()[0]
            if scheme.lower() == 'digest':
                return self.retry_http_digest_auth(req, authreq)

    def retry_http_digest_auth(self, req, auth):
        token, challenge = auth.split(' ', 1)
        chal = parse_keqv_list(parse_http_list(challenge))
        auth = self.get_authorization(req, chal)
        if auth:
            auth_val = 'Digest %s' % auth
            if req.headers.get(self.auth_header, None) == auth_val:
                return None
            req.add_unredirected_header(self.auth_header, auth_val)
            return self.parent.open(req)

    def get_cnonce(self, nonce):
        import sha
        seed = "%s:%s:%s:%s" % (self.nonce_count, nonce, time.ctime(),
                                randombytes(8))
        return sha.new(seed).hexdigest()[:16]

    def get_authorization(self, req, chal):
        try:
            realm = chal['realm']
            nonce = chal['nonce']
            qop = chal.get('qop')
            algorithm = chal.get('algorithm', 'MD5')
            opaque = chal.get('opaque', None)
        except KeyError:
            return None

        H, KD = self.get_algorithm_impls(algorithm)
        if H is None:
            return None

        user, pw = self.passwd.find_user_password(realm, req.get_full_url())
        if user is None:
            return None

        A1 = "%s:%s:%s" % (user, realm, pw)
        A2 = "%s:%s" % (req.get_method(), req.get_selector())
        if qop is None:
            respdig = KD(H(A1), "%s:%s" % (nonce, H(A2)))
        elif 'auth' in [q.strip() for q in qop.split(',')]:
            self.nonce_count = self.nonce_count + 1
            ncvalue = '%08x' % self.nonce_count
            cnonce = self.get_cnonce(nonce)
            noncebit = "%s:%s:%s:%s:%s" % (nonce, ncvalue, cnonce, 'auth',
                                           H(A2))
            respdig = KD(H(A1), noncebit)
        else:
            raise URLError("qop '%s' is not supported." % qop)

        base = ('username="%s", realm="%s", nonce="%s", uri="%s", '
                'response="%s"' % (user, realm, nonce, req.get_selector(),
                                   respdig))
        if opaque:
            base = base + ', opaque="%s"' % opaque
        base = base + ', algorithm="%s"' % algorithm
        if qop:
            base = base + ', qop=auth, nc=%s, cnonce="%s"' % (ncvalue, cnonce)
        return base

    def get_algorithm_impls(self, algorithm):
        """(H, KD) for the algorithm, or (None, None) if unknown."""
        if algorithm == 'MD5':
            import md5
            H = lambda x: md5.new(x).hexdigest()
        elif algorithm == 'SHA':
            import sha
            H = lambda x: sha.new(x).hexdigest()
        else:
            return None, None
        KD = lambda s, d: H("%s:%s" % (s, d))
        return H, KD


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    """Digest authentication with the origin server."""

    auth_header = 'Authorization'
    handler_order = 490     # before Basic: Digest is the stronger scheme

    def http_error_401(self, req, fp, code, msg, headers):
        host = urlparse.urlparse(req.get_full_url())[1]
        retry = self.http_error_auth_reqed('www-authenticate',
                                           host, req, headers)
        self.reset_retry_count()
        return retry


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    """Digest authentication with a proxy."""

    auth_header = 'Proxy-Authorization'
    handler_order = 490

    def http_error_407(self, req, fp, code, msg, headers):
        host = req.get_host()
        retry = self.http_error_auth_reqed('proxy-authenticate',
                                           host, req, headers)
        self.reset_retry_count()
        return retry


class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=0):
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        """Add the headers every HTTP request needs."""
        host = request.get_host()
        if not host:
            raise URLError('no host given')

        if request.has_data():
            data = request.get_data()
            if not request.has_header('Content-type'):
                request.add_unredirected_header(
                    'Content-type', 'application/x-www-form-urlencoded')
            if not request.has_header('Content-length'):
                request.add_unredirected_header(
                    'Content-length', '%d' % len(data))

        scheme, sel = splittype(request.get_selector())
        sel_host, sel_path = splithost(sel)
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', sel_host or host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)

        return request

    def do_open(self, http_class, req):
        """Send req with a connection made by http_class and return the
        response as an addinfourl with code and msg attributes."""
        host = req.get_host()
        if not host:
            raise URLError('no host given')

        h = http_class(host)
        h.set_debuglevel(self._debuglevel)

        headers = dict(req.headers)
        headers.update(req.unredirected_hdrs)
        # One request per connection: the response is read to the end
        # of the connection, so no keep-alive.
        headers["Connection"] = "close"
        headers = dict([(name.title(), val)
                        for name, val in headers.items()])
        try:
            h.request(req.get_method(), req.get_selector(), req.data, headers)
            r = h.getresponse()
        except socket.error, err:
            raise URLError(err)

        fp = _ResponseFile(r)
        resp = addinfourl(fp, r.msg, req.get_full_url())
        resp.code = r.status
        resp.msg = r.reason
        return resp


class _ResponseFile:
    """A file interface (read, readline, readlines, iteration) over an
    httplib.HTTPResponse."""

    def __init__(self, response):
        self._response = response
        self._buf = ''

    def _fill(self):
        data = self._response.read(8192)
        self._buf = self._buf + data
        return data

    def read(self, size=-1):
        if size is None or size < 0:
            data = self._buf + self._response.read()
            self._buf = ''
            return data
        while len(self._buf) < size:
            if not self._fill():
                break
        data = self._buf[:size]
        self._buf = self._buf[size:]
        return data

    def readline(self, size=-1):
        while '\n' not in self._buf:
            if size >= 0 and len(self._buf) >= size:
                break
            if not self._fill():
                break
        end = self._buf.find('\n') + 1
        if end == 0:
            end = len(self._buf)
        if size >= 0 and end > size:
            end = size
        line = self._buf[:end]
        self._buf = self._buf[end:]
        return line

    def readlines(self, sizehint=0):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total = total + len(line)
            if sizehint and total >= sizehint:
                break
        return lines

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        fp = self._response.fp
        if fp is None:
            return None
        return fp.fileno()

    def close(self):
        self._response.close()


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(httplib.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


def parse_keqv_list(l):
    """Parse ['a="b"', 'c=d'] into {'a': 'b', 'c': 'd'}."""
    parsed = {}
    for elt in l:
        k, v = elt.split('=', 1)
        if v[:1] == '"' and v[-1:] == '"':
            v = v[1:-1]
        parsed[k] = v
    return parsed


def parse_http_list(s):
    """Split a header value on commas that are not inside quotes, as
    for the lists of RFC 2616 section 2.  Quotes are kept."""
    items = []
    current = []
    quoted = False
    escaped = False
    for ch in s:
        if escaped:
            current.append(ch)
            escaped = False
            continue
        if quoted:
            if ch == '\\':
                escaped = True
            elif ch == '"':
                quoted = False
            current.append(ch)
            continue
        if ch == ',':
            items.append(''.join(current))
            current = []
            continue
        if ch == '"':
            quoted = True
        current.append(ch)
    if current:
        items.append(''.join(current))
    return [item.strip() for item in items]


class FileHandler(BaseHandler):
    """Opens file: URLs on the local host."""

    def file_open(self, req):
        url = req.get_selector()
        if url[:2] == '//' and url[2:3] != '/':
            # file://host/path with a remote host: try FTP.
            req.type = 'ftp'
            return self.parent.open(req)
        return self.open_local_file(req)

    names = None

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = (socket.gethostbyname('localhost'),
                                     socket.gethostbyname(socket.gethostname()))
            except socket.error:
                FileHandler.names = (socket.gethostbyname('localhost'),)
        return FileHandler.names

    def open_local_file(self, req):
        import rfc822
        host = req.get_host()
        file = req.get_selector()
        localfile = url2pathname(file)
        if host:
            host, port = splitport(host)
            if port or socket.gethostbyname(host) not in self.get_names():
                raise URLError('file not on local host')
        # The file is opened first (in a sandbox open() is the checked
        # way in; os may not be importable there at all).
        try:
            fp = open(localfile, 'rb')
        except IOError, e:
            raise URLError(e)
        fp.seek(0, 2)
        size = fp.tell()
        fp.seek(0)
        headers = 'Content-type: %s\nContent-length: %d\n' % (
            _guess_type(file) or 'text/plain', size)
        try:
            import os
            mtime = os.fstat(fp.fileno()).st_mtime
        except (ImportError, AttributeError, OSError):
            pass
        else:
            headers = headers + 'Last-modified: %s\n' % rfc822.formatdate(mtime)
        return addinfourl(fp, mimetools.Message(StringIO(headers)),
                          'file:' + file)


def _guess_type(path):
    try:
        import mimetypes
    except ImportError:
        dot = path.rfind('.')
        if dot < 0 or '/' in path[dot:]:
            return None
        ext = path[dot:].lower()
        return {'.html': 'text/html', '.htm': 'text/html',
                '.txt': 'text/plain', '.xml': 'text/xml',
                '.gif': 'image/gif', '.png': 'image/png',
                '.jpg': 'image/jpeg'}.get(ext)
    return mimetypes.guess_type(path)[0]


class FTPHandler(BaseHandler):
    """Opens ftp: URLs with ftplib (anonymous unless user:password@ is
    in the URL)."""

    def ftp_open(self, req):
        import ftplib
        host = req.get_host()
        if not host:
            raise URLError('ftp error: no host given')
        host, port = splitport(host)
        if port is None:
            port = ftplib.FTP_PORT
        else:
            port = int(port)

        user, host = splituser(host)
        if user:
            user, passwd = splitpasswd(user)
        else:
            passwd = None
        host = unquote(host)
        user = unquote(user or '')
        passwd = unquote(passwd or '')

        try:
            host = socket.gethostbyname(host)
        except socket.error, msg:
            raise URLError(msg)
        path, attrs = splitattr(req.get_selector())
        dirs = path.split('/')
        dirs = map(unquote, dirs)
        dirs, file = dirs[:-1], dirs[-1]
        if dirs and not dirs[0]:
            dirs = dirs[1:]
        try:
            ftp = ftplib.FTP()
            ftp.connect(host, port)
            ftp.login(user, passwd)
            for d in dirs:
                ftp.cwd(d)
            type = file and 'I' or 'D'
            for attr in attrs:
                attr, value = splitvalue(attr)
                if attr.lower() == 'type' and value in ('a', 'A', 'i', 'I',
                                                        'd', 'D'):
                    type = value.upper()
            if type == 'D':
                ftp.voidcmd('TYPE A')
                if file:
                    cmd = 'LIST ' + file
                else:
                    cmd = 'LIST'
            else:
                ftp.voidcmd('TYPE ' + type)
                cmd = 'RETR ' + file
            conn, length = ftp.ntransfercmd(cmd)
            fp = _FTPDataFile(conn.makefile('rb'), conn, ftp)
            headers = ""
            mtype = _guess_type(req.get_full_url())
            if mtype:
                headers += "Content-type: %s\n" % mtype
            if length is not None and length >= 0:
                headers += "Content-length: %d\n" % length
            headers = mimetools.Message(StringIO(headers))
            return addinfourl(fp, headers, req.get_full_url())
        except ftplib.all_errors, msg:
            raise IOError, ('ftp error', msg), sys.exc_info()[2]


class _FTPDataFile:
    """The data connection of an FTP transfer; closing it ends the
    transfer and the control session."""

    def __init__(self, fp, conn, ftp):
        self.fp = fp
        self.conn = conn
        self.ftp = ftp
        self.read = fp.read
        self.readline = fp.readline
        self.readlines = fp.readlines
        self.fileno = fp.fileno

    def __iter__(self):
        return iter(self.fp)

    def close(self):
        self.fp.close()
        self.conn.close()
        try:
            self.ftp.voidresp()
        except Exception:
            pass
        try:
            self.ftp.close()
        except Exception:
            pass


class CacheFTPHandler(FTPHandler):
    """The 2.5 interface of an FTP handler that caches logins.  This
    implementation accepts the settings but opens a new connection for
    every request."""

    def __init__(self):
        self.cache = {}
        self.timeout = {}
        self.soonest = 0
        self.delay = 60
        self.max_conns = 16

    def setTimeout(self, t):
        self.delay = t

    def setMaxConns(self, m):
        self.max_conns = m


class UnknownHandler(BaseHandler):

    def unknown_open(self, req):
        type = req.get_type()
        raise URLError('unknown url type: %s' % type)


def randombytes(n):
    """n random bytes (from os.urandom when available)."""
    try:
        import os
        return os.urandom(n)
    except (ImportError, AttributeError, NotImplementedError):
        import random
        return ''.join([chr(random.randrange(256)) for i in range(n)])
