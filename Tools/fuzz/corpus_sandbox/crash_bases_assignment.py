class A(object):
    pass
class B(A):
    pass
for bad in [(B,), (int,), (), (object, object)]:
    try:
        A.__bases__ = bad
    except TypeError:
        pass
class C(object):
    pass
try:
    C.__bases__ = (C,)
except TypeError:
    pass
try:
    object.__class__ = int
except TypeError:
    pass
