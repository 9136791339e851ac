# Tests for the built-in exception classes and raise/except semantics
# (Python 2.5).
import sys
import unittest
from test import test_support


class HierarchyTest(unittest.TestCase):

    def test_roots(self):
        self.assertEqual(BaseException.__bases__, (object,))
        self.assert_(issubclass(Exception, BaseException))
        self.assert_(issubclass(StandardError, Exception))
        self.failIf(issubclass(KeyboardInterrupt, Exception))
        self.failIf(issubclass(SystemExit, Exception))
        self.assert_(issubclass(GeneratorExit, Exception))
        self.assert_(issubclass(StopIteration, Exception))

    def test_some_chains(self):
        self.assertEqual([c.__name__ for c in TabError.__mro__],
                         ['TabError', 'IndentationError', 'SyntaxError',
                          'StandardError', 'Exception', 'BaseException',
                          'object'])
        self.assert_(issubclass(UnicodeDecodeError, ValueError))
        self.assert_(issubclass(IOError, EnvironmentError))
        self.assert_(issubclass(UnboundLocalError, NameError))
        self.assert_(issubclass(NotImplementedError, RuntimeError))
        self.assert_(issubclass(UnicodeWarning, Warning))

    def test_module(self):
        import exceptions
        self.assert_(exceptions.ValueError is ValueError)
        self.assertEqual(ValueError.__module__, 'exceptions')
        names = [n for n in dir(exceptions) if not n.startswith('_')]
        self.assertEqual(len(names), 46)

    def test_builtin_types_immutable(self):
        self.assertRaises(TypeError, setattr, ValueError, 'x', 1)


class AttributesTest(unittest.TestCase):

    def test_args_and_message(self):
        e = Exception()
        self.assertEqual(e.args, ())
        self.assertEqual(e.message, '')
        self.assertEqual(str(e), '')
        e = Exception('one')
        self.assertEqual(e.args, ('one',))
        self.assertEqual(e.message, 'one')
        self.assertEqual(str(e), 'one')
        self.assertEqual(repr(e), "Exception('one',)")
        e = Exception('a', 'b')
        self.assertEqual(e.message, '')
        self.assertEqual(str(e), "('a', 'b')")
        self.assertEqual(repr(e), "Exception('a', 'b')")

    def test_getitem_and_slice(self):
        e = Exception('a', 'b')
        self.assertEqual(e[1], 'b')
        self.assertEqual(e[:1], ('a',))
        self.assertRaises(IndexError, lambda: e[5])

    def test_keyerror_str(self):
        self.assertEqual(str(KeyError('k')), "'k'")
        self.assertEqual(str(KeyError()), '')
        self.assertEqual(str(KeyError(1, 2)), '(1, 2)')

    def test_environment_error(self):
        e = IOError(2, 'No such file', 'name.txt')
        self.assertEqual(e.errno, 2)
        self.assertEqual(e.strerror, 'No such file')
        self.assertEqual(e.filename, 'name.txt')
        self.assertEqual(e.args, (2, 'No such file'))
        self.assertEqual(str(e), "[Errno 2] No such file: 'name.txt'")
        self.assertEqual(str(IOError(2, 'x')), '[Errno 2] x')
        e = IOError('just msg')
        self.assertEqual(e.errno, None)
        self.assertEqual(str(e), 'just msg')
        self.assertEqual(str(EnvironmentError(1, 2, 3, 4)), '(1, 2, 3, 4)')

    def test_syntax_error(self):
        e = SyntaxError('bad', ('dir/file.py', 3, 7, 'text'))
        self.assertEqual(e.msg, 'bad')
        self.assertEqual(e.filename, 'dir/file.py')
        self.assertEqual(e.lineno, 3)
        self.assertEqual(e.offset, 7)
        self.assertEqual(e.text, 'text')
        self.assertEqual(str(e), 'bad (file.py, line 3)')
        self.assertEqual(str(SyntaxError('m')), 'm')

    def test_system_exit_code(self):
        self.assertEqual(SystemExit().code, None)
        self.assertEqual(SystemExit(5).code, 5)
        self.assertEqual(SystemExit(1, 2).code, (1, 2))

    def test_unicode_errors(self):
        e = UnicodeDecodeError('utf8', '\xff\xfe', 0, 1, 'invalid start byte')
        self.assertEqual((e.encoding, e.object, e.start, e.end, e.reason),
                         ('utf8', '\xff\xfe', 0, 1, 'invalid start byte'))
        self.assertEqual(str(e), "'utf8' codec can't decode byte 0xff in "
                                 "position 0: invalid start byte")
        e = UnicodeEncodeError('ascii', u'\xe9x', 0, 1, 'ordinal not in range(128)')
        self.assertEqual(str(e), "'ascii' codec can't encode character "
                         "u'\\xe9' in position 0: ordinal not in range(128)")
        e = UnicodeEncodeError('ascii', u'ab', 0, 2, 'r')
        self.assertEqual(str(e), "'ascii' codec can't encode characters "
                                 "in position 0-1: r")
        self.assertRaises(TypeError, UnicodeDecodeError, 'x')

    def test_instance_dict(self):
        e = ValueError('x')
        e.extra = 5
        self.assertEqual(e.extra, 5)
        self.assertEqual(e.__dict__, {'extra': 5})

    def test_reduce(self):
        e = ValueError(1, 2)
        self.assertEqual(e.__reduce__(), (ValueError, (1, 2)))
        e.x = 3
        self.assertEqual(e.__reduce__(), (ValueError, (1, 2), {'x': 3}))

    def test_subclass_without_base_init(self):
        class My(Exception):
            def __init__(self, code):
                self.code = code
        m = My(7)
        self.assertEqual(m.args, ())
        self.assertEqual(m.code, 7)

    def test_no_keywords(self):
        self.assertRaises(TypeError, ValueError, x=1)


class RaiseTest(unittest.TestCase):

    def test_forms(self):
        try:
            raise ValueError, 'v'
        except ValueError, e:
            self.assertEqual(e.args, ('v',))
        try:
            raise ValueError, ('a', 'b')
        except ValueError, e:
            self.assertEqual(e.args, ('a', 'b'))
        try:
            raise ValueError('inst')
        except ValueError, e:
            self.assertEqual(str(e), 'inst')
        try:
            raise (KeyError, IndexError), 'first of tuple'
        except KeyError, e:
            self.assertEqual(e.args, ('first of tuple',))

    def test_instance_with_value(self):
        try:
            raise ValueError('x'), 'y'
        except TypeError, e:
            self.assertEqual(str(e),
                             'instance exception may not have a separate value')

    def test_not_raisable(self):
        try:
            raise 5
        except TypeError, e:
            self.assertEqual(str(e), 'exceptions must be classes, instances, '
                             'or strings (deprecated), not int')

    def test_bad_traceback(self):
        try:
            raise ValueError, 'x', 5
        except TypeError, e:
            self.assertEqual(str(e), 'raise: arg 3 must be a traceback or None')

    def test_reraise_keeps_traceback(self):
        def f():
            raise KeyError('k')
        try:
            try:
                f()
            except KeyError:
                raise
        except KeyError:
            tb = sys.exc_info()[2]
            depth = 0
            while tb is not None:
                depth += 1
                tb = tb.tb_next
            self.assertEqual(depth, 2)

    def test_exc_info_restored_after_function(self):
        def handler():
            try:
                raise IndexError
            except IndexError:
                return sys.exc_info()[0]
        sys.exc_clear()
        self.assert_(handler() is IndexError)
        self.assertEqual(sys.exc_info()[0], None)

    def test_classic_class_exceptions(self):
        class Old:
            pass
        try:
            raise Old
        except Old, e:
            self.assert_(isinstance(e, Old))

    def test_except_tuple(self):
        try:
            {}[1]
        except (IndexError, KeyError), e:
            self.assert_(isinstance(e, KeyError))


class ControlFlowTest(unittest.TestCase):

    def test_finally_runs_on_return(self):
        log = []
        def f():
            try:
                return 1
            finally:
                log.append('finally')
        self.assertEqual(f(), 1)
        self.assertEqual(log, ['finally'])

    def test_finally_overrides_return(self):
        def f():
            try:
                return 1
            finally:
                return 2
        self.assertEqual(f(), 2)

    def test_break_continue_through_finally(self):
        log = []
        for i in range(4):
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                log.append(i)
            finally:
                log.append('f%d' % i)
        self.assertEqual(log, [0, 'f0', 'f1', 2, 'f2', 'f3'])

    def test_exception_in_finally_replaces(self):
        def f():
            try:
                raise ValueError
            finally:
                raise KeyError
        self.assertRaises(KeyError, f)

    def test_else_clause(self):
        log = []
        try:
            log.append('body')
        except Exception:
            log.append('except')
        else:
            log.append('else')
        self.assertEqual(log, ['body', 'else'])

    def test_recursion_limit(self):
        def r():
            return r()
        try:
            r()
        except RuntimeError, e:
            self.assert_(str(e).startswith('maximum recursion depth exceeded'))
        else:
            self.fail('no RuntimeError')

    def test_deep_c_recursion_is_caught(self):
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(1000000)
        try:
            l = []
            for i in xrange(200000):
                l = [l]
            try:
                repr(l)
            except RuntimeError:
                pass
        finally:
            sys.setrecursionlimit(old)


def test_main():
    test_support.run_unittest(HierarchyTest, AttributesTest, RaiseTest,
                              ControlFlowTest)

if __name__ == '__main__':
    test_main()
