def f():
    s = str(12)
    return s + "x"
f()
