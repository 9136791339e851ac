"""Tests for property objects (2.5 semantics)."""

import unittest
from test import test_support


class PropertyTests(unittest.TestCase):

    def make_class(self):
        log = []

        class C(object):
            def __init__(self):
                self._x = 0

            def getx(self):
                log.append('get')
                return self._x

            def setx(self, value):
                log.append(('set', value))
                self._x = value

            def delx(self):
                log.append('del')
                del self._x

            x = property(getx, setx, delx, "the x property")
        return C, log

    def test_get_set_delete(self):
        C, log = self.make_class()
        c = C()
        c.x = 5
        self.assertEqual(c.x, 5)
        del c.x
        self.assertEqual(log, [('set', 5), 'get', 'del'])
        self.assertRaises(AttributeError, getattr, c, '_x')

    def test_class_access_returns_property(self):
        C, log = self.make_class()
        self.assert_(isinstance(C.x, property))
        self.assertEqual(C.x.__doc__, "the x property")
        self.assertEqual(C.x.fget, C.__dict__['getx'])
        self.assertEqual(C.x.fset, C.__dict__['setx'])
        self.assertEqual(C.x.fdel, C.__dict__['delx'])

    def test_readonly(self):
        class C(object):
            x = property(lambda self: 42)
        c = C()
        self.assertEqual(c.x, 42)
        try:
            c.x = 1
        except AttributeError, e:
            self.assertEqual(str(e), "can't set attribute")
        else:
            self.fail("setting a read-only property succeeded")
        try:
            del c.x
        except AttributeError, e:
            self.assertEqual(str(e), "can't delete attribute")
        else:
            self.fail("deleting a read-only property succeeded")

    def test_unreadable(self):
        class C(object):
            x = property(None, lambda self, v: None)
        c = C()
        c.x = 3
        try:
            c.x
        except AttributeError, e:
            self.assertEqual(str(e), "unreadable attribute")
        else:
            self.fail("reading a property without fget succeeded")

    def test_doc_from_getter(self):
        def getter(self):
            "getter doc"
            return 1
        self.assertEqual(property(getter).__doc__, "getter doc")
        self.assertEqual(property(getter, doc="explicit").__doc__,
                         "explicit")
        self.assertEqual(property().__doc__, None)

    def test_keywords(self):
        p = property(fget=len, doc='d')
        self.assertEqual(p.fget, len)
        self.assertEqual(p.fset, None)
        self.assertEqual(p.__doc__, 'd')

    def test_data_descriptor_beats_instance_dict(self):
        class C(object):
            x = property(lambda self: 'property')
        c = C()
        c.__dict__['x'] = 'instance'
        self.assertEqual(c.x, 'property')

    def test_attributes_readonly(self):
        p = property(len)
        self.assertRaises((TypeError, AttributeError), setattr, p, 'fget', 1)

    def test_subclass_override(self):
        class A(object):
            x = property(lambda self: 'A')
        class B(A):
            x = property(lambda self: 'B')
        self.assertEqual(B().x, 'B')
        self.assertEqual(A().x, 'A')

    def test_property_subclass(self):
        class MyProp(property):
            pass
        class C(object):
            x = MyProp(lambda self: 7)
        self.assertEqual(C().x, 7)
        self.assert_(isinstance(C.__dict__['x'], property))


def test_main():
    test_support.run_unittest(PropertyTests)

if __name__ == '__main__':
    test_main()
