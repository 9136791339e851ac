"""hashlib against the published test vectors (RFC 1321, FIPS 180-2)."""

import unittest
from test import test_support
import hashlib

ABC = 'abc'
MSG448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'
MSG896 = ('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn'
          'hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')
MILLION_A = 'a' * 1000000

VECTORS = {
    'md5': [
        ('', 'd41d8cd98f00b204e9800998ecf8427e'),
        (ABC, '900150983cd24fb0d6963f7d28e17f72'),
        ('message digest', 'f96b697d7cb7938d525a2f31aaf161d0'),
        ('1234567890' * 8, '57edf4a22be3c955ac49da2e2107b67a'),
        (MILLION_A, '7707d6ae4e027c70eea2a935c2296f21'),
    ],
    'sha1': [
        ('', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'),
        (ABC, 'a9993e364706816aba3e25717850c26c9cd0d89d'),
        (MSG448, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'),
        (MILLION_A, '34aa973cd4c4daa4f61eeb2bdbad27316534016f'),
    ],
    'sha224': [
        (ABC, '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'),
        (MSG448, '75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525'),
        (MILLION_A, '20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67'),
    ],
    'sha256': [
        ('', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'),
        (ABC, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'),
        (MSG448, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'),
        (MILLION_A, 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'),
    ],
    'sha384': [
        (ABC, 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed'
              '8086072ba1e7cc2358baeca134c825a7'),
        (MSG896, '09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712'
                 'fcc7c71a557e2db966c3e9fa91746039'),
        (MILLION_A, '9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b'
                    '07b8b3dc38ecc4ebae97ddd87f3d8985'),
    ],
    'sha512': [
        (ABC, 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a'
              '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'),
        (MSG896, '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018'
                 '501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909'),
        (MILLION_A, 'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb'
                    'de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b'),
    ],
}

SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64),
         'sha256': (32, 64), 'sha384': (48, 128), 'sha512': (64, 128)}


class HashLibTestCase(unittest.TestCase):

    def test_vectors_constructors(self):
        for name, vectors in VECTORS.items():
            cons = getattr(hashlib, name)
            for data, hexdigest in vectors:
                self.assertEqual(cons(data).hexdigest(), hexdigest)
                self.assertEqual(hashlib.new(name, data).hexdigest(), hexdigest)
                self.assertEqual(hashlib.new(name.upper(), data).hexdigest(),
                                 hexdigest)

    def test_incremental_updates(self):
        # every split point around the block boundaries
        data = ''.join([chr(i % 251) for i in range(300)])
        for name in VECTORS:
            whole = hashlib.new(name, data).hexdigest()
            for cut in (0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 299):
                h = hashlib.new(name)
                h.update(data[:cut])
                h.update(data[cut:])
                self.assertEqual(h.hexdigest(), whole)
            h = hashlib.new(name)
            for ch in MSG448:
                h.update(ch)
            self.assertEqual(h.hexdigest(), hashlib.new(name, MSG448).hexdigest())

    def test_digest_and_attributes(self):
        for name, (dsize, bsize) in SIZES.items():
            h = hashlib.new(name, ABC)
            self.assertEqual(h.digest_size, dsize)
            self.assertEqual(h.block_size, bsize)
            self.assertEqual(h.name, name)
            d = h.digest()
            self.assertEqual(len(d), dsize)
            self.assertEqual(''.join(['%02x' % ord(c) for c in d]), h.hexdigest())
            # digest() does not end the hash
            self.assertEqual(h.digest(), d)

    def test_copy(self):
        for name in VECTORS:
            h = hashlib.new(name, 'ab')
            c = h.copy()
            c.update('c')
            self.assertEqual(c.hexdigest(), hashlib.new(name, ABC).hexdigest())
            self.assertEqual(h.hexdigest(), hashlib.new(name, 'ab').hexdigest())
            self.assertEqual(type(c), type(h))

    def test_errors(self):
        self.assertRaises(ValueError, hashlib.new, 'no-such-hash')
        self.assertRaises(TypeError, hashlib.md5, 1)
        self.assertRaises(TypeError, hashlib.sha1().update)
        self.assertRaises(TypeError, hashlib.sha256().update, None)

    def test_unicode_ascii(self):
        self.assertEqual(hashlib.md5(u'abc').hexdigest(),
                         hashlib.md5('abc').hexdigest())

    def test_cpu_limit(self):
        try:
            import interpreter
        except ImportError:
            return
        sb = interpreter.Interpreter(cpu_limit=0.3)
        try:
            self.assertRaises(interpreter.CPULimitError, sb.execute,
                              "import md5\n"
                              "s = 'x' * (32 << 20)\n"
                              "while 1:\n"
                              "    md5.new(s)\n")
        finally:
            sb.close()


def test_main():
    test_support.run_unittest(HashLibTestCase)

if __name__ == "__main__":
    test_main()
