# -*- coding: latin-1 -*-
s = "é"
u = u"\N{BULLET}\u20ac\U0001F600\x41\101"
r = ur"\u0041\\"
n = 0777L + 0xffL + 1e-3j + .5 + 5.
