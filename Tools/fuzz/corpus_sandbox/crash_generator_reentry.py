def g():
    yield gen.next()
gen = g()
try:
    gen.next()
except ValueError:
    pass
