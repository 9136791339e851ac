"""Tools for MIME messages: a Message class that understands the
Content-Type and Content-Transfer-Encoding headers, unique boundary
strings, and decoding/encoding of message bodies.
"""

import sys
import time
import rfc822

__all__ = ["Message", "choose_boundary", "encode", "decode", "copyliteral",
           "copybinary"]


class Message(rfc822.Message):
    """An rfc822.Message that also parses the content type and its
    parameters (Content-Type: text/plain; charset="us-ascii")."""

    def __init__(self, fp, seekable=1):
        rfc822.Message.__init__(self, fp, seekable)
        self.encodingheader = self.getheader('content-transfer-encoding')
        self.typeheader = self.getheader('content-type')
        self.parsetype()
        self.parseplist()

    def parsetype(self):
        text = self.typeheader
        if text is None:
            text = 'text/plain'
        i = text.find(';')
        if i >= 0:
            self.plisttext = text[i:]
            text = text[:i]
        else:
            self.plisttext = ''
        fields = [f.strip().lower() for f in text.split('/')]
        self.type = '/'.join(fields)
        self.maintype = fields[0]
        self.subtype = '/'.join(fields[1:])

    def parseplist(self):
        # ';name=value' pieces; the name is lower-cased, the value kept.
        self.plist = []
        rest = self.plisttext
        while rest[:1] == ';':
            rest = rest[1:]
            end = rest.find(';')
            if end < 0:
                end = len(rest)
            piece = rest[:end]
            i = piece.find('=')
            if i >= 0:
                piece = piece[:i].strip().lower() + '=' + piece[i + 1:].strip()
            self.plist.append(piece.strip())
            rest = rest[end:]

    def getplist(self):
        """The parameters as a list of 'name=value' strings."""
        return self.plist

    def getparam(self, name):
        """The (unquoted) value of parameter name, or None."""
        prefix = name.lower() + '='
        n = len(prefix)
        for p in self.plist:
            if p[:n] == prefix:
                return rfc822.unquote(p[n:])
        return None

    def getparamnames(self):
        """The names of the parameters, lower-cased."""
        names = []
        for p in self.plist:
            i = p.find('=')
            if i >= 0:
                names.append(p[:i].lower())
        return names

    def getencoding(self):
        """The Content-Transfer-Encoding, lower-cased; '7bit' if none."""
        if self.encodingheader is None:
            return '7bit'
        return self.encodingheader.lower()

    def gettype(self):
        """'maintype/subtype', lower-cased; 'text/plain' if none given."""
        return self.type

    def getmaintype(self):
        return self.maintype

    def getsubtype(self):
        return self.subtype


# ------------------------------------------------------------------

_counter = [0]

def _next_counter():
    _counter[0] = _counter[0] + 1
    return _counter[0]

_prefix = None

def choose_boundary():
    """A string unlikely to occur in any message: host address, user id
    and process id, the time, and a counter."""
    global _prefix
    if _prefix is None:
        try:
            import socket
            hostid = socket.gethostbyname(socket.gethostname())
        except Exception:
            hostid = '127.0.0.1'
        try:
            import os
            uid = repr(os.getuid())
            pid = repr(os.getpid())
        except (ImportError, AttributeError):
            uid = pid = '1'
        _prefix = hostid + '.' + uid + '.' + pid
    return "%s.%.3f.%d" % (_prefix, time.time(), _next_counter())


# ------------------------------------------------------------------

def decode(input, output, encoding):
    """Decode the body read from input into output, according to the
    Content-Transfer-Encoding encoding."""
    if encoding == 'base64':
        import base64
        return base64.decode(input, output)
    if encoding == 'quoted-printable':
        import quopri
        return quopri.decode(input, output)
    if encoding in ('uuencode', 'x-uuencode', 'uue', 'x-uue'):
        import uu
        return uu.decode(input, output)
    if encoding in ('7bit', '8bit', 'binary'):
        return output.write(input.read())
    raise ValueError, 'unknown Content-Transfer-Encoding: %s' % encoding

def encode(input, output, encoding):
    """Encode the data read from input into output with the
    Content-Transfer-Encoding encoding."""
    if encoding == 'base64':
        import base64
        return base64.encode(input, output)
    if encoding == 'quoted-printable':
        import quopri
        return quopri.encode(input, output, 0)
    if encoding in ('uuencode', 'x-uuencode', 'uue', 'x-uue'):
        import uu
        return uu.encode(input, output)
    if encoding in ('7bit', '8bit', 'binary'):
        return output.write(input.read())
    raise ValueError, 'unknown Content-Transfer-Encoding: %s' % encoding

def copyliteral(input, output):
    """Copy input to output line by line."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(line)

def copybinary(input, output):
    """Copy input to output in blocks."""
    while True:
        block = input.read(8192)
        if not block:
            break
        output.write(block)
