# T1: import the posix C module directly.
def attack():
    import posix
    return posix.getpid() > 0
