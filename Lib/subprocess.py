"""Start processes, connect to their input/output/error pipes and get their
return codes (the 2.5 subprocess module, POSIX only).

    Popen(args, bufsize=0, executable=None, stdin=None, stdout=None,
          stderr=None, preexec_fn=None, close_fds=False, shell=False,
          cwd=None, env=None, universal_newlines=False,
          startupinfo=None, creationflags=0)

stdin, stdout and stderr may be None (inherit), PIPE (a new pipe, exposed
as a file object attribute of the Popen), an existing file descriptor or
file object; stderr may also be STDOUT (share the child's stdout).

    call(*args, **kwargs)        run, wait, return the return code
    check_call(*args, **kwargs)  the same, but raise CalledProcessError
                                 on a non-zero return code
    list2cmdline(seq)            quote a sequence the MS C runtime way

The module is built on the posix module alone (fork, exec, pipe, dup2,
waitpid); it is a host facility and is never available in a sandbox,
which has no posix module.  A failure to start the program (no such file,
no permission, a bad cwd) is raised in the parent as OSError, with the
child's traceback text in its child_traceback attribute."""

import sys
import os
import errno
import types
import traceback

try:
    import cPickle as pickle
except ImportError:
    import pickle

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call",
           "CalledProcessError"]

PIPE = -1
STDOUT = -2

# Highest descriptor close_fds closes (there is no os.sysconf here).
try:
    MAXFD = os.sysconf("SC_OPEN_MAX")
except (AttributeError, ValueError, OSError):
    MAXFD = 256


class CalledProcessError(Exception):
    """check_call() ran a command whose return code was not zero; the code
    is in .returncode and the command in .cmd."""

    def __init__(self, returncode, cmd):
        Exception.__init__(self, returncode, cmd)
        self.returncode = returncode
        self.cmd = cmd

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d" % (
            self.cmd, self.returncode)


def call(*popenargs, **kwargs):
    """Run a command, wait for it and return its return code."""
    return Popen(*popenargs, **kwargs).wait()


def check_call(*popenargs, **kwargs):
    """Like call(), but a non-zero return code raises CalledProcessError;
    otherwise 0 is returned."""
    retcode = call(*popenargs, **kwargs)
    cmd = kwargs.get("args")
    if cmd is None:
        cmd = popenargs[0]
    if retcode:
        raise CalledProcessError(retcode, cmd)
    return retcode


def list2cmdline(seq):
    """One command line string from a sequence of arguments, quoted the
    way the MS C runtime parses them: arguments are separated by a space;
    one containing a space or a tab (or empty) is put in double quotes;
    a double quote is escaped with a backslash; backslashes are literal
    except right before a double quote, where each is doubled."""
    pieces = []
    for arg in seq:
        if pieces:
            pieces.append(' ')
        quote = (" " in arg) or ("\t" in arg) or not arg
        if quote:
            pieces.append('"')
        pending = 0             # backslashes seen but not yet written
        for ch in arg:
            if ch == '\\':
                pending += 1
            elif ch == '"':
                pieces.append('\\' * (pending * 2) + '\\"')
                pending = 0
            else:
                if pending:
                    pieces.append('\\' * pending)
                    pending = 0
                pieces.append(ch)
        if pending:
            pieces.append('\\' * pending)
        if quote:
            # backslashes before the closing quote must be doubled
            pieces.append('\\' * pending)
            pieces.append('"')
    return ''.join(pieces)


# Popen objects whose child has not been reaped yet when they were
# deleted; reaped on the next Popen() so no zombie is left behind.
_active = []


def _cleanup():
    for inst in _active[:]:
        if inst.poll(_deadstate=sys.maxint) >= 0:
            try:
                _active.remove(inst)
            except ValueError:
                pass


def _close_quietly(fd):
    try:
        os.close(fd)
    except OSError:
        pass


def _eintr_retry(func, *args):
    while True:
        try:
            return func(*args)
        except OSError, e:
            if e.errno != errno.EINTR:
                raise


def _set_cloexec(fd):
    """Mark fd close-on-exec; return the descriptor to use (perhaps a new
    one) and whether that worked.  fcntl is used when there is one;
    otherwise, on Linux, the pipe is reopened through /proc with
    O_CLOEXEC."""
    try:
        import fcntl
    except ImportError:
        fcntl = None
    if fcntl is not None and hasattr(fcntl, 'fcntl') and \
       hasattr(fcntl, 'FD_CLOEXEC'):
        flags = fcntl.fcntl(fd, fcntl.F_GETFD)
        fcntl.fcntl(fd, fcntl.F_SETFD, flags | fcntl.FD_CLOEXEC)
        return fd, True
    cloexec = getattr(os, 'O_CLOEXEC', None)
    if cloexec is None and sys.platform.startswith('linux'):
        cloexec = 02000000
    if cloexec is None:
        return fd, False
    try:
        newfd = os.open('/proc/self/fd/%d' % fd, os.O_WRONLY | cloexec)
    except OSError:
        return fd, False
    os.close(fd)
    return newfd, True


def _find_program(executable, env):
    """Raise the OSError execvp would raise if `executable` cannot be run
    (used only when the error pipe cannot be made close-on-exec)."""
    if os.path.dirname(executable):
        candidates = [executable]
    else:
        if env is None:
            env = os.environ
        path = env.get('PATH', os.defpath)
        candidates = [os.path.join(d, executable)
                      for d in path.split(os.pathsep)]
    first_error = None
    for name in candidates:
        if os.path.isfile(name):
            if os.access(name, os.X_OK):
                return
            if first_error is None:
                first_error = errno.EACCES
    if first_error is None:
        first_error = errno.ENOENT
    raise OSError(first_error, os.strerror(first_error))


class Popen(object):
    """A child process; see the module documentation."""

    def __init__(self, args, bufsize=0, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=False, shell=False,
                 cwd=None, env=None, universal_newlines=False,
                 startupinfo=None, creationflags=0):
        _cleanup()
        self._child_created = False
        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")

        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.universal_newlines = universal_newlines

        (p2cread, p2cwrite,
         c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)

        self._execute_child(args, executable, preexec_fn, close_fds,
                            shell, cwd, env, universal_newlines,
                            p2cread, p2cwrite, c2pread, c2pwrite,
                            errread, errwrite)

        if p2cwrite is not None:
            self.stdin = os.fdopen(p2cwrite, 'wb', bufsize)
        if c2pread is not None:
            if universal_newlines:
                self.stdout = os.fdopen(c2pread, 'rU', bufsize)
            else:
                self.stdout = os.fdopen(c2pread, 'rb', bufsize)
        if errread is not None:
            if universal_newlines:
                self.stderr = os.fdopen(errread, 'rU', bufsize)
            else:
                self.stderr = os.fdopen(errread, 'rb', bufsize)

    def __del__(self, _active=_active, sys=sys):
        if not getattr(self, '_child_created', False):
            return
        self.poll(_deadstate=sys.maxint)
        if self.returncode is None and _active is not None:
            _active.append(self)

    # -- plumbing ----------------------------------------------------------

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors (parent and child ends) for the three
        standard streams; None where the child inherits ours."""
        p2cread = p2cwrite = None
        c2pread = c2pwrite = None
        errread = errwrite = None
        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif isinstance(stdin, (int, long)):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif isinstance(stdout, (int, long)):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            errwrite = c2pwrite
        elif isinstance(stderr, (int, long)):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       shell, cwd, env, universal_newlines,
                       p2cread, p2cwrite, c2pread, c2pwrite,
                       errread, errwrite):
        if isinstance(args, types.StringTypes):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
        if executable is None:
            executable = args[0]

        # The child reports a failure to start through this pipe; when
        # the exec succeeds the close-on-exec write end just closes.
        errpipe_read, errpipe_write = os.pipe()
        errpipe_write, cloexec = _set_cloexec(errpipe_write)
        try:
            self.pid = os.fork()
        except:
            os.close(errpipe_read)
            os.close(errpipe_write)
            raise
        self._child_created = True
        if self.pid == 0:
            self._run_child(args, executable, preexec_fn, close_fds, cwd,
                            env, cloexec, errpipe_read, errpipe_write,
                            p2cread, p2cwrite, c2pread, c2pwrite,
                            errread, errwrite)
            # _run_child never returns

        os.close(errpipe_write)
        # Close the child's ends of the pipes we made.
        if p2cread is not None and p2cwrite is not None:
            os.close(p2cread)
        if c2pwrite is not None and c2pread is not None:
            os.close(c2pwrite)
        if errwrite is not None and errread is not None:
            os.close(errwrite)

        chunks = []
        try:
            while True:
                data = _eintr_retry(os.read, errpipe_read, 65536)
                if not data:
                    break
                chunks.append(data)
        finally:
            os.close(errpipe_read)
        if chunks:
            # The child failed before exec: reap it and raise its error.
            _eintr_retry(os.waitpid, self.pid, 0)
            self.returncode = 255
            self._child_created = False
            for fd in (p2cwrite, c2pread, errread):
                if fd is not None:
                    _close_quietly(fd)
            child_exception = pickle.loads(''.join(chunks))
            raise child_exception

    def _run_child(self, args, executable, preexec_fn, close_fds, cwd, env,
                   cloexec, errpipe_read, errpipe_write,
                   p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        """In the forked child: wire up the descriptors and exec."""
        try:
            try:
                os.close(errpipe_read)
                for fd in (p2cwrite, c2pread, errread):
                    if fd is not None:
                        os.close(fd)

                # Move descriptors that sit on 0, 1 or 2 out of the way
                # first, so one dup2 cannot clobber another's source.
                def lift(fd):
                    if fd is not None and fd < 3:
                        return os.dup(fd)
                    return fd
                sources = [lift(p2cread), lift(c2pwrite), lift(errwrite)]
                for target, fd in enumerate(sources):
                    if fd is not None:
                        os.dup2(fd, target)
                for fd in set(sources):
                    if fd is not None and fd > 2:
                        _close_quietly(fd)

                if close_fds:
                    for fd in xrange(3, MAXFD):
                        if fd != errpipe_write:
                            _close_quietly(fd)

                if cwd is not None:
                    os.chdir(cwd)
                if preexec_fn:
                    preexec_fn()
                if not cloexec:
                    _find_program(executable, env)
                    os.close(errpipe_write)
                    errpipe_write = None

                if env is None:
                    os.execvp(executable, args)
                else:
                    os.execvpe(executable, args, env)
            except:
                exc_type, exc_value, tb = sys.exc_info()
                lines = traceback.format_exception(exc_type, exc_value, tb)
                exc_value.child_traceback = ''.join(lines)
                if errpipe_write is not None:
                    data = pickle.dumps(exc_value, 2)
                    while data:
                        n = os.write(errpipe_write, data)
                        data = data[n:]
        finally:
            os._exit(255)

    def _handle_exitstatus(self, sts):
        if os.WIFSIGNALED(sts):
            self.returncode = -os.WTERMSIG(sts)
        elif os.WIFEXITED(sts):
            self.returncode = os.WEXITSTATUS(sts)
        else:
            raise RuntimeError("Unknown child exit status!")

    # -- public interface --------------------------------------------------

    def poll(self, _deadstate=None):
        """Set and return returncode if the child has ended, else None."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except os.error:
                if _deadstate is not None:
                    self.returncode = _deadstate
        return self.returncode

    def wait(self):
        """Wait for the child to end; set and return returncode."""
        if self.returncode is None:
            pid, sts = _eintr_retry(os.waitpid, self.pid, 0)
            self._handle_exitstatus(sts)
        return self.returncode

    def communicate(self, input=None):
        """Send input (a string, or None) to the child's stdin, read its
        stdout and stderr to the end and wait for it to exit.  Returns
        (stdoutdata, stderrdata); an item is None unless that stream was
        a PIPE.  Input can only be sent if stdin was a PIPE."""
        streams = [self.stdin, self.stdout, self.stderr]
        if streams.count(None) >= 2:
            # At most one pipe: no deadlock is possible.
            stdout = stderr = None
            if self.stdin:
                if input:
                    self._write_ignoring_epipe(self.stdin, input)
                self.stdin.close()
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        stdout, stderr = self._communicate(input)
        self.wait()
        return (stdout, stderr)

    def _write_ignoring_epipe(self, f, data):
        try:
            f.write(data)
            f.flush()
        except IOError, e:
            if e.errno != errno.EPIPE:
                raise

    def _communicate(self, input):
        try:
            import select
            select.select
        except (ImportError, AttributeError):
            return self._communicate_polling(input)
        return self._communicate_select(input, select)

    def _communicate_polling(self, input):
        """Without select: make our ends of the pipes non-blocking and take
        turns on them, sleeping briefly when none of them is ready.  Each
        end is reopened through /proc with O_NONBLOCK (there is no fcntl
        here); where that is impossible the streams are served one after
        the other, which is enough unless the child fills one pipe while
        we wait on another."""
        import time
        nonblock = getattr(os, 'O_NONBLOCK', None)
        ends = {}
        try:
            for f, mode in ((self.stdin, os.O_WRONLY),
                            (self.stdout, os.O_RDONLY),
                            (self.stderr, os.O_RDONLY)):
                if f is not None:
                    if f is self.stdin:
                        f.flush()
                    ends[f] = os.open('/proc/self/fd/%d' % f.fileno(),
                                      mode | nonblock)
        except (OSError, TypeError):
            for fd in ends.values():
                _close_quietly(fd)
            return self._communicate_sequential(input)

        chunks = {}
        readers = [f for f in (self.stdout, self.stderr) if f is not None]
        for f in readers:
            chunks[f] = []
        writing = self.stdin is not None and bool(input)
        if self.stdin is not None and not writing:
            os.close(ends.pop(self.stdin))
            self.stdin.close()
        offset = 0
        delay = 0.0005
        try:
            while writing or readers:
                progress = False
                if writing:
                    try:
                        n = os.write(ends[self.stdin],
                                     input[offset:offset + 4096])
                    except OSError, e:
                        if e.errno == errno.EPIPE:
                            n = len(input) - offset
                        elif e.errno in (errno.EAGAIN, errno.EINTR):
                            n = 0
                        else:
                            raise
                    if n:
                        progress = True
                        offset += n
                    if offset >= len(input):
                        writing = False
                        os.close(ends.pop(self.stdin))
                        self.stdin.close()
                for f in readers[:]:
                    try:
                        data = os.read(ends[f], 65536)
                    except OSError, e:
                        if e.errno in (errno.EAGAIN, errno.EINTR):
                            continue
                        raise
                    progress = True
                    if data:
                        chunks[f].append(data)
                    else:
                        readers.remove(f)
                        os.close(ends.pop(f))
                        f.close()
                if progress:
                    delay = 0.0005
                else:
                    time.sleep(delay)
                    delay = min(delay * 2, 0.05)
        finally:
            for fd in ends.values():
                _close_quietly(fd)
        stdout = stderr = None
        if self.stdout is not None:
            stdout = ''.join(chunks[self.stdout])
        if self.stderr is not None:
            stderr = ''.join(chunks[self.stderr])
        return self._finish_output(stdout, stderr)

    def _communicate_sequential(self, input):
        if self.stdin:
            if input:
                self._write_ignoring_epipe(self.stdin, input)
            self.stdin.close()
        stdout = stderr = None
        if self.stdout is not None:
            stdout = self.stdout.read()
            self.stdout.close()
        if self.stderr is not None:
            stderr = self.stderr.read()
            self.stderr.close()
        return self._finish_output(stdout, stderr)

    def _communicate_select(self, input, select):
        read_set = []
        write_set = []
        chunks = {}
        if self.stdin:
            self.stdin.flush()
            if input:
                write_set.append(self.stdin)
            else:
                self.stdin.close()
        for f in (self.stdout, self.stderr):
            if f is not None:
                read_set.append(f)
                chunks[f] = []
        offset = 0
        while read_set or write_set:
            try:
                rlist, wlist, xlist = select.select(read_set, write_set, [])
            except select.error, e:
                if e.args[0] == errno.EINTR:
                    continue
                raise
            if self.stdin in wlist:
                try:
                    n = os.write(self.stdin.fileno(),
                                 input[offset:offset + 512])
                except OSError, e:
                    if e.errno != errno.EPIPE:
                        raise
                    n = len(input) - offset
                offset += n
                if offset >= len(input):
                    self.stdin.close()
                    write_set.remove(self.stdin)
            for f in rlist:
                data = os.read(f.fileno(), 1024)
                if data:
                    chunks[f].append(data)
                else:
                    f.close()
                    read_set.remove(f)
        stdout = stderr = None
        if self.stdout is not None:
            stdout = ''.join(chunks[self.stdout])
        if self.stderr is not None:
            stderr = ''.join(chunks[self.stderr])
        return self._finish_output(stdout, stderr)

    def _finish_output(self, stdout, stderr):
        if self.universal_newlines:
            if stdout is not None:
                stdout = self._translate_newlines(stdout)
            if stderr is not None:
                stderr = self._translate_newlines(stderr)
        return (stdout, stderr)

    def _translate_newlines(self, data):
        return data.replace("\r\n", "\n").replace("\r", "\n")
