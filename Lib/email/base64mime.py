"""Base64 content-transfer-encoding for email headers and bodies
(RFC 2045 and RFC 2047 'B' encoded words)."""

__all__ = ['base64_len', 'body_decode', 'body_encode', 'decode',
           'decodestring', 'encode', 'encodestring', 'header_encode']

from binascii import a2b_base64, b2a_base64
from email.utils import fix_eols

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7        # len('=?') + len('?b?') + len('?=')


def base64_len(s):
    """Length of s once base64 encoded (without line breaks)."""
    whole, rest = divmod(len(s), 3)
    n = whole * 4
    if rest:
        n += 4
    return n


def header_encode(header, charset='iso-8859-1', keep_eols=False,
                  maxlinelen=76, eol=NL):
    """Encode header as one or more =?charset?b?...?= words, each no
    longer than maxlinelen, joined by eol plus a space."""
    if not header:
        return header
    if not keep_eols:
        header = fix_eols(header)
    room = maxlinelen - len(charset) - MISC_LEN
    step = max(1, room * 3 // 4)
    words = []
    for start in range(0, len(header), step):
        chunk = b2a_base64(header[start:start + step]).rstrip(NL)
        words.append('=?%s?b?%s?=' % (charset, chunk))
    return (eol + ' ').join(words)


def encode(s, binary=True, maxlinelen=76, eol=NL):
    """Base64-encode a body: lines of at most maxlinelen characters,
    each ended by eol."""
    if not s:
        return s
    if not binary:
        s = fix_eols(s)
    step = max(1, maxlinelen * 3 // 4)
    lines = []
    for start in range(0, len(s), step):
        line = b2a_base64(s[start:start + step])
        if eol != NL and line.endswith(NL):
            line = line[:-1] + eol
        lines.append(line)
    return EMPTYSTRING.join(lines)

body_encode = encode
encodestring = encode


def decode(s, convert_eols=None):
    """Decode base64 text; optionally replace CRLF with convert_eols."""
    if not s:
        return s
    out = a2b_base64(s)
    if convert_eols:
        out = out.replace(CRLF, convert_eols)
    return out

body_decode = decode
decodestring = decode
header_decode = decode
