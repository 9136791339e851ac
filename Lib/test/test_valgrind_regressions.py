"""Regression tests for bugs found by running the suite under valgrind
memcheck and by memory-limit fault injection (a sandbox given a limit
that runs out at successive allocation sites of a small program).

Each case here once misbehaved under an error path that normal runs
never reach: the test drives the interpreter down that path and checks
that it comes back with the right Python exception."""

import unittest
import StringIO
from test import test_support

import interpreter
from interpreter import Interpreter, SandboxError

SOURCE = ("x = [i * 2 for i in range(30)]\n"
          "d = dict((str(i), i) for i in range(20))\n"
          "def f(a, b=1, *c, **k):\n"
          "    return a + b\n"
          "y = f(1) + len(x) + len(d)\n")


def run_with_limit(limit, source):
    """Outcome of running source in a sandbox with the given memory
    limit: None if the sandbox could not even be made, 'ok', or the
    SandboxError raised."""
    out = StringIO.StringIO()
    try:
        sb = Interpreter(memory_limit=limit, stdout=out, stderr=out)
    except (MemoryError, RuntimeError):
        return None
    try:
        try:
            sb.execute(source)
        except SandboxError, e:
            return e
        return 'ok'
    finally:
        sb.close()


def smallest_workable_limit():
    """The smallest limit under which a sandbox can be created (found by
    bisection, so it holds for pymalloc and malloc-only builds alike)."""
    lo, hi = 1024, 1 << 22
    while run_with_limit(hi, "pass") is None:
        hi *= 2
    while hi - lo > 8:
        mid = (lo + hi) // 2
        if run_with_limit(mid, "pass") is None:
            lo = mid
        else:
            hi = mid
    return hi


class OutOfMemoryPaths(unittest.TestCase):

    def test_parser_arena_failure_sets_memory_error(self):
        # PyArena_AddPyObject used to fail without setting an exception
        # when growing its object list hit the limit: the parse then
        # ended as SystemError("error return without exception set").
        limit = smallest_workable_limit()
        passes = 0
        tried = 0
        while passes < 20 and tried < 20000:
            r = run_with_limit(limit, SOURCE)
            tried += 1
            limit += 8
            if r == 'ok':
                passes += 1
            elif r is not None:
                self.assertNotEqual(r.type_name, 'SystemError',
                                    "limit %d: %s: %s" % (limit, r.type_name, r.message))
        self.failUnless(passes > 0, "the program never ran")


def test_main():
    test_support.run_unittest(OutOfMemoryPaths)


if __name__ == '__main__':
    test_main()
