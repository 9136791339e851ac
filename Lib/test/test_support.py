"""Helpers shared by the regression tests (the 2.5 test.test_support API)."""

import sys
import unittest

__all__ = ['Error', 'TestFailed', 'TestSkipped', 'ResourceDenied', 'verbose',
           'use_resources', 'max_memuse', 'have_unicode', 'is_jython',
           'TESTFN', 'unlink', 'rmtree', 'findfile', 'verify', 'vereq',
           'fcmp', 'run_unittest', 'run_suite', 'run_doctest',
           'requires', 'sortdict', 'check_syntax', 'captured_output',
           'captured_stdout', 'forget', 'is_resource_enabled']


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""


class TestSkipped(Error):
    """Test skipped: a resource or feature it needs is not there."""


class ResourceDenied(TestSkipped):
    """A resource the test needs is not enabled."""


verbose = 1
use_resources = None
max_memuse = 0
real_max_memuse = 0

try:
    unicode
    have_unicode = True
except NameError:
    have_unicode = False

is_jython = sys.platform.startswith('java')

import os
TESTFN = '@test_%d' % os.getpid()
if os.path.isdir('/tmp'):
    TESTFN = os.path.join('/tmp', TESTFN)


def unlink(filename):
    try:
        os.unlink(filename)
    except OSError:
        pass


def rmtree(path):
    import shutil
    try:
        shutil.rmtree(path)
    except OSError:
        pass


def forget(modname):
    """Drop a module from sys.modules and remove its cached bytecode."""
    if modname in sys.modules:
        del sys.modules[modname]
    for dirname in sys.path:
        unlink(os.path.join(dirname, modname + os.extsep + 'pyc'))
        unlink(os.path.join(dirname, modname + os.extsep + 'pyo'))


def is_resource_enabled(resource):
    return use_resources is not None and resource in use_resources


def requires(resource, msg=None):
    if not is_resource_enabled(resource):
        if msg is None:
            msg = "Use of the `%s' resource not enabled" % resource
        raise ResourceDenied(msg)


def findfile(file, here=__file__):
    """Find a data file next to the tests, or on sys.path."""
    if os.path.isabs(file):
        return file
    path = [os.path.dirname(here)] + sys.path
    for dn in path:
        fn = os.path.join(dn, file)
        if os.path.exists(fn):
            return fn
    return file


def verify(condition, reason='test failed'):
    if not condition:
        raise TestFailed(reason)


def vereq(a, b):
    if not (a == b):
        raise TestFailed("%r == %r" % (a, b))


def fcmp(x, y):
    """Compare floats with a tolerance; sequences element-wise."""
    if type(x) == type(0.0) or type(y) == type(0.0):
        try:
            fuzz = (abs(x) + abs(y)) * 1e-6
            if abs(x - y) <= fuzz:
                return 0
        except:
            pass
    elif type(x) == type(y) and type(x) in (type(()), type([])):
        for i in range(min(len(x), len(y))):
            outcome = fcmp(x[i], y[i])
            if outcome != 0:
                return outcome
        return cmp(len(x), len(y))
    return cmp(x, y)


def sortdict(dict):
    items = dict.items()
    items.sort()
    reprpairs = ["%r: %r" % pair for pair in items]
    return "{%s}" % ", ".join(reprpairs)


def check_syntax(statement):
    try:
        compile(statement, '<string>', 'exec')
    except SyntaxError:
        pass
    else:
        print 'Missing SyntaxError: "%s"' % statement


class _Capture(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        import StringIO
        self.saved = getattr(sys, self.name)
        self.stream = StringIO.StringIO()
        setattr(sys, self.name, self.stream)
        return self.stream

    def __exit__(self, *exc):
        setattr(sys, self.name, self.saved)
        return False


def captured_output(stream_name):
    """Use in a with statement: replaces sys.<stream_name> by a StringIO."""
    return _Capture(stream_name)


def captured_stdout():
    return captured_output("stdout")


def run_suite(suite, testclass=None):
    """Run a suite; raise TestFailed with the details if anything failed."""
    if verbose:
        runner = unittest.TextTestRunner(sys.stdout, verbosity=2)
    else:
        runner = unittest.TextTestRunner(sys.stdout, verbosity=0)
    result = runner.run(suite)
    if not result.wasSuccessful():
        if len(result.errors) == 1 and not result.failures:
            err = result.errors[0][1]
        elif len(result.failures) == 1 and not result.errors:
            err = result.failures[0][1]
        else:
            if testclass is None:
                msg = "errors occurred; run in verbose mode for details"
            else:
                msg = "errors occurred in %s.%s" % (testclass.__module__,
                                                     testclass.__name__)
            raise TestFailed(msg)
        raise TestFailed(err)


def run_unittest(*classes):
    """Run tests from unittest.TestCase classes (or suites)."""
    suite = unittest.TestSuite()
    for cls in classes:
        if isinstance(cls, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(cls)
        else:
            suite.addTest(unittest.makeSuite(cls))
    if len(classes) == 1:
        testclass = classes[0]
    else:
        testclass = None
    run_suite(suite, testclass)


def run_doctest(module, verbosity=None):
    """Run the doctests of a module; return (failures, tests)."""
    import doctest
    if verbosity is None:
        verbosity = verbose
    else:
        verbosity = None
    save_stdout = sys.stdout
    sys.stdout = get_original_stdout()
    try:
        f, t = doctest.testmod(module, verbose=verbosity)
        if f:
            raise TestFailed("%d of %d doctests failed" % (f, t))
    finally:
        sys.stdout = save_stdout
    return f, t


_original_stdout = None


def record_original_stdout(stdout):
    global _original_stdout
    _original_stdout = stdout


def get_original_stdout():
    return _original_stdout or sys.stdout
