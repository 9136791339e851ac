"""Behaviour that the fast paths of lists, slices, sorting, enumerate and
the number/call dispatch must keep: each test compares the fast case with
an independent computation or with the general (subclass / user-object)
path that gives the same answer by definition."""

import unittest
import sys
import gc
import weakref
from test import test_support


def reference_indices(start, stop, step, length):
    # The documented meaning of a slice, computed independently.
    if step is None:
        step = 1
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step < 0:
        lower, upper = -1, length - 1
    else:
        lower, upper = 0, length

    def clip(v, default):
        if v is None:
            return default
        if v < 0:
            v += length
            if v < lower:
                v = lower
        elif v > upper:
            v = upper
        return v

    if step > 0:
        return clip(start, lower), clip(stop, upper), step
    return clip(start, upper), clip(stop, lower), step


def reference_positions(start, stop, step, length):
    lo, hi, st = reference_indices(start, stop, step, length)
    return range(lo, hi, st)


BOUNDS = [None, 0, 1, 2, 3, 6, 7, 8, 100, -1, -2, -3, -7, -8, -100,
          sys.maxint, -sys.maxint - 1, 2 ** 80, -2 ** 80]
STEPS = [None, 1, 2, 3, 7, 100, -1, -2, -3, -7, -100,
         sys.maxint, -sys.maxint, -sys.maxint - 1, 2 ** 80, -2 ** 80]


class Index(object):
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class SliceTests(unittest.TestCase):

    def test_get_every_sign_and_size(self):
        for n in range(0, 9):
            L = range(100, 100 + n)
            for a in BOUNDS:
                for b in BOUNDS:
                    for c in STEPS:
                        want = [L[i] for i in reference_positions(a, b, c, n)]
                        self.assertEqual(L[a:b:c], want)
                        self.assertEqual(tuple(L)[a:b:c], tuple(want))
                        if c is None:
                            st = 1
                        else:
                            st = max(min(c, sys.maxint), -sys.maxint)
                        self.assertEqual(slice(a, b, c).indices(n)[2], st)

    def test_indices_clip(self):
        for n in (0, 1, 5):
            for a in BOUNDS:
                for b in BOUNDS:
                    for c in (None, 1, 2, -1, -3):
                        lo, hi, st = slice(a, b, c).indices(n)
                        rlo, rhi, rst = reference_indices(a, b, c, n)
                        self.assertEqual((lo, hi, st), (rlo, rhi, rst))

    def test_zero_step(self):
        self.assertRaises(ValueError, lambda: range(5)[::0])
        try:
            range(3)[1:2:0] = []
        except ValueError, e:
            self.assertEqual(str(e), "slice step cannot be zero")
        else:
            self.fail("no ValueError")

    def test_index_objects_and_errors(self):
        L = range(10)
        self.assertEqual(L[Index(2):Index(8):Index(3)], [2, 5])
        self.assertEqual(L[2L:8L:3L], [2, 5])
        self.assertEqual(L[True::2], [1, 3, 5, 7, 9])
        self.assertEqual(L[Index(-1)], 9)
        self.assertRaises(TypeError, lambda: L["a"::2])
        self.assertRaises(TypeError, lambda: L[1.5:])
        self.assertRaises(TypeError, lambda: L["x"])
        try:
            L[::"x"]
        except TypeError, e:
            self.assertEqual(str(e), "slice indices must be integers or "
                             "None or have an __index__ method")
        else:
            self.fail("no TypeError")
        try:
            L[1.0]
        except TypeError, e:
            self.assertEqual(str(e), "list indices must be integers")
        else:
            self.fail("no TypeError")
        self.assertRaises(IndexError, lambda: L[10])
        self.assertRaises(IndexError, lambda: L[-11])
        self.assertEqual(L[-10], 0)

    def test_delete_every_sign_and_size(self):
        for n in range(0, 9):
            for a in BOUNDS:
                for b in BOUNDS:
                    for c in STEPS:
                        L = range(n)
                        gone = reference_positions(a, b, c, n)
                        want = [x for x in L if x not in gone]
                        del L[a:b:c]
                        self.assertEqual(L, want)

    def test_assign_every_sign_and_size(self):
        for n in range(0, 8):
            for a in BOUNDS:
                for b in BOUNDS:
                    for c in STEPS:
                        pos = reference_positions(a, b, c, n)
                        L = range(n)
                        new = range(100, 100 + len(pos))
                        L[a:b:c] = new
                        want = range(n)
                        for p, v in zip(pos, new):
                            want[p] = v
                        self.assertEqual(L, want)
                        # a tuple and an iterator give the same
                        M = range(n)
                        M[a:b:c] = tuple(new)
                        self.assertEqual(M, want)
                        if c not in (None, 1):
                            M = range(n)
                            M[a:b:c] = iter(new)
                            self.assertEqual(M, want)

    def test_extended_size_mismatch(self):
        L = range(10)
        try:
            L[::2] = [1, 2]
        except ValueError, e:
            self.assertEqual(str(e), "attempt to assign sequence of size 2 "
                             "to extended slice of size 5")
        else:
            self.fail("no ValueError")
        self.assertEqual(L, range(10))
        try:
            L[::-3] = range(7)
        except ValueError, e:
            self.assertEqual(str(e), "attempt to assign sequence of size 7 "
                             "to extended slice of size 4")
        else:
            self.fail("no ValueError")
        try:
            L[0:2:2] = [1, 2]
        except ValueError, e:
            self.assertEqual(str(e), "attempt to assign sequence of size 2 "
                             "to extended slice of size 1")
        else:
            self.fail("no ValueError")
        self.assertEqual(L, range(10))
        L[5:5:2] = []
        self.assertEqual(L, range(10))

    def test_simple_assign_lengths(self):
        for n in range(0, 6):
            for lo in range(-1, n + 2):
                for hi in range(-1, n + 2):
                    for k in range(0, 20):
                        L = range(n)
                        L[lo:hi] = range(100, 100 + k)
                        l2 = max(0, min(lo, n)) if lo >= 0 else max(0, lo + n)
                        h2 = hi if hi >= 0 else max(0, hi + n)
                        h2 = min(max(h2, l2), n)
                        want = range(n)[:l2] + range(100, 100 + k) + \
                            range(n)[h2:]
                        self.assertEqual(L, want, (n, lo, hi, k))

    def test_assign_non_sequences(self):
        L = range(5)
        L[1:3] = "ab"
        self.assertEqual(L, [0, 'a', 'b', 3, 4])
        L[1:3] = (x for x in (7, 8, 9))
        self.assertEqual(L, [0, 7, 8, 9, 3, 4])
        try:
            L[1:2] = 5
        except TypeError, e:
            self.assertEqual(str(e), "can only assign an iterable")
        else:
            self.fail("no TypeError")
        try:
            L[::2] = 5
        except TypeError, e:
            self.assertEqual(str(e), "must assign iterable to extended slice")
        else:
            self.fail("no TypeError")

    def test_self_assignment(self):
        a = range(5)
        a[:] = a
        self.assertEqual(a, range(5))
        a = range(5)
        a[1:3] = a
        self.assertEqual(a, [0, 0, 1, 2, 3, 4, 3, 4])
        a = range(5)
        a[::-1] = a
        self.assertEqual(a, [4, 3, 2, 1, 0])
        a = range(6)
        a[::2] = a[1::2]
        self.assertEqual(a, [1, 1, 3, 3, 5, 5])
        a = range(4)
        a[4:] = a
        self.assertEqual(a, [0, 1, 2, 3, 0, 1, 2, 3])
        a = range(4)
        a[:0] = a
        self.assertEqual(a, [0, 1, 2, 3, 0, 1, 2, 3])

    def test_removed_items_released_after_update(self):
        seen = []

        class Watch(object):
            def __init__(self, name):
                self.name = name

            def __del__(self):
                # the list is complete when destructors run
                seen.append((self.name, list(L)))
        L = [Watch("a"), Watch("b"), 1]
        L[0:2] = [5, 6]                 # same length
        self.assertEqual(seen, [("b", [5, 6, 1]), ("a", [5, 6, 1])])
        del seen[:]
        L[:] = [Watch("c"), Watch("d"), 2]
        L[0:2] = [7]                    # shorter
        self.assertEqual(seen, [("d", [7, 2]), ("c", [7, 2])])
        del seen[:]
        L[:] = [Watch("e")]
        L[0:1] = [8, 9, 10]             # longer
        self.assertEqual(seen, [("e", [8, 9, 10])])

    def test_many_removed(self):
        for n in (15, 16, 17, 40):
            L = range(n + 5)
            L[2:2 + n] = ["x"] * n
            self.assertEqual(L, [0, 1] + ["x"] * n + range(n + 2, n + 5))
            L[2:2 + n] = []
            self.assertEqual(L, [0, 1] + range(n + 2, n + 5))

    def test_slice_objects(self):
        s = slice(1, 10, 2)
        self.assertEqual(repr(s), "slice(1, 10, 2)")
        self.assertEqual(s, slice(1, 10, 2))
        self.assertEqual((s.start, s.stop, s.step), (1, 10, 2))
        t = slice(5)
        self.assertEqual((t.start, t.stop, t.step), (None, 5, None))
        for i in range(50):
            u = slice(i, None, -1)
            self.assertEqual(u.start, i)
            self.assertEqual(range(60)[u], range(i, -1, -1))

    def test_slice_cycle_collected(self):
        class C(object):
            pass
        c = C()
        c.s = slice(c, None)
        wr = weakref.ref(c)
        del c
        gc.collect()
        self.assertEqual(wr(), None)
        d = C()
        d.s = slice(1, 2, (d,))
        wr = weakref.ref(d)
        del d
        gc.collect()
        self.assertEqual(wr(), None)


class ListBasicsTests(unittest.TestCase):

    def test_new_lists_are_filled(self):
        for n in range(0, 30):
            L = range(n)
            self.assertEqual(L[:], range(n))
            self.assertEqual(L[::-1], list(reversed(range(n))))
            self.assertEqual(L + L, range(n) + range(n))
            self.assertEqual(L * 3, range(n) + range(n) + range(n))
            self.assertEqual([None] * n, [None for i in range(n)])
            M = L[:]
            M.append(n)
            self.assertEqual(M, range(n + 1))
            del M[:]
            self.assertEqual(M, [])
            M.extend(L)
            self.assertEqual(M, L)

    def test_pop_insert_messages(self):
        try:
            [].pop()
        except IndexError, e:
            self.assertEqual(str(e), "pop from empty list")
        else:
            self.fail("no IndexError")
        try:
            [1].pop(5)
        except IndexError, e:
            self.assertEqual(str(e), "pop index out of range")
        else:
            self.fail("no IndexError")
        self.assertRaises(IndexError, [1].pop, -2)
        self.assertRaises(TypeError, [1].pop, "x")
        self.assertRaises(TypeError, [1].pop, 1, 2)
        self.assertRaises(TypeError, [1].insert, 0)
        self.assertRaises(TypeError, [1].insert, "x", 2)
        L = range(5)
        self.assertEqual(L.pop(0), 0)
        self.assertEqual(L.pop(-1), 4)
        self.assertEqual(L.pop(1L), 2)
        self.assertEqual(L.pop(False), 1)
        self.assertEqual(L, [3])
        L.insert(100, "end")
        L.insert(-100, "start")
        L.insert(1, "one")
        L.insert(-1, "m")
        L.insert(True, "t")
        L.insert(7L, "far")
        self.assertRaises(OverflowError, L.insert, 2L ** 70, "x")
        self.assertEqual(L, ["start", "t", "one", 3, "m", "end", "far"])

    def test_rotation(self):
        L = range(7)
        for i in range(20):
            L.insert(3, L.pop(0))
        M = range(7)
        for i in range(20):
            x = M[0]
            M = M[1:4] + [x] + M[4:]
        self.assertEqual(L, M)


class Logged(object):
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Logged.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "L(%r)" % (self.v,)


class RevInt(int):
    def __lt__(self, other):
        return int(self) > int(other)


class RevStr(str):
    def __lt__(self, other):
        return str(self) > str(other)


class RevFloat(float):
    def __lt__(self, other):
        return float(self) > float(other)


class PlainInt(int):
    pass


class PlainFloat(float):
    pass


class PlainStr(str):
    pass


class CmpOnly(object):
    calls = 0

    def __init__(self, v):
        self.v = v

    def __cmp__(self, other):
        CmpOnly.calls += 1
        return cmp(self.v, other.v)


def lcg(seed, n, mod):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        out.append(seed % mod)
    return out


class SortTests(unittest.TestCase):

    def check_same_as_general(self, data, wrap):
        # exact items take the fast comparisons, subclass items the
        # general rich comparison: both must end in the same order
        # (identity compared, so stability and NaN placement count too)
        fast = list(data)
        fast.sort()
        slow = [wrap(x) for x in data]
        slow.sort()
        self.assertEqual([repr(x) for x in fast],
                         [repr(wrap.__base__(x)) for x in slow])
        # stability: equal items keep their order
        tagged = [(x, i) for i, x in enumerate(data)]
        keyed = sorted(tagged, key=lambda p: p[0])
        for j in range(len(keyed) - 1):
            a, b = keyed[j], keyed[j + 1]
            if not (a[0] < b[0] or b[0] < a[0]):
                self.assert_(a[1] < b[1])

    def test_ints(self):
        for n in (0, 1, 2, 5, 31, 64, 65, 300, 2000):
            data = lcg(n, n, 50) + [sys.maxint, -sys.maxint - 1, 0, -1]
            self.check_same_as_general(data, PlainInt)
            self.assertEqual(sorted(data), sorted(data, cmp=cmp))

    def test_floats(self):
        nan = float("inf") * 0
        for n in (0, 1, 2, 5, 31, 64, 65, 300, 2000):
            data = [x / 7.0 - 3 for x in lcg(n + 1, n, 60)]
            data += [0.0, -0.0, 1e308, -1e308, float("inf"), -float("inf")]
            self.check_same_as_general(data, PlainFloat)
            withnan = data[:]
            withnan[len(data) // 2:len(data) // 2] = [nan, nan]
            self.check_same_as_general(withnan, PlainFloat)

    def test_strs(self):
        alphabet = ["", "a", "ab", "abc", "b", "\x00", "\x00\x00", "a\x00",
                    "\xff", "\x7f", "\x80", "\xfe\xff", "zz"]
        for n in (0, 1, 2, 5, 31, 64, 65, 300, 2000):
            picks = lcg(n + 2, n, len(alphabet))
            data = [alphabet[p] * (1 + p % 3) for p in picks]
            data += ["x" * 40 + c for c in "dcba"]
            data += ["y" * 17, "y" * 16, "y" * 18, "y" * 16 + "\x00"]
            self.check_same_as_general(data, PlainStr)
            self.assertEqual(sorted(data), sorted(data, cmp=cmp))

    def test_mixed_types(self):
        data = [3, 2.5, 1L, 1, 1.0, True, "a", u"b", (1,), None, 2 ** 70,
                -2.5, False, 0, 0.0, 0L]
        for i in range(4):
            got = sorted(data)
            ref = sorted(data, cmp=cmp)
            self.assertEqual([id(x) for x in got], [id(x) for x in ref])
            data = data[3:] + data[:3]
        # equal numbers of different types keep their order
        self.assertEqual([type(x) for x in sorted([1.0, 1, 1L, True])],
                         [float, int, long, bool])

    def test_subclass_overrides_are_called(self):
        data = lcg(7, 200, 1000)
        self.assertEqual(sorted(RevInt(x) for x in data),
                         sorted(data, reverse=True))
        self.assertEqual(sorted(RevFloat(x) for x in data),
                         sorted(data, reverse=True))
        words = [str(x) for x in data]
        self.assertEqual(sorted(RevStr(w) for w in words),
                         sorted(words, reverse=True))
        # one exact int among subclass items: the general comparisons,
        # as with an int subclass in its place
        mixed = [RevInt(x) for x in data] + [500]
        other = [RevInt(x) for x in data] + [PlainInt(500)]
        self.assertEqual(sorted(mixed), sorted(other))
        for first, sub in ((500, RevInt), (0.5, RevFloat), ("m", RevStr)):
            mixed = [first] + [sub(x) for x in data]
            other = [PlainInt(0)] + [sub(x) for x in data]
            other[0] = type(first) is int and PlainInt(first) or \
                type(first) is float and PlainFloat(first) or PlainStr(first)
            self.assertEqual([repr(x) for x in sorted(mixed)],
                             [repr(x) for x in sorted(other)])

    def test_comparisons_observed(self):
        data = lcg(11, 300, 100)
        Logged.log = []
        objs = [Logged(x) for x in data]
        objs.sort()
        self.assertEqual([o.v for o in objs], sorted(data))
        log1 = Logged.log
        # the same keys as exact ints give the same order, and a second
        # run makes the same comparisons in the same order
        Logged.log = []
        objs = [Logged(x) for x in data]
        objs.sort()
        self.assertEqual(Logged.log, log1)
        self.assert_(len(log1) >= len(data) - 1)
        CmpOnly.calls = 0
        objs = [CmpOnly(x) for x in data]
        objs.sort()
        self.assertEqual([o.v for o in objs], sorted(data))
        self.assert_(CmpOnly.calls >= len(data) - 1)

    def test_stability_with_keys(self):
        data = [(x % 7, i) for i, x in enumerate(lcg(3, 500, 1000))]
        got = sorted(data, key=lambda p: p[0])
        self.assertEqual(got, sorted(data))
        got = sorted(data, key=lambda p: p[0], reverse=True)
        want = []
        for k in range(6, -1, -1):
            want += [p for p in data if p[0] == k]
        self.assertEqual(got, want)
        got = sorted(data, key=lambda p: float(p[0]))
        self.assertEqual(got, sorted(data))
        got = sorted(data, key=lambda p: str(p[0]))
        self.assertEqual(got, sorted(data))

    def test_cmp_functions(self):
        data = lcg(5, 100, 30)

        def backwards(a, b):
            return cmp(b, a)

        def backwards_default(a, b, scale=1):
            return scale * cmp(b, a)

        def backwards_star(*args):
            return cmp(args[1], args[0])
        want = sorted(data, reverse=True)
        for f in (backwards, backwards_default, backwards_star,
                  lambda a, b: cmp(b, a)):
            self.assertEqual(sorted(data, cmp=f), want)
        self.assertEqual(sorted(data, cmp=lambda a, b: b - a), want)

        def bad(a, b):
            return "x"
        try:
            sorted(data, cmp=bad)
        except TypeError, e:
            self.assertEqual(str(e), "comparison function must return int")
        else:
            self.fail("no TypeError")
        # only an int will do
        self.assertRaises(TypeError, sorted, data,
                          cmp=lambda a, b: 1L * cmp(a, b))

        def boom(a, b):
            raise KeyError("boom")
        L = list(data)
        self.assertRaises(KeyError, L.sort, boom)
        self.assertEqual(sorted(L), sorted(data))

    def test_key_functions(self):
        data = lcg(9, 100, 1000)
        want = sorted(data, key=lambda x: -x)

        def neg(x):
            return -x

        def neg_default(x, k=-1):
            return k * x

        def neg_star(*a):
            return -a[0]

        class Neg(object):
            def __init__(self, x):
                self.x = x

            def __lt__(self, other):
                return self.x > other.x

            def method(self, x):
                return -x
        for f in (neg, neg_default, neg_star, Neg(0).method, int.__neg__):
            self.assertEqual(sorted(data, key=f), want)
        self.assertEqual(sorted(data, key=Neg), sorted(data, reverse=True))

        def fail(x):
            raise ValueError(x)
        L = list(data)
        self.assertRaises(ValueError, L.sort, key=fail)
        self.assertEqual(L, data)
        self.assertRaises(TypeError, sorted, data, key=lambda: 0)
        self.assertRaises(TypeError, sorted, data, key=lambda a, b: 0)

    def test_recursive_key(self):
        def deep(x):
            return deep(x)
        self.assertRaises(RuntimeError, sorted, [1, 2], key=deep)

    def test_modified_during_sort(self):
        L = range(20)

        def grow(x):
            L.append(x)
            return x
        try:
            L.sort(key=grow)
        except ValueError, e:
            self.assertEqual(str(e), "list modified during sort")
        else:
            self.fail("no ValueError")
        M = lcg(1, 50, 100)

        sizes = []

        def peek(a, b):
            sizes.append(len(M))
            if len(sizes) == 1:
                M.append(0)
            return cmp(a, b)
        self.assertRaises(ValueError, M.sort, peek)
        self.assertEqual(len(M), 50)
        # while sorting the list looks empty
        self.assertEqual(sizes[:2], [0, 1])

    def test_reverse_and_presorted(self):
        for n in (0, 1, 2, 3, 100, 1000):
            up = range(n)
            down = range(n - 1, -1, -1)
            for data in (up, down, up + up, down + down, up + down):
                for wrap in (int, float, str):
                    items = [wrap(x) for x in data]
                    ref = sorted(items, cmp=cmp)
                    self.assertEqual(sorted(items), ref)
                    self.assertEqual(sorted(items, reverse=True),
                                     ref[::-1])


class EnumerateTests(unittest.TestCase):

    def test_pairs(self):
        L = ["a", [1], 3.5, None]
        self.assertEqual(list(enumerate(L)),
                         [(0, "a"), (1, [1]), (2, 3.5), (3, None)])
        kept = []
        for pair in enumerate(L):
            kept.append(pair)
        self.assertEqual(kept, list(enumerate(L)))
        e = enumerate("abc")
        a = e.next()
        b = e.next()
        self.assertEqual((a, b), ((0, "a"), (1, "b")))
        self.assert_(a is not b)
        for i, x in enumerate(L):
            self.assertEqual(L[i], x)

    def test_cycle_through_pair_collected(self):
        class C(object):
            pass
        c = C()
        e = enumerate([1, 2, c])
        e.next()
        gc.collect()        # the pair of ints may be untracked now
        e.next()
        i, x = e.next()     # the same pair, now holding c
        c.keep = e
        wr = weakref.ref(c)
        del c, e, x
        gc.collect()
        self.assertEqual(wr(), None)


class NumberTests(unittest.TestCase):

    def test_power(self):
        self.assertEqual(2 ** 10, 1024)
        self.assertEqual(2 ** -1, 0.5)
        self.assertEqual(10 ** 20, 100000000000000000000L)
        self.assertEqual(2.0 ** 0.5, 2 ** 0.5)
        self.assertEqual(pow(2, 3, 5), 3)
        self.assertRaises(ZeroDivisionError, pow, 0.0, -1)
        self.assertRaises(ValueError, pow, -2.0, 0.5)
        self.assertRaises(TypeError, pow, 2.0, 3, 5)

        class P(float):
            def __pow__(self, other, mod=None):
                return "P"

            def __rpow__(self, other, mod=None):
                return "R"
        self.assertEqual(P(2.0) ** 2.0, "P")
        self.assertEqual(2.0 ** P(2.0), "R")


def test_main():
    test_support.run_unittest(SliceTests, ListBasicsTests, SortTests,
                              EnumerateTests, NumberTests)


if __name__ == "__main__":
    test_main()
