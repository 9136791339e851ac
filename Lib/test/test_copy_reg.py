"""Tests for copy_reg (2.5 Library Reference, section 3.15)."""

import copy_reg
import pickle
import copy
import unittest
from test import test_support


class C:
    pass


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithSlots(object):
    __slots__ = ('a', '__private', '__dunder__')


class SlotsSub(WithSlots):
    __slots__ = 'b'


class TestCopyReg(unittest.TestCase):

    def test_pickle_registration(self):
        def reduce_point(p):
            return (Point, (p.x * 2, p.y * 2))
        copy_reg.pickle(Point, reduce_point)
        try:
            self.assert_(copy_reg.dispatch_table[Point] is reduce_point)
            for proto in (0, 1, 2):
                p = pickle.loads(pickle.dumps(Point(1, 2), proto))
                self.assertEqual((p.x, p.y), (2, 4))
            self.assertEqual(copy.copy(Point(1, 1)).x, 2)
        finally:
            del copy_reg.dispatch_table[Point]

    def test_pickle_errors(self):
        self.assertRaises(TypeError, copy_reg.pickle, C, lambda c: None)
        self.assertRaises(TypeError, copy_reg.pickle, Point, 'not callable')
        self.assertRaises(TypeError, copy_reg.pickle, Point, lambda p: None,
                          'not callable')
        self.assertRaises(TypeError, copy_reg.constructor, 42)
        copy_reg.constructor(Point)

    def test_complex_registered(self):
        self.assert_(complex in copy_reg.dispatch_table)
        self.assertEqual(copy_reg.dispatch_table[complex](3 + 4j),
                         (complex, (3.0, 4.0)))
        self.assertEqual(pickle.loads(pickle.dumps(1 + 2j)), 1 + 2j)

    def test_extension_registry(self):
        mod, name, code = 'test.test_copy_reg', 'Point', 31415
        self.failIf(code in copy_reg._inverted_registry)
        copy_reg.add_extension(mod, name, code)
        try:
            # registering the same pair again is allowed
            copy_reg.add_extension(mod, name, code)
            self.assertEqual(copy_reg._extension_registry[(mod, name)], code)
            self.assertEqual(copy_reg._inverted_registry[code], (mod, name))
            self.assertRaises(ValueError, copy_reg.add_extension,
                              mod, name, code + 1)
            self.assertRaises(ValueError, copy_reg.add_extension,
                              mod, 'Other', code)
            self.assertRaises(ValueError, copy_reg.remove_extension,
                              mod, name, code + 1)
            self.assertRaises(ValueError, copy_reg.remove_extension,
                              mod, 'Other', code)
            copy_reg._extension_cache[code] = 'cached'
        finally:
            copy_reg.remove_extension(mod, name, code)
        self.failIf((mod, name) in copy_reg._extension_registry)
        self.failIf(code in copy_reg._inverted_registry)
        self.failIf(code in copy_reg._extension_cache)
        for bad in (0, -1, 0x80000000):
            self.assertRaises(ValueError, copy_reg.add_extension,
                              mod, name, bad)
        copy_reg._extension_cache[1] = 'x'
        copy_reg.clear_extension_cache()
        self.assertEqual(copy_reg._extension_cache, {})

    def test_slotnames(self):
        self.assertEqual(copy_reg._slotnames(Point), [])
        self.assertEqual(copy_reg._slotnames(WithSlots),
                         ['a', '_WithSlots__private', '__dunder__'])
        self.assertEqual(sorted(copy_reg._slotnames(SlotsSub)),
                         sorted(['b', 'a', '_WithSlots__private',
                                 '__dunder__']))
        self.assertEqual(WithSlots.__dict__['__slotnames__'],
                         ['a', '_WithSlots__private', '__dunder__'])

    def test_newobj_and_reconstructor(self):
        p = copy_reg.__newobj__(Point)
        self.assert_(type(p) is Point)
        self.failIf(hasattr(p, 'x'))
        class MyInt(int):
            pass
        obj = copy_reg._reconstructor(MyInt, int, 5)
        self.assertEqual(obj, 5)
        self.assert_(type(obj) is MyInt)
        obj = copy_reg._reconstructor(Point, object, None)
        self.assert_(type(obj) is Point)

    def test_reduce_ex_protocols_0_1(self):
        l = MyList([1, 2])
        l.attr = 'a'
        for proto in (0, 1):
            m = pickle.loads(pickle.dumps(l, proto))
            self.assertEqual(type(m), MyList)
            self.assertEqual(m, [1, 2])
            self.assertEqual(m.attr, 'a')

    def test_slots_without_getstate_unpicklable_old_protocols(self):
        s = WithSlots()
        s.a = 1
        self.assertRaises(TypeError, pickle.dumps, s, 0)
        self.assertRaises(TypeError, pickle.dumps, s, 1)
        t = pickle.loads(pickle.dumps(s, 2))
        self.assertEqual(t.a, 1)


class MyList(list):
    pass


def test_main():
    test_support.run_unittest(TestCopyReg)

if __name__ == '__main__':
    test_main()
