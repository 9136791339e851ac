"""Tests for the abstract object layer: operator dispatch, the sequence
and mapping protocols, calling, isinstance/issubclass and iteration."""

import sys
import unittest
from test import test_support


class BinaryDispatchTests(unittest.TestCase):

    def test_messages(self):
        def msg(f):
            try:
                f()
            except TypeError, e:
                return str(e)
            self.fail('no TypeError')
        self.assertEqual(msg(lambda: 1 + 'a'),
                         "unsupported operand type(s) for +: 'int' and 'str'")
        self.assertEqual(msg(lambda: 'a' * 1.5),
                         "can't multiply sequence by non-int of type 'float'")
        self.assertEqual(msg(lambda: [] * []),
                         "can't multiply sequence by non-int of type 'list'")
        self.assertEqual(msg(lambda: 1 ** 'x'),
                         "unsupported operand type(s) for ** or pow(): "
                         "'int' and 'str'")
        self.assertEqual(msg(lambda: divmod('a', 1)),
                         "unsupported operand type(s) for divmod(): "
                         "'str' and 'int'")
        self.assertEqual(msg(lambda: pow(1, 2, 'a')),
                         "unsupported operand type(s) for pow(): "
                         "'int', 'int', 'str'")
        self.assertEqual(msg(lambda: -'a'),
                         "bad operand type for unary -: 'str'")
        self.assertEqual(msg(lambda: ~1.5),
                         "bad operand type for unary ~: 'float'")
        self.assertEqual(msg(lambda: abs('a')),
                         "bad operand type for abs(): 'str'")

    def test_inplace_message(self):
        x = 1
        try:
            x += 'a'
        except TypeError, e:
            self.assertEqual(str(e), "unsupported operand type(s) for +=: "
                             "'int' and 'str'")
        else:
            self.fail('no TypeError')

    def test_subclass_reflected_first(self):
        class A(object):
            def __add__(self, other):
                return 'A.add'
            def __radd__(self, other):
                return 'A.radd'
        class B(A):
            def __radd__(self, other):
                return 'B.radd'
        self.assertEqual(A() + B(), 'B.radd')
        self.assertEqual(B() + A(), 'A.add')

    def test_sequence_fallbacks(self):
        self.assertEqual('ab' + 'c', 'abc')
        self.assertEqual(3 * 'ab', 'ababab')
        self.assertEqual([1] * 2, [1, 1])
        class Idx(object):
            def __index__(self):
                return 2
        self.assertEqual('x' * Idx(), 'xx')
        self.assertRaises(OverflowError, lambda: 'x' * (sys.maxint * 4))

    def test_inplace_sequences(self):
        l = [1]
        m = l
        l += [2]
        self.assert_(l is m)
        l *= 2
        self.assertEqual(m, [1, 2, 1, 2])
        t = (1,)
        u = t
        t += (2,)
        self.assert_(t is not u)

    def test_index_conversion(self):
        class I(object):
            def __index__(self):
                return 1
        self.assertEqual([5, 6][I()], 6)
        self.assertRaises(TypeError, lambda: [1][1.0])
        class Bad(object):
            def __index__(self):
                return 'x'
        self.assertRaises(TypeError, lambda: [1][Bad()])

    def test_int_long_float(self):
        self.assertEqual(int('12'), 12)
        self.assertEqual(int(u'7'), 7)
        self.assertEqual(long('9'), 9L)
        self.assertEqual(float('2.5'), 2.5)
        self.assertRaises(ValueError, int, 'a\0')
        class N(object):
            def __int__(self):
                return 'no'
        self.assertRaises(TypeError, int, N())
        try:
            int([])
        except TypeError, e:
            self.assertEqual(str(e), "int() argument must be a string or a "
                             "number, not 'list'")


class ItemTests(unittest.TestCase):

    def test_messages(self):
        def msg(f):
            try:
                f()
            except TypeError, e:
                return str(e)
            self.fail('no TypeError')
        self.assertEqual(msg(lambda: (5)[0]),
                         "'int' object is unsubscriptable")
        def assign():
            'abc'[0] = 1
        self.assertEqual(msg(assign),
                         "'str' object does not support item assignment")
        def delete():
            del 'abc'[0]
        self.assertEqual(msg(delete),
                         "'str' object doesn't support item deletion")
        self.assertEqual(msg(lambda: len(5)),
                         "object of type 'int' has no len()")

    def test_negative_index_via_sequence_protocol(self):
        class S(object):
            pass
        self.assertEqual((1, 2, 3)[-1], 3)
        self.assertEqual('abc'[-2], 'b')
        self.assertEqual([1, 2, 3][-3:-1], [1, 2])


class CallTests(unittest.TestCase):

    def test_not_callable(self):
        for x, name in ((1, 'int'), ('a', 'str'), (None, 'NoneType')):
            try:
                x()
            except TypeError, e:
                self.assertEqual(str(e), "'%s' object is not callable" % name)
            else:
                self.fail('called a %s' % name)

    def test_recursion_through_call_is_bounded(self):
        class R(object):
            pass
        R.__call__ = R()
        self.assertRaises(RuntimeError, R())


class ContainsIterTests(unittest.TestCase):

    def test_contains_fallbacks(self):
        class WithIter(object):
            def __iter__(self):
                return iter([1, 2])
        class WithGetitem(object):
            def __getitem__(self, i):
                if i > 2:
                    raise IndexError
                return i
        self.assert_(2 in WithIter())
        self.failIf(5 in WithIter())
        self.assert_(1 in WithGetitem())
        self.failIf(9 in WithGetitem())
        try:
            1 in object()
        except TypeError, e:
            self.assertEqual(str(e),
                             "argument of type 'object' is not iterable")
        else:
            self.fail('no TypeError')

    def test_iter(self):
        try:
            iter(5)
        except TypeError, e:
            self.assertEqual(str(e), "'int' object is not iterable")
        else:
            self.fail('no TypeError')
        class BadIter(object):
            def __iter__(self):
                return 5
        self.assertRaises(TypeError, iter, BadIter())

    def test_tuple_list_from_iterables(self):
        def gen(n):
            for i in range(n):
                yield i
        self.assertEqual(tuple(gen(30)), tuple(range(30)))
        self.assertEqual(list(gen(3)), [0, 1, 2])
        self.assertEqual(tuple(xrange(3)), (0, 1, 2))


class IsinstanceTests(unittest.TestCase):

    def test_tuples_and_nesting(self):
        self.assert_(isinstance(1, (str, (list, int))))
        self.failIf(isinstance(1, (str, list)))
        self.assert_(issubclass(bool, (str, int)))

    def test_errors(self):
        try:
            isinstance(1, 1)
        except TypeError, e:
            self.assertEqual(str(e), "isinstance() arg 2 must be a class, "
                             "type, or tuple of classes and types")
        else:
            self.fail('no TypeError')
        try:
            issubclass(1, int)
        except TypeError, e:
            self.assertEqual(str(e), "issubclass() arg 1 must be a class")
        else:
            self.fail('no TypeError')

    def test_bases_and_class_protocol(self):
        class FakeClass(object):
            __bases__ = ()
        class FakeDerived(object):
            def __init__(self, base):
                self.__bases__ = (base,)
        base = FakeClass()
        derived = FakeDerived(base)
        self.assert_(issubclass(derived, base))
        class FakeInstance(object):
            def __init__(self, cls):
                self.__class__ = cls
        # __class__ can't be assigned like that on new-style objects,
        # so use a property instead
        class Proxy(object):
            __class__ = property(lambda self: derived)
        self.assert_(isinstance(Proxy(), base))

    def test_deep_tuple_nesting_is_bounded(self):
        t = int
        for i in range(100000):
            t = (t,)
        self.assertRaises(RuntimeError, isinstance, 1, t)


def test_main():
    test_support.run_unittest(BinaryDispatchTests, ItemTests, CallTests,
                              ContainsIterTests, IsinstanceTests)

if __name__ == '__main__':
    test_main()
