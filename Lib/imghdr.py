"""Recognize image file formats from their first bytes."""

__all__ = ['what']


def what(file, h=None):
    """Return the image type of file (a name or an open file), or of
    the string h when given: 'gif', 'png', 'jpeg', ... or None."""
    opened = None
    try:
        if h is None:
            if isinstance(file, basestring):
                opened = open(file, 'rb')
                h = opened.read(32)
            else:
                where = file.tell()
                h = file.read(32)
                file.seek(where)
        for test in tests:
            kind = test(h, opened)
            if kind:
                return kind
    finally:
        if opened is not None:
            opened.close()
    return None


def test_jpeg(h, f):
    """JPEG data in JFIF or Exif format"""
    if h[6:10] in ('JFIF', 'Exif'):
        return 'jpeg'


def test_png(h, f):
    if h[:8] == '\x89PNG\r\n\x1a\n':
        return 'png'


def test_gif(h, f):
    """GIF ('87 and '89 variants)"""
    if h[:6] in ('GIF87a', 'GIF89a'):
        return 'gif'


def test_tiff(h, f):
    """TIFF (can be in Motorola or Intel byte order)"""
    if h[:2] in ('MM', 'II'):
        return 'tiff'


def test_rgb(h, f):
    """SGI image library"""
    if h[:2] == '\001\332':
        return 'rgb'


def _netpbm(h, digits):
    return (len(h) >= 3 and h[0] == 'P' and h[1] in digits
            and h[2] in ' \t\n\r')


def test_pbm(h, f):
    """PBM (portable bitmap)"""
    if _netpbm(h, '14'):
        return 'pbm'


def test_pgm(h, f):
    """PGM (portable graymap)"""
    if _netpbm(h, '25'):
        return 'pgm'


def test_ppm(h, f):
    """PPM (portable pixmap)"""
    if _netpbm(h, '36'):
        return 'ppm'


def test_rast(h, f):
    """Sun raster file"""
    if h[:4] == '\x59\xA6\x6A\x95':
        return 'rast'


def test_xbm(h, f):
    """X bitmap (X10 or X11)"""
    if h[:len('#define ')] == '#define ':
        return 'xbm'


def test_bmp(h, f):
    if h[:2] == 'BM':
        return 'bmp'


tests = [test_jpeg, test_png, test_gif, test_tiff, test_rgb, test_pbm,
         test_pgm, test_ppm, test_rast, test_xbm, test_bmp]
