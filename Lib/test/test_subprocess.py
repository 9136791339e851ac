"""Tests for subprocess (2.5 Library Reference, section 17.1; POSIX)."""

import os
import sys
import errno
import signal
import time
import unittest
import subprocess
from test import test_support

PYTHON = sys.executable


class TestModule(unittest.TestCase):

    def test_constants_and_all(self):
        self.assertEqual(subprocess.PIPE, -1)
        self.assertEqual(subprocess.STDOUT, -2)
        for name in ('Popen', 'PIPE', 'STDOUT', 'call', 'check_call',
                     'CalledProcessError'):
            self.assert_(name in subprocess.__all__, name)

    def test_list2cmdline(self):
        l = subprocess.list2cmdline
        self.assertEqual(l(['a b c', 'd', 'e']), '"a b c" d e')
        self.assertEqual(l(['ab"c', '\\', 'd']), 'ab\\"c \\ d')
        self.assertEqual(l(['ab"c', ' \\', 'd']), 'ab\\"c " \\\\" d')
        self.assertEqual(l(['a\\\\\\b', 'de fg', 'h']), 'a\\\\\\b "de fg" h')
        self.assertEqual(l(['a\\"b', 'c', 'd']), 'a\\\\\\"b c d')
        self.assertEqual(l(['a\\\\b c', 'd', 'e']), '"a\\\\b c" d e')
        self.assertEqual(l(['a\\\\b\\ c', 'd', 'e']), '"a\\\\b\\ c" d e')
        self.assertEqual(l(['ab', '']), 'ab ""')
        self.assertEqual(l(['tab\there']), '"tab\there"')
        self.assertEqual(l([]), '')

    def test_called_process_error(self):
        e = subprocess.CalledProcessError(3, 'cmd args')
        self.assertEqual(e.returncode, 3)
        self.assertEqual(e.cmd, 'cmd args')
        self.assertEqual(str(e),
                         "Command 'cmd args' returned non-zero exit status 3")
        self.assert_(isinstance(e, Exception))


class TestPopen(unittest.TestCase):

    def setUp(self):
        self.tmp = test_support.TESTFN + '_sp'

    def tearDown(self):
        test_support.unlink(self.tmp)

    def test_echo_stdout_pipe(self):
        p = subprocess.Popen(['echo', 'hello', 'world'],
                             stdout=subprocess.PIPE)
        self.assert_(isinstance(p.pid, int) and p.pid > 0)
        self.assertEqual(p.stdin, None)
        self.assertEqual(p.stderr, None)
        self.assertEqual(p.stdout.read(), 'hello world\n')
        self.assertEqual(p.wait(), 0)
        self.assertEqual(p.returncode, 0)
        p.stdout.close()

    def test_cat_through_pipes(self):
        p = subprocess.Popen(['cat'], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
        p.stdin.write('line one\nline two\n')
        p.stdin.close()
        self.assertEqual(p.stdout.read(), 'line one\nline two\n')
        p.stdout.close()
        self.assertEqual(p.wait(), 0)

    def test_communicate(self):
        p = subprocess.Popen(['cat'], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = p.communicate('some input')
        self.assertEqual((out, err), ('some input', ''))
        self.assertEqual(p.returncode, 0)

    def test_communicate_one_pipe(self):
        p = subprocess.Popen(['echo', 'x'], stdout=subprocess.PIPE)
        self.assertEqual(p.communicate(), ('x\n', None))
        p = subprocess.Popen(['sh', '-c', 'echo e >&2'],
                             stderr=subprocess.PIPE)
        self.assertEqual(p.communicate(), (None, 'e\n'))
        p = subprocess.Popen(['sh', '-c', 'cat >/dev/null'],
                             stdin=subprocess.PIPE)
        self.assertEqual(p.communicate('ignored'), (None, None))
        p = subprocess.Popen(['true'])
        self.assertEqual(p.communicate(), (None, None))
        self.assertEqual(p.returncode, 0)

    def test_communicate_large_both_ways(self):
        data = ''.join([chr(i % 256) for i in range(300000)])
        p = subprocess.Popen(['sh', '-c', 'cat; echo done >&2'],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        out, err = p.communicate(data)
        self.assertEqual(len(out), len(data))
        self.assert_(out == data)
        self.assertEqual(err, 'done\n')

    def test_communicate_child_ignores_input(self):
        p = subprocess.Popen(['sh', '-c', 'echo early; exit 0'],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        out, err = p.communicate('x' * 200000)
        self.assertEqual(out, 'early\n')

    def test_stderr_to_stdout(self):
        p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2'],
                             stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
        out, err = p.communicate()
        self.assertEqual(sorted(out.splitlines()), ['err', 'out'])
        self.assertEqual(err, None)

    def test_return_codes(self):
        self.assertEqual(subprocess.Popen(['sh', '-c', 'exit 47']).wait(), 47)
        self.assertEqual(subprocess.Popen(['false']).wait(), 1)
        p = subprocess.Popen(['sh', '-c', 'kill -9 $$'])
        self.assertEqual(p.wait(), -signal.SIGKILL)
        # wait() can be called again
        self.assertEqual(p.wait(), -signal.SIGKILL)

    def test_poll_and_kill(self):
        p = subprocess.Popen(['sleep', '10'])
        self.assertEqual(p.poll(), None)
        self.assertEqual(p.returncode, None)
        os.kill(p.pid, signal.SIGTERM)
        self.assertEqual(p.wait(), -signal.SIGTERM)
        self.assertEqual(p.poll(), -signal.SIGTERM)

    def test_poll_sees_exit(self):
        p = subprocess.Popen(['true'])
        for i in range(500):
            if p.poll() is not None:
                break
            time.sleep(0.01)
        self.assertEqual(p.returncode, 0)

    def test_cwd(self):
        p = subprocess.Popen(['pwd'], stdout=subprocess.PIPE, cwd='/tmp')
        out = p.communicate()[0]
        self.assertEqual(os.path.realpath(out.strip()),
                         os.path.realpath('/tmp'))
        # the parent's directory is unchanged
        self.assertNotEqual(os.getcwd(), '/tmp/nonexistent')

    def test_bad_cwd(self):
        try:
            subprocess.Popen(['true'], cwd='/no/such/dir/xyzzy')
        except OSError, e:
            self.assertEqual(e.errno, errno.ENOENT)
        else:
            self.fail("OSError not raised")

    def test_env(self):
        p = subprocess.Popen(['sh', '-c', 'echo "$TEST_SP_A/$TEST_SP_B"'],
                             stdout=subprocess.PIPE,
                             env={'TEST_SP_A': 'alpha', 'PATH': os.defpath})
        self.assertEqual(p.communicate()[0], 'alpha/\n')
        p = subprocess.Popen(['/usr/bin/env'], stdout=subprocess.PIPE,
                             env={'ONLY': '1'})
        self.assertEqual(p.communicate()[0], 'ONLY=1\n')

    def test_env_inherited(self):
        os.environ['TEST_SP_INHERIT'] = 'from parent'
        try:
            p = subprocess.Popen(['sh', '-c', 'echo "$TEST_SP_INHERIT"'],
                                 stdout=subprocess.PIPE)
            self.assertEqual(p.communicate()[0], 'from parent\n')
        finally:
            del os.environ['TEST_SP_INHERIT']

    def test_shell(self):
        p = subprocess.Popen('echo $((6 * 7)) | cat', shell=True,
                             stdout=subprocess.PIPE)
        self.assertEqual(p.communicate()[0], '42\n')
        p = subprocess.Popen(['echo "$0-$1"', 'zero', 'one'], shell=True,
                             stdout=subprocess.PIPE)
        self.assertEqual(p.communicate()[0], 'zero-one\n')

    def test_string_args_without_shell(self):
        p = subprocess.Popen('pwd', stdout=subprocess.PIPE, cwd='/')
        self.assertEqual(p.communicate()[0], '/\n')

    def test_executable(self):
        p = subprocess.Popen(['fake_argv0', '-c', 'echo $0'],
                             executable='/bin/sh', stdout=subprocess.PIPE)
        self.assertEqual(p.communicate()[0], 'fake_argv0\n')

    def test_python_child(self):
        p = subprocess.Popen([PYTHON, '-E', '-c',
                              'import sys; sys.stdout.write(sys.stdin.read()'
                              '.upper()); sys.exit(5)'],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        out, err = p.communicate('pear')
        self.assertEqual(out, 'PEAR')
        self.assertEqual(p.returncode, 5)

    def test_no_such_program(self):
        for args in (['no_such_program_xyzzy'], ['/no/such/program']):
            try:
                subprocess.Popen(args, stdout=subprocess.PIPE)
            except OSError, e:
                self.assertEqual(e.errno, errno.ENOENT)
                self.assert_('Traceback' in e.child_traceback)
            else:
                self.fail("OSError not raised for %r" % args)

    def test_not_executable(self):
        f = open(self.tmp, 'w')
        f.write('#!/bin/sh\necho hi\n')
        f.close()
        os.chmod(self.tmp, 0644)
        try:
            subprocess.Popen([self.tmp])
        except OSError, e:
            self.assertEqual(e.errno, errno.EACCES)
        else:
            self.fail("OSError not raised")
        os.chmod(self.tmp, 0755)
        p = subprocess.Popen([self.tmp], stdout=subprocess.PIPE)
        self.assertEqual(p.communicate()[0], 'hi\n')

    def test_start_does_not_wait(self):
        start = time.time()
        p = subprocess.Popen(['sleep', '2'])
        self.assert_(time.time() - start < 1.5)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()

    def test_stdin_stdout_from_files_and_fds(self):
        f = open(self.tmp, 'w')
        f.write('from a file\n')
        f.close()
        f = open(self.tmp)
        p = subprocess.Popen(['cat'], stdin=f, stdout=subprocess.PIPE)
        self.assertEqual(p.communicate()[0], 'from a file\n')
        f.close()
        fd = os.open(self.tmp, os.O_RDONLY)
        p = subprocess.Popen(['cat'], stdin=fd, stdout=subprocess.PIPE)
        self.assertEqual(p.communicate()[0], 'from a file\n')
        os.close(fd)
        out = open(self.tmp, 'w')
        subprocess.Popen(['echo', 'to a file'], stdout=out).wait()
        out.close()
        self.assertEqual(open(self.tmp).read(), 'to a file\n')
        out = open(self.tmp, 'w')
        subprocess.Popen(['sh', '-c', 'echo err >&2'],
                         stderr=out.fileno()).wait()
        out.close()
        self.assertEqual(open(self.tmp).read(), 'err\n')

    def test_universal_newlines(self):
        p = subprocess.Popen(['printf', 'a\\r\\nb\\rc\\n'],
                             stdout=subprocess.PIPE, universal_newlines=True)
        self.assertEqual(p.stdout.read(), 'a\nb\nc\n')
        p.stdout.close()
        p.wait()
        p = subprocess.Popen(['sh', '-c', 'printf "x\\r\\ny\\r"; '
                              'printf "e\\r" >&2'],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             universal_newlines=True)
        self.assertEqual(p.communicate(), ('x\ny\n', 'e\n'))

    def test_preexec_fn(self):
        p = subprocess.Popen(['sh', '-c', 'echo "$TEST_SP_PRE"'],
                             stdout=subprocess.PIPE,
                             preexec_fn=lambda: os.putenv('TEST_SP_PRE',
                                                          'set in child'))
        self.assertEqual(p.communicate()[0], 'set in child\n')
        self.failIf('TEST_SP_PRE' in os.environ)
        def boom():
            raise ValueError('preexec failed')
        try:
            subprocess.Popen(['true'], preexec_fn=boom)
        except ValueError, e:
            self.assertEqual(str(e), 'preexec failed')
            self.assert_('boom' in e.child_traceback)
        else:
            self.fail("ValueError not raised")

    def test_close_fds(self):
        r, w = os.pipe()
        try:
            p = subprocess.Popen(['sh', '-c', 'echo x >&%d && echo open' % w],
                                 stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)
            self.assertEqual(p.communicate()[0], 'open\n')
            p = subprocess.Popen(['sh', '-c', 'echo x >&%d && echo open' % w],
                                 stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, close_fds=True)
            out, err = p.communicate()
            self.assertEqual(out, '')
            self.assertNotEqual(p.returncode, 0)
        finally:
            os.close(r)
            os.close(w)

    def test_bad_arguments(self):
        self.assertRaises(TypeError, subprocess.Popen, ['true'], bufsize='1')
        self.assertRaises(ValueError, subprocess.Popen, ['true'],
                          startupinfo=object())
        self.assertRaises(ValueError, subprocess.Popen, ['true'],
                          creationflags=1)

    def test_bufsize(self):
        p = subprocess.Popen(['cat'], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, bufsize=1)
        p.stdin.write('buffered\n')
        p.stdin.close()
        self.assertEqual(p.stdout.read(), 'buffered\n')
        p.stdout.close()
        p.wait()


class TestCallFunctions(unittest.TestCase):

    def test_call(self):
        self.assertEqual(subprocess.call(['true']), 0)
        self.assertEqual(subprocess.call(['sh', '-c', 'exit 9']), 9)
        self.assertEqual(subprocess.call('exit 3', shell=True), 3)
        self.assertEqual(subprocess.call(args=['false']), 1)

    def test_check_call(self):
        self.assertEqual(subprocess.check_call(['true']), 0)
        try:
            subprocess.check_call(['sh', '-c', 'exit 7'])
        except subprocess.CalledProcessError, e:
            self.assertEqual(e.returncode, 7)
            self.assertEqual(e.cmd, ['sh', '-c', 'exit 7'])
        else:
            self.fail("CalledProcessError not raised")
        try:
            subprocess.check_call(args='exit 2', shell=True)
        except subprocess.CalledProcessError, e:
            self.assertEqual(e.returncode, 2)
            self.assertEqual(e.cmd, 'exit 2')
        else:
            self.fail("CalledProcessError not raised")
        self.assertRaises(OSError, subprocess.check_call,
                          ['no_such_program_xyzzy'])


class TestReaping(unittest.TestCase):

    def test_deleted_popen_is_reaped(self):
        p = subprocess.Popen(['true'])
        pid = p.pid
        del p
        time.sleep(0.2)
        subprocess.Popen(['true']).wait()     # runs the cleanup
        # the first child is gone (no zombie left to wait for)
        self.assertRaises(OSError, os.waitpid, pid, 0)


def test_main():
    test_support.run_unittest(TestModule, TestPopen, TestCallFunctions,
                              TestReaping)

if __name__ == '__main__':
    test_main()
