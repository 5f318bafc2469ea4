xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1, -2]
print(xs)
xs[len(xs):] = "xyz"
print(xs)
xs[3:3] = (100,)
print(xs)
xs[1:4] = []
print(xs)
xs[5:2] = [7]
print(xs)
xs[-3:] = range(3)
print(xs)
ys = [1, 2, 3]
ys[:] = ys
print(ys)
ys[1:2] = ys
print(ys)
try:
    ys[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
