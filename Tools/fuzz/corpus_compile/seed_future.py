from __future__ import with_statement, division, absolute_import
with a as (b, c[0]):
    x = 1 if a else 2
    del a[1:2, ::3, ...], b.c
try:
    pass
except (A, B), e:
    raise A, e, None
else:
    pass
finally:
    x //= y ** -z
