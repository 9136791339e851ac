"""Tests for Lib/test/regrtest.py, run on temporary test modules."""

import os
import sys
import unittest
from test import test_support

TESTDIR = os.path.dirname(os.path.abspath(__file__))
REGRTEST = os.path.join(TESTDIR, 'regrtest.py')

# Module names deliberately do not start with "test_", so a full regrtest
# run never picks them up if one is left behind.
PREFIX = 'regrtest_tmp_%d_' % os.getpid()

SOURCES = {
    'pass': '''
import unittest
from test import test_support
class T(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1 + 1, 2)
    def test_two(self):
        pass
def test_main():
    test_support.run_unittest(T)
''',
    'fail': '''
import unittest
from test import test_support
class T(unittest.TestCase):
    def test_bad(self):
        self.assertEqual(1, 2)
def test_main():
    test_support.run_unittest(T)
''',
    'crash': '''
def test_main():
    raise KeyError('crashed on purpose')
''',
    'skip': '''
from test import test_support
raise test_support.TestSkipped('not here')
''',
    'script': '''
# no test_main: importing it runs the checks
x = 1 + 1
assert x == 2
''',
    'scriptfail': '''
from test import test_support
raise test_support.TestFailed('script failure')
''',
}


def run_regrtest(*args):
    cmd = '"%s" -E "%s" %s 2>&1' % (sys.executable, REGRTEST,
                                    ' '.join(args))
    p = os.popen(cmd)
    out = p.read()
    status = p.close()
    if status is None:
        return out, 0
    return out, os.WEXITSTATUS(status)


class TestRegrtest(unittest.TestCase):

    def setUp(self):
        for kind, src in SOURCES.items():
            f = open(os.path.join(TESTDIR, PREFIX + kind + '.py'), 'w')
            f.write(src)
            f.close()

    def tearDown(self):
        for kind in SOURCES:
            for ext in ('.py', '.pyc', '.pyo'):
                test_support.unlink(os.path.join(TESTDIR,
                                                 PREFIX + kind + ext))

    def test_passing(self):
        out, status = run_regrtest(PREFIX + 'pass', PREFIX + 'script')
        self.assertEqual(status, 0, out)
        lines = out.splitlines()
        self.assertEqual(lines[0], PREFIX + 'pass')
        self.assertEqual(lines[-1], '2 passed, 0 failed')
        self.failIf('failed:' in out)

    def test_quiet(self):
        out, status = run_regrtest('-q', PREFIX + 'pass')
        self.assertEqual(status, 0)
        # -q drops the test names; only the summary line is regrtest's own
        self.failIf(PREFIX + 'pass\n' in out, out)
        self.assert_(out.endswith('\n1 passed, 0 failed\n'), out)

    def test_py_suffix_and_path_accepted(self):
        out, status = run_regrtest('-q',
                                   os.path.join(TESTDIR, PREFIX + 'pass.py'))
        self.assertEqual(status, 0)
        self.assert_(out.endswith('\n1 passed, 0 failed\n'), out)

    def test_failures(self):
        out, status = run_regrtest(PREFIX + 'pass', PREFIX + 'fail',
                                   PREFIX + 'crash', PREFIX + 'scriptfail')
        self.assertEqual(status, 1, out)
        lines = out.splitlines()
        self.assertEqual(lines[-1], '1 passed, 3 failed')
        self.assertEqual(lines[-3], '3 tests failed:')
        self.assertEqual(lines[-2], ' '.join([PREFIX + 'fail',
                                              PREFIX + 'crash',
                                              PREFIX + 'scriptfail']))
        self.assert_('test %sfail failed -- Traceback' % PREFIX in out, out)
        self.assert_('AssertionError: 1 != 2' in out, out)
        self.assert_("test %scrash crashed -- <type 'exceptions.KeyError'>: "
                     "'crashed on purpose'" % PREFIX in out, out)
        self.assert_('test %sscriptfail failed -- script failure'
                     % PREFIX in out, out)

    def test_one_failure_singular(self):
        out, status = run_regrtest('-q', PREFIX + 'fail')
        self.assertEqual(status, 1)
        lines = out.splitlines()
        self.assertEqual(lines[-3:], ['1 test failed:', PREFIX + 'fail',
                                      '0 passed, 1 failed'])

    def test_skipped(self):
        out, status = run_regrtest(PREFIX + 'pass', PREFIX + 'skip')
        self.assertEqual(status, 0, out)
        lines = out.splitlines()
        self.assert_('%sskip skipped -- not here' % PREFIX in lines, out)
        self.assertEqual(lines[-3], '1 test skipped:')
        self.assertEqual(lines[-2], PREFIX + 'skip')
        # skips are neither passes nor failures
        self.assertEqual(lines[-1], '1 passed, 0 failed')

    def test_quiet_hides_skips(self):
        out, status = run_regrtest('-q', PREFIX + 'skip')
        self.assertEqual(out, '0 passed, 0 failed\n')

    def test_verbose(self):
        out, status = run_regrtest('-v', PREFIX + 'pass')
        self.assert_('test_one (test.%spass.T) ... ok' % PREFIX in out, out)
        self.assert_('test_two (test.%spass.T) ... ok' % PREFIX in out, out)

    def test_unknown_option(self):
        out, status = run_regrtest('-Z')
        self.assertEqual(status, 2)
        self.assert_('unknown option -Z' in out, out)


def test_main():
    test_support.run_unittest(TestRegrtest)

if __name__ == '__main__':
    test_main()
