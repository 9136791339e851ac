import unittest
import array
import copy
from test import test_support

CODES = 'cbBuhHiIlLfd'


class ArrayTest(unittest.TestCase):
    def test_constructor(self):
        for tc in CODES:
            a = array.array(tc)
            self.assertEqual(a.typecode, tc)
            self.assertEqual(len(a), 0)
            self.assert_(a.itemsize >= 1)
        self.assertRaises(ValueError, array.array, 'x')
        self.assertRaises(TypeError, array.array, 'ii')
        self.assertRaises(TypeError, array.array, 'i', typecode='i')
        self.assertEqual(array.array('i', xrange(3)).tolist(), [0, 1, 2])
        self.assertEqual(array.array('d', array.array('i', [1, 2])).tolist(), [1.0, 2.0])
        self.assertEqual(array.array('c', 'abc').tostring(), 'abc')
        self.assertEqual(array.array('u', u'xy').tounicode(), u'xy')
        self.assert_(array.ArrayType is array.array)

    def test_repr(self):
        self.assertEqual(repr(array.array('i')), "array('i')")
        self.assertEqual(repr(array.array('i', [1, 2])), "array('i', [1, 2])")
        self.assertEqual(repr(array.array('c', 'ab')), "array('c', 'ab')")
        self.assertEqual(repr(array.array('u', u'ab')), "array('u', u'ab')")
        self.assertEqual(repr(array.array('L', [1])), "array('L', [1L])")

    def test_ranges(self):
        self.assertRaises(OverflowError, array.array, 'b', [128])
        self.assertRaises(OverflowError, array.array, 'B', [-1])
        self.assertRaises(OverflowError, array.array, 'h', [40000])
        self.assertRaises(OverflowError, array.array, 'H', [-1])
        self.assertRaises(OverflowError, array.array, 'i', [2 ** 31])
        self.assertRaises(OverflowError, array.array, 'I', [2 ** 32])
        self.assertRaises(TypeError, array.array, 'i', ['x'])
        self.assertRaises(TypeError, array.array, 'c', [1])
        self.assertRaises(TypeError, array.array, 'd', ['x'])
        self.assertEqual(array.array('B', [255])[0], 255)
        self.assertEqual(array.array('I', [2 ** 32 - 1])[0], 2 ** 32 - 1)

    def test_sequence_ops(self):
        a = array.array('i', [1, 2, 3])
        a.append(4)
        a.extend([5])
        a.insert(0, 0)
        self.assertEqual(a.tolist(), [0, 1, 2, 3, 4, 5])
        self.assertEqual(a.pop(), 5)
        self.assertEqual(a.pop(0), 0)
        a.remove(3)
        self.assertEqual(a.tolist(), [1, 2, 4])
        self.assertEqual(a.index(4), 2)
        self.assertEqual(a.count(2), 1)
        self.assertRaises(ValueError, a.remove, 9)
        self.assertRaises(ValueError, a.index, 9)
        a.reverse()
        self.assertEqual(a.tolist(), [4, 2, 1])
        self.assert_(2 in a)
        self.assertEqual((a + a).tolist(), [4, 2, 1] * 2)
        self.assertEqual((a * 2).tolist(), [4, 2, 1] * 2)
        a += array.array('i', [7])
        a *= 2
        self.assertEqual(a.tolist(), [4, 2, 1, 7] * 2)
        self.assertRaises(TypeError, a.__add__, array.array('d'))
        self.assertRaises(TypeError, a.__add__, [1])
        self.assertRaises(TypeError, a.extend, array.array('h'))
        self.assertRaises(IndexError, array.array('i').pop)

    def test_indexing_and_slices(self):
        a = array.array('h', range(10))
        self.assertEqual(a[-1], 9)
        self.assertRaises(IndexError, a.__getitem__, 10)
        a[0] = 42
        self.assertEqual(a[0], 42)
        self.assertEqual(a[2:5].tolist(), [2, 3, 4])
        self.assertEqual(a[::3].tolist(), [42, 3, 6, 9])
        self.assertEqual(a[::-4].tolist(), [9, 5, 1])
        a[1:3] = array.array('h', [7, 7, 7])
        self.assertEqual(a.tolist(), [42, 7, 7, 7, 3, 4, 5, 6, 7, 8, 9])
        del a[::2]
        self.assertEqual(a.tolist(), [7, 7, 4, 6, 8])
        a[::2] = array.array('h', [0, 0, 0])
        self.assertEqual(a.tolist(), [0, 7, 0, 6, 0])
        self.assertRaises(ValueError, a.__setitem__, slice(None, None, 2),
                          array.array('h', [1]))
        self.assertRaises(TypeError, a.__setitem__, slice(0, 1), [1])
        a[:] = a
        self.assertEqual(a.tolist(), [0, 7, 0, 6, 0])

    def test_strings(self):
        a = array.array('i', [1, 2])
        s = a.tostring()
        b = array.array('i')
        b.fromstring(s)
        self.assertEqual(a, b)
        self.assertRaises(ValueError, b.fromstring, 'abc')
        b.fromlist([3])
        self.assertEqual(b.tolist(), [1, 2, 3])
        self.assertRaises(TypeError, b.fromlist, (1,))
        self.assertRaises(ValueError, b.fromunicode, u'x')
        self.assertRaises(ValueError, b.tounicode)
        u = array.array('u')
        u.fromunicode(u'hi')
        self.assertEqual(u.tounicode(), u'hi')

    def test_byteswap(self):
        a = array.array('H', [0x0102])
        a.byteswap()
        self.assertEqual(a[0], 0x0201)

    def test_compare_and_copy(self):
        a = array.array('i', [1, 2])
        self.assert_(a == array.array('i', [1, 2]))
        self.assert_(a < array.array('i', [1, 3]))
        self.assert_(a != array.array('i', [1]))
        self.assertEqual(copy.copy(a), a)
        self.assertEqual(copy.deepcopy(a), a)
        self.failIf(copy.copy(a) is a)
        self.assertEqual(a.buffer_info()[1], 2)

    def test_buffer(self):
        a = array.array('c', 'hello')
        self.assertEqual(str(buffer(a)), 'hello')

    def test_huge(self):
        a = array.array('d', [0.0])
        self.assertRaises((MemoryError, OverflowError), a.__mul__, 2 ** 62)


def test_main():
    test_support.run_unittest(ArrayTest)

if __name__ == '__main__':
    test_main()
