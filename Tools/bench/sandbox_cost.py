# Sandbox cost from Python (./python only): create, run one line, close.
import sys, time
import interpreter

def main(n):
    t = time.time()
    for i in range(n):
        sb = interpreter.Interpreter()
        sb.execute("x = 6 * 7")
        sb.close()
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    took = main(n)
    sys.stdout.write("%.1f microseconds per sandbox\n" % (took / n * 1e6))
