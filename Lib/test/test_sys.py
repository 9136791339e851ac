# Tests for the sys module, including the info/settings split.
import unittest
import sys
from test import test_support


class SysTest(unittest.TestCase):

    def test_versions(self):
        self.assertEqual(sys.version_info[:3], (2, 5, 6))
        self.assert_(sys.version.startswith('2.5.6'))
        self.assert_(sys.hexversion >= 0x02050000)
        self.assertEqual(sys.api_version, 1013)
        self.assertEqual(sys.maxunicode, 1114111)
        self.assert_(sys.byteorder in ('little', 'big'))

    def test_exit(self):
        self.assertRaises(SystemExit, sys.exit)
        try:
            sys.exit(3)
        except SystemExit, e:
            self.assertEqual(e.code, 3)
        try:
            sys.exit('msg')
        except SystemExit, e:
            self.assertEqual(e.code, 'msg')

    def test_exc_info_and_clear(self):
        try:
            raise ValueError('x')
        except ValueError:
            t, v, tb = sys.exc_info()
            self.assert_(t is ValueError)
            sys.exc_clear()
            self.assertEqual(sys.exc_info(), (None, None, None))

    def test_recursionlimit(self):
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(500)
        self.assertEqual(sys.getrecursionlimit(), 500)
        sys.setrecursionlimit(old)
        self.assertRaises(ValueError, sys.setrecursionlimit, 0)

    def test_getframe(self):
        f = sys._getframe()
        self.assertEqual(f.f_code.co_name, 'test_getframe')
        self.assertRaises(ValueError, sys._getframe, 10 ** 6)

    def test_hooks(self):
        self.assert_(sys.displayhook is sys.__displayhook__)
        self.assert_(sys.excepthook is sys.__excepthook__)
        self.assert_(isinstance(sys.path, list))
        self.assert_(isinstance(sys.modules, dict))
        self.assert_('sys' in sys.builtin_module_names)

    def test_getrefcount(self):
        x = object()
        n = sys.getrefcount(x)
        y = x
        self.assertEqual(sys.getrefcount(x), n + 1)

    def test_info_settings(self):
        self.assertEqual(sys.info.maxint, sys.maxint)
        self.assert_(sys.info.stdout is sys.stdout)
        self.assert_(sys.settings.path is sys.path)
        self.assert_(sys.settings.modules is sys.modules)
        # the groups do not overlap
        self.assertRaises(AttributeError, getattr, sys.info, 'path')
        self.assertRaises(AttributeError, getattr, sys.info, 'modules')
        self.assertRaises(AttributeError, getattr, sys.settings, 'maxint')

    def test_no_2_6_names(self):
        self.failIf(hasattr(sys, 'getsizeof'))
        self.failIf(hasattr(sys, 'flags'))


def test_main():
    test_support.run_unittest(SysTest)

if __name__ == '__main__':
    test_main()
