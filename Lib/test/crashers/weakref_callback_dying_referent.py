# A weakref callback run while the trashcan has put off a deallocation
# called another weakref to the dying object and got it back with a
# count of 0 (freed twice).  PyWeakref_GET_OBJECT reports such a referent
# as gone (Include/weakrefobject.h).
import weakref
class C(object):
    def __init__(self, parent):
        if not parent: return
        wself = weakref.ref(self)
        def cb(wparent): o = wself()
        self.wparent = weakref.ref(parent, cb)
d = weakref.WeakKeyDictionary()
root = c = C(None)
for n in range(100):
    d[c] = c = C(c)
del root
print 'ok'
