import unittest
import binascii
from test import test_support

DATA = ''.join(map(chr, range(256))) + 'The quick brown fox jumps over the lazy dog.\r\n'


class BinASCIITest(unittest.TestCase):
    def test_exceptions(self):
        self.assert_(issubclass(binascii.Error, Exception))
        self.assert_(issubclass(binascii.Incomplete, Exception))

    def test_base64(self):
        self.assertEqual(binascii.b2a_base64('abc'), 'YWJj\n')
        self.assertEqual(binascii.b2a_base64('a'), 'YQ==\n')
        self.assertEqual(binascii.b2a_base64(''), '\n')
        self.assertEqual(binascii.a2b_base64('YWJj'), 'abc')
        self.assertEqual(binascii.a2b_base64('YQ=='), 'a')
        # characters outside the alphabet are skipped
        self.assertEqual(binascii.a2b_base64('Y W\nJ!j'), 'abc')
        self.assertRaises(binascii.Error, binascii.a2b_base64, 'YQ=')
        self.assertRaises(binascii.Error, binascii.a2b_base64, 'abc')
        for i in range(0, len(DATA), 57):
            chunk = DATA[i:i + 57]
            self.assertEqual(binascii.a2b_base64(binascii.b2a_base64(chunk)), chunk)

    def test_uu(self):
        self.assertEqual(binascii.b2a_uu('abc'), '#86)C\n')
        self.assertEqual(binascii.b2a_uu(''), ' \n')
        for i in range(0, len(DATA), 45):
            chunk = DATA[i:i + 45]
            self.assertEqual(binascii.a2b_uu(binascii.b2a_uu(chunk)), chunk)
        self.assertRaises(binascii.Error, binascii.b2a_uu, 'x' * 46)
        self.assertRaises(binascii.Error, binascii.a2b_uu, '#\x0186)C')
        self.assertEqual(binascii.a2b_uu(''), '\x00' * 32)

    def test_hex(self):
        self.assertEqual(binascii.hexlify('\x01\xab'), '01ab')
        self.assertEqual(binascii.b2a_hex('\xff'), 'ff')
        self.assertEqual(binascii.unhexlify('01AB'), '\x01\xab')
        self.assertEqual(binascii.a2b_hex(binascii.b2a_hex(DATA)), DATA)
        self.assertRaises(TypeError, binascii.a2b_hex, 'abc')
        self.assertRaises(TypeError, binascii.a2b_hex, 'zz')

    def test_crc(self):
        self.assertEqual(binascii.crc32('The quick brown fox jumps over the lazy dog'),
                         1095738169)
        self.assertEqual(binascii.crc32('hello'), 907060870)
        # results are signed 32-bit values
        self.assertEqual(binascii.crc32('a'), -390611389)
        self.assertEqual(binascii.crc32('world', binascii.crc32('hello ')),
                         binascii.crc32('hello world'))
        self.assertEqual(binascii.crc_hqx('abc', 0), 0x9dd6)
        self.assertEqual(binascii.crc_hqx('', 5), 5)

    def test_qp(self):
        self.assertEqual(binascii.a2b_qp('a=3Db=\nc'), 'a=bc')
        self.assertEqual(binascii.a2b_qp('a_b', header=True), 'a b')
        self.assertEqual(binascii.b2a_qp('a=b'), 'a=3Db')
        self.assertEqual(binascii.b2a_qp('a \nb'), 'a=20\nb')
        self.assertEqual(binascii.b2a_qp('\xff'), '=FF')
        self.assertEqual(binascii.b2a_qp('a b', header=True), 'a_b')
        self.assertEqual(binascii.b2a_qp('x\ty', quotetabs=True), 'x=09y')
        long_line = 'x' * 100
        encoded = binascii.b2a_qp(long_line)
        self.assert_(max(map(len, encoded.split('\n'))) <= 76)
        self.assertEqual(binascii.a2b_qp(encoded), long_line)
        self.assertEqual(binascii.a2b_qp(binascii.b2a_qp(DATA, istext=False)), DATA)

    def test_hqx(self):
        data = 'aaaaaaabc\x90\x90'
        rle = binascii.rlecode_hqx(data)
        self.assertEqual(rle, 'a\x90\x07bc\x90\x00\x90\x00')
        self.assertEqual(binascii.rledecode_hqx(rle), data)
        enc = binascii.b2a_hqx(rle)
        dec, done = binascii.a2b_hqx(enc + ':')
        self.assertEqual(done, 1)
        self.assertEqual(dec, rle)
        self.assertRaises(binascii.Error, binascii.rledecode_hqx, '\x90\x05')
        self.assertRaises(binascii.Error, binascii.a2b_hqx, '~')


def test_main():
    test_support.run_unittest(BinASCIITest)

if __name__ == '__main__':
    test_main()
