"""Tests for UserDict (2.5 Library Reference, section 3.7)."""

import UserDict
import unittest
from test import test_support

d0 = {}
d1 = {"one": 1}
d2 = {"one": 1, "two": 2}


class TestUserDict(unittest.TestCase):

    def test_construction(self):
        u = UserDict.UserDict()
        self.assertEqual(u.data, {})
        u1 = UserDict.UserDict(d1)
        self.assertEqual(u1.data, d1)
        self.assert_(u1.data is not d1)
        u2 = UserDict.UserDict(one=1, two=2)
        self.assertEqual(u2, d2)
        u3 = UserDict.UserDict(d1, two=2)
        self.assertEqual(u3, d2)
        u4 = UserDict.UserDict([('one', 1), ('two', 2)])
        self.assertEqual(u4, d2)
        u5 = UserDict.UserDict(u2)
        self.assertEqual(u5, u2)
        self.assert_(u5.data is not u2.data)
        # a keyword named 'dict' is the positional argument
        self.assertEqual(UserDict.UserDict(dict=d1), d1)

    def test_repr_and_compare(self):
        u2 = UserDict.UserDict(d2)
        self.assertEqual(repr(u2), repr(d2))
        self.assertEqual(str(UserDict.UserDict(d1)), "{'one': 1}")
        self.assertEqual(UserDict.UserDict(d1), d1)
        self.assertEqual(UserDict.UserDict(d1), UserDict.UserDict(d1))
        self.assert_(UserDict.UserDict(d0) < UserDict.UserDict(d1))
        self.assertEqual(cmp(UserDict.UserDict(d2), d2), 0)

    def test_mapping_methods(self):
        u = UserDict.UserDict(d2)
        self.assertEqual(len(u), 2)
        self.assertEqual(u['one'], 1)
        self.assertRaises(KeyError, u.__getitem__, 'three')
        u['three'] = 3
        self.assertEqual(u.data['three'], 3)
        del u['three']
        self.failIf('three' in u)
        self.assertRaises(KeyError, u.__delitem__, 'three')
        self.assertEqual(sorted(u.keys()), ['one', 'two'])
        self.assertEqual(sorted(u.values()), [1, 2])
        self.assertEqual(sorted(u.items()), [('one', 1), ('two', 2)])
        self.assertEqual(sorted(u.iterkeys()), ['one', 'two'])
        self.assertEqual(sorted(u.itervalues()), [1, 2])
        self.assertEqual(sorted(u.iteritems()), [('one', 1), ('two', 2)])
        self.assert_(u.has_key('one'))
        self.failIf(u.has_key('x'))
        self.assert_('one' in u)
        self.assertEqual(u.get('one'), 1)
        self.assertEqual(u.get('x'), None)
        self.assertEqual(u.get('x', 5), 5)

    def test_setdefault_pop_popitem(self):
        u = UserDict.UserDict()
        self.assertEqual(u.setdefault('a', 1), 1)
        self.assertEqual(u.setdefault('a', 2), 1)
        self.assertEqual(u.setdefault('b'), None)
        self.assertEqual(u.pop('a'), 1)
        self.assertEqual(u.pop('a', 'dflt'), 'dflt')
        self.assertRaises(KeyError, u.pop, 'a')
        self.assertEqual(u.popitem(), ('b', None))
        self.assertRaises(KeyError, u.popitem)

    def test_update(self):
        u = UserDict.UserDict()
        u.update(d1)
        u.update(UserDict.UserDict(two=2))
        u.update([('three', 3)])
        u.update(four=4)
        class Itemy(object):
            def items(self):
                return [('five', 5)]
        u.update(Itemy())
        self.assertEqual(u, {'one': 1, 'two': 2, 'three': 3, 'four': 4,
                             'five': 5})
        u.update()
        self.assertEqual(len(u), 5)

    def test_clear_copy(self):
        u = UserDict.UserDict(d2)
        c = u.copy()
        self.assertEqual(c, u)
        self.assert_(c.data is not u.data)
        self.assert_(c.__class__ is UserDict.UserDict)
        class MyUserDict(UserDict.UserDict):
            def display(self):
                return 'mine'
        m = MyUserDict(d2)
        m.extra = 'attr'
        mc = m.copy()
        self.assertEqual(mc, m)
        self.assertEqual(mc.display(), 'mine')
        self.assertEqual(mc.extra, 'attr')
        self.assert_(mc.data is not m.data)
        u.clear()
        self.assertEqual(len(u), 0)
        self.assertEqual(len(c), 2)

    def test_fromkeys(self):
        u = UserDict.UserDict.fromkeys('ab')
        self.assertEqual(u, {'a': None, 'b': None})
        self.assert_(isinstance(u, UserDict.UserDict))
        class Sub(UserDict.UserDict):
            pass
        s = Sub.fromkeys([1, 2], 0)
        self.assert_(isinstance(s, Sub))
        self.assertEqual(s, {1: 0, 2: 0})

    def test_missing(self):
        class D(UserDict.UserDict):
            def __missing__(self, key):
                return 42
        d = D({1: 2, 3: 4})
        self.assertEqual(d[1], 2)
        self.assertEqual(d[2], 42)
        self.failIf(2 in d)
        self.assertEqual(d.get(2), None)
        class E(UserDict.UserDict):
            def __missing__(self, key):
                raise RuntimeError(key)
        self.assertRaises(RuntimeError, E().__getitem__, 42)
        class G(UserDict.UserDict):
            pass
        try:
            G()[42]
        except KeyError, e:
            self.assertEqual(e.args, (42,))
        else:
            self.fail("KeyError not raised")

    def test_not_iterable_but_iterable_subclass(self):
        u = UserDict.UserDict(d2)
        # UserDict has no __iter__: iteration falls back to __getitem__(0)
        self.assertRaises(KeyError, list, u)
        i = UserDict.IterableUserDict(d2)
        self.assertEqual(sorted(i), ['one', 'two'])
        self.assertEqual(sorted(iter(i)), ['one', 'two'])


class SeqDict(UserDict.DictMixin):
    """A minimal mapping: DictMixin supplies the rest."""

    def __init__(self, other=None, **kwargs):
        self.keylist = []
        self.valuelist = []
        if other is not None:
            for (key, value) in other:
                self[key] = value
        for (key, value) in kwargs.iteritems():
            self[key] = value

    def __getitem__(self, key):
        try:
            i = self.keylist.index(key)
        except ValueError:
            raise KeyError(key)
        return self.valuelist[i]

    def __setitem__(self, key, value):
        try:
            i = self.keylist.index(key)
            self.valuelist[i] = value
        except ValueError:
            self.keylist.append(key)
            self.valuelist.append(value)

    def __delitem__(self, key):
        try:
            i = self.keylist.index(key)
        except ValueError:
            raise KeyError(key)
        self.keylist.pop(i)
        self.valuelist.pop(i)

    def keys(self):
        return list(self.keylist)


class TestDictMixin(unittest.TestCase):

    def test_full_interface(self):
        s = SeqDict()
        s[10] = 'ten'
        s[20] = 'twenty'
        s[30] = 'thirty'
        self.assertEqual(len(s), 3)
        self.assertEqual(list(s), [10, 20, 30])
        self.assertEqual(s.keys(), [10, 20, 30])
        self.assertEqual(s.values(), ['ten', 'twenty', 'thirty'])
        self.assertEqual(s.items(), [(10, 'ten'), (20, 'twenty'),
                                     (30, 'thirty')])
        self.assertEqual(list(s.iterkeys()), [10, 20, 30])
        self.assertEqual(list(s.itervalues()), ['ten', 'twenty', 'thirty'])
        self.assert_(s.has_key(10))
        self.failIf(s.has_key(11))
        self.assert_(20 in s)
        self.failIf(21 in s)
        self.assertEqual(s.get(10), 'ten')
        self.assertEqual(s.get(15, 'fifteen'), 'fifteen')
        self.assertEqual(s.get(15), None)
        del s[20]
        self.assertRaises(KeyError, s.__getitem__, 20)
        self.assertEqual(repr(s), repr({10: 'ten', 30: 'thirty'}))

    def test_setdefault_pop(self):
        s = SeqDict()
        self.assertEqual(s.setdefault('a', 1), 1)
        self.assertEqual(s.setdefault('a', 2), 1)
        self.assertEqual(s.pop('a'), 1)
        self.assertEqual(s.pop('a', 'missing'), 'missing')
        self.assertRaises(KeyError, s.pop, 'a')
        self.assertRaises(TypeError, s.pop, 'a', 1, 2)

    def test_popitem_and_clear(self):
        s = SeqDict([(1, 'one'), (2, 'two')])
        k, v = s.popitem()
        self.assert_((k, v) in [(1, 'one'), (2, 'two')])
        self.assertEqual(len(s), 1)
        s.clear()
        self.assertEqual(len(s), 0)
        try:
            s.popitem()
        except KeyError, e:
            self.assertEqual(e.args, ('container is empty',))
        else:
            self.fail("KeyError not raised")

    def test_update(self):
        s = SeqDict()
        s.update({1: 'one'})
        s.update(SeqDict([(2, 'two')]))
        s.update([(3, 'three')])
        s.update(x='ex')
        class KeysOnly(object):
            def keys(self):
                return [4]
            def __getitem__(self, k):
                return 'four'
        s.update(KeysOnly())
        self.assertEqual(dict(s.iteritems()),
                         {1: 'one', 2: 'two', 3: 'three', 'x': 'ex',
                          4: 'four'})

    def test_compare(self):
        a = SeqDict([(1, 'a')])
        b = SeqDict([(1, 'a')])
        self.assertEqual(a, b)
        self.assertEqual(a, {1: 'a'})
        self.assertNotEqual(a, {1: 'b'})
        self.assert_(a > None)
        self.assert_(SeqDict() < a)

    def test_with_userdict(self):
        class Both(UserDict.DictMixin, UserDict.UserDict):
            pass
        b = Both({1: 2})
        self.assertEqual(list(b), [1])
        self.assertEqual(b.items(), [(1, 2)])


def test_main():
    test_support.run_unittest(TestUserDict, TestDictMixin)

if __name__ == '__main__':
    test_main()
