# Tests for import (2.5 semantics) and the imp module.
import unittest
import sys
import os
import imp
from test import test_support


class ImportTest(unittest.TestCase):

    def setUp(self):
        self.dir = '/tmp/test_import_%d' % os.getpid()
        os.mkdir(self.dir)
        os.mkdir(os.path.join(self.dir, 'pkg'))
        self.write('pkg/__init__.py', 'init_ran = True\n')
        self.write('pkg/sub.py', 'value = 42\n')
        self.write('pkg/rel.py', 'from . import sub\nimport sub as implicit\n')
        self.write('plainmod.py', 'x = 1\n')
        sys.path.insert(0, self.dir)

    def write(self, name, text):
        f = open(os.path.join(self.dir, name), 'w')
        f.write(text)
        f.close()

    def tearDown(self):
        sys.path.remove(self.dir)
        for name in ['pkg.sub', 'pkg.rel', 'pkg', 'plainmod']:
            sys.modules.pop(name, None)
        for root, dirs, files in os.walk(self.dir, topdown=False):
            for f in files:
                os.remove(os.path.join(root, f))
            os.rmdir(root)

    def test_packages(self):
        import pkg.sub
        self.assert_(pkg.init_ran)
        self.assertEqual(pkg.sub.value, 42)
        self.assertEqual(pkg.__path__, [os.path.join(self.dir, 'pkg')])
        from pkg import rel
        self.assert_(rel.sub is pkg.sub)
        self.assert_(rel.implicit is pkg.sub)

    def test_errors(self):
        try:
            import no_such_module_here
        except ImportError, e:
            self.assertEqual(str(e), 'No module named no_such_module_here')
        self.assertRaises(ValueError, __import__, 'x', {'__name__': 'm'},
                          None, None, 1)

    def test_reload(self):
        import plainmod
        plainmod.x = 5
        self.assert_(reload(plainmod) is plainmod)
        self.assertEqual(plainmod.x, 1)
        self.assertRaises(TypeError, reload, 5)

    def test_imp(self):
        self.assertEqual(imp.get_magic(), '\xb3\xf2\r\n')
        f, path, desc = imp.find_module('plainmod', [self.dir])
        self.assertEqual(desc[2], imp.PY_SOURCE)
        m = imp.load_module('plainmod', f, path, desc)
        f.close()
        self.assertEqual(m.x, 1)
        self.assertEqual(imp.new_module('zz').__name__, 'zz')
        self.assertEqual(imp.is_builtin('posix'), 1)
        self.assertEqual(imp.is_builtin('sys'), -1)
        self.failIf(imp.lock_held())
        self.assertRaises(RuntimeError, imp.release_lock)

    def test_meta_path(self):
        class Finder(object):
            def find_module(self, name, path=None):
                if name == 'virtual_mod':
                    return self
            def load_module(self, name):
                m = imp.new_module(name)
                m.answer = 7
                sys.modules[name] = m
                return m
        sys.meta_path.append(Finder())
        try:
            import virtual_mod
            self.assertEqual(virtual_mod.answer, 7)
        finally:
            sys.meta_path.pop()
            sys.modules.pop('virtual_mod', None)


def test_main():
    test_support.run_unittest(ImportTest)

if __name__ == '__main__':
    test_main()
