"""Temporary files and directories, made safely.

mkstemp() and mkdtemp() create a new file or directory with a fresh,
unguessable name that nobody else can have made first (O_EXCL /
mkdir), and leave the clean-up to the caller.  TemporaryFile() and
NamedTemporaryFile() return file objects that vanish when closed.
mktemp() only returns a name and is kept for old code: it is racy.

The directory used is gettempdir(); the name prefix defaults to
gettempprefix() ('tmp').  Setting the module's `tempdir` overrides the
directory search.
"""

__all__ = ["NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp",
           "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
           "gettempdir"]

import os as _os
import errno as _errno

try:
    import thread as _thread
except ImportError:
    import dummy_thread as _thread

try:
    TMP_MAX = _os.TMP_MAX
except AttributeError:
    TMP_MAX = 10000

template = "tmp"
tempdir = None

_O_CREATE_NEW = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _flag in ('O_NOINHERIT', 'O_NOFOLLOW'):
    _O_CREATE_NEW |= getattr(_os, _flag, 0)
_O_BINARY = getattr(_os, 'O_BINARY', 0)
del _flag

_lock = _thread.allocate_lock()


class _NameSource(object):
    """Endless supply of six-character random names."""

    alphabet = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    length = 6

    def __init__(self):
        self._state = None

    def _fallback_bytes(self, n):
        # Linear congruential stream seeded from the clock and the pid;
        # only used if the OS has no urandom.
        if self._state is None:
            import time
            self._state = (int(time.time() * 1000003) ^
                           (_os.getpid() << 16)) & 0xffffffffL
        out = []
        for i in range(n):
            self._state = (self._state * 1103515245 + 12345) & 0xffffffffL
            out.append(chr((self._state >> 16) & 0xff))
        return ''.join(out)

    def __iter__(self):
        return self

    def next(self):
        try:
            data = _os.urandom(self.length)
        except (AttributeError, NotImplementedError, OSError):
            data = self._fallback_bytes(self.length)
        chars = self.alphabet
        return ''.join([chars[ord(b) % len(chars)] for b in data])

_names = _NameSource()


def _get_names():
    return _names


def _candidate_dirs():
    dirs = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.environ.get(var)
        if value:
            dirs.append(value)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(_os.getcwd())
    except (AttributeError, _os.error):
        dirs.append(_os.curdir)
    return dirs


def _find_usable_dir():
    """Return the first candidate directory in which a file can be made."""
    names = _get_names()
    for directory in _candidate_dirs():
        if directory != _os.curdir:
            directory = _os.path.normcase(_os.path.abspath(directory))
        for attempt in range(100):
            path = _os.path.join(directory, names.next())
            try:
                fd = _os.open(path, _O_CREATE_NEW, 0600)
            except OSError, e:
                if e.args[0] == _errno.EEXIST:
                    continue
                break
            try:
                try:
                    _os.write(fd, 'x')
                finally:
                    _os.close(fd)
            finally:
                try:
                    _os.unlink(path)
                except OSError:
                    pass
            return directory
    raise IOError(_errno.ENOENT,
                  "No usable temporary directory found in %s" %
                  _candidate_dirs())


def gettempprefix():
    """Return the default prefix of temporary names."""
    return template


def gettempdir():
    """Return the directory temporary files are made in."""
    global tempdir
    if tempdir is None:
        _lock.acquire()
        try:
            if tempdir is None:
                tempdir = _find_usable_dir()
        finally:
            _lock.release()
    return tempdir


def _create_file(directory, prefix, suffix, flags):
    names = _get_names()
    for attempt in xrange(TMP_MAX):
        path = _os.path.join(directory, prefix + names.next() + suffix)
        try:
            fd = _os.open(path, flags, 0600)
        except OSError, e:
            if e.args[0] == _errno.EEXIST:
                continue
            raise
        return fd, _os.path.abspath(path)
    raise IOError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix="", prefix=template, dir=None, text=False):
    """Create a new temporary file; return (fd, absolute path).

    The file is readable and writable only by its owner and is opened
    in binary mode unless `text` is true.  The caller must delete it.
    """
    if dir is None:
        dir = gettempdir()
    flags = _O_CREATE_NEW
    if not text:
        flags |= _O_BINARY
    return _create_file(dir, prefix, suffix, flags)


def mkdtemp(suffix="", prefix=template, dir=None):
    """Create a new temporary directory (mode 0700); return its
    absolute path.  The caller must delete it."""
    if dir is None:
        dir = gettempdir()
    names = _get_names()
    for attempt in xrange(TMP_MAX):
        path = _os.path.join(dir, prefix + names.next() + suffix)
        try:
            _os.mkdir(path, 0700)
        except OSError, e:
            if e.args[0] == _errno.EEXIST:
                continue
            raise
        return _os.path.abspath(path)
    raise IOError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path that did not exist when it was chosen.

    Deprecated: another process can create the name before the caller
    does.  Use mkstemp() or mkdtemp()."""
    if dir is None:
        dir = gettempdir()
    names = _get_names()
    for attempt in xrange(TMP_MAX):
        path = _os.path.join(dir, prefix + names.next() + suffix)
        if not _os.path.exists(path):
            return path
    raise IOError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper(object):
    """A file object plus the path it lives at; close() deletes it."""

    def __init__(self, file, name):
        self.file = file
        self.name = name
        self.close_called = False

    def __getattr__(self, name):
        value = getattr(self.__dict__['file'], name)
        if not isinstance(value, (int, long, str, unicode, bool)):
            # Keep methods bound to the underlying file.
            self.__dict__[name] = value
        return value

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                try:
                    _os.unlink(self.name)
                except OSError:
                    pass

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode='w+b', bufsize=-1, suffix="",
                       prefix=template, dir=None):
    """Return a file-like object for a new temporary file that has a
    visible name (its .name attribute); closing it deletes the file."""
    if dir is None:
        dir = gettempdir()
    flags = _O_CREATE_NEW
    if 'b' in mode:
        flags |= _O_BINARY
    fd, path = _create_file(dir, prefix, suffix, flags)
    try:
        f = _os.fdopen(fd, mode, bufsize)
    except:
        _os.close(fd)
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(f, path)


def TemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template,
                  dir=None):
    """Return a file object for a new temporary file with no name in the
    file system (it is unlinked at once); it is gone when closed."""
    if dir is None:
        dir = gettempdir()
    flags = _O_CREATE_NEW
    if 'b' in mode:
        flags |= _O_BINARY
    fd, path = _create_file(dir, prefix, suffix, flags)
    try:
        _os.unlink(path)
        return _os.fdopen(fd, mode, bufsize)
    except:
        _os.close(fd)
        raise
