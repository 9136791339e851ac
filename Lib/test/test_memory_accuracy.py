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

# Sandboxes limited to 64 MiB, one after another, each filling its limit
# in a different way; the process's peak resident size (VmHWM, reset
# first through /proc/self/clear_refs) must not grow by much more.
LIMITED_PEAK = r'''
import interpreter
def status(key):
    for line in open('/proc/self/status'):
        if line.startswith(key):
            return int(line.split()[1]) * 1024
progs = [
    "x = []\nwhile 1: x.append(len(x))\n",
    "d = {}\ni = 0\nwhile 1:\n    d[i] = i\n    i += 1\n",
    "l = []\ni = 0\nwhile 1:\n    l.append(('a' * (i % 700), i * 1.5, [i]))\n    i += 1\n",
    "s = 'x'\nwhile 1: s = s + s\n",
    "l = []\nwhile 1: l.append('y' * 3000)\n",
    "l = []\nwhile 1: l.append('z' * 200000)\n",
    "t = ()\nwhile 1: t = (t, t, len(str(t)))\n",
]
base = status('VmRSS')
f = open('/proc/self/clear_refs', 'w')
f.write('5')
f.close()
for rnd in range(2):
    for src in progs:
        sb = interpreter.Interpreter(memory_limit=64 << 20)
        try:
            sb.execute(src)
        except interpreter.MemoryLimitError:
            pass
        sb.close()
print status('VmHWM') - base, status('VmRSS') - base
'''

# Cycles with finalizers are uncollectable in 2.5 (they go to
# gc.garbage); a sandbox's must still be freed when it is torn down.
DEL_CYCLES = r'''
import interpreter
def rss():
    return int(open('/proc/self/statm').read().split()[1]) * 4096
src = """
class A:
    def __del__(self): pass
class B(object):
    def __del__(self): pass
for i in range(200):
    a = A(); b = B(); a.b = b; b.a = a; a.pad = 'x' * 1000 + str(i)
    b.l = range(50)
del a, b
"""
def cycle(n):
    for i in range(n):
        sb = interpreter.Interpreter(memory_limit=16 << 20)
        sb.execute(src)
        sb.close()
cycle(20)
r0 = rss()
cycle(200)
print rss() - r0
'''

# A finalizer that allocates without end when the sandbox is torn down
# must meet the sandbox's memory limit there too.
GREEDY_FINALIZER = r'''
import interpreter
def status(key):
    for line in open('/proc/self/status'):
        if line.startswith(key):
            return int(line.split()[1]) * 1024
base = status('VmRSS')
f = open('/proc/self/clear_refs', 'w')
f.write('5')
f.close()
sb = interpreter.Interpreter(memory_limit=16 << 20, cpu_limit=2)
sb.execute("""
class A:
    def __del__(self):
        l = []
        while 1:
            l.append('x' * 100000)
a = A()
""")
sb.close()
print status('VmHWM') - base
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

    def test_64_mib_sandboxes_keep_rss_near_the_limit(self):
        if not os.access('/proc/self/clear_refs', os.W_OK):
            raise test_support.TestSkipped("needs a writable /proc/self/clear_refs")
        peak, after = [int(x) for x in run_program(LIMITED_PEAK).split()]
        self.failUnless(peak <= 70 << 20, "peak RSS growth %d" % peak)
        # and teardown gives the pages back
        self.failUnless(after <= 4 << 20, "RSS growth after teardown %d" % after)

    def test_finalizer_meets_the_limit_at_teardown(self):
        if not os.access('/proc/self/clear_refs', os.W_OK):
            raise test_support.TestSkipped("needs a writable /proc/self/clear_refs")
        # (the finalizer's MemoryError is reported on stderr first)
        peak = int(run_program(GREEDY_FINALIZER).split()[-1])
        self.failUnless(peak <= 40 << 20, "peak RSS growth %d" % peak)

    def test_finalizer_cycles_freed_at_teardown(self):
        grown = int(run_program(DEL_CYCLES))
        # 200 sandboxes of 200 such cycles (~1.5 KB each) would leak
        # about 60 MB if their cycles outlived them.
        self.failUnless(grown < 2 << 20, grown)


def malloc_only_build():
    # Sanitizer and valgrind builds (-DPy_ALLOC_MALLOC_ONLY) serve every
    # block from an instrumented malloc: resident sizes mean nothing there.
    makefile = os.path.join(os.path.dirname(os.path.abspath(PYTHON)), 'Makefile')
    try:
        f = open(makefile)
    except IOError:
        return False
    try:
        return 'Py_ALLOC_MALLOC_ONLY' in f.read()
    finally:
        f.close()


def test_main():
    if not os.path.exists('/proc/self/statm'):
        raise test_support.TestSkipped("needs /proc/self/statm")
    if malloc_only_build():
        raise test_support.TestSkipped("resident sizes are not measured in malloc-only builds")
    test_support.run_unittest(Accuracy, Bounds)


if __name__ == '__main__':
    test_main()
