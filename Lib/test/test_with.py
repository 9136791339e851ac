# Tests for the with statement (from __future__ import with_statement).
from __future__ import with_statement
import unittest
from test import test_support


class Manager(object):
    def __init__(self, swallow=False):
        self.log = []
        self.swallow = swallow
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, t, v, tb):
        self.log.append(('exit', t and t.__name__))
        return self.swallow


class WithTest(unittest.TestCase):

    def test_normal(self):
        m = Manager()
        with m as x:
            self.assert_(x is m)
            m.log.append('body')
        self.assertEqual(m.log, ['enter', 'body', ('exit', None)])

    def test_exception_propagates(self):
        m = Manager()
        def f():
            with m:
                raise KeyError
        self.assertRaises(KeyError, f)
        self.assertEqual(m.log, ['enter', ('exit', 'KeyError')])

    def test_exception_swallowed(self):
        m = Manager(swallow=True)
        with m:
            raise KeyError
        self.assertEqual(m.log, ['enter', ('exit', 'KeyError')])

    def test_return_through_with(self):
        m = Manager()
        def f():
            with m:
                return 5
        self.assertEqual(f(), 5)
        self.assertEqual(m.log, ['enter', ('exit', None)])

    def test_break_continue(self):
        m = Manager()
        for i in range(3):
            with m:
                if i == 0:
                    continue
                break
        self.assertEqual(m.log, ['enter', ('exit', None),
                                 'enter', ('exit', None)])

    def test_exit_raises(self):
        class Bad(object):
            def __enter__(self):
                pass
            def __exit__(self, *a):
                raise ValueError('from exit')
        def f():
            with Bad():
                pass
        self.assertRaises(ValueError, f)

    def test_lock_is_context_manager(self):
        import thread
        lock = thread.allocate_lock()
        with lock:
            self.assert_(lock.locked())
        self.failIf(lock.locked())

    def test_nested(self):
        a, b = Manager(), Manager()
        with a:
            with b:
                pass
        self.assertEqual(a.log, ['enter', ('exit', None)])
        self.assertEqual(b.log, ['enter', ('exit', None)])


def test_main():
    test_support.run_unittest(WithTest)

if __name__ == '__main__':
    test_main()
