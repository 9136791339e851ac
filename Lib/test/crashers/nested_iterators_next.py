# .next() of enumerate(enumerate(...)) or of itertools wrappers nested
# 300000 deep recursed in C to the end of the stack; now RuntimeError.
import itertools
it = iter([1])
for i in xrange(300000):
    it = enumerate(it)
try:
    it.next()
except RuntimeError:
    pass
for wrap in (itertools.chain, lambda i: itertools.ifilter(None, i),
             lambda i: itertools.islice(i, 5), itertools.izip):
    it = iter([1])
    for i in xrange(300000):
        it = wrap(it)
    try:
        it.next()
    except RuntimeError:
        pass
