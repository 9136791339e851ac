#!/usr/bin/env python3
"""Run the benchmarks with ./python and python3 side by side.

    python3 Tools/bench/run.py [--repeat N] [--callgrind | --net] [bench ...]

Every bm_*.py is written in the common subset of Python 2.5 and 3 and
prints the seconds its timed part took.  Each is run --repeat times (3 by
default) with each interpreter; the best time is kept.  The table shows
both times and the ratio python3 / ./python (above 1.0: ./python is
faster).  With --callgrind, each benchmark runs once per interpreter
under valgrind --tool=callgrind with a small argument and instruction
counts are compared instead (stable whatever the machine is doing).
With --net, larger arguments are used and the instructions of a run
that only starts up (and imports sys, time, math) are subtracted: what a
time ratio follows.

Start-up is measured too (`-S -c pass` and `-c pass`).  Timings are
printed, never asserted: this is not a test."""

import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
OURS = os.path.join(TOP, 'python')

def real_python3():
    # A launcher (a pyenv shim, say) would be what callgrind measures:
    # ask python3 for the executable behind it.
    try:
        p = subprocess.run(['python3', '-c', 'import sys; print(sys.executable)'],
                           capture_output=True, text=True)
        exe = p.stdout.strip()
        if p.returncode == 0 and exe and os.path.exists(exe):
            return exe
    except OSError:
        pass
    return 'python3'


THEIRS = real_python3()

# Arguments for --net: each benchmark's instructions minus those of a run
# that only starts up and imports what the benchmarks import.
NET = {'bm_calls': 20000, 'bm_richards': 3, 'bm_nbody': 5000, 'bm_float': 10000,
       'bm_fannkuch': 8, 'bm_spectral_norm': 60, 'bm_strings': 5000,
       'bm_dicts': 20000, 'bm_sort': 10000, 'bm_generators': 100000,
       'bm_classes': 5000, 'bm_regex': 20, 'bm_unpickle': 50,
       'bm_records': 20000}
NET_BASELINE = ['-c', 'import sys, time, math']

# Small arguments for instruction counting under callgrind.
SMALL = {'bm_calls': 20000, 'bm_richards': 2, 'bm_nbody': 5000, 'bm_float': 5000,
         'bm_fannkuch': 7, 'bm_spectral_norm': 40, 'bm_strings': 5000,
         'bm_dicts': 20000, 'bm_sort': 10000, 'bm_generators': 50000,
         'bm_classes': 5000, 'bm_regex': 20, 'bm_unpickle': 50,
         'bm_records': 5000}


def benchmarks(names):
    found = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.startswith('bm_') and f.endswith('.py'))
    if names:
        found = [f for f in found if f in names or f[3:] in names]
    return found


def run_timed(interp, bench, repeat):
    best = None
    for i in range(repeat):
        p = subprocess.run([interp, os.path.join(HERE, bench + '.py')],
                           capture_output=True, text=True, cwd=HERE)
        if p.returncode != 0:
            return None, (p.stderr.strip().splitlines() or ['?'])[-1]
        t = float(p.stdout.strip().splitlines()[-1])
        best = t if best is None else min(best, t)
    return best, None


def run_callgrind(interp, bench, sizes=SMALL, extra=None):
    out = '/tmp/callgrind.out.%d' % os.getpid()
    args = ['valgrind', '--tool=callgrind', '--callgrind-out-file=' + out, interp]
    if extra is not None:
        args += extra
    elif bench is None:
        args += ['-S', '-c', 'pass']
    else:
        args += [os.path.join(HERE, bench + '.py'), str(sizes.get(bench, 1000))]
    p = subprocess.run(args, capture_output=True, text=True, cwd=HERE)
    try:
        os.unlink(out)
    except OSError:
        pass
    m = re.search(r'Collected : (\d+)', p.stderr)
    if p.returncode != 0 or not m:
        return None, (p.stderr.strip().splitlines() or ['?'])[-1]
    return int(m.group(1)), None


def startup(interp, args, repeat=20):
    best = None
    for i in range(repeat):
        t = time.perf_counter()
        subprocess.run([interp] + args, capture_output=True)
        t = time.perf_counter() - t
        best = t if best is None else min(best, t)
    return best


def main():
    argv = sys.argv[1:]
    repeat = 3
    callgrind = net = False
    names = []
    while argv:
        a = argv.pop(0)
        if a == '--repeat':
            repeat = int(argv.pop(0))
        elif a == '--callgrind':
            callgrind = True
        elif a == '--net':
            callgrind = net = True
        else:
            names.append(a)
    print('date: %s' % time.strftime('%Y-%m-%d %H:%M'))
    print('command: %s' % ' '.join(sys.argv))
    print('python3: %s' % THEIRS)
    unit = 'instructions' if callgrind else 'seconds'
    if net:
        unit += ' without start-up (minus `%s`)' % ' '.join(NET_BASELINE)
        base_ours, _ = run_callgrind(OURS, None, extra=NET_BASELINE)
        base_theirs, _ = run_callgrind(THEIRS, None, extra=NET_BASELINE)
    print('%-20s %16s %16s %8s' % ('benchmark', './python', 'python3', 'ratio'))
    for bench in benchmarks(names):
        if net:
            ours, err1 = run_callgrind(OURS, bench, NET)
            theirs, err2 = run_callgrind(THEIRS, bench, NET)
            if ours is not None and theirs is not None:
                ours -= base_ours
                theirs -= base_theirs
        elif callgrind:
            ours, err1 = run_callgrind(OURS, bench)
            theirs, err2 = run_callgrind(THEIRS, bench)
        else:
            ours, err1 = run_timed(OURS, bench, repeat)
            theirs, err2 = run_timed(THEIRS, bench, repeat)
        if ours is None or theirs is None:
            print('%-20s %s' % (bench, 'error: %s' % (err1 or err2)))
            continue
        print('%-20s %16s %16s %8.2f' % (bench, ours, theirs, theirs / float(ours)))
    if net:
        pass
    elif callgrind:
        ours, _ = run_callgrind(OURS, None)
        theirs, _ = run_callgrind(THEIRS, None)
        print('%-20s %16s %16s' % ('start-up -S', ours, theirs))
    else:
        for label, args in (('start-up -S', ['-S', '-c', 'pass']),
                            ('start-up', ['-c', 'pass'])):
            a = startup(OURS, args)
            b = startup(THEIRS, args)
            print('%-20s %16.4f %16.4f %8.2f' % (label, a, b, b / a))
    print('(%s; ratio = python3 / ./python, above 1.0 means ./python is faster)' % unit)


if __name__ == '__main__':
    main()
