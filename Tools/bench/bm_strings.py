# String building and methods: join, split, replace, find, formatting.
import sys, time

def run(n):
    words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']
    total = 0
    for i in range(n):
        line = ' '.join(words) + ' %d' % i
        parts = line.split()
        total += len(parts)
        up = line.upper().replace('ALPHA', 'omega')
        total += up.find('OMEGA') + up.count('A')
        s = '%s-%05d-%x' % (parts[1], i, i)
        if s.startswith('beta') and s.endswith('%x' % i):
            total += 1
        total += len(line.strip().lower()[3:-3])
    return total

def main(n):
    t = time.time()
    run(n)
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    sys.stdout.write("%.4f\n" % main(n))
