xs = [3, 1, 2]
def key(x):
    xs.append(x)
    return x
try:
    xs.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(xs)
ys = [5, 4, 3]
def key2(x):
    ys.clear()
    return x
try:
    ys.sort(key=key2)
except ValueError as e:
    print(type(e).__name__, e)
print(ys)
