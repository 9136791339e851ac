import unittest
import sys
import StringIO
from test import test_support

import code


class Recorder(code.InteractiveConsole):
    # Feeds lines from a list and records what is written as errors.

    def __init__(self, lines, locals=None):
        code.InteractiveConsole.__init__(self, locals)
        self.lines = list(lines)
        self.errors = []
        self.prompts = []

    def raw_input(self, prompt=""):
        self.prompts.append(prompt)
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

    def write(self, data):
        self.errors.append(data)


class InterpreterTest(unittest.TestCase):

    def setUp(self):
        self.saved_stdout = sys.stdout
        sys.stdout = self.out = StringIO.StringIO()

    def tearDown(self):
        sys.stdout = self.saved_stdout

    def test_runsource(self):
        ii = code.InteractiveInterpreter()
        self.assertEqual(ii.locals["__name__"], "__console__")
        self.assertEqual(ii.runsource("x = 5"), False)
        self.assertEqual(ii.locals["x"], 5)
        self.assertEqual(ii.runsource("if x:"), True)
        self.assertEqual(ii.runsource("if x:\n  y = x * 2\n"), False)
        self.assertEqual(ii.locals["y"], 10)
        ii.runsource("y")
        self.assertEqual(self.out.getvalue(), "10\n")

    def test_locals(self):
        ns = {}
        ii = code.InteractiveInterpreter(ns)
        ii.runsource("z = 1")
        self.assertEqual(ns["z"], 1)

    def test_syntax_error(self):
        written = []
        ii = code.InteractiveInterpreter()
        ii.write = written.append
        self.assertEqual(ii.runsource("a b", "myfile"), False)
        text = "".join(written)
        self.assert_(text.endswith("SyntaxError: invalid syntax\n"), text)
        self.assert_('File "myfile", line 1' in text, text)
        self.assert_(sys.last_type is SyntaxError)

    def test_traceback(self):
        written = []
        ii = code.InteractiveInterpreter()
        ii.write = written.append
        ii.runsource("def f():\n  raise KeyError('k')\n")
        ii.runsource("f()")
        text = "".join(written)
        self.assert_(text.startswith("Traceback (most recent call last):\n"))
        self.assert_('File "<input>", line 1, in <module>' in text)
        self.assert_('line 2, in f' in text)
        self.assert_("runcode" not in text)
        self.assert_(text.endswith("KeyError: 'k'\n"))
        self.assert_(sys.last_type is KeyError)

    def test_system_exit_propagates(self):
        ii = code.InteractiveInterpreter()
        self.assertRaises(SystemExit, ii.runsource, "raise SystemExit(3)")

    def test_softspace(self):
        ii = code.InteractiveInterpreter()
        ii.runsource("print 'a',")
        self.assertEqual(self.out.getvalue(), "a\n")


class ConsoleTest(unittest.TestCase):

    def setUp(self):
        self.saved_stdout = sys.stdout
        sys.stdout = self.out = StringIO.StringIO()

    def tearDown(self):
        sys.stdout = self.saved_stdout

    def test_push(self):
        c = code.InteractiveConsole()
        self.assertEqual(c.push("for i in range(3):"), True)
        self.assertEqual(c.push("    print i,"), True)
        self.assertEqual(c.push(""), False)
        self.assertEqual(self.out.getvalue(), "0 1 2\n")
        self.assertEqual(c.buffer, [])

    def test_interact(self):
        c = Recorder(["x = 2", "if x:", "  print x * 21", "", "1/0"])
        c.interact("banner!")
        self.assertEqual(self.out.getvalue(), "42\n")
        self.assertEqual(c.prompts, [">>> ", ">>> ", "... ", "... ",
                                     ">>> ", ">>> "])
        errors = "".join(c.errors)
        self.assert_(errors.startswith("banner!\n"))
        self.assert_("ZeroDivisionError" in errors)
        self.assert_('File "<console>", line 1' in errors)
        self.assert_(errors.endswith("\n"))

    def test_default_banner(self):
        c = Recorder([])
        c.interact()
        self.assert_(c.errors[0].startswith("Python "))
        self.assert_("(Recorder)" in c.errors[0])

    def test_resetbuffer(self):
        c = code.InteractiveConsole()
        c.push("if 1:")
        c.resetbuffer()
        self.assertEqual(c.push("q = 3"), False)
        self.assertEqual(c.locals["q"], 3)

    def test_interact_function(self):
        lines = ["v = 7", "print v"]
        def read(prompt):
            if not lines:
                raise EOFError
            return lines.pop(0)
        saved = sys.stderr
        sys.stderr = StringIO.StringIO()
        try:
            ns = {}
            code.interact("", read, ns)
        finally:
            sys.stderr = saved
        self.assertEqual(ns["v"], 7)
        self.assertEqual(self.out.getvalue(), "7\n")


def test_main():
    test_support.run_unittest(InterpreterTest, ConsoleTest)

if __name__ == "__main__":
    test_main()
