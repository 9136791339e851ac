"""Tests for weak references: the weakref module and its C support."""

import gc
import sys
import unittest
import weakref
from test import test_support


class Obj(object):
    def __init__(self, name='o'):
        self.name = name
    def method(self):
        return 'method of %s' % self.name
    def __len__(self):
        return 3
    def __add__(self, other):
        return ('add', self.name, other)
    def __getitem__(self, key):
        return ('item', key)


class Classic:
    pass


def callme(*args):
    return ('called', args)


class ReferenceTests(unittest.TestCase):

    def test_basic_ref(self):
        o = Obj()
        r = weakref.ref(o)
        self.assert_(r() is o)
        self.assertEqual(weakref.getweakrefcount(o), 1)
        del o
        self.assert_(r() is None)

    def test_shared_ref_without_callback(self):
        o = Obj()
        r1 = weakref.ref(o)
        r2 = weakref.ref(o)
        self.assert_(r1 is r2)
        r3 = weakref.ref(o, lambda r: None)
        self.assert_(r3 is not r1)
        self.assertEqual(weakref.getweakrefcount(o), 2)
        refs = weakref.getweakrefs(o)
        self.assertEqual(len(refs), 2)
        self.assert_(r1 in refs and r3 in refs)

    def test_callback_gets_the_ref(self):
        seen = []
        o = Obj()
        r = weakref.ref(o, seen.append)
        del o
        self.assertEqual(len(seen), 1)
        self.assert_(seen[0] is r)
        self.assert_(seen[0]() is None)

    def test_callbacks_of_several_refs(self):
        seen = []
        o = Obj()
        r1 = weakref.ref(o, lambda r: seen.append(1))
        r2 = weakref.ref(o, lambda r: seen.append(2))
        del o
        self.assertEqual(sorted(seen), [1, 2])

    def test_dead_ref_callback_not_called(self):
        seen = []
        o = Obj()
        r = weakref.ref(o, seen.append)
        del r
        del o
        self.assertEqual(seen, [])

    def test_classic_instances_and_functions(self):
        c = Classic()
        r = weakref.ref(c)
        self.assert_(r() is c)
        r2 = weakref.ref(callme)
        self.assert_(r2() is callme)
        m = Obj().method
        self.assert_(weakref.ref(m)() is m)
        # a bound method made only for the ref dies at once
        self.assert_(weakref.ref(Obj().method)() is None)

    def test_unsupported_types(self):
        for x in (1, 'abc', [], {}, (), None, object()):
            self.assertRaises(TypeError, weakref.ref, x)
        try:
            weakref.ref(1)
        except TypeError, e:
            self.assertEqual(str(e),
                             "cannot create weak reference to 'int' object")

    def test_hash_and_equality(self):
        o = Obj()
        r1 = weakref.ref(o)
        r2 = weakref.ref(o, lambda r: None)
        self.assertEqual(r1, r2)
        self.assertEqual(hash(r1), hash(o))
        d = {r1: 1}
        self.assertEqual(d[r2], 1)
        h = hash(r2)
        del o
        # the hash is remembered once computed
        self.assertEqual(hash(r2), h)
        self.assertNotEqual(r1, r2)    # dead refs only equal themselves
        self.assertEqual(r1, r1)

    def test_hash_of_dead_ref(self):
        o = Obj()
        r = weakref.ref(o)
        del o
        self.assertRaises(TypeError, hash, r)

    def test_repr(self):
        o = Obj()
        r = weakref.ref(o)
        self.assert_(repr(r).startswith('<weakref at '))
        self.assert_("to 'Obj' at" in repr(r))
        self.assert_(repr(weakref.ref(callme)).endswith('(callme)>'))
        del o
        self.assert_(repr(r).endswith('; dead>'))

    def test_call_takes_no_arguments(self):
        o = Obj()
        r = weakref.ref(o)
        self.assertRaises(TypeError, r, 1)

    def test_subclass(self):
        class MyRef(weakref.ref):
            def __init__(self, ob, callback=None, extra=None):
                super(MyRef, self).__init__(ob, callback)
                self.extra = extra
            def __new__(type, ob, callback=None, extra=None):
                return weakref.ref.__new__(type, ob, callback)
        o = Obj()
        r = MyRef(o, None, 'x')
        self.assert_(r() is o)
        self.assertEqual(r.extra, 'x')
        self.assert_(r is not weakref.ref(o))
        self.assert_(isinstance(r, weakref.ReferenceType))

    def test_callback_error_is_reported_not_raised(self):
        def bad(r):
            raise ValueError('in callback')
        old = sys.stderr
        class Sink:
            def __init__(self):
                self.text = []
            def write(self, s):
                self.text.append(s)
        sink = Sink()
        sys.stderr = sink
        try:
            o = Obj()
            r = weakref.ref(o, bad)
            del o
        finally:
            sys.stderr = old
        self.assert_('in callback' in ''.join(sink.text))

    def test_cycle_collected_referent(self):
        seen = []
        o = Obj()
        o.self = o
        r = weakref.ref(o, lambda r: seen.append('gone'))
        del o
        gc.collect()
        self.assert_(r() is None)
        self.assertEqual(seen, ['gone'])


class ProxyTests(unittest.TestCase):

    def test_attribute_forwarding(self):
        o = Obj('p')
        p = weakref.proxy(o)
        self.assertEqual(p.name, 'p')
        p.name = 'q'
        self.assertEqual(o.name, 'q')
        self.assertEqual(p.method(), 'method of q')
        del p.name
        self.failIf(hasattr(o, 'name'))

    def test_operations_forwarded(self):
        o = Obj('x')
        p = weakref.proxy(o)
        self.assertEqual(len(p), 3)
        self.assertEqual(p + 1, ('add', 'x', 1))
        self.assertEqual(p[5], ('item', 5))
        self.assertEqual(str(p), str(o))
        self.assert_(isinstance(p, Obj))
        l = [1, 2, 3]
        class L(list):
            pass
        lst = L(l)
        lp = weakref.proxy(lst)
        self.assert_(2 in lp)
        self.assertEqual(list(lp), [1, 2, 3])
        self.assertEqual(lp[1:], [2, 3])
        lp[0] = 10
        self.assertEqual(lst[0], 10)

    def test_types(self):
        o = Obj()
        p = weakref.proxy(o)
        self.assert_(type(p) is weakref.ProxyType)
        cp = weakref.proxy(callme)
        self.assert_(type(cp) is weakref.CallableProxyType)
        self.assertEqual(cp(1, 2), ('called', (1, 2)))
        self.assert_(type(p) in weakref.ProxyTypes)

    def test_shared_proxy(self):
        o = Obj()
        p1 = weakref.proxy(o)
        p2 = weakref.proxy(o)
        self.assert_(p1 is p2)
        p3 = weakref.proxy(o, lambda p: None)
        self.assert_(p3 is not p1)
        r = weakref.ref(o)
        self.assertEqual(weakref.getweakrefcount(o), 3)
        self.assert_(weakref.ref(o) is r)

    def test_dead_proxy(self):
        o = Obj()
        p = weakref.proxy(o)
        del o
        try:
            p.name
        except ReferenceError, e:
            self.assertEqual(str(e),
                             'weakly-referenced object no longer exists')
        else:
            self.fail('ReferenceError not raised')
        self.assertRaises(ReferenceError, len, p)
        self.assertRaises(ReferenceError, bool, p)
        self.assert_(weakref.ReferenceError is ReferenceError)

    def test_proxy_unhashable(self):
        o = Obj()
        self.assertRaises(TypeError, hash, weakref.proxy(o))

    def test_proxy_callback(self):
        seen = []
        o = Obj()
        p = weakref.proxy(o, seen.append)
        del o
        self.assertEqual(len(seen), 1)
        self.assert_(seen[0] is p)


class Thing(object):
    def __init__(self, v):
        self.v = v


class MappingTests(unittest.TestCase):

    def test_weak_values(self):
        d = weakref.WeakValueDictionary()
        a, b = Thing(1), Thing(2)
        d['a'] = a
        d['b'] = b
        self.assertEqual(len(d), 2)
        self.assert_(d['a'] is a)
        self.assert_('a' in d and d.has_key('b'))
        del a
        self.assertEqual(len(d), 1)
        self.assertRaises(KeyError, d.__getitem__, 'a')
        self.assertEqual(d.keys(), ['b'])
        self.assertEqual(d.values(), [b])
        self.assertEqual(d.items(), [('b', b)])
        self.assert_(d.get('a') is None)
        self.assertEqual(d.get('a', 5), 5)
        self.assert_(d.pop('b') is b)
        self.assertEqual(len(d), 0)

    def test_weak_values_setdefault_update_copy(self):
        d = weakref.WeakValueDictionary()
        t = Thing(3)
        self.assert_(d.setdefault('k', t) is t)
        self.assert_(d.setdefault('k', Thing(4)) is t)
        u = Thing(5)
        d.update({'u': u})
        c = d.copy()
        self.assertEqual(sorted(c.keys()), ['k', 'u'])
        self.assert_(isinstance(c, weakref.WeakValueDictionary))
        self.assert_(repr(d).startswith('<WeakValueDictionary at '))

    def test_weak_keys(self):
        d = weakref.WeakKeyDictionary()
        k1, k2 = Thing(1), Thing(2)
        d[k1] = 'one'
        d[k2] = 'two'
        self.assertEqual(len(d), 2)
        self.assertEqual(d[k1], 'one')
        self.assert_(k2 in d)
        self.failIf(1 in d)
        del k1
        self.assertEqual(len(d), 1)
        self.assertEqual(d.keys(), [k2])
        self.assertEqual(list(d), [k2])
        del d[k2]
        self.assertEqual(len(d), 0)
        self.assert_(repr(d).startswith('<WeakKeyDictionary at '))

    def test_keyedref(self):
        o = Thing(1)
        seen = []
        r = weakref.KeyedRef(o, seen.append, 'key')
        self.assertEqual(r.key, 'key')
        del o
        self.assert_(seen[0] is r)


def test_main():
    test_support.run_unittest(ReferenceTests, ProxyTests, MappingTests)

if __name__ == '__main__':
    test_main()
