"""Find path names matching a shell pattern (*, ?, [seq]), like the
shell does: a wildcard never matches a leading '.' of a name unless
the pattern itself starts with one."""

import os
import fnmatch

__all__ = ["glob", "iglob"]


def glob(pathname):
    """Return the list of existing paths that match pathname."""
    return list(iglob(pathname))


def has_magic(s):
    for c in s:
        if c in '*?[':
            return True
    return False


def iglob(pathname):
    """Yield the existing paths that match pathname, one at a time."""
    if not has_magic(pathname):
        if os.path.lexists(pathname):
            yield pathname
        return
    dirname, basename = os.path.split(pathname)
    if not dirname:
        for name in glob1(os.curdir, basename):
            yield name
        return
    if has_magic(dirname):
        parents = iglob(dirname)
    else:
        parents = [dirname]
    if has_magic(basename):
        matcher = glob1
    else:
        matcher = glob0
    for parent in parents:
        for name in matcher(parent, basename):
            yield os.path.join(parent, name)


def glob1(dirname, pattern):
    """Names in dirname that match the pattern (no directory part)."""
    if not dirname:
        dirname = os.curdir
    try:
        names = os.listdir(dirname)
    except os.error:
        return []
    if pattern[:1] != '.':
        names = [n for n in names if n[:1] != '.']
    return fnmatch.filter(names, pattern)


def glob0(dirname, basename):
    """[basename] if it exists in dirname (or dirname itself when
    basename is empty, i.e. the pattern ended with a separator)."""
    if basename == '':
        if os.path.isdir(dirname):
            return [basename]
    elif os.path.lexists(os.path.join(dirname, basename)):
        return [basename]
    return []
