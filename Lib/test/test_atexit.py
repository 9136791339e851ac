"""Tests for atexit (2.5 Library Reference, section 26.11)."""

import sys
import os
import atexit
import unittest
import StringIO
from test import test_support


class TestAtexit(unittest.TestCase):

    def setUp(self):
        self.saved_handlers = atexit._exithandlers[:]
        self.saved_stderr = sys.stderr
        atexit._exithandlers[:] = []

    def tearDown(self):
        atexit._exithandlers[:] = self.saved_handlers
        sys.stderr = self.saved_stderr

    def test_order_and_arguments(self):
        log = []
        def h(*args, **kw):
            log.append((args, kw))
        self.assertEqual(atexit.register(h, 1), None)
        atexit.register(h, 2, key='v')
        atexit.register(h)
        atexit._run_exitfuncs()
        self.assertEqual(log, [((), {}), ((2,), {'key': 'v'}), ((1,), {})])
        self.assertEqual(atexit._exithandlers, [])

    def test_sys_exitfunc_installed(self):
        self.assert_(sys.exitfunc is atexit._run_exitfuncs)

    def test_error_reported_others_run_last_reraised(self):
        log = []
        def ok():
            log.append('ok')
        def bad_value():
            raise ValueError('first')
        def bad_type():
            raise TypeError('second')
        sys.stderr = StringIO.StringIO()
        atexit.register(ok)
        atexit.register(bad_value)
        atexit.register(bad_type)
        # handlers run last-in first-out: bad_type, bad_value, ok; the
        # last exception (from bad_value) is re-raised after all ran
        self.assertRaises(ValueError, atexit._run_exitfuncs)
        self.assertEqual(log, ['ok'])
        err = sys.stderr.getvalue()
        self.assertEqual(err.count("Error in atexit._run_exitfuncs:"), 2)
        self.assert_("TypeError: second" in err)
        self.assert_("ValueError: first" in err)

    def test_at_interpreter_exit(self):
        prog = ("import atexit, sys\n"
                "def a(): sys.stdout.write('a\\n')\n"
                "def b(x): sys.stdout.write('b%s\\n' % x)\n"
                "atexit.register(a)\n"
                "atexit.register(b, 1)\n"
                "print 'main'\n")
        fn = test_support.TESTFN + '.py'
        f = open(fn, 'w')
        try:
            f.write(prog)
            f.close()
            p = os.popen('"%s" -E "%s"' % (sys.executable, fn))
            out = p.read()
            status = p.close()
        finally:
            test_support.unlink(fn)
        self.assertEqual(out, 'main\nb1\na\n')
        self.assertEqual(status, None)

    def test_exit_after_sys_exit(self):
        prog = ("import atexit, sys\n"
                "atexit.register(lambda: sys.stdout.write('bye\\n'))\n"
                "sys.exit(3)\n")
        fn = test_support.TESTFN + '.py'
        f = open(fn, 'w')
        try:
            f.write(prog)
            f.close()
            p = os.popen('"%s" -E "%s"' % (sys.executable, fn))
            out = p.read()
            status = p.close()
        finally:
            test_support.unlink(fn)
        self.assertEqual(out, 'bye\n')
        self.assertEqual(os.WEXITSTATUS(status), 3)


def test_main():
    test_support.run_unittest(TestAtexit)

if __name__ == '__main__':
    test_main()
