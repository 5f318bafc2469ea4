def f[T, __classdict__]():
    pass
