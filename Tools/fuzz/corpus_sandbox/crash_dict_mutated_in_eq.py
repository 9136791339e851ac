class Evil(object):
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
for i in range(50):
    d[Evil(d)] = i
for i in range(50):
    d.get(Evil(d))
