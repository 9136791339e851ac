# List sorting: random, sorted, reversed and keyed data.
import sys, time, random

def main(n):
    random.seed(5)
    data = [random.random() for i in range(n)]
    words = [str(x)[2:8] for x in data]
    t = time.time()
    for i in range(3):
        a = list(data)
        a.sort()
        a.sort()
        a.reverse()
        a.sort()
        b = sorted(words)
        c = sorted(words, key=lambda w: w[::-1])
        d = sorted(data, reverse=True)
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    sys.stdout.write("%.4f\n" % main(n))
