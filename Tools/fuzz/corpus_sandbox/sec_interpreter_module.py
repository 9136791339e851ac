# T1: a sandbox making sandboxes (whose tables it would choose).
def attack():
    import interpreter
    sb = interpreter.Interpreter(allow_read=['/'])
    return sb is not None
