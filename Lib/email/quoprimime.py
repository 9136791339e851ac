"""Quoted-printable content-transfer-encoding for email headers and
bodies (RFC 2045, and the RFC 2047 'Q' encoded words)."""

__all__ = ['body_decode', 'body_encode', 'body_quopri_check',
           'body_quopri_len', 'decode', 'decodestring', 'encode',
           'encodestring', 'header_decode', 'header_encode',
           'header_quopri_check', 'header_quopri_len', 'quote', 'unquote']

import re
from string import hexdigits
from email.utils import fix_eols

CRLF = '\r\n'
NL = '\n'
MISC_LEN = 7

_header_unsafe = re.compile(r'[^-a-zA-Z0-9!*+/ ]')
_body_unsafe = re.compile(r'[^ !-<>-~\t]')


def header_quopri_check(c):
    """True if c must be quoted in a 'Q' encoded header word."""
    return bool(_header_unsafe.match(c))


def body_quopri_check(c):
    """True if c must be quoted in a quoted-printable body."""
    return bool(_body_unsafe.match(c))


def header_quopri_len(s):
    """Length of s once 'Q' encoded (without the =?...?= wrapper)."""
    n = 0
    for c in s:
        if _header_unsafe.match(c):
            n += 3
        else:
            n += 1
    return n


def body_quopri_len(s):
    """Length of s once quoted-printable encoded (no soft breaks)."""
    n = 0
    for c in s:
        if _body_unsafe.match(c):
            n += 3
        else:
            n += 1
    return n


def unquote(s):
    """'=XX' -> the character with hex code XX."""
    return chr(int(s[1:3], 16))


def quote(c):
    return '=%02X' % ord(c)


def header_encode(header, charset='iso-8859-1', keep_eols=False,
                  maxlinelen=76, eol=NL):
    """Encode header as =?charset?q?...?= words (space becomes '_');
    with maxlinelen None, a single word of any length."""
    if not header:
        return header
    if not keep_eols:
        header = fix_eols(header)
    pieces = []
    for c in header:
        if c == ' ':
            pieces.append('_')
        elif _header_unsafe.match(c):
            pieces.append(quote(c))
        else:
            pieces.append(c)
    if maxlinelen is None:
        return '=?%s?q?%s?=' % (charset, ''.join(pieces))
    room = max(4, maxlinelen - len(charset) - MISC_LEN)
    words = []
    current = ''
    for p in pieces:
        if current and len(current) + len(p) > room:
            words.append(current)
            current = ''
        current += p
    if current:
        words.append(current)
    return (eol + ' ').join(['=?%s?q?%s?=' % (charset, w) for w in words])


def _encode_line(line, maxlinelen, eol, out):
    # Quote one line (without its ending); soft-break with '=' so that
    # no output line exceeds maxlinelen.
    tokens = []
    for i in range(len(line)):
        c = line[i]
        if _body_unsafe.match(c) or (i == len(line) - 1 and c in ' \t'):
            tokens.append(quote(c))
        else:
            tokens.append(c)
    current = ''
    for i in range(len(tokens)):
        tok = tokens[i]
        last = (i == len(tokens) - 1)
        limit = maxlinelen
        if not last:
            limit = maxlinelen - 1      # keep room for the soft break
        if len(current) + len(tok) > limit:
            out.append(current + '=' + eol)
            current = ''
        current += tok
    out.append(current)


def encode(body, binary=False, maxlinelen=76, eol=NL):
    """Quoted-printable encode a body; lines end with eol."""
    if not body:
        return body
    if not binary:
        body = fix_eols(body)
    out = []
    for line in body.splitlines(True):
        stripped = line.rstrip('\r\n')
        _encode_line(stripped, maxlinelen, eol, out)
        if stripped != line:
            out.append(eol)
    return ''.join(out)

body_encode = encode
encodestring = encode


def decode(encoded, eol=NL):
    """Decode quoted-printable text (soft line breaks removed)."""
    if not encoded:
        return encoded
    out = []
    lines = encoded.splitlines()
    for n in range(len(lines)):
        line = lines[n].rstrip()
        i = 0
        soft = False
        while i < len(line):
            c = line[i]
            if c != '=':
                out.append(c)
                i += 1
            elif i + 1 == len(line):
                soft = True
                i += 1
            elif (i + 2 < len(line) + 1 and line[i+1:i+2] in hexdigits
                  and line[i+2:i+3] and line[i+2] in hexdigits):
                out.append(unquote(line[i:i+3]))
                i += 3
            else:
                out.append(c)
                i += 1
        if not soft and n < len(lines) - 1:
            out.append(eol)
    if encoded.endswith('\n') or encoded.endswith('\r'):
        if not (lines and lines[-1].rstrip().endswith('=')):
            out.append(eol)
    return ''.join(out)

body_decode = decode
decodestring = decode


def _header_char(m):
    return unquote(m.group(0))


def header_decode(s):
    """Decode the text of a 'Q' encoded word ('_' is a space)."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', _header_char, s)
