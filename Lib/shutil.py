"""High-level file operations: copying files and trees, removing trees,
moving things around.

Only the data and the permission bits / times are copied; owners,
groups and other metadata are not.
"""

import os
import sys
import stat

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy",
           "copy2", "copytree", "move", "rmtree", "Error"]


class Error(EnvironmentError):
    pass


def copyfileobj(fsrc, fdst, length=16 * 1024):
    """Copy everything readable from fsrc to fdst, length bytes at a time."""
    read = fsrc.read
    write = fdst.write
    while 1:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _same_file(src, dst):
    samefile = getattr(os.path, 'samefile', None)
    if samefile is not None:
        try:
            return samefile(src, dst)
        except OSError:
            return False
    return (os.path.normcase(os.path.abspath(src)) ==
            os.path.normcase(os.path.abspath(dst)))


def copyfile(src, dst):
    """Copy the contents (no metadata) of file src to file dst."""
    if _same_file(src, dst):
        raise Error, "`%s` and `%s` are the same file" % (src, dst)
    fsrc = open(src, 'rb')
    try:
        fdst = open(dst, 'wb')
        try:
            copyfileobj(fsrc, fdst)
        finally:
            fdst.close()
    finally:
        fsrc.close()


def copymode(src, dst):
    """Copy the permission bits of src to dst."""
    if hasattr(os, 'chmod'):
        st = os.stat(src)
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst):
    """Copy permission bits, access and modification times of src to dst."""
    st = os.stat(src)
    if hasattr(os, 'utime'):
        os.utime(dst, (st.st_atime, st.st_mtime))
    if hasattr(os, 'chmod'):
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst):
    """Copy data and mode bits; dst may be a directory."""
    dst = _target(src, dst)
    copyfile(src, dst)
    copymode(src, dst)


def copy2(src, dst):
    """Copy data and all stat info (like cp -p); dst may be a directory."""
    dst = _target(src, dst)
    copyfile(src, dst)
    copystat(src, dst)


def copytree(src, dst, symlinks=False):
    """Recursively copy the directory tree src to dst, which must not
    exist yet.  Symbolic links are copied as links if `symlinks` is
    true, else the files they point to are copied.  Errors are
    collected and raised together as one Error at the end."""
    names = os.listdir(src)
    os.makedirs(dst)
    errors = []
    for name in names:
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if symlinks and os.path.islink(srcname):
                os.symlink(os.readlink(srcname), dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks)
            else:
                copy2(srcname, dstname)
        except (IOError, os.error), why:
            errors.append((srcname, dstname, str(why)))
        except Error, err:
            errors.extend(err.args[0])
    try:
        copystat(src, dst)
    except OSError, why:
        errors.extend((src, dst, str(why)))
    if errors:
        raise Error, errors


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete a whole directory tree.

    With ignore_errors true, failures are skipped.  Otherwise each one is
    passed to onerror(function, path, sys.exc_info()) if given, or
    re-raised.  A symbolic link is never followed into."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        names = os.listdir(path)
    except os.error:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        try:
            mode = os.lstat(full).st_mode
        except os.error:
            mode = 0
        if stat.S_ISDIR(mode):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.remove(full)
            except os.error:
                onerror(os.remove, full, sys.exc_info())
    try:
        os.rmdir(path)
    except os.error:
        onerror(os.rmdir, path, sys.exc_info())


def _is_inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    return dst.startswith(src)


def move(src, dst):
    """Move a file or directory to dst, like the mv command.

    A rename is tried first; across file systems the data is copied and
    the source removed."""
    try:
        os.rename(src, dst)
    except OSError:
        if os.path.isdir(src):
            if _is_inside(src, dst):
                raise Error, ("Cannot move a directory '%s' into itself"
                              " '%s'." % (src, dst))
            copytree(src, dst, symlinks=True)
            rmtree(src)
        else:
            copy2(src, dst)
            os.unlink(src)
