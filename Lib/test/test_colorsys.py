import unittest
from test import test_support

import colorsys


def close(a, b):
    for x, y in zip(a, b):
        if abs(x - y) > 1e-6:
            return False
    return True


class ColorsysTest(unittest.TestCase):

    values = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0),
              (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (1.0, 1.0, 0.0),
              (0.0, 1.0, 1.0), (1.0, 0.0, 1.0), (0.2, 0.4, 0.6),
              (0.5, 0.5, 0.5), (0.9, 0.1, 0.3)]

    def test_hsv_known(self):
        self.assert_(close(colorsys.rgb_to_hsv(1.0, 0.0, 0.0), (0, 1, 1)))
        self.assert_(close(colorsys.rgb_to_hsv(0.0, 1.0, 0.0),
                           (1 / 3.0, 1, 1)))
        self.assert_(close(colorsys.rgb_to_hsv(0.0, 0.0, 1.0),
                           (2 / 3.0, 1, 1)))
        self.assert_(close(colorsys.rgb_to_hsv(0.5, 0.5, 0.5), (0, 0, 0.5)))
        self.assert_(close(colorsys.hsv_to_rgb(0.5, 1.0, 1.0), (0, 1, 1)))

    def test_hls_known(self):
        self.assert_(close(colorsys.rgb_to_hls(1.0, 0.0, 0.0),
                           (0, 0.5, 1)))
        self.assert_(close(colorsys.rgb_to_hls(1.0, 1.0, 1.0), (0, 1, 0)))
        self.assert_(close(colorsys.hls_to_rgb(2 / 3.0, 0.5, 1.0),
                           (0, 0, 1)))
        self.assert_(close(colorsys.hls_to_rgb(0.3, 0.25, 0.0),
                           (0.25, 0.25, 0.25)))

    def test_yiq_known(self):
        self.assert_(close(colorsys.rgb_to_yiq(1.0, 1.0, 1.0), (1, 0, 0)))
        self.assert_(close(colorsys.rgb_to_yiq(0.0, 0.0, 0.0), (0, 0, 0)))
        y, i, q = colorsys.rgb_to_yiq(1.0, 0.0, 0.0)
        self.assert_(close((y, i, q), (0.30, 0.60, 0.21)))

    def test_roundtrips(self):
        for rgb in self.values:
            self.assert_(close(colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)),
                               rgb), rgb)
            self.assert_(close(colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*rgb)),
                               rgb), rgb)
            back = colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb))
            for x, y in zip(back, rgb):
                self.assert_(abs(x - y) < 1e-4, (rgb, back))

    def test_clamping(self):
        r, g, b = colorsys.yiq_to_rgb(1.0, 1.0, 1.0)
        for x in (r, g, b):
            self.assert_(0.0 <= x <= 1.0)


def test_main():
    test_support.run_unittest(ColorsysTest)

if __name__ == "__main__":
    test_main()
