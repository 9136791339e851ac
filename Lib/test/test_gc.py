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

    def clean(self):
        # (the test framework itself leaves cycles behind between setUp
        # and the test)
        gc.collect()
        del gc.garbage[:]

    def tearDown(self):
        gc.set_debug(self.debug)
        # Uncollectable cycles come back at every collection once out of
        # gc.garbage: break them.
        for o in gc.garbage:
            if hasattr(o, '__dict__'):
                o.__dict__.clear()
        del gc.garbage[:]
        gc.collect()

    def test_list_cycle_collected(self):
        self.clean()
        l = []
        l.append(l)
        del l
        self.assertEqual(gc.collect(), 1)
        self.assertEqual(gc.garbage, [])

    def test_instance_cycle_collected(self):
        self.clean()
        a = Plain()
        a.a = a
        del a
        # the instance and its __dict__
        self.assertEqual(gc.collect(), 2)
        self.assertEqual(gc.garbage, [])

    def test_finalizer_cycle_goes_to_garbage(self):
        self.clean()
        # Only the object with __del__ is listed; what it reaches stays
        # alive through it.
        c = WithDel()
        c.self = c
        c.payload = [1, 2, 3]
        del c
        gc.collect()
        self.assertEqual(len(gc.garbage), 1)
        self.failUnless(isinstance(gc.garbage[0], WithDel))
        self.assertEqual(gc.garbage[0].payload, [1, 2, 3])

    def test_classic_finalizer_cycle(self):
        self.clean()
        a = ClassicWithDel()
        b = ClassicWithDel()
        a.b = b
        b.a = a
        del a, b
        gc.collect()
        self.assertEqual(len(gc.garbage), 2)

    def test_finalizer_not_in_cycle_runs(self):
        self.clean()
        log = []
        class D(object):
            def __del__(self):
                log.append(1)
        d = D()
        del d
        self.assertEqual(log, [1])
        self.assertEqual(gc.garbage, [])

    def test_saveall(self):
        self.clean()
        gc.set_debug(gc.DEBUG_SAVEALL)
        l = []
        l.append(l)
        del l
        gc.collect()
        self.assertEqual(len(gc.garbage), 1)
        self.failUnless(gc.garbage[0][0] is gc.garbage[0])

    def test_enable_disable(self):
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
        old = gc.get_threshold()
        try:
            gc.set_threshold(100, 5, 5)
            self.assertEqual(gc.get_threshold(), (100, 5, 5))
        finally:
            gc.set_threshold(*old)
        self.assertEqual(len(gc.get_count()), 3)

    def test_referrers_and_referents(self):
        a = [1]
        b = [a]
        self.failUnless(b in gc.get_referrers(a))
        self.failUnless(a in gc.get_referents(b))
        self.failUnless(b in gc.get_objects())

    def test_collect_generation(self):
        self.assertRaises(ValueError, gc.collect, 3)
        self.assertEqual(gc.collect(0) >= 0, True)


def test_main():
    test_support.run_unittest(GC)


if __name__ == '__main__':
    test_main()
