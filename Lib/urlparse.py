"""Split URLs into their parts, put them back together, and resolve
relative URLs against a base (RFC 1808 / RFC 2396 style).

urlparse() gives a 6-tuple (scheme, netloc, path, params, query,
fragment) and urlsplit() a 5-tuple without params; both tuples also have
those names as attributes, plus username, password, hostname and port.
"""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit"]

# Schemes for which relative references, a //netloc part, ;params,
# ?query and #fragment are meaningful ('' is a URL with no scheme).
uses_relative = ['ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', '', 'sftp']
uses_netloc = ['ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', '',
               'svn', 'svn+ssh', 'sftp']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_params = ['ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', '', 'sftp']
uses_query = ['http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips', '']
uses_fragment = ['ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero', '']

# Characters allowed in a scheme name.
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

MAX_CACHE_SIZE = 20
_parse_cache = {}

def clear_cache():
    """Empty the cache of split URLs."""
    _parse_cache.clear()


class BaseResult(tuple):
    """Common part of SplitResult and ParseResult: the netloc pieces."""

    __slots__ = ()

    def scheme(self):
        return self[0]
    scheme = property(scheme)

    def netloc(self):
        return self[1]
    netloc = property(netloc)

    def path(self):
        return self[2]
    path = property(path)

    def _userinfo(self):
        netloc = self[1]
        if "@" not in netloc:
            return None
        return netloc.rsplit("@", 1)[0]

    def _hostport(self):
        return self[1].rsplit("@", 1)[-1]

    def username(self):
        info = self._userinfo()
        if info is None:
            return None
        return info.split(":", 1)[0]
    username = property(username)

    def password(self):
        info = self._userinfo()
        if info is None or ":" not in info:
            return None
        return info.split(":", 1)[1]
    password = property(password)

    def hostname(self):
        host = self._hostport().split(":", 1)[0]
        return host.lower() or None
    hostname = property(hostname)

    def port(self):
        hostport = self._hostport()
        if ":" not in hostport:
            return None
        return int(hostport.split(":", 1)[1], 10)
    port = property(port)


class SplitResult(BaseResult):
    """Result of urlsplit: (scheme, netloc, path, query, fragment)."""

    __slots__ = ()

    def __new__(cls, scheme, netloc, path, query, fragment):
        return BaseResult.__new__(cls, (scheme, netloc, path, query,
                                        fragment))

    def query(self):
        return self[3]
    query = property(query)

    def fragment(self):
        return self[4]
    fragment = property(fragment)

    def geturl(self):
        return urlunsplit(self)


class ParseResult(BaseResult):
    """Result of urlparse: (scheme, netloc, path, params, query,
    fragment)."""

    __slots__ = ()

    def __new__(cls, scheme, netloc, path, params, query, fragment):
        return BaseResult.__new__(cls, (scheme, netloc, path, params,
                                        query, fragment))

    def params(self):
        return self[3]
    params = property(params)

    def query(self):
        return self[4]
    query = property(query)

    def fragment(self):
        return self[5]
    fragment = property(fragment)

    def geturl(self):
        return urlunparse(self)


def urlparse(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, params, query, fragment).
    scheme is the default used when url has none; with allow_fragments
    false a '#' is not special."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme,
                                                     allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)

def _split_params(path):
    # Parameters belong to the last path segment only.
    start = path.rfind('/')
    if start < 0:
        start = 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]

def _split_netloc(url, start=0):
    # netloc runs up to the first '/', '?' or '#' after start.
    end = len(url)
    for c in '/?#':
        pos = url.find(c, start)
        if 0 <= pos < end:
            end = pos
    return url[start:end], url[end:]

def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment)."""
    allow_fragments = bool(allow_fragments)
    key = (url, scheme, allow_fragments, type(url), type(scheme))
    cached = _parse_cache.get(key)
    if cached is not None:
        return cached
    if len(_parse_cache) >= MAX_CACHE_SIZE:
        clear_cache()
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0:
        for c in url[:colon]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if scheme in uses_netloc and url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
    if allow_fragments and scheme in uses_fragment and '#' in url:
        url, fragment = url.split('#', 1)
    if scheme in uses_query and '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    _parse_cache[key] = result
    return result

def urlunparse((scheme, netloc, url, params, query, fragment)):
    """Inverse of urlparse: join a 6-tuple into a URL (which may differ
    from the original by redundant delimiters, e.g. an empty '?')."""
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))

def urlunsplit((scheme, netloc, url, query, fragment)):
    """Inverse of urlsplit: join a 5-tuple into a URL."""
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url

def _merge_segments(segments):
    # Drop '.' segments and fold 'name/..' pairs; a '..' that climbs
    # above the root stays in place.
    if segments[-1] == '.':
        segments[-1] = ''
    segments = [s for s in segments if s != '.']
    changed = True
    while changed:
        changed = False
        for i in range(1, len(segments) - 1):
            if segments[i] == '..' and segments[i - 1] not in ('', '..'):
                del segments[i - 1:i + 1]
                changed = True
                break
    if segments == ['', '..']:
        segments[-1] = ''
    elif len(segments) >= 2 and segments[-1] == '..':
        segments[-2:] = ['']
    return segments

def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base and return the absolute URL."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = \
        urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = \
        urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query,
                               fragment))
        netloc = bnetloc
    if path[:1] == '/':
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if not path and not params:
        # Only a query and/or fragment: keep the base document.
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, bpath, bparams, query,
                           fragment))
    segments = bpath.split('/')[:-1] + path.split('/')
    segments = _merge_segments(segments)
    return urlunparse((scheme, netloc, '/'.join(segments), params, query,
                       fragment))

def urldefrag(url):
    """Return (url without its fragment, fragment); the fragment is ''
    if url has none."""
    if '#' not in url:
        return url, ''
    s, n, p, a, q, frag = urlparse(url)
    return urlunparse((s, n, p, a, q, '')), frag
