"""Stand-in for the thread module where threads are not available.

It offers the same functions, but start_new_thread() simply runs the
function to completion before returning, and locks never block (there
is nobody to wait for).  Code written for thread runs unchanged as long
as it does not depend on real concurrency.
"""

__all__ = ['error', 'start_new_thread', 'exit', 'get_ident',
           'allocate_lock', 'interrupt_main', 'LockType', 'stack_size']

import traceback as _traceback


class error(Exception):
    """The exception thread.error stands for."""

    def __init__(self, *args):
        Exception.__init__(self, *args)
        self.args = args


# Set by interrupt_main() called from inside a "thread"; the
# KeyboardInterrupt is raised once that thread is over.
_interrupt_pending = False
_in_thread = False


def start_new_thread(function, args, kwargs={}):
    """Run function(*args, **kwargs) now and return when it is done.
    SystemExit ends the 'thread' quietly; other exceptions are printed."""
    global _interrupt_pending, _in_thread
    if type(args) != type(tuple()):
        raise TypeError("2nd arg must be a tuple")
    if type(kwargs) != type(dict()):
        raise TypeError("3rd arg must be a dict")
    _interrupt_pending = False
    _in_thread = True
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except:
        _traceback.print_exc()
    _in_thread = False
    if _interrupt_pending:
        _interrupt_pending = False
        raise KeyboardInterrupt


def exit():
    """End the current 'thread' (raises SystemExit)."""
    raise SystemExit


def get_ident():
    """Return the identity of the only thread there is: -1."""
    return -1


def allocate_lock():
    """Return a new LockType object."""
    return LockType()


def stack_size(size=None):
    """Thread stack sizes cannot be set without threads."""
    if size is not None:
        raise error("setting thread stack size not supported")
    return 0


def interrupt_main():
    """Raise KeyboardInterrupt in the main thread (at once when called
    from it, after the current 'thread' otherwise)."""
    global _interrupt_pending
    if _in_thread:
        _interrupt_pending = True
    else:
        raise KeyboardInterrupt


class LockType(object):
    """A lock whose state is tracked but which never makes anyone wait:
    a blocking acquire of a held lock succeeds, as the only thread could
    otherwise never go on."""

    def __init__(self):
        self.locked_status = False

    def acquire(self, waitflag=None):
        if waitflag is None or waitflag:
            self.locked_status = True
            return True
        if not self.locked_status:
            self.locked_status = True
            return True
        return False

    __enter__ = acquire

    def __exit__(self, typ, val, tb):
        self.release()

    def release(self):
        """Release the lock; error if it is not held."""
        if not self.locked_status:
            raise error
        self.locked_status = False
        return True

    def locked(self):
        return self.locked_status
