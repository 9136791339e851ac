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


def test_main():
    test_support.run_unittest(TestPartial)

if __name__ == '__main__':
    test_main()
