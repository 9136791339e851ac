"""Tests for classic (old-style) classes, instances and method objects."""

import unittest
from test import test_support


class Base:
    attr = 'base'
    def f(self):
        return 'Base.f'
    def g(self):
        return 'Base.g'

class Left(Base):
    def f(self):
        return 'Left.f'

class Right(Base):
    attr = 'right'
    def g(self):
        return 'Right.g'

class Diamond(Left, Right):
    pass


class ClassObjectTests(unittest.TestCase):

    def test_types(self):
        self.assertEqual(type(Base).__name__, 'classobj')
        self.assertEqual(type(Base()).__name__, 'instance')
        self.assertEqual(type(Base.f).__name__, 'instancemethod')

    def test_attributes(self):
        self.assertEqual(Base.__name__, 'Base')
        self.assertEqual(Base.__bases__, ())
        self.assertEqual(Diamond.__bases__, (Left, Right))
        self.assertEqual(Base.__module__, __name__)
        self.assert_(Base.__doc__ is None)
        self.assertEqual(sorted(Base.__dict__.keys()),
                         ['__doc__', '__module__', 'attr', 'f', 'g'])

    def test_depth_first_lookup(self):
        # Classic classes search Left and all of its bases before Right.
        self.assertEqual(Diamond().f(), 'Left.f')
        self.assertEqual(Diamond().g(), 'Base.g')
        self.assertEqual(Diamond.attr, 'base')

    def test_missing_attribute(self):
        try:
            Base.nope
        except AttributeError, e:
            self.assertEqual(str(e), "class Base has no attribute 'nope'")
        else:
            self.fail('no AttributeError')
        try:
            Base().nope
        except AttributeError, e:
            self.assertEqual(str(e), "Base instance has no attribute 'nope'")
        else:
            self.fail('no AttributeError')

    def test_set_special_attributes(self):
        class C:
            pass
        C.__name__ = 'D'
        self.assertEqual(C.__name__, 'D')
        self.assertRaises(TypeError, setattr, C, '__name__', 5)
        C.__bases__ = (Base,)
        self.assertEqual(C().f(), 'Base.f')
        self.assertRaises(TypeError, setattr, C, '__bases__', [Base])
        self.assertRaises(TypeError, setattr, C, '__bases__', (1,))
        self.assertRaises(TypeError, setattr, Base, '__bases__', (C,))
        self.assertRaises(TypeError, setattr, C, '__dict__', [])
        C.__dict__ = {'x': 1}
        self.assertEqual(C.x, 1)

    def test_delete_class_attribute(self):
        class C:
            x = 1
        del C.x
        self.failIf(hasattr(C, 'x'))
        self.assertRaises(AttributeError, delattr, C, 'x')

    def test_classobj_constructor(self):
        classobj = type(Base)
        C = classobj('C', (Base,), {'y': 2})
        self.assertEqual(C.__name__, 'C')
        self.assertEqual(C().y, 2)
        self.assertEqual(C().f(), 'Base.f')
        self.assertRaises(TypeError, classobj, 1, (), {})

    def test_mixed_bases_make_new_style(self):
        class New(object):
            pass
        class Mixed(Base, New):
            pass
        self.assertEqual(type(Mixed), type)

    def test_repr_str(self):
        self.assert_(repr(Base).startswith('<class %s.Base at 0x' % __name__))
        self.assertEqual(str(Base), '%s.Base' % __name__)
        r = repr(Base())
        self.assert_(r.startswith('<%s.Base instance at 0x' % __name__), r)

    def test_issubclass_isinstance(self):
        self.assert_(issubclass(Diamond, Base))
        self.assert_(issubclass(Diamond, (int, Right)))
        self.failIf(issubclass(Base, Diamond))
        self.failIf(issubclass(Base, object))
        self.assert_(isinstance(Diamond(), Left))
        self.failIf(isinstance(Base(), Left))
        self.failIf(isinstance(Base(), object) is False)


class InstanceTests(unittest.TestCase):

    def test_init(self):
        class C:
            def __init__(self, a, b=2):
                self.a, self.b = a, b
        c = C(1)
        self.assertEqual((c.a, c.b), (1, 2))
        self.assertRaises(TypeError, Base, 1)
        class Bad:
            def __init__(self):
                return 1
        self.assertRaises(TypeError, Bad)

    def test_dict_and_class(self):
        b = Base()
        b.x = 1
        self.assertEqual(b.__dict__, {'x': 1})
        self.assert_(b.__class__ is Base)
        b.__class__ = Right
        self.assertEqual(b.g(), 'Right.g')
        self.assertRaises(TypeError, setattr, b, '__class__', object)
        self.assertRaises(TypeError, setattr, b, '__dict__', 5)
        b.__dict__ = {'z': 26}
        self.assertEqual(b.z, 26)

    def test_getattr_hooks(self):
        log = []
        class C:
            def __getattr__(self, name):
                if name == 'dynamic':
                    return 42
                raise AttributeError(name)
            def __setattr__(self, name, value):
                log.append(('set', name, value))
                self.__dict__[name] = value
            def __delattr__(self, name):
                log.append(('del', name))
        c = C()
        self.assertEqual(c.dynamic, 42)
        self.assertRaises(AttributeError, getattr, c, 'other')
        c.x = 1
        del c.x
        self.assertEqual(log, [('set', 'x', 1), ('del', 'x')])
        self.assertEqual(c.x, 1)

    def test_special_methods_on_instance(self):
        class C:
            pass
        c = C()
        c.__len__ = lambda: 5
        self.assertEqual(len(c), 5)

    def test_container_protocol(self):
        class Seq:
            def __init__(self):
                self.data = [1, 2, 3]
            def __len__(self):
                return len(self.data)
            def __getitem__(self, i):
                return self.data[i]
            def __setitem__(self, i, v):
                self.data[i] = v
            def __delitem__(self, i):
                del self.data[i]
        s = Seq()
        self.assertEqual(s[0], 1)
        self.assertEqual(s[-1], 3)
        s[0] = 10
        del s[1]
        self.assertEqual(s.data, [10, 3])
        self.assertEqual(list(s), [10, 3])
        self.assert_(3 in s)
        self.assertEqual(s[0:1], [10])     # slice through __getitem__

    def test_getslice(self):
        class S:
            def __len__(self):
                return 10
            def __getslice__(self, i, j):
                return (i, j)
        s = S()
        self.assertEqual(s[1:3], (1, 3))
        self.assertEqual(s[-2:], (8, sys_maxint()))

    def test_contains_and_iter(self):
        class C:
            def __contains__(self, x):
                return x == 'yes'
        self.assert_('yes' in C())
        self.failIf('no' in C())
        class It:
            def __init__(self):
                self.n = 0
            def __iter__(self):
                return self
            def next(self):
                self.n += 1
                if self.n > 3:
                    raise StopIteration
                return self.n
        self.assertEqual(list(It()), [1, 2, 3])
        class NoIter:
            pass
        self.assertRaises(TypeError, iter, NoIter())

    def test_truth(self):
        class Z:
            def __nonzero__(self):
                return 0
        class L:
            def __len__(self):
                return 0
        class N:
            pass
        self.failIf(Z())
        self.failIf(L())
        self.assert_(N())

    def test_hash(self):
        class H:
            def __hash__(self):
                return 17
        self.assertEqual(hash(H()), 17)
        class E:
            def __eq__(self, other):
                return True
        try:
            hash(E())
        except TypeError, e:
            self.assertEqual(str(e), 'unhashable instance')
        else:
            self.fail('E() hashable')
        n = Base()
        self.assertEqual(hash(n), hash(n))

    def test_call(self):
        class C:
            def __call__(self, *args):
                return args
        self.assertEqual(C()(1, 2), (1, 2))
        self.assertRaises(AttributeError, Base())

    def test_cmp_and_richcmp(self):
        class K:
            def __init__(self, k):
                self.k = k
            def __cmp__(self, other):
                return cmp(self.k, other.k)
        self.assert_(K(1) < K(2))
        self.assert_(K(2) == K(2))
        self.assertEqual(cmp(K(3), K(1)), 1)
        self.assertEqual(sorted([K(3), K(1)])[0].k, 1)
        class R:
            def __lt__(self, other):
                return 'lt'
        self.assertEqual(R() < 1, 'lt')
        self.assertEqual(1 > R(), 'lt')

    def test_arithmetic_and_coerce(self):
        class Num:
            def __init__(self, v):
                self.v = v
            def __coerce__(self, other):
                if isinstance(other, Num):
                    return self, other
                if isinstance(other, int):
                    return self, Num(other)
                return None
            def __add__(self, other):
                return Num(self.v + other.v)
            def __radd__(self, other):
                return Num(other.v + self.v)
        self.assertEqual((Num(1) + 2).v, 3)
        self.assertEqual((3 + Num(4)).v, 7)
        class Plain:
            def __coerce__(self, other):
                return (1, 2)
        self.assertEqual(Plain() + 5, 3)
        self.assertEqual(5 + Plain(), 3)
        class NoOps:
            pass
        try:
            NoOps() + 1
        except TypeError, e:
            self.assertEqual(str(e), "unsupported operand type(s) for +: "
                             "'instance' and 'int'")
        else:
            self.fail('no TypeError')
        self.assertRaises(AttributeError, lambda: -NoOps())
        class Bad:
            def __coerce__(self, other):
                return 5
        self.assertRaises(TypeError, lambda: Bad() + 1)

    def test_inplace(self):
        class Acc:
            def __init__(self):
                self.items = []
            def __iadd__(self, x):
                self.items.append(x)
                return self
        a = Acc()
        b = a
        a += 1
        self.assert_(a is b)
        self.assertEqual(a.items, [1])

    def test_conversions(self):
        class C:
            def __int__(self): return 3
            def __float__(self): return 2.5
            def __long__(self): return 4L
            def __index__(self): return 1
            def __hex__(self): return '0x10'
        c = C()
        self.assertEqual(int(c), 3)
        self.assertEqual(float(c), 2.5)
        self.assertEqual(long(c), 4L)
        self.assertEqual(hex(c), '0x10')
        self.assertEqual([10, 20][c], 20)

    def test_str_repr(self):
        class C:
            def __repr__(self):
                return 'repr!'
        self.assertEqual(str(C()), 'repr!')
        class D:
            def __str__(self):
                return 'str!'
        self.assertEqual(str(D()), 'str!')
        self.assert_(repr(D()).endswith('>'))

    def test_del(self):
        log = []
        class D:
            def __del__(self):
                log.append('del')
        d = D()
        del d
        self.assertEqual(log, ['del'])

    def test_del_resurrection(self):
        saved = []
        class R:
            def __del__(self):
                saved.append(self)
        r = R()
        del r
        self.assertEqual(len(saved), 1)
        self.assert_(isinstance(saved[0], R))
        del saved[:]


def sys_maxint():
    import sys
    return sys.maxint


class MethodTests(unittest.TestCase):

    def test_unbound_check(self):
        self.assertEqual(Base.f(Base()), 'Base.f')
        self.assertEqual(Base.f(Diamond()), 'Base.f')
        try:
            Base.f(1)
        except TypeError, e:
            self.assertEqual(str(e), 'unbound method f() must be called '
                             'with Base instance as first argument '
                             '(got int instance instead)')
        else:
            self.fail('no TypeError')
        try:
            Base.f()
        except TypeError, e:
            self.assertEqual(str(e), 'unbound method f() must be called '
                             'with Base instance as first argument '
                             '(got nothing instead)')
        else:
            self.fail('no TypeError')

    def test_bound_attributes(self):
        b = Base()
        m = b.f
        self.assert_(m.im_self is b)
        self.assert_(m.im_class is Base)
        self.assert_(m.im_func is Base.__dict__['f'])
        self.assertEqual(m.__name__, 'f')
        self.assert_(Base.f.im_self is None)
        self.assertRaises(TypeError, setattr, m, 'im_self', None)

    def test_equality_and_hash(self):
        b = Base()
        self.assertEqual(b.f, b.f)
        self.assertEqual(hash(b.f), hash(b.f))
        self.assertNotEqual(b.f, Base().f)
        self.assertEqual(Base.f, Base.f)

    def test_repr(self):
        self.assertEqual(repr(Base.f), '<unbound method Base.f>')
        b = Base()
        self.assertEqual(repr(b.f),
                         '<bound method Base.f of %r>' % (b,))

    def test_new_style_methods(self):
        class N(object):
            def f(self, x=0):
                return x
        self.assertEqual(N().f(3), 3)
        self.assertEqual(N.f(N(), 4), 4)
        self.assertRaises(TypeError, N.f, 1)
        self.assertEqual(repr(N.f), '<unbound method N.f>')

    def test_instancemethod_constructor(self):
        def outside(self):
            return 'outside', self
        b = Base()
        im = type(b.f)(outside, b, Base)
        self.assertEqual(im(), ('outside', b))
        self.assertRaises(TypeError, type(b.f), 1, b)
        self.assertRaises(TypeError, type(b.f), outside, None)

    def test_rebinding_via_get(self):
        b = Base()
        bound = b.f
        self.assert_(bound.__get__(Base(), Base) is bound)
        unbound = Base.f
        rebound = unbound.__get__(b, Base)
        self.assert_(rebound.im_self is b)


def test_main():
    test_support.run_unittest(ClassObjectTests, InstanceTests, MethodTests)

if __name__ == '__main__':
    test_main()
