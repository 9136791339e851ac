# Tests for bool (Python 2.5 semantics).
import unittest
from test import test_support


class BoolTest(unittest.TestCase):

    def test_identity(self):
        self.assert_(bool(1) is True)
        self.assert_(bool(0) is False)
        self.assert_(bool([]) is False)
        self.assert_(bool('x') is True)
        self.assert_(bool() is False)

    def test_repr(self):
        self.assertEqual(repr(True), 'True')
        self.assertEqual(str(False), 'False')

    def test_is_int(self):
        self.assert_(isinstance(True, int))
        self.assert_(issubclass(bool, int))
        self.assertEqual(bool.__bases__, (int,))
        self.assertEqual(True + True, 2)
        self.assertEqual(-True, -1)
        self.assertEqual(~False, -1)
        self.assertEqual(True * 'ab', 'ab')
        self.assertEqual([1, 2, 3][True], 2)

    def test_bitwise_stays_bool(self):
        self.assert_((True & True) is True)
        self.assert_((True | False) is True)
        self.assert_((True ^ True) is False)
        self.assertEqual(type(True & 1), int)
        self.assertEqual(type(1 | True), int)

    def test_hash(self):
        self.assertEqual(hash(True), 1)
        self.assertEqual(hash(False), 0)
        self.assertEqual({True: 'a', 1: 'b'}, {1: 'b'})

    def test_not_subclassable(self):
        def make():
            class B(bool):
                pass
        self.assertRaises(TypeError, make)

    def test_new(self):
        self.assertRaises(TypeError, bool, 1, 2)
        self.assert_(bool.__new__(bool, 5) is True)
        self.assert_(bool.__new__(bool, '') is False)

    def test_formatting(self):
        self.assertEqual('%d %s %r' % (True, True, False), '1 True False')
        self.assertEqual(hex(True), '0x1')


def test_main():
    test_support.run_unittest(BoolTest)

if __name__ == '__main__':
    test_main()
