"""Tests for the collections module as a whole (2.5 Library Reference,
section 5.3).  The details of the two types are in test_deque and
test_defaultdict; this checks the module's documented surface."""

import collections
import copy
import pickle
import unittest
from test import test_support


class ModuleSurfaceTests(unittest.TestCase):

    def test_all(self):
        self.assertEqual(sorted(collections.__all__),
                         ['defaultdict', 'deque'])
        for name in collections.__all__:
            self.assert_(hasattr(collections, name), name)

    def test_star_import(self):
        ns = {}
        exec 'from collections import *' in ns
        self.assert_(ns['deque'] is collections.deque)
        self.assert_(ns['defaultdict'] is collections.defaultdict)
        public = [k for k in ns if not k.startswith('__')]
        self.assertEqual(sorted(public), ['defaultdict', 'deque'])

    def test_no_later_additions(self):
        # namedtuple, the ABCs, OrderedDict and Counter came after 2.5
        for name in ('namedtuple', 'NamedTuple', 'OrderedDict', 'Counter',
                     'Mapping', 'Iterable', 'Sequence'):
            self.failIf(hasattr(collections, name), name)

    def test_doc(self):
        self.assert_(collections.__doc__)

    def test_types(self):
        self.assert_(isinstance(collections.deque, type))
        self.assert_(isinstance(collections.defaultdict, type))
        self.assert_(issubclass(collections.defaultdict, dict))
        self.failIf(issubclass(collections.deque, list))
        self.assertEqual(collections.deque.__module__, 'collections')
        self.assertEqual(collections.defaultdict.__module__, 'collections')
        self.assertEqual(repr(collections.deque),
                         "<type 'collections.deque'>")
        self.assertEqual(repr(collections.defaultdict),
                         "<type 'collections.defaultdict'>")


class DequeSurfaceTests(unittest.TestCase):

    def test_methods(self):
        # the 2.5 method set (maxlen, count and reverse are later)
        names = [n for n in dir(collections.deque) if not n.startswith('_')]
        self.assertEqual(sorted(names),
                         ['append', 'appendleft', 'clear', 'extend',
                          'extendleft', 'pop', 'popleft', 'remove',
                          'rotate'])

    def test_constructor(self):
        self.assertEqual(list(collections.deque()), [])
        self.assertEqual(list(collections.deque('abc')), ['a', 'b', 'c'])
        self.assertEqual(list(collections.deque(xrange(3))), [0, 1, 2])
        self.assertRaises(TypeError, collections.deque, 1)
        self.assertRaises(TypeError, collections.deque, [], 3)

    def test_double_ended(self):
        d = collections.deque([2, 3])
        d.append(4)
        d.appendleft(1)
        self.assertEqual(list(d), [1, 2, 3, 4])
        self.assertEqual(d.pop(), 4)
        self.assertEqual(d.popleft(), 1)
        d.extend([5, 6])
        d.extendleft([1, 0])      # each item goes to the left in turn
        self.assertEqual(list(d), [0, 1, 2, 3, 5, 6])
        d.rotate(2)
        self.assertEqual(list(d), [5, 6, 0, 1, 2, 3])
        d.rotate(-3)
        self.assertEqual(list(d), [1, 2, 3, 5, 6, 0])
        d.rotate()
        self.assertEqual(list(d), [0, 1, 2, 3, 5, 6])
        d.remove(3)
        self.assertEqual(list(d), [0, 1, 2, 5, 6])
        d.clear()
        self.assertEqual(len(d), 0)

    def test_errors(self):
        d = collections.deque()
        self.assertRaises(IndexError, d.pop)
        self.assertRaises(IndexError, d.popleft)
        try:
            d.pop()
        except IndexError, e:
            self.assertEqual(str(e), 'pop from an empty deque')
        d.append(1)
        self.assertRaises(ValueError, d.remove, 2)
        self.assertRaises(IndexError, d.__getitem__, 5)
        self.assertRaises(TypeError, hash, d)

    def test_sequence_protocol(self):
        d = collections.deque('abcd')
        self.assertEqual(len(d), 4)
        self.assertEqual(d[0], 'a')
        self.assertEqual(d[-1], 'd')
        d[1] = 'B'
        del d[2]
        self.assertEqual(list(d), ['a', 'B', 'd'])
        self.assert_('d' in d)
        self.assertEqual(list(reversed(d)), ['d', 'B', 'a'])
        self.assertEqual(collections.deque('ab'), collections.deque('ab'))
        self.assert_(collections.deque('ab') < collections.deque('ac'))

    def test_repr(self):
        self.assertEqual(repr(collections.deque()), 'deque([])')
        self.assertEqual(repr(collections.deque([1, 'x'])),
                         "deque([1, 'x'])")
        d = collections.deque()
        d.append(d)
        self.assertEqual(repr(d), 'deque([[...]])')

    def test_copy_and_pickle(self):
        d = collections.deque([1, [2], 3])
        c = copy.copy(d)
        self.assertEqual(c, d)
        self.failIf(c is d)
        self.assert_(c[1] is d[1])
        dc = copy.deepcopy(d)
        self.assertEqual(dc, d)
        self.failIf(dc[1] is d[1])
        for proto in range(3):
            p = pickle.loads(pickle.dumps(d, proto))
            self.assertEqual(type(p), collections.deque)
            self.assertEqual(p, d)

    def test_subclass(self):
        class MyDeque(collections.deque):
            pass
        d = MyDeque('ab')
        d.attr = 1
        self.assertEqual(list(d), ['a', 'b'])
        self.assert_(isinstance(d, collections.deque))


class DefaultdictSurfaceTests(unittest.TestCase):

    def test_factory(self):
        d = collections.defaultdict(list)
        self.assert_(d.default_factory is list)
        d['a'].append(1)
        d['a'].append(2)
        self.assertEqual(d, {'a': [1, 2]})
        counts = collections.defaultdict(int)
        for ch in 'mississippi':
            counts[ch] += 1
        self.assertEqual(dict(counts), {'m': 1, 'i': 4, 's': 4, 'p': 2})

    def test_no_factory(self):
        d = collections.defaultdict()
        self.assertEqual(d.default_factory, None)
        self.assertRaises(KeyError, d.__getitem__, 'missing')
        d.default_factory = int
        self.assertEqual(d['x'], 0)
        d.default_factory = None
        self.assertRaises(KeyError, d.__getitem__, 'y')

    def test_only_getitem_uses_factory(self):
        d = collections.defaultdict(list)
        self.assertEqual(d.get('k'), None)
        self.assertEqual('k' in d, False)
        self.assertRaises(KeyError, d.pop, 'k')
        self.assertEqual(len(d), 0)

    def test_missing(self):
        d = collections.defaultdict(lambda: 42)
        self.assertEqual(d.__missing__('a'), 42)
        self.assertEqual(d, {'a': 42})
        d.default_factory = None
        self.assertRaises(KeyError, d.__missing__, 'b')

    def test_dict_arguments(self):
        d = collections.defaultdict(int, {'a': 1}, b=2)
        self.assertEqual(d, {'a': 1, 'b': 2})
        d = collections.defaultdict(int, [('c', 3)])
        self.assertEqual(d, {'c': 3})

    def test_bad_factory(self):
        self.assertRaises(TypeError, collections.defaultdict, 1)
        self.assertRaises(TypeError, collections.defaultdict, 'str')
        try:
            collections.defaultdict(1)
        except TypeError, e:
            self.assertEqual(str(e), 'first argument must be callable')

    def test_repr(self):
        self.assertEqual(repr(collections.defaultdict()),
                         'defaultdict(None, {})')
        d = collections.defaultdict(list)
        d[1].append(2)
        self.assertEqual(repr(d), "defaultdict(<type 'list'>, {1: [2]})")
        d = collections.defaultdict(list)
        d[1] = d
        self.assertEqual(repr(d), "defaultdict(<type 'list'>, "
                                  "{1: defaultdict(<type 'list'>, {...})})")

    def test_copy_and_pickle(self):
        d = collections.defaultdict(list, {1: [2]})
        c = d.copy()
        self.assertEqual(type(c), collections.defaultdict)
        self.assert_(c.default_factory is list)
        self.assertEqual(c, d)
        c = copy.copy(d)
        self.assert_(c.default_factory is list)
        self.assert_(c[1] is d[1])
        c = copy.deepcopy(d)
        self.assertEqual(c, d)
        self.failIf(c[1] is d[1])
        for proto in range(3):
            p = pickle.loads(pickle.dumps(d, proto))
            self.assertEqual(type(p), collections.defaultdict)
            self.assert_(p.default_factory is list)
            self.assertEqual(p, d)

    def test_subclass_missing(self):
        class Upper(collections.defaultdict):
            def __missing__(self, key):
                return key.upper()
        u = Upper()
        self.assertEqual(u['abc'], 'ABC')
        self.assertEqual(len(u), 0)


def test_main():
    test_support.run_unittest(ModuleSurfaceTests, DequeSurfaceTests,
                              DefaultdictSurfaceTests)

if __name__ == '__main__':
    test_main()
