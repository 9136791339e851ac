"""Read lines of source files, with a cache (used by traceback and
warnings).  Files are looked up as given, then relative to each sys.path
entry, as the interpreter's own traceback printing does."""

import sys
try:
    import os
except ImportError:
    # In a sandbox os is not importable: files are read with open()
    # alone (which checks the sandbox's capabilities) and never stat'ed.
    os = None

__all__ = ["getline", "clearcache", "checkcache", "getlines"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    global cache
    cache = {}


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk."""
    if filename is None:
        filenames = cache.keys()
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        size, mtime, lines, fullname = cache[filename]
        if mtime is None or os is None:
            continue
        try:
            st = os.stat(fullname)
        except os.error:
            del cache[filename]
            continue
        if size != st.st_size or mtime != st.st_mtime:
            del cache[filename]


def _loader_lines(filename, module_globals):
    """Source from a PEP 302 loader's get_source(), if the module has one."""
    if not module_globals or '__loader__' not in module_globals:
        return None
    name = module_globals.get('__name__')
    get_source = getattr(module_globals['__loader__'], 'get_source', None)
    if not name or not get_source:
        return None
    try:
        data = get_source(name)
    except (ImportError, IOError):
        return None
    if data is None:
        return None
    return [line + '\n' for line in data.splitlines()]


def _read_without_os(filename):
    try:
        fp = open(filename, 'rU')
        try:
            lines = fp.readlines()
        finally:
            fp.close()
    except IOError:
        return []
    cache[filename] = (len(lines), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    if filename in cache:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    if os is None:
        return _read_without_os(filename)
    try:
        st = os.stat(fullname)
    except os.error:
        lines = _loader_lines(filename, module_globals)
        if lines is not None:
            cache[filename] = (len(lines), None, lines, fullname)
            return lines
        if os.path.isabs(filename):
            return []
        st = None
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except os.error:
                pass
        if st is None:
            return []
    try:
        fp = open(fullname, 'rU')
        try:
            lines = fp.readlines()
        finally:
            fp.close()
    except IOError:
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines
