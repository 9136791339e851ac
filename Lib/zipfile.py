"""Read and write ZIP files (PKWARE's APPNOTE format, without ZIP64 or
encryption)."""

import struct, os, time, sys
import binascii

try:
    import zlib
except ImportError:
    zlib = None

__all__ = ["BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "is_zipfile",
           "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipfile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile would need the ZIP64 extensions,
    which this module does not implement."""

error = BadZipfile      # the name of 2.4 and before

ZIP64_LIMIT = (1 << 31) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8

# Record layouts (all little-endian).
structEndArchive = "<4s4H2LH"       # end of central directory, 22 bytes
stringEndArchive = "PK\005\006"
structCentralDir = "<4s4B4HlLL5HLL"  # central directory entry, 46 bytes
stringCentralDir = "PK\001\002"
structFileHeader = "<4s2B4HlLL2H"    # local file header, 30 bytes
stringFileHeader = "PK\003\004"

sizeEndCentDir = struct.calcsize(structEndArchive)
sizeCentralDir = struct.calcsize(structCentralDir)
sizeFileHeader = struct.calcsize(structFileHeader)

# Field indexes in the unpacked central directory record
_CD_CREATE_VERSION = 1
_CD_CREATE_SYSTEM = 2
_CD_EXTRACT_VERSION = 3
_CD_EXTRACT_SYSTEM = 4
_CD_FLAG_BITS = 5
_CD_COMPRESS_TYPE = 6
_CD_TIME = 7
_CD_DATE = 8
_CD_CRC = 9
_CD_COMPRESSED_SIZE = 10
_CD_UNCOMPRESSED_SIZE = 11
_CD_FILENAME_LENGTH = 12
_CD_EXTRA_FIELD_LENGTH = 13
_CD_COMMENT_LENGTH = 14
_CD_DISK_NUMBER_START = 15
_CD_INTERNAL_FILE_ATTRIBUTES = 16
_CD_EXTERNAL_FILE_ATTRIBUTES = 17
_CD_LOCAL_HEADER_OFFSET = 18

# Field indexes in the unpacked local file header
_FH_FILENAME_LENGTH = 10
_FH_EXTRA_FIELD_LENGTH = 11


def _crc(data, crc=0):
    if zlib is not None:
        return zlib.crc32(data, crc)
    return binascii.crc32(data, crc)


def _open_maybe(filename):
    if isinstance(filename, basestring):
        return open(filename, "rb"), True
    return filename, False


def is_zipfile(filename):
    """True if the file (a name or a file object) ends with a zip
    directory record."""
    try:
        fpin, own = _open_maybe(filename)
        try:
            endrec = _EndRecData(fpin)
        finally:
            if own:
                fpin.close()
        if endrec:
            return True
    except (IOError, OSError):
        pass
    return False


def _EndRecData(fpin):
    """Returns the end-of-central-directory record as a list (with the
    archive comment and the record's file offset appended), or None."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    if filesize < sizeEndCentDir:
        return None
    # the record is last, unless the archive has a comment of up to 64K
    start = max(filesize - sizeEndCentDir - 65535, 0)
    fpin.seek(start)
    data = fpin.read()
    pos = data.rfind(stringEndArchive)
    while pos >= 0:
        rec = data[pos:pos + sizeEndCentDir]
        if len(rec) == sizeEndCentDir:
            endrec = list(struct.unpack(structEndArchive, rec))
            clen = endrec[7]
            comment = data[pos + sizeEndCentDir:pos + sizeEndCentDir + clen]
            if len(comment) == clen:
                endrec.append(comment)
                endrec.append(start + pos)
                return endrec
        pos = data.rfind(stringEndArchive, 0, pos)
    return None


def _dos_time(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    dosdate = (year - 1980) << 9 | month << 5 | day
    dostime = hour << 11 | minute << 5 | (second // 2)
    return dosdate, dostime


class ZipInfo (object):
    """What the archive records about one member: name, date, sizes,
    CRC, compression and attributes."""

    __slots__ = (
        'orig_filename', 'filename', 'date_time', 'compress_type',
        'comment', 'extra', 'create_system', 'create_version',
        'extract_version', 'reserved', 'flag_bits', 'volume',
        'internal_attr', 'external_attr', 'header_offset', 'CRC',
        'compress_size', 'file_size', 'file_offset',
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # a NUL ends the name, as in other zip tools
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        self.compress_type = ZIP_STORED
        self.comment = ""
        self.extra = ""
        if sys.platform == 'win32':
            self.create_system = 0
        else:
            self.create_system = 3      # Unix
        self.create_version = 20
        self.extract_version = 20
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0
        self.file_offset = 0

    def __repr__(self):
        return '<ZipInfo %r>' % (self.filename,)

    def FileHeader(self):
        """The local header that precedes the member's data."""
        dosdate, dostime = _dos_time(self.date_time)
        if self.flag_bits & 0x08:
            # sizes and CRC follow the data
            CRC = compress_size = file_size = 0
        else:
            CRC = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        header = struct.pack(structFileHeader, stringFileHeader,
                             self.extract_version, self.reserved,
                             self.flag_bits, self.compress_type,
                             dostime, dosdate, _signed32(CRC),
                             compress_size, file_size,
                             len(self.filename), len(self.extra))
        return header + self.filename + self.extra


def _signed32(v):
    v &= 0xffffffffL
    if v >= 0x80000000L:
        v -= 0x100000000L
    return int(v)


class ZipFile:
    """ZipFile(file[, mode[, compression[, allowZip64]]])

    A zip archive in a named file or a file-like object, opened to read
    ("r"), to write a new one ("w") or to add members ("a").  New members
    are stored as they are (ZIP_STORED) or deflated (ZIP_DEFLATED).
    """

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=False):
        if mode not in ("r", "w", "a"):
            raise RuntimeError('ZipFile() requires mode "r", "w", or "a"')
        if compression == ZIP_STORED:
            pass
        elif compression == ZIP_DEFLATED:
            if zlib is None:
                raise RuntimeError, \
                      "Compression requires the (missing) zlib module"
        else:
            raise RuntimeError, "That compression method is not supported"
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.mode = key = mode.replace('b', '')[0]
        self.comment = ''
        self._didModify = False

        if isinstance(file, basestring):
            self._filePassed = 0
            self.filename = file
            modeDict = {'r': 'rb', 'w': 'wb', 'a': 'r+b'}
            try:
                self.fp = open(file, modeDict[key])
            except IOError:
                if key != 'a':
                    raise
                key = 'w'
                self.fp = open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)

        if key == 'r':
            self._GetContents()
        elif key == 'w':
            pass
        elif key == 'a':
            try:
                self._RealGetContents()
                # new members go where the central directory was
                self.fp.seek(self.start_dir, 0)
            except BadZipfile:
                # not a zip file: add the archive at its end
                self.fp.seek(0, 2)
        else:
            if not self._filePassed:
                self.fp.close()
                self.fp = None
            raise RuntimeError, 'Mode must be "r", "w" or "a"'

    def _GetContents(self):
        try:
            self._RealGetContents()
        except BadZipfile:
            if not self._filePassed:
                self.fp.close()
                self.fp = None
            raise

    def _RealGetContents(self):
        fp = self.fp
        endrec = _EndRecData(fp)
        if not endrec:
            raise BadZipfile, "File is not a zip file"
        if self.debug > 1:
            print endrec
        size_cd = endrec[5]
        offset_cd = endrec[6]
        self.comment = endrec[8]
        endpos = endrec[9]
        # bytes in front of the archive (a self-extractor, for example)
        concat = endpos - size_cd - offset_cd
        if concat < 0:
            raise BadZipfile, "Bad offset for central directory"
        self.start_dir = offset_cd + concat
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        if len(data) != size_cd:
            raise BadZipfile, "Truncated central directory"
        pos = 0
        while pos < size_cd:
            rec = data[pos:pos + sizeCentralDir]
            if len(rec) != sizeCentralDir or rec[0:4] != stringCentralDir:
                raise BadZipfile, "Bad magic number for central directory"
            centdir = struct.unpack(structCentralDir, rec)
            pos += sizeCentralDir
            n, e, c = (centdir[_CD_FILENAME_LENGTH],
                       centdir[_CD_EXTRA_FIELD_LENGTH],
                       centdir[_CD_COMMENT_LENGTH])
            filename = data[pos:pos + n]
            x = ZipInfo(filename)
            x.extra = data[pos + n:pos + n + e]
            x.comment = data[pos + n + e:pos + n + e + c]
            pos += n + e + c
            x.header_offset = centdir[_CD_LOCAL_HEADER_OFFSET] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d,
             crc, x.compress_size, x.file_size) = centdir[1:12]
            x.CRC = crc & 0xffffffffL
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            if self.debug > 2:
                print "total", len(self.filelist)

    def namelist(self):
        """The names of the members, in archive order."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """The ZipInfo records of the members, in archive order."""
        return list(self.filelist)

    def printdir(self):
        """Lists the members with their dates and sizes on stdout."""
        print "%-46s %19s %12s" % ("File Name", "Modified    ", "Size")
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print "%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size)

    def testzip(self):
        """Reads every member; the name of the first damaged one, or
        None if all check out."""
        for zinfo in self.filelist:
            try:
                self.read(zinfo.filename)
            except (BadZipfile, zlib and zlib.error or BadZipfile):
                return zinfo.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name (KeyError if none)."""
        try:
            return self.NameToInfo[name]
        except KeyError:
            raise KeyError('There is no item named %r in the archive' % name)

    def _check_open(self, modes):
        if self.mode not in modes:
            raise RuntimeError, \
                  'read() requires mode "r" or "a"' if 'r' in modes else \
                  'write() requires mode "w" or "a"'
        if not self.fp:
            raise RuntimeError, \
                  "Attempt to use ZIP archive that was already closed"

    def read(self, name):
        """The contents of the member called name, checked against its
        CRC."""
        self._check_open(("r", "a"))
        zinfo = self.getinfo(name)
        if zinfo.flag_bits & 0x1:
            raise RuntimeError, \
                  "File %s is encrypted, password required for extraction" % name
        fp = self.fp
        fp.seek(zinfo.header_offset, 0)
        fheader = fp.read(sizeFileHeader)
        if len(fheader) != sizeFileHeader or fheader[0:4] != stringFileHeader:
            raise BadZipfile, "Bad magic number for file header"
        fheader = struct.unpack(structFileHeader, fheader)
        fname = fp.read(fheader[_FH_FILENAME_LENGTH])
        if fheader[_FH_EXTRA_FIELD_LENGTH]:
            fp.read(fheader[_FH_EXTRA_FIELD_LENGTH])
        if fname != zinfo.orig_filename:
            raise BadZipfile, \
                  'File name in directory "%s" and header "%s" differ.' % (
                      zinfo.orig_filename, fname)
        bytes = fp.read(zinfo.compress_size)
        if len(bytes) != zinfo.compress_size:
            raise BadZipfile, "Truncated file data for %r" % name
        if zinfo.compress_type == ZIP_STORED:
            pass
        elif zinfo.compress_type == ZIP_DEFLATED:
            if zlib is None:
                raise RuntimeError, \
                      "De-compression requires the (missing) zlib module"
            dc = zlib.decompressobj(-15)
            try:
                bytes = dc.decompress(bytes) + dc.flush()
            except zlib.error, e:
                raise BadZipfile, "Bad compressed data for file %r: %s" % (
                    name, e)
        else:
            raise BadZipfile, \
                  "Unsupported compression method %d for file %s" % \
                  (zinfo.compress_type, name)
        if len(bytes) != zinfo.file_size:
            raise BadZipfile, "Bad size for file %r" % name
        if _crc(bytes) & 0xffffffffL != zinfo.CRC:
            raise BadZipfile, "Bad CRC-32 for file %s" % name
        return bytes

    def _writecheck(self, zinfo):
        """Refuses a member this archive cannot take."""
        if zinfo.filename in self.NameToInfo:
            if self.debug:
                print "Duplicate name:", zinfo.filename
        self._check_open(("w", "a"))
        if zinfo.compress_type == ZIP_DEFLATED and not zlib:
            raise RuntimeError, \
                  "Compression requires the (missing) zlib module"
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
            raise RuntimeError, \
                  "That compression method is not supported"
        if zinfo.file_size > ZIP64_LIMIT or zinfo.header_offset > ZIP64_LIMIT:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")

    def _add_member(self, zinfo, chunks):
        """Writes a member whose data comes from the iterable chunks."""
        self._check_open(("w", "a"))
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        zinfo.CRC = 0
        zinfo.compress_size = zinfo.file_size = 0
        self.fp.write(zinfo.FileHeader())
        if zinfo.compress_type == ZIP_DEFLATED:
            cmpr = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION,
                                    zlib.DEFLATED, -15)
        else:
            cmpr = None
        crc = 0
        for buf in chunks:
            zinfo.file_size += len(buf)
            crc = _crc(buf, crc)
            if cmpr is not None:
                buf = cmpr.compress(buf)
            zinfo.compress_size += len(buf)
            self.fp.write(buf)
        if cmpr is not None:
            buf = cmpr.flush()
            zinfo.compress_size += len(buf)
            self.fp.write(buf)
        zinfo.CRC = crc & 0xffffffffL
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")
        # go back and write the real sizes and CRC into the header
        end = self.fp.tell()
        self.fp.seek(zinfo.header_offset + 14, 0)
        self.fp.write(struct.pack("<lLL", _signed32(zinfo.CRC),
                                  zinfo.compress_size, zinfo.file_size))
        self.fp.seek(end, 0)
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def write(self, filename, arcname=None, compress_type=None):
        """Adds the file (or directory) at filename as a member named
        arcname (default: filename, without a drive or leading slash)."""
        st = os.stat(filename)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0:1] in (os.sep, '/'):
            arcname = arcname[1:]
        isdir = os.path.isdir(filename)
        if isdir:
            arcname += '/'
        zinfo = ZipInfo(arcname, date_time)
        zinfo.external_attr = (st[0] & 0xFFFF) << 16L
        if isdir:
            zinfo.compress_type = ZIP_STORED
            zinfo.external_attr |= 0x10         # MS-DOS directory flag
            self._add_member(zinfo, [])
            return
        if compress_type is None:
            zinfo.compress_type = self.compression
        else:
            zinfo.compress_type = compress_type
        fp = open(filename, "rb")
        try:
            def chunks():
                while True:
                    buf = fp.read(1024 * 8)
                    if not buf:
                        break
                    yield buf
            self._add_member(zinfo, chunks())
        finally:
            fp.close()

    def writestr(self, zinfo_or_arcname, bytes):
        """Adds a member whose contents are the string bytes; the first
        argument is its name or a ZipInfo describing it."""
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo.external_attr = 0600 << 16
        else:
            zinfo = zinfo_or_arcname
        self._add_member(zinfo, [bytes])

    def __del__(self):
        """An archive dropped unclosed still gets its directory."""
        self.close()

    def close(self):
        """Writes the central directory if members were added, and
        closes the file if the archive opened it."""
        if self.fp is None:
            return
        if self.mode in ("w", "a") and self._didModify:
            count = 0
            pos1 = self.fp.tell()
            for zinfo in self.filelist:
                count += 1
                dosdate, dostime = _dos_time(zinfo.date_time)
                centdir = struct.pack(
                    structCentralDir, stringCentralDir,
                    zinfo.create_version, zinfo.create_system,
                    zinfo.extract_version, zinfo.reserved,
                    zinfo.flag_bits, zinfo.compress_type, dostime, dosdate,
                    _signed32(zinfo.CRC), zinfo.compress_size,
                    zinfo.file_size, len(zinfo.filename), len(zinfo.extra),
                    len(zinfo.comment), 0, zinfo.internal_attr,
                    zinfo.external_attr & 0xffffffffL, zinfo.header_offset)
                self.fp.write(centdir)
                self.fp.write(zinfo.filename)
                self.fp.write(zinfo.extra)
                self.fp.write(zinfo.comment)
            pos2 = self.fp.tell()
            endrec = struct.pack(structEndArchive, stringEndArchive,
                                 0, 0, count, count, pos2 - pos1, pos1,
                                 len(self.comment))
            self.fp.write(endrec)
            self.fp.write(self.comment)
            self.fp.flush()
        if not self._filePassed:
            self.fp.close()
        self.fp = None


class PyZipFile(ZipFile):
    """A ZipFile with writepy(), which adds Python source files,
    directories of them and packages."""

    def writepy(self, pathname, basename=""):
        """Add a .py file, or a directory or package of them."""
        if os.path.isdir(pathname):
            initname = os.path.join(pathname, "__init__.py")
            if os.path.isfile(initname):
                if basename:
                    basename = "%s/%s" % (basename, os.path.basename(pathname))
                else:
                    basename = os.path.basename(pathname)
                for name in sorted(os.listdir(pathname)):
                    path = os.path.join(pathname, name)
                    if os.path.isdir(path):
                        if os.path.isfile(os.path.join(path, "__init__.py")):
                            self.writepy(path, basename)
                    elif name.endswith(".py"):
                        self.write(path, basename + "/" + name)
            else:
                for name in sorted(os.listdir(pathname)):
                    if name.endswith(".py"):
                        path = os.path.join(pathname, name)
                        self.write(path, (basename and basename + "/") + name)
        else:
            if pathname[-3:] != ".py":
                raise RuntimeError, \
                      'Files added with writepy() must end with ".py"'
            name = os.path.basename(pathname)
            if basename:
                name = "%s/%s" % (basename, name)
            self.write(pathname, name)
