# Deallocating partial(partial(...)) 300000 deep recursed in C without the
# trashcan (Modules/_functoolsmodule.c partial_dealloc).
import functools
p = len
for i in xrange(300000):
    p = functools.partial(p)
del p
