"""Compile a Python source file to a byte-code (.pyc/.pyo) file."""

import __builtin__
import imp
import marshal
import os
import sys
import traceback

MAGIC = imp.get_magic()

__all__ = ["compile", "main", "PyCompileError"]


class PyCompileError(Exception):
    """Raised by compile(..., doraise=True) when the source does not compile.

    Attributes: exc_type_name, exc_value, file and msg (the text that
    compile() would otherwise print to stderr).
    """

    def __init__(self, exc_type, exc_value, file, msg=''):
        type_name = exc_type.__name__
        if exc_type is SyntaxError:
            lines = traceback.format_exception_only(exc_type, exc_value)
            text = ''.join(lines)
            text = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            text = "Sorry: %s: %s" % (type_name, exc_value)
        Exception.__init__(self, msg or text, type_name, exc_value, file)
        self.exc_type_name = type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or text

    def __str__(self):
        return self.msg


def _le32(value):
    value = int(value) & 0xFFFFFFFFL
    return ''.join([chr((value >> shift) & 0xFF) for shift in (0, 8, 16, 24)])


def compile(file, cfile=None, dfile=None, doraise=False):
    """Byte-compile the source file `file` to cfile (default file + 'c' or 'o').

    dfile is the file name recorded in the code object (default: file).
    On a compile error, PyCompileError is raised when doraise is true;
    otherwise its message goes to sys.stderr.
    """
    f = open(file, 'U')
    try:
        try:
            mtime = long(os.fstat(f.fileno()).st_mtime)
        except AttributeError:
            mtime = long(os.stat(file).st_mtime)
        source = f.read()
    finally:
        f.close()
    if source and not source.endswith('\n'):
        source += '\n'
    try:
        code = __builtin__.compile(source, dfile or file, 'exec')
    except Exception, err:
        problem = PyCompileError(err.__class__, err, dfile or file)
        if doraise:
            raise problem
        sys.stderr.write(problem.msg + '\n')
        return
    if cfile is None:
        if __debug__:
            cfile = file + 'c'
        else:
            cfile = file + 'o'
    out = open(cfile, 'wb')
    try:
        # The magic goes in last, so a half-written file is never trusted.
        out.write('\0\0\0\0')
        out.write(_le32(mtime))
        marshal.dump(code, out)
        out.flush()
        out.seek(0, 0)
        out.write(MAGIC)
    finally:
        out.close()


def main(args=None):
    """Compile every file named in args (default sys.argv[1:])."""
    if args is None:
        args = sys.argv[1:]
    for name in args:
        try:
            compile(name, doraise=True)
        except PyCompileError, err:
            sys.stderr.write(err.msg)


if __name__ == "__main__":
    main()
