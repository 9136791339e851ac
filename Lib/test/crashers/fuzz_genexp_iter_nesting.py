# Found by Tools/fuzz (deep-input probe of the compile fuzzer): the
# iterable of a generator expression was parsed after the element had
# given its nesting budget back, so "(x for x in (x for x in (..." recursed
# without bound and overflowed the C stack.  It must end in MemoryError
# ("too many nested parentheses") or compile.
for n in (10, 60, 1000, 100000):
    src = '(x for x in ' * n + 'y' + ')' * n
    try:
        compile(src, '<genexp>', 'eval')
    except (MemoryError, RuntimeError, SyntaxError):
        pass
    # the same as a call argument
    src = 'f(x for x in ' * n + 'y' + ')' * n
    try:
        compile(src, '<genexp>', 'eval')
    except (MemoryError, RuntimeError, SyntaxError):
        pass
