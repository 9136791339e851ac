d = {}
for i in xrange(200000):
    d = {'k': d}
str(d)
