class A(object):
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    A().y
except RuntimeError:
    pass
class B:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    B().y
except RuntimeError:
    pass
