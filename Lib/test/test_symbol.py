import unittest
from test import test_support

import symbol
import token


class SymbolTest(unittest.TestCase):

    def test_numbers(self):
        self.assertEqual(symbol.single_input, 256)
        self.assertEqual(symbol.file_input, 257)
        self.assertEqual(symbol.eval_input, 258)
        self.assertEqual(symbol.funcdef, 261)
        self.assertEqual(symbol.with_stmt, 296)
        self.assertEqual(symbol.test, 303)
        self.assertEqual(symbol.atom, 317)
        self.assertEqual(symbol.yield_expr, 339)

    def test_sym_name(self):
        self.assertEqual(len(symbol.sym_name), 84)
        for number, name in symbol.sym_name.items():
            self.assertEqual(getattr(symbol, name), number)
            self.assert_(token.ISNONTERMINAL(number))
        numbers = symbol.sym_name.keys()
        numbers.sort()
        self.assertEqual(numbers, range(256, 340))


def test_main():
    test_support.run_unittest(SymbolTest)

if __name__ == "__main__":
    test_main()
