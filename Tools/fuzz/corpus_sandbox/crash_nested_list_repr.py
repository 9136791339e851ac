l = []
for i in xrange(200000):
    l = [l]
repr(l)
