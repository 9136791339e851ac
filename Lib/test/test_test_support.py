"""Tests for the test.test_support helpers."""

from __future__ import with_statement

import os
import sys
import unittest
import StringIO
from test import test_support


class Passing(unittest.TestCase):
    def test_ok(self):
        pass


class OneFailure(unittest.TestCase):
    def test_bad(self):
        self.fail('the one failure')


class TwoProblems(unittest.TestCase):
    def test_a(self):
        self.fail('a')

    def test_b(self):
        raise ValueError('b')


class TestSupport(unittest.TestCase):

    def setUp(self):
        self.saved_verbose = test_support.verbose
        self.saved_stdout = sys.stdout
        test_support.verbose = 0

    def tearDown(self):
        test_support.verbose = self.saved_verbose
        sys.stdout = self.saved_stdout

    def test_exceptions(self):
        self.assert_(issubclass(test_support.TestFailed, test_support.Error))
        self.assert_(issubclass(test_support.TestSkipped, test_support.Error))
        self.assert_(issubclass(test_support.ResourceDenied,
                                test_support.TestSkipped))
        self.assert_(issubclass(test_support.Error, Exception))

    def test_verify_vereq(self):
        test_support.verify(True)
        self.assertRaises(test_support.TestFailed, test_support.verify, 0)
        try:
            test_support.verify(0, 'why')
        except test_support.TestFailed, e:
            self.assertEqual(str(e), 'why')
        test_support.vereq(1, 1)
        try:
            test_support.vereq(1, 2)
        except test_support.TestFailed, e:
            self.assertEqual(str(e), '1 == 2')
        else:
            self.fail("TestFailed not raised")

    def test_fcmp(self):
        self.assertEqual(test_support.fcmp(1.0, 1.0 + 1e-9), 0)
        self.assertEqual(test_support.fcmp(1.0, 2.0), -1)
        self.assertEqual(test_support.fcmp(2.0, 1.0), 1)
        self.assertEqual(test_support.fcmp([1.0, 2.0], [1.0, 2.0 + 1e-9]), 0)
        self.assertEqual(test_support.fcmp((1.0,), (1.0, 2.0)), -1)
        self.assertEqual(test_support.fcmp('a', 'b'), -1)

    def test_sortdict(self):
        self.assertEqual(test_support.sortdict({2: 'b', 1: 'a'}),
                         "{1: 'a', 2: 'b'}")
        self.assertEqual(test_support.sortdict({}), '{}')

    def test_testfn_and_unlink(self):
        fn = test_support.TESTFN
        self.assert_(isinstance(fn, str))
        self.assert_(str(os.getpid()) in fn)
        f = open(fn, 'w')
        f.close()
        test_support.unlink(fn)
        self.failIf(os.path.exists(fn))
        test_support.unlink(fn)         # missing file: no error

    def test_rmtree(self):
        d = test_support.TESTFN + '_tree'
        os.makedirs(os.path.join(d, 'a', 'b'))
        open(os.path.join(d, 'a', 'f'), 'w').close()
        test_support.rmtree(d)
        self.failIf(os.path.exists(d))
        test_support.rmtree(d)

    def test_findfile(self):
        here = test_support.findfile('test_test_support.py')
        self.assert_(os.path.isabs(here) or os.path.exists(here))
        self.assert_(os.path.exists(here))
        self.assertEqual(test_support.findfile('/abs/path'), '/abs/path')
        self.assertEqual(test_support.findfile('no_such_file_xyzzy'),
                         'no_such_file_xyzzy')

    def test_resources(self):
        saved = test_support.use_resources
        try:
            test_support.use_resources = None
            self.failIf(test_support.is_resource_enabled('network'))
            self.assertRaises(test_support.ResourceDenied,
                              test_support.requires, 'network')
            try:
                test_support.requires('network')
            except test_support.ResourceDenied, e:
                self.assertEqual(str(e), "Use of the `network' resource "
                                 "not enabled")
            test_support.use_resources = ['network']
            self.assert_(test_support.is_resource_enabled('network'))
            test_support.requires('network')
        finally:
            test_support.use_resources = saved

    def test_captured_output(self):
        with test_support.captured_stdout() as s:
            print 'hello'
        self.assertEqual(s.getvalue(), 'hello\n')
        self.assert_(sys.stdout is self.saved_stdout)
        saved_err = sys.stderr
        with test_support.captured_output('stderr') as s:
            sys.stderr.write('err')
        self.assert_(sys.stderr is saved_err)
        self.assertEqual(s.getvalue(), 'err')

    def test_check_syntax(self):
        with test_support.captured_stdout() as s:
            test_support.check_syntax('def f(:')
        self.assertEqual(s.getvalue(), '')
        with test_support.captured_stdout() as s:
            test_support.check_syntax('x = 1')
        self.assertEqual(s.getvalue(), 'Missing SyntaxError: "x = 1"\n')

    def test_forget(self):
        d = test_support.TESTFN + '_forget'
        os.mkdir(d)
        sys.path.insert(0, d)
        try:
            f = open(os.path.join(d, 'forget_me_mod.py'), 'w')
            f.write('x = 1\n')
            f.close()
            import forget_me_mod
            self.assert_('forget_me_mod' in sys.modules)
            test_support.forget('forget_me_mod')
            self.failIf('forget_me_mod' in sys.modules)
            self.failIf(os.path.exists(os.path.join(d, 'forget_me_mod.pyc')))
        finally:
            sys.path.remove(d)
            sys.modules.pop('forget_me_mod', None)
            test_support.rmtree(d)

    def test_run_unittest_pass(self):
        sys.stdout = StringIO.StringIO()
        test_support.run_unittest(Passing)

    def test_run_unittest_single_failure(self):
        sys.stdout = StringIO.StringIO()
        try:
            test_support.run_unittest(OneFailure)
        except test_support.TestFailed, e:
            msg = str(e)
            self.assert_(msg.startswith('Traceback (most recent call last)'),
                         msg)
            self.assert_(msg.endswith('AssertionError: the one failure\n'),
                         msg)
        else:
            self.fail("TestFailed not raised")

    def test_run_unittest_several_problems(self):
        sys.stdout = StringIO.StringIO()
        try:
            test_support.run_unittest(TwoProblems)
        except test_support.TestFailed, e:
            self.assertEqual(str(e), 'errors occurred in %s.TwoProblems'
                             % __name__)
        else:
            self.fail("TestFailed not raised")
        try:
            test_support.run_unittest(Passing, TwoProblems)
        except test_support.TestFailed, e:
            self.assertEqual(str(e), 'errors occurred; run in verbose mode '
                             'for details')
        else:
            self.fail("TestFailed not raised")

    def test_run_unittest_accepts_suites(self):
        sys.stdout = StringIO.StringIO()
        test_support.run_unittest(unittest.TestSuite([Passing('test_ok')]),
                                  Passing('test_ok'))
        self.assertRaises(test_support.TestFailed, test_support.run_unittest,
                          OneFailure('test_bad'))

    def test_verbose_output(self):
        test_support.verbose = 1
        sys.stdout = StringIO.StringIO()
        test_support.run_unittest(Passing)
        out = sys.stdout.getvalue()
        self.assert_(out.startswith('test_ok (%s.Passing) ... ok\n'
                                    % __name__), out)

    def test_have_unicode(self):
        self.assertEqual(test_support.have_unicode, True)
        self.assertEqual(test_support.is_jython, False)


class ExtendedApiTests(unittest.TestCase):
    # The rest of the 2.5 test_support API, and helpers later suites use.
    def test_names(self):
        for name in ['TESTFN_UNICODE', 'TESTFN_ENCODING', 'FUZZ', 'unload',
                     'open_urlresource', 'run_with_locale', 'bigmemtest',
                     'set_memlimit', 'bind_port', 'BasicTestRunner',
                     'catch_warning', 'check_syntax_error',
                     'EnvironmentVarGuard', 'TransientResource',
                     'guard_warnings_filter', 'import_module', 'HOST',
                     'threading_setup', 'threading_cleanup', 'reap_children',
                     'MAX_Py_ssize_t', '_1M', '_1G', '_2G', '_4G']:
            self.assert_(hasattr(test_support, name), name)

    def test_requires_from_main_and_not(self):
        # a caller that is not __main__ is refused an unknown resource
        self.assertRaises(test_support.ResourceDenied,
                          test_support.requires, 'no-such-resource')

    def test_catch_warning(self):
        import warnings
        saved = warnings.filters[:]
        w = test_support.catch_warning()
        w.__enter__()
        try:
            warnings.simplefilter('always')
            warnings.warn('careful', UserWarning)
            self.assertEqual(str(w.message), 'careful')
            self.assert_(w.category is UserWarning)
        finally:
            w.__exit__(None, None, None)
        self.assertEqual(warnings.filters, saved)

    def test_environment_guard(self):
        g = test_support.EnvironmentVarGuard()
        g.__enter__()
        g.set('TS_AUDIT_VAR', 'x')
        self.assertEqual(os.environ['TS_AUDIT_VAR'], 'x')
        self.assert_('TS_AUDIT_VAR' in g)
        g.__exit__(None, None, None)
        self.failIf('TS_AUDIT_VAR' in os.environ)

    def test_bigmemtest_default_size(self):
        seen = []
        class T(unittest.TestCase):
            @test_support.bigmemtest(minsize=test_support._2G, memuse=1)
            def test_it(self, size):
                seen.append(size)
        T('test_it').test_it()
        self.assertEqual(seen, [5147])

    def test_set_memlimit(self):
        saved = (test_support.max_memuse, test_support.real_max_memuse)
        try:
            test_support.set_memlimit('2.5G')
            self.assertEqual(test_support.max_memuse,
                             int(2.5 * test_support._1G))
            self.assertRaises(ValueError, test_support.set_memlimit, '1k')
            self.assertRaises(ValueError, test_support.set_memlimit, 'lots')
        finally:
            test_support.max_memuse, test_support.real_max_memuse = saved

    def test_run_with_locale(self):
        @test_support.run_with_locale('LC_NUMERIC', 'C')
        def f(x):
            return x + 1
        self.assertEqual(f(1), 2)
        self.assertEqual(f.func_name, 'f')

    def test_unload(self):
        import types
        sys.modules['ts_audit_mod'] = types.ModuleType('ts_audit_mod')
        test_support.unload('ts_audit_mod')
        self.failIf('ts_audit_mod' in sys.modules)
        test_support.unload('ts_audit_mod')


def test_main():
    test_support.run_unittest(TestSupport, ExtendedApiTests)

if __name__ == '__main__':
    test_main()
