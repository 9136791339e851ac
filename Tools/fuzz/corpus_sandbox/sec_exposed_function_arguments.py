# T2: hand the host a mutable object (or one with a custom __eq__/__hash__)
# through an exposed function, so host code runs attacker code.
class Evil(object):
    def __hash__(self):
        import __builtin__
        __builtin__.security_suite_hash_ran = RUN_ID
        return 1

def attack():
    HOST_FUNC(Evil())
    return True

def host_effect():
    import __builtin__
    ran = getattr(__builtin__, 'security_suite_hash_ran', None) == RUN_ID
    if ran:
        del __builtin__.security_suite_hash_ran
    return ran
