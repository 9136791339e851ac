"""Tests for the low-level thread module (2.5 Library Reference, 14.4)."""

import sys
import time
import thread
import StringIO
import unittest
from test import test_support


def wait_for(cond, limit=10.0):
    deadline = time.time() + limit
    while not cond():
        if time.time() > deadline:
            return False
        time.sleep(0.005)
    return True


class LockTests(unittest.TestCase):

    def test_types(self):
        lock = thread.allocate_lock()
        self.assert_(type(lock) is thread.LockType)
        self.assert_(isinstance(thread.allocate(), thread.LockType))
        self.assertRaises(TypeError, thread.LockType)

    def test_initially_unlocked(self):
        lock = thread.allocate_lock()
        self.assertEqual(lock.locked(), False)

    def test_acquire_release(self):
        lock = thread.allocate_lock()
        self.assertEqual(lock.acquire(), True)
        self.assertEqual(lock.locked(), True)
        self.assertEqual(lock.release(), None)
        self.assertEqual(lock.locked(), False)

    def test_non_blocking(self):
        lock = thread.allocate_lock()
        self.assertEqual(lock.acquire(0), True)
        self.assertEqual(lock.acquire(0), False)
        self.assertEqual(lock.acquire(False), False)
        self.assertEqual(lock.locked(), True)
        lock.release()
        self.assertEqual(lock.acquire(1), True)
        lock.release()

    def test_obsolete_synonyms(self):
        lock = thread.allocate_lock()
        self.assertEqual(lock.acquire_lock(), True)
        self.assertEqual(lock.locked_lock(), True)
        lock.release_lock()
        self.assertEqual(lock.locked_lock(), False)

    def test_release_unlocked(self):
        lock = thread.allocate_lock()
        self.assertRaises(thread.error, lock.release)
        try:
            lock.release()
        except thread.error, e:
            self.assertEqual(str(e), 'release unlocked lock')

    def test_not_owned(self):
        # any thread may release a lock
        lock = thread.allocate_lock()
        lock.acquire()
        done = thread.allocate_lock()
        done.acquire()
        def other():
            lock.release()
            done.release()
        thread.start_new_thread(other, ())
        done.acquire()
        self.assertEqual(lock.locked(), False)

    def test_blocking_waits_for_release(self):
        lock = thread.allocate_lock()
        lock.acquire()
        order = []
        finished = thread.allocate_lock()
        finished.acquire()
        def waiter():
            lock.acquire()
            order.append('acquired')
            lock.release()
            finished.release()
        thread.start_new_thread(waiter, ())
        time.sleep(0.05)
        order.append('releasing')
        lock.release()
        finished.acquire()
        self.assertEqual(order, ['releasing', 'acquired'])

    def test_context_manager(self):
        lock = thread.allocate_lock()
        self.assertEqual(lock.__enter__(), True)
        self.assertEqual(lock.locked(), True)
        lock.__exit__(None, None, None)
        self.assertEqual(lock.locked(), False)

    def test_bad_arguments(self):
        lock = thread.allocate_lock()
        self.assertRaises(TypeError, lock.acquire, 'x')
        self.assertRaises(TypeError, lock.acquire, 1, 2)
        self.assertRaises(TypeError, lock.release, 1)
        self.assertRaises(TypeError, lock.locked, 1)
        self.assertRaises(TypeError, thread.allocate_lock, 1)

    def test_lock_freed_while_held(self):
        lock = thread.allocate_lock()
        lock.acquire()
        del lock   # must not crash or hang


class ModuleTests(unittest.TestCase):

    def test_error(self):
        self.assert_(issubclass(thread.error, Exception))
        self.assertEqual(thread.error.__name__, 'error')
        self.assertEqual(thread.error.__module__, 'thread')

    def test_get_ident(self):
        me = thread.get_ident()
        self.assert_(isinstance(me, (int, long)))
        self.assertEqual(me, thread.get_ident())
        self.assertNotEqual(me, 0)
        other = []
        done = thread.allocate_lock()
        done.acquire()
        def f():
            other.append(thread.get_ident())
            done.release()
        thread.start_new_thread(f, ())
        done.acquire()
        self.assertNotEqual(other[0], me)

    def test_start_new_thread_arguments(self):
        results = []
        done = thread.allocate_lock()
        done.acquire()
        def f(a, b, c=None, d=None):
            results.append((a, b, c, d))
            done.release()
        ident = thread.start_new_thread(f, (1, 2), {'d': 4})
        self.assert_(isinstance(ident, (int, long)))
        done.acquire()
        self.assertEqual(results, [(1, 2, None, 4)])
        # start_new is an obsolete synonym
        thread.start_new(f, (5, 6, 7))
        done.acquire()
        self.assertEqual(results[1], (5, 6, 7, None))

    def test_start_new_thread_errors(self):
        self.assertRaises(TypeError, thread.start_new_thread)
        self.assertRaises(TypeError, thread.start_new_thread, len)
        self.assertRaises(TypeError, thread.start_new_thread, 1, ())
        self.assertRaises(TypeError, thread.start_new_thread, len, [])
        self.assertRaises(TypeError, thread.start_new_thread, len, (), [])
        self.assertRaises(TypeError, thread.start_new_thread, len, (), {}, 1)
        try:
            thread.start_new_thread(None, ())
        except TypeError, e:
            self.assertEqual(str(e), 'first arg must be callable')
        try:
            thread.start_new_thread(len, 'abc')
        except TypeError, e:
            self.assertEqual(str(e), '2nd arg must be a tuple')
        try:
            thread.start_new_thread(len, (), ())
        except TypeError, e:
            self.assertEqual(str(e), 'optional 3rd arg must be a dictionary')

    def test_exit(self):
        self.assertRaises(SystemExit, thread.exit)
        self.assertRaises(SystemExit, thread.exit_thread)
        steps = []
        done = thread.allocate_lock()
        done.acquire()
        def f():
            try:
                steps.append(1)
                thread.exit()
                steps.append(2)
            finally:
                done.release()
        saved = sys.stderr
        sys.stderr = err = StringIO.StringIO()
        try:
            thread.start_new_thread(f, ())
            done.acquire()
            time.sleep(0.05)
        finally:
            sys.stderr = saved
        self.assertEqual(steps, [1])
        # SystemExit ends a thread silently
        self.assertEqual(err.getvalue(), '')

    def test_unhandled_exception_printed(self):
        def boom():
            raise ZeroDivisionError('bad thing in thread')
        saved = sys.stderr
        sys.stderr = err = StringIO.StringIO()
        try:
            thread.start_new_thread(boom, ())
            wait_for(lambda: 'bad thing' in err.getvalue())
            time.sleep(0.05)
        finally:
            sys.stderr = saved
        text = err.getvalue()
        self.assert_(text.startswith('Unhandled exception in thread '
                                     'started by %r\n' % (boom,)), text)
        self.assert_('Traceback (most recent call last):' in text, text)
        self.assert_(text.rstrip().endswith(
            'ZeroDivisionError: bad thing in thread'), text)

    def test_main_thread_survives_thread_errors(self):
        saved = sys.stderr
        sys.stderr = StringIO.StringIO()
        try:
            for i in range(5):
                thread.start_new_thread(lambda: 1 / 0, ())
            time.sleep(0.1)
        finally:
            sys.stderr = saved
        self.assertEqual(1 + 1, 2)

    def test_stack_size(self):
        old = thread.stack_size()
        self.assert_(isinstance(old, (int, long)))
        try:
            self.assertEqual(thread.stack_size(0), old)
            self.assertEqual(thread.stack_size(), 0)
            self.assertRaises(ValueError, thread.stack_size, -1)
            self.assertRaises(ValueError, thread.stack_size, 4096)
            try:
                thread.stack_size(-1)
            except ValueError, e:
                self.assertEqual(str(e), 'size must be 0 or a positive value')
            try:
                thread.stack_size(1000)
            except ValueError, e:
                self.assertEqual(str(e), 'size not valid: 1000 bytes')
            self.assertEqual(thread.stack_size(), 0)
            self.assertEqual(thread.stack_size(1 << 20), 0)
            self.assertEqual(thread.stack_size(1 << 20), 1 << 20)
            # threads still run with the changed size
            done = thread.allocate_lock()
            done.acquire()
            ran = []
            def f():
                ran.append(sum(range(100)))
                done.release()
            thread.start_new_thread(f, ())
            done.acquire()
            self.assertEqual(ran, [4950])
            self.assertEqual(thread.stack_size(0), 1 << 20)
            # as in 2.5, a call without argument also sets the size to 0
            thread.stack_size(1 << 20)
            self.assertEqual(thread.stack_size(), 1 << 20)
            self.assertEqual(thread.stack_size(), 0)
        finally:
            thread.stack_size(old)
        self.assertRaises(TypeError, thread.stack_size, 'x')
        self.assertRaises(TypeError, thread.stack_size, 1, 2)


class ManyThreadsTests(unittest.TestCase):

    NTHREADS = 10
    NLOOPS = 200

    def test_counter(self):
        mutex = thread.allocate_lock()
        done = thread.allocate_lock()
        state = {'count': 0, 'running': self.NTHREADS}
        done.acquire()
        def worker(n):
            for i in range(self.NLOOPS):
                mutex.acquire()
                try:
                    value = state['count']
                    if i % 17 == 0:
                        time.sleep(0)
                    state['count'] = value + 1
                finally:
                    mutex.release()
            mutex.acquire()
            state['running'] -= 1
            last = state['running'] == 0
            mutex.release()
            if last:
                done.release()
        for n in range(self.NTHREADS):
            thread.start_new_thread(worker, (n,))
        done.acquire()
        self.assertEqual(state['count'], self.NTHREADS * self.NLOOPS)

    def test_distinct_idents(self):
        idents = []
        mutex = thread.allocate_lock()
        gate = thread.allocate_lock()
        gate.acquire()
        def worker():
            mutex.acquire()
            idents.append(thread.get_ident())
            mutex.release()
            # stay alive until all have reported, so idents are not reused
            gate.acquire()
            gate.release()
        for i in range(self.NTHREADS):
            thread.start_new_thread(worker, ())
        ok = wait_for(lambda: len(idents) == self.NTHREADS)
        gate.release()
        self.assert_(ok)
        self.assertEqual(len(set(idents)), self.NTHREADS)
        self.failIf(thread.get_ident() in idents)

    def test_lock_handoff_chain(self):
        # each thread waits on its own lock and releases the next one
        n = 8
        locks = [thread.allocate_lock() for i in range(n + 1)]
        for l in locks:
            l.acquire()
        order = []
        def link(i):
            locks[i].acquire()
            order.append(i)
            locks[i + 1].release()
        for i in reversed(range(n)):
            thread.start_new_thread(link, (i,))
        locks[0].release()
        locks[n].acquire()
        self.assertEqual(order, range(n))


def test_main():
    test_support.run_unittest(LockTests, ModuleTests, ManyThreadsTests)

if __name__ == '__main__':
    test_main()
