xs = list(range(10))
xs[::2] = "abcde"
print(xs)
xs[1::3] = [None] * 3
print(xs)
xs[::-1] = range(10)
print(xs)
try:
    xs[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs[1:5:2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs[::3] = []
except ValueError as e:
    print(type(e).__name__, e)
xs[5:5:2] = []
print(xs)
xs[::1] = [0]
print(xs)
try:
    xs[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
