# T1/T2: the builtin functions of a sandbox come from a template shared by
# every sandbox; a writable attribute on one (len.__module__) would be a
# channel between sandboxes (hang a list there, another sandbox reads and
# fills it).  Writing a builtin function's __module__ must be refused.
def attack():
    old = len.__module__
    box = []
    try:
        len.__module__ = box
        ok = len.__module__ is box
    finally:
        try:
            len.__module__ = old
        except Exception:
            pass
    return ok
