# Deallocating deque([deque([...])]) 300000 deep recursed in C without
# the trashcan (Modules/collectionsmodule.c deque_dealloc).
import collections
d = None
for i in xrange(300000):
    d = collections.deque([d])
del d
