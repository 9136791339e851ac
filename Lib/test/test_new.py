"""Tests for the new module (2.5 Library Reference, section 3.28)."""

import new
import types
import sys
import unittest
from test import test_support


class TestNew(unittest.TestCase):

    def test_names_are_types(self):
        self.assert_(new.classobj is types.ClassType)
        self.assert_(new.function is types.FunctionType)
        self.assert_(new.instance is types.InstanceType)
        self.assert_(new.instancemethod is types.MethodType)
        self.assert_(new.module is types.ModuleType)
        self.assert_(new.code is types.CodeType)

    def test_module(self):
        m = new.module('spam', 'the doc')
        self.assertEqual(m.__name__, 'spam')
        self.assertEqual(m.__doc__, 'the doc')
        self.assert_(isinstance(m, types.ModuleType))
        self.failIf('spam' in sys.modules and sys.modules['spam'] is m)
        m.x = 1
        self.assertEqual(m.__dict__['x'], 1)

    def test_classobj(self):
        class Base:
            def hello(self):
                return 'hello from base'
        C = new.classobj('C', (Base,), {'x': 1})
        self.assertEqual(C.__name__, 'C')
        self.assertEqual(C.__bases__, (Base,))
        self.assertEqual(C.x, 1)
        self.assert_(type(C) is types.ClassType)
        self.assertEqual(C().hello(), 'hello from base')

    def test_instance(self):
        class C:
            def __init__(self):
                raise AssertionError('__init__ must not run')
        i = new.instance(C, {'a': 5})
        self.assertEqual(i.a, 5)
        self.assert_(i.__class__ is C)
        j = new.instance(C)
        self.assertEqual(j.__dict__, {})

    def test_instancemethod(self):
        class C:
            pass
        c = C()
        def meth(self, arg):
            return (self, arg)
        m = new.instancemethod(meth, c, C)
        self.assertEqual(m(3), (c, 3))
        self.assert_(m.im_self is c)
        self.assert_(m.im_func is meth)
        c.m = m
        self.assertEqual(c.m(4), (c, 4))

    def test_function(self):
        def outer():
            return x
        g = {'x': 'global x'}
        f = new.function(outer.func_code, g, 'renamed')
        self.assertEqual(f.__name__, 'renamed')
        self.assertEqual(f(), 'global x')
        def withdefaults(a, b=2):
            return a + b
        f = new.function(withdefaults.func_code, {}, 'wd', (10,))
        self.assertEqual(f(1), 11)
        self.assertEqual(f.func_defaults, (10,))

    def test_code(self):
        def f(a):
            return a * 2
        c = f.func_code
        c2 = new.code(c.co_argcount, c.co_nlocals, c.co_stacksize,
                      c.co_flags, c.co_code, c.co_consts, c.co_names,
                      c.co_varnames, c.co_filename, 'f2', c.co_firstlineno,
                      c.co_lnotab)
        self.assertEqual(c2.co_name, 'f2')
        g = new.function(c2, {})
        self.assertEqual(g(21), 42)


def test_main():
    test_support.run_unittest(TestNew)

if __name__ == '__main__':
    test_main()
