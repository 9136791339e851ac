"""Small-object life cycles: ints, floats, lists and list iterators made
and freed over and over, and the allocator pools behind them.

What must not change however these paths are made faster: values and
identities of reused objects, the small-int cache (-5..256, as in
Python 2.5), collector tracking of reused containers, and the memory
account of a sandbox: every block charged when made and credited when
freed, a limit met at exactly the same point whatever was freed
before, nothing left behind when a sandbox is closed."""

import gc
import unittest
import weakref
from test import test_support

import interpreter
from interpreter import Interpreter, MemoryLimitError


class SmallInts(unittest.TestCase):

    def test_cached_range(self):
        # int() of a string makes the object afresh: only the cached
        # range gives the same object twice.
        for i in range(-5, 257):
            self.failUnless(int(str(i)) is int(str(i)), i)
            self.failUnless(int(str(i)) is i, i)
        self.failUnless(int('5') is 5)

    def test_outside_the_range(self):
        for i in (-7, -6, 257, 258, 1000, -1000, 2 ** 31, -2 ** 31):
            a, b = int(str(i)), int(str(i))
            self.assertEqual(a, b)
            self.failIf(a is b, i)

    def test_arithmetic_results(self):
        for i in range(-5, 257):
            self.failUnless((i + 1) - 1 is int(str(i)), i)
            self.failUnless(i * 1 is int(str(i)), i)
        big = 256
        self.failIf(big + 1 is int('257'))
        self.assertEqual(big + 1, 257)

    def test_extremes(self):
        import sys
        for v in (sys.maxint, -sys.maxint - 1, sys.maxint - 1):
            self.assertEqual(int(str(v)), v)
            self.assertEqual(type(int(str(v))), int)
        self.assertEqual(type(sys.maxint + 1), long)


class Reuse(unittest.TestCase):

    def test_int_values_across_reuse(self):
        for rnd in range(5):
            base = 1000 + rnd * 100000
            made = [int(str(base + i)) for i in range(3000)]
            self.assertEqual(made, range(base, base + 3000))
            ids = {}
            for o in made:
                ids[id(o)] = 1
            self.assertEqual(len(ids), 3000)
            del made, ids
        # Interleaved making and freeing.
        keep = []
        for i in range(5000):
            x = i * 1001
            if i % 3 == 0:
                keep.append(x)
        self.assertEqual(keep, [i * 1001 for i in range(0, 5000, 3)])

    def test_float_values_across_reuse(self):
        for rnd in range(5):
            made = [float(i) / 7 + rnd for i in range(3000)]
            for i in range(3000):
                self.assertEqual(made[i], float(i) / 7 + rnd)
                self.assertEqual(type(made[i]), float)
            del made
        keep = []
        for i in range(5000):
            y = i * 0.25
            if i % 7 == 0:
                keep.append(y)
        self.assertEqual(keep, [i * 0.25 for i in range(0, 5000, 7)])

    def test_subclasses_are_not_reused_as_plain_objects(self):
        class I(int):
            pass
        class F(float):
            pass
        class L(list):
            pass
        for rnd in range(3):
            objs = ([I(1000 + i) for i in range(600)] +
                    [F(i + 0.5) for i in range(600)] +
                    [L([i]) for i in range(600)])
            for o in objs:
                o.tag = rnd
            del objs
            ints = [int(str(2000 + i)) for i in range(600)]
            floats = [float(str(i + 0.25)) for i in range(600)]
            lists = [[i] for i in range(600)]
            for i in range(600):
                self.failUnless(type(ints[i]) is int)
                self.failUnless(type(floats[i]) is float)
                self.failUnless(type(lists[i]) is list)
                self.assertEqual(ints[i], 2000 + i)
                self.assertEqual(floats[i], i + 0.25)
                self.assertEqual(lists[i], [i])
                self.failIf(hasattr(lists[i], 'tag'))

    def test_reused_lists_start_empty_and_correct(self):
        for rnd in range(4):
            junk = [range(i % 7) for i in range(500)]
            del junk
            for n in range(10):
                l = range(n)
                self.assertEqual(len(l), n)
                self.assertEqual(l, [i for i in range(n)])
                self.assertEqual([], list())
                self.assertEqual([None] * n, [None for i in range(n)])
            e = []
            self.assertEqual(len(e), 0)
            e.append(rnd)
            self.assertEqual(e, [rnd])

    def test_reused_lists_are_tracked(self):
        # A cycle through a list taken from the spares must be found by
        # the collector.
        class Node(object):
            pass
        for rnd in range(3):
            junk = [[i] for i in range(200)]
            del junk
            refs = []
            for i in range(50):
                n = Node()
                l = [n]
                n.back = l
                refs.append(weakref.ref(n))
                del n, l
            gc.collect()
            self.assertEqual([r() for r in refs], [None] * 50)

    def test_list_iterators(self):
        data = [1, 2, 3]
        for rnd in range(50):
            out = []
            for x in data:
                for y in [10, 20]:
                    out.append(x * y)
            self.assertEqual(out, [10, 20, 20, 40, 30, 60])
        it = iter(data)
        self.assertEqual(list(it), data)
        self.assertEqual(list(it), [])
        # a fresh iterator after an exhausted one starts at the start
        self.assertEqual(list(iter(data)), data)
        self.assertEqual(list(reversed(data)), [3, 2, 1])
        its = [iter([i, i + 1]) for i in range(20)]
        self.assertEqual([i.next() for i in its], range(20))
        del its
        self.assertEqual([x for x in iter([7, 8, 9])], [7, 8, 9])
        # an iterator keeps its list alive, and lets it go when done
        class L(list):
            pass
        l = L([1, 2])
        r = weakref.ref(l)
        it = iter(l)
        del l
        self.failIf(r() is None)
        self.assertEqual(list(it), [1, 2])
        del it
        self.failUnless(r() is None)


def run(src, limit=1 << 20, **values):
    sb = Interpreter(memory_limit=limit)
    try:
        for k, v in values.items():
            sb.set(k, v)
        sb.execute(src)
        return sb
    except:
        sb.close()
        raise


class SandboxAccounting(unittest.TestCase):

    def test_churn_is_charged_and_credited(self):
        sb = run("import sys\n"
                 "def used():\n"
                 "    return sys.info.memory_used\n"
                 "base = used()\n"
                 "keep = [i * 1000 for i in xrange(20000)]\n"
                 "keep2 = [i * 0.5 for i in xrange(20000)]\n"
                 "keep3 = [[i] for i in xrange(2000)]\n"
                 "grown = used()\n"
                 "del keep, keep2, keep3\n"
                 "after = used()\n"
                 "for i in xrange(50000):\n"
                 "    x = i * 1000\n"
                 "    y = i * 0.5\n"
                 "    z = [x, y]\n"
                 "    for w in z:\n"
                 "        pass\n"
                 "churned = used()\n", limit=16 << 20)
        try:
            base, grown, after, churned = sb.eval("(base, grown, after, churned)")
            # 20000 ints + 20000 floats of 24 bytes, 2000 lists: well over
            # 1 MB charged while kept...
            self.failUnless(grown - base > 1000000, (base, grown))
            # ...and credited when freed
            self.failUnless(after - base < 16384, (base, after))
            # churn does not build up a charge
            self.failUnless(churned - after < 16384, (after, churned))
        finally:
            sb.close()

    def test_pool_charged_each_time(self):
        # A 40-item tuple is the only block of its size class: each one
        # made charges a pool and each one freed credits it, however the
        # allocator keeps the pool in between.
        sb = run("import sys\n"
                 "diffs = []\n"
                 "back = []\n"
                 "for i in range(30):\n"
                 "    b0 = sys.info.memory_used\n"
                 "    t = (0,) * 40\n"
                 "    b1 = sys.info.memory_used\n"
                 "    t = None\n"
                 "    b2 = sys.info.memory_used\n"
                 "    diffs.append(b1 - b0)\n"
                 "    back.append(b2 - b0)\n")
        try:
            diffs = sb.eval("tuple(diffs)")
            back = sb.eval("tuple(back)")
        finally:
            sb.close()
        self.failUnless(diffs[1] > 0, diffs)
        self.assertEqual(diffs[1:], (diffs[1],) * 29)
        self.assertEqual(back[1:], (0,) * 29)

    def test_free_block_used_before_an_idle_pool(self):
        # Pools of 40-item tuples: P1 full, P2 full, P3 partly used.
        # P2 and P3 are emptied (P3 may be kept, credited), then one block
        # of P1 is freed: the next tuple must take that block, not charge
        # a pool again.
        sb = run("import sys\n"
                 "ts = [None] * 60\n"
                 "marks = []\n"
                 "for i in range(60):\n"
                 "    b = sys.info.memory_used\n"
                 "    ts[i] = (0,) * 40\n"
                 "    if sys.info.memory_used - b >= 4096:\n"
                 "        marks.append(i)\n"
                 "npools = len(marks)\n"
                 "if npools >= 3:\n"
                 "    first, second = marks[0], marks[1]\n"
                 "    for i in range(second, 60):\n"
                 "        ts[i] = None\n"
                 "    ts[first] = None\n"
                 "    b = sys.info.memory_used\n"
                 "    ts[first] = (0,) * 40\n"
                 "    grew = sys.info.memory_used - b\n")
        try:
            if sb.get('npools') < 3:
                # no pools: a build that serves every block with malloc
                # (sanitizers)
                return
            self.assertEqual(sb.get('grew'), 0)
        finally:
            sb.close()

    # The same code whatever is made and freed first (k selects it), so
    # that only that work differs between the runs.
    FILL = ("def before(k):\n"
            "    if k == 1:\n"
            "        t = (0,) * 40\n"
            "        t = None\n"
            "    elif k == 2:\n"
            "        t = (0,) * 40\n"
            "        u = (0,) * 50\n"
            "        u = None\n"
            "        t = None\n"
            "    elif k == 3:\n"
            "        l = [(i, i) for i in range(300)]\n"
            "    elif k == 4:\n"
            "        l = [float(i) for i in range(300)]\n"
            "    elif k == 5:\n"
            "        l = [[i] for i in range(300)]\n"
            "    elif k == 6:\n"
            "        l = [i * 1000 for i in range(300)]\n"
            "before(%d)\n"
            "x = None\n"
            "n = 0\n"
            "while 1:\n"
            "    x = %s\n"
            "    n = n + 1\n")

    def fill_count(self, k, step, limit):
        sb = Interpreter(memory_limit=limit)
        try:
            try:
                sb.execute(self.FILL % (k, step))
            except MemoryLimitError:
                pass
            else:
                self.fail("no MemoryLimitError")
            self.failUnless(sb.memory_peak <= limit)
            return sb.get('n')
        finally:
            sb.close()

    def test_limit_met_at_the_same_point(self):
        # Blocks made and freed before a sandbox fills its limit must not
        # move the point where it fails: a freed pool is credited whether
        # or not the allocator keeps it.
        steps = ["(x, n)", "(x, n * 0.5)", "[x, n * 1000]"]
        self.fill_count(0, "(x, n)", 256 << 10)     # warm up
        for step in steps:
            for limit in (256 << 10, 320 << 10):
                counts = [self.fill_count(k, step, limit) for k in range(7)]
                self.failUnless(counts[0] > 100, counts)
                # (k >= 2 runs leave the sandbox in another state than k
                # = 0 or 1 even when no pool is kept, so they are compared
                # among themselves)
                self.assertEqual(counts[1], counts[0], (step, limit, counts))
                self.assertEqual(counts[2:], [counts[2]] * 5,
                                 (step, limit, counts))

    def test_churn_under_a_tight_limit(self):
        # Making and freeing the same objects must not creep up to the
        # limit.
        sb = Interpreter(memory_limit=192 << 10)
        try:
            sb.execute("for i in xrange(30000):\n"
                       "    x = i * 1000\n"
                       "    y = i * 0.5\n"
                       "    z = [x, y, (x, y)]\n"
                       "    t = (0,) * 40\n"
                       "    for w in z:\n"
                       "        pass\n"
                       "done = True\n")
            self.assertEqual(sb.get('done'), True)
        finally:
            sb.close()

    def test_host_work_is_not_charged_to_a_sandbox(self):
        sb = Interpreter(memory_limit=1 << 20)
        try:
            sb.execute("x = 1")
            before = sb.memory_used
            keep = [i * 1000 for i in xrange(5000)]
            keep2 = [i * 0.5 for i in xrange(5000)]
            keep3 = [[i] for i in xrange(500)]
            self.assertEqual(sb.memory_used, before)
            del keep, keep2, keep3
            for i in xrange(5000):
                y = [i * 1000, i * 0.5]
            self.assertEqual(sb.memory_used, before)
        finally:
            sb.close()
        # and the host's own objects are right with and without it
        self.assertEqual([i * 1000 for i in range(3)], [0, 1000, 2000])

    def test_objects_made_in_a_sandbox_are_right(self):
        sb = run("ints = [i * 1001 for i in range(3000)]\n"
                 "floats = [i * 0.25 for i in range(3000)]\n"
                 "del ints, floats\n"
                 "a = tuple([i * 1001 for i in range(3000)])\n"
                 "b = tuple([i * 0.25 for i in range(3000)])\n"
                 "small = int('5') is 5 and int('256') is 256 and "
                 "int('257') is not int('257')\n", limit=4 << 20)
        try:
            self.assertEqual(sb.get('a'), tuple([i * 1001 for i in range(3000)]))
            self.assertEqual(sb.get('b'), tuple([i * 0.25 for i in range(3000)]))
            self.assertEqual(sb.get('small'), True)
        finally:
            sb.close()

    def test_closed_sandboxes_leave_no_account(self):
        before = interpreter._live_accounts()
        for i in range(100):
            sb = run("for j in range(20):\n"
                     "    t = (0,) * (30 + %d %% 25)\n"
                     "    u = [0.5] * (40 + %d %% 20)\n"
                     "    t = u = None\n" % (i, i))
            sb.close()
        self.assertEqual(interpreter._live_accounts(), before)


def test_main():
    test_support.run_unittest(SmallInts, Reuse, SandboxAccounting)


if __name__ == '__main__':
    test_main()
