# Tests for marshal, including hostile input.
import unittest
import marshal
from test import test_support


class MarshalTest(unittest.TestCase):

    def test_roundtrip(self):
        for v in [0, -1, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 100,
                  -(2 ** 100), 1.5, 1e300, 3j, 'abc', u'\xe9x',
                  (1, 'a', None), [1, [2]], {'a': 1}, set([1, 2]),
                  frozenset([3]), True, False, None, Ellipsis,
                  StopIteration]:
            w = marshal.loads(marshal.dumps(v))
            self.assertEqual(w, v)
            self.assert_(type(w) is type(v))

    def test_versions(self):
        self.assertEqual(marshal.version, 2)
        self.assertEqual(marshal.loads(marshal.dumps(1.25, 1)), 1.25)
        self.assertEqual(marshal.dumps(1), 'i\x01\x00\x00\x00')

    def test_code(self):
        co = compile('x = 40 + 2', 'f.py', 'exec')
        co2 = marshal.loads(marshal.dumps(co))
        ns = {}
        exec co2 in ns
        self.assertEqual(ns['x'], 42)
        self.assertEqual(co2.co_filename, 'f.py')

    def test_bad_data(self):
        for bad in ['', 'i\x01', 's\xff\xff\xff\x7f', '(\xff\xff\xff\x7f',
                    'l\x05\x00\x00\x00', 'R\x00\x00\x00\x00', 'Q',
                    '[\x02\x00\x00\x00i']:
            self.assertRaises((ValueError, EOFError, TypeError),
                              marshal.loads, bad)

    def test_unmarshallable(self):
        self.assertRaises(ValueError, marshal.dumps, object())
        self.assertRaises(TypeError, marshal.dump, 1, [])


def test_main():
    test_support.run_unittest(MarshalTest)

if __name__ == '__main__':
    test_main()
