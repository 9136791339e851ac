a = b = ()
for i in xrange(200000):
    a = (a,)
    b = (b,)
a == b
