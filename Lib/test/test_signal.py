"""Tests for the signal module (2.5 Library Reference, section 16.1)."""

import os
import sys
import time
import types
import signal
import thread
import threading
import unittest
from test import test_support


def spin_until(cond, limit=5.0):
    """Run bytecode (so pending handlers get a chance) until cond()."""
    deadline = time.time() + limit
    while not cond() and time.time() < deadline:
        for i in range(200):
            pass
    return cond()


class SignalTestCase(unittest.TestCase):

    def setUp(self):
        self.saved = {}
        for name in ('SIGUSR1', 'SIGUSR2', 'SIGALRM'):
            num = getattr(signal, name)
            self.saved[num] = signal.getsignal(num)
        self.calls = []

    def tearDown(self):
        signal.alarm(0)
        for num, handler in self.saved.items():
            if handler is None:
                handler = signal.SIG_DFL
            signal.signal(num, handler)

    def record(self, signum, frame):
        self.calls.append((signum, frame))

    # -- constants --------------------------------------------------------

    def test_constants(self):
        self.assertEqual(signal.SIG_DFL, 0)
        self.assertEqual(signal.SIG_IGN, 1)
        self.assert_(isinstance(signal.NSIG, int))
        for name in ('SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGABRT',
                     'SIGFPE', 'SIGKILL', 'SIGSEGV', 'SIGPIPE', 'SIGALRM',
                     'SIGTERM', 'SIGUSR1', 'SIGUSR2', 'SIGCHLD'):
            value = getattr(signal, name)
            self.assert_(isinstance(value, int), name)
            self.assert_(0 < value < signal.NSIG, name)
        self.assertEqual(signal.SIGINT, 2)
        self.assertEqual(signal.SIGKILL, 9)
        self.assertEqual(signal.SIGALRM, 14)
        self.assertEqual(signal.SIGTERM, 15)

    def test_functions_present(self):
        for name in ('signal', 'getsignal', 'alarm', 'pause',
                     'default_int_handler'):
            self.assert_(callable(getattr(signal, name)), name)
        # setitimer/siginterrupt/set_wakeup_fd arrived after 2.5
        self.failIf(hasattr(signal, 'setitimer'))

    # -- getsignal / signal ----------------------------------------------

    def test_sigint_default(self):
        # Python installs its own SIGINT handler at start-up
        self.assert_(signal.getsignal(signal.SIGINT) is
                     signal.default_int_handler)

    def test_default_int_handler(self):
        self.assertRaises(KeyboardInterrupt, signal.default_int_handler,
                          signal.SIGINT, None)
        self.assertRaises(KeyboardInterrupt, signal.default_int_handler)

    def test_signal_returns_previous(self):
        signal.signal(signal.SIGUSR1, signal.SIG_DFL)
        self.assertEqual(signal.getsignal(signal.SIGUSR1), signal.SIG_DFL)
        old = signal.signal(signal.SIGUSR1, self.record)
        self.assertEqual(old, signal.SIG_DFL)
        self.assertEqual(signal.getsignal(signal.SIGUSR1), self.record)
        old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
        self.assertEqual(old, self.record)
        self.assertEqual(signal.getsignal(signal.SIGUSR1), signal.SIG_IGN)
        old = signal.signal(signal.SIGUSR1, signal.SIG_DFL)
        self.assertEqual(old, signal.SIG_IGN)

    def test_any_callable_handler(self):
        class Callable(object):
            def __call__(self, signum, frame):
                pass
        c = Callable()
        signal.signal(signal.SIGUSR2, c)
        self.assert_(signal.getsignal(signal.SIGUSR2) is c)
        signal.signal(signal.SIGUSR2, len)
        self.assert_(signal.getsignal(signal.SIGUSR2) is len)

    def test_bad_handler(self):
        for bad in (42, 'handler', None, 2.0, []):
            self.assertRaises(TypeError, signal.signal, signal.SIGUSR1, bad)
        try:
            signal.signal(signal.SIGUSR1, 'x')
        except TypeError, e:
            self.assertEqual(str(e), 'signal handler must be signal.SIG_IGN,'
                             ' signal.SIG_DFL, or a callable object')

    def test_bad_signal_numbers(self):
        for bad in (0, -1, signal.NSIG, 100000):
            self.assertRaises(ValueError, signal.signal, bad, self.record)
            self.assertRaises(ValueError, signal.getsignal, bad)
        try:
            signal.getsignal(-3)
        except ValueError, e:
            self.assertEqual(str(e), 'signal number out of range')

    def test_uncatchable(self):
        # the OS refuses a handler for SIGKILL
        self.assertRaises(RuntimeError, signal.signal, signal.SIGKILL,
                          self.record)
        self.assertEqual(signal.getsignal(signal.SIGKILL), signal.SIG_DFL)

    def test_argument_errors(self):
        self.assertRaises(TypeError, signal.signal, signal.SIGUSR1)
        self.assertRaises(TypeError, signal.signal)
        self.assertRaises(TypeError, signal.signal, 'SIGUSR1', self.record)
        self.assertRaises(TypeError, signal.getsignal)
        self.assertRaises(TypeError, signal.getsignal, 'x')
        self.assertRaises(TypeError, signal.alarm)
        self.assertRaises(TypeError, signal.alarm, 'x')
        self.assertRaises(TypeError, signal.pause, 1)

    # -- delivery ---------------------------------------------------------

    def test_kill_delivers_to_handler(self):
        signal.signal(signal.SIGUSR1, self.record)
        os.kill(os.getpid(), signal.SIGUSR1)
        self.assert_(spin_until(lambda: self.calls))
        self.assertEqual(len(self.calls), 1)
        signum, frame = self.calls[0]
        self.assertEqual(signum, signal.SIGUSR1)
        self.assert_(isinstance(frame, types.FrameType))

    def test_handler_frame_is_current_code(self):
        frames = []
        def handler(signum, frame):
            frames.append(frame)
        signal.signal(signal.SIGUSR2, handler)
        os.kill(os.getpid(), signal.SIGUSR2)
        self.assert_(spin_until(lambda: frames))
        # the interrupted frame belongs to this module's code
        names = []
        f = frames[0]
        while f is not None:
            names.append(f.f_code.co_filename)
            f = f.f_back
        here = __file__.rstrip('co')
        self.assert_([n for n in names if n.rstrip('co') == here], names)

    def test_handler_exception_propagates(self):
        def handler(signum, frame):
            raise ZeroDivisionError('from the handler')
        signal.signal(signal.SIGUSR1, handler)
        def run():
            os.kill(os.getpid(), signal.SIGUSR1)
            spin_until(lambda: False, 2.0)
        self.assertRaises(ZeroDivisionError, run)

    def test_ignored_signal(self):
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
        os.kill(os.getpid(), signal.SIGUSR1)
        spin_until(lambda: False, 0.05)
        # still alive, nothing recorded
        self.assertEqual(self.calls, [])

    def test_replaced_handler(self):
        signal.signal(signal.SIGUSR1, self.record)
        other = []
        signal.signal(signal.SIGUSR1, lambda n, f: other.append(n))
        os.kill(os.getpid(), signal.SIGUSR1)
        self.assert_(spin_until(lambda: other))
        self.assertEqual(other, [signal.SIGUSR1])
        self.assertEqual(self.calls, [])

    def test_alarm(self):
        signal.signal(signal.SIGALRM, self.record)
        self.assertEqual(signal.alarm(0), 0)
        self.assertEqual(signal.alarm(1), 0)
        self.assert_(spin_until(lambda: self.calls))
        self.assertEqual(self.calls[0][0], signal.SIGALRM)
        self.assert_(isinstance(self.calls[0][1], types.FrameType))

    def test_alarm_returns_remaining(self):
        signal.signal(signal.SIGALRM, self.record)
        signal.alarm(30)
        left = signal.alarm(0)
        self.assert_(29 <= left <= 30, left)
        self.assertEqual(signal.alarm(0), 0)
        self.assertEqual(self.calls, [])

    def test_pause(self):
        if threading.activeCount() != 1:
            # with other threads the signal may not interrupt pause()
            return
        signal.signal(signal.SIGALRM, self.record)
        signal.alarm(1)
        self.assertEqual(signal.pause(), None)
        self.assertEqual(len(self.calls), 1)
        self.assertEqual(self.calls[0][0], signal.SIGALRM)

    # -- threads ----------------------------------------------------------

    def test_signal_only_in_main_thread(self):
        results = []
        done = thread.allocate_lock()
        done.acquire()
        def worker():
            try:
                try:
                    signal.signal(signal.SIGUSR1, self.record)
                except ValueError, e:
                    results.append(str(e))
                # reading the handler is allowed from any thread
                results.append(signal.getsignal(signal.SIGINT))
            finally:
                done.release()
        thread.start_new_thread(worker, ())
        done.acquire()
        self.assertEqual(results, ['signal only works in main thread',
                                   signal.default_int_handler])

    def test_handler_runs_in_main_thread(self):
        idents = []
        def handler(signum, frame):
            idents.append(thread.get_ident())
        signal.signal(signal.SIGUSR2, handler)
        done = thread.allocate_lock()
        done.acquire()
        def worker():
            try:
                os.kill(os.getpid(), signal.SIGUSR2)
            finally:
                done.release()
        thread.start_new_thread(worker, ())
        done.acquire()
        self.assert_(spin_until(lambda: idents))
        self.assertEqual(idents, [thread.get_ident()])


def test_main():
    if sys.platform[:3] in ('win', 'os2'):
        raise test_support.TestSkipped("signals not tested on %s"
                                       % sys.platform)
    test_support.run_unittest(SignalTestCase)

if __name__ == '__main__':
    test_main()
