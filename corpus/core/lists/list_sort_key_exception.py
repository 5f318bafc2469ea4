xs = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError("bad key " + str(x))
    return x
try:
    xs.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(xs)
ys = [1, "a", 2]
try:
    ys.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(ys)
try:
    sorted([None, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print(type(e).__name__, e)
