# T2: see (and so be able to tamper with) the host's builtins.
def attack():
    import __builtin__
    return hasattr(__builtin__, HOST_MARKER)
