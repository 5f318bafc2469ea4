def gen():
    yield 1
    yield 1 / 0
g = gen()
print(next(g))
print(next(g))
