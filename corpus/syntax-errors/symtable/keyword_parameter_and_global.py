def f(x, *, y=1):
    global y
