"""Helpers for finding, loading and extending packages (the 2.5 pkgutil API).

Besides extend_path(), this module wraps the classic imp-based import
machinery in PEP 302 importer/loader objects (ImpImporter, ImpLoader) so
that code such as runpy can treat every module source alike.
"""

import os
import sys
import imp
import marshal

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules',
    'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
]


def read_code(stream):
    """Read a code object from an open .pyc file (None if the magic differs)."""
    header = stream.read(4)
    if header != imp.get_magic():
        return None
    stream.read(4)      # the source modification time
    return marshal.load(stream)


def _module_name_of(filename):
    """Return (module name, suffix kind) for a file name, or (None, None)."""
    best = None
    for suffix, mode, kind in imp.get_suffixes():
        if filename.endswith(suffix):
            if best is None or len(suffix) > len(best[0]):
                best = (suffix, kind)
    if best is None:
        return None, None
    return filename[:-len(best[0])], best[1]


class ImpImporter:
    """A PEP 302 importer over the standard imp search.

    ImpImporter(dirname) finds modules inside that directory; ImpImporter()
    with no argument searches sys.path (and the built-in modules) the way the
    classic import statement does.
    """

    def __init__(self, path=None):
        self.path = path

    def find_module(self, fullname, path=None):
        last = fullname.split('.')[-1]
        if last != fullname and self.path is None:
            # a dotted name without a directory to look in
            return None
        if self.path is None:
            search = None
        else:
            search = [os.path.realpath(self.path)]
        try:
            found = imp.find_module(last, search)
        except ImportError:
            return None
        return ImpLoader(fullname, *found)

    def iter_modules(self, prefix=''):
        if self.path is None or not os.path.isdir(self.path):
            return
        seen = {}
        try:
            names = os.listdir(self.path)
        except OSError:
            return
        names.sort()
        for name in names:
            modname, kind = _module_name_of(name)
            if modname == '__init__' or modname in seen:
                continue
            full = os.path.join(self.path, name)
            ispkg = False
            if modname is None and os.path.isdir(full) and '.' not in name:
                modname = name
                try:
                    entries = os.listdir(full)
                except OSError:
                    entries = []
                for entry in entries:
                    if _module_name_of(entry)[0] == '__init__':
                        ispkg = True
                        break
                if not ispkg:
                    continue
            if modname and '.' not in modname:
                seen[modname] = 1
                yield prefix + modname, ispkg


class ImpLoader:
    """A PEP 302 loader for a module located by imp.find_module()."""

    code = source = None

    def __init__(self, fullname, file, filename, etc):
        self.file = file
        self.filename = filename
        self.fullname = fullname
        self.etc = etc

    def load_module(self, fullname):
        self._reopen()
        try:
            mod = imp.load_module(fullname, self.file, self.filename, self.etc)
        finally:
            if self.file:
                self.file.close()
        return mod

    def get_data(self, pathname):
        f = open(pathname, 'rb')
        try:
            return f.read()
        finally:
            f.close()

    def _reopen(self):
        if self.file and self.file.closed:
            kind = self.etc[2]
            if kind == imp.PY_SOURCE:
                self.file = open(self.filename, 'rU')
            elif kind in (imp.PY_COMPILED, imp.C_EXTENSION):
                self.file = open(self.filename, 'rb')

    def _check_name(self, fullname):
        if fullname is None:
            return self.fullname
        if fullname != self.fullname:
            raise ImportError("Loader for module %s cannot handle "
                              "module %s" % (self.fullname, fullname))
        return fullname

    def is_package(self, fullname):
        self._check_name(fullname)
        return self.etc[2] == imp.PKG_DIRECTORY

    def get_code(self, fullname=None):
        fullname = self._check_name(fullname)
        if self.code is None:
            kind = self.etc[2]
            if kind == imp.PY_SOURCE:
                source = self.get_source(fullname)
                self.code = compile(source, self.filename, 'exec')
            elif kind == imp.PY_COMPILED:
                self._reopen()
                try:
                    self.code = read_code(self.file)
                finally:
                    self.file.close()
            elif kind == imp.PKG_DIRECTORY:
                self.code = self._init_loader().get_code(None)
        return self.code

    def get_source(self, fullname=None):
        fullname = self._check_name(fullname)
        if self.source is None:
            kind = self.etc[2]
            if kind == imp.PY_SOURCE:
                self._reopen()
                try:
                    self.source = self.file.read()
                finally:
                    self.file.close()
            elif kind == imp.PY_COMPILED:
                src = self.filename[:-1]
                if os.path.exists(src):
                    f = open(src, 'rU')
                    try:
                        self.source = f.read()
                    finally:
                        f.close()
            elif kind == imp.PKG_DIRECTORY:
                self.source = self._init_loader().get_source(None)
        return self.source

    def _init_loader(self):
        return ImpImporter(self.filename).find_module('__init__')

    def _get_filename(self, fullname=None):
        fullname = self._check_name(fullname)
        kind = self.etc[2]
        if kind == imp.PKG_DIRECTORY:
            return self._init_loader()._get_filename()
        if kind in (imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION):
            return self.filename
        return None


def get_importer(path_item):
    """Return the PEP 302 importer for one sys.path entry.

    The result is cached in sys.path_importer_cache.  When no path hook
    claims the entry, an ImpImporter is returned (but not cached), or None
    if the entry is a known non-directory.
    """
    try:
        importer = sys.path_importer_cache[path_item]
    except KeyError:
        importer = None
        for hook in sys.path_hooks:
            try:
                importer = hook(path_item)
                break
            except ImportError:
                pass
        sys.path_importer_cache.setdefault(path_item, importer)
    if importer is None:
        try:
            importer = ImpImporter(path_item)
        except ImportError:
            importer = None
    elif type(importer).__name__ == 'NullImporter':
        return None
    return importer


def iter_importers(fullname=""):
    """Yield the importers that could find the module named fullname.

    For a dotted name, the parent package is imported and its __path__
    searched; otherwise sys.meta_path, then every sys.path entry, then the
    classic import machinery.
    """
    if fullname.startswith('.'):
        raise ImportError("Relative module names not supported")
    if '.' in fullname:
        parent = fullname.rsplit('.', 1)[0]
        if parent not in sys.modules:
            __import__(parent)
        path = getattr(sys.modules[parent], '__path__', None) or []
    else:
        for importer in sys.meta_path:
            yield importer
        path = sys.path
    for item in path:
        importer = get_importer(item)
        if importer is not None:
            yield importer
    if '.' not in fullname:
        yield ImpImporter()


def get_loader(module_or_name):
    """Return a PEP 302 loader for a module object or a module name."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """Find a PEP 302 loader for fullname, or return None."""
    for importer in iter_importers(fullname):
        loader = importer.find_module(fullname)
        if loader is not None:
            return loader
    return None


def _importer_modules(importer, prefix):
    method = getattr(importer, 'iter_modules', None)
    if method is None:
        return []
    return method(prefix)


def iter_modules(path=None, prefix=''):
    """Yield (module_loader, name, ispkg) for the top-level modules on path.

    path defaults to sys.path; prefix is prepended to every name.
    """
    if path is None:
        importers = iter_importers()
    else:
        importers = map(get_importer, path)
    seen = {}
    for importer in importers:
        if importer is None:
            continue
        for name, ispkg in _importer_modules(importer, prefix):
            if name not in seen:
                seen[name] = 1
                yield importer, name, ispkg


def walk_packages(path=None, prefix='', onerror=None):
    """Yield (module_loader, name, ispkg) for every module below path.

    Packages are imported so that their __path__ can be searched.  An
    ImportError while importing a package goes to onerror(name) when given
    and is otherwise ignored; other exceptions propagate unless onerror
    handles them.
    """
    visited = {}
    for importer, name, ispkg in iter_modules(path, prefix):
        yield importer, name, ispkg
        if not ispkg:
            continue
        try:
            __import__(name)
        except ImportError:
            if onerror is not None:
                onerror(name)
            continue
        except Exception:
            if onerror is not None:
                onerror(name)
                continue
            raise
        subpath = getattr(sys.modules[name], '__path__', None) or []
        subpath = [p for p in subpath if p not in visited]
        for p in subpath:
            visited[p] = 1
        for item in walk_packages(subpath, name + '.', onerror):
            yield item


def extend_path(path, name):
    """Extend a package's __path__ with every sys.path directory holding it.

    Typical use in a package's __init__.py:
        from pkgutil import extend_path
        __path__ = extend_path(__path__, __name__)
    Each directory on sys.path that has a subdirectory named after the
    package is added.  *.pkg files found there list further entries, one per
    line (blank lines and lines starting with '#' are skipped).
    """
    if not isinstance(path, list):
        return path
    pname = os.path.join(*name.split('.'))
    init_name = '__init__' + os.extsep + 'py'
    pkg_file = name.split('.')[-1] + os.extsep + 'pkg'
    result = path[:]
    for entry in sys.path:
        if not isinstance(entry, basestring) or not os.path.isdir(entry):
            continue
        subdir = os.path.join(entry, pname)
        initfile = os.path.join(subdir, init_name)
        if subdir not in result and os.path.isfile(initfile):
            result.append(subdir)
        pkgfile = os.path.join(entry, pkg_file)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except IOError, msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                try:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        result.append(line)
                finally:
                    f.close()
    return result
