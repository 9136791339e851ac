#!/bin/sh
# sanitizer_check.sh: build a copy of the tree with AddressSanitizer and
# UndefinedBehaviorSanitizer (./configure --with-asan --with-ubsan, which
# also serves every block with malloc so the tools see each one) in
# build/sanitize/, and run the security, limits, interpreter and
# memory-limit tests under it.  Used by .ci/run; `make sanitize-test`.
# Ends with "N passed, N failed".
top=$(cd "$(dirname "$0")/../.." && pwd)
dest="$top/build/sanitize"
mkdir -p "$dest"
cd "$top" || exit 2
# Copy the sources (not the objects of the normal build).
tar --exclude=./build --exclude='*.o' --exclude='*.a' --exclude=./python \
    --exclude=./Makefile --exclude=./pyconfig.h --exclude=./config.status \
    --exclude=./config.log --exclude='*.pyc' -cf - . | (cd "$dest" && tar -xf -)
cd "$dest" || exit 2
if [ ! -x python ] || [ -n "$(find . -newer python -name '*.[ch]' | head -1)" ]; then
    ./configure --with-asan --with-ubsan > configure.log 2>&1 || { echo "configure failed"; echo "0 passed, 1 failed"; exit 1; }
    make -j2 > build.log 2>&1 || { tail -20 build.log; echo "0 passed, 1 failed"; exit 1; }
fi
pass=0
fail=0
# Leak checking is for the valgrind runs; here memory errors and UB.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=0
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS UBSAN_OPTIONS
for t in test_security test_interpreter test_limits test_memory_limits test_sandbox_cmdline; do
    if timeout 1200 ./python -E Lib/test/regrtest.py -q $t > "$t.log" 2>&1 &&
       grep -q '^1 passed, 0 failed' "$t.log"; then
        echo "PASS $t (sanitized)"
        pass=$((pass + 1))
    else
        echo "FAIL $t (sanitized)"
        tail -30 "$t.log" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
