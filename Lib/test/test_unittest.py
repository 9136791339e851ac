"""Tests for unittest itself (2.5 Library Reference, section 5.3)."""

import re
import sys
import types
import unittest
import StringIO
from test import test_support


class Sample(unittest.TestCase):
    """Fixture class: its tests pass, fail and error on purpose."""

    def test_pass(self):
        pass

    def test_fail(self):
        self.fail('deliberate failure')

    def test_error(self):
        raise KeyError('deliberate error')

    def test_documented(self):
        """First line of the doc.

        More text."""

    def helper(self):
        pass

    test_not_callable = 42


class SampleSub(Sample):
    def test_extra(self):
        pass

    def test_pass(self):
        pass


class Events(unittest.TestCase):
    log = []

    def setUp(self):
        self.log.append('setUp')

    def tearDown(self):
        self.log.append('tearDown')

    def test_it(self):
        self.log.append('test')


class TestAssertions(unittest.TestCase):

    def check_fails(self, func, *args, **kw):
        msg = kw.pop('msg', None)
        try:
            func(*args, **kw)
        except AssertionError, e:
            if msg is not None:
                self.assertEqual(str(e), msg)
        else:
            raise AssertionError('%s did not fail' % func.__name__)

    def test_failure_exception(self):
        self.assert_(unittest.TestCase.failureException is AssertionError)

    def test_equal(self):
        self.assertEqual(1, 1)
        self.failUnlessEqual('a', 'a')
        self.assertEquals([1], [1])
        self.check_fails(self.assertEqual, 1, 2, msg='1 != 2')
        self.check_fails(self.assertEqual, 'a', 'b', msg="'a' != 'b'")
        self.check_fails(self.assertEqual, 1, 2, 'custom', msg='custom')
        self.assertNotEqual(1, 2)
        self.failIfEqual(1, 2)
        self.assertNotEquals(1, 2)
        self.check_fails(self.assertNotEqual, 3, 3, msg='3 == 3')

    def test_truth(self):
        self.assert_(True)
        self.failUnless(1)
        self.failIf(0)
        self.check_fails(self.assert_, 0)
        self.check_fails(self.failUnless, [], 'why', msg='why')
        self.check_fails(self.failIf, 1, 'why not', msg='why not')
        # raise E, None raises E() with no message
        self.check_fails(self.fail, msg='')
        self.check_fails(self.fail, 'explicit', msg='explicit')

    def test_raises(self):
        def raiser(exc, *args, **kw):
            self.assertEqual(args, (1, 2))
            self.assertEqual(kw, {'k': 3})
            raise exc
        self.assertEqual(self.assertRaises(KeyError, raiser, KeyError,
                                           1, 2, k=3), None)
        self.failUnlessRaises(ValueError, raiser, ValueError, 1, 2, k=3)
        self.assertRaises((KeyError, ValueError), raiser, ValueError,
                          1, 2, k=3)
        self.check_fails(self.assertRaises, KeyError, lambda: None,
                         msg='KeyError not raised')
        # other exceptions propagate untouched
        self.assertRaises(ZeroDivisionError, self.assertRaises, KeyError,
                          lambda: 1 / 0)

    def test_almost_equal(self):
        self.assertAlmostEqual(1.0, 1.00000001)
        self.failUnlessAlmostEqual(1.0, 1.0 + 1e-8)
        self.assertAlmostEquals(1.1, 1.0, 0)
        self.check_fails(self.assertAlmostEqual, 1.0, 1.1,
                         msg='1.0 != 1.1000000000000001 within 7 places')
        self.check_fails(self.assertAlmostEqual, 1.0, 1.01, 2)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.failIfAlmostEqual(1.0, 1.1)
        self.assertNotAlmostEquals(1.0, 1.001, 3)
        self.check_fails(self.assertNotAlmostEqual, 1.0, 1.0,
                         msg='1.0 == 1.0 within 7 places')


class TestTestCase(unittest.TestCase):

    def test_names(self):
        t = Sample('test_pass')
        self.assertEqual(t.id(), '%s.Sample.test_pass' % __name__)
        self.assertEqual(str(t), 'test_pass (%s.Sample)' % __name__)
        self.assertEqual(repr(t), '<%s.Sample testMethod=test_pass>' %
                         __name__)
        self.assertEqual(t.countTestCases(), 1)
        self.assertEqual(t.shortDescription(), None)
        self.assertEqual(Sample('test_documented').shortDescription(),
                         'First line of the doc.')
        self.assert_(isinstance(t.defaultTestResult(), unittest.TestResult))

    def test_bad_method_name(self):
        try:
            Sample('no_such_method')
        except ValueError, e:
            self.assertEqual(str(e), "no such test method in %s: "
                             "no_such_method" % Sample)
        else:
            self.fail("ValueError not raised")
        # the default name is runTest
        self.assertRaises(ValueError, Sample)

    def test_run_records_outcomes(self):
        result = unittest.TestResult()
        Sample('test_pass').run(result)
        Sample('test_fail').run(result)
        Sample('test_error').run(result)
        self.assertEqual(result.testsRun, 3)
        self.assertEqual(len(result.failures), 1)
        self.assertEqual(len(result.errors), 1)
        self.failIf(result.wasSuccessful())
        test, text = result.failures[0]
        self.assertEqual(test.id(), Sample('test_fail').id())
        self.assert_(text.startswith('Traceback (most recent call last):\n'))
        self.assert_(text.endswith('AssertionError: deliberate failure\n'))
        # frames inside unittest.py are left out
        self.failIf('/unittest.py"' in text, text)
        test, text = result.errors[0]
        self.assert_(text.endswith("KeyError: 'deliberate error'\n"))
        self.failIf('/unittest.py"' in text, text)

    def test_call_is_run(self):
        result = unittest.TestResult()
        Sample('test_fail')(result)
        self.assertEqual(len(result.failures), 1)

    def test_setup_teardown_order(self):
        Events.log[:] = []
        result = unittest.TestResult()
        Events('test_it').run(result)
        self.assertEqual(Events.log, ['setUp', 'test', 'tearDown'])
        self.assert_(result.wasSuccessful())

    def test_setup_failure_is_error_and_skips_test(self):
        log = []
        class T(unittest.TestCase):
            def setUp(self):
                log.append('setUp')
                self.fail('in setUp')
            def test_x(self):
                log.append('test')
            def tearDown(self):
                log.append('tearDown')
        result = unittest.TestResult()
        T('test_x').run(result)
        self.assertEqual(log, ['setUp'])
        # an assertion in setUp counts as an error, not a failure
        self.assertEqual(len(result.errors), 1)
        self.assertEqual(len(result.failures), 0)
        self.assertEqual(result.testsRun, 1)

    def test_teardown_failure(self):
        class T(unittest.TestCase):
            def test_x(self):
                pass
            def tearDown(self):
                raise RuntimeError('in tearDown')
        result = unittest.TestResult()
        T('test_x').run(result)
        self.assertEqual(len(result.errors), 1)
        self.assertEqual(len(result.failures), 0)

    def test_test_failure_then_teardown_runs(self):
        log = []
        class T(unittest.TestCase):
            def test_x(self):
                self.fail('x')
            def tearDown(self):
                log.append('tearDown')
        result = unittest.TestResult()
        T('test_x').run(result)
        self.assertEqual(log, ['tearDown'])
        self.assertEqual(len(result.failures), 1)

    def test_custom_failure_exception(self):
        class MyFail(Exception):
            pass
        class T(unittest.TestCase):
            failureException = MyFail
            def test_a(self):
                self.fail('mine')
            def test_b(self):
                raise AssertionError('now an error')
        result = unittest.TestResult()
        T('test_a').run(result)
        T('test_b').run(result)
        self.assertEqual(len(result.failures), 1)
        self.assertEqual(len(result.errors), 1)

    def test_keyboard_interrupt_propagates(self):
        class T(unittest.TestCase):
            def test_x(self):
                raise KeyboardInterrupt
        self.assertRaises(KeyboardInterrupt, T('test_x').run,
                          unittest.TestResult())

    def test_debug_does_not_catch(self):
        self.assertRaises(AssertionError, Sample('test_fail').debug)

    def test_result_stop_and_repr(self):
        r = unittest.TestResult()
        self.failIf(r.shouldStop)
        r.stop()
        self.assert_(r.shouldStop)
        self.assertEqual(repr(r),
                         '<unittest.TestResult run=0 errors=0 failures=0>')


class TestSuiteAndLoader(unittest.TestCase):

    def test_suite(self):
        s = unittest.TestSuite()
        self.assertEqual(s.countTestCases(), 0)
        s.addTest(Sample('test_pass'))
        s.addTests([Sample('test_fail'), Sample('test_error')])
        inner = unittest.TestSuite([Sample('test_pass')])
        s.addTest(inner)
        self.assertEqual(s.countTestCases(), 4)
        self.assertEqual(len(list(s)), 4 - 1 + 1)
        result = unittest.TestResult()
        s.run(result)
        self.assertEqual(result.testsRun, 4)
        self.assertEqual((len(result.failures), len(result.errors)), (1, 1))
        result = unittest.TestResult()
        s(result)
        self.assertEqual(result.testsRun, 4)

    def test_suite_respects_should_stop(self):
        class Stopper(unittest.TestCase):
            def test_a(self):
                self.result.stop()
            def test_b(self):
                pass
        result = unittest.TestResult()
        Stopper.result = result
        s = unittest.TestSuite([Stopper('test_a'), Stopper('test_b')])
        s.run(result)
        self.assertEqual(result.testsRun, 1)

    def test_get_test_case_names(self):
        loader = unittest.TestLoader()
        self.assertEqual(loader.getTestCaseNames(Sample),
                         ['test_documented', 'test_error', 'test_fail',
                          'test_pass'])
        self.assertEqual(loader.getTestCaseNames(SampleSub),
                         ['test_documented', 'test_error', 'test_extra',
                          'test_fail', 'test_pass'])
        loader.testMethodPrefix = 'help'
        self.assertEqual(loader.getTestCaseNames(Sample), ['helper'])
        loader = unittest.TestLoader()
        loader.sortTestMethodsUsing = lambda a, b: cmp(b, a)
        self.assertEqual(loader.getTestCaseNames(Sample)[0], 'test_pass')
        loader.sortTestMethodsUsing = None
        self.assertEqual(sorted(loader.getTestCaseNames(Sample)),
                         ['test_documented', 'test_error', 'test_fail',
                          'test_pass'])
        self.assertEqual(unittest.getTestCaseNames(Sample, 'test'),
                         ['test_documented', 'test_error', 'test_fail',
                          'test_pass'])

    def test_load_from_test_case(self):
        suite = unittest.TestLoader().loadTestsFromTestCase(Sample)
        self.assert_(isinstance(suite, unittest.TestSuite))
        self.assertEqual([t.id().split('.')[-1] for t in suite],
                         ['test_documented', 'test_error', 'test_fail',
                          'test_pass'])
        class RunTestOnly(unittest.TestCase):
            def runTest(self):
                pass
        suite = unittest.TestLoader().loadTestsFromTestCase(RunTestOnly)
        self.assertEqual(suite.countTestCases(), 1)
        self.assertRaises(TypeError,
                          unittest.TestLoader().loadTestsFromTestCase,
                          unittest.TestSuite)

    def test_load_from_module(self):
        m = types.ModuleType('fake_tests')
        m.A = Sample
        m.B = Events
        m.not_a_test = 1
        m.Plain = object
        suite = unittest.TestLoader().loadTestsFromModule(m)
        self.assertEqual(suite.countTestCases(), 5)

    def test_load_from_name(self):
        loader = unittest.TestLoader()
        mod = sys.modules[__name__]
        s = loader.loadTestsFromName('Sample', mod)
        self.assertEqual(s.countTestCases(), 4)
        t = loader.loadTestsFromName('Sample.test_pass', mod)
        self.assert_(isinstance(t, Sample))
        self.assertEqual(t.id(), Sample('test_pass').id())
        s = loader.loadTestsFromName(__name__ + '.Sample')
        self.assertEqual(s.countTestCases(), 4)
        t = loader.loadTestsFromName(__name__ + '.Sample.test_fail')
        self.assertEqual(str(t), 'test_fail (%s.Sample)' % __name__)
        self.assertRaises(AttributeError, loader.loadTestsFromName,
                          'NoSuchThing', mod)
        self.assertRaises(ImportError, loader.loadTestsFromName,
                          'no_such_module_xyzzy.Thing')
        m = types.ModuleType('m')
        m.suite_func = lambda: unittest.TestSuite([Sample('test_pass')])
        m.case_func = lambda: Sample('test_pass')
        m.bad_func = lambda: 42
        m.value = 'x'
        m.suite = unittest.TestSuite()
        self.assertEqual(loader.loadTestsFromName('suite_func',
                                                  m).countTestCases(), 1)
        self.assert_(isinstance(loader.loadTestsFromName('case_func', m),
                                Sample))
        self.assert_(loader.loadTestsFromName('suite', m) is m.suite)
        self.assertRaises(ValueError, loader.loadTestsFromName, 'bad_func', m)
        self.assertRaises(ValueError, loader.loadTestsFromName, 'value', m)

    def test_load_from_names(self):
        loader = unittest.TestLoader()
        mod = sys.modules[__name__]
        s = loader.loadTestsFromNames(['Sample.test_pass', 'Events'], mod)
        self.assert_(isinstance(s, unittest.TestSuite))
        self.assertEqual(s.countTestCases(), 2)
        self.assertEqual(loader.loadTestsFromNames([], mod).countTestCases(),
                         0)

    def test_make_suite_and_find(self):
        s = unittest.makeSuite(Sample)
        self.assertEqual(s.countTestCases(), 4)
        s = unittest.makeSuite(Sample, 'help')
        self.assertEqual(s.countTestCases(), 1)
        m = types.ModuleType('m')
        m.Sample = Sample
        self.assertEqual(unittest.findTestCases(m).countTestCases(), 4)
        self.assert_(unittest.defaultTestLoader.__class__ is
                     unittest.TestLoader)


class TestFunctionTestCase(unittest.TestCase):

    def test_function_test_case(self):
        log = []
        def setUp():
            log.append('setUp')
        def tearDown():
            log.append('tearDown')
        def body():
            """The body's doc."""
            log.append('body')
        t = unittest.FunctionTestCase(body, setUp, tearDown)
        self.assertEqual(str(t), 'unittest.FunctionTestCase (body)')
        self.assert_(repr(t).startswith(
            '<unittest.FunctionTestCase testFunc=<function body'), repr(t))
        self.assertEqual(t.id(), 'body')
        self.assertEqual(t.shortDescription(), "The body's doc.")
        self.assertEqual(t.countTestCases(), 1)
        result = unittest.TestResult()
        t.run(result)
        self.assertEqual(log, ['setUp', 'body', 'tearDown'])
        self.assert_(result.wasSuccessful())
        t2 = unittest.FunctionTestCase(body, description='described')
        self.assertEqual(t2.shortDescription(), 'described')

    def test_function_failures(self):
        def fails():
            assert False, 'nope'
        def errors():
            {}[1]
        result = unittest.TestResult()
        unittest.FunctionTestCase(fails).run(result)
        unittest.FunctionTestCase(errors).run(result)
        self.assertEqual(len(result.failures), 1)
        self.assertEqual(len(result.errors), 1)


class TestTextRunner(unittest.TestCase):

    def run_text(self, test, verbosity=1, descriptions=1):
        stream = StringIO.StringIO()
        runner = unittest.TextTestRunner(stream, descriptions, verbosity)
        result = runner.run(test)
        return result, stream.getvalue()

    def test_default_stream(self):
        runner = unittest.TextTestRunner()
        self.assertEqual(runner.verbosity, 1)

    def test_all_pass(self):
        suite = unittest.TestSuite([Sample('test_pass'),
                                    Sample('test_documented')])
        result, out = self.run_text(suite)
        self.assert_(result.wasSuccessful())
        self.assert_(re.match(r'\.\.\n-{70}\nRan 2 tests in \d+\.\d{3}s\n'
                              r'\nOK\n$', out), repr(out))

    def test_one_test_singular(self):
        result, out = self.run_text(Sample('test_pass'))
        self.assert_(re.search(r'\nRan 1 test in \d+\.\d{3}s\n', out), out)

    def test_failures_and_errors(self):
        suite = unittest.TestSuite([Sample('test_pass'), Sample('test_fail'),
                                    Sample('test_error')])
        result, out = self.run_text(suite)
        self.assertEqual(result.testsRun, 3)
        lines = out.split('\n')
        self.assertEqual(lines[0], '.FE')
        self.assertEqual(lines[1], '=' * 70)
        self.assertEqual(lines[2], 'ERROR: test_error (%s.Sample)' % __name__)
        self.assertEqual(lines[3], '-' * 70)
        self.assertEqual(lines[4], 'Traceback (most recent call last):')
        i = lines.index('FAIL: test_fail (%s.Sample)' % __name__)
        self.assertEqual(lines[i - 1], '=' * 70)
        self.assert_(out.endswith('\nFAILED (failures=1, errors=1)\n'), out)
        self.assert_(re.search(r'\n-{70}\nRan 3 tests in \d+\.\d{3}s\n\n'
                               r'FAILED', out), out)

    def test_only_failures_or_errors(self):
        result, out = self.run_text(Sample('test_fail'))
        self.assert_(out.endswith('\nFAILED (failures=1)\n'), out)
        result, out = self.run_text(Sample('test_error'))
        self.assert_(out.endswith('\nFAILED (errors=1)\n'), out)

    def test_verbose(self):
        suite = unittest.TestSuite([Sample('test_pass'), Sample('test_fail'),
                                    Sample('test_error'),
                                    Sample('test_documented')])
        result, out = self.run_text(suite, verbosity=2)
        lines = out.split('\n')
        self.assertEqual(lines[0], 'test_pass (%s.Sample) ... ok' % __name__)
        self.assertEqual(lines[1], 'test_fail (%s.Sample) ... FAIL' % __name__)
        self.assertEqual(lines[2],
                         'test_error (%s.Sample) ... ERROR' % __name__)
        self.assertEqual(lines[3], 'First line of the doc. ... ok')
        self.assertEqual(lines[4], '')
        self.assertEqual(lines[5], '=' * 70)

    def test_no_descriptions(self):
        result, out = self.run_text(Sample('test_documented'), verbosity=2,
                                    descriptions=0)
        self.assert_(out.startswith('test_documented (%s.Sample) ... ok\n'
                                    % __name__), out)

    def test_quiet(self):
        result, out = self.run_text(Sample('test_fail'), verbosity=0)
        self.assert_(out.startswith('=' * 70 + '\nFAIL: test_fail'), out)


def test_main():
    test_support.run_unittest(TestAssertions, TestTestCase,
                              TestSuiteAndLoader, TestFunctionTestCase,
                              TestTextRunner)

if __name__ == '__main__':
    test_main()
