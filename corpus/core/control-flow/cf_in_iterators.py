def g():
    yield 1
    yield 2
x = g()
print(2 in x, 1 in x)
print(3 in iter([1,3]), 5 in map(abs, [-5]))
