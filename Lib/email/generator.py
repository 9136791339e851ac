"""Generators that flatten Message object trees into text."""

__all__ = ['Generator', 'DecodedGenerator']

import re
import sys
import time
import random
import warnings
from cStringIO import StringIO

from email.header import Header

UNDERSCORE = '_'
NL = '\n'

_from_line = re.compile(r'^From ', re.MULTILINE)


def _is8bitstring(s):
    if isinstance(s, str):
        try:
            unicode(s, 'us-ascii')
        except UnicodeError:
            return True
    return False


class Generator:
    """Write a message tree to a file-like object as text."""

    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78):
        """mangle_from_: write body lines starting with 'From ' as
        '>From '.  maxheaderlen: fold longer headers (0: never)."""
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self._maxheaderlen = maxheaderlen

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False):
        """Write msg; with unixfrom true, an envelope line first."""
        if unixfrom:
            envelope = msg.get_unixfrom()
            if not envelope:
                envelope = 'From nobody ' + time.ctime(time.time())
            self._fp.write(envelope + NL)
        self._write(msg)

    __call__ = flatten

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return self.__class__(fp, self._mangle_from_, self._maxheaderlen)

    def _write(self, msg):
        # The body is produced first (it may set a boundary parameter),
        # then the headers are written, then the body.
        saved = self._fp
        try:
            self._fp = body = StringIO()
            self._dispatch(msg)
        finally:
            self._fp = saved
        custom = getattr(msg, '_write_headers', None)
        if custom is None:
            self._write_headers(msg)
        else:
            custom(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        sub = msg.get_content_subtype()
        handler = getattr(self, '_handle_' + (main + '_' + sub).replace('-', '_'),
                          None)
        if handler is None:
            handler = getattr(self, '_handle_' + main.replace('-', '_'), None)
            if handler is None:
                handler = self._writeBody
        handler(msg)

    def _write_headers(self, msg):
        for name, value in msg.items():
            if self._maxheaderlen == 0 or _is8bitstring(value):
                text = str(value)
            elif isinstance(value, Header):
                text = value.encode()
            else:
                text = Header(value, maxlinelen=self._maxheaderlen,
                              header_name=name,
                              continuation_ws='\t').encode()
            self._fp.write('%s: %s\n' % (name, text))
        self._fp.write(NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, basestring):
            raise TypeError('string payload expected: %s' % type(payload))
        if self._mangle_from_:
            payload = _from_line.sub('>From ', payload)
        self._fp.write(payload)

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        subparts = msg.get_payload()
        if subparts is None:
            subparts = []
        elif isinstance(subparts, basestring):
            self._fp.write(subparts)
            return
        elif not isinstance(subparts, list):
            subparts = [subparts]
        texts = []
        for part in subparts:
            out = StringIO()
            self.clone(out).flatten(part, unixfrom=False)
            texts.append(out.getvalue())
        boundary = msg.get_boundary()
        if boundary is None:
            boundary = _make_boundary(NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self._fp.write(msg.preamble + NL)
        self._fp.write('--' + boundary + NL)
        if texts:
            self._fp.write(texts[0])
        for text in texts[1:]:
            self._fp.write('\n--' + boundary + NL)
            self._fp.write(text)
        self._fp.write('\n--' + boundary + '--')
        if msg.epilogue is not None:
            self._fp.write(NL)
            self._fp.write(msg.epilogue)

    def _handle_multipart_signed(self, msg):
        # Signed parts must come out byte for byte: no header folding.
        saved = self._maxheaderlen
        try:
            self._maxheaderlen = 0
            self._handle_multipart(msg)
        finally:
            self._maxheaderlen = saved

    def _handle_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            out = StringIO()
            self.clone(out).flatten(part, unixfrom=False)
            text = out.getvalue()
            lines = text.split('\n')
            if lines and lines[-1] == '':
                text = NL.join(lines[:-1])
            blocks.append(text)
        self._fp.write(NL.join(blocks))

    def _handle_message(self, msg):
        payload = msg.get_payload()
        if isinstance(payload, list):
            out = StringIO()
            self.clone(out).flatten(msg.get_payload(0), unixfrom=False)
            payload = out.getvalue()
        if payload is not None:
            self._fp.write(payload)


_NOTEXT_FMT = ('[Non-text (%(type)s) part of message omitted, '
               'filename %(filename)s]')


class DecodedGenerator(Generator):
    """A Generator that writes text parts decoded and replaces the
    other parts by a line made from fmt."""

    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78, fmt=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen)
        if fmt is None:
            fmt = _NOTEXT_FMT
        self._fmt = fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            main = part.get_content_maintype()
            if main == 'text':
                self._fp.write(str(part.get_payload(decode=True)))
                self._fp.write(NL)
            elif main == 'multipart':
                pass
            else:
                self._fp.write(self._fmt % {
                    'type': part.get_content_type(),
                    'maintype': part.get_content_maintype(),
                    'subtype': part.get_content_subtype(),
                    'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description',
                                            '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding',
                                         '[no encoding]'),
                    })
                self._fp.write(NL)


def _make_boundary(text=None):
    # '=' * 15 + a random number of fixed width + '=='; made unique
    # against text by appending .N when needed.
    width = len(repr(sys.maxint - 1))
    token = random.randrange(sys.maxint)
    boundary = '=' * 15 + ('%0*d' % (width, token)) + '=='
    if text is None:
        return boundary
    candidate = boundary
    n = 0
    while re.search('^--' + re.escape(candidate) + '(--)?$', text,
                    re.MULTILINE):
        candidate = boundary + '.' + str(n)
        n += 1
    return candidate
