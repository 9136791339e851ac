# A key's __eq__, run by the attribute lookup's dict probe, assigns
# __bases__ and so frees the MRO tuple being walked
# (Objects/typeobject.c lookup_along_mro held it borrowed).
class MyKey(object):
    def __hash__(self):
        return hash('mykey')
    def __eq__(self, other):
        X.__bases__ = (Base2,)
        z = []
        for i in range(1000):
            z.append(Base2())
        return False
class Base(object):
    mykey = 'from Base'
class Base2(object):
    mykey = 'from Base2'
X = type('X', (Base,), {MyKey(): 5})
try:
    X.mykey
except AttributeError:
    pass
try:
    X().mykey
except AttributeError:
    pass
