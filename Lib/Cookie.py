"""HTTP cookie state management (RFC 2109).

    >>> C = SimpleCookie()
    >>> C["a"] = "b"
    >>> C["a"]["path"] = "/"
    >>> print C
    Set-Cookie: a=b; Path=/
"""

import re
import string
import time
from cPickle import dumps, loads

__all__ = ["CookieError", "BaseCookie", "SimpleCookie", "SerialCookie",
           "SmartCookie", "Cookie"]


class CookieError(Exception):
    pass


_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~"

_escapes = {'"': '\\"', '\\': '\\\\'}
for _n in range(256):
    if _n < 32 or _n > 126:
        _escapes[chr(_n)] = '\\%03o' % _n
del _n


def _is_legal(s, legal=_LegalChars):
    for c in s:
        if c not in legal:
            return False
    return True


def _quote(s, LegalChars=_LegalChars):
    """Return s unchanged if every character is legal in a cookie
    value, else double-quoted with \\ escapes (octal for non-printables)."""
    if _is_legal(s, LegalChars):
        return s
    return '"' + ''.join([_escapes.get(c, c) for c in s]) + '"'


_octal_or_char = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unescape(m):
    if m.group(1) is not None:
        return chr(int(m.group(1), 8))
    return m.group(2)


def _unquote(s):
    """Undo _quote(): strip the double quotes and the escapes."""
    if len(s) < 2 or s[0] != '"' or s[-1] != '"':
        return s
    return _octal_or_char.sub(_unescape, s[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """An expires date 'future' seconds from now, in cookie format."""
    t = time.gmtime(time.time() + future)
    return "%s, %02d-%3s-%4d %02d:%02d:%02d GMT" % (
        weekdayname[t[6]], t[2], monthname[t[1]], t[0], t[3], t[4], t[5])


class Morsel(dict):
    """One cookie: key, value, coded_value and the RFC 2109 attributes
    (expires, path, comment, domain, max-age, secure, version) as items."""

    _reserved = {"expires": "expires",
                 "path": "Path",
                 "comment": "Comment",
                 "domain": "Domain",
                 "max-age": "Max-Age",
                 "secure": "secure",
                 "version": "Version"}

    def __init__(self):
        self.key = self.value = self.coded_value = None
        for k in self._reserved:
            dict.__setitem__(self, k, "")

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid Attribute %s" % K)
        dict.__setitem__(self, K, V)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val, LegalChars=_LegalChars):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key: %s" % key)
        if not _is_legal(key, LegalChars):
            raise CookieError("Illegal key value: %s" % key)
        self.key = key
        self.value = val
        self.coded_value = coded_val

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s=%s>' % (self.__class__.__name__, self.key,
                                repr(self.value))

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', '\\"'),)

    def OutputString(self, attrs=None):
        """'key=value; Attr=val; ...' with the set attributes, sorted."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        for K, V in sorted(self.items()):
            if V == "":
                continue
            if attrs and K not in attrs:
                continue
            name = self._reserved[K]
            if K == "expires" and isinstance(V, int):
                parts.append("%s=%s" % (name, _getdate(V)))
            elif K == "max-age" and isinstance(V, int):
                parts.append("%s=%d" % (name, V))
            elif K == "secure":
                parts.append(name)
            else:
                parts.append("%s=%s" % (name, V))
        return "; ".join(parts)


_legal_key = r"[\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=]"
_cookie_pair = re.compile(
    r"(?x)"
    r"(?P<key>" + _legal_key + r"+?)"
    r"\s*=\s*"
    r"(?P<val>"
    r'"(?:[^\\"]|\\.)*"'
    r"|\w{3},\s[\w\d-]{9,11}\s[\d:]{8}\sGMT"
    r"|" + _legal_key + r"*"
    r")"
    r"\s*;?")


class BaseCookie(dict):
    """A dictionary of Morsels; subclasses decide how values are encoded
    (value_encode) and decoded (value_decode)."""

    def value_decode(self, val):
        """(real_value, coded_value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real_value, coded_value) for a value being stored."""
        s = str(val)
        return s, s

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _set_morsel(self, key, real_value, coded_value):
        m = self.get(key, Morsel())
        m.set(key, real_value, coded_value)
        dict.__setitem__(self, key, m)

    def __setitem__(self, key, value):
        rval, cval = self.value_encode(value)
        self._set_morsel(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        """Every cookie as a header line, joined by sep."""
        return sep.join([m.output(attrs, header)
                         for k, m in sorted(self.items())])

    __str__ = output

    def __repr__(self):
        inner = ' '.join(['%s=%s' % (k, repr(m.value))
                          for k, m in sorted(self.items())])
        return '<%s: %s>' % (self.__class__.__name__, inner)

    def js_output(self, attrs=None):
        return "".join([m.js_output(attrs) for k, m in sorted(self.items())])

    def load(self, rawdata):
        """Load cookies from a Cookie header string, or from a dict."""
        if isinstance(rawdata, str):
            self._parse(rawdata)
        else:
            for k, v in rawdata.items():
                self[k] = v

    def _parse(self, text):
        pos = 0
        current = None
        while 0 <= pos < len(text):
            m = _cookie_pair.search(text, pos)
            if m is None:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end()
            if key[0] == "$":
                # $Version, $Path...: attributes of the request, ignored
                continue
            if key.lower() in Morsel._reserved:
                if current is not None:
                    current[key] = _unquote(value)
            else:
                rval, cval = self.value_decode(value)
                self._set_morsel(key, rval, cval)
                current = self[key]


class SimpleCookie(BaseCookie):
    """Values are strings, quoted when needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        s = str(val)
        return s, _quote(s)


class SerialCookie(BaseCookie):
    """Values are any picklable objects (unsafe with untrusted input:
    reading a cookie unpickles it)."""

    def value_decode(self, val):
        return loads(_unquote(val)), val

    def value_encode(self, val):
        return val, _quote(dumps(val))


class SmartCookie(BaseCookie):
    """Strings are stored as strings, other values pickled (unsafe with
    untrusted input: reading a cookie may unpickle it)."""

    def value_decode(self, val):
        s = _unquote(val)
        try:
            return loads(s), val
        except Exception:
            return s, val

    def value_encode(self, val):
        if isinstance(val, str):
            return val, _quote(val)
        return val, _quote(dumps(val))


Cookie = SmartCookie
