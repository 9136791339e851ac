"""Tests for super() (2.5 semantics)."""

import unittest
from test import test_support


class A(object):
    def f(self, trail):
        trail.append('A')
        return trail

    def cm(cls):
        return 'A.cm(%s)' % cls.__name__
    cm = classmethod(cm)

    x = 'A.x'


class B(A):
    def f(self, trail):
        trail.append('B')
        return super(B, self).f(trail)


class C(A):
    def f(self, trail):
        trail.append('C')
        return super(C, self).f(trail)

    x = 'C.x'


class D(B, C):
    def f(self, trail):
        trail.append('D')
        return super(D, self).f(trail)

    def cm(cls):
        return 'D+' + super(D, cls).cm()
    cm = classmethod(cm)


class SuperTests(unittest.TestCase):

    def test_cooperative_chain(self):
        self.assertEqual(D().f([]), ['D', 'B', 'C', 'A'])
        self.assertEqual(B().f([]), ['B', 'A'])
        self.assertEqual(super(B, D()).f([]), ['C', 'A'])

    def test_classmethod(self):
        self.assertEqual(D.cm(), 'D+A.cm(D)')
        self.assertEqual(D().cm(), 'D+A.cm(D)')
        self.assertEqual(super(D, D).cm(), 'A.cm(D)')

    def test_attribute_lookup(self):
        self.assertEqual(super(B, D()).x, 'C.x')
        self.assertEqual(super(C, D()).x, 'A.x')
        try:
            super(D, D()).nonexistent
        except AttributeError, e:
            self.assertEqual(str(e),
                             "'super' object has no attribute 'nonexistent'")
        else:
            self.fail("missing attribute found through super")

    def test_unbound_super(self):
        s = super(B)
        self.assertEqual(type(s), super)
        self.assertEqual(s.__thisclass__, B)
        self.assertEqual(s.__self__, None)
        bound = s.__get__(D(), D)
        self.assertEqual(bound.f([]), ['C', 'A'])

    def test_unbound_method_via_class_super(self):
        d = D()
        meth = super(B, D).f
        self.assertEqual(meth(d, []), ['C', 'A'])

    def test_errors(self):
        self.assertRaises(TypeError, super, B, 5)
        self.assertRaises(TypeError, super, B, A())
        self.assertRaises(TypeError, super)
        self.assertRaises(TypeError, super, 5)
        class Classic:
            pass
        try:
            super(Classic, Classic())
        except TypeError, e:
            self.assertEqual(str(e),
                             "super() argument 1 must be type, not classobj")
        else:
            self.fail("super accepted a classic class")

    def test_class_attribute_of_super(self):
        self.assertEqual(super(B, D()).__class__, super)

    def test_repr(self):
        r = repr(super(B, D()))
        self.assert_(r.startswith("<super: <class 'B'>, <D object>>"), r)

    def test_super_init(self):
        log = []
        class Base(object):
            def __init__(self):
                log.append('Base')
                super(Base, self).__init__()
        class Derived(Base):
            def __init__(self, v):
                log.append(('Derived', v))
                super(Derived, self).__init__()
        Derived(3)
        self.assertEqual(log, [('Derived', 3), 'Base'])

    def test_super_subclass(self):
        class mysuper(super):
            pass
        self.assertEqual(mysuper(B, D()).f([]), ['C', 'A'])

    def test_super_with_classic_base(self):
        class Old:
            def g(self):
                return 'Old.g'
        class New(object, Old):
            def g(self):
                return 'New+' + super(New, self).g()
        self.assertEqual(New().g(), 'New+Old.g')


def test_main():
    test_support.run_unittest(SuperTests)

if __name__ == '__main__':
    test_main()
