"""The md5 module (RFC 1321 test suite)."""

import unittest
from test import test_support
import md5


class MD5_Test(unittest.TestCase):

    def check(self, data, hexdigest):
        self.assertEqual(md5.new(data).hexdigest(), hexdigest)
        self.assertEqual(md5.md5(data).hexdigest(), hexdigest)
        self.assertEqual(md5.new(data).digest(), hexdigest.decode('hex'))

    def test_rfc1321_suite(self):
        self.check('', 'd41d8cd98f00b204e9800998ecf8427e')
        self.check('a', '0cc175b9c0f1b6a831c399e269772661')
        self.check('abc', '900150983cd24fb0d6963f7d28e17f72')
        self.check('message digest', 'f96b697d7cb7938d525a2f31aaf161d0')
        self.check('abcdefghijklmnopqrstuvwxyz',
                   'c3fcd3d76192e4007dfb496cca67e13b')
        self.check('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
                   'd174ab98d277d9f5a5611c2c9f419d9f')
        self.check('1234567890' * 8, '57edf4a22be3c955ac49da2e2107b67a')

    def test_module_attributes(self):
        self.assertEqual(md5.digest_size, 16)
        self.assertEqual(md5.blocksize, 1)
        self.assertEqual(md5.new().digest_size, 16)

    def test_update_and_copy(self):
        m = md5.new()
        m.update('message ')
        c = m.copy()
        m.update('digest')
        self.assertEqual(m.hexdigest(), 'f96b697d7cb7938d525a2f31aaf161d0')
        c.update('digest')
        self.assertEqual(c.hexdigest(), m.hexdigest())


def test_main():
    test_support.run_unittest(MD5_Test)

if __name__ == "__main__":
    test_main()
