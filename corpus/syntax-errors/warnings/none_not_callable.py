def f():
    return None(1)
