def f(y):
    for x in y:
        pass
    global x
