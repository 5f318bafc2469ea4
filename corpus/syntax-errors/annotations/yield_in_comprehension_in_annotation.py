def f(x: [z for z in (yield)]):
    pass
