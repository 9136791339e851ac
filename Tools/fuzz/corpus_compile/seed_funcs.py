@d1
@d2(1, *a, **k)
def f((a, b), c=lambda: (yield), *d, **e):
    global g
    exec "x" in {}, {}
    print >> f, `a`,
    return [x for x in y if x for y in x]
