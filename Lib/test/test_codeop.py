import unittest
from test import test_support

from codeop import compile_command, CommandCompiler, Compile


class CodeopTest(unittest.TestCase):

    def assertComplete(self, source, symbol="single"):
        code = compile_command(source, "<input>", symbol)
        self.assert_(code is not None, "%r should be complete" % source)
        self.assertEqual(type(code).__name__, "code")
        return code

    def assertIncomplete(self, source, symbol="single"):
        self.assertEqual(compile_command(source, "<input>", symbol), None,
                         "%r should be incomplete" % source)

    def assertInvalid(self, source, symbol="single"):
        self.assertRaises(SyntaxError, compile_command, source, "<input>",
                          symbol)

    def test_complete(self):
        self.assertComplete("x = 1")
        self.assertComplete("print 1")
        self.assertComplete("")
        self.assertComplete("# just a comment")
        self.assertComplete("if 1:\n  pass\n")
        self.assertComplete("def f():\n  return 1\n")
        self.assertComplete("x = (1,\n 2)")
        self.assertComplete("1 + 2", "eval")

    def test_incomplete(self):
        self.assertIncomplete("if 1:")
        self.assertIncomplete("if 1:\n  pass")
        self.assertIncomplete("def f():")
        self.assertIncomplete("x = (1,")
        self.assertIncomplete("x = [")
        self.assertIncomplete("x = '''abc")
        self.assertIncomplete("@decorator")
        self.assertIncomplete("if 1:\n  pass\nelse:")
        self.assertIncomplete("(1 +", "eval")

    def test_invalid(self):
        self.assertInvalid("a b")
        self.assertInvalid("1 +")
        self.assertInvalid("def")
        self.assertInvalid("x = )")
        self.assertInvalid("a = 1 = = 2")

    def test_runs(self):
        d = {}
        exec compile_command("y = 6 * 7") in d
        self.assertEqual(d["y"], 42)

    def test_filename(self):
        code = compile_command("x", "myfile")
        self.assertEqual(code.co_filename, "myfile")
        try:
            compile_command("a b", "myfile")
        except SyntaxError, e:
            self.assertEqual(e.filename, "myfile")

    def test_future_remembered(self):
        c = CommandCompiler()
        d = {}
        exec c("x = 1 / 2") in d
        self.assertEqual(d["x"], 0)
        c("from __future__ import division")
        exec c("x = 1 / 2") in d
        self.assertEqual(d["x"], 0.5)
        # An independent compiler does not see it.
        exec compile_command("x = 1 / 2") in d
        self.assertEqual(d["x"], 0)
        comp = Compile()
        exec comp("from __future__ import division\n", "<s>", "exec") in d
        exec comp("x = 1 / 4\n", "<s>", "exec") in d
        self.assertEqual(d["x"], 0.25)


def test_main():
    test_support.run_unittest(CodeopTest)

if __name__ == "__main__":
    test_main()
