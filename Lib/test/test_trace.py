import unittest
import os
import sys
import shutil
import tempfile
import StringIO
from test import test_support

import trace


def traced_function(n):
    total = 0
    for i in range(n):
        total += i
    return total


def outer():
    return traced_function(2)


FIRST = traced_function.func_code.co_firstlineno


class TraceTest(unittest.TestCase):

    def test_count(self):
        tracer = trace.Trace(count=1, trace=0)
        self.assertEqual(tracer.runfunc(traced_function, 3), 3)
        counts = tracer.results().counts
        filename = traced_function.func_code.co_filename
        self.assertEqual(counts[(filename, FIRST + 1)], 1)
        self.assertEqual(counts[(filename, FIRST + 2)], 4)
        self.assertEqual(counts[(filename, FIRST + 3)], 3)
        self.assertEqual(counts[(filename, FIRST + 4)], 1)

    def test_trace_output(self):
        saved = sys.stdout
        sys.stdout = StringIO.StringIO()
        try:
            tracer = trace.Trace(count=0, trace=1)
            tracer.runfunc(traced_function, 1)
            text = sys.stdout.getvalue()
        finally:
            sys.stdout = saved
        self.assert_(' --- modulename: ' in text)
        self.assert_('funcname: traced_function' in text)
        self.assert_('(%d):     total = 0' % (FIRST + 1) in text)

    def test_countfuncs_and_callers(self):
        tracer = trace.Trace(count=0, trace=0, countfuncs=1)
        tracer.runfunc(outer)
        names = [f[2] for f in tracer.results().calledfuncs]
        self.assert_('outer' in names and 'traced_function' in names)
        tracer = trace.Trace(count=0, trace=0, countcallers=1)
        tracer.runfunc(outer)
        pairs = [(a[2], b[2]) for a, b in tracer.results().callers]
        self.assert_(('outer', 'traced_function') in pairs)

    def test_write_results(self):
        d = tempfile.mkdtemp()
        try:
            tracer = trace.Trace(count=1, trace=0)
            tracer.runfunc(traced_function, 2)
            saved = sys.stdout
            sys.stdout = StringIO.StringIO()
            try:
                tracer.results().write_results(show_missing=True,
                                               coverdir=d)
            finally:
                sys.stdout = saved
            covers = [n for n in os.listdir(d) if n.endswith('.cover')]
            self.assertEqual(len(covers), 1)
            lines = open(os.path.join(d, covers[0])).readlines()
            self.assert_(lines[FIRST + 1].startswith('    3: '))
        finally:
            shutil.rmtree(d)

    def test_ignore(self):
        ignore = trace.Ignore(['os'], ['/nonexistent'])
        self.assert_(ignore.names('/x/os.py', 'os'))
        self.assert_(ignore.names('/x/path.py', 'os.path'))
        self.assert_(ignore.names('/nonexistent/m.py', 'm'))
        self.failIf(ignore.names('/x/osx.py', 'osx'))


def test_main():
    test_support.run_unittest(TraceTest)


if __name__ == '__main__':
    test_main()
