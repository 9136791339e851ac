"""Tests for metaclasses and type(name, bases, dict) (2.5 semantics)."""

import unittest
from test import test_support


class MetaclassTests(unittest.TestCase):

    def test_metaclass_hooks(self):
        log = []
        class Meta(type):
            def __new__(mcls, name, bases, ns):
                log.append(('new', name))
                ns['added'] = 1
                return type.__new__(mcls, name, bases, ns)
            def __init__(cls, name, bases, ns):
                log.append(('init', name))
                super(Meta, cls).__init__(name, bases, ns)
            def __call__(cls, *args):
                log.append(('call', args))
                return type.__call__(cls, *args)
        class A(object):
            __metaclass__ = Meta
        a = A()
        self.assertEqual(log, [('new', 'A'), ('init', 'A'), ('call', ())])
        self.assertEqual(A.added, 1)
        self.assertEqual(type(A), Meta)
        class B(A):
            pass
        self.assertEqual(type(B), Meta)

    def test_metaclass_methods_not_on_instances(self):
        class Meta(type):
            def describe(cls):
                return cls.__name__
        class A(object):
            __metaclass__ = Meta
        self.assertEqual(A.describe(), 'A')
        self.failIf(hasattr(A(), 'describe'))

    def test_function_metaclass(self):
        def meta(name, bases, ns):
            return (name, bases, sorted(ns))
        class F:
            __metaclass__ = meta
            x = 1
        self.assertEqual(F, ('F', (), ['__metaclass__', '__module__', 'x']))

    def test_metaclass_conflict(self):
        class M1(type):
            pass
        class M2(type):
            pass
        X = M1('X', (object,), {})
        Y = M2('Y', (object,), {})
        try:
            type('Z', (X, Y), {})
        except TypeError, e:
            self.assert_(str(e).startswith('metaclass conflict'), str(e))
        else:
            self.fail("conflicting metaclasses accepted")

    def test_most_derived_metaclass_wins(self):
        class M1(type):
            pass
        class M2(M1):
            pass
        X = M1('X', (object,), {})
        Y = M2('Y', (object,), {})
        Z = type('Z', (X, Y), {})
        self.assertEqual(type(Z), M2)

    def test_type_three_args(self):
        def meth(self):
            return self.v
        T = type('T', (object,), {'v': 3, 'meth': meth, '__doc__': 'docs'})
        self.assertEqual(T().meth(), 3)
        self.assertEqual(T.__name__, 'T')
        self.assertEqual(T.__doc__, 'docs')
        self.assertEqual(T.__bases__, (object,))
        self.assertEqual(T.__module__, __name__)
        E = type('E', (), {})
        self.assertEqual(E.__bases__, (object,))

    def test_type_argument_errors(self):
        cases = [
            (('X', 5, {}), "type() argument 2 must be tuple, not int"),
            (('X', (), 5), "type() argument 3 must be dict, not int"),
            ((5, (), {}), "type() argument 1 must be string, not int"),
            (('X', ()), "type() takes 1 or 3 arguments"),
            (('X', (bool,), {}), "type 'bool' is not an acceptable base type"),
        ]
        for args, msg in cases:
            try:
                type(*args)
            except TypeError, e:
                self.assertEqual(str(e), msg)
            else:
                self.fail("type%r succeeded" % (args,))

    def test_only_classic_bases(self):
        class Old:
            pass
        self.assertRaises(TypeError, type, 'X', (Old,), {})
        Mixed = type('Mixed', (Old, object), {})
        self.assertEqual([k.__name__ for k in Mixed.__mro__],
                         ['Mixed', 'Old', 'object'])

    def test_type_of_type(self):
        self.assert_(type(type) is type)
        self.assert_(type(object) is type)
        self.assert_(isinstance(type, object))
        self.assert_(isinstance(object, type))
        self.assert_(type(1) is int)

    def test_custom_mro(self):
        class Meta(type):
            def mro(cls):
                return [cls, object]
        class Base(object):
            x = 1
        class C(Base):
            __metaclass__ = Meta
        self.assertEqual(C.__mro__, (C, object))
        self.failIf(hasattr(C, 'x'))

    def test_bad_custom_mro(self):
        class Meta(type):
            def mro(cls):
                return [cls, 5]
        self.assertRaises(TypeError, Meta, 'X', (object,), {})

    def test_metaclass_special_methods(self):
        class Meta(type):
            def __len__(cls):
                return 1000
            def __getitem__(cls, k):
                return k * 2
        class C(object):
            __metaclass__ = Meta
            def __len__(self):
                return 1
        self.assertEqual(len(C), 1000)
        self.assertEqual(len(C()), 1)
        self.assertEqual(C['ab'], 'abab')

    def test_metaclass_new_returning_other(self):
        class Meta(type):
            def __new__(mcls, name, bases, ns):
                return 42
        class C(object):
            __metaclass__ = Meta
        self.assertEqual(C, 42)

    def test_subclasses(self):
        class Root(object):
            pass
        class Left(Root):
            pass
        class Right(Root):
            pass
        subs = Root.__subclasses__()
        self.assertEqual(len(subs), 2)
        self.assert_(Left in subs and Right in subs)
        del Left, subs
        import gc
        gc.collect()
        self.assertEqual(Root.__subclasses__(), [Right])


def test_main():
    test_support.run_unittest(MetaclassTests)

if __name__ == '__main__':
    test_main()
