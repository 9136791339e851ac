#!/bin/sh
# accounting_overhead.sh: what per-interpreter memory accounting costs.
# Builds a copy of the tree with ./configure --without-memory-accounting
# in build/noacct, then times four benchmarks (bm_records is the
# pystone-style one) with both interpreters, alternating runs, best of N.  Prints seconds and the overhead ratio.
#   sh Tools/bench/accounting_overhead.sh [repeat]
top=$(cd "$(dirname "$0")/../.." && pwd)
dest="$top/build/noacct"
repeat=${1:-5}
mkdir -p "$dest"
cd "$top" || exit 2
tar --exclude=./build --exclude='*.o' --exclude='*.a' --exclude=./python \
    --exclude=./Makefile --exclude=./pyconfig.h --exclude=./config.status \
    --exclude=./config.log --exclude='*.pyc' -cf - . | (cd "$dest" && tar -xf -)
(cd "$dest" && ./configure --without-memory-accounting > configure.log 2>&1 &&
 make -j2 > build.log 2>&1) || { echo "build of $dest failed"; exit 1; }
# Alternate the two interpreters run by run (so that a change in the
# machine's load hits both), keep each one's best time.
echo "date: $(date '+%Y-%m-%d %H:%M')  (best of $repeat, alternating)"
printf '%-16s %12s %12s %9s\n' benchmark accounting without overhead
for bench in bm_records bm_calls bm_richards bm_float; do
    with=""
    without=""
    for i in $(seq "$repeat"); do
        with="$with $("$top/python" "$top/Tools/bench/$bench.py" | tail -1)"
        without="$without $("$dest/python" "$top/Tools/bench/$bench.py" | tail -1)"
    done
    with=$(echo $with | tr ' ' '\n' | sort -n | head -1)
    without=$(echo $without | tr ' ' '\n' | sort -n | head -1)
    printf '%-16s %12s %12s %8.1f%%\n' $bench "$with" "$without" \
        "$(echo "$with $without" | awk '{ print ($1 / $2 - 1) * 100 }')"
done
