# Behaviours of the 2.5 core that go through C helpers rather than Python
# code: the length hint used when a list or tuple is built from an
# iterable, the buffer interfaces of array, and the float parser.
import unittest
import array
from test import test_support


class LenRaises(object):
    def __init__(self, exc, items):
        self.exc = exc
        self.items = items
    def __len__(self):
        raise self.exc('no length')
    def __iter__(self):
        return iter(self.items)


class LenCounts(object):
    def __init__(self, items):
        self.items = items
        self.len_calls = 0
    def __len__(self):
        self.len_calls += 1
        return len(self.items)
    def __iter__(self):
        return iter(self.items)


class LengthHintTests(unittest.TestCase):
    def test_len_consulted(self):
        for build in (list, tuple, sorted):
            o = LenCounts([3, 1, 2])
            build(o)
            self.assertEqual(o.len_calls, 1)
        o = LenCounts([1])
        l = [0]
        l.extend(o)
        l += o
        self.assertEqual(l, [0, 1, 1])
        self.assertEqual(o.len_calls, 2)

    def test_len_error_propagates(self):
        # in 2.5 only TypeError/AttributeError from __len__ are swallowed
        self.assertRaises(ValueError, list, LenRaises(ValueError, [1]))
        self.assertRaises(ValueError, tuple, LenRaises(ValueError, [1]))
        self.assertRaises(ValueError, [].extend, LenRaises(ValueError, [1]))
        self.assertEqual(list(LenRaises(TypeError, [1, 2])), [1, 2])
        self.assertEqual(tuple(LenRaises(AttributeError, [1])), (1,))

    def test_wrong_hint(self):
        class Liar(LenCounts):
            def __len__(self):
                return 1000
        self.assertEqual(list(Liar([1, 2])), [1, 2])
        class Short(LenCounts):
            def __len__(self):
                return 0
        self.assertEqual(list(Short(range(20))), range(20))


class ArrayBufferTests(unittest.TestCase):
    def test_array_is_read_buffer_only(self):
        a = array.array('c', 'abc')
        self.assertEqual(str(buffer(a)), 'abc')
        self.assertEqual(buffer(a, 1)[:], 'bc')
        # 2.5 arrays are not character buffers
        self.assertRaises(TypeError, 'abc'.startswith, a)
        self.assertRaises(TypeError, float, array.array('c', '1.5'))


class FloatParseTests(unittest.TestCase):
    def test_hex_refused(self):
        for s in ('0x10', '-0x10', ' 0X1'):
            self.assertRaises(ValueError, float, s)

    def test_whitespace_and_sign(self):
        self.assertEqual(float('  -2.25e3  '), -2250.0)
        self.assertEqual(float('+.5'), 0.5)

    def test_int_overflow_to_long(self):
        self.assertEqual(int('-99999999999999999999'),
                         -99999999999999999999L)
        self.assertEqual(int(' 99999999999999999999 '),
                         99999999999999999999L)


def test_main():
    test_support.run_unittest(LengthHintTests, ArrayBufferTests,
                              FloatParseTests)

if __name__ == '__main__':
    test_main()
