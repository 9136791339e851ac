"""Iterate over the lines of several files (or standard input) as one
stream.

    import fileinput
    for line in fileinput.input():
        process(line)

With no file names (or none but '-') standard input is read. filename(),
lineno(), filelineno(), isfirstline(), isstdin(), nextfile() and close()
describe and control the current position of the stream made by
input(). With inplace=1 each file is moved aside (to its name plus
backup, default ".bak") and standard output is redirected into a new file
of the original name while its lines are read, so printed lines replace
the file's contents.
"""

import sys
try:
    import os       # only needed for inplace editing and the hooks
except ImportError:
    os = None

__all__ = ["input", "close", "nextfile", "filename", "lineno",
           "filelineno", "fileno", "isfirstline", "isstdin", "FileInput",
           "hook_compressed", "hook_encoded"]

_state = None

DEFAULT_BUFSIZE = 8 * 1024


def input(files=None, inplace=0, backup="", bufsize=0, mode="r",
          openhook=None):
    """Create the module's FileInput instance and return it."""
    global _state
    if _state and _state._file:
        raise RuntimeError, "input() already active"
    _state = FileInput(files, inplace, backup, bufsize, mode, openhook)
    return _state

def _active():
    if not _state:
        raise RuntimeError, "no active input()"
    return _state

def close():
    """Close the stream made by input()."""
    global _state
    state = _state
    _state = None
    if state:
        state.close()

def nextfile():
    """Skip to the next file; the rest of the current one is not read."""
    return _active().nextfile()

def filename():
    """The name of the file being read (None before the first line)."""
    return _active().filename()

def lineno():
    """The number of lines read so far, over all files."""
    return _active().lineno()

def filelineno():
    """The number of the current line within its file."""
    return _active().filelineno()

def fileno():
    """The file descriptor of the current file (-1 if none is open)."""
    return _active().fileno()

def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()

def isstdin():
    """Whether the last line read came from sys.stdin."""
    return _active().isstdin()


class FileInput:
    """FileInput([files[, inplace[, backup[, bufsize[, mode[, openhook]]]]]])

    The class behind input(); its methods mirror the module functions.
    Lines must be read in order (iteration, readline(), or __getitem__
    with increasing indexes). openhook(filename, mode) opens a file,
    replacing the built-in open().
    """

    def __init__(self, files=None, inplace=0, backup="", bufsize=0,
                 mode="r", openhook=None):
        if isinstance(files, basestring):
            files = (files,)
        else:
            if files is None:
                files = sys.argv[1:]
            if not files:
                files = ('-',)
            else:
                files = tuple(files)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._bufsize = bufsize or DEFAULT_BUFSIZE
        self._savestdout = None
        self._output = None
        self._filename = None
        self._lineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._buffer = []
        self._bufindex = 0
        if mode not in ('r', 'rU', 'U', 'rb'):
            raise ValueError("FileInput opening mode must be one of "
                             "'r', 'rU', 'U' and 'rb'")
        self._mode = mode
        if inplace and os is None:
            raise ImportError("FileInput inplace mode needs the os module")
        if inplace and openhook:
            raise ValueError("FileInput cannot use an opening hook in "
                             "inplace mode")
        if openhook is not None and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        self.nextfile()
        self._files = ()

    def __iter__(self):
        return self

    def next(self):
        line = self._next_line()
        if not line:
            raise StopIteration
        return line

    def __getitem__(self, i):
        if i != self._lineno:
            raise RuntimeError, "accessing lines out of order"
        line = self._next_line()
        if not line:
            raise IndexError, "end of input reached"
        return line

    def readline(self):
        """The next line, or '' at the very end."""
        return self._next_line()

    def _next_line(self):
        # Returns '' only when every file is exhausted.
        while True:
            if self._bufindex < len(self._buffer):
                line = self._buffer[self._bufindex]
                self._bufindex = self._bufindex + 1
                self._lineno = self._lineno + 1
                self._filelineno = self._filelineno + 1
                return line
            if self._file is not None:
                lines = self._file.readlines(self._bufsize)
                if lines:
                    self._buffer = lines
                    self._bufindex = 0
                    continue
                self.nextfile()
            if not self._files:
                return ""
            self._open_next()

    def _open_next(self):
        name = self._files[0]
        self._files = self._files[1:]
        self._filename = name
        self._filelineno = 0
        self._buffer = []
        self._bufindex = 0
        self._backupfilename = None
        if name == '-':
            self._filename = '<stdin>'
            self._file = sys.stdin
            self._isstdin = True
            return
        self._isstdin = False
        if self._inplace:
            self._backupfilename = name + (self._backup or ".bak")
            try:
                os.unlink(self._backupfilename)
            except os.error:
                pass
            os.rename(name, self._backupfilename)
            self._file = open(self._backupfilename, self._mode)
            try:
                perm = os.fstat(self._file.fileno()).st_mode
            except (AttributeError, OSError):
                self._output = open(name, "w")
            else:
                fd = os.open(name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC,
                             perm)
                self._output = os.fdopen(fd, "w")
                try:
                    os.chmod(name, perm)
                except (AttributeError, OSError):
                    pass
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            self._file = self._openhook(name, self._mode)
        else:
            self._file = open(name, self._mode)

    def nextfile(self):
        """Close the current file; reading goes on with the next one."""
        savestdout = self._savestdout
        self._savestdout = None
        if savestdout:
            sys.stdout = savestdout
        output = self._output
        self._output = None
        if output:
            output.close()
        f = self._file
        self._file = None
        if f and not self._isstdin:
            f.close()
        backup = self._backupfilename
        self._backupfilename = None
        if backup and not self._backup:
            try:
                os.unlink(backup)
            except os.error:
                pass
        self._isstdin = False
        self._buffer = []
        self._bufindex = 0

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode):
    """An openhook that opens .gz and .bz2 files through gzip and bz2."""
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        return gzip.open(filename, mode)
    if ext == '.bz2':
        import bz2
        return bz2.BZ2File(filename, mode)
    return open(filename, mode)

def hook_encoded(encoding):
    """Make an openhook that decodes files with the given encoding."""
    import codecs
    def openhook(filename, mode):
        return codecs.open(filename, mode, encoding)
    return openhook


def _test():
    import getopt
    inplace = 0
    backup = 0
    opts, args = getopt.getopt(sys.argv[1:], "ib:")
    for o, a in opts:
        if o == '-i':
            inplace = 1
        if o == '-b':
            backup = a
    for line in input(args, inplace=inplace, backup=backup):
        if line[-1:] == '\n':
            line = line[:-1]
        if line[-1:] == '\r':
            line = line[:-1]
        print "%d: %s[%d]%s %s" % (lineno(), filename(), filelineno(),
                                   isfirstline() and "*" or "", line)
    print "%d: %s[%d]" % (lineno(), filename(), filelineno())

if __name__ == '__main__':
    _test()
