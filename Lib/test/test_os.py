"""Tests for the os module (2.5 Library Reference, section 14.1)."""

import os
import sys
import errno
import stat
import unittest
from test import test_support


class TestNames(unittest.TestCase):

    def test_basic_attributes(self):
        self.assertEqual(os.name, 'posix')
        self.assertEqual(os.sep, '/')
        self.assertEqual(os.linesep, '\n')
        self.assertEqual(os.curdir, '.')
        self.assertEqual(os.pardir, '..')
        self.assertEqual(os.pathsep, ':')
        self.assertEqual(os.extsep, '.')
        self.assertEqual(os.altsep, None)
        self.assertEqual(os.devnull, '/dev/null')
        self.assertEqual((os.SEEK_SET, os.SEEK_CUR, os.SEEK_END), (0, 1, 2))
        self.assert_(os.error is OSError)

    def test_all(self):
        for name in os.__all__:
            self.assert_(hasattr(os, name), name)
        for name in ('makedirs', 'removedirs', 'renames', 'walk', 'getenv',
                     'environ', 'stat', 'listdir', 'execvp', 'spawnv'):
            self.assert_(name in os.__all__, name)
        # posix functions are re-exported
        import posix
        self.assert_(os.stat is posix.stat)
        self.assert_(os.listdir is posix.listdir)
        self.assert_(os._exit is posix._exit)

    def test_no_leaked_names(self):
        for name in ('n', 'posix'):
            self.failIf(hasattr(os, name), name)


class TestEnviron(unittest.TestCase):

    def setUp(self):
        self.saved = dict(os.environ)

    def tearDown(self):
        for k in os.environ.keys():
            if k not in self.saved:
                del os.environ[k]
        os.environ.update(self.saved)

    def child_env(self, name):
        p = os.popen('echo "$%s"' % name)
        try:
            return p.read()[:-1]
        finally:
            p.close()

    def test_mapping(self):
        self.assert_('PATH' in os.environ)
        self.assert_(os.environ.has_key('PATH'))
        self.assertEqual(os.getenv('PATH'), os.environ['PATH'])
        self.assertEqual(os.getenv('NO_SUCH_VAR_XYZZY'), None)
        self.assertEqual(os.getenv('NO_SUCH_VAR_XYZZY', 'dflt'), 'dflt')
        self.assertRaises(KeyError, os.environ.__getitem__,
                          'NO_SUCH_VAR_XYZZY')
        self.assertEqual(sorted(os.environ.keys()), sorted(self.saved.keys()))
        self.assertEqual(sorted(iter(os.environ)), sorted(self.saved.keys()))
        c = os.environ.copy()
        self.assert_(type(c) is dict)
        self.assertEqual(c, self.saved)

    def test_set_reaches_children(self):
        os.environ['TEST_OS_VAR'] = 'hello world'
        self.assertEqual(os.environ['TEST_OS_VAR'], 'hello world')
        self.assertEqual(self.child_env('TEST_OS_VAR'), 'hello world')
        del os.environ['TEST_OS_VAR']
        self.failIf('TEST_OS_VAR' in os.environ)
        self.assertEqual(self.child_env('TEST_OS_VAR'), '')

    def test_update_setdefault_pop_clear_reach_children(self):
        os.environ.update({'TEST_OS_A': 'a'}, TEST_OS_B='b')
        os.environ.update([('TEST_OS_C', 'c')])
        self.assertEqual(self.child_env('TEST_OS_A'), 'a')
        self.assertEqual(self.child_env('TEST_OS_B'), 'b')
        self.assertEqual(self.child_env('TEST_OS_C'), 'c')
        self.assertEqual(os.environ.setdefault('TEST_OS_D', 'd'), 'd')
        self.assertEqual(self.child_env('TEST_OS_D'), 'd')
        self.assertEqual(os.environ.pop('TEST_OS_A'), 'a')
        self.assertEqual(self.child_env('TEST_OS_A'), '')
        self.assertEqual(os.environ.pop('TEST_OS_A', 'gone'), 'gone')
        saved_path = os.environ['PATH']
        os.environ.clear()
        self.assertEqual(len(os.environ), 0)
        p = os.popen('/usr/bin/env')
        out = p.read()
        p.close()
        self.failIf('TEST_OS_B' in out)
        os.environ['PATH'] = saved_path

    def test_putenv_unsetenv(self):
        os.putenv('TEST_OS_PUT', 'x')
        # putenv does not update os.environ
        self.failIf('TEST_OS_PUT' in os.environ)
        self.assertEqual(self.child_env('TEST_OS_PUT'), 'x')
        os.unsetenv('TEST_OS_PUT')
        self.assertEqual(self.child_env('TEST_OS_PUT'), '')


class TestDirs(unittest.TestCase):

    def setUp(self):
        self.base = test_support.TESTFN + '_os'
        test_support.rmtree(self.base)

    def tearDown(self):
        test_support.rmtree(self.base)

    def touch(self, *parts):
        f = open(os.path.join(*parts), 'w')
        f.close()

    def test_makedirs_removedirs(self):
        deep = os.path.join(self.base, 'a', 'b', 'c')
        os.makedirs(deep)
        self.assert_(os.path.isdir(deep))
        self.assertRaises(OSError, os.makedirs, deep)
        try:
            os.makedirs(deep)
        except OSError, e:
            self.assertEqual(e.errno, errno.EEXIST)
        os.makedirs(os.path.join(self.base, 'a', 'x', ''))
        self.assert_(os.path.isdir(os.path.join(self.base, 'a', 'x')))
        os.makedirs(os.path.join(self.base, 'dotted', os.curdir))
        self.assert_(os.path.isdir(os.path.join(self.base, 'dotted')))
        os.makedirs(os.path.join(self.base, 'mode'), 0700)
        self.assertEqual(stat.S_IMODE(os.stat(os.path.join(self.base,
                                                           'mode')).st_mode)
                         & 0700, 0700)
        # removedirs prunes the now-empty parents, stops at a non-empty one
        os.removedirs(deep)
        self.failIf(os.path.exists(os.path.join(self.base, 'a', 'b')))
        self.assert_(os.path.isdir(os.path.join(self.base, 'a', 'x')))

    def test_removedirs_all_the_way(self):
        deep = os.path.join(self.base, 'p', 'q')
        os.makedirs(deep)
        os.removedirs(deep)
        self.failIf(os.path.exists(self.base))

    def test_renames(self):
        os.makedirs(os.path.join(self.base, 'old', 'dir'))
        self.touch(self.base, 'old', 'dir', 'f')
        os.renames(os.path.join(self.base, 'old', 'dir', 'f'),
                   os.path.join(self.base, 'new', 'sub', 'g'))
        self.assert_(os.path.isfile(os.path.join(self.base, 'new', 'sub',
                                                 'g')))
        # the emptied old directories were pruned
        self.failIf(os.path.exists(os.path.join(self.base, 'old')))

    def test_walk(self):
        os.makedirs(os.path.join(self.base, 'sub1', 'sub11'))
        os.makedirs(os.path.join(self.base, 'sub2'))
        self.touch(self.base, 'top')
        self.touch(self.base, 'sub1', 'f1')
        self.touch(self.base, 'sub1', 'sub11', 'f11')
        result = [(d, sorted(ds), sorted(fs))
                  for d, ds, fs in os.walk(self.base)]
        j = os.path.join
        self.assertEqual(result[0], (self.base, ['sub1', 'sub2'], ['top']))
        self.assertEqual(sorted(result),
                         sorted([(self.base, ['sub1', 'sub2'], ['top']),
                                 (j(self.base, 'sub1'), ['sub11'], ['f1']),
                                 (j(self.base, 'sub1', 'sub11'), [], ['f11']),
                                 (j(self.base, 'sub2'), [], [])]))
        # bottom-up: the top directory comes last
        bottom_up = list(os.walk(self.base, topdown=False))
        self.assertEqual(bottom_up[-1][0], self.base)
        order = [d for d, ds, fs in bottom_up]
        self.assert_(order.index(j(self.base, 'sub1', 'sub11')) <
                     order.index(j(self.base, 'sub1')))
        # pruning dirnames in place limits the walk (top-down only)
        seen = []
        for d, ds, fs in os.walk(self.base):
            seen.append(d)
            if 'sub1' in ds:
                ds.remove('sub1')
        self.assertEqual(sorted(seen), sorted([self.base,
                                               j(self.base, 'sub2')]))

    def test_walk_onerror_and_links(self):
        errors = []
        self.assertEqual(list(os.walk(os.path.join(self.base, 'nope'),
                                      onerror=errors.append)), [])
        self.assertEqual(len(errors), 1)
        self.assert_(isinstance(errors[0], OSError))
        os.makedirs(os.path.join(self.base, 'real'))
        self.touch(self.base, 'real', 'f')
        os.symlink(os.path.join(self.base, 'real'),
                   os.path.join(self.base, 'link'))
        dirs = [d for d, ds, fs in os.walk(self.base)]
        # symlinked directories are listed but not descended into
        self.failIf(os.path.join(self.base, 'link') in dirs)
        top = list(os.walk(self.base))[0]
        self.assertEqual(sorted(top[1]), ['link', 'real'])

    def test_listdir_stat(self):
        os.mkdir(self.base)
        self.touch(self.base, 'b')
        self.touch(self.base, 'a')
        names = os.listdir(self.base)
        self.assertEqual(sorted(names), ['a', 'b'])
        self.failIf('.' in names or '..' in names)
        st = os.stat(os.path.join(self.base, 'a'))
        self.assertEqual(st.st_size, 0)
        self.assertEqual(len(st), 10)
        self.assertEqual(st[stat.ST_SIZE], st.st_size)
        self.assert_(stat.S_ISREG(st.st_mode))
        self.assert_(isinstance(st, os.stat_result))

    def test_errors(self):
        missing = os.path.join(self.base, 'missing')
        try:
            os.stat(missing)
        except os.error, e:
            self.assertEqual(e.errno, errno.ENOENT)
            self.assertEqual(e.filename, missing)
            self.assertEqual(e.strerror, os.strerror(errno.ENOENT))
            self.assertEqual(str(e), "[Errno 2] No such file or directory: "
                             "%r" % missing)
        else:
            self.fail("OSError not raised")
        self.assertRaises(OSError, os.listdir, missing)
        self.assertRaises(OSError, os.rmdir, missing)
        self.assertRaises(OSError, os.remove, missing)
        self.assertEqual(os.strerror(errno.ENOENT),
                         'No such file or directory')

    def test_file_descriptors(self):
        os.mkdir(self.base)
        fn = os.path.join(self.base, 'fd')
        fd = os.open(fn, os.O_WRONLY | os.O_CREAT, 0644)
        self.assertEqual(os.write(fd, 'hello'), 5)
        os.close(fd)
        fd = os.open(fn, os.O_RDONLY)
        self.assertEqual(os.read(fd, 2), 'he')
        self.assertEqual(os.lseek(fd, 0, os.SEEK_SET), 0)
        self.assertEqual(os.read(fd, 100), 'hello')
        self.assertEqual(os.read(fd, 100), '')
        os.close(fd)
        self.assertRaises(OSError, os.close, fd)
        r, w = os.pipe()
        os.write(w, 'through')
        os.close(w)
        self.assertEqual(os.read(r, 100), 'through')
        os.close(r)


class TestProcess(unittest.TestCase):

    def test_getpid_and_system(self):
        self.assert_(os.getpid() > 0)
        self.assertEqual(os.system('exit 3') >> 8, 3)
        self.assertEqual(os.system('true'), 0)

    def test_spawn(self):
        self.assertEqual(os.spawnv(os.P_WAIT, '/bin/sh',
                                   ['sh', '-c', 'exit 4']), 4)
        self.assertEqual(os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'exit 5'), 5)
        self.assertEqual(os.spawnvpe(os.P_WAIT, 'sh',
                                     ['sh', '-c', 'exit $CODE'],
                                     {'CODE': '6', 'PATH': os.defpath}), 6)
        pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'exit 7'])
        wpid, status = os.waitpid(pid, 0)
        self.assertEqual(wpid, pid)
        self.assert_(os.WIFEXITED(status))
        self.assertEqual(os.WEXITSTATUS(status), 7)
        # exec failure in the child shows as exit status 127
        self.assertEqual(os.spawnv(os.P_WAIT, '/no/such/program', ['x']),
                         127)

    def test_fork_execvp_errors(self):
        pid = os.fork()
        if pid == 0:
            try:
                try:
                    os.execvp('no_such_program_xyzzy', ['x'])
                except OSError, e:
                    if e.errno == errno.ENOENT:
                        os._exit(11)
                    os._exit(12)
            finally:
                os._exit(13)
        wpid, status = os.waitpid(pid, 0)
        self.assertEqual(os.WEXITSTATUS(status), 11)


def test_main():
    test_support.run_unittest(TestNames, TestEnviron, TestDirs, TestProcess)

if __name__ == '__main__':
    test_main()
