f(**k, *a)
f(a for a in b, c)
lambda (a): 0
def f(a, a): pass
None = 1
