# fuzz_sandbox finding 6: a loop that runs in C over an iterator never
# reaches the eval loop, so the sandbox's CPU and wall-clock limits never
# fired (libFuzzer: timeout).  Under ASan, sum(xrange(1000001)) alone
# outlasted the 10 s timeout of a sandbox limited to 0.2 s of CPU.
print sum(xrange(10 ** 12))
