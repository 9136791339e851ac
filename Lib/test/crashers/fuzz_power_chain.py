# Found by Tools/fuzz (deep-input probe of the compile fuzzer): a long
# chain of right-associative '**' made the parser recurse once per
# operator with no nesting budget, overflowing the C stack.  It must end
# in MemoryError ("too many nested parentheses") or compile.
for n in (10, 500, 1000, 100000):
    src = '**'.join(['2'] * n)
    try:
        compile(src, '<power>', 'eval')
    except (MemoryError, RuntimeError, SyntaxError):
        pass
# -2**-2**-2... mixes the unary and power paths
try:
    compile('**'.join(['-2'] * 100000), '<power>', 'eval')
except (MemoryError, RuntimeError, SyntaxError):
    pass
