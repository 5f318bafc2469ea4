xs = []
xs.insert(0, "a")
xs.insert(10, "z")
xs.insert(-10, "first")
xs.insert(-1, "before-last")
xs.insert(1, "second")
print(xs)
xs.insert(len(xs), "end")
print(xs)
try:
    xs.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.insert("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
xs.insert(2**70, "huge")
xs.insert(-2**70, "tiny")
print(xs[0], xs[-1], len(xs))
