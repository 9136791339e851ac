# T2: sys._getframe is a dangerous setting; reach the caller's frame.
def attack():
    import sys
    f = sys._getframe(0)
    while f is not None:
        if HOST_MARKER in f.f_globals and f.f_globals is not globals():
            return True
        f = f.f_back
    return False
