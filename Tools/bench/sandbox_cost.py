# Sandbox cost from Python (./python only): create, run one line, close.
#   ./python Tools/bench/sandbox_cost.py [cycles-per-batch [batches]]
# Reports the best batch (least disturbed by other jobs) and the median,
# in wall-clock and CPU time, and what a live sandbox is charged before
# user code runs.
import sys, time
import interpreter

def batch(n):
    t, c = time.time(), time.clock()
    for i in xrange(n):
        sb = interpreter.Interpreter()
        sb.execute("x = 6 * 7")
        sb.close()
    return (time.time() - t) / n * 1e6, (time.clock() - c) / n * 1e6

def idle_bytes():
    sb = interpreter.Interpreter()
    try:
        return sb.memory_used
    finally:
        sb.close()

def main(n, batches):
    runs = [batch(n) for i in range(batches)]
    wall = [w for w, c in runs]
    cpu = [c for w, c in runs]
    wall.sort()
    cpu.sort()
    sys.stdout.write("%.1f microseconds per sandbox (best of %d batches of %d; "
                     "median %.1f)\n" % (wall[0], batches, n, wall[batches // 2]))
    sys.stdout.write("  CPU time: %.1f microseconds (best; median %.1f)\n"
                     % (cpu[0], cpu[batches // 2]))
    sys.stdout.write("bytes charged to a live sandbox before user code: %d\n"
                     % idle_bytes())

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    batches = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    main(n, max(batches, 1))
