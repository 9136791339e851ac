# T2: install a pickling hook that the host's pickling would run.
import copy_reg
class _Marker(object):
    pass

def attack():
    copy_reg.pickle(complex, lambda c: (str, ('hooked',)))
    return True

def host_effect():
    import copy_reg
    r = copy_reg.dispatch_table.get(complex)
    if r is None:
        return False
    hooked = r(1j) == (str, ('hooked',))
    if hooked:
        copy_reg.pickle(complex, copy_reg.pickle_complex)
    return hooked
