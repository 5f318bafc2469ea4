def f(a=x := 1):
    pass
