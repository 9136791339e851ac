# Tests for frame objects and the scoping rules the eval loop implements.
import sys
import unittest
from test import test_support


class FrameTest(unittest.TestCase):

    def test_getframe(self):
        f = sys._getframe()
        self.assertEqual(f.f_code.co_name, 'test_getframe')
        self.assert_(f.f_back is not None)
        self.assert_(f.f_globals is globals())
        self.assertEqual(f.f_restricted, False)

    def test_lineno(self):
        f = sys._getframe()
        line = f.f_lineno
        self.assertEqual(sys._getframe().f_lineno, line + 1)

    def test_locals(self):
        def g(a, b=2):
            c = 3
            return sys._getframe().f_locals
        self.assertEqual(g(1), {'a': 1, 'b': 2, 'c': 3})

    def test_lineno_not_writable_without_trace(self):
        f = sys._getframe()
        self.assertRaises(ValueError, setattr, f, 'f_lineno', 1)

    def test_builtins(self):
        f = sys._getframe()
        self.assert_(f.f_builtins['len'] is len)


class ScopeTest(unittest.TestCase):

    def test_unbound_local(self):
        def f():
            x = x + 1
        try:
            f()
        except UnboundLocalError, e:
            self.assertEqual(str(e),
                "local variable 'x' referenced before assignment")

    def test_global_name_error(self):
        def f():
            return undefined_name_xyz
        try:
            f()
        except NameError, e:
            self.assertEqual(str(e),
                "global name 'undefined_name_xyz' is not defined")

    def test_free_variable(self):
        def outer():
            def inner():
                return v
            try:
                inner()
            except NameError, e:
                msg = str(e)
            v = 1
            return msg
        self.assertEqual(outer(), "free variable 'v' referenced before "
                         "assignment in enclosing scope")

    def test_closures(self):
        def make(n):
            def add(x):
                return x + n
            return add
        self.assertEqual(make(3)(4), 7)

    def test_argument_errors(self):
        def f2(a, b):
            pass
        def fd(a, b=1):
            pass
        def cases():
            yield lambda: f2(1), 'f2() takes exactly 2 arguments (1 given)'
            yield lambda: f2(1, 2, 3), 'f2() takes exactly 2 arguments (3 given)'
            yield lambda: f2(b=2), ('f2() takes exactly 2 non-keyword '
                                    'arguments (0 given)')
            yield lambda: fd(), 'fd() takes at least 1 argument (0 given)'
            yield lambda: fd(1, 2, 3), 'fd() takes at most 2 arguments (3 given)'
            yield lambda: fd(1, c=3), ("fd() got an unexpected keyword "
                                       "argument 'c'")
            yield lambda: fd(1, a=2), ("fd() got multiple values for keyword "
                                       "argument 'a'")
            yield lambda: f2(*5), 'f2() argument after * must be a sequence'
            yield lambda: f2(**5), ('f2() argument after ** must be a '
                                    'dictionary')
        for call, msg in cases():
            try:
                call()
            except TypeError, e:
                self.assertEqual(str(e), msg)
            else:
                self.fail('no TypeError for ' + msg)

    def test_unpack_errors(self):
        try:
            a, b = [1]
        except ValueError, e:
            self.assertEqual(str(e), 'need more than 1 value to unpack')
        try:
            a, b = 1, 2, 3
        except ValueError, e:
            self.assertEqual(str(e), 'too many values to unpack')

    def test_exec(self):
        d = {}
        exec 'x = 1' in d
        self.assertEqual(d['x'], 1)
        try:
            exec 5
        except TypeError, e:
            self.assertEqual(str(e),
                'exec: arg 1 must be a string, file, or code object')

    def test_import_star_respects_all(self):
        import types
        m = types.ModuleType('m')
        m.__all__ = ['a']
        m.a = 1
        m.b = 2
        sys.modules['_test_frames_m'] = m
        try:
            d = {}
            exec 'from _test_frames_m import *' in d
        finally:
            del sys.modules['_test_frames_m']
        self.assertEqual(sorted(k for k in d if k != '__builtins__'), ['a'])
        del m.__all__
        m._private = 3
        sys.modules['_test_frames_m'] = m
        try:
            d = {}
            exec 'from _test_frames_m import *' in d
        finally:
            del sys.modules['_test_frames_m']
        self.assertEqual(sorted(k for k in d if k != '__builtins__'),
                         ['a', 'b'])

    def test_build_class_metaclass(self):
        class Meta(type):
            pass
        class A(object):
            __metaclass__ = Meta
        self.assert_(type(A) is Meta)
        class B(A):
            pass
        self.assert_(type(B) is Meta)
        class C:
            pass
        self.assertEqual(type(C).__name__, 'classobj')

    def test_slicing(self):
        class S(object):
            def __getitem__(self, i):
                return i
        self.assertEqual(S()[1:2], slice(1, 2, None))
        l = range(5)
        l[1:3] = ['x']
        self.assertEqual(l, [0, 'x', 3, 4])
        del l[:2]
        self.assertEqual(l, [3, 4])

    def test_print_softspace(self):
        import StringIO
        out = StringIO.StringIO()
        print >>out, 'a', 'b\n',
        print >>out, 'c'
        self.assertEqual(out.getvalue(), 'a b\nc\n')


def test_main():
    test_support.run_unittest(FrameTest, ScopeTest)

if __name__ == '__main__':
    test_main()
