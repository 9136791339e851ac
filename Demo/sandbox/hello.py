# An untrusted program: it computes, prints, and tries a few things a
# sandbox refuses.  Run it with:  ./python --sandbox Demo/sandbox/hello.py
import math

print "Hello from a sandbox!"
print "sqrt(2) =", math.sqrt(2)
print "sum of squares below 1000:", sum(i * i for i in xrange(1000))

for attempt, action in [
        ("read /etc/passwd", lambda: open('/etc/passwd').read()),
        ("import os", lambda: __import__('os')),
        ("make a code object", lambda: type((lambda: 0).func_code)(
            0, 0, 0, 0, '', (), (), (), '', '', 0, '')),
        ]:
    try:
        action()
        print "%-20s allowed (this should not happen)" % attempt
    except Exception, e:
        print "%-20s refused: %s: %s" % (attempt, type(e).__name__, e)
