"""Tests for the select module (2.5 Library Reference, section 14.5)."""

import os
import sys
import time
import errno
import select
import unittest
from test import test_support


class Wrapper:
    """A classic object waited on through its fileno() method."""
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd


class NewWrapper(object):
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd


class PipeTestCase(unittest.TestCase):

    def setUp(self):
        self.r, self.w = os.pipe()
        self.closed = []

    def tearDown(self):
        for fd in (self.r, self.w):
            if fd not in self.closed:
                os.close(fd)

    def close(self, fd):
        os.close(fd)
        self.closed.append(fd)


class SelectTests(PipeTestCase):

    def test_error_class(self):
        self.assert_(issubclass(select.error, Exception))
        self.assertEqual(select.error.__name__, 'error')

    def test_empty_pipe(self):
        self.assertEqual(select.select([self.r], [], [], 0), ([], [], []))
        self.assertEqual(select.select([self.r], [self.w], [], 0),
                         ([], [self.w], []))

    def test_all_empty(self):
        self.assertEqual(select.select([], [], [], 0), ([], [], []))
        self.assertEqual(select.select((), (), (), 0.01), ([], [], []))

    def test_result_types(self):
        result = select.select([self.r], [self.w], [], 0)
        self.assertEqual(type(result), tuple)
        for part in result:
            self.assertEqual(type(part), list)

    def test_readable_after_write(self):
        os.write(self.w, 'data')
        self.assertEqual(select.select([self.r], [], [], 0),
                         ([self.r], [], []))
        # None means wait for ever: fine when something is ready
        self.assertEqual(select.select([self.r], [], []), ([self.r], [], []))
        self.assertEqual(select.select([self.r], [], [], None),
                         ([self.r], [], []))
        os.read(self.r, 4)
        self.assertEqual(select.select([self.r], [], [], 0), ([], [], []))

    def test_small_timeout_waits(self):
        t0 = time.time()
        self.assertEqual(select.select([self.r], [], [], 0.1), ([], [], []))
        elapsed = time.time() - t0
        self.assert_(elapsed >= 0.08, elapsed)
        self.assert_(elapsed < 5.0, elapsed)

    def test_integer_timeouts(self):
        os.write(self.w, 'x')
        self.assertEqual(select.select([self.r], [], [], 1),
                         ([self.r], [], []))
        self.assertEqual(select.select([self.r], [], [], 1L),
                         ([self.r], [], []))
        self.assertEqual(select.select([], [self.w], [], 0L),
                         ([], [self.w], []))

    def test_eof_is_readable(self):
        self.close(self.w)
        self.assertEqual(select.select([self.r], [], [], 0),
                         ([self.r], [], []))
        self.assertEqual(os.read(self.r, 10), '')

    def test_order_and_duplicates(self):
        os.write(self.w, 'x')
        r, w, x = select.select([self.r, self.r], [self.w], [self.r], 0)
        self.assertEqual(r, [self.r, self.r])
        self.assertEqual(w, [self.w])
        self.assertEqual(x, [])

    def test_fileno_objects(self):
        for cls in (Wrapper, NewWrapper):
            rw = cls(self.r)
            ww = cls(self.w)
            r, w, x = select.select([rw], [ww], [], 0)
            self.assertEqual(r, [])
            self.assert_(len(w) == 1 and w[0] is ww)
            os.write(self.w, 'z')
            r, w, x = select.select([rw, self.w], [], [], 0)
            self.assert_(len(r) == 1 and r[0] is rw)
            os.read(self.r, 1)

    def test_file_objects(self):
        f = os.fdopen(os.dup(self.w), 'w')
        try:
            r, w, x = select.select([], [f], [], 0)
            self.assert_(w[0] is f)
        finally:
            f.close()

    def test_long_fd(self):
        os.write(self.w, 'x')
        self.assertEqual(select.select([long(self.r)], [], [], 0),
                         ([long(self.r)], [], []))

    def test_other_sequences(self):
        os.write(self.w, 'x')
        self.assertEqual(select.select((self.r,), [], [], 0),
                         ([self.r], [], []))

    def test_not_sequences(self):
        for args in ((1, [], []), ([], 1, []), ([], [], 1),
                     (None, [], []), ([], [], None)):
            self.assertRaises(TypeError, select.select, *args)
        try:
            select.select([], [], 7)
        except TypeError, e:
            self.assertEqual(str(e), 'arguments 1-3 must be sequences')

    def test_bad_timeout(self):
        self.assertRaises(TypeError, select.select, [], [], [], 'x')
        self.assertRaises(TypeError, select.select, [], [], [], [])
        try:
            select.select([], [], [], 'x')
        except TypeError, e:
            self.assertEqual(str(e), 'timeout must be a float or None')
        self.assertRaises(OverflowError, select.select, [], [], [], 1e300)

    def test_negative_timeout(self):
        # 2.5 hands it to the system, which refuses it (EINVAL)
        try:
            select.select([self.r], [], [], -1)
        except select.error, e:
            self.assertEqual(e.args[0], errno.EINVAL)
        else:
            self.fail('negative timeout accepted')

    def test_wrong_argument_count(self):
        self.assertRaises(TypeError, select.select)
        self.assertRaises(TypeError, select.select, [], [])
        self.assertRaises(TypeError, select.select, [], [], [], 0, 0)

    def test_bad_descriptors(self):
        self.assertRaises(TypeError, select.select, ['x'], [], [], 0)
        self.assertRaises(TypeError, select.select, [None], [], [], 0)
        self.assertRaises(TypeError, select.select, [1.5], [], [], 0)
        self.assertRaises(ValueError, select.select, [-1], [], [], 0)
        self.assertRaises(TypeError, select.select,
                          [Wrapper('not an int')], [], [], 0)
        self.assertRaises(ValueError, select.select, [Wrapper(-5)], [], [], 0)

    def test_fileno_raising(self):
        class Bad(object):
            def fileno(self):
                raise ZeroDivisionError
        self.assertRaises(ZeroDivisionError, select.select, [Bad()], [], [], 0)

    def test_closed_descriptor(self):
        fd = self.r
        self.close(fd)
        try:
            select.select([fd], [], [], 0)
        except select.error, e:
            self.assertEqual(e.args[0], errno.EBADF)
        else:
            self.fail('select on a closed descriptor did not fail')

    def test_fileno_mutating_list(self):
        # a fileno() that empties the list being read must not crash
        lst = []
        class Evil(object):
            def fileno(inner):
                del lst[:]
                return self.w
        lst.extend([Evil(), Evil(), Evil()])
        r, w, x = select.select([], lst, [], 0)
        self.assert_(1 <= len(w) <= 3, w)
        for item in w:
            self.assertEqual(item.__class__, Evil)

    def test_many_descriptors(self):
        fds = []
        try:
            for i in range(20):
                fds.extend(os.pipe())
            writers = fds[1::2]
            r, w, x = select.select(fds[0::2], writers, [], 0)
            self.assertEqual(r, [])
            self.assertEqual(w, writers)
        finally:
            for fd in fds:
                os.close(fd)


class PollTests(PipeTestCase):

    def test_constants(self):
        self.assertEqual(select.POLLIN, 1)
        self.assertEqual(select.POLLPRI, 2)
        self.assertEqual(select.POLLOUT, 4)
        self.assertEqual(select.POLLERR, 8)
        self.assertEqual(select.POLLHUP, 16)
        self.assertEqual(select.POLLNVAL, 32)
        for name in ('POLLRDNORM', 'POLLRDBAND', 'POLLWRNORM', 'POLLWRBAND',
                     'POLLMSG'):
            self.assert_(isinstance(getattr(select, name), int), name)

    def test_poll_object(self):
        p = select.poll()
        self.assertEqual(type(p).__name__, 'poll')
        self.assertRaises(TypeError, select.poll, 1)
        self.assertEqual(p.poll(0), [])
        # poll.modify came with 2.6
        self.failIf(hasattr(p, 'modify'))

    def test_register_and_poll(self):
        p = select.poll()
        self.assertEqual(p.register(self.r, select.POLLIN), None)
        self.assertEqual(p.register(self.w, select.POLLOUT), None)
        self.assertEqual(p.poll(0), [(self.w, select.POLLOUT)])
        os.write(self.w, 'abc')
        self.assertEqual(sorted(p.poll(0)),
                         sorted([(self.r, select.POLLIN),
                                 (self.w, select.POLLOUT)]))

    def test_default_mask(self):
        # POLLIN | POLLPRI | POLLOUT
        p = select.poll()
        p.register(self.w)
        self.assertEqual(p.poll(0), [(self.w, select.POLLOUT)])
        p.register(self.r)
        os.write(self.w, 'x')
        self.assertEqual(dict(p.poll(0))[self.r] & select.POLLIN,
                         select.POLLIN)

    def test_reregister_replaces_mask(self):
        p = select.poll()
        p.register(self.w, select.POLLOUT)
        p.register(self.w, select.POLLIN)
        self.assertEqual(p.poll(0), [])

    def test_unregister(self):
        p = select.poll()
        p.register(self.r, select.POLLIN)
        p.register(self.w, select.POLLOUT)
        self.assertEqual(p.unregister(self.w), None)
        self.assertEqual(p.poll(0), [])
        self.assertRaises(KeyError, p.unregister, self.w)
        self.assertRaises(KeyError, p.unregister, 999)

    def test_fileno_objects(self):
        p = select.poll()
        p.register(Wrapper(self.w), select.POLLOUT)
        # results name the descriptor, not the object
        self.assertEqual(p.poll(0), [(self.w, select.POLLOUT)])
        p.unregister(NewWrapper(self.w))
        self.assertEqual(p.poll(0), [])

    def test_timeouts(self):
        p = select.poll()
        p.register(self.r, select.POLLIN)
        t0 = time.time()
        self.assertEqual(p.poll(100), [])
        elapsed = time.time() - t0
        self.assert_(0.08 <= elapsed < 5.0, elapsed)
        os.write(self.w, 'x')
        self.assertEqual(p.poll(), [(self.r, select.POLLIN)])
        self.assertEqual(p.poll(None), [(self.r, select.POLLIN)])
        self.assertEqual(p.poll(-1), [(self.r, select.POLLIN)])
        self.assertEqual(p.poll(10L), [(self.r, select.POLLIN)])
        self.assertEqual(p.poll(2.5), [(self.r, select.POLLIN)])

    def test_hangup(self):
        p = select.poll()
        p.register(self.r, select.POLLIN)
        self.close(self.w)
        events = dict(p.poll(0))
        self.assert_(events[self.r] & select.POLLHUP, events)

    def test_closed_fd_reports_nval(self):
        p = select.poll()
        p.register(self.r, select.POLLIN)
        self.close(self.r)
        self.assertEqual(p.poll(0), [(self.r, select.POLLNVAL)])

    def test_bad_arguments(self):
        p = select.poll()
        self.assertRaises(TypeError, p.register)
        self.assertRaises(TypeError, p.register, 'x')
        self.assertRaises(TypeError, p.register, self.r, 'x')
        self.assertRaises(ValueError, p.register, -1)
        self.assertRaises(TypeError, p.unregister, 'x')
        self.assertRaises(TypeError, p.poll, 'x')
        self.assertRaises(TypeError, p.poll, 1, 2)
        try:
            p.poll('x')
        except TypeError, e:
            self.assertEqual(str(e), 'timeout must be an integer or None')


def test_main():
    test_support.run_unittest(SelectTests, PollTests)

if __name__ == '__main__':
    test_main()
