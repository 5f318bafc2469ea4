xs = list(range(12))
del xs[1:3]
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
del xs[::-2]
print(xs)
del xs[100:]
print(xs)
del xs[:]
print(xs)
ys = [1, 2, 3]
del ys[0], ys[0]
print(ys)
try:
    del ys[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del ys["a"]
except TypeError as e:
    print(type(e).__name__, e)
