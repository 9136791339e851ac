# T1: the pure-Python unpickler's find_class imports the module a pickle
# names (here 'os' through an INST opcode, which also calls it).
def attack():
    import pickle
    getcwd = pickle.loads('cos\ngetcwd\n.')
    return isinstance(pickle.loads('(ios\ngetcwd\n.'), str) and callable(getcwd)
