xs = [1, 2, 3, 2, 1]
xs.remove(2)
print(xs)
xs.remove(1.0)
print(xs)
try:
    xs.remove("2")
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs.remove()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].remove(None)
except ValueError as e:
    print(type(e).__name__, e)
ys = [[1], [2], [1]]
ys.remove([1])
print(ys)
