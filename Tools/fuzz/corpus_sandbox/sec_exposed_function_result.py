# T2: get a host object (not a copy) back from an exposed function and use
# it to reach the host's frames and globals.
def attack():
    obj = HOST_FUNC(None)
    return getattr(obj, 'func_globals', {}).get(HOST_MARKER, False)
