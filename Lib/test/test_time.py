# Tests for the time module.
import unittest
import time
from test import test_support


class TimeTest(unittest.TestCase):

    def test_basics(self):
        self.assert_(isinstance(time.time(), float))
        self.assert_(isinstance(time.clock(), float))
        time.sleep(0.001)

    def test_gmtime(self):
        t = time.gmtime(0)
        self.assertEqual(tuple(t), (1970, 1, 1, 0, 0, 0, 3, 1, 0))
        self.assertEqual(t.tm_year, 1970)
        self.assertEqual(len(t), 9)

    def test_strftime_asctime(self):
        t = time.gmtime(86400 * 365)
        self.assertEqual(time.strftime('%Y-%m-%d', t), '1971-01-01')
        self.assertEqual(time.asctime(time.gmtime(0)),
                         'Thu Jan  1 00:00:00 1970')
        self.assertRaises(ValueError, time.strftime, '%Y',
                          (2000, 13, 1, 0, 0, 0, 0, 1, 0))

    def test_mktime(self):
        t = time.localtime(1000000)
        self.assertEqual(time.mktime(t), 1000000.0)

    def test_attributes(self):
        self.assert_(isinstance(time.timezone, int))
        self.assertEqual(len(time.tzname), 2)


class SleepTest(unittest.TestCase):
    def test_negative_sleep(self):
        import time
        self.assertRaises(IOError, time.sleep, -1)
        time.sleep(0)


def test_main():
    test_support.run_unittest(TimeTest, SleepTest)

if __name__ == '__main__':
    test_main()
