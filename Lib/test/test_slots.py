"""Tests for __slots__ (2.5 semantics)."""

import unittest
import weakref
from test import test_support


class SlotsTests(unittest.TestCase):

    def test_basic(self):
        class P(object):
            __slots__ = ('x', 'y')
        p = P()
        self.assertRaises(AttributeError, getattr, p, 'x')
        p.x = 1
        p.y = 2
        self.assertEqual((p.x, p.y), (1, 2))
        self.failIf(hasattr(p, '__dict__'))
        try:
            p.z = 3
        except AttributeError, e:
            self.assertEqual(str(e), "'P' object has no attribute 'z'")
        else:
            self.fail("assigned an attribute that has no slot")
        del p.x
        self.assertRaises(AttributeError, getattr, p, 'x')
        # 2.5 quirk: deleting an unset slot is silently accepted
        del p.x
        self.assertEqual(type(P.x).__name__, 'member_descriptor')
        self.assertEqual(P.__slots__, ('x', 'y'))

    def test_string_slots(self):
        class S(object):
            __slots__ = 'only'
        s = S()
        s.only = 1
        self.assertEqual(S.__slots__, 'only')
        self.assertRaises(AttributeError, setattr, s, 'other', 1)

    def test_empty_slots(self):
        class E(object):
            __slots__ = ()
        self.assertRaises(AttributeError, setattr, E(), 'a', 1)
        self.assertEqual(E.__basicsize__, object.__basicsize__)

    def test_subclass_without_slots_has_dict(self):
        class P(object):
            __slots__ = ['a']
        class Q(P):
            pass
        q = Q()
        q.b = 1
        q.a = 2
        self.assertEqual(q.__dict__, {'b': 1})

    def test_dict_and_weakref_slots(self):
        class D(object):
            __slots__ = ('a', '__dict__')
        d = D()
        d.a = 1
        d.b = 2
        self.assertEqual(d.__dict__, {'b': 2})

        class W(object):
            __slots__ = ('__weakref__',)
        w = W()
        r = weakref.ref(w)
        self.assert_(r() is w)

        class NoWeak(object):
            __slots__ = ()
        self.assertRaises(TypeError, weakref.ref, NoWeak())

    def test_invalid_names(self):
        for bad in (['1x'], ['a b'], [''], [42]):
            self.assertRaises(TypeError, type, 'X', (object,),
                              {'__slots__': bad})

    def test_duplicate_dict_slot(self):
        class HasDict(object):
            pass
        self.assertRaises(TypeError, type, 'X', (HasDict,),
                          {'__slots__': ['__dict__']})

    def test_variable_size_bases(self):
        for base in (long, tuple, str):
            try:
                type('X', (base,), {'__slots__': ['a']})
            except TypeError, e:
                self.assertEqual(
                    str(e),
                    "nonempty __slots__ not supported for subtype of '%s'"
                    % base.__name__)
            else:
                self.fail("slots allowed on %s subclass" % base.__name__)
        # empty slots are fine
        type('X', (tuple,), {'__slots__': ()})

    def test_int_subclass_slots(self):
        class I(int):
            __slots__ = ['extra']
        i = I(5)
        i.extra = 'e'
        self.assertEqual((i, i.extra), (5, 'e'))

    def test_class_attribute_shadows_slot(self):
        class C(object):
            __slots__ = ['v']
            v = 5
        self.assertEqual(C().v, 5)
        try:
            C().v = 1
        except AttributeError, e:
            self.assertEqual(str(e),
                             "'C' object attribute 'v' is read-only")
        else:
            self.fail("slot shadowed by class attribute was writable")

    def test_private_names_mangled(self):
        class C(object):
            __slots__ = ['__priv']
            def set(self, v):
                self.__priv = v
            def get(self):
                return self.__priv
        c = C()
        c.set(3)
        self.assertEqual(c.get(), 3)
        self.assert_('_C__priv' in C.__dict__)

    def test_slot_values_released(self):
        log = []
        class Tracker(object):
            def __del__(self):
                log.append('gone')
        class S(object):
            __slots__ = ['t']
        s = S()
        s.t = Tracker()
        del s
        self.assertEqual(log, ['gone'])

    def test_unicode_slot_names(self):
        class U(object):
            __slots__ = [u'a']
        u = U()
        u.a = 1
        self.assertEqual(u.a, 1)


def test_main():
    test_support.run_unittest(SlotsTests)

if __name__ == '__main__':
    test_main()
