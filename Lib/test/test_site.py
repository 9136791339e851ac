"""Tests for site (2.5 Library Reference, section 26.?)."""

import sys
import os
import __builtin__
import site
import unittest
from test import test_support


def run(args):
    p = os.popen('"%s" %s 2>&1' % (sys.executable, args))
    out = p.read()
    status = p.close()
    if status is None:
        status = 0
    else:
        status = os.WEXITSTATUS(status)
    return out, status


class TestSite(unittest.TestCase):

    def test_exit_quit_reprs(self):
        self.assertEqual(repr(__builtin__.exit),
                         'Use exit() or Ctrl-D (i.e. EOF) to exit')
        self.assertEqual(repr(__builtin__.quit),
                         'Use quit() or Ctrl-D (i.e. EOF) to exit')
        self.assertEqual(str(exit), repr(exit))
        self.assert_(callable(exit))

    def test_exit_raises_systemexit(self):
        out, status = run('-E -c "exit()"')
        self.assertEqual((out, status), ('', 0))
        out, status = run('-E -c "quit(4)"')
        self.assertEqual((out, status), ('', 4))
        out, status = run('-E -c "exit(\'bye now\')"')
        self.assertEqual((out, status), ('bye now\n', 1))
        out, status = run('-E -c "import sys\ntry:\n exit(7)\n'
                          'except SystemExit, e:\n print e.code, '
                          'sys.stdin.closed"')
        self.assertEqual((out, status), ('7 True\n', 0))

    def test_setdefaultencoding_removed(self):
        self.failIf(hasattr(sys, 'setdefaultencoding'))
        self.assertEqual(sys.getdefaultencoding(), 'ascii')

    def test_helper_and_printers(self):
        self.assertEqual(repr(help), "Type help() for interactive help, "
                         "or help(object) for help about object.")
        self.assertEqual(repr(copyright), sys.copyright)
        for name in ('copyright', 'credits', 'license'):
            self.assert_(callable(getattr(__builtin__, name)), name)

    def test_no_site(self):
        out, status = run('-E -S -c "import sys; '
                          'print hasattr(__builtins__, \'exit\'), '
                          '\'site\' in sys.modules"')
        self.assertEqual(out, 'False False\n')
        out, status = run('-E -c "import sys; print \'site\' in sys.modules"')
        self.assertEqual(out, 'True\n')

    def test_makepath(self):
        path, case = site.makepath('a', '..', 'b')
        self.assertEqual(path, os.path.join(os.getcwd(), 'b'))
        self.assertEqual(case, os.path.normcase(path))

    def test_module_files_absolute(self):
        self.assert_(os.path.isabs(os.__file__))

    def test_removeduppaths(self):
        saved = sys.path[:]
        try:
            sys.path[:] = ['/tmp', '/tmp/', '/tmp/../tmp', '/usr']
            known = site.removeduppaths()
            self.assertEqual(sys.path, ['/tmp', '/usr'])
            self.assert_('/tmp' in known)
        finally:
            sys.path[:] = saved

    def test_addsitedir_pth(self):
        base = test_support.TESTFN + '_site'
        test_support.rmtree(base)
        os.mkdir(base)
        os.mkdir(os.path.join(base, 'extra'))
        f = open(os.path.join(base, 'test.pth'), 'w')
        f.write('# a comment\n'
                'extra\n'
                'missing_dir\n'
                'import sys; sys.test_site_marker = 1\n')
        f.close()
        saved = sys.path[:]
        try:
            site.addsitedir(base)
            self.assert_(os.path.abspath(base) in sys.path)
            self.assert_(os.path.abspath(os.path.join(base, 'extra'))
                         in sys.path)
            self.failIf(os.path.abspath(os.path.join(base, 'missing_dir'))
                        in sys.path)
            self.assertEqual(getattr(sys, 'test_site_marker', None), 1)
        finally:
            sys.path[:] = saved
            if hasattr(sys, 'test_site_marker'):
                del sys.test_site_marker
            test_support.rmtree(base)


def test_main():
    test_support.run_unittest(TestSite)

if __name__ == '__main__':
    test_main()
