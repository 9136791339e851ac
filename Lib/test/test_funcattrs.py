"""Tests for function objects and their attributes."""

import unittest
from test import test_support


def documented(a, b=2, *args, **kw):
    "the docstring"
    return a, b, args, kw

def undocumented():
    pass

def make_closure(x):
    def inner():
        return x
    return inner


class FunctionAttributeTests(unittest.TestCase):

    def test_basic_attributes(self):
        f = documented
        self.assertEqual(f.__name__, 'documented')
        self.assertEqual(f.func_name, 'documented')
        self.assertEqual(f.__doc__, 'the docstring')
        self.assertEqual(f.func_doc, 'the docstring')
        self.assertEqual(f.func_defaults, (2,))
        self.assert_(f.func_globals is globals())
        self.assertEqual(f.__module__, __name__)
        self.assert_(f.func_closure is None)
        self.assertEqual(type(f.func_code).__name__, 'code')
        self.assert_(undocumented.__doc__ is None)
        self.assert_(undocumented.func_defaults is None)

    def test_type_and_repr(self):
        self.assertEqual(type(documented).__name__, 'function')
        r = repr(documented)
        self.assert_(r.startswith('<function documented at 0x'), r)

    def test_name_is_writable(self):
        def f():
            pass
        f.__name__ = 'g'
        self.assertEqual(f.func_name, 'g')
        f.func_name = 'h'
        self.assertEqual(f.__name__, 'h')
        self.assert_('<function h at' in repr(f))
        self.assertRaises(TypeError, setattr, f, '__name__', 1)
        self.assertRaises(TypeError, delattr, f, '__name__')

    def test_doc_is_writable(self):
        def f():
            "old"
        f.__doc__ = 'new'
        self.assertEqual(f.func_doc, 'new')
        del f.__doc__
        self.assert_(f.__doc__ is None)

    def test_defaults(self):
        def f(a, b=1, c=2):
            return a, b, c
        self.assertEqual(f(0), (0, 1, 2))
        f.func_defaults = (10, 20)
        self.assertEqual(f(0), (0, 10, 20))
        f.func_defaults = None
        self.assertRaises(TypeError, f, 0)
        self.assertRaises(TypeError, setattr, f, 'func_defaults', [1])
        del f.func_defaults
        self.assert_(f.func_defaults is None)

    def test_arbitrary_attributes(self):
        def f():
            pass
        f.x = 1
        self.assertEqual(f.x, 1)
        self.assertEqual(f.__dict__, {'x': 1})
        self.assert_(f.func_dict is f.__dict__)
        f.__dict__ = {'y': 2}
        self.assertEqual(f.y, 2)
        self.failIf(hasattr(f, 'x'))
        self.assertRaises(TypeError, setattr, f, '__dict__', None)
        self.assertRaises(TypeError, delattr, f, '__dict__')
        del f.y
        self.assertRaises(AttributeError, getattr, f, 'y')

    def test_readonly_attributes(self):
        def f():
            pass
        self.assertRaises(TypeError, setattr, f, 'func_globals', {})
        self.assertRaises(TypeError, setattr, f, 'func_closure', ())

    def test_closure(self):
        inner = make_closure(42)
        self.assertEqual(len(inner.func_closure), 1)
        cell = inner.func_closure[0]
        self.assertEqual(type(cell).__name__, 'cell')
        self.assertEqual(cell.cell_contents, 42)
        self.assert_(repr(cell).startswith('<cell at 0x'))

    def test_func_code_assignment(self):
        def f():
            return 1
        def g():
            return 2
        f.func_code = g.func_code
        self.assertEqual(f(), 2)
        self.assertRaises(TypeError, setattr, f, 'func_code', None)
        inner = make_closure(1)
        self.assertRaises(ValueError, setattr, f, 'func_code',
                          inner.func_code)

    def test_function_constructor(self):
        function = type(documented)
        def source(x, y=5):
            return x + y
        f = function(source.func_code, {})
        self.assertEqual(f.__name__, 'source')
        self.assertEqual(f(1, 2), 3)
        g = function(source.func_code, {}, 'renamed', (7,))
        self.assertEqual(g.__name__, 'renamed')
        self.assertEqual(g(1), 8)
        self.assertRaises(TypeError, function, source.func_code, {}, 5)
        self.assertRaises(TypeError, function, source.func_code, {},
                          None, [1])
        inner = make_closure(3)
        h = function(inner.func_code, {}, None, None, inner.func_closure)
        self.assertEqual(h(), 3)
        self.assertRaises(ValueError, function, inner.func_code, {},
                          None, None, ())
        self.assertRaises(TypeError, function, inner.func_code, {},
                          None, None, (1,))
        self.assertRaises(TypeError, function, 1, {})

    def test_get_makes_methods(self):
        class C(object):
            pass
        def f(self):
            return self
        c = C()
        m = f.__get__(c, C)
        self.assert_(m() is c)
        self.assert_(m.im_func is f)
        u = f.__get__(None, C)
        self.assert_(u.im_self is None)

    def test_keyword_arguments(self):
        self.assertEqual(documented(1, b=3, c=4), (1, 3, (), {'c': 4}))
        self.assertEqual(documented(*(1, 2, 3)), (1, 2, (3,), {}))
        self.assertEqual(documented(**{'a': 9}), (9, 2, (), {}))


def test_main():
    test_support.run_unittest(FunctionAttributeTests)

if __name__ == '__main__':
    test_main()
