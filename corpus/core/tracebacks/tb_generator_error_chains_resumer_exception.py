def gen3():
    yield
    1/0
g3 = gen3()
next(g3)
try:
    raise KeyError("outer")
except KeyError:
    next(g3)
