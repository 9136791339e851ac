"""Site-specific start-up, imported automatically unless -S is given.

Adds site-packages directories to sys.path, makes the paths of already
imported modules absolute, installs the exit/quit/copyright/help
helpers in __builtin__, sets the default encoding, runs sitecustomize if
present, and finally removes sys.setdefaultencoding."""

import sys
import os
import __builtin__


def makepath(*paths):
    dir = os.path.abspath(os.path.join(*paths))
    return dir, os.path.normcase(dir)


def abs__file__():
    """Make the __file__ of every loaded module absolute."""
    for m in sys.modules.values():
        if hasattr(m, '__loader__'):
            continue
        try:
            m.__file__ = os.path.abspath(m.__file__)
        except (AttributeError, TypeError):
            pass


def removeduppaths():
    """Drop duplicate entries of sys.path (and make them absolute)."""
    L = []
    known_paths = set()
    for dir in sys.path:
        dir, dircase = makepath(dir)
        if not dircase in known_paths:
            L.append(dir)
            known_paths.add(dircase)
    sys.path[:] = L
    return known_paths


def _init_pathinfo():
    d = set()
    for dir in sys.path:
        try:
            if os.path.isdir(dir):
                dir, dircase = makepath(dir)
                d.add(dircase)
        except TypeError:
            continue
    return d


def addpackage(sitedir, name, known_paths):
    """Process a .pth file: each line names a directory to add, or is an
    import statement to run."""
    if known_paths is None:
        _init_pathinfo()
        reset = 1
    else:
        reset = 0
    fullname = os.path.join(sitedir, name)
    try:
        f = open(fullname, "rU")
    except IOError:
        return
    try:
        for line in f:
            if line.startswith("#"):
                continue
            if line.startswith("import"):
                exec line
                continue
            line = line.rstrip()
            dir, dircase = makepath(sitedir, line)
            if not dircase in known_paths and os.path.exists(dir):
                sys.path.append(dir)
                known_paths.add(dircase)
    finally:
        f.close()
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = 1
    else:
        reset = 0
    sitedir, sitedircase = makepath(sitedir)
    if not sitedircase in known_paths:
        sys.path.append(sitedir)
    try:
        names = os.listdir(sitedir)
    except os.error:
        return
    names.sort()
    for name in names:
        if name.endswith(os.extsep + "pth"):
            addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def addsitepackages(known_paths):
    prefixes = [sys.prefix]
    if sys.exec_prefix != sys.prefix:
        prefixes.append(sys.exec_prefix)
    for prefix in prefixes:
        if prefix:
            sitedir = os.path.join(prefix, "lib",
                                   "python" + sys.version[:3],
                                   "site-packages")
            if os.path.isdir(sitedir):
                addsitedir(sitedir, known_paths)
    return None


class _Quitter(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, 'Ctrl-D (i.e. EOF)')

    def __call__(self, code=None):
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


def setquit():
    __builtin__.quit = _Quitter('quit')
    __builtin__.exit = _Quitter('exit')


class _Printer(object):
    """copyright/credits/license: print a text when called."""

    def __init__(self, name, data):
        self.__name = name
        self.__data = data

    def __repr__(self):
        return self.__data

    def __call__(self):
        print self.__data


def setcopyright():
    __builtin__.copyright = _Printer("copyright", sys.copyright)
    __builtin__.credits = _Printer("credits", """\
    A Python 2.5 interpreter written from scratch for running untrusted
    code; see the README.""")
    __builtin__.license = _Printer("license",
        "See the README of this interpreter's source distribution.")


class _Helper(object):
    def __repr__(self):
        return "Type help() for interactive help, " \
               "or help(object) for help about object."

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


def sethelper():
    __builtin__.help = _Helper()


def setencoding():
    """The default encoding is ASCII, as in 2.5."""
    encoding = "ascii"
    if encoding != "ascii":
        sys.setdefaultencoding(encoding)


def execsitecustomize():
    try:
        import sitecustomize
    except ImportError:
        pass


def main():
    abs__file__()
    paths_in_sys = removeduppaths()
    paths_in_sys = addsitepackages(paths_in_sys)
    setquit()
    setcopyright()
    sethelper()
    setencoding()
    execsitecustomize()
    if hasattr(sys, "setdefaultencoding"):
        del sys.setdefaultencoding

main()
