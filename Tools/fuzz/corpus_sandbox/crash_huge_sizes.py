import sys
for expr in ["'x' * -1", "'x' * sys.maxint", "[0] * sys.maxint", "(0,) * sys.maxint",
             "range(-sys.maxint - 1, sys.maxint)", "len(xrange(-sys.maxint - 1, sys.maxint))",
             "'abc'.expandtabs(sys.maxint)", "'a\\tb'.expandtabs(sys.maxint)",
             "'x'.ljust(sys.maxint)", "'x'.zfill(sys.maxint)", "'%*s' % (sys.maxint, 'x')",
             "[].insert(-10 ** 30, 1)", "'abc'[10 ** 30:]", "'abc'[-10 ** 30]",
             "u'x' * sys.maxint", "'x'.center(-1)", "' '.join(['x'] * 10) * sys.maxint",
             "1 << sys.maxint", "2 ** sys.maxint", "10 ** 10 ** 10",
             "'%.*f' % (sys.maxint, 1.0)", "chr(256)", "unichr(0x110000)",
             "xrange(0, 10, 0)", "[1, 2, 3][::0]", "'abc'.split('')",
             "str(10 ** 100000)"]:
    try:
        eval(expr)
    except (MemoryError, OverflowError, ValueError, IndexError, TypeError):
        pass
