#! /usr/bin/env python
"""Regression test driver.

    python Lib/test/regrtest.py [-v] [-q] [-x] [test_name ...]

With no names, runs every Lib/test/test_*.py.  Each test module either
defines test_main() (usually calling test_support.run_unittest) or is a
script whose import runs the checks.  A test passes when it finishes
without exception, fails on TestFailed or any other exception, and is
skipped on TestSkipped (skips are reported, never counted as passes).

Options:
  -v  verbose: show each test method
  -q  quiet: only the summary
  -x  run every test except the named ones

Ends with the line "N passed, N failed"; the exit status is 0 only if
nothing failed.
"""

import sys
import os
import traceback


def findtests(testdir):
    names = []
    for name in os.listdir(testdir):
        if name.startswith('test_') and name.endswith('.py'):
            names.append(name[:-3])
    names.sort()
    return names


def runtest(test, verbose, quiet):
    """Run one test module; return 1 passed, 0 failed, -1 skipped."""
    from test import test_support
    test_support.verbose = verbose
    try:
        save_stdout = sys.stdout
        try:
            if test.startswith('test.'):
                abstest = test
            else:
                abstest = 'test.' + test
            the_package = __import__(abstest, globals(), locals(), [])
            the_module = getattr(the_package, test.split('.')[-1])
            indirect_test = getattr(the_module, "test_main", None)
            if indirect_test is not None:
                indirect_test()
        finally:
            sys.stdout = save_stdout
    except test_support.TestSkipped, msg:
        if not quiet:
            print test, "skipped --", msg
        return -1
    except KeyboardInterrupt:
        raise
    except test_support.TestFailed, msg:
        print "test", test, "failed --", msg
        return 0
    except:
        type, value = sys.exc_info()[:2]
        print "test", test, "crashed --", str(type) + ":", value
        traceback.print_exc(file=sys.stdout)
        return 0
    return 1


def main(args=None):
    if args is None:
        args = sys.argv[1:]
    verbose = 0
    quiet = 0
    exclude = 0
    names = []
    for a in args:
        if a == '-v':
            verbose += 1
        elif a == '-q':
            quiet = 1
        elif a == '-x':
            exclude = 1
        elif a.startswith('-'):
            print >>sys.stderr, "regrtest.py: unknown option %s" % a
            print >>sys.stderr, __doc__
            sys.exit(2)
        else:
            if a.endswith('.py'):
                a = a[:-3]
            names.append(os.path.basename(a))

    testdir = os.path.dirname(os.path.abspath(__file__))
    libdir = os.path.dirname(testdir)
    if libdir not in sys.path:
        sys.path.insert(0, libdir)

    if exclude or not names:
        all_tests = findtests(testdir)
        if exclude:
            tests = [t for t in all_tests if t not in names]
        else:
            tests = all_tests
    else:
        tests = names

    passed = []
    failed = []
    skipped = []
    for test in tests:
        if not quiet:
            print test
            sys.stdout.flush()
        result = runtest(test, verbose, quiet)
        if result > 0:
            passed.append(test)
        elif result == 0:
            failed.append(test)
        else:
            skipped.append(test)
        sys.stdout.flush()

    if failed:
        print len(failed), "test%s failed:" % (len(failed) != 1 and "s" or "")
        print " ".join(failed)
    if skipped and not quiet:
        print len(skipped), "test%s skipped:" % (len(skipped) != 1 and "s" or "")
        print " ".join(skipped)
    print "%d passed, %d failed" % (len(passed), len(failed))
    sys.exit(len(failed) != 0)


if __name__ == '__main__':
    main()
