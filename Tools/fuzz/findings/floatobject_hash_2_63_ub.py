x = {2**63: 1}
print x.get(2.0 ** 63)
