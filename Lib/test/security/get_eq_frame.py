# T2: the host reads a value out of the sandbox (Interpreter.get).  The
# lookup in the sandbox's globals dict compares keys, and a key of the
# sandbox's own class with a colliding hash gets its __eq__ called -- on
# the host's thread state, so its frame's f_back leads to the host's frames
# (and their globals and builtins).
import sys

class Key(object):
    def __hash__(self):
        return hash('security_suite_probe')
    def __eq__(self, other):
        try:
            raise ZeroDivisionError
        except ZeroDivisionError:
            f = sys.exc_info()[2].tb_frame
        while f is not None:
            if HOST_MARKER in f.f_builtins:
                f.f_builtins['security_suite_frame_leak'] = RUN_ID
            f = f.f_back
        return False

globals()[Key()] = 1

def attack():
    return True

def host_effect():
    import __builtin__
    try:
        HOST_READ('security_suite_probe')
    except Exception:
        pass
    hit = getattr(__builtin__, 'security_suite_frame_leak', None) == RUN_ID
    if hit:
        del __builtin__.security_suite_frame_leak
    return hit
