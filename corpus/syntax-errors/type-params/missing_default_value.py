def f[T=]():
    pass
