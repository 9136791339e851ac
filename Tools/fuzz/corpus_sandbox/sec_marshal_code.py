# G6: load a code object with marshal (bytecode is untrusted).
def attack():
    import marshal
    data = marshal.dumps((lambda: 42).func_code)
    co = marshal.loads(data)
    return eval(co) == 42
