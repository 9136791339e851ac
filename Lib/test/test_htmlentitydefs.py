# htmlentitydefs: the HTML 4.01 entity tables.
import unittest
from test import test_support

import htmlentitydefs


class EntityTests(unittest.TestCase):
    def test_sizes(self):
        self.assertEqual(len(htmlentitydefs.name2codepoint), 252)
        self.assertEqual(len(htmlentitydefs.codepoint2name), 252)
        self.assertEqual(len(htmlentitydefs.entitydefs), 252)

    def test_values(self):
        n2c = htmlentitydefs.name2codepoint
        self.assertEqual(n2c["amp"], 38)
        self.assertEqual(n2c["nbsp"], 160)
        self.assertEqual(n2c["eacute"], 233)
        self.assertEqual(n2c["euro"], 8364)
        self.assertEqual(n2c["Alpha"], 913)
        self.assertEqual(n2c["hellip"], 8230)
        self.assertEqual(n2c["diams"], 9830)
        self.assertEqual(htmlentitydefs.codepoint2name[34], "quot")
        self.assertEqual(htmlentitydefs.codepoint2name[8364], "euro")

    def test_entitydefs(self):
        defs = htmlentitydefs.entitydefs
        self.assertEqual(defs["lt"], "<")
        self.assertEqual(defs["copy"], "\xa9")
        self.assertEqual(defs["euro"], "&#8364;")
        self.assertEqual(defs["Omega"], "&#937;")

    def test_inverse(self):
        for name, cp in htmlentitydefs.name2codepoint.items():
            self.assertEqual(htmlentitydefs.codepoint2name[cp], name)


def test_main():
    test_support.run_unittest(EntityTests)

if __name__ == "__main__":
    test_main()
