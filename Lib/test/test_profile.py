import unittest
import os
import sys
import StringIO
from test import test_support

import profile
import pstats
import cProfile


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def caller():
    total = 0
    for i in range(3):
        total += len([i] * i)
    return fib(4) + total


def _key_named(stats, name):
    for key in stats:
        if key[2] == name:
            return key
    raise KeyError(name)


class ProfileTest(unittest.TestCase):

    profiler = profile.Profile

    def collect(self):
        prof = self.profiler()
        result = prof.runcall(caller)
        self.assertEqual(result, 3 + 3)
        prof.create_stats()
        return prof.stats

    def test_call_counts(self):
        stats = self.collect()
        cc, nc, tt, ct, callers = stats[_key_named(stats, 'fib')]
        # fib(4) makes 9 calls, one of them not recursive
        self.assertEqual(nc, 9)
        self.assertEqual(cc, 1)
        self.assert_(ct >= 0 and tt >= 0)
        key = _key_named(stats, 'caller')
        self.assertEqual(stats[key][:2], (1, 1))
        self.assert_(key in callers)
        self.assert_(_key_named(stats, 'fib') in callers)

    def test_builtins_are_counted(self):
        stats = self.collect()
        names = [key[2] for key in stats]
        self.assert_('len' in names or '<len>' in names, names)

    def test_run_report(self):
        out = StringIO.StringIO()
        saved = sys.stdout
        sys.stdout = out
        try:
            self.module.runctx('fib(3)', globals(), {})
        finally:
            sys.stdout = saved
        text = out.getvalue()
        self.assert_('function calls' in text)
        self.assert_('   ncalls  tottime  percall  cumtime  percall '
                     'filename:lineno(function)' in text)
        self.assert_('5/1' in text)     # fib(3): 5 calls, 1 primitive

    def test_dump_and_load(self):
        prof = self.profiler()
        prof.runcall(fib, 5)
        try:
            prof.dump_stats(test_support.TESTFN)
            stats = pstats.Stats(test_support.TESTFN)
            self.assertEqual(stats.stats[_key_named(stats.stats,
                                                    'fib')][1], 15)
            self.assert_(stats.total_calls >= 15)
        finally:
            test_support.unlink(test_support.TESTFN)

    module = profile


class CProfileTest(ProfileTest):
    profiler = cProfile.Profile
    module = cProfile

    def test_enable_disable(self):
        prof = cProfile.Profile()
        prof.enable()
        fib(3)
        prof.disable()
        fib(10)         # not profiled
        prof.create_stats()
        self.assertEqual(prof.stats[_key_named(prof.stats, 'fib')][1], 5)


class PstatsTest(unittest.TestCase):

    def make(self):
        prof = profile.Profile()
        prof.runcall(caller)
        return pstats.Stats(prof, stream=StringIO.StringIO())

    def test_sort_and_print(self):
        stats = self.make()
        stats.strip_dirs().sort_stats('calls')
        self.assertEqual(stats.fcn_list[0][2], 'fib')
        stats.sort_stats('cumulative', 'name')
        self.assertEqual(stats.sort_type, 'cumulative time, function name')
        stats.sort_stats(-1)
        self.assertEqual(stats.sort_type, 'standard name')
        stats.print_stats(2)
        text = stats.stream.getvalue()
        self.assert_('Ordered by: standard name' in text)
        self.assert_('List reduced from' in text)
        stats.print_stats('fib')
        stats.print_callers('fib')
        stats.print_callees('caller')

    def test_strip_dirs(self):
        stats = self.make().strip_dirs()
        for filename, line, name in stats.stats:
            self.assertEqual(os.path.basename(filename), filename)

    def test_add(self):
        a = self.make()
        b = self.make()
        calls = a.total_calls
        a.add(b)
        self.assertEqual(a.total_calls, 2 * calls)
        key = _key_named(a.stats, 'fib')
        self.assertEqual(a.stats[key][1], 18)

    def test_abbreviations(self):
        stats = self.make()
        stats.sort_stats('cum')
        self.assertEqual(stats.sort_type, 'cumulative time')
        self.assertRaises(KeyError, stats.sort_stats, 'c')   # ambiguous


def test_main():
    test_support.run_unittest(ProfileTest, CProfileTest, PstatsTest)


if __name__ == '__main__':
    test_main()
