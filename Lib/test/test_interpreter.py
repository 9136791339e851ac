"""Tests for the interpreter module: creating sandboxes, running code in
them, moving values in and out, exposing host functions, limits and
teardown."""

import unittest
import StringIO
from test import test_support

import interpreter
from interpreter import Interpreter, SandboxError, TimeLimitError
import time


class Basics(unittest.TestCase):

    def setUp(self):
        self.out = StringIO.StringIO()
        self.sb = Interpreter(stdout=self.out, stderr=self.out)

    def tearDown(self):
        self.sb.close()

    def test_execute_and_get(self):
        self.sb.execute("x = 6 * 7")
        self.assertEqual(self.sb.get('x'), 42)

    def test_eval_returns_copies(self):
        self.assertEqual(self.sb.eval("(1, 2L, 3.5, 'a', u'b', None, True)"),
                         (1, 2L, 3.5, 'a', u'b', None, True))
        self.assertEqual(self.sb.eval("2 ** 100"), 2 ** 100)
        self.assertEqual(self.sb.eval("1j"), 1j)

    def test_eval_refuses_mutable_results(self):
        self.assertRaises(TypeError, self.sb.eval, "[1, 2]")
        self.assertRaises(TypeError, self.sb.eval, "{}")

    def test_set_copies_in(self):
        self.sb.set('n', 10)
        self.sb.set('t', (1, ('nested', 2.5)))
        self.assertEqual(self.sb.eval("n * 2"), 20)
        self.assertEqual(self.sb.eval("t[1][0]"), 'nested')
        self.assertRaises(TypeError, self.sb.set, 'l', [1])
        self.assertRaises(TypeError, self.sb.set, 'o', object())

    def test_print_goes_to_given_stream(self):
        self.sb.execute("print 'hello', 1 + 1")
        self.assertEqual(self.out.getvalue(), 'hello 2\n')

    def test_uncaught_exception(self):
        try:
            self.sb.execute("def f():\n    1 / 0\nf()\n")
        except SandboxError, e:
            self.assertEqual(e.type_name, 'ZeroDivisionError')
            self.assertEqual(e.message, 'integer division or modulo by zero')
            self.failUnless('line 2, in f' in e.traceback, e.traceback)
        else:
            self.fail("no SandboxError")

    def test_sandbox_survives_errors(self):
        self.assertRaises(SandboxError, self.sb.execute, "raise KeyError('k')")
        self.sb.execute("y = 1")
        self.assertEqual(self.sb.get('y'), 1)

    def test_exit_ends_the_sandbox(self):
        try:
            self.sb.execute("import sys\nsys.exit(3)")
        except interpreter.SandboxExit, e:
            self.assertEqual(e.code, 3)
        else:
            self.fail("no SandboxExit")
        self.assertRaises(SandboxError, self.sb.execute, "pass")

    def test_expose(self):
        calls = []
        def host_add(a, b):
            calls.append((a, b))
            return a + b
        self.sb.expose('add', host_add)
        self.assertEqual(self.sb.eval("add(2, 3)"), 5)
        self.assertEqual(calls, [(2, 3)])

    def test_exposed_function_is_opaque(self):
        def secret():
            return 1
        self.sb.expose('f', secret)
        for attr in ('func_globals', 'func_code', 'func_closure', '__self__',
                     'im_func', '__dict__'):
            self.assertRaises(SandboxError, self.sb.execute, "f.%s" % attr)

    def test_exposed_function_errors_are_surrogates(self):
        def bad(x):
            raise ValueError("bad value %r" % (x,))
        self.sb.expose('bad', bad)
        self.sb.execute("try:\n    bad(1)\nexcept ValueError, e:\n    msg = str(e)\n")
        self.assertEqual(self.sb.get('msg'), 'bad value 1')

    def test_exposed_function_gets_copies(self):
        seen = []
        self.sb.expose('take', lambda x: seen.append(x))
        self.assertRaises(SandboxError, self.sb.execute, "take([1, 2])")
        self.assertEqual(seen, [])

    def test_memory_figures(self):
        used = self.sb.memory_used
        self.failUnless(used > 0)
        self.sb.execute("big = 'x' * (1 << 20)")
        self.failUnless(self.sb.memory_used >= used + (1 << 20))
        self.failUnless(self.sb.memory_peak >= self.sb.memory_used)
        self.sb.execute("del big")
        self.failUnless(self.sb.memory_used < used + (1 << 20))


class Isolation(unittest.TestCase):

    def test_builtins_are_private(self):
        a = Interpreter()
        b = Interpreter()
        try:
            a.execute("import __builtin__\n__builtin__.len = None\n"
                      "del __builtin__.abs\n__builtin__.planted = 1\n")
            self.assertEqual(b.eval("len('abc')"), 3)
            self.assertEqual(b.eval("abs(-2)"), 2)
            self.assertEqual(b.eval("'planted' in dir(__builtins__)"), False)
            c = Interpreter()
            try:
                self.assertEqual(c.eval("len('abc') + abs(-1)"), 4)
            finally:
                c.close()
        finally:
            a.close()
            b.close()

    def test_shared_builtin_functions_are_immutable(self):
        a = Interpreter()
        try:
            for stmt in ("len.x = 1", "len.__name__ = 'y'", "len.__dict__",
                         "type(len).x = 1", "int.x = 1"):
                self.assertRaises(SandboxError, a.execute, stmt)
        finally:
            a.close()

    def test_modules_are_private(self):
        a = Interpreter()
        b = Interpreter()
        try:
            a.execute("import UserDict\nUserDict.planted = 1\n"
                      "import sys\nsys.planted = 1\n")
            self.assertEqual(b.eval("hasattr(__import__('UserDict'), 'planted')"), False)
            self.assertEqual(b.eval("hasattr(__import__('sys'), 'planted')"), False)
        finally:
            a.close()
            b.close()


class Limits(unittest.TestCase):

    def test_memory_limit(self):
        sb = Interpreter(memory_limit=8 << 20)
        try:
            self.assertRaises(interpreter.MemoryLimitError, sb.execute,
                              "s = 'x' * (64 << 20)")
            # Caught inside, the sandbox goes on.
            sb.execute("try:\n    s = 'x' * (64 << 20)\nexcept MemoryError:\n    ok = 1\n")
            self.assertEqual(sb.get('ok'), 1)
        finally:
            sb.close()

    def test_faked_memory_error_is_not_the_limit(self):
        sb = Interpreter()
        try:
            try:
                sb.execute("raise MemoryError('fake')")
            except interpreter.MemoryLimitError:
                self.fail("a raised MemoryError was taken for the limit")
            except SandboxError, e:
                self.assertEqual(e.type_name, 'MemoryError')
        finally:
            sb.close()

    def test_cpu_limit_cannot_be_caught(self):
        sb = Interpreter(cpu_limit=0.2)
        try:
            self.assertRaises(interpreter.CPULimitError, sb.execute,
                "while 1:\n    try:\n        pass\n    except:\n        pass\n")
        finally:
            sb.close()

    def test_time_limit(self):
        sb = Interpreter(time_limit=0.2)
        try:
            self.assertRaises(interpreter.TimeLimitError, sb.execute,
                              "while 1:\n    pass\n")
        finally:
            sb.close()

    def test_recursion_limit(self):
        sb = Interpreter(recursion_limit=50)
        try:
            sb.execute("def f(n):\n    return f(n + 1)\n"
                       "try:\n    f(0)\nexcept RuntimeError, e:\n    msg = str(e)\n")
            self.failUnless(sb.get('msg').startswith('maximum recursion depth exceeded'))
            sb.execute("import sys\nlimit = sys.getrecursionlimit()")
            self.assertEqual(sb.get('limit'), 50)
        finally:
            sb.close()


class HostCalls(unittest.TestCase):
    # What the host does to a sandbox from outside: its code that runs as
    # a consequence runs in the sandbox, under its limits, and copies keep
    # their size.

    def test_shared_tuples_are_copied_once(self):
        sb = Interpreter(memory_limit=16 << 20)
        try:
            sb.execute("t = ()\nfor i in range(60): t = (t, t)\n")
            start = time.time()
            t = sb.get('t')
            self.failUnless(time.time() - start < 5)
            self.failUnless(t[0] is t[1])
            e = sb.eval("t")
            self.failUnless(e[1][0] is e[1][1])
        finally:
            sb.close()

    def test_get_runs_key_eq_in_the_sandbox(self):
        sb = Interpreter(cpu_limit=0.5)
        try:
            sb.execute("armed = []\n"
                       "class K(object):\n"
                       "    def __hash__(self): return hash('probe')\n"
                       "    def __eq__(self, o):\n"
                       "        while armed: pass\n"
                       "        return False\n"
                       "probe = 5\nglobals()[K()] = 1\narmed.append(1)\n")
            start = time.time()
            try:
                sb.get('probe')
            except Exception:
                pass
            self.failUnless(time.time() - start < 5)
        finally:
            sb.close()

    def test_close_from_inside_a_run(self):
        sb = Interpreter()
        def quit():
            sb.close()
        sb.expose('quit', quit)
        try:
            self.assertRaises(SandboxError, sb.execute, "quit()\n")
            sb.execute("x = 1")     # still usable
            self.assertEqual(sb.get('x'), 1)
        finally:
            sb.close()

    def test_reentry_keeps_the_outer_deadline(self):
        sb = Interpreter(time_limit=1.0)
        def helper(code):
            return sb.eval(code)
        sb.expose('helper', helper)
        start = time.time()
        try:
            self.assertRaises(TimeLimitError, sb.execute,
                              "while 1:\n    helper('1')\n")
        finally:
            sb.close()
        self.failUnless(time.time() - start < 10)


class Teardown(unittest.TestCase):

    def test_closed_interpreter(self):
        sb = Interpreter()
        sb.close()
        self.failUnless(sb.closed)
        self.assertRaises(SandboxError, sb.execute, "pass")
        sb.close()      # closing twice is harmless

    def test_many_sandboxes(self):
        for i in range(200):
            sb = Interpreter()
            sb.execute("x = [str(i) for i in range(100)]")
            sb.close()

    def test_bad_arguments(self):
        self.assertRaises(TypeError, Interpreter, allow_import='math')
        self.assertRaises(TypeError, Interpreter, allow_read=[1])
        self.assertRaises(ValueError, Interpreter, memory_limit=-1)
        self.assertRaises(ValueError, Interpreter, cpu_limit=0)
        self.assertRaises(TypeError, Interpreter, no_such_option=1)


def test_main():
    test_support.run_unittest(Basics, Isolation, Limits, HostCalls, Teardown)


if __name__ == '__main__':
    test_main()
