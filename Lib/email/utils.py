"""Miscellaneous utilities of the email package."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
    'encode_rfc2231', 'formataddr', 'formatdate', 'getaddresses',
    'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz',
    'quote', 'unquote',
    ]

try:
    import os           # (only for make_msgid's process id; a sandbox has none)
except ImportError:
    os = None
import re
import time
import base64
import random
import urllib
import warnings

from quopri import decodestring as _qdecode

from email._parseaddr import quote
from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz
from email._parseaddr import parsedate, parsedate_tz

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = u''
CRLF = '\r\n'
TICK = "'"

_needs_quotes = re.compile(r'[][\\()<>@,:;".]')
_to_escape = re.compile(r'[][\\()"]')


def _bencode(s):
    # base64 that keeps "no trailing newline" when the input had none
    if not s:
        return s
    out = base64.encodestring(s)
    if not s.endswith('\n') and out.endswith('\n'):
        out = out[:-1]
    return out


def _bdecode(s):
    if not s:
        return s
    out = base64.decodestring(s)
    if not s.endswith('\n') and out.endswith('\n'):
        out = out[:-1]
    return out


def fix_eols(s):
    """Turn every line ending in s into CRLF."""
    s = re.sub(r'(?<!\r)\n', CRLF, s)
    s = re.sub(r'\r(?!\n)', CRLF, s)
    return s


def formataddr(pair):
    """Turn a (realname, email_address) pair into a header value."""
    name, address = pair
    if not name:
        return address
    q = ''
    if _needs_quotes.search(name):
        q = '"'
    name = _to_escape.sub(r'\\\g<0>', name)
    return '%s%s%s <%s>' % (q, name, q, address)


def getaddresses(fieldvalues):
    """Return (realname, email) pairs for all addresses of the given
    header values (as from msg.get_all('to', []))."""
    return _AddressList(COMMASPACE.join(fieldvalues)).addresslist


def parseaddr(addr):
    """Split an address header into (realname, email); ('', '') when
    nothing can be parsed."""
    found = _AddressList(addr).addresslist
    if not found:
        return ('', '')
    return found[0]


_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHNAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def formatdate(timeval=None, localtime=False, usegmt=False):
    """Format a time as an RFC 2822 date, e.g.
    'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        tm = time.localtime(timeval)
        if time.daylight and tm[-1]:
            west = time.altzone
        else:
            west = time.timezone
        minutes = abs(west) // 60
        if west > 0:
            sign = '-'
        else:
            sign = '+'
        zone = '%s%02d%02d' % (sign, minutes // 60, minutes % 60)
    else:
        tm = time.gmtime(timeval)
        if usegmt:
            zone = 'GMT'
        else:
            zone = '-0000'
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYNAMES[tm[6]], tm[2], _MONTHNAMES[tm[1] - 1], tm[0],
        tm[3], tm[4], tm[5], zone)


def make_msgid(idstring=None):
    """Return a string suitable for a Message-ID header:
    <20020201195627.33539.96671@nightshade.la.mastaler.com>"""
    stamp = time.strftime('%Y%m%d%H%M%S', time.gmtime(time.time()))
    try:
        pid = os.getpid()
    except (AttributeError, OSError):
        pid = 1
    if idstring is None:
        idstring = ''
    else:
        idstring = '.' + idstring
    try:
        import socket
        host = socket.getfqdn()
    except Exception:
        host = 'localhost'
    return '<%s.%s.%s%s@%s>' % (stamp, pid, random.randrange(100000),
                                idstring, host)


def unquote(s):
    """Strip one level of double quotes (unescaping) or angle brackets."""
    if len(s) > 1:
        if s[0] == '"' and s[-1] == '"':
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s[0] == '<' and s[-1] == '>':
            return s[1:-1]
    return s


def decode_rfc2231(s):
    """Split an RFC 2231 value "charset'language'text" into its parts."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode s per RFC 2231, with the charset and language
    prefix when either is given."""
    s = urllib.quote(s, safe='')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


_continued = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$')


def decode_params(params):
    """Merge RFC 2231 continuations (name*0*, name*1, ...) in a list of
    (name, value) pairs; the first pair is kept as it is."""
    result = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        m = _continued.match(name)
        if m is None:
            result.append((name, '"%s"' % quote(value)))
            continue
        base = m.group('name')
        num = m.group('num')
        if num is not None:
            num = int(num)
        if base not in pieces:
            pieces[base] = []
            order.append(base)
        pieces[base].append((num, value, encoded))
    for base in order:
        chunks = pieces[base]
        chunks.sort()
        extended = False
        text = []
        for num, value, encoded in chunks:
            if encoded:
                value = urllib.unquote(value)
                extended = True
            text.append(value)
        value = quote(EMPTYSTRING.join(text))
        if extended:
            charset, language, value = decode_rfc2231(value)
            result.append((base, (charset, language, '"%s"' % value)))
        else:
            result.append((base, '"%s"' % value))
    return result


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    """Turn a parameter value (a string, or a (charset, language, text)
    tuple from an RFC 2231 parameter) into a plain or unicode string."""
    if isinstance(value, tuple):
        raw = unquote(value[2])
        charset = value[0] or 'us-ascii'
        try:
            return unicode(raw, charset, errors)
        except LookupError:
            return unicode(raw, fallback_charset, errors)
    return unquote(value)
