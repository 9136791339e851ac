# Tests for the pprint module.
import unittest
from test import test_support
import pprint


class PprintTest(unittest.TestCase):

    def test_short(self):
        for obj in (1, 'x', [1, 2], (1,), (), {}, [], {'a': 1}, None):
            self.assertEqual(pprint.pformat(obj), repr(obj))
        self.assertEqual(pprint.pformat({'z': 1, 'a': 2, 'm': [3]}),
                         "{'a': 2, 'm': [3], 'z': 1}")

    def test_wrapping(self):
        self.assertEqual(pprint.pformat(range(30), width=20).split('\n')[:2],
                         ['[0,', ' 1,'])
        self.assertEqual(pprint.pformat([[i] * i for i in range(1, 4)], width=12),
                         '[[1],\n [2, 2],\n [3, 3, 3]]')
        self.assertEqual(pprint.pformat({'key': range(5)}, width=10),
                         "{'key': [0,\n         1,\n         2,\n         3,\n         4]}")
        self.assertEqual(pprint.pformat((1, 2), width=3), '(1,\n 2)')
        self.assertEqual(pprint.pformat(('abcdef',), width=5), "('abcdef',)")

    def test_indent_depth(self):
        pp = pprint.PrettyPrinter(indent=4, width=20)
        self.assertEqual(pp.pformat({'key one': [1, 2, 3]}),
                         "{   'key one': [   1,\n                   2,\n                   3]}")
        self.assertEqual(pprint.pformat([1, [2, [3, [4]]]], depth=2), '[1, [2, [3, [...]]]]')
        self.assertEqual(pprint.pformat({'a': {'b': [1]}}, depth=1), "{'a': {'b': [...]}}")

    def test_safe_functions(self):
        self.assertEqual(pprint.saferepr([1, {'k': 'v'}]), "[1, {'k': 'v'}]")
        self.assert_(pprint.isreadable([1, 2]))
        self.failIf(pprint.isreadable(len))
        self.failIf(pprint.isrecursive([1]))
        r = [1, 2]
        r.append(r)
        self.assert_(pprint.isrecursive(r))
        self.failIf(pprint.isreadable(r))
        self.assert_('<Recursion on list with id=' in pprint.saferepr(r))
        self.assert_('<Recursion on list with id=' in pprint.pformat(r))

    def test_stream(self):
        from StringIO import StringIO
        s = StringIO()
        pprint.pprint({'b': 1, 'a': 2}, stream=s)
        self.assertEqual(s.getvalue(), "{'a': 2, 'b': 1}\n")

    def test_subclass_repr_kept(self):
        class L(list):
            def __repr__(self):
                return 'L!'
        self.assertEqual(pprint.pformat(L(range(50)), width=10), 'L!')
        self.assertEqual(pprint.pformat([L()] * 3, width=5),
                         '[L!,\n L!,\n L!]')

    def test_bad_args(self):
        self.assertRaises(AssertionError, pprint.PrettyPrinter, indent=-1)
        self.assertRaises(AssertionError, pprint.PrettyPrinter, width=0)


def test_main():
    test_support.run_unittest(PprintTest)

if __name__ == "__main__":
    test_main()
