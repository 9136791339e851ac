"""Recognize sound file formats from their headers.

what(filename) and whathdr(filename) return a tuple
(type, sampling_rate, channels, frames, bits_per_sample) or None; a
value that cannot be found out is 0 or -1 (frames) or 'A'/'U' for
A-law/u-law bits_per_sample."""

__all__ = ['what', 'whathdr']


def what(filename):
    """Guess the type of a sound file from its header."""
    return whathdr(filename)


def whathdr(filename):
    """Recognize a sound file by its first 512 bytes."""
    f = open(filename, 'rb')
    try:
        h = f.read(512)
        for test in tests:
            res = test(h, f)
            if res:
                return res
    finally:
        f.close()
    return None


def _be(s):
    n = 0
    for c in s:
        n = (n << 8) | ord(c)
    return n


def _le(s):
    n = 0
    for c in reversed(s):
        n = (n << 8) | ord(c)
    return n


def test_aifc(h, f):
    if h[:4] != 'FORM' or h[8:12] not in ('AIFC', 'AIFF'):
        return None
    kind = h[8:12].lower()
    pos = 12
    while pos + 8 <= len(h):
        name = h[pos:pos + 4]
        size = _be(h[pos + 4:pos + 8])
        if name == 'COMM' and pos + 26 <= len(h):
            channels = _be(h[pos + 8:pos + 10])
            frames = _be(h[pos + 10:pos + 14])
            bits = _be(h[pos + 14:pos + 16])
            rate = _ieee_extended(h[pos + 16:pos + 26])
            return (kind, int(rate), channels, frames, bits)
        pos += 8 + size + (size & 1)
    return (kind, 0, 0, -1, 0)


def _ieee_extended(s):
    # 80-bit IEEE extended float, as AIFF stores the sampling rate
    exponent = _be(s[:2])
    mantissa = _be(s[2:10])
    sign = 1
    if exponent & 0x8000:
        sign = -1
        exponent &= 0x7fff
    if exponent == 0 and mantissa == 0:
        return 0.0
    return sign * mantissa * 2.0 ** (exponent - 16383 - 63)


def test_au(h, f):
    if h[:4] == '.snd':
        num = _be
    elif h[:4] in ('\0ds.', 'dns.'):
        num = _le
    else:
        return None
    size = num(h[8:12])
    encoding = num(h[12:16])
    rate = num(h[16:20])
    channels = num(h[20:24])
    sample_bits = {1: 'U', 2: 8, 3: 16, 4: 24, 5: 32, 27: 'A'}.get(
        encoding, '?')
    frame = 1
    if isinstance(sample_bits, int):
        frame = sample_bits // 8
    frame = frame * max(channels, 1)
    if frame and size != 0xffffffffL:
        frames = size // frame
    else:
        frames = -1
    return ('au', rate, channels, frames, sample_bits)


def test_hcom(h, f):
    if h[65:69] != 'FSSD' or h[128:132] != 'HCOM':
        return None
    divisor = _be(h[128 + 16:128 + 20])
    if divisor:
        rate = 22050 // divisor
    else:
        rate = 0
    return ('hcom', rate, 1, -1, 8)


def test_voc(h, f):
    if h[:20] != 'Creative Voice File\032':
        return None
    start = _le(h[20:22])
    rate = 0
    if 0 <= start < 500 and h[start:start + 1] == '\1':
        ratecode = 256 - ord(h[start + 4])
        if ratecode:
            rate = int(1000000.0 / ratecode)
    return ('voc', rate, 1, -1, 8)


def test_wav(h, f):
    if h[:4] != 'RIFF' or h[8:12] != 'WAVE' or h[12:16] != 'fmt ':
        return None
    channels = _le(h[22:24])
    rate = _le(h[24:28])
    bits = _le(h[34:36])
    return ('wav', rate, channels, -1, bits)


def test_8svx(h, f):
    if h[:4] != 'FORM' or h[8:12] != '8SVX':
        return None
    return ('8svx', 0, 1, 0, 8)


def test_sndt(h, f):
    if h[:5] == 'SOUND':
        nsamples = _le(h[8:12])
        rate = _le(h[20:22])
        return ('sndt', rate, 1, nsamples, 8)


def test_sndr(h, f):
    if h[:2] == '\0\0':
        rate = _le(h[2:4])
        if 4000 <= rate <= 25000:
            return ('sndr', rate, 1, -1, 8)


tests = [test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx,
         test_sndt, test_sndr]
