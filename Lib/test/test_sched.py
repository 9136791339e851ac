import unittest
from test import test_support

import sched


class FakeClock:
    def __init__(self):
        self.now = 0
        self.sleeps = []
    def time(self):
        return self.now
    def sleep(self, t):
        self.sleeps.append(t)
        self.now = self.now + t


class SchedTest(unittest.TestCase):

    def test_order(self):
        clock = FakeClock()
        s = sched.scheduler(clock.time, clock.sleep)
        done = []
        s.enter(5, 1, done.append, ("five",))
        s.enter(1, 2, done.append, ("one-low",))
        s.enter(1, 1, done.append, ("one-high",))
        s.enterabs(3, 1, done.append, ("three",))
        self.failIf(s.empty())
        s.run()
        self.assertEqual(done, ["one-high", "one-low", "three", "five"])
        self.assert_(s.empty())
        self.assertEqual(clock.now, 5)

    def test_event_and_cancel(self):
        clock = FakeClock()
        s = sched.scheduler(clock.time, clock.sleep)
        done = []
        e1 = s.enter(1, 1, done.append, (1,))
        e2 = s.enter(2, 1, done.append, (2,))
        self.assertEqual(e1, (1, 1, done.append, (1,)))
        s.cancel(e1)
        self.assertRaises(ValueError, s.cancel, e1)
        s.run()
        self.assertEqual(done, [2])

    def test_action_schedules_more(self):
        clock = FakeClock()
        s = sched.scheduler(clock.time, clock.sleep)
        done = []
        def tick(n):
            done.append((clock.now, n))
            if n < 3:
                s.enter(10, 1, tick, (n + 1,))
        s.enter(0, 1, tick, (1,))
        s.run()
        self.assertEqual(done, [(0, 1), (10, 2), (20, 3)])

    def test_exception_leaves_rest(self):
        clock = FakeClock()
        s = sched.scheduler(clock.time, clock.sleep)
        done = []
        def boom():
            raise RuntimeError("boom")
        s.enter(1, 1, boom, ())
        s.enter(2, 1, done.append, ("after",))
        self.assertRaises(RuntimeError, s.run)
        s.run()
        self.assertEqual(done, ["after"])

    def test_zero_delay_after_each_event(self):
        clock = FakeClock()
        s = sched.scheduler(clock.time, clock.sleep)
        s.enter(2, 1, lambda: None, ())
        s.run()
        self.assertEqual(clock.sleeps, [2, 0])


def test_main():
    test_support.run_unittest(SchedTest)

if __name__ == "__main__":
    test_main()
