import unittest
import StringIO
from test import test_support

import cmd


class Shell(cmd.Cmd):
    """A small command interpreter used by the tests."""

    def __init__(self, *args):
        cmd.Cmd.__init__(self, *args)
        self.log = []

    def do_add(self, arg):
        """add A B: print the sum"""
        a, b = arg.split()
        self.stdout.write("%d\n" % (int(a) + int(b)))

    def do_echo(self, arg):
        self.log.append(("echo", arg))

    def do_shell(self, arg):
        self.log.append(("shell", arg))

    def help_topic(self):
        self.stdout.write("about the topic\n")

    def do_quit(self, arg):
        return True

    do_EOF = do_quit


class CmdTest(unittest.TestCase):

    def make(self, text=""):
        out = StringIO.StringIO()
        s = Shell('tab', StringIO.StringIO(text), out)
        s.use_rawinput = False
        return s, out

    def test_parseline(self):
        s, out = self.make()
        self.assertEqual(s.parseline("  add 1 2 "), ("add", "1 2", "add 1 2"))
        self.assertEqual(s.parseline("?add"), ("help", "add", "help add"))
        self.assertEqual(s.parseline("!ls -l"), ("shell", "ls -l",
                                                 "shell ls -l"))
        self.assertEqual(s.parseline(""), (None, None, ""))
        self.assertEqual(s.parseline("=x"), ("", "=x", "=x"))

    def test_onecmd(self):
        s, out = self.make()
        s.onecmd("add 2 3")
        self.assertEqual(out.getvalue(), "5\n")
        s.onecmd("frobnicate now")
        self.assertEqual(out.getvalue(),
                         "5\n*** Unknown syntax: frobnicate now\n")
        self.assertEqual(s.onecmd("quit"), True)

    def test_emptyline_repeats(self):
        s, out = self.make()
        s.onecmd("echo hi")
        s.onecmd("")
        self.assertEqual(s.log, [("echo", "hi"), ("echo", "hi")])
        self.assertEqual(s.lastcmd, "echo hi")

    def test_shell(self):
        s, out = self.make()
        s.onecmd("!pwd")
        self.assertEqual(s.log, [("shell", "pwd")])
        plain = cmd.Cmd(stdout=out)
        self.assertEqual(plain.parseline("!x"), (None, None, "!x"))

    def test_cmdloop(self):
        s, out = self.make("echo one\nadd 1 1\nquit\necho never\n")
        s.prompt = "> "
        s.cmdloop("hello")
        self.assertEqual(s.log, [("echo", "one")])
        self.assertEqual(out.getvalue(), "hello\n> > 2\n> ")

    def test_eof(self):
        s, out = self.make("echo x\n")
        s.cmdloop()
        self.assertEqual(s.log, [("echo", "x")])

    def test_cmdqueue_and_hooks(self):
        calls = []
        class Hooked(Shell):
            def preloop(self):
                calls.append("pre")
            def postloop(self):
                calls.append("post")
            def precmd(self, line):
                calls.append(("precmd", line))
                return line.replace("ECHO", "echo")
            def postcmd(self, stop, line):
                calls.append(("postcmd", stop))
                return stop
        out = StringIO.StringIO()
        s = Hooked('tab', StringIO.StringIO(""), out)
        s.use_rawinput = False
        s.cmdqueue = ["ECHO q", "quit"]
        s.cmdloop()
        self.assertEqual(s.log, [("echo", "q")])
        self.assertEqual(calls, ["pre", ("precmd", "ECHO q"),
                                 ("postcmd", None), ("precmd", "quit"),
                                 ("postcmd", True), "post"])

    def test_help(self):
        s, out = self.make()
        s.onecmd("help add")
        self.assertEqual(out.getvalue(), "add A B: print the sum\n")
        s, out = self.make()
        s.onecmd("help topic")
        self.assertEqual(out.getvalue(), "about the topic\n")
        s, out = self.make()
        s.onecmd("help echo")
        self.assertEqual(out.getvalue(), "*** No help on echo\n")
        s, out = self.make()
        s.onecmd("help")
        self.assertEqual(out.getvalue(),
            "\n"
            "Documented commands (type help <topic>):\n"
            "========================================\n"
            "add  help\n"
            "\n"
            "Miscellaneous help topics:\n"
            "==========================\n"
            "topic\n"
            "\n"
            "Undocumented commands:\n"
            "======================\n"
            "EOF  echo  quit  shell\n"
            "\n")

    def test_columnize(self):
        s, out = self.make()
        s.columnize([])
        s.columnize(["one"])
        words = ["w%02d" % i for i in range(30)]
        s.columnize(words, 30)
        lines = out.getvalue().split("\n")
        self.assertEqual(lines[0], "<empty>")
        self.assertEqual(lines[1], "one")
        grid = lines[2:-1]
        for line in grid:
            self.assert_(len(line) <= 30)
        self.assertEqual(grid[0], "w00  w05  w10  w15  w20  w25")
        self.assertEqual(len(grid), 5)
        self.assertRaises(TypeError, s.columnize, ["a", 1])

    def test_completenames(self):
        s, out = self.make()
        names = s.completenames("e")
        names.sort()
        self.assertEqual(names, ["echo"])


def test_main():
    test_support.run_unittest(CmdTest)

if __name__ == "__main__":
    test_main()
