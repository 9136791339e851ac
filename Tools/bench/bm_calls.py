# Integer work and function/method calls, in the style of the classic
# Dhrystone-derived benchmarks (records, small functions, loops).
# Written in the common subset of Python 2.5 and 3.
import sys, time

class Record(object):
    __slots__ = ('next', 'kind', 'count', 'value', 'name')
    def __init__(self, next=None, kind=0, count=0, value=0, name=''):
        self.next = next
        self.kind = kind
        self.count = count
        self.value = value
        self.name = name
    def copy(self):
        return Record(self.next, self.kind, self.count, self.value, self.name)

def classify(n):
    if n % 3 == 0:
        return 1
    elif n % 3 == 1:
        return 2
    return 3

def accumulate(rec, n):
    rec.count = rec.count + n
    rec.value = (rec.value * 31 + n) & 0xffff
    return rec.value

def work(loops):
    head = Record(None, 0, 0, 0, 'head')
    node = Record(head, 1, 0, 0, 'node')
    table = [0] * 50
    total = 0
    for i in range(loops):
        kind = classify(i)
        node.kind = kind
        total += accumulate(node, kind)
        table[i % 50] = table[(i + 7) % 50] + kind
        other = node.copy()
        if other.kind == kind:
            total += other.count & 7
        s = node.name + str(kind)
        if s[-1] == '2':
            total -= 1
    return total + sum(table)

def main(n):
    t = time.time()
    work(n)
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    sys.stdout.write("%.4f\n" % main(n))
