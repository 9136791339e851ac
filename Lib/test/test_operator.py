import unittest
import operator
from test import test_support


class Seq(object):
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]


class OperatorTestCase(unittest.TestCase):
    def test_arithmetic(self):
        self.assertEqual(operator.add(3, 4), 7)
        self.assertEqual(operator.sub(5, 2), 3)
        self.assertEqual(operator.mul(5, 2), 10)
        self.assertEqual(operator.div(5, 2), 2)
        self.assertEqual(operator.truediv(5, 2), 2.5)
        self.assertEqual(operator.floordiv(5, 2), 2)
        self.assertEqual(operator.mod(5, 2), 1)
        self.assertEqual(operator.pow(2, 10), 1024)
        self.assertEqual(operator.neg(5), -5)
        self.assertEqual(operator.pos(-5), -5)
        self.assertEqual(operator.abs(-5), 5)
        self.assertEqual(operator.inv(4), -5)
        self.assertEqual(operator.invert(4), -5)
        self.assertEqual(operator.lshift(5, 1), 10)
        self.assertEqual(operator.rshift(5, 1), 2)
        self.assertEqual(operator.and_(0xf, 0xa), 0xa)
        self.assertEqual(operator.or_(0xa, 0x5), 0xf)
        self.assertEqual(operator.xor(0xb, 0xc), 0x7)
        self.assertRaises(TypeError, operator.add)
        self.assertRaises(TypeError, operator.add, 1, 2, 3)
        self.assertRaises(ZeroDivisionError, operator.div, 1, 0)

    def test_aliases(self):
        self.assertEqual(operator.__add__(1, 1), 2)
        self.assert_(operator.__not__(1) is False)
        self.assertEqual(operator.__getitem__([4, 5], 1), 5)
        self.assertEqual(operator.__index__(3), 3)

    def test_truth_and_identity(self):
        self.assert_(operator.truth(5) is True)
        self.assert_(operator.truth([]) is False)
        self.assert_(operator.not_(0) is True)
        self.assert_(operator.is_(None, None))
        self.assert_(operator.is_not(1, None))

    def test_comparisons(self):
        self.assert_(operator.lt(1, 2) is True)
        self.assert_(operator.le(2, 2) is True)
        self.assert_(operator.eq(1, 1.0) is True)
        self.assert_(operator.ne(1, 2) is True)
        self.assert_(operator.gt(1, 2) is False)
        self.assert_(operator.ge(3, 2) is True)

    def test_sequence_ops(self):
        self.assertEqual(operator.concat('ab', 'cd'), 'abcd')
        self.assertRaises(TypeError, operator.concat, 1, 2)
        self.assertEqual(operator.repeat([1], 3), [1, 1, 1])
        self.assert_(operator.contains([1, 2], 2))
        self.assert_(operator.sequenceIncludes('abc', 'b'))
        self.assertEqual(operator.countOf([1, 2, 1], 1), 2)
        self.assertEqual(operator.indexOf([4, 5, 6], 6), 2)
        self.assertRaises(ValueError, operator.indexOf, [1], 2)
        self.assertEqual(operator.getslice(range(6), 1, 3), [1, 2])
        l = [1, 2, 3, 4]
        operator.setitem(l, 0, 'x')
        operator.delitem(l, 1)
        operator.setslice(l, 0, 1, ['a', 'b'])
        operator.delslice(l, 0, 1)
        self.assertEqual(l, ['b', 3, 4])
        self.assertEqual(operator.getitem(Seq('xyz'), 2), 'z')

    def test_inplace(self):
        x = [1]
        self.assert_(operator.iadd(x, [2]) is x)
        self.assertEqual(x, [1, 2])
        self.assert_(operator.iconcat(x, [3]) is x)
        self.assertEqual(operator.irepeat([1], 2), [1, 1])
        self.assertEqual(operator.isub(10, 4), 6)
        self.assertEqual(operator.imul(2, 5), 10)
        self.assertEqual(operator.ipow(2, 3), 8)
        self.assertEqual(operator.ior(1, 2), 3)

    def test_type_predicates(self):
        self.assert_(operator.isCallable(len))
        self.failIf(operator.isCallable(1))
        self.assert_(operator.isSequenceType([]))
        self.failIf(operator.isSequenceType({}))
        self.assert_(operator.isMappingType({}))
        self.assert_(operator.isNumberType(1.5))
        self.failIf(operator.isNumberType('1'))

    def test_index(self):
        self.assertEqual(operator.index(7), 7)
        self.assertEqual(operator.index(7L), 7L)
        self.assertRaises(TypeError, operator.index, 1.5)

    def test_itemgetter(self):
        self.assertEqual(operator.itemgetter(1)('abc'), 'b')
        self.assertEqual(operator.itemgetter(0, 2)('abc'), ('a', 'c'))
        self.assertEqual(operator.itemgetter('k')({'k': 3}), 3)
        self.assertRaises(IndexError, operator.itemgetter(5), [1])
        self.assertRaises(TypeError, operator.itemgetter)
        self.assertRaises(TypeError, operator.itemgetter(1))
        pairs = [('b', 2), ('a', 3), ('c', 1)]
        self.assertEqual(sorted(pairs, key=operator.itemgetter(1)),
                         [('c', 1), ('b', 2), ('a', 3)])

    def test_attrgetter(self):
        self.assertEqual(operator.attrgetter('real')(3j), 0.0)
        self.assertEqual(operator.attrgetter('imag', 'real')(1 + 2j), (2.0, 1.0))
        self.assertRaises(AttributeError, operator.attrgetter('nope'), 1)
        self.assertRaises(TypeError, operator.attrgetter)
        self.assertRaises(TypeError, operator.attrgetter(1), 1)

    def test_2_5_surface(self):
        self.failIf(hasattr(operator, 'methodcaller'))


def test_main():
    test_support.run_unittest(OperatorTestCase)

if __name__ == '__main__':
    test_main()
