# The eval loop reads and writes classic instances' attributes and calls
# classic classes on fast paths (Python/ceval.c, Objects/classobject.c
# _PyInstance_*); these tests pin the behaviour the general paths give.
import unittest
from test import test_support
import new


class Record:
    kind = 'record'

    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def first(self):
        return self.a


class ClassicFastPathTest(unittest.TestCase):

    def test_instance_dict_then_class(self):
        r = Record(1)
        self.assertEqual((r.a, r.b, r.kind, r.first()), (1, 2, 'record', 1))
        r.kind = 'own'
        self.assertEqual(r.kind, 'own')
        self.assertEqual(Record.kind, 'record')
        r.first = lambda: 'shadow'
        self.assertEqual(r.first(), 'shadow')

    def test_special_names_are_not_dict_entries(self):
        r = Record(1)
        r.__dict__['__class__'] = 5
        r.__dict__['__dict__'] = 6
        self.assert_(r.__class__ is Record)
        self.assertEqual(type(r.__dict__), dict)
        r.__dict__ = {'a': 7}
        self.assertEqual((r.a, r.first()), (7, 7))
        self.assertRaises(TypeError, setattr, r, '__dict__', 3)
        self.assertRaises(AttributeError, getattr, r, 'b')

    def test_dict_subclass_as_instance_dict(self):
        class D(dict):
            pass
        i = new.instance(Record, D(q=1))
        self.assertEqual(i.q, 1)
        i.q = 3
        self.assertEqual(i.q, 3)
        self.assertEqual(type(i.__dict__), D)

    def test_hooks(self):
        class H:
            def __setattr__(self, name, value):
                self.__dict__[name] = value * 2

            def __getattr__(self, name):
                return name + '!'
        h = H()
        h.x = 4
        self.assertEqual(h.x, 8)
        self.assertEqual(h.missing, 'missing!')

    def test_missing_attribute_message(self):
        try:
            Record(1).missing
        except AttributeError, e:
            self.assertEqual(str(e), "Record instance has no attribute 'missing'")
        else:
            self.fail('no AttributeError')

    def test_replacing_a_value_releases_the_old_one(self):
        import weakref
        class V:
            pass
        r = Record(V())
        ref = weakref.ref(r.a)
        r.a = 0
        self.assert_(ref() is None)

    def test_constructor_calls(self):
        self.assertEqual(Record(1, b=9).b, 9)
        class NoInit:
            pass
        try:
            NoInit(1)
        except TypeError, e:
            self.assertEqual(str(e), 'this constructor takes no arguments')
        else:
            self.fail('no TypeError')
        self.assert_(isinstance(NoInit(), NoInit))

        class BadInit:
            def __init__(self):
                return 1
        try:
            BadInit()
        except TypeError, e:
            self.assertEqual(str(e), '__init__() should return None')
        else:
            self.fail('no TypeError')
        try:
            Record()
        except TypeError, e:
            self.assertEqual(str(e),
                             '__init__() takes at least 2 arguments (1 given)')
        else:
            self.fail('no TypeError')
        self.assertRaises(TypeError, Record, *range(10))

        class Many:
            def __init__(self, *args):
                self.args = args
        self.assertEqual(Many(*range(12)).args, tuple(range(12)))
        self.assertEqual(Many(1, 2).args, (1, 2))

        class NotAFunction:
            __init__ = len
        try:
            NotAFunction()
        except TypeError, e:
            self.assertEqual(str(e), 'len() takes exactly one argument (0 given)')
        else:
            self.fail('no TypeError')

    def test_init_that_deletes_itself(self):
        class Once:
            def __init__(self, v):
                del Once.__init__
                self.v = v
        self.assertEqual(Once(3).v, 3)
        self.assertRaises(TypeError, Once, 3)

    def test_inherited_init(self):
        class Sub(Record):
            def __init__(self, *args):
                Record.__init__(self, *args)
                self.c = 3
        s = Sub(4)
        self.assertEqual((s.a, s.b, s.c), (4, 2, 3))
        class Plain(Record):
            pass
        self.assertEqual(Plain(5).a, 5)

    def test_init_exception_propagates(self):
        class Fails:
            def __init__(self):
                raise ValueError('no')
        self.assertRaises(ValueError, Fails)


def test_main():
    test_support.run_unittest(ClassicFastPathTest)


if __name__ == '__main__':
    test_main()
