"""Tests for the traceback module (2.5 Library Reference, section 26.?)."""

import sys
import traceback
import unittest
import StringIO
from test import test_support


def raiser(n):
    if n == 0:
        raise ValueError('bottom')
    raiser(n - 1)


def get_exc(func, *args):
    try:
        func(*args)
    except:
        return sys.exc_info()
    raise AssertionError('no exception')


THIS_FILE = __file__.replace('.pyc', '.py').replace('.pyo', '.py')


class TestExtract(unittest.TestCase):

    def test_extract_tb(self):
        t, v, tb = get_exc(raiser, 2)
        entries = traceback.extract_tb(tb)
        self.assertEqual(len(entries), 4)
        names = [e[2] for e in entries]
        self.assertEqual(names, ['get_exc', 'raiser', 'raiser', 'raiser'])
        for filename, lineno, name, line in entries:
            self.assertEqual(filename, THIS_FILE)
            self.assert_(isinstance(lineno, int))
        self.assertEqual(entries[-1][3], "raise ValueError('bottom')")
        self.assertEqual(entries[1][3], "raiser(n - 1)")

    def test_extract_tb_limit(self):
        t, v, tb = get_exc(raiser, 2)
        self.assertEqual(len(traceback.extract_tb(tb, 2)), 2)
        self.assertEqual(traceback.extract_tb(tb, 1)[0][2], 'get_exc')
        self.assertEqual(traceback.extract_tb(None), [])

    def test_extract_stack(self):
        def here():
            return traceback.extract_stack()
        stack = here()
        self.assertEqual(stack[-1][2], 'here')
        self.assertEqual(stack[-1][3], 'return traceback.extract_stack()')
        self.assertEqual(stack[-2][2], 'test_extract_stack')
        self.assertEqual(stack[-2][3], 'stack = here()')
        self.assertEqual(len(traceback.extract_stack(limit=2)), 2)
        f = sys._getframe()
        s = traceback.extract_stack(f)
        self.assertEqual(s[-1][2], 'test_extract_stack')

    def test_missing_source(self):
        code = compile('raise KeyError(1)\n', '<nowhere>', 'exec')
        try:
            exec code
        except KeyError:
            tb = sys.exc_info()[2]
        entries = traceback.extract_tb(tb)
        self.assertEqual(entries[-1], ('<nowhere>', 1, '<module>', None))
        lines = traceback.format_tb(tb)
        self.assertEqual(lines[-1], '  File "<nowhere>", line 1, in <module>\n')

    def test_tb_lineno(self):
        t, v, tb = get_exc(raiser, 0)
        self.assertEqual(traceback.tb_lineno(tb), tb.tb_lineno)


class TestFormat(unittest.TestCase):

    def test_format_list(self):
        lines = traceback.format_list([('f.py', 3, 'fn', 'x = 1'),
                                       ('g.py', 4, 'gn', None)])
        self.assertEqual(lines, ['  File "f.py", line 3, in fn\n    x = 1\n',
                                 '  File "g.py", line 4, in gn\n'])

    def test_format_exception(self):
        t, v, tb = get_exc(raiser, 1)
        lines = traceback.format_exception(t, v, tb)
        self.assertEqual(lines[0], 'Traceback (most recent call last):\n')
        self.assertEqual(lines[-1], 'ValueError: bottom\n')
        self.assertEqual(len(lines), 1 + 3 + 1)
        self.assertEqual(lines[1],
                         '  File "%s", line %d, in get_exc\n    func(*args)\n'
                         % (THIS_FILE, tb.tb_lineno))
        limited = traceback.format_exception(t, v, tb, 1)
        self.assertEqual(len(limited), 3)

    def test_format_exception_no_tb(self):
        self.assertEqual(traceback.format_exception(KeyError, KeyError('k'),
                                                    None),
                         ["KeyError: 'k'\n"])

    def test_format_exception_only(self):
        self.assertEqual(traceback.format_exception_only(ValueError,
                                                         ValueError('x')),
                         ['ValueError: x\n'])
        self.assertEqual(traceback.format_exception_only(ValueError,
                                                         ValueError()),
                         ['ValueError\n'])
        self.assertEqual(traceback.format_exception_only(ValueError, None),
                         ['ValueError\n'])
        class MyErr(Exception):
            pass
        self.assertEqual(traceback.format_exception_only(MyErr, MyErr(1, 2)),
                         ['MyErr: (1, 2)\n'])

    def test_unprintable_value(self):
        class Bad(Exception):
            def __str__(self):
                raise ValueError('no')
        self.assertEqual(traceback.format_exception_only(Bad, Bad()),
                         ['Bad: <unprintable Bad object>\n'])

    def test_syntax_error(self):
        e = SyntaxError('bad', ('f.py', 2, 3, 'x = = 1\n'))
        self.assertEqual(traceback.format_exception_only(SyntaxError, e),
                         ['  File "f.py", line 2\n', '    x = = 1\n',
                          '      ^\n', 'SyntaxError: bad\n'])

    def test_syntax_error_indented_source(self):
        e = SyntaxError('invalid syntax', ('g.py', 5, 9, '    if x x:\n'))
        self.assertEqual(traceback.format_exception_only(SyntaxError, e),
                         ['  File "g.py", line 5\n', '    if x x:\n',
                          '        ^\n', 'SyntaxError: invalid syntax\n'])

    def test_syntax_error_from_compile(self):
        try:
            compile('def f(:\n    pass\n', 'src.py', 'exec')
        except SyntaxError:
            t, v = sys.exc_info()[:2]
        lines = traceback.format_exception_only(t, v)
        self.assertEqual(lines[0], '  File "src.py", line 1\n')
        self.assertEqual(lines[1], '    def f(:\n')
        self.assert_(lines[2].endswith('^\n'))
        self.assertEqual(lines[-1], 'SyntaxError: invalid syntax\n')

    def test_syntax_error_subclass(self):
        e = IndentationError('unexpected indent', ('h.py', 1, 2, ' x\n'))
        lines = traceback.format_exception_only(IndentationError, e)
        self.assertEqual(lines[-1], 'IndentationError: unexpected indent\n')
        self.assertEqual(lines[0], '  File "h.py", line 1\n')

    def test_syntax_error_no_filename(self):
        e = SyntaxError('m', (None, 1, None, None))
        lines = traceback.format_exception_only(SyntaxError, e)
        self.assertEqual(lines[0], '  File "<string>", line 1\n')

    def test_string_exception(self):
        self.assertEqual(traceback.format_exception_only('strexc', 'val'),
                         ['strexc: val\n'])

    def test_format_exc_and_print_exc(self):
        try:
            {}['missing']
        except KeyError:
            text = traceback.format_exc()
            f = StringIO.StringIO()
            traceback.print_exc(file=f)
        self.assert_(text.startswith('Traceback (most recent call last):\n'))
        self.assert_(text.endswith("KeyError: 'missing'\n"))
        self.assert_("    {}['missing']\n" in text)
        self.assertEqual(f.getvalue(), text)

    def test_print_exc_limit(self):
        try:
            raiser(3)
        except ValueError:
            f = StringIO.StringIO()
            traceback.print_exc(1, f)
        lines = f.getvalue().splitlines()
        self.assertEqual(lines[0], 'Traceback (most recent call last):')
        self.assertEqual(len(lines), 4)
        self.assertEqual(lines[-1], 'ValueError: bottom')

    def test_print_exc_default_stderr(self):
        saved = sys.stderr
        sys.stderr = StringIO.StringIO()
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                traceback.print_exc()
            out = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        self.assert_(out.endswith('ZeroDivisionError: integer division or '
                                  'modulo by zero\n'), out)

    def test_print_exception(self):
        t, v, tb = get_exc(raiser, 0)
        f = StringIO.StringIO()
        traceback.print_exception(t, v, tb, None, f)
        self.assertEqual(f.getvalue(),
                         ''.join(traceback.format_exception(t, v, tb)))
        f = StringIO.StringIO()
        traceback.print_exception(t, v, None, None, f)
        self.assertEqual(f.getvalue(), 'ValueError: bottom\n')

    def test_print_tb_and_format_tb(self):
        t, v, tb = get_exc(raiser, 1)
        f = StringIO.StringIO()
        traceback.print_tb(tb, file=f)
        self.assertEqual(f.getvalue(), ''.join(traceback.format_tb(tb)))

    def test_stack_functions(self):
        f = StringIO.StringIO()
        traceback.print_stack(file=f)
        lines = traceback.format_stack()
        self.assert_(lines[-1].endswith('    lines = traceback.format_stack()\n'))
        self.assert_(f.getvalue().splitlines()[-1].strip() ==
                     'traceback.print_stack(file=f)')

    def test_print_last(self):
        t, v, tb = get_exc(raiser, 0)
        had = hasattr(sys, 'last_type')
        saved = (getattr(sys, 'last_type', None),
                 getattr(sys, 'last_value', None),
                 getattr(sys, 'last_traceback', None))
        sys.last_type, sys.last_value, sys.last_traceback = t, v, tb
        try:
            f = StringIO.StringIO()
            traceback.print_last(file=f)
        finally:
            if had:
                sys.last_type, sys.last_value, sys.last_traceback = saved
            else:
                del sys.last_type, sys.last_value, sys.last_traceback
        self.assert_(f.getvalue().endswith('ValueError: bottom\n'))

    def test_tracebacklimit(self):
        t, v, tb = get_exc(raiser, 3)
        sys.tracebacklimit = 2
        try:
            self.assertEqual(len(traceback.extract_tb(tb)), 2)
        finally:
            del sys.tracebacklimit
        self.assertEqual(len(traceback.extract_tb(tb)), 5)


def test_main():
    test_support.run_unittest(TestExtract, TestFormat)

if __name__ == '__main__':
    test_main()
