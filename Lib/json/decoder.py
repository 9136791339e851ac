"""The JSON decoder: JSON text to Python values.

A hand-written recursive-descent reader; nesting depth is bounded by the
interpreter's recursion limit (RuntimeError past it).
"""

__all__ = ['JSONDecoder']

PosInf = float('1e66666')
NaN = PosInf - PosInf
NegInf = -PosInf

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_SIMPLE_ESCAPES = {
    '"': u'"', '\\': u'\\', '/': u'/',
    'b': u'\b', 'f': u'\f', 'n': u'\n', 'r': u'\r', 't': u'\t',
}


def linecol(doc, pos):
    lineno = doc.count('\n', 0, pos) + 1
    if lineno == 1:
        colno = pos
    else:
        colno = pos - doc.rindex('\n', 0, pos)
    return lineno, colno


def errmsg(msg, doc, pos, end=None):
    lineno, colno = linecol(doc, pos)
    if end is None:
        return '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    return '%s: line %d column %d - line %d column %d (char %d - %d)' % (
        msg, lineno, colno, endlineno, endcolno, pos, end)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _Reader(object):
    """One decoding run over a document."""

    def __init__(self, decoder, s):
        self.s = s
        self.n = len(s)
        self.encoding = decoder.encoding
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def fail(self, msg, pos, end=None):
        raise ValueError(errmsg(msg, self.s, pos, end))

    def value(self, i):
        """(value, end) for the JSON value starting exactly at i; raises
        StopIteration if none starts there."""
        s = self.s
        if i >= self.n:
            raise StopIteration
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        if c == '-' or c in _DIGITS:
            return self.number(i)
        raise StopIteration

    def number(self, start):
        s = self.s
        n = self.n
        i = start
        if s[i] == '-':
            i += 1
        # integer part: 0 or a non-zero digit followed by digits
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration
        int_end = i
        frac = exp = ''
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            j = i + 1
            while j < n and s[j] in _DIGITS:
                j += 1
            frac = s[i:j]
            i = j
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            k = j
            while k < n and s[k] in _DIGITS:
                k += 1
            if k > j:
                exp = s[i:k]
                i = k
        if frac or exp:
            return self.parse_float(s[start:int_end] + frac + exp), i
        return self.parse_int(s[start:int_end]), i

    def string(self, begin):
        """Decode the string whose opening quote is at begin - 1."""
        s = self.s
        n = self.n
        i = begin
        chunks = []
        encoding = self.encoding
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and \
                  (s[j] >= ' ' or not self.strict):
                j += 1
            if j >= n:
                self.fail("Unterminated string starting at", begin - 1)
            if j > i:
                content = s[i:j]
                if not isinstance(content, unicode):
                    content = unicode(content, encoding)
                chunks.append(content)
            c = s[j]
            if c == '"':
                return u''.join(chunks), j + 1
            if c != '\\':
                self.fail("Invalid control character at", j)
            j += 1
            if j >= n:
                self.fail("Unterminated string starting at", begin - 1)
            esc = s[j]
            if esc != 'u':
                try:
                    chunks.append(_SIMPLE_ESCAPES[esc])
                except KeyError:
                    self.fail("Invalid \\escape: %r" % (esc,), j)
                i = j + 1
                continue
            code = self.hex4(j + 1, j - 1)
            i = j + 5
            if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                low = self.hex4(i + 2, i)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) |
                                      (low - 0xdc00))
                    i += 6
                    chunks.append(_unichr_wide(code))
                    continue
                self.fail("Invalid \\uXXXX\\uXXXX surrogate pair", i - 6)
            chunks.append(unichr(code))

    def hex4(self, i, err_at):
        text = self.s[i:i + 4]
        if len(text) != 4:
            self.fail("Invalid \\uXXXX escape", err_at)
        for c in text:
            if c not in '0123456789abcdefABCDEF':
                self.fail("Invalid \\uXXXX escape", err_at)
        return int(text, 16)

    def object(self, i):
        s = self.s
        pairs = {}
        i = _skip_ws(s, i)
        if i < self.n and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= self.n or s[i] != '"':
                self.fail("Expecting property name", i)
            key, i = self.string(i + 1)
            i = _skip_ws(s, i)
            if i >= self.n or s[i] != ':':
                self.fail("Expecting : delimiter", i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self.value(i)
            except StopIteration:
                self.fail("Expecting object", i)
            pairs[key] = value
            i = _skip_ws(s, i)
            if i < self.n and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= self.n or s[i] != ',':
                self.fail("Expecting , delimiter", i)
            i = _skip_ws(s, i + 1)

    def finish_object(self, pairs):
        if self.object_hook is not None:
            return self.object_hook(pairs)
        return pairs

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < self.n and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self.value(i)
            except StopIteration:
                self.fail("Expecting object", i)
            values.append(value)
            i = _skip_ws(s, i)
            if i < self.n and s[i] == ']':
                return values, i + 1
            if i >= self.n or s[i] != ',':
                self.fail("Expecting , delimiter", i)
            i = _skip_ws(s, i + 1)


def _unichr_wide(code):
    try:
        return unichr(code)
    except ValueError:
        # A narrow build: keep the surrogate pair.
        code -= 0x10000
        return unichr(0xd800 | (code >> 10)) + unichr(0xdc00 | (code & 0x3ff))


class JSONDecoder(object):
    """Reads JSON documents.

    Objects become dicts (or whatever object_hook returns), arrays lists,
    strings unicode, integers int or long, other numbers float, and
    true/false/null True/False/None.  The non-standard NaN, Infinity and
    -Infinity are accepted as the matching floats.  With strict false,
    control characters are allowed inside strings.
    """

    def __init__(self, encoding=None, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True):
        self.encoding = encoding or 'utf-8'
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def decode(self, s, _w=None):
        """The value of the JSON document s (str or unicode); only
        whitespace may follow it."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise ValueError(errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        """Read one JSON value starting at s[idx]; return (value, index
        just past it), ignoring whatever follows."""
        try:
            return _Reader(self, s).value(idx)
        except StopIteration:
            raise ValueError("No JSON object could be decoded")
