"""The JSON encoder: Python values to JSON text."""

__all__ = ['JSONEncoder']

INFINITY = float('1e66666')

_SHORT_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}


def _escape_char(c, ascii_only):
    """The JSON spelling of one character inside a string."""
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x20 or (ascii_only and n > 0x7e):
        if n < 0x10000:
            return '\\u%04x' % n
        # Outside the BMP: a surrogate pair.
        n -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
    return c


def _needs_escape(c, ascii_only):
    return c in _SHORT_ESCAPES or c < ' ' or (ascii_only and c > '~')


def encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept)."""
    out = []
    for c in s:
        if _needs_escape(c, False):
            out.append(_escape_char(c, False))
        else:
            out.append(c)
    return '"' + s[:0].join(out) + '"'


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if isinstance(s, str):
        for c in s:
            if c > '\x7f':
                s = s.decode('utf-8')
                break
    out = []
    for c in s:
        if _needs_escape(c, True):
            out.append(_escape_char(c, True))
        else:
            out.append(str(c))
    return '"' + ''.join(out) + '"'


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: "
                         + repr(o))
    return text


class JSONEncoder(object):
    """Writes Python values as JSON.

    dicts become objects, lists and tuples arrays, str and unicode
    strings, int/long/float numbers, and True/False/None true/false/null.
    For anything else default(o) is called; override it (or pass default=)
    to return something encodable, or let it raise TypeError.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, encoding='utf-8', default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        self.current_indent_level = 0
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default
        self.encoding = encoding

    def default(self, o):
        """Called for values of no JSON type; return an encodable
        stand-in or raise TypeError (which this version does)."""
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """The JSON text of o, as one string."""
        if isinstance(o, basestring):
            o = self._text(o)
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = list(self.iterencode(o))
        return ''.join(chunks)

    def _text(self, s):
        if isinstance(s, str) and self.encoding is not None and \
           self.encoding != 'utf-8':
            s = s.decode(self.encoding)
        return s

    def _string(self, s):
        s = self._text(s)
        if self.ensure_ascii:
            return encode_basestring_ascii(s)
        return encode_basestring(s)

    def iterencode(self, o):
        """The JSON text of o as an iterator of string pieces (so that
        big documents can be written out as they are produced)."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        return self._iterencode(o, markers)

    def _newline(self):
        return '\n' + ' ' * (self.indent * self.current_indent_level)

    def _iterencode(self, o, markers=None):
        if isinstance(o, basestring):
            yield self._string(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, (int, long)):
            yield str(o)
        elif isinstance(o, float):
            yield _float_text(o, self.allow_nan)
        elif isinstance(o, (list, tuple)):
            for chunk in self._iterencode_list(o, markers):
                yield chunk
        elif isinstance(o, dict):
            for chunk in self._iterencode_dict(o, markers):
                yield chunk
        else:
            key = self._enter(o, markers)
            for chunk in self._iterencode_default(o, markers):
                yield chunk
            self._leave(key, markers)

    def _iterencode_default(self, o, markers=None):
        newobj = self.default(o)
        return self._iterencode(newobj, markers)

    def _enter(self, o, markers):
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = o
        return key

    def _leave(self, key, markers):
        if markers is not None:
            del markers[key]

    def _iterencode_list(self, lst, markers=None):
        if not lst:
            yield '[]'
            return
        key = self._enter(lst, markers)
        yield '['
        if self.indent is not None:
            self.current_indent_level += 1
            newline = self._newline()
            separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                yield separator
            for chunk in self._iterencode(value, markers):
                yield chunk
        if newline is not None:
            self.current_indent_level -= 1
            yield self._newline()
        yield ']'
        self._leave(key, markers)

    def _iterencode_dict(self, dct, markers=None):
        if not dct:
            yield '{}'
            return
        key = self._enter(dct, markers)
        yield '{'
        if self.indent is not None:
            self.current_indent_level += 1
            newline = self._newline()
            item_separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            item_separator = self.item_separator
        first = True
        if self.sort_keys:
            keys = dct.keys()
            keys.sort()
            items = [(k, dct[k]) for k in keys]
        else:
            items = dct.iteritems()
        for k, value in items:
            if isinstance(k, basestring):
                pass
            # JavaScript is weakly typed: these keys become strings.
            elif isinstance(k, float):
                k = _float_text(k, self.allow_nan)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, (int, long)):
                k = str(k)
            elif self.skipkeys:
                continue
            else:
                raise TypeError("key %r is not a string" % (k,))
            if first:
                first = False
            else:
                yield item_separator
            yield self._string(k)
            yield self.key_separator
            for chunk in self._iterencode(value, markers):
                yield chunk
        if newline is not None:
            self.current_indent_level -= 1
            yield self._newline()
        yield '}'
        self._leave(key, markers)
