def f(a):
    with a as x:
        pass
    global x
