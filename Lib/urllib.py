"""URL quoting and splitting helpers, and urlopen for local files.

The quoting functions (quote, quote_plus, unquote, unquote_plus,
urlencode) and the split* helpers are pure string functions. urlopen()
and urlretrieve() handle only file: URLs and plain local paths here;
network URLs raise IOError.
"""

import re

__all__ = ["urlopen", "urlretrieve", "urlcleanup", "quote", "quote_plus",
           "unquote", "unquote_plus", "urlencode", "url2pathname",
           "pathname2url", "splittag", "localhost", "thishost",
           "splittype", "splithost", "splituser", "splitpasswd",
           "splitport", "splitnport", "splitquery", "splitattr",
           "splitvalue", "splitgophertype", "basejoin", "unwrap",
           "getproxies", "toBytes"]

__version__ = '1.17'

MAXFTPCACHE = 10


# ------------------------------------------------------------- quoting

# Characters never quoted by quote().
always_safe = ('ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               'abcdefghijklmnopqrstuvwxyz'
               '0123456789' '_.-')

_quote_tables = {}

def _quote_table(safe):
    # One 256-entry translation per distinct `safe`, kept small.
    table = _quote_tables.get(safe)
    if table is None:
        if len(_quote_tables) > 32:
            _quote_tables.clear()
        keep = always_safe + safe
        table = []
        for i in range(256):
            c = chr(i)
            if c in keep:
                table.append(c)
            else:
                table.append('%%%02X' % i)
        _quote_tables[safe] = table
    return table

def quote(s, safe='/'):
    """Replace special characters of s by %XX escapes. Letters, digits,
    '_.-' and the characters in safe are left alone."""
    table = _quote_table(safe)
    out = []
    for c in s:
        n = ord(c)
        if n < 256:
            out.append(table[n])
        else:
            out.append(c)
    return ''.join(out)

def quote_plus(s, safe=''):
    """Like quote(), but spaces become '+' (as in HTML form data)."""
    if ' ' in s:
        return quote(s, safe + ' ').replace(' ', '+')
    return quote(s, safe)

_hexdig = '0123456789ABCDEFabcdef'

def unquote(s):
    """Replace %XX escapes by the characters they stand for."""
    pieces = s.split('%')
    out = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _hexdig and piece[1] in _hexdig:
            out.append(chr(int(piece[:2], 16)))
            out.append(piece[2:])
        else:
            out.append('%')
            out.append(piece)
    return ''.join(out)

def unquote_plus(s):
    """Like unquote(), but '+' becomes a space first."""
    return unquote(s.replace('+', ' '))

def urlencode(query, doseq=0):
    """Encode a mapping or a sequence of (key, value) pairs as a
    "key=value&..." query string. With doseq true, a value that is a
    sequence gives one key=element pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            import sys
            ty, va, tb = sys.exc_info()
            raise TypeError, ("not a valid non-string sequence or "
                              "mapping object"), tb
    parts = []
    for k, v in query:
        k = quote_plus(str(k))
        if not doseq:
            parts.append(k + '=' + quote_plus(str(v)))
        elif isinstance(v, str):
            parts.append(k + '=' + quote_plus(v))
        elif isinstance(v, unicode):
            parts.append(k + '=' + quote_plus(v.encode("ASCII", "replace")))
        else:
            try:
                len(v)
            except TypeError:
                parts.append(k + '=' + quote_plus(str(v)))
            else:
                for elt in v:
                    parts.append(k + '=' + quote_plus(str(elt)))
    return '&'.join(parts)


# ----------------------------------------------------- paths (POSIX form)

def pathname2url(pathname):
    """The URL path for a local file name."""
    return quote(pathname)

def url2pathname(pathname):
    """The local file name for a URL path."""
    return unquote(pathname)


# ---------------------------------------------------------- splitting

def toBytes(url):
    """Return url as a plain string; unicode must be ASCII only."""
    if isinstance(url, unicode):
        try:
            url = url.encode("ASCII")
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url

def unwrap(url):
    """Strip the '<URL:...>' or '<...>' wrapping from url."""
    url = url.strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url

_typeprog = re.compile('^([^/:]+):')
def splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'); the type is
    lower-cased. Without a type: (None, url)."""
    m = _typeprog.match(url)
    if m:
        scheme = m.group(1)
        return scheme.lower(), url[len(scheme) + 1:]
    return None, url

_hostprog = re.compile('^//([^/?]*)(.*)$')
def splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    m = _hostprog.match(url)
    if m:
        return m.group(1, 2)
    return None, url

_userprog = re.compile('^(.*)@(.*)$')
def splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    m = _userprog.match(host)
    if m:
        return map(unquote, m.group(1, 2))
    return None, host

_passwdprog = re.compile('^([^:]*):(.*)$')
def splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    m = _passwdprog.match(user)
    if m:
        return m.group(1, 2)
    return user, None

_portprog = re.compile('^(.*):([0-9]+)$')
def splitport(host):
    """'host:port' -> ('host', 'port') (the port stays a string)."""
    m = _portprog.match(host)
    if m:
        return m.group(1, 2)
    return host, None

_nportprog = re.compile('^(.*):(.*)$')
def splitnport(host, defport=-1):
    """'host:port' -> ('host', port) with port an int, None if it is not
    a number, or defport if there is no ':port'."""
    m = _nportprog.match(host)
    if m:
        host, port = m.group(1, 2)
        try:
            if not port:
                raise ValueError, "no digits"
            nport = int(port)
        except ValueError:
            nport = None
        return host, nport
    return host, defport

_queryprog = re.compile('^(.*)\?([^?]*)$')
def splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    m = _queryprog.match(url)
    if m:
        return m.group(1, 2)
    return url, None

_tagprog = re.compile('^(.*)#([^#]*)$')
def splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    m = _tagprog.match(url)
    if m:
        return m.group(1, 2)
    return url, None

def splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1',
    'attr2=value2'])."""
    words = url.split(';')
    return words[0], words[1:]

_valueprog = re.compile('^([^=]*)=(.*)$')
def splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    m = _valueprog.match(attr)
    if m:
        return m.group(1, 2)
    return attr, None

def splitgophertype(selector):
    """'/[type]selector' -> ('type', 'selector')."""
    if selector[:1] == '/' and selector[1:2]:
        return selector[1], selector[2:]
    return None, selector

def basejoin(base, url):
    import urlparse
    return urlparse.urljoin(base, url)


# ------------------------------------------------------------ hosts

def localhost():
    return '127.0.0.1'

def thishost():
    import socket
    return socket.gethostbyname(socket.gethostname())


# ----------------------------------------------------------- proxies

def getproxies():
    """Proxy URLs from the <scheme>_proxy environment variables."""
    try:
        import os
    except ImportError:
        return {}
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    return proxies


# ------------------------------------------------------------ opening

class addbase:
    """Wraps an open file, re-exporting its reading methods."""

    def __init__(self, fp):
        self.fp = fp
        self.read = fp.read
        self.readline = fp.readline
        if hasattr(fp, "readlines"):
            self.readlines = fp.readlines
        if hasattr(fp, "fileno"):
            self.fileno = fp.fileno
        else:
            self.fileno = lambda: None
        if hasattr(fp, "__iter__"):
            self.__iter__ = fp.__iter__
            if hasattr(fp, "next"):
                self.next = fp.next

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__,
                                             id(self), self.fp)

    def close(self):
        self.read = self.readline = self.readlines = None
        self.fileno = self.__iter__ = self.next = None
        if self.fp:
            self.fp.close()
        self.fp = None


class addinfourl(addbase):
    """An opened URL: the file plus info() (headers) and geturl()."""

    def __init__(self, fp, headers, url):
        addbase.__init__(self, fp)
        self.headers = headers
        self.url = url

    def info(self):
        return self.headers

    def geturl(self):
        return self.url


class _Headers:
    # A small stand-in for mimetools.Message for file: URLs.

    def __init__(self, items):
        self.dict = {}
        self.headers = []
        for name, value in items:
            self.dict[name.lower()] = value
            self.headers.append("%s: %s\n" % (name, value))

    def getheader(self, name, default=None):
        return self.dict.get(name.lower(), default)

    get = getheader

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def __contains__(self, name):
        return name.lower() in self.dict

    def keys(self):
        return self.dict.keys()

    def __str__(self):
        return ''.join(self.headers)


def _local_file(url):
    # The file name of a file: URL (or of a URL with no scheme).
    scheme, rest = splittype(url)
    if scheme not in (None, 'file'):
        raise IOError, ('url error', 'unknown url type', scheme)
    host, path = splithost(rest)
    if host and host.lower() not in ('localhost', '127.0.0.1'):
        raise IOError, ('url error', 'not on local host', host)
    if host is None:
        path = rest
    return url2pathname(splittag(splitquery(path)[0])[0])

def urlopen(url, data=None, proxies=None):
    """Open url for reading. Only file: URLs and local paths are
    supported; the result has read(), readline(), info(), geturl()."""
    url = unwrap(toBytes(url))
    name = _local_file(url)
    fp = open(name, 'rb')
    headers = []
    try:
        import os, time
        st = os.fstat(fp.fileno())
        headers.append(('Content-length', str(st.st_size)))
        headers.append(('Last-modified',
                        time.strftime('%a, %d %b %Y %H:%M:%S GMT',
                                      time.gmtime(st.st_mtime))))
    except (ImportError, AttributeError, OSError):
        pass
    if not url.startswith('file:'):
        url = 'file://' + pathname2url(name)
    return addinfourl(fp, _Headers(headers), url)

def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the object at url (a file: URL or local path) to filename,
    or just locate it if filename is None. Returns (filename, headers)."""
    url = unwrap(toBytes(url))
    src = urlopen(url)
    if filename is None:
        name = _local_file(url)
        headers = src.info()
        src.close()
        return name, headers
    headers = src.info()
    dst = open(filename, 'wb')
    blocksize = 8192
    count = 0
    size = -1
    if 'content-length' in headers:
        size = int(headers['content-length'])
    try:
        if reporthook:
            reporthook(count, blocksize, size)
        while True:
            block = src.read(blocksize)
            if not block:
                break
            dst.write(block)
            count = count + 1
            if reporthook:
                reporthook(count, blocksize, size)
    finally:
        dst.close()
        src.close()
    return filename, headers

def urlcleanup():
    """Nothing is cached by this urlretrieve, so nothing to clean."""
    pass
