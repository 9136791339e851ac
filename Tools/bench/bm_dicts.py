# Dict and set work: building, lookups, counting, membership.
import sys, time

def run(n):
    d = {}
    for i in range(n):
        d['key%d' % (i % 1000)] = d.get('key%d' % (i % 1000), 0) + i
    s = set()
    for i in range(n):
        s.add(i % 3000)
    hits = 0
    for i in range(n):
        if i in s:
            hits += 1
        if ('key%d' % (i % 2000)) in d:
            hits += 1
    inv = dict((v, k) for k, v in d.items())
    return hits + len(inv)

def main(n):
    t = time.time()
    run(n)
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    sys.stdout.write("%.4f\n" % main(n))
