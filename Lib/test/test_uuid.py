import unittest
from test import test_support

import uuid


class UUIDTest(unittest.TestCase):

    def test_forms(self):
        h = '12345678-1234-5678-1234-567812345678'
        forms = [uuid.UUID(h), uuid.UUID('{%s}' % h),
                 uuid.UUID(h.replace('-', '')), uuid.UUID('urn:uuid:' + h),
                 uuid.UUID(bytes='\x12\x34\x56\x78\x12\x34\x56\x78'
                                 '\x12\x34\x56\x78\x12\x34\x56\x78'),
                 uuid.UUID(bytes_le='\x78\x56\x34\x12\x34\x12\x78\x56'
                                    '\x12\x34\x56\x78\x12\x34\x56\x78'),
                 uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34,
                                   0x567812345678)),
                 uuid.UUID(int=0x12345678123456781234567812345678L)]
        for u in forms:
            self.assertEqual(u, forms[0])
            self.assertEqual(str(u), h)
            self.assertEqual(repr(u), "UUID('%s')" % h)
            self.assertEqual(u.hex, h.replace('-', ''))
            self.assertEqual(u.urn, 'urn:uuid:' + h)
            self.assertEqual(u.int, 0x12345678123456781234567812345678L)
            self.assertEqual(int(u), u.int)
            self.assertEqual(hash(u), hash(forms[0]))
        u = forms[0]
        self.assertEqual(u.fields, (0x12345678, 0x1234, 0x5678, 0x12, 0x34,
                                    0x567812345678))
        self.assertEqual(u.time_low, 0x12345678)
        self.assertEqual(u.time_mid, 0x1234)
        self.assertEqual(u.time_hi_version, 0x5678)
        self.assertEqual(u.clock_seq_hi_variant, 0x12)
        self.assertEqual(u.clock_seq_low, 0x34)
        self.assertEqual(u.node, 0x567812345678)
        self.assertEqual(u.time, 0x678123412345678)
        self.assertEqual(u.clock_seq, 0x1234)
        self.assertEqual(u.variant, uuid.RESERVED_NCS)
        self.assertEqual(u.version, None)

    def test_variants(self):
        self.assertEqual(uuid.UUID(int=0x8000L << 48).variant, uuid.RFC_4122)
        self.assertEqual(uuid.UUID(int=0xc000L << 48).variant,
                         uuid.RESERVED_MICROSOFT)
        self.assertEqual(uuid.UUID(int=0xe000L << 48).variant,
                         uuid.RESERVED_FUTURE)
        u = uuid.UUID(int=0, version=4)
        self.assertEqual(u.version, 4)
        self.assertEqual(u.variant, uuid.RFC_4122)
        self.assertEqual(str(u), '00000000-0000-4000-8000-000000000000')

    def test_errors(self):
        self.assertRaises(TypeError, uuid.UUID)
        self.assertRaises(TypeError, uuid.UUID, '0' * 32, int=0)
        self.assertRaises(ValueError, uuid.UUID, '0' * 31)
        self.assertRaises(ValueError, uuid.UUID, bytes='x' * 15)
        self.assertRaises(ValueError, uuid.UUID, bytes_le='x' * 17)
        self.assertRaises(ValueError, uuid.UUID, fields=(1, 2, 3))
        self.assertRaises(ValueError, uuid.UUID, fields=(1 << 32, 0, 0, 0, 0, 0))
        self.assertRaises(ValueError, uuid.UUID, fields=(0, 0, 0, 0, 0, 1 << 48))
        self.assertRaises(ValueError, uuid.UUID, int=-1)
        self.assertRaises(ValueError, uuid.UUID, int=1L << 128)
        self.assertRaises(ValueError, uuid.UUID, int=0, version=6)
        self.assertRaises(ValueError, uuid.UUID, int=0, version=0)
        u = uuid.uuid4()
        self.assertRaises(TypeError, setattr, u, 'int', 5)
        self.assertRaises(TypeError, setattr, u, 'other', 5)

    def test_ordering(self):
        a = uuid.UUID(int=1)
        b = uuid.UUID(int=2)
        self.assert_(a < b and b > a and a != b)
        self.assertEqual(sorted([b, a]), [a, b])
        d = {a: 1}
        self.assertEqual(d[uuid.UUID(int=1)], 1)

    def test_namespaces(self):
        self.assertEqual(str(uuid.NAMESPACE_DNS),
                         '6ba7b810-9dad-11d1-80b4-00c04fd430c8')
        self.assertEqual(str(uuid.NAMESPACE_URL),
                         '6ba7b811-9dad-11d1-80b4-00c04fd430c8')
        self.assertEqual(str(uuid.NAMESPACE_OID),
                         '6ba7b812-9dad-11d1-80b4-00c04fd430c8')
        self.assertEqual(str(uuid.NAMESPACE_X500),
                         '6ba7b814-9dad-11d1-80b4-00c04fd430c8')

    def test_uuid3(self):
        u = uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
        self.assertEqual(str(u), '6fa459ea-ee8a-3ca4-894e-db77e160355e')
        self.assertEqual(u.version, 3)
        self.assertEqual(u.variant, uuid.RFC_4122)

    def test_uuid5(self):
        u = uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
        self.assertEqual(str(u), '886313e1-3b8a-5372-9b90-0c9aee199e5d')
        self.assertEqual(u.version, 5)

    def test_uuid4(self):
        seen = {}
        for i in range(50):
            u = uuid.uuid4()
            self.assertEqual(u.version, 4)
            self.assertEqual(u.variant, uuid.RFC_4122)
            self.failIf(u in seen)
            seen[u] = 1

    def test_uuid1(self):
        u = uuid.uuid1()
        self.assertEqual(u.version, 1)
        self.assertEqual(u.variant, uuid.RFC_4122)
        self.assertEqual(u.node, uuid.getnode())
        v = uuid.uuid1(node=0x123456789abcL, clock_seq=0x1234)
        self.assertEqual(v.node, 0x123456789abcL)
        self.assertEqual(v.clock_seq, 0x1234)
        self.assert_(v.time > u.time)
        # the timestamp is in 100ns units since 1582-10-15
        import time
        seconds = (v.time - 0x01b21dd213814000L) / 1e7
        self.assert_(abs(seconds - time.time()) < 60)

    def test_getnode(self):
        node = uuid.getnode()
        self.assert_(0 < node < 1L << 48)
        self.assertEqual(uuid.getnode(), node)


def test_main():
    test_support.run_unittest(UUIDTest)

if __name__ == "__main__":
    test_main()
