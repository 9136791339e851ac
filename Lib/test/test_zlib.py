"""zlib: checksums, known streams made by the real zlib, round trips at
every level, streaming objects, malformed input and sandbox limits."""

import unittest
import random
from test import test_support
import zlib

# Streams produced by the reference zlib library.
HELLO = 'hello world hello world hello world\n'
HELLO_Z9 = 'x\xda\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\xc0\xce\xe6\x02\x00\xfc\xf2\r_'
FOX = 'The quick brown fox jumps over the lazy dog. ' * 3
FOX_RAW = ('\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R'
           '(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\xd0L1\x00')
ABRA = ('abracadabra ' * 300)[:2450]
ABRA_Z = ('x\x9c\xed\xc61\x01\x00\x10\x00\x00\xc1*\xaa=\x12\xe8?\xd0\xc2r\xd3]'
          '\xf3\xb4\xda=F\xee\xee\xee\xee\xfe\xe1\x17\x80\x18\x8da')
EMPTY_Z = 'x\x9c\x03\x00\x00\x00\x00\x01'


def sample_data():
    rnd = random.Random(42)
    text = open(__file__.replace('.pyc', '.py')).read()
    noise = ''.join([chr(rnd.randrange(256)) for i in xrange(20000)])
    skewed = ''.join([rnd.choice('aaaabbc\n') for i in xrange(30000)])
    return ['', 'a', 'ab' * 3, text, noise, skewed, '\0' * 100000,
            text + noise + text]


class ChecksumTestCase(unittest.TestCase):

    def test_crc32_known(self):
        self.assertEqual(zlib.crc32(''), 0)
        self.assertEqual(zlib.crc32('The quick brown fox jumps over the lazy dog'),
                         1095738169)
        # 2.5 returns the value as a signed 32-bit int
        self.assertEqual(zlib.crc32('a'), -390611389)

    def test_adler32_known(self):
        self.assertEqual(zlib.adler32(''), 1)
        self.assertEqual(zlib.adler32('Wikipedia'), 300286872)

    def test_start_values(self):
        for f in (zlib.crc32, zlib.adler32):
            self.assertEqual(f('defg', f('abc')), f('abcdefg'))
            self.assertEqual(f('x', 0L), f('x', 0))
        self.assertEqual(zlib.adler32('abc', 0), 38404390)
        self.assertRaises(TypeError, zlib.crc32, 'x', 'y')

    def test_long_input(self):
        data = 'abcdefghij' * 100000
        crc = 0
        for i in range(0, len(data), 7777):
            crc = zlib.crc32(data[i:i + 7777], crc)
        self.assertEqual(crc, zlib.crc32(data))


class ConstantsTestCase(unittest.TestCase):

    def test_values(self):
        self.assertEqual(zlib.MAX_WBITS, 15)
        self.assertEqual(zlib.DEFLATED, 8)
        self.assertEqual(zlib.DEF_MEM_LEVEL, 8)
        self.assertEqual(zlib.Z_BEST_SPEED, 1)
        self.assertEqual(zlib.Z_BEST_COMPRESSION, 9)
        self.assertEqual(zlib.Z_DEFAULT_COMPRESSION, -1)
        self.assertEqual(zlib.Z_FILTERED, 1)
        self.assertEqual(zlib.Z_HUFFMAN_ONLY, 2)
        self.assertEqual(zlib.Z_DEFAULT_STRATEGY, 0)
        self.assertEqual(zlib.Z_NO_FLUSH, 0)
        self.assertEqual(zlib.Z_SYNC_FLUSH, 2)
        self.assertEqual(zlib.Z_FULL_FLUSH, 3)
        self.assertEqual(zlib.Z_FINISH, 4)
        self.failUnless(isinstance(zlib.ZLIB_VERSION, str))
        self.failUnless(issubclass(zlib.error, Exception))


class KnownStreamsTestCase(unittest.TestCase):

    def test_fixed_block(self):
        self.assertEqual(zlib.decompress(HELLO_Z9), HELLO)

    def test_raw_deflate(self):
        self.assertEqual(zlib.decompress(FOX_RAW, -15), FOX)
        self.assertEqual(zlib.decompress(FOX_RAW, -zlib.MAX_WBITS), FOX)

    def test_dynamic_block(self):
        self.assertEqual(zlib.decompress(ABRA_Z), ABRA)

    def test_empty(self):
        self.assertEqual(zlib.decompress(EMPTY_Z), '')
        self.assertEqual(zlib.decompress(zlib.compress('')), '')

    def test_stored_block(self):
        # header, a final stored block of 5 bytes, adler32 trailer
        s = 'x\x01\x01\x05\x00\xfa\xffhello' + '\x06,\x02\x15'
        self.assertEqual(zlib.decompress(s), 'hello')

    def test_trailing_garbage_ignored(self):
        self.assertEqual(zlib.decompress(HELLO_Z9 + 'garbage'), HELLO)

    def test_header_of_our_output(self):
        c = zlib.compress('abc')
        self.assertEqual((ord(c[0]) * 256 + ord(c[1])) % 31, 0)
        self.assertEqual(ord(c[0]) & 15, 8)
        self.assertEqual(c[-4:], '\x02M\x01\x27')    # adler32('abc')


class RoundTripTestCase(unittest.TestCase):

    def test_all_levels(self):
        for data in sample_data():
            for level in range(-1, 10):
                c = zlib.compress(data, level)
                self.assertEqual(zlib.decompress(c), data)

    def test_compression_works(self):
        text = sample_data()[3]
        self.failUnless(len(zlib.compress(text)) < len(text) / 2)
        self.failUnless(len(zlib.compress('\0' * 100000)) < 200)
        # level 0 stores: a little bigger than the input
        self.failUnless(len(zlib.compress(text, 0)) > len(text))
        self.failUnless(len(zlib.compress(text, 9)) <= len(zlib.compress(text, 1)))

    def test_large(self):
        data = ''.join([str(i) for i in xrange(200000)])
        self.assertEqual(zlib.decompress(zlib.compress(data)), data)

    def test_bufsize(self):
        data = 'x' * 50000
        self.assertEqual(zlib.decompress(zlib.compress(data), 15, 1), data)

    def test_compressobj_params(self):
        data = sample_data()[7]
        for wbits in (9, 12, 15):
            for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED,
                             zlib.Z_HUFFMAN_ONLY):
                co = zlib.compressobj(6, zlib.DEFLATED, wbits, 9, strategy)
                c = co.compress(data) + co.flush()
                self.assertEqual(zlib.decompress(c, wbits), data)
        co = zlib.compressobj(5, zlib.DEFLATED, -13)
        c = co.compress(data) + co.flush()
        self.assertEqual(zlib.decompress(c, -15), data)

    def test_bad_level(self):
        self.assertRaises(zlib.error, zlib.compress, 'abc', 10)
        self.assertRaises(ValueError, zlib.compressobj, 1, 9)
        self.assertRaises(ValueError, zlib.compressobj, 1, zlib.DEFLATED, 16)
        self.assertRaises(ValueError, zlib.decompressobj, 3)


class ObjectTestCase(unittest.TestCase):

    def test_streamed_compress(self):
        data = sample_data()[7]
        co = zlib.compressobj(9)
        parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
        parts.append(co.flush())
        self.assertEqual(zlib.decompress(''.join(parts)), data)

    def test_flush_modes(self):
        data = sample_data()[3]
        co = zlib.compressobj()
        out = co.compress(data[:500]) + co.flush(zlib.Z_SYNC_FLUSH)
        # a sync flush ends on a byte boundary with an empty stored block
        self.assertEqual(out[-4:], '\x00\x00\xff\xff')
        dco = zlib.decompressobj()
        self.assertEqual(dco.decompress(out), data[:500])
        out2 = co.compress(data[500:1000]) + co.flush(zlib.Z_FULL_FLUSH)
        self.assertEqual(dco.decompress(out2), data[500:1000])
        self.assertEqual(co.flush(zlib.Z_NO_FLUSH), '')
        out3 = co.compress(data[1000:]) + co.flush(zlib.Z_FINISH)
        self.assertEqual(dco.decompress(out3), data[1000:])
        self.assertEqual(zlib.decompress(out + out2 + out3), data)

    def test_decompress_byte_at_a_time(self):
        data = sample_data()[5]
        c = zlib.compress(data)
        d = zlib.decompressobj()
        out = []
        for ch in c:
            out.append(d.decompress(ch))
        out.append(d.flush())
        self.assertEqual(''.join(out), data)
        self.assertEqual(d.unused_data, '')

    def test_max_length(self):
        data = sample_data()[3] * 3
        c = zlib.compress(data)
        d = zlib.decompressobj()
        out = []
        chunk = c
        while chunk:
            piece = d.decompress(chunk, 100)
            self.failUnless(len(piece) <= 100)
            out.append(piece)
            chunk = d.unconsumed_tail
        out.append(d.flush())
        self.assertEqual(''.join(out), data)
        self.assertRaises(ValueError, d.decompress, 'x', -1)

    def test_max_length_then_flush(self):
        data = 'abcdefgh' * 1000
        d = zlib.decompressobj()
        first = d.decompress(zlib.compress(data), 10)
        self.assertEqual(first, data[:10])
        self.failUnless(d.unconsumed_tail)
        self.assertEqual(first + d.flush(), data)

    def test_unused_data(self):
        c = zlib.compress('payload')
        d = zlib.decompressobj()
        self.assertEqual(d.decompress(c + 'extra'), 'payload')
        self.assertEqual(d.unused_data, 'extra')
        d.decompress('more')
        self.assertEqual(d.unused_data, 'extramore')

    def test_copy(self):
        data0, data1 = sample_data()[3], sample_data()[5]
        co = zlib.compressobj()
        head = co.compress(data0)
        co2 = co.copy()
        a = head + co.compress(data1) + co.flush()
        b = head + co2.compress(data0) + co2.flush()
        self.assertEqual(zlib.decompress(a), data0 + data1)
        self.assertEqual(zlib.decompress(b), data0 + data0)

        c = zlib.compress(data0 + data1)
        d = zlib.decompressobj()
        first = d.decompress(c[:len(c) // 2])
        d2 = d.copy()
        self.assertEqual(first + d.decompress(c[len(c) // 2:]), data0 + data1)
        self.assertEqual(first + d2.decompress(c[len(c) // 2:]), data0 + data1)

    def test_use_after_finish(self):
        co = zlib.compressobj()
        co.compress('abc')
        co.flush()
        self.assertRaises(zlib.error, co.compress, 'more')


class MalformedTestCase(unittest.TestCase):

    def check_error(self, data, wbits=15, text=None):
        try:
            zlib.decompress(data, wbits)
        except zlib.error, e:
            if text is not None:
                self.failUnless(text in str(e), str(e))
        else:
            self.fail('no zlib.error for %r' % data[:20])

    def test_messages(self):
        self.check_error('', text='Error -5 while decompressing data')
        self.check_error(HELLO_Z9[:-6], text='Error -5')
        self.check_error('xx' + HELLO_Z9[2:], text='incorrect header check')
        self.check_error(HELLO_Z9[:-1] + '\0', text='incorrect data check')
        self.check_error('\x07', -15, text='invalid block type')
        self.check_error('\x00\x05\x00\x00\x00', -15,
                         text='invalid stored block lengths')
        # a match reaching before the start of the output
        self.check_error('\x03\x02\x00', -15, text='too far back')
        self.check_error('x\xbb\x00\x00\x00\x01\x03\x00', text='Error 2')   # preset dictionary

    def test_window_size(self):
        c = zlib.compress('x' * 1000)
        self.check_error(c, 9, text='invalid window size')

    def test_random_corruption(self):
        rnd = random.Random(3)
        streams = [zlib.compress(d) for d in sample_data()[3:6]]
        streams.append(zlib.compress(sample_data()[3], 0))
        for i in range(300):
            s = list(rnd.choice(streams)[:3000])
            for j in range(rnd.randrange(1, 4)):
                s[rnd.randrange(len(s))] = chr(rnd.randrange(256))
            s = ''.join(s)
            for wbits in (15, -15):
                try:
                    zlib.decompress(s, wbits)
                except zlib.error:
                    pass
                d = zlib.decompressobj(wbits)
                try:
                    for k in range(0, len(s), 97):
                        d.decompress(s[k:k + 97], 50)
                        d.decompress(d.unconsumed_tail)
                    d.flush()
                except zlib.error:
                    pass

    def test_random_bytes(self):
        rnd = random.Random(4)
        for i in range(300):
            s = ''.join([chr(rnd.randrange(256)) for k in range(rnd.randrange(1, 200))])
            for wbits in (15, -15):
                try:
                    zlib.decompress(s, wbits)
                except zlib.error:
                    pass


class SandboxTestCase(unittest.TestCase):

    def setUp(self):
        try:
            import interpreter
        except ImportError:
            raise test_support.TestSkipped("no interpreter module")
        self.interpreter = interpreter

    def test_bomb_hits_memory_limit(self):
        interpreter = self.interpreter
        # 64 MiB of zeros, compressed twice: under 1 KiB
        bomb = zlib.compress(zlib.compress('\0' * (64 << 20), 1), 9)
        sb = interpreter.Interpreter(memory_limit=32 << 20)
        try:
            sb.execute("import zlib\n"
                       "inner = zlib.decompress(%r)\n"
                       "try:\n"
                       "    zlib.decompress(inner)\n"
                       "except MemoryError:\n"
                       "    caught = True\n" % bomb)
            self.assertEqual(sb.get('caught'), True)
        finally:
            sb.close()

    def test_cpu_limit_stops_compression(self):
        interpreter = self.interpreter
        sb = interpreter.Interpreter(cpu_limit=0.3)
        try:
            self.assertRaises(interpreter.CPULimitError, sb.execute,
                              "import zlib\n"
                              "s = ''.join([chr(i * 7 % 251) for i in range(1 << 16)]) * 16\n"
                              "while 1:\n"
                              "    zlib.decompress(zlib.compress(s, 9))\n")
        finally:
            sb.close()


def test_main():
    test_support.run_unittest(ChecksumTestCase, ConstantsTestCase,
                              KnownStreamsTestCase, RoundTripTestCase,
                              ObjectTestCase, MalformedTestCase,
                              SandboxTestCase)

if __name__ == "__main__":
    test_main()
