l = range(1000)
def key(x):
    del l[:]
    l.extend(range(10))
    return -x
try:
    l.sort(key=key)
except ValueError:
    pass
def cmp_(a, b):
    l.append(a)
    return cmp(a, b)
l = range(100)
try:
    l.sort(cmp_)
except ValueError:
    pass
