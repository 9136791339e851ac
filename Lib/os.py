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
__all__.extend([n for n in dir(posix) if not n.startswith('_')])


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


class _Environ(dict):
    """os.environ: a dict whose changes also reach the process environment."""

    def __setitem__(self, key, item):
        putenv(key, item)
        dict.__setitem__(self, key, item)

    def __delitem__(self, key):
        try:
            unsetenv(key)
        except NameError:
            pass
        dict.__delitem__(self, key)

    def update(self, other=None, **kw):
        if other is not None:
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kw:
            self[k] = kw[k]

    def setdefault(self, key, failobj=None):
        if key not in self:
            self[key] = failobj
        return self[key]

    def pop(self, key, *args):
        try:
            unsetenv(key)
        except NameError:
            pass
        return dict.pop(self, key, *args)

    def clear(self):
        for key in self.keys():
            del self[key]

    def copy(self):
        return dict(self)


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
    pathlist = env.get('PATH', defpath).split(pathsep)
    saved_err = None
    for dir in pathlist:
        fullname = path.join(dir, file)
        try:
            func(fullname, *argrest)
        except error, e:
            if saved_err is None:
                saved_err = e
    if saved_err is not None:
        raise saved_err
    raise error(2, 'No such file or directory')


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


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)
