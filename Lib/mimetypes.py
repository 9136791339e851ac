"""Guess the MIME type of a file from its name or URL.

guess_type(url, strict=True) -> (type, encoding)
guess_extension(type, strict=True) -> '.ext' or None
guess_all_extensions(type, strict=True) -> list of '.ext'
add_type(type, ext, strict=True)
init(files=None), read_mime_types(file)

Only the built-in table is used until init() is called; init() with no
argument also reads the system files listed in knownfiles.
"""

import urllib
try:
    import os           # (only init() reads files; a sandbox has no os)
except ImportError:
    os = None


def _splitext(p):
    # posixpath.splitext, without needing posixpath (and so os)
    i = p.rfind('.')
    if i <= p.rfind('/'):
        return p, ''
    return p[:i], p[i:]

__all__ = ["guess_type", "guess_extension", "guess_all_extensions",
           "add_type", "read_mime_types", "init"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/mime.types",
    ]

inited = False


class MimeTypes:
    """A table of types: the built-in one plus what read() adds."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            _default_tables()
        self.encodings_map = encodings_map.copy()
        self.suffix_map = suffix_map.copy()
        self.types_map = ({}, {})          # non-strict, strict
        self.types_map_inv = ({}, {})
        for ext, type in types_map.items():
            self.add_type(type, ext, True)
        for ext, type in common_types.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its dot) to type."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name or URL; either may be None.
        data: URLs give their declared type."""
        scheme, rest = urllib.splittype(url)
        if scheme == 'data':
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            if semi >= 0:
                type = rest[:semi]
            else:
                type = rest[:comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        base, ext = _splitext(url)
        while ext in self.suffix_map:
            base, ext = _splitext(base + self.suffix_map[ext])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = _splitext(base)
        else:
            encoding = None
        for table in self._tables(strict):
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def _tables(self, strict):
        if strict:
            return (self.types_map[True],)
        return (self.types_map[True], self.types_map[False])

    def guess_all_extensions(self, type, strict=True):
        """Every known extension for type, in the order they were added."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        """One extension for type, or None."""
        exts = self.guess_all_extensions(type, strict)
        if not exts:
            return None
        return exts[0]

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        fp = open(filename)
        try:
            self.readfp(fp, strict)
        finally:
            fp.close()

    def readfp(self, fp, strict=True):
        """Add the types of a mime.types file object:
        lines 'type ext ext ...', '#' starts a comment."""
        for line in fp:
            words = line.split('#', 1)[0].split()
            if not words:
                continue
            type = words[0]
            for suffix in words[1:]:
                self.add_type(type, '.' + suffix, strict)


_db = None


def _database():
    global _db
    if _db is None:
        _db = MimeTypes()
    return _db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Rebuild the module table from the built-in one plus the given
    files (default: the existing ones of knownfiles)."""
    global _db, inited, types_map, encodings_map, suffix_map, common_types
    inited = True
    db = MimeTypes()
    if files is None:
        files = knownfiles
    for name in files:
        if os is not None and os.path.isfile(name):
            db.readfp(open(name))
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The {'.ext': type} table of a mime.types file; None if it cannot
    be read."""
    try:
        f = open(file)
    except IOError:
        return None
    db = MimeTypes()
    db.types_map = ({}, {})
    db.types_map_inv = ({}, {})
    db.readfp(f, True)
    f.close()
    return db.types_map[True]


def _default_tables():
    global suffix_map, encodings_map, types_map, common_types
    suffix_map = {
        '.tgz': '.tar.gz',
        '.taz': '.tar.gz',
        '.tz': '.tar.gz',
        }
    encodings_map = {
        '.gz': 'gzip',
        '.Z': 'compress',
        '.bz2': 'bzip2',
        }
    types_map = {
        '.a': 'application/octet-stream',
        '.ai': 'application/postscript',
        '.aif': 'audio/x-aiff',
        '.aifc': 'audio/x-aiff',
        '.aiff': 'audio/x-aiff',
        '.au': 'audio/basic',
        '.avi': 'video/x-msvideo',
        '.bat': 'text/plain',
        '.bcpio': 'application/x-bcpio',
        '.bin': 'application/octet-stream',
        '.bmp': 'image/x-ms-bmp',
        '.c': 'text/plain',
        '.cdf': 'application/x-netcdf',
        '.cpio': 'application/x-cpio',
        '.csh': 'application/x-csh',
        '.css': 'text/css',
        '.dll': 'application/octet-stream',
        '.doc': 'application/msword',
        '.dot': 'application/msword',
        '.dvi': 'application/x-dvi',
        '.eml': 'message/rfc822',
        '.eps': 'application/postscript',
        '.etx': 'text/x-setext',
        '.exe': 'application/octet-stream',
        '.gif': 'image/gif',
        '.gtar': 'application/x-gtar',
        '.h': 'text/plain',
        '.hdf': 'application/x-hdf',
        '.htm': 'text/html',
        '.html': 'text/html',
        '.ief': 'image/ief',
        '.jpe': 'image/jpeg',
        '.jpeg': 'image/jpeg',
        '.jpg': 'image/jpeg',
        '.js': 'application/x-javascript',
        '.ksh': 'text/plain',
        '.latex': 'application/x-latex',
        '.m1v': 'video/mpeg',
        '.man': 'application/x-troff-man',
        '.me': 'application/x-troff-me',
        '.mht': 'message/rfc822',
        '.mhtml': 'message/rfc822',
        '.mif': 'application/x-mif',
        '.mov': 'video/quicktime',
        '.movie': 'video/x-sgi-movie',
        '.mp2': 'audio/mpeg',
        '.mp3': 'audio/mpeg',
        '.mpa': 'video/mpeg',
        '.mpe': 'video/mpeg',
        '.mpeg': 'video/mpeg',
        '.mpg': 'video/mpeg',
        '.ms': 'application/x-troff-ms',
        '.nc': 'application/x-netcdf',
        '.nws': 'message/rfc822',
        '.o': 'application/octet-stream',
        '.obj': 'application/octet-stream',
        '.oda': 'application/oda',
        '.p12': 'application/x-pkcs12',
        '.p7c': 'application/pkcs7-mime',
        '.pbm': 'image/x-portable-bitmap',
        '.pdf': 'application/pdf',
        '.pfx': 'application/x-pkcs12',
        '.pgm': 'image/x-portable-graymap',
        '.pl': 'text/plain',
        '.png': 'image/png',
        '.pnm': 'image/x-portable-anymap',
        '.pot': 'application/vnd.ms-powerpoint',
        '.ppa': 'application/vnd.ms-powerpoint',
        '.ppm': 'image/x-portable-pixmap',
        '.pps': 'application/vnd.ms-powerpoint',
        '.ppt': 'application/vnd.ms-powerpoint',
        '.ps': 'application/postscript',
        '.pwz': 'application/vnd.ms-powerpoint',
        '.py': 'text/x-python',
        '.pyc': 'application/x-python-code',
        '.pyo': 'application/x-python-code',
        '.qt': 'video/quicktime',
        '.ra': 'audio/x-pn-realaudio',
        '.ram': 'application/x-pn-realaudio',
        '.ras': 'image/x-cmu-raster',
        '.rdf': 'application/xml',
        '.rgb': 'image/x-rgb',
        '.roff': 'application/x-troff',
        '.rtx': 'text/richtext',
        '.sgm': 'text/x-sgml',
        '.sgml': 'text/x-sgml',
        '.sh': 'application/x-sh',
        '.shar': 'application/x-shar',
        '.snd': 'audio/basic',
        '.so': 'application/octet-stream',
        '.src': 'application/x-wais-source',
        '.sv4cpio': 'application/x-sv4cpio',
        '.sv4crc': 'application/x-sv4crc',
        '.swf': 'application/x-shockwave-flash',
        '.t': 'application/x-troff',
        '.tar': 'application/x-tar',
        '.tcl': 'application/x-tcl',
        '.tex': 'application/x-tex',
        '.texi': 'application/x-texinfo',
        '.texinfo': 'application/x-texinfo',
        '.tif': 'image/tiff',
        '.tiff': 'image/tiff',
        '.tr': 'application/x-troff',
        '.tsv': 'text/tab-separated-values',
        '.txt': 'text/plain',
        '.ustar': 'application/x-ustar',
        '.vcf': 'text/x-vcard',
        '.wav': 'audio/x-wav',
        '.wiz': 'application/msword',
        '.wsdl': 'application/xml',
        '.xbm': 'image/x-xbitmap',
        '.xlb': 'application/vnd.ms-excel',
        '.xls': 'application/vnd.ms-excel',
        '.xml': 'text/xml',
        '.xpdl': 'application/xml',
        '.xpm': 'image/x-xpixmap',
        '.xsl': 'application/xml',
        '.xwd': 'image/x-xwindowdump',
        '.zip': 'application/zip',
        }
    common_types = {
        '.jpg': 'image/jpg',
        '.mid': 'audio/midi',
        '.midi': 'audio/midi',
        '.pct': 'image/pict',
        '.pic': 'image/pict',
        '.pict': 'image/pict',
        '.rtf': 'application/rtf',
        '.xul': 'text/xul',
        }

_default_tables()
