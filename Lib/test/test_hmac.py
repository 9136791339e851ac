"""hmac against RFC 2202 (MD5, SHA-1) and RFC 4231 (SHA-2) vectors."""

import unittest
from test import test_support
import hmac
import md5, sha, hashlib

LONG_KEY_MSG = 'Test Using Larger Than Block-Size Key - Hash Key First'


class TestVectorsTestCase(unittest.TestCase):

    def check(self, key, data, digestmod, hexdigest):
        h = hmac.HMAC(key, data, digestmod)
        self.assertEqual(h.hexdigest(), hexdigest)
        self.assertEqual(h.digest(), hexdigest.decode('hex'))
        self.assertEqual(hmac.new(key, data, digestmod).hexdigest(), hexdigest)
        h = hmac.new(key, digestmod=digestmod)
        h.update(data[:3])
        h.update(data[3:])
        self.assertEqual(h.hexdigest(), hexdigest)

    def test_md5_vectors(self):
        self.check('\x0b' * 16, 'Hi There', md5,
                   '9294727a3638bb1c13f48ef8158bfc9d')
        self.check('Jefe', 'what do ya want for nothing?', md5,
                   '750c783e6ab0b503eaa86e310a5db738')
        self.check('\xaa' * 16, '\xdd' * 50, md5,
                   '56be34521d144c88dbb8c733f0e8b3f6')
        self.check('\xaa' * 80, LONG_KEY_MSG, md5,
                   '6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd')

    def test_default_is_md5(self):
        self.assertEqual(hmac.new('Jefe', 'what do ya want for nothing?').hexdigest(),
                         '750c783e6ab0b503eaa86e310a5db738')

    def test_sha_vectors(self):
        self.check('\x0b' * 20, 'Hi There', sha,
                   'b617318655057264e28bc0b6fb378c8ef146be00')
        self.check('Jefe', 'what do ya want for nothing?', sha,
                   'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79')
        self.check('\xaa' * 20, '\xdd' * 50, sha,
                   '125d7342b9ac11cd91a39af48aa17b4f63f175d3')
        self.check('\xaa' * 80, LONG_KEY_MSG, hashlib.sha1,
                   'aa4ae5e15272d00e95705637ce8a3b55ed402112')

    def test_sha2_vectors(self):
        self.check('\x0b' * 20, 'Hi There', hashlib.sha224,
                   '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22')
        self.check('\x0b' * 20, 'Hi There', hashlib.sha256,
                   'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7')
        self.check('\x0b' * 20, 'Hi There', hashlib.sha384,
                   'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c'
                   'faea9ea9076ede7f4af152e8b2fa9cb6')
        self.check('\x0b' * 20, 'Hi There', hashlib.sha512,
                   '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde'
                   'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854')
        self.check('Jefe', 'what do ya want for nothing?', hashlib.sha256,
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
        self.check('Jefe', 'what do ya want for nothing?', hashlib.sha512,
                   '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554'
                   '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737')
        self.check('\xaa' * 131, LONG_KEY_MSG, hashlib.sha256,
                   '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54')
        self.check('\xaa' * 131, LONG_KEY_MSG, hashlib.sha512,
                   '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352'
                   '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598')


class CopyTestCase(unittest.TestCase):

    def test_copy_is_independent(self):
        h1 = hmac.new('key', 'start', sha)
        h2 = h1.copy()
        self.failIf(h1.inner is h2.inner)
        self.failIf(h1.outer is h2.outer)
        h2.update('more')
        self.assertNotEqual(h1.digest(), h2.digest())
        self.assertEqual(h1.hexdigest(), hmac.new('key', 'start', sha).hexdigest())
        self.assertEqual(h2.hexdigest(), hmac.new('key', 'startmore', sha).hexdigest())

    def test_attributes(self):
        self.assertEqual(hmac.new('k').digest_size, 16)
        self.assertEqual(hmac.new('k', digestmod=sha).digest_size, 20)
        self.assertEqual(hmac.new('k', digestmod=hashlib.sha512).digest_size, 64)


def test_main():
    test_support.run_unittest(TestVectorsTestCase, CopyTestCase)

if __name__ == "__main__":
    test_main()
