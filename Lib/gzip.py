"""Reading and writing gzip files (RFC 1952) through a file-like object.

GzipFile compresses on write and decompresses on read; seeking is only
forward, or by starting again from the beginning."""

import struct, sys, time
import zlib
import __builtin__

__all__ = ["GzipFile", "open"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_MAGIC = '\037\213'
_CHUNK = 16384


def write32(output, value):
    output.write(struct.pack("<l", value))

def write32u(output, value):
    # the value may be a negative crc32 result or exceed 2**31
    output.write(struct.pack("<L", value & 0xffffffffL))

def read32(input):
    return struct.unpack("<l", input.read(4))[0]

def U32(i):
    """i read as a 32-bit unsigned number."""
    if i < 0:
        i += 1L << 32
    return i

def LOWU32(i):
    """The low 32 bits of i, as a non-negative number."""
    return i & 0xFFFFFFFFL


def open(filename, mode="rb", compresslevel=9):
    """open(filename[, mode[, compresslevel]]) -> GzipFile"""
    return GzipFile(filename, mode, compresslevel)


class GzipFile:
    """A file-like object over a gzip stream: read(), readline(),
    readlines(), iteration, write(), writelines(), seek(), tell(),
    flush() and close()."""

    myfileobj = None
    max_read_chunk = 10 * 1024 * 1024

    def __init__(self, filename=None, mode=None,
                 compresslevel=9, fileobj=None):
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = __builtin__.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, basestring):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode[0:1] == 'r':
            self.mode = READ
            self._new_member = True
            self._decomp = None
            self._raw = ''          # compressed bytes read ahead
            self._buf = ''          # decompressed bytes not yet returned
            self._bufpos = 0
            self._eof = False
            self.filename = filename
        elif mode[0:1] in ('w', 'a'):
            self.mode = WRITE
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self.filename = filename
        else:
            raise IOError, "Mode " + mode + " not supported"

        self.fileobj = fileobj
        self.offset = 0
        self.crc = zlib.crc32("")
        self.size = 0
        if self.mode == WRITE:
            self._write_gzip_header()

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    # ---- writing ------------------------------------------------------

    def _write_gzip_header(self):
        fname = self.filename
        if fname.endswith(".gz"):
            fname = fname[:-3]
        fname = fname.replace('\\', '/').split('/')[-1]
        flags = 0
        if fname:
            flags = FNAME
        header = [_MAGIC, '\010', chr(flags)]
        header.append(struct.pack("<L", LOWU32(long(time.time()))))
        header.append('\002\377')
        if fname:
            header.append(fname + '\000')
        self.fileobj.write(''.join(header))

    def write(self, data):
        if self.mode != WRITE:
            import errno
            raise IOError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError, "write() on closed GzipFile object"
        if len(data) > 0:
            self.size = self.size + len(data)
            self.crc = zlib.crc32(data, self.crc)
            self.fileobj.write(self.compress.compress(data))
            self.offset += len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # ---- reading ------------------------------------------------------

    def _read_raw(self, n):
        """Exactly n compressed bytes (fewer only at the end of file)."""
        data = self._raw[:n]
        self._raw = self._raw[n:]
        while len(data) < n:
            more = self.fileobj.read(n - len(data))
            if not more:
                break
            data += more
        return data

    def _read_gzip_header(self):
        """Reads a member header; returns False at the end of the file."""
        magic = self._read_raw(2)
        if magic == '':
            return False
        if magic != _MAGIC:
            raise IOError, 'Not a gzipped file'
        head = self._read_raw(8)
        if len(head) < 8:
            raise IOError, 'Not a gzipped file'
        method, flag = ord(head[0]), ord(head[1])
        if method != 8:
            raise IOError, 'Unknown compression method'
        if flag & FEXTRA:
            xlen = self._read_raw(2)
            if len(xlen) < 2:
                raise EOFError, "Reached EOF"
            self._read_raw(struct.unpack("<H", xlen)[0])
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while True:
                    c = self._read_raw(1)
                    if not c:
                        raise EOFError, "Reached EOF"
                    if c == '\000':
                        break
        if flag & FHCRC:
            self._read_raw(2)
        return True

    def _finish_member(self, tail):
        """Checks the trailer at the start of tail (the bytes after the
        deflate stream) and keeps what follows for the next member."""
        while len(tail) < 8:
            more = self.fileobj.read(8 - len(tail))
            if not more:
                raise EOFError, "Reached EOF"
            tail += more
        crc32, isize = struct.unpack("<LL", tail[:8])
        if crc32 != LOWU32(self.crc):
            raise IOError, "CRC check failed"
        if isize != LOWU32(self.size):
            raise IOError, "Incorrect length of data produced"
        self._raw = tail[8:] + self._raw
        self._new_member = True
        self._decomp = None

    def _fill(self, want):
        """Decompresses until `want` bytes are buffered (want < 0: all)."""
        chunks = [self._buf[self._bufpos:]]
        have = len(chunks[0])
        while (want < 0 or have < want) and not self._eof:
            if self._new_member:
                if not self._read_gzip_header():
                    self._eof = True
                    break
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = zlib.crc32("")
                self.size = 0
                self._new_member = False
            if self._raw:
                raw, self._raw = self._raw, ''
            else:
                raw = self.fileobj.read(_CHUNK)
            if not raw:
                data = self._decomp.flush()
                self._add(chunks, data)
                have += len(data)
                raise EOFError, "Reached EOF"
            data = self._decomp.decompress(raw)
            self._add(chunks, data)
            have += len(data)
            if self._decomp.unused_data:
                self._finish_member(self._decomp.unused_data)
        self._buf = ''.join(chunks)
        self._bufpos = 0

    def _add(self, chunks, data):
        if data:
            self.crc = zlib.crc32(data, self.crc)
            self.size += len(data)
            chunks.append(data)

    def _take(self, n):
        data = self._buf[self._bufpos:self._bufpos + n]
        self._bufpos += len(data)
        self.offset += len(data)
        return data

    def read(self, size=-1):
        if self.mode != READ:
            import errno
            raise IOError(errno.EBADF, "read() on write-only GzipFile object")
        if size is None or size < 0:
            self._fill(-1)
            return self._take(len(self._buf) - self._bufpos)
        if len(self._buf) - self._bufpos < size:
            self._fill(size)
        return self._take(size)

    def readline(self, size=-1):
        if size is None or size < 0:
            size = sys.maxint
        scanned = self._bufpos
        while True:
            limit = min(len(self._buf), self._bufpos + size)
            i = self._buf.find('\n', scanned, limit)
            if i >= 0:
                return self._take(i + 1 - self._bufpos)
            if limit - self._bufpos >= size or self._eof:
                return self._take(limit - self._bufpos)
            avail = len(self._buf) - self._bufpos
            self._fill(avail + max(256, avail))
            scanned = avail     # _fill moved the unread bytes to the front

    def readlines(self, sizehint=0):
        if sizehint <= 0:
            sizehint = sys.maxint
        lines = []
        total = 0
        while total < sizehint:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
        return lines

    # ---- common -------------------------------------------------------

    def close(self):
        if self.fileobj is None:
            return
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush())
            write32u(self.fileobj, self.crc)
            write32u(self.fileobj, self.size)
        self.fileobj = None
        if self.myfileobj:
            self.myfileobj.close()
            self.myfileobj = None

    def __del__(self):
        try:
            if self.myfileobj is None and self.fileobj is None:
                return
        except AttributeError:
            return
        self.close()

    def flush(self):
        if self.mode == WRITE and self.fileobj is not None:
            self.fileobj.write(self.compress.flush(zlib.Z_SYNC_FLUSH))
        if self.fileobj is not None:
            self.fileobj.flush()

    def fileno(self):
        """The descriptor of the file object underneath."""
        return self.fileobj.fileno()

    def isatty(self):
        return False

    def tell(self):
        return self.offset

    def rewind(self):
        """Start reading again from the first byte of the data."""
        if self.mode != READ:
            raise IOError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._new_member = True
        self._decomp = None
        self._raw = ''
        self._buf = ''
        self._bufpos = 0
        self._eof = False
        self.offset = 0

    def seek(self, offset, whence=0):
        if whence == 1:
            offset = self.offset + offset
        elif whence != 0:
            raise ValueError('Seek from end not supported')
        if self.mode == WRITE:
            if offset < self.offset:
                raise IOError('Negative seek in write mode')
            count = offset - self.offset
            block = '\0' * 1024
            for i in xrange(count // 1024):
                self.write(block)
            self.write('\0' * (count % 1024))
        elif self.mode == READ:
            if offset < self.offset:
                self.rewind()
            count = offset - self.offset
            while count > 0:
                got = len(self.read(min(count, 65536)))
                if got == 0:
                    break
                count -= got
        return self.offset

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


def _test():
    # a tiny command line: compress the named files, or with -d expand them
    args = sys.argv[1:]
    decompress = args and args[0] == "-d"
    if decompress:
        args = args[1:]
    if not args:
        args = ["-"]
    for arg in args:
        if decompress:
            if arg == "-":
                f = GzipFile(filename="", mode="rb", fileobj=sys.stdin)
                g = sys.stdout
            else:
                if arg[-3:] != ".gz":
                    print "filename doesn't end in .gz:", repr(arg)
                    continue
                f = open(arg, "rb")
                g = __builtin__.open(arg[:-3], "wb")
        else:
            if arg == "-":
                f = sys.stdin
                g = GzipFile(filename="", mode="wb", fileobj=sys.stdout)
            else:
                f = __builtin__.open(arg, "rb")
                g = open(arg + ".gz", "wb")
        while True:
            chunk = f.read(1024)
            if not chunk:
                break
            g.write(chunk)
        if g is not sys.stdout:
            g.close()
        if f is not sys.stdin:
            f.close()

if __name__ == '__main__':
    _test()
