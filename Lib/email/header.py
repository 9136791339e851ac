"""Internationalized email headers (RFC 2047 encoded words)."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email.charset import Charset

NL = '\n'
SPACE = ' '
USPACE = u' '
SPACE8 = ' ' * 8
UEMPTYSTRING = u''

MAXLINELEN = 76

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# =?charset?q?text?= or =?charset?b?text?=
_encoded_word = re.compile(r'=\?([^?]*?)\?([qb])\?(.*?)\?=',
                           re.IGNORECASE | re.MULTILINE)


def _decode_word(encoding, text):
    if encoding == 'q':
        return email.quoprimime.header_decode(text)
    # base64: pad to a multiple of four if the sender did not
    missing = len(text) % 4
    if missing:
        text += '=' * (4 - missing)
    try:
        return email.base64mime.decode(text)
    except binascii.Error:
        raise HeaderParseError


def decode_header(header):
    """Decode a header value that may hold RFC 2047 encoded words.

    Returns a list of (string, charset) pairs; unencoded text has charset
    None.  A header with no encoded words gives [(header, None)]."""
    header = str(header)
    if not _encoded_word.search(header):
        return [(header, None)]
    result = []
    for line in header.splitlines():
        if not _encoded_word.search(line):
            _add_decoded(result, line.strip(), None, True)
            continue
        pos = 0
        for m in _encoded_word.finditer(line):
            plain = line[pos:m.start()].strip()
            if plain:
                _add_decoded(result, plain, None, True)
            charset = m.group(1).lower()
            text = _decode_word(m.group(2).lower(), m.group(3))
            _add_decoded(result, text, charset, False)
            pos = m.end()
        plain = line[pos:].strip()
        if plain:
            _add_decoded(result, plain, None, True)
    return result


def _add_decoded(result, text, charset, spaced):
    # Runs in the same charset merge; plain runs are joined by a space.
    if not text and charset is None:
        return
    if result and result[-1][1] == charset:
        if spaced:
            result[-1] = (result[-1][0] + SPACE + text, charset)
        else:
            result[-1] = (result[-1][0] + text, charset)
    else:
        result.append((text, charset))


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """Build a Header from the pairs decode_header() returns."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


class Header:
    """A header value made of chunks, each in its own charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None,
                 header_name=None, continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        ws_width = len(continuation_ws.replace('\t', SPACE8))
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        if header_name is None:
            self._firstlinelen = maxlinelen
        else:
            self._firstlinelen = maxlinelen - len(header_name) - 2
        self._maxlinelen = maxlinelen - ws_width

    def __str__(self):
        return self.encode()

    def __unicode__(self):
        parts = []
        previous = None
        for s, charset in self._chunks:
            name = str(charset)
            plain = name in ('us-ascii', 'none')
            if parts:
                if previous is not None and not previous:
                    if plain:
                        parts.append(USPACE)
                elif not plain:
                    parts.append(USPACE)
            previous = plain
            parts.append(unicode(s, name))
        return UEMPTYSTRING.join(parts)

    def __eq__(self, other):
        return other == self.encode()

    def __ne__(self, other):
        return not self == other

    def append(self, s, charset=None, errors='strict'):
        """Add s to the header, in charset (default: the Header's)."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if str(charset) != '8bit':
            if isinstance(s, str):
                codec = charset.input_codec or 'us-ascii'
                u = unicode(s, codec, errors)
                u.encode(charset.output_codec or 'us-ascii', errors)
            elif isinstance(s, unicode):
                for candidate in (USASCII, charset, UTF8):
                    try:
                        s = s.encode(candidate.output_codec or 'us-ascii',
                                     errors)
                    except UnicodeError:
                        continue
                    charset = candidate
                    break
        self._chunks.append((s, charset))

    # -- folding ----------------------------------------------------------

    def _fold_plain(self, line, room, splitchars):
        # Break a line at the best separator so pieces fit in room; a
        # piece that has no break point is left long.
        if len(line) <= room[0]:
            return [line]
        sep = None
        for ch in splitchars:
            if ch in line:
                sep = ch
                break
        if sep is None:
            return [line]
        if sep == ' ':
            parts = [p for p in line.split(' ') if p]
            joiner, tail = ' ', ''
        else:
            parts = re.split(re.escape(sep) + r'\s*', line)
            joiner, tail = sep + ' ', sep
        rest = splitchars[splitchars.index(sep) + 1:]
        out = []
        current = None
        for part in parts:
            if current is None:
                candidate = part
            else:
                candidate = current + joiner + part
            if len(candidate) <= room[0] - len(tail):
                current = candidate
                continue
            if current is not None:
                out.append(current + tail)
                room[0] = self._maxlinelen
            if len(part) > room[0] - len(tail) and rest:
                sub = self._fold_plain(part, room, rest)
                out.extend(sub[:-1])
                current = sub[-1]
            else:
                current = part
        if current is not None:
            out.append(current)
        return out

    def _encoded_words(self, s, charset, room):
        # Cut the text into the longest runs whose encoded form fits.
        text = charset.to_splittable(s)
        words = []
        while text:
            lo, hi = 1, len(text)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                piece = charset.from_splittable(text[:mid])
                if charset.encoded_header_len(piece) <= room[0]:
                    lo = mid
                else:
                    hi = mid - 1
            piece = charset.from_splittable(text[:lo])
            words.append(charset.header_encode(piece))
            text = text[lo:]
            room[0] = self._maxlinelen
        return words

    def encode(self, splitchars=';, '):
        """Return the header as it goes in a message: folded, with
        non-ASCII chunks as RFC 2047 encoded words."""
        lines = []
        for s, charset in self._chunks:
            if not s:
                continue
            if lines:
                limit = self._maxlinelen
                if len(lines) == 1:
                    limit = self._firstlinelen
                room = [max(limit - len(lines[-1]) - 1, 0)]
            else:
                room = [self._firstlinelen]
            if charset.header_encoding is None:
                first = True
                pieces = []
                for line in s.splitlines() or ['']:
                    line = line.lstrip()
                    if not first:
                        pieces.append(None)     # forced line break
                        room = [self._maxlinelen]
                    folded = self._fold_plain(line, room, splitchars)
                    for i in range(len(folded)):
                        if i:
                            pieces.append(None)
                        pieces.append(folded[i])
                    first = False
            else:
                if room[0] < charset.encoded_header_len(''):
                    room = [self._maxlinelen]
                pieces = self._encoded_words(s, charset, room)
            self._place(lines, pieces)
        return (NL + self._continuation_ws).join(lines)

    def _place(self, lines, pieces):
        # Put pieces on the current line while they fit; None forces a
        # new line (a fold the plain-text splitter chose).
        forced = False
        for piece in pieces:
            if piece is None:
                forced = True
                continue
            if not lines:
                lines.append(piece)
            elif forced:
                lines.append(piece)
            else:
                limit = self._maxlinelen
                if len(lines) == 1:
                    limit = self._firstlinelen
                if lines[-1].endswith(' ') or not lines[-1]:
                    joined = lines[-1] + piece
                else:
                    joined = lines[-1] + SPACE + piece
                if len(joined) <= limit:
                    lines[-1] = joined
                else:
                    lines.append(piece)
            forced = False
