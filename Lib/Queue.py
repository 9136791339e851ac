"""A synchronized FIFO queue for passing items between threads.

Queue(maxsize) blocks put() while full (if maxsize > 0) and get() while
empty.  task_done() and join() let a producer wait until every item it
put has been processed.  Subclasses may change the ordering by
overriding _init, _qsize, _put and _get.

Without the thread module (a sandbox, for instance) the queue still
works for a single thread: a wait that no other thread could ever end
raises RuntimeError instead of hanging.
"""

__all__ = ['Empty', 'Full', 'Queue']

try:
    import threading as _threading
except ImportError:
    _threading = None

try:
    from collections import deque as _deque
except ImportError:
    _deque = None


class Empty(Exception):
    "Raised by Queue.get(block=0) or get_nowait() when the queue is empty."
    pass


class Full(Exception):
    "Raised by Queue.put(block=0) or put_nowait() when the queue is full."
    pass


def _now():
    try:
        import time
    except ImportError:
        return 0.0
    return time.time()


class _SoloLock(object):
    """Lock for a program with only one thread."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=1):
        if self._held:
            if not blocking:
                return False
            raise RuntimeError("deadlock: lock already held by the only "
                               "thread")
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("release of an unlocked lock")
        self._held = False


class _SoloCondition(object):
    """Condition for a program with only one thread: nobody can notify,
    so a wait can only time out."""

    def __init__(self, lock):
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def wait(self, timeout=None):
        if timeout is None:
            raise RuntimeError("deadlock: waiting on a queue with no other "
                               "thread to wake this one")
        try:
            import time
            time.sleep(max(timeout, 0))
        except ImportError:
            pass

    def notify(self, n=1):
        pass

    def notifyAll(self):
        pass


class Queue:
    """Create a queue object with a given maximum size (0 or less:
    unbounded)."""

    def __init__(self, maxsize=0):
        self._init(maxsize)
        if _threading is not None:
            self.mutex = _threading.Lock()
            self.not_empty = _threading.Condition(self.mutex)
            self.not_full = _threading.Condition(self.mutex)
            self.all_tasks_done = _threading.Condition(self.mutex)
        else:
            self.mutex = _SoloLock()
            self.not_empty = _SoloCondition(self.mutex)
            self.not_full = _SoloCondition(self.mutex)
            self.all_tasks_done = _SoloCondition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue that an item got by get() has been processed.
        Raises ValueError if called more often than items were put."""
        self.all_tasks_done.acquire()
        try:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notifyAll()
            self.unfinished_tasks = left
        finally:
            self.all_tasks_done.release()

    def join(self):
        """Block until task_done() has been called for every item put."""
        self.all_tasks_done.acquire()
        try:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()
        finally:
            self.all_tasks_done.release()

    def qsize(self):
        """Return the approximate size of the queue (not reliable)."""
        self.mutex.acquire()
        try:
            return self._qsize()
        finally:
            self.mutex.release()

    def empty(self):
        """Return True if the queue is empty (not reliable)."""
        self.mutex.acquire()
        try:
            return self._empty()
        finally:
            self.mutex.release()

    def full(self):
        """Return True if the queue is full (not reliable)."""
        self.mutex.acquire()
        try:
            return self._full()
        finally:
            self.mutex.release()

    def _wait_for(self, cond, blocked, block, timeout, exc):
        """Wait on cond while blocked() is true, as put/get allow."""
        if not block:
            if blocked():
                raise exc
        elif timeout is None:
            while blocked():
                cond.wait()
        else:
            if timeout < 0:
                raise ValueError("'timeout' must be a positive number")
            deadline = _now() + timeout
            while blocked():
                remaining = deadline - _now()
                if remaining <= 0.0:
                    raise exc
                cond.wait(remaining)

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue, waiting for a free slot if block is
        true (at most timeout seconds, if given); else raise Full."""
        self.not_full.acquire()
        try:
            self._wait_for(self.not_full, self._full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()
        finally:
            self.not_full.release()

    def put_nowait(self, item):
        """put(item, False)."""
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block is true (at
        most timeout seconds, if given); else raise Empty."""
        self.not_empty.acquire()
        try:
            self._wait_for(self.not_empty, self._empty, block, timeout,
                           Empty)
            item = self._get()
            self.not_full.notify()
            return item
        finally:
            self.not_empty.release()

    def get_nowait(self):
        """get(False)."""
        return self.get(False)

    # The storage; override these to change the ordering.

    def _init(self, maxsize):
        self.maxsize = maxsize
        if _deque is not None:
            self.queue = _deque()
        else:
            self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _empty(self):
        return not self.queue

    def _full(self):
        return self.maxsize > 0 and len(self.queue) == self.maxsize

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        if _deque is not None and isinstance(self.queue, _deque):
            return self.queue.popleft()
        return self.queue.pop(0)
