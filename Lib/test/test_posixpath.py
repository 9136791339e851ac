"""Tests for posixpath / os.path (2.5 Library Reference, section 11.1)."""

import os
import sys
import posixpath
import unittest
from test import test_support


class TestPurePaths(unittest.TestCase):

    def test_os_path_is_posixpath(self):
        self.assert_(os.path is posixpath)
        self.assert_(sys.modules['os.path'] is posixpath)

    def test_constants(self):
        self.assertEqual(posixpath.sep, '/')
        self.assertEqual(posixpath.curdir, '.')
        self.assertEqual(posixpath.pardir, '..')
        self.assertEqual(posixpath.extsep, '.')
        self.assertEqual(posixpath.pathsep, ':')
        self.assertEqual(posixpath.altsep, None)
        self.assertEqual(posixpath.devnull, '/dev/null')
        self.assertEqual(posixpath.defpath, ':/bin:/usr/bin')

    def test_normcase_isabs(self):
        self.assertEqual(posixpath.normcase('/Foo/BAR'), '/Foo/BAR')
        self.assert_(posixpath.isabs('/'))
        self.assert_(posixpath.isabs('/foo'))
        self.failIf(posixpath.isabs('foo/bar'))
        self.failIf(posixpath.isabs(''))

    def test_join(self):
        j = posixpath.join
        self.assertEqual(j('/foo', 'bar', '/bar', 'baz'), '/bar/baz')
        self.assertEqual(j('/foo', 'bar', 'baz'), '/foo/bar/baz')
        self.assertEqual(j('/foo/', 'bar/', 'baz/'), '/foo/bar/baz/')
        self.assertEqual(j('a', ''), 'a/')
        self.assertEqual(j('', 'a'), 'a')
        self.assertEqual(j('a'), 'a')
        self.assertRaises(TypeError, j)

    def test_split(self):
        s = posixpath.split
        self.assertEqual(s('foo/bar'), ('foo', 'bar'))
        self.assertEqual(s('/'), ('/', ''))
        self.assertEqual(s('foo'), ('', 'foo'))
        self.assertEqual(s('////foo'), ('////', 'foo'))
        self.assertEqual(s('//foo//bar'), ('//foo', 'bar'))
        self.assertEqual(s('foo/bar/'), ('foo/bar', ''))
        self.assertEqual(s(''), ('', ''))

    def test_splitext(self):
        s = posixpath.splitext
        self.assertEqual(s('foo.ext'), ('foo', '.ext'))
        self.assertEqual(s('/foo/foo.ext'), ('/foo/foo', '.ext'))
        self.assertEqual(s('.ext'), ('', '.ext'))
        self.assertEqual(s('/foo.ext/foo'), ('/foo.ext/foo', ''))
        self.assertEqual(s('foo.ext/'), ('foo.ext/', ''))
        self.assertEqual(s(''), ('', ''))
        self.assertEqual(s('foo.bar.ext'), ('foo.bar', '.ext'))
        self.assertEqual(s('x.'), ('x', '.'))

    def test_splitdrive(self):
        self.assertEqual(posixpath.splitdrive('/foo/bar'), ('', '/foo/bar'))
        self.assertEqual(posixpath.splitdrive('c:foo'), ('', 'c:foo'))

    def test_basename_dirname(self):
        self.assertEqual(posixpath.basename('/foo/bar'), 'bar')
        self.assertEqual(posixpath.basename('/'), '')
        self.assertEqual(posixpath.basename('foo'), 'foo')
        self.assertEqual(posixpath.basename('////foo'), 'foo')
        self.assertEqual(posixpath.basename('/foo/bar/'), '')
        self.assertEqual(posixpath.dirname('/foo/bar'), '/foo')
        self.assertEqual(posixpath.dirname('/'), '/')
        self.assertEqual(posixpath.dirname('foo'), '')
        self.assertEqual(posixpath.dirname('////foo'), '////')
        self.assertEqual(posixpath.dirname('//foo//bar'), '//foo')
        self.assertEqual(posixpath.dirname('/foo/bar/'), '/foo/bar')

    def test_commonprefix(self):
        c = posixpath.commonprefix
        self.assertEqual(c([]), '')
        self.assertEqual(c(['/home/swenson/spam', '/home/swen/spam']),
                         '/home/swen')
        self.assertEqual(c(['/home/swen/spam', '/home/swen/eggs']),
                         '/home/swen/')
        self.assertEqual(c(['/home/swen/spam', '/home/swen/spam']),
                         '/home/swen/spam')
        # character based, not component based
        self.assertEqual(c(['/usr/lib', '/usr/local/lib']), '/usr/l')
        self.assertEqual(c(['abc']), 'abc')

    def test_normpath(self):
        n = posixpath.normpath
        self.assertEqual(n(''), '.')
        self.assertEqual(n('/'), '/')
        self.assertEqual(n('//'), '//')
        self.assertEqual(n('///'), '/')
        self.assertEqual(n('///foo/.//bar//'), '/foo/bar')
        self.assertEqual(n('///foo/.//bar//.//..//.//baz'), '/foo/baz')
        self.assertEqual(n('///..//./foo/.//bar'), '/foo/bar')
        self.assertEqual(n('//foo'), '//foo')
        self.assertEqual(n('a/b/../../..'), '..')
        self.assertEqual(n('../a/./b'), '../a/b')
        self.assertEqual(n('/..'), '/')
        self.assertEqual(n('a/..'), '.')
        self.assertEqual(n('./'), '.')

    def test_abspath(self):
        cwd = os.getcwd()
        self.assertEqual(posixpath.abspath('x'), posixpath.join(cwd, 'x'))
        self.assertEqual(posixpath.abspath('/a/../b'), '/b')
        self.assertEqual(posixpath.abspath(''), cwd)

    def test_expandvars(self):
        saved = dict(os.environ)
        try:
            os.environ.clear()
            os.environ['foo'] = 'bar'
            os.environ['{foo'] = 'baz1'
            os.environ['{foo}'] = 'baz2'
            e = posixpath.expandvars
            self.assertEqual(e('foo'), 'foo')
            self.assertEqual(e('$foo bar'), 'bar bar')
            self.assertEqual(e('${foo}bar'), 'barbar')
            self.assertEqual(e('$[foo]bar'), '$[foo]bar')
            self.assertEqual(e('$bar bar'), '$bar bar')
            self.assertEqual(e('$?bar'), '$?bar')
            self.assertEqual(e('${foo}bar'), 'barbar')
            self.assertEqual(e('$foo}bar'), 'bar}bar')
            self.assertEqual(e('${foo'), '${foo')
            self.assertEqual(e('${{foo}}'), 'baz1}')
            self.assertEqual(e('$'), '$')
            self.assertEqual(e('a$foo$foo'), 'abarbar')
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def test_expanduser(self):
        self.assertEqual(posixpath.expanduser('foo'), 'foo')
        self.assertEqual(posixpath.expanduser('foo~'), 'foo~')
        saved = os.environ.get('HOME')
        try:
            os.environ['HOME'] = '/home/victim'
            self.assertEqual(posixpath.expanduser('~'), '/home/victim')
            self.assertEqual(posixpath.expanduser('~/x/y'),
                             '/home/victim/x/y')
        finally:
            if saved is None:
                del os.environ['HOME']
            else:
                os.environ['HOME'] = saved
        try:
            import pwd
        except ImportError:
            return      # ~user needs the pwd module
        self.assertEqual(posixpath.expanduser('~nosuchuser_xyzzy/a'),
                         '~nosuchuser_xyzzy/a')
        self.assertEqual(posixpath.expanduser('~root/a'),
                         pwd.getpwnam('root').pw_dir.rstrip('/') + '/a')


class TestFilesystem(unittest.TestCase):

    def setUp(self):
        self.base = test_support.TESTFN + '_pp'
        test_support.rmtree(self.base)
        os.mkdir(self.base)
        self.file = os.path.join(self.base, 'file')
        f = open(self.file, 'w')
        f.write('12345')
        f.close()

    def tearDown(self):
        test_support.rmtree(self.base)

    def test_predicates(self):
        self.assert_(posixpath.exists(self.file))
        self.assert_(posixpath.isfile(self.file))
        self.failIf(posixpath.isdir(self.file))
        self.assert_(posixpath.isdir(self.base))
        self.failIf(posixpath.isfile(self.base))
        missing = os.path.join(self.base, 'missing')
        self.failIf(posixpath.exists(missing))
        self.failIf(posixpath.isfile(missing))
        self.failIf(posixpath.isdir(missing))
        self.failIf(posixpath.islink(missing))
        self.failIf(posixpath.lexists(missing))

    def test_links(self):
        link = os.path.join(self.base, 'link')
        os.symlink(self.file, link)
        self.assert_(posixpath.islink(link))
        self.failIf(posixpath.islink(self.file))
        self.assert_(posixpath.isfile(link))
        dangling = os.path.join(self.base, 'dangling')
        os.symlink(os.path.join(self.base, 'nothing'), dangling)
        self.failIf(posixpath.exists(dangling))
        self.assert_(posixpath.lexists(dangling))
        self.assertEqual(posixpath.realpath(link),
                         posixpath.realpath(self.file))
        self.assert_(posixpath.samefile(link, self.file))
        self.failIf(posixpath.samefile(self.base, self.file))

    def test_realpath_resolves_dirs(self):
        sub = os.path.join(self.base, 'sub')
        os.mkdir(sub)
        os.symlink(sub, os.path.join(self.base, 'sublink'))
        self.assertEqual(
            posixpath.realpath(os.path.join(self.base, 'sublink', '..',
                                            'file')),
            posixpath.realpath(self.file))
        self.assertEqual(posixpath.realpath('/'), '/')

    def test_sizes_and_times(self):
        self.assertEqual(posixpath.getsize(self.file), 5)
        st = os.stat(self.file)
        self.assertEqual(posixpath.getmtime(self.file), st.st_mtime)
        self.assertEqual(posixpath.getatime(self.file), st.st_atime)
        self.assertEqual(posixpath.getctime(self.file), st.st_ctime)
        self.assertRaises(os.error, posixpath.getsize,
                          os.path.join(self.base, 'missing'))

    def test_samestat_sameopenfile(self):
        self.assert_(posixpath.samestat(os.stat(self.file),
                                        os.stat(self.file)))
        f1 = open(self.file)
        f2 = open(self.file)
        try:
            self.assert_(posixpath.sameopenfile(f1.fileno(), f2.fileno()))
        finally:
            f1.close()
            f2.close()

    def test_ismount(self):
        self.assert_(posixpath.ismount('/'))
        self.failIf(posixpath.ismount(self.base))

    def test_walk_callback(self):
        sub = os.path.join(self.base, 'sub')
        os.mkdir(sub)
        open(os.path.join(sub, 'inner'), 'w').close()
        seen = []
        def visit(arg, dirname, names):
            arg.append((dirname, sorted(names)))
            if 'skip' in names:
                names.remove('skip')
        posixpath.walk(self.base, visit, seen)
        seen.sort()
        self.assertEqual(seen, [(self.base, ['file', 'sub']),
                                (sub, ['inner'])])
        self.assertEqual(posixpath.walk(os.path.join(self.base, 'nope'),
                                        visit, seen), None)


def test_main():
    test_support.run_unittest(TestPurePaths, TestFilesystem)

if __name__ == '__main__':
    test_main()
