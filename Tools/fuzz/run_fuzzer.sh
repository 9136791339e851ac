#!/bin/sh
# run_fuzzer.sh NAME SECONDS [extra libFuzzer options]
# Runs Tools/fuzz/NAME (fuzz_compile, fuzz_sandbox or fuzz_marshal) niced,
# one process, for SECONDS: new inputs go to build/work_NAME (the seed
# corpus corpus_NAME is only read), crashes to build/artifacts_NAME/,
# the log to build/NAME.log.
cd "$(dirname "$0")" || exit 2
name=$1; secs=$2; shift 2
short=${name#fuzz_}
mkdir -p build/work_$short build/artifacts_$short
dict=
[ "$short" != marshal ] && dict=-dict=python.dict
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
exec nice -n 10 ./$name -max_total_time=$secs -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 $dict -artifact_prefix=build/artifacts_$short/ \
    "$@" build/work_$short corpus_$short > build/$name.log 2>&1
