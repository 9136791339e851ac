# T1: run a host file as code (reads it).
def attack():
    try:
        execfile(SECRET_PATH, {})
    except SyntaxError:
        return True         # it was read
    except NameError:
        return True
    return True
