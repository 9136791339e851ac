import unittest
import os
from test import test_support

import resource


class ResourceTest(unittest.TestCase):

    def test_getrlimit(self):
        for name in ('RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA',
                     'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_NOFILE'):
            limits = resource.getrlimit(getattr(resource, name))
            self.assert_(isinstance(limits, tuple))
            self.assertEqual(len(limits), 2)
        self.assertRaises(ValueError, resource.getrlimit, 10000)
        self.assertRaises(ValueError, resource.getrlimit, -1)
        self.assertRaises(TypeError, resource.getrlimit)

    def test_setrlimit_roundtrip(self):
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
            self.assertEqual(resource.getrlimit(resource.RLIMIT_CORE),
                             (0, hard))
        finally:
            resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
        self.assertRaises(ValueError, resource.setrlimit,
                          resource.RLIMIT_CORE, (1, 2, 3))
        self.assertRaises(ValueError, resource.setrlimit,
                          resource.RLIMIT_CORE, 5)
        if hard != resource.RLIM_INFINITY:
            self.assertRaises(ValueError, resource.setrlimit,
                              resource.RLIMIT_CORE, (hard + 1, hard))

    def test_getrusage(self):
        usage = resource.getrusage(resource.RUSAGE_SELF)
        self.assertEqual(len(usage), 16)
        self.assertEqual(usage[0], usage.ru_utime)
        self.assertEqual(usage[1], usage.ru_stime)
        self.assertEqual(usage[2], usage.ru_maxrss)
        self.assertEqual(usage[15], usage.ru_nivcsw)
        self.assert_(isinstance(usage.ru_utime, float))
        self.assert_(usage.ru_utime >= 0.0)
        resource.getrusage(resource.RUSAGE_CHILDREN)
        self.assertRaises(ValueError, resource.getrusage, 12345)
        self.assert_(isinstance(usage, resource.struct_rusage))

    def test_misc(self):
        size = resource.getpagesize()
        self.assert_(size > 0 and size & (size - 1) == 0)
        self.assert_(issubclass(resource.error, Exception))


def test_main():
    test_support.run_unittest(ResourceTest)


if __name__ == '__main__':
    test_main()
