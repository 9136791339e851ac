"""A non-validating XML 1.0 parser with the interface of 'pyexpat'.

The parser is written in Python: ParserCreate() returns an xmlparser
object whose handler attributes are called while Parse() (incrementally)
or ParseFile() feeds it a document.  Errors raise ExpatError with the
expat error code, line number and column offset, worded as expat words
them.

Documents may be encoded in UTF-8, UTF-16 (byte order mark or '<'
detection), ISO-8859-1, US-ASCII, or any other codec this Python knows.
The internal DTD subset is read: general and parameter entity, element,
attribute-list and notation declarations are reported; internal entities
are expanded with a bound on the total expansion, so that nested entity
"bombs" end in an error instead of exhausting memory.

Known differences from the C expat: byte indexes are counted in decoded
characters, and character data may be split into pieces at other places
than expat splits it.
"""

import re as _re
import sys as _sys
import codecs as _codecs

EXPAT_VERSION = "expat_2.0.0"
version_info = (2, 0, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1),
            ("XML_DTD", 0), ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

# --------------------------------------------------------------- errors

# (code, constant name, message) in expat's numbering
_ERROR_TABLE = [
    (1, "XML_ERROR_NO_MEMORY", "out of memory"),
    (2, "XML_ERROR_SYNTAX", "syntax error"),
    (3, "XML_ERROR_NO_ELEMENTS", "no element found"),
    (4, "XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"),
    (5, "XML_ERROR_UNCLOSED_TOKEN", "unclosed token"),
    (6, "XML_ERROR_PARTIAL_CHAR", "partial character"),
    (7, "XML_ERROR_TAG_MISMATCH", "mismatched tag"),
    (8, "XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"),
    (9, "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "junk after document element"),
    (10, "XML_ERROR_PARAM_ENTITY_REF", "illegal parameter entity reference"),
    (11, "XML_ERROR_UNDEFINED_ENTITY", "undefined entity"),
    (12, "XML_ERROR_RECURSIVE_ENTITY_REF", "recursive entity reference"),
    (13, "XML_ERROR_ASYNC_ENTITY", "asynchronous entity"),
    (14, "XML_ERROR_BAD_CHAR_REF", "reference to invalid character number"),
    (15, "XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"),
    (16, "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
     "reference to external entity in attribute"),
    (17, "XML_ERROR_MISPLACED_XML_PI",
     "XML or text declaration not at start of entity"),
    (18, "XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"),
    (19, "XML_ERROR_INCORRECT_ENCODING",
     "encoding specified in XML declaration is incorrect"),
    (20, "XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"),
    (21, "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
     "error in processing external entity reference"),
    (22, "XML_ERROR_NOT_STANDALONE", "document is not standalone"),
    (23, "XML_ERROR_UNEXPECTED_STATE",
     "unexpected parser state - please send a bug report"),
    (24, "XML_ERROR_ENTITY_DECLARED_IN_PE",
     "entity declared in parameter entity"),
    (25, "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
     "requested feature requires XML_DTD support in Expat"),
    (26, "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING",
     "cannot change setting once parsing has begun"),
    (27, "XML_ERROR_UNBOUND_PREFIX", "unbound prefix"),
    (28, "XML_ERROR_UNDECLARING_PREFIX", "must not undeclare prefix"),
    (29, "XML_ERROR_INCOMPLETE_PE", "incomplete markup in parameter entity"),
    (30, "XML_ERROR_XML_DECL", "XML declaration not well-formed"),
    (31, "XML_ERROR_TEXT_DECL", "text declaration not well-formed"),
    (32, "XML_ERROR_PUBLICID", "illegal character(s) in public id"),
    (33, "XML_ERROR_SUSPENDED", "parser suspended"),
    (34, "XML_ERROR_NOT_SUSPENDED", "parser not suspended"),
    (35, "XML_ERROR_ABORTED", "parsing aborted"),
    (36, "XML_ERROR_FINISHED", "parsing finished"),
    (37, "XML_ERROR_SUSPEND_PE", "cannot suspend in external parameter entity"),
    # Not in the expat of Python 2.5: the refusal of entity expansion
    # bombs (the code and wording of later expat releases).
    (43, "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
     "limit on input amplification factor (from DTD and entities) breached"),
]

_MESSAGES = {}
for _code, _name, _msg in _ERROR_TABLE:
    _MESSAGES[_code] = _msg
del _code, _name, _msg

(_E_SYNTAX, _E_NO_ELEMENTS, _E_INVALID, _E_UNCLOSED, _E_PARTIAL_CHAR,
 _E_MISMATCH, _E_DUP_ATTR, _E_JUNK, _E_PARAM_REF, _E_UNDEFINED,
 _E_RECURSIVE, _E_ASYNC, _E_BAD_CHAR_REF, _E_BINARY_REF, _E_ATTR_EXTERNAL,
 _E_MISPLACED_PI, _E_UNKNOWN_ENC, _E_INCORRECT_ENC, _E_UNCLOSED_CDATA,
 _E_EXTERNAL, _E_NOT_STANDALONE) = range(2, 23)
_E_UNBOUND_PREFIX = 27
_E_UNDECLARING = 28
_E_XML_DECL = 30
_E_TEXT_DECL = 31
_E_PUBLICID = 32
_E_ABORTED = 35
_E_FINISHED = 36
_E_AMPLIFICATION = 43


class ExpatError(Exception):
    """Raised on malformed input; carries code, lineno and offset."""

error = ExpatError


def ErrorString(code):
    """Return the message expat gives for an error code (None if unknown)."""
    return _MESSAGES.get(code)


def _make_submodule(name, doc):
    import types
    mod = types.ModuleType(name, doc)
    return mod

errors = _make_submodule("pyexpat.errors", "Constants used to describe "
                         "error conditions.")
for _code, _name, _msg in _ERROR_TABLE:
    setattr(errors, _name, _msg)
del _code, _name, _msg

model = _make_submodule("pyexpat.model", "Constants used to interpret "
                        "content model information.")
model.XML_CTYPE_EMPTY = 1
model.XML_CTYPE_ANY = 2
model.XML_CTYPE_MIXED = 3
model.XML_CTYPE_NAME = 4
model.XML_CTYPE_CHOICE = 5
model.XML_CTYPE_SEQ = 6
model.XML_CQUANT_NONE = 0
model.XML_CQUANT_OPT = 1
model.XML_CQUANT_REP = 2
model.XML_CQUANT_PLUS = 3

try:
    _sys.modules.setdefault("pyexpat.errors", errors)
    _sys.modules.setdefault("pyexpat.model", model)
except AttributeError:
    pass


class _ParseError(Exception):
    """Internal: a well-formedness error at (code, index); index None
    means the position of the current event."""
    def __init__(self, code, index=None):
        Exception.__init__(self, code, index)
        self.code = code
        self.index = index


class _NeedMore(Exception):
    """Internal: the token at hand runs past the data received so far."""
    def __init__(self, code=_E_UNCLOSED, index=None):
        Exception.__init__(self, code, index)
        self.code = code
        self.index = index


# ----------------------------------------------------------- lexical

_START_CHARS = (u":A-Z_a-z\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d"
                u"\u037f-\u1fff\u200c\u200d\u2070-\u218f\u2c00-\u2fef"
                u"\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
                u"\U00010000-\U000effff")
_MORE_CHARS = _START_CHARS + u"\\-.0-9\xb7\u0300-\u036f\u203f\u2040"
_NAME = _re.compile(u"[%s][%s]*" % (_START_CHARS, _MORE_CHARS))
_NMTOKEN = _re.compile(u"[%s]+" % _MORE_CHARS)
_SPACE = _re.compile(u"[ \t\n]*")
_TEXT = _re.compile(u"[^<&]+")
_LINES = _re.compile(u"\n|[^\n]+")
_BADCHAR = _re.compile(u"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"
                       u"\ud800-\udfff]")
_DIGITS = _re.compile(u"[0-9]*")
_HEXDIGITS = _re.compile(u"[0-9a-fA-F]*")
_REF = _re.compile(u"&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(%s));" %
                   _NAME.pattern)
_END_TAG = _re.compile(u"</(%s)[ \t\n]*>" % _NAME.pattern)
_PUBID_BAD = _re.compile(u"[^- \r\na-zA-Z0-9'()+,./:=?;!*#@$_%]")
_ENC_NAME = _re.compile(u"[A-Za-z][A-Za-z0-9._-]*$")
_VERSION = _re.compile(u"[a-zA-Z0-9_.:-]+$")
_RAW_ENCODING = _re.compile(r"""encoding\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PSEUDO_ATTR = _re.compile(u"""[ \t\n]+([a-z]+)[ \t\n]*=[ \t\n]*"""
                           u"""(?:"([^"]*)"|'([^']*)')""")

_PREDEFINED = {u"lt": u"<", u"gt": u">", u"amp": u"&", u"apos": u"'",
               u"quot": u'"'}

_XML_NAMESPACE = u"http://www.w3.org/XML/1998/namespace"

# Bounds of entity expansion.  Up to _EXPANSION_FREE characters of
# replacement text are always allowed; beyond that the expansion may not
# exceed _EXPANSION_FACTOR times the size of the input read so far.
_EXPANSION_FREE = 1 << 20
_EXPANSION_FACTOR = 100
_ENTITY_DEPTH = 40
_MODEL_DEPTH = 100


def _legal_char(n):
    return (n == 0x9 or n == 0xA or n == 0xD or 0x20 <= n <= 0xD7FF or
            0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF)


def _decoder_for(name):
    """Return decode(bytes, final) -> (text, bytes used) for a codec."""
    if name == "utf-8":
        fn = _codecs.utf_8_decode
    elif name == "utf-16-le":
        fn = _codecs.utf_16_le_decode
    elif name == "utf-16-be":
        fn = _codecs.utf_16_be_decode
    elif name == "latin-1":
        def latin1(data, final):
            return _codecs.latin_1_decode(data)
        return latin1
    elif name == "ascii":
        def ascii(data, final):
            return _codecs.ascii_decode(data, "strict")
        return ascii
    else:
        inc = _codecs.getincrementaldecoder(name)("strict")
        def other(data, final):
            return inc.decode(data, final), len(data)
        return other
    def multibyte(data, final):
        return fn(data, "strict", final)
    return multibyte


class _Entity(object):
    __slots__ = ("name", "value", "systemId", "publicId", "notation",
                 "base")

    def __init__(self, name, value=None, systemId=None, publicId=None,
                 notation=None, base=None):
        self.name = name
        self.value = value
        self.systemId = systemId
        self.publicId = publicId
        self.notation = notation
        self.base = base


class _DTD(object):
    """Declarations read from the DTD, shared with the parsers made by
    ExternalEntityParserCreate."""

    def __init__(self):
        self.entities = {}
        self.pentities = {}
        self.attdefaults = {}   # element -> [(attname, default)]
        self.atttypes = {}      # (element, attname) -> declared type
        self.keep_processing = True
        self.pe_refs = False
        self.has_external = False
        self.standalone = -1


_HANDLER_NAMES = (
    "StartElementHandler", "EndElementHandler",
    "ProcessingInstructionHandler", "CharacterDataHandler",
    "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
    "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
    "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler",
    "ExternalEntityRefHandler", "StartDoctypeDeclHandler",
    "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
    "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)

# states of the document scanner
_AT_START, _PROLOG, _CONTENT, _EPILOG, _DONE = range(5)


class xmlparser(object):
    """An XML parser; make one with ParserCreate()."""

    def __init__(self, encoding=None, namespace_separator=None,
                 intern=None, _parent=None, _context=None):
        for name in _HANDLER_NAMES:
            setattr(self, name, None)
        self.returns_unicode = 1
        self.ordered_attributes = 0
        self.specified_attributes = 0
        self.namespace_prefixes = 0
        self.intern = intern
        self._buffer_text = False
        self._buffer_size = 8192
        self._cdbuf = []
        self._cdlen = 0
        self._encoding = encoding
        self._sep = namespace_separator
        self._decode = None
        self._raw = ""            # bytes waiting for encoding detection
        self._rawpend = ""        # bytes of an incomplete character
        self._pending_cr = False
        self._buf = u""
        self._pos = 0
        self._bad = None          # (index, code) of undecodable input
        self._line0 = 1
        self._col0 = 0
        self._consumed = 0
        self._loc_cache = (0, 1, 0)
        self._evp = 0
        self._state = _AT_START
        self._stack = []
        self._ns = {u"xml": _XML_NAMESPACE}
        self._open = []           # names of the entities being expanded
        self._expanded = 0
        self._input_size = 0
        self._error = None
        self._errinfo = (0, 1, 0)
        self._base = None
        self._param_parsing = XML_PARAM_ENTITY_PARSING_NEVER
        self._foreign_dtd = False
        self._doctype_seen = False
        self._ext_kind = None     # None, "entity" or "dtd"
        self._started = False
        if _parent is not None:
            self._inherit(_parent, _context, encoding)
        else:
            self._dtd = _DTD()

    # -------------------------------------------------- attributes

    def _get_buffer_text(self):
        return self._buffer_text

    def _set_buffer_text(self, value):
        value = bool(value)
        if not value and self._cdbuf:
            self._flush()
        self._buffer_text = value

    buffer_text = property(_get_buffer_text, _set_buffer_text)

    def _get_buffer_size(self):
        return self._buffer_size

    def _set_buffer_size(self, value):
        if not isinstance(value, (int, long)):
            raise TypeError("buffer_size must be an integer")
        if value <= 0:
            raise ValueError("buffer_size must be greater than zero")
        if self._cdbuf:
            self._flush()
        self._buffer_size = value

    buffer_size = property(_get_buffer_size, _set_buffer_size)

    def _get_buffer_used(self):
        return self._cdlen

    buffer_used = property(_get_buffer_used)

    def _locate(self, index):
        """(line, column) of an index into the current buffer."""
        s = self._buf
        ci, cline, ccol = self._loc_cache
        if index < ci:
            ci, cline, ccol = 0, self._line0, self._col0
        n = s.count(u"\n", ci, index)
        if n:
            line = cline + n
            col = index - s.rfind(u"\n", ci, index) - 1
        else:
            line = cline
            col = ccol + index - ci
        self._loc_cache = (index, line, col)
        return line, col

    def _get_line(self):
        return self._locate(self._evp)[0]

    def _get_column(self):
        return self._locate(self._evp)[1]

    def _get_byte_index(self):
        if not self._started:
            return -1
        return self._consumed + self._evp

    CurrentLineNumber = property(_get_line)
    CurrentColumnNumber = property(_get_column)
    CurrentByteIndex = property(_get_byte_index)

    def _get_error_code(self):
        return self._errinfo[0]

    def _get_error_line(self):
        if self._errinfo[0]:
            return self._errinfo[1]
        return self._get_line()

    def _get_error_column(self):
        if self._errinfo[0]:
            return self._errinfo[2]
        return self._get_column()

    def _get_error_byte_index(self):
        if self._errinfo[0]:
            return self._errinfo[3]
        return self._get_byte_index()

    ErrorCode = property(_get_error_code)
    ErrorLineNumber = property(_get_error_line)
    ErrorColumnNumber = property(_get_error_column)
    ErrorByteIndex = property(_get_error_byte_index)

    # ---------------------------------------------------- methods

    def SetBase(self, base):
        """Set the base URI used to resolve relative system identifiers."""
        self._base = base

    def GetBase(self):
        """Return the base URI set by SetBase() (None if unset)."""
        return self._base

    def GetInputContext(self):
        """Return the input around the current event (None outside
        callbacks)."""
        if not self._started or self._error is not None:
            return None
        return self._buf[self._evp:].encode("utf-8")

    def SetParamEntityParsing(self, flag):
        """Control the parsing of parameter entities and the external
        DTD subset; returns true."""
        self._param_parsing = flag
        return 1

    def UseForeignDTD(self, flag=True):
        """Ask for the external DTD handler to be called even when the
        document has no document type declaration."""
        if self._started:
            raise self._fail_raw(26)
        self._foreign_dtd = bool(flag)

    def ExternalEntityParserCreate(self, context, encoding=None):
        """A parser for the external entity named by `context` (None for
        the external DTD subset), sharing this parser's handlers."""
        return xmlparser(encoding, self._sep, self.intern, self, context)

    def _inherit(self, parent, context, encoding):
        for name in _HANDLER_NAMES:
            setattr(self, name, getattr(parent, name))
        self.returns_unicode = parent.returns_unicode
        self.ordered_attributes = parent.ordered_attributes
        self.specified_attributes = parent.specified_attributes
        self.namespace_prefixes = parent.namespace_prefixes
        self._buffer_text = parent._buffer_text
        self._buffer_size = parent._buffer_size
        self._base = parent._base
        self._dtd = parent._dtd
        self._ns = parent._ns
        self._expanded = parent._expanded
        self._param_parsing = parent._param_parsing
        if context is None:
            self._ext_kind = "dtd"
        else:
            self._ext_kind = "entity"

    def ParseFile(self, file):
        """Parse the whole document read from an object with read()."""
        read = getattr(file, "read", None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")
        while 1:
            data = read(2048)
            if not isinstance(data, basestring):
                raise TypeError("read() did not return a string object "
                                "(type=%.400s)" % type(data).__name__)
            if not data:
                break
            self.Parse(data, 0)
        return self.Parse("", 1)

    def Parse(self, data, isfinal=0):
        """Parse a piece of the document; isfinal true marks its end."""
        if isinstance(data, unicode):
            if self._decode is None and not self._raw:
                self._encoding = "utf-8"
            data = data.encode("utf-8")
        elif not isinstance(data, str):
            raise TypeError("Parse() argument 1 must be string or "
                            "read-only character buffer, not %.200s"
                            % type(data).__name__)
        if self._error is not None:
            raise self._error
        if self._state == _DONE:
            raise self._fail_raw(_E_FINISHED)
        final = bool(isfinal)
        self._started = True
        self._input_size += len(data)
        try:
            try:
                self._feed(data, final)
                self._run(final)
            except _ParseError, e:
                index = e.index
                if index is None:
                    index = self._evp
                err = self._fail(e.code, index)
                self._cdbuf = []
                self._cdlen = 0
                raise err
        except ExpatError:
            raise
        except:
            # a handler raised: the parse cannot go on
            self._error = self._fail_raw(_E_ABORTED)
            self._cdbuf = []
            self._cdlen = 0
            raise
        if self._cdbuf:
            self._flush()
        self._trim()
        if final:
            self._state = _DONE
        return 1

    # --------------------------------------------------- errors

    def _fail(self, code, index):
        line, col = self._locate(index)
        byte = self._consumed + index
        return self._make_error(code, line, col, byte)

    def _fail_raw(self, code):
        line, col = self._locate(self._evp)
        return self._make_error(code, line, col, self._consumed + self._evp)

    def _make_error(self, code, line, col, byte):
        msg = "%s: line %d, column %d" % (ErrorString(code), line, col)
        err = ExpatError(msg)
        err.code = code
        err.lineno = line
        err.offset = col
        self._errinfo = (code, line, col, byte)
        self._error = err
        return err

    # --------------------------------------------------- input

    def _feed(self, data, final):
        if self._decode is None:
            self._raw += data
            name = self._detect(final)
            if name is None:
                return
            data = self._raw
            self._raw = ""
            if name.startswith("utf-16"):
                if data[:2] in ("\xfe\xff", "\xff\xfe"):
                    data = data[2:]
            elif name == "utf-8" and data[:3] == "\xef\xbb\xbf":
                data = data[3:]
            try:
                self._decode = _decoder_for(name)
            except LookupError:
                raise _ParseError(_E_UNKNOWN_ENC, 0)
        if self._bad is not None:
            return
        if self._rawpend:
            data = self._rawpend + data
            self._rawpend = ""
        try:
            text, used = self._decode(data, final)
        except UnicodeDecodeError, e:
            try:
                text, used = self._decode(data[:e.start], False)
            except UnicodeDecodeError:
                text = u""
            code = _E_INVALID
            if final and e.end >= len(data) and "end" in str(e.reason):
                code = _E_PARTIAL_CHAR
            self._append(text, True)
            if self._bad is None:
                self._bad = (len(self._buf), code)
            return
        self._rawpend = data[used:]
        self._append(text, final)
        if final and self._rawpend and self._bad is None:
            self._bad = (len(self._buf), _E_PARTIAL_CHAR)

    def _append(self, text, final):
        if self._pending_cr:
            text = u"\r" + text
            self._pending_cr = False
        if not final and text[-1:] == u"\r":
            text = text[:-1]
            self._pending_cr = True
        if u"\r" in text:
            text = text.replace(u"\r\n", u"\n").replace(u"\r", u"\n")
        m = _BADCHAR.search(text)
        if m is not None:
            text = text[:m.start()]
            self._bad = (len(self._buf) + len(text), _E_INVALID)
        if text:
            self._buf += text

    def _detect(self, final):
        """The codec of the document, or None until enough is known."""
        raw = self._raw
        if self._encoding is not None:
            return self._codec_name(self._encoding, raw)
        if len(raw) < 4 and not final:
            if not (raw == "<?xm"[:len(raw)] or raw[:1] in "\xef\xfe\xff\x00"):
                return "utf-8"
            return None
        if raw[:3] == "\xef\xbb\xbf":
            return "utf-8"
        if raw[:2] == "\xfe\xff" or raw[:2] == "\x00<":
            return "utf-16-be"
        if raw[:2] == "\xff\xfe" or raw[:2] == "<\x00":
            return "utf-16-le"
        if raw[:5] == "<?xml":
            end = raw.find("?>")
            if end < 0:
                if not final and len(raw) < 1024:
                    return None
                end = 1024
            m = _RAW_ENCODING.search(raw, 0, end)
            if m is not None:
                return self._codec_name(m.group(1) or m.group(2) or "", raw)
        return "utf-8"

    def _codec_name(self, name, raw):
        key = name.lower().replace("_", "-")
        if key in ("utf-8", "utf8"):
            return "utf-8"
        if key in ("utf-16", "utf16"):
            if raw[:2] == "\xff\xfe" or raw[:2] == "<\x00":
                return "utf-16-le"
            if raw[:2] == "\xfe\xff" or raw[:2] == "\x00<":
                return "utf-16-be"
            if self._encoding is not None:
                return "utf-16-be"
            raise _ParseError(_E_INCORRECT_ENC, 0)
        if key in ("utf-16le", "utf-16-le"):
            return "utf-16-le"
        if key in ("utf-16be", "utf-16-be"):
            return "utf-16-be"
        if key in ("iso-8859-1", "iso8859-1", "latin-1", "latin1"):
            return "latin-1"
        if key in ("us-ascii", "ascii"):
            return "ascii"
        try:
            return _codecs.lookup(name).name
        except (LookupError, TypeError, ValueError):
            # position of the name in the declaration, as expat reports it
            k = raw.find(name)
            if k < 0:
                k = 0
            self._buf = raw[:k].decode("latin-1")
            raise _ParseError(_E_UNKNOWN_ENC, k)

    def _trim(self):
        pos = self._pos
        if pos:
            line, col = self._locate(pos)
            self._line0 = line
            self._col0 = col
            self._consumed += pos
            self._buf = self._buf[pos:]
            if self._bad is not None:
                self._bad = (self._bad[0] - pos, self._bad[1])
            self._pos = 0
        self._evp = 0
        self._loc_cache = (0, self._line0, self._col0)

    # -------------------------------------------------- handlers

    def _conv(self, text):
        if text is None or self.returns_unicode:
            return text
        return text.encode("utf-8")

    def _name(self, name):
        if not self.returns_unicode:
            name = name.encode("utf-8")
        table = self.intern
        if table is not None:
            name = table.setdefault(name, name)
        return name

    def _flush(self):
        data = u"".join(self._cdbuf)
        self._cdbuf = []
        self._cdlen = 0
        handler = self.CharacterDataHandler
        if handler is not None and data:
            handler(self._conv(data))

    def _characters(self, data):
        handler = self.CharacterDataHandler
        if handler is None:
            return
        if self._buffer_text:
            if self._cdlen + len(data) > self._buffer_size:
                if self._cdbuf:
                    self._flush()
                if len(data) > self._buffer_size:
                    handler(self._conv(data))
                    return
            self._cdbuf.append(data)
            self._cdlen += len(data)
        elif u"\n" in data and len(data) > 1:
            for piece in _LINES.findall(data):
                handler(self._conv(piece))
        else:
            handler(self._conv(data))

    def _text(self, data, top):
        """Character data, or the default handler when nobody wants it."""
        if self.CharacterDataHandler is not None:
            self._characters(data)
        elif top:
            self._default(data)

    def _default(self, raw):
        handler = self.DefaultHandler
        if handler is None:
            handler = self.DefaultHandlerExpand
            if handler is None:
                return
        if self._cdbuf:
            self._flush()
        handler(self._conv(raw))

    def _call(self, handler, *args):
        if self._cdbuf:
            self._flush()
        return handler(*args)

    def _charge(self, size):
        """Account entity expansion; refuse what looks like a bomb."""
        self._expanded += size + 16
        if (self._expanded > _EXPANSION_FREE and
            self._expanded > _EXPANSION_FACTOR * max(self._input_size, 1)):
            raise _ParseError(_E_AMPLIFICATION)
        if len(self._open) >= _ENTITY_DEPTH:
            raise _ParseError(_E_AMPLIFICATION)

    # ------------------------------------------------- scanning

    def _run(self, final):
        s = self._buf
        end = len(s)
        if self._bad is not None:
            end = self._bad[0]
        try:
            while 1:
                state = self._state
                pos = self._pos
                if state == _CONTENT:
                    self._content(s, pos, end, final, True, 0)
                elif state == _EPILOG:
                    self._epilog(s, pos, end)
                elif state == _DONE:
                    return
                else:
                    self._prolog(s, pos, end, final)
                if self._state == state:
                    break
        except _NeedMore, e:
            if self._bad is not None:
                raise _ParseError(self._bad[1], self._bad[0])
            if final:
                index = e.index
                if index is None:
                    index = self._pos
                raise _ParseError(e.code, index)
            self._evp = self._pos
            return
        self._evp = self._pos
        if self._bad is not None:
            raise _ParseError(self._bad[1], self._bad[0])
        if final:
            if self._state == _AT_START or self._state == _PROLOG:
                if self._ext_kind is None:
                    raise _ParseError(_E_NO_ELEMENTS, end)
            elif self._state == _CONTENT:
                if self._ext_kind is None or self._stack:
                    raise _ParseError(_E_NO_ELEMENTS, end)

    def _need(self, s, index, end):
        if index >= end:
            raise _NeedMore()

    def _prolog(self, s, pos, end, final):
        if self._ext_kind == "dtd":
            if not final:
                raise _NeedMore()
            self._text_decl(s, pos, end)
            try:
                self._subset(s, self._pos, end, True, False)
            except _NeedMore:
                raise _ParseError(_E_SYNTAX, self._pos)
            self._pos = end
            self._state = _EPILOG
            return
        if self._state == _AT_START:
            if s.startswith(u"<?xml", pos) and pos + 5 < end and \
                    s[pos + 5] in u" \t\n?":
                self._xml_decl(s, pos, end, self._ext_kind is not None)
                pos = self._pos
            elif end - pos < 6 and u"<?xml "[:end - pos] == s[pos:end] \
                    and not final:
                raise _NeedMore()
            self._state = _PROLOG
            if self._ext_kind == "entity":
                self._state = _CONTENT
                self._stack_base = 0
                return
        while pos < end:
            c = s[pos]
            self._evp = pos
            if c in u" \t\n":
                k = _SPACE.match(s, pos, end).end()
                self._default(s[pos:k])
                pos = k
            elif c == u"<":
                self._need(s, pos + 1, end)
                c2 = s[pos + 1]
                if c2 == u"?":
                    pos = self._pi(s, pos, end)
                elif c2 == u"!":
                    if s.startswith(u"<!--", pos):
                        pos = self._comment(s, pos, end, True)
                    elif s.startswith(u"<!DOCTYPE", pos):
                        if self._doctype_seen:
                            raise _ParseError(_E_SYNTAX, pos)
                        pos = self._doctype(s, pos, end, final)
                    elif end - pos < 9 and (u"<!DOCTYPE".startswith(
                            s[pos:end]) or u"<!--".startswith(s[pos:end])):
                        raise _NeedMore()
                    else:
                        raise _ParseError(_E_SYNTAX, pos)
                elif c2 == u"/":
                    raise _ParseError(_E_SYNTAX, pos)
                else:
                    self._check_foreign_dtd()
                    self._state = _CONTENT
                    pos = self._start_tag(s, pos, end, True)
                    self._pos = pos
                    if not self._stack:
                        self._state = _EPILOG
                    return
            else:
                raise _ParseError(_E_SYNTAX, pos)
            self._pos = pos

    def _check_foreign_dtd(self):
        if self._foreign_dtd and not self._doctype_seen:
            self._doctype_seen = True
            handler = self.ExternalEntityRefHandler
            if handler is not None:
                self._dtd.has_external = True
                if not self._call(handler, None, self._conv(self._base),
                                  None, None):
                    raise _ParseError(_E_EXTERNAL)

    def _epilog(self, s, pos, end):
        while pos < end:
            c = s[pos]
            self._evp = pos
            if c in u" \t\n":
                k = _SPACE.match(s, pos, end).end()
                self._default(s[pos:k])
                pos = k
            elif c == u"<":
                self._need(s, pos + 1, end)
                c2 = s[pos + 1]
                if c2 == u"?":
                    pos = self._pi(s, pos, end)
                elif c2 == u"!" and s.startswith(u"<!--", pos):
                    pos = self._comment(s, pos, end, True)
                elif c2 == u"!" and end - pos < 4 and \
                        u"<!--".startswith(s[pos:end]):
                    raise _NeedMore()
                else:
                    raise _ParseError(_E_JUNK, pos)
            else:
                raise _ParseError(_E_JUNK, pos)
            self._pos = pos

    def _content(self, s, pos, end, final, top, base):
        """Scan element content; `top` is false inside entity text, whose
        elements must close above stack depth `base`."""
        stack = self._stack
        while pos < end:
            c = s[pos]
            if top:
                self._evp = pos
            if c == u"<":
                self._need(s, pos + 1, end)
                c2 = s[pos + 1]
                if c2 == u"/":
                    pos = self._end_tag(s, pos, end, top, base)
                    if top and not stack and self._ext_kind is None:
                        self._pos = pos
                        self._state = _EPILOG
                        return pos
                elif c2 == u"!":
                    if s.startswith(u"<!--", pos):
                        pos = self._comment(s, pos, end, top)
                    elif s.startswith(u"<![CDATA[", pos):
                        pos = self._cdata(s, pos, end, top)
                    elif end - pos < 9 and (
                            u"<![CDATA[".startswith(s[pos:end]) or
                            u"<!--".startswith(s[pos:end])):
                        raise _NeedMore()
                    else:
                        raise self._error_at(_E_INVALID, pos + 2, top)
                elif c2 == u"?":
                    pos = self._pi(s, pos, end, top)
                else:
                    pos = self._start_tag(s, pos, end, top)
                    if top and not stack and self._ext_kind is None:
                        self._pos = pos
                        self._state = _EPILOG
                        return pos
            elif c == u"&":
                pos = self._reference(s, pos, end, top)
            else:
                m = _TEXT.match(s, pos, end)
                k = m.end()
                text = m.group()
                bad = text.find(u"]]>")
                if bad >= 0:
                    raise self._error_at(_E_INVALID, pos + bad, top)
                if top and k == end and not final:
                    text = text.rstrip(u"]")
                    if not text:
                        raise _NeedMore()
                    k = pos + len(text)
                self._text(text, top)
                pos = k
            if top:
                self._pos = pos
        return pos

    def _error_at(self, code, index, top):
        if top:
            return _ParseError(code, index)
        return _ParseError(code, None)

    # ---------------------------------------------------- tags

    def _scan_start_tag(self, s, pos, end, top):
        """-> (name, [(name, raw value, name index)], next, empty)"""
        m = _NAME.match(s, pos + 1, end)
        if m is None:
            self._need(s, pos + 1, end)
            raise self._error_at(_E_INVALID, pos + 1, top)
        name = m.group()
        p = m.end()
        attrs = []
        space = _SPACE
        while 1:
            q = space.match(s, p, end).end()
            if q >= end:
                raise _NeedMore()
            c = s[q]
            if c == u">":
                return name, attrs, q + 1, False
            if c == u"/":
                if q + 1 >= end:
                    raise _NeedMore()
                if s[q + 1] == u">":
                    return name, attrs, q + 2, True
                raise self._error_at(_E_INVALID, q + 1, top)
            m = _NAME.match(s, q, end)
            if m is None or q == p:
                raise self._error_at(_E_INVALID, q, top)
            aname = m.group()
            r = space.match(s, m.end(), end).end()
            if r >= end:
                raise _NeedMore()
            if s[r] != u"=":
                raise self._error_at(_E_INVALID, r, top)
            r = space.match(s, r + 1, end).end()
            if r >= end:
                raise _NeedMore()
            quote = s[r]
            if quote != u'"' and quote != u"'":
                raise self._error_at(_E_INVALID, r, top)
            close = s.find(quote, r + 1, end)
            lt = s.find(u"<", r + 1, close < 0 and end or close)
            if lt >= 0:
                raise self._error_at(_E_INVALID, lt, top)
            if close < 0:
                raise _NeedMore()
            attrs.append((aname, s[r + 1:close], q))
            p = close + 1

    def _start_tag(self, s, pos, end, top):
        name, raw_attrs, nxt, empty = self._scan_start_tag(s, pos, end, top)
        dtd = self._dtd
        attrs = []
        seen = {}
        for aname, raw, apos in raw_attrs:
            if aname in seen:
                raise self._error_at(_E_DUP_ATTR, apos, top)
            seen[aname] = 1
            value = self._attribute_value(raw, top)
            atype = dtd.atttypes.get((name, aname))
            if atype is not None and atype != u"CDATA":
                value = u" ".join([v for v in value.split(u" ") if v])
            attrs.append((aname, value))
        if not self.specified_attributes:
            defaults = dtd.attdefaults.get(name)
            if defaults:
                for aname, value in defaults:
                    if value is not None and aname not in seen:
                        seen[aname] = 1
                        attrs.append((aname, value))
        if self._sep is not None:
            prefixes, saved, name_out, attrs = \
                self._namespaces(name, attrs, pos, top)
        else:
            prefixes = saved = None
            name_out = name
        self._stack.append((name, name_out, prefixes, saved))
        handler = self.StartElementHandler
        if handler is not None:
            rname = self._name(name_out)
            if self.ordered_attributes:
                alist = []
                for aname, value in attrs:
                    alist.append(self._name(aname))
                    alist.append(self._conv(value))
            else:
                alist = {}
                for aname, value in attrs:
                    alist[self._name(aname)] = self._conv(value)
            if self._cdbuf:
                self._flush()
            handler(rname, alist)
        elif top:
            self._default(s[pos:nxt])
        if empty:
            if top:
                self._pos = nxt
            self._close_element(top, None)
        return nxt

    def _namespaces(self, name, attrs, pos, top):
        ns = self._ns
        saved = ns
        prefixes = []
        plain = []
        decls = []
        for aname, value in attrs:
            if aname == u"xmlns":
                decls.append((None, value or None))
            elif aname.startswith(u"xmlns:"):
                prefix = aname[6:]
                if not value:
                    raise self._error_at(_E_UNDECLARING, pos, top)
                decls.append((prefix, value))
            else:
                plain.append((aname, value))
        if decls:
            ns = ns.copy()
            handler = self.StartNamespaceDeclHandler
            for prefix, uri in decls:
                ns[prefix] = uri
                prefixes.append(prefix)
                if handler is not None:
                    if self._cdbuf:
                        self._flush()
                    handler(prefix is not None and self._name(prefix) or None,
                            self._conv(uri))
            self._ns = ns
        sep = self._sep
        triplets = self.namespace_prefixes
        colon = name.find(u":")
        if colon > 0:
            prefix = name[:colon]
            uri = ns.get(prefix)
            if uri is None:
                raise self._error_at(_E_UNBOUND_PREFIX, pos, top)
            name_out = uri + sep + name[colon + 1:]
            if triplets:
                name_out = name_out + sep + prefix
        else:
            uri = ns.get(None)
            if uri:
                name_out = uri + sep + name
            else:
                name_out = name
        out = []
        seen = {}
        for aname, value in plain:
            colon = aname.find(u":")
            if colon > 0:
                prefix = aname[:colon]
                uri = ns.get(prefix)
                if uri is None:
                    raise self._error_at(_E_UNBOUND_PREFIX, pos, top)
                expanded = uri + sep + aname[colon + 1:]
                if expanded in seen:
                    raise self._error_at(_E_DUP_ATTR, pos, top)
                seen[expanded] = 1
                if triplets:
                    expanded = expanded + sep + prefix
                out.append((expanded, value))
            else:
                out.append((aname, value))
        return prefixes, saved, name_out, out

    def _end_tag(self, s, pos, end, top, base):
        m = _END_TAG.match(s, pos, end)
        if m is None:
            m = _NAME.match(s, pos + 2, end)
            if m is None:
                self._need(s, pos + 2, end)
                raise self._error_at(_E_INVALID, pos + 2, top)
            q = _SPACE.match(s, m.end(), end).end()
            self._need(s, q, end)
            raise self._error_at(_E_INVALID, q, top)
        stack = self._stack
        if len(stack) <= base:
            raise self._error_at(_E_ASYNC, pos, top)
        if stack[-1][0] != m.group(1):
            raise self._error_at(_E_MISMATCH, pos + 2, top)
        nxt = m.end()
        if top:
            self._pos = nxt
        self._close_element(top, s[pos:nxt])
        return nxt

    def _close_element(self, top, raw):
        name, name_out, prefixes, saved = self._stack.pop()
        handler = self.EndElementHandler
        if handler is not None:
            if self._cdbuf:
                self._flush()
            handler(self._name(name_out))
        elif top and raw is not None:
            self._default(raw)
        if prefixes:
            self._ns = saved
            handler = self.EndNamespaceDeclHandler
            if handler is not None:
                for prefix in reversed(prefixes):
                    if prefix is not None:
                        prefix = self._name(prefix)
                    self._call(handler, prefix)

    # --------------------------------------- other markup in content

    def _comment(self, s, pos, end, top):
        k = s.find(u"--", pos + 4, end)
        if k < 0 or k + 2 >= end:
            raise _NeedMore()
        if s[k + 2] != u">":
            raise self._error_at(_E_INVALID, k, top)
        handler = self.CommentHandler
        if handler is not None:
            if self._cdbuf:
                self._flush()
            handler(self._conv(s[pos + 4:k]))
        elif top:
            self._default(s[pos:k + 3])
        return k + 3

    def _cdata(self, s, pos, end, top):
        k = s.find(u"]]>", pos + 9, end)
        if k < 0:
            raise _NeedMore(_E_UNCLOSED_CDATA, pos)
        handler = self.StartCdataSectionHandler
        if handler is not None:
            self._call(handler)
        elif top:
            self._default(u"<![CDATA[")
        if k > pos + 9:
            self._text(s[pos + 9:k], top)
        handler = self.EndCdataSectionHandler
        if handler is not None:
            self._call(handler)
        elif top:
            self._default(u"]]>")
        return k + 3

    def _pi(self, s, pos, end, top=True):
        target, data, nxt = self._scan_pi(s, pos, end, top)
        handler = self.ProcessingInstructionHandler
        if handler is not None:
            if self._cdbuf:
                self._flush()
            handler(self._name(target), self._conv(data))
        elif top:
            self._default(s[pos:nxt])
        return nxt

    def _scan_pi(self, s, pos, end, top):
        m = _NAME.match(s, pos + 2, end)
        if m is None:
            self._need(s, pos + 2, end)
            raise self._error_at(_E_INVALID, pos + 2, top)
        target = m.group()
        q = m.end()
        if target.lower() == u"xml":
            if q >= end:
                raise _NeedMore()
            if target == u"xml":
                raise self._error_at(_E_MISPLACED_PI, pos, top)
            raise self._error_at(_E_INVALID, pos + 2, top)
        self._need(s, q, end)
        c = s[q]
        if c == u"?":
            self._need(s, q + 1, end)
            if s[q + 1] != u">":
                raise self._error_at(_E_INVALID, q + 1, top)
            return target, u"", q + 2
        if c not in u" \t\n":
            raise self._error_at(_E_INVALID, q, top)
        k = s.find(u"?>", q, end)
        if k < 0:
            raise _NeedMore()
        return target, s[q:k].lstrip(u" \t\n"), k + 2

    # ----------------------------------------------- references

    def _scan_ref(self, s, pos, end, top):
        """-> (is_char, char or name, next index)"""
        m = _REF.match(s, pos, end)
        if m is not None:
            dec, hexa, name = m.group(1, 2, 3)
            if name is not None:
                return False, name, m.end()
            try:
                if dec is not None:
                    n = int(dec)
                else:
                    n = int(hexa, 16)
            except (ValueError, OverflowError):
                n = -1
            if not _legal_char(n):
                raise self._error_at(_E_BAD_CHAR_REF, pos, top)
            return True, unichr(n), m.end()
        p = pos + 1
        self._need(s, p, end)
        if s[p] == u"#":
            p += 1
            self._need(s, p, end)
            if s[p] == u"x":
                q = _HEXDIGITS.match(s, p + 1, end).end()
            else:
                q = _DIGITS.match(s, p, end).end()
            self._need(s, q, end)
            raise self._error_at(_E_INVALID, q, top)
        m = _NAME.match(s, p, end)
        if m is None:
            raise self._error_at(_E_INVALID, p, top)
        self._need(s, m.end(), end)
        raise self._error_at(_E_INVALID, m.end(), top)

    def _skip_undefined(self):
        """Undefined entities are skipped, not errors, when declarations
        may have been missed (external subset or parameter entities)."""
        dtd = self._dtd
        return ((dtd.has_external or dtd.pe_refs) and
                dtd.standalone != 1) or self._ext_kind is not None

    def _reference(self, s, pos, end, top):
        is_char, value, nxt = self._scan_ref(s, pos, end, top)
        if is_char:
            if self.CharacterDataHandler is not None:
                self._characters(value)
            elif top:
                self._default(s[pos:nxt])
            return nxt
        name = value
        text = _PREDEFINED.get(name)
        if text is not None:
            if self.CharacterDataHandler is not None:
                self._characters(text)
            elif top:
                self._default(s[pos:nxt])
            return nxt
        entity = self._dtd.entities.get(name)
        if entity is None:
            if not self._skip_undefined():
                raise self._error_at(_E_UNDEFINED, pos, top)
            handler = self.SkippedEntityHandler
            if handler is not None:
                self._call(handler, self._name(name), 0)
            elif top:
                self._default(s[pos:nxt])
            return nxt
        if entity.notation is not None:
            raise self._error_at(_E_BINARY_REF, pos, top)
        if entity.value is None:
            handler = self.ExternalEntityRefHandler
            if handler is not None:
                ok = self._call(handler, self._name(name),
                                self._conv(entity.base),
                                self._conv(entity.systemId),
                                self._conv(entity.publicId))
                if not ok:
                    raise self._error_at(_E_EXTERNAL, pos, top)
            elif top:
                self._default(s[pos:nxt])
            return nxt
        if self.DefaultHandler is not None:
            if top:
                self._default(s[pos:nxt])
            return nxt
        if name in self._open:
            raise self._error_at(_E_RECURSIVE, pos, top)
        text = entity.value
        self._charge(len(text))
        self._open.append(name)
        depth = len(self._stack)
        try:
            try:
                self._content(text, 0, len(text), True, False, depth)
            except _NeedMore:
                raise self._error_at(_E_UNCLOSED, pos, top)
            except _ParseError, e:
                if top:
                    e.index = pos
                raise
        finally:
            self._open.pop()
        if len(self._stack) != depth:
            raise self._error_at(_E_ASYNC, pos, top)
        return nxt

    def _attribute_value(self, raw, top, depth=0):
        """Normalize an attribute value: references replaced, white
        space characters turned into spaces."""
        if u"&" not in raw:
            if u"\n" in raw or u"\t" in raw or u"\r" in raw:
                raw = raw.replace(u"\n", u" ").replace(u"\t", u" ") \
                         .replace(u"\r", u" ")
            return raw
        out = []
        i = 0
        n = len(raw)
        while i < n:
            j = raw.find(u"&", i)
            if j < 0:
                j = n
            if j > i:
                out.append(raw[i:j].replace(u"\n", u" ").replace(u"\t", u" ")
                           .replace(u"\r", u" "))
            if j >= n:
                break
            try:
                is_char, value, i = self._scan_ref(raw, j, n, False)
            except _NeedMore:
                raise _ParseError(_E_INVALID)
            if is_char:
                out.append(value)
                continue
            text = _PREDEFINED.get(value)
            if text is not None:
                out.append(text)
                continue
            entity = self._dtd.entities.get(value)
            if entity is None:
                if self._skip_undefined():
                    continue
                raise _ParseError(_E_UNDEFINED)
            if entity.notation is not None:
                raise _ParseError(_E_BINARY_REF)
            if entity.value is None:
                raise _ParseError(_E_ATTR_EXTERNAL)
            if value in self._open:
                raise _ParseError(_E_RECURSIVE)
            if u"<" in entity.value:
                raise _ParseError(_E_INVALID)
            self._charge(len(entity.value))
            self._open.append(value)
            try:
                out.append(self._attribute_value(entity.value, False,
                                                 depth + 1))
            finally:
                self._open.pop()
        return u"".join(out)

    # ------------------------------------------------ declarations

    def _xml_decl(self, s, pos, end, text_decl=False):
        k = s.find(u"?>", pos, end)
        if k < 0:
            raise _NeedMore()
        code = text_decl and _E_TEXT_DECL or _E_XML_DECL
        inner = s[pos + 5:k]
        fields = []
        p = 0
        while p < len(inner):
            m = _PSEUDO_ATTR.match(inner, p)
            if m is None:
                if inner[p:].strip(u" \t\n"):
                    raise _ParseError(code, pos)
                break
            value = m.group(2)
            if value is None:
                value = m.group(3)
            fields.append((m.group(1), value))
            p = m.end()
        version = encoding = None
        standalone = -1
        names = [f[0] for f in fields]
        order = [u"version", u"encoding", u"standalone"]
        if text_decl:
            order = [u"version", u"encoding"]
        last = -1
        for fname, value in fields:
            if fname not in order or order.index(fname) <= last:
                raise _ParseError(code, pos)
            last = order.index(fname)
            if fname == u"version":
                if not _VERSION.match(value):
                    raise _ParseError(code, pos)
                version = value
            elif fname == u"encoding":
                if not _ENC_NAME.match(value):
                    raise _ParseError(code, pos)
                encoding = value
            else:
                if value == u"yes":
                    standalone = 1
                elif value == u"no":
                    standalone = 0
                else:
                    raise _ParseError(code, pos)
        if text_decl:
            if encoding is None:
                raise _ParseError(code, pos)
        elif u"version" not in names:
            raise _ParseError(code, pos)
        self._dtd.standalone = standalone
        nxt = k + 2
        handler = self.XmlDeclHandler
        if handler is not None and not text_decl:
            self._call(handler, self._conv(version), self._conv(encoding),
                       standalone)
        else:
            self._default(s[pos:nxt])
        self._pos = nxt

    def _text_decl(self, s, pos, end):
        if s.startswith(u"<?xml", pos):
            if pos + 5 >= end:
                raise _NeedMore()
            if s[pos + 5] in u" \t\n":
                self._xml_decl(s, pos, end, True)

    def _doctype_end(self, s, pos, end):
        """Index just past the document type declaration starting at
        pos, or None while it is incomplete."""
        p = pos + 9
        in_subset = False
        while p < end:
            c = s[p]
            if c == u'"' or c == u"'":
                k = s.find(c, p + 1, end)
                if k < 0:
                    return None
                p = k + 1
            elif in_subset and c == u"<":
                if s.startswith(u"<!--", p):
                    k = s.find(u"-->", p + 4, end)
                    if k < 0:
                        return None
                    p = k + 3
                elif s.startswith(u"<?", p):
                    k = s.find(u"?>", p + 2, end)
                    if k < 0:
                        return None
                    p = k + 2
                else:
                    # a markup declaration: up to its '>' outside quotes
                    p += 1
                    while 1:
                        if p >= end:
                            return None
                        c = s[p]
                        if c == u'"' or c == u"'":
                            k = s.find(c, p + 1, end)
                            if k < 0:
                                return None
                            p = k + 1
                        elif c == u">":
                            p += 1
                            break
                        else:
                            p += 1
            elif c == u"[":
                in_subset = True
                p += 1
            elif c == u"]":
                in_subset = False
                p += 1
            elif c == u">" and not in_subset:
                return p + 1
            else:
                p += 1
        return None

    def _skip_space(self, s, p, end, required=False):
        q = _SPACE.match(s, p, end).end()
        if required and q == p:
            raise _ParseError(_E_SYNTAX, p)
        return q

    def _expect_name(self, s, p, end):
        m = _NAME.match(s, p, end)
        if m is None:
            if p < end and s[p] not in u" \t\n>[]\"'%()|,?*+#":
                raise _ParseError(_E_INVALID, p)
            raise _ParseError(_E_SYNTAX, p)
        return m.group(), m.end()

    def _literal(self, s, p, end):
        if p >= end or s[p] not in u"\"'":
            raise _ParseError(_E_SYNTAX, p)
        k = s.find(s[p], p + 1, end)
        if k < 0:
            raise _ParseError(_E_SYNTAX, p)
        return s[p + 1:k], k + 1

    def _external_id(self, s, p, end, public_only_ok=False):
        """-> (systemId, publicId, next) or (None, None, p) if absent."""
        if s.startswith(u"SYSTEM", p):
            q = self._skip_space(s, p + 6, end, True)
            system, q = self._literal(s, q, end)
            return system, None, q
        if s.startswith(u"PUBLIC", p):
            q = self._skip_space(s, p + 6, end, True)
            lit_start = q
            public, q = self._literal(s, q, end)
            bad = _PUBID_BAD.search(public)
            if bad is not None:
                raise _ParseError(_E_PUBLICID, lit_start + 1 + bad.start())
            public = u" ".join(public.split())
            r = self._skip_space(s, q, end)
            if r < end and s[r] in u"\"'" and r > q:
                system, r = self._literal(s, r, end)
                return system, public, r
            if not public_only_ok:
                raise _ParseError(_E_SYNTAX, r)
            return None, public, q
        return None, None, p

    def _doctype(self, s, pos, end, final):
        stop = self._doctype_end(s, pos, end)
        if stop is None:
            raise _NeedMore()
        self._doctype_seen = True
        try:
            return self._doctype_body(s, pos, stop)
        except _NeedMore:
            raise _ParseError(_E_SYNTAX, self._evp)

    def _doctype_body(self, s, pos, stop):
        p = self._skip_space(s, pos + 9, stop, True)
        name, p = self._expect_name(s, p, stop)
        q = self._skip_space(s, p, stop)
        system = public = None
        if q > p:
            system, public, q = self._external_id(s, q, stop)
            p = q
            q = self._skip_space(s, p, stop)
        has_subset = q < stop and s[q] == u"["
        dtd = self._dtd
        if system is not None:
            dtd.has_external = True
        handler = self.StartDoctypeDeclHandler
        if handler is not None:
            self._call(handler, self._name(name), self._conv(system),
                       self._conv(public), has_subset and 1 or 0)
        else:
            self._default(s[pos:has_subset and q + 1 or stop])
        self._internal_subset = None
        if has_subset:
            k = q + 1
            q = self._subset(s, k, stop, True, True)
            self._internal_subset = s[k:q]
            if q >= stop or s[q] != u"]":
                raise _ParseError(_E_SYNTAX, q)
            self._evp = q
            if self.EndDoctypeDeclHandler is None:
                self._default(u"]")
            q = self._skip_space(s, q + 1, stop)
        if q >= stop or s[q] != u">":
            raise _ParseError(_E_SYNTAX, q)
        self._evp = pos
        if system is not None or self._foreign_dtd:
            self._external_subset(system, public)
        handler = self.EndDoctypeDeclHandler
        if handler is not None:
            self._call(handler)
        else:
            self._default(u">")
        if (dtd.has_external or dtd.pe_refs) and dtd.standalone != 1:
            handler = self.NotStandaloneHandler
            if handler is not None and not self._call(handler):
                raise _ParseError(_E_NOT_STANDALONE, pos)
        return stop

    def _external_subset(self, system, public):
        mode = self._param_parsing
        if mode == XML_PARAM_ENTITY_PARSING_NEVER:
            return
        if (mode == XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE and
                self._dtd.standalone == 1):
            return
        handler = self.ExternalEntityRefHandler
        if handler is not None:
            if not self._call(handler, None, self._conv(self._base),
                              self._conv(system), self._conv(public)):
                raise _ParseError(_E_EXTERNAL)

    def _subset(self, s, p, end, top, bracketed):
        """Read markup declarations until ']' (bracketed) or the end;
        returns the index where reading stopped."""
        dtd = self._dtd
        while p < end:
            if top:
                self._evp = p
            c = s[p]
            if c in u" \t\n":
                q = _SPACE.match(s, p, end).end()
                if top:
                    self._default(s[p:q])
                p = q
            elif c == u"]":
                if bracketed:
                    return p
                raise _ParseError(_E_SYNTAX, top and p or None)
            elif c == u"%":
                p = self._pe_reference(s, p, end, top)
            elif s.startswith(u"<!--", p):
                p = self._comment(s, p, end, top)
            elif s.startswith(u"<?", p):
                p = self._pi(s, p, end, top)
            elif s.startswith(u"<![", p) and self._ext_kind == "dtd":
                p = self._conditional(s, p, end)
            elif s.startswith(u"<!", p):
                q = self._declaration(s, p, end, top)
                p = q
            else:
                if c == u"<" and p + 1 >= end:
                    raise _NeedMore()
                raise self._error_at(_E_SYNTAX, p, top)
            if not top:
                continue
            if self._ext_kind == "dtd":
                self._pos = p
        return p

    def _conditional(self, s, p, end):
        q = self._skip_space(s, p + 3, end)
        if s.startswith(u"INCLUDE", q):
            q = self._skip_space(s, q + 7, end)
            if q >= end or s[q] != u"[":
                raise _ParseError(_E_SYNTAX, q)
            k = s.find(u"]]>", q, end)
            if k < 0:
                raise _NeedMore()
            self._subset(s[:k], q + 1, k, False, False)
            return k + 3
        if s.startswith(u"IGNORE", q):
            depth = 1
            i = q
            while depth:
                a = s.find(u"<![", i, end)
                b = s.find(u"]]>", i, end)
                if b < 0:
                    raise _NeedMore()
                if 0 <= a < b:
                    depth += 1
                    i = a + 3
                else:
                    depth -= 1
                    i = b + 3
            return i
        raise _ParseError(_E_SYNTAX, q)

    def _pe_reference(self, s, p, end, top):
        m = _NAME.match(s, p + 1, end)
        if m is None or m.end() >= end or s[m.end()] != u";":
            raise self._error_at(_E_INVALID, p, top)
        name = m.group()
        nxt = m.end() + 1
        dtd = self._dtd
        entity = dtd.pentities.get(name)
        if entity is not None and entity.value is not None:
            if name in self._open:
                raise self._error_at(_E_RECURSIVE, p, top)
            self._charge(len(entity.value))
            self._open.append(name)
            try:
                text = entity.value
                stop = self._subset(text, 0, len(text), False, False)
                if stop != len(text):
                    raise _ParseError(_E_INCOMPLETE_PE_OR_SYNTAX)
            finally:
                self._open.pop()
            return nxt
        dtd.pe_refs = True
        if dtd.standalone != 1:
            dtd.keep_processing = False
        if entity is not None and self._param_parsing and \
                self.ExternalEntityRefHandler is not None:
            if not self._call(self.ExternalEntityRefHandler, None,
                              self._conv(entity.base),
                              self._conv(entity.systemId),
                              self._conv(entity.publicId)):
                raise self._error_at(_E_EXTERNAL, p, top)
            return nxt
        handler = self.SkippedEntityHandler
        if handler is not None:
            self._call(handler, self._name(name), 1)
        elif top:
            self._default(s[p:nxt])
        return nxt

    def _declaration(self, s, p, end, top):
        for keyword, method in ((u"<!ENTITY", self._entity_decl),
                                (u"<!ELEMENT", self._element_decl),
                                (u"<!ATTLIST", self._attlist_decl),
                                (u"<!NOTATION", self._notation_decl)):
            if s.startswith(keyword, p):
                q = p + len(keyword)
                if q < end and s[q] not in u" \t\n":
                    break
                try:
                    return method(s, p, q, end, top)
                except _ParseError, e:
                    if not top:
                        e.index = None
                    raise
        if top and end - p < 10:
            raise _NeedMore()
        raise self._error_at(_E_SYNTAX, p, top)

    def _decl_end(self, s, q, end):
        q = self._skip_space(s, q, end)
        if q >= end or s[q] != u">":
            raise _ParseError(_E_SYNTAX, q)
        return q + 1

    def _entity_decl(self, s, start, p, end, top):
        dtd = self._dtd
        p = self._skip_space(s, p, end, True)
        parameter = False
        if p < end and s[p] == u"%":
            parameter = True
            p = self._skip_space(s, p + 1, end, True)
        name, p = self._expect_name(s, p, end)
        p = self._skip_space(s, p, end, True)
        value = system = public = notation = None
        if p < end and s[p] in u"\"'":
            lit_start = p
            raw, p = self._literal(s, p, end)
            value = self._entity_value(raw, lit_start + 1, top)
        else:
            system, public, q = self._external_id(s, p, end)
            if system is None:
                raise _ParseError(_E_SYNTAX, p)
            p = q
            q = self._skip_space(s, p, end)
            if s.startswith(u"NDATA", q):
                if parameter or q == p:
                    raise _ParseError(_E_SYNTAX, q)
                q = self._skip_space(s, q + 5, end, True)
                notation, p = self._expect_name(s, q, end)
        nxt = self._decl_end(s, p, end)
        table = parameter and dtd.pentities or dtd.entities
        if (name in table or not dtd.keep_processing or
                (not parameter and name in _PREDEFINED)):
            if top:
                self._default(s[start:nxt])
            return nxt
        entity = _Entity(name, value, system, public, notation, self._base)
        table[name] = entity
        handler = self.EntityDeclHandler
        if handler is not None:
            self._call(handler, self._name(name), parameter and 1 or 0,
                       self._conv(value), self._conv(self._base),
                       self._conv(system), self._conv(public),
                       notation is not None and self._name(notation) or None)
        elif notation is not None and self.UnparsedEntityDeclHandler:
            self._call(self.UnparsedEntityDeclHandler, self._name(name),
                       self._conv(self._base), self._conv(system),
                       self._conv(public), self._name(notation))
        elif top:
            self._default(s[start:nxt])
        return nxt

    def _entity_value(self, raw, offset, top):
        """Replacement text of an internal entity: character references
        expanded, general entity references kept."""
        if u"&" not in raw and u"%" not in raw:
            return raw
        out = []
        i = 0
        n = len(raw)
        while i < n:
            c = raw[i]
            if c == u"%":
                if top and self._ext_kind != "dtd":
                    raise _ParseError(_E_PARAM_REF, offset + i)
                m = _NAME.match(raw, i + 1)
                if m is None or raw[m.end():m.end() + 1] != u";":
                    raise _ParseError(_E_INVALID, offset + i)
                entity = self._dtd.pentities.get(m.group())
                if entity is not None and entity.value is not None:
                    self._charge(len(entity.value))
                    out.append(entity.value)
                i = m.end() + 1
            elif c == u"&":
                try:
                    is_char, value, j = self._scan_ref(raw, i, n, top)
                except _NeedMore:
                    raise _ParseError(_E_INVALID, offset + i)
                except _ParseError, e:
                    if e.index is not None:
                        e.index += offset
                    raise
                if is_char:
                    out.append(value)
                else:
                    out.append(raw[i:j])
                i = j
            else:
                j = i
                while j < n and raw[j] not in u"&%":
                    j += 1
                out.append(raw[i:j])
                i = j
        return u"".join(out)

    def _notation_decl(self, s, start, p, end, top):
        p = self._skip_space(s, p, end, True)
        name, p = self._expect_name(s, p, end)
        p = self._skip_space(s, p, end, True)
        system, public, p = self._external_id(s, p, end, True)
        if system is None and public is None:
            raise _ParseError(_E_SYNTAX, p)
        nxt = self._decl_end(s, p, end)
        handler = self.NotationDeclHandler
        if handler is not None:
            self._call(handler, self._name(name), self._conv(self._base),
                       self._conv(system), self._conv(public))
        elif top:
            self._default(s[start:nxt])
        return nxt

    _ATT_TYPES = (u"CDATA", u"IDREFS", u"IDREF", u"ID", u"ENTITY",
                  u"ENTITIES", u"NMTOKENS", u"NMTOKEN")

    def _attlist_decl(self, s, start, p, end, top):
        dtd = self._dtd
        p = self._skip_space(s, p, end, True)
        element, p = self._expect_name(s, p, end)
        declared = []
        while 1:
            q = self._skip_space(s, p, end)
            if q < end and s[q] == u">":
                nxt = q + 1
                break
            if q == p:
                raise _ParseError(_E_SYNTAX, q)
            attname, p = self._expect_name(s, q, end)
            p = self._skip_space(s, p, end, True)
            atype = None
            for keyword in self._ATT_TYPES:
                if s.startswith(keyword, p):
                    atype = keyword
                    p += len(keyword)
                    break
            if atype is None:
                prefix = u""
                if s.startswith(u"NOTATION", p):
                    prefix = u"NOTATION"
                    p = self._skip_space(s, p + 8, end, True)
                if p >= end or s[p] != u"(":
                    raise _ParseError(_E_SYNTAX, p)
                tokens = []
                p += 1
                while 1:
                    p = self._skip_space(s, p, end)
                    m = _NMTOKEN.match(s, p, end)
                    if m is None:
                        raise _ParseError(_E_SYNTAX, p)
                    tokens.append(m.group())
                    p = self._skip_space(s, m.end(), end)
                    if p < end and s[p] == u"|":
                        p += 1
                        continue
                    if p < end and s[p] == u")":
                        p += 1
                        break
                    raise _ParseError(_E_SYNTAX, p)
                atype = prefix + u"(" + u"|".join(tokens) + u")"
            p = self._skip_space(s, p, end, True)
            default = None
            required = 0
            if s.startswith(u"#REQUIRED", p):
                required = 1
                p += 9
            elif s.startswith(u"#IMPLIED", p):
                p += 8
            else:
                if s.startswith(u"#FIXED", p):
                    required = 1
                    p = self._skip_space(s, p + 6, end, True)
                lit_start = p
                raw, p = self._literal(s, p, end)
                if u"<" in raw:
                    raise _ParseError(_E_INVALID, lit_start + 1 +
                                      raw.index(u"<"))
                default = self._attribute_value(raw, False)
                if atype != u"CDATA":
                    default = u" ".join([v for v in default.split(u" ")
                                         if v])
            declared.append((attname, atype, default, required))
        handler = self.AttlistDeclHandler
        for attname, atype, default, required in declared:
            if dtd.keep_processing and \
                    (element, attname) not in dtd.atttypes:
                dtd.atttypes[(element, attname)] = atype
                dtd.attdefaults.setdefault(element, []).append(
                    (attname, default))
            if handler is not None:
                self._call(handler, self._name(element), self._name(attname),
                           self._conv(atype), self._conv(default), required)
        if handler is None and top:
            self._default(s[start:nxt])
        return nxt

    def _element_decl(self, s, start, p, end, top):
        p = self._skip_space(s, p, end, True)
        name, p = self._expect_name(s, p, end)
        p = self._skip_space(s, p, end, True)
        if s.startswith(u"EMPTY", p):
            content = (model.XML_CTYPE_EMPTY, model.XML_CQUANT_NONE, None, ())
            p += 5
        elif s.startswith(u"ANY", p):
            content = (model.XML_CTYPE_ANY, model.XML_CQUANT_NONE, None, ())
            p += 3
        elif p < end and s[p] == u"(":
            q = self._skip_space(s, p + 1, end)
            if s.startswith(u"#PCDATA", q):
                content, p = self._mixed(s, q + 7, end)
            else:
                content, p = self._group(s, p, end, 0)
        else:
            raise _ParseError(_E_SYNTAX, p)
        nxt = self._decl_end(s, p, end)
        handler = self.ElementDeclHandler
        if handler is not None:
            self._call(handler, self._name(name), self._convert_model(content))
        elif top:
            self._default(s[start:nxt])
        return nxt

    def _convert_model(self, content):
        ctype, quant, name, children = content
        if name is not None:
            name = self._name(name)
        return (ctype, quant, name,
                tuple([self._convert_model(c) for c in children]))

    def _mixed(self, s, p, end):
        names = []
        while 1:
            p = self._skip_space(s, p, end)
            if p < end and s[p] == u"|":
                p = self._skip_space(s, p + 1, end)
                name, p = self._expect_name(s, p, end)
                names.append((model.XML_CTYPE_NAME, model.XML_CQUANT_NONE,
                              name, ()))
            elif p < end and s[p] == u")":
                p += 1
                break
            else:
                raise _ParseError(_E_SYNTAX, p)
        quant = model.XML_CQUANT_NONE
        if p < end and s[p] == u"*":
            quant = model.XML_CQUANT_REP
            p += 1
        elif names:
            raise _ParseError(_E_SYNTAX, p)
        return (model.XML_CTYPE_MIXED, quant, None, tuple(names)), p

    def _quantifier(self, s, p, end):
        if p < end:
            c = s[p]
            if c == u"?":
                return model.XML_CQUANT_OPT, p + 1
            if c == u"*":
                return model.XML_CQUANT_REP, p + 1
            if c == u"+":
                return model.XML_CQUANT_PLUS, p + 1
        return model.XML_CQUANT_NONE, p

    def _group(self, s, p, end, depth):
        if depth > _MODEL_DEPTH:
            raise _ParseError(_E_SYNTAX, p)
        items = []
        sep = None
        p += 1
        while 1:
            p = self._skip_space(s, p, end)
            if p < end and s[p] == u"(":
                item, p = self._group(s, p, end, depth + 1)
            else:
                name, p = self._expect_name(s, p, end)
                quant, p = self._quantifier(s, p, end)
                item = (model.XML_CTYPE_NAME, quant, name, ())
            items.append(item)
            p = self._skip_space(s, p, end)
            if p >= end:
                raise _ParseError(_E_SYNTAX, p)
            c = s[p]
            if c == u")":
                p += 1
                break
            if c not in u"|," or (sep is not None and c != sep):
                raise _ParseError(_E_SYNTAX, p)
            sep = c
            p += 1
        quant, p = self._quantifier(s, p, end)
        ctype = model.XML_CTYPE_SEQ
        if sep == u"|":
            ctype = model.XML_CTYPE_CHOICE
        return (ctype, quant, None, tuple(items)), p


_E_INCOMPLETE_PE_OR_SYNTAX = _E_SYNTAX

XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object.

    encoding overrides the document's own declaration; with a
    namespace_separator (a string of at most one character) namespace
    processing is enabled and expanded names are uri + separator + name.
    """
    if encoding is not None and not isinstance(encoding, basestring):
        raise TypeError("ParserCreate() argument 1 must be string or None, "
                        "not %.200s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, basestring):
            raise TypeError("ParserCreate() argument 2 must be string or "
                            "None, not %.200s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one "
                             "character, omitted, or None")
        namespace_separator = unicode(namespace_separator)
    if intern is None:
        intern = {}
    elif not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    return xmlparser(encoding, namespace_separator, intern)
