"""Read and write tar archives (ustar and GNU formats), optionally
compressed with gzip.

    tar = tarfile.open("sample.tar.gz", "w:gz")
    tar.add("foo")
    tar.close()
"""

__version__ = "0.8.0"

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "open"]

import os
import sys
import time
import stat
import errno
import struct
import copy
from cStringIO import StringIO

__builtin_open = open
_open = open

# -- constants -----------------------------------------------------------------

NUL = "\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
MAGIC = "ustar"
VERSION = "00"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155
MAXSIZE_MEMBER = 077777777777L

REGTYPE = "0"
AREGTYPE = "\0"
LNKTYPE = "1"
SYMTYPE = "2"
CHRTYPE = "3"
BLKTYPE = "4"
DIRTYPE = "5"
FIFOTYPE = "6"
CONTTYPE = "7"
GNUTYPE_LONGNAME = "L"
GNUTYPE_LONGLINK = "K"
GNUTYPE_SPARSE = "S"

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)

S_IFLNK = 0120000
S_IFREG = 0100000
S_IFBLK = 0060000
S_IFDIR = 0040000
S_IFCHR = 0020000
S_IFIFO = 0010000

TSUID = 04000
TSGID = 02000
TSVTX = 01000
TUREAD = 0400
TUWRITE = 0200
TUEXEC = 0100
TGREAD = 0040
TGWRITE = 0020
TGEXEC = 0010
TOREAD = 0004
TOWRITE = 0002
TOEXEC = 0001

# -- field conversion ----------------------------------------------------------


def stn(s, length):
    """A string as a NUL-padded field of the given length."""
    return s[:length] + (length - len(s)) * NUL


def nts(s):
    """The string in a NUL-terminated field."""
    end = s.find(NUL)
    if end >= 0:
        return s[:end]
    return s


def nti(s):
    """The number in an octal (or GNU base-256) field."""
    if s[:1] == chr(0200):
        n = 0L
        for c in s[1:]:
            n = (n << 8) | ord(c)
        return n
    digits = nts(s).strip(" ")
    if not digits:
        return 0
    try:
        return int(digits, 8)
    except ValueError:
        raise HeaderError("invalid number field")


def itn(n, digits=8, posix=False):
    """A number as an octal field of the given width; numbers too big
    for octal use GNU base-256 unless posix is true."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return "%0*o" % (digits - 1, n) + NUL
    if posix:
        raise ValueError("overflow in number field")
    if n < 0:
        n = struct.unpack("L", struct.pack("l", n))[0]
    out = []
    for i in range(digits - 1):
        out.insert(0, chr(n & 0377))
        n >>= 8
    return chr(0200) + "".join(out)


def calc_chksums(buf):
    """The unsigned and signed checksums of a header block (the checksum
    field counted as spaces)."""
    data = buf[:148] + " " * 8 + buf[156:512]
    unsigned = 0
    signed = 0
    for c in data:
        v = ord(c)
        unsigned += v
        if v > 127:
            v -= 256
        signed += v
    return unsigned, signed


def copyfileobj(src, dst, length=None):
    """Copy length bytes (all when None) from src to dst."""
    if length == 0:
        return
    if length is None:
        while True:
            buf = src.read(16 * 1024)
            if not buf:
                return
            dst.write(buf)
    while length > 0:
        buf = src.read(min(length, 16 * 1024))
        if not buf:
            raise IOError("end of file reached")
        dst.write(buf)
        length -= len(buf)


_filemode_table = (
    ((S_IFLNK, "l"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
     (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((TUREAD, "r"),),
    ((TUWRITE, "w"),),
    ((TUEXEC | TSUID, "s"), (TSUID, "S"), (TUEXEC, "x")),
    ((TGREAD, "r"),),
    ((TGWRITE, "w"),),
    ((TGEXEC | TSGID, "s"), (TSGID, "S"), (TGEXEC, "x")),
    ((TOREAD, "r"),),
    ((TOWRITE, "w"),),
    ((TOEXEC | TSVTX, "t"), (TSVTX, "T"), (TOEXEC, "x")),
)


def filemode(mode):
    """'-rwxr-xr-x' style text for a mode (like ls -l)."""
    out = []
    for choices in _filemode_table:
        for bits, char in choices:
            if mode & bits == bits:
                out.append(char)
                break
        else:
            out.append("-")
    return "".join(out)


if os.sep != "/":
    normpath = lambda path: os.path.normpath(path).replace(os.sep, "/")
else:
    normpath = os.path.normpath

# -- exceptions ----------------------------------------------------------------


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(ValueError):
    """A header block is not valid (internal)."""

# -- members -------------------------------------------------------------------


class TarInfo(object):
    """The header of one archive member."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = "user"
        self.gname = "group"
        self.devmajor = 0
        self.devminor = 0
        self.prefix = ""
        self.offset = 0
        self.offset_data = 0
        self.buf = None

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def frombuf(cls, buf):
        """Build a TarInfo from a 512-byte header block."""
        if len(buf) != BLOCKSIZE:
            raise ValueError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise ValueError("empty header")
        info = cls()
        info.buf = buf
        info.name = nts(buf[0:100])
        info.mode = nti(buf[100:108])
        info.uid = nti(buf[108:116])
        info.gid = nti(buf[116:124])
        info.size = nti(buf[124:136])
        info.mtime = nti(buf[136:148])
        info.chksum = nti(buf[148:156])
        info.type = buf[156:157]
        info.linkname = nts(buf[157:257])
        info.uname = nts(buf[265:297])
        info.gname = nts(buf[297:329])
        info.devmajor = nti(buf[329:337])
        info.devminor = nti(buf[337:345])
        info.prefix = nts(buf[345:500])
        if info.chksum not in calc_chksums(buf):
            raise ValueError("invalid header")
        if info.type == AREGTYPE and info.name.endswith("/"):
            info.type = DIRTYPE
        if buf[257:263] == "ustar\0" and info.prefix and \
                info.type != GNUTYPE_SPARSE:
            info.name = info.prefix + "/" + info.name
        if info.isdir():
            info.name = info.name.rstrip("/")
        return info

    frombuf = classmethod(frombuf)

    def tobuf(self, posix=False):
        """The header block(s) for this member: GNU format by default
        (long names in extra 'L'/'K' members), strict ustar if posix."""
        name = self.name
        if self.type == DIRTYPE and not name.endswith("/"):
            name += "/"
        linkname = self.linkname
        prefix = ""
        extra = ""
        if len(name) > LENGTH_NAME:
            if posix:
                cut = name[:LENGTH_PREFIX + 1].rfind("/")
                if cut <= 0 or len(name) - cut - 1 > LENGTH_NAME:
                    raise ValueError("name is too long (>%d)"
                                     % (LENGTH_NAME + LENGTH_PREFIX))
                prefix, name = name[:cut], name[cut + 1:]
            else:
                extra += self._long_header(name, GNUTYPE_LONGNAME)
                name = name[:LENGTH_NAME - 1]
        if len(linkname) > LENGTH_LINK:
            if posix:
                raise ValueError("linkname is too long (>%d)" % LENGTH_LINK)
            extra += self._long_header(linkname, GNUTYPE_LONGLINK)
            linkname = linkname[:LENGTH_LINK - 1]
        block = self._header(name, self.type, self.size, linkname, prefix,
                             posix)
        self.buf = block
        return extra + block

    def _header(self, name, type, size, linkname, prefix, posix):
        fields = [
            stn(name, 100),
            itn(self.mode & 07777, 8, posix),
            itn(self.uid, 8, posix),
            itn(self.gid, 8, posix),
            itn(size, 12, posix),
            itn(self.mtime, 12, posix),
            " " * 8,
            type,
            stn(linkname, 100),
            stn(MAGIC, 6),
            stn(VERSION, 2),
            stn(self.uname, 32),
            stn(self.gname, 32),
            itn(self.devmajor, 8, posix),
            itn(self.devminor, 8, posix),
            stn(prefix, 155),
        ]
        block = "".join(fields)
        block += (BLOCKSIZE - len(block)) * NUL
        chksum = calc_chksums(block)[0]
        return block[:148] + "%06o\0" % chksum + block[155:]

    def _long_header(self, text, type):
        # A GNU ././@LongLink member whose data is the long name.
        data = text + NUL
        header = self._header("././@LongLink", type, len(data), "", "",
                              False)
        blocks, rest = divmod(len(data), BLOCKSIZE)
        if rest:
            data += (BLOCKSIZE - rest) * NUL
        return header + data

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.type == GNUTYPE_SPARSE

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


class ExFileObject(object):
    """A read-only file object for the data of one archive member."""

    def __init__(self, tarfile, tarinfo):
        self.fileobj = tarfile.fileobj
        self.name = tarinfo.name
        self.mode = "r"
        self.closed = False
        self.offset = tarinfo.offset_data
        self.size = tarinfo.size
        self.position = 0
        self.buffer = ""

    def read(self, size=None):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        left = self.size - self.position
        if size is None or size < 0 or size > left:
            size = left
        if size <= 0:
            return ""
        self.fileobj.seek(self.offset + self.position)
        data = self.fileobj.read(size)
        self.position += len(data)
        return data

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        chunks = []
        got = 0
        while size < 0 or got < size:
            want = 256
            if size >= 0:
                want = min(want, size - got)
            start = self.position
            piece = self.read(want)
            if not piece:
                break
            nl = piece.find("\n")
            if nl >= 0:
                piece = piece[:nl + 1]
                self.position = start + len(piece)
                chunks.append(piece)
                break
            chunks.append(piece)
            got += len(piece)
        return "".join(chunks)

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def tell(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self.position

    def seek(self, pos, whence=0):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if whence == 0:
            target = pos
        elif whence == 1:
            target = self.position + pos
        elif whence == 2:
            target = self.size + pos
        else:
            raise ValueError("Invalid argument")
        self.position = min(max(target, 0), self.size)

    def close(self):
        self.closed = True

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                break
            yield line

# -- archives ------------------------------------------------------------------


class TarFile(object):
    """A tar archive: open it with TarFile.open() (or tarfile.open())."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 0
    posix = False
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None):
        """Open an uncompressed archive: mode 'r' (read), 'a' (append)
        or 'w' (write); fileobj replaces opening name."""
        if len(mode) > 1 or mode not in "raw":
            raise ValueError("mode must be 'r', 'a' or 'w'")
        self._mode = mode
        self.mode = {"r": "rb", "a": "r+b", "w": "wb"}[mode]
        if fileobj is None:
            if self._mode == "a" and not os.path.exists(name):
                self._mode = "w"
                self.mode = "wb"
            fileobj = _open(name, self.mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name"):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self.mode = fileobj.mode
            self._extfileobj = True
        if name is not None:
            self.name = os.path.abspath(name)
        else:
            self.name = None
        self.fileobj = fileobj
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = 0
        self.inodes = {}
        self.firstmember = None

        if self._mode == "r":
            self.firstmember = self.next()
        elif self._mode == "a":
            while self.next() is not None:
                pass
            if self.offset:
                self.fileobj.seek(self.offset)
            self._loaded = True

    # -- opening --------------------------------------------------------

    def open(cls, name=None, mode="r", fileobj=None, bufsize=20 * 512):
        """Open a tar archive.  Modes: 'r' or 'r:*' (any compression),
        'r:' (none), 'r:gz', 'a' or 'a:', 'w' or 'w:', 'w:gz', and the
        stream modes 'r|*', 'r|', 'r|gz', 'w|', 'w|gz'."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            for opener in cls.OPEN_METH.values():
                meth = getattr(cls, opener)
                saved = None
                if fileobj is not None:
                    saved = fileobj.tell()
                try:
                    return meth(name, "r", fileobj)
                except (ReadError, CompressionError):
                    if fileobj is not None:
                        fileobj.seek(saved)
                    continue
            raise ReadError("file could not be opened successfully")
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r"
                                       % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode,
                                                         fileobj)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in "rw":
                raise ValueError("mode must be 'r' or 'w'")
            return cls._stream_open(name, filemode, comptype, fileobj)
        if mode in "aw":
            return cls.taropen(name, mode, fileobj)
        raise ValueError("undiscernible mode")

    open = classmethod(open)

    def _stream_open(cls, name, filemode, comptype, fileobj):
        if comptype not in ("tar", "gz", "*"):
            raise CompressionError("unknown compression type %r" % comptype)
        if fileobj is None:
            if filemode == "r":
                fileobj = _open(name, "rb")
            else:
                fileobj = _open(name, "wb")
        if filemode == "r":
            data = fileobj.read()
            if comptype == "gz" or (comptype == "*" and
                                    data[:2] == "\037\213"):
                import gzip
                try:
                    data = gzip.GzipFile(fileobj=StringIO(data)).read()
                except (IOError, EOFError):
                    raise ReadError("not a gzip file")
            t = cls.taropen(name, "r", StringIO(data))
            return t
        if comptype == "gz":
            import gzip
            gz = gzip.GzipFile(name, "wb", 9, fileobj)
            t = cls.taropen(name, "w", gz)
            t._extfileobj = False
            return t
        return cls.taropen(name, "w", fileobj)

    _stream_open = classmethod(_stream_open)

    def taropen(cls, name, mode="r", fileobj=None):
        """Open an uncompressed archive."""
        if len(mode) > 1 or mode not in "raw":
            raise ValueError("mode must be 'r', 'a' or 'w'")
        return cls(name, mode, fileobj)

    taropen = classmethod(taropen)

    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9):
        """Open a gzip-compressed archive."""
        if len(mode) > 1 or mode not in "rw":
            raise ValueError("mode must be 'r' or 'w'")
        try:
            import gzip
            gzip.GzipFile
        except (ImportError, AttributeError):
            raise CompressionError("gzip module is not available")
        if fileobj is None:
            fileobj = _open(name, mode + "b")
        try:
            t = cls.taropen(name, mode,
                            gzip.GzipFile(name, mode, compresslevel, fileobj))
        except IOError:
            raise ReadError("not a gzip file")
        t._extfileobj = False
        return t

    gzopen = classmethod(gzopen)

    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9):
        """Open a bzip2-compressed archive (not available here)."""
        raise CompressionError("bz2 module is not available")

    bz2open = classmethod(bz2open)

    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
    }

    def close(self):
        """Close the archive; in write mode, write the end-of-archive
        blocks and pad to a whole record."""
        if self.closed:
            return
        if self._mode in "aw":
            self.fileobj.write(NUL * (BLOCKSIZE * 2))
            self.offset += BLOCKSIZE * 2
            blocks, rest = divmod(self.offset, RECORDSIZE)
            if rest > 0:
                self.fileobj.write(NUL * (RECORDSIZE - rest))
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    # -- members --------------------------------------------------------

    def getmember(self, name):
        """The TarInfo of the last member called name; KeyError if none."""
        info = self._getmember(name)
        if info is None:
            raise KeyError("filename %r not found" % name)
        return info

    def getmembers(self):
        """The TarInfo objects of all members, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of all members, in archive order."""
        return [info.name for info in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for a file on disk (or for the open file fileobj),
        to be stored as arcname."""
        self._check("aw")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = normpath(arcname)
        drive, arcname = os.path.splitdrive(arcname)
        while arcname[0:1] == "/":
            arcname = arcname[1:]
        info = TarInfo()
        if fileobj is None:
            if self.dereference:
                st = os.stat(name)
            else:
                st = os.lstat(name)
        else:
            st = os.fstat(fileobj.fileno())
        mode = st.st_mode
        linkname = ""
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and
                    inode in self.inodes):
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            type = DIRTYPE
        elif stat.S_ISFIFO(mode):
            type = FIFOTYPE
        elif stat.S_ISLNK(mode):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            type = CHRTYPE
        elif stat.S_ISBLK(mode):
            type = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = stat.S_IMODE(mode)
        info.uid = st.st_uid
        info.gid = st.st_gid
        if type == REGTYPE:
            info.size = st.st_size
        else:
            info.size = 0L
        info.mtime = int(st.st_mtime)
        info.type = type
        info.linkname = linkname
        try:
            import pwd
            info.uname = pwd.getpwuid(info.uid)[0]
        except (ImportError, KeyError):
            pass
        try:
            import grp
            info.gname = grp.getgrgid(info.gid)[0]
        except (ImportError, KeyError):
            pass
        if type in (CHRTYPE, BLKTYPE):
            rdev = getattr(st, "st_rdev", 0)
            info.devmajor = (rdev >> 8) & 0xfff
            info.devminor = (rdev & 0xff) | ((rdev >> 12) & 0xfff00)
        return info

    def list(self, verbose=True):
        """Print a table of contents to sys.stdout (like tar -tv)."""
        self._check()
        for info in self:
            if verbose:
                print filemode(info.mode | _type_mode_bits(info)),
                print "%s/%s" % (info.uname or info.uid,
                                 info.gname or info.gid),
                if info.ischr() or info.isblk():
                    print "%10s" % ("%d,%d" % (info.devmajor,
                                               info.devminor)),
                else:
                    print "%10d" % info.size,
                print "%d-%02d-%02d %02d:%02d:%02d" \
                      % time.localtime(info.mtime)[:6],
            print info.name,
            if verbose:
                if info.issym():
                    print "->", info.linkname,
                if info.islnk():
                    print "link to", info.linkname,
            print

    def add(self, name, arcname=None, recursive=True):
        """Add the file name (a directory with its contents when
        recursive is true) to the archive as arcname."""
        self._check("aw")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        if name == ".":
            if recursive:
                if arcname == ".":
                    arcname = ""
                for f in os.listdir("."):
                    self.add(f, os.path.join(arcname, f))
            return
        self._dbg(1, name)
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if info.isreg():
            f = _open(name, "rb")
            try:
                self.addfile(info, f)
            finally:
                f.close()
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for f in os.listdir(name):
                    self.add(os.path.join(name, f), os.path.join(arcname, f))
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Write tarinfo's header and, if fileobj is given, tarinfo.size
        bytes read from it."""
        self._check("aw")
        tarinfo = copy.copy(tarinfo)
        tarinfo.offset = self.offset
        buf = tarinfo.tobuf(self.posix)
        self.fileobj.write(buf)
        self.offset += len(buf)
        tarinfo.offset_data = self.offset
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size)
            blocks, rest = divmod(tarinfo.size, BLOCKSIZE)
            if rest > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - rest))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    def extractall(self, path=".", members=None):
        """Extract every member (or those in members) under path;
        directory times and modes are set after their contents."""
        directories = []
        if members is None:
            members = self
        for info in members:
            if info.isdir():
                directories.append(info)
                info = copy.copy(info)
                info.mode = 0700
            self.extract(info, path)
        directories.sort(lambda a, b: cmp(b.name, a.name))
        for info in directories:
            target = os.path.join(path, info.name)
            try:
                self.chown(info, target)
                self.utime(info, target)
                self.chmod(info, target)
            except ExtractError, e:
                if self.errorlevel > 1:
                    raise
                self._dbg(1, "tarfile: %s" % e)

    def extract(self, member, path=""):
        """Extract one member (a name or a TarInfo) under path."""
        self._check("r")
        if isinstance(member, basestring):
            info = self.getmember(member)
        else:
            info = member
        if info.islnk():
            info._link_target = os.path.join(path, info.linkname)
        try:
            self._extract_member(info, os.path.join(path, info.name))
        except EnvironmentError, e:
            if self.errorlevel > 0:
                raise
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        except ExtractError, e:
            if self.errorlevel > 1:
                raise
            self._dbg(1, "tarfile: %s" % e)

    def extractfile(self, member):
        """A file object reading the data of a member (name or TarInfo);
        None for members that have no data (directories, devices);
        links are followed inside the archive."""
        self._check("r")
        if isinstance(member, basestring):
            info = self.getmember(member)
        else:
            info = member
        if info.isreg():
            return self.fileobject(self, info)
        if info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _StreamMarker):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(info))
        return None

    def _find_link_target(self, info):
        if info.issym():
            target = os.path.dirname(info.name) + "/" + info.linkname
            target = normpath(target)
        else:
            target = info.linkname
        found = self._getmember(target, info)
        if found is None:
            found = self._getmember(target)
        if found is None:
            raise KeyError("linkname %r not found" % target)
        return found

    def _extract_member(self, info, target):
        target = target.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.islnk() or info.issym():
            self._dbg(1, "%s -> %s" % (info.name, info.linkname))
        else:
            self._dbg(1, info.name)
        if info.isreg():
            self.makefile(info, target)
        elif info.isdir():
            self.makedir(info, target)
        elif info.isfifo():
            self.makefifo(info, target)
        elif info.ischr() or info.isblk():
            self.makedev(info, target)
        elif info.islnk() or info.issym():
            self.makelink(info, target)
        elif info.type not in SUPPORTED_TYPES:
            self.makeunknown(info, target)
        else:
            self.makefile(info, target)
        self.chown(info, target)
        if not info.issym():
            self.chmod(info, target)
            self.utime(info, target)

    def makedir(self, info, target):
        try:
            os.mkdir(target, 0700)
        except EnvironmentError, e:
            if e.errno != errno.EEXIST:
                raise

    def makefile(self, info, target):
        src = self.extractfile(info)
        dst = _open(target, "wb")
        try:
            copyfileobj(src, dst)
        finally:
            dst.close()

    def makeunknown(self, info, target):
        self.makefile(info, target)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular "
                     "file." % info.type)

    def makefifo(self, info, target):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(target)

    def makedev(self, info, target):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = info.mode
        if info.isblk():
            mode |= stat.S_IFBLK
        else:
            mode |= stat.S_IFCHR
        os.mknod(target, mode, os.makedev(info.devmajor, info.devminor))

    def makelink(self, info, target):
        try:
            if info.issym():
                os.symlink(info.linkname, target)
            else:
                source = getattr(info, "_link_target", info.linkname)
                if os.path.exists(source):
                    os.link(source, target)
                else:
                    self._extract_member(self._find_link_target(info), target)
        except (AttributeError, EnvironmentError):
            try:
                self._extract_member(self._find_link_target(info), target)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive")

    def chown(self, info, target):
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        try:
            import grp
            g = grp.getgrnam(info.gname)[2]
        except (ImportError, KeyError):
            g = info.gid
        try:
            import pwd
            u = pwd.getpwnam(info.uname)[2]
        except (ImportError, KeyError):
            u = info.uid
        try:
            if info.issym():
                if hasattr(os, "lchown"):
                    os.lchown(target, u, g)
            else:
                os.chown(target, u, g)
        except EnvironmentError:
            raise ExtractError("could not change owner")

    def chmod(self, info, target):
        try:
            os.chmod(target, info.mode)
        except EnvironmentError:
            raise ExtractError("could not change mode")

    def utime(self, info, target):
        try:
            os.utime(target, (info.mtime, info.mtime))
        except EnvironmentError:
            raise ExtractError("could not change modification time")

    # -- reading the archive ------------------------------------------

    def next(self):
        """The next member of the archive (reading it), or None at the
        end."""
        self._check("ra")
        if self.firstmember is not None:
            first = self.firstmember
            self.firstmember = None
            return first
        self.fileobj.seek(self.offset)
        while True:
            buf = self.fileobj.read(BLOCKSIZE)
            if not buf:
                return None
            try:
                info = TarInfo.frombuf(buf)
            except (ValueError, HeaderError), e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    if str(e) == "empty header" or len(buf) < BLOCKSIZE:
                        if len(buf) < BLOCKSIZE and buf.strip(NUL):
                            raise ReadError("truncated header")
                        raise ReadError("empty file")
                    raise ReadError(str(e))
                return None
            break
        info.offset = self.offset
        self.offset += BLOCKSIZE
        if info.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._read_gnu_long(info)
        if info.type in ("x", "g"):
            # POSIX extended headers are not understood: skip them
            self.offset += self._padded(info.size)
            return self.next()
        info.offset_data = self.offset
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            self.offset += self._padded(info.size)
        self.members.append(info)
        return info

    def _padded(self, size):
        blocks, rest = divmod(size, BLOCKSIZE)
        if rest:
            blocks += 1
        return blocks * BLOCKSIZE

    def _read_gnu_long(self, info):
        data = self.fileobj.read(self._padded(info.size))
        self.offset += self._padded(info.size)
        text = nts(data[:info.size])
        following = self.next()
        if following is None:
            return None
        if info.type == GNUTYPE_LONGNAME:
            following.name = text
            if following.isdir():
                following.name = following.name.rstrip("/")
        else:
            following.linkname = text
        return following

    def _getmember(self, name, before=None):
        members = self.getmembers()
        if before is not None and before in members:
            members = members[:members.index(before)]
        for info in reversed(members):
            if info.name == name:
                return info
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise IOError("%s is closed" % self.__class__.__name__)
        if mode is not None and self._mode not in mode:
            raise IOError("bad operation for mode %r" % self._mode)

    def __iter__(self):
        if self._loaded:
            return iter(self.members)
        return _TarIter(self)

    def _dbg(self, level, msg):
        if level <= self.debug:
            print >> sys.stderr, msg


class _StreamMarker(object):
    pass


def _type_mode_bits(info):
    return {REGTYPE: S_IFREG, AREGTYPE: S_IFREG, CONTTYPE: S_IFREG,
            LNKTYPE: S_IFREG, SYMTYPE: S_IFLNK, DIRTYPE: S_IFDIR,
            CHRTYPE: S_IFCHR, BLKTYPE: S_IFBLK,
            FIFOTYPE: S_IFIFO}.get(info.type, S_IFREG)


class _TarIter(object):
    """Iterates over the members while reading the archive."""

    def __init__(self, tarfile):
        self.tarfile = tarfile
        self.index = 0

    def __iter__(self):
        return self

    def next(self):
        t = self.tarfile
        if self.index < len(t.members):
            info = t.members[self.index]
        elif t._loaded:
            raise StopIteration
        else:
            t.firstmember = None    # already in t.members
            info = t.next()
            if info is None:
                t._loaded = True
                raise StopIteration
        self.index += 1
        return info


def is_tarfile(name):
    """True if name is a tar archive tarfile can read."""
    try:
        t = open(name)
        t.close()
        return True
    except TarError:
        return False

open = TarFile.open
