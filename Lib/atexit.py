"""Register functions to be called when the interpreter exits."""

__all__ = ["register"]

import sys

_exithandlers = []


def _run_exitfuncs():
    """Run the registered handlers, last registered first.  An exception
    is reported and the others still run; the last one is re-raised."""
    exc_info = None
    while _exithandlers:
        func, targs, kargs = _exithandlers.pop()
        try:
            func(*targs, **kargs)
        except SystemExit:
            exc_info = sys.exc_info()
        except:
            import traceback
            print >> sys.stderr, "Error in atexit._run_exitfuncs:"
            traceback.print_exc()
            exc_info = sys.exc_info()
    if exc_info is not None:
        raise exc_info[0], exc_info[1], exc_info[2]


def register(func, *targs, **kargs):
    """Register func to be called at exit with these arguments.  (2.5
    returns None here; returning func came in 2.6.)"""
    _exithandlers.append((func, targs, kargs))


if hasattr(sys, "exitfunc"):
    _prev = sys.exitfunc
    register(_prev)
    del _prev
sys.exitfunc = _run_exitfuncs
