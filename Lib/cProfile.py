#! /usr/bin/env python
"""The cProfile interface (Profile with enable()/disable()), over profile.

This implementation shares the profile module's machinery; statistics
use the same layout, except that built-in functions are recorded as
('~', 0, '<name>') as cProfile does, and no pseudo-functions are added
for the profiled command.
"""

import sys
import marshal
import profile as _profile

__all__ = ["run", "runctx", "help", "Profile"]

_DISABLE_LABEL = "<method 'disable' of '_lsprof.Profiler' objects>"


def run(statement, filename=None, sort=-1):
    """Profile exec of statement in __main__; print or save the results."""
    prof = Profile()
    result = None
    try:
        try:
            prof = prof.run(statement)
        except SystemExit:
            pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            result = prof.print_stats(sort)
    return result


def runctx(statement, globals, locals, filename=None):
    """Like run(), with explicit global and local dictionaries."""
    prof = Profile()
    result = None
    try:
        try:
            prof = prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            result = prof.print_stats()
    return result


help = _profile.help


def _builtin_label(func):
    name = getattr(func, '__name__', None) or repr(func)
    owner = getattr(func, '__self__', None)
    if owner is None or isinstance(owner, type(sys)):
        return '<%s>' % name
    if isinstance(owner, type):
        owner_type = owner
    else:
        owner_type = type(owner)
    return "<method '%s' of '%s' objects>" % (name, owner_type.__name__)


class Profile(_profile.Profile):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Collects statistics between enable() and disable() calls (or around
    run/runctx/runcall).  builtins=False ignores calls to C functions.
    """

    def __init__(self, timer=None, timeunit=0.0, subcalls=True,
                 builtins=True):
        _profile.Profile.__init__(self, timer)
        # no 'profiler' pseudo-function in cProfile statistics
        self.stack = []
        self.active = {}
        self.timeunit = timeunit
        self.subcalls = subcalls
        self.builtins = builtins

    def enable(self, subcalls=True, builtins=True):
        """Start collecting profiling information."""
        self.subcalls = subcalls
        self.builtins = builtins
        self.t = self.get_time()
        sys.setprofile(self.dispatcher)

    def disable(self):
        """Stop collecting profiling information."""
        sys.setprofile(None)
        self._unwind(0)

    def _on_call(self, frame, arg):
        if frame.f_code is _DISABLE_CODE:
            return
        _profile.Profile._on_call(self, frame, arg)

    def _on_c_call(self, frame, arg):
        if not self.builtins:
            return
        if arg is sys.setprofile and frame.f_code is _DISABLE_CODE:
            label = _DISABLE_LABEL
        else:
            label = _builtin_label(arg)
        self._push(('~', 0, label), frame, True)

    def _on_c_return(self, frame, arg):
        if self.builtins:
            _profile.Profile._on_c_return(self, frame, arg)

    _handlers = dict(_profile.Profile._handlers)
    _handlers['call'] = _on_call
    _handlers['c_call'] = _on_c_call
    _handlers['c_return'] = _on_c_return
    _handlers['c_exception'] = _on_c_return

    def _unwind(self, keep):
        _profile.Profile._unwind(self, 0)

    def set_cmd(self, cmd):
        self.cmd = cmd

    def snapshot_stats(self):
        # cProfile reports each caller as (calls, primitive calls,
        # internal time, cumulative time); only counts are tracked here
        self.stats = {}
        for key, (cc, nc, tt, ct, callers) in self.timings.items():
            converted = {}
            for caller, count in callers.items():
                converted[caller] = (count, count, 0.0, 0.0)
            self.stats[key] = (cc, nc, tt, ct, converted)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec cmd in globals, locals
        finally:
            self.disable()
        return self

    def runcall(self, func, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()


_DISABLE_CODE = Profile.disable.im_func.func_code


def main():
    import os
    from optparse import OptionParser
    usage = "cProfile.py [-o output_file_path] [-s sort] scriptfile [arg] ..."
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile",
                      help="Save stats to <outfile>", default=None)
    parser.add_option('-s', '--sort', dest="sort",
                      help="Sort order when printing to stdout, based on "
                           "pstats.Stats class", default=-1)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    (options, args) = parser.parse_args()
    sys.argv[:] = args
    if args:
        sys.path.insert(0, os.path.dirname(sys.argv[0]))
        run('execfile(%r)' % (sys.argv[0],), options.outfile, options.sort)
    else:
        parser.print_usage()
    return parser


if __name__ == '__main__':
    main()
