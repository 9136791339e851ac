import unittest
import weakref
import functools
from test import test_support


def capture(*args, **kw):
    return args, kw


class TestPartial(unittest.TestCase):
    def test_basic(self):
        p = functools.partial(capture, 1, 2, a=10)
        self.assertEqual(p(3, b=20), ((1, 2, 3), {'a': 10, 'b': 20}))
        self.assertEqual(p(a=30), ((1, 2), {'a': 30}))
        self.assertEqual(p.func, capture)
        self.assertEqual(p.args, (1, 2))
        self.assertEqual(p.keywords, {'a': 10})

    def test_no_keywords(self):
        p = functools.partial(capture)
        self.assertEqual(p.keywords, None)
        self.assertEqual(p(), ((), {}))

    def test_keywords_not_shared(self):
        p = functools.partial(capture, a=1)
        p(a=2)
        self.assertEqual(p.keywords, {'a': 1})

    def test_errors(self):
        try:
            functools.partial()
        except TypeError, e:
            self.assertEqual(str(e), "type 'partial' takes at least one argument")
        else:
            self.fail("no TypeError")
        try:
            functools.partial(2)
        except TypeError, e:
            self.assertEqual(str(e), "the first argument must be callable")
        else:
            self.fail("no TypeError")

    def test_attributes_readonly(self):
        p = functools.partial(capture, 1)
        self.assertRaises((TypeError, AttributeError), setattr, p, 'func', map)
        self.assertRaises((TypeError, AttributeError), setattr, p, 'args', (1,))

    def test_dict_and_weakref(self):
        p = functools.partial(capture)
        p.attr = 3
        self.assertEqual(p.__dict__, {'attr': 3})
        r = weakref.ref(p)
        self.assert_(r() is p)
        del p
        self.assertEqual(r(), None)

    def test_subclass(self):
        class P(functools.partial):
            pass
        p = P(capture, 5)
        self.assertEqual(p(6), ((5, 6), {}))

    def test_update_wrapper(self):
        def f():
            "doc"
        def g():
            pass
        functools.update_wrapper(g, f)
        self.assertEqual(g.__name__, 'f')
        self.assertEqual(g.__doc__, 'doc')


class TestUpdateWrapper(unittest.TestCase):

    def test_constants(self):
        self.assertEqual(functools.WRAPPER_ASSIGNMENTS,
                         ('__module__', '__name__', '__doc__'))
        self.assertEqual(functools.WRAPPER_UPDATES, ('__dict__',))

    def test_default_update(self):
        def f():
            """This is a test"""
            pass
        f.attr = 'This is also a test'
        def wrapper():
            pass
        wrapper.own = 1
        result = functools.update_wrapper(wrapper, f)
        self.assert_(result is wrapper)
        self.assertEqual(wrapper.__name__, 'f')
        self.assertEqual(wrapper.__doc__, 'This is a test')
        self.assertEqual(wrapper.__module__, f.__module__)
        self.assertEqual(wrapper.attr, 'This is also a test')
        self.assertEqual(wrapper.own, 1)
        # the dict is updated, not shared
        self.assert_(wrapper.__dict__ is not f.__dict__)

    def test_no_update(self):
        def f():
            """This is a test"""
            pass
        f.attr = 'This is also a test'
        def wrapper():
            pass
        functools.update_wrapper(wrapper, f, (), ())
        self.assertEqual(wrapper.__name__, 'wrapper')
        self.assertEqual(wrapper.__doc__, None)
        self.failIf(hasattr(wrapper, 'attr'))

    def test_selective_update(self):
        def f():
            pass
        f.attr = 'This is a different test'
        f.dict_attr = dict(a=1, b=2, c=3)
        def wrapper():
            pass
        wrapper.dict_attr = {}
        functools.update_wrapper(wrapper, f, ('attr',), ('dict_attr',))
        self.assertEqual(wrapper.__name__, 'wrapper')
        self.assertEqual(wrapper.attr, 'This is a different test')
        self.assertEqual(wrapper.dict_attr, f.dict_attr)

    def test_wraps(self):
        def f():
            """doc of f"""
            pass
        f.attr = 'x'
        @functools.wraps(f)
        def wrapper():
            return 'called'
        self.assertEqual(wrapper.__name__, 'f')
        self.assertEqual(wrapper.__doc__, 'doc of f')
        self.assertEqual(wrapper.attr, 'x')
        self.assertEqual(wrapper(), 'called')

    def test_wraps_selective(self):
        def f():
            pass
        f.attr = 'x'
        f.d = {'k': 1}
        def wrapper():
            pass
        wrapper.d = {}
        wrapper = functools.wraps(f, ('attr',), ('d',))(wrapper)
        self.assertEqual(wrapper.__name__, 'wrapper')
        self.assertEqual(wrapper.attr, 'x')
        self.assertEqual(wrapper.d, {'k': 1})

    def test_decorator_idiom(self):
        def deco(func):
            @functools.wraps(func)
            def inner(*args, **kw):
                return ('wrapped', func(*args, **kw))
            return inner
        @deco
        def add(a, b=1):
            "adds"
            return a + b
        self.assertEqual(add(1), ('wrapped', 2))
        self.assertEqual(add(1, b=5), ('wrapped', 6))
        self.assertEqual(add.__name__, 'add')
        self.assertEqual(add.__doc__, 'adds')


class TestPartialMore(unittest.TestCase):

    def test_positional_and_keyword_merge(self):
        def f(a, b, c=0, d=0):
            return (a, b, c, d)
        p = functools.partial(f, 1, d=4)
        self.assertEqual(p(2), (1, 2, 0, 4))
        self.assertEqual(p(2, 3, d=5), (1, 2, 3, 5))

    def test_nested_partial(self):
        p = functools.partial(capture, 1)
        q = functools.partial(p, 2)
        self.assertEqual(q(3), ((1, 2, 3), {}))

    def test_error_propagation(self):
        def f(x, y):
            return x / y
        p = functools.partial(f, 1)
        self.assertRaises(ZeroDivisionError, p, 0)
        self.assertRaises(TypeError, p)

    def test_builtin_func(self):
        p = functools.partial(int, base=16)
        self.assertEqual(p('ff'), 255)
        p = functools.partial(max, 10)
        self.assertEqual(p(3, 20), 20)

    def test_all_names(self):
        for name in ('partial', 'update_wrapper', 'wraps',
                     'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES'):
            self.assert_(hasattr(functools, name), name)


def test_main():
    test_support.run_unittest(TestPartial, TestUpdateWrapper, TestPartialMore)

if __name__ == '__main__':
    test_main()
