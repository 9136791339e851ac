"""The gc module (2.5 Library Reference, section 3.3)."""

import gc
import unittest
import weakref
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


def is_tracked(obj):
    for o in gc.get_objects():
        if o is obj:
            return True
    return False


class Target(object):
    pass


class OldTarget:
    pass


class DictSub(dict):
    pass


class Tracking(unittest.TestCase):
    # Dicts holding nothing that may be tracked, and tuples found by a
    # collection to hold nothing that may be, are left out of the
    # collector's lists.  Every way of storing into a dict must track it
    # again when it gets something that could make a cycle: each test
    # builds a cycle that goes through such a dict, drops it, and checks
    # that gc.collect() frees it (it would not if the dict were left out).

    def setUp(self):
        gc.collect()

    def check_freed(self, make):
        # make(o) returns a container that holds o and is held by o.
        o = Target()
        r = weakref.ref(o)
        o.back = make(o)
        del o
        gc.collect()
        self.failUnless(r() is None)

    def test_new_dicts_untracked(self):
        self.failIf(is_tracked({}))
        self.failIf(is_tracked(dict()))
        self.failIf(is_tracked({'a': 1, 'b': 'x', 'c': 2.5}))
        self.failIf(is_tracked(dict(a=1)))
        self.failIf(is_tracked(dict.fromkeys('abc')))
        self.failIf(is_tracked({}.copy()))
        self.failUnless(is_tracked({'a': []}))
        self.failUnless(is_tracked({1: Target()}))
        self.failUnless(is_tracked(dict(a=[])))
        # dict subclasses are always tracked
        self.failUnless(is_tracked(DictSub()))

    def test_setitem(self):
        def make(o):
            d = {}
            d['o'] = o
            return d
        self.check_freed(make)

    def test_setitem_dict_call(self):
        def make(o):
            d = dict()
            d[1] = 2
            d[2] = o
            return d
        self.check_freed(make)

    def test_key(self):
        def make(o):
            d = {1: 2}
            d[o] = 1
            return d
        self.check_freed(make)

    def test_replace_value(self):
        def make(o):
            d = {'o': 1, 'p': 'x'}
            d['o'] = o
            return d
        self.check_freed(make)

    def test_literal(self):
        self.check_freed(lambda o: {'a': 1, 'o': o})

    def test_kwargs(self):
        self.check_freed(lambda o: dict(a=1, o=o))

    def test_init_from_pairs(self):
        self.check_freed(lambda o: dict([('a', 1), ('o', o)]))

    def test_init_from_mapping(self):
        def make(o):
            return dict({'a': 1, 'o': o})
        self.check_freed(make)

    def test_update(self):
        def make(o):
            d = {'a': 1}
            d.update({'o': o})
            return d
        self.check_freed(make)

    def test_update_kwargs(self):
        def make(o):
            d = dict(a=1)
            d.update(o=o)
            return d
        self.check_freed(make)

    def test_update_pairs(self):
        def make(o):
            d = {}
            d.update([('o', o)])
            return d
        self.check_freed(make)

    def test_copy_of_untracked(self):
        def make(o):
            d = {'a': 1}.copy()
            d['o'] = o
            return d
        self.check_freed(make)

    def test_copy_of_tracked(self):
        def make(o):
            src = {'a': 1, 'o': o}
            return src.copy()
        self.check_freed(make)

    def test_fromkeys(self):
        self.check_freed(lambda o: dict.fromkeys(['x', 'y'], o))

    def test_fromkeys_key(self):
        self.check_freed(lambda o: dict.fromkeys([1, o]))

    def test_setdefault(self):
        def make(o):
            d = {'a': 1}
            d.setdefault('o', o)
            return d
        self.check_freed(make)

    def test_nested_untracked_dict(self):
        # the outer dict must be tracked for the inner one's sake
        def make(o):
            inner = {'a': 1}
            outer = {'inner': inner}
            inner['o'] = o
            return outer
        self.check_freed(make)

    def test_tuple_value(self):
        def make(o):
            d = {'a': (1, 2)}
            d['t'] = (1, o)
            return d
        self.check_freed(make)

    def check_instance_cycle(self, cls, store):
        o = cls()
        o.x = 1
        o.y = 'y'
        r = weakref.ref(o)
        store(o)
        del o
        gc.collect()
        self.failUnless(r() is None)

    def test_attribute_replaced_in_place(self):
        def store(o):
            o.x = o
        self.check_instance_cycle(Target, store)

    def test_attribute_new(self):
        def store(o):
            o.z = o
        self.check_instance_cycle(Target, store)

    def test_setattr(self):
        def store(o):
            setattr(o, 'x', o)
        self.check_instance_cycle(Target, store)

    def test_instance_dict_item(self):
        def store(o):
            o.__dict__['x'] = o
        self.check_instance_cycle(Target, store)

    def test_classic_attribute_replaced(self):
        def store(o):
            o.x = o
        self.check_instance_cycle(OldTarget, store)

    def test_classic_attribute_new(self):
        def store(o):
            o.z = o
        self.check_instance_cycle(OldTarget, store)

    def test_collector_untracks_dict(self):
        d = {}
        d['x'] = []
        self.failUnless(is_tracked(d))
        d['x'] = 1
        gc.collect()
        self.failIf(is_tracked(d))
        d['y'] = []
        self.failUnless(is_tracked(d))
        # and once untracked by a collection, a store still tracks it
        del d['y']
        gc.collect()
        self.failIf(is_tracked(d))
        o = Target()
        r = weakref.ref(o)
        d['o'] = o
        o.back = d
        del o, d
        gc.collect()
        self.failUnless(r() is None)

    def test_collector_untracks_tuples(self):
        t = tuple([1, 'a', 2.5, None])
        u = tuple([t, 3])
        v = tuple([[], 1])
        gc.collect()
        gc.collect()
        self.failIf(is_tracked(t))
        self.failIf(is_tracked(u))
        self.failUnless(is_tracked(v))

    def test_untracked_tuple_in_cycle_through_list(self):
        o = Target()
        r = weakref.ref(o)
        l = [o]
        t = (l, 1, 'x')
        l.append(t)
        del o, l, t
        gc.collect()
        self.failUnless(r() is None)

    def test_dict_holding_untracked_tuple(self):
        # a tuple untracked by a collection does not make a dict tracked
        t = tuple([1, 2])
        gc.collect()
        self.failIf(is_tracked(t))
        d = {}
        d['t'] = t
        self.failIf(is_tracked(d))
        d[t] = 1
        self.failIf(is_tracked(d))

    def test_get_referrers_still_works(self):
        l = [1]
        d = {'l': l}
        self.failUnless(d in gc.get_referrers(l))

    def test_old_garbage_collected_automatically(self):
        # A cycle that reached the oldest generation is freed by the
        # full collections the thresholds start once enough objects have
        # survived since the last one.
        old = gc.get_threshold()
        try:
            gc.set_threshold(700, 10, 10)
            o = Target()
            o.self = o
            r = weakref.ref(o)
            gc.collect()
            del o
            keep = []
            for i in xrange(len(gc.get_objects()) + 150000):
                keep.append([])
                if r() is None:
                    break
            self.failUnless(r() is None)
        finally:
            gc.set_threshold(*old)


def test_main():
    test_support.run_unittest(GC, Tracking)


if __name__ == '__main__':
    test_main()
