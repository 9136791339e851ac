# T2: replace warnings.showwarning so the host's warnings run attacker code.
import warnings
def attack():
    warnings.security_suite_hooked = True
    return True

def host_effect():
    import warnings
    hit = getattr(warnings, 'security_suite_hooked', False)
    if hit:
        del warnings.security_suite_hooked
    return hit
