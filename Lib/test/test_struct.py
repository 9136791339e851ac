import unittest
import struct
import warnings
import array
from test import test_support


class StructTest(unittest.TestCase):
    def setUp(self):
        self.saved_filters = warnings.filters[:]
        warnings.simplefilter('ignore', DeprecationWarning)

    def tearDown(self):
        warnings.filters[:] = self.saved_filters

    def test_standard_pack(self):
        self.assertEqual(struct.pack('>i', 1), '\x00\x00\x00\x01')
        self.assertEqual(struct.pack('<i', 1), '\x01\x00\x00\x00')
        self.assertEqual(struct.pack('!h', -2), '\xff\xfe')
        self.assertEqual(struct.pack('>I', 4294967295L), '\xff' * 4)
        self.assertEqual(struct.pack('>q', -1), '\xff' * 8)
        self.assertEqual(struct.pack('<Q', 2 ** 64 - 1), '\xff' * 8)
        self.assertEqual(struct.pack('>f', 1.5), '?\xc0\x00\x00')
        self.assertEqual(struct.pack('<d', -2.0), '\x00' * 7 + '\xc0')
        self.assertEqual(struct.pack('>5s', 'ab'), 'ab\x00\x00\x00')
        self.assertEqual(struct.pack('>2s', 'abcd'), 'ab')
        self.assertEqual(struct.pack('>p', 'abc'), '\x00')
        self.assertEqual(struct.pack('>4p', 'abc'), '\x03abc')
        self.assertEqual(struct.pack('>3c', 'x', 'y', 'z'), 'xyz')
        self.assertEqual(struct.pack('>x b x', 7), '\x00\x07\x00')

    def test_unpack(self):
        self.assertEqual(struct.unpack('>i', '\x00\x00\x01\x00'), (256,))
        self.assertEqual(struct.unpack('<i', '\x00\x00\x01\x00'), (65536,))
        self.assertEqual(struct.unpack('>h', '\xff\xfe'), (-2,))
        self.assertEqual(struct.unpack('>q', '\xff' * 8), (-1,))
        self.assertEqual(struct.unpack('>Q', '\xff' * 8), (2 ** 64 - 1,))
        self.assertEqual(struct.unpack('>d', struct.pack('>d', 0.1)), (0.1,))
        self.assertEqual(struct.unpack('>4p', '\x03abc'), ('abc',))
        self.assertEqual(struct.unpack('>2c', 'xy'), ('x', 'y'))

    def test_calcsize(self):
        self.assertEqual(struct.calcsize('>ihb'), 7)
        self.assertEqual(struct.calcsize('<qd'), 16)
        self.assertEqual(struct.calcsize('=bxH'), 4)
        self.assertEqual(struct.calcsize('>10x'), 10)
        self.assertEqual(struct.calcsize('>0s'), 0)
        # native mode aligns
        self.assertEqual(struct.calcsize('bi'), 2 * struct.calcsize('i'))
        self.assertEqual(struct.calcsize('bd'), 2 * struct.calcsize('d'))

    def test_native_roundtrip(self):
        for fmt, vals in [('bBhHiIlLqQ', (-1, 255, -300, 60000, -5, 7, -9, 9, -2 ** 40, 2 ** 60)),
                          ('fd', (0.5, -1.25)), ('P', (12345,))]:
            self.assertEqual(struct.unpack(fmt, struct.pack(fmt, *vals)), vals)

    def test_errors(self):
        self.assertRaises(struct.error, struct.pack, '>i', 'x')
        self.assertRaises(struct.error, struct.pack, '>2i', 1)
        self.assertRaises(struct.error, struct.pack, '>z', 1)
        self.assertRaises(struct.error, struct.unpack, '>i', 'abc')
        self.assertRaises(struct.error, struct.pack, 'c', 'ab')
        self.assertRaises(struct.error, struct.pack, 's', 1)
        self.assertRaises(struct.error, struct.pack, 'b', 200)
        self.assertRaises(struct.error, struct.pack, '>q', 2 ** 64)
        self.assertRaises(struct.error, struct.calcsize, '5')
        try:
            struct.pack('>2i', 1)
        except struct.error, e:
            self.assertEqual(str(e), 'pack requires exactly 2 arguments')

    def test_overflow_masking(self):
        self.assertEqual(struct.pack('>b', 200), '\xc8')
        self.assertEqual(struct.pack('>B', -1), '\xff')
        self.assertEqual(struct.pack('>h', 40000), '\x9c@')
        warnings.simplefilter('error', DeprecationWarning)
        self.assertRaises(DeprecationWarning, struct.pack, '>b', 200)

    def test_struct_object(self):
        s = struct.Struct('>hhl')
        self.assertEqual(s.size, 8)
        self.assertEqual(s.format, '>hhl')
        self.assertEqual(s.pack(1, 2, 3), '\x00\x01\x00\x02\x00\x00\x00\x03')
        self.assertEqual(s.unpack('\x00\x01\x00\x02\x00\x00\x00\x03'), (1, 2, 3))

    def test_from_into(self):
        self.assertEqual(struct.unpack_from('>h', '\x00\x00\x00\x05', 2), (5,))
        self.assertRaises(struct.error, struct.unpack_from, '>i', 'abc')
        buf = array.array('c', ' ' * 8)
        struct.pack_into('>i', buf, 2, 0x41424344)
        self.assertEqual(buf.tostring(), '  ABCD  ')
        self.assertRaises(struct.error, struct.pack_into, '>i', buf, 6, 1)

    def test_huge_counts(self):
        # compiling a huge format is cheap; using it checks the sizes
        s = struct.Struct('1000000000i')
        self.assertEqual(s.size, 4000000000)
        self.assertRaises(struct.error, s.pack, 1)
        self.assertRaises(struct.error, struct.calcsize, '99999999999999999999i')


def test_main():
    test_support.run_unittest(StructTest)

if __name__ == '__main__':
    test_main()
