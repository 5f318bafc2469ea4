xs = [3, 1, 2]
try:
    xs.sort(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.sort(key=None, reverse=False, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], None)
except TypeError as e:
    print(type(e).__name__, e)
xs.sort(key=None)
print(xs)
xs.sort(reverse=1)
print(xs)
xs.sort(reverse=0)
print(xs)
try:
    xs.sort(reverse="yes")
except TypeError as e:
    print(type(e).__name__, e)
print(xs)
