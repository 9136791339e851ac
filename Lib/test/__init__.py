# The regression test suite (run by regrtest.py).
