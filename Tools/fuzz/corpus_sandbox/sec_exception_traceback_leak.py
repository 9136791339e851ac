# T2: an exception raised by a host function carries the host's frames.
def attack():
    import sys
    try:
        int('not a number')
    except ValueError:
        tb = sys.exc_info()[2]
    f = tb.tb_frame
    while f is not None:
        if HOST_MARKER in f.f_globals and f.f_globals is not globals():
            return True
        f = f.f_back
    return False
