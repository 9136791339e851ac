#! /usr/bin/env python
"""A deterministic profiler for Python programs, built on sys.setprofile.

    import profile
    profile.run('main()')              # print a report
    profile.run('main()', 'out.prof')  # save the statistics for pstats

The statistics are a dictionary mapping (filename, lineno, funcname) to
(primitive calls, total calls, internal time, cumulative time, callers),
where callers maps each calling function to the number of calls it made.
"""

import sys
import os
import time
import marshal
from optparse import OptionParser

__all__ = ["run", "runctx", "help", "Profile"]


def run(statement, filename=None, sort=-1):
    """Profile exec of statement in __main__'s namespace.

    With filename, the statistics are saved there; otherwise a report sorted
    by sort is printed.
    """
    prof = Profile()
    try:
        prof = prof.run(statement)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        return prof.print_stats(sort)


def runctx(statement, globals, locals, filename=None):
    """Like run(), but with explicit global and local dictionaries."""
    prof = Profile()
    try:
        prof = prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        return prof.print_stats()


def help():
    print "Documentation for the profile module is in the Python Library"
    print "Reference, section 'The Python Profilers'."


class _Activation(object):
    """One active call on the profiler's shadow stack."""
    __slots__ = ('key', 'frame', 'own', 'sub', 'is_c')

    def __init__(self, key, frame, is_c):
        self.key = key
        self.frame = frame
        self.own = 0.0
        self.sub = 0.0
        self.is_c = is_c


class Profile:
    """Collects timing statistics for the code it runs.

    Profile(timer=None, bias=None): timer is a function returning the
    current time as a number (or a tuple whose items are summed); bias is
    subtracted from every event to compensate for the profiler's overhead
    (see calibrate()).
    """

    bias = 0

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.stack = []
        self.active = {}
        self.cmd = ""
        self.c_func_name = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        if timer is None:
            timer = time.clock
            self.get_time = timer
        else:
            sample = timer()
            if isinstance(sample, (tuple, list)):
                def summed(t=timer):
                    return sum(t())
                self.get_time = summed
            else:
                self.get_time = timer
        self.timer = timer
        self.dispatcher = self.trace_dispatch
        self.t = self.get_time()
        self.simulate_call('profiler')

    # --- event handling -------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        now = self.get_time()
        if self.stack:
            self.stack[-1].own += now - self.t - self.bias
        handler = self._handlers.get(event)
        if handler is not None:
            handler(self, frame, arg)
        self.t = self.get_time()

    def _push(self, key, frame, is_c):
        self.stack.append(_Activation(key, frame, is_c))
        self.active[key] = self.active.get(key, 0) + 1

    def _pop(self):
        entry = self.stack.pop()
        key = entry.key
        depth = self.active[key] - 1
        if depth:
            self.active[key] = depth
        else:
            del self.active[key]
        spent = entry.own + entry.sub
        record = self.timings.get(key)
        if record is None:
            record = [0, 0, 0.0, 0.0, {}]
            self.timings[key] = record
        record[1] += 1
        record[2] += entry.own
        if not depth:
            # only the outermost activation of a recursive function adds
            # to its cumulative time and counts as a primitive call
            record[0] += 1
            record[3] += spent
        if self.stack:
            parent = self.stack[-1]
            parent.sub += spent
            callers = record[4]
            callers[parent.key] = callers.get(parent.key, 0) + 1

    def _on_call(self, frame, arg):
        code = frame.f_code
        self._push((code.co_filename, code.co_firstlineno, code.co_name),
                   frame, False)

    def _on_return(self, frame, arg):
        stack = self.stack
        for i in range(len(stack) - 1, -1, -1):
            if stack[i].frame is frame and not stack[i].is_c:
                while len(stack) > i:
                    self._pop()
                return
        # a return from a frame entered before profiling began: ignore it

    def _on_c_call(self, frame, arg):
        name = getattr(arg, '__name__', None) or repr(arg)
        self.c_func_name = name
        self._push(("", 0, name), frame, True)

    def _on_c_return(self, frame, arg):
        if self.stack and self.stack[-1].is_c and \
                self.stack[-1].frame is frame:
            self._pop()

    _handlers = {
        'call': _on_call,
        'return': _on_return,
        'exception': None,
        'c_call': _on_c_call,
        'c_return': _on_c_return,
        'c_exception': _on_c_return,
    }

    # --- simulated frames for the command being profiled ---------------

    def simulate_call(self, name):
        """Push a pseudo-function named name (file 'profile', line 0)."""
        self._push(('profile', 0, name), None, False)

    def simulate_cmd_complete(self):
        """Close every activation still open (as if they all returned)."""
        self._unwind(0)

    def _unwind(self, keep):
        # stop the clock, then close activations down to `keep` entries;
        # the 'profiler' pseudo-function at the bottom is never counted
        now = self.get_time()
        if self.stack:
            self.stack[-1].own += now - self.t - self.bias
        while len(self.stack) > keep:
            if len(self.stack) == 1 and \
                    self.stack[0].key == ('profile', 0, 'profiler'):
                self.stack.pop()
                self.active.pop(('profile', 0, 'profiler'), None)
                break
            self._pop()
        self.t = self.get_time()

    # --- results ----------------------------------------------------------

    def snapshot_stats(self):
        self.stats = {}
        for key, (cc, nc, tt, ct, callers) in self.timings.items():
            self.stats[key] = (cc, nc, tt, ct, callers.copy())
        if ('profile', 0, 'profiler') not in self.stats:
            self.stats[('profile', 0, 'profiler')] = (0, 0, 0.0, 0.0, {})

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        f = open(file, 'wb')
        try:
            self.create_stats()
            marshal.dump(self.stats, f)
        finally:
            f.close()

    # --- running code -----------------------------------------------------

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec cmd in globals, locals
        finally:
            sys.setprofile(None)
            self._unwind(1)
        return self

    def runcall(self, func, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)
            self._unwind(1)

    def set_cmd(self, cmd):
        if len(self.stack) > 1:
            return      # already inside a simulated command
        if not self.stack:
            self.simulate_call('profiler')
        self.cmd = cmd
        self.simulate_call(cmd)

    # --- bias calibration ------------------------------------------------

    def calibrate(self, m, verbose=0):
        """Estimate the per-event overhead of this profiler (see bias)."""
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved = self.bias
        self.bias = 0
        try:
            return self._measure_bias(m, verbose)
        finally:
            self.bias = saved

    def _measure_bias(self, m, verbose):
        get_time = self.get_time

        def inner(n):
            for i in range(n):
                pass

        def outer(m, f=inner):
            for i in range(m):
                f(100)

        outer(m)                       # warm up
        t0 = get_time()
        outer(m)
        plain = get_time() - t0
        if verbose:
            print "elapsed time without profiling =", plain
        prof = Profile()
        t0 = get_time()
        prof.runctx('outer(m)', globals(), locals())
        profiled = get_time() - t0
        if verbose:
            print "elapsed time with profiling =", profiled
        # each call to inner/outer/range costs two events
        events = 2.0 * (2 * m + 1)
        return (profiled - plain) / events


def main():
    usage = "profile.py [-o output_file_path] [-s sort] scriptfile [arg] ..."
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
