# Tests for traceback objects and the tb_* attributes.
import sys
import unittest
from test import test_support


def fail_at_depth(n):
    if n == 0:
        raise ValueError('bottom')
    fail_at_depth(n - 1)


class TracebackTest(unittest.TestCase):

    def get_tb(self, func, *args):
        try:
            func(*args)
        except Exception:
            return sys.exc_info()[2]
        self.fail('no exception')

    def test_chain(self):
        tb = self.get_tb(fail_at_depth, 2)
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        self.assertEqual(names, ['get_tb', 'fail_at_depth', 'fail_at_depth',
                                 'fail_at_depth'])

    def test_lineno(self):
        tb = self.get_tb(fail_at_depth, 0)
        while tb.tb_next is not None:
            tb = tb.tb_next
        code = fail_at_depth.func_code
        self.assertEqual(tb.tb_lineno, code.co_firstlineno + 2)
        self.assert_(tb.tb_lasti >= 0)

    def test_readonly(self):
        tb = self.get_tb(fail_at_depth, 0)
        self.assertRaises((TypeError, AttributeError), setattr, tb,
                          'tb_lineno', 5)

    def test_type_name(self):
        tb = self.get_tb(fail_at_depth, 0)
        self.assertEqual(type(tb).__name__, 'traceback')

    def test_traceback_module(self):
        import traceback
        tb = self.get_tb(fail_at_depth, 1)
        entries = traceback.extract_tb(tb)
        self.assertEqual(len(entries), 3)
        self.assertEqual(entries[-1][2], 'fail_at_depth')
        self.assertEqual(entries[-1][3], "raise ValueError('bottom')")


def test_main():
    test_support.run_unittest(TracebackTest)

if __name__ == '__main__':
    test_main()
