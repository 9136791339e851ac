class R(object):
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RuntimeError:
    pass
class E(object):
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RuntimeError:
    pass
class H(object):
    def __hash__(self):
        return hash(self)
try:
    hash(H())
except RuntimeError:
    pass
