"""CPU, time, recursion and C-stack limits of sandboxes, and the crashers.

A budget, once spent, cannot be caught and ignored; deep recursion in C
becomes RuntimeError; the programs of Lib/test/crashers/ end in an
exception inside a sandbox, never in a signal; and the host carries on
and can create the next sandbox."""

import os
import time
import unittest
import StringIO
from test import test_support

import interpreter
from interpreter import Interpreter, SandboxError, CPULimitError, TimeLimitError

HERE = os.path.dirname(os.path.abspath(__file__))
CRASHERS = os.path.join(HERE, 'crashers')

# How long past its budget a sandbox may run before it is stopped.
MARGIN = 0.5


class CPU(unittest.TestCase):

    def run_limited(self, source, clock=time.time, **limits):
        sb = Interpreter(**limits)
        start = clock()
        try:
            try:
                sb.execute(source)
            except SandboxError, e:
                return e, clock() - start
            return None, clock() - start
        finally:
            sb.close()

    def check_cpu(self, source, budget=0.3):
        # Measured in this process's CPU time (time.clock), not wall
        # time: on a loaded machine the wall clock says little about
        # how much the sandbox was allowed to run.
        e, took = self.run_limited(source, clock=time.clock, cpu_limit=budget)
        self.failUnless(isinstance(e, CPULimitError), (source, e))
        self.failUnless(took < budget + MARGIN, (source, took))

    def test_python_loop(self):
        self.check_cpu("while 1:\n    pass\n")

    def test_except_cannot_swallow(self):
        self.check_cpu("while 1:\n    try:\n        while 1: pass\n    except:\n        pass\n")

    def test_finally_cannot_resume(self):
        # break in a finally clause would swallow the exception.
        self.check_cpu("while 1:\n    while 1:\n        try:\n            while 1: pass\n"
                       "        finally:\n            break\n")

    def test_base_exception_handler(self):
        self.check_cpu("while 1:\n    try:\n        while 1: pass\n"
                       "    except BaseException:\n        pass\n")

    def test_generator_close_handler(self):
        self.check_cpu("def g():\n    while 1:\n        try:\n            yield 1\n"
                       "        except:\n            pass\nfor x in g(): pass\n")

    def test_c_builtin_repeat_and_join(self):
        self.check_cpu("while 1:\n    s = ','.join(['ab'] * 100000)\n")

    def test_long_arithmetic(self):
        self.check_cpu("x = 3 ** 200000\nwhile 1:\n    y = x * x\n", budget=0.5)

    def test_sort(self):
        self.check_cpu("l = range(300000)\nwhile 1:\n    l.sort(key=lambda x: -x)\n", budget=0.5)

    # Loops that run in C over an iterator, never entering the eval loop:
    # the iterators and PyIter_Next charge the budget themselves.
    def test_sum_of_huge_xrange(self):
        self.check_cpu("print sum(xrange(10 ** 12))\n")

    def test_any_of_infinite_repeat(self):
        self.check_cpu("import itertools\nany(itertools.repeat(0))\n")

    def test_max_of_infinite_count(self):
        self.check_cpu("import itertools\nmax(itertools.count())\n")

    def test_contains_on_infinite_cycle(self):
        self.check_cpu("import itertools\n5 in itertools.cycle([1, 2])\n")

    def test_ifilter_skipping_forever(self):
        self.check_cpu("import itertools\nitertools.ifilter(None, itertools.repeat(0)).next()\n")

    def test_callable_iterator_of_builtin(self):
        self.check_cpu("any(iter(int, 1))\n")

    def test_reduce_over_huge_xrange(self):
        self.check_cpu("import operator\nreduce(operator.add, xrange(10 ** 12))\n")

    def test_time_limit(self):
        e, took = self.run_limited("while 1: pass\n", time_limit=0.3)
        self.failUnless(isinstance(e, TimeLimitError), e)
        self.failUnless(took < 0.3 + MARGIN + 1.0, took)

    def test_finalizer_loop_cannot_hold_teardown(self):
        # Teardown runs the sandbox's finalizers under the sandbox's own
        # limits (a fresh allowance of at most a second each).
        sb = Interpreter(cpu_limit=0.3, time_limit=5)
        sb.execute("class A:\n    def __del__(self):\n        while 1: pass\n"
                   "a = A()\n")
        start = time.time()
        sb.close()
        self.failUnless(time.time() - start < 1.0 + MARGIN + 1.0)

    def test_budget_is_per_sandbox(self):
        sb = Interpreter(cpu_limit=0.3)
        try:
            self.assertRaises(CPULimitError, sb.execute, "while 1: pass\n")
            # Spent is spent: the next run stops at once.
            self.assertRaises(CPULimitError, sb.execute, "while 1: pass\n")
        finally:
            sb.close()

    def test_host_goes_on(self):
        self.check_cpu("while 1: pass\n")
        sb = Interpreter()
        sb.execute("x = sum(range(10))")
        self.assertEqual(sb.get('x'), 45)
        sb.close()


class Recursion(unittest.TestCase):

    def check_runtime_error(self, source, limit=200):
        sb = Interpreter(recursion_limit=limit)
        try:
            try:
                sb.execute(source)
            except SandboxError, e:
                self.assertEqual(e.type_name, 'RuntimeError', (source, e.type_name, e.message))
            else:
                self.fail("no RuntimeError: %s" % source)
        finally:
            sb.close()

    def test_python_recursion(self):
        self.check_runtime_error("def f(): f()\nf()\n")

    def test_limit_holds_after_host_code_ran(self):
        # Python calls run in their caller's loop and check the limit
        # mirrored for the running interpreter: host code run through an
        # exposed function must not leave the host's limit in force.
        def host_work():
            def f(n):
                return n and f(n - 1)
            f(10)
            return 1
        sb = Interpreter(recursion_limit=50)
        try:
            sb.expose('host_work', host_work)
            sb.execute("def down(n):\n"
                       "    if n == 0: return 0\n"
                       "    return down(n - 1) + 1\n"
                       "host_work()\n"
                       "try:\n"
                       "    down(200)\n"
                       "    result = 'no limit'\n"
                       "except RuntimeError, e:\n"
                       "    result = str(e)\n")
            self.assertEqual(sb.get('result'), 'maximum recursion depth exceeded')
        finally:
            sb.close()

    def test_limit_cannot_be_raised(self):
        sb = Interpreter(recursion_limit=100)
        try:
            self.assertRaises(SandboxError, sb.execute,
                              "import sys\nsys.setrecursionlimit(100000)\n")
        finally:
            sb.close()

    def test_nested_repr(self):
        self.check_runtime_error("l = []\nfor i in xrange(100000): l = [l]\nrepr(l)\n")

    def test_nested_compare(self):
        self.check_runtime_error("a = b = ()\nfor i in xrange(100000):\n"
                                 "    a = (a,)\n    b = (b,)\na == b\n")

    def test_getattr_recursion(self):
        self.check_runtime_error("class A(object):\n    def __getattr__(self, n):\n"
                                 "        return getattr(self, n + 'x')\nA().y\n")

    def test_eq_recursion(self):
        self.check_runtime_error("class E(object):\n    def __eq__(self, o):\n"
                                 "        return self == o\nE() == E()\n")

    def test_nested_generators(self):
        self.check_runtime_error("g = iter([1])\nfor i in xrange(100000):\n"
                                 "    g = (x for x in g)\nlist(g)\n")

    def test_deep_source(self):
        sb = Interpreter()
        try:
            try:
                sb.execute("x = " + "(" * 100000 + "1" + ")" * 100000)
            except SandboxError, e:
                self.failUnless(e.type_name in ('SyntaxError', 'RuntimeError', 'MemoryError'),
                                e.type_name)
            else:
                self.fail("no error for deeply nested source")
        finally:
            sb.close()


class Crashers(unittest.TestCase):
    pass


def make_crasher_test(name):
    def test(self):
        f = open(os.path.join(CRASHERS, name))
        source = f.read()
        f.close()
        out = StringIO.StringIO()
        sb = Interpreter(memory_limit=64 << 20, cpu_limit=10, recursion_limit=500,
                         stdout=out, stderr=out)
        try:
            try:
                sb.execute(source, name)
            except SandboxError:
                pass    # an exception is a fine way to end
        finally:
            sb.close()
    test.__name__ = 'test_' + name[:-3]
    return test

for _name in sorted(os.listdir(CRASHERS)):
    if _name.endswith('.py'):
        setattr(Crashers, 'test_' + _name[:-3], make_crasher_test(_name))


def test_main():
    test_support.run_unittest(CPU, Recursion, Crashers)


if __name__ == '__main__':
    test_main()
