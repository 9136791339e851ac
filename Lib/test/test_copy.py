"""Tests for the copy module (2.5 Library Reference, section 5.17)."""

import copy
import copy_reg
import unittest
from test import test_support


class Classic:
    def __init__(self, v):
        self.v = v


class WithInitArgs:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.inits = getattr(self, 'inits', 0) + 1

    def __getinitargs__(self):
        return (self.a, self.b)


class WithState(object):
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v, 'extra': 'from getstate'}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class NewStyle(object):
    def __init__(self, v):
        self.v = v


class Slotted(object):
    __slots__ = ('a', 'b')


class CopyHooks(object):
    def __init__(self):
        self.calls = []

    def __copy__(self):
        self.calls.append('copy')
        return 'shallow'

    def __deepcopy__(self, memo):
        self.calls.append(('deepcopy', type(memo)))
        return 'deep'


class TestShallow(unittest.TestCase):

    def test_atomic_types_are_returned(self):
        for x in (None, 1, 2L, 3.5, 1j, True, 'abc', u'xyz', (1, 2),
                  frozenset([1]), int, len, xrange(3), Classic):
            self.assert_(copy.copy(x) is x, repr(x))

    def test_function_is_atomic(self):
        def f():
            pass
        self.assert_(copy.copy(f) is f)
        self.assert_(copy.deepcopy(f) is f)

    def test_containers_are_new(self):
        inner = [1]
        for x in ([1, inner], {'a': inner}, set([1, 2])):
            y = copy.copy(x)
            self.assertEqual(x, y)
            self.assert_(x is not y)
            self.assertEqual(type(y), type(x))
        l = [inner]
        self.assert_(copy.copy(l)[0] is inner)
        d = {'k': inner}
        self.assert_(copy.copy(d)['k'] is inner)

    def test_classic_instance(self):
        x = Classic([1, 2])
        y = copy.copy(x)
        self.assert_(y is not x)
        self.assert_(y.__class__ is Classic)
        self.assert_(y.v is x.v)

    def test_getinitargs(self):
        x = WithInitArgs(1, [2])
        y = copy.copy(x)
        self.assertEqual((y.a, y.b), (1, [2]))
        self.assert_(y.b is x.b)

    def test_new_style_instance(self):
        x = NewStyle([1])
        y = copy.copy(x)
        self.assert_(type(y) is NewStyle)
        self.assert_(y.v is x.v)

    def test_getstate_setstate(self):
        x = WithState(5)
        y = copy.copy(x)
        self.assertEqual(y.v, 5)
        self.assertEqual(y.extra, 'from getstate')
        self.assert_(y.restored)

    def test_slots(self):
        x = Slotted()
        x.a = [1]
        y = copy.copy(x)
        self.assert_(y.a is x.a)
        self.failIf(hasattr(y, 'b'))

    def test_copy_hook(self):
        x = CopyHooks()
        self.assertEqual(copy.copy(x), 'shallow')
        self.assertEqual(x.calls, ['copy'])

    def test_subclass_of_list(self):
        class L(list):
            pass
        x = L([1, 2])
        x.attr = 'a'
        y = copy.copy(x)
        self.assertEqual(type(y), L)
        self.assertEqual(y, [1, 2])
        self.assertEqual(y.attr, 'a')

    def test_dispatch_table(self):
        class C(object):
            def __init__(self, v):
                self.v = v
        def reduce_c(obj):
            return (C, (obj.v * 10,))
        copy_reg.pickle(C, reduce_c)
        try:
            self.assertEqual(copy.copy(C(2)).v, 20)
            self.assertEqual(copy.deepcopy(C(3)).v, 30)
        finally:
            del copy_reg.dispatch_table[C]

    def test_uncopyable(self):
        class C(object):
            def __reduce_ex__(self, proto):
                raise copy.Error("nope")
        self.assertRaises(copy.Error, copy.copy, C())
        self.assert_(copy.error is copy.Error)
        self.assert_(issubclass(copy.Error, Exception))


class TestDeep(unittest.TestCase):

    def test_nested(self):
        x = [1, [2, {'a': [3]}], (4, [5])]
        y = copy.deepcopy(x)
        self.assertEqual(x, y)
        self.assert_(y[1] is not x[1])
        self.assert_(y[1][1] is not x[1][1])
        self.assert_(y[1][1]['a'] is not x[1][1]['a'])
        self.assert_(y[2] is not x[2])
        self.assert_(y[2][1] is not x[2][1])

    def test_immutable_tuple_kept(self):
        x = (1, 'a', (2, 3))
        self.assert_(copy.deepcopy(x) is x)

    def test_shared_structure_stays_shared(self):
        shared = [1]
        x = [shared, shared]
        y = copy.deepcopy(x)
        self.assert_(y[0] is y[1])
        self.assert_(y[0] is not shared)

    def test_recursive_list(self):
        x = []
        x.append(x)
        y = copy.deepcopy(x)
        self.assert_(y is not x)
        self.assert_(y[0] is y)

    def test_recursive_dict(self):
        x = {}
        x['self'] = x
        y = copy.deepcopy(x)
        self.assert_(y['self'] is y)

    def test_recursive_instance(self):
        x = NewStyle(None)
        x.v = x
        y = copy.deepcopy(x)
        self.assert_(y.v is y)
        c = Classic(None)
        c.v = [c]
        d = copy.deepcopy(c)
        self.assert_(d.v[0] is d)

    def test_memo(self):
        inner = [1]
        memo = {id(inner): 'replaced'}
        self.assertEqual(copy.deepcopy([inner], memo), ['replaced'])

    def test_deepcopy_hook(self):
        x = CopyHooks()
        self.assertEqual(copy.deepcopy(x), 'deep')
        self.assertEqual(x.calls, [('deepcopy', dict)])

    def test_classic_instance(self):
        x = Classic([1, [2]])
        y = copy.deepcopy(x)
        self.assertEqual(y.v, [1, [2]])
        self.assert_(y.v is not x.v)
        self.assert_(y.v[1] is not x.v[1])

    def test_getinitargs_deep(self):
        x = WithInitArgs(1, [2])
        y = copy.deepcopy(x)
        self.assertEqual(y.b, [2])
        self.assert_(y.b is not x.b)

    def test_new_style_and_state(self):
        x = WithState([1])
        y = copy.deepcopy(x)
        self.assertEqual(y.v, [1])
        self.assert_(y.v is not x.v)
        self.assert_(y.restored)

    def test_bound_method(self):
        x = NewStyle([1])
        class H(object):
            def m(self):
                return self
        h = H()
        h.data = [1]
        m = copy.deepcopy(h.m)
        self.assert_(m.im_self is not h)
        self.assertEqual(m.im_self.data, [1])
        self.assert_(m() is m.im_self)

    def test_class_and_type_atomic(self):
        self.assert_(copy.deepcopy(NewStyle) is NewStyle)
        self.assert_(copy.deepcopy(Classic) is Classic)
        self.assert_(copy.deepcopy(int) is int)

    def test_metaclass_instance_atomic(self):
        class Meta(type):
            pass
        class K(object):
            __metaclass__ = Meta
        # deepcopy() treats any subclass of type as atomic (2.5's copy()
        # has no such check, so only deepcopy is asserted)
        self.assert_(copy.deepcopy(K) is K)

    def test_list_subclass_with_attrs(self):
        class L(list):
            pass
        x = L([[1]])
        x.attr = [2]
        y = copy.deepcopy(x)
        self.assertEqual(type(y), L)
        self.assertEqual(y, [[1]])
        self.assert_(y[0] is not x[0])
        self.assertEqual(y.attr, [2])
        self.assert_(y.attr is not x.attr)

    def test_dict_subclass(self):
        class D(dict):
            pass
        x = D(a=[1])
        y = copy.deepcopy(x)
        self.assertEqual(type(y), D)
        self.assertEqual(y, {'a': [1]})
        self.assert_(y['a'] is not x['a'])


def test_main():
    test_support.run_unittest(TestShallow, TestDeep)

if __name__ == '__main__':
    test_main()
