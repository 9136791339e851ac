class C:
  def m(self):
	if 1:
	  return (yield 1)


  x = [1,
2]; y = \
3
