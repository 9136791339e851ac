# Tests for the built-in functions (Python 2.5 semantics).
import unittest
from test import test_support


class BuiltinTest(unittest.TestCase):

    def test_abs_all_any(self):
        self.assertEqual(abs(-5), 5)
        self.assertEqual(abs(-2.5), 2.5)
        self.assertEqual(abs(3+4j), 5.0)
        self.assertRaises(TypeError, abs, 'a')
        self.assertEqual(all([1, 2]), True)
        self.assertEqual(all([]), True)
        self.assertEqual(any([0, 0]), False)
        self.assertEqual(any(iter([0, 3])), True)
        self.assertRaises(TypeError, any)

    def test_apply_callable(self):
        self.assertEqual(apply(max, (1, 3)), 3)
        self.assertEqual(apply(dict, (), {'a': 1}), {'a': 1})
        self.assertRaises(TypeError, apply, max, 1)
        self.assert_(callable(len))
        self.failIf(callable(1))

    def test_chr_ord(self):
        self.assertEqual(chr(65), 'A')
        self.assertRaises(ValueError, chr, 256)
        self.assertEqual(ord('a'), 97)
        self.assertEqual(ord(u'\u20ac'), 0x20ac)
        self.assertRaises(TypeError, ord, 'ab')
        self.assertEqual(unichr(97), u'a')

    def test_cmp_coerce_divmod(self):
        self.assertEqual(cmp(1, 2), -1)
        self.assertEqual(cmp('b', 'a'), 1)
        self.assertEqual(coerce(1, 2.5), (1.0, 2.5))
        self.assertRaises(TypeError, coerce, 1, 'a')
        self.assertEqual(divmod(7, 2), (3, 1))
        self.assertEqual(divmod(-7, 2), (-4, 1))

    def test_compile_eval_exec(self):
        code = compile('1 + 2', '<t>', 'eval')
        self.assertEqual(eval(code), 3)
        self.assertEqual(eval('x * 2', {'x': 4}), 8)
        self.assertEqual(eval(' 5'), 5)
        self.assertRaises(ValueError, compile, 'x', 'f', 'bogus')
        self.assertRaises(SyntaxError, compile, 'x = ', 'f', 'exec')
        self.assertRaises(TypeError, compile, 'a\0b', 'f', 'exec')
        ns = {}
        exec compile('y = 7', 'f', 'exec') in ns
        self.assertEqual(ns['y'], 7)

    def test_attrs(self):
        class C(object):
            pass
        c = C()
        setattr(c, 'a', 1)
        self.assertEqual(getattr(c, 'a'), 1)
        self.assertEqual(getattr(c, 'b', 2), 2)
        self.assert_(hasattr(c, 'a'))
        delattr(c, 'a')
        self.failIf(hasattr(c, 'a'))
        self.assertRaises(AttributeError, getattr, c, 'a')
        self.assertRaises(TypeError, getattr, c, None)

    def test_hasattr_swallows_everything(self):
        class P(object):
            def boom(self):
                raise ValueError
            x = property(boom)
        self.assertEqual(hasattr(P(), 'x'), False)

    def test_filter_map_reduce_zip(self):
        self.assertEqual(filter(None, [0, 1, 2]), [1, 2])
        self.assertEqual(filter(lambda c: c != 'a', 'banana'), 'bnn')
        self.assertEqual(filter(None, (0, 1)), (1,))
        self.assertEqual(map(None, [1, 2], [3]), [(1, 3), (2, None)])
        self.assertEqual(map(lambda x: x * 2, [1, 2]), [2, 4])
        self.assertEqual(reduce(lambda a, b: a + b, [1, 2, 3]), 6)
        self.assertEqual(reduce(lambda a, b: a + b, [], 5), 5)
        self.assertRaises(TypeError, reduce, lambda a, b: a, [])
        self.assertEqual(zip(), [])
        self.assertEqual(zip([1, 2], 'ab'), [(1, 'a'), (2, 'b')])

    def test_min_max(self):
        self.assertEqual(max(1, 3, 2), 3)
        self.assertEqual(min([4, 2, 8]), 2)
        self.assertEqual(max(['a', 'bbb', 'cc'], key=len), 'bbb')
        self.assertRaises(ValueError, max, [])
        self.assertRaises(TypeError, max, [1], bad=1)

    def test_range(self):
        self.assertEqual(range(3), [0, 1, 2])
        self.assertEqual(range(10, 0, -3), [10, 7, 4, 1])
        self.assertEqual(range(10 ** 18, 10 ** 18 + 2),
                         [10 ** 18, 10 ** 18 + 1])
        self.assertRaises(ValueError, range, 1, 2, 0)
        self.assertRaises(TypeError, range, 'a')
        self.assertRaises(OverflowError, range, 2 ** 64, 2 ** 64 + 2 ** 40)

    def test_round(self):
        self.assertEqual(round(0.5), 1.0)
        self.assertEqual(round(-0.5), -1.0)
        self.assertEqual(round(2.5), 3.0)
        self.assertEqual(round(1234.5678, -2), 1200.0)
        self.assertEqual(round(0.125, 2), 0.13)
        self.assertRaises(TypeError, round, '1')

    def test_hex_oct_hash_id(self):
        self.assertEqual(hex(255), '0xff')
        self.assertEqual(oct(8), '010')
        self.assertEqual(hex(-1L), '-0x1L')
        self.assertRaises(TypeError, hex, 1.5)
        self.assertEqual(hash(1), hash(1.0))
        a = []
        self.assertEqual(id(a), id(a))

    def test_intern_isinstance(self):
        s = intern('hello' + ' world')
        self.assert_(s is intern('hello world'))
        self.assertRaises(TypeError, intern, u'x')
        self.assert_(isinstance(1, (str, int)))
        self.assert_(issubclass(bool, int))

    def test_iter_len_sorted_sum(self):
        it = iter([1, 2])
        self.assertEqual(it.next(), 1)
        seq = [1, 2, 3]
        self.assertEqual(list(iter(seq.pop, 1)), [3, 2])
        self.assertEqual(len('abc'), 3)
        self.assertEqual(sorted([3, 1, 2], reverse=True), [3, 2, 1])
        self.assertEqual(sum([1, 2, 3], 10), 16)
        self.assertRaises(TypeError, sum, ['a'], '')

    def test_vars_locals_globals(self):
        x = 1
        self.assertEqual(vars()['x'], 1)
        self.assertEqual(locals()['x'], 1)
        self.assert_('BuiltinTest' in globals())
        self.assertRaises(TypeError, vars, 1)

    def test_names(self):
        import __builtin__
        for name in ['None', 'Ellipsis', 'NotImplemented', 'True', 'False',
                     'basestring', 'bool', 'buffer', 'classmethod', 'complex',
                     'dict', 'enumerate', 'file', 'float', 'frozenset', 'int',
                     'list', 'long', 'object', 'open', 'property', 'reversed',
                     'set', 'slice', 'staticmethod', 'str', 'super', 'tuple',
                     'type', 'unicode', 'xrange', 'ValueError',
                     'BaseException', 'GeneratorExit', '__debug__']:
            self.assert_(hasattr(__builtin__, name), name)
        self.assert_(open is not file)   # 2.5: open() is a function

    def test_import(self):
        sys = __import__('sys')
        self.assertEqual(sys.__name__, 'sys')
        self.assertRaises(ImportError, __import__, 'no_such_module_xyz')


def test_main():
    test_support.run_unittest(BuiltinTest)

if __name__ == '__main__':
    test_main()
