def f():
	if True:
		1 = x
