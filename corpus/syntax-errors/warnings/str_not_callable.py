def f():
    return "abc"(1)
