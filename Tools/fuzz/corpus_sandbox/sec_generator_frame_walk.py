# T2/G3: from inside a running generator, walk the frames outwards until
# a frame of the host.
import sys
def _walk():
    try:
        raise ValueError
    except ValueError:
        f = sys.exc_info()[2].tb_frame
    found = False
    while f is not None:
        if HOST_MARKER in f.f_globals and f.f_globals is not globals():
            found = True
        f = f.f_back
    yield found

def attack():
    return _walk().next()
