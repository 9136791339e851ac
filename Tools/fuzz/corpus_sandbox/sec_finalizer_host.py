# T2: an object whose __del__ would run in the host when the host drops
# it (here: handed to the host as a value read back from the sandbox).
class Evil(object):
    def __del__(self):
        import __builtin__
        __builtin__.security_suite_finalizer_ran = RUN_ID

evil = Evil()

def attack():
    return True

def host_effect():
    # The host reads the object back (a sandbox can only ever hand out
    # copies of immutable values, so this fails there) and drops it.
    import __builtin__
    try:
        obj = HOST_READ('evil')
    except Exception:
        return False
    del obj
    ran = getattr(__builtin__, 'security_suite_finalizer_ran', None) == RUN_ID
    if ran:
        del __builtin__.security_suite_finalizer_ran
    return ran
