"""Tests for the types module (2.5 Library Reference, section 3.6)."""

import types
import sys
import unittest
from test import test_support


class TestTypes(unittest.TestCase):

    def test_basic_names(self):
        self.assert_(types.NoneType is type(None))
        self.assert_(types.TypeType is type)
        self.assert_(types.ObjectType is object)
        self.assert_(types.IntType is int)
        self.assert_(types.LongType is long)
        self.assert_(types.FloatType is float)
        self.assert_(types.BooleanType is bool)
        self.assert_(types.ComplexType is complex)
        self.assert_(types.StringType is str)
        self.assert_(types.UnicodeType is unicode)
        self.assertEqual(types.StringTypes, (str, unicode))
        self.assert_(types.BufferType is buffer)
        self.assert_(types.TupleType is tuple)
        self.assert_(types.ListType is list)
        self.assert_(types.DictType is dict)
        self.assert_(types.DictionaryType is dict)
        self.assert_(types.FileType is file)
        self.assert_(types.XRangeType is xrange)
        self.assert_(types.SliceType is slice)

    def test_function_types(self):
        def f():
            pass
        self.assert_(type(f) is types.FunctionType)
        self.assert_(types.LambdaType is types.FunctionType)
        self.assert_(type(f.func_code) is types.CodeType)
        def g():
            yield 1
        self.assert_(type(g()) is types.GeneratorType)
        self.assert_(type(len) is types.BuiltinFunctionType)
        self.assert_(type([].append) is types.BuiltinMethodType)
        self.assert_(types.BuiltinMethodType is types.BuiltinFunctionType)

    def test_class_types(self):
        class C:
            def m(self):
                pass
        class N(object):
            def m(self):
                pass
        self.assert_(type(C) is types.ClassType)
        self.assert_(type(C()) is types.InstanceType)
        self.assert_(type(C.m) is types.UnboundMethodType)
        self.assert_(type(C().m) is types.MethodType)
        self.assert_(types.UnboundMethodType is types.MethodType)
        self.assert_(type(N().m) is types.MethodType)
        self.assert_(type(N) is types.TypeType)

    def test_misc_types(self):
        self.assert_(type(sys) is types.ModuleType)
        self.assert_(type(Ellipsis) is types.EllipsisType)
        self.assert_(type(NotImplemented) is types.NotImplementedType)
        self.assert_(type(int.__dict__) is types.DictProxyType)
        try:
            raise ValueError
        except ValueError:
            tb = sys.exc_info()[2]
        self.assert_(type(tb) is types.TracebackType)
        self.assert_(type(tb.tb_frame) is types.FrameType)
        self.assert_(type(sys._getframe()) is types.FrameType)

    def test_descriptor_types(self):
        self.assert_(type(types.FunctionType.func_code) is
                     types.GetSetDescriptorType)
        self.assert_(type(types.FunctionType.func_globals) is
                     types.MemberDescriptorType)
        class S(object):
            __slots__ = ('a',)
        self.assert_(type(S.__dict__['a']) is types.MemberDescriptorType)

    def test_isinstance_use(self):
        self.assert_(isinstance('x', types.StringTypes))
        self.assert_(isinstance(u'x', types.StringTypes))
        self.failIf(isinstance(1, types.StringTypes))
        self.assert_(isinstance(True, types.IntType))

    def test_no_private_leftovers(self):
        for name in dir(types):
            if not name.startswith('__'):
                self.assert_(name.endswith('Type') or name.endswith('Types'),
                             name)


def test_main():
    test_support.run_unittest(TestTypes)

if __name__ == '__main__':
    test_main()
