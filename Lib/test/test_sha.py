"""The sha module (FIPS 180-2 SHA-1 vectors)."""

import unittest
from test import test_support
import sha


class SHATestCase(unittest.TestCase):

    def check(self, data, hexdigest):
        self.assertEqual(sha.new(data).hexdigest(), hexdigest)
        self.assertEqual(sha.sha(data).hexdigest(), hexdigest)
        self.assertEqual(sha.new(data).digest(), hexdigest.decode('hex'))
        # the same, a chunk at a time
        s = sha.new()
        for i in range(0, len(data), 997):
            s.update(data[i:i + 997])
        self.assertEqual(s.hexdigest(), hexdigest)

    def test_case_1(self):
        self.check('abc', 'a9993e364706816aba3e25717850c26c9cd0d89d')

    def test_case_2(self):
        self.check('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
                   '84983e441c3bd26ebaae4aa1f95129e5e54670f1')

    def test_case_3(self):
        self.check('a' * 1000000, '34aa973cd4c4daa4f61eeb2bdbad27316534016f')

    def test_attributes(self):
        self.assertEqual(sha.digest_size, 20)
        self.assertEqual(sha.digestsize, 20)
        self.assertEqual(sha.blocksize, 1)
        s = sha.new('abc')
        self.assertEqual(s.digest_size, 20)
        c = s.copy()
        s.update('d')
        self.assertEqual(c.hexdigest(), 'a9993e364706816aba3e25717850c26c9cd0d89d')


def test_main():
    test_support.run_unittest(SHATestCase)

if __name__ == "__main__":
    test_main()
