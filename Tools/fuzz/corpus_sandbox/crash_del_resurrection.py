keep = []
class Phoenix(object):
    def __del__(self):
        keep.append(self)
for i in range(1000):
    Phoenix()
del keep[:]
class Classic:
    def __del__(self):
        keep.append(self)
for i in range(1000):
    Classic()
