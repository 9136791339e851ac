"""Operating system interface (POSIX).

Everything of the posix module, plus os.path (posixpath), os.environ,
walk(), makedirs() and friends, and the exec*/spawn* helpers."""

import sys

from posix import *
import posix
try:
    from posix import _exit
except ImportError:
    pass

name = 'posix'
linesep = '\n'
import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep,
                       altsep, devnull)

error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "makedirs", "removedirs", "renames", "walk",
           "getenv", "environ", "error"]
def _exports(module):
    return [n for n in dir(module) if not n.startswith('_')]
__all__.extend(_exports(posix))
del _exports
__all__.extend(["execl", "execle", "execlp", "execlpe", "execvp", "execvpe",
                "spawnv", "spawnve", "spawnl", "spawnle", "spawnvp",
                "spawnvpe", "spawnlp", "spawnlpe", "P_WAIT", "P_NOWAIT",
                "P_NOWAITO"])


def makedirs(name, mode=0777):
    """Make a directory and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError, e:
            import errno
            if e.errno != errno.EEXIST:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    """Remove a directory, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except error:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating the new parents and pruning the old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except error:
            pass


def walk(top, topdown=True, onerror=None):
    """Generate (dirpath, dirnames, filenames) for each directory under top."""
    try:
        names = listdir(top)
    except error, err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        p = path.join(top, name)
        if not path.islink(p):
            for x in walk(p, topdown, onerror):
                yield x
    if not topdown:
        yield top, dirs, nondirs


import UserDict


class _Environ(UserDict.IterableUserDict):
    """os.environ: a mapping over posix.environ whose changes also reach
    the process environment (putenv/unsetenv), as in 2.5."""

    def __init__(self, environ):
        UserDict.UserDict.__init__(self)
        self.data = environ

    def __setitem__(self, key, item):
        putenv(key, item)
        self.data[key] = item

    def update(self, dict=None, **kwargs):
        if dict:
            try:
                keys = dict.keys()
            except AttributeError:
                for k, v in dict:
                    self[k] = v
            else:
                for k in keys:
                    self[k] = dict[k]
        if kwargs:
            self.update(kwargs)

    def copy(self):
        return dict(self)

    def __delitem__(self, key):
        unsetenv(key)
        del self.data[key]

    def clear(self):
        for key in self.data.keys():
            unsetenv(key)
            del self.data[key]

    def pop(self, key, *args):
        unsetenv(key)
        return self.data.pop(key, *args)


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    _execvpe(file, args)


def execvpe(file, args, env):
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    from errno import ENOENT, ENOTDIR
    if env is not None:
        func = execve
        argrest = (args, env)
    else:
        func = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        func(file, *argrest)
        return
    if 'PATH' in env:
        envpath = env['PATH']
    else:
        envpath = defpath
    # Keep the first error that is not "not there" (e.g. EACCES); failing
    # that, the last error seen.
    saved = None
    last = None
    for dir in envpath.split(pathsep):
        fullname = path.join(dir, file)
        try:
            func(fullname, *argrest)
        except error, e:
            last = sys.exc_info()
            if (e.errno != ENOENT and e.errno != ENOTDIR and
                    saved is None):
                saved = last
    if saved is None:
        saved = last
    if saved is None:
        raise error(ENOENT, 'No such file or directory')
    raise saved[0], saved[1], saved[2]


P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawnvef(mode, file, args, env, func):
    pid = fork()
    if not pid:
        try:
            if env is None:
                func(file, args)
            else:
                func(file, args, env)
        except:
            _exit(127)
    else:
        if mode == P_NOWAIT:
            return pid
        while 1:
            wpid, sts = waitpid(pid, 0)
            if WIFSTOPPED(sts):
                continue
            elif WIFSIGNALED(sts):
                return -WTERMSIG(sts)
            elif WIFEXITED(sts):
                return WEXITSTATUS(sts)
            else:
                raise error("Not stopped, signaled or exited???")


def spawnv(mode, file, args):
    return _spawnvef(mode, file, args, None, execv)


def spawnve(mode, file, args, env):
    return _spawnvef(mode, file, args, env, execve)


def spawnvp(mode, file, args):
    return _spawnvef(mode, file, args, None, execvp)


def spawnvpe(mode, file, args, env):
    return _spawnvef(mode, file, args, env, execvpe)


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    env = args[-1]
    return spawnve(mode, file, args[:-1], env)


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    env = args[-1]
    return spawnvpe(mode, file, args[:-1], env)


del posix
