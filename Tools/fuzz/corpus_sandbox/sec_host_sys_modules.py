# T2: reach the host's modules through sys.modules.
def attack():
    import sys
    return 'test.test_security' in sys.modules
