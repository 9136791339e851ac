# T2: list every object of the process with gc.get_objects().
def attack():
    import gc
    for o in gc.get_objects():
        if isinstance(o, dict) and HOST_MARKER in o and o is not globals():
            return True
    return False
