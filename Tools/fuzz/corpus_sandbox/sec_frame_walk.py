# T2/G3: walk frames outwards from a traceback until a frame of the host
# (its globals hold HOST_MARKER).
import sys
def attack():
    try:
        raise ValueError
    except ValueError:
        f = sys.exc_info()[2].tb_frame
    while f is not None:
        if HOST_MARKER in f.f_globals and f.f_globals is not globals():
            return True
        f = f.f_back
    return False
