"""Byte-compile every Python source file in a directory tree or on sys.path.

Usable as a script: python -m compileall [-l] [-f] [-q] [-d destdir]
[-x regexp] [directory ...]
"""

import os
import sys
import py_compile

__all__ = ["compile_dir", "compile_path"]


def _needs_compiling(fullname, cfile):
    try:
        src_mtime = long(os.stat(fullname).st_mtime)
        f = open(cfile, 'rb')
        try:
            header = f.read(8)
        finally:
            f.close()
    except (OSError, IOError):
        return True
    if len(header) != 8 or header[:4] != py_compile.MAGIC:
        return True
    stamp = 0
    for i in (7, 6, 5, 4):
        stamp = (stamp << 8) | ord(header[i])
    return stamp != (src_mtime & 0xFFFFFFFFL)


def compile_dir(dir, maxlevels=10, ddir=None, force=0, rx=None, quiet=0):
    """Byte-compile all .py files below dir; return true if all succeeded.

    maxlevels bounds the recursion depth, ddir is the directory name to
    record in the code objects, force recompiles up-to-date files, rx is a
    compiled regular expression whose matches are skipped, quiet suppresses
    the progress output.
    """
    if not quiet:
        print 'Listing', dir, '...'
    try:
        names = os.listdir(dir)
    except os.error:
        print "Can't list", dir
        names = []
    names.sort()
    success = 1
    for name in names:
        fullname = os.path.join(dir, name)
        if ddir is not None:
            dfile = os.path.join(ddir, name)
        else:
            dfile = None
        if rx is not None and rx.search(fullname):
            continue
        if os.path.isfile(fullname):
            if not name.endswith('.py'):
                continue
            if __debug__:
                cfile = fullname + 'c'
            else:
                cfile = fullname + 'o'
            if not force and not _needs_compiling(fullname, cfile):
                continue
            if not quiet:
                print 'Compiling', fullname, '...'
            try:
                ok = py_compile.compile(fullname, None, dfile, True)
            except KeyboardInterrupt:
                raise KeyboardInterrupt
            except py_compile.PyCompileError, err:
                if quiet:
                    print 'Compiling', fullname, '...'
                print err.msg
                success = 0
            except IOError, err:
                print 'Sorry', err
                success = 0
        elif (maxlevels > 0 and name not in (os.curdir, os.pardir)
              and os.path.isdir(fullname) and not os.path.islink(fullname)):
            if not compile_dir(fullname, maxlevels - 1, dfile, force, rx,
                               quiet):
                success = 0
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=0, quiet=0):
    """Byte-compile every directory on sys.path; return true on success."""
    success = 1
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            print 'Skipping current directory'
            continue
        success = compile_dir(dir, maxlevels, None, force, quiet=quiet) \
            and success
    return success


def main():
    """The script interface."""
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'lfqd:x:')
    except getopt.error, msg:
        print msg
        print "usage: python compileall.py [-l] [-f] [-q] [-d destdir] " \
              "[-x regexp] [directory ...]"
        print "-l: don't recurse down"
        print "-f: force rebuild even if timestamps are up-to-date"
        print "-q: quiet operation"
        print "-d destdir: purported directory name for error messages"
        print "   if no directory arguments, -l sys.path is assumed"
        print "-x regexp: skip files matching the regular expression regexp"
        sys.exit(2)
    maxlevels = 10
    ddir = None
    force = 0
    quiet = 0
    rx = None
    for opt, value in opts:
        if opt == '-l':
            maxlevels = 0
        elif opt == '-d':
            ddir = value
        elif opt == '-f':
            force = 1
        elif opt == '-q':
            quiet = 1
        elif opt == '-x':
            import re
            rx = re.compile(value)
    if ddir and len(args) != 1:
        print "-d destdir require exactly one directory argument"
        sys.exit(2)
    success = 1
    try:
        if args:
            for dir in args:
                if not compile_dir(dir, maxlevels, ddir, force, rx, quiet):
                    success = 0
        else:
            success = compile_path()
    except KeyboardInterrupt:
        print "\n[interrupt]"
        success = 0
    return success


if __name__ == '__main__':
    sys.exit(int(not main()))
