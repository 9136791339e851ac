import unittest
import sys
import StringIO
from test import test_support

import timeit


class FakeTimer:
    # Each call advances by one second, so a timing is predictable.
    def __init__(self):
        self.now = 0.0
        self.calls = 0
    def __call__(self):
        self.calls = self.calls + 1
        self.now = self.now + 1.0
        return self.now


class TimerTest(unittest.TestCase):

    def test_runs_stmt_number_times(self):
        timeit.counter = []
        try:
            t = timeit.Timer("import timeit; timeit.counter.append(1)")
            t.timeit(7)
            self.assertEqual(len(timeit.counter), 7)
        finally:
            del timeit.counter

    def test_setup_runs_once_and_shares_namespace(self):
        t = timeit.Timer("x.append(len(x))", "x = []")
        # The result only depends on the (fake) clock.
        ft = FakeTimer()
        t = timeit.Timer("x.append(len(x))", "x = []", ft)
        self.assertEqual(t.timeit(5), 1.0)
        self.assertEqual(ft.calls, 2)

    def test_repeat(self):
        ft = FakeTimer()
        t = timeit.Timer("pass", timer=ft)
        self.assertEqual(t.repeat(4, 10), [1.0, 1.0, 1.0, 1.0])

    def test_multiline(self):
        t = timeit.Timer("for i in range(3):\n    y = i\nz = y", "y = 0")
        self.assert_(t.timeit(3) >= 0.0)

    def test_callables(self):
        calls = []
        t = timeit.Timer(lambda: calls.append("s"),
                         lambda: calls.append("setup"))
        t.timeit(3)
        self.assertEqual(calls, ["setup", "s", "s", "s"])

    def test_errors(self):
        self.assertRaises(SyntaxError, timeit.Timer, "1 +")
        self.assertRaises(SyntaxError, timeit.Timer, "pass", "if")
        self.assertRaises(ValueError, timeit.Timer, 42)
        t = timeit.Timer("1/0")
        self.assertRaises(ZeroDivisionError, t.timeit, 1)

    def test_print_exc(self):
        t = timeit.Timer("y = 1\n1/0")
        out = StringIO.StringIO()
        try:
            t.timeit(1)
        except ZeroDivisionError:
            t.print_exc(out)
        text = out.getvalue()
        self.assert_(text.startswith("Traceback (most recent call last):"))
        self.assert_("1/0" in text)
        self.assert_(text.endswith("ZeroDivisionError: integer division or"
                                   " modulo by zero\n"))

    def test_module_functions(self):
        ft = FakeTimer()
        self.assertEqual(timeit.timeit("pass", timer=ft, number=3), 1.0)
        self.assertEqual(timeit.repeat("pass", timer=ft, repeat=2,
                                       number=3), [1.0, 1.0])

    def test_default_timer(self):
        self.assert_(callable(timeit.default_timer))


class MainTest(unittest.TestCase):

    def run_main(self, args):
        saved = sys.stdout
        sys.stdout = out = StringIO.StringIO()
        try:
            rv = timeit.main(args)
        finally:
            sys.stdout = saved
        return rv, out.getvalue()

    def test_basic(self):
        rv, out = self.run_main(["-n", "10", "-r", "2", "-s", "a = 1",
                                 "b = a"])
        self.assertEqual(rv, None)
        self.assert_(out.startswith("10 loops, best of 2: "), out)
        self.assert_(out.rstrip().endswith("per loop"))

    def test_verbose(self):
        rv, out = self.run_main(["-v", "-n", "5", "-r", "1", "pass"])
        self.assert_(out.startswith("raw times: "), out)

    def test_help(self):
        rv, out = self.run_main(["-h"])
        self.assertEqual(rv, 0)
        self.assert_("--number" in out)

    def test_bad_option(self):
        rv, out = self.run_main(["--bogus"])
        self.assertEqual(rv, 2)

    def test_error_in_statement(self):
        saved = sys.stderr
        sys.stderr = err = StringIO.StringIO()
        try:
            rv, out = self.run_main(["-n", "1", "1/0"])
        finally:
            sys.stderr = saved
        self.assertEqual(rv, 1)
        self.assert_("ZeroDivisionError" in err.getvalue())


def test_main():
    test_support.run_unittest(TimerTest, MainTest)

if __name__ == "__main__":
    test_main()
