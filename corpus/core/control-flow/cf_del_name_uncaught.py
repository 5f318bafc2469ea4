def f():
    value = 10
    del value
    return value * 2
print("start")
f()
