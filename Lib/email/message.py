"""The Message class: headers plus a payload, the model of an email."""

__all__ = ['Message']

import re
import uu
import binascii
import warnings
from cStringIO import StringIO

import email.charset
from email import utils
from email import errors

SEMISPACE = '; '

_tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')

_absent = object()


def _split_on_semicolon(s):
    # Split at ';' outside double quotes; returns (first, rest-or-None).
    inquote = False
    escaped = False
    for i in range(len(s)):
        c = s[i]
        if escaped:
            escaped = False
        elif c == '\\' and inquote:
            escaped = True
        elif c == '"':
            inquote = not inquote
        elif c == ';' and not inquote:
            return s[:i], s[i + 1:]
    return s, None


def _splitparam(param):
    first, rest = _split_on_semicolon(param)
    if rest is None:
        return first.strip(), None
    return first.strip(), rest.strip()


def _formatparam(param, value=None, quote=True):
    """Format 'param=value' for a header; tuples are RFC 2231 values."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        param += '*'
        value = utils.encode_rfc2231(value[2], value[0], value[1])
    if quote or _tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    # ';a=b; c="d;e"' -> ['a=b', 'c="d;e"'], names lowercased
    out = []
    rest = s
    while rest is not None and rest[:1] == ';':
        item, rest = _split_on_semicolon(rest[1:])
        if rest is not None:
            rest = ';' + rest
        if '=' in item:
            name, value = item.split('=', 1)
            item = name.strip().lower() + '=' + value.strip()
        item = item.strip()
        out.append(item)
    return out


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


class Message:
    """An email message: an ordered list of headers (names compared
    case-insensitively) and a payload, which is a string or, for
    multipart messages, a list of Message objects."""

    def __init__(self):
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string(unixfrom=True)

    def as_string(self, unixfrom=False):
        """The whole message flattened to a string."""
        from email.generator import Generator
        fp = StringIO()
        Generator(fp).flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    # -- envelope ---------------------------------------------------------

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # -- payload ----------------------------------------------------------

    def attach(self, payload):
        """Add payload to the list of subparts."""
        if self._payload is None:
            self._payload = [payload]
        else:
            self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload (or its i-th subpart).  With decode true, a
        non-multipart payload is decoded per Content-Transfer-Encoding
        (quoted-printable, base64, uuencode); None for multipart."""
        if i is None:
            payload = self._payload
        elif not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        else:
            payload = self._payload[i]
        if not decode:
            return payload
        if self.is_multipart():
            return None
        cte = self.get('content-transfer-encoding', '').lower()
        if cte == 'quoted-printable':
            return utils._qdecode(payload)
        if cte == 'base64':
            try:
                return utils._bdecode(payload)
            except binascii.Error:
                return payload
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            out = StringIO()
            try:
                uu.decode(StringIO(payload + '\n'), out, quiet=True)
            except uu.Error:
                return payload
            except TypeError:
                try:
                    uu.decode(StringIO(payload + '\n'), out)
                except uu.Error:
                    return payload
            return out.getvalue()
        return payload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Set the charset of the payload (a Charset, a name or None),
        adding MIME-Version, Content-Type and Content-Transfer-Encoding
        headers as needed and encoding the payload."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if isinstance(charset, basestring):
            charset = email.charset.Charset(charset)
        if not isinstance(charset, email.charset.Charset):
            raise TypeError(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if str(charset) != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                self._payload = charset.body_encode(self._payload)
                self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- headers as a mapping ---------------------------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Append a header (existing ones of that name are kept)."""
        self._headers.append((name, val))

    def __delitem__(self, name):
        """Remove every header called name; no error if there is none."""
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers
                         if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def has_key(self, name):
        return name in self

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        found = [v for k, v in self._headers if k.lower() == name]
        if not found:
            return failobj
        return found

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters; an underscore in a parameter
        name becomes a dash, a None value adds the bare name."""
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            if v is None:
                parts.append(k)
            else:
                parts.append(_formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, SEMISPACE.join(parts)))

    def replace_header(self, _name, _value):
        """Replace the first header called _name, keeping its place;
        KeyError when there is none."""
        want = _name.lower()
        for i in range(len(self._headers)):
            k = self._headers[i][0]
            if k.lower() == want:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    # -- content type -----------------------------------------------------

    def get_content_type(self):
        """The lowercased maintype/subtype; the default type when there
        is no Content-Type header, text/plain when it is invalid."""
        value = self.get('content-type', _absent)
        if value is _absent:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        value = self.get(header, _absent)
        if value is _absent:
            return failobj
        params = []
        for p in _parseparam(';' + value):
            if '=' in p:
                name, val = p.split('=', 1)
                name = name.strip()
                val = val.strip()
            else:
                name = p.strip()
                val = ''
            params.append((name, val))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The parameters of header as (name, value) pairs; the first
        pair is the value itself with ''."""
        params = self._get_params_preserve(_absent, header)
        if params is _absent:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type',
                  unquote=True):
        """The value of one parameter of header; RFC 2231 encoded values
        come back as (charset, language, value)."""
        if header not in self:
            return failobj
        want = param.lower()
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == want:
                if unquote:
                    return _unquotevalue(v)
                return v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language=''):
        """Set (or add) a parameter of header; with charset, the value
        is RFC 2231 encoded."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            current = 'text/plain'
        else:
            current = self.get(header)
        if not self.get_param(param, header=header):
            if not current:
                new = _formatparam(param, value, requote)
            else:
                new = SEMISPACE.join([current,
                                      _formatparam(param, value, requote)])
        else:
            items = []
            for k, v in self.get_params(header=header, unquote=requote):
                if k.lower() == param.lower():
                    items.append(_formatparam(param, value, requote))
                else:
                    items.append(_formatparam(k, v, requote))
            new = SEMISPACE.join(items)
        if new != self.get(header):
            del self[header]
            self[header] = new

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from header (no error if it is absent)."""
        if header not in self:
            return
        items = []
        for k, v in self.get_params(header=header, unquote=requote):
            if k.lower() != param.lower():
                items.append(_formatparam(k, v, requote))
        new = SEMISPACE.join(items)
        if new != self.get(header):
            del self[header]
            self[header] = new

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the maintype/subtype of header, keeping its parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for k, v in params[1:]:
            self.set_param(k, v, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition."""
        name = self.get_param('filename', _absent, 'content-disposition')
        if name is _absent:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        """The boundary parameter of Content-Type."""
        boundary = self.get_param('boundary', _absent)
        if boundary is _absent:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter of Content-Type in place;
        HeaderParseError when there is no Content-Type header."""
        params = self._get_params_preserve(_absent, 'content-type')
        if params is _absent:
            raise errors.HeaderParseError('No Content-Type header found')
        rebuilt = []
        seen = False
        for k, v in params:
            if k.lower() == 'boundary':
                rebuilt.append(('boundary', '"%s"' % boundary))
                seen = True
            else:
                rebuilt.append((k, v))
        if not seen:
            rebuilt.append(('boundary', '"%s"' % boundary))
        pieces = []
        for k, v in rebuilt:
            if v == '':
                pieces.append(k)
            else:
                pieces.append('%s=%s' % (k, v))
        value = SEMISPACE.join(pieces)
        headers = []
        done = False
        for h, v in self._headers:
            if h.lower() == 'content-type' and not done:
                headers.append((h, value))
                done = True
            else:
                headers.append((h, v))
        self._headers = headers

    def get_content_charset(self, failobj=None):
        """The lowercased charset parameter of Content-Type."""
        charset = self.get_param('charset', _absent)
        if charset is _absent:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or 'us-ascii'
            try:
                charset = unicode(charset[2], pcharset).encode('us-ascii')
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            if isinstance(charset, str):
                charset = unicode(charset, 'us-ascii')
            charset = charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """The content charset of every part of the tree, in walk order."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    from email.iterators import walk
