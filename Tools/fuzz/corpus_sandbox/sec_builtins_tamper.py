# T2: replace a built-in function so that the host calls attacker code.
import __builtin__
def attack():
    __builtin__.security_suite_tampered = True
    return True

def host_effect():
    import __builtin__
    hit = getattr(__builtin__, 'security_suite_tampered', False)
    if hit:
        del __builtin__.security_suite_tampered
    return hit
