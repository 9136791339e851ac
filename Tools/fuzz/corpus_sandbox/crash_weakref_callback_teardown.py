import weakref
class C(object):
    pass
keep = []
def callback(ref):
    keep.append(C())
    keep.append(weakref.ref(keep[-1], callback))
for i in range(100):
    c = C()
    keep.append(weakref.ref(c, callback))
    keep.append(c)
del c
