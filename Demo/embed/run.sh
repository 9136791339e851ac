#!/bin/sh
# Build Demo/embed/embed_demo against Include/ and libpython2.5.a, run it
# and compare its output with expected.out.  Prints "N passed, N failed".
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
CC=${CC:-cc}
if ! $CC -O1 -Wall -I"$top/Include" -I"$top" "$here/embed_demo.c" "$top/libpython2.5.a" \
        -lm -lpthread -ldl -lutil $EXTRA_LIBS -o "$here/embed_demo"; then
    echo "FAIL embed_demo (build)"
    echo "0 passed, 1 failed"
    exit 1
fi
out=$(mktemp)
PYTHONPATH="$top/Lib" timeout 60 "$here/embed_demo" > "$out" 2>&1
rc=$?
if [ $rc -eq 0 ] && cmp -s "$out" "$here/expected.out"; then
    echo "PASS embed_demo"
    echo "1 passed, 0 failed"
    rm -f "$out"
    exit 0
fi
echo "FAIL embed_demo (exit status $rc)"
diff -u "$here/expected.out" "$out" | head -40
rm -f "$out"
echo "0 passed, 1 failed"
exit 1
