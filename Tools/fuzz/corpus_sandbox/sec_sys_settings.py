# G4: change the interpreter's settings (recursion limit) through sys.
def attack():
    import sys
    sys.setrecursionlimit(10 ** 6)
    return sys.getrecursionlimit() == 10 ** 6
