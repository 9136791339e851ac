"""Pathname operations for POSIX (imported as os.path).

String manipulation needs no file system access; the predicates (exists,
isdir, ...) call os.stat."""

import os
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "walk", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = ':/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def normcase(s):
    """POSIX paths are case-sensitive: unchanged."""
    return s


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    """Join path components; an absolute component discards what precedes."""
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif path == '' or path.endswith('/'):
            path = path + b
        else:
            path = path + '/' + b
    return path


def split(p):
    """Split into (head, tail): tail is what follows the last '/'."""
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split off the extension: the last dot of the last component, if any."""
    i = p.rfind('.')
    if i <= p.rfind('/'):
        return p, ''
    return p[:i], p[i:]


def splitdrive(p):
    return '', p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    """Longest string that is a prefix of every item (character-wise)."""
    if not m:
        return ''
    lo = min(m)
    hi = max(m)
    n = min(len(lo), len(hi))
    for i in xrange(n):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo[:n]


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def islink(path):
    try:
        st = os.lstat(path)
    except (os.error, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def exists(path):
    try:
        os.stat(path)
    except os.error:
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except os.error:
        return False
    return True


def isdir(path):
    try:
        st = os.stat(path)
    except os.error:
        return False
    return stat.S_ISDIR(st.st_mode)


def isfile(path):
    try:
        st = os.stat(path)
    except os.error:
        return False
    return stat.S_ISREG(st.st_mode)


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """True if path is a mount point (its parent is on another device or
    is the same directory)."""
    try:
        s1 = os.lstat(path)
        s2 = os.lstat(join(path, '..'))
    except os.error:
        return False
    if s1.st_dev != s2.st_dev:
        return True
    return s1.st_ino == s2.st_ino


def walk(top, func, arg):
    """Call func(arg, dirname, names) for each directory under top."""
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    for name in names:
        name = join(top, name)
        try:
            st = os.lstat(name)
        except os.error:
            continue
        if stat.S_ISDIR(st.st_mode):
            walk(name, func, arg)


def expanduser(path):
    """Replace a leading ~ or ~user by that user's home directory."""
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            import pwd
            userhome = pwd.getpwuid(os.getuid()).pw_dir
    else:
        import pwd
        try:
            userhome = pwd.getpwnam(path[1:i]).pw_dir
        except KeyError:
            return path
    userhome = userhome.rstrip('/') or '/'
    return userhome + path[i:]


def expandvars(path):
    """Replace $name and ${name} by environment values; unknown ones stay."""
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def normpath(path):
    """Collapse redundant separators and '.'/'..' components."""
    if path == '':
        return '.'
    initial_slashes = path.startswith('/')
    # POSIX keeps exactly two leading slashes; three or more become one.
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename):
    """The canonical path: symbolic links resolved."""
    if isabs(filename):
        bits = ['/'] + filename.split('/')[1:]
    else:
        bits = [''] + filename.split('/')
    for i in range(2, len(bits) + 1):
        component = join(*bits[0:i])
        if islink(component):
            resolved = _resolve_link(component)
            if resolved is None:
                return abspath(join(*([component] + bits[i:])))
            newpath = join(*([resolved] + bits[i:]))
            return realpath(newpath)
    return abspath(filename)


def _resolve_link(path):
    """Follow a chain of links; None if it loops."""
    paths_seen = []
    while islink(path):
        if path in paths_seen:
            return None
        paths_seen.append(path)
        resolved = os.readlink(path)
        if not isabs(resolved):
            resolved = normpath(join(dirname(path), resolved))
        path = resolved
    return path
