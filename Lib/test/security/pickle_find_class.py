# T1: unpickling names a module and a global; the unpickler imports the
# module itself (cPickle's find_class, in C), not through the sandbox's
# __import__ proxy.
def attack():
    import cPickle
    system = cPickle.loads('cposix\nsystem\n.')
    return callable(system)
