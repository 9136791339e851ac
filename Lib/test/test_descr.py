"""Tests for the new-style type system: descriptors, MRO, special methods,
subclassing built-ins, __class__/__bases__ assignment, pickling support
(2.5 semantics)."""

import unittest
from test import test_support


class DescriptorTests(unittest.TestCase):

    def test_data_vs_nondata(self):
        class Data(object):
            def __get__(self, obj, typ):
                if obj is None:
                    return self
                return obj.__dict__.get('_d', 'unset')
            def __set__(self, obj, val):
                obj.__dict__['_d'] = val
            def __delete__(self, obj):
                del obj.__dict__['_d']
        class NonData(object):
            def __get__(self, obj, typ):
                return 'nondata'
        class H(object):
            d = Data()
            n = NonData()
        h = H()
        self.assertEqual(h.d, 'unset')
        h.d = 10
        self.assertEqual(h.d, 10)
        h.__dict__['d'] = 'shadow'
        self.assertEqual(h.d, 10)
        del h.d
        self.assertEqual(h.d, 'unset')
        self.assertEqual(h.n, 'nondata')
        h.n = 'inst'
        self.assertEqual(h.n, 'inst')
        del h.n
        self.assertEqual(h.n, 'nondata')
        self.assert_(isinstance(H.d, Data))

    def test_set_without_delete(self):
        class NoDel(object):
            def __get__(self, obj, typ):
                return 1
            def __set__(self, obj, v):
                pass
        class H(object):
            x = NoDel()
        try:
            del H().x
        except AttributeError, e:
            self.assertEqual(str(e), '__delete__')
        else:
            self.fail("deleted through a descriptor without __delete__")

    def test_builtin_descriptor_types(self):
        self.assertEqual(type(int.__add__).__name__, 'wrapper_descriptor')
        self.assertEqual(type((1).__add__).__name__, 'method-wrapper')
        self.assertEqual(type(list.append).__name__, 'method_descriptor')
        self.assertEqual(type([].append).__name__,
                         'builtin_function_or_method')
        self.assertEqual(type(dict.__dict__['fromkeys']).__name__,
                         'classmethod_descriptor')
        self.assertEqual(type(type.__dict__['__name__']).__name__,
                         'getset_descriptor')
        self.assertEqual(type(type.__dict__['__mro__']).__name__,
                         'member_descriptor')

    def test_wrapper_calls(self):
        self.assertEqual(int.__add__(1, 2), 3)
        self.assertEqual((5).__neg__(), -5)
        self.assertEqual(list.__len__([1, 2]), 2)
        self.assertEqual([1, 2, 3].__getitem__(-1), 3)
        self.assertEqual(int.__add__(1, 2.5), NotImplemented)
        try:
            (1).__add__()
        except TypeError, e:
            self.assertEqual(str(e), 'expected 1 arguments, got 0')
        else:
            self.fail("wrapper accepted too few arguments")

    def test_method_descriptor_checks(self):
        try:
            str.upper(1)
        except TypeError, e:
            self.assertEqual(str(e), "descriptor 'upper' requires a 'str' "
                             "object but received a 'int'")
        else:
            self.fail("descriptor applied to the wrong type")
        self.assertEqual(str.upper('a'), 'A')
        self.assertRaises(TypeError, str.upper)

    def test_descriptor_reprs(self):
        self.assertEqual(repr(int.__add__),
                         "<slot wrapper '__add__' of 'int' objects>")
        self.assertEqual(repr(list.append),
                         "<method 'append' of 'list' objects>")
        self.assertEqual(repr(type.__dict__['__name__']),
                         "<attribute '__name__' of 'type' objects>")
        self.assertEqual(repr(len), '<built-in function len>')
        self.assert_(repr([].append).startswith(
            '<built-in method append of list object at 0x'))

    def test_staticmethod_classmethod(self):
        class C(object):
            def s(x):
                return ('s', x)
            s = staticmethod(s)
            def c(cls, x):
                return (cls.__name__, x)
            c = classmethod(c)
        class D(C):
            pass
        self.assertEqual(C.s(1), ('s', 1))
        self.assertEqual(C().s(1), ('s', 1))
        self.assertEqual(D.c(2), ('D', 2))
        self.assertEqual(D().c(2), ('D', 2))
        self.assert_(C.c.im_self is C)
        self.assertRaises(TypeError, classmethod, 5)
        sm = staticmethod(len)
        self.assert_(sm.__get__(None, C) is len)

    def test_dictproxy(self):
        class C(object):
            x = 1
        d = C.__dict__
        self.assertEqual(type(d).__name__, 'dictproxy')
        self.assertEqual(d['x'], 1)
        self.assert_('x' in d)
        self.assert_(d.has_key('x'))
        self.assertEqual(d.get('nope', 5), 5)
        self.assert_('x' in d.keys())
        self.assert_('x' in list(iter(d)))
        try:
            d['y'] = 2
        except TypeError, e:
            self.assertEqual(str(e),
                             "'dictproxy' object does not support "
                             "item assignment")
        else:
            self.fail("dictproxy is writable")
        self.assertEqual(type(d.copy()), dict)


class MROTests(unittest.TestCase):

    def names(self, cls):
        return [k.__name__ for k in cls.__mro__]

    def test_c3(self):
        class O(object): pass
        class A(O): pass
        class B(O): pass
        class C(O): pass
        class D(O): pass
        class E(O): pass
        class K1(A, B, C): pass
        class K2(D, B, E): pass
        class K3(D, A): pass
        class Z(K1, K2, K3): pass
        self.assertEqual(self.names(Z),
                         ['Z', 'K1', 'K2', 'K3', 'D', 'A', 'B', 'C', 'E',
                          'O', 'object'])
        self.assertEqual(Z.mro(), list(Z.__mro__))

    def test_inconsistent(self):
        class X(object): pass
        class Y(object): pass
        class XY(X, Y): pass
        class YX(Y, X): pass
        try:
            type('Bad', (XY, YX), {})
        except TypeError, e:
            self.assertEqual(str(e), "Cannot create a consistent method "
                             "resolution\norder (MRO) for bases X, Y")
        else:
            self.fail("inconsistent MRO accepted")
        try:
            type('Dup', (X, X), {})
        except TypeError, e:
            self.assertEqual(str(e), "duplicate base class X")
        else:
            self.fail("duplicate base accepted")

    def test_builtin_mros(self):
        self.assertEqual(self.names(bool), ['bool', 'int', 'object'])
        self.assertEqual(object.__mro__, (object,))

    def test_layout_conflict(self):
        self.assertRaises(TypeError, type, 'X', (int, str), {})


class SpecialMethodTests(unittest.TestCase):

    def test_binary_and_reflected(self):
        class V(object):
            def __init__(self, v):
                self.v = v
            def __add__(self, o):
                return ('add', self.v, o)
            def __radd__(self, o):
                return ('radd', self.v, o)
            def __pow__(self, o, m=None):
                return ('pow', self.v, o, m)
        self.assertEqual(V(1) + 2, ('add', 1, 2))
        self.assertEqual(2 + V(1), ('radd', 1, 2))
        self.assertEqual(pow(V(2), 3, 5), ('pow', 2, 3, 5))
        self.assertEqual(V(2) ** 3, ('pow', 2, 3, None))

    def test_subclass_reflected_first(self):
        class A(object):
            def __add__(self, o):
                return 'A.add'
            def __radd__(self, o):
                return 'A.radd'
        class B(A):
            def __radd__(self, o):
                return 'B.radd'
        self.assertEqual(A() + B(), 'B.radd')
        self.assertEqual(B() + A(), 'A.add')

    def test_notimplemented(self):
        class N(object):
            def __add__(self, o):
                return NotImplemented
        try:
            N() + N()
        except TypeError, e:
            self.assertEqual(str(e), "unsupported operand type(s) for +: "
                             "'N' and 'N'")
        else:
            self.fail("NotImplemented from both sides did not raise")

    def test_inplace(self):
        class I(object):
            def __init__(self):
                self.v = 0
            def __iadd__(self, o):
                self.v += o
                return self
        x = I()
        y = x
        x += 5
        self.assert_(x is y)
        self.assertEqual(x.v, 5)

    def test_comparisons(self):
        class C(object):
            def __init__(self, n):
                self.n = n
            def __lt__(self, o):
                return self.n < o.n
            def __eq__(self, o):
                return self.n == o.n
        self.assert_(C(1) < C(2))
        self.assert_(C(2) > C(1))   # reflected __lt__
        self.assert_(C(1) == C(1))
        self.assert_(C(1) != C(2))

    def test_cmp(self):
        class K(object):
            def __init__(self, k):
                self.k = k
            def __cmp__(self, o):
                return cmp(self.k, o.k)
        self.assertEqual(cmp(K(1), K(2)), -1)
        self.assert_(K(1) < K(2))
        self.assertEqual(sorted([K(3), K(1)])[0].k, 1)
        class Big(object):
            def __cmp__(self, o):
                return 42
        self.assertEqual(cmp(Big(), 1), 1)
        class Bad(object):
            def __cmp__(self, o):
                return 'x'
        self.assertRaises(TypeError, cmp, Bad(), 1)

    def test_hash(self):
        class P(object):
            def __init__(self, x):
                self.x = x
            def __eq__(self, o):
                return self.x == o.x
            def __hash__(self):
                return hash(self.x)
        self.assertEqual(len(set([P(1), P(1), P(2)])), 2)
        class L(object):
            def __hash__(self):
                return 2 ** 70
        self.assertEqual(type(hash(L())), int)
        class B(object):
            def __hash__(self):
                return 'no'
        self.assertRaises(TypeError, hash, B())
        o = object()
        self.assertEqual(hash(o), hash(o))

    def test_len_and_truth(self):
        class L(object):
            def __init__(self, n):
                self.n = n
            def __len__(self):
                return self.n
        self.assertEqual(len(L(3)), 3)
        self.failIf(L(0))
        self.assert_(L(2))
        try:
            len(L(-1))
        except ValueError, e:
            self.assertEqual(str(e), '__len__() should return >= 0')
        else:
            self.fail("negative __len__ accepted")
        self.assertRaises(TypeError, len, L('x'))
        class NZ(object):
            def __nonzero__(self):
                return 'yes'
        try:
            bool(NZ())
        except TypeError, e:
            self.assertEqual(str(e), "__nonzero__ should return bool or "
                             "int, returned str")
        else:
            self.fail("non-int __nonzero__ accepted")

    def test_containers(self):
        class Box(object):
            def __init__(self):
                self.d = {}
            def __getitem__(self, k):
                return self.d[k]
            def __setitem__(self, k, v):
                self.d[k] = v
            def __delitem__(self, k):
                del self.d[k]
            def __contains__(self, k):
                return k in self.d
        b = Box()
        b['a'] = 1
        self.assertEqual(b['a'], 1)
        self.assert_('a' in b)
        del b['a']
        self.failIf('a' in b)
        self.assertRaises(KeyError, b.__getitem__, 'a')

    def test_getitem_iteration(self):
        class Seq(object):
            def __getitem__(self, i):
                if i >= 3:
                    raise IndexError
                return i * 10
        self.assertEqual(list(Seq()), [0, 10, 20])
        self.assert_(20 in Seq())
        class NoIter(object):
            pass
        self.assertRaises(TypeError, iter, NoIter())

    def test_iter_next(self):
        class Count(object):
            def __init__(self):
                self.i = 0
            def __iter__(self):
                return self
            def next(self):
                self.i += 1
                if self.i > 3:
                    raise StopIteration
                return self.i
        self.assertEqual(list(Count()), [1, 2, 3])

    def test_call(self):
        class F(object):
            def __call__(self, *a, **k):
                return a, k
        self.assertEqual(F()(1, x=2), ((1,), {'x': 2}))
        self.assert_(callable(F()))
        self.failIf(callable(object()))

    def test_repr_str(self):
        class A(object):
            def __repr__(self):
                return 'A-repr'
        class B(object):
            def __str__(self):
                return 'B-str'
        self.assertEqual(str(A()), 'A-repr')
        self.assertEqual(repr(A()), 'A-repr')
        self.assertEqual(str(B()), 'B-str')
        self.assert_(repr(B()).startswith('<'))
        class Bad(object):
            def __repr__(self):
                return 5
        try:
            repr(Bad())
        except TypeError, e:
            self.assertEqual(str(e), "__repr__ returned non-string "
                             "(type int)")
        else:
            self.fail("non-string __repr__ accepted")

    def test_conversions(self):
        class N(object):
            def __int__(self):
                return 42
            def __float__(self):
                return 4.5
            def __index__(self):
                return 2
        self.assertEqual(int(N()), 42)
        self.assertEqual(float(N()), 4.5)
        self.assertEqual(range(5)[N()], 2)
        self.assertEqual('abcd'[N():], 'cd')

    def test_getattr_hooks(self):
        class G(object):
            real = 1
            def __getattr__(self, name):
                return 'auto-' + name
        self.assertEqual(G().real, 1)
        self.assertEqual(G().other, 'auto-other')
        log = []
        class GA(object):
            def __getattribute__(self, name):
                log.append(name)
                return object.__getattribute__(self, name)
        g = GA()
        g.x = 1
        self.assertEqual(g.x, 1)
        self.assertEqual(log, ['x'])

    def test_setattr_hooks(self):
        log = []
        class S(object):
            def __setattr__(self, name, value):
                log.append(name)
                object.__setattr__(self, name, value)
            def __delattr__(self, name):
                log.append('del ' + name)
                object.__delattr__(self, name)
        s = S()
        s.a = 1
        del s.a
        self.assertEqual(log, ['a', 'del a'])
        try:
            del s.zzz
        except AttributeError, e:
            self.assertEqual(str(e), 'zzz')
        else:
            self.fail("deleting a missing attribute succeeded")

    def test_setattr_hackcheck(self):
        self.assertRaises(TypeError, object.__setattr__, int, 'x', 1)
        self.assertRaises(TypeError, object.__delattr__, str, 'upper')

    def test_late_assignment_updates_slots(self):
        class N(object):
            pass
        n = N()
        N.__len__ = lambda self: 7
        self.assertEqual(len(n), 7)
        N.__add__ = lambda self, o: 'added'
        self.assertEqual(n + 1, 'added')
        class Sub(N):
            pass
        self.assertEqual(len(Sub()), 7)
        N.__len__ = lambda self: 8
        self.assertEqual(len(Sub()), 8)
        del N.__len__
        self.assertRaises(TypeError, len, n)

    def test_instance_special_methods_ignored(self):
        class N(object):
            def __len__(self):
                return 1
        n = N()
        n.__len__ = lambda: 99
        self.assertEqual(len(n), 1)

    def test_del(self):
        log = []
        class R(object):
            def __del__(self):
                log.append('del')
        r = R()
        del r
        self.assertEqual(log, ['del'])

    def test_del_resurrection(self):
        keep = []
        class Phoenix(object):
            def __del__(self):
                keep.append(self)
        p = Phoenix()
        del p
        self.assertEqual(len(keep), 1)
        self.assert_(isinstance(keep[0], Phoenix))


class NewInitTests(unittest.TestCase):

    def test_new_and_init(self):
        log = []
        class A(object):
            def __new__(cls, *args):
                log.append(('new', args))
                return object.__new__(cls)
            def __init__(self, *args):
                log.append(('init', args))
        A(1, 2)
        self.assertEqual(log, [('new', (1, 2)), ('init', (1, 2))])

    def test_new_returning_other_type(self):
        class Other(object):
            def __init__(self):
                raise AssertionError("must not be called")
        class B(object):
            def __new__(cls):
                return object.__new__(Other)
        self.assertEqual(type(B()), Other)

    def test_object_new_errors(self):
        try:
            object(1)
        except TypeError, e:
            self.assertEqual(str(e), 'default __new__ takes no parameters')
        else:
            self.fail("object() accepted arguments")
        try:
            object.__new__(5)
        except TypeError, e:
            self.assertEqual(str(e), "object.__new__(X): X is not a type "
                             "object (int)")
        else:
            self.fail("object.__new__(5) succeeded")
        try:
            object.__new__(int)
        except TypeError, e:
            self.assertEqual(str(e), "object.__new__(int) is not safe, "
                             "use int.__new__()")
        else:
            self.fail("object.__new__(int) succeeded")

    def test_init_must_return_none(self):
        class R(object):
            def __init__(self):
                return 5
        try:
            R()
        except TypeError, e:
            self.assertEqual(str(e), "__init__() should return None, "
                             "not 'int'")
        else:
            self.fail("__init__ returning a value accepted")

    def test_cannot_create(self):
        self.assertRaises(TypeError, type(iter([])))


class BuiltinSubclassTests(unittest.TestCase):

    def test_int_subclass(self):
        class MyInt(int):
            def double(self):
                return MyInt(self * 2)
        m = MyInt(21)
        self.assertEqual(m.double(), 42)
        self.assertEqual(type(m + 1), int)
        self.assertEqual(hash(m), hash(21))
        class Named(int):
            def __new__(cls, v, name):
                self = int.__new__(cls, v)
                self.name = name
                return self
        n = Named(3, 'three')
        self.assertEqual((n, n.name), (3, 'three'))

    def test_bool_final(self):
        self.assertRaises(TypeError, type, 'B', (bool,), {})

    def test_list_subclass(self):
        class Stack(list):
            def push(self, x):
                self.append(x)
        s = Stack([1])
        s.push(2)
        self.assertEqual(s, [1, 2])
        self.assertEqual(type(s + [3]), list)
        s.attr = 1
        self.assertEqual(s.__dict__, {'attr': 1})

    def test_dict_subclass_missing(self):
        class D(dict):
            def __missing__(self, key):
                return key * 2
        d = D(a=1)
        self.assertEqual(d['a'], 1)
        self.assertEqual(d['bb'], 'bbbb')

    def test_str_subclass(self):
        class Up(str):
            def __new__(cls, s):
                return str.__new__(cls, s.upper())
        u = Up('abc')
        self.assertEqual(u, 'ABC')
        self.assertEqual(type(u * 2), str)
        self.assertEqual({'ABC': 1}[u], 1)

    def test_tuple_subclass(self):
        class Point(tuple):
            __slots__ = ()
            x = property(lambda self: self[0])
        p = Point((1, 2))
        self.assertEqual(p.x, 1)
        self.assertRaises(AttributeError, setattr, p, 'z', 1)


class AssignmentTests(unittest.TestCase):

    def test_class_assignment(self):
        class A(object):
            def who(self):
                return 'A'
        class B(object):
            def who(self):
                return 'B'
        a = A()
        a.__class__ = B
        self.assertEqual(a.who(), 'B')
        try:
            a.__class__ = int
        except TypeError, e:
            self.assertEqual(str(e),
                             "__class__ assignment: only for heap types")
        else:
            self.fail("__class__ set to int")
        self.assertRaises(TypeError, setattr, a, '__class__', 5)
        class S1(object):
            __slots__ = ('x',)
        class S2(object):
            __slots__ = ('y',)
        try:
            S1().__class__ = S2
        except TypeError, e:
            self.assertEqual(str(e), "__class__ assignment: 'S1' object "
                             "layout differs from 'S2'")
        else:
            self.fail("incompatible layout accepted")

    def test_bases_assignment(self):
        class B1(object):
            def f(self):
                return 1
        class B2(object):
            def f(self):
                return 2
        class C(B1):
            pass
        class D(C):
            pass
        C.__bases__ = (B2,)
        self.assertEqual(C().f(), 2)
        self.assertEqual(D.__mro__, (D, C, B2, object))
        self.assertRaises(TypeError, setattr, C, '__bases__', ())
        self.assertRaises(TypeError, setattr, B1, '__bases__', (C,))
        self.assertRaises(TypeError, setattr, int, '__bases__', (object,))

    def test_name_assignment(self):
        class A(object):
            pass
        A.__name__ = 'Renamed'
        self.assertEqual(A.__name__, 'Renamed')
        self.assertRaises(TypeError, setattr, A, '__name__', 5)
        self.assertRaises(TypeError, setattr, int, '__name__', 'x')

    def test_dict_assignment(self):
        class A(object):
            pass
        a = A()
        a.__dict__ = {'p': 1}
        self.assertEqual(a.p, 1)
        try:
            a.__dict__ = []
        except TypeError, e:
            self.assertEqual(str(e), "__dict__ must be set to a dictionary, "
                             "not a 'list'")
        else:
            self.fail("__dict__ set to a list")

    def test_builtin_types_immutable(self):
        for t in (int, str, object, type, list):
            try:
                t.foo = 1
            except TypeError, e:
                self.assertEqual(str(e), "can't set attributes of "
                                 "built-in/extension type '%s'" % t.__name__)
            else:
                self.fail("set an attribute on %s" % t.__name__)
        self.assertRaises(TypeError, delattr, int, '__add__')

    def test_type_attributes(self):
        class A(object):
            "doc"
        self.assertEqual(A.__module__, __name__)
        self.assertEqual(A.__doc__, 'doc')
        self.assertEqual(int.__module__, '__builtin__')
        self.assertEqual(repr(int), "<type 'int'>")
        self.assertEqual(repr(A), "<class '%s.A'>" % __name__)
        self.assertEqual(object.__basicsize__, 16)
        self.assert_(A.__base__ is object)


class ReduceTests(unittest.TestCase):

    def test_reduce_ex_protocol2(self):
        import copy_reg
        class C(object):
            pass
        c = C()
        c.a = 1
        r = c.__reduce_ex__(2)
        self.assert_(r[0] is copy_reg.__newobj__)
        self.assertEqual(r[1], (C,))
        self.assertEqual(r[2], {'a': 1})

    def test_copy(self):
        import copy
        class C(object):
            pass
        c = C()
        c.x = [1]
        d = copy.deepcopy(c)
        self.assertEqual(d.x, [1])
        self.failIf(d.x is c.x)
        self.assert_(type(d) is C)


class DirTests(unittest.TestCase):

    def test_dir(self):
        self.assertEqual(dir(object), [
            '__class__', '__delattr__', '__doc__', '__getattribute__',
            '__hash__', '__init__', '__new__', '__reduce__',
            '__reduce_ex__', '__repr__', '__setattr__', '__str__'])
        class B(object):
            b = 1
        class D(B):
            def __init__(self):
                self.i = 1
        self.assertEqual([n for n in dir(D()) if not n.startswith('__')],
                         ['b', 'i'])


def test_main():
    test_support.run_unittest(DescriptorTests, MROTests, SpecialMethodTests,
                              NewInitTests, BuiltinSubclassTests,
                              AssignmentTests, ReduceTests, DirTests)

if __name__ == '__main__':
    test_main()
