"""Tests for Queue."""

import unittest
from test import test_support

import Queue

try:
    import threading
except ImportError:
    threading = None


class SimpleQueueTest(unittest.TestCase):

    def test_fifo_order(self):
        q = Queue.Queue()
        for i in range(5):
            q.put(i)
        self.assertEqual([q.get() for i in range(5)], range(5))
        self.assertTrue(q.empty())

    def test_sizes(self):
        q = Queue.Queue(2)
        self.assertTrue(q.empty())
        self.assertFalse(q.full())
        q.put('a')
        q.put('b')
        self.assertEqual(q.qsize(), 2)
        self.assertTrue(q.full())
        self.assertRaises(Queue.Full, q.put_nowait, 'c')
        self.assertRaises(Queue.Full, q.put, 'c', False)
        self.assertRaises(Queue.Full, q.put, 'c', True, 0.01)
        self.assertEqual(q.get_nowait(), 'a')
        q.put_nowait('c')
        self.assertEqual(q.get(), 'b')
        self.assertEqual(q.get(), 'c')

    def test_empty_errors(self):
        q = Queue.Queue()
        self.assertRaises(Queue.Empty, q.get_nowait)
        self.assertRaises(Queue.Empty, q.get, False)
        self.assertRaises(Queue.Empty, q.get, True, 0.01)
        self.assertRaises(ValueError, q.get, True, -1)

    def test_unbounded(self):
        q = Queue.Queue(0)
        for i in range(100):
            q.put(i)
        self.assertFalse(q.full())

    def test_task_done(self):
        q = Queue.Queue()
        q.put(1)
        q.put(2)
        self.assertEqual(q.unfinished_tasks, 2)
        q.get()
        q.task_done()
        q.get()
        q.task_done()
        q.join()        # returns at once: everything is done
        self.assertRaises(ValueError, q.task_done)

    def test_subclass_ordering(self):
        class LifoQueue(Queue.Queue):
            def _init(self, maxsize):
                self.maxsize = maxsize
                self.queue = []

            def _put(self, item):
                self.queue.append(item)

            def _get(self):
                return self.queue.pop()
        q = LifoQueue()
        for i in range(3):
            q.put(i)
        self.assertEqual([q.get(), q.get(), q.get()], [2, 1, 0])


class ThreadedQueueTest(unittest.TestCase):

    def test_producer_consumer(self):
        if threading is None:
            return
        q = Queue.Queue(3)
        results = []

        def consumer():
            while 1:
                item = q.get()
                if item is None:
                    q.task_done()
                    break
                results.append(item * 2)
                q.task_done()
        workers = [threading.Thread(target=consumer) for i in range(2)]
        for w in workers:
            w.start()
        for i in range(20):
            q.put(i)
        q.put(None)
        q.put(None)
        q.join()
        for w in workers:
            w.join()
        results.sort()
        self.assertEqual(results, [i * 2 for i in range(20)])

    def test_blocking_get_woken_by_put(self):
        if threading is None:
            return
        q = Queue.Queue()
        t = threading.Timer(0.02, q.put, ('late',))
        t.start()
        self.assertEqual(q.get(True, 5), 'late')
        t.join()


def test_main():
    test_support.run_unittest(SimpleQueueTest, ThreadedQueueTest)

if __name__ == "__main__":
    test_main()
