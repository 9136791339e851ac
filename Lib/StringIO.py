"""File-like objects that read from and write to a string buffer.

    f = StringIO()          # ready for writing
    f = StringIO(buf)       # ready for reading (and writing over buf)
    f.getvalue()            # everything written so far

Writes at a position past the end pad with NUL bytes.  Mixing str and
unicode works as long as the str parts are ASCII (they are joined)."""

try:
    from errno import EINVAL
except ImportError:
    EINVAL = 22

__all__ = ["StringIO"]


def _complain_ifclosed(closed):
    if closed:
        raise ValueError, "I/O operation on closed file"


class StringIO:
    """A file-like object over a string buffer.

    Writes are kept in a list and joined lazily (buflist), so many small
    writes stay cheap."""

    def __init__(self, buf=''):
        if not isinstance(buf, basestring):
            buf = str(buf)
        self.buf = buf
        self.len = len(buf)
        self.buflist = []
        self.pos = 0
        self.closed = False
        self.softspace = 0

    def __iter__(self):
        return self

    def next(self):
        _complain_ifclosed(self.closed)
        r = self.readline()
        if not r:
            raise StopIteration
        return r

    def close(self):
        """Free the buffer; further operations raise an exception."""
        if not self.closed:
            self.closed = True
            del self.buf, self.pos

    def isatty(self):
        _complain_ifclosed(self.closed)
        return False

    def _flatten(self):
        if self.buflist:
            self.buf += ''.join(self.buflist)
            self.buflist = []

    def seek(self, pos, mode=0):
        _complain_ifclosed(self.closed)
        self._flatten()
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += self.len
        self.pos = max(0, pos)

    def tell(self):
        _complain_ifclosed(self.closed)
        return self.pos

    def read(self, n=-1):
        _complain_ifclosed(self.closed)
        self._flatten()
        if n is None or n < 0:
            newpos = self.len
        else:
            newpos = min(self.pos + n, self.len)
        r = self.buf[self.pos:newpos]
        self.pos = newpos
        return r

    def readline(self, length=None):
        _complain_ifclosed(self.closed)
        self._flatten()
        i = self.buf.find('\n', self.pos)
        if i < 0:
            newpos = self.len
        else:
            newpos = i + 1
        if length is not None and length > 0:
            if self.pos + length < newpos:
                newpos = self.pos + length
        r = self.buf[self.pos:newpos]
        self.pos = newpos
        return r

    def readlines(self, sizehint=0):
        total = 0
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
            line = self.readline()
        return lines

    def truncate(self, size=None):
        _complain_ifclosed(self.closed)
        if size is None:
            size = self.pos
        elif size < 0:
            raise IOError(EINVAL, "Negative size not allowed")
        elif size < self.pos:
            self.pos = size
        self.buf = self.getvalue()[:size]
        self.len = size

    def write(self, s):
        _complain_ifclosed(self.closed)
        if not s:
            return
        if not isinstance(s, basestring):
            s = str(s)
        spos = self.pos
        slen = self.len
        if spos == slen:
            # Appending: just queue it.
            self.buflist.append(s)
            self.len = self.pos = spos + len(s)
            return
        if spos > slen:
            self.buflist.append('\0' * (spos - slen))
            slen = spos
        newpos = spos + len(s)
        if spos < slen:
            self._flatten()
            self.buflist = [self.buf[:spos], s, self.buf[newpos:]]
            self.buf = ''
            if newpos > slen:
                slen = newpos
        else:
            self.buflist.append(s)
            slen = newpos
        self.len = slen
        self.pos = newpos

    def writelines(self, iterable):
        write = self.write
        for line in iterable:
            write(line)

    def flush(self):
        _complain_ifclosed(self.closed)

    def getvalue(self):
        """Everything in the buffer, whatever the position."""
        self._flatten()
        return self.buf
