# T2/G3: the same through a generator's frame.
def attack():
    def g():
        yield 1
    gen = g()
    gen.next()
    f = gen.gi_frame
    while f is not None:
        if HOST_MARKER in f.f_globals and f.f_globals is not globals():
            return True
        f = f.f_back
    return False
