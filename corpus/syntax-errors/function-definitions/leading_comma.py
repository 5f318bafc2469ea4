def f(, a):
    pass
