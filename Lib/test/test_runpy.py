import unittest
import os
import sys
import tempfile
import shutil
from test import test_support

import runpy
import pkgutil


class RunModuleTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        sys.path.insert(0, self.dir)
        f = open(os.path.join(self.dir, 'runpy_probe.py'), 'w')
        f.write("import sys\n"
                "seen_argv0 = sys.argv[0]\n"
                "seen_main = sys.modules.get(__name__) is not None\n"
                "result = (__name__, seed * 2)\n")
        f.close()
        pkg = os.path.join(self.dir, 'runpy_pkg')
        os.mkdir(pkg)
        open(os.path.join(pkg, '__init__.py'), 'w').close()
        f = open(os.path.join(pkg, 'inner.py'), 'w')
        f.write("value = __name__\n")
        f.close()

    def tearDown(self):
        sys.path.remove(self.dir)
        for name in ('runpy_probe', 'runpy_pkg', 'runpy_pkg.inner'):
            sys.modules.pop(name, None)
        shutil.rmtree(self.dir)

    def test_globals_and_run_name(self):
        d = runpy.run_module('runpy_probe', {'seed': 21})
        self.assertEqual(d['result'], ('runpy_probe', 42))
        self.assertEqual(d['__name__'], 'runpy_probe')
        self.assert_(d['__file__'].endswith('runpy_probe.py'))
        self.assert_(d['__loader__'] is not None)
        self.failIf('runpy_probe' in sys.modules)

    def test_run_name_and_alter_sys(self):
        argv0 = sys.argv[0]
        d = runpy.run_module('runpy_probe', {'seed': 1}, '__probe__', True)
        self.assertEqual(d['result'], ('__probe__', 2))
        self.assert_(d['seen_argv0'].endswith('runpy_probe.py'))
        self.assert_(d['seen_main'])
        # both changes are undone afterwards
        self.assertEqual(sys.argv[0], argv0)
        self.failIf('__probe__' in sys.modules)

    def test_submodule(self):
        d = runpy.run_module('runpy_pkg.inner')
        self.assertEqual(d['value'], 'runpy_pkg.inner')

    def test_missing_module(self):
        self.assertRaises(ImportError, runpy.run_module, 'no_such_mod_xyz')


class PkgutilTest(unittest.TestCase):

    def setUp(self):
        self.dirs = [tempfile.mkdtemp(), tempfile.mkdtemp()]
        for i, d in enumerate(self.dirs):
            pkg = os.path.join(d, 'pkgutil_ns')
            os.mkdir(pkg)
            f = open(os.path.join(pkg, '__init__.py'), 'w')
            f.write("from pkgutil import extend_path\n"
                    "__path__ = extend_path(__path__, __name__)\n")
            f.close()
            f = open(os.path.join(pkg, 'part%d.py' % i), 'w')
            f.write("n = %d\n" % i)
            f.close()
        sys.path[0:0] = self.dirs

    def tearDown(self):
        for d in self.dirs:
            sys.path.remove(d)
            shutil.rmtree(d)
        for name in ('pkgutil_ns', 'pkgutil_ns.part0', 'pkgutil_ns.part1'):
            sys.modules.pop(name, None)

    def test_extend_path(self):
        import pkgutil_ns
        self.assertEqual(len(pkgutil_ns.__path__), 2)
        import pkgutil_ns.part0
        import pkgutil_ns.part1
        self.assertEqual(pkgutil_ns.part1.n, 1)

    def test_iter_modules(self):
        names = [(name, ispkg) for importer, name, ispkg
                 in pkgutil.iter_modules([self.dirs[0]])]
        self.assertEqual(names, [('pkgutil_ns', True)])
        inner = os.path.join(self.dirs[1], 'pkgutil_ns')
        names = [name for importer, name, ispkg
                 in pkgutil.iter_modules([inner], 'p.')]
        self.assertEqual(names, ['p.part1'])

    def test_walk_packages(self):
        names = [name for importer, name, ispkg
                 in pkgutil.walk_packages(self.dirs)]
        self.assert_('pkgutil_ns' in names)
        self.assert_('pkgutil_ns.part0' in names)
        self.assert_('pkgutil_ns.part1' in names)

    def test_loaders(self):
        loader = pkgutil.find_loader('pkgutil_ns')
        self.assert_(loader.is_package('pkgutil_ns'))
        self.assert_('extend_path' in loader.get_source('pkgutil_ns'))
        self.assert_(pkgutil.get_loader('no_such_mod_xyz') is None)
        loader = pkgutil.get_loader('pkgutil_ns.part0')
        self.failIf(loader.is_package('pkgutil_ns.part0'))
        code = loader.get_code('pkgutil_ns.part0')
        ns = {}
        exec code in ns
        self.assertEqual(ns['n'], 0)
        self.assertRaises(ImportError, loader.get_code, 'other')

    def test_imp_importer(self):
        importer = pkgutil.ImpImporter(self.dirs[0])
        self.assert_(importer.find_module('missing_xyz') is None)
        loader = importer.find_module('pkgutil_ns')
        mod = loader.load_module('pkgutil_ns')
        self.assert_(sys.modules['pkgutil_ns'] is mod)


class CommandLineTest(unittest.TestCase):

    def test_dash_m(self):
        import subprocess
        p = subprocess.Popen([sys.executable, '-E', '-m', 'timeit', '-n',
                              '10', 'pass'], stdout=subprocess.PIPE)
        out = p.communicate()[0]
        self.assertEqual(p.returncode, 0)
        self.assert_(out.startswith('10 loops, best of 3:'), out)


def test_main():
    test_support.run_unittest(RunModuleTest, PkgutilTest, CommandLineTest)


if __name__ == '__main__':
    test_main()
