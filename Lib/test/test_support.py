"""Helpers shared by the regression tests (the 2.5 test.test_support API)."""

import sys
import unittest

__all__ = ['Error', 'TestFailed', 'TestSkipped', 'ResourceDenied', 'verbose',
           'use_resources', 'max_memuse', 'have_unicode', 'is_jython',
           'TESTFN', 'TESTFN_UNICODE', 'TESTFN_ENCODING', 'unlink', 'unload',
           'rmtree', 'findfile', 'verify', 'vereq', 'fcmp', 'FUZZ',
           'run_unittest', 'run_suite', 'run_doctest', 'requires',
           'sortdict', 'check_syntax', 'check_syntax_error',
           'captured_output', 'captured_stdout', 'forget',
           'is_resource_enabled', 'open_urlresource', 'run_with_locale',
           'bigmemtest', 'precisionbigmemtest', 'set_memlimit',
           'bind_port', 'find_unused_port', 'HOST', 'BasicTestRunner',
           'catch_warning', 'check_warnings', 'guard_warnings_filter',
           'EnvironmentVarGuard', 'TransientResource', 'import_module',
           'threading_setup', 'threading_cleanup', 'reap_children',
           'record_original_stdout', 'get_original_stdout']


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

if have_unicode:
    # A file name with non-ASCII characters, and the encoding the file
    # system uses for such names.
    TESTFN_UNICODE = unicode(TESTFN + "-\xe0\xf2", "latin-1")
    TESTFN_ENCODING = sys.getfilesystemencoding()
    try:
        TESTFN_UNICODE.encode(TESTFN_ENCODING or 'ascii')
    except (UnicodeError, TypeError, LookupError):
        TESTFN_UNICODE_UNENCODEABLE = None
    else:
        # Characters no 8-bit file system encoding can hold.
        TESTFN_UNICODE_UNENCODEABLE = TESTFN + u"-\u5171\u0141\u2661"
        try:
            TESTFN_UNICODE_UNENCODEABLE.encode(TESTFN_ENCODING or 'ascii')
        except (UnicodeError, LookupError):
            pass
        else:
            TESTFN_UNICODE_UNENCODEABLE = None


def unload(name):
    try:
        del sys.modules[name]
    except KeyError:
        pass


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
    """Raise ResourceDenied unless the resource is enabled.

    A test run directly as a script (its caller is __main__) gets every
    resource."""
    try:
        caller = sys._getframe(1)
    except (AttributeError, ValueError):
        caller = None
    if caller is not None and caller.f_globals.get('__name__') == '__main__':
        return
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


FUZZ = 1e-6


def fcmp(x, y):
    """Compare floats with a tolerance; sequences element-wise."""
    if type(x) == type(0.0) or type(y) == type(0.0):
        try:
            fuzz = (abs(x) + abs(y)) * FUZZ
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


def check_syntax_error(testcase, statement):
    """Assert (through a TestCase) that compiling statement fails."""
    try:
        compile(statement, '<test string>', 'exec')
    except SyntaxError:
        pass
    else:
        testcase.fail('Missing SyntaxError: "%s"' % statement)


def _url_basename(url):
    return url.rstrip('/').split('/')[-1]


def open_urlresource(url):
    requires('urlfetch')
    fn = _url_basename(url)
    for dn in [os.path.dirname(__file__), os.curdir]:
        path = os.path.join(dn, fn)
        if os.path.exists(path):
            return open(path)
    raise TestSkipped("resource %r is not available offline" % fn)


def run_with_locale(catstr, *locales):
    """Decorator: run the function under the first of locales that
    setlocale accepts for the category named catstr, then restore."""
    def decorator(func):
        def inner(*args, **kwds):
            try:
                import locale
                category = getattr(locale, catstr)
                orig_locale = locale.setlocale(category)
            except (ImportError, AttributeError):
                locale = orig_locale = None
            except Exception:
                locale = orig_locale = None
            else:
                for loc in locales:
                    try:
                        locale.setlocale(category, loc)
                        break
                    except Exception:
                        pass
            try:
                return func(*args, **kwds)
            finally:
                if locale is not None and orig_locale is not None:
                    locale.setlocale(category, orig_locale)
        inner.func_name = func.func_name
        inner.__doc__ = func.__doc__
        return inner
    return decorator


# Big-memory tests: they run only when set_memlimit() allowed enough.
_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
MAX_Py_ssize_t = sys.maxint


def set_memlimit(limit):
    """Parse a size such as '2.5Gb' and allow bigmem tests that much."""
    import re
    global max_memuse, real_max_memuse
    sizes = {'k': 1024, 'm': _1M, 'g': _1G, 't': 1024 * _1G}
    m = re.match(r'(\d+(\.\d+)?) (K|M|G|T)b?$', limit,
                 re.IGNORECASE | re.VERBOSE)
    if m is None:
        raise ValueError('Invalid memory limit %r' % (limit,))
    memlimit = int(float(m.group(1)) * sizes[m.group(3).lower()])
    real_max_memuse = memlimit
    if memlimit > MAX_Py_ssize_t:
        memlimit = MAX_Py_ssize_t
    if memlimit < _2G - 1:
        raise ValueError('Memory limit %r too low to be useful' % (limit,))
    max_memuse = memlimit


def bigmemtest(minsize, memuse, overhead=5 * _1M):
    """Decorator for tests that need about minsize*memuse+overhead bytes.

    The test method receives the size to use.  Without a memory limit
    it runs with a small size (5147) so the code path is exercised."""
    def decorator(f):
        def wrapper(self):
            if not max_memuse:
                maxsize = 5147
                self.failIf(maxsize * memuse + overhead > 20 * _1M)
            else:
                maxsize = int((max_memuse - overhead) / memuse)
                if maxsize < minsize:
                    if verbose:
                        sys.stderr.write("Skipping %s because of memory "
                                         "constraint\n" % (f.__name__,))
                    return
                maxsize = max(maxsize - 50 * _1M, minsize)
            return f(self, maxsize)
        wrapper.minsize = minsize
        wrapper.memuse = memuse
        wrapper.overhead = overhead
        wrapper.__name__ = f.__name__
        wrapper.__doc__ = f.__doc__
        return wrapper
    return decorator


def precisionbigmemtest(size, memuse, overhead=5 * _1M):
    def decorator(f):
        def wrapper(self):
            if not real_max_memuse:
                maxsize = 5147
            else:
                maxsize = size
                if real_max_memuse and real_max_memuse < maxsize * memuse:
                    if verbose:
                        sys.stderr.write("Skipping %s because of memory "
                                         "constraint\n" % (f.__name__,))
                    return
            return f(self, maxsize)
        wrapper.size = size
        wrapper.memuse = memuse
        wrapper.overhead = overhead
        wrapper.__name__ = f.__name__
        wrapper.__doc__ = f.__doc__
        return wrapper
    return decorator


def bigaddrspacetest(f):
    """Decorator for tests that need more address space than exists."""
    def wrapper(self):
        if max_memuse < MAX_Py_ssize_t:
            if verbose:
                sys.stderr.write("Skipping %s because of memory "
                                 "constraint\n" % (f.__name__,))
        else:
            return f(self)
    wrapper.__name__ = f.__name__
    return wrapper


HOST = 'localhost'


def bind_port(sock, host='', preferred_port=54321):
    """Bind sock to a free port on host and return the port number.

    The 2.5 form tries preferred_port and a few neighbours; if host is
    empty the loopback address is used so nothing is exposed."""
    import socket
    if not host:
        host = '127.0.0.1'
    last_exc = None
    for port in [preferred_port, 9907, 10243, 32999, 0]:
        try:
            sock.bind((host, port))
        except socket.error, e:
            last_exc = e
            continue
        if port == 0:
            port = sock.getsockname()[1]
        return port
    raise TestFailed('tests could not find a free port: %s' % (last_exc,))


def find_unused_port(family=None, socktype=None):
    import socket
    if family is None:
        family = socket.AF_INET
    if socktype is None:
        socktype = socket.SOCK_STREAM
    s = socket.socket(family, socktype)
    try:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]
    finally:
        s.close()


def import_module(name, deprecated=False):
    """Import and return a module, or raise TestSkipped if it is absent."""
    try:
        return __import__(name, {}, {}, ['*'])
    except ImportError, e:
        raise TestSkipped(str(e))


class WarningMessage(object):
    """What one call of warnings.showwarning received."""
    _fields = ('message', 'category', 'filename', 'lineno', 'file', 'line')

    def __init__(self, message=None, category=None, filename=None,
                 lineno=None, file=None, line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category and category.__name__ or None


class _WarningRecorder(object):
    """Saves the warnings filters and showwarning; records every warning.

    The attributes of the last warning (message, category, filename,
    lineno, ...) read through to the recorder; `warnings` lists all."""

    def __init__(self, record=True):
        self._record = record
        self.warnings = []

    def __getattr__(self, attr):
        if attr in WarningMessage._fields:
            if self.warnings:
                return getattr(self.warnings[-1], attr)
            return None
        raise AttributeError(attr)

    def reset(self):
        del self.warnings[:]

    def __enter__(self):
        import warnings
        self._warnings_module = warnings
        self._saved_filters = warnings.filters[:]
        self._saved_show = warnings.showwarning
        def showwarning(message, category, filename, lineno,
                        file=None, line=None):
            self.warnings.append(WarningMessage(message, category, filename,
                                                lineno, file, line))
        warnings.showwarning = showwarning
        return self

    def __exit__(self, *exc_info):
        warnings = self._warnings_module
        warnings.filters[:] = self._saved_filters
        warnings.showwarning = self._saved_show
        return False


def catch_warning(module=None, record=True):
    """Context manager: restore the warnings state on exit and record
    the warnings shown inside.  Use under 'with'."""
    return _WarningRecorder(record)


def check_warnings():
    """Context manager recording every warning ('always' filter)."""
    return _AlwaysRecorder()


class _AlwaysRecorder(_WarningRecorder):
    def __init__(self):
        _WarningRecorder.__init__(self, True)

    def __enter__(self):
        _WarningRecorder.__enter__(self)
        self._warnings_module.simplefilter('always')
        return self


class guard_warnings_filter(object):
    """Context manager that restores warnings.filters on exit."""

    def __enter__(self):
        import warnings
        self._warnings = warnings
        self._saved = warnings.filters[:]
        return self

    def __exit__(self, *exc_info):
        self._warnings.filters[:] = self._saved
        return False


class EnvironmentVarGuard(object):
    """Context manager to set and unset environment variables; every
    change is undone on exit."""

    def __init__(self):
        self._changed = {}

    def _remember(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = os.environ.get(envvar)

    def set(self, envvar, value):
        self._remember(envvar)
        os.environ[envvar] = value

    def unset(self, envvar):
        self._remember(envvar)
        if envvar in os.environ:
            del os.environ[envvar]

    __setitem__ = set
    __delitem__ = unset

    def __getitem__(self, envvar):
        return os.environ[envvar]

    def __contains__(self, envvar):
        return envvar in os.environ

    def get(self, envvar, default=None):
        return os.environ.get(envvar, default)

    def keys(self):
        return os.environ.keys()

    def __iter__(self):
        return iter(os.environ.keys())

    def __len__(self):
        return len(os.environ)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        for envvar, value in self._changed.items():
            if value is None:
                if envvar in os.environ:
                    del os.environ[envvar]
            else:
                os.environ[envvar] = value
        self._changed = {}
        return False


class TransientResource(object):
    """Context manager: an exception of exc type whose attributes match
    kwargs becomes ResourceDenied (a flaky external resource)."""

    def __init__(self, exc, **kwargs):
        self.exc = exc
        self.attrs = kwargs

    def __enter__(self):
        return self

    def __exit__(self, type_=None, value=None, traceback=None):
        if type_ is not None and issubclass(self.exc, type_):
            for attr, attr_value in self.attrs.iteritems():
                if not hasattr(value, attr):
                    break
                if getattr(value, attr) != attr_value:
                    break
            else:
                raise ResourceDenied("an optional resource is not available")
        return False


def threading_setup():
    import thread
    if hasattr(thread, '_count'):
        return (thread._count(),)
    return (0,)


def threading_cleanup(*original_values):
    import time
    try:
        import thread
    except ImportError:
        return
    if not hasattr(thread, '_count'):
        return
    for i in range(100):
        if (thread._count(),) <= original_values:
            break
        time.sleep(0.01)


def reap_children():
    """Wait for any child process that is still around."""
    if hasattr(os, 'waitpid'):
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
                if pid == 0:
                    break
            except (OSError, AttributeError):
                break


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


class BasicTestRunner(object):
    """Runs a test with a plain TestResult and no output."""
    def run(self, test):
        result = unittest.TestResult()
        test(result)
        return result


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
        if isinstance(cls, str):
            if cls in sys.modules:
                suite.addTest(
                    unittest.defaultTestLoader.loadTestsFromModule(
                        sys.modules[cls]))
            else:
                raise ValueError("str arguments must be keys in sys.modules")
        elif isinstance(cls, (unittest.TestSuite, unittest.TestCase)):
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
    if verbose:
        print 'doctest (%s) ... %d tests with zero failures' % (
            module.__name__, t)
    return f, t


_original_stdout = None


def record_original_stdout(stdout):
    global _original_stdout
    _original_stdout = stdout


def get_original_stdout():
    return _original_stdout or sys.stdout
