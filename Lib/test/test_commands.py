import unittest
import os
from test import test_support

import commands


class CommandsTest(unittest.TestCase):

    def test_getoutput(self):
        self.assertEqual(commands.getoutput('echo xyzzy'), 'xyzzy')
        self.assertEqual(commands.getstatusoutput('echo xyzzy'),
                         (0, 'xyzzy'))
        self.assertEqual(commands.getoutput('echo a; echo b'), 'a\nb')

    def test_stderr_and_status(self):
        status, output = commands.getstatusoutput(
            'echo out; echo err >&2; exit 3')
        self.assertEqual(output, 'out\nerr')
        self.assert_(os.WIFEXITED(status))
        self.assertEqual(os.WEXITSTATUS(status), 3)

    def test_mkarg(self):
        self.assertEqual(commands.mkarg('abc'), " 'abc'")
        self.assertEqual(commands.mkarg("it's"), ' "it\'s"')
        self.assertEqual(commands.mkarg("'$x\"`\\"), ' "\'\\$x\\"\\`\\\\"')
        # What the shell makes of it is the original string.
        for s in ["plain", "two words", "it's $HOME", 'q"uo`te\\']:
            self.assertEqual(commands.getoutput('printf %s' +
                                                commands.mkarg(s)), s)

    def test_getstatus(self):
        out = commands.getstatus(os.curdir)
        self.assert_(out.startswith('d'), out)


def test_main():
    test_support.run_unittest(CommandsTest)

if __name__ == "__main__":
    test_main()
