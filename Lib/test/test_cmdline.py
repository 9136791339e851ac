# Tests for the command line of the interpreter.
import unittest
import os
import sys
from test import test_support


def run(args, stdin=''):
    """Run ./python with args; return (status, stdout+stderr)."""
    cmd = '%s %s 2>&1' % (sys.executable, args)
    p = os.popen(cmd, 'r')
    out = p.read()
    sts = p.close()
    if sts is None:
        sts = 0
    return os.WEXITSTATUS(sts), out


class CmdLineTest(unittest.TestCase):

    def test_version(self):
        self.assertEqual(run('-V'), (0, 'Python 2.5.6\n'))

    def test_help(self):
        sts, out = run('-h')
        self.assertEqual(sts, 0)
        self.assert_(out.startswith('usage: '))
        self.assert_('-c cmd : program passed in as string' in out)

    def test_bad_option(self):
        sts, out = run('-Z')
        self.assertEqual(sts, 2)
        self.assert_(out.startswith('Unknown option: -Z\nusage: '))

    def test_c_and_argv(self):
        sts, out = run('-S -c "import sys; print sys.argv, sys.path[0]" a b')
        self.assertEqual((sts, out), (0, "['-c', 'a', 'b'] \n"))

    def test_missing_script(self):
        sts, out = run('-S /nonexistent/x.py')
        self.assertEqual(sts, 2)
        self.assert_(out.endswith(
            ": can't open file '/nonexistent/x.py': "
            "[Errno 2] No such file or directory\n"))

    def test_exit_status(self):
        self.assertEqual(run('-S -c "raise SystemExit(4)"')[0], 4)
        self.assertEqual(run('-S -c "import sys; sys.exit()"')[0], 0)
        self.assertEqual(run('-S -c "raise SystemExit(\'m\')"'), (1, 'm\n'))
        sts, out = run('-S -c "1/0"')
        self.assertEqual(sts, 1)
        self.assert_(out.startswith('Traceback (most recent call last):\n'))
        self.assert_(out.endswith(
            'ZeroDivisionError: integer division or modulo by zero\n'))


def test_main():
    test_support.run_unittest(CmdLineTest)

if __name__ == '__main__':
    test_main()
