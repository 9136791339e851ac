import sys, weakref
class A(object):
    def __del__(self):
        global saved
        saved = self
    def __repr__(self):
        return repr(self.__dict__)
a = A(); a.self = a; a.l = [a, {a: a}]
del a
def g():
    try:
        yield 1
    finally:
        raise ValueError
it = g(); it.next()
w = weakref.ref(A(), lambda r: sys.stdout.write('cb'))
s = set([1, 2]); d = dict.fromkeys(range(10))
for k in d: pass
print ().__class__.__bases__[0].__subclasses__()[:3]
print type(sys.stdout), sys.stdout.write('x')
try: open('/etc/passwd')
except IOError, e: print e
try: __import__('os')
except ImportError, e: print e
print eval('1+1'), compile('x=1', 's', 'exec'), [x for x in iter(lambda: 1, 1)]
exec 'print 42'
