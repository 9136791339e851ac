"""Measure the execution time of small code snippets.

As a library:

    t = Timer("x = sorted(data)", "data = range(100)")
    print t.timeit(10000)          # seconds for 10000 runs
    print min(t.repeat(3, 10000))

From the command line:

    python timeit.py [-n N] [-r N] [-s S] [-t] [-c] [-v] [-h] [statement ...]

Options:
  -n/--number N: how many times to execute 'statement' (default: so that
                 the total time is at least 0.2 seconds)
  -r/--repeat N: how many times to repeat the timer (default 3)
  -s/--setup S:  statement executed once before timing (default 'pass')
  -t/--time:     use time.time()
  -c/--clock:    use time.clock()
  -v/--verbose:  print raw timing results; repeat for more digits
  -h/--help:     print this message and exit
Several statement arguments (or several -s options) are joined by
newlines, so multi-line code can be given one line per argument.
"""

import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 3

if getattr(sys, "platform", "") == "win32":
    default_timer = time.clock
else:
    default_timer = time.time


def _indent(src, prefix):
    # Indent every line after the first (the first is placed by the
    # template itself).
    return src.replace("\n", "\n" + prefix)

def _check_syntax(src, what):
    # Compile alone first so a syntax error points at the user's code
    # rather than at the generated function.
    compile(src, dummy_src_name, "exec")

_TEMPLATE = """\
def inner(_it, _timer%(extra)s):
    %(setup)s
    _t0 = _timer()
    for _i in _it:
        %(stmt)s
    _t1 = _timer()
    return _t1 - _t0
"""


class Timer:
    """Times stmt after running setup once. Both are strings holding
    Python statements (several lines allowed) or, for convenience,
    callables taking no arguments. timer is the clock function."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer):
        self.timer = timer
        ns = {}
        extra = ""
        if isinstance(setup, basestring):
            _check_syntax(setup, "setup")
            setup_src = _indent(setup, " " * 4)
        elif callable(setup):
            ns["_setup"] = setup
            extra = extra + ", _setup=_setup"
            setup_src = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, basestring):
            _check_syntax(stmt, "stmt")
            stmt_src = _indent(stmt, " " * 8)
        elif callable(stmt):
            ns["_stmt"] = stmt
            extra = extra + ", _stmt=_stmt"
            stmt_src = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE % {'stmt': stmt_src, 'setup': setup_src,
                           'extra': extra}
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec code in globals(), ns
        self.inner = ns["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, showing the lines of
        the timed source where they appear in it."""
        import traceback
        lines = self.src.split("\n")
        ty, val, tb = sys.exc_info()
        entries = traceback.extract_tb(tb)
        out = []
        for filename, lineno, name, line in entries:
            if filename == dummy_src_name and 0 < lineno <= len(lines):
                line = lines[lineno - 1].strip()
            out.append((filename, lineno, name, line))
        if file is None:
            file = sys.stderr
        file.write("Traceback (most recent call last):\n")
        file.write("".join(traceback.format_list(out)))
        file.write("".join(traceback.format_exception_only(ty, val)))

    def timeit(self, number=default_number):
        """Seconds taken to run stmt number times (the garbage collector
        is off meanwhile, where it can be controlled)."""
        it = itertools.repeat(None, number)
        try:
            import gc
        except ImportError:
            gc = None
        was_on = gc is not None and gc.isenabled()
        if was_on:
            gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number). Take the min():
        higher values come from other activity, not from the code."""
        results = []
        for i in range(repeat):
            results.append(self.timeit(number))
        return results


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number):
    """Timer(stmt, setup, timer).timeit(number)"""
    return Timer(stmt, setup, timer).timeit(number)

def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number):
    """Timer(stmt, setup, timer).repeat(repeat, number)"""
    return Timer(stmt, setup, timer).repeat(repeat, number)


def main(args=None):
    """The command-line interface (args defaults to sys.argv[1:]).
    Returns 0, or 1 after printing an exception of the timed code, or 2
    on a usage error."""
    if args is None:
        args = sys.argv[1:]
    import getopt
    try:
        opts, args = getopt.getopt(args, "n:s:r:tcvh",
                                   ["number=", "setup=", "repeat=",
                                    "time", "clock", "verbose", "help"])
    except getopt.error, err:
        print err
        print "use -h/--help for command line help"
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    nrepeat = default_repeat
    verbose = 0
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        elif o in ("-s", "--setup"):
            setup.append(a)
        elif o in ("-r", "--repeat"):
            nrepeat = int(a)
            if nrepeat <= 0:
                nrepeat = 1
        elif o in ("-t", "--time"):
            timer = time.time
        elif o in ("-c", "--clock"):
            timer = time.clock
        elif o in ("-v", "--verbose"):
            if verbose:
                precision = precision + 1
            verbose = verbose + 1
        elif o in ("-h", "--help"):
            print __doc__,
            return 0
    setup = "\n".join(setup) or "pass"
    # Let "python timeit.py" time modules next to the current directory.
    if "" not in sys.path:
        sys.path.insert(0, "")
    t = Timer(stmt, setup, timer)
    if number == 0:
        # Grow the loop count by 10 until one run takes at least 0.2s.
        for i in range(1, 10):
            number = 10 ** i
            try:
                x = t.timeit(number)
            except:
                t.print_exc()
                return 1
            if verbose:
                print "%d loops -> %.*g secs" % (number, precision, x)
            if x >= 0.2:
                break
    try:
        r = t.repeat(nrepeat, number)
    except:
        t.print_exc()
        return 1
    best = min(r)
    if verbose:
        print "raw times:", " ".join(["%.*g" % (precision, x) for x in r])
    print "%d loops," % number,
    usec = best * 1e6 / number
    if usec < 1000:
        print "best of %d: %.*g usec per loop" % (nrepeat, precision, usec)
    else:
        msec = usec / 1000
        if msec < 1000:
            print "best of %d: %.*g msec per loop" % (nrepeat, precision,
                                                      msec)
        else:
            print "best of %d: %.*g sec per loop" % (nrepeat, precision,
                                                     msec / 1000)
    return None

if __name__ == "__main__":
    sys.exit(main())
