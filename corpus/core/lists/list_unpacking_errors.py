a, b = [1, 2]
print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = "abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = {1: 2}
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = range(5)
*init, last = "hello"
print(first, rest, init, last)
[x, [y, z]] = [1, (2, 3)]
print(x, y, z)
