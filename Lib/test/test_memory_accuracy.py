"""Accuracy of the per-interpreter memory account: what a sandbox is
charged for a known structure must be what the process really spends on
it (its resident memory grows by the same amount, within 5%).

Each measurement runs in a fresh process, so that memory freed earlier
and reused does not hide the growth.  (Sanitizer builds put every block
in a larger, instrumented malloc chunk, so they are measured by the
valgrind and sanitizer runs for errors, not here for accuracy.)"""

import os
import sys
import unittest
from test import test_support

PYTHON = sys.executable
OUT = test_support.TESTFN + '_acc'

MEASURE = r'''
import interpreter
def rss():
    f = open('/proc/self/statm')
    try:
        return int(f.read().split()[1]) * 4096
    finally:
        f.close()
sb = interpreter.Interpreter(memory_limit=1 << 30)
r0 = rss()
m0 = sb.memory_used
sb.execute(%r)
print sb.memory_used - m0, rss() - r0
sb.close()
'''


CYCLES = r'''
import interpreter
def rss():
    f = open('/proc/self/statm')
    try:
        return int(f.read().split()[1]) * 4096
    finally:
        f.close()
def cycle(n):
    for i in xrange(n):
        sb = interpreter.Interpreter(memory_limit=16 << 20)
        sb.execute("x = [str(i) for i in range(200)]\nclass C(object): pass\n"
                   "y = dict.fromkeys(x)\nz = C()")
        sb.close()
cycle(1000)                 # warm up: caches, arenas, interned names
r0 = rss()
cycle(10000)
print rss() - r0
'''

def run_program(program):
    f = open(OUT + '.py', 'w')
    f.write(program)
    f.close()
    status = os.system("'%s' -E '%s' > '%s' 2>&1" % (PYTHON, OUT + '.py', OUT))
    text = open(OUT).read()
    if status != 0:
        raise AssertionError(text)
    return text


def measure(source):
    f = open(OUT + '.py', 'w')
    f.write(MEASURE % source)
    f.close()
    status = os.system("'%s' -E '%s' > '%s' 2>&1" % (PYTHON, OUT + '.py', OUT))
    text = open(OUT).read()
    if status != 0:
        raise AssertionError(text)
    charged, grown = [int(x) for x in text.split()]
    return charged, grown


class Accuracy(unittest.TestCase):

    def tearDown(self):
        test_support.unlink(OUT)
        test_support.unlink(OUT + '.py')

    def check(self, source, expected=None):
        charged, grown = measure(source)
        self.failUnless(abs(charged - grown) <= grown * 0.05,
                        "%s: charged %d, resident growth %d" % (source, charged, grown))
        if expected is not None:
            self.failUnless(abs(charged - expected) <= expected * 0.05,
                            "%s: charged %d, expected about %d" % (source, charged, expected))

    def test_million_small_ints(self):
        # 10**6 int objects of 24 bytes plus 8 bytes per list slot.
        self.check("l = range(1000, 1001000)", 10 ** 6 * (24 + 8))

    def test_100_mb_string(self):
        self.check("s = 'x' * (100 << 20)", 100 << 20)


class Bounds(unittest.TestCase):

    def tearDown(self):
        test_support.unlink(OUT)
        test_support.unlink(OUT + '.py')

    def test_create_destroy_cycles_leave_rss_flat(self):
        grown = int(run_program(CYCLES))
        # 10,000 sandboxes later the process holds no more than a few
        # pages more than after the first thousand.
        self.failUnless(grown < 2 << 20, grown)


def test_main():
    if not os.path.exists('/proc/self/statm'):
        raise test_support.TestSkipped("needs /proc/self/statm")
    test_support.run_unittest(Accuracy, Bounds)


if __name__ == '__main__':
    test_main()
