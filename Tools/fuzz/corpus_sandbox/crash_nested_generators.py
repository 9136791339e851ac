g = iter([1])
for i in xrange(200000):
    g = (x for x in g)
try:
    list(g)
except RuntimeError:
    pass
