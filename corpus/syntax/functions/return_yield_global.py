# conform: args -m ast -a
x = 0
def f():
    global x
    x += 1
    def g():
        nonlocal_var = 1
        def h():
            nonlocal nonlocal_var
            nonlocal_var = 2
        return h
    return g
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield from range(3)
    y = (yield)
    return x
def early():
    return
def tup():
    return 1, 2
