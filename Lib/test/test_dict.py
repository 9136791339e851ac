"""Tests for the dict type (Python 2.5 semantics, including raw order)."""
import unittest
from test import test_support


class DictTest(unittest.TestCase):

    def check_error(self, exc, msg, func, *args, **kw):
        try:
            func(*args, **kw)
        except exc, e:
            self.assertEqual(str(e), msg)
        else:
            self.fail('%s not raised' % exc.__name__)

    def test_constructor(self):
        self.assertEqual(dict(), {})
        self.assertEqual(dict({'a': 1}), {'a': 1})
        self.assertEqual(dict([('a', 1), ['b', 2]]), {'a': 1, 'b': 2})
        self.assertEqual(dict(a=1, b=2), {'a': 1, 'b': 2})
        self.assertEqual(dict([('a', 1)], a=2), {'a': 2})
        self.assertEqual(dict(zip('ab', range(2))), {'a': 0, 'b': 1})
        self.check_error(TypeError,
            'cannot convert dictionary update sequence element #0 to a sequence',
            dict, [1])
        self.check_error(ValueError,
            'dictionary update sequence element #1 has length 3; 2 is required',
            dict, [(1, 2), (1, 2, 3)])
        self.check_error(TypeError, 'dict expected at most 1 arguments, got 2',
                         dict, {}, {})

    def test_raw_order(self):
        # slot order of CPython 2.5's open addressing
        self.assertEqual({'a': 1, 'b': 2, 'c': 3}.keys(), ['a', 'c', 'b'])
        d = {}
        for k in range(5):
            d[k * 8] = k
        self.assertEqual(d.keys(), [0, 8, 32, 16, 24])
        del d[8]
        d[40] = 5
        self.assertEqual(d.keys(), [0, 40, 32, 16, 24])
        d[8] = 'again'
        self.assertEqual(d.keys(), [0, 32, 40, 16, 8, 24])
        d = {}
        for w in 'a b c d e f g h'.split():
            d[w] = 1
        self.assertEqual(d.keys(), ['a', 'c', 'b', 'e', 'd', 'g', 'f', 'h'])
        ints = {}
        for i in range(0, 40, 3):
            ints[i] = i
        self.assertEqual(ints.keys(),
                         [0, 33, 3, 36, 6, 39, 9, 12, 15, 18, 21, 24, 27, 30])

    def test_methods(self):
        d = {'a': 1, 'b': 2}
        self.assertEqual(d.get('a'), 1)
        self.assertEqual(d.get('z'), None)
        self.assertEqual(d.get('z', 'dflt'), 'dflt')
        self.assert_(d.has_key('a'))
        self.failIf(d.has_key('z'))
        self.assertEqual(d.setdefault('a', 100), 1)
        self.assertEqual(d.setdefault('c', 3), 3)
        self.assertEqual(d.setdefault('d'), None)
        self.assertEqual(d.pop('d'), None)
        self.assertEqual(d.pop('zz', 'missing'), 'missing')
        self.assertRaises(KeyError, d.pop, 'zz')
        self.check_error(TypeError, 'pop expected at least 1 arguments, got 0',
                         d.pop)
        e = {'only': 1}
        self.assertEqual(e.popitem(), ('only', 1))
        self.check_error(KeyError, "'popitem(): dictionary is empty'",
                         e.popitem)
        c = d.copy()
        c['a'] = 'changed'
        self.assertEqual(d['a'], 1)
        self.assertEqual(sorted(dict.fromkeys('ab', 0).items()),
                         [('a', 0), ('b', 0)])
        class D(dict):
            pass
        self.assertEqual(type(D.fromkeys('a')), D)
        d.clear()
        self.assertEqual(d, {})
        self.assertEqual(len(d), 0)

    def test_update(self):
        d = {}
        d.update({'x': 10})
        d.update([('y', 20)], z=30)
        d.update(w=40)
        d.update()
        self.assertEqual(sorted(d.items()),
                         [('w', 40), ('x', 10), ('y', 20), ('z', 30)])
        class KeysOnly(object):
            def keys(self):
                return ['m']
            def __getitem__(self, k):
                return k * 2
        d.update(KeysOnly())
        self.assertEqual(d['m'], 'mm')
        self.check_error(TypeError, 'update expected at most 1 arguments, got 2',
                         d.update, {}, {})

    def test_views(self):
        f = {1: 'one', 2: 'two', 3: 'three'}
        self.assertEqual(zip(f.keys(), f.values()), f.items())
        self.assertEqual(list(f.iterkeys()), f.keys())
        self.assertEqual(list(f.itervalues()), f.values())
        self.assertEqual(list(f.iteritems()), f.items())
        self.assertEqual(type(f.iterkeys()).__name__, 'dictionary-keyiterator')
        self.assertEqual(type(f.itervalues()).__name__,
                         'dictionary-valueiterator')
        self.assertEqual(type(f.iteritems()).__name__,
                         'dictionary-itemiterator')

    def test_keyerror(self):
        try:
            {}['missing']
        except KeyError, e:
            self.assertEqual(e.args, ('missing',))
        try:
            {}[('t', 'k')]
        except KeyError, e:
            self.assertEqual(e.args, (('t', 'k'),))
        def delete():
            del {}[1]
        self.assertRaises(KeyError, delete)

    def test_missing(self):
        class Counter(dict):
            def __missing__(self, key):
                return 0
        c = Counter()
        self.assertEqual(c['x'], 0)
        self.failIf('x' in c)
        self.assertRaises(KeyError, {}.__getitem__, 'x')

    def test_repr(self):
        self.assertEqual(repr({}), '{}')
        self.assertEqual(repr({'k': [1, {'n': None}]}), "{'k': [1, {'n': None}]}")
        d = {}
        d[1] = d
        self.assertEqual(repr(d), '{1: {...}}')

    def test_compare(self):
        self.assert_({1: 'a'} == {1.0: 'a'})
        self.assert_({1: 2} != {1: 3})
        self.assert_({} < {1: 2})
        self.assert_({1: 2} < {1: 3})
        self.assert_({1: 2} > {0: 5})
        self.assertEqual(cmp({1: 2}, {1: 2}), 0)

    def test_equal_keys(self):
        d = {}
        d[1] = 'int'
        d[1.0] = 'float'
        self.assertEqual(d, {1: 'float'})
        self.assertEqual(type(d.keys()[0]), int)
        self.assertEqual({1: 'a'}[True], 'a')

    def test_unhashable(self):
        self.check_error(TypeError, 'dict objects are unhashable', hash, {})
        self.check_error(TypeError, 'list objects are unhashable',
                         {}.__setitem__, [], 1)
        self.assertRaises(TypeError, {}.__contains__, [])

    def test_mutation_during_iteration(self):
        d = dict.fromkeys(range(5))
        def loop():
            for k in d:
                del d[k]
        self.check_error(RuntimeError, 'dictionary changed size during iteration',
                         loop)
        d = {'a': 1}
        for k in d:
            d[k] = 2
        self.assertEqual(d, {'a': 2})
        d = dict.fromkeys(range(4))
        it = d.iteritems()
        it.next()
        d[99] = 0
        self.assertRaises(RuntimeError, it.next)
        self.assertRaises(RuntimeError, it.next)

    def test_evil_eq(self):
        # keys whose __eq__ mutates the dict must not crash the lookup
        class Evil(object):
            def __init__(self, d):
                self.d = d
            def __hash__(self):
                return 1
            def __eq__(self, other):
                self.d.clear()
                return False
        d = {}
        d[Evil(d)] = 1
        d[Evil(d)] = 2
        self.assert_(len(d) <= 2)
        d = {}
        for i in range(20):
            d[Evil(d)] = i
        class Grower(object):
            def __init__(self, d):
                self.d = d
            def __hash__(self):
                return 7
            def __eq__(self, other):
                for i in range(100, 110):
                    self.d[i] = i
                return False
        d = {}
        d[Grower(d)] = 1
        d[Grower(d)] = 2
        self.assert_(len(d) >= 2)

    def test_large(self):
        big = {}
        for i in range(10000):
            big[i] = i
        self.assertEqual(len(big), 10000)
        self.assertEqual(sum(big), sum(range(10000)))
        for i in range(10000):
            del big[i]
        self.assertEqual(big, {})


def test_main():
    test_support.run_unittest(DictTest)

if __name__ == '__main__':
    test_main()
