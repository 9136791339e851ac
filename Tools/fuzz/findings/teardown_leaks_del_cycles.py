# Finding (NOT FIXED: Modules/gcmodule.c _PyGC_InterpreterFini /
# Python/sandbox.c PySandbox_Free; reported to the lead).
# Run in a sandbox and torn down: an object with __del__ that is still
# alive in a reference cycle at teardown (or that resurrects itself) is
# never freed.  _PyGC_InterpreterFini moves it to the garbage list, clears
# the list and untracks what is left, so the object and everything it
# references stay allocated; the host's memory account also grows by 120
# bytes per sandbox.  With the list below each sandbox leaks ~10 MB of
# the process heap: a host that makes sandboxes in a loop runs out of
# memory (found by fuzz_sandbox's teardown check; see README).
class A(object):
    def __del__(self):
        pass
a = A()
a.self = a
a.big = ["x" * 1000 for i in range(10000)]
