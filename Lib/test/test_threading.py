"""Tests for threading (and dummy_thread)."""

import sys
import time
import unittest
from test import test_support

try:
    import thread
except ImportError:
    raise test_support.TestSkipped("no thread module")
import threading
import dummy_thread


class ThreadTests(unittest.TestCase):

    def test_start_and_join(self):
        out = []
        lock = threading.Lock()

        def work(n):
            for i in range(10):
                lock.acquire()
                out.append(n)
                lock.release()
        threads = [threading.Thread(target=work, args=(i,))
                   for i in range(5)]
        for t in threads:
            self.assertFalse(t.isAlive())
            t.start()
        for t in threads:
            t.join()
            self.assertFalse(t.isAlive())
        self.assertEqual(len(out), 50)
        self.assertEqual(sorted(set(out)), range(5))

    def test_run_override_and_names(self):
        class Worker(threading.Thread):
            def run(self):
                self.result = threading.currentThread() is self
        w = Worker(name='w1')
        self.assertEqual(w.getName(), 'w1')
        self.assertTrue('initial' in repr(w))
        w.start()
        w.join()
        self.assertTrue(w.result)
        self.assertTrue('stopped' in repr(w))
        w.setName('w2')
        self.assertEqual(w.getName(), 'w2')

    def test_errors(self):
        t = threading.Thread(target=lambda: None)
        self.assertRaises(AssertionError, t.join)
        t.start()
        self.assertRaises(AssertionError, t.start)
        self.assertRaises(AssertionError, t.setDaemon, True)
        t.join()
        self.assertRaises(AssertionError,
                          threading.currentThread().join)

    def test_daemon_flag(self):
        t = threading.Thread()
        self.assertFalse(t.isDaemon())
        t.setDaemon(True)
        self.assertTrue(t.isDaemon())
        self.assertTrue('daemon' in repr(t))

    def test_enumerate_and_count(self):
        main = threading.currentThread()
        self.assertEqual(main.getName(), 'MainThread')
        self.assertTrue(main in threading.enumerate())
        gate = threading.Event()
        t = threading.Thread(target=gate.wait)
        t.start()
        try:
            self.assertTrue(t in threading.enumerate())
            self.assertTrue(threading.activeCount() >= 2)
        finally:
            gate.set()
            t.join()
        self.assertFalse(t in threading.enumerate())

    def test_join_timeout(self):
        gate = threading.Event()
        t = threading.Thread(target=gate.wait)
        t.start()
        t.join(0.01)
        self.assertTrue(t.isAlive())
        gate.set()
        t.join()
        self.assertFalse(t.isAlive())

    def test_exception_in_thread_is_reported(self):
        from StringIO import StringIO
        saved = sys.stderr
        sys.stderr = buf = StringIO()
        try:
            def boom():
                raise ValueError('boom')
            t = threading.Thread(target=boom, name='B')
            t.start()
            t.join()
        finally:
            sys.stderr = saved
        self.assertTrue('Exception in thread B' in buf.getvalue())
        self.assertTrue('ValueError: boom' in buf.getvalue())


class SyncTests(unittest.TestCase):

    def test_rlock(self):
        r = threading.RLock()
        self.assertTrue(r.acquire())
        self.assertTrue(r.acquire())
        r.release()
        r.release()
        self.assertRaises(RuntimeError, r.release)
        # Another thread cannot take it while we hold it.
        r.acquire()
        got = []
        t = threading.Thread(target=lambda: got.append(r.acquire(0)))
        t.start()
        t.join()
        self.assertEqual(got, [False])
        r.release()

    def test_condition(self):
        cond = threading.Condition()
        items = []
        seen = []

        def consumer():
            cond.acquire()
            while not items:
                cond.wait()
            seen.append(items.pop())
            cond.release()
        t = threading.Thread(target=consumer)
        t.start()
        time.sleep(0.01)
        cond.acquire()
        items.append('x')
        cond.notify()
        cond.release()
        t.join()
        self.assertEqual(seen, ['x'])

    def test_condition_errors_and_timeout(self):
        cond = threading.Condition(threading.Lock())
        self.assertRaises(RuntimeError, cond.wait)
        self.assertRaises(RuntimeError, cond.notify)
        cond.acquire()
        start = time.time()
        cond.wait(0.05)
        self.assertTrue(time.time() - start >= 0.04)
        cond.release()

    def test_semaphores(self):
        s = threading.Semaphore(2)
        self.assertTrue(s.acquire())
        self.assertTrue(s.acquire())
        self.assertFalse(s.acquire(False))
        s.release()
        self.assertTrue(s.acquire(False))
        self.assertRaises(ValueError, threading.Semaphore, -1)
        b = threading.BoundedSemaphore(1)
        b.acquire()
        b.release()
        self.assertRaises(ValueError, b.release)

    def test_event(self):
        e = threading.Event()
        self.assertFalse(e.isSet())
        e.wait(0.01)
        e.set()
        self.assertTrue(e.isSet())
        e.wait()
        e.clear()
        self.assertFalse(e.isSet())

    def test_timer(self):
        fired = []
        t = threading.Timer(0.01, fired.append, ['a'])
        t.start()
        t.join()
        self.assertEqual(fired, ['a'])
        t = threading.Timer(10, fired.append, ['b'])
        t.start()
        t.cancel()
        t.join()
        self.assertEqual(fired, ['a'])

    def test_local(self):
        data = threading.local()
        data.x = 1
        seen = []

        def f():
            seen.append(hasattr(data, 'x'))
            data.x = 2
        t = threading.Thread(target=f)
        t.start()
        t.join()
        self.assertEqual(seen, [False])
        self.assertEqual(data.x, 1)


class DummyThreadTests(unittest.TestCase):

    def test_start_runs_synchronously(self):
        out = []
        dummy_thread.start_new_thread(out.append, (1,))
        self.assertEqual(out, [1])
        self.assertRaises(TypeError, dummy_thread.start_new_thread,
                          out.append, [1])
        self.assertEqual(dummy_thread.get_ident(), -1)

    def test_lock(self):
        lock = dummy_thread.allocate_lock()
        self.assertFalse(lock.locked())
        self.assertTrue(lock.acquire())
        self.assertTrue(lock.locked())
        self.assertFalse(lock.acquire(0))
        lock.release()
        self.assertRaises(dummy_thread.error, lock.release)


class InterruptMainTests(unittest.TestCase):
    def test_interrupt_main(self):
        import thread, time
        def interrupter():
            time.sleep(0.05)
            thread.interrupt_main()
        thread.start_new_thread(interrupter, ())
        try:
            for i in range(500):
                time.sleep(0.01)
        except KeyboardInterrupt:
            pass
        else:
            self.fail("KeyboardInterrupt not raised")


def test_main():
    test_support.run_unittest(ThreadTests, SyncTests, DummyThreadTests, InterruptMainTests)

if __name__ == "__main__":
    test_main()
