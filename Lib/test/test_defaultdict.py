import unittest
import copy
from collections import defaultdict
from test import test_support


class TestDefaultDict(unittest.TestCase):
    def test_basic(self):
        d = defaultdict(list)
        d['a'].append(1)
        d['a'].append(2)
        self.assertEqual(d, {'a': [1, 2]})
        self.assert_(d.default_factory is list)
        self.assert_(isinstance(d, dict))
        self.assertEqual(defaultdict.__bases__, (dict,))

    def test_missing(self):
        d = defaultdict()
        self.assertEqual(d.default_factory, None)
        self.assertRaises(KeyError, d.__getitem__, 1)
        d.default_factory = int
        self.assertEqual(d[1], 0)
        self.assertEqual(d.__missing__('n'), 0)
        self.assert_('n' in d)
        self.assertEqual(d.get('zz'), None)
        self.failIf('zz' in d)

    def test_constructor(self):
        d = defaultdict(lambda: 'x', a=1)
        self.assertEqual(d['a'], 1)
        self.assertEqual(d['b'], 'x')
        self.assertRaises(TypeError, defaultdict, 5)
        self.assertRaises(TypeError, defaultdict, None)
        e = defaultdict(int, [('k', 3)])
        self.assertEqual(e, {'k': 3})

    def test_repr(self):
        self.assertEqual(repr(defaultdict(int)), "defaultdict(<type 'int'>, {})")
        self.assertEqual(repr(defaultdict(list, {'k': [1]})),
                         "defaultdict(<type 'list'>, {'k': [1]})")
        self.assertEqual(repr(defaultdict()), "defaultdict(None, {})")

    def test_copy(self):
        d = defaultdict(list, {'a': [1]})
        for c in (d.copy(), copy.copy(d)):
            self.assertEqual(type(c), defaultdict)
            self.assert_(c.default_factory is list)
            self.assertEqual(c, d)
        dc = copy.deepcopy(d)
        dc['a'].append(2)
        self.assertEqual(d['a'], [1])

    def test_keyerror_tuple(self):
        d = defaultdict()
        try:
            d[(1, 2)]
        except KeyError, e:
            self.assertEqual(e.args, ((1, 2),))
        else:
            self.fail("no KeyError")


def test_main():
    test_support.run_unittest(TestDefaultDict)

if __name__ == '__main__':
    test_main()
