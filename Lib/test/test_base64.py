import unittest
import base64
from StringIO import StringIO
from test import test_support


class Base64Test(unittest.TestCase):
    def test_b64(self):
        self.assertEqual(base64.b64encode('www.python.org'), 'd3d3LnB5dGhvbi5vcmc=')
        self.assertEqual(base64.b64encode('\x00'), 'AA==')
        self.assertEqual(base64.b64encode(''), '')
        self.assertEqual(base64.b64decode('d3d3LnB5dGhvbi5vcmc='), 'www.python.org')
        self.assertEqual(base64.b64encode('\xd3V\xbeo\xf7\x1d', altchars='*$'), '01a*b$cd')
        self.assertEqual(base64.b64decode('01a*b$cd', altchars='*$'), '\xd3V\xbeo\xf7\x1d')
        self.assertRaises(TypeError, base64.b64decode, 'abc')

    def test_standard_urlsafe(self):
        self.assertEqual(base64.standard_b64encode('\xfb\xff'), '+/8=')
        self.assertEqual(base64.standard_b64decode('+/8='), '\xfb\xff')
        self.assertEqual(base64.urlsafe_b64encode('\xfb\xff'), '-_8=')
        self.assertEqual(base64.urlsafe_b64decode('-_8='), '\xfb\xff')

    def test_b32(self):
        pairs = [('', ''), ('a', 'ME======'), ('ab', 'MFRA===='), ('abc', 'MFRGG==='),
                 ('abcd', 'MFRGGZA='), ('abcde', 'MFRGGZDF')]
        for raw, enc in pairs:
            self.assertEqual(base64.b32encode(raw), enc)
            self.assertEqual(base64.b32decode(enc), raw)
        self.assertEqual(base64.b32decode('me======', casefold=True), 'a')
        self.assertRaises(TypeError, base64.b32decode, 'me======')
        self.assertEqual(base64.b32decode('MLO23456'), 'b\xdd\xad\xf3\xbe')
        self.assertEqual(base64.b32decode('M1023456', map01='L'), 'b\xdd\xad\xf3\xbe')
        self.assertEqual(base64.b32decode('M1023456', map01='I'), 'b\x1d\xad\xf3\xbe')
        self.assertRaises(TypeError, base64.b32decode, 'MFRGG')
        self.assertRaises(TypeError, base64.b32decode, 'MFRGGZ==')

    def test_b16(self):
        self.assertEqual(base64.b16encode('\x01\x02\xab\xcd\xef'), '0102ABCDEF')
        self.assertEqual(base64.b16decode('0102ABCDEF'), '\x01\x02\xab\xcd\xef')
        self.assertEqual(base64.b16decode('0102abcdef', True), '\x01\x02\xab\xcd\xef')
        self.assertRaises(TypeError, base64.b16decode, '0102abcdef')

    def test_legacy(self):
        data = 'x' * 100
        enc = base64.encodestring(data)
        self.assertEqual(enc.count('\n'), 2)
        self.assert_(max(map(len, enc.split('\n'))) <= 76)
        self.assertEqual(base64.decodestring(enc), data)
        self.assertEqual(base64.encodestring(''), '')
        out = StringIO()
        base64.encode(StringIO(data), out)
        self.assertEqual(out.getvalue(), enc)
        back = StringIO()
        base64.decode(StringIO(enc), back)
        self.assertEqual(back.getvalue(), data)


def test_main():
    test_support.run_unittest(Base64Test)

if __name__ == '__main__':
    test_main()
