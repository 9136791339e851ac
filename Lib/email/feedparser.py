"""FeedParser: parse a message handed over in pieces.

Data given to feed() is kept until close(), which parses it and returns
the root Message.  Problems the parser recovers from are recorded in the
defects list of the message concerned."""

__all__ = ['FeedParser']

import re

from email import errors
from email import message

_header_line = re.compile(r'(From |[\041-\071\073-\176]+:|[\t ])')
_EOLS = ('\r\n', '\r', '\n')


def _eol_of(line):
    for eol in _EOLS:
        if line.endswith(eol):
            return eol
    return ''


def _strip_eol(text):
    return text[:len(text) - len(_eol_of(text))]


class FeedParser:
    """Parse a message fed in with feed(); close() returns it."""

    def __init__(self, _factory=message.Message):
        self._factory = _factory
        self._chunks = []
        self._headersonly = False
        self._closed = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add more of the message text."""
        self._chunks.append(data)

    def close(self):
        """Parse everything fed so far; return the root message."""
        text = ''.join(self._chunks)
        self._chunks = [text]
        root = self._factory()
        self._build(text, root, True)
        if (root.get_content_maintype() == 'multipart'
                and not root.is_multipart()):
            root.defects.append(errors.MultipartInvariantViolationDefect())
        return root

    # -- headers ------------------------------------------------------------

    def _build(self, text, msg, toplevel=False):
        lines = text.splitlines(True)
        start = self._read_headers(lines, msg)
        body = ''.join(lines[start:])
        if self._headersonly and toplevel:
            msg.set_payload(body)
            return
        self._read_body(body, msg)

    def _read_headers(self, lines, msg):
        # Returns the index of the first body line.
        name = None
        parts = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if line in _EOLS:
                i += 1
                break
            if not _header_line.match(line):
                break
            if line[0] in ' \t':
                if name is None:
                    msg.defects.append(
                        errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    parts.append(line)
                i += 1
                continue
            if name is not None:
                msg[name] = _strip_eol(''.join(parts))
                name = None
            if line.startswith('From '):
                if i == 0:
                    msg.set_unixfrom(_strip_eol(line))
                elif i == len(lines) - 1:
                    break
                else:
                    msg.defects.append(
                        errors.MisplacedEnvelopeHeaderDefect(line))
                i += 1
                continue
            colon = line.find(':')
            if colon < 0:
                msg.defects.append(errors.MalformedHeaderDefect(line))
                i += 1
                continue
            name = line[:colon]
            parts = [line[colon + 1:].lstrip()]
            i += 1
        if name is not None:
            msg[name] = _strip_eol(''.join(parts))
        return i

    # -- bodies -------------------------------------------------------------

    def _read_body(self, body, msg):
        maintype = msg.get_content_maintype()
        if maintype == 'multipart':
            self._read_multipart(body, msg)
        elif maintype == 'message':
            if msg.get_content_subtype() == 'delivery-status':
                self._read_status_blocks(body, msg)
            else:
                sub = self._factory()
                self._build(body, sub)
                msg.attach(sub)
        else:
            msg.set_payload(body)

    def _read_status_blocks(self, body, msg):
        # Blocks of headers separated by blank lines, each a Message.
        blocks = []
        current = []
        for line in body.splitlines(True):
            if line in _EOLS:
                if current:
                    blocks.append(current)
                current = []
            else:
                current.append(line)
        if current:
            blocks.append(current)
        payload = []
        for block in blocks:
            sub = self._factory()
            self._read_headers(block, sub)
            payload.append(sub)
        msg.set_payload(payload)

    def _read_multipart(self, body, msg):
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            return
        delim = re.compile(re.escape('--' + boundary) +
                           r'(?P<end>--)?[ \t]*(?P<eol>\r\n|\r|\n)?$')
        lines = body.splitlines(True)
        preamble = []
        parts = []
        current = None
        closed = False
        close_eol = None
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            m = delim.match(line)
            if m is None:
                if current is None:
                    preamble.append(line)
                else:
                    current.append(line)
                continue
            if current is not None:
                parts.append(current)
            if m.group('end'):
                closed = True
                close_eol = m.group('eol')
                break
            current = []
        else:
            if current is not None:
                parts.append(current)
        if current is None and not closed:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.set_payload(body)
            return
        if preamble:
            msg.preamble = _strip_eol(''.join(preamble))
        digest = msg.get_content_subtype() == 'digest'
        for part_lines in parts:
            text = _strip_eol(''.join(part_lines))
            sub = self._factory()
            if digest:
                sub.set_default_type('message/rfc822')
            self._build(text, sub)
            msg.attach(sub)
        if closed:
            rest = ''.join(lines[i:])
            if rest or close_eol:
                msg.epilogue = rest
        if not msg.is_multipart():
            msg.set_payload([])
