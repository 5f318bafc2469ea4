def f():
    del a == b
