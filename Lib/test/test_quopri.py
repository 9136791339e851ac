import unittest
import StringIO
from test import test_support

import quopri

# (decoded, encoded) pairs
CASES = [
    ('hello', 'hello'),
    ('hello world\n', 'hello world\n'),
    ('a=b', 'a=3Db'),
    ('caf\xe9', 'caf=E9'),
    ('\x00\x7f\xff', '=00=7F=FF'),
    ('trailing space \n', 'trailing space=20\n'),
    ('trailing tab\t\n', 'trailing tab=09\n'),
    ('x' * 80, 'x' * 75 + '=\n' + 'x' * 5),
    ('', ''),
]


class QuopriTest(unittest.TestCase):

    def test_encodestring(self):
        for plain, encoded in CASES:
            self.assertEqual(quopri.encodestring(plain), encoded)
            self.assertEqual(quopri._py_encode(plain, 0, 0), encoded)

    def test_decodestring(self):
        for plain, encoded in CASES:
            self.assertEqual(quopri.decodestring(encoded), plain)
            self.assertEqual(quopri._py_decode(encoded, 0), plain)

    def test_decode_lenient(self):
        self.assertEqual(quopri.decodestring('=41=4a'), 'AJ')
        self.assertEqual(quopri.decodestring('a=zzb'), 'a=zzb')
        self.assertEqual(quopri.decodestring('soft=\nbreak'), 'softbreak')
        self.assertEqual(quopri._py_decode('a=zzb', 0), 'a=zzb')

    def test_quotetabs(self):
        self.assertEqual(quopri.encodestring('a b\tc', quotetabs=1),
                         'a=20b=09c')
        self.assertEqual(quopri._py_encode('a b\tc', 1, 0), 'a=20b=09c')

    def test_header(self):
        self.assertEqual(quopri.encodestring('a b_c', header=1), 'a_b=5Fc')
        self.assertEqual(quopri.decodestring('a_b=5Fc', header=1), 'a b_c')
        self.assertEqual(quopri.decodestring('a_b'), 'a_b')

    def test_files(self):
        for plain, encoded in CASES:
            out = StringIO.StringIO()
            quopri.encode(StringIO.StringIO(plain), out, 0)
            self.assertEqual(out.getvalue(), encoded)
            out = StringIO.StringIO()
            quopri.decode(StringIO.StringIO(encoded), out)
            self.assertEqual(out.getvalue(), plain)

    def test_helpers(self):
        self.assertEqual(quopri.quote('='), '=3D')
        self.assertEqual(quopri.quote('\n'), '=0A')
        self.assert_(quopri.ishex('a') and quopri.ishex('F'))
        self.failIf(quopri.ishex('g'))
        self.assertEqual(quopri.unhex('1f'), 31)
        self.assert_(quopri.needsquoting('=', 0, 0))
        self.failIf(quopri.needsquoting(' ', 0, 0))
        self.assert_(quopri.needsquoting(' ', 1, 0))
        self.assert_(quopri.needsquoting('_', 0, 1))

    def test_roundtrip_all_bytes(self):
        data = ''.join([chr(i) for i in range(256)]) * 2
        for qt in (0, 1):
            self.assertEqual(quopri.decodestring(
                quopri.encodestring(data, qt)), data)
            self.assertEqual(quopri._py_decode(
                quopri._py_encode(data, qt, 0), 0), data)


def test_main():
    test_support.run_unittest(QuopriTest)

if __name__ == "__main__":
    test_main()
