def r(n):
    return r(n + 1)
try:
    r(0)
except RuntimeError, e:
    print e
try:
    x = 'a' * (1 << 30)
except MemoryError:
    pass
l = []
try:
    while 1:
        l.append('x' * 4096)
except MemoryError:
    l = None
try:
    while 1:
        pass
except:
    pass
