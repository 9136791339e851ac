# Generators: pipelines of generator functions and expressions.
import sys, time

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x

def squares(seq):
    for x in seq:
        yield x * x

def main(n):
    t = time.time()
    total = sum(squares(evens(numbers(n))))
    total += sum(x + 1 for x in numbers(n) if x % 3)
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    sys.stdout.write("%.4f\n" % main(n))
