"""The gc module (2.5 Library Reference, section 3.3)."""

import gc
import unittest
from test import test_support


class WithDel(object):
    def __del__(self):
        pass


class ClassicWithDel:
    def __del__(self):
        pass


class Plain(object):
    pass


class GC(unittest.TestCase):

    def setUp(self):
        self.debug = gc.get_debug()

    def tearDown(self):
        gc.set_debug(self.debug)
        del gc.garbage[self.before:]
        gc.collect()

    def clean(self):
        # The test framework leaves cycles behind between setUp and the
        # test, and earlier tests may have left uncollectable ones: after
        # this collection those sit in gc.garbage (so later collections
        # do not count them again), and self.before marks where this
        # test's own garbage will start.
        gc.collect()
        self.before = len(gc.garbage)

    def new_garbage(self):
        return gc.garbage[self.before:]

    def test_list_cycle_collected(self):
        self.clean()
        l = []
        l.append(l)
        del l
        self.assertEqual(gc.collect(), 1)
        self.assertEqual(self.new_garbage(), [])

    def test_instance_cycle_collected(self):
        self.clean()
        a = Plain()
        a.a = a
        del a
        # the instance and its __dict__
        self.assertEqual(gc.collect(), 2)
        self.assertEqual(self.new_garbage(), [])

    def test_finalizer_cycle_goes_to_garbage(self):
        # Only the object with __del__ is listed; what it reaches stays
        # alive through it.
        self.clean()
        c = WithDel()
        c.self = c
        c.payload = [1, 2, 3]
        del c
        gc.collect()
        new = self.new_garbage()
        self.assertEqual(len(new), 1)
        self.failUnless(isinstance(new[0], WithDel))
        self.assertEqual(new[0].payload, [1, 2, 3])
        new[0].__dict__.clear()

    def test_classic_finalizer_cycle(self):
        self.clean()
        a = ClassicWithDel()
        b = ClassicWithDel()
        a.b = b
        b.a = a
        del a, b
        gc.collect()
        new = self.new_garbage()
        self.assertEqual(len(new), 2)
        for o in new:
            o.__dict__.clear()

    def test_finalizer_not_in_cycle_runs(self):
        self.clean()
        log = []
        class D(object):
            def __del__(self):
                log.append(1)
        d = D()
        del d
        self.assertEqual(log, [1])
        self.assertEqual(self.new_garbage(), [])

    def test_saveall(self):
        self.clean()
        gc.set_debug(gc.DEBUG_SAVEALL)
        l = []
        l.append(l)
        del l
        gc.collect()
        new = self.new_garbage()
        self.assertEqual(len(new), 1)
        self.failUnless(new[0][0] is new[0])

    def test_enable_disable(self):
        self.clean()
        was = gc.isenabled()
        try:
            gc.disable()
            self.failIf(gc.isenabled())
            gc.enable()
            self.failUnless(gc.isenabled())
        finally:
            if not was:
                gc.disable()

    def test_thresholds(self):
        self.clean()
        old = gc.get_threshold()
        try:
            gc.set_threshold(100, 5, 5)
            self.assertEqual(gc.get_threshold(), (100, 5, 5))
        finally:
            gc.set_threshold(*old)
        self.assertEqual(len(gc.get_count()), 3)

    def test_referrers_and_referents(self):
        self.clean()
        a = [1]
        b = [a]
        self.failUnless(b in gc.get_referrers(a))
        self.failUnless(a in gc.get_referents(b))
        self.failUnless(b in gc.get_objects())

    def test_collect_generation(self):
        self.clean()
        self.assertRaises(ValueError, gc.collect, 3)
        self.assertEqual(gc.collect(0) >= 0, True)


def test_main():
    test_support.run_unittest(GC)


if __name__ == '__main__':
    test_main()
