"""The command line way into a sandbox: python --sandbox [options] ...

Options are parsed into a capability table; bad options give a one-line
error and status 2; each limit ends the run with its own status and a
one-line message; a sandboxed program cannot choose those statuses."""

import os
import sys
import unittest
from test import test_support

PYTHON = sys.executable
if not os.path.isabs(PYTHON) or not os.path.exists(PYTHON):
    PYTHON = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), 'python')

OUT = test_support.TESTFN + '_out'
ERR = test_support.TESTFN + '_err'
SCRIPT = test_support.TESTFN + '_script.py'


def shell_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def run(args, source=None):
    """Run ./python with args; returns (status, stdout, stderr)."""
    if source is not None:
        f = open(SCRIPT, 'w')
        f.write(source)
        f.close()
    cmd = ' '.join([shell_quote(PYTHON)] + [shell_quote(a) for a in args])
    cmd += ' </dev/null >%s 2>%s' % (shell_quote(OUT), shell_quote(ERR))
    status = os.system(cmd)
    out = open(OUT).read()
    err = open(ERR).read()
    return os.WEXITSTATUS(status), out, err


class SandboxCommandLine(unittest.TestCase):

    def tearDown(self):
        for name in (OUT, ERR, SCRIPT):
            test_support.unlink(name)

    def test_runs_script(self):
        status, out, err = run(['--sandbox', SCRIPT, 'a', 'b'],
                               "import sys\nprint 'hi', sys.argv[1:]\n")
        self.assertEqual((status, out, err), (0, "hi ['a', 'b']\n", ''))

    def test_dash_c(self):
        status, out, err = run(['--sandbox', '-c', 'print 6 * 7'])
        self.assertEqual((status, out), (0, '42\n'))

    def test_refusals(self):
        status, out, err = run(['--sandbox', '-c', 'import os'])
        self.assertEqual(status, 1)
        self.failUnless(err.endswith("ImportError: import of 'os' is not allowed "
                                     "in this sandbox\n"), err)
        status, out, err = run(['--sandbox', '-c', "open('/etc/passwd')"])
        self.assertEqual(status, 1)
        self.failUnless("IOError: [Errno 13] Permission denied (sandbox): "
                        "'/etc/passwd'" in err, err)

    def test_allow_read(self):
        f = open(SCRIPT + '.data', 'w')
        f.write('granted\n')
        f.close()
        try:
            src = "print open(%r).read().strip()\n" % (SCRIPT + '.data')
            status, out, err = run(['--sandbox', '--allow-read=' + SCRIPT + '.data',
                                    '-c', src])
            self.assertEqual((status, out), (0, 'granted\n'))
        finally:
            test_support.unlink(SCRIPT + '.data')

    def test_allow_import(self):
        status, out, err = run(['--sandbox', '--allow-import=posix',
                                '-c', 'import posix; print posix.getpid() > 0'])
        self.assertEqual((status, out), (0, 'True\n'))

    def test_exit_status(self):
        status, out, err = run(['--sandbox', '-c', 'import sys; sys.exit(5)'])
        self.assertEqual(status, 5)

    def test_reserved_exit_status(self):
        status, out, err = run(['--sandbox', '-c', 'import sys; sys.exit(120)'])
        self.assertEqual(status, 1)
        self.failUnless('reserved' in err, err)

    def test_memory_limit(self):
        status, out, err = run(['--sandbox', '--memory-limit=16M', '-c',
                                "x = 'y' * (64 << 20)"])
        self.assertEqual(status, 120)
        self.assertEqual(err, 'sandbox: memory limit exceeded (16 MiB)\n')

    def test_cpu_limit(self):
        status, out, err = run(['--sandbox', '--cpu-limit=0.3', '-c',
                                "while 1:\n  try:\n    pass\n  except:\n    pass\n"])
        self.assertEqual(status, 121)
        self.assertEqual(err, 'sandbox: CPU time limit exceeded (0.3 seconds)\n')

    def test_time_limit(self):
        status, out, err = run(['--sandbox', '--time-limit=0.3', '-c',
                                "import time\ntime.sleep(60)\n"])
        self.assertEqual(status, 122)
        self.assertEqual(err, 'sandbox: time limit exceeded (0.3 seconds)\n')

    def test_time_limit_while_reading_stdin(self):
        # stdin that stays open and silent for 3 s: the read waits in
        # slices and the deadline ends the sandbox first (else the read
        # would end at EOF with status 0)
        cmd = ('(sleep 3) | %s --sandbox --time-limit=0.5 -c %s >%s 2>%s'
               % (shell_quote(PYTHON),
                  shell_quote("import sys\nsys.stdin.read()\n"),
                  shell_quote(OUT), shell_quote(ERR)))
        status = os.WEXITSTATUS(os.system(cmd))
        self.assertEqual(status, 122)
        self.assertEqual(open(ERR).read(),
                         'sandbox: time limit exceeded (0.5 seconds)\n')

    def test_bad_options(self):
        for args in (['--sandbox', '--memory-limit=lots', '-c', 'pass'],
                     ['--sandbox', '--cpu-limit=-1', '-c', 'pass'],
                     ['--sandbox', '--frobnicate', '-c', 'pass'],
                     ['--sandbox', '--allow-connect=nohost', '-c', 'pass'],
                     ['--sandbox'],
                     ['--allow-read=/tmp', '-c', 'pass']):
            status, out, err = run(args)
            self.assertEqual(status, 2, (args, status, err))
            self.assertEqual(err.count('\n'), 1, (args, err))

    def test_help_documents_options(self):
        status, out, err = run(['--help'])
        self.assertEqual(status, 0)
        for opt in ('--sandbox', '--allow-import', '--allow-read', '--allow-write',
                    '--allow-connect', '--memory-limit', '--cpu-limit',
                    '--time-limit', '--recursion-limit', '120', '121', '122'):
            self.failUnless(opt in out, opt)


def test_main():
    test_support.run_unittest(SandboxCommandLine)


if __name__ == '__main__':
    test_main()
