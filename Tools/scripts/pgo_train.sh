#!/bin/sh
# pgo_train.sh: the training run of the profile-guided build (Makefile,
# build/pgo.stamp).  Runs part of the regression suite with the
# instrumented ./python, so that the profile reflects general Python code
# (the language, the built-in types, the library, sandboxes) rather than
# the benchmarks in Tools/bench.  Failures do not matter here: only the
# profile does.
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
tests="test_grammar test_types test_builtin test_descr test_class test_string
test_str test_unicode test_dict test_list test_tuple test_set test_long
test_int test_float test_math test_re test_pickle test_cpickle test_marshal
test_itertools test_generators test_exceptions test_format test_struct
test_array test_sort test_heapq test_bisect test_deque test_operator
test_scope test_contains test_iter test_slice test_augassign test_compile
test_richcmp test_datetime test_time test_strftime test_random
test_interpreter test_classic_fastpaths test_inline_calls test_getargs_speed"
for t in $tests; do
    [ -f "Lib/test/$t.py" ] || continue
    ./python -E Lib/test/regrtest.py -q "$t" > /dev/null 2>&1
done
./python --sandbox Demo/sandbox/hello.py > /dev/null 2>&1
exit 0
