d = dict.fromkeys(range(100))
try:
    for k in d:
        del d[k]
except RuntimeError:
    pass
s = set(range(100))
try:
    for x in s:
        s.add(x + 1000)
except RuntimeError:
    pass
l = range(10)
for x in l:
    if len(l) < 1000:
        l.append(x)
