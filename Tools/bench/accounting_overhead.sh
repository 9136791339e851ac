#!/bin/sh
# accounting_overhead.sh: what per-interpreter memory accounting costs.
# Builds a copy of the tree with ./configure --without-memory-accounting
# in build/noacct, then times three benchmarks with both interpreters,
# alternating runs, best of N.  Prints seconds and the overhead ratio.
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
best() {   # best PYTHON BENCH
    b=""
    for i in $(seq "$repeat"); do
        t=$("$1" "$top/Tools/bench/$2.py" | tail -1)
        b=$(echo "$b $t" | awk '{ if ($1 == "" || $2 < $1) print $2; else print $1 }')
    done
    echo "$b"
}
echo "date: $(date '+%Y-%m-%d %H:%M')"
printf '%-16s %12s %12s %9s\n' benchmark accounting without overhead
for bench in bm_calls bm_richards bm_float; do
    with=$(best "$top/python" $bench)
    without=$(best "$dest/python" $bench)
    printf '%-16s %12s %12s %8.1f%%\n' $bench "$with" "$without" \
        "$(echo "$with $without" | awk '{ print ($1 / $2 - 1) * 100 }')"
done
