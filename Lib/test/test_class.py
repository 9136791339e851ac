"""Tests for new-style class behaviour (class statements, attributes,
methods, instances).  Classic classes are covered by test_classic."""

import unittest
from test import test_support


class ClassAttributeTests(unittest.TestCase):

    def test_class_dict_and_attributes(self):
        class A(object):
            "A docstring"
            shared = []
            def method(self):
                return 'm'
        self.assertEqual(A.__name__, 'A')
        self.assertEqual(A.__doc__, 'A docstring')
        self.assertEqual(A.__bases__, (object,))
        self.assertEqual(sorted(k for k in A.__dict__
                                if not k.startswith('__')),
                         ['method', 'shared'])
        self.assertEqual(sorted(type('N', (object,), {}).__dict__.keys()),
                         ['__dict__', '__doc__', '__module__',
                          '__weakref__'])

    def test_instance_and_class_attributes(self):
        class A(object):
            counter = 0
        a, b = A(), A()
        a.counter = 'inst'
        self.assertEqual((a.counter, b.counter, A.counter), ('inst', 0, 0))
        del a.counter
        self.assertEqual(a.counter, 0)
        A.added = 'later'
        self.assertEqual(b.added, 'later')
        del A.added
        self.failIf(hasattr(b, 'added'))

    def test_missing_attribute_messages(self):
        class A(object):
            pass
        try:
            A().foo
        except AttributeError, e:
            self.assertEqual(str(e), "'A' object has no attribute 'foo'")
        try:
            A.foo
        except AttributeError, e:
            self.assertEqual(str(e),
                             "type object 'A' has no attribute 'foo'")
        try:
            object().x = 1
        except AttributeError, e:
            self.assertEqual(str(e),
                             "'object' object has no attribute 'x'")
        try:
            'abc'.upper = None
        except AttributeError, e:
            self.assertEqual(str(e),
                             "'str' object attribute 'upper' is read-only")
        try:
            setattr(A(), 5, 1)
        except TypeError, e:
            self.assertEqual(str(e),
                             "attribute name must be string, not 'int'")

    def test_unicode_attribute_names(self):
        class A(object):
            pass
        a = A()
        setattr(a, u'x', 1)
        self.assertEqual(getattr(a, u'x'), 1)
        self.assertEqual(a.x, 1)


class MethodTests(unittest.TestCase):

    def test_bound_and_unbound(self):
        class A(object):
            def f(self, x=0):
                return ('f', x)
        a = A()
        self.assertEqual(a.f(1), ('f', 1))
        self.assertEqual(A.f(a, 2), ('f', 2))
        self.assert_(a.f.im_self is a)
        self.assert_(A.f.im_self is None)
        self.assert_(A.f.im_class is A)
        self.assertRaises(TypeError, A.f, 5)
        self.assertEqual(repr(A.f), '<unbound method A.f>')

    def test_function_attached_later(self):
        class A(object):
            pass
        def outside(self):
            return type(self).__name__
        A.attached = outside
        self.assertEqual(A().attached(), 'A')
        a = A()
        a.inst = outside
        self.assertRaises(TypeError, a.inst)


class InstanceTests(unittest.TestCase):

    def test_default_repr(self):
        class A(object):
            pass
        a = A()
        r = repr(a)
        self.assert_(r.startswith('<%s.A object at 0x' % __name__), r)
        self.assertEqual(str(a), r)

    def test_isinstance_issubclass(self):
        class A(object):
            pass
        class B(A):
            pass
        self.assert_(isinstance(B(), A))
        self.failIf(isinstance(A(), B))
        self.assert_(issubclass(B, A))
        self.assert_(issubclass(B, object))
        self.assert_(isinstance(B, type))

    def test_identity_hash_and_compare(self):
        class A(object):
            pass
        a, b = A(), A()
        self.assertEqual(a, a)
        self.assertNotEqual(a, b)
        self.assertEqual(hash(a), id(a))
        d = {a: 1}
        self.assertEqual(d[a], 1)

    def test_mixed_type_ordering(self):
        self.assert_(None < 0)
        self.assert_(0 < '')
        self.assert_(1 < [] < '' < ())
        self.assertEqual(cmp(None, None), 0)

    def test_callable(self):
        class A(object):
            pass
        self.assert_(callable(A))
        self.failIf(callable(A()))
        try:
            A()()
        except TypeError, e:
            self.assertEqual(str(e), "'A' object is not callable")

    def test_classic_and_newstyle_mix(self):
        class Classic:
            def who(self):
                return 'classic'
        class New(object):
            pass
        class Mixed(Classic, New):
            pass
        self.assertEqual(type(Mixed), type)
        self.assertEqual([k.__name__ for k in Mixed.__mro__],
                         ['Mixed', 'Classic', 'New', 'object'])
        self.assertEqual(Mixed().who(), 'classic')

    def test_module_type(self):
        import types
        m = types.ModuleType('mymod', 'a doc')
        self.assertEqual(m.__name__, 'mymod')
        self.assertEqual(m.__doc__, 'a doc')
        self.assertEqual(repr(m), "<module 'mymod' (built-in)>")
        m.x = 1
        self.assertEqual(m.__dict__['x'], 1)
        self.assertRaises(TypeError, types.ModuleType)


def test_main():
    test_support.run_unittest(ClassAttributeTests, MethodTests,
                              InstanceTests)

if __name__ == '__main__':
    test_main()
