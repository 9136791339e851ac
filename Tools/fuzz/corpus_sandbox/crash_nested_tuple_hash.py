a = ()
for i in xrange(200000):
    a = (a,)
hash(a)
