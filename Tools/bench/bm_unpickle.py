# Unpickling (protocol 2) of a structure of lists, dicts, strings, numbers.
import sys, time
try:
    import cPickle as pickle
except ImportError:
    import pickle

def main(n):
    data = [{'id': i, 'name': 'item%d' % i, 'tags': ['a', 'b', str(i)],
             'score': i * 1.5, 'pair': (i, -i)} for i in range(200)]
    blob = pickle.dumps(data, 2)
    t = time.time()
    for i in range(n):
        pickle.loads(blob)
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    sys.stdout.write("%.4f\n" % main(n))
