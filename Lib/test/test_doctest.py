"""Tests for doctest."""

import os
import sys
import types
import unittest
import tempfile
from StringIO import StringIO
from test import test_support

import doctest


def sample_func(v):
    """
    >>> print sample_func(22)
    44
    """
    return v + v


class SampleClass:
    """
    >>> SampleClass(3).double().get()
    6
    """

    def __init__(self, val):
        self.val = val

    def double(self):
        """
        >>> SampleClass(12).double().get()
        24
        """
        return SampleClass(self.val + self.val)

    def get(self):
        """
        >>> SampleClass(-5).get()
        -5
        """
        return self.val


def run_quietly(func, *args, **kwargs):
    saved = sys.stdout
    sys.stdout = out = StringIO()
    try:
        result = func(*args, **kwargs)
    finally:
        sys.stdout = saved
    return result, out.getvalue()


def make_test(docstring, name='t', globs=None, filename='f.py', lineno=0):
    parser = doctest.DocTestParser()
    return parser.get_doctest(docstring, globs or {}, name, filename,
                              lineno)


class ParserTests(unittest.TestCase):

    def test_examples(self):
        text = ("Some text.\n"
                "    >>> x = 1\n"
                "    >>> if x:\n"
                "    ...     print 'yes'\n"
                "    yes\n"
                "\n"
                "    >>> print 'a'; print 'b'\n"
                "    a\n"
                "    b\n")
        examples = doctest.DocTestParser().get_examples(text)
        self.assertEqual(len(examples), 3)
        self.assertEqual(examples[0].source, 'x = 1\n')
        self.assertEqual(examples[0].want, '')
        self.assertEqual(examples[1].source, "if x:\n    print 'yes'\n")
        self.assertEqual(examples[1].want, 'yes\n')
        self.assertEqual(examples[1].lineno, 2)
        self.assertEqual(examples[1].indent, 4)
        self.assertEqual(examples[2].want, 'a\nb\n')

    def test_parse_alternates_text_and_examples(self):
        pieces = doctest.DocTestParser().parse("intro\n>>> 1\n1\n\nend\n")
        self.assertTrue(isinstance(pieces[1], doctest.Example))
        self.assertTrue('intro' in pieces[0])
        self.assertTrue('end' in pieces[-1])

    def test_exception_message(self):
        text = (">>> 1/0\n"
                "Traceback (most recent call last):\n"
                "  ...\n"
                "ZeroDivisionError: integer division or modulo by zero\n")
        example = doctest.DocTestParser().get_examples(text)[0]
        self.assertEqual(example.exc_msg,
                         'ZeroDivisionError: integer division or modulo by '
                         'zero\n')
        plain = doctest.DocTestParser().get_examples(">>> 1\n1\n")[0]
        self.assertEqual(plain.exc_msg, None)

    def test_options(self):
        example = doctest.DocTestParser().get_examples(
            ">>> x  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n")[0]
        self.assertEqual(example.options, {doctest.ELLIPSIS: True,
                                           doctest.NORMALIZE_WHITESPACE:
                                           False})
        self.assertRaises(ValueError, doctest.DocTestParser().get_examples,
                          ">>> x  # doctest: +NOPE\n")
        self.assertRaises(ValueError, doctest.DocTestParser().get_examples,
                          ">>> # doctest: +ELLIPSIS\n")

    def test_bad_layout(self):
        parser = doctest.DocTestParser()
        self.assertRaises(ValueError, parser.get_examples, ">>>x\n")
        self.assertRaises(ValueError, parser.get_examples,
                          "  >>> x\n ... y\n")
        self.assertRaises(ValueError, parser.get_examples,
                          "   >>> x\n  want\n")

    def test_doctest_repr(self):
        test = make_test(">>> 1\n1\n>>> 2\n2\n", name='n', filename='f',
                         lineno=3)
        self.assertEqual(repr(test), '<DocTest n from f:3 (2 examples)>')


class CheckerTests(unittest.TestCase):

    def check(self, want, got, flags=0):
        return doctest.OutputChecker().check_output(want, got, flags)

    def test_plain(self):
        self.assertTrue(self.check('1\n', '1\n'))
        self.assertFalse(self.check('1\n', '2\n'))
        self.assertTrue(self.check('1\n', 'True\n'))
        self.assertFalse(self.check('1\n', 'True\n',
                                    doctest.DONT_ACCEPT_TRUE_FOR_1))

    def test_blankline(self):
        self.assertTrue(self.check('a\n<BLANKLINE>\nb\n', 'a\n\nb\n'))
        self.assertFalse(self.check('a\n<BLANKLINE>\nb\n', 'a\n\nb\n',
                                    doctest.DONT_ACCEPT_BLANKLINE))

    def test_normalize_whitespace(self):
        self.assertFalse(self.check('a b\n', 'a   b\n'))
        self.assertTrue(self.check('a b\n', 'a \n  b\n',
                                   doctest.NORMALIZE_WHITESPACE))

    def test_ellipsis(self):
        E = doctest.ELLIPSIS
        self.assertTrue(self.check('[0, 1, ..., 9]\n', str(range(10)) + '\n',
                                   E))
        self.assertFalse(self.check('[0, 1, ..., 9]\n',
                                    str(range(10)) + '\n'))
        self.assertTrue(self.check('...\n', 'anything\n', E))
        self.assertTrue(self.check('a...b...c\n', 'abc\n', E))
        self.assertFalse(self.check('aa...aa\n', 'aaa\n', E))
        self.assertFalse(self.check('x...\n', 'y\n', E))

    def test_output_difference(self):
        example = doctest.Example('f()', 'a\nb\n')
        checker = doctest.OutputChecker()
        self.assertEqual(checker.output_difference(example, 'a\nc\n', 0),
                         'Expected:\n    a\n    b\nGot:\n    a\n    c\n')
        self.assertEqual(checker.output_difference(example, '', 0),
                         'Expected:\n    a\n    b\nGot nothing\n')
        empty = doctest.Example('f()', '')
        self.assertEqual(checker.output_difference(empty, 'x\n', 0),
                         'Expected nothing\nGot:\n    x\n')
        self.assertEqual(checker.output_difference(empty, '\n', 0),
                         'Expected nothing\nGot:\n    <BLANKLINE>\n')
        diff = checker.output_difference(
            doctest.Example('f()', 'a\nb\nc\nd\n'), 'a\nB\nc\nd\n',
            doctest.REPORT_UDIFF)
        self.assertEqual(diff, 'Differences (unified diff with -expected '
                         '+actual):\n    @@ -1,4 +1,4 @@\n     a\n    -b\n'
                         '    +B\n     c\n     d\n')


class RunnerTests(unittest.TestCase):

    def run_test(self, test, **kw):
        runner = doctest.DocTestRunner(verbose=False, **kw)
        out = []
        result = runner.run(test, out=out.append)
        return result, ''.join(out)

    def test_success(self):
        test = make_test(">>> x = 2\n>>> x * 3\n6\n>>> print 'hi'\nhi\n")
        self.assertEqual(self.run_test(test), ((0, 3), ''))

    def test_failure_report(self):
        test = make_test("text\n>>> 1 + 1\n3\n", name='mod.f',
                         filename='mod.py', lineno=10)
        (failures, tries), report = self.run_test(test)
        self.assertEqual((failures, tries), (1, 1))
        self.assertEqual(report,
                         "*" * 70 + "\n"
                         'File "mod.py", line 12, in mod.f\n'
                         "Failed example:\n"
                         "    1 + 1\n"
                         "Expected:\n"
                         "    3\n"
                         "Got:\n"
                         "    2\n")

    def test_exceptions(self):
        test = make_test(">>> raise ValueError('x')\n"
                         "Traceback (most recent call last):\n"
                         "ValueError: x\n"
                         ">>> raise ValueError('y')\n"
                         "Traceback (most recent call last):\n"
                         "ValueError: z\n"
                         ">>> raise KeyError('q') "
                         "# doctest: +IGNORE_EXCEPTION_DETAIL\n"
                         "Traceback (most recent call last):\n"
                         "KeyError: 'other'\n"
                         ">>> undefined\n")
        (failures, tries), report = self.run_test(test)
        self.assertEqual((failures, tries), (2, 4))
        self.assertTrue('Exception raised:' in report)
        self.assertTrue("NameError: name 'undefined' is not defined"
                        in report)

    def test_skip_and_only_first_failure(self):
        test = make_test(">>> 1  # doctest: +SKIP\n2\n>>> 1\n2\n>>> 3\n4\n")
        (failures, tries), report = self.run_test(
            test, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
        self.assertEqual((failures, tries), (2, 2))
        self.assertEqual(report.count('Failed example'), 1)

    def test_globals_cleared_and_shared(self):
        globs = {'y': 5}
        test = make_test(">>> z = y + 1\n>>> z\n6\n", globs=globs)
        self.assertEqual(self.run_test(test)[0], (0, 2))
        self.assertEqual(globs, {'y': 5})
        self.assertEqual(test.globs, {})

    def test_verbose_and_summarize(self):
        runner = doctest.DocTestRunner(verbose=True)
        test = make_test(">>> 1\n1\n", name='v')
        out = []
        runner.run(test, out=out.append)
        self.assertEqual(''.join(out),
                         'Trying:\n    1\nExpecting:\n    1\nok\n')
        result, printed = run_quietly(runner.summarize, True)
        self.assertEqual(result, (0, 1))
        self.assertEqual(printed, "1 items passed all tests:\n"
                         "   1 tests in v\n"
                         "1 tests in 1 items.\n"
                         "1 passed and 0 failed.\n"
                         "Test passed.\n")

    def test_summarize_failures(self):
        runner = doctest.DocTestRunner(verbose=False)
        runner.run(make_test(">>> 1\n2\n", name='bad'), out=lambda s: None)
        result, printed = run_quietly(runner.summarize)
        self.assertEqual(result, (1, 1))
        self.assertEqual(printed, "*" * 70 + "\n1 items had failures:\n"
                         "   1 of   1 in bad\n***Test Failed*** 1 "
                         "failures.\n")

    def test_debug_runner(self):
        runner = doctest.DebugRunner(verbose=False)
        self.assertRaises(doctest.DocTestFailure, runner.run,
                          make_test(">>> 1\n2\n"))
        self.assertRaises(doctest.UnexpectedException, runner.run,
                          make_test(">>> 1/0\n"))

    def test_future_flags(self):
        import __future__
        test = make_test(">>> 1/2\n0.5\n",
                         globs={'division': __future__.division})
        self.assertEqual(self.run_test(test)[0], (0, 1))


class FinderTests(unittest.TestCase):

    def test_find_in_class(self):
        tests = doctest.DocTestFinder().find(SampleClass)
        names = [t.name for t in tests]
        # __init__ has no docstring, so no test.
        self.assertEqual(names, ['SampleClass', 'SampleClass.double',
                                 'SampleClass.get'])
        counts = dict([(t.name, len(t.examples)) for t in tests])
        self.assertEqual(counts['SampleClass'], 1)
        self.assertEqual(counts['SampleClass.get'], 1)

    def test_find_in_module(self):
        module = types.ModuleType('fake_mod')
        exec ('"""\n>>> 1\n1\n"""\n'
              'def f():\n'
              '    """\n    >>> f()\n    2\n    """\n'
              '    return 2\n'
              '__test__ = {"extra": ">>> 3\\n3\\n"}\n') in module.__dict__
        tests = doctest.DocTestFinder().find(module)
        names = [t.name for t in tests]
        self.assertEqual(names, ['fake_mod', 'fake_mod.__test__.extra',
                                 'fake_mod.f'])
        runner = doctest.DocTestRunner(verbose=False)
        for t in tests:
            runner.run(t, out=lambda s: None)
        self.assertEqual((runner.failures, runner.tries), (0, 3))

    def test_line_numbers(self):
        tests = doctest.DocTestFinder().find(sample_func)
        self.assertEqual(tests[0].lineno,
                         sample_func.func_code.co_firstlineno)

    def test_name_required(self):
        self.assertRaises(ValueError, doctest.DocTestFinder().find, 42)


class FrontEndTests(unittest.TestCase):

    def test_run_docstring_examples(self):
        def f():
            """
            >>> 6 * 7
            42
            >>> 1
            2
            """
        result, printed = run_quietly(doctest.run_docstring_examples, f,
                                      {}, name='f')
        self.assertTrue('Failed example:\n    1\n' in printed)
        self.assertFalse('6 * 7' in printed)

    def test_testmod(self):
        module = types.ModuleType('tm')
        exec 'def g():\n    """\n    >>> g()\n    1\n    """\n    return 1\n' \
             in module.__dict__
        result, printed = run_quietly(doctest.testmod, module,
                                      verbose=False)
        self.assertEqual(result, (0, 1))
        self.assertEqual(printed, '')
        self.assertRaises(TypeError, doctest.testmod, 42)

    def test_testfile(self):
        fd, path = tempfile.mkstemp(suffix='.txt')
        os.write(fd, "A file.\n\n>>> x = 1\n>>> x + 1\n2\n>>> x\n5\n")
        os.close(fd)
        try:
            result, printed = run_quietly(doctest.testfile, path,
                                          module_relative=False)
        finally:
            os.unlink(path)
        self.assertEqual(result, (1, 3))
        self.assertTrue('File "%s", line 6, in %s' %
                        (path, os.path.basename(path)) in printed)
        self.assertTrue('***Test Failed*** 1 failures.' in printed)

    def test_script_from_examples(self):
        text = "Intro\n>>> x = 1\n>>> x\n1\n\nOutro\n"
        self.assertEqual(doctest.script_from_examples(text),
                         "# Intro\nx = 1\nx\n# Expected:\n## 1\n#\n# Outro\n")

    def test_doctest_suite(self):
        module = types.ModuleType('ts')
        module.__file__ = 'ts.py'
        exec ('def good():\n    """\n    >>> 1 + 1\n    2\n    """\n'
              'def bad():\n    """\n    >>> 1 + 1\n    3\n    """\n') \
             in module.__dict__
        suite = doctest.DocTestSuite(module)
        self.assertEqual(suite.countTestCases(), 2)
        result = unittest.TestResult()
        suite.run(result)
        self.assertEqual(result.testsRun, 2)
        self.assertEqual(len(result.failures), 1)
        self.assertTrue('Failed doctest test for ts.bad' in
                        result.failures[0][1])
        empty = types.ModuleType('empty')
        self.assertRaises(ValueError, doctest.DocTestSuite, empty)

    def test_optionflags_are_distinct(self):
        flags = doctest.OPTIONFLAGS_BY_NAME.values()
        self.assertEqual(len(flags), len(dict.fromkeys(flags)))
        self.assertEqual(doctest.register_optionflag('ELLIPSIS'),
                         doctest.ELLIPSIS)
        self.assertEqual(doctest.COMPARISON_FLAGS & doctest.REPORTING_FLAGS,
                         0)


def test_main():
    test_support.run_unittest(ParserTests, CheckerTests, RunnerTests,
                              FinderTests, FrontEndTests)

if __name__ == "__main__":
    test_main()
