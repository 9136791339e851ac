"""Higher-level threading interface over the low-level thread module.

Thread objects (subclass and override run(), or pass a target), the
synchronisation primitives Lock, RLock, Condition, Semaphore,
BoundedSemaphore and Event, Timer, thread-local data (local), and the
queries currentThread(), enumerate() and activeCount().
"""

import sys as _sys

try:
    import thread
except ImportError:
    del _sys.modules[__name__]
    raise

from time import time as _time, sleep as _sleep

__all__ = ['activeCount', 'Condition', 'currentThread', 'enumerate',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Timer', 'setprofile', 'settrace', 'local',
           'stack_size']

_start_new_thread = thread.start_new_thread
_allocate_lock = thread.allocate_lock
_get_ident = thread.get_ident
ThreadError = thread.error
del thread

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def settrace(func):
    """Set a trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


class _Verbose(object):
    """Base of the classes here; 'verbose' debugging output is accepted
    for compatibility and ignored."""

    def __init__(self, verbose=None):
        pass

    def _note(self, *args):
        pass

# ------------------------------------------------------------------ locks

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Return a new reentrant lock: the thread holding it may acquire it
    again, and must release it as many times."""
    return _RLock(*args, **kwargs)


class _RLock(_Verbose):

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self._block = _allocate_lock()
        self._holder = None
        self._depth = 0

    def __repr__(self):
        holder = self._holder
        if holder is not None:
            name = holder.getName()
        else:
            name = None
        return "<%s(%s, %d)>" % (self.__class__.__name__, name, self._depth)

    def acquire(self, blocking=1):
        me = currentThread()
        if self._holder is me:
            self._depth += 1
            return 1
        if self._block.acquire(blocking):
            self._holder = me
            self._depth = 1
            return 1
        return False

    __enter__ = acquire

    def release(self):
        if self._holder is not currentThread():
            raise RuntimeError("cannot release un-aquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # For Condition: give the lock up entirely while waiting, then take
    # it back at the same depth.

    def _release_save(self):
        state = (self._depth, self._holder)
        self._depth = 0
        self._holder = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._depth, self._holder = state

    def _is_owned(self):
        return self._holder is currentThread()


def Condition(*args, **kwargs):
    """Return a new condition variable (over a new RLock by default)."""
    return _Condition(*args, **kwargs)


class _Condition(_Verbose):

    def __init__(self, lock=None, verbose=None):
        _Verbose.__init__(self, verbose)
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own save/restore/ownership hooks when it has
        # them (an RLock), else the plain-lock versions below.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, hook, None)
            if method is not None:
                setattr(self, hook, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: it is ours if we cannot take it.
        if self._lock.acquire(0):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or until timeout
        seconds have passed, and take the lock back."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        try:
            if timeout is None:
                gate.acquire()
            else:
                # The thread module's locks have no timed acquire: poll,
                # sleeping a little longer each time (up to 50ms).
                deadline = _time() + timeout
                pause = 0.0005
                while 1:
                    if gate.acquire(0):
                        break
                    left = deadline - _time()
                    if left <= 0:
                        # Timed out: stop being a waiter (a notify that
                        # raced with us has already removed the gate).
                        try:
                            self._waiters.remove(gate)
                        except ValueError:
                            pass
                        break
                    pause = min(pause * 2, left, 0.05)
                    _sleep(pause)
        finally:
            self._acquire_restore(saved)

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        for gate in woken:
            gate.release()
            try:
                self._waiters.remove(gate)
            except ValueError:
                pass

    def notifyAll(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    notify_all = notifyAll


def Semaphore(*args, **kwargs):
    """Return a new counting semaphore (initial value 1 by default)."""
    return _Semaphore(*args, **kwargs)


class _Semaphore(_Verbose):

    def __init__(self, value=1, verbose=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _Verbose.__init__(self, verbose)
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=1):
        """Decrement the counter, waiting while it is zero if blocking;
        return whether it was decremented."""
        self._cond.acquire()
        try:
            while self._value == 0:
                if not blocking:
                    return False
                self._cond.wait()
            self._value -= 1
            return True
        finally:
            self._cond.release()

    __enter__ = acquire

    def release(self):
        """Increment the counter, waking one waiter."""
        self._cond.acquire()
        try:
            self._value += 1
            self._cond.notify()
        finally:
            self._cond.release()

    def __exit__(self, t, v, tb):
        self.release()


def BoundedSemaphore(*args, **kwargs):
    """Return a semaphore that may not be released above its initial
    value."""
    return _BoundedSemaphore(*args, **kwargs)


class _BoundedSemaphore(_Semaphore):

    def __init__(self, value=1, verbose=None):
        _Semaphore.__init__(self, value, verbose)
        self._initial_value = value

    def release(self):
        if self._value >= self._initial_value:
            raise ValueError, "Semaphore released too many times"
        return _Semaphore.release(self)


def Event(*args, **kwargs):
    """Return a new event flag, initially false."""
    return _Event(*args, **kwargs)


class _Event(_Verbose):

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self._cond = Condition(Lock())
        self._flag = False

    def isSet(self):
        return self._flag

    is_set = isSet

    def set(self):
        """Set the flag and wake every waiter."""
        self._cond.acquire()
        try:
            self._flag = True
            self._cond.notifyAll()
        finally:
            self._cond.release()

    def clear(self):
        self._cond.acquire()
        try:
            self._flag = False
        finally:
            self._cond.release()

    def wait(self, timeout=None):
        """Wait until the flag is set (or timeout seconds pass)."""
        self._cond.acquire()
        try:
            if not self._flag:
                self._cond.wait(timeout)
        finally:
            self._cond.release()

# ------------------------------------------------------------------ threads

_counter = [0]
_active_lock = _allocate_lock()
_active = {}        # thread ident -> Thread, for running threads
_limbo = {}         # Thread -> Thread, started but not yet running


def _new_name(template="Thread-%d"):
    _counter[0] += 1
    return template % _counter[0]


def _print_exc_to_stderr(thread_obj):
    import traceback
    from StringIO import StringIO
    buf = StringIO()
    traceback.print_exc(file=buf)
    text = buf.getvalue()
    out = _sys.stderr
    if out is not None:
        out.write("Exception in thread %s:\n%s\n" %
                  (thread_obj.getName(), text))


class Thread(_Verbose):
    """A thread of control: call start() to run run() in a new thread.

    Subclasses override run(); or pass target (with args and kwargs),
    which the default run() calls."""

    _is_main = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, verbose=None):
        assert group is None, "group argument must be None for now"
        _Verbose.__init__(self, verbose)
        if kwargs is None:
            kwargs = {}
        self._target = target
        self._name = str(name or _new_name())
        self._args = args
        self._kwargs = kwargs
        self._daemonic = self._inherit_daemon()
        self._started = False
        self._stopped = False
        self._finished = Condition(Lock())
        self._initialized = True
        self._stderr = _sys.stderr

    def _inherit_daemon(self):
        return currentThread().isDaemon()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._stopped:
            status = "stopped"
        if self._daemonic:
            status = status + " daemon"
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start running run() in a new thread (at most once)."""
        if not getattr(self, '_initialized', False):
            raise AssertionError("Thread.__init__() not called")
        assert not self._started, "thread already started"
        _active_lock.acquire()
        _limbo[self] = self
        _active_lock.release()
        _start_new_thread(self._bootstrap, ())
        self._started = True
        _sleep(0.000001)    # let the new thread get going

    def run(self):
        """What the thread does: by default, call the target."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        try:
            self._started = True
            _active_lock.acquire()
            _active[_get_ident()] = self
            _limbo.pop(self, None)
            _active_lock.release()
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except SystemExit:
                pass
            except:
                # At interpreter shutdown sys may be half torn down.
                if _sys and _sys.stderr is not None:
                    _print_exc_to_stderr(self)
        finally:
            # Leave the table of active threads before waking joiners, so
            # that once join() returns enumerate() no longer lists us.
            try:
                self._delete()
            except:
                pass
            self._stop()

    def _stop(self):
        self._finished.acquire()
        self._stopped = True
        self._finished.notifyAll()
        self._finished.release()

    def _delete(self):
        _active_lock.acquire()
        try:
            _active.pop(_get_ident(), None)
        finally:
            _active_lock.release()

    def join(self, timeout=None):
        """Wait until the thread ends (or timeout seconds pass)."""
        assert self._initialized, "Thread.__init__() not called"
        assert self._started, "cannot join thread before it is started"
        assert self is not currentThread(), "cannot join current thread"
        self._finished.acquire()
        try:
            if timeout is None:
                while not self._stopped:
                    self._finished.wait()
            else:
                deadline = _time() + timeout
                while not self._stopped:
                    left = deadline - _time()
                    if left <= 0:
                        break
                    self._finished.wait(left)
        finally:
            self._finished.release()

    def getName(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    def setName(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    def isAlive(self):
        """True from start() until run() has ended."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._stopped

    def isDaemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    def setDaemon(self, daemonic):
        """Mark the thread as a daemon (the program does not wait for
        daemon threads at exit); only before start()."""
        assert self._initialized, "Thread.__init__() not called"
        assert not self._started, "cannot set daemon status of active thread"
        self._daemonic = bool(daemonic)


def Timer(*args, **kwargs):
    """Return a thread that calls a function after a delay:
    Timer(interval, function, args=[], kwargs={}); cancel() stops it
    while it is still waiting."""
    return _Timer(*args, **kwargs)


class _Timer(Thread):

    def __init__(self, interval, function, args=[], kwargs={}):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.isSet():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    _is_main = True

    def _inherit_daemon(self):
        return False

    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._started = True
        _active_lock.acquire()
        _active[_get_ident()] = self
        _active_lock.release()

    def _exitfunc(self):
        """At exit: wait for every non-daemon thread to end."""
        self._stop()
        while 1:
            waiting = None
            for t in enumerate():
                if not t.isDaemon() and t.isAlive() and t is not self:
                    waiting = t
                    break
            if waiting is None:
                break
            waiting.join()
        self._delete()


class _DummyThread(Thread):
    """Stands for a thread not started by this module (currentThread()
    called from it).  It is a daemon and cannot be joined."""

    def _inherit_daemon(self):
        return True

    def __init__(self):
        Thread.__init__(self, name=_new_name("Dummy-%d"))
        self._started = True
        _active_lock.acquire()
        _active[_get_ident()] = self
        _active_lock.release()

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def currentThread():
    """Return the Thread object of the caller's thread."""
    try:
        return _active[_get_ident()]
    except KeyError:
        return _DummyThread()

current_thread = currentThread


def activeCount():
    """Return the number of Thread objects alive."""
    _active_lock.acquire()
    try:
        return len(_active) + len(_limbo)
    finally:
        _active_lock.release()

active_count = activeCount


def enumerate():
    """Return a list of the Thread objects alive."""
    _active_lock.acquire()
    try:
        return _active.values() + _limbo.values()
    finally:
        _active_lock.release()


try:
    from thread import stack_size
except ImportError:
    def stack_size(size=None):
        raise ThreadError("setting thread stack size not supported")

# The main thread must be registered before anything calls
# currentThread(), since Thread.__init__ does.
_shutdown = _MainThread()._exitfunc

try:
    from thread import _local as local
except ImportError:
    class local(object):
        """Attributes private to each thread (a slow fallback)."""

        def __init__(self, *args, **kw):
            object.__setattr__(self, '_per_thread', {})

        def _mine(self):
            store = object.__getattribute__(self, '_per_thread')
            return store.setdefault(_get_ident(), {})

        def __getattribute__(self, name):
            if name == '__dict__':
                return local._mine(self)
            d = local._mine(self)
            if name in d:
                return d[name]
            return object.__getattribute__(self, name)

        def __setattr__(self, name, value):
            local._mine(self)[name] = value

        def __delattr__(self, name):
            d = local._mine(self)
            if name not in d:
                raise AttributeError(name)
            del d[name]
